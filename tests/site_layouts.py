"""Fictional readouts inside site layouts with chrome, and how to score a reader on them.

The layouts (tests/fixtures/sites/*.html) are generic: a government board (bilingual menus, attachments,
"Was the information on this page helpful?"), a news site ("Most read this week", comments, a reporter
box), a blog-style portal (widgets, replies, tags) and a ministry page of the kind the reader was first
written for. Each readout of tests/fixtures/corpus (all fictional) is placed in each layout; a reader is
scored by the statements it makes of chrome and by the readout's own sentences it loses.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.segmentation import segment

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SITES = FIXTURES / "sites"
LAYOUTS = ("board", "news", "blog", "ministry")


@dataclass
class SitePage:
    layout: str
    readout: str  # "ko-zh-trade-2029/kr" …
    markup: str
    text: str  # the readout as written
    sentences: list[str]  # the readout's statements, read from its plain text


def readouts() -> Iterator[tuple[str, str]]:
    for path in sorted((FIXTURES / "corpus").glob("*/*.txt")):
        yield f"{path.parent.name}/{path.stem}", path.read_text(encoding="utf-8")


def page(layout: str, text: str) -> str:
    """The readout's first paragraph as the page's title, the rest as <p> paragraphs of the layout."""
    title, _, body = text.strip().partition("\n\n")
    paragraphs = "\n".join(f"      <p>{html.escape(p.strip())}</p>" for p in body.split("\n\n") if p.strip())
    template = (SITES / f"{layout}.html").read_text(encoding="utf-8")
    return template.replace("{{TITLE}}", html.escape(title.strip())).replace("{{BODY}}", paragraphs)


def site_pages() -> Iterator[SitePage]:
    for name, text in readouts():
        _, _, body = text.strip().partition("\n\n")
        sentences = [s.clean_text for s in segment(body).statements]
        for layout in LAYOUTS:
            yield SitePage(layout, name, page(layout, text), text, sentences)


def _key(text: str) -> str:
    return re.sub(r"\s+", "", text)


@dataclass
class Score:
    chrome: list[str]  # statements made of something that is not the readout
    lost: list[str]  # the readout's sentences that are no statement any more


def score(text: str, site_page: SitePage) -> Score:
    """Chrome statements (in no part of the readout) and lost sentences of a reader's text for a page."""
    statements = [s.clean_text for s in segment(text).statements]
    sentences = site_page.sentences
    body = _key(site_page.text)
    found = _key(" ".join(statements))
    chrome = [s for s in statements if _key(s) not in body]
    lost = [s for s in sentences if _key(s) not in found]
    return Score(chrome, lost)
