"""The batched writer (`rasid.store.writer`), on SQLite and PostgreSQL: the records do not depend on the batch
size, events of earlier reports in a batch are candidates for the later ones, ties go to the older event, and
a report the database refuses fails alone.

Most records here are built by hand (no extraction), so that each test controls exactly what is reconciled."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from rasid import records
from rasid.sources import iter_reports
from rasid.store import models, review, writer
from rasid.store.db import open_database
from rasid.store.ingest import content_hash, extract_report, write_all

from db_snapshot import generator, snapshot

DAY = date(2024, 3, 2)
KAFR_NABL = records.Location("كفرنبل", "Kafr Nabl", "Idlib", "Maarrat al-Nu'man", "town", 35.614, 36.561, 1, "Syria")
# 1.1 km from Kafr Nabl: within the 2 km at which two places' events may be one incident
NEAR_KAFR_NABL = records.Location("حاس", "Has", "Idlib", "Maarrat al-Nu'man", "village", 35.624, 36.561, 1, "Syria")
SARAQIB = records.Location("سراقب", "Saraqib", "Idlib", "Idlib", "city", 35.864, 36.806, 1, "Syria")


def clash(place: records.Location, actors: list[str], targets: list[str] = (), day: date = DAY) -> records.Event:
    return records.Event("Battles", "Armed clash", day, day, place, list(actors), list(targets),
                         records.Evidence(0, 10, "اشتباكات"))


def killed(n: int, group: list[str]) -> records.Casualty:
    return records.Casualty(list(group), "killed", n, n, "exact", DAY, DAY, None, records.Evidence(0, 10, "اشتباكات"))


def item(doc_id: str, *events: records.Event, casualties: list[records.Casualty] = ()) -> writer.ExtractedReport:
    text = f"تقرير {doc_id}"
    record = records.ReportRecord(doc_id, DAY, events=list(events), casualties=list(casualties))
    return writer.ExtractedReport(doc_id, text, DAY, "test", None, None, None, content_hash(text), record)


def written(url: str, items: list, batch_size: int) -> dict:
    db = open_database(url)
    try:
        write_all(items, db, batch_size=batch_size)
    finally:
        db.dispose()
    return snapshot(url)


def sources_of(url: str) -> list[list[str]]:
    """Each event's reports (doc ids), events in order of their first report."""
    db = open_database(url)
    try:
        with db.session() as session:
            rows = session.execute(select(models.Mention.event_id, models.Report.doc_id)
                                   .join(models.Report, models.Report.id == models.Mention.report_id)
                                   .order_by(models.Mention.id)).all()
    finally:
        db.dispose()
    events: dict[int, list[str]] = {}
    for event_id, doc_id in rows:
        events.setdefault(event_id, []).append(doc_id)
    return list(events.values())


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> list:
    """Generated reports over ten days, so that many of them are one incident, extracted once."""
    path = tmp_path_factory.mktemp("writer") / "reports.jsonl"
    generator().write(240, str(path), seed=11, start=date(2024, 3, 1), end=date(2024, 3, 10))
    return [extract_report(report) for report in iter_reports([str(path)])]


def test_the_records_do_not_depend_on_the_batch_size(db_url, tmp_path, extracted):
    reference = written(f"sqlite:///{tmp_path / 'one-by-one.sqlite'}", extracted, batch_size=1)
    merged = [e for e in reference["events"] if len(e[0]) > 1]
    assert len(merged) > 20, "the corpus should make reports join events of earlier reports"
    assert written(db_url, extracted, batch_size=200) == reference
    assert written(f"sqlite:///{tmp_path / 'odd.sqlite'}", extracted, batch_size=7) == reference


def test_two_reports_of_one_incident_in_one_batch_make_one_event(db_url, tmp_path):
    reports = [item("a", clash(KAFR_NABL, ["SYR_GOV"], ["HTS"]), casualties=[killed(4, ["SYR_GOV"])]),
               item("b", clash(NEAR_KAFR_NABL, ["HTS"], ["SYR_GOV"]), casualties=[killed(6, ["SYR_GOV"])]),
               item("c", clash(SARAQIB, ["SYR_GOV"], ["HTS"]))]
    one_by_one = written(f"sqlite:///{tmp_path / 'one.sqlite'}", reports, batch_size=1)
    assert written(db_url, reports, batch_size=200) == one_by_one
    assert sources_of(db_url) == [["a", "b"], ["c"]]
    event = next(e for e in one_by_one["events"] if len(e[0]) == 2)
    assert event[-3:] == (4, 4, 6)  # low, best (the lower median: a figure a report gave), high


@pytest.mark.parametrize("stored_first", [1, 0], ids=["first-report-stored", "all-in-one-batch"])
def test_sides_gained_in_a_batch_decide_later_joins_in_it(db_url, tmp_path, stored_first):
    # b joins a and brings ISIS along; c names only ISIS and SDF, so it joins only because of b
    reports = [item("a", clash(KAFR_NABL, ["SYR_GOV"])), item("b", clash(KAFR_NABL, ["SYR_GOV", "ISIS"])),
               item("c", clash(KAFR_NABL, ["SDF"], ["ISIS"])), item("d", clash(KAFR_NABL, ["RUSSIA"]))]
    one_by_one = written(f"sqlite:///{tmp_path / 'one.sqlite'}", reports, batch_size=1)
    db = open_database(db_url)
    try:
        write_all(reports[:stored_first], db)
        write_all(reports[stored_first:], db, batch_size=4)
    finally:
        db.dispose()
    assert snapshot(db_url) == one_by_one
    assert sources_of(db_url) == [["a", "b", "c"], ["d"]]


def test_a_tie_goes_to_the_older_event_within_a_batch_too(db_url, tmp_path):
    # a and b stay apart (no shared side); c shares one side with each, at the same place and day: a is older
    reports = [item("a", clash(KAFR_NABL, ["SYR_GOV"])), item("b", clash(KAFR_NABL, ["HTS"])),
               item("c", clash(KAFR_NABL, ["SYR_GOV", "HTS"]))]
    one_by_one = written(f"sqlite:///{tmp_path / 'one.sqlite'}", reports, batch_size=1)
    db = open_database(db_url)
    try:
        write_all(reports[:1], db)  # a stored before the batch, b new in it
        write_all(reports[1:], db, batch_size=10)
    finally:
        db.dispose()
    assert snapshot(db_url) == one_by_one
    assert sources_of(db_url) == [["a", "c"], ["b"]]


def test_an_event_with_edited_sides_keeps_them_while_a_batch_joins_it(db_url, tmp_path):
    # the analyst takes ISIS out of a's actors; b joins and names ISIS as a target, but ISIS is still an actor
    # drawn from a's report, so it is no target either, and c, which names only ISIS, joins nothing
    first = [item("a", clash(KAFR_NABL, ["SYR_GOV", "ISIS"], ["HTS"]))]
    later = [item("b", clash(KAFR_NABL, ["SYR_GOV"], ["ISIS"])), item("c", clash(KAFR_NABL, ["ISIS"]))]
    snapshots = []
    for url, batch_size in ((f"sqlite:///{tmp_path / 'one.sqlite'}", 1), (db_url, 50)):
        db = open_database(url)
        try:
            write_all(first, db)
            with db.session() as session:
                event_id = session.scalar(select(models.Event.id))
                review.apply(session, event_id, "edit", "analyst", {"actors": ["SYR_GOV"]})
            write_all(later, db, batch_size=batch_size)
        finally:
            db.dispose()
        snapshots.append(snapshot(url))
    assert snapshots[0] == snapshots[1]
    assert sources_of(db_url) == [["a", "b"], ["c"]]


def test_the_same_text_twice_in_one_batch_is_stored_once(database):
    twice = [item("a", clash(KAFR_NABL, ["SYR_GOV"])), item("a", clash(KAFR_NABL, ["SYR_GOV"]))]
    summary = write_all(twice, database)
    assert (summary.added, summary.seen) == (1, 1)


def test_a_report_the_database_refuses_fails_alone(database, monkeypatch):
    report_row = writer._Batch._report_row

    def refuse(self, extracted):
        if extracted.doc_id == "bad":
            raise ValueError("refused for the test")
        return report_row(self, extracted)

    monkeypatch.setattr(writer._Batch, "_report_row", refuse)
    reports = [item("a", clash(KAFR_NABL, ["SYR_GOV"])), item("bad", clash(SARAQIB, ["HTS"])),
               item("c", clash(KAFR_NABL, ["SYR_GOV"]))]
    summary = write_all(reports, database, batch_size=10)
    assert (summary.added, summary.failed) == (2, 1)
    assert summary.failures == [("test: doc_id bad", "not stored: ValueError: refused for the test")]
    with database.session() as session:
        assert session.scalars(select(models.Report.doc_id).order_by(models.Report.id)).all() == ["a", "c"]
        assert len(session.scalars(select(models.Event.id)).all()) == 1  # c joined a


def collide(times: int, monkeypatch) -> list[int]:
    """The first `times` batches stored meet a unique-key clash, as when another writer adds the same new place or
    outlet a moment before; the list counts the attempts."""
    store, attempts = writer._Batch.store, []

    def clashing(self, extracted):
        attempts.append(1)
        if len(attempts) <= times:
            raise IntegrityError("INSERT INTO places …", {}, Exception("duplicate key value (for the test)"))
        return store(self, extracted)

    monkeypatch.setattr(writer._Batch, "store", clashing)
    return attempts


def test_a_report_that_collides_with_another_writers_rows_is_written_again(database, monkeypatch):
    attempts = collide(2, monkeypatch)
    summary = write_all([item("a", clash(KAFR_NABL, ["SYR_GOV"]))], database)
    assert (summary.added, summary.failed, len(attempts)) == (1, 0, 3)


def test_a_report_that_keeps_colliding_fails_with_the_reason(database, monkeypatch):
    attempts = collide(99, monkeypatch)
    summary = write_all([item("a", clash(KAFR_NABL, ["SYR_GOV"]))], database)
    assert (summary.added, summary.failed, len(attempts)) == (0, 1, 1 + writer.WRITE_ATTEMPTS)
    assert summary.failures == [("test: doc_id a", "not stored: Exception: duplicate key value (for the test)")]


def test_an_interrupted_ingest_keeps_whole_batches_and_a_rerun_completes_it(db_url, tmp_path, extracted):
    reference = written(f"sqlite:///{tmp_path / 'whole.sqlite'}", extracted, batch_size=50)

    def interrupted():
        for n, extracted_report in enumerate(extracted):
            if n == 130:
                raise KeyboardInterrupt  # Ctrl-C while the third batch is read
            yield extracted_report

    db = open_database(db_url)
    try:
        with pytest.raises(KeyboardInterrupt):
            write_all(interrupted(), db, batch_size=50)
        with db.session() as session:
            stored = session.scalars(select(models.Report.id)).all()
        assert len(stored) in (50, 100)  # the batch being written is committed whole, one not begun is not
        summary = write_all(extracted, db, batch_size=50)
        assert (summary.seen, summary.added) == (len(stored), len(extracted) - len(stored))
    finally:
        db.dispose()
    assert snapshot(db_url) == reference


def test_a_failure_while_writing_reaches_the_caller(database):
    def progress(summary):
        if summary.read == 2:
            raise RuntimeError("the display broke")

    reports = [item(str(n), clash(KAFR_NABL, ["SYR_GOV"])) for n in range(6)]
    with pytest.raises(RuntimeError, match="the display broke"):
        write_all(reports, database, progress=progress, batch_size=2)
    with database.session() as session:
        assert len(session.scalars(select(models.Report.id)).all()) in (2, 4)
