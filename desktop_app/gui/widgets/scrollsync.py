"""Scrolling one pane keeps the other showing the counterparts of what is in view.

The statement in the middle of the scrolled pane is mapped to its counterpart in the other pane (or,
for a one-sided statement, to a point between the counterparts of its linked neighbours), and the other
pane follows with a short animation: links cross, so the counterpart of the next statement may be far
away, and a jump would lose the reader. Moves this module makes itself are recognised and not
answered, so the two panes never chase each other.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QObject, QVariantAnimation

from desktop_app.gui.widgets.readout_view import ReadoutView
from desktop_app.workspace.navigation import ComparisonIndex
from desktop_app.workspace.session import Side, other

ANCHOR = 0.5  # where in the viewport the synchronised point lies (0 top, 1 bottom)
ANIMATION_MS = 160


class ScrollSync(QObject):
    def __init__(self, left: ReadoutView, right: ReadoutView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.views: dict[Side, ReadoutView] = {"left": left, "right": right}
        self.index: ComparisonIndex | None = None
        self.enabled = True
        self.animate = True
        self._expected: dict[Side, int | None] = {"left": None, "right": None}
        self._animations: dict[Side, QVariantAnimation] = {}
        for side, view in self.views.items():
            self._animations[side] = self._animation(side)
            view.verticalScrollBar().valueChanged.connect(
                lambda value, side=side: self._scrolled(side, value))

    def _animation(self, side: Side) -> QVariantAnimation:
        animation = QVariantAnimation(self)
        animation.setDuration(ANIMATION_MS)
        animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        animation.valueChanged.connect(lambda value, side=side: self._set(side, int(value)))
        return animation

    # ------------------------------------------------------------------------------- moving

    def move(self, side: Side, value: int, animate: bool | None = None) -> None:
        """Scroll one pane to `value` without the other following (the caller places both)."""
        bar = self.views[side].verticalScrollBar()
        value = max(bar.minimum(), min(bar.maximum(), value))
        animation = self._animations[side]
        animation.stop()
        distance = abs(value - bar.value())
        if distance == 0:
            return
        if (self.animate if animate is None else animate) and distance > 3:
            animation.setStartValue(bar.value())
            animation.setEndValue(value)
            animation.start()
        else:
            self._set(side, value)

    def _set(self, side: Side, value: int) -> None:
        self._expected[side] = value
        self.views[side].verticalScrollBar().setValue(value)

    def target(self, side: Side, value: int) -> int | None:
        """Where the other pane should scroll to when `side` is at scroll value `value`."""
        index = self.index
        if index is None:
            return None
        source, destination = self.views[side], self.views[other(side)]
        source_bar, destination_bar = source.verticalScrollBar(), destination.verticalScrollBar()
        # At either end the two readouts line up at that end: both open with who met whom.
        if value <= source_bar.minimum():
            return destination_bar.minimum()
        if value >= source_bar.maximum() > 0:
            return destination_bar.maximum()
        anchor = value + source.viewport().height() * ANCHOR
        mapped = self.map_y(index, side, anchor)
        if mapped is None:
            return None
        return int(mapped - destination.viewport().height() * ANCHOR)

    def _scrolled(self, side: Side, value: int) -> None:
        if self._expected[side] == value:
            return  # our own move, not the user's
        self._expected[side] = None
        self._animations[side].stop()  # the user took over this pane
        if not self.enabled:
            return
        far = other(side)
        target = self.target(side, value)
        if target is not None:
            bar = self.views[far].verticalScrollBar()
            # Small steps follow at once (smooth wheel and drag); long jumps across crossing links glide.
            self.move(far, target, animate=self.animate and abs(target - bar.value()) > bar.pageStep() / 3)

    # ------------------------------------------------------------------------------- mapping

    def map_y(self, index: ComparisonIndex, side: Side, y: float) -> float | None:
        """A height in `side`'s document mapped to the matching height in the other side's document."""
        source, destination = self.views[side], self.views[other(side)]
        if not source.starts or not destination.starts:
            return None
        extents, far_extents = source.extents(), destination.extents()
        k = source.statement_at_y(y)
        if k is None:
            return None

        def counterpart(i: int) -> tuple[float, float] | None:
            partners = index.counterparts(side, i)
            return far_extents[partners[0]] if partners else None

        here = counterpart(k)
        if here is not None:
            top, bottom = extents[k]
            share = min(1.0, max(0.0, (y - top) / (bottom - top))) if bottom > top else 0.0
            return here[0] + share * (here[1] - here[0])
        before = next(((extents[i][1], c[1]) for i in range(k - 1, -1, -1)
                       if (c := counterpart(i)) is not None), None)
        after = next(((extents[i][0], c[0]) for i in range(k + 1, len(extents))
                      if (c := counterpart(i)) is not None), None)
        if before and after and after[0] > before[0]:
            share = (y - before[0]) / (after[0] - before[0])
            return before[1] + share * (after[1] - before[1])
        if before:
            return before[1] + (y - before[0])
        if after:
            return after[1] - (after[0] - y)
        height = source.document().size().height() or 1.0
        return y / height * destination.document().size().height()
