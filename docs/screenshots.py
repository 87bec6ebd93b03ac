"""Screenshots of the dashboard for the README: Arabic and English, desktop and phone, over the demo database with
the Who's On First boundaries of Syria and Iraq imported.

    python docs/screenshots.py [--shared ../shared] [--out docs]

Reads the boundary files from ../shared beside the repository at run time (they are not part of the repository)
and skips with a message when they are absent. Needs Chromium at /usr/bin/chromium (or $RASID_CHROMIUM).
"""
from __future__ import annotations

import argparse
import os
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHROMIUM = os.environ.get("RASID_CHROMIUM", "/usr/bin/chromium")
POLYGONS = ("syria/wof_sy_admin_polygons.geojson", "iraq/wof_iq_admin_polygons.geojson")
SHOTS = [  # file, viewport, route
    ("dashboard-ar.png", (1360, 900), "#/?lang=ar"),
    ("dashboard-en.png", (1360, 900), "#/?lang=en"),
    ("dashboard-ar-phone.png", (390, 1400), "#/?lang=ar"),
    ("dashboard-en-phone.png", (390, 1400), "#/?lang=en"),
    ("dashboard-en-choropleth.png", (1360, 900), "#/?lang=en&map=admin1-killed"),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared data folder")
    parser.add_argument("--out", default=str(ROOT / "docs"), help="where to write the PNG files")
    args = parser.parse_args()
    gazetteer = Path(args.shared) / "data" / "gazetteer"
    files = [gazetteer / name for name in POLYGONS]
    if not all(f.is_file() for f in files):
        print(f"skipped: no boundary files under {gazetteer}")
        return 0
    if not os.path.exists(CHROMIUM):
        print(f"skipped: no Chromium at {CHROMIUM}")
        return 0
    import uvicorn
    from playwright.sync_api import sync_playwright

    from rasid.api.app import create_app
    from rasid.cli.main import main as rasid
    from rasid.store.db import open_database

    with tempfile.TemporaryDirectory() as tmp:
        db_path, store = Path(tmp) / "demo.sqlite", Path(tmp) / "gazetteer.sqlite"
        if rasid(["demo", "--db", str(db_path), "--no-serve"]) != 0:
            return 1
        for f in files:
            if rasid(["gazetteer", "import", str(f), "--format", "geojson-boundaries", "--db", str(store)]) != 0:
                return 1
        db = open_database(db_path)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(db, gazetteer_store=store), host="127.0.0.1", port=port,
                                               log_level="warning"))
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
            for name, (width, height), route in SHOTS:
                context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=1)
                page = context.new_page()
                page.goto(f"http://127.0.0.1:{port}/{route}")
                page.wait_for_selector('body[data-view="home"][data-ready="1"]', timeout=60000)
                page.wait_for_timeout(800)  # the clusters' animation
                page.screenshot(path=str(Path(args.out) / name))
                print(f"wrote {Path(args.out) / name}")
                context.close()
            browser.close()
        server.should_exit = True
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
