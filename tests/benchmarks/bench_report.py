"""Report benchmark: how long exporting a report takes, for the demo pair and for a 500-statement pair.

    .venv/bin/python tests/benchmarks/bench_report.py

Prints the time to build the report model, to render HTML, Markdown, CSV and JSON, and to write the
PDF (the first PDF of a process also starts Qt and loads the fonts; shown apart), for the bundled demo
pair (target: PDF ≤ 1 s) and for two generated readouts of 500 statements each, in English and in
Korean against Chinese. Needs only the project's own files. Prints, does not assert.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.core.compare.comparison import Comparison, compare  # noqa: E402
from desktop_app.core.documents import document_from_text, load_document  # noqa: E402
from desktop_app.core.report.build import build_report  # noqa: E402
from desktop_app.core.report.csv import report_to_csv  # noqa: E402
from desktop_app.core.report.html import render_html  # noqa: E402
from desktop_app.core.report.json import report_to_json  # noqa: E402
from desktop_app.core.report.markdown import report_to_markdown  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
STATEMENTS = 500


def timed(action: Callable[[], object], repeat: int = 3) -> tuple[float, object]:
    """The median time of `repeat` runs, in seconds, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def generated_readout(seed: int, language: str, paths: list[Path]) -> str:
    """STATEMENTS statements of one language: the project's own sentences, figures and order varied."""
    rng = random.Random(seed)
    pool = [s.text for path in paths for s in load_document(path).statements if s.language == language]
    sentences = []
    for _ in range(STATEMENTS):
        sentence = rng.choice(pool)
        sentences.append("".join(str(rng.randint(2, 999)) if part.isdigit() else part
                                 for part in _split_digits(sentence)))
    return "\n\n".join(sentences)


def _split_digits(text: str) -> list[str]:
    import re

    return re.split(r"(\d+)", text)


def bench(name: str, comparison: Comparison, first_pdf: bool = False) -> None:
    from desktop_app.export.pdf import write_pdf

    sizes = "×".join(str(len(comparison.document(s).statements)) for s in ("left", "right"))
    print(f"\n{name} ({sizes} statements, {len(comparison.links)} links)")
    model_time, report = timed(lambda: build_report(comparison))
    print(f"  report model            {model_time * 1000:8.1f} ms")
    for label, render in (("HTML", render_html), ("Markdown", report_to_markdown), ("CSV", report_to_csv),
                          ("JSON", report_to_json)):
        seconds, _ = timed(lambda render=render: render(report))  # type: ignore[misc]
        print(f"  {label:<24}{seconds * 1000:8.1f} ms")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.pdf"
        if first_pdf:
            start = time.perf_counter()
            write_pdf(report, path)  # type: ignore[arg-type]
            print(f"  PDF, first in process   {(time.perf_counter() - start) * 1000:8.1f} ms "
                  "(starts Qt, loads fonts)")
        seconds, pages = timed(lambda: write_pdf(report, path))  # type: ignore[arg-type]
        target = " (target ≤ 1 s)" if first_pdf else ""
        print(f"  PDF                     {seconds * 1000:8.1f} ms, {pages} pages, "
              f"{path.stat().st_size / 1024:.0f} KB{target}")
        with_texts, _ = timed(lambda: write_pdf(report, path, include_texts=True), repeat=1)  # type: ignore[arg-type]
        print(f"  PDF with both full texts{with_texts * 1000:8.1f} ms")


def main() -> None:
    demo = compare(load_document(SAMPLES / "demo-kr.txt"), load_document(SAMPLES / "demo-cn.txt"))
    bench("demo pair", demo, first_pdf=True)

    english = sorted(CORPUS.glob("*/*.txt")) + sorted(SAMPLES.glob("demo-*.txt"))
    left = document_from_text(generated_readout(1, "en", english), "generated-left")
    right = document_from_text(generated_readout(2, "en", english), "generated-right")
    seconds, comparison = timed(lambda: compare(left, right), repeat=1)
    print(f"\n(comparing the generated English pair took {seconds:.2f} s)")
    bench("generated English pair", comparison)  # type: ignore[arg-type]

    ko_zh = CORPUS / "ko-zh-trade-2029"
    korean = document_from_text(generated_readout(3, "ko", [ko_zh / "kr.txt"]), "generated-kr")
    chinese = document_from_text(generated_readout(4, "zh", [ko_zh / "cn.txt"]), "generated-cn")
    bench("generated Korean↔Chinese pair", compare(korean, chinese))


if __name__ == "__main__":
    main()
