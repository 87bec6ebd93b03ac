"""Ingest: reports in, extracted and reconciled records stored, one report per transaction.

Extraction (`extract_report`) is pure and can run anywhere (a Dask worker); writing (`Writer.write`) stores one
report, its extraction and the reconciliation it causes in a single transaction. A report whose text hash is
already stored is skipped, so ingesting the same files again adds nothing, and a run that is killed loses at
most the report being written: a rerun skips what was committed and goes on in the same order, which ends
with exactly the records of an uninterrupted run.
"""
from __future__ import annotations

import hashlib
import time
import unicodedata
from dataclasses import dataclass, field
from types import SimpleNamespace
from datetime import date
from typing import Callable, Iterable, Iterator

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .. import records
from ..extraction import pipeline  # pipeline.extract looked up per call: tests may replace it
from ..sources import InputError, SourceReport, exception_reason
from . import models, reconcile
from .db import Database

ADDED, SEEN, FAILED = "added", "seen", "failed"
WRITE_ATTEMPTS = 3  # a report that collides with rows other writers add at the same time is written again


@dataclass
class ExtractedReport:
    """A report and what extraction made of it (or why it failed), ready to be written."""

    doc_id: str
    text: str
    report_date: date | None
    path: str
    outlet: str | None
    url: str | None
    title: str | None
    content_hash: str
    record: records.ReportRecord | None = None
    error: str | None = None
    notes: list[str] = field(default_factory=list)  # what the input boundary changed (SourceReport.notes)
    skipped: str | None = None  # why the report has no records though it was read: its language


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


def extract_report(report: SourceReport, time_budget: float | None = None) -> ExtractedReport:
    """Extract one report; any failure (a bug, a report over its `time_budget` in seconds) is kept as its error."""
    item = ExtractedReport(
        doc_id=report.doc_id, text=report.text, report_date=report.report_date, path=report.path,
        outlet=getattr(report, "outlet", None), url=getattr(report, "url", None),
        title=getattr(report, "title", None), content_hash=content_hash(report.text),
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


class Writer:
    """Writes extracted reports into a database, one transaction each."""

    def __init__(self, db: Database):
        self.db = db
        self._places: dict = {}
        self._sources: dict[str, int] = {}
        self._actors: set[str] = set()

    def write(self, item: ExtractedReport) -> str:
        if item.record is None:
            return FAILED
        for _ in range(WRITE_ATTEMPTS):
            try:
                with self.db.session() as session:
                    if session.scalar(select(models.Report.id).where(models.Report.content_hash == item.content_hash)):
                        return SEEN
                    self._store(session, item)
                return ADDED
            except IntegrityError as exc:  # another writer stored this text, or a new place or outlet of it, a
                self._forget()             # moment ago: the next attempt finds it
                error = exc
            except Exception as exc:  # this report is not stored; the next one is tried
                self._forget()
                item.error = f"not stored: {exception_reason(getattr(exc, 'orig', None) or exc)}"
                return FAILED
            except BaseException:
                self._forget()
                raise
        item.error = f"not stored: {exception_reason(getattr(error, 'orig', None) or error)}"
        return FAILED

    def stored(self, text_hash: str) -> bool:
        with self.db.session() as session:
            return session.scalar(select(models.Report.id).where(models.Report.content_hash == text_hash)) is not None

    def _forget(self) -> None:
        """Ids cached from a rolled-back transaction may be gone."""
        self._places.clear()
        self._sources.clear()
        self._actors.clear()

    def _store(self, session: Session, item: ExtractedReport) -> None:
        record = item.record
        connection = session.connection()
        report_id = connection.execute(insert(models.Report.__table__).returning(models.Report.__table__.c.id), dict(
            content_hash=item.content_hash, doc_id=item.doc_id, text=item.text,
            report_date=record.report_date or item.report_date, source_id=self._source_id(session, item.outlet),
            url=item.url, title=item.title, path=item.path, lang=record.lang, ingested_at=reconcile.now(),
            unresolved_places=list(record.unresolved_places), notes=list(item.notes),
        )).scalar_one()
        mentions, place_names, new_events = [], {}, {}
        for ordinal, event in enumerate(record.events):
            place = reconcile.place_ref(session, event.location, self._places)
            taken = {m["event_id"] for m in mentions}
            match = reconcile.find_match(session, report_id, event, place, taken)
            if match is None:  # a new event; a stand-in id until it is inserted with its values
                event_id, reason = -1 - len(new_events), reconcile.FIRST_REPORT
                new_events[event_id] = reconcile.new_event_row(event, place)
            else:
                event_id, reason = match.event_id, match.reason
            if place is not None:
                place_names[place.id] = place.name_ar
            mentions.append(_mention_row(report_id, ordinal, event, place, event_id, reason))
        casualties = [
            _casualty_row(report_id, ordinal, c, reconcile.event_for_casualty(c, mentions, place_names))
            for ordinal, c in enumerate(record.casualties)
        ]
        real_ids = self._add_events(session, new_events, mentions, casualties)
        for row in mentions + casualties:
            row["event_id"] = real_ids.get(row["event_id"], row["event_id"])
        if mentions:
            connection.execute(insert(models.Mention.__table__), mentions)
        if casualties:
            connection.execute(insert(models.CasualtyStatement.__table__), casualties)
        if record.control:
            connection.execute(insert(models.ControlStatement.__table__),
                               [_control_row(report_id, ordinal, c) for ordinal, c in enumerate(record.control)])
        joined = {m["event_id"] for m in mentions} - set(real_ids.values())
        reconcile.refresh_events(session, joined, self._actors)

    def _add_events(self, session: Session, new_events: dict[int, dict], mentions: list[dict],
                    casualties: list[dict]) -> dict[int, int]:
        """Insert this report's new events with the values their mentions and counts give; stand-in id → id."""
        if not new_events:
            return {}
        for stand_in, row in new_events.items():
            row.update(reconcile.drawn(
                [SimpleNamespace(**m) for m in mentions if m["event_id"] == stand_in],
                [SimpleNamespace(**c) for c in casualties if c["event_id"] == stand_in]))
        ids = reconcile.add_events(session, list(new_events.values()))
        real_ids = dict(zip(new_events, ids))
        reconcile.link_actors(session, {real_ids[k]: row for k, row in new_events.items()}, self._actors)
        return real_ids

    def _source_id(self, session: Session, outlet: str | None) -> int | None:
        if not outlet:
            return None
        if outlet not in self._sources:
            source = session.scalars(select(models.Source).where(models.Source.name == outlet)).first()
            if source is None:
                source = models.Source(name=outlet)
                session.add(source)
                session.flush()
            self._sources[outlet] = source.id
        return self._sources[outlet]


def _mention_row(report_id: int, ordinal: int, e: records.Event, place, event_id: int, reason: str) -> dict:
    return dict(
        event_id=event_id, report_id=report_id, ordinal=ordinal, event_type=e.event_type,
        sub_event_type=e.sub_event_type, date_start=e.date_start, date_end=e.date_end,
        place_id=place.id if place else None, actors=list(e.actors), targets=list(e.targets),
        evidence=e.evidence.text, span_start=e.evidence.start, span_end=e.evidence.end, merge_reason=reason,
    )


def _casualty_row(report_id: int, ordinal: int, c: records.Casualty, event_id: int | None) -> dict:
    return dict(
        report_id=report_id, event_id=event_id, ordinal=ordinal, group_ids=list(c.group),
        group_key=reconcile.group_key(c.group), outcome=c.outcome, low=c.low, high=c.high, qualifier=c.qualifier,
        date_start=c.date_start, date_end=c.date_end, place_ar=c.place_ar, admin1=c.admin1, tally=c.tally,
        subset_of=c.subset_of, evidence=c.evidence.text, span_start=c.evidence.start, span_end=c.evidence.end,
    )


def _control_row(report_id: int, ordinal: int, c: records.Control) -> dict:
    return dict(
        report_id=report_id, ordinal=ordinal, place_ar=c.place_ar, place_en=c.place_en, admin1=c.admin1,
        actor=c.actor, change=c.change, share=c.share, date=c.date, evidence=c.evidence.text,
        span_start=c.evidence.start, span_end=c.evidence.end,
    )


def ingest(
    items: Iterable[SourceReport | InputError],
    db: Database,
    progress: Callable[[IngestSummary], None] | None = None,
    time_budget: float | None = None,
) -> IngestSummary:
    """Extract and store reports in order, in this process; a report already stored is not extracted again.
    `time_budget`: seconds one report's extraction may take before it counts as failed (None: no limit)."""
    return write_all(items, db, progress, time_budget)


def write_all(
    items: Iterable[ExtractedReport | SourceReport | InputError],
    db: Database,
    progress: Callable[[IngestSummary], None] | None = None,
    time_budget: float | None = None,
) -> IngestSummary:
    """Store reports in order: the single writer behind every engine. Reports may come extracted (from Dask
    workers) or not (extracted here, once their text is known not to be stored)."""
    summary = IngestSummary()
    writer = Writer(db)
    started = time.monotonic()
    try:
        for item in items:
            if isinstance(item, SourceReport):
                if writer.stored(content_hash(item.text)):
                    summary.note(SEEN, item, started, progress)
                    continue
                item = extract_report(item, time_budget)
            outcome = FAILED if isinstance(item, InputError) else writer.write(item)
            summary.note(outcome, item, started, progress)
    finally:
        summary.seconds = time.monotonic() - started
    return summary


def batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
