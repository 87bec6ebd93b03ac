"""`rasid ingest`, `review`, `explain`, `totals`, `export` and `token` end to end, through the command line."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from rasid.cli.main import main
from rasid.store import models
from rasid.store.db import open_database

from db_snapshot import generator, report_count, snapshot

CLASH = ("اندلعت اشتباكات عنيفة اليوم بين قوات النظام وهيئة تحرير الشام على محور بلدة كفرنبل بريف إدلب الجنوبي، "
         "ما أدى لمقتل 4 عناصر من قوات النظام.")


def rasid(*args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "rasid", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, **kw)


def write_reports(path: Path, n: int) -> Path:
    generator().write(n, str(path), seed=7)
    return path


def test_a_killed_ingest_resumed_ends_with_the_records_of_an_uninterrupted_run(db_url, tmp_path):
    reports = write_reports(tmp_path / "reports.jsonl", 300)
    reference = f"sqlite:///{tmp_path / 'reference.sqlite'}"
    assert main(["ingest", str(reports), "--db", reference, "-q"]) == 0

    open_database(db_url).dispose()  # the schema first, so that the count below can be read at once
    process = rasid("ingest", str(reports), "--db", db_url, "-q")
    deadline = time.monotonic() + 120
    while report_count(db_url) < 40 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    assert process.poll() is None, "the ingest ended before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    stored = report_count(db_url)
    assert 0 < stored < 300

    assert main(["ingest", str(reports), "--db", db_url, "-q"]) == 0
    assert report_count(db_url) == 300
    assert snapshot(db_url) == snapshot(reference)


def test_ingest_cli_summary_and_second_run(tmp_path, capsys):
    source = tmp_path / "r.jsonl"
    source.write_text(json.dumps({"doc_id": "r1", "report_date": "2024-03-02", "text": CLASH}, ensure_ascii=False)
                      + "\n", encoding="utf-8")
    db = str(tmp_path / "db.sqlite")
    assert main(["ingest", str(source), "--db", db]) == 0
    assert "1 stored, 0 already stored, 0 failed" in capsys.readouterr().err
    assert main(["ingest", str(source), "--db", db]) == 0
    assert "0 stored, 1 already stored" in capsys.readouterr().err


def test_ingest_reports_bad_inputs_and_goes_on(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(CLASH, encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc_id": "x", "text": "' + CLASH.replace("4", "3") + '"}\n{not json\n', encoding="utf-8")
    db = str(tmp_path / "db.sqlite")
    assert main(["ingest", str(good), str(bad), str(tmp_path / "missing.txt"), "--db", db]) == 1
    err = capsys.readouterr().err
    assert "missing.txt: no such file" in err and "bad.jsonl" in err and "Traceback" not in err
    assert "2 stored" in err


def test_a_database_that_cannot_be_opened_is_one_clear_line(tmp_path, capsys):
    (tmp_path / "file").write_text("x")
    code = main(["ingest", "-", "--db", str(tmp_path / "file" / "db.sqlite")])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("rasid: database: ") and "Traceback" not in err
    code = main(["review", "--db", "postgresql+psycopg://nobody:secret@127.0.0.1:1/none"])
    err = capsys.readouterr().err
    assert code == 1 and "secret" not in err and err.count("\n") == 1


def test_html_pages_and_feeds_are_ingested(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>اشتباكات في ريف إدلب</title><meta property='og:site_name' content='موقع تجريبي'>"
        "<meta name='date' content='2024-03-02'></head><body><nav>الرئيسية | أخبار</nav><article><h1>اشتباكات</h1>"
        f"<p>{CLASH}</p><p>وتشهد المنطقة توتراً متواصلاً منذ أسابيع بحسب مصادر محلية في المنطقة.</p></article>"
        "<footer>جميع الحقوق محفوظة</footer></body></html>", encoding="utf-8")
    feed = tmp_path / "feed.rss"
    feed.write_text(
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>شبكة تجريبية</title>"
        "<item><title>قصف</title><link>https://example.org/1</link><pubDate>Sun, 03 Mar 2024 10:00:00 GMT</pubDate>"
        "<description>قصفت قوات النظام بالمدفعية الثقيلة بلدة البارة بريف إدلب الجنوبي.</description></item>"
        "</channel></rss>", encoding="utf-8")
    db = str(tmp_path / "db.sqlite")
    assert main(["ingest", str(page), str(feed), "--db", db]) == 0
    database = open_database(db)
    with database.session() as session:
        rows = session.execute(select(models.Report.doc_id, models.Report.report_date, models.Report.url)).all()
        events = session.scalar(select(func.count()).select_from(models.Event))
    database.dispose()
    assert len(rows) == 2 and events >= 2
    assert {str(r.report_date) for r in rows} == {"2024-03-02", "2024-03-03"}
    assert "https://example.org/1" in {r.url for r in rows}


def test_review_explain_totals_export_and_token_commands(tmp_path, capsys):
    pytest.importorskip("pandas")
    import pandas as pd

    source = tmp_path / "r.jsonl"
    lines = [
        {"doc_id": "a", "report_date": "2024-03-02", "outlet": "مرصد أ", "text": CLASH},
        {"doc_id": "b", "report_date": "2024-03-02", "outlet": "شبكة ب",
         "text": "قتل ما لا يقل عن 5 عناصر من قوات النظام خلال اشتباكات مع هيئة تحرير الشام في بلدة كفرنبل بريف إدلب الجنوبي اليوم."},
    ]
    source.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    db = str(tmp_path / "db.sqlite")
    assert main(["ingest", str(source), "--db", db]) == 0
    capsys.readouterr()
    assert main(["review", "--db", db]) == 0
    assert "كفرنبل" in capsys.readouterr().out
    assert main(["explain", "1", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Sources (2)" in out and "merged because" in out
    assert main(["review", "1", "edit", "--set", "fatalities=4,5,5", "--note", "two sources", "--user", "lina", "--db", db]) == 0
    assert "event 1: edited" in capsys.readouterr().out
    assert main(["explain", "1", "--db", db]) == 0
    assert "lina edit: two sources" in capsys.readouterr().out
    assert main(["review", "99", "confirm", "--db", db]) == 1
    assert "no event 99" in capsys.readouterr().err
    assert main(["totals", "--db", db]) == 0
    assert "SYR_GOV" in capsys.readouterr().out

    csv = tmp_path / "events.csv"
    assert main(["export", "--format", "acled-csv", "-o", str(csv), "--db", db]) == 0
    frame = pd.read_csv(csv)
    assert len(frame.columns) == 31 and frame["fatalities"].tolist() == [4]
    assert "a" in frame["notes"][0] and "b" in frame["notes"][0]
    geo = tmp_path / "events.geojson"
    assert main(["export", "--format", "geojson", "-o", str(geo), "--db", db, "--admin1", "Idlib"]) == 0
    assert json.loads(geo.read_text(encoding="utf-8"))["features"][0]["geometry"]["type"] == "Point"
    parquet = tmp_path / "events.parquet"
    assert main(["export", "--format", "parquet", "-o", str(parquet), "--db", db]) == 0
    assert pd.read_parquet(parquet)["event_type"].tolist() == ["Battles"]
    assert main(["export", "--format", "jsonl", "-o", str(tmp_path / "e.jsonl"), "--db", db, "--from", "2025-01-01"]) == 0
    assert (tmp_path / "e.jsonl").read_text() == ""
    capsys.readouterr()
    assert main(["token", "create", "lina", "--db", db]) == 0
    assert capsys.readouterr().out.startswith("rasid_")


def test_export_refuses_to_overwrite_its_database_and_a_full_disk_is_one_line(tmp_path, capsys):
    import os

    source = tmp_path / "r.jsonl"
    source.write_text(json.dumps({"doc_id": "a", "report_date": "2024-03-02", "text": CLASH}, ensure_ascii=False)
                      + "\n", encoding="utf-8")
    db = tmp_path / "db.sqlite"
    assert main(["ingest", str(source), "--db", str(db), "-q"]) == 0
    capsys.readouterr()
    size = db.stat().st_size
    assert main(["export", "-f", "jsonl", "-o", str(tmp_path / "." / "db.sqlite"), "--db", str(db)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "is the database" in err[0] and db.stat().st_size == size
    assert report_count(f"sqlite:///{db}") == 1
    if os.path.exists("/dev/full"):
        for fmt in ("acled-csv", "geojson", "jsonl"):
            assert main(["export", "-f", fmt, "-o", "/dev/full", "--db", str(db)]) == 1
            assert capsys.readouterr().err.splitlines() == ["rasid: /dev/full: No space left on device"]
        with open("/dev/full", "w") as full:  # what every command prints goes through the same check
            review = subprocess.run([sys.executable, "-m", "rasid", "review", "--db", str(db)], stdout=full,
                                    stderr=subprocess.PIPE, text=True)
        assert review.returncode == 1
        assert review.stderr.splitlines()[-1] == "rasid: standard output: cannot write: No space left on device"


def test_ingest_counts_a_line_nested_too_deeply_and_a_report_over_its_budget_and_goes_on(tmp_path, capsys,
                                                                                         monkeypatch):
    from rasid.extraction import pipeline

    real = pipeline.extract
    budgets = []

    def slow_on_b(text, doc_id, report_date=None, time_budget=None):
        budgets.append(time_budget)
        if doc_id == "b":
            raise pipeline.ExtractionTimeout(f"extraction took longer than the time budget of {time_budget:g} s")
        return real(text, doc_id, report_date)

    monkeypatch.setattr(pipeline, "extract", slow_on_b)
    source = tmp_path / "r.jsonl"
    lines = [json.dumps({"doc_id": "a", "text": CLASH}, ensure_ascii=False), '{"text": ' + "[" * 1000 + "]" * 1000 + "}",
             json.dumps({"doc_id": "b", "text": CLASH.replace("4", "6")}, ensure_ascii=False)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "z.txt").write_text(CLASH.replace("4", "5"), encoding="utf-8")
    db = str(tmp_path / "db.sqlite")
    assert main(["ingest", str(tmp_path), "--db", db, "-q", "--time-budget", "3"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert f"rasid: {source}: line 2: JSON nested too deeply to read" in err
    assert f"rasid: {source}: doc_id b: extraction failed: ExtractionTimeout: extraction took longer than the time " \
           "budget of 3 s" in err
    assert "4 reports read: 2 stored, 0 already stored, 2 failed" in err[-1]
    assert budgets == [3.0, 3.0, 3.0] and report_count(f"sqlite:///{db}") == 2
