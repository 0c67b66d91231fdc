"""One report written in any format: the renderer behind each format, and the files an export writes.

The renderers are imported when a report is written, so that importing this module (the command line
and the window do at start) loads no engine and no Qt.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.fileio import write_atomic
from desktop_app.core.model import SIDES
from desktop_app.export.formats import EXTENSIONS, FORMATS, PER_READOUT_FORMATS

if TYPE_CHECKING:
    from desktop_app.core.annotations import Annotation, Tag
    from desktop_app.core.report.model import Report


def render(report: Report, fmt: str, paper: str = "A4", *, codebook: Sequence[Tag] | None = None,
           annotations: Sequence[Annotation] = ()) -> str | bytes:
    """The report in one format: text for HTML, Markdown, CSV and JSON; bytes for PDF, xlsx and qdpx.

    The workbook also lists the project's `codebook` (default: the built-in one), and the REFI-QDA
    project carries it and the project's own `annotations` (the report's are without their offsets).
    The marked-up copies are two files: `write_report` writes them, `marked_copies` makes them."""
    if fmt in PER_READOUT_FORMATS:
        raise ValueError(f"the {fmt} format is one file per readout: use write_report or marked_copies")
    if fmt == "pdf":
        from desktop_app.export.pdf import render_pdf  # Qt is loaded only when a PDF is asked for

        return render_pdf(report, paper=paper)[0]  # type: ignore[arg-type]
    if fmt in ("xlsx", "qdpx"):
        tags = _tags(codebook)
        if fmt == "xlsx":
            from desktop_app.core.report.xlsx import report_to_xlsx

            return report_to_xlsx(report, tags)
        from desktop_app.core.report.refiqda import project_to_qdpx

        return project_to_qdpx(report, tags, annotations)
    # The renderers are imported when a report is written: the window imports this module at start.
    from desktop_app.core.report.csv import report_to_csv
    from desktop_app.core.report.html import render_html
    from desktop_app.core.report.json import report_to_json
    from desktop_app.core.report.markdown import report_to_markdown

    renderers: dict[str, Callable[[Report], str]] = {
        "html": render_html, "md": report_to_markdown, "csv": report_to_csv, "json": report_to_json,
    }
    try:
        return renderers[fmt](report)
    except KeyError:
        raise ValueError(f"unknown report format {fmt!r} (known: {', '.join(FORMATS)})") from None


def write_report(report: Report, path: Path, fmt: str, paper: str = "A4", *,
                 codebook: Sequence[Tag] | None = None, annotations: Sequence[Annotation] = ()) -> list[Path]:
    """Render and write atomically; the files written (two for the marked-up copies, see
    `output_paths`). Raises OSError when a file cannot be written."""
    if fmt in PER_READOUT_FORMATS:
        paths = output_paths(report, path, fmt)
        copies = marked_copies(report, codebook=codebook, annotations=annotations, fmt=fmt, paper=paper)
        for side, written in paths.items():
            write_atomic(written, copies[side])
        return list(paths.values())
    write_atomic(path, render(report, fmt, paper, codebook=codebook, annotations=annotations))
    return [path]


def output_paths(report: Report, path: Path, fmt: str) -> dict[str, Path]:
    """The files an export to `path` writes: the path itself, or one per readout (by side)."""
    if fmt not in PER_READOUT_FORMATS:
        return {"report": path}
    from desktop_app.core.report.docx import marked_paths

    paths = marked_paths(path, {side: report.sources[side].code for side in SIDES}, EXTENSIONS[fmt])
    return {str(side): written for side, written in paths.items()}


def marked_copies(report: Report, *, codebook: Sequence[Tag] | None = None,
                  annotations: Sequence[Annotation] = (), fmt: str = "docx", paper: str = "A4"
                  ) -> dict[str, bytes]:
    """Each readout's marked-up copy (.docx or, with fmt "marked-pdf", PDF bytes, by side), with the
    project's `annotations` as comments (margin notes in the PDF) named after their tags in `codebook`
    (default: the built-in one)."""
    from desktop_app.core.report.docx import marked_copy

    if report.comparison is None:
        raise ValueError("marked-up copies need the report's comparison")
    options = {"title": report.cover.title, "labels": {side: report.sources[side].label for side in SIDES},
               "names": {side: report.sources[side].name for side in SIDES},
               "codebook": _tags(codebook),
               "annotations": annotations}
    if fmt == "docx":
        return {side: marked_copy(report.comparison, side, **options) for side in SIDES}  # type: ignore[arg-type]
    from desktop_app.export.marked_pdf import marked_pdf  # Qt is loaded only when a PDF is asked for

    return {side: marked_pdf(report.comparison, side, paper=paper, **options)  # type: ignore[arg-type]
            for side in SIDES}


def _tags(codebook: Sequence[Tag] | None) -> list[Tag]:
    """The project's codebook, or the built-in one."""
    from desktop_app.core.annotations import DEFAULT_CODEBOOK

    return list(codebook) if codebook is not None else list(DEFAULT_CODEBOOK)


def check_writable(path: Path) -> str | None:
    """Why a file could not be written at `path`, or None when it looks writable."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        return "it is a folder"
    if not folder.is_dir():
        return f"no such folder: {folder}"
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return "permission denied"
    return None
