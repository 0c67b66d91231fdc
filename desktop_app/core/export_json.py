"""The JSON contract of `parallax compare … --format json` (design.md, "The JSON contract").

Other tools and the project's evaluation read this, so its fields only ever grow. Output is
deterministic: the same inputs give byte-identical JSON.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from desktop_app import __version__
from desktop_app.core.comparison import SIDES, Comparison, Side

FORMAT_NAME = "parallax-comparison"
FORMAT_VERSION = 1
_PREFIX = {"left": "L", "right": "R"}


def statement_id(side: Side, index: int) -> str:
    """The contract's statement id: "L1", "R3" … (1-based, as a reader counts)."""
    return f"{_PREFIX[side]}{index + 1}"


def comparison_to_dict(comparison: Comparison) -> dict[str, Any]:
    summary = comparison.summary()
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
                "reasons": [{"kind": r.kind, "left": r.left, "right": r.right} for r in link.reasons],
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
        "settings": asdict(comparison.settings),
    }


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
                "topics": comparison.statement_topics(side, s.index),
            }
            for s in document.statements
        ],
    }
