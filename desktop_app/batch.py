"""Reports for many pairs of readouts at once (`parallax batch`): find the pairs, run them, write the summary.

Pairs come from a manifest or a folder:

- a manifest (YAML): ``pairs: [{left: kr.txt, right: cn.txt, name: seoul-2027}, …]``, paths relative
  to the manifest, `name` optional (default: the folder of `left`, else both file names);
- a folder of pair folders, each holding two readouts: `kr.*` and `cn.*` when there are such files
  (anything else there — gold*.yaml, meta.yaml, translations such as cn.en.txt — is ignored), else
  its two readout files in name order. A folder that itself holds such a pair is one pair.

Each pair's report goes to OUTDIR/<pair name>/report.<format> (the marked-up copies, `docx`, to
report.kr.docx and report.cn.docx, or report.left.docx and report.right.docx when the sides are
unknown). OUTDIR/summary.csv has one row per pair
(UTF-8 with a byte-order mark, like every Parallax CSV), with these columns:

- `pair`, `status` (`ok` or `failed`), `error` (why it failed)
- `left_file`, `right_file`: the two readouts; `left_side`, `right_side`: KR, CN or unknown
- `left_statements`, `right_statements`, `links`, `agree`, `differ`, `one_sided_left`, `one_sided_right`:
  counts by status
- `agree_share` (of the links), `linked_share_left`, `linked_share_right` (of each side's statements)
- then for every topic any pair speaks of, `<topic id>:left` and `<topic id>:right`: the share of that
  side's statements that speak of the topic (0 when it does not), as in the report's coverage chart.

Shares are fractions from 0 to 1 with four decimals.

OUTDIR/batch-report.html (and .md and .pdf when those formats are asked for) is one report across all
pairs: per meeting its counts, its first key findings and links to its own reports (a failed pair is
listed as failed); per topic, in how many meetings and statements each side raises it alone
(desktop_app/core/report/batch.py).
"""

from __future__ import annotations

import csv
import io
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desktop_app.core.fileio import write_atomic
from desktop_app.core.load.raw import READABLE_SUFFIXES
from desktop_app.core.model import SIDES
from desktop_app.core.resources import safe_load_yaml
from desktop_app.export.files import write_report
from desktop_app.export.formats import EXTENSIONS

if TYPE_CHECKING:
    from desktop_app.core.report.model import Report

SUMMARY_NAME = "summary.csv"
BATCH_REPORT_NAME = "batch-report"  # OUTDIR/batch-report.html (.md, .pdf): one report across all pairs


class BatchError(Exception):
    """Input the batch cannot use at all (no pairs, a broken manifest, an unwritable folder)."""


# ---------------------------------------------------------------------------------------------- pairs


@dataclass
class Pair:
    name: str
    left: Path | None
    right: Path | None
    problem: str | None = None  # why this entry is not a usable pair (reported, then skipped)


def find_pairs(source: Path) -> list[Pair]:
    """The pairs a manifest or a folder names. Raises BatchError when there are none to be had."""
    if source.is_file():
        if source.suffix.lower() not in (".yaml", ".yml"):
            raise BatchError(f"{source}: not a folder of pairs or a manifest (.yaml)")
        pairs = manifest_pairs(source)
    elif source.is_dir():
        pairs = folder_pairs(source)
    else:
        raise BatchError(f"{source}: no such file or folder")
    if not pairs:
        raise BatchError(f"{source}: no pairs of readouts found")
    return _unique_names(pairs)


def manifest_pairs(path: Path) -> list[Pair]:
    try:
        data = safe_load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or error
        raise BatchError(f"{path}: cannot read the manifest: {reason}") from None
    except Exception as error:  # yaml.YAMLError and its kin: say where, in one line
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise BatchError(f"{path}: not valid YAML: {first}") from None
    entries = data.get("pairs") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise BatchError(f"{path}: a manifest needs a list under 'pairs:' (each with left: and right:)")
    pairs = []
    for number, entry in enumerate(entries, 1):
        if not (isinstance(entry, dict) and isinstance(entry.get("left"), str)
                and isinstance(entry.get("right"), str)):
            raise BatchError(f"{path}: pair {number} needs 'left:' and 'right:' file paths")
        left, right = path.parent / entry["left"], path.parent / entry["right"]
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            name = left.parent.name if left.parent != path.parent and left.parent == right.parent \
                else f"{left.stem}-{right.stem}"
        pairs.append(Pair(name.strip(), left, right))
    return pairs


def folder_pairs(folder: Path) -> list[Pair]:
    """Every subfolder with readouts is a pair; a folder with no such subfolders may be one itself."""
    subfolders = sorted((p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")),
                        key=lambda p: p.name)
    pairs = [pair for sub in subfolders if (pair := pair_in_folder(sub)) is not None]
    if not pairs:
        own = pair_in_folder(folder)
        if own is not None and own.problem is None:
            return [own]
    return pairs


def pair_in_folder(folder: Path) -> Pair | None:
    """The pair in one folder; None when it holds no readouts at all."""
    files = sorted((p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")
                    and p.suffix.lower() in READABLE_SUFFIXES), key=lambda p: p.name)
    if not files:
        return None
    kr = [p for p in files if p.stem.lower() == "kr"]
    cn = [p for p in files if p.stem.lower() == "cn"]
    if len(kr) == 1 and len(cn) == 1:
        return Pair(folder.name, kr[0], cn[0])
    if len(files) == 2:
        return Pair(folder.name, files[0], files[1])
    names = ", ".join(p.name for p in files[:6]) + (" …" if len(files) > 6 else "")
    return Pair(folder.name, None, None,
                problem=f"expected kr.* and cn.*, or exactly two readouts; found {len(files)}: {names}")


def _unique_names(pairs: list[Pair]) -> list[Pair]:
    """Names safe as folder names, and distinct."""
    seen: dict[str, int] = {}
    for pair in pairs:
        base = re.sub(r"[^\w.\-]+", "-", pair.name).strip("-.") or "pair"
        seen[base] = seen.get(base, 0) + 1
        pair.name = base if seen[base] == 1 else f"{base}-{seen[base]}"
    return pairs


# ---------------------------------------------------------------------------------------------- runs


@dataclass
class PairResult:
    pair: Pair
    report: Report | None = None
    error: str | None = None
    outputs: list[Path] = field(default_factory=list)


MakeReport = Callable[[Path, Path], "Report"]  # (left, right) → the pair's report; raises on bad input


def run_batch(pairs: Sequence[Pair], outdir: Path, formats: Sequence[str], make_report: MakeReport,
              paper: str = "A4", progress: TerminalProgress | None = None,
              failures: tuple[type[Exception], ...] = (Exception,)) -> list[PairResult]:
    """Compare every pair and write its reports; a pair that fails is recorded and skipped.

    `failures` are the errors that fail one pair (bad readouts, an unwritable file); others propagate.
    """
    results = []
    for pair in pairs:
        if progress is not None:
            progress.start(pair.name)
        result = _run_pair(pair, outdir, formats, make_report, paper, failures)
        results.append(result)
        if progress is not None:
            progress.done(pair.name, result.error)
    return results


def _run_pair(pair: Pair, outdir: Path, formats: Sequence[str], make_report: MakeReport, paper: str,
              failures: tuple[type[Exception], ...]) -> PairResult:
    result = PairResult(pair)
    if pair.problem or pair.left is None or pair.right is None:
        result.error = pair.problem or "no readouts"
        return result
    try:
        result.report = make_report(pair.left, pair.right)
        folder = outdir / pair.name
        folder.mkdir(parents=True, exist_ok=True)
        for fmt in formats:
            path = folder / f"report.{EXTENSIONS[fmt]}"
            result.outputs.extend(write_report(result.report, path, fmt, paper))
    except OSError as error:
        result.error = f"cannot write {getattr(error, 'filename', None) or outdir}: {error.strerror or error}"
    except failures as error:
        result.error = str(error) or type(error).__name__
    return result


# -------------------------------------------------------------------------------------------- summary


def summary_csv(results: Sequence[PairResult]) -> str:
    topics = sorted({t.topic for r in results if r.report for t in r.report.coverage})
    head = [*_PAIR_COLUMNS, *(f"{topic}:{side}" for topic in topics for side in SIDES)]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    from desktop_app.core.report.csv import BOM, spreadsheet_safe

    writer.writerow(head)
    # Pair names and file names come from the user's folders and manifests: text, never formulas.
    writer.writerows([spreadsheet_safe(cell) for cell in _summary_row(result, topics)] for result in results)

    return BOM + out.getvalue()


_PAIR_COLUMNS = ("pair", "status", "error", "left_file", "right_file", "left_side", "right_side",
                 "left_statements", "right_statements", "links", "agree", "differ", "one_sided_left",
                 "one_sided_right", "agree_share", "linked_share_left", "linked_share_right")


def _summary_row(result: PairResult, topics: list[str]) -> list[str]:
    pair, report = result.pair, result.report
    files = [str(pair.left or ""), str(pair.right or "")]
    if report is None:
        return [pair.name, "failed", result.error or "", *files] + [""] * (len(_PAIR_COLUMNS) - 5
                                                                          + 2 * len(topics))
    f, sources = report.figures, report.sources
    shares = {t.topic: t.shares for t in report.coverage}
    row = [pair.name, "ok" if result.error is None else "failed", result.error or "", *files,
           sources["left"].code, sources["right"].code, str(f.statements["left"]), str(f.statements["right"]),
           str(f.links), str(f.agree), str(f.differ), str(f.one_sided["left"]), str(f.one_sided["right"]),
           _fraction(f.agree_share), _fraction(f.linked_share("left")), _fraction(f.linked_share("right"))]
    row += [_fraction(shares[t][side] if t in shares else 0.0) for t in topics for side in SIDES]
    return row


def _fraction(value: float) -> str:
    return f"{value:.4f}"


# ------------------------------------------------------------------------------------- batch report


def batch_report_formats(formats: Sequence[str]) -> list[str]:
    """The formats of the report across all pairs: always HTML, and Markdown and PDF when asked for."""
    return ["html", *(fmt for fmt in ("md", "pdf") if fmt in formats)]


def write_batch_report(results: Sequence[PairResult], outdir: Path, formats: Sequence[str],
                       paper: str = "A4") -> list[Path]:
    """Write OUTDIR/batch-report.html (and .md, .pdf): one report across all pairs
    (core/report/batch.py). Returns the files written; raises OSError when one cannot be written."""
    from desktop_app.core.report.batch import (
        build_batch_report,
        relative_files,
        render_batch_html,
        render_batch_markdown,
    )

    model = build_batch_report([(r.pair.name, r.report, r.error, relative_files(r.outputs, outdir))
                                for r in results])
    written = []
    for fmt in batch_report_formats(formats):
        path = outdir / f"{BATCH_REPORT_NAME}.{EXTENSIONS[fmt]}"
        payload: str | bytes
        if fmt == "html":
            payload = render_batch_html(model)
        elif fmt == "md":
            payload = render_batch_markdown(model)
        else:
            from desktop_app.export.pdf import pdf_font_stack, render_html_pdf  # Qt only for a PDF

            html = render_batch_html(model, font_stack=pdf_font_stack(), browser=False)
            payload = render_html_pdf(html, model.title, model.running_header, model.running_footer,
                                      paper=paper,  # type: ignore[arg-type]
                                      creator=f"Parallax {model.version}", language=model.language)[0]
        write_atomic(path, payload)
        written.append(path)
    return written


# ------------------------------------------------------------------------------------------- progress


class TerminalProgress:
    """A progress bar on a terminal (redrawn in place), or one plain line per pair otherwise."""

    WIDTH = 28

    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.done_count = 0
        self.failed = 0
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.started = time.perf_counter()

    def start(self, name: str) -> None:
        if self.tty:
            self._bar(name)

    def done(self, name: str, error: str | None) -> None:
        """A pair is done; a failed one is reported on a line of its own, whatever the terminal."""
        self.done_count += 1
        self.failed += error is not None
        if self.tty:
            if error is not None:
                self.message(f"parallax: {name}: {error}")
            self._bar(name)
        else:
            state = "ok" if error is None else f"failed: {error}"
            self.stream.write(f"[{self.done_count}/{self.total}] {name}: {state}\n")
            self.stream.flush()

    def message(self, line: str) -> None:
        """A line of its own, above the bar."""
        if self.tty:
            self.stream.write("\r\033[K")
        self.stream.write(line + "\n")
        self.stream.flush()

    def finish(self) -> None:
        seconds = time.perf_counter() - self.started
        if self.tty:
            self.stream.write("\r\033[K")
        failed = f", {self.failed} failed" if self.failed else ""
        self.stream.write(f"{self.done_count} of {self.total} pairs done{failed} in {seconds:.1f} s\n")
        self.stream.flush()

    def _bar(self, name: str) -> None:
        filled = round(self.WIDTH * self.done_count / self.total) if self.total else self.WIDTH
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.stream.write(f"\r\033[K[{bar}] {self.done_count}/{self.total} {name[:40]}")
        self.stream.flush()
