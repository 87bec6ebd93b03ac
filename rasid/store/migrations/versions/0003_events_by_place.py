"""events searched by place, type and date when reconciling

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_place_type_date", "events", ["place_id", "event_type", "date_start"])


def downgrade() -> None:
    op.drop_index("ix_events_place_type_date", table_name="events")
