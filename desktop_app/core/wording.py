"""The report's own words in English, Korean, Simplified or Traditional Chinese, chosen at export.

Every sentence, heading and label the report writes itself is an English message, looked up with
`tr(language, message, **values)`: English as it is, Korean and Chinese from a catalogue kept as data
(`resources/report/ko.yaml`, `zh.yaml`: English message → translation, with the same named
placeholders; `zh_TW.yaml` is derived from `zh.yaml` at build time, with the lexicon's Simplified topic
labels and place names in Traditional characters). What the readouts say — statements, headlines,
names, places as written — is never translated; topic labels come from the lexicon (`topics.yaml`).

Besides messages, the few things each language writes its own way: dates (20 April 2028, 2028년 4월
20일, 2028年4月20日), large figures (400 billion, 4000억, 4000亿), lists (a, b and c; a, b 및 c;
a、b和c), sentence ends and the name of a meeting ("Korea–China summit, Beijing, 20 April" against
"한중 정상회담(베이징, 4월 20일)"). No Qt here: the core builds the report, the GUI only lays it out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from functools import cache

from desktop_app.core.resources import load_yaml_resource

REPORT_LANGUAGES = ("en", "ko", "zh", "zh_TW")
DEFAULT_LANGUAGE = "en"
LANGUAGE_CHOICES = {"en": "English", "ko": "한국어 (Korean)", "zh": "简体中文 (Chinese)",
                    "zh_TW": "繁體中文 (Traditional Chinese)"}  # for menus
CHINESE = ("zh", "zh_TW")  # Simplified and Traditional: one way of writing, two scripts
DERIVED = {"zh_TW": "zh"}  # a language whose catalogue is derived from another's, at build time
_HTML_LANGUAGES = {"zh_TW": "zh-Hant"}  # report language → the HTML (BCP 47) tag, where they differ
# The few words the code writes itself in each language: Korea–China, and the units of large figures.
_KOREA_CHINA = {"ko": "한중", "zh": "中韩", "zh_TW": "中韓"}
_UNITS = {"ko": ((1e12, "조"), (1e8, "억"), (1e4, "만")), "zh": ((1e12, "万亿"), (1e8, "亿"), (1e4, "万")),
          "zh_TW": ((1e12, "兆"), (1e8, "億"), (1e4, "萬"))}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_FIELD = re.compile(r"\{(\w+)\}")
# The words the engine uses as values: stances, times, attribution; shown in the report's language.
_SCALES = {"trillion": 1e12, "billion": 1e9, "million": 1e6}


def check_language(language: str) -> str:
    """The language code, or ValueError naming the ones there are."""
    if language not in REPORT_LANGUAGES:
        raise ValueError(f"unknown report language {language!r} (known: {', '.join(REPORT_LANGUAGES)})")
    return language


@cache
def catalogue(language: str) -> dict[str, str]:
    """English message → its translation, for Korean or Chinese; empty for English."""
    if language == DEFAULT_LANGUAGE:
        return {}
    data = load_yaml_resource("report", f"{check_language(language)}.yaml") or {}
    return {str(english): str(translated) for english, translated in (data.get("messages") or {}).items()}


def tr(language: str, message: str, /, **values: object) -> str:
    """`message` in `language`, its {named} placeholders filled with `values`. A message the catalogue
    lacks stays English (a test sees that none does)."""
    text = catalogue(language).get(message, message) if language != DEFAULT_LANGUAGE else message
    return text.format(**values) if values else text


@cache
def _names(language: str) -> dict[str, str]:
    """A derived language's forms of the lexicon's names (Simplified → Traditional); empty for others."""
    if language not in DERIVED:
        return {}
    data = load_yaml_resource("report", f"{language}.yaml") or {}
    return {str(k): str(v) for k, v in (data.get("names") or {}).items()}


def name_in(names: Mapping[str, str], language: str) -> str | None:
    """A lexicon entry's name (a topic label, a place) in `language`, from its names by language: its
    own, else its base language's converted (the Simplified name in Traditional for "zh_TW"); None when
    it has neither."""
    if names.get(language):
        return names[language]
    base = DERIVED.get(language)
    return _names(language).get(names[base], names[base]) if base and names.get(base) else None


def html_language(language: str) -> str:
    """The report language as an HTML lang attribute: "zh_TW" → "zh-Hant"."""
    return _HTML_LANGUAGES.get(language, language)


def placeholders(message: str) -> set[str]:
    return set(_FIELD.findall(message))


def known(language: str, word: str) -> str:
    """An engine word (a stance such as "agreed", a time such as "early date", a language name, a kind
    of meeting) in `language`, or as it is when the catalogue has no entry for it."""
    if language == DEFAULT_LANGUAGE:
        return word
    return catalogue(language).get(word, word)


# ------------------------------------------------------------------------------------ punctuation


def listed(values: list[str], language: str, nothing: str | None = None) -> str:
    """ "a, b and c" / "a, b 및 c" / "a、b和c"; `nothing` (default: "nothing" in the language) when empty."""
    if not values:
        return nothing if nothing is not None else tr(language, "nothing")
    if len(values) == 1:
        return values[0]
    if language in CHINESE:
        return "、".join(values[:-1]) + "和" + values[-1]
    if language == "ko":
        return ", ".join(values[:-1]) + " 및 " + values[-1]
    return ", ".join(values[:-1]) + " and " + values[-1]


def series(values: list[str], language: str) -> str:
    """Items one after another, with no "and": "a, b" / "a、b"."""
    return ("、" if language in CHINESE else ", ").join(values)


def clauses(values: list[str], language: str) -> str:
    """Clauses of one sentence: "a; b" / "a；b"."""
    return ("；" if language in CHINESE else "; ").join(values)


def sentence(text: str, language: str) -> str:
    """A clause as a sentence: capitalised, with the language's full stop."""
    if language in CHINESE:
        return text + "。"
    return text[:1].upper() + text[1:] + "."


# ------------------------------------------------------------------------------------------- dates


def readable_date(iso: str, language: str = DEFAULT_LANGUAGE) -> str:
    """ "2029-06-18" → "18 June 2029", "2029년 6월 18일", "2029年6月18日"; "--06-18" without the year;
    anything else as it is."""
    match = re.fullmatch(r"(\d{4}|-)-(\d\d)(?:-(\d\d))?", iso)
    if not match or not 1 <= int(match[2]) <= 12:
        return iso
    year = match[1] if match[1] != "-" else None
    month = int(match[2])
    day = int(match[3]) if match[3] else None
    if language == "ko":
        parts = [f"{year}년"] if year else []
        parts.append(f"{month}월")
        if day:
            parts.append(f"{day}일")
        return " ".join(parts)
    if language in CHINESE:
        return (f"{year}年" if year else "") + f"{month}月" + (f"{day}日" if day else "")
    parts = [str(day)] if day else []
    parts.append(_MONTHS[month - 1])
    if year:
        parts.append(year)
    return " ".join(parts)


def generated_text(when: datetime, language: str = DEFAULT_LANGUAGE) -> str:
    """When the report was made, in UTC: "2028-04-20 10:00 UTC", "2028년 4월 20일 10:00(UTC)"."""
    if language == DEFAULT_LANGUAGE:
        return when.strftime("%Y-%m-%d %H:%M UTC")
    day = readable_date(when.strftime("%Y-%m-%d"), language)
    time = when.strftime("%H:%M")
    return f"{day} {time}(UTC)" if language == "ko" else f"{day} {time}（UTC）"


# ----------------------------------------------------------------------------------------- figures


def figure(value: str, language: str) -> str:
    """A figure the engine wrote in English words ("400 billion", "1.2 trillion", "35") as the language
    writes it: 4000억, 1.2조; 4000亿, 1.2万亿. Anything else as it is."""
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(?: (trillion|billion|million))?", value)
    if language == DEFAULT_LANGUAGE or not match or not match[2]:
        return value
    number = float(match[1]) * _SCALES[match[2]]
    for scale, unit in _UNITS[language]:
        if number >= scale:
            return f"{number / scale:g}{unit}"
    return f"{number:g}"


def value_words(value: str, language: str) -> str:
    """A compared value (a figure, a time such as "early date", a year range) in the language."""
    if language == DEFAULT_LANGUAGE:
        return value
    if re.fullmatch(r"\d+(?:\.\d+)? (?:trillion|billion|million)", value):
        return figure(value, language)
    return known(language, value)


# ----------------------------------------------------------------------------------------- meeting


def countries(codes: tuple[str, str], language: str) -> str | None:
    """ "Korea–China" / "한중" / "中韩" for a Korean and a Chinese readout; None otherwise."""
    if set(codes) != {"KR", "CN"}:
        return None
    if language in _KOREA_CHINA:
        return _KOREA_CHINA[language]
    return "Korea–China" if codes == ("KR", "CN") else "China–Korea"


def meeting_name(kind: str | None, between: str | None, place: str | None, when: str | None,
                 language: str) -> str | None:
    """ "한중 외교장관회담(베이징, 2028년 4월 20일)" / "中韩外长会谈（北京，2028年4月20日）"; None when
    nothing is known. (English names are made by `core.meeting.meeting_name`.)"""
    if not (kind or place or when):
        return None
    what = known(language, kind or "meeting")
    if language in CHINESE:
        name = (between or "") + what
        details = "，".join(part for part in (place, when) if part)
        return f"{name}（{details}）" if details else name
    name = " ".join(part for part in (between, what) if part)
    details = ", ".join(part for part in (place, when) if part)
    return f"{name}({details})" if details else name


@cache
def _place_names() -> dict[str, dict[str, str]]:
    """Every name of every place in the glossary → the place's first name in each language."""
    names: dict[str, dict[str, str]] = {}
    for entry in load_yaml_resource("lexicon", "entities.yaml").get("entities") or []:
        if not isinstance(entry, dict) or entry.get("kind") != "place":
            continue
        by_language = {lang: str(words[0]) for lang, words in (entry.get("names") or {}).items() if words}
        for words in (entry.get("names") or {}).values():
            for name in words or []:
                names.setdefault(str(name).casefold(), by_language)
    return names


def place_name(place: str | None, language: str) -> str | None:
    """A place the glossary knows, by its name in `language` (Beijing → 베이징, 北京); else as written."""
    if not place or language == DEFAULT_LANGUAGE:
        return place
    return name_in(_place_names().get(place.casefold(), {}), language) or place
