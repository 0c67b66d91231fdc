"""The window in Korean and Chinese: every marked string translated, the shipped .qm files compiled from
the current .ts, the language following the system unless the preferences choose one."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "tools"))

import update_translations as tools  # noqa: E402

PLACEHOLDER = re.compile(r"\{\w*\}")


@pytest.fixture(scope="module")
def collected(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[tuple[str, str], str | None]]:
    """What lupdate finds in the code now, merged into copies of the shipped .ts files."""
    folder = tmp_path_factory.mktemp("ts")
    targets = []
    for language in tools.LANGUAGES:
        target = tools.ts_path(language, folder)
        shutil.copy(tools.ts_path(language), target)
        targets.append(target)
    tools.lupdate(targets)
    return {language: tools.messages(tools.ts_path(language, folder)) for language in tools.LANGUAGES}


@pytest.mark.parametrize("language", tools.LANGUAGES)
def test_every_string_of_the_window_is_translated(collected, language: str) -> None:  # type: ignore[no-untyped-def]
    found = collected[language]
    assert len(found) > 400  # the whole window, not a handful
    missing = [f"[{context}] {source!r}" for (context, source), text in found.items() if not text]
    assert not missing, f"untranslated in {language} (run tests/tools/update_translations.py): {missing[:10]}"
    shipped = tools.messages(tools.ts_path(language))
    assert set(found) == set(shipped), "the .ts is behind the code: run tests/tools/update_translations.py"


@pytest.mark.parametrize("language", tools.LANGUAGES)
def test_shipped_qm_is_compiled_from_the_current_ts(tmp_path: Path, language: str) -> None:
    fresh = tmp_path / f"parallax_{language}.qm"
    tools.lrelease(tools.ts_path(language), fresh)
    shipped = tools.ts_path(language).with_suffix(".qm")
    if shipped.read_bytes() == fresh.read_bytes():
        return
    # Another Qt's lrelease may lay the file out differently: then every message must read the same.
    from PySide6.QtCore import QTranslator

    old, new = QTranslator(), QTranslator()
    assert old.load(str(shipped)) and new.load(str(fresh))
    for context, source in tools.messages(tools.ts_path(language)):
        assert old.translate(context, source) == new.translate(context, source), (
            f"{shipped.name} is stale ([{context}] {source!r}): run tests/tools/update_translations.py")


@pytest.mark.parametrize("language", tools.LANGUAGES)
def test_translations_keep_placeholders_and_mnemonics(language: str) -> None:
    for (context, source), text in tools.messages(tools.ts_path(language)).items():
        assert text is not None
        where = f"[{context}] {source!r} → {text!r}"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), where
        assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), where
        assert text != source or not re.search(r"[a-z]{3}", source) or source.startswith(("Python", "Markdown")), where


def test_traditional_chinese_is_in_traditional_characters() -> None:
    traditional = tools.messages(tools.ts_path("zh_TW"))
    assert traditional[("Actions", "&Fold Agreeing Statements")] == "摺疊一致的表述(&F)"
    simplified = tools.messages(tools.ts_path("zh_CN"))
    assert simplified[("Actions", "&Fold Agreeing Statements")] == "折叠一致的表述(&F)"


def test_the_language_follows_the_system_unless_chosen() -> None:
    from desktop_app.gui.i18n import resolve_language

    assert resolve_language("", QLocale("ko_KR")) == "ko"
    assert resolve_language("", QLocale("zh_CN")) == "zh_CN"
    assert resolve_language("", QLocale("zh_TW")) == "zh_TW"
    assert resolve_language("", QLocale("de_DE")) == "en"  # no German translation: English
    assert resolve_language("zh_CN", QLocale("ko_KR")) == "zh_CN"  # the preference wins
    assert resolve_language("en", QLocale("ko_KR")) == "en"


def test_the_language_preference_is_saved_and_a_bad_one_refused(tmp_path: Path) -> None:
    from desktop_app.workspace.preferences import Preferences, load_preferences, save_preferences

    path = tmp_path / "preferences.yaml"
    save_preferences(Preferences(language="ko"), path)
    assert load_preferences(path).language == "ko"
    path.write_text("version: 1\nlanguage: klingon\n", encoding="utf-8")
    loaded = load_preferences(path)
    assert loaded.language == "" and loaded.load_warning and "language" in loaded.load_warning


def test_the_preferences_dialog_offers_the_languages_and_says_when_they_apply(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox

    from desktop_app.gui.dialogs.preferences import PreferencesDialog
    from desktop_app.workspace.preferences import Preferences

    dialog = PreferencesDialog(Preferences(language="zh_CN"))
    qtbot.addWidget(dialog)
    box = dialog.findChild(QComboBox, "languageBox")
    names = [box.itemText(row) for row in range(box.count())]
    assert names[1:] == ["English", "한국어", "简体中文", "繁體中文"]
    assert box.currentData() == "zh_CN"
    assert "start" in dialog.language_note.text()
    box.setCurrentIndex(box.findData("ko"))
    assert dialog.result_preferences().language == "ko"


@pytest.fixture
def korean():  # type: ignore[no-untyped-def]
    from desktop_app.gui.i18n import install_translators

    assert install_translators("ko") == "ko"
    yield
    install_translators("en")


def test_the_window_in_korean_shows_korean_menus_and_qt_dialog_buttons(korean, make_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    window = make_window()
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["파일(&F)", "편집(&E)", "보기(&V)", "이동(&G)", "연결(&L)", "주석(&A)", "도움말(&H)"]
    assert window.actions_by_id["open_left"].text() == "왼쪽 발표문 열기(&L)…"
    assert window.view.filter_combo.itemText(0) == "모든 진술"
    from desktop_app.gui import actions

    assert actions.plain_text(actions.spec("new_comparison")) == "새 비교"  # the shortcut list's name
    assert window.summary.text().startswith("진술 KR 18")
    from desktop_app.gui.dialogs.help import guide_path

    assert guide_path().name == "guide.ko.html"  # Help ▸ User Guide in Korean too
    # Qt's own strings come from Qt's Korean translation
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "취소"


def test_no_translated_string_hides_in_an_f_string() -> None:
    """pyside6-lupdate does not look inside f-strings: a tr() there is never translated."""
    import ast

    hidden = []
    for path in tools.source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                calls = [c for c in ast.walk(node) if isinstance(c, ast.Call)]
                names = [getattr(c.func, "attr", getattr(c.func, "id", "")) for c in calls]
                if {"tr", "translate"} & set(names):
                    hidden.append(f"{path.name}:{node.lineno}")
    assert not hidden


def test_the_engine_speaks_the_window_language_too(korean, make_window) -> None:  # type: ignore[no-untyped-def]
    """Topic names and a verdict's reasons are the engine's words: in a Korean window, they are Korean."""
    from desktop_app.workspace.sentences import link_lines

    window = make_window()
    outline = window.outline.tree
    areas = [outline.topLevelItem(row).text(0) for row in range(outline.topLevelItemCount())]
    assert areas and all(any("가" <= c <= "힣" for c in area) for area in areas), areas
    combo = window.view.filter_combo
    topics = [combo.itemText(row) for row in range(combo.count()) if combo.itemText(row).startswith("주제")]
    assert topics and not any(re.search(r"[a-z]{3}", t) for t in topics), topics  # acronyms (APEC) stay
    differ = [link for link in window.session.comparison.links if link.status == "differ"]
    lines = [line for link in differ for line in link_lines(window.session, link)[1:]]
    assert lines and not any(re.search(r"\b(?:according|attributes|raises|differ)\b", line) for line in lines)
    assert "부산" in window.panes["left"].header.details.toolTip()  # the place, as Korean writes it


def test_a_traditional_chinese_window_shows_the_engine_in_traditional(make_window) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.gui.i18n import install_translators

    assert install_translators("zh_TW") == "zh_TW"
    try:
        window = make_window()
        outline = window.outline.tree
        areas = [outline.topLevelItem(row).text(0) for row in range(outline.topLevelItemCount())]
        combo = window.view.filter_combo
        topics = [combo.itemText(row) for row in range(combo.count())]
        simplified_only = set("韩发现会谈长关国对应这为时与说们实务经济贸边双级议论题点开区")
        assert areas and not simplified_only & set("".join(areas + topics)), areas + topics
        assert any(c in "".join(areas) for c in "與關經際爭") , areas
    finally:
        install_translators("en")


def test_the_qt_free_workspace_speaks_the_window_language(korean) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.workspace.selection import describe_selection

    text = describe_selection({"left": {2}, "right": set()}, {"left": "KR", "right": "CN"}, False, "Ctrl+L", "Ctrl+U")
    assert text.startswith("KR 3 선택됨"), text


@pytest.mark.parametrize("language", tools.LANGUAGES)
def test_the_user_guide_is_there_in_every_language(language: str) -> None:
    from desktop_app.gui.dialogs.help import guide_path

    guide = guide_path(language)
    assert guide.name == f"guide.{language.split('_')[0] if language == 'ko' else language}.html"
    english = (tools.HELP / "guide.html").read_text(encoding="utf-8")
    # the same sections, and every shortcut of the English guide
    text = guide.read_text(encoding="utf-8")
    assert text.count("<h2>") == english.count("<h2>")
    for key in sorted(set(re.findall(r"Ctrl\+[A-Z0-9]|F\d+", english))):
        assert key in text, (guide.name, key)
