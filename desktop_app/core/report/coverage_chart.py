"""The topic coverage chart as an SVG image: for each topic, one bar per side. The HTML report shows it
inline; the PDF draws the same SVG with Qt (export/pdf.py).
"""

from __future__ import annotations

import math
import textwrap

from desktop_app.core.compare.comparison import SIDES
from desktop_app.core.report.build import percent
from desktop_app.core.report.html_common import esc, side_colour
from desktop_app.core.report.model import Report
from desktop_app.core.wording import tr

CHART_FONTS = "Segoe UI, Helvetica, Arial, DejaVu Sans, WenQuanYi Micro Hei, sans-serif"
CHART_WIDTH = 640  # SVG user units (CSS pixels): the text width of A4 and Letter, less a little
_CHART_LABEL_WIDTH = 240
_CHART_VALUES = 64  # room right of the longest bar for its figure
_CHART_ROW = 24
_CHART_TOP = 50


def chart_size(rows: int) -> tuple[int, int]:
    """Width and height of the coverage chart, in CSS pixels."""
    return CHART_WIDTH, _CHART_TOP + rows * _CHART_ROW + 22


def coverage_svg(report: Report, font_family: str = CHART_FONTS) -> str:
    """The topic coverage chart as an SVG image: for each topic, one bar per side.

    Kept to what Qt's SVG renderer (SVG Tiny 1.2) draws as well as browsers do, so the PDF shows the
    very same chart: rects, lines and text, attributes rather than CSS.
    """
    topics, _ = report.chart_topics()
    width, height = chart_size(len(topics))
    bar_area = width - _CHART_LABEL_WIDTH - _CHART_VALUES
    top_share = max((t.shares[s] for t in topics for s in SIDES), default=0.0)
    steps = max(1, math.ceil(top_share * 10 - 1e-9))  # the axis runs to the next 10 % step
    scale_max = steps / 10
    font = f'font-family="{esc(font_family)}"'
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" width="{width}" '
           f'height="{height}" viewBox="0 0 {width} {height}">',
           f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>']
    out += _chart_legend(report, font)
    x0 = _CHART_LABEL_WIDTH
    bottom = _CHART_TOP + len(topics) * _CHART_ROW
    tick_every = 1 if steps <= 5 else 2
    for step in range(0, steps + 1, tick_every):
        x = x0 + bar_area * step / steps
        out.append(f'<line x1="{x:.1f}" y1="{_CHART_TOP - 4}" x2="{x:.1f}" y2="{bottom + 2}" '
                   f'stroke="{"#6b7280" if step == 0 else "#e5e7eb"}" stroke-width="1"/>')
        out.append(f'<text x="{x:.1f}" y="{bottom + 16}" {font} font-size="10" fill="#6b7280" '
                   f'text-anchor="middle">{step * 10}%</text>')
    for row, topic in enumerate(topics):
        y = _CHART_TOP + row * _CHART_ROW
        if row % 2:
            out.append(f'<rect x="0" y="{y}" width="{width}" height="{_CHART_ROW}" fill="#f6f7f9"/>')
        out += _chart_label(topic.label, y, font)
        for k, side in enumerate(SIDES):
            share = topic.shares[side]
            if not share:
                continue
            bar_y = y + 4 + k * 9
            length = bar_area * share / scale_max
            colour = side_colour(report.sources[side])
            out.append(f'<rect x="{x0}" y="{bar_y}" width="{length:.1f}" height="8" fill="{colour}"/>')
            out.append(f'<text x="{x0 + length + 4:.1f}" y="{bar_y + 7.5}" {font} font-size="9" '
                       f'fill="{colour}">{percent(share)} ({topic.counts[side]})</text>')
    out.append("</svg>")
    return "".join(out)


def _chart_legend(report: Report, font: str) -> list[str]:
    """One line per side above the bars: its colour, label, file and number of statements."""
    lang = report.language
    out = [f'<text x="{_CHART_LABEL_WIDTH - 8}" y="{_CHART_TOP - 12}" {font} font-size="10" '
           f'font-weight="bold" fill="#6b7280" text-anchor="end">{esc(tr(lang, "Topic"))}</text>']
    for k, side in enumerate(SIDES):
        source = report.sources[side]
        y = 4 + k * 17
        label = tr(lang, "{side} ({file}): share of its {count} statements", side=source.heading,
                   file=source.name, count=source.statements)
        out.append(f'<rect x="{_CHART_LABEL_WIDTH}" y="{y}" width="11" height="11" '
                   f'fill="{side_colour(source)}"/>')
        out.append(f'<text x="{_CHART_LABEL_WIDTH + 16}" y="{y + 10}" {font} font-size="10.5" '
                   f'fill="#1d1d1f">{esc(label)}</text>')
    return out


def _chart_label(label: str, y: int, font: str) -> list[str]:
    """A topic label right-aligned beside its bars, on two lines when long."""
    lines = textwrap.wrap(label, 40)
    if len(lines) > 2:
        lines = [lines[0], lines[1][:37] + "…"]
    baselines = [y + 17] if len(lines) <= 1 else [y + 11.5, y + 22.5]
    return [f'<text x="{_CHART_LABEL_WIDTH - 8}" y="{b}" {font} font-size="10" fill="#1d1d1f" '
            f'text-anchor="end">{esc(line)}</text>' for line, b in zip(lines, baselines, strict=False)]
