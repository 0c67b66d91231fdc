"""Datelines: where and when a news agency filed its copy, written before the lead sentence.

"BEIJING, April 20 (Xinhua) --", "GYEONGJU, South Korea, Nov. 1 (Xinhua) --", "SEOUL, 30 December (AJP)
-", "新华社北京4月20日电". Three steps meet them, all with these patterns: the reader cuts off a photo
caption glued in front of one (`boilerplate`), the speaker reader does not take its city for a subject
(`speakers`), and the metadata takes the meeting's place, month and agency from it.
"""

from __future__ import annotations

import re

_MONTH = r"[A-Z][a-z]{2,8}"  # a capitalised word; the metadata checks that it names a month
EN_DATELINE = re.compile(
    r"(?P<place>\b[A-Z][A-Z'’.-]+(?:[ ][A-Z][A-Z'’.-]+)*),\s+"  # BEIJING, SAN FRANCISCO
    r"(?:(?P<country>[A-Z][\w.]+(?:[ ][A-Z][\w.]+)?),\s+)?"  # South Korea,
    # Nov. 1, or 30 December
    rf"(?:(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})|(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH}))"
    r"(?:,\s*(?P<y>\d{4}))?"
    r"\s*(?:\((?P<agency>[^()]{1,40})\))?\s*[-–—]+")
ZH_DATELINE = re.compile(r"(?P<place>[^，。\s\d]{0,20}?)(?P<m>\d{1,2})月(?P<d>\d{1,2})日电")


def month_token(dateline: re.Match[str]) -> str:
    """The month as the dateline writes it: "Nov", "December", "4"."""
    return dateline["m"] or dateline["month"]


def opening_dateline_end(text: str, chinese: bool) -> int:
    """Where a dateline that opens `text` ends (spaces after it included), or 0 when none does."""
    match = (ZH_DATELINE if chinese else EN_DATELINE).match(text, len(text) - len(text.lstrip()))
    if match is None:
        return 0
    return len(text) - len(text[match.end():].lstrip(" \t\u3000"))
