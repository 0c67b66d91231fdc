"""What is selected (`Selection`), what linking or unlinking it means (the corrections to apply), and
the sentence that says what is selected and what can be done with it ("KR 3 + CN 10 selected — Ctrl+L
links them"), shown above the link details. The window passes in what it knows."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop_app.core.compare.corrections import Correction
from desktop_app.core.model import Side
from desktop_app.workspace.text import translate

if TYPE_CHECKING:
    from desktop_app.workspace.navigation import ComparisonIndex


@dataclass
class Selection:
    """Selected statements per side; `primary` is the one navigation moves from."""

    statements: dict[Side, set[int]] = field(default_factory=lambda: {"left": set(), "right": set()})
    primary: tuple[Side, int] | None = None
    link: int | None = None  # the link chosen in the gutter, if the selection is one

    def clear(self) -> None:
        self.statements = {"left": set(), "right": set()}
        self.primary = None
        self.link = None

    def __bool__(self) -> bool:
        return any(self.statements.values())


def selected_links(index: ComparisonIndex, selection: Selection) -> list[int]:
    """The links with a chosen statement on both sides, in order."""
    chosen = selection.statements
    return [n for n, link in enumerate(index.links)
            if chosen["left"] & set(link.left) and chosen["right"] & set(link.right)]


def link_correction(selection: Selection) -> Correction | None:
    """Linking the selection: one link of all chosen statements, or None without a statement a side."""
    left, right = sorted(selection.statements["left"]), sorted(selection.statements["right"])
    return Correction("link", tuple(left), tuple(right)) if left and right else None


def unlink_corrections(index: ComparisonIndex, selection: Selection) -> list[Correction]:
    """Unlinking the selection: the chosen statements of each link they share leave it; with one side
    chosen only, those statements leave their links. Empty when nothing chosen is linked."""
    chosen = selection.statements
    corrections = []
    for link in index.links:
        left, right = chosen["left"] & set(link.left), chosen["right"] & set(link.right)
        if left and right:
            corrections.append(Correction("unlink", tuple(sorted(left)), tuple(sorted(right))))
        elif left and not chosen["right"]:
            corrections.append(Correction("unlink", tuple(sorted(left)), tuple(link.right)))
        elif right and not chosen["left"]:
            corrections.append(Correction("unlink", tuple(link.left), tuple(sorted(right))))
    return corrections


MAX_LISTED = 6  # statement numbers listed per side before "…"


def statement_numbers(indexes: Iterable[int]) -> str:
    """0-based statement indexes as the reader numbers them, runs joined: [2, 3, 4, 9] → "3–5, 10"."""
    numbers = sorted({i + 1 for i in indexes})
    runs: list[tuple[int, int]] = []
    for number in numbers:
        if runs and number == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    parts = [str(a) if a == b else (f"{a}, {b}" if b == a + 1 else f"{a}–{b}") for a, b in runs]
    return ", ".join(parts[:MAX_LISTED]) + (", …" if len(parts) > MAX_LISTED else "")


def describe_selection(chosen: Mapping[Side, Iterable[int]], labels: Mapping[str, str], linked: bool,
                       link_keys: str, unlink_keys: str) -> str:
    """What is selected on each side, and the next step: link them, unlink them, or pick the other side.

    `chosen` and `labels` are keyed by side ("left", "right"); `linked` says whether the selection is
    already one or more whole links.
    """
    left, right = sorted(chosen.get("left", ())), sorted(chosen.get("right", ()))
    if not left and not right:
        return ""
    parts = [f"{labels[side]} {statement_numbers(indexes)}"
             for side, indexes in (("left", left), ("right", right)) if indexes]
    what = translate("Selection", "{statements} selected").format(statements=" + ".join(parts))
    if left and right:
        if linked:
            return translate("Selection", "{what}, linked — {keys} unlinks "
                                          "them").format(what=what, keys=unlink_keys)
        return translate("Selection", "{what} — {keys} links them").format(what=what, keys=link_keys)
    missing = "right" if left else "left"
    return translate("Selection", "{what} — Ctrl+click a {side} statement to link it").format(
        what=what, side=labels[missing])
