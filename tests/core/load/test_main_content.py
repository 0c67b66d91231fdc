"""The main-content picker in front of the HTML reader, on the site layouts of tests/fixtures/sites."""

from __future__ import annotations

from pathlib import Path

import pytest
from site_layouts import LAYOUTS, page, readouts, score, site_pages

from desktop_app.core.documents import load_document
from desktop_app.core.load import html as html_reader
from desktop_app.core.load import main_content


def totals(pick: bool) -> dict[str, tuple[int, int]]:
    """(chrome statements, lost sentences) per layout."""
    result = dict.fromkeys(LAYOUTS, (0, 0))
    for site_page in site_pages():
        found = score(html_reader._html_to_text(site_page.markup, pick=pick)[1], site_page)
        chrome, lost = result[site_page.layout]
        result[site_page.layout] = (chrome + len(found.chrome), lost + len(found.lost))
    return result


def test_the_picker_keeps_chrome_out_and_loses_no_sentence() -> None:
    before, after = totals(pick=False), totals(pick=True)
    # measured: 142 chrome statements without the picker, 16 with it (tests/tools/measure_site_layouts.py)
    assert sum(chrome for chrome, _ in before.values()) >= 100
    assert sum(chrome for chrome, _ in after.values()) <= 20
    assert all(lost == 0 for _, lost in (*before.values(), *after.values()))
    for layout in ("board", "blog", "ministry"):  # attachments, surveys, bilingual menus, comments: none
        assert after[layout] == (0, 0), layout


def test_news_chrome_that_stays_is_inside_the_article_body() -> None:
    for site_page in site_pages():
        if site_page.layout == "news" and site_page.readout.endswith("/kr"):
            chrome = score(html_reader._html_to_text(site_page.markup)[1], site_page).chrome
            assert chrome == ["The following is the full text of the readout released by the ministry."]


def test_without_readability_the_reader_reads_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main_content, "article_markup", lambda markup: None)
    for site_page in list(site_pages())[:8]:
        assert html_reader._html_to_text(site_page.markup)[1] == html_reader._html_to_text(site_page.markup,
                                                                                   pick=False)[1]


def test_a_picker_that_fails_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken:
        def __init__(self, markup: str) -> None:
            raise ValueError("no candidates")

    import readability

    monkeypatch.setattr(readability, "Document", Broken)
    markup = next(iter(site_pages())).markup
    assert html_reader._html_to_text(markup)[1] == html_reader._html_to_text(markup, pick=False)[1]


def test_a_board_page_in_euc_kr_keeps_its_charset_and_title(tmp_path: Path) -> None:
    text = next(t for n, t in readouts() if n == "ko-zh-trade-2029/kr")
    markup = page("board", text).replace('<meta charset="utf-8">', '<meta charset="euc-kr">')
    path = tmp_path / "board.html"
    path.write_bytes(markup.encode("cp949", "xmlcharrefreplace"))  # 彭书琳 has a character EUC-KR lacks
    document = load_document(path)
    assert document.encoding == "cp949"
    assert document.text.startswith("윤서진 장관, 항저우에서 한중 통상장관회담 개최\n\n")  # the <h1>, kept
    assert "Attachment" not in document.text and "helpful" not in document.text
    assert "English" not in document.text and "中文" not in document.text


def test_lists_and_tables_of_the_article_are_kept() -> None:
    # Readability's clean-up drops short lists and small tables; the picker only chooses the element
    markup = page("news", "Title\n\n" + "\n\n".join(
        f"The two sides agreed on point {n}, and they will meet again, as planned, next year." for n in range(6)))
    markup = markup.replace("<div class=\"inline-promo\">", "<ul><li>Trade</li><li>Culture</li></ul>"
                            "<table><tr><td>Date</td><td>13 May</td></tr></table><div class=\"inline-promo\">")
    text = html_reader._html_to_text(markup)[1]
    assert "Trade\n\nCulture\n\nDate 13 May" in text and "Most read" not in text
