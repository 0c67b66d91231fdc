"""Find in the main window (a mixin of `MainWindow`): Ctrl+F opens the find bar, F3 / Shift+F3 go
through the matches of both readouts, which are highlighted in both panes; Escape closes the bar.

The matching itself (case and full/half width folded, offsets mapped back) is core/find.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.core.find import Finder, FindResults, Match
from desktop_app.core.model import SIDES
from desktop_app.gui.i18n import translate
from desktop_app.gui.widgets.find_bar import FindBar
from desktop_app.workspace.names import short_side

if TYPE_CHECKING:
    from desktop_app.gui.widgets.document_pane import DocumentPane
    from desktop_app.gui.widgets.scrollsync import ScrollSync
    from desktop_app.workspace.session import Session, Side

MAX_PREFILL = 80  # a selection longer than this is not what the user wants to look for


class FindMixin:
    """Needs the window's `panes`, `session`, `scroll_sync` and a central layout to put the bar in."""

    panes: dict[Side, DocumentPane]
    session: Session
    scroll_sync: ScrollSync
    reading_side: Side

    if TYPE_CHECKING:
        def unfold(self) -> None: ...  # noqa: E704 - the window's

    def _build_find(self) -> None:
        self.finder = Finder()
        self.find_results = FindResults()
        self.find_bar = FindBar()
        self.find_bar.query_changed.connect(lambda _: self._run_find(keep_place=False))
        self.find_bar.next_requested.connect(self.find_next)
        self.find_bar.previous_requested.connect(self.find_previous)
        self.find_bar.closed.connect(self._find_closed)
        layout = self.centralWidget().layout()  # type: ignore[attr-defined]
        layout.insertWidget(layout.indexOf(self.splitter) + 1, self.find_bar)  # type: ignore[attr-defined]

    # ------------------------------------------------------------------------------- actions

    def open_find(self) -> None:  # not `find`: QWidget.find is Qt's own (a window by its id)
        """Open the find bar, with the text selected in a readout (if short) as the query."""
        selected = ""
        for pane in self.panes.values():
            if pane.view.hasFocus() and pane.view.textCursor().hasSelection():
                selected = pane.view.textCursor().selectedText().replace("\u2029", " ").strip()
        self.find_bar.open_bar(selected if 0 < len(selected) <= MAX_PREFILL else "")
        self._run_find(keep_place=True)

    def find_next(self) -> None:
        self._step_find(+1)

    def find_previous(self) -> None:
        self._step_find(-1)

    def _step_find(self, direction: int) -> None:
        if not self.find_bar.isVisible() or not self.find_bar.query.strip():
            self.open_find()
            return
        match = self.find_results.step(direction)
        self._show_found()
        if match is not None:
            self._reveal_match(match)

    def _find_closed(self) -> None:
        self.find_results = FindResults()
        self._show_found()
        side = self.reading_side
        self.panes[side].view.setFocus()

    # ------------------------------------------------------------------------------- searching

    def _run_find(self, keep_place: bool) -> None:
        """Search both readouts for the bar's query and go to the first match from where the reader is
        (or stay on the current match when it is still there)."""
        if not self.find_bar.isVisible():
            return
        previous = self.find_results.current_match
        texts = {side: (document.text if document is not None else None)
                 for side, document in self.session.documents.items()}
        self.find_results = self.finder.find(self.find_bar.query, texts)
        results = self.find_results
        if keep_place and previous is not None and previous in results.matches:
            results.current = results.matches.index(previous)
            match: Match | None = previous
        else:
            side = self.reading_side
            view = self.panes[side].view
            top = view.cursorForPosition(view.viewport().rect().topLeft()).position()
            match = results.first_from(side, top) if results.matches else None
        self._show_found()
        if match is not None:
            self._reveal_match(match)

    def _refresh_find(self) -> None:
        """The readouts changed: find again in the new texts."""
        if hasattr(self, "find_bar") and self.find_bar.isVisible():
            self._run_find(keep_place=True)

    def _show_found(self) -> None:
        results = self.find_results
        current = results.current_match
        for side, pane in self.panes.items():
            spans = [(m.start, m.end) for m in results.on(side)]
            here = (current.start, current.end) if current is not None and current.side == side else None
            pane.show_found(spans, here)
        labels = {side: short_side(self.session, side) for side in self.panes}
        self.find_bar.show_count(self._count_text(results, labels), bool(results.matches))

    def _count_text(self, results: FindResults, labels: dict[Side, str]) -> str:
        """"3 of 12, KR 5 · CN 7", "No match", or "" (FindResults.describe, in the window's language)."""
        if not results.query.strip():
            return ""
        if not results.matches:
            return translate("FindMixin", "No match")
        where = " · ".join(f"{labels[side]} {results.count(side)}" for side in SIDES)
        if results.current is None:
            return translate("FindMixin", "{total} found, {where}").format(
                total=len(results.matches), where=where)
        return translate("FindMixin", "{number} of {total}, {where}").format(number=results.current + 1,
                                                               total=len(results.matches), where=where)

    def _reveal_match(self, match: Match) -> None:
        view = self.panes[match.side].view
        self.reading_side = match.side
        if view.folded_at(match.start):  # a match in folded text: unfold, so it can be seen
            self.unfold()
        if not view.range_visible(match.start, match.end):
            self.scroll_sync.move(match.side, view.centre_on_range(match.start, match.end))
