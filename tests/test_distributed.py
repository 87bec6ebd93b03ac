"""Ingest on a Dask cluster (`rasid.store.distributed`): the same database as a single-process ingest, a worker
killed mid-run and a run interrupted mid-way lose nothing, and a missing dask says how to install it."""
from __future__ import annotations

import os
import signal
import sys

import pytest

from rasid.sources import iter_reports
from rasid.store.db import open_database
from rasid.store.ingest import ingest

from db_snapshot import generator, report_count, snapshot

N = 200


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """N generated reports, a path that does not exist (an input error), and the single-process reference."""
    pytest.importorskip("distributed")
    folder = tmp_path_factory.mktemp("dask")
    reports = folder / "reports.jsonl"
    generator().write(N, str(reports), seed=7)
    paths = [str(reports), str(folder / "missing.txt")]
    reference = f"sqlite:///{folder / 'reference.sqlite'}"
    db = open_database(reference)
    summary = ingest(iter_reports(paths), db)
    db.dispose()
    assert (summary.read, summary.added, summary.failed) == (N + 1, N, 1)
    return paths, reference, summary, snapshot(reference)


def test_a_local_dask_cluster_stores_exactly_what_a_single_process_stores(db_url, corpus):
    pytest.importorskip("distributed")
    from rasid.store.distributed import ingest_dask

    paths, _, local, expected = corpus
    db = open_database(db_url)
    seen = []
    try:
        summary = ingest_dask(paths, db, workers=2, batch_size=25, progress=lambda s: seen.append(s.read))
    finally:
        db.dispose()
    assert (summary.read, summary.added, summary.seen, summary.failed, summary.events) == \
        (local.read, local.added, local.seen, local.failed, local.events)
    assert summary.failures == local.failures  # the missing file, in its place
    assert seen == list(range(1, N + 2))  # progress after every report
    assert summary.tasks == 8
    assert len(summary.worker_peak_kb) == 2 and all(kb > 10_000 for kb in summary.worker_peak_kb.values())
    assert snapshot(db_url) == expected


def test_a_worker_killed_mid_run_and_an_interrupted_run_lose_nothing(db_url, corpus):
    distributed = pytest.importorskip("distributed")
    from rasid.store.distributed import ingest_dask

    paths, _, _, expected = corpus
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                       dashboard_address=None)
    client = distributed.Client(cluster)
    killed: list[tuple[int, int]] = []  # (pid, results and tasks it held)

    def kill_then_interrupt(summary) -> None:
        if summary.read == 40 and not killed:
            # the worker holding the most results (finished, not yet written) or tasks: both must be redone
            held = client.has_what()
            busy = client.processing()
            victim = max(held, key=lambda w: (len(held[w]) + len(busy.get(w, ())), w))
            pid = client.run(os.getpid, workers=[victim])[victim]
            os.kill(pid, signal.SIGKILL)
            killed.append((pid, len(held[victim]) + len(busy.get(victim, ()))))
        if summary.read == 120:
            raise KeyboardInterrupt  # Ctrl-C, or the client machine going down, after 120 reports

    try:
        db = open_database(db_url)
        try:
            with pytest.raises(KeyboardInterrupt):
                ingest_dask(paths, db, scheduler=cluster.scheduler_address, batch_size=20, progress=kill_then_interrupt)
            assert killed and killed[0][1] > 0 and report_count(db_url) == 120
            assert not client.who_has(), "the interrupted run left its tasks on the cluster"
            summary = ingest_dask(paths, db, scheduler=cluster.scheduler_address, batch_size=20)
        finally:
            db.dispose()
        assert cluster.status.name == "running"  # a cluster given by address is left running
    finally:
        client.close()
        cluster.close()
    # the second run skips what the first stored, without extracting it again, and stores the rest
    assert (summary.read, summary.seen, summary.added, summary.failed) == (N + 1, 120, N - 120, 1)
    assert summary.tasks == 4  # the batches after the 120th report
    assert report_count(db_url) == N
    assert snapshot(db_url) == expected


def test_a_batch_that_fails_on_the_cluster_fails_its_reports_and_the_run_goes_on():
    from rasid.sources import SourceReport
    from rasid.store.distributed import DaskBatch, DaskExtraction, DaskIngestSummary
    from rasid.store.ingest import Writer, content_hash, write_entries

    class Lost:
        def result(self):
            raise RuntimeError("worker tcp://127.0.0.1:1 died 3 times\nmore")

        def release(self):
            pass

    reports = [SourceReport(f"r{i}", f"نص {i}", None, "x.jsonl") for i in range(2)]
    hashes = [content_hash(r.text) for r in reports]
    unit = DaskBatch([(None, r, h) for r, h in zip(reports, hashes)], reports, hashes, Lost())
    summary = DaskIngestSummary()
    entries = DaskExtraction(None, 1, summary).take(unit)
    write_entries(entries, Writer(None), summary=summary, started=0.0, progress=None)
    assert (summary.read, summary.failed, summary.failed_tasks) == (2, 2, 1)
    assert summary.failures[0] == ("x.jsonl: doc_id r0", "extraction on the Dask cluster failed: RuntimeError: worker "
                                                  "tcp://127.0.0.1:1 died 3 times")


def test_a_scheduler_that_cannot_be_reached_is_one_clear_error(tmp_path):
    pytest.importorskip("distributed")
    from rasid.store.distributed import DaskUnavailable, ingest_dask

    with pytest.raises(DaskUnavailable, match="cannot reach the Dask scheduler nonsense: missing port"):
        ingest_dask([str(tmp_path)], db=None, scheduler="nonsense")


def test_without_dask_the_error_says_how_to_install_it(monkeypatch, tmp_path):
    from rasid.store.distributed import DaskUnavailable, ingest_dask

    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed raises ImportError
    with pytest.raises(DaskUnavailable, match=r"rasid\[dask\]"):
        ingest_dask([str(tmp_path)], db=None)


def test_a_batch_gives_up_on_a_report_over_its_time_budget_and_extracts_the_others(monkeypatch):
    from rasid.extraction import pipeline
    from rasid.sources import SourceReport
    from rasid.store.distributed import extract_batch

    budgets = []

    def slow_on_b(text, doc_id, report_date=None, time_budget=None):
        budgets.append(time_budget)
        if doc_id == "b":
            raise pipeline.ExtractionTimeout("extraction took longer than the time budget of 2 s")
        return pipeline.ReportRecord(doc_id, report_date)

    monkeypatch.setattr(pipeline, "extract", slow_on_b)
    done = extract_batch([SourceReport(d, "نص", None, "x.jsonl") for d in "abc"], 2.0)
    assert budgets == [2.0] * 3 and [r.record is not None for r in done] == [True, False, True]
    assert done[1].error == "extraction failed: ExtractionTimeout: extraction took longer than the time budget of 2 s"


def test_a_dask_ingest_reports_a_line_nested_too_deeply_and_goes_on(tmp_path):
    pytest.importorskip("distributed")
    from rasid.store.distributed import ingest_dask

    generator().write(3, str(tmp_path / "a.jsonl"), seed=3)
    lines = (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()
    lines.insert(1, '{"text": ' + "[" * 1000 + "]" * 1000 + "}")
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = open_database(f"sqlite:///{tmp_path / 'db.sqlite'}")
    try:
        summary = ingest_dask([str(tmp_path / "a.jsonl")], db, workers=1, batch_size=2, time_budget=30)
    finally:
        db.dispose()
    assert (summary.read, summary.added, summary.failed) == (4, 3, 1)
    assert summary.failures == [(str(tmp_path / "a.jsonl"), "line 2: JSON nested too deeply to read")]
