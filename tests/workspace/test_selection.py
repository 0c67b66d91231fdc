"""What linking and unlinking the selection means, decided without a window."""

from __future__ import annotations

import pytest
from conftest import SAMPLES

from desktop_app.core.compare.comparison import compare
from desktop_app.core.compare.corrections import Correction
from desktop_app.core.documents import load_document
from desktop_app.workspace.navigation import ComparisonIndex
from desktop_app.workspace.selection import Selection, link_correction, selected_links, unlink_corrections


@pytest.fixture(scope="module")
def index() -> ComparisonIndex:
    return ComparisonIndex(compare(load_document(SAMPLES / "demo-kr.txt"), load_document(SAMPLES / "demo-cn.txt")))


def chosen(left: set[int], right: set[int]) -> Selection:
    selection = Selection()
    selection.statements["left"].update(left)
    selection.statements["right"].update(right)
    return selection


def test_a_link_needs_statements_on_both_sides() -> None:
    assert link_correction(chosen({3}, set())) is None
    assert link_correction(chosen({4, 3}, {9})) == Correction("link", (3, 4), (9,))


def test_unlinking_takes_the_chosen_statements_out_of_the_links_they_share(index: ComparisonIndex) -> None:
    number, link = next((n, k) for n, k in enumerate(index.links) if len(k.right) > 1)
    selection = chosen({link.left[0]}, {link.right[0]})
    assert selected_links(index, selection) == [number]
    assert unlink_corrections(index, selection) == [Correction("unlink", (link.left[0],), (link.right[0],))]
    # one side chosen only: the statement leaves its link whole
    assert unlink_corrections(index, chosen({link.left[0]}, set())) == [
        Correction("unlink", (link.left[0],), tuple(link.right))]


def test_nothing_to_unlink_when_the_chosen_statements_are_not_linked(index: ComparisonIndex) -> None:
    alone = index.comparison.one_sided("left")[0]
    assert unlink_corrections(index, chosen({alone}, set())) == []
    assert selected_links(index, chosen({alone}, set())) == []
