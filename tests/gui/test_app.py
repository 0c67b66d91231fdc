"""Starting the window and the screenshot command."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from desktop_app.gui.app import save_screenshot
from gui.gui_support import KO_ZH


def test_screenshot_of_the_demo_pair(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "window.png"
    assert save_screenshot(out) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 860)


def test_screenshot_of_a_given_pair(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "ko-zh.png"
    assert save_screenshot(out, *KO_ZH) == 0
    assert out.stat().st_size > 10_000


def test_screenshot_of_a_bad_file_is_refused_with_one_line(qtbot, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    assert save_screenshot(tmp_path / "x.png", bad, KO_ZH[1]) == 2
    err = capsys.readouterr().err
    assert err.startswith("parallax: ") and err.count("\n") == 1
    assert not (tmp_path / "x.png").exists()


def test_screenshot_to_an_unwritable_place_is_refused(qtbot, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert save_screenshot(tmp_path / "no-such-folder" / "x.png") == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_screenshot_of_a_project_and_of_a_damaged_one(qtbot, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.core.compare.comparison import compare
    from desktop_app.core.documents import load_document
    from desktop_app.core.project.file import Project, save_project

    path = tmp_path / "ko-zh.parallax"
    save_project(Project(compare(load_document(KO_ZH[0]), load_document(KO_ZH[1]))), path)
    assert save_screenshot(tmp_path / "project.png", project=path) == 0
    assert (tmp_path / "project.png").stat().st_size > 10_000
    broken = tmp_path / "broken.parallax"
    broken.write_text(path.read_text(encoding="utf-8")[:500], encoding="utf-8")
    assert save_screenshot(tmp_path / "broken.png", project=broken) == 2
    assert capsys.readouterr().err.startswith("parallax: broken.parallax: ")
