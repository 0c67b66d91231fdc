"""A web page saved from a ministry's site to text: its declared charset, the article picked from the
page (menus, share buttons and hidden text dropped), block by block."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_app.core.load.encoding import HTML_LABELS, bom_codec, codec_name, decode_bytes, is_utf8
from desktop_app.core.load.raw import RawText, clean_text, error_reason, normalise_newlines, refuse

if TYPE_CHECKING:  # the format libraries are imported when first needed: they cost ~0.4 s at start-up
    from bs4 import BeautifulSoup, Tag



# --------------------------------------------------------------------------- HTML

_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.I,
)

_DROP_TAGS = frozenset((
    "head", "title", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "video", "audio", "nav", "header", "footer", "aside", "form", "button", "select", "input",
    "textarea", "label", "dialog", "menu",
))  # fmt: skip
# Words in id/class/role that name site furniture; a token matches when it starts with one of them.
_FURNITURE_WORDS = (
    "nav", "menu", "gnb", "lnb", "snb", "breadcrumb", "share", "sns", "social", "skip", "util", "footer",
    "header", "banner", "related", "print", "search", "cookie", "popup", "location", "sitemap",
    "contentinfo", "complementary",
)  # fmt: skip
# Classes of text shown to screen readers only ("opens in a new window") or hidden by the page's CSS.
_HIDDEN_WORDS = frozenset(("blind", "sronly", "hidden", "hide", "visuallyhidden", "screenreadertext"))
_MAIN_WORDS = ("content", "contents", "article", "view", "boardview", "bbsview", "main")
_BLOCK_TAGS = frozenset(
    "p div li h1 h2 h3 h4 h5 h6 tr blockquote section article dd dt pre ul ol dl table thead tbody tfoot "
    "main body html figure figcaption caption address hr center details summary fieldset legend".split()
)
_CELL_TAGS = frozenset(("td", "th"))
_SPACE_RUN = re.compile(r"\s+")  # \s includes no-break and ideographic spaces: they become plain spaces
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_OPTIONAL_END_TAGS = frozenset(
    "p li dt dd tr td th thead tbody tfoot option optgroup colgroup caption rb rt rp html head body".split()
)


def _declared_charset(data: bytes) -> tuple[str, str] | None:
    """(label as written, codec) of a page's <meta charset> / http-equiv / XML declaration, if valid."""
    match = _DECLARED_CHARSET.search(data[:8192])
    if match is None:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii", "replace")
    codec = codec_name(label)
    if codec is None:
        return None
    if codec.startswith(("utf-16", "utf-32")):
        return label, "utf-8"  # the bytes are ASCII-compatible, or the regex could not have found the label
    return label, HTML_LABELS.get(codec, codec)


def _decode_html(data: bytes, encoding: str | None, name: str,
                 http_charset: str | None = None) -> tuple[str, str, bool, list[str]]:
    """Decode a page: forced encoding, else BOM, else the declared charset (the page's own, else the one
    its server sent), else detection."""
    declared = None if encoding or bom_codec(data) else _declared_charset(data)
    if declared is None and http_charset and not encoding and not bom_codec(data):
        codec = codec_name(http_charset)
        # a server's default (often ISO-8859-1) on a page that is plainly UTF-8 is no declaration
        if codec is not None and (codec == "utf-8" or data.isascii() or not is_utf8(data)):
            declared = http_charset, HTML_LABELS.get(codec, codec)
    if declared is None:
        return (*decode_bytes(data, encoding, name), [])
    label, codec = declared
    try:
        text = data.decode(codec)
    except UnicodeError:  # a wrong declaration, or a codec that cannot decode at all ("undefined")
        text, used, detected = decode_bytes(data, None, name)
        note = f"the page says its encoding is {label} but it is not; it was read as {used}"
        return text, used, detected, [note]
    return normalise_newlines(text).removeprefix("\ufeff"), codec, True, []


_RAW_TEXT_START = re.compile(r"<!--|<(script|style|textarea|title)\b", re.I)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)(?:\s[^>]*)?>")


def _without_raw_text(markup: str) -> str:
    """The markup with comments and script, style, textarea and title contents blanked out.

    Scanned once, left to right, with each end looked up by `str.find` from where its element starts:
    a regular expression with a lazy `.*?` searched the whole rest of the page again for every opening
    tag without an end, which took minutes on a page of unclosed `<style>` tags.
    """
    lowered = markup.lower()
    pieces: list[str] = []
    position = 0
    while (start := _RAW_TEXT_START.search(markup, position)) is not None:
        end_tag = "-->" if start.group(1) is None else f"</{start.group(1).lower()}"
        end = lowered.find(end_tag, start.end())
        if end < 0:
            break  # never ended: the rest is left as it is, once
        if end_tag != "-->":
            close = lowered.find(">", end)
            end = len(markup) if close < 0 else close
        else:
            end += len(end_tag) - 1
        pieces.append(markup[position:start.start()])
        pieces.append(" ")
        position = end + 1
    pieces.append(markup[position:])
    return "".join(pieces)


def _markup_problems(markup: str) -> tuple[int, int]:
    """(unclosed or stray tags, all tags) of a page: a cheap measure of how broken its markup is."""
    stack: list[str] = []
    tags = problems = 0
    for match in _TAG.finditer(_without_raw_text(markup)):
        closing, name = match.group(1), match.group(2).lower()
        tags += 1
        if name in _VOID_TAGS or match.group(0).endswith("/>"):
            continue
        if not closing:
            stack.append(name)
        elif name not in stack:
            problems += 1  # a stray end tag
        else:
            while (top := stack.pop()) != name:
                problems += top not in _OPTIONAL_END_TAGS  # closed implicitly: it was never closed
    return problems + sum(name not in _OPTIONAL_END_TAGS for name in stack), tags


def read_html(data: bytes, encoding: str | None, name: str, http_charset: str | None = None) -> RawText:
    text, codec, detected, warnings = _decode_html(data, encoding, name, http_charset)
    if not re.search(r"<[A-Za-z!/?]", text):  # no markup at all: it is plain text with a .html name
        cleaned = clean_text(text)
        if cleaned:
            return RawText(cleaned, "html", codec, detected, None, warnings)
    try:
        title, body = _html_to_text(text)
    except Exception as exc:  # bs4/html.parser on hopeless markup; never a traceback
        raise refuse(name, f"the HTML page could not be read{error_reason(exc)}") from None
    if not body:
        raise refuse(name, "no readable text in this HTML page (only markup or scripts?)")
    problems, tags = _markup_problems(text)
    if problems and problems >= max(1, tags // 50):
        warnings.append(f"the HTML was malformed ({problems} unclosed or stray tags); the text was recovered")
    return RawText(body, "html", codec, detected, title, warnings)


def _html_to_text(markup: str, pick: bool = True) -> tuple[str | None, str]:
    """(title, body text) of a page: furniture dropped, main content preferred (the main-content picker
    narrows it to the article on news and CMS layouts, unless `pick` is false), blocks as paragraphs."""
    from bs4 import BeautifulSoup

    from desktop_app.core.load.main_content import pick_article

    soup = BeautifulSoup(markup, "html.parser")
    title = _html_title(soup)
    _drop_furniture(soup)
    root = _main_content(soup)
    article = pick_article(root, markup) if pick else [root]
    blocks = [block for element in article for block in _html_blocks(element)]
    if len(article) > 1 or article[0] is not root:
        blocks[:0] = _headline(root, article[0], title)
    return title, "\n\n".join(blocks)


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _headline(root: Tag, article: Tag, title: str | None) -> list[str]:
    """The readout's own title when it stands above the article the picker chose: the last heading
    before the article that the page's <title> repeats ("Trade ministers meet | Ministry …")."""
    if not title:
        return []
    in_title = "".join(title.split())
    for heading in article.find_all_previous(_HEADINGS):  # the nearest first
        if not _inside(heading, root):
            break
        text = next(iter(_html_blocks(heading)), "")
        if len("".join(text.split())) >= 4 and "".join(text.split()) in in_title:
            return [text]
    return []


def _inside(tag: Tag, ancestor: Tag) -> bool:
    return tag is ancestor or any(parent is ancestor for parent in tag.parents)


def _html_title(soup: BeautifulSoup) -> str | None:
    head = soup.find("head")
    tag = (head.find("title") if head is not None else None) or soup.find("title")
    if tag is None:
        return None
    title = " ".join(tag.get_text().split())
    return title or None


def _tokens(tag: Tag) -> list[str]:
    """Lower-case words of a tag's id, class and role: "snsShare gnb_wrap" → sns, share, gnb, wrap."""
    values: list[str] = []
    for attr in ("id", "class", "role"):
        value = tag.get(attr)
        if isinstance(value, list):
            values.extend(value)
        elif value:
            values.append(value)
    words: list[str] = []
    for value in values:
        for joined in ("sr-only", "visually-hidden", "screen-reader-text"):
            value = value.replace(joined, joined.replace("-", ""))
        value = re.sub(r"([a-z])([A-Z])", r"\1 \2", value)  # camelCase → two words
        words.extend(w for w in re.split(r"[^a-z0-9]+", value.lower()) if w)
    return words


def _is_hidden(tag: Tag, tokens: list[str]) -> bool:
    style = str(tag.get("style") or "").replace(" ", "").lower()
    hidden = tag.has_attr("hidden") or str(tag.get("aria-hidden") or "").lower() == "true"
    hidden = hidden or "display:none" in style or "visibility:hidden" in style
    return hidden or any(word in _HIDDEN_WORDS for word in tokens)


def _text_length(tag: Tag) -> int:
    from bs4 import NavigableString

    return sum(len(s.strip()) for s in tag.descendants if isinstance(s, NavigableString))


def _prune(soup: BeautifulSoup, drop: Callable[[Tag, bool], bool]) -> None:
    """Decompose every tag for which `drop(tag, inside_article)` is true, without visiting the inside
    of what was dropped: one pass, however deep the page nests."""
    from bs4 import Tag

    stack: list[tuple[Tag, bool]] = [(soup, False)]
    while stack:
        node, in_article = stack.pop()
        for child in list(node.children):
            if not isinstance(child, Tag):
                continue
            if drop(child, in_article):
                child.decompose()
            else:
                stack.append((child, in_article or child.name in ("article", "main")))


def _drop_furniture(soup: BeautifulSoup) -> None:
    """Remove non-text nodes, furniture tags, hidden elements and id/class/role-named furniture."""
    from bs4 import Comment, Declaration, Doctype, ProcessingInstruction

    markup_only = (Comment, Declaration, Doctype, ProcessingInstruction)
    for node in soup.find_all(string=lambda s: isinstance(s, markup_only)):
        node.extract()

    def by_name(tag: Tag, in_article: bool) -> bool:
        # a <header> inside an article is the article's own heading and date, not site furniture
        return tag.name in _DROP_TAGS and not (tag.name == "header" and in_article)

    _prune(soup, by_name)
    total = _text_length(soup)

    def by_attributes(tag: Tag, in_article: bool) -> bool:
        if tag.name in ("html", "body", "main", "article"):
            return False
        tokens = _tokens(tag)
        if _is_hidden(tag, tokens):
            return True
        if not any(word.startswith(_FURNITURE_WORDS) for word in tokens):
            return False
        if in_article and any(word.startswith("header") for word in tokens):
            return False
        # a furniture-sounding wrapper that holds most of the text (id="print_area") is the content
        return _text_length(tag) <= 0.5 * total

    _prune(soup, by_attributes)


def _is_main_named(tag: Tag) -> bool:
    tokens = _tokens(tag)
    return any(word in _MAIN_WORDS for word in tokens) or "".join(tokens) in _MAIN_WORDS


def _main_content(soup: BeautifulSoup) -> Tag:
    """The element holding the page's main text (<main>, <article>, id/class "content" …), or the body."""
    total = _text_length(soup)
    fallback = soup.find("body") or soup
    if total == 0:
        return fallback
    tags = soup.find_all(True)
    semantic = [tag for tag in tags if tag.name in ("main", "article") or tag.get("role") == "main"]
    named = [tag for tag in tags if _is_main_named(tag)]
    for candidates in (semantic, named):
        sized = [(_text_length(tag), tag) for tag in candidates]
        big = [(length, tag) for length, tag in sized if length >= 0.5 * total]
        if big:
            return max(big, key=lambda pair: pair[0])[1]
    return fallback


def _html_blocks(root: Tag) -> list[str]:
    """Block elements become paragraphs, <br> a newline; whitespace inside a block collapses."""
    from bs4 import CData, NavigableString, Tag

    blocks: list[str] = []
    parts: list[str] = []
    pre_depth = 0  # inside <pre> the source's line breaks are kept
    # walk without recursion: deeply nested pages would exceed Python's recursion limit
    stack: list[tuple[object, bool]] = [(root, False)]  # (node, leaving it)
    while stack:
        node, leaving = stack.pop()
        if isinstance(node, NavigableString):
            if type(node) in (NavigableString, CData):  # not comments, doctypes or script text
                parts.append(str(node) if pre_depth else _SPACE_RUN.sub(" ", node))
            continue
        if not isinstance(node, Tag):
            continue
        if node.name == "br":
            parts.append("\n")
        elif leaving:
            pre_depth -= node.name == "pre"
            if node.name in _CELL_TAGS:
                parts.append(" ")
            elif node.name in _BLOCK_TAGS:
                _flush(parts, blocks)
        else:
            pre_depth += node.name == "pre"
            if node.name in _BLOCK_TAGS:
                _flush(parts, blocks)
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
    _flush(parts, blocks)
    return blocks


def _flush(parts: list[str], blocks: list[str]) -> None:
    """Close the current block: collapse spaces per line, keep one blank line for <br><br>."""
    if not parts:
        return
    lines = [" ".join(line.replace("\u200b", "").split()) for line in "".join(parts).split("\n")]
    parts.clear()
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if text:
        blocks.append(text)
