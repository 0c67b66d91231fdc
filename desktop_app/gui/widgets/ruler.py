"""The overview ruler beside a pane: a thin strip on which the whole readout is drawn to scale, with a
mark where each differing (orange) or one-sided (purple) statement is and the part in view outlined.
A click (or a drag) on it scrolls the pane there. The marks come from `overview`."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QTextEdit, QWidget

from desktop_app.gui.palette import ReadoutPalette
from desktop_app.workspace.overview import RulerMark, ruler_marks, scroll_for, visible_band

RULER_WIDTH = 14
PAD = 2  # above and below the drawing, so the outline of the view shows at the ends


class OverviewRuler(QWidget):
    """The location strip of one readout view."""

    scroll_requested = Signal(int)  # the scroll value the click asks for

    def __init__(self, view: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.statuses: list[str] = []
        self.palette_used: ReadoutPalette | None = None
        self._marks_sources: tuple[list[tuple[float, float]], list[str], float, float] | None = None
        self._marks: list[RulerMark] = []
        self.setFixedWidth(RULER_WIDTH)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Where the differences (orange) and one-sided statements (purple) are in the "
                                "whole readout; the outlined part is in view. Click to go there."))
        self.setAccessibleName(self.tr("Overview ruler"))
        self.setAccessibleDescription(self.tr("Marks where differing and one-sided statements are in the "
                                              "readout; click to scroll there"))
        bar = view.verticalScrollBar()
        bar.valueChanged.connect(self.update)
        bar.rangeChanged.connect(self.update)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(RULER_WIDTH, 100)

    def set_statuses(self, statuses: list[str], palette: ReadoutPalette) -> None:
        self.statuses, self.palette_used = list(statuses), palette
        self.update()

    # ------------------------------------------------------------------------------- geometry

    def _height(self) -> float:
        return float(self.view.document().size().height())

    def _track(self) -> tuple[float, float]:
        """Top and height of the strip the readout is drawn on."""
        return PAD, max(1.0, self.height() - 2 * PAD)

    def marks(self) -> list[RulerMark]:
        extents = getattr(self.view, "extents", None)
        if not self.statuses or extents is None:
            return []
        _top, track = self._track()
        # Painted on every scroll step, but they change only with the layout, statuses or size (the
        # sources are held, not their ids, so that a new list can never pass for the old one).
        sources = (extents(), self.statuses, self._height(), track)
        kept = self._marks_sources
        if kept is None or kept[0] is not sources[0] or kept[1] is not sources[1] or kept[2:] != sources[2:]:
            self._marks_sources = sources
            self._marks = ruler_marks(sources[0], self.statuses, sources[2], join=1.0 / track)
        return self._marks

    def band(self) -> tuple[float, float]:
        return visible_band(self.view.verticalScrollBar().value(), self.view.viewport().height(),
                            self._height())

    # ------------------------------------------------------------------------------- drawing

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        palette = self.palette_used
        background = self.palette().color(self.backgroundRole())
        painter.fillRect(self.rect(), background)
        top, track = self._track()
        width = self.width()
        if palette is not None:
            for mark in self.marks():
                y = top + mark.start * track
                height = max(2.0, (mark.end - mark.start) * track)
                painter.fillRect(QRectF(2, y, width - 4, height), palette.line[mark.status])  # type: ignore[index]
        if self.view.document().characterCount() > 1:
            start, end = self.band()
            band = QRectF(0.5, top + start * track, width - 1.0, max(3.0, (end - start) * track))
            text = self.palette().color(self.foregroundRole())
            fill = QColor(text)
            fill.setAlphaF(0.10)
            painter.fillRect(band, fill)
            outline = QColor(text)
            outline.setAlphaF(0.65)
            painter.setPen(QPen(outline, 1))
            painter.drawRect(band)
        painter.end()

    # ------------------------------------------------------------------------------- mouse

    def fraction_at(self, y: float) -> float:
        top, track = self._track()
        return min(1.0, max(0.0, (y - top) / track))

    def scroll_value_at(self, y: float) -> int:
        bar = self.view.verticalScrollBar()
        return scroll_for(self.fraction_at(y), self.view.viewport().height(), self._height(), bar.maximum())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self.scroll_requested.emit(self.scroll_value_at(event.position().y()))
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.scroll_requested.emit(self.scroll_value_at(event.position().y()))
            event.accept()
            return
        super().mouseMoveEvent(event)
