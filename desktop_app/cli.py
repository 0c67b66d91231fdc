"""The `parallax` command.

    parallax                          the bundled demo pair, as Parallax reads it
    parallax inspect FILE             a readout's metadata and numbered statements
    parallax compare LEFT RIGHT -o OUT.json|OUT.md

Bad input gives one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from desktop_app import __version__
from desktop_app.core.align import DEFAULT_SETTINGS
from desktop_app.core.comparison import compare
from desktop_app.core.documents import load_document
from desktop_app.core.export_json import comparison_to_json
from desktop_app.core.export_markdown import comparison_to_markdown
from desktop_app.core.fileio import write_atomic
from desktop_app.core.lexicon import LexiconError
from desktop_app.core.model import Document, DocumentError
from desktop_app.core.readers import MAX_FILE_BYTES
from desktop_app.core.resources import resource_path

EXIT_BAD_INPUT = 2
OUTPUT_FORMATS = {".json": "json", ".md": "md", ".markdown": "md"}  # output file suffix → format
RENDERERS = {"json": comparison_to_json, "md": comparison_to_markdown}
SIDE_NAMES = {"KR": "Korean side", "CN": "Chinese side", "unknown": "side unknown"}


class UsageError(Exception):
    """A request the command cannot carry out; the message is one line for stderr."""


def demo_pair() -> tuple[Path, Path]:
    return resource_path("samples", "demo-kr.txt"), resource_path("samples", "demo-cn.txt")


def main(argv: Sequence[str] | None = None) -> int:
    _tolerate_narrow_terminals()
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except (DocumentError, LexiconError, UsageError) as error:
        print(f"parallax: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parallax",
        description="Compare two governments' readouts of the same diplomatic meeting.",
        epilog=f"Files up to {MAX_FILE_BYTES // 1_000_000} MB: .txt .md .html .htm .docx .pdf",
    )
    parser.add_argument("--version", action="version", version=f"parallax {__version__}")
    parser.set_defaults(run=_run_demo)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    inspect = commands.add_parser("inspect", help="show what Parallax reads from a readout")
    inspect.add_argument("file", type=Path)
    inspect.add_argument("--encoding", help="decode a text file with this encoding instead of detecting it")
    inspect.set_defaults(run=_run_inspect)

    comp = commands.add_parser("compare", help="compare two readouts and write the result")
    comp.add_argument("left", type=Path, help="the first readout (usually the Korean side's)")
    comp.add_argument("right", type=Path, help="the second readout (usually the Chinese side's)")
    comp.add_argument("-o", "--output", type=Path, help="where to write the result (default: stdout)")
    comp.add_argument("--format", choices=sorted(RENDERERS),
                      help="output format (default: from the output file's suffix, else json)")
    comp.add_argument("--encoding", help="decode both text files with this encoding")
    comp.add_argument("--lexicon", type=Path,
                      help="your own lexicon file (YAML), merged with the built-in one")
    comp.add_argument("--threshold", type=float,
                      help=f"least similarity for a link (default {DEFAULT_SETTINGS.threshold})")
    comp.set_defaults(run=_run_compare)
    return parser


def _run_demo(_args: argparse.Namespace) -> int:
    left, right = demo_pair()
    print("Parallax reads the bundled demo pair: two readouts of one fictional meeting.\n")
    for path in (left, right):
        print(describe(load_document(path)))
    return 0


def _run_inspect(args: argparse.Namespace) -> int:
    print(describe(load_document(args.file, encoding=args.encoding)), end="")
    return 0


def _run_compare(args: argparse.Namespace) -> int:
    output_format = args.format or _format_from_suffix(args.output)
    left = load_document(args.left, encoding=args.encoding)
    right = load_document(args.right, encoding=args.encoding)
    settings = DEFAULT_SETTINGS
    if args.threshold is not None:
        if not 0.0 < args.threshold < 1.0:
            raise UsageError(f"--threshold must be between 0 and 1, not {args.threshold}")
        settings = replace(settings, threshold=args.threshold)
    payload = RENDERERS[output_format](compare(left, right, settings, lexicon_file=args.lexicon))
    if args.output is None:
        sys.stdout.write(payload)
        return 0
    try:
        write_atomic(args.output, payload)
    except OSError as error:
        raise UsageError(f"cannot write {args.output}: {error.strerror or error}") from None
    return 0


def _format_from_suffix(output: Path | None) -> str:
    if output is None or not output.suffix:
        return "json"
    try:
        return OUTPUT_FORMATS[output.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(OUTPUT_FORMATS))
        raise UsageError(f"{output.name}: unknown output format {output.suffix!r} (known: {known})") from None


def describe(document: Document) -> str:
    """A readout's metadata and its numbered statements with speaker and stance, for the terminal."""
    meta = document.metadata
    width = max(60, min(shutil.get_terminal_size().columns, 120))
    encoding = f", {document.encoding}" + ("" if document.encoding_detected else " (as requested)")
    lines = [f"{document.name}  ({document.format}{encoding if document.encoding else ''})"]
    fields = {
        "title": meta.title,
        "language": ", ".join(meta.languages) or meta.language,
        "side": f"{meta.side} ({SIDE_NAMES[meta.side]})"
        + (f": {'; '.join(meta.side_evidence)}" if meta.side_evidence else ""),
        "publisher": meta.publisher,
        "date": meta.date and f"{meta.date.iso} ({meta.date.text})",
        "place": meta.place,
        "participants": ", ".join(meta.participants),
    }
    for key, value in fields.items():
        if value:
            lines.extend(_wrap(f"  {key + ':':<14}{value}", width, indent=16))
    paragraphs = len({s.paragraph for s in document.statements})
    lines.append(f"  {'statements:':<14}{len(document.statements)} in {paragraphs} paragraphs")
    lines.extend(f"  warning: {w}" for w in document.warnings)
    lines.append("")
    for statement in document.statements:
        who = statement.speaker or "—"
        if statement.speaker_carried:
            who += " (cont.)"
        head = f"  {statement.index + 1:>3}  ¶{statement.paragraph + 1:<3} {who} · {statement.stance or '—'}"
        lines.append(head)
        lines.extend(_wrap(statement.clean_text, width, indent=7, first_indent=7))
    if document.boilerplate:
        lines.append("")
        lines.append("  not statements:")
        for span in document.boilerplate:
            snippet = " ".join(document.text[span.start:span.end].split())
            lines.extend(_wrap(f"[{span.reason}] {snippet}", width, indent=6, first_indent=4))
    return "\n".join(lines) + "\n\n"


def _wrap(text: str, width: int, indent: int, first_indent: int = 0) -> list[str]:
    return textwrap.wrap(
        text, width=width, initial_indent=" " * first_indent, subsequent_indent=" " * indent,
        break_long_words=True, break_on_hyphens=False,
    ) or [""]


def _tolerate_narrow_terminals() -> None:
    """A terminal that cannot show Hangul or Han characters gets '?' rather than a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
