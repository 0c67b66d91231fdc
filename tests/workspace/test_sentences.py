"""What the window says about a comparison, made without a window (desktop_app.workspace.sentences)."""

from __future__ import annotations

import pytest
from conftest import SAMPLES

from desktop_app.core.documents import load_document
from desktop_app.workspace.navigation import ComparisonIndex, Filter
from desktop_app.workspace.selection import Selection
from desktop_app.workspace.sentences import selection_details, statement_tooltip, summary_text
from desktop_app.workspace.session import Session

KEYS = {"link_selected": "Ctrl+L", "next_difference": "Alt+Down", "previous_difference": "Alt+Up"}


@pytest.fixture(scope="module")
def demo() -> tuple[Session, ComparisonIndex]:
    session = Session()
    session.set_document("left", load_document(SAMPLES / "demo-kr.txt"))
    session.set_document("right", load_document(SAMPLES / "demo-cn.txt"))
    assert session.accept_comparison(session.alignment_job()())
    assert session.comparison is not None
    return session, ComparisonIndex(session.comparison)


def test_the_summary_says_what_is_missing_then_counts_the_comparison(demo) -> None:  # type: ignore[no-untyped-def]
    assert summary_text(Session(), None, Filter()) == "Open two readouts to compare them."
    session, index = demo
    text = summary_text(session, index, Filter())
    summary = index.comparison.summary()
    assert text.startswith(f"Statements KR {summary.statements['left']} · CN {summary.statements['right']}")
    assert f"{summary.agree} agree, {summary.differ} differ" in text
    assert text + "   Showing: one-sided" == summary_text(session, index, Filter("one_sided"))


def test_a_one_sided_statement_names_its_closest_counterpart_and_offers_to_link(demo) -> None:  # type: ignore[no-untyped-def]
    session, index = demo
    alone = index.comparison.one_sided("left")[0]
    selection = Selection()
    selection.statements["left"].add(alone)
    selection.primary = ("left", alone)
    text = selection_details(session, index, selection, KEYS)
    assert text.startswith(f"Only the Korean side says this (statement {alone + 1}).")
    partner, _ = index.comparison.closest("left", alone)  # type: ignore[misc]
    assert f'href="link:left:{alone}:{partner}"' in text and text.endswith("Link them</a>")
    assert "Ctrl+L" in selection_details(session, index, Selection(), KEYS)  # nothing selected: how to start


def test_a_selected_link_is_explained_and_a_tooltip_lists_its_annotations(demo) -> None:  # type: ignore[no-untyped-def]
    session, index = demo
    number = next(k for k, link in enumerate(index.links) if link.status == "differ")
    link = index.links[number]
    selection = Selection()
    selection.statements["left"].update(link.left)
    selection.statements["right"].update(link.right)
    text = selection_details(session, index, selection, KEYS)
    assert text.startswith("<b>Link KR ") and ": differ (match " in text
    tooltip = statement_tooltip(session, index, "left", link.left[0], ["Omission: <b>not bold</b>"])
    assert tooltip.startswith(f"Korean side · statement {link.left[0] + 1} · Differ")
    assert tooltip.endswith("Annotation · Omission: <b>not bold</b>")  # plain text: the tooltip shows it as such

