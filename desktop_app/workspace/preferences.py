"""The user's preferences: the settings model and its YAML file (no Qt; the dialog is
gui/dialogs/preferences.py).

The file (`preferences_path()`, e.g. ~/.config/parallax/preferences.yaml on Linux) looks like:

    version: 1
    font_family: null
    font_size: 11.0
    theme: system
    threshold: 0.2
    lexicon_file: null
    language: ''
    recent_files: [/home/me/kr.txt]
    recent_projects: [/home/me/talks.parallax]

Every setting is declared once in `SETTINGS` (its type rule and meaning; the default is the
`Preferences` field's) and checked in one place, `_check_settings`. Reading never raises: a missing
file gives the defaults; an unreadable, foreign or newer file, or a wrong value, gives the defaults
for what could not be used and a `load_warning` for the window to show. Nothing is written until the
user saves, and a save first keeps a copy of a file it could not fully read (`preferences.yaml.bad`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal

import platformdirs
import yaml

from desktop_app.core.fileio import write_atomic
from desktop_app.core.resources import safe_load_yaml
from desktop_app.core.settings import DEFAULT_SETTINGS

APP_NAME = "parallax"
FILE_NAME = "preferences.yaml"
FORMAT_VERSION = 1
MAX_RECENT = 10
# The window's languages (the preference's values) and how each names itself; "" follows the system.
LANGUAGES: dict[str, str] = {"": "", "en": "English", "ko": "한국어", "zh_CN": "简体中文",
                             "zh_TW": "繁體中文"}
THEMES = ("system", "light", "dark")
FONT_SIZE_RANGE = (6.0, 48.0)
THRESHOLD_RANGE = (0.05, 0.6)
# A preferences file is a few hundred bytes; anything far larger is not one, and is not parsed.
MAX_FILE_BYTES = 1_000_000


@dataclass
class Preferences:
    # None: the platform's default UI/serif choice; CJK falls back to the bundled font either way.
    font_family: str | None = None
    font_size: float = 11.0
    theme: Literal["system", "light", "dark"] = "system"
    threshold: float = DEFAULT_SETTINGS.threshold
    lexicon_file: str | None = None
    language: str = ""  # "": the system's; else a key of LANGUAGES (applies at the next start)
    recent_files: list[str] = field(default_factory=list)  # most recent first, at most 10, no duplicates
    recent_projects: list[str] = field(default_factory=list)  # the same, for project files
    load_warning: str | None = field(default=None, compare=False)  # the file was not fully usable

    def add_recent(self, path: str) -> None:
        """Put `path` first in the recent files, dropping an earlier entry for the same file."""
        self.recent_files = _put_first(self.recent_files, path)

    def add_recent_project(self, path: str) -> None:
        self.recent_projects = _put_first(self.recent_projects, path)


def _put_first(paths: list[str], path: str) -> list[str]:
    key = _path_key(path)
    return [path, *(p for p in paths if _path_key(p) != key)][:MAX_RECENT]


def _path_key(path: str) -> str:
    # Spelling differences ("a/./b", case on Windows) must not make one file appear twice.
    return os.path.normcase(os.path.normpath(path))


# --- the settings, declared once -----------------------------------------------------------------


class BadValue(ValueError):
    """A setting's value that its rule refuses; the message says what the rule wants."""


@dataclass(frozen=True)
class Setting:
    check: Callable[[Any], Any]  # the value to use, or BadValue
    doc: str


def _optional_text(value: Any) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise BadValue("must be text or null")
    return value.strip()


def _number_in(low: float, high: float) -> Callable[[Any], float]:
    def check(value: Any) -> float:
        # bool is an int to Python, but `font_size: true` is a mistake, not 1 pt.
        if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
            raise BadValue(f"must be a number from {low:g} to {high:g}")
        return float(value)
    return check


def _one_of(choices: tuple[str, ...]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in choices:
            raise BadValue(f"must be one of {', '.join(choices)}")
        return str(value)
    return check


def _recent_list(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(p, str) and p for p in value):
        raise BadValue("must be a list of file paths")
    prefs = Preferences()
    for path in reversed(value):  # re-adding oldest first leaves the order and drops duplicates
        prefs.add_recent(path)
    return prefs.recent_files


SETTINGS: dict[str, Setting] = {
    "font_family": Setting(_optional_text, "font family for readout text; null: the platform's default"),
    "font_size": Setting(_number_in(*FONT_SIZE_RANGE), "point size of readout text"),
    "theme": Setting(_one_of(THEMES), "colours: follow the system, or always light or dark"),
    "threshold": Setting(_number_in(*THRESHOLD_RANGE),
                         "least probability that two statements report the same point, for a link"),
    "lexicon_file": Setting(_optional_text, "the user's own lexicon YAML, merged with the built-in one"),
    "language": Setting(_one_of(tuple(LANGUAGES)), "language of the window; '': the system's"),
    "recent_files": Setting(_recent_list, "readouts opened lately, most recent first"),
    "recent_projects": Setting(_recent_list, "project files opened or saved lately, most recent first"),
}


def _check_settings(data: dict[str, Any], source: str) -> Preferences:
    """Preferences from a version-1 mapping: each known key checked, unknown keys ignored."""
    values: dict[str, Any] = {}
    problems: list[str] = []
    defaults = Preferences()
    for name, setting in SETTINGS.items():
        if name not in data:
            continue
        try:
            values[name] = setting.check(data[name])
        except BadValue as error:
            problems.append(f"{name} {error} (found {data[name]!r}); using {getattr(defaults, name)!r}")
    prefs = Preferences(**values)
    if problems:
        prefs.load_warning = f"{source}: " + "; ".join(problems)
    return prefs


# --- the file ------------------------------------------------------------------------------------


def preferences_path() -> Path:
    """Where the preferences file lives on this platform (not cached: tests point it elsewhere)."""
    return platformdirs.user_config_path(APP_NAME) / FILE_NAME


def load_preferences(path: Path | None = None) -> Preferences:
    """The saved preferences, or the defaults (with `load_warning` set when the file was not usable)."""
    path = path or preferences_path()
    try:
        data = _read_file(path)
    except FileNotFoundError:
        return Preferences()
    except _Unusable as problem:
        return Preferences(load_warning=f"{path}: {problem}; using the default preferences")
    return _check_settings(data, str(path))


class _Unusable(Exception):
    """The file exists but is not a preferences file this version can read."""


def _read_file(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _Unusable("too large to be a preferences file")
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise
    except OSError as error:  # a folder, no permission, an unreadable disk
        raise _Unusable(f"cannot be read ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise _Unusable("is not a text file") from None
    try:
        data = safe_load_yaml(text)
    except (yaml.YAMLError, ValueError, RecursionError):  # what PyYAML raises on bytes it cannot parse
        raise _Unusable("is not valid YAML") from None
    return _check_version(data)


def _check_version(data: Any) -> dict[str, Any]:
    if data is None:  # an empty file: nothing chosen yet
        return {}
    if not isinstance(data, dict):
        raise _Unusable("is not a Parallax preferences file")
    version = data.get("version")
    if version is None:
        # A hand-written file may leave the version out; one with none of our keys is someone else's.
        if not set(SETTINGS) & set(data):
            raise _Unusable("is not a Parallax preferences file")
        return data
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _Unusable(f"has an invalid version {version!r}")
    if version > FORMAT_VERSION:
        raise _Unusable(f"was written by a newer Parallax (format version {version})")
    return data


def save_preferences(prefs: Preferences, path: Path | None = None) -> None:
    """Write the preferences atomically. Raises OSError when the file cannot be written.

    A file that did not load cleanly (corrupt, foreign, newer, or with refused values) is copied to
    `<name>.bad` first, so what the user had is never lost to the defaults.
    """
    path = path or preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    _keep_unusable_copy(path)
    write_atomic(path, _to_yaml(prefs))


def _keep_unusable_copy(path: Path) -> None:
    if not path.is_file() or load_preferences(path).load_warning is None:
        return
    try:
        old = path.read_bytes()
    except OSError:
        return  # it cannot be read, so there is nothing a copy could keep
    write_atomic(path.with_name(path.name + ".bad"), old)


def _to_yaml(prefs: Preferences) -> str:
    data: dict[str, Any] = {"version": FORMAT_VERSION}
    for item in fields(Preferences):
        if item.name in SETTINGS:
            value = getattr(prefs, item.name)
            data[item.name] = list(value) if isinstance(value, list) else value
    header = "# Parallax preferences. Edit with Preferences… in the app, or here while Parallax is closed.\n"
    return header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False)
