"""REFI-QDA: the exchange standard of qualitative-analysis tools (ATLAS.ti, MAXQDA, NVivo, QDA Miner,
Quirkos, QualCoder; Taguette writes codebooks), so that an analyst carries Parallax's codes and coded
passages into the tool the team uses, and brings the team's codebook in.

- A codebook (`.qdc`): one XML document, root `CodeBook` in the namespace urn:QDA-XML:codebook:1.0, each
  tag a `Code` with `guid`, `name`, `isCodable` and `color`. `codebook_to_qdc` writes one,
  `load_qdc`/`read_qdc` read one (nested codes are flattened to "Parent / Child"; grouping codes that are
  not codable are skipped), and `merge_codebook` merges it into a codebook by name, saying what was added.
- A project (`.qdpx`): a zip holding `project.qde` (root `Project`, namespace urn:QDA-XML:project:1.0)
  and, as the standard requires for text sources, each readout's plain text as `sources/<guid>.txt`
  (UTF-8, no byte-order mark), referred to as `plainTextPath="internal://<guid>.txt"`. The codebook is
  the project's `CodeBook`; each annotation becomes, on each readout it is anchored in, a
  `PlainTextSelection` (`startPosition`/`endPosition`: code-point offsets into that text, end exclusive)
  coded with its tag (`Coding`/`CodeRef`), its note as the selection's `Description` and as a `Note`
  the selection refers to (`NoteRef`): tools differ in which of the two they show (a comment on the
  coded passage, or a memo attached to it), so the note is in both. An orphaned annotation, whose quote
  is no longer in the readout, has no place in the text: it becomes a project note saying so, with its
  tag, quote and note.

Checked against QualCoder's documented import (its wiki page "Imports and Exports", and the comments
of its REFI-QDA code, src/qualcoder/refi.py): the texts in a lowercase `sources/` folder (ZIP names
are case-sensitive, and ATLAS.ti refuses `Sources/`), each read as UTF-8 with no byte-order mark (one
would shift every position by one), positions counted on `\n` line ends (Parallax's texts hold no
carriage return; QualCoder notes that MAXQDA may want CRLF files and that ATLAS.ti counts CRLF as one
character), each selection's first `Coding` child a `CodeRef`, and a source's name used as a file
name (`source_name` keeps it one).

Every document is built with xml.etree (never by pasting text into markup) and every text passes through
`xml_safe`. GUIDs are derived from what they name (uuid5), so exporting the same work twice gives the same
identifiers and a tool can tell a re-import from new material. A `.qdc` is read with defusedxml: no
DTD, no entity, nothing fetched from outside, and at most `QDC_LIMIT` bytes and `MAX_CODES` codes.
"""

from __future__ import annotations

import io
import re
import uuid
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

from desktop_app import __version__
from desktop_app.core.annotations import (
    DEFAULT_CODEBOOK,
    UNKNOWN_TAG_COLOUR,
    Annotation,
    Tag,
    spare_colour,
    tag_id_for,
)
from desktop_app.core.fileio import FileRefused, read_regular_file
from desktop_app.core.model import SIDES
from desktop_app.core.report.xmltext import xml_safe

if TYPE_CHECKING:  # the window imports this module at start; the report's modules load when one is made
    from desktop_app.core.report.model import Report, Source

CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
PROJECT_NS = "urn:QDA-XML:project:1.0"
QDC_SUFFIX = ".qdc"
QDE_NAME = "project.qde"
QDC_LIMIT = 5_000_000  # bytes: a codebook of thousands of codes is a few hundred kilobytes
MAX_CODES = 5_000
MAX_DEPTH = 64  # nesting of codes
MAX_NAME = 200  # characters of an imported code's name
_GUIDS = uuid.UUID("0b6f6d2e-5c1e-4c55-9d0e-7061726c6178")  # Parallax's namespace for uuid5
_HEX = re.compile(r"#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")
_SPACE = re.compile(r"\s+")
_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')  # refused in Windows file names


class QdaError(Exception):
    """A REFI-QDA file Parallax cannot use; the message is one line for the user."""


def guid(*parts: str) -> str:
    """A stable GUID for what `parts` name."""
    return str(uuid.uuid5(_GUIDS, "\x1f".join(parts)))


# ============================================================================================ codebook


def codebook_to_qdc(codebook: Sequence[Tag]) -> bytes:
    """The codebook as a REFI-QDA codebook file."""
    root = ET.Element("CodeBook", {"origin": f"Parallax {__version__}"})
    _codes(ET.SubElement(root, "Codes"), codebook)
    return _xml_bytes(root, CODEBOOK_NS)


def _codes(parent: ET.Element, codebook: Sequence[Tag]) -> dict[str, str]:
    """One Code per tag under `parent`; the GUID of each tag id."""
    guids = {}
    for tag in codebook:
        guids[tag.id] = guid("code", tag.id)
        attributes = {"guid": guids[tag.id], "name": xml_safe(tag.name), "isCodable": "true"}
        colour = _colour(tag.colour)
        if colour:
            attributes["color"] = colour
        ET.SubElement(parent, "Code", attributes)
    return guids


@dataclass(frozen=True)
class ImportedCode:
    name: str  # "Parent / Child" for a nested code
    colour: str | None  # "#RRGGBB", or None when the file gives none (or none usable)


@dataclass
class CodebookMerge:
    """What importing a codebook did: the merged codebook, and what was added, already there, left out."""

    codebook: list[Tag]
    added: list[Tag] = field(default_factory=list)
    present: list[str] = field(default_factory=list)  # names the codebook already had
    skipped: list[str] = field(default_factory=list)  # why codes were left out, one line each

    def summary(self, source: str = "the codebook file") -> str:
        """One or two sentences for the user."""
        if self.added:
            names = ", ".join(f"“{t.name}”" for t in self.added[:12]) + (" …" if len(self.added) > 12 else "")
            text = f"Added {_count(len(self.added), 'tag')} from {source}: {names}."
        else:
            text = f"No new tags in {source}."
        if self.present:
            text += f" {_count(len(self.present), 'tag')} {'was' if len(self.present) == 1 else 'were'} " \
                    "already in the codebook."
        if self.skipped:
            more = " …" if len(self.skipped) > 3 else ""
            text += f" Left out: {'; '.join(self.skipped[:3])}{more}."
        return text


def load_qdc(path: str | Path) -> list[ImportedCode]:
    """The codes of a `.qdc` file. Raises QdaError with one line saying what is wrong."""
    name = Path(path).name
    try:
        data = read_regular_file(path, QDC_LIMIT)
    except FileRefused as error:
        raise QdaError(f"{name}: {error}") from None
    except OSError as error:
        raise QdaError(f"{name}: cannot read it: {error.strerror or error}") from None
    return read_qdc(data, name)


def read_qdc(data: bytes, name: str = "codebook") -> list[ImportedCode]:
    """The codes of a REFI-QDA codebook given as bytes (a project's `.qde` is accepted too: its
    codebook is read). Nested codes are named "Parent / Child", in the file's order."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    if not data.strip():
        raise QdaError(f"{name}: the file is empty, not a REFI-QDA codebook")
    try:
        root = fromstring(data, forbid_dtd=True)
    except DefusedXmlException as error:
        raise QdaError(f"{name}: refused: the file declares {_defused_what(error)}, which a REFI-QDA "
                       "codebook never needs") from None
    except ET.ParseError as error:
        raise QdaError(f"{name}: not a REFI-QDA codebook: the XML is broken ({error})") from None
    ns, local = _split(root.tag)
    if local == "Project" and ns == PROJECT_NS:
        root = next((child for child in root if _split(child.tag) == (PROJECT_NS, "CodeBook")), root)
        ns, local = _split(root.tag)
    if local != "CodeBook" or ns not in (CODEBOOK_NS, PROJECT_NS):
        found = f"{{{ns}}}{local}" if ns else local
        raise QdaError(f"{name}: not a REFI-QDA codebook: its root element is <{found}>, not <CodeBook> in "
                       f"{CODEBOOK_NS}")
    codes_element = next((child for child in root if _split(child.tag) == (ns, "Codes")), None)
    if codes_element is None:
        raise QdaError(f"{name}: not a REFI-QDA codebook: it has no <Codes>")
    return list(_walk(codes_element, ns, name))


def _walk(codes: ET.Element, ns: str, name: str) -> Iterator[ImportedCode]:
    """Every codable code, depth first in the file's order (without recursion: depth is capped)."""
    stack: list[tuple[ET.Element, tuple[str, ...]]] = [(c, ()) for c in reversed(_children(codes, ns))]
    count = 0
    while stack:
        element, parents = stack.pop()
        count += 1
        if count > MAX_CODES:
            raise QdaError(f"{name}: more than {MAX_CODES} codes; a Parallax codebook is a few dozen tags")
        if len(parents) >= MAX_DEPTH:
            raise QdaError(f"{name}: codes nested more than {MAX_DEPTH} deep")
        own = _SPACE.sub(" ", element.get("name") or "").strip()[:MAX_NAME].strip()
        path = (*parents, own or "(unnamed)")
        if own and element.get("isCodable", "true").strip().lower() not in ("false", "0"):
            yield ImportedCode(" / ".join(path), _colour(element.get("color") or ""))
        elif not own:
            yield ImportedCode("", None)  # reported by the merge as left out
        stack.extend((child, path) for child in reversed(_children(element, ns)))


def _children(element: ET.Element, ns: str) -> list[ET.Element]:
    return [child for child in element if _split(child.tag) == (ns, "Code")]


def merge_codebook(codebook: Sequence[Tag], codes: Sequence[ImportedCode],
                   reserved: Iterable[str] = ()) -> CodebookMerge:
    """The codebook with the imported codes whose names it lacks (compared without case), each a new tag
    with the file's colour or a spare one; tags already there keep their colour and id. New ids avoid
    `reserved` as well (ids of tags deleted but still named by annotations)."""
    merged = CodebookMerge(list(codebook))
    had = {tag.name.casefold() for tag in codebook}
    seen: set[str] = set()  # names met in the file: a code named twice is taken once
    unnamed = 0
    for code in codes:
        key = code.name.casefold()
        if not key:
            unnamed += 1
        elif key in seen:
            continue
        elif key in had:
            merged.present.append(code.name)
        else:
            tag = Tag(tag_id_for(code.name, {t.id for t in merged.codebook} | set(reserved)), code.name,
                      code.colour or spare_colour(merged.codebook))
            merged.codebook.append(tag)
            merged.added.append(tag)
        seen.add(key)
    if unnamed:
        merged.skipped.append(f"{_count(unnamed, 'code')} without a name")
    return merged


# ============================================================================================= project


def project_to_qdpx(report: Report, codebook: Sequence[Tag] = DEFAULT_CODEBOOK,
                    annotations: Sequence[Annotation] = ()) -> bytes:
    """Both readouts, the codebook and the annotations as a REFI-QDA project (`.qdpx` bytes).

    `report` gives the comparison (its `comparison` must be set, as `build_report` does), the readouts'
    names and labels, the title and the time; `annotations` are the project's own (with their offsets)."""
    comparison = report.comparison
    if comparison is None:
        raise ValueError("a REFI-QDA project needs the report's comparison")
    when = _datetime(report.cover.generated)
    user = guid("user", "parallax")
    tags = list(codebook) + _unknown_tags(codebook, annotations)
    root = ET.Element("Project", {
        "name": xml_safe(report.cover.title), "origin": f"Parallax {__version__}",
        "creatingUserGUID": user, "creationDateTime": when, "modifyingUserGUID": user,
        "modifiedDateTime": when})
    users = ET.SubElement(root, "Users")
    ET.SubElement(users, "User", {"guid": user, "name": "Parallax"})
    code_guids: dict[str, str] = {}
    if tags:
        book = ET.SubElement(root, "CodeBook")
        code_guids = _codes(ET.SubElement(book, "Codes"), tags)
    sources = ET.SubElement(root, "Sources")
    names = {tag.id: tag.name for tag in tags}
    texts: dict[str, str] = {}
    notes: list[ET.Element] = []
    source_guid = {side: guid("source", side, comparison.document(side).text) for side in SIDES}
    elements = {}
    for side in SIDES:
        document = comparison.document(side)
        elements[side] = _text_source(sources, report.sources[side], source_guid[side], user, when)
        texts[source_guid[side]] = document.text
    for annotation in annotations:
        note = _note(annotation, names, user, when) if annotation.note or annotation.orphaned else None
        if note is not None:
            notes.append(note)
        if annotation.orphaned:
            continue
        for number, anchor in enumerate(annotation.anchors):
            _selection(elements[anchor.side], annotation, number, code_guids, note, user, when)
    if notes:
        ET.SubElement(root, "Notes").extend(notes)
    description = ET.SubElement(root, "Description")
    description.text = xml_safe(f"{report.cover.title}. Two readouts of one meeting compared with Parallax "
                                f"{__version__}: {report.sources['left'].label} and "
                                f"{report.sources['right'].label}.")
    return _zip({QDE_NAME: _xml_bytes(root, PROJECT_NS),
                 **{f"sources/{g}.txt": text.encode("utf-8", "replace") for g, text in texts.items()}},
                report.cover.generated)


def _text_source(sources: ET.Element, source: Source, source_guid: str, user: str, when: str) -> ET.Element:
    element = ET.SubElement(sources, "TextSource", {
        "guid": source_guid, "name": source_name(source.heading, source.name),
        "plainTextPath": f"internal://{source_guid}.txt", "creatingUser": user, "creationDateTime": when})
    about = [source.title, source.publisher, source.date and f"dated {source.date}",
             f"read from {source.location}", f"language: {source.language_names}"]
    description = ET.SubElement(element, "Description")
    description.text = xml_safe(f"{source.label[:1].upper()}{source.label[1:]}'s readout. "
                                + "; ".join(a for a in about if a) + ".")
    return element


def source_name(heading: str, name: str) -> str:
    """A readout's name as a QDA tool gets it ("Korean side – kr.txt"): a name that is also a safe file
    name, because tools store the imported text under it (QualCoder as documents/NAME.txt), so a readout
    opened from a web address ("example.org/press/12?id=3") loses its slashes and question marks."""
    return xml_safe(_UNSAFE_IN_FILE_NAMES.sub("_", f"{heading} – {name}")).strip(" .") or "readout"


def _selection(source: ET.Element, annotation: Annotation, number: int, code_guids: dict[str, str],
               note: ET.Element | None, user: str, when: str) -> None:
    anchor = annotation.anchors[number]
    attributes = {"guid": guid("selection", annotation.id, str(number)),
                  "name": xml_safe(_short(anchor.quote, 60)),
                  "startPosition": str(anchor.start), "endPosition": str(anchor.end),
                  "creatingUser": user, "creationDateTime": _when(annotation.created, when)}
    if annotation.modified:
        attributes |= {"modifyingUser": user, "modifiedDateTime": _when(annotation.modified, when)}
    selection = ET.SubElement(source, "PlainTextSelection", attributes)
    if annotation.note:
        ET.SubElement(selection, "Description").text = xml_safe(annotation.note)
    coding = ET.SubElement(selection, "Coding", {
        "guid": guid("coding", annotation.id, str(number)), "creatingUser": user,
        "creationDateTime": _when(annotation.created, when)})
    ET.SubElement(coding, "CodeRef", {"targetGUID": code_guids[annotation.tag]})
    if note is not None:
        ET.SubElement(selection, "NoteRef", {"targetGUID": note.get("guid", "")})


def _note(annotation: Annotation, names: dict[str, str], user: str, when: str) -> ET.Element:
    tag = names.get(annotation.tag, annotation.tag)
    quote = annotation.anchors[0].quote if annotation.anchors else ""
    element = ET.Element("Note", {
        "guid": guid("note", annotation.id), "name": xml_safe(f"{tag}: {_short(quote, 50)}"),
        "creatingUser": user, "creationDateTime": _when(annotation.created, when)})
    text = annotation.note
    if annotation.orphaned:
        quotes = " / ".join(f"“{a.quote}”" for a in annotation.anchors)
        text = (f"Orphaned annotation (its quote is no longer in the readout), tagged {tag}, on {quotes}."
                + (f" Note: {annotation.note}" if annotation.note else ""))
    ET.SubElement(element, "PlainTextContent").text = xml_safe(text)
    return element


def _unknown_tags(codebook: Sequence[Tag], annotations: Sequence[Annotation]) -> list[Tag]:
    """Tags annotations use that the codebook lacks (a project never has them; a caller might)."""
    known = {tag.id for tag in codebook}
    missing = dict.fromkeys(a.tag for a in annotations if a.tag not in known)
    return [Tag(tag_id, tag_id, UNKNOWN_TAG_COLOUR) for tag_id in missing]


# ============================================================================================= helpers


def _split(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


def _xml_bytes(root: ET.Element, ns: str) -> bytes:
    """The document, built of unqualified names, in `ns` as its default namespace (no prefixes, as the
    standard's examples write it; ElementTree's own default_namespace refuses unqualified attributes)."""
    root.set("xmlns", ns)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _zip(files: dict[str, bytes], when: datetime) -> bytes:
    out = io.BytesIO()
    stamp = max(when.astimezone(UTC), datetime(1980, 1, 1, tzinfo=UTC)).timetuple()[:6]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, payload in files.items():
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, payload)
    return out.getvalue()


def _colour(text: str) -> str | None:
    """'#RRGGBB' from '#rgb', '#rrggbb' or 'rrggbb'; None for anything else."""
    match = _HEX.fullmatch(text.strip())
    if match is None:
        return None
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return "#" + digits.upper()


def _datetime(moment: datetime) -> str:
    """xs:dateTime in UTC, as the standard's examples write it: 2029-06-18T09:30:00Z."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def _when(iso: str, fallback: str) -> str:
    try:
        return _datetime(datetime.fromisoformat(iso))
    except (TypeError, ValueError):
        return fallback


def _short(text: str, limit: int) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _defused_what(error: Exception) -> str:
    kind = type(error).__name__
    return {"DTDForbidden": "a DTD", "EntitiesForbidden": "entities",
            "ExternalReferenceForbidden": "an external reference"}.get(kind, "something unsafe")
