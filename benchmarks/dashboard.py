"""How fast the dashboard's API answers over a large database, on SQLite and PostgreSQL side by side.

    python benchmarks/dashboard.py [--events 1000000] [--db FILE.sqlite] [--postgres URL] [--pg-database NAME]
                                   [--repeat 15] [--rebuild]

Builds (once) a database of N synthetic events and reuses it: SQLite in FILE (default rasid-dashboard-N.sqlite in
the temporary folder), PostgreSQL in the database --pg-database (default rasid_dashboard_N) on the server of
--postgres (or $RASID_TEST_POSTGRES; the user must be allowed to create databases). Three events per report; the
reports' texts are those of benchmarks/generate_reports.py, dated over 2012-2024; places from the built-in
gazetteer, types from the taxonomy, a casualty count for every third event; rows bulk-inserted, then the summary
tables rebuilt.
--rebuild builds anew. Then serves the real app with uvicorn on 127.0.0.1 and times each request the dashboard
makes (and the API's other lists), median and max of --repeat runs after one warm-up. Targets (issue 12): every
list and filter <= 300 ms, aggregates <= 500 ms, full text <= 500 ms (median).
"""
from __future__ import annotations

import argparse
import hashlib
import os
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import httpx  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

import generate_reports  # noqa: E402
from rasid import taxonomy  # noqa: E402
from rasid.geo.gazetteer import Gazetteer  # noqa: E402
from rasid.store import bulk, models, summaries  # noqa: E402
from rasid.store.db import open_database  # noqa: E402

LIST_MS, AGGREGATE_MS, TEXT_MS = 300.0, 500.0, 500.0
EVENTS_PER_REPORT = 3
CHUNK = 6_000  # reports per insert
# sub-event types and how often they come, roughly as in the conflict's coding
SUB_TYPES = {"Shelling/artillery/missile attack": 30, "Armed clash": 25, "Air/drone strike": 12, "Attack": 8,
             "Remote explosive/landmine/IED": 6, "Abduction/forced disappearance": 3, "Arrests": 4,
             "Peaceful protest": 5, "Non-state actor overtakes territory": 2, "Government regains territory": 2,
             "Looting/property destruction": 1, "Grenade": 1, "Suicide bomb": 1}
SIDES = ["SYR_GOV", "OPPOSITION", "HTS", "ISIS", "SDF", "RUSSIA", "TURKEY", "PRO_GOV_MILITIA", "CIVILIANS", "UNKNOWN",
         "SNA", "COALITION", "IRAQ_GOV", "IRAQ_PMF", "HEZBOLLAH"]
STATES = ["unreviewed"] * 16 + ["confirmed"] * 2 + ["edited", "rejected"]


def build(db, n: int, seed: int = 1) -> None:
    """N events (three per report) bulk-inserted, then the summary tables rebuilt."""
    rng = random.Random(seed)
    sides = [a for a in SIDES if a in taxonomy.ACTORS] or list(taxonomy.ACTORS)[:10]
    types = [t for t in SUB_TYPES if t in taxonomy.SUB_EVENT_TYPES]
    weights = [SUB_TYPES[t] for t in types]
    places = list({(p.name_ar, p.admin1, p.admin2 or ""): p for p in Gazetteer.builtin().places
                   if p.latitude is not None and p.admin1}.values())
    stamp = datetime(2025, 1, 1)
    with db.engine.begin() as connection:
        bulk.insert_rows(connection, models.Place.__table__, [
            {"id": i + 1, "name_ar": p.name_ar, "name_en": p.name_en, "admin1": p.admin1, "admin2": p.admin2 or "",
             "country": "Syria" if p.country == "SY" else "Iraq", "kind": p.kind, "latitude": p.latitude,
             "longitude": p.longitude, "geo_precision": 1, **models.place_keys(p.admin1, p.admin2, p.name_en)}
            for i, p in enumerate(places)])
        bulk.insert_rows(connection, models.Actor.__table__, [{"id": a} for a in taxonomy.ACTORS])
    n_reports = -(-n // EVENTS_PER_REPORT)
    texts = generate_reports.generate(n_reports, seed=seed, start=date(2012, 1, 1), end=date(2024, 12, 31))
    event_id = 0
    started = time.monotonic()
    for first in range(0, n_reports, CHUNK):
        rows: dict[str, list] = {"reports": [], "events": [], "mentions": [], "event_actors": [], "casualties": []}
        for report_id in range(first + 1, min(n_reports, first + CHUNK) + 1):
            generated = next(texts)
            body, day = generated["text"], date.fromisoformat(generated["report_date"])
            rows["reports"].append({
                "id": report_id, "content_hash": hashlib.sha256(f"{report_id} {body}".encode()).hexdigest(),
                "doc_id": f"bench-{report_id}", "text": body, "report_date": day, "lang": "ar", "path": "bench",
                "ingested_at": stamp, "unresolved_places": []})
            for ordinal in range(min(EVENTS_PER_REPORT, n - event_id)):
                event_id += 1
                _event(rng, rows, event_id, report_id, ordinal, day - timedelta(days=rng.choice((0, 0, 0, 1))),
                       rng.choices(types, weights)[0], rng.randrange(len(places)) + 1, sides, body, stamp)
        with db.engine.begin() as connection:
            for table in ("reports", "events", "mentions", "event_actors", "casualties"):
                bulk.insert_rows(connection, models.Base.metadata.tables[table], rows[table])
        done = min(n_reports, first + CHUNK)
        print(f"\r  {done * EVENTS_PER_REPORT:,} events, {time.monotonic() - started:.0f} s", end="", flush=True)
    print()
    with db.engine.begin() as connection:
        if not db.is_sqlite:  # the sequences after explicit ids
            for table in ("places", "reports", "events", "mentions", "casualties"):
                connection.execute(text(f"SELECT setval('{table}_id_seq', (SELECT max(id) FROM {table}))"))
        summaries.rebuild(connection)
        if not db.is_sqlite:
            connection.execute(text("ANALYZE"))


def _event(rng: random.Random, rows: dict, event_id: int, report_id: int, ordinal: int, day: date, sub: str,
           place: int, sides: list[str], body: str, stamp: datetime) -> None:
    actors = rng.sample(sides, rng.choice((1, 1, 2)))
    targets = [t for t in rng.sample(sides, 1) if t not in actors] if rng.random() < 0.4 else []
    killed = rng.choice([1, 2, 3, 5, 8, 12]) if event_id % 3 == 0 else 0
    kind = taxonomy.SUB_EVENT_TYPES[sub]
    rows["events"].append({
        "id": event_id, "event_type": kind, "sub_event_type": sub, "date_start": day, "date_end": day,
        "place_id": place, "actors": actors, "targets": targets, "country": "Syria",
        "review_state": rng.choice(STATES), "edited_fields": [], "fatalities_low": killed, "fatalities_best": killed,
        "fatalities_high": killed, "injured_best": 0, "created_at": stamp, "updated_at": stamp})
    rows["mentions"].append({
        "event_id": event_id, "report_id": report_id, "ordinal": ordinal, "event_type": kind, "sub_event_type": sub,
        "date_start": day, "date_end": day, "place_id": place, "actors": actors, "targets": targets,
        "evidence": body[:120], "span_start": 0, "span_end": min(120, len(body)), "merge_reason": "first report"})
    rows["event_actors"] += [{"event_id": event_id, "actor_id": a, "role": "actor"} for a in actors]
    rows["event_actors"] += [{"event_id": event_id, "actor_id": t, "role": "target"} for t in targets]
    if killed:
        group = [targets[0] if targets else "CIVILIANS"]
        rows["casualties"].append({
            "report_id": report_id, "event_id": event_id, "ordinal": ordinal, "group_ids": group, "group_key": group[0],
            "outcome": "killed", "low": killed, "high": killed, "qualifier": "exact", "date_start": day,
            "date_end": day, "tally": False, "evidence": body[:60], "span_start": 0, "span_end": min(60, len(body))})


# --- databases built once and reused --------------------------------------------------------------------------


def sqlite_database(path: Path, n: int, rebuild: bool) -> str:
    done = Path(f"{path}.complete")
    if rebuild or not done.exists():
        for suffix in ("", "-wal", "-shm", ".complete"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        print(f"SQLite: building {n:,} events into {path}")
        db = open_database(f"sqlite:///{path}")
        build(db, n)
        db.dispose()
        done.write_text(f"{n}\n")
    else:
        print(f"SQLite: {path} (reused)")
    return f"sqlite:///{path}"


def postgres_database(server: str, n: int, rebuild: bool, name: str | None = None) -> str:
    from sqlalchemy.engine import make_url

    name = name or f"rasid_dashboard_{n}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        exists = c.execute(text("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = :n"),
                           {"n": name}).first()
        complete = exists is not None and exists[0] == f"rasid benchmark: {n} events"
        if rebuild or not complete:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            c.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    if rebuild or not complete:
        print(f"PostgreSQL: building {n:,} events into {name}")
        db = open_database(url)
        with db.engine.begin() as connection:  # the text index is built after the load, not row by row
            connection.execute(text("DROP INDEX ix_reports_text_search"))
        build(db, n)
        with db.engine.begin() as connection:
            connection.execute(text("CREATE INDEX ix_reports_text_search ON reports USING gin (text_search)"))
        # what autovacuum does a while after a bulk load: statistics, and the visibility map that lets the map's
        # points be read from the index alone
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE"))
        db.dispose()
        with admin.connect() as c:
            c.execute(text(f"COMMENT ON DATABASE \"{name}\" IS 'rasid benchmark: {n} events'"))
    else:
        print(f"PostgreSQL: {name} (reused)")
    admin.dispose()
    return url


# --- measuring ---------------------------------------------------------------------------------------------------


def serve(db) -> tuple[str, object]:
    import uvicorn

    from rasid.api.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


LIST, AGGREGATE, TEXT = "list", "aggregate", "text"
TARGETS = {LIST: LIST_MS, AGGREGATE: AGGREGATE_MS, TEXT: TEXT_MS}
REQUESTS = [
    ("event list (first page)", "/api/events?limit=50", LIST),
    ("event list, one governorate", "/api/events?admin1=Aleppo&limit=50", LIST),
    ("event list, type + dates", "/api/events?type=Battles&from=2016-01-01&to=2016-12-31&limit=50", LIST),
    ("event list, sub-type", "/api/events?type=Air/drone strike&limit=50", LIST),
    ("event list, actor + state", "/api/events?actor=RUSSIA&state=unreviewed&limit=50", LIST),
    ("event list, all filters", "/api/events?from=2018-01-01&to=2019-12-31&admin1=Idlib&type=Battles&actor=HTS"
                                "&state=unreviewed&limit=50", LIST),
    ("event list, one district", "/api/events?admin2=Mount Simeon&limit=50", LIST),
    ("event list, page 1000", "/api/events?limit=50&offset=50000", LIST),
    ("review queue (unreviewed)", "/api/events?state=unreviewed&limit=50", LIST),
    ("map markers (500)", "/api/events?limit=500", LIST),
    ("map markers, governorate (500)", "/api/events?admin1=Idlib&limit=500&offset=500", LIST),
    ("map points (/api/map, 5,000)", "/api/map?limit=5000", LIST),
    ("map points, governorate", "/api/map?admin1=Idlib&limit=5000", LIST),
    ("event page", "/api/events/777", LIST),
    ("reports (first page)", "/api/reports?limit=50", LIST),
    ("casualties (first page)", "/api/casualties?limit=50", LIST),
    ("places", "/api/places?limit=50", LIST),
    ("actors", "/api/actors", LIST),
    ("events by day", "/api/aggregates?by=day", AGGREGATE),
    ("events by governorate", "/api/aggregates?by=admin1", AGGREGATE),
    ("events by type", "/api/aggregates?by=event_type", AGGREGATE),
    ("events by actor", "/api/aggregates?by=actor", AGGREGATE),
    ("killed by side (group)", "/api/aggregates?by=group", AGGREGATE),
    ("events by district", "/api/aggregates?by=admin2", AGGREGATE),
    ("by day, type + dates", "/api/aggregates?by=day&type=Battles&from=2016-01-01&to=2016-12-31", AGGREGATE),
    ("by governorate, actor", "/api/aggregates?by=admin1&actor=RUSSIA", AGGREGATE),
    ("by side, actor + state", "/api/aggregates?by=group&actor=HTS&state=unreviewed", AGGREGATE),
    ("full text, event list", "/api/events?q=كمين&limit=50", TEXT),
    ("full text, common word", "/api/events?q=قوات&limit=50", TEXT),
    ("full text + governorate", "/api/events?q=قصف&admin1=Idlib&limit=50", TEXT),
    ("full text, reports", "/api/reports?q=مفخخة&limit=50", TEXT),
    ("full text, by day", "/api/aggregates?by=day&q=كمين", TEXT),
]


def measure(base: str, repeat: int) -> list[tuple[str, str, float, float]]:
    rows = []
    with httpx.Client(base_url=base, timeout=120) as client:
        for label, path, kind in REQUESTS:
            client.get(path).raise_for_status()  # one warm-up (caches, pages of the file)
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                client.get(path).raise_for_status()
                times.append((time.perf_counter() - started) * 1000)
            rows.append((label, kind, statistics.median(times), max(times)))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--db", type=Path, help="the SQLite file (built once, then reused)")
    parser.add_argument("--postgres", metavar="URL", default=os.environ.get("RASID_TEST_POSTGRES"),
                        help="a PostgreSQL server whose user may create databases")
    parser.add_argument("--pg-database", metavar="NAME", help="the PostgreSQL database (default rasid_dashboard_N)")
    parser.add_argument("--rebuild", action="store_true", help="build the databases anew")
    parser.add_argument("--only", choices=("sqlite", "postgresql"), help="measure one backend")
    args = parser.parse_args(argv)
    path = args.db or Path(tempfile.gettempdir()) / f"rasid-dashboard-{args.events}.sqlite"
    backends = []
    if args.only != "postgresql":
        backends.append(("SQLite", sqlite_database(path, args.events, args.rebuild)))
    if args.postgres and args.only != "sqlite":
        backends.append(("PostgreSQL", postgres_database(args.postgres, args.events, args.rebuild, args.pg_database)))
    results = {}
    for label, url in backends:
        db = open_database(url)
        base, server = serve(db)
        results[label] = measure(base, args.repeat)
        server.should_exit = True
        db.dispose()
    names = list(results)
    print(f"\n{args.events:,} events; median ms of {args.repeat} requests (max in brackets); targets: lists "
          f"{LIST_MS:.0f}, aggregates {AGGREGATE_MS:.0f}, full text {TEXT_MS:.0f}")
    print(f"  {'request':<34}" + "".join(f"{name:>24}" for name in names))
    failures = 0
    for i, (label, _, kind) in enumerate(REQUESTS):
        cells = []
        for name in names:
            _, _, median, worst = results[name][i]
            ok = median <= TARGETS[kind]
            failures += not ok
            cells.append(f"{median:9.1f} ({worst:7.1f}) {'ok' if ok else 'SLOW':>4}")
        print(f"  {label:<34}" + "".join(f"{c:>24}" for c in cells))
    print(f"\n{'all within target' if not failures else f'{failures} over target'}")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
