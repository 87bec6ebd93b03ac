"""free text without length limits; notes on reports; PostgreSQL indexes that hold long text

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27

SQLite never enforced the VARCHAR lengths of 0001, so a URL of 1,200 characters or a doc_id of 400 was stored
there and refused by PostgreSQL. Now both keep the same: every free-text column is TEXT. On PostgreSQL a b-tree
entry holds at most ~2.7 KB, so the text columns that are looked up get hash indexes, uniqueness goes through
md5 of the text, and the full-text index falls back to a prefix for a report whose word index would pass
PostgreSQL's 1 MB tsvector limit (SQLite's FTS5 has no such limit). SQLite's tables are left as they are: it
would copy whole tables to change declared types that it ignores.
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# (table, column, old length): the columns that hold text from reports, sources, gazetteers and people.
WIDENED = [
    ("sources", "name", 300), ("sources", "url", 1000),
    ("reports", "doc_id", 300), ("reports", "url", 1000), ("reports", "title", 1000), ("reports", "path", 1000),
    ("places", "name_ar", 300), ("places", "name_en", 300), ("places", "admin1", 100), ("places", "admin2", 100),
    ("places", "admin3", 100), ("places", "pcode", 40), ("places", "country", 40), ("places", "kind", 40),
    ("casualties", "group_key", 200), ("casualties", "place_ar", 300), ("casualties", "admin1", 100),
    ("control", "place_ar", 300), ("control", "place_en", 300), ("control", "admin1", 100),
    ("review_actions", "user_name", 200), ("api_tokens", "name", 200),
]

# The word index of a report's text, or of its longest prefix whose index fits in a tsvector (1 MB).
SEARCH_VECTOR = """
CREATE FUNCTION rasid_search_vector(body text) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    n integer := length(body);
BEGIN
    LOOP
        BEGIN
            RETURN to_tsvector('simple'::regconfig, left(body, n));
        EXCEPTION WHEN program_limit_exceeded THEN
            n := n / 2;
        END;
    END LOOP;
END
$$
"""


def upgrade() -> None:
    op.add_column("reports", sa.Column("notes", sa.JSON(), nullable=True))
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column, length in WIDENED:
        op.alter_column(table, column, type_=sa.Text(), existing_type=sa.String(length))
    op.drop_constraint("sources_name_key", "sources", type_="unique")
    op.execute("CREATE UNIQUE INDEX uq_sources_name ON sources (md5(name))")
    op.drop_constraint("uq_place", "places", type_="unique")
    op.execute("CREATE UNIQUE INDEX uq_place_md5 ON places (md5(name_ar), admin1, admin2, geo_precision)")
    for table, column in (("places", "name_ar"), ("reports", "doc_id")):
        op.drop_index(f"ix_{table}_{column}", table_name=table)
        op.create_index(f"ix_{table}_{column}", table, [column], postgresql_using="hash")
    op.execute(SEARCH_VECTOR)
    op.drop_index("ix_reports_fts", table_name="reports")
    op.execute("CREATE INDEX ix_reports_fts ON reports USING gin (rasid_search_vector(text))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_reports_fts", table_name="reports")
        op.execute("CREATE INDEX ix_reports_fts ON reports USING gin (to_tsvector('simple', text))")
        op.execute("DROP FUNCTION rasid_search_vector(text)")
        for table, column in (("places", "name_ar"), ("reports", "doc_id")):
            op.drop_index(f"ix_{table}_{column}", table_name=table)
            op.create_index(f"ix_{table}_{column}", table, [column])
        op.drop_index("uq_place_md5", table_name="places")
        op.create_unique_constraint("uq_place", "places", ["name_ar", "admin1", "admin2", "geo_precision"])
        op.drop_index("uq_sources_name", table_name="sources")
        op.create_unique_constraint("sources_name_key", "sources", ["name"])
        for table, column, length in WIDENED:  # fails, as it should, if longer text is stored
            op.alter_column(table, column, type_=sa.String(length), existing_type=sa.Text())
    op.drop_column("reports", "notes")  # ALTER TABLE … DROP COLUMN: SQLite 3.35+, whose table keeps its FTS triggers
