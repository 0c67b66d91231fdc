"""Annotations stay attached to what they point at when a document is re-extracted or edited."""

from __future__ import annotations

from desktop_app.core.annotations import (
    Anchor,
    annotate_link,
    annotate_statement,
    annotate_text,
    find_anchor,
    reanchor,
)
from desktop_app.core.documents import document_from_text

ORIGINAL = (
    "Outcome of the Meeting\n\n"
    "1. The two ministers met in Busan on June 18.\n\n"
    "2. The two sides agreed to speed up the FTA talks on services and investment.\n\n"
    "3. Minister Seo expressed concern over the missile launch in May.\n\n"
    "4. The two sides agreed to speed up the talks on fisheries.\n"
)


def docs(left: str, right: str = "双方同意加快推进中韩自由贸易协定第二阶段谈判。双方同意扩大人文交流。") -> dict:
    return {"left": document_from_text(left, "kr.txt"), "right": document_from_text(right, "cn.txt")}


def test_unchanged_documents_keep_every_anchor() -> None:
    d = docs(ORIGINAL)
    note = annotate_text(d["left"], "left", ORIGINAL.index("speed up"), ORIGINAL.index("speed up") + 8, "softened")
    again = reanchor(note, d)
    assert again.anchors == note.anchors and not again.orphaned


def test_a_moved_quote_is_found_where_it_went() -> None:
    d = docs(ORIGINAL)
    note = annotate_statement(d["left"], "left", 2, "omission")  # the missile sentence
    moved = ORIGINAL.replace("Outcome of the Meeting\n\n", "Outcome of the Meeting\n\nA new first paragraph.\n\n")
    found = reanchor(note, docs(moved))
    assert not found.orphaned
    anchor = found.anchors[0]
    assert moved[anchor.start:anchor.end] == "3. Minister Seo expressed concern over the missile launch in May."


def test_a_repeated_quote_is_told_apart_by_its_context() -> None:
    d = docs(ORIGINAL)
    second = ORIGINAL.index("speed up the talks on fisheries")
    note = annotate_text(d["left"], "left", second, second + len("speed up"), "softened")
    edited = ORIGINAL.replace("1. The two ministers met", "1. The two foreign ministers met")
    anchor = reanchor(note, docs(edited)).anchors[0]
    assert anchor.start == edited.index("speed up the talks on fisheries")


def test_a_slightly_reworded_statement_is_reattached() -> None:
    d = docs(ORIGINAL)
    note = annotate_statement(d["left"], "left", 2, "omission")
    reworded = ORIGINAL.replace("expressed concern over the missile launch in May",
                                "expressed deep concern over the missile launches in May")
    found = reanchor(note, docs(reworded))
    assert not found.orphaned
    anchor = found.anchors[0]
    assert reworded[anchor.start:anchor.end].startswith("3. Minister Seo expressed deep concern")


def test_a_deleted_quote_leaves_the_annotation_orphaned_not_dropped() -> None:
    d = docs(ORIGINAL)
    note = annotate_statement(d["left"], "left", 2, "omission", "keep this note")
    deleted = ORIGINAL.replace("3. Minister Seo expressed concern over the missile launch in May.\n\n", "")
    found = reanchor(note, docs(deleted))
    assert found.orphaned and found.note == "keep this note" and found.anchors == note.anchors


def test_a_link_annotation_follows_both_sides() -> None:
    d = docs(ORIGINAL)
    note = annotate_link(d, [1], [0], "attribution-shift")
    changed = docs(ORIGINAL.replace("1. The two ministers", "1. Both ministers"),
                   "前言。双方同意加快推进中韩自由贸易协定第二阶段谈判。双方同意扩大人文交流。")
    found = reanchor(note, changed)
    assert not found.orphaned
    assert found.statements(changed) == {"left": [1], "right": [1]}


def test_find_anchor_in_chinese_text() -> None:
    d = docs(ORIGINAL)
    right = d["right"]
    anchor = Anchor.at(right, "right", 2, 8)
    edited = document_from_text("据报道，" + right.text, "cn.txt")
    found = find_anchor(anchor, edited)
    assert found is not None and edited.text[found.start:found.end] == right.text[2:8]
