"""Where the bundled resources (lexicon YAML, demo readouts, fonts) live, and reading their YAML."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path
from typing import Any

import yaml


def resources_dir() -> Path:
    """The `resources/` folder: inside a frozen build, inside an installed package (desktop_app/resources),
    or beside the package in a source checkout."""
    override = os.environ.get("PARALLAX_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    package = Path(__file__).resolve().parents[1]
    installed = package / "resources"
    return installed if installed.is_dir() else package.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


# libyaml's loader when the wheel has it: the same safe subset of YAML, parsed about ten times faster.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load_yaml(stream: Any) -> Any:
    """yaml.safe_load, with libyaml's safe loader when available. YAML is never read any other way."""
    return yaml.load(stream, Loader=_SafeLoader)  # noqa: S506 - a SafeLoader, so this is safe_load


class YamlAliasError(yaml.YAMLError):
    """A user's YAML file that uses aliases (&name … *name): Parallax never writes them, and an alias
    bomb of a few kilobytes expands to gigabytes."""


def yaml_error_place(error: yaml.YAMLError) -> str:
    """Where in the file a YAML error is, for a one-line message: " at line 12", or nothing."""
    mark = getattr(error, "problem_mark", None)
    return f" at line {mark.line + 1}" if mark else ""


def safe_load_user_yaml(text: str) -> Any:
    """`safe_load_yaml` for files from outside (projects, lexicons): aliases are refused first, by
    libyaml's event parser, before anything is built."""
    for event in yaml.parse(text, Loader=_SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            raise YamlAliasError("YAML aliases (*name) are not allowed")
    return safe_load_yaml(text)


@cache
def load_yaml_resource(*parts: str) -> Any:
    """A bundled YAML file (cached: resources do not change while running)."""
    with resource_path(*parts).open(encoding="utf-8") as fh:
        return safe_load_yaml(fh)
