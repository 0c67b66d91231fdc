"""One side of the window: a header (pane_header.py) over the readout's text (readout_view.py), with the
overview ruler on its outer edge and, while there is no readout, the empty state (empty_state.py).

The pane turns what the window shows into formats: each statement tinted by its status, the selected
ones stronger, the find bar's matches, the annotations' marks. It owns no comparison logic.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QTextEdit, QVBoxLayout, QWidget

from desktop_app.core.model import Document
from desktop_app.gui.palette import ReadoutPalette, Status
from desktop_app.gui.widgets.annotation_marks import AnnotationMark
from desktop_app.gui.widgets.empty_state import EmptyState
from desktop_app.gui.widgets.pane_header import PaneHeader
from desktop_app.gui.widgets.readout_highlighter import TextLayer
from desktop_app.gui.widgets.readout_view import ReadoutView
from desktop_app.gui.widgets.ruler import OverviewRuler
from desktop_app.workspace.session import Side
from desktop_app.workspace.text import QT_TRANSLATE_NOOP

EMPTY_HINT = QT_TRANSLATE_NOOP("DocumentPane", "Open a readout ({shortcut}), paste one from the clipboard, "
                                               "or "
                               "drop a file here.")  # shown through translate("DocumentPane", …)
# Matches of the find bar: every match amber, the current one orange (as browsers do), with dark text on
# both themes so that it stays readable.
FOUND_BACKGROUND, FOUND_CURRENT_BACKGROUND, FOUND_TEXT = "#ffe066", "#ff9632", "#1d1d1f"


@dataclass(frozen=True)
class StatementLook:
    """How one statement is drawn: its status, whether the filter keeps it, the words only it uses."""

    status: Status
    visible: bool
    differences: tuple[tuple[int, int], ...] = ()


class DocumentPane(QWidget):
    """Header and text of one side."""

    def __init__(self, side: Side, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.document: Document | None = None
        self.looks: list[StatementLook] | None = None
        self.selected: list[int] = []
        self.palette_used: ReadoutPalette | None = None
        self.header = PaneHeader()
        self.view = ReadoutView()
        self.view.setObjectName(f"{side}Readout")
        self.view.setAccessibleName(self.tr("Left readout") if side == "left" else self.tr("Right readout"))
        self.view.setAccessibleDescription(self.tr(
            "The text of the readout, its statements coloured by whether the other side agrees, differs or "
            "does not say it. Move the text cursor with the arrow keys; Enter selects the statement at the "
            "cursor and Ctrl+Enter adds it to the selection."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        # The overview ruler on the outer edge of each pane (the gutter is between the panes).
        self.ruler = OverviewRuler(self.view)
        self.ruler.setObjectName(f"{side}Ruler")
        self.ruler.scroll_requested.connect(self.view.verticalScrollBar().setValue)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        if side == "left":
            body.addWidget(self.ruler)
        body.addWidget(self.view, 1)
        if side != "left":
            body.addWidget(self.ruler)
        layout.addLayout(body, 1)
        self.found: list[tuple[int, int]] = []  # the find bar's matches on this side
        self.evidence: list[tuple[int, int]] = []  # what the selected link's verdict cites, on this side
        self.found_current: tuple[int, int] | None = None
        self.folded = False  # agreeing statements folded away (View ▸ Fold Agreeing Statements)
        self.empty = EmptyState(self.view)
        self.empty.setAccessibleName(self.tr("No left readout") if side == "left"
                                     else self.tr("No right readout"))
        self.view.installEventFilter(self)  # keeps the empty state over the whole text area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self.empty.setGeometry(self.view.rect())
        return super().eventFilter(watched, event)

    def set_empty_message(self, text: str) -> None:
        self.empty.message.setText(text)

    def show_document(self, document: Document | None, side_code: str) -> None:
        self.document = document
        self.header.show_document(document, side_code)
        self.found, self.found_current = [], None
        if document is None:
            self.view.show_text("", [])
        else:
            self.view.show_text(document.text, [(s.start, s.end) for s in document.statements])
        self.empty.setGeometry(self.view.rect())
        self.empty.setVisible(document is None)

    def show_found(self, spans: list[tuple[int, int]], current: tuple[int, int] | None) -> None:
        """Highlight the find bar's matches on this side, the current one stronger."""
        self.found, self.found_current = spans, current
        self._extra_selections()

    def paint(self, looks: list[StatementLook] | None, palette: ReadoutPalette) -> None:
        """Tint every statement by its look (None: not compared yet, so only boilerplate is marked)."""
        document = self.document
        self.looks = looks
        self.view.fold([look.status == "agree" for look in looks] if self.folded and looks else None)
        self.ruler.set_statuses([look.status for look in looks] if looks is not None else [], palette)
        if document is None:
            self.view.set_layers([])
            return
        dim = _format(foreground=palette.dim_text)
        boilerplate = _format(foreground=palette.dim_text, italic=True)
        statements: list[tuple[int, int, QTextCharFormat]] = []
        words: list[tuple[int, int, QTextCharFormat]] = []
        if looks is not None:
            tints = {status: _format(background=colour) for status, colour in palette.tint.items()}
            # Chinese and Korean statements run on without a space: every other one a shade stronger.
            alt_tints = {status: _format(background=colour) for status, colour in palette.tint_alt.items()}
            # Paraphrase makes most words of a pair differ: a light mark here, the strong one on selection.
            word_formats = {s: _format(background=colour) for s, colour in palette.word_tint.items()}
            for statement, look in zip(document.statements, looks, strict=True):
                shades = alt_tints if statement.index % 2 else tints
                tint = shades[look.status] if look.visible else dim
                statements.append((statement.start, statement.end, tint))
                if look.visible:
                    words.extend((start, end, word_formats[look.status]) for start, end in look.differences)
        spans = [(span.start, span.end, boilerplate) for span in document.boilerplate]
        self.view.set_layers([TextLayer(spans), TextLayer(statements), TextLayer(_flatten(words))])

    def mark_selected(self, selected: list[int], palette: ReadoutPalette,
                      evidence: list[tuple[int, int]] | None = None) -> None:
        """A strong tint on the selected statements, their differing words underlined, and the words the
        selected link's verdict cites in bold with a dotted underline (extra selections: the text's own
        formats stay as they are)."""
        self.selected, self.palette_used, self.evidence = selected, palette, evidence or []
        self._extra_selections()

    def show_annotations(self, marks: list[AnnotationMark]) -> None:
        self.view.set_marks(marks)
        self._extra_selections()

    def _extra_selections(self) -> None:
        document, looks, palette = self.document, self.looks, self.palette_used
        marks: list[QTextEdit.ExtraSelection] = []
        if document is not None and looks is not None and palette is not None:
            for index in self.selected:
                statement, look = document.statements[index], looks[index]
                marks.append(self._mark(statement.start, statement.end,
                                        _format(background=palette.selected_tint[look.status])))
                word = _format(background=palette.word_selected_tint[look.status],
                               underline=palette.word_underline)
                marks.extend(self._mark(start, end, word) for start, end in look.differences)
            cited = QTextCharFormat()
            cited.setFontWeight(QFont.Weight.Bold)
            cited.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            marks.extend(self._mark(start, end, cited) for start, end in self.evidence)
        if self.found:
            found = _format(foreground=QColor(FOUND_TEXT), background=QColor(FOUND_BACKGROUND))
            current = _format(foreground=QColor(FOUND_TEXT), background=QColor(FOUND_CURRENT_BACKGROUND))
            marks.extend(self._mark(start, end, current if (start, end) == self.found_current else found)
                         for start, end in self.found)
        self.view.setExtraSelections(marks)

    def _mark(self, start: int, end: int, char_format: QTextCharFormat) -> QTextEdit.ExtraSelection:
        mark = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        mark.cursor = cursor
        mark.format = char_format
        return mark


def _format(foreground: QColor | None = None, background: QColor | None = None,
            underline: QColor | None = None, italic: bool = False) -> QTextCharFormat:
    char_format = QTextCharFormat()
    if foreground is not None:
        char_format.setForeground(foreground)
    if background is not None:
        char_format.setBackground(background)
    if underline is not None:
        char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        char_format.setUnderlineColor(underline)
    if italic:
        char_format.setFontItalic(True)
    return char_format


def _flatten(ranges: list[tuple[int, int, QTextCharFormat]]) -> list[tuple[int, int, QTextCharFormat]]:
    """Overlapping ranges (a statement in two links) made non-overlapping: the first range wins."""
    result: list[tuple[int, int, QTextCharFormat]] = []
    for start, end, char_format in sorted(ranges, key=lambda r: (r[0], r[1])):
        if result and start < result[-1][1]:
            start = result[-1][1]
        if end > start:
            result.append((start, end, char_format))
    return result
