"""What `parallax inspect` prints: a readout's metadata and its numbered statements with speaker and
stance, or a project's documents, links and annotations, wrapped to the terminal's width."""

from __future__ import annotations

import shutil
import textwrap

from desktop_app.core.model import SIDE_NAMES, SIDES, Document, side_names
from desktop_app.core.project.file import Project


def describe(document: Document) -> str:
    """A readout's metadata and its numbered statements with speaker and stance, for the terminal."""
    meta = document.metadata
    width = max(60, min(shutil.get_terminal_size().columns, 120))
    encoding = f", {document.encoding}" + ("" if document.encoding_detected else " (as requested)")
    lines = [f"{document.name}  ({document.format}{encoding if document.encoding else ''})"]
    fields = {
        "title": meta.title,
        "language": ", ".join(meta.languages) or meta.language,
        "side": f"{meta.side} ({SIDE_NAMES.get(meta.side, 'side unknown')})"
        + (f": {'; '.join(meta.side_evidence)}" if meta.side_evidence else ""),
        "publisher": meta.publisher,
        "date": meta.date and f"{meta.date.iso} ({meta.date.text})",
        "place": meta.place,
        "participants": ", ".join(meta.participants),
        "address": meta.address and f"{meta.address} (fetched {meta.fetched})",
    }
    for key, value in fields.items():
        if value:
            lines.extend(_wrap(f"  {key + ':':<14}{value}", width, indent=16))
    paragraphs = len({s.paragraph for s in document.statements})
    lines.append(f"  {'statements:':<14}{len(document.statements)} in {paragraphs} paragraphs")
    lines.extend(f"  warning: {w}" for w in document.warnings)
    lines.append("")
    for statement in document.statements:
        who = statement.speaker or "—"
        if statement.speaker_carried:
            who += " (cont.)"
        head = f"  {statement.index + 1:>3}  ¶{statement.paragraph + 1:<3} {who} · {statement.stance or '—'}"
        lines.append(head)
        lines.extend(_wrap(statement.clean_text, width, indent=7, first_indent=7))
    if document.boilerplate:
        lines.append("")
        lines.append("  not statements:")
        for span in document.boilerplate:
            snippet = " ".join(document.text[span.start:span.end].split())
            lines.extend(_wrap(f"[{span.reason}] {snippet}", width, indent=6, first_indent=4))
    return "\n".join(lines) + "\n\n"


def describe_project(project: Project) -> str:
    """A project's documents, links and annotations, for the terminal."""
    comparison = project.comparison
    width = max(60, min(shutil.get_terminal_size().columns, 120))
    summary = comparison.summary()
    lines = []
    for side in ("left", "right"):
        document = comparison.document(side)
        label = SIDE_NAMES.get(project.side_labels.get(side, document.metadata.side), "side unknown")
        lines.append(f"{side}: {document.name} ({label}, {document.metadata.language}, "
                     f"{len(document.statements)} statements)")
    lines.append(f"links: {summary.links} ({summary.agree} agree, {summary.differ} differ); one-sided: "
                 f"{summary.one_sided['left']} left, {summary.one_sided['right']} right; "
                 f"corrections: {len(project.corrections)}; annotations: {len(project.annotations)}")
    lines.append("")
    names = side_names({side: project.side_labels.get(side, comparison.document(side).metadata.side)
                        for side in SIDES})
    labels = {side: f"the {names[side]}" for side in SIDES}
    for link in comparison.links:
        ids = " ".join(f"L{i + 1}" for i in link.left) + " ↔ " + " ".join(f"R{j + 1}" for j in link.right)
        reasons = " ".join(r.describe(labels) for r in link.reasons)
        manual = " (by hand)" if link.manual else ""
        lines.extend(_wrap(f"{ids}: {link.status}{manual}" + (f" — {reasons}" if reasons else ""),
                           width, indent=6, first_indent=2))
    tags = {tag.id: tag.name for tag in project.codebook}
    if project.annotations:
        lines += ["", "annotations:"]
    for annotation in project.annotations:
        where = ", ".join(f"{a.side} {a.start}-{a.end}" for a in annotation.anchors)
        state = " ORPHANED" if annotation.orphaned else ""
        quote = " ".join(annotation.anchors[0].quote.split())
        lines.extend(_wrap(f"[{tags.get(annotation.tag, annotation.tag)}] on {annotation.target} ({where})"
                           f"{state}: “{quote[:80]}” — {annotation.note}", width, indent=6, first_indent=2))
    return "\n".join(lines) + "\n"


def _wrap(text: str, width: int, indent: int, first_indent: int = 0) -> list[str]:
    return textwrap.wrap(
        text, width=width, initial_indent=" " * first_indent, subsequent_indent=" " * indent,
        break_long_words=True, break_on_hyphens=False,
    ) or [""]
