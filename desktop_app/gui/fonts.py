"""The bundled CJK font, registered with Qt so Korean and Chinese render as glyphs everywhere.

Machines without a CJK system font would otherwise show boxes in the window and drop the characters
from exported PDFs. Needs a QGuiApplication.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from desktop_app.core.resources import resource_path

BUNDLED_FONT_FILE = "wqy-microhei.ttc"
FALLBACK_FAMILY = "WenQuanYi Micro Hei"


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
