"""The summary tables (rasid.store.summaries) on SQLite and PostgreSQL: kept equal to a recount by the writer and by
review, filled by the migration that adds them, and answering totals and aggregates exactly as the events do."""
from __future__ import annotations

import itertools
from datetime import date

import pytest
from sqlalchemy import func, select, text

from rasid.sources import iter_reports
from rasid.store import models, queries, review, summaries
from rasid.store.db import migrate, open_database
from rasid.store.ingest import extract_report, write_all

from db_snapshot import generator

FILTERS = [
    {}, {"date_from": date(2024, 3, 4)}, {"date_to": date(2024, 3, 5)},
    {"date_from": date(2024, 3, 3), "date_to": date(2024, 3, 6)}, {"admin1": "idlib"}, {"admin1": "Aleppo"},
    {"event_type": "Battles"}, {"event_type": "shelling/artillery/missile attack"}, {"state": "unreviewed"},
    {"state": "rejected"}, {"actor": "SYR_GOV"}, {"actor": "HTS", "admin1": "Idlib", "event_type": "battles"},
    {"actor": "CIVILIANS", "state": "edited", "date_from": date(2024, 3, 2)},
    {"states": ("unreviewed", "confirmed", "edited")}, {"states": ("confirmed", "edited"), "admin1": "Idlib"},
]


def stored_summaries(connection) -> dict:
    rows = {}
    for name, table in summaries.TABLES.items():
        for row in connection.execute(select(table)):
            rows[(name, tuple(row[:-3]))] = tuple(row[-3:])
    return rows


def recounted(connection) -> dict:
    ids = connection.execute(select(models.Event.id)).scalars().all()
    return {key: tuple(values) for key, values in summaries.contributions(connection, ids).items() if any(values)}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> list:
    """Generated reports over ten days (many of them one incident), extracted once."""
    path = tmp_path_factory.mktemp("summaries") / "reports.jsonl"
    generator().write(160, str(path), seed=5, start=date(2024, 3, 1), end=date(2024, 3, 10))
    return [extract_report(report) for report in iter_reports([str(path)])]


@pytest.fixture
def reviewed(database, extracted):
    """The corpus written in batches, with review actions between them: an edit, a rejection, a reopening."""
    write_all(extracted[:60], database, batch_size=25)
    with database.session() as session:
        first, second, third = session.scalars(select(models.Event.id).order_by(models.Event.id).limit(3)).all()
        review.apply(session, first, "edit", "analyst", {"fatalities": 7, "event_type": "Protests",
                                                         "sub_event_type": "Peaceful protest", "actors": ["CIVILIANS"]})
        review.apply(session, second, "reject", "analyst")
        review.apply(session, third, "edit", "analyst", {"date_start": "2024-02-20", "place_id": 1})
        review.apply(session, third, "reopen", "analyst")
    write_all(extracted[60:], database, batch_size=40)
    return database


def test_the_writer_and_review_keep_the_summaries_equal_to_a_recount(reviewed):
    with reviewed.engine.connect() as connection:
        stored = stored_summaries(connection)
        assert stored == recounted(connection)
        assert sum(v[0] for k, v in stored.items() if k[0] == "event_counts") == \
            connection.scalar(select(func.count()).select_from(models.Event))


def test_totals_and_aggregates_from_the_summaries_equal_those_over_the_events(reviewed):
    with reviewed.session() as session:
        for kw in FILTERS:
            f = queries.EventFilter(**kw)
            direct = session.scalar(select(func.count()).select_from(
                queries.filtered(select(models.Event.id), f, session).subquery()))
            assert queries.count_events(session, f) == direct, kw
            located = queries.filtered(select(models.Event.id), f, session).join(
                models.Place, models.Place.id == models.Event.place_id).where(models.Place.latitude.is_not(None),
                                                                          models.Place.longitude.is_not(None))
            assert queries.map_points(session, f, 5)[0] == session.scalar(
                select(func.count()).select_from(located.subquery())), kw
            for by in queries.AGGREGATES:
                summarised = queries.aggregates(session, by, f)
                over_events = queries.aggregates_of_events(session, by, f)
                assert sorted(map(_row, summarised)) == sorted(map(_row, over_events)), (by, kw)
        assert queries.aggregates(session, "group", queries.EventFilter())  # the corpus has casualty counts


def _row(item: dict) -> tuple:
    return item.get("admin1"), item["key"], item["events"], item["killed"], item["injured"]


def test_filters_by_district_place_and_text_are_counted_over_the_events(reviewed):
    with reviewed.session() as session:
        place = session.scalars(select(models.Place).where(models.Place.name_en.is_not(None))
                                .order_by(models.Place.id)).first()
        for kw in ({"place": place.name_en.upper()}, {"place": place.name_ar}, {"admin2": place.admin2 or "x"},
                   {"q": "قوات"}, {"q": "قوات", "admin1": "idlib", "actor": "SYR_GOV"}):
            f = queries.EventFilter(**kw)
            assert not queries.summarised(f)
            total, page = queries.list_events(session, f, limit=500)
            assert total == len(page), kw
        assert queries.list_events(session, queries.EventFilter(place=place.name_en.upper()))[0] > 0


def test_the_migration_fills_the_summaries_and_the_place_keys(db_url):
    """A database made by the previous schema (0004), with a report and events in it, upgraded."""
    from alembic import command
    from alembic.config import Config

    from rasid.store.db import MIGRATIONS

    engine = open_database(db_url, upgrade=False).engine
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO reports (id, content_hash, doc_id, text, lang, ingested_at, unresolved_places, notes) "
            "VALUES (1, 'h1', 'r1', 'اشتباكات في كفرنبل', 'ar', '2024-03-10 00:00:00', '[]', '[\"a note\"]')"))
        connection.execute(text(
            "INSERT INTO places (id, name_ar, name_en, admin1, admin2, geo_precision) "
            "VALUES (1, 'كفرنبل', 'Kafr Nabl', 'Idlib', 'Maarrat al-Numan', 1)"))
        connection.execute(text("INSERT INTO actors (id) VALUES ('SYR_GOV'), ('HTS')"))
        for event_id, day, state in ((1, "2024-03-02", "unreviewed"), (2, "2024-03-09", "confirmed")):
            connection.execute(text(
                "INSERT INTO events (id, event_type, sub_event_type, date_start, date_end, place_id, actors, targets, "
                "review_state, edited_fields, fatalities_low, fatalities_best, fatalities_high, injured_best, "
                "created_at, updated_at) VALUES (:id, 'Battles', 'Armed clash', :day, :day, 1, '[\"SYR_GOV\"]', "
                "'[\"HTS\"]', :state, '[]', 3, 4, 5, 1, '2024-03-10 00:00:00', '2024-03-10 00:00:00')"),
                {"id": event_id, "day": day, "state": state})
            connection.execute(text("INSERT INTO event_actors (event_id, actor_id, role) VALUES "
                                    "(:id, 'SYR_GOV', 'actor'), (:id, 'HTS', 'target')"), {"id": event_id})
    migrate(engine)
    engine.dispose()
    db = open_database(db_url)
    try:
        with db.engine.connect() as connection:
            assert stored_summaries(connection) == recounted(connection)
            assert connection.execute(select(models.Place.admin1_key, models.Place.admin2_key,
                                             models.Place.name_en_key)).one() == ("idlib", "maarrat al-numan",
                                                                                  "kafr nabl")
        with db.session() as session:
            assert queries.count_events(session, queries.EventFilter(admin1="IDLIB", actor="HTS")) == 2
            by_day = queries.aggregates(session, "day", queries.EventFilter(state="confirmed"))
            assert by_day == [{"key": "2024-03-09", "events": 1, "killed": 4, "injured": 1}]
            assert session.scalars(queries.report_search(session, "كفرنبل")).all() == [1]  # the report's word index
            assert session.get(models.Report, 1).notes == ["a note"]
    finally:
        db.dispose()


def test_rebuild_makes_the_same_tables(reviewed):
    with reviewed.engine.begin() as connection:
        before = stored_summaries(connection)
        summaries.rebuild(connection, chunk=7)
        assert stored_summaries(connection) == before


def test_every_filter_combination_of_the_dashboard_is_summarised():
    names = ("date_from", "date_to", "admin1", "event_type", "state", "actor")
    for size in range(len(names) + 1):
        for chosen in itertools.combinations(names, size):
            assert queries.summarised(queries.EventFilter(**{name: "x" for name in chosen}))
