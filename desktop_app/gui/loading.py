"""Reading readouts for the window: the jobs the worker runs (no Qt here, so they run on any thread).

Every failure a user can cause (a missing file, a folder, an image, undecodable bytes …) arrives as a
`DocumentError` with a one-line message; the window shows it and keeps what it had.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.workspace.session import SIDES, Side

if TYPE_CHECKING:
    from desktop_app.core.compare.comparison import Comparison
    from desktop_app.core.model import Document
    from desktop_app.core.settings import AlignmentSettings


def read_file(path: Path) -> Document:
    from desktop_app.core.documents import load_document

    return load_document(path)


def read_text(text: str) -> Document:
    from desktop_app.core.documents import document_from_text

    return document_from_text(text)


@dataclass
class PairResult:
    paths: dict[Side, Path]
    documents: dict[Side, Document] = field(default_factory=dict)
    errors: dict[Side, str] = field(default_factory=dict)
    comparison: Comparison | None = None


def read_pair(left: Path, right: Path, settings: AlignmentSettings, lexicon_file: str | None) -> PairResult:
    """Read two readouts and, when both could be read, align them: one job for the first picture."""
    from desktop_app.core.model import DocumentError
    from desktop_app.pipeline import compare_readouts

    result = PairResult({"left": left, "right": right})
    for side in SIDES:
        try:
            result.documents[side] = read_file(result.paths[side])
        except DocumentError as error:
            result.errors[side] = str(error)
    if len(result.documents) == 2:
        result.comparison = compare_readouts(result.documents["left"], result.documents["right"], settings,
                                             lexicon_file=lexicon_file, wait_for_embedding=False)
    return result
