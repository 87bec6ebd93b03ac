"""Reading the database: filtered, paginated events as plain `StoredEvent` records, aggregates, and explanations."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, exists, func, or_, select, text
from sqlalchemy.orm import Session, selectinload

from ..records import Location
from . import models, reconcile
from .views import SourceMention, StoredEvent

COUNTRY_CODES = {"Syria": "SYR", "Iraq": "IRQ"}


@dataclass
class EventFilter:
    date_from: date | None = None
    date_to: date | None = None
    admin1: str | None = None
    admin2: str | None = None
    place: str | None = None
    actor: str | None = None
    event_type: str | None = None  # an event type or a sub-event type
    state: str | None = None
    q: str | None = None  # free text over the reports' text


def filtered(query: Select, f: EventFilter, session: Session) -> Select:
    E, P = models.Event, models.Place
    if f.date_from:
        query = query.where(func.coalesce(E.date_end, E.date_start) >= f.date_from)
    if f.date_to:
        query = query.where(E.date_start <= f.date_to)
    if f.admin1 or f.admin2 or f.place:
        query = query.join(P, P.id == E.place_id)
        if f.admin1:
            query = query.where(func.lower(P.admin1) == f.admin1.lower())
        if f.admin2:
            query = query.where(func.lower(P.admin2) == f.admin2.lower())
        if f.place:
            query = query.where(or_(P.name_ar == f.place, func.lower(P.name_en) == f.place.lower()))
    if f.actor:
        query = query.where(exists().where(models.EventActor.event_id == E.id, models.EventActor.actor_id == f.actor))
    if f.event_type:
        kind = f.event_type.lower()
        query = query.where(or_(func.lower(E.event_type) == kind, func.lower(E.sub_event_type) == kind))
    if f.state:
        query = query.where(E.review_state == f.state)
    if f.q:
        query = query.where(E.id.in_(select(models.Mention.event_id).where(models.Mention.report_id.in_(
            report_search(session, f.q)))))
    return query


def report_search(session: Session, q: str) -> Select:
    """Ids of the reports whose text matches `q`: FTS5 on SQLite, full-text search on PostgreSQL."""
    if session.bind.dialect.name == "sqlite":
        phrase = '"' + q.replace('"', '""') + '"'
        return select(text("rowid")).select_from(text("reports_fts")).where(text("reports_fts MATCH :q")).params(q=phrase)
    return select(models.Report.id).where(
        text("to_tsvector('simple', reports.text) @@ plainto_tsquery('simple', :q)")).params(q=q)


def list_events(session: Session, f: EventFilter, limit: int = 50, offset: int = 0) -> tuple[int, list[StoredEvent]]:
    ids = filtered(select(models.Event.id), f, session)
    total = session.scalar(select(func.count()).select_from(ids.subquery()))
    page = session.scalars(
        filtered(select(models.Event), f, session)
        .options(selectinload(models.Event.place))
        .order_by(models.Event.date_start.desc().nulls_last(), models.Event.id.desc())
        .limit(limit).offset(offset)
    ).all()
    counts = _source_counts(session, [e.id for e in page])
    return total, [stored_event(e, sources_count=counts.get(e.id, 0)) for e in page]


def map_points(session: Session, f: EventFilter, limit: int) -> tuple[int, list[tuple]]:
    """The located events matching `f`, newest first, as (id, latitude, longitude, event_type, date_start,
    fatalities_best) rows, at most `limit`; and how many located events match in all. One query each, for a map
    that draws thousands of markers and loads an event's details only when it is opened."""
    E, P = models.Event, models.Place
    located = filtered(select(E.id), f, session)
    if not (f.admin1 or f.admin2 or f.place):  # filtered() joins the place only for place filters
        located = located.join(P, P.id == E.place_id)
    located = located.where(P.latitude.is_not(None), P.longitude.is_not(None))
    total = session.scalar(select(func.count()).select_from(located.subquery()))
    rows = session.execute(
        located.with_only_columns(E.id, P.latitude, P.longitude, E.event_type, E.date_start, E.fatalities_best)
        .order_by(E.date_start.desc().nulls_last(), E.id.desc()).limit(limit)).all()
    return total, [tuple(r) for r in rows]


def all_events(session: Session, f: EventFilter, chunk: int = 1000):
    """Every event matching `f`, with its sources and tolls, in id order (for exports)."""
    last = 0
    while True:
        page = session.scalars(
            filtered(select(models.Event), f, session).where(models.Event.id > last)
            .options(selectinload(models.Event.place),
                     selectinload(models.Event.mentions).selectinload(models.Mention.report)
                     .selectinload(models.Report.source))
            .order_by(models.Event.id).limit(chunk)
        ).all()
        if not page:
            return
        counts = _statements_by_event(session, [event.id for event in page])
        for event in page:
            yield event_detail(session, event, counts.get(event.id, []))
        last = page[-1].id


def _source_counts(session: Session, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    rows = session.execute(
        select(models.Mention.event_id, func.count(func.distinct(models.Mention.report_id)))
        .where(models.Mention.event_id.in_(ids)).group_by(models.Mention.event_id)
    )
    return dict(rows.all())


def location_of(place: models.Place | None) -> Location | None:
    if place is None:
        return None
    return Location(
        name_ar=place.name_ar, name_en=place.name_en, admin1=place.admin1 or None, admin2=place.admin2 or None,
        kind=place.kind, latitude=place.latitude, longitude=place.longitude, geo_precision=place.geo_precision,
        country=place.country, admin3=place.admin3, pcode=place.pcode,
    )


def event_code(event: models.Event) -> str:
    return f"{COUNTRY_CODES.get(event.country or '', 'SYR')}{event.id}"


def stored_event(event: models.Event, sources_count: int = 0) -> StoredEvent:
    stored = StoredEvent(
        id=event.id, event_id_cnty=event_code(event), event_type=event.event_type,
        sub_event_type=event.sub_event_type, date_start=event.date_start, date_end=event.date_end,
        location=location_of(event.place), actors=list(event.actors), targets=list(event.targets),
        review_state=event.review_state, fatalities_low=event.fatalities_low, fatalities_best=event.fatalities_best,
        fatalities_high=event.fatalities_high, updated_at=event.updated_at,
    )
    stored.sources_count = sources_count
    return stored


def _statements_by_event(session: Session, ids: list[int]) -> dict[int, list[models.CasualtyStatement]]:
    C = models.CasualtyStatement
    grouped: dict[int, list] = defaultdict(list)
    for statement in session.scalars(select(C).where(C.event_id.in_(ids)).options(selectinload(C.report))):
        grouped[statement.event_id].append(statement)
    return grouped


def event_detail(session: Session, event: models.Event,
                 statements: list[models.CasualtyStatement] | None = None) -> StoredEvent:
    """An event with its sources and tolls; `statements`, its casualty rows when the caller loaded them."""
    stored = stored_event(event)
    stored.sources = [
        SourceMention(
            report_id=m.report_id, doc_id=m.report.doc_id, outlet=m.report.source.name if m.report.source else None,
            url=m.report.url, report_date=m.report.report_date, evidence=m.evidence,
            evidence_span=(m.span_start, m.span_end), merge_reason=m.merge_reason,
        )
        for m in event.mentions
    ]
    stored.sources_count = len({m.report_id for m in event.mentions})
    if statements is None:
        statements = _statements_by_event(session, [event.id]).get(event.id, [])
    stored.tolls = reconcile.tolls_of(statements)
    return stored


def get_event(session: Session, event_id: int) -> StoredEvent | None:
    event = session.get(models.Event, event_id)
    return event_detail(session, event) if event else None


def review_history(session: Session, event_id: int) -> list[models.ReviewAction]:
    return list(session.scalars(
        select(models.ReviewAction).where(models.ReviewAction.event_id == event_id).order_by(models.ReviewAction.id)
    ).all())


AGGREGATES = ("day", "admin1", "admin2", "actor", "group", "event_type")


def aggregates(session: Session, by: str, f: EventFilter) -> list[dict]:
    """Counts of events and of killed / injured (best estimates) per day, governorate, district (each row with
    its governorate in `admin1`), actor, group or type."""
    E = models.Event
    ids = filtered(select(E.id), f, session).subquery()
    if by == "group":
        return _by_group(session, ids)
    if by == "admin2":
        return _by_district(session, ids)
    key = {
        "day": E.date_start, "event_type": E.event_type, "admin1": models.Place.admin1,
        "actor": models.EventActor.actor_id,
    }[by]
    query = select(key, func.count(func.distinct(E.id)), func.sum(E.fatalities_best), func.sum(E.injured_best))
    query = query.select_from(E).where(E.id.in_(select(ids.c.id)))
    if by == "admin1":
        query = query.join(models.Place, models.Place.id == E.place_id)
    if by == "actor":
        query = query.join(models.EventActor, models.EventActor.event_id == E.id)
    rows = session.execute(query.group_by(key).order_by(key)).all()
    return [{"key": str(k) if k is not None else "", "events": n, "killed": int(killed or 0),
             "injured": int(injured or 0)} for k, n, killed, injured in rows]


def _by_district(session: Session, ids) -> list[dict]:
    E, P = models.Event, models.Place
    rows = session.execute(
        select(P.admin1, P.admin2, func.count(E.id), func.sum(E.fatalities_best), func.sum(E.injured_best))
        .select_from(E).join(P, P.id == E.place_id).where(E.id.in_(select(ids.c.id)))
        .group_by(P.admin1, P.admin2).order_by(P.admin1, P.admin2)).all()
    return [{"key": admin2 or "", "admin1": admin1 or "", "events": n, "killed": int(killed or 0),
             "injured": int(injured or 0)} for admin1, admin2, n, killed, injured in rows]


def _by_group(session: Session, ids) -> list[dict]:
    """Killed and injured per side: the best figure of each event's toll for that group."""
    C = models.CasualtyStatement
    statements = session.scalars(
        select(C).where(C.event_id.in_(select(ids.c.id))).options(selectinload(C.report))
    ).all()
    per_event: dict[int, list] = defaultdict(list)
    for s in statements:
        per_event[s.event_id].append(s)
    out: dict[str, dict] = {}
    for event_id, group in per_event.items():
        for actor in sorted({a for s in group for a in s.group}):
            out.setdefault(actor, {"key": actor, "events": 0, "killed": 0, "injured": 0})["events"] += 1
        for toll in reconcile.tolls_of(group):
            for actor in toll.group:
                out[actor][toll.outcome] += toll.best or 0
    return sorted(out.values(), key=lambda r: -r["killed"])


def explain(session: Session, event_id: int) -> str | None:
    """The reports and sentences behind an event, why each was merged, and how its counts were drawn."""
    event = session.get(models.Event, event_id)
    if event is None:
        return None
    detail = event_detail(session, event)
    place = detail.location
    lines = [
        f"Event {detail.event_id_cnty} (id {event.id}): {event.event_type} / {event.sub_event_type}",
        f"  date: {event.date_start}" + (f" to {event.date_end}" if event.date_end and event.date_end != event.date_start else ""),
        f"  place: {place.name_ar} ({place.name_en or '-'}), {place.admin1 or '-'}, {place.admin2 or '-'}, "
        f"precision {place.geo_precision}" if place else "  place: unknown",
        f"  actors: {', '.join(event.actors) or '-'}; targets: {', '.join(event.targets) or '-'}",
        f"  review state: {event.review_state}" + (f" (edited: {', '.join(event.edited_fields)})" if event.edited_fields else ""),
        f"  fatalities low/best/high: {event.fatalities_low}/{event.fatalities_best}/{event.fatalities_high}",
        f"Sources ({len(detail.sources)}):",
    ]
    for n, s in enumerate(detail.sources, 1):
        lines.append(f"  {n}. report {s.doc_id}" + (f" ({s.outlet})" if s.outlet else "") + f", {s.report_date or 'undated'}")
        lines.append(f"     sentence [{s.evidence_span[0]}:{s.evidence_span[1]}]: {s.evidence}")
        lines.append(f"     merged because: {s.merge_reason}")
    if detail.tolls:
        lines.append("Counts (one figure per report; low = smallest, best = median, high = largest):")
    for toll in detail.tolls:
        lines.append(f"  {'+'.join(toll.group)} {toll.outcome}: low {toll.low}, best {toll.best}, high {toll.high}")
        for fig in toll.figures:
            value = fig.low if fig.low is not None else fig.high
            lines.append(f"     {value if value is not None else '?'} ({fig.qualifier}) from {fig.doc_id}: {fig.evidence}")
    history = review_history(session, event_id)
    if history:
        lines.append("Review history:")
    for action in history:
        lines.append(f"  {action.at:%Y-%m-%d %H:%M} {action.user} {action.action}" + (f": {action.note}" if action.note else ""))
    return "\n".join(lines)
