"""The comparison report: one model of everything a report says, built once from a `Comparison`.

Every format renders this model and nothing else (HTML, and from it the PDF; Markdown; CSV; JSON), so
the formats never disagree about which statements are linked, how, and why. The model holds plain data
only: document text stays text, and the words that differ are character spans into each passage's
text, never markup. Renderers escape.

Sections, in the order a report shows them: the cover (`Cover`: title, meeting, sources, when and by
which Parallax, and whether the two readouts report one meeting at all), the key findings
(`KeyFindings`: what only one side reports, sensitive topics first; figures and dates that differ;
attribution shifts; each with where it stands in the report), the summary figures (`Figures`), topic
coverage (`TopicShare`), the linked statements
grouped by topic (`TopicSection` of `LinkEntry`), what only one side said (`OneSided`), the analyst's
annotations (`ReportAnnotation`) and, optionally, both full texts (`FullText`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Literal

from desktop_app import __version__
from desktop_app.core.analyse.lexicon import sensitivity
from desktop_app.core.annotations import UNKNOWN_TAG_COLOUR, Annotation, Tag
from desktop_app.core.compare.comparison import SIDES, Comparison, Link, Side
from desktop_app.core.compare.meeting import (
    MeetingCheck,
    MeetingFacts,
    check_meeting,
    common_kind,
    countries,
    day_gap,
    meeting_facts,
    pair_participants,
    same_place,
)
from desktop_app.core.compare.reasons import Reason
from desktop_app.core.metadata import place_facts
from desktop_app.core.model import (
    WRAP_WITHOUT_SPACE,
    Document,
    SideCode,
    Statement,
    side_names,
    statement_id,
)
from desktop_app.core.report.contract import comparison_to_dict
from desktop_app.core.report.model import (
    Cover,
    Figures,
    Finding,
    FullText,
    KeyFindings,
    LinkEntry,
    Meeting,
    OneSided,
    Passage,
    ReasonLine,
    Report,
    ReportAnnotation,
    Source,
    TopicMention,
    TopicSection,
    TopicShare,
    share_of,
)
from desktop_app.core.wording import (
    DEFAULT_LANGUAGE,
    check_language,
    known,
    place_name,
    tr,
)
from desktop_app.core.wording import countries as countries_in
from desktop_app.core.wording import readable_date as readable_date_in

REASON_TITLES = {"stance": "Stance", "attribution": "Attribution", "numbers": "Figures", "dates": "Dates",
                 "terms": "Raised by one side only"}
OTHER_TOPIC_LABEL = "Other points"
KEY_FINDINGS = 8  # of each kind on the key findings page; the rest are counted, and all are in the report
_SPACE = re.compile(r"\s+")



# ------------------------------------------------------------------------------------- shared words


def percent(share: float) -> str:
    return f"{share:.0%}"


def summary_sentence(figures: Figures, sources: dict[Side, Source], language: str = DEFAULT_LANGUAGE) -> str:
    """The summary in words, for readers who skip tables."""
    left, right = sources["left"], sources["right"]
    # Worded so that no verb agrees with a count: "they agree on 1 and put 2 differently".
    counts = {"links": figures.links, "agree": figures.agree, "differ": figures.differ}
    if figures.links == 1:
        linked = tr(language, "Both readouts report {links} point: they agree on {agree} and put {differ} "
                    "differently. ", **counts)
    else:
        linked = tr(language, "Both readouts report {links} points: they agree on {agree} and put {differ} "
                    "differently. ", **counts)
    if not figures.links:
        linked = tr(language, "The two readouts report no point in common. ")
    one_sided = tr(language, "{left_only} of the {left_side}'s {left_statements} statements ({left_share}) "
                   "and {right_only} of the {right_side}'s {right_statements} ({right_share}) have no "
                   "counterpart on the other side.",
                   left_only=figures.one_sided["left"], left_side=left.label,
                   left_statements=figures.statements["left"],
                   left_share=percent(figures.one_sided_share("left")),
                   right_only=figures.one_sided["right"], right_side=right.label,
                   right_statements=figures.statements["right"],
                   right_share=percent(figures.one_sided_share("right")))
    return linked + one_sided


def the_side(label: str, language: str) -> str:
    """A side's label as a sentence names it: "the Korean side"; "한국 측", "韩方"."""
    return tr(language, "the {side}", side=label)


def link_place(number: int, language: str = DEFAULT_LANGUAGE) -> str:
    """Where a link stands in the report, as the key findings point to it: "link 4"."""
    return tr(language, "link {number}", number=number)


# ------------------------------------------------------------------------------------------ building


def build_report(comparison: Comparison, *, title: str | None = None, meeting: Meeting | None = None,
                 side_codes: dict[Side, SideCode] | None = None, include_texts: bool = False,
                 annotations: Sequence[ReportAnnotation] = (), generated: datetime | None = None,
                 language: str = DEFAULT_LANGUAGE) -> Report:
    """The report of a comparison.

    `title` and `meeting` replace what is guessed; `side_codes` the guessed sides (the user's labels);
    `include_texts` adds both full texts as an appendix. `generated` defaults to now, or to
    SOURCE_DATE_EPOCH when set, so that builds can be reproducible. `language` is the language of the
    report's own wording ("en", "ko", "zh"; `core.wording`); the readouts' text stays as written.
    """
    check_language(language)
    topics = comparison.labels_in(language)
    codes: dict[Side, SideCode] = {side: (side_codes or {}).get(side, comparison.document(side).metadata.side)
                              for side in SIDES}
    names = {side: known(language, name) for side, name in side_names(codes).items()}
    sources = {side: _source(comparison, side, codes[side], names[side], language) for side in SIDES}
    facts = {side: meeting_facts(comparison.document(side)) for side in SIDES}
    check = check_meeting(facts["left"], facts["right"])
    meeting = meeting or _combined_meeting(facts, names, language)
    cover = Cover(title=title or default_title(meeting, sources, check, language), meeting=meeting,
                  sources=sources, generated=generated or _now(), version=__version__, check=check,
                  accounts={side: _account(facts[side], language) for side in SIDES}, language=language)
    report = Report(
        cover=cover,
        figures=_figures(comparison),
        coverage=_coverage(comparison, topics),
        sections=_sections(comparison, {side: the_side(names[side], language) for side in SIDES}, topics,
                           language),
        one_sided={side: OneSided(side, [_passage(comparison, side, i, topics=topics)
                                         for i in comparison.one_sided(side)]) for side in SIDES},
        annotations=list(annotations),
        comparison=comparison,
        contract=comparison_to_dict(comparison),
    )
    report.findings = key_findings(report, comparison)
    return with_appendix(report) if include_texts else report


def with_appendix(report: Report) -> Report:
    """The report with both full texts as an appendix (a no-op when it already has them)."""
    if report.appendix or report.comparison is None:
        return report
    texts = [FullText(side, _paragraphs(report.comparison.document(side).text)) for side in SIDES]
    return replace(report, appendix=texts)


def default_title(meeting: Meeting, sources: dict[Side, Source], check: MeetingCheck | None = None,
                  language: str = DEFAULT_LANGUAGE) -> str:
    """The meeting's name ("Korea–China foreign ministers' meeting, Beijing, 20 April 2028"), never one
    side's headline; "Two readouts of different meetings" when they are; else which readouts."""
    if check is not None and check.different:
        return tr(language, "Two readouts of different meetings")
    name = meeting.name(_countries(sources, language), language)
    if name:
        return name
    return tr(language, "Two readouts compared: {left} and {right}", left=sources["left"].name,
              right=sources["right"].name)


def _countries(sources: dict[Side, Source], language: str = DEFAULT_LANGUAGE) -> str | None:
    codes = (sources["left"].code, sources["right"].code)
    return countries(codes) if language == DEFAULT_LANGUAGE else countries_in(codes, language)


def side_meeting_name(report: Report, side: Side) -> str:
    """One readout's own meeting, named on its own: what the cover says when the meetings differ."""
    account = report.cover.accounts.get(side) or Meeting()
    language = report.language
    return (account.name(_countries(report.sources, language), language)
            or tr(language, "a meeting it neither dates nor places"))


def guess_meeting(comparison: Comparison, side_codes: dict[Side, SideCode] | None = None,
                  language: str = DEFAULT_LANGUAGE) -> Meeting:
    """Date, place, kind and participants from both readouts' metadata, each person once; a date or
    place the two readouts give differently is given for each side, named."""
    codes: dict[Side, SideCode] = {side: (side_codes or {}).get(side, comparison.document(side).metadata.side)
                              for side in SIDES}
    facts = {side: meeting_facts(comparison.document(side)) for side in SIDES}
    names = {side: known(language, name) for side, name in side_names(codes).items()}
    return _combined_meeting(facts, names, language)


def _combined_meeting(facts: dict[Side, MeetingFacts], names: dict[Side, str],
                      language: str = DEFAULT_LANGUAGE) -> Meeting:
    left, right = facts["left"], facts["right"]
    people = [pair.display for pair in pair_participants(left, right)]
    return Meeting(date=_combined_date(left, right, names, language),
                   place=_combined_place(left, right, names, language),
                   participants=people, kind=common_kind(left, right))


def _account(facts: MeetingFacts, language: str = DEFAULT_LANGUAGE) -> Meeting:
    return Meeting(_date(facts, language), place_name(facts.place, language),
                   [p.name for p in facts.participants], facts.kind)


def _date(facts: MeetingFacts, language: str) -> str | None:
    """A readout's meeting date for reading, in the report's language."""
    if language == DEFAULT_LANGUAGE or not facts.date_iso:
        return facts.date_readable
    return readable_date_in(facts.date_iso, language)


def _combined_date(left: MeetingFacts, right: MeetingFacts, names: dict[Side, str],
                   language: str = DEFAULT_LANGUAGE) -> str | None:
    """One date when the readouts agree (the one with a year, when only one gives it); each side's,
    named, when they do not: never the two run together."""
    if not left.date_iso or not right.date_iso:
        return _date(left, language) or _date(right, language)
    if day_gap(left.date_iso, right.date_iso) == 0:
        full = left if left.date_iso[:4].isdigit() else right
        return _date(full, language)
    return f"{_date(left, language)} ({names['left']}) / {_date(right, language)} ({names['right']})"


def _combined_place(left: MeetingFacts, right: MeetingFacts, names: dict[Side, str],
                    language: str = DEFAULT_LANGUAGE) -> str | None:
    if not left.place or not right.place:
        return place_name(left.place or right.place, language)
    if same_place(left.place, right.place):
        # A venue and its city: the venue, which tells more ("Great Hall of the People").
        return place_name(min((left.place, right.place), key=lambda p: not _is_venue(p)), language)
    return (f"{place_name(left.place, language)} ({names['left']}) / "
            f"{place_name(right.place, language)} ({names['right']})")


def _is_venue(place: str) -> bool:
    facts = place_facts(place)
    return facts is not None and facts.region


def _now() -> datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC)
    return datetime.now(UTC).replace(microsecond=0)


def _source(comparison: Comparison, side: Side, code: SideCode, label: str,
            language: str = DEFAULT_LANGUAGE) -> Source:
    document = comparison.document(side)
    meta = document.metadata
    return Source(
        side=side, code=code, label=label, name=document.name,
        location=document.source or document.name, languages=list(meta.languages) or [meta.language],
        title=meta.title, publisher=meta.publisher, date=meta.date.text if meta.date else None,
        place=meta.place, participants=list(meta.participants), side_evidence=list(meta.side_evidence),
        statements=len(document.statements), report_language=language,
    )


def _figures(comparison: Comparison) -> Figures:
    summary = comparison.summary()
    return Figures(
        statements=dict(summary.statements), links=summary.links, agree=summary.agree, differ=summary.differ,
        linked={side: summary.statements[side] - summary.one_sided[side] for side in SIDES},
        one_sided=dict(summary.one_sided),
    )


def _coverage(comparison: Comparison, topics: dict[str, str]) -> list[TopicShare]:
    totals = {side: len(comparison.document(side).statements) for side in SIDES}
    shares = []
    for c in comparison.coverage():
        counts: dict[Side, int] = {"left": c.left, "right": c.right}
        shares.append(TopicShare(c.topic, topics.get(c.topic, c.label), counts,
                                 {side: share_of(counts[side], totals[side]) for side in SIDES}))
    return shares


# ------------------------------------------------------------------------------------ links by topic


def _sections(comparison: Comparison, labels: dict[Side, str], topics: dict[str, str],
              language: str = DEFAULT_LANGUAGE) -> list[TopicSection]:
    """Links grouped under their main topic, topics in the order the left readout first raises them,
    links without a topic last. `labels` name the sides in the reasons' sentences, `topics` the topics
    (id → label), in the report's language."""
    numbers = {id(link): n for n, link in enumerate(comparison.links, 1)}
    groups: dict[str, list[LinkEntry]] = {}
    for link in sorted(comparison.links, key=lambda k: (min(k.left, default=0), min(k.right, default=0))):
        entry = _link_entry(comparison, link, numbers[id(link)], labels, topics, language)
        groups.setdefault(main_topic(comparison, link), []).append(entry)
    ordered = sorted(groups.items(), key=lambda item: item[0] == "")
    other = tr(language, OTHER_TOPIC_LABEL)
    return [TopicSection(topic, topics.get(topic, other) if topic else other, links)
            for topic, links in ordered]


def main_topic(comparison: Comparison, link: Link) -> str:
    """The most specific topic the linked statements share, else the left statements' first topic; of
    several, the one the two readouts give fewest statements: what this point is about rather than the
    talks it was made at."""
    candidates = link.topics or [t for i in link.left for t in comparison.statement_topics("left", i)]
    specific = [t for t in candidates if "." in t] or candidates
    if not specific:
        return ""
    statements = {c.topic: c.left + c.right for c in comparison.coverage()}
    return min(specific, key=lambda t: (statements.get(t, 0), specific.index(t)))


def _link_entry(comparison: Comparison, link: Link, number: int, labels: dict[Side, str],
                topics: dict[str, str], language: str = DEFAULT_LANGUAGE) -> LinkEntry:
    """`labels` name the sides, `topics` the topics (id → label), in the report's language."""
    return LinkEntry(
        number=number, status=link.status, score=link.score, manual=link.manual,
        topics=[topics.get(t, t) for t in link.topics],
        reasons=[_reason(r, labels, topics, language) for r in link.reasons],
        left=[_passage(comparison, "left", i, link.differences["left"], topics=topics) for i in link.left],
        right=[_passage(comparison, "right", i, link.differences["right"], topics=topics)
               for i in link.right],
    )


def _reason(reason: Reason, labels: dict[Side, str], topics: dict[str, str],
            language: str = DEFAULT_LANGUAGE) -> ReasonLine:
    values = reason.values(language, topics)
    return ReasonLine(reason.kind, tr(language, REASON_TITLES.get(reason.kind, reason.kind.capitalize())),
                      values["left"], values["right"], reason.describe(labels, language, topics))


# ------------------------------------------------------------------------------------------ passages


def _passage(comparison: Comparison, side: Side, index: int,
             differences: Sequence[tuple[int, int]] = (), *, topics: dict[str, str]) -> Passage:
    """A statement as the report quotes it, its topics named by `topics` (id → label)."""
    statement = comparison.document(side).statements[index]
    text, marks = passage_text(statement, differences)
    label = topics.get
    return Passage(side, index, statement_id(side, index), text, marks,
                   [label(t, t) for t in comparison.statement_topics(side, index)],
                   statement.language, statement.speaker, statement.stance)


def report_annotations(comparison: Comparison, annotations: Sequence[Annotation], codebook: Sequence[Tag],
                       language: str = DEFAULT_LANGUAGE) -> list[ReportAnnotation]:
    """A project's annotations as the report shows them, with their tags' names and colours; the
    passages' topics in the report's `language`."""
    tags = {tag.id: tag for tag in codebook}
    topics = comparison.labels_in(language)
    documents: dict[Side, Document] = {"left": comparison.left, "right": comparison.right}
    shown = []
    for annotation in annotations:
        tag = tags.get(annotation.tag)
        on = annotation.statements(documents) if not annotation.orphaned else {"left": [], "right": []}
        passages = [_passage(comparison, side, index, topics=topics) for side in SIDES for index in on[side]]
        exact = annotation.target == "text" or annotation.orphaned  # whole statements need no quote
        quotes = [a.quote for a in annotation.anchors] if exact else []
        colour = tag.colour if tag else UNKNOWN_TAG_COLOUR
        shown.append(ReportAnnotation(tag.name if tag else annotation.tag, colour,
                                      annotation.note, annotation.target, passages, quotes,
                                      annotation.orphaned,
                                      quote_sides=[a.side for a in annotation.anchors] if exact else []))
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


def key_findings(report: Report, comparison: Comparison, limit: int = KEY_FINDINGS) -> KeyFindings:
    """The key findings of a report: chosen by the lexicon's topics and the links' reasons, never by
    the wording of a sentence. Sensitive topics (topics.yaml `sensitive`) come first, by their rank."""
    language = report.language
    labels = comparison.labels_in(language)  # as the report names the topics, so that they map back
    ids_by_label = {label: topic for topic, label in labels.items()}
    other = tr(language, OTHER_TOPIC_LABEL)
    sensitive: list[Finding] = []
    others: dict[Side, dict[str, list[str]]] = {side: {} for side in SIDES}
    for side in SIDES:
        for passage in report.one_sided[side].passages:
            topic, rank = _most_sensitive(comparison.statement_topics(side, passage.index))
            if rank is not None:
                sensitive.append(Finding("one_sided", labels.get(topic, topic), rank, passage.text,
                                         passage.id, f"only-{passage.id}", side, passage.language))
            else:
                main = _main_of(comparison.statement_topics(side, passage.index))
                others[side].setdefault(labels.get(main, other) if main else other, []).append(passage.id)
    figures: list[Finding] = []
    attribution: list[Finding] = []
    for shown_under, link in ((section, link) for section in report.sections for link in section.links):
        topic, rank = _most_sensitive([ids_by_label.get(t, t) for t in link.topics])
        label = labels.get(topic, shown_under.label)  # its most sensitive topic, else where it is shown
        where, anchor = link_place(link.number, language), f"link-{link.number}"
        for reason in link.reasons:
            if reason.kind == "terms":
                for side, raised in (("left", reason.left), ("right", reason.right)):
                    for raised_topic in (ids_by_label.get(t, t) for t in raised):
                        raised_rank = sensitivity(raised_topic)
                        if raised_rank is not None:
                            sensitive.append(Finding("raised", labels.get(raised_topic, raised_topic),
                                                     raised_rank, reason.text, where, anchor, side))
            elif reason.kind in ("numbers", "dates"):
                kind: Literal["numbers", "dates"] = "numbers" if reason.kind == "numbers" else "dates"
                figures.append(Finding(kind, label, rank, reason.text, where, anchor))
            elif reason.kind == "attribution":
                attribution.append(Finding("attribution", label, rank, reason.text, where, anchor))
    order = _finding_order(report)
    chosen = {name: sorted(found, key=order) for name, found in
              (("one_sided", sensitive), ("figures", figures), ("attribution", attribution))}
    return KeyFindings(
        one_sided=chosen["one_sided"][:limit], figures=chosen["figures"][:limit],
        attribution=chosen["attribution"][:limit],
        other_one_sided={side: [TopicMention(label, ids) for label, ids in others[side].items()]
                         for side in SIDES},
        more={name: len(found) - limit for name, found in chosen.items() if len(found) > limit},
    )


def _most_sensitive(topics: Iterable[str]) -> tuple[str, int | None]:
    """The most sensitive of these topics and its rank; ("", None) when none is sensitive."""
    ranked = [(rank, topic) for topic in topics if (rank := sensitivity(topic)) is not None]
    if not ranked:
        return "", None
    rank, topic = min(ranked, key=lambda item: (item[0], "." not in item[1]))  # a sub-topic says more
    return topic, rank


def _main_of(topics: list[str]) -> str:
    specific = [t for t in topics if "." in t] or topics
    return specific[0] if specific else ""


def _finding_order(report: Report) -> Callable[[Finding], tuple[int, int, int]]:
    """Sensitive first by rank, then in the order the report shows them (links by their place)."""
    places = {link_place(link.number, report.language): n for n, link in enumerate(report.links())}
    for side in SIDES:
        for passage in report.one_sided[side].passages:
            places[passage.id] = len(places)

    def order(finding: Finding) -> tuple[int, int, int]:
        return (finding.sensitivity if finding.sensitivity is not None else 10**6,
                places.get(finding.where, 0), 0 if finding.side in (None, "left") else 1)
    return order
