"""Alignment quality on whole corpora, scored against hand-made gold alignments (design.md).

Floors are on whole corpora, never on one sentence: a gold file is one careful reader's view. The
project's own corpus is scored with a small scorer written here (the same rules as
../shared/tools/score_alignment.py, which these tests must not need); the shared dev corpus, on CI and
developers' machines only, with the real scorer.
"""

from __future__ import annotations

import importlib.util
import json
import unicodedata
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml
from conftest import FIXTURES, SAMPLES, SHARED_CORPUS, needs_shared_corpus

from desktop_app.core.compare.comparison import compare
from desktop_app.core.documents import load_document
from desktop_app.core.report.contract import comparison_to_json

OWN_GOLD = [*sorted((FIXTURES / "corpus").glob("*/gold*.yaml")), SAMPLES / "demo-gold.yaml"]
DEV = SHARED_CORPUS / "dev"
DEV_ENGLISH = ["dev-fm-2027-seoul/gold.yaml", "dev-trade-2027-xian/gold.yaml",
               "dev-fm-2028-mixed/gold.en.yaml", "dev-summit-2028-ko-zh/gold.en.yaml"]
DEV_CROSS_LANGUAGE = ["dev-summit-2028-ko-zh/gold.yaml", "dev-fm-2028-mixed/gold.yaml"]

# ------------------------------------------------------------------------------ the scorer's rules

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ",
                         "\u2013": "-", "\u2014": "-", "\u3000": " "})


@dataclass
class Tally:
    link_predicted: int = 0  # predicted pairs whose two statements hold gold sentences
    link_correct: int = 0  # … of them, pairs in one two-sided gold group
    link_gold: int = 0
    link_found: int = 0
    one_predicted: int = 0
    one_correct: int = 0
    one_gold: int = 0
    one_found: int = 0
    phrases: int = 0
    phrases_found: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def link_f1(self) -> float:
        precision = _ratio(self.link_correct, self.link_predicted)
        recall = _ratio(self.link_found, self.link_gold)
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    @property
    def one_sided_recall(self) -> float:
        return _ratio(self.one_found, self.one_gold)

    @property
    def one_sided_precision(self) -> float:
        return _ratio(self.one_correct, self.one_predicted)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _normalise(text: str) -> tuple[str, list[int]]:
    """Whitespace collapsed, quotes unified, NFKC, lower case; and each character's index in `text`."""
    out: list[str] = []
    index: list[int] = []
    pending_space = False
    for i, raw in enumerate(text):
        ch = unicodedata.normalize("NFKC", raw.translate(_QUOTES))
        if ch.isspace():
            pending_space = bool(out)
            continue
        if pending_space:
            out.append(" ")
            index.append(i)
            pending_space = False
        for c in ch:
            out.append(c.lower())
            index.append(i)
    return "".join(out), index


def _find(phrase: str, norm: str, index: list[int]) -> tuple[int, int] | None:
    needle, _ = _normalise(phrase)
    pos = norm.find(needle)
    if pos >= 0:
        return index[pos], index[pos + len(needle) - 1] + 1
    for part in (needle[: len(needle) // 2], needle[len(needle) // 2:]):  # an extraction altered one end
        if len(part) >= 25 and (pos := norm.find(part)) >= 0:
            return index[pos], index[pos + len(part) - 1] + 1
    return None


def _statement_at(span: tuple[int, int], statements: list[dict[str, Any]]) -> str | None:
    """The statement that overlaps the gold sentence most."""
    best, best_overlap = None, 0
    for statement in statements:
        overlap = min(span[1], statement["end"]) - max(span[0], statement["start"])
        if overlap > best_overlap:
            best, best_overlap = statement["id"], overlap
    return best


def own_score(gold: dict[str, Any], result: dict[str, Any]) -> Tally:
    tally = Tally()
    groups: list[dict[str, Any]] = gold["groups"]
    membership: dict[str, dict[str, set[int]]] = {"left": {}, "right": {}}  # statement → its gold groups
    where: dict[tuple[int, str], list[str]] = {}  # (group, side) → statements of its sentences
    for side in ("left", "right"):
        document = result["documents"][side]
        norm, index = _normalise(document["text"])
        for g, group in enumerate(groups):
            where[(g, side)] = []
            for phrase in group.get(side) or []:
                tally.phrases += 1
                span = _find(phrase, norm, index)
                if span is None:
                    continue
                tally.phrases_found += 1
                if (sid := _statement_at(span, document["statements"])) is not None:
                    where[(g, side)].append(sid)
                    membership[side].setdefault(sid, set()).add(g)
    two_sided = {g for g, group in enumerate(groups) if group.get("left") and group.get("right")}
    gold_pairs = {(a, b) for g in two_sided for a in where[(g, "left")] for b in where[(g, "right")]}
    predicted = {(a, b) for link in result["links"] for a in link["left"] for b in link["right"]}
    judged = [(a, b) for a, b in predicted if a in membership["left"] and b in membership["right"]]
    tally.link_predicted = len(judged)
    tally.link_correct = sum(bool(membership["left"][a] & membership["right"][b] & two_sided) for a, b in judged)
    tally.link_gold = len(gold_pairs)
    tally.link_found = len(gold_pairs & predicted)
    gold_one = {(side, sid) for side in ("left", "right") for sid, g in membership[side].items()
                if not g & two_sided}
    predicted_one = {(side, sid) for side in ("left", "right") for sid in result["one_sided"][side]}
    judged_one = {(side, sid) for side, sid in predicted_one if sid in membership[side]}
    tally.one_predicted = len(judged_one)
    tally.one_correct = len(judged_one & gold_one)
    tally.one_gold = len(gold_one)
    tally.one_found = len(gold_one & predicted_one)
    return tally


# ----------------------------------------------------------------------------------------- runs


@cache
def result_for(gold_path: Path) -> dict[str, Any]:
    """The comparison of a gold file's pair, as the JSON contract a scorer reads."""
    gold = load_gold(gold_path)
    left = load_document(gold_path.parent / gold.get("left", "kr.txt"))
    right = load_document(gold_path.parent / gold.get("right", "cn.txt"))
    return json.loads(comparison_to_json(compare(left, right)))


@cache
def load_gold(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def own_totals(paths: list[Path]) -> Tally:
    total = Tally()
    for path in paths:
        total += own_score(load_gold(path), result_for(path))
    return total


def test_the_own_corpus_is_all_there() -> None:
    assert len(OWN_GOLD) == 4 and all(p.is_file() for p in OWN_GOLD)
    assert {load_gold(p).get("right") for p in OWN_GOLD} == {"cn.txt", "demo-cn.txt"}


def test_own_corpus_every_gold_sentence_is_found() -> None:
    totals = own_totals(OWN_GOLD)
    assert totals.phrases >= 100
    assert totals.phrases_found == totals.phrases


def test_own_corpus_link_f1() -> None:
    # Measured with the engine of this commit: link P 0.864, R 0.717, F1 0.784 over the four gold files.
    totals = own_totals(OWN_GOLD)
    assert totals.link_gold >= 50
    assert totals.link_f1 >= 0.75, totals


def test_own_corpus_one_sided() -> None:
    # Measured: one-sided recall 0.773 (17 of 22), precision 0.50. Recall alone is met by linking nothing
    # (link F1 above guards that); a one-sided precision floor keeps "only this side said" meaningful.
    totals = own_totals(OWN_GOLD)
    assert totals.one_gold >= 15
    assert totals.one_sided_recall >= 0.70, totals
    assert totals.one_sided_precision >= 0.45, totals


# ------------------------------------------------------------------------------ shared dev corpus


@cache
def real_scorer() -> ModuleType:
    path = SHARED_CORPUS.parent / "tools" / "score_alignment.py"
    spec = importlib.util.spec_from_file_location("score_alignment", path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def dev_totals(paths: list[Path]) -> dict[str, int]:
    scorer = real_scorer()
    totals: dict[str, int] = {}
    for path in paths:
        for key, value in scorer.score(load_gold(path), result_for(path)).items():
            if isinstance(value, int):
                totals[key] = totals.get(key, 0) + value
    return totals


def one_sided_recall(totals: dict[str, int]) -> float:
    return _ratio(totals["one_found"], totals["one_gold"])


@needs_shared_corpus
def test_the_scorer_here_agrees_with_the_real_one() -> None:
    scorer = real_scorer()
    for path in OWN_GOLD:
        real = scorer.score(load_gold(path), result_for(path))
        mine = own_score(load_gold(path), result_for(path))
        assert {f.name: getattr(mine, f.name) for f in fields(mine)} == \
            {k: v for k, v in real.items() if isinstance(v, int)}, path


@needs_shared_corpus
def test_dev_english_pairs_link_f1() -> None:
    # Measured: link P 0.912, R 0.912, F1 0.912 over the four English gold files.
    totals = dev_totals([DEV / name for name in DEV_ENGLISH])
    assert totals["link_gold"] >= 50
    assert real_scorer().f1(totals) >= 0.88, totals


@needs_shared_corpus
def test_dev_cross_language_pairs_link_f1() -> None:
    # Measured: link P 0.842, R 0.941, F1 0.889 (Korean-Chinese and mixed pairs).
    totals = dev_totals([DEV / name for name in DEV_CROSS_LANGUAGE])
    assert totals["link_gold"] >= 25
    assert real_scorer().f1(totals) >= 0.88, totals


@needs_shared_corpus
def test_dev_one_sided_recall() -> None:
    # Measured: one-sided recall 0.759 (precision 0.710) over all six dev gold files. The target
    # is 0.80; the floor is set under what the engine reaches today.
    totals = dev_totals(sorted(DEV.glob("*/gold*.yaml")))
    assert totals["one_gold"] >= 20
    assert one_sided_recall(totals) >= 0.70, totals


@needs_shared_corpus
def test_dev_every_gold_sentence_is_found() -> None:
    paths = sorted(DEV.glob("*/gold*.yaml"))
    assert len(paths) >= 6
    for path in paths:
        missing = real_scorer().score(load_gold(path), result_for(path))["missing"]
        assert not missing, (path, missing)



# ------------------------------------------------------------------------------- real same-meeting pairs

REAL = SHARED_CORPUS / "real"
REAL_KO_ZH = [p for p in sorted(REAL.glob("*/gold.yaml")) if p.parent.name.endswith(".ko-zh")]


def one_sided_precision(totals: dict[str, int]) -> float:
    return _ratio(totals["one_correct"], totals["one_predicted"])


@needs_shared_corpus
def test_real_pairs_link_f1() -> None:
    # Measured (tests/tools/fit_alignment.py): link F1 0.628 leave-one-pair-out, 0.639 with the shipped
    # model (fitted on all pairs; 0.583 / 0.614 before the continuity pass, the old aligner 0.538). A
    # careful second reader reaches 0.88.
    totals = dev_totals(sorted(REAL.glob("*/gold.yaml")))
    assert totals["link_gold"] >= 60
    assert real_scorer().f1(totals) >= 0.62, totals


@needs_shared_corpus
def test_real_korean_chinese_pairs_link_f1() -> None:
    # Measured: 0.615 leave-one-pair-out, 0.640 with the shipped model, over the four native pairs.
    totals = dev_totals(REAL_KO_ZH)
    assert len(REAL_KO_ZH) == 4 and totals["link_gold"] >= 25
    assert real_scorer().f1(totals) >= 0.60, totals


@needs_shared_corpus
def test_real_pairs_one_sided() -> None:
    # Measured: precision 0.809 and recall 0.828 leave-one-pair-out; 0.813 and 0.852 shipped.
    totals = dev_totals(sorted(REAL.glob("*/gold.yaml")))
    assert one_sided_precision(totals) >= 0.77, totals
    assert one_sided_recall(totals) >= 0.83, totals


@needs_shared_corpus
def test_real_every_gold_sentence_is_found() -> None:
    for path in sorted(REAL.glob("*/gold.yaml")):
        missing = real_scorer().score(load_gold(path), result_for(path))["missing"]
        assert not missing, (path, missing)


# ------------------------------------------------------------------------------- agree / differ


def status_totals(paths: list[Path]) -> tuple[int, int]:
    """Links whose agree/differ matches the gold relation of the group they fall in, and links judged."""
    correct = judged = 0
    for path in paths:
        status = real_scorer().score(load_gold(path), result_for(path))["status"]
        correct, judged = correct + status["correct"], judged + status["judged"]
    return correct, judged


@needs_shared_corpus
def test_dev_agree_differ_matches_the_gold() -> None:
    # Measured: 49 of 50 (98%) over the four gold.yaml files; 46 of 50 before an early event ("an early
    # relaunch") read as a deadline and a side acting alone within a joint statement as an attribution,
    # 86% before verdicts read periods, open times, relative months, deadlines one side sets and
    # speakers across scripts. The miss left is framing ("in its own way"), which no fact here catches.
    correct, judged = status_totals(sorted(DEV.glob("*/gold.yaml")))
    assert judged >= 45 and correct / judged >= 0.95, (correct, judged)


@needs_shared_corpus
def test_real_agree_differ_matches_the_gold() -> None:
    # Measured: 32 of 33 (97%; 29 of 33 before Korean subjects with their full titles, subjectless
    # Korean reports and spokespersons were read; 71% at first). The miss is a framing no fact here catches.
    correct, judged = status_totals(sorted(REAL.glob("*/gold.yaml")))
    assert judged >= 25 and correct / judged >= 0.92, (correct, judged)
