"""How long a bulletin takes for a month of 10,000 events.

    python benchmarks/bulletin.py [--events 10000] [--repeat 3] [--postgres URL] [--keep DB]

Builds a database of N events in one month through the store's writer (rasid.store.ingest.Writer: the same
reconciliation, tallies and tolls as `rasid ingest`, with report records made here instead of extracted from
texts): one report per event at places of the built-in gazetteer, a casualty count for two events in three,
a running tally every 250 reports, a change of control every 100. Then times `rasid bulletin` for that month
in Arabic, as HTML (the target: under 5 seconds), Markdown and PDF, and in English as HTML. Times are the
median of --repeat runs, from the database opened to the file written.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from rasid import bulletin, records  # noqa: E402
from rasid.geo.gazetteer import Gazetteer  # noqa: E402
from rasid.store import models  # noqa: E402
from rasid.store.db import open_database  # noqa: E402
from rasid.store.ingest import ExtractedReport, Writer, content_hash  # noqa: E402

TARGET_S = 5.0
MONTH = date(2024, 1, 1)
TYPES = [  # event type, sub-event type, actors, targets, the group killed, the sentence
    ("Battles", "Armed clash", ["SYR_GOV"], ["HTS"], ["SYR_GOV"],
     "اشتباكات بين قوات النظام وهيئة تحرير الشام في {place}"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", ["SYR_GOV"], ["CIVILIANS"], ["CIVILIANS"],
     "قصف مدفعي من قوات النظام على {place}"),
    ("Explosions/Remote violence", "Air/drone strike", ["RUSSIA"], ["OPPOSITION"], ["OPPOSITION"],
     "غارات جوية روسية على {place}"),
    ("Violence against civilians", "Attack", ["UNKNOWN"], ["CIVILIANS"], ["CIVILIANS"],
     "هجوم لمسلحين مجهولين في {place}"),
    ("Protests", "Peaceful protest", ["CIVILIANS"], [], [], "مظاهرة سلمية في {place}"),
    ("Battles", "Armed clash", ["ISIS"], ["SDF"], ["SDF"], "هجوم لخلايا تنظيم الدولة على مواقع قسد في {place}"),
]
DAYS = list(range(1, 31, 3))  # events of one place and type are three days apart: reconciling keeps them apart


def _evidence(text: str) -> records.Evidence:
    return records.Evidence(0, len(text), text)


def apart(places: list) -> list:
    """Places at least 3 km from each other: reconciling merges events of one type and day within 2 km."""
    kept, cells = [], set()
    for place in places:
        cell = (round(place.latitude / 0.03), round(place.longitude / 0.03))
        if not any((cell[0] + dx, cell[1] + dy) in cells for dx in (-1, 0, 1) for dy in (-1, 0, 1)):
            cells.add(cell)
            kept.append(place)
    return kept


def report_records(n: int, seed: int = 1):
    """N one-event reports over January 2024, each event distinct (place, type, day)."""
    rng = random.Random(seed)
    places = apart([p for p in Gazetteer.builtin().places if p.latitude is not None and p.admin1
                    and p.country == "SY" and p.kind not in ("country", "governorate")])
    combos = [(t, d, p) for t in range(len(TYPES)) for d in DAYS for p in range(len(places))]
    if len(combos) < n:
        raise SystemExit(f"at most {len(combos):,} distinct events with these places, types and days")
    rng.shuffle(combos)
    for i, (t, d, p) in enumerate(combos[:n]):
        kind, sub, actors, targets, victims, template = TYPES[t]
        place, day = places[p], MONTH.replace(day=d)
        sentence = template.format(place=place.name_ar) + f" (تقرير {i})"
        location = records.Location(place.name_ar, place.name_en, place.admin1, place.admin2, place.kind,
                                    place.latitude, place.longitude, 1, "Syria")
        record = records.ReportRecord(f"bench-{i}", day, events=[
            records.Event(kind, sub, day, day, location, actors, targets, _evidence(sentence))])
        if victims and i % 3:
            killed = rng.choice([1, 1, 2, 3, 5, 8])
            record.casualties.append(records.Casualty(victims, "killed", killed, killed, "exact", day, day,
                                                      place.name_ar, _evidence(sentence), place.admin1))
        if i % 250 == 0:  # a running tally of the month in this governorate
            count = i // 10 + 5
            tally = f"ويرتفع إلى {count} عدد القتلى المدنيين في محافظة {place.admin1} منذ مطلع الشهر"
            record.casualties.append(records.Casualty(["CIVILIANS"], "killed", count, count, "exact", MONTH, day,
                                                      None, _evidence(tally), place.admin1, tally=True))
        if i % 100 == 0:
            record.control.append(records.Control(place.name_ar, place.name_en, place.admin1, actors[0], "gained",
                                                  None, day, _evidence(sentence)))
        text = sentence + "."
        yield ExtractedReport(f"bench-{i}", text, day, "benchmark", "مرصد المعايرة", None, None,
                              content_hash(text), record=record)


def build(db, n: int) -> float:
    writer = Writer(db)
    started = time.perf_counter()
    for item in report_records(n):
        if writer.write(item) != "added":
            raise SystemExit(f"{item.doc_id}: not stored: {item.error}")
    return time.perf_counter() - started


def time_bulletin(url: str, lang: str, fmt: str, out: Path, repeat: int) -> tuple[float, float, int]:
    """Median wall-clock and CPU seconds from opening the database to the file written, and the bytes written."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        db = open_database(url)
        with db.session() as session:
            doc = bulletin.make(session, bulletin.Request(MONTH, date(2024, 1, 31)), lang=lang)
        written = bulletin.write(doc, fmt, out / f"bulletin-{lang}.{fmt}")
        db.dispose()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), sum(p.stat().st_size for p in written)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--postgres", metavar="URL", help="a PostgreSQL database to fill (it should be empty)")
    parser.add_argument("--keep", metavar="DB", help="the SQLite file to build (kept; reused when it exists)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="rasid-bulletin-"))
    url = args.postgres or str(Path(args.keep) if args.keep else folder / "bench.sqlite")
    db = open_database(url)
    with db.session() as session:
        stored = session.scalar(select(func.count()).select_from(models.Event))
    if not stored:
        print(f"building {args.events:,} events through the store's writer ...", flush=True)
        print(f"  built in {build(db, args.events):.1f} s", flush=True)
    db.dispose()
    db = open_database(url)
    with db.session() as session:
        events = session.scalar(select(func.count()).select_from(models.Event))
    db.dispose()
    print(f"{events:,} events stored in January 2024; bulletin for the month (median of {args.repeat}; CPU time "
          "is this process's, a guide to the wall-clock time on an idle machine):")
    results = {}
    for lang, fmt in (("ar", "html"), ("en", "html"), ("ar", "md"), ("ar", "pdf")):
        seconds, cpu, size = time_bulletin(url, lang, fmt, folder, args.repeat)
        results[(lang, fmt)] = seconds
        print(f"  {lang} {fmt:<4}  {seconds:6.2f} s wall  {cpu:6.2f} s CPU  ({size / 1024:,.0f} KB)", flush=True)
    verdict = "met" if results[("ar", "html")] < TARGET_S else "NOT met"
    print(f"target: an HTML bulletin of the month in under {TARGET_S:.0f} s: {verdict}; files in {folder}")
    return 0 if verdict == "met" else 1


if __name__ == "__main__":
    sys.exit(main())
