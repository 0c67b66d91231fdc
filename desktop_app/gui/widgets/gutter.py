"""The strip between the two panes that draws a connector for every link (like Meld's linkmap).

It asks the two views where each statement is and draws; it owns no comparison logic. Links may
cross, since the two sides order topics differently, and a link joining several statements on one
side is drawn as a fan of bands, one per run of neighbouring statements.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.gui.palette import ReadoutPalette, Status, readout_palette
from desktop_app.gui.widgets.readout_view import ReadoutView

EDGE = 5  # width of the status marks along each edge, in pixels
OVERSHOOT = 80  # how far beyond the visible texts a connector to an unseen statement is drawn


@dataclass(frozen=True)
class Connector:
    """What the gutter draws for one link."""

    number: int  # the link's index in comparison.links
    left: tuple[int, ...]
    right: tuple[int, ...]
    status: Status
    emphasised: bool = False  # the selected link
    faded: bool = False  # left out by the filter


@dataclass(frozen=True)
class EdgeMark:
    """A statement's status along the gutter's edge on its side."""

    index: int
    status: Status
    faded: bool = False


def runs(indexes: tuple[int, ...]) -> list[tuple[int, int]]:
    """Consecutive statement indexes as (first, last) runs: [1, 2, 3, 7] → [(1, 3), (7, 7)]."""
    result: list[tuple[int, int]] = []
    for index in sorted(indexes):
        if result and index == result[-1][1] + 1:
            result[-1] = (result[-1][0], index)
        else:
            result.append((index, index))
    return result


class LinkGutter(QWidget):
    """Bézier bands between the statements of each link; clicking a band selects its link."""

    link_clicked = Signal(int)

    def __init__(self, left: ReadoutView, right: ReadoutView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left_view = left
        self.right_view = right
        self.connectors: list[Connector] = []
        self.marks: dict[str, list[EdgeMark]] = {"left": [], "right": []}
        self.palette_ = readout_palette(False)
        self._hit_paths: list[tuple[int, QPainterPath]] = []
        self._runs: list[tuple[list[tuple[int, int]], list[tuple[int, int]]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(48)
        self.setMouseTracking(False)
        self.setToolTip(self.tr("Links between the two readouts: click a band to select its link"))
        # Custom-painted, so a screen reader learns only from these what the bands between the panes are.
        self.setAccessibleName(self.tr("Links between the readouts"))
        self.setAccessibleDescription(self.tr(
            "Bands join each statement of the left readout to the statements of the right readout that "
            "report "
            "the same point: green where the two sides agree, orange where they differ; marks on the edges "
            "show statements only one side has. Use Next and Previous Difference (Alt+Down, Alt+Up) and Jump "
            "to Counterpart (Ctrl+J) to move along the links with the keyboard."))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(84, 400)

    def set_links(self, connectors: list[Connector], marks: dict[str, list[EdgeMark]]) -> None:
        # The selected link is drawn last, on top of the bands it crosses.
        self.connectors = sorted(connectors, key=lambda c: (c.emphasised, not c.faded))
        self._runs = [(runs(c.left), runs(c.right)) for c in self.connectors]
        self.marks = marks
        self.update()

    def set_palette(self, palette: ReadoutPalette) -> None:
        self.palette_ = palette
        self.update()

    # ------------------------------------------------------------------------------- geometry

    def _shift(self, view: ReadoutView) -> float:
        """What to add to a document-coordinate height in the view to get one in this widget."""
        viewport = view.viewport()
        offset = (viewport.mapTo(self.window(), viewport.rect().topLeft()).y()
                  - self.mapTo(self.window(), self.rect().topLeft()).y())
        return float(offset - view.scroll_y)

    def _band(self, left: tuple[float, float], right: tuple[float, float]) -> QPainterPath:
        x0, x1 = float(EDGE), float(self.width() - EDGE)
        middle = (x0 + x1) / 2
        path = QPainterPath(QPointF(x0, left[0]))
        path.cubicTo(QPointF(middle, left[0]), QPointF(middle, right[0]), QPointF(x1, right[0]))
        path.lineTo(QPointF(x1, right[1]))
        path.cubicTo(QPointF(middle, right[1]), QPointF(middle, left[1]), QPointF(x0, left[1]))
        path.closeSubpath()
        return path

    def _thread(self, left: tuple[float, float], right: tuple[float, float]) -> QPainterPath:
        """A single curve between the middles of two spans: for a link whose other end is out of view,
        where a filled band would be a large, costly shape that says no more."""
        x0, x1 = float(EDGE), float(self.width() - EDGE)
        middle = (x0 + x1) / 2
        y0, y1 = (left[0] + left[1]) / 2, (right[0] + right[1]) / 2
        path = QPainterPath(QPointF(x0, y0))
        path.cubicTo(QPointF(middle, y0), QPointF(middle, y1), QPointF(x1, y1))
        return path

    # ------------------------------------------------------------------------------- painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette_
        background = palette.base.lighter(112) if palette.dark else palette.base.darker(104)
        painter.fillRect(self.rect(), background)
        views = {"left": self.left_view, "right": self.right_view}
        shifts = {side: self._shift(view) for side, view in views.items()}
        extents = {side: view.extents() for side, view in views.items()}
        # Connectors are drawn only where the texts are, not across the pane headers.
        tops = {side: shifts[side] + views[side].scroll_y for side in views}
        band_top = max(tops.values())
        band_bottom = band_top + min(view.viewport().height() for view in views.values())
        painter.setClipRect(QRectF(0, band_top, self.width(), band_bottom - band_top))
        self._hit_paths = []
        # With a link selected, the others step back so that its band stands out among crossing ones.
        recede = any(connector.emphasised for connector in self.connectors)
        for connector, (left_runs, right_runs) in zip(self.connectors, self._runs, strict=True):
            for left_run in left_runs:
                left = (extents["left"][left_run[0]][0] + shifts["left"],
                        extents["left"][left_run[1]][1] + shifts["left"])
                for right_run in right_runs:
                    right = (extents["right"][right_run[0]][0] + shifts["right"],
                             extents["right"][right_run[1]][1] + shifts["right"])
                    self._draw_connector(painter, connector, left, right, band_top, band_bottom, recede)
        for side, x in (("left", 0.0), ("right", self.width() - EDGE)):
            self._draw_marks(painter, side, x, extents[side], shifts[side], band_top, band_bottom)
        painter.end()

    def _draw_connector(self, painter: QPainter, connector: Connector, left: tuple[float, float],
                        right: tuple[float, float], band_top: float, band_bottom: float,
                        recede: bool) -> None:
        left_out = left[1] < band_top or left[0] > band_bottom
        right_out = right[1] < band_top or right[0] > band_bottom
        if left_out and right_out and (left[1] < band_top) == (right[1] < band_top):
            return  # wholly above or below the visible texts
        # A far end is drawn just out of view: the curve still says "up" or "down", and Qt does not
        # stroke thousands of invisible pixels.
        low, high = band_top - OVERSHOOT, band_bottom + OVERSHOOT
        left = (min(max(left[0], low), high), min(max(left[1], low), high))
        right = (min(max(right[0], low), high), min(max(right[1], low), high))
        palette = self.palette_
        fill = palette.connector_fill(connector.status, connector.emphasised)
        line = QColor(palette.line[connector.status])
        if connector.faded:
            fill.setAlphaF(fill.alphaF() * 0.25)
            line.setAlphaF(0.25)
        elif recede and not connector.emphasised:
            fill.setAlphaF(fill.alphaF() * 0.6)
            line.setAlphaF(0.45)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if (left_out or right_out) and not connector.emphasised:
            # One pixel wide: Qt strokes such a curve on its fast path (a long pair's frame time halves).
            painter.setPen(QPen(line, 1.0))
            painter.drawPath(self._thread(left, right))
            return
        path = self._band(left, right)
        painter.fillPath(path, fill)
        painter.setPen(QPen(line, 2.6 if connector.emphasised else 1.0))
        painter.drawPath(path)
        self._hit_paths.append((connector.number, path))

    def _draw_marks(self, painter: QPainter, side: str, x: float, extents: list[tuple[float, float]],
                    shift: float, band_top: float, band_bottom: float) -> None:
        palette = self.palette_
        painter.setPen(Qt.PenStyle.NoPen)
        marks = self.marks[side]
        # Statements are in reading order, so the visible ones are one run of the list.
        first = max(0, bisect_right([bottom for _, bottom in extents], band_top - shift) - 1)
        for mark in marks[first:]:
            top, bottom = extents[mark.index][0] + shift, extents[mark.index][1] + shift
            if top > band_bottom:
                break
            if bottom < band_top:
                continue
            colour = QColor(palette.line[mark.status])
            if mark.faded:
                colour.setAlphaF(0.25)
            painter.fillRect(QRectF(x, top + 1, EDGE, max(2.0, bottom - top - 2)), colour)
            if mark.status == "one_sided" and not mark.faded:
                self._draw_stub(painter, colour, side, top, bottom)

    def _draw_stub(self, painter: QPainter, colour: QColor, side: str, top: float, bottom: float) -> None:
        """A short wedge into the gutter: this statement has no counterpart."""
        middle = (top + bottom) / 2
        reach = min(14.0, self.width() / 4)
        edge = float(EDGE) if side == "left" else float(self.width() - EDGE)
        tip = edge + reach if side == "left" else edge - reach
        wedge = QPainterPath(QPointF(edge, middle - 5))
        wedge.lineTo(QPointF(tip, middle))
        wedge.lineTo(QPointF(edge, middle + 5))
        wedge.closeSubpath()
        painter.fillPath(wedge, colour)

    # ------------------------------------------------------------------------------- mouse

    def link_at(self, point: QPointF) -> int | None:
        """The link whose band is under the point; the one drawn on top wins."""
        for number, path in reversed(self._hit_paths):
            if path.contains(point):
                return number
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        number = self.link_at(event.position())
        if number is not None and event.button() == Qt.MouseButton.LeftButton:
            self.link_clicked.emit(number)
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        """The wheel over the gutter scrolls the left readout (the right one follows)."""
        self.left_view.verticalScrollBar().event(event)
