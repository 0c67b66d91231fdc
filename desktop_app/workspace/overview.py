"""Where the overview ruler beside each pane puts its marks, as fractions of the whole readout (0 at the
top, 1 at the bottom), like the location pane of Meld or WinMerge: differing and one-sided statements,
and the part of the readout in view.

No Qt here: the ruler draws what this says, and the tests check it without a window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

MARKED = ("differ", "one_sided")  # what the ruler shows; agreeing statements stay unmarked


@dataclass(frozen=True)
class RulerMark:
    start: float  # fractions of the readout's height
    end: float
    status: str  # "differ" or "one_sided"
    first: int  # the first statement the mark covers


def ruler_marks(extents: Sequence[tuple[float, float]], statuses: Sequence[str], height: float,
                join: float = 0.0) -> list[RulerMark]:
    """The marks of a readout: one per run of statements of one marked status, neighbours closer than
    `join` (a fraction: about a pixel of the ruler) drawn as one. `extents` are the statements' tops and
    bottoms in the same unit as `height`, the readout's whole height."""
    if height <= 0:
        return []
    marks: list[RulerMark] = []
    for index, ((top, bottom), status) in enumerate(zip(extents, statuses, strict=False)):
        if status not in MARKED:
            continue
        start = min(1.0, max(0.0, top / height))
        end = min(1.0, max(start, bottom / height))
        last = marks[-1] if marks else None
        if last is not None and last.status == status and start - last.end <= join:
            marks[-1] = RulerMark(last.start, max(last.end, end), status, last.first)
        else:
            marks.append(RulerMark(start, end, status, index))
    return marks


def visible_band(scroll: float, viewport: float, height: float) -> tuple[float, float]:
    """The part of the readout in view, as fractions."""
    if height <= 0:
        return 0.0, 1.0
    start = min(1.0, max(0.0, scroll / height))
    return start, min(1.0, max(start, (scroll + viewport) / height))


def scroll_for(fraction: float, viewport: float, height: float, maximum: int) -> int:
    """The scroll value that puts a point of the readout (a fraction) in the middle of the view."""
    target = fraction * height - viewport / 2
    return int(max(0, min(maximum, round(target))))
