"""The window's annotating: what can be annotated where the user is, the dialogs, the panel, the marks in
the panes. Every change goes through the undo stack (`commands.py`); the data lives in the `Session`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from desktop_app.core.annotations import (
    UNKNOWN_TAG_COLOUR,
    Annotation,
    annotate_link,
    annotate_statement,
    annotate_text,
    edited,
)
from desktop_app.gui.commands import AddAnnotation, DeleteAnnotation, EditAnnotation, EditCodebook
from desktop_app.gui.dialogs.annotation import AnnotationDialog, TargetChoice
from desktop_app.gui.dialogs.codebook import CodebookDialog
from desktop_app.gui.widgets.annotation_panel import AnnotationPanel, one_line
from desktop_app.gui.widgets.document_pane import AnnotationMark
from desktop_app.workspace.names import short_side
from desktop_app.workspace.session import SIDES, Side

if TYPE_CHECKING:
    from desktop_app.core.model import Document
    from desktop_app.gui.controllers.window import Window
    from desktop_app.workspace.session import Session

Factory = Callable[[str, str], Annotation]  # (tag, note) → a new annotation
MENU_ANNOTATIONS = 6  # existing annotations of a statement offered in its context menu


class AnnotatingController(QObject):
    """Annotations in the window: targets, dialogs, the panel and the marks in the panes."""

    # =============================================================================== building

    def __init__(self, window: Window, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = window
        self.dialog_parent = parent
        self.panel = AnnotationPanel()
        self.panel.annotation_activated.connect(self.show_annotation)
        self.panel.edit_requested.connect(self.edit_annotation)
        self.panel.delete_requested.connect(self.delete_annotation)
        self.panel.tree.itemSelectionChanged.connect(window.update_actions)
        for side, pane in window.panes.items():
            pane.view.context_requested.connect(
                lambda index, point, side=side: self._pane_context_menu(side, index, point))

    @property
    def session(self) -> Session:  # what the annotation commands change
        return self.window.session

    # =============================================================================== drawing

    def annotations_changed(self) -> None:
        """Annotations or the codebook changed: the panel and the marks in the panes follow."""
        self.panel.show_annotations(self.session.annotations, self.session.codebook, self.annotation_where)
        self.show_marks()
        self.window.update_actions()

    def show_marks(self) -> None:
        colours = {tag.id: QColor(tag.colour) for tag in self.session.codebook}
        for side, pane in self.window.panes.items():
            document = self.session.documents[side]
            length = len(document.text) if document is not None else 0
            marks = [AnnotationMark(anchor.start, anchor.end, colours.get(a.tag, QColor(UNKNOWN_TAG_COLOUR)),
                                    underline=a.target == "text")
                     for a in self.session.annotations if not a.orphaned
                     for anchor in a.anchors if anchor.side == side and anchor.end <= length]
            pane.show_annotations(marks)

    def annotation_where(self, annotation: Annotation) -> str:
        """"KR 3", "KR 3 ↔ CN 4, 5", "KR 7 (text)": the statements an annotation is on."""
        labels = {side: short_side(self.session, side) for side in SIDES}
        documents = self._documents()
        if documents is None or annotation.orphaned:
            return " ↔ ".join(dict.fromkeys(labels[a.side] for a in annotation.anchors))
        found = annotation.statements(documents)
        parts = [f"{labels[side]} {', '.join(str(i + 1) for i in found[side])}"
                 for side in SIDES if found[side]]
        where = " ↔ ".join(parts)
        if annotation.target == "text":
            return self.tr("{where} (text)").format(where=where)
        return where

    def _documents(self) -> dict[Side, Document] | None:
        left, right = self.session.documents["left"], self.session.documents["right"]
        return {"left": left, "right": right} if left is not None and right is not None else None

    def annotation_lines(self, side: Side, index: int) -> list[str]:
        """The annotations on a statement, for its tooltip."""
        no_note = self.tr("(no note)")
        return [f"{self.session.tag(a.tag).name}: {one_line(a.note, 120) or no_note}"
                for a in self.annotations_on(side, index)]

    def annotations_on(self, side: Side, index: int) -> list[Annotation]:
        document = self.session.documents[side]
        if document is None or index >= len(document.statements):
            return []
        statement = document.statements[index]
        return [a for a in self.session.annotations if not a.orphaned and any(
            anchor.side == side and anchor.start < statement.end and statement.start < anchor.end
            for anchor in a.anchors)]

    # =============================================================================== targets

    def annotation_targets(self) -> list[tuple[TargetChoice, Factory]]:
        """What Annotate can annotate now, the likeliest first: selected text, a selected link, the
        statement last clicked."""
        found: list[tuple[TargetChoice, Factory]] = []
        for side in SIDES:
            found.extend(self._text_target(side))
        if self.window.view.selection.link is not None:
            found.extend(self._link_target(self.window.view.selection.link))
        primary = self.window.view.selection.primary
        if primary is not None:
            found.extend(self._statement_target(*primary))
        for number in sorted(self.window.view.selected_links()):
            if number != self.window.view.selection.link:
                found.extend(self._link_target(number))
        return found

    def _text_target(self, side: Side) -> list[tuple[TargetChoice, Factory]]:
        document, chosen = self.session.documents[side], self.window.panes[side].view.selected_range()
        if document is None or chosen is None:
            return []
        start, end = chosen
        label = self.tr("Selected text in {side}").format(
            side=short_side(self.session, side))

        def make(tag: str, note: str) -> Annotation:
            return annotate_text(document, side, start, end, tag, note)

        return [(TargetChoice(f"text:{side}", label, document.text[start:end]), make)]

    def _statement_target(self, side: Side, index: int) -> list[tuple[TargetChoice, Factory]]:
        document = self.session.documents[side]
        if document is None or not 0 <= index < len(document.statements):
            return []
        label = self.tr("Statement {side} {number}").format(
            side=short_side(self.session, side), number=index + 1)

        def make(tag: str, note: str) -> Annotation:
            return annotate_statement(document, side, index, tag, note)

        return [(TargetChoice(f"statement:{side}:{index}", label, document.statements[index].text), make)]

    def _link_target(self, number: int) -> list[tuple[TargetChoice, Factory]]:
        documents, index = self._documents(), self.window.view.index
        if index is None or documents is None or not 0 <= number < len(index.links):
            return []
        link = index.links[number]
        left, right = list(link.left), list(link.right)
        label = self.tr("Link {members}").format(
            members=f"{short_side(self.session, 'left')} {', '.join(str(i + 1) for i in left)} ↔ "
                    f"{short_side(self.session, 'right')} {', '.join(str(j + 1) for j in right)}")
        quote = " ↔ ".join(" ".join(documents[side].statements[i].text for i in members)
                           for side, members in zip(SIDES, (left, right), strict=True))

        def make(tag: str, note: str) -> Annotation:
            return annotate_link(documents, left, right, tag, note)

        return [(TargetChoice(f"link:{left}:{right}", label, quote), make)]

    # =============================================================================== creating

    def annotate(self) -> None:
        targets = self.annotation_targets()
        if not targets:
            self.window.statusBar().showMessage(
                self.tr("Select a statement, a link or some text to annotate it"), 4000)
            return
        self._annotate(targets)

    def _annotate(self, targets: list[tuple[TargetChoice, Factory]]) -> Annotation | None:
        if not self.session.codebook:
            return None
        dialog = AnnotationDialog(self.session.codebook, [choice for choice, _ in targets],
                                  parent=self.dialog_parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        makers = {choice.key: make for choice, make in targets}
        annotation = makers[dialog.chosen_target()](dialog.tag_id(), dialog.note_text())
        self.window.undo_stack.push(AddAnnotation(self, annotation))
        self.window.reveal_annotations()
        self.panel.select(annotation.id)
        return annotation

    # =============================================================================== editing

    def _chosen_annotation(self, annotation_id: str | None) -> Annotation | None:
        chosen = annotation_id or self.panel.current_id()
        annotation = self.session.annotation(chosen) if chosen else None
        if annotation is None:
            self.window.statusBar().showMessage(
                self.tr("Choose an annotation in the Annotations panel first"), 4000)
        return annotation

    def edit_annotation(self, annotation_id: str | None = None) -> None:
        old = self._chosen_annotation(annotation_id)
        if old is None:
            return
        quote = " ↔ ".join(anchor.quote for anchor in old.anchors)
        kinds = {"statement": self.tr("Statement"),
                 "text": self.tr("Text"), "link": self.tr("Link")}
        label = f"{kinds.get(old.target, old.target)} {self.annotation_where(old)}"
        if old.orphaned:
            label += self.tr(" — orphaned: its quote is not in the current readout")
        dialog = AnnotationDialog(self.session.codebook, [TargetChoice(old.target, label, quote)], old.tag,
                                  old.note, editing=True, parent=self.dialog_parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if (dialog.tag_id(), dialog.note_text()) == (old.tag, old.note):
            return
        new = edited(old, dialog.tag_id(), dialog.note_text())
        self.window.undo_stack.push(EditAnnotation(self, old, new))

    def delete_annotation(self, annotation_id: str | None = None) -> None:
        annotation = self._chosen_annotation(annotation_id)
        if annotation is None:
            return
        self.window.undo_stack.push(DeleteAnnotation(self, annotation))
        keys = self.window.actions_by_id["undo"].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.window.statusBar().showMessage(
            self.tr("Annotation deleted ({keys} brings it back)").format(keys=keys),
            4000)

    def edit_codebook(self) -> None:
        dialog = CodebookDialog(self.session.codebook, self.session.tag_usage(), self.dialog_parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        tags, retag = dialog.result_codebook()
        if tags == self.session.codebook and not retag:
            return
        self.window.undo_stack.push(EditCodebook(self, self.session.codebook, tags, retag))

    # =============================================================================== going to one

    def show_annotation(self, annotation_id: str) -> None:
        """Select the statements an annotation is on, and scroll each pane to them."""
        annotation = self.session.annotation(annotation_id)
        documents = self._documents()
        if annotation is None or documents is None:
            return
        self.panel.select(annotation_id)
        if annotation.orphaned:
            self.window.statusBar().showMessage(self.tr(
                "This annotation is orphaned: its quote is not in the current readout, so it has no place "
                "to go to"), 5000)
            return
        found = annotation.statements(documents)
        self.window.view.selection.clear()
        for side in SIDES:
            self.window.view.selection.statements[side].update(found[side])
        first = next(((side, found[side][0]) for side in SIDES if found[side]), None)
        self.window.view.selection.primary = first
        self.window.view.render_selection()
        for side in SIDES:
            if found[side]:
                self.window.view.reveal(side, found[side][0])

    # =============================================================================== context menu

    def _pane_context_menu(self, side: Side, index: int, point: QPoint) -> None:
        menu = self.pane_context_menu(side, index)
        menu.exec(point)

    def pane_context_menu(self, side: Side, index: int) -> QMenu:
        """Annotate what is under the pointer (or selected), edit or delete its annotations, copy."""
        menu = QMenu(self.dialog_parent)
        if index >= 0 and index not in self.window.view.selection.statements[side]:
            self.window.view.select_statement(side, index, reveal_counterpart=False)
        text = self._text_target(side)
        if text:
            self._add_annotate_action(menu, self.tr("Annotate Selected &Text…"), text)
        if index >= 0:
            label = self.tr("Annotate &Statement {side} {number}…").format(
                side=short_side(self.session, side), number=index + 1)
            self._add_annotate_action(menu, label, self._statement_target(side, index))
            links = self.window.view.index
            for number in (links.links_of[side][index] if links is not None else []):
                target = self._link_target(number)
                if target:
                    what = self.tr("Annotate {what}…").format(what=target[0][0].label)
                    self._add_annotate_action(menu, what, target)
            existing = self.annotations_on(side, index)[:MENU_ANNOTATIONS]
            if existing:
                menu.addSeparator()
            for annotation in existing:
                note = one_line(annotation.note, 40) or self.tr("no note")
                name = f"{self.session.tag(annotation.tag).name}: {note}"
                menu.addAction(self.tr("Edit “{name}”…").format(name=name),
                               partial(self.edit_annotation, annotation.id))
                menu.addAction(self.tr("Delete “{name}”").format(name=name),
                               partial(self.delete_annotation, annotation.id))
        menu.addSeparator()
        view = self.window.panes[side].view
        copy = menu.addAction(self.tr("&Copy"), view.copy)
        copy.setEnabled(view.textCursor().hasSelection())
        menu.addAction(self.tr("Select &All"), view.selectAll)
        return menu

    def _add_annotate_action(self, menu: QMenu, text: str,
                             target: list[tuple[TargetChoice, Factory]]) -> None:
        action = menu.addAction(text, lambda: self._annotate(target))
        action.setIcon(self.window.actions_by_id["annotate"].icon())
