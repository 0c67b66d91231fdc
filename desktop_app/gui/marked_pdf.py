"""A readout's marked-up copy as a PDF: the HTML `core.export_docx.marked_html` makes (shading, marks,
numbered annotations with their notes in the margin), laid out by QTextDocument and printed to a
QPdfWriter, with the bundled CJK font so Korean and Chinese come out as glyphs."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop_app.gui.fonts import bundled_family
from desktop_app.gui.pdf import PAPER_SIZES, ensure_gui_application

MARGIN_MM = 18


def html_to_pdf(html: str, title: str, paper: str = "A4") -> bytes:
    if paper not in PAPER_SIZES:
        raise ValueError(f"unknown paper size {paper!r} (known: {', '.join(PAPER_SIZES)})")
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(PAPER_SIZES[paper]))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("Parallax")
    document = QTextDocument()
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Liberation Sans", bundled_family()])
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setHtml(html)
    document.print_(writer)
    buffer.close()
    return bytes(buffer.data().data())
