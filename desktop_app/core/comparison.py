"""A comparison of two readouts: which statements are linked, and which only one side makes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from desktop_app.core.model import Document

Status = Literal["agree", "differ"]


@dataclass
class Link:
    """Statements of the left and right readout that report the same point of the meeting."""

    left: list[int]  # statement indexes in the left document
    right: list[int]
    status: Status
    score: float
    topics: list[str] = field(default_factory=list)


@dataclass
class Comparison:
    left: Document
    right: Document
    links: list[Link] = field(default_factory=list)

    def one_sided(self, side: Literal["left", "right"]) -> list[int]:
        """Indexes of the statements on `side` that take part in no link."""
        document = self.left if side == "left" else self.right
        linked = {i for link in self.links for i in getattr(link, side)}
        return [s.index for s in document.statements if s.index not in linked]


def compare(left: Document, right: Document) -> Comparison:
    """Compare two readouts.

    Alignment by topic is not built yet: until it is, no statement is linked, so every statement
    is reported as one-sided, which is what the JSON contract expects of an unaligned pair.
    """
    return Comparison(left=left, right=right)
