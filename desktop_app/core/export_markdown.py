"""A readable Markdown comparison: per topic, the linked statements side by side with their status and
reasons (the words only one side uses in bold), then what only one side said.

Document text is escaped, so nothing a readout contains is read as Markdown or HTML.
"""

from __future__ import annotations

import re

from desktop_app.core.comparison import SIDES, Comparison, Link, Side
from desktop_app.core.export_json import statement_id

SIDE_NAMES = {"KR": "Korean side", "CN": "Chinese side", "unknown": "side unknown"}
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def md_escape(text: str) -> str:
    """Plain text as Markdown that shows exactly that text, on one line."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _escape_run(text: str) -> str:
    """Like md_escape, but keeps a space at either end (the text is one run of a longer line)."""
    return _SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text))


def side_label(comparison: Comparison, side: Side) -> str:
    document = comparison.document(side)
    return f"{SIDE_NAMES[document.metadata.side]} ({document.name})"


def comparison_to_markdown(comparison: Comparison) -> str:
    lines = [f"# {md_escape(comparison.left.name)} ↔ {md_escape(comparison.right.name)}", ""]
    lines += _overview(comparison)
    by_topic = _links_by_topic(comparison)
    for topic, links in by_topic:
        lines += ["", f"## {md_escape(comparison.topic_labels.get(topic, 'Other points'))}", ""]
        heads = [md_escape(side_label(comparison, side)) for side in SIDES]
        lines += [f"| {heads[0]} | {heads[1]} | status |", "|---|---|---|"]
        for link in links:
            cells = [_link_cell(comparison, link, side) for side in SIDES]
            lines.append(f"| {cells[0]} | {cells[1]} | {_status_cell(link)} |")
    for side in SIDES:
        one_sided = comparison.one_sided(side)
        lines += ["", f"## Only the {md_escape(side_label(comparison, side))} said", ""]
        if not one_sided:
            lines.append("Nothing: every statement is linked.")
        for index in one_sided:
            statement = comparison.document(side).statements[index]
            topics = ", ".join(comparison.topic_labels.get(t, t)
                               for t in comparison.statement_topics(side, index))
            suffix = f" *({md_escape(topics)})*" if topics else ""
            lines.append(f"- **{statement_id(side, index)}** {md_escape(statement.text)}{suffix}")
    return "\n".join(lines) + "\n"


def _overview(comparison: Comparison) -> list[str]:
    summary = comparison.summary()
    rows = [("readout", lambda s: side_label(comparison, s)),
            ("language", lambda s: ", ".join(comparison.document(s).metadata.languages)
             or comparison.document(s).metadata.language),
            ("title", lambda s: comparison.document(s).metadata.title or ""),
            ("date", lambda s: (d.iso if (d := comparison.document(s).metadata.date) else "")),
            ("place", lambda s: comparison.document(s).metadata.place or ""),
            ("participants", lambda s: ", ".join(comparison.document(s).metadata.participants)),
            ("statements", lambda s: str(summary.statements[s])),
            ("linked", lambda s: f"{summary.coverage[s]:.0%}"),
            ("only this side", lambda s: str(summary.one_sided[s]))]
    lines = ["| | left | right |", "|---|---|---|"]
    lines += [f"| {name} | {md_escape(value('left'))} | {md_escape(value('right'))} |"
              for name, value in rows]
    lines += ["", f"**{summary.links} linked points**: {summary.agree} agree, {summary.differ} differ."]
    return lines


def _links_by_topic(comparison: Comparison) -> list[tuple[str, list[Link]]]:
    """Links grouped under their main topic, topics in the order the left readout first raises them."""
    groups: dict[str, list[Link]] = {}
    for link in sorted(comparison.links, key=lambda k: (min(k.left), min(k.right))):
        groups.setdefault(_main_topic(comparison, link), []).append(link)
    return sorted(groups.items(), key=lambda item: item[0] == "")


def _main_topic(comparison: Comparison, link: Link) -> str:
    """The most specific topic the linked statements share, else the left statements' first topic."""
    candidates = link.topics or [t for i in link.left for t in comparison.statement_topics("left", i)]
    specific = [t for t in candidates if "." in t] or candidates
    return specific[0] if specific else ""


def _link_cell(comparison: Comparison, link: Link, side: Side) -> str:
    document = comparison.document(side)
    parts = []
    for index in getattr(link, side):
        statement = document.statements[index]
        spans = [(s, e) for s, e in link.differences[side] if statement.start <= s < statement.end]
        marked = _marked(document.text, statement.start, statement.end, spans)
        parts.append(f"**{statement_id(side, index)}** {marked}")
    return "<br>".join(parts)


def _marked(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """text[start:end] escaped, with the given spans in bold."""
    out, position = [], start
    for span_start, span_end in sorted(spans):
        out.append(_escape_run(text[position:span_start]))
        out.append(f"**{_escape_run(text[span_start:min(span_end, end)])}**")
        position = min(span_end, end)
    out.append(_escape_run(text[position:end]))
    return "".join(out).strip()


def _status_cell(link: Link) -> str:
    reasons = "; ".join(md_escape(r.describe()) for r in link.reasons)
    return f"**{link.status}**" + (f": {reasons}" if reasons else "")
