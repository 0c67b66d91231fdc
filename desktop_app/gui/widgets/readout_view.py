"""The read-only text of one readout, which knows where its statements are on screen (the gutter, the
ruler and the scroll synchronisation ask it), turns clicks and Enter into statement choices, and takes
dropped files.

The text is shown exactly as the engine read it (`Document.text`, as plain text: a readout is never
interpreted as HTML). Its tints come from readout_highlighter.py, the annotation bars and rules from
annotation_marks.py, folding agreeing paragraphs from folding.py.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
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
)
from PySide6.QtWidgets import QFrame, QTextEdit, QToolTip, QWidget

from desktop_app.gui.widgets.annotation_marks import (
    AnnotationMark,
    Bar,
    margin_bars,
    paint_marks,
    underline_rules,
)
from desktop_app.gui.widgets.folding import Fold, block_statements, fold_runs, hide_folded, make_room
from desktop_app.gui.widgets.readout_highlighter import ReadoutHighlighter, TextLayer
from desktop_app.workspace.navigation import statement_at


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
        self._bars: list[Bar] | None = None
        self._underlines: list[tuple[QRectF, QColor]] | None = None
        self.folds: list[Fold] = []  # folded paragraphs: first, last, statements in them
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

    def set_layers(self, layers: list[TextLayer]) -> None:
        self.highlighter.set_layers(layers)

    # ------------------------------------------------------------------------------- folding

    def fold(self, foldable: list[bool] | None) -> None:
        """Hide every paragraph whose statements are all foldable (the agreeing ones), leaving a one-line
        placeholder ("⋯ 3 agreeing statements") where each run of them was; None unfolds everything.
        A paragraph that also holds a difference stays whole."""
        runs = (fold_runs(block_statements(self.document(), self.starts, self.ends), foldable)
                if foldable is not None else [])
        if runs == self.folds:
            return
        document = self.document()
        hide_folded(document, runs)
        self.folds = runs
        self._fold_space(runs)
        document.markContentsDirty(0, document.characterCount())
        self._forget_extents()
        self.viewport().update()

    def _fold_space(self, runs: list[Fold]) -> None:
        """Room for each placeholder line, as tall as the font's."""
        self._spaced = make_room(self.document(), runs, self._spaced, self.fontMetrics().lineSpacing() * 1.6)

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
        if self._underlines is None:
            self._underlines = underline_rules(self.document(), self.marks)
        return self._underlines

    def bars(self) -> list[Bar]:
        if self._bars is None:
            self._bars = margin_bars(self.marks, self._extent)
        return self._bars

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self.folds:
            self._paint_placeholders()
        if not self.marks:
            return
        painter = QPainter(self.viewport())
        paint_marks(painter, self.bars(), self.underlines(), self.scroll_y, self.viewport().height())
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
