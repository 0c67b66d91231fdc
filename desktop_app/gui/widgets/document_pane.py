"""One side of the window: a header (file, language, date, side label) over the readout's text.

The text is shown exactly as the engine read it (`Document.text`, as plain text: a readout is never
interpreted as HTML), with each statement tinted by its status. The pane knows where each statement is
on screen, which the gutter and the scroll synchronisation ask for; it owns no comparison logic.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.model import LANGUAGE_NAMES, Document
from desktop_app.gui.i18n import translate
from desktop_app.gui.palette import ReadoutPalette, Status
from desktop_app.gui.widgets.layouts import clear_layout
from desktop_app.gui.widgets.ruler import OverviewRuler
from desktop_app.workspace.names import language_name, side_name
from desktop_app.workspace.navigation import statement_at
from desktop_app.workspace.session import SIDE_LABELS, Side
from desktop_app.workspace.text import QT_TRANSLATE_NOOP

EMPTY_HINT = QT_TRANSLATE_NOOP("DocumentPane", "Open a readout ({shortcut}), paste one from the clipboard, "
                                               "or "
                               "drop a file here.")  # shown through translate("DocumentPane", …)
# Matches of the find bar: every match amber, the current one orange (as browsers do), with dark text on
# both themes so that it stays readable.
FOUND_BACKGROUND, FOUND_CURRENT_BACKGROUND, FOUND_TEXT = "#ffe066", "#ff9632", "#1d1d1f"
# Annotation bars in the left margin of the text (the document margin is 12 px): up to three side by side.
BAR_X, BAR_WIDTH, BAR_STEP, BAR_SLOTS = 1.0, 3.0, 4.0, 3


@dataclass(frozen=True)
class AnnotationMark:
    """An annotated stretch of text: a bar in the margin in its tag's colour; a text annotation (rather
    than a whole statement or link) is also underlined in that colour."""

    start: int
    end: int
    colour: QColor
    underline: bool = False


@dataclass(frozen=True)
class StatementLook:
    """How one statement is drawn: its status, whether the filter keeps it, the words only it uses."""

    status: Status
    visible: bool
    differences: tuple[tuple[int, int], ...] = ()


class _Layer:
    """Non-overlapping character ranges, each with a format, searchable by position."""

    def __init__(self, ranges: list[tuple[int, int, QTextCharFormat]]) -> None:
        ranges = sorted(ranges, key=lambda r: r[0])
        self.ranges = ranges
        self.ends = [end for _, end, _ in ranges]

    def within(self, start: int, end: int) -> list[tuple[int, int, QTextCharFormat]]:
        found: list[tuple[int, int, QTextCharFormat]] = []
        k = bisect_right(self.ends, start)
        while k < len(self.ranges) and self.ranges[k][0] < end:
            found.append(self.ranges[k])
            k += 1
        return found


class ReadoutHighlighter(QSyntaxHighlighter):
    """Paints statement tints, dimmed boilerplate and differing words as layers, later over earlier.

    A syntax highlighter rather than formats written into the document: the text stays untouched,
    and a change of filter or palette costs one re-highlight rather than a re-layout of every edit.
    """

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.layers: list[_Layer] = []

    def set_layers(self, layers: list[_Layer]) -> None:
        self.layers = layers
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        start = self.currentBlock().position()
        end = start + len(text)
        for layer in self.layers:
            for range_start, range_end, char_format in layer.within(start, end):
                first, last = max(range_start, start), min(range_end, end)
                if last > first:
                    self.setFormat(first - start, last - first, char_format)


class ReadoutView(QTextEdit):
    """The read-only text of one readout, which knows where its statements are."""

    statement_clicked = Signal(int, bool)  # statement index (-1: none), additive (Ctrl held)
    files_dropped = Signal(list)  # [Path]
    context_requested = Signal(int, QPoint)  # statement index under the pointer (-1: none), global point

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)  # read-only text edits refuse drops on their viewport
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDocumentMargin(12)
        self.highlighter = ReadoutHighlighter(self.document())
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.describe: Callable[[int], str] | None = None  # tooltip text for a statement
        self._extents: list[tuple[float, float]] | None = None
        self._press: QPoint | None = None
        self.marks: list[AnnotationMark] = []
        self._bars: list[tuple[float, float, int, QColor]] | None = None
        self._underlines: list[tuple[QRectF, QColor]] | None = None
        self.folds: list[tuple[int, int, int]] = []  # folded paragraphs: first, last, statements in them
        self._spaced: set[int] = set()  # paragraphs given room for a placeholder
        self.document().documentLayout().documentSizeChanged.connect(self._forget_extents)

    # ------------------------------------------------------------------------------- content

    def show_text(self, text: str, statements: list[tuple[int, int]]) -> None:
        self.highlighter.layers = []
        self.folds, self._spaced = [], set()
        self.setPlainText(text)  # plain text: a readout's "<b>" stays "<b>"
        self.starts = [start for start, _ in statements]
        self.ends = [end for _, end in statements]
        self._forget_extents()

    def set_layers(self, layers: list[_Layer]) -> None:
        self.highlighter.set_layers(layers)

    # ------------------------------------------------------------------------------- folding

    def fold(self, foldable: list[bool] | None) -> None:
        """Hide every paragraph whose statements are all foldable (the agreeing ones), leaving a one-line
        placeholder ("⋯ 3 agreeing statements") where each run of them was; None unfolds everything.
        A paragraph that also holds a difference stays whole."""
        runs = fold_runs(self._block_statements(), foldable) if foldable is not None else []
        if runs == self.folds:
            return
        document = self.document()
        hidden = {number for first, last, _count in runs for number in range(first, last + 1)}
        block = document.begin()
        while block.isValid():
            visible = block.blockNumber() not in hidden
            if block.isVisible() != visible:
                block.setVisible(visible)
            block = block.next()
        self.folds = runs
        self._fold_space(runs)
        document.markContentsDirty(0, document.characterCount())
        self._forget_extents()
        self.viewport().update()

    def _block_statements(self) -> list[list[int] | None]:
        """Per paragraph (block), the statements with text in it; None for text that is no statement."""
        document = self.document()
        result: list[list[int] | None] = [[] for _ in range(document.blockCount())]
        for index, (start, end) in enumerate(zip(self.starts, self.ends, strict=True)):
            first = document.findBlock(start).blockNumber()
            last = document.findBlock(max(start, end - 1)).blockNumber()
            for number in range(max(first, 0), last + 1):
                result[number].append(index)  # type: ignore[union-attr]
        block = document.begin()
        while block.isValid():
            if not result[block.blockNumber()] and block.text().strip():
                result[block.blockNumber()] = None
            block = block.next()
        return result

    def _fold_space(self, runs: list[tuple[int, int, int]]) -> None:
        """Room for each placeholder line: a margin under the paragraph before the fold (above the one
        after it, for a fold at the very top)."""
        document = self.document()
        room = self.fontMetrics().lineSpacing() * 1.6
        wanted: dict[int, tuple[float, float]] = {}
        for first, last, _count in runs:
            if first > 0:
                top, bottom = wanted.get(first - 1, (0.0, 0.0))
                wanted[first - 1] = (top, room)
            elif last + 1 < document.blockCount():
                top, bottom = wanted.get(last + 1, (0.0, 0.0))
                wanted[last + 1] = (room, bottom)
        for number in set(self._spaced) | set(wanted):
            top, bottom = wanted.get(number, (0.0, 0.0))
            block = document.findBlockByNumber(number)
            block_format = block.blockFormat()
            if (block_format.topMargin(), block_format.bottomMargin()) == (top, bottom):
                continue
            block_format.setTopMargin(top)
            block_format.setBottomMargin(bottom)
            cursor = QTextCursor(block)
            cursor.setBlockFormat(block_format)
        self._spaced = set(wanted)

    def fold_placeholders(self) -> list[tuple[float, str]]:
        """Each placeholder's baseline height (document coordinates) and text."""
        document, layout = self.document(), self.document().documentLayout()
        line = self.fontMetrics().lineSpacing()
        places: list[tuple[float, str]] = []
        for first, _last, count in self.folds:
            text = (self.tr("⋯ 1 agreeing statement folded") if count == 1 else
                    self.tr("⋯ {count} agreeing statements folded").format(count=count))
            if first > 0:
                y = layout.blockBoundingRect(document.findBlockByNumber(first - 1)).bottom() - line * 0.45
            else:
                y = document.documentMargin() + line * 0.95
            places.append((y, text))
        return places

    def folded_at(self, position: int) -> bool:
        number = self.document().findBlock(position).blockNumber()
        return any(first <= number <= last for first, last, _count in self.folds)

    def _fold_y(self, position: int) -> float | None:
        """Where a position inside a folded paragraph is drawn: on its placeholder line."""
        number = self.document().findBlock(position).blockNumber()
        for (first, last, _count), (y, _text) in zip(self.folds, self.fold_placeholders(), strict=True):
            if first <= number <= last:
                return y - self.fontMetrics().ascent() / 2
        return None

    def setFont(self, font: QFont | str | Sequence[str]) -> None:  # noqa: N802 - Qt's name
        super().setFont(font)
        self.document().setDefaultFont(self.font())
        if self.folds:
            self._fold_space(self.folds)  # placeholder lines as tall as the new font's
        self._forget_extents()

    # ------------------------------------------------------------------------------- geometry

    def _forget_extents(self, *_: object) -> None:
        self._extents = None
        self._bars = None
        self._underlines = None

    # ------------------------------------------------------------------------------- annotation bars

    def set_marks(self, marks: list[AnnotationMark]) -> None:
        self.marks = marks
        self._bars = None
        self._underlines = None
        self.viewport().update()

    def underlines(self) -> list[tuple[QRectF, QColor]]:
        """Under each line of a text annotation, a 2 px rule in its tag's colour (document coordinates).

        Drawn by hand: a character format's underline is one thin pixel, lost on the status tints.
        """
        if self._underlines is None:
            self._underlines = [(rect, mark.colour) for mark in self.marks if mark.underline
                                for rect in self._line_rects(mark.start, mark.end)]
        return self._underlines

    def _line_rects(self, start: int, end: int) -> list[QRectF]:
        rects: list[QRectF] = []
        document = self.document()
        block = document.findBlock(start)
        while block.isValid() and block.position() < end:
            layout, origin = block.layout(), document.documentLayout().blockBoundingRect(block)
            for number in range(layout.lineCount() if layout is not None else 0):
                line = layout.lineAt(number)
                first = max(block.position() + line.textStart(), start) - block.position()
                last = min(block.position() + line.textStart() + line.textLength(), end) - block.position()
                if last <= first:
                    continue
                x1, x2 = _cursor_x(line, first), _cursor_x(line, last)
                y = origin.top() + line.y() + line.ascent() + max(1.0, line.descent() * 0.3)
                rects.append(QRectF(origin.left() + min(x1, x2), y, abs(x2 - x1), 2.0))
            block = block.next()
        return rects

    def bars(self) -> list[tuple[float, float, int, QColor]]:
        """Each mark's top and bottom (document coordinates), its slot in the margin and its colour.

        Overlapping marks take different slots, so two annotations on one statement both show.
        """
        if self._bars is None:
            bars: list[tuple[float, float, int, QColor]] = []
            ends: list[float] = []  # per slot, the bottom of the last bar in it
            for mark in sorted(self.marks, key=lambda m: (m.start, -m.end)):
                top, bottom = self._extent(mark.start, mark.end)
                slot = next((k for k, end in enumerate(ends) if end <= top), len(ends))
                if slot == len(ends):
                    ends.append(bottom)
                ends[slot] = bottom
                bars.append((top, bottom, min(slot, BAR_SLOTS - 1), mark.colour))
            self._bars = bars
        return self._bars

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self.folds:
            self._paint_placeholders()
        if not self.marks:
            return
        painter = QPainter(self.viewport())
        height, scroll = self.viewport().height(), self.scroll_y
        for top, bottom, slot, colour in self.bars():
            if bottom - scroll < 0 or top - scroll > height:
                continue
            painter.fillRect(QRectF(BAR_X + slot * BAR_STEP, top - scroll + 1, BAR_WIDTH,
                                    max(2.0, bottom - top - 2)), colour)
        for rect, colour in self.underlines():
            if -4 <= rect.top() - scroll <= height:
                painter.fillRect(rect.translated(0, -scroll), colour)
        painter.end()

    def _paint_placeholders(self) -> None:
        painter = QPainter(self.viewport())
        colour = QColor(self.palette().color(QPalette.ColorRole.Text))
        colour.setAlphaF(0.55)
        painter.setPen(colour)
        font = QFont(self.font())
        font.setItalic(True)
        painter.setFont(font)
        scroll, left = self.scroll_y, self.document().documentMargin()
        for y, text in self.fold_placeholders():
            if -20 <= y - scroll <= self.viewport().height() + 20:
                painter.drawText(QPointF(left, y - scroll), text)
        painter.end()

    def extents(self) -> list[tuple[float, float]]:
        """Each statement's top and bottom in document coordinates (cached until the layout changes)."""
        if self._extents is None:
            self._extents = [self._extent(s, e) for s, e in zip(self.starts, self.ends, strict=True)]
        return self._extents

    def _line_y(self, position: int, bottom: bool) -> float:
        document = self.document()
        block = document.findBlock(position)
        rect = document.documentLayout().blockBoundingRect(block)
        layout = block.layout()
        line = layout.lineForTextPosition(position - block.position()) if layout is not None else None
        if line is None or not line.isValid():
            return rect.bottom() if bottom else rect.top()
        return rect.top() + line.y() + (line.height() if bottom else 0.0)

    def _extent(self, start: int, end: int) -> tuple[float, float]:
        if self.folds:
            folded = self._fold_y(start)
            if folded is not None:
                return folded, folded + 1.0
        return self._line_y(start, bottom=False), self._line_y(max(start, end - 1), bottom=True)

    @property
    def scroll_y(self) -> int:
        return self.verticalScrollBar().value()

    def extent_in_viewport(self, index: int) -> tuple[float, float]:
        top, bottom = self.extents()[index]
        return top - self.scroll_y, bottom - self.scroll_y

    def statement_at_y(self, y_document: float) -> int | None:
        """The statement at a height in document coordinates, or the nearest one above it."""
        tops = [top for top, _ in self.extents()]
        k = bisect_right(tops, y_document) - 1
        return k if k >= 0 else (0 if tops else None)

    def is_visible(self, index: int, margin: float = 0.0) -> bool:
        top, bottom = self.extent_in_viewport(index)
        return top >= -margin and bottom <= self.viewport().height() + margin

    def centre_on(self, index: int) -> int:
        """The scroll value that shows the statement in the middle (its top, for a tall statement)."""
        top, bottom = self.extents()[index]
        height = self.viewport().height()
        target = top - max(height * 0.3, (height - (bottom - top)) / 2)
        bar = self.verticalScrollBar()
        return int(max(bar.minimum(), min(bar.maximum(), target)))

    def centre_on_range(self, start: int, end: int) -> int:
        """The scroll value that shows a stretch of text (a match of the find bar) in the middle."""
        top, bottom = self._extent(start, max(start + 1, end))
        height = self.viewport().height()
        bar = self.verticalScrollBar()
        target = top - max(height * 0.3, (height - (bottom - top)) / 2)
        return int(max(bar.minimum(), min(bar.maximum(), target)))

    def range_visible(self, start: int, end: int) -> bool:
        top, bottom = self._extent(start, max(start + 1, end))
        return top - self.scroll_y >= 0 and bottom - self.scroll_y <= self.viewport().height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self._forget_extents()
        super().resizeEvent(event)

    # ------------------------------------------------------------------------------- mouse

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._press = event.position().toPoint() if event.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or (event.position().toPoint() - press).manhattanLength() > 4:
            return  # a drag selects text to copy; only a click selects a statement
        if self.textCursor().hasSelection():
            self._clear_text_selection()
        index = self.statement_under(event.position().toPoint())
        additive = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self.statement_clicked.emit(-1 if index is None else index, additive)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter selects the statement at the text cursor (as a click does), Ctrl+Enter adds it to the
        selection (as Ctrl+click does): statements can be chosen, and linked, without a mouse."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = statement_at(self.starts, self.ends, self.textCursor().position())
            additive = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self.statement_clicked.emit(-1 if index is None else index, additive)
            event.accept()
            return
        super().keyPressEvent(event)

    def place_caret(self, index: int) -> None:
        """Put the text cursor at a statement's start (where Enter and Ctrl+Enter act), keeping the view."""
        if 0 <= index < len(self.starts) and not self.textCursor().hasSelection():
            bar = self.verticalScrollBar()
            value = bar.value()
            cursor = self.textCursor()
            cursor.setPosition(self.starts[index])
            self.setTextCursor(cursor)
            bar.setValue(value)  # the caller scrolls, smoothly and in step with the other pane

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        index = self.statement_under(event.pos())
        self.context_requested.emit(-1 if index is None else index, event.globalPos())
        event.accept()

    def selected_range(self) -> tuple[int, int] | None:
        """The text the user selected (with its surrounding spaces left out), if any."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        text = self.document().toPlainText()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def _clear_text_selection(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def statement_under(self, point: QPoint) -> int | None:
        cursor = self.cursorForPosition(point)
        index = statement_at(self.starts, self.ends, cursor.position())
        if index is None:
            return None
        top, bottom = self.extent_in_viewport(index)
        return index if top <= point.y() <= bottom else None

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ToolTip and self.describe is not None:
            point = event.pos()  # type: ignore[attr-defined]
            index = self.statement_under(point)
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe(index), self.viewport())  # type: ignore[attr-defined]
            return True
        return super().viewportEvent(event)

    # ------------------------------------------------------------------------------- drops

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if _local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        if _local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        files = _local_files(event)
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
        else:
            event.ignore()


def _local_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when it does not fit, with the whole text as its tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width()))


class PaneHeader(QFrame):
    """File name, language, date and place of a readout, and its side label (a combo the user may change)."""

    side_changed = Signal(str)  # "KR" / "CN" / "unknown"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paneHeader")
        self.name = QLabel(self.tr("No readout"))
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.name.font()
        bold.setBold(True)
        self.name.setFont(bold)
        self.details = ElidedLabel("")
        self.details.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # secondary text
        self.side = QComboBox()
        self.side.setToolTip(self.tr("Whose readout this is (guessed from the text; change it if the guess "
                                     "is wrong)"))
        self.side.setAccessibleName(self.tr("Side of this readout"))
        for code, label in SIDE_LABELS.items():
            self.side.addItem(side_name(label), code)
        self.side.currentIndexChanged.connect(lambda _: self.side_changed.emit(self.side.currentData()))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 6, 4)
        layout.setSpacing(8)
        layout.addWidget(self.name)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.side)

    def show_document(self, document: Document | None, side_code: str) -> None:
        if document is None:
            self.name.setText(self.tr("No readout"))
            self.details.set_full_text("")
            self.setToolTip("")
        else:
            self.name.setText(document.name)
            self.details.set_full_text(describe_document(document))
            self.setToolTip(document_tooltip(document))
        self.set_side(side_code)

    def set_side(self, side_code: str) -> None:
        self.side.blockSignals(True)  # a programmatic change is not the user's correction
        self.side.setCurrentIndex(max(0, self.side.findData(side_code)))
        self.side.blockSignals(False)


def describe_document(document: Document) -> str:
    meta = document.metadata
    languages = meta.languages or [meta.language]
    parts = [" + ".join(language_name(LANGUAGE_NAMES.get(code, code)) for code in languages)]
    if meta.date is not None:
        parts.append(meta.date.text)
    if meta.place:
        parts.append(meta.place)
    parts.append(translate("DocumentPane", "{count} statements").format(count=len(document.statements)))
    return " · ".join(parts)


def document_tooltip(document: Document) -> str:
    meta = document.metadata
    lines = [document.source or document.name]
    if meta.address and meta.fetched:
        lines.append(translate("DocumentPane", "Fetched from the web on {moment} UTC").format(
            moment=meta.fetched.replace("T", " ").removesuffix("Z")))
    if meta.title:
        lines.append(translate("DocumentPane", "Title: {title}").format(title=meta.title))
    if document.encoding:
        lines.append(translate("DocumentPane", "Read as {format}, {encoding}").format(
            format=document.format, encoding=document.encoding))
    if meta.participants:
        lines.append(translate("DocumentPane", "Participants: ") + ", ".join(meta.participants))
    if meta.side_evidence:
        lines.append(translate("DocumentPane", "Side guessed as {side} because it {evidence}").format(
            side=side_name(SIDE_LABELS[meta.side]), evidence="; ".join(meta.side_evidence)))
    lines.extend(translate("DocumentPane", "Note: {warning}").format(warning=warning)
                 for warning in document.warnings)
    return "\n".join(lines)


class EmptyState(QFrame):
    """What an empty pane offers: a sentence, and buttons to open or paste a readout (files may also be
    dropped on the pane)."""

    open_requested = Signal()
    paste_requested = Signal()
    project_requested = Signal(str)  # the path of a recent project

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.message = QLabel("")
        self.message.setObjectName("emptyMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_button = QPushButton(self.tr("Open Readout…"))
        self.open_button.setObjectName("emptyOpen")
        self.open_button.clicked.connect(lambda _checked=False: self.open_requested.emit())
        self.paste_button = QPushButton(self.tr("Paste Readout"))
        self.paste_button.setObjectName("emptyPaste")
        self.paste_button.setToolTip(self.tr("Use the text on the clipboard as this readout"))
        self.paste_button.clicked.connect(lambda _checked=False: self.paste_requested.emit())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.paste_button)
        buttons.addStretch(1)
        self.recent_title = QLabel(self.tr("Recent projects:"))
        self.recent_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recent = QVBoxLayout()  # one flat button per recent project: reachable with Tab
        self.recent.setSpacing(0)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(self.recent_title)
        layout.addLayout(self.recent)
        layout.addStretch(1)
        self.show_recent([])

    def show_recent(self, paths: list[str]) -> None:
        """Offer these recent projects (none: the list is hidden)."""
        clear_layout(self.recent)
        for path in paths:
            button = QPushButton(Path(path).name)
            button.setObjectName("emptyRecentProject")
            button.setFlat(True)
            button.setToolTip(path)
            button.clicked.connect(lambda _checked=False, path=path: self.project_requested.emit(path))
            self.recent.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.recent_title.setVisible(bool(paths))


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
        self.view.set_layers([_Layer(spans), _Layer(statements), _Layer(_flatten(words))])

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


def fold_runs(block_statements: list[list[int] | None],
              foldable: list[bool]) -> list[tuple[int, int, int]]:
    """The runs of paragraphs to fold: (first, last, number of statements in them). A paragraph folds
    when all its statements are foldable; a blank one (an empty list) folds inside a run; text that is no
    statement (None: a heading left out of the comparison) stays, and ends the run."""
    runs: list[tuple[int, int, int]] = []
    start: int | None = None
    last = -1
    folded: set[int] = set()
    for number, statements in enumerate(block_statements):
        if statements == []:
            continue
        if statements is not None and all(i < len(foldable) and foldable[i] for i in statements):
            if start is None:
                start, folded = number, set()
            folded.update(statements)
            last = number
            continue
        if start is not None:
            runs.append((start, last, len(folded)))
        start = None
    if start is not None:
        runs.append((start, last, len(folded)))
    return runs


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


def _cursor_x(line: object, position: int) -> float:
    """A text line's x at a position (PySide6 returns the x, or the x and the position)."""
    found = line.cursorToX(position)  # type: ignore[attr-defined]
    return float(found[0] if isinstance(found, tuple) else found)


def _flatten(ranges: list[tuple[int, int, QTextCharFormat]]) -> list[tuple[int, int, QTextCharFormat]]:
    """Overlapping ranges (a statement in two links) made non-overlapping: the first range wins."""
    result: list[tuple[int, int, QTextCharFormat]] = []
    for start, end, char_format in sorted(ranges, key=lambda r: (r[0], r[1])):
        if result and start < result[-1][1]:
            start = result[-1][1]
        if end > start:
            result.append((start, end, char_format))
    return result
