"""The observatory database, on SQLite and PostgreSQL: ingest, idempotency, reconciliation, review, exports.

Reports here are sentences written for these tests in the style of monitors' reports.
"""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from rasid.sources import SourceReport
from rasid.store import models, queries, review
from rasid.store.ingest import ingest
from rasid.store.reconcile import totals

CLASH_A = ("اندلعت اشتباكات عنيفة اليوم بين قوات النظام وهيئة تحرير الشام على محور بلدة كفرنبل بريف إدلب الجنوبي، "
           "ما أدى لمقتل 4 عناصر من قوات النظام.")
CLASH_B = ("قتل ما لا يقل عن 5 عناصر من قوات النظام خلال اشتباكات مع هيئة تحرير الشام في بلدة كفرنبل بريف إدلب "
           "الجنوبي اليوم.")
CLASH_ELSEWHERE = "اندلعت اشتباكات عنيفة اليوم بين قوات النظام وهيئة تحرير الشام على محور بلدة سراقب بريف إدلب الشرقي."
TALLY = ("قصفت قوات النظام بالمدفعية الثقيلة بلدة {town} بريف إدلب الجنوبي. وبذلك يرتفع إلى {n} عدد المدنيين "
         "الذين قتلوا في ريف إدلب منذ مطلع الشهر الجاري.")


def report(doc_id: str, text: str, day: date, outlet: str | None = None) -> SourceReport:
    return SourceReport(doc_id=doc_id, text=text, report_date=day, path="test", outlet=outlet)


def counts(db) -> dict[str, int]:
    with db.session() as session:
        return {
            table.__tablename__: session.scalar(select(func.count()).select_from(table))
            for table in (models.Report, models.Event, models.Mention, models.CasualtyStatement, models.Place)
        }


def test_ingesting_twice_stores_each_report_once(database):
    reports = [report("a", CLASH_A, date(2024, 3, 2)), report("c", CLASH_ELSEWHERE, date(2024, 3, 2))]
    first = ingest(reports, database)
    before = counts(database)
    second = ingest(reports, database)
    assert (first.added, first.seen) == (2, 0)
    assert (second.added, second.seen) == (0, 2)
    assert counts(database) == before
    assert before["reports"] == 2 and before["events"] == 2


def test_two_reports_of_one_clash_make_one_event_with_two_sources(database):
    ingest([report("a", CLASH_A, date(2024, 3, 2), "مرصد أ"), report("b", CLASH_B, date(2024, 3, 2), "شبكة ب")],
           database)
    with database.session() as session:
        total, events = queries.list_events(session, queries.EventFilter())
        assert total == 1
        event = queries.get_event(session, events[0].id)
        assert [s.doc_id for s in event.sources] == ["a", "b"]
        assert {s.outlet for s in event.sources} == {"مرصد أ", "شبكة ب"}
        assert "Kafr Nabl" in event.sources[1].merge_reason and "same day" in event.sources[1].merge_reason
        # 4 killed in one report, «at least 5» in the other: not added up
        toll = next(t for t in event.tolls if t.outcome == "killed")
        assert (toll.low, toll.best, toll.high) == (4, 4, 5)
        assert (event.fatalities_low, event.fatalities_best, event.fatalities_high) == (4, 4, 5)
        explanation = queries.explain(session, event.id)
    assert "merged because: same battles (Armed clash)" in explanation
    assert CLASH_B[:30] in explanation and "4 (exact) from a" in explanation


def test_clashes_at_different_places_stay_apart(database):
    ingest([report("a", CLASH_A, date(2024, 3, 2)), report("c", CLASH_ELSEWHERE, date(2024, 3, 2))], database)
    assert counts(database)["events"] == 2


def test_the_same_clash_a_week_later_is_another_event(database):
    ingest([report("a", CLASH_A, date(2024, 3, 2)), report("b", CLASH_B, date(2024, 3, 9))], database)
    assert counts(database)["events"] == 2


def test_successive_running_tallies_give_the_latest_not_their_sum(database):
    tallies = [("كنصفرة", 12, 10), ("البارة", 15, 15), ("الفطيرة", 19, 20)]
    ingest([report(f"t{n}", TALLY.format(town=town, n=n), date(2024, 5, day)) for town, n, day in tallies], database)
    with database.session() as session:
        rows = totals(session, "killed", group="CIVILIANS")
    assert len(rows) == 1
    assert (rows[0].low, rows[0].best, rows[0].high) == (19, 19, 19)
    assert sum(f.superseded for f in rows[0].tallies) == 2


def test_tallies_arriving_out_of_order_give_the_same_best_count(database):
    tallies = [("الفطيرة", 19, 20), ("كنصفرة", 12, 10), ("البارة", 15, 15)]
    ingest([report(f"t{n}", TALLY.format(town=town, n=n), date(2024, 5, day)) for town, n, day in tallies], database)
    with database.session() as session:
        assert totals(session, "killed", group="CIVILIANS")[0].best == 19


def test_an_incident_inside_a_tally_period_is_not_added_to_it(database):
    incident = "قتل مدنيان اثنان جراء قصف قوات النظام بلدة البارة بريف إدلب الجنوبي."
    ingest([report("i", incident, date(2024, 5, 12)),
            report("t", TALLY.format(town="كنصفرة", n=15), date(2024, 5, 15))], database)
    with database.session() as session:
        rows = [r for r in totals(session, "killed", group="CIVILIANS")]
    assert sum(r.best for r in rows) in (15, 17)  # 17 only if the incident's place is not the tally's
    scoped = [r for r in rows if r.scope == ""]
    assert scoped and scoped[0].best == 15


def test_review_actions_are_audited_and_edits_survive_new_reports(database):
    ingest([report("a", CLASH_A, date(2024, 3, 2))], database)
    with database.session() as session:
        event_id = session.scalar(select(models.Event.id))
        review.apply(session, event_id, "edit", "analyst", {"fatalities": 6, "sub_event_type": "Armed clash"}, "per two sources")
    ingest([report("b", CLASH_B, date(2024, 3, 2))], database)
    with database.session() as session:
        event = session.get(models.Event, event_id)
        assert event.review_state == "edited"
        assert (event.fatalities_low, event.fatalities_best, event.fatalities_high) == (6, 6, 6)
        assert len(event.mentions) == 2  # the new report joined the event; the edit stayed
        history = queries.review_history(session, event_id)
        assert [(h.user, h.action) for h in history] == [("analyst", "edit")]
        assert history[0].before["fatalities"]["best"] == 4 and history[0].after["fatalities"]["best"] == 6


def test_a_rejected_event_takes_no_new_sources(database):
    ingest([report("a", CLASH_A, date(2024, 3, 2))], database)
    with database.session() as session:
        event_id = session.scalar(select(models.Event.id))
        review.apply(session, event_id, "reject", "analyst", note="duplicate of a later report")
    ingest([report("b", CLASH_B, date(2024, 3, 2))], database)
    with database.session() as session:
        states = sorted(session.scalars(select(models.Event.review_state)).all())
    assert states == ["rejected", "unreviewed"]


@pytest.mark.parametrize("action, changes, message", [
    ("confirm", {"fatalities": 3}, "only 'edit' takes changes"),
    ("edit", {}, "needs at least one change"),
    ("edit", {"colour": "red"}, "cannot be edited"),
    ("edit", {"fatalities": {"low": 5, "best": 2}}, "low <= best <= high"),
    ("archive", None, "unknown action"),
])
def test_bad_review_actions_are_refused_with_a_reason(database, action, changes, message):
    ingest([report("a", CLASH_A, date(2024, 3, 2))], database)
    with database.session() as session:
        event_id = session.scalar(select(models.Event.id))
        with pytest.raises(review.ReviewError, match=message):
            review.apply(session, event_id, action, "analyst", changes)


def test_filters_and_free_text_search(database):
    ingest([report("a", CLASH_A, date(2024, 3, 2)), report("c", CLASH_ELSEWHERE, date(2024, 4, 2)),
            report("t", TALLY.format(town="البارة", n=3), date(2024, 5, 15))], database)
    with database.session() as session:
        def total(**kw):
            return queries.list_events(session, queries.EventFilter(**kw))[0]
        assert total() == 3
        assert total(admin1="idlib") == 3
        assert total(event_type="Battles") == 2
        assert total(event_type="shelling/artillery/missile attack") == 1
        assert total(date_from=date(2024, 4, 1)) == 2
        assert total(actor="HTS") == 2
        assert total(q="سراقب") == 1
        assert total(state="confirmed") == 0
        by_day = queries.aggregates(session, "day", queries.EventFilter())
        assert [row["events"] for row in by_day] == [1, 1, 1]


def test_api_tokens_are_stored_hashed(database):
    with database.session() as session:
        token = review.create_token(session, "analyst")
    with database.session() as session:
        stored = session.scalars(select(models.ApiToken.token_hash)).all()
        assert token not in stored and len(stored) == 1
        assert review.token_user(session, token) == "analyst"
        assert review.token_user(session, token + "x") is None


def test_totals_for_a_period_count_only_the_figures_inside_it(database):
    may = [("كنصفرة", 12, 10), ("البارة", 15, 15)]
    june = "قتل 3 مدنيين جراء قصف قوات النظام بالمدفعية بلدة الفطيرة بريف إدلب الجنوبي."
    reports = [report(f"t{n}", TALLY.format(town=town, n=n), date(2024, 5, day)) for town, n, day in may]
    ingest(reports + [report("j", june, date(2024, 6, 3))], database)
    with database.session() as session:
        in_may = totals(session, "killed", group="CIVILIANS", date_from=date(2024, 5, 1), date_to=date(2024, 5, 31))
        in_june = totals(session, "killed", group="CIVILIANS", date_from=date(2024, 6, 1), date_to=date(2024, 6, 30))
    assert sum(t.best for t in in_may) == 15
    assert sum(t.best for t in in_june) == 3


def test_merge_reasons_read_back_as_codes():
    from rasid.store.reconcile import FIRST_REPORT, merge_code

    assert merge_code(FIRST_REPORT) == {"code": "first_report"}
    near = ("same explosions/remote violence (Air/drone strike), places 1.4 km apart (Sarmin, Idlib; Saraqib (east), "
            "Idlib), dates 1 day apart, shared actors RUSSIA, CIVILIANS")
    assert merge_code(near) == {"code": "same_incident", "sub_event_type": "Air/drone strike", "place": "near",
                                "km": 1.4, "days": 1, "actors": ["RUSSIA", "CIVILIANS"]}
    same = "same battles (Armed clash), same place (Kafr Nabl, Idlib), same day, no conflicting actors"
    assert merge_code(same)["place"] == "same" and merge_code(same)["actors"] == []
    assert merge_code("merged by hand in 2023") == {"code": "other"}  # older text stays readable as it is


def test_a_place_without_an_english_name_takes_the_gazetteer_s():
    from rasid.api.serialize import english_name
    from rasid.geo.gazetteer import Gazetteer

    assert english_name(Gazetteer.builtin(), "البوكمال", "Deir ez-Zor") == "Abu Kamal"
    assert english_name(Gazetteer.builtin(), "قرية لا يعرفها أحد", "Idlib") is None


def test_totals_leave_rejected_events_out_and_can_count_only_reviewed_ones(database):
    june = "قتل 3 مدنيين جراء قصف قوات النظام بالمدفعية بلدة الفطيرة بريف إدلب الجنوبي."
    ingest([report("a", CLASH_A, date(2024, 3, 2)), report("j", june, date(2024, 6, 3)),
            report("t", TALLY.format(town="البارة", n=15), date(2024, 5, 15))], database)
    with database.session() as session:
        clash = session.scalar(select(models.Event.id).where(models.Event.event_type == "Battles"))
        shelling = session.scalar(select(models.Event.id).where(models.Event.id != clash, models.Event.date_start
                                                                == date(2024, 6, 3)))
        review.apply(session, clash, "reject", "analyst", note="not a clash")
        review.apply(session, shelling, "confirm", "analyst")
        assert totals(session, "killed", group="SYR_GOV") == []  # the rejected clash's 4 are not counted
        every = sum(t.best for t in totals(session, "killed", group="CIVILIANS"))
        reviewed = totals(session, "killed", group="CIVILIANS", reviewed_only=True)
    assert every == 18  # the tally of 15 and the confirmed 3
    assert [(t.best, t.incidents, t.tallies) for t in reviewed] == [(3, 1, [])]
    assert reviewed[0].incident_figures[0].evidence.startswith("قتل 3 مدنيين")
    assert reviewed[0].incident_figures[0].report_id is not None
