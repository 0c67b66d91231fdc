"""The user's corrections of the machine: links made and links undone by hand.

Corrections are kept apart from the alignment and applied after every (re-)alignment, so changing the
threshold or the lexicon never loses them. Applied in order: a later correction wins over an earlier one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # the aligner (numpy) loads with the first comparison, not with the window
    from desktop_app.core.compare.comparison import Comparison, Link


@dataclass(frozen=True)
class Correction:
    """`link`: these statements report one point (they leave any other link). `unlink`: no statement of
    `left` is linked to any statement of `right`."""

    kind: Literal["link", "unlink"]
    left: tuple[int, ...]
    right: tuple[int, ...]


def apply_corrections(comparison: Comparison, corrections: list[Correction]) -> None:
    """Rewrite `comparison.links` to honour the corrections."""
    for correction in corrections:
        if correction.kind == "link":
            _link(comparison, correction)
        else:
            _unlink(comparison, correction)
    comparison.links.sort(key=lambda link: (min(link.left), min(link.right)))


def _link(comparison: Comparison, correction: Correction) -> None:
    from desktop_app.core.compare.comparison import classify

    left, right = set(correction.left), set(correction.right)
    if not left or not right:
        return
    kept: list[Link] = []
    for link in comparison.links:
        rest_left = [i for i in link.left if i not in left]
        rest_right = [j for j in link.right if j not in right]
        if rest_left == link.left and rest_right == link.right:
            kept.append(link)
        elif rest_left and rest_right:  # what remains of a link the new one took statements from
            kept.append(classify(comparison, rest_left, rest_right, link.score, manual=link.manual))
    kept.append(classify(comparison, sorted(left), sorted(right), 1.0, manual=True))
    comparison.links = kept


def _unlink(comparison: Comparison, correction: Correction) -> None:
    from desktop_app.core.compare.comparison import classify

    left, right = set(correction.left), set(correction.right)
    kept: list[Link] = []
    for link in comparison.links:
        if not (left & set(link.left) and right & set(link.right)):
            kept.append(link)
            continue
        # Split the link: the named statements leave it; what is left, if anything, stays linked.
        rest_left = [i for i in link.left if i not in left]
        rest_right = [j for j in link.right if j not in right]
        for part_left, part_right in ((rest_left, link.right), (link.left, rest_right)):
            if part_left and part_right and not (left & set(part_left) and right & set(part_right)):
                kept.append(classify(comparison, part_left, part_right, link.score, manual=link.manual))
                break
    comparison.links = kept
