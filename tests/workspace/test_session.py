"""The window's session without a window: what the controllers ask of it instead of writing to it."""

from __future__ import annotations

from conftest import SAMPLES

from desktop_app.core.documents import load_document
from desktop_app.workspace.session import Session


def demo_session() -> Session:
    session = Session()
    session.set_document("left", load_document(SAMPLES / "demo-kr.txt"))
    session.set_document("right", load_document(SAMPLES / "demo-cn.txt"))
    return session


def test_a_session_aligns_now_and_forgets_the_comparison_when_a_readout_changes() -> None:
    session = demo_session()
    assert session.complete and session.comparison is None
    comparison = session.align_now()
    assert session.comparison is comparison and comparison.links
    session.set_document("left", load_document(SAMPLES / "demo-kr.txt"))  # read again: another readout
    assert session.comparison is None
    session.align_now()
    session.forget_comparison()
    assert session.comparison is None


def test_clearing_the_readouts_leaves_an_empty_window() -> None:
    session = demo_session()
    session.align_now()
    session.clear_readouts()
    assert session.documents == {"left": None, "right": None}
    assert session.side_codes == {"left": "unknown", "right": "unknown"}
    assert session.comparison is None and not session.complete


def test_naming_a_side_by_hand_says_whether_anything_changed() -> None:
    session = demo_session()
    assert session.side_codes == {"left": "KR", "right": "CN"}  # guessed from the readouts
    assert not session.set_side_code("left", "KR")
    assert session.set_side_code("left", "unknown") and session.short_label("left") == "left"
