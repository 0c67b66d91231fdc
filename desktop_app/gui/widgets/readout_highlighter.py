"""The tints of a readout's text (statement status, dimmed boilerplate, differing words), painted as
layers of character formats by a syntax highlighter over the untouched text."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument


class TextLayer:
    """Non-overlapping character ranges, each with a format, searchable by position."""

    def __init__(self, ranges: list[tuple[int, int, QTextCharFormat]]) -> None:
        ranges = sorted(ranges, key=lambda r: r[0])
        self.ranges = ranges
        self.ends = [end for _, end, _ in ranges]

    def within(self, start: int, end: int) -> list[tuple[int, int, QTextCharFormat]]:
        found: list[tuple[int, int, QTextCharFormat]] = []
        k = bisect_right(self.ends, start)
        while k < len(self.ranges) and self.ranges[k][0] < end:
            found.append(self.ranges[k])
            k += 1
        return found


class ReadoutHighlighter(QSyntaxHighlighter):
    """Paints statement tints, dimmed boilerplate and differing words as layers, later over earlier.

    A syntax highlighter rather than formats written into the document: the text stays untouched,
    and a change of filter or palette costs one re-highlight rather than a re-layout of every edit.
    """

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.layers: list[TextLayer] = []

    def set_layers(self, layers: list[TextLayer]) -> None:
        self.layers = layers
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        start = self.currentBlock().position()
        end = start + len(text)
        for layer in self.layers:
            for range_start, range_end, char_format in layer.within(start, end):
                first, last = max(range_start, start), min(range_end, end)
                if last > first:
                    self.setFormat(first - start, last - first, char_format)
