"""The report as one standalone HTML document: inline CSS, print-friendly, nothing loaded from outside.

This is the single rendering of the report model: the HTML export writes it as it is, and the PDF
export lays the same HTML out with Qt. It is written for both readers: browsers, and Qt's rich-text
engine (QTextDocument), which knows a subset of HTML and CSS (tables, spans, colours, page breaks; no
SVG, no flexbox). Hence tables for layout and plain class selectors.

Every piece of text that comes from a readout, a file name or the user is escaped with `html.escape`,
so a readout containing `<script>` or `<img src="file:///…">` shows those characters and loads nothing.
"""

from __future__ import annotations

import html
import math
import textwrap
from collections.abc import Iterable, Sequence

from desktop_app.core.compare.comparison import SIDES, Side
from desktop_app.core.report.build import (
    Figures,
    Finding,
    FullText,
    LinkEntry,
    Passage,
    ReasonLine,
    Report,
    ReportAnnotation,
    Source,
    TopicSection,
    TopicShare,
    percent,
    side_meeting_name,
    summary_sentence,
)
from desktop_app.core.wording import tr

# Browsers pick per character down this list; Qt gets the bundled font first (see export/pdf.py).
FONT_STACK = ('"Segoe UI", "Helvetica Neue", Arial, "Noto Sans", "Apple SD Gothic Neo", "Malgun Gothic", '
              '"Noto Sans CJK KR", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", '
              '"WenQuanYi Micro Hei", sans-serif')
SIDE_COLOURS = {"KR": "#1f5fa8", "CN": "#b8322a"}
POSITION_COLOURS: dict[Side, str] = {"left": "#2f6f6f", "right": "#7a4f9a"}  # sides unknown
CHART_FONTS = "Segoe UI, Helvetica, Arial, DejaVu Sans, WenQuanYi Micro Hei, sans-serif"
CHART_WIDTH = 640  # SVG user units (CSS pixels): the text width of A4 and Letter, less a little
_CHART_LABEL_WIDTH = 240
_CHART_VALUES = 64  # room right of the longest bar for its figure
_CHART_ROW = 24
_CHART_TOP = 50


def esc(text: object) -> str:
    """Any text as HTML that shows exactly that text."""
    return html.escape(str(text), quote=True)


def side_colour(source: Source) -> str:
    return SIDE_COLOURS.get(source.code, POSITION_COLOURS[source.side])


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
        f'<html lang="{esc(report.language)}">',
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
        *_cover(report),
        *_key_findings(report),
        *_summary(report),
        *_coverage(report, chart_image),
        *_sections(report),
        *_one_sided(report),
        *_annotations(report),
        *_appendix(report),
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


# ----------------------------------------------------------------------------------------------- cover


def row_tables(head: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]) -> list[str]:
    """A table as a table of its header row, then one table per row with the same column widths: the
    PDF's pagination (export/pdf.py) moves a whole table to the next page rather than split it, and
    keeps a table of header rows with what follows; a browser prints each `keep` table whole. Cells
    are HTML; every row has as many cells as `widths` (percent)."""
    def cells(tag: str, row: Sequence[str]) -> str:
        return "".join(f'<{tag} width="{width}%">{cell}</{tag}>'
                       for width, cell in zip(widths, row, strict=True))
    table = '<table class="grid {}" width="100%" cellspacing="0" cellpadding="4">'
    return [f"{table.format('head')}<thead><tr>{cells('th', head)}</tr></thead></table>",
            *(f"{table.format('keep')}<tr>{cells('td', row)}</tr></table>" for row in rows)]


def _cover(report: Report) -> list[str]:
    """The warning first when the readouts may not report one meeting; then the meeting, named; the
    participants, each once; each source by headline and publisher. Paths and side cues: appendix."""
    cover = report.cover
    sources = cover.sources
    lang = report.language
    parts = _warning(report)
    parts += [f'<p class="kicker">{esc(tr(lang, "PARALLAX · READOUT COMPARISON"))}</p>',
              f"<h1>{esc(cover.title)}</h1>"]
    if cover.check.different:
        parts += [f'<p class="meeting"><span style="color: {side_colour(s)}">{esc(s.heading)}:</span> '
                  f"{lang_text(side_meeting_name(report, side))}</p>" for side, s in sources.items()]
        facts = _account_rows(report)
    else:
        lead = tr(lang, "How the {left_side} and the {right_side} report the meeting: what they say alike, "
                  "what they put differently, and what only one of them says.",
                  left_side=sources["left"].label, right_side=sources["right"].label)
        parts.append(f'<p class="lead">{esc(lead)}</p>')
        meeting = cover.meeting
        unknown = tr(lang, "not stated")
        named = [(tr(lang, "Date"), meeting.date or unknown), (tr(lang, "Place"), meeting.place or unknown),
                 (tr(lang, "Participants"), ", ".join(meeting.participants) or unknown)]
        facts = [f'<tr><td class="rh" width="24%">{esc(n)}</td><td>{lang_text(v)}</td></tr>'
                 for n, v in named]
    made = esc(tr(lang, "Generated {when} by Parallax {version}.", when=cover.generated_text,
                  version=cover.version))
    caution = esc(tr(lang, "Sides, dates, places and participants are guessed from the texts; statements are "
                     "linked by topic by machine. Check both against the sources before quoting."))
    parts += [f'<table class="facts keep" width="100%" cellspacing="0" cellpadding="4">{"".join(facts)}'
              f"</table>", f"<h2>{esc(tr(lang, 'Sources'))}</h2>", *_sources_table(sources, lang),
              f'<p class="muted small">{made} {caution}</p>']
    return parts


def _warning(report: Report) -> list[str]:
    """The different-meetings warning, as a box that nothing in the report comes before."""
    message = report.cover.warning
    if not message:
        return []
    lang = report.language
    title = tr(lang, "Different meetings") if report.cover.check.different else tr(lang, "Check the meeting")
    return [f'<table class="keep" width="100%" cellspacing="0" cellpadding="8"><tr><td class="warning">'
            f'<span class="warning-title">⚠ {esc(title)}</span><br>{lang_text(message)}</td></tr></table>']


def _account_rows(report: Report) -> list[str]:
    """Each readout's own date, place and participants, side by side: two meetings, never mixed."""
    sources = report.sources
    accounts = report.cover.accounts
    head = "".join(f'<td width="38%" style="color: {side_colour(s)}"><b>{esc(s.heading)}</b></td>'
                   for s in sources.values())
    rows = [f'<tr><td class="rh" width="24%"></td>{head}</tr>']
    lang = report.language
    unknown = tr(lang, "not stated")
    for name, value in ((tr(lang, "Date"), lambda m: m.date), (tr(lang, "Place"), lambda m: m.place),
                        (tr(lang, "Participants"), lambda m: ", ".join(m.participants))):
        cells = "".join(f"<td>{lang_text(value(accounts[side]) or unknown)}</td>" for side in sources)
        rows.append(f'<tr><td class="rh">{esc(name)}</td>{cells}</tr>')
    return rows


def _sources_table(sources: dict[Side, Source], lang: str = "en") -> list[str]:
    rows: list[tuple[str, list[str]]] = [
        (tr(lang, "Headline"), [s.title or "—" for s in sources.values()]),
        (tr(lang, "Publisher"), [s.publisher or tr(lang, "not named in the text") for s in sources.values()]),
        (tr(lang, "Language"), [s.language_names for s in sources.values()]),
        (tr(lang, "Date as written"), [s.date or "—" for s in sources.values()]),
        (tr(lang, "Statements"), [str(s.statements) for s in sources.values()]),
    ]
    head = "".join(f'<th width="38%" style="color: {side_colour(s)}">{esc(s.heading)}</th>'
                   for s in sources.values())
    body = "".join(f'<tr><td class="rh">{esc(name)}</td>'
                   + "".join(f"<td>{lang_text(v)}</td>" for v in values) + "</tr>" for name, values in rows)
    return [f'<table class="grid facts keep" width="100%" cellspacing="0" cellpadding="4">'
            f'<thead><tr><th width="24%"></th>{head}</tr></thead>{body}</table>']


# ---------------------------------------------------------------------------------------- key findings


def _key_findings(report: Report) -> list[str]:
    findings = report.findings
    if findings is None:
        return []
    lang = report.language
    parts = [f'<h2 class="pb">{esc(tr(lang, "Key findings"))}</h2>']
    if findings.empty:
        alike = tr(lang, "Both readouts report every point alike: no point only one side reports, and no "
                   "figure, date or attribution that differs.")
        return [*parts, f"<p>{esc(alike)}</p>"]
    sources = report.sources
    parts += _finding_table(report, tr(lang, "Points only one side reports, sensitive topics first"),
                            findings.one_sided, findings.more.get("one_sided", 0))
    for side in SIDES:
        mentions = findings.other_one_sided[side]
        if mentions:
            listed = tr(lang, "; ").join(f"{esc(m.label)} ({_id_links(m.ids)})" for m in mentions)
            also = esc(tr(lang, "Also only the {side}:", side=sources[side].label))
            parts.append(f'<p class="keep"><b>{also}</b> {listed}{esc(tr(lang, "."))}</p>')
    parts += _finding_table(report, tr(lang, "Figures and dates that differ"), findings.figures,
                            findings.more.get("figures", 0))
    parts += _finding_table(report, tr(lang, "Attribution shifts"), findings.attribution,
                            findings.more.get("attribution", 0))
    return parts


def _finding_table(report: Report, heading: str, found: list[Finding], more: int) -> list[str]:
    if not found:
        return []
    rows = "".join(_finding_row(report, f) for f in found)
    parts = [f'<h3 class="head">{esc(heading)}</h3>',
             f'<table class="finding keep" width="100%" cellspacing="0" cellpadding="3">{rows}</table>']
    if more:
        and_more = tr(report.language, "And {count} more, in the sections below.", count=more)
        parts.append(f'<p class="muted small">{esc(and_more)}</p>')
    return parts


def _finding_row(report: Report, finding: Finding) -> str:
    lang = report.language
    if finding.kind == "raised" and finding.side is not None:
        source = report.sources[finding.side]
        raised = tr(lang, "Within a shared point, only the {side} raises it.", side=source.label)
        said = f'<span style="color: {side_colour(source)}">{esc(raised)}</span>'
    elif finding.kind == "one_sided" and finding.side is not None:
        source = report.sources[finding.side]
        only = tr(lang, "Only the {side}:", side=source.label)
        said = (f'<span style="color: {side_colour(source)}">{esc(only)}</span> '
                f"{quoted_statement(finding.text, finding.language)}")
    else:
        said = lang_text(finding.text)
    topic = f"<b>{esc(finding.topic)}</b>"
    where = f'<a href="#{esc(finding.anchor)}">{esc(finding.where)}</a>'
    return (f'<tr><td width="20%">{topic}</td><td width="68%">{said}</td>'
            f'<td width="12%" class="where">{where}</td></tr>')


def quoted_statement(text: str, language: str, limit: int = 260) -> str:
    """A statement quoted on the findings page, cut at a word when long (it is in full below)."""
    if len(text) > limit:
        cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
        text = cut.rstrip(" ,;:") + " …"
    lang = language if language in ("ko", "zh", "ja") else None
    return f"“<span lang=\"{lang}\">{esc(text)}</span>”" if lang else f"“{esc(text)}”"


def _id_links(ids: list[str]) -> str:
    return ", ".join(f'<a href="#only-{esc(i)}">{esc(i)}</a>' for i in ids)


def lang_text(text: str) -> str:
    """Escaped text; the browser is told when it is Korean or Chinese, so it picks fitting glyphs."""
    language = _script_language(text)
    return f'<span lang="{language}">{esc(text)}</span>' if language else esc(text)


def _script_language(text: str) -> str | None:
    if any("\uac00" <= ch <= "\ud7a3" for ch in text):
        return "ko"
    if any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return "zh"
    return None


# --------------------------------------------------------------------------------------------- summary


def _summary(report: Report) -> list[str]:
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


def _coverage(report: Report, chart_image: str | None) -> list[str]:
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


# ------------------------------------------------------------------------------------- links by topic


def _sections(report: Report) -> list[str]:
    lang = report.language
    parts = [f'<h2 class="pb">{esc(tr(lang, "Linked statements by topic"))}</h2>']
    if not report.sections:
        none = tr(lang, "No statement of one readout was linked to one of the other.")
        return [*parts, f"<p>{esc(none)}</p>"]
    parts.append("<p>" + tr(
        lang, "Statements of the two readouts that report the same point, grouped by the topic they share. "
        "{highlighted_start}Highlighted{highlighted_end} words are those only one side uses (within one "
        "language). A link {bold_start}differs{bold_end} when the two sides put the point differently: "
        "stance, attribution, figures or dates.",
        highlighted_start='<span class="d">', highlighted_end="</span>", bold_start="<b>", bold_end="</b>")
        + "</p>")
    for section in report.sections:
        parts += _section(report, section)
    return parts


def _section(report: Report, section: TopicSection) -> list[str]:
    """A topic's heading (with the sides' names over their columns), then each link as a table of its
    own: the PDF keeps a table whole on one page, and the heading with the first link."""
    sources = report.sources
    count = len(section.links)
    differ = sum(link.status == "differ" for link in section.links)
    lang = report.language
    counts = tr(lang, "{count} link", count=count) if count == 1 else tr(lang, "{count} links", count=count)
    if differ:
        counts += tr(lang, ", {count} differ", count=differ)
    heads = "".join(f'<th width="50%" style="color: {side_colour(sources[s])}">{esc(sources[s].heading)}</th>'
                    for s in SIDES)
    head = (f'<table class="head" width="100%" cellspacing="0" cellpadding="4"><thead><tr>'
            f'<td colspan="2" class="topic">{esc(section.label)} '
            f'<span class="muted small">· {esc(counts)}</span>'
            f"</td></tr><tr>{heads}</tr></thead></table>")
    return [head, *(_link_table(report, link) for link in section.links)]


def _link_table(report: Report, link: LinkEntry) -> str:
    cells = "".join(f'<td width="50%">{_passages(link.passages(side))}</td>' for side in SIDES)
    notes = _notes(report.annotations_on([*link.left, *link.right]))
    return (f'<table class="grid keep" width="100%" cellspacing="0" cellpadding="4">'
            f'<tr id="link-{link.number}">{cells}</tr>'
            f'<tr><td colspan="2" class="why">{_verdict(report, link)}{notes}</td></tr></table>')


def _notes(annotations: list[ReportAnnotation]) -> str:
    """The analyst's annotations beside the statements they are on (they are listed at the end too)."""
    lines = []
    for a in annotations:
        colour = a.colour if _is_colour(a.colour) else "#6b7280"
        on = ", ".join(p.id for p in a.passages)
        note = f": {esc(a.note)}" if a.note else ""
        lines.append(f'<br><span class="note"><span style="color: {colour}">■</span> <b>{esc(a.tag)}</b> '
                     f"({esc(on)}){note}</span>")
    return "".join(lines)


def _passages(passages: list[Passage]) -> str:
    return "".join(f"<p>{passage_html(p)}</p>" for p in passages)


def passage_html(passage: Passage) -> str:
    """A statement with its id, and the words only its side uses highlighted."""
    body = "".join(f'<span class="d">{esc(run)}</span>' if marked else esc(run)
                   for run, marked in passage.runs())
    lang = passage.language if passage.language in ("ko", "zh", "ja") else None
    text = f'<span lang="{lang}">{body}</span>' if lang else body
    return f'<span class="sid">{esc(passage.id)}</span>&nbsp; {text}'


def _verdict(report: Report, link: LinkEntry) -> str:
    lang = report.language
    status = tr(lang, "AGREE") if link.status == "agree" else tr(lang, "DIFFER")
    badge = f'<span class="badge-{link.status}">&nbsp;{status}&nbsp;</span>'
    reasons = " &nbsp;·&nbsp; ".join(_reason_html(report, r) for r in link.reasons)
    # The score is the probability that the statements report the same point, not a similarity.
    details = [tr(lang, "link {number}", number=link.number),
               tr(lang, "match {share}", share=f"{link.score:.0%}")]
    if link.manual:
        details.append(tr(lang, "linked by hand"))
    return (f"{badge}&nbsp; {reasons}{' &nbsp;·&nbsp; ' if reasons else ''}"
            f'<span class="muted">{esc(", ".join(details))}</span>')


def _reason_html(report: Report, reason: ReasonLine) -> str:
    sources = report.sources
    lang = report.language
    if reason.kind == "terms":
        pairs: tuple[tuple[Side, list[str]], ...] = (("left", reason.left), ("right", reason.right))
        said = [esc(tr(lang, "{side} only: {topics}", side=sources[s].label, topics=", ".join(values)))
                for s, values in pairs if values]
        return f"<b>{esc(tr(lang, 'Topics'))}</b> {tr(lang, '; ').join(said)}"
    both: tuple[tuple[Side, list[str]], ...] = (("left", reason.left), ("right", reason.right))
    sides = tr(lang, "; ").join(f"{esc(sources[s].label)}: {esc(', '.join(values) or '—')}"
                                for s, values in both)
    return f'<b class="differ">{esc(reason.title)}</b> {sides}'


# ---------------------------------------------------------------------------------------- one-sided


def _one_sided(report: Report) -> list[str]:
    lang = report.language
    parts = [f"<h2>{esc(tr(lang, 'What only one side said'))}</h2>",
             "<p>" + html.escape(tr(lang, "Statements with no counterpart in the other readout, in their "
                                    "readout's order."), quote=False) + "</p>"]
    for side in SIDES:
        source = report.sources[side]
        passages = report.one_sided[side].passages
        count = tr(lang, "{count} of {total} statements", count=len(passages), total=source.statements)
        heading = (f'{esc(tr(lang, "Only the {side}", side=source.label))} <span class="muted small">'
                   f"({esc(source.name)}, {esc(count)})</span>")
        if not passages:
            parts += [f'<h3 style="color: {side_colour(source)}">{heading}</h3>',
                      f"<p>{esc(tr(lang, 'Nothing: every statement is linked.'))}</p>"]
            continue
        parts.append(f'<table class="head" width="100%" cellspacing="0" cellpadding="4"><thead><tr>'
                     f'<td class="topic" style="color: {side_colour(source)}">{heading}</td>'
                     "</tr></thead></table>")
        parts += [f'<table class="grid keep" width="100%" cellspacing="0" cellpadding="4">'
                  f'<tr id="only-{p.id}"><td width="72%">{passage_html(p)}'
                  f"{_notes(report.annotations_on([p]))}</td>"
                  f'<td width="28%" class="topics">{esc(", ".join(p.topics))}</td></tr></table>'
                  for p in passages]
    return parts


# --------------------------------------------------------------------------------------- annotations


def _annotations(report: Report) -> list[str]:
    if not report.annotations:
        return []
    lang = report.language
    head = [esc(tr(lang, "Tag")), esc(tr(lang, "Note")), esc(tr(lang, "On"))]
    return [f'<h2 class="pb">{esc(tr(lang, "Annotations"))}</h2>',
            *row_tables(head, [_annotation_row(a, lang) for a in report.annotations], (22, 38, 40))]


def _annotation_row(annotation: ReportAnnotation, lang: str = "en") -> list[str]:
    colour = annotation.colour if _is_colour(annotation.colour) else "#6b7280"
    tag = f'<span style="color: {colour}">■</span> <b>{esc(annotation.tag)}</b>'
    if annotation.orphaned:
        gone = esc(tr(lang, "its text is no longer in the readout"))
        tag += f'<br><span class="muted small">{gone}</span>'
    on = "".join(f"<p>{passage_html(p)}</p>" for p in annotation.passages)
    on += "".join(f"<p>“{esc(q)}”</p>" for q in annotation.quotes)
    return [tag, esc(annotation.note), on]


def _is_colour(value: str) -> bool:
    return len(value) == 7 and value.startswith("#") and all(c in "0123456789abcdefABCDEF" for c in value[1:])


# ------------------------------------------------------------------------------------------ appendix


def _appendix(report: Report) -> list[str]:
    if not report.appendix:
        return []
    lang = report.language
    parts = [f'<h2 class="pb">{esc(tr(lang, "Appendix: the sources in detail"))}</h2>',
             *_source_details(report.sources, lang)]
    for number, text in enumerate(report.appendix):
        parts += _full_text(report, text, first=number == 0)
    return parts


def _source_details(sources: dict[Side, Source], lang: str = "en") -> list[str]:
    """Where each readout was read from and what told its side: for checking, not for the cover."""
    rows = [(tr(lang, "File"), [s.name for s in sources.values()]),
            (tr(lang, "Read from"), [s.location for s in sources.values()]),
            (tr(lang, "Side told by"), ["; ".join(s.side_evidence) or "—" for s in sources.values()])]
    head = "".join(f'<th width="40%" style="color: {side_colour(s)}">{esc(s.heading)}</th>'
                   for s in sources.values())
    body = "".join(f'<tr><td class="rh">{esc(name)}</td>'
                   + "".join(f'<td class="small">{lang_text(v)}</td>' for v in values) + "</tr>"
                   for name, values in rows)
    return [f'<table class="grid facts" width="100%" cellspacing="0" cellpadding="4">'
            f'<thead><tr><th width="20%"></th>{head}</tr></thead>{body}</table>']


def _full_text(report: Report, text: FullText, first: bool) -> list[str]:
    source = report.sources[text.side]
    heading = f'<h2 class="pb">{esc(tr(report.language, "Appendix: the full texts"))}</h2>' if first else ""
    paragraphs = "".join(f"<p>{lang_text(p)}</p>" for p in text.paragraphs)
    return [heading,
            f'<h3 class="{"" if first else "pb"}" style="color: {side_colour(source)}">'
            f"{esc(source.heading)}: {esc(source.name)}</h3>",
            f'<div class="fulltext">{paragraphs}</div>']
