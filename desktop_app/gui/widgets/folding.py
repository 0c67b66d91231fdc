"""Folding a readout's agreeing paragraphs away (View ▸ Fold Agreeing Statements): which paragraphs
fold, hiding them, and the room left for the one-line placeholder ("⋯ 3 agreeing statements folded")
that the view (readout_view.py) draws where each run of them was.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument

Fold = tuple[int, int, int]  # first and last paragraph (block number), statements in them


def fold_runs(block_statements: list[list[int] | None], foldable: list[bool]) -> list[Fold]:
    """The runs of paragraphs to fold: (first, last, number of statements in them). A paragraph folds
    when all its statements are foldable; a blank one (an empty list) folds inside a run; text that is no
    statement (None: a heading left out of the comparison) stays, and ends the run."""
    runs: list[Fold] = []
    start: int | None = None
    last = -1
    folded: set[int] = set()
    for number, statements in enumerate(block_statements):
        if statements == []:
            continue
        if statements is not None and all(i < len(foldable) and foldable[i] for i in statements):
            if start is None:
                start, folded = number, set()
            folded.update(statements)
            last = number
            continue
        if start is not None:
            runs.append((start, last, len(folded)))
        start = None
    if start is not None:
        runs.append((start, last, len(folded)))
    return runs


def block_statements(document: QTextDocument, starts: list[int], ends: list[int]) -> list[list[int] | None]:
    """Per paragraph (block), the statements with text in it; None for text that is no statement."""
    result: list[list[int] | None] = [[] for _ in range(document.blockCount())]
    for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
        first = document.findBlock(start).blockNumber()
        last = document.findBlock(max(start, end - 1)).blockNumber()
        for number in range(max(first, 0), last + 1):
            result[number].append(index)  # type: ignore[union-attr]
    block = document.begin()
    while block.isValid():
        if not result[block.blockNumber()] and block.text().strip():
            result[block.blockNumber()] = None
        block = block.next()
    return result


def hide_folded(document: QTextDocument, runs: list[Fold]) -> None:
    """Every paragraph inside a run hidden, every other one shown."""
    hidden = {number for first, last, _count in runs for number in range(first, last + 1)}
    block = document.begin()
    while block.isValid():
        visible = block.blockNumber() not in hidden
        if block.isVisible() != visible:
            block.setVisible(visible)
        block = block.next()


def make_room(document: QTextDocument, runs: list[Fold], spaced: set[int], room: float) -> set[int]:
    """Room (`room` pixels) for each placeholder line: a margin under the paragraph before the fold
    (above the one after it, for a fold at the very top). `spaced` are the paragraphs given room before,
    which lose it if no longer needed; returns those given room now."""
    wanted: dict[int, tuple[float, float]] = {}
    for first, last, _count in runs:
        if first > 0:
            top, bottom = wanted.get(first - 1, (0.0, 0.0))
            wanted[first - 1] = (top, room)
        elif last + 1 < document.blockCount():
            top, bottom = wanted.get(last + 1, (0.0, 0.0))
            wanted[last + 1] = (room, bottom)
    for number in set(spaced) | set(wanted):
        top, bottom = wanted.get(number, (0.0, 0.0))
        block = document.findBlockByNumber(number)
        block_format = block.blockFormat()
        if (block_format.topMargin(), block_format.bottomMargin()) == (top, bottom):
            continue
        block_format.setTopMargin(top)
        block_format.setBottomMargin(bottom)
        cursor = QTextCursor(block)
        cursor.setBlockFormat(block_format)
    return set(wanted)
