"""Marked-up copies: each readout as a Word document (.docx), its full text with the comparison on it.

One copy per readout. Under a short heading (the report's title, which readout this is, and a key to
the marks) the readout's whole extracted text follows, one Word paragraph per line of the text, so that
the body reads back exactly as Parallax read it. On it:

- each statement is shaded by its status: linked and agreeing (green), linked and differing (amber),
  reported by this side only (blue); text outside the statements (titles, boilerplate) is unshaded;
- the words that differ are bold and underlined: the words only this side uses in a same-language
  link, the terms of the topics only this side raises in a link, and in a differing link the figures,
  times, speakers and stances its verdict cites;
- each annotation on this readout is a Word comment on the passage it points at, "Tag: note"; an
  orphaned annotation (its quote no longer in the readout) is a comment on the heading that says so.

`marked_html` lays out the same copy as HTML for the PDF copies (export/marked_pdf.py): the same shading
and marks, each annotation numbered where its passage ends, its note in a margin column beside the line.

The document is built with python-docx, which writes every text as XML text: a readout's text is never
read as markup. Characters XML cannot carry become U+FFFD, one for one.

`marked_paths` says where the two copies of one export go: `NAME.docx` → `NAME.kr.docx` and
`NAME.cn.docx` when the two sides are known (Korean and Chinese), else `NAME.left.docx` and
`NAME.right.docx`.
"""

from __future__ import annotations

import html
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from docx import Document as new_docx  # noqa: N813  # python-docx's factory, not the engine's Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.run import Run

from desktop_app.core.annotations import Annotation, Tag
from desktop_app.core.compare.comparison import SIDES, Comparison, Link, Side
from desktop_app.core.report.docx_font import embed_cjk_font
from desktop_app.core.report.xmltext import xml_safe

SHADES = {"agree": "E3F3E7", "differ": "FDEEDD", "one-sided": "E1ECF7"}  # run fills, as w:shd wants them
SHADE_NAMES = {"agree": "linked, agreeing", "differ": "linked, differing", "one-sided": "this side only"}
COMMENT_AUTHOR = "Parallax"
COMMENT_INITIALS = "PX"
HEADING_PARAGRAPHS = 3  # the title, which readout this is, and the key; the readout's text follows
_SIDE_CODES = ("KR", "CN")


@dataclass(frozen=True)
class _Segment:
    start: int
    end: int
    status: str | None  # "agree", "differ", "one-sided", or None outside the statements
    marked: bool  # a differing word


def marked_paths(path: Path, codes: Mapping[Side, str], extension: str = "docx") -> dict[Side, Path]:
    """Where each readout's marked-up copy of an export to `path` goes (see the module's docstring)."""
    tags = {side: codes.get(side, "").lower() for side in SIDES}
    if not (set(codes.get(side, "") for side in SIDES) == set(_SIDE_CODES)):
        tags = {side: side for side in SIDES}
    suffix = f".{extension}"
    name = path.name[:-len(suffix)] if path.name.lower().endswith(suffix) else path.name
    return {side: path.with_name(f"{name}.{tags[side]}{suffix}") for side in SIDES}


def marked_html(comparison: Comparison, side: Side, *, title: str, labels: Mapping[Side, str],
                names: Mapping[Side, str] | None = None, codebook: Sequence[Tag] = (),
                annotations: Sequence[Annotation] = ()) -> str:
    """One readout's marked-up copy as HTML for the PDF copy: the same heading, shading and marks as the
    .docx, each annotation numbered where its passage ends and its note in the margin beside the line."""
    document = comparison.document(side)
    text = document.text
    statuses, marks = _statuses(comparison, side), _marks(comparison, side)
    tags = {tag.id: tag.name for tag in codebook}
    mine = [a for a in annotations if any(anchor.side == side for anchor in a.anchors)]
    placed = [(a, anchor) for a in mine if not a.orphaned for anchor in a.anchors
              if anchor.side == side and 0 <= anchor.start < anchor.end <= len(text)]
    key = " ".join(f'<span style="background-color:#{SHADES[s]}">{SHADE_NAMES[s]}</span>'
                   for s in ("agree", "differ", "one-sided"))
    parts = [f"<h1>{_html(title)}</h1>",
             f"<p>{_html(marked_about(comparison, side, labels, names))}</p>",
             f"<p>Key: {key} <b><u>words that differ</u></b>; annotations are numbered, their notes in the "
             f"margin.</p>"]
    orphans = [a for a in mine if a.orphaned or not any(p is a for p, _ in placed)]
    for annotation in orphans:
        quotes = " / ".join(f"“{anchor.quote}”" for anchor in annotation.anchors if anchor.side == side)
        parts.append(f"<p><i>Orphaned annotation (its quote is no longer in the readout): "
                     f"{_html(_comment(annotation, tags))} — on {_html(quotes)}</i></p>")
    numbers = {id(anchor): number for number, (_, anchor) in enumerate(placed, 1)}
    ends: dict[int, list[tuple[int, Annotation]]] = {}
    for annotation, anchor in placed:
        ends.setdefault(anchor.end, []).append((numbers[id(anchor)], annotation))
    bounds = {0, len(text)} | set(ends) | {a.start for _, a in placed}
    for statement in document.statements:
        bounds |= {statement.start, statement.end}
    for start, end in marks:
        bounds |= {start, end}
    parts.append('<table width="100%" cellspacing="0" cellpadding="2">')
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        cuts = sorted({line_start, line_end} | {b for b in bounds if line_start < b < line_end})
        cells, notes = [], []
        for start, end in zip(cuts, cuts[1:], strict=False):
            if start == end:
                continue
            piece = _html(text[start:end])
            if any(a <= start and end <= b for a, b in marks):
                piece = f"<b><u>{piece}</u></b>"
            status = statuses.get(start)
            if status is not None:
                piece = f'<span style="background-color:#{SHADES[status]}">{piece}</span>'
            cells.append(piece)
            for number, annotation in ends.get(end, []):
                cells.append(f"<sup>[{number}]</sup>")
                notes.append(f"[{number}] {_html(_comment(annotation, tags))}")
        parts.append(f'<tr><td width="72%">{"".join(cells) or "&nbsp;"}</td>'
                     f'<td width="28%"><small>{"<br>".join(notes)}</small></td></tr>')
        line_start = line_end + 1
    parts.append("</table>")
    return "<html><body>" + "\n".join(parts) + "</body></html>"


def readout_name(comparison: Comparison, side: Side, labels: Mapping[Side, str],
                 names: Mapping[Side, str] | None = None) -> str:
    """Which readout a copy is: "Korean side's readout (kr.txt)"."""
    own = labels.get(side, side)
    name = (names or {}).get(side) or comparison.document(side).name
    return f"{own[:1].upper()}{own[1:]}'s readout ({name})"


def marked_about(comparison: Comparison, side: Side, labels: Mapping[Side, str],
                 names: Mapping[Side, str] | None = None) -> str:
    """The sentence under a copy's title: which readout it is, and against which it is marked up."""
    other: Side = "right" if side == "left" else "left"
    return (f"{readout_name(comparison, side, labels, names)}, marked up against the "
            f"{labels.get(other, other)}'s by Parallax.")


def _html(text: str) -> str:
    return html.escape(_plain(text), quote=True)


def marked_copies(comparison: Comparison, *, title: str, labels: Mapping[Side, str],
                  names: Mapping[Side, str] | None = None, codebook: Sequence[Tag] = (),
                  annotations: Sequence[Annotation] = ()) -> dict[Side, bytes]:
    """Both readouts' marked-up copies, as .docx bytes. `labels` name the sides ("Korean side"),
    `names` the readouts (their file names), `codebook` the annotations' tags."""
    return {side: marked_copy(comparison, side, title=title, labels=labels, names=names,
                              codebook=codebook, annotations=annotations) for side in SIDES}


def marked_copy(comparison: Comparison, side: Side, *, title: str, labels: Mapping[Side, str],
                names: Mapping[Side, str] | None = None, codebook: Sequence[Tag] = (),
                annotations: Sequence[Annotation] = ()) -> bytes:
    """One readout's marked-up copy, as .docx bytes."""
    document = comparison.document(side)
    text = document.text
    statuses = _statuses(comparison, side)
    marks = _marks(comparison, side)
    mine = [a for a in annotations if any(anchor.side == side for anchor in a.anchors)]
    placed = [(a, anchor) for a in mine if not a.orphaned for anchor in a.anchors
              if anchor.side == side and 0 <= anchor.start < anchor.end <= len(text)]

    docx = new_docx()
    docx.core_properties.title = _plain(title)[:250]
    docx.core_properties.author = COMMENT_AUTHOR
    heading = docx.add_heading(level=1)
    heading_run = heading.add_run(_plain(title))
    about = docx.add_paragraph()
    about.add_run(_plain(marked_about(comparison, side, labels, names)))
    key = docx.add_paragraph()
    key.add_run("Key: ")
    for status in ("agree", "differ", "one-sided"):
        _shade(key.add_run(SHADE_NAMES[status]), SHADES[status])
        key.add_run("  ")
    _mark(key.add_run("words that differ"))
    key.add_run("; annotations are comments. The readout's full text follows.")
    for run in key.runs + about.runs:
        run.font.size = Pt(9)

    orphans = [a for a in mine if a.orphaned or not any(p is a for p, _ in placed)]
    tags = {tag.id: tag.name for tag in codebook}
    for annotation in orphans:
        quotes = " / ".join(f"“{anchor.quote}”" for anchor in annotation.anchors if anchor.side == side)
        docx.add_comment(heading_run, _plain(f"Orphaned annotation (its quote is no longer in the readout): "
                                             f"{_comment(annotation, tags)} — on {quotes}"),
                         author=COMMENT_AUTHOR, initials=COMMENT_INITIALS)

    bounds = {0, len(text)} | {a.start for _, a in placed} | {a.end for _, a in placed}
    for statement in document.statements:
        bounds |= {statement.start, statement.end}
    for start, end in marks:
        bounds |= {start, end}
    runs: list[tuple[int, int, Run]] = []
    line_start = 0
    for line in text.split("\n"):
        line_end = line_start + len(line)
        paragraph = docx.add_paragraph()
        cuts = sorted({line_start, line_end} | {b for b in bounds if line_start < b < line_end})
        for start, end in zip(cuts, cuts[1:], strict=False):
            if start == end:
                continue
            marked = any(a <= start and end <= b for a, b in marks)
            segment = _Segment(start, end, statuses.get(start), marked)
            run = paragraph.add_run(_plain(text[start:end]))
            if segment.status is not None:
                _shade(run, SHADES[segment.status])
            if segment.marked:
                _mark(run)
            runs.append((start, end, run))
        line_start = line_end + 1

    for annotation, anchor in placed:
        covered = [run for start, end, run in runs if anchor.start <= start and end <= anchor.end]
        if covered:
            docx.add_comment(covered, _plain(_comment(annotation, tags)), author=COMMENT_AUTHOR,
                             initials=COMMENT_INITIALS)
        else:  # an anchor on line breaks only: no text to hang it on
            docx.add_comment(heading_run, _plain(_comment(annotation, tags)), author=COMMENT_AUTHOR,
                             initials=COMMENT_INITIALS)
    embed_cjk_font(docx)  # Hangul and Han as glyphs where the reader has no such font
    out = io.BytesIO()
    docx.save(out)
    return out.getvalue()


def _statuses(comparison: Comparison, side: Side) -> dict[int, str]:
    """Each character offset that begins a piece of a statement → that statement's status. Offsets are
    looked up at the start of each run; runs never straddle a statement's bounds."""
    document = comparison.document(side)
    by_statement: dict[int, str] = {}
    for link in comparison.links:
        for index in getattr(link, side):
            by_statement[index] = link.status
    found: dict[int, str] = {}
    for statement in document.statements:
        status = by_statement.get(statement.index, "one-sided")
        for offset in range(statement.start, statement.end):
            found[offset] = status
    return found


def _marks(comparison: Comparison, side: Side) -> list[tuple[int, int]]:
    """The spans of the words that differ on this side: the link's word differences, and in a differing
    link the words its reasons cite (figures, times, speakers, stances) where its statements hold them."""
    document = comparison.document(side)
    spans: set[tuple[int, int]] = set()
    for link in comparison.links:
        spans |= {(a, b) for a, b in link.differences.get(side, []) if a < b}
        spans |= _cited(comparison, link, side)
    text_length = len(document.text)
    merged: list[tuple[int, int]] = []
    for start, end in sorted((max(0, a), min(b, text_length)) for a, b in spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        elif start < end:
            merged.append((start, end))
    return merged


def _cited(comparison: Comparison, link: Link, side: Side) -> set[tuple[int, int]]:
    """In a differing link, the words its reasons cite, as this side writes them; in any link, the terms
    of the topics only this side raises in it."""
    words = {fact.written for reason in link.reasons if reason.kind != "terms" and link.status == "differ"
             for fact in reason.facts[side] if fact.written}
    topics = {fact.value for reason in link.reasons if reason.kind == "terms" for fact in reason.facts[side]}
    found = set()
    analyses = comparison.analyses[side]
    for index in getattr(link, side):
        statement = comparison.document(side).statements[index]
        terms = analyses[index].terms if index < len(analyses) else {}
        for topic in topics:
            found |= {(statement.start + a, statement.start + b) for a, b in terms.get(f"topic:{topic}", [])}
        for word in words:
            at = statement.text.find(word)
            while at >= 0:
                found.add((statement.start + at, statement.start + at + len(word)))
                at = statement.text.find(word, at + len(word))
    return found


def _comment(annotation: Annotation, tags: Mapping[str, str]) -> str:
    tag = tags.get(annotation.tag, annotation.tag)
    return f"{tag}: {annotation.note}" if annotation.note else tag


def _plain(text: str) -> str:
    """Text as a Word run holds it one for one: python-docx would make a carriage return a line break."""
    return xml_safe(text).replace("\r", "\ufffd")


def _shade(run: Run, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    run._r.get_or_add_rPr().append(shading)


def _mark(run: Run) -> None:
    run.bold = True
    run.underline = True
