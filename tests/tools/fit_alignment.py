"""Fit the aligner's model on hand-aligned readouts, and say how well it does on pairs it did not see.

    .venv/bin/python tests/tools/fit_alignment.py            # print figures only
    .venv/bin/python tests/tools/fit_alignment.py --write    # also write resources/alignment/model.yaml

Reads every gold alignment of ../shared/corpus/real (real same-meeting pairs) and ../shared/corpus/dev
(fictional pairs written for the project). For every statement pair it computes the aligner's signals
(desktop_app.core.align.pair_features), labelled 1 when the gold puts the two statements in one
two-sided group. A logistic model (L2-penalised, fitted by Newton's method) turns signals into a
probability, in two passes: the first over the signals; the second over the signals and continuity
(how likely the pair's diagonal neighbours are, by the first pass). The second pass is trained on
first-pass probabilities out of fold (each pair's from a first pass fitted without its meeting), as
it meets them in use. The grouping's thresholds are chosen on the same training pairs by the F1 they
give. Two models are fitted: with the sentence embedding, and without it (for when its package is
missing).

Figures printed (link precision / recall / F1 and one-sided precision / recall, by the shared scorer):
- leave-one-pair-out on the real pairs: each real pair scored by a model fitted on all other pairs
  (real and fictional; a pair's other-language twin is left out with it, as it shares its sentences;
  the second pass's out-of-fold first passes are fitted on those other pairs only, so nothing of the
  held-out pair is seen);
- fitted on everything, scored on the same pairs (optimistic; for comparison only).
The real figures that matter are the first ones.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop_app.core.align import CONTINUITY, Model, Pass, assign, continuity, pair_features, probability  # noqa: E402
from desktop_app.core.compare.comparison import analysed, statement_vectors  # noqa: E402
from desktop_app.core.documents import load_document  # noqa: E402
from desktop_app.core.settings import DEFAULT_SETTINGS  # noqa: E402

SHARED = ROOT.parent / "shared"
MODEL_FILE = ROOT / "resources" / "alignment" / "model.yaml"
FEATURES_WITH = ("concepts", "people", "words", "fuzzy", "sounds", "embedding", "embedding_margin", "cross_language",
                 "both_opening", "assessment")
FEATURES_WITHOUT = tuple(f for f in FEATURES_WITH if not f.startswith("embedding"))
PENALTY = 1.0  # L2 penalty of the logistic fit: a few hundred positive pairs do not bear more freedom
THRESHOLDS = [round(float(x), 2) for x in np.arange(0.15, 0.8, 0.05)]
NEIGHBOUR_THRESHOLDS = [0.03, 0.06, 0.1, 0.15, 0.2, 1.1]  # 1.1: no statement joins for its neighbour


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_alignment", SHARED / "tools" / "score_alignment.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Pair:
    name: str
    group: str  # "one language", "one side English", "Korean↔Chinese", "fictional"
    meeting: str  # pairs of one meeting (a text in two languages) are left out together
    gold: dict
    result_documents: dict  # the JSON contract's documents, as the scorer reads them
    features: dict[str, np.ndarray]
    labels: np.ndarray  # 1 where the gold links the two statements
    judged: np.ndarray  # True where both statements hold gold sentences
    paragraphs: tuple[list[int], list[int]] = ([], [])  # each statement's paragraph, per side


def _group(path: Path, languages: tuple[str, str]) -> str:
    if "dev" in path.parts:
        return "fictional"
    if languages[0] == languages[1]:
        return "one language"
    if set(languages) == {"ko", "zh"}:
        return "Korean↔Chinese"
    return "one side English"


def load_pairs(score: ModuleType) -> list[Pair]:
    pairs = []
    paths = sorted((SHARED / "corpus" / "real").glob("*/gold.yaml")) + sorted(
        (SHARED / "corpus" / "dev").glob("*/gold*.yaml"))
    for path in paths:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        left, right = load_document(path.parent / gold["left"]), load_document(path.parent / gold["right"])
        comparison = analysed(left, right)
        vectors = statement_vectors(comparison)
        features = pair_features(left.statements, comparison.analyses["left"], right.statements,
                                 comparison.analyses["right"], *vectors)
        documents = {side: {"text": doc.text, "statements": [
            {"id": f"{side[0].upper()}{s.index + 1}", "start": s.start, "end": s.end} for s in doc.statements]}
            for side, doc in (("left", left), ("right", right))}
        labels, judged = _labels(score, gold, documents, (len(left.statements), len(right.statements)))
        languages = (left.metadata.language, right.metadata.language)
        meeting = path.parent.name.split(".")[0].removesuffix("_en")
        pairs.append(Pair(str(path.relative_to(SHARED / "corpus")), _group(path, languages), meeting, gold,
                          documents, features, labels, judged,
                          ([s.paragraph for s in left.statements], [s.paragraph for s in right.statements])))
    return pairs


def _labels(score: ModuleType, gold: dict, documents: dict, shape: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    result = {"documents": documents, "links": [], "one_sided": {"left": [], "right": []}}
    pairs = _gold_pairs(score, gold, result)
    labels = np.zeros(shape)
    judged = np.zeros(shape, dtype=bool)
    members = {side: _members(score, gold, documents[side], side) for side in ("left", "right")}
    for i in members["left"]:
        for j in members["right"]:
            judged[i, j] = True
            labels[i, j] = (i, j) in pairs
    return labels, judged


def _members(score: ModuleType, gold: dict, document: dict, side: str) -> set[int]:
    norm, index = score._normalise(document["text"])
    found = set()
    for group in gold["groups"]:
        for phrase in group.get(side) or []:
            span = score._find(phrase, norm, index)
            if span and (sid := score._best_statement(span, document["statements"])):
                found.add(int(sid[1:]) - 1)
    return found


def _gold_pairs(score: ModuleType, gold: dict, result: dict) -> set[tuple[int, int]]:
    """The statement pairs the gold links: a result that links every pair, scored, tells which hit."""
    n_left = len(result["documents"]["left"]["statements"])
    n_right = len(result["documents"]["right"]["statements"])
    pairs = set()
    for i in range(n_left):
        for j in range(n_right):
            probe = {**result, "links": [{"left": [f"L{i + 1}"], "right": [f"R{j + 1}"]}]}
            if score.score(gold, probe)["link_correct"]:
                pairs.add((i, j))
    return pairs


# --------------------------------------------------------------------------------------------- fitting


def fit(pairs: list[Pair], names: tuple[str, ...], first: list[np.ndarray] | None = None) -> Pass:
    """One logistic pass over the signals `names`, and continuity when `first` gives each pair's
    first-pass probabilities."""
    x = np.vstack([np.column_stack([p.features[n][p.judged] for n in names]
                                   + ([continuity(first[k])[p.judged]] if first else []))
                   for k, p in enumerate(pairs)])
    y = np.concatenate([p.labels[p.judged] for p in pairs])
    design = np.column_stack([np.ones(len(x)), x])
    w = np.zeros(design.shape[1])
    penalty = np.full(design.shape[1], PENALTY)
    penalty[0] = 0.0  # the bias is not penalised
    for _ in range(50):
        p = 1 / (1 + np.exp(-design @ w))
        gradient = design.T @ (p - y) + penalty * w
        hessian = (design * (p * (1 - p))[:, None]).T @ design + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    columns = names + (CONTINUITY,) if first else names
    return Pass({n: float(v) for n, v in zip(columns, w[1:], strict=True)}, float(w[0]))


def first_pass_out_of_fold(pairs: list[Pair], names: tuple[str, ...]) -> list[np.ndarray]:
    """Each pair's first-pass probabilities from a first pass fitted without the pair's meeting: the
    second pass learns what continuity is worth where the first pass has not seen the pair, as in use."""
    passes = {m: fit([p for p in pairs if p.meeting != m], names) for m in sorted({p.meeting for p in pairs})}
    return [probabilities(p, Model(passes[p.meeting], None)) for p in pairs]


def probabilities(pair: Pair, fitted: Model, first: np.ndarray | None = None) -> np.ndarray:
    """As the aligner computes them (from `first`, the first pass's probabilities, when given)."""
    signals = ((name, values.astype(np.float32)) for name, values in pair.features.items())
    return probability(signals, pair.labels.shape, fitted, first)


def result(pair: Pair, probability: np.ndarray, threshold: float, join: float, neighbour: float) -> dict:
    settings = replace(DEFAULT_SETTINGS, threshold=threshold, join_threshold=join, neighbour_threshold=neighbour)
    groups = assign(probability, pair.paragraphs, settings)
    links = [{"left": [f"L{i + 1}" for i in sorted(g.left)], "right": [f"R{j + 1}" for j in sorted(g.right)]}
             for g in groups]
    linked = {side: {k for link in links for k in link[side]} for side in ("left", "right")}
    one_sided = {side: [s["id"] for s in pair.result_documents[side]["statements"] if s["id"] not in linked[side]]
                 for side in ("left", "right")}
    return {"documents": pair.result_documents, "links": links, "one_sided": one_sided}


def total(score: ModuleType, scored: list[dict]) -> dict:
    totals: dict[str, int] = {}
    for s in scored:
        for key, value in s.items():
            if isinstance(value, int):
                totals[key] = totals.get(key, 0) + value
    return totals


def _quick_counts(pair: Pair, probability: np.ndarray, thresholds: tuple[float, float, float]) -> tuple[int, int, int]:
    """(predicted, correct, gold) linked pairs, as the scorer counts them, from the label matrices: the
    scorer itself is too slow to run for every candidate threshold."""
    threshold, join, neighbour = thresholds
    settings = replace(DEFAULT_SETTINGS, threshold=threshold, join_threshold=join, neighbour_threshold=neighbour)
    predicted = np.zeros(pair.labels.shape, dtype=bool)
    for group in assign(probability, pair.paragraphs, settings):
        predicted[np.ix_(sorted(group.left), sorted(group.right))] = True
    judged = predicted & pair.judged
    return int(judged.sum()), int((judged & (pair.labels > 0)).sum()), int(pair.labels.sum())


def choose_thresholds(pairs: list[Pair], probs: list[np.ndarray]) -> tuple[float, float, float]:
    """The (threshold, join, neighbour) thresholds that give the training pairs the best F1 (ties: the
    higher)."""
    best = (-1.0, 0.0, 0.0, 0.0)
    for threshold in THRESHOLDS:
        for join in (t for t in THRESHOLDS if t <= threshold):
            for neighbour in (t for t in NEIGHBOUR_THRESHOLDS if t <= join or t > 1):
                counts = np.array([_quick_counts(p, pr, (threshold, join, neighbour))
                                   for p, pr in zip(pairs, probs, strict=True)]).sum(axis=0)
                precision = counts[1] / counts[0] if counts[0] else 0.0
                recall = counts[1] / counts[2] if counts[2] else 0.0
                f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
                best = max(best, (round(f1, 4), threshold, join, neighbour))
    return best[1], best[2], best[3]


def train(pairs: list[Pair], names: tuple[str, ...]) -> tuple[Model, tuple[float, float, float]]:
    """Both passes, and the thresholds, chosen on the second pass's probabilities from out-of-fold
    first passes (what a pair the model never saw gets)."""
    out_of_fold = first_pass_out_of_fold(pairs, names)
    fitted = Model(fit(pairs, names), fit(pairs, names, out_of_fold))
    probs = [probabilities(p, fitted, first) for p, first in zip(pairs, out_of_fold, strict=True)]
    return fitted, choose_thresholds(pairs, probs)


def report(score: ModuleType, title: str, scored: dict[str, dict], pairs: list[Pair]) -> None:
    print(f"\n{title}")
    for group in ("one language", "one side English", "Korean↔Chinese", "fictional"):
        members = [scored[p.name] for p in pairs if p.group == group and p.name in scored]
        if members:
            print(f"  {group} ({len(members)}): {score.summary(total(score, members))}")
    real = [scored[p.name] for p in pairs if p.group != "fictional" and p.name in scored]
    if real:
        print(f"  all real ({len(real)}): {score.summary(total(score, real))}")


def auc(values: np.ndarray, labels: np.ndarray) -> float:
    order = np.argsort(values, kind="mergesort")
    ranks = np.empty(len(values))
    ranks[order] = np.arange(1, len(values) + 1)
    for value in np.unique(values):  # ties share their mean rank
        tied = values == value
        ranks[tied] = ranks[tied].mean()
    positives = labels.astype(bool)
    n_pos, n_neg = positives.sum(), (~positives).sum()
    return float((ranks[positives].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)) if n_pos and n_neg else float("nan")


def signal_aucs(pairs: list[Pair]) -> None:
    print("\nEach signal alone: ROC AUC of 'same point' over the judged statement pairs")
    groups = ("one language", "one side English", "Korean↔Chinese", "fictional")
    print("  " + "signal".ljust(18) + "".join(g.rjust(18) for g in groups))
    for name in FEATURES_WITH:
        row = []
        for group in groups:
            members = [p for p in pairs if p.group == group]
            values = np.concatenate([p.features[name][p.judged] for p in members])
            labels = np.concatenate([p.labels[p.judged] for p in members])
            row.append(f"{auc(values, labels):.3f}")
        print("  " + name.ljust(18) + "".join(v.rjust(18) for v in row))


def _rounded(weights: Mapping[str, float]) -> dict[str, float]:
    return {n: round(w, 4) for n, w in weights.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="write resources/alignment/model.yaml")
    args = parser.parse_args()
    if not (SHARED / "corpus").is_dir():
        print("../shared/corpus is not beside this checkout; fitting needs it", file=sys.stderr)
        return 2
    score = scorer()
    pairs = load_pairs(score)
    signal_aucs(pairs)
    models = {}
    for variant, names in (("with_embedding", FEATURES_WITH), ("without_embedding", FEATURES_WITHOUT)):
        held_out: dict[str, dict] = {}
        for pair in pairs:
            if pair.group == "fictional":
                continue
            training = [p for p in pairs if p.meeting != pair.meeting]
            fitted, thresholds = train(training, names)
            held_out[pair.name] = score.score(pair.gold, result(pair, probabilities(pair, fitted), *thresholds))
        report(score, f"[{variant}] leave-one-pair-out (real pairs; fitted without the pair's meeting)",
               held_out, pairs)
        fitted, thresholds = train(pairs, names)
        in_sample = {p.name: score.score(p.gold, result(p, probabilities(p, fitted), *thresholds)) for p in pairs}
        report(score, f"[{variant}] fitted on all pairs, scored on the same (optimistic)", in_sample, pairs)
        threshold, join, neighbour = thresholds
        print(f"  thresholds: link {threshold}, join {join}, neighbour {neighbour}")
        assert fitted.second is not None
        for title, fitted_pass in (("first pass", fitted.first), ("second pass", fitted.second)):
            print(f"  {title} weights: " + ", ".join(f"{n} {w:+.2f}" for n, w in fitted_pass.weights.items())
                  + f", bias {fitted_pass.bias:+.2f}")
        models[variant] = {"bias": round(fitted.second.bias, 4), "threshold": threshold, "join_threshold": join,
                           "neighbour_threshold": neighbour, "weights": _rounded(fitted.second.weights),
                           "first_pass": {"bias": round(fitted.first.bias, 4),
                                          "weights": _rounded(fitted.first.weights)}}
    if args.write:
        header = ("# The aligner's logistic model (desktop_app/core/align.py): the probability that two statements\n"
                  "# report the same point is 1 / (1 + exp(-(bias + Σ weight × signal))), in two passes: the first\n"
                  "# (`first_pass`) gives the continuity signal, the second (top level) weighs it with the others.\n"
                  "# Fitted by tests/tools/fit_alignment.py on the hand-aligned pairs of ../shared/corpus (real\n"
                  "# and fictional); do not edit by hand, refit. The thresholds are the grouping's\n"
                  "# (AlignmentSettings takes its defaults from `with_embedding`; the model without the embedding is\n"
                  "# shifted so that its own link threshold falls on the same value).\n")
        MODEL_FILE.parent.mkdir(parents=True, exist_ok=True)
        MODEL_FILE.write_text(header + yaml.safe_dump(models, sort_keys=False, allow_unicode=True), encoding="utf-8")
        print(f"\nwritten: {MODEL_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
