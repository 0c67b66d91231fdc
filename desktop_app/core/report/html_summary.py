"""The report's summary in HTML: the figures (links, agreeing, differing, one-sided) and the topic
coverage, as the chart (coverage_chart.py) and the topics it leaves out.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from desktop_app.core.compare.comparison import SIDES, Side
from desktop_app.core.report.build import percent, summary_sentence
from desktop_app.core.report.coverage_chart import chart_size, coverage_svg
from desktop_app.core.report.html_common import esc, side_colour
from desktop_app.core.report.model import Figures, Report, Source, TopicShare
from desktop_app.core.wording import tr

# --------------------------------------------------------------------------------------------- summary


def summary_html(report: Report) -> list[str]:
    figures = report.figures
    sources = report.sources
    lang = report.language
    tiles = [
        (str(figures.links), tr(lang, "linked points"), ""),
        (str(figures.agree), tr(lang, "agree ({share})", share=percent(figures.agree_share)), "agree"),
        (str(figures.differ), tr(lang, "differ ({share})", share=percent(figures.differ_share)), "differ"),
        (str(sum(figures.one_sided.values())), tr(lang, "one-sided statements"), ""),
    ]
    cells = "".join(
        f'<td class="tile" width="25%"><span class="figure {cls}">{value}</span><br>'
        f'<span class="muted">{esc(label)}</span></td>' for value, label, cls in tiles)
    return [
        f"<h2>{esc(tr(lang, 'Summary'))}</h2>",
        f'<table width="100%" cellspacing="6" cellpadding="8"><tr>{cells}</tr></table>',
        f"<p>{esc(summary_sentence(figures, sources, lang))}</p>",
        *_summary_table(figures, sources, lang),
    ]


def _summary_table(figures: Figures, sources: dict[Side, Source], lang: str = "en") -> list[str]:
    head = "".join(f'<th width="30%" style="color: {side_colour(sources[s])}">{esc(sources[s].heading)}</th>'
                   for s in SIDES)
    rows = [
        (tr(lang, "Statements"), [str(figures.statements[s]) for s in SIDES]),
        (tr(lang, "In a link"), [f"{figures.linked[s]} ({percent(figures.linked_share(s))})" for s in SIDES]),
        (tr(lang, "Only this side"),
         [f"{figures.one_sided[s]} ({percent(figures.one_sided_share(s))})" for s in SIDES]),
    ]
    body = "".join(f'<tr><td class="rh">{esc(name)}</td>' + "".join(f"<td>{esc(v)}</td>" for v in values)
                   + "</tr>" for name, values in rows)
    return [f'<table class="grid" width="70%" cellspacing="0" cellpadding="4">'
            f'<thead><tr><th width="40%"></th>{head}</tr></thead>{body}</table>']


# -------------------------------------------------------------------------------------------- coverage


def coverage_html(report: Report, chart_image: str | None) -> list[str]:
    shown, rest = report.chart_topics()
    lang = report.language
    parts = [
        f'<h2 class="pb">{esc(tr(lang, "Topic coverage"))}</h2>',
        "<p>" + html.escape(tr(lang, "For each topic, the share of each readout's statements that speak of "
                               "it. A statement may speak of several topics."), quote=False) + "</p>",
    ]
    if not shown:
        return [*parts, f"<p>{esc(tr(lang, 'Neither readout speaks of a topic in the lexicon.'))}</p>"]
    if chart_image is not None:
        width, height = chart_size(len(shown))
        parts.append(f'<p class="chart"><img src="{esc(chart_image)}" width="{width}" height="{height}" '
                     f'alt="{esc(tr(lang, "Topic coverage chart"))}"></p>')
    else:
        parts.append(f'<div class="chart">{coverage_svg(report)}</div>')
    if rest:
        also = esc(tr(lang, "Also raised, in fewer statements: {topics}.", topics=_topic_list(report, rest)))
        parts.append(f'<p class="muted">{also}</p>')
    return parts


def _topic_list(report: Report, topics: Iterable[TopicShare]) -> str:
    sources = report.sources
    entries = []
    for topic in topics:
        counts = [f"{_short_name(sources[s], report.language)} {topic.counts[s]}"
                  for s in SIDES if topic.counts[s]]
        entries.append(f"{topic.label} ({', '.join(counts)})")
    return tr(report.language, "; ").join(entries)


def _short_name(source: Source, language: str) -> str:
    """A side in a list of counts: its code in English ("KR 2"), its label in Korean and Chinese."""
    if language != "en":
        return source.label
    return source.code if source.code != "unknown" else source.side
