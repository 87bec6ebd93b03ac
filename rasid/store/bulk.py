"""The writer's bulk statements, sent straight to the driver: building and compiling SQLAlchemy statements row by
row costs more than the database takes to run them.

`insert_rows` writes rows with COPY on PostgreSQL and one `executemany` on SQLite; `select_joined` runs a query
joined to a small table of values (`WITH name(columns) AS (VALUES …)`). Values go through the columns' own
SQLAlchemy types (dates, JSON), so they are stored and read exactly as the ORM stores and reads them.
"""
from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from operator import itemgetter
from typing import Sequence

from sqlalchemy import JSON, Column, Connection, Date, Table


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
    marks = ", ".join(_mark(connection) for _ in names)
    connection.exec_driver_sql(f"INSERT INTO {quote(table.name)} ({columns}) VALUES ({marks})", values)


def select_joined(connection: Connection, name: str, names: Sequence[str], values: list[tuple], body: str,
                  columns: Sequence[Column], select_list: str | None = None) -> list[tuple]:
    """`WITH name(names) AS (VALUES values…) SELECT columns body`: the rows, converted by the columns' types.
    `body` is the rest of the query after the select list (FROM …), in SQL the dialects share; `select_list`
    replaces the columns' names in the query (the columns still give the types)."""
    if not values:
        return []
    text_dates = connection.dialect.name == "sqlite"  # SQLite stores dates as ISO text
    row_marks = "(" + ", ".join(_mark(connection) for _ in names) + ")"
    params = tuple(v.isoformat() if text_dates and isinstance(v, date) else v for row in values for v in row)
    select_list = select_list or ", ".join(f"{c.table.name}.{c.name}" for c in columns)
    sql = (f"WITH {name}({', '.join(names)}) AS (VALUES {', '.join([row_marks] * len(values))}) "
           f"SELECT {select_list} {body}")
    # psycopg reads dates, numbers and JSON as Python values itself; sqlite3 gives text for the two first
    convert = [_result(connection, c) if text_dates else None for c in columns]
    return [tuple(f(v) if f else v for v, f in zip(row, convert))
            for row in connection.exec_driver_sql(sql, params).fetchall()]


def _mark(connection: Connection) -> str:
    return "?" if connection.dialect.paramstyle == "qmark" else "%s"


def _bind(connection: Connection, column: Column):
    """How a value of `column` is passed to sqlite3: as SQLAlchemy passes it, with a quicker path for dates and
    JSON (the same text: ISO dates, json.dumps)."""
    if isinstance(column.type, JSON):
        return to_json
    if type(column.type) is Date:
        return _iso
    return column.type.dialect_impl(connection.dialect).bind_processor(connection.dialect)


def to_json(value) -> str:
    """json.dumps, remembered for the short lists of actor ids that most JSON columns hold."""
    if type(value) is list and len(value) <= 4:
        return _list_json(tuple(value))
    return json.dumps(value)


@lru_cache(maxsize=8192)
def _list_json(value: tuple) -> str:
    return json.dumps(list(value))


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _result(connection: Connection, column: Column):
    return column.type.dialect_impl(connection.dialect).result_processor(connection.dialect, None)
