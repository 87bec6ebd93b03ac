"""The writer's bulk statements, sent straight to the driver: building and compiling SQLAlchemy statements row by
row costs more than the database takes to run them.

`insert_rows` writes rows with COPY on PostgreSQL and one `executemany` on SQLite; `upsert_sums` adds rows of
counts to a table keyed by the other columns; `select_joined` runs a query joined to a small table of values.
PostgreSQL gets one array per column (`unnest`): a short statement, parsed once, instead of a statement per row
or thousands of placeholders. Values go through the columns' own SQLAlchemy types (dates, JSON), so they are
stored and read exactly as the ORM stores and reads them.
"""
from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from operator import itemgetter
from typing import Sequence

from sqlalchemy import JSON, Column, Connection, Date, Table

from ..records import iso_or_none


def insert_rows(connection: Connection, table: Table, rows: list[dict]) -> None:
    """Insert `rows` (dicts with the same keys: column names) into `table`."""
    if not rows:
        return
    names = list(rows[0])
    quote = connection.dialect.identifier_preparer.quote
    columns = ", ".join(quote(name) for name in names)
    if connection.dialect.name == "postgresql":
        dumps = [to_json if isinstance(table.c[name].type, JSON) else None for name in names]
        with connection.connection.driver_connection.cursor() as cursor:
            with cursor.copy(f"COPY {quote(table.name)} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row([f(row[n]) if f else row[n] for n, f in zip(names, dumps)])
        return
    convert = [(i, f) for i, f in enumerate(_bind(connection, table.c[name]) for name in names) if f]
    values = [list(row) for row in map(itemgetter(*names), rows)] if len(names) > 1 else [[r[names[0]]] for r in rows]
    for row in values:
        for i, f in convert:
            row[i] = f(row[i])
    values = list(map(tuple, values))  # SQLAlchemy passes tuples (or dicts) on
    marks = ", ".join("?" for _ in names)
    connection.exec_driver_sql(f"INSERT INTO {quote(table.name)} ({columns}) VALUES ({marks})", values)


def select_joined(connection: Connection, name: str, names: Sequence[str], values: list[tuple], body: str,
                  columns: Sequence[Column], select_list: str | None = None) -> list[tuple]:
    """`WITH name(names) AS (rows of values) SELECT columns body`: the rows, converted by the columns' types.
    `body` is the rest of the query after the select list (FROM …), in SQL the dialects share; `select_list`
    replaces the columns' names in the query (the columns still give the types). A column of `values` holds one
    Python type (that of its first row)."""
    if not values:
        return []
    select_list = select_list or ", ".join(f"{c.table.name}.{c.name}" for c in columns)
    if connection.dialect.name == "postgresql":  # one array per column: a short statement, quick to parse
        casts = ", ".join(f"%s::{_PG_ARRAYS[type(v)]}" for v in values[0])
        sql = f"WITH {name}({', '.join(names)}) AS (SELECT * FROM unnest({casts})) SELECT {select_list} {body}"
        return connection.exec_driver_sql(sql, tuple(map(list, zip(*values)))).fetchall()
    dates = [i for i, v in enumerate(values[0]) if isinstance(v, date)]  # SQLite stores dates as ISO text
    if dates:
        values = [list(row) for row in values]
        for row in values:
            for i in dates:
                row[i] = row[i].isoformat()
    row_marks = "(" + ", ".join("?" for _ in names) + ")"
    sql = (f"WITH {name}({', '.join(names)}) AS (VALUES {', '.join([row_marks] * len(values))}) "
           f"SELECT {select_list} {body}")
    rows = connection.exec_driver_sql(sql, tuple(v for row in values for v in row)).fetchall()
    # sqlite3 gives dates and JSON as text: only those columns converted, in place
    convert = [(i, f) for i, f in enumerate(_result(connection, c) for c in columns) if f]
    if not convert:
        return [tuple(row) for row in rows]
    converted = []
    for row in rows:
        row = list(row)
        for i, f in convert:
            row[i] = f(row[i])
        converted.append(tuple(row))
    return converted


_PG_ARRAYS = {int: "bigint[]", float: "double precision[]", str: "text[]", date: "date[]", bool: "boolean[]"}


def upsert_sums(connection: Connection, table: Table, rows: list[tuple], measures: Sequence[str]) -> None:
    """Add rows (key columns…, measures…) to `table`: a new key is inserted, a stored one has the measures added
    (INSERT … ON CONFLICT DO UPDATE; each key once in `rows`)."""
    keys = [c.name for c in table.primary_key.columns]
    columns = ", ".join(keys + list(measures))
    conflict = (f" ON CONFLICT ({', '.join(keys)}) DO UPDATE SET "
                + ", ".join(f"{m} = {table.name}.{m} + excluded.{m}" for m in measures))
    if connection.dialect.name == "postgresql":  # one statement of arrays, not a statement a row
        casts = ", ".join(f"%s::{table.c[k].type.compile(connection.dialect)}[]" for k in keys + list(measures))
        connection.exec_driver_sql(f"INSERT INTO {table.name} ({columns}) SELECT * FROM unnest({casts}){conflict}",
                                   tuple(map(list, zip(*rows))))
        return
    marks = ", ".join("?" for _ in range(len(keys) + len(measures)))
    connection.exec_driver_sql(f"INSERT INTO {table.name} ({columns}) VALUES ({marks}){conflict}", rows)


def _bind(connection: Connection, column: Column):
    """How a value of `column` is passed to sqlite3: as SQLAlchemy passes it, with a quicker path for dates and
    JSON (the same text: ISO dates, json.dumps)."""
    if isinstance(column.type, JSON):
        return to_json
    if type(column.type) is Date:
        return iso_or_none
    return column.type.dialect_impl(connection.dialect).bind_processor(connection.dialect)


def to_json(value) -> str:
    """json.dumps, remembered for the short lists of actor ids that most JSON columns hold."""
    if type(value) is list and len(value) <= 4:
        return _list_json(tuple(value))
    return json.dumps(value)


@lru_cache(maxsize=8192)
def _list_json(value: tuple) -> str:
    return json.dumps(list(value))


def _result(connection: Connection, column: Column):
    return column.type.dialect_impl(connection.dialect).result_processor(connection.dialect, None)
