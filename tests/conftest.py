"""Shared fixtures: a fresh observatory database on SQLite, and on PostgreSQL when a server is configured.

The database tests run once per backend. PostgreSQL runs when `RASID_TEST_POSTGRES` holds a URL to a server
whose user may create databases (`.ci/run` installs and starts one on 127.0.0.1 and sets it); each test gets
a database of its own, dropped afterwards.
"""
from __future__ import annotations

import os
import uuid

import pytest

POSTGRES_ENV = "RASID_TEST_POSTGRES"


def _postgres_url() -> str | None:
    return os.environ.get(POSTGRES_ENV) or None


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A URL to an empty database; the schema is created when it is opened."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'rasid.sqlite'}"
        return
    base = _postgres_url()
    if not base:
        pytest.skip(f"no PostgreSQL server: set {POSTGRES_ENV}=postgresql+psycopg://user:pass@127.0.0.1/postgres")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"rasid_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            # client connections only: an autovacuum worker on the database is not ours to end (DROP DATABASE
            # stops it by itself)
            connection.execute(text(
                f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' "
                "AND pid <> pg_backend_pid() AND backend_type = 'client backend'"))
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture
def database(db_url):
    from rasid.store.db import open_database

    db = open_database(db_url)
    yield db
    db.dispose()
