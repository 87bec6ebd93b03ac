"""Reconciliation: many reports, one record of what happened.

* An extracted event joins an existing event when a human coder would call them one incident: the same event
  type (the same sub-event type, except that the sub-types of Battles are one clash told from different sides),
  dates within a day of each other, the same place (the same gazetteer place, or points within 2 km), and no
  contradiction between the sides (when both name actors, they share one). Events from the same report stay
  apart: the report already told them apart. The reason is stored with each mention (`rasid explain`).
* Counts of one incident from several reports are not added: per group and outcome each report gives a figure,
  and the event's toll is low = the smallest figure, high = the largest, best = their median. ACLED's
  conservative rule is `low`.
* Running tallies («منذ مطلع الشهر وحتى اليوم، ارتفع إلى 19 عدد …») are kept apart from incidents: a tally whose
  period is inside a later one's period (same group, outcome and place) is superseded by it, and an incident
  count inside an active tally's period is already in that tally. Both are worked out when totals are read,
  so the result does not depend on the order in which reports arrived.
"""
from __future__ import annotations

import math
import re
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from types import SimpleNamespace

from sqlalchemy import bindparam, delete, insert, or_, select, update
from sqlalchemy.orm import Session, selectinload

from .. import records
from . import bulk, models
from .views import Figure, Toll

MERGE_DAYS = 1
MERGE_KM = 2.0
LONGEST_EVENT_DAYS = 31  # how far back an event may start and still overlap a new statement
KILLED, INJURED = "killed", "injured"


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


# --- places ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlaceRef:
    """What reconciling needs of a stored place, without loading the row."""

    id: int
    name_ar: str
    name_en: str | None
    admin1: str
    latitude: float | None
    longitude: float | None
    geo_precision: int
    country: str | None

    @property
    def label(self) -> str:
        return ", ".join(p for p in (self.name_en or self.name_ar, self.admin1) if p)


def place_ref(session: Session, location: records.Location | None, cache: dict) -> PlaceRef | None:
    """The stored place for an extracted location, created on first sight. A place of an English report that no
    gazetteer knows has no Arabic name: it is stored under the name the report gives it."""
    name = location.name_ar or location.name_en if location is not None else None
    if not name:
        return None
    key = (name, location.admin1 or "", location.admin2 or "", location.geo_precision or 3)
    ref = cache.get(key)
    if ref is not None:
        return ref
    connection = session.connection()
    params = {"name_ar": key[0], "admin1": key[1], "admin2": key[2], "geo_precision": key[3]}
    row = connection.execute(_statements()["find_place"], params).first()
    if row is None:
        row = connection.execute(_statements()["add_place"], {
            **params, "name_en": location.name_en, "admin3": location.admin3, "pcode": location.pcode,
            "country": location.country, "kind": location.kind, "latitude": location.latitude,
            "longitude": location.longitude, **models.place_keys(key[1], key[2], location.name_en),
        }).first()
    ref = cache[key] = PlaceRef(*row)
    return ref


@lru_cache(maxsize=1)
def _statements() -> dict:
    """The statements written for every report, built once: building SQLAlchemy statements costs more than
    running them."""
    P, E = models.Place.__table__, models.Event.__table__
    place_columns = (P.c.id, P.c.name_ar, P.c.name_en, P.c.admin1, P.c.latitude, P.c.longitude, P.c.geo_precision,
                     P.c.country)
    return {
        "find_place": select(*place_columns).where(
            P.c.name_ar == bindparam("name_ar"), P.c.admin1 == bindparam("admin1"), P.c.admin2 == bindparam("admin2"),
            P.c.geo_precision == bindparam("geo_precision")),
        "add_place": insert(P).returning(*place_columns),
        "update_event": update(E).where(E.c.id == bindparam("event_id")),
    }


def km_between(lat1: float | None, lon1: float | None, lat2: float | None, lon2: float | None) -> float | None:
    if None in (lat1, lon1, lat2, lon2):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


# --- events ------------------------------------------------------------------------------------------------

FIRST_REPORT = "first report of this event"
# The sentence `_compare` writes, read back into its parts by `merge_code`.
_MERGE_REASON = re.compile(
    r"same (?P<type>.+?) \((?P<sub>[^()]*)\), (?:same place \(.*\)|places (?P<km>[\d.]+) km apart \(.*\)), "
    r"(?:same day|dates (?P<days>\d+) day apart), (?:shared actors (?P<actors>.+)|no conflicting actors)")


def merge_code(reason: str) -> dict:
    """A stored merge reason as a code and its values, for interfaces that word it in their own language:
    {"code": "first_report"}, {"code": "same_incident", "sub_event_type", "place": "same"|"near", "km", "days",
    "actors"}, or {"code": "other"} for a reason written in another form (an older database)."""
    if reason == FIRST_REPORT:
        return {"code": "first_report"}
    m = _MERGE_REASON.fullmatch(reason or "")
    if m is None:
        return {"code": "other"}
    return {"code": "same_incident", "sub_event_type": m["sub"], "place": "near" if m["km"] else "same",
            "km": float(m["km"]) if m["km"] else 0.0, "days": int(m["days"] or 0),
            "actors": m["actors"].split(", ") if m["actors"] else []}


@dataclass
class Match:
    event_id: int
    score: float
    reason: str


def new_event_row(extracted: records.Event, place: PlaceRef | None) -> dict:
    """The row of an event first stated by this extracted event; its drawn values are filled in by `drawn`."""
    stamp = now()
    return dict(
        event_type=extracted.event_type, sub_event_type=extracted.sub_event_type,
        date_start=extracted.date_start, date_end=extracted.date_end or extracted.date_start,
        place_id=place.id if place else None, country=place.country if place else None,
        review_state="unreviewed", edited_fields=[], created_at=stamp, updated_at=stamp,
    )


@dataclass(slots=True)
class Candidate:
    """An event as matching sees it: a stored one, or one created earlier in the same batch of reports.
    `rank` orders events by age (a stored event's id; a new one's place in the batch after every stored id), so
    that a tie goes to the older event, as it does when reports are written one at a time."""

    id: int
    rank: int
    event_type: str
    sub_event_type: str
    date_start: date
    date_end: date | None
    place: PlaceRef
    actors: list[str]
    targets: list[str]
    edited_fields: list[str] = field(default_factory=list)

    @property
    def place_id(self) -> int:
        return self.place.id


@dataclass(frozen=True, slots=True)
class Search:
    """Where and when to look for the event an extracted one may join: events of its type that start in
    [earliest, latest], at its place or, when the place is a located point, at any place in the box around it."""

    event_type: str
    earliest: date
    latest: date
    place_id: int
    box: tuple[float, float, float, float] | None  # lat_min, lat_max, lon_min, lon_max


def search_for(extracted: records.Event, place: PlaceRef | None) -> Search | None:
    if extracted.date_start is None or place is None:
        return None  # an undated or unplaced statement cannot be told to be the same incident as another
    end = extracted.date_end or extracted.date_start
    box = None
    if place.latitude is not None and place.longitude is not None and place.geo_precision != 3:
        d = MERGE_KM / 111.0  # degrees of latitude; a box a little wider than the circle tested by _compare
        box = (place.latitude - d, place.latitude + d, place.longitude - d * 1.3, place.longitude + d * 1.3)
    return Search(extracted.event_type, extracted.date_start - timedelta(days=MERGE_DAYS + LONGEST_EVENT_DAYS),
                  end + timedelta(days=MERGE_DAYS), place.id, box)


def places_near(session: Session, boxes: dict[int, tuple[float, float, float, float]]) -> dict[int, set[int]]:
    """For each place id, the ids of the located places in its box, itself included (one query a chunk)."""
    near: dict[int, set[int]] = {place_id: {place_id} for place_id in boxes}
    P = models.Place.__table__
    for chunk in _chunks([(key, *box) for key, box in boxes.items()]):
        rows = bulk.select_joined(
            session.connection(), "wanted", ("key", "lat_min", "lat_max", "lon_min", "lon_max"), chunk,
            "FROM wanted JOIN places ON places.latitude BETWEEN wanted.lat_min AND wanted.lat_max "
            "AND places.longitude BETWEEN wanted.lon_min AND wanted.lon_max AND places.geo_precision != 3",
            (P.c.id, P.c.id), select_list="wanted.key, places.id")
        for key, place_id in rows:
            near[key].add(place_id)
    return near


def stored_candidates(session: Session, wanted: set[tuple[int, str, date, date]]) -> list[Candidate]:
    """The stored events that are not rejected, at `place_id`, of `event_type`, starting within [earliest, latest],
    for any of the `wanted` (place_id, event_type, earliest, latest): one query a chunk, each row of it searched
    through ix_events_place_type_date, so that the cost does not grow with the number of events stored."""
    E, P = models.Event.__table__, models.Place.__table__
    columns = (E.c.id, E.c.event_type, E.c.sub_event_type, E.c.date_start, E.c.date_end, E.c.actors, E.c.targets,
               E.c.edited_fields, P.c.id, P.c.name_ar, P.c.name_en, P.c.admin1, P.c.latitude, P.c.longitude,
               P.c.geo_precision, P.c.country)
    found: dict[int, Candidate] = {}
    for chunk in _chunks(sorted(wanted)):
        rows = bulk.select_joined(
            session.connection(), "wanted", ("place_id", "event_type", "earliest", "latest"), chunk,
            "FROM wanted JOIN events ON events.place_id = wanted.place_id AND events.event_type = wanted.event_type "
            "AND events.date_start BETWEEN wanted.earliest AND wanted.latest "
            "JOIN places ON places.id = events.place_id WHERE events.review_state != 'rejected'", columns)
        for row in rows:
            if row[0] not in found:
                found[row[0]] = Candidate(row[0], row[0], *row[1:5], PlaceRef(*row[8:]), list(row[5]),
                                          list(row[6]), list(row[7] or []))
    return list(found.values())


def _chunks(items: list, size: int = 200) -> list[list]:
    """Lists of at most `size` items: a few hundred parameters a statement, far below any driver's limit."""
    return [items[start:start + size] for start in range(0, len(items), size)]


def best_match(extracted: records.Event, place: PlaceRef, search: Search, candidates, taken: set[int]) -> Match | None:
    """The event `extracted` joins among `candidates` (those at the searched places), or None."""
    best, best_key = None, None
    for candidate in candidates:
        if candidate.id in taken or not search.earliest <= candidate.date_start <= search.latest:
            continue
        match = _compare(extracted, place, candidate)
        if match is not None and (best_key is None or (match.score, -candidate.rank) > best_key):
            best, best_key = match, (match.score, -candidate.rank)
    return best


def _compare(extracted: records.Event, place: PlaceRef, event: Candidate) -> Match | None:
    if extracted.sub_event_type != event.sub_event_type and extracted.event_type != "Battles":
        return None
    gap = _days_apart(extracted.date_start, extracted.date_end, event.date_start, event.date_end)
    if gap is None or gap > MERGE_DAYS:
        return None
    other = event.place
    if other.id == place.id:
        where, score = f"same place ({place.label})", 2.0
    else:
        km = km_between(place.latitude, place.longitude, other.latitude, other.longitude)
        if km is None or km > MERGE_KM or place.geo_precision == 3 or other.geo_precision == 3:
            return None
        where, score = f"places {km:.1f} km apart ({place.label}; {other.label})", 1.5
    ours, theirs = set(extracted.actors) | set(extracted.targets), set(event.actors) | set(event.targets)
    shared = sorted(ours & theirs)
    if ours and theirs and not shared:
        return None
    sides = f"shared actors {', '.join(shared)}" if shared else "no conflicting actors"
    when = "same day" if gap == 0 else f"dates {gap} day apart"
    reason = f"same {extracted.event_type.lower()} ({extracted.sub_event_type}), {where}, {when}, {sides}"
    return Match(event.id, score + len(shared) * 0.5 - gap, reason)


def _days_apart(s1: date, e1: date | None, s2: date | None, e2: date | None) -> int | None:
    if s2 is None:
        return None
    e1, e2 = e1 or s1, e2 or s2
    if s1 <= e2 and s2 <= e1:
        return 0
    return min(abs((s1 - e2).days), abs((s2 - e1).days))


# --- casualties --------------------------------------------------------------------------------------------


def group_key(group: list[str]) -> str:
    return "+".join(sorted(set(group))) or "UNKNOWN"


def event_for_casualty(casualty: records.Casualty, mentions: list[dict], place_names: dict[int, str]) -> int | None:
    """The event a count belongs to: the one stated in the same sentence, else at the same place, else the
    report's only event. Running tallies belong to no incident. `mentions` are this report's mention rows."""
    if casualty.tally or not mentions:
        return None
    span = casualty.evidence
    for mention in mentions:
        if mention["span_start"] < span.end and span.start < mention["span_end"]:
            return mention["event_id"]
    if casualty.place_ar:
        same_place = {m["event_id"] for m in mentions if place_names.get(m["place_id"]) == casualty.place_ar}
        if len(same_place) == 1:
            return same_place.pop()
    events = {m["event_id"] for m in mentions}
    return events.pop() if len(events) == 1 else None


def _figure(statement: models.CasualtyStatement, superseded: bool = False) -> Figure:
    return Figure(
        low=statement.low, high=statement.high, qualifier=statement.qualifier, tally=statement.tally,
        doc_id=statement.report.doc_id, report_date=statement.report.report_date, evidence=statement.evidence,
        superseded=superseded, report_id=statement.report_id,
    )


def _bounds(statement: models.CasualtyStatement) -> tuple[int, int] | None:
    low = statement.low if statement.low is not None else statement.high
    high = statement.high if statement.high is not None else statement.low
    return None if low is None else (low, high)


def tolls_of(statements, tallies: bool = False, figures: bool = True) -> list[Toll]:
    """Per group and outcome: one figure per report (its largest), then low / median / high over the reports.
    Incident counts by default; with `tallies`, the figures several reports give for one tally period.
    `statements` are casualty rows (ORM objects, or plain rows when `figures` is off)."""
    by_key: dict[tuple[str, str], list] = defaultdict(list)
    for statement in statements:
        if statement.tally == tallies and statement.subset_of is None:
            by_key[(statement.group_key, statement.outcome)].append(statement)
    tolls = []
    for (key, outcome), group in sorted(by_key.items()):
        per_report: dict[int, tuple[int, int]] = {}
        for statement in group:
            bounds = _bounds(statement)
            if bounds and (statement.report_id not in per_report or bounds > per_report[statement.report_id]):
                per_report[statement.report_id] = bounds
        lows = [low for low, _ in per_report.values()]
        highs = [high for _, high in per_report.values()]
        tolls.append(Toll(
            group=key.split("+"), outcome=outcome,
            low=min(lows) if lows else None, best=int(statistics.median_low(lows)) if lows else None,
            high=max(highs) if highs else None, figures=[_figure(s) for s in group] if figures else [],
        ))
    return tolls


def link_actors(session: Session, events: dict[int, dict], known_actors: set[str] | None = None) -> None:
    """The actor index of new events: one row per event, actor and role."""
    links = [{"event_id": event_id, "actor_id": a, "role": role}
             for event_id, values in events.items()
             for role, key in (("actor", "actors"), ("target", "targets")) for a in dict.fromkeys(values[key])]
    ensure_actors(session, {link["actor_id"] for link in links}, known_actors)
    bulk.insert_rows(session.connection(), models.EventActor.__table__, links)


def refresh_events(session: Session, event_ids, known_actors: set[str] | None = None) -> None:
    """Recompute what events draw from their mentions and counts, keeping whatever an analyst has set.
    `known_actors`: actor ids already stored, which a writer may keep between reports."""
    E, M, C = models.Event.__table__, models.Mention.__table__, models.CasualtyStatement.__table__
    ids = sorted(set(event_ids))
    if not ids:
        return
    connection = session.connection()
    mentions: dict[int, list] = defaultdict(list)
    for row in connection.execute(select(M.c.event_id, M.c.actors, M.c.targets)
                                  .where(M.c.event_id.in_(ids)).order_by(M.c.id)):
        mentions[row.event_id].append(row)
    counts: dict[int, list] = defaultdict(list)
    for row in connection.execute(select(C.c.event_id, C.c.report_id, C.c.group_key, C.c.outcome, C.c.low, C.c.high,
                                         C.c.tally, C.c.subset_of).where(C.c.event_id.in_(ids))):
        counts[row.event_id].append(row)
    current = {row.id: row for row in connection.execute(
        select(E.c.id, E.c.edited_fields, E.c.actors, E.c.targets, E.c.fatalities_low, E.c.fatalities_best,
               E.c.fatalities_high).where(E.c.id.in_(ids)))}
    updates, links = [], []
    for event_id in ids:
        values = drawn([(m.actors, m.targets) for m in mentions[event_id]], counts[event_id], current[event_id])
        updates.append({"event_id": event_id, **values})
        links += [{"event_id": event_id, "actor_id": a, "role": "actor"} for a in dict.fromkeys(values["actors"])]
        links += [{"event_id": event_id, "actor_id": t, "role": "target"} for t in dict.fromkeys(values["targets"])]
    connection.execute(_statements()["update_event"], updates)
    ensure_actors(session, {link["actor_id"] for link in links}, known_actors)
    connection.execute(delete(models.EventActor.__table__).where(models.EventActor.__table__.c.event_id.in_(ids)))
    bulk.insert_rows(connection, models.EventActor.__table__, links)


_UNEDITED = SimpleNamespace(edited_fields=[], actors=[], targets=[])


def drawn(mention_sides: list[tuple[list, list]], counts: list, current=_UNEDITED) -> dict:
    """An event's values from its mentions' (actors, targets) and its counts (rows with attributes); the fields
    an analyst edited keep their `current` value."""
    edited = set(current.edited_fields or [])
    actors, targets = sides(mention_sides)
    tolls = tolls_of(counts, figures=False)
    killed = [t for t in tolls if t.outcome == KILLED]
    values = {
        "updated_at": now(),
        "actors": list(current.actors) if "actors" in edited else actors,
        "targets": list(current.targets) if "targets" in edited else targets,
        "fatalities_low": sum(t.low or 0 for t in killed),
        "fatalities_best": sum(t.best or 0 for t in killed),
        "fatalities_high": sum(t.high or 0 for t in killed),
        "injured_best": sum(t.best or 0 for t in tolls if t.outcome == INJURED),
    }
    if "fatalities" in edited:
        values.update(fatalities_low=current.fatalities_low, fatalities_best=current.fatalities_best,
                      fatalities_high=current.fatalities_high)
    return values


def sides(mention_sides: list[tuple[list, list]]) -> tuple[list[str], list[str]]:
    """The actors and targets of an event from its mentions' (actors, targets), in the order stated: every side
    named, and a side named as both acting and targeted is an actor."""
    if len(mention_sides) == 1:
        actors = list(dict.fromkeys(mention_sides[0][0]))
        return actors, [t for t in dict.fromkeys(mention_sides[0][1]) if t not in actors]
    actors = _union(a for acting, _ in mention_sides for a in acting)
    return actors, [t for t in _union(t for _, targeted in mention_sides for t in targeted) if t not in actors]


def ensure_actors(session: Session, actor_ids: set[str], known: set[str] | None = None) -> None:
    wanted = actor_ids - known if known is not None else set(actor_ids)
    if not wanted:
        return
    stored = set(session.scalars(select(models.Actor.id).where(models.Actor.id.in_(wanted))).all())
    missing = sorted(wanted - stored)
    if missing:
        session.execute(insert(models.Actor), [{"id": a} for a in missing])
    if known is not None:
        known.update(wanted)


def _union(items) -> list:
    return list(dict.fromkeys(items))


# --- running tallies and totals -----------------------------------------------------------------------------


@dataclass
class Total:
    """Killed (or injured) for one group in one place or governorate over the stored reports."""

    group: list[str]
    outcome: str
    scope: str
    low: int = 0
    best: int = 0
    high: int = 0
    tallies: list[Figure] = field(default_factory=list)
    incidents: int = 0  # incident tolls added (those no active tally already covers)
    incident_figures: list[Figure] = field(default_factory=list)  # the figures of those incident tolls


def scope_of(statement: models.CasualtyStatement) -> str:
    return statement.place_ar or statement.admin1 or ""


def active_tallies(tallies: list[models.CasualtyStatement]) -> tuple[list[list[models.CasualtyStatement]], set[int]]:
    """Tallies of one group, outcome and scope: the periods not inside a later one's, each with every report's
    figure for it, and the ids of the superseded ones."""
    def period(s):
        start = s.date_start or date.min
        end = s.date_end or s.report.report_date or s.date_start or date.min
        return start, end

    superseded = set()
    for t in tallies:
        t_start, t_end = period(t)
        for other in tallies:
            o_start, o_end = period(other)
            if other is not t and o_start <= t_start and o_end >= t_end and (o_end, o_start) != (t_end, t_start):
                superseded.add(t.id)
                break
    by_period: dict[tuple[date, date], list] = defaultdict(list)
    for t in tallies:
        if t.id not in superseded:
            by_period[period(t)].append(t)
    return [by_period[p] for p in sorted(by_period)], superseded


REVIEWED = ("confirmed", "edited")


def totals(
    session: Session, outcome: str = KILLED, scope: str | None = None, group: str | None = None,
    date_from: date | None = None, date_to: date | None = None, reviewed_only: bool = False,
) -> list[Total]:
    """Per group and place: active running tallies plus the incident tolls they do not cover. With a period,
    only the figures wholly inside it count (a tally that began before `date_from` is left out).
    The counts of rejected events are left out. With `reviewed_only`, only those of confirmed or edited events
    count: running tallies belong to no event, so no analyst has reviewed them, and they are left out too."""
    C, E = models.CasualtyStatement, models.Event
    query = select(C).where(C.outcome == outcome)
    if reviewed_only:
        query = query.where(C.event_id.in_(select(E.id).where(E.review_state.in_(REVIEWED))))
    else:
        rejected = select(E.id).where(E.review_state == "rejected")
        query = query.where(or_(C.event_id.is_(None), C.event_id.not_in(rejected)))
    if group:
        query = query.where(models.CasualtyStatement.group_key == group)
    R = models.Report  # of the report, only what a figure shows: not its text
    reports = selectinload(C.report).load_only(R.id, R.doc_id, R.report_date)
    statements = [s for s in session.scalars(query.options(reports)).all()
                  if s.subset_of is None and _inside(s, date_from, date_to)]
    if scope is not None:
        statements = [s for s in statements if scope in (s.place_ar, s.admin1)]
    series: dict[tuple[str, str], dict[str, list]] = defaultdict(lambda: {"tallies": [], "incidents": []})
    for s in statements:
        series[(s.group_key, scope_of(s))]["tallies" if s.tally else "incidents"].append(s)
    out = []
    for (key, where), parts in sorted(series.items()):
        total = Total(group=key.split("+"), outcome=outcome, scope=where)
        periods, superseded = active_tallies(parts["tallies"])
        spans = []
        for figures in periods:
            toll = tolls_of(figures, tallies=True)[0]
            total.low += toll.low or 0
            total.best += toll.best or 0
            total.high += toll.high or 0
            total.tallies.extend(_figure(f) for f in figures)
            spans.append((figures[0].date_start or date.min, figures[0].date_end or figures[0].report.report_date))
        total.tallies.extend(_figure(t, superseded=True) for t in parts["tallies"] if t.id in superseded)
        uncovered = [s for s in parts["incidents"] if not _covered(s, spans)]
        by_event: dict[object, list] = defaultdict(list)
        for s in uncovered:
            by_event[s.event_id or ("report", s.report_id, s.id)].append(s)
        for group_statements in by_event.values():
            toll = tolls_of(group_statements)
            if toll:
                total.low += toll[0].low or 0
                total.best += toll[0].best or 0
                total.high += toll[0].high or 0
                total.incidents += 1
                total.incident_figures.extend(toll[0].figures)
        out.append(total)
    return out


def _inside(statement: models.CasualtyStatement, date_from: date | None, date_to: date | None) -> bool:
    start = statement.date_start or statement.report.report_date
    end = statement.date_end or statement.report.report_date or start
    if date_from and (start is None or start < date_from):
        return False
    return not (date_to and (end is None or end > date_to))


def _covered(statement: models.CasualtyStatement, spans: list[tuple[date, date | None]]) -> bool:
    day = statement.date_start or statement.report.report_date
    return day is not None and any(start <= day <= (end or day) for start, end in spans)
