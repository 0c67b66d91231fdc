"""The main window, driven as a user would: open, read, navigate, filter, correct, drop, fail."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QFontDatabase,
    QGuiApplication,
    QTextCharFormat,
    QTextCursor,
    QTextLayout,
)
from PySide6.QtWidgets import QApplication

from desktop_app.core.compare.comparison import compare
from desktop_app.core.documents import load_document
from desktop_app.export.fonts import bundled_family
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.widgets.readout_view import ReadoutView
from desktop_app.workspace.navigation import Filter
from desktop_app.workspace.preferences import Preferences
from desktop_app.workspace.sentences import reason_labels
from gui.gui_support import DEMO, KO_ZH, WAIT_MS, wait_idle


def engine_statuses(left: Path, right: Path) -> tuple[dict[str, list[str]], int]:
    """What the engine says about each statement, computed without the window."""
    comparison = compare(load_document(left), load_document(right))
    statuses: dict[str, list[str]] = {}
    for side in ("left", "right"):
        result = []
        for statement in comparison.document(side).statements:
            links = [link for link in comparison.links if statement.index in getattr(link, side)]
            if not links:
                result.append("one_sided")
            else:
                result.append("differ" if any(link.status == "differ" for link in links) else "agree")
        statuses[side] = result
    return statuses, len(comparison.links)


def format_at(view: ReadoutView, position: int):  # type: ignore[no-untyped-def]
    """The character format the highlighter gave the character at `position`."""
    block = view.document().findBlock(position)
    offset = position - block.position()
    found = None
    formats = block.layout().formats()
    for fmt_range in formats:
        if fmt_range.start <= offset < fmt_range.start + fmt_range.length:
            found = QTextCharFormat(fmt_range.format)  # a copy: the range's own dies with the list
    return found


def shades(palette, status: str) -> tuple:  # type: ignore[no-untyped-def]
    """The backgrounds a statement of this status may have where it starts."""
    return palette.tint[status], palette.tint_alt[status], palette.word_tint[status]


def press(qtbot, window: MainWindow, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    target = QApplication.focusWidget() or window.panes["left"].view
    qtbot.keyClick(target, key, modifiers)


def click_statement(qtbot, window: MainWindow, side: str, index: int, ctrl: bool = False) -> None:  # type: ignore[no-untyped-def]
    view = window.panes[side].view
    statement = view.starts[index]
    window.panes[side].view.verticalScrollBar().setValue(view.centre_on(index))
    cursor = QTextCursor(view.document())
    cursor.setPosition(statement + 3)
    point = view.cursorRect(cursor).center()
    modifiers = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifiers, point)


# ------------------------------------------------------------------------------------------- opening


def test_a_pair_aligned_before_the_model_arrived_is_aligned_again_with_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.core.compare.comparison import compare

    # What the window shows when the readouts are read before the embedding has loaded.
    early = compare(*window.session.documents.values(), window.session.settings, wait_for_embedding=False)
    early.embedding, early.embedding_pending = None, True
    assert window.session.accept_comparison(early)
    with qtbot.waitSignal(window.reading.comparison_shown, timeout=WAIT_MS):
        window.reading._embedding_loaded()
    assert window.session.comparison is not early
    assert window.session.comparison.embedding is not None and not window.session.comparison.embedding_pending


def test_a_window_opened_before_the_model_shows_the_pair_at_once_then_refines_it(  # type: ignore[no-untyped-def]
        qtbot, make_window, monkeypatch) -> None:
    from desktop_app.core import embedding

    monkeypatch.setattr(embedding, "_model", None)  # as at the first start of a process
    monkeypatch.setattr(embedding, "_problem", None)
    window = make_window()
    first = window.session.comparison
    assert first.embedding_pending and first.embedding is None
    assert "embedding" in window.busy_label.text()
    qtbot.waitUntil(lambda: window.session.comparison.embedding is not None, timeout=WAIT_MS)
    assert not window.session.comparison.embedding_pending and embedding.ready()


def test_demo_opens_with_the_engines_statuses_and_links(window: MainWindow) -> None:
    statuses, link_count = engine_statuses(*DEMO)
    assert window.panes["left"].document.name == "demo-kr.txt"
    assert window.panes["right"].document.name == "demo-cn.txt"
    assert len(window.view.index.links) == link_count
    assert len(window.gutter.connectors) == link_count
    palette = window.view.palette
    for side in ("left", "right"):
        pane = window.panes[side]
        assert [look.status for look in pane.looks] == statuses[side]
        # What is drawn, not only what is computed: the tint at each statement's first character.
        for statement, status in zip(pane.document.statements, statuses[side], strict=True):
            fmt = format_at(pane.view, statement.start)
            # (the first word may be one only this side uses, which is marked a little stronger)
            assert fmt is not None, statement.index
            shades = (palette.tint[status], palette.tint_alt[status], palette.word_tint[status])
            assert fmt.background().color() in shades, statement.index
    assert {"agree", "differ", "one_sided"} <= set(statuses["left"]) | set(statuses["right"])
    summary = window.session.comparison.summary()
    assert f"Links {summary.links}: {summary.agree} agree, {summary.differ} differ" in window.summary.text()


def test_side_labels_are_guessed_and_can_be_changed(window: MainWindow) -> None:
    assert window.panes["left"].header.side.currentData() == "KR"
    assert window.panes["right"].header.side.currentData() == "CN"
    window.panes["right"].header.side.setCurrentIndex(window.panes["right"].header.side.findData("unknown"))
    assert window.session.side_codes["right"] == "unknown"
    assert "right 19" in window.summary.text()


def test_boilerplate_is_dimmed_and_text_is_plain(window: MainWindow) -> None:
    view = window.panes["left"].view
    heading = window.panes["left"].document.boilerplate[0]
    assert format_at(view, heading.start).foreground().color() == window.view.palette.dim_text
    assert view.toPlainText() == window.panes["left"].document.text


def test_pasted_markup_stays_text(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    text = "<b>Guo Yanqing</b> said that the two sides agreed to <i>expand</i> trade in 2029."
    QGuiApplication.clipboard().setText(text)
    with qtbot.waitSignal(window.reading.comparison_shown, timeout=WAIT_MS):
        window.actions_by_id["paste_right"].trigger()
    assert window.session.documents["right"].name == "pasted text"
    assert "<b>Guo Yanqing</b>" in window.panes["right"].view.toPlainText()
    assert window.session.documents["left"].name == "demo-kr.txt"


def test_swap_sides(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.reading.comparison_shown, timeout=WAIT_MS):
        window.actions_by_id["swap_sides"].trigger()
    assert window.panes["left"].document.name == "demo-cn.txt"
    assert window.panes["left"].header.side.currentData() == "CN"
    assert window.panes["right"].document.name == "demo-kr.txt"


# ------------------------------------------------------------------------------------------- navigation


def test_alt_down_and_up_step_through_the_differences(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    stops = window.view.index.differences("left")
    assert all(s.link is None or window.view.index.links[s.link].status == "differ" for s in stops)
    press(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.view.selection.primary == (stops[0].side, stops[0].index)
    press(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.view.selection.primary == (stops[1].side, stops[1].index)
    press(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.view.selection.primary == (stops[2].side, stops[2].index)
    press(qtbot, window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.view.selection.primary == (stops[1].side, stops[1].index)
    # A differing link selects both sides of it.
    current = stops[1]
    if current.link is not None:
        link = window.view.index.links[current.link]
        assert set(link.right) <= window.view.selection.statements["right"]


def test_next_difference_visits_every_difference_once(window: MainWindow) -> None:
    seen = []
    for _ in range(60):
        before = window.view.selection.primary
        window.view.next_difference()
        if window.view.selection.primary == before:
            break
        seen.append(window.view.selection.primary)
    expected = [(s.side, s.index) for s in window.view.index.differences("left")]
    assert seen == expected
    summary = window.session.comparison.summary()
    assert len(expected) == summary.differ + summary.one_sided["left"] + summary.one_sided["right"]


def test_clicking_a_statement_selects_its_counterparts_and_brings_them_into_view(
        qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(size=(1100, 520))
    right = window.panes["right"].view
    # The maritime exercise: last in the left readout's list, last in the right readout too.
    left_index = next(i for i, s in enumerate(window.panes["left"].document.statements) if "Yellow Sea" in s.text)
    partners = window.view.index.counterparts("left", left_index)
    assert partners
    right.verticalScrollBar().setValue(0)
    assert not right.is_visible(partners[0])
    click_statement(qtbot, window, "left", left_index)
    assert window.view.selection.primary == ("left", left_index)
    assert set(partners) <= window.view.selection.statements["right"]
    qtbot.waitUntil(lambda: right.is_visible(partners[0], margin=2), timeout=3000)
    assert any(c.emphasised for c in window.gutter.connectors)


def test_jump_to_counterpart_moves_to_the_other_pane(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(size=(1100, 520))
    right = window.panes["right"].view
    left_index = next(i for i, s in enumerate(window.panes["left"].document.statements) if "students" in s.text)
    partner = window.view.index.counterparts("left", left_index)[0]
    window.view.select_statement("left", left_index, reveal_counterpart=False)
    right.verticalScrollBar().setValue(0)
    window.scroll_sync.enabled = False
    press(qtbot, window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.view.selection.primary == ("right", partner)
    qtbot.waitUntil(lambda: right.is_visible(partner, margin=2), timeout=3000)


def test_scrolling_one_pane_follows_in_the_other_without_a_feedback_loop(
        qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(size=(1100, 520))
    left, right = window.panes["left"].view, window.panes["right"].view
    assert left.verticalScrollBar().maximum() > 0 and right.verticalScrollBar().maximum() > 0
    target = left.verticalScrollBar().maximum() // 2
    left.verticalScrollBar().setValue(target)
    qtbot.waitUntil(lambda: right.verticalScrollBar().value() > 0, timeout=3000)
    qtbot.wait(50)
    assert left.verticalScrollBar().value() == target  # the follower did not push the leader back
    # What is in the middle of the left pane has its counterpart in view on the right.
    middle = left.statement_at_y(left.scroll_y + left.viewport().height() / 2)
    partners = window.view.index.counterparts("left", middle)
    if partners:
        assert any(right.is_visible(p, margin=right.viewport().height()) for p in partners)


# ------------------------------------------------------------------------------------------- filters


def test_filters_dim_what_they_leave_out(window: MainWindow) -> None:
    palette = window.view.palette
    statuses = {side: [look.status for look in window.panes[side].looks] for side in ("left", "right")}
    agree = statuses["left"].index("agree")
    one_sided = statuses["left"].index("one_sided")
    differ = statuses["left"].index("differ")
    left = window.panes["left"]
    start = lambda i: left.document.statements[i].start  # noqa: E731

    window.actions_by_id["filter_differences"].trigger()
    assert window.view.state.filter == Filter("differences")
    assert format_at(left.view, start(agree)).foreground().color() == palette.dim_text
    assert format_at(left.view, start(differ)).background().color() in shades(palette, "differ")
    assert format_at(left.view, start(one_sided)).background().color() in shades(palette, "one_sided")
    assert all(c.faded for c in window.gutter.connectors if c.status == "agree")

    window.actions_by_id["filter_one_sided"].trigger()
    assert format_at(left.view, start(differ)).foreground().color() == palette.dim_text
    assert format_at(left.view, start(one_sided)).background().color() in shades(palette, "one_sided")
    assert all(c.faded for c in window.gutter.connectors)

    window.actions_by_id["filter_all"].trigger()
    assert format_at(left.view, start(agree)).background().color() in shades(palette, "agree")
    assert window.view.filter_combo.currentText() == "All statements"


def test_clicking_a_topic_filters_to_it_and_goes_to_its_first_statement(window: MainWindow) -> None:
    tree = window.outline.tree
    items = tree.findItems("Taiwan and the one-China principle", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    assert items
    rect = tree.visualItemRect(items[0])
    tree.scrollToItem(items[0])
    rect = tree.visualItemRect(items[0])
    from PySide6.QtTest import QTest
    from pytestqt.qtbot import QtBot  # noqa: F401 - the click goes through Qt, like the user's

    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert window.view.state.filter == Filter("topic", "sensitive.taiwan")
    assert "Taiwan" in window.view.filter_combo.currentText()
    # Only the Chinese side raises Taiwan: what stays in view on the left is what is linked to it.
    taiwan = {i for i, s in enumerate(window.panes["right"].document.statements) if "Taiwan" in s.text}
    kept_left = {i for i, look in enumerate(window.panes["left"].looks) if look.visible}
    assert kept_left == {i for i in range(len(window.panes["left"].looks))
                         if set(window.view.index.counterparts("left", i)) & taiwan}
    assert {i for i, look in enumerate(window.panes["right"].looks) if look.visible} >= taiwan
    primary = window.view.selection.primary
    assert primary is not None
    partners = window.view.index.counterparts(*primary) if primary[0] == "left" else [primary[1]]
    assert set(partners) & taiwan


# ------------------------------------------------------------------------------------------- corrections


def test_manual_link_and_unlink_survive_realignment(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    index = window.view.index
    lonely_left = index.status["left"].index("one_sided")
    lonely_right = index.status["right"].index("one_sided")
    agree_link = next(n for n, link in enumerate(index.links) if link.status == "agree" and len(link.left) == 1)
    unlinked_left = index.links[agree_link].left[0]

    # Link: click one statement, Ctrl+click one on the other side, Ctrl+L.
    click_statement(qtbot, window, "left", lonely_left)
    click_statement(qtbot, window, "right", lonely_right, ctrl=True)
    assert window.view.selection.statements == {"left": {lonely_left}, "right": {lonely_right}}
    press(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.view.index.counterparts("left", lonely_left) == [lonely_right]

    # Unlink: click a linked statement (its link is selected), Ctrl+U.
    click_statement(qtbot, window, "left", unlinked_left)
    press(qtbot, window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert window.view.index.status["left"][unlinked_left] == "one_sided"
    assert len(window.session.corrections) == 2

    with qtbot.waitSignal(window.reading.comparison_shown, timeout=WAIT_MS):
        press(qtbot, window, Qt.Key.Key_F5)
    assert window.view.index.counterparts("left", lonely_left) == [lonely_right]
    assert any(link.manual for link in window.view.index.links)
    assert window.view.index.status["left"][unlinked_left] == "one_sided"


def test_link_needs_statements_on_both_sides(window: MainWindow) -> None:
    window.view.select_statement("left", 0)
    window.view.selection.statements["right"].clear()
    links = len(window.view.index.links)
    window.view.link_selected()
    assert len(window.view.index.links) == links
    assert window.session.corrections == []


# ------------------------------------------------------------------------------------------- files


def drop_files(view: ReadoutView, paths: list[Path]) -> None:
    """What Qt delivers when files are dragged from a file manager onto the pane: enter, then drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    with warnings.catch_warnings():  # Qt 6 marks the QPoint form deprecated, but it is the only one
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(40, 40), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(40, 40), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def test_a_dropped_file_loads_into_that_pane(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.reading.comparison_shown, timeout=WAIT_MS):
        drop_files(window.panes["right"].view, [KO_ZH[1]])
    assert window.session.documents["right"].name == "cn.txt"
    assert window.session.documents["left"].name == "demo-kr.txt"
    assert "彭书琳" in window.panes["right"].view.toPlainText()
    assert str(KO_ZH[1].resolve()) == window.prefs.recent_files[0]


def test_a_bad_file_gives_a_message_and_keeps_everything(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    window.view.select_statement("left", 2)
    links_before = len(window.view.index.links)
    with qtbot.waitSignal(window.reading.document_failed, timeout=WAIT_MS):
        window.reading.open_file("left", bad)
    wait_idle(qtbot, window)
    assert window.message_bar.isVisible()
    assert "left readout was not changed" in window.message_bar.text.text()
    assert window.session.documents["left"].name == "demo-kr.txt"
    assert window.view.index is not None and len(window.view.index.links) == links_before
    assert window.view.selection.primary == ("left", 2)
    with qtbot.waitSignal(window.reading.document_failed, timeout=WAIT_MS):
        window.reading.open_file("right", tmp_path / "missing.txt")
    assert window.session.documents["right"].name == "demo-cn.txt"


def test_a_newer_request_supersedes_an_older_one(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.reading.open_file("right", KO_ZH[1])
    window.reading.open_file("right", DEMO[0])  # the user changed their mind
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.view.index is not None, timeout=WAIT_MS)
    assert window.session.documents["right"].name == "demo-kr.txt"


# ------------------------------------------------------------------------------------------- preferences


def test_preferences_persist_and_apply(qtbot, make_window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    from desktop_app.gui.dialogs.preferences import PreferencesDialog
    from desktop_app.workspace import preferences

    prefs = preferences.load_preferences()
    window = make_window(prefs=prefs, save=preferences.save_preferences)
    changed = preferences.Preferences(font_size=15.0, theme="dark", threshold=0.3,
                                      recent_files=list(prefs.recent_files))
    monkeypatch.setattr(PreferencesDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(PreferencesDialog, "result_preferences", lambda self: changed)
    with qtbot.waitSignal(window.reading.comparison_shown, timeout=WAIT_MS):
        window.actions_by_id["preferences"].trigger()
    stored = preferences.load_preferences()
    assert (stored.font_size, stored.theme, stored.threshold) == (15.0, "dark", 0.3)
    assert window.panes["left"].view.font().pointSizeF() == 15.0
    assert window.session.settings.threshold == 0.3
    assert window.view.palette.dark
    # Recent files are stored as they are opened.
    with qtbot.waitSignal(window.reading.comparison_shown, timeout=WAIT_MS):
        window.reading.open_file("left", KO_ZH[0])
    assert preferences.load_preferences().recent_files[0] == str(KO_ZH[0].resolve())
    from desktop_app.gui.palette import apply_theme

    apply_theme("light")


# ------------------------------------------------------------------------------------------- Korean and Chinese


def test_a_korean_chinese_pair_renders_as_glyphs(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(*KO_ZH)
    assert window.view.index.links, "the lexicon links Korean and Chinese statements"
    left, right = window.panes["left"].view, window.panes["right"].view
    assert "윤서진" in left.toPlainText() and "彭书琳" in right.toPlainText()
    assert window.panes["left"].header.details.toolTip().startswith("Korean")
    assert window.panes["right"].header.details.toolTip().startswith("Chinese")
    for view, sample in ((left, "한중 통상장관회담"), (right, "中韩经贸合作")):
        layout = QTextLayout(sample, view.font())
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        runs = layout.glyphRuns()
        assert runs and all(0 not in run.glyphIndexes() for run in runs), "a character drew as a box"
        assert {run.rawFont().familyName() for run in runs} & {bundled_family()}
    assert QFontDatabase.WritingSystem.Korean in QFontDatabase.writingSystems(bundled_family())
    grab = window.grab()
    assert not grab.isNull() and grab.width() >= 1000


def test_clicking_outside_statements_clears_the_selection(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.view.select_statement("left", 3)
    qtbot.mouseClick(window.panes["left"].view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert not window.view.selection
    assert Preferences().theme == "system"


# ------------------------------------------------------------------------------------ the verdict panel


def test_the_panel_explains_a_selected_link_in_sentences(window: MainWindow) -> None:
    comparison = window.session.comparison
    number = next(k for k, link in enumerate(comparison.links) if link.status == "differ" and link.reasons)
    window.view.select_link(number)
    text = window.view.details.text()
    assert ": differ (match " in text
    assert comparison.links[number].reasons[0].describe(reason_labels(window.session)) in text.replace("&amp;", "&")


def test_a_one_sided_statement_offers_its_closest_counterpart_and_links_it_in_one_click(
        window: MainWindow) -> None:
    comparison = window.session.comparison
    index = comparison.one_sided("left")[0]
    partner, _ = comparison.closest("left", index)
    window.view.select_statement("left", index)
    assert f"statement {partner + 1} (match" in window.view.details.text()
    links_before = len(window.session.comparison.links)
    window.view.details.linkActivated.emit(f"link:left:{index}:{partner}")
    linked = [link for link in window.session.comparison.links if index in link.left]
    assert linked and linked[0].manual and partner in linked[0].right
    assert "Linked by hand." in "\n".join(linked[0].explanation())
    window.undo_stack.undo()
    assert len(window.session.comparison.links) == links_before
    assert index in window.session.comparison.one_sided("left")



def test_selecting_a_link_marks_the_words_its_verdict_cites_in_both_texts(window: MainWindow) -> None:
    from desktop_app.core.compare.comparison import evidence

    comparison = window.session.comparison
    number = next(k for k, link in enumerate(comparison.links) if evidence(comparison, link)["right"])
    window.view.select_link(number)
    link = comparison.links[number]
    for side in ("left", "right"):
        pane = window.panes[side]
        assert pane.evidence == evidence(comparison, link)[side]
        statements = [pane.document.statements[i] for i in getattr(link, side)]
        assert all(any(s.start <= a < b <= s.end for s in statements) for a, b in pane.evidence)
    window.view.selection.clear()
    window.view.render_selection()
    assert window.panes["left"].evidence == []
