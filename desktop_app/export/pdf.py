"""The report as a PDF: the report's HTML laid out by Qt (QTextDocument) and painted page by page on a
QPdfWriter, with a running header and page numbers.

Korean and Chinese are set in the bundled WenQuanYi Micro Hei, Latin text in a Latin system font where
there is one; Qt embeds both (subsets, with ToUnicode maps), so the text renders on machines without a
CJK font and extracts back as the very characters of the readout (design.md, "Known pitfalls"), with
no ligatures. The coverage chart is the report's own SVG, drawn as vectors by Qt's SVG renderer where
the HTML places the chart.

Works headless: without a QGuiApplication one is created, offscreen when there is no display. Touches
no widgets, so it can run in a worker thread once the application exists and the bundled font has
been registered on the GUI thread (`export.fonts.bundled_family()`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QObject,
    QPointF,
    QRect,
    QRectF,
    QSizeF,
    Qt,
)
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
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)
from PySide6.QtSvg import QSvgRenderer

from desktop_app.core.fileio import write_atomic
from desktop_app.core.report.build import with_appendix
from desktop_app.core.report.coverage_chart import chart_size, coverage_svg
from desktop_app.core.report.html import render_html
from desktop_app.core.report.model import Report
from desktop_app.core.wording import tr
from desktop_app.export.fonts import LATIN_FAMILIES, bundled_family

Paper = Literal["A4", "Letter"]
PAPER_SIZES: dict[str, QPageSize.PageSizeId] = {"A4": QPageSize.PageSizeId.A4,
                                                 "Letter": QPageSize.PageSizeId.Letter}
Progress = Callable[[int, int], None]  # (pages done, pages in all)

RESOLUTION = 300  # dots per inch of the PDF's coordinate space: fine enough for text and chart
MARGINS_MM = QMarginsF(18, 14, 18, 14)  # left, top, right, bottom (header and footer sit inside)
HEADER_MM = 9.0  # the band above the text for the running header
FOOTER_MM = 9.0  # … and below it, for the page number
BODY_POINT_SIZE = 9.0
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
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, paper, report.cover.title, f"Parallax {report.cover.version}")
    if include_texts:
        report = with_appendix(report)
    document = _layout(report, writer)
    pages = _paint(document, writer, lambda painter, size, page, count: _decorate(
        painter, report, size, page, count), progress)
    buffer.close()
    return bytes(buffer.data().data()), pages


def render_html_pdf(html: str, title: str, header: str, footer: str, paper: Paper = "A4",
                    creator: str = "Parallax", language: str = "en") -> tuple[bytes, int]:
    """Any of Parallax's report HTML (the batch report's) as a PDF laid out as a pair report: the same
    fonts, margins and pagination; `header` on the right of the running header beside `title`, and
    `footer` at the foot of each page beside the page number ("Page n of N" in `language`)."""
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, paper, title, creator)
    family = bundled_family()
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(_text_font(family, BODY_POINT_SIZE))
    document.setPageSize(_page_size(writer))
    document.setHtml(html)
    _set_page_margins(document)
    _paginate(document)

    def decorate(painter: QPainter, size: QSizeF, page: int, pages: int) -> None:
        _running_text(painter, size, page, pages, title, header, footer, language)
    pages = _paint(document, writer, decorate, progress=None)
    buffer.close()
    return bytes(buffer.data().data()), pages


def pdf_font_stack() -> str:
    """The CSS font-family the PDF's HTML is laid out with: Latin fonts first, then the bundled CJK one."""
    ensure_gui_application()  # the font database needs one: without it Qt crashes (a batch of failed pairs)
    return ", ".join(f'"{name}"' for name in (*LATIN_FAMILIES, bundled_family()))


def pdf_writer(device: QIODevice, paper: str, title: str, creator: str, margin_mm: float = 0.0,
               resolution: int | None = RESOLUTION) -> QPdfWriter:
    """A PDF writer on `device` for every PDF Parallax makes; ValueError for an unknown paper size.

    The reports lay out their own margins per page (see _layout), so theirs are 0; `resolution` None
    keeps Qt's default, for documents Qt prints itself (QTextDocument.print_)."""
    if paper not in PAPER_SIZES:
        raise ValueError(f"unknown paper size {paper!r} (known: {', '.join(PAPER_SIZES)})")
    writer = QPdfWriter(device)
    if resolution is not None:
        writer.setResolution(resolution)
    writer.setPageSize(QPageSize(PAPER_SIZES[paper]))
    writer.setPageMargins(QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator(creator)
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
    _set_page_margins(document)
    _paginate(document)
    return document


def _set_page_margins(document: QTextDocument) -> None:
    # Frame lengths are CSS pixels (1/96 inch), which the layout scales to the writer's resolution.
    frame = document.rootFrame().frameFormat()
    frame.setLeftMargin(_css_px(MARGINS_MM.left()))
    frame.setRightMargin(_css_px(MARGINS_MM.right()))
    frame.setTopMargin(_css_px(MARGINS_MM.top() + HEADER_MM))
    frame.setBottomMargin(_css_px(MARGINS_MM.bottom() + FOOTER_MM))
    document.rootFrame().setFrameFormat(frame)


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

    def drawObject(self, painter: QPainter, rect: QRectF | QRect, document: QTextDocument, position: int,
                   format: QTextFormat) -> None:
        painter.save()
        # The SVG's text takes its features from here: no ligatures, so its labels extract as letters.
        painter.setFont(_text_font(bundled_family(), BODY_POINT_SIZE))
        self.renderer.render(painter, QRectF(rect))
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


Decorate = Callable[[QPainter, QSizeF, int, int], None]  # (painter, sheet size, page, pages)


def _paint(document: QTextDocument, writer: QPdfWriter, decorate: Decorate, progress: Progress | None) -> int:
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
            decorate(painter, size, page, pages)
            if progress is not None:
                progress(page + 1, pages)
    finally:
        painter.end()
    return pages


def _decorate(painter: QPainter, report: Report, size: QSizeF, page: int, pages: int) -> None:
    """The running header (title, left; sources, right) and the page number; no header on the cover."""
    sources = report.sources
    right = f"{sources['left'].heading} ↔ {sources['right'].heading} · Parallax"
    language = report.language
    footer = tr(language, "Generated {when}", when=report.cover.generated_text)
    _running_text(painter, size, page, pages, report.cover.title, right, footer, language)


def _running_text(painter: QPainter, size: QSizeF, page: int, pages: int, title_text: str, right: str,
                  footer: str, language: str) -> None:
    paint = QRectF(0, 0, size.width(), size.height()).adjusted(
        _mm(MARGINS_MM.left()), _mm(MARGINS_MM.top()), -_mm(MARGINS_MM.right()), -_mm(MARGINS_MM.bottom()))
    font = _text_font(bundled_family(), 7.5)
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(QColor("#6b7280")))
    metrics = QFontMetricsF(font, painter.device())
    band = _mm(HEADER_MM)
    if page > 0:
        right_width = metrics.horizontalAdvance(right)
        title = metrics.elidedText(title_text, Qt.TextElideMode.ElideRight,
                                   paint.width() - right_width - _mm(8))
        baseline = paint.top() + band - _mm(3.5)
        painter.drawText(QPointF(paint.left(), baseline), title)
        painter.drawText(QPointF(paint.right() - right_width, baseline), right)
        painter.setPen(QPen(QColor("#d1d5db"), _mm(0.2)))
        rule = baseline + _mm(1.6)
        painter.drawLine(QPointF(paint.left(), rule), QPointF(paint.right(), rule))
        painter.setPen(QPen(QColor("#6b7280")))
    number = tr(language, "Page {page} of {pages}", page=page + 1, pages=pages)
    footer_baseline = paint.bottom() - _mm(1.5)
    painter.drawText(QPointF(paint.right() - metrics.horizontalAdvance(number), footer_baseline), number)
    painter.drawText(QPointF(paint.left(), footer_baseline), footer)
    painter.restore()


# ---------------------------------------------------------------------------------------- pagination
# QTextDocument breaks pages anywhere: mid-row, after a heading, one line before a forced break. The
# report keeps each statement's table whole, a heading with what follows it, and no page holding a
# scrap: the layout is read back, page breaks are set before what would be cut, and read again.

KEEP_PARAGRAPH = 0.25  # a paragraph up to this share of a page moves whole rather than split
SCRAP = 0.25  # a page that holds less than this share before a forced break is a scrap
PAGINATION_ROUNDS = 6  # each round fixes what the previous round's breaks moved
_ALWAYS_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore


class _Unit:
    """What must stand on one page: a table, a short paragraph, or headings with what follows them."""

    def __init__(self, first: QTextBlock | QTextFrame, top: float, bottom: float, heading: bool,
                 forced: bool, keep: float | None = None) -> None:
        self.first = first  # where a page break goes to move the unit
        self.top = top
        self.bottom = bottom
        self.keep = bottom if keep is None else keep  # the end of what must stay on the page of its top
        self.heading = heading  # kept with the next unit
        self.forced = forced  # the report asks for a new page here (a chapter)


def _paginate(document: QTextDocument) -> None:
    layout = document.documentLayout()
    page = document.pageSize().height()
    body_top = _mm(MARGINS_MM.top() + HEADER_MM)
    usable = page - body_top - _mm(MARGINS_MM.bottom() + FOOTER_MM)
    for _ in range(PAGINATION_ROUNDS):
        document.pageCount()  # lays the whole document out: the layout is lazy, and positions would be stale
        units = _units(document, layout, usable)
        moves, unforce = _plan(units, page, body_top, usable)
        if not moves and not unforce:
            return
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for unit in moves:
            _set_break(unit.first, _ALWAYS_BEFORE)
        for unit in unforce:
            _set_break(unit.first, QTextFormat.PageBreakFlag.PageBreak_Auto)
        cursor.endEditBlock()


def _units(document: QTextDocument, layout: QAbstractTextDocumentLayout, usable: float) -> list[_Unit]:
    units: list[_Unit] = []
    iterator = document.rootFrame().begin()
    while not iterator.atEnd():
        frame = iterator.currentFrame()
        if frame is not None:
            rect = layout.frameBoundingRect(frame)
            # A table of header rows only is a heading (a topic's name over its columns).
            heading = isinstance(frame, QTextTable) and frame.format().headerRowCount() >= frame.rows()
            forced = bool(frame.frameFormat().pageBreakPolicy() & _ALWAYS_BEFORE)
            units.append(_Unit(frame, rect.top(), rect.bottom(), heading, forced))
        else:
            block = iterator.currentBlock()
            rect = layout.blockBoundingRect(block)
            if block.text().strip() or block.blockFormat().headingLevel():
                heading = block.blockFormat().headingLevel() > 0
                forced = bool(block.blockFormat().pageBreakPolicy() & _ALWAYS_BEFORE)
                long = rect.height() > usable * KEEP_PARAGRAPH
                # A long paragraph may split; it keeps only its first lines with a heading before it.
                units.append(_Unit(block, rect.top(), rect.bottom(), heading, forced,
                                   rect.top() + usable * 0.05 if long else None))
        iterator += 1
    return units


def _plan(units: list[_Unit], page: float, body_top: float, usable: float) -> tuple[list[_Unit], list[_Unit]]:
    """The units to move to a new page, and the forced breaks to drop because the page before them
    would hold a scrap. Moving a unit moves everything after it by as much, which the plan follows;
    what it cannot foresee (a table that splits differently) the next round sees in the new layout."""
    def page_of(y: float) -> int:
        return int(y // page)

    # Headings join what follows them, so that a heading is never the last thing on a page.
    groups: list[tuple[_Unit, float, float]] = []  # (first unit, end of what is kept together, bottom)
    i = 0
    while i < len(units):
        j = i
        while units[j].heading and j + 1 < len(units) and not units[j + 1].forced:
            j += 1
        groups.append((units[i], units[j].keep, units[j].bottom))
        i = j + 1
    moves: list[_Unit] = []
    unforce: list[_Unit] = []
    shift = 0.0
    previous_bottom = 0.0
    for first, keep, bottom in groups:
        top = first.top + shift
        if first.forced and previous_bottom:
            # How far down its page the content before this chapter runs.
            filled = previous_bottom - (page_of(previous_bottom) * page + body_top)
            if page_of(previous_bottom) > 0 and filled < usable * SCRAP:
                unforce.append(first)  # the scrap's page takes this chapter's start instead
            else:
                # Where the layout will put it: the top of the page after what comes before.
                shift += (page_of(previous_bottom) + 1) * page + (first.top % page) - top
        elif page_of(top) != page_of(keep + shift - 1) and keep - first.top <= usable \
                and keep + shift > page_of(top) * page + body_top + usable:
            moves.append(first)
            shift += (page_of(top) + 1) * page + body_top - top
        previous_bottom = bottom + shift
    return moves, unforce


def _set_break(item: QTextBlock | QTextFrame, policy: QTextFormat.PageBreakFlag) -> None:
    if isinstance(item, QTextFrame):
        frame_format = item.frameFormat()
        frame_format.setPageBreakPolicy(policy)
        item.setFrameFormat(frame_format)
    else:
        cursor = QTextCursor(item)
        block_format = cursor.blockFormat()
        block_format.setPageBreakPolicy(policy)
        cursor.setBlockFormat(block_format)
