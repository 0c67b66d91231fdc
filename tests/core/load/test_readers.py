"""Reading readouts (text in every encoding, HTML, DOCX, PDF) and pasted text; bad input fails cleanly."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import random
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from desktop_app.core import load as readers
from desktop_app.core.load import docx as docx_reader
from desktop_app.core.load import files as file_reader
from desktop_app.core.load import pdf as pdf_reader
from desktop_app.core.load import raw as raw_text
from desktop_app.core.load.encoding import decode_bytes
from desktop_app.core.load.files import read_file, read_pasted
from desktop_app.core.load.raw import RawText
from desktop_app.core.model import DocumentError

# Short fictional readout paragraphs, one per language the readers must handle.
ENGLISH = (
    "Foreign Minister Park held talks with Foreign Minister Wang Yi in Seoul on 13 May.\n\n"
    "The two ministers agreed to accelerate the follow-up negotiations on the FTA."
)
KOREAN = (
    "양 장관은 한중 FTA 서비스·투자 분야 후속협상을 가속화하기로 했습니다.\n\n"
    "박 장관은 한반도의 평화와 안정을 위한 중국 측의 건설적 역할을 당부했습니다."
)
CHINESE = (
    "双方同意加快推进中韩自由贸易协定第二阶段谈判。\n\n"
    "王毅表示，中方愿同韩方加强战略沟通，推动中韩关系健康稳定发展。"
)
TRADITIONAL = (
    "雙方同意加快推進中韓自由貿易協定第二階段談判。\n\n"
    "王毅表示，中方願同韓方加強戰略溝通，推動中韓關係健康穩定發展。"
)
GERMAN = (
    "Die beiden Außenminister vereinbarten, die Gespräche über das Freihandelsabkommen zu beschleunigen.\n\n"
    "Minister Park äußerte die Hoffnung auf größere Fortschritte."
)

PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def expect_error(path: Path, *fragments: str, **kwargs: str) -> str:
    """Reading `path` fails with a one-line DocumentError naming the file; returns the message."""
    with pytest.raises(DocumentError) as info:
        read_file(path, **kwargs)
    message = str(info.value)
    assert path.name in message
    assert "\n" not in message and "\r" not in message
    for fragment in fragments:
        assert fragment.lower() in message.lower(), message
    return message


# --------------------------------------------------------------------------- encodings

ENCODED_CASES = [
    ("english-utf8", ENGLISH, "utf-8", "utf-8"),
    ("korean-utf8", KOREAN, "utf-8", "utf-8"),
    ("korean-utf8-bom", KOREAN, "utf-8-sig", "utf-8-sig"),
    ("chinese-utf16le-bom", CHINESE, "utf-16", "utf-16-le"),  # Python writes a little-endian BOM
    ("korean-utf16be-bom", KOREAN, "utf-16-be-bom", "utf-16-be"),
    ("english-utf16le-nobom", ENGLISH, "utf-16-le", "utf-16-le"),
    ("english-utf16be-nobom", ENGLISH, "utf-16-be", "utf-16-be"),
    ("korean-cp949", KOREAN, "cp949", "cp949"),
    ("korean-euc-kr", KOREAN, "euc-kr", "cp949"),
    ("chinese-gb18030", CHINESE, "gb18030", "gb18030"),
    ("chinese-gbk", CHINESE, "gbk", "gb18030"),
    ("chinese-gb2312", CHINESE, "gb2312", "gb18030"),
    ("traditional-big5", TRADITIONAL, "big5", "big5"),
    ("german-cp1252", GERMAN, "cp1252", "cp1252"),
]


def encode(text: str, codec: str) -> bytes:
    if codec == "utf-16-be-bom":
        return b"\xfe\xff" + text.encode("utf-16-be")
    return text.encode(codec)


@pytest.mark.parametrize(
    ("label", "text", "codec", "reported"), ENCODED_CASES, ids=[c[0] for c in ENCODED_CASES]
)
def test_every_encoding_round_trips_to_the_utf8_text(
    tmp_path: Path, label: str, text: str, codec: str, reported: str
) -> None:
    reference = read_file(write(tmp_path, "reference.txt", text))
    raw = read_file(write(tmp_path, f"{label}.txt", encode(text, codec)))
    assert raw.text == reference.text == text
    assert raw.encoding == reported
    assert raw.encoding_detected is True
    assert raw.format == "txt"
    assert "\ufeff" not in raw.text


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("외교부", "cp949"),
        ("공급망 안정", "cp949"),
        ("외교장관 회담 결과", "cp949"),
        ("外交部", "gb18030"),
        ("两国外长举行会谈", "gb18030"),
        ("中韩建交三十周年", "gb18030"),
        ("外交部", "big5"),
        ("兩國外長舉行會談", "big5"),
        ("總統府發言人表示", "big5"),
        ("Größe", "cp1252"),
        ("für Gespräche über Zölle", "cp1252"),
    ],
)
def test_short_legacy_texts_are_detected(text: str, codec: str) -> None:
    decoded, used, detected = decode_bytes(text.encode(codec))
    assert (decoded, used, detected) == (text, codec, True)


# EUC-TW by hand (Python has no codec for it): CNS 11643 plane-1 codes from Unihan's kIRG_TSource
# ("T1-7764" is 雙), and the CNS symbols ，、。 at 0x2122–0x2124. EUC-TW sets the high bit of both bytes.
_CNS_PLANE1 = dict(
    pair.split(":") for pair in (
        "雙:7764 方:4549 同:4751 意:6374 加:457B 快:4A38 推:5A64 進:6250 中:4463 韓:7627 自:485C 由:4671 "
        "貿:623B 易:4D78 協:4C36 定:4C79 第:5C49 二:4428 階:626A 段:5174 談:6E76 判:4932 王:455E 毅:6D47 "
        "表:4F50 示:467C 願:794C 強:5A30 戰:705D 略:5C29 溝:6464 通:5D57 動:592F 關:7943 係:4F7B 健:587A "
        "康:5A2A 穩:7858 發:6075 展:552D 兩:4C25 國:594F 外:4640 長:4F5B 還:7564 就:5E73 朝:5F67 鮮:762D "
        "半:4624 島:5535 局:497D 勢:633C 和:4C4F 共:4741 心:4540 的:4E7B 際:6B63 地:4762 區:5934 問:5942 "
        "題:776E 交:4728 換:5F50 了:4427 見:4B44 ，:2122 、:2123 。:2124"
    ).split()
)
EUC_TW_READOUT = (
    "雙方同意加快推進中韓自由貿易協定第二階段談判。\n\n王毅表示，中方願同韓方加強戰略溝通，推動中韓關係健康穩定發展。\n\n"
    "兩國外長還就朝鮮半島局勢和共同關心的國際地區問題交換了意見。"
)


def euc_tw(text: str) -> bytes:
    out = bytearray()
    for ch in text:
        if ch.isascii():
            out.append(ord(ch))
            continue
        code = int(_CNS_PLANE1[ch], 16)
        out += bytes((0x80 | code >> 8, 0x80 | code & 0xFF))
    return bytes(out)


@pytest.mark.parametrize(
    "text", [EUC_TW_READOUT, EUC_TW_READOUT.split("\n")[0], "雙方同意加快推進。"], ids=["readout", "line", "short"]
)
def test_euc_tw_is_refused_by_name_not_read_as_mojibake(tmp_path: Path, text: str) -> None:
    # Before, these bytes were read as GB18030: "麂派茄泗披矢阡庑…".
    expect_error(write(tmp_path, "taipei.txt", euc_tw(text)), "looks like EUC-TW", "UTF-8 or Big5")


def test_euc_tw_with_a_plane_2_character_is_refused_too(tmp_path: Path) -> None:
    # Plane 2 (less common characters) comes as 0x8E 0xA2 and two bytes: 丌 is CNS 2-2127.
    data = euc_tw("雙方同意加快推進中韓自由貿易協定") + b"\x8e\xa2\xa1\xa7" + euc_tw("第二階段談判。")
    expect_error(write(tmp_path, "taipei.txt", data), "EUC-TW")


def test_a_forced_euc_tw_encoding_says_parallax_cannot_read_it(tmp_path: Path) -> None:
    path = write(tmp_path, "taipei.txt", euc_tw(EUC_TW_READOUT))
    expect_error(path, "cannot read EUC-TW", "UTF-8 or Big5", encoding="EUC-TW")


@pytest.mark.parametrize("codec", ["gb2312", "big5", "cp949"])
def test_other_cjk_encodings_are_not_taken_for_euc_tw(codec: str) -> None:
    # GB2312 and EUC-KR use the same byte ranges as EUC-TW plane 1; their text must still be read.
    text = {"gb2312": CHINESE, "big5": TRADITIONAL, "cp949": KOREAN}[codec]
    assert decode_bytes(text.encode(codec))[:2] == (text, codec.replace("gb2312", "gb18030"))


RUSSIAN = (
    "Министр иностранных дел России провёл переговоры с министром иностранных дел Республики Корея.\n\n"
    "Стороны договорились расширить торговлю. МИД России назвал встречу полезной."
)


@pytest.mark.parametrize("codec", ["koi8_r", "cp1251", "iso8859_5", "mac_cyrillic", "cp866"])
@pytest.mark.parametrize("text", [RUSSIAN, "Министр иностранных дел"], ids=["readout", "three-words"])
def test_russian_in_a_cyrillic_codepage_is_read_as_russian(text: str, codec: str) -> None:
    # KOI8-R was read as Windows-1252 mojibake ("íÉÎÉÓÔÒ ÉÎÏÓÔÒÁÎÎÙÈ").
    assert decode_bytes(text.encode(codec))[:2] == (text, codec)


def test_newlines_are_normalised_and_bom_dropped() -> None:
    data = "\ufeffline one\r\nline two\rline three\n".encode()
    text, codec, _ = decode_bytes(data)
    assert text == "line one\nline two\nline three\n"
    assert codec == "utf-8-sig"


def test_forced_encoding_overrides_detection(tmp_path: Path) -> None:
    path = write(tmp_path, "latin.txt", "Größe und Maß".encode("latin-1"))
    raw = read_file(path, encoding="latin-1")
    assert raw.text == "Größe und Maß"
    assert raw.encoding_detected is False
    assert raw.encoding == "iso8859-1"
    # the caller may choose a reading detection would not: GB18030 bytes read as Big5 give other text
    chinese = write(tmp_path, "zh.txt", "外交部".encode("gb18030"))
    forced = read_file(chinese, encoding="big5")
    assert forced.encoding == "big5" and forced.text != "外交部"


def test_forced_euc_kr_reads_cp949_only_syllables(tmp_path: Path) -> None:
    # "똠" is outside EUC-KR proper; pages labelled EUC-KR use it anyway, so the superset is used
    path = write(tmp_path, "kr.txt", "똠방각하 양 장관".encode("cp949"))
    raw = read_file(path, encoding="EUC-KR")
    assert raw.text == "똠방각하 양 장관"
    assert raw.encoding == "cp949"


def test_unknown_forced_encoding_is_an_error(tmp_path: Path) -> None:
    expect_error(write(tmp_path, "a.txt", ENGLISH), "unknown encoding", "klingon-8", encoding="klingon-8")


@pytest.mark.parametrize("codec", ["base64", "rot13", "hex", "zlib", "undefined", "punycode"])
def test_a_codec_that_is_not_a_text_encoding_is_a_clear_error(tmp_path: Path, codec: str) -> None:
    with pytest.raises(DocumentError, match=f"^a.txt: .*{codec}"):
        read_file(write(tmp_path, "a.txt", ENGLISH), encoding=codec)


@pytest.mark.parametrize("codec", ["base64", "rot13", "zlib", "undefined", "punycode"])
def test_a_page_declaring_a_codec_that_is_not_an_encoding_is_still_read(tmp_path: Path, codec: str) -> None:
    page = f'<html><head><meta charset="{codec}"></head><body><p>{ENGLISH}</p></body></html>'
    raw = read_file(write(tmp_path, "page.html", page.encode()))
    assert " ".join(ENGLISH.split()) in raw.text


def test_undecodable_bytes_with_forced_encoding_name_the_encoding(tmp_path: Path) -> None:
    path = write(tmp_path, "kr.txt", KOREAN.encode("cp949"))
    expect_error(path, "utf-8", encoding="utf-8")


def test_decode_bytes_names_the_source() -> None:
    with pytest.raises(DocumentError, match="^clipboard: "):
        decode_bytes(b"\x00\x01\x02\x03binary\x00", name="clipboard")


# --------------------------------------------------------------------------- text files and pasted text


def test_markdown_and_unknown_suffix(tmp_path: Path) -> None:
    assert read_file(write(tmp_path, "readout.md", "# Title\n\n" + ENGLISH)).format == "md"
    assert read_file(write(tmp_path, "readout.markdown", ENGLISH)).format == "md"
    raw = read_file(write(tmp_path, "readout.asc", ENGLISH))
    assert raw.format == "txt" and raw.text == ENGLISH


def test_text_is_stripped_of_controls_and_outer_whitespace(tmp_path: Path) -> None:
    raw = read_file(write(tmp_path, "old.txt", "\n\n  " + ENGLISH + "\n\x1a"))
    assert raw.text == ENGLISH


def test_html_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    page = "<!DOCTYPE html><html><head><title>T</title></head><body><p>First.</p><p>Second.</p></body></html>"
    raw = read_file(write(tmp_path, "page.txt", page))
    assert raw.format == "html"
    assert raw.text == "First.\n\nSecond."
    assert raw.title == "T"


def test_read_pasted_normalises_text() -> None:
    raw = read_pasted("\ufeffFirst line\r\nsecond\x00 line\rthird\n")
    assert raw == RawText("First line\nsecond line\nthird", "text", None, True, None, [])


def test_read_pasted_rejects_blank_text() -> None:
    with pytest.raises(DocumentError, match="^pasted text: "):
        read_pasted(" \n\t\x00 ")


# --------------------------------------------------------------------------- HTML

MINISTRY_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Outcome of Korea-China Foreign Ministers' Meeting | Ministry of Foreign Affairs</title>
  <style>p { color: red }</style>
  <script>var banner = "<p>script text</p>";</script>
</head>
<body>
  <a class="skip-link" href="#content">Skip to content</a>
  <header id="site-header"><div class="logo">Ministry of Foreign Affairs</div></header>
  <nav class="gnb"><ul><li>Home</li><li>Press</li></ul></nav>
  <div class="breadcrumb">Home &gt; Press Releases</div>
  <div class="slogan">A nation that grows together</div>
  <main id="content">
    <h1>Outcome of Korea-China Foreign Ministers&#39; Meeting</h1>
    <div class="view_cont">
      <p>Foreign Minister Park held talks with Foreign Minister Wang Yi
         in Seoul on 13&nbsp;May.</p>
      <p>The two ministers agreed to accelerate &amp; deepen the FTA negotiations.<br>They also discussed
         supply chains.</p>
      <p>&lt;script&gt;alert(1)&lt;/script&gt;</p>
      <ul><li>Trade</li><li>Culture</li></ul>
      <table><tr><td>Date</td><td>13 May</td></tr></table>
    </div>
    <div class="sns_share"><button>Facebook</button><a href="#">Share on X</a></div>
    <div id="relatedNews"><p>Related: Earlier meeting</p></div>
  </main>
  <aside><p>Most read</p></aside>
  <footer><p>Copyright Ministry</p></footer>
  <noscript>Please enable JavaScript</noscript>
  <iframe src="x"></iframe>
  <svg><text>svg text</text></svg>
</body>
</html>
"""


def test_html_keeps_body_text_and_drops_furniture(tmp_path: Path) -> None:
    raw = read_file(write(tmp_path, "press.html", MINISTRY_PAGE))
    assert raw.format == "html"
    assert raw.encoding == "utf-8"
    assert raw.title == "Outcome of Korea-China Foreign Ministers' Meeting | Ministry of Foreign Affairs"
    assert raw.text.split("\n\n") == [
        "Outcome of Korea-China Foreign Ministers' Meeting",
        "Foreign Minister Park held talks with Foreign Minister Wang Yi in Seoul on 13 May.",
        "The two ministers agreed to accelerate & deepen the FTA negotiations.\n"
        "They also discussed supply chains.",
        "<script>alert(1)</script>",
        "Trade",
        "Culture",
        "Date 13 May",
    ]
    assert raw.warnings == []


def test_html_without_main_uses_whole_body(tmp_path: Path) -> None:
    page = (
        "<html><body><div class='gnb'>Menu</div><div><h2>Readout</h2><p>One.</p></div>"
        "<div class='print_btn'><a>Print</a></div><div id='util'>Login</div><p>Two.</p></body></html>"
    )
    raw = read_file(write(tmp_path, "p.htm", page))
    assert raw.text == "Readout\n\nOne.\n\nTwo."


def test_html_prefers_the_element_holding_most_text(tmp_path: Path) -> None:
    long_text = " ".join(["The two sides agreed to strengthen cooperation."] * 6)
    page = (
        "<html><body><div class='intro'>Welcome to our website, dear visitor.</div>"
        f"<div id='contents'><div class='board_view'><p>{long_text}</p><p>Second paragraph.</p></div></div>"
        "<div class='misc'>Unrelated box</div></body></html>"
    )
    raw = read_file(write(tmp_path, "p.html", page))
    assert raw.text == f"{long_text}\n\nSecond paragraph."


def test_html_br_br_keeps_a_paragraph_break(tmp_path: Path) -> None:
    page = (
        "<html><body><div class='view_cont'>First paragraph.<br><br>Second   paragraph.<br>Same</div></body>"
    )
    assert read_file(write(tmp_path, "p.html", page)).text == "First paragraph.\n\nSecond paragraph.\nSame"


def test_html_pre_keeps_line_breaks(tmp_path: Path) -> None:
    page = "<html><body><pre>line one\nline two</pre></body></html>"
    assert read_file(write(tmp_path, "p.html", page)).text == "line one\nline two"


def test_html_hidden_elements_are_dropped(tmp_path: Path) -> None:
    page = (
        "<html><body><p>Visible.</p><p style='display: none'>Hidden.</p><p hidden>Gone.</p>"
        "<span class='sr-only'>(opens in a new window)</span></body></html>"
    )
    assert read_file(write(tmp_path, "p.html", page)).text == "Visible."


def test_html_declared_euc_kr_charset(tmp_path: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">'
        f"<title>외교부</title></head><body><p>{KOREAN.split(chr(10))[0]}</p></body></html>"
    )
    raw = read_file(write(tmp_path, "kr.html", page.encode("cp949")))
    assert raw.encoding == "cp949"
    assert raw.title == "외교부"
    assert raw.text == KOREAN.split("\n")[0]


def test_html_declared_charset_that_is_wrong_gives_a_warning(tmp_path: Path) -> None:
    page = f'<html><head><meta charset="gb2312"></head><body><p>{KOREAN}</p></body></html>'
    raw = read_file(write(tmp_path, "kr.html", page))  # actually UTF-8
    assert raw.encoding == "utf-8"
    assert "gb2312" in raw.warnings[0]
    assert "한중 FTA" in raw.text


def test_forced_encoding_overrides_the_declared_charset(tmp_path: Path) -> None:
    page = f'<html><head><meta charset="euc-kr"></head><body><p>{KOREAN}</p></body></html>'
    raw = read_file(write(tmp_path, "kr.html", page), encoding="utf-8")
    assert (raw.encoding, raw.encoding_detected, raw.warnings) == ("utf-8", False, [])
    assert raw.text.startswith("양 장관은")


def test_html_gbk_page_without_declaration_is_detected(tmp_path: Path) -> None:
    page = f"<html><body><p>{CHINESE.split(chr(10))[0]}</p></body></html>"
    raw = read_file(write(tmp_path, "cn.html", page.encode("gbk")))
    assert raw.encoding == "gb18030"
    assert raw.text == CHINESE.split("\n")[0]


def test_malformed_html_is_recovered_with_a_warning(tmp_path: Path) -> None:
    page = (
        "<html><body><div><p>The two sides <b>agreed</i> to meet again.</span>"
        "<div><span>Minister Park stressed cooperation.</div></em></section>"
    )
    raw = read_file(write(tmp_path, "broken.html", page))
    assert "The two sides agreed to meet again." in raw.text
    assert "Minister Park stressed cooperation." in raw.text
    assert len(raw.warnings) == 1 and "malformed" in raw.warnings[0]


def test_html_with_only_scripts_is_an_error(tmp_path: Path) -> None:
    page = "<html><head><script>document.write('x')</script></head><body><script>run()</script></body></html>"
    expect_error(write(tmp_path, "empty.html", page), "no readable text")


def test_html_of_only_furniture_is_an_error(tmp_path: Path) -> None:
    page = "<html><body><nav>Home</nav><footer>Copyright</footer><!-- note --></body></html>"
    expect_error(write(tmp_path, "furniture.htm", page), "no readable text")


# --------------------------------------------------------------------------- DOCX


def make_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = "Korea-China Foreign Ministers' Meeting"
    document.sections[0].header.paragraphs[0].text = "RUNNING HEADER"
    document.sections[0].footer.paragraphs[0].text = "Page footer"
    document.add_heading("Outcome of the meeting", level=1)
    document.add_paragraph("The two ministers agreed to accelerate the FTA negotiations.")
    document.add_paragraph("")
    document.add_paragraph("   ")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Topic"
    table.cell(0, 1).text = "Trade"
    table.cell(1, 0).text = ""
    table.cell(1, 1).text = "한중 FTA"
    document.add_paragraph(KOREAN.split("\n")[0])
    document.save(str(path))
    return path


def test_docx_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    raw = read_file(make_docx(tmp_path / "readout.docx"))
    assert raw.format == "docx"
    assert raw.encoding is None
    assert raw.title == "Korea-China Foreign Ministers' Meeting"
    assert raw.text.split("\n\n") == [
        "Outcome of the meeting",
        "The two ministers agreed to accelerate the FTA negotiations.",
        "Topic",
        "Trade",
        "한중 FTA",
        KOREAN.split("\n")[0],
    ]
    assert "RUNNING HEADER" not in raw.text and "footer" not in raw.text


def test_docx_saved_as_txt_is_still_read(tmp_path: Path) -> None:
    source = make_docx(tmp_path / "readout.docx")
    raw = read_file(write(tmp_path, "readout.txt", source.read_bytes()))
    assert raw.format == "docx"
    assert "Outcome of the meeting" in raw.text
    assert raw.warnings


def test_docx_merged_cells_appear_once(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Merged"
    table.cell(0, 2).text = "Single"
    document.save(str(tmp_path / "m.docx"))
    assert read_file(tmp_path / "m.docx").text == "Merged\n\nSingle"


# --------------------------------------------------------------------------- PDF


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[str]], title: str | None = None) -> bytes:
    """A minimal valid PDF: one Helvetica text line per list item, top to bottom."""
    count = len(pages)
    page_ids = [4 + 2 * i for i in range(count)]
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] /Count {count} >>".encode(),
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    for page_id, lines in zip(page_ids, pages, strict=True):
        operators = ["BT", "/F1 11 Tf", "16 TL", "72 760 Td"]
        operators += [f"({_pdf_escape(line)}) Tj T*" for line in lines]
        stream = "\n".join([*operators, "ET"]).encode("cp1252")
        objects[page_id] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {page_id + 1} 0 R >>"
        ).encode()
        objects[page_id + 1] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
    trailer_extra = ""
    if title is not None:
        info_id = 4 + 2 * count
        objects[info_id] = f"<< /Title ({_pdf_escape(title)}) >>".encode()
        trailer_extra = f" /Info {info_id} 0 R"
    out = BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = out.tell()
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, objects[number]))
    xref = out.tell()
    size = max(objects) + 1
    out.write(f"xref\n0 {size}\n0000000000 65535 f \n".encode())
    for number in range(1, size):
        out.write(f"{offsets[number]:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {size} /Root 1 0 R{trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


BODY_PAGES = [
    ["Foreign Minister Park held talks with Wang Yi.", "The two sides agreed to accelerate the FTA talks."],
    ["Minister Park asked for a constructive role.", "Both sides will cooperate on supply chains."],
    ["They agreed to expand youth exchanges.", "Wang Yi said China values the partnership."],
    ["The next meeting will be held in Beijing."],
]
FOOTERS = ["- 1 -", "Page 2 of 4", "3/4", "4"]


def readout_pdf() -> bytes:
    pages = [
        ["Ministry of Foreign Affairs | Press Release No. 123", *body, footer]
        for body, footer in zip(BODY_PAGES, FOOTERS, strict=True)
    ]
    return make_pdf(pages, title="Korea-China Foreign Ministers' Meeting")


def test_pdf_pages_without_headers_and_page_numbers(tmp_path: Path) -> None:
    raw = read_file(write(tmp_path, "readout.pdf", readout_pdf()))
    assert raw.format == "pdf"
    assert raw.title == "Korea-China Foreign Ministers' Meeting"
    assert raw.text == "\n\n".join("\n".join(body) for body in BODY_PAGES)
    assert raw.warnings == []


def test_pdf_header_on_fewer_than_three_pages_is_kept(tmp_path: Path) -> None:
    pages = [["Press Release", "First page body."], ["Press Release", "Second page body.", "2"]]
    raw = read_file(write(tmp_path, "two.pdf", make_pdf(pages)))
    assert raw.text == "Press Release\nFirst page body.\n\nPress Release\nSecond page body."
    assert raw.title is None


def test_pdf_keeps_hyphens_and_numbers_inside_the_text(tmp_path: Path) -> None:
    pages = [["The two sides agreed on coop-", "eration in 2", "areas.", "12 May 2024"]]
    raw = read_file(write(tmp_path, "one.pdf", make_pdf(pages)))
    assert raw.text == "The two sides agreed on coop-\neration in 2\nareas.\n12 May 2024"


def test_pdf_saved_as_txt_is_read_as_pdf(tmp_path: Path) -> None:
    raw = read_file(write(tmp_path, "readout.txt", readout_pdf()))
    assert raw.format == "pdf"
    assert raw.text.startswith("Foreign Minister Park")


def test_a_pdf_with_far_more_text_than_the_limit_is_refused_before_every_page_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A 5 MB PDF of text took 42 s to be refused; reading stops once the pages hold 1.5 times the limit.
    monkeypatch.setattr(pdf_reader, "_PDF_TEXT_CEILING", 3_000)
    pages = [[f"Page {n}: the two sides agreed to expand trade and investment in many areas."] * 10
             for n in range(100)]
    message = expect_error(write(tmp_path, "long.pdf", make_pdf(pages)), "too long for a readout", "1,000,000")
    assert "in the first 5 of 100 pages" in message  # 750 characters a page


def test_pdf_with_empty_user_password_opens(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(BytesIO(readout_pdf())).pages:
        writer.add_page(page)
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    out = BytesIO()
    writer.write(out)
    raw = read_file(write(tmp_path, "restricted.pdf", out.getvalue()))
    assert raw.text.startswith("Foreign Minister Park")


def test_password_protected_pdf_is_an_error(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(BytesIO(readout_pdf())).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    out = BytesIO()
    writer.write(out)
    expect_error(write(tmp_path, "locked.pdf", out.getvalue()), "password")


def test_pdf_without_text_is_an_error(tmp_path: Path) -> None:
    expect_error(write(tmp_path, "scan.pdf", make_pdf([[], []])), "no text layer")


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9])
def test_truncated_pdf_is_an_error(tmp_path: Path, keep: float) -> None:
    data = readout_pdf()
    expect_error(write(tmp_path, "cut.pdf", data[: int(len(data) * keep)]), "pdf", "damaged")


def test_pdf_with_broken_xref_is_recovered_with_a_warning(tmp_path: Path) -> None:
    data = readout_pdf()
    broken = data[: data.rindex(b"startxref")] + b"startxref\n999\n%%EOF\n"
    raw = read_file(write(tmp_path, "xref.pdf", broken))
    assert raw.text.startswith("Foreign Minister Park")
    assert any("structural errors" in warning for warning in raw.warnings)


def test_pdf_kangxi_radicals_and_ligatures_become_ordinary_characters() -> None:
    assert pdf_reader._fix_pdf_characters("\u2f08\u6c11 \ufb01nal") == "人民 final"


def test_pdf_from_qt_drops_qt_page_numbers(tmp_path: Path, qapp: object) -> None:
    # QTextDocument.print_ numbers the pages itself: Parallax's own PDF reports look like this
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    path = tmp_path / "qt.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setTitle("Qt readout")
    topics = ["trade", "supply chains", "youth exchanges", "culture", "tourism", "the environment"]
    paragraphs = [f"On {topic}, the two sides agreed to deepen cooperation (point {i})." for i, topic in
                  enumerate(topics * 8)]  # fmt: skip
    document = QTextDocument()
    document.setHtml("".join(f"<p>{p}</p>" for p in paragraphs))
    document.print_(writer)
    del writer  # finishes the file
    raw = read_file(path)
    assert raw.title == "Qt readout"
    assert [line for line in raw.text.split("\n") if line.strip().isdigit()] == []
    flat = " ".join(raw.text.split())
    assert all(paragraph in flat for paragraph in paragraphs)


# --------------------------------------------------------------------------- bad input


def test_missing_file(tmp_path: Path) -> None:
    expect_error(tmp_path / "nowhere.txt", "not found")


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    expect_error(folder, "folder")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_permission_denied(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", ENGLISH)
    path.chmod(0)
    try:
        expect_error(path, "permission")
    finally:
        path.chmod(0o644)


def test_permission_error_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "locked.txt", ENGLISH)

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    expect_error(path, "permission denied")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs a device file")
def test_device_is_not_read() -> None:
    expect_error(Path("/dev/zero"), "not a regular file")


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", "\ufeff  \n".encode()])
def test_empty_or_blank_file(tmp_path: Path, content: bytes) -> None:
    expect_error(write(tmp_path, "blank.txt", content), "empty")


def test_file_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(file_reader, "MAX_FILE_BYTES", 100)
    expect_error(write(tmp_path, "big.txt", "x" * 200), "too large", "100 bytes")


def test_default_size_limit_is_documented() -> None:
    assert raw_text.MAX_FILE_BYTES == 20 * 1024 * 1024
    assert "20 MB" in (readers.__doc__ or "") and "20 MB" in (read_file.__doc__ or "")


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("photo.txt", PNG_BYTES, "PNG image"),
        ("photo.html", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG image"),
        ("anim.md", b"GIF89a\x01\x00\x01\x00", "GIF image"),
        ("pic.txt", b"RIFF\x10\x00\x00\x00WEBPVP8 ", "WEBP image"),
        ("scan.txt", b"II*\x00\x08\x00\x00\x00", "TIFF image"),
        ("tool.txt", b"\x7fELF\x02\x01\x01\x00" + bytes(64), "program"),
        ("setup.docx", b"MZ\x90\x00\x03\x00\x00\x00", "program"),
        ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "office file"),
    ],
)
def test_binary_files_are_refused(tmp_path: Path, name: str, data: bytes, kind: str) -> None:
    expect_error(write(tmp_path, name, data), kind)


def test_random_binary_is_refused(tmp_path: Path) -> None:
    data = random.Random(7).randbytes(4096)
    expect_error(write(tmp_path, "noise.txt", data), "binary")


def test_text_starting_like_a_two_byte_magic_number_is_text(tmp_path: Path) -> None:
    raw = read_file(write(tmp_path, "bmw.txt", "BMW and MZ are not images or programs."))
    assert raw.text.startswith("BMW")


def test_control_characters_without_nul_are_refused(tmp_path: Path) -> None:
    data = bytes(random.Random(3).choice(range(1, 32)) for _ in range(500))
    expect_error(write(tmp_path, "controls.txt", data), "binary")


def test_zip_that_is_not_a_docx(tmp_path: Path) -> None:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", ENGLISH)
    expect_error(write(tmp_path, "report.docx", buffer.getvalue()), "word document")
    expect_error(write(tmp_path, "report.txt", buffer.getvalue()), "zip archive")


def test_truncated_docx(tmp_path: Path) -> None:
    data = make_docx(tmp_path / "full.docx").read_bytes()
    expect_error(write(tmp_path, "cut.docx", data[: len(data) // 2]), "docx")


def test_docx_suffix_on_plain_text(tmp_path: Path) -> None:
    expect_error(write(tmp_path, "fake.docx", ENGLISH), "not a valid word document")


def test_pdf_suffix_on_plain_text(tmp_path: Path) -> None:
    expect_error(write(tmp_path, "fake.pdf", ENGLISH), "not a valid pdf")


def test_undecodable_bytes_without_forced_encoding_still_read_or_fail_cleanly(tmp_path: Path) -> None:
    # bytes no CJK codec accepts and cp1252 leaves undefined: a clean error, never a traceback
    path = write(tmp_path, "odd.txt", b"abc \x81\x8d\x8f\x90\x9d \x81\x8d\x8f\x90\x9d xyz")
    try:
        raw = read_file(path)
    except DocumentError as error:
        assert "odd.txt" in str(error) and "\n" not in str(error)
    else:
        assert raw.text


def test_messages_are_single_line_even_for_odd_names(tmp_path: Path) -> None:
    odd = write(tmp_path, "two\nlines.txt", b"")
    with pytest.raises(DocumentError) as info:
        read_file(odd)
    assert str(info.value).startswith("two lines.txt: ")


@pytest.mark.parametrize("junk", ["<style>", "<a ", "<script>", "<!--"])
def test_a_page_of_unclosed_tags_is_read_in_linear_time(tmp_path: Path, junk: str) -> None:
    import time

    page = f"<html><body><p>{ENGLISH}</p>{junk * 30_000}</body></html>"
    start = time.perf_counter()
    try:
        read_file(write(tmp_path, "page.html", page))
    except DocumentError:
        pass  # refusing it is fine too; taking minutes is not
    assert time.perf_counter() - start < 5.0  # unclosed <style> tags once took 30 s here


def test_a_word_file_that_unpacks_to_hundreds_of_megabytes_is_refused_at_once(tmp_path: Path) -> None:
    import time

    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", " " * 200_000_000)  # 200 MB of nothing, 0.2 MB packed
    start = time.perf_counter()
    expect_error(write(tmp_path, "bomb.docx", buffer.getvalue()), "unpacks to")
    assert time.perf_counter() - start < 5.0


def docx_with_body(tmp_path: Path, name: str, body: bytes) -> Path:
    """A real Word file (python-docx's template) whose body is one sentence followed by `body`."""
    template = zipfile.ZipFile(make_docx(tmp_path / "template.docx"))
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in template.infolist():
            data = template.read(info.filename)
            if info.filename == "word/document.xml":
                head = data.partition(b"<w:body>")[0]
                data = (head + b"<w:body><w:p><w:r><w:t>The two sides agreed.</w:t></w:r></w:p>" + body
                        + b"<w:sectPr/></w:body></w:document>")
            archive.writestr(info, data)
    return write(tmp_path, name, buffer.getvalue())


@pytest.mark.parametrize(
    ("body", "what"),
    [
        (b"<w:p/>" * 5_000_000, "100,000 paragraphs"),  # 30 MB unpacked, under the size limit
        (b"<w:tbl><w:tr>" + b"<w:tc/>" * 2_000_000 + b"</w:tr></w:tbl>", "100,000 table cells"),
        (b"<w:p>" + b"<w:r/>" * 2_000_000 + b"</w:p>", "200,000 runs"),
        (b"<w:bookmarkEnd/>" * 2_000_000, "1,000,000 XML elements"),
    ],
    ids=["paragraphs", "cells", "runs", "elements"],
)
def test_a_word_file_of_millions_of_elements_is_refused_at_once(tmp_path: Path, body: bytes, what: str) -> None:
    import time

    path = docx_with_body(tmp_path, "elements.docx", body)
    start = time.perf_counter()
    expect_error(path, f"more than {what}", "far more than a readout")
    assert time.perf_counter() - start < 2.0  # python-docx took 13 s for a million empty paragraphs


def test_element_counts_are_exact_across_chunk_boundaries(monkeypatch: pytest.MonkeyPatch) -> None:
    # Chunks of 7 bytes cut most tags in two; 50 paragraphs (in every spelling) pass, 51 are refused.
    monkeypatch.setattr(docx_reader, "_DOCX_CHUNK", 7)
    monkeypatch.setitem(docx_reader.MAX_DOCX_PARTS, b"p", ("paragraphs", 50))

    def archive(paragraphs: bytes) -> bytes:
        buffer = BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as docx_zip:
            docx_zip.writestr("word/document.xml", b"<w:body><w:pPr/>" + paragraphs + b"</w:body>")
        return buffer.getvalue()

    fifty = b"<w:p/>" * 30 + b'<w:p w:rsidR="1"/>' * 10 + b"<w:p><w:pPr/></w:p>" * 10
    docx_reader._check_docx_size(archive(fifty), "fifty.docx")
    with pytest.raises(DocumentError, match="^fiftyone.docx: .*more than 50 paragraphs"):
        docx_reader._check_docx_size(archive(fifty + b"<w:p/>"), "fiftyone.docx")


def test_a_text_longer_than_parallax_handles_is_refused_with_the_limit(tmp_path: Path) -> None:
    long_text = "The two sides agreed to expand trade. " * 30_000  # 1.1 million characters, 2 MB
    expect_error(write(tmp_path, "long.txt", long_text), "too long", "1,000,000")
    with pytest.raises(DocumentError, match="^pasted text: the text is too long"):
        read_pasted(long_text)


@pytest.mark.parametrize("invisible", ["\u200b", "\u200b\u200c\u200d\u2060", "\ufeff \u00a0\u3000\n"])
def test_a_file_of_invisible_characters_holds_no_text(tmp_path: Path, invisible: str) -> None:
    expect_error(write(tmp_path, "blank.txt", invisible), "empty")
    with pytest.raises(DocumentError, match="no text"):
        read_pasted(invisible)


def test_utf8_with_a_few_windows_1252_bytes_reads_both_and_says_so(tmp_path: Path) -> None:
    data = "Zürich and ".encode() + "München agreed to expand trade.".encode("cp1252")
    raw = read_file(write(tmp_path, "mixed.txt", data))
    assert raw.text == "Zürich and München agreed to expand trade." and raw.encoding == "utf-8"
    assert any("Windows-1252" in w for w in raw.warnings)


def test_a_few_stray_bytes_in_latin_text_are_not_read_as_cyrillic(tmp_path: Path) -> None:
    expect_error(write(tmp_path, "stray.txt", b"Hello \x81\x81\x81\xff\xfe world. The two sides agreed."),
                 "could not work out the text encoding")


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be", "iso2022_kr"])
def test_utf32_without_bom_and_iso_2022_kr_are_read_not_refused_as_binary(codec: str) -> None:
    text = "양국은 협력을 강화하기로 했다. The two sides agreed to meet again.\n"
    decoded, used, detected = decode_bytes(text.encode(codec))
    assert (decoded, used, detected) == (text, codec, True)


def test_chinese_in_utf32_without_bom_is_read() -> None:
    text = "双方同意加强合作。\n"
    assert decode_bytes(text.encode("utf-32-be"))[0] == text
