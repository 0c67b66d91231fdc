"""Find in the main window: Ctrl+F opens the find bar, F3 / Shift+F3 go
through the matches of both readouts, which are highlighted in both panes; Escape closes the bar.

The matching itself (case and full/half width folded, offsets mapped back) is core/find.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop_app.core.find import Finder, FindResults, Match
from desktop_app.core.model import SIDES
from desktop_app.gui.widgets.find_bar import FindBar
from desktop_app.workspace.names import short_side

if TYPE_CHECKING:
    from desktop_app.gui.controllers.window import Window
    from desktop_app.workspace.session import Side

MAX_PREFILL = 80  # a selection longer than this is not what the user wants to look for


class FindController(QObject):
    """The find bar (the window puts it under the panes) and the matches in both readouts."""

    def __init__(self, window: Window, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window
        self.finder = Finder()
        self.results = FindResults()
        self.bar = FindBar()
        self.bar.query_changed.connect(lambda _: self._run_find(keep_place=False))
        self.bar.next_requested.connect(self.find_next)
        self.bar.previous_requested.connect(self.find_previous)
        self.bar.closed.connect(self._find_closed)

    # ------------------------------------------------------------------------------- actions

    def open_find(self) -> None:
        """Open the find bar, with the text selected in a readout (if short) as the query."""
        selected = ""
        for pane in self.window.panes.values():
            if pane.view.hasFocus() and pane.view.textCursor().hasSelection():
                selected = pane.view.textCursor().selectedText().replace("\u2029", " ").strip()
        self.bar.open_bar(selected if 0 < len(selected) <= MAX_PREFILL else "")
        self._run_find(keep_place=True)

    def find_next(self) -> None:
        self._step_find(+1)

    def find_previous(self) -> None:
        self._step_find(-1)

    def _step_find(self, direction: int) -> None:
        if not self.bar.isVisible() or not self.bar.query.strip():
            self.open_find()
            return
        match = self.results.step(direction)
        self._show_found()
        if match is not None:
            self._reveal_match(match)

    def _find_closed(self) -> None:
        self.results = FindResults()
        self._show_found()
        side = self.window.view.state.reading_side
        self.window.panes[side].view.setFocus()

    # ------------------------------------------------------------------------------- searching

    def _run_find(self, keep_place: bool) -> None:
        """Search both readouts for the bar's query and go to the first match from where the reader is
        (or stay on the current match when it is still there)."""
        if not self.bar.isVisible():
            return
        previous = self.results.current_match
        texts = {side: (document.text if document is not None else None)
                 for side, document in self.window.session.documents.items()}
        self.results = self.finder.find(self.bar.query, texts)
        results = self.results
        if keep_place and previous is not None and previous in results.matches:
            results.current = results.matches.index(previous)
            match: Match | None = previous
        else:
            side = self.window.view.state.reading_side
            view = self.window.panes[side].view
            top = view.cursorForPosition(view.viewport().rect().topLeft()).position()
            match = results.first_from(side, top) if results.matches else None
        self._show_found()
        if match is not None:
            self._reveal_match(match)

    def refresh(self) -> None:
        """The readouts changed: find again in the new texts."""
        if self.bar.isVisible():
            self._run_find(keep_place=True)

    def _show_found(self) -> None:
        results = self.results
        current = results.current_match
        for side, pane in self.window.panes.items():
            spans = [(m.start, m.end) for m in results.on(side)]
            here = (current.start, current.end) if current is not None and current.side == side else None
            pane.show_found(spans, here)
        labels = {side: short_side(self.window.session, side) for side in self.window.panes}
        self.bar.show_count(self._count_text(results, labels), bool(results.matches))

    def _count_text(self, results: FindResults, labels: dict[Side, str]) -> str:
        """"3 of 12, KR 5 · CN 7", "No match", or "" (FindResults.describe, in the window's language)."""
        if not results.query.strip():
            return ""
        if not results.matches:
            return self.tr("No match")
        where = " · ".join(f"{labels[side]} {results.count(side)}" for side in SIDES)
        if results.current is None:
            return self.tr("{total} found, {where}").format(
                total=len(results.matches), where=where)
        return self.tr("{number} of {total}, {where}").format(
            number=results.current + 1, total=len(results.matches), where=where)

    def _reveal_match(self, match: Match) -> None:
        view = self.window.panes[match.side].view
        self.window.view.state.reading_side = match.side
        if view.folded_at(match.start):  # a match in folded text: unfold, so it can be seen
            self.window.view.unfold()
        if not view.range_visible(match.start, match.end):
            self.window.scroll_sync.move(match.side, view.centre_on_range(match.start, match.end))
