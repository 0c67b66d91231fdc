"""How the reader looks at the comparison, without a window: zoom, the reading side and filter a new pair
starts from, and which difference next/previous goes to."""

from __future__ import annotations

from desktop_app.workspace.navigation import ALL, Difference, Filter
from desktop_app.workspace.preferences import FONT_SIZE_RANGE
from desktop_app.workspace.view import ViewState, step


def test_zoom_changes_the_text_size_within_the_allowed_sizes() -> None:
    view = ViewState()
    assert view.font_size(11.0) == 11.0
    view.zoom_in()
    view.zoom_in()
    assert view.font_size(11.0) == 13.0
    view.zoom_out()
    assert view.font_size(11.0) == 12.0
    for _ in range(100):
        view.zoom_in()
    assert view.font_size(11.0) == FONT_SIZE_RANGE[1]  # never larger than Preferences allows
    view.zoom_reset()
    for _ in range(100):
        view.zoom_out()
    assert view.font_size(11.0) == FONT_SIZE_RANGE[0]  # nor smaller
    view.zoom_reset()
    assert view.font_size(14.5) == 14.5  # Normal Size: the size chosen in Preferences


def test_other_readouts_are_shown_whole_and_read_from_the_left_at_the_same_zoom() -> None:
    view = ViewState(filter=Filter("topic", "trade"), reading_side="right")
    view.zoom_in()
    view.start_afresh()
    assert (view.filter, view.reading_side) == (ALL, "left")
    assert view.zoom == 1.0  # the reader's own choice stays


def stops(*positions: tuple[float, str, int]) -> list[tuple[float, Difference]]:
    return [(at, Difference(side, index, None)) for at, side, index in positions]  # type: ignore[arg-type]


def test_next_and_previous_difference_go_by_reading_position() -> None:
    found = stops((1.0, "left", 1), (4.0, "left", 4), (6.0, "left", 6))
    assert step(found, 2.0, ("left", 2), "left", +1) == Difference("left", 4, None)
    assert step(found, 2.0, ("left", 2), "left", -1) == Difference("left", 1, None)
    assert step(found, 6.0, ("left", 6), "left", +1) is None  # the last: "No further difference"
    assert step(found, 1.0, ("left", 1), "left", -1) is None


def test_a_difference_of_the_other_side_level_with_the_current_statement_comes_next() -> None:
    # The right side's one-sided statement 3 sits where left statement 4 is read; from left 4, Next goes
    # to it before moving on, and from it Next does not come back to it.
    found = stops((4.0, "left", 4), (4.0, "right", 3), (7.0, "left", 7))
    assert step(found, 4.0, ("left", 4), "left", +1) == Difference("right", 3, None)
    assert step(found, 4.0, ("right", 3), "left", +1) == Difference("left", 7, None)
