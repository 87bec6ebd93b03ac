"""Ingest throughput into SQLite and PostgreSQL, side by side in one run: reports/s extracted, written, end to end
and already stored.

    python benchmarks/ingest.py [--reports 3000] [--batch-size 200 [1 ...]] [--postgres URL] [--repeat 1]

Reports come from benchmarks/generate_reports.py (synthetic, ~1 KB each, seed 1). Printed, per backend and batch
size, in this order, each into a fresh database:

* extraction alone: `extract_report` over every report, in this process (the single-process extraction speed),
  measured again before each repeat's other figures, whose shares are of it;
* write only: the extracted reports written by the batched writer (`write_all`), reports/s written;
* end to end: `ingest` (hash check, extraction, writing) with extraction in this process ("here") and in a process
  of its own while this one writes ("apart", what `rasid ingest` does on a machine of two CPUs or more), and its
  reports/s as a share of the extraction speed measured in the same run (the issue's targets: >= 80% on SQLite,
  >= 60% on PostgreSQL);
* already stored: the same ingest run again (every report seen, none extracted).

Each share is also given in CPU time (`time.process_time`, every thread, plus the extraction process's):
"all" is extraction CPU seconds per report over end-to-end CPU seconds per report (this process and the
extraction process together: what the whole ingest costs beside extraction); "busiest process" is extraction
CPU seconds per report over those of the busier of the two processes, i.e. the wall-clock share on a machine
with a free CPU for each (with extraction here there is one process, and both figures are the same). On a
machine shared with other work the wall-clock share swings with their load between the measurements; the CPU
shares do not (on PostgreSQL they leave out the server's own CPU).

PostgreSQL runs when --postgres or $RASID_TEST_POSTGRES names a server whose user may create databases; a fresh
database is made and dropped for every measurement. With --repeat N each figure is the median of N runs (each
share the median of the N shares), and each repeat's figures are printed too.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import generate_reports  # noqa: E402

from rasid.sources import iter_reports  # noqa: E402
from rasid.store.db import open_database  # noqa: E402
from rasid.store.ingest import extract_report, ingest, write_all  # noqa: E402


def fresh_postgres(base: str) -> tuple[str, Callable[[], None]]:
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


def fresh_sqlite(folder: Path) -> tuple[str, Callable[[], None]]:
    path = folder / f"{uuid.uuid4().hex}.sqlite"

    def drop() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)

    return f"sqlite:///{path}", drop


def timed(make: Callable[[], tuple[str, Callable[[], None]]], run: Callable) -> tuple[float, object]:
    """Seconds `run(db)` takes on a fresh database (opening it, i.e. creating the schema, not counted)."""
    url, drop = make()
    try:
        db = open_database(url)
        try:
            started = time.perf_counter()
            result = run(db)
            return time.perf_counter() - started, result
        finally:
            db.dispose()
    finally:
        drop()


def cpu_seconds() -> tuple[float, float]:
    """CPU time of this process (every thread), and of its children that ended (the extraction process)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time(), children.ru_utime + children.ru_stime


MODES = (("here", False), ("apart", True))  # extraction in this process; in a process of its own


def extraction_alone(path: Path) -> tuple[list, float, float]:
    """`extract_report` over every report, in this process: the reports extracted, reports/s, reports per CPU
    second."""
    reports = list(iter_reports([str(path)]))
    started, cpu = time.perf_counter(), time.process_time()
    extracted = [extract_report(r) for r in reports]
    return extracted, len(reports) / (time.perf_counter() - started), len(reports) / (time.process_time() - cpu)


def measure(label: str, make, path: Path, extracted: list, batch: int, repeat: int) -> dict:
    """Each repeat: extraction alone, then write only, end to end with extraction here and apart, already
    stored; each share is of the extraction measured in the same repeat (the load of a shared machine changes
    from minute to minute), the median over the repeats printed."""
    n = len(extracted)

    def write(db):
        return write_all(extracted, db, batch_size=batch)

    def end_to_end(apart: bool):
        def run(db):
            own, children = cpu_seconds()
            first = ingest(iter_reports([str(path)]), db, batch_size=batch, extract_apart=apart)
            cpu = tuple(after - before for after, before in zip(cpu_seconds(), (own, children)))
            started = time.perf_counter()
            again = ingest(iter_reports([str(path)]), db, batch_size=batch, extract_apart=apart)
            return first, again, time.perf_counter() - started, cpu
        return run

    writes, agains, alone = [], [], []
    ends: dict[str, list] = {mode: [] for mode, _ in MODES}
    shares: dict[str, list] = {mode: [] for mode, _ in MODES}
    cpus: dict[str, list] = {mode: [] for mode, _ in MODES}
    busiest: dict[str, list] = {mode: [] for mode, _ in MODES}
    for _ in range(repeat):
        _, extraction_rate, extraction_cpu_rate = extraction_alone(path)
        alone.append(extraction_rate)
        seconds, summary = timed(make, write)
        assert summary.added == n, f"{label}: {summary.added} of {n} stored ({summary.failures[:3]})"
        writes.append(n / seconds)
        for mode, apart in MODES:  # side by side, so that both meet the same load
            _, (first, again, again_seconds, cpu) = timed(make, end_to_end(apart))
            assert first.added == n and again.seen == n
            ends[mode].append(n / first.seconds)
            shares[mode].append(n / first.seconds / extraction_rate)
            cpus[mode].append(n / sum(cpu) / extraction_cpu_rate)
            busiest[mode].append(n / max(cpu) / extraction_cpu_rate)
            agains.append(n / again_seconds)
    row = {"backend": label, "batch": batch, "alone": statistics.median(alone), "write": statistics.median(writes),
           "again": statistics.median(agains)}
    parts = []
    for mode, _ in MODES:
        row[f"end_{mode}"] = end = statistics.median(ends[mode])
        row[f"share_{mode}"] = statistics.median(shares[mode])
        row[f"cpu_share_{mode}"] = statistics.median(cpus[mode])
        row[f"busiest_share_{mode}"] = statistics.median(busiest[mode])
        parts.append(f"extraction {mode} {end:6,.0f} reports/s = {row[f'share_{mode}']:5.1%} of extraction "
                     f"(CPU time: {row[f'cpu_share_{mode}']:5.1%} all, {row[f'busiest_share_{mode}']:5.1%} "
                     "busiest process)")
    print(f"  {label:<11} batch {batch:>4}: extraction alone {row['alone']:5,.0f} reports/s; write only "
          f"{row['write']:7,.0f} reports/s; end to end, " + "; ".join(parts)
          + f"; already stored {row['again']:7,.0f} reports/s", flush=True)
    if repeat > 1:
        print("    each repeat (extraction alone, here, apart): " + "; ".join(
            f"{a:,.0f}, {h:,.0f} ({sh:.0%}), {p:,.0f} ({sp:.0%})" for a, h, sh, p, sp in
            zip(alone, ends["here"], shares["here"], ends["apart"], shares["apart"])), flush=True)
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=3000)
    parser.add_argument("--batch-size", type=int, nargs="+", default=[200], metavar="N",
                        help="one or more batch sizes to measure (default 200)")
    parser.add_argument("--postgres", metavar="URL", default=os.environ.get("RASID_TEST_POSTGRES"))
    parser.add_argument("--repeat", type=int, default=1, help="runs per figure; the median is printed")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rasid-ingest-bench-") as tmp:
        folder = Path(tmp)
        path = folder / "reports.jsonl"
        generate_reports.write(args.reports, str(path), seed=1)
        extracted, extraction_rate, extraction_cpu_rate = extraction_alone(path)
        print(f"{len(extracted):,} generated reports; extraction alone: {extraction_rate:,.0f} reports/s, "
              f"{extraction_cpu_rate:,.0f} per CPU second (one process, {os.cpu_count()} CPUs)", flush=True)
        backends = [("SQLite", lambda: fresh_sqlite(folder))]
        if args.postgres:
            backends.append(("PostgreSQL", lambda: fresh_postgres(args.postgres)))
        for label, make in backends:
            for batch in args.batch_size:
                measure(label, make, path, extracted, batch, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
