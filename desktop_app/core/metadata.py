"""What a readout says about itself: language, side, publisher, meeting date, place and participants.

Everything is a guess the user can correct, so every side guess comes with the cues behind it
(`Metadata.side_evidence`). The cue words are in `resources/lexicon/sides.yaml`; places come from the
entity glossary (`resources/lexicon/entities.yaml`), with a small built-in list and text patterns as a
fallback.

The meeting's date, place and people are read from the statements that report the meeting itself
("X held talks with Y in Z on …", "…举行会谈", "…회담을 가졌습니다"), since a readout mentions many
other dates and places (the next round of talks, last year's summit).
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from desktop_app.core.datelines import EN_DATELINE, ZH_DATELINE, month_token
from desktop_app.core.han import simplified
from desktop_app.core.language import detect_language
from desktop_app.core.model import LANGUAGE_NAMES, MeetingDate, Metadata, SideCode, Statement
from desktop_app.core.resources import load_yaml_resource
from desktop_app.core.speakers import PeopleIndex, Person, attribute, people_index

LANGUAGE_SHARE = 0.15  # a language counts when it has this share of the statements …
LANGUAGE_MIN_STATEMENTS = 3  # … or at least this many
SIDE_MARGIN = 1.0  # the winning side needs this much more weight than the other
LEADING_STATEMENTS = 3  # where to look for a date when the meeting sentence has none
_SIDES: tuple[SideCode, SideCode] = ("KR", "CN")

_EN_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_EN_MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                   "oct": 10, "nov": 11, "dec": 12})
_DE_MONTHS = {m: i + 1 for i, m in enumerate(
    "januar februar märz april mai juni juli august september oktober november dezember".split())}
_EN_MONTH = "|".join(sorted(_EN_MONTHS, key=len, reverse=True))
_DE_MONTH = "|".join(sorted(_DE_MONTHS, key=len, reverse=True))
_ORDINAL = r"(?:st|nd|rd|th)?"
_DATE_PATTERNS: list[re.Pattern[str]] = [
    re.compile(r"(?:(?P<y>\d{4})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
    re.compile(r"(?:(?P<y>\d{4})\s*년\s*)?(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일(?:\s*\([월화수목금토일]\))?"),
    re.compile(rf"(?<![\w.])(?P<d>\d{{1,2}})\.\s*(?:(?:bis(?:\s+zum)?|[-–])\s*\d{{1,2}}\.\s*)?(?P<m>{_DE_MONTH})"
               r"(?:\s+(?P<y>\d{4}))?(?!\w)", re.IGNORECASE),
    re.compile(rf"(?<![\w])(?P<m>{_EN_MONTH})\.?\s+(?P<d>\d{{1,2}}){_ORDINAL}(?:\s*[-–]\s*\d{{1,2}})?(?![\d\w])"
               r"(?:,?\s+(?P<y>\d{4}))?", re.IGNORECASE),
    re.compile(rf"(?<![\w.])(?P<d>\d{{1,2}}){_ORDINAL}(?:\s*[-–]\s*\d{{1,2}})?\s+(?P<m>{_EN_MONTH})(?![\w])"
               r"(?:,?\s+(?P<y>\d{4}))?", re.IGNORECASE),
]
_YEAR = re.compile(r"\d{4}")
# "20日下午": a day without its month, which comes from the dateline ("新华社北京4月20日电").
_ZH_DAY_ONLY = re.compile(r"(?<![月\d])(?P<d>\d{1,2})日(?:上午|下午|晚上|晚|中午|早上)?")
_DATE_LINE_MAX = 40  # a line of at most this many characters that is only a date is a date line
_DATELINE_REACH = 40  # a date this close to the start of a statement is its dateline ("SEOUL, May 2 …")
# Stances of statements about what is still to come; their dates and places are not the meeting's.
_FORWARD_LOOKING = frozenset(
    {"agreed", "decided", "proposed", "hoped", "invited", "willing", "pledged", "asked", "urged"})


# --------------------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class _Place:
    name: str  # the English canonical name
    names: tuple[str, ...]  # every name in every language
    region: bool  # a province or a venue rather than a city
    country: str | None = None  # "KR", "CN" …, as the glossary gives it


@cache
def _cues() -> dict[str, Any]:
    return load_yaml_resource("lexicon", "sides.yaml") or {}


@cache
def _places() -> tuple[_Place, ...]:
    """Places from the entity glossary, or the fallback list in sides.yaml when it has none."""
    entries: list[dict[str, Any]] = []
    try:
        data = load_yaml_resource("lexicon", "entities.yaml") or {}
    except (OSError, ValueError):  # no glossary (or a broken one): the fallback list still works
        data = {}
    if isinstance(data, dict):
        for key in ("places", "entities"):
            entries += [e for e in data.get(key) or [] if isinstance(e, dict) and e.get("kind") == "place"]
    elif isinstance(data, list):
        entries = [e for e in data if isinstance(e, dict) and e.get("kind") == "place"]
    if not entries:
        entries = list(_cues().get("fallback_places") or [])
    markers = [str(w) for w in _cues().get("region_or_venue_words") or []]
    places = []
    for entry in entries:
        names_by_lang = entry.get("names") or {}
        names = tuple(str(n).replace("’", "'") for lang in names_by_lang.values() for n in lang or [])
        english = [str(n).replace("’", "'") for n in names_by_lang.get("en") or []]
        if not names:
            continue
        region = any(marker in name for name in names for marker in markers)
        places.append(_Place(name=english[0] if english else names[0], names=names, region=region,
                             country=entry.get("country")))
    return tuple(places)


@dataclass(frozen=True)
class PlaceFacts:
    """What the glossary knows of a place a readout names: its country, and whether it is a city."""

    country: str | None
    region: bool  # a province or a venue (a hall, a guesthouse) rather than a city


def place_facts(name: str) -> PlaceFacts | None:
    """The glossary's facts on a place, by any of its names; None for a place it does not know."""
    return _place_facts_by_name().get(_normalise(name).casefold())


@cache
def _place_facts_by_name() -> dict[str, PlaceFacts]:
    """Every name of every place, normalised, to its facts; the first place to use a name keeps it."""
    facts: dict[str, PlaceFacts] = {}
    for place in _places():
        for name in place.names:
            facts.setdefault(_normalise(name).casefold(), PlaceFacts(place.country, place.region))
    return facts


def _normalise(text: str) -> str:
    """Unify the characters cues differ in: apostrophes, dashes, no-break and ideographic spaces, and
    Traditional Chinese characters (the cues are written in Simplified)."""
    text = unicodedata.normalize("NFKC", text)
    return simplified(text.translate(_FOLDS))


_FOLDS = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-", "–": "-", "—": "-",
                        "\u00a0": " ", "\u3000": " "})


def _cue_regex(phrases: list[str]) -> re.Pattern[str] | None:
    return _cue_regex_cached(tuple(phrases))


@cache
def _cue_regex_cached(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """Longest first; Latin phrases on word boundaries (and not inside a longer hyphenated name),
    Hangul phrases not inside a longer word ("한중", not the end of "소중한")."""
    latin: list[str] = []
    hangul: list[str] = []
    other: list[str] = []
    for phrase in sorted({_normalise(p) for p in phrases}, key=len, reverse=True):
        if phrase[:1].isascii() and phrase[:1].isalnum() and phrase[-1:].isascii() and phrase[-1:].isalnum():
            latin.append(re.escape(phrase))
        elif "\uac00" <= phrase[:1] <= "\ud7a3":
            hangul.append(re.escape(phrase))
        else:
            other.append(re.escape(phrase))
    parts = []
    if latin:
        parts.append(rf"(?<![\w-])(?:{'|'.join(latin)})(?![\w-])")
    if hangul:
        parts.append(rf"(?<![가-힣])(?:{'|'.join(hangul)})")
    parts += other
    return re.compile("|".join(parts)) if parts else None


# ------------------------------------------------------------------------------------- the public step


def guess_metadata(text: str, statements: list[Statement], title: str | None = None) -> Metadata:
    """Guess a readout's metadata from its text and statements (attributed or not)."""
    language, languages = _languages(text, statements)
    statements = _attributed(statements)
    people = people_index(statements)
    readout = _Normalised.of(text, statements)
    meeting = _meeting_statements(statements, readout)
    side, evidence = _side(readout.text, language, people, meeting)
    date = _meeting_date(readout, statements, meeting)
    return Metadata(
        title=" ".join(title.split()) if title and title.strip() else None,
        language=language,
        languages=languages,
        side=side,
        side_evidence=evidence,
        publisher=_publisher(readout, language, statements),
        date=date,
        place=_meeting_place(readout, meeting, date),
        participants=_participants(statements, people, meeting),
    )


@dataclass(frozen=True)
class _Normalised:
    """A readout as the cues are searched in: normalised once, with its datelines found once."""

    text: str
    statements: dict[int, str]  # by statement index
    zh_dateline: re.Match[str] | None  # "新华社北京4月20日电"
    en_dateline: re.Match[str] | None  # "BEIJING, April 20 (Xinhua) --"

    @classmethod
    def of(cls, text: str, statements: list[Statement]) -> _Normalised:
        norm = _normalise(text)
        return cls(norm, {st.index: _normalise(st.text) for st in statements},
                   ZH_DATELINE.search(norm),
                   next((m for m in EN_DATELINE.finditer(norm) if _month(month_token(m))), None))


def _attributed(statements: list[Statement]) -> list[Statement]:
    """The statements with speakers; attributed on copies when the caller has not done it yet."""
    if not statements or any(st.speaker_kind for st in statements):
        return statements
    copies = [copy.copy(st) for st in statements]
    attribute(copies)
    return copies


# ----------------------------------------------------------------------------------------- language


def _languages(text: str, statements: list[Statement]) -> tuple[str, list[str]]:
    counts = Counter(st.language for st in statements if st.language and st.language != "und")
    if not counts:
        language = detect_language(text)
        return language, ([] if language == "und" else [language])
    total = sum(counts.values())
    ranked = [lang for lang, _ in counts.most_common()]
    languages = [lang for lang in ranked
                 if counts[lang] >= LANGUAGE_MIN_STATEMENTS or counts[lang] / total >= LANGUAGE_SHARE]
    return ranked[0], languages or ranked[:1]


# ---------------------------------------------------------------------------------------- the meeting


def _meeting_statements(statements: list[Statement], readout: _Normalised) -> list[Statement]:
    """The statements that report the meeting itself, in reading order.

    A statement about a future meeting ("The two sides agreed to hold the next meeting on June 2") names
    a meeting too; its stance (agreed, proposed …) tells it apart from the report of this one. Not so
    the readout's first statement: a news lead reports the meeting it opens with, whatever was agreed
    there ("정의용 실장과 양제츠 위원이 29일 만나 …하기로 합의했다").
    """
    found = []
    for position, st in enumerate(statements):
        if st.stance in _FORWARD_LOOKING and position > 0:
            continue
        regex = _meeting_regex(st.language)
        if st.stance == "met" or (regex is not None and regex.search(readout.statements[st.index])):
            found.append(st)
    return found


@cache
def _meeting_regex(language: str) -> re.Pattern[str] | None:
    """The words that report a meeting in a language; every language's when it has none of its own."""
    words = _cues().get("meeting_words") or {}
    regex = _cue_regex([str(w) for w in words.get(language) or [w for ws in words.values() for w in ws]])
    # In any case: a meeting's name is capitalised ("to hold a Korea-China Trade Ministers' Meeting").
    return re.compile(regex.pattern, re.IGNORECASE) if regex is not None else None


def _participants(statements: list[Statement], people: PeopleIndex, meeting: list[Statement]) -> list[str]:
    """The people who met (from the meeting sentence), then the officials who speak, fullest names."""
    names: list[str] = []
    for st in meeting:
        found = people.people_in(st.text, st.language, st.index)
        # "他周日与南韩总统尹锡悦举行会谈": he is the one named just before.
        referent = people.pronoun_referent(st.text, st.language, statements[:st.index])
        if referent is not None and referent not in found:
            found = [referent, *found]
        if found:
            names = [p.name for p in found]
            break
    # A spokesperson, or an official named first in a statement about a briefing ("김태효 제1차장은
    # 이날 브리핑에서 … 밝혔다"), reports the meeting without taking part.
    briefers = {found[0].name for st in statements if _cue_in(st.text, "briefing_words")
                and (found := people.people_in(st.text, st.language, st.index))}
    for st in statements:
        if st.speaker_kind != "person" or st.speaker_carried or not st.speaker or st.speaker in names:
            continue
        person = people.find(st.speaker)
        # Experts and journalists quoted by a newspaper are not participants; officials have titles.
        if (person is not None and (person.titled or len(names) < 2) and person.name not in briefers
                and not briefs(person)):
            names.append(person.name)
    return names


def briefs(person: Person) -> bool:
    """Whether a person is a spokesperson, who briefs on the meeting: the readout's voice, not a party."""
    return _cue_in(person.context, "briefing_titles")


def _cue_in(text: str, cues: str) -> bool:
    """Whether the text holds one of the sides.yaml cue list `cues` (case-insensitive)."""
    low = text.casefold()
    return any(str(cue).casefold() in low for cue in _cues().get(cues) or [])


def _meeting_date(readout: _Normalised, statements: list[Statement],
                  meeting: list[Statement]) -> MeetingDate | None:
    """The meeting sentence's date; else a date outside the statements (a date line, a dateline, a photo
    caption); else the dateline that opens one of the first statements. A weekday alone ("on Saturday")
    cannot be resolved and is skipped."""
    norm_text = readout.text
    dateline = readout.zh_dateline or readout.en_dateline
    dateline_month = _month(month_token(dateline)) if dateline else None
    found: tuple[str, int | None, int, int] | None = None
    for st in meeting:
        found = _first_date(readout.statements[st.index], dateline_month)
        if found:
            break
    if found is None:
        found = _first_date(_outside_statements(readout, statements), dateline_month)
    if found is None:
        for st in statements[:LEADING_STATEMENTS]:
            found = _first_date(readout.statements[st.index][:_DATELINE_REACH], dateline_month)
            if found:
                break
    if found is None:
        return None
    written, year, month, day = found
    year = year or _year_elsewhere(norm_text, month, day)
    iso = f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    return MeetingDate(text=written, iso=iso)


def _outside_statements(readout: _Normalised, statements: list[Statement]) -> str:
    """The text with every statement blanked out: titles, date lines, captions, site furniture."""
    text = readout.text
    for st in statements:
        text = text.replace(readout.statements[st.index], " ")
    return text


def _first_date(text: str, dateline_month: int | None) -> tuple[str, int | None, int, int] | None:
    """The earliest full date in a text: (as written, year or None, month, day)."""
    best: tuple[int, tuple[str, int | None, int, int]] | None = None
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            month = _month(m.group("m"))
            day = int(m.group("d"))
            if month is None or not 1 <= day <= 31:
                continue
            year = int(m.group("y")) if m.group("y") else None
            if best is None or m.start() < best[0]:
                best = (m.start(), (m.group(0).strip(), year, month, day))
            break
    if best is None and dateline_month is not None:
        day_only = _ZH_DAY_ONLY.search(text)
        if day_only and 1 <= int(day_only.group("d")) <= 31:
            best = (day_only.start(), (day_only.group(0), None, dateline_month, int(day_only.group("d"))))
    return best[1] if best else None


def _month(token: str) -> int | None:
    if token.isdigit():
        value = int(token)
        return value if 1 <= value <= 12 else None
    low = token.casefold().rstrip(".")
    return _EN_MONTHS.get(low) or _DE_MONTHS.get(low)


def _year_elsewhere(text: str, month: int, day: int) -> int | None:
    """A year for a date written without one: a date line ("November 7, 2028"), or the same day in full."""
    same_day: int | None = None
    for line in text.splitlines():
        stripped = line.strip()
        if not _YEAR.search(stripped):
            continue  # every date pattern writes its year in four digits
        for pattern in _DATE_PATTERNS:
            for m in pattern.finditer(stripped):
                if not m.group("y"):
                    continue
                if len(stripped) <= _DATE_LINE_MAX and m.start() == 0:
                    return int(m.group("y"))  # a date line gives the year of the whole readout
                if _month(m.group("m")) == month and int(m.group("d")) == day and same_day is None:
                    same_day = int(m.group("y"))
    return same_day


def _meeting_place(readout: _Normalised, meeting: list[Statement], date: MeetingDate | None) -> str | None:
    texts = [readout.statements[st.index] for st in meeting]
    # Not "following … a meeting on April 3 in Xiamen": another meeting's place.
    texts = [text for text in texts if date is None or not _dated_otherwise(text, date)]
    # A place the glossary knows in any meeting sentence; else the dateline's city ("GYEONGJU, South
    # Korea, Nov. 1 (Xinhua)"); last, a guess from the words ("in Peru").
    for text in texts:
        if place := _known_place(text):
            return place
    dateline = readout.zh_dateline or readout.en_dateline
    if dateline:
        place = _known_place(dateline.group("place").title()) or _known_place(dateline.group("place"))
        return place or dateline.group("place").strip().title()
    for text in texts:
        if place := _place_by_pattern(text):
            return place
    return None


def _dated_otherwise(text: str, date: MeetingDate) -> bool:
    """Whether a statement's first date is another day than the meeting's."""
    found = _first_date(text, None)
    return found is not None and date.iso[-5:] != f"{found[2]:02d}-{found[3]:02d}"


def _known_place(text: str) -> str | None:
    """The city a text names first; a province or a venue only when no city is named."""
    best: tuple[bool, int, str] | None = None
    for place in _places():
        for name in place.names:
            at = _find_name(text, name)
            if at is not None and (best is None or (place.region, at) < best[:2]):
                best = (place.region, at, place.name)
    return best[2] if best else None


def _find_name(text: str, name: str) -> int | None:
    """Where a place name occurs: CJK as a substring, Latin as a word, as written or in capitals
    (datelines: "BEIJING, April 20")."""
    if not name[:1].isascii():
        at = text.find(name)
        return at if at >= 0 else None
    for needle in dict.fromkeys((name, name.upper())):
        if needle not in text:  # most names are in no readout: skip the pattern
            continue
        m = _word_regex(needle).search(text)
        if m:
            return m.start()
    return None


@cache
def _word_regex(needle: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(needle)}(?![\w-])")


_EN_PLACE = re.compile(r"\b(?:in|at)\s+([A-Z][a-z'-]+(?:\s[A-Z][a-z]+)?)(?:,\s+[A-Z][a-z]+\s+Province)?")
_ZH_PLACE = re.compile(r"在([\u4e00-\u9fff]{2,3}?)(?:同|与|和|会见|会晤|举行|出席|主持)")
_KO_PLACE = re.compile(r"([가-힣]{2,6})(?:\s+[가-힣]{2,8})?에서")
_KO_NOT_PLACE_ENDS = "과와을를의은는이가도로고며한던"
_NOT_PLACES = frozenset("""The This That January February March April May June July August September October
November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday China Korea Japan""".split())


def _place_by_pattern(text: str) -> str | None:
    """ "in Xanadu", "在某地同…", "어딘가에서": a place the glossary does not know."""
    for m in _EN_PLACE.finditer(text):
        if m.group(1).split()[0] not in _NOT_PLACES:
            return m.group(1)
    found = _ZH_PLACE.search(text)
    if found:
        return found.group(1)
    # A Korean place is a noun: not a word ending in a particle or a modifier ("기자들과 인터뷰에서",
    # "냉랭한 분위기에서").
    return next((m.group(1) for m in _KO_PLACE.finditer(text) if m.group(1)[-1] not in _KO_NOT_PLACE_ENDS),
                None)


# --------------------------------------------------------------------------------------------- side


def _side(norm: str, language: str, people: PeopleIndex,
          meeting: list[Statement]) -> tuple[SideCode, list[str]]:
    cues = _cues()
    weights = {k: float(v) for k, v in (cues.get("weights") or {}).items()}
    found: list[tuple[str, float, str]] = []  # side, weight, evidence
    for name, side in _publishers_named(norm, language):
        found.append((side, weights.get("publisher", 3.0), f"publisher: {name}"))
    cap = int(weights.get("order_cap", 4))
    groups = (("order", 'writes "{}" ({}×)'), ("other_side", 'calls the other side "{}" ({}×)'),
              ("self_reference", 'calls its own side "{}" ({}×)'),
              ("qualified_title", 'gives the other side\'s officials a nationality: "{}" ({}×)'))
    for group, template in groups:
        weight = weights.get(group, 1.0)
        for side in _SIDES:
            counts = _count(norm, [str(p) for p in (cues.get(group) or {}).get(side) or []])
            for phrase, n in counts.most_common():
                found.append((side, weight * min(n, cap), template.format(phrase, n)))
    lead = _lead_person(people, meeting)
    if lead is not None:
        found.append((lead[1], weights.get("lead_person", 2.0),
                      f"the meeting sentence names {lead[0]} ({lead[1]}) first"))
    prior = (cues.get("language_prior") or {}).get(language)
    if prior in _SIDES:
        name = LANGUAGE_NAMES.get(language, language)
        found.append((prior, weights.get("language", 1.0), f"written in {name}"))
    scores = {side: sum(w for s, w, _ in found if s == side) for side in _SIDES}
    winner: SideCode = max(_SIDES, key=lambda s: scores[s])
    loser: SideCode = "CN" if winner == "KR" else "KR"
    if scores[winner] - scores[loser] < SIDE_MARGIN:
        winner = "unknown"
    ranked = sorted(found, key=lambda f: (f[0] != winner, -f[1]))
    evidence = [e if s == winner else f"{e}, which points to {s}" for s, _, e in ranked]
    return winner, evidence


def _count(text: str, phrases: list[str]) -> Counter[str]:
    regex = _cue_regex(phrases)
    counts: Counter[str] = Counter()
    if regex is None:
        return counts
    for m in regex.finditer(text):
        counts[m.group(0)] += 1
    return counts


@dataclass(frozen=True)
class _Publisher:
    """A publisher cue of sides.yaml, compiled: the words that name it and the name it is shown by."""

    match: str  # normalised
    name: str
    side: str
    regex: re.Pattern[str] | None


@cache
def _publishers(language: str) -> tuple[_Publisher, ...]:
    """The publishers named in any language, then those of `language`, in the order of sides.yaml."""
    cues = _cues()
    entries = [e for e in cues.get("publishers") or [] if isinstance(e, dict)]
    in_language = (cues.get("publishers_in_language") or {}).get(language) or []
    entries += [e for e in in_language if isinstance(e, dict)]
    return tuple(_Publisher(_normalise(str(e["match"])), str(e.get("publisher") or e["match"]),
                            str(e.get("side")), _cue_regex([str(e["match"])])) for e in entries)


@cache
def _publisher_names(language: str) -> dict[str, str]:
    """A publisher's words, normalised and casefolded, to its name; the first entry keeps a word."""
    names: dict[str, str] = {}
    for publisher in _publishers(language):
        names.setdefault(publisher.match.casefold(), publisher.name)
    return names


@cache
def _foreign_prefixes(side: str) -> tuple[str, ...]:
    return tuple(_normalise(str(p)) for p in (_cues().get("foreign_prefixes") or {}).get(side) or [])


def _publishers_named(text: str, language: str) -> list[tuple[str, str]]:
    """Each publisher or source the text names, once, with its side; not "중국 외교부" (the other's)."""
    named: list[tuple[str, str]] = []
    for publisher in _publishers(language):
        side = publisher.side
        if publisher.regex is None or side not in _SIDES or publisher.match not in text:
            continue  # the match is literal: a text without it cannot name the publisher
        for m in publisher.regex.finditer(text):
            before = text[max(0, m.start() - 16):m.start()].rstrip()
            if any(before.endswith(p) for p in _foreign_prefixes(side)):
                continue
            item = (publisher.name, side)
            if item not in named:
                named.append(item)
            break
    return named


def _publisher(readout: _Normalised, language: str, statements: list[Statement]) -> str | None:
    """Who published the readout, when the text says: a dateline agency, a masthead line, an interview
    given to a newspaper, or the institution that speaks in its own release."""
    norm = readout.text
    names = _publisher_names(language)

    def known(name: str) -> str | None:
        return names.get(_normalise(name).casefold().strip())

    dateline = readout.en_dateline
    if dateline and dateline["agency"]:
        return known(dateline["agency"]) or dateline["agency"].strip()
    zh = re.search(r"(新华社|中新社)[\u4e00-\u9fff]{0,6}?\d{1,2}月\d{1,2}日电", norm)
    if zh:
        return known(zh.group(1)) or zh.group(1)
    for line in norm.splitlines():
        name = known(line)
        if name:
            return name
    markers = [str(m) for m in _cues().get("interview_markers") or [] if str(m) in norm]
    for publisher in _publishers(language):
        for marker in markers:
            if publisher.match in norm and _interview_regex(marker, publisher.match).search(norm):
                return publisher.name
    for st in statements:
        if st.speaker_kind == "organisation" and st.speaker and not st.speaker_carried:
            name = known(st.speaker)
            if name:
                return name
    return None


@cache
def _interview_regex(marker: str, match: str) -> re.Pattern[str]:
    """ "told the Korea Times": a readout given to a newspaper, which published it."""
    return re.compile(rf"\b{re.escape(marker)}\s+{re.escape(match)}\b")


def _lead_person(people: PeopleIndex, meeting: list[Statement]) -> tuple[str, str] | None:
    """The first person of the meeting sentence and their side: readouts name their own official first."""
    for st in meeting:
        found = people.people_in(st.text, st.language, st.index)
        if found:
            first = found[0]
            return (first.name, first.nationality) if first.nationality in _SIDES else None
    return None
