"""The engine stays free of Qt, so it runs headless and is tested without a display."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_core_imports_no_qt() -> None:
    modules = sorted(p.stem for p in (ROOT / "desktop_app" / "core").glob("*.py") if p.stem != "__init__")
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module('desktop_app.core.' + name)\n"
        "import desktop_app.cli\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'qtawesome'))\n"
        "print(','.join(bad))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert run.stdout.strip() == "", f"Qt imported by the engine: {run.stdout}"
