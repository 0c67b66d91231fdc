"""The bundled CJK font, embedded in a Word document so Korean and Chinese render on machines without one.

A .docx names its fonts; a reader without them substitutes, and a machine with no Korean or Chinese
font shows boxes (LibreOffice here does). Word's own answer is font embedding (ECMA-376 Part 1,
§17.8.1): `w:embedTrueTypeFonts` in the settings, the font as an obfuscated part in `word/fonts/`, and
the font table's entry pointing at it with `w:embedRegular` and the key that undoes the obfuscation
(the first 32 bytes of the font XORed with the bytes of a GUID, read from its last hex pair back).

The font is WenQuanYi Micro Hei (`resources/fonts`, Apache 2.0, its `fsType` allows editable
embedding). The file is a TrueType collection, which Word cannot embed; face 0 is taken out of it and
cut down to the characters the document holds (fontTools' subsetter), so a copy of a readout grows by
a few hundred kilobytes rather than five megabytes. The font is set as the East Asian font of the
document's defaults and of every style, so that Hangul and Han take it wherever Word or LibreOffice
would pick the East Asian font. A document with no East Asian character gets no font.
"""

from __future__ import annotations

import io
import unicodedata
import uuid
from collections.abc import Iterable

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from lxml import etree  # python-docx's XML library

from desktop_app.core.resources import resource_path

FONT_FILE = "wqy-microhei.ttc"
FONT_NAME = "WenQuanYi Micro Hei"  # face 0's family name: the font table and the runs name it so
FONT_PART = "/word/fonts/font1.odttf"
OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
_OBFUSCATED_BYTES = 32
# settings.xml elements that the schema puts before w:embedTrueTypeFonts (CT_Settings is a sequence).
_SETTINGS_BEFORE = {"writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
                    "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
                    "printFractionalCharacterWidth", "printFormsData"}
_FONT_CHILDREN_AFTER = ("embedRegular", "embedBold", "embedItalic", "embedBoldItalic")


def east_asian(characters: Iterable[str]) -> bool:
    """Whether any of the characters is wide (Hangul, Han, kana, full-width forms): what needs the font."""
    return any(unicodedata.east_asian_width(c) in ("W", "F") for c in characters)


def embed_cjk_font(docx: Document, key: uuid.UUID | None = None) -> bool:
    """Embed the bundled CJK font in `docx`, subset to the characters of its parts, and make it the East
    Asian font of its defaults and styles. Does nothing (and returns False) when no character is
    East Asian. `key` is the obfuscation GUID (random by default)."""
    characters = _characters(docx)
    if not east_asian(characters):
        return False
    key = key or uuid.uuid4()
    font_table = docx.part.part_related_by(RT.FONT_TABLE)
    font = Part(PackURI(FONT_PART), OBFUSCATED_FONT, obfuscate(subset_font(characters), key),
                docx.part.package)
    rel_id = font_table.relate_to(font, RT.FONT)
    font_table._blob = _font_table(font_table.blob, rel_id, key)  # a plain Part: its XML is its blob
    _embed_setting(docx)
    _east_asian_styles(docx)
    return True


def subset_font(characters: Iterable[str]) -> bytes:
    """Face 0 of the bundled font as a TrueType file holding only these characters' glyphs."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(str(resource_path("fonts", FONT_FILE)), fontNumber=0)
    options = subset.Options()
    options.name_IDs = ["*"]  # keep the names, so readers match the family the document asks for
    options.notdef_outline = True
    options.hinting = False
    # FontForge's timestamps, and the OpenType layout tables (vertical forms, Latin kerning), which Word's
    # horizontal text does without and which take most of the time to read.
    options.drop_tables += ["FFTM", "GSUB", "GPOS", "GDEF"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes={ord(c) for c in characters})
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def obfuscate(font: bytes, key: uuid.UUID) -> bytes:
    """ECMA-376 §17.8.1: the first 32 bytes XORed with the key's 16 bytes, taken from the GUID's last hex
    pair to its first. The same operation undoes it."""
    mask = bytes.fromhex(key.hex)[::-1]
    head = bytes(b ^ mask[i % len(mask)] for i, b in enumerate(font[:_OBFUSCATED_BYTES]))
    return head + font[_OBFUSCATED_BYTES:]


def font_key(key: uuid.UUID) -> str:
    return "{" + str(key).upper() + "}"


def _characters(docx: Document) -> set[str]:
    """Every character of the document's XML parts' text: the body, the comments, headers and footers."""
    found: set[str] = set()
    for part in docx.part.package.iter_parts():
        element = getattr(part, "_element", None)
        if element is not None:
            for text in element.itertext():
                found.update(text)
    return found


def _font_table(blob: bytes, rel_id: str, key: uuid.UUID) -> bytes:
    fonts = parse_xml(blob)
    entry = next((f for f in fonts.findall(qn("w:font")) if f.get(qn("w:name")) == FONT_NAME), None)
    if entry is None:
        entry = OxmlElement("w:font")
        entry.set(qn("w:name"), FONT_NAME)
        for tag, value in (("w:family", "swiss"), ("w:pitch", "variable")):  # no charset: Korean and Chinese
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            entry.append(child)
        fonts.append(entry)
    for tag in _FONT_CHILDREN_AFTER:
        for old in entry.findall(qn(f"w:{tag}")):
            entry.remove(old)
    embed = OxmlElement("w:embedRegular")
    embed.set(qn("r:id"), rel_id)
    embed.set(qn("w:fontKey"), font_key(key))
    embed.set(qn("w:subsetted"), "true")
    entry.append(embed)
    return etree.tostring(fonts, xml_declaration=True, encoding="UTF-8", standalone=True)


def _embed_setting(docx: Document) -> None:
    settings = docx.settings.element
    for name in ("embedTrueTypeFonts", "saveSubsetFonts"):
        for old in settings.findall(qn(f"w:{name}")):
            settings.remove(old)
    at = next((i for i, child in enumerate(settings) if child.tag.split("}")[-1] not in _SETTINGS_BEFORE),
              len(settings))
    settings.insert(at, OxmlElement("w:saveSubsetFonts"))  # the font holds this document's characters only
    settings.insert(at, OxmlElement("w:embedTrueTypeFonts"))


def _east_asian_styles(docx: Document) -> None:
    """The font as the East Asian font of the document's defaults and of every style that names fonts
    (a style's theme font would otherwise win over the default)."""
    styles = docx.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    holders = []
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    holders.append(rpr)
    for style in styles.findall(qn("w:style")):
        style_rpr = style.find(qn("w:rPr"))
        if style_rpr is not None and style_rpr.find(qn("w:rFonts")) is not None:
            holders.append(style_rpr)
    for holder in holders:
        fonts = holder.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            holder.insert(0, fonts)  # rFonts comes first in CT_RPr
        fonts.set(qn("w:eastAsia"), FONT_NAME)
        fonts.attrib.pop(qn("w:eastAsiaTheme"), None)
