"""Ingest on a Dask cluster: extraction on the workers, writing in this process, in input order.

    ingest_dask(paths, db)                                    # a local cluster of 2 worker processes
    ingest_dask(paths, db, workers=4, batch_size=200)
    ingest_dask(paths, db, scheduler="tcp://host:8786")       # an existing cluster, left running

The client reads the inputs (`iter_reports`) and groups them into batches of `batch_size` reports; each batch is
one Dask task, `extract_batch`, run by a worker that imports rasid (the same version, with the same gazetteer:
`$RASID_GAZETTEER` where the workers run). The results are written by the single writer of
`rasid.store.writer` (one transaction per batch) strictly in input order: batch k is written only after every
batch before it, so the database ends exactly as after a single-process `ingest` of the same inputs, which
matters because reconciliation depends on the order reports arrive in. At most a few batches per worker are in
flight at a time, so memory stays flat however many reports there are.

Before a batch is submitted, the reports whose content hash is already stored are dropped (one query per
batch) and counted as `seen`; a rerun after a crash or Ctrl-C therefore resumes without extracting again what
was stored. A worker that dies mid-task has its task rerun elsewhere by Dask (and a task that raises is retried
twice); a batch that still fails has its reports counted as failed, with the reason, and the run goes on.

The returned `DaskIngestSummary` is an `IngestSummary` that also carries `worker_peak_kb`, the peak resident
memory of each worker process (KB, `ru_maxrss`, asked for after the run; for an existing cluster this is the
peak over the worker's whole life, and a worker restarted after a crash reports its own peak only),
`worker_cpu_seconds`, the CPU time each worker has used (asked for at the same time, over the same life), and
`startup_seconds`, the time taken to start or reach the cluster (not part of `seconds`).
"""
from __future__ import annotations

import logging
import os
import time
import uuid
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from ..sources import SourceReport, exception_reason, iter_reports
from . import BATCH_SIZE
from .db import Database
from .extractors import merged
from .ingest import ExtractedReport, IngestSummary, extract_report, run

IN_FLIGHT_PER_WORKER = 3  # batches queued or running per worker thread: enough to keep workers busy while writing
_QUIET_LOGGERS = ("distributed", "tornado", "bokeh")
# Run by each worker of a local cluster as it starts: Ctrl-C in the terminal reaches the whole process group, and
# the client alone must handle it (close the cluster in order), not every worker with a traceback of its own; a
# task cut short by that close is no news either.
_WORKER_PRELOAD = """import logging, signal  # rasid: the client handles Ctrl-C
signal.signal(signal.SIGINT, signal.SIG_IGN)
logging.getLogger("distributed.worker.state_machine").setLevel(logging.ERROR)
"""


class DaskUnavailable(Exception):
    """dask[distributed] is not installed (the message says how to install it), or the scheduler given cannot
    be reached."""


@dataclass
class DaskIngestSummary(IngestSummary):
    worker_peak_kb: dict[str, int] = field(default_factory=dict)  # worker address -> peak RSS (KB)
    worker_cpu_seconds: dict[str, float] = field(default_factory=dict)  # worker address -> CPU time, at the end
    startup_seconds: float = 0.0
    tasks: int = 0  # batches submitted to the cluster
    failed_tasks: int = 0  # batches whose reports were counted as failed


def _distributed():
    try:
        import distributed
    except ImportError as exc:
        raise DaskUnavailable("install rasid[dask] (pip install 'rasid[dask]') to ingest with --engine dask: "
                              f"{exc}") from None
    return distributed


# --- work done on the workers --------------------------------------------------------------------------------


def extract_batch(batch: list[SourceReport], time_budget: float | None = None,
                  hashes: list[str] | None = None) -> list[ExtractedReport]:
    """Extract a batch of reports, in order (the Dask task; pure, no database); a report over `time_budget`
    seconds, or failing otherwise, carries its error and the others go on. `hashes`: the reports' content hashes,
    when the client has them already."""
    return [extract_report(report, time_budget, digest)
            for report, digest in zip(batch, hashes or [None] * len(batch))]


def peak_rss_kb() -> int:
    """This process's peak resident memory in KB (Linux; bytes on macOS are converted)."""
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def cpu_seconds() -> float:
    """This process's CPU time so far (user and system, every thread)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def warm_up() -> int:
    """Import the extraction pipeline and load the gazetteer in a worker; returns the worker's pid."""
    from ..geo.places import current_gazetteer

    current_gazetteer()
    return os.getpid()


# --- the cluster -----------------------------------------------------------------------------------------------


@contextmanager
def _quiet_logs() -> Iterator[None]:
    """distributed's INFO chatter off in this process and in the worker processes it starts (they read the
    environment when they import distributed); warnings and errors still show."""
    saved = {name: logging.getLogger(name).level for name in _QUIET_LOGGERS}
    env = {"DASK_LOGGING__DISTRIBUTED": "warning"}
    saved_env = {name: os.environ.get(name) for name in env}
    for name in _QUIET_LOGGERS:
        if logging.getLogger(name).getEffectiveLevel() < logging.WARNING:
            logging.getLogger(name).setLevel(logging.WARNING)
    os.environ.update({name: value for name, value in env.items() if name not in os.environ})
    try:
        yield
    finally:
        for name, level in saved.items():
            logging.getLogger(name).setLevel(level)
        for name, value in saved_env.items():
            if value is None:
                os.environ.pop(name, None)


@contextmanager
def dask_client(scheduler: str | None = None, workers: int = 2):
    """A `distributed.Client`: to `scheduler` when given (the cluster is left running), else to a local cluster
    of `workers` single-threaded worker processes on 127.0.0.1, closed on leaving (also on errors and Ctrl-C)."""
    distributed = _distributed()
    with _quiet_logs():
        cluster = client = None
        try:
            if scheduler:
                try:
                    client = distributed.Client(scheduler)
                except (OSError, ValueError) as exc:  # refused, timed out, or not an address
                    reason = str(exc).strip().splitlines()
                    raise DaskUnavailable(f"cannot reach the Dask scheduler {scheduler}: "
                                          f"{reason[0] if reason else type(exc).__name__}") from None
            else:
                cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                   host="127.0.0.1", dashboard_address=None,
                                                   preload=[_WORKER_PRELOAD])
                client = distributed.Client(cluster)
            yield client
        finally:
            if client is not None:
                client.close()
            if cluster is not None:
                cluster.close()


def worker_threads(client) -> int:
    """The worker threads the cluster has now (at least 1, so that a cluster still starting gets work)."""
    try:
        return max(1, sum(client.nthreads().values()))
    except Exception:
        return 1


def worker_cpu(client) -> dict[str, float]:
    """CPU seconds each worker process has used (over its life), by worker address; {} when they cannot be asked."""
    return _ask_workers(client, cpu_seconds, float)


def worker_peaks(client) -> dict[str, int]:
    """Peak resident memory (KB) of each worker process, by worker address; {} when they cannot be asked."""
    return _ask_workers(client, peak_rss_kb, int)


def _ask_workers(client, question: Callable[[], object], kind: type) -> dict:
    """Each worker's answer to `question` (run in the worker process), as `kind`, by worker address; {} when
    they cannot be asked."""
    try:
        return {address: kind(answer) for address, answer in client.run(question).items()}
    except Exception:
        return {}


# --- ingest ----------------------------------------------------------------------------------------------------


@dataclass
class DaskBatch:
    """A batch in input order: its entries (an InputError, a stored report, or a report to extract), and the
    future of the extraction of the reports to extract."""

    entries: list  # (outcome or None, item, content hash): None = the next result of the future
    todo: list[SourceReport]
    hashes: list[str]
    future: object = None


class DaskExtraction:
    """Extraction on the cluster for the ingest loop (`ingest.run`): the reports of a batch to extract are one
    task; batches come back in input order, with at most `limit` submitted and not yet taken back. A batch that
    fails after Dask's retries has its reports failed, with the reason. Leaving cancels what is still queued."""

    def __init__(self, client, limit: int, summary: "DaskIngestSummary"):
        self.client = client
        self.limit = limit
        self.summary = summary
        self.run_id = uuid.uuid4().hex[:12]
        self.queue: deque[DaskBatch] = deque()

    def __enter__(self) -> "DaskExtraction":
        return self

    def __exit__(self, *exc) -> None:
        for unit in self.queue:  # interrupted: drop what is still queued on the cluster
            if unit.future is not None:
                unit.future.cancel()
        self.queue.clear()

    def begin(self, batches: int) -> None:
        pass  # the cluster is up already

    def submit(self, entries: list, time_budget: float | None) -> None:
        todo = [(item, digest) for outcome, item, digest in entries if outcome is None]
        unit = DaskBatch(entries, [item for item, _ in todo], [digest for _, digest in todo])
        if unit.todo:
            unit.future = self.client.submit(extract_batch, unit.todo, time_budget, unit.hashes,
                                             key=f"rasid-extract-{self.run_id}-{self.summary.tasks}",
                                             pure=False, retries=2)
            self.summary.tasks += 1
        self.queue.append(unit)

    def ready(self) -> Iterator[list]:
        while len(self.queue) >= self.limit:
            yield self.take(self.queue.popleft())

    def drain(self) -> Iterator[list]:
        while self.queue:
            yield self.take(self.queue.popleft())

    def take(self, unit: DaskBatch) -> list:
        """The unit's entries with its reports extracted (waits for its task)."""
        results: list[ExtractedReport] = []
        if unit.future is not None:
            try:
                results = unit.future.result()
            except Exception as exc:  # a batch that failed after Dask's retries: its reports fail, the rest go on
                self.summary.failed_tasks += 1
                results = _failed_batch(unit, exc)
            unit.future.release()
            unit.future = None
        return merged(unit.entries, iter(results))


def _failed_batch(unit: DaskBatch, exc: BaseException) -> list[ExtractedReport]:
    reason = f"extraction on the Dask cluster failed: {exception_reason(exc)}"
    return [ExtractedReport(doc_id=r.doc_id, text=r.text, report_date=r.report_date, path=r.path,
                            outlet=r.outlet, url=r.url, title=r.title, content_hash=h, error=reason,
                            notes=list(r.notes))
            for r, h in zip(unit.todo, unit.hashes)]


def ingest_dask(
    paths: Iterable[str],
    db: Database,
    scheduler: str | None = None,
    workers: int = 2,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[IngestSummary], None] | None = None,
    in_flight: int | None = None,
    time_budget: float | None = None,
) -> DaskIngestSummary:
    """Extract the reports `paths` name on a Dask cluster and store them in `db` in input order.

    `scheduler`: the address of an existing cluster (tcp://host:8786), left running; None starts a local cluster
    of `workers` processes and closes it at the end. `batch_size`: reports per task. `in_flight`: batches
    submitted and not yet written (default 3 per worker thread). `progress(summary)` is called after each report
    is counted (from the thread that writes). `time_budget`: seconds one report's extraction may take on a worker
    before it counts as failed. Raises DaskUnavailable when dask[distributed] is not installed.
    """
    _distributed()
    if batch_size < 1:
        raise ValueError("batch_size must be 1 or more")
    summary = DaskIngestSummary()
    started = time.monotonic()
    with dask_client(scheduler, workers) as client:
        summary.startup_seconds = time.monotonic() - started
        limit = in_flight or IN_FLIGHT_PER_WORKER * (workers if not scheduler else worker_threads(client))
        run(iter_reports(list(paths)), db, DaskExtraction(client, limit, summary), summary, progress, batch_size,
            time_budget)
        summary.worker_peak_kb = worker_peaks(client)
        summary.worker_cpu_seconds = worker_cpu(client)
    return summary


__all__ = ["DaskUnavailable", "DaskIngestSummary", "DaskBatch", "DaskExtraction", "ingest_dask", "extract_batch",
           "dask_client", "worker_peaks", "peak_rss_kb", "warm_up"]
