"""The workspace's sentences in the window's language. The workspace imports no Qt: the window installs
Qt's translation here when it starts (gui/i18n.py); until then, and in tests without a window, the
English source is the text. pyside6-lupdate finds the strings by the name `translate`."""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def translate(context: str, text: str) -> str:
    return _translator(context, text) if _translator is not None else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate finds strings by this name
    """Marks `text` for translation in `context` and returns it as it is (Qt's own is typed `object`)."""
    return text


def use_translator(translator: Callable[[str, str], str]) -> None:
    global _translator
    _translator = translator
