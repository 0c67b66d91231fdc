"""A readout (`Document`) as plain data and back: the one codec of the project file and the JSON contract.

Both formats write the same fields under the same names and values, from here. They differ only in
what their readers need, and each difference is stated in a `Layout`:
- the project file (`PROJECT`) keeps what reopening needs (where the readout was read from, whether
  the user chose its encoding, the warnings of reading it), nests the metadata, writes boilerplate
  spans as short lists, and puts the long text last;
- the JSON contract (`CONTRACT`) lays the metadata out flat beside the name (other tools read
  `documents.left.side`), writes boilerplate spans as objects, and adds what the comparison knows of
  each statement (its id, kind and topics) itself.
Existing files of both formats depend on the order of the fields, so each layout lists it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, get_args

from desktop_app.core.model import Document, MeetingDate, Metadata, Span, SpeakerKind, Statement
from desktop_app.core.project.fields import Invalid, is_int, optional_list, required, text_or_none

_SPEAKER_KINDS: tuple[str, ...] = get_args(SpeakerKind)


@dataclass(frozen=True)
class Layout:
    """How one format writes a readout: which fields, in which order, and how a boilerplate span looks.

    A field is one of the document's (name, source, format, encoding, encoding_detected, warnings,
    boilerplate, statements, text), "metadata" for the metadata nested, or one of the metadata's own
    (title, language, side …) to lay it out flat. The web address and the time of the fetch are
    written only for a readout fetched from the web.
    """

    fields: tuple[str, ...]
    spans_as_objects: bool


PROJECT = Layout(
    fields=("name", "source", "format", "encoding", "encoding_detected", "metadata", "warnings",
            "boilerplate", "statements", "text"),
    spans_as_objects=False,
)
CONTRACT = Layout(
    fields=("name", "side", "language", "languages", "title", "date", "place", "participants", "publisher",
            "side_evidence", "format", "encoding", "address", "fetched", "text", "boilerplate", "statements"),
    spans_as_objects=True,
)


# ------------------------------------------------------------------------------------------- encode


def document_to_dict(document: Document, layout: Layout) -> dict[str, Any]:
    metadata = metadata_to_dict(document.metadata)
    available = {
        "name": document.name,
        "source": document.source,
        "format": document.format,
        "encoding": document.encoding,
        "encoding_detected": document.encoding_detected,
        "metadata": metadata,
        **metadata,
        "warnings": list(document.warnings),
        "boilerplate": [_span_to_data(span, layout) for span in document.boilerplate],
        "statements": [statement_to_dict(st) for st in document.statements],
        "text": document.text,
    }
    return {key: available[key] for key in layout.fields if key in available}


def metadata_to_dict(meta: Metadata) -> dict[str, Any]:
    return {
        "title": meta.title, "language": meta.language, "languages": list(meta.languages),
        "side": meta.side, "side_evidence": list(meta.side_evidence), "publisher": meta.publisher,
        "date": asdict(meta.date) if meta.date else None, "place": meta.place,
        "participants": list(meta.participants),
        **({"address": meta.address, "fetched": meta.fetched} if meta.address else {}),  # read from the web
    }


def statement_to_dict(st: Statement) -> dict[str, Any]:
    """A statement as read; its text is the document's text between its offsets, so it is not repeated."""
    return {"start": st.start, "end": st.end, "paragraph": st.paragraph, "language": st.language,
            "marker": st.marker, "speaker": st.speaker, "speaker_kind": st.speaker_kind,
            "speaker_carried": st.speaker_carried, "stance": st.stance}


def _span_to_data(span: Span, layout: Layout) -> dict[str, Any] | list[Any]:
    if layout.spans_as_objects:
        return {"start": span.start, "end": span.end, "reason": span.reason}
    return [span.start, span.end, span.reason]


# ------------------------------------------------------------------------------------------- decode


def document_from_dict(data: dict[str, Any], where: str) -> Document:
    """A readout from the project file's layout, every field checked. Raises `Invalid` saying where."""
    # Checked in this order, so that a file damaged in several places is reported as it always was.
    text = required(data, "text", str, where)
    metadata = _metadata(required(data, "metadata", dict, where), where)
    statements = _statements(required(data, "statements", list, where), text, where)
    boilerplate = _boilerplate(data.get("boilerplate"), text, where)
    return Document(
        name=required(data, "name", str, where), text=text, source=text_or_none(data.get("source"), where),
        format=str(data.get("format") or "text"), encoding=text_or_none(data.get("encoding"), where),
        encoding_detected=bool(data.get("encoding_detected", True)), metadata=metadata,
        boilerplate=boilerplate, statements=statements,
        warnings=[str(w) for w in optional_list(data.get("warnings"), where)],
    )


def _metadata(meta: dict[str, Any], where: str) -> Metadata:
    date = meta.get("date")
    return Metadata(
        title=text_or_none(meta.get("title"), where), language=str(meta.get("language") or "und"),
        languages=[str(x) for x in optional_list(meta.get("languages"), where)],
        side=meta["side"] if meta.get("side") in ("KR", "CN") else "unknown",
        side_evidence=[str(x) for x in optional_list(meta.get("side_evidence"), where)],
        publisher=text_or_none(meta.get("publisher"), where),
        date=(MeetingDate(str(date.get("text", "")), str(date["iso"]))
              if isinstance(date, dict) and "iso" in date else None),
        place=text_or_none(meta.get("place"), where),
        participants=[str(x) for x in optional_list(meta.get("participants"), where)],
        # read from the web (absent in projects of readouts read from files, and before they existed)
        address=text_or_none(meta.get("address"), where), fetched=text_or_none(meta.get("fetched"), where),
    )


def _statements(items: list[Any], text: str, where: str) -> list[Statement]:
    statements = []
    previous_end = 0
    for index, item in enumerate(items):
        here = f"{where} statement {index + 1}"
        start, end = required(item, "start", int, here), required(item, "end", int, here)
        if not previous_end <= start < end <= len(text):
            raise Invalid(f"{here}: offsets {start}-{end} are outside the text or overlap")
        previous_end = end
        statements.append(Statement(
            index=index, start=start, end=end, paragraph=_paragraph(item, here),
            text=text[start:end],
            language=str(item.get("language") or "und"), marker=str(item.get("marker") or ""),
            speaker=text_or_none(item.get("speaker"), here),
            speaker_kind=item.get("speaker_kind") if item.get("speaker_kind") in _SPEAKER_KINDS else None,
            speaker_carried=bool(item.get("speaker_carried")), stance=text_or_none(item.get("stance"), here),
        ))
    return statements


def _paragraph(item: dict[str, Any], where: str) -> int:
    paragraph = required(item, "paragraph", int, where)
    if not is_int(paragraph) or paragraph < 0:
        raise Invalid(f"{where}: the paragraph number must be 0 or more")
    return paragraph


def _boilerplate(spans: Any, text: str, where: str) -> list[Span]:
    boilerplate = []
    for span in optional_list(spans, where):
        if not (isinstance(span, list) and len(span) == 3 and all(is_int(x) for x in span[:2])
                and 0 <= span[0] <= span[1] <= len(text)):
            raise Invalid(f"{where}: a boilerplate span is invalid")
        boilerplate.append(Span(int(span[0]), int(span[1]), str(span[2])))
    return boilerplate
