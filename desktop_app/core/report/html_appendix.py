"""The report's appendix in HTML (with --appendix): where each readout was read from, then both full
texts.
"""

from __future__ import annotations

from desktop_app.core.compare.comparison import Side
from desktop_app.core.report.html_common import esc, lang_text, side_colour
from desktop_app.core.report.model import FullText, Report, Source
from desktop_app.core.wording import tr


def appendix_html(report: Report) -> list[str]:
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
