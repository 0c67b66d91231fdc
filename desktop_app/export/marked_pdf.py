"""A readout's marked-up copy as a PDF: the HTML `core.report.docx.marked_html` makes (shading, marks,
numbered annotations with their notes in the margin), laid out and paginated as the report is
(`pdf.render_html_pdf`: the same fonts, with the bundled CJK font so Korean and Chinese come out as
glyphs, the same margins and the same running header and footer: the meeting and which readout this
is above, "Page n of N" below)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop_app.core.annotations import Annotation, Tag
from desktop_app.core.compare.comparison import Comparison, Side
from desktop_app.core.report.docx import marked_html, readout_name
from desktop_app.export.pdf import Paper, render_html_pdf

FOOTER = "Marked-up copy"


def marked_pdf(comparison: Comparison, side: Side, *, title: str, labels: Mapping[Side, str],
               names: Mapping[Side, str] | None = None, codebook: Sequence[Tag] = (),
               annotations: Sequence[Annotation] = (), paper: Paper = "A4") -> bytes:
    """One readout's marked-up copy as PDF bytes (the arguments as `report.docx.marked_copy`'s)."""
    html = marked_html(comparison, side, title=title, labels=labels, names=names, codebook=codebook,
                       annotations=annotations)
    return html_to_pdf(html, title, paper, header=readout_name(comparison, side, labels, names))


def html_to_pdf(html: str, title: str, paper: Paper = "A4", header: str = "") -> bytes:
    """A marked-up copy's HTML as PDF bytes; `header` (which readout) beside `title` above each page."""
    return render_html_pdf(html, title, f"{header} · Parallax" if header else "Parallax", FOOTER, paper)[0]
