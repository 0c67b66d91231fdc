"""The report as Markdown: the cover and summary, topic coverage as a table, per topic the linked
statements side by side with their status and reasons (the words only one side uses in bold), what only
one side said, the annotations and, when asked for, both full texts.

Rendered from the report model (`core/report/build.py`), like every other format. Document text is escaped,
so nothing a readout contains is read as Markdown or HTML.
"""

from __future__ import annotations

import re

from desktop_app.core.compare.comparison import SIDES
from desktop_app.core.report.build import percent, side_meeting_name, summary_sentence
from desktop_app.core.report.model import Finding, LinkEntry, Passage, Report, Source
from desktop_app.core.wording import tr

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def md_escape(text: str) -> str:
    """Plain text as Markdown that shows exactly that text, on one line."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _escape_run(text: str) -> str:
    """Like md_escape, but keeps a space at either end (the text is one run of a longer line)."""
    return _SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text))


def report_to_markdown(report: Report) -> str:
    lang = report.language
    lines = _cover(report)
    lines += _key_findings(report)
    lines += _coverage(report)
    lines += ["", f"# {md_escape(tr(lang, 'Linked statements by topic'))}"]
    if not report.sections:
        lines += ["", md_escape(tr(lang, "No statement of one readout was linked to one of the other."))]
    for section in report.sections:
        heads = [md_escape(_named(report.sources[side])) for side in SIDES]
        lines += ["", f"## {md_escape(section.label)}", "",
                  f"| {heads[0]} | {heads[1]} | {md_escape(tr(lang, 'status'))} |", "|---|---|---|"]
        lines += [_link_row(link, lang) for link in section.links]
    lines += _one_sided(report)
    lines += _annotations(report)
    lines += _appendix(report)
    return "\n".join(lines) + "\n"


def _named(source: Source) -> str:
    return f"{source.heading} ({source.name})"


def _cover(report: Report) -> list[str]:
    cover, figures, sources = report.cover, report.figures, report.sources
    left, right = sources["left"], sources["right"]
    lang = report.language
    unknown = tr(lang, "not stated")
    rows = [
        (tr(lang, "headline"), lambda s: s.title or "—"),
        (tr(lang, "publisher"), lambda s: s.publisher or tr(lang, "not named in the text")),
        (tr(lang, "language"), lambda s: s.language_names),
        (tr(lang, "date as written"), lambda s: s.date or "—"),
        (tr(lang, "statements"), lambda s: str(s.statements)),
        (tr(lang, "in a link"),
         lambda s: f"{figures.linked[s.side]} ({percent(figures.linked_share(s.side))})"),
        (tr(lang, "only this side"),
         lambda s: f"{figures.one_sided[s.side]} ({percent(figures.one_sided_share(s.side))})"),
    ]
    warning = tr(lang, "Different meetings") if cover.check.different else tr(lang, "Check the meeting")
    lines = [f"> **⚠ {warning}**{tr(lang, ': ')}{md_escape(cover.warning)}", ""] if cover.warning else []
    lines += [f"# {md_escape(cover.title)}", ""]
    if cover.check.different:
        lines += [f"- **{md_escape(s.heading)}**{tr(lang, ': ')}{md_escape(side_meeting_name(report, side))}"
                  for side, s in sources.items()]
        lines += ["", f"| | {md_escape(left.heading)} | {md_escape(right.heading)} |", "|---|---|---|"]
        for name, value in ((tr(lang, "date"), lambda m: m.date),
                            (tr(lang, "place"), lambda m: m.where(lang)),
                            (tr(lang, "participants"), lambda m: ", ".join(m.participants))):
            cells = [md_escape(value(cover.accounts[side]) or unknown) for side in sources]
            lines.append(f"| {name} | {cells[0]} | {cells[1]} |")
        lines.append("")
    else:
        meeting = cover.meeting
        people = ", ".join(meeting.participants) or unknown
        colon = tr(lang, ": ")
        lines += [md_escape(tr(lang, "How the {left_side} and the {right_side} report the meeting.",
                               left_side=left.label, right_side=right.label)), "",
                  " · ".join([f"**{tr(lang, 'Date')}**{colon}{md_escape(meeting.date or unknown)}",
                              f"**{tr(lang, 'Place')}**{colon}{md_escape(meeting.where(lang) or unknown)}",
                              f"**{tr(lang, 'Participants')}**{colon}{md_escape(people)}"]), ""]
    made = tr(lang, "Generated {when} by Parallax {version}. Sides, dates, places and participants are "
              "guessed from the texts; statements are linked by topic by machine.", when=cover.generated_text,
              version=md_escape(cover.version))
    return [
        *lines,
        f"| | {md_escape(left.heading)} | {md_escape(right.heading)} |", "|---|---|---|",
        *(f"| {name} | {md_escape(value(left))} | {md_escape(value(right))} |" for name, value in rows), "",
        f"**{tr(lang, 'Summary')}**{tr(lang, ': ')}{md_escape(summary_sentence(figures, sources, lang))}", "",
        f"*{made}*",
    ]


def _key_findings(report: Report) -> list[str]:
    findings = report.findings
    if findings is None:
        return []
    lang = report.language
    lines = ["", f"# {tr(lang, 'Key findings')}"]
    if findings.empty:
        return [*lines, "", tr(lang, "Both readouts report every point alike.")]
    groups = ((tr(lang, "Points only one side reports, sensitive topics first"), findings.one_sided,
               "one_sided"),
              (tr(lang, "Figures and dates that differ"), findings.figures, "figures"),
              (tr(lang, "Attribution shifts"), findings.attribution, "attribution"))
    for heading, found, key in groups:
        if not found:
            continue
        lines += ["", f"**{heading}**", ""]  # bold, not a heading: the sections below are the topics
        lines += [_finding_line(report, f) for f in found]
        if findings.more.get(key):
            lines.append("- " + tr(lang, "… and {count} more, in the sections below.",
                                   count=findings.more[key]))
    for side in SIDES:
        mentions = findings.other_one_sided[side]
        if mentions:
            listed = tr(lang, "; ").join(f"{md_escape(m.label)} ({', '.join(m.ids)})" for m in mentions)
            also = tr(lang, "Also only the {side}:", side=md_escape(report.sources[side].label))
            lines += ["", f"{also} {listed}{tr(lang, '.')}"]
    return lines


def _finding_line(report: Report, finding: Finding) -> str:
    where = f"*({finding.where})*"
    lang = report.language
    if finding.side is not None and finding.kind == "raised":
        said = tr(lang, "within a shared point, only the {side} raises it",
                  side=md_escape(report.sources[finding.side].label))
    elif finding.side is not None:
        said = tr(lang, "only the {side}: “{text}”", side=md_escape(report.sources[finding.side].label),
                  text=md_escape(finding.text))
    else:
        said = md_escape(finding.text)
    return f"- {md_escape(finding.topic)} — {said} {where}"


def _coverage(report: Report) -> list[str]:
    sources = report.sources
    lang = report.language
    lines = ["", f"# {tr(lang, 'Topic coverage')}", "",
             tr(lang, "Share of each readout's statements that speak of each topic."), ""]
    if not report.coverage:
        return [*lines, tr(lang, "Neither readout speaks of a topic in the lexicon.")]
    lines += [f"| {tr(lang, 'topic')} | {md_escape(sources['left'].heading)} | "
              f"{md_escape(sources['right'].heading)} |",
              "|---|---|---|"]
    lines += [f"| {md_escape(t.label)} | " + " | ".join(
        f"{t.counts[s]} ({percent(t.shares[s])})" if t.counts[s] else "—" for s in SIDES) + " |"
        for t in report.coverage]
    return lines


def _link_row(link: LinkEntry, lang: str = "en") -> str:
    cells = [_cell(link.passages(side)) for side in SIDES]
    reasons = " ".join(md_escape(r.text) for r in link.reasons)
    word = tr(lang, "agree") if link.status == "agree" else tr(lang, "differ")
    status = f"**{word}**" + (f"{tr(lang, ': ')}{reasons}" if reasons else "")
    return f"| {cells[0]} | {cells[1]} | {status} |"


def _cell(passages: list[Passage]) -> str:
    return "<br>".join(f"**{p.id}** {_marked(p)}" for p in passages)


def _marked(passage: Passage) -> str:
    """The passage escaped, with the words only its side uses in bold."""
    out = []
    for run, marked in passage.runs():
        if not marked:
            out.append(_escape_run(run))
            continue
        # Emphasis must hug its words: keep any edge spaces outside the asterisks.
        core = run.strip()
        lead, trail = run[:len(run) - len(run.lstrip())], run[len(run.rstrip()):]
        out.append(f"{_escape_run(lead)}**{_escape_run(core)}**{_escape_run(trail)}" if core else run)
    return "".join(out).strip()


def _one_sided(report: Report) -> list[str]:
    lang = report.language
    lines = ["", f"# {tr(lang, 'What only one side said')}"]
    for side in SIDES:
        source = report.sources[side]
        said = tr(lang, "Only the {side} ({file}) said", side=md_escape(source.label),
                  file=md_escape(source.name))
        lines += ["", f"## {said}", ""]
        passages = report.one_sided[side].passages
        if not passages:
            lines.append(tr(lang, "Nothing: every statement is linked."))
        for p in passages:
            suffix = f" *({md_escape(', '.join(p.topics))})*" if p.topics else ""
            lines.append(f"- **{p.id}** {md_escape(p.text)}{suffix}")
    return lines


def _annotations(report: Report) -> list[str]:
    if not report.annotations:
        return []
    lang = report.language
    lines = ["", f"# {tr(lang, 'Annotations')}", ""]
    for a in report.annotations:
        on = ", ".join(p.id for p in a.passages)
        quotes = " ".join(f"“{md_escape(q)}”" for q in a.quotes)
        orphan = f" *({tr(lang, 'its text is no longer in the readout')})*" if a.orphaned else ""
        lines.append(f"- **{md_escape(a.tag)}**{f' ({on})' if on else ''}: {md_escape(a.note)}"
                     f"{' ' + quotes if quotes else ''}{orphan}")
    return lines


def _appendix(report: Report) -> list[str]:
    if not report.appendix:
        return []
    lang = report.language
    lines = ["", f"# {tr(lang, 'Appendix: the sources in detail')}", ""]
    for source in report.sources.values():
        evidence = "; ".join(source.side_evidence) or "—"
        lines += [f"- **{md_escape(source.heading)}**{tr(lang, ': ')}" + tr(
            lang, "{file}, read from {location}; side told by: {evidence}", file=md_escape(source.name),
            location=md_escape(source.location), evidence=md_escape(evidence))]
    lines += ["", f"# {tr(lang, 'Appendix: the full texts')}"]
    for text in report.appendix:
        lines += ["", f"## {md_escape(_named(report.sources[text.side]))}", ""]
        for paragraph in text.paragraphs:
            lines += [md_escape(paragraph), ""]
    return lines[:-1]
