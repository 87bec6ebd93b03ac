"""The database commands: ingest, review, explain, totals, export, token (and serve, demo in rasid.api).

    rasid ingest PATH... [--db DB] [--engine local|dask [--scheduler tcp://HOST:PORT | --workers N]]
                 [--batch-size N] [--time-budget SECONDS]
    rasid review [--db DB] [--limit N]                     the queue of unreviewed events
    rasid review ID confirm|reject|reopen [--note TEXT] [--user NAME]
    rasid review ID edit --set FIELD=VALUE... [--note TEXT] [--user NAME]
    rasid explain EVENT_ID [--db DB]
    rasid totals [--outcome killed|injured] [--scope PLACE] [--group ACTOR] [--from D] [--to D] [--state S] [--db DB]
    rasid export --format acled-csv|geojson|parquet|jsonl -o FILE [--from D] [--to D] [--admin1 G] [--type T]
    rasid bulletin [--from D] [--to D] [--admin1 G | --place P] [--lang ar|en] [--format html|md|pdf]
                   [--state all|confirmed] [--digits western|arabic] -o FILE [--db DB]
    rasid token create NAME [--db DB]
    rasid serve [--db DB] [--host 127.0.0.1] [--port 8000] [--tile-url URL] [--max-body BYTES] [--time-budget S]
    rasid demo [--db DB] [--host 127.0.0.1] [--port 8000] [--no-serve]

DB is a SQLite file path or a SQLAlchemy URL (postgresql+psycopg://user:password@host/dbname); default:
$RASID_DB, else rasid.sqlite in $RASID_HOME or the user data folder.
"""
from __future__ import annotations

import argparse
import getpass
import os
import shlex
import sys
from contextlib import contextmanager
from pathlib import Path

from ..store import BATCH_SIZE
from .main import (EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, PROG, Progress, add_time_budget, iso_date,
                   print_error)

DB_HELP = ("the database: a SQLite file or a SQLAlchemy URL such as postgresql+psycopg://user:pass@host/db "
           "(default: $RASID_DB, else rasid.sqlite in $RASID_HOME or the user data folder)")


def add_parsers(commands) -> None:
    ing = commands.add_parser(
        "ingest", help="extract reports and store them in the database, reconciled with what is stored",
        description="Store reports (.txt, .jsonl, .html/.htm pages, .xml/.rss/.atom feeds, folders, - for "
                    "standard input) with their extraction, a batch of reports per transaction. A report whose text "
                    "is already stored is skipped, so a rerun after a crash or Ctrl-C resumes where it stopped.",
        epilog="exit status: 0 all inputs stored or already there, 1 some input failed, 2 usage error, 130 interrupted",
    )
    ing.add_argument("paths", nargs="+", metavar="PATH")
    ing.add_argument("--db", metavar="DB", help=DB_HELP)
    ing.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="local: this process (default); dask: extract on a Dask cluster")
    ing.add_argument("--scheduler", metavar="ADDRESS", help="an existing Dask scheduler (tcp://HOST:PORT)")
    ing.add_argument("--workers", type=_positive, default=2, metavar="N",
                     help="workers of the local Dask cluster started when no --scheduler is given (default 2)")
    ing.add_argument("--batch-size", type=_positive, default=BATCH_SIZE, metavar="N",
                     help=f"reports written per transaction, and per Dask task (default {BATCH_SIZE}); a crash "
                          "loses at most one batch, and the records do not depend on it")
    add_time_budget(ing)
    ing.add_argument("--quiet", "-q", action="store_true", help="no progress line")
    ing.set_defaults(run=_run_ingest)

    rev = commands.add_parser(
        "review", help="list the review queue, or confirm, edit, reject or reopen an event",
        description="Without EVENT_ID: the unreviewed events. With EVENT_ID and an action: apply it and record "
                    "who did it, when, and the values before and after. Edited fields are kept when new reports "
                    "of the event are ingested.",
        epilog="example: rasid review 12 edit --set sub_event_type='Armed clash' --set fatalities=4 --note 'per SOHR'",
    )
    rev.add_argument("event_id", nargs="?", type=int, metavar="EVENT_ID")
    rev.add_argument("action", nargs="?", choices=("confirm", "edit", "reject", "reopen"))
    rev.add_argument("--set", dest="changes", action="append", default=[], metavar="FIELD=VALUE",
                     help="with edit: a field to set (event_type, sub_event_type, date_start, date_end, place_id, "
                          "fatalities as N or low,best,high, actors/targets as comma-separated ids)")
    rev.add_argument("--note", default="", help="why")
    rev.add_argument("--user", default=None, help="who (default: the login name)")
    rev.add_argument("--limit", type=_positive, default=50)
    rev.add_argument("--db", metavar="DB", help=DB_HELP)
    rev.set_defaults(run=_run_review)

    exp = commands.add_parser("explain", help="the reports and sentences behind an event and why they were merged")
    exp.add_argument("event_id", type=int, metavar="EVENT_ID")
    exp.add_argument("--db", metavar="DB", help=DB_HELP)
    exp.set_defaults(run=_run_explain)

    tot = commands.add_parser(
        "totals", help="killed or injured per group and place over all reports, running tallies reconciled",
        description="Per group and place: the latest running tallies (earlier ones they include are superseded) "
                    "plus the incident counts no tally covers; low / best / high over the reports' figures.")
    tot.add_argument("--outcome", choices=("killed", "injured"), default="killed")
    tot.add_argument("--scope", metavar="PLACE", help="a place (Arabic, as reported) or governorate")
    tot.add_argument("--group", metavar="ACTOR", help="an actor id, or ids joined by + (CIVILIANS, SYR_GOV+HTS)")
    tot.add_argument("--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD",
                     help="only figures wholly inside the period from this date")
    tot.add_argument("--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD")
    tot.add_argument("--state", choices=("all", "confirmed"), default="all",
                     help="all: every event but the rejected ones (default); confirmed: only confirmed or edited "
                          "events (running tallies, which no analyst reviews, are left out)")
    tot.add_argument("--db", metavar="DB", help=DB_HELP)
    tot.set_defaults(run=_run_totals)

    out = commands.add_parser(
        "export", help="write events as ACLED CSV, GeoJSON, Parquet or JSONL",
        description="Rejected events are left out. ACLED CSV follows ACLED's rules: one row per day and place, "
                    "fatalities split across the days of a multi-day event, the conservative figure.")
    out.add_argument("--format", "-f", required=True, choices=("acled-csv", "geojson", "parquet", "jsonl"))
    out.add_argument("-o", "--output", required=True, metavar="FILE")
    out.add_argument("--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD")
    out.add_argument("--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD")
    out.add_argument("--admin1", metavar="GOVERNORATE")
    out.add_argument("--type", dest="event_type", metavar="TYPE", help="an event type or sub-event type")
    out.add_argument("--state", choices=("unreviewed", "confirmed", "edited", "rejected"))
    out.add_argument("--db", metavar="DB", help=DB_HELP)
    out.set_defaults(run=_run_export)

    _add_bulletin_parser(commands)

    srv = commands.add_parser(
        "serve", help="serve the HTTP API and the web dashboard",
        description="The API (OpenAPI at /openapi.json) under /api/ and the dashboard at /. Read endpoints are "
                    "open; writing needs a token from `rasid token create NAME`.")
    srv.add_argument("--db", metavar="DB", help=DB_HELP)
    _add_address(srv)
    srv.add_argument("--max-body", type=_size, default=None, metavar="BYTES",
                     help="the largest request body accepted, in bytes or with k or M (default 1M); larger ones get "
                          "413 before the token is even checked")
    add_time_budget(srv)
    srv.set_defaults(run=_run_serve)

    demo = commands.add_parser(
        "demo", help="build a database from the example reports shipped with Rasid and serve the dashboard",
        description="Ingests the invented example reports in rasid/data/examples (several governorates, months "
                    "and event types) into demo.sqlite in the Rasid data folder (or --db), creates a review "
                    "token, and serves the dashboard.")
    demo.add_argument("--db", metavar="DB", help="the database to build (default: demo.sqlite in the data folder)")
    demo.add_argument("--no-serve", action="store_true", help="build the database and stop")
    _add_address(demo)
    demo.set_defaults(run=_run_demo)

    tok = commands.add_parser("token", help="create an API token for the write endpoints of rasid serve")
    tok_sub = tok.add_subparsers(dest="token_command", metavar="COMMAND")
    tok_sub.required = True
    create = tok_sub.add_parser("create", help="create a token; it is printed once and stored hashed")
    create.add_argument("name", metavar="NAME", help="who the token is for (recorded with their review actions)")
    create.add_argument("--db", metavar="DB", help=DB_HELP)
    create.set_defaults(run=_run_token_create)


def _add_bulletin_parser(commands) -> None:
    bul = commands.add_parser(
        "bulletin", help="write the observatory's bulletin of an area and period: HTML, Markdown or PDF",
        description="A bulletin in Arabic or English: headline and lead, the toll per side (as rasid totals counts "
                    "it), territorial control, the main events by day and place, how it was counted, and notes "
                    "quoting the report sentences behind every figure; a map, a timeline and deaths by side. "
                    "Rejected events are left out. Wording: rasid/data/lang/<ar|en>/bulletin/templates.toml.",
        epilog="exit status: 0 written, 1 the database or the output cannot be used, 2 usage error or a bad filter. "
               "example: rasid bulletin --from 2024-01-01 --to 2024-01-31 --admin1 Idlib --lang en -o idlib.pdf")
    bul.add_argument("--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD",
                     help="the first day (default: the first event's)")
    bul.add_argument("--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD",
                     help="the last day (default: the last event's)")
    area = bul.add_mutually_exclusive_group()
    area.add_argument("--admin1", metavar="GOVERNORATE", help="a governorate, in English or Arabic (Idlib, إدلب)")
    area.add_argument("--place", metavar="PLACE", help="a place, in Arabic as reported or in English")
    bul.add_argument("--lang", choices=("ar", "en"), default="ar", help="the language (default ar)")
    bul.add_argument("--format", "-f", choices=("html", "md", "pdf"),
                     help="html: one self-contained file; md: Markdown with the pictures beside it as SVG files; "
                          "pdf (default: from the extension of -o, else html)")
    bul.add_argument("--state", choices=("all", "confirmed"), default="all",
                     help="all: every event but the rejected ones (default); confirmed: only events an analyst "
                          "confirmed or edited")
    bul.add_argument("--digits", choices=("western", "arabic"), default="western",
                     help="western 0123 (default, as Levantine monitors write) or arabic ٠١٢٣")
    bul.add_argument("-o", "--output", required=True, metavar="FILE")
    bul.add_argument("--db", metavar="DB", help=DB_HELP)
    bul.set_defaults(run=_run_bulletin)


def _add_address(parser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="the address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="the port (default 8000)")
    parser.add_argument("--tile-url", metavar="URL",
                        help="a map tile URL such as https://tile.example.org/{z}/{x}/{y}.png (default: $RASID_TILE_URL, "
                             "else no tiles: the map draws the gazetteer's outlines and needs no internet)")


def _size(value: str) -> int:
    """--max-body: a number of bytes, optionally with k (1,024) or M (1,048,576)."""
    text = value.strip()
    scale = {"k": 1 << 10, "m": 1 << 20}.get(text[-1:].lower(), 1)
    number = text[:-1] if scale > 1 else text
    if not number.isdigit() or int(number) < 1:
        raise argparse.ArgumentTypeError(f"expected a size such as 1048576, 512k or 1M, not {value!r}")
    return int(number) * scale


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("expected 1 or more")
    return number


def open_db(args: argparse.Namespace):
    """The database named by --db, or None after saying why it cannot be opened."""
    from ..store.db import DatabaseError, open_database

    try:
        return open_database(args.db)
    except DatabaseError as exc:
        print_error("database", str(exc))
        return None


@contextmanager
def session_of(args: argparse.Namespace):
    """A session on the database named by --db, closed afterwards; None (the reason said) if it cannot be opened."""
    db = open_db(args)
    if db is None:
        yield None
        return
    try:
        with db.session() as session:
            yield session
    finally:
        db.dispose()


# --- ingest ----------------------------------------------------------------------------------------------


class IngestProgress(Progress):
    """Reports read, what became of them, and reports/s."""

    def __call__(self, summary) -> None:
        self.show(f"{PROG}: ingest: {summary.read:,} reports ({summary.added:,} new, {summary.seen:,} already "
                  f"stored, {summary.failed:,} failed), {summary.rate:,.0f} reports/s", summary.seconds)


def _run_ingest(args: argparse.Namespace) -> int:
    from ..sources import iter_reports
    from ..store.ingest import ExtractionError, IngestSummary, ingest

    db = open_db(args)
    if db is None:
        return EXIT_INPUT
    progress = IngestProgress(quiet=args.quiet)
    summary = IngestSummary()

    def track(current: IngestSummary) -> None:
        nonlocal summary
        summary = current
        progress(current)

    try:
        if args.engine == "dask":
            from ..store.distributed import DaskUnavailable, ingest_dask

            try:
                summary = ingest_dask(args.paths, db, scheduler=args.scheduler, workers=args.workers,
                                      batch_size=args.batch_size, progress=track, time_budget=args.time_budget)
            except DaskUnavailable as exc:
                print_error("--engine dask", str(exc))
                return EXIT_USAGE
        else:
            summary = ingest(iter_reports(args.paths, stdin=sys.stdin), db, progress=track,
                             batch_size=args.batch_size, time_budget=args.time_budget)
    except KeyboardInterrupt:
        progress.done()
        print(f"{PROG}: ingest interrupted after {summary.added:,} new reports; they are stored, "
              "and running the same command again resumes", file=sys.stderr)
        return EXIT_INTERRUPTED
    except ExtractionError as exc:
        progress.done()
        print_error("ingest", f"{exc}; the {summary.added:,} new reports before it are stored, and running the same "
                         "command again resumes")
        return EXIT_INPUT
    finally:
        db.dispose()
    progress.done()
    for where, note in summary.notes:
        print_error(where, f"note: {note}")  # a report in a language Rasid does not read: stored, not failed
    for where, reason in summary.failures:
        print_error(where, reason)
    print(f"{PROG}: ingest: {summary.read:,} reports read: {summary.added:,} stored, {summary.seen:,} already "
          f"stored, {summary.failed:,} failed; {summary.events:,} event statements; {summary.seconds:.1f} s "
          f"({summary.rate:,.0f} reports/s)", file=sys.stderr)
    return EXIT_INPUT if summary.failed else EXIT_OK


# --- review, explain, totals -------------------------------------------------------------------------------


def _run_review(args: argparse.Namespace) -> int:
    from ..store import review

    if args.event_id is None:
        return _show_queue(args)
    if args.action is None:
        print_error("review", "give an action: confirm, edit, reject or reopen")
        return EXIT_USAGE
    try:
        changes = dict(_change(item) for item in args.changes)
    except ValueError as exc:
        print_error("--set", str(exc))
        return EXIT_USAGE
    db = open_db(args)
    if db is None:
        return EXIT_INPUT
    try:
        with db.session() as session:
            event = review.apply(session, args.event_id, args.action, args.user or _login(), changes, args.note)
            print(f"event {event.id}: {event.review_state}")
    except review.ReviewError as exc:
        print_error(f"event {args.event_id}", str(exc))
        return EXIT_INPUT
    finally:
        db.dispose()
    return EXIT_OK


def _change(item: str) -> tuple[str, object]:
    name, sep, value = item.partition("=")
    if not sep or not name.strip():
        raise ValueError(f"expected FIELD=VALUE, not {item!r}")
    name, value = name.strip(), value.strip()
    if name in ("actors", "targets"):
        return name, [v.strip() for v in value.split(",") if v.strip()]
    if name == "place_id":
        return name, int(value)
    if name == "fatalities":
        numbers = [int(v) for v in value.split(",")]
        if len(numbers) == 1:
            return name, numbers[0]
        if len(numbers) == 3:
            return name, dict(zip(("low", "best", "high"), numbers))
        raise ValueError("fatalities: N or low,best,high")
    return name, value


def _login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return os.environ.get("USER", "unknown")


def _show_queue(args: argparse.Namespace) -> int:
    from ..store import review
    from ..store.queries import location_of

    with session_of(args) as session:
        if session is None:
            return EXIT_INPUT
        events = review.queue(session, args.limit)
        for event in events:
            place = location_of(event.place)
            where = f"{place.name_ar} ({place.admin1 or '-'})" if place else "-"
            print(f"{event.id:>6}  {event.date_start or '----------'}  {event.sub_event_type:<34} {where}  "
                  f"{','.join(event.actors) or '-'}  killed {event.fatalities_best}")
        print(f"{len(events)} unreviewed events shown", file=sys.stderr)
    return EXIT_OK


def _run_explain(args: argparse.Namespace) -> int:
    from ..store.queries import explain

    with session_of(args) as session:
        if session is None:
            return EXIT_INPUT
        text = explain(session, args.event_id)
    if text is None:
        print_error(f"event {args.event_id}", "no such event")
        return EXIT_INPUT
    print(text)
    return EXIT_OK


def _run_totals(args: argparse.Namespace) -> int:
    from ..store.reconcile import totals

    with session_of(args) as session:
        if session is None:
            return EXIT_INPUT
        rows = totals(session, args.outcome, args.scope, args.group, args.date_from, args.date_to,
                      reviewed_only=args.state == "confirmed")
        for row in rows:
            print(f"{'+'.join(row.group):<24} {row.scope or '(anywhere)':<24} {args.outcome} low {row.low} "
                  f"best {row.best} high {row.high}  ({len([t for t in row.tallies if not t.superseded])} "
                  f"tally figures, {len([t for t in row.tallies if t.superseded])} superseded, "
                  f"{row.incidents} incidents outside tallies)")
    return EXIT_OK


# --- bulletin ----------------------------------------------------------------------------------------------

BULLETIN_SUFFIXES = {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md", ".pdf": "pdf"}


def _run_bulletin(args: argparse.Namespace) -> int:
    from .. import bulletin
    from ..bulletin.render import PdfUnavailable

    fmt = args.format or BULLETIN_SUFFIXES.get(Path(args.output).suffix.lower(), "html")
    request = bulletin.Request(args.date_from, args.date_to, args.admin1, args.place, args.state)
    with session_of(args) as session:
        if session is None:
            return EXIT_INPUT
        try:
            doc = bulletin.make(session, request, args.lang, args.digits)
        except bulletin.BulletinError as exc:
            print_error(f"--{exc.param}", exc.reason)
            return EXIT_USAGE
    try:
        written = bulletin.write(doc, fmt, args.output)
    except PdfUnavailable as exc:
        print_error("--format pdf", str(exc))
        return EXIT_INPUT
    except OSError as exc:
        print_error(args.output, exc.strerror or str(exc))
        return EXIT_INPUT
    extra = f" (and {', '.join(p.name for p in written[1:])} beside it)" if len(written) > 1 else ""
    print(f"{PROG}: bulletin: {written[0]}{extra}: {doc.title}", file=sys.stderr)
    return EXIT_OK


# --- export, token ---------------------------------------------------------------------------------------


def _run_export(args: argparse.Namespace) -> int:
    from ..export import export
    from ..store.db import database_url
    from ..store.queries import EventFilter, all_events
    from .main import output_clash

    url = database_url(args.db)
    clash = url.startswith("sqlite:///") and output_clash(args.output, [url.removeprefix("sqlite:///")])
    if clash:
        print_error(args.output, clash.replace("the input", "the database"))
        return EXIT_USAGE
    db = open_db(args)
    if db is None:
        return EXIT_INPUT
    wanted = EventFilter(date_from=args.date_from, date_to=args.date_to, admin1=args.admin1,
                         event_type=args.event_type, state=args.state)
    try:
        with db.session() as session:
            summary = export(all_events(session, wanted), args.format, args.output)
    except OSError as exc:
        print_error(args.output, exc.strerror or str(exc))
        return EXIT_INPUT
    finally:
        db.dispose()
    skipped = ", ".join(f"{n} {why}" for why, n in summary.skipped.items() if n)
    print(f"{PROG}: export: {summary.written:,} rows written to {args.output}" + (f"; skipped: {skipped}" if skipped else ""),
          file=sys.stderr)
    return EXIT_OK


def _run_token_create(args: argparse.Namespace) -> int:
    from ..store.review import create_token

    with session_of(args) as session:
        if session is None:
            return EXIT_INPUT
        token = create_token(session, args.name)
    print(token)
    print(f"{PROG}: token for {args.name!r} created; it is stored hashed and shown only this once", file=sys.stderr)
    return EXIT_OK


# --- serve, demo ------------------------------------------------------------------------------------------


def _serve(db, args: argparse.Namespace) -> int:
    import uvicorn

    from ..api.app import create_app

    from ..api.guards import DEFAULT_MAX_BODY
    from ..sources.readers import DEFAULT_TIME_BUDGET

    app = create_app(db, tile_url=args.tile_url, max_body=getattr(args, "max_body", None) or DEFAULT_MAX_BODY,
                     time_budget=getattr(args, "time_budget", DEFAULT_TIME_BUDGET))
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"{PROG}: serving {_describe(db)} at http://{host}:{args.port}/ (API: /api/, OpenAPI: /openapi.json); "
          "Ctrl-C stops", file=sys.stderr, flush=True)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    finally:
        db.dispose()
    return EXIT_OK


def _describe(db) -> str:
    from ..store.db import describe

    return describe(db.url)


def _run_serve(args: argparse.Namespace) -> int:
    db = open_db(args)
    return EXIT_INPUT if db is None else _serve(db, args)


def _run_demo(args: argparse.Namespace) -> int:
    from ..geo.store import data_dir
    from ..sources import iter_reports
    from ..store.ingest import ingest
    from ..store.review import create_token

    examples = Path(__file__).resolve().parent.parent / "data" / "examples" / "reports.jsonl"
    args.db = args.db or str(data_dir() / "demo.sqlite")
    db = open_db(args)
    if db is None:
        return EXIT_INPUT
    summary = ingest(iter_reports([str(examples)]), db)
    with db.session() as session:
        token = create_token(session, "demo")
    print(f"{PROG}: demo database {_describe(db)}: {summary.added} example reports added, {summary.seen} already "
          f"there; review token: {token}", file=sys.stderr, flush=True)
    print(f"{PROG}: a bulletin of the demo database: {PROG} bulletin --db {shlex.quote(args.db)} --from 2024-01-01 "
          "--to 2024-03-31 --lang ar -o demo-bulletin-ar.html (or --lang en, -o FILE.pdf, -o FILE.md)",
          file=sys.stderr, flush=True)
    if args.no_serve:
        db.dispose()
        return EXIT_OK
    return _serve(db, args)
