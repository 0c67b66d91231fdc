"""Where a web page's article starts and ends: a main-content picker in front of the HTML reader.

The HTML reader (load/html.py) drops what names itself as furniture — <nav>, <header>, <footer>, classes
like "gnb", "breadcrumb", "sns_share" — and prefers <main>, <article> or a "content" element. Generic
news and CMS layouts name their chrome otherwise ("discussion", "popular", "file_list", "satisfaction"),
and it became statements: comments, "Most read this week" and its headlines, attachments, "Was the
information on this page helpful?". `readability-lxml` (Mozilla Readability's scoring of paragraphs by
their text and punctuation) finds the article there.

It only chooses the element: the reader reads the element of its own tree that holds every piece of
text the picker kept, so a list, a table or a short paragraph of the article that Readability's clean-up
would have thrown away is never lost, and the reader's decoding, furniture rules and block structure
stay as they are. Measured on
tests/fixtures/sites (`tests/tools/measure_site_layouts.py`) and accepted only when it keeps a good share
of the page's text; otherwise, or when it fails, the reader's text is kept whole.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bs4 import BeautifulSoup, NavigableString, Tag

# The picker's article must hold at least this share of what the reader kept: less, and it has picked a
# sidebar or a teaser, not the readout.
MIN_SHARE = 0.3
# The element chosen must hold at least this share of the text the picker kept.
MIN_COVER = 0.9
# Text pieces shorter than this (without spaces) say nothing: "Trade" or a date can be anywhere.
MIN_ANCHOR = 12
# Pieces of the picker's text looked for by substring in the reader's (each search reads the page).
MAX_SEARCHES = 200
# Pages larger than this are read whole: the picker parses the page again, and a readout page is far smaller.
MAX_MARKUP = 2_000_000

_SPACES = re.compile(r"\s+")
_COMMAS = str.maketrans("，、", ",,")


def _key(text: str) -> str:
    return _SPACES.sub("", text).translate(_COMMAS)


def article_markup(markup: str) -> str | None:
    """The article's HTML as Readability finds it, or None when it cannot say."""
    if len(markup) > MAX_MARKUP:
        return None
    try:
        from readability import Document
    except ImportError:  # an install without it reads pages as before
        return None
    logging.getLogger("readability.readability").setLevel(logging.ERROR)  # it logs every candidate
    try:
        # Readability scores a paragraph by its commas; Chinese and Japanese write "，" and "、"
        return str(Document(markup.translate(_COMMAS)).summary(html_partial=True))
    except Exception:  # noqa: BLE001 - lxml or readability on hopeless markup: the reader copes alone
        return None


def pick_article(root: Tag, markup: str) -> list[Tag]:
    """The elements of the reader's `root` that hold the article (siblings, in order), or `[root]`.

    The article's text pieces are found in the reader's own tree (a piece the page repeats more often
    than the article is no evidence: a menu may say it too). Their closest common ancestor holds the
    article; of its children, those from the first to the last that hold a piece are kept, with the
    children next to them that hold no longer text at all (a list of single words, a small table). The
    result must hold the picker's text (where the two parsers built different trees it may not) and a
    good share of the root's, or the reader keeps the root.
    """
    article = article_markup(markup)
    if not article:
        return [root]
    from bs4 import BeautifulSoup, NavigableString, Tag

    try:
        article_soup = BeautifulSoup(article, "html.parser")
    except Exception:  # noqa: BLE001 - the picker's HTML is the picker's problem, not the user's
        return [root]
    picked = Counter(_pieces(article_soup))
    ours = [node for node in root.descendants if type(node) is NavigableString]
    counts = Counter(_key(str(node)) for node in ours)
    anchors = [node.parent for node in ours if node.parent is not None
               and len(key := _key(str(node))) >= MIN_ANCHOR and 0 < counts[key] <= picked[key]]
    if not anchors:
        return [root]
    common = _common_ancestor(anchors, root)
    children = list(common.children)
    if any(isinstance(child, NavigableString) and child.strip() for child in children):
        kept = [common]  # text right inside it: it is read whole
    else:
        tags = [child for child in children if isinstance(child, Tag)]
        on_path = {id(_child_towards(anchor, common)) for anchor in anchors}
        holding = [i for i, tag in enumerate(tags) if id(tag) in on_path]
        first, last = holding[0], holding[-1]
        while first > 0 and not any(_pieces(tags[first - 1])):
            first -= 1
        while last + 1 < len(tags) and not any(_pieces(tags[last + 1])):
            last += 1
        kept = tags[first:last + 1]
    length = sum(_length(tag) for tag in kept)
    if length < MIN_COVER * _shared_length(article_soup, ours) or length < MIN_SHARE * _length(root):
        return [root]
    return kept


def _shared_length(article: BeautifulSoup, ours: list[NavigableString]) -> int:
    """How much of the picker's text the reader's tree holds too (not what the reader dropped as
    furniture, a "post-nav" or a share bar, which the picker kept)."""
    from bs4 import NavigableString

    ours_keys = [_key(str(node)) for node in ours]
    known = set(ours_keys)
    everything = "".join(ours_keys)
    shared = searched = 0
    for node in article.descendants:
        if type(node) is NavigableString and (key := _key(str(node))):
            if key in known:
                shared += len(key)
            elif searched < MAX_SEARCHES:  # split otherwise by the other parser, or dropped as furniture
                searched += 1
                shared += len(key) if key in everything else 0
            else:
                shared += len(key)  # past the budget, counted as shared: the check only gets stricter
    return shared


def _child_towards(tag: Tag, ancestor: Tag) -> Tag:
    """The child of `ancestor` that `tag` is in (or is)."""
    while tag.parent is not None and tag.parent is not ancestor:
        tag = tag.parent
    return tag


def _pieces(soup: Tag | BeautifulSoup) -> Iterator[str]:
    from bs4 import NavigableString

    for node in soup.descendants:
        if type(node) is NavigableString and len(key := _key(str(node))) >= MIN_ANCHOR:
            yield key


def _common_ancestor(tags: list[Tag], root: Tag) -> Tag:
    def chain(tag: Tag) -> list[Tag]:
        path = [tag]
        while tag is not root and tag.parent is not None:
            tag = tag.parent
            path.append(tag)
        return path[::-1]  # root first

    common = chain(tags[0])
    for tag in tags[1:]:
        path = chain(tag)
        depth = 0
        while depth < min(len(common), len(path)) and common[depth] is path[depth]:
            depth += 1
        common = common[:depth]
    return common[-1] if common else root


def _length(tag: Tag | BeautifulSoup) -> int:
    from bs4 import NavigableString

    return sum(len(_key(str(node))) for node in tag.descendants if type(node) is NavigableString)
