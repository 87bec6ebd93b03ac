"""Ingest: reports in, extracted and reconciled records stored, a batch of reports per transaction.

Extraction (`extract_report`) is pure and can run anywhere (a process of its own beside the writer,
rasid.store.extractors, or a Dask worker); writing (`Writer`, in rasid.store.writer) stores a batch of reports,
their extraction and the reconciliation they cause in a single transaction, in input order whatever extracts
(`run`). A report whose text hash is already stored is skipped (one query per batch, before extracting), so
ingesting the same files again adds nothing, and a run that is killed loses at most the batch being written: a
rerun skips what was committed and goes on in the same order, which ends with exactly the records of an
uninterrupted run, whatever the batch size.
"""
from __future__ import annotations

import hashlib
import itertools
import queue
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from ..extraction import pipeline  # pipeline.extract looked up per call: tests may replace it
from ..sources import InputError, SourceReport, exception_reason
from . import BATCH_SIZE
from .db import Database
from .extractors import Extraction, ExtractionError  # noqa: F401 - ExtractionError: for callers
from .writer import ADDED, FAILED, SEEN, ExtractedReport, Writer


@dataclass
class IngestSummary:
    read: int = 0
    added: int = 0
    seen: int = 0
    failed: int = 0
    events: int = 0  # events created or joined by the added reports
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path or doc id, reason)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (path and doc id, note): reports not read

    @property
    def rate(self) -> float:
        return self.read / self.seconds if self.seconds > 0 else 0.0

    def note(self, outcome: str, item, started: float, progress: Callable[["IngestSummary"], None] | None) -> None:
        """Count one report's outcome, update the time, and tell the progress display."""
        self.count(outcome, item)
        if outcome == ADDED:
            self.events += len(item.record.events)
        self.seconds = time.monotonic() - started
        if progress:
            progress(self)

    def count(self, outcome: str, item: ExtractedReport | InputError) -> None:
        self.read += 1
        setattr(self, outcome, getattr(self, outcome) + 1)
        if outcome == ADDED and getattr(item, "skipped", None):
            self.notes.append((f"{item.path}: doc_id {item.doc_id}", item.skipped))
        if outcome == FAILED:
            where = item.path if isinstance(item, InputError) else f"{item.path}: doc_id {item.doc_id}"
            reason = item.reason if isinstance(item, InputError) else item.error or "failed"
            self.failures.append((where, reason))


def content_hash(text: str) -> str:
    """The identity of a report: its text, NFC-normalised and stripped (the same report saved twice)."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).strip().encode("utf-8")).hexdigest()


def extract_report(report: SourceReport, time_budget: float | None = None,
                   digest: str | None = None) -> ExtractedReport:
    """Extract one report; any failure (a bug, a report over its `time_budget` in seconds) is kept as its error.
    `digest`: its content hash when the caller has it already (hashing a report costs a tenth of a millisecond)."""
    item = ExtractedReport(
        doc_id=report.doc_id, text=report.text, report_date=report.report_date, path=report.path,
        outlet=getattr(report, "outlet", None), url=getattr(report, "url", None),
        title=getattr(report, "title", None), content_hash=digest or content_hash(report.text),
        notes=list(getattr(report, "notes", None) or []),
    )
    try:
        item.record = pipeline.extract(report.text, report.doc_id, report.report_date, time_budget=time_budget)
    except Exception as exc:  # one report's failure is reported, the others go on
        item.error = f"extraction failed: {exception_reason(exc)}"
        return item
    item.skipped = pipeline.language_note(item.record)  # stored, with no records, and said once
    if item.skipped:
        item.notes.append(item.skipped)
    return item


def ingest(
    items: Iterable[SourceReport | InputError],
    db: Database,
    progress: Callable[[IngestSummary], None] | None = None,
    batch_size: int = BATCH_SIZE,
    time_budget: float | None = None,
    extract_apart: bool | None = None,
) -> IngestSummary:
    """Extract and store reports in order; a report already stored is not extracted again.
    `time_budget`: seconds one report's extraction may take before it counts as failed (None: no limit).
    `extract_apart`: extract in a process of its own while this one writes (True), in this process (False), or
    decide (None: in a process when there is more than one batch, on a machine with two CPUs or more). Raises
    ExtractionError when that process fails (what was written before is stored)."""
    return write_all(items, db, progress, batch_size, time_budget, extract_apart)


def write_all(
    items: Iterable[ExtractedReport | SourceReport | InputError],
    db: Database,
    progress: Callable[[IngestSummary], None] | None = None,
    batch_size: int = BATCH_SIZE,
    time_budget: float | None = None,
    extract_apart: bool | None = None,
) -> IngestSummary:
    """Store reports in order, `batch_size` reports per transaction. Reports may come extracted already
    (ExtractedReport, written as they are) or not (extracted once their text is known not to be stored: here,
    or in a process of its own, see `ingest`). Batch k is written by a thread of its own while batch k+1 is
    read and extracted: the database's own work (SQLite's full-text index, PostgreSQL's server) overlaps
    extraction. `progress` is called from that thread."""
    return run(items, db, Extraction(extract_apart), IngestSummary(), progress, batch_size, time_budget)


def run(items: Iterable, db: Database, extraction, summary: IngestSummary,
        progress: Callable[[IngestSummary], None] | None, batch_size: int, time_budget: float | None) -> IngestSummary:
    """The ingest loop, whatever extracts: batches of items sorted out (`sort_out`), handed to `extraction`
    (an `extractors.Extraction`, or the Dask engine's), and written in input order, each by the writing thread
    as it comes back extracted, while the next are read and extracted. `extraction` is closed at the end."""
    if batch_size < 1:
        raise ValueError("batch_size must be 1 or more")
    started = time.monotonic()
    try:
        with extraction:
            batches = report_batches(items, batch_size)
            first = list(itertools.islice(batches, 2))
            extraction.begin(len(first))  # before any thread or connection: a process may be forked
            with Writer(db) as writer, Writer(db) as reader, _WritingThread() as thread:

                def write(entries: list[Entry]) -> None:  # (by the writing thread, in turn)
                    thread.put(lambda: write_entries(entries, writer, summary, started, progress))

                for chunk in itertools.chain(first, batches):
                    extraction.submit(sort_out(chunk, reader), time_budget)
                    for entries in extraction.ready():
                        write(entries)
                for entries in extraction.drain():
                    write(entries)
    finally:
        summary.seconds = time.monotonic() - started
    return summary


class _WritingThread:
    """One batch written at a time, in order, in a thread, while the caller prepares the next. Leaving the block
    waits for the batch being written (it is committed or rolled back as a whole) and drops any batch not begun;
    an exception raised while writing is raised again in the caller."""

    def __init__(self):
        self._work: queue.Queue = queue.Queue(maxsize=1)
        self._failure: BaseException | None = None
        self._stop = False
        self._thread = threading.Thread(target=self._run, name="rasid-writer", daemon=True)

    def __enter__(self) -> "_WritingThread":
        self._thread.start()
        return self

    def put(self, job: Callable[[], None]) -> None:
        self._raise()
        self._work.put(job)

    def __exit__(self, kind, exc, tb) -> None:
        if kind is not None:  # interrupted or failed here: no new batch begins
            self._stop = True
        self._work.put(None)
        self._thread.join()
        if kind is None:
            self._raise()

    def _run(self) -> None:
        while (job := self._work.get()) is not None:
            if self._stop or self._failure is not None:
                continue
            try:
                job()
            except BaseException as exc:  # handed to the caller, which stops
                self._failure = exc

    def _raise(self) -> None:
        if self._failure is not None:
            failure, self._failure = self._failure, None
            self._stop = True
            raise failure


Entry = tuple[str | None, object]  # (outcome, or None while the report is still to be written; the item)


def sort_out(chunk: list, writer: Writer) -> list[tuple[str | None, object, str]]:
    """A batch's items with what is known before extracting: (FAILED, input error, ""), (SEEN, report, hash) for a
    text already stored (one query for the batch), (None, report, hash) for the others."""
    hashes = [content_hash(item.text) if isinstance(item, SourceReport) else "" for item in chunk]
    stored = writer.stored(h for h in hashes if h)
    return [(FAILED if isinstance(item, InputError) else SEEN if digest in stored else None, item, digest)
            for item, digest in zip(chunk, hashes)]


def write_entries(entries: list[Entry], writer: Writer, summary: IngestSummary, started: float,
                  progress: Callable[[IngestSummary], None] | None) -> None:
    """Write a batch's reports in one transaction, then count every entry's outcome, in order."""
    outcomes = iter(writer.write_batch([item for outcome, item in entries if outcome is None]))
    for outcome, item in entries:
        summary.note(outcome or next(outcomes), item, started, progress)


def report_batches(items: Iterable, size: int) -> Iterator[list]:
    """Items in lists of `size` reports (input errors ride along in their place, uncounted)."""
    batch, count = [], 0
    for item in items:
        batch.append(item)
        if not isinstance(item, InputError):
            count += 1
            if count >= size:
                yield batch
                batch, count = [], 0
    if batch:
        yield batch
