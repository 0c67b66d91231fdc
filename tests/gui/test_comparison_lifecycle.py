"""New and Close comparison, replacing both readouts of a project, and the overview ruler beside each
pane."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.gui import actions as action_table
from desktop_app.gui.main_window import MainWindow
from gui.gui_support import DEMO, WAIT_MS, wait_idle

Answer = QMessageBox.StandardButton


def make_dirty(window: MainWindow) -> None:
    window.reading.set_side_code("right", "unknown")  # a change the project would keep
    assert window.project.is_dirty


def ask(monkeypatch, answer: Answer) -> list[str]:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> Answer:
        asked.append(str(args[2]))
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_new_and_close_use_the_platform_keys_and_do_not_clash(qapp) -> None:  # type: ignore[no-untyped-def]
    for action_id, key in (("new_comparison", "New"), ("close_comparison", "Close")):
        row = action_table.spec(action_id)
        assert row.menu == "&File" and row.standard_key == key
    keys = [k.toString() for row in action_table.ACTIONS for k in action_table.key_sequences(row)]
    assert len(keys) == len(set(keys)), "two actions share a key"
    assert action_table.key_sequences(action_table.spec("new_comparison")) == list(
        QKeySequence.keyBindings(QKeySequence.StandardKey.New))


def test_close_comparison_empties_both_panes(window: MainWindow) -> None:
    assert window.actions_by_id["close_comparison"].isEnabled()
    window.actions_by_id["close_comparison"].trigger()
    assert window.session.documents == {"left": None, "right": None}
    assert window.view.index is None and window.project.project_path is None and not window.project.is_dirty
    assert all(pane.empty.isVisibleTo(pane) for pane in window.panes.values())
    assert window.windowTitle() == "Parallax[*]"
    assert not window.actions_by_id["close_comparison"].isEnabled()
    assert not window.actions_by_id["export_report"].isEnabled()
    assert window.panes["left"].ruler.marks() == []


def test_close_comparison_asks_to_save_unsaved_work(window: MainWindow, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_dirty(window)
    asked = ask(monkeypatch, Answer.Cancel)
    assert not window.reading.close_comparison()
    assert asked and "before closing the comparison" in asked[0]
    assert window.session.complete and window.project.is_dirty
    ask(monkeypatch, Answer.Save)
    path = tmp_path / "kept.parallax"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    assert window.reading.close_comparison()
    assert path.exists() and window.session.documents == {"left": None, "right": None}
    assert window.project.project_path is None


def test_new_comparison_closes_then_offers_to_open(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    offered: list[str] = []
    monkeypatch.setattr(window.reading, "choose_file", lambda side: offered.append(side))
    asked = ask(monkeypatch, Answer.Cancel)
    window.actions_by_id["new_comparison"].trigger()
    assert asked == []  # nothing unsaved: nothing asked
    assert offered == ["left"] and window.session.documents == {"left": None, "right": None}
    offered.clear()
    with qtbot.waitSignal(window.reading.comparison_shown, timeout=WAIT_MS):
        window.reading.open_pair(*DEMO)
    make_dirty(window)
    window.reading.new_comparison()  # unsaved work, and the user cancels: nothing changes, nothing is offered
    assert asked and offered == [] and window.session.complete


def test_replacing_both_readouts_of_a_project_makes_it_untitled(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                 monkeypatch) -> None:
    path = tmp_path / "first.parallax"
    assert window.project.write_project(path)
    assert window.project.project_path == str(path) and "first.parallax" in window.windowTitle()
    window.reading.open_file("left", DEMO[1])
    wait_idle(qtbot, window)
    assert window.project.project_path == str(path)  # one side replaced: still that project
    window.reading.open_file("right", DEMO[0])
    wait_idle(qtbot, window)
    assert window.project.project_path is None and "first.parallax" not in window.windowTitle()
    assert window.project.is_dirty
    before = path.read_bytes()
    asked: list[str] = []

    def save_dialog(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append("where?")
        return str(tmp_path / "second.parallax"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    assert window.project.save_project()
    assert asked == ["where?"]  # Save asks for a name instead of overwriting first.parallax
    assert path.read_bytes() == before and (tmp_path / "second.parallax").exists()


def test_the_ruler_marks_differences_and_one_sided_statements(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for side in ("left", "right"):
        ruler = window.panes[side].ruler
        assert ruler.isVisible() and ruler.width() < 20
        marks = ruler.marks()
        statuses = window.view.index.status[side]  # type: ignore[union-attr]
        assert {m.status for m in marks} == {s for s in statuses if s != "agree"}
        assert all(0 <= m.start <= m.end <= 1 for m in marks)
        assert all(statuses[m.first] == m.status for m in marks)
        start, end = ruler.band()
        assert 0 <= start < end <= 1
    # the left ruler on the outer edge of the left pane, the right one on the outer edge of the right pane
    left, right = window.panes["left"], window.panes["right"]
    assert left.ruler.mapTo(window, QPoint(0, 0)).x() < left.view.mapTo(window, QPoint(0, 0)).x()
    assert right.ruler.mapTo(window, QPoint(0, 0)).x() > right.view.mapTo(window, QPoint(0, 0)).x()


def test_a_click_on_the_ruler_scrolls_there(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ruler = window.panes["left"].ruler
    bar = window.panes["left"].view.verticalScrollBar()
    assert bar.maximum() > 0
    last = ruler.marks()[-1]
    y = int(2 + (last.start + last.end) / 2 * (ruler.height() - 4))
    qtbot.mouseClick(ruler, Qt.MouseButton.LeftButton, pos=QPoint(ruler.width() // 2, y))
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=WAIT_MS)
    start, end = ruler.band()
    assert start <= (last.start + last.end) / 2 <= end or bar.value() == bar.maximum()
    assert window.panes["left"].view.is_visible(last.first, margin=200)


def test_folding_hides_agreeing_paragraphs_and_unfolding_restores_them(window: MainWindow) -> None:
    view = window.panes["left"].view
    document = window.session.documents["left"]
    assert document is not None and window.view.index is not None
    status = window.view.index.status["left"]
    heights = view.document().size().height()
    window.actions_by_id["fold_agreeing"].trigger()
    assert window.actions_by_id["fold_agreeing"].isChecked()
    assert view.folds and view.fold_placeholders()
    assert view.fold_placeholders()[0][1].endswith("folded") and "agreeing statement" in view.fold_placeholders()[0][1]
    assert view.document().size().height() < heights
    for statement in document.statements:
        block = view.document().findBlock(statement.start)
        if status[statement.index] != "agree":
            assert block.isVisible()  # every difference stays in view
        if not block.isVisible():
            assert status[statement.index] == "agree"
    hidden = [s.index for s in document.statements if view.folded_at(s.start)]
    assert hidden
    window.actions_by_id["fold_agreeing"].trigger()
    assert not view.folds and view.document().size().height() == heights
    assert all(view.document().findBlock(s.start).isVisible() for s in document.statements)


def test_finding_text_in_a_fold_unfolds(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.panes["left"].view
    window.actions_by_id["fold_agreeing"].trigger()
    document = window.session.documents["left"]
    assert document is not None
    folded = next(s for s in document.statements if view.folded_at(s.start))
    from desktop_app.core.find import Match

    window.finding._reveal_match(Match("left", folded.start, folded.start + 3))
    assert not view.folds and not window.actions_by_id["fold_agreeing"].isChecked()
