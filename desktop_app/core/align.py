"""Which statements of two readouts report the same point of the meeting.

Not a line diff: the two sides order topics differently, one side says in two sentences what the other
says in one, and each leaves out what it prefers not to say. So:
1. every statement pair gets a similarity: an IDF-weighted cosine over what the statements are about
   (lexicon topics and entities, figures, dates, and for statements in the same language their content
   words), plus rapidfuzz's ratio of their content words (`process.cdist`, vectorised) when both are in
   one language. Stock phrases are left out and rare concepts weigh more, so distinctive terms decide;
2. an order-free assignment: pairs above the threshold are taken best first, one partner each (links may
   cross); then a statement left over joins the link of its best partner when it is nearly as close as the
   link itself, or when its neighbour in the same paragraph already belongs to that link (a point split
   into two sentences) and it raises no topic the other readout never mentions, giving 1:n and n:1
   links. The rest is one-sided.
Two readout conventions shape the similarity: the opening paragraphs of both sides report the meeting
itself, and a readout's own verdict on the meeting has no counterpart on the other side.
Deterministic: ties are broken by statement order.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from desktop_app.core.analysis import Analysis
from desktop_app.core.model import Statement


@dataclass(frozen=True)
class AlignmentSettings:
    """Every tunable of the aligner, with its default. Similarities are in [0, 1]."""

    threshold: float = 0.22  # least similarity for two statements to be linked
    join_ratio: float = 0.75  # a further statement joins a link when this close to the link's own score
    join_floor: float = 0.14  # … and never below this similarity
    neighbour_join_floor: float = 0.16  # least similarity to join the link a paragraph neighbour is in
    # Same-language pairs: shares of the concept cosine, the content-word cosine and rapidfuzz's ratio.
    # Pairs in different languages share no words, so their similarity is the concept cosine alone.
    weight_concepts: float = 0.45
    weight_words: float = 0.35
    weight_fuzzy: float = 0.2
    topic_weight: float = 1.0  # feature weights before IDF
    area_weight: float = 0.3
    entity_weight: float = 0.8
    number_weight: float = 1.2
    date_weight: float = 1.0
    time_weight: float = 0.3
    common_feature_share: float = 0.5  # features in more than this share of statements are ignored
    max_group: int = 4  # most statements one side contributes to a link
    own_assessment_factor: float = 0.5  # similarity kept by a readout's own assessment of the meeting
    # ("The meeting was significant in that …"): each side assesses only in its own readout
    opening_bonus: float = 0.12  # added for two statements of the opening paragraphs: readouts open by
    # saying who met whom, where and when, in whatever words


DEFAULT_SETTINGS = AlignmentSettings()


@dataclass
class Group:
    left: set[int]
    right: set[int]
    score: float


def _concepts(analysis: Analysis, settings: AlignmentSettings) -> dict[str, float]:
    """What a statement is about, in terms shared by every language, with each kind's weight."""
    features: dict[str, float] = {}
    for topic in analysis.topics:
        features["t:" + topic] = settings.topic_weight
    for area in analysis.areas:
        features["a:" + area] = settings.area_weight
    for entity in analysis.entities:
        features["e:" + entity] = settings.entity_weight
    q = analysis.quantities
    for number in q.numbers:
        if number not in q.years:
            features[f"n:{number:g}"] = settings.number_weight
    for year in q.years:
        features[f"y:{year}"] = settings.date_weight * 0.5
    for date in q.dates:
        features["d:" + date] = settings.date_weight
    for time in q.times:
        features["time:" + time] = settings.time_weight
    return features


def _words(analysis: Analysis) -> dict[str, float]:
    counts: dict[str, float] = defaultdict(float)
    for word in analysis.words:
        counts[word] += 1.0
    return counts


def similarity_matrix(
    left: list[Statement], left_analysis: list[Analysis],
    right: list[Statement], right_analysis: list[Analysis],
    settings: AlignmentSettings = DEFAULT_SETTINGS,
) -> np.ndarray:
    """Similarity in [0, 1] of every left statement (rows) with every right statement (columns)."""
    concepts = _weighted_cosine([_concepts(a, settings) for a in left_analysis],
                                [_concepts(a, settings) for a in right_analysis], settings)
    words = _weighted_cosine([_words(a) for a in left_analysis], [_words(a) for a in right_analysis],
                             settings)
    fuzzy = _fuzzy_ratio(left_analysis, right_analysis)
    # Combined in place: the matrices of two long readouts are large.
    similarity = words
    similarity *= settings.weight_words
    fuzzy *= settings.weight_fuzzy
    similarity += fuzzy
    similarity += settings.weight_concepts * concepts
    codes: dict[str, int] = {}
    left_codes = np.array([codes.setdefault(_script(s.language), len(codes)) for s in left])
    right_codes = np.array([codes.setdefault(_script(s.language), len(codes)) for s in right])
    np.copyto(similarity, concepts, where=np.not_equal.outer(left_codes, right_codes))
    similarity[np.ix_(_opening(left), _opening(right))] += settings.opening_bonus
    similarity[_where(left, own_assessment), :] *= settings.own_assessment_factor
    similarity[:, _where(right, own_assessment)] *= settings.own_assessment_factor
    np.clip(similarity, 0.0, 1.0, out=similarity)
    return similarity


def _where(statements: list[Statement], test: Callable[[Statement], bool]) -> np.ndarray:
    return np.array([s.index for s in statements if test(s)], dtype=np.intp)


def _opening(statements: list[Statement]) -> np.ndarray:
    """The opening paragraph's statements; none when the readout has no paragraphs to tell it by."""
    if not statements or statements[-1].paragraph == 0:
        return np.array([], dtype=np.intp)
    return _where(statements, lambda s: s.paragraph == 0)


def own_assessment(statement: Statement) -> bool:
    """The readout's own verdict on the meeting, by nobody in it or by the publishing ministry."""
    return statement.stance == "assessed" and statement.speaker_kind in (None, "organisation")


def _script(language: str) -> str:
    """Statements share words only within one language (names and acronyms shared by English and German
    are lexicon entities, which count across languages)."""
    return language


def _weighted_cosine(left: list[dict[str, float]], right: list[dict[str, float]],
                     settings: AlignmentSettings) -> np.ndarray:
    total = len(left) + len(right)
    frequency: dict[str, int] = defaultdict(int)
    for features in (*left, *right):
        for key in features:
            frequency[key] += 1
    limit = max(2, settings.common_feature_share * total)
    idf = {k: math.log(1 + total / n) for k, n in frequency.items() if n <= limit}

    def weigh(features: dict[str, float]) -> dict[str, float]:
        return {k: v * idf[k] for k, v in features.items() if k in idf}

    left_w = [weigh(f) for f in left]
    right_w = [weigh(f) for f in right]
    # Accumulate dot products feature by feature (an inverted index): each shared feature adds the
    # outer product of its weights on the two sides, so work grows with actual overlaps only.
    left_postings = _postings(left_w)
    right_postings = _postings(right_w)
    dots = np.zeros((len(left), len(right)), dtype=np.float32)
    for key, (rows, row_weights) in left_postings.items():
        if key in right_postings:
            cols, col_weights = right_postings[key]
            dots[np.ix_(rows, cols)] += np.outer(row_weights, col_weights)
    dots /= np.array([math.sqrt(sum(v * v for v in f.values())) or 1.0 for f in left_w],
                     dtype=np.float32)[:, None]
    dots /= np.array([math.sqrt(sum(v * v for v in f.values())) or 1.0 for f in right_w],
                     dtype=np.float32)[None, :]
    return dots


def _postings(vectors: list[dict[str, float]]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """feature → (indexes of the vectors that have it, their weights)."""
    collected: dict[str, tuple[list[int], list[float]]] = defaultdict(lambda: ([], []))
    for index, features in enumerate(vectors):
        for key, weight in features.items():
            indexes, weights = collected[key]
            indexes.append(index)
            weights.append(weight)
    return {k: (np.array(ix), np.array(w)) for k, (ix, w) in collected.items()}


def _fuzzy_ratio(left_analysis: list[Analysis], right_analysis: list[Analysis]) -> np.ndarray:
    """rapidfuzz's ratio of the sorted content words (order-free, and no reward for mere containment)."""
    left_text = [" ".join(sorted(a.words)) for a in left_analysis]
    right_text = [" ".join(sorted(a.words)) for a in right_analysis]
    ratio = process.cdist(left_text, right_text, scorer=fuzz.ratio, dtype=np.float32, workers=-1)
    ratio /= 100.0
    return ratio


def assign(similarity: np.ndarray, left: list[Statement], left_analysis: list[Analysis],
           right: list[Statement], right_analysis: list[Analysis],
           settings: AlignmentSettings = DEFAULT_SETTINGS) -> list[Group]:
    """Groups of linked statements from the similarity matrix (see the module docstring)."""
    groups: list[Group] = []
    left_group: dict[int, Group] = {}
    right_group: dict[int, Group] = {}
    rows, cols = np.nonzero(similarity >= settings.threshold)
    order = np.lexsort((cols, rows, -similarity[rows, cols]))  # best first; ties in reading order
    for i, j in zip(rows[order].tolist(), cols[order].tolist(), strict=True):
        if i in left_group or j in right_group:
            continue
        group = Group({i}, {j}, float(similarity[i, j]))
        groups.append(group)
        left_group[i] = right_group[j] = group
    _join_leftovers(similarity, left, left_group, right_group, settings,
                    _own_points(left_analysis, right_analysis))
    _join_leftovers(similarity.T, right, right_group, left_group, settings,
                    _own_points(right_analysis, left_analysis), flipped=True)
    return sorted(groups, key=lambda g: (min(g.left), min(g.right)))


def _own_points(mine: list[Analysis], theirs: list[Analysis]) -> set[int]:
    """My statements about specific topics the other readout never mentions: points only I make
    ("concern over the missile launches" where the other side speaks of the Peninsula only)."""
    elsewhere = set().union(*(a.topics for a in theirs))
    return {i for i, a in enumerate(mine)
            if (specific := {t for t in a.topics if "." in t}) and bool(specific - elsewhere)}


def _join_leftovers(similarity: np.ndarray, mine: list[Statement],
                    my_group: dict[int, Group], their_group: dict[int, Group],
                    settings: AlignmentSettings, own_points: set[int], flipped: bool = False) -> None:
    """Let an unlinked statement join the link of its best partner (rows of `similarity` are `mine`)."""
    candidates = []
    for i in range(len(mine)):
        if i in my_group or similarity.shape[1] == 0:
            continue
        j = int(np.argmax(similarity[i]))
        candidates.append((-float(similarity[i, j]), i, j))
    for negative_score, i, j in sorted(candidates):
        score = -negative_score
        group = their_group.get(j)
        if group is None:
            continue
        size = len(group.right if flipped else group.left)
        if size >= settings.max_group:
            continue
        close_enough = score >= settings.join_floor and score >= settings.join_ratio * group.score
        # A neighbour making a point of its own is not the rest of its neighbour's point.
        neighbour = (_neighbour_in(group, i, mine, flipped) and score >= settings.neighbour_join_floor
                     and i not in own_points)
        if close_enough or neighbour:
            (group.right if flipped else group.left).add(i)
            my_group[i] = group


def _neighbour_in(group: Group, i: int, mine: list[Statement], flipped: bool) -> bool:
    members = group.right if flipped else group.left
    return any(k in members and mine[k].paragraph == mine[i].paragraph for k in (i - 1, i + 1)
               if 0 <= k < len(mine))
