"""Reading a readout file (or pasted text) into plain text.

`read_file` accepts .txt/.text, .md/.markdown, .html/.htm/.xhtml (a page saved from a ministry's site),
.docx and .pdf. The suffix picks the reader, but the content is sniffed too: a PDF, image or ZIP saved
as .txt is recognised, and an HTML page saved as .txt is read as HTML. Files larger than
`MAX_FILE_BYTES` (20 MB), or whose text is longer than `MAX_TEXT_CHARS` (a million characters), are
refused: readouts are a few pages, and a bigger file is almost certainly the wrong one.

Every failure is a `DocumentError` whose message is one line for the user, starting with the file name.
"""

from __future__ import annotations

import codecs
import io
import itertools
import logging
import re
import unicodedata
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .fileio import FileTooLarge, NotRegularFile, read_regular_file
from .model import DocumentError

if TYPE_CHECKING:  # the format libraries are imported when first needed: they cost ~0.4 s at start-up
    from bs4 import BeautifulSoup, Tag
    from docx.document import Document as DocxDocument
    from docx.table import Table
    from lxml.etree import _Element
    from pypdf import PdfReader

MAX_FILE_BYTES = 20 * 1024 * 1024  # 20 MB: far above any readout, low enough to refuse a wrong file fast
# The text itself: a million characters are about 5,000 statements, which load in a few seconds and
# align in under a minute and 1 GB. A readout is a few thousand characters; a PDF or Word file may be
# megabytes for little text, which is why the file limit is higher.
MAX_TEXT_CHARS = 1_000_000

TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md"}
# Every suffix a readout file may have: what file dialogs offer and a batch folder takes.
READABLE_SUFFIXES = (*TEXT_SUFFIXES, ".html", ".htm", ".docx", ".pdf")
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


@dataclass
class RawText:
    text: str  # "\n" line ends, no BOM; paragraphs separated by a blank line where the format knows them
    format: str  # "txt" | "md" | "html" | "docx" | "pdf" | "text"
    encoding: str | None  # codec actually used; None for docx/pdf/pasted text
    encoding_detected: bool  # False when the caller forced the encoding
    title: str | None = None  # HTML <title>, DOCX core title or PDF metadata title
    warnings: list[str] = field(default_factory=list)  # one-line notes for the user


# --------------------------------------------------------------------------- errors


def _one_line(text: str, limit: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _error(name: str, message: str) -> DocumentError:
    return DocumentError(_one_line(f"{name}: {message}", 300))


def _reason(exc: BaseException) -> str:
    """A short, one-line reason taken from a library exception, for the end of a user message."""
    text = _one_line(str(exc), 100)
    return f" ({text})" if text else f" ({type(exc).__name__})"


def _format_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


# --------------------------------------------------------------------------- text clean-up

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")  # C0 controls except \t \n \f \r, plus DEL


def _normalise_newlines(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\f", "\n\n")


def _clean_text(text: str) -> str:
    """Newlines to "\\n", BOMs and stray control characters (NUL, DOS end-of-file …) removed."""
    text = _normalise_newlines(text).replace("\ufeff", "")
    return _CONTROL.sub("", text).strip()


def _visible(text: str) -> bool:
    """Whether the text shows anything: not only spaces, zero-width and other format characters."""
    return any(not c.isspace() and unicodedata.category(c) not in ("Cf", "Cc", "Zs") for c in text)


def _control_share(text: str) -> float:
    """Share of control characters: high in a binary file that happened to decode."""
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


# --------------------------------------------------------------------------- encodings

# Names a user or a page may give for an encoding, mapped to the superset Python should decode with:
# pages labelled EUC-KR or GB2312 routinely use characters only their Windows supersets define.
_SUPERSETS = {
    "euc_kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "ksc5601": "cp949",
    "korean": "cp949",
    "windows-949": "cp949",
    "x-windows-949": "cp949",
    "uhc": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "windows-936": "gb18030",
    "x-gbk": "gb18030",
}
# Browsers read pages labelled Latin-1 or ASCII as Windows-1252, so Parallax does too.
_HTML_LABELS = {"iso8859-1": "cp1252", "ascii": "cp1252"}

_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]


def _codec_name(encoding: str) -> str | None:
    """Python's canonical name for an encoding label (superset applied), or None if unknown."""
    label = encoding.strip().lower()
    try:
        info = codecs.lookup(_SUPERSETS.get(label, label))
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True):  # base64, rot13, zlib …: codecs, not encodings
        return None
    return _SUPERSETS.get(info.name, info.name)


def _decode_forced(data: bytes, encoding: str, name: str) -> str:
    codec = _codec_name(encoding)
    if codec is None and encoding.strip().lower().replace("_", "-") in ("euc-tw", "x-euc-tw", "euctw"):
        raise _error(name, "Parallax cannot read EUC-TW; save the file as UTF-8 or Big5 and open it again")
    if codec is None:
        raise _error(name, f"unknown encoding '{_one_line(encoding, 40)}'")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise _error(name, f"the text is not valid {encoding} (bad byte at position {exc.start})") from None
    except UnicodeError:  # codecs such as "undefined" or "punycode" fail without a position
        raise _error(name, f"the text cannot be read as {_one_line(encoding, 40)}") from None
    return text


def _bom_codec(data: bytes) -> tuple[str, int] | None:
    """The codec a byte-order mark announces, and the BOM's length."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


_ISO_2022_KR_DESIGNATION = b"\x1b$)C"


def _utf32_without_bom(data: bytes) -> str | None:
    """UTF-32 LE or BE when each four bytes hold one character: the top byte is NUL in every one, the
    next in every character of the Basic Multilingual Plane, the lowest almost never."""
    if len(data) < 8 or len(data) % 4:
        return None
    sample = data[:8192]
    units = len(sample) // 4
    zeros = [sample[k::4].count(0) for k in range(4)]
    if zeros[3] == units and zeros[2] >= 0.9 * units and zeros[0] <= 0.02 * units:
        return "utf-32-le"
    if zeros[0] == units and zeros[1] >= 0.9 * units and zeros[3] <= 0.02 * units:
        return "utf-32-be"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 LE or BE when NUL bytes sit on one side of each pair, as ASCII in UTF-16 does."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    pairs = len(sample) // 2
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    if zeros_odd >= 0.25 * pairs and zeros_even <= 0.02 * pairs:
        return "utf-16-le"
    if zeros_even >= 0.25 * pairs and zeros_odd <= 0.02 * pairs:
        return "utf-16-be"
    return None


# Plausibility lists for the legacy CJK encodings. A wrong codec turns the bytes into a random sample
# of its character set, while real text is dominated by a few hundred frequent characters, so the share
# of frequent characters tells the right decoding from the wrong ones even in a sentence or two.
_COMMON_HANGUL = frozenset(
    "이다의는에을하고를기가한지로서사리정대도자수어있적시일인구장국과나전보주제상해부스조라화위으성중것소"
    "동들문원개습니했며여경아게러우관회면였내방만생유무까비발세년요계트선신던공연거행후용물실분음할되금학"
    "안않통미결마작명력교식합치양재단히와오업체드심진저호산형현른영반간말외된께터차날같당표집약데받추모협"
    "은님없령측담평북핵강희망논속투야급청류밝혔확및등겠처럼번늘최근앞더욱또그특파션옵값름함패입프크바버키"
    "디설못열출메블잘변록료레목테환브렉필타태코복읽너었베본르십려포항커알줄임때래페절접랜퍼능카색칼았끝템"
    "건법참덱준찾각새검증밋백초종예매티든두쓰링클텍됨져널택숫활램배역플운쓸딩삭권렬닙림축토규올릴허범병젝"
    "룹째쪽뒤압따턴볼런언슬잭암별석순헤완꾸불맞남길존글됩루막케쿼롤듈컨많폴립졌노돌될격빠점향셸네피컬꿀릭"
    "젯직웨움칙잠독캐냅닌뉴셋빈창붙충누듭콜닫족뷰벗밀콘워취큰린켓란효났묶감핑달락편꼴뜀울덮퀀롯엔윈왼갈혹"
    "긴슈응침탭살략채섬픽손깁씁짜객떤먼갑덤셀"
)
_COMMON_HAN = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里"
    "用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实"
    "日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政"
    "美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员"
    "解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件"
    "计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象"
    "完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改"
    "收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调"
    "深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企"
    "八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列"
    "武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供"
    "效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值"
    "仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳"
    "若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷"
    "洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈"
    "刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央"
    "户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙韩鲜"
    "贸稳伙伴磋沟繁荣邻携链畅访邀席這們來國為時會說對過發後從動還進現樣經開實點體問種見聽當頭無長關與學麼"
    "語機氣應將邊義專業務議協貿雙總統談領導區際東亞臺灣韓華並於設產該戰員達認識條計資車門傳話書讓歡樂視電"
    "網聯繫處權決選舉張個裡間題歲號萬兩嗎雖親遠運連歷報場變聲數愛濟穩島鮮夥係願溝維榮鄰攜鏈暢訪記錄團結構"
    "積極參內強調符输录误库败码签键删编操钥软含函默启串移档允匹径归载缺束忽缓端析窗返址页缩瓦询闭添锁替择"
    "萨跳隔扩塔禁触描辑仓宽补丁搜塞译檔項輸標錯稱誤訊組顯沒碼敗執鍵讀預啟寫請鑰類態編庫則套狀證換單爾刪徑"
    "援簽圖準塊別確複裝規載線併轉封馬製範縮檢暫籤須擇衝欄尋伺驗許試屬級軟譯憑羅蘭圍尾頁寬註離備給壓憶補閉"
    "終棄蹤納輯尚盤斷損"
)


_COMMON_HAN_OR_HANGUL = _COMMON_HAN | _COMMON_HANGUL  # GB18030 also encodes Hangul


_CORE_WEIGHT = 0.4  # credit for a character of the codec's everyday core that is not in the lists
_SCORE_SAMPLE = 100_000  # characters scored: plenty to decide, fast on a 20 MB file
_SPACED_BONUS = 0.3  # Hangul words separated by spaces: a strong sign of Korean


def _in_core_set(ch: str, codec: str) -> bool:
    """Whether `ch` is in the frequently used core of the codec's character set.

    KS X 1001 holds the 2,350 Hangul syllables in everyday use, GB2312 level 1 the 3,755 most used
    simplified characters, Big5 level 1 the 5,401 most used traditional ones.
    """
    try:
        if codec == "cp949":
            return "\uac00" <= ch <= "\ud7a3" and len(ch.encode("euc_kr")) == 2
        if codec == "gb18030":
            return 0xB0 <= ch.encode("gb2312")[0] <= 0xD7
        return b"\xa4\x40" <= ch.encode("big5") <= b"\xc6\x7e"
    except UnicodeEncodeError:
        return False


# Typographic punctuation every CJK codec has: an English or German text saved in CP949 or GBK may
# have no other non-ASCII characters than these.
_TYPOGRAPHIC = frozenset("‘’“”–—…·•„‚«»\u00a0\u3000")


def _plausibility(text: str, codec: str) -> float:
    """How much the non-ASCII part of `text` looks like real text in the codec's language (≤ 1)."""
    letters = good = bad = 0.0
    common = _COMMON_HANGUL if codec == "cp949" else _COMMON_HAN_OR_HANGUL
    for ch in text[:_SCORE_SAMPLE]:
        if ch < "\x80":
            continue
        if ch in _TYPOGRAPHIC:
            letters += 1
            good += 1
            continue
        category = unicodedata.category(ch)
        if category in ("Co", "Cn", "Cc", "Cs") or ch == "\ufffd":
            bad += 1
        elif category.startswith("L"):
            letters += 1
            good += 1.0 if ch in common else _CORE_WEIGHT if _in_core_set(ch, codec) else 0.0
    if letters + bad == 0:
        return 0.0
    return (good - 3 * bad) / (letters + bad)


_SPACED_HANGUL = re.compile(r"[\uac00-\ud7a3][ \t]+[\uac00-\ud7a3]")
_HANJA = re.compile(r"[\u4e00-\u9fff\uf900-\ufaff]")


def _is_spaced_korean(text: str) -> bool:
    """Hangul words separated by spaces and no Hanja: Korean, not Chinese that happened to decode."""
    hangul = sum(1 for ch in text if "\uac00" <= ch <= "\ud7a3")
    return hangul >= 4 and not _HANJA.search(text) and _SPACED_HANGUL.search(text) is not None


def _best_legacy_cjk(data: bytes) -> tuple[float, str, str] | None:
    """(plausibility, text, codec) of the best legacy CJK decoding, or None when none decodes."""
    best: tuple[float, str, str] | None = None
    for codec in ("cp949", "gb18030", "big5"):  # ties go to the first: Korean, then simplified Chinese
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text, codec)
        if codec == "cp949" and _is_spaced_korean(text):
            score += _SPACED_BONUS
        if best is None or score > best[0]:
            best = (score, text, codec)
    return best


_HIGH_RUN = re.compile(r"[^\x00-\x7f]{2,}")


def _decode_western(data: bytes, strict: bool = True) -> tuple[str, str] | None:
    """cp1252 when the non-ASCII characters are Latin letters and punctuation (umlauts, quotes).

    Multi-byte CJK text read as cp1252 turns into runs of accented letters ("°Ë»ö"), which real western
    text rarely has; `strict` rules such runs out.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    high = [ch for ch in text if ch >= "\x80"]
    if not high:
        return text, "cp1252"
    latin = sum(1 for ch in high if ch.isalpha() and ch <= "\u024f" or unicodedata.category(ch)[0] in "PSZ")
    in_runs = sum(len(run) for run in _HIGH_RUN.findall(text))
    if latin / len(high) < 0.9 or (strict and in_runs / len(high) > 0.3):
        return None
    return text, "cp1252"


def _decode_charset_normalizer(data: bytes) -> tuple[str, str] | None:
    """Last resort for encodings Parallax does not score itself (Shift_JIS, KOI8-R …)."""
    try:
        from charset_normalizer import from_bytes

        match = from_bytes(data).best()
    except Exception:  # a detector failure only means "unknown"
        return None
    if match is None or match.encoding is None:
        return None
    codec = _codec_name(match.encoding) or match.encoding
    try:
        return data.decode(codec), codec
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes, name: str) -> tuple[str, str]:
    bom = _bom_codec(data)
    if bom is not None:
        codec, size = bom
        try:
            return data[size:].decode(codec.replace("-sig", "")), codec
        except UnicodeDecodeError:
            raise _error(name, f"the file has a {codec} byte-order mark but is not valid {codec}") from None
    for wide in (_utf32_without_bom(data), _utf16_without_bom(data)):
        if wide is not None:
            try:
                return data.decode(wide), wide
            except UnicodeDecodeError:
                pass
    if _ISO_2022_KR_DESIGNATION in data[:4096]:
        try:  # 7-bit Korean mail encoding: ASCII bytes with shifts, which UTF-8 would read as controls
            return data.decode("iso2022_kr"), "iso2022_kr"
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise _error(name, "this looks like a binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = _decode_mostly_utf8(data)
    if mixed is not None:
        return mixed, "utf-8"
    return _detect_legacy(data, name)


_MIXED_BYTES_SHARE = 0.01  # at most this share of a UTF-8 file's bytes may be stray Windows-1252 bytes


def _decode_mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray Windows-1252 bytes (a file edited in two programs: "Zürich" and "M\xfcnchen"),
    each stray byte read as Windows-1252. None unless the rest really is UTF-8 with non-ASCII in it and
    every stray byte stands alone between ASCII characters, as a Latin letter does: Korean or Chinese
    legacy bytes come in pairs, and some pairs happen to be valid UTF-8."""
    text = data.decode("utf-8", errors="surrogateescape")  # a stray byte b becomes U+DC00 + b
    stray = [i for i, c in enumerate(text) if "\udc80" <= c <= "\udcff"]
    if not stray or len(stray) > max(3, _MIXED_BYTES_SHARE * len(data)):
        return None
    if all(c.isascii() or "\udc80" <= c <= "\udcff" for c in text):
        return None  # no UTF-8 beyond ASCII: nothing says it is UTF-8 at all
    if not all((i == 0 or text[i - 1].isascii()) and (i + 1 == len(text) or text[i + 1].isascii())
               for i in stray):
        return None
    return "".join(_cp1252_char(c) if "\udc80" <= c <= "\udcff" else c for c in text)


def _cp1252_char(surrogate: str) -> str:
    byte = bytes([ord(surrogate) - 0xDC00])
    return byte.decode("cp1252", errors="replace").replace("\ufffd", byte.decode("latin-1"))


# EUC-TW (CNS 11643, Taiwan's old Unix encoding) has no Python codec, and its bytes decode as GB18030
# mojibake. Its plane 1 holds Big5's symbols and level-1 characters in Big5's order, so Big5 can read a
# sample well enough to tell real EUC-TW text (frequent characters) from GB2312 or EUC-KR bytes (empty
# rows, rare characters). Plane 2 and above come as 0x8E 0xA2..0xB0 and two bytes.
_EUC_TW_SAMPLE = 200_000
_BIG5_SYMBOLS = 471  # Big5 A140–A3FE: the symbols, at the same places as CNS plane 1 rows 0x21–0x25
_CNS_FIRST_HAN = 3290  # CNS plane 1 0x4421, where Big5 A440 stands


def _euc_tw_plausibility(data: bytes) -> float | None:
    """How much `data` reads as EUC-TW Chinese (see `_plausibility`), or None if it is not EUC-TW."""
    sample = data[:_EUC_TW_SAMPLE]
    chars: list[str] = []
    i = 0
    while i < len(sample):
        byte = sample[i]
        if byte < 0x80:
            chars.append(chr(byte))
            i += 1
            continue
        plane = 1
        if byte == 0x8E and 0xA1 <= (sample[i + 1:i + 2] or b"\0")[0] <= 0xB0:
            plane = sample[i + 1] - 0xA0
            i += 2
        pair = sample[i:i + 2]
        if len(pair) < 2:
            break  # a sample cut in the middle of a character
        if not (0xA1 <= pair[0] <= 0xFE and 0xA1 <= pair[1] <= 0xFE):
            return None
        chars.append(_cns_plane1_char(pair) if plane == 1 else "\u3400")  # higher planes: rare characters
        i += 2
    text = "".join(chars)
    if len(_HANJA.findall(text)) < 4:
        return None  # an English text whose only non-ASCII are quotes reads the same in every codec
    return _plausibility(text, "big5")


def _cns_plane1_char(pair: bytes) -> str:
    index = (pair[0] - 0xA1) * 94 + (pair[1] - 0xA1)
    if index >= _CNS_FIRST_HAN:
        index += _BIG5_SYMBOLS - _CNS_FIRST_HAN
    elif index >= _BIG5_SYMBOLS:
        return "\ufffd"  # rows Big5 has no counterpart for: GB2312's and EUC-KR's most used rows
    row, column = divmod(index, 157)
    trail = 0x40 + column if column < 63 else 0xA1 + column - 63
    return bytes((0xA1 + row, trail)).decode("big5", errors="replace")


# Russian in KOI8-R, Windows-1251, ISO 8859-5, Mac or DOS Cyrillic decodes in most of these codecs and
# in cp1252 (as "íÉÎÉÓÔÒ"). In the right one its words are cased as words are ("Министр", "переговоры",
# "МИД") and made of the letters Russian uses most; in a wrong one the case flips inside words and rare
# letters abound.
_CYRILLIC_CODECS = ("cp1251", "koi8_r", "iso8859_5", "mac_cyrillic", "cp866")  # ties: the first
_FREQUENT_CYRILLIC = frozenset("оеаинтсрвлкмдпуяыьгзбчй")
_WORD = re.compile(r"[^\W\d_]+")


def _cyrillic_plausibility(text: str) -> float:
    """Share of well-cased Cyrillic words times share of frequent letters (about 0.95 for real Russian)."""
    high = [c for c in text[:_SCORE_SAMPLE] if c >= "\x80"]
    cyrillic = [c for c in high if "\u0400" <= c <= "\u04ff"]
    words = [w for w in _WORD.findall(text[:_SCORE_SAMPLE]) if not w.isascii()]
    if not words or len(cyrillic) < 0.8 * len(high):
        return 0.0
    cased = sum(1 for w in words if all("\u0400" <= c <= "\u04ff" for c in w)
                and (w.islower() or w.istitle() or (w.isupper() and len(w) <= 5)))
    frequent = sum(1 for c in cyrillic if c.lower() in _FREQUENT_CYRILLIC)
    return cased / len(words) * frequent / len(cyrillic)


def _decode_cyrillic(data: bytes) -> tuple[str, str] | None:
    scored = []
    for codec in _CYRILLIC_CODECS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        scored.append((_cyrillic_plausibility(text), text, codec))
    score, text, codec = max(scored, default=(0.0, "", ""))
    # A few stray bytes in English ("Hello ЃЃЃяю world") are not a Russian text.
    return (text, codec) if score >= 0.6 and _plausible(text) else None


def _detect_legacy(data: bytes, name: str) -> tuple[str, str]:
    """Bytes that are not UTF-8: a plausible CJK codec, else cp1252, else Cyrillic, else the best weak
    guess."""
    cjk = _best_legacy_cjk(data)
    euc_tw = _euc_tw_plausibility(data)
    if euc_tw is not None and euc_tw >= 0.3 and (cjk is None or euc_tw > cjk[0]):
        raise _error(name, "this looks like EUC-TW (CNS 11643) text, which Parallax cannot read; "
                           "save it as UTF-8 or Big5 and open it again")
    if cjk is not None and cjk[0] >= 0.3:
        return cjk[1], cjk[2]
    western = _decode_western(data)
    if western is not None:
        return western
    cyrillic = _decode_cyrillic(data)
    if cyrillic is not None:
        return cyrillic
    if cjk is not None and cjk[0] > 0:
        return cjk[1], cjk[2]
    found = _decode_western(data, strict=False)
    if found is None and (guess := _decode_charset_normalizer(data)) is not None and _plausible(guess[0]):
        found = guess
    if found is not None:
        return found
    raise _error(name, "could not work out the text encoding; choose the encoding and open it again")


def _plausible(text: str) -> bool:
    """Whether a last-resort guess reads as one language: Latin text with a few letters of another
    script in it ("Hello ЃЃЃяю world") is stray bytes read as mojibake, not a Russian or Greek file."""
    letters = [c for c in text if c.isalpha()]
    foreign = [c for c in letters if c > "\u024f"]
    return not foreign or len(foreign) >= 0.3 * len(letters)


def decode_bytes(data: bytes, encoding: str | None = None, name: str = "text") -> tuple[str, str, bool]:
    """Decode a text file's bytes: (text with "\\n" line ends and no BOM, codec used, detected?).

    With `encoding` given, that codec is used and nothing is guessed. Otherwise: a byte-order mark, the
    NUL pattern of BOM-less UTF-16, strict UTF-8, then the most plausible of CP949, GB18030 and Big5,
    then CP1252. Raises DocumentError (naming `name`) for binary or undecodable bytes.
    """
    if encoding:
        text, codec, detected = _decode_forced(data, encoding, name), _codec_name(encoding) or encoding, False
    else:
        (text, codec), detected = _detect(data, name), True
    if _control_share(text) > 0.01 and len(_CONTROL.findall(text)) >= 3:
        raise _error(name, "this looks like a binary file, not text")
    text = _normalise_newlines(text)
    return (text[1:] if text.startswith("\ufeff") else text), codec, detected


# --------------------------------------------------------------------------- sniffing

_IMAGE_MAGIC: list[tuple[bytes, str]] = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"BM", "a BMP image"),  # two-byte magic numbers count only with NUL bytes: "BMW …" is text
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
]
_BINARY_MAGIC: list[tuple[bytes, str]] = [
    (b"\x7fELF", "a program (executable)"),
    (b"MZ", "a Windows program (executable)"),
    (b"\xcf\xfa\xed\xfe", "a program (executable)"),
    (b"\xca\xfe\xba\xbe", "a program (executable)"),
    (b"\x1f\x8b", "a compressed (gzip) file"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old or password-protected Office file; save it as .docx"),
]

_HTML_START = re.compile(r"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.I | re.S)


def _binary_kind(data: bytes) -> str | None:
    """What a binary file is, from its magic number (images, programs, archives), or None."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "a WEBP image"
    has_nul = b"\x00" in data[:512]
    for magic, kind in _IMAGE_MAGIC + _BINARY_MAGIC:
        if data.startswith(magic) and (len(magic) > 2 or has_nul):
            return kind
    return None


def _is_pdf(data: bytes, suffix: str) -> bool:
    """A PDF header at the start; a .pdf may have up to 1 KB of junk before it, as readers allow."""
    return data.lstrip().startswith(b"%PDF-") or (suffix == ".pdf" and b"%PDF-" in data[:1024])


def _is_zip(data: bytes) -> bool:
    return data.startswith(b"PK\x03\x04")


def _is_docx_zip(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _looks_like_html(text: str) -> bool:
    return _HTML_START.match(text[:4096]) is not None


# --------------------------------------------------------------------------- files


def _read_bytes(path: Path, name: str) -> bytes:
    too_large = f"the file is too large (the limit is {_format_size(MAX_FILE_BYTES)})"
    try:
        data = read_regular_file(path, MAX_FILE_BYTES)
    except NotRegularFile:  # a device or pipe could block or never end
        raise _error(name, "this is not a regular file") from None
    except FileTooLarge as big:
        raise _error(name, too_large if big.size is None
                     else f"{too_large[:-1]}; it has {_format_size(big.size)})") from None
    except FileNotFoundError:
        raise _error(name, "file not found") from None
    except IsADirectoryError:
        raise _error(name, "this is a folder, not a file") from None
    except PermissionError:
        raise _error(name, "permission denied; Parallax may not read this file") from None
    except OSError as exc:
        raise _error(name, f"the file could not be read{_reason(exc.strerror or exc)}") from None
    if not data.strip():
        raise _error(name, "the file is empty (it holds no text)")
    return data


def read_file(path: str | Path, encoding: str | None = None) -> RawText:
    """Read a readout file into text; `encoding` forces the codec of text and HTML files.

    Files over MAX_FILE_BYTES (20 MB) are refused. Raises DocumentError with a one-line message.
    """
    path = Path(path)
    name = path.name or str(path)
    return read_bytes(_read_bytes(path, name), name, path.suffix.lower(), encoding)


def read_bytes(data: bytes, name: str, suffix: str, encoding: str | None = None,
               declared_encoding: str | None = None) -> RawText:
    """Read a readout's bytes as `read_file` reads a file's: `suffix` (".html", ".txt" …) says what it
    claims to be, `name` names it in messages. `declared_encoding` is the charset the bytes came with (a
    web server's Content-Type): a page's own declaration wins over it, and bytes it cannot decode are
    detected instead."""
    if len(data) > MAX_FILE_BYTES:
        raise _error(name, f"it is too large (the limit is {_format_size(MAX_FILE_BYTES)})")
    if not data.strip():
        raise _error(name, "it is empty (it holds no text)")
    kind = _sniff_kind(data, suffix, name)
    warnings: list[str] = []
    if kind in ("pdf", "docx") and suffix != f".{kind}":
        warnings.append(f"{name} is really a {kind.upper()} file and was read as one")
    if kind == "pdf":
        raw = _read_pdf(data, name)
    elif kind == "docx":
        raw = _read_docx(data, name)
    else:
        raw = _read_text_or_html(data, suffix, encoding, name, declared_encoding)
    raw.warnings[:0] = warnings
    _check_text_length(raw.text, name)
    return raw


def _check_text_length(text: str, name: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise _error(name, f"the text is too long for a readout ({len(text):,} characters; Parallax reads "
                           f"up to {MAX_TEXT_CHARS:,}, about 5,000 statements)")


def _sniff_kind(data: bytes, suffix: str, name: str) -> str:
    """ "pdf", "docx" or "text" from the content, checked against the suffix; raises for other binaries."""
    if _is_pdf(data, suffix):
        return "pdf"
    if _is_zip(data):
        if _is_docx_zip(data):
            return "docx"
        what = "a damaged Word document" if suffix == ".docx" else "a ZIP archive"
        raise _error(name, f"this is {what}, not a readable readout (a .docx must contain word/document.xml)")
    kind = _binary_kind(data)
    if kind is not None:
        raise _error(name, f"this is {kind}, not a text document")
    if suffix == ".pdf":
        raise _error(name, "this is not a valid PDF file (no PDF header); it may be damaged")
    if suffix == ".docx":
        raise _error(name, "this is not a valid Word document (.docx); it may be damaged")
    return "text"


def _read_text_or_html(data: bytes, suffix: str, encoding: str | None, name: str,
                       declared: str | None = None) -> RawText:
    if suffix in HTML_SUFFIXES:
        return _read_html(data, encoding, name, declared)
    if (declared and not encoding and _bom_codec(data) is None and _decodes(data, declared)
            and (data.isascii() or not _is_utf8(data) or _codec_name(declared) == "utf-8")):
        encoding = declared  # text that says its charset, and decodes with it: nothing to guess
    text, codec, detected = decode_bytes(data, encoding, name)
    if encoding == declared and declared:
        detected = True  # declared by its source, not forced by the user
    if _looks_like_html(text):
        return _read_html(data, None if detected else encoding, name, declared)
    text = _clean_text(text)
    if not _visible(text):
        raise _error(name, "the file is empty (it holds no visible text)")
    warnings = []
    if detected and codec == "utf-8" and not _is_utf8(data):
        warnings.append("a few bytes of this UTF-8 file were not UTF-8; they were read as Windows-1252")
    return RawText(text, TEXT_SUFFIXES.get(suffix, "txt"), codec, detected, warnings=warnings)


def _decodes(data: bytes, encoding: str) -> bool:
    codec = _codec_name(encoding)
    if codec is None:
        return False
    try:
        data.decode(codec)
    except (UnicodeError, LookupError):
        return False
    return True


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def read_pasted(text: str) -> RawText:
    """Pasted text: newlines normalised, BOMs and NULs (and other stray control characters) removed."""
    if len(text) > MAX_FILE_BYTES:
        raise _error("pasted text", f"the text is too long (the limit is {_format_size(MAX_FILE_BYTES)})")
    cleaned = _clean_text(text)
    if not _visible(cleaned):
        raise _error("pasted text", "there is no text to read")
    _check_text_length(cleaned, "pasted text")
    return RawText(cleaned, "text", None, True)


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
    codec = _codec_name(label)
    if codec is None:
        return None
    if codec.startswith(("utf-16", "utf-32")):
        return label, "utf-8"  # the bytes are ASCII-compatible, or the regex could not have found the label
    return label, _HTML_LABELS.get(codec, codec)


def _decode_html(data: bytes, encoding: str | None, name: str,
                 http_charset: str | None = None) -> tuple[str, str, bool, list[str]]:
    """Decode a page: forced encoding, else BOM, else the declared charset (the page's own, else the one
    its server sent), else detection."""
    declared = None if encoding or _bom_codec(data) else _declared_charset(data)
    if declared is None and http_charset and not encoding and not _bom_codec(data):
        codec = _codec_name(http_charset)
        # a server's default (often ISO-8859-1) on a page that is plainly UTF-8 is no declaration
        if codec is not None and (codec == "utf-8" or data.isascii() or not _is_utf8(data)):
            declared = http_charset, _HTML_LABELS.get(codec, codec)
    if declared is None:
        return (*decode_bytes(data, encoding, name), [])
    label, codec = declared
    try:
        text = data.decode(codec)
    except UnicodeError:  # a wrong declaration, or a codec that cannot decode at all ("undefined")
        text, used, detected = decode_bytes(data, None, name)
        note = f"the page says its encoding is {label} but it is not; it was read as {used}"
        return text, used, detected, [note]
    return _normalise_newlines(text).removeprefix("\ufeff"), codec, True, []


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


def _read_html(data: bytes, encoding: str | None, name: str, http_charset: str | None = None) -> RawText:
    text, codec, detected, warnings = _decode_html(data, encoding, name, http_charset)
    if not re.search(r"<[A-Za-z!/?]", text):  # no markup at all: it is plain text with a .html name
        cleaned = _clean_text(text)
        if cleaned:
            return RawText(cleaned, "html", codec, detected, None, warnings)
    try:
        title, body = _html_to_text(text)
    except Exception as exc:  # bs4/html.parser on hopeless markup; never a traceback
        raise _error(name, f"the HTML page could not be read{_reason(exc)}") from None
    if not body:
        raise _error(name, "no readable text in this HTML page (only markup or scripts?)")
    problems, tags = _markup_problems(text)
    if problems and problems >= max(1, tags // 50):
        warnings.append(f"the HTML was malformed ({problems} unclosed or stray tags); the text was recovered")
    return RawText(body, "html", codec, detected, title, warnings)


def _html_to_text(markup: str, pick: bool = True) -> tuple[str | None, str]:
    """(title, body text) of a page: furniture dropped, main content preferred (the main-content picker
    narrows it to the article on news and CMS layouts, unless `pick` is false), blocks as paragraphs."""
    from bs4 import BeautifulSoup

    from desktop_app.core.main_content import pick_article

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


# --------------------------------------------------------------------------- DOCX


# A readout's Word file unpacks to a few hundred kilobytes; an archive that claims more is a zip bomb
# (a 1 MB file whose document.xml is 300 MB took gigabytes), refused before anything is unpacked.
MAX_DOCX_UNPACKED_BYTES = 50 * 1024 * 1024


# Within that size, millions of tiny elements (50 MB of "<w:p/>" is 8 million paragraphs) take python-docx
# minutes: every paragraph, cell and run becomes a Python object. A readout has a few hundred of each,
# a 300-page report tens of thousands; at these limits a file still reads in a few seconds.
MAX_DOCX_ELEMENTS = 1_000_000
MAX_DOCX_PARTS = {b"p": ("paragraphs", 100_000), b"tc": ("table cells", 100_000), b"r": ("runs", 200_000)}
_DOCX_CHUNK = 1024 * 1024


def _check_docx_size(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            if unpacked > MAX_DOCX_UNPACKED_BYTES:
                raise _error(name, f"this Word document unpacks to {_format_size(unpacked)}, more than a "
                                   f"readout can be (the limit is {_format_size(MAX_DOCX_UNPACKED_BYTES)})")
            _check_docx_elements(archive, name)
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, RuntimeError, NotImplementedError):
        return  # a damaged or encrypted archive: python-docx will say what is wrong with it


def _check_docx_elements(archive: zipfile.ZipFile, name: str) -> None:
    """Count the XML elements of every part python-docx parses, in the compressed stream, before it does.

    Counting bytes ("<" opens an element unless "</", "<?" or "<!" follow) needs no parser and stops as
    soon as a limit is passed, so a bomb is refused in a fraction of a second.
    """
    kinds = {kind: [b"<w:" + kind + end for end in (b">", b" ", b"/>")] for kind in MAX_DOCX_PARTS}
    counts = Counter[bytes]()
    elements = 0
    for info in archive.infolist():
        if not info.filename.lower().endswith((".xml", ".rels")):
            continue
        tail = b""  # the end of the previous chunk, so that a tag cut in two is still counted once
        with archive.open(info) as member:
            while chunk := member.read(_DOCX_CHUNK):
                window = tail + chunk

                def new(pattern: bytes, window: bytes = window, tail: bytes = tail) -> int:
                    # "<" starts every pattern, so matches never overlap and the tail's were counted
                    return window.count(pattern) - tail.count(pattern)

                elements += new(b"<") - new(b"</") - new(b"<?") - new(b"<!")
                for kind, patterns in kinds.items():
                    counts[kind] += sum(new(pattern) for pattern in patterns)
                _refuse_docx_elements(name, elements, counts)
                tail = window[-6:]


def _refuse_docx_elements(name: str, elements: int, counts: Counter[bytes]) -> None:
    for kind, (label, limit) in MAX_DOCX_PARTS.items():
        if counts[kind] > limit:
            raise _error(name, f"this Word document has more than {limit:,} {label}, far more than a "
                               f"readout can have; it is refused rather than read for minutes")
    if elements > MAX_DOCX_ELEMENTS:
        raise _error(name, f"this Word document has more than {MAX_DOCX_ELEMENTS:,} XML elements, far "
                           f"more than a readout can have; it is refused rather than read for minutes")


def _read_docx(data: bytes, name: str) -> RawText:
    _check_docx_size(data, name)
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        paragraphs = list(_docx_paragraphs(document))
        title = (document.core_properties.title or "").strip() or None
    except Exception as exc:  # python-docx raises many kinds (KeyError, XML errors …) on a damaged file
        raise _error(name, f"this Word document is damaged and can't be read{_reason(exc)}") from None
    text = _clean_text("\n\n".join(paragraphs))
    if not text:
        raise _error(name, "this Word document contains no text")
    return RawText(text, "docx", None, True, title, [])


def _docx_paragraphs(document: DocxDocument) -> Iterator[str]:
    """Body paragraphs and table-cell paragraphs in document order; headers and footers are not body."""
    yield from _docx_block_texts(document.element.body, document)


def _docx_block_texts(container: _Element, parent: object) -> Iterator[str]:
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            text = "\n".join(" ".join(line.split()) for line in Paragraph(child, parent).text.split("\n"))
            if text.strip():
                yield text.strip()
        elif child.tag == qn("w:tbl"):
            yield from _docx_table_texts(Table(child, parent))
        elif child.tag == qn("w:sdt"):  # content controls wrap ordinary paragraphs and tables
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _docx_block_texts(content, parent)


def _docx_table_texts(table: Table) -> Iterator[str]:
    # A merged cell is returned once per grid column it spans. The set keeps the lxml elements alive:
    # lxml proxies are recreated on access, so their id() could be reused and wrongly match.
    seen: set[object] = set()
    for row in table.rows:
        for cell in row.cells:
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            yield from _docx_block_texts(cell._tc, cell)


# --------------------------------------------------------------------------- PDF

_PAGE_NUMBER = re.compile(
    r"""^\s*(?:
        [-–—]?\s*\d{1,3}\s*[-–—]?                                  # 3, - 3 - (not a year such as 2024)
      | (?:page|p\.|seite|페이지)?\s*\d{1,4}\s*(?:of|/|von)\s*\d{1,4}   # Page 3 of 5, 3/5, Seite 3 von 5
      | (?:page|p\.|seite)\s*\d{1,4}                                # Page 3, p. 3
      | 第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?           # 第3页 共5页
    )\s*$""",
    re.I | re.X,
)
_EDGE_LINES = 3  # running headers and footers live in a page's first and last few lines


def _furniture_keys(line: str, page_number: int) -> set[str]:
    """Keys under which a page-edge line may repeat: the line itself, and with its numbers masked
    ("Press release | 3" → "press release | #") when the number is this page's own."""
    line = " ".join(line.split()).lower()
    keys = {line}
    if str(page_number) in re.findall(r"\d+", line):
        keys.add(re.sub(r"\d+", "#", line))
    return keys


_EdgeKey = tuple[int, str]  # (position: 0, 1, 2 from the top or -1, -2, -3 from the bottom, line key)


def _edge_keys(lines: list[str], page_number: int) -> dict[int, set[_EdgeKey]]:
    """For each of a page's first and last few non-blank lines (by index in `lines`): its edge keys."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    positions = list(enumerate(content[:_EDGE_LINES])) + [
        (-1 - k, i) for k, i in enumerate(content[::-1][:_EDGE_LINES])
    ]
    keys: dict[int, set[_EdgeKey]] = {}
    for position, index in positions:
        keys.setdefault(index, set()).update(
            (position, key) for key in _furniture_keys(lines[index], page_number)
        )
    return keys


def _repeated_lines(pages: list[list[str]]) -> set[_EdgeKey]:
    """Lines at the same page-edge position on most pages (and on at least 3): running furniture."""
    if len(pages) < 3:
        return set()
    counts: Counter[_EdgeKey] = Counter()
    for number, lines in enumerate(pages, start=1):
        counts.update(set().union(*_edge_keys(lines, number).values()))
    return {key for key, n in counts.items() if key[1] and n >= 3 and n > len(pages) / 2}


def _strip_page_edges(lines: list[str], repeated: set[_EdgeKey], page_number: int) -> list[str]:
    """Drop page numbers and running headers/footers from the top and bottom few lines of a page."""
    edges = _edge_keys(lines, page_number)

    def droppable(index: int) -> bool:
        line = lines[index]
        if not line.strip():
            return True
        at_edge = edges.get(index)
        return at_edge is not None and (bool(_PAGE_NUMBER.match(line)) or not at_edge.isdisjoint(repeated))

    start, end = 0, len(lines)
    while start < end and droppable(start):
        start += 1
    while end > start and droppable(end - 1):
        end -= 1
    return lines[start:end]


def _drop_straddling_lines(pages: list[list[str]]) -> list[list[str]]:
    """Drop a page's last line when the next page starts with it: Qt draws a line that straddles
    the page break on both pages (clipped), so its text layer holds the line twice."""
    result = [list(lines) for lines in pages]
    for page, following in itertools.pairwise(result):
        if page and following and len(page[-1].strip()) > 3 and page[-1].strip() == following[0].strip():
            page.pop()
    return result


_SENTENCE_END = re.compile(r"[.!?。！？:：][\"'”’)）」]*$")


def _join_pages(pages: list[str]) -> str:
    """Pages joined by a paragraph break, except where a sentence runs on over the page break."""
    text = ""
    for page in pages:
        if text:
            text += "\n\n" if _SENTENCE_END.search(text.rstrip()) else "\n"
        text += page
    return text


def _fix_pdf_characters(text: str) -> str:
    """Map Kangxi radicals (Qt's PDFs extract 人 as U+2F08) and Latin ligatures to ordinary letters."""
    return re.sub(r"[\u2f00-\u2fdf\ufb00-\ufb06]", lambda m: unicodedata.normalize("NFKC", m.group()), text)


class _LogCollector(logging.Handler):
    """Collects pypdf's warnings so they become one user note instead of stderr noise."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _open_pdf(data: bytes, name: str) -> PdfReader:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise _error(name, "this PDF is password-protected; remove the password and open it again")
        _ = len(reader.pages)  # forces the page tree to load: a damaged file fails here
    except DocumentError:
        raise
    except Exception as exc:
        if "cryptography" in str(exc).lower() or "AES" in str(exc):
            message = "this PDF is encrypted with AES, which Parallax can't open; save an unlocked copy"
            raise _error(name, message) from None
        raise _error(name, f"this PDF is damaged and can't be read{_reason(exc)}") from None
    return reader


# pypdf extracts about 100,000 characters a second: a 5 MB PDF of text took 42 s to be refused as too
# long. Extraction stops once the pages hold far more than the limit (running headers and page numbers,
# stripped later, never make up a third of a page).
_PDF_TEXT_CEILING = MAX_TEXT_CHARS * 3 // 2


def _pdf_page_texts(reader: PdfReader, name: str) -> tuple[list[str], int]:
    """Text of every page, and how many pages failed to extract."""
    texts: list[str] = []
    failed = 0
    length = 0
    for number, page in enumerate(reader.pages, start=1):
        try:
            texts.append(_page_text(page))
        except Exception:  # one bad page should not lose the others
            failed += 1
            texts.append("")
        length += len(texts[-1])
        if length > _PDF_TEXT_CEILING:
            raise _error(name, f"the text is too long for a readout (over {length:,} characters in the first "
                               f"{number:,} of {len(reader.pages):,} pages; Parallax reads up to "
                               f"{MAX_TEXT_CHARS:,}, about 5,000 statements)")
    return texts, failed


_HORIZONTAL_SPACE = re.compile(r"[ \t]+")
_VERTICAL_GAP = re.compile(r"\n(?:[ \t]*\n)+")


def _page_text(page: Any) -> str:
    """A page's text with paragraph gaps kept as blank lines.

    pypdf's layout mode reproduces vertical gaps (the plain mode drops them, and a heading then runs
    into the paragraph below it); its column padding is collapsed back to single spaces.
    """
    try:
        text = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # layout analysis is pickier than plain extraction
        return page.extract_text() or ""
    lines = [_HORIZONTAL_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    return _VERTICAL_GAP.sub("\n\n", "\n".join(lines))


def _pdf_title(reader: PdfReader) -> str | None:
    try:
        title = reader.metadata.title if reader.metadata else None
    except Exception:  # broken metadata is not worth failing over
        return None
    return " ".join(str(title or "").split()) or None


def _read_pdf(data: bytes, name: str) -> RawText:
    collector = _LogCollector()
    logger = logging.getLogger("pypdf")
    logger.addHandler(collector)
    try:
        reader = _open_pdf(data, name)
        texts, failed = _pdf_page_texts(reader, name)
        title = _pdf_title(reader)
    finally:
        logger.removeHandler(collector)
    pages = [_normalise_newlines(_fix_pdf_characters(t)).split("\n") for t in texts]
    # pypdf separates words with tabs where the PDF positions them apart (Qt's PDFs do)
    pages = [[line.replace("\t", " ").rstrip() for line in lines] for lines in pages]
    repeated = _repeated_lines(pages)
    stripped = [_strip_page_edges(lines, repeated, n) for n, lines in enumerate(pages, start=1)]
    kept = ["\n".join(lines) for lines in _drop_straddling_lines(stripped)]
    text = _clean_text(_join_pages([page for page in kept if page.strip()]))
    if not text:
        if failed == len(texts):
            raise _error(name, "this PDF is damaged and no page could be read")
        raise _error(name, "this PDF has no text layer (a scanned image?); Parallax needs selectable text")
    warnings = []
    if failed:
        warnings.append(f"{failed} of {len(texts)} PDF pages could not be read and were skipped")
    if collector.count:
        warnings.append("the PDF has structural errors; the text was recovered but check it")
    return RawText(text, "pdf", None, True, title, warnings)
