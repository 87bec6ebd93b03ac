"""The single writer: extracted reports stored a batch per transaction, reconciled exactly as one at a time.

A batch is written in one transaction with a handful of statements whatever its size: one query for the content
hashes already stored, one for the places near the batch's places and one for the events its events may join
(kept in memory for the batch, so that an event created or joined by an earlier report of the same batch is a
candidate for the later ones exactly as it would be in the database), then one multi-row insert per table and
one refresh of the stored events the batch joined. Reports are reconciled in input order and every tie goes the
way it goes when reports are written one at a time, so the database does not depend on the batch size: a batch
of 1 and a batch of 200 end with the same records. A crash loses at most the batch in flight, and a rerun skips
what was committed.

A batch that fails (a database error, a report the database refuses) is rolled back and written again one report
per transaction, so that only the report at fault fails; a report that collides with rows another writer adds at
the same time (its text, a new place or outlet of it) is written again, up to WRITE_ATTEMPTS times.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace
from typing import Iterable

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .. import records
from ..sources import exception_reason
from . import bulk, models, reconcile, summaries
from .db import Database

ADDED, SEEN, FAILED = "added", "seen", "failed"
WRITE_ATTEMPTS = 3  # a report that collides with rows other writers add at the same time is written again
_HASH_QUERY_CHUNK = 500  # hashes per IN (...) query: well below SQLite's and PostgreSQL's parameter limits
_NEW_RANK = 1 << 62  # the rank of an event created in the batch: after every stored event


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


class Writer:
    """Writes extracted reports into a database, a batch per transaction, over one session for its life.

    Use it as a context manager (or call `close`); `write_batch(items)` returns each item's outcome."""

    def __init__(self, db: Database):
        self.db = db
        self._session: Session | None = None
        self.place_cache: dict = {}  # stored places by name, governorate, district and precision
        self._sources: dict[str, int] = {}
        self.known_actors: set[str] = set()  # actor ids known to be stored

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

    @property
    def session(self) -> Session:
        if self._session is None:
            self._session = self.db.sessions()
        return self._session

    def stored(self, hashes: Iterable[str]) -> set[str]:
        """Which of `hashes` are already stored (one query, or one per 500 hashes), outside any write."""
        try:
            return self._stored_in(self.session, hashes)
        finally:
            self.session.rollback()  # ends the read, so that no snapshot is held while reports are extracted

    def write(self, item: ExtractedReport) -> str:
        """Store one report in a transaction of its own; written again when it collides with another writer's rows
        (the next attempt finds them), FAILED with the database's reason after WRITE_ATTEMPTS collisions."""
        for _ in range(WRITE_ATTEMPTS):
            try:
                return self.write_batch([item], retry=False)[0]
            except IntegrityError as exc:
                error = exc
        item.error = f"not stored: {exception_reason(getattr(error, 'orig', None) or error)}"
        return FAILED

    def write_batch(self, items: list[ExtractedReport], retry: bool = True) -> list[str]:
        """Store the reports that extraction read and that are not stored yet, in one transaction; the outcome of
        each item, in order. Reports whose extraction failed are FAILED; a text already stored (or met earlier in
        the batch) is SEEN. A batch that fails is written again a report at a time (`write`); `retry` False: a
        single report's IntegrityError is raised (for `write` to try again)."""
        outcomes = [FAILED if item.record is None else "" for item in items]
        pending = [k for k, outcome in enumerate(outcomes) if not outcome]
        if not pending:
            return outcomes
        session = self.session
        try:
            if self.db.is_sqlite:  # the write lock first: the ids the batch takes (`next_ids`) stay free until commit
                session.connection().exec_driver_sql("BEGIN IMMEDIATE")
            stored = self._stored_in(session, (items[k].content_hash for k in pending))
            new: list[int] = []
            for k in pending:
                digest = items[k].content_hash
                outcomes[k] = SEEN if digest in stored else ADDED
                stored.add(digest)
                if outcomes[k] == ADDED:
                    new.append(k)
            if new:
                _Batch(self, session).store([items[k] for k in new])
            session.commit()
            return outcomes
        except Exception as exc:
            session.rollback()
            self._forget()
            if len(pending) > 1 or (retry and isinstance(exc, IntegrityError)):
                # find the report at fault: each again in a transaction of its own
                return [outcome if outcome == FAILED else self.write(item) for outcome, item in zip(outcomes, items)]
            if isinstance(exc, IntegrityError):  # another writer's rows, a moment ago: `write` tries again
                raise
            items[pending[0]].error = f"not stored: {exception_reason(getattr(exc, 'orig', None) or exc)}"
            outcomes[pending[0]] = FAILED
            return outcomes
        except BaseException:
            session.rollback()
            self._forget()
            raise

    @staticmethod
    def _stored_in(session: Session, hashes: Iterable[str]) -> set[str]:
        wanted = list(dict.fromkeys(hashes))
        found: set[str] = set()
        column = models.Report.content_hash
        for start in range(0, len(wanted), _HASH_QUERY_CHUNK):
            chunk = wanted[start:start + _HASH_QUERY_CHUNK]
            found.update(session.scalars(select(column).where(column.in_(chunk))).all())
        return found

    def _forget(self) -> None:
        """Ids cached from a rolled-back transaction may be gone."""
        self.place_cache.clear()
        self._sources.clear()
        self.known_actors.clear()

    def source_id(self, session: Session, outlet: str | None) -> int | None:
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


@dataclass
class _NewEvent:
    row: dict
    candidate: reconcile.Candidate | None
    mentions: list[dict] = field(default_factory=list)


class _Batch:
    """One batch's reconciliation in memory, then its rows inserted. Ids not known until the inserts are stand-ins:
    a report's index in the batch for `report_id`, -1, -2, … for the events the batch creates."""

    def __init__(self, writer: Writer, session: Session):
        self.writer = writer
        self.session = session
        self.pool: dict[tuple[int, str], list[reconcile.Candidate]] = defaultdict(list)
        self.near: dict[int, set[int]] = {}
        self.stored: dict[int, reconcile.Candidate] = {}
        self.admin1: dict[int, str] = {}  # place id → governorate, for the summary tables
        self.new_events: dict[int, _NewEvent] = {}
        self.joined: dict[int, reconcile.Candidate] = {}  # stored events joined by the batch
        self.reports: list[dict] = []
        self.mentions: list[dict] = []
        self.casualties: list[dict] = []
        self.control: list[dict] = []

    def store(self, items: list[ExtractedReport]) -> None:
        cache = self.writer.place_cache
        places = [[reconcile.place_ref(self.session, e.location, cache) for e in item.record.events] for item in items]
        for item in items:
            self.reports.append(self._report_row(item))
        self.admin1 = {place.id: place.admin1 for located in places for place in located if place is not None}
        self._load_candidates(items, places)
        for index, (item, located) in enumerate(zip(items, places)):
            self._reconcile(index, item.record, located)
        self._insert()

    def _report_row(self, item: ExtractedReport) -> dict:
        record = item.record
        return dict(
            content_hash=item.content_hash, doc_id=item.doc_id, text=item.text,
            report_date=record.report_date or item.report_date,
            source_id=self.writer.source_id(self.session, item.outlet), url=item.url, title=item.title,
            path=item.path, lang=record.lang, ingested_at=reconcile.now(),
            unresolved_places=list(record.unresolved_places), notes=list(item.notes),
        )

    # --- matching ------------------------------------------------------------------------------------------

    def _load_candidates(self, items: list[ExtractedReport], places: list[list]) -> None:
        searches = [reconcile.search_for(e, p) for item, located in zip(items, places)
                    for e, p in zip(item.record.events, located)]
        boxes = {s.place_id: s.box for s in searches if s is not None and s.box is not None}
        self.near = reconcile.places_near(self.session, boxes) if boxes else {}
        wanted = {(place_id, s.event_type, s.earliest, s.latest)
                  for s in searches if s is not None for place_id in self._searched_places(s)}
        for candidate in reconcile.stored_candidates(self.session, wanted) if wanted else []:
            self.stored[candidate.id] = candidate
            self.pool[(candidate.place_id, candidate.event_type)].append(candidate)

    def _searched_places(self, search: reconcile.Search) -> set[int]:
        return self.near.get(search.place_id, {search.place_id}) if search.box else {search.place_id}

    def _match(self, event: records.Event, place, taken: set[int]) -> reconcile.Match | None:
        search = reconcile.search_for(event, place)
        if search is None:
            return None
        candidates = (c for place_id in self._searched_places(search)
                      for c in self.pool.get((place_id, search.event_type), ()))
        return reconcile.best_match(event, place, search, candidates, taken)

    def _reconcile(self, index: int, record: records.ReportRecord, places: list) -> None:
        mentions, place_names, created, taken = [], {}, [], set()  # taken: the events this report's mentions join
        for ordinal, (event, place) in enumerate(zip(record.events, places)):
            match = self._match(event, place, taken)
            if match is None:
                event_id, reason = -1 - len(self.new_events), reconcile.FIRST_REPORT
                self.new_events[event_id] = _NewEvent(reconcile.new_event_row(event, place),
                                                      self._candidate(event_id, event, place))
                created.append(event_id)
            else:
                event_id, reason = match.event_id, match.reason
            if place is not None:
                place_names[place.id] = place.name_ar
            mentions.append(_mention_row(index, ordinal, event, place, event_id, reason))
            taken.add(event_id)
        self.casualties += [
            _casualty_row(index, ordinal, c, reconcile.event_for_casualty(c, mentions, place_names))
            for ordinal, c in enumerate(record.casualties)
        ]
        self.control += [_control_row(index, ordinal, c) for ordinal, c in enumerate(record.control)]
        self.mentions += mentions
        # only now do this report's new events become candidates, and its joins change the sides of events: the
        # report's own later events were compared with the events as they stood before it
        for mention in mentions:
            self._add_mention(mention)
        for event_id in created:
            candidate = self.new_events[event_id].candidate
            if candidate is not None:
                self.pool[(candidate.place_id, candidate.event_type)].append(candidate)

    def _candidate(self, event_id: int, event: records.Event, place) -> reconcile.Candidate | None:
        if event.date_start is None or place is None:
            return None  # never a candidate: the search needs a start date and a place
        return reconcile.Candidate(event_id, _NEW_RANK + len(self.new_events), event.event_type,
                                   event.sub_event_type, event.date_start, event.date_end or event.date_start, place,
                                   [], [])

    def _add_mention(self, mention: dict) -> None:
        """The sides of an event once this mention joins it, as refreshing the event would draw them."""
        event_id = mention["event_id"]
        new = self.new_events.get(event_id)
        if new is not None:
            new.mentions.append(mention)
            if new.candidate is not None:  # the sides drawn from the earlier mentions, and this one's added to them
                new.candidate.actors, new.candidate.targets = reconcile.sides(
                    [(new.candidate.actors, new.candidate.targets), (mention["actors"], mention["targets"])]
                    if len(new.mentions) > 1 else [(mention["actors"], mention["targets"])])
            return
        candidate = self.joined[event_id] = self.stored[event_id]
        edited = set(candidate.edited_fields)
        if edited & {"actors", "targets"}:
            drawn_actors, drawn_targets = reconcile.sides(self._stored_mentions(event_id))
        else:  # the stored sides are those drawn from every earlier mention; adding this one's is the same
            drawn_actors, drawn_targets = reconcile.sides(
                [(candidate.actors, candidate.targets), (mention["actors"], mention["targets"])])
        if "actors" not in edited:
            candidate.actors = drawn_actors
        if "targets" not in edited:
            candidate.targets = drawn_targets

    def _stored_mentions(self, event_id: int) -> list:
        """Every mention of a stored event, those of this batch included, in order (an edited event's sides)."""
        M = models.Mention.__table__
        rows = self.session.connection().execute(
            select(M.c.actors, M.c.targets).where(M.c.event_id == event_id).order_by(M.c.id)).all()
        return [tuple(row) for row in rows] + [(m["actors"], m["targets"]) for m in self.mentions
                                               if m["event_id"] == event_id]

    # --- the inserts -------------------------------------------------------------------------------------------

    def _insert(self) -> None:
        connection = self.session.connection()
        report_ids = next_ids(self.session, models.Report.__table__, len(self.reports))
        for row, report_id in zip(self.reports, report_ids):
            row["id"] = report_id
        bulk.insert_rows(connection, models.Report.__table__, self.reports)
        event_ids, added = self._insert_events()
        for row in self.mentions + self.casualties + self.control:
            row["report_id"] = report_ids[row["report_id"]]
        for row in self.mentions + self.casualties:
            row["event_id"] = event_ids.get(row["event_id"], row["event_id"])
        counted = summaries.Tracker(connection, self.joined)  # the joined events as they stood
        for table, rows in ((models.Mention, self.mentions), (models.CasualtyStatement, self.casualties),
                            (models.ControlStatement, self.control)):
            bulk.insert_rows(connection, table.__table__, rows)
        reconcile.refresh_events(self.session, self.joined, self.writer.known_actors)
        counted.commit(added)

    def _insert_events(self) -> tuple[dict[int, int], summaries.Contributions]:
        """Insert the batch's new events with the values all their mentions and counts give; stand-in id → id,
        and what the new events add to the summary tables."""
        if not self.new_events:
            return {}, {}
        counts: dict[int, list] = defaultdict(list)
        for row in self.casualties:
            if row["event_id"] is not None and row["event_id"] < 0:
                counts[row["event_id"]].append(SimpleNamespace(**row))
        rows = []
        for stand_in, new in self.new_events.items():
            new.row.update(reconcile.drawn([(m["actors"], m["targets"]) for m in new.mentions], counts[stand_in]))
            rows.append(new.row)
        ids = dict(zip(self.new_events, next_ids(self.session, models.Event.__table__, len(rows))))
        for row, event_id in zip(rows, ids.values()):
            row["id"] = event_id
        bulk.insert_rows(self.session.connection(), models.Event.__table__, rows)
        reconcile.link_actors(self.session, {ids[k]: new.row for k, new in self.new_events.items()},
                              self.writer.known_actors)
        summaries.add_new_events(self.session.connection(), list(ids.values()))
        added: summaries.Contributions = {}  # the groups their counts name, which need the tolls drawn in Python
        for stand_in, new in self.new_events.items():
            if not counts[stand_in]:
                continue
            roles = defaultdict(set)
            for role, key in (("actor", "actors"), ("target", "targets")):
                for actor in new.row[key]:
                    roles[actor].add(role)
            summaries.add_event_groups(added, SimpleNamespace(**new.row, admin1=self.admin1.get(new.row["place_id"])),
                                       roles, counts[stand_in])
        return ids, added


def next_ids(session: Session, table, n: int) -> list[int]:
    """`n` new ids for `table`, in increasing order, so that rows can be inserted with their ids and without a
    RETURNING per row: from the table's sequence on PostgreSQL; on SQLite the ids after the largest, which the
    write lock the batch holds keeps free (and which are the ids SQLite itself would give)."""
    if n == 0:
        return []
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        return sorted(connection.execute(
            text(f"SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) FROM generate_series(1, :n)"),
            {"n": n}).scalars())
    last = connection.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
    return list(range(last + 1, last + 1 + n))


def _mention_row(report: int, ordinal: int, e: records.Event, place, event_id: int, reason: str) -> dict:
    return dict(
        event_id=event_id, report_id=report, ordinal=ordinal, event_type=e.event_type,
        sub_event_type=e.sub_event_type, date_start=e.date_start, date_end=e.date_end,
        place_id=place.id if place else None, actors=list(e.actors), targets=list(e.targets),
        evidence=e.evidence.text, span_start=e.evidence.start, span_end=e.evidence.end, merge_reason=reason,
    )


def _casualty_row(report: int, ordinal: int, c: records.Casualty, event_id: int | None) -> dict:
    return dict(
        report_id=report, event_id=event_id, ordinal=ordinal, group_ids=list(c.group),
        group_key=reconcile.group_key(c.group), outcome=c.outcome, low=c.low, high=c.high, qualifier=c.qualifier,
        date_start=c.date_start, date_end=c.date_end, place_ar=c.place_ar, admin1=c.admin1, tally=c.tally,
        subset_of=c.subset_of, evidence=c.evidence.text, span_start=c.evidence.start, span_end=c.evidence.end,
    )


def _control_row(report: int, ordinal: int, c: records.Control) -> dict:
    return dict(
        report_id=report, ordinal=ordinal, place_ar=c.place_ar, place_en=c.place_en, admin1=c.admin1,
        actor=c.actor, change=c.change, share=c.share, date=c.date, evidence=c.evidence.text,
        span_start=c.evidence.start, span_end=c.evidence.end,
    )
