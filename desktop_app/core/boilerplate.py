"""Site furniture: the lines of a saved page or news copy that are not statements of the meeting.

Menus and skip links, breadcrumbs, social and share links, photo captions and credits, bylines and
stand-alone date lines are recognised line by line here; titles and section headings are recognised by
the segmenter, which knows where the body starts. The word lists live in resources/lexicon/boilerplate.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from desktop_app.core.datelines import EN_DATELINE
from desktop_app.core.language import CJK_CHARACTER, cjk_count
from desktop_app.core.resources import load_yaml_resource

# A line this long is prose, whatever words it contains.
_MAX_FURNITURE_WORDS = 16

# Bounded parts (an address's local part is at most 64 characters): unbounded ones backtrack
# quadratically over a long run of word characters.
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_BYLINE_WORDS = 10  # a byline names a reporter and an address; a longer line is prose that cites one
_BREADCRUMB_SEPARATOR = re.compile(r"\s*(?:>|›|»|＞|→)\s*")
_ANGLE_LINE = re.compile(r"^[<＜〈《][^<>＜＞]{1,60}[>＞〉》]$")
_LIST_MARKER = re.compile(r"^(?:\d{1,2}[.)]|[-•*·])\s+")
_TRIM = " \t\u00a0\u3000|·•-–—*[]()<>【】「」:：.。"

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    "januar|februar|märz|mai|juni|juli|oktober|dezember"
)
# A line that is nothing but a date, possibly labelled ("Date: …", "Posted on …", "2028.11.07 15:30").
_DATE_LINE = re.compile(
    rf"""^(?:(?:date|posted|updated|published|release\ date|등록일|작성일|发布时间|日期|datum)
        \s*[:：]?\s*(?:on\s+)?)?
    (?:
        (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*\d{{4}}
      | \d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:{_MONTHS})\.?,?\s*\d{{4}}
      | \d{{4}}\s*[-./年]\s*\d{{1,2}}\s*[-./月]\s*\d{{1,2}}\s*[日.]?(?:\s*\(\w\))?
      | \d{{4}}년\s*\d{{1,2}}월\s*\d{{1,2}}일(?:\s*\(\w\))?
    )
    (?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_BYLINE = re.compile(r"^(?i:by|von|reporting by|written by)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}$")
_EDITORS_NOTE = re.compile(
    r"^\*.*\b(?:translated|published|edited|written|reporting)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class _Vocabulary:
    whole_lines: frozenset[str]
    fragments: tuple[str, ...]
    social_networks: tuple[str, ...]
    toolbar_words: frozenset[str]
    photo_credit: re.Pattern[str]


@cache
def _vocabulary() -> _Vocabulary:
    data = load_yaml_resource("lexicon", "boilerplate.yaml")
    credits = sorted((re.escape(w) for w in data["photo_credits"]), key=len, reverse=True)
    # "… Photo: MOFCOM", "(Photo: Xinhua)", "[사진=외교부]", "Photo by Kim Min-ji/Yonhap"
    photo_credit = re.compile(
        r"(?:^|[\s(\[（【])(?:" + "|".join(credits) + r")\s*(?:[:：=/]|by\b)\s*[^.。]{1,60}[)\]）】]?\s*$",
        re.IGNORECASE,
    )
    return _Vocabulary(
        whole_lines=frozenset(s.lower() for s in data["whole_lines"]),
        fragments=tuple(s.lower() for s in data["fragments"]),
        social_networks=tuple(s.lower() for s in data["social_networks"]),
        toolbar_words=frozenset(s.lower() for s in data["toolbar_words"]),
        photo_credit=photo_credit,
    )


def word_count(text: str) -> int:
    """Words in Latin text; CJK characters count as roughly half a word each."""
    latin_words = len(re.findall(r"[^\W\d_]+", CJK_CHARACTER.sub(" ", text)))
    return latin_words + cjk_count(text) // 2


def furniture_reason(line: str) -> str | None:
    """Why a (stripped) line is site furniture rather than readout content, or None when it is content."""
    vocab = _vocabulary()
    bare = line.strip(_TRIM).lower()
    lowered = line.lower()
    if not bare:
        return "decoration"
    if bare in vocab.whole_lines or _ANGLE_LINE.match(line):
        return "navigation"
    if _EDITORS_NOTE.match(line) or ("@" in line and _EMAIL.search(line)
                                     and word_count(_EMAIL.sub(" ", line)) <= _BYLINE_WORDS):
        return "byline"
    if vocab.photo_credit.search(line):
        return "photo caption"
    if word_count(line) > _MAX_FURNITURE_WORDS:
        return None
    if any(fragment in lowered for fragment in vocab.fragments):
        return "navigation"
    if _is_breadcrumb(line):
        return "breadcrumb"
    if _is_social_link(bare, vocab):
        return "social link"
    if _is_toolbar(lowered, vocab):
        return "share links"
    if _DATE_LINE.match(_LIST_MARKER.sub("", line)):
        return "date line"
    if _BYLINE.match(line):
        return "byline"
    return None


def caption_before_dateline(line: str) -> int:
    """Length of a photo caption glued in front of a wire dateline on the same line, else 0.

    Copy pasted from news sites often runs the caption into the story:
    "Yeo Han-koo, South Korea's trade minister. (Ministry of Trade …)SEOUL, December 30 (AJP) -South Korea …"
    """
    match = EN_DATELINE.search(line)
    if not match or match.start() == 0 or not match["agency"]:
        return 0
    before = line[: match.start()].rstrip()
    # Only a short lead-in that ends a caption (a credit in brackets, or a full stop) is cut off.
    if word_count(before) <= 30 and before.endswith((")", ".", "]")):
        return match.start()
    return 0


def _is_breadcrumb(line: str) -> bool:
    parts = [p for p in _BREADCRUMB_SEPARATOR.split(line) if p]
    return len(parts) >= 2 and all(word_count(p) <= 5 for p in parts) and not line.rstrip().endswith(".")


def _is_social_link(bare: str, vocab: _Vocabulary) -> bool:
    bare = _LIST_MARKER.sub("", bare)
    return any(bare == name or bare.endswith(" " + name) for name in vocab.social_networks)


def _is_toolbar(lowered: str, vocab: _Vocabulary) -> bool:
    words = [w for w in re.split(r"[\s|/·•,]+", lowered.strip(_TRIM)) if w]
    return len(words) >= 2 and all(w.strip(_TRIM) in vocab.toolbar_words for w in words)
