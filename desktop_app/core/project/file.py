"""The project file (`.parallax`): everything needed to reopen a comparison exactly as it was saved.

YAML with a format name and a schema version (fields and versioning: README, "Project files"):
both documents (text, metadata and their statements as read, so a later Parallax with a different
segmenter still opens the same statements), side labels, the alignment settings and lexicon file used,
the links as saved, the manual corrections, the codebook and the annotations. Saves are atomic and keep
the previous file as a backup; every load is validated, and a file that is not a usable project gives a
one-line `ProjectError` and changes nothing.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard, get_args

import yaml

from desktop_app import __version__
from desktop_app.core.analyse.lexicon import LexiconError
from desktop_app.core.annotations import DEFAULT_CODEBOOK, Anchor, Annotation, Tag
from desktop_app.core.compare.corrections import Correction
from desktop_app.core.fileio import FileRefused, read_regular_file, write_atomic
from desktop_app.core.model import (
    SIDES,
    Document,
    MeetingDate,
    Metadata,
    Side,
    SideCode,
    Span,
    SpeakerKind,
    Statement,
)
from desktop_app.core.resources import YamlAliasError, safe_load_user_yaml
from desktop_app.core.settings import DEFAULT_SETTINGS, AlignmentSettings

if TYPE_CHECKING:  # the aligner (numpy) loads when a project is opened, not with the window
    from desktop_app.core.compare.comparison import Comparison

PROJECT_FORMAT = "parallax-project"
PROJECT_VERSION = 1
PROJECT_SUFFIX = ".parallax"
MAX_PROJECT_BYTES = 200 * 1024 * 1024
END_KEY = "end_of_project"


class ProjectError(Exception):
    """A project file that cannot be opened; the message is one line for the user."""


@dataclass
class Project:
    comparison: Comparison
    side_labels: dict[Side, SideCode] = field(default_factory=dict)  # the user's "KR"/"CN"/"unknown" per side
    lexicon_file: str | None = None
    corrections: list[Correction] = field(default_factory=list)
    codebook: list[Tag] = field(default_factory=lambda: list(DEFAULT_CODEBOOK))
    annotations: list[Annotation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list, compare=False)  # found on opening; not saved

    def documents(self) -> dict[Side, Document]:
        return {"left": self.comparison.left, "right": self.comparison.right}


# --------------------------------------------------------------------------------------------- save


def project_to_dict(project: Project) -> dict[str, Any]:
    comparison = project.comparison
    return {
        "format": PROJECT_FORMAT,
        "version": PROJECT_VERSION,
        "generator": f"Parallax {__version__}",
        "settings": asdict(comparison.settings),
        "lexicon_file": project.lexicon_file,
        "side_labels": {side: project.side_labels.get(side, comparison.document(side).metadata.side)
                        for side in SIDES},
        "documents": {side: _document_to_dict(comparison.document(side)) for side in SIDES},
        "links": [{"left": list(k.left), "right": list(k.right), "score": round(k.score, 6),
                   "manual": k.manual} for k in comparison.links],
        "corrections": [{"kind": c.kind, "left": list(c.left), "right": list(c.right)}
                        for c in project.corrections],
        "codebook": [asdict(tag) for tag in project.codebook],
        "annotations": [_annotation_to_dict(a) for a in project.annotations],
        END_KEY: True,  # last: a file cut short (a crash, a full disk, a bad copy) lacks it
    }


def project_to_yaml(project: Project) -> str:
    return yaml.dump(project_to_dict(project), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


def save_project(project: Project, path: str | Path) -> None:
    """Write atomically, keeping the file being replaced as `path.bak`. Raises OSError."""
    write_atomic(path, project_to_yaml(project), keep_backup=True)


class _Dumper(yaml.SafeDumper):
    """Long texts as readable literal blocks."""


# YAML reads these as line breaks; written raw (as a literal block writes them) they would come back
# changed. A double-quoted scalar escapes them (\N, \L, \P, \r), so the text comes back as it was.
_YAML_BREAKS = frozenset("\r\x85\u2028\u2029")


# A lone surrogate (half of a UTF-16 pair, as a note pasted from a broken clipboard may hold) is no
# character: PyYAML writes it as "\uD800", which libyaml then refuses to read, so the project would not
# reopen. It is saved as U+FFFD, one character for one, so no offset moves.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    value = _LONE_SURROGATE.sub("\ufffd", value)
    if _YAML_BREAKS.intersection(value):
        style: str | None = '"'
    else:
        style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def _document_to_dict(document: Document) -> dict[str, Any]:
    meta = document.metadata
    return {
        "name": document.name,
        "source": document.source,
        "format": document.format,
        "encoding": document.encoding,
        "encoding_detected": document.encoding_detected,
        "metadata": {
            "title": meta.title, "language": meta.language, "languages": list(meta.languages),
            "side": meta.side, "side_evidence": list(meta.side_evidence), "publisher": meta.publisher,
            "date": asdict(meta.date) if meta.date else None, "place": meta.place,
            "participants": list(meta.participants),
            **({"address": meta.address, "fetched": meta.fetched} if meta.address else {}),
        },
        "warnings": list(document.warnings),
        "boilerplate": [[b.start, b.end, b.reason] for b in document.boilerplate],
        "statements": [
            {"start": s.start, "end": s.end, "paragraph": s.paragraph, "language": s.language,
             "marker": s.marker, "speaker": s.speaker, "speaker_kind": s.speaker_kind,
             "speaker_carried": s.speaker_carried, "stance": s.stance}
            for s in document.statements
        ],
        "text": document.text,
    }


def _annotation_to_dict(annotation: Annotation) -> dict[str, Any]:
    return {
        "id": annotation.id, "target": annotation.target, "tag": annotation.tag, "note": annotation.note,
        "created": annotation.created, "modified": annotation.modified, "orphaned": annotation.orphaned,
        "anchors": [asdict(anchor) for anchor in annotation.anchors],
    }


# --------------------------------------------------------------------------------------------- load


def load_project(path: str | Path) -> Project:
    path = Path(path)
    name = path.name
    try:
        raw = read_regular_file(path, MAX_PROJECT_BYTES)
    except FileRefused as refused:
        raise ProjectError(f"{name}: {refused}") from None
    except FileNotFoundError:
        raise ProjectError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise ProjectError(f"{name}: is a folder, not a project file") from None
    except OSError as error:
        raise ProjectError(f"{name}: cannot read ({error.strerror or error})") from None
    try:
        data = safe_load_user_yaml(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ProjectError(f"{name}: not a Parallax project (not a text file)") from None
    except YamlAliasError as error:
        raise ProjectError(f"{name}: not a Parallax project ({error}; Parallax never writes them)") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise ProjectError(f"{name}: damaged project file (YAML error{where}); it may be truncated") from None
    return project_from_dict(data, name)


def project_from_dict(data: Any, name: str = "project") -> Project:
    if not isinstance(data, dict) or data.get("format") != PROJECT_FORMAT:
        raise ProjectError(f"{name}: not a Parallax project file")
    version = data.get("version")
    if not _is_int(version) or version < 1:
        raise ProjectError(f"{name}: the project's format version is missing or invalid")
    if version > PROJECT_VERSION:
        raise ProjectError(f"{name}: saved by a newer Parallax (project format {version}); "
                           f"this version opens format {PROJECT_VERSION} and older")
    if data.get(END_KEY) is not True:
        raise ProjectError(f"{name}: damaged project file (incomplete: cut short while saving or copying)")
    try:
        return _project(data)
    except _Invalid as problem:
        raise ProjectError(f"{name}: damaged project file ({problem})") from None


class _Invalid(Exception):
    """A field of the project file that does not hold what it must."""


def _get(data: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(data, dict) or key not in data:
        raise _Invalid(f"{where}: '{key}' is missing")
    value = data[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise _Invalid(f"{where}: '{key}' has the wrong type")
    return value


def _project(data: dict[str, Any]) -> Project:
    from desktop_app.core.compare.comparison import analysed, classify

    settings = _settings(_get(data, "settings", dict, "settings"))
    lexicon_file = data.get("lexicon_file")
    if lexicon_file is not None and not isinstance(lexicon_file, str):
        raise _Invalid("lexicon_file has the wrong type")
    documents_data = _get(data, "documents", dict, "project")
    documents = {side: _document(_get(documents_data, side, dict, "documents"), f"documents.{side}")
                 for side in SIDES}
    warnings: list[str] = []
    try:
        comparison = analysed(documents["left"], documents["right"], settings, lexicon_file)
    except LexiconError as problem:  # the user's lexicon is not on this machine, or no longer valid
        warnings.append(f"the project's lexicon could not be used ({problem}); topics use the built-in one")
        comparison = analysed(documents["left"], documents["right"], settings)
    for number, link in enumerate(_get(data, "links", list, "project"), start=1):
        left = _indexes(_get(link, "left", list, f"link {number}"), documents["left"], f"link {number}")
        right = _indexes(_get(link, "right", list, f"link {number}"), documents["right"], f"link {number}")
        score = _get(link, "score", (int, float), f"link {number}")
        if isinstance(score, bool) or not 0.0 <= score <= 1.0:  # NaN fails this too
            raise _Invalid(f"link {number}: the score must be between 0 and 1")
        manual = bool(link.get("manual"))
        comparison.links.append(classify(comparison, left, right, float(score), manual=manual))
    corrections = [_correction(c, documents, n)
                   for n, c in enumerate(_list(data.get("corrections"), "corrections"), start=1)]
    codebook = [_tag(t, n) for n, t in enumerate(_get(data, "codebook", list, "project"), start=1)]
    tags = {tag.id for tag in codebook}
    annotations = [_annotation(a, documents, tags, n)
                   for n, a in enumerate(_list(data.get("annotations"), "annotations"), start=1)]
    labels = data.get("side_labels") or {}
    if not isinstance(labels, dict):
        raise _Invalid("side_labels has the wrong type")
    side_labels = {side: labels[side] for side in SIDES if labels.get(side) in ("KR", "CN", "unknown")}
    return Project(comparison, side_labels, lexicon_file, corrections, codebook, annotations, warnings)


def _settings(data: dict[str, Any]) -> AlignmentSettings:
    known = {f.name: f for f in fields(AlignmentSettings)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key in known:  # settings a newer or older Parallax knows and this one does not are ignored
            kind = type(getattr(DEFAULT_SETTINGS, key))
            if kind is bool:
                if not isinstance(value, bool):
                    raise _Invalid(f"settings: '{key}' must be true or false")
            elif not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
                raise _Invalid(f"settings: '{key}' must be a number")
            elif value < 0 or (kind is int and value < 1) or (kind is float and value > 1):
                raise _Invalid(f"settings: '{key}' is out of range")
            values[key] = kind(value)
    return AlignmentSettings(**values)


def _document(data: dict[str, Any], where: str) -> Document:
    text = _get(data, "text", str, where)
    meta = _get(data, "metadata", dict, where)
    date = meta.get("date")
    metadata = Metadata(
        title=_text_or_none(meta.get("title"), where), language=str(meta.get("language") or "und"),
        languages=[str(x) for x in _list(meta.get("languages"), where)],
        side=meta.get("side") if meta.get("side") in ("KR", "CN") else "unknown",
        side_evidence=[str(x) for x in _list(meta.get("side_evidence"), where)],
        publisher=_text_or_none(meta.get("publisher"), where),
        date=(MeetingDate(str(date.get("text", "")), str(date["iso"]))
              if isinstance(date, dict) and "iso" in date else None),
        place=_text_or_none(meta.get("place"), where),
        participants=[str(x) for x in _list(meta.get("participants"), where)],
        # read from the web (absent in projects of readouts read from files, and before they existed)
        address=_text_or_none(meta.get("address"), where), fetched=_text_or_none(meta.get("fetched"), where),
    )
    statements = []
    previous_end = 0
    for index, item in enumerate(_get(data, "statements", list, where)):
        here = f"{where} statement {index + 1}"
        start, end = _get(item, "start", int, here), _get(item, "end", int, here)
        if not previous_end <= start < end <= len(text):
            raise _Invalid(f"{here}: offsets {start}-{end} are outside the text or overlap")
        previous_end = end
        statements.append(Statement(
            index=index, start=start, end=end, paragraph=_paragraph(item, here),
            text=text[start:end],
            language=str(item.get("language") or "und"), marker=str(item.get("marker") or ""),
            speaker=_text_or_none(item.get("speaker"), here),
            speaker_kind=item.get("speaker_kind") if item.get("speaker_kind") in SPEAKER_KINDS else None,
            speaker_carried=bool(item.get("speaker_carried")), stance=_text_or_none(item.get("stance"), here),
        ))
    boilerplate = []
    for span in _list(data.get("boilerplate"), where):
        if not (isinstance(span, list) and len(span) == 3 and all(_is_int(x) for x in span[:2])
                and 0 <= span[0] <= span[1] <= len(text)):
            raise _Invalid(f"{where}: a boilerplate span is invalid")
        boilerplate.append(Span(int(span[0]), int(span[1]), str(span[2])))
    return Document(
        name=_get(data, "name", str, where), text=text, source=_text_or_none(data.get("source"), where),
        format=str(data.get("format") or "text"), encoding=_text_or_none(data.get("encoding"), where),
        encoding_detected=bool(data.get("encoding_detected", True)), metadata=metadata,
        boilerplate=boilerplate, statements=statements,
        warnings=[str(w) for w in _list(data.get("warnings"), where)],
    )


SPEAKER_KINDS: tuple[str, ...] = get_args(SpeakerKind)


def _list(value: Any, where: str) -> list[Any]:
    """An optional list field: absent is empty, anything but a list is damage."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Invalid(f"{where}: a list has the wrong type")
    return value


def _paragraph(item: dict[str, Any], where: str) -> int:
    paragraph = _get(item, "paragraph", int, where)
    if not _is_int(paragraph) or paragraph < 0:
        raise _Invalid(f"{where}: the paragraph number must be 0 or more")
    return paragraph


def _text_or_none(value: Any, where: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise _Invalid(f"{where}: a text field has the wrong type")
    return value


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _indexes(values: list[Any], document: Document, where: str) -> list[int]:
    if not values or not all(isinstance(v, int) and 0 <= v < len(document.statements) for v in values):
        raise _Invalid(f"{where}: refers to statements {document.name} does not have")
    return sorted(set(values))


def _correction(data: Any, documents: dict[Side, Document], number: int) -> Correction:
    where = f"correction {number}"
    kind = _get(data, "kind", str, where)
    if kind not in ("link", "unlink"):
        raise _Invalid(f"{where}: kind must be link or unlink")
    left = _indexes(_get(data, "left", list, where), documents["left"], where)
    right = _indexes(_get(data, "right", list, where), documents["right"], where)
    return Correction(kind, tuple(left), tuple(right))


def _tag(data: Any, number: int) -> Tag:
    where = f"codebook tag {number}"
    colour = _get(data, "colour", str, where)
    if not (len(colour) == 7 and colour.startswith("#")):
        raise _Invalid(f"{where}: colour must be like #rrggbb")
    return Tag(_get(data, "id", str, where), _get(data, "name", str, where), colour)


def _annotation(data: Any, documents: dict[Side, Document], tags: set[str], number: int) -> Annotation:
    where = f"annotation {number}"
    target = _get(data, "target", str, where)
    if target not in ("statement", "text", "link"):
        raise _Invalid(f"{where}: target must be statement, text or link")
    tag = _get(data, "tag", str, where)
    if tag not in tags:
        raise _Invalid(f"{where}: tag '{tag}' is not in the codebook")
    anchors = []
    for anchor in _get(data, "anchors", list, where):
        side = _get(anchor, "side", str, where)
        if side not in SIDES:
            raise _Invalid(f"{where}: an anchor's side must be left or right")
        start, end = _get(anchor, "start", int, where), _get(anchor, "end", int, where)
        if not 0 <= start <= end <= len(documents[side].text):
            raise _Invalid(f"{where}: an anchor is outside the text")
        anchors.append(Anchor(side, start, end, _get(anchor, "quote", str, where),
                              str(anchor.get("prefix") or ""), str(anchor.get("suffix") or "")))
    if not anchors:
        raise _Invalid(f"{where}: has no anchor")
    return Annotation(target, anchors, tag, str(data.get("note") or ""),
                      id=_get(data, "id", str, where), created=str(data.get("created") or ""),
                      modified=str(data.get("modified") or ""), orphaned=bool(data.get("orphaned")))
