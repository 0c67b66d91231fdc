"""Readout text → statements with character offsets.

A statement is a sentence, or the sentence that opens a numbered paragraph or bullet item (the marker
"1.", "o", "-", "•" stays at its start). The steps, in order:
1. lines: furniture lines (menus, breadcrumbs, captions …, see boilerplate.py) are set aside;
2. paragraphs: blank lines, list markers and sentence-final lines start a new paragraph; lines wrapped
   inside a paragraph (PDF text, hard-wrapped mail) are joined;
3. headings: titles, site names and section headings (no sentence-final punctuation) are not statements;
4. sentences: each paragraph is split at sentence ends, with abbreviations, initials, German ordinal
   dates, quotes and brackets protected, and with fallbacks for Chinese and Korean whose full stops
   were lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop_app.core import boilerplate
from desktop_app.core.language import cjk_count, detect_language, is_cjk, is_han, is_hangul
from desktop_app.core.model import Span, Statement

# ---------------------------------------------------------------------------------------------- markers

_MARKER = re.compile(
    r"""^(?:
        \d{1,2}[.)](?!\d)            # 1.  2)
      | \(\d{1,2}\)                  # (1)
      | [①-⑳]
      | [가-하][.)]                  # 가.  나)
      | \((?:[a-h]|[ivx]{1,4})\)      # (a)  (iv)
      | [a-h][.)](?=\s)              # a)  b.
      | [oOㅇ○◦●•·▪■□◆◇▶►➢✓–—*-]     # bullets ("o" as in MOFA readouts)
    )(?=\s)""",
    re.VERBOSE,
)
_GERMAN_MONTHS = "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
_DATE_NOT_MARKER = re.compile(rf"^\d{{1,2}}\.\s+(?:{_GERMAN_MONTHS}|bis\b)")


def list_marker(text: str) -> str:
    """The list marker that opens a paragraph ("1.", "o", "-" …), or ""."""
    if _DATE_NOT_MARKER.match(text):
        return ""
    match = _MARKER.match(text)
    if not match:
        return ""
    marker = match.group(0)
    # "o" is a bullet only before a capital letter or CJK ("o The two sides …"), not the word "o".
    rest = text[match.end():].lstrip()
    if marker in ("o", "O") and not (rest[:1].isupper() or (rest[:1] and is_cjk(rest[0]))):
        return ""
    return marker


# -------------------------------------------------------------------------------------- sentence ends

_TERMINAL = ".!?。！？…"
_TERMINAL_CHARACTER = re.compile(f"[{re.escape(_TERMINAL)}]")
_CLOSERS = "\"'”’“‘»)]）」』】〕"  # “ and ‘ close German quotations
# Quotations and titles (《…》 and 〈…〉 name a book, film or agreement): a "！" inside one ends nothing.
_OPEN_TO_CLOSE = {"“": "”", "„": "“", "«": "»", "「": "」", "『": "』", "‚": "‘", "《": "》", "〈": "〉"}
_BRACKETS = {"(": ")", "[": "]", "（": "）", "【": "】"}
_QUOTES_AND_BRACKETS = re.compile("[" + re.escape("".join(sorted(
    {'"', *_OPEN_TO_CLOSE, *_OPEN_TO_CLOSE.values(), *_BRACKETS, *_BRACKETS.values()}))) + "]")

# Abbreviations after which a full stop does not end the sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st gen col lt sgt capt adm gov sen amb hon rev messrs mt ft
    no nos nr art arts vol fig figs dept univ approx ca vs cf al e.g i.e viz
    jan feb mar apr jun jul aug sep sept oct nov dec
    z.b d.h u.a o.g bzw usw ggf vgl sog abs mio mrd jh evtl inkl bspw""".split()
)
# Abbreviations that also end sentences: a full stop after them ends one only before a sentence opener.
_AMBIGUOUS_ABBREVIATIONS = frozenset("etc inc ltd co corp u.s u.k u.n e.u a.m p.m u.s.a".split())
# Sentence openers are function words (pronouns, articles, question words, connectives), never names or
# titles: "I live in the U.S. How about you?" ends after "U.S.", "the U.S. President" and "U.S. Army" do not.
_SENTENCE_OPENERS = frozenset(
    """the a an this these those that there here they their them he his she her it its we our us i my
    you your how what why where who whom whose which when while if although though since because
    but and or so yet then now today yesterday tomorrow however meanwhile moreover also furthermore
    nevertheless instead still thus hence indeed in on at as after before during both each every
    all many most some such no not according""".split()
)
_ABBREV_TOKEN = re.compile(r"([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\.$")
_ABBREV_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")
_DIGITS_BEFORE = re.compile(r"(\d{1,4})\.$")
_NEXT_WORD = re.compile(r"\s*[\"'“‘„(]*([^\W\d_][\w'’-]*)")
_KOREAN_POLITE_END = re.compile(r"(?:습니다|니다|했다|한다|였다|이다|된다)(?=\s+[\"'“‘(]?[가-힣A-Z0-9])")
# Where a Chinese sentence typically opens; used only when a paragraph lost every 。 and every space.
_CHINESE_OPENERS = re.compile(
    r"(?<=[\u4e00-\u9fff])(?=(?:双方|两国元首|会谈前|会谈后|当晚|此外)[\u4e00-\u9fff])")
_XINHUA_DATELINE = re.compile(r"^\S{0,12}?电$")


@dataclass
class Segmentation:
    statements: list[Statement] = field(default_factory=list)
    boilerplate: list[Span] = field(default_factory=list)
    title: str | None = None


@dataclass
class _Paragraph:
    start: int
    end: int
    lines: list[tuple[int, int]]


# ------------------------------------------------------------------------------------------- the steps


def segment(text: str) -> Segmentation:
    """Split a readout's text into statements, and say which parts are not statements and why."""
    result = Segmentation()
    content_lines = _content_lines(text, result.boilerplate)
    paragraphs = _paragraphs(text, content_lines)
    body = _drop_headings(text, paragraphs, result)
    for number, para in enumerate(body):
        language = detect_language(text[para.start:para.end])
        for start, end in _sentences(text, para, language):
            sentence = text[start:end]
            result.statements.append(
                Statement(
                    index=len(result.statements),
                    start=start,
                    end=end,
                    paragraph=number,
                    text=sentence,
                    language=_statement_language(sentence, language),
                    marker=list_marker(sentence) if start == para.start else "",
                )
            )
    result.boilerplate.sort(key=lambda span: span.start)
    return result


def _content_lines(text: str, furniture: list[Span]) -> list[tuple[int, int] | None]:
    """Each line's stripped (start, end), or None for a blank or furniture line (recorded in `furniture`)."""
    lines: list[tuple[int, int] | None] = []
    position = 0
    for raw in text.split("\n"):
        start, end = position, position + len(raw)
        position = end + 1
        stripped = raw.strip()
        if not stripped:
            lines.append(None)
            continue
        start += len(raw) - len(raw.lstrip())
        end = start + len(stripped)
        reason = boilerplate.furniture_reason(stripped)
        if reason:
            furniture.append(Span(start, end, reason))
            lines.append(None)
            continue
        cut = boilerplate.caption_before_dateline(stripped)
        if cut:
            furniture.append(Span(start, start + len(stripped[:cut].rstrip()), "photo caption"))
            start += cut
        lines.append((start, end))
    return lines


def _paragraphs(text: str, lines: list[tuple[int, int] | None]) -> list[_Paragraph]:
    wrap_width = _wrap_width(text, lines)
    paragraphs: list[_Paragraph] = []
    current: _Paragraph | None = None
    after_gap = False
    for line in lines:
        if line is None:
            after_gap = True
            continue
        if current is not None and after_gap and not _runs_on(text, current.lines[-1], line):
            current = None
        after_gap = False
        if current is not None and _continues(text, current.lines[-1], line, wrap_width):
            current.lines.append(line)
            current.end = line[1]
            continue
        current = _Paragraph(line[0], line[1], [line])
        paragraphs.append(current)
    return _attach_lone_markers(text, paragraphs)


def _wrap_width(text: str, lines: list[tuple[int, int] | None]) -> int | None:
    """The width at which the text was hard-wrapped (PDF text, mail), or None if lines are paragraphs."""
    lengths = sorted(e - s for s, e in (line for line in lines if line))
    if len(lengths) < 6:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    near = sum(1 for n in lengths if n >= 0.75 * width)
    # Wrapped text has many lines close to one width; paragraphs-per-line text has a long tail.
    return width if width <= 200 and near >= 0.4 * len(lengths) else None


def _runs_on(text: str, previous: tuple[int, int], line: tuple[int, int]) -> bool:
    """A sentence cut by a blank line (a PDF's page break or a stray gap) goes on in lower case."""
    return not _ends_sentence(text[previous[0]:previous[1]]) and text[line[0]:line[1]][:1].islower()


def _continues(text: str, previous: tuple[int, int], line: tuple[int, int], wrap_width: int | None) -> bool:
    """Whether `line` continues the sentence of the line before it (a soft wrap)."""
    before = text[previous[0]:previous[1]]
    after = text[line[0]:line[1]]
    if list_marker(after) or _ends_sentence(before):
        return False
    if after[:1].islower() or before.endswith((",", "-", "–", "、", "，", "(", "and", "or")):
        return True
    if wrap_width is None:
        return False
    # A wrapped line is nearly full, or the next line's first word would not have fitted on it.
    next_word = after.split(maxsplit=1)[0]
    return len(before) >= 0.7 * wrap_width or len(before) + 1 + len(next_word) >= 0.85 * wrap_width


def _attach_lone_markers(text: str, paragraphs: list[_Paragraph]) -> list[_Paragraph]:
    """A marker alone on its line ("1." then the text on the next line) belongs to the next paragraph."""
    merged: list[_Paragraph] = []
    pending: _Paragraph | None = None
    for para in paragraphs:
        if pending is not None:
            para = _Paragraph(pending.start, para.end, pending.lines + para.lines)
            pending = None
        if list_marker(text[para.start:para.end] + " ") and para.end - para.start <= 4:
            pending = para
            continue
        merged.append(para)
    if pending is not None:
        merged.append(pending)
    return merged


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip(_CLOSERS + " ")
    if not stripped:
        return False
    if stripped[-1] in _TERMINAL + ":：;；":
        return True
    # Korean sentences end in a verb ending even where the full stop was lost.
    return stripped.endswith(("다", "니다", "요")) and is_hangul(stripped[-1])


# ------------------------------------------------------------------------------------------- headings


def _drop_headings(text: str, paragraphs: list[_Paragraph], result: Segmentation) -> list[_Paragraph]:
    """Keep the paragraphs that are statements; titles and headings become boilerplate."""
    body: list[_Paragraph] = []
    headings: list[_Paragraph] = []
    in_head = True
    for para in paragraphs:
        content = text[para.start:para.end]
        if _is_heading(content, in_head):
            headings.append(para)
            continue
        in_head = False
        body.append(para)
    if not body:  # a text of one unpunctuated line is still someone's statement
        return paragraphs
    for para in headings:
        result.boilerplate.append(Span(para.start, para.end, "heading"))
    result.title = _title(text, headings, body[0].start)
    return body


def _is_heading(content: str, in_head: bool) -> bool:
    if _ends_sentence(content):
        return False
    words = boilerplate.word_count(content)
    if in_head:
        # News headlines run long ("… Discuss Follow-up Measures Following the Korea–China Summit in
        # Beijing After a Seven-Year Hiatus"), but their words are capitalised as a title's are.
        return words <= 20 or (words <= 40 and _title_case_share(content) >= 0.8)
    if words > 20:
        return False
    if cjk_count(content) > len(content) / 2:
        return len(content) <= 15
    return words <= 3 or _title_case_share(content) >= 0.6


def _title_case_share(content: str) -> float:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", content) if len(w) >= 4]
    if not words:
        return 1.0
    return sum(w[0].isupper() for w in words) / len(words)


def _title(text: str, headings: list[_Paragraph], body_start: int) -> str | None:
    """The page title: the last heading of three words or more before the body."""
    before = [text[p.start:p.end] for p in headings if p.end <= body_start]
    for candidate in reversed(before):
        if boilerplate.word_count(candidate) >= 3:
            return " ".join(candidate.split())
    return " ".join(before[-1].split()) if before else None


# ------------------------------------------------------------------------------------------- sentences


def _sentences(text: str, para: _Paragraph, language: str) -> list[tuple[int, int]]:
    content = text[para.start:para.end]
    cuts = _sentence_ends(content, language)
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in [*cuts, len(content)]:
        piece = content[start:cut]
        stripped = piece.strip()
        if stripped:
            offset = para.start + start + (len(piece) - len(piece.lstrip()))
            spans.append((offset, offset + len(stripped)))
        start = cut
    return _merge_fragments(text, spans)


def _sentence_ends(content: str, language: str) -> list[int]:
    """Offsets in `content` just after each sentence end, not including the last one at the end."""
    protected = _protected_ranges(content)
    markers = _inline_list_markers(content)
    ellipsis_dots = _spaced_ellipsis_dots(content)
    cuts: list[int] = [start for start, _ in markers]
    marker_dots = {dot for _, dot in markers}
    # “ closes a German quotation but opens a Chinese one: '…好吗？”“好！”' ends before the second “.
    openers = {start for start, _ in protected}
    for terminal in _TERMINAL_CHARACTER.finditer(content):
        i, ch = terminal.start(), terminal.group()
        if i in marker_dots or ellipsis_dots.get(i) is False:
            continue
        end = i + 1
        while end < len(content) and content[end] in _CLOSERS and end not in openers:
            end += 1
        if end >= len(content) or _is_protected(i, end, protected):
            continue
        if end > i + 1 and content[end] in "。！？.":
            continue  # '说『我是谁？』。': the full stop after the quotation ends the sentence
        if ch in "。！？" or (ch in ".!?" and _ends_here(content, i, end)):
            if not cuts or cuts[-1] != end:
                cuts.append(end)
    cuts.extend(_lost_full_stops(content, language))
    return sorted(set(cuts))


_NUMBERED_MARKER = re.compile(r"(\d{1,2})([.)])\s")
_SPACED_ELLIPSIS = re.compile(r"\.(?: \.){2,}")


def _inline_list_markers(content: str) -> list[tuple[int, int]]:
    """Numbered items run on in one paragraph ("1. The first item 2. The second item").

    Each next number ("2.", then "3." …) in the style of the paragraph's opening marker, after a space
    and before a capital, starts a statement: (where the number starts, where its "." or ")" is).
    """
    opening = _NUMBERED_MARKER.match(content)
    if not opening or not list_marker(content):
        return []
    expected, style = int(opening.group(1)) + 1, opening.group(2)
    found: list[tuple[int, int]] = []
    position = opening.end()
    while True:
        pattern = re.compile(rf"(?<=\s){expected}{re.escape(style)}\s+(?=[\"“(]?[A-Z])")
        match = pattern.search(content, position)
        if not match:
            return found
        found.append((match.start(), match.start() + len(str(expected))))
        expected += 1
        position = match.end()


def _spaced_ellipsis_dots(content: str) -> dict[int, bool]:
    """The dots of spaced ellipses (". . ."): whether each may end a sentence.

    Three spaced dots leave words out inside a sentence ("see . . . what I'm saying"); four are a full
    stop and an ellipsis ("with a period . . . . Next sentence"), and only their last dot may end it.
    """
    dots: dict[int, bool] = {}
    for match in _SPACED_ELLIPSIS.finditer(content):
        run = range(match.start(), match.end(), 2)
        for dot in run:
            dots[dot] = False
        if len(run) >= 4:
            dots[match.end() - 1] = True
    return dots


def _ends_here(content: str, i: int, end: int) -> bool:
    """Whether the '.', '!' or '?' at `i` (closers running to `end`) ends a sentence."""
    rest = content[end:]
    if not rest[:1].isspace():
        # A lost space after a full stop: "steadily.In" (but not "U.S." or "3.5" or "ajunews.com").
        return content[i] == "." and bool(re.match(r"[a-z]{2}", content[max(0, i - 2):i])) and bool(
            re.match(r"[A-Z][a-z]", rest)
        ) and end == i + 1
    following = rest.lstrip()
    if not following:
        return True
    if following[0].islower() and not is_cjk(following[0]):
        return False  # "approx. five", "11. bis 12. Dezember"
    if content[i] != ".":
        return True
    # Both patterns end at the full stop: searched from where a match can start, not from the paragraph's
    # start (a long paragraph has many full stops).
    digits = _DIGITS_BEFORE.search(content, max(0, i - 4), i + 1)
    if digits and _is_ordinal_date(digits, following):
        return False
    word_start = i
    while word_start > 0 and content[word_start - 1] in _ABBREV_CHARACTERS:
        word_start -= 1
    token_match = _ABBREV_TOKEN.search(content, word_start, i + 1)
    if not token_match:
        return True
    token = token_match.group(1)
    lowered = token.lower()
    if len(token) == 1:
        return False  # an initial: "S. Korea", "J. Smith", German "z. B."
    if lowered in _ABBREVIATIONS:
        return False
    if lowered in _AMBIGUOUS_ABBREVIATIONS:
        next_word = _NEXT_WORD.match(following)
        return bool(next_word and next_word.group(1).lower() in _SENTENCE_OPENERS)
    return True


def _is_ordinal_date(digits: re.Match[str], following: str) -> bool:
    """German "12. Dezember", "1. November": a day number, not the end of a sentence."""
    return int(digits.group(1)) <= 31 and bool(re.match(rf"(?:{_GERMAN_MONTHS})\b", following))


def _protected_ranges(content: str) -> list[tuple[int, int]]:
    """Quotations and brackets that close within the paragraph: sentence ends inside them do not count."""
    ranges: list[tuple[int, int]] = []
    straight_quotes = content.count('"') % 2 == 0
    stack: list[tuple[str, int]] = []
    for found in _QUOTES_AND_BRACKETS.finditer(content):  # the only characters that open or close
        i, ch = found.start(), found.group()
        if stack and ch == stack[-1][0]:
            _closer, start = stack.pop()
            if not stack:
                ranges.append((start, i))
            continue
        if ch == '"' and straight_quotes:
            stack.append(('"', i))
        elif ch in _OPEN_TO_CLOSE and ch != "‚":
            stack.append((_OPEN_TO_CLOSE[ch], i))
        elif ch in _BRACKETS:
            stack.append((_BRACKETS[ch], i))
    # Whatever never closed protects nothing: a stray quote must not swallow the paragraph.
    return ranges


def _is_protected(i: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether the sentence end at `i` (closers running to `end`) lies inside a quotation or bracket.

    When the closers after it close every quotation around it ('… we agree." The two sides …'), the
    quotation and the sentence end together, and it is not protected.
    """
    return any(start < i and close >= end for start, close in ranges)


def _lost_full_stops(content: str, language: str) -> list[int]:
    """Sentence ends in Chinese or Korean text whose full stops were lost in copying."""
    if language == "zh" and not any(c in "。！？" for c in content) and len(content) > 40:
        return _chinese_breaks(content)
    if language == "ko":
        return [m.end() for m in _KOREAN_POLITE_END.finditer(content)]
    return []


def _chinese_breaks(content: str) -> list[int]:
    breaks: list[int] = []
    # Chinese is written without spaces, so a space between two Han characters is where a 。 was.
    for match in re.finditer(r"(?<=[\u4e00-\u9fff”）])[ \u3000\t]+(?=[\u4e00-\u9fff“（])", content):
        head = content[: match.start()]
        if not _XINHUA_DATELINE.match(head.split("。")[-1].strip()):
            breaks.append(match.start())
    if not breaks:
        breaks = [m.start() for m in _CHINESE_OPENERS.finditer(content)]
    return breaks


def _merge_fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A piece with no letters ("1.", "…") is joined to the sentence after it."""
    merged: list[tuple[int, int]] = []
    carry: int | None = None
    for start, end in spans:
        if carry is not None:
            start, carry = carry, None
        if not any(c.isalpha() or is_han(c) for c in text[start:end]):
            carry = start
            continue
        merged.append((start, end))
    if carry is not None:
        if merged:
            merged[-1] = (merged[-1][0], spans[-1][1])
        else:
            merged.append((carry, spans[-1][1]))
    return merged


def _statement_language(sentence: str, paragraph_language: str) -> str:
    language = detect_language(sentence)
    return paragraph_language if language == "und" else language
