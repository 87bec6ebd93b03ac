"""The observatory database: storage (SQLAlchemy, Alembic), ingest, reconciliation, review and queries."""

BATCH_SIZE = 200  # reports written per transaction (and extracted per Dask task) unless --batch-size says otherwise
