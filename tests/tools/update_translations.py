"""Re-make the window's translations: pyside6-lupdate collects the marked strings of desktop_app/gui and
desktop_app/workspace into resources/i18n/parallax_<lang>.ts (keeping what is translated), Traditional Chinese (the strings and the
user guide, resources/help/guide.zh_TW.html) is derived from the Simplified by OpenCC (build time only:
nothing of it runs in the app), and pyside6-lrelease compiles each .ts into the .qm the app loads. The
report's own wording in Traditional Chinese (resources/report/zh_TW.yaml: the messages, and the topic
labels and place names the engine writes) is derived the same way from resources/report/zh.yaml and the
lexicon's Simplified labels and names.

    .venv/bin/python tests/tools/update_translations.py          # after changing or adding strings
    .venv/bin/python tests/tools/update_translations.py --check  # only say whether anything is missing

New strings arrive "unfinished": translate them in the .ts (Qt Linguist, or by hand) and run it again.
tests/gui/test_translations.py fails while a string is untranslated or a .qm is older than its .ts.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop_app.core.wording import DERIVED as REPORT_DERIVED  # noqa: E402 - derived report language → its base

I18N = ROOT / "resources" / "i18n"
SOURCES = (ROOT / "desktop_app" / "gui", ROOT / "desktop_app" / "workspace")  # the window and its Qt-free state
HELP = ROOT / "resources" / "help"  # the user guide: guide.html, guide.<lang>.html
LANGUAGES = ("ko", "zh_CN", "zh_TW")
DERIVED = {"zh_TW": ("zh_CN", "s2twp")}  # language: (translated from, OpenCC conversion)
BIN = Path(sys.executable).parent
REPORT = ROOT / "resources" / "report"  # the report's own wording: <report language>.yaml
LEXICON = ROOT / "resources" / "lexicon"


def ts_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"parallax_{language}.ts"


def source_files() -> list[Path]:
    return sorted(path for folder in SOURCES for path in folder.rglob("*.py"))


def lupdate(targets: list[Path]) -> None:
    """Collect the strings into the .ts files (existing translations kept; strings gone are dropped)."""
    command = [str(BIN / "pyside6-lupdate"), *map(str, source_files()), "-no-obsolete", "-locations",
               "none", "-source-language", "en", "-ts", *map(str, targets)]
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → translation, None while unfinished."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None and translation.get("type") is None else None
            found[(name, message.findtext("source") or "")] = text or None
    return found


def derive(language: str) -> None:
    """Fill a derived language's .ts from its base language's translations, converted with OpenCC."""
    import opencc  # only needed here, at build time

    base, conversion = DERIVED[language]
    converter = opencc.OpenCC(conversion)
    translated = messages(ts_path(base))
    tree = ET.parse(ts_path(language))
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = translated.get((name, message.findtext("source") or ""))
            translation = message.find("translation")
            assert translation is not None
            if text:
                translation.text = converter.convert(text)
                translation.attrib.pop("type", None)
            else:
                translation.text = ""
                translation.set("type", "unfinished")
    _write_ts(tree.getroot(), ts_path(language))


def derive_guide(language: str) -> None:
    """The user guide of a derived language, converted from its base language's guide."""
    import opencc

    base, conversion = DERIVED[language]
    source = HELP / f"guide.{base}.html"
    if source.is_file():
        text = opencc.OpenCC(conversion).convert(source.read_text(encoding="utf-8"))
        (HELP / f"guide.{language}.html").write_text(text, encoding="utf-8")


def derive_report_wording(language: str) -> None:
    """The report's own wording in a derived language: resources/report/<language>.yaml, from the base
    language's catalogue, and the Simplified topic labels and place names of the lexicon (`names`)."""
    import opencc
    import yaml

    _, conversion = DERIVED[language]
    converter = opencc.OpenCC(conversion)
    code = REPORT_DERIVED[language]  # the report language whose wording is converted: "zh"
    source = yaml.safe_load((REPORT / f"{code}.yaml").read_text(encoding="utf-8"))
    topics = yaml.safe_load((LEXICON / "topics.yaml").read_text(encoding="utf-8"))["topics"]
    entities = yaml.safe_load((LEXICON / "entities.yaml").read_text(encoding="utf-8"))["entities"]
    names = sorted({str(t["labels"][code]) for t in topics if (t.get("labels") or {}).get(code)}
                   | {str(e["names"][code][0]) for e in entities
                      if e.get("kind") == "place" and (e.get("names") or {}).get(code)})
    derived = {"language": language,
               "messages": {k: converter.convert(str(v)) for k, v in source["messages"].items()},
               "names": {name: converter.convert(name) for name in names}}
    header = (f"# The report's own wording in Traditional Chinese, derived by tests/tools/update_translations.py\n"
              f"# with OpenCC ({conversion}) from {code}.yaml, and the lexicon's Simplified topic labels\n"
              "# and place names (`names`: Simplified → Traditional). Do not edit: edit zh.yaml or the lexicon, and\n"
              "# run the tool again.\n")
    (REPORT / f"{language}.yaml").write_text(
        header + yaml.safe_dump(derived, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")


def _write_ts(root: ET.Element, path: Path) -> None:
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def unfinished() -> dict[str, list[tuple[str, str]]]:
    return {language: [key for key, text in messages(ts_path(language)).items() if text is None]
            for language in LANGUAGES}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report untranslated strings, change nothing")
    args = parser.parse_args()
    if not args.check:
        I18N.mkdir(parents=True, exist_ok=True)
        lupdate([ts_path(language) for language in LANGUAGES])
        for language in DERIVED:
            derive(language)
            derive_guide(language)
            derive_report_wording(language)
        for language in LANGUAGES:
            lrelease(ts_path(language), ts_path(language).with_suffix(".qm"))
    missing = unfinished()
    for language, keys in missing.items():
        for context, source in keys:
            print(f"{language}: untranslated [{context}] {source!r}")
    return 1 if any(missing.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
