"""Finding a link's verdict: what each side says — stance, who is said to act, figures, times, topics —
compared as normalised facts, giving the reasons the two differ and the matches they share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Protocol

from desktop_app.core.analyse.analysis import Analysis
from desktop_app.core.analyse.quantities import RELATIVE_MONTHS, RELATIVE_YEARS, number_key
from desktop_app.core.compare.meeting import Participant, same_person
from desktop_app.core.compare.reasons import Fact, Match, Reason
from desktop_app.core.metadata import briefs
from desktop_app.core.model import SIDE_NAMES, SIDES, Document, Side, Statement
from desktop_app.core.speakers import people_index, stance_family
from desktop_app.core.speakers.clauses import Reader


class Readouts(Protocol):
    """What a verdict reads of a comparison: the statements, their analyses, who speaks for which side."""

    analyses: dict[Side, list[Analysis]]
    topic_labels: dict[str, str]

    @property
    def speaker_affiliation(self) -> dict[Side, dict[str, str]]: ...

    @property
    def general_topics(self) -> frozenset[str]: ...

    @property
    def readers(self) -> dict[Side, Reader]: ...

    def document(self, side: Side) -> Document: ...


@dataclass
class Verdict:
    """A link's status, the topics both sides share, why the two differ and what they say alike."""

    status: Literal["agree", "differ"]
    topics: list[str]
    reasons: list[Reason]
    matches: list[Match]


def judge(comparison: Readouts, members: dict[Side, list[int]]) -> Verdict:
    """The verdict on linking the given statements of each side."""
    affiliation = comparison.speaker_affiliation
    statements = {side: [comparison.document(side).statements[i] for i in members[side]] for side in SIDES}
    analyses = {side: [comparison.analyses[side][i] for i in members[side]] for side in SIDES}
    figures = {side: _figures(analyses[side]) for side in SIDES}
    meeting = _meeting_date(comparison)
    times = {side: _times(analyses[side], meeting) for side in SIDES}
    reasons = [r for r in (
        _stance_reason(statements),
        _attribution_reason(statements, affiliation, _acting_alone(comparison, statements)),
        _numbers_reason(analyses, figures),
        _dates_reason(times),
        _terms_reason(analyses, comparison),
    ) if r is not None]
    topics = sorted(set().union(*(a.topics for a in analyses["left"]))
                    & set().union(*(a.topics for a in analyses["right"])))
    # A topic only one side raises is worth showing but adds to the point rather than contradicting it;
    # the status says whether the two sides put the shared point differently.
    differs = any(r.kind != "terms" for r in reasons)
    matches = _matches(comparison, statements, analyses, figures, times, topics)
    return Verdict("differ" if differs else "agree", topics, reasons, matches)


def _stance_reason(statements: dict[Side, list[Statement]]) -> Reason | None:
    stances = {side: sorted({s.stance for s in statements[side] if s.stance}) for side in SIDES}
    families = {side: {stance_family(s) for s in stances[side]} for side in SIDES}
    if families["left"] and families["right"] and not families["left"] & families["right"]:
        return Reason("stance", {side: [Fact(s, stance_family(s)) for s in stances[side]]
                                 for side in SIDES})
    return None


def speaker_sides(document: Document, other: Document) -> dict[str, str]:
    """Each person speaking in a readout → "KR" or "CN", where this readout or the other tells: a
    Korean name written in Hangul or Latin letters on one side is often written in Han characters,
    with its nationality, on the other (윤병세 = 尹炳世). A spokesperson → "": the readout's own voice,
    reporting what the parties did, is attributed to no side."""
    people = people_index(document.statements)
    others = [p for p in people_index(other.statements).people if p.nationality]
    sides: dict[str, str] = {}
    for statement in document.statements:
        if statement.speaker and statement.speaker_kind == "person":
            person = people.find(statement.speaker)
            if person is not None and briefs(person):
                sides[statement.speaker] = ""
                continue
            nationality = person.nationality if person is not None else None
            if nationality is None:
                speaker = Participant(statement.speaker, None)
                nationality = next((p.nationality for p in others
                                    if same_person(speaker, Participant(p.name, None))), None)
            if nationality:
                sides[statement.speaker] = nationality
    return sides


def _attribution(statement: Statement, affiliation: dict[str, str]) -> str:
    """Who a statement is attributed to, in terms both readouts share: both sides, KR or CN."""
    if statement.speaker_kind == "both":
        return "both sides"
    if statement.speaker_kind == "side" and statement.speaker:
        return {name: code for code, name in SIDE_NAMES.items()}.get(statement.speaker, statement.speaker)
    if statement.speaker_kind == "person" and statement.speaker:
        return affiliation.get(statement.speaker, statement.speaker)
    return ""


def _attribution_reason(statements: dict[Side, list[Statement]], affiliation: dict[Side, dict[str, str]],
                        alone: dict[Side, dict[str, Fact]]) -> Reason | None:
    """Joint on one side and one side's on the other, the Korean side's against the Chinese side's, or a
    side acting alone within a joint statement where the other readout has that side do nothing alone."""
    who = {side: {_attribution(s, affiliation[side]) for s in statements[side]} - {""} for side in SIDES}
    joint = {side: "both sides" in who[side] for side in SIDES}
    single = {side: who[side] - {"both sides"} for side in SIDES}
    joint_against_single = (joint["left"] and not joint["right"] and single["right"]) or (
        joint["right"] and not joint["left"] and single["left"])
    sides = {side: single[side] & {"KR", "CN"} for side in SIDES}
    opposite_sides = sides["left"] and sides["right"] and not sides["left"] & sides["right"]
    other: dict[Side, Side] = {"left": "right", "right": "left"}
    added = {side: [fact for code, fact in sorted(alone[side].items())
                    if code not in who[other[side]] and code not in alone[other[side]]] for side in SIDES}
    if not (joint_against_single or opposite_sides or added["left"] or added["right"]):
        return None
    facts: dict[Side, list[Fact]] = {}
    for side in SIDES:
        speakers = {s.speaker: _attribution(s, affiliation[side]) for s in statements[side] if s.speaker}
        facts[side] = [Fact(name, "" if value == name else value) for name, value in sorted(speakers.items())]
        facts[side] += added[side]
    return Reason("attribution", facts)


def _acting_alone(comparison: Readouts,
                  statements: dict[Side, list[Statement]]) -> dict[Side, dict[str, Fact]]:
    """Per side, "KR" or "CN" → the subject as written, where a statement given to both sides has a clause
    of one side's own: "The two sides agreed …, and the ROK side supports China in hosting …"."""
    found: dict[Side, dict[str, Fact]] = {"left": {}, "right": {}}
    for side in SIDES:
        affiliation = comparison.speaker_affiliation[side]
        for statement in statements[side]:
            if statement.speaker_kind != "both":
                continue
            for written, reading in comparison.readers[side].clauses(statement):
                code = reading.nationality or affiliation.get(reading.speaker or "")
                if reading.kind in ("side", "person") and code in ("KR", "CN"):
                    found[side].setdefault(code, Fact(written, code))
    return found


def _format_number(value: float) -> str:
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if value >= scale:
            return f"{value / scale:g} {word}"
    return f"{value:g}"


def _figures(analyses: list[Analysis]) -> dict[str, set[float]]:
    """The figures a side gives, by kind: amounts (years left out: they are times) and ordinals ("the 9th
    summit", "35주년": which one, not how many). A figure is compared only with figures of its kind."""
    return {"amount": set().union(*(a.quantities.numbers - set(map(float, a.quantities.years))
                                    - a.quantities.ordinals for a in analyses)),
            "ordinal": set().union(*(a.quantities.ordinals for a in analyses))}


def _numbers_reason(analyses: dict[Side, list[Analysis]],
                    numbers: dict[Side, dict[str, set[float]]]) -> Reason | None:
    """Figures of one kind and order of magnitude that the two sides give differently."""
    clashing = {(a, b) for kind in numbers["left"]
                for a in numbers["left"][kind] - numbers["right"][kind]
                for b in numbers["right"][kind] - numbers["left"][kind] if _comparable(a, b)}
    if not clashing:
        return None

    def fact(side: Side, value: float) -> Fact:
        shown = _format_number(value)
        return Fact(_written(analyses[side], number_key(value)) or shown, shown)

    return Reason("numbers", {"left": [fact("left", a) for a in sorted({a for a, _ in clashing})],
                              "right": [fact("right", b) for b in sorted({b for _, b in clashing})]})


def _written(analyses: list[Analysis], key: str) -> str | None:
    return next((a.quantities.written[key] for a in analyses if key in a.quantities.written), None)


def _comparable(a: float, b: float) -> bool:
    """Two figures of one order of magnitude; zero is comparable with a small count ("0 areas", "8")."""
    if a == 0 or b == 0:
        return max(a, b) <= 10
    return 0.1 <= a / b <= 10


def _times(analyses: list[Analysis], meeting: tuple[int, int] | None) -> dict[str, Fact]:
    """The times a side gives, by the value they are compared by ("2028", "2029-2030", "04-20", "10",
    "early date"), each with the words written. With the meeting's date known, "this year" is its year
    and "last month" its month before; a period replaces the years it spans."""
    found: dict[str, Fact] = {}
    for analysis in analyses:
        q = analysis.quantities
        in_periods = {year for first, last in q.periods for year in range(first, last + 1)}
        values = [(f"{a}-{b}", f"period:{a}-{b}") for a, b in q.periods]
        values += [(str(y), f"year:{y}") for y in q.years if y not in in_periods]
        values += [(d, f"date:{d}" if "-" in d else f"month:{d}") for d in q.dates]
        for value, key in values:
            found.setdefault(value, Fact(q.written.get(key, value), value))
        for time in q.times:
            value = _resolved(time, meeting)
            found.setdefault(value, Fact(q.written.get(f"time:{time}", time), value))
    return found


def _resolved(time: str, meeting: tuple[int, int] | None) -> str:
    """A relative time as a year or month where the meeting's date tells which ("this year" → "2028")."""
    if meeting is None:
        return time
    year, month = meeting
    if time in RELATIVE_YEARS:
        return str(year + RELATIVE_YEARS[time])
    if time in RELATIVE_MONTHS:
        return f"{(month - 1 + RELATIVE_MONTHS[time]) % 12 + 1:02d}"
    return time


def _dates_reason(times: dict[Side, dict[str, Fact]]) -> Reason | None:
    """Dates, years, periods or times (this year, at a convenient time …) the two sides give differently."""
    left, right = times["left"], times["right"]
    # "June" on one side and "June 18" on the other are the same time, not a different one.
    left_only = [left[d] for d in sorted(left) if not any(d == r or _same_time(d, r) for r in right)]
    right_only = [right[d] for d in sorted(right) if not any(d == x or _same_time(d, x) for x in left)]
    if left_only and right_only and not _apart(left_only, right_only):  # a year within a date shows once
        return Reason("dates", {"left": _unique_written(left_only), "right": _unique_written(right_only)})
    # A deadline one side sets ("at an early date", "by the end of 2028") and the other leaves open, even
    # where both share another time ("an early conclusion"): the other side does not commit to it. Within
    # a year both give, it only places the point more precisely ("the first half of 2030" / "next year").
    only_one: dict[Side, list[Fact]] = {"left": left_only, "right": right_only}
    deadlines = {side: [f for f in only if f.value in _DEADLINES] for side, only in only_one.items()}
    shared_year = any(re.fullmatch(r"\d{4}", when) for when in set(left) & set(right))
    if bool(deadlines["left"]) != bool(deadlines["right"]) and not shared_year:
        return Reason("dates", deadlines)
    return None


_DEADLINES = {"early date", "convenient time", "in due course", "end of year", "first half", "second half"}


def _unique_written(facts: list[Fact]) -> list[Fact]:
    unique: dict[str, Fact] = {}
    for fact in facts:
        unique.setdefault(fact.written, fact)
    return list(unique.values())


def _apart(left: list[Fact], right: list[Fact]) -> bool:
    """Whether one side gives only days or months without their year ("November 1") and the other only
    years ("the 2026 APEC meeting"): neither says when the other's point is, so they cannot differ."""
    def undated(facts: list[Fact]) -> bool:
        return all(re.fullmatch(r"\d{2}(?:-\d{2})?", f.value) for f in facts)

    def years(facts: list[Fact]) -> bool:
        return all(re.fullmatch(r"\d{4}(?:-\d{4})?", f.value) for f in facts)

    return (undated(left) and years(right)) or (years(left) and undated(right))


def _same_time(a: str, b: str) -> bool:
    """A month ("06") and a day in it ("06-18") name the same time."""
    short, long = sorted((a, b), key=len)
    return len(short) == 2 and short.isdigit() and long.startswith(short + "-")


def _meeting_date(comparison: Readouts) -> tuple[int, int] | None:
    """The meeting's year and month, from either readout's date."""
    for side in SIDES:
        date = comparison.document(side).metadata.date
        if date and re.match(r"\d{4}-\d{2}", date.iso):
            return int(date.iso[:4]), int(date.iso[5:7])
    return None


def _terms_reason(analyses: dict[Side, list[Analysis]], comparison: Readouts) -> Reason | None:
    """Specific topics one side raises in the link and the other leaves out."""
    general = comparison.general_topics
    topics = {side: set().union(*(a.topics for a in analyses[side])) - general for side in SIDES}
    left_only, right_only = sorted(topics["left"] - topics["right"]), sorted(topics["right"] - topics["left"])
    if not left_only and not right_only:
        return None
    label = comparison.topic_labels.get
    return Reason("terms", {"left": [Fact(label(t, t), t) for t in left_only],
                            "right": [Fact(label(t, t), t) for t in right_only]})


def _matches(comparison: Readouts, statements: dict[Side, list[Statement]],
             analyses: dict[Side, list[Analysis]], figures: dict[Side, dict[str, set[float]]],
             times: dict[Side, dict[str, Fact]], topics: list[str]) -> list[Match]:
    """What the two sides of a link share: figures, times and speakers as each writes them, topics."""
    found: list[Match] = []
    shared = set().union(*(figures["left"][kind] & figures["right"][kind] for kind in figures["left"]))
    for value in sorted(shared):
        key = number_key(value)
        found.append(Match("figure", _written(analyses["left"], key) or _format_number(value),
                           _written(analyses["right"], key) or _format_number(value)))
    for when in sorted(set(times["left"]) & set(times["right"])):
        found.append(Match("time", times["left"][when].written, times["right"][when].written))
    affiliation = comparison.speaker_affiliation
    speakers = {side: {_attribution(s, affiliation[side]): s.speaker for s in statements[side] if s.speaker}
                for side in SIDES}
    for who in sorted(set(speakers["left"]) & set(speakers["right"]) - {""}):
        found.append(Match("speaker", speakers["left"][who] or who, speakers["right"][who] or who))
    label = comparison.topic_labels.get
    found += [Match("topic", label(t, t), label(t, t), key=t) for t in topics
              if t not in comparison.general_topics]
    return found
