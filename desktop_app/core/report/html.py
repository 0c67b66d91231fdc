"""The report as one standalone HTML document: inline CSS, print-friendly, nothing loaded from outside.

This is the single rendering of the report model: the HTML export writes it as it is, and the PDF
export lays the same HTML out with Qt. It is written for both readers: browsers, and Qt's rich-text
engine (QTextDocument), which knows a subset of HTML and CSS (tables, spans, colours, page breaks; no
SVG, no flexbox). Hence tables for layout and plain class selectors.

This file holds the document and its style sheet; its pages are made beside it, in reading order:
html_cover.py (cover, key findings), html_summary.py (figures, topic coverage, with coverage_chart.py),
html_statements.py (linked statements by topic, one-sided statements, annotations) and html_appendix.py;
html_common.py has what they share.

Every piece of text that comes from a readout, a file name or the user is escaped with `html.escape`,
so a readout containing `<script>` or `<img src="file:///…">` shows those characters and loads nothing.
"""

from __future__ import annotations

from desktop_app.core.report.html_appendix import appendix_html
from desktop_app.core.report.html_common import esc
from desktop_app.core.report.html_cover import cover_html, key_findings_html
from desktop_app.core.report.html_statements import annotations_html, one_sided_html, sections_html
from desktop_app.core.report.html_summary import coverage_html, summary_html
from desktop_app.core.report.model import Report
from desktop_app.core.wording import html_language

FONT_STACK = ('"Segoe UI", "Helvetica Neue", Arial, "Noto Sans", "Apple SD Gothic Neo", "Malgun Gothic", '
              '"Noto Sans CJK KR", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", '
              '"WenQuanYi Micro Hei", sans-serif')


# ------------------------------------------------------------------------------------------ document


def render_html(report: Report, *, chart_image: str | None = None, font_stack: str = FONT_STACK,
                browser: bool = True) -> str:
    """The whole report as one HTML document.

    `chart_image` names an image resource to show instead of the inline SVG chart (the PDF path
    registers the chart, drawn from the same SVG, under that name). `font_stack` is the CSS
    font-family of the body. `browser=False` leaves out the styles only a browser window needs
    (Qt applies `@media screen` rules too, and would indent every table by the body's margin).
    """
    cover = report.cover
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(html_language(report.language))}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="Parallax {esc(cover.version)}">',
        # Belt and braces: even if some text escaped escaping, the page may load nothing from anywhere.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">",
        f"<title>{esc(cover.title)}</title>",
        f"<style>{report_css(font_stack)}{BROWSER_CSS if browser else ''}</style>",
        "</head>",
        "<body>",
        *cover_html(report),
        *key_findings_html(report),
        *summary_html(report),
        *coverage_html(report, chart_image),
        *sections_html(report),
        *one_sided_html(report),
        *annotations_html(report),
        *appendix_html(report),
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def report_css(font_stack: str) -> str:
    """The reports' style sheet (the pair report's and the batch report's), in `font_stack`."""
    # Sizes in pt so the browser's print and Qt's PDF agree. Qt ignores what it does not know (@page).
    return f"""
@page {{ size: A4; margin: 18mm 16mm; }}
body {{ font-family: {font_stack}; font-size: 9pt; color: #1d1d1f; line-height: 135%; }}
h1 {{ font-size: 22pt; font-weight: bold; margin: 6pt 0 4pt 0; color: #111; }}
h2 {{ font-size: 14pt; font-weight: bold; margin: 18pt 0 6pt 0; color: #111; }}
h3 {{ font-size: 11pt; font-weight: bold; margin: 14pt 0 4pt 0; color: #222; }}
p {{ margin: 0 0 5pt 0; }}
table {{ border-collapse: collapse; }}
th {{ text-align: left; font-weight: bold; }}
td, th {{ vertical-align: top; }}
.kicker {{ font-size: 8.5pt; font-weight: bold; color: #6b7280; letter-spacing: 1pt; margin-top: 0; }}
.lead {{ font-size: 11pt; color: #374151; margin-bottom: 12pt; }}
.muted {{ color: #6b7280; }}
.small {{ font-size: 8pt; }}
.rh {{ color: #6b7280; }}
.facts td {{ border-bottom: 1px solid #d1d5db; }}
.grid th {{ background-color: #f3f4f6; }}
.grid td {{ border-bottom: 1px solid #d1d5db; }}
.figure {{ font-size: 20pt; font-weight: bold; }}
.tile {{ background-color: #f3f4f6; }}
.agree {{ color: #1b6e34; }}
.differ {{ color: #a4450b; }}
.badge-agree {{ background-color: #e3f3e7; color: #1b6e34; font-weight: bold; }}
.badge-differ {{ background-color: #fdeedd; color: #a4450b; font-weight: bold; }}
.why {{ background-color: #fafafa; border-bottom: 1px solid #9ca3af; font-size: 8.5pt; }}
.sid {{ font-weight: bold; color: #4b5563; font-size: 8pt; }}
.d {{ background-color: #fdeeb5; }}
.topics {{ color: #6b7280; font-size: 8pt; }}
.pb {{ page-break-before: always; }}
.topic {{ font-size: 11pt; font-weight: bold; color: #222; padding-top: 14pt; padding-left: 0; }}
.chart {{ line-height: 100%; margin: 0; }}
.fulltext p {{ margin-bottom: 6pt; }}
.warning {{ background-color: #fff4e0; color: #7a3100; border: 1.5pt solid #c2410c; }}
.warning-title {{ font-size: 11pt; font-weight: bold; color: #9a3412; }}
.meeting {{ font-size: 11pt; color: #374151; margin-bottom: 10pt; }}
.finding td {{ border-bottom: 1px solid #e5e7eb; }}
.where {{ color: #4b5563; font-size: 8pt; white-space: nowrap; }}
.note {{ font-size: 8.5pt; color: #374151; }}
"""


# What only a browser window needs (see render_html's `browser`): appended to report_css.
BROWSER_CSS = """@media screen { body { max-width: 190mm; margin: 0 auto; padding: 16px; } }
@media print { tr, .keep { page-break-inside: avoid; } thead { display: table-header-group; }
  h2, h3, .head { page-break-after: avoid; } }
"""

