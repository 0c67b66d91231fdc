"""A comparison of two readouts: which statements report the same point, and how the two sides differ.

Each link is classified `agree` or `differ`, with the reasons as data: the stance differs ("agreed"
against "proposed"), the attribution differs ("the two sides agreed" against one minister "stressed"),
figures or dates differ, or one side names topics or parties the other does not. Same-language links
also carry their word-level differences (character-level for CJK), as offsets into each document.
The verdict itself is found in `verdicts.py` and worded in `reasons.py`.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Literal

import numpy as np

from desktop_app.core import embedding
from desktop_app.core.align import assign, similarity_matrix
from desktop_app.core.analyse.analysis import Analysis, TermMatcher, analyse, name_words
from desktop_app.core.analyse.lexicon import Lexicon, load_lexicon
from desktop_app.core.compare.differences import word_differences
from desktop_app.core.compare.reasons import Match, Reason, sentence_form
from desktop_app.core.compare.verdicts import judge, speaker_sides
from desktop_app.core.model import SIDES, Document, Side
from desktop_app.core.settings import DEFAULT_SETTINGS, AlignmentSettings
from desktop_app.core.speakers.attribution import reader_for
from desktop_app.core.speakers.clauses import Reader
from desktop_app.core.wording import DEFAULT_LANGUAGE, listed, name_in, sentence, tr

Status = Literal["agree", "differ"]


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

    def explanation(self, labels: dict[Side, str] | None = None, language: str = DEFAULT_LANGUAGE,
                    topics: Mapping[str, str] | None = None) -> list[str]:
        """The verdict in sentences: how the link was made, why it differs, what both sides share.
        `topics` names the topics in `language` (`Comparison.labels_in`)."""
        lines = [tr(language, "Linked by hand.")] if self.manual else []
        lines += [reason.describe(labels, language, topics) for reason in self.reasons]
        for kind in ("figure", "time", "speaker", "topic"):
            shown = [m.shown if language == DEFAULT_LANGUAGE and not topics else m.shown_in(language, topics)
                     for m in self.matches if m.kind == kind]
            if kind == "speaker":
                shown = [sentence_form(w, language) for w in shown]
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
    topic_labels: dict[str, str] = field(default_factory=dict)  # topic id → label, in English
    # Topic id → its label in the report's other languages ("ko", "zh"), where the lexicon gives one.
    translated_labels: dict[str, dict[str, str]] = field(default_factory=dict)
    # The signals the alignment used: the sentence embedding's model name, or why it was left out.
    embedding: str | None = None
    embedding_problem: str | None = None
    embedding_pending: bool = False  # made while the model was still loading: align again once it is
    # The aligner's probability that each left statement (rows) reports the point of each right one.
    probabilities: np.ndarray | None = field(default=None, repr=False)

    def document(self, side: Side) -> Document:
        return self.left if side == "left" else self.right

    def labels_in(self, language: str) -> dict[str, str]:
        """Every topic's label in a report language, English where the lexicon gives none (Traditional
        Chinese from the Simplified label, where the lexicon gives no Traditional one)."""
        return {topic: name_in(self.translated_labels.get(topic, {}), language) or english
                for topic, english in self.topic_labels.items()}

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
        return {"left": speaker_sides(self.left, self.right), "right": speaker_sides(self.right, self.left)}

    @cached_property
    def readers(self) -> dict[Side, Reader]:
        """Each readout's statement reader, for the clauses a verdict reads beyond each main speaker."""
        return {side: reader_for(self.document(side).statements) for side in SIDES}

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
                      topic_labels={t.id: t.label for t in lexicon.topics.values()},
                      translated_labels={t.id: t.labels for t in lexicon.topics.values() if t.labels})


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
    members: dict[Side, list[int]] = {"left": left, "right": right}
    statements = {side: [comparison.document(side).statements[i] for i in members[side]] for side in SIDES}
    verdict = judge(comparison, members)
    link = Link(left, right, verdict.status, score, verdict.topics, verdict.reasons, manual=manual,
                matches=verdict.matches)
    link.differences = word_differences(statements["left"], statements["right"])
    return link


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
