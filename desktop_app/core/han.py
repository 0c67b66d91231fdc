"""Han characters across scripts and languages: Traditional → Simplified, and Chinese read in Hangul.

Both conversions work character by character, so a converted text keeps every offset of the original.
- `simplified`: Traditional Chinese matched against the lexicon's Simplified terms (臺灣 → 台湾).
- `hangul_reading`: Chinese written in Korean sound (自由贸易协定 → 자유무역협정). Korean political
  vocabulary is largely Sino-Korean, so a Korean and a Chinese statement on the same point share many
  such words, which character bigrams then find. Korean writes some syllables differently at a word's
  start (력 → 역, 류 → 유); `fold_initial_sounds` writes them one way everywhere, on both sides.
The table is resources/lexicon/hanja.tsv, made from Unicode's Unihan data.
"""

from __future__ import annotations

import re
from functools import cache

from desktop_app.core.resources import resource_path

_ANY_HAN = re.compile(r"[\u4e00-\u9fff]")  # the table's range
_HANGUL_BASE = 0xAC00
_INITIALS = 19
_MEDIALS = 21
_FINALS = 28
_RIEUL, _NIEUN, _IEUNG = 5, 2, 11
# Medials (vowels) before which an initial ㄹ or ㄴ is dropped at a word's start: i and the y-vowels.
_Y_VOWELS = frozenset({2, 3, 6, 7, 12, 17, 20})  # ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ


@cache
def _table() -> tuple[dict[int, str], dict[int, str]]:
    """(character → Simplified form, character → Hangul reading), as str.translate tables."""
    simple: dict[int, str] = {}
    reading: dict[int, str] = {}
    with resource_path("lexicon", "hanja.tsv").open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            char, simplified, hangul = line.rstrip("\n").split("\t")
            if simplified != char:
                simple[ord(char)] = simplified
            if hangul:
                reading[ord(char)] = hangul
    return simple, reading


def simplified(text: str) -> str:
    """The text with Traditional characters in their Simplified form (same length)."""
    if not _ANY_HAN.search(text):
        return text  # most text is Latin or Hangul: a search is much cheaper than a translation
    return text.translate(_table()[0])


def hangul_reading(text: str) -> str:
    """The text with every Han character replaced by its Korean reading (same length)."""
    return text.translate(_table()[1])


@cache
def _fold(char: str) -> str:
    code = ord(char) - _HANGUL_BASE
    if not 0 <= code < _INITIALS * _MEDIALS * _FINALS:
        return char
    initial, rest = divmod(code, _MEDIALS * _FINALS)
    medial = rest // _FINALS
    if initial == _RIEUL:
        initial = _IEUNG if medial in _Y_VOWELS else _NIEUN
    if initial == _NIEUN and medial in _Y_VOWELS:
        initial = _IEUNG
    return chr(_HANGUL_BASE + initial * _MEDIALS * _FINALS + rest)


def fold_initial_sounds(text: str) -> str:
    """Hangul with initial ㄹ and ㄴ written as at a word's start (류 → 유, 력 → 역, 녀 → 여), so a
    Sino-Korean syllable compares alike wherever it stands in a word."""
    return "".join(_fold(c) for c in text)
