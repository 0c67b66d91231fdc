"""The overview ruler's marks, computed without Qt: fractions of the readout, runs joined, the part in
view and where a click scrolls to."""

from __future__ import annotations

from desktop_app.workspace.overview import RulerMark, ruler_marks, scroll_for, visible_band


def test_marks_are_fractions_of_the_readout_for_differences_and_one_sided_only() -> None:
    extents = [(0, 100), (100, 200), (200, 300), (300, 400)]
    statuses = ["agree", "differ", "agree", "one_sided"]
    assert ruler_marks(extents, statuses, 400) == [RulerMark(0.25, 0.5, "differ", 1),
                                                   RulerMark(0.75, 1.0, "one_sided", 3)]


def test_neighbours_of_one_status_make_one_mark_and_other_statuses_stay_apart() -> None:
    extents = [(0, 10), (12, 20), (21, 30), (60, 70)]
    statuses = ["differ", "differ", "one_sided", "one_sided"]
    marks = ruler_marks(extents, statuses, 100, join=0.05)
    assert marks == [RulerMark(0.0, 0.2, "differ", 0), RulerMark(0.21, 0.3, "one_sided", 2),
                     RulerMark(0.6, 0.7, "one_sided", 3)]


def test_marks_stay_inside_the_ruler_and_an_empty_readout_has_none() -> None:
    assert ruler_marks([(-5, 50), (90, 130)], ["differ", "one_sided"], 100) == [
        RulerMark(0.0, 0.5, "differ", 0), RulerMark(0.9, 1.0, "one_sided", 1)]
    assert ruler_marks([], [], 0) == []
    assert ruler_marks([(0, 10)], ["agree"], 10) == []


def test_the_part_in_view_and_where_a_click_scrolls() -> None:
    assert visible_band(250, 250, 1000) == (0.25, 0.5)
    assert visible_band(0, 500, 0) == (0.0, 1.0)
    assert scroll_for(0.5, 200, 1000, 800) == 400  # the clicked point in the middle of the view
    assert scroll_for(0.0, 200, 1000, 800) == 0
    assert scroll_for(1.0, 200, 1000, 800) == 800


def test_fold_runs_fold_whole_agreeing_paragraphs_only() -> None:
    from desktop_app.gui.widgets.folding import fold_runs

    # paragraphs: [0], blank, [1, 2], blank, [3], heading (no statement), [4], [4, 5]
    blocks: list[list[int] | None] = [[0], [], [1, 2], [], [3], None, [4], [4, 5]]
    agree = [True, True, True, False, True, True]
    assert fold_runs(blocks, agree) == [(0, 2, 3), (6, 7, 2)]
    assert fold_runs(blocks, [False] * 6) == []
    assert fold_runs(blocks, [True] * 6) == [(0, 4, 4), (6, 7, 2)]  # a heading stays and splits the fold
