"""Annotations drawn over a readout's text: a bar in the left margin for each annotated stretch, and
under a text annotation a rule in its tag's colour. Geometry and painting only; the view (readout_view.py)
keeps the marks and caches what is computed here until its layout changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QTextDocument

# Annotation bars in the left margin of the text (the document margin is 12 px): up to three side by side.
BAR_X, BAR_WIDTH, BAR_STEP, BAR_SLOTS = 1.0, 3.0, 4.0, 3

Bar = tuple[float, float, int, QColor]  # top, bottom (document coordinates), slot in the margin, colour


@dataclass(frozen=True)
class AnnotationMark:
    """An annotated stretch of text: a bar in the margin in its tag's colour; a text annotation (rather
    than a whole statement or link) is also underlined in that colour."""

    start: int
    end: int
    colour: QColor
    underline: bool = False


def margin_bars(marks: list[AnnotationMark], extent: Callable[[int, int], tuple[float, float]]) -> list[Bar]:
    """Each mark's top and bottom (document coordinates, from `extent`), its slot in the margin and its
    colour.

    Overlapping marks take different slots, so two annotations on one statement both show.
    """
    bars: list[Bar] = []
    ends: list[float] = []  # per slot, the bottom of the last bar in it
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        top, bottom = extent(mark.start, mark.end)
        slot = next((k for k, end in enumerate(ends) if end <= top), len(ends))
        if slot == len(ends):
            ends.append(bottom)
        ends[slot] = bottom
        bars.append((top, bottom, min(slot, BAR_SLOTS - 1), mark.colour))
    return bars


def underline_rules(document: QTextDocument, marks: list[AnnotationMark]) -> list[tuple[QRectF, QColor]]:
    """Under each line of a text annotation, a 2 px rule in its tag's colour (document coordinates).

    Drawn by hand: a character format's underline is one thin pixel, lost on the status tints.
    """
    return [(rect, mark.colour) for mark in marks if mark.underline
            for rect in _line_rects(document, mark.start, mark.end)]


def paint_marks(painter: QPainter, bars: list[Bar], rules: list[tuple[QRectF, QColor]], scroll: int,
                height: int) -> None:
    """The bars and rules that fall in a viewport `height` tall, scrolled down by `scroll`."""
    for top, bottom, slot, colour in bars:
        if bottom - scroll < 0 or top - scroll > height:
            continue
        painter.fillRect(QRectF(BAR_X + slot * BAR_STEP, top - scroll + 1, BAR_WIDTH,
                                max(2.0, bottom - top - 2)), colour)
    for rect, colour in rules:
        if -4 <= rect.top() - scroll <= height:
            painter.fillRect(rect.translated(0, -scroll), colour)


def _line_rects(document: QTextDocument, start: int, end: int) -> list[QRectF]:
    rects: list[QRectF] = []
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


def _cursor_x(line: object, position: int) -> float:
    """A text line's x at a position (PySide6 returns the x, or the x and the position)."""
    found = line.cursorToX(position)  # type: ignore[attr-defined]
    return float(found[0] if isinstance(found, tuple) else found)
