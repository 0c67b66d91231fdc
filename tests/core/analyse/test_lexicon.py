"""The lexicon as a user meets it: the built-in taxonomy, their own file merged in, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLES

from desktop_app import cli
from desktop_app.core.analyse.analysis import TermMatcher, analyse
from desktop_app.core.analyse.lexicon import ENTITY_KINDS, LANGUAGES, LexiconError, load_lexicon, validate
from desktop_app.core.compare.comparison import Comparison, compare
from desktop_app.core.documents import document_from_text
from desktop_app.core.language import is_cjk, is_han, is_hangul
from desktop_app.core.resources import load_yaml_resource

# A made-up topic the built-in lexicon cannot know, plus a made-up term for an existing topic.
USER_LEXICON = """\
version: 1
topics:
  - id: polar
    label: Polar research
    terms:
      en: [polar research]
      ko: [극지 연구]
      zh: [极地研究]
  - id: polar.station
    label: Joint polar research station
    labels: {ko: 공동 극지 연구기지}
    terms:
      en: [Glimmerfjord station]
      ko: [글리머피오르 기지]
      zh: [格利默峡湾站]
  - id: trade.fta
    terms:
      en: [Zorblat Pact]
      ko: [조르블랏 협정]
      zh: [佐布拉特协定]
entities:
  - id: person.hong_gildong
    kind: person
    country: KR
    names:
      en: [Hong Gil-dong]
      ko: [홍길동]
"""

# Korean and Chinese readouts of one fictional meeting, three points in the same order.
KO_READOUT = """\
양측은 반도체 공급망 협력을 강화하기로 했습니다.

양측은 글리머피오르 기지를 공동으로 운영하는 방안을 논의했습니다.

양측은 조르블랏 협정 이행 상황을 점검했습니다.
"""
ZH_READOUT = """\
双方同意加强半导体供应链合作。

双方讨论了共同运营格利默峡湾站的方案。

双方回顾了佐布拉特协定的落实情况。
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def pairs(comparison: Comparison) -> set[tuple[int, int]]:
    return {(i, j) for link in comparison.links for i in link.left for j in link.right}


# ------------------------------------------------------------------------------------- built in


def test_the_built_in_lexicon_validates_and_loads() -> None:
    for name in ("topics.yaml", "entities.yaml"):
        validate(load_yaml_resource("lexicon", name), name)  # raises on any problem
    lexicon = load_lexicon()
    assert len(lexicon.topics) >= 50 and len(lexicon.entities) >= 50
    assert "trade.fta" in lexicon.topics and "person.wang_yi" in lexicon.entities


def test_every_built_in_topic_has_terms_in_every_language_and_a_defined_area() -> None:
    lexicon = load_lexicon()
    for topic in lexicon.topics.values():
        missing = [language for language in LANGUAGES if not topic.terms.get(language)]
        assert not missing, f"{topic.id} has no terms in {missing}"
        assert topic.area in lexicon.topics, f"{topic.id}: area {topic.area!r} is not defined"
        assert topic.label and topic.label != topic.id, f"{topic.id} has no label for people"


def test_every_built_in_topic_is_named_in_korean_and_chinese() -> None:
    """A Korean or Chinese report names its topics in its own language, never falling back to English."""
    for topic in load_lexicon().topics.values():
        korean, chinese = topic.labels.get("ko", ""), topic.labels.get("zh", "")
        assert any(is_hangul(c) for c in korean), f"{topic.id}: {korean!r}"
        assert any(is_han(c) for c in chinese), f"{topic.id}: {chinese!r}"
    # One label names one topic in each language: the report finds a topic again by its label.
    for language in ("en", "ko", "zh"):
        labels = [topic.labels.get(language, topic.label) for topic in load_lexicon().topics.values()]
        assert len(labels) == len(set(labels)), language


def test_built_in_cjk_terms_are_never_a_single_character() -> None:
    """A one-character CJK term would match inside unrelated words (README: never a single character)."""
    lexicon = load_lexicon()
    words = [(t.id, w) for t in lexicon.topics.values() for ws in t.terms.values() for w in ws]
    words += [(e.id, w) for e in lexicon.entities.values() for ws in e.names.values() for w in ws]
    single = [(concept, w) for concept, w in words if any(is_cjk(c) for c in w) and len("".join(w.split())) < 2]
    assert not single


def test_built_in_entities_have_known_kinds_and_names() -> None:
    for entity in load_lexicon().entities.values():
        assert entity.kind in ENTITY_KINDS
        assert any(entity.names.values()), f"{entity.id} has no names"


# ------------------------------------------------------------------------------------ user file


def test_a_user_file_adds_a_topic_and_extends_an_existing_one(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.yaml", USER_LEXICON)
    built_in = load_lexicon()
    merged = load_lexicon(path)
    assert "polar.station" not in built_in.topics
    assert merged.topics["polar.station"].label == "Joint polar research station"
    assert merged.topics["polar.station"].terms["zh"] == ["格利默峡湾站"]
    # Extended, nothing built-in removed, label kept.
    fta = merged.topics["trade.fta"]
    assert "Zorblat Pact" in fta.terms["en"]
    assert set(built_in.topics["trade.fta"].terms["en"]) < set(fta.terms["en"])
    assert fta.label == built_in.topics["trade.fta"].label
    assert merged.topics["polar.station"].labels == {"ko": "공동 극지 연구기지"}
    assert merged.entities["person.hong_gildong"].names["ko"] == ["홍길동"]
    # Loading a user file does not change the built-in lexicon for later comparisons.
    assert "polar.station" not in load_lexicon().topics


def test_a_comparison_names_topics_in_the_report_language_or_else_in_english(tmp_path: Path) -> None:
    from desktop_app.core.compare.comparison import analysed

    path = write(tmp_path, "mine.yaml", USER_LEXICON)
    documents = [document_from_text("The two sides discussed polar research.", name) for name in ("a", "b")]
    comparison = analysed(*documents, lexicon_file=path)
    korean, chinese = comparison.labels_in("ko"), comparison.labels_in("zh")
    assert korean["polar.station"] == "공동 극지 연구기지"
    assert chinese["polar.station"] == "Joint polar research station"  # the user gave no Chinese label
    assert korean["trade.fta"] == "자유무역협정(FTA)" and chinese["trade.fta"] == "自由贸易协定（FTA）"
    assert comparison.labels_in("en") == comparison.topic_labels


def test_user_terms_are_found_in_statements(tmp_path: Path) -> None:
    matcher = TermMatcher(load_lexicon(write(tmp_path, "mine.yaml", USER_LEXICON)))
    document = document_from_text("Minister Hong Gil-dong said the Zorblat Pact covers the Glimmerfjord station.")
    analysis = analyse(document.statements[0], matcher)
    assert {"trade.fta", "polar.station"} <= analysis.topics
    assert "person.hong_gildong" in analysis.entities


def test_user_terms_link_korean_and_chinese_statements_in_compare(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.yaml", USER_LEXICON)
    left, right = document_from_text(KO_READOUT, "kr.txt"), document_from_text(ZH_READOUT, "cn.txt")

    without = compare(left, right)
    assert (0, 0) in pairs(without)  # semiconductors and supply chains: built-in topics
    # Nothing the built-in lexicon knows ties the made-up station together (the pact's 협정 / 协定 is
    # shared Sino-Korean, which the sound bridge finds on its own; at most its place between two
    # links in reading order makes the station pair a weak link).
    assert "polar.station" not in {c.topic for c in without.coverage()}

    with_file = compare(left, right, lexicon_file=path)
    assert pairs(with_file) == {(0, 0), (1, 1), (2, 2)}
    assert with_file.probabilities[1, 1] > without.probabilities[1, 1] + 0.3
    link = next(k for k in with_file.links if k.left == [1])
    assert "polar.station" in link.topics
    assert "trade.fta" in next(k for k in with_file.links if k.left == [2]).topics
    coverage = {c.topic: c for c in with_file.coverage()}
    assert (coverage["polar.station"].left, coverage["polar.station"].right) == (1, 1)
    assert coverage["polar.station"].label == "Joint polar research station"


# ----------------------------------------------------------------------------------- bad files

BAD_FILES: dict[str, tuple[str, str]] = {
    # name: (content, words the message must contain)
    "not-yaml": ("topics: [\n  - id: x\n", "not valid YAML"),
    "not-mapping": ("- polar\n- station\n", "mapping"),
    "empty": ("", "mapping"),
    "bad-id": ("topics:\n  - id: Polar Station\n    terms: {en: [x]}\n", "Polar Station"),
    "no-id": ("topics:\n  - label: Polar\n    terms: {en: [x]}\n", "id"),
    "duplicate-id": ("topics:\n  - id: polar\n    terms: {en: [a]}\n  - id: polar\n    terms: {en: [b]}\n",
                     "defined twice"),
    "unknown-kind": ("entities:\n  - id: person.x\n    kind: alien\n    names: {en: [X Y]}\n", "kind"),
    "terms-not-list": ("topics:\n  - id: polar\n    terms: {en: polar research}\n", "list"),
    "terms-not-strings": ("topics:\n  - id: polar\n    terms: {en: [1, 2]}\n", "list"),
    "empty-term": ("topics:\n  - id: polar\n    terms: {en: ['  ']}\n", "non-empty"),
    "terms-not-mapping": ("topics:\n  - id: polar\n    terms: [polar research]\n", "language"),
    "topics-not-list": ("topics:\n  id: polar\n", "list"),
    "undefined-area": ("topics:\n  - id: zork.station\n    terms: {en: [zork]}\n", "'zork'"),
    "wrong-version": ("version: 2\ntopics:\n  - id: polar\n    terms: {en: [x]}\n", "version"),
    "kind-changed": ("entities:\n  - id: country.kr\n    kind: person\n    names: {en: [Korea]}\n",
                     "country.kr"),
    "labels-not-mapping": ("topics:\n  - id: polar\n    labels: [Polar]\n    terms: {en: [x]}\n", "'labels'"),
    "empty-label": ("topics:\n  - id: polar\n    labels: {ko: ''}\n    terms: {en: [x]}\n", "'labels'"),
    "alias-bomb": ("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                   "c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\ntopics: []\n", "aliases"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_user_file_gives_a_clear_lexicon_error(tmp_path: Path, case: str) -> None:
    content, expected = BAD_FILES[case]
    path = write(tmp_path, f"{case}.yaml", content)
    with pytest.raises(LexiconError) as caught:
        load_lexicon(path)
    message = str(caught.value)
    assert message.startswith(f"{case}.yaml: "), message  # names the file
    assert expected in message
    assert "\n" not in message and "Traceback" not in message


def test_an_entry_error_names_the_entry(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.yaml", "topics:\n  - id: polar\n    terms: {en: [a]}\n"
                                        "  - id: polar.station\n    terms: {ko: 기지}\n")
    with pytest.raises(LexiconError, match=r"mine\.yaml: topic 'polar\.station': terms\.ko"):
        load_lexicon(path)


def test_an_entity_error_calls_it_an_entity(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.yaml", "entities:\n  - id: person.x\n    kind: alien\n")
    with pytest.raises(LexiconError) as caught:
        load_lexicon(path)
    assert "entity 'person.x'" in str(caught.value)


def test_a_missing_user_file_is_a_lexicon_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match=r"^absent\.yaml: "):
        load_lexicon(tmp_path / "absent.yaml")


@pytest.mark.parametrize("case", ["not-yaml", "duplicate-id", "undefined-area"])
def test_cli_compare_with_a_bad_lexicon_exits_2_with_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    bad = write(tmp_path, "bad.yaml", BAD_FILES[case][0])
    out = tmp_path / "out.json"
    code = cli.main(["compare", str(SAMPLES / "demo-kr.txt"), str(SAMPLES / "demo-cn.txt"),
                     "-o", str(out), "--lexicon", str(bad)])
    stdout, stderr = capsys.readouterr()
    assert code == 2
    assert stdout == ""
    lines = stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("parallax: bad.yaml: "), stderr
    assert BAD_FILES[case][1] in lines[0]
    assert not out.exists()


def test_cli_compare_with_a_good_lexicon_uses_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    left, right = write(tmp_path, "kr.txt", KO_READOUT), write(tmp_path, "cn.txt", ZH_READOUT)
    out = tmp_path / "out.md"
    code = cli.main(["compare", str(left), str(right), "-o", str(out),
                     "--lexicon", str(write(tmp_path, "mine.yaml", USER_LEXICON))])
    assert code == 0, capsys.readouterr().err
    assert "## Joint polar research station" in out.read_text(encoding="utf-8")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_not_read_as_a_lexicon(tmp_path: Path) -> None:
    zero = tmp_path / "zero.yaml"
    zero.symlink_to("/dev/zero")
    with pytest.raises(LexiconError, match="^zero.yaml: .*not a regular file"):
        load_lexicon(zero)
