"""A comparison of two readouts: which statements report the same point, and how the two sides differ.

Each link is classified `agree` or `differ`, with the reasons as data: the stance differs ("agreed"
against "proposed"), the attribution differs ("the two sides agreed" against one minister "stressed"),
figures or dates differ, or one side names topics or parties the other does not. Same-language links
also carry their word-level differences (character-level for CJK), as offsets into each document.
"""

from __future__ import annotations

import re
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Literal

import numpy as np

from desktop_app.core import embedding
from desktop_app.core.align import assign, similarity_matrix
from desktop_app.core.analyse.analysis import Analysis, TermMatcher, analyse, name_words
from desktop_app.core.analyse.lexicon import Lexicon, load_lexicon
from desktop_app.core.analyse.quantities import RELATIVE_MONTHS, RELATIVE_YEARS, number_key
from desktop_app.core.compare.differences import word_differences
from desktop_app.core.compare.meeting import Participant, same_person
from desktop_app.core.model import SIDE_NAMES, SIDES, Document, Side, Statement
from desktop_app.core.resources import load_yaml_resource
from desktop_app.core.settings import DEFAULT_SETTINGS, AlignmentSettings
from desktop_app.core.speakers import people_index
from desktop_app.core.wording import DEFAULT_LANGUAGE, clauses, known, listed, sentence, tr, value_words

Status = Literal["agree", "differ"]


ReasonKind = Literal["stance", "attribution", "numbers", "dates", "terms"]


@dataclass(frozen=True)
class Fact:
    """One side's part of a reason: the words the readout uses, and the value they are compared by."""

    written: str  # "올해", "4천억", "agreed", "王毅"
    value: str  # "2028", "400 billion", "commitment", "CN"


_DEFAULT_LABELS: dict[Side, str] = {"left": "the left readout", "right": "the right readout"}


@dataclass
class Reason:
    """Why a link is `differ` (or what one side adds): each side's facts, as written and as compared."""

    kind: ReasonKind
    facts: dict[Side, list[Fact]]

    @property
    def left(self) -> list[str]:
        return [self.shown(f) for f in self.facts["left"]]

    @property
    def right(self) -> list[str]:
        return [self.shown(f) for f in self.facts["right"]]

    def shown(self, fact: Fact, language: str = DEFAULT_LANGUAGE) -> str:
        """A fact as the reader sees it: the written words, with the value where it tells more —
        "올해 (2028)", "4천억 (400 billion)", "윤병세 (Korean side)". In a Korean or Chinese report the
        engine's own words (stances, "both sides", "early date", "400 billion") are in that language."""
        value = SIDE_NAMES.get(fact.value, fact.value)
        digits = re.findall(r"\d+", value)
        plain = re.sub(r"(?<=\d)[,\s](?=\d{3})", "", fact.written).casefold()  # "1,200" says 1200
        written = fact.written
        if language != DEFAULT_LANGUAGE and (self.kind == "stance" or written in _ENGINE_SPEAKERS):
            written = known(language, written)  # the engine's canonical word, not the readout's
        if (self.kind in ("stance", "terms") or not value or value.casefold() in plain
                or (self.kind == "dates" and digits and all(d.lstrip("0") in fact.written for d in digits))
                or re.fullmatch(r"\d{2}(?:-\d{2})?", value)):  # a month or day code says no more
            return written
        worded = value_words(value, language)
        if language != DEFAULT_LANGUAGE and worded.casefold() in plain:  # "올해 (올해)" says nothing more
            return written
        return f"{written} ({worded})"

    def describe(self, labels: dict[Side, str] | None = None, language: str = DEFAULT_LANGUAGE) -> str:
        """The reason as a sentence: "The figures differ: 8 on the Korean side, 10 on the Chinese side."
        `labels` name the sides ("the Korean side"); by default "the left/right readout"."""
        names = labels or default_labels(language)
        values = {side: [self.shown(f, language) for f in self.facts[side]] for side in SIDES}
        left, right = listed(values["left"], language), listed(values["right"], language)
        if self.kind == "terms":
            parts = [tr(language, "only {side} raises {topics}", side=names[side],
                        topics=listed(values[side], language)) for side in SIDES if values[side]]
            return sentence(clauses(parts, language), language)
        if self.kind == "attribution":
            return sentence(tr(language, "{left_side} attributes it to {left}; {right_side} to {right}",
                               left_side=names["left"], left=left, right_side=names["right"], right=right),
                            language)
        sides = {"left_side": names["left"], "left": left, "right_side": names["right"], "right": right}
        if self.kind == "stance":
            said = tr(language, "the stance differs: {left} according to {left_side}, {right} according to "
                      "{right_side}", **sides)
        elif self.kind == "numbers":
            said = tr(language, "the figures differ: {left} according to {left_side}, {right} according to "
                      "{right_side}", **sides)
        elif not values["left"] or not values["right"]:  # a deadline only one side sets
            side: Side = "left" if values["left"] else "right"
            said = tr(language, "only {side} sets a time: {times}", side=names[side], times=sides[side])
        else:
            said = tr(language, "the times differ: {left} according to {left_side}, {right} according to "
                      "{right_side}", **sides)
        return sentence(said, language)


_ENGINE_SPEAKERS = frozenset({"both sides", *SIDE_NAMES.values()})  # speakers the engine names itself


def default_labels(language: str = DEFAULT_LANGUAGE) -> dict[Side, str]:
    """How a sentence names the sides when the caller does not: "the left readout", "왼쪽 발표문"."""
    return {side: tr(language, label) for side, label in _DEFAULT_LABELS.items()}


@dataclass(frozen=True)
class Match:
    """What both sides of a link say alike, each as its readout writes it: 2029년 ↔ 2029年."""

    kind: Literal["figure", "time", "speaker", "topic"]
    left: str
    right: str

    @property
    def shown(self) -> str:
        return self.left if self.left == self.right else f"{self.left} ↔ {self.right}"

    def shown_in(self, language: str) -> str:
        """`shown`, with the engine's own names for speakers ("both sides") in the report's language."""
        left, right = ((known(language, w) if w in _ENGINE_SPEAKERS else w) for w in (self.left, self.right))
        return left if left == right else f"{left} ↔ {right}"


@dataclass
class Link:
    """Statements of the left and right readout that report the same point of the meeting."""

    left: list[int]  # statement indexes in the left document
    right: list[int]
    status: Status
    score: float
    topics: list[str] = field(default_factory=list)
    reasons: list[Reason] = field(default_factory=list)
    # Character spans, in each document's text, of the words only that side uses (same-language links).
    differences: dict[Side, list[tuple[int, int]]] = field(default_factory=lambda: {"left": [], "right": []})
    manual: bool = False  # made by the user, not the aligner
    matches: list[Match] = field(default_factory=list)  # what the two sides say alike

    def explanation(self, labels: dict[Side, str] | None = None,
                    language: str = DEFAULT_LANGUAGE) -> list[str]:
        """The verdict in sentences: how the link was made, why it differs, what both sides share."""
        lines = [tr(language, "Linked by hand.")] if self.manual else []
        lines += [reason.describe(labels, language) for reason in self.reasons]
        for kind in ("figure", "time", "speaker", "topic"):
            shown = [m.shown if language == DEFAULT_LANGUAGE else m.shown_in(language)
                     for m in self.matches if m.kind == kind]
            if not shown:
                continue
            what = listed(shown, language)
            if kind == "figure":
                said = tr(language, "both give the same figures: {values}", values=what)
            elif kind == "time":
                said = tr(language, "both give the same time: {values}", values=what)
            elif kind == "speaker":
                said = tr(language, "both attribute it to {values}", values=what)
            else:
                said = tr(language, "both speak of {values}", values=what)
            lines.append(sentence(said, language))
        if self.status == "agree" and not self.reasons and not self.matches:
            lines.append(tr(language, "Nothing found that sets the two apart."))
        return lines


@dataclass
class TopicCoverage:
    topic: str
    label: str
    left: int  # statements about the topic on each side
    right: int

    def share(self, side: Side, total: int) -> float:
        return (self.left if side == "left" else self.right) / total if total else 0.0


@dataclass
class Summary:
    statements: dict[Side, int]
    links: int
    agree: int
    differ: int
    one_sided: dict[Side, int]
    coverage: dict[Side, float]  # share of each side's statements that take part in a link


@dataclass
class Comparison:
    left: Document
    right: Document
    links: list[Link] = field(default_factory=list)
    analyses: dict[Side, list[Analysis]] = field(default_factory=lambda: {"left": [], "right": []})
    settings: AlignmentSettings = DEFAULT_SETTINGS
    topic_labels: dict[str, str] = field(default_factory=dict)
    # The signals the alignment used: the sentence embedding's model name, or why it was left out.
    embedding: str | None = None
    embedding_problem: str | None = None
    embedding_pending: bool = False  # made while the model was still loading: align again once it is
    # The aligner's probability that each left statement (rows) reports the point of each right one.
    probabilities: np.ndarray | None = field(default=None, repr=False)

    def document(self, side: Side) -> Document:
        return self.left if side == "left" else self.right

    def closest(self, side: Side, index: int) -> tuple[int, float] | None:
        """The other side's statement most likely to report the point of statement `index`, with that
        probability: where a one-sided statement's counterpart would be, if it has one."""
        matrix = self.probabilities
        if matrix is None or matrix.size == 0:
            return None
        row = matrix[index] if side == "left" else matrix[:, index]
        best = int(np.argmax(row))
        return best, float(row[best])

    def one_sided(self, side: Side) -> list[int]:
        """Indexes of the statements on `side` that take part in no link."""
        linked = {i for link in self.links for i in getattr(link, side)}
        return [s.index for s in self.document(side).statements if s.index not in linked]

    @cached_property
    def speaker_affiliation(self) -> dict[Side, dict[str, str]]:
        """Each side's speaking people → "KR" or "CN", where the readout tells."""
        return {"left": _speaker_sides(self.left, self.right), "right": _speaker_sides(self.right, self.left)}

    @cached_property
    def general_topics(self) -> frozenset[str]:
        """Topic areas, and topics in a large share of either readout's statements (relations, talks
        held): too general to make a difference between two statements."""
        general = {t for t in self.topic_labels if "." not in t}
        for side in SIDES:
            analyses = self.analyses[side]
            counts: Counter[str] = Counter(t for a in analyses for t in a.topics)
            general |= {t for t, n in counts.items() if n > 0.25 * len(analyses)}
        return frozenset(general)

    def statement_topics(self, side: Side, index: int) -> list[str]:
        analyses = self.analyses[side]
        return sorted(analyses[index].topics) if index < len(analyses) else []

    def coverage(self) -> list[TopicCoverage]:
        """For every topic either side speaks of: how many statements each side gives it."""
        counts: dict[Side, Counter[str]] = {side: Counter() for side in SIDES}
        for side in SIDES:
            for analysis in self.analyses[side]:
                counts[side].update(analysis.topics)
        topics = sorted(set(counts["left"]) | set(counts["right"]),
                        key=lambda t: (-(counts["left"][t] + counts["right"][t]), t))
        return [TopicCoverage(t, self.topic_labels.get(t, t), counts["left"][t], counts["right"][t])
                for t in topics]

    def summary(self) -> Summary:
        totals = {side: len(self.document(side).statements) for side in SIDES}
        one_sided = {side: len(self.one_sided(side)) for side in SIDES}
        return Summary(
            statements=totals,
            links=len(self.links),
            agree=sum(link.status == "agree" for link in self.links),
            differ=sum(link.status == "differ" for link in self.links),
            one_sided=one_sided,
            coverage={side: (totals[side] - one_sided[side]) / totals[side] if totals[side] else 0.0
                      for side in SIDES},
        )


# ------------------------------------------------------------------------------------------ compare


@cache
def _default_lexicon() -> tuple[Lexicon, TermMatcher]:
    lexicon = load_lexicon()
    return lexicon, TermMatcher(lexicon)


def matcher_for(lexicon_file: str | Path | None = None) -> tuple[Lexicon, TermMatcher]:
    """The lexicon and its matcher: the built-in one (built once per process) or merged with a user file."""
    if lexicon_file is None:
        return _default_lexicon()
    lexicon = load_lexicon(lexicon_file)
    return lexicon, TermMatcher(lexicon)


def compare(left: Document, right: Document, settings: AlignmentSettings = DEFAULT_SETTINGS,
            lexicon_file: str | Path | None = None,
            progress: Callable[[int, int], bool] | None = None,
            wait_for_embedding: bool = True) -> Comparison:
    """Align two readouts by topic and classify every link.

    `progress(done, total)` follows the sentence embedding (the only slow step on long readouts);
    returning False cancels with embedding.Cancelled. Without `wait_for_embedding`, a model still
    loading is not waited for: the comparison is made without it and says so (`embedding_pending`).
    """
    comparison = analysed(left, right, settings, lexicon_file)
    analyses = comparison.analyses
    vectors = statement_vectors(comparison, progress, wait_for_embedding)
    similarity = similarity_matrix(left.statements, analyses["left"], right.statements, analyses["right"],
                                   settings, *vectors)
    comparison.probabilities = similarity
    groups = assign(similarity, ([s.paragraph for s in left.statements],
                                 [s.paragraph for s in right.statements]), settings)
    for group in groups:
        comparison.links.append(classify(comparison, sorted(group.left), sorted(group.right), group.score))
    return comparison


def statement_vectors(comparison: Comparison, progress: Callable[[int, int], bool] | None = None,
                      wait: bool = True) -> tuple[np.ndarray | None, np.ndarray | None]:
    """Both readouts' sentence vectors (cached per readout), or (None, None) without the embedding;
    records on the comparison which it was."""
    if not comparison.settings.use_embedding:
        comparison.embedding_problem = "the sentence embedding is switched off in the settings"
        return None, None
    if not wait and not embedding.ready() and embedding.problem() is None:
        comparison.embedding_pending = True
        return None, None
    texts = {side: [s.clean_text for s in comparison.document(side).statements] for side in SIDES}
    total = len(texts["left"]) + len(texts["right"])

    def left_progress(done: int, _: int) -> bool:
        return progress is None or progress(done, total)

    def right_progress(done: int, _: int) -> bool:
        return progress is None or progress(len(texts["left"]) + done, total)

    left_vectors = embedding.vectors(texts["left"], left_progress, wait)
    right_vectors = None if left_vectors is None else embedding.vectors(texts["right"], right_progress, wait)
    if left_vectors is None or right_vectors is None:
        comparison.embedding_problem = embedding.problem()
        return None, None
    comparison.embedding = embedding.MODEL_NAME
    return left_vectors, right_vectors


def analysed(left: Document, right: Document, settings: AlignmentSettings = DEFAULT_SETTINGS,
             lexicon_file: str | Path | None = None) -> Comparison:
    """A comparison with every statement analysed and no links yet: for `compare`, and for restoring
    links saved in a project."""
    lexicon, matcher = matcher_for(lexicon_file)
    documents: dict[Side, Document] = {"left": left, "right": right}
    analyses = {side: _analyses(document, matcher) for side, document in documents.items()}
    return Comparison(left, right, analyses=analyses, settings=settings,
                      topic_labels={t.id: t.label for t in lexicon.topics.values()})


_ANALYSES_KEPT = 8  # readouts whose analyses are kept: a re-alignment does not analyse them again
_analysis_cache: OrderedDict[tuple[object, ...], list[Analysis]] = OrderedDict()


def _analyses(document: Document, matcher: TermMatcher) -> list[Analysis]:
    """Every statement of a readout analysed, cached by what the analysis reads."""
    key = (matcher, *((s.text, s.language, s.marker, s.speaker, s.speaker_kind) for s in document.statements))
    if key in _analysis_cache:
        _analysis_cache.move_to_end(key)
        return _analysis_cache[key]
    ignore = name_words(document.statements)
    result = [analyse(s, matcher, ignore) for s in document.statements]
    _analysis_cache[key] = result
    while len(_analysis_cache) > _ANALYSES_KEPT:
        _analysis_cache.popitem(last=False)
    return result


def classify(comparison: Comparison, left: list[int], right: list[int], score: float,
             manual: bool = False) -> Link:
    """A link between the given statements, with its status, reasons, topics and word differences."""
    affiliation = comparison.speaker_affiliation
    members: dict[Side, list[int]] = {"left": left, "right": right}
    statements = {side: [comparison.document(side).statements[i] for i in members[side]] for side in SIDES}
    analyses = {side: [comparison.analyses[side][i] for i in members[side]] for side in SIDES}
    figures = {side: _figures(analyses[side]) for side in SIDES}
    meeting = _meeting_date(comparison)
    times = {side: _times(analyses[side], meeting) for side in SIDES}
    reasons = [r for r in (
        _stance_reason(statements),
        _attribution_reason(statements, affiliation),
        _numbers_reason(analyses, figures),
        _dates_reason(times),
        _terms_reason(analyses, comparison),
    ) if r is not None]
    topics = sorted(set().union(*(a.topics for a in analyses["left"]))
                    & set().union(*(a.topics for a in analyses["right"])))
    # A topic only one side raises is worth showing but adds to the point rather than contradicting it;
    # the status says whether the two sides put the shared point differently.
    differs = any(r.kind != "terms" for r in reasons)
    link = Link(left, right, "differ" if differs else "agree", score, topics, reasons, manual=manual)
    link.differences = word_differences(statements["left"], statements["right"])
    link.matches = _matches(comparison, statements, analyses, figures, times, topics)
    return link


# ------------------------------------------------------------------------------------------ reasons


@cache
def _stance_family() -> dict[str, str]:
    families = load_yaml_resource("lexicon", "attribution.yaml")["stance_families"]
    return {stance: family for family, stances in families.items() for stance in stances}


def _stance_reason(statements: dict[Side, list[Statement]]) -> Reason | None:
    stances = {side: sorted({s.stance for s in statements[side] if s.stance}) for side in SIDES}
    families = {side: {_stance_family().get(s, s) for s in stances[side]} for side in SIDES}
    if families["left"] and families["right"] and not families["left"] & families["right"]:
        return Reason("stance", {side: [Fact(s, _stance_family().get(s, s)) for s in stances[side]]
                                 for side in SIDES})
    return None


def _speaker_sides(document: Document, other: Document) -> dict[str, str]:
    """Each person speaking in a readout → "KR" or "CN", where this readout or the other tells: a
    Korean name written in Hangul or Latin letters on one side is often written in Han characters,
    with its nationality, on the other (윤병세 = 尹炳世)."""
    people = people_index(document.statements)
    others = [p for p in people_index(other.statements).people if p.nationality]
    sides: dict[str, str] = {}
    for statement in document.statements:
        if statement.speaker and statement.speaker_kind == "person":
            person = people.find(statement.speaker)
            nationality = person.nationality if person is not None else None
            if nationality is None:
                speaker = Participant(statement.speaker, None)
                nationality = next((p.nationality for p in others
                                    if same_person(speaker, Participant(p.name, None))), None)
            if nationality:
                sides[statement.speaker] = nationality
    return sides


def _attribution(statement: Statement, affiliation: dict[str, str]) -> str:
    """Who a statement is attributed to, in terms both readouts share: both sides, KR or CN."""
    if statement.speaker_kind == "both":
        return "both sides"
    if statement.speaker_kind == "side" and statement.speaker:
        return {name: code for code, name in SIDE_NAMES.items()}.get(statement.speaker, statement.speaker)
    if statement.speaker_kind == "person" and statement.speaker:
        return affiliation.get(statement.speaker, statement.speaker)
    return ""


def _attribution_reason(statements: dict[Side, list[Statement]],
                        affiliation: dict[Side, dict[str, str]]) -> Reason | None:
    """Joint on one side and one side's on the other, or the Korean side's against the Chinese side's."""
    who = {side: {_attribution(s, affiliation[side]) for s in statements[side]} - {""} for side in SIDES}
    joint = {side: "both sides" in who[side] for side in SIDES}
    single = {side: who[side] - {"both sides"} for side in SIDES}
    joint_against_single = (joint["left"] and not joint["right"] and single["right"]) or (
        joint["right"] and not joint["left"] and single["left"])
    sides = {side: single[side] & {"KR", "CN"} for side in SIDES}
    opposite_sides = sides["left"] and sides["right"] and not sides["left"] & sides["right"]
    if not (joint_against_single or opposite_sides):
        return None
    facts: dict[Side, list[Fact]] = {}
    for side in SIDES:
        speakers = {s.speaker: _attribution(s, affiliation[side]) for s in statements[side] if s.speaker}
        facts[side] = [Fact(name, "" if value == name else value) for name, value in sorted(speakers.items())]
    return Reason("attribution", facts)


def _format_number(value: float) -> str:
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if value >= scale:
            return f"{value / scale:g} {word}"
    return f"{value:g}"


def _figures(analyses: list[Analysis]) -> set[float]:
    """The figures a side gives, years left out (they are times)."""
    return set().union(*(a.quantities.numbers - set(map(float, a.quantities.years)) for a in analyses))


def _numbers_reason(analyses: dict[Side, list[Analysis]], numbers: dict[Side, set[float]]) -> Reason | None:
    """Figures of the same order of magnitude that the two sides give differently."""
    left_only = numbers["left"] - numbers["right"]
    right_only = numbers["right"] - numbers["left"]
    clashing = {(a, b) for a in left_only for b in right_only if _comparable(a, b)}
    if not clashing:
        return None

    def fact(side: Side, value: float) -> Fact:
        shown = _format_number(value)
        return Fact(_written(analyses[side], number_key(value)) or shown, shown)

    return Reason("numbers", {"left": [fact("left", a) for a in sorted({a for a, _ in clashing})],
                              "right": [fact("right", b) for b in sorted({b for _, b in clashing})]})


def _written(analyses: list[Analysis], key: str) -> str | None:
    return next((a.quantities.written[key] for a in analyses if key in a.quantities.written), None)


def _comparable(a: float, b: float) -> bool:
    """Two figures of one order of magnitude; zero is comparable with a small count ("0 areas", "8")."""
    if a == 0 or b == 0:
        return max(a, b) <= 10
    return 0.1 <= a / b <= 10


def _times(analyses: list[Analysis], meeting: tuple[int, int] | None) -> dict[str, Fact]:
    """The times a side gives, by the value they are compared by ("2028", "2029-2030", "04-20", "10",
    "early date"), each with the words written. With the meeting's date known, "this year" is its year
    and "last month" its month before; a period replaces the years it spans."""
    found: dict[str, Fact] = {}
    for analysis in analyses:
        q = analysis.quantities
        in_periods = {year for first, last in q.periods for year in range(first, last + 1)}
        values = [(f"{a}-{b}", f"period:{a}-{b}") for a, b in q.periods]
        values += [(str(y), f"year:{y}") for y in q.years if y not in in_periods]
        values += [(d, f"date:{d}" if "-" in d else f"month:{d}") for d in q.dates]
        for value, key in values:
            found.setdefault(value, Fact(q.written.get(key, value), value))
        for time in q.times:
            value = _resolved(time, meeting)
            found.setdefault(value, Fact(q.written.get(f"time:{time}", time), value))
    return found


def _resolved(time: str, meeting: tuple[int, int] | None) -> str:
    """A relative time as a year or month where the meeting's date tells which ("this year" → "2028")."""
    if meeting is None:
        return time
    year, month = meeting
    if time in RELATIVE_YEARS:
        return str(year + RELATIVE_YEARS[time])
    if time in RELATIVE_MONTHS:
        return f"{(month - 1 + RELATIVE_MONTHS[time]) % 12 + 1:02d}"
    return time


def _dates_reason(times: dict[Side, dict[str, Fact]]) -> Reason | None:
    """Dates, years, periods or times (this year, at a convenient time …) the two sides give differently."""
    left, right = times["left"], times["right"]
    # "June" on one side and "June 18" on the other are the same time, not a different one.
    left_only = [left[d] for d in sorted(left) if not any(d == r or _same_time(d, r) for r in right)]
    right_only = [right[d] for d in sorted(right) if not any(d == x or _same_time(d, x) for x in left)]
    if left_only and right_only:  # a year written within a date shows once, as the date
        return Reason("dates", {"left": _unique_written(left_only), "right": _unique_written(right_only)})
    # A deadline one side sets ("at an early date", "within the year") and the other leaves open.
    only_one: dict[Side, list[Fact]] = {"left": left_only, "right": right_only}
    deadlines = {side: [f for f in only if f.value in _DEADLINES] for side, only in only_one.items()}
    if bool(deadlines["left"]) != bool(deadlines["right"]) and not (left if deadlines["right"] else right):
        return Reason("dates", deadlines)
    return None


_DEADLINES = {"early date", "convenient time", "in due course", "end of year", "first half", "second half"}


def _unique_written(facts: list[Fact]) -> list[Fact]:
    unique: dict[str, Fact] = {}
    for fact in facts:
        unique.setdefault(fact.written, fact)
    return list(unique.values())


def _same_time(a: str, b: str) -> bool:
    """A month ("06") and a day in it ("06-18") name the same time."""
    short, long = sorted((a, b), key=len)
    return len(short) == 2 and short.isdigit() and long.startswith(short + "-")


def _meeting_date(comparison: Comparison) -> tuple[int, int] | None:
    """The meeting's year and month, from either readout's date."""
    for side in SIDES:
        date = comparison.document(side).metadata.date
        if date and re.match(r"\d{4}-\d{2}", date.iso):
            return int(date.iso[:4]), int(date.iso[5:7])
    return None


def _terms_reason(analyses: dict[Side, list[Analysis]], comparison: Comparison) -> Reason | None:
    """Specific topics one side raises in the link and the other leaves out."""
    general = comparison.general_topics
    topics = {side: set().union(*(a.topics for a in analyses[side])) - general for side in SIDES}
    left_only, right_only = sorted(topics["left"] - topics["right"]), sorted(topics["right"] - topics["left"])
    if not left_only and not right_only:
        return None
    label = comparison.topic_labels.get
    return Reason("terms", {"left": [Fact(label(t, t), t) for t in left_only],
                            "right": [Fact(label(t, t), t) for t in right_only]})


def evidence(comparison: Comparison, link: Link) -> dict[Side, list[tuple[int, int]]]:
    """Where, in each readout's text, the words the link's verdict cites stand: the figures, times and
    speakers of its reasons and matches as written, and the terms of the topics it names."""
    cited: dict[Side, set[str]] = {side: set() for side in SIDES}
    for reason in link.reasons:
        if reason.kind in ("numbers", "dates", "attribution"):
            for side in SIDES:
                cited[side] |= {f.written for f in reason.facts[side]}
    for match in link.matches:
        if match.kind != "topic":
            cited["left"].add(match.left)
            cited["right"].add(match.right)
    topics = set(link.topics) | {f.value for r in link.reasons if r.kind == "terms"
                                 for side in SIDES for f in r.facts[side]}
    spans: dict[Side, list[tuple[int, int]]] = {}
    for side in SIDES:
        found: set[tuple[int, int]] = set()
        for index in getattr(link, side):
            statement = comparison.document(side).statements[index]
            for words in cited[side]:
                at = statement.text.find(words) if words else -1
                if at >= 0:
                    found.add((statement.start + at, statement.start + at + len(words)))
            terms = comparison.analyses[side][index].terms if index < len(comparison.analyses[side]) else {}
            for topic in topics:
                found |= {(statement.start + a, statement.start + b)
                          for a, b in terms.get(f"topic:{topic}", [])}
        spans[side] = sorted(found)
    return spans


def _matches(comparison: Comparison, statements: dict[Side, list[Statement]],
             analyses: dict[Side, list[Analysis]], figures: dict[Side, set[float]],
             times: dict[Side, dict[str, Fact]], topics: list[str]) -> list[Match]:
    """What the two sides of a link share: figures, times and speakers as each writes them, topics."""
    found: list[Match] = []
    for value in sorted(figures["left"] & figures["right"]):
        key = number_key(value)
        found.append(Match("figure", _written(analyses["left"], key) or _format_number(value),
                           _written(analyses["right"], key) or _format_number(value)))
    for when in sorted(set(times["left"]) & set(times["right"])):
        found.append(Match("time", times["left"][when].written, times["right"][when].written))
    affiliation = comparison.speaker_affiliation
    speakers = {side: {_attribution(s, affiliation[side]): s.speaker for s in statements[side] if s.speaker}
                for side in SIDES}
    for who in sorted(set(speakers["left"]) & set(speakers["right"]) - {""}):
        found.append(Match("speaker", speakers["left"][who] or who, speakers["right"][who] or who))
    label = comparison.topic_labels.get
    found += [Match("topic", label(t, t), label(t, t)) for t in topics if t not in comparison.general_topics]
    return found
