"""Gazetteer import and lookup speed on the third-party gazetteers beside the repository.

    python benchmarks/gazetteer.py [--data PATH] [--lookups 10000]

Reads ../shared/data/gazetteer (beside the repository; not part of it, see its SOURCE.md) and imports, into a
store in a fresh temporary folder (never the user's data folder): the OpenSyria CSV, the Who's On First Syria
admin and localities files, then the Who's On First Iraq admin and localities files. Prints for each file the rows
read / added / merged / rejected (with the reasons) and the seconds, the total import time (target < 60 s), the
time of Gazetteer.load(store) and the mean and maximum time of lookups of names drawn from the store (target
< 1 ms), and checks Abu Kamal: the best match of «البوكمال» lies within 5 km of 34.45 N 40.92 E, in Deir ez-Zor,
district Abu Kamal. Exits 0 with a message when the data is absent; 1 when a target or the check fails.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "gazetteer"
sys.path.insert(0, str(ROOT))

FILES = (
    ("syria/sy_admin_units_opensyria.csv", "opensyria"),
    ("syria/wof_sy_admin.csv", "wof"),
    ("syria/wof_sy_localities.csv", "wof"),
    ("iraq/wof_iq_admin.csv", "wof"),
    ("iraq/wof_iq_localities.csv", "wof"),
)
IMPORT_TARGET_S = 60.0
LOOKUP_TARGET_S = 0.001


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the gazetteer data folder")
    parser.add_argument("--lookups", type=int, default=10_000)
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"gazetteer benchmark skipped: no data folder at {args.data}")
        return 0
    with tempfile.TemporaryDirectory(prefix="rasid-gazetteer-bench-") as tmp:
        # Nothing below may touch the user's data folder: point every default at the temporary one.
        os.environ["RASID_HOME"] = tmp
        os.environ.pop("RASID_GAZETTEER", None)
        return run(args.data, Path(tmp) / "gazetteer.sqlite", args.lookups)


def run(data: Path, db: Path, n_lookups: int) -> int:
    from rasid.geo.gazetteer import Gazetteer
    from rasid.geo.importers import import_file
    from rasid.geo.store import GazetteerStore, distance_km

    ok = True
    total = 0.0
    store = GazetteerStore(db)
    for rel, fmt in FILES:
        path = data / rel
        if not path.exists():
            print(f"{rel}: absent, skipped")
            continue
        report = import_file(store, path, fmt)
        total += report.seconds
        reasons = ", ".join(f"{r} {n}" for r, n in report.reasons.most_common()) or "none"
        print(f"{rel:36} {fmt:9} read {report.read:6,}  added {report.added:6,}  merged {report.merged:5,}  "
              f"present {report.present:4,}  rejected {report.rejected:4,} ({reasons})  "
              f"skipped {report.skipped:3,}  {report.seconds:5.2f} s")
    verdict = "ok" if total < IMPORT_TARGET_S else "SLOW"
    ok &= total < IMPORT_TARGET_S
    print(f"total import time: {total:.2f} s (target < {IMPORT_TARGET_S:.0f} s): {verdict}")
    stats = store.stats()
    print(f"store: {stats['places']:,} places ({stats['with_coordinates']:,} with coordinates), "
          f"{stats['names']:,} names, {db.stat().st_size / 1e6:.1f} MB; by source "
          + ", ".join(f"{k} {v:,}" for k, v in stats["by_source"].items()))

    # A second import of the same file adds nothing.
    again = import_file(store, data / FILES[2][0], FILES[2][1]) if (data / FILES[2][0]).exists() else None
    if again is not None:
        print(f"re-import of {FILES[2][0]}: added {again.added}, merged {again.merged}, present {again.present}, "
              f"rejected {again.rejected}: {'ok' if again.added == 0 and again.merged == 0 else 'FAIL'}")
        ok &= again.added == 0 and again.merged == 0
    names = [n for (n,) in store.conn.execute("SELECT name FROM names")]
    store.close()

    start = time.perf_counter()
    gaz = Gazetteer.load(db)
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    cached = Gazetteer.load(db)
    cached_s = time.perf_counter() - start
    print(f"Gazetteer.load(store): {len(gaz):,} places in {load_s:.2f} s (target < 2 s): "
          f"{'ok' if load_s < 2 else 'SLOW'}; again (cached): {cached_s * 1e6:.0f} µs, same object {cached is gaz}")
    ok &= load_s < 2

    rng = random.Random(20240305)
    sample = [rng.choice(names) for _ in range(n_lookups)]
    times = []
    empty = 0
    for name in sample:
        t0 = time.perf_counter()
        found = gaz.lookup(name)
        times.append(time.perf_counter() - t0)
        empty += not found
    mean, worst = sum(times) / len(times), max(times)
    print(f"{len(sample):,} lookups of stored names: mean {mean * 1e6:.1f} µs, max {worst * 1e6:.0f} µs "
          f"(target < 1 ms), {empty} found nothing: {'ok' if mean < LOOKUP_TARGET_S and not empty else 'FAIL'}")
    ok &= mean < LOOKUP_TARGET_S and not empty

    best = (gaz.lookup("البوكمال") or [None])[0]
    if best is None:
        print("Abu Kamal: «البوكمال» not found: FAIL")
        return 1
    d = distance_km(34.45, 40.92, best.latitude, best.longitude) if best.latitude is not None else float("inf")
    passed = d <= 5 and best.admin1 == "Deir ez-Zor" and best.admin2 == "Abu Kamal"
    print(f"Abu Kamal: «البوكمال» → {best.name_en} ({best.kind}), {best.latitude}, {best.longitude} ({d:.1f} km), "
          f"admin1 {best.admin1}, admin2 {best.admin2}, admin3 {best.admin3}, P-code {best.pcode}, "
          f"{len(best.alt_ar)} Arabic variants: {'PASS' if passed else 'FAIL'}")
    ok &= passed
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
