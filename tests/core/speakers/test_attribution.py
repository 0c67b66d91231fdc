"""Speaker attribution and stance, on short invented readouts in English, Korean, Chinese and German.

Every person, meeting and sentence here is made up for these tests. The statements are built by hand
(paragraphs at blank lines, sentences at sentence ends), so the tests do not depend on segmentation.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SHARED_CORPUS, needs_shared_corpus
from statements_support import make_statements

from desktop_app.core.model import Statement
from desktop_app.core.speakers import PeopleIndex, attribute, stance_forms


def attributed(text: str) -> list[Statement]:
    statements = make_statements(text)
    attribute(statements)
    return statements


def who(statements: list[Statement]) -> list[tuple[str | None, str | None, bool, str | None]]:
    return [(s.speaker, s.speaker_kind, s.speaker_carried, s.stance) for s in statements]


def find(statements: list[Statement], fragment: str) -> Statement:
    return next(s for s in statements if fragment in s.text)


EN_READOUT = """\
Foreign Minister Nam Ha-yoon held talks with State Councilor and Foreign Minister of China Liang Wenbo \
in Busan on March 3.

Minister Nam stressed that the two countries should deepen trade ties. \
She asked the Chinese side to ease visa rules.

In response, State Councilor Liang said that China values its neighbour. China is ready to expand flights. \
Both sides should respect each other's concerns.

The two sides agreed to hold a vice-ministerial dialogue in May. \
They also agreed to open a consulate in Daegu.

The Chinese side expressed concern over the new port fees.

Research on the seabed will continue. The meeting was held in a friendly atmosphere.
"""


# ------------------------------------------------------------------------------------------- English


def test_english_readout_speakers_and_stances() -> None:
    st = attributed(EN_READOUT)
    assert who(st) == [
        ("both sides", "both", False, "met"),  # "X held talks with Y" is what both did
        ("Nam Ha-yoon", "person", False, "stressed"),
        ("Nam Ha-yoon", "person", True, "asked"),  # "She" carries the speaker
        ("Liang Wenbo", "person", False, "said"),
        ("Liang Wenbo", "person", True, "willing"),  # "China is ready" inside Liang's turn
        ("Liang Wenbo", "person", True, "said"),  # "Both sides should" is content, not a joint statement
        ("both sides", "both", False, "agreed"),
        ("both sides", "both", True, "agreed"),  # "They" after a joint subject
        ("Chinese side", "side", False, "expressed concern"),
        (None, None, False, None),  # a new paragraph without a speaker inherits nothing
        (None, None, False, None),  # "The meeting was held" is narrative, never carried
    ]


def test_name_normalised_to_fullest_form_and_titles_stripped() -> None:
    st = attributed("Foreign Minister Seok Da-in met Premier Jiang Haoran.\n\n"
                    "Minister Seok proposed a joint fund.\n\nPremier Jiang welcomed the idea.\n\n"
                    "Jiang also invited Seok to visit Chengdu.")
    assert [s.speaker for s in st[1:]] == ["Seok Da-in", "Jiang Haoran", "Jiang Haoran"]
    assert [s.stance for s in st[1:]] == ["proposed", "welcomed", "invited"]


def test_unhyphenated_variant_takes_the_hyphenated_fullest_form() -> None:
    st = attributed("Seo Dohyun held talks with Kong Bingwen. Seo Do-hyun said the talks were useful.")
    assert st[1].speaker == "Seo Do-hyun"


def test_two_people_with_one_surname_resolve_to_the_one_named_last() -> None:
    text = ("Wang Chenxi met Wang Lirong in Xiamen.\n\nWang Lirong said trade is growing. "
            "Minister Wang stressed the role of ports.")
    st = attributed(text)
    assert st[2].speaker == "Wang Lirong"


def test_trailing_attribution_wins_over_the_content_clause() -> None:
    st = attributed("Minister Tao Jingyu met Minister Ahn Sera in Dalian.\n\n"
                    "China is willing to buy more Korean apples, said Tao.\n\n"
                    "Cooperation on fisheries will grow, Ahn said.")
    assert who(st)[1] == ("Tao Jingyu", "person", False, "said")
    assert who(st)[2] == ("Ahn Sera", "person", False, "said")


def test_a_trailing_citation_of_a_news_outlet_leaves_the_sentence_to_its_own_speaker() -> None:
    st = attributed("President Tao Jingyu met President Ahn Sera in Dalian.\n\n"
                    "On trade, Ahn said exports had doubled, Yonhap News Agency reported.\n\n"
                    "Ferry traffic rose by a third, Yonhap News Agency reported.")
    assert who(st)[1] == ("Ahn Sera", "person", False, "said")
    assert who(st)[2] == ("Yonhap News Agency", "organisation", False, "said")  # nobody else speaks


def test_news_copy_a_sentence_a_paragraph_keeps_its_speaker_for_he_said_and_a_lone_quotation() -> None:
    st = attributed("President Tao Jingyu met President Ahn Sera in Dalian on Saturday.\n\n"
                    "Ahn noted that ferry traffic has doubled.\n\n"
                    "\u201cWe will open two more routes,\u201d she said in her opening remarks.\n\n"
                    "\u201cThe sea brings our peoples together.\u201d\n\n"
                    "Since the two ports were linked, trade has grown every year, he said.\n\n"
                    "Ports are busy in summer.")
    assert who(st)[2] == ("Ahn Sera", "person", True, "said")
    assert who(st)[3] == ("Ahn Sera", "person", True, "said")  # a quotation standing alone: hers still
    assert who(st)[4] == ("Ahn Sera", "person", True, "said")
    assert who(st)[5] == (None, None, False, None)  # an unnamed sentence that is no quotation: nobody's


def test_a_meeting_sentence_that_goes_on_to_a_hope_is_its_subjects() -> None:
    st = attributed("President Ahn Sera held talks with President Tao Jingyu on Saturday and expressed hope "
                    "to open more ferry routes.\n\n"
                    "Minister Kim Daeho had a meeting with Minister Fang Qiming and exchanged views on trade.\n\n"
                    "President Ahn Sera held talks with President Tao Jingyu in Dalian.")
    assert who(st)[0] == ("Ahn Sera", "person", False, "hoped")
    assert who(st)[1] == ("both sides", "both", False, "met")  # an exchange of views is both sides' still
    assert who(st)[2] == ("both sides", "both", False, "met")


def test_a_president_elect_is_a_titled_speaker_in_korean() -> None:
    st = attributed("배승환 대통령 당선인은 오늘 청위안저우 중국 국가주석과 전화통화를 했습니다.\n\n"
                    "배 당선인은 긴밀히 협력하자고 제안했습니다.\n\n"
                    "배 당선인과 청 주석은 아울러, 고위급 소통을 활성화하기로 했습니다.")
    assert [(s.speaker, s.stance) for s in st[1:]] == [("배승환", "proposed"), ("both sides", "agreed")]


def test_news_writes_where_and_when_and_the_second_partys_title_inside_the_subject() -> None:
    st = attributed("President Ahn Sera and Chinese President Tao Jingyu in Dalian on May 3 reaffirmed their "
                    "commitment to peace.\n\n"
                    "Minister Kim Daeho and Minister Fang Qiming shared the view that trade should grow.\n\n"
                    "Premier Tao Jingyu in Seoul on Monday stressed that ferries matter.")
    assert [(s.speaker, s.stance) for s in st] == [
        ("both sides", "reaffirmed"), ("both sides", "shared view"), ("Tao Jingyu", "stressed")]


def test_a_korean_report_without_its_subject_is_the_last_speakers() -> None:
    st = attributed("남하윤 외교부 장관은 량원보 중국 외교부장과 회담했습니다.\n\n"
                    "남 장관은 “교류를 늘리자”며 협력을 강조했습니다.\n\n"
                    "이어 “양측은 항로를 늘리기로 했다”고 덧붙였습니다.\n\n"
                    "김하늘 외교부 대변인은 “두 사람은 폭넓게 협의했다”고 했다.")
    assert who(st)[2] == ("남하윤", "person", True, "said")
    assert who(st)[3] == ("김하늘", "person", False, "said")


def test_korean_subjects_written_with_their_full_titles() -> None:
    st = attributed("남하윤 청와대 국가안보실장과 량원보 중국 외교담당 정치국 위원이 3일 만나 항로를 늘리기로 "
                    "합의했다.\n\n"
                    "김하늘 국가안보실 제1차장은 이날 양측이 대화를 열기로 했다고 말했습니다.\n\n"
                    "남하윤 실장은 량원보 위원과 비핵화 방안을 협의했다.")
    assert [(s.speaker, s.stance) for s in st] == [
        ("both sides", "agreed"),  # not 중국, a word of 량원보's titles
        ("김하늘", "said"),
        ("남하윤", "discussed"),
    ]


def test_a_korean_stance_written_as_an_adverb_and_hada() -> None:
    st = attributed("양 정상은 수교 30주년을 맞아 관계를 발전시키자는 데 뜻을 같이 했습니다. "
                    "양측은 공급망 협력에 대해 인식을 같이 하였다.")
    assert [(s.speaker, s.stance) for s in st] == [("both sides", "shared view"), ("both sides", "shared view")]


def test_korean_and_chinese_verbs_of_calls_replies_and_briefings() -> None:
    st = attributed("배승환 대통령 당선인은 오늘 청위안저우 중국 국가주석과 전화통화를 했습니다.\n\n"
                    "청 주석은 함께 노력하자고 화답했습니다.")
    assert [(s.speaker, s.stance) for s in st] == [("both sides", "met"), ("청위안저우", "said")]
    st = attributed("国务院总理梁文博同韩国总统南河允举行会谈。梁文博表示，中方重视中韩关系。\n\n"
                    "他同南河允会谈时提到，两国合作潜力巨大。")
    assert (st[2].speaker, st[2].stance) == ("梁文博", "said")


def test_a_common_view_and_a_discussion_as_readouts_write_them() -> None:
    st = attributed("The two leaders shared a common understanding that trust matters. "
                    "The two Presidents held a common view on how crucial the ties were. "
                    "The two ministers engaged in in-depth discussions on ferries.")
    assert [(s.speaker, s.stance) for s in st] == [
        ("both sides", "shared view"), ("both sides", "shared view"), ("both sides", "discussed")]


def test_descriptor_resolves_to_the_person_with_that_role() -> None:
    st = attributed("China's Minister of Commerce Pan Yuelin met with South Korea's Minister of Trade "
                    "Oh Jiwon in Suzhou.\n\n"
                    "The Chinese commerce minister said that tariffs would be reviewed.")
    assert who(st)[1] == ("Pan Yuelin", "person", False, "said")


def test_a_day_between_the_subject_and_its_verb_and_a_dateline_naming_its_country() -> None:
    st = attributed("GYEONGJU, South Korea, Nov. 1 (Xinhua) -- Chinese President Liang Wenbo on Saturday said "
                    "that China stands ready to work with South Korea.")
    assert (st[0].speaker, st[0].stance) == ("Liang Wenbo", "said")


def test_joint_subjects_in_english() -> None:
    st = attributed("Minister Yoon Bora met Minister Fang Qiming.\n\nBoth sides agreed to meet again.\n\n"
                    "The two ministers reaffirmed their support for the forum.\n\n"
                    "Yoon and Fang signed a memorandum on shipping.")
    assert [(s.speaker, s.speaker_kind, s.stance) for s in st[1:]] == [
        ("both sides", "both", "agreed"),
        ("both sides", "both", "reaffirmed"),
        ("both sides", "both", "signed"),
    ]


def test_side_subject_outside_a_speaker_turn() -> None:
    st = attributed("The two sides agreed to expand ferry routes. "
                    "The ROK side is ready to host the next round.")
    assert who(st)[1] == ("Korean side", "side", False, "willing")


def test_organisations_and_the_ministry_named_in_full() -> None:
    st = attributed("The Ministry of Oceans and Fisheries said the quota talks would resume.\n\n"
                    "The ministry said the talks were constructive.\n\n"
                    "The Office of the President assessed that the visit was a success.\n\n"
                    "Ferry traffic rose by a third, the Xinhua News Agency reported.")
    assert [(s.speaker, s.speaker_kind) for s in st] == [
        ("Ministry of Oceans and Fisheries", "organisation"),
        ("Ministry of Oceans and Fisheries", "organisation"),
        ("Office of the President", "organisation"),
        ("Xinhua News Agency", "organisation"),
    ]
    assert st[2].stance == "assessed"


def test_main_reporting_clause_gives_the_stance() -> None:
    st = attributed("Minister Baek Yuna expressed hope that the dialogue would be sustained, "
                    "and Minister Gao Ruolan said that she would work to this end.")
    assert who(st)[0] == ("Baek Yuna", "person", False, "hoped")


def test_carried_sentence_without_a_verb_takes_the_last_named_stance() -> None:
    st = attributed("Councilor Tian Yushu stressed that the river treaty matters. "
                    "Its renewal is due next year. Experts from both sides will meet in June.")
    assert [(s.speaker, s.speaker_carried, s.stance) for s in st] == [
        ("Tian Yushu", False, "stressed"), ("Tian Yushu", True, "stressed"), ("Tian Yushu", True, "stressed")]


ENGLISH_STANCES = [
    ("stressed", "Minister Ko Eunji stressed that exports matter."),
    ("stressed", "Minister Ko Eunji emphasized the need for dialogue."),
    ("noted", "Minister Ko Eunji noted that visits have doubled."),
    ("said", "Minister Ko Eunji said the port would reopen."),
    ("hoped", "Minister Ko Eunji hoped that flights would resume."),
    ("hoped", "Minister Ko Eunji expressed the hope that flights would resume."),
    ("proposed", "Minister Ko Eunji proposed a youth exchange."),
    ("asked", "Minister Ko Eunji asked China to lift the ban."),
    ("urged", "Minister Ko Eunji urged restraint."),
    ("expressed concern", "Minister Ko Eunji expressed deep concern over the launches."),
    ("welcomed", "Minister Ko Eunji welcomed the decision."),
    ("appreciated", "Minister Ko Eunji expressed appreciation for the support."),
    ("thanked", "Minister Ko Eunji expressed her gratitude for the hospitality."),
    ("invited", "Minister Ko Eunji invited her counterpart to Seoul."),
    ("accepted", "Minister Ko Eunji accepted the invitation."),
    ("reaffirmed", "Minister Ko Eunji reiterated her position."),
    ("supported", "Minister Ko Eunji supports the bid."),
    ("opposed", "Minister Ko Eunji opposed the proposal."),
    ("pointed out", "Minister Ko Eunji pointed out that rules differ."),
    ("willing", "Minister Ko Eunji is willing to visit again."),
    ("exchanged views", "The two sides exchanged views on the region."),
    ("exchanged views", "The two sides had a candid exchange of views on the region."),
    ("discussed", "The two sides had in-depth discussions on trade."),
    ("decided", "The two sides decided to set up a hotline."),
    ("agreed", "The two sides agreed to set up a hotline."),
    ("signed", "The two ministers signed a memorandum."),
    ("assessed", "The two sides spoke positively of the summit."),
    ("shared view", "The two leaders shared the view that peace matters."),
]


@pytest.mark.parametrize(("stance", "sentence"), ENGLISH_STANCES)
def test_english_stance_families(stance: str, sentence: str) -> None:
    assert attributed(sentence)[0].stance == stance


# -------------------------------------------------------------------------------------------- Korean


KO_READOUT = """\
남하윤 외교부 장관은 3월 3일 부산에서 량원보(梁文博) 중국 외교부장과 회담을 가졌습니다.

양 장관은 양국 관계가 발전해 나가야 한다는 데 공감했습니다. \
남 장관은 "양국은 좋은 이웃입니다"라고 말했습니다. \
남 장관은 중국 측의 협조를 요청했습니다.

량 부장은 비자 절차를 간소화하겠다고 말했습니다.

양측은 어업 협정을 개정하기로 했습니다. 아울러 공동 연구도 확대하기로 했습니다.

외교부는 이번 회담이 의미 있는 계기가 됐다고 평가했습니다.
"""


def test_korean_readout_speakers_and_stances() -> None:
    st = attributed(KO_READOUT)
    assert who(st) == [
        ("both sides", "both", False, "met"),
        ("both sides", "both", False, "shared view"),
        ("남하윤", "person", False, "said"),  # the quoted "…입니다" is not read; "말했습니다" is
        ("남하윤", "person", False, "asked"),
        ("량원보", "person", False, "said"),  # "량 부장" → the full name seen with its hanja
        ("both sides", "both", False, "agreed"),
        ("both sides", "both", True, "agreed"),
        ("외교부", "organisation", False, "assessed"),
    ]


def test_a_korean_name_is_found_past_a_word_that_is_no_name() -> None:
    # "당선인이" (the president-elect, as subject) stands before the name and its title: the name is the
    # word next to the title, and the search does not skip it.
    st = attributed("남하윤 당선인이 오늘 량원보 중국 국가주석과 통화했습니다.\n\n"
                    "량 주석은 협력을 강화하자고 말했습니다.")
    names = {p.name for p in PeopleIndex.build(st).people}
    assert "량원보" in names and "당선인이" not in names
    assert st[1].speaker == "량원보"


def test_korean_titles_written_as_one_word_and_spaced_from_the_name() -> None:
    st = attributed("남하윤 청와대 국가안보실장과 량원보 중국 외교담당 정치국 위원이 3일 만나 협력을 강화하기로 합의했다.\n\n"
                    "청문화 주석의 특별대표 자격으로 방한한 량 위원은 4일 출국한다.\n\n"
                    "남 실장은 협력을 강조했다.")
    people = {p.name for p in PeopleIndex.build(st).people}
    assert people == {"남하윤", "량원보", "청문화"}  # not "특별" of 특별대표: a title is spaced from its name
    assert st[2].speaker == "남하윤"  # "남 실장": a family name and a title


def test_a_korean_report_of_what_others_did_is_the_reporters_statement() -> None:
    st = attributed("남하윤 외교부 장관과 량원보 중국 외교부장은 비핵화 방안을 협의했다고 김하늘 대변인은 밝혔다.")
    assert (st[0].speaker, st[0].stance) == ("김하늘", "said")
    st = attributed("남하윤 장관과 량원보 부장은 비핵화 방안을 깊이 협의했다.")
    assert st[0].speaker_kind == "both"


def test_a_party_or_a_ministry_before_a_title_is_no_person() -> None:
    st = attributed("북한 노동당 위원장은 회의에 참석했습니다.")
    assert "노동당" not in {p.name for p in PeopleIndex.build(st).people}


def test_korean_will_do_is_decided_for_one_speaker_and_agreed_for_both() -> None:
    st = attributed("정부는 관세를 인하하기로 했습니다.\n\n양 정상은 관세를 인하하기로 했습니다.")
    assert [(s.speaker_kind, s.stance) for s in st] == [("organisation", "decided"), ("both", "agreed")]


def test_korean_embedded_verbs_are_not_the_main_stance() -> None:
    st = attributed("왕서윤 대통령은 청 주석이 한국을 방문하도록 초청했으며, "
                    "청 주석은 초청에 사의를 표했습니다.")
    assert st[0].stance == "invited"


KOREAN_STANCES = [
    ("agreed", "양측은 협의체를 만드는 데 합의했습니다."),
    ("stressed", "양측은 교류의 중요성을 강조했습니다."),
    ("asked", "양측은 기업 지원을 요청했습니다."),
    ("expressed concern", "양측은 해양 오염에 우려를 표명했습니다."),
    ("shared view", "양측은 협력이 필요하다는 데 공감했습니다."),
    ("hoped", "양측은 교류 확대를 기대했습니다."),
    ("assessed", "양측은 성과를 높이 평가했습니다."),
    ("invited", "양측은 전문가를 초청했습니다."),
    ("welcomed", "양측은 항로 재개를 환영했습니다."),
    ("exchanged views", "양측은 지역 정세에 대해 의견을 교환했습니다."),
    ("exchanged views", "양측은 지역 정세에 대해 의견을 나눴습니다."),
    ("said", "양측은 협력을 계속하겠다고 말했습니다."),
    ("proposed", "양측은 공동 연구를 제안했습니다."),
    ("thanked", "양측은 환대에 사의를 표했습니다."),
]


@pytest.mark.parametrize(("stance", "sentence"), KOREAN_STANCES)
def test_korean_stance_families(stance: str, sentence: str) -> None:
    assert attributed(sentence)[0].stance == stance


# ------------------------------------------------------------------------------------------- Chinese


ZH_READOUT = """\
新华社天津3月5日电 国家主席梁文博5日下午在天津同来华访问的韩国总统南河允举行会谈。

梁文博指出，中韩是近邻。中方愿同韩方扩大合作。双方要加强沟通。

南河允表示，韩方重视对华关系。

双方同意建立热线。双方还就地区问题交换了意见。

中方对有关做法表示关切。
"""


def test_chinese_readout_speakers_and_stances() -> None:
    st = attributed(ZH_READOUT)
    assert who(st) == [
        ("both sides", "both", False, "met"),  # the dateline is not the subject
        ("梁文博", "person", False, "pointed out"),
        ("梁文博", "person", True, "willing"),  # 中方愿 inside 梁文博's turn
        ("梁文博", "person", True, "pointed out"),  # 双方要 is content, not a joint statement
        ("南河允", "person", False, "said"),
        ("both sides", "both", False, "agreed"),
        ("both sides", "both", False, "exchanged views"),
        ("Chinese side", "side", False, "expressed concern"),
    ]


def test_a_leader_named_after_his_title_speaks_in_chinese() -> None:
    st = attributed("国家主席习文华同韩国总统南河允举行会谈。\n\n习文华指出，中韩是搬不走的近邻。")
    assert st[1].speaker == "习文华" and st[1].speaker_kind == "person"


def test_traditional_chinese_is_read_like_simplified_and_names_keep_their_script() -> None:
    st = attributed("國家主席梁文博在北京同來華訪問的南韓總統南河允舉行會談。\n\n"
                    "梁文博強調，中方願同韓方加強合作。\n\n雙方同意擴大人員往來。\n\n南河允則表示，韓方重視對華關係。")
    assert who(st) == [
        ("both sides", "both", False, "met"),
        ("梁文博", "person", False, "stressed"),
        ("both sides", "both", False, "agreed"),
        ("南河允", "person", False, "said"),
    ]
    people = {p.name: p.nationality for p in PeopleIndex.build(st).people}
    assert people == {"梁文博": "CN", "南河允": "KR"}  # 南韓 is South Korea as Taiwan and Hong Kong write it


def test_a_name_the_glossary_knows_is_not_cut_at_a_character_that_usually_ends_names() -> None:
    # 强 usually starts 强调 after a name; the glossary knows 李强, the premier, in both scripts.
    for text in ("国务院总理李强周一抵达首尔。\n\n李强强调，中方愿同韩方加强合作。",
                 "國務院總理李強周一抵達首爾。\n\n李強強調，中方願同韓方加強合作。"):
        st = attributed(text)
        assert st[1].speaker in ("李强", "李強") and st[1].stance == "stressed"
        assert [p.name for p in PeopleIndex.build(st).people] == [st[1].speaker]


def test_chinese_side_at_paragraph_start() -> None:
    st = attributed("中方愿同韩方加强渔业合作。")
    assert who(st) == [("Chinese side", "side", False, "willing")]


CHINESE_STANCES = [
    ("agreed", "双方同意加强合作。"),
    ("stressed", "梁文博强调，合作很重要。"),
    ("said", "梁文博表示，合作很重要。"),
    ("pointed out", "梁文博指出，合作很重要。"),
    ("hoped", "梁文博希望韩方妥善处理。"),
    ("welcomed", "梁文博欢迎韩国企业投资。"),
    ("invited", "梁文博邀请南河允访华。"),
    ("exchanged views", "两国元首交换了意见。"),
    ("discussed", "双方讨论了渔业问题。"),
    ("expressed concern", "梁文博对此表示担忧。"),
    ("assessed", "双方积极评价会议成果。"),
    ("proposed", "梁文博提议举办论坛。"),
    ("proposed", "梁文博建议举办论坛。"),
    ("asked", "梁文博要求韩方停止有关做法。"),
    ("urged", "梁文博敦促韩方停止有关做法。"),
    ("willing", "中方愿意扩大进口。"),
]


@pytest.mark.parametrize(("stance", "sentence"), CHINESE_STANCES)
def test_chinese_stance_families(stance: str, sentence: str) -> None:
    statements = make_statements("国家主席梁文博会见韩国总统南河允。\n\n" + sentence)
    attribute(statements)
    assert statements[-1].stance == stance


def test_chinese_nouns_are_not_verbs() -> None:
    st = attributed("会谈前，梁文博为南河允举行欢迎仪式。")
    assert st[0].stance is None


# -------------------------------------------------------------------------------------------- German


DE_READOUT = """\
Der südkoreanische Handelsminister Nam Ha-yoon traf sich in Peking mit dem chinesischen \
Handelsminister Liang Wenbo.

Während des Treffens diskutierten beide Seiten den Ausbau des Handels. \
Nam und Liang einigten sich auf eine Arbeitsgruppe. \
Sie beschlossen auch, die Zölle zu senken.

Nam betonte die Bedeutung der Lieferketten.

Schließlich unterzeichneten sie ein Abkommen.
"""


def test_german_readout_speakers_and_stances() -> None:
    st = attributed(DE_READOUT)
    assert who(st) == [
        ("both sides", "both", False, "met"),
        ("both sides", "both", False, "discussed"),  # subject after the verb (verb-second order)
        ("both sides", "both", False, "agreed"),  # "Nam und Liang"
        ("both sides", "both", True, "decided"),
        ("Nam Ha-yoon", "person", False, "stressed"),
        ("both sides", "both", True, "signed"),
    ]


GERMAN_STANCES = [
    ("agreed", "Beide Seiten einigten sich auf einen Plan."),
    ("stressed", "Nam Ha-yoon betonte die Rolle der Häfen."),
    ("said", "Nam Ha-yoon erklärte, die Häfen seien wichtig."),
    ("said", "Nam Ha-yoon sagte, die Häfen seien wichtig."),
    ("discussed", "Beide Seiten diskutierten den Plan."),
    ("reaffirmed", "Beide Seiten bekräftigten den Plan."),
    ("decided", "Beide Seiten beschlossen einen Plan."),
    ("signed", "Beide Seiten unterzeichneten einen Plan."),
    ("hoped", "Nam Ha-yoon hoffte auf mehr Flüge für die Studenten."),
    ("urged", "Nam Ha-yoon forderte mehr Flüge für die Studenten."),
]


@pytest.mark.parametrize(("stance", "sentence"), GERMAN_STANCES)
def test_german_stance_families(stance: str, sentence: str) -> None:
    assert attributed(sentence)[0].stance == stance


# ------------------------------------------------------------------------------------------- general


def test_every_statement_gets_the_four_fields_even_when_empty() -> None:
    st = attributed("Tariffs fell. Exports rose.")
    assert all(s.speaker is None and s.speaker_kind is None and not s.speaker_carried for s in st)


def test_people_index_knows_nationalities_from_titles() -> None:
    statements = make_statements("Foreign Minister Nam Ha-yoon met Chinese Foreign Minister Liang Wenbo.")
    people = PeopleIndex.build(statements)
    nationality = {p.name: p.nationality for p in people.people}
    assert nationality == {"Nam Ha-yoon": "KR", "Liang Wenbo": "CN"}


def test_vocabulary_comes_from_the_lexicon_file() -> None:
    assert stance_forms("en")["stressed"] == "stressed"
    assert stance_forms("zh")["同意"] == "agreed"
    assert stance_forms("ko")["강조"] == "stressed"
    assert stance_forms("de")["betonte"] == "stressed"


# -------------------------------------------------------------------------- the shared dev corpus


@needs_shared_corpus
@pytest.mark.parametrize("path", sorted(SHARED_CORPUS.glob("dev/*/*.txt")) + sorted(SHARED_CORPUS.glob("seeds/*.txt")),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_statements_mostly_have_speakers(path: Path) -> None:
    from desktop_app.core.segmentation import segment

    statements = segment(path.read_text(encoding="utf-8")).statements
    attribute(statements)
    named = [s for s in statements if s.speaker]
    assert len(named) >= 0.75 * len(statements)
    assert all(s.speaker_kind in ("person", "both", "side", "organisation") for s in named)


@needs_shared_corpus
def test_corpus_speaker_carry_phenomenon() -> None:
    """The dev trade pair's MOFCOM readout: unnamed sentences inside Qiu's turn are Qiu's."""
    from desktop_app.core.segmentation import segment

    path = SHARED_CORPUS / "dev" / "dev-trade-2027-xian" / "cn.txt"
    statements = segment(path.read_text(encoding="utf-8")).statements
    attribute(statements)
    unnamed = ("China is ready to work", "China hopes that South Korea", "Both sides should jointly uphold")
    for fragment in unnamed:
        st = find(statements, fragment)
        assert (st.speaker, st.speaker_carried) == ("Qiu Hanbo", True)


def test_an_opening_phrase_before_a_name_is_not_the_persons_title() -> None:
    from desktop_app.core.speakers import people_index

    statements = make_statements(
        "On June 18, Foreign Minister Guo Yanqing held talks with Foreign Minister Seo Haneul of the "
        "Republic of Korea in Busan.\n\nOn the situation on the Korean Peninsula, Guo Yanqing said that "
        "China has always worked for peace."
    )
    people = people_index(statements)
    assert people.find("Guo Yanqing").nationality == "CN"
    assert people.find("Seo Haneul").nationality == "KR"
