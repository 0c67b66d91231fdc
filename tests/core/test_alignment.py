"""The aligner's pieces: each signal computed where it counts, the fitted model, and whole groups."""

from __future__ import annotations

import numpy as np

from desktop_app.core.align import CONTINUITY, Model, assign, continuity, model, pair_features, probability
from desktop_app.core.compare.comparison import analysed, compare
from desktop_app.core.documents import document_from_text
from desktop_app.core.model import Document
from desktop_app.core.settings import DEFAULT_SETTINGS, AlignmentSettings

SETTINGS = AlignmentSettings(threshold=0.3, join_threshold=0.3, neighbour_threshold=0.1, join_ratio=0.5)
ONE_PARAGRAPH_EACH = ([0, 1, 2], [0, 1, 2])


def links(groups: list) -> list[tuple[set[int], set[int]]]:
    return [(g.left, g.right) for g in groups]


def test_a_leftover_joins_its_best_partners_link_instead_of_starting_a_worse_one() -> None:
    probability = np.array([[0.9, 0.0, 0.0],
                            [0.6, 0.35, 0.0],   # its best partner (R0) is taken: it joins R0's link
                            [0.0, 0.0, 0.05]])
    assert links(assign(probability, ONE_PARAGRAPH_EACH, SETTINGS)) == [({0, 1}, {0})]


def test_a_statement_nearly_as_close_as_a_link_joins_it_on_either_side() -> None:
    probability = np.array([[0.9, 0.8, 0.0],
                            [0.0, 0.0, 0.0],
                            [0.0, 0.0, 0.7]])
    assert links(assign(probability, ONE_PARAGRAPH_EACH, SETTINGS)) == [({0}, {0, 1}), ({2}, {2})]


def test_a_leftover_far_weaker_than_the_link_stays_one_sided() -> None:
    probability = np.array([[0.95, 0.0, 0.0],
                            [0.32, 0.0, 0.0],  # above the join threshold, but not half as close as the link
                            [0.0, 0.0, 0.0]])
    assert links(assign(probability, ONE_PARAGRAPH_EACH, SETTINGS)) == [({0}, {0})]


def test_a_statement_whose_best_partner_is_taken_does_not_settle_for_a_much_worse_one() -> None:
    # L1's best reading is R0 (an opening it merely summarises), too weak to join R0's strong link; its
    # next partner R1 is above the link threshold but far below that best: L1 and R1 stay one-sided.
    probability = np.array([[0.95, 0.0],
                            [0.45, 0.31]])
    paragraphs = ([0, 1], [0, 1])
    assert links(assign(probability, paragraphs, SETTINGS)) == [({0}, {0})]
    # The same pair, when it is nearly as good as L1's best, is a link of its own.
    probability[1, 1] = 0.4
    assert links(assign(probability, paragraphs, SETTINGS)) == [({0}, {0}), ({1}, {1})]


def test_a_neighbour_in_the_same_paragraph_completes_a_point_told_in_two_sentences() -> None:
    probability = np.array([[0.9, 0.0],
                            [0.15, 0.0],  # too weak to link alone, close enough as the point's second half
                            [0.15, 0.0]])  # as close, but in the next paragraph
    groups = assign(probability, ([0, 0, 1], [0, 1]), SETTINGS)
    assert links(groups) == [({0, 1}, {0})]


def test_a_neighbour_unrelated_to_the_other_side_is_not_recruited() -> None:
    probability = np.array([[0.9, 0.0],
                            [0.02, 0.0]])
    assert links(assign(probability, ([0, 0], [0, 1]), SETTINGS)) == [({0}, {0})]


def test_links_may_cross_the_reading_order() -> None:
    probability = np.array([[0.0, 0.0, 0.9],
                            [0.0, 0.8, 0.0],
                            [0.7, 0.0, 0.0]])
    assert links(assign(probability, ONE_PARAGRAPH_EACH, SETTINGS)) == [({0}, {2}), ({1}, {1}), ({2}, {0})]


def test_nothing_links_when_nothing_is_close() -> None:
    assert assign(np.full((3, 4), 0.05), ([0, 1, 2], [0, 1, 2, 3]), SETTINGS) == []
    assert assign(np.zeros((0, 4)), ([], [0, 1, 2, 3]), SETTINGS) == []


def features_of(left_text: str, right_text: str) -> dict[str, np.ndarray]:
    left, right = document_from_text(left_text, "kr.txt"), document_from_text(right_text, "cn.txt")
    comparison = analysed(left, right)
    return pair_features(left.statements, comparison.analyses["left"], right.statements,
                         comparison.analyses["right"])


def test_word_signals_count_within_one_language_and_sounds_between_korean_and_chinese() -> None:
    cross = features_of("양측은 자유무역협정 협상을 가속화하기로 했다.", "双方同意加快自由贸易协定谈判。")
    assert cross["words"].max() == 0 and cross["fuzzy"].max() == 0
    assert cross["sounds"][0, 0] > 0.2 and cross["cross_language"][0, 0] == 1
    same = features_of("The two sides agreed to speed up the free trade talks.",
                       "Both sides agreed to accelerate the free trade negotiations.")
    assert same["words"][0, 0] > 0 and same["fuzzy"][0, 0] > 0
    assert same["sounds"].max() == 0 and same["cross_language"].max() == 0
    assert same["embedding"].max() == 0  # no vectors given: the signal is left out, not guessed


def test_every_signal_is_in_the_unit_interval_and_the_model_knows_each() -> None:
    features = features_of("Minister Seo met Minister Guo in Busan.\n\nThey agreed to expand trade.",
                           "Guo Yanqing held talks with Seo Haneul.\n\nThe two sides will expand trade.")
    fitted = model(True)
    assert set(fitted.first.weights) <= set(features)
    assert fitted.second is not None and set(fitted.second.weights) == set(fitted.first.weights) | {CONTINUITY}
    for name, values in features.items():
        assert values.shape == (2, 2) and 0.0 <= values.min() and values.max() <= 1.0, name


def test_continuity_is_the_likelier_diagonal_neighbour() -> None:
    p = np.array([[0.9, 0.0, 0.0],
                  [0.0, 0.1, 0.3],
                  [0.0, 0.0, 0.8]], dtype=np.float32)
    np.testing.assert_allclose(continuity(p), [[0.1, 0.3, 0.0],
                                               [0.0, 0.9, 0.0],
                                               [0.0, 0.0, 0.1]])


def test_a_pair_between_two_links_in_reading_order_is_likelier_than_the_same_pair_alone() -> None:
    # L1-R1 shares a little with each other; the first pass leaves it below the link threshold. With
    # L0-R0 and L2-R2 clearly the same points around it, the second pass lifts it.
    def signals(around: float) -> list[tuple[str, np.ndarray]]:
        concepts = np.diag(np.array([around, 0.4, around], dtype=np.float32))
        margin = np.diag(np.array([around, 0.6, around], dtype=np.float32))
        return [("concepts", concepts), ("embedding_margin", margin)]

    fitted = model(True)
    alone = probability(signals(0.0), (3, 3), fitted)[1, 1]
    between = probability(signals(1.0), (3, 3), fitted)[1, 1]
    first_pass = probability(signals(1.0), (3, 3), Model(fitted.first, None))[1, 1]
    assert first_pass < DEFAULT_SETTINGS.threshold <= between
    assert alone < between


def test_the_default_thresholds_are_the_fitted_ones() -> None:
    from desktop_app.core.resources import load_yaml_resource

    fitted = load_yaml_resource("alignment", "model.yaml")["with_embedding"]
    assert DEFAULT_SETTINGS.threshold == fitted["threshold"]
    assert DEFAULT_SETTINGS.join_threshold == fitted["join_threshold"]


def test_empty_and_one_statement_readouts_compare_without_trouble() -> None:
    one = document_from_text("The two sides agreed to expand trade.", "a.txt")
    other = document_from_text("双方同意扩大贸易。", "b.txt")
    assert len(compare(one, other).links) <= 1
    empty = Document(name="empty.txt", text="")  # readers refuse empty files; the engine copes anyway
    comparison = compare(one, empty)
    assert comparison.links == [] and comparison.one_sided("left") == [0]


def test_a_readout_in_a_language_no_signal_knows_is_compared_sensibly() -> None:
    russian = document_from_text("Стороны договорились расширить торговлю. Обсуждались и другие вопросы.",
                                 "ru.txt")
    english = document_from_text("The two sides agreed to expand trade. Other matters were discussed too.",
                                 "en.txt")
    comparison = compare(russian, english)
    assert all(0.0 <= link.score <= 1.0 for link in comparison.links)
    assert len(comparison.links) <= 2
