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
last speaker of the paragraph before. Three things still point back across the break, as news copy
writes a paragraph a sentence: a pronoun ("…, he said."), a quotation standing alone, and a Korean
report without a subject ("이어 “…”고 덧붙였다"); each is the last person who spoke.

All words (verbs, joint subjects, side and organisation names, titles, surnames) are in
`resources/lexicon/attribution.yaml`; this module holds only the patterns that use them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.core.model import SpeakerKind, Statement
from desktop_app.core.speakers.clauses import Reader, Reading, org_name
from desktop_app.core.speakers.people import PeopleIndex, people_index
from desktop_app.core.speakers.vocabulary import BOTH_SIDES, lang_for

# A statement that is one quotation and nothing else: “…”, "…", 「…」.
_QUOTATION = re.compile(r"[“\"「『][^“”\"「」『』]*[”\"」』][.。]?")

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
    reader = reader_for(statements)
    people = reader.people
    paragraph: int | None = None
    anchor: _Anchor | None = None
    last_persons: list[str] = []
    before: _Anchor | None = None  # the last person who spoke in an earlier paragraph
    for st in statements:
        if st.paragraph != paragraph:
            if anchor is not None and anchor.kind == "person":
                before = anchor
            paragraph, anchor, last_persons = st.paragraph, None, []
        reading = reader.read(st)
        anchor = _apply(st, reading, anchor, last_persons, people, before)
        last_persons = reading.persons or last_persons


def reader_for(statements: list[Statement]) -> Reader:
    """The reader of one readout's statements: its people, and the institutions it names in full."""
    return Reader(people_index(statements), _organisations_named(statements))


def _apply(st: Statement, r: Reading, anchor: _Anchor | None, last_persons: list[str],
           people: PeopleIndex, before: _Anchor | None) -> _Anchor | None:
    """`before`: the last person who spoke in an earlier paragraph. News copy puts each sentence in a
    paragraph of its own, so "…, he said.", a quotation standing alone and a Korean report without its
    subject are still that person's."""
    st.speaker, st.speaker_kind, st.speaker_carried, st.stance = None, None, False, r.stance
    if r.kind == "pronoun:person":
        # "he" is this paragraph's speaker, else the person it last named, else the one who spoke before.
        target = anchor if anchor and anchor.kind == "person" else None
        name = target.speaker if target else (last_persons[-1] if last_persons else
                                              before.speaker if before else None)
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
    # A quotation standing alone, and a Korean report that leaves out the subject it has just named
    # ("이어 “…”고 덧붙였다"), are the last speaker's; a quotation is said, whatever they did before.
    quotation = _QUOTATION.fullmatch(st.text.strip()) is not None
    korean_report = st.language == "ko" and r.stance == "said" and not r.narrative
    if anchor is None and before is not None and (quotation or korean_report):
        _carry(st, before, r.stance or "said")
        return None
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
        lang = lang_for(st.language, st.text)
        for pattern in (lang.org_head_re, lang.org_re):
            if pattern is None:
                continue
            for m in pattern.finditer(st.text):
                name = org_name(m.group(0))
                if " " in name and name not in found:
                    found.append(name)
    return found
