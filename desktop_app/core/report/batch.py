"""One report across the pairs of a batch (`parallax batch`): OUTDIR/batch-report.html (and .md, .pdf).

Built from each pair's `Report` and nothing else, so it never disagrees with the pairs' own reports or
with summary.csv:

- per meeting (pair): the report's cover title and date, its figures (links, agree, differ, what only
  each side says), its first key findings (`report.key_findings`: sensitive topics first), and links
  to the pair's own report files; a pair that failed is listed as failed, with why;
- per topic: in how many meetings, and in how many statements, each side raises it alone (the topics
  of the one-sided statements, `Comparison.statement_topics`), sensitive topics (topics.yaml
  `sensitive`) first by rank, then the most raised.

Sides are counted by what they are (Korean, Chinese) when every pair's two readouts have known,
different sides; a pair whose sides are unclear counts by position (left, right readout).
The renderers escape every piece of text from a readout, a file name or a manifest. The report's own
words are in the batch's report language (`--report-language`, as the pairs' reports), from the same
catalogue (`wording.tr`); its tables are laid out a row to a table (`html_common.row_tables`), so
that the PDF never splits a row across pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath

from desktop_app import __version__
from desktop_app.core.analyse.lexicon import sensitivity
from desktop_app.core.compare.comparison import SIDES, Side
from desktop_app.core.report.build import _now, percent
from desktop_app.core.report.model import Figures, Finding, Report
from desktop_app.core.wording import DEFAULT_LANGUAGE, check_language, generated_text, html_language, tr

TOP_FINDINGS = 4  # key findings shown per meeting; the pair's report has them all
SIDE_LABELS = {"KR": "Korean side", "CN": "Chinese side", "left": "left readout", "right": "right readout"}
SIDE_ORDER = ("KR", "CN", "left", "right")


@dataclass
class MeetingEntry:
    """One pair of the batch, as the batch report lists it."""

    pair: str  # the pair's name (its output folder)
    status: str  # "ok" or "failed"
    error: str | None = None
    title: str | None = None  # the pair report's cover title
    date: str | None = None
    sides: dict[Side, str] = field(default_factory=dict)  # side → its key: "KR", "CN", "left", "right"
    figures: Figures | None = None
    findings: list[Finding] = field(default_factory=list)  # the first TOP_FINDINGS
    more_findings: int = 0  # key findings not shown here
    files: list[str] = field(default_factory=list)  # the pair's report files, relative to the batch report
    different_meetings: bool = False  # the pair's readouts may report two meetings


@dataclass
class TopicTally:
    """How often each side raises one topic alone, across the batch's meetings."""

    topic: str  # lexicon id
    label: str
    sensitivity: int | None  # rank among sensitive topics; None for others
    meetings: dict[str, int]  # side key → meetings in which only that side raises it
    statements: dict[str, int]  # side key → one-sided statements on it


@dataclass
class BatchReport:
    meetings: list[MeetingEntry]
    topics: list[TopicTally]
    side_keys: list[str]  # the columns of the topic table, in order: "KR", "CN" or "left", "right" …
    generated: datetime
    version: str = __version__
    language: str = DEFAULT_LANGUAGE  # the report's own wording: the pair reports' language

    @property
    def title(self) -> str:
        count = len(self.meetings)
        if count == 1:
            return tr(self.language, "Batch report: {count} meeting", count=count)
        return tr(self.language, "Batch report: {count} meetings", count=count)

    @property
    def generated_text(self) -> str:
        return generated_text(self.generated, self.language)

    @property
    def running_header(self) -> str:
        """What the PDF prints above each page beside the title, and below it beside the page number."""
        return tr(self.language, "Parallax batch report")

    @property
    def running_footer(self) -> str:
        return tr(self.language, "Generated {when}", when=self.generated_text)

    @property
    def ok(self) -> list[MeetingEntry]:
        return [m for m in self.meetings if m.figures is not None]

    @property
    def failed(self) -> list[MeetingEntry]:
        return [m for m in self.meetings if m.figures is None]

    def totals(self) -> dict[str, int]:
        """The batch's figures added up over the pairs that were compared."""
        totals = {"links": 0, "agree": 0, "differ": 0}
        for key in self.side_keys:
            totals[f"one_sided:{key}"] = 0
        for meeting in self.ok:
            f = meeting.figures
            assert f is not None
            totals["links"] += f.links
            totals["agree"] += f.agree
            totals["differ"] += f.differ
            for side in SIDES:
                totals[f"one_sided:{meeting.sides[side]}"] += f.one_sided[side]
        return totals


def side_label(key: str, language: str = DEFAULT_LANGUAGE) -> str:
    """A side as a sentence names it: "Korean side", "left readout", "한국 측"."""
    label = SIDE_LABELS.get(key, key)
    return tr(language, label)


def side_heading(key: str, language: str = DEFAULT_LANGUAGE) -> str:
    """A side as a heading names it: "Korean side", "Left readout"."""
    label = side_label(key, language)
    return label[:1].upper() + label[1:]


def side_keys(report: Report) -> dict[Side, str]:
    """What a pair's sides count as: "KR" and "CN" when both are known and differ, else positions."""
    codes = {side: report.sources[side].code for side in SIDES}
    if set(codes.values()) == {"KR", "CN"}:
        return {side: str(codes[side]) for side in SIDES}
    return {side: side for side in SIDES}


def build_batch_report(pairs: Sequence[tuple[str, Report | None, str | None, Sequence[str]]], *,
                       generated: datetime | None = None, limit: int = TOP_FINDINGS,
                       language: str | None = None) -> BatchReport:
    """The batch report from each pair's (name, report or None, error or None, report files relative to
    the batch report). A pair with no report is listed as failed. Written in `language`, by default the
    language of the pairs' reports (the batch's --report-language)."""
    if language is None:
        language = next((r.language for _, r, _, _ in pairs if r is not None), DEFAULT_LANGUAGE)
    language = check_language(language)
    meetings: list[MeetingEntry] = []
    mentions: dict[str, dict[str, dict[str, int]]] = {}  # topic → side key → pair index → statements
    labels: dict[str, str] = {}
    used: set[str] = set()
    for number, (name, report, error, files) in enumerate(pairs):
        if report is None:
            meetings.append(MeetingEntry(name, "failed", error or "no report", files=list(files)))
            continue
        keys = side_keys(report)
        used.update(keys.values())
        meetings.append(_meeting(name, report, keys, error, files, limit))
        comparison = report.comparison
        if comparison is None:
            continue
        labels.update(comparison.labels_in(language))
        for side in SIDES:
            for passage in report.one_sided[side].passages:
                for topic in comparison.statement_topics(side, passage.index):
                    per_pair = mentions.setdefault(topic, {}).setdefault(keys[side], {})
                    per_pair[str(number)] = per_pair.get(str(number), 0) + 1
    columns = [key for key in SIDE_ORDER if key in used]
    topics = [TopicTally(topic, labels.get(topic, topic), sensitivity(topic),
                         {key: len(by_side.get(key, {})) for key in columns},
                         {key: sum(by_side.get(key, {}).values()) for key in columns})
              for topic, by_side in mentions.items()]
    topics.sort(key=lambda t: (t.sensitivity if t.sensitivity is not None else 10**6,
                               -sum(t.meetings.values()), -sum(t.statements.values()), t.label))
    return BatchReport(meetings, topics, columns, generated or _now(), language=language)


def _meeting(name: str, report: Report, keys: dict[Side, str], error: str | None, files: Sequence[str],
             limit: int) -> MeetingEntry:
    found = report.findings
    chosen: list[Finding] = []
    if found is not None:
        chosen = [*found.one_sided, *found.figures, *found.attribution]
    return MeetingEntry(name, "ok" if error is None else "failed", error, report.cover.title,
                        report.cover.meeting.date, keys, report.figures, chosen[:limit],
                        max(len(chosen) - limit, 0) + (sum(found.more.values()) if found else 0),
                        list(files), report.cover.check.different)


def relative_files(paths: Sequence[Path], base: Path) -> list[str]:
    """Report files as links from the batch report's folder (always with forward slashes)."""
    out = []
    for path in paths:
        try:
            out.append(PurePosixPath(*path.relative_to(base).parts).as_posix())
        except ValueError:
            out.append(path.as_posix())
    return out


def file_label(path: str) -> str:
    """A pair's report file as the meetings table names it: "html", "pdf", "kr.docx"."""
    name = PurePosixPath(path).name
    return name.removeprefix("report.") or name


def agree_text(figures: Figures) -> str:
    return f"{figures.agree} ({percent(figures.agree_share)})"


# ----------------------------------------------------------------------------------------------- HTML


def render_batch_html(batch: BatchReport, *, font_stack: str | None = None, browser: bool = True) -> str:
    """The batch report as one standalone HTML document, styled as the pair reports (report/html.py)."""
    from desktop_app.core.report.html import BROWSER_CSS, FONT_STACK, report_css
    from desktop_app.core.report.html_common import esc

    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(html_language(batch.language))}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="Parallax {esc(batch.version)}">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">",
        f"<title>{esc(batch.title)}</title>",
        f"<style>{report_css(font_stack or FONT_STACK)}{BROWSER_CSS if browser else ''}</style>",
        "</head>",
        "<body>",
        f'<p class="kicker">{esc(tr(batch.language, "PARALLAX · BATCH REPORT"))}</p>',
        f"<h1>{esc(batch.title)}</h1>",
        *_html_lead(batch),
        *_html_meetings(batch),
        *_html_topics(batch),
        *_html_findings(batch),
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _lead(batch: BatchReport) -> list[str]:
    """The opening sentences: how many pairs, and the figures across them (the HTML and Markdown lead)."""
    lang = batch.language
    totals = batch.totals()
    compared = (tr(lang, "{count} pairs of readouts compared, {failed} failed.", count=len(batch.ok),
                   failed=len(batch.failed)) if batch.failed
                else tr(lang, "{count} pairs of readouts compared.", count=len(batch.ok)))
    sentences = [compared, tr(lang, "Across them: {links} points both sides report ({agree} agree, {differ} "
                                    "differ).", links=totals["links"], agree=totals["agree"],
                              differ=totals["differ"])]
    alone = [tr(lang, "{count} only the {side}", count=totals[f"one_sided:{key}"], side=side_label(key, lang))
             for key in batch.side_keys]
    if alone:
        counts = tr(lang, "; ").join(alone)
        sentences.append(tr(lang, "Statements with no counterpart: {counts}.", counts=counts))
    return sentences


def _html_lead(batch: BatchReport) -> list[str]:
    from desktop_app.core.report.html_common import esc

    made = tr(batch.language, "Generated {when} by Parallax {version}. Each meeting's own report has every "
              "link, reason and statement; check against the sources before quoting.",
              when=batch.generated_text, version=batch.version)
    return [f'<p class="lead">{esc(" ".join(_lead(batch)))}</p>', f'<p class="muted small">{esc(made)}</p>']


def _side_style(key: str) -> str:
    from desktop_app.core.report.html_common import POSITION_COLOURS, SIDE_COLOURS

    colours: dict[str, str] = {str(side): colour for side, colour in POSITION_COLOURS.items()}
    colours.update(SIDE_COLOURS)
    return f"color: {colours.get(key, '#374151')}"


MEETING_COLUMNS = (25, 12, 8, 12, 12, 17, 14)  # percent: meeting, date, links, agree, differ, alone, files


def _html_meetings(batch: BatchReport) -> list[str]:
    from desktop_app.core.report.html_common import esc, lang_text, row_tables

    lang = batch.language
    head = [esc(word) for word in _meeting_headings(lang)]
    rows = []
    for number, m in enumerate(batch.meetings, 1):
        files = " ".join(f'<a href="{esc(path)}">{esc(file_label(path))}</a>'
                         for path in m.files) or "—"
        name = f'<b>{number}. {esc(m.pair)}</b>'
        if m.figures is None:
            failed = f'{esc(tr(lang, "failed:"))} {lang_text(m.error or "")}'
            rows.append([f'{name}<br><span class="differ">{failed}</span>', "—", "—", "—", "—", "—", files])
            continue
        f = m.figures
        title = f"<br>{lang_text(m.title or '')}" if m.title else ""
        warn = (f'<br><span class="differ">⚠ {esc(tr(lang, "may be two different meetings"))}</span>'
                if m.different_meetings else "")
        alone = "<br>".join(f'<span style="{_side_style(m.sides[s])}">'
                            f"{esc(_side_count(m.sides[s], f.one_sided[s], lang))}</span>" for s in SIDES)
        differ = f"{f.differ} ({percent(f.differ_share)})"
        rows.append([f"{name}{title}{warn}", lang_text(m.date or "—"), str(f.links),
                     f'<span class="agree">{esc(agree_text(f))}</span>',
                     f'<span class="differ">{esc(differ)}</span>', alone, files])
    return [f"<h2>{esc(tr(lang, 'Meetings'))}</h2>", *row_tables(head, rows, MEETING_COLUMNS)]


def _meeting_headings(lang: str) -> list[str]:
    return [tr(lang, "Meeting"), tr(lang, "Date"), tr(lang, "Links"), tr(lang, "Agree"), tr(lang, "Differ"),
            tr(lang, "Only one side"), tr(lang, "Reports")]


def _side_count(key: str, count: int, lang: str) -> str:
    """ "Korean side: 3", one side's statements with no counterpart in one meeting."""
    return tr(lang, "{side}: {count}", side=side_heading(key, lang), count=count)


def _html_topics(batch: BatchReport) -> list[str]:
    from desktop_app.core.report.html_common import esc, row_tables

    lang = batch.language
    heading = f"<h2>{esc(tr(lang, 'Topics only one side raises'))}</h2>"
    if not batch.topics:
        nothing = tr(lang, "No statement in any meeting is one side's alone.")
        return [heading, f"<p>{esc(nothing)}</p>"]
    keys = batch.side_keys
    head = [esc(tr(lang, "Topic")), *(f'<span style="{_side_style(key)}">{esc(_only(key, lang))}</span>'
                                      for key in keys)]
    sensitive = f' <span class="differ">{esc(tr(lang, "(sensitive)"))}</span>'
    rows = [[f"<b>{esc(t.label)}</b>{sensitive if t.sensitivity is not None else ''}",
             *(_times(t.meetings[key], t.statements[key], lang) for key in keys)] for t in batch.topics]
    note = tr(lang, "In how many of the {count} meetings compared only one side raises each topic "
              "(statements with no counterpart on the other side), and in how many statements. Sensitive "
              "topics first.", count=len(batch.ok))
    side_width = 60 // max(len(keys), 1)
    widths = (100 - side_width * len(keys), *[side_width] * len(keys))
    return [heading, f'<p class="muted">{esc(note)}</p>', *row_tables(head, rows, widths)]


def _only(key: str, lang: str) -> str:
    return tr(lang, "Only the {side}", side=side_label(key, lang))


def _times(meetings: int, statements: int, lang: str) -> str:
    from desktop_app.core.report.html_common import esc

    if not meetings:
        return '<span class="muted">—</span>'
    said = _statements(statements, lang)
    return f'{esc(_meetings(meetings, lang))} <span class="muted">({esc(said)})</span>'


def _meetings(count: int, lang: str) -> str:
    return (tr(lang, "{count} meeting", count=count) if count == 1
            else tr(lang, "{count} meetings", count=count))


def _statements(count: int, lang: str) -> str:
    return (tr(lang, "{count} statement", count=count) if count == 1
            else tr(lang, "{count} statements", count=count))


def _html_findings(batch: BatchReport) -> list[str]:
    from desktop_app.core.report.html_common import esc, lang_text, quoted_statement

    lang = batch.language
    parts = [f'<h2 class="pb">{esc(tr(lang, "Key findings by meeting"))}</h2>']
    for number, m in enumerate(batch.meetings, 1):
        parts.append(f'<h3 class="head">{number}. {esc(m.pair)}'
                     + (f" — {lang_text(m.title)}" if m.title else "") + "</h3>")
        if m.figures is None:
            parts.append(f'<p class="differ">{esc(tr(lang, "Not compared:"))} {lang_text(m.error or "")}</p>')
            continue
        if not m.findings:
            none = tr(lang, "No key finding: no sensitive point only one side reports, and no figure, date "
                      "or attribution that differs.")
            parts.append(f"<p>{esc(none)}</p>")
            continue
        rows = []
        for finding in m.findings:
            if finding.side is not None and finding.kind == "one_sided":
                key = m.sides[finding.side]
                only = esc(tr(lang, "Only the {side}:", side=side_label(key, lang)))
                said = f'<span style="{_side_style(key)}">{only}</span> ' + quoted_statement(finding.text,
                                                                                          finding.language)
            else:
                said = lang_text(finding.text)
            rows.append(f'<tr><td width="22%"><b>{esc(finding.topic)}</b></td><td width="66%">{said}</td>'
                        f'<td width="12%" class="where">{esc(finding.where)}</td></tr>')
        parts.append(f'<table class="finding keep" width="100%" cellspacing="0" cellpadding="3">'
                     f'{"".join(rows)}</table>')
        if m.more_findings:
            more = tr(lang, "And {count} more in the meeting's own report.", count=m.more_findings)
            parts.append(f'<p class="muted small">{esc(more)}</p>')
    return parts


# ------------------------------------------------------------------------------------------- Markdown


def render_batch_markdown(batch: BatchReport) -> str:
    from desktop_app.core.report.markdown import md_escape as md

    lang = batch.language
    lines = [f"# {md(batch.title)}", "", md(" ".join(_lead(batch))), "",
             md(tr(lang, "Generated {when} by Parallax {version}.", when=batch.generated_text,
                   version=batch.version)), "", f"## {md(tr(lang, 'Meetings'))}", "",
             "| " + " | ".join(md(word) for word in _meeting_headings(lang)) + " |",
             "|---" * len(_meeting_headings(lang)) + "|"]
    for number, m in enumerate(batch.meetings, 1):
        files = " ".join(f"[{md(file_label(p))}](<{_md_link(p)}>)"
                         for p in m.files) or "—"
        if m.figures is None:
            failed = f"{number}. {md(m.pair)} — {md(tr(lang, 'failed:'))} {md(m.error or '')}"
            lines.append(f"| {failed} | — | — | — | — | — | {files} |")
            continue
        f = m.figures
        alone = "<br>".join(md(_side_count(m.sides[s], f.one_sided[s], lang)) for s in SIDES)
        title = f"<br>{md(m.title)}" if m.title else ""
        lines.append(f"| {number}. {md(m.pair)}{title} | {md(m.date or '—')} | {f.links} | {agree_text(f)} | "
                     f"{f.differ} ({percent(f.differ_share)}) | {alone} | {files} |")
    lines += ["", f"## {md(tr(lang, 'Topics only one side raises'))}", ""]
    if batch.topics:
        head = [tr(lang, "Topic"), *(_only(k, lang) for k in batch.side_keys)]
        lines += [md(tr(lang, "Meetings (statements) in which only that side raises the topic; sensitive "
                        "topics first.")), "",
                  "| " + " | ".join(md(cell) for cell in head) + " |", "|---" * len(head) + "|"]
        sensitive = md(tr(lang, "(sensitive)"))
        for t in batch.topics:
            cells = " | ".join(f"{t.meetings[k]} ({t.statements[k]})" if t.meetings[k] else "—"
                               for k in batch.side_keys)
            lines.append(f"| {md(t.label)}{' ' + sensitive if t.sensitivity is not None else ''} | {cells} |")
    else:
        lines.append(md(tr(lang, "No statement in any meeting is one side's alone.")))
    lines += ["", f"## {md(tr(lang, 'Key findings by meeting'))}"]
    for number, m in enumerate(batch.meetings, 1):
        lines += ["", f"### {number}. {md(m.pair)}" + (f" — {md(m.title)}" if m.title else ""), ""]
        if m.figures is None:
            lines.append(f"{md(tr(lang, 'Not compared:'))} {md(m.error or '')}")
            continue
        if not m.findings:
            lines.append(md(tr(lang, "No key finding.")))
        for finding in m.findings:
            who = (tr(lang, "Only the {side}:", side=side_label(m.sides[finding.side], lang)) + " "
                   if finding.side and finding.kind == "one_sided" else "")
            lines.append(f"- **{md(finding.topic)}** ({md(finding.where)}): {md(who + finding.text)}")
        if m.more_findings:
            more = tr(lang, "And {count} more in the meeting's own report.", count=m.more_findings)
            lines.append(f"- {md(more)}")
    return "\n".join(lines) + "\n"


def _md_link(path: str) -> str:
    return path.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")
