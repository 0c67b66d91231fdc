"""Reading benchmark: how long loading a readout takes, by format and size, up to the text limit.

    .venv/bin/python tests/benchmarks/bench_reading.py

Prints, for plain text (UTF-8), Korean text in CP949, an HTML page and a Word file of about 0.25, 0.5
and 1 million characters (the limit, `readers.MAX_TEXT_CHARS`), the time to load it into statements
and the process's peak memory. Target (issue 11): what is under the limit loads in ≤ 20 s and ≤ 1 GB.
"""

from __future__ import annotations

import html
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop_app.core.documents import load_document  # noqa: E402
from desktop_app.core.readers import MAX_TEXT_CHARS  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"
KOREAN = ("양측은 반도체 공급망 협력을 강화하고 자유무역협정 2단계 협상을 가속화하기로 했습니다. "
          "양 장관은 한반도 정세에 대해서도 의견을 교환했습니다.\n\n")


def english(chars: int) -> str:
    base = (SAMPLES / "demo-kr.txt").read_text(encoding="utf-8") + "\n\n"
    return (base * (chars // len(base) + 1))[:chars].rsplit(".", 1)[0] + "."


def korean(chars: int) -> str:
    return (KOREAN * (chars // len(KOREAN) + 1))[:chars].rsplit(".", 1)[0] + "."


def write_docx(text: str, path: Path) -> None:
    import docx

    document = docx.Document()
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph)
    document.save(str(path))


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for share in (0.25, 0.5, 0.98):
            chars = int(MAX_TEXT_CHARS * share)
            text = english(chars)
            files = {"text (UTF-8)": Path(folder) / "readout.txt", "Korean (CP949)": Path(folder) / "kr.txt",
                     "HTML page": Path(folder) / "page.html", "Word": Path(folder) / "readout.docx"}
            files["text (UTF-8)"].write_text(text, encoding="utf-8")
            files["Korean (CP949)"].write_bytes(korean(chars).encode("cp949"))
            body = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n\n"))
            files["HTML page"].write_text(f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>",
                                          encoding="utf-8")
            write_docx(text, files["Word"])
            for kind, path in files.items():
                start = time.perf_counter()
                document = load_document(path)
                elapsed = time.perf_counter() - start
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                print(f"{kind:15s} {len(document.text) / 1e6:5.2f} M characters, {path.stat().st_size / 1e6:5.2f} MB: "
                      f"{elapsed:5.1f} s, {len(document.statements):5d} statements, process peak {peak:.0f} MB "
                      f"(target ≤ 20 s, ≤ 1 GB)")


if __name__ == "__main__":
    main()
