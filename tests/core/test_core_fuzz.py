"""Property-based fuzzing of the engine (hypothesis, with a fixed budget): whatever text comes in, a
readout is refused with one line or read into statements whose offsets are valid, and a comparison
links only statements that exist, the same way every time."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.compare.comparison import compare
from desktop_app.core.documents import document_from_text
from desktop_app.core.model import Document, DocumentError
from desktop_app.core.report.contract import comparison_to_json

# Pieces readouts are made of, and the characters that break naive code: scripts, sentence ends,
# markers, quotes, line and paragraph separators, control and zero-width characters, surrogate-free
# astral characters.
PIECES = st.sampled_from([
    "The two sides agreed to expand trade.", "Minister Seo met Minister Guo in Busan on May 3, 2029.",
    "양측은 교역을 확대하기로 했습니다.", "双方同意扩大贸易。", "雙方同意擴大貿易。", "Beide Seiten vereinbarten.",
    "1.", "o", "-", "•", "U.S.", "Dec.", "“", "”", "\"", "(", ")", "《", "》", "。", "！", "？", ".", ",",
    "\n", "\n\n", "\r\n", "\u2028", "\u2029", "\x85", "\t", " ", "\u200b", "\ufeff", "\x00", "\x1b",
    "400 billion dollars", "4천억 달러", "4000亿美元", "2029年", "@", "=SUM(1)", "<b>", "&amp;", "😀", "\U00020000",
])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=12)), min_size=1, max_size=40).map("".join)
FUZZ = settings(max_examples=60, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def read(text: str) -> Document | None:
    try:
        return document_from_text(text, "fuzzed.txt")
    except DocumentError as error:
        assert "\n" not in str(error) and str(error).startswith(("fuzzed.txt: ", "pasted text: "))
        return None


@FUZZ
@given(TEXTS)
def test_any_text_is_refused_in_one_line_or_read_into_valid_statements(text: str) -> None:
    document = read(text)
    if document is None:
        return
    previous_end = 0
    for index, statement in enumerate(document.statements):
        assert statement.index == index
        assert previous_end <= statement.start < statement.end <= len(document.text)
        assert document.text[statement.start:statement.end] == statement.text
        previous_end = statement.end


@FUZZ
@given(TEXTS, TEXTS)
def test_any_two_texts_compare_into_links_of_existing_statements_the_same_way_twice(a: str, b: str) -> None:
    left, right = read(a), read(b)
    if left is None or right is None:
        return
    comparison = compare(left, right)
    linked = {"left": set(), "right": set()}
    for link in comparison.links:
        assert link.left and link.right and 0.0 <= link.score <= 1.0
        assert all(0 <= i < len(left.statements) for i in link.left)
        assert all(0 <= j < len(right.statements) for j in link.right)
        linked["left"].update(link.left)
        linked["right"].update(link.right)
    for side, document in (("left", left), ("right", right)):
        one_sided = set(comparison.one_sided(side))  # type: ignore[arg-type]
        assert one_sided | linked[side] == set(range(len(document.statements)))
        assert not one_sided & linked[side]
    assert comparison_to_json(compare(left, right)) == comparison_to_json(comparison)


@pytest.mark.parametrize("character", ["\x85", "\u2028", "\u2029", "\ufeff", "\u200b", "\U0001f600", "\x7f"])
def test_awkward_characters_inside_a_readout_survive_a_project_file(tmp_path, character: str) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.core.project.file import Project, load_project, save_project

    left = read(f"The two sides agreed{character} to expand trade.\n\nThey met again in Seoul.")
    right = read("The two sides agreed to expand trade.")
    assert left is not None and right is not None
    path = tmp_path / "work.parallax"
    save_project(Project(compare(left, right)), path)
    assert load_project(path).comparison.left.text == left.text
