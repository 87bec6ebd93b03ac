"""Scaling out: ingest throughput on one process and on a local Dask cluster of 1 and 2 workers.

    python benchmarks/scale.py [--reports 100000] [--postgres URL] [--out results.json]
                               [--gazetteer-store PATH] [--batch-size 200] [--data-dir DIR]

Generates N synthetic reports (benchmarks/generate_reports.py, seed 1) into DIR (default: rasid-scale in the
temporary folder), as JSONL files of 5,000 reports (a complete set already there is reused), and measures, each run in a fresh process and a fresh database:

* end to end, `rasid ingest` as the command runs it: 1 process (rasid.store.ingest.ingest), Dask with 1 worker
  and Dask with 2 workers (rasid.store.distributed.ingest_dask, a LocalCluster started and closed by the run),
  into SQLite and, when --postgres or $RASID_TEST_POSTGRES gives a server, into PostgreSQL (a database created
  for the run and dropped afterwards; the URL's user must be allowed to create databases);
* extraction only: extract_batch over all batches, in this process and on a Dask cluster of 1 and 2 workers,
  the results gathered and counted but not written (after a warm-up that loads the gazetteer on each worker).

reports/s is the number of reports over the run's own time (for Dask: from the cluster being up to the last
report written, worker warm-up included); `wall` also counts opening the database and starting and closing the
cluster. Peak memory is `ru_maxrss`: of the process that runs (the single process, or the Dask client that
reads and writes) and of each worker. `--gazetteer-store PATH` sets $RASID_GAZETTEER for this process and the
workers (the memory target is with the shared gazetteers imported); when PATH does not exist it is built with
`rasid gazetteer import` from ../shared/data/gazetteer beside the repository (never copied into it).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_GAZETTEER = ROOT.parent / "shared" / "data" / "gazetteer"
GAZETTEER_FILES = (
    ("syria/sy_admin_units_opensyria.csv", "opensyria"),
    ("syria/wof_sy_admin.csv", "wof"),
    ("syria/wof_sy_localities.csv", "wof"),
    ("iraq/wof_iq_admin.csv", "wof"),
    ("iraq/wof_iq_localities.csv", "wof"),
)
POSTGRES_ENV = "RASID_TEST_POSTGRES"
IN_FLIGHT_PER_WORKER = 3
PART_SIZE = 5_000  # reports per generated file


# --- one measurement, in a process of its own ----------------------------------------------------------------


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(spec: dict) -> dict:
    sys.path.insert(0, str(ROOT))
    if spec["kind"] == "ingest":
        return _child_ingest(spec)
    return _child_extract(spec)


def _cpu_seconds(children: bool = True) -> float:
    """CPU time of this process (every thread) and, with `children`, of its children that ended (an extraction
    process; not for Dask, whose local workers are children too, and counted apart)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    ended = resource.getrusage(resource.RUSAGE_CHILDREN) if children else None
    return own.ru_utime + own.ru_stime + (ended.ru_utime + ended.ru_stime if ended else 0.0)


def _server_cpu(url: str) -> float | None:
    """CPU seconds of the PostgreSQL server processes serving the database of `url` (a local server, read from
    /proc), or None."""
    from sqlalchemy.engine import make_url

    if not url.startswith("postgresql") or not os.path.isdir("/proc"):
        return None
    name, total = f" {make_url(url).database} ", 0.0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as fh:
                command = fh.read().replace(b"\0", b" ").decode("utf-8", "replace")
            if command.startswith("postgres:") and name in command:
                with open(f"/proc/{pid}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
                total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError):
            continue
    return total


def _child_ingest(spec: dict) -> dict:
    from rasid.sources import iter_reports
    from rasid.store.db import open_database
    from rasid.store.ingest import ingest

    started = time.monotonic()
    db = open_database(spec["url"])
    result: dict = {}
    server = _server_cpu(spec["url"])
    cpu = _cpu_seconds(spec["workers"] == 0)
    try:
        if spec["workers"] == 0:
            summary = ingest(iter_reports([spec["path"]]), db, batch_size=spec["batch_size"])
        else:
            from rasid.store.distributed import ingest_dask

            summary = ingest_dask([spec["path"]], db, workers=spec["workers"], batch_size=spec["batch_size"])
            result["startup_seconds"] = summary.startup_seconds
            result["worker_peak_mb"] = sorted(kb / 1024 for kb in summary.worker_peak_kb.values())
            result["worker_cpu_seconds"] = sum(summary.worker_cpu_seconds.values())
        result["cpu_seconds"] = _cpu_seconds(spec["workers"] == 0) - cpu  # and an extraction process of its own
        if server is not None:  # the server's connections are still open (pooled) here
            result["server_cpu_seconds"] = _server_cpu(spec["url"]) - server
    finally:
        db.dispose()
    result.update(read=summary.read, added=summary.added, seen=summary.seen, failed=summary.failed,
                  events=summary.events, seconds=summary.seconds, wall_seconds=time.monotonic() - started,
                  process_peak_mb=_peak_mb())
    return result


def _child_extract(spec: dict) -> dict:
    from rasid.sources import SourceReport, iter_reports
    from rasid.store.distributed import dask_client, extract_batch, warm_up, worker_cpu, worker_peaks
    from rasid.store.ingest import report_batches as batches

    def reports():
        return (r for r in iter_reports([spec["path"]]) if isinstance(r, SourceReport))

    def count(results) -> tuple[int, int]:
        return len(results), sum(1 for r in results if r.record is not None)

    started = time.monotonic()
    read = extracted = 0
    result: dict = {}
    cpu = _cpu_seconds(False)
    if spec["workers"] == 0:
        warm_up()
        result["startup_seconds"] = time.monotonic() - started
        begun = time.monotonic()
        for batch in batches(reports(), spec["batch_size"]):
            n, ok = count(extract_batch(batch))
            read, extracted = read + n, extracted + ok
        seconds = time.monotonic() - begun
    else:
        with dask_client(workers=spec["workers"]) as client:
            client.run(warm_up)  # imports rasid and loads the gazetteer on every worker, before the clock starts
            result["startup_seconds"] = time.monotonic() - started
            begun = time.monotonic()
            queue: deque = deque()
            limit = IN_FLIGHT_PER_WORKER * spec["workers"]
            run = uuid.uuid4().hex[:8]
            for index, batch in enumerate(batches(reports(), spec["batch_size"])):
                queue.append(client.submit(extract_batch, batch, key=f"scale-{run}-{index}", pure=False, retries=2))
                while len(queue) >= limit:
                    n, ok = count(queue.popleft().result())
                    read, extracted = read + n, extracted + ok
            while queue:
                n, ok = count(queue.popleft().result())
                read, extracted = read + n, extracted + ok
            seconds = time.monotonic() - begun
            result["worker_peak_mb"] = sorted(kb / 1024 for kb in worker_peaks(client).values())
            result["worker_cpu_seconds"] = sum(worker_cpu(client).values())
    result["cpu_seconds"] = _cpu_seconds(False) - cpu
    result.update(read=read, extracted=extracted, seconds=seconds, wall_seconds=time.monotonic() - started,
                  process_peak_mb=_peak_mb())
    return result


def measure(spec: dict) -> dict:
    """Run one measurement in a fresh Python process (clean peak memory, nothing cached) and return its result."""
    process = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", json.dumps(spec)],
                             capture_output=True, text=True)
    lines = process.stdout.strip().splitlines()
    if process.returncode != 0 or not lines:
        sys.stderr.write(process.stderr)
        raise SystemExit(f"scale: the run {spec['kind']} / {spec['workers']} workers failed "
                         f"(exit {process.returncode})")
    return json.loads(lines[-1])


# --- databases -------------------------------------------------------------------------------------------------


class FreshDatabase:
    """A new, empty database for one run: a SQLite file in a temporary folder, or a PostgreSQL database created
    on the server of `postgres` and dropped afterwards."""

    def __init__(self, postgres: str | None):
        self.postgres = postgres
        self.url = ""

    def __enter__(self) -> str:
        if self.postgres is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="rasid-scale-db-")
            self.url = f"sqlite:///{Path(self._tmp.name) / 'rasid.sqlite'}"
            return self.url
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        self.name = f"rasid_scale_{uuid.uuid4().hex[:12]}"
        self.admin = create_engine(self.postgres, isolation_level="AUTOCOMMIT")
        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{self.name}"'))
        self.url = make_url(self.postgres).set(database=self.name).render_as_string(hide_password=False)
        return self.url

    def __exit__(self, *exc) -> None:
        if self.postgres is None:
            self._tmp.cleanup()
            return
        from sqlalchemy import text

        with self.admin.connect() as connection:
            connection.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                    f"WHERE datname = '{self.name}' AND pid <> pg_backend_pid()"))
            connection.execute(text(f'DROP DATABASE IF EXISTS "{self.name}"'))
        self.admin.dispose()


# --- inputs ----------------------------------------------------------------------------------------------------


def reports_folder(n: int, data_dir: Path) -> Path:
    """N generated reports (seed 1) as a folder of JSONL files of PART_SIZE reports each, read in name order:
    `iter_reports` reads a whole file at a time, so one 100,000-report file would weigh on the client's memory
    and hide the engine's own. A complete folder from an earlier run is reused."""
    folder = data_dir / f"reports-{n}-seed1"
    done = folder / "COMPLETE"
    if done.exists():
        print(f"reports: {folder} (reused)")
        return folder
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import generate_reports

    started = time.monotonic()
    folder.mkdir(parents=True, exist_ok=True)
    fh = None
    for index, report in enumerate(generate_reports.generate(n, seed=1)):
        if index % PART_SIZE == 0:
            if fh:
                fh.close()
            fh = open(folder / f"part-{index // PART_SIZE + 1:05d}.jsonl", "w", encoding="utf-8")
        fh.write(json.dumps(report, ensure_ascii=False) + "\n")
    if fh:
        fh.close()
    done.write_text(f"{n}\n", encoding="utf-8")
    print(f"reports: {folder} (generated in {time.monotonic() - started:.1f} s)")
    return folder


def gazetteer_store(path: Path) -> Path:
    """The store at `path`, built from the shared gazetteers with `rasid gazetteer import` if it is absent."""
    path = path.expanduser().resolve()
    if path.exists():
        return path
    if not SHARED_GAZETTEER.is_dir():
        raise SystemExit(f"scale: no gazetteer store at {path} and no shared gazetteer data at {SHARED_GAZETTEER}")
    print(f"gazetteer: building {path} from {SHARED_GAZETTEER}")
    for rel, fmt in GAZETTEER_FILES:
        source = SHARED_GAZETTEER / rel
        if source.exists():
            subprocess.run([sys.executable, "-m", "rasid", "gazetteer", "import", str(source), "--format", fmt,
                            "--db", str(path)], check=True, cwd=ROOT)
    return path


# --- the report ------------------------------------------------------------------------------------------------


ENGINES = ((0, "1 process"), (1, "Dask, 1 worker"), (2, "Dask, 2 workers"))


def rate(run: dict) -> float:
    return run["read"] / run["seconds"] if run["seconds"] > 0 else 0.0


def print_table(runs: list[dict]) -> None:
    header = (f"{'what':<22} {'engine':<16} {'reports':>8} {'reports/s':>10} {'seconds':>8} {'start s':>8} "
              f"{'wall s':>8} {'process MB':>11}  peak MB per worker")
    print()
    print(header)
    print("-" * len(header))
    for run in runs:
        workers = ", ".join(f"{mb:.0f}" for mb in run.get("worker_peak_mb", [])) or "-"
        start = f"{run['startup_seconds']:.1f}" if "startup_seconds" in run else "-"
        print(f"{run['what']:<22} {run['engine']:<16} {run['read']:>8,} {rate(run):>10,.0f} {run['seconds']:>8.1f} "
              f"{start:>8} {run['wall_seconds']:>8.1f} {run['process_peak_mb']:>11.0f}  {workers}")


def print_cpu(runs: list[dict]) -> None:
    """CPU milliseconds per report of each part of a run: this process (for Dask: the client, with the local
    cluster's scheduler; for 1 process: with its extraction process), the workers (over their life, start and
    warm-up included) and the database server. What a machine with enough free CPUs would need, whatever the load
    on this one while it ran."""
    header = f"{'what':<22} {'engine':<16} {'this process':>13} {'workers':>8} {'DB server':>10} {'all':>8}"
    print()
    print("CPU ms per report")
    print(header)
    print("-" * len(header))
    for run in runs:
        parts = [run.get("cpu_seconds"), run.get("worker_cpu_seconds"), run.get("server_cpu_seconds")]
        cells = [f"{1000 * p / run['read']:.2f}" if p is not None and run["read"] else "-" for p in parts]
        total = 1000 * sum(p for p in parts if p is not None) / run["read"] if run["read"] else 0.0
        print(f"{run['what']:<22} {run['engine']:<16} {cells[0]:>13} {cells[1]:>8} {cells[2]:>10} {total:>8.2f}")


def speedups(runs: list[dict]) -> dict:
    by = {(run["what"], run["workers"]): run for run in runs}
    result = {}
    for what in dict.fromkeys(run["what"] for run in runs):
        one, two, single = by.get((what, 1)), by.get((what, 2)), by.get((what, 0))
        if one and two and rate(one) > 0:
            result[what] = {"2_workers_over_1": rate(two) / rate(one),
                            "2_workers_over_1_process": rate(two) / rate(single) if single and rate(single) else None}
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=100_000, metavar="N")
    parser.add_argument("--postgres", metavar="URL", default=os.environ.get(POSTGRES_ENV) or None,
                        help=f"a PostgreSQL server URL whose user may create databases (default: ${POSTGRES_ENV})")
    parser.add_argument("--out", metavar="FILE", help="write the results as JSON")
    parser.add_argument("--gazetteer-store", metavar="PATH", type=Path,
                        help="the gazetteer store the process and the workers use ($RASID_GAZETTEER)")
    parser.add_argument("--batch-size", type=int, default=200, metavar="N",
                        help="reports per Dask task and per transaction")
    parser.add_argument("--data-dir", type=Path, default=Path(tempfile.gettempdir()) / "rasid-scale",
                        help="where the generated reports are kept")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child(json.loads(args.child))))
        return 0

    if args.gazetteer_store:
        os.environ["RASID_GAZETTEER"] = str(gazetteer_store(args.gazetteer_store))
    gazetteer = os.environ.get("RASID_GAZETTEER") or None
    path = reports_folder(args.reports, args.data_dir)
    print(f"{args.reports:,} reports, batches of {args.batch_size}, {os.cpu_count()} CPUs, gazetteer store: "
          f"{gazetteer or 'none set (built-in places, or the store in the user data folder)'}")

    backends = [("SQLite", None)] + ([("PostgreSQL", args.postgres)] if args.postgres else [])
    runs: list[dict] = []
    for label, postgres in backends:
        for workers, engine in ENGINES:
            with FreshDatabase(postgres) as url:
                print(f"end to end into {label}, {engine} ...", flush=True)
                run = measure({"kind": "ingest", "workers": workers, "url": url, "path": str(path),
                               "batch_size": args.batch_size})
            if run["added"] != args.reports - run["failed"] or run["failed"]:
                print(f"  warning: {run['added']:,} stored, {run['failed']:,} failed of {run['read']:,}")
            runs.append({"what": f"end to end, {label}", "engine": engine, "workers": workers, **run})
    for workers, engine in ENGINES:
        print(f"extraction only, {engine} ...", flush=True)
        run = measure({"kind": "extract", "workers": workers, "path": str(path), "batch_size": args.batch_size})
        runs.append({"what": "extraction only", "engine": engine, "workers": workers, **run})

    print_table(runs)
    print_cpu(runs)
    gains = speedups(runs)
    print()
    for what, gain in gains.items():
        versus = gain["2_workers_over_1_process"]
        print(f"speed-up of 2 workers over 1, {what}: x{gain['2_workers_over_1']:.2f}"
              + (f" (over 1 process: x{versus:.2f})" if versus else ""))
    if args.out:
        Path(args.out).write_text(json.dumps({
            "reports": args.reports, "batch_size": args.batch_size, "cpus": os.cpu_count(), "gazetteer": gazetteer,
            "postgres": bool(args.postgres), "runs": runs, "speedups": gains,
        }, indent=2), encoding="utf-8")
        print(f"results written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
