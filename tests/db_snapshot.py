"""Helpers shared by the ingest tests: generated reports, and what a database holds without its ids."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from sqlalchemy import func, select

from rasid.store import models
from rasid.store.db import open_database

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def generator():
    """benchmarks/generate_reports.py as a module."""
    spec = importlib.util.spec_from_file_location("generate_reports", BENCHMARKS / "generate_reports.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def snapshot(url: str) -> dict:
    """What the database holds, without ids (a killed PostgreSQL transaction still uses up sequence numbers):
    events keyed by the (doc_id, ordinal) of their mentions, counts by report and ordinal."""
    db = open_database(url)
    with db.session() as session:
        mentions = session.execute(select(models.Mention.event_id, models.Report.doc_id, models.Mention.ordinal)
                                   .join(models.Report, models.Report.id == models.Mention.report_id)).all()
        groups: dict[int, list] = {}
        for event_id, doc_id, ordinal in mentions:
            groups.setdefault(event_id, []).append((doc_id, ordinal))
        key = {event_id: tuple(sorted(members)) for event_id, members in groups.items()}
        events = sorted(
            (key[e.id], e.sub_event_type, str(e.date_start), e.place.name_ar if e.place else None, tuple(e.actors),
             tuple(e.targets), e.fatalities_low, e.fatalities_best, e.fatalities_high)
            for e in session.scalars(select(models.Event)).all()
        )
        casualties = sorted(
            (doc_id, c.ordinal, c.group_key, c.outcome, c.low, c.high, key.get(c.event_id))
            for c, doc_id in session.execute(select(models.CasualtyStatement, models.Report.doc_id)
                                             .join(models.Report, models.Report.id == models.CasualtyStatement.report_id)).all()
        )
        reports = sorted(session.scalars(select(models.Report.doc_id)).all())
    db.dispose()
    return {"reports": reports, "events": events, "casualties": casualties}


def report_count(url: str) -> int:
    db = open_database(url)
    try:
        with db.session() as session:
            return session.scalar(select(func.count()).select_from(models.Report))
    finally:
        db.dispose()
