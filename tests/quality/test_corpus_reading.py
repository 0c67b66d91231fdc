"""Every gold sentence of a corpus falls inside exactly one statement; no boilerplate line inside any.

Run on the project's own corpus (tests/fixtures/corpus, the demo pair) always, and on ../shared/corpus
(real seed readouts and the development pairs) where it is present.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from conftest import FIXTURES, SAMPLES, SHARED_CORPUS, needs_shared_corpus

from desktop_app.core.documents import load_document


def _gold_files(root: Path) -> list[Path]:
    return sorted(root.glob("**/gold*.yaml")) if root.is_dir() else []


OWN_GOLD = _gold_files(FIXTURES / "corpus") + _gold_files(SAMPLES)
SHARED_GOLD = _gold_files(SHARED_CORPUS)


def _find(needle: str, text: str) -> tuple[int, int]:
    """Where a gold string is in the text, ignoring differences in runs of whitespace."""
    match = re.search(r"\s+".join(re.escape(part) for part in needle.split()), text)
    assert match, f"gold string not in the text: {needle[:70]!r}"
    return match.start(), match.end()


def check_gold_file(gold_path: Path) -> None:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    for side in ("left", "right"):
        document = load_document(gold_path.parent / gold[side])
        spans = [(s.start, s.end) for s in document.statements]
        for group in gold["groups"]:
            for sentence in group.get(side) or []:
                start, end = _find(sentence, document.text)
                holders = [(s, e) for s, e in spans if s <= start and end <= e]
                overlapping = [(s, e) for s, e in spans if s < end and e > start]
                assert len(holders) == 1 and len(overlapping) == 1, (
                    f"{document.name}: gold sentence split or lost: {sentence[:70]!r} → "
                    f"{[document.text[s:e][:50] for s, e in overlapping]}"
                )
        for line in (gold.get("boilerplate") or {}).get(side) or []:
            start, end = _find(line, document.text)
            inside = [document.text[s:e][:50] for s, e in spans if s < end and e > start]
            assert not inside, f"{document.name}: boilerplate {line!r} inside statement {inside}"


@pytest.mark.parametrize("gold_path", OWN_GOLD, ids=lambda p: str(p.relative_to(FIXTURES.parent.parent)))
def test_own_corpus_gold_sentences_are_whole_statements(gold_path: Path) -> None:
    check_gold_file(gold_path)


def test_the_project_has_its_own_gold_corpus() -> None:
    assert len(OWN_GOLD) >= 3, "tests/fixtures/corpus and resources/samples should carry gold files"


@needs_shared_corpus
@pytest.mark.parametrize("gold_path", SHARED_GOLD, ids=lambda p: str(p.relative_to(SHARED_CORPUS)))
def test_shared_corpus_gold_sentences_are_whole_statements(gold_path: Path) -> None:
    check_gold_file(gold_path)
