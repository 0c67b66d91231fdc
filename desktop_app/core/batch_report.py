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
The renderers escape every piece of text from a readout, a file name or a manifest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath

from desktop_app import __version__
from desktop_app.core.comparison import SIDES, Side
from desktop_app.core.lexicon import sensitivity
from desktop_app.core.report import Figures, Finding, Report, _now, percent
from desktop_app.core.report_text import generated_text

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

    @property
    def title(self) -> str:
        count = len(self.meetings)
        return f"Batch report: {count} meeting{'s' if count != 1 else ''}"

    @property
    def generated_text(self) -> str:
        return generated_text(self.generated)

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


def side_label(key: str) -> str:
    """A side as a sentence names it: "Korean side", "left readout"."""
    return SIDE_LABELS.get(key, key)


def side_heading(key: str) -> str:
    """A side as a heading names it: "Korean side", "Left readout"."""
    label = side_label(key)
    return label[:1].upper() + label[1:]


def side_keys(report: Report) -> dict[Side, str]:
    """What a pair's sides count as: "KR" and "CN" when both are known and differ, else positions."""
    codes = {side: report.sources[side].code for side in SIDES}
    if set(codes.values()) == {"KR", "CN"}:
        return {side: str(codes[side]) for side in SIDES}
    return {side: side for side in SIDES}


def build_batch_report(pairs: Sequence[tuple[str, Report | None, str | None, Sequence[str]]], *,
                       generated: datetime | None = None, limit: int = TOP_FINDINGS) -> BatchReport:
    """The batch report from each pair's (name, report or None, error or None, report files relative to
    the batch report). A pair with no report is listed as failed."""
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
        labels.update(comparison.topic_labels)
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
    return BatchReport(meetings, topics, columns, generated or _now())


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
    """The batch report as one standalone HTML document, styled as the pair reports (report_html)."""
    from desktop_app.core.report_html import _BROWSER_CSS, FONT_STACK, _css, esc

    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="Parallax {esc(batch.version)}">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">",
        f"<title>{esc(batch.title)}</title>",
        f"<style>{_css(font_stack or FONT_STACK)}{_BROWSER_CSS if browser else ''}</style>",
        "</head>",
        "<body>",
        '<p class="kicker">PARALLAX · BATCH REPORT</p>',
        f"<h1>{esc(batch.title)}</h1>",
        *_html_lead(batch),
        *_html_meetings(batch),
        *_html_topics(batch),
        *_html_findings(batch),
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _html_lead(batch: BatchReport) -> list[str]:
    from desktop_app.core.report_html import esc

    totals = batch.totals()
    failed = f", {len(batch.failed)} failed" if batch.failed else ""
    alone = "; ".join(f"{totals[f'one_sided:{key}']} only the {side_label(key)}"
                      for key in batch.side_keys)
    lead = (f"{len(batch.ok)} pairs of readouts compared{failed}. Across them: {totals['links']} points both "
            f"sides report ({totals['agree']} agree, {totals['differ']} differ)"
            + (f"; statements with no counterpart: {alone}." if alone else "."))
    made = (f"Generated {batch.generated_text} by Parallax {batch.version}. Each meeting's own report has "
            "every link, reason and statement; check against the sources before quoting.")
    return [f'<p class="lead">{esc(lead)}</p>', f'<p class="muted small">{esc(made)}</p>']


def _side_style(key: str) -> str:
    from desktop_app.core.report_html import POSITION_COLOURS, SIDE_COLOURS

    colours: dict[str, str] = {**POSITION_COLOURS, **SIDE_COLOURS}
    return f"color: {colours.get(key, '#374151')}"


def _html_meetings(batch: BatchReport) -> list[str]:
    from desktop_app.core.report_html import _cjk, esc

    head = ("<tr><th>Meeting</th><th>Date</th><th>Links</th><th>Agree</th><th>Differ</th>"
            "<th>Only one side</th><th>Reports</th></tr>")
    rows = []
    for number, m in enumerate(batch.meetings, 1):
        files = " ".join(f'<a href="{esc(path)}">{esc(file_label(path))}</a>'
                         for path in m.files) or "—"
        name = f'<b>{number}. {esc(m.pair)}</b>'
        if m.figures is None:
            rows.append(f'<tr><td>{name}<br><span class="differ">failed: {_cjk(m.error or "")}</span></td>'
                        f'<td>—</td><td>—</td><td>—</td><td>—</td><td>—</td><td>{files}</td></tr>')
            continue
        f = m.figures
        title = f"<br>{_cjk(m.title or '')}" if m.title else ""
        warn = ('<br><span class="differ">⚠ may be two different meetings</span>'
                if m.different_meetings else "")
        alone = "<br>".join(f'<span style="{_side_style(m.sides[side])}">'
                            f"{esc(side_heading(m.sides[side]))}: {f.one_sided[side]}</span>"
                            for side in SIDES)
        rows.append(f"<tr><td>{name}{title}{warn}</td><td>{_cjk(m.date or '—')}</td><td>{f.links}</td>"
                    f'<td class="agree">{esc(agree_text(f))}</td>'
                    f'<td class="differ">{f.differ} ({esc(percent(f.differ_share))})</td>'
                    f"<td>{alone}</td><td>{files}</td></tr>")
    return ["<h2>Meetings</h2>",
            f'<table class="grid" width="100%" cellspacing="0" cellpadding="4"><thead>{head}</thead>'
            f'{"".join(rows)}</table>']


def _html_topics(batch: BatchReport) -> list[str]:
    from desktop_app.core.report_html import esc

    if not batch.topics:
        return ["<h2>Topics only one side raises</h2>",
                "<p>No statement in any meeting is one side's alone.</p>"]
    head = "".join(f'<th style="{_side_style(key)}">Only the {esc(side_label(key))}</th>'
                   for key in batch.side_keys)
    rows = []
    for t in batch.topics:
        mark = ' <span class="differ">(sensitive)</span>' if t.sensitivity is not None else ""
        cells = "".join(f"<td>{_times(t.meetings[key], t.statements[key])}</td>" for key in batch.side_keys)
        rows.append(f"<tr><td><b>{esc(t.label)}</b>{mark}</td>{cells}</tr>")
    meetings = len(batch.ok)
    note = (f"In how many of the {meetings} meetings compared only one side raises each topic (statements "
            "with no counterpart on the other side), and in how many statements. Sensitive topics first.")
    return ["<h2>Topics only one side raises</h2>", f'<p class="muted">{esc(note)}</p>',
            f'<table class="grid" width="100%" cellspacing="0" cellpadding="4">'
            f'<thead><tr><th width="40%">Topic</th>{head}</tr></thead>{"".join(rows)}</table>']


def _times(meetings: int, statements: int) -> str:
    if not meetings:
        return '<span class="muted">—</span>'
    return (f"{meetings} meeting{'s' if meetings != 1 else ''} "
            f'<span class="muted">({statements} statement{"s" if statements != 1 else ""})</span>')


def _html_findings(batch: BatchReport) -> list[str]:
    from desktop_app.core.report_html import _cjk, _quoted, esc

    parts = ['<h2 class="pb">Key findings by meeting</h2>']
    for number, m in enumerate(batch.meetings, 1):
        parts.append(f'<h3 class="head">{number}. {esc(m.pair)}'
                     + (f" — {_cjk(m.title)}" if m.title else "") + "</h3>")
        if m.figures is None:
            parts.append(f'<p class="differ">Not compared: {_cjk(m.error or "")}</p>')
            continue
        if not m.findings:
            parts.append("<p>No key finding: no sensitive point only one side reports, and no figure, date "
                         "or attribution that differs.</p>")
            continue
        rows = []
        for finding in m.findings:
            if finding.side is not None and finding.kind == "one_sided":
                key = m.sides[finding.side]
                who = f'<span style="{_side_style(key)}">Only the {esc(side_label(key))}:</span> '
                said = who + _quoted(finding.text, finding.language)
            else:
                said = _cjk(finding.text)
            rows.append(f'<tr><td width="22%"><b>{esc(finding.topic)}</b></td><td width="66%">{said}</td>'
                        f'<td width="12%" class="where">{esc(finding.where)}</td></tr>')
        parts.append(f'<table class="finding keep" width="100%" cellspacing="0" cellpadding="3">'
                     f'{"".join(rows)}</table>')
        if m.more_findings:
            more = f"And {m.more_findings} more in the meeting's own report."
            parts.append(f'<p class="muted small">{esc(more)}</p>')
    return parts


# ------------------------------------------------------------------------------------------- Markdown


def render_batch_markdown(batch: BatchReport) -> str:
    from desktop_app.core.export_markdown import md_escape as md

    totals = batch.totals()
    lines = [f"# {md(batch.title)}", "",
             f"{len(batch.ok)} pairs of readouts compared" + (f", {len(batch.failed)} failed" if batch.failed
                                                              else "")
             + f". Across them: {totals['links']} points both sides report ({totals['agree']} agree, "
             f"{totals['differ']} differ).", "",
             f"Generated {batch.generated_text} by Parallax {batch.version}.", "", "## Meetings", "",
             "| Meeting | Date | Links | Agree | Differ | Only one side | Reports |",
             "|---|---|---|---|---|---|---|"]
    for number, m in enumerate(batch.meetings, 1):
        files = " ".join(f"[{md(file_label(p))}](<{_md_link(p)}>)"
                         for p in m.files) or "—"
        if m.figures is None:
            failed = f"{number}. {md(m.pair)} — failed: {md(m.error or '')}"
            lines.append(f"| {failed} | — | — | — | — | — | {files} |")
            continue
        f = m.figures
        alone = "<br>".join(f"{md(side_heading(m.sides[s]))}: {f.one_sided[s]}" for s in SIDES)
        title = f"<br>{md(m.title)}" if m.title else ""
        lines.append(f"| {number}. {md(m.pair)}{title} | {md(m.date or '—')} | {f.links} | {agree_text(f)} | "
                     f"{f.differ} ({percent(f.differ_share)}) | {alone} | {files} |")
    lines += ["", "## Topics only one side raises", ""]
    if batch.topics:
        lines += ["Meetings (statements) in which only that side raises the topic; sensitive topics first.",
                  "",
                  "| Topic | " + " | ".join(f"Only the {side_label(k)}" for k in batch.side_keys)
                  + " |", "|---" * (1 + len(batch.side_keys)) + "|"]
        for t in batch.topics:
            cells = " | ".join(f"{t.meetings[k]} ({t.statements[k]})" if t.meetings[k] else "—"
                               for k in batch.side_keys)
            lines.append(f"| {md(t.label)}{' (sensitive)' if t.sensitivity is not None else ''} | {cells} |")
    else:
        lines.append("No statement in any meeting is one side's alone.")
    lines += ["", "## Key findings by meeting"]
    for number, m in enumerate(batch.meetings, 1):
        lines += ["", f"### {number}. {md(m.pair)}" + (f" — {md(m.title)}" if m.title else ""), ""]
        if m.figures is None:
            lines.append(f"Not compared: {md(m.error or '')}")
            continue
        if not m.findings:
            lines.append("No key finding.")
        for finding in m.findings:
            who = (f"only the {side_label(m.sides[finding.side])}: "
                   if finding.side and finding.kind == "one_sided" else "")
            lines.append(f"- **{md(finding.topic)}** ({md(finding.where)}): {md(who + finding.text)}")
        if m.more_findings:
            lines.append(f"- And {m.more_findings} more in the meeting's own report.")
    return "\n".join(lines) + "\n"


def _md_link(path: str) -> str:
    return path.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")
