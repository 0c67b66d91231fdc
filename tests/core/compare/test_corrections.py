"""Links made and undone by hand survive re-alignment."""

from __future__ import annotations

from conftest import SAMPLES

from desktop_app.core.compare.comparison import compare
from desktop_app.core.compare.corrections import Correction, apply_corrections
from desktop_app.core.documents import load_document

LEFT = load_document(SAMPLES / "demo-kr.txt")
RIGHT = load_document(SAMPLES / "demo-cn.txt")


def _pairs(links: list) -> set[tuple[int, int]]:
    return {(i, j) for link in links for i in link.left for j in link.right}


def test_a_manual_link_takes_its_statements_from_other_links() -> None:
    comparison = compare(LEFT, RIGHT)
    one_sided_left = comparison.one_sided("left")[0]
    taken_right = comparison.links[0].right[0]
    apply_corrections(comparison, [Correction("link", (one_sided_left,), (taken_right,))])
    manual = [link for link in comparison.links if link.manual]
    assert [(m.left, m.right) for m in manual] == [([one_sided_left], [taken_right])]
    assert sum(taken_right in link.right for link in comparison.links) == 1
    assert one_sided_left not in comparison.one_sided("left")


def test_an_unlink_removes_exactly_the_named_pairs() -> None:
    comparison = compare(LEFT, RIGHT)
    group = next(link for link in comparison.links if len(link.left) + len(link.right) > 2)
    i, j = group.left[0], group.right[0]
    before = _pairs(comparison.links)
    apply_corrections(comparison, [Correction("unlink", (i,), (j,))])
    after = _pairs(comparison.links)
    assert (i, j) not in after
    assert after < before


def test_corrections_survive_a_realignment_with_other_settings() -> None:
    from dataclasses import replace

    from desktop_app.core.settings import DEFAULT_SETTINGS

    first = compare(LEFT, RIGHT)
    linked = first.links[0]
    corrections = [Correction("unlink", (linked.left[0],), (linked.right[0],)),
                   Correction("link", (first.one_sided("left")[0],), (first.one_sided("right")[0],))]
    for settings in (DEFAULT_SETTINGS, replace(DEFAULT_SETTINGS, threshold=0.15)):
        again = compare(LEFT, RIGHT, settings)
        apply_corrections(again, corrections)
        pairs = _pairs(again.links)
        assert (linked.left[0], linked.right[0]) not in pairs
        assert (first.one_sided("left")[0], first.one_sided("right")[0]) in pairs
