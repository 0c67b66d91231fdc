"""Shared test set-up: Qt offscreen, paths to the project's own fixtures and to ../shared."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.core.compare.comparison import Comparison

# Set before anything imports Qt: the tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SAMPLES = ROOT / "resources" / "samples"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"

needs_shared_corpus = pytest.mark.skipif(
    not SHARED_CORPUS.is_dir(),
    reason="../shared/corpus is not beside this checkout (it is on CI and developers' machines only)",
)


@pytest.fixture(scope="session")
def demo() -> Comparison:
    """The bundled demo pair, compared."""
    from desktop_app.core.compare.comparison import compare
    from desktop_app.core.documents import load_document

    return compare(load_document(SAMPLES / "demo-kr.txt"), load_document(SAMPLES / "demo-cn.txt"))


@pytest.fixture(scope="session")
def ko_zh() -> Comparison:
    """The project's Korean↔Chinese fixture pair, compared."""
    from desktop_app.core.compare.comparison import compare
    from desktop_app.core.documents import load_document

    pair = FIXTURES / "corpus" / "ko-zh-trade-2029"
    return compare(load_document(pair / "kr.txt"), load_document(pair / "cn.txt"))
