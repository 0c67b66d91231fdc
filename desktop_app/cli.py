"""The `parallax` command.

    parallax                          the window, on the bundled demo pair
    parallax LEFT RIGHT               the window, on two readouts
    parallax READOUT                  the window, on one readout (it asks for the other)
    parallax PROJECT.parallax         the window, on a saved project
    parallax --screenshot OUT.png [LEFT RIGHT]   the window rendered offscreen to a PNG
    parallax inspect FILE|PROJECT     a readout's metadata and statements, or a project's contents
    parallax compare LEFT RIGHT -o OUT.pdf|.html|.md|.csv|.json|.xlsx|.qdpx|.docx|.parallax
    parallax report PROJECT -o OUT.pdf|.html|.md|.csv|.json|.xlsx|.qdpx|.docx
        (.docx: a marked-up copy of each readout, OUT.kr.docx and OUT.cn.docx; --format marked-pdf
        with -o OUT.pdf: the same as PDFs, OUT.kr.pdf and OUT.cn.pdf)
    parallax batch DIR_OR_MANIFEST -o OUTDIR [--format pdf,html,md,csv,json,xlsx,qdpx]
    parallax codebook PROJECT [--import CODES.qdc] [--export CODES.qdc]   a project's codebook (REFI-QDA)

Bad input, and an output that cannot be written, give one line on stderr and exit status 2, never a
traceback. A batch in which some pairs failed exits with 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import __version__
from desktop_app.core.fileio import write_atomic
from desktop_app.core.load.fetch import is_address
from desktop_app.core.load.raw import MAX_FILE_BYTES, READABLE_SUFFIXES
from desktop_app.core.model import DocumentError
from desktop_app.core.wording import DEFAULT_LANGUAGE, REPORT_LANGUAGES
from desktop_app.export import files
from desktop_app.export.formats import (
    BINARY_FORMATS,
    EXTENSIONS,
    FORMATS,
    PAPERS,
    PER_READOUT_FORMATS,
    SUFFIXES,
)

# The engine (numpy, rapidfuzz, the aligner) is imported by the commands that run it, so that
# `parallax --version` and `--help` answer at once (tests/test_architecture.py holds them to it).
if TYPE_CHECKING:
    from desktop_app.core.annotations import Annotation, Tag
    from desktop_app.core.compare.comparison import Comparison
    from desktop_app.core.model import Document
    from desktop_app.core.report.model import Meeting, Report
    from desktop_app.core.settings import AlignmentSettings

EXIT_PAIRS_FAILED = 1
EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """A request the command cannot carry out; the message is one line for stderr."""


COMMANDS = ("inspect", "compare", "report", "batch", "codebook", "completion")


def main(argv: Sequence[str] | None = None) -> int:
    _tolerate_narrow_terminals()
    argv = list(sys.argv[1:] if argv is None else argv)
    # Files (or nothing) open the window; a command word or --help/--version is the command line.
    command_line = bool(argv) and (argv[0] in COMMANDS or argv[0] in ("-h", "--help", "--version"))
    args = (_parser() if command_line else _window_parser()).parse_args(argv)
    try:
        code = int(args.run(args))
        if sys.stdout is not None:
            sys.stdout.flush()  # here, so that a full disk or a closed pipe is reported, not ignored
        return code
    except BrokenPipeError:  # the reader went away (`parallax inspect … | head`): nothing to say
        _drop_stdout()
        return 1
    except OSError as error:  # standard output on a full disk, or a device that refuses it
        _drop_stdout()
        print(f"parallax: cannot write the output: {error.strerror or error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        if not isinstance(error, _input_errors()):
            raise
        print(f"parallax: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _input_errors() -> tuple[type[Exception], ...]:
    """The errors that mean unusable input, each with a one-line message for the user. Asked for only
    when something failed: by then the command has imported the modules they come from."""
    from desktop_app.batch import BatchError
    from desktop_app.core.analyse.lexicon import LexiconError
    from desktop_app.core.project.file import ProjectError
    from desktop_app.core.report.refiqda import QdaError

    return DocumentError, LexiconError, ProjectError, QdaError, UsageError, BatchError


def _drop_stdout() -> None:
    """Point standard output at nothing, so the interpreter's last flush cannot fail again."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass


WINDOW_USAGE = "parallax [LEFT RIGHT | READOUT | PROJECT.parallax] [--screenshot OUT.png]"


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="parallax", usage=WINDOW_USAGE,
                                     description="Open the window (see `parallax --help` for the commands).")
    parser.add_argument("files", nargs="*", type=Path,
                        help="two readouts, one readout (the window asks for the other), or a project file")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png",
                        help="render the window offscreen to this PNG and exit")
    parser.set_defaults(run=_run_window)
    return parser


THRESHOLD = "{threshold}"  # in help, the aligner's default: filled in when shown (the aligner loads numpy)


class _HelpFormatter(argparse.HelpFormatter):
    def _get_help_string(self, action: argparse.Action) -> str | None:
        return _fill_threshold(super()._get_help_string(action))


def _fill_threshold(text: str | None) -> str | None:
    if text is None or THRESHOLD not in text:
        return text
    from desktop_app.core.settings import DEFAULT_SETTINGS

    return text.replace(THRESHOLD, f"{DEFAULT_SETTINGS.threshold}")


def _parser(threshold: str = THRESHOLD) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parallax",
        usage=f"{WINDOW_USAGE}\n       parallax COMMAND ...",
        description="Compare two governments' readouts of the same diplomatic meeting. Without a command, "
                    "Parallax opens its window: on the bundled demo pair, on two readouts, or on a project.",
        epilog=f"Files up to {MAX_FILE_BYTES // 1_000_000} MB: {' '.join(READABLE_SUFFIXES)}",
    )
    parser.add_argument("--version", action="version", version=f"parallax {__version__}")
    # prog: each command's usage reads "parallax compare …", not the window's usage with it.
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True, prog="parallax")

    inspect = commands.add_parser("inspect", help="show what Parallax reads from a readout, or a project")
    inspect.add_argument("file", type=_readout, help="a readout (a file or its web address), or a .parallax "
                                                     "project")
    inspect.add_argument("--encoding", help="decode a text file with this encoding instead of detecting it")
    inspect.set_defaults(run=_run_inspect)

    comp = commands.add_parser("compare", help="compare two readouts and write the report or a project",
                               formatter_class=_HelpFormatter,
                               description="Compare two readouts and write the report in the format the "
                                           "output's suffix names (.pdf .html .md .csv .json .xlsx .qdpx) or "
                                           "--format; with .docx, a marked-up copy of each readout "
                                           "(OUT.kr.docx and OUT.cn.docx; as PDFs with --format "
                                           "marked-pdf); "
                                           "with -o NAME.parallax, write a project file instead.")
    comp.add_argument("left", type=_readout, help="the first readout (usually the Korean side's), a file, "
                                                  "its web address (http:// or https://), or - for "
                                                  "standard input")
    comp.add_argument("right", type=_readout, help="the second readout (usually the Chinese side's), a "
                                                   "file or its web address")
    comp.add_argument("-o", "--output", type=Path,
                      help="where to write the result (default, or -: standard output, for text formats)")
    comp.add_argument("--format", choices=FORMATS,
                      help="output format (default: from the output file's suffix, else json)")
    comp.add_argument("--title", help="the report's title (default: from the meeting's place and date)")
    _report_options(comp)
    _comparison_options(comp, threshold)
    comp.set_defaults(run=_run_compare)

    rep = commands.add_parser("report", help="write a project's report, with its annotations",
                              description="Write the report of a saved project (its links, corrections and "
                                          "annotations as saved) in the format the output's suffix names.")
    rep.add_argument("project", type=Path, metavar="PROJECT.parallax")
    rep.add_argument("-o", "--output", type=Path, help="where to write the report (default: stdout)")
    rep.add_argument("--format", choices=FORMATS, help="output format (default: from the suffix)")
    rep.add_argument("--title", help="the report's title")
    _report_options(rep)
    rep.set_defaults(run=_run_report)

    codes = commands.add_parser(
        "codebook", help="list a project's codebook, import a REFI-QDA codebook (.qdc) into it, or export it",
        description="Without options, list the project's tags. --import merges a REFI-QDA codebook (.qdc, "
                    "as ATLAS.ti, MAXQDA, NVivo, QualCoder or Taguette write it) into the project's codebook "
                    "by name, saves the project (the old file kept as .bak) and says what was added; "
                    "--export writes the codebook as a .qdc.")
    codes.add_argument("project", type=Path, metavar="PROJECT.parallax")
    codes.add_argument("--import", dest="import_qdc", type=Path, metavar="CODES.qdc",
                       help="merge this REFI-QDA codebook into the project's")
    codes.add_argument("--export", type=Path, metavar="CODES.qdc", help="write the codebook as REFI-QDA")
    codes.set_defaults(run=_run_codebook)

    shell = commands.add_parser(
        "completion", help="print a shell completion script (bash, zsh or tcsh)",
        description="Print the completion script for your shell, e.g. "
                    "`parallax completion bash > ~/.local/share/bash-completion/completions/parallax`.")
    shell.add_argument("shell", choices=("bash", "zsh", "tcsh"))
    shell.set_defaults(run=_run_completion)

    many = commands.add_parser(
        "batch", help="compare many pairs and write each pair's report, and a summary",
        formatter_class=_HelpFormatter,
        description="Compare every pair of a manifest (pairs: [{left: …, right: …, name: …}], paths relative "
                    "to it) or of a folder of pair folders (each with kr.* and cn.*, or two readouts), "
                    "write OUTDIR/<pair>/report.<format>, OUTDIR/summary.csv (columns: see "
                    "desktop_app/batch.py) and OUTDIR/batch-report.html (.md, .pdf with those formats): "
                    "one report across all pairs.")
    many.add_argument("source", type=Path, metavar="DIR_OR_MANIFEST")
    many.add_argument("-o", "--output", type=Path, required=True, metavar="OUTDIR",
                      help="folder for the reports and summary.csv (made if missing)")
    many.add_argument("--format", default="pdf",
                      help=f"comma-separated report formats (of {','.join(FORMATS)}; default pdf)")
    _report_options(many)
    _comparison_options(many, threshold)
    many.set_defaults(run=_run_batch)
    for command in commands.choices.values():
        talk = command.add_mutually_exclusive_group()
        talk.add_argument("-q", "--quiet", action="store_true", help="say nothing but errors on stderr")
        talk.add_argument("-v", "--verbose", action="store_true", help="say each step on stderr")
    return parser


def _report_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--paper", choices=PAPERS, default="A4", help="PDF paper size (default A4)")
    parser.add_argument("--meeting-date", help="the meeting's date on the cover (default: as guessed)")
    parser.add_argument("--place", help="the meeting's place on the cover (default: as guessed)")
    parser.add_argument("--participants",
                        help="comma-separated participants for the cover (default: as guessed)")
    parser.add_argument("--appendix", action="store_true", help="add both full texts as an appendix")
    parser.add_argument("--report-language", choices=REPORT_LANGUAGES, default=DEFAULT_LANGUAGE,
                        help="the language of the report's own wording: en (English, the default), "
                             "ko (Korean), zh (Simplified Chinese) or zh_TW (Traditional Chinese); "
                             "the readouts' text stays as written")


def _comparison_options(parser: argparse.ArgumentParser, threshold: str) -> None:
    parser.add_argument("--encoding", help="decode text files with this encoding")
    parser.add_argument("--lexicon", type=Path,
                        help="your own lexicon file (YAML), merged with the built-in one")
    parser.add_argument("--threshold", type=float,
                        help="least probability (0-1) that two statements report the same point for a link "
                             f"(default {threshold})")


def _run_window(args: argparse.Namespace) -> int:
    from desktop_app.core.project.file import PROJECT_SUFFIX

    files: list[Path] = args.files
    project = files[0] if len(files) == 1 and files[0].suffix == PROJECT_SUFFIX else None
    if len(files) > 2:
        raise UsageError(f"give one or two readouts or one {PROJECT_SUFFIX} project, not {len(files)} files; "
                         "see parallax --help")
    left, right = (files[0], files[1]) if len(files) == 2 else (None, None)
    readout = files[0] if len(files) == 1 and project is None else None
    if args.screenshot is not None:
        if readout is not None:
            raise UsageError("--screenshot needs two readouts, a project, or nothing for the demo pair")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen is needed to render
        from desktop_app.gui.app import save_screenshot

        return save_screenshot(args.screenshot, left, right, project=project)
    if not _has_display():
        raise UsageError("no display to open the window on; use `parallax compare …` headless, "
                         "or `--screenshot OUT.png`")
    from desktop_app.gui.app import run_window

    return run_window(left, right, project=project, readout=readout)


def _has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _readout(argument: str) -> Path | str:
    """A readout on the command line: a web address stays text (Path would fold its "//"), a file a Path."""
    return argument if is_address(argument) else Path(argument)


def _load(readout: Path | str, encoding: str | None) -> Document:
    """A readout from a file, from standard input ("-"), or fetched from its web address (only http and
    https; one line on failure)."""
    from desktop_app.core.documents import load_address, load_document, load_stream

    if isinstance(readout, str):
        return load_address(readout, encoding=encoding)
    if readout == STDIN:
        return load_stream(sys.stdin.buffer.read(MAX_FILE_BYTES + 1), STDIN_NAME, encoding=encoding)
    return load_document(readout, encoding=encoding)


STDIN = STDOUT = Path("-")  # the command-line convention for standard input and output
STDIN_NAME = "standard input"


def _note(args: argparse.Namespace, message: str) -> None:
    """A progress line on stderr with -v."""
    if getattr(args, "verbose", False):
        print(f"parallax: {message}", file=sys.stderr)


def _run_inspect(args: argparse.Namespace) -> int:
    from desktop_app.core.documents import load_document
    from desktop_app.core.project.file import PROJECT_SUFFIX, load_project
    from desktop_app.describe import describe, describe_project

    if isinstance(args.file, str) or args.file == STDIN:
        print(describe(_load(args.file, args.encoding)), end="")
        return 0
    if args.file.suffix == PROJECT_SUFFIX:
        print(describe_project(load_project(args.file)), end="")
        return 0
    print(describe(load_document(args.file, encoding=args.encoding)), end="")
    return 0


def _run_compare(args: argparse.Namespace) -> int:
    from desktop_app.core.project.file import PROJECT_SUFFIX

    if args.output is not None and args.output.suffix == PROJECT_SUFFIX:
        return _write_project(args)
    output_format = _report_format(args)
    report = _make_report(args, args.left, args.right, title=args.title)
    return _export(args, report, output_format)


def _report_format(args: argparse.Namespace) -> str:
    """The report format asked for, once the output is known to be writable. "-o -" is standard output."""
    if args.output == STDOUT:
        args.output = None
    output_format = args.format or _format_from_suffix(args.output)
    if args.output is None and output_format in BINARY_FORMATS:
        raise UsageError(f"the {output_format.upper()} format needs an output file: "
                         f"-o report.{EXTENSIONS[output_format]}")
    if args.output is not None:
        _check_output(args.output)
    return output_format


def _write_project(args: argparse.Namespace) -> int:
    from desktop_app.core.project.file import Project, save_project

    _check_output(args.output)
    lexicon = str(args.lexicon) if args.lexicon else None
    project = Project(_compare(args, args.left, args.right), lexicon_file=lexicon)
    try:
        save_project(project, args.output)
    except OSError as error:
        raise UsageError(f"cannot write {args.output}: {error.strerror or error}") from None
    return 0


def _run_report(args: argparse.Namespace) -> int:
    from desktop_app.core.project.file import load_project
    from desktop_app.core.report.build import build_report, report_annotations

    output_format = _report_format(args)
    project = load_project(args.project)
    comparison = project.comparison
    report = build_report(comparison, title=args.title, meeting=_meeting(args, comparison),
                          side_codes=project.side_labels or None,
                          include_texts=args.appendix, language=args.report_language,
                          annotations=report_annotations(comparison, project.annotations, project.codebook,
                                                         args.report_language))
    return _export(args, report, output_format, codebook=project.codebook, annotations=project.annotations)


def _export(args: argparse.Namespace, report: Report, output_format: str, *,
            codebook: Sequence[Tag] | None = None, annotations: Sequence[Annotation] = ()) -> int:
    """Write the report; the marked-up copies (one file per readout) are named on stderr."""
    if output_format not in PER_READOUT_FORMATS:
        return _emit(files.render(report, output_format, args.paper, codebook=codebook,
                                  annotations=annotations), args.output)
    paths = files.output_paths(report, args.output, output_format)
    for path in paths.values():
        _check_output(path)
    try:
        written = files.write_report(report, args.output, output_format, codebook=codebook,
                                     annotations=annotations)
    except OSError as error:
        raise UsageError(f"cannot write {getattr(error, 'filename', None) or args.output}: "
                         f"{error.strerror or error}") from None
    if not getattr(args, "quiet", False):
        print(f"parallax: wrote {' and '.join(str(path) for path in written)}", file=sys.stderr)
    return 0


def _run_completion(args: argparse.Namespace) -> int:
    import shtab  # generates the script from this very parser, so it never falls behind the options

    sys.stdout.write(shtab.complete(_parser(threshold=_fill_threshold(THRESHOLD) or ""), shell=args.shell))
    return 0


def _run_codebook(args: argparse.Namespace) -> int:
    """List a project's codebook; merge a REFI-QDA codebook into it; write it as one."""
    from desktop_app.core.project.file import load_project, save_project
    from desktop_app.core.report.refiqda import codebook_to_qdc, load_qdc, merge_codebook

    if args.export is not None:
        _check_output(args.export)
    project = load_project(args.project)
    if args.import_qdc is not None:
        merged = merge_codebook(project.codebook, load_qdc(args.import_qdc))
        if merged.added:
            project.codebook = merged.codebook
            try:
                save_project(project, args.project)
            except OSError as error:
                raise UsageError(f"cannot write {args.project}: {error.strerror or error}") from None
        print(merged.summary(args.import_qdc.name))
    if args.export is not None:
        _emit(codebook_to_qdc(project.codebook), args.export)
    if args.import_qdc is None and args.export is None:
        used = {tag.id: 0 for tag in project.codebook}
        for annotation in project.annotations:
            used[annotation.tag] = used.get(annotation.tag, 0) + 1
        for tag in project.codebook:
            print(f"{tag.colour}  {tag.name}  (id {tag.id}; {used[tag.id]} annotation"
                  f"{'' if used[tag.id] == 1 else 's'})")
    return 0


def _emit(payload: str | bytes, output: Path | None) -> int:
    if output is None:
        sys.stdout.write(payload if isinstance(payload, str) else payload.decode("utf-8"))
        return 0
    try:
        write_atomic(output, payload)
    except OSError as error:
        raise UsageError(f"cannot write {output}: {error.strerror or error}") from None
    return 0


def _run_batch(args: argparse.Namespace) -> int:
    from desktop_app import batch
    from desktop_app.core.compare.comparison import matcher_for

    formats = _batch_formats(args.format)
    _settings(args)  # a bad --threshold or --lexicon is unusable input for every pair alike
    matcher_for(args.lexicon)
    pairs = batch.find_pairs(args.source)
    outdir: Path = args.output
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UsageError(f"cannot write to {outdir}: {error.strerror or error}") from None
    _check_output(outdir / batch.SUMMARY_NAME)
    progress = batch.TerminalProgress(len(pairs))
    results = batch.run_batch(pairs, outdir, formats, lambda left, right: _make_report(args, left, right),
                              paper=args.paper, progress=progress,
                              failures=(DocumentError, UsageError, ValueError))
    progress.finish()
    summary = outdir / batch.SUMMARY_NAME
    try:
        write_atomic(summary, batch.summary_csv(results))
    except OSError as error:
        raise UsageError(f"cannot write {summary}: {error.strerror or error}") from None
    try:
        batch.write_batch_report(results, outdir, formats, args.paper)
    except OSError as error:
        where = getattr(error, "filename", None) or outdir / batch.BATCH_REPORT_NAME
        raise UsageError(f"cannot write {where}: {error.strerror or error}") from None
    return EXIT_PAIRS_FAILED if any(r.error for r in results) else 0


def _batch_formats(text: str) -> list[str]:
    formats = list(dict.fromkeys(f.strip().lower() for f in text.split(",") if f.strip()))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise UsageError(f"--format: unknown format {', '.join(unknown) or text!r} "
                         f"(known: {', '.join(FORMATS)})")
    return formats


def _settings(args: argparse.Namespace) -> AlignmentSettings:
    from desktop_app.core.settings import DEFAULT_SETTINGS

    if args.threshold is None:
        return DEFAULT_SETTINGS
    if not 0.0 < args.threshold < 1.0:
        raise UsageError(f"--threshold must be between 0 and 1, not {args.threshold}")
    return replace(DEFAULT_SETTINGS, threshold=args.threshold)


def _compare(args: argparse.Namespace, left: Path | str, right: Path | str) -> Comparison:
    from desktop_app.pipeline import compare_readouts

    if left == STDIN and right == STDIN:
        raise UsageError("only one readout can come from standard input (-)")
    documents = (_load(left, args.encoding), _load(right, args.encoding))
    for document in documents:
        _note(args, f"read {document.name}: {len(document.statements)} statements, "
                    f"{document.metadata.language}")
    comparison = compare_readouts(*documents, _settings(args), lexicon_file=args.lexicon)
    summary = comparison.summary()
    _note(args, f"aligned: {summary.links} links ({summary.agree} agree, {summary.differ} differ), "
                f"{summary.one_sided['left']} + {summary.one_sided['right']} one-sided; "
                f"embedding: {comparison.embedding or comparison.embedding_problem}")
    if not getattr(args, "quiet", False):
        _note_embedding(comparison)
    return comparison


_noted: set[str] = set()


def _note_embedding(comparison: Comparison) -> None:
    """Say once per run, on stderr, when the sentence embedding could not be used."""
    problem = comparison.embedding_problem
    if problem and problem not in _noted:
        _noted.add(problem)
        print(f"parallax: note: {problem}; aligned without it", file=sys.stderr)


def _make_report(args: argparse.Namespace, left: Path | str, right: Path | str,
                 title: str | None = None) -> Report:
    from desktop_app.core.report.build import build_report

    comparison = _compare(args, left, right)
    return build_report(comparison, title=title, meeting=_meeting(args, comparison),
                        include_texts=args.appendix, language=args.report_language)


def _meeting(args: argparse.Namespace, comparison: Comparison) -> Meeting:
    """The cover's meeting: as guessed from the readouts, with what the user gave instead."""
    from desktop_app.core.report.build import guess_meeting

    guessed = guess_meeting(comparison, language=args.report_language)
    participants = [p.strip() for p in (args.participants or "").split(",") if p.strip()]
    return replace(guessed, date=args.meeting_date or guessed.date, place=args.place or guessed.place,
                   participants=participants or guessed.participants)


def _check_output(path: Path) -> None:
    """Fail before the work, not after it, when the output cannot be written."""
    problem = files.check_writable(path)
    if problem:
        raise UsageError(f"cannot write {path}: {problem}")


def _format_from_suffix(output: Path | None) -> str:
    if output is None or not output.suffix:
        return "json"
    try:
        return SUFFIXES[output.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(SUFFIXES))
        raise UsageError(f"{output.name}: unknown output format {output.suffix!r} (known: {known})") from None


def _tolerate_narrow_terminals() -> None:
    """A terminal that cannot show Hangul or Han characters gets '?' rather than a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
