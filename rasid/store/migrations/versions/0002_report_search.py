"""full-text search over report text

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# SQLite: an FTS5 index kept in step with `reports` by triggers. PostgreSQL: a GIN index on the text's
# tsvector ('simple': no stemming, which suits Arabic better than any English dictionary).
_SQLITE = [
    "CREATE VIRTUAL TABLE reports_fts USING fts5(text, content='reports', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN "
    "INSERT INTO reports_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN "
    "INSERT INTO reports_fts(reports_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER reports_fts_update AFTER UPDATE OF text ON reports BEGIN "
    "INSERT INTO reports_fts(reports_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO reports_fts(rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO reports_fts(reports_fts) VALUES ('rebuild')",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in _SQLITE:
            op.execute(statement)
    else:
        op.execute("CREATE INDEX ix_reports_fts ON reports USING gin (to_tsvector('simple', text))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER reports_fts_{name}")
        op.execute("DROP TABLE reports_fts")
    else:
        op.execute("DROP INDEX ix_reports_fts")
