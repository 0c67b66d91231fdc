"""The comparison report: one model of everything a report says, built once from a `Comparison`.

Every format renders this model and nothing else (HTML, and from it the PDF; Markdown; CSV; JSON), so
the formats never disagree about which statements are linked, how, and why. The model holds plain data
only: document text stays text, and the words that differ are character spans into each passage's
text, never markup. Renderers escape.

Sections, in the order a report shows them: the cover (`Cover`: title, meeting, sources, when and by
which Parallax), the summary figures (`Figures`), topic coverage (`TopicShare`), the linked statements
grouped by topic (`TopicSection` of `LinkEntry`), what only one side said (`OneSided`), the analyst's
annotations (`ReportAnnotation`) and, optionally, both full texts (`FullText`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Literal

from desktop_app import __version__
from desktop_app.core.annotations import Annotation, Tag
from desktop_app.core.comparison import SIDES, Comparison, Link, Reason, Side
from desktop_app.core.export_json import statement_id
from desktop_app.core.model import SIDE_NAMES, WRAP_WITHOUT_SPACE, SideCode, Statement

POSITION_NAMES: dict[Side, str] = {"left": "left readout", "right": "right readout"}
LANGUAGE_NAMES = {"en": "English", "ko": "Korean", "zh": "Chinese", "de": "German", "ja": "Japanese",
                  "fr": "French", "ru": "Russian", "es": "Spanish", "und": "undetermined"}
REASON_TITLES = {"stance": "Stance", "attribution": "Attribution", "numbers": "Figures", "dates": "Dates",
                 "terms": "Raised by one side only"}
OTHER_TOPIC_LABEL = "Other points"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
CHART_TOPICS = 18  # more topics than this and the chart lists the rest in words, so it fits one page
_SPACE = re.compile(r"\s+")
_KEY = re.compile(r"[\W_]+")


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

    @property
    def heading(self) -> str:
        """The label as a heading or table head: "Korean side", "Left readout"."""
        return self.label[:1].upper() + self.label[1:]

    @property
    def language_names(self) -> str:
        return ", ".join(LANGUAGE_NAMES.get(code, code) for code in self.languages) or "undetermined"


@dataclass
class Meeting:
    """The meeting both readouts report, as guessed from them (and editable: pass one to build_report)."""

    date: str | None = None  # for reading: "18 June 2029"; two sides' dates that differ are both given
    place: str | None = None
    participants: list[str] = field(default_factory=list)


@dataclass
class Cover:
    title: str
    meeting: Meeting
    sources: dict[Side, Source]
    generated: datetime
    version: str  # desktop_app.__version__

    @property
    def generated_text(self) -> str:
        return self.generated.strftime("%Y-%m-%d %H:%M UTC")


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
        return _share(self.agree, self.links)

    @property
    def differ_share(self) -> float:
        return _share(self.differ, self.links)

    def linked_share(self, side: Side) -> float:
        return _share(self.linked[side], self.statements[side])

    def one_sided_share(self, side: Side) -> float:
        return _share(self.one_sided[side], self.statements[side])


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
    appendix: list[FullText] = field(default_factory=list)  # both full texts, when asked for
    # The comparison the report was built from: the JSON export also writes the contract's full detail.
    comparison: Comparison | None = field(default=None, repr=False, compare=False)

    @property
    def sources(self) -> dict[Side, Source]:
        return self.cover.sources

    def links(self) -> list[LinkEntry]:
        """Every link once, in the order the report shows them (topic by topic)."""
        return [link for section in self.sections for link in section.links]

    def chart_topics(self, limit: int = CHART_TOPICS) -> tuple[list[TopicShare], list[TopicShare]]:
        """The topics the coverage chart draws (the most-discussed first) and those it only lists."""
        return self.coverage[:limit], self.coverage[limit:]


# ------------------------------------------------------------------------------------- shared words


def percent(share: float) -> str:
    return f"{share:.0%}"


def summary_sentence(figures: Figures, sources: dict[Side, Source]) -> str:
    """The summary in words, for readers who skip tables."""
    left, right = sources["left"], sources["right"]
    linked = (f"Of {figures.links} points both readouts report, {figures.agree} agree and {figures.differ} "
              "are put differently. ")
    if not figures.links:
        linked = "The two readouts report no point in common. "
    one_sided = (f"{figures.one_sided['left']} of the {left.label}'s {figures.statements['left']} statements "
                 f"({percent(figures.one_sided_share('left'))}) and {figures.one_sided['right']} of the "
                 f"{right.label}'s {figures.statements['right']} "
                 f"({percent(figures.one_sided_share('right'))}) have no counterpart on the other side.")
    return linked + one_sided


# ------------------------------------------------------------------------------------------ building


def build_report(comparison: Comparison, *, title: str | None = None, meeting: Meeting | None = None,
                 side_codes: dict[Side, SideCode] | None = None, include_texts: bool = False,
                 annotations: Sequence[ReportAnnotation] = (), generated: datetime | None = None) -> Report:
    """The report of a comparison.

    `title` and `meeting` replace what is guessed; `side_codes` the guessed sides (the user's labels);
    `include_texts` adds both full texts as an appendix. `generated` defaults to now, or to
    SOURCE_DATE_EPOCH when set, so that builds can be reproducible.
    """
    sources = {side: _source(comparison, side, side_codes) for side in SIDES}
    _disambiguate_labels(sources)
    meeting = meeting or guess_meeting(comparison)
    cover = Cover(title=title or default_title(meeting, sources), meeting=meeting, sources=sources,
                  generated=generated or _now(), version=__version__)
    report = Report(
        cover=cover,
        figures=_figures(comparison),
        coverage=_coverage(comparison),
        sections=_sections(comparison),
        one_sided={side: OneSided(side, [_passage(comparison, side, i) for i in comparison.one_sided(side)])
                   for side in SIDES},
        annotations=list(annotations),
        comparison=comparison,
    )
    return with_appendix(report) if include_texts else report


def with_appendix(report: Report) -> Report:
    """The report with both full texts as an appendix (a no-op when it already has them)."""
    if report.appendix or report.comparison is None:
        return report
    texts = [FullText(side, _paragraphs(report.comparison.document(side).text)) for side in SIDES]
    return replace(report, appendix=texts)


def default_title(meeting: Meeting, sources: dict[Side, Source]) -> str:
    """A neutral title: where and when the meeting was, else which readouts; never one side's headline."""
    where_when = ", ".join(part for part in (meeting.place, meeting.date) if part)
    if where_when:
        return f"Two readouts compared: {where_when}"
    return f"Two readouts compared: {sources['left'].name} and {sources['right'].name}"


def guess_meeting(comparison: Comparison) -> Meeting:
    """Date, place and participants from both readouts' metadata; where the sides disagree, both."""
    metas = [comparison.document(side).metadata for side in SIDES]
    dates = [m.date.iso for m in metas if m.date]
    full = [d for d in dates if d[:4].isdigit()]
    # A date without a year ("--06-18") says nothing more when the other side gives the same day in full.
    partial = [d for d in dates if not d[:4].isdigit() and not any(f.endswith(d[1:]) for f in full)]
    shown = _unique(readable_date(d) for d in full + partial)
    places = _unique(m.place for m in metas if m.place)
    people = _unique((p for m in metas for p in m.participants), key=lambda p: _KEY.sub("", p.casefold()))
    return Meeting(date=" / ".join(shown) or None, place=" / ".join(places) or None, participants=people)


def readable_date(iso: str) -> str:
    """ "2029-06-18" → "18 June 2029"; "--06-18" → "18 June"; anything else as it is."""
    match = re.fullmatch(r"(\d{4}|-)-(\d\d)(?:-(\d\d))?", iso)
    if not match or not 1 <= int(match[2]) <= 12:
        return iso
    year, month, day = match[1], MONTHS[int(match[2]) - 1], match[3]
    parts = [str(int(day))] if day else []
    parts.append(month)
    if year != "-":
        parts.append(year)
    return " ".join(parts)


def _now() -> datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC)
    return datetime.now(UTC).replace(microsecond=0)


def _unique(values: Iterable[str | None], key: Callable[[str], str] = str) -> list[str]:
    seen: set[str] = set()
    result: list[str] = []
    for value in values:
        if not value:
            continue
        k = key(value)
        if k not in seen:
            seen.add(k)
            result.append(value)
    return result


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _source(comparison: Comparison, side: Side, side_codes: dict[Side, SideCode] | None) -> Source:
    document = comparison.document(side)
    meta = document.metadata
    code: SideCode = (side_codes or {}).get(side, meta.side)
    return Source(
        side=side, code=code, label=SIDE_NAMES.get(code, POSITION_NAMES[side]), name=document.name,
        location=document.source or document.name, languages=list(meta.languages) or [meta.language],
        title=meta.title, publisher=meta.publisher, date=meta.date.text if meta.date else None,
        place=meta.place, participants=list(meta.participants), side_evidence=list(meta.side_evidence),
        statements=len(document.statements),
    )


def _disambiguate_labels(sources: dict[Side, Source]) -> None:
    """Two readouts guessed to be from the same side are told apart by position instead."""
    if sources["left"].label == sources["right"].label:
        for side in SIDES:
            sources[side].label = POSITION_NAMES[side]


def _figures(comparison: Comparison) -> Figures:
    summary = comparison.summary()
    return Figures(
        statements=dict(summary.statements), links=summary.links, agree=summary.agree, differ=summary.differ,
        linked={side: summary.statements[side] - summary.one_sided[side] for side in SIDES},
        one_sided=dict(summary.one_sided),
    )


def _coverage(comparison: Comparison) -> list[TopicShare]:
    totals = {side: len(comparison.document(side).statements) for side in SIDES}
    shares = []
    for c in comparison.coverage():
        counts: dict[Side, int] = {"left": c.left, "right": c.right}
        shares.append(TopicShare(c.topic, c.label, counts,
                                 {side: _share(counts[side], totals[side]) for side in SIDES}))
    return shares


# ------------------------------------------------------------------------------------ links by topic


def _sections(comparison: Comparison) -> list[TopicSection]:
    """Links grouped under their main topic, topics in the order the left readout first raises them,
    links without a topic last."""
    numbers = {id(link): n for n, link in enumerate(comparison.links, 1)}
    groups: dict[str, list[LinkEntry]] = {}
    for link in sorted(comparison.links, key=lambda k: (min(k.left, default=0), min(k.right, default=0))):
        entry = _link_entry(comparison, link, numbers[id(link)])
        groups.setdefault(main_topic(comparison, link), []).append(entry)
    ordered = sorted(groups.items(), key=lambda item: item[0] == "")
    return [TopicSection(topic, comparison.topic_labels.get(topic, OTHER_TOPIC_LABEL) if topic
                         else OTHER_TOPIC_LABEL, links) for topic, links in ordered]


def main_topic(comparison: Comparison, link: Link) -> str:
    """The most specific topic the linked statements share, else the left statements' first topic."""
    candidates = link.topics or [t for i in link.left for t in comparison.statement_topics("left", i)]
    specific = [t for t in candidates if "." in t] or candidates
    return specific[0] if specific else ""


def _link_entry(comparison: Comparison, link: Link, number: int) -> LinkEntry:
    label = comparison.topic_labels.get
    return LinkEntry(
        number=number, status=link.status, score=link.score, manual=link.manual,
        topics=[label(t, t) for t in link.topics],
        reasons=[_reason(r) for r in link.reasons],
        left=[_passage(comparison, "left", i, link.differences["left"]) for i in link.left],
        right=[_passage(comparison, "right", i, link.differences["right"]) for i in link.right],
    )


def _reason(reason: Reason) -> ReasonLine:
    return ReasonLine(reason.kind, REASON_TITLES.get(reason.kind, reason.kind.capitalize()),
                      list(reason.left), list(reason.right), reason.describe())


# ------------------------------------------------------------------------------------------ passages


def _passage(comparison: Comparison, side: Side, index: int,
             differences: Sequence[tuple[int, int]] = ()) -> Passage:
    statement = comparison.document(side).statements[index]
    text, marks = passage_text(statement, differences)
    label = comparison.topic_labels.get
    return Passage(side, index, statement_id(side, index), text, marks,
                   [label(t, t) for t in comparison.statement_topics(side, index)],
                   statement.language, statement.speaker, statement.stance)


def report_annotations(comparison: Comparison, annotations: Sequence[Annotation],
                       codebook: Sequence[Tag]) -> list[ReportAnnotation]:
    """A project's annotations as the report shows them, with their tags' names and colours."""
    tags = {tag.id: tag for tag in codebook}
    documents = {"left": comparison.left, "right": comparison.right}
    shown = []
    for annotation in annotations:
        tag = tags.get(annotation.tag)
        on = annotation.statements(documents) if not annotation.orphaned else {"left": [], "right": []}
        passages = [_passage(comparison, side, index) for side in SIDES for index in on[side]]
        exact = annotation.target == "text" or annotation.orphaned  # whole statements need no quote
        quotes = [a.quote for a in annotation.anchors] if exact else []
        shown.append(ReportAnnotation(tag.name if tag else annotation.tag, tag.colour if tag else "#777777",
                                      annotation.note, annotation.target, passages, quotes,
                                      annotation.orphaned))
    return shown


def passage_text(statement: Statement, differences: Sequence[tuple[int, int]] = ()
                 ) -> tuple[str, list[tuple[int, int]]]:
    """The statement's text on one line, and the difference spans (document offsets) that fall in it,
    moved to offsets into that line."""
    raw = statement.text
    skip = _bullet_length(statement)
    flat, where = flatten(raw[skip:])
    marks: list[tuple[int, int]] = []
    for start, end in sorted(differences):
        if not statement.start <= start < statement.end:
            continue
        local_start = max(start - statement.start - skip, 0)
        local_end = min(end, statement.end) - statement.start - skip
        if local_end <= 0:
            continue
        span = (where[local_start], where[local_end])
        if span[1] <= span[0]:
            continue
        if marks and span[0] <= marks[-1][1]:
            marks[-1] = (marks[-1][0], max(marks[-1][1], span[1]))
        else:
            marks.append(span)
    return flat, marks


def _bullet_length(statement: Statement) -> int:
    """How much of the statement's start is a bullet ("o ", "- ", "• "): layout, not something said."""
    marker = statement.marker
    is_bullet = marker.lower() == "o" or (marker and not any(ch.isalnum() for ch in marker))
    if not is_bullet or not statement.text.startswith(marker):
        return 0
    rest = statement.text[len(marker):]
    return len(marker) + len(rest) - len(rest.lstrip())


def flatten(raw: str) -> tuple[str, list[int]]:
    """`raw` with wrapped lines joined and runs of white space collapsed, as `Statement.clean_text`
    does, and for every offset into `raw` (and its end) the offset it lands on in the result."""
    joins = {m.start(): m.end() for m in WRAP_WITHOUT_SPACE.finditer(raw) if m.end() > m.start()}
    where = [0] * (len(raw) + 1)
    pieces: list[str] = []
    length, i = 0, 0
    while i < len(raw):
        space = _SPACE.match(raw, i)
        if i in joins:
            end, piece = joins[i], ""
        elif space:
            end = space.end()
            piece = "" if i == 0 or end == len(raw) else " "
        else:
            end, piece = i + 1, raw[i]
        for k in range(i, end):
            where[k] = length
        pieces.append(piece)
        length += len(piece)
        i = end
    where[len(raw)] = length
    return "".join(pieces), where


def _paragraphs(text: str) -> list[str]:
    """A text's paragraphs, each on one line: blocks between blank lines, or lines when there are none
    (a text with one paragraph per line)."""
    paragraphs = []
    separator = r"\n[ \t]*\n" if re.search(r"\n[ \t]*\n", text) else r"\n"
    for block in re.split(separator, text):
        flat, _ = flatten(block)
        if flat:
            paragraphs.append(flat)
    return paragraphs
