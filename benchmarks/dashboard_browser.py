"""How fast the dashboard paints in a browser over a large database.

    python benchmarks/dashboard_browser.py [--events 100000] [--baseline 1000] [--repeat 5] [--gazetteer-store STORE]

Builds a database of N synthetic events (benchmarks/dashboard.py's generator), serves the real app on 127.0.0.1
and drives headless Chromium (/usr/bin/chromium, Playwright) through what an analyst does first: open the
dashboard, then change a filter. Measured per run, in a fresh browser context (no cache):

- first contentful paint (the browser's own measure: the page shows something);
- first paint of the data: until the event list and the map's markers are drawn (the charts come after);
- everything drawn: the charts too, whose aggregates over all events are the API's slow part;
- a filter change: from choosing a governorate until the list and the map show it, and until the charts do.

The target: first paint and a filter change each under 1 s with 100,000 events. `--gazetteer-store` draws the
map over imported boundaries (e.g. a store with ../shared's Who's On First polygons imported).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard import build, serve  # noqa: E402

from rasid.store.db import open_database  # noqa: E402

TARGET_MS = 1000.0
CHROMIUM = os.environ.get("RASID_CHROMIUM", "/usr/bin/chromium")
READY = 'body[data-view="home"][data-ready="1"]'
PAINTED = """f => document.querySelector('#event-list').dataset.filters === f
                 && document.querySelector('#map').dataset.filters === f"""


def one_run(browser, url: str) -> dict[str, float]:
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    page = context.new_page()
    started = time.perf_counter()
    page.goto(url + "#/?lang=en")
    page.wait_for_function(PAINTED, arg="{}", timeout=60000, polling="raf")
    painted_ms = (time.perf_counter() - started) * 1000
    page.wait_for_selector(READY, timeout=120000)
    ready_ms = (time.perf_counter() - started) * 1000
    fcp = page.evaluate("() => (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || null")
    started = time.perf_counter()
    page.select_option("#filter-admin1", "Aleppo")
    page.wait_for_function(PAINTED, arg='{"admin1":"Aleppo"}', timeout=60000, polling="raf")
    change_ms = (time.perf_counter() - started) * 1000
    page.wait_for_selector(READY, timeout=120000)
    change_all_ms = (time.perf_counter() - started) * 1000
    markers = page.locator("#map .event-marker, #map .event-cluster").count()
    context.close()
    return {"fcp": fcp or float("nan"), "painted": painted_ms, "ready": ready_ms, "change": change_ms,
            "change_all": change_all_ms, "markers": markers}


def measure(browser, events: int, repeat: int) -> list[dict[str, float]]:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
        started = time.perf_counter()
        build(db, events)
        print(f"{events:,} events built in {time.perf_counter() - started:.1f} s (SQLite)")
        base, server = serve(db)
        one_run(browser, base + "/")  # warm the server's caches once
        runs = [one_run(browser, base + "/") for _ in range(repeat)]
        server.should_exit = True
        db.dispose()
    return runs


MEASURES = (("fcp", "first contentful paint", False), ("painted", "first paint of the data (list and map)", True),
            ("ready", "everything drawn (charts too)", False), ("change", "filter change: list and map", True),
            ("change_all", "filter change: charts too", False))


def main() -> int:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--baseline", type=int, default=1_000,
                        help="also measure this many events in the same run (0: no), to tell the cost of the "
                             "data from that of the machine")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--gazetteer-store", metavar="STORE", help="a gazetteer store with boundaries to draw")
    args = parser.parse_args()
    if not os.path.exists(CHROMIUM):
        print(f"skipped: no Chromium at {CHROMIUM}")
        return 0
    if args.gazetteer_store:
        os.environ["RASID_GAZETTEER"] = str(Path(args.gazetteer_store).expanduser())
    sizes = [n for n in (args.baseline, args.events) if n]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        results = {n: measure(browser, n, args.repeat) for n in sizes}
        browser.close()
    ok = True
    print(f"\n  {'median ms (max) over ' + str(args.repeat) + ' runs':<44}" + "".join(f"{f'{n:,} events':>20}" for n in sizes))
    for key, label, target in MEASURES:
        cells = []
        for n in sizes:
            values = [r[key] for r in results[n]]
            cells.append(f"{statistics.median(values):>9.0f} ({max(values):>6.0f})")
        verdict = ""
        if target:
            median = statistics.median(r[key] for r in results[args.events])
            ok &= median < TARGET_MS
            verdict = "  PASS" if median < TARGET_MS else "  FAIL"
        print(f"  {label:<44}" + "".join(f"{c:>20}" for c in cells) + verdict)
    print(f"\nwith {args.events:,} events, first paint and filter change under {TARGET_MS:.0f} ms (median): "
          f"{'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
