"""Which language a piece of readout text is in, and which script a character belongs to.

Readouts come in English, Korean, Chinese and German (other languages are rare); the script decides
CJK at once, and a handful of function words tells the Latin-script languages apart.
"""

from __future__ import annotations

import re
from collections import Counter

# Each script's code points, once: as character classes, so that a whole text is counted in C (a loop
# over its characters in Python was most of the time it took to read a readout), and one character is
# tested with the same class.
_HANGUL = "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f"
_KANA = "\u3040-\u30ff"
_HAN = "\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0002fa1f"
_SCRIPTS = {"hangul": re.compile(f"[{_HANGUL}]"), "kana": re.compile(f"[{_KANA}]"),
            "han": re.compile(f"[{_HAN}]")}
CJK_CHARACTER = re.compile(f"[{_HANGUL}{_KANA}{_HAN}]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def is_hangul(ch: str) -> bool:
    return _SCRIPTS["hangul"].fullmatch(ch) is not None


def is_han(ch: str) -> bool:
    return _SCRIPTS["han"].fullmatch(ch) is not None


def is_cjk(ch: str) -> bool:
    """A character of a script written without spaces between words (Han, kana) or Hangul."""
    return CJK_CHARACTER.fullmatch(ch) is not None


def cjk_count(text: str) -> int:
    """How many characters of `text` are Han, kana or Hangul (`is_cjk`)."""
    return len(CJK_CHARACTER.findall(text))


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

# Frequent function words; enough to separate the Latin-script languages readouts come in.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to in is that for with on was were as by said will its their".split()),
    "de": frozenset("der die das und ist nicht mit von zu den für auf des im dem sich ein eine beide"
                    .split()),
    "fr": frozenset("le la les et des du est une dans pour que avec sur au aux".split()),
    "es": frozenset("el la los las y del en que por para con una se al".split()),
}


def script_counts(text: str) -> Counter[str]:
    """Characters of each script: hangul, kana, han, and among the other letters cyrillic and latin."""
    counts: Counter[str] = Counter()
    for script, pattern in _SCRIPTS.items():
        if found := len(pattern.findall(text)):
            counts[script] = found
    rest = CJK_CHARACTER.sub("", text)
    letters = sum(map(str.isalpha, rest))
    cyrillic = sum(map(str.isalpha, "".join(_CYRILLIC.findall(rest))))
    if cyrillic:
        counts["cyrillic"] = cyrillic
    if letters - cyrillic:
        counts["latin"] = letters - cyrillic
    return counts


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or "und" when there is too little to tell."""
    counts = script_counts(text)
    letters = sum(counts.values())
    if letters == 0:
        return "und"
    # Korean and Japanese mix Han characters into their own script; a modest share of theirs decides.
    if counts["hangul"] >= max(2, 0.2 * letters):
        return "ko"
    if counts["kana"] >= max(2, 0.1 * letters):
        return "ja"
    # CJK characters carry a word or more each, so they outweigh the Latin letters of names and acronyms.
    if counts["han"] * 3 >= counts["latin"] and counts["han"] >= 2:
        return "zh"
    if counts["cyrillic"] > counts["latin"]:
        return "ru"
    words = Counter(map(str.lower, _WORD.findall(text)))
    # Each language's function words among the text's words, found by a set operation (in C).
    scores = {lang: sum(words[w] for w in vocab.intersection(words))
              for lang, vocab in _FUNCTION_WORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] == 0:
        return "en" if counts["latin"] else "und"
    return best
