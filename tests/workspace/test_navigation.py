"""The window's lookups over a comparison (no widgets): statuses, filters, the order of differences."""

from __future__ import annotations

import pytest
from conftest import SAMPLES

from desktop_app.core.compare.comparison import compare
from desktop_app.core.documents import load_document
from desktop_app.workspace.navigation import ComparisonIndex, Filter, about, statement_at
from desktop_app.workspace.session import Session

DEMO = (SAMPLES / "demo-kr.txt", SAMPLES / "demo-cn.txt")


@pytest.fixture(scope="module")
def index() -> ComparisonIndex:
    return ComparisonIndex(compare(load_document(DEMO[0]), load_document(DEMO[1])))


def test_every_difference_is_a_stop_exactly_once_in_either_reading_order(index: ComparisonIndex) -> None:
    comparison = index.comparison
    expected = ({("link", n) for n, link in enumerate(comparison.links) if link.status == "differ"}
                | {("left", i) for i in comparison.one_sided("left")}
                | {("right", j) for j in comparison.one_sided("right")})
    for side in ("left", "right"):
        stops = index.differences(side)  # type: ignore[arg-type]
        found = [("link", s.link) if s.link is not None else (s.side, s.index) for s in stops]
        assert len(found) == len(set(found))
        assert set(found) == expected


def test_stops_follow_the_reading_order_of_their_side(index: ComparisonIndex) -> None:
    stops = [s for s in index.differences("left") if s.side == "left"]
    assert [s.index for s in stops] == sorted(s.index for s in stops)


def test_filters(index: ComparisonIndex) -> None:
    for side in ("left", "right"):
        for i, status in enumerate(index.status[side]):  # type: ignore[index]
            assert index.visible(side, i, Filter())  # type: ignore[arg-type]
            assert index.visible(side, i, Filter("differences")) == (status != "agree")  # type: ignore[arg-type]
            assert index.visible(side, i, Filter("one_sided")) == (status == "one_sided")  # type: ignore[arg-type]


def test_a_topic_area_takes_in_its_topics() -> None:
    assert about(frozenset({"trade.fta"}), "trade")
    assert not about(frozenset({"trade_x"}), "trade")
    assert not about(frozenset({"trade"}), None)


def test_statement_at() -> None:
    assert statement_at([0, 10, 20], [8, 18, 30], 12) == 1
    assert statement_at([0, 10, 20], [8, 18, 30], 9) is None
    assert statement_at([], [], 0) is None


def test_session_keeps_corrections_through_realignment_and_swaps_them() -> None:
    session = Session()
    left, right = load_document(DEMO[0]), load_document(DEMO[1])
    session.set_document("left", left)
    session.set_document("right", right)
    assert session.side_label("left") == "Korean side"
    assert session.accept_comparison(session.alignment_job()())
    one_left = session.comparison.one_sided("left")[0]
    one_right = session.comparison.one_sided("right")[0]
    session.link([one_left], [one_right])
    assert session.accept_comparison(session.alignment_job()())
    assert any(link.left == [one_left] and link.right == [one_right] for link in session.comparison.links)
    session.swap()
    assert session.comparison is None and session.documents["left"] is right
    assert session.accept_comparison(session.alignment_job()())
    assert any(link.left == [one_right] and link.right == [one_left] for link in session.comparison.links)
    # A result computed for other readouts is refused.
    stale = compare(left, right)
    assert not session.accept_comparison(stale)
