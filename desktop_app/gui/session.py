"""What the user is working on: two readouts, their side labels, their corrections and the comparison.

A plain Python object (no Qt), so a later project file can save and restore it, and tests can drive it
without a window. Alignment itself runs elsewhere (a worker thread): `alignment_job()` hands out a
self-contained function over a snapshot of the session, and `accept_comparison()` takes the result back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from desktop_app.core.align import DEFAULT_SETTINGS, AlignmentSettings
from desktop_app.core.model import Document, SideCode

Side = Literal["left", "right"]
SIDES: tuple[Side, Side] = ("left", "right")
SIDE_LABELS: dict[str, str] = {"KR": "Korean side", "CN": "Chinese side", "unknown": "Side unknown"}

if TYPE_CHECKING:  # the comparison modules are imported when first needed, to keep start-up fast
    from desktop_app.core.comparison import Comparison
    from desktop_app.core.corrections import Correction


def other(side: Side) -> Side:
    return "right" if side == "left" else "left"


@dataclass
class Session:
    """Two readouts being compared, and everything the user decided about them."""

    documents: dict[Side, Document | None] = field(default_factory=lambda: {"left": None, "right": None})
    side_codes: dict[Side, SideCode] = field(default_factory=lambda: {"left": "unknown", "right": "unknown"})
    corrections: list[Correction] = field(default_factory=list)
    settings: AlignmentSettings = DEFAULT_SETTINGS
    lexicon_file: str | None = None
    comparison: Comparison | None = None
    revision: int = 0  # bumped whenever the inputs of the alignment change

    # ------------------------------------------------------------------------------- documents

    def set_document(self, side: Side, document: Document) -> None:
        """Put a readout on one side. Corrections referred to the old readout's statements, so they go."""
        self.documents[side] = document
        self.side_codes[side] = document.metadata.side
        self.corrections.clear()
        self._changed()

    def swap(self) -> None:
        """Exchange the two sides, with their labels and corrections."""
        from desktop_app.core.corrections import Correction

        self.documents = {"left": self.documents["right"], "right": self.documents["left"]}
        self.side_codes = {"left": self.side_codes["right"], "right": self.side_codes["left"]}
        self.corrections = [Correction(c.kind, c.right, c.left) for c in self.corrections]
        self._changed()

    def side_label(self, side: Side) -> str:
        return SIDE_LABELS[self.side_codes[side]]

    def short_label(self, side: Side) -> str:
        """"KR", "CN", or "left"/"right" when the side is not known: for tight places (status bar)."""
        code = self.side_codes[side]
        return code if code != "unknown" else side

    @property
    def complete(self) -> bool:
        return self.documents["left"] is not None and self.documents["right"] is not None

    # ------------------------------------------------------------------------------- alignment

    def set_alignment(self, threshold: float | None = None, lexicon_file: str | None = None) -> None:
        if threshold is not None and threshold != self.settings.threshold:
            self.settings = replace(self.settings, threshold=threshold)
        self.lexicon_file = lexicon_file
        self._changed()

    def alignment_job(self) -> Callable[[], Comparison]:
        """A function computing the comparison of the current readouts, safe to run on another thread:
        it sees a snapshot, so later changes to the session do not reach it."""
        left, right = self.documents["left"], self.documents["right"]
        if left is None or right is None:
            raise ValueError("both readouts are needed for a comparison")
        corrections, settings, lexicon_file = list(self.corrections), self.settings, self.lexicon_file

        def job() -> Comparison:
            from desktop_app.core.comparison import compare
            from desktop_app.core.corrections import apply_corrections

            comparison = compare(left, right, settings, lexicon_file=lexicon_file)
            apply_corrections(comparison, corrections)
            return comparison

        return job

    def accept_comparison(self, comparison: Comparison) -> bool:
        """Take a finished comparison, unless the readouts changed since it was started."""
        if comparison.left is not self.documents["left"] or comparison.right is not self.documents["right"]:
            return False
        self.comparison = comparison
        return True

    # ------------------------------------------------------------------------------- corrections

    def correct(self, correction: Correction) -> None:
        """Record a correction and apply it to the comparison at once (re-alignment applies it again)."""
        from desktop_app.core.corrections import apply_corrections

        self.corrections.append(correction)
        if self.comparison is not None:
            apply_corrections(self.comparison, [correction])

    def link(self, left: list[int], right: list[int]) -> None:
        from desktop_app.core.corrections import Correction

        self.correct(Correction("link", tuple(sorted(left)), tuple(sorted(right))))

    def unlink(self, left: list[int], right: list[int]) -> None:
        from desktop_app.core.corrections import Correction

        self.correct(Correction("unlink", tuple(sorted(left)), tuple(sorted(right))))

    def _changed(self) -> None:
        self.comparison = None
        self.revision += 1
