"""The people of one readout: found once over all its statements (`people_index`, cached per readout),
under the fullest form of each name, with their nationality and titles, and their mentions in a text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from desktop_app.core.han import simplified
from desktop_app.core.model import Statement
from desktop_app.core.speakers.vocabulary import (
    _KO_NOT_NAME_ENDS,
    _KO_PARTICLE_ENDS,
    _KO_TAIL,
    Lang,
    Names,
    _key,
    compiled_vocabulary,
    lang_for,
)

PEOPLE_CACHE_SIZE = 8  # readouts whose people are kept: both sides of a comparison, and a few recent ones

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


_NAME_PUNCTUATION = re.compile(r"[\s\-‐’'.]+")


def name_key(name: str) -> str:
    """One key for every way a readout writes one name: spaces, hyphens, apostrophes and dots dropped
    (Chung Eui-yong, Chung Euiyong), case folded, and both Chinese scripts alike (李強 and 李强)."""
    return simplified(_NAME_PUNCTUATION.sub("", name)).casefold()


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
            lang = lang_for(st.language, st.text)
            if lang.latin:
                index._scan_latin(st, lang)
            elif lang.code == "ko":
                index._scan_korean(st, lang)
            else:
                index._scan_chinese(st, lang)
        index._complement_nationalities(statements)
        return index

    def add(self, name: str, surname: str, script: str, statement: int, context: str = "",
            lang: Lang | None = None, titled: bool = False) -> Person:
        key = name_key(name)
        person = self._by_key.get(key)
        if person is None:
            # A longer form of a name known by its surname alone ("Seo" → "Seo Min-jae") replaces it.
            short = self._by_key.get(name_key(surname))
            if short is not None and short.name == short.surname and name != surname:
                del self._by_key[name_key(short.name)]
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
                person.nationality = nationality_in(context, lang)
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

    def _scan_latin(self, st: Statement, lang: Lang) -> None:
        _, names = compiled_vocabulary()
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

    def _latin_titled(self, st: Statement, lang: Lang, names: Names) -> None:
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

    def _scan_korean(self, st: Statement, lang: Lang) -> None:
        pattern = _korean_titled_name(lang.titles, lang.title_ends)
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
                self._by_key.setdefault(name_key(hanja), person)

    def _scan_chinese(self, st: Statement, lang: Lang) -> None:
        _, names = compiled_vocabulary()
        # Read in Simplified characters (the vocabulary's), names kept as the readout writes them:
        # the conversion keeps every offset.
        text = simplified(st.text)
        titles = _longest_first(lang.titles)
        for match in re.finditer(rf"(?:{titles})([\u4e00-\u9fff]{{2,3}})", text):
            name = _han_name(match.group(1), names)
            if name:
                start = match.start(1)
                context = _han_context(text, start)
                self.add(st.text[start:start + len(name)], name[0], "han", st.index, context, lang, True)
        verbs = _longest_first(tuple(lang.verb_stance))
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
                self.add(st.text[match.start(1):match.end(1)], name[0], "han", st.index, "", lang)

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

    def mentions(self, text: str, lang: Lang, at: int) -> list[Mention]:
        if lang.latin:
            return self._latin_mentions(text, lang, at)
        if lang.code == "ko":
            return self._korean_mentions(text, lang, at)
        return self._chinese_mentions(text, lang, at)

    def people_in(self, text: str, language: str, at: int = 10**9) -> list[Person]:
        """The people a text mentions, in order of first mention, without repeats."""
        lang = lang_for(language, text)
        found: list[Person] = []
        for m in sorted(self.mentions(text, lang, at), key=lambda m: m.start):
            person = self.find(m.value)
            if person is not None and person not in found:
                found.append(person)
        return found

    def pronoun_referent(self, text: str, language: str, before: list[Statement]) -> Person | None:
        """The person a text's opening pronoun stands for ("他周日与…举行会谈", "He met …"): the first
        person named in the nearest statement before it that names one; None without such a pronoun."""
        lang = lang_for(language, text)
        opening = lang.pronoun_re.match(text.lstrip()) if lang.pronoun_re is not None else None
        if opening is None or lang.pronoun_kind.get(_key(opening.group(0))) != "person":
            return None
        for st in reversed(before):
            if found := self.people_in(st.text, st.language, st.index):
                return found[0]
        return None

    def find(self, name: str) -> Person | None:
        """The person known under this name (any form the readout uses), if any."""
        return self._by_key.get(name_key(name))

    def _latin_mentions(self, text: str, lang: Lang, at: int) -> list[Mention]:
        out: list[Mention] = []
        for person in self.people:
            if person.script != "latin":
                continue
            for alias in {person.name, *person.aliases}:
                if alias == person.surname:
                    continue
                for m in _alias_regex(alias).finditer(text):
                    out.append(_person_mention(m, person))
        surnames = frozenset(p.surname for p in self.people if p.script == "latin")
        if surnames:
            out += self._surname_mentions(_bare_surname_regex(surnames).finditer(text), at)
        return out

    def _surname_mentions(self, matches: Iterable[re.Match[str]], at: int) -> list[Mention]:
        """Mentions by family name alone (group 1), each of the person it refers to at statement `at`."""
        return [_person_mention(m, named) for m in matches
                if (named := self.resolve_surname(m.group(1), at)) is not None]

    def _korean_mentions(self, text: str, lang: Lang, at: int) -> list[Mention]:
        out: list[Mention] = []
        titles = _longest_first(lang.titles)
        title_tail = rf"(?:\s*\([^)]{{1,12}}\))?(?:\s*(?:[가-힣]{{1,6}}\s+){{0,2}}?(?:{titles}))?"
        for person in self.people:
            if person.script != "hangul":
                continue
            for m in re.finditer(rf"{re.escape(person.name)}{title_tail}", text):
                out.append(Mention(m.start(), m.end(), "person", person.name, nationality=person.nationality))
        # "배 대통령", "청 주석": a family name of one syllable and a title.
        bare = re.finditer(rf"(?<![가-힣])([가-힣])\s+(?:{titles}){_KO_TAIL}", text)
        out += self._surname_mentions(bare, at)
        return out

    def _chinese_mentions(self, text: str, lang: Lang, at: int) -> list[Mention]:
        out: list[Mention] = []
        text = simplified(text)  # both scripts; offsets unchanged
        titles = _longest_first(lang.titles)
        for person in self.people:
            if person.script != "han":
                continue
            for m in re.finditer(re.escape(simplified(person.name)), text):
                out.append(Mention(m.start(), m.end(), "person", person.name, nationality=person.nationality))
        for m in re.finditer(rf"([\u4e00-\u9fff])(?:{titles})", text):
            named = self.resolve_surname(m.group(1), at)
            if named is not None and not any(o.start <= m.start() < o.end for o in out):
                out.append(_person_mention(m, named))
        return out


_NAME_TOKEN = r"[A-Z][a-z]{1,11}(?:-[A-Za-z][a-z]{1,8})?"
_NAME_END = r"(?![\w-])(?!['’](?![sS]\b))"  # a word ends here; "Yoon's" is fine, "Xi'an" is not
# Overlapping (a lookahead): in "Commerce Wang Wentao" the name starts at the second word.
# A third part only after a short second one, a syllable of a Korean given name: "Kim Jong Un", "Yoon Suk
# Yeol", "Lee Jae Myung".
_LATIN_NAME = re.compile(
    rf"(?<![\w-])(?=([A-Z][a-z]{{1,7}})\s+({_NAME_TOKEN})(?:\s+([A-Z][a-z]{{1,4}}))?{_NAME_END})")
_TITLED_NAME = re.compile(rf"\s+({_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?){_NAME_END}")
_APPOSITIVE = re.compile(rf"(?<![\w-])(?=([A-Z][a-z]{{1,11}})\s+({_NAME_TOKEN}),\s+"
                         r"(?:(?:[A-Z][\w’'-]*|the|a|an|of)\s+){0,4}([a-z]+)\b)")


@cache
def _longest_first(words: tuple[str, ...]) -> str:
    """Words as regex alternatives, longest first so that the longest wins at a position; built once
    per word list, not per statement."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@cache
def _alias_regex(alias: str) -> re.Pattern[str]:
    """A full name as written, or with the hyphen of a Korean given name dropped or added."""
    parts = alias.split()
    body = r"\s+".join(re.escape(p).replace(r"\-", "[-‐ ]?") for p in parts)
    return re.compile(rf"(?<![\w-])(?i:{body})(?![\w-])")


@lru_cache(maxsize=PEOPLE_CACHE_SIZE * 4)
def _bare_surname_regex(surnames: frozenset[str]) -> re.Pattern[str]:
    """A readout's family names standing alone, built once per readout rather than per statement."""
    alternatives = "|".join(map(re.escape, sorted(surnames, key=len, reverse=True)))
    # Not before another capitalised word: "Han River", or someone else's full name.
    return re.compile(rf"(?<![\w-])({alternatives})(?![\w-])(?!\s+[A-Z][a-z])")


def _person_mention(m: re.Match[str], person: Person) -> Mention:
    return Mention(m.start(), m.end(), "person", person.name, nationality=person.nationality)


def _plausible_given(token: str, names: Names) -> bool:
    head = token.split("-")[0]
    return (token not in names.not_given and head not in names.not_given and token not in names.stopwords
            and len(token) <= 14)


def _korean_title(titles: tuple[str, ...], title_ends: tuple[str, ...]) -> str:
    """A Korean title word: a title, or one word that ends in a title ("국가안보실장"); not any word that
    merely ends in one (회의장 is a hall, not a 의장)."""
    if not title_ends:
        return f"(?:{_longest_first(titles)})"
    return rf"(?:[가-힣\d]{{1,6}}?(?:{_longest_first(title_ends)})|{_longest_first(titles)})"


_AFTER_TITLE = r"(?=[은는이가의과와도께을를\s,.]|$)"


@cache
def _korean_titled_name(titles: tuple[str, ...], title_ends: tuple[str, ...]) -> re.Pattern[str]:
    """A Korean name, its characters in brackets, title nouns, and its title: "정의용 청와대 국가안보실장".

    A title is spaced from the name, as Korean writes it (so "특별대표" is a title, not the name 특별
    and the title 대표)."""
    return re.compile(
        rf"(?<![가-힣])([가-힣]{{2,6}})(?:\s*\(([^)]{{1,12}})\))?\s+((?:[가-힣]{{1,7}}\s+){{0,5}}?)"
        rf"({_korean_title(titles, title_ends)}){_AFTER_TITLE}")


@cache
def korean_titles_after(titles: tuple[str, ...], title_ends: tuple[str, ...]) -> re.Pattern[str]:
    """The title nouns and title that follow a Korean name, as `_korean_titled_name` reads them: matched
    where the name ends (" 중국 외교담당 정치국 위원" in "양제츠 중국 외교담당 정치국 위원이")."""
    return re.compile(rf"(?:\s+[가-힣]{{1,7}}){{0,5}}?\s+{_korean_title(titles, title_ends)}{_AFTER_TITLE}")


def _han_name(candidate: str, names: Names) -> str | None:
    if candidate[0] not in names.han_surnames:
        return None
    # A name the glossary knows is taken whole, even when its given name is a character that usually
    # follows a name (李强: 强 as in 王毅强调).
    known = next((c for c in (candidate[:3], candidate[:2]) if c in names.known_han), None)
    if known is not None:
        return known
    if len(candidate) == 3 and candidate[2] in names.han_terminators:
        candidate = candidate[:2]
    if len(candidate) >= 2 and candidate[1] in names.han_terminators:
        return None
    return candidate


_KO_TITLE_NOUN_ENDS = "부국회당원겸실청처관"  # 외교부, 중앙정치국, 위원회, 공산당, 위원, 겸, 안보실 …
_KO_BODY_ENDS = "부회당"  # a ministry, a committee, a party (노동당): a body, not a person


def _title_noun(word: str, lang: Lang) -> bool:
    """A word that can stand between a Korean name and its title: a country, an office, a body."""
    return (word in lang.not_names or word[-1] in _KO_TITLE_NOUN_ENDS
            or any(word.startswith(n) for names in lang.nationality.values() for n in names))


def _other(side: str) -> str:
    return "CN" if side == "KR" else "KR"


def _latin_context(text: str, start: int, end: int, lang: Lang) -> tuple[str, bool]:
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


def nationality_in(context: str, lang: Lang) -> str | None:
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


def people_index(statements: list[Statement]) -> PeopleIndex:
    """The people of a readout, built once per readout: attribution, the metadata (participants, the lead
    person's nationality) and the comparison (who speaks for which side) all ask for them.

    The index depends only on each statement's position, language and text, so it is cached under
    those; it is never changed once built."""
    return _people_of(tuple((st.index, st.language, st.text) for st in statements))


@lru_cache(maxsize=PEOPLE_CACHE_SIZE)
def _people_of(key: tuple[tuple[int, str, str], ...]) -> PeopleIndex:
    return PeopleIndex.build([Statement(index, 0, len(text), 0, text, language)
                              for index, language, text in key])
