"""The multilingual sentence embedding: loaded once, cached per readout, and never a reason to fail."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import SAMPLES

from desktop_app.core import embedding
from desktop_app.core.compare.comparison import compare
from desktop_app.core.documents import document_from_text, load_document
from desktop_app.core.report.contract import comparison_to_dict

needs_model = pytest.mark.skipif(not embedding.available(), reason=f"{embedding.problem()}")


@needs_model
def test_vectors_are_unit_length_one_row_per_statement() -> None:
    vectors = embedding.vectors(["The two sides agreed to expand trade.", "양측은 교역을 확대하기로 했다."])
    assert vectors is not None and vectors.shape == (2, 512)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)


@needs_model
def test_the_same_point_in_korean_and_chinese_is_closer_than_another_point() -> None:
    korean = embedding.vectors(["양측은 자유무역협정 2단계 협상을 가속화하기로 합의했다.",
                                "양측은 기후변화 대응 협력을 강화하기로 했다."])
    chinese = embedding.vectors(["双方同意加快自贸协定第二阶段谈判。"])
    assert korean is not None and chinese is not None
    same, other = korean @ chinese[0]
    assert same > other + 0.1


@needs_model
def test_a_readout_is_embedded_once_and_kept() -> None:
    texts = ["The ministers met in Busan.", "They agreed to resume the dialogue."]
    first = embedding.vectors(texts)
    assert embedding.vectors(list(texts)) is first  # a re-alignment takes the cached vectors


@needs_model
def test_progress_is_reported_and_cancelling_stops_the_work() -> None:
    texts = [f"Statement number {n} about trade and investment." for n in range(150)]
    seen: list[tuple[int, int]] = []
    embedding.vectors(texts, lambda done, total: seen.append((done, total)) is None)
    assert seen[0] == (0, 150) and seen[-1] == (150, 150) and len(seen) >= 3
    with pytest.raises(embedding.Cancelled):
        embedding.vectors([t + " Again." for t in texts], lambda done, total: done == 0)


@needs_model
def test_the_json_says_which_signals_the_alignment_used() -> None:
    left, right = load_document(SAMPLES / "demo-kr.txt"), load_document(SAMPLES / "demo-cn.txt")
    settings = comparison_to_dict(compare(left, right))["settings"]
    assert settings["embedding"] == embedding.MODEL_NAME and settings["embedding_problem"] is None


def test_without_the_model_the_alignment_goes_on_and_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embedding, "_model", None)
    monkeypatch.setattr(embedding, "_problem", None)
    monkeypatch.setenv(embedding.DISABLE_VARIABLE, "1")
    left = document_from_text("Minister Seo met Minister Guo in Busan.\n\nThey agreed to expand trade.", "kr")
    right = document_from_text("Guo Yanqing met Seo Haneul.\n\nThe two sides agreed to expand trade.", "cn")
    comparison = compare(left, right)
    assert comparison.embedding is None and "switched off" in (comparison.embedding_problem or "")
    assert (1, 1) in {(i, j) for link in comparison.links for i in link.left for j in link.right}


def test_the_command_line_notes_a_missing_model_once_and_succeeds(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    env = {**os.environ, embedding.DISABLE_VARIABLE: "1"}
    done = subprocess.run([sys.executable, "-m", "desktop_app", "compare", str(SAMPLES / "demo-kr.txt"),
                           str(SAMPLES / "demo-cn.txt"), "-o", str(out)], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("note:") == 1 and "aligned without it" in done.stderr
    assert "Traceback" not in done.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["settings"]["embedding"] is None
