"""The report's statements in HTML: the linked statements grouped by topic (each link with its verdict,
its reasons and the notes on it), what only one side said, and the annotations.
"""

from __future__ import annotations

import html

from desktop_app.core.compare.comparison import SIDES, Side
from desktop_app.core.report.html_common import esc, is_colour, row_tables, side_colour
from desktop_app.core.report.model import (
    LinkEntry,
    Passage,
    ReasonLine,
    Report,
    ReportAnnotation,
    TopicSection,
)
from desktop_app.core.wording import tr

# ------------------------------------------------------------------------------------- links by topic


def sections_html(report: Report) -> list[str]:
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
        colour = a.colour if is_colour(a.colour) else "#6b7280"
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


def one_sided_html(report: Report) -> list[str]:
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


def annotations_html(report: Report) -> list[str]:
    if not report.annotations:
        return []
    lang = report.language
    head = [esc(tr(lang, "Tag")), esc(tr(lang, "Note")), esc(tr(lang, "On"))]
    return [f'<h2 class="pb">{esc(tr(lang, "Annotations"))}</h2>',
            *row_tables(head, [_annotation_row(a, lang) for a in report.annotations], (22, 38, 40))]


def _annotation_row(annotation: ReportAnnotation, lang: str = "en") -> list[str]:
    colour = annotation.colour if is_colour(annotation.colour) else "#6b7280"
    tag = f'<span style="color: {colour}">■</span> <b>{esc(annotation.tag)}</b>'
    if annotation.orphaned:
        gone = esc(tr(lang, "its text is no longer in the readout"))
        tag += f'<br><span class="muted small">{gone}</span>'
    on = "".join(f"<p>{passage_html(p)}</p>" for p in annotation.passages)
    on += "".join(f"<p>“{esc(q)}”</p>" for q in annotation.quotes)
    return [tag, esc(annotation.note), on]
