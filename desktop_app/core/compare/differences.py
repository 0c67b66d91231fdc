"""The words that differ inside a linked pair of the same language: what the panes and the report mark.

Words are compared as a diff tool would, in order; Korean and Chinese character by character, as they
are not written with spaces between words. Across languages every word differs, so nothing is marked:
the link's reasons say what matters there.
"""

from __future__ import annotations

import difflib
import re

from desktop_app.core.model import Side, Statement

_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")


def _units(statement: Statement) -> list[tuple[str, int, int]]:
    """(unit, start, end) in document offsets: words, and single characters for CJK."""
    units: list[tuple[str, int, int]] = []
    skip = len(statement.marker)  # "1.", "o": layout, not wording
    for match in _WORD.finditer(statement.text, skip):
        word = match.group()
        start = statement.start + match.start()
        if _CJK.search(word):
            units.extend((c, start + k, start + k + 1) for k, c in enumerate(word))
        else:
            units.append((word.lower(), start, start + len(word)))
    return units


def word_differences(left: list[Statement], right: list[Statement]) -> dict[Side, list[tuple[int, int]]]:
    """Spans of the words (CJK: characters) only one side of a same-language link uses."""
    result: dict[Side, list[tuple[int, int]]] = {"left": [], "right": []}
    languages = {s.language for s in (*left, *right)}
    if len(languages) != 1:
        return result  # across languages every word differs; the reasons say what matters
    left_units = [u for s in left for u in _units(s)]
    right_units = [u for s in right for u in _units(s)]
    matcher = difflib.SequenceMatcher(None, [u[0] for u in left_units], [u[0] for u in right_units],
                                      autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        result["left"].extend(_merge_spans(left_units[i1:i2]))
        result["right"].extend(_merge_spans(right_units[j1:j2]))
    return result


def _merge_spans(units: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for _, start, end in units:
        if spans and start - spans[-1][1] <= 1:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans
