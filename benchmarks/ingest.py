"""Ingest throughput into SQLite and PostgreSQL: reports/s extracted, written, and end to end.

    python benchmarks/ingest.py [--reports 3000] [--postgres URL]

Reports come from benchmarks/generate_reports.py (synthetic, ~1 KB each). PostgreSQL runs when --postgres or
$RASID_TEST_POSTGRES names a server whose user may create databases; a fresh database is made and dropped.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rasid.sources import iter_reports  # noqa: E402
from rasid.store.db import open_database  # noqa: E402
from rasid.store.ingest import extract_report, ingest, write_all  # noqa: E402


def generated(n: int, folder: Path) -> Path:
    spec = importlib.util.spec_from_file_location("generate_reports", ROOT / "benchmarks" / "generate_reports.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = folder / f"reports-{n}.jsonl"
    module.write(n, str(path), seed=1)
    return path


def fresh_postgres(base: str):
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"rasid_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(base).set(database=name).render_as_string(hide_password=False), drop


def measure(label: str, url: str, path: Path, extracted: list) -> None:
    db = open_database(url)
    started = time.perf_counter()
    written = write_all(extracted, db)
    write_rate = written.read / (time.perf_counter() - started)
    db.dispose()
    print(f"  {label:<12} write only:  {write_rate:8.0f} reports/s")


def end_to_end(label: str, url: str, path: Path) -> None:
    db = open_database(url)
    summary = ingest(iter_reports([str(path)]), db)
    again = ingest(iter_reports([str(path)]), db)
    db.dispose()
    print(f"  {label:<12} end to end:  {summary.rate:8.0f} reports/s ({summary.added:,} stored); "
          f"second run {again.rate:,.0f} reports/s ({again.seen:,} already stored)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=3000)
    parser.add_argument("--postgres", metavar="URL", default=os.environ.get("RASID_TEST_POSTGRES"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = generated(args.reports, folder)
        reports = [r for r in iter_reports([str(path)])]
        started = time.perf_counter()
        extracted = [extract_report(r) for r in reports]
        print(f"{len(reports):,} generated reports; extraction alone: "
              f"{len(reports) / (time.perf_counter() - started):.0f} reports/s (one process)")
        targets = [("SQLite", lambda: (f"sqlite:///{folder / uuid.uuid4().hex}.sqlite", lambda: None))]
        if args.postgres:
            targets.append(("PostgreSQL", lambda: fresh_postgres(args.postgres)))
        for label, make in targets:
            url, drop = make()
            try:
                measure(label, url, path, extracted)
            finally:
                drop()
            url, drop = make()
            try:
                end_to_end(label, url, path)
            finally:
                drop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
