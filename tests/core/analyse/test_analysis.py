"""What the engine reads from one statement: tokens, topics, entities, figures and dates, in four languages."""

from __future__ import annotations

import pytest

from desktop_app.core.analyse.analysis import Analysis, TermMatcher, analyse, cjk_bigrams
from desktop_app.core.analyse.quantities import extract_quantities
from desktop_app.core.compare.comparison import matcher_for
from desktop_app.core.documents import document_from_text
from desktop_app.core.language import is_cjk


def matcher() -> TermMatcher:
    return matcher_for()[1]


def analysis_of(text: str) -> Analysis:
    document = document_from_text(text)
    assert len(document.statements) == 1, [s.text for s in document.statements]
    return analyse(document.statements[0], matcher())


def found(text: str) -> dict[str, list[str]]:
    """concept → the text of each mention."""
    return {concept: [text[a:b] for a, b in spans] for concept, spans in matcher().find(text).items()}


# ------------------------------------------------------------------------------------- CJK tokens


def test_cjk_bigrams_overlap_inside_a_run_and_stop_at_spaces() -> None:
    assert cjk_bigrams("자유무역협정") == ["자유", "유무", "무역", "역협", "협정"]
    assert cjk_bigrams("中韩自贸协定") == ["中韩", "韩自", "自贸", "贸协", "协定"]
    assert cjk_bigrams("한중 관계") == ["한중", "관계"]


def test_korean_words_are_character_bigrams_not_whitespace_words() -> None:
    analysis = analysis_of("양측은 한중 자유무역협정을 조속히 타결하기로 했습니다.")
    cjk_words = [w for w in analysis.words if any(is_cjk(c) for c in w)]
    assert cjk_words and all(len(w) == 2 for w in cjk_words)
    assert {"무역", "협정"} <= set(cjk_words)  # from inside the whitespace word "자유무역협정을"
    assert "자유무역협정을" not in analysis.words


def test_chinese_text_without_spaces_is_split_into_bigrams() -> None:
    analysis = analysis_of("双方同意加强稀土供应链合作。")
    assert analysis.words and all(len(w) == 2 for w in analysis.words)
    assert {"稀土", "供应", "应链"} <= set(analysis.words)


def test_korean_particles_do_not_hide_a_shared_word() -> None:
    first = analysis_of("양측은 공급망을 안정시키기로 했다.")
    second = analysis_of("공급망의 안정이 중요하다고 말했다.")
    assert {"공급", "급망"} <= set(first.words) & set(second.words)


# ------------------------------------------------------------------------- topics across languages

SAME_TOPIC = {
    "trade.fta_phase2": [
        "The two sides agreed to speed up the second-phase negotiations of the FTA on services and investment.",
        "양측은 한중 FTA 서비스·투자 분야 후속협상을 가속화하기로 했다.",
        "双方同意加快中韩自贸协定第二阶段谈判进程。",
        "Beide Seiten vereinbarten, die Folgeverhandlungen zum Freihandelsabkommen zu beschleunigen.",
    ],
    "supply_chain.stability": [
        "The two sides pledged to keep stable supply chains for batteries.",
        "양측은 배터리 공급망 안정을 위해 긴밀히 협력하기로 했다.",
        "双方将共同维护电池产业链供应链稳定。",
        "Beide Seiten wollen stabile Lieferketten für Batterien sichern.",
    ],
    "peninsula.denuclearization": [
        "Both sides reaffirmed their commitment to the complete denuclearization of the Korean Peninsula.",
        "양측은 한반도의 완전한 비핵화 목표를 재확인했다.",
        "双方重申致力于实现半岛无核化。",
        "Beide Seiten bekräftigten das Ziel der Denuklearisierung der koreanischen Halbinsel.",
    ],
}


@pytest.mark.parametrize("topic", sorted(SAME_TOPIC))
def test_one_topic_is_found_in_english_korean_chinese_and_german(topic: str) -> None:
    sentences = SAME_TOPIC[topic]
    languages = []
    for sentence in sentences:
        document = document_from_text(sentence)
        languages.append(document.statements[0].language)
        assert topic in analyse(document.statements[0], matcher()).topics, sentence
    assert languages == ["en", "ko", "zh", "de"]


# --------------------------------------------------------------------------------------- entities


@pytest.mark.parametrize("name", ["Kim Jung-kwan", "Kim Jeong-gwan", "Kim Jeong Gwan", "Kim Jeonggwan",
                                  "KIM JEONG-GWAN", "김정관", "金正官"])
def test_romanisations_of_one_person_resolve_to_one_entity(name: str) -> None:
    mentions = found(f"Minister {name} met the delegation." if name.isascii() else f"{name} 장관이 말했다.")
    people = {c for c in mentions if c.startswith("entity:person.")}
    assert people == {"entity:person.kim_jung_kwan"}
    assert mentions["entity:person.kim_jung_kwan"] == [name]


@pytest.mark.parametrize(("text", "topic", "mention"), [
    ("Korea exports semiconductors to China.", "technology.semiconductors", "semiconductors"),
    ("They discussed supply chain disruptions.", "supply_chain.stability", "disruptions"),
    ("Beide Seiten sprachen über die Umsetzung des Freihandelsabkommens.", "trade.fta", "Freihandelsabkommens"),
])
def test_an_inflected_form_matches_its_base_term(text: str, topic: str, mention: str) -> None:
    assert found(text).get("topic:" + topic) == [mention]


def test_short_acronyms_match_only_in_capitals() -> None:
    assert "entity:country.us" in found("The US and China held talks.")
    assert "entity:country.us" not in found("Let us work together, as it is up to us.")
    assert "entity:org.un" in found("Both support the role of the UN.")
    assert "entity:org.un" not in found("Ein un-gewöhnliches Treffen.")


@pytest.mark.parametrize("text", ["Bilateral trade reached 400 billion US dollars.",
                                  "Bilateral trade reached 400 billion U.S. dollars."])
def test_us_dollars_are_a_currency_not_the_united_states(text: str) -> None:
    analysis = analysis_of(text)
    assert "currency.usd" in analysis.entities
    assert "country.us" not in analysis.entities
    assert analysis.quantities.numbers == {4e11}


def test_air_quality_is_not_about_equality() -> None:
    analysis = analysis_of("The two sides agreed to share air quality data in real time.")
    assert "relations.mutual_respect" not in analysis.topics


@pytest.mark.parametrize("text", [
    "Economic ties have deepened, Yonhap news agency reported.",
    "남 장관은 회담 후 기자들과 인터뷰에서 협력을 강조했다고 연합뉴스가 보도했습니다.",
    "外交部发言人答记者问时表示，双方将加强合作。",
])
def test_a_readout_citing_its_source_is_not_about_the_media(text: str) -> None:
    assert "topic:people.media" not in found(text)


@pytest.mark.parametrize("text", [
    "김하늘 국가안보실 제1차장은 이날 브리핑에서 양측이 대화를 열기로 했다고 말했습니다.",
    "The two sides will open a new dialogue, the vice minister told a briefing.",
    "外交部发言人在吹风会上介绍说，双方将加强合作。",
])
def test_a_briefing_that_cites_the_source_is_no_press_event(text: str) -> None:
    assert "topic:ceremonies.press" not in found(text)


def test_a_joint_press_conference_is_a_press_event() -> None:
    for text in ("The two leaders held a joint press conference.", "양 정상은 공동기자회견을 가졌습니다.",
                 "两国元首共同会见记者。"):
        assert "topic:ceremonies.press" in found(text), text


def test_media_cooperation_is_about_the_media() -> None:
    for text in ("The two sides agreed to expand media exchanges.", "양측은 언론 교류를 확대하기로 했다.",
                 "双方同意加强媒体交流。"):
        assert "topic:people.media" in found(text), text


def test_the_president_elect_is_a_title_not_a_topic_of_elections() -> None:
    for text in ("남하윤 대통령 당선인이 오늘 량원보 주석과 통화했습니다.", "国家主席梁文博同韩国当选总统南河允通电话。",
                 "President-elect Nam Ha-yoon spoke with President Liang Wenbo."):
        concepts = found(text)
        assert "entity:title.president_elect" in concepts and "topic:exchanges.inauguration" not in concepts, text
    for text in ("량 주석은 남 당선인의 당선을 축하했습니다.", "梁文博祝贺南河允当选为韩国总统。"):
        assert "topic:exchanges.inauguration" in found(text), text


# ------------------------------------------------------------------------------------- quantities


def test_a_list_marker_is_not_a_figure() -> None:
    document = document_from_text("5. The two sides agreed to cut tariffs on 12 items.")
    statement = document.statements[0]
    assert statement.marker == "5."
    assert analyse(statement, matcher()).quantities.numbers == {12.0}


@pytest.mark.parametrize("text", ["400 billion dollars", "4천억 달러", "4000亿美元", "USD 400 billion"])
def test_a_sum_is_one_figure_in_every_language(text: str) -> None:
    assert extract_quantities(text).numbers == {4e11}


@pytest.mark.parametrize("text", ["April 20", "on April 20, 2029", "4월 20일", "4月20日", "20. April",
                                  "2029년 4월 20일"])
def test_a_date_is_one_date_in_every_language(text: str) -> None:
    quantities = extract_quantities(text)
    assert quantities.dates == {"04-20"}
    assert quantities.numbers <= {2029.0}  # the day is no figure


@pytest.mark.parametrize("text", ["in September", "by September", "9월에 개최하기로", "于9月举行", "im September"])
def test_a_month_without_a_day_is_the_month(text: str) -> None:
    quantities = extract_quantities(text)
    assert quantities.dates == {"09"}
    assert not quantities.numbers


@pytest.mark.parametrize(("text", "time"), [
    ("They will meet again next year.", "next year"), ("双方同意明年举行会谈。", "next year"),
    ("양측은 내년에 다시 만나기로 했다.", "next year"), ("im kommenden Jahr", "next year"),
    ("within the year", "this year"), ("연내", "this year"), ("年内", "this year"),
])
def test_relative_times_are_the_same_in_every_language(text: str, time: str) -> None:
    assert extract_quantities(text).times == {time}


def test_years_are_kept_apart_from_figures_of_the_same_statement() -> None:
    quantities = extract_quantities("Trade is to reach 320 billion dollars by 2030.")
    assert quantities.years == {2030}
    assert 3.2e11 in quantities.numbers


def test_words_for_the_two_sides_are_not_figures() -> None:
    assert not extract_quantities("The two sides reaffirmed the one-China policy.").numbers
    assert not extract_quantities("双方一道推动合作。").numbers
