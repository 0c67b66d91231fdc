"""Small helpers for Qt layouts the window fills again and again."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout


def clear_layout(layout: QLayout) -> None:
    """Take every item out of `layout`, deleting its widget (the legend and the recent projects are
    rebuilt from scratch when they change)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
