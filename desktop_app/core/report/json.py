"""The report as JSON: the JSON contract of the comparison it was built from (core/report/contract.py), plus a
"report" object with what the report adds. Deterministic: the same inputs give byte-identical JSON.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from desktop_app.core.model import SIDES
from desktop_app.core.report.model import Report


def report_to_dict(report: Report) -> dict[str, Any]:
    """The contract of the report's comparison, plus a "report" object: the title, the meeting, the
    side labels, the links grouped by topic (as positions in "links") and the annotations.

    Nothing time-dependent is added, so the same inputs still give byte-identical JSON.
    """
    if not report.contract:
        raise ValueError("the report was not built from a comparison")
    data = copy.deepcopy(report.contract)
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
