"""Which statements of two readouts report the same point of the meeting.

Not a line diff: the two sides order topics differently, one side says in two sentences what the other
says in one, and each leaves out what it prefers not to say. So:
1. every statement pair gets signals (`pair_features`), each in [0, 1]: the meaning of the two
   sentences (a multilingual sentence embedding, and how much closer the pair is than each statement's
   usual neighbours), what they are about in lexicon terms (topics, entities, figures, dates; IDF-weighted
   so rare concepts count more) and whom they name, shared content words and rapidfuzz's ratio when both
   are in one language, shared Sino-Korean words between Korean and Chinese, and whether both open the
   readout or one is the readout's own assessment (analyse/statement_kinds.py);
2. a logistic model turns the signals into the probability that the pair reports the same point, in
   two passes: the first pass's probabilities give one more signal, continuity (readouts reorder
   topics, but within a passage they keep order: if L5 and R7 say the same, L6 and R8 likelier do),
   and the second pass weighs it with the others. The weights were fitted on hand-aligned real and
   fictional readouts (tests/tools/fit_alignment.py, which prints leave-one-pair-out figures) and live
   in resources/alignment/model.yaml;
3. groups are formed whole and order-free (links may cross): pairs are taken best first; a pair of two
   free statements starts a link when its probability reaches `threshold` and is nearly as high as
   each statement's best pair (`start_ratio`: a pair further down is a worse reading); a free
   statement whose best partner is already linked joins that link when it reaches `join_threshold`
   and is nearly as close as the link's own pair, instead of starting a worse link of its own; last, a
   free statement next to a linked one in the same paragraph joins its link when it is at least
   `neighbour_threshold` close to the link's other side (a point told in two sentences). The rest is
   one-sided.
Deterministic: ties are broken by statement order.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
from rapidfuzz import fuzz, process

from desktop_app.core.analyse.analysis import Analysis
from desktop_app.core.analyse.statement_kinds import ASSESSMENT, OPENING, statement_kind
from desktop_app.core.model import Statement
from desktop_app.core.resources import load_yaml_resource
from desktop_app.core.settings import DEFAULT_SETTINGS, AlignmentSettings

# Concept features, by kind, before IDF: a figure or a date shared is rarer, and says more, than a topic.
_CONCEPT_WEIGHTS = {"topic": 1.0, "area": 0.3, "entity": 0.8, "number": 1.2, "date": 1.0, "year": 0.5,
                    "time": 0.3}

_PEOPLE = ("person.", "country.")


@dataclass
class Group:
    left: set[int]
    right: set[int]
    score: float


@dataclass(frozen=True)
class Pass:
    """One logistic pass: probability = 1 / (1 + exp(-(bias + Σ weight × signal)))."""

    weights: Mapping[str, float]
    bias: float


@dataclass(frozen=True)
class Model:
    first: Pass  # over the pair signals; its probabilities give the continuity signal
    second: Pass | None  # over the pair signals and continuity; None: the first pass is the model


CONTINUITY = "continuity"


@cache
def model(with_embedding: bool) -> Model:
    """The fitted logistic model, with or without the embedding.

    The model without the embedding has thresholds of its own; its last pass's bias is shifted so that
    its link threshold falls where the settings' threshold is, and one set of settings serves both.
    """
    data = load_yaml_resource("alignment", "model.yaml")
    fitted = data["with_embedding" if with_embedding else "without_embedding"]
    shift = _logit(data["with_embedding"]["threshold"]) - _logit(fitted["threshold"])
    first = fitted["first_pass"]
    return Model(Pass(first["weights"], float(first["bias"])),
                 Pass(fitted["weights"], float(fitted["bias"]) + shift))


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


# --------------------------------------------------------------------------------------------- signals


def pair_features(left: Sequence[Statement], left_analysis: Sequence[Analysis],
                  right: Sequence[Statement], right_analysis: Sequence[Analysis],
                  left_vectors: np.ndarray | None = None, right_vectors: np.ndarray | None = None,
                  settings: AlignmentSettings = DEFAULT_SETTINGS) -> dict[str, np.ndarray]:
    """Every signal for every statement pair: name → matrix (left statements as rows), in [0, 1]."""
    return dict(_signals(left, left_analysis, right, right_analysis, left_vectors, right_vectors, settings))


def _signals(left: Sequence[Statement], left_analysis: Sequence[Analysis],
             right: Sequence[Statement], right_analysis: Sequence[Analysis],
             left_vectors: np.ndarray | None, right_vectors: np.ndarray | None,
             settings: AlignmentSettings) -> Iterator[tuple[str, np.ndarray]]:
    """The signals one after another, so that long readouts never hold them all at once.

    Each signal is computed only where it can say something: words and fuzzy ratio within one language,
    Sino-Korean sounds between Korean and Chinese, the embedding when there are vectors.
    """
    shape = (len(left), len(right))
    left_lang = np.array([s.language for s in left], dtype=object)
    right_lang = np.array([s.language for s in right], dtype=object)
    yield "concepts", _weighted_cosine([_concepts(a) for a in left_analysis],
                                       [_concepts(a) for a in right_analysis], settings)
    yield "people", _weighted_cosine([_people(a) for a in left_analysis],
                                     [_people(a) for a in right_analysis], settings)
    shared = sorted(set(left_lang) & set(right_lang))
    for name, measure in (("words", _word_cosine), ("fuzzy", _fuzzy_ratio)):
        values = np.zeros(shape, dtype=np.float32)
        for language in shared:
            rows, cols = np.flatnonzero(left_lang == language), np.flatnonzero(right_lang == language)
            values[np.ix_(rows, cols)] = measure([left_analysis[i] for i in rows.tolist()],
                                                 [right_analysis[j] for j in cols.tolist()], settings)
        yield name, values
    yield "sounds", _sounds(left, left_analysis, right, right_analysis, settings)
    embedding, margin = _embedding(left_vectors, right_vectors, shape, settings.top_k)
    yield "embedding", embedding
    yield "embedding_margin", margin
    del embedding, margin
    yield "cross_language", (np.not_equal.outer(left_lang, right_lang).astype(np.float32) if all(shape)
                             else np.zeros(shape, dtype=np.float32))
    left_kinds = [statement_kind(s) for s in left]
    right_kinds = [statement_kind(s) for s in right]
    yield "both_opening", _both(left_kinds, right_kinds, OPENING)
    yield "assessment", np.logical_or.outer(
        np.array([k == ASSESSMENT for k in left_kinds], dtype=bool),
        np.array([k == ASSESSMENT for k in right_kinds], dtype=bool)).astype(np.float32)


def similarity_matrix(left: Sequence[Statement], left_analysis: Sequence[Analysis],
                      right: Sequence[Statement], right_analysis: Sequence[Analysis],
                      settings: AlignmentSettings = DEFAULT_SETTINGS,
                      left_vectors: np.ndarray | None = None,
                      right_vectors: np.ndarray | None = None) -> np.ndarray:
    """Probability that each left statement (rows) and each right statement report the same point."""
    with_embedding = left_vectors is not None and right_vectors is not None and settings.use_embedding
    signals = _signals(left, left_analysis, right, right_analysis, left_vectors if with_embedding else None,
                       right_vectors if with_embedding else None, settings)
    return probability(signals, (len(left), len(right)), model(with_embedding))


def probability(signals: Iterable[tuple[str, np.ndarray]], shape: tuple[int, int], fitted: Model,
                first: np.ndarray | None = None) -> np.ndarray:
    """The model's probability from the signals (the aligner and tests/tools/fit_alignment.py both
    score through here). `first`: the first pass's probabilities when they are already known (the fit
    tool gives the second pass out-of-fold ones, as it was trained on)."""
    passes = [(fitted.first, np.full(shape, fitted.first.bias, dtype=np.float32))] if first is None else []
    if fitted.second is not None:
        passes.append((fitted.second, np.full(shape, fitted.second.bias, dtype=np.float32)))
    scratch = np.empty(shape, dtype=np.float32)  # the matrices of two long readouts are large: reuse
    for name, values in signals:
        for fitted_pass, logit in passes:
            if name in fitted_pass.weights:
                logit += np.multiply(values, np.float32(fitted_pass.weights[name]), out=scratch)
    del scratch
    if first is None:
        first = _sigmoid(passes[0][1])
    if fitted.second is None:
        return first
    near = continuity(first)
    near *= np.float32(fitted.second.weights[CONTINUITY])
    logit = passes[-1][1]
    logit += near
    return _sigmoid(logit)


def _sigmoid(logit: np.ndarray) -> np.ndarray:
    # In place: the matrices of two long readouts are large.
    np.negative(logit, out=logit)
    np.exp(logit, out=logit)
    logit += 1.0
    np.reciprocal(logit, out=logit)
    # Rounded, so that the last bits of a BLAS sum never decide between two links.
    return np.round(logit, 5, out=logit)


def continuity(probability: np.ndarray) -> np.ndarray:
    """For each pair, the likelier of its diagonal neighbours: max(P[i-1, j-1], P[i+1, j+1]). Only the
    diagonal: the anti-diagonal (L6 with R6 when L5 is with R7) was measured and lowered link F1."""
    near = np.zeros_like(probability)
    near[1:, 1:] = probability[:-1, :-1]
    np.maximum(near[:-1, :-1], probability[1:, 1:], out=near[:-1, :-1])
    return near


def _concepts(analysis: Analysis) -> dict[str, float]:
    """What a statement is about, in terms shared by every language, with each kind's weight."""
    w = _CONCEPT_WEIGHTS
    features: dict[str, float] = {}
    for topic in analysis.topics:
        features["t:" + topic] = w["topic"]
    for area in analysis.areas:
        features["a:" + area] = w["area"]
    for entity in analysis.entities:
        if not entity.startswith(_PEOPLE):
            features["e:" + entity] = w["entity"]
    q = analysis.quantities
    for number in q.numbers:
        if number not in q.years:
            features[f"n:{number:g}"] = w["number"]
    for year in q.years:
        features[f"y:{year}"] = w["year"]
    for date in q.dates:
        features["d:" + date] = w["date"]
    for time in q.times:
        features["time:" + time] = w["time"]
    return features


def _people(analysis: Analysis) -> dict[str, float]:
    """Who a statement names. Kept apart from what it is about: the same two leaders are named all
    through both readouts, so sharing them says little about sharing a point."""
    return {e: 1.0 for e in analysis.entities if e.startswith(_PEOPLE)}


def _counts(tokens: list[str]) -> dict[str, float]:
    counts: dict[str, float] = defaultdict(float)
    for token in tokens:
        counts[token] += 1.0
    return counts


def _sounds(left: Sequence[Statement], left_analysis: Sequence[Analysis], right: Sequence[Statement],
            right_analysis: Sequence[Analysis], settings: AlignmentSettings) -> np.ndarray:
    """Cosine of Sino-Korean sound bigrams, for Korean ↔ Chinese pairs only."""
    sounds = np.zeros((len(left), len(right)), dtype=np.float32)
    for mine, theirs in (("ko", "zh"), ("zh", "ko")):
        rows = [i for i, s in enumerate(left) if s.language == mine]
        cols = [j for j, s in enumerate(right) if s.language == theirs]
        if rows and cols:
            sounds[np.ix_(rows, cols)] = _weighted_cosine([_counts(left_analysis[i].sounds) for i in rows],
                                                          [_counts(right_analysis[j].sounds) for j in cols],
                                                          settings)
    return sounds


def _embedding(left_vectors: np.ndarray | None, right_vectors: np.ndarray | None,
               shape: tuple[int, int], top_k: int) -> tuple[np.ndarray, np.ndarray]:
    """Cosine of the sentence vectors, and its margin: how much closer the pair is than the average of
    each statement's `top_k` nearest statements on the other side (readouts of one meeting are all
    about the same things; the pair that stands out is the one that matters)."""
    if left_vectors is None or right_vectors is None or not all(shape):
        return np.zeros(shape, dtype=np.float32), np.zeros(shape, dtype=np.float32)
    cosine = np.asarray(left_vectors @ right_vectors.T, dtype=np.float32)
    np.clip(cosine, 0.0, 1.0, out=cosine)
    k_rows, k_cols = min(top_k, shape[1]), min(top_k, shape[0])
    row_usual = np.partition(cosine, shape[1] - k_rows, axis=1)[:, shape[1] - k_rows:].mean(axis=1)
    col_usual = np.partition(cosine, shape[0] - k_cols, axis=0)[shape[0] - k_cols:, :].mean(axis=0)
    margin = cosine - row_usual[:, None] / 2
    margin -= col_usual[None, :] / 2
    margin += 0.5
    return cosine, np.clip(margin, 0.0, 1.0, out=margin)


def _both(left_kinds: list[str], right_kinds: list[str], kind: str) -> np.ndarray:
    return np.logical_and.outer(np.array([k == kind for k in left_kinds], dtype=bool),
                                np.array([k == kind for k in right_kinds], dtype=bool)).astype(np.float32)


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
    return np.clip(dots, 0.0, 1.0)


def _postings(vectors: list[dict[str, float]]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """feature → (indexes of the vectors that have it, their weights)."""
    collected: dict[str, tuple[list[int], list[float]]] = defaultdict(lambda: ([], []))
    for index, features in enumerate(vectors):
        for key, weight in features.items():
            indexes, weights = collected[key]
            indexes.append(index)
            weights.append(weight)
    return {k: (np.array(ix), np.array(w)) for k, (ix, w) in collected.items()}


def _word_cosine(left_analysis: list[Analysis], right_analysis: list[Analysis],
                 settings: AlignmentSettings) -> np.ndarray:
    return _weighted_cosine([_counts(a.words) for a in left_analysis],
                            [_counts(a.words) for a in right_analysis], settings)


def _fuzzy_ratio(left_analysis: list[Analysis], right_analysis: list[Analysis],
                 settings: AlignmentSettings) -> np.ndarray:
    """rapidfuzz's ratio of the sorted content words (order-free, and no reward for mere containment)."""
    left_text = [" ".join(sorted(a.words)) for a in left_analysis]
    right_text = [" ".join(sorted(a.words)) for a in right_analysis]
    ratio = process.cdist(left_text, right_text, scorer=fuzz.ratio, dtype=np.float32, workers=-1)
    ratio /= 100.0
    return ratio


# ------------------------------------------------------------------------------------------ grouping


def assign(probability: np.ndarray, paragraphs: tuple[Sequence[int], Sequence[int]],
           settings: AlignmentSettings = DEFAULT_SETTINGS) -> list[Group]:
    """Groups of linked statements from the probability matrix (see the module docstring);
    `paragraphs` gives each left and right statement's paragraph."""
    groups: list[Group] = []
    left_group: dict[int, Group] = {}
    right_group: dict[int, Group] = {}
    floor = min(settings.threshold, settings.join_threshold)
    rows, cols = np.nonzero(probability >= floor)
    order = np.lexsort((cols, rows, -probability[rows, cols]))  # best first; ties in reading order
    seen_left: set[int] = set()
    seen_right: set[int] = set()
    row_best = probability.max(axis=1, initial=0.0)
    col_best = probability.max(axis=0, initial=0.0)
    for i, j in zip(rows[order].tolist(), cols[order].tolist(), strict=True):
        score = float(probability[i, j])
        # Only a statement's best pair decides where it goes: a pair further down is a worse reading.
        best_for_i, best_for_j = i not in seen_left, j not in seen_right
        seen_left.add(i)
        seen_right.add(j)
        if i in left_group and j in right_group:
            continue
        if i not in left_group and j not in right_group:
            if score >= max(settings.threshold, settings.start_ratio * max(row_best[i], col_best[j])):
                group = Group({i}, {j}, score)
                groups.append(group)
                left_group[i] = right_group[j] = group
            continue
        if score < settings.join_threshold:
            continue
        if i not in left_group and best_for_i:
            group = right_group[j]
            if len(group.left) < settings.max_group and score >= settings.join_ratio * group.score:
                group.left.add(i)
                left_group[i] = group
        elif j not in right_group and best_for_j:
            group = left_group[i]
            if len(group.right) < settings.max_group and score >= settings.join_ratio * group.score:
                group.right.add(j)
                right_group[j] = group
    _join_neighbours(probability, left_group, paragraphs[0], settings, flipped=False)
    _join_neighbours(probability.T, right_group, paragraphs[1], settings, flipped=True)
    return sorted(groups, key=lambda g: (min(g.left), min(g.right)))


def _join_neighbours(probability: np.ndarray, my_group: dict[int, Group], paragraphs: Sequence[int],
                     settings: AlignmentSettings, flipped: bool) -> None:
    """A free statement whose neighbour in the same paragraph is linked joins that link when it is
    close enough to the link's other side: a point told in two sentences (rows of `probability` are
    mine)."""
    for i in range(len(paragraphs)):
        if i in my_group:
            continue
        candidates = []
        for k in (i - 1, i + 1):
            group = my_group.get(k)
            if group is None or not 0 <= k < len(paragraphs) or paragraphs[k] != paragraphs[i]:
                continue
            theirs = sorted(group.left if flipped else group.right)
            mine = group.right if flipped else group.left
            closeness = float(probability[i, theirs].max())
            if closeness >= settings.neighbour_threshold and len(mine) < settings.max_group:
                candidates.append((closeness, -k, group))
        if candidates:
            _, _, group = max(candidates, key=lambda c: (c[0], c[1]))
            (group.right if flipped else group.left).add(i)
            my_group[i] = group
