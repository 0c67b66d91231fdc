"""The comparison on screen and what the reader does in it: the panes' colours and marks, the connectors,
the outline, the status sentences; selecting statements and links, next/previous difference, jumping to
the counterpart, the filters, folding, and linking or unlinking by hand (through the undo stack).

What is selected and shown lives in the Qt-free workspace (`Selection`, `ViewState`, `ComparisonIndex`);
this draws it and turns the user's clicks and keys into changes of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QLabel

from desktop_app.gui import actions as action_table
from desktop_app.gui.commands import CorrectLinks
from desktop_app.gui.palette import ReadoutPalette
from desktop_app.gui.widgets.document_pane import StatementLook
from desktop_app.gui.widgets.gutter import Connector, EdgeMark, LinkGutter
from desktop_app.gui.widgets.outline import TopicOutline
from desktop_app.workspace.names import side_labels, side_phrase
from desktop_app.workspace.navigation import ALL, ComparisonIndex, Difference, Filter
from desktop_app.workspace.selection import (
    Selection,
    describe_selection,
    link_correction,
    selected_links,
    unlink_corrections,
)
from desktop_app.workspace.sentences import selection_details, statement_tooltip, summary_text
from desktop_app.workspace.session import SIDES, Session, Side, other
from desktop_app.workspace.text import engine_language
from desktop_app.workspace.view import ViewState, step

if TYPE_CHECKING:
    from desktop_app.core.compare.comparison import Comparison
    from desktop_app.gui.controllers.window import Window


class ViewController(QObject):
    """Draws the comparison and handles selection, navigation, filters, folding and link corrections."""

    def __init__(self, window: Window, gutter: LinkGutter, outline: TopicOutline, summary: QLabel,
                 palette: ReadoutPalette, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window
        self.gutter, self.outline, self.summary = gutter, outline, summary
        self.palette = palette  # the readout colours of the window's theme
        self.index: ComparisonIndex | None = None
        self.selection = Selection()
        self.state = ViewState()
        self.details = self._details_label()
        self.selection_state = self._selection_label()
        self.filter_combo = self._filter_combo()
        gutter.link_clicked.connect(self.select_link)
        outline.topic_activated.connect(self.filter_topic)

    def _details_label(self) -> QLabel:
        details = QLabel()
        details.setObjectName("linkDetails")
        details.setTextFormat(Qt.TextFormat.RichText)  # built with every readout text escaped
        details.setWordWrap(True)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        details.linkActivated.connect(self._details_link)
        details.setContentsMargins(10, 4, 10, 4)
        details.setMinimumHeight(details.fontMetrics().lineSpacing() * 2 + 8)
        details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return details

    def _selection_label(self) -> QLabel:
        label = QLabel("")
        label.setObjectName("selectionState")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setContentsMargins(10, 2, 10, 0)
        bold = label.font()
        bold.setBold(True)
        label.setFont(bold)
        label.hide()
        return label

    def _filter_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("filterCombo")
        combo.setMinimumContentsLength(28)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setToolTip(self.tr("What to show; the rest is dimmed (Ctrl+1, Ctrl+2, Ctrl+3)"))
        combo.activated.connect(self._filter_chosen)
        return combo

    # =============================================================================== the comparison

    def show_comparison(self, comparison: Comparison) -> None:
        """A new comparison (or new links): look it up once, keep what is still selectable, draw it."""
        self.index = ComparisonIndex(comparison)
        self.window.scroll_sync.index = self.index
        self._keep_valid_selection()
        self.fill_filter_combo()
        if self.state.filter.kind == "topic" and self.state.filter.topic not in comparison.topic_labels:
            self.state.filter = ALL
        self.render()

    def forget_comparison(self) -> None:
        """The readouts changed: nothing to look up until they are aligned again."""
        self.index = None
        self.window.scroll_sync.index = None

    def start_afresh(self) -> None:
        """Other readouts: nothing selected, everything shown, read from the left."""
        self.selection.clear()
        self.state.start_afresh()

    # =============================================================================== drawing

    def render(self) -> None:
        """Draw the current comparison (or its absence) in every view."""
        index, palette, session = self.index, self.palette, self.window.session
        for side, pane in self.window.panes.items():
            pane.header.set_side(session.side_codes[side])
            pane.paint(self._looks(index, side) if index is not None else None, palette)
        if index is None:
            self.outline.clear()
        else:
            self.outline.show_topics(index, side_labels(session), palette)
            self.outline.select_topic(self.state.filter.topic)
        self.render_selection()
        self.show_summary()
        self._update_filter_controls()

    def _looks(self, index: ComparisonIndex, side: Side) -> list[StatementLook]:
        document = self.window.session.documents[side]
        assert document is not None
        statements = document.statements
        differences: dict[int, list[tuple[int, int]]] = {}
        for link in index.links:
            for number in getattr(link, side):
                differences.setdefault(number, [])
            for start, end in link.differences[side]:
                for number in getattr(link, side):
                    if statements[number].start <= start < statements[number].end:
                        differences[number].append((start, end))
        shown = self.state.filter
        return [StatementLook(status, index.visible(side, i, shown), tuple(differences.get(i, ())))
                for i, status in enumerate(index.status[side])]

    def _evidence(self, links: set[int]) -> dict[Side, list[tuple[int, int]]]:
        """Where each readout says what the selected links' verdicts cite."""
        from desktop_app.core.compare.comparison import evidence

        cited: dict[Side, list[tuple[int, int]]] = {"left": [], "right": []}
        comparison = self.window.session.comparison
        if self.index is None or comparison is None:
            return cited
        for number in sorted(links):
            for side, spans in evidence(comparison, self.index.links[number]).items():
                cited[side].extend(spans)
        return cited

    def render_selection(self) -> None:
        index, palette, chosen_filter = self.index, self.palette, self.state.filter
        links = self.selected_links()
        cited = self._evidence(links)
        for side, pane in self.window.panes.items():
            pane.mark_selected(sorted(self.selection.statements[side]), palette, cited[side])
        if index is None:
            self.gutter.set_links([], {"left": [], "right": []})
        else:
            connectors = [Connector(n, tuple(link.left), tuple(link.right), link.status, n in links,
                                    not index.link_visible(n, chosen_filter))
                          for n, link in enumerate(index.links)]
            marks_by_side: dict[str, list[EdgeMark]] = {
                side: [EdgeMark(i, status, not index.visible(side, i, chosen_filter))
                       for i, status in enumerate(index.status[side])] for side in SIDES}
            self.gutter.set_links(connectors, marks_by_side)
        keys = {name: _keys(name) for name in ("link_selected", "next_difference", "previous_difference")}
        self.details.setText(selection_details(self.window.session, index, self.selection, keys))
        self._show_selection_state(links)
        self.window.update_actions()

    def _show_selection_state(self, links: set[int]) -> None:
        """Say what is selected and what Ctrl+L / Ctrl+U would do with it."""
        chosen = self.selection.statements
        linked = False
        if self.index is not None and links:
            covered = {side: {i for n in links for i in getattr(self.index.links[n], side)} for side in SIDES}
            linked = all(chosen[side] <= covered[side] for side in SIDES)
        text = describe_selection(chosen, side_labels(self.window.session), linked, _keys("link_selected"),
                                  _keys("unlink_selected")) if self.index is not None else ""
        self.selection_state.setText(text)
        self.selection_state.setVisible(bool(text))

    def show_summary(self) -> None:
        self.window.project.update_title()
        self.summary.setText(summary_text(self.window.session, self.index, self.state.filter))

    def describe_statement(self, side: Side, index: int) -> str:
        """A statement's tooltip: its status, speaker and stance, its link's reasons, its annotations."""
        session = self.window.session
        if self.index is None or session.documents[side] is None:
            return ""
        return statement_tooltip(session, self.index, side, index,
                                 self.window.annotating.annotation_lines(side, index))

    # =============================================================================== selection

    def selected_links(self) -> set[int]:
        return set(selected_links(self.index, self.selection)) if self.index is not None else set()

    def _keep_valid_selection(self) -> None:
        for side in SIDES:
            document = self.window.session.documents[side]
            count = len(document.statements) if document else 0
            self.selection.statements[side] = {i for i in self.selection.statements[side] if i < count}
        primary = self.selection.primary
        if primary is not None and primary[1] not in self.selection.statements[primary[0]]:
            self.selection.primary = None

    def select_statement(self, side: Side, index: int, additive: bool = False,
                         reveal_counterpart: bool = True) -> None:
        """Select a statement and its counterparts (Ctrl: add or remove just this one)."""
        if self.index is None:
            return
        if additive:
            chosen = self.selection.statements[side]
            self.selection.link = None
            if index >= 0:
                chosen.symmetric_difference_update({index})
                self.selection.primary = (side, index) if index in chosen else None
            self.render_selection()
            return
        self.selection.clear()
        if index >= 0:
            self.selection.primary = (side, index)
            self.selection.statements[side].add(index)
            self.window.panes[side].view.place_caret(index)  # Enter / Ctrl+Enter act from here
            for number in self.index.links_of[side][index]:
                for member_side, members in self.index.link_members(number).items():
                    self.selection.statements[member_side].update(members)
        self.render_selection()
        if index >= 0 and reveal_counterpart:
            self._reveal_counterparts(side, index)

    def statement_clicked(self, side: Side, index: int, additive: bool) -> None:
        if index >= 0:
            self.state.reading_side = side  # next/previous difference follow this side's reading order
        self.select_statement(side, index, additive)

    def select_link(self, number: int) -> None:
        if self.index is None:
            return
        members = self.index.link_members(number)
        self.selection.clear()
        for side in SIDES:
            self.selection.statements[side].update(members[side])
        self.selection.primary = ("left", members["left"][0])
        self.selection.link = number
        self.render_selection()

    def clear_selection(self) -> None:
        self.selection.clear()
        self.render_selection()

    def _reveal_counterparts(self, side: Side, index: int) -> None:
        """Bring the counterparts of a statement into view in the other pane, unless one already is."""
        assert self.index is not None
        partners = self.index.counterparts(side, index)
        far = self.window.panes[other(side)].view
        if partners and not any(far.is_visible(p) for p in partners):
            self.window.scroll_sync.move(other(side), far.centre_on(partners[0]))

    def reveal(self, side: Side, index: int) -> None:
        view = self.window.panes[side].view
        if not view.is_visible(index):
            self.window.scroll_sync.move(side, view.centre_on(index))

    # =============================================================================== navigation

    def _stops(self, index: ComparisonIndex, side: Side) -> list[tuple[float, Difference]]:
        return [(index.position_of(side, stop.side, stop.index), stop) for stop in index.differences(side)
                if index.visible(stop.side, stop.index, self.state.filter)]

    def _current_position(self, index: ComparisonIndex, side: Side) -> float:
        if self.selection.primary is not None:
            primary_side, number = self.selection.primary
            return index.position_of(side, primary_side, number)
        view = self.window.panes[side].view
        top = view.statement_at_y(view.scroll_y)
        return (top if top is not None else 0) - 0.75  # nothing selected: start from what is in view

    def next_difference(self) -> None:
        self._step_difference(+1)

    def previous_difference(self) -> None:
        self._step_difference(-1)

    def _step_difference(self, direction: int) -> None:
        index = self.index
        if index is None:
            return
        side = self.state.reading_side
        target = step(self._stops(index, side), self._current_position(index, side), self.selection.primary,
                      side, direction)
        if target is None:
            self.window.statusBar().showMessage(
                self.tr("No further difference") if direction > 0 else self.tr("No earlier difference"), 3000)
            return
        self.select_statement(target.side, target.index, reveal_counterpart=False)
        self.reveal(target.side, target.index)
        self._reveal_counterparts(target.side, target.index)

    def jump_counterpart(self) -> None:
        status = self.window.statusBar()
        if self.index is None or self.selection.primary is None:
            status.showMessage(self.tr("Select a statement first"), 3000)
            return
        side, number = self.selection.primary
        partners = self.index.counterparts(side, number)
        if not partners:
            status.showMessage(self.tr("Only the {side} says this").format(
                side=side_phrase(self.window.session, side)), 3000)
            return
        far = other(side)
        self.selection.primary = (far, partners[0])
        self.state.reading_side = far
        self.render_selection()
        view = self.window.panes[far].view
        self.window.scroll_sync.move(far, view.centre_on(partners[0]))
        view.place_caret(partners[0])
        view.setFocus()

    # =============================================================================== filters

    def filter_all(self) -> None:
        self.set_filter(ALL)

    def filter_differences(self) -> None:
        self.set_filter(Filter("differences"))

    def filter_one_sided(self) -> None:
        self.set_filter(Filter("one_sided"))

    def filter_topic(self, topic: str) -> None:
        """Show one topic and go to its first statement."""
        self.set_filter(Filter("topic", topic))
        if self.index is not None:
            first = self.index.first_visible(self.state.filter)
            if first is not None:
                self.select_statement(*first, reveal_counterpart=False)
                self.reveal(*first)
                self._reveal_counterparts(*first)

    def set_filter(self, view: Filter) -> None:
        self.state.filter = view
        self.render()

    def fill_filter_combo(self) -> None:
        combo = self.filter_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All statements"), ALL)
        combo.addItem(self.tr("Differences"), Filter("differences"))
        combo.addItem(self.tr("One-sided statements"), Filter("one_sided"))
        if self.index is not None:
            combo.insertSeparator(combo.count())
            labels = self.index.comparison.labels_in(engine_language())
            for coverage in self.index.comparison.coverage():
                label = labels.get(coverage.topic, coverage.label)
                combo.addItem(self.tr("Topic: {label}").format(label=label), Filter("topic", coverage.topic))
        combo.blockSignals(False)
        self._update_filter_controls()

    def _filter_chosen(self, row: int) -> None:
        view = self.filter_combo.itemData(row)
        if isinstance(view, Filter):
            if view.kind == "topic" and view.topic:
                self.filter_topic(view.topic)
            else:
                self.set_filter(view)

    def _update_filter_controls(self) -> None:
        for kind in ("all", "differences", "one_sided"):
            self.window.actions_by_id[f"filter_{kind}"].setChecked(self.state.filter.kind == kind)
        combo = self.filter_combo
        for row in range(combo.count()):
            if combo.itemData(row) == self.state.filter:
                combo.blockSignals(True)
                combo.setCurrentIndex(row)
                combo.blockSignals(False)
                break

    # =============================================================================== folding

    def fold_agreeing(self) -> None:
        """Fold the agreeing statements away, or bring them back (the menu item's check says which)."""
        folded = self.window.actions_by_id["fold_agreeing"].isChecked()
        for pane in self.window.panes.values():
            pane.folded = folded
        self.render()
        self.gutter.update()

    def unfold(self) -> None:
        """Bring the folded statements back (find does, when its match is in them)."""
        fold = self.window.actions_by_id["fold_agreeing"]
        if fold.isChecked():
            fold.setChecked(False)
            self.fold_agreeing()

    # =============================================================================== corrections

    def link_selected(self) -> None:
        correction = link_correction(self.selection)
        if self.index is None or correction is None:
            self.window.statusBar().showMessage(
                self.tr("Select statements on both sides (Ctrl+click) to link them"), 4000)
            return
        self.window.undo_stack.push(CorrectLinks(self, [correction], self.tr("Link")))

    def unlink_selected(self) -> None:
        status = self.window.statusBar()
        if self.index is None or not self.selection:
            status.showMessage(self.tr("Select a linked statement to unlink it"), 4000)
            return
        corrections = unlink_corrections(self.index, self.selection)
        if not corrections:
            status.showMessage(self.tr("The selected statements are not linked"), 4000)
            return
        self.window.undo_stack.push(CorrectLinks(self, corrections, self.tr("Unlink")))

    def _details_link(self, target: str) -> None:
        """"Link them" under a one-sided statement: link it to the closest statement, as Ctrl+L would."""
        kind, side, number, partner = target.split(":")
        if kind != "link" or self.index is None:
            return
        from desktop_app.core.compare.corrections import Correction

        left, right = (int(number), int(partner)) if side == "left" else (int(partner), int(number))
        self.window.undo_stack.push(
            CorrectLinks(self, [Correction("link", (left,), (right,))], self.tr("Link")))

    @property
    def session(self) -> Session:  # what the link commands correct
        return self.window.session

    def links_changed(self, restored: bool) -> None:
        """A link or unlink was applied or taken back: redraw, or (after a re-alignment in between) align
        again without it."""
        if restored:
            self.window.reading.comparison_ready()
        else:
            self.window.reading.request_alignment()


def _keys(action_id: str) -> str:
    return action_table.shortcut_text(action_table.spec(action_id))
