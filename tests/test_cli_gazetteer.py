"""`rasid gazetteer import|stats|lookup` and `rasid extract --gazetteer`: exit statuses, messages, the store used."""
from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from rasid.cli import main as cli
from rasid.cli.main import main
from rasid.extraction import pipeline
from rasid.geo.gazetteer import Gazetteer
from rasid.records import ReportRecord

PLAIN_CSV = (
    "id,name_ar,name_en,alt_ar,alt_en,kind,admin1,country,latitude,longitude,population\n"
    "w-1,تل الورد الشرقي,Tell al-Ward ash-Sharqi,تل وردة الشرقي,Tall Ward,village,Deir ez-Zor,SY,35.30,40.20,900\n"
    "w-2,قرية النخلة الكبرى,Qaryat al-Nakhla,,,village,Nineveh,IQ,36.30,43.10,\n"
    "w-3,قرية بلا مكان,Nowhere,,,village,Raqqa,SY,,,\n"
)


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("RASID_HOME", str(home))
    monkeypatch.delenv("RASID_GAZETTEER", raising=False)
    return home


def run(capsys, *argv: str) -> tuple[int, str, list[str]]:
    rc = main(list(argv))
    captured = capsys.readouterr()
    return rc, captured.out, [line for line in captured.err.splitlines() if line.strip()]


def plain_csv(tmp_path: Path, text: str = PLAIN_CSV, name: str = "mine.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def import_plain(capsys, tmp_path, *more: str) -> tuple[int, str, list[str]]:
    return run(capsys, "gazetteer", "import", str(plain_csv(tmp_path)), "--format", "csv", "--licence", "CC0",
               *more)


def test_import_into_the_default_store(capsys, tmp_path, home):
    rc, out, err = import_plain(capsys, tmp_path)
    assert rc == 0 and err == []
    assert "3 rows read" in out and "2 added" in out and "0 merged" in out and "1 rejected" in out
    assert "rejected: no coordinates 1" in out and "mine.csv line 4: no coordinates (قرية بلا مكان)" in out
    assert f"store: {home / 'gazetteer.sqlite'}" in out
    assert (home / "gazetteer.sqlite").is_file()
    rc, out, err = import_plain(capsys, tmp_path)
    assert rc == 0 and "0 added" in out and "2 already present" in out


def test_import_into_another_store_and_stats(capsys, tmp_path, home):
    db = tmp_path / "elsewhere" / "g.sqlite"
    assert import_plain(capsys, tmp_path, "--db", str(db), "--source", "my list")[0] == 0
    assert db.is_file() and not (home / "gazetteer.sqlite").exists()
    rc, out, err = run(capsys, "gazetteer", "stats", "--db", str(db))
    assert rc == 0 and err == []
    assert "places: 2 (2 with coordinates)" in out
    assert "my list: 2 rows" in out and "licence: CC0" in out
    assert "by country: IQ 1, SY 1" in out or "by country: SY 1, IQ 1" in out
    assert "by governorate:" in out and "Deir ez-Zor 1" in out


def test_stats_without_a_store(capsys, home):
    rc, out, err = run(capsys, "gazetteer", "stats")
    assert rc == 1 and out == ""
    assert err == [f"rasid: {home / 'gazetteer.sqlite'}: no gazetteer store here (rasid gazetteer import creates one)"]


def test_lookup(capsys, tmp_path):
    import_plain(capsys, tmp_path)
    rc, out, err = run(capsys, "gazetteer", "lookup", "تل وردة الشرقي")
    assert rc == 0 and err == []
    (line,) = out.splitlines()
    assert line.startswith("تل الورد الشرقي | Tell al-Ward ash-Sharqi | village | SY | Deir ez-Zor / - / - |")
    assert "35.3, 40.2" in line and line.endswith("source csv:mine w-1")
    rc, out, err = run(capsys, "gazetteer", "lookup", "البوكمال", "--admin1", "Dayr az Zawr")
    assert rc == 0 and out.splitlines()[0].startswith("البوكمال | Abu Kamal |") and "source rasid" in out


def test_lookup_of_an_unknown_name_exits_1(capsys):
    rc, out, err = run(capsys, "gazetteer", "lookup", "مدينة لا وجود لها")
    assert (rc, out) == (1, "")
    assert err == ["rasid: مدينة لا وجود لها: no such place in the gazetteer"]


def test_lookup_usage_errors(capsys, tmp_path):
    rc, out, err = run(capsys, "gazetteer", "lookup", "حلب", "--admin1", "Atlantis")
    assert rc == 2 and err == ["rasid: --admin1: unknown governorate 'Atlantis'"]
    rc, out, err = run(capsys, "gazetteer", "lookup", "حلب", "--db", str(tmp_path / "missing.sqlite"))
    assert rc == 1 and "no gazetteer store here" in err[0]


def test_a_bad_file_exits_1_and_keeps_the_store(capsys, tmp_path, home):
    import_plain(capsys, tmp_path)
    stats_before = run(capsys, "gazetteer", "stats")[1]
    bad = tmp_path / "bad.csv"
    bad.write_bytes(PLAIN_CSV.encode("utf-8") + b"w-9,\xff\xfe,x,,,village,Raqqa,SY,35.9,39.0,\n")
    rc, out, err = run(capsys, "gazetteer", "import", str(bad), "--format", "csv", "--licence", "CC0")
    assert rc == 1 and out == ""
    assert len(err) == 1 and err[0].startswith(f"rasid: {bad}: cannot import as csv: not UTF-8")
    assert err[0].endswith("nothing was stored")
    rc, out, err = run(capsys, "gazetteer", "import", str(plain_csv(tmp_path, name="w.csv")), "--format", "geonames")
    assert rc == 1 and "cannot import as geonames: not a GeoNames dump" in err[0]
    rc, out, err = run(capsys, "gazetteer", "import", str(tmp_path / "none.csv"), "--format", "wof")
    assert rc == 1 and err == [f"rasid: {tmp_path / 'none.csv'}: cannot import as wof: no such file or folder; "
                               "nothing was stored"]
    assert run(capsys, "gazetteer", "stats")[1] == stats_before


def test_import_usage_errors(capsys, tmp_path):
    path = str(plain_csv(tmp_path))
    rc, out, err = run(capsys, "gazetteer", "import", path, "--format", "csv")
    assert rc == 2 and "--licence" in err[0] and "required" in err[0]
    rc, out, err = run(capsys, "gazetteer", "import", path, "--format", "csv", "--licence", "x", "--source", "rasid")
    assert rc == 2 and "--source" in err[0]
    rc, out, err = run(capsys, "gazetteer", "import", path, "--format", "shapefile")
    assert rc == 2 and "invalid choice" in " ".join(err)
    rc, out, err = run(capsys, "gazetteer", "import", path)
    assert rc == 2 and "--format" in " ".join(err)
    rc, out, err = run(capsys, "gazetteer")
    assert rc == 2


def test_a_store_that_is_not_one(capsys, tmp_path):
    fake = tmp_path / "fake.sqlite"
    fake.write_text("not a database\n" * 100)
    rc, out, err = import_plain(capsys, tmp_path, "--db", str(fake))
    assert rc == 1 and err[0].startswith(f"rasid: {fake}: ") and "not a Rasid gazetteer store" in err[0]
    rc, out, err = run(capsys, "gazetteer", "stats", "--db", str(fake))
    assert rc == 1 and "not a Rasid gazetteer store" in err[0]


def test_progress_line_is_throttled_and_in_place_on_a_terminal(monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    stream = Terminal()
    clock = iter([0.0, 0.05, 0.1, 0.25, 0.3, 0.5])
    monkeypatch.setattr(cli.time, "monotonic", lambda: next(clock))
    progress = cli._Progress("wof.csv", stream)
    for read in (500, 1000, 1500, 2000, 2500, 3000):
        progress(read, read / 1000)
    progress.done()
    text = stream.getvalue()
    assert text.count("\r") == 4  # at 0, 0.25 and 0.5 s, then the clearing at the end
    assert "rasid: wof.csv: 500 rows read (1,000 rows/s)" in text and "2,000 rows read" in text
    assert "\n" not in text


def test_progress_on_a_pipe_only_for_long_imports():
    stream = io.StringIO()
    progress = cli._Progress("x.csv", stream)
    progress(500, 0.2)
    assert stream.getvalue() == ""


# --- rasid extract --gazetteer -------------------------------------------------------------------------------------

def test_extract_uses_the_store_given(capsys, tmp_path, monkeypatch):
    db = tmp_path / "g.sqlite"
    import_plain(capsys, tmp_path, "--db", str(db))
    seen = []

    def fake(text, doc_id, report_date=None, **_):
        seen.append((os.environ.get("RASID_GAZETTEER"), bool(Gazetteer.default().lookup("تل الورد الشرقي"))))
        return ReportRecord(doc_id=doc_id, report_date=report_date)

    monkeypatch.setattr(pipeline, "extract", fake)
    report = tmp_path / "r.txt"
    report.write_text("قصف على تل الورد الشرقي.", encoding="utf-8")
    rc, out, err = run(capsys, "extract", str(report), "--gazetteer", str(db))
    assert rc == 0 and err == []
    assert seen == [(str(db), True)]
    assert "RASID_GAZETTEER" not in os.environ  # set for the run only
    rc, out, err = run(capsys, "extract", str(report))
    assert rc == 0 and seen[-1] == (None, False)


def test_extract_with_a_missing_store_is_a_usage_error(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "extract", lambda text, doc_id, report_date=None: ReportRecord(doc_id, None))
    report = tmp_path / "r.txt"
    report.write_text("نص.", encoding="utf-8")
    missing = tmp_path / "missing.sqlite"
    rc, out, err = run(capsys, "extract", str(report), "--gazetteer", str(missing))
    assert (rc, out) == (2, "")
    assert err == [f"rasid: {missing}: no gazetteer store here (rasid gazetteer import creates one)"]


def test_extract_with_a_missing_store_in_the_environment(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "extract", lambda text, doc_id, report_date=None: ReportRecord(doc_id, None))
    report = tmp_path / "r.txt"
    report.write_text("نص.", encoding="utf-8")
    missing = tmp_path / "missing.sqlite"
    monkeypatch.setenv("RASID_GAZETTEER", str(missing))
    rc, out, err = run(capsys, "extract", str(report))
    assert (rc, out) == (2, "")
    assert err == [f"rasid: {missing}: no gazetteer store here ($RASID_GAZETTEER) (rasid gazetteer import "
                   "creates one)"]
    assert os.environ["RASID_GAZETTEER"] == str(missing)


def test_extract_with_a_broken_default_store(capsys, tmp_path, home, monkeypatch):
    monkeypatch.setattr(pipeline, "extract", lambda text, doc_id, report_date=None: ReportRecord(doc_id, None))
    home.mkdir()
    (home / "gazetteer.sqlite").write_text("not a database\n" * 100)
    report = tmp_path / "r.txt"
    report.write_text("نص.", encoding="utf-8")
    rc, out, err = run(capsys, "extract", str(report))
    assert rc == 2 and err[0].startswith(f"rasid: {home / 'gazetteer.sqlite'}: ")
    assert "not a Rasid gazetteer store" in err[0]
