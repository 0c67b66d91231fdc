"""What kind of statement a readout sentence is, which decides what it may be linked to.

- an opening line reports the meeting itself (who met whom, where, when; its verb is "met", "held
  talks", "visited" …): the two readouts' openings report the same event in whatever words;
- an agenda line only says what was discussed or that views were exchanged on a subject: it matches the
  other side's agenda line, never a statement of substance on one of its subjects;
- the readout's own assessment of the meeting ("The meeting was significant in that …"), by nobody in
  it or by the publishing ministry: each side assesses only in its own readout;
- everything else is substance.
The kind is read from the stance the attribution step found (attribution.yaml holds the verbs in
English, German, Korean and Chinese), so every language is covered by the same vocabulary.
"""

from __future__ import annotations

from desktop_app.core.model import Statement

OPENING = "opening"
AGENDA = "agenda"
ASSESSMENT = "assessment"
SUBSTANCE = "substance"
KINDS = (OPENING, AGENDA, ASSESSMENT, SUBSTANCE)

_MEETING_STANCES = frozenset({"met", "visited", "attended"})
_AGENDA_STANCES = frozenset({"exchanged views", "discussed"})


def statement_kind(statement: Statement) -> str:
    if statement.stance == "assessed" and statement.speaker_kind in (None, "organisation"):
        return ASSESSMENT
    if statement.stance in _AGENDA_STANCES:
        return AGENDA
    # Wherever it stands: a news item opens with its main point, and reports the meeting after it.
    if statement.stance in _MEETING_STANCES:
        return OPENING
    return SUBSTANCE
