"""Segmentation: readout text → statements, with site furniture and headings kept out."""

from __future__ import annotations

import time

import pytest

from desktop_app.core.segmentation import segment


def statements(text: str) -> list[str]:
    return [s.text for s in segment(text).statements]


def test_offsets_point_into_the_text_and_do_not_overlap() -> None:
    text = "Title Of The Page\n\nThe two sides met.  They agreed on trade.\n\nKim said so."
    seg = segment(text)
    previous_end = 0
    for st in seg.statements:
        assert text[st.start:st.end] == st.text
        assert st.start >= previous_end
        previous_end = st.end
    assert [s.text for s in seg.statements] == ["The two sides met.", "They agreed on trade.", "Kim said so."]
    assert [s.paragraph for s in seg.statements] == [0, 0, 1]


def test_numbered_paragraphs_and_bullets_keep_their_markers() -> None:
    text = (
        "1. The two ministers met in Busan on May 3. They discussed trade.\n\n"
        "o The two sides agreed to hold a dialogue.\n"
        "- Minister Seo asked for support.\n"
        "• Both sides welcomed the plan.\n"
        "2.\nThe meeting ended with a dinner.\n"
    )
    seg = segment(text)
    assert [s.text for s in seg.statements] == [
        "1. The two ministers met in Busan on May 3.",
        "They discussed trade.",
        "o The two sides agreed to hold a dialogue.",
        "- Minister Seo asked for support.",
        "• Both sides welcomed the plan.",
        "2.\nThe meeting ended with a dinner.",
    ]
    assert [s.marker for s in seg.statements] == ["1.", "", "o", "-", "•", "2."]


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks were held on Dec. 3 in Seoul with U.S. officials present.",
        "S. Korea and China agreed to meet again.",
        "The No. 2 official of the ministry, Mr. Park, attended.",
        "The statement cited Art. 5 of the agreement, e.g. the dispute clause.",
    ],
)
def test_abbreviations_do_not_end_sentences(sentence: str) -> None:
    assert statements(f"{sentence} The two sides agreed.") == [sentence, "The two sides agreed."]


def test_an_ambiguous_abbreviation_ends_a_sentence_before_a_sentence_opener() -> None:
    text = "Trade with the U.S. grew. They also met officials of the U.S. The two sides agreed."
    assert statements(text) == ["Trade with the U.S. grew.", "They also met officials of the U.S.",
                                "The two sides agreed."]


def test_german_ordinal_dates_and_abbreviations() -> None:
    text = (
        "Der Minister besuchte vom 11. bis 12. Dezember Peking. Das Treffen fand am 1. November statt, "
        "u. a. mit Vertretern der Industrie, z. B. aus der Chemie. Beide Länder einigten sich auf Nr. 3 "
        "der Liste. Sie unterzeichneten den ‚Plan 2026‘."
    )
    assert statements(text) == [
        "Der Minister besuchte vom 11. bis 12. Dezember Peking.",
        "Das Treffen fand am 1. November statt, u. a. mit Vertretern der Industrie, z. B. aus der Chemie.",
        "Beide Länder einigten sich auf Nr. 3 der Liste.",
        "Sie unterzeichneten den ‚Plan 2026‘.",
    ]


def test_a_lost_space_after_a_full_stop_still_ends_the_sentence() -> None:
    text = "Trade grew steadily.In 2026 it reached 300 billion dollars, see ajunews.com for 3.5 percent."
    assert statements(text) == [
        "Trade grew steadily.",
        "In 2026 it reached 300 billion dollars, see ajunews.com for 3.5 percent.",
    ]


def test_quotations_stay_whole_and_end_with_their_sentence() -> None:
    text = (
        '"Supply chains face shocks. We must work together," Da said. '
        'He added: “We agree.” The two sides then met. '
        'The plan is called "Fast Track." It starts in May.'
    )
    assert statements(text) == [
        '"Supply chains face shocks. We must work together," Da said.',
        "He added: “We agree.”",
        "The two sides then met.",
        'The plan is called "Fast Track."',
        "It starts in May.",
    ]


def test_an_unbalanced_quote_does_not_swallow_the_paragraph() -> None:
    text = 'He called it a “new era. The two sides agreed. They met again.'
    assert len(statements(text)) == 3


def test_chinese_sentence_ends() -> None:
    text = "双方同意加快推进中韩自由贸易协定第二阶段谈判。周立华表示，中方愿同韩方加强合作！双方还就国际问题交换了意见？"
    assert statements(text) == [
        "双方同意加快推进中韩自由贸易协定第二阶段谈判。",
        "周立华表示，中方愿同韩方加强合作！",
        "双方还就国际问题交换了意见？",
    ]
    assert {s.language for s in segment(text).statements} == {"zh"}


def test_chinese_quotation_with_inner_full_stops_stays_whole() -> None:
    text = "程远舟指出：“中韩是近邻。双方要加强合作。”双方同意扩大交流。"
    assert statements(text) == ["程远舟指出：“中韩是近邻。双方要加强合作。”", "双方同意扩大交流。"]


def test_chinese_text_whose_full_stops_were_lost() -> None:
    spaced = "双方同意加快推进中韩自由贸易协定第二阶段谈判 双方同意在人工智能等新兴领域拓展合作 双方还讨论了中日韩合作问题"
    assert len(statements(spaced)) == 3
    glued = "双方同意加快推进中韩自由贸易协定第二阶段谈判双方同意在人工智能等新兴领域拓展合作当晚程远舟举行欢迎宴会"
    assert statements(glued) == [
        "双方同意加快推进中韩自由贸易协定第二阶段谈判",
        "双方同意在人工智能等新兴领域拓展合作",
        "当晚程远舟举行欢迎宴会",
    ]


def test_xinhua_dateline_stays_with_its_sentence() -> None:
    text = "新华社北京4月20日电\u3000国家主席程远舟20日下午同韩国总统举行会谈。双方同意加强合作。"
    assert statements(text)[0].startswith("新华社北京4月20日电")
    assert len(statements(text)) == 2


def test_korean_sentence_endings_with_and_without_full_stops() -> None:
    text = "양 정상은 FTA 협상을 가속화하기로 했습니다. 배 대통령은 협력을 강조했습니다.\n\n양측은 교류를 확대하기로 합의했습니다 청 주석은 사의를 표했습니다"
    assert statements(text) == [
        "양 정상은 FTA 협상을 가속화하기로 했습니다.",
        "배 대통령은 협력을 강조했습니다.",
        "양측은 교류를 확대하기로 합의했습니다",
        "청 주석은 사의를 표했습니다",
    ]
    assert {s.language for s in segment(text).statements} == {"ko"}


def test_korean_quotation_with_an_inner_full_stop_stays_whole() -> None:
    text = '배 대통령은 "양국은 소중한 동반자입니다. 앞으로도 협력하기를 기대합니다"라고 말했습니다. 양 정상은 만찬에 참석했습니다.'
    assert statements(text) == [
        '배 대통령은 "양국은 소중한 동반자입니다. 앞으로도 협력하기를 기대합니다"라고 말했습니다.',
        "양 정상은 만찬에 참석했습니다.",
    ]


def test_hard_wrapped_lines_are_joined_into_sentences() -> None:
    text = (
        "On May 3, 2029, Foreign Minister Zhou Lihua held talks in Hangzhou with\n"
        "Foreign Minister Seo Ha-neul of the Republic of Korea, who was visiting\n"
        "China. The two sides had an in-depth exchange of views on bilateral\n"
        "relations and the situation on the Korean Peninsula. Zhou said that the\n"
        "two countries are close neighbours and important partners in the region.\n"
        "Seo said that Korea attaches great importance to its relations with\n"
        "China and hopes to deepen cooperation in trade, culture and tourism.\n"
    )
    got = statements(text)
    assert len(got) == 4
    assert got[0].startswith("On May 3") and got[0].endswith("visiting\nChina.")


def test_headings_and_titles_are_not_statements() -> None:
    text = (
        "Ministry of Foreign Affairs\n\nPress Releases\n\nOutcome of Korea-China Foreign Ministers' Meeting\n\n"
        "1. The two ministers met in Busan.\n\nEconomic Cooperation\n\n"
        "2. The two sides agreed to expand trade\n"
    )
    seg = segment(text)
    assert [s.text for s in seg.statements] == [
        "1. The two ministers met in Busan.",
        "2. The two sides agreed to expand trade",
    ]
    assert seg.title == "Outcome of Korea-China Foreign Ministers' Meeting"
    headings = [text[b.start:b.end] for b in seg.boilerplate if b.reason == "heading"]
    assert "Economic Cooperation" in headings and "Press Releases" in headings


def test_a_long_headline_directly_above_the_body_is_a_title() -> None:
    # News pages put a long capitalised headline on the line right above the body, with no blank line.
    headline = ("Trade Ministers of Korea and China Discuss Follow-up Measures After the Leaders' "
                "Summit in Hangzhou Following a Five-Year Pause in Standalone Ministerial Talks")
    text = headline + "\nThe two ministers met in Hangzhou on May 3. They agreed to expand trade in services.\n"
    seg = segment(text)
    assert [s.text for s in seg.statements] == [
        "The two ministers met in Hangzhou on May 3.", "They agreed to expand trade in services."]
    assert seg.title == headline


def test_a_long_unpunctuated_sentence_at_the_top_is_still_a_statement() -> None:
    # Without a headline's capitals, a long first line is body text whose full stop was lost.
    first = ("On May 3 the two ministers met in Hangzhou and agreed that the two countries should expand "
             "trade in services and speed up the second phase of the free trade agreement talks")
    seg = segment(first + "\nThey also discussed the situation on the Korean Peninsula.\n")
    assert seg.statements[0].text == first


def test_a_single_unpunctuated_line_is_still_a_statement() -> None:
    assert statements("The two sides agreed to speed up the talks") == ["The two sides agreed to speed up the talks"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("바로가기 메뉴", "navigation"),
        ("본문 바로가기", "navigation"),
        ("검색창 열기", "navigation"),
        ("Home\u00a0>\u00a0News & Events", "breadcrumb"),
        ("Home > News > Bilateral Relations", "breadcrumb"),
        ("  3. Ministry of  Foreign Affairs, Republic of Korea twitter", "social link"),
        ("<Suggest To A Friend>", "navigation"),
        ("Print | Share | Email", "share links"),
        ("The minister (left) meets his counterpart in Busan on May 3, 2029. Photo: MOFA", "photo caption"),
        ("Delegations at the talks in Hangzhou. (Photo: Xinhua)", "photo caption"),
        ("양국 외교장관이 악수하고 있다. [사진=외교부]", "photo caption"),
        ("* This article was translated by AI and edited by the desk.Lee Min-ho 기자 lee@example.com",
         "byline"),
        ("By Kim Min-ji", "byline"),
        ("November 7, 2028", "date line"),
        ("2029-05-03", "date line"),
        ("2029년 5월 3일", "date line"),
        ("(끝)", "navigation"),  # the end mark of Korean wire copy
        ("ⓒ 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지", "navigation"),
    ],
)
def test_site_furniture_is_kept_out_of_statements(line: str, reason: str) -> None:
    text = f"{line}\n\nThe two sides agreed to expand trade.\n"
    seg = segment(text)
    assert [s.text for s in seg.statements] == ["The two sides agreed to expand trade."]
    assert [b.reason for b in seg.boilerplate if text[b.start:b.end].strip() == line.strip()] == [reason]


def test_a_sentence_that_gives_an_e_mail_address_is_a_statement_not_a_byline() -> None:
    text = ("The two sides agreed to open a hotline at hotline@mofa.example.kr. "
            "They also agreed to meet again in Seoul.\n")
    assert len(segment(text).statements) == 2


def test_a_long_run_of_word_characters_is_read_quickly() -> None:
    start = time.perf_counter()
    segment("a" * 40_000 + "@x\n\nThe two sides agreed to expand trade.\n")
    assert time.perf_counter() - start < 1.0  # the e-mail pattern once took 5 s here


def test_a_caption_glued_to_a_wire_dateline_is_cut_off() -> None:
    text = (
        "Seo Ha-neul, Korea's foreign minister. (Ministry of Foreign Affairs)SEOUL, May 3 (AJP) -Korea and "
        "China agreed to meet again. The ministry said so.\n"
    )
    seg = segment(text)
    assert seg.statements[0].text.startswith("SEOUL, May 3 (AJP) -Korea and China agreed")
    assert seg.boilerplate[0].reason == "photo caption"
    assert text[seg.boilerplate[0].start:seg.boilerplate[0].end].endswith("(Ministry of Foreign Affairs)")


def test_prose_mentioning_menus_or_photos_is_kept() -> None:
    text = (
        "The two sides agreed to hold a photo exhibition in Seoul and to share a menu of cooperation "
        "projects, including exchanges on Facebook and other platforms among young people.\n"
    )
    assert len(statements(text)) == 1


def test_a_german_quotation_ends_with_its_closing_mark() -> None:
    text = "Kang sagte: „Luft kennt keine Grenzen. Wir wollen handeln.“ Beide Minister stimmten zu."
    assert statements(text) == ["Kang sagte: „Luft kennt keine Grenzen. Wir wollen handeln.“",
                                "Beide Minister stimmten zu."]


def test_a_sentence_cut_by_a_stray_blank_line_runs_on() -> None:
    text = "Both sides agreed to launch\n\nthe Cultural Exchange Year in 2029.\n\nThe Year opens in May."
    assert statements(text) == ["Both sides agreed to launch\n\nthe Cultural Exchange Year in 2029.",
                                "The Year opens in May."]


def test_a_wrapped_line_ending_before_a_long_word_is_joined() -> None:
    lines = ["The two ministers met in Xi'an on November 18 and discussed trade, investment and the",
             "supply chains of the two countries in detail over a working lunch at the hotel there.",
             "They also agreed to hold the next meeting in 2028 and to",
             "‚Prioritätskooperationsplan 2026‘, at the next meeting of the trade ministers in Seoul.",
             "The two sides agreed to keep in close touch on export controls and supply chain issues.",
             "Minister Kwon asked for support for Korean companies operating in the Chinese market."]
    got = statements("\n".join(lines))
    assert got[1].startswith("They also agreed") and got[1].endswith("in Seoul.")
    assert len(got) == 4


# Cases from pySBD's golden rules (issue 11): readouts seldom look like this, but the abbreviation and
# list cases do occur.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I live in the U.S. How about you?", ["I live in the U.S.", "How about you?"]),
        ("I live in the E.U. How about you?", ["I live in the E.U.", "How about you?"]),
        ("Let's ask Jane and co. They should know.", ["Let's ask Jane and co.", "They should know."]),
        ("The U.S. President met the U.S. Government team. He left.",
         ["The U.S. President met the U.S. Government team.", "He left."]),
        ("I have lived in the U.S. for 20 years.", ["I have lived in the U.S. for 20 years."]),
        ("They met in the U.S. State Department on Dec. 5 and left.",
         ["They met in the U.S. State Department on Dec. 5 and left."]),
    ],
)
def test_an_abbreviation_ends_a_sentence_only_before_a_word_that_opens_one(text: str, expected: list[str]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1. The first item 2. The second item", ["1. The first item", "2. The second item"]),
        ("1. The first item. 2. The second item.", ["1. The first item.", "2. The second item."]),
        ("1) The first item 2) The second item 3) The third item",
         ["1) The first item", "2) The second item", "3) The third item"]),
    ],
)
def test_an_inline_numbered_list_splits_before_each_number(text: str, expected: list[str]) -> None:
    assert statements(text) == expected


def test_a_number_that_is_not_the_next_item_does_not_split() -> None:
    assert statements("1. The delegations met 5 times in 2028 and 3 Ministers attended.") == [
        "1. The delegations met 5 times in 2028 and 3 Ministers attended."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I wasn't really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn't mean it.",
         ["I wasn't really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn't mean it."]),
        ("They agreed, in short . . . The talks went on.", ["They agreed, in short . . . The talks went on."]),
        # Four dots are a full stop and an ellipsis: the sentence ends after them.
        ("It ends with a period . . . . Next sentence.", ["It ends with a period . . . .", "Next sentence."]),
        ("One habit was weakened . . . was that of compounds. . . . The practice was not abandoned. . . .",
         ["One habit was weakened . . . was that of compounds. . . .", "The practice was not abandoned. . . ."]),
    ],
)
def test_spaced_ellipses_do_not_end_a_sentence(text: str, expected: list[str]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我们明天一起去看《摔跤吧！爸爸》好吗？好！", ["我们明天一起去看《摔跤吧！爸爸》好吗？", "好！"]),
        ("“我们明天一起去看《摔跤吧！爸爸》好吗？”“好！”", ["“我们明天一起去看《摔跤吧！爸爸》好吗？”", "“好！”"]),
        ("双方签署了《关于加强合作！的备忘录》。双方同意扩大交流。", ["双方签署了《关于加强合作！的备忘录》。", "双方同意扩大交流。"]),
        ("他说「你好！我是谁」，然后走了。双方同意。", ["他说「你好！我是谁」，然后走了。", "双方同意。"]),
        ("他说『你好！我是谁？』。双方同意。", ["他说『你好！我是谁？』。", "双方同意。"]),
    ],
)
def test_a_chinese_title_or_quotation_is_never_split_inside(text: str, expected: list[str]) -> None:
    assert statements(text) == expected
