"""Han characters across scripts: Traditional Chinese meets the Simplified lexicon, and Chinese read in
Korean sound meets Korean (the Sino-Korean bridge between Korean and Chinese readouts)."""

from __future__ import annotations

from desktop_app.core.analyse.analysis import analyse, sound_bigrams
from desktop_app.core.compare.comparison import matcher_for
from desktop_app.core.documents import document_from_text
from desktop_app.core.han import fold_initial_sounds, hangul_reading, simplified


def test_traditional_characters_become_simplified_and_keep_every_offset() -> None:
    text = "雙方同意加快中韓自由貿易協定第二階段談判。"
    assert simplified(text) == "双方同意加快中韩自由贸易协定第二阶段谈判。"
    assert len(simplified(text)) == len(text)
    assert simplified("Korea 한국 and 中国") == "Korea 한국 and 中国"  # nothing else is touched


def test_chinese_read_in_korean_sound_meets_the_korean_word() -> None:
    assert hangul_reading("自由贸易协定") == "자유무역협정"  # read through the Traditional forms
    assert hangul_reading("人文交流") == "인문교류"
    assert fold_initial_sounds(hangul_reading("人文交流")) == fold_initial_sounds("인문교류")
    assert hangul_reading("中韩 FTA") == "중한 FTA"


def test_initial_sounds_are_folded_as_at_a_words_start() -> None:
    # 류 at a word's start is written 유, 력 is 역, 녀 is 여: one form wherever the syllable stands.
    assert fold_initial_sounds("교류 협력 여성 녀") == "교유 협역 여성 여"
    assert fold_initial_sounds("노력") == fold_initial_sounds("로력")


def test_a_traditional_chinese_statement_gets_the_topics_of_its_simplified_twin() -> None:
    _, matcher = matcher_for()
    simplified_doc = document_from_text("双方同意加快中韩自由贸易协定第二阶段谈判。", "cn.txt")
    traditional_doc = document_from_text("雙方同意加快中韓自由貿易協定第二階段談判。", "tw.txt")
    simple = analyse(simplified_doc.statements[0], matcher)
    traditional = analyse(traditional_doc.statements[0], matcher)
    assert simple.topics and traditional.topics == simple.topics
    assert traditional.entities == simple.entities


def test_korean_and_chinese_statements_share_sino_korean_sounds() -> None:
    korean = set(sound_bigrams("양측은 자유무역협정 협상을 가속화하기로 했다", "ko"))
    chinese = set(sound_bigrams("双方同意加快自由贸易协定谈判", "zh"))
    english = sound_bigrams("the two sides agreed to speed up the free trade talks", "en")
    assert {"자유", "무역", "역협", "협정"} <= korean & chinese
    assert english == []
