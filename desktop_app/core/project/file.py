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
from typing import TYPE_CHECKING, Any

import yaml

from desktop_app import __version__
from desktop_app.core.analyse.lexicon import LexiconError
from desktop_app.core.annotations import DEFAULT_CODEBOOK, Anchor, Annotation, Tag
from desktop_app.core.compare.corrections import Correction
from desktop_app.core.fileio import FileRefused, read_regular_file, write_atomic
from desktop_app.core.model import SIDES, Document, Side, SideCode
from desktop_app.core.project.codec import PROJECT, document_from_dict, document_to_dict
from desktop_app.core.project.fields import Invalid, is_int, optional_list, required
from desktop_app.core.resources import YamlAliasError, safe_load_user_yaml, yaml_error_place
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
        "documents": {side: document_to_dict(comparison.document(side), PROJECT) for side in SIDES},
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
        raise ProjectError(f"{name}: damaged project file (YAML error{yaml_error_place(error)}); it may be "
                           "truncated") from None
    return project_from_dict(data, name)


def project_from_dict(data: Any, name: str = "project") -> Project:
    if not isinstance(data, dict) or data.get("format") != PROJECT_FORMAT:
        raise ProjectError(f"{name}: not a Parallax project file")
    version = data.get("version")
    if not is_int(version) or version < 1:
        raise ProjectError(f"{name}: the project's format version is missing or invalid")
    if version > PROJECT_VERSION:
        raise ProjectError(f"{name}: saved by a newer Parallax (project format {version}); "
                           f"this version opens format {PROJECT_VERSION} and older")
    if data.get(END_KEY) is not True:
        raise ProjectError(f"{name}: damaged project file (incomplete: cut short while saving or copying)")
    try:
        return _project(data)
    except Invalid as problem:
        raise ProjectError(f"{name}: damaged project file ({problem})") from None


def _project(data: dict[str, Any]) -> Project:
    from desktop_app.core.compare.comparison import analysed, classify

    settings = _settings(required(data, "settings", dict, "settings"))
    lexicon_file = data.get("lexicon_file")
    if lexicon_file is not None and not isinstance(lexicon_file, str):
        raise Invalid("lexicon_file has the wrong type")
    documents_data = required(data, "documents", dict, "project")
    documents = {side: document_from_dict(required(documents_data, side, dict, "documents"),
                                          f"documents.{side}") for side in SIDES}
    warnings: list[str] = []
    try:
        comparison = analysed(documents["left"], documents["right"], settings, lexicon_file)
    except LexiconError as problem:  # the user's lexicon is not on this machine, or no longer valid
        warnings.append(f"the project's lexicon could not be used ({problem}); topics use the built-in one")
        comparison = analysed(documents["left"], documents["right"], settings)
    for number, link in enumerate(required(data, "links", list, "project"), start=1):
        where = f"link {number}"
        left = _indexes(required(link, "left", list, where), documents["left"], where)
        right = _indexes(required(link, "right", list, where), documents["right"], where)
        score = required(link, "score", (int, float), where)
        if isinstance(score, bool) or not 0.0 <= score <= 1.0:  # NaN fails this too
            raise Invalid(f"{where}: the score must be between 0 and 1")
        manual = bool(link.get("manual"))
        comparison.links.append(classify(comparison, left, right, float(score), manual=manual))
    corrections = [_correction(c, documents, n)
                   for n, c in enumerate(optional_list(data.get("corrections"), "corrections"), start=1)]
    codebook = [_tag(t, n) for n, t in enumerate(required(data, "codebook", list, "project"), start=1)]
    tags = {tag.id for tag in codebook}
    annotations = [_annotation(a, documents, tags, n)
                   for n, a in enumerate(optional_list(data.get("annotations"), "annotations"), start=1)]
    labels = data.get("side_labels") or {}
    if not isinstance(labels, dict):
        raise Invalid("side_labels has the wrong type")
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
                    raise Invalid(f"settings: '{key}' must be true or false")
            elif not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
                raise Invalid(f"settings: '{key}' must be a number")
            elif value < 0 or (kind is int and value < 1) or (kind is float and value > 1):
                raise Invalid(f"settings: '{key}' is out of range")
            values[key] = kind(value)
    return AlignmentSettings(**values)


def _indexes(values: list[Any], document: Document, where: str) -> list[int]:
    if not values or not all(isinstance(v, int) and 0 <= v < len(document.statements) for v in values):
        raise Invalid(f"{where}: refers to statements {document.name} does not have")
    return sorted(set(values))


def _correction(data: Any, documents: dict[Side, Document], number: int) -> Correction:
    where = f"correction {number}"
    kind = required(data, "kind", str, where)
    if kind not in ("link", "unlink"):
        raise Invalid(f"{where}: kind must be link or unlink")
    left = _indexes(required(data, "left", list, where), documents["left"], where)
    right = _indexes(required(data, "right", list, where), documents["right"], where)
    return Correction(kind, tuple(left), tuple(right))


def _tag(data: Any, number: int) -> Tag:
    where = f"codebook tag {number}"
    colour = required(data, "colour", str, where)
    if not (len(colour) == 7 and colour.startswith("#")):
        raise Invalid(f"{where}: colour must be like #rrggbb")
    return Tag(required(data, "id", str, where), required(data, "name", str, where), colour)


def _annotation(data: Any, documents: dict[Side, Document], tags: set[str], number: int) -> Annotation:
    where = f"annotation {number}"
    target = required(data, "target", str, where)
    if target not in ("statement", "text", "link"):
        raise Invalid(f"{where}: target must be statement, text or link")
    tag = required(data, "tag", str, where)
    if tag not in tags:
        raise Invalid(f"{where}: tag '{tag}' is not in the codebook")
    anchors = []
    for anchor in required(data, "anchors", list, where):
        side = required(anchor, "side", str, where)
        if side not in SIDES:
            raise Invalid(f"{where}: an anchor's side must be left or right")
        start, end = required(anchor, "start", int, where), required(anchor, "end", int, where)
        if not 0 <= start <= end <= len(documents[side].text):
            raise Invalid(f"{where}: an anchor is outside the text")
        anchors.append(Anchor(side, start, end, required(anchor, "quote", str, where),
                              str(anchor.get("prefix") or ""), str(anchor.get("suffix") or "")))
    if not anchors:
        raise Invalid(f"{where}: has no anchor")
    return Annotation(target, anchors, tag, str(data.get("note") or ""),
                      id=required(data, "id", str, where), created=str(data.get("created") or ""),
                      modified=str(data.get("modified") or ""), orphaned=bool(data.get("orphaned")))
