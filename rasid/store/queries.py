"""Reading the database: filtered, paginated events as plain `StoredEvent` records, aggregates, and explanations."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import ARRAY, Float, Integer, Select, any_, bindparam, column, exists, func, or_, select, text, tuple_
from sqlalchemy.orm import Session, selectinload

from ..records import Location
from ..taxonomy import EVENT_TYPES, SUB_EVENT_TYPES
from . import models, reconcile, summaries
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
    states: tuple[str, ...] | None = None  # any of these review states (the bulletin: all but rejected)


SEARCH_RECENT = 5_000  # q: the newest matching reports considered …
SEARCH_BEST = 1_000  # … and the best ranked of them kept


BROAD = 20_000  # events: a filter matching more is read newest first, not through the index of its column


def filtered(query: Select, f: EventFilter, session: Session, newest_first: bool = False) -> Select:
    """`query` (on events) narrowed by `f`. `newest_first`: for a page of a filter that matches many events, the
    place filters are kept off their index, so that the database reads the events newest first and stops at the
    page's end instead of reading every event of the places and sorting them."""
    E, P = models.Event, models.Place
    if f.date_from:
        query = query.where(func.coalesce(E.date_end, E.date_start) >= f.date_from)
    if f.date_to:
        query = query.where(E.date_start <= f.date_to)
    if f.admin1 or f.admin2 or f.place:
        places = select(P.id)
        if f.admin1:
            places = places.where(P.admin1_key == f.admin1.lower())
        if f.admin2:
            places = places.where(P.admin2_key == f.admin2.lower())
        if f.place:
            places = places.where(or_(P.name_ar == f.place, P.name_en_key == f.place.lower()))
        # off its index when the text search's few thousand events are the narrower way in
        query = query.where((E.place_id + 0 if newest_first or f.q else E.place_id).in_(places))
    if f.actor:
        query = query.where(exists().where(models.EventActor.event_id == E.id, models.EventActor.actor_id == f.actor))
    if f.event_type:
        query = query.where(type_condition(f.event_type, E.event_type, E.sub_event_type))
    if f.state:
        query = query.where(E.review_state == f.state)
    if f.states:
        query = query.where(E.review_state.in_(f.states))
    if f.q:
        query = query.where(among(session, E.id, matching_events(session, f.q)))
    return query


def among(session: Session, column, ids: list[int]):
    """`column IN ids`; on PostgreSQL one array parameter (`= ANY`), not a parameter per id."""
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam("ids", ids, type_=ARRAY(Integer), unique=True))
    return column.in_(ids)


_TYPE_NAMES = {**{name.lower(): ("event", name) for name in EVENT_TYPES},
               **{name.lower(): ("sub", name) for name in SUB_EVENT_TYPES}}


def type_condition(value: str, event_type, sub_event_type):
    """The `type` filter: an event type or a sub-event type, in any case. A name of the taxonomy is compared as
    stored, through an index; another name (one an analyst typed) is compared case-insensitively."""
    known = _TYPE_NAMES.get(value.lower())
    if known is None:
        return or_(func.lower(event_type) == value.lower(), func.lower(sub_event_type) == value.lower())
    level, name = known
    return event_type == name if level == "event" else sub_event_type == name


def report_search(session: Session, q: str) -> Select:
    """Ids of the reports whose text matches `q` (FTS5 on SQLite, text search on PostgreSQL), ranked and limited:
    of the SEARCH_RECENT most recently stored reports that match, the SEARCH_BEST that match best (bm25 on
    SQLite, ts_rank on PostgreSQL), so that a word found in most reports costs no more than a rare one."""
    if session.get_bind().dialect.name == "sqlite":
        phrase = '"' + q.replace('"', '""') + '"'
        recent = text("SELECT rowid AS id, rank FROM reports_fts WHERE reports_fts MATCH :q "
                      "ORDER BY rowid DESC LIMIT :recent").columns(column("id", Integer), column("rank", Float))
        params = {"q": phrase}
    else:
        recent = text("SELECT id, ts_rank(text_search, plainto_tsquery('simple', :q)) AS rank FROM reports "
                      "WHERE text_search @@ plainto_tsquery('simple', :q) ORDER BY id DESC LIMIT :recent"
                      ).columns(column("id", Integer), column("rank", Float))
        params = {"q": q}
    matches = recent.bindparams(recent=SEARCH_RECENT, **params).subquery("matches")
    # bm25 is lower for a better match, ts_rank higher
    best_first = matches.c.rank.asc() if session.get_bind().dialect.name == "sqlite" else matches.c.rank.desc()
    return select(matches.c.id).order_by(best_first, matches.c.id.desc()).limit(SEARCH_BEST)


def matching_reports(session: Session, q: str) -> list[int]:
    """The ids `report_search` finds, searched once per session (a page and its total ask the same)."""
    found = session.info.setdefault("report_search", {})
    if q not in found:
        found[q] = list(session.scalars(report_search(session, q)))
    return found[q]


def matching_events(session: Session, q: str) -> list[int]:
    """The events stated by the reports `report_search` finds (a few thousand at most), as a list: the database
    then reads just those events instead of guessing how they spread over the newest ones."""
    found = session.info.setdefault("events_search", {})
    if q not in found:
        reports = matching_reports(session, q)
        found[q] = sorted(set(session.scalars(select(models.Mention.event_id)
                                              .where(among(session, models.Mention.report_id, reports)))))
    return found[q]


def summarised(f: EventFilter) -> bool:
    """Whether the summary tables answer for `f`: all its filters are among theirs (dates, governorate, type, review
    state, actor); district, place and text narrow the events enough to count them."""
    return not (f.admin2 or f.place or f.q)


def count_events(session: Session, f: EventFilter) -> int:
    if summarised(f):
        table = summary_table("actor" if f.actor else "event", f)
        return int(session.scalar(select(func.coalesce(func.sum(table.c.events), 0))
                                  .where(*summary_conditions(session, table, f))))
    return session.scalar(select(func.count()).select_from(filtered(select(models.Event.id), f, session).subquery()))


def summary_table(family: str, f: EventFilter, by: str | None = None):
    """The smallest table of a summary family that has the columns `f` and `by` need."""
    needed = set()
    if f.date_from or f.date_to or by == "day":
        needed.add("start_day")
    if f.admin1 or by == "admin1":
        needed.add("admin1")
    for name in models.SUMMARY_FAMILIES[family]:
        if needed <= set(models.SUMMARY_KEYS[name]):
            return models.SUMMARIES[name]
    raise ValueError(f"no {family} summary has {sorted(needed)}")


def summary_conditions(session: Session, table, f: EventFilter) -> list:
    """`f` as conditions on a summary table (see rasid.store.models.SUMMARY_KEYS for what its columns hold)."""
    c = table.c
    conditions = []
    if f.date_from:
        conditions.append(c.end_day >= summaries.day_number(f.date_from))
    if f.date_to:
        conditions += [c.start_day != 0, c.start_day <= summaries.day_number(f.date_to)]
    if f.admin1:
        names = select(models.Place.admin1).where(models.Place.admin1_key == f.admin1.lower()).distinct()
        conditions += [c.placed.is_(True), c.admin1.in_(names)]
    if f.event_type:
        conditions.append(type_condition(f.event_type, c.event_type, c.sub_event_type))
    if f.state:
        conditions.append(c.review_state == f.state)
    if f.states:
        conditions.append(c.review_state.in_(f.states))
    if f.actor and "actor" in c:
        conditions.append(c.actor == f.actor)
    return conditions


def list_events(session: Session, f: EventFilter, limit: int = 50, offset: int = 0,
                after: tuple[date | None, int] | None = None) -> tuple[int, list[StoredEvent]]:
    """The total matching `f` and a page of events, newest first (date, then id, undated events last). `after`:
    the (date_start, id) of the last event of the previous page, to page by key instead of by offset (the page
    then starts right after it, plus `offset`)."""
    E = models.Event
    total = count_events(session, f)
    query = filtered(select(E), f, session, newest_first=total >= BROAD).options(selectinload(E.place))
    newest_first = (E.date_start.desc().nulls_last(), E.id.desc())
    if after is None:
        page = session.scalars(query.order_by(*newest_first).limit(limit).offset(offset)).all()
    else:
        page = _page_after(session, query, after, limit, offset)
    counts = _source_counts(session, [e.id for e in page])
    return total, [stored_event(e, sources_count=counts.get(e.id, 0)) for e in page]


def _page_after(session: Session, query: Select, after: tuple[date | None, int], limit: int, offset: int) -> list:
    """Keyset paging in two ranges that each follow an index: the dated events before `after`, newest first, then
    (when the page is not full) the undated ones."""
    E = models.Event
    day, last_id = after
    page = []
    if day is not None:
        dated = query.where(tuple_(E.date_start, E.id) < tuple_(day, last_id))
        page = list(session.scalars(dated.order_by(E.date_start.desc(), E.id.desc()).limit(limit).offset(offset)))
        if len(page) == limit:
            return page
        if page:  # the offset was used up among the dated events
            offset = 0
        elif offset:
            offset = max(0, offset - session.scalar(select(func.count()).select_from(
                dated.with_only_columns(E.id).subquery())))
        last_id = None
    undated = query.where(E.date_start.is_(None))
    if last_id is not None:
        undated = undated.where(E.id < last_id)
    return page + list(session.scalars(undated.order_by(E.id.desc()).limit(limit - len(page)).offset(offset)))


def cursor_of(event: StoredEvent) -> tuple[date | None, int]:
    """The key of an event in the list's order, for `list_events(after=…)`."""
    return event.date_start, event.id


def map_points(session: Session, f: EventFilter, limit: int) -> tuple[int, list[tuple]]:
    """The located events matching `f`, newest first, as (id, latitude, longitude, event_type, date_start,
    fatalities_best) rows, at most `limit`; and how many located events match in all (from the place summary when
    it answers for `f`). One query each, for a map that draws thousands of markers and loads an event's details
    only when it is opened."""
    E, P = models.Event, models.Place
    located = (filtered(select(E.id), f, session, newest_first=count_events(session, f) >= BROAD)
               .join(P, P.id == E.place_id).where(P.latitude.is_not(None), P.longitude.is_not(None)))
    if summarised(f) and not f.actor:
        table, query = _place_summary(session, f)
        total = int(session.scalar(query.add_columns(func.coalesce(func.sum(table.c.events), 0))
                                   .where(P.latitude.is_not(None), P.longitude.is_not(None))))
    else:
        total = session.scalar(select(func.count()).select_from(located.subquery()))
    rows = session.connection().execute(  # plain rows: the ORM's result handling costs more for thousands of them
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
    its governorate in `admin1`), actor, group or type: from the summary tables when they answer for `f` (they
    have no actor per place), else over the filtered events."""
    if not summarised(f) or (f.actor and by in ("actor", "admin2")):
        return aggregates_of_events(session, by, f)
    return _summarised_districts(session, f) if by == "admin2" else _summarised_aggregates(session, by, f)


def _place_summary(session: Session, f: EventFilter) -> tuple:
    """The place summary table for `f` (which has no actor) and a query over it joined to the places, with `f`'s
    conditions (the governorate filter is the place's); the caller adds the columns."""
    table = models.SUMMARIES["place_counts" if f.date_from or f.date_to else "place_totals"]
    P = models.Place
    conditions = summary_conditions(session, table, replace(f, admin1=None))
    if f.admin1:
        conditions.append(P.admin1_key == f.admin1.lower())
    return table, select().select_from(table).join(P, P.id == table.c.place_id).where(*conditions)


def _summarised_districts(session: Session, f: EventFilter) -> list[dict]:
    P = models.Place
    table, query = _place_summary(session, f)
    events, killed, injured = (func.sum(table.c[m]) for m in summaries.MEASURES)
    rows = session.execute(query.add_columns(P.admin1, P.admin2, events, killed, injured)
                           .group_by(P.admin1, P.admin2).having(events + killed + injured > 0)
                           .order_by(P.admin1, P.admin2)).all()
    return [{"key": admin2 or "", "admin1": admin1 or "", "events": int(n), "killed": int(k or 0),
             "injured": int(i or 0)} for admin1, admin2, n, k, i in rows]


def _summarised_aggregates(session: Session, by: str, f: EventFilter) -> list[dict]:
    family = ("group_actor" if f.actor else "group") if by == "group" else \
        "actor" if by == "actor" or f.actor else "event"
    table = summary_table(family, f, by)
    key = {"day": table.c.get("start_day"), "admin1": table.c.get("admin1"), "event_type": table.c.event_type,
           "actor": table.c.get("actor"), "group": table.c.get("group_id")}[by]
    conditions = summary_conditions(session, table, f)
    if by == "admin1":
        conditions.append(table.c.placed.is_(True))
    events, killed, injured = (func.sum(table.c[m]) for m in summaries.MEASURES)
    rows = session.execute(select(key, events, killed, injured).where(*conditions).group_by(key)
                           .having(events + killed + injured > 0).order_by(key)).all()
    items = [{"key": _key(by, k), "events": int(n), "killed": int(k_ or 0), "injured": int(i or 0)}
             for k, n, k_, i in rows]
    return sorted(items, key=lambda r: -r["killed"]) if by == "group" else items


def _key(by: str, value) -> str:
    if by == "day":
        day = summaries.day_of(value)
        return day.isoformat() if day else ""
    return str(value) if value is not None else ""


def aggregates_of_events(session: Session, by: str, f: EventFilter) -> list[dict]:
    """`aggregates` worked out over the events themselves (the filters the summary tables lack)."""
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
    if by == "actor":  # one row per event and actor, whatever its roles
        links = select(models.EventActor.event_id, models.EventActor.actor_id).distinct().subquery()
        key = links.c.actor_id
        query = select(key, func.count(E.id), func.sum(E.fatalities_best), func.sum(E.injured_best)) \
            .select_from(E).join(links, links.c.event_id == E.id).where(E.id.in_(select(ids.c.id)))
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
    """Killed and injured per side: the best figure of each event's toll for that group (plain rows: the tolls
    need no report)."""
    C = models.CasualtyStatement.__table__
    per_event: dict[int, list] = defaultdict(list)
    for row in session.execute(select(C.c.event_id, C.c.report_id, C.c.group_ids, C.c.group_key, C.c.outcome,
                                      C.c.low, C.c.high, C.c.tally, C.c.subset_of)
                               .where(C.c.event_id.in_(select(ids.c.id)))):
        per_event[row.event_id].append(row)
    out: dict[str, dict] = {}
    for statements in per_event.values():
        for actor in sorted({a for s in statements for a in s.group_ids}):
            out.setdefault(actor, {"key": actor, "events": 0, "killed": 0, "injured": 0})["events"] += 1
        for toll in reconcile.tolls_of(statements, figures=False):
            for actor in toll.group:
                out.setdefault(actor, {"key": actor, "events": 0, "killed": 0, "injured": 0})[toll.outcome] += \
                    toll.best or 0
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
