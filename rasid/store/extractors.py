"""Where a local ingest extracts: here, or in a process of its own while this process writes.

Extraction costs a few milliseconds of Python per report and writing about one; in one process they share one
interpreter lock, so the writer's Python work holds extraction up. `ExtractionProcess` extracts batches in a
second process, in order, while this process reads, checks hashes and writes: on two or more CPUs ingest then
runs at the speed of extraction alone. What is written, and in what order, is the same either way, so the
database is the same, and a kill still loses at most the batch being written.

`Extraction` is the ingest loop's view of both: `begin` (which forks the process, if any), `submit` a batch's
sorted-out entries, get them back extracted and in order from `ready` (the batches done, keeping a few in
flight) and `drain` (all the rest).
"""
from __future__ import annotations

import multiprocessing
import os
import pickle
import queue
import signal
import sys
import threading
from collections import deque
from typing import Iterator

from ..sources import SourceReport, exception_reason

IN_FLIGHT = 2  # batches submitted to the extraction process and not yet taken back: it never waits for work
_POLL_SECONDS = 0.5  # how often a wait for results checks that the extraction process still runs


class ExtractionError(Exception):
    """The extraction process stopped or failed: what was written before is stored, and a rerun resumes."""


def forks() -> bool:
    """The extraction process is forked, so that it starts at once with everything this process has loaded (the
    gazetteer, the lexicons): on Linux (fork is unsafe on macOS, absent on Windows)."""
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def can_fork() -> bool:
    """A second process helps when this one may use two CPUs or more, and is possible where `forks`."""
    if not forks():
        return False
    try:
        return len(os.sched_getaffinity(0)) >= 2
    except (AttributeError, OSError):
        return (os.cpu_count() or 1) >= 2


class ExtractionProcess:
    """A forked process that extracts the batches it is sent, in order, and sends each back whole.

    A report's failure is its own (kept as its error, as in this process); a failure of the process itself (it
    is killed, or a batch cannot be sent back) raises ExtractionError from `result`. It ignores Ctrl-C (this
    process handles it and stops it) and ends when this process ends, even by kill -9."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("fork")
        self._tasks = context.Queue()
        self._results, sending_end = context.Pipe(duplex=False)
        self._process = context.Process(target=_serve, args=(self._tasks, sending_end, os.getpid()),
                                        name="rasid-extract", daemon=True)
        self._process.start()
        # the process now holds the only sending end: if it dies in the middle of a batch, a read here ends
        # (EOFError) instead of waiting for the rest of the batch forever
        sending_end.close()

    def submit(self, reports: list[tuple[SourceReport, str]], time_budget: float | None) -> None:
        """Extract `reports` ((report, content hash) pairs), each within `time_budget` seconds."""
        self._tasks.put((reports, time_budget))

    def result(self) -> list:
        """The extracted reports of the oldest batch not yet taken back (ExtractedReport, in order)."""
        while not self._results.poll(_POLL_SECONDS):
            if not self._process.is_alive():
                raise self._stopped()
        try:
            kind, payload = self._results.recv()
        except (EOFError, OSError):  # it died while sending
            self._process.join(timeout=5)
            raise self._stopped() from None
        if kind == "failed":
            raise ExtractionError(f"the extraction process failed: {payload}")
        return pickle.loads(payload)

    def _stopped(self) -> ExtractionError:
        return ExtractionError(f"the extraction process stopped ({_how(self._process.exitcode)})")

    def close(self, wait: bool = True) -> None:
        """Stop the process: when it is done with what it was sent (`wait`), or at once."""
        if self._process.is_alive():
            if wait:
                self._tasks.put(None)
                self._process.join(timeout=10)
            if self._process.is_alive():
                self._process.terminate()
            self._process.join()
        self._tasks.cancel_join_thread()  # nothing more to send: do not wait to flush into a pipe no one reads
        self._tasks.close()
        self._results.close()


def _serve(tasks, results, parent: int) -> None:
    """The extraction process: batches in, extracted batches out (pickled here, so that a failure to pickle is
    a failure sent back, not a message lost in the sending thread), until told to stop or the parent is gone.
    A thread sends, so that the next batch is extracted while the last one waits to be read."""
    from .ingest import extract_report

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    outbox: queue.Queue = queue.Queue()
    sender = threading.Thread(target=_send_all, args=(outbox, results), name="rasid-extract-send", daemon=True)
    sender.start()
    while True:
        try:
            job = tasks.get(timeout=1.0)
        except queue.Empty:
            if os.getppid() != parent:  # the ingest process is gone (killed): nothing to extract for, no one to
                return  # send to
            continue
        if job is None:
            break
        reports, time_budget = job
        try:
            done = [extract_report(report, time_budget, digest) for report, digest in reports]
            outbox.put(("done", pickle.dumps(done, protocol=pickle.HIGHEST_PROTOCOL)))
        except BaseException as exc:  # noqa: BLE001 - said to the parent, which stops the run
            outbox.put(("failed", exception_reason(exc)))
            break
    outbox.put(None)
    sender.join()  # what was extracted is sent before the process ends
    results.close()


def _send_all(outbox: queue.Queue, results) -> None:
    """Send the extracted batches to the ingest process, in order, until told to stop (None)."""
    while (message := outbox.get()) is not None:
        try:
            results.send(message)
        except OSError:  # the ingest process is gone (a broken pipe)
            return


def _how(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit status {exitcode}"


class Extraction:
    """A batch's entries from `ingest.sort_out` in, the same entries out with the reports to extract replaced by
    their extraction, batches in input order.

    `apart`: True extracts in an ExtractionProcess (where `forks`, else here), False here (when the batch is
    submitted); None decides: in a process when the input has more than one batch and this machine gives two
    CPUs or more, here otherwise (a run of a single batch has nothing to overlap). The process is forked by
    `begin`, before the ingest opens a database connection or starts its writing thread."""

    def __init__(self, apart: bool | None = None):
        self.apart = apart
        self._process: ExtractionProcess | None = None
        # (sent to the process, entries): a batch sent waits for the process; one extracted here is done already
        self._batches: deque[tuple[bool, list]] = deque()

    def __enter__(self) -> "Extraction":
        return self

    def __exit__(self, kind, exc, tb) -> None:
        if self._process is not None:
            self._process.close(wait=kind is None)
            self._process = None

    def begin(self, batches: int) -> None:
        """Start the extraction process, if there is to be one, for an input of `batches` batches (2: two or
        more)."""
        if (batches > 1 and can_fork()) if self.apart is None else (self.apart and forks()):
            try:
                self._process = ExtractionProcess()
            except OSError:  # no process to be had (a limit on processes or open files): extract here
                self._process = None

    def submit(self, entries: list, time_budget: float | None) -> None:
        """`entries`: (outcome or None, item, content hash); the items to extract are the reports with no outcome."""
        from .ingest import extract_report

        todo = [(item, digest) for outcome, item, digest in entries
                if outcome is None and isinstance(item, SourceReport)]
        if todo and self._process is not None:
            self._process.submit(todo, time_budget)
            self._batches.append((True, entries))
        else:
            done = iter([extract_report(item, time_budget, digest) for item, digest in todo])
            self._batches.append((False, merged(entries, done)))

    def ready(self) -> Iterator[list]:
        """The oldest batches, extracted, while more than IN_FLIGHT are in the process's hands."""
        while self._batches and (len(self._batches) > IN_FLIGHT or not self._batches[0][0]):
            yield self._take()

    def drain(self) -> Iterator[list]:
        while self._batches:
            yield self._take()

    def _take(self) -> list:
        sent, entries = self._batches.popleft()
        return merged(entries, iter(self._process.result())) if sent else entries


def merged(entries: list, done: Iterator) -> list:
    """(outcome, item, content hash) entries as (outcome, item), the reports to extract (those with no outcome)
    replaced by the next of `done`, their extraction."""
    return [(outcome, next(done) if outcome is None and isinstance(item, SourceReport) else item)
            for outcome, item, _ in entries]
