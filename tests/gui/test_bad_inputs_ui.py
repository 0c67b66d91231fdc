"""Bad input through the window's own way in (File ▸ Open, which also opens projects): one line in the
message bar that names the file and says what is wrong, no dialog, no traceback, and the comparison on
screen stays as it was (issue 11)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.load import raw as readers
from desktop_app.core.project.file import project_to_yaml
from desktop_app.gui.main_window import MainWindow
from gui.gui_support import KO_ZH, WAIT_MS, wait_idle

PAGE = ("<html><head><meta charset=\"base64\"><title>Readout</title></head><body>"
        "<p>The two ministers met in Busan on May 3 and agreed to expand trade in services.</p>"
        "<p>They also agreed to meet again in Seoul next year.</p></body></html>")


def _alias_bomb() -> str:
    lines = ["format: parallax-project", "version: 1", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]" for n in range(1, 10)]
    return "\n".join([*lines, "documents: *a9", "end_of_project: true", ""])


def make_bad_input(window: MainWindow, folder: Path, case: str) -> tuple[Path, str]:
    """A bad file (or folder) of one kind, and words the message must contain."""
    if case == "binary":
        path = folder / "program.txt"
        path.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8)
        return path, "program"
    if case == "empty":
        path = folder / "empty.txt"
        path.write_bytes(b"")
        return path, "empty"
    if case == "over the size limit":
        path = folder / "huge.txt"
        with path.open("wb") as sparse:  # a sparse file: 21 MB that take no room on disk
            sparse.truncate(readers.MAX_FILE_BYTES + 1024 * 1024)
        return path, "20.0 MB"
    if case == "folder":
        path = folder / "readouts"
        path.mkdir()
        return path, "folder"
    project = project_to_yaml(window.session.to_project())
    if case == "damaged project":
        path = folder / "damaged.parallax"
        path.write_text(project[: len(project) // 2], encoding="utf-8")
        return path, "damaged project file"
    if case == "alias bomb":
        path = folder / "bomb.parallax"
        path.write_text(_alias_bomb(), encoding="utf-8")
        return path, "aliases"
    if case == "wrong-typed field":
        path = folder / "typed.parallax"
        labels = project.index("side_labels:")
        end = project.index("\n", project.index("right:", labels))
        path.write_text(project[:labels] + "side_labels: 5" + project[end:], encoding="utf-8")
        return path, "side_labels"
    raise AssertionError(case)


def on_screen(window: MainWindow) -> tuple:  # type: ignore[type-arg]
    session = window.session
    return (session.documents["left"].name, session.documents["right"].name,
            window.panes["left"].view.toPlainText(), window.panes["right"].view.toPlainText(),
            [(tuple(k.left), tuple(k.right)) for k in session.comparison.links], window.project.project_path)


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every message box the window tries to open, recorded instead of shown."""
    shown: list[str] = []
    for kind in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(lambda *args, kind=kind, **kw: shown.append(kind)))
    return shown


CASES = ["binary", "empty", "over the size limit", "folder", "damaged project", "alias bomb",
         "wrong-typed field"]


@pytest.mark.parametrize("case", CASES)
def test_a_bad_input_is_one_line_naming_the_file_and_the_work_stays(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path, no_dialogs: list[str], case: str) -> None:
    path, problem = make_bad_input(window, tmp_path, case)
    before = on_screen(window)
    signal = window.project.project_failed if path.suffix == ".parallax" else window.reading.document_failed
    with qtbot.waitSignal(signal, timeout=WAIT_MS):
        window.reading.open_file("left", path)  # what File ▸ Open does with the chosen file
    wait_idle(qtbot, window)
    shown = window.message_bar.text.text()
    assert window.message_bar.isVisible()
    assert f"{path.name}: " in shown and problem.lower() in shown.lower(), shown
    assert "\n" not in shown and "Traceback" not in shown and "Error:" not in shown
    assert no_dialogs == []
    assert on_screen(window) == before


def test_a_second_bad_file_replaces_the_message_rather_than_adding_one(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path, no_dialogs: list[str]) -> None:
    for case in ("binary", "empty", "folder"):
        path, _ = make_bad_input(window, tmp_path, case)
        with qtbot.waitSignal(window.reading.document_failed, timeout=WAIT_MS):
            window.reading.open_file("right", path)
    wait_idle(qtbot, window)
    assert "readouts: " in window.message_bar.text.text() and "program.txt" not in window.message_bar.text.text()
    assert no_dialogs == []


def test_a_page_declaring_base64_as_its_charset_is_read_as_a_page(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path, no_dialogs: list[str]) -> None:
    # "base64" is a codec but no text encoding: the declaration is ignored and the page read as UTF-8.
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    with qtbot.waitSignal(window.reading.comparison_shown, timeout=WAIT_MS):
        window.reading.open_file("right", path)
    wait_idle(qtbot, window)
    assert window.session.documents["right"].name == "page.html"
    assert "agreed to expand trade in services" in window.panes["right"].view.toPlainText()
    assert no_dialogs == []


def test_a_pair_with_one_bad_file_names_it(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                           no_dialogs: list[str]) -> None:
    path, problem = make_bad_input(window, tmp_path, "binary")
    with qtbot.waitSignal(window.reading.document_failed, timeout=WAIT_MS) as failed:
        window.reading.open_pair(KO_ZH[0], path)
    wait_idle(qtbot, window)
    assert failed.args[0] == "right" and failed.args[1].startswith(f"{path.name}: ")
    assert f"{path.name}: " in window.message_bar.text.text()
    assert no_dialogs == []


def test_an_unreadable_file_names_the_file(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                           no_dialogs: list[str]) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads files whatever their permissions")
    path = tmp_path / "locked.txt"
    path.write_text("The two sides agreed.", encoding="utf-8")
    path.chmod(0)
    before = on_screen(window)
    with qtbot.waitSignal(window.reading.document_failed, timeout=WAIT_MS):
        window.reading.open_file("left", path)
    assert "locked.txt: " in window.message_bar.text.text()
    assert on_screen(window) == before
