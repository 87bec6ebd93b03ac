"""What a bulletin says, gathered from the database: its area and period, the events, the toll per side (from the
store's own totals, so that the bulletin's figures are those of `rasid totals`), control changes and the reports
behind every figure. Nothing here writes words: rasid.bulletin.compose does, in one language.
"""
from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from ..store import models, queries
from ..store.reconcile import INJURED, KILLED, REVIEWED, totals
from ..store.views import Figure, StoredEvent, Toll

STATES = {"all": ("unreviewed", "confirmed", "edited"), "confirmed": REVIEWED}
MAIN_EVENTS = 25  # event lines in the bulletin; the map and the timeline show every event
MAX_REFS = 12  # notes per figure, the largest figures first; the rest are counted, `rasid totals` lists them


class BulletinError(ValueError):
    """A filter the bulletin cannot use: the parameter (`from`, `admin1`, `lang` …) and why, in one line."""

    def __init__(self, param: str, reason: str):
        super().__init__(f"{param}: {reason}")
        self.param, self.reason = param, reason


@dataclass(frozen=True)
class Request:
    date_from: date | None = None
    date_to: date | None = None
    admin1: str | None = None  # a governorate, in English or Arabic
    place: str | None = None  # a place, in Arabic as reported or in English
    state: str = "all"  # all: every event but the rejected ones; confirmed: confirmed or edited events only


@dataclass(frozen=True)
class Area:
    kind: str  # all | admin1 | place
    name_ar: str | None = None
    name_en: str | None = None
    admin1: str | None = None  # the governorate as the store writes it («Idlib»)
    place_names: frozenset[str] = frozenset()  # Arabic names of the stored places inside the area

    @property
    def scope(self) -> str | None:
        """The `scope` of the store's totals: a governorate or a place name, as casualty statements carry them."""
        return self.admin1 if self.kind == "admin1" else self.name_ar if self.kind == "place" else None


def figure_value(figure: Figure) -> int:
    return max(v for v in (figure.low, figure.high, 0) if v is not None)


def cited(toll: Toll) -> list[Figure]:
    """The figures a bulletin quotes for a toll: the largest (its figures are sorted so), at most MAX_REFS."""
    return toll.figures[:MAX_REFS]


@dataclass
class Side:
    """One side's killed and injured: the store's totals for its group, summed over the places of the area."""

    group: list[str]
    killed: Toll
    injured: Toll


@dataclass(frozen=True)
class Quote:
    """A sentence of a stored report."""

    report_id: int
    evidence: str


@dataclass
class Change:
    """Statements that one actor took, lost, left or holds one place; the latest date and largest share stated."""

    place_ar: str | None
    place_en: str | None
    actor: str
    change: str  # gained | lost | withdrew | holds
    date: date | None
    share: float | None
    quotes: list[Quote] = field(default_factory=list)


@dataclass(frozen=True)
class ReportInfo:
    id: int
    doc_id: str
    outlet: str | None
    url: str | None
    report_date: date | None
    source_id: int | None


@dataclass(frozen=True)
class Day:
    day: date
    events: int
    killed: int
    injured: int


@dataclass(frozen=True)
class PlaceCount:
    name_ar: str
    name_en: str | None
    admin1: str | None
    latitude: float
    longitude: float
    events: int
    killed: int
    event_type: str  # the most frequent


@dataclass
class MainEvent:
    event: StoredEvent
    injured: int


@dataclass
class Bulletin:
    request: Request
    area: Area
    start: date | None  # the period: the request's dates, else the first and last day of the events
    end: date | None
    events: int = 0
    by_state: dict[str, int] = field(default_factory=dict)  # every event of area and period, rejected included
    reports: int = 0
    outlets: int = 0
    types: list[tuple[str, int]] = field(default_factory=list)
    sides: list[Side] = field(default_factory=list)
    control: list[Change] = field(default_factory=list)
    days: list[Day] = field(default_factory=list)
    places: list[PlaceCount] = field(default_factory=list)
    main_events: list[MainEvent] = field(default_factory=list)
    report_info: dict[int, ReportInfo] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.events or self.sides or self.control)


def gather(session: Session, request: Request) -> Bulletin:
    """Everything a bulletin for `request` shows; BulletinError for a filter that names nothing known."""
    _check(request)
    area = resolve_area(session, request)
    wanted = queries.EventFilter(date_from=request.date_from, date_to=request.date_to, admin1=area.admin1,
                                 place=area.name_ar if area.kind == "place" else None,
                                 states=STATES[request.state])
    start, end = _period(session, request, wanted)
    out = Bulletin(request=request, area=area, start=start, end=end)
    out.by_state = _states(session, wanted)
    out.events = sum(out.by_state.get(s, 0) for s in STATES[request.state])
    out.types = sorted(((row["key"], row["events"]) for row in queries.aggregates(session, "event_type", wanted)),
                       key=lambda item: -item[1])
    out.days = [Day(date.fromisoformat(row["key"][:10]), row["events"], row["killed"], row["injured"])
                for row in queries.aggregates(session, "day", wanted) if row["key"]]
    out.places = _places(session, wanted)
    out.main_events = _main_events(session, wanted)
    out.sides = _sides(session, request, area)
    out.control = _control(session, request, area) if request.state == "all" else []
    _count_sources(session, out, wanted)
    return out


def _check(request: Request) -> None:
    if request.state not in STATES:
        raise BulletinError("state", f"expected all or confirmed, not {request.state!r}")
    if request.admin1 and request.place:
        raise BulletinError("place", "give a governorate (admin1) or a place, not both")
    if request.date_from and request.date_to and request.date_from > request.date_to:
        raise BulletinError("from", f"{request.date_from} is after the end of the period ({request.date_to})")


def resolve_area(session: Session, request: Request) -> Area:
    """The governorate or place a request names, as the store writes it; BulletinError if nothing knows it."""
    from ..geo.places import current_gazetteer

    P = models.Place
    if request.admin1:
        name = request.admin1.strip()
        gazetteer = current_gazetteer()
        governorate = gazetteer.governorate(name) or gazetteer.governorate_by_name(name)
        stored = session.scalar(select(P.admin1).where(func.lower(P.admin1) == name.lower()).limit(1))
        admin1 = governorate.admin1 if governorate else stored
        if not admin1:
            raise BulletinError("admin1", f"no governorate named {name!r}")
        names = frozenset(session.scalars(select(P.name_ar).where(P.admin1 == admin1).distinct()).all())
        return Area("admin1", governorate.name_ar if governorate else None,
                    governorate.name_en if governorate else admin1, admin1, names)
    if request.place:
        return _place_area(session, request.place.strip())
    return Area("all")


def _place_area(session: Session, name: str) -> Area:
    from ..geo.places import current_gazetteer

    P = models.Place
    row = session.execute(select(P.name_ar, P.name_en).where(
        or_(P.name_ar == name, func.lower(P.name_en) == name.lower())).limit(1)).first()
    if row is None:
        known = current_gazetteer().lookup(name)
        if not known:
            raise BulletinError("place", f"no place named {name!r} in the database or the gazetteer")
        row = session.execute(select(P.name_ar, P.name_en).where(P.name_ar == known[0].name_ar).limit(1)).first()
        row = row or (known[0].name_ar, known[0].name_en)
    return Area("place", row[0], row[1], None, frozenset({row[0]}))


def _period(session: Session, request: Request, wanted: queries.EventFilter) -> tuple[date | None, date | None]:
    if request.date_from and request.date_to:
        return request.date_from, request.date_to
    E = models.Event
    first, last = session.execute(queries.filtered(
        select(func.min(E.date_start), func.max(func.coalesce(E.date_end, E.date_start))), wanted, session)).one()
    return request.date_from or first, request.date_to or last


def _states(session: Session, wanted: queries.EventFilter) -> dict[str, int]:
    E = models.Event
    every = dataclasses.replace(wanted, states=None)
    rows = session.execute(queries.filtered(select(E.review_state, func.count(E.id)), every, session)
                           .group_by(E.review_state)).all()
    return {state: n for state, n in rows}


def _places(session: Session, wanted: queries.EventFilter) -> list[PlaceCount]:
    E, P = models.Event, models.Place
    ids = queries.filtered(select(E.id), wanted, session).subquery()
    rows = session.execute(
        select(P.id, P.name_ar, P.name_en, P.admin1, P.latitude, P.longitude, E.event_type, func.count(E.id),
               func.sum(E.fatalities_best))
        .join(E, E.place_id == P.id).where(E.id.in_(select(ids.c.id)), P.latitude.is_not(None),
                                           P.longitude.is_not(None))
        .group_by(P.id, P.name_ar, P.name_en, P.admin1, P.latitude, P.longitude, E.event_type)).all()
    by_place: dict[int, list] = defaultdict(list)
    for row in rows:
        by_place[row[0]].append(row)
    places = []
    for group in by_place.values():
        first = group[0]
        top = max(group, key=lambda r: (r[7], r[6]))
        places.append(PlaceCount(first[1], first[2], first[3] or None, first[4], first[5],
                                 sum(r[7] for r in group), sum(int(r[8] or 0) for r in group), top[6]))
    return sorted(places, key=lambda p: (-p.events, -p.killed, p.name_ar))


def _main_events(session: Session, wanted: queries.EventFilter) -> list[MainEvent]:
    """The most serious events: most killed, then most injured, then the earliest."""
    E, M = models.Event, models.Mention
    rows = session.scalars(
        queries.filtered(select(E), wanted, session)
        .options(selectinload(E.place), selectinload(E.mentions).selectinload(M.report)
                 .selectinload(models.Report.source))
        .order_by(E.fatalities_best.desc(), E.injured_best.desc(), E.date_start, E.id).limit(MAIN_EVENTS)).all()
    return [MainEvent(queries.event_detail(session, e, statements=[]), e.injured_best) for e in rows]


def _sides(session: Session, request: Request, area: Area) -> list[Side]:
    """Killed and injured per side: the store's totals (`rasid totals`) over the area's places, summed."""
    sides: dict[str, Side] = {}
    for outcome in (KILLED, INJURED):
        for row in totals(session, outcome, area.scope, None, request.date_from, request.date_to,
                          reviewed_only=request.state == "confirmed"):
            key = "+".join(row.group)
            if key not in sides:
                sides[key] = Side(list(row.group), Toll(list(row.group), KILLED, 0, 0, 0),
                                  Toll(list(row.group), INJURED, 0, 0, 0))
            toll = sides[key].killed if outcome == KILLED else sides[key].injured
            toll.low += row.low
            toll.best += row.best
            toll.high += row.high
            toll.figures += [f for f in row.tallies if not f.superseded] + row.incident_figures
    found = [s for s in sides.values() if s.killed.best or s.injured.best or s.killed.figures or s.injured.figures]
    for side in found:
        for toll in (side.killed, side.injured):
            toll.figures.sort(key=lambda f: -figure_value(f))
    return sorted(found, key=lambda s: (-s.killed.best, -s.injured.best, "+".join(s.group)))


def _control(session: Session, request: Request, area: Area) -> list[Change]:
    C, R = models.ControlStatement, models.Report
    when = func.coalesce(C.date, R.report_date)
    query = select(C, when).join(R, R.id == C.report_id)
    if request.date_from:
        query = query.where(when >= request.date_from)
    if request.date_to:
        query = query.where(when <= request.date_to)
    if area.kind == "admin1":
        query = query.where(or_(func.lower(C.admin1) == area.admin1.lower(), C.place_ar.in_(sorted(area.place_names))))
    elif area.kind == "place":
        query = query.where(C.place_ar == area.name_ar)
    changes: dict[tuple, Change] = {}
    for statement, day in session.execute(query.order_by(when, C.id)).all():
        key = (statement.place_ar or statement.place_en, statement.actor, statement.change)
        change = changes.setdefault(key, Change(statement.place_ar, statement.place_en, statement.actor,
                                                statement.change, day, statement.share))
        change.date = day or change.date  # statements come in date order: the latest
        if statement.share is not None:
            change.share = max(statement.share, change.share or 0)
        change.quotes.append(Quote(statement.report_id, statement.evidence))
    return sorted(changes.values(), key=lambda c: (c.date or date.min, c.place_ar or ""))


def _count_sources(session: Session, out: Bulletin, wanted: queries.EventFilter) -> None:
    """How many reports and outlets the bulletin draws on, and what the notes say of each report they cite."""
    E, M, R = models.Event, models.Mention, models.Report
    ids = queries.filtered(select(E.id), wanted, session).subquery()
    sources = dict(session.execute(select(M.report_id, R.source_id).join(R, R.id == M.report_id)
                                   .where(M.event_id.in_(select(ids.c.id))).distinct()).all())
    figures = {f.report_id for side in out.sides for count in (side.killed, side.injured) for f in count.figures}
    sources.update(_rows(session, select(R.id, R.source_id), R.id, figures - set(sources)))
    out.reports = len(sources)
    out.outlets = len({s for s in sources.values() if s is not None})
    quoted = {f.report_id for side in out.sides for toll in (side.killed, side.injured) for f in cited(toll)}
    quoted |= {q.report_id for change in out.control for q in change.quotes}
    quoted |= {s.report_id for item in out.main_events for s in item.event.sources}
    S = models.Source
    query = select(R.id, R.doc_id, S.name, R.url, R.report_date, R.source_id).join(S, S.id == R.source_id, isouter=True)
    out.report_info = {row[0]: ReportInfo(*row) for row in _rows(session, query, R.id, quoted)}


def _rows(session: Session, query, column, ids: set) -> list:
    """The rows of `query` whose `column` is one of `ids`, asked for a few hundred at a time."""
    ordered = sorted(i for i in ids if i is not None)
    return [row for start in range(0, len(ordered), 500)
            for row in session.execute(query.where(column.in_(ordered[start:start + 500]))).all()]
