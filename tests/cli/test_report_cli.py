"""`parallax compare` writing the report in every format, with its options, and refusing outputs it
cannot write."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLES

from desktop_app import cli

DEMO = [str(SAMPLES / "demo-kr.txt"), str(SAMPLES / "demo-cn.txt")]


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_every_format_from_the_suffix(tmp_path: Path, qapp: Any, capsys: pytest.CaptureFixture[str]) -> None:
    outputs = {}
    for suffix in ("pdf", "html", "htm", "md", "csv", "json"):
        out = tmp_path / f"report.{suffix}"
        code, _, err = run(["compare", *DEMO, "-o", str(out)], capsys)
        assert code == 0, err
        outputs[suffix] = out.read_bytes()
    assert outputs["pdf"].startswith(b"%PDF")
    assert outputs["html"].startswith(b"<!DOCTYPE html>") and outputs["htm"].startswith(b"<!DOCTYPE html>")
    assert outputs["md"].startswith("# Korea–China foreign ministers' meeting".encode())
    assert outputs["csv"].startswith(b"\xef\xbb\xbfkind,topic,status")
    data = json.loads(outputs["json"])
    assert data["format"] == "parallax-comparison" and data["report"]["title"].startswith("Korea–China")
    rows = list(csv.DictReader(io.StringIO(outputs["csv"].decode("utf-8-sig"))))
    assert sum(r["kind"] == "link" for r in rows) == len(data["links"])


def test_format_option_title_and_appendix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.txt"
    code, _, err = run(["compare", *DEMO, "-o", str(out), "--format", "html", "--title", "Busan <talks>",
                        "--appendix"], capsys)
    assert code == 0, err
    page = out.read_text(encoding="utf-8")
    assert "<h1>Busan &lt;talks&gt;</h1>" in page and "Appendix: the full texts" in page
    code, out_text, _ = run(["compare", *DEMO, "--format", "md", "--title", "Busan talks"], capsys)
    assert code == 0 and out_text.startswith("# Busan talks\n")


def test_paper_size_reaches_the_pdf(tmp_path: Path, qapp: Any, capsys: pytest.CaptureFixture[str]) -> None:
    import pypdf

    out = tmp_path / "letter.pdf"
    assert run(["compare", *DEMO, "-o", str(out), "--paper", "Letter"], capsys)[0] == 0
    assert [round(float(v)) for v in pypdf.PdfReader(out).pages[0].mediabox[2:]] == [612, 792]


def _expect_bad_output(args: list[str], capsys: pytest.CaptureFixture[str], *words: str) -> None:
    code, _, err = run(args, capsys)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("parallax: "), err
    for word in words:
        assert word in lines[0], lines[0]


def test_outputs_that_cannot_be_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for suffix in ("pdf", "html", "md", "csv", "json"):
        missing = tmp_path / "no" / "such" / f"report.{suffix}"
        _expect_bad_output(["compare", *DEMO, "-o", str(missing)], capsys, "cannot write", "no such folder")
        assert not missing.parent.exists()
    folder = tmp_path / "taken.pdf"
    folder.mkdir()
    _expect_bad_output(["compare", *DEMO, "-o", str(folder)], capsys, "cannot write", "folder")
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    _expect_bad_output(["compare", *DEMO, "-o", str(blocker / "report.html")], capsys, "cannot write")
    _expect_bad_output(["compare", *DEMO, "--format", "pdf"], capsys, "-o report.pdf")
    _expect_bad_output(["compare", *DEMO, "-o", str(tmp_path / "report.odt")], capsys, ".odt")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file", "taken.pdf"]  # nothing half-written


def test_the_cover_meeting_can_be_corrected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.md"
    code, _, err = run(["compare", *DEMO, "-o", str(out), "--place", "Haeundae, Busan",
                        "--participants", "Seo Ha-neul, Guo Yanqing", "--meeting-date", "18 June 2029"], capsys)
    assert code == 0, err
    text = out.read_text(encoding="utf-8")
    assert "Haeundae, Busan" in text and "18 June 2029" in text
