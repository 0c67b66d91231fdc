"""The report as a PDF: the report's HTML laid out by Qt (QTextDocument) and painted page by page on a
QPdfWriter, with a running header and page numbers.

Korean and Chinese are set in the bundled WenQuanYi Micro Hei, Latin text in a Latin system font where
there is one; Qt embeds both (subsets, with ToUnicode maps), so the text renders on machines without a
CJK font and extracts back as the very characters of the readout (design.md, "Known pitfalls"), with
no ligatures. The coverage chart is the report's own SVG, drawn as vectors by Qt's SVG renderer where
the HTML places the chart.

Works headless: without a QGuiApplication one is created, offscreen when there is no display. Touches
no widgets, so it can run in a worker thread once the application exists and the bundled font has
been registered on the GUI thread (`fonts.bundled_family()`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QObject, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtSvg import QSvgRenderer

from desktop_app.core.fileio import write_atomic
from desktop_app.core.report import Report, with_appendix
from desktop_app.core.report_html import chart_size, coverage_svg, render_html
from desktop_app.gui.fonts import bundled_family

Paper = Literal["A4", "Letter"]
PAPER_SIZES: dict[str, QPageSize.PageSizeId] = {"A4": QPageSize.PageSizeId.A4,
                                                 "Letter": QPageSize.PageSizeId.Letter}
Progress = Callable[[int, int], None]  # (pages done, pages in all)

RESOLUTION = 300  # dots per inch of the PDF's coordinate space: fine enough for text and chart
MARGINS_MM = QMarginsF(18, 14, 18, 14)  # left, top, right, bottom (header and footer sit inside)
HEADER_MM = 9.0  # the band above the text for the running header
FOOTER_MM = 9.0  # … and below it, for the page number
BODY_POINT_SIZE = 9.0
# Latin text in a Latin font where the system has one: the CJK font sets ’ “ ” … at full width, which
# gaps English text. Every Hangul and Han character still comes from the bundled font (none of these
# has any), so what matters for extraction does not depend on the machine.
LATIN_FAMILIES = ("DejaVu Sans", "Arial", "Liberation Sans")
CHART_URL = "parallax-chart:coverage"
CHART_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
_OBJECT_CHARACTER = "\ufffc"  # how the text holds an image or another object
_CSS_TO_DEVICE = RESOLUTION / 96  # a CSS pixel in the writer's device pixels
_keep: list[QGuiApplication] = []  # the application made here, kept alive for the process


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when no display is available)."""
    app = QGuiApplication.instance()
    if app is not None:
        if not isinstance(app, QGuiApplication):
            raise RuntimeError("PDF export needs a QGuiApplication, not a QCoreApplication")
        return app
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QGuiApplication(["parallax"])
    _keep.append(app)
    return app


def write_pdf(report: Report, path: str | Path, paper: Paper = "A4", include_texts: bool = False,
              progress: Progress | None = None) -> int:
    """Write the report as a PDF to `path` (atomically) and return its number of pages.

    Raises OSError when the file cannot be written, ValueError for an unknown paper size.
    """
    data, pages = render_pdf(report, paper, include_texts, progress)
    write_atomic(path, data)
    return pages


def render_pdf(report: Report, paper: Paper = "A4", include_texts: bool = False,
               progress: Progress | None = None) -> tuple[bytes, int]:
    """The report as PDF file content, and its number of pages."""
    if paper not in PAPER_SIZES:
        raise ValueError(f"unknown paper size {paper!r} (known: {', '.join(PAPER_SIZES)})")
    ensure_gui_application()
    if include_texts:
        report = with_appendix(report)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, report, paper)
    document = _layout(report, writer)
    pages = _paint(document, writer, report, progress)
    buffer.close()
    return bytes(buffer.data().data()), pages


def _writer(device: QIODevice, report: Report, paper: Paper) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(PAPER_SIZES[paper]))
    # No printer margins: the document lays out its own, per page (see _layout).
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(report.cover.title)
    writer.setCreator(f"Parallax {report.cover.version}")
    return writer


def _mm(value: float) -> float:
    return value / 25.4 * RESOLUTION


def _css_px(mm: float) -> float:
    return mm / 25.4 * 96


def _page_size(writer: QPdfWriter) -> QSizeF:
    return QSizeF(writer.pageLayout().fullRectPixels(RESOLUTION).size())


def _layout(report: Report, writer: QPdfWriter) -> QTextDocument:
    """The report's HTML laid out in pages the size of the sheet, the margins inside each page.

    Laying out whole sheets, rather than only the text area, matters for what a PDF reader extracts:
    Qt also draws the last line above a page's clip (the end of a paragraph or table cell that began
    on the previous page). With the margins inside the layout that line falls off the sheet, where
    text extraction (pdftotext, copy and paste) does not see it, instead of into the header band.
    """
    family = bundled_family()
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(_text_font(family, BODY_POINT_SIZE))
    page = _page_size(writer)
    document.setPageSize(page)
    fonts = ", ".join(f'"{name}"' for name in (*LATIN_FAMILIES, family))
    document.setHtml(render_html(report, chart_image=CHART_URL, font_stack=fonts, browser=False))
    _draw_chart_as_vectors(document, report)
    # Frame lengths are CSS pixels (1/96 inch), which the layout scales to the writer's resolution.
    frame = document.rootFrame().frameFormat()
    frame.setLeftMargin(_css_px(MARGINS_MM.left()))
    frame.setRightMargin(_css_px(MARGINS_MM.right()))
    frame.setTopMargin(_css_px(MARGINS_MM.top() + HEADER_MM))
    frame.setBottomMargin(_css_px(MARGINS_MM.bottom() + FOOTER_MM))
    document.rootFrame().setFrameFormat(frame)
    return document


def _text_font(family: str, point_size: float) -> QFont:
    """A font that sets every character as its own glyph. Ligatures ("fi" as one glyph) would extract
    as U+FB01 rather than "f" and "i", and the report's text must extract exactly as the readout's."""
    font = QFont()
    font.setFamilies([*LATIN_FAMILIES, family])
    font.setPointSizeF(point_size)
    for feature in ("liga", "clig", "dlig", "hlig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


class _Chart(QPyTextObject):
    """The coverage chart as an object in the text: the report's SVG, drawn as vectors wherever the
    layout puts it, so it prints sharp at any size and weighs a few kilobytes."""

    def __init__(self, svg: str, size: QSizeF, parent: QObject) -> None:
        super().__init__(parent)
        self.renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")), self)
        self.size = size

    def intrinsicSize(self, document: QTextDocument, position: int, format: QTextFormat) -> QSizeF:
        return self.size

    def drawObject(self, painter: QPainter, rect: QRectF, document: QTextDocument, position: int,
                   format: QTextFormat) -> None:
        painter.save()
        # The SVG's text takes its features from here: no ligatures, so its labels extract as letters.
        painter.setFont(_text_font(bundled_family(), BODY_POINT_SIZE))
        self.renderer.render(painter, rect)
        painter.restore()


def _draw_chart_as_vectors(document: QTextDocument, report: Report) -> None:
    """Put the chart object where the HTML has the chart's image (QTextDocument draws no SVG itself)."""
    cursor = document.find(_OBJECT_CHARACTER)
    while not cursor.isNull():
        image = cursor.charFormat()
        if image.isImageFormat() and image.toImageFormat().name() == CHART_URL:
            width = image.toImageFormat().width() * _CSS_TO_DEVICE
            svg_width, svg_height = chart_size(len(report.chart_topics()[0]))
            fonts = ", ".join((*LATIN_FAMILIES, bundled_family()))
            size = QSizeF(width, width * svg_height / svg_width)
            chart = _Chart(coverage_svg(report, font_family=fonts), size, document)
            document.documentLayout().registerHandler(CHART_OBJECT, chart)
            placeholder = QTextCharFormat()
            placeholder.setObjectType(CHART_OBJECT)
            cursor.insertText(_OBJECT_CHARACTER, placeholder)
            return
        cursor = document.find(_OBJECT_CHARACTER, cursor)


def _paint(document: QTextDocument, writer: QPdfWriter, report: Report, progress: Progress | None) -> int:
    """Paint the laid-out document a sheet at a time, each shifted up by the sheets before it."""
    size = document.pageSize()
    pages = document.pageCount()
    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * size.height())
            view = QRectF(0, page * size.height(), size.width(), size.height())
            painter.setClipRect(view)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = view
            document.documentLayout().draw(painter, context)
            painter.restore()
            _decorate(painter, report, size, page, pages)
            if progress is not None:
                progress(page + 1, pages)
    finally:
        painter.end()
    return pages


def _decorate(painter: QPainter, report: Report, size: QSizeF, page: int, pages: int) -> None:
    """The running header (title, left; sources, right) and the page number; no header on the cover."""
    paint = QRectF(0, 0, size.width(), size.height()).adjusted(
        _mm(MARGINS_MM.left()), _mm(MARGINS_MM.top()), -_mm(MARGINS_MM.right()), -_mm(MARGINS_MM.bottom()))
    font = _text_font(bundled_family(), 7.5)
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(QColor("#6b7280")))
    metrics = QFontMetricsF(font, painter.device())
    band = _mm(HEADER_MM)
    if page > 0:
        sources = report.sources
        right = f"{sources['left'].heading} ↔ {sources['right'].heading} · Parallax"
        right_width = metrics.horizontalAdvance(right)
        title = metrics.elidedText(report.cover.title, Qt.TextElideMode.ElideRight,
                                   paint.width() - right_width - _mm(8))
        baseline = paint.top() + band - _mm(3.5)
        painter.drawText(QPointF(paint.left(), baseline), title)
        painter.drawText(QPointF(paint.right() - right_width, baseline), right)
        painter.setPen(QPen(QColor("#d1d5db"), _mm(0.2)))
        rule = baseline + _mm(1.6)
        painter.drawLine(QPointF(paint.left(), rule), QPointF(paint.right(), rule))
        painter.setPen(QPen(QColor("#6b7280")))
    number = f"Page {page + 1} of {pages}"
    footer_baseline = paint.bottom() - _mm(1.5)
    painter.drawText(QPointF(paint.right() - metrics.horizontalAdvance(number), footer_baseline), number)
    painter.drawText(QPointF(paint.left(), footer_baseline), f"Generated {report.cover.generated_text}")
    painter.restore()
