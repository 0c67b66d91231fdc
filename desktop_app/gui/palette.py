"""Colours of the window: statement status tints, connector colours and the light/dark application theme.

The status colours come from the Okabe–Ito palette, chosen so that people with any common form of
colour-blindness can still tell agree, differ and only-this-side apart: bluish green, orange and
reddish purple differ in lightness as well as hue. Tints are those colours laid over the text
background at low opacity, so the text stays readable on both light and dark backgrounds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from desktop_app.workspace.navigation import Status

Theme = Literal["system", "light", "dark"]

# Okabe & Ito (2008), "Color Universal Design".
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

STATUS_BASE: dict[Status, str] = {
    "agree": OKABE_ITO["bluish_green"],
    "differ": OKABE_ITO["orange"],
    "one_sided": OKABE_ITO["reddish_purple"],
}

def _blend(over: QColor, under: QColor, opacity: float) -> QColor:
    """`over` laid on `under` at `opacity`, as an opaque colour (text drawn on it keeps full contrast)."""
    return QColor.fromRgbF(
        over.redF() * opacity + under.redF() * (1 - opacity),
        over.greenF() * opacity + under.greenF() * (1 - opacity),
        over.blueF() * opacity + under.blueF() * (1 - opacity),
    )


@dataclass(frozen=True)
class ReadoutPalette:
    """Every colour the panes, the gutter and the legend draw with, for one background."""

    dark: bool
    base: QColor  # text background
    text: QColor
    dim_text: QColor  # boilerplate, and statements a filter leaves out
    tint: dict[Status, QColor]  # statement background
    tint_alt: dict[Status, QColor]  # … of every other statement, so neighbours with one status stay apart
    selected_tint: dict[Status, QColor]  # the selected statements
    word_tint: dict[Status, QColor]  # the words only this side uses, inside a linked pair
    word_selected_tint: dict[Status, QColor]  # … inside the selected statements
    word_underline: QColor
    line: dict[Status, QColor]  # connector outlines and gutter marks, full strength

    def connector_fill(self, status: Status, emphasised: bool) -> QColor:
        colour = QColor(self.line[status])
        colour.setAlphaF(0.55 if emphasised else (0.22 if self.dark else 0.18))
        return colour


def readout_palette(dark: bool, base: QColor | None = None, text: QColor | None = None) -> ReadoutPalette:
    base = QColor(base) if base is not None else QColor("#1e1f22" if dark else "#ffffff")
    text = QColor(text) if text is not None else QColor("#e6e6e6" if dark else "#1d1d1f")
    # Darker backgrounds need stronger tints for the same visible difference.
    tint_opacity, word_opacity, selected_opacity, selected_word_opacity = (
        (0.24, 0.34, 0.38, 0.52) if dark else (0.17, 0.30, 0.36, 0.62))
    bases = {status: QColor(code) for status, code in STATUS_BASE.items()}
    line = {status: colour.lighter(115) if dark else colour.darker(110) for status, colour in bases.items()}
    return ReadoutPalette(
        dark=dark,
        base=base,
        text=text,
        dim_text=_blend(text, base, 0.42),
        tint={s: _blend(c, base, tint_opacity) for s, c in bases.items()},
        tint_alt={s: _blend(c, base, tint_opacity + 0.07) for s, c in bases.items()},
        selected_tint={s: _blend(c, base, selected_opacity) for s, c in bases.items()},
        word_tint={s: _blend(c, base, word_opacity) for s, c in bases.items()},
        word_selected_tint={s: _blend(c, base, selected_word_opacity) for s, c in bases.items()},
        word_underline=QColor("#ffb066") if dark else QColor(OKABE_ITO["vermillion"]).darker(125),
        line=line,
    )


def palette_for_widgets(palette: QPalette) -> ReadoutPalette:
    """The readout palette matching an application palette (dark when its text background is dark)."""
    base = palette.color(QPalette.ColorRole.Base)
    return readout_palette(base.lightness() < 128, base, palette.color(QPalette.ColorRole.Text))


# ------------------------------------------------------------------------------- application theme


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def wants_dark(theme: Theme) -> bool:
    return theme == "dark" or (theme == "system" and system_is_dark())


def dark_application_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#2b2d30", roles.WindowText: "#dfe1e5", roles.Base: "#1e1f22",
        roles.AlternateBase: "#26282b", roles.ToolTipBase: "#3c3f41", roles.ToolTipText: "#dfe1e5",
        roles.Text: "#e6e6e6", roles.Button: "#393b40", roles.ButtonText: "#dfe1e5",
        roles.BrightText: "#ffffff", roles.Highlight: "#2f65ca", roles.HighlightedText: "#ffffff",
        roles.Link: "#6aa7ff", roles.PlaceholderText: "#8c8f94", roles.Mid: "#4e5157",
        roles.Dark: "#1b1c1e", roles.Light: "#4a4d52", roles.Midlight: "#43454a", roles.Shadow: "#101112",
    }
    for role, code in colours.items():
        palette.setColor(role, QColor(code))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7d82"))
    return palette


def light_application_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#f3f3f3", roles.WindowText: "#1d1d1f", roles.Base: "#ffffff",
        roles.AlternateBase: "#f6f7f9", roles.ToolTipBase: "#ffffdc", roles.ToolTipText: "#1d1d1f",
        roles.Text: "#1d1d1f", roles.Button: "#ececec", roles.ButtonText: "#1d1d1f",
        roles.Highlight: "#3874d8", roles.HighlightedText: "#ffffff", roles.Link: "#0b57d0",
        roles.PlaceholderText: "#8a8a8e", roles.Mid: "#c4c4c4", roles.Dark: "#a0a0a0",
        roles.Light: "#ffffff", roles.Midlight: "#e3e3e3", roles.Shadow: "#767676",
    }
    for role, code in colours.items():
        palette.setColor(role, QColor(code))
    return palette


_startup_look: tuple[str, QPalette] | None = None  # the platform's own style and palette


def apply_theme(theme: Theme) -> bool:
    """Give the application the light or dark look `theme` asks for; True when it is dark.

    "system" keeps the platform's own style and palette when they already match the system's colour
    scheme. Otherwise the Fusion style is used with our palette: it is the one Qt style that honours a
    custom palette on every platform.
    """
    global _startup_look
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if _startup_look is None:
        _startup_look = (app.style().name(), QPalette(app.palette()))
    style, platform_palette = _startup_look
    dark = wants_dark(theme)
    platform_dark = platform_palette.color(QPalette.ColorRole.Base).lightness() < 128
    if theme == "system" and platform_dark == dark:
        app.setStyle(style)
        app.setPalette(platform_palette)
    else:
        app.setStyle("Fusion")
        app.setPalette(dark_application_palette() if dark else light_application_palette())
    return dark
