"""Preferences: the settings model and its YAML file (round trip, damaged and foreign files, atomic save),
without a display. The dialog is tested in tests/gui/test_preferences.py."""

from __future__ import annotations

import os
from dataclasses import fields
from pathlib import Path

import pytest
import yaml

from desktop_app.core.settings import DEFAULT_SETTINGS
from desktop_app.workspace import preferences as prefs_module
from desktop_app.workspace.preferences import (
    MAX_RECENT,
    SETTINGS,
    Preferences,
    load_preferences,
    preferences_path,
    save_preferences,
)


@pytest.fixture(autouse=True)
def isolated_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every platform's config location into tmp_path, so no test touches the user's own."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("APPDATA", str(home / "AppData" / "Roaming"))
    # On Windows platformdirs asks the shell (and caches it) unless this override is set.
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", str(home / "AppData" / "Roaming"))
    for cached in (getattr(prefs_module, name, None) for name in dir(prefs_module)):
        if callable(getattr(cached, "cache_clear", None)):
            cached.cache_clear()
    if not preferences_path().is_relative_to(tmp_path):  # a platform these variables do not steer
        monkeypatch.setattr(prefs_module, "preferences_path", lambda: home / "parallax" / "preferences.yaml")
    return home


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "preferences.yaml"


def edited() -> Preferences:
    return Preferences(font_family="WenQuanYi Micro Hei", font_size=13.5, theme="dark", threshold=0.3,
                       lexicon_file="/data/my terms.yaml", recent_files=["/a/kr.txt", "/b/중국측.html"])


# --- the settings model --------------------------------------------------------------------------


def test_every_saved_setting_is_declared_with_a_rule_its_default_passes() -> None:
    saved = {f.name for f in fields(Preferences)} - {"load_warning"}
    assert set(SETTINGS) == saved
    defaults = Preferences()
    for name, setting in SETTINGS.items():
        assert setting.check(getattr(defaults, name)) == getattr(defaults, name), name
    assert defaults.threshold == DEFAULT_SETTINGS.threshold


def test_recent_files_most_recent_first_without_duplicates_and_capped() -> None:
    prefs = Preferences()
    for number in range(15):
        prefs.add_recent(f"/readouts/{number}.txt")
    prefs.add_recent("/readouts/12.txt")
    prefs.add_recent("/readouts/./13.txt")  # the same file spelt differently
    assert prefs.recent_files[:3] == ["/readouts/./13.txt", "/readouts/12.txt", "/readouts/14.txt"]
    assert len(prefs.recent_files) == MAX_RECENT
    assert len({os.path.normpath(p) for p in prefs.recent_files}) == MAX_RECENT
    assert "/readouts/4.txt" not in prefs.recent_files  # the oldest fell off


# --- the file ------------------------------------------------------------------------------------


def test_preferences_live_in_the_user_config_folder(isolated_config: Path, tmp_path: Path) -> None:
    assert preferences_path().name == "preferences.yaml"
    assert preferences_path().is_relative_to(tmp_path)


def test_round_trip(path: Path) -> None:
    save_preferences(edited(), path)
    assert load_preferences(path) == edited()
    assert load_preferences(path).load_warning is None
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert data["theme"] == "dark"
    assert "중국측" in path.read_text(encoding="utf-8")  # written as text, not escaped


def test_default_location_round_trip() -> None:
    save_preferences(edited())
    assert preferences_path().is_file()
    assert load_preferences() == edited()


def test_defaults_when_the_file_is_missing(path: Path) -> None:
    prefs = load_preferences(path)
    assert prefs == Preferences()
    assert prefs.load_warning is None
    assert not path.parent.exists()  # reading never creates anything


def test_empty_file_gives_defaults_silently(path: Path) -> None:
    path.parent.mkdir()
    path.write_text("")
    prefs = load_preferences(path)
    assert prefs == Preferences() and prefs.load_warning is None


@pytest.mark.parametrize("content", [
    b"font_size: [11\ntheme: : dark\n",                  # not YAML
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\x00",  # binary
    b"\xff\xfe\x00\x00garbage",                          # not UTF-8
])
def test_corrupt_file_gives_defaults_and_is_kept_until_the_user_saves(path: Path, content: bytes) -> None:
    path.parent.mkdir()
    path.write_bytes(content)
    prefs = load_preferences(path)
    assert prefs == Preferences()
    assert prefs.load_warning and str(path) in prefs.load_warning
    assert path.read_bytes() == content  # loading left it alone
    save_preferences(edited(), path)
    assert path.with_name("preferences.yaml.bad").read_bytes() == content
    assert load_preferences(path) == edited()


@pytest.mark.parametrize("content", [
    "- a list\n- not settings\n",
    "editor: vim\ncolorscheme: solarized\n",    # another program's settings
    "plain words\n",
    "version: one\ntheme: dark\n",
])
def test_foreign_file_gives_defaults_with_a_warning(path: Path, content: str) -> None:
    path.parent.mkdir()
    path.write_text(content)
    prefs = load_preferences(path)
    assert prefs == Preferences()
    assert prefs.load_warning
    assert path.read_text() == content


def test_newer_file_gives_defaults_and_is_left_untouched(path: Path) -> None:
    path.parent.mkdir()
    content = "version: 2\ntheme: dark\nfont_size: 14\nnew_thing: {a: 1}\n"
    path.write_text(content)
    prefs = load_preferences(path)
    assert prefs == Preferences()
    assert prefs.load_warning and "newer" in prefs.load_warning
    assert path.read_text() == content
    save_preferences(Preferences(), path)
    assert path.with_name("preferences.yaml.bad").read_text() == content


def test_wrong_values_fall_back_one_by_one(path: Path) -> None:
    path.parent.mkdir()
    path.write_text("version: 1\nfont_size: big\ntheme: purple\nthreshold: 0.9\nrecent_files: /one.txt\n"
                    "font_family: Noto Serif\nlexicon_file: 12\n")
    prefs = load_preferences(path)
    assert prefs == Preferences(font_family="Noto Serif")
    assert prefs.load_warning
    for name in ("font_size", "theme", "threshold", "recent_files", "lexicon_file"):
        assert name in prefs.load_warning
    assert "font_family" not in prefs.load_warning


def test_booleans_are_not_numbers(path: Path) -> None:
    path.parent.mkdir()
    path.write_text("version: 1\nfont_size: true\n")
    prefs = load_preferences(path)
    assert prefs.font_size == 11.0 and prefs.load_warning


def test_unknown_keys_ignored_and_recent_files_cleaned(path: Path) -> None:
    path.parent.mkdir()
    recent = [f"/r/{n}.txt" for n in range(12)] + ["/r/0.txt"]
    path.write_text(yaml.safe_dump({"version": 1, "window_geometry": [1, 2], "theme": "light",
                                    "recent_files": recent}))
    prefs = load_preferences(path)
    assert prefs.load_warning is None
    assert prefs.theme == "light"
    assert prefs.recent_files == recent[:MAX_RECENT]


def test_unreadable_path_gives_defaults(path: Path) -> None:
    path.mkdir(parents=True)  # a folder where the file should be
    prefs = load_preferences(path)
    assert prefs == Preferences() and prefs.load_warning


def test_failed_save_leaves_the_old_file_intact(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    save_preferences(Preferences(theme="light"), path)
    before = path.read_bytes()

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        save_preferences(edited(), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["preferences.yaml"]  # no temporary left
