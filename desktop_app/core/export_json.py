"""The JSON contract of `parallax compare … --format json` (design.md, "The JSON contract").

Other tools and the project's evaluation read this, so its fields only ever grow. Output is
deterministic: the same inputs give byte-identical JSON.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any, Literal

from desktop_app import __version__
from desktop_app.core.comparison import Comparison
from desktop_app.core.model import Document

FORMAT_NAME = "parallax-comparison"
FORMAT_VERSION = 1
_PREFIX = {"left": "L", "right": "R"}


def statement_id(side: Literal["left", "right"], index: int) -> str:
    """The contract's statement id: "L1", "R3" … (1-based, as a reader counts)."""
    return f"{_PREFIX[side]}{index + 1}"


def comparison_to_dict(comparison: Comparison) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "generator": f"Parallax {__version__}",
        "documents": {
            "left": _document(comparison.left, "left"),
            "right": _document(comparison.right, "right"),
        },
        "links": [
            {
                "left": [statement_id("left", i) for i in link.left],
                "right": [statement_id("right", i) for i in link.right],
                "status": link.status,
                "score": round(link.score, 4),
                "topics": list(link.topics),
            }
            for link in comparison.links
        ],
        "one_sided": {
            side: [statement_id(side, i) for i in comparison.one_sided(side)] for side in ("left", "right")
        },
    }


def comparison_to_json(comparison: Comparison) -> str:
    return json.dumps(comparison_to_dict(comparison), ensure_ascii=False, indent=1) + "\n"


def _document(document: Document, side: Literal["left", "right"]) -> dict[str, Any]:
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
                "topics": [],
            }
            for s in document.statements
        ],
    }
