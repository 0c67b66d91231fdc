"""The report's first pages in HTML: the cover (a warning when the readouts may not report one meeting,
the meeting, the sources) and the key findings (what only one side reports, figures and dates that
differ, attribution shifts).
"""

from __future__ import annotations

from desktop_app.core.compare.comparison import SIDES, Side
from desktop_app.core.report.build import side_meeting_name
from desktop_app.core.report.html_common import esc, lang_text, quoted_statement, side_colour
from desktop_app.core.report.model import Finding, Report, Source
from desktop_app.core.wording import tr


def cover_html(report: Report) -> list[str]:
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
        named = [(tr(lang, "Date"), meeting.date or unknown),
                 (tr(lang, "Place"), meeting.where(lang) or unknown),
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
    for name, value in ((tr(lang, "Date"), lambda m: m.date), (tr(lang, "Place"), lambda m: m.where(lang)),
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


def key_findings_html(report: Report) -> list[str]:
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


def _id_links(ids: list[str]) -> str:
    return ", ".join(f'<a href="#only-{esc(i)}">{esc(i)}</a>' for i in ids)
