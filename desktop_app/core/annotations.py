"""Annotations: an analyst's tag and note on a statement, a stretch of text, or a link.

An annotation is anchored by what it points at, not only where: each anchor keeps its quote and the
text around it. When a document is replaced by a re-extracted or slightly edited version, the anchor
finds its quote again (exactly, else by fuzzy matching with rapidfuzz, with the context deciding between
candidates); an annotation whose quote is gone is marked orphaned and kept, never dropped.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Literal

from rapidfuzz import fuzz

from desktop_app.core.model import Document, Side

Target = Literal["statement", "text", "link"]
CONTEXT_CHARS = 40  # context kept on either side of a quote
REANCHOR_CUTOFF = 80.0  # rapidfuzz score for an edited quote to count as the same passage


@dataclass(frozen=True)
class Tag:
    id: str
    name: str
    colour: str  # "#rrggbb"


# Okabe–Ito colours: distinguishable with the common forms of colour blindness.
DEFAULT_CODEBOOK: tuple[Tag, ...] = (
    Tag("omission", "Omission", "#E69F00"),
    Tag("softened", "Softened wording", "#56B4E9"),
    Tag("added-claim", "Added claim", "#009E73"),
    Tag("attribution-shift", "Attribution shift", "#CC79A7"),
    Tag("number-date", "Number or date mismatch", "#D55E00"),
    Tag("translation", "Translation issue", "#0072B2"),
)
# Okabe–Ito colours not used by the default codebook, then further distinguishable ones: new tags take
# the first one the codebook does not use yet.
# A tag the codebook no longer has (an annotation kept from an edited codebook) is drawn in grey.
UNKNOWN_TAG_COLOUR = "#999999"
SPARE_COLOURS = ("#F0E442", "#000000", "#999999", "#882255", "#44AA99", "#117733", "#332288", "#AA4499")
SPARE_COLOUR_LAST = "#777777"


def tag_id_for(name: str, taken: set[str]) -> str:
    """A stable id from a tag's name ("Tone shift" → "tone-shift"), unique among `taken`."""
    base = re.sub(r"\W+", "-", name.casefold()).strip("-") or "tag"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def spare_colour(codebook: Iterable[Tag]) -> str:
    """A colour for a new tag: the first spare one the codebook does not use yet."""
    used = {t.colour.casefold() for t in codebook}
    return next((c for c in SPARE_COLOURS if c.casefold() not in used), SPARE_COLOUR_LAST)


@dataclass(frozen=True)
class Anchor:
    side: Side
    start: int
    end: int
    quote: str
    prefix: str = ""  # up to CONTEXT_CHARS characters before the quote
    suffix: str = ""  # … and after it

    @classmethod
    def at(cls, document: Document, side: Side, start: int, end: int) -> Anchor:
        text = document.text
        return cls(side, start, end, text[start:end], text[max(0, start - CONTEXT_CHARS):start],
                   text[end:end + CONTEXT_CHARS])


@dataclass
class Annotation:
    target: Target
    anchors: list[Anchor]
    tag: str
    note: str = ""
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    created: str = field(default_factory=lambda: _now())
    modified: str = ""
    orphaned: bool = False  # set when re-anchoring could not find the quote: shown, never dropped

    def statements(self, documents: dict[Side, Document]) -> dict[Side, list[int]]:
        """The statements each anchor falls in (by overlap), per side."""
        found: dict[Side, list[int]] = {"left": [], "right": []}
        for anchor in self.anchors:
            for statement in documents[anchor.side].statements:
                if statement.start < anchor.end and anchor.start < statement.end:
                    if statement.index not in found[anchor.side]:
                        found[anchor.side].append(statement.index)
        return found


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def edited(annotation: Annotation, tag: str, note: str) -> Annotation:
    """The annotation with a new tag and note, stamped as modified now."""
    return replace(annotation, tag=tag, note=note, modified=_now())


def annotate_statement(document: Document, side: Side, index: int, tag: str, note: str = "") -> Annotation:
    statement = document.statements[index]
    return Annotation("statement", [Anchor.at(document, side, statement.start, statement.end)], tag, note)


def annotate_text(document: Document, side: Side, start: int, end: int, tag: str,
                  note: str = "") -> Annotation:
    return Annotation("text", [Anchor.at(document, side, start, end)], tag, note)


def annotate_link(documents: dict[Side, Document], left: list[int], right: list[int], tag: str,
                  note: str = "") -> Annotation:
    chosen: dict[Side, list[int]] = {"left": left, "right": right}
    anchors = [Anchor.at(documents[side], side, s.start, s.end)
               for side, indexes in chosen.items()
               for s in (documents[side].statements[i] for i in indexes)]
    return Annotation("link", anchors, tag, note)


# ------------------------------------------------------------------------------------ re-anchoring


def reanchor(annotation: Annotation, documents: dict[Side, Document]) -> Annotation:
    """The annotation attached to the (possibly changed) documents; orphaned if a quote is gone."""
    anchors: list[Anchor] = []
    for anchor in annotation.anchors:
        document = documents[anchor.side]
        found = find_anchor(anchor, document)
        if found is None:
            return replace(annotation, orphaned=True)
        if annotation.target != "text":  # a statement or link annotation covers whole statements
            found = _whole_statement(found, document)
        anchors.append(found)
    return replace(annotation, anchors=anchors, orphaned=False)


def _whole_statement(anchor: Anchor, document: Document) -> Anchor:
    overlaps = [(min(anchor.end, s.end) - max(anchor.start, s.start), s) for s in document.statements]
    overlap, statement = max(overlaps, key=lambda o: o[0], default=(0, None))
    if statement is None or overlap <= 0:
        return anchor
    return Anchor.at(document, anchor.side, statement.start, statement.end)


def find_anchor(anchor: Anchor, document: Document) -> Anchor | None:
    """Where the anchor's quote is in the document now: unchanged, moved, or slightly reworded."""
    text = document.text
    if text[anchor.start:anchor.end] == anchor.quote:
        return anchor
    exact = _occurrences(text, anchor.quote)
    if exact:
        start = max(exact, key=lambda s: (_context_score(anchor, text, s, s + len(anchor.quote)),
                                          -abs(s - anchor.start)))
        return Anchor.at(document, anchor.side, start, start + len(anchor.quote))
    return _fuzzy(anchor, document)


def _occurrences(text: str, quote: str) -> list[int]:
    found, start = [], text.find(quote)
    while quote and start >= 0:
        found.append(start)
        start = text.find(quote, start + 1)
    return found


def _context_score(anchor: Anchor, text: str, start: int, end: int) -> float:
    before = text[max(0, start - CONTEXT_CHARS):start]
    after = text[end:end + CONTEXT_CHARS]
    return fuzz.ratio(anchor.prefix, before) + fuzz.ratio(anchor.suffix, after)


def _fuzzy(anchor: Anchor, document: Document) -> Anchor | None:
    """The passage most like the quote (with its context breaking ties), if it is like enough."""
    text = document.text
    best: tuple[float, int, int] | None = None
    # Statements are the natural units to search: an edited quote usually stays inside its statement.
    candidates = [(s.start, s.end) for s in document.statements] or [(0, len(text))]
    for start, end in candidates:
        window = text[max(0, start - len(anchor.quote)):end + len(anchor.quote)]
        alignment = fuzz.partial_ratio_alignment(anchor.quote, window, score_cutoff=REANCHOR_CUTOFF)
        if alignment is None:
            continue
        offset = max(0, start - len(anchor.quote))
        found_start, found_end = offset + alignment.dest_start, offset + alignment.dest_end
        score = alignment.score * 2 + _context_score(anchor, text, found_start, found_end) / 10
        if best is None or score > best[0]:
            best = (score, found_start, found_end)
    if best is None:
        return None
    return Anchor.at(document, anchor.side, best[1], best[2])
