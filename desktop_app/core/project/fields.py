"""Reading the fields of a loaded file (YAML or JSON) with their types checked: a field that does not
hold what it must raises `Invalid`, whose message says where, for a one-line "damaged file" error."""

from __future__ import annotations

from typing import Any, TypeGuard


class Invalid(Exception):
    """A field of a loaded file that does not hold what it must."""


def required(data: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(data, dict) or key not in data:
        raise Invalid(f"{where}: '{key}' is missing")
    value = data[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise Invalid(f"{where}: '{key}' has the wrong type")
    return value


def optional_list(value: Any, where: str) -> list[Any]:
    """An optional list field: absent is empty, anything but a list is damage."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise Invalid(f"{where}: a list has the wrong type")
    return value


def text_or_none(value: Any, where: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise Invalid(f"{where}: a text field has the wrong type")
    return value


def is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)
