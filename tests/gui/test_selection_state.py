"""The window says what is selected and what Ctrl+L / Ctrl+U would do, and actions that cannot act are
disabled (no comparison, nothing selected, nothing linked)."""

from __future__ import annotations

from desktop_app.gui.main_window import MainWindow
from desktop_app.workspace.preferences import Preferences
from desktop_app.workspace.selection import describe_selection, statement_numbers

LABELS = {"left": "KR", "right": "CN"}
NEEDS_A_COMPARISON = ("link_selected", "unlink_selected", "jump_counterpart", "next_difference",
                      "previous_difference", "export_report")


def test_the_sentence() -> None:
    assert describe_selection({"left": [2], "right": [9]}, LABELS, False, "Ctrl+L", "Ctrl+U") == \
        "KR 3 + CN 10 selected — Ctrl+L links them"
    assert describe_selection({"left": [2], "right": [9]}, LABELS, True, "Ctrl+L", "Ctrl+U") == \
        "KR 3 + CN 10 selected, linked — Ctrl+U unlinks them"
    assert describe_selection({"left": [], "right": [4]}, LABELS, False, "Ctrl+L", "Ctrl+U") == \
        "CN 5 selected — Ctrl+click a KR statement to link it"
    assert describe_selection({"left": [], "right": []}, LABELS, False, "Ctrl+L", "Ctrl+U") == ""
    assert statement_numbers([2, 3, 4, 9, 11, 12]) == "3–5, 10, 12, 13"
    assert statement_numbers(range(0, 40, 2)).endswith(", …")


def test_nothing_to_act_on_without_a_comparison(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(Preferences())
    qtbot.addWidget(window)
    for action_id in (*NEEDS_A_COMPARISON, "find", "save_project", "swap_sides"):
        assert not window.actions_by_id[action_id].isEnabled(), action_id
    assert not window.view.selection_state.isVisible()


def test_selection_says_what_is_selected_and_enables_what_can_act(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    actions = window.actions_by_id
    assert actions["export_report"].isEnabled() and actions["next_difference"].isEnabled()
    for action_id in ("link_selected", "unlink_selected", "jump_counterpart"):
        assert not actions[action_id].isEnabled(), action_id
    index = window.view.index
    # A linked statement selects its link: unlink and counterpart can act.
    link = next(link for link in index.links if len(link.left) == 1 and len(link.right) == 1)
    window.view.select_statement("left", link.left[0])
    text = window.view.selection_state.text()
    assert text == f"KR {link.left[0] + 1} + CN {link.right[0] + 1} selected, linked — Ctrl+U unlinks them"
    assert window.view.selection_state.isVisible()
    assert actions["unlink_selected"].isEnabled() and actions["jump_counterpart"].isEnabled()
    # A one-sided statement: no counterpart to jump to, nothing to unlink; Ctrl+click one on the other side.
    one_sided = index.status["right"].index("one_sided")
    window.view.select_statement("right", one_sided)
    assert window.view.selection_state.text() == \
        f"CN {one_sided + 1} selected — Ctrl+click a KR statement to link it"
    assert not actions["jump_counterpart"].isEnabled()
    assert not actions["unlink_selected"].isEnabled()
    assert not actions["link_selected"].isEnabled()
    window.view.select_statement("left", link.left[0], additive=True)
    assert window.view.selection_state.text().endswith("— Ctrl+L links them")
    assert actions["link_selected"].isEnabled()
    window.view.clear_selection()
    assert not window.view.selection_state.isVisible()
