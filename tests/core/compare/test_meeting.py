"""One meeting or two: the judgement on two readouts' dates, places and participants, the participants
paired across scripts, the cover that names the meeting, and the key findings. No display needed."""

from __future__ import annotations

import re

from desktop_app.core.compare.comparison import SIDES, Comparison, compare
from desktop_app.core.compare.corrections import Correction, apply_corrections
from desktop_app.core.compare.meeting import (
    MeetingFacts,
    Participant,
    check_meeting,
    common_kind,
    day_gap,
    meeting_facts,
    meeting_kinds,
    pair_participants,
    same_person,
)
from desktop_app.core.documents import document_from_text
from desktop_app.core.report.build import build_report, key_findings
from desktop_app.core.report.html import render_html
from desktop_app.core.report.markdown import md_escape, report_to_markdown


def facts(date: str | None = None, place: str | None = None, people: tuple[tuple[str, str | None], ...] = (),
          kind: str | None = None) -> MeetingFacts:
    return MeetingFacts(date, place, tuple(Participant(n, c) for n, c in people), (kind,) if kind else ())


KR_FM = (("Han Ji-woo", "KR"), ("Lu Mingxia", "CN"))


# ----------------------------------------------------------------------------------- the judgement


def test_dates_a_day_apart_are_one_meeting() -> None:
    assert day_gap("2031-03-04", "--03-05") == 1
    assert day_gap("--12-31", "--01-01") == 1  # across the turn of the year
    same = check_meeting(facts("2031-03-04", "Seoul", KR_FM), facts("--03-05", "Seoul", KR_FM))
    assert same.verdict == "same" and not same.message({"left": "Korean side", "right": "Chinese side"})


def test_dates_months_apart_are_different_meetings() -> None:
    check = check_meeting(facts("--08-09", "Qingdao", KR_FM), facts("2030-11-26", "Seoul", KR_FM))
    assert check.different
    assert [d.facet for d in check.disagreements] == ["date", "place"]
    message = check.message({"left": "Korean side", "right": "Chinese side"})
    assert "different meetings" in message
    assert "Korean side: 9 August" in message and "Chinese side: 26 November 2030" in message
    assert "Korean side: Qingdao" in message and "Chinese side: Seoul" in message


def test_one_fact_that_disagrees_asks_for_a_check() -> None:
    place = check_meeting(facts("--05-02", "Xiamen", KR_FM), facts("2030-05-02", "Seoul", KR_FM))
    assert place.verdict == "doubtful" and "Check that they report the same meeting" in place.message(
        {"left": "left readout", "right": "right readout"})
    # Another foreign minister in the Korean seat.
    other = (("Oh Se-ri", "KR"), ("Lu Mingxia", "CN"))
    people = check_meeting(facts("--05-02", None, KR_FM), facts("--05-02", None, other))
    assert people.verdict == "doubtful" and people.disagreements[0].left == "Han Ji-woo"


def test_a_venue_and_its_city_or_an_unknown_place_are_no_disagreement() -> None:
    for left, right in (("Beijing", "Great Hall of the People"), ("Seoul", "Somewhere Hall"),
                        ("Busan", "Busan, Republic of Korea")):
        assert check_meeting(facts(None, left), facts(None, right)).verdict == "same", (left, right)
    assert check_meeting(facts(None, "Busan"), facts(None, "Beijing")).verdict == "doubtful"


# ------------------------------------------------------------------------------------ participants


def test_participants_are_paired_across_scripts_and_spellings() -> None:
    left = facts(people=(("배승환", "KR"), ("청위안저우", "CN"), ("Kim Jeong-gwan", "KR")))
    right = facts(people=(("程远舟", "CN"), ("裴承焕", "KR"), ("Kim Jung-kwan", "KR")))
    shown = [pair.display for pair in pair_participants(left, right)]
    # 裴承焕 reads 배승환; 程远舟 is the one Chinese participant left on each side; romanisations agree.
    assert shown == ["배승환 / 裴承焕", "청위안저우 / 程远舟", "Kim Jeong-gwan / Kim Jung-kwan"]
    # A readout that writes only the surname shows the fuller name once, not "Kim / Kim Jung-kwan".
    only_surname = pair_participants(facts(people=(("Kim", None),)), facts(people=(("Kim Jung-kwan", "KR"),)))
    assert [pair.display for pair in only_surname] == ["Kim Jung-kwan"]


def test_a_name_in_traditional_characters_is_the_glossarys_simplified_one() -> None:
    assert same_person(Participant("리창", "CN"), Participant("李強", "CN"))


def test_a_korean_name_in_characters_meets_its_romanisation() -> None:
    left = facts(people=(("Seo Min-jae", None), ("Zhou Lihua", None)))
    right = facts(people=(("周立华", "CN"), ("徐珉载", "KR")))
    assert [p.display for p in pair_participants(left, right)] == ["Seo Min-jae / 徐珉载", "Zhou Lihua / 周立华"]


def test_two_people_of_one_side_are_not_paired_by_elimination_in_one_script() -> None:
    left = facts(people=(("Park Ha-eun", "KR"), ("Lu Mingxia", "CN")))
    right = facts(people=(("Lu Mingxia", "CN"), ("Choi Yun-seo", "KR")))
    assert [p.display for p in pair_participants(left, right)] == ["Park Ha-eun", "Lu Mingxia", "Choi Yun-seo"]


# -------------------------------------------------------------------------------------------- cover

QINGDAO = """Outcome of Korea-China Foreign Ministers' Meeting

1. Foreign Minister Han Ji-woo held a meeting with Chinese Foreign Minister Lu Mingxia in Qingdao on August 9, 2031.

2. The two sides agreed to expand cooperation on supply chains.
"""
SEOUL = """Lu Mingxia Holds Talks with ROK Foreign Minister Oh Se-ri

On November 26, 2029, Chinese Foreign Minister Lu Mingxia held talks with ROK Foreign Minister Oh Se-ri in Seoul.

Lu Mingxia said that China is willing to expand cooperation on supply chains with the ROK.
"""


def different_meetings() -> Comparison:
    return compare(document_from_text(QINGDAO, "kr.txt"), document_from_text(SEOUL, "cn.txt"))


def test_the_kind_of_meeting_is_the_one_named_first_but_a_call_is_a_call() -> None:
    kinds = [meeting_kinds(document_from_text(text))[0] for text in (
        "Foreign Minister Nam Ha-yoon conveyed President Bae's greetings to Liang Wenbo in Busan.",
        "President Bae Seung-hwan held a phone call with President Cheng Yuanzhou on Monday.",
        "배승환 대통령은 오늘 청위안저우 중국 국가주석과 전화통화를 했습니다.",
        "国家主席程远舟同韩国总统裴承焕通电话。")]
    assert kinds == ["foreign ministers' meeting", "phone call", "phone call", "phone call"]


def test_a_latin_kind_is_named_in_the_plural_too() -> None:
    text = "Korea and China pledged to speed up talks, following a meeting of commerce ministers in Hangzhou."
    assert meeting_kinds(document_from_text(text)) == ("trade ministers' meeting",)


def test_a_headline_naming_another_meeting_gives_way_to_the_kind_both_readouts_name() -> None:
    # The headline names the summit the meeting followed; the opening and the other readout name the meeting.
    text = ("Two Ministries Discuss Follow-up Measures Following the Korea-China Summit in Hangzhou\n"
            "Trade Minister Kwon Hye-rin held a Korea-China Trade Ministers' Meeting with Qiu Hanbo on May 3. "
            "They agreed to expand trade in services.\n")
    korean = meeting_facts(document_from_text(text))
    assert korean.kinds == ("summit", "trade ministers' meeting")
    chinese = facts(kind="trade ministers' meeting")
    assert common_kind(korean, chinese) == common_kind(chinese, korean) == "trade ministers' meeting"
    assert common_kind(korean, facts()) == "summit"  # alone, a readout's own reading stands
    assert common_kind(facts(kind="summit"), chinese) is None  # two kinds, none shared: no kind


def test_a_call_neither_readout_places_is_placed_by_telephone() -> None:
    call = compare(document_from_text("배승환 대통령은 오늘 청위안저우 중국 국가주석과 전화통화를 했습니다.\n", "kr.txt"),
                   document_from_text("国家主席程远舟同韩国总统裴承焕通电话。\n", "cn.txt"))
    report = build_report(call)
    assert report.cover.meeting.kind == "phone call" and report.cover.meeting.place is None
    assert "<td>by telephone</td>" in render_html(report)
    assert "**Place**: by telephone" in report_to_markdown(report)
    assert "**地点**：通电话" in report_to_markdown(build_report(call, language="zh"))
    talks = compare(document_from_text("The two ministers met on May 3 and agreed to expand trade.\n", "kr.txt"),
                    document_from_text("The two ministers met on May 3 and agreed to expand trade.\n", "cn.txt"))
    assert "**Place**: not stated" in report_to_markdown(build_report(talks))


def test_a_report_of_different_meetings_says_so_first_and_never_mixes_them() -> None:
    report = build_report(different_meetings())
    assert report.cover.check.different
    assert report.cover.title == "Two readouts of different meetings"
    page = render_html(report)
    body = page.split("<body>")[1]
    assert body.index("Different meetings") < body.index("<h1>")  # the warning before anything else
    assert "Qingdao, 9 August 2031" in page and "Seoul, 26 November 2029" in page  # each side's own
    assert not re.search(r"Qingdao\s*/\s*Seoul|Seoul\s*/\s*Qingdao", page)
    markdown = report_to_markdown(report)
    assert markdown.startswith("> **⚠ Different meetings**")


def test_the_cover_names_the_meeting_and_keeps_paths_for_the_appendix(demo: Comparison) -> None:
    report = build_report(demo)
    assert report.cover.title == "Korea–China foreign ministers' meeting, Busan, 18 June 2029"
    assert report.cover.meeting.participants == ["Seo Ha-neul", "Guo Yanqing"]
    location = report.sources["left"].location
    # Markdown escapes the path's "_" and "*": look for it as Markdown writes it.
    assert location not in render_html(report) and md_escape(location) not in report_to_markdown(report)
    with_texts = build_report(demo, include_texts=True)
    assert location in render_html(with_texts) and md_escape(location) in report_to_markdown(with_texts)
    assert "Side told by" in render_html(with_texts) and "Side told by" not in render_html(report)


def test_the_same_meeting_gives_no_warning(demo: Comparison) -> None:
    report = build_report(demo)
    assert report.cover.check.verdict == "same" and not report.cover.warning
    assert "Different meetings" not in render_html(report)


# ------------------------------------------------------------------------------------- key findings


def test_key_findings_put_sensitive_one_sided_points_first(demo: Comparison) -> None:
    report = build_report(demo)
    findings = key_findings(report, demo)
    assert findings.one_sided, "the demo's Chinese readout alone speaks of Taiwan"
    first = findings.one_sided[0]
    assert first.topic.startswith("Taiwan") and first.side == "right" and first.sensitivity == 1
    ranks = [f.sensitivity for f in findings.one_sided]
    assert ranks == sorted(ranks)  # by the lexicon's rank, Taiwan first
    # Every finding says where it is, and that place exists in the report.
    ids = {p.id for side in SIDES for p in report.one_sided[side].passages}
    numbers = {f"link {link.number}" for link in report.links()}
    for finding in [*findings.one_sided, *findings.figures, *findings.attribution]:
        assert finding.where in ids | numbers, finding
    assert {f.kind for f in findings.figures} <= {"numbers", "dates"} and findings.figures
    assert findings.attribution
    page = render_html(report)
    assert page.index("Key findings") < page.index("Summary") < page.index("Linked statements by topic")


def test_a_key_finding_names_the_topic_its_link_is_shown_under() -> None:
    left = ("Foreign Minister Nam Ha-yoon held talks with Foreign Minister Liang Wenbo in Busan on May 3.\n\n"
            "The two ministers agreed to work together to reduce fine dust.\n")
    right = ("Foreign Minister Liang Wenbo held talks with Foreign Minister Nam Ha-yoon in Busan on May 3.\n\n"
             "Liang Wenbo said China hopes the sky over both countries will be blue again.\n")
    comparison = compare(document_from_text(left, "kr.txt"), document_from_text(right, "cn.txt"))
    apply_corrections(comparison, [Correction("link", (1,), (1,))])  # the two share no lexicon topic
    report = build_report(comparison)
    section = next(s for s in report.sections if any(p.id == "L2" for link in s.links for p in link.left))
    assert section.label == "Fine dust and air pollution"
    findings = key_findings(report, comparison).attribution
    assert [f.topic for f in findings] == ["Fine dust and air pollution"]  # not "Other points"


def test_a_link_is_shown_under_what_it_is_about_not_the_talks_it_was_said_at() -> None:
    left = ("Trade Minister Kwon Hye-rin held talks with Commerce Minister Qiu Hanbo in Hangzhou on May 3.\n\n"
            "At the talks, the two ministers agreed to speed up the FTA second-phase negotiations.\n")
    right = ("Commerce Minister Qiu Hanbo held talks with Trade Minister Kwon Hye-rin in Hangzhou on May 3.\n\n"
             "During the talks, both sides agreed to speed up the FTA second-phase negotiations.\n")
    report = build_report(compare(document_from_text(left, "kr.txt"), document_from_text(right, "cn.txt")))
    shown = {p.id: section.label for section in report.sections for link in section.links for p in link.left}
    assert shown["L1"] == "Talks and meetings held"
    assert "FTA" in shown["L2"]  # both speak of the talks too, but the FTA is the point


def test_key_findings_of_a_pair_with_nothing_one_sided_or_differing() -> None:
    text = "The two sides agreed to expand trade.\n\nThe two sides agreed to hold talks in Seoul.\n"
    comparison = compare(document_from_text(text, "a.txt"), document_from_text(text, "b.txt"))
    report = build_report(comparison)
    assert report.findings is not None
    assert not report.findings.one_sided and not report.findings.figures
    assert "Key findings" in render_html(report)
