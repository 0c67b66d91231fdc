"""Finding text in both readouts (core/find.py), with no display: case and width folded, offsets mapped
back to the readout's own text."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.find import Finder, FindResults, FoldedText, Match, fold


def found(text: str, query: str) -> list[str]:
    return [text[start:end] for start, end in FoldedText.of(text).find(query)]


def test_case_and_full_or_half_width_are_ignored() -> None:
    text = "ＡＰＥＣ meeting in BUSAN on ６月１８日; ﾊﾟﾗﾚﾙ and Straße"
    assert found(text, "apec") == ["ＡＰＥＣ"]
    assert found(text, "Busan") == ["BUSAN"]
    assert found(text, "6月18日") == ["６月１８日"]
    assert found(text, "パラレル") == ["ﾊﾟﾗﾚﾙ"]  # half-width kana with its voicing mark
    assert found(text, "STRASSE") == ["Straße"]  # case folding: ß is ss
    assert fold("ＡＢｃ") == "abc"


def test_korean_and_chinese_are_found_as_written() -> None:
    kr = "윤서진 산업통상자원부 장관은 5월 12일(토) 중국 항저우에서 펑수린(彭书琳) 부장과 회담을 가졌습니다."
    cn = "新华社杭州5月12日电　商务部部长彭书琳12日在杭州同韩国产业通商资源部长官尹瑞珍举行会谈"
    assert found(kr, "항저우") == ["항저우"]
    assert found(kr, "彭书琳") == ["彭书琳"]
    assert found(cn, "彭书琳") == ["彭书琳"]
    assert found(cn, "杭州") == ["杭州", "杭州"]
    assert found(cn, "５月１２日") == ["5月12日"]
    assert found(cn, "电 商务部") == ["电　商务部"]  # the ideographic space is a space


def test_decomposed_hangul_is_found_with_its_offsets() -> None:
    text = unicodedata.normalize("NFD", "한국 외교부 장관")  # jamo, as some PDFs and Macs give them
    spans = FoldedText.of(text).find("외교부")
    assert len(spans) == 1
    start, end = spans[0]
    assert unicodedata.normalize("NFC", text[start:end]) == "외교부"


def test_white_space_runs_match_one_space_across_lines() -> None:
    text = "the two sides\n\n  agreed to meet"
    assert found(text, "sides agreed") == ["sides\n\n  agreed"]
    assert found(text, "  ") == []  # only white space is nothing to look for
    assert found(text, "") == []


def test_matches_do_not_overlap() -> None:
    assert found("aaaa", "aa") == ["aa", "aa"]
    assert found("ääää", "ÄÄ") == ["ää", "ää"]


def test_both_sides_counted_and_stepped_with_wrap_around() -> None:
    results = Finder().find("기", {"left": "기자 기업", "right": "记者 기"})
    assert [m.side for m in results.matches] == ["left", "left", "right"]
    assert results.describe({"left": "KR", "right": "CN"}) == "3 found, KR 2 · CN 1"
    assert results.step(+1) == Match("left", 0, 1)
    assert results.describe({"left": "KR", "right": "CN"}) == "1 of 3, KR 2 · CN 1"
    results.step(+1)
    assert results.step(+1) == Match("right", 3, 4)
    assert results.step(+1) == Match("left", 0, 1)  # wraps
    assert results.step(-1) == Match("right", 3, 4)  # and back
    assert Finder().find("nothing", {"left": "text", "right": None}).describe({"left": "KR", "right": "CN"}) \
        == "No match"
    assert FindResults().describe({"left": "KR", "right": "CN"}) == ""
    empty = FindResults("x")
    assert empty.step(+1) is None and empty.current is None


def test_first_match_from_where_the_reader_is() -> None:
    results = Finder().find("a", {"left": "a..a..a", "right": "a"})
    assert results.first_from("left", 2) == Match("left", 3, 4)
    assert results.first_from("right", 0) == Match("right", 0, 1)


def test_a_readout_is_folded_once_until_it_changes() -> None:
    finder = Finder()
    text = "Busan " * 10
    first = finder.folded("left", text)
    assert finder.folded("left", text) is first
    assert finder.folded("left", text + "x") is not first


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.text(min_size=1, max_size=4))
def test_every_match_maps_to_text_that_folds_to_the_query(text: str, query: str) -> None:
    folded_query = fold(query).strip()
    for start, end in FoldedText.of(text).find(query):
        assert 0 <= start < end <= len(text)
        assert folded_query in fold(text[start:end])
