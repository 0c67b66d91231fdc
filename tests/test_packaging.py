"""The packaging files are well-formed and say what the app is (no display or PyInstaller needed)."""

from __future__ import annotations

import configparser
import struct
import xml.etree.ElementTree as ET

from conftest import ROOT

PACKAGING = ROOT / "packaging"
APP_ID = "io.github.parallax_readouts.Parallax"
DESKTOP_FILE = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
SPEC = PACKAGING / "pyinstaller" / "parallax.spec"
READOUT_TYPES = {"text/plain", "text/html", "application/pdf",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
PROJECT_TYPE = "application/x-parallax-project"
MIME_FILE = PACKAGING / "linux" / f"{APP_ID}.mime.xml"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def _list(value: str) -> list[str]:
    # Desktop Entry lists end with ";", which leaves an empty last item.
    return [item for item in value.split(";") if item]


def test_desktop_file_has_the_required_keys() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Parallax"
    assert entry["GenericName"] == "Readout comparison"
    assert entry["Comment"]
    assert entry["Exec"] == "parallax %F"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert _list(entry["Categories"]) == ["Office", "Viewer"]
    assert set(_list(entry["MimeType"])) == READOUT_TYPES | {PROJECT_TYPE}
    assert entry["MimeType"].endswith(";") and entry["Categories"].endswith(";")
    assert len(_list(entry["Keywords"])) >= 3


def test_metainfo_is_well_formed_and_complete() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == "Parallax"
    assert root.findtext("summary")
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    assert len(root.findall("description/p")) >= 2
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP_FILE.name
    assert root.findtext("provides/binary") == "parallax"
    images = [image.text or "" for image in root.iter("image")]
    assert images and images[0].endswith("resources/screenshots/window.png")
    assert root.find("content_rating") is not None
    assert [r.get("version") for r in root.iter("release")] == ["0.1.0"]


def test_release_matches_the_package_version() -> None:
    from desktop_app import __version__

    root = ET.parse(METAINFO).getroot()
    assert root.find("releases/release").get("version") == __version__  # type: ignore[union-attr]


def test_spec_compiles_and_bundles_the_resources() -> None:
    source = SPEC.read_text(encoding="utf-8")
    compile(source, str(SPEC), "exec")
    assert '"resources"' in source  # resources.py looks in sys._MEIPASS/resources when frozen
    assert "desktop_app\" / \"__main__.py" in source
    assert "LICENSES" in source and "licenses" in source
    assert 'name="Parallax"' in source


def test_icon_is_an_svg_with_a_256_pixel_png_render() -> None:
    svg = ET.parse(PACKAGING / "linux" / f"{APP_ID}.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    png = (ROOT / "resources" / "icons" / "parallax.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])  # the IHDR chunk comes first
    assert (width, height) == (256, 256)


def test_project_files_have_a_mime_type() -> None:
    namespace = "{http://www.freedesktop.org/standards/shared-mime-info}"
    root = ET.parse(MIME_FILE).getroot()
    assert root.tag == f"{namespace}mime-info"
    kind = root.find(f"{namespace}mime-type")
    assert kind is not None and kind.get("type") == PROJECT_TYPE
    assert kind.find(f"{namespace}glob").get("pattern") == "*.parallax"  # type: ignore[union-attr]
    magic = kind.find(f"{namespace}magic/{namespace}match")
    assert magic is not None and magic.get("value") == "format: parallax-project"
    metainfo = ET.parse(METAINFO).getroot()
    assert metainfo.findtext("provides/mediatype") == PROJECT_TYPE


def test_a_saved_project_begins_as_the_mime_magic_says(demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.core.project.file import Project, save_project

    path = tmp_path / "demo.parallax"
    save_project(Project(demo), path)
    assert path.read_bytes().startswith(b"format: parallax-project")


def test_metainfo_describes_the_reports_of_today() -> None:
    text = " ".join(ET.parse(METAINFO).getroot().find("description").itertext())  # type: ignore[union-attr]
    assert "JSON or Markdown" not in text
    assert all(word in text for word in ("PDF", "HTML", "Markdown", "CSV", "JSON"))


def _pyproject() -> dict:  # type: ignore[type-arg]
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_licence_is_an_spdx_string_with_its_file() -> None:
    project = _pyproject()["project"]
    assert project["license"] == "MIT"  # an SPDX expression, not the deprecated table
    assert project["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert ET.parse(METAINFO).getroot().findtext("project_license") == project["license"]
    assert not any(c.startswith("License ::") for c in project["classifiers"])  # not beside an SPDX licence
    assert {"Homepage", "Source", "Issues"} <= set(project["urls"])
    assert "Programming Language :: Python :: 3.11" in project["classifiers"]


def test_pyside6_is_held_below_6_12_only_before_python_3_12() -> None:
    from packaging.requirements import Requirement

    pins = [Requirement(line) for line in _pyproject()["project"]["dependencies"]
            if line.startswith("PySide6")]
    for version, held in (("3.11", True), ("3.12", False), ("3.13", False)):
        applying = [pin for pin in pins if pin.marker is None or pin.marker.evaluate({"python_version": version})]
        assert len(applying) == 1
        assert (not applying[0].specifier.contains("6.12.0")) == held


def test_the_sdist_carries_the_tests() -> None:
    manifest = (ROOT / "MANIFEST.in").read_text(encoding="utf-8").splitlines()
    assert "graft tests" in manifest and "graft packaging" in manifest
    assert any(line.startswith("include LICENSE") for line in manifest)


def test_only_the_icon_fonts_in_use_are_loaded_and_bundled() -> None:
    import re

    from desktop_app.gui.actions import ICON_FONTS

    source = SPEC.read_text(encoding="utf-8")
    spec_fonts = re.search(r"^ICON_FONTS = (\(.*?\))$", source, re.M)
    assert spec_fonts is not None and eval(spec_fonts.group(1)) == ICON_FONTS  # noqa: S307 - our own file
    used = set()
    for path in (ROOT / "desktop_app").rglob("*.py"):
        used |= set(re.findall(r'"([a-z0-9]+)\.[a-z0-9-]+"', path.read_text(encoding="utf-8")))
    prefixes = {"fa5", "fa5s", "fa5b", "fa6", "fa6s", "fa6b", "mdi", "mdi6", "ph", "ri", "msc", "ei"}
    assert used & prefixes <= set(ICON_FONTS)


def test_licence_texts_for_the_built_app() -> None:
    licences = PACKAGING / "licenses"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (licences / "LGPL-3.0.txt").read_text(encoding="utf-8")
    assert "Version 3" in (licences / "GPL-3.0.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in (licences / "OFL-1.1-Font-Awesome.txt").read_text(encoding="utf-8")
    source = SPEC.read_text(encoding="utf-8")
    for name in ("LGPL-3.0.txt", "GPL-3.0.txt", "OFL-1.1-Font-Awesome.txt", "Python-LICENSE.txt",
                 "LICENSE-Apache-2.0.txt"):
        assert name in source, name
