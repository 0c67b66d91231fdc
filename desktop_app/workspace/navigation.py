"""Questions the window asks of a comparison, answered once per comparison: each statement's status and
links, what a filter keeps, and the order in which next/previous difference visits the differences.

No Qt here: the views draw what this says, and the tests check it without a window.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from desktop_app.workspace.session import SIDES, Side, other
from desktop_app.workspace.text import translate

if TYPE_CHECKING:
    from desktop_app.core.compare.comparison import Comparison, Link

Status = Literal["agree", "differ", "one_sided"]
FilterKind = Literal["all", "differences", "one_sided", "topic"]


@dataclass(frozen=True)
class Filter:
    """What the user asked to see; statements outside it are dimmed, their connectors faded."""

    kind: FilterKind = "all"
    topic: str | None = None  # for kind "topic"

    def describe(self, labels: dict[str, str]) -> str:
        if self.kind == "topic" and self.topic:
            return translate("Filter", "topic: {label}").format(label=labels.get(self.topic, self.topic))
        if self.kind == "differences":
            return translate("Filter", "differences")
        if self.kind == "one_sided":
            return translate("Filter", "one-sided")
        return translate("Filter", "all statements")


ALL = Filter()


@dataclass(frozen=True)
class Difference:
    """A stop for next/previous difference: a `differ` link, or a statement only one side makes."""

    side: Side  # where the stop's anchor statement is
    index: int  # the anchor statement
    link: int | None  # index into comparison.links, None for a one-sided statement


@dataclass
class TopicStatus:
    """How a topic fares: per side, its statements that agree, differ or stand alone."""

    topic: str
    counts: dict[Side, dict[Status, int]] = field(
        default_factory=lambda: {s: {"agree": 0, "differ": 0, "one_sided": 0} for s in SIDES})

    def total(self, status: Status) -> int:
        return sum(self.counts[side][status] for side in SIDES)


class ComparisonIndex:
    """Lookups over one comparison. Rebuild it after the comparison's links change."""

    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.links: list[Link] = comparison.links
        self.links_of: dict[Side, list[list[int]]] = {}
        self.status: dict[Side, list[Status]] = {}
        self.topics: dict[Side, list[frozenset[str]]] = {}
        for side in SIDES:
            count = len(comparison.document(side).statements)
            links_of: list[list[int]] = [[] for _ in range(count)]
            for number, link in enumerate(self.links):
                for index in getattr(link, side):
                    links_of[index].append(number)
            self.links_of[side] = links_of
            self.status[side] = [self._status_of(numbers) for numbers in links_of]
            self.topics[side] = [frozenset(comparison.statement_topics(side, i)) for i in range(count)]

    def _status_of(self, link_numbers: list[int]) -> Status:
        if not link_numbers:
            return "one_sided"
        return "differ" if any(self.links[n].status == "differ" for n in link_numbers) else "agree"

    # ------------------------------------------------------------------------------- counterparts

    def counterparts(self, side: Side, index: int) -> list[int]:
        """Statements on the other side linked to this one, in reading order."""
        found = {i for n in self.links_of[side][index] for i in getattr(self.links[n], other(side))}
        return sorted(found)

    def link_members(self, number: int) -> dict[Side, list[int]]:
        link = self.links[number]
        return {"left": list(link.left), "right": list(link.right)}

    # ------------------------------------------------------------------------------- filters

    def visible(self, side: Side, index: int, view: Filter) -> bool:
        if view.kind == "all":
            return True
        if view.kind == "differences":
            return self.status[side][index] != "agree"
        if view.kind == "one_sided":
            return self.status[side][index] == "one_sided"
        # A statement's counterparts stay in view with it: what the other side said on the topic.
        if about(self.topics[side][index], view.topic):
            return True
        far = other(side)
        return any(about(self.topics[far][j], view.topic) for j in self.counterparts(side, index))

    def link_visible(self, number: int, view: Filter) -> bool:
        link = self.links[number]
        if view.kind == "all":
            return True
        if view.kind == "differences":
            return link.status == "differ"
        if view.kind == "one_sided":
            return False
        return any(about(self.topics["left"][i], view.topic) for i in link.left) or any(
            about(self.topics["right"][j], view.topic) for j in link.right)

    def first_visible(self, view: Filter) -> tuple[Side, int] | None:
        for side in SIDES:
            for index in range(len(self.status[side])):
                if self.visible(side, index, view):
                    return side, index
        return None

    # ------------------------------------------------------------------------------- topics

    def topic_status(self, topic: str) -> TopicStatus:
        result = TopicStatus(topic)
        for side in SIDES:
            for index, topics in enumerate(self.topics[side]):
                if about(topics, topic):
                    result.counts[side][self.status[side][index]] += 1
        return result

    # ------------------------------------------------------------------------------- differences

    def differences(self, side: Side) -> list[Difference]:
        """Every difference, in reading order of `side`.

        A one-sided statement of the other side has no place in this side's text; it is put just after
        the counterpart of the nearest linked statement before it, which is where a reader of this side
        would look for it.
        """
        stops: list[tuple[float, Difference]] = []
        for number, link in enumerate(self.links):
            if link.status == "differ":
                anchor = min(getattr(link, side))
                stops.append((float(anchor), Difference(side, anchor, number)))
        for index, status in enumerate(self.status[side]):
            if status == "one_sided":
                stops.append((float(index), Difference(side, index, None)))
        far = other(side)
        for index, status in enumerate(self.status[far]):
            if status == "one_sided":
                stops.append((self._place_on(side, far, index), Difference(far, index, None)))
        stops.sort(key=lambda stop: (stop[0], stop[1].side != side, stop[1].index))
        return [difference for _, difference in stops]

    def _place_on(self, side: Side, far: Side, index: int) -> float:
        """Where a statement of the other side would sit in this side's reading order."""
        for previous in range(index - 1, -1, -1):
            counterparts = self.counterparts(far, previous)
            if counterparts:
                return counterparts[-1] + 0.5 + index * 1e-6
        return -0.5 + index * 1e-6

    def position_of(self, side: Side, anchor_side: Side, index: int) -> float:
        """A statement's place in `side`'s reading order (see `differences`)."""
        if anchor_side == side:
            return float(index)
        counterparts = self.counterparts(anchor_side, index)
        if counterparts:
            return float(counterparts[0])
        return self._place_on(side, anchor_side, index)


def about(topics: frozenset[str] | list[str], topic: str | None) -> bool:
    """Whether a statement with these topics is about `topic`; a topic area ("trade") takes in its
    topics ("trade.fta")."""
    if topic is None:
        return False
    prefix = topic + "."
    return any(t == topic or t.startswith(prefix) for t in topics)


def statement_at(starts: list[int], ends: list[int], position: int) -> int | None:
    """The statement whose text holds the character `position`, if any."""
    k = bisect_right(starts, position) - 1
    if k >= 0 and position < ends[k]:
        return k
    return None
