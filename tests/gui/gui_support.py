"""Paths and helpers shared by the window's tests."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
FIXTURES = ROOT / "tests" / "fixtures"
DEMO = (SAMPLES / "demo-kr.txt", SAMPLES / "demo-cn.txt")
KO_ZH = (FIXTURES / "corpus" / "ko-zh-trade-2029" / "kr.txt", FIXTURES / "corpus" / "ko-zh-trade-2029" / "cn.txt")
WAIT_MS = 20_000


def annotation_ids(panel) -> list[str]:  # type: ignore[no-untyped-def]
    """The ids of the annotations the panel lists, top to bottom (after its filter and search)."""
    from desktop_app.gui.widgets.annotation_panel import ID_ROLE

    return [panel.tree.topLevelItem(k).data(0, ID_ROLE) for k in range(panel.tree.topLevelItemCount())]


def wait_idle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Until the worker has delivered everything it was given."""
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WAIT_MS)
