"""Who says each statement of a readout, and how: speaker attribution and stance.

For every statement `attribute` fills `speaker`, `speaker_kind`, `speaker_carried` and `stance`:
- a named person ("Wang Yi said", "배 대통령은 … 강조했습니다", "周立华表示", trailing "…, said Wang."),
  normalised to the fullest form of the name the document uses ("State Councilor Wang" → "Wang Yi");
- both sides ("The two sides agreed", "양 정상은", "双方同意", "Kim und Wang einigten sich");
- one side ("The Chinese side …", "中方愿…"), or an organisation ("The ministry said", "대통령실은");
- otherwise the speaker of the previous statement in the same paragraph (`speaker_carried=True`).

The stance is the canonical verb of the main reporting clause (the first reporting verb that has a
subject): "Seo expressed hope …, and Zhou said …" → "hoped".

Carry-over stays inside a paragraph. Both layouts in the genre re-name the speaker where a paragraph
starts: MOFA "Outcome" releases name the subject of every numbered paragraph and every "o" bullet, and
MFA/MOFCOM/Xinhua prose opens each paragraph with a new speaker turn ("Kang Kyung-wha said …"). An
unnamed sentence at the start of a paragraph is therefore background or the publisher's own comment
("Economic and trade cooperation serves as …"), and is left unattributed rather than given to the
last speaker of the paragraph before.

All words (verbs, joint subjects, side and organisation names, titles, surnames) are in
`resources/lexicon/attribution.yaml`; this module holds only the patterns that use them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from desktop_app.core.model import SIDE_NAMES, SpeakerKind, Statement
from desktop_app.core.resources import load_yaml_resource

BOTH_SIDES = "both sides"
LATIN = ("en", "de")

# Up to six words standing for "…" in a verb form ("held … talks"); never across punctuation.
_WILDCARD = r"(?:[^\s,.;:!?]+\s+){0,6}?"
_QUOTE_PAIRS = {"“": "”", "„": "“", "«": "»", "「": "」", "『": "』"}
_STRAIGHT_QUOTE = '"'
_MARKER = re.compile(r"^\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|[①-⑳]|[가-하][.)]|[oOㅇ○◦●•·▪■□◆◇▶►➢✓–—*-])\s+")
_EN_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'’-]{1,30},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*"
                          r"(?:\([^)]{1,40}\))?\s*[-–—]+\s*")
_ZH_DATELINE = re.compile(r"^\s*[^，。\s]{0,20}?\d{1,2}月\d{1,2}日电[\s\u3000]*")
_ZH_CLAUSE_END = "，,；;：:。！？"
_KO_PARTICLE = re.compile(r"^(?:께서는|께서도|께서|은|는|이|가|도)(?=[\s,.]|$)")
_KO_TOPIC = ("은", "는", "께서는", "께서도", "도")
_KO_PARTICLE_ENDS = "의은는이가을를과와에도로서고며"  # last syllables that make a word a particle phrase
_KO_NOT_NAME_ENDS = "의은는을를과와에서고며"  # the same, less those names end in too ("왕이", "이해도")
# What may follow a title: a particle or a companion word, then the end of the word
# ("대통령은", not "대통령실").
_KO_TAIL = r"(?=(?:께서는|께서|내외|일행|은|는|이|가|의|과|와|도|을|를|에게)?(?![가-힣]))"
# Endings of embedded clauses: quoted ("지지한다고"), adnominal ("합의한 사항"), purpose ("방문하도록"),
# nominalised ("확대하기로" before "했습니다", read by the "기로 했" form instead).
_KO_REJECT_ENDINGS = (
    "다고", "라고", "자고", "냐고", "다는", "라는", "하는", "되는", "하던", "했던",
    "한", "할", "된", "될", "하기", "기로", "기를", "도록", "려고", "려는", "하게",
)
_KO_VERBAL_START = (
    "하", "했", "합", "해", "한다", "함", "습", "다", "고", "며", "으며", "어", "었", "였", "겠", "지",
)
_KO_PAST_SYLLABLES = "했였혔눴졌쳤냈왔갔렸았었"
_HANGUL_WORD = re.compile(r"[가-힣]+")


# ------------------------------------------------------------------------------------------ lexicon


def _key(text: str) -> str:
    """A phrase as looked up in the lexicon: case-folded, one space, straight apostrophes."""
    return " ".join(text.replace("’", "'").split()).casefold()


def _form_body(form: str, latin: bool) -> str:
    parts = [re.escape(p.strip()) for p in form.split("…")]
    if latin:
        return (r"\s+" + _WILDCARD).join(p.replace(r"\ ", r"\s+") for p in parts)
    return ".{0,12}?".join(p.replace(r"\ ", r"\s*") for p in parts)


def _form_regex(form: str, latin: bool) -> str:
    body = _form_body(form, latin)
    return rf"(?<![\w-]){body}(?![\w-])" if latin else body


def _alternation(forms: Iterable[str], latin: bool) -> re.Pattern[str] | None:
    """One regex for many phrases, longest first so that the longest phrase wins at a position.

    Latin phrases share one pair of word boundaries around the whole alternation (much faster than a
    boundary per phrase); the trailing boundary is checked per alternative by backtracking.
    """
    ordered = sorted(set(forms), key=lambda f: (-len(f.replace("…", "")), f))
    if not ordered:
        return None
    body = "|".join(f"(?:{_form_body(f, latin)})" for f in ordered)
    if latin:
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
    return re.compile(body)


@dataclass
class _Lang:
    """The compiled vocabulary of one language."""

    code: str
    latin: bool
    verb_re: re.Pattern[str] | None
    verb_stance: dict[str, str]  # lookup key of a literal form → stance
    wildcard_forms: list[tuple[re.Pattern[str], str]]  # forms with "…", tried one by one
    joint_or_decided: frozenset[str]
    joint_re: re.Pattern[str] | None
    side_re: re.Pattern[str] | None
    side_of: dict[str, str]
    org_re: re.Pattern[str] | None
    org_head_re: re.Pattern[str] | None
    title_re: re.Pattern[str] | None
    titles: tuple[str, ...]
    roles: tuple[str, ...]
    nationality: dict[str, tuple[str, ...]]
    glue: frozenset[str]
    gap_re: re.Pattern[str] | None
    pronoun_re: re.Pattern[str] | None
    pronoun_kind: dict[str, str]
    connectors: tuple[str, ...]
    prepositions: frozenset[str]
    source_re: re.Pattern[str] | None
    narrative: tuple[str, ...]
    assessment: tuple[str, ...] = ()
    joint_words: frozenset[str] = frozenset()
    inverted_verbs: frozenset[str] = frozenset()
    subject_suffixes: tuple[str, ...] = ()
    not_names: frozenset[str] = frozenset()
    not_after: dict[str, str] = field(default_factory=dict)
    not_in_clause_after: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def stance_of(self, matched: str) -> str | None:
        stance = self.verb_stance.get(_key(matched))
        if stance:
            return stance
        for pattern, wild_stance in self.wildcard_forms:
            if pattern.fullmatch(matched):
                return wild_stance
        return None


@dataclass
class _Names:
    surnames: frozenset[str]
    not_given: frozenset[str]
    stopwords: frozenset[str]
    han_surnames: frozenset[str]
    han_terminators: frozenset[str]


def _words(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _compile_lang(code: str, data: dict[str, Any]) -> _Lang:
    latin = code in LATIN
    verb_stance: dict[str, str] = {}
    wildcard: list[tuple[re.Pattern[str], str]] = []
    forms: list[str] = []
    for stance, words in (data.get("verbs") or {}).items():
        for form in _words(words):
            forms.append(form)
            if "…" in form:
                wildcard.append((re.compile(_form_regex(form, latin), re.I if latin else 0), stance))
            else:
                verb_stance.setdefault(_key(form), stance)
    jod = _words(data.get("joint_or_decided"))
    for form in jod:
        forms.append(form)
        verb_stance.setdefault(_key(form), "agreed")
    sides = data.get("sides") or {}
    side_of = {_key(w): side for side, words in sides.items() for w in _words(words)}
    titles = tuple(_words(data.get("titles")))
    adverbs = _words(data.get("adverbs"))
    gap_re = None
    if latin:
        adv = "|".join(sorted((re.escape(a).replace(r"\ ", r"\s+") for a in adverbs), key=len, reverse=True))
        companions = "|".join(re.escape(c).replace(r"\ ", r"\s+")
                              for c in _words(data.get("subject_suffixes")))
        companion = rf"(?:\s+(?:{companions}))?" if companions else ""
        # Between a subject and its verb: a bracket ("(ROK)"), an "of the Republic of Korea" tail, an
        # appositive between commas ("Yeo, South Korea's trade minister, met"), adverbs ("also").
        gap_re = re.compile(
            r"^(?:\s*\([^()]*\))?"
            r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'.-]*)*(?:\s*\([^()]*\))?)?"
            rf"(?:\s*,[^,;]{{1,200}},)?(?:\s*,)?{companion}"
            rf"(?:\s+(?i:{adv}))*\s*$"
        )
    pronouns = data.get("pronouns") or {}
    pronoun_kind = {_key(w): kind for kind, words in pronouns.items() for w in _words(words)}
    orgs = _words(data.get("organisations"))
    heads = _words(data.get("organisation_heads"))
    org_head_re = None
    if heads and latin:
        head = "|".join(map(re.escape, heads))
        cap = r"[A-Z][\w’'-]*"
        # "the Ministry of Trade, Industry and Energy", "Xinhua News Agency", "das Handelsministerium".
        org_head_re = re.compile(
            rf"(?<![\w-])(?:the\s+|das\s+|die\s+|der\s+)?(?:{cap}\s+){{0,3}}(?:\w*(?:{head}))\b"
            rf"(?:\s+of(?:\s+the)?(?:(?:,\s*|\s+and\s+|\s+){cap})+)?"
        )
    title_re = None
    if titles:
        title_re = _alternation(titles, latin=False) if not latin else re.compile(
            "|".join(rf"(?:{re.escape(t)})" for t in sorted(titles, key=len, reverse=True)))
    nationality = {side: tuple(_words(w)) for side, w in (data.get("nationality") or {}).items()}
    return _Lang(
        code=code,
        latin=latin,
        verb_re=_alternation(forms, latin),
        verb_stance=verb_stance,
        wildcard_forms=wildcard,
        joint_or_decided=frozenset(_key(f) for f in jod),
        joint_re=_alternation(_words(data.get("joint")), latin),
        side_re=_alternation(side_of, latin) if side_of else None,
        side_of=side_of,
        org_re=_alternation(orgs, latin),
        org_head_re=org_head_re,
        title_re=title_re,
        titles=titles,
        roles=tuple(_words(data.get("roles"))),
        nationality=nationality,
        glue=frozenset(_key(g) for g in _words(data.get("title_glue"))),
        gap_re=gap_re,
        pronoun_re=_alternation(pronoun_kind, latin) if pronoun_kind else None,
        pronoun_kind=pronoun_kind,
        connectors=tuple(_words(data.get("connectors"))),
        prepositions=frozenset(_key(p) for p in _words(data.get("prepositions"))),
        source_re=_alternation(_words(data.get("source_markers")), latin),
        narrative=tuple(_key(n) for n in _words(data.get("narrative"))),
        assessment=tuple(_key(n) for n in _words(data.get("assessment"))),
        joint_words=frozenset(_words(data.get("joint"))),
        inverted_verbs=frozenset(_key(v) for v in _words(data.get("inverted_verbs"))),
        subject_suffixes=tuple(_words(data.get("subject_suffixes"))),
        not_names=frozenset(_words(data.get("not_names"))),
        not_after={k: str(v) for k, v in (data.get("not_after") or {}).items()},
        not_in_clause_after={k: tuple(_words(v)) for k, v in (data.get("not_in_clause_after") or {}).items()},
    )


@cache
def _lexicon() -> tuple[dict[str, _Lang], _Names]:
    data = load_yaml_resource("lexicon", "attribution.yaml") or {}
    langs = {code: _compile_lang(code, data[code]) for code in ("en", "de", "ko", "zh") if code in data}
    names = data.get("names") or {}
    return langs, _Names(
        surnames=frozenset(_words(names.get("surnames_latin"))),
        not_given=frozenset(_words(names.get("not_given_names"))),
        stopwords=frozenset(_words(names.get("stopwords_latin"))),
        han_surnames=frozenset(str(names.get("surnames_han") or "")),
        han_terminators=frozenset(str(names.get("han_name_terminators") or "")),
    )


def _lang_for(language: str, text: str) -> _Lang:
    """The vocabulary to read a statement with: its own language, else by script, else English."""
    langs, _ = _lexicon()
    if language in langs:
        return langs[language]
    if any("\uac00" <= ch <= "\ud7a3" for ch in text):
        return langs["ko"]
    if any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return langs["zh"]
    return langs["en"]


def stance_forms(language: str) -> dict[str, str]:
    """The literal verb forms of a language and their canonical stance (for other modules and tests)."""
    langs, _ = _lexicon()
    lang = langs.get(language)
    return dict(lang.verb_stance) if lang else {}


# ------------------------------------------------------------------------------------------- people


@dataclass
class Person:
    """A person named in the readout, under the fullest form of the name it uses."""

    name: str
    surname: str
    script: str  # "latin", "hangul" or "han"
    nationality: str | None = None  # "KR", "CN" or None
    titled: bool = False  # seen with an official title ("Foreign Minister", "国家主席", "대통령")
    aliases: set[str] = field(default_factory=set)
    seen_in: list[int] = field(default_factory=list)  # statement indexes with the full name
    context: str = ""  # the titles seen around the name, for "the Chinese commerce minister"


@dataclass
class Mention:
    start: int
    end: int
    kind: str  # "person", "both", "side", "organisation", "pronoun", "descriptor"
    value: str  # person name, "both sides", side code, organisation name, pronoun kind
    topic: bool = False  # Korean: marked with the topic particle 은/는
    marked: bool = True  # Korean: followed by a subject particle at all
    nationality: str | None = None
    after_preposition: bool = False


def _name_key(name: str) -> str:
    return re.sub(r"[\s\-‐’']", "", name).casefold()


class PeopleIndex:
    """The people of one readout, found once over all its statements, and their mentions in a text."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self._by_key: dict[str, Person] = {}

    # ---------------------------------------------------------------- building

    @classmethod
    def build(cls, statements: list[Statement]) -> PeopleIndex:
        index = cls()
        for st in statements:
            lang = _lang_for(st.language, st.text)
            if lang.latin:
                index._scan_latin(st, lang)
            elif lang.code == "ko":
                index._scan_korean(st, lang)
            else:
                index._scan_chinese(st, lang)
        index._complement_nationalities(statements)
        return index

    def add(self, name: str, surname: str, script: str, statement: int, context: str = "",
            lang: _Lang | None = None, titled: bool = False) -> Person:
        key = _name_key(name)
        person = self._by_key.get(key)
        if person is None:
            # A longer form of a name known by its surname alone ("Seo" → "Seo Min-jae") replaces it.
            short = self._by_key.get(_name_key(surname))
            if short is not None and short.name == short.surname and name != surname:
                del self._by_key[_name_key(short.name)]
                short.name = name
                person = short
            elif name == surname and self.by_surname(surname):
                return self.by_surname(surname)[-1]
            else:
                person = Person(name=name, surname=surname, script=script)
                self.people.append(person)
            self._by_key[key] = person
        elif len(name) > len(person.name):
            person.name = name  # "Seo Min-jae" is fuller than "Seo Minjae"
        person.aliases.add(name)
        if statement not in person.seen_in and name != surname:
            person.seen_in.append(statement)
        if context:
            person.context = f"{person.context} {context}".strip()
            if lang is not None and person.nationality is None:
                person.nationality = _nationality_in(context, lang)
        person.titled = person.titled or titled
        return person

    def by_surname(self, surname: str) -> list[Person]:
        return [p for p in self.people if p.surname == surname]

    def resolve_surname(self, surname: str, at: int) -> Person | None:
        """The person a bare family name refers to: the only one, or the one named most recently."""
        candidates = self.by_surname(surname)
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0]
        return max(candidates, key=lambda p: max((i for i in p.seen_in if i <= at), default=-1))

    def _scan_latin(self, st: Statement, lang: _Lang) -> None:
        _, names = _lexicon()
        text = st.text
        taken_until = -1  # "Yoon Suk Yeol" is one name, not also "Suk Yeol"
        for match in _LATIN_NAME.finditer(text):
            surname, given, extra = match.group(1), match.group(2), match.group(3)
            if match.start(1) < taken_until:
                continue
            if surname not in names.surnames or not _plausible_given(given, names):
                continue
            use_extra = (bool(extra) and len(given) <= 4 and extra not in names.stopwords
                         and _plausible_given(extra, names))
            full = f"{surname} {given}" + (f" {extra}" if use_extra else "")
            end = match.end(3) if use_extra else match.end(2)
            taken_until = end
            context, titled = _latin_context(text, match.start(1), end, lang)
            self.add(full, surname, "latin", st.index, context, lang, titled)
        if lang.title_re is not None:
            self._latin_titled(st, lang, names)
        for match in _APPOSITIVE.finditer(text):
            first, second = match.group(1), match.group(2)
            roles = {r.casefold() for r in lang.roles}
            if match.group(3).casefold() not in roles:
                continue
            if not _plausible_given(second, names) or first in names.stopwords or first in names.not_given:
                continue
            if _key(f"{first} {second}") in lang.side_of:
                continue
            context, titled = _latin_context(text, match.start(1), match.end(2), lang)
            self.add(f"{first} {second}", first, "latin", st.index, context, lang, titled)

    def _latin_titled(self, st: Statement, lang: _Lang, names: _Names) -> None:
        """Title + name ("Secretary of State Antony Blinken", "Minister Seo"), for names whose family
        name is not in the list."""
        assert lang.title_re is not None
        for match in lang.title_re.finditer(st.text):
            rest = st.text[match.end():]
            name = _TITLED_NAME.match(rest)
            if not name or (match.start() > 0 and st.text[match.start() - 1].isalpha()):
                continue
            at = match.end() + name.start(1)
            if any(_alias_regex(p.name).match(st.text, at) for p in self.people if p.script == "latin"):
                continue  # a name already known in full ("President Yoon Suk Yeol")
            tokens = [t for t in name.group(1).split() if t not in names.stopwords]
            tokens = [t for t in tokens if t not in names.not_given and _key(t) not in lang.side_of]
            if not tokens or tokens[0] in names.not_given:
                continue
            tokens = tokens[:2]
            if len(tokens) == 2 and not _plausible_given(tokens[1], names):
                tokens = tokens[:1]
            surname = tokens[0]
            if len(tokens) == 1 and (surname not in names.surnames and not self.by_surname(surname)):
                continue  # a lone capitalised word after a title is a name only if it is a family name
            start = match.end() + name.start(1)
            context, _ = _latin_context(st.text, start, start + len(" ".join(tokens)), lang)
            self.add(" ".join(tokens), surname, "latin", st.index, f"{match.group(0)} {context}", lang, True)

    def _scan_korean(self, st: Statement, lang: _Lang) -> None:
        titles = "|".join(sorted(map(re.escape, lang.titles), key=len, reverse=True))
        pattern = re.compile(
            rf"(?<![가-힣])([가-힣]{{2,6}})(?:\s*\(([^)]{{1,12}})\))?\s*((?:[가-힣]{{1,7}}\s+){{0,5}}?)({titles})"
            r"(?=[은는이가의과와도께을를\s,.]|$)"
        )
        position = 0
        while match := pattern.search(st.text, position):
            name, hanja, middle = match.group(1), match.group(2), match.group(3)
            # A word refused as a name may sit before the real one ("당선인이 오늘 시진핑 중국 국가주석"):
            # the search goes on from the next word, not from after the title.
            position = match.start(1) + 1
            if (name in lang.not_names or name[-1] in _KO_NOT_NAME_ENDS or name in lang.titles
                    or name[-1] in _KO_BODY_ENDS):
                continue
            # Between a name and its title only the nouns of a title ("중국 공산당 중앙정치국 위원 겸"):
            # no particles, no other words ("오늘", another name).
            if any(w in lang.titles or w[-1] in _KO_PARTICLE_ENDS or not _title_noun(w, lang)
                   for w in middle.split()):
                continue
            position = match.end()
            context = f"{middle}{match.group(4)}"
            person = self.add(name, name[0], "hangul", st.index, context, lang, True)
            if hanja:
                person.aliases.add(hanja.strip())
                self._by_key.setdefault(_name_key(hanja), person)

    def _scan_chinese(self, st: Statement, lang: _Lang) -> None:
        _, names = _lexicon()
        text = st.text
        titles = "|".join(sorted(map(re.escape, lang.titles), key=len, reverse=True))
        for match in re.finditer(rf"(?:{titles})([\u4e00-\u9fff]{{2,3}})", text):
            name = _han_name(match.group(1), names)
            if name:
                start = match.start(1)
                context = _han_context(text, start)
                self.add(name, name[0], "han", st.index, context, lang, True)
        verbs = "|".join(sorted(map(re.escape, lang.verb_stance), key=len, reverse=True))
        # A name opening a clause before a reporting verb: "王毅表示，…".
        opener = re.compile(
            rf"(?:^|(?<=[，。；：\s]))([\u4e00-\u9fff]{{2,3}}?)(?:还|也|再次|同时|则)?(?:{verbs})")
        # … or before the preposition of a meeting: "王毅同韩国外长…举行会谈".
        meeting = re.compile(r"(?:^|(?<=[，。；：\s]))([\u4e00-\u9fff]{2,3}?)(?:在[^，。]{1,12}?)?(?:同|与)")
        for match in [*opener.finditer(text), *meeting.finditer(text)]:
            name = _han_name(match.group(1), names)
            if not name or name != match.group(1):
                continue
            if _key(name) not in lang.side_of and name not in lang.joint_words:
                self.add(name, name[0], "han", st.index, "", lang)

    def _complement_nationalities(self, statements: list[Statement]) -> None:
        """Two people meeting are from the two sides: one known nationality gives the other's."""
        for st in statements:
            present = [p for p in self.people if st.index in p.seen_in]
            if len(present) != 2:
                continue
            a, b = present
            if a.nationality and not b.nationality:
                b.nationality = _other(a.nationality)
            elif b.nationality and not a.nationality:
                a.nationality = _other(b.nationality)

    # ---------------------------------------------------------------- mentions

    def mentions(self, text: str, lang: _Lang, at: int) -> list[Mention]:
        if lang.latin:
            return self._latin_mentions(text, lang, at)
        if lang.code == "ko":
            return self._korean_mentions(text, lang, at)
        return self._chinese_mentions(text, lang, at)

    def people_in(self, text: str, language: str, at: int = 10**9) -> list[Person]:
        """The people a text mentions, in order of first mention, without repeats."""
        lang = _lang_for(language, text)
        found: list[Person] = []
        for m in sorted(self.mentions(text, lang, at), key=lambda m: m.start):
            person = self.find(m.value)
            if person is not None and person not in found:
                found.append(person)
        return found

    def find(self, name: str) -> Person | None:
        """The person known under this name (any form the readout uses), if any."""
        return self._by_key.get(_name_key(name))

    def _latin_mentions(self, text: str, lang: _Lang, at: int) -> list[Mention]:
        out: list[Mention] = []
        for person in self.people:
            if person.script != "latin":
                continue
            for alias in {person.name, *person.aliases}:
                if alias == person.surname:
                    continue
                for m in _alias_regex(alias).finditer(text):
                    out.append(_person_mention(m, person))
        surnames = {p.surname for p in self.people if p.script == "latin"}
        if surnames:
            alternatives = "|".join(map(re.escape, sorted(surnames, key=len, reverse=True)))
            # Not before another capitalised word: "Han River", or someone else's full name.
            bare = re.compile(rf"(?<![\w-])({alternatives})(?![\w-])(?!\s+[A-Z][a-z])")
            for m in bare.finditer(text):
                person = self.resolve_surname(m.group(1), at)
                if person is not None:
                    out.append(_person_mention(m, person))
        return out

    def _korean_mentions(self, text: str, lang: _Lang, at: int) -> list[Mention]:
        out: list[Mention] = []
        titles = "|".join(sorted(map(re.escape, lang.titles), key=len, reverse=True))
        title_tail = rf"(?:\s*\([^)]{{1,12}}\))?(?:\s*(?:[가-힣]{{1,6}}\s+){{0,2}}?(?:{titles}))?"
        for person in self.people:
            if person.script != "hangul":
                continue
            for m in re.finditer(rf"{re.escape(person.name)}{title_tail}", text):
                out.append(Mention(m.start(), m.end(), "person", person.name, nationality=person.nationality))
        # "배 대통령", "청 주석": a family name of one syllable and a title.
        for m in re.finditer(rf"(?<![가-힣])([가-힣])\s+(?:{titles}){_KO_TAIL}", text):
            person = self.resolve_surname(m.group(1), at)
            if person is not None:
                out.append(_person_mention(m, person))
        return out

    def _chinese_mentions(self, text: str, lang: _Lang, at: int) -> list[Mention]:
        out: list[Mention] = []
        titles = "|".join(sorted(map(re.escape, lang.titles), key=len, reverse=True))
        for person in self.people:
            if person.script != "han":
                continue
            for m in re.finditer(re.escape(person.name), text):
                out.append(Mention(m.start(), m.end(), "person", person.name, nationality=person.nationality))
        for m in re.finditer(rf"([\u4e00-\u9fff])(?:{titles})", text):
            person = self.resolve_surname(m.group(1), at)
            if person is not None and not any(o.start <= m.start() < o.end for o in out):
                out.append(_person_mention(m, person))
        return out


_NAME_TOKEN = r"[A-Z][a-z]{1,11}(?:-[A-Za-z][a-z]{1,8})?"
_NAME_END = r"(?![\w-])(?!['’](?![sS]\b))"  # a word ends here; "Yoon's" is fine, "Xi'an" is not
# Overlapping (a lookahead): in "Commerce Wang Wentao" the name starts at the second word.
# A third part only after a short second one: "Kim Jong Un", "Yoon Suk Yeol".
_LATIN_NAME = re.compile(
    rf"(?<![\w-])(?=([A-Z][a-z]{{1,7}})\s+({_NAME_TOKEN})(?:\s+([A-Z][a-z]{{1,3}}))?{_NAME_END})")
_TITLED_NAME = re.compile(rf"\s+({_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?){_NAME_END}")
_APPOSITIVE = re.compile(rf"(?<![\w-])(?=([A-Z][a-z]{{1,11}})\s+({_NAME_TOKEN}),\s+"
                         r"(?:(?:[A-Z][\w’'-]*|the|a|an|of)\s+){0,4}([a-z]+)\b)")


@cache
def _alias_regex(alias: str) -> re.Pattern[str]:
    """A full name as written, or with the hyphen of a Korean given name dropped or added."""
    parts = alias.split()
    body = r"\s+".join(re.escape(p).replace(r"\-", "[-‐ ]?") for p in parts)
    return re.compile(rf"(?<![\w-])(?i:{body})(?![\w-])")


def _person_mention(m: re.Match[str], person: Person) -> Mention:
    return Mention(m.start(), m.end(), "person", person.name, nationality=person.nationality)


def _plausible_given(token: str, names: _Names) -> bool:
    head = token.split("-")[0]
    return (token not in names.not_given and head not in names.not_given and token not in names.stopwords
            and len(token) <= 14)


def _han_name(candidate: str, names: _Names) -> str | None:
    if candidate[0] not in names.han_surnames:
        return None
    if len(candidate) == 3 and candidate[2] in names.han_terminators:
        candidate = candidate[:2]
    if len(candidate) >= 2 and candidate[1] in names.han_terminators:
        return None
    return candidate


_KO_TITLE_NOUN_ENDS = "부국회당원겸실청처관"  # 외교부, 중앙정치국, 위원회, 공산당, 위원, 겸, 안보실 …
_KO_BODY_ENDS = "부회당"  # a ministry, a committee, a party (노동당): a body, not a person


def _title_noun(word: str, lang: _Lang) -> bool:
    """A word that can stand between a Korean name and its title: a country, an office, a body."""
    return (word in lang.not_names or word[-1] in _KO_TITLE_NOUN_ENDS
            or any(word.startswith(n) for names in lang.nationality.values() for n in names))


def _other(side: str) -> str:
    return "CN" if side == "KR" else "KR"


def _latin_context(text: str, start: int, end: int, lang: _Lang) -> tuple[str, bool]:
    """The title chain around a name: "China's Minister of Commerce" before it, "of the ROK" after it."""
    before_tokens = re.findall(r"[\w’'().-]+|,", text[max(0, start - 160):start])
    chain: list[str] = []
    stems = [n.casefold() for side in lang.nationality.values() for n in side]
    roles = {r.casefold() for r in lang.roles}
    for token in reversed(before_tokens):
        low = token.casefold()
        if token == "," and not chain:
            break  # "On the Korean Peninsula, Guo Yanqing said": an opening phrase, not his title
        if (token[:1].isupper() or low in lang.glue or token == "," or low in roles
                or any(low.startswith(s) for s in stems)):
            chain.append(token)
            continue
        break
    after = text[end:end + 160]
    after_tokens = re.findall(r"[\w’'().-]+|,", after)
    tail: list[str] = []
    for i, token in enumerate(after_tokens):
        low = token.casefold()
        if token == "," and i == 0:
            tail.append(token)
            continue
        if not tail and low in ("and", "und"):
            break  # "Moon Jae-in and Chinese President Xi": the next title is the next person's
        if token[:1].isupper() or low in lang.glue or token.startswith("(") or low in roles:
            tail.append(token)
            continue
        break
    context = " ".join(reversed(chain)) + " | " + " ".join(tail)
    titled = bool(lang.title_re and lang.title_re.search(context))
    return context, titled


def _han_context(text: str, start: int) -> str:
    before = text[max(0, start - 16):start]
    cut = max(before.rfind(ch) for ch in "，。的同与和在\u3000 ")
    return before[cut + 1:]


def _nationality_in(context: str, lang: _Lang) -> str | None:
    """The side a title chain names, nearest the name first ("Foreign Minister Kang of the ROK")."""
    best: tuple[int, str] | None = None
    before, _, after = context.partition(" | ")
    for side, words in lang.nationality.items():
        for word in words:
            flags = re.IGNORECASE if not lang.latin or word.islower() else 0
            pattern = re.escape(word) if not lang.latin else rf"(?<![\w-]){re.escape(word)}"
            for m in re.finditer(pattern, before, flags):
                distance = len(before) - m.end()
                if best is None or distance < best[0]:
                    best = (distance, side)
            for m in re.finditer(pattern, after, flags):
                if best is None or m.start() < best[0]:
                    best = (m.start(), side)
    return best[1] if best else None


# --------------------------------------------------------------------------------- statement reading


@dataclass
class _Reading:
    """What one statement says about its own speaker, before carry-over."""

    speaker: str | None = None
    kind: str | None = None  # SpeakerKind, or "pronoun:person" / "pronoun:both"
    stance: str | None = None
    nationality: str | None = None  # a person's or a side's
    narrative: bool = False
    persons: list[str] = field(default_factory=list)


def _strip_marker(st: Statement) -> tuple[str, int]:
    text = st.text
    if st.marker and text.lstrip().startswith(st.marker):
        offset = text.index(st.marker) + len(st.marker)
        rest = text[offset:]
        return rest, offset + (len(rest) - len(rest.lstrip()))
    match = _MARKER.match(text)
    if match and (st.marker or not text[match.end():match.end() + 1].islower()):
        return text[match.end():], match.end()
    return text, 0


def _mask_quotes(text: str) -> str:
    """Blank out quoted words (same length), so that verbs and names inside a quotation are not read.

    A quotation cut by the segmenter has only one end in a statement: an opening quote blanks to the end,
    a closing one from the start.
    """
    chars = list(text)

    def blank(a: int, b: int) -> None:
        for i in range(a, b):
            if not chars[i].isspace():
                chars[i] = " "

    i = 0
    while i < len(text):
        ch = text[i]
        if ch in _QUOTE_PAIRS:
            close = text.find(_QUOTE_PAIRS[ch], i + 1)
            blank(i + 1, len(text) if close < 0 else close)
            i = len(text) if close < 0 else close + 1
            continue
        if ch in "”」』»":  # a closing quote whose opening is in the previous statement
            blank(0, i)
        if ch == _STRAIGHT_QUOTE:
            close = text.find(_STRAIGHT_QUOTE, i + 1)
            if close >= 0:
                blank(i + 1, close)
                i = close + 1
                continue
            following = text[i + 1:i + 3]
            if not following or following[0] in " ,.라고" or following.startswith("라"):
                blank(0, i)  # closing: `…기대합니다"라고 말했습니다`
            else:
                blank(i + 1, len(text))
        i += 1
    return "".join(chars)


@dataclass(frozen=True)
class _Verb:
    start: int
    end: int
    stance: str
    form: str  # the lookup key of the words matched


def _find_verbs(text: str, lang: _Lang) -> list[_Verb]:
    if lang.verb_re is None:
        return []
    found: list[_Verb] = []
    for m in lang.verb_re.finditer(text):
        stance = lang.stance_of(m.group(0))
        if stance is None:
            continue
        if lang.code == "ko" and not _korean_predicate(text, m.start(), m.end(), m.group(0)):
            continue
        if lang.code == "zh" and not _chinese_verb(text, m.start(), m.group(0), lang):
            continue
        found.append(_Verb(m.start(), m.end(), stance, _key(m.group(0))))
    return found


def _korean_predicate(text: str, start: int, end: int, form: str) -> bool:
    """A Korean stem used as the predicate of a clause, not as a noun or inside an embedded clause."""
    tail = re.match(r"[가-힣]*", text[end:])
    rest = tail.group(0) if tail else ""
    word_start = start
    while word_start > 0 and "\uac00" <= text[word_start - 1] <= "\ud7a3":
        word_start -= 1
    word = text[word_start:end] + rest
    if any(word.endswith(e) for e in _KO_REJECT_ENDINGS):
        return False
    if rest:
        return rest.startswith(_KO_VERBAL_START)
    return form[-1] in _KO_PAST_SYLLABLES or form.endswith("다")


def _chinese_verb(text: str, start: int, form: str, lang: _Lang) -> bool:
    """Not a verb after a character that makes it a noun ("意愿", "举行欢迎仪式"), nor after a clause opener
    that makes it one ("应…邀请", at the invitation of)."""
    blocked_after = lang.not_after.get(form, "")
    if start > 0 and text[start - 1] in blocked_after:
        return False
    blockers = lang.not_in_clause_after.get(form)
    if blockers:
        clause_start = max(text.rfind(ch, 0, start) for ch in _ZH_CLAUSE_END) + 1
        if any(b in text[clause_start:start] for b in blockers):
            return False
    return True


def _phrase_mentions(text: str, lang: _Lang) -> list[Mention]:
    out: list[Mention] = []
    if lang.joint_re is not None:
        out += [Mention(m.start(), m.end(), "both", BOTH_SIDES) for m in lang.joint_re.finditer(text)]
    if lang.side_re is not None:
        for m in lang.side_re.finditer(text):
            side = lang.side_of.get(_key(m.group(0)))
            if side:
                out.append(Mention(m.start(), m.end(), "side", side, nationality=side))
    if lang.org_re is not None:
        for m in lang.org_re.finditer(text):
            # "外交部长" is a title, not the ministry.
            if not lang.latin and any(len(t) > m.end() - m.start() and text.startswith(t, m.start())
                                      for t in lang.titles):
                continue
            out.append(Mention(m.start(), m.end(), "organisation", _org_name(m.group(0))))
    if lang.org_head_re is not None:
        out += [Mention(m.start(), m.end(), "organisation", _org_name(m.group(0)))
                for m in lang.org_head_re.finditer(text) if m.group(0)[:1].isupper() or " " in m.group(0)]
    if lang.pronoun_re is not None:
        for m in lang.pronoun_re.finditer(text):
            kind = lang.pronoun_kind.get(_key(m.group(0)))
            if kind:
                out.append(Mention(m.start(), m.end(), "pronoun", kind))
    if lang.latin:
        out += _descriptors(text, lang)
    return out


def _descriptors(text: str, lang: _Lang) -> list[Mention]:
    """ "the Chinese commerce minister", "the South Korean minister": a person known by role."""
    adjectives = [w for side in lang.nationality.values() for w in side
                  if w[:1].isupper() or lang.code == "de"]
    if not adjectives or not lang.roles:
        return []
    adj = "|".join(sorted(map(re.escape, adjectives), key=len, reverse=True))
    roles = "|".join(map(re.escape, lang.roles))
    pattern = re.compile(
        rf"(?<![\w-])(?:the|der|die|den|dem)\s+((?:{adj})\w*)\s+((?:[a-z]+\s+){{0,2}}?(?:{roles}))\b",
        re.IGNORECASE)
    out = []
    for m in pattern.finditer(text):
        nationality = _nationality_in(m.group(1) + " | ", lang)
        value = f"{m.group(1)} {m.group(2)}"
        out.append(Mention(m.start(), m.end(), "descriptor", value, nationality=nationality))
    return out


def _org_name(text: str) -> str:
    name = " ".join(text.split())
    for article in ("the ", "The ", "das ", "Das ", "die ", "Die ", "der ", "Der "):
        if name.startswith(article):
            return name[len(article):]
    return name


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions; on a tie, the more specific kind."""
    rank = {"person": 0, "both": 1, "organisation": 2, "side": 3, "descriptor": 4, "pronoun": 5}
    # Names first: an institution's long name must not swallow the person after it ("the Political
    # Bureau of the CPC Central Committee and Foreign Minister Zhou Lihua").
    ordered = sorted(mentions,
                     key=lambda m: (m.kind != "person", -(m.end - m.start), rank.get(m.kind, 9), m.start))
    kept: list[Mention] = []
    for m in ordered:
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _join_pairs(text: str, mentions: list[Mention], lang: _Lang) -> list[Mention]:
    """ "Kim and Wang", "South Korea and China", "배 대통령과 청 주석": two parties as one joint subject."""
    if not lang.connectors:
        return mentions
    connectors = "|".join(map(re.escape, lang.connectors))
    between = re.compile(rf"^\s*(?:{connectors})\s*$", re.IGNORECASE)
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        if i + 1 < len(mentions):
            n = mentions[i + 1]
            pair = {m.kind, n.kind}
            if (pair <= {"person", "side", "descriptor"} and m.value != n.value
                    and between.match(text[m.end:n.start])
                    and (m.kind != "side" or n.kind != "side" or m.value != n.value)):
                out.append(Mention(m.start, n.end, "both", BOTH_SIDES, topic=n.topic, marked=n.marked))
                i += 2
                continue
        out.append(m)
        i += 1
    return out


def _mark_korean(text: str, mentions: list[Mention], lang: _Lang) -> list[Mention]:
    """Korean subjects carry a particle: "양 정상은" (topic), "청 주석이"; "중국 측의" is not a subject."""
    suffixes = "|".join(map(re.escape, lang.subject_suffixes))
    for m in mentions:
        rest = text[m.end:]
        if suffixes:
            rest = re.sub(rf"^\s*(?:{suffixes})", "", rest)
        particle = _KO_PARTICLE.match(rest)
        m.marked = particle is not None
        m.topic = bool(particle and particle.group(0) in _KO_TOPIC)
        if m.kind == "both" and not m.marked:
            # "배 대통령과 청 주석은": the particle follows the joined pair
            m.marked = _KO_PARTICLE.match(text[m.end:]) is not None
    return mentions


def _mark_prepositions(text: str, mentions: list[Mention], lang: _Lang) -> None:
    for m in mentions:
        before = re.search(r"([A-Za-zÄÖÜäöüß]+)\s*$", text[:m.start])
        m.after_preposition = bool(before and before.group(1).casefold() in lang.prepositions)
        if m.start > 0 and text[m.start - 1] in "-‐–":
            m.after_preposition = True  # "Korea-China": part of a compound, not a subject


class _Reader:
    """Reads one statement: its mentions, verbs, and which mention is the subject of which verb."""

    def __init__(self, people: PeopleIndex, organisations: list[str]) -> None:
        self.people = people
        self.organisations = organisations  # institutions named in full, for "the ministry"

    def read(self, st: Statement) -> _Reading:
        lang = _lang_for(st.language, st.text)
        body, _ = _strip_marker(st)
        text = _mask_quotes(self._mask_dateline(body, lang))
        mentions = _drop_overlaps(_phrase_mentions(text, lang) + self.people.mentions(text, lang, st.index))
        mentions = _join_pairs(text, mentions, lang)
        if lang.code == "ko":
            mentions = _mark_korean(text, mentions, lang)
        elif lang.latin:
            _mark_prepositions(text, mentions, lang)
        verbs = _find_verbs(text, lang)
        reading = _Reading(narrative=self._narrative(text, lang),
                           persons=[m.value for m in mentions if m.kind == "person"])
        if reading.narrative:
            # The meeting itself is the subject ("The meeting … is meaningful in that the two countries
            # reaffirmed …"): nobody speaks; the readout reports, or assesses, the event.
            assesses = any(word in _key(text) for word in lang.assessment)
            reading.stance = "assessed" if assesses else (verbs[0].stance if verbs else None)
            return reading
        chosen = self._subject_and_verb(text, mentions, verbs, lang)
        if chosen is None:
            reading.stance = verbs[0].stance if verbs else None
            source = self._source(text, mentions, lang)
            if source is not None:
                self._fill(reading, source, "said", mentions)
            return reading
        mention, verb = chosen
        self._fill(reading, mention, verb.stance, mentions)
        if verb.form in lang.joint_or_decided and reading.kind != "both":
            reading.stance = "decided"  # "정부는 …하기로 했습니다": one side's decision, not an agreement
        return reading

    @staticmethod
    def _mask_dateline(text: str, lang: _Lang) -> str:
        pattern = _ZH_DATELINE if lang.code == "zh" else _EN_DATELINE if lang.latin else None
        match = pattern.match(text) if pattern else None
        return " " * match.end() + text[match.end():] if match else text

    @staticmethod
    def _narrative(text: str, lang: _Lang) -> bool:
        opening = _key(text.lstrip(" \t\n\"“'‘(")[:40])
        return any(opening.startswith(n) for n in lang.narrative)

    def _subject_and_verb(self, text: str, mentions: list[Mention], verbs: list[_Verb],
                          lang: _Lang) -> tuple[Mention, _Verb] | None:
        pairs: list[tuple[Mention, _Verb, bool]] = []
        for verb in verbs:
            if lang.latin:
                found = _latin_subject(text, mentions, verb.start, verb.end, lang)
            elif lang.code == "ko":
                found = _korean_subject(mentions, verb.start)
            else:
                found = _chinese_subject(text, mentions, verb.start)
            if found is not None:
                pairs.append((found[0], verb, found[1]))
        if not pairs:
            return None
        # A trailing attribution ("…, said Wang.") governs the whole sentence; otherwise the first clause.
        trailing = [p for p in pairs if p[2]]
        subject, verb, _ = trailing[0] if trailing else pairs[0]
        return subject, verb

    @staticmethod
    def _source(text: str, mentions: list[Mention], lang: _Lang) -> Mention | None:
        if lang.source_re is None:
            return None
        for marker in lang.source_re.finditer(text):
            for m in mentions:
                if m.kind in ("organisation", "person") and 0 <= m.start - marker.end() <= 40:
                    return m
                # Korean puts the source first: "외교부에 따르면"
                near_before = 0 <= marker.start() - m.end <= 2
                if lang.code == "ko" and m.kind in ("organisation", "person") and near_before:
                    return m
        return None

    def _fill(self, reading: _Reading, m: Mention, stance: str, mentions: list[Mention]) -> None:
        reading.stance = stance
        if m.kind == "pronoun":
            reading.kind = f"pronoun:{m.value}"
            if m.value == "both":
                reading.speaker = BOTH_SIDES
            return
        if m.kind == "both":
            reading.speaker, reading.kind = BOTH_SIDES, "both"
        elif m.kind == "side":
            reading.speaker, reading.kind = SIDE_NAMES.get(m.value, m.value), "side"
            reading.nationality = m.value
        elif m.kind == "organisation":
            reading.speaker, reading.kind = self._full_organisation(m.value), "organisation"
        elif m.kind == "descriptor":
            person = self._resolve_descriptor(m)
            reading.speaker = person.name if person else m.value
            reading.kind = "person"
            reading.nationality = person.nationality if person else m.nationality
        else:
            reading.speaker, reading.kind, reading.nationality = m.value, "person", m.nationality
        # "X held talks with Y" reports what both did.
        if reading.kind == "person" and stance == "met":
            if any(n.kind == "person" and n.value != reading.speaker for n in mentions):
                reading.speaker, reading.kind = BOTH_SIDES, "both"

    def _full_organisation(self, name: str) -> str:
        """ "the ministry" means the ministry the readout named in full (English common nouns only)."""
        if " " in name or not name.islower():
            return name
        head = name.casefold()
        for org in reversed(self.organisations):
            if head in org.casefold() and len(org) > len(name):
                return org
        return name

    def _resolve_descriptor(self, m: Mention) -> Person | None:
        """ "the Chinese commerce minister": the one person of that side whose titles contain "commerce"
        (or, without a specific word, the role)."""
        lang = _lexicon()[0]["en"]
        roles = {r.casefold() for r in lang.roles}
        words = m.value.casefold().split()[1:]
        specific = [w for w in words if w not in roles]
        head = words[-1] if words else ""
        scored: list[tuple[int, Person]] = []
        for p in self.people.people:
            if m.nationality is not None and p.nationality != m.nationality:
                continue
            context = p.context.casefold()
            score = 2 * sum(1 for w in specific if w[:5] in context)
            score += 1 if head and head[:5] in context else 0
            if score:
                scored.append((score, p))
        scored.sort(key=lambda s: -s[0])
        if not scored or (len(scored) > 1 and scored[0][0] == scored[1][0]):
            return None
        return scored[0][1]


def _latin_subject(text: str, mentions: list[Mention], start: int, end: int,
                   lang: _Lang) -> tuple[Mention, bool] | None:
    before = text[:start].rstrip()
    # Inverted: "…, said Wang." / German "diskutierten beide Länder".
    inverted_ok = lang.code == "de" or (
        before.endswith((",", "”", '"', "’")) and _key(text[start:end]) in lang.inverted_verbs)
    if inverted_ok:
        after = next((m for m in mentions if m.start >= end), None)
        adjacent = after is not None and not text[end:after.start].strip()
        if after is not None and adjacent and (after.kind != "pronoun" or lang.code == "de"):
            return after, lang.code == "en"
    best: Mention | None = None
    # The nearest mention that can be a subject: "Seo, who is on a visit to China, held …" skips
    # "China" (after "to") for "Seo".
    for m in reversed([m for m in mentions if m.end <= start]):
        if lang.gap_re is None or not lang.gap_re.match(text[m.end:start]):
            continue
        if m.after_preposition and m.kind in ("person", "side", "organisation", "descriptor"):
            continue
        best = m
        break
    if best is None:
        return None
    if best.kind == "pronoun" and best.value == "both" and lang.code == "de" and best.start > 0:
        # German "sie" inside a sentence is usually "her"/"it"; as a subject it opens the clause.
        if not re.search(r"(?:^|[,;]\s*|\bund\s+)$", text[:best.start]):
            return None
    after = text[end:].strip()
    trailing = lang.code == "en" and text[:best.start].rstrip().endswith((",", "”", '"')) and len(after) <= 40
    return best, trailing


def _korean_subject(mentions: list[Mention], start: int) -> tuple[Mention, bool] | None:
    candidates = [m for m in mentions if m.end <= start and m.marked]
    topics = [m for m in candidates if m.topic]
    if topics:
        return topics[0], False
    return (candidates[-1], False) if candidates else None


def _chinese_subject(text: str, mentions: list[Mention], start: int) -> tuple[Mention, bool] | None:
    clause_start = max(text.rfind(ch, 0, start) for ch in _ZH_CLAUSE_END) + 1
    for m in mentions:
        if m.start >= clause_start and m.end <= start:
            if len(text[clause_start:m.start].strip()) <= 24:
                return m, False
            return None
    return None


# ---------------------------------------------------------------------------------- the public step


@dataclass
class _Anchor:
    """The speaker a paragraph has named last, which unnamed sentences inherit."""

    speaker: str
    kind: str
    stance: str | None
    nationality: str | None


def attribute(statements: list[Statement]) -> None:
    """Fill speaker, speaker_kind, speaker_carried and stance of every statement, in place."""
    people = PeopleIndex.build(statements)
    reader = _Reader(people, _organisations_named(statements))
    paragraph: int | None = None
    anchor: _Anchor | None = None
    last_persons: list[str] = []
    for st in statements:
        if st.paragraph != paragraph:
            paragraph, anchor, last_persons = st.paragraph, None, []
        reading = reader.read(st)
        anchor = _apply(st, reading, anchor, last_persons, people)
        last_persons = reading.persons or last_persons


def _apply(st: Statement, r: _Reading, anchor: _Anchor | None, last_persons: list[str],
           people: PeopleIndex) -> _Anchor | None:
    st.speaker, st.speaker_kind, st.speaker_carried, st.stance = None, None, False, r.stance
    if r.kind == "pronoun:person":
        target = anchor if anchor and anchor.kind == "person" else None
        name = target.speaker if target else (last_persons[-1] if last_persons else None)
        if name:
            st.speaker, st.speaker_kind, st.speaker_carried = name, "person", True
        return anchor
    if r.kind == "pronoun:both":
        st.speaker, st.speaker_kind, st.speaker_carried = BOTH_SIDES, "both", True
        return anchor
    if r.kind == "side" and anchor is not None and anchor.kind == "person" and (
            anchor.nationality in (None, r.nationality)):
        # "China is ready to …" inside Wang Yi's turn is Wang Yi speaking for his side.
        _carry(st, anchor, r.stance)
        return anchor
    if r.kind is not None and r.speaker is not None:
        st.speaker, st.speaker_kind = r.speaker, _kind(r.kind)
        person = people.find(r.speaker) if r.kind == "person" else None
        nationality = person.nationality if person else r.nationality
        return _Anchor(r.speaker, r.kind, r.stance, nationality)
    if anchor is not None and not r.narrative:
        _carry(st, anchor, r.stance)
        return anchor
    return None if r.narrative else anchor


def _carry(st: Statement, anchor: _Anchor, own_stance: str | None) -> None:
    st.speaker, st.speaker_kind, st.speaker_carried = anchor.speaker, _kind(anchor.kind), True
    # A sentence without a reporting verb of its own is the content of the last one.
    st.stance = own_stance or anchor.stance


def _kind(kind: str) -> SpeakerKind:
    if kind in ("person", "both", "side", "organisation"):
        return kind  # type: ignore[return-value]
    return "person"


def _organisations_named(statements: list[Statement]) -> list[str]:
    """Institutions named in full ("the Ministry of Trade, Industry and Energy"), in order."""
    found: list[str] = []
    for st in statements:
        lang = _lang_for(st.language, st.text)
        for pattern in (lang.org_head_re, lang.org_re):
            if pattern is None:
                continue
            for m in pattern.finditer(st.text):
                name = _org_name(m.group(0))
                if " " in name and name not in found:
                    found.append(name)
    return found


def people_index(statements: list[Statement]) -> PeopleIndex:
    """The people of a readout (for metadata: participants, the lead person's nationality)."""
    return PeopleIndex.build(statements)
