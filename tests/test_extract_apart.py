"""Extraction in a process of its own while this process writes (`rasid.store.extractors`), on SQLite and
PostgreSQL: the same database as extraction in this process, a failure of that process is one clear error (and
a rerun completes the run), an interrupt stops it, and a single batch is extracted here."""
from __future__ import annotations

import multiprocessing
import os
import signal

import pytest

from rasid import records
from rasid.cli.main import main
from rasid.extraction import pipeline
from rasid.sources import iter_reports
from rasid.store import extractors
from rasid.store.db import open_database
from rasid.store.ingest import ExtractionError, ingest

from db_snapshot import generator, report_count, snapshot

N = 60
linux = pytest.mark.skipif(not extractors.forks(), reason="the extraction process is forked: on Linux")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """N generated reports and the database an ingest in this process makes of them."""
    folder = tmp_path_factory.mktemp("apart")
    path = folder / "reports.jsonl"
    generator().write(N, str(path), seed=11)
    reference = f"sqlite:///{folder / 'reference.sqlite'}"
    db = open_database(reference)
    try:
        summary = ingest(iter_reports([str(path)]), db, batch_size=7, extract_apart=False)
    finally:
        db.dispose()
    assert (summary.added, summary.failed) == (N, 0)
    return path, snapshot(reference)


def ingested(url: str, path, **options):
    db = open_database(url)
    try:
        return ingest(iter_reports([str(path)]), db, **options)
    finally:
        db.dispose()


@linux
def test_extraction_apart_stores_exactly_what_extraction_here_stores(db_url, corpus):
    path, expected = corpus
    summary = ingested(db_url, path, batch_size=7, extract_apart=True)
    assert (summary.read, summary.added, summary.failed) == (N, N, 0)
    assert snapshot(db_url) == expected
    again = ingested(db_url, path, batch_size=5, extract_apart=True)  # every text stored: nothing extracted
    assert (again.seen, again.added) == (N, 0)
    assert multiprocessing.active_children() == []


def killed_on(doc_id: str, monkeypatch) -> None:
    """The extraction of `doc_id` kills the process it runs in (the extraction process, which forked with it)."""
    real = pipeline.extract

    def extract(text, doc, report_date=None, **options):
        if doc == doc_id and os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(text, doc, report_date, **options)

    parent = os.getpid()
    monkeypatch.setattr(pipeline, "extract", extract)


@linux
def test_a_killed_extraction_process_is_one_error_and_a_rerun_completes_the_run(db_url, corpus, monkeypatch):
    path, expected = corpus
    doc_ids = [r.doc_id for r in iter_reports([str(path)])]
    killed_on(doc_ids[30], monkeypatch)
    with pytest.raises(ExtractionError, match=r"^the extraction process stopped \(killed by SIGKILL\)$"):
        ingested(db_url, path, batch_size=7, extract_apart=True)
    stored = report_count(db_url)
    assert stored % 7 == 0 and stored <= 28  # whole batches before the one in the process's hands
    assert multiprocessing.active_children() == []
    monkeypatch.undo()
    summary = ingested(db_url, path, batch_size=7, extract_apart=True)
    assert (summary.seen, summary.added) == (stored, N - stored)
    assert snapshot(db_url) == expected


@linux
def test_rasid_ingest_says_in_one_line_that_the_extraction_process_stopped(tmp_path, corpus, monkeypatch, capsys):
    path, _ = corpus
    killed_on([r.doc_id for r in iter_reports([str(path)])][20], monkeypatch)
    monkeypatch.setattr(extractors, "can_fork", lambda: True)  # as on a machine of two CPUs or more
    db = tmp_path / "db.sqlite"
    assert main(["ingest", str(path), "--db", str(db), "-q", "--batch-size", "5"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1, err
    assert err[0].startswith("rasid: ingest: the extraction process stopped (killed by SIGKILL); the ")
    assert err[0].endswith("new reports before it are stored, and running the same command again resumes")
    stored = report_count(f"sqlite:///{db}")
    assert stored % 5 == 0 and stored <= 20  # whole batches before the one in the process's hands


@linux
def test_a_batch_that_cannot_be_sent_back_is_one_error(database, corpus, monkeypatch):
    path, _ = corpus

    def unpicklable(text, doc_id, report_date=None, **_):
        return records.ReportRecord(doc_id, report_date, unresolved_places=[lambda: None])

    monkeypatch.setattr(pipeline, "extract", unpicklable)
    with pytest.raises(ExtractionError, match="^the extraction process failed: .*pickle"):
        ingest(iter_reports([str(path)]), database, batch_size=7, extract_apart=True)
    assert multiprocessing.active_children() == []


@linux
def test_an_interrupt_stops_the_extraction_process_and_keeps_whole_batches(db_url, corpus):
    path, expected = corpus

    def interrupted():
        for n, report in enumerate(iter_reports([str(path)])):
            if n == 40:
                raise KeyboardInterrupt
            yield report

    db = open_database(db_url)
    try:
        with pytest.raises(KeyboardInterrupt):
            ingest(interrupted(), db, batch_size=7, extract_apart=True)
    finally:
        db.dispose()
    assert multiprocessing.active_children() == []
    assert report_count(db_url) % 7 == 0
    ingested(db_url, path, batch_size=7)
    assert snapshot(db_url) == expected


def test_one_batch_is_extracted_here_and_more_in_a_process_when_there_are_two_cpus(monkeypatch, corpus):
    path, _ = corpus
    reports = [r for r in iter_reports([str(path)])][:3]
    started = []
    monkeypatch.setattr(extractors, "ExtractionProcess", lambda: started.append(1) or FakeProcess())
    for cpus_enough, batches, process in ((True, 1, False), (True, 2, True), (False, 2, False)):
        monkeypatch.setattr(extractors, "can_fork", lambda: cpus_enough)
        started.clear()
        with extractors.Extraction() as extraction:
            extraction.begin(batches)
            assert started == ([1] if process else [])
            extraction.submit([(None, reports[0], "h0")], None)
            extraction.submit([(None, reports[1], "h1"), ("seen", reports[2], "h2")], None)
            done = list(extraction.ready()) + list(extraction.drain())
        assert [[(outcome, item.doc_id) for outcome, item in batch] for batch in done] == [
            [(None, reports[0].doc_id)], [(None, reports[1].doc_id), ("seen", reports[2].doc_id)]]
        assert all(item.record is not None for batch in done for outcome, item in batch if outcome is None)


class FakeProcess:
    def __init__(self):
        self.sent = []

    def submit(self, reports, time_budget):
        from rasid.store.ingest import extract_report

        self.sent.append([extract_report(report, time_budget, digest) for report, digest in reports])

    def result(self):
        return self.sent.pop(0)

    def close(self, wait=True):
        pass


SLOW_INGEST = """
import sys, time
from rasid.extraction import pipeline
from rasid.sources import iter_reports
from rasid.store.db import open_database
from rasid.store.ingest import ingest
import multiprocessing

real = pipeline.extract
def slow(*args, **options):
    time.sleep(0.2)
    return real(*args, **options)
pipeline.extract = slow

def progress(summary):
    print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)

ingest(iter_reports([sys.argv[1]]), open_database(sys.argv[2]), progress=progress, batch_size=2, extract_apart=True)
"""


@linux
def test_the_extraction_process_ends_when_the_ingest_process_is_killed(tmp_path, corpus):
    import subprocess
    import sys
    import time

    path, _ = corpus
    script = tmp_path / "slow_ingest.py"
    script.write_text(SLOW_INGEST, encoding="utf-8")
    run = subprocess.Popen([sys.executable, str(script), str(path), f"sqlite:///{tmp_path / 'db.sqlite'}"],
                           stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": os.pathsep.join(
                               [str(extractors.__file__).rsplit("/rasid/", 1)[0], os.environ.get("PYTHONPATH", "")])})
    try:
        child = None
        for line in run.stdout:  # reports written by the first batch (extracted here), then by the process's
            if line.split():
                child = int(line.split()[0])
                break
        assert child is not None
    finally:
        run.kill()
        run.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _alive(child):
        time.sleep(0.1)
    assert not _alive(child)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"  # a zombie has ended: its parent did not wait
    except FileNotFoundError:
        return False


@linux
def test_a_process_that_dies_in_the_middle_of_sending_a_batch_is_one_error_not_a_wait(corpus, monkeypatch):
    # the process writes the head of a batch and dies: the read here must end, not wait for the rest
    import pickle
    import struct
    import threading

    def half_sent(outbox, results):
        payload = pickle.dumps(outbox.get())
        os.write(results.fileno(), struct.pack("!i", len(payload)) + payload[:10])
        os._exit(9)

    monkeypatch.setattr(extractors, "_send_all", half_sent)  # before the fork, so the process has it
    path, _ = corpus
    report = next(iter_reports([str(path)]))
    process = extractors.ExtractionProcess()
    outcome: list = []

    def take() -> None:
        try:
            process.result()
        except extractors.ExtractionError as exc:
            outcome.append(str(exc))

    try:
        process.submit([(report, "digest")], None)
        reader = threading.Thread(target=take, daemon=True)
        reader.start()
        reader.join(timeout=30)
        assert not reader.is_alive(), "the read waited for the rest of a batch that will never come"
        assert outcome == ["the extraction process stopped (exit status 9)"]
    finally:
        process.close(wait=False)


def test_no_process_to_be_had_extracts_here_and_stores_the_same(tmp_path, corpus, monkeypatch):
    def no_fork():
        raise OSError("Resource temporarily unavailable")

    monkeypatch.setattr(extractors, "ExtractionProcess", no_fork)  # as when the system refuses a fork
    monkeypatch.setattr(extractors, "forks", lambda: True)
    path, expected = corpus
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    summary = ingested(url, path, batch_size=7, extract_apart=True)
    assert (summary.added, summary.failed) == (N, 0)
    assert snapshot(url) == expected
