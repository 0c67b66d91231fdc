"""The report's own wording in English, Korean or Chinese (core/wording.py, resources/report/*.yaml).

Every message the code looks up has a Korean and a Chinese translation with the same placeholders; a
Korean or Chinese report holds no English word of its own (the readouts' text, names, ids and the
lexicon's topic labels, which are English only, stay as they are); the command line and the export
dialog choose the language; English stays the default.
"""

from __future__ import annotations

import ast
import html
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES, SHARED_CORPUS, needs_shared_corpus

from desktop_app.cli import main
from desktop_app.core.analyse.quantities import _TIME_EXPRESSIONS
from desktop_app.core.compare.comparison import SIDES, Comparison
from desktop_app.core.compare.meeting import FACET_WORDS
from desktop_app.core.model import LANGUAGE_NAMES, POSITION_NAMES, SIDE_NAMES
from desktop_app.core.report import build as report_module
from desktop_app.core.report.build import build_report
from desktop_app.core.report.coverage_chart import coverage_svg
from desktop_app.core.report.html import render_html
from desktop_app.core.report.markdown import report_to_markdown
from desktop_app.core.report.model import Report
from desktop_app.core.resources import load_yaml_resource
from desktop_app.core.wording import (
    REPORT_LANGUAGES,
    catalogue,
    figure,
    generated_text,
    html_language,
    listed,
    placeholders,
    readable_date,
    tr,
)

GENERATED = datetime(2030, 1, 2, 3, 4, tzinfo=UTC)
TRANSLATED = [language for language in REPORT_LANGUAGES if language != "en"]
# Lookups whose message is a name for a table of messages; the table's entries are checked below.
TABLE_LOOKUPS = {"label", "OTHER_TOPIC_LABEL", "REASON_TITLES.get(reason.kind, reason.kind.capitalize())"}
# ASCII words a Korean or Chinese report may hold of its own: the program's name, and the time zone.
OWN_ASCII = {"Parallax", "PARALLAX", "UTC"}


def lookups() -> tuple[set[str], list[str]]:
    """Every message the code passes to `tr` as a literal, and the other (non-literal) lookups."""
    messages: set[str] = set()
    others: list[str] = []
    for path in sorted((ROOT / "desktop_app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr":
                message = node.args[1]
                if isinstance(message, ast.Constant) and isinstance(message.value, str):
                    messages.add(message.value)
                else:
                    others.append(ast.unparse(message))
    return messages, others


def engine_words() -> set[str]:
    """The words the engine and the report's tables hand to `tr` and `known`: side names, reason titles,
    language names, stances, times, kinds of meeting."""
    stances = load_yaml_resource("lexicon", "attribution.yaml")["stance_families"]
    kinds = load_yaml_resource("lexicon", "meetings.yaml")["kinds"]
    return {*SIDE_NAMES.values(), *POSITION_NAMES.values(), "the left readout", "the right readout",
            "both sides", *report_module.REASON_TITLES.values(), report_module.OTHER_TOPIC_LABEL,
            *LANGUAGE_NAMES.values(), *FACET_WORDS.values(),
            *(s for words in stances.values() for s in words), *_TIME_EXPRESSIONS,
            *(str(kind["name"]) for kind in kinds), "meeting"}


# ------------------------------------------------------------------------------------------ catalogue


def test_the_code_looks_messages_up_only_by_literal_or_from_known_tables() -> None:
    messages, others = lookups()
    assert len(messages) > 80
    assert set(others) <= TABLE_LOOKUPS


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_and_engine_word_has_a_translation(language: str) -> None:
    messages, _ = lookups()
    translated = catalogue(language)
    missing = sorted((messages | engine_words()) - set(translated))
    assert not missing, f"{language}: no translation for {missing}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_placeholder_is_lost_or_invented(language: str) -> None:
    for english, translated in catalogue(language).items():
        assert placeholders(translated) == placeholders(english), (language, english, translated)
        assert translated.strip(), english


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_are_in_the_language(language: str) -> None:
    """No message is left English by mistake: each has Hangul or Han characters, or is punctuation."""
    script = r"[\uac00-\ud7a3]" if language == "ko" else r"[\u4e00-\u9fff]"
    for english, translated in catalogue(language).items():
        bare = re.sub(r"\{\w+\}", "", translated)
        assert re.search(script, bare) or not re.search(r"[A-Za-z]", bare.replace("PARALLAX", "")), english


def test_english_is_the_message_itself() -> None:
    assert tr("en", "link {number}", number=4) == "link 4"
    assert tr("ko", "link {number}", number=4) == "대응 4"
    assert tr("zh", "Page {page} of {pages}", page=2, pages=9) == "第2页，共9页"


def test_dates_numbers_and_lists_as_each_language_writes_them() -> None:
    assert readable_date("2028-04-20") == "20 April 2028"
    assert readable_date("2028-04-20", "ko") == "2028년 4월 20일"
    assert readable_date("2028-04-20", "zh") == "2028年4月20日"
    assert readable_date("--04-20", "ko") == "4월 20일"
    assert readable_date("--04-20", "zh") == "4月20日"
    assert figure("400 billion", "ko") == "4000억" and figure("400 billion", "zh") == "4000亿"
    assert figure("1.2 trillion", "ko") == "1.2조" and figure("1.2 trillion", "zh") == "1.2万亿"
    assert figure("320 billion", "en") == "320 billion"
    assert listed(["a", "b", "c"], "en") == "a, b and c"
    assert listed(["a", "b", "c"], "ko") == "a, b 및 c"
    assert listed(["a", "b", "c"], "zh") == "a、b和c"
    assert generated_text(GENERATED) == "2030-01-02 03:04 UTC"
    assert generated_text(GENERATED, "ko") == "2030년 1월 2일 03:04(UTC)"


def test_an_unknown_language_is_refused(demo: Comparison) -> None:
    with pytest.raises(ValueError, match="unknown report language"):
        build_report(demo, language="fr")


# ------------------------------------------------------------------------------------------ reports


def readout_words(report: Report) -> list[str]:
    """Everything a report quotes rather than writes: the readouts' statements and full texts, the
    words its reasons cite as written, names, places, file names, headlines, ids. Not the topics: the
    lexicon names each in every report language."""
    comparison = report.comparison
    assert comparison is not None
    quoted: set[str] = set()
    for side in SIDES:
        document = comparison.document(side)
        quoted |= {report_module.passage_text(s)[0] for s in document.statements}
        quoted |= {s.speaker for s in document.statements if s.speaker}
        source = report.sources[side]
        quoted |= {v for v in (source.title, source.publisher, source.name, source.location, source.date,
                               source.place) if v}
        quoted |= set(source.participants) | set(source.side_evidence)
    for link in comparison.links:
        quoted |= {f.written for reason in link.reasons if reason.kind != "terms"
                   for side in SIDES for f in reason.facts[side]}
    # Acronyms the topics keep in every language: 자유무역협정(FTA), 世贸组织（WTO）.
    quoted |= set(re.findall(r"\b[A-Z][A-Z0-9]+\b", " ".join(comparison.labels_in(report.language).values())))
    meeting = report.cover.meeting
    quoted |= {v for v in (meeting.place, *meeting.participants) if v}
    for account in report.cover.accounts.values():
        quoted |= {v for v in (account.place, *account.participants) if v}
    return sorted(quoted, key=len, reverse=True)


def own_english(text: str, report: Report) -> set[str]:
    """ASCII words left in a rendered report once everything it quotes is taken out."""
    for quoted in readout_words(report):
        text = text.replace(quoted, " ")
    text = re.sub(r"\b[LR]\d+\b", " ", text)  # statement ids
    return set(re.findall(r"[A-Za-z]{2,}", text)) - OWN_ASCII


def html_text(page: str) -> str:
    page = re.sub(r"<style>.*?</style>", " ", page, flags=re.S)
    # The chart's topic labels are wrapped on two lines; its own words are checked with the SVG alone.
    page = re.sub(r"<svg.*?</svg>", " ", page, flags=re.S)
    page = re.sub(r"<(?:head|title)>.*?</(?:head|title)>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", page)).replace("\xa0", " ")


def markdown_text(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text.replace("<br>", " ")).replace("**", "")


def check_no_english(report: Report) -> None:
    assert not own_english(html_text(render_html(report)), report)
    legend = re.findall(r"<text[^>]*>([^<]*)</text>", coverage_svg(report))
    labels = set(report.comparison.labels_in(report.language).values()) if report.comparison else set()
    own = [html.unescape(t) for t in legend if not any(html.unescape(t).rstrip("…") in label for label in labels)]
    assert not own_english(" ".join(own), report)
    assert not own_english(markdown_text(report_to_markdown(report)), report)


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_demo_report_holds_no_english_of_its_own(demo: Comparison, language: str) -> None:
    report = build_report(demo, generated=GENERATED, language=language, include_texts=True)
    check_no_english(report)
    page = render_html(report)
    assert f'<html lang="{html_language(language)}">' in page
    heading = {"ko": "주요 분석 결과", "zh": "主要发现", "zh_TW": "主要發現"}[language]
    assert heading in page and heading in report_to_markdown(report)
    # The meeting named as the language names it: the date, the kind and the countries.
    assert report.cover.title == {"ko": "한중 외교장관회담(부산, 2029년 6월 18일)",
                                  "zh": "中韩外长会谈（釜山，2029年6月18日）",
                                  "zh_TW": "中韓外長會談（釜山，2029年6月18日）"}[language]


# Characters only Simplified Chinese writes (common in the report's wording); Traditional has others.
SIMPLIFIED_ONLY = set("韩发现会谈长关国对应这为时与说们实务经济贸边双级议论题点开区记录页项态况认")


@pytest.mark.parametrize("pair", ["demo", "ko_zh"])
def test_a_traditional_chinese_report_writes_its_own_words_in_traditional(pair: str,
                                                                          request: pytest.FixtureRequest) -> None:
    comparison = request.getfixturevalue(pair)
    report = build_report(comparison, generated=GENERATED, language="zh_TW", include_texts=True)
    text = html_text(render_html(report)) + markdown_text(report_to_markdown(report))
    for quoted in readout_words(report):  # what the readouts say stays as written
        text = text.replace(quoted, " ")
    assert not SIMPLIFIED_ONLY & set(text), sorted(SIMPLIFIED_ONLY & set(text))
    labels = comparison.labels_in("zh_TW")
    assert labels and not any(SIMPLIFIED_ONLY & set(label) for label in labels.values())
    assert figure("400 billion", "zh_TW") == "4000億" and figure("1.2 trillion", "zh_TW") == "1.2兆"


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_korean_chinese_report_holds_no_english_of_its_own(ko_zh: Comparison, language: str) -> None:
    check_no_english(build_report(ko_zh, generated=GENERATED, language=language))


@needs_shared_corpus
@pytest.mark.parametrize("language", TRANSLATED)
def test_different_meetings_are_warned_of_in_the_language(language: str) -> None:
    from desktop_app.core.compare.comparison import compare
    from desktop_app.core.documents import load_document

    pair = SHARED_CORPUS / "seeds"
    files = sorted(pair.glob("003*")) + sorted(pair.glob("004*")) if pair.is_dir() else []
    if len(files) < 2:
        pytest.skip("the seed pair 003/004 is not in the shared corpus")
    report = build_report(compare(load_document(files[0]), load_document(files[1])), language=language)
    if not report.cover.warning:
        pytest.skip("these readouts are not judged different meetings")
    assert not re.search(r"\b(?:readouts|meeting|disagree)\b", report.cover.warning)


def test_english_stays_the_default(demo: Comparison) -> None:
    default = build_report(demo, generated=GENERATED)
    english = build_report(demo, generated=GENERATED, language="en")
    assert render_html(default) == render_html(english)
    assert default.language == "en" and "Key findings" in render_html(default)


def test_reasons_in_the_language(ko_zh: Comparison) -> None:
    for language, stance in (("ko", "입장 차이"), ("zh", "立场表述不同")):
        report = build_report(ko_zh, generated=GENERATED, language=language)
        texts = [r.text for link in report.links() for r in link.reasons]
        assert texts and not any(re.search(r"\b(?:according|attributes|differ|raises)\b", t) for t in texts)
        stances = [r for link in report.links() for r in link.reasons if r.kind == "stance"]
        assert all(r.text.startswith(stance) for r in stances)
        for link in ko_zh.links:
            for line in link.explanation(language=language):
                assert not re.search(r"\b(?:both|give|same|Linked|Nothing)\b", line), line


# ------------------------------------------------------------------------------------ command line


@pytest.mark.parametrize(("language", "heading"), [("ko", "주요 분석 결과"), ("zh", "主要发现"), ("zh_TW", "主要發現")])
def test_compare_writes_the_report_in_the_language_asked(tmp_path: Path, language: str, heading: str) -> None:
    for suffix in ("md", "html"):
        out = tmp_path / f"report-{language}.{suffix}"
        assert main(["compare", str(SAMPLES / "demo-kr.txt"), str(SAMPLES / "demo-cn.txt"), "-o", str(out),
                     "--report-language", language]) == 0
        text = out.read_text(encoding="utf-8")
        assert heading in text and "Key findings" not in text


def test_compare_defaults_to_english_and_refuses_other_languages(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.md"
    assert main(["compare", str(SAMPLES / "demo-kr.txt"), str(SAMPLES / "demo-cn.txt"), "-o", str(out)]) == 0
    assert "# Key findings" in out.read_text(encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["compare", str(SAMPLES / "demo-kr.txt"), str(SAMPLES / "demo-cn.txt"), "-o", str(out),
              "--report-language", "fr"])
    assert exit_.value.code == 2
    assert "--report-language" in capsys.readouterr().err


def test_batch_takes_the_report_language(tmp_path: Path) -> None:
    manifest = tmp_path / "pairs.yaml"
    manifest.write_text(f"pairs:\n  - {{left: {SAMPLES / 'demo-kr.txt'}, right: {SAMPLES / 'demo-cn.txt'}, "
                        "name: demo}\n", encoding="utf-8")
    assert main(["batch", str(manifest), "-o", str(tmp_path / "out"), "--format", "md",
                 "--report-language", "zh"]) == 0
    assert "主要发现" in (tmp_path / "out" / "demo" / "report.md").read_text(encoding="utf-8")
