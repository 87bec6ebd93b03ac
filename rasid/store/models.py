"""The observatory database: SQLAlchemy 2 tables for reports, reconciled events and their evidence.

A report's extraction is stored as it came out (`mentions`, `casualties`, `control`), each row pointing
back to its report and sentence; `events` are the incidents that mentions are reconciled into. Analysts'
review actions are kept with the values before and after. Alembic migrations (rasid/store/migrations)
create and upgrade the schema; these classes are the single description of it.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    func,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

REVIEW_STATES = ("unreviewed", "confirmed", "edited", "rejected")
MAX_INTEGER = 2**31 - 1  # the largest id or count an INTEGER column holds (PostgreSQL's int4)

# Free text (names, URLs, ids from the sources) has no length limit, on SQLite as on PostgreSQL (migration 0004).
# A PostgreSQL b-tree entry holds at most ~2.7 KB, so there the text columns that are looked up are indexed by hash
# and kept unique through the md5 of the text; SQLite has no such limit and keeps plain indexes.


class Base(DeclarativeBase):
    pass


class Source(Base):
    """An outlet that publishes reports («المرصد السوري لحقوق الإنسان», an RSS feed's site)."""

    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)  # unique: see uq_sources_name below
    url: Mapped[str | None] = mapped_column(Text)


class Report(Base):
    __tablename__ = "reports"
    id: Mapped[int] = mapped_column(primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the text: a report seen again
    doc_id: Mapped[str] = mapped_column(Text)  # indexed: see ix_reports_doc_id below
    text: Mapped[str] = mapped_column(Text)
    report_date: Mapped[date | None] = mapped_column(Date, index=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    path: Mapped[str | None] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(8), default="ar")
    ingested_at: Mapped[datetime] = mapped_column(DateTime)
    unresolved_places: Mapped[list] = mapped_column(JSON, default=list)
    notes: Mapped[list | None] = mapped_column(JSON, default=list)  # what the input boundary changed

    source: Mapped[Source | None] = relationship()

    __table_args__ = (  # the API's order, newest first (on PostgreSQL only: see ix_events_recent)
        Index("ix_reports_recent", "report_date", "id", postgresql_ops={"report_date": "DESC NULLS LAST", "id": "DESC"}),
    )


class Actor(Base):
    __tablename__ = "actors"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)  # the report record's actor id (SCHEMA.md)
    name: Mapped[str | None] = mapped_column(String(200))


class Place(Base):
    """A located place as the gazetteer resolved it; events and mentions share one row per place."""

    __tablename__ = "places"
    __table_args__ = (
        UniqueConstraint("name_ar", "admin1", "admin2", "geo_precision", name="uq_place").ddl_if(dialect="sqlite"),
        Index("ix_places_point", "latitude", "longitude"),  # nearby places, when reconciling events
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    name_ar: Mapped[str] = mapped_column(Text)  # indexed: see below
    name_en: Mapped[str | None] = mapped_column(Text)
    admin1: Mapped[str] = mapped_column(Text, default="", index=True)
    admin2: Mapped[str] = mapped_column(Text, default="")
    # lower-cased copies that the API's filters compare with, through an index (`place_keys`)
    admin1_key: Mapped[str] = mapped_column(Text, default="")  # indexed, as are the others: see below
    admin2_key: Mapped[str] = mapped_column(Text, default="")
    name_en_key: Mapped[str | None] = mapped_column(Text)
    admin3: Mapped[str | None] = mapped_column(Text)
    pcode: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int] = mapped_column(Integer, default=3)


class Event(Base):
    """One incident: a day (or period), a place, a type, the sides; the reports that state it are its mentions."""

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_type_date", "event_type", "date_start"),
        Index("ix_events_place_type_date", "place_id", "event_type", "date_start"),  # reconciling: same place first
        Index("ix_events_sub_type_date", "sub_event_type", "date_start"),  # the API's type filter
        # the API's order, newest first (PostgreSQL: an ascending index scanned backwards puts NULL dates first),
        # with the map's columns, so that /api/map reads no event rows (migration 0006; on SQLite they are key
        # columns, and the index replaces ix_events_date_start there)
        Index("ix_events_recent", "date_start", "id", postgresql_ops={"date_start": "DESC NULLS LAST", "id": "DESC"},
              postgresql_include=["place_id", "event_type", "fatalities_best"]),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    event_type: Mapped[str] = mapped_column(String(60))
    sub_event_type: Mapped[str] = mapped_column(String(80))
    date_start: Mapped[date | None] = mapped_column(Date, index=True)
    date_end: Mapped[date | None] = mapped_column(Date)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"), index=True)
    actors: Mapped[list] = mapped_column(JSON, default=list)
    targets: Mapped[list] = mapped_column(JSON, default=list)
    country: Mapped[str | None] = mapped_column(String(40))
    review_state: Mapped[str] = mapped_column(String(20), default="unreviewed")
    edited_fields: Mapped[list] = mapped_column(JSON, default=list)  # what an analyst set; reconciling keeps it
    fatalities_low: Mapped[int] = mapped_column(Integer, default=0)
    fatalities_best: Mapped[int] = mapped_column(Integer, default=0)
    fatalities_high: Mapped[int] = mapped_column(Integer, default=0)
    injured_best: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    place: Mapped[Place | None] = relationship()
    mentions: Mapped[list[Mention]] = relationship(back_populates="event", order_by="Mention.id")


class EventActor(Base):
    """Who took part, one row per actor and role, so that the API can filter by actor in SQL."""

    __tablename__ = "event_actors"
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    actor_id: Mapped[str] = mapped_column(ForeignKey("actors.id"), primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(10), primary_key=True)  # actor | target


class Mention(Base):
    """One report's statement of an event, as extracted, and the reason it joined its event."""

    __tablename__ = "mentions"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)  # the event's index in the report record
    event_type: Mapped[str] = mapped_column(String(60))
    sub_event_type: Mapped[str] = mapped_column(String(80))
    date_start: Mapped[date | None] = mapped_column(Date)
    date_end: Mapped[date | None] = mapped_column(Date)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"))
    actors: Mapped[list] = mapped_column(JSON, default=list)
    targets: Mapped[list] = mapped_column(JSON, default=list)
    evidence: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    merge_reason: Mapped[str] = mapped_column(Text)

    event: Mapped[Event] = relationship(back_populates="mentions")
    report: Mapped[Report] = relationship()
    place: Mapped[Place | None] = relationship()


class CasualtyStatement(Base):
    """A count of killed or injured as one report states it; tied to an event when the report ties it."""

    __tablename__ = "casualties"
    __table_args__ = (Index("ix_casualties_tally", "tally", "group_key", "outcome"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    group: Mapped[list] = mapped_column("group_ids", JSON)
    group_key: Mapped[str] = mapped_column(Text)  # the sorted actor ids, joined by "+"
    outcome: Mapped[str] = mapped_column(String(10))
    low: Mapped[int | None] = mapped_column(Integer)
    high: Mapped[int | None] = mapped_column(Integer)
    qualifier: Mapped[str] = mapped_column(String(20))
    date_start: Mapped[date | None] = mapped_column(Date)
    date_end: Mapped[date | None] = mapped_column(Date)
    place_ar: Mapped[str | None] = mapped_column(Text)
    admin1: Mapped[str | None] = mapped_column(Text)
    tally: Mapped[bool] = mapped_column(Boolean, default=False)
    subset_of: Mapped[int | None] = mapped_column(Integer)  # ordinal of the count this one is part of
    # Which running tally replaces which, and which incident counts a tally already includes, is worked out
    # when tolls are read (rasid.store.reconcile), so that it never depends on the order reports arrived in.
    evidence: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)

    report: Mapped[Report] = relationship()


class ControlStatement(Base):
    __tablename__ = "control"
    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    place_ar: Mapped[str | None] = mapped_column(Text)
    place_en: Mapped[str | None] = mapped_column(Text)
    admin1: Mapped[str | None] = mapped_column(Text, index=True)
    actor: Mapped[str] = mapped_column(String(40))
    change: Mapped[str] = mapped_column(String(10))
    share: Mapped[float | None] = mapped_column(Float)
    date: Mapped[date | None] = mapped_column(Date)
    evidence: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)

    report: Mapped[Report] = relationship()


class ReviewAction(Base):
    __tablename__ = "review_actions"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    user: Mapped[str] = mapped_column("user_name", Text)
    at: Mapped[datetime] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(String(20))  # confirm | edit | reject | reopen
    before: Mapped[dict] = mapped_column(JSON)
    after: Mapped[dict] = mapped_column(JSON)
    note: Mapped[str] = mapped_column(Text, default="")


def place_keys(admin1: str | None, admin2: str | None, name_en: str | None) -> dict:
    """The normalised keys of a place, stored beside its names so that filters need no lower() per row."""
    return {"admin1_key": (admin1 or "").lower(), "admin2_key": (admin2 or "").lower(),
            "name_en_key": name_en.lower() if name_en else None}


# The summary tables (rasid.store.summaries keeps them up to date: the writer, review): events, killed and injured
# (best figures) per key. Key columns: `start_day`, `end_day`: date.toordinal() of the event's dates, 0 when unknown
# (end: the end date, else the start date); `placed`: whether the event has a place (`admin1` '' when it has none);
# `actor` (with its `role` in the event: actor, target, or both) for the events an actor takes part in; `group_id`
# for the actor ids of the groups an event's casualty counts name (killed, injured: the best toll of the group);
# `place_id` (0: no place) for what is counted per district or per located place (joined to `places`).
# Each family holds the same counts at several levels of detail, so that a question reads the smallest table
# that has its columns (`SUMMARY_FAMILIES`, smallest first): a million events make ~2,000 rows without days,
# ~600,000 with days and governorates.
_SUMMARY_COLUMNS = {
    "actor": String(40), "role": String(10), "group_id": String(40), "start_day": Integer(), "end_day": Integer(),
    "placed": Boolean(), "admin1": Text(), "event_type": String(60), "sub_event_type": String(80),
    "review_state": String(20), "place_id": Integer(),
}
SUMMARY_KEYS = {
    "event_totals": ("placed", "admin1", "event_type", "sub_event_type", "review_state"),
    "event_days": ("start_day", "end_day", "event_type", "sub_event_type", "review_state"),
    "event_counts": ("start_day", "end_day", "placed", "admin1", "event_type", "sub_event_type", "review_state"),
    "actor_totals": ("actor", "role", "placed", "admin1", "event_type", "sub_event_type", "review_state"),
    "actor_counts": ("actor", "start_day", "end_day", "placed", "admin1", "event_type", "sub_event_type",
                     "review_state"),
    "group_totals": ("group_id", "placed", "admin1", "event_type", "sub_event_type", "review_state"),
    "group_counts": ("group_id", "start_day", "end_day", "placed", "admin1", "event_type", "sub_event_type",
                     "review_state"),
    # the groups counted at the events an actor takes part in (the side chart with an actor chosen)
    "group_actor_totals": ("actor", "group_id", "placed", "admin1", "event_type", "sub_event_type", "review_state"),
    "group_actor_counts": ("actor", "group_id", "start_day", "end_day", "placed", "admin1", "event_type",
                           "sub_event_type", "review_state"),
    # per place: the districts (by=admin2) and the located events of the map
    "place_totals": ("place_id", "event_type", "sub_event_type", "review_state"),
    "place_counts": ("place_id", "start_day", "end_day", "event_type", "sub_event_type", "review_state"),
}
SUMMARY_FAMILIES = {
    "event": ("event_totals", "event_days", "event_counts"),
    "actor": ("actor_totals", "actor_counts"),
    "group": ("group_totals", "group_counts"),
    "group_actor": ("group_actor_totals", "group_actor_counts"),
    "place": ("place_totals", "place_counts"),
}


def summary_columns(name: str) -> list[Column]:
    """The columns of a summary table (the migration that creates them uses this too)."""
    return [*(Column(key, _SUMMARY_COLUMNS[key], primary_key=True) for key in SUMMARY_KEYS[name]),
            *(Column(measure, Integer, nullable=False) for measure in ("events", "killed", "injured"))]


SUMMARIES: dict[str, Table] = {name: Table(name, Base.metadata, *summary_columns(name), sqlite_with_rowid=False)
                               for name in SUMMARY_KEYS}


class ApiToken(Base):
    """A write token for the HTTP API; only its SHA-256 is stored."""

    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


# PostgreSQL: indexes whose entries do not grow with the text (see the top of this module and migration 0004).
Index("uq_sources_name", func.md5(Source.name), unique=True).ddl_if(dialect="postgresql")
UniqueConstraint(Source.name).ddl_if(dialect="sqlite")
Index("uq_place_md5", func.md5(Place.name_ar), Place.admin1, Place.admin2, Place.geo_precision,
      unique=True).ddl_if(dialect="postgresql")
Index("ix_places_name_ar", Place.name_ar, postgresql_using="hash")
Index("ix_places_admin1_key", Place.admin1_key, postgresql_using="hash")  # the filters' keys: equality only
Index("ix_places_admin2_key", Place.admin2_key, postgresql_using="hash")
Index("ix_places_name_en_key", Place.name_en_key, postgresql_using="hash")
Index("ix_reports_doc_id", Report.doc_id, postgresql_using="hash")
