"""`parallax batch`: pairs from a folder or a manifest, a report per pair, the corpus summary, failures."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES, SAMPLES, SHARED_CORPUS, needs_shared_corpus

from desktop_app import batch, cli

CORPUS = FIXTURES / "corpus"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args)
    out, err = capsys.readouterr()
    return code, out, err


def read_summary(outdir: Path) -> list[dict[str, str]]:
    raw = (outdir / "summary.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


def test_batch_over_the_fixture_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    code, _, err = run(["batch", str(CORPUS), "-o", str(out), "--format", "html,md,csv,json"], capsys)
    assert code == 0, err
    pairs = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())
    for pair in pairs:
        assert sorted(p.name for p in (out / pair).iterdir()) == ["report.csv", "report.html", "report.json",
                                                                 "report.md"]
    rows = read_summary(out)
    assert [r["pair"] for r in rows] == pairs
    for row in rows:
        assert row["status"] == "ok" and row["error"] == ""
        assert row["left_file"].endswith("kr.txt") and row["right_file"].endswith("cn.txt")
        assert int(row["links"]) == int(row["agree"]) + int(row["differ"]) > 0
        assert 0 < float(row["linked_share_left"]) <= 1
    ko_zh = next(r for r in rows if r["pair"] == "ko-zh-trade-2029")
    assert (ko_zh["left_side"], ko_zh["right_side"]) == ("KR", "CN")
    # Per topic and side: the share of that side's statements, as in the report's chart.
    assert float(ko_zh["trade.fta:left"]) > 0 and "trade.fta:right" in ko_zh
    assert f"[{len(pairs)}/{len(pairs)}] ko-zh-trade-2029: ok" in err  # plain progress when not a terminal


def test_batch_writes_pdfs(tmp_path: Path, qapp: Any, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    code, _, err = run(["batch", str(CORPUS), "-o", str(out), "--paper", "Letter"], capsys)
    assert code == 0, err
    for pair in (p.name for p in CORPUS.iterdir() if p.is_dir()):
        assert (out / pair / "report.pdf").read_bytes().startswith(b"%PDF")


@needs_shared_corpus
def test_batch_over_the_shared_dev_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dev = SHARED_CORPUS / "dev"
    out = tmp_path / "out"
    code, _, err = run(["batch", str(dev), "-o", str(out), "--format", "json,csv"], capsys)
    assert code == 0, err
    rows = read_summary(out)
    assert [r["pair"] for r in rows] == sorted(p.name for p in dev.iterdir() if p.is_dir())
    for row in rows:  # kr.txt and cn.txt, never the translations beside them (cn.en.txt)
        assert Path(row["left_file"]).name == "kr.txt" and Path(row["right_file"]).name == "cn.txt"
        assert row["status"] == "ok" and int(row["links"]) >= 5


def test_a_manifest_with_a_failing_pair(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(CORPUS / "en-web-2029", tmp_path / "pairs" / "web")
    (tmp_path / "pairs" / "empty.txt").write_text("", encoding="utf-8")
    manifest = tmp_path / "pairs" / "manifest.yaml"
    manifest.write_text(
        "pairs:\n"
        "  - {left: web/kr.txt, right: web/cn.txt, name: web pair}\n"
        f"  - {{left: {SAMPLES / 'demo-kr.txt'}, right: {SAMPLES / 'demo-cn.txt'}}}\n"
        "  - {left: web/kr.txt, right: empty.txt, name: broken}\n", encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run(["batch", str(manifest), "-o", str(out), "--format", "md"], capsys)
    assert code == 1
    assert "broken: failed: empty.txt" in err
    assert (out / "web-pair" / "report.md").is_file() and (out / "samples" / "report.md").is_file()  # the folder both are in
    assert not (out / "broken").exists()
    rows = {r["pair"]: r for r in read_summary(out)}
    assert rows["broken"]["status"] == "failed" and "empty.txt" in rows["broken"]["error"]
    assert rows["web-pair"]["status"] == "ok"


def test_the_summary_never_hands_a_spreadsheet_a_formula(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "=HYPERLINK(1).txt").write_text("", encoding="utf-8")  # empty: its pair fails, named
    manifest = tmp_path / "manifest.yaml"
    manifest.write_text(f"pairs:\n  - {{left: '=HYPERLINK(1).txt', right: {SAMPLES / 'demo-cn.txt'}, "
                        "name: bad}\n", encoding="utf-8")
    out = tmp_path / "out"
    run(["batch", str(manifest), "-o", str(out), "--format", "md"], capsys)
    [row] = read_summary(out)
    assert row["status"] == "failed" and row["error"].startswith("'=HYPERLINK(1).txt")


def test_how_a_pair_folder_is_read(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    mixed = corpus / "mixed"
    mixed.mkdir(parents=True)
    for name in ("cn.en.txt", "cn.txt", "kr.txt", "gold.yaml", "gold.en.yaml", "meta.yaml", ".hidden.txt"):
        (mixed / name).write_text("x", encoding="utf-8")
    plain = corpus / "plain"
    plain.mkdir()
    for name in ("b-second.html", "a-first.txt", "notes.yaml"):
        (plain / name).write_text("x", encoding="utf-8")
    crowded = corpus / "crowded"
    crowded.mkdir()
    for name in ("one.txt", "two.txt", "three.txt"):
        (crowded / name).write_text("x", encoding="utf-8")
    (corpus / "no-readouts").mkdir()
    pairs = {p.name: p for p in batch.find_pairs(corpus)}
    assert sorted(pairs) == ["crowded", "mixed", "plain"]
    assert (pairs["mixed"].left.name, pairs["mixed"].right.name) == ("kr.txt", "cn.txt")  # type: ignore[union-attr]
    assert (pairs["plain"].left.name, pairs["plain"].right.name) == ("a-first.txt", "b-second.html")  # type: ignore[union-attr]
    assert pairs["crowded"].problem and "found 3" in pairs["crowded"].problem
    # A folder that is itself one pair.
    [own] = batch.find_pairs(mixed)
    assert own.name == "mixed" and own.left.name == "kr.txt"  # type: ignore[union-attr]


def _expect_bad_input(args: list[str], capsys: pytest.CaptureFixture[str], *words: str) -> None:
    code, _, err = run(args, capsys)
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("parallax: "), err
    for word in words:
        assert word in lines[0], lines[0]


def test_unusable_batch_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = str(tmp_path / "out")
    _expect_bad_input(["batch", str(tmp_path / "missing"), "-o", out], capsys, "no such file or folder")
    (tmp_path / "empty").mkdir()
    _expect_bad_input(["batch", str(tmp_path / "empty"), "-o", out], capsys, "no pairs")
    broken = tmp_path / "broken.yaml"
    broken.write_text("pairs: [ {left: a.txt", encoding="utf-8")
    _expect_bad_input(["batch", str(broken), "-o", out], capsys, "broken.yaml", "YAML")
    wrong = tmp_path / "wrong.yaml"
    wrong.write_text("pairs:\n  - {left: a.txt}\n", encoding="utf-8")
    _expect_bad_input(["batch", str(wrong), "-o", out], capsys, "pair 1", "right:")
    not_manifest = tmp_path / "list.txt"
    not_manifest.write_text("a b", encoding="utf-8")
    _expect_bad_input(["batch", str(not_manifest), "-o", out], capsys, "manifest")
    _expect_bad_input(["batch", str(CORPUS), "-o", out, "--format", "pdf,odt"], capsys, "odt")
    _expect_bad_input(["batch", str(CORPUS), "-o", out, "--threshold", "3"], capsys, "--threshold")


def test_an_output_folder_that_cannot_be_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    _expect_bad_input(["batch", str(CORPUS), "-o", str(blocker / "out"), "--format", "md"], capsys,
                      "cannot write")
    _expect_bad_input(["batch", str(CORPUS), "-o", str(blocker), "--format", "md"], capsys, "cannot write")
    (tmp_path / "out" / "summary.csv").mkdir(parents=True)  # the summary's place is taken by a folder
    _expect_bad_input(["batch", str(CORPUS), "-o", str(tmp_path / "out"), "--format", "md"], capsys,
                      "summary.csv", "folder")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_and_lines_elsewhere() -> None:
    terminal = _Terminal()
    progress = batch.TerminalProgress(2, terminal)
    progress.start("first")
    progress.done("first", None)
    progress.start("second")
    progress.done("second", "second: no statements found")
    progress.finish()
    shown = terminal.getvalue()
    assert "\r" in shown and "[##############--------------] 1/2" in shown
    assert "parallax: second: second: no statements found\n" in shown
    assert shown.endswith("2 of 2 pairs done, 1 failed in " + shown.rsplit(" in ", 1)[1])
    plain = io.StringIO()
    progress = batch.TerminalProgress(1, plain)
    progress.start("only")
    progress.done("only", None)
    assert plain.getvalue() == "[1/1] only: ok\n" and "\r" not in plain.getvalue()
