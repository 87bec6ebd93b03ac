"""The `rasid` command line.

    rasid extract PATH... [--format jsonl|json|table] [--report-date YYYY-MM-DD] [-o FILE] [--bidi logical|visual]
                          [--gazetteer STORE] [--time-budget SECONDS]
    rasid gazetteer import PATH --format wof|opensyria|geonames|csv|geojson-boundaries [--source NAME] [--licence TEXT]
                           [--db STORE]
    rasid gazetteer stats [--db STORE]
    rasid gazetteer lookup NAME [--admin1 GOVERNORATE] [--db STORE]

Exit status: 0 when every input was read and extracted, 1 when any input (a file, a JSONL line, one report's
extraction) failed (each failure is one `rasid: PATH: reason` line on standard error, and the other inputs
are still processed) or the output could not be written (a full disk, a closed pipe: one line too), 2 for
usage errors (an output file that is also an input is refused before anything is read or written), 130 on
Ctrl-C. `rasid gazetteer`: 0 done, 1 a file that cannot be imported or read (nothing
stored is lost), or a lookup that finds nothing, 2 usage errors.

The gazetteer store (see rasid.geo.store) is `$RASID_GAZETTEER` when set, else `gazetteer.sqlite` in
`$RASID_HOME` or the user data folder; `--db` / `--gazetteer` name another.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from datetime import date
from pathlib import Path
from typing import IO, Sequence

from .. import __version__
from ..records import ReportRecord
from ..sources import InputError, SourceReport, iter_reports
from ..sources.readers import DEFAULT_TIME_BUDGET
from . import render

PROG = "rasid"
EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_OUTPUT = EXIT_INPUT  # an output that cannot be written is an I/O failure, like an input that cannot be read
FORMATS = ("jsonl", "json", "table")
STDOUT_NAME = "standard output"


class OutputError(Exception):
    """The output cannot be written (full disk, closed pipe): `path` names it, `reason` says why."""

    def __init__(self, path: str, reason: str):
        self.path, self.reason = path, reason
        super().__init__(f"{path}: {reason}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with `argv` (default: sys.argv[1:]) and return the exit status."""
    stdout = sys.stdout
    sys.stdout = _GuardedStdout(stdout)  # every print(): a full disk or a closed pipe is an OutputError
    try:
        status = _run(argv)
        sys.stdout.flush()  # here, not at exit: an output that cannot take the last lines is one more error line
        return status
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except OutputError as exc:
        if exc.path == STDOUT_NAME:
            _silence_stdout()
        print_error(exc.path, exc.reason)
        return EXIT_OUTPUT
    finally:
        sys.stdout = stdout


def _run(argv: Sequence[str] | None) -> int:
    try:
        args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help, --version, usage errors: argparse has printed what to say
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    return args.run(args)


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
    ex.add_argument("--report-date", type=iso_date, metavar="YYYY-MM-DD",
                    help="the date of every report, overriding the report_date/published field and the text")
    ex.add_argument("-o", "--output", metavar="FILE", help="write the output to FILE instead of standard output")
    ex.add_argument("--bidi", choices=render.BIDI_MODES, default=None,
                    help="how the table writes Arabic: logical (default; for bidi-aware terminals and pipes) "
                         f"or visual (reordered for terminals without bidi support); default from ${render.BIDI_ENV}")
    add_time_budget(ex)
    ex.add_argument("--gazetteer", metavar="STORE",
                    help="a gazetteer store file (rasid gazetteer import) whose places extraction uses besides the "
                         "built-in ones; default: $RASID_GAZETTEER, else the store in the user data folder if any")
    ex.set_defaults(run=_run_extract)
    _add_gazetteer_parser(commands)
    from . import database

    database.add_parsers(commands)
    return parser


def _add_gazetteer_parser(commands) -> None:
    from ..geo.importers import FORMATS as GAZETTEER_FORMATS

    db_help = ("the gazetteer store file (default: $RASID_GAZETTEER, else gazetteer.sqlite in $RASID_HOME or the "
               "user data folder)")
    gz = commands.add_parser(
        "gazetteer",
        help="import third-party gazetteers into the gazetteer store, show its counts, look names up",
        description="The gazetteer store: places imported from Who's On First, OpenSyria, GeoNames or a plain CSV, "
                    "used by extraction besides the built-in gazetteer.",
    )
    sub = gz.add_subparsers(title="gazetteer commands", dest="gazetteer_command", metavar="COMMAND")
    sub.required = True

    imp = sub.add_parser(
        "import", help="import a gazetteer file (or an OpenSyria folder) into the store",
        description="Import PATH into the store, in one transaction: rows that name a place already known are "
                    "merged into it, bad rows are rejected with their reason, and importing the same file again "
                    "adds nothing. Formats: wof (Who's On First localities or admin CSV), opensyria (the flattened "
                    "CSV, a JSON file or a folder of the JSON files), geonames (a GeoNames dump such as SY.txt), "
                    "csv (see rasid/data/gazetteer/SOURCE.md), geojson-boundaries (governorate and district polygons "
                    "from Who's On First, geoBoundaries or OCHA COD-AB GeoJSON, simplified for the dashboard's map).",
        epilog="exit status: 0 imported, 1 the file cannot be imported (the store keeps what it had), 2 usage error",
    )
    imp.add_argument("path", metavar="PATH", help="the file, or an OpenSyria folder")
    imp.add_argument("--format", "-f", required=True, choices=GAZETTEER_FORMATS, help="the file's format")
    imp.add_argument("--source", metavar="NAME",
                     help="the source name the rows are kept under (default: the format; for csv, csv:FILE-STEM)")
    imp.add_argument("--licence", "--license", dest="licence", metavar="TEXT",
                     help="the data's licence and attribution, recorded with the source (required for csv)")
    imp.add_argument("--db", metavar="STORE", help=db_help)
    imp.set_defaults(run=_run_gazetteer_import)

    stats = sub.add_parser("stats", help="counts of the store's places by source, country, kind and governorate",
                           epilog="exit status: 0 shown, 1 no store, 2 usage error")
    stats.add_argument("--db", metavar="STORE", help=db_help)
    stats.set_defaults(run=_run_gazetteer_stats)

    look = sub.add_parser("lookup", help="the places (built-in and stored) a name may mean, best first",
                          epilog="exit status: 0 found, 1 nothing found (or no such store), 2 usage error")
    look.add_argument("name", metavar="NAME", help="a place name in Arabic or English")
    look.add_argument("--admin1", metavar="GOVERNORATE", help="put places of this governorate first")
    look.add_argument("--db", metavar="STORE", help=db_help)
    look.set_defaults(run=_run_gazetteer_lookup)


def add_time_budget(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--time-budget", type=_time_budget, default=DEFAULT_TIME_BUDGET, metavar="SECONDS",
                        help=f"give up on a report whose extraction takes longer (one error line; the run goes on); "
                             f"default {DEFAULT_TIME_BUDGET:g}, 0 for no limit")


def _time_budget(value: str) -> float | None:
    """--time-budget: seconds (None for 0, no limit)."""
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, not {value!r}") from None
    if not 0 <= seconds < float("inf"):
        raise argparse.ArgumentTypeError("expected 0 (no limit) or a positive number of seconds")
    return seconds or None


def iso_date(value: str) -> date:
    """A command-line date, YYYY-MM-DD (argparse's `type` for --from, --to and the report date)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError as exc:
            raise argparse.ArgumentTypeError(f"invalid date {value!r}: {exc}") from None
    raise argparse.ArgumentTypeError(f"invalid date {value!r}: expected YYYY-MM-DD, e.g. 2023-03-14")


# --- extract ---------------------------------------------------------------------------------------------


def _run_extract(args: argparse.Namespace) -> int:
    import sqlite3

    from ..geo.gazetteer import Gazetteer
    from ..geo.store import ENV_GAZETTEER, StoreError

    before = os.environ.get(ENV_GAZETTEER)
    if args.gazetteer is not None:
        os.environ[ENV_GAZETTEER] = str(Path(args.gazetteer).expanduser())  # Gazetteer.default() honours it
    try:
        store = args.gazetteer or os.environ.get(ENV_GAZETTEER) or "gazetteer store"
        try:
            Gazetteer.default()  # read the store now: a wrong one fails here, once, not in every report
        except FileNotFoundError:
            how = "" if args.gazetteer else f" (${ENV_GAZETTEER})"
            print_error(store, f"no gazetteer store here{how} (rasid gazetteer import creates one)")
            return EXIT_USAGE
        except (StoreError, OSError, sqlite3.Error) as exc:
            print_error(store if os.environ.get(ENV_GAZETTEER) else str(_default_store()), str(exc))
            return EXIT_USAGE
        return _extract(args)
    finally:
        if before is None:
            os.environ.pop(ENV_GAZETTEER, None)
        else:
            os.environ[ENV_GAZETTEER] = before


def _default_store() -> Path:
    from ..geo.store import store_path

    return store_path()


def _extract(args: argparse.Namespace) -> int:
    from ..extraction import pipeline  # looked up per call: tests and plug-ins may replace pipeline.extract

    bidi = args.bidi or (render.VISUAL if os.environ.get(render.BIDI_ENV, "").strip().lower() == render.VISUAL
                         else render.LOGICAL)
    clash = output_clash(args.output, args.paths)
    if clash:
        print_error(args.output or STDOUT_NAME, clash)
        return EXIT_USAGE
    if args.output:
        try:
            out: IO[str] = open(args.output, "w", encoding="utf-8", newline="\n")
        except OSError as exc:
            print_error(args.output, f"cannot write: {exc.strerror or exc}")
            return EXIT_USAGE
    else:
        out = sys.stdout
        _ensure_utf8(out)

    with _Output(out, args.output or STDOUT_NAME) as output:
        failed = False
        collected: list[dict] = []
        for item in iter_reports(args.paths):
            if isinstance(item, InputError):
                print_error(item.path, item.reason)
                failed = True
                continue
            for note in item.notes:
                print_error(item.path, f"doc_id {item.doc_id}: note: {note}")
            try:
                chunk, record = _extract_one(pipeline, item, args, bidi, collected)
            except Exception as exc:  # one report's failure must not stop the others
                print_error(item.path, f"doc_id {item.doc_id}: extraction failed: {type(exc).__name__}: {exc}")
                failed = True
                continue
            skipped = pipeline.language_note(record)
            if skipped:  # «written in a language Rasid does not read»: a note, not a failure
                print_error(item.path, f"doc_id {item.doc_id}: note: {skipped}")
            if chunk:
                output.write(("\n" if args.format == "table" and output.chunks else "") + chunk)
        if args.format == "json":
            output.write(json.dumps(collected, ensure_ascii=False, indent=2) + "\n")
    return EXIT_INPUT if failed else EXIT_OK


class _GuardedStdout:
    """Standard output whose write and flush errors (full disk, closed pipe) are OutputErrors."""

    def __init__(self, stream: IO[str]):
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as exc:
            raise OutputError(STDOUT_NAME, _write_reason(exc)) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            raise OutputError(STDOUT_NAME, _write_reason(exc)) from None

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


class _Output:
    """The stream records go to; a write, flush or close that fails (full disk, closed pipe) is an OutputError."""

    def __init__(self, stream: IO[str], name: str):
        self.stream, self.name, self.chunks = stream, name, 0

    def write(self, text: str) -> None:
        try:
            self.stream.write(text)
        except OSError as exc:
            raise OutputError(self.name, _write_reason(exc)) from None
        self.chunks += 1

    def __enter__(self) -> "_Output":
        return self

    def __exit__(self, kind, exc, tb) -> None:
        try:
            self.stream.flush()
            if self.stream is not sys.stdout:
                self.stream.close()
        except (OSError, OutputError) as error:
            if kind is None:  # else the error on its way out (Ctrl-C, an earlier write) is the one to report
                raise error if isinstance(error, OutputError) else OutputError(self.name, _write_reason(error)) \
                    from None


def _write_reason(exc: OSError) -> str:
    if isinstance(exc, BrokenPipeError):
        return "the reader closed the pipe before all the output was written"
    return f"cannot write: {exc.strerror or exc}"


def output_clash(output: str | None, paths: Sequence[str]) -> str | None:
    """Why writing to `output` (None: standard output) would destroy or feed back into the inputs `paths`, or None:
    an output file that is an input, or one in an input folder that would be read as a report."""
    from ..sources.readers import STDIN_PATH, SUFFIXES

    target = _stat(output) if output else _fstat(sys.stdout)  # None: a file still to be created
    for path in paths:
        source = _fstat(sys.stdin) if path == STDIN_PATH else _stat(path)
        if target is not None and source is not None and _regular(target) and os.path.samestat(source, target):
            name = "standard input" if path == STDIN_PATH else path
            return f"the output is the input {name}: writing would destroy it; choose another output file"
        if output and path != STDIN_PATH and os.path.isdir(path) and _within(output, path) \
                and os.path.splitext(output)[1].lower() in SUFFIXES:
            return f"the output would be read back as an input of the folder {path}; choose a file outside it"
    return None


def _stat(path: str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


def _fstat(stream) -> os.stat_result | None:
    try:
        return os.fstat(stream.fileno())
    except (OSError, ValueError, AttributeError):
        return None


def _regular(st: os.stat_result) -> bool:
    import stat

    return stat.S_ISREG(st.st_mode)  # /dev/null, a terminal or a pipe may be input and output at once


def _within(path: str, folder: str) -> bool:
    folder = os.path.realpath(folder)
    return os.path.commonpath([os.path.realpath(path), folder]) == folder


def _extract_one(pipeline, report: SourceReport, args: argparse.Namespace, bidi: str,
                 collected: list) -> tuple[str, ReportRecord]:
    """The output text of one report ('' for json, which is written at the end), and its record."""
    when = args.report_date if args.report_date is not None else report.report_date
    record = pipeline.extract(report.text, report.doc_id, report_date=when, time_budget=args.time_budget)
    if args.format == "table":
        return render.render_table(record, bidi=bidi), record
    data = record.to_dict()
    line = json.dumps(data, ensure_ascii=False)
    line.encode("utf-8")  # a lone surrogate fails here, as this report's error, not at write time
    if args.format == "json":
        collected.append(data)
        return "", record
    return line + "\n", record


# --- gazetteer -------------------------------------------------------------------------------------------


def _store_arg(args: argparse.Namespace) -> Path:
    from ..geo.store import store_path

    return Path(args.db).expanduser() if args.db else store_path()


class Progress:
    """A progress line on standard error: rewritten in place at most 5 times a second on a terminal; on a pipe
    or file, a line every 2 s once the work has run for 1 s. Subclasses say what the line says."""

    def __init__(self, stream: IO[str] | None = None, quiet: bool = False):
        self.stream = stream or sys.stderr
        self.quiet = quiet
        try:
            self.tty = self.stream.isatty()
        except (AttributeError, ValueError):
            self.tty = False
        self.last = time.monotonic() if not self.tty else float("-inf")
        self.interval = 0.2 if self.tty else 2.0
        self.shown = False

    def show(self, text: str, seconds: float) -> None:
        now = time.monotonic()
        if self.quiet or now - self.last < self.interval or (not self.tty and seconds < 1.0):
            return
        self.last = now
        try:
            self.stream.write(f"\r{text}\x1b[K" if self.tty else text + "\n")
            self.stream.flush()
            self.shown = True
        except (OSError, ValueError):
            pass

    def done(self) -> None:
        if self.tty and self.shown:
            try:
                self.stream.write("\r\x1b[K")
                self.stream.flush()
            except (OSError, ValueError):
                pass


class _Progress(Progress):
    """Rows read and rows/s of a gazetteer import."""

    def __init__(self, label: str, stream: IO[str] | None = None):
        super().__init__(stream)
        self.label = label

    def __call__(self, read: int, seconds: float) -> None:
        rate = read / seconds if seconds > 0 else 0.0
        self.show(f"{PROG}: {self.label}: {read:,} rows read ({rate:,.0f} rows/s)", seconds)


def _run_gazetteer_import(args: argparse.Namespace) -> int:
    import sqlite3

    from ..geo.importers import ImportFormatError, import_file
    from ..geo.store import GazetteerStore, StoreError

    if args.format == "csv" and not (args.licence or "").strip():
        print_error("--licence", "required with --format csv: the licence and attribution of the data you import")
        return EXIT_USAGE
    if args.source is not None and (not args.source.strip() or args.source.strip() == "rasid"):
        print_error("--source", "give a name other than 'rasid' (the built-in gazetteer's)")
        return EXIT_USAGE
    db = _store_arg(args)
    try:
        store = GazetteerStore(db)
    except (StoreError, OSError) as exc:
        print_error(str(db), str(exc))
        return EXIT_INPUT
    progress = _Progress(Path(args.path).name)
    try:
        report = import_file(store, args.path, args.format, source_name=args.source and args.source.strip(),
                             progress=progress, licence=args.licence)
    except ImportFormatError as exc:
        progress.done()
        print_error(args.path, f"cannot import as {args.format}: {exc}; nothing was stored")
        return EXIT_INPUT
    except (OSError, sqlite3.Error) as exc:
        progress.done()
        print_error(args.path, f"import failed: {type(exc).__name__}: {exc}; nothing was stored")
        return EXIT_INPUT
    finally:
        store.close()
    progress.done()
    _ensure_utf8(sys.stdout)
    print(report.summary())
    print(f"store: {db}")
    return EXIT_OK


def _run_gazetteer_stats(args: argparse.Namespace) -> int:
    from ..geo.store import GazetteerStore, StoreError

    db = _store_arg(args)
    try:
        with GazetteerStore(db, readonly=True) as store:
            stats = store.stats()
    except FileNotFoundError:
        print_error(str(db), "no gazetteer store here (rasid gazetteer import creates one)")
        return EXIT_INPUT
    except (StoreError, OSError) as exc:
        print_error(str(db), str(exc))
        return EXIT_INPUT
    _ensure_utf8(sys.stdout)

    def line(title: str, counts: dict, limit: int = 40) -> str:
        items = list(counts.items())
        shown = ", ".join(f"{k or '(none)'} {n:,}" for k, n in items[:limit])
        more = f", ... ({len(items) - limit} more)" if len(items) > limit else ""
        return f"{title}: {shown}{more}" if items else f"{title}: none"

    out = [f"store: {stats['path']}",
           f"places: {stats['places']:,} ({stats['with_coordinates']:,} with coordinates), names: {stats['names']:,}, "
           f"imported rows: {stats['records']:,}"]
    out.append("sources:" if stats["sources"] else "sources: none")
    for name, src in stats["sources"].items():
        out.append(f"  {name}: {src['rows'] or 0:,} rows, imported {src['imported_at']}; licence: "
                   f"{src['licence'] or '(not given)'}" + (f"; attribution: {src['attribution']}"
                                                          if src["attribution"] else ""))
    if stats["boundaries"]:
        out.append(line("boundaries", stats["boundaries"]))
    out += [line("places by source", stats["by_source"]), line("by country", stats["by_country"]),
            line("by kind", stats["by_kind"]), line("by governorate", stats["by_admin1"])]
    print("\n".join(out))
    return EXIT_OK


def _run_gazetteer_lookup(args: argparse.Namespace) -> int:
    from ..geo.gazetteer import Gazetteer
    from ..geo.importers import admin1_from_name
    from ..geo.store import StoreError

    admin1 = None
    if args.admin1:
        admin1 = admin1_from_name(args.admin1)
        if admin1 is None:
            print_error("--admin1", f"unknown governorate {args.admin1!r}")
            return EXIT_USAGE
    try:
        gazetteer = Gazetteer.load(Path(args.db).expanduser() if args.db else None)
    except FileNotFoundError:
        print_error(args.db or str(_store_arg(args)), "no gazetteer store here (rasid gazetteer import creates one)")
        return EXIT_INPUT
    except (StoreError, OSError) as exc:
        print_error(args.db or str(_store_arg(args)), str(exc))
        return EXIT_INPUT
    found = gazetteer.lookup(args.name, admin1=admin1)
    if not found:
        print_error(args.name, "no such place in the gazetteer")
        return EXIT_INPUT
    _ensure_utf8(sys.stdout)
    for place in found:
        admin = " / ".join(a or "-" for a in (place.admin1, place.admin2, place.admin3))
        where = (f"{place.latitude:.5g}, {place.longitude:.5g}" if place.latitude is not None
                 and place.longitude is not None else "no coordinates")
        print(f"{place.name_ar or '-'} | {place.name_en or '-'} | {place.kind} | {place.country} | {admin} | "
              f"P-code {place.pcode or '-'} | {where} | source {place.source}"
              + (f" {place.source_id}" if place.source_id and place.source != "rasid" else ""))
    return EXIT_OK


def print_error(path: str, reason: str) -> None:
    """One line on stderr, «rasid: <path>: <reason>», cut to 400 characters; a closed stderr is no error."""
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
