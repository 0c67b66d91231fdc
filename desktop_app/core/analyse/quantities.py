"""Numbers, dates and time expressions in readout statements, in English, Korean, Chinese and German.

"400 billion dollars", "4천억 달러" and "4000亿美元" are all 4e11; "April 20", "4월 20일", "4月20日" and
"20. April" are all 04-20; "2029年至2030年" is the period 2029–2030. Such values let statements in
different languages meet, and tell where two readouts give different figures or dates for the same
point. Each value keeps the words it was written with, so a reason can quote the text, never a value
the text does not contain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_EN_SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mn": 1e6, "bn": 1e9,
    "tausend": 1e3, "millionen": 1e6, "million€": 1e6, "milliarden": 1e9, "milliarde": 1e9, "mrd": 1e9,
    "mio": 1e6, "billionen": 1e12,
}
_CJK_SCALES = {"十": 10, "百": 100, "千": 1e3, "천": 1e3, "백": 100, "万": 1e4, "만": 1e4, "萬": 1e4,
               "亿": 1e8, "億": 1e8, "억": 1e8, "兆": 1e12, "조": 1e12}
_CJK_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
               "八": 8, "九": 9}
_WORD_NUMBERS = {
    # "one" and "two" are left out: "the two sides", "one China" are no figures.
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50,
    "hundred": 100,
    "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "zwölf": 12, "zwanzig": 20,
}
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
    "januar": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))

_LATIN_NUMBER = re.compile(
    r"(?<![A-Za-z0-9.])(?<![A-Za-z]-)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?"
    r"(?![\d.,]*\s*[十百千천백万만萬亿億억兆조])"  # "4천억" is read below, as one figure
    r"(?:\s*(%|percent|per cent|prozent)"
    r"|\s*-?\s*(thousand|million|billion|trillion|bn|mn|tausend|millionen|milliarden|milliarde|mrd\.?|mio\.?)\b)?",
    re.IGNORECASE,
)
_CJK_NUMBER = re.compile(
    r"(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s*((?:[十百千천백万만萬亿億억兆조])+)?")
_WORD = re.compile(r"[^\W\d_]+")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff\uac00-\ud7a3]")

# The lookahead lets the scan skip at once every word that is not followed by a day number.
_EN_DATE = re.compile(rf"\b(?=[^\W\d_]{{3,9}}\.?\s+\d)({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b"
                      rf"(?:,?\s*(\d{{4}}))?",
                      re.IGNORECASE)
_DE_DATE = re.compile(rf"\b(\d{{1,2}})\.\s*(?:bis\s+\d{{1,2}}\.\s*)?({_MONTH_NAMES})\b(?:\s+(\d{{4}}))?",
                      re.IGNORECASE)
_CJK_DATE = re.compile(r"(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
# A month without a day ("in September", "9월", "9月"): the time of an event the other side may put
# in another month.
_EN_MONTH = re.compile(rf"\b(?:in|by|from|until|of|im|bis|ab)\s+(?:early\s+|late\s+|mid-)?({_MONTH_NAMES})\b",
                       re.IGNORECASE)
_CJK_MONTH = re.compile(r"(?<!\d)(\d{1,2})\s*[月월](?!\s*\d)")
_CJK_DAY = re.compile(r"(?<![\d月월])(\d{1,2})\s*[日일](?!\s*[본元])")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# A span of years written as one period: "2029年至2030年", "2029–2030", "2029년부터 2030년까지".
_YEAR_RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[年년]?\s*"
                         r"(?:부터|至|到|-|–|—|~|～|to|through|until|bis)\s*"
                         r"((?:19|20)\d{2})(?![\d-])(?:\s*[年년](?:까지)?)?", re.IGNORECASE)

# Relative time expressions: when something is to happen. Readouts often disagree on exactly these.
_TIME_EXPRESSIONS: dict[str, tuple[str, ...]] = {
    "this year": ("this year", "within the year", "올해", "금년", "연내", "年内", "今年", "dieses jahr",
                  "in diesem jahr"),
    "next year": ("next year", "내년", "明年", "nächstes jahr", "im kommenden jahr"),
    "last year": ("last year", "작년", "지난해", "去年", "letztes jahr", "im vergangenen jahr"),
    "first half": ("first half", "상반기", "上半年", "ersten halbjahr", "erste jahreshälfte"),
    "second half": ("second half", "하반기", "下半年", "zweiten halbjahr", "zweite jahreshälfte"),
    "early date": ("at an early date", "as soon as possible", "at the earliest", "조속히", "조기에", "早日",
                   "尽早", "so bald wie möglich", "baldmöglichst"),
    "end of year": ("end of the year", "year-end", "연말", "年底", "年末", "jahresende"),
    "last month": ("last month", "지난달", "上月", "letzten monat"),
    "next month": ("next month", "다음 달", "下月", "nächsten monat"),
    # No date at all, but a time left open: readouts that differ here differ on a commitment.
    "convenient time": ("mutually convenient time", "time convenient to both", "convenient time",
                        "편리한 시기", "方便的时候", "方便时", "方便的時候"),
    "in due course": ("in due course", "at an appropriate time", "at the appropriate time", "적절한 시기",
                      "适时", "適時", "zu gegebener zeit"),
}
# "An early relaunch", "the early resumption": an event wanted soon sets the deadline "at an early date"
# does, in other words (a stage, a season or a part of a period is no deadline).
_EARLY_EVENT = re.compile(r"\b(?:an|the)\s+early\s+(?!(?:stages?|days?|years?|months?|weeks?|hours?|part|"
                          r"period|phase|morning|evening|spring|summer|autumn|fall|winter|warning)\b)[a-z]+",
                          re.IGNORECASE)
# "By the end of 2028", "2028년 말까지": the end of a year named, as "2028年底" already is by "年底".
_YEAR_END = re.compile(r"\bend of (?:19|20)\d{2}\b|(?:19|20)\d{2}\s*년\s*말", re.IGNORECASE)
# "Last month" and "next month" name a month once the meeting's month is known.
RELATIVE_MONTHS = {"last month": -1, "next month": 1}
RELATIVE_YEARS = {"last year": -1, "this year": 0, "next year": 1}


@dataclass
class Quantities:
    numbers: set[float] = field(default_factory=set)  # every figure, scaled ("400 billion" → 4e11)
    dates: set[str] = field(default_factory=set)  # "MM-DD", or "MM" for a month named without a day
    years: set[int] = field(default_factory=set)
    times: set[str] = field(default_factory=set)  # relative time expressions ("next year", "first half")
    periods: set[tuple[int, int]] = field(default_factory=set)  # spans of years written as one: (2029, 2030)
    ordinals: set[float] = field(default_factory=set)  # which one, not how many: "9th", "제9차", "第9届" → 9
    # How each value is written in the text, by key: "year:2029", "period:2029-2030", "date:04-20",
    # "month:09", "time:this year", "number:400000000000".
    written: dict[str, str] = field(default_factory=dict)


def number_key(value: float) -> str:
    return f"number:{value:g}"


# An ordinal names which one ("the 9th summit", "제9차", "第9届"), not how many. Its digits stay among the
# numbers the aligner compares, but a verdict compares it only with ordinals: "the 9th" and "9 years" are
# not the same figure. An anniversary is a count of years ("the 25th anniversary" is 建交25年).
_ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b(?!\s+anniversary)|제\s?(\d{1,3})|(\d{1,3})\s?번째"
                      r"|第\s?(\d{1,3})")


def extract_quantities(text: str) -> Quantities:
    found = Quantities()
    text_for_numbers = _take_dates(text, found)
    found.ordinals = {float(next(g for g in m.groups() if g)) for m in _ORDINAL.finditer(text_for_numbers)}
    for value, words in _numbers(text_for_numbers):
        if value.is_integer() and 1900 <= value <= 2100:
            found.years.add(int(value))
            found.written.setdefault(f"year:{int(value)}", words)
        found.numbers.add(value)
        found.written.setdefault(number_key(value), words)
    lowered = text.lower()
    for name, phrases in _TIME_EXPRESSIONS.items():
        for phrase in phrases:
            at = lowered.find(phrase)
            if at >= 0:
                found.times.add(name)
                found.written.setdefault(f"time:{name}", text[at:at + len(phrase)])
                break
    year_end = _YEAR_END.search(text) if "end of year" not in found.times else None
    if year_end:
        found.times.add("end of year")
        found.written.setdefault("time:end of year", year_end.group(0))
    event = _EARLY_EVENT.search(text) if "early date" not in found.times else None
    if event:
        found.times.add("early date")
        found.written.setdefault("time:early date", event.group(0))
    return found


def _take_dates(text: str, found: Quantities) -> str:
    """Record the dates in `text` and return it with them blanked out, so their digits are not figures."""
    spans: list[tuple[int, int]] = []
    for match in _YEAR_RANGE.finditer(text):
        first, last = int(match.group(1)), int(match.group(2))
        if first < last:  # the years stay years too: a period still meets either of its years
            found.periods.add((first, last))
            found.written.setdefault(f"period:{first}-{last}", match.group(0).strip())
    for match in _EN_DATE.finditer(text):
        _add_date(found, match.group(3), _MONTHS[match.group(1).lower()], match.group(2), match.group(0))
        spans.append(match.span())
    for match in _DE_DATE.finditer(text):
        _add_date(found, match.group(3), _MONTHS[match.group(2).lower()], match.group(1), match.group(0))
        spans.append(match.span())
    cjk = _CJK_CHAR.search(text) is not None  # the CJK patterns cannot match Latin-only text
    for pattern in (_EN_MONTH, _CJK_MONTH) if cjk else (_EN_MONTH,):
        for match in pattern.finditer(text):
            if match.start(1) not in {start for start, _ in spans}:
                month = _MONTHS.get(match.group(1).lower()) or int(match.group(1))
                if 1 <= month <= 12:
                    found.dates.add(f"{month:02d}")
                    found.written.setdefault(f"month:{month:02d}", match.group(0).strip())
                    spans.append(match.span(1))
    for match in _CJK_DAY.finditer(text) if cjk else ():  # "20日下午": a day of the month given before
        spans.append(match.span())
    for pattern in (_CJK_DATE, _ISO_DATE) if cjk else (_ISO_DATE,):
        for match in pattern.finditer(text):
            _add_date(found, match.group(1), int(match.group(2)), match.group(3), match.group(0))
            spans.append(match.span())
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _add_date(found: Quantities, year: str | None, month: int, day: str, words: str) -> None:
    if not 1 <= month <= 12 or not 1 <= int(day) <= 31:
        return
    found.dates.add(f"{month:02d}-{int(day):02d}")
    found.written.setdefault(f"date:{month:02d}-{int(day):02d}", words.strip())
    if year:
        found.years.add(int(year))
        found.written.setdefault(f"year:{int(year)}", words.strip())


def _numbers(text: str) -> list[tuple[float, str]]:
    """Every figure in `text`, with the words it is written in."""
    values: list[tuple[float, str]] = []
    for match in _LATIN_NUMBER.finditer(text):
        whole, fraction, percent, scale = match.groups()
        value = float(whole.replace(",", "") + ("." + fraction if fraction else ""))
        if scale:
            value *= _EN_SCALES[scale.lower().rstrip(".")]
        values.append((value, match.group(0).strip()))
    for match in _CJK_NUMBER.finditer(text) if _CJK_CHAR.search(text) else ():
        digits, units = match.groups()
        if not units and not digits[0].isdigit() and len(digits) == 1 and digits not in "十百千":
            continue  # a lone 一/二 is a word ("一道", "二者"), not a figure
        if not units and digits[0].isdigit():
            continue  # plain digits are found above
        value = _cjk_value(digits, units or "")
        if value:
            values.append((value, match.group(0).strip()))
    values.extend((float(_WORD_NUMBERS[w.lower()]), w) for w in _WORD.findall(text)
                  if w.lower() in _WORD_NUMBERS)
    return values


def _cjk_value(digits: str, units: str) -> float:
    """4 + "천억" → 4e11; "三十六" → 36; 1.5 + "万" → 15000."""
    if digits[0].isdigit():
        value = float(digits)
    else:
        value = _chinese_numeral(digits)
    for unit in units:
        value *= _CJK_SCALES[unit]
    return value


def _chinese_numeral(numeral: str) -> float:
    total, current = 0.0, 0.0
    for ch in numeral:
        if ch in _CJK_DIGITS:
            current = _CJK_DIGITS[ch]
        else:  # 十 百 千
            total += (current or 1) * _CJK_SCALES[ch]
            current = 0
    return total + current
