"""Statements built straight from text for attribution and metadata tests, without the segmenter:
paragraphs at blank lines, sentences at . ! ? (before a capital or Hangul) and 。！？."""

from __future__ import annotations

import re

from desktop_app.core.language import detect_language
from desktop_app.core.model import Statement

_MARKER = re.compile(r"^(?:\d{1,2}\.|o|-)\s+")
# Not after "12." (a German ordinal date: "vom 11. bis 12. Dezember").
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\d\.)[”\"’]?\s+(?=[\"“A-Z가-힣])|(?<=[。！？])")


def make_statements(text: str) -> list[Statement]:
    """Paragraphs at blank lines; sentences at . ! ? (before a capital or Hangul) and 。！？."""
    statements: list[Statement] = []
    offset = 0
    for number, paragraph in enumerate(re.split(r"\n\s*\n", text.strip())):
        paragraph = paragraph.strip()
        marker_match = _MARKER.match(paragraph)
        marker = marker_match.group(0).strip() if marker_match else ""
        body = paragraph[marker_match.end():] if marker_match else paragraph
        pieces = [p for p in _SENTENCE_END.split(body) if p and p.strip()]
        for i, piece in enumerate(pieces):
            sentence = (f"{marker} {piece.strip()}" if marker and i == 0 else piece.strip())
            statements.append(Statement(index=len(statements), start=offset, end=offset + len(sentence),
                                        paragraph=number, text=sentence, language=detect_language(sentence),
                                        marker=marker if i == 0 else ""))
            offset += len(sentence) + 1
    return statements
