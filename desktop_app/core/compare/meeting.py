"""The meeting two readouts report: whether it is one meeting, who took part, and what to call it.

A comparison only makes sense when both readouts tell of the same meeting. Their metadata (date,
place, participants; `core/metadata.py`) says where and when each readout puts its meeting, and
`check_meeting` judges whether the two agree: dates a day apart are one meeting (the two capitals lie
in different time zones); dates further apart, another place or another official in the same seat are
disagreements, and a clear date disagreement or two disagreements make them different meetings. The
report and the window both show this judgement, so it lives here, apart from either.

The participants are paired across the readouts (`pair_participants`), so that each person is named
once, with both forms when the readouts write the name differently: "배승환 / 裴承焕". A Korean name
in Chinese characters is paired with its Hangul form by reading (`han.hangul_reading`); a Chinese
name in Hangul is a transcription of its Mandarin sound, which no reading gives back, so it is paired
only through the glossary or when it is the one person left on each side.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Literal

from rapidfuzz import fuzz

from desktop_app.core.han import fold_initial_sounds, hangul_reading
from desktop_app.core.metadata import place_facts
from desktop_app.core.model import SIDES, Document, Side
from desktop_app.core.resources import load_yaml_resource
from desktop_app.core.speakers import Person, people_index
from desktop_app.core.speakers.people import name_key
from desktop_app.core.wording import DEFAULT_LANGUAGE, clauses, known, tr
from desktop_app.core.wording import readable_date as readable_date_in

DATE_TOLERANCE_DAYS = 1  # Seoul is an hour ahead of Beijing: a late meeting can be dated a day apart
CLEAR_DATE_GAP_DAYS = 3  # further apart than this, the dates alone say these are different meetings
LATIN_NAME_SIMILARITY = 75  # rapidfuzz ratio of two romanisations of one name ("Jeong-gwan", "Jung-kwan")
COUNTRY_NAMES = {"KR": "Korea", "CN": "China"}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
Facet = Literal["date", "place", "participants"]
Verdict = Literal["same", "doubtful", "different"]
FACET_WORDS: dict[Facet, str] = {"date": "the date", "place": "the place", "participants": "who met"}
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


# ------------------------------------------------------------------------------------------ the facts


@dataclass(frozen=True)
class Participant:
    """One person who took part, as one readout names them."""

    name: str
    nationality: str | None  # "KR", "CN" or None when neither the readout nor the glossary says

    @property
    def script(self) -> str:
        if _HANGUL.search(self.name):
            return "hangul"
        return "han" if _HAN.search(self.name) else "latin"


@dataclass(frozen=True)
class Pair:
    """A person as both readouts name them; `left` or `right` is None when only one side names them."""

    left: Participant | None
    right: Participant | None

    @property
    def display(self) -> str:
        """ "배승환 / 裴承焕", or one name when both readouts write it alike or one writes only part of it
        ("Kim" for Kim Jung-kwan): the fuller."""
        names = [p.name for p in (self.left, self.right) if p is not None]
        if len(names) == 2 and (name_key(names[0]).startswith(name_key(names[1]))
                                or name_key(names[1]).startswith(name_key(names[0]))):
            return names[0] if len(names[0]) >= len(names[1]) else names[1]
        return " / ".join(names)


@dataclass(frozen=True)
class MeetingFacts:
    """Where and when one readout puts its meeting, and what kind of meeting it is."""

    date_iso: str | None  # "2022-08-09", or "--08-09" without a year
    place: str | None
    participants: tuple[Participant, ...]
    # The kinds of meeting it names, its own reading first: "summit", "foreign ministers' meeting" …
    # (resources/lexicon/meetings.yaml); a headline and an opening may name two.
    kinds: tuple[str, ...] = ()

    @property
    def kind(self) -> str | None:
        return self.kinds[0] if self.kinds else None

    @property
    def date_readable(self) -> str | None:
        return readable_date(self.date_iso) if self.date_iso else None


def meeting_facts(document: Document) -> MeetingFacts:
    meta = document.metadata
    people = people_index(document.statements)
    participants = tuple(Participant(name, _nationality(name, people.find(name)))
                         for name in meta.participants)
    when = meta.date.iso if meta.date else None
    return MeetingFacts(when, meta.place, participants, meeting_kinds(document))


def _nationality(name: str, person: Person | None) -> str | None:
    if person is not None and person.nationality in COUNTRY_NAMES:
        return person.nationality
    known = _glossary_people().get(name_key(name))
    return known[1] if known else None


# ---------------------------------------------------------------------------------------- the kind


@cache
def _kinds() -> tuple[tuple[str, re.Pattern[str], bool], ...]:
    """(name, cues, whether it wins wherever it is named)."""
    kinds = []
    for entry in load_yaml_resource("lexicon", "meetings.yaml").get("kinds") or []:
        cues = [str(c) for words in (entry.get("cues") or {}).values() for c in words or []]
        latin = [re.escape(c) for c in cues if c[:1].isascii()]
        other = [re.escape(c) for c in cues if not c[:1].isascii()]
        # A Latin cue is a word, in the singular or the plural ("commerce ministers").
        parts = ([rf"(?<![\w-])(?:{'|'.join(latin)})s?(?![\w-])"] if latin else []) + other
        if parts:
            kinds.append((str(entry["name"]), re.compile("|".join(parts), re.IGNORECASE),
                          bool(entry.get("wins"))))
    return tuple(kinds)


def meeting_kinds(document: Document) -> tuple[str, ...]:
    """The kinds of meeting a readout names, its own reading first: its headline's, then its opening
    statement's. In each, the kind named first ("Foreign Minister Chung … conveyed President Moon's
    greetings"), unless a kind that wins is named at all (a call between presidents is a phone call)."""
    opening = document.statements[0].text if document.statements else ""
    kinds: list[str] = []
    for text in (document.metadata.title, opening):
        if not text:
            continue
        text = text.replace("’", "'")
        found = [(not wins, m.start(), -len(m.group(0)), name)
                 for name, cues, wins in _kinds() if (m := cues.search(text))]
        if found and (kind := min(found)[3]) not in kinds:
            kinds.append(kind)
    return tuple(kinds)


def common_kind(left: MeetingFacts, right: MeetingFacts) -> str | None:
    """The kind both readouts name, or the one only one names; None when they name two kinds.

    A headline may name another meeting than the one reported ("… Following the Korea–China Summit"):
    when the two readouts' own readings differ, a kind both name, in headline or opening, is the kind.
    """
    if not left.kinds or not right.kinds:
        return left.kind or right.kind
    if left.kind == right.kind:
        return left.kind
    shared = [k for k in left.kinds if k in right.kinds]
    return shared[0] if len(shared) == 1 else None


# -------------------------------------------------------------------------------------- participants


@cache
def _glossary_people() -> dict[str, tuple[str, str | None]]:
    """Every name of every person in the entity glossary → (the person's id, country)."""
    names: dict[str, tuple[str, str | None]] = {}
    for entry in load_yaml_resource("lexicon", "entities.yaml").get("entities") or []:
        if isinstance(entry, dict) and entry.get("kind") == "person":
            for words in (entry.get("names") or {}).values():
                for name in words or []:
                    names.setdefault(name_key(str(name)), (str(entry["id"]), entry.get("country")))
    return names


def same_person(a: Participant, b: Participant) -> bool | None:
    """True when two names are one person's, False when they are two people's, None when their forms
    cannot be compared (a Chinese name in Hangul against the same in characters)."""
    if a.nationality and b.nationality and a.nationality != b.nationality:
        return False
    if name_key(a.name) == name_key(b.name):
        return True
    glossary = _glossary_people()
    known = glossary.get(name_key(a.name)), glossary.get(name_key(b.name))
    if known[0] and known[1]:
        return known[0][0] == known[1][0]
    if a.script == b.script == "latin":
        first = [name_key(p.name.split()[0]) for p in (a, b)]
        whole = [name_key(p.name) for p in (a, b)]
        # Romanisations of one name: the surname alike, the rest alike but for spelling or a part left out.
        return first[0] == first[1] and (whole[0].startswith(whole[1]) or whole[1].startswith(whole[0])
                                         or fuzz.ratio(*whole) >= LATIN_NAME_SIMILARITY)
    if a.script == b.script:
        return False
    if {a.script, b.script} == {"latin", "han"} and "CN" not in (a.nationality, b.nationality):
        # A Korean name in characters, romanised from its Hangul reading: 徐珉载 → seominjae.
        latin, han = (a, b) if a.script == "latin" else (b, a)
        reading = hangul_reading(han.name)
        if not _HAN.search(reading):
            similarity = fuzz.ratio(name_key(romanise(reading)), name_key(latin.name))
            return similarity >= LATIN_NAME_SIMILARITY or None
        return None
    if {a.script, b.script} == {"hangul", "han"}:
        hangul, han = (a, b) if a.script == "hangul" else (b, a)
        if fold_initial_sounds(hangul_reading(han.name)) == fold_initial_sounds(hangul.name):
            return True
        # Read alike means one name; read otherwise, a Korean's name is another person, a Chinese name
        # in Hangul is its Mandarin sound and cannot be told by reading.
        return False if "KR" in (a.nationality, b.nationality) else None
    return None


def pair_participants(left: MeetingFacts, right: MeetingFacts) -> list[Pair]:
    """Each person once, in the left readout's order, then those only the right readout names.

    Names are matched when they are one person's (same spelling, the glossary, a romanisation variant,
    the Hangul reading of a Korean name in characters); then, among names whose forms cannot be
    compared, the one person left on each side with the same nationality is taken to be the same.
    """
    pairs: list[Pair] = []
    unmatched = list(right.participants)
    uncertain: list[Participant] = []
    for person in left.participants:
        match = next((other for other in unmatched if same_person(person, other)), None)
        if match is not None:
            unmatched.remove(match)
        elif any(same_person(person, other) is None for other in unmatched):
            uncertain.append(person)
        pairs.append(Pair(person, match))
    for person in uncertain:
        candidates = [o for o in unmatched if same_person(person, o) is None]
        nationalities = {p.nationality for p in (person, *candidates) if p.nationality}
        if len(uncertain) == 1 and len(candidates) == 1 and len(nationalities) <= 1:
            index = next(i for i, p in enumerate(pairs) if p.left is person)
            pairs[index] = Pair(person, candidates[0])
            unmatched.remove(candidates[0])
    return pairs + [Pair(None, person) for person in unmatched]


# -------------------------------------------------------------------------------------- the judgement


@dataclass(frozen=True)
class Disagreement:
    facet: Facet
    left: str
    right: str
    clear: bool = False  # enough on its own to say the meetings differ (dates days apart)
    isos: tuple[str, str] | None = None  # of a date disagreement, so it can be written in any language

    def values(self, language: str = DEFAULT_LANGUAGE) -> tuple[str, str]:
        """Each side's value as the report writes it: a date in the report's language."""
        if self.isos is None or language == DEFAULT_LANGUAGE:
            return self.left, self.right
        return readable_date_in(self.isos[0], language), readable_date_in(self.isos[1], language)


@dataclass
class MeetingCheck:
    """Whether two readouts report one meeting: "same", "doubtful" (one fact disagrees) or "different"."""

    verdict: Verdict
    disagreements: list[Disagreement] = field(default_factory=list)

    @property
    def different(self) -> bool:
        return self.verdict == "different"

    def message(self, labels: dict[Side, str], language: str = DEFAULT_LANGUAGE) -> str:
        """The judgement in words, for the report's warning box and the window's message bar;
        `labels` name the sides ("Korean side"). Empty when the readouts report the same meeting."""
        if self.verdict == "same":
            return ""
        said = clauses([tr(language, "on {facet} ({left_side}: {left}; {right_side}: {right})",
                           facet=known(language, FACET_WORDS[d.facet]), left_side=labels["left"],
                           left=d.values(language)[0], right_side=labels["right"],
                           right=d.values(language)[1])
                        for d in self.disagreements], language)
        if self.different:
            return tr(language, "These readouts seem to report different meetings. They disagree {said}. "
                      "Statements linked below share a topic; they are not two accounts of one meeting.",
                      said=said)
        return tr(language, "The readouts disagree {said}. Check that they report the same meeting.",
                  said=said)


def check_meeting(left: MeetingFacts, right: MeetingFacts) -> MeetingCheck:
    """Judge whether two readouts report the same meeting, from what each says of its own."""
    found = [d for d in (_date_disagreement(left, right), _place_disagreement(left, right),
                         _participant_disagreement(left, right)) if d is not None]
    if any(d.clear for d in found) or len(found) >= 2:
        return MeetingCheck("different", found)
    return MeetingCheck("doubtful" if found else "same", found)


def check_documents(left: Document, right: Document) -> MeetingCheck:
    return check_meeting(meeting_facts(left), meeting_facts(right))


def day_gap(a: str, b: str) -> int | None:
    """Days between two ISO dates, either without a year ("--08-09"): then the nearest such day."""
    first, second = _parse(a), _parse(b)
    if first is None or second is None:
        return None
    (ya, ma, da), (yb, mb, db) = first, second
    if ya and yb:
        return abs((date(ya, ma, da) - date(yb, mb, db)).days)
    year = ya or yb or 2000  # a leap year, so that 29 February is a day
    gaps = []
    for shift in (-1, 0, 1):  # 31 December and 1 January are a day apart
        try:
            shifted = date(ya or year + shift, ma, da)
            gaps.append(abs((shifted - date(yb or year, mb, db)).days))
        except ValueError:
            continue
    return min(gaps) if gaps else None


def _parse(iso: str) -> tuple[int | None, int, int] | None:
    match = re.fullmatch(r"(\d{4}|-)-(\d\d)-(\d\d)", iso)
    if not match:
        return None
    year = int(match[1]) if match[1] != "-" else None
    try:
        date(year or 2000, int(match[2]), int(match[3]))
    except ValueError:
        return None
    return year, int(match[2]), int(match[3])


def _date_disagreement(left: MeetingFacts, right: MeetingFacts) -> Disagreement | None:
    if not left.date_iso or not right.date_iso:
        return None
    gap = day_gap(left.date_iso, right.date_iso)
    if gap is None or gap <= DATE_TOLERANCE_DAYS:
        return None
    return Disagreement("date", left.date_readable or left.date_iso, right.date_readable or right.date_iso,
                        clear=gap > CLEAR_DATE_GAP_DAYS, isos=(left.date_iso, right.date_iso))


def same_place(a: str, b: str) -> bool:
    """One place under two names, or a city and a venue in it; places the glossary does not know are
    one place only when one name contains the other ("Beijing", "Diaoyutai, Beijing")."""
    if name_key(a) in name_key(b) or name_key(b) in name_key(a):
        return True
    facts = place_facts(a), place_facts(b)
    if facts[0] is None or facts[1] is None:
        return False
    if facts[0].country != facts[1].country:
        return False
    return facts[0].region or facts[1].region  # two cities of one country are two places


def _place_disagreement(left: MeetingFacts, right: MeetingFacts) -> Disagreement | None:
    if not left.place or not right.place or same_place(left.place, right.place):
        return None
    # Only places the glossary knows count: a guess such as "South Korea" or a stray word is no evidence.
    if place_facts(left.place) is None or place_facts(right.place) is None:
        return None
    return Disagreement("place", left.place, right.place)


def _participant_disagreement(left: MeetingFacts, right: MeetingFacts) -> Disagreement | None:
    """Another person in the same seat: one readout's official met no one the other names, and the
    other names someone of the same country instead, in a form that can be compared."""
    pairs = pair_participants(left, right)
    only = {side: [getattr(p, side) for p in pairs if getattr(p, side) is not None
                   and getattr(p, "right" if side == "left" else "left") is None] for side in SIDES}
    for a in only["left"]:
        rivals = [b for b in only["right"] if a.nationality and b.nationality == a.nationality
                  and same_person(a, b) is False]
        if rivals:
            return Disagreement("participants", a.name, ", ".join(b.name for b in rivals))
    return None


# Revised Romanisation, enough to compare a name read from characters with a romanised one.
_INITIAL_SOUNDS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_VOWELS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_FINAL_SOUNDS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
                 "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]


def romanise(hangul: str) -> str:
    """Hangul syllables in Revised Romanisation, syllable by syllable (서민재 → seominjae)."""
    out = []
    for char in hangul:
        code = ord(char) - 0xAC00
        if not 0 <= code < 11172:
            out.append(char)
            continue
        initial, rest = divmod(code, 588)
        medial, final = divmod(rest, 28)
        out.append(_INITIAL_SOUNDS[initial].strip("-") + _VOWELS[medial] + _FINAL_SOUNDS[final])
    return "".join(out)


# ------------------------------------------------------------------------------------------ naming


def readable_date(iso: str) -> str:
    """ "2029-06-18" → "18 June 2029"; "--06-18" → "18 June"; anything else as it is."""
    match = re.fullmatch(r"(\d{4}|-)-(\d\d)(?:-(\d\d))?", iso)
    if not match or not 1 <= int(match[2]) <= 12:
        return iso
    year, month, day = match[1], MONTHS[int(match[2]) - 1], match[3]
    parts = [str(int(day))] if day else []
    parts.append(month)
    if year != "-":
        parts.append(year)
    return " ".join(parts)


def countries(codes: tuple[str, str]) -> str | None:
    """ "Korea–China" for a Korean and a Chinese readout, in the order they stand; None otherwise."""
    names = [COUNTRY_NAMES.get(code) for code in codes]
    if names[0] and names[1] and names[0] != names[1]:
        return f"{names[0]}–{names[1]}"
    return None


def meeting_name(kind: str | None, between: str | None, place: str | None, when: str | None,
                 capitalise: Callable[[str], str] = lambda s: s[:1].upper() + s[1:]) -> str | None:
    """ "Korea–China foreign ministers' meeting, Beijing, 20 April 2028"; None when nothing is known."""
    if not (kind or place or when):
        return None
    what = " ".join(part for part in (between, kind or "meeting") if part)
    return ", ".join(part for part in (capitalise(what), place, when) if part)
