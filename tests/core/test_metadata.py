"""Metadata guessed from a readout: language, side (with evidence), publisher, date, place, participants.

The short readouts here are invented for these tests; statements are built by hand (see
test_attribution.make_statements, repeated here so that each test file stands alone).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import SHARED_CORPUS, needs_shared_corpus
from statements_support import make_statements

from desktop_app.core import metadata as metadata_module
from desktop_app.core.metadata import guess_metadata
from desktop_app.core.speakers import attribute


def meta(text: str, title: str | None = None, body: str | None = None) -> Any:
    """Metadata of `text`, with statements from `body` (default: the whole text)."""
    statements = make_statements(body if body is not None else text)
    attribute(statements)
    return guess_metadata(text, statements, title=title)


# ------------------------------------------------------------------------------------------ language


def test_languages_from_statements() -> None:
    english, korean = "The two sides agreed to cooperate on fisheries.", "양측은 협력하기로 했습니다."
    text = "\n\n".join([english] * 10 + [korean] * 2)
    result = meta(text)
    assert result.language == "en"
    assert result.languages == ["en", "ko"]  # two of twelve is more than 15 %


def test_a_stray_sentence_is_not_a_language_of_the_readout() -> None:
    english, korean = "The two sides agreed to cooperate on fisheries.", "양측은 협력하기로 했습니다."
    text = "\n\n".join([english] * 20 + [korean] * 2)
    assert meta(text).languages == ["en"]


def test_language_from_text_without_statements() -> None:
    result = guess_metadata("双方同意加强渔业合作。", [])
    assert (result.language, result.languages) == ("zh", ["zh"])


# --------------------------------------------------------------------------------------------- side


def test_side_from_name_order_korea_first() -> None:
    result = meta("The two ministers discussed Korea-China trade and the Korea-China FTA.")
    assert result.side == "KR"
    assert 'writes "Korea-China" (2×)' in result.side_evidence


def test_side_from_name_order_china_first() -> None:
    result = meta("The two sides agreed to upgrade China-ROK relations and the China-Japan-ROK forum.")
    assert result.side == "CN"


def test_side_from_how_the_other_side_is_called() -> None:
    assert meta("The minister asked the Chinese side to review the quota.").side == "KR"
    assert meta("The minister hoped the ROK side would review the quota.").side == "CN"


def test_side_from_publisher_names() -> None:
    body = "The two ministers discussed tariffs."
    result = meta(f"Photo: MOFCOM\n\n{body}", body=body)
    assert result.side == "CN"
    assert "publisher: MOFCOM" in result.side_evidence
    assert meta("Ministry of Foreign Affairs REPUBLIC OF KOREA\n\nThe two ministers discussed tariffs.",
                body="The two ministers discussed tariffs.").side == "KR"


def test_the_other_governments_ministry_is_not_a_publisher() -> None:
    result = meta("양측은 중국 외교부 청사에서 회담했습니다.")
    assert not any("publisher" in e for e in result.side_evidence)


def test_side_from_language_alone_is_a_weak_prior() -> None:
    assert meta("양측은 어업 협력을 강화하기로 했습니다.").side == "KR"
    assert meta("双方同意加强渔业合作。").side == "CN"


def test_side_from_who_is_named_first_in_the_meeting_sentence() -> None:
    result = meta("Chinese Foreign Minister Liang Wenbo held talks with Foreign Minister Nam Ha-yoon.")
    assert any("Liang Wenbo (CN)" in e for e in result.side_evidence)


def test_side_unknown_without_cues() -> None:
    result = meta("The talks covered tariffs and fisheries.")
    assert (result.side, result.side_evidence) == ("unknown", [])


def test_korean_name_order_is_not_found_inside_words() -> None:
    result = meta("양측은 소중한 협력을 이어가기로 했습니다.")
    assert not any("중한" in e for e in result.side_evidence)


# --------------------------------------------------------------------------------------------- date


@pytest.mark.parametrize(("text", "written", "iso"), [
    ("Minister Nam Ha-yoon held talks with Minister Liang Wenbo in Busan on August 9.",
     "August 9", "--08-09"),
    ("On November 26, 2020, Minister Liang Wenbo held talks with Minister Nam Ha-yoon in Busan.",
     "November 26, 2020", "2020-11-26"),
    ("Minister Nam Ha-yoon met Minister Liang Wenbo on 3 March 2026 in Busan.", "3 March 2026", "2026-03-03"),
    ("Der Minister Nam Ha-yoon besuchte vom 11. bis 12. Dezember Peking zu einem Treffen mit Liang Wenbo.",
     "11. bis 12. Dezember", "--12-11"),
    ("남하윤 장관은 4월 20일(목) 부산에서 량원보 부장과 회담을 가졌습니다.", "4월 20일(목)", "--04-20"),
    ("2028年11月7日，外交部长梁文博在天津同韩国外长南河允举行会谈。", "2028年11月7日", "2028-11-07"),
])
def test_meeting_date_formats(text: str, written: str, iso: str) -> None:
    date = meta(text).date
    assert date is not None and (date.text, date.iso) == (written, iso)


def test_chinese_day_only_takes_its_month_from_the_dateline() -> None:
    text = "新华社天津3月5日电\n\n国家主席梁文博5日下午在天津同韩国总统南河允举行会谈。"
    date = meta(text, body="国家主席梁文博5日下午在天津同韩国总统南河允举行会谈。").date
    assert date is not None and date.iso == "--03-05"


def test_year_from_a_date_line() -> None:
    text = "March 4, 2029\n\nMinister Nam Ha-yoon held talks with Minister Liang Wenbo in Busan on March 3."
    date = meta(text, body=text.split("\n\n", 1)[1]).date
    assert date is not None and (date.text, date.iso) == ("March 3", "2029-03-03")


def test_weekday_is_skipped_for_a_date_outside_the_statements() -> None:
    body = ("Minister Liang Wenbo met Minister Nam Ha-yoon in Busan on Saturday.\n\n"
            "The two sides agreed to hold the next meeting on June 2, 2027.")
    caption = "Liang Wenbo (right) meets Nam Ha-yoon in Busan on November 1, 2025. Photo: MOFCOM"
    date = meta(f"{caption}\n{body}", body=body).date
    assert date is not None and date.iso == "2025-11-01"
    assert meta(body).date is None  # the next meeting's date is not this meeting's


def test_the_meeting_sentence_date_wins_over_later_dates() -> None:
    text = ("The two sides agreed to meet again on May 1, 2030.\n\n"
            "Minister Nam Ha-yoon held talks with Minister Liang Wenbo in Busan on March 3, 2029.")
    date = meta(text).date
    assert date is not None and date.iso == "2029-03-03"


def test_a_meeting_named_with_a_capital_is_the_meeting_not_an_earlier_one_it_recalls() -> None:
    text = ("Minister Nam Ha-yoon visited Beijing on May 6, 2030, to hold a Korea-China Trade Ministers' "
            "Meeting with Minister Liang Wenbo. It came a month after the two leaders met on April 2 in Busan.")
    date = meta(text).date
    assert date is not None and date.iso == "2030-05-06"


# -------------------------------------------------------------------------------------------- place


@pytest.mark.parametrize(("text", "place"), [
    ("Minister Park Jisu had a meeting with Minister Wang Qiang in Qingdao, Shandong Province, on May 5.",
     "Qingdao"),
    ("Der Minister Nam Ha-yoon besuchte Peking zu einem Treffen mit Liang Wenbo.", "Beijing"),
    ("남하윤 대통령은 베이징 인민대회당에서 량원보 국가주석과 정상회담을 가졌습니다.", "Beijing"),
    ("外交部长梁文博在天津同韩国外长南河允举行会谈。", "Tianjin"),
    ("Minister Nam Ha-yoon held talks with Minister Liang Wenbo at the Great Hall of the People in Beijing.",
     "Beijing"),
    ("Minister Nam Ha-yoon held talks with Minister Liang Wenbo in Xanadu on May 5.", "Xanadu"),
    ("外交部长梁文博在雄安同韩国外长南河允举行会谈。", "雄安"),
])
def test_meeting_place(text: str, place: str) -> None:
    assert meta(text).place == place


def test_place_from_a_dateline_when_the_meeting_sentence_has_none() -> None:
    text = ("BEIJING, May 2 (Xinhua) -- Premier Liang Wenbo held talks with Prime Minister Nam Ha-yoon "
            "on Friday.")
    assert meta(text).place == "Beijing"


def test_a_dateline_naming_its_country_gives_its_city_before_a_guess() -> None:
    text = ("GYEONGJU, South Korea, Nov. 1 (Xinhua) -- Chinese President Liang Wenbo on Saturday said China "
            "values its ties with South Korea.\n\nLiang said so in talks with President Nam Ha-yoon in South Korea.")
    assert meta(text).place == "Gyeongju"


def test_a_korean_phrase_is_no_place() -> None:
    # "기자들과 인터뷰에서" (in an interview with reporters), "냉랭한 분위기에서" (in a cold atmosphere).
    text = ("남하윤 장관은 량원보 부장과 회담했습니다.\n\n남 장관은 회담 후 기자들과 인터뷰에서 협력을 강조했습니다.\n\n"
            "회담은 냉랭한 분위기에서 진행됐습니다.")
    assert meta(text).place is None


def test_a_call_is_the_meeting() -> None:
    ko = meta("남하윤 대통령 당선인이 오늘 량원보 중국 국가주석과 전화통화를 했습니다.\n\n량 주석은 협력을 강조했습니다.")
    assert ko.participants == ["남하윤", "량원보"]


def test_places_fall_back_without_the_entity_glossary(monkeypatch: pytest.MonkeyPatch) -> None:
    real = metadata_module.load_yaml_resource

    def without_entities(*parts: str) -> Any:
        if parts[-1] == "entities.yaml":
            raise FileNotFoundError(parts[-1])
        return real(*parts)

    monkeypatch.setattr(metadata_module, "load_yaml_resource", without_entities)
    metadata_module._places.cache_clear()
    try:
        assert meta("외교부장 梁文博在天津同韩国外长南河允举行会谈。").place == "Tianjin"
        assert meta("Minister Nam Ha-yoon met Minister Liang Wenbo in Qingdao.").place == "Qingdao"
    finally:
        metadata_module._places.cache_clear()


# ------------------------------------------------------------------------------------- participants


def test_participants_from_the_meeting_sentence_then_officials_who_speak() -> None:
    text = ("Foreign Minister Nam Ha-yoon held talks with Foreign Minister Liang Wenbo in Busan.\n\n"
            "Minister Nam stressed the fisheries deal. "
            "State Councilor Jiang Haoran said China supports it.\n\n"
            "Trade will grow, Kim Daeho, director of a Seoul institute, told reporters.")
    assert meta(text).participants == ["Nam Ha-yoon", "Liang Wenbo", "Jiang Haoran"]


def test_a_meeting_sentence_opening_with_a_pronoun_names_the_person_before_it() -> None:
    zh = meta("国务院总理梁文博周日抵达首尔。\n\n他周日与韩国总统南河允举行会谈，双方同意加强合作。")
    assert zh.participants == ["梁文博", "南河允"]
    en = meta("Premier Liang Wenbo arrived in Seoul on Sunday.\n\nHe held talks with President Nam Ha-yoon.")
    assert en.participants == ["Liang Wenbo", "Nam Ha-yoon"]


def test_a_spokesperson_who_briefs_is_no_participant() -> None:
    ko = meta("남하윤 청와대 국가안보실장과 량원보 중국 외교담당 정치국 위원이 3일 만나 협력하기로 합의했다.\n\n"
              "김하늘 청와대 대변인은 서면 브리핑에서 두 사람이 비핵화 방안을 협의했다고 밝혔다.")
    assert ko.participants == ["남하윤", "량원보"]
    en = meta("Foreign Minister Nam Ha-yoon held talks with Foreign Minister Liang Wenbo in Busan.\n\n"
              "Foreign Ministry spokesperson Kim Daeho said the talks were constructive.")
    assert en.participants == ["Nam Ha-yoon", "Liang Wenbo"]


def test_an_official_who_speaks_at_a_briefing_is_no_participant() -> None:
    ko = meta("남하윤 대통령은 3일 량원보 중국 국무원 총리와 회담을 가졌습니다.\n\n"
              "김하늘 국가안보실 제1차장은 이날 브리핑에서 양측이 대화체를 신설하기로 했다고 말했습니다.\n\n"
              "김 차장은 또 양측이 교류를 확대하기로 했다고 전했습니다.")
    assert ko.participants == ["남하윤", "량원보"]
    # An official who speaks about the talks, and not at a briefing, took part.
    en = meta("President Nam Ha-yoon held talks with Premier Liang Wenbo in Seoul.\n\n"
              "Vice Minister Kim Daeho said the two sides would open a new dialogue.")
    assert en.participants == ["Nam Ha-yoon", "Liang Wenbo", "Kim Daeho"]


def test_participants_in_korean_and_chinese() -> None:
    ko = meta("남하윤 대통령은 부산에서 량원보(梁文博) 중국 국가주석과 정상회담을 가졌습니다.\n\n"
              "량 주석은 협력을 강조했습니다.")
    assert ko.participants == ["남하윤", "량원보"]
    zh = meta("国家主席梁文博在北京同来华访问的韩国总统南河允举行会谈。\n\n南河允表示，韩方重视对华关系。")
    assert zh.participants == ["梁文博", "南河允"]


def test_a_news_lead_names_the_meeting_whatever_was_agreed_there() -> None:
    # The lead's main verb is what was agreed; its first clause reports the meeting. A later sentence
    # names meetings still to come, with other people.
    ko = meta("남하윤 청와대 국가안보실장과 량원보 중국 외교담당 정치국 위원이 3일 만나 협력을 강화하기로 합의했다.\n\n"
              "량 위원은 4일 왕서윤 대통령 예방과 청다온 외교부 장관 면담을 마친 뒤 출국할 예정이다.")
    assert ko.participants == ["남하윤", "량원보"]


def test_a_place_the_glossary_knows_wins_over_a_guess_from_an_earlier_sentence() -> None:
    text = ("President Nam Ha-yoon met President Liang Wenbo on the margins of a summit in Ruritania.\n\n"
            "The two leaders held talks in Busan, the summit's host city.")
    assert meta(text).place == "Busan"


def test_traditional_chinese_metadata() -> None:
    zh = meta("國家主席梁文博在首爾同南韓總統南河允舉行會談。\n\n南河允表示，韓方重視對華關係。")
    assert zh.participants == ["梁文博", "南河允"]
    assert zh.place == "Seoul"


# ----------------------------------------------------------------------------------- publisher, title


def test_publisher_from_dateline_masthead_and_interview() -> None:
    body = "Premier Liang Wenbo held talks with Prime Minister Nam Ha-yoon."
    assert meta(f"SEOUL, May 2 (Yonhap) -- {body}").publisher == "Yonhap"
    assert meta(f"Ministry of Foreign Affairs REPUBLIC OF KOREA\n\n{body}", body=body).publisher == \
        "Ministry of Foreign Affairs REPUBLIC OF KOREA"
    assert meta(f"{body} Trade is key, an analyst told the Global Times.").publisher == "Global Times"
    assert meta("新华社北京5月2日电 国家主席梁文博同韩国总统南河允举行会谈。").publisher == "新华社 (Xinhua)"
    assert meta(body).publisher is None


def test_title_when_given() -> None:
    assert meta("The two sides agreed.", title="  Outcome of the  Talks ").title == "Outcome of the Talks"
    assert meta("The two sides agreed.").title is None


def test_works_on_statements_not_yet_attributed() -> None:
    statements = make_statements("Foreign Minister Nam Ha-yoon held talks with Foreign Minister Liang Wenbo.")
    result = guess_metadata(statements[0].text, statements)
    assert result.participants == ["Nam Ha-yoon", "Liang Wenbo"]
    assert statements[0].speaker is None  # the caller's statements are left as they were


# -------------------------------------------------------------------------- the shared dev corpus


def _corpus_meta(path: Path) -> Any:
    from desktop_app.core.segmentation import segment

    text = path.read_text(encoding="utf-8")
    seg = segment(text)
    attribute(seg.statements)
    return guess_metadata(text, seg.statements, title=seg.title)


def _name_variants(entry: str) -> set[str]:
    """ "Bae Seung-hwan (배승환 / 裴承焕), President …" → the name in every script, normalised."""
    head = entry.split(",")[0]
    names = re.split(r"[()/]", head)
    return {_norm_name(n) for n in names if n.strip()}


def _norm_name(name: str) -> str:
    return re.sub(r"[\s\-‐]", "", name).casefold()


DEV_FILES = sorted(p for p in SHARED_CORPUS.glob("dev/*/*.txt")) if SHARED_CORPUS.exists() else []


@needs_shared_corpus
@pytest.mark.parametrize("path", DEV_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_dev_corpus_metadata_matches_meta_yaml(path: Path) -> None:
    info = yaml.safe_load((path.parent / "meta.yaml").read_text(encoding="utf-8"))
    side = "KR" if path.name.startswith("kr") else "CN"
    result = _corpus_meta(path)
    assert result.side == side, result.side_evidence
    # date: the day always; the year when the readout gives one
    expected_date = info["meeting"]["date"]
    assert result.date is not None
    assert result.date.iso == expected_date or (
        result.date.iso.startswith("--") and expected_date.endswith(result.date.iso[1:]))
    # place: the city named first in meta.yaml ("Xi'an, Shaanxi Province, China")
    assert result.place is not None
    assert result.place.replace("’", "'") == info["meeting"]["place"].split(",")[0].replace("’", "'")
    # participants: both people, in any script the meta gives, and nobody else
    expected = [_name_variants(info["participants"][k]) for k in ("kr", "cn")]
    found = [_norm_name(p) for p in result.participants]
    assert len(found) == 2
    for variants in expected:
        assert any(f in variants for f in found), (variants, result.participants)


SEED_SIDES = {"000": "KR", "001": "KR", "002": "CN", "003": "KR", "004": "CN"}


@needs_shared_corpus
@pytest.mark.parametrize(("prefix", "side"), sorted(SEED_SIDES.items()))
def test_seed_sides(prefix: str, side: str) -> None:
    path = next(SHARED_CORPUS.glob(f"seeds/{prefix}-*.txt"))
    result = _corpus_meta(path)
    assert result.side == side, result.side_evidence
    assert result.side_evidence


@needs_shared_corpus
def test_seed_metadata_details() -> None:
    qingdao = _corpus_meta(next(SHARED_CORPUS.glob("seeds/003-*.txt")))
    assert (qingdao.place, qingdao.date.iso if qingdao.date else None) == ("Qingdao", "--08-09")
    assert qingdao.participants == ["Park Jin", "Wang Yi"]
    assert qingdao.publisher == "Ministry of Foreign Affairs REPUBLIC OF KOREA"
    seoul = _corpus_meta(next(SHARED_CORPUS.glob("seeds/004-*.txt")))
    assert (seoul.place, seoul.date.iso if seoul.date else None) == ("Seoul", "2020-11-26")
    german = _corpus_meta(next(SHARED_CORPUS.glob("seeds/000-*.txt")))
    assert (german.place, german.date.iso if german.date else None) == ("Beijing", "--12-11")
    assert german.participants == ["Kim Jeong-gwan", "Wang Wentao"]
    gyeongju = _corpus_meta(next(SHARED_CORPUS.glob("seeds/002-*.txt")))
    assert gyeongju.place == "Gyeongju"
    assert gyeongju.participants == ["Wang Wentao", "Kim Jung-kwan"]  # not the expert quoted afterwards
