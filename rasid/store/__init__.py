"""The observatory database: storage (SQLAlchemy, Alembic), ingest, reconciliation, review and queries."""
