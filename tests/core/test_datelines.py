"""Datelines, as the reader, the speaker reader and the metadata all find them."""

from __future__ import annotations

import pytest

from desktop_app.core.datelines import EN_DATELINE, month_token, opening_dateline_end


@pytest.mark.parametrize(("text", "place", "month", "agency"), [
    ("BEIJING, April 20 (Xinhua) -- The two sides met.", "BEIJING", "April", "Xinhua"),
    ("GYEONGJU, South Korea, Nov. 1 (Xinhua) -- Xi said.", "GYEONGJU", "Nov", "Xinhua"),
    ("SEOUL, 30 December (AJP) -South Korea said.", "SEOUL", "December", "AJP"),
    ("SAN FRANCISCO, May 2 -- Leaders met.", "SAN FRANCISCO", "May", None),
])
def test_english_datelines(text: str, place: str, month: str, agency: str | None) -> None:
    match = EN_DATELINE.search(text)
    assert match is not None and match["place"] == place and month_token(match) == month
    assert match["agency"] == agency


def test_where_an_opening_dateline_ends() -> None:
    text = "GYEONGJU, South Korea, Nov. 1 (Xinhua) -- Xi said."
    assert text[opening_dateline_end(text, chinese=False):] == "Xi said."
    assert opening_dateline_end("Xi said in Beijing, April 20.", chinese=False) == 0
    zh = "新华社北京4月20日电　国家主席同韩国总统举行会谈。"
    assert zh[opening_dateline_end(zh, chinese=True):] == "国家主席同韩国总统举行会谈。"
