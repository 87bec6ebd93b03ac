"""The `rasid` command line.

    rasid extract PATH... [--format jsonl|json|table] [--report-date YYYY-MM-DD] [-o FILE] [--bidi logical|visual]

Exit status: 0 when every input was read and extracted, 1 when any input (a file, a JSONL line, one report's
extraction) failed (each failure is one `rasid: PATH: reason` line on standard error, and the other inputs
are still processed), 2 for usage errors, 130 on Ctrl-C, 141 when the reader of the output went away
(`rasid extract ... | head`).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from datetime import date
from typing import IO, Sequence

from .. import __version__
from ..sources import InputError, SourceReport, iter_reports
from . import render

PROG = "rasid"
EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_PIPE = 0, 1, 2, 130, 141
FORMATS = ("jsonl", "json", "table")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with `argv` (default: sys.argv[1:]) and return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help, --version, usage errors: argparse has printed what to say
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_PIPE


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Rasid (راصد): conflict events, casualties and territorial control from Arabic reports.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND")
    commands.required = True

    ex = commands.add_parser(
        "extract",
        help="extract report records from .txt/.jsonl files, folders or standard input",
        description=(
            "Extract one report record (events, casualties, territorial control) per report. PATH is a .txt "
            "file (one report), a .jsonl file (one JSON object a line: doc_id or id, text, optionally "
            "report_date or published), a folder (its .txt and .jsonl files, recursively) or - for standard input."
        ),
        epilog="exit status: 0 all inputs extracted, 1 some input failed (the rest are still processed), 2 usage error",
    )
    ex.add_argument("paths", nargs="+", metavar="PATH", help="report files, folders, or - for standard input")
    ex.add_argument("--format", "-f", choices=FORMATS, default="jsonl",
                    help="jsonl: one JSON record a line (default); json: one indented JSON array; "
                         "table: a summary to read at a terminal")
    ex.add_argument("--report-date", type=_iso_date, metavar="YYYY-MM-DD",
                    help="the date of every report, overriding the report_date/published field and the text")
    ex.add_argument("-o", "--output", metavar="FILE", help="write the output to FILE instead of standard output")
    ex.add_argument("--bidi", choices=render.BIDI_MODES, default=None,
                    help="how the table writes Arabic: logical (default; for bidi-aware terminals and pipes) "
                         f"or visual (reordered for terminals without bidi support); default from ${render.BIDI_ENV}")
    ex.set_defaults(run=_run_extract)
    return parser


def _iso_date(value: str) -> date:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError as exc:
            raise argparse.ArgumentTypeError(f"invalid date {value!r}: {exc}") from None
    raise argparse.ArgumentTypeError(f"invalid date {value!r}: expected YYYY-MM-DD, e.g. 2023-03-14")


# --- extract ---------------------------------------------------------------------------------------------


def _run_extract(args: argparse.Namespace) -> int:
    from ..extraction import pipeline  # looked up per call: tests and plug-ins may replace pipeline.extract

    bidi = args.bidi or (render.VISUAL if os.environ.get(render.BIDI_ENV, "").strip().lower() == render.VISUAL
                         else render.LOGICAL)
    if args.output:
        try:
            out: IO[str] = open(args.output, "w", encoding="utf-8", newline="\n")
        except OSError as exc:
            _error(args.output, f"cannot write: {exc.strerror or exc}")
            return EXIT_USAGE
    else:
        out = sys.stdout
        _ensure_utf8(out)

    failed = False
    written = 0
    collected: list[dict] = []
    try:
        for item in iter_reports(args.paths):
            if isinstance(item, InputError):
                _error(item.path, item.reason)
                failed = True
                continue
            try:
                chunk = _extract_one(pipeline, item, args, bidi, collected)
            except Exception as exc:  # one report's failure must not stop the others
                _error(item.path, f"doc_id {item.doc_id}: extraction failed: {type(exc).__name__}: {exc}")
                failed = True
                continue
            if chunk:
                if args.format == "table" and written:
                    out.write("\n")
                out.write(chunk)
                written += 1
        if args.format == "json":
            out.write(json.dumps(collected, ensure_ascii=False, indent=2) + "\n")
        out.flush()
    finally:
        if out is not sys.stdout:
            out.close()
    return EXIT_INPUT if failed else EXIT_OK


def _extract_one(pipeline, report: SourceReport, args: argparse.Namespace, bidi: str, collected: list) -> str:
    """The output text of one report ('' for json, which is written at the end)."""
    when = args.report_date if args.report_date is not None else report.report_date
    record = pipeline.extract(report.text, report.doc_id, report_date=when)
    if args.format == "table":
        return render.render_table(record, bidi=bidi)
    data = record.to_dict()
    line = json.dumps(data, ensure_ascii=False)
    line.encode("utf-8")  # a lone surrogate fails here, as this report's error, not at write time
    if args.format == "json":
        collected.append(data)
        return ""
    return line + "\n"


def _error(path: str, reason: str) -> None:
    message = " ".join(f"{PROG}: {path}: {reason}".split())
    if len(message) > 400:
        message = message[:399] + "…"
    try:
        print(message, file=sys.stderr, flush=True)
    except (BrokenPipeError, ValueError, OSError):
        pass


def _ensure_utf8(stream: IO[str]) -> None:
    """Records are UTF-8 whatever the locale says (an ASCII locale would otherwise fail on Arabic)."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if encoding not in ("utf8", "utf8sig") and hasattr(stream, "reconfigure"):
        try:
            stream.reconfigure(encoding="utf-8")
        except (ValueError, OSError):
            pass


def _silence_stdout() -> None:
    """After EPIPE: point stdout at /dev/null so that the flush at exit cannot print a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":
    sys.exit(main())
