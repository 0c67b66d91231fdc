"""The words of attribution, compiled once from `resources/lexicon/attribution.yaml`: per language the
reporting verbs and their stances, joint subjects, side and organisation names, titles; and the name lists
(surnames, given-name syllables) that tell a person from a word."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from desktop_app.core.resources import load_yaml_resource

BOTH_SIDES = "both sides"
LATIN = ("en", "de")

# Up to six words standing for "…" in a verb form ("held … talks"); never across punctuation.
_WILDCARD = r"(?:[^\s,.;:!?]+\s+){0,6}?"
_QUOTE_PAIRS = {"“": "”", "„": "“", "«": "»", "「": "」", "『": "』"}
_STRAIGHT_QUOTE = '"'
_MARKER = re.compile(r"^\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|[①-⑳]|[가-하][.)]|[oOㅇ○◦●•·▪■□◆◇▶►➢✓–—*-])\s+")
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
class Lang:
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
    title_ends: tuple[str, ...]  # Korean: titles that also end a longer title word (국가안보실장)
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
    citing_verbs: frozenset[str] = frozenset()
    subject_suffixes: tuple[str, ...] = ()
    not_names: frozenset[str] = frozenset()
    not_after: dict[str, str] = field(default_factory=dict)
    not_in_clause_after: dict[str, tuple[str, ...]] = field(default_factory=dict)
    descriptor_re: re.Pattern[str] | None = None  # "the Chinese commerce minister": a person known by role

    def stance_of(self, matched: str) -> str | None:
        stance = self.verb_stance.get(_key(matched))
        if stance:
            return stance
        for pattern, wild_stance in self.wildcard_forms:
            if pattern.fullmatch(matched):
                return wild_stance
        return None


@dataclass
class Names:
    surnames: frozenset[str]
    not_given: frozenset[str]
    stopwords: frozenset[str]
    han_surnames: frozenset[str]
    han_terminators: frozenset[str]
    known_han: frozenset[str]  # people the entity glossary names in characters ("李强", "王毅")


def _words(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _compile_lang(code: str, data: dict[str, Any]) -> Lang:
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
        # appositive between commas ("Yeo, South Korea's trade minister, met"), where and when, as news
        # writes them ("Moon and Xi in Beijing on Dec. 23 reaffirmed"), adverbs ("also").
        gap_re = re.compile(
            r"^(?:\s*\([^()]*\))?"
            r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'.-]*)*(?:\s*\([^()]*\))?)?"
            rf"(?:\s*,[^,;]{{1,200}},)?(?:\s*,)?{companion}"
            r"(?:\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?"
            r"(?:\s+on\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?"
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
    roles = tuple(_words(data.get("roles")))
    return Lang(
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
        title_ends=tuple(_words(data.get("title_ends"))),
        roles=roles,
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
        citing_verbs=frozenset(_key(v) for v in _words(data.get("citing_verbs"))),
        subject_suffixes=tuple(_words(data.get("subject_suffixes"))),
        not_names=frozenset(_words(data.get("not_names"))),
        not_after={k: str(v) for k, v in (data.get("not_after") or {}).items()},
        not_in_clause_after={k: tuple(_words(v)) for k, v in (data.get("not_in_clause_after") or {}).items()},
        descriptor_re=_descriptor_regex(code, nationality, roles) if latin else None,
    )


def _descriptor_regex(code: str, nationality: dict[str, tuple[str, ...]],
                      roles: tuple[str, ...]) -> re.Pattern[str] | None:
    """ "the Chinese commerce minister", "der südkoreanische Minister": an article, a nationality and a
    role; group 1 is the nationality, group 2 the role."""
    adjectives = [w for side in nationality.values() for w in side if w[:1].isupper() or code == "de"]
    if not adjectives or not roles:
        return None
    adj = "|".join(sorted(map(re.escape, adjectives), key=len, reverse=True))
    role = "|".join(map(re.escape, roles))
    return re.compile(
        rf"(?<![\w-])(?:the|der|die|den|dem)\s+((?:{adj})\w*)\s+((?:[a-z]+\s+){{0,2}}?(?:{role}))\b",
        re.IGNORECASE)


@cache
def compiled_vocabulary() -> tuple[dict[str, Lang], Names]:
    data = load_yaml_resource("lexicon", "attribution.yaml") or {}
    langs = {code: _compile_lang(code, data[code]) for code in ("en", "de", "ko", "zh") if code in data}
    names = data.get("names") or {}
    return langs, Names(
        surnames=frozenset(_words(names.get("surnames_latin"))),
        not_given=frozenset(_words(names.get("not_given_names"))),
        stopwords=frozenset(_words(names.get("stopwords_latin"))),
        han_surnames=frozenset(str(names.get("surnames_han") or "")),
        han_terminators=frozenset(str(names.get("han_name_terminators") or "")),
        known_han=_glossary_han_names(),
    )


def _glossary_han_names() -> frozenset[str]:
    entities = load_yaml_resource("lexicon", "entities.yaml").get("entities") or []
    people = [e for e in entities if isinstance(e, dict) and e.get("kind") == "person"]
    return frozenset(str(name) for entry in people for name in (entry.get("names") or {}).get("zh") or [])


def lang_for(language: str, text: str) -> Lang:
    """The vocabulary to read a statement with: its own language, else by script, else English."""
    langs, _ = compiled_vocabulary()
    if language in langs:
        return langs[language]
    if any("\uac00" <= ch <= "\ud7a3" for ch in text):
        return langs["ko"]
    if any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return langs["zh"]
    return langs["en"]


@cache
def stance_family(stance: str) -> str:
    """The family of a canonical stance ("stressed" → "assertion"; attribution.yaml `stance_families`),
    or the stance itself when it has none."""
    families = load_yaml_resource("lexicon", "attribution.yaml").get("stance_families") or {}
    return next((family for family, stances in families.items() if stance in stances), stance)


def stance_forms(language: str) -> dict[str, str]:
    """The literal verb forms of a language and their canonical stance (for other modules and tests)."""
    langs, _ = compiled_vocabulary()
    lang = langs.get(language)
    return dict(lang.verb_stance) if lang else {}
