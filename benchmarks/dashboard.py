"""How fast the dashboard's API answers over a large database.

    python benchmarks/dashboard.py [--events 100000] [--postgres URL] [--repeat 15]

Builds a database of N synthetic events (places from the built-in gazetteer, dates over 2012-2024, one report
and one mention per event, a casualty count for every third) with bulk inserts, serves the real app with
uvicorn on 127.0.0.1, and times the requests the dashboard makes. The target: the event list answers in under
300 ms with 100,000 events stored.
"""
from __future__ import annotations

import argparse
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402
from sqlalchemy import insert, text  # noqa: E402

from rasid.geo.gazetteer import Gazetteer  # noqa: E402
from rasid.store import models  # noqa: E402
from rasid.store.db import open_database  # noqa: E402

TARGET_MS = 300.0
TYPES = [
    ("Battles", "Armed clash", ["SYR_GOV", "HTS"]),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", ["SYR_GOV"]),
    ("Explosions/Remote violence", "Air/drone strike", ["RUSSIA"]),
    ("Violence against civilians", "Attack", ["UNKNOWN"]),
    ("Protests", "Peaceful protest", ["CIVILIANS"]),
    ("Strategic developments", "Arrests", ["SYR_GOV_NEW"]),
]
WORDS = ["قصف", "اشتباكات", "مدفعية", "طائرات", "مظاهرة", "اعتقال", "انفجار", "كمين", "هجوم", "مسيرة"]


def build(db, n: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    places = [p for p in Gazetteer.builtin().places if p.latitude is not None and p.admin1 and p.country == "SY"]
    stamp = datetime(2025, 1, 1)
    with db.session() as session:
        connection = session.connection()
        connection.execute(insert(models.Place.__table__), [
            {"id": i + 1, "name_ar": p.name_ar, "name_en": p.name_en, "admin1": p.admin1, "admin2": p.admin2 or "",
             "country": "SY", "kind": p.kind, "latitude": p.latitude, "longitude": p.longitude, "geo_precision": 1}
            for i, p in enumerate(places)])
        connection.execute(insert(models.Actor.__table__),
                           [{"id": a} for a in sorted({a for _, _, actors in TYPES for a in actors})])
    start = date(2012, 1, 1)
    for first in range(0, n, 5000):
        with db.session() as session:
            connection = session.connection()
            reports, events, mentions, links, casualties = [], [], [], [], []
            for i in range(first + 1, min(n, first + 5000) + 1):
                kind, sub, actors = rng.choice(TYPES)
                place = rng.randrange(len(places)) + 1
                day = start + timedelta(days=rng.randrange(365 * 13))
                body = " ".join(rng.choice(WORDS) for _ in range(60)) + f" {places[place - 1].name_ar} {i}"
                killed = rng.choice([0, 0, 1, 2, 5]) if i % 3 == 0 else 0
                reports.append({"id": i, "content_hash": f"{i:064d}", "doc_id": f"bench-{i}", "text": body,
                                "report_date": day, "lang": "ar", "ingested_at": stamp, "unresolved_places": []})
                events.append({"id": i, "event_type": kind, "sub_event_type": sub, "date_start": day, "date_end": day,
                               "place_id": place, "actors": actors, "targets": [], "country": "Syria",
                               "review_state": rng.choice(["unreviewed"] * 8 + ["confirmed", "rejected"]),
                               "edited_fields": [], "fatalities_low": killed, "fatalities_best": killed,
                               "fatalities_high": killed, "injured_best": 0, "created_at": stamp, "updated_at": stamp})
                mentions.append({"event_id": i, "report_id": i, "ordinal": 0, "event_type": kind, "sub_event_type": sub,
                                 "date_start": day, "date_end": day, "place_id": place, "actors": actors, "targets": [],
                                 "evidence": body[:80], "span_start": 0, "span_end": 80, "merge_reason": "first report"})
                links += [{"event_id": i, "actor_id": a, "role": "actor"} for a in actors]
                if killed:
                    casualties.append({"report_id": i, "event_id": i, "ordinal": 0, "group_ids": ["CIVILIANS"],
                                       "group_key": "CIVILIANS", "outcome": "killed", "low": killed, "high": killed,
                                       "qualifier": "exact", "date_start": day, "date_end": day, "tally": False,
                                       "evidence": body[:40], "span_start": 0, "span_end": 40})
            for table, rows in ((models.Report, reports), (models.Event, events), (models.Mention, mentions),
                                (models.EventActor, links), (models.CasualtyStatement, casualties)):
                if rows:
                    connection.execute(insert(table.__table__), rows)
    if not db.is_sqlite:  # sequences after explicit ids
        with db.session() as session:
            for table in ("places", "reports", "events"):
                session.execute(text(f"SELECT setval('{table}_id_seq', (SELECT max(id) FROM {table}))"))


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


REQUESTS = [
    ("event list (first page)", "/api/events?limit=50", True),
    ("event list, one governorate", "/api/events?admin1=Aleppo&limit=50", True),
    ("event list, type + dates", "/api/events?type=Battles&from=2016-01-01&to=2016-12-31&limit=50", True),
    ("event list, actor + state", "/api/events?actor=RUSSIA&state=unreviewed&limit=50", True),
    ("event list, page 1000", "/api/events?limit=50&offset=50000", True),
    ("event list, free text", "/api/events?q=كمين&limit=50", False),
    ("map markers (500)", "/api/events?limit=500", False),
    ("events by day", "/api/aggregates?by=day", False),
    ("events by governorate", "/api/aggregates?by=admin1", False),
    ("event page", "/api/events/777", False),
]


def measure(base: str, repeat: int) -> list[tuple[str, float, float, bool]]:
    rows = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for label, path, is_list in REQUESTS:
            client.get(path).raise_for_status()  # warm caches once
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                client.get(path).raise_for_status()
                times.append((time.perf_counter() - started) * 1000)
            rows.append((label, statistics.median(times), max(times), is_list))
    return rows


def run(url: str, label: str, n: int, repeat: int) -> bool:
    db = open_database(url)
    started = time.perf_counter()
    build(db, n)
    print(f"\n{label}: {n:,} events built in {time.perf_counter() - started:.1f} s")
    base, server = serve(db)
    ok = True
    print(f"  {'request':<32} {'median ms':>10} {'max ms':>8}")
    for name, median, worst, is_list in measure(base, repeat):
        verdict = ""
        if is_list:
            passed = median < TARGET_MS
            ok &= passed
            verdict = "PASS" if passed else "FAIL"
        print(f"  {name:<32} {median:>10.1f} {worst:>8.1f}  {verdict}")
    server.should_exit = True
    db.dispose()
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--postgres", metavar="URL", help="also run on this empty PostgreSQL database")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ok = run(f"sqlite:///{Path(tmp) / 'bench.sqlite'}", "SQLite", args.events, args.repeat)
    if args.postgres:
        ok &= run(args.postgres, "PostgreSQL", args.events, args.repeat)
    print(f"\nevent list under {TARGET_MS:.0f} ms (median): {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
