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
    assert set(_list(entry["MimeType"])) == READOUT_TYPES
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
    assert 'collect_data_files("qtawesome")' in source
    assert 'name="Parallax"' in source


def test_icon_is_an_svg_with_a_256_pixel_png_render() -> None:
    svg = ET.parse(PACKAGING / "linux" / f"{APP_ID}.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    png = (ROOT / "resources" / "icons" / "parallax.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])  # the IHDR chunk comes first
    assert (width, height) == (256, 256)
