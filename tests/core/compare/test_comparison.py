"""Comparing two small readouts as a user would: links, one-sided points, agree/differ and why, exports."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, SAMPLES

from desktop_app import cli
from desktop_app.core.compare.comparison import SIDES, Comparison, Link, Side, compare
from desktop_app.core.documents import document_from_text, load_document
from desktop_app.core.report.build import build_report
from desktop_app.core.report.contract import comparison_to_json
from desktop_app.core.report.markdown import md_escape, report_to_markdown

# Two English readouts of one fictional meeting. The Chinese side orders the points differently,
# adds the Taiwan question, and splits nothing.
KR_TEXT = """\
Korean Foreign Minister Park Min-jun held talks with Chinese Foreign Minister Wang Yi in Seoul on March 3.

The two sides agreed to accelerate the second-phase negotiations of the Korea-China FTA on services and investment.

The two sides agreed to keep supply chains of critical minerals and rare earths stable.

Minister Park asked China to play a constructive role in the denuclearization of the Korean Peninsula.
"""
CN_TEXT = """\
Chinese Foreign Minister Wang Yi held talks with Korean Foreign Minister Park Min-jun in Seoul on March 3.

Wang Yi said that the Korean Peninsula issue should be solved through dialogue, and China supports the denuclearization of the peninsula.

Wang Yi stressed that the Taiwan question is at the core of China's core interests and the Korean side should abide by the one-China principle.

The two sides agreed to ensure stable supply of rare earths and critical minerals.

The two sides agreed to speed up the second-phase negotiations of the China-ROK FTA on services and investment.
"""
OPENING_KR = "Korean Foreign Minister Park Min-jun held talks with Chinese Foreign Minister Wang Yi in Seoul on March 3."
OPENING_CN = "Chinese Foreign Minister Wang Yi held talks with Korean Foreign Minister Park Min-jun in Seoul on March 3."


def readouts(left: str, right: str) -> Comparison:
    return compare(document_from_text(left, "kr.txt"), document_from_text(right, "cn.txt"))


def paragraphs(*sentences: str) -> str:
    return "\n\n".join(sentences) + "\n"


def pairs(comparison: Comparison) -> set[tuple[int, int]]:
    return {(i, j) for link in comparison.links for i in link.left for j in link.right}


def link_of(comparison: Comparison, left: int) -> Link:
    [link] = [k for k in comparison.links if left in k.left]
    return link


def span_texts(comparison: Comparison, link: Link) -> dict[Side, list[str]]:
    return {side: [comparison.document(side).text[a:b] for a, b in link.differences[side]]
            for side in SIDES}


def assert_partition(comparison: Comparison) -> None:
    """Every statement is in a link or one-sided, never both."""
    for side in SIDES:
        linked = {i for link in comparison.links for i in getattr(link, side)}
        one_sided = set(comparison.one_sided(side))
        everything = {s.index for s in comparison.document(side).statements}
        assert linked.isdisjoint(one_sided), side
        assert linked | one_sided == everything, side
    for link in comparison.links:
        assert link.left and link.right and link.status in ("agree", "differ")


@pytest.fixture(scope="module")
def meeting() -> Comparison:
    return readouts(KR_TEXT, CN_TEXT)


# ---------------------------------------------------------------------------------------- links


def test_reordered_points_link_across_the_order(meeting: Comparison) -> None:
    assert pairs(meeting) == {(0, 0), (1, 4), (2, 3), (3, 1)}
    crossing = [(a, b) for a in meeting.links for b in meeting.links
                if min(a.left) < min(b.left) and min(a.right) > min(b.right)]
    assert crossing


def test_a_point_only_one_side_reports_stays_one_sided(meeting: Comparison) -> None:
    assert meeting.one_sided("right") == [2]  # the Taiwan question
    assert meeting.one_sided("left") == []
    assert "sensitive.taiwan" in meeting.statement_topics("right", 2)


def test_a_one_sided_point_stays_one_sided_in_a_readout_without_paragraph_breaks() -> None:
    # The Chinese readout as pasted from a page that lost its paragraph breaks, Taiwan right after the opening.
    opening, peninsula, taiwan, supply, fta = CN_TEXT.strip().split("\n\n")
    comparison = readouts(KR_TEXT, " ".join([opening, taiwan, supply, fta, peninsula]))
    assert "sensitive.taiwan" in comparison.statement_topics("right", 1)
    assert comparison.one_sided("right") == [1]


def test_a_point_split_into_two_sentences_gives_one_link_with_both() -> None:
    left = paragraphs(OPENING_KR, "The two sides agreed to launch a joint research project on fine dust and to share "
                                  "air pollution data in real time, with experts meeting every quarter.")
    right = paragraphs(OPENING_CN, "The two sides agreed to launch a joint research project on fine dust. They will "
                                   "share air pollution data in real time, and experts will meet every quarter.")
    comparison = readouts(left, right)
    assert len(comparison.document("right").statements) == 3
    link = link_of(comparison, 1)
    assert (link.left, link.right) == ([1], [1, 2])
    assert_partition(comparison)


def test_every_statement_is_linked_or_one_sided_never_both(meeting: Comparison) -> None:
    assert_partition(meeting)
    assert_partition(compare(load_document(SAMPLES / "demo-kr.txt"), load_document(SAMPLES / "demo-cn.txt")))
    for pair in sorted((FIXTURES / "corpus").iterdir()):
        assert_partition(compare(load_document(pair / "kr.txt"), load_document(pair / "cn.txt")))


def test_link_scores_are_similarities_between_0_and_1() -> None:
    comparison = readouts(paragraphs(OPENING_CN, "The two sides agreed to speed up the FTA negotiations."),
                          paragraphs(OPENING_CN, "The two sides agreed to speed up the FTA negotiations."))
    assert len(comparison.links) == 2
    assert all(0.0 <= link.score <= 1.0 for link in comparison.links), [k.score for k in comparison.links]


# ------------------------------------------------------------------------------- agree / differ


def test_agreed_by_both_against_stressed_by_one_minister_differs_in_stance_and_attribution() -> None:
    comparison = readouts(
        paragraphs(OPENING_KR, "The two sides agreed to strengthen cooperation on stable supply chains for rare earths."),
        paragraphs(OPENING_CN, "Wang Yi stressed that cooperation on stable supply chains for rare earths should be "
                               "strengthened."))
    link = link_of(comparison, 1)
    assert link.right == [1] and link.status == "differ"
    reasons = {r.kind: r for r in link.reasons}
    assert (reasons["stance"].left, reasons["stance"].right) == (["agreed"], ["stressed"])
    assert (reasons["attribution"].left, reasons["attribution"].right) == (["both sides"], ["Wang Yi (Chinese side)"])


def test_different_figures_differ_with_a_numbers_reason() -> None:
    comparison = readouts(
        paragraphs(OPENING_KR, "The two sides agreed to raise bilateral trade to 320 billion dollars by 2030."),
        paragraphs(OPENING_CN, "The two sides agreed to raise bilateral trade to 305.6 billion dollars by 2030."))
    link = link_of(comparison, 1)
    assert link.right == [1] and link.status == "differ"
    [reason] = link.reasons
    assert (reason.kind, reason.left, reason.right) == ("numbers", ["320 billion"], ["305.6 billion"])
    assert span_texts(comparison, link) == {"left": ["320"], "right": ["305.6"]}


def test_a_figure_against_zero_differs_without_trouble() -> None:
    comparison = readouts(
        paragraphs(OPENING_KR, "The two sides agreed to cooperate in 8 areas."),
        paragraphs(OPENING_CN, "The two sides agreed to cooperate in 0 areas."))
    link = link_of(comparison, 1)
    assert link.status == "differ"
    assert [(r.kind, r.left, r.right) for r in link.reasons] == [("numbers", ["8"], ["0"])]


def test_different_months_differ_with_a_dates_reason() -> None:
    comparison = readouts(
        paragraphs(OPENING_KR, "The two sides agreed to hold the next round of FTA negotiations in September."),
        paragraphs(OPENING_CN, "The two sides agreed to hold the next round of FTA negotiations in October."))
    link = link_of(comparison, 1)
    assert link.status == "differ"
    [reason] = link.reasons
    # Shown as written, compared by the month, and said in a sentence.
    assert (reason.kind, reason.left, reason.right) == ("dates", ["in September"], ["in October"])
    assert [f.value for f in reason.facts["left"] + reason.facts["right"]] == ["09", "10"]
    assert reason.describe({"left": "the Korean side", "right": "the Chinese side"}) == (
        "The times differ: in September according to the Korean side, in October according to the Chinese side.")


def test_near_identical_statements_agree_and_only_the_differing_words_are_marked() -> None:
    comparison = readouts(
        paragraphs(OPENING_KR, "The two sides agreed to accelerate the second-phase negotiations of the FTA on "
                               "services and investment."),
        paragraphs(OPENING_CN, "The two sides agreed to speed up the second-phase negotiations of the FTA on "
                               "services and investment."))
    link = link_of(comparison, 1)
    assert link.right == [1]
    assert link.status == "agree" and link.reasons == []
    assert span_texts(comparison, link) == {"left": ["accelerate"], "right": ["speed up"]}
    assert {"trade.fta", "trade.fta_phase2"} <= set(link.topics)


def test_word_differences_of_a_chinese_pair_are_characters() -> None:
    comparison = readouts("王毅同朴敏俊举行会谈。\n\n双方同意加快中韩自贸协定第二阶段谈判。\n",
                          "王毅同朴敏俊举行会谈。\n\n双方同意加速中韩自贸协定第二阶段谈判。\n")
    link = link_of(comparison, 1)
    assert link.status == "agree"
    assert span_texts(comparison, link) == {"left": ["快"], "right": ["速"]}
    assert link_of(comparison, 0).differences == {"left": [], "right": []}


def test_a_korean_and_a_chinese_readout_link_through_the_lexicon() -> None:
    comparison = readouts(
        "양측은 한중 FTA 2단계 협상을 조속히 타결하기로 했습니다.\n\n"
        "양측은 희토류 공급망 안정을 위해 협력하기로 했습니다.\n",
        "双方同意加强稀土供应链稳定合作。\n\n"
        "王毅强调，台湾问题是中国核心利益中的核心。\n\n"
        "双方同意加快中韩自贸协定第二阶段谈判。\n")
    assert [s.language for s in comparison.left.statements] == ["ko", "ko"]
    assert pairs(comparison) == {(0, 2), (1, 0)}
    assert "trade.fta_phase2" in link_of(comparison, 0).topics
    assert "supply_chain.rare_earths" in link_of(comparison, 1).topics
    assert comparison.one_sided("right") == [1]
    # Across languages every word differs; no word is marked, the reasons say what matters.
    assert all(link.differences == {"left": [], "right": []} for link in comparison.links)


# ------------------------------------------------------------------------------- summary, coverage


def test_summary_counts_add_up(meeting: Comparison) -> None:
    summary = meeting.summary()
    assert summary.links == len(meeting.links) == summary.agree + summary.differ
    assert summary.agree == sum(k.status == "agree" for k in meeting.links) >= 1
    assert summary.differ >= 1  # Park asked / Wang Yi said on the peninsula
    for side in SIDES:
        total = len(meeting.document(side).statements)
        assert summary.statements[side] == total
        assert summary.one_sided[side] == len(meeting.one_sided(side))
        linked = total - summary.one_sided[side]
        assert summary.coverage[side] == pytest.approx(linked / total)
    assert (summary.statements, summary.one_sided) == ({"left": 4, "right": 5}, {"left": 0, "right": 1})


def test_coverage_lists_every_topic_with_per_side_counts(meeting: Comparison) -> None:
    coverage = {c.topic: c for c in meeting.coverage()}
    assert (coverage["sensitive.taiwan"].left, coverage["sensitive.taiwan"].right) == (0, 1)
    assert coverage["sensitive.taiwan"].label == "Taiwan and the one-China principle"
    assert (coverage["trade.fta_phase2"].left, coverage["trade.fta_phase2"].right) == (1, 1)
    for side in SIDES:
        topics = [t for a in meeting.analyses[side] for t in a.topics]
        for topic, entry in coverage.items():
            assert getattr(entry, side) == topics.count(topic)
        assert set(topics) <= set(coverage)


# ----------------------------------------------------------------------------------------- JSON


def test_the_same_inputs_give_byte_identical_json(meeting: Comparison) -> None:
    assert comparison_to_json(readouts(KR_TEXT, CN_TEXT)) == comparison_to_json(meeting)


def test_json_is_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    pair = FIXTURES / "corpus" / "ko-zh-trade-2029"
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"{seed}.json"
        run = subprocess.run(
            [sys.executable, "-c", "import sys; from desktop_app.cli import main; sys.exit(main(sys.argv[1:]))",
             "compare", str(pair / "kr.txt"), str(pair / "cn.txt"), "-o", str(out)],
            env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_json_has_statement_topics_and_link_reasons(meeting: Comparison) -> None:
    result = json.loads(comparison_to_json(meeting))
    statements = {s["id"]: s for side in SIDES for s in result["documents"][side]["statements"]}
    assert "sensitive.taiwan" in statements["R3"]["topics"]
    assert "trade.fta_phase2" in statements["L2"]["topics"]
    assert statements["L1"]["kind"] == "opening" and statements["L2"]["kind"] == "substance"
    by_left = {tuple(link["left"]): link for link in result["links"]}
    peninsula = by_left[("L4",)]
    assert peninsula["right"] == ["R2"] and peninsula["status"] == "differ"
    assert {"stance", "attribution"} <= {r["kind"] for r in peninsula["reasons"]}
    stance = next(r for r in peninsula["reasons"] if r["kind"] == "stance")
    assert (stance["left"], stance["right"]) == (["asked"], ["said"])
    assert by_left[("L2",)]["reasons"] == [] and by_left[("L2",)]["status"] == "agree"
    assert result["one_sided"] == {"left": [], "right": ["R3"]}
    for statement in statements.values():
        text = result["documents"]["left" if statement["id"][0] == "L" else "right"]["text"]
        assert text[statement["start"]:statement["end"]].strip()


# ------------------------------------------------------------------------------------- Markdown

HOSTILE_KR = paragraphs(
    OPENING_KR,
    "The two sides agreed to accelerate the second-phase negotiations of the FTA on services and investment "
    "<script>alert(1)</script> | * _ [x](y).",
    "Minister Park raised fine dust <img src=x onerror=alert(2)> | **bold** _it_ [x](y) # not a heading.")
HOSTILE_CN = paragraphs(
    OPENING_CN,
    "The two sides agreed to speed up the second-phase negotiations of the FTA on services and investment.",
    "Wang Yi stressed that the Taiwan question concerns China's core interests.")


def markdown_sections(markdown: str) -> dict[str, str]:
    parts = re.split(r"^## (.+)$", markdown, flags=re.MULTILINE)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}


def unescaped(markdown: str, char: str) -> int:
    return len(re.findall(r"(?<!\\)" + re.escape(char), markdown))


def test_markdown_escapes_what_a_readout_contains() -> None:
    markdown = report_to_markdown(build_report(readouts(HOSTILE_KR, HOSTILE_CN)))
    assert unescaped(markdown, "<") == 0 and unescaped(markdown, "[") == 0
    assert md_escape("<script>alert(1)</script> | * _ [x](y)") == \
        r"\<script\>alert(1)\</script\> \| \* \_ \[x\](y)"
    # A pipe in a statement must not add a column: every table row keeps its three cells.
    for line in markdown.splitlines():
        if line.startswith("| **L") or line.startswith("| **R"):
            assert unescaped(line, "|") == 4, line


def test_markdown_shows_hostile_text_as_text(qapp: object) -> None:
    from PySide6.QtGui import QTextDocument  # a real Markdown renderer (md4c)

    markdown = report_to_markdown(build_report(readouts(HOSTILE_KR, HOSTILE_CN)))
    rendered = QTextDocument()
    rendered.setMarkdown(markdown)
    text = rendered.toPlainText()
    assert "<script>alert(1)</script> | * _ [x](y)." in text
    assert "<img src=x onerror=alert(2)> | **bold** _it_ [x](y) # not a heading." in text
    assert "<script" not in rendered.toHtml() and "<img" not in rendered.toHtml()


def test_markdown_has_a_section_per_topic_and_the_one_sided_sections(meeting: Comparison) -> None:
    sections = markdown_sections(report_to_markdown(build_report(meeting)))
    assert list(sections) == ["Talks and meetings held", "Free trade agreement (FTA)",
                              "Critical / key minerals and raw materials", "Denuclearization and the nuclear issue",
                              "Only the Korean side (kr.txt) said", "Only the Chinese side (cn.txt) said"]
    for link in meeting.links:  # each link sits under a topic both of its sides are about
        [title] = [title for title, body in sections.items() if f"**L{link.left[0] + 1}**" in body]
        assert title in {meeting.topic_labels[t] for t in link.topics}
    assert "| **L4**" in sections["Denuclearization and the nuclear issue"]
    assert ("**differ**: The stance differs: asked according to the Korean side, said according to the "
            "Chinese side. The Korean side attributes it to Park Min-jun (Korean side); the Chinese side to "
            "Wang Yi (Chinese side).") in sections["Denuclearization and the nuclear issue"]
    assert "Nothing: every statement is linked." in sections["Only the Korean side (kr.txt) said"]
    only_cn = sections["Only the Chinese side (cn.txt) said"]
    assert only_cn.count("- **R") == 1 and "- **R3** Wang Yi stressed that the Taiwan question" in only_cn


def test_cli_compare_demo_pair_to_markdown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.md"
    code = cli.main(["compare", str(SAMPLES / "demo-kr.txt"), str(SAMPLES / "demo-cn.txt"), "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    markdown = out.read_text(encoding="utf-8")
    sections = markdown_sections(markdown)
    assert "Only the Korean side (demo-kr.txt) said" in sections
    assert "Only the Chinese side (demo-cn.txt) said" in sections
    assert len([t for t in sections if not t.startswith("Only")]) >= 5  # one per topic the links are about
    # The report's title names the meeting (place and date), not one side's headline or the file names.
    assert markdown.startswith("# Korea–China foreign ministers' meeting, Busan, 18 June 2029")
    assert "demo-kr.txt" in markdown and "demo-cn.txt" in markdown
