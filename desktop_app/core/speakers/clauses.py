"""Reading one statement: the mentions of people, sides and organisations, the reporting verbs, and the
subject of the main reporting clause, per script (Latin, Korean, Chinese)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop_app.core.datelines import opening_dateline_end
from desktop_app.core.han import simplified
from desktop_app.core.model import SIDE_NAMES, Statement
from desktop_app.core.speakers.people import Mention, PeopleIndex, Person, korean_titles_after, nationality_in
from desktop_app.core.speakers.vocabulary import (
    _KO_PARTICLE,
    _KO_PAST_SYLLABLES,
    _KO_REJECT_ENDINGS,
    _KO_TOPIC,
    _KO_VERBAL_START,
    _MARKER,
    _QUOTE_PAIRS,
    _STRAIGHT_QUOTE,
    _ZH_CLAUSE_END,
    BOTH_SIDES,
    Lang,
    _key,
    compiled_vocabulary,
    lang_for,
    stance_family,
)

# --------------------------------------------------------------------------------- statement reading


@dataclass
class Reading:
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


def _find_verbs(text: str, lang: Lang) -> list[_Verb]:
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
    if re.match(r"\s+(?:했|하였|합니|한다)", text[end:]):
        return True  # "뜻을 같이 했습니다": the form is an adverb and 하다 its verb
    return form[-1] in _KO_PAST_SYLLABLES or form.endswith("다")


def _chinese_verb(text: str, start: int, form: str, lang: Lang) -> bool:
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


def _phrase_mentions(text: str, lang: Lang) -> list[Mention]:
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
            out.append(Mention(m.start(), m.end(), "organisation", org_name(m.group(0))))
    if lang.org_head_re is not None:
        out += [Mention(m.start(), m.end(), "organisation", org_name(m.group(0)))
                for m in lang.org_head_re.finditer(text) if m.group(0)[:1].isupper() or " " in m.group(0)]
    if lang.pronoun_re is not None:
        for m in lang.pronoun_re.finditer(text):
            kind = lang.pronoun_kind.get(_key(m.group(0)))
            if kind:
                out.append(Mention(m.start(), m.end(), "pronoun", kind))
    if lang.latin:
        out += _descriptors(text, lang)
    return out


def _descriptors(text: str, lang: Lang) -> list[Mention]:
    """ "the Chinese commerce minister", "the South Korean minister": a person known by role."""
    if lang.descriptor_re is None:
        return []
    out = []
    for m in lang.descriptor_re.finditer(text):
        nationality = nationality_in(m.group(1) + " | ", lang)
        value = f"{m.group(1)} {m.group(2)}"
        out.append(Mention(m.start(), m.end(), "descriptor", value, nationality=nationality))
    return out


def org_name(text: str) -> str:
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


def _title_run(text: str, end: int, mentions: list[Mention], lang: Lang) -> int:
    """How many characters of titles follow a Korean name ending at `end` (0 when none, or when they would
    run into another person's name)."""
    run = korean_titles_after(lang.titles, lang.title_ends).match(text, end) if lang.code == "ko" else None
    if run is None or any(end < n.start < run.end() and n.kind == "person" for n in mentions):
        return 0
    return run.end() - end


def _join_korean(text: str, mentions: list[Mention], i: int, lang: Lang) -> int | None:
    """ "정의용 청와대 국가안보실장과 양제츠 … 위원이": the index of the person the one at `i` is joined
    with by 과/와 after its titles (institutions and countries named on the way are part of the titles)."""
    m = mentions[i]
    j = next((k for k in range(i + 1, len(mentions)) if mentions[k].kind == "person"), None)
    between = mentions[i + 1:j] if j is not None else []
    if m.kind != "person" or j is None or any(x.kind not in ("organisation", "side") for x in between):
        return None
    n = mentions[j]
    if n.value == m.value or (m.nationality and n.nationality and m.nationality == n.nationality):
        return None
    after_titles = m.end + _title_run(text, m.end, mentions, lang)
    return j if re.fullmatch(r"(?:과|와)\s+", text[after_titles:n.start]) else None


def _join_pairs(text: str, mentions: list[Mention], lang: Lang) -> list[Mention]:
    """ "Kim and Wang", "South Korea and China", "배 대통령과 청 주석": two parties as one joint subject."""
    if not lang.connectors:
        return mentions
    connectors = "|".join(map(re.escape, lang.connectors))
    # "Moon Jae-in and Chinese President Xi Jinping": the second party's titles may stand between.
    titles = r"(?:[A-Z][\w’'.-]*\s+){0,4}" if lang.latin else ""
    between = re.compile(rf"^\s*(?i:{connectors})\s*{titles}$")
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        if lang.code == "ko" and (j := _join_korean(text, mentions, i, lang)) is not None:
            out.append(Mention(m.start, mentions[j].end, "both", BOTH_SIDES))
            i = j + 1
            continue
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


def _mark_korean(text: str, mentions: list[Mention], lang: Lang) -> list[Mention]:
    """Korean subjects carry a particle: "양 정상은" (topic), "청 주석이", also after the titles that follow
    a name ("양제츠 중국 외교담당 정치국 위원이"); "중국 측의" is not a subject."""
    suffixes = "|".join(map(re.escape, lang.subject_suffixes))
    titles = {id(m): _title_run(text, m.end, mentions, lang) for m in mentions}
    # A country or an institution inside a person's titles ("중국 외교담당 정치국 위원") is no subject.
    runs = [(m.end, m.end + titles[id(m)]) for m in mentions if m.kind in ("person", "both")]
    mentions = [m for m in mentions
                if m.kind in ("person", "both") or not any(a < m.start < b for a, b in runs)]
    for m in mentions:
        rest = text[m.end + titles[id(m)]:]
        if suffixes:
            rest = re.sub(rf"^\s*(?:{suffixes})", "", rest)
        particle = _KO_PARTICLE.match(rest)
        m.marked = particle is not None
        m.topic = bool(particle and particle.group(0) in _KO_TOPIC)
        if m.kind == "both" and not m.marked:
            # "배 대통령과 청 주석은": the particle follows the joined pair
            m.marked = _KO_PARTICLE.match(text[m.end:]) is not None
    return mentions


def _mark_prepositions(text: str, mentions: list[Mention], lang: Lang) -> None:
    for m in mentions:
        before = re.search(r"([A-Za-zÄÖÜäöüß]+)\s*$", text[:m.start])
        m.after_preposition = bool(before and before.group(1).casefold() in lang.prepositions)
        if m.start > 0 and text[m.start - 1] in "-‐–":
            m.after_preposition = True  # "Korea-China": part of a compound, not a subject


class Reader:
    """Reads one statement: its mentions, verbs, and which mention is the subject of which verb."""

    def __init__(self, people: PeopleIndex, organisations: list[str]) -> None:
        self.people = people
        self.organisations = organisations  # institutions named in full, for "the ministry"

    def read(self, st: Statement) -> Reading:
        text, mentions, verbs, lang = self._prepare(st)
        reading = Reading(narrative=self._narrative(text, lang),
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

    def clauses(self, st: Statement) -> list[tuple[str, Reading]]:
        """Every clause with a subject and a reporting verb, each read as if it stood alone, with its
        subject as written: "The two sides agreed …, and the ROK side supports …" has two."""
        text, mentions, verbs, lang = self._prepare(st)
        found: list[tuple[str, Reading]] = []
        clause_start = 0
        for verb in verbs:
            subject = self._subject(text, mentions, verb, lang)
            if lang.code == "ko" and found:
                # The sentence's topic (양측은) governs its verbs, but a later clause may name its own:
                # "양측은 …에 합의했으며, 한국 측은 …을 지지했다".
                own = _korean_clause_subject(mentions, clause_start, verb.start)
                subject = (own, False) if own is not None else subject
            clause_start = verb.end
            if subject is not None:
                reading = Reading()
                self._fill(reading, subject[0], verb.stance, mentions)
                found.append((text[subject[0].start:subject[0].end], reading))
        return found

    def _prepare(self, st: Statement) -> tuple[str, list[Mention], list[_Verb], Lang]:
        """The statement's words to read (marker, dateline and quotations blanked), its mentions and verbs."""
        lang = lang_for(st.language, st.text)
        body, _ = _strip_marker(st)
        if lang.code == "zh":
            body = simplified(body)  # Traditional read with the vocabulary's Simplified words, offsets kept
        text = _mask_quotes(self._mask_dateline(body, lang))
        mentions = _drop_overlaps(_phrase_mentions(text, lang) + self.people.mentions(text, lang, st.index))
        mentions = _join_pairs(text, mentions, lang)
        if lang.code == "ko":
            mentions = _mark_korean(text, mentions, lang)
        elif lang.latin:
            _mark_prepositions(text, mentions, lang)
        return text, mentions, _find_verbs(text, lang), lang

    @staticmethod
    def _mask_dateline(text: str, lang: Lang) -> str:
        end = opening_dateline_end(text, lang.code == "zh") if lang.code == "zh" or lang.latin else 0
        return " " * end + text[end:]

    @staticmethod
    def _narrative(text: str, lang: Lang) -> bool:
        opening = _key(text.lstrip(" \t\n\"“'‘(")[:40])
        return any(opening.startswith(n) for n in lang.narrative)

    def _subject_and_verb(self, text: str, mentions: list[Mention], verbs: list[_Verb],
                          lang: Lang) -> tuple[Mention, _Verb] | None:
        pairs: list[tuple[Mention, _Verb, bool]] = []
        for verb in verbs:
            found = self._subject(text, mentions, verb, lang)
            if found is not None:
                pairs.append((found[0], verb, found[1]))
        if not pairs:
            return None
        # A trailing attribution ("…, said Wang.") governs the whole sentence; otherwise the first clause.
        # A trailing citation ("…, Yonhap reported.") only when the sentence names no other speaker.
        citing = [p for p in pairs if p[2] and p[1].form in lang.citing_verbs]
        if citing and len(citing) < len(pairs):
            pairs = [p for p in pairs if p not in citing]
        trailing = [p for p in pairs if p[2]]
        subject, verb, _ = trailing[0] if trailing else pairs[0]
        if verb.stance == "met" and lang.latin:
            # "Lee held talks with Xi and expressed hope …": the meeting is both sides', the hope the
            # subject's; the verb joined by "and" without a subject of its own says what the sentence reports.
            own = {id(p[1]) for p in pairs}
            joined = next((v for v in verbs if v.start > verb.end and id(v) not in own
                           and stance_family(v.stance) != "discussion"  # "…and exchanged views": both still
                           and re.search(r"\band\s+$", text[verb.end:v.start])), None)
            verb = joined or verb
        return subject, verb

    @staticmethod
    def _subject(text: str, mentions: list[Mention], verb: _Verb, lang: Lang) -> tuple[Mention, bool] | None:
        """The subject of one reporting verb, and whether it trails the sentence ("…, said Wang.")."""
        if lang.latin:
            return _latin_subject(text, mentions, verb.start, verb.end, lang)
        if lang.code == "ko":
            return _korean_subject(text, mentions, verb.start)
        return _chinese_subject(text, mentions, verb.start)

    @staticmethod
    def _source(text: str, mentions: list[Mention], lang: Lang) -> Mention | None:
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

    def _fill(self, reading: Reading, m: Mention, stance: str, mentions: list[Mention]) -> None:
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
        lang = compiled_vocabulary()[0]["en"]
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
                   lang: Lang) -> tuple[Mention, bool] | None:
    before = text[:start].rstrip()
    # Inverted: "…, said Wang." / German "diskutierten beide Länder".
    inverted_ok = lang.code == "de" or (
        before.endswith((",", "”", '"', "’")) and _key(text[start:end]) in lang.inverted_verbs)
    if inverted_ok:
        following = next((m for m in mentions if m.start >= end), None)
        adjacent = following is not None and not text[end:following.start].strip()
        if following is not None and adjacent and (following.kind != "pronoun" or lang.code == "de"):
            return following, lang.code == "en"
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


def _korean_subject(text: str, mentions: list[Mention], start: int) -> tuple[Mention, bool] | None:
    candidates = [m for m in mentions if m.end <= start and m.marked]
    topics = [m for m in candidates if m.topic]
    # The sentence's topic speaks, unless what it did is reported ("…협의했다고", "…”라고") by someone
    # named after the report: "정 실장과 양 위원은 …협의했다고 김 대변인은 밝혔다".
    reported = max((m.end() for m in _KO_QUOTATIVE.finditer(text, 0, start)), default=0)
    reporter = [m for m in topics if m.start >= reported]
    if reporter:
        return reporter[0], False
    if topics:
        return topics[0], False
    return (candidates[-1], False) if candidates else None


_KO_QUOTATIVE = re.compile(r"(?:[다라자냐]|[”\"’'」』]\s*라?)고(?=[\s,])")


def _korean_clause_subject(mentions: list[Mention], clause_start: int, start: int) -> Mention | None:
    """The topic-marked subject a Korean clause names between the previous reporting verb and its own."""
    own = [m for m in mentions if clause_start <= m.start and m.end <= start and m.marked and m.topic]
    return own[-1] if own else None


def _chinese_subject(text: str, mentions: list[Mention], start: int) -> tuple[Mention, bool] | None:
    clause_start = max(text.rfind(ch, 0, start) for ch in _ZH_CLAUSE_END) + 1
    for m in mentions:
        if m.start >= clause_start and m.end <= start:
            if len(text[clause_start:m.start].strip()) <= 24:
                return m, False
            return None
    return None
