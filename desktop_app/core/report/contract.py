"""The JSON contract of a comparison (`parallax compare … --format json`; design.md, "The JSON contract").

Other tools and the project's evaluation read this, so its fields only ever grow. Output is
deterministic: the same inputs give byte-identical JSON.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from desktop_app import __version__
from desktop_app.core.analyse.statement_kinds import statement_kind
from desktop_app.core.compare.comparison import SIDES, Comparison, Side
from desktop_app.core.compare.reasons import Reason
from desktop_app.core.model import side_names, statement_id
from desktop_app.core.project.codec import CONTRACT, document_to_dict

FORMAT_NAME = "parallax-comparison"
FORMAT_VERSION = 1


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
    """The readout as the project file writes it (in the contract's layout), and what the comparison
    knows of each statement: the id the links use, its kind and its topics."""
    document = comparison.document(side)
    data = document_to_dict(document, CONTRACT)
    data["statements"] = [
        {"id": statement_id(side, st.index), **fields, "kind": statement_kind(st),
         "topics": comparison.statement_topics(side, st.index)}
        for st, fields in zip(document.statements, data["statements"], strict=True)
    ]
    return data
