"""The one use case every front end runs: two readouts (with the user's corrections, lexicon and
settings) → a Comparison. The command line, the batch and the window all come through here, so that
they align with the same options and apply corrections the same way.

The engine is imported when a comparison is first asked for: the window and `parallax --version`
import this module at start and must not pay for numpy and the aligner then.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.core.compare.comparison import Comparison
    from desktop_app.core.compare.corrections import Correction
    from desktop_app.core.model import Document
    from desktop_app.core.settings import AlignmentSettings


def compare_readouts(left: Document, right: Document, settings: AlignmentSettings | None = None, *,
                     lexicon_file: str | Path | None = None, corrections: Sequence[Correction] = (),
                     wait_for_embedding: bool = True,
                     progress: Callable[[int, int], bool] | None = None) -> Comparison:
    """Align two readouts and classify every link, then apply the user's corrections in order.

    `settings` default to the built-in ones; `lexicon_file` extends the built-in lexicon. Without
    `wait_for_embedding` (the window), a sentence model still loading is not waited for: the
    comparison is made without it and says so. `progress(done, total)` follows the embedding.
    """
    from desktop_app.core.compare.comparison import compare
    from desktop_app.core.compare.corrections import apply_corrections
    from desktop_app.core.settings import DEFAULT_SETTINGS

    comparison = compare(left, right, settings or DEFAULT_SETTINGS, lexicon_file=lexicon_file,
                         progress=progress, wait_for_embedding=wait_for_embedding)
    if corrections:
        apply_corrections(comparison, list(corrections))
    return comparison
