"""Finding text in both readouts, as a reader types it: insensitive to case and to full/half width.

Both the query and the readout are folded the same way (Unicode NFKC, then case folding), so "ＡＰＥＣ"
finds "APEC", "Busan" finds "BUSAN", "１８" finds "18" and "ｶﾞ" finds "ガ"; runs of white space count
as one space, so a phrase found across a line break is found. Folding can change the length of the
text ("ß" → "ss", "㈜" → "(주)"), so the folded text keeps, for each of its characters, the span of
the original text it came from: every match is reported in the readout's own offsets, which the
window highlights as they are.

No Qt here: the window's find bar (gui/widgets/find_bar.py) asks this module and draws.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desktop_app.core.model import SIDES, Side


def fold(text: str) -> str:
    """The form in which text is compared: NFKC, case-folded, white space runs as one space."""
    return FoldedText.of(text).folded


def _joins_previous(char: str) -> bool:
    """Whether a character belongs to the cluster before it: combining marks, Hangul medial and final
    jamo (a decomposed syllable composes under NFKC only as a whole), variation selectors and joiners."""
    code = ord(char)
    return (unicodedata.combining(char) != 0
            or 0x1160 <= code <= 0x11FF or 0xD7B0 <= code <= 0xD7FF  # Hangul jungseong, jongseong
            or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF  # variation selectors
            or code in (0x200C, 0x200D)  # zero-width non-joiner and joiner
            or code in (0xFF9E, 0xFF9F)  # half-width kana voicing marks: ﾊﾟ folds to パ only as a pair
            or unicodedata.category(char) in ("Mn", "Me"))


def _clusters(text: str) -> Iterable[tuple[int, int]]:
    """Spans of a character with the marks and jamo that attach to it, which fold as one."""
    start = 0
    for position in range(1, len(text)):
        if not _joins_previous(text[position]):
            yield start, position
            start = position
    if text:
        yield start, len(text)


@dataclass(frozen=True)
class FoldedText:
    """A text in its folded form, with the span of the original text behind each folded character."""

    folded: str
    starts: tuple[int, ...]  # per folded character, where its cluster starts in the original
    ends: tuple[int, ...]  # … and where it ends

    @classmethod
    def of(cls, text: str) -> FoldedText:
        pieces: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        in_space = False
        for start, end in _clusters(text):
            cluster = text[start:end]
            if cluster.isspace():
                if in_space:  # a run of white space is one space, spanning the whole run
                    ends[-1] = end
                    continue
                in_space = True
                folded = " "
            else:
                in_space = False
                folded = unicodedata.normalize("NFKC", cluster).casefold()
                if folded.isspace():
                    folded = " "  # a no-break or ideographic space is a space
            pieces.append(folded)
            starts.extend([start] * len(folded))
            ends.extend([end] * len(folded))
        return cls("".join(pieces), tuple(starts), tuple(ends))

    def find(self, query: str) -> list[tuple[int, int]]:
        """Every occurrence of the query, without overlaps, as spans of the original text."""
        needle = fold(query).strip() if not query.isspace() else ""
        if not needle:
            return []
        spans: list[tuple[int, int]] = []
        position = self.folded.find(needle)
        while position >= 0:
            span = (self.starts[position], self.ends[position + len(needle) - 1])
            if not spans or span[0] >= spans[-1][1]:
                spans.append(span)
            position = self.folded.find(needle, position + len(needle))
        return spans


@dataclass(frozen=True)
class Match:
    side: Side
    start: int
    end: int


@dataclass
class FindResults:
    """The matches of one query in both readouts, in reading order (the left readout's, then the right
    one's), and which of them is the current one."""

    query: str = ""
    matches: list[Match] = field(default_factory=list)
    current: int | None = None

    def count(self, side: Side) -> int:
        return sum(1 for match in self.matches if match.side == side)

    def on(self, side: Side) -> list[Match]:
        return [match for match in self.matches if match.side == side]

    @property
    def current_match(self) -> Match | None:
        return self.matches[self.current] if self.current is not None else None

    def step(self, direction: int) -> Match | None:
        """Move to the next (+1) or previous (-1) match, wrapping around; the first step from no current
        match goes to the first match (or, backwards, the last)."""
        if not self.matches:
            self.current = None
            return None
        if self.current is None:
            self.current = 0 if direction > 0 else len(self.matches) - 1
        else:
            self.current = (self.current + direction) % len(self.matches)
        return self.matches[self.current]

    def first_from(self, side: Side, position: int) -> Match | None:
        """Make current the first match on a side at or after a position (where the reader is), else the
        first match of all."""
        for number, match in enumerate(self.matches):
            if match.side == side and match.start >= position:
                self.current = number
                return match
        return self.step(+1) if self.current is None else self.current_match

    def describe(self, labels: Mapping[Side, str]) -> str:
        """"3 of 12, KR 5 · CN 7", "No match", or "" when there is nothing to look for."""
        if not self.query.strip():
            return ""
        if not self.matches:
            return "No match"
        where = " · ".join(f"{labels[side]} {self.count(side)}" for side in SIDES)
        if self.current is None:
            return f"{len(self.matches)} found, {where}"
        return f"{self.current + 1} of {len(self.matches)}, {where}"


class Finder:
    """Finds a query in the readouts of both sides, folding each readout once (until it changes)."""

    def __init__(self) -> None:
        self._folded: dict[Side, tuple[str, FoldedText]] = {}

    def folded(self, side: Side, text: str) -> FoldedText:
        cached = self._folded.get(side)
        if cached is None or cached[0] is not text and cached[0] != text:
            cached = (text, FoldedText.of(text))
            self._folded[side] = cached
        return cached[1]

    def find(self, query: str, texts: Mapping[Side, str | None]) -> FindResults:
        matches: list[Match] = []
        for side in SIDES:
            text = texts.get(side)
            if text:
                matches.extend(Match(side, start, end) for start, end in self.folded(side, text).find(query))
        return FindResults(query, matches)
