"""The report's model: plain data, one dataclass per part of a report (built by `core.report`).

Document text stays text, and the words that differ are character spans into each passage's text, never
markup: renderers escape. `core.report` re-exports every name, where the report's users find them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from desktop_app.core.compare.meeting import MeetingCheck, meeting_name
from desktop_app.core.model import LANGUAGE_NAMES, Side, SideCode
from desktop_app.core.wording import DEFAULT_LANGUAGE, generated_text, known, series, tr
from desktop_app.core.wording import meeting_name as meeting_name_in

if TYPE_CHECKING:  # the report's model is read without loading the aligner (the window's start-up)
    from desktop_app.core.compare.comparison import Comparison

CHART_TOPICS = 18  # more topics than this and the chart lists the rest in words, so it fits one page


# ------------------------------------------------------------------------------------------ the model


@dataclass
class Source:
    """One readout as the cover describes it."""

    side: Side
    code: SideCode  # "KR", "CN" or "unknown": the guessed side, or the user's choice
    label: str  # "Korean side", "Chinese side"; "left readout" / "right readout" when the side is unclear
    name: str  # file name, or "pasted text"
    location: str  # the path it was read from, or "pasted text"
    languages: list[str]  # ISO 639-1 codes, main language first
    title: str | None = None
    publisher: str | None = None
    date: str | None = None  # as the readout writes it
    place: str | None = None
    participants: list[str] = field(default_factory=list)
    side_evidence: list[str] = field(default_factory=list)
    statements: int = 0
    report_language: str = DEFAULT_LANGUAGE  # the language the report is written in (en, ko, zh)

    @property
    def heading(self) -> str:
        """The label as a heading or table head: "Korean side", "Left readout"."""
        return self.label[:1].upper() + self.label[1:]

    @property
    def language_names(self) -> str:
        language = self.report_language
        return (series([known(language, LANGUAGE_NAMES.get(code, code)) for code in self.languages], language)
                or known(language, "undetermined"))


@dataclass
class Meeting:
    """The meeting both readouts report, as guessed from them (and editable: pass one to build_report)."""

    date: str | None = None  # for reading: "18 June 2029"; two sides' dates that differ are both given
    place: str | None = None
    participants: list[str] = field(default_factory=list)  # each person once: "배승환 / 裴承焕"
    kind: str | None = None  # "foreign ministers' meeting", "summit" … when the readouts say

    def where(self, language: str = DEFAULT_LANGUAGE) -> str | None:
        """The place for the cover: as guessed, or "by telephone" for a call neither readout places."""
        if self.place or self.kind != "phone call":
            return self.place
        return tr(language, "by telephone")

    def name(self, between: str | None = None, language: str = DEFAULT_LANGUAGE) -> str | None:
        """ "Korea–China foreign ministers' meeting, Beijing, 20 April 2028"; None when nothing is known.
        A date or place that names each side's separately ("… (Korean side) / …") is left out."""
        def single(value: str | None) -> str | None:
            return value if value and " / " not in value else None
        if language != DEFAULT_LANGUAGE:
            return meeting_name_in(self.kind, between, single(self.place), single(self.date), language)
        return meeting_name(self.kind, between, single(self.place), single(self.date))


@dataclass
class Cover:
    title: str
    meeting: Meeting
    sources: dict[Side, Source]
    generated: datetime
    version: str  # desktop_app.__version__
    check: MeetingCheck = field(default_factory=lambda: MeetingCheck("same"))  # one meeting, or two?
    accounts: dict[Side, Meeting] = field(default_factory=dict)  # each readout's own meeting
    language: str = DEFAULT_LANGUAGE  # the report's own wording: en, ko or zh

    @property
    def warning(self) -> str:
        """What the report must say before anything else when the readouts may not report one meeting."""
        labels = {side: source.label for side, source in self.sources.items()}
        return self.check.message(labels, self.language)

    @property
    def generated_text(self) -> str:
        return generated_text(self.generated, self.language)


@dataclass
class Figures:
    """The summary: statement counts, links, and how they divide."""

    statements: dict[Side, int]
    links: int
    agree: int
    differ: int
    linked: dict[Side, int]  # statements that take part in a link
    one_sided: dict[Side, int]

    @property
    def agree_share(self) -> float:
        return share_of(self.agree, self.links)

    @property
    def differ_share(self) -> float:
        return share_of(self.differ, self.links)

    def linked_share(self, side: Side) -> float:
        return share_of(self.linked[side], self.statements[side])

    def one_sided_share(self, side: Side) -> float:
        return share_of(self.one_sided[side], self.statements[side])


@dataclass
class TopicShare:
    """One topic of the coverage chart: how many of each side's statements speak of it, and what share."""

    topic: str  # lexicon id: "trade.fta"
    label: str
    counts: dict[Side, int]
    shares: dict[Side, float]  # of that side's statements


@dataclass
class Passage:
    """A statement as the report quotes it: its whole text on one line, with the differing words as spans.

    `text` is the statement with wrapped lines joined and runs of spaces collapsed (as
    `Statement.clean_text`), without a bullet marker ("o", "-", "•"); numbered markers ("3.") stay, as
    readers cite them. `marks` are (start, end) offsets into `text`.
    """

    side: Side
    index: int  # 0-based statement index in its document
    id: str  # "L3", "R12": the JSON contract's ids
    text: str
    marks: list[tuple[int, int]] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)  # topic labels
    language: str = "und"  # ISO 639-1, so renderers can tag Korean and Chinese for the right glyphs
    speaker: str | None = None
    stance: str | None = None

    def runs(self) -> list[tuple[str, bool]]:
        """The text as consecutive (run, marked) pieces: what a renderer needs to mark the differences."""
        runs: list[tuple[str, bool]] = []
        position = 0
        for start, end in self.marks:
            if start > position:
                runs.append((self.text[position:start], False))
            runs.append((self.text[start:end], True))
            position = end
        if position < len(self.text):
            runs.append((self.text[position:], False))
        return runs


@dataclass
class ReasonLine:
    """Why a link differs (or what one side adds), with how each side puts it."""

    kind: str  # "stance", "attribution", "numbers", "dates", "terms"
    title: str  # "Stance", "Raised by one side only" …
    left: list[str]
    right: list[str]
    text: str  # one line, as the engine describes it: "stance differ: agreed | noted"


@dataclass
class LinkEntry:
    number: int  # 1-based position in the comparison's links (and in the JSON's "links")
    status: Literal["agree", "differ"]
    score: float
    manual: bool
    topics: list[str]  # labels of the topics both sides' statements share
    reasons: list[ReasonLine]
    left: list[Passage]
    right: list[Passage]

    def passages(self, side: Side) -> list[Passage]:
        return self.left if side == "left" else self.right


@dataclass
class TopicSection:
    """The links whose main topic is this one, in the left readout's order."""

    topic: str  # lexicon id; "" for links without a topic
    label: str
    links: list[LinkEntry]


@dataclass
class OneSided:
    """What only one side said, in that readout's order."""

    side: Side
    passages: list[Passage]


@dataclass
class ReportAnnotation:
    """An analyst's annotation as the report shows it.

    Filled by the annotations feature from `core.annotations.Annotation`: the tag's name and colour from
    the project's codebook, the note, what it is on ("statement", "text" or "link"), the passages its
    anchors fall in (`passages`, with `quotes` holding the exact annotated text when it is a stretch of
    text rather than whole statements), and whether it lost its anchor (`orphaned`). Until then every
    report has none; renderers already show them.
    """

    tag: str
    colour: str  # "#rrggbb"
    note: str
    target: Literal["statement", "text", "link"]
    passages: list[Passage] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    orphaned: bool = False
    quote_sides: list[Side] = field(default_factory=list)  # the side each of `quotes` is on


@dataclass
class FullText:
    """A readout's whole extracted text, for the appendix, as paragraphs."""

    side: Side
    paragraphs: list[str]


@dataclass
class Report:
    cover: Cover
    figures: Figures
    coverage: list[TopicShare]
    sections: list[TopicSection]
    one_sided: dict[Side, OneSided]
    annotations: list[ReportAnnotation] = field(default_factory=list)  # empty until annotations land
    findings: KeyFindings | None = None
    appendix: list[FullText] = field(default_factory=list)  # both full texts, when asked for
    # The comparison the report was built from (the marked-up copies and the batch read it again).
    comparison: Comparison | None = field(default=None, repr=False, compare=False)
    # The comparison's JSON contract, taken when the report was built: the JSON export writes it whole.
    contract: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def language(self) -> str:
        """The language of the report's own wording (en, ko, zh); the readouts' text stays as written."""
        return self.cover.language

    @property
    def sources(self) -> dict[Side, Source]:
        return self.cover.sources

    def links(self) -> list[LinkEntry]:
        """Every link once, in the order the report shows them (topic by topic)."""
        return [link for section in self.sections for link in section.links]

    def annotations_on(self, passages: Iterable[Passage]) -> list[ReportAnnotation]:
        """The annotations on any of these statements: what the report shows beside them."""
        ids = {p.id for p in passages}
        return [a for a in self.annotations if any(p.id in ids for p in a.passages)]

    def chart_topics(self, limit: int = CHART_TOPICS) -> tuple[list[TopicShare], list[TopicShare]]:
        """The topics the coverage chart draws (the most-discussed first) and those it only lists."""
        return self.coverage[:limit], self.coverage[limit:]


# -------------------------------------------------------------------------------------- key findings


@dataclass
class Finding:
    """One point of the key findings page, with where the report shows it in full."""

    kind: Literal["one_sided", "raised", "numbers", "dates", "attribution"]
    topic: str  # the topic's label
    sensitivity: int | None  # the topic's rank among sensitive topics (lexicon); None for others
    text: str  # what to say: the statement quoted, or the reason in words
    where: str  # "R12", "link 4": as the report numbers them
    anchor: str  # the HTML id of that place: "only-R12", "link-4"
    side: Side | None = None  # the side that alone reports it (one_sided, raised)
    language: str = "und"  # of a quoted statement, for the right glyphs


@dataclass
class TopicMention:
    """A topic only one side's unlinked statements speak of, with those statements' ids."""

    label: str
    ids: list[str]


@dataclass
class KeyFindings:
    """What matters first: points only one side reports (sensitive topics first), links whose figures
    or dates differ, and links whose attribution shifts; `more` counts what did not fit the page."""

    one_sided: list[Finding]  # sensitive points only one side reports
    other_one_sided: dict[Side, list[TopicMention]]  # the other unlinked statements, by topic
    figures: list[Finding]  # links that differ on figures or dates
    attribution: list[Finding]  # links whose attribution shifts
    more: dict[str, int] = field(default_factory=dict)  # of each list above, how many were left out

    @property
    def empty(self) -> bool:
        return not (self.one_sided or self.figures or self.attribution or any(self.other_one_sided.values()))


def share_of(part: int, whole: int) -> float:
    return part / whole if whole else 0.0
