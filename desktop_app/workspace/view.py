"""How the reader looks at the comparison, apart from what is selected: the filter, the side whose reading
order next/previous difference follows, and the zoom of the readout text. No Qt: the window draws it."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.workspace.navigation import ALL, Difference, Filter
from desktop_app.workspace.preferences import FONT_SIZE_RANGE
from desktop_app.workspace.session import Side

ZOOM_STEP = 1.0  # points per Zoom In / Zoom Out


@dataclass
class ViewState:
    filter: Filter = ALL
    reading_side: Side = "left"  # where the user last clicked or jumped to
    zoom: float = 0.0  # points added to the preferred font size

    def start_afresh(self) -> None:
        """Other readouts: everything shown again, read from the left (the zoom stays: it is the reader's)."""
        self.filter = ALL
        self.reading_side = "left"

    def zoom_in(self) -> None:
        self.zoom += ZOOM_STEP

    def zoom_out(self) -> None:
        self.zoom -= ZOOM_STEP

    def zoom_reset(self) -> None:
        self.zoom = 0.0

    def font_size(self, preferred: float) -> float:
        """The readout text's size: the preferred size zoomed, within the sizes Preferences allows."""
        low, high = FONT_SIZE_RANGE
        return max(low, min(high, float(preferred) + self.zoom))


def step(stops: list[tuple[float, Difference]], here: float, current: tuple[Side, int] | None, side: Side,
         direction: int) -> Difference | None:
    """Next (+1) or previous (-1) difference from reading position `here` on `side`, among `stops` (each
    with its position in that side's reading order, sorted). A stop on the other side level with the
    current statement comes next, not the current statement itself. None at the end."""
    if direction > 0:
        ahead = [stop for key, stop in stops if key > here + 1e-9
                 or (key == here and (stop.side, stop.index) != current and stop.side != side)]
        return ahead[0] if ahead else None
    behind = [stop for key, stop in stops if key < here - 1e-9]
    return behind[-1] if behind else None
