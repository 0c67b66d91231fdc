"""What each statement is about: normalised tokens, topics, entities, figures and dates.

Topics and entities come from the lexicon, matched in whatever language the statement is written in,
so a Korean and a Chinese statement about the FTA share the concept `topic:trade.fta` although they
share no characters. Latin-script terms are matched on light stems, with rapidfuzz catching inflections
and romanisation variants the lexicon does not list; CJK terms are matched as substrings, and CJK text is
tokenised into character bigrams (never split on whitespace alone).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache

from rapidfuzz import fuzz, process

from desktop_app.core.analyse.lexicon import Lexicon
from desktop_app.core.analyse.quantities import Quantities, extract_quantities
from desktop_app.core.han import fold_initial_sounds, hangul_reading, simplified
from desktop_app.core.language import CJK_CHARACTER, is_hangul
from desktop_app.core.model import Statement
from desktop_app.core.resources import load_yaml_resource

_LATIN_TOKEN = re.compile(r"[a-z0-9äöüß]+")
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]+")
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ened", "ed", "es", "s",
             "ungen", "ung", "en", "er", "e")
FUZZY_TERM_CUTOFF = 88.0  # rapidfuzz ratio for a word to count as an inflection or spelling variant
# Shorter words are left to exact matching: between short words one letter is already a different word
# (a name "Hanbo" is not "hanbok").
FUZZY_MIN_LENGTH = 7


@dataclass
class Analysis:
    """What alignment and comparison need to know about one statement."""

    words: list[str]  # content stems (Latin) and character bigrams (CJK), stock phrases removed
    topics: set[str] = field(default_factory=set)  # topic ids, e.g. "trade.fta"
    entities: set[str] = field(default_factory=set)  # entity ids, e.g. "country.kr", "person.wang_yi"
    quantities: Quantities = field(default_factory=Quantities)
    terms: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # concept → where it was found
    # Korean text, and Chinese read in Korean sound, as Hangul bigrams and syllables: the Sino-Korean
    # words a Korean and a Chinese statement share (자유무역협정 / 自由贸易协定). Empty for other scripts.
    sounds: list[str] = field(default_factory=list)

    @property
    def areas(self) -> set[str]:
        return {t.split(".", 1)[0] for t in self.topics}


@lru_cache(maxsize=200_000)  # readouts repeat their words; stemming each once is enough
def stem(word: str) -> str:
    """A deliberately light stemmer for English and German: plural and tense endings only."""
    if len(word) <= 4 or word.isdigit():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    return word


def _normalise_keeping_offsets(text: str) -> str:
    norm = normalise(text)
    # Offsets must stay valid; NFKC rarely changes the length, and then plain lower-casing does.
    return norm if len(norm) == len(text) else simplified(text.lower())


def normalise(text: str) -> str:
    """NFKC, lower case, plain apostrophes, and Chinese in Simplified characters (so the lexicon's terms
    match Traditional text too)."""
    text = simplified(unicodedata.normalize("NFKC", text).lower())
    return text.replace("’", "'").replace("'s ", " ")


def latin_tokens(text: str) -> list[tuple[str, int, int]]:
    """(stem, start, end) of each Latin-script word of the (normalised) text."""
    return [(stem(m.group()), m.start(), m.end()) for m in _LATIN_TOKEN.finditer(text)]


def cjk_bigrams(text: str) -> list[str]:
    grams: list[str] = []
    for run in _CJK_RUN.findall(text):
        grams.extend(run[i:i + 2] for i in range(max(1, len(run) - 1)))
    return grams


@cache
def _stopwords() -> frozenset[str]:
    data = load_yaml_resource("lexicon", "stopwords.yaml")
    words: set[str] = set()
    for language in ("en", "de"):
        words.update(stem(w) for w in data[language].split())
    for language in ("ko", "zh"):
        for word in data[language].split():
            words.update(cjk_bigrams(word) if len(word) > 1 else [word])
    return frozenset(words)


class TermMatcher:
    """Finds the lexicon's topics and entities in statements of any of its languages.

    Where mentions overlap, the longest wins ("朝鲜半岛" is the Peninsula, not North Korea), and a
    name shared by two entities ("한중" names Korea and China) counts for both.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        # first stem → (stems, concept, case-sensitive form or None) of each Latin term
        self._latin: dict[str, list[tuple[tuple[str, ...], str, str | None]]] = defaultdict(list)
        # (first stem, second stem or None) → the terms that start so: a word is tried only against
        # terms that can start there
        self._starts: dict[tuple[str, str | None], list[tuple[tuple[str, ...], str, str | None]]] = (
            defaultdict(list))
        self._squashed: dict[str, str] = {}  # "kimjeonggwan" → concept, for names written without spaces
        self._squash_firsts: set[str] = set()
        self._cjk: dict[str, list[tuple[str, str]]] = defaultdict(list)  # first two chars → (term, concept)
        for topic in lexicon.topics.values():
            for terms in topic.terms.values():
                for term in terms:
                    self._add(term, "topic:" + topic.id)
        for entity in lexicon.entities.values():
            for names in entity.names.values():
                for name in names:
                    self._add(name, "entity:" + entity.id)
        # Fuzzy candidates by their first two letters: inflections and spelling variants keep those,
        # while a word that merely rhymes with a term ("quality", "equality") does not.
        self._vocabulary: dict[str, list[str]] = defaultdict(list)
        for key in sorted(self._latin):
            if len(key) >= FUZZY_MIN_LENGTH:
                self._vocabulary[key[:2]].append(key)
        self._variants: dict[str, str] = {}  # word → the lexicon's form of it (cache of fuzzy look-ups)

    def _add(self, term: str, concept: str) -> None:
        norm = normalise(term)
        if CJK_CHARACTER.search(norm):
            key = "".join(norm.split())  # CJK is matched with spaces ignored on both sides
            if len(key) >= 2:
                self._cjk[key[:2]].append((key, concept))
            return
        stems = tuple(s for s, _, _ in latin_tokens(norm))
        if not stems:
            return
        # "US", "UN", "EU": short acronyms match only in capitals, or "us" and "un" would count.
        exact = term.strip() if len(term.strip()) <= 3 and term.strip().isupper() else None
        self._latin[stems[0]].append((stems, concept, exact))
        self._starts[(stems[0], stems[1] if len(stems) > 1 else None)].append((stems, concept, exact))
        if len(stems) > 1 and concept.startswith("entity:"):
            self._squashed["".join(stems)] = concept
            self._squash_firsts.add(stems[0])

    def find(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """concept → (start, end) offsets in `text` of each mention."""
        return self.find_normalised(_normalise_keeping_offsets(text), text)

    def find_normalised(self, norm: str, original: str,
                        tokens: list[tuple[str, int, int]] | None = None) -> dict[str, list[tuple[int, int]]]:
        """`find` for text already normalised (and tokenised), so `analyse` does that only once."""
        if tokens is None:
            tokens = latin_tokens(norm)
        mentions = self._latin_mentions(tokens, original)
        if _CJK_RUN.search(norm):
            mentions += self._cjk_mentions(norm)
        return _longest_first(mentions)

    def _latin_mentions(self, tokens: list[tuple[str, int, int]],
                        original: str) -> list[tuple[int, int, str]]:
        raw = [s for s, _, _ in tokens]
        stems = [self._canonical(s) for s in raw]
        mentions: list[tuple[int, int, str]] = []
        for i, first in enumerate(stems):
            if first not in self._latin:
                continue
            for term, concept, exact in self._candidates(first, raw, stems, i):
                # The fuzzy form stands for the term's first word only; later words match as written
                # (or as the lexicon's own form of them).
                rest = range(2, len(term))
                if i + len(term) > len(stems) or any(term[k] not in (raw[i + k], stems[i + k]) for k in rest):
                    continue
                start, end = tokens[i][1], tokens[i + len(term) - 1][2]
                if exact is None or original[start:end] == exact:
                    mentions.append((start, end, concept))
            if first in self._squash_firsts:
                for n in (2, 3):  # "Kim Jeonggwan" against "Kim Jeong-gwan"
                    if i + n <= len(stems) and (squashed := self._squashed.get("".join(stems[i:i + n]))):
                        mentions.append((tokens[i][1], tokens[i + n - 1][2], squashed))
        return mentions

    def _candidates(self, first: str, raw: list[str], stems: list[str],
                    i: int) -> list[tuple[tuple[str, ...], str, str | None]]:
        """The terms that can start at word i: one-word terms, and those whose second word follows."""
        found = list(self._starts.get((first, None), ()))
        if i + 1 < len(stems):
            found += self._starts.get((first, raw[i + 1]), ())
            if stems[i + 1] != raw[i + 1]:
                found += self._starts.get((first, stems[i + 1]), ())
        return found

    def _canonical(self, word: str) -> str:
        """The lexicon's own form of a word, when the word is an inflection or variant of it."""
        if word in self._latin or len(word) < FUZZY_MIN_LENGTH:
            return word
        if word not in self._variants:
            match = process.extractOne(word, self._vocabulary.get(word[:2], ()), scorer=fuzz.ratio,
                                       score_cutoff=FUZZY_TERM_CUTOFF)
            self._variants[word] = match[0] if match else word
        return self._variants[word]

    def _cjk_mentions(self, norm: str) -> list[tuple[int, int, str]]:
        positions = [i for i, c in enumerate(norm) if not c.isspace()]
        squeezed = "".join(norm[i] for i in positions)
        mentions: list[tuple[int, int, str]] = []
        for i in range(len(squeezed) - 1):
            for term, concept in self._cjk.get(squeezed[i:i + 2], ()):
                if not squeezed.startswith(term, i):
                    continue
                start, end = positions[i], positions[i + len(term) - 1] + 1
                # Spaces are ignored so "한중 관계" matches "한중관계", but a match that runs over a space
                # must start a word: "대한 중국" holds no "한중", "위해 양국" no "해양".
                if " " in norm[start:end] and start > 0 and not norm[start - 1].isspace():
                    continue
                mentions.append((start, end, concept))
        return mentions


def _longest_first(mentions: list[tuple[int, int, str]]) -> dict[str, list[tuple[int, int]]]:
    """Keep the longest of overlapping mentions of one kind; equal spans (one name, two entities) all count.

    Topics and entities do not compete: "WTO reform" is the topic of reforming the WTO and a mention
    of the WTO.
    """
    taken: list[tuple[int, int, str]] = []
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for start, end, concept in sorted(set(mentions), key=lambda m: (m[0] - m[1], m[0], m[2])):
        kind = concept.split(":", 1)[0]
        if any(s < end and start < e and (s, e) != (start, end) and k == kind for s, e, k in taken):
            continue
        taken.append((start, end, kind))
        if (start, end) not in found[concept]:
            found[concept].append((start, end))
    return dict(found)


def sound_bigrams(norm: str, language: str) -> list[str]:
    """Hangul bigrams and syllables of Korean text, or of Chinese text read in Korean (see han.py)."""
    if language not in ("ko", "zh"):
        return []
    hangul = fold_initial_sounds(hangul_reading(norm) if language == "zh" else norm)
    stop = _stopwords()
    grams = [g for g in cjk_bigrams(hangul) if is_hangul(g[0]) and is_hangul(g[-1]) and g not in stop]
    # Single syllables too: Korean runs particles onto its nouns and orders compounds its own way
    # (한중 against 中韩, read 중한), so a shared syllable is often all a shared word leaves.
    return grams + [c for c in hangul if is_hangul(c) and c not in stop]


def name_words(statements: list[Statement]) -> frozenset[str]:
    """The words of the people named as speakers: who said a thing is attribution, not what it is about."""
    names = {s.speaker for s in statements if s.speaker and s.speaker_kind == "person"}
    return frozenset(w for name in names for w, _, _ in latin_tokens(normalise(name)))


def analyse(statement: Statement, matcher: TermMatcher, ignore: frozenset[str] = frozenset()) -> Analysis:
    # The list marker ("5.", "o") is layout, not content: "5." is no figure.
    shift = len(statement.marker)
    text = statement.text[shift:]
    norm = _normalise_keeping_offsets(text)
    tokens = latin_tokens(norm)
    terms = {concept: [(start + shift, end + shift) for start, end in spans]
             for concept, spans in matcher.find_normalised(norm, text, tokens).items()}
    stop = _stopwords()
    words = [s for s, _, _ in tokens if s not in stop and s not in ignore and not s.isdigit() and len(s) > 1]
    words += [g for g in cjk_bigrams(norm) if g not in stop]
    return Analysis(
        sounds=sound_bigrams(norm, statement.language),
        words=words,
        topics={c.split(":", 1)[1] for c in terms if c.startswith("topic:")},
        entities={c.split(":", 1)[1] for c in terms if c.startswith("entity:")},
        quantities=extract_quantities(text),
        terms=terms,
    )
