"""Opening the observatory database: a SQLite file by default, any SQLAlchemy URL (PostgreSQL) for teams.

    open_database(None)                                   # rasid.sqlite in $RASID_HOME or the user data folder
    open_database("reports.sqlite")                        # a file path
    open_database("postgresql+psycopg://u:p@host/rasid")  # a server

The schema is created and upgraded by the Alembic migrations in rasid/store/migrations when the database is
opened, so a database made by an older Rasid is brought up to date without losing anything.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from ..geo.store import data_dir

try:
    import fcntl
except ImportError:  # Windows: SQLite migrations are not locked there
    fcntl = None

ENV_DB = "RASID_DB"
DB_FILE = "rasid.sqlite"
MIGRATIONS = Path(__file__).with_name("migrations")
MIGRATION_LOCK_KEY = 0x7261736964  # "rasid": the PostgreSQL advisory lock taken while migrating


class DatabaseError(Exception):
    """The database cannot be opened or upgraded; the message says which and why, in one line."""


def database_url(db: str | os.PathLike | None = None) -> str:
    """The SQLAlchemy URL for `--db`: a URL as given, a path as a SQLite file, nothing as $RASID_DB or the default file."""
    value = str(db) if db else os.environ.get(ENV_DB, "")
    if "://" in value:
        return value
    path = Path(value).expanduser() if value else data_dir() / DB_FILE
    return f"sqlite:///{path.resolve()}"


def describe(url: str) -> str:
    """The URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


class Database:
    """An engine, a session factory and the URL they use."""

    def __init__(self, url: str, engine: Engine):
        self.url = url
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self.is_sqlite = engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error or interruption."""
        session = self.sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(db: str | os.PathLike | None = None, upgrade: bool = True) -> Database:
    url = database_url(db)
    try:
        engine = _engine(url)
        if upgrade:
            migrate(engine)
    except Exception as exc:  # a driver, a file system or a migration problem: one line, never a traceback
        raise DatabaseError(f"{describe(url)}: {_reason(exc)}") from exc
    return Database(url, engine)


def _engine(url: str) -> Engine:
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # psycopg prepares a statement run five times, and PostgreSQL may then plan it once for any parameters: a text
    # search or a filter that matches most rows needs a plan of its own (measured: 0.4 s became 1.4 s)
    connect_args = {"options": "-c plan_cache_mode=force_custom_plan"} if url.startswith("postgresql") else {}
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def _sqlite_pragmas(connection, _record) -> None:
    # WAL lets the dashboard read while an ingest writes; NORMAL sync keeps each report's commit cheap and,
    # with WAL, still never corrupts the file on a crash (the last commits may be lost, then re-ingested).
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration, one process at a time: two first runs against a new, empty
    database must not both create it (the second waits, then finds it up to date)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with _sqlite_file_lock(engine), engine.begin() as connection:
        if connection.dialect.name == "postgresql":  # held until this transaction ends
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@contextmanager
def _sqlite_file_lock(engine: Engine) -> Iterator[None]:
    """An exclusive lock on `<database file>.lock` while migrating a SQLite file (no lock where the lock file
    cannot be made, e.g. a read-only folder: then nobody can migrate that database concurrently anyway)."""
    path = engine.url.database if engine.dialect.name == "sqlite" else None
    if not path or path == ":memory:" or fcntl is None:
        yield
        return
    try:
        handle = open(f"{path}.lock", "a")
    except OSError:
        yield
        return
    with handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _reason(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
