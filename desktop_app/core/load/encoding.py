"""Bytes to text: byte-order marks, UTF-8 and UTF-16/32 without one, and the legacy encodings readouts
come in (EUC-KR/CP949, GBK/GB18030, Big5, EUC-TW, Windows-1252, the Cyrillic code pages), chosen by how
plausible each decoding reads."""

from __future__ import annotations

import codecs
import re
import unicodedata

from desktop_app.core.load.raw import CONTROL_CHARS, control_share, normalise_newlines, one_line, refuse

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
HTML_LABELS = {"iso8859-1": "cp1252", "ascii": "cp1252"}

_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]


def codec_name(encoding: str) -> str | None:
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
    codec = codec_name(encoding)
    if codec is None and encoding.strip().lower().replace("_", "-") in ("euc-tw", "x-euc-tw", "euctw"):
        raise refuse(name, "Parallax cannot read EUC-TW; save the file as UTF-8 or Big5 and open it again")
    if codec is None:
        raise refuse(name, f"unknown encoding '{one_line(encoding, 40)}'")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise refuse(name, f"the text is not valid {encoding} (bad byte at position {exc.start})") from None
    except UnicodeError:  # codecs such as "undefined" or "punycode" fail without a position
        raise refuse(name, f"the text cannot be read as {one_line(encoding, 40)}") from None
    return text


def bom_codec(data: bytes) -> tuple[str, int] | None:
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
    codec = codec_name(match.encoding) or match.encoding
    try:
        return data.decode(codec), codec
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes, name: str) -> tuple[str, str]:
    bom = bom_codec(data)
    if bom is not None:
        codec, size = bom
        try:
            return data[size:].decode(codec.replace("-sig", "")), codec
        except UnicodeDecodeError:
            raise refuse(name, f"the file has a {codec} byte-order mark but is not valid {codec}") from None
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
        raise refuse(name, "this looks like a binary file, not text")
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
        raise refuse(name, "this looks like EUC-TW (CNS 11643) text, which Parallax cannot read; "
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
    raise refuse(name, "could not work out the text encoding; choose the encoding and open it again")


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
        text, codec, detected = _decode_forced(data, encoding, name), codec_name(encoding) or encoding, False
    else:
        (text, codec), detected = _detect(data, name), True
    if control_share(text) > 0.01 and len(CONTROL_CHARS.findall(text)) >= 3:
        raise refuse(name, "this looks like a binary file, not text")
    text = normalise_newlines(text)
    return (text[1:] if text.startswith("\ufeff") else text), codec, detected


def decodes_as(data: bytes, encoding: str) -> bool:
    codec = codec_name(encoding)
    if codec is None:
        return False
    try:
        data.decode(codec)
    except (UnicodeError, LookupError):
        return False
    return True


def is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
