"""The Preferences dialog: shows and returns the preferences, refuses a lexicon file it cannot use. The
settings model and its file are tested in tests/workspace/test_preferences.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.gui.dialogs import preferences as dialog_module
from desktop_app.gui.dialogs.preferences import PreferencesDialog
from desktop_app.workspace.preferences import Preferences


def edited() -> Preferences:
    return Preferences(font_family="WenQuanYi Micro Hei", font_size=13.5, theme="dark", threshold=0.3,
                       lexicon_file="/data/my terms.yaml", recent_files=["/a/kr.txt", "/b/중국측.html"])


# --- the dialog ----------------------------------------------------------------------------------


def lexicon_file(tmp_path: Path, content: str) -> Path:
    file = tmp_path / "terms.yaml"
    file.write_text(content, encoding="utf-8")
    return file


VALID_LEXICON = "version: 1\ntopics:\n  - id: trade.semiconductors\n    label: Chips\n    terms: {en: [chips]}\n"


def test_dialog_shows_the_preferences_and_returns_them_unchanged(qtbot) -> None:
    dialog = PreferencesDialog(Preferences(recent_files=["/a.txt"]))
    qtbot.addWidget(dialog)
    assert not dialog.font_box.isEnabled()
    assert dialog.result_preferences() == Preferences(recent_files=["/a.txt"])


def test_dialog_returns_edited_values(qtbot, tmp_path: Path) -> None:
    dialog = PreferencesDialog(Preferences(recent_files=["/a.txt"]))
    qtbot.addWidget(dialog)
    family = dialog.font_box.itemText(0)
    dialog.default_font_box.setChecked(False)
    assert dialog.font_box.isEnabled()
    dialog.font_box.setCurrentIndex(0)
    dialog.size_box.setValue(14.5)
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
    dialog.threshold_box.setValue(0.35)
    terms = lexicon_file(tmp_path, VALID_LEXICON)
    dialog.lexicon_edit.setText(str(terms))
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.accept()
    result = dialog.result_preferences()
    assert result == Preferences(font_family=dialog.font_box.currentFont().family(), font_size=14.5,
                                 theme="dark", threshold=0.35, lexicon_file=str(terms),
                                 recent_files=["/a.txt"])
    assert result.font_family and family


def test_dialog_clamps_threshold_to_its_range(qtbot) -> None:
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.threshold_box.setValue(0.9)
    assert dialog.result_preferences().threshold == 0.6


def test_dialog_refuses_an_invalid_lexicon_file(qtbot, tmp_path: Path) -> None:
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    bad = lexicon_file(tmp_path, "topics:\n  - id: Not An Id\n")
    dialog.lexicon_edit.setText(str(bad))
    assert not ok.isEnabled()
    assert dialog.lexicon_error.isVisibleTo(dialog)
    assert "terms.yaml" in dialog.lexicon_error.text() and "lowercase" in dialog.lexicon_error.text()
    with qtbot.assertNotEmitted(dialog.accepted):
        dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted

    bad.write_text(VALID_LEXICON, encoding="utf-8")
    dialog.lexicon_edit.setText(str(bad) + " ")  # any edit re-checks the file
    assert ok.isEnabled()
    assert not dialog.lexicon_error.isVisibleTo(dialog)


def test_dialog_refuses_a_missing_lexicon_file(qtbot, tmp_path: Path) -> None:
    dialog = PreferencesDialog(Preferences(lexicon_file=str(tmp_path / "gone.yaml")))
    qtbot.addWidget(dialog)
    assert "gone.yaml" in dialog.lexicon_error.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.lexicon_edit.clear()  # no extra lexicon is always fine
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert dialog.result_preferences().lexicon_file is None


def test_browse_fills_in_the_chosen_file(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    terms = lexicon_file(tmp_path, VALID_LEXICON)
    monkeypatch.setattr(dialog_module.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(terms), "")))
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.browse_button.click()
    assert dialog.lexicon_edit.text() == str(terms)
    assert dialog.result_preferences().lexicon_file == str(terms)


def test_restore_defaults_keeps_recent_files(qtbot) -> None:
    dialog = PreferencesDialog(edited())
    qtbot.addWidget(dialog)
    dialog.lexicon_edit.clear()
    dialog.buttons.button(dialog.buttons.StandardButton.RestoreDefaults).click()
    assert dialog.result_preferences() == Preferences(recent_files=edited().recent_files)
