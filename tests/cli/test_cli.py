"""The `parallax` command as a user runs it: inspect, compare to JSON, the demo, and bad input."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLES

from desktop_app import cli
from desktop_app.core.load import files as load_files

DEMO_KR = SAMPLES / "demo-kr.txt"
DEMO_CN = SAMPLES / "demo-cn.txt"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_compare_writes_the_json_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.json"
    code, _, err = run(["compare", str(DEMO_KR), str(DEMO_CN), "--format", "json", "-o", str(out)], capsys)
    assert code == 0, err
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["format"] == "parallax-comparison" and result["version"] == 1
    for side, path, prefix in (("left", DEMO_KR, "L"), ("right", DEMO_CN, "R")):
        doc = result["documents"][side]
        assert doc["name"] == path.name
        assert doc["text"] == path.read_text(encoding="utf-8").strip()
        assert doc["side"] == ("KR" if side == "left" else "CN")
        ids = [s["id"] for s in doc["statements"]]
        assert ids == [f"{prefix}{i}" for i in range(1, len(ids) + 1)]
        previous_end = 0
        for statement in doc["statements"]:
            assert previous_end <= statement["start"] < statement["end"] <= len(doc["text"])
            assert doc["text"][statement["start"]:statement["end"]].strip() == doc["text"][
                statement["start"]:statement["end"]]
            previous_end = statement["end"]
        linked = {i for link in result["links"] for i in link[side]}
        assert linked.isdisjoint(result["one_sided"][side])
        assert linked | set(result["one_sided"][side]) == set(ids)


def test_compare_output_is_byte_identical_across_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    for out in (first, second):
        assert run(["compare", str(DEMO_KR), str(DEMO_CN), "-o", str(out)], capsys)[0] == 0
    assert first.read_bytes() == second.read_bytes()


def test_compare_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["compare", str(DEMO_KR), str(DEMO_CN)], capsys)
    assert code == 0 and json.loads(out)["documents"]["left"]["name"] == "demo-kr.txt"


def test_inspect_lists_metadata_and_numbered_statements(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["inspect", str(DEMO_CN)], capsys)
    assert code == 0
    assert "side:" in out and "CN (Chinese side)" in out
    assert "statements:" in out
    assert "    1  ¶1" in out and "    2  ¶" in out
    assert "not statements:" in out and "[heading]" in out


def test_the_window_needs_a_display(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    _expect_bad_input([], capsys, "no display", "parallax compare")


def test_the_window_takes_one_or_two_readouts_or_one_project(capsys: pytest.CaptureFixture[str]) -> None:
    # One readout opens the window on it (tests/gui/test_desktop_integration.py); three are refused.
    _expect_bad_input([str(DEMO_KR), str(DEMO_CN), str(DEMO_KR)], capsys, "one or two readouts", "not 3 files")
    _expect_bad_input([str(DEMO_KR), "--screenshot", "x.png"], capsys, "--screenshot needs two readouts")


def test_screenshot_renders_the_window_to_a_png(tmp_path: Path) -> None:
    out = tmp_path / "window.png"
    done = subprocess.run([sys.executable, "-m", "desktop_app", "--screenshot", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 20_000


def test_compare_writes_a_project_that_inspect_and_report_read(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.core.annotations import annotate_statement
    from desktop_app.core.project.file import load_project, save_project

    project_path = tmp_path / "busan.parallax"
    assert run(["compare", str(DEMO_KR), str(DEMO_CN), "-o", str(project_path)], capsys)[0] == 0
    project = load_project(project_path)
    project.annotations.append(annotate_statement(project.comparison.left, "left", 8, "omission",
                                                  "Not in the Chinese readout"))
    save_project(project, project_path)
    code, out, _ = run(["inspect", str(project_path)], capsys)
    assert code == 0
    out = " ".join(out.split())  # as wrapped for the terminal
    assert "left: demo-kr.txt (Korean side" in out and f"links: {len(project.comparison.links)}" in out
    assert "[Omission] on statement" in out and "Not in the Chinese readout" in out
    report = tmp_path / "report.md"
    assert run(["report", str(project_path), "-o", str(report)], capsys)[0] == 0
    text = report.read_text(encoding="utf-8")
    assert "Omission" in text and "Not in the Chinese readout" in text


def test_report_refuses_a_damaged_project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.parallax"
    broken.write_text("format: parallax-project\nversion: 1\ndocuments: [", encoding="utf-8")
    _expect_bad_input(["report", str(broken), "-o", str(tmp_path / "r.md")], capsys, "damaged project file")
    _expect_bad_input(["inspect", str(broken)], capsys, "broken.parallax")


def _expect_bad_input(args: list[str], capsys: pytest.CaptureFixture[str], *words: str) -> str:
    code, _, err = run(args, capsys)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("parallax: "), err
    for word in words:
        assert word in lines[0]
    return lines[0]


def test_bad_input_gives_one_line_and_status_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    image = tmp_path / "photo.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    broken_docx = tmp_path / "readout.docx"
    broken_docx.write_bytes(b"PK\x03\x04 this is not a word file")
    no_text_html = tmp_path / "page.html"
    no_text_html.write_text("<html><head><script>var a = 1;</script></head><body><div><nav>Home</nav>",
                            encoding="utf-8")
    korean = tmp_path / "kr.txt"
    korean.write_bytes("양 정상은 협력을 강화하기로 했습니다.".encode("cp949"))

    _expect_bad_input(["inspect", str(tmp_path / "missing.txt")], capsys, "missing.txt")
    _expect_bad_input(["inspect", str(tmp_path)], capsys)
    _expect_bad_input(["inspect", str(empty)], capsys, "empty.txt")
    _expect_bad_input(["inspect", str(image)], capsys, "photo.txt")
    _expect_bad_input(["inspect", str(broken_docx)], capsys, "readout.docx")
    _expect_bad_input(["inspect", str(no_text_html)], capsys, "page.html")
    _expect_bad_input(["inspect", str(korean), "--encoding", "ascii"], capsys, "kr.txt")
    _expect_bad_input(["compare", str(DEMO_KR), str(empty), "-o", str(tmp_path / "x.json")], capsys)
    assert not (tmp_path / "x.json").exists()


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load_files, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("The two sides agreed. " * 100, encoding="utf-8")
    _expect_bad_input(["inspect", str(big)], capsys, "big.txt")


def test_unusable_output_paths(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _expect_bad_input(["compare", str(DEMO_KR), str(DEMO_CN), "-o", str(tmp_path / "out.xyz")], capsys, ".xyz")
    _expect_bad_input(["compare", str(DEMO_KR), str(DEMO_CN), "-o", str(tmp_path / "no" / "such" / "o.json")],
                      capsys, "cannot write")


def test_the_installed_command_never_shows_a_traceback(tmp_path: Path) -> None:
    binary = tmp_path / "tool.pdf"
    binary.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    run_ = subprocess.run([sys.executable, "-m", "desktop_app", "inspect", str(binary)],
                          capture_output=True, text=True)
    assert run_.returncode == 2
    assert "Traceback" not in run_.stderr and "tool.pdf" in run_.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_output_to_a_full_disk_is_one_line_and_exit_2() -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "desktop_app", "inspect", str(SAMPLES / "demo-kr.txt")],
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip() == "parallax: cannot write the output: No space left on device"


# ------------------------------------------------------------------------------ conventions


def test_a_command_prints_its_own_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["compare", str(DEMO_KR)])
    assert exit_info.value.code == 2
    usage = capsys.readouterr().err
    assert usage.startswith("usage: parallax compare ") and "LEFT RIGHT" not in usage


class _Stdin:
    def __init__(self, data: bytes) -> None:
        import io

        self.buffer = io.BytesIO(data)


def test_a_readout_from_standard_input_and_the_report_to_standard_output(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(DEMO_KR.read_bytes()))
    monkeypatch.chdir(tmp_path)
    code, out, err = run(["compare", "-", str(DEMO_CN), "-o", "-", "--format", "json"], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert data["documents"]["left"]["name"] == "standard input"
    assert data["links"] and not (tmp_path / "-").exists()  # "-o -" is no file named "-"


def test_standard_input_feeds_one_readout_and_a_pdf_needs_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["compare", "-", "-"], capsys)
    assert code == 2 and "only one readout can come from standard input" in err
    code, _, err = run(["compare", str(DEMO_KR), str(DEMO_CN), "-o", "-", "--format", "pdf"], capsys)
    assert code == 2 and "needs an output file" in err


def test_verbose_says_each_step_and_quiet_says_no_notes(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "desktop_app", "compare", str(DEMO_KR), str(DEMO_CN), "-o",
               str(tmp_path / "out.json")]
    env = {**os.environ, "PARALLAX_NO_EMBEDDING": "1"}
    plain = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    quiet = subprocess.run([*command, "-q"], capture_output=True, text=True, env=env, timeout=120)
    verbose = subprocess.run([*command, "-v"], capture_output=True, text=True, env=env, timeout=120)
    assert plain.returncode == quiet.returncode == verbose.returncode == 0
    assert "note:" in plain.stderr and quiet.stderr == ""
    assert "read demo-kr.txt: 18 statements" in verbose.stderr and "aligned: " in verbose.stderr


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_the_bash_completion_completes_commands_and_options(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, script, _ = run(["completion", "bash"], capsys)
    assert code == 0
    (tmp_path / "parallax.bash").write_text(script, encoding="utf-8")

    def complete(*words: str) -> list[str]:
        line = " ".join(words)
        shell = (f'source "{tmp_path / "parallax.bash"}"; COMP_WORDS=({line}); COMP_CWORD={len(words) - 1}; '
                 f'COMP_LINE="{line}"; COMP_POINT=${{#COMP_LINE}}; _shtab_parallax; echo "${{COMPREPLY[@]}}"')
        return subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=30).stdout.split()

    assert complete("parallax", "comp") == ["compare", "completion"]
    assert complete("parallax", "compare", "--for") == ["--format"]
