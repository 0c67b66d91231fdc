"""The JSON contract of `parallax compare … --format json` (design.md, "The JSON contract").

Other tools and the project's evaluation read this, so its fields only ever grow. Output is
deterministic: the same inputs give byte-identical JSON.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from desktop_app import __version__
from desktop_app.core.comparison import SIDES, Comparison, Reason, Side
from desktop_app.core.model import side_names
from desktop_app.core.statement_kinds import statement_kind

if TYPE_CHECKING:  # the report module imports this one
    from desktop_app.core.report import Report

FORMAT_NAME = "parallax-comparison"
FORMAT_VERSION = 1
_PREFIX = {"left": "L", "right": "R"}


def statement_id(side: Side, index: int) -> str:
    """The contract's statement id: "L1", "R3" … (1-based, as a reader counts)."""
    return f"{_PREFIX[side]}{index + 1}"


def comparison_to_dict(comparison: Comparison) -> dict[str, Any]:
    summary = comparison.summary()
    names = side_names({side: comparison.document(side).metadata.side for side in SIDES})
    labels = {side: f"the {names[side]}" for side in SIDES}
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "generator": f"Parallax {__version__}",
        "documents": {side: _document(comparison, side) for side in SIDES},
        "links": [
            {
                "left": [statement_id("left", i) for i in link.left],
                "right": [statement_id("right", i) for i in link.right],
                "status": link.status,
                "score": round(link.score, 4),
                "topics": list(link.topics),
                "reasons": [_reason(r, labels) for r in link.reasons],
                "matches": [{"kind": m.kind, "left": m.left, "right": m.right} for m in link.matches],
                "differences": {side: [list(span) for span in link.differences[side]] for side in SIDES},
                "manual": link.manual,
            }
            for link in comparison.links
        ],
        "one_sided": {side: [statement_id(side, i) for i in comparison.one_sided(side)] for side in SIDES},
        "summary": {
            "statements": summary.statements,
            "links": summary.links,
            "agree": summary.agree,
            "differ": summary.differ,
            "one_sided": summary.one_sided,
            "coverage": {side: round(summary.coverage[side], 4) for side in SIDES},
        },
        "topics": [
            {"id": c.topic, "label": c.label, "left": c.left, "right": c.right} for c in comparison.coverage()
        ],
        "settings": {**asdict(comparison.settings), "embedding": comparison.embedding,
                     "embedding_problem": comparison.embedding_problem},
    }


def _reason(reason: Reason, labels: dict[Side, str]) -> dict[str, Any]:
    """A reason for other tools: each side's values as shown, the sentence, and each fact as written
    in the readout with the value it was compared by."""
    return {"kind": reason.kind, "left": reason.left, "right": reason.right, "text": reason.describe(labels),
            "facts": {side: [{"written": f.written, "value": f.value} for f in reason.facts[side]]
                      for side in SIDES}}


def comparison_to_json(comparison: Comparison) -> str:
    return json.dumps(comparison_to_dict(comparison), ensure_ascii=False, indent=1) + "\n"


def _document(comparison: Comparison, side: Side) -> dict[str, Any]:
    document = comparison.document(side)
    meta = document.metadata
    return {
        "name": document.name,
        "side": meta.side,
        "language": meta.language,
        "languages": list(meta.languages),
        "title": meta.title,
        "date": asdict(meta.date) if meta.date else None,
        "place": meta.place,
        "participants": list(meta.participants),
        "publisher": meta.publisher,
        "side_evidence": list(meta.side_evidence),
        "format": document.format,
        "encoding": document.encoding,
        **({"address": meta.address, "fetched": meta.fetched} if meta.address else {}),  # read from the web
        "text": document.text,
        "boilerplate": [{"start": b.start, "end": b.end, "reason": b.reason} for b in document.boilerplate],
        "statements": [
            {
                "id": statement_id(side, s.index),
                "start": s.start,
                "end": s.end,
                "paragraph": s.paragraph,
                "language": s.language,
                "marker": s.marker,
                "speaker": s.speaker,
                "speaker_kind": s.speaker_kind,
                "speaker_carried": s.speaker_carried,
                "stance": s.stance,
                "kind": statement_kind(s),
                "topics": comparison.statement_topics(side, s.index),
            }
            for s in document.statements
        ],
    }


def report_to_dict(report: Report) -> dict[str, Any]:
    """The contract of the report's comparison, plus a "report" object: the title, the meeting, the
    side labels, the links grouped by topic (as positions in "links") and the annotations.

    Nothing time-dependent is added, so the same inputs still give byte-identical JSON.
    """
    if report.comparison is None:
        raise ValueError("the report was not built from a comparison")
    data = comparison_to_dict(report.comparison)
    cover = report.cover
    data["report"] = {
        "title": cover.title,
        "meeting": {"date": cover.meeting.date, "place": cover.meeting.place,
                    "participants": list(cover.meeting.participants)},
        "sides": {side: {"code": cover.sources[side].code, "label": cover.sources[side].label}
                  for side in SIDES},
        "sections": [{"topic": s.topic, "label": s.label, "links": [link.number - 1 for link in s.links]}
                     for s in report.sections],
        "annotations": [
            {"tag": a.tag, "colour": a.colour, "note": a.note, "target": a.target,
             "statements": [p.id for p in a.passages], "quotes": list(a.quotes), "orphaned": a.orphaned}
            for a in report.annotations
        ],
    }
    return data


def report_to_json(report: Report) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=1) + "\n"
