"""Keeping the work: save, reopen exactly, the unsaved marker and prompts, autosave, recovery after a
crash, damaged project files, and what happens to annotations when a readout is replaced."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.core.annotations import annotate_link, annotate_statement, annotate_text
from desktop_app.core.compare.corrections import Correction
from desktop_app.core.project import autosave
from desktop_app.core.project.file import load_project, project_to_dict, project_to_yaml
from desktop_app.gui.commands import AddAnnotation, CorrectLinks
from desktop_app.gui.dialogs import recovery
from desktop_app.gui.main_window import MainWindow
from desktop_app.workspace.preferences import Preferences
from gui.gui_support import DEMO, WAIT_MS, annotation_ids, wait_idle
from gui.test_window import drop_files

Answer = QMessageBox.StandardButton


def do_some_work(window: MainWindow) -> None:
    """Annotations of every kind, a manual link, a changed side label and a new tag: what an analyst does."""
    session = window.session
    documents = {"left": session.documents["left"], "right": session.documents["right"]}
    differ = next(link for link in window.view.index.links if link.status == "differ")
    for annotation in (
        annotate_statement(documents["left"], "left", 3, "omission", "Missing in the CN readout"),
        annotate_text(documents["right"], "right", documents["right"].statements[2].start,
                      documents["right"].statements[2].start + 20, "softened", "한국어 메모 中文备注"),
        annotate_link(documents, differ.left, differ.right, "attribution-shift", "who agreed?"),
    ):
        window.undo_stack.push(AddAnnotation(window.annotating, annotation))
    lonely_left = window.view.index.status["left"].index("one_sided")
    lonely_right = window.view.index.status["right"].index("one_sided")
    window.undo_stack.push(CorrectLinks(window.view, [Correction("link", (lonely_left,), (lonely_right,))], "Link"))
    window.panes["right"].header.side.setCurrentIndex(window.panes["right"].header.side.findData("unknown"))


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def answer_question(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def open_project(qtbot, window: MainWindow, path: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.reading.comparison_shown, timeout=WAIT_MS):
        window.project.open_project_file(path)


def new_window(qtbot, autosave_ms: int = 60_000) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(Preferences(), autosave_ms=autosave_ms)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    return window


def state(window: MainWindow) -> tuple:  # type: ignore[type-arg]
    session = window.session
    return (session.documents["left"].name, session.documents["right"].name,
            [(tuple(k.left), tuple(k.right)) for k in session.comparison.links], list(session.annotations),
            list(session.corrections), dict(session.side_codes), window.project.project_path, window.isWindowModified())


# ------------------------------------------------------------------------------------------- save and reopen


def test_save_close_and_reopen_gives_back_everything(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     monkeypatch) -> None:
    do_some_work(window)
    assert window.isWindowModified() and window.windowTitle().endswith("— Parallax")
    saved = project_to_dict(window.session.to_project())
    target = tmp_path / "busan"
    answer_save_dialog(monkeypatch, target)
    window.actions_by_id["save_project"].trigger()  # untitled: Save asks where
    path = tmp_path / "busan.parallax"
    assert window.project.project_path == str(path) and not window.isWindowModified()
    assert window.windowTitle() == "busan.parallax[*] — Parallax"
    assert project_to_dict(load_project(path)) == saved
    asked = answer_question(monkeypatch, Answer.Cancel)
    assert window.close() and not asked  # nothing unsaved: no question

    again = new_window(qtbot)
    open_project(qtbot, again, path)
    assert project_to_dict(again.session.to_project()) == saved
    assert again.project.project_path == str(path) and not again.isWindowModified()
    # Shown as saved: the saved links (manual one included), labels, annotations and marks.
    assert len(again.view.index.links) == len(saved["links"]) and any(k.manual for k in again.view.index.links)
    assert again.panes["right"].header.side.currentData() == "unknown"
    assert len(annotation_ids(again.annotating.panel)) == 3
    assert again.panes["left"].view.marks and again.panes["right"].view.marks
    assert "中文备注" in again.session.annotations[1].note


def test_save_as_and_a_second_save_keeps_a_backup(window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    do_some_work(window)
    first = tmp_path / "first.parallax"
    answer_save_dialog(monkeypatch, first)
    assert window.project.save_project_as()
    window.annotating.delete_annotation(window.session.annotations[0].id)
    assert window.isWindowModified()
    window.actions_by_id["save_project"].trigger()
    assert (tmp_path / "first.parallax.bak").is_file()
    assert len(load_project(first).annotations) == 2
    assert len(load_project(tmp_path / "first.parallax.bak").annotations) == 3


def test_a_save_that_fails_says_so_and_keeps_the_work(window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    do_some_work(window)
    answer_save_dialog(monkeypatch, tmp_path / "no-such-folder" / "x.parallax")
    assert not window.project.save_project()
    assert window.message_bar.isVisible() and "was not saved" in window.message_bar.text.text()
    assert window.isWindowModified() and window.project.project_path is None
    assert len(window.session.annotations) == 3


# ------------------------------------------------------------------------------------------- unsaved work


def test_closing_with_unsaved_work_asks(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    do_some_work(window)
    asked = answer_question(monkeypatch, Answer.Cancel)
    assert not window.close()
    assert asked and "before closing" in asked[0] and window.isVisible()
    answer_question(monkeypatch, Answer.Save)
    answer_save_dialog(monkeypatch, tmp_path / "kept.parallax")
    assert window.close()
    assert len(load_project(tmp_path / "kept.parallax").annotations) == 3


def test_discarding_on_close_closes_and_leaves_no_autosave(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    do_some_work(window)
    assert window.project.autosave_now()
    assert list(autosave.autosave_dir().glob("*.parallax"))
    assert window.close()  # the conftest answers Discard
    assert not list(autosave.autosave_dir().glob("*.parallax"))


def test_opening_a_project_over_unsaved_work_asks_first(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                        monkeypatch) -> None:
    path = tmp_path / "other.parallax"
    path.write_text(project_to_yaml(window.session.to_project()), encoding="utf-8")
    do_some_work(window)
    before = state(window)
    asked = answer_question(monkeypatch, Answer.Cancel)
    window.project.open_project_file(path)
    wait_idle(qtbot, window)
    assert asked and "opening other.parallax" in asked[0]
    assert state(window) == before


def test_two_readouts_opened_are_nothing_to_lose(window: MainWindow) -> None:
    assert not window.isWindowModified() and not window.project.is_dirty
    assert window.windowTitle() == "demo-kr.txt ↔ demo-cn.txt[*] — Parallax"


# ------------------------------------------------------------------------------------------- autosave and recovery


def test_autosave_is_written_while_unsaved_and_removed_by_a_save(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = new_window(qtbot, autosave_ms=80)
    with qtbot.waitSignal(window.reading.comparison_shown, timeout=WAIT_MS):
        window.reading.open_pair(*DEMO)
    own = autosave.autosave_dir() / f"{window.project.autosave_session}.parallax"
    qtbot.wait(250)
    assert not own.exists()  # nothing unsaved, nothing written
    do_some_work(window)
    qtbot.waitUntil(own.exists, timeout=3000)
    assert project_to_dict(load_project(own)) == project_to_dict(window.session.to_project())
    info = json.loads(own.with_suffix(".json").read_text())
    assert info["project"] is None
    answer_save_dialog(monkeypatch, tmp_path / "saved.parallax")
    assert window.project.save_project()
    assert not own.exists() and not own.with_suffix(".json").exists()
    qtbot.wait(250)
    assert not own.exists()  # clean: no new autosave


def test_unsaved_work_left_alone_is_never_offered_to_another_parallax(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = new_window(qtbot, autosave_ms=80)
    with qtbot.waitSignal(window.reading.comparison_shown, timeout=WAIT_MS):
        window.reading.open_pair(*DEMO)
    do_some_work(window)
    own = autosave.autosave_dir() / f"{window.project.autosave_session}.parallax"
    qtbot.waitUntil(own.exists, timeout=3000)
    long_ago = own.stat().st_mtime - 10 * autosave.STALE_AFTER_SECONDS
    os.utime(own, (long_ago, long_ago))  # the analyst went to lunch: nothing changed since
    qtbot.waitUntil(lambda: own.stat().st_mtime > long_ago + 60, timeout=3000)
    assert autosave.recoverable_autosaves(own_session="another window") == []


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def crash_with_unsaved_work(qtbot, tmp_path: Path) -> tuple[dict, Path]:  # type: ignore[type-arg, no-untyped-def]
    """A session that saved a project, worked on, autosaved, and was killed."""
    crashed = new_window(qtbot)
    with qtbot.waitSignal(crashed.reading.comparison_shown, timeout=WAIT_MS):
        crashed.reading.open_pair(*DEMO)
    do_some_work(crashed)
    path = tmp_path / "busan.parallax"
    crashed.project.write_project(path)
    crashed.annotating.delete_annotation(crashed.session.annotations[0].id)  # unsaved work after the save
    crashed.undo_stack.push(AddAnnotation(crashed.annotating, annotate_statement(
        crashed.session.documents["left"], "left", 7, "number-date", "after the last save")))
    assert crashed.project.autosave_now()
    expected = project_to_dict(crashed.session.to_project())
    info = autosave.autosave_dir() / f"{crashed.project.autosave_session}.json"
    info.write_text(json.dumps({**json.loads(info.read_text()), "pid": dead_pid()}))
    crashed.project.autosave_timer.stop()
    crashed._unsaved_outside, crashed.undo_stack = False, type(crashed.undo_stack)()  # "killed": no cleanup
    crashed.hide()
    return expected, path


def test_after_a_crash_the_next_start_offers_the_work_and_recovers_it(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    expected, path = crash_with_unsaved_work(qtbot, tmp_path)
    offered: list[list[autosave.Autosave]] = []

    def ask(found, parent=None):  # type: ignore[no-untyped-def]
        offered.append(found)
        return "recover", found[0]

    monkeypatch.setattr(recovery, "ask_recovery", ask)
    window = new_window(qtbot, autosave_ms=60_000)
    assert window.project.offer_recovery()
    assert offered and offered[0][0].project_path == str(path)
    assert project_to_dict(window.session.to_project()) == expected
    assert window.isWindowModified() and window.project.project_path == str(path)
    assert window.windowTitle() == "busan.parallax[*] — Parallax"
    assert window.annotating.panel.count.text() == "3 annotations"
    # The work is safe under this session now, and the dead session's autosave is gone.
    left = [a.session for a in autosave.recoverable_autosaves(own_session="someone-else")]
    assert offered[0][0].session not in left
    assert (autosave.autosave_dir() / f"{window.project.autosave_session}.parallax").exists()
    # Saving writes it to the project it belongs to.
    assert window.project.save_project()
    assert project_to_dict(load_project(path)) == expected


def test_recovery_can_be_left_for_later_or_discarded(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    crash_with_unsaved_work(qtbot, tmp_path)
    monkeypatch.setattr(recovery, "ask_recovery", lambda found, parent=None: ("later", found[0]))
    window = new_window(qtbot)
    assert not window.project.offer_recovery() and window.session.documents["left"] is None
    assert len(autosave.recoverable_autosaves(window.project.autosave_session)) == 1
    monkeypatch.setattr(recovery, "ask_recovery", lambda found, parent=None: ("discard", found[0]))
    assert not window.project.offer_recovery()  # the conftest confirms "Discard"
    assert autosave.recoverable_autosaves(window.project.autosave_session) == []


def test_the_recovery_dialog_lists_when_and_which_project(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, path = crash_with_unsaved_work(qtbot, tmp_path)
    found = autosave.recoverable_autosaves("other")
    dialog = recovery.RecoveryDialog(found)
    qtbot.addWidget(dialog)
    item = dialog.list.topLevelItem(0)
    assert item.text(0).startswith("today ") and item.text(1) == path.name
    assert dialog.selected() == found[0] and dialog.choice == "later"


# ------------------------------------------------------------------------------------------- bad input


CORRUPT = {
    "empty": b"",
    "binary": b"\x89PNG\r\n\x1a\n\x00\x00binary",
    "foreign": b"name: my shopping list\nitems: [eggs]\n",
    "newer": b"format: parallax-project\nversion: 7\n",
    "broken yaml": b"format: parallax-project\nversion: 1\ndocuments: [unclosed",
}


@pytest.mark.parametrize("case", [*CORRUPT, "truncated", "bad field", "missing", "folder"])
def test_a_bad_project_file_gives_a_message_and_changes_nothing(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                               case: str) -> None:
    do_some_work(window)
    path = tmp_path / "bad.parallax"
    full = project_to_yaml(window.session.to_project())
    if case in CORRUPT:
        path.write_bytes(CORRUPT[case])
    elif case == "truncated":
        path.write_text(full[: len(full) // 2], encoding="utf-8")
    elif case == "bad field":
        path.write_text(full.replace("tag: omission", "tag: no-such-tag", 1), encoding="utf-8")
    elif case == "folder":
        path.mkdir()
    content = path.read_bytes() if path.is_file() else None
    before = state(window)
    with qtbot.waitSignal(window.project.project_failed, timeout=WAIT_MS) as failed:
        window.project.open_project_file(path)
    message = failed.args[0]
    assert message.startswith("bad.parallax: ") and "\n" not in message
    assert window.message_bar.isVisible() and message in window.message_bar.text.text()
    assert state(window) == before
    if content is not None:
        assert path.read_bytes() == content


# ------------------------------------------------------------------------------------------- ways in


def test_a_dropped_project_file_opens(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    do_some_work(window)
    path = tmp_path / "dropped.parallax"
    window.project.write_project(path)
    other = new_window(qtbot)
    with qtbot.waitSignal(other.reading.comparison_shown, timeout=WAIT_MS):
        drop_files(other.panes["left"].view, [path])
    assert other.project.project_path == str(path)
    assert project_to_dict(other.session.to_project()) == project_to_dict(load_project(path))


def test_create_window_opens_a_project(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.gui.app import create_window

    do_some_work(window)
    path = tmp_path / "start.parallax"
    window.project.write_project(path)
    started = create_window(project_path=path, prefs=Preferences(), save=lambda prefs: None)
    qtbot.addWidget(started)
    qtbot.waitUntil(lambda: started.project.project_path == str(path), timeout=WAIT_MS)
    assert project_to_dict(started.session.to_project()) == project_to_dict(load_project(path))


# ------------------------------------------------------------------------------------------- replacing a readout


def test_replacing_a_readout_reanchors_annotations_and_keeps_orphans(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                     tmp_path: Path) -> None:
    do_some_work(window)
    left = window.session.documents["left"]
    kept = left.statements[3].text
    gone = left.statements[5].text
    window.undo_stack.push(AddAnnotation(window.annotating, annotate_statement(left, "left", 5, "translation", "gone")))
    # A re-extracted readout: a paragraph added at the top, one statement deleted.
    edited = tmp_path / "demo-kr-v2.txt"
    edited.write_text("A note added by the ministry.\n\n" + DEMO[0].read_text(encoding="utf-8").replace(gone, ""),
                      encoding="utf-8")
    with qtbot.waitSignal(window.reading.comparison_shown, timeout=WAIT_MS):
        window.reading.open_file("left", edited)
    session = window.session
    by_note = {a.note: a for a in session.annotations}
    assert len(session.annotations) == 4  # none dropped
    moved = by_note["Missing in the CN readout"]
    assert not moved.orphaned
    assert session.documents["left"].text[moved.anchors[0].start:moved.anchors[0].end] == kept
    assert by_note["gone"].orphaned
    assert "orphaned" in window.message_bar.text.text()
    assert "1 orphaned" in window.annotating.panel.count.text()
    assert not any(m.start == by_note["gone"].anchors[0].start for m in window.panes["left"].view.marks
                   if m.colour.name() == "#0072b2")  # an orphan is listed, not drawn
    assert window.isWindowModified() and not window.undo_stack.canUndo()
    assert session.corrections  # the manual link followed its statements
