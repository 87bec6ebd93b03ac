"""the dashboard at a million events: normalised place keys, indexes for the filters and the order, summary tables,
a stored text-search vector on PostgreSQL

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_KEYS = ("admin1_key", "admin2_key", "name_en_key")


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    with op.batch_alter_table("places") as batch:
        batch.add_column(sa.Column("admin1_key", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("admin2_key", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("name_en_key", sa.Text(), nullable=True))
    places = sa.table("places", sa.column("id"), sa.column("admin1"), sa.column("admin2"), sa.column("name_en"),
                      *(sa.column(k) for k in _KEYS))
    rows = bind.execute(sa.select(places.c.id, places.c.admin1, places.c.admin2, places.c.name_en)).all()
    if rows:  # Python's lower(), as the writer and the filters use (SQL's lower() folds ASCII only on SQLite)
        bind.execute(places.update().where(places.c.id == sa.bindparam("place_id")), [
            {"place_id": i, "admin1_key": (a1 or "").lower(), "admin2_key": (a2 or "").lower(),
             "name_en_key": en.lower() if en else None} for i, a1, a2, en in rows])
    for key in _KEYS:  # compared for equality only; on PostgreSQL by hash, as long text may be (see 0004)
        op.create_index(f"ix_places_{key}", "places", [key], postgresql_using="hash")
    op.create_index("ix_events_sub_type_date", "events", ["sub_event_type", "date_start"])
    if postgres:  # SQLite reads ix_events_date_start backwards for the same order (its NULLs sort first)
        op.execute("CREATE INDEX ix_events_recent ON events (date_start DESC NULLS LAST, id DESC)")
        op.execute("CREATE INDEX ix_reports_recent ON reports (report_date DESC NULLS LAST, id DESC)")
        # ranking reads the stored vector instead of parsing every matching report's text again; the vector of
        # 0004's index, which falls back to a prefix for a report whose vector would pass the 1 MB limit
        op.execute("ALTER TABLE reports ADD COLUMN text_search tsvector "
                   "GENERATED ALWAYS AS (rasid_search_vector(text)) STORED")
        op.execute("CREATE INDEX ix_reports_text_search ON reports USING gin (text_search)")
        op.execute("DROP INDEX ix_reports_fts")
    # the review queue and the lists read the newest events first through ix_events_date_start; an index on a
    # column of four values made SQLite sort every unreviewed event instead
    op.drop_index("ix_events_review_state", table_name="events")
    # the summary tables and what fills them are the application's own (rasid.store.models, .summaries)
    from rasid.store import models, summaries

    options = {} if postgres else {"sqlite_with_rowid": False}
    for name in models.SUMMARY_KEYS:
        op.create_table(name, *models.summary_columns(name), **options)
    summaries.rebuild(bind)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    from rasid.store import models

    for name in models.SUMMARY_KEYS:
        op.drop_table(name)
    op.create_index("ix_events_review_state", "events", ["review_state"])
    if postgres:
        op.execute("CREATE INDEX ix_reports_fts ON reports USING gin (rasid_search_vector(text))")
        op.execute("DROP INDEX ix_reports_text_search")
        op.execute("ALTER TABLE reports DROP COLUMN text_search")
        op.execute("DROP INDEX ix_events_recent")
        op.execute("DROP INDEX ix_reports_recent")
    op.drop_index("ix_events_sub_type_date", table_name="events")
    for key in _KEYS:
        op.drop_index(f"ix_places_{key}", table_name="places")
    with op.batch_alter_table("places") as batch:
        for key in _KEYS:
            batch.drop_column(key)
