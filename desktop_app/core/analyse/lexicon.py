"""The topic taxonomy and entity glossary that let statements in different languages meet.

Built in: resources/lexicon/topics.yaml and entities.yaml (schema in resources/lexicon/README.md).
A user's own lexicon file (same schema, topics and/or entities) is merged in: new ids are added, and
terms or names given for an existing id are added to it. Every file is validated, and a problem is
reported as a `LexiconError` naming the file and the entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from desktop_app.core.fileio import FileRefused, read_regular_file
from desktop_app.core.resources import (
    YamlAliasError,
    load_yaml_resource,
    safe_load_user_yaml,
    yaml_error_place,
)

MAX_LEXICON_BYTES = 20 * 1024 * 1024  # a lexicon of terms is kilobytes; anything this large is not one

LANGUAGES = ("en", "ko", "zh", "de")
ENTITY_KINDS = ("person", "country", "organisation", "agreement", "place", "currency", "title")
_ID = re.compile(r"^[a-z0-9_]+(?:\.[a-z0-9_]+)*$")


class LexiconError(ValueError):
    """A lexicon file that cannot be used; the message names the file and the entry."""


@dataclass
class Topic:
    id: str
    label: str  # in English
    terms: dict[str, list[str]] = field(default_factory=dict)  # language → terms
    # The label in the report's other languages ("ko", "zh"); Comparison.labels_in falls back to English.
    labels: dict[str, str] = field(default_factory=dict)

    @property
    def area(self) -> str:
        """The top-level area a topic belongs to: "trade" for "trade.fta"."""
        return self.id.split(".", 1)[0]


@dataclass
class Entity:
    id: str
    kind: str
    names: dict[str, list[str]] = field(default_factory=dict)  # language → names
    country: str | None = None


@dataclass
class Lexicon:
    topics: dict[str, Topic] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)

    def merge(self, data: dict[str, Any], source: str) -> None:
        """Add a validated lexicon file's topics and entities to this one."""
        for entry in data.get("topics") or []:
            topic = self.topics.setdefault(entry["id"], Topic(entry["id"], entry.get("label") or entry["id"]))
            _add_terms(topic.terms, entry.get("terms") or {})
            topic.labels.update(entry.get("labels") or {})
        for entry in data.get("entities") or []:
            entity = self.entities.get(entry["id"])
            if entity is None:
                entity = Entity(entry["id"], entry["kind"], country=entry.get("country"))
                self.entities[entry["id"]] = entity
            elif entity.kind != entry["kind"]:
                raise LexiconError(
                    f"{source}: entity {entry['id']!r} is a {entity.kind}, not a {entry['kind']}")
            _add_terms(entity.names, entry.get("names") or {})
        missing = sorted({t.area for t in self.topics.values()} - set(self.topics))
        if missing:
            raise LexiconError(f"{source}: topic area {missing[0]!r} is used by a topic id but not defined")


def load_lexicon(extra: str | Path | None = None) -> Lexicon:
    """The built-in lexicon, merged with the user's lexicon file `extra` when given."""
    lexicon = Lexicon()
    for name in ("topics.yaml", "entities.yaml"):
        data = load_yaml_resource("lexicon", name)
        validate(data, f"built-in {name}")
        lexicon.merge(data, f"built-in {name}")
    if extra is not None:
        path = Path(extra)
        data = _read_user_file(path)
        validate(data, path.name)
        lexicon.merge(data, path.name)
    return lexicon


def _read_user_file(path: Path) -> dict[str, Any]:
    try:
        text = read_regular_file(path, MAX_LEXICON_BYTES).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError, FileRefused) as error:
        raise LexiconError(f"{path.name}: cannot read the lexicon file ({error})") from None
    try:
        data = safe_load_user_yaml(text)
    except YamlAliasError as error:
        raise LexiconError(f"{path.name}: {error}") from None
    except yaml.YAMLError as error:
        raise LexiconError(f"{path.name}: not valid YAML{yaml_error_place(error)}") from None
    return data


def validate(data: Any, source: str) -> None:
    """Raise LexiconError on the first problem in a lexicon file's content."""
    if not isinstance(data, dict) or not ({"topics", "entities"} & set(data)):
        raise LexiconError(f"{source}: a lexicon file is a mapping with 'topics' and/or 'entities' lists")
    if data.get("version", 1) != 1:
        raise LexiconError(f"{source}: lexicon version {data.get('version')!r} is not supported (expected 1)")
    seen: set[str] = set()
    for key, singular, words_key in (("topics", "topic", "terms"), ("entities", "entity", "names")):
        entries = data.get(key) or []
        if not isinstance(entries, list):
            raise LexiconError(f"{source}: '{key}' must be a list")
        for number, entry in enumerate(entries, start=1):
            where = f"{source}: {key} entry {number}"
            if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
                raise LexiconError(f"{where}: needs an 'id'")
            where = f"{source}: {singular} {entry['id']!r}"
            if not _ID.match(entry["id"]):
                raise LexiconError(f"{where}: ids are lowercase words joined by dots, like 'trade.fta'")
            if entry["id"] in seen:
                raise LexiconError(f"{where}: defined twice")
            seen.add(entry["id"])
            if key == "entities" and entry.get("kind") not in ENTITY_KINDS:
                raise LexiconError(f"{where}: kind must be one of {', '.join(ENTITY_KINDS)}")
            _validate_words(entry.get(words_key), f"{where}: {words_key}")
            labels = entry.get("labels")
            if labels is not None and not (isinstance(labels, dict) and all(
                    isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in labels.items())):
                raise LexiconError(f"{where}: 'labels' maps a language code to the label in that language")
            rank = entry.get("sensitive")
            if rank is not None and (not isinstance(rank, int) or isinstance(rank, bool) or rank < 1):
                raise LexiconError(f"{where}: 'sensitive' is a rank, a whole number from 1")


@cache
def _sensitivity_ranks() -> dict[str, int]:
    data = load_yaml_resource("lexicon", "topics.yaml") or {}
    return {str(t["id"]): int(t["sensitive"]) for t in data.get("topics") or []
            if isinstance(t, dict) and isinstance(t.get("sensitive"), int)}


def sensitivity(topic: str) -> int | None:
    """How sensitive a topic is, as a rank (1 = most; topics.yaml's `sensitive`), the area's rank for a
    sub-topic without its own; None for the ordinary run of topics."""
    ranks = _sensitivity_ranks()
    return ranks.get(topic, ranks.get(topic.split(".", 1)[0]))


def _validate_words(words: Any, where: str) -> None:
    if words is None:
        return
    if not isinstance(words, dict):
        raise LexiconError(f"{where} must map a language code to a list of strings")
    for language, items in words.items():
        if not isinstance(items, list) or not all(isinstance(w, str) and w.strip() for w in items):
            raise LexiconError(f"{where}.{language} must be a list of non-empty strings")


def _add_terms(target: dict[str, list[str]], new: dict[str, list[str]]) -> None:
    for language, words in new.items():
        known = target.setdefault(language, [])
        known.extend(w.strip() for w in words if w.strip() not in known)
