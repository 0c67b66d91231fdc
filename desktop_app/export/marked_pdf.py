"""A readout's marked-up copy as a PDF: the HTML `core.export_docx.marked_html` makes (shading, marks,
numbered annotations with their notes in the margin), laid out by QTextDocument and printed to a
QPdfWriter, with the bundled CJK font so Korean and Chinese come out as glyphs."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QFont, QTextDocument

from desktop_app.gui.fonts import bundled_family
from desktop_app.gui.pdf import LATIN_FAMILIES, ensure_gui_application, pdf_writer

MARGIN_MM = 18


def html_to_pdf(html: str, title: str, paper: str = "A4") -> bytes:
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, paper, title, "Parallax", margin_mm=MARGIN_MM, resolution=None)
    document = QTextDocument()
    font = QFont()
    font.setFamilies([*LATIN_FAMILIES, bundled_family()])
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setHtml(html)
    document.print_(writer)
    buffer.close()
    return bytes(buffer.data().data())
