"""The sentences the window shows about the comparison: the summary in the status bar, a statement's
tooltip, a link's verdict line by line, and the details under the panes for what is selected. Plain
text (the details are rich text: document text is escaped). Their translation context is the window's
("MainWindow"), where they are shown."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import TYPE_CHECKING

from desktop_app.workspace.names import side_labels, side_name, side_phrase, status_name
from desktop_app.workspace.selection import selected_links
from desktop_app.workspace.session import SIDES, Session, Side, other
from desktop_app.workspace.text import engine_language, translate

if TYPE_CHECKING:
    from desktop_app.core.compare.comparison import Link
    from desktop_app.workspace.navigation import ComparisonIndex, Filter
    from desktop_app.workspace.selection import Selection

NEAR_MATCH = 0.1  # below this match probability a one-sided statement has no near counterpart


def summary_text(session: Session, index: ComparisonIndex | None, filter: Filter) -> str:
    """The status bar's figures: statements, links agreeing and differing, one-sided statements."""
    comparison = session.comparison
    if comparison is None or index is None:
        loaded = [d for d in session.documents.values() if d is not None]
        if len(loaded) < 2:
            return translate("MainWindow", "Open two readouts to compare them.")
        return translate("MainWindow", "Aligning…")
    summary = comparison.summary()
    label = side_labels(session)
    shown = filter.describe(comparison.labels_in(engine_language()))
    filtered = "" if filter.kind == "all" else translate("MainWindow", "   Showing: {what}").format(
        what=shown)
    return translate(
        "MainWindow",
        "Statements {left} {left_count} · {right} {right_count}   Links {links}: {agree} agree, "
        "{differ} differ   Only one side: {left} {left_only} · {right} {right_only}").format(
        left=label["left"], right=label["right"], left_count=summary.statements["left"],
        right_count=summary.statements["right"], links=summary.links, agree=summary.agree,
        differ=summary.differ, left_only=summary.one_sided["left"],
        right_only=summary.one_sided["right"]) + filtered


def statement_tooltip(session: Session, index: ComparisonIndex, side: Side, number: int,
                      annotations: Sequence[str]) -> str:
    """A statement's tooltip: its status, speaker and stance, its link's reasons, its annotations."""
    document = session.documents[side]
    if document is None:
        return ""
    statement = document.statements[number]
    lines = [translate("MainWindow", "{side} · statement {number} · {status}").format(
        side=side_name(session.side_label(side)), number=number + 1,
        status=status_name(index.status[side][number]))]
    if statement.speaker:
        stance = f" ({statement.stance})" if statement.stance else ""
        lines.append(translate("MainWindow", "Speaker: {speaker}").format(speaker=statement.speaker) + stance)
    labels = index.comparison.labels_in(engine_language())
    topics = [labels.get(t, t) for t in sorted(index.topics[side][number])]
    if topics:
        lines.append(translate("MainWindow", "Topics: ") + ", ".join(topics))
    for link_number in index.links_of[side][number]:
        lines.extend(link_lines(session, index.links[link_number]))
    lines.extend(translate("MainWindow", "Annotation · {what}").format(what=line) for line in annotations)
    return "\n".join(lines)


def link_lines(session: Session, link: Link) -> list[str]:
    """A link's head line, then its verdict explained sentence by sentence."""
    label = side_labels(session)
    members = (f"{label['left']} {', '.join(str(i + 1) for i in link.left)} ↔ "
               f"{label['right']} {', '.join(str(j + 1) for j in link.right)}")
    made = (translate("MainWindow", "linked by hand") if link.manual else
            translate("MainWindow", "match {score}").format(score=f"{link.score:.0%}"))
    head = translate("MainWindow", "Link {members}: {status} ({made})").format(
        members=members, status=status_name(link.status).lower(), made=made)
    language = engine_language()
    topics = session.comparison.labels_in(language) if session.comparison is not None else None
    return [head] + [f"  {line}" for line in link.explanation(reason_labels(session), language, topics)]


def reason_labels(session: Session) -> dict[Side, str]:
    """How a verdict's sentences name the sides: "the Korean side", "the left side"."""
    return {side: translate("MainWindow", "the {side}").format(side=side_phrase(session, side))
            for side in SIDES}


def selection_details(session: Session, index: ComparisonIndex | None, selection: Selection,
                      keys: Mapping[str, str]) -> str:
    """What the selection is, as rich text (document text escaped): the selected links explained; for a
    one-sided statement its closest counterpart and a link to link them; with nothing selected, how to
    start. `keys` are the shortcuts of link_selected, next_difference and previous_difference."""
    if index is None:
        return ""
    if not selection:
        return escape(translate(
            "MainWindow",
            "Click a statement to see its counterpart; Ctrl+click adds statements on either side to link "
            "them by hand ({link}). {next} / {previous} go through the differences.").format(
            link=keys["link_selected"], next=keys["next_difference"], previous=keys["previous_difference"]))
    links = selected_links(index, selection)
    if links:
        parts = []
        for number in links[:3]:
            head, *lines = link_lines(session, index.links[number])
            parts.append(f"<b>{escape(head)}</b> " + " ".join(escape(line.strip()) for line in lines))
        return "<br>".join(parts)
    if selection.primary is None:
        return ""
    side, number = selection.primary
    text = translate("MainWindow", "Only the {side} says this (statement {number}).").format(
        side=side_phrase(session, side), number=number + 1)
    closest = index.comparison.closest(side, number)
    if closest is None:
        return escape(text)
    partner, probability = closest
    near = (translate("MainWindow", "The closest on the {side} is statement {number} (match {score}).")
            if probability >= NEAR_MATCH else
            translate("MainWindow", "Nothing comes close; the nearest on the {side} is statement {number} "
                                    "(match {score})."))
    near = near.format(side=side_phrase(session, other(side)), number=partner + 1, score=f"{probability:.0%}")
    link = translate("MainWindow", "Link them")  # not inside the f-string: lupdate would not see it
    return f'{escape(text)} {escape(near)} <a href="link:{side}:{number}:{partner}">{escape(link)}</a>'
