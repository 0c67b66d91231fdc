"""The words of a verdict: a reason why a link differs, one side's facts in it, and what both sides
share. Each reason reads as a plain sentence in the report's language (`Reason.describe`); the facts keep
the words as written beside the value they are compared by, so a sentence never shows a value the text
lacks.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from desktop_app.core.model import SIDE_NAMES, SIDES, Side
from desktop_app.core.wording import DEFAULT_LANGUAGE, clauses, known, listed, sentence, tr, value_words

ReasonKind = Literal["stance", "attribution", "numbers", "dates", "terms"]


@dataclass(frozen=True)
class Fact:
    """One side's part of a reason: the words the readout uses, and the value they are compared by."""

    written: str  # "올해", "4천억", "agreed", "王毅"
    value: str  # "2028", "400 billion", "commitment", "CN"


_DEFAULT_LABELS: dict[Side, str] = {"left": "the left readout", "right": "the right readout"}


@dataclass
class Reason:
    """Why a link is `differ` (or what one side adds): each side's facts, as written and as compared."""

    kind: ReasonKind
    facts: dict[Side, list[Fact]]

    @property
    def left(self) -> list[str]:
        return [self.shown(f) for f in self.facts["left"]]

    @property
    def right(self) -> list[str]:
        return [self.shown(f) for f in self.facts["right"]]

    def shown(self, fact: Fact, language: str = DEFAULT_LANGUAGE) -> str:
        """A fact as the reader sees it: the written words, with the value where it tells more —
        "올해 (2028)", "4천억 (400 billion)", "윤병세 (Korean side)". In a Korean or Chinese report the
        engine's own words (stances, "both sides", "early date", "400 billion") are in that language."""
        value = SIDE_NAMES.get(fact.value, fact.value)
        digits = re.findall(r"\d+", value)
        plain = re.sub(r"(?<=\d)[,\s](?=\d{3})", "", fact.written).casefold()  # "1,200" says 1200
        written = fact.written
        if language != DEFAULT_LANGUAGE and (self.kind == "stance" or written in _ENGINE_SPEAKERS):
            written = known(language, written)  # the engine's canonical word, not the readout's
        if (self.kind in ("stance", "terms") or not value or value.casefold() in plain
                or (self.kind == "dates" and digits and all(d.lstrip("0") in fact.written for d in digits))
                or re.fullmatch(r"\d{2}(?:-\d{2})?", value)):  # a month or day code says no more
            return written
        worded = value_words(value, language)
        if language != DEFAULT_LANGUAGE and worded.casefold() in plain:  # "올해 (올해)" says nothing more
            return written
        return f"{written} ({worded})"

    def values(self, language: str = DEFAULT_LANGUAGE,
               topics: Mapping[str, str] | None = None) -> dict[Side, list[str]]:
        """Each side's facts as the reader sees them (`shown`); topics named by `topics` (id → label)."""
        if self.kind == "terms" and topics:
            return {side: [topics.get(f.value) or f.written for f in self.facts[side]] for side in SIDES}
        return {side: [self.shown(f, language) for f in self.facts[side]] for side in SIDES}

    def describe(self, labels: dict[Side, str] | None = None, language: str = DEFAULT_LANGUAGE,
                 topics: Mapping[str, str] | None = None) -> str:
        """The reason as a sentence: "The figures differ: 8 on the Korean side, 10 on the Chinese side."
        `labels` name the sides ("the Korean side"); by default "the left/right readout". `topics` names
        the topics (id → label) in `language`; by default as the lexicon's English labels."""
        names = labels or default_labels(language)
        values = self.values(language, topics)
        if self.kind == "attribution":  # "… to the Chinese side", as a sentence says it
            values = {side: [sentence_form(v, language) for v in values[side]] for side in SIDES}
        left, right = listed(values["left"], language), listed(values["right"], language)
        if self.kind == "terms":
            parts = [tr(language, "only {side} raises {topics}", side=names[side],
                        topics=listed(values[side], language)) for side in SIDES if values[side]]
            return sentence(clauses(parts, language), language)
        if self.kind == "attribution":
            return sentence(tr(language, "{left_side} attributes it to {left}; {right_side} to {right}",
                               left_side=names["left"], left=left, right_side=names["right"], right=right),
                            language)
        sides = {"left_side": names["left"], "left": left, "right_side": names["right"], "right": right}
        if self.kind == "stance":
            said = tr(language, "the stance differs: {left} according to {left_side}, {right} according to "
                      "{right_side}", **sides)
        elif self.kind == "numbers":
            said = tr(language, "the figures differ: {left} according to {left_side}, {right} according to "
                      "{right_side}", **sides)
        elif not values["left"] or not values["right"]:  # a deadline only one side sets
            side: Side = "left" if values["left"] else "right"
            said = tr(language, "only {side} sets a time: {times}", side=names[side], times=sides[side])
        else:
            said = tr(language, "the times differ: {left} according to {left_side}, {right} according to "
                      "{right_side}", **sides)
        return sentence(said, language)


_ENGINE_SPEAKERS = frozenset({"both sides", *SIDE_NAMES.values()})  # speakers the engine names itself


def sentence_form(speaker: str, language: str = DEFAULT_LANGUAGE) -> str:
    """A speaker as a sentence names it: "the Chinese side" in English, not the label "Chinese side"."""
    return f"the {speaker}" if language == DEFAULT_LANGUAGE and speaker in SIDE_NAMES.values() else speaker


def default_labels(language: str = DEFAULT_LANGUAGE) -> dict[Side, str]:
    """How a sentence names the sides when the caller does not: "the left readout", "왼쪽 발표문"."""
    return {side: tr(language, label) for side, label in _DEFAULT_LABELS.items()}


@dataclass(frozen=True)
class Match:
    """What both sides of a link say alike, each as its readout writes it: 2029년 ↔ 2029年."""

    kind: Literal["figure", "time", "speaker", "topic"]
    left: str
    right: str
    key: str = ""  # a topic's id, which names it in every language

    @property
    def shown(self) -> str:
        return self.left if self.left == self.right else f"{self.left} ↔ {self.right}"

    def shown_in(self, language: str, topics: Mapping[str, str] | None = None) -> str:
        """`shown`, with the engine's own names for speakers ("both sides") and topics (`topics`: id →
        label) in the report's language."""
        if self.kind == "topic" and topics and self.key in topics:
            return topics[self.key]
        left, right = ((known(language, w) if w in _ENGINE_SPEAKERS else w) for w in (self.left, self.right))
        return left if left == right else f"{left} ↔ {right}"
