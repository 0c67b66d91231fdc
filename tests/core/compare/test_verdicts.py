"""Agree or differ, from facts normalised across languages, and every verdict said in plain words.

The first tests classify hand-made links (no aligner involved); the last ones read the shared corpus:
the date and figure phenomena the fictional pairs document, and that no reason cites a value the
statements do not contain.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from conftest import SHARED_CORPUS, needs_shared_corpus

from desktop_app.core.analyse.quantities import extract_quantities
from desktop_app.core.compare.comparison import Comparison, Link, analysed, classify, compare, evidence
from desktop_app.core.documents import document_from_text, load_document
from desktop_app.core.report.contract import comparison_to_json

KR_DATELINE = "Seoul, April 20, 2028\n\nPresident Bae held talks with President Cheng in Beijing on April 20.\n\n"
LABELS = {"left": "the Korean side", "right": "the Chinese side"}


def link_between(left: str, right: str, left_dateline: str = KR_DATELINE) -> tuple[Comparison, Link]:
    """The second statement of each readout, linked by hand: the verdict alone is under test."""
    comparison = analysed(document_from_text(left_dateline + left + "\n", "kr.txt"),
                          document_from_text("习近平同韩国总统裴承焕举行会谈。\n\n" + right + "\n", "cn.txt"))
    return comparison, classify(comparison, [1], [1], 1.0)


def kinds(link: Link) -> set[str]:
    return {reason.kind for reason in link.reasons}


# ------------------------------------------------------------------------------------ time facts


@pytest.mark.parametrize(("text", "period", "written"), [
    ("双方同意将2029年至2030年确定为人文交流年。", (2029, 2030), "2029年至2030年"),
    ("2029년부터 2030년까지 교류의 해로 지정했다.", (2029, 2030), "2029년부터 2030년까지"),
    ("The years 2029–2030 will be exchange years.", (2029, 2030), "2029–2030"),
])
def test_a_span_of_years_is_one_period_written_as_the_text_has_it(text: str, period: tuple[int, int],
                                                                  written: str) -> None:
    quantities = extract_quantities(text)
    assert quantities.periods == {period}
    assert quantities.written[f"period:{period[0]}-{period[1]}"] == written


@pytest.mark.parametrize(("text", "time"), [
    ("at a mutually convenient time", "convenient time"), ("在双方方便的时候", "convenient time"),
    ("상호 편리한 시기에", "convenient time"), ("双方同意适时举行对话", "in due course"),
    ("to hold the dialogue in due course", "in due course"), ("적절한 시기에 개최", "in due course"),
])
def test_a_time_left_open_is_a_time_in_every_language(text: str, time: str) -> None:
    assert time in extract_quantities(text).times


@pytest.mark.parametrize(("text", "written"), [
    ("The two ministers agreed to work toward an early conclusion of the fisheries talks.", "an early conclusion"),
    ("Both hoped for the early resumption of direct flights between the two capitals.", "the early resumption"),
])
def test_an_event_wanted_early_sets_the_deadline_at_an_early_date_does(text: str, written: str) -> None:
    quantities = extract_quantities(text)
    assert quantities.times == {"early date"}
    assert quantities.written["time:early date"] == written


@pytest.mark.parametrize("text", [
    "The talks on the fisheries agreement are at an early stage.",
    "The two ministers discussed an early warning system for floods.",
    "In the early days of the relationship, trade was small.",
])
def test_a_stage_a_season_or_a_warning_called_early_is_no_deadline(text: str) -> None:
    assert "early date" not in extract_quantities(text).times


def test_an_early_conclusion_is_the_same_time_as_as_soon_as_possible() -> None:
    _, link = link_between("The two leaders agreed to work toward an early conclusion of the fisheries talks.",
                           "双方同意尽早完成渔业谈判。")
    assert link.status == "agree"
    assert "Both give the same time: an early conclusion ↔ 尽早." in link.explanation(LABELS)


def test_an_early_conclusion_one_side_seeks_and_the_other_leaves_open_differs() -> None:
    _, link = link_between("The two leaders agreed to work toward an early conclusion of the fisheries talks.",
                           "双方同意继续推进渔业谈判。")
    assert link.status == "differ"
    assert [r.describe(LABELS) for r in link.reasons] == [
        "Only the Korean side sets a time: an early conclusion (early date)."]


@pytest.mark.parametrize(("text", "written"), [
    ("The two sides aim to conclude the talks by the end of 2030.", "end of 2030"),
    ("양측은 2030년 말까지 협상을 타결하기로 했다.", "2030년 말"),
    ("双方争取2030年底前完成谈判。", "年底"),
])
def test_the_end_of_a_named_year_is_the_end_of_the_year_in_every_language(text: str, written: str) -> None:
    quantities = extract_quantities(text)
    assert "end of year" in quantities.times and 2030 in quantities.years
    assert quantities.written["time:end of year"] == written


def test_a_deadline_one_side_adds_to_a_time_both_give_differs() -> None:
    _, link = link_between("The two leaders agreed to work toward an early conclusion of the fisheries talks "
                           "by the end of 2030.", "双方同意尽早完成渔业谈判。")
    [reason] = [r for r in link.reasons if r.kind == "dates"]
    assert reason.describe(LABELS) == "Only the Korean side sets a time: end of 2030 (end of year)."


def test_a_deadline_within_a_year_both_give_is_no_difference() -> None:
    # The meeting was in 2028: "next year" is 2029, and its first half only says when in it.
    _, link = link_between("The two leaders agreed to hold the next round of talks in the first half of 2029.",
                           "双方同意明年举行下一轮谈判。")
    assert "dates" not in kinds(link)


def test_a_year_against_a_span_of_years_differs() -> None:
    _, link = link_between("The two leaders agreed to designate 2029 as the Year of Cultural Exchange.",
                           "双方同意将2029年至2030年确定为“中韩人文交流年”。")
    assert link.status == "differ"
    [reason] = [r for r in link.reasons if r.kind == "dates"]
    assert (reason.left, reason.right) == (["2029"], ["2029年至2030年"])


def test_within_this_year_against_a_convenient_time_differs_and_shows_the_year_beside_the_words() -> None:
    _, link = link_between("The two leaders agreed to hold the next summit within this year.",
                           "双方同意在双方方便的时候举行下一次会晤。")
    assert link.status == "differ"
    [reason] = [r for r in link.reasons if r.kind == "dates"]
    # The meeting was in 2028: the reader sees the words written and the year they mean.
    assert (reason.left, reason.right) == (["this year (2028)"], ["方便的时候 (convenient time)"])
    assert reason.describe(LABELS) == ("The times differ: this year (2028) according to the Korean side, "
                                       "方便的时候 (convenient time) according to the Chinese side.")


def test_a_day_without_its_year_and_a_year_cannot_differ() -> None:
    # One places the summit the meeting followed, the other the next host year: neither dates the other.
    _, link = link_between("The meeting came a month after the leaders' summit held on November 1.",
                           "韩方支持中方主办2026年亚太经合组织领导人非正式会议。")
    assert "dates" not in kinds(link)
    _, link = link_between("The two leaders agreed to hold the next summit on November 1.",
                           "双方同意于11月5日举行下一次会晤。")
    [reason] = [r for r in link.reasons if r.kind == "dates"]  # two days do
    assert (reason.left, reason.right) == (["November 1"], ["11月5日"])


def test_last_month_is_the_month_before_the_meeting() -> None:
    _, link = link_between("The two leaders welcomed the summit held in Busan in March.",
                           "双方积极评价上月在釜山举行的领导人会议成果。")
    assert "dates" not in kinds(link)
    assert any(m.kind == "time" and (m.left, m.right) == ("in March", "上月") for m in link.matches)


def test_without_the_meeting_year_this_year_is_not_given_a_year() -> None:
    _, link = link_between("The two leaders agreed to hold the next summit within this year.",
                           "双方同意在双方方便的时候举行下一次会晤。", left_dateline="Talks were held.\n\n")
    [reason] = [r for r in link.reasons if r.kind == "dates"]
    assert reason.left == ["this year"]
    assert reason.facts["left"][0].value == "this year"


# ------------------------------------------------------------------------------- figures, stance


def test_the_same_sum_in_two_languages_agrees_and_says_so_as_each_side_writes_it() -> None:
    _, link = link_between("양 정상은 교역액을 4천억 달러로 확대하기로 했다.", "双方同意将贸易额扩大到4000亿美元。")
    assert "numbers" not in kinds(link)
    assert any(m.kind == "figure" and (m.left, m.right) == ("4천억", "4000亿") for m in link.matches)
    assert "Both give the same figures: 4천억 ↔ 4000亿." in link.explanation(LABELS)


def test_figures_that_differ_are_quoted_as_written() -> None:
    _, link = link_between("The two leaders agreed to raise flights to 1,200 per week.",
                           "双方同意推动两国间航班增至每周1000班。")
    [reason] = [r for r in link.reasons if r.kind == "numbers"]
    assert (reason.left, reason.right) == (["1,200"], ["1000"])
    assert [f.value for f in reason.facts["left"]] == ["1200"]


def test_an_ordinal_is_compared_only_with_ordinals() -> None:
    # "the 9th summit" against "after 9 years": not the same figure.
    _, link = link_between("양 정상은 제9차 한일중 정상회의를 계기로 회담했다.", "李强相隔9年后再次访韩。")
    assert not any(m.kind == "figure" for m in link.matches) and "numbers" not in kinds(link)
    # "on the 20th" (a day) against "about 100 minutes": no difference in figures.
    _, link = link_between("The two leaders talked for about 100 minutes.", "程远舟于20日下午同裴承焕举行会谈。")
    _, english = link_between("The two leaders talked for about 100 minutes.",
                              "Cheng held talks on the afternoon of the 20th with Bae.")
    assert "numbers" not in kinds(link) and "numbers" not in kinds(english)
    # The 9th on both sides is a shared fact; an anniversary is a count of years (25주년 is 建交25年).
    _, link = link_between("양 정상은 제9차 정상회의에 참석했다.", "双方出席第9届领导人会议。")
    assert any(m.kind == "figure" for m in link.matches)
    _, link = link_between("올해는 한중 수교 25주년이다.", "今年是中韩建交25年。")
    assert any(m.kind == "figure" for m in link.matches)


def test_speaking_highly_of_an_outcome_is_welcoming_it_not_a_different_stance() -> None:
    _, link = link_between("The two leaders welcomed the success of the trilateral summit in Busan.",
                           "双方积极评价在釜山举行的中日韩领导人会议成果。")
    assert "stance" not in kinds(link)


def test_a_hangul_speaker_is_known_by_the_han_name_the_other_readout_gives_with_his_nationality() -> None:
    left = document_from_text("윤병세 외교부 장관은 왕이 외교부장과 회담했다.\n\n"
                              "윤 장관은 양국이 지혜를 갖고 노력해야 한다고 말했다.\n", "kr.txt")
    right = document_from_text("外交部长王毅会见韩国外长尹炳世。\n\n王毅表示，我们应珍惜两国关系取得的成果。\n", "cn.txt")
    comparison = analysed(left, right)
    assert comparison.speaker_affiliation["left"].get("윤병세") == "KR"
    link = classify(comparison, [1], [1], 1.0)
    assert "attribution" in kinds(link) and link.status == "differ"


def test_a_spokesperson_reporting_what_the_other_side_did_is_no_attribution_shift() -> None:
    # The Korean spokesperson reports that the Chinese envoy briefed: the readout's voice, not a party.
    left = document_from_text("남하윤 국가안보실장은 량원보 위원과 회담했다.\n\n"
                              "김하늘 청와대 대변인은 “량 위원이 방중 결과를 남 실장에게 설명했다”고 밝혔다.\n", "kr.txt")
    right = document_from_text("梁文博同南河允举行会谈。\n\n梁文博向南河允通报了访华情况，表示半岛形势发生积极变化。\n",
                               "cn.txt")
    comparison = analysed(left, right)
    assert [s.speaker for s in right.statements] == ["梁文博", "梁文博"]  # 向…通报 is his
    assert comparison.speaker_affiliation["left"].get("김하늘") == ""
    link = classify(comparison, [1], [1], 1.0)
    assert "attribution" not in kinds(link)


# ------------------------------------------------------------------------------ who acts

JOINT_AND_KOREA_ALONE = "双方同意推进中日韩合作，韩方支持中方主办下一次中日韩领导人会议。"


def test_one_side_acting_alone_within_a_joint_statement_differs_from_a_joint_statement_alone() -> None:
    _, link = link_between("The two leaders agreed to cooperate for the success of the trilateral summit.",
                           JOINT_AND_KOREA_ALONE)
    assert link.status == "differ"
    assert [r.describe(LABELS) for r in link.reasons] == [
        "The Korean side attributes it to both sides; the Chinese side to both sides and 韩方 (Korean side)."]


def test_one_side_acting_alone_in_both_readouts_is_no_difference() -> None:
    _, link = link_between("The two leaders agreed to cooperate for the success of the trilateral summit, "
                           "and the Korean side supports China in hosting it.", JOINT_AND_KOREA_ALONE)
    assert "attribution" not in kinds(link)
    assert link.status == "agree"


def test_a_side_said_to_act_reads_as_a_sentence_says_it() -> None:
    _, link = link_between("The two leaders agreed to deepen cooperation on supply chains.", "中方愿同韩方深化供应链合作。")
    assert ("The Korean side attributes it to both sides; the Chinese side to the Chinese side."
            in [r.describe(LABELS) for r in link.reasons])


def test_a_later_korean_clause_may_name_its_own_subject() -> None:
    """The sentence's topic (양측은) governs its verbs, unless a later clause names its own (한국 측은)."""
    korean = "2028년 4월 20일 서울\n\n배승환 대통령은 베이징에서 청위안저우 주석과 정상회담을 가졌다.\n\n"
    alone = "양측은 한중일 협력을 함께 추진하기로 합의했으며, 한국 측은 중국의 차기 정상회의 개최를 지지했다."
    _, link = link_between(alone, "双方同意推进中日韩合作。", left_dateline=korean)
    assert link.status == "differ"
    assert [r.describe(LABELS) for r in link.reasons if r.kind == "attribution"] == [
        "The Korean side attributes it to both sides and 한국 측 (Korean side); the Chinese side to both sides."]
    _, link = link_between("양측은 한중일 협력을 함께 추진하기로 합의했으며, 차기 정상회의 개최를 지지했다.",
                           "双方同意推进中日韩合作。", left_dateline=korean)
    assert "attribution" not in kinds(link)  # one subject for both verbs: nobody acts alone


def test_a_minister_speaking_for_his_own_side_is_not_one_side_acting_alone() -> None:
    # Only a statement given to both sides can add one side's own act: here the speaker is one side.
    _, link = link_between("President Bae said that Korea is willing to deepen cooperation on supply chains.",
                           "裴承焕表示，韩方愿深化供应链合作。")
    assert "attribution" not in kinds(link)


# ------------------------------------------------------------------------------ explanations


def test_an_agree_link_says_what_both_sides_share() -> None:
    _, link = link_between("The two leaders agreed to hold the next summit at an early date.",
                           "双方同意早日举行下一次会晤。")
    assert link.status == "agree"
    lines = link.explanation(LABELS)
    assert "Both give the same time: at an early date ↔ 早日." in lines
    assert "Both attribute it to both sides." in lines


def test_a_link_made_by_hand_says_so() -> None:
    comparison, _ = link_between("The two leaders agreed to meet.", "双方同意会晤。")
    link = classify(comparison, [1], [1], 1.0, manual=True)
    assert link.explanation(LABELS)[0] == "Linked by hand."


def test_a_one_sided_statement_knows_its_closest_counterpart() -> None:
    comparison = compare(
        document_from_text(KR_DATELINE + "The two leaders agreed to expand trade in semiconductors.\n\n"
                           "President Bae raised the issue of fine dust.\n", "kr.txt"),
        document_from_text("习近平同韩国总统裴承焕举行会谈。\n\n双方同意扩大半导体贸易。\n", "cn.txt"))
    assert 2 in comparison.one_sided("left")
    partner, probability = comparison.closest("left", 2)
    assert partner in range(len(comparison.right.statements)) and 0.0 <= probability < 0.5


def test_the_json_gives_each_reason_as_structured_facts() -> None:
    comparison, link = link_between("The two leaders agreed to designate 2029 as the Year of Exchange.",
                                    "双方同意将2029年至2030年确定为人文交流年。")
    comparison.links.append(link)
    data = json.loads(comparison_to_json(comparison))
    [dates] = [r for r in data["links"][0]["reasons"] if r["kind"] == "dates"]
    assert dates["facts"]["right"] == [{"written": "2029年至2030年", "value": "2029-2030"}]
    assert dates["text"].startswith("The times differ: 2029 according to")


# ------------------------------------------------------------------------------ the shared corpus

_PHENOMENA = {"date_mismatch": "dates", "number_mismatch": "numbers", "equivalent_dates": "dates"}


def _gold_pairs() -> list[Path]:
    return sorted(SHARED_CORPUS.glob("*/*/gold.yaml")) if SHARED_CORPUS.is_dir() else []


def _statements_holding(comparison: Comparison, side: str, sentences: list[str]) -> list[int]:
    document = comparison.left if side == "left" else comparison.right
    return sorted({s.index for sentence in sentences for s in document.statements
                   if sentence.strip()[:40] in s.text or s.text.strip()[:30] in sentence})


@needs_shared_corpus
def test_every_documented_date_and_figure_phenomenon_is_judged_as_the_gold_says() -> None:
    judged = 0
    for gold_path in _gold_pairs():
        meta = yaml.safe_load((gold_path.parent / "meta.yaml").read_text(encoding="utf-8"))
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        comparison = None
        for phenomenon in meta.get("phenomena") or []:
            if phenomenon.get("type") not in _PHENOMENA:
                continue
            if "groups" in phenomenon:  # real pairs name gold groups ("g01") instead of sentences
                groups = [gold["groups"][int(g[1:]) - 1] for g in phenomenon["groups"]]
                sentences = {side: [x for g in groups for x in g.get(side) or []] for side in ("left", "right")}
            else:
                sentences = {"left": phenomenon["kr"], "right": phenomenon["cn"]}
            comparison = comparison or analysed(load_document(gold_path.parent / gold["left"]),
                                                load_document(gold_path.parent / gold["right"]))
            link = classify(comparison, _statements_holding(comparison, "left", sentences["left"]),
                            _statements_holding(comparison, "right", sentences["right"]), 1.0)
            expected = phenomenon["type"] != "equivalent_dates"
            assert (_PHENOMENA[phenomenon["type"]] in kinds(link)) == expected, (gold_path, phenomenon)
            judged += 1
    assert judged >= 15


@needs_shared_corpus
def test_no_reason_cites_a_value_the_statements_do_not_contain() -> None:
    cited = 0
    for gold_path in _gold_pairs():
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        comparison = compare(load_document(gold_path.parent / gold["left"]),
                             load_document(gold_path.parent / gold["right"]))
        for link in comparison.links:
            for side in ("left", "right"):
                document = comparison.left if side == "left" else comparison.right
                text = " ".join(document.statements[i].text for i in getattr(link, side))
                written = [f.written for r in link.reasons if r.kind in ("numbers", "dates") for f in r.facts[side]]
                written += [getattr(m, side) for m in link.matches if m.kind in ("figure", "time")]
                for words in written:
                    assert words in text, (gold_path.parent.name, side, words, text)
                    cited += 1
    assert cited > 50


def test_the_evidence_of_a_verdict_is_marked_where_each_text_says_it() -> None:
    comparison, link = link_between("The two leaders agreed to designate 2029 as the Year of Exchange.",
                                    "双方同意将2029年至2030年确定为人文交流年。")
    spans = evidence(comparison, link)
    texts = {side: [(comparison.left if side == "left" else comparison.right).text[a:b] for a, b in spans[side]]
             for side in ("left", "right")}
    assert "2029" in texts["left"] and "2029年至2030年" in texts["right"]


def test_a_deadline_only_one_side_sets_differs_and_is_said_so() -> None:
    _, link = link_between("The two leaders agreed to resume the dialogue.",
                           "双方同意适时恢复对话。")
    [reason] = [r for r in link.reasons if r.kind == "dates"]
    assert link.status == "differ"
    assert reason.describe(LABELS) == "Only the Chinese side sets a time: 适时 (in due course)."


def test_a_date_only_one_side_gives_is_no_difference() -> None:
    # The meeting's date in one opening and not the other is detail, not a different commitment.
    _, link = link_between("The two leaders agreed to resume the dialogue in Seoul on May 3.",
                           "双方同意恢复对话。")
    assert "dates" not in kinds(link)
