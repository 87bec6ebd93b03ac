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
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from .. import records
from . import models
from .views import Figure, Toll

MERGE_DAYS = 1
MERGE_KM = 2.0
LONGEST_EVENT_DAYS = 31  # how far back an event may start and still overlap a new statement
KILLED, INJURED = "killed", "injured"


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


# --- places ------------------------------------------------------------------------------------------------


def place_row(session: Session, location: records.Location | None, cache: dict) -> models.Place | None:
    """The stored place for an extracted location, created on first sight."""
    if location is None or not location.name_ar:
        return None
    key = (location.name_ar, location.admin1 or "", location.admin2 or "", location.geo_precision or 3)
    place_id = cache.get(key)
    if place_id is not None:
        return session.get(models.Place, place_id)
    place = session.scalars(
        select(models.Place).where(
            models.Place.name_ar == key[0], models.Place.admin1 == key[1],
            models.Place.admin2 == key[2], models.Place.geo_precision == key[3],
        )
    ).first()
    if place is None:
        place = models.Place(
            name_ar=key[0], name_en=location.name_en, admin1=key[1], admin2=key[2], admin3=location.admin3,
            pcode=location.pcode, country=location.country, kind=location.kind, latitude=location.latitude,
            longitude=location.longitude, geo_precision=key[3],
        )
        session.add(place)
        session.flush()
    cache[key] = place.id
    return place


def km_between(a: models.Place, b: models.Place) -> float | None:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


# --- events ------------------------------------------------------------------------------------------------


@dataclass
class Match:
    event: models.Event
    score: float
    reason: str


def attach_mention(
    session: Session, report: models.Report, ordinal: int, extracted: records.Event, place: models.Place | None
) -> models.Mention:
    """Store one extracted event: merged into the incident it reports, or a new event."""
    match = find_match(session, report, extracted, place)
    if match is None:
        event = models.Event(
            event_type=extracted.event_type, sub_event_type=extracted.sub_event_type,
            date_start=extracted.date_start, date_end=extracted.date_end or extracted.date_start,
            place_id=place.id if place else None, actors=[], targets=[],
            country=place.country if place else None, review_state="unreviewed", edited_fields=[],
            created_at=now(), updated_at=now(),
        )
        session.add(event)
        session.flush()
        reason = "first report of this event"
    else:
        event, reason = match.event, match.reason
    mention = models.Mention(
        event_id=event.id, report_id=report.id, ordinal=ordinal, event_type=extracted.event_type,
        sub_event_type=extracted.sub_event_type, date_start=extracted.date_start, date_end=extracted.date_end,
        place_id=place.id if place else None, actors=list(extracted.actors), targets=list(extracted.targets),
        evidence=extracted.evidence.text, span_start=extracted.evidence.start, span_end=extracted.evidence.end,
        merge_reason=reason,
    )
    mention.event = event
    session.add(mention)
    return mention


def find_match(
    session: Session, report: models.Report, extracted: records.Event, place: models.Place | None
) -> Match | None:
    if extracted.date_start is None or place is None:
        return None  # an undated or unplaced statement cannot be told to be the same incident as another
    start = extracted.date_start
    end = extracted.date_end or start
    E, P = models.Event, models.Place
    same_place = E.place_id == place.id
    if place.latitude is not None and place.longitude is not None and place.geo_precision != 3:
        box = MERGE_KM / 111.0  # degrees of latitude; a box a little wider than the circle tested below
        nearby = select(P.id).where(
            P.latitude.between(place.latitude - box, place.latitude + box),
            P.longitude.between(place.longitude - box * 1.3, place.longitude + box * 1.3),
            P.geo_precision != 3,
        )
        same_place = or_(same_place, E.place_id.in_(nearby))
    already = select(models.Mention.event_id).where(models.Mention.report_id == report.id)
    candidates = session.scalars(
        select(E).where(
            E.event_type == extracted.event_type,
            E.date_start >= start - timedelta(days=MERGE_DAYS + LONGEST_EVENT_DAYS),
            E.date_start <= end + timedelta(days=MERGE_DAYS),
            E.review_state != "rejected",
            same_place,
            E.id.not_in(already),
        )
    ).all()
    matches = [m for m in (_compare(session, report, extracted, place, c) for c in candidates) if m]
    return max(matches, key=lambda m: (m.score, -m.event.id)) if matches else None


def _compare(
    session: Session, report: models.Report, extracted: records.Event, place: models.Place, event: models.Event
) -> Match | None:
    if extracted.sub_event_type != event.sub_event_type and extracted.event_type != "Battles":
        return None
    gap = _days_apart(extracted.date_start, extracted.date_end, event.date_start, event.date_end)
    if gap is None or gap > MERGE_DAYS:
        return None
    if event.place_id == place.id:
        where, score = f"same place ({_place_name(place)})", 2.0
    else:
        other = session.get(models.Place, event.place_id) if event.place_id else None
        km = km_between(place, other) if other else None
        if km is None or km > MERGE_KM or place.geo_precision == 3 or other.geo_precision == 3:
            return None
        where, score = f"places {km:.1f} km apart ({_place_name(place)}, {_place_name(other)})", 1.5
    ours, theirs = set(extracted.actors) | set(extracted.targets), set(event.actors) | set(event.targets)
    shared = sorted(ours & theirs)
    if ours and theirs and not shared:
        return None
    sides = f"shared actors {', '.join(shared)}" if shared else "no conflicting actors"
    when = "same day" if gap == 0 else f"dates {gap} day apart"
    reason = f"same {extracted.event_type.lower()} ({extracted.sub_event_type}), {where}, {when}, {sides}"
    return Match(event, score + len(shared) * 0.5 - gap, reason)


def _days_apart(s1: date, e1: date | None, s2: date | None, e2: date | None) -> int | None:
    if s2 is None:
        return None
    e1, e2 = e1 or s1, e2 or s2
    if s1 <= e2 and s2 <= e1:
        return 0
    return min(abs((s1 - e2).days), abs((s2 - e1).days))


def _place_name(place: models.Place) -> str:
    return ", ".join(p for p in (place.name_en or place.name_ar, place.admin1) if p)


# --- casualties --------------------------------------------------------------------------------------------


def group_key(group: list[str]) -> str:
    return "+".join(sorted(set(group))) or "UNKNOWN"


def event_for_casualty(casualty: records.Casualty, mentions: list[models.Mention], places: dict[int, str]) -> int | None:
    """The event a count belongs to: the one stated in the same sentence, else at the same place, else the
    report's only event. Running tallies belong to no incident."""
    if casualty.tally or not mentions:
        return None
    span = casualty.evidence
    for mention in mentions:
        if mention.span_start < span.end and span.start < mention.span_end:
            return mention.event_id
    if casualty.place_ar:
        same_place = {m.event_id for m in mentions if places.get(m.place_id or -1) == casualty.place_ar}
        if len(same_place) == 1:
            return same_place.pop()
    events = {m.event_id for m in mentions}
    return events.pop() if len(events) == 1 else None


def _figure(statement: models.CasualtyStatement, superseded: bool = False) -> Figure:
    return Figure(
        low=statement.low, high=statement.high, qualifier=statement.qualifier, tally=statement.tally,
        doc_id=statement.report.doc_id, report_date=statement.report.report_date, evidence=statement.evidence,
        superseded=superseded,
    )


def _bounds(statement: models.CasualtyStatement) -> tuple[int, int] | None:
    low = statement.low if statement.low is not None else statement.high
    high = statement.high if statement.high is not None else statement.low
    return None if low is None else (low, high)


def tolls_of(statements: list[models.CasualtyStatement], tallies: bool = False) -> list[Toll]:
    """Per group and outcome: one figure per report (its largest), then low / median / high over the reports.
    Incident counts by default; with `tallies`, the figures several reports give for one tally period."""
    by_key: dict[tuple[str, str], list[models.CasualtyStatement]] = defaultdict(list)
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
            high=max(highs) if highs else None, figures=[_figure(s) for s in group],
        ))
    return tolls


def refresh_event(session: Session, event: models.Event) -> None:
    """Recompute what an event draws from its mentions and counts, keeping whatever an analyst has set."""
    edited = set(event.edited_fields or [])
    mentions = event.mentions
    if "actors" not in edited:
        event.actors = _union(a for m in mentions for a in m.actors)
    if "targets" not in edited:
        event.targets = [t for t in _union(t for m in mentions for t in m.targets) if t not in event.actors]
    statements = session.scalars(
        select(models.CasualtyStatement).where(models.CasualtyStatement.event_id == event.id)
    ).all()
    tolls = tolls_of(list(statements))
    killed = [t for t in tolls if t.outcome == KILLED]
    if "fatalities" not in edited:
        event.fatalities_low = sum(t.low or 0 for t in killed)
        event.fatalities_best = sum(t.best or 0 for t in killed)
        event.fatalities_high = sum(t.high or 0 for t in killed)
    event.injured_best = sum(t.best or 0 for t in tolls if t.outcome == INJURED)
    event.updated_at = now()
    actors = {(a, "actor") for a in event.actors} | {(t, "target") for t in event.targets}
    session.query(models.EventActor).filter(models.EventActor.event_id == event.id).delete()
    for actor, role in sorted(actors):
        ensure_actor(session, actor)
        session.add(models.EventActor(event_id=event.id, actor_id=actor, role=role))


def ensure_actor(session: Session, actor_id: str) -> None:
    known = session.info.setdefault("actors", set())
    if actor_id not in known:
        if session.get(models.Actor, actor_id) is None:
            session.add(models.Actor(id=actor_id))
            session.flush()
        known.add(actor_id)


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


def totals(session: Session, outcome: str = KILLED, scope: str | None = None, group: str | None = None) -> list[Total]:
    query = select(models.CasualtyStatement).where(models.CasualtyStatement.outcome == outcome)
    if group:
        query = query.where(models.CasualtyStatement.group_key == group)
    statements = [s for s in session.scalars(query).all() if s.subset_of is None]
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
        out.append(total)
    return out


def _covered(statement: models.CasualtyStatement, spans: list[tuple[date, date | None]]) -> bool:
    day = statement.date_start or statement.report.report_date
    return day is not None and any(start <= day <= (end or day) for start, end in spans)
