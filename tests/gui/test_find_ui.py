"""The find bar: Ctrl+F opens it, matches of both readouts are counted and highlighted, F3 / Shift+F3 and
Enter go through them, Escape closes it. CJK queries are set directly (never typed as key clicks)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence

from desktop_app.gui.widgets.document_pane import FOUND_BACKGROUND, FOUND_CURRENT_BACKGROUND
from gui.gui_support import KO_ZH


def _backgrounds(pane) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.format.background().color().name() for s in pane.view.extraSelections()]


def test_find_actions_use_the_platform_keys(window) -> None:  # type: ignore[no-untyped-def]
    actions = window.actions_by_id
    assert QKeySequence(QKeySequence.StandardKey.Find) in actions["find"].shortcuts()
    assert QKeySequence(QKeySequence.StandardKey.FindNext) in actions["find_next"].shortcuts()
    assert QKeySequence(QKeySequence.StandardKey.FindPrevious) in actions["find_previous"].shortcuts()


def test_ctrl_f_opens_the_bar_and_finds_in_both_readouts(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(*KO_ZH)
    bar = window.finding.bar
    assert not bar.isVisible()
    window.panes["left"].view.setFocus()
    qtbot.keyClick(window.panes["left"].view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible()
    qtbot.waitUntil(bar.field.hasFocus)
    bar.field.setText("彭书琳")  # in the Korean readout in brackets, and in the Chinese one
    results = window.finding.results
    kr, cn = results.count("left"), results.count("right")
    assert kr >= 1 and cn >= 1
    assert bar.count.text() == f"1 of {kr + cn}, KR {kr} · CN {cn}"
    left, right = window.panes["left"], window.panes["right"]
    assert left.found and right.found
    text = left.document.text
    assert all(text[start:end] == "彭书琳" for start, end in left.found)
    assert QColor(FOUND_CURRENT_BACKGROUND).name() in _backgrounds(left)
    assert QColor(FOUND_BACKGROUND).name() in _backgrounds(right)


def test_next_and_previous_go_through_both_sides_and_wrap(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(*KO_ZH)
    window.finding.open_find()
    window.finding.bar.field.setText("１２")  # full-width digits find the half-width dates of both readouts
    results = window.finding.results
    total = len(results.matches)
    assert results.count("left") >= 1 and results.count("right") >= 1
    seen = []
    for _ in range(total):
        qtbot.keyClick(window.finding.bar.field, Qt.Key.Key_F3)
        seen.append(results.current)
    assert sorted(seen) == list(range(total))  # every match once, then round again
    before = results.current
    qtbot.keyClick(window.finding.bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert results.current == (before - 1) % total
    qtbot.keyClick(window.finding.bar.field, Qt.Key.Key_Return)
    assert results.current == before
    current = results.current_match
    view = window.panes[current.side].view
    qtbot.waitUntil(lambda: view.range_visible(current.start, current.end))


def test_case_and_width_and_no_match(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()  # the English demo pair
    window.finding.open_find()
    window.finding.bar.field.setText("ＢＵＳＡＮ")
    assert window.finding.results.count("left") >= 1 and window.finding.results.count("right") >= 1
    window.finding.bar.field.setText("no such words anywhere")
    assert window.finding.bar.count.text() == "No match"
    assert not window.finding.bar.next.isEnabled()
    assert not window.panes["left"].found


def test_escape_closes_the_bar_and_keeps_the_selection(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.view.select_statement("left", 2)
    window.finding.open_find()
    window.finding.bar.field.setText("Busan")
    qtbot.keyClick(window.finding.bar.field, Qt.Key.Key_Escape)
    assert not window.finding.bar.isVisible()
    assert 2 in window.view.selection.statements["left"]  # Escape in the bar is not "clear selection"
    assert not window.panes["left"].found and not window.panes["right"].found


def test_selected_text_is_the_query_and_new_readouts_are_searched_again(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    view = window.panes["left"].view
    cursor = view.textCursor()
    start = view.document().toPlainText().index("Busan")
    cursor.setPosition(start)
    cursor.setPosition(start + 5, cursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    window.finding.open_find()
    assert window.finding.bar.query == "Busan"
    with qtbot.waitSignal(window.reading.comparison_shown, timeout=20_000):
        window.reading.open_pair(*KO_ZH)
    assert window.finding.results.matches == []  # the Korean and Chinese readouts do not say Busan
    window.finding.bar.field.setText("항저우")
    assert window.finding.results.count("left") >= 1
