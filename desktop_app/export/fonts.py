"""The fonts of the window and of every PDF: the bundled CJK font, registered with Qt so Korean and
Chinese render as glyphs everywhere, and the Latin fonts tried before it.

Machines without a CJK system font would otherwise show boxes in the window and drop the characters
from exported PDFs. Needs a QGuiApplication.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

from desktop_app.core.resources import resource_path

BUNDLED_FONT_FILE = "wqy-microhei.ttc"
FALLBACK_FAMILY = "WenQuanYi Micro Hei"
# Latin text in a Latin font where the system has one: the CJK font sets ’ “ ” … at full width, which
# gaps English text. Every Hangul and Han character still comes from the bundled font (none of these
# has any), so what a PDF's text extracts to does not depend on the machine.
LATIN_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Segoe UI", "Helvetica Neue")


@cache
def bundled_family() -> str:
    """Register the bundled font (once) and return its family name."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", BUNDLED_FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else FALLBACK_FAMILY


def readout_font(family: str | None = None, point_size: float = 11.0) -> QFont:
    """A font for readout text: the chosen family, falling back to the bundled CJK font per character."""
    cjk = bundled_family()
    font = QFont()
    font.setFamilies([family, cjk] if family and family != cjk else [cjk])
    font.setPointSizeF(point_size)
    return font


def latin_family() -> str | None:
    """The platform's own text font, for Latin script; Korean and Chinese fall back to the bundled font.

    The bundled CJK font must not be the first choice: its quotes and apostrophes are full-width.
    """
    cjk = bundled_family()
    resolved = QFontInfo(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)).family()
    if resolved and resolved != cjk:
        return resolved
    available = set(QFontDatabase.families())
    return next((name for name in LATIN_FAMILIES if name in available), None)
