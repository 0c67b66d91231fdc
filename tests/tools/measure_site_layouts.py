"""How many lines of site chrome become statements, and how many real sentences are lost, when the
fictional readouts are read from the site layouts of tests/fixtures/sites.

    .venv/bin/python tests/tools/measure_site_layouts.py [-v]

Readers compared: the HTML reader without the main-content picker, with it (what Parallax does), and,
when installed, `readability-lxml` and `trafilatura` alone (their text read as the reader reads HTML or
as paragraphs). -v lists every chrome statement and lost sentence.
"""

from __future__ import annotations

import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parents[1])]

from site_layouts import LAYOUTS, score, site_pages  # noqa: E402

from desktop_app.core.load import html as html_reader  # noqa: E402


def without_picker(markup: str) -> str:
    return html_reader._html_to_text(markup, pick=False)[1]


def with_picker(markup: str) -> str:
    return html_reader._html_to_text(markup)[1]


def readability_alone(markup: str) -> str:
    from readability import Document

    return without_picker(Document(markup).summary(html_partial=True))


def trafilatura_alone(markup: str) -> str:
    import trafilatura

    text = trafilatura.extract(markup, include_comments=False, include_tables=True) or ""
    return text.replace("\n", "\n\n")


def main() -> None:
    verbose = "-v" in sys.argv
    readers_: dict[str, Callable[[str], str]] = {
        "reader without picker": without_picker, "reader with picker (Parallax)": with_picker,
        "readability-lxml alone": readability_alone, "trafilatura alone": trafilatura_alone,
    }
    pages = list(site_pages())
    print(f"{len(pages)} pages ({len(LAYOUTS)} layouts), {sum(len(p.sentences) for p in pages)} sentences")
    print(f"{'reader':32} {'chrome':>7} {'lost':>5}  " + "  ".join(f"{layout:>9}" for layout in LAYOUTS)
          + "   seconds")
    for name, read in readers_.items():
        totals: Counter[str] = Counter()
        by_layout: dict[str, Counter[str]] = defaultdict(Counter)
        started = time.perf_counter()
        try:
            for page in pages:
                result = score(read(page.markup), page)
                for counter in (totals, by_layout[page.layout]):
                    counter["chrome"] += len(result.chrome)
                    counter["lost"] += len(result.lost)
                if verbose and (result.chrome or result.lost):
                    print(f"  {page.layout} {page.readout}: chrome {result.chrome} lost {result.lost}")
        except ImportError as missing:
            print(f"{name:32} not installed ({missing.name})")
            continue
        cells = "  ".join(f"{by_layout[layout]['chrome']:>4}/{by_layout[layout]['lost']:<4}" for layout in LAYOUTS)
        print(f"{name:32} {totals['chrome']:>7} {totals['lost']:>5}  {cells}   {time.perf_counter() - started:.2f}")


if __name__ == "__main__":
    main()
