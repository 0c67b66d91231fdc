"""The workspace's sentences in the window's language. The workspace imports no Qt: the window installs
Qt's translation here when it starts (gui/i18n.py); until then, and in tests without a window, the
English source is the text. pyside6-lupdate finds the strings by the name `translate`.

The engine writes its own sentences (a verdict's reasons, topic names) in a report language, "en", "ko",
"zh" or "zh_TW"; `engine_language` is the one that suits the window's language."""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None
_engine_language = "en"
_ENGINE_LANGUAGES = {"ko": "ko", "zh_CN": "zh", "zh_TW": "zh_TW"}  # window language → report language


def translate(context: str, text: str) -> str:
    return _translator(context, text) if _translator is not None else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate finds strings by this name
    """Marks `text` for translation in `context` and returns it as it is (Qt's own is typed `object`)."""
    return text


def engine_language() -> str:
    """The report language the window shows the engine's sentences in: "en", "ko", "zh" or "zh_TW"."""
    return _engine_language


def use_translator(translator: Callable[[str, str], str], language: str = "en") -> None:
    """Translate the workspace's sentences with `translator`, the window being in `language` ("ko",
    "zh_CN", "zh_TW", "en")."""
    global _translator, _engine_language
    _translator = translator
    _engine_language = _ENGINE_LANGUAGES.get(language, "en")
