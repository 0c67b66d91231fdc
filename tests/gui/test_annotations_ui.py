"""Annotating in the window, as a user does it: on a statement, on selected text, on a link; editing,
deleting, the panel's filter and search, going to an annotation, the codebook, and undo/redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QDialog

from desktop_app.gui.dialogs.annotation import AnnotationDialog
from desktop_app.gui.dialogs.codebook import CodebookDialog
from desktop_app.gui.main_window import MainWindow
from gui.gui_support import WAIT_MS, annotation_ids


def answer_annotation(monkeypatch: pytest.MonkeyPatch, tag: str = "omission", note: str = "a note",
                      target: str | None = None, accept: bool = True) -> list[AnnotationDialog]:
    """The annotation dialog answers as a user would: a target, a tag, a note, then OK (or Cancel)."""
    shown: list[AnnotationDialog] = []

    def exec_(dialog: AnnotationDialog) -> QDialog.DialogCode:
        shown.append(dialog)
        if target is not None:
            dialog.target.setCurrentIndex(dialog.target.findData(target))
        dialog.select_tag(tag)
        dialog.note.setPlainText(note)
        return QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected

    monkeypatch.setattr(AnnotationDialog, "exec", exec_)
    return shown


def select_text(window: MainWindow, side: str, start: int, end: int) -> None:
    view = window.panes[side].view
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def marks(window: MainWindow, side: str) -> list[tuple[int, int, str, bool]]:
    return [(m.start, m.end, m.colour.name(), m.underline) for m in window.panes[side].view.marks]


# ------------------------------------------------------------------------------------------- creating


def test_ctrl_t_annotates_the_selected_statement(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown = answer_annotation(monkeypatch, tag="softened", note="Softer than the CN readout")
    window.view.select_statement("left", 3)
    window.activateWindow()
    qtbot.keyClick(window.panes["left"].view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert shown and shown[0].chosen_target() == "statement:left:3"
    (annotation,) = window.session.annotations
    statement = window.session.documents["left"].statements[3]
    assert (annotation.target, annotation.tag, annotation.note) == ("statement", "softened",
                                                                     "Softer than the CN readout")
    assert annotation.anchors[0].quote == statement.text
    # Drawn in the pane (a bar in the tag's colour, no underline for a whole statement) and listed.
    assert marks(window, "left") == [(statement.start, statement.end, "#56b4e9", False)]
    assert annotation_ids(window.annotating.panel) == [annotation.id]
    assert window.annotation_dock.isVisible()
    assert window.isWindowModified()
    assert "Softened wording" in window.view.describe_statement("left", 3)


def test_selected_text_is_annotated_as_text(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    answer_annotation(monkeypatch, tag="number-date")
    statement = window.session.documents["right"].statements[4]
    # A selection with spaces around it: the annotation takes the words only.
    select_text(window, "right", statement.start + 9, statement.start + 30)
    targets = window.annotating.annotation_targets()
    assert targets[0][0].key == "text:right"
    window.annotating.annotate()
    (annotation,) = window.session.annotations
    anchor = annotation.anchors[0]
    text = window.session.documents["right"].text
    assert annotation.target == "text" and anchor.side == "right"
    assert anchor.quote == text[statement.start + 9:statement.start + 30].strip()
    assert marks(window, "right") == [(anchor.start, anchor.end, "#d55e00", True)]  # underlined too


def test_a_link_chosen_in_the_gutter_is_annotated_as_a_link(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    answer_annotation(monkeypatch, tag="attribution-shift", note="KR: both sides; CN: the minister")
    number = next(n for n, link in enumerate(window.view.index.links) if link.status == "differ")
    link = window.view.index.links[number]
    window.view.select_link(number)
    assert window.annotating.annotation_targets()[0][0].key.startswith("link:")
    window.annotating.annotate()
    (annotation,) = window.session.annotations
    assert annotation.target == "link"
    assert annotation.statements(window.session.documents) == {"left": list(link.left), "right": list(link.right)}
    assert marks(window, "left") and marks(window, "right")
    where = window.annotating.annotation_where(annotation)
    assert where.startswith("KR ") and " ↔ CN " in where


def test_the_context_menu_annotates_edits_and_deletes(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    answer_annotation(monkeypatch, tag="translation", note="first")
    menu = window.annotating.pane_context_menu("right", 2)
    texts = [a.text() for a in menu.actions()]
    assert "Annotate &Statement CN 3…" in texts
    assert window.view.selection.primary == ("right", 2)  # right-click selects what it points at
    next(a for a in menu.actions() if a.text() == "Annotate &Statement CN 3…").trigger()
    assert [a.note for a in window.session.annotations] == ["first"]
    if window.view.index.links_of["right"][2]:
        assert any(t.startswith("Annotate Link") for t in texts)
    answer_annotation(monkeypatch, tag="translation", note="second")
    menu = window.annotating.pane_context_menu("right", 2)
    edit = next(a for a in menu.actions() if a.text().startswith("Edit “Translation issue: first"))
    edit.trigger()
    assert [a.note for a in window.session.annotations] == ["second"]
    assert window.session.annotations[0].modified
    menu = window.annotating.pane_context_menu("right", 2)
    next(a for a in menu.actions() if a.text().startswith("Delete “")).trigger()
    assert window.session.annotations == []


def test_cancelling_the_dialog_changes_nothing(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    answer_annotation(monkeypatch, accept=False)
    window.view.select_statement("left", 1)
    window.annotating.annotate()
    assert window.session.annotations == [] and not window.undo_stack.canUndo()
    assert not window.isWindowModified()


def test_nothing_selected_says_what_to_do(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown = answer_annotation(monkeypatch)
    window.view.clear_selection()
    window.annotating.annotate()
    assert not shown and "Select a statement" in window.statusBar().currentMessage()


# ------------------------------------------------------------------------------------------- the panel


def annotate_three(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for index, tag, note in ((1, "omission", "Missing in CN"), (5, "softened", "hedged verb"),
                             (8, "omission", "the FTA date is left out")):
        answer_annotation(monkeypatch, tag=tag, note=note)
        window.view.select_statement("left", index)
        window.annotating.annotate()


def test_the_panel_filters_by_tag_and_searches_quotes_and_notes(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    annotate_three(window, monkeypatch)
    panel = window.annotating.panel
    assert len(annotation_ids(panel)) == 3 and panel.count.text() == "3 annotations"
    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData("omission"))
    assert {window.session.annotation(i).note for i in annotation_ids(panel)} == {"Missing in CN",
                                                                              "the FTA date is left out"}
    panel.search.setText("fta DATE")  # a note, any case
    assert [window.session.annotation(i).note for i in annotation_ids(panel)] == ["the FTA date is left out"]
    assert panel.count.text() == "1 of 3 annotations"
    panel.tag_filter.setCurrentIndex(0)  # All tags
    quote_word = window.session.documents["left"].statements[5].text.split()[3]
    panel.search.setText(quote_word)  # a word of a quote
    assert any(window.session.annotation(i).note == "hedged verb" for i in annotation_ids(panel))
    panel.search.clear()
    assert len(annotation_ids(panel)) == 3


def test_clicking_an_annotation_goes_to_it(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window(size=(1100, 520))
    answer_annotation(monkeypatch)
    last = len(window.session.documents["right"].statements) - 1
    window.view.select_statement("right", last)
    window.annotating.annotate()
    window.view.clear_selection()
    right = window.panes["right"].view
    right.verticalScrollBar().setValue(0)
    assert not right.is_visible(last)
    panel = window.annotating.panel
    item = panel.tree.topLevelItem(0)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.tree.visualItemRect(item).center())
    assert window.view.selection.statements["right"] == {last}
    assert window.view.selection.primary == ("right", last)
    qtbot.waitUntil(lambda: right.is_visible(last, margin=2), timeout=3000)


def test_double_click_edits_and_delete_key_deletes(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    annotate_three(window, monkeypatch)
    panel = window.annotating.panel
    first = annotation_ids(panel)[0]
    answer_annotation(monkeypatch, tag="added-claim", note="changed")
    point = panel.tree.visualItemRect(panel.tree.topLevelItem(0)).center()
    # Qt's item views take a double click only on the item pressed just before, as with a real mouse.
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert (window.session.annotation(first).tag, window.session.annotation(first).note) == ("added-claim",
                                                                                            "changed")
    panel.select(first)
    assert window.actions_by_id["delete_annotation"].isEnabled()
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert window.session.annotation(first) is None and len(window.session.annotations) == 2


# ------------------------------------------------------------------------------------------- undo and redo


def test_annotate_edit_delete_then_undo_and_redo(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    undo, redo = window.actions_by_id["undo"], window.actions_by_id["redo"]
    assert not undo.isEnabled()
    answer_annotation(monkeypatch, tag="omission", note="v1")
    window.view.select_statement("left", 2)
    window.annotating.annotate()
    (created,) = window.session.annotations
    assert undo.text() == "&Undo Annotate statement"
    answer_annotation(monkeypatch, tag="softened", note="v2")
    window.annotating.edit_annotation(created.id)
    assert undo.text() == "&Undo Edit statement annotation"
    window.annotating.delete_annotation(created.id)
    assert window.session.annotations == [] and undo.text() == "&Undo Delete statement annotation"

    window.activateWindow()
    qtbot.keyClick(window.panes["left"].view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the deletion
    assert [(a.tag, a.note) for a in window.session.annotations] == [("softened", "v2")]
    window.undo()  # the edit
    assert [(a.tag, a.note) for a in window.session.annotations] == [("omission", "v1")]
    assert marks(window, "left")[0][2] == QColor("#E69F00").name()  # redrawn in the old tag's colour
    window.undo()  # the annotation
    assert window.session.annotations == [] and marks(window, "left") == []
    assert not window.isWindowModified()  # back where it was saved (here: opened)
    assert redo.text() == "&Redo Annotate statement"
    window.redo()
    qtbot.keyClick(window.panes["left"].view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [(a.id, a.tag, a.note) for a in window.session.annotations] == [(created.id, "softened", "v2")]
    assert annotation_ids(window.annotating.panel) == [created.id]
    assert redo.text() == "&Redo Delete statement annotation" and window.isWindowModified()


def test_link_and_unlink_are_undone_and_redone(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    index = window.view.index
    before = [(tuple(k.left), tuple(k.right)) for k in index.links]
    lonely_left = index.status["left"].index("one_sided")
    lonely_right = index.status["right"].index("one_sided")
    window.view.select_statement("left", lonely_left)
    window.view.select_statement("right", lonely_right, additive=True)
    window.view.link_selected()
    assert window.view.index.counterparts("left", lonely_left) == [lonely_right]
    assert window.actions_by_id["undo"].text() == "&Undo Link"
    linked = next(n for n, k in enumerate(window.view.index.links) if k.status == "agree" and len(k.left) == 1
                  and not k.manual)
    agree_left = window.view.index.links[linked].left[0]
    window.view.select_statement("left", agree_left)
    window.view.unlink_selected()
    assert window.view.index.status["left"][agree_left] == "one_sided"
    assert len(window.session.corrections) == 2

    window.undo()
    assert window.view.index.status["left"][agree_left] != "one_sided"
    window.undo()
    assert [(tuple(k.left), tuple(k.right)) for k in window.view.index.links] == before
    assert window.session.corrections == [] and not window.isWindowModified()
    window.redo()
    assert window.view.index.counterparts("left", lonely_left) == [lonely_right]
    # After a re-alignment in between, an undo aligns again without the correction.
    with qtbot.waitSignal(window.reading.comparison_shown, timeout=WAIT_MS):
        window.reading.realign()
    with qtbot.waitSignal(window.reading.comparison_shown, timeout=WAIT_MS):
        window.undo()
    assert [(tuple(k.left), tuple(k.right)) for k in window.view.index.links] == before


# ------------------------------------------------------------------------------------------- codebook


def test_the_codebook_is_edited_and_an_in_use_tag_moves_its_annotations(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    annotate_three(window, monkeypatch)
    added: dict[str, str] = {}

    def exec_(dialog: CodebookDialog) -> QDialog.DialogCode:
        tag = dialog.add_tag("Tone shift", "#117733")
        assert tag is not None
        added["id"] = tag.id
        assert dialog.add_tag("tone SHIFT") is None and "already" in dialog.problem.text()
        assert dialog.rename_tag("softened", "Softened or hedged")
        dialog.recolour_tag("translation", "#332288")
        assert not dialog.delete_tag("omission")  # in use: needs a tag to move to
        assert dialog.delete_tag("omission", move_to=tag.id)
        assert dialog.delete_tag("number-date")  # not in use
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CodebookDialog, "exec", exec_)
    window.annotating.edit_codebook()
    session = window.session
    ids = [t.id for t in session.codebook]
    assert added["id"] == "tone-shift" and "omission" not in ids and "number-date" not in ids
    assert session.tag("softened").name == "Softened or hedged"
    assert session.tag("translation").colour == "#332288"
    assert sorted(a.tag for a in session.annotations) == ["softened", "tone-shift", "tone-shift"]
    assert window.annotating.panel.tag_filter.findData("tone-shift") > 0
    assert session.to_project().codebook == session.codebook
    window.undo()
    assert sorted(a.tag for a in session.annotations) == ["omission", "omission", "softened"]
    assert [t.id for t in session.codebook][0] == "omission"


def test_the_last_tag_cannot_be_deleted(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.core.annotations import Tag

    dialog = CodebookDialog([Tag("a", "A", "#000000")], {"a": 0})
    qtbot.addWidget(dialog)
    assert not dialog.delete_tag("a") and "at least one" in dialog.problem.text()
    assert not dialog.buttons["delete"].isEnabled()
