"""PostgreSQL keeps what SQLite keeps: the edge rows that PostgreSQL used to lose, on both backends, and two first
ingests at once into a new, empty database."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from rasid.cli.main import main
from rasid.records import ReportRecord
from rasid.store import models, queries
from rasid.store.db import open_database
from rasid.store.ingest import ADDED, ExtractedReport, Writer, content_hash

from db_snapshot import generator, report_count

ROOT = Path(__file__).resolve().parent.parent
CLASH = ("اندلعت اشتباكات عنيفة اليوم بين قوات النظام وهيئة تحرير الشام على محور بلدة {town} بريف إدلب الجنوبي، "
         "ما أدى لمقتل {n} عناصر من قوات النظام.")
LONG_TOWN = "كفر" + "ك" * 4000  # a place name far past PostgreSQL's b-tree entry limit (~2.7 KB)

# doc_id -> (JSONL fields, what must be stored): every row of the table, and a few more of the same kind.
EDGE_ROWS = {
    "nul-in-text": ({"text": CLASH.format(town="كفرنبل", n=4) + "\u0000 تتمة"},
                    {"text": CLASH.format(town="كفرنبل", n=4) + "\ufffd تتمة"}),
    "nul-in-outlet": ({"text": CLASH.format(town="سراقب", n=5), "outlet": "مرصد\u0000 أ"},
                      {"outlet": "مرصد\ufffd أ"}),
    "long-url": ({"text": CLASH.format(town="البارة", n=6), "url": "https://example.org/" + "a" * 5000},
                 {"url": "https://example.org/" + "a" * 5000}),
    "d" * 4000: ({"text": CLASH.format(town="كنصفرة", n=7)}, {}),
    "plain": ({"text": CLASH.format(town="أريحا", n=8), "outlet": "مرصد أ"}, {"outlet": "مرصد أ"}),
    "long-outlet-and-title": ({"text": CLASH.format(town="سرجة", n=9), "outlet": "م" * 5000, "title": "ع" * 5000},
                              {"outlet": "م" * 5000, "title": "ع" * 5000}),
    "lone-surrogate-in-title": ({"text": CLASH.format(town="معرة النعمان", n=3), "title": "عنوان \ud800"},
                                {"title": "عنوان \ufffd"}),
    "long-place-name": ({"text": CLASH.format(town=LONG_TOWN, n=2)}, {"place": LONG_TOWN}),
}


def jsonl_line(doc_id: str, fields: dict) -> str:
    return json.dumps({"doc_id": doc_id, "report_date": "2024-03-02", **fields}) + "\n"  # \u escapes kept as such


def stored(url: str) -> dict[str, dict]:
    db = open_database(url)
    try:
        with db.session() as session:
            rows = session.scalars(select(models.Report)).all()
            out = {}
            for r in rows:
                places = session.scalars(select(models.Place.name_ar).join(models.Mention, models.Mention.place_id
                                                                           == models.Place.id)
                                         .where(models.Mention.report_id == r.id)).all()
                out[r.doc_id] = {"text": r.text, "outlet": r.source.name if r.source else None, "url": r.url,
                                 "title": r.title, "notes": r.notes, "places": places}
            return out
    finally:
        db.dispose()


def test_every_edge_row_is_stored_on_both_backends(db_url, tmp_path, capsys):
    source = tmp_path / "edge.jsonl"
    source.write_text("".join(jsonl_line(doc_id, fields) for doc_id, (fields, _) in EDGE_ROWS.items()),
                      encoding="utf-8")
    assert main(["ingest", str(source), "--db", db_url, "-q"]) == 0, capsys.readouterr().err
    rows = stored(db_url)
    assert set(rows) == set(EDGE_ROWS)
    for doc_id, (_, expected) in EDGE_ROWS.items():
        row = rows[doc_id]
        for name, value in expected.items():
            if name == "place":
                assert value in row["places"], doc_id
            else:
                assert row[name] == value, (doc_id, name)
    assert rows["nul-in-text"]["notes"] == ["text: 1 character that a database cannot store (NUL, lone surrogate) "
                                            "replaced by U+FFFD"]
    assert rows["plain"]["notes"] == []
    # a second run finds every row, long doc_id and outlet included, already stored
    assert main(["ingest", str(source), "--db", db_url, "-q"]) == 0
    assert f"0 stored, {len(EDGE_ROWS)} already stored" in capsys.readouterr().err


def test_evidence_of_a_cleaned_report_points_into_the_stored_text(db_url, tmp_path):
    source = tmp_path / "nul.jsonl"
    source.write_text(jsonl_line("n", {"text": "\u0000" * 3 + CLASH.format(town="كفرنبل", n=4)}), encoding="utf-8")
    assert main(["ingest", str(source), "--db", db_url, "-q"]) == 0
    db = open_database(db_url)
    with db.session() as session:
        report = session.scalars(select(models.Report)).one()
        mentions = session.scalars(select(models.Mention)).all()
    db.dispose()
    assert mentions and all(report.text[m.span_start:m.span_end] == m.evidence for m in mentions)


def test_a_report_too_long_for_a_postgresql_word_index_is_stored_and_found(database):
    words = " ".join(hashlib.md5(str(i).encode()).hexdigest() for i in range(40_000))  # 1.3 MB, all distinct
    item = ExtractedReport(doc_id="huge", text=words, report_date=None, path="t", outlet=None, url=None, title=None,
                           content_hash=content_hash(words), record=ReportRecord("huge", None))
    assert Writer(database).write(item) == ADDED
    with database.session() as session:
        found = session.scalars(queries.report_search(session, hashlib.md5(b"7").hexdigest())).all()
    assert len(found) == 1


def test_two_first_ingests_at_once_into_a_new_database_both_succeed(db_url, tmp_path):
    gen = generator()
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    gen.write(30, str(first), seed=1)
    gen.write(30, str(second), seed=2)
    texts = {json.loads(line)["text"] for path in (first, second) for line in path.read_text().splitlines()}
    runs = [subprocess.Popen([sys.executable, "-m", "rasid", "ingest", str(path), "--db", db_url, "-q"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
            for path in (first, second)]
    results = [(run.wait(timeout=300), run.stderr.read()) for run in runs]
    assert [code for code, _ in results] == [0, 0], results
    assert report_count(db_url) == len(texts)
