"""Summary tables: what totals and aggregates read, so that they do not recount a million events.

Each event adds 1 event, its killed and its injured (best figures) to one row of each table of the `event` family
(rasid.store.models.SUMMARY_KEYS: by governorate, type and review state, and by day span too), of the `actor`
family for each actor taking part, of the `group` family for each actor id its casualty counts name (with the
best toll of that group, as `aggregates(by="group")` draws them), of the `group_actor` family for each pair
of those, and of the `place` family (by place, type and review state). Whatever changes events takes their
contributions before and after and applies the difference (`Tracker`): the writer for the events a batch creates
or joins, review for the event it edits. `rebuild` makes the tables anew from the events (the migration that adds
them, and after a bulk load).
"""
from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from functools import lru_cache
from operator import itemgetter
from typing import Iterable

from sqlalchemy import Connection, Table, select, text

from . import bulk, models
from .reconcile import tolls_of

MEASURES = ("events", "killed", "injured")
TABLES: dict[str, Table] = models.SUMMARIES
_CHUNK = 500  # event ids per IN (...) query

Contributions = dict[tuple[str, tuple], list[int]]  # (table name, key) -> [events, killed, injured]


def day_number(day: date | None) -> int:
    return day.toordinal() if day else 0


def day_of(number: int) -> date | None:
    return date.fromordinal(number) if number else None


def contributions(connection: Connection, event_ids: Iterable[int]) -> Contributions:
    """What the events `event_ids` add to the summary tables, as the database holds them now."""
    out: Contributions = {}
    ids = sorted(set(event_ids))
    for start in range(0, len(ids), _CHUNK):
        _add_contributions(connection, ids[start:start + _CHUNK], out)
    return out


def _add_contributions(connection: Connection, ids: list[int], out: Contributions) -> None:
    E, P, A, C = (models.Event.__table__, models.Place.__table__, models.EventActor.__table__,
                  models.CasualtyStatement.__table__)
    roles: dict[int, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for event_id, actor, role in connection.execute(select(A.c.event_id, A.c.actor_id, A.c.role)
                                                    .where(A.c.event_id.in_(ids))):
        roles[event_id][actor].add(role)
    statements: dict[int, list] = defaultdict(list)
    for row in connection.execute(select(C.c.event_id, C.c.report_id, C.c.group_ids, C.c.group_key, C.c.outcome,
                                         C.c.low, C.c.high, C.c.tally, C.c.subset_of).where(C.c.event_id.in_(ids))):
        statements[row.event_id].append(row)
    events = connection.execute(
        select(E.c.id, E.c.date_start, E.c.date_end, E.c.place_id, P.c.admin1, E.c.event_type, E.c.sub_event_type,
               E.c.review_state, E.c.fatalities_best, E.c.injured_best)
        .select_from(E.outerjoin(P, P.c.id == E.c.place_id)).where(E.c.id.in_(ids)))
    for event in events:
        add_event(out, event, roles.get(event.id, {}), statements.get(event.id, []))


# every key column of every summary table, in one order: a table's key is picked from an event's values by position
_COLUMNS = ("actor", "role", "group_id", "start_day", "end_day", "placed", "admin1", "event_type", "sub_event_type",
            "review_state", "place_id")
_ACTOR, _ROLE, _GROUP = 0, 1, 2
_PICKS = {family: [(table, itemgetter(*(_COLUMNS.index(k) for k in models.SUMMARY_KEYS[table]))) for table in tables]
          for family, tables in models.SUMMARY_FAMILIES.items()}


def add_event(out: Contributions, event, roles: dict[str, set], statements: list) -> None:
    """One event's contributions. `event` has the attributes selected in `_add_contributions`; `roles`: actor id →
    the roles it has in the event; `statements`: its casualty rows."""
    values = _values(event)
    own = (1, event.fatalities_best or 0, event.injured_best or 0)
    _add_to_family(out, "event", values, own)
    _add_to_family(out, "place", values, own)
    for actor, its_roles in roles.items():
        values[_ACTOR], values[_ROLE] = actor, "both" if len(its_roles) > 1 else next(iter(its_roles))
        _add_to_family(out, "actor", values, own)
    _add_groups(out, values, roles, statements)


def add_event_groups(out: Contributions, event, roles: dict[str, set], statements: list) -> None:
    """What `add_event` adds to the `group` and `group_actor` families only (the writer counts the other
    families of new events in SQL: `add_new_events`)."""
    _add_groups(out, _values(event), roles, statements)


def _values(event) -> list:
    return ["", "", "", day_number(event.date_start), day_number(event.date_end or event.date_start),
            event.place_id is not None, event.admin1 or "", event.event_type, event.sub_event_type,
            event.review_state, event.place_id or 0]


def _add_groups(out: Contributions, values: list, roles: dict[str, set], statements: list) -> None:
    if not statements:
        return
    groups: dict[str, list[int]] = {a: [1, 0, 0] for a in sorted({a for s in statements for a in s.group_ids})}
    for toll in tolls_of(statements, figures=False):
        for actor in toll.group:
            groups.setdefault(actor, [0, 0, 0])[1 if toll.outcome == "killed" else 2] += toll.best or 0
    for group, counts in groups.items():
        values[_GROUP] = group
        _add_to_family(out, "group", values, counts)
        for actor in roles:
            values[_ACTOR] = actor
            _add_to_family(out, "group_actor", values, counts)


# --- new events counted by the database ---------------------------------------------------------------------

SQL_FAMILIES = ("event", "place", "actor")  # what `add_new_events` counts; the group families need tolls_of
_ROLES = ("SELECT event_id, actor_id, CASE WHEN count(*) > 1 THEN 'both' ELSE min(role) END AS role "
          "FROM event_actors WHERE event_id {ids} GROUP BY event_id, actor_id")
# the ids as one parameter: an expanding IN (…) costs SQLAlchemy more Python per id than the query takes
_IDS = {"postgresql": "= ANY(:ids)", "sqlite": "IN (SELECT value FROM json_each(:ids))"}


def add_new_events(connection: Connection, event_ids: list[int]) -> None:
    """Add what the events `event_ids` (new: counted nowhere yet, their actors linked) contribute to the tables
    of SQL_FAMILIES, each table with one INSERT … SELECT … GROUP BY … ON CONFLICT: the same rows as `add_event`
    draws in Python (the rebuild and the tests' recount), without a Python object per event and table."""
    if not event_ids:
        return
    # one parameter, an array or a JSON list, whatever the number of ids: no chunks needed
    parameter = list(event_ids) if connection.dialect.name == "postgresql" else json.dumps(list(event_ids))
    for family in SQL_FAMILIES:
        for name in models.SUMMARY_FAMILIES[family]:
            connection.execute(_new_events_statement(connection.dialect.name, name, family), {"ids": parameter})


@lru_cache(maxsize=64)
def _new_events_statement(dialect: str, name: str, family: str):
    def day(column: str) -> str:  # day_number in SQL: the proleptic Gregorian ordinal, 0 for no date
        if dialect == "postgresql":
            return f"coalesce({column} - DATE '0001-01-01' + 1, 0)"
        return f"coalesce(CAST(julianday({column}) - 1721424.5 AS INTEGER), 0)"

    expressions = {
        "actor": "a.actor_id", "role": "a.role", "start_day": day("e.date_start"),
        "end_day": day("coalesce(e.date_end, e.date_start)"), "placed": "e.place_id IS NOT NULL",
        "admin1": "coalesce(p.admin1, '')", "event_type": "e.event_type", "sub_event_type": "e.sub_event_type",
        "review_state": "e.review_state", "place_id": "coalesce(e.place_id, 0)",
    }
    keys = models.SUMMARY_KEYS[name]
    ids = _IDS[dialect]
    source = "events e" if family != "actor" else f"({_ROLES.format(ids=ids)}) a JOIN events e ON e.id = a.event_id"
    where = f"e.id {ids}" if family != "actor" else "true"  # the actors' subquery already holds just the ids
    sql = (f"INSERT INTO {name} ({', '.join(keys)}, {', '.join(MEASURES)}) "
           f"SELECT {', '.join(expressions[k] for k in keys)}, count(*), sum(e.fatalities_best), sum(e.injured_best) "
           f"FROM {source} LEFT JOIN places p ON p.id = e.place_id WHERE {where} "
           f"GROUP BY {', '.join(str(i + 1) for i in range(len(keys)))} "
           f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET "
           + ", ".join(f"{m} = {name}.{m} + excluded.{m}" for m in MEASURES))
    return text(sql)


def _add_to_family(out: Contributions, family: str, values: list, counts) -> None:
    for table, pick in _PICKS[family]:
        _add(out, table, pick(values), counts)


def _add(out: Contributions, table: str, key: tuple, counts) -> None:
    total = out.get((table, key))
    if total is None:
        out[(table, key)] = list(counts)
    else:
        total[0] += counts[0]
        total[1] += counts[1]
        total[2] += counts[2]


def apply(connection: Connection, before: Contributions, after: Contributions) -> None:
    """Add `after` minus `before` to the summary tables (one upsert per table; rows left at 0 events go)."""
    changes: dict[str, list[tuple]] = defaultdict(list)
    for (table, key), new in after.items():
        old = before.get((table, key))
        delta = new if old is None else (new[0] - old[0], new[1] - old[1], new[2] - old[2])
        if delta[0] or delta[1] or delta[2]:
            changes[table].append((*key, *delta))
    for (table, key), old in before.items():
        if (table, key) not in after and (old[0] or old[1] or old[2]):
            changes[table].append((*key, -old[0], -old[1], -old[2]))
    for name, rows in changes.items():
        add_rows(connection, TABLES[name], rows)


def add_rows(connection: Connection, table: Table, rows: list[tuple]) -> None:
    """Add (key…, events, killed, injured) rows to a summary table: upserted, so that concurrent writers add up."""
    bulk.upsert_sums(connection, table, rows, MEASURES)
    keys = [c.name for c in table.primary_key.columns]
    emptied = [row[:len(keys)] for row in rows if row[-3] < 0]  # an event moved away: drop the rows it left empty
    if emptied:
        mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
        connection.exec_driver_sql(
            f"DELETE FROM {table.name} WHERE events = 0 AND killed = 0 AND injured = 0 AND "
            + " AND ".join(f"{k} = {mark}" for k in keys), emptied)


class Tracker:
    """Contributions of some events before a change; `commit()` applies what the change made of them, and
    `added`, the contributions of events the change created (worked out by the caller)."""

    def __init__(self, connection: Connection, event_ids: Iterable[int] = ()):
        self.connection = connection
        self.ids = set(event_ids)
        self.before = contributions(connection, self.ids) if self.ids else {}

    def commit(self, added: Contributions | None = None) -> None:
        if self.ids:
            apply(self.connection, self.before, contributions(self.connection, self.ids))
        if added:  # upserts add up: the new events' rows need not be merged into the tracked ones first
            apply(self.connection, {}, added)


def rebuild(connection: Connection, chunk: int = 20_000) -> None:
    """The summary tables made anew from every event, a chunk of events at a time."""
    for table in TABLES.values():
        connection.execute(table.delete())
    E = models.Event.__table__
    last = 0
    while True:
        ids = list(connection.execute(select(E.c.id).where(E.c.id > last).order_by(E.c.id).limit(chunk)).scalars())
        if not ids:
            return
        apply(connection, {}, contributions(connection, ids))
        last = ids[-1]


