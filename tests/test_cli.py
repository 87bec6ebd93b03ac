"""End-to-end tests of `rasid extract`: through main([...]) and through `python -m rasid` in a subprocess.

They check structure, doc_ids, dates handed to the extractor, exit statuses and error lines, never what the
extractor finds: the extraction itself is tested elsewhere.
"""
from __future__ import annotations

import codecs
import io
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import rasid
from rasid.cli.main import main
from rasid.extraction import pipeline
from rasid.records import Event, Evidence, Location, ReportRecord

ROOT = Path(__file__).resolve().parent.parent

# Tiny reports written for these tests.
AR_1 = "اندلعت اشتباكات بين قوات النظام والفصائل في بلدة كفرنبل بريف إدلب الجنوبي."
AR_2 = "قُتل 3 مدنيين وأصيب 5 آخرون جراء قصف مدفعي على مدينة أريحا."
AR_3 = "سيطرت الفصائل على قرية تل ملح بعد معارك استمرت يومين."


# --- helpers ---------------------------------------------------------------------------------------------


def run(capsys, *argv: str) -> tuple[int, str, list[str]]:
    """main(argv): (exit status, stdout, stderr lines)."""
    rc = main(list(argv))
    captured = capsys.readouterr()
    return rc, captured.out, [line for line in captured.err.splitlines() if line.strip()]


def jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def doc_ids(out: str) -> list[str]:
    return [rec["doc_id"] for rec in jsonl(out)]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def jsonl_text(*objs) -> str:
    return "".join((o if isinstance(o, str) else json.dumps(o, ensure_ascii=False)) + "\n" for o in objs)


@pytest.fixture
def calls(monkeypatch):
    """Replace the extractor with one that records what it receives and returns an empty record."""
    seen: list[tuple[str, str, date | None]] = []

    def fake(text, doc_id, report_date=None, **_):
        seen.append((text, doc_id, report_date))
        return ReportRecord(doc_id=doc_id, report_date=report_date)

    monkeypatch.setattr(pipeline, "extract", fake)
    return seen


def assert_one_error(err: list[str], path, *words: str) -> None:
    assert len(err) == 1, err
    assert err[0].startswith(f"rasid: {path}: "), err
    for word in words:
        assert word in err[0], err
    assert "Traceback" not in err[0]


SCHEMA_KEYS = {"doc_id", "report_date", "events", "casualties", "control"}


def python_m_rasid(*args: str, input: bytes | None = None, cwd: Path | None = None, env: dict | None = None,
                   timeout: float = 120) -> subprocess.CompletedProcess:
    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = str(ROOT) + os.pathsep + full_env.get("PYTHONPATH", "")
    full_env.pop("RASID_BIDI", None)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "rasid", *args], input=input, capture_output=True,
                          cwd=cwd, env=full_env, timeout=timeout)


# --- inputs ----------------------------------------------------------------------------------------------


def test_txt_file_gives_one_record_named_after_the_file(tmp_path, capsys):
    path = write(tmp_path / "kafrnabl.txt", AR_1)
    rc, out, err = run(capsys, "extract", str(path))
    assert rc == 0 and err == []
    records = jsonl(out)
    assert len(records) == 1
    assert records[0]["doc_id"] == "kafrnabl"
    assert SCHEMA_KEYS <= set(records[0])
    assert isinstance(records[0]["events"], list)


def test_txt_text_reaches_the_extractor_unchanged(tmp_path, capsys, calls):
    text = AR_1 + "\r\n" + AR_2 + "\n"
    path = write(tmp_path / "r.txt", text.encode("utf-8"))
    assert run(capsys, "extract", str(path))[0] == 0
    assert calls == [(text, "r", None)]


def test_jsonl_file_doc_id_or_id_and_dates(tmp_path, capsys, calls):
    path = write(tmp_path / "batch.jsonl", jsonl_text(
        {"doc_id": "a1", "text": AR_1},
        {"id": "a2", "text": AR_2, "published": "2023-03-14T09:30:00+03:00"},
        {"id": 7, "text": AR_3, "report_date": "2023-03-15"},
        {"text": AR_1, "published": "Tue, 14 Mar 2023 22:10:00 +0000"},
        {"doc_id": "a5", "text": AR_2, "report_date": "2023-01-02", "published": "2020-05-05"},
    ))
    rc, out, err = run(capsys, "extract", str(path))
    assert rc == 0 and err == []
    assert doc_ids(out) == ["a1", "a2", "7", "batch-4", "a5"]
    assert [c[2] for c in calls] == [None, date(2023, 3, 14), date(2023, 3, 15), date(2023, 3, 14), date(2023, 1, 2)]
    assert [rec["report_date"] for rec in jsonl(out)] == [None, "2023-03-14", "2023-03-15", "2023-03-14", "2023-01-02"]


def test_blank_lines_in_jsonl_are_skipped(tmp_path, capsys):
    path = write(tmp_path / "b.jsonl", "\n" + jsonl_text({"id": "x", "text": AR_1}) + "\n   \n")
    rc, out, err = run(capsys, "extract", str(path))
    assert (rc, doc_ids(out), err) == (0, ["x"], [])


def test_jsonl_text_may_hold_line_separators(tmp_path, capsys, calls):
    text = AR_1 + "\u2028" + AR_2
    path = write(tmp_path / "s.jsonl", jsonl_text({"id": "sep", "text": text}))
    assert run(capsys, "extract", str(path))[0] == 0
    assert calls[0][:2] == (text, "sep")


def test_folder_is_read_recursively_and_sorted(tmp_path, capsys):
    write(tmp_path / "in" / "b.txt", AR_2)
    write(tmp_path / "in" / "a.txt", AR_1)
    write(tmp_path / "in" / "sub" / "c.TXT", AR_3)
    write(tmp_path / "in" / "sub" / "d.jsonl", jsonl_text({"id": "d1", "text": AR_1}, {"id": "d2", "text": AR_2}))
    write(tmp_path / "in" / "notes.md", "# not a report")  # other types are skipped silently in folders
    write(tmp_path / "in" / "report.pdf", b"%PDF-1.4 \x00\x01")
    write(tmp_path / "in" / ".hidden.txt", AR_1)
    rc, out, err = run(capsys, "extract", str(tmp_path / "in"))
    assert rc == 0 and err == []
    assert doc_ids(out) == ["a", "b", "c", "d1", "d2"]


def test_empty_folder_is_an_error(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    rc, out, err = run(capsys, "extract", str(tmp_path / "empty"))
    assert rc == 1 and out == ""
    assert_one_error(err, tmp_path / "empty", "no .txt or .jsonl files")


def test_stdin_plain_text(monkeypatch, capsys, calls):
    monkeypatch.setattr(sys, "stdin", io.StringIO(AR_1 + "\n" + AR_2 + "\n"))
    rc, out, err = run(capsys, "extract", "-")
    assert (rc, err) == (0, [])
    assert doc_ids(out) == ["stdin"]
    assert calls[0][0] == AR_1 + "\n" + AR_2 + "\n"


def test_stdin_jsonl(monkeypatch, capsys, calls):
    monkeypatch.setattr(sys, "stdin", io.StringIO(jsonl_text({"id": "s1", "text": AR_1},
                                                             {"id": "s2", "text": AR_2, "published": "2023-03-14"})))
    rc, out, err = run(capsys, "extract", "-")
    assert (rc, err) == (0, [])
    assert doc_ids(out) == ["s1", "s2"]
    assert calls[1][2] == date(2023, 3, 14)


def test_stdin_mixed_lines_are_one_plain_text_report(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(jsonl_text({"id": "s1", "text": AR_1}) + AR_2 + "\n"))
    rc, out, err = run(capsys, "extract", "-")
    assert (rc, doc_ids(out), err) == (0, ["stdin"], [])


def test_empty_stdin_is_an_error(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("  \n"))
    rc, out, err = run(capsys, "extract", "-")
    assert rc == 1
    assert_one_error(err, "<stdin>", "empty")


def test_files_and_stdin_together_keep_their_order(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(AR_3))
    a = write(tmp_path / "a.txt", AR_1)
    z = write(tmp_path / "z.txt", AR_2)
    rc, out, err = run(capsys, "extract", str(z), "-", str(a))
    assert (rc, doc_ids(out), err) == (0, ["z", "stdin", "a"], [])


# --- formats and options ---------------------------------------------------------------------------------


def test_json_format_is_one_indented_array(tmp_path, capsys):
    write(tmp_path / "d" / "one.txt", AR_1)
    write(tmp_path / "d" / "two.txt", AR_2)
    rc, out, err = run(capsys, "extract", str(tmp_path / "d"), "--format", "json")
    assert rc == 0 and err == []
    data = json.loads(out)
    assert isinstance(data, list) and [rec["doc_id"] for rec in data] == ["one", "two"]
    assert all(SCHEMA_KEYS <= set(rec) for rec in data)
    assert "\n  " in out  # indented


def test_json_format_with_no_records_is_an_empty_array(tmp_path, capsys):
    rc, out, err = run(capsys, "extract", str(tmp_path / "missing.txt"), "--format", "json")
    assert rc == 1 and json.loads(out) == []


def test_jsonl_keeps_arabic_readable(tmp_path, capsys, monkeypatch):
    def fake(text, doc_id, report_date=None, **_):
        ev = Evidence(0, 9, text[:9])
        return ReportRecord(doc_id, report_date, events=[Event(
            "Battles", "Armed clash", None, None, Location("كفرنبل", "Kafr Nabl", "Idlib"), ["SYR_GOV"], ["OPPOSITION"], ev)])

    monkeypatch.setattr(pipeline, "extract", fake)
    path = write(tmp_path / "k.txt", AR_1)
    rc, out, _ = run(capsys, "extract", str(path))
    assert rc == 0
    assert "كفرنبل" in out and "\\u06" not in out
    rec = jsonl(out)[0]
    assert rec["events"][0]["evidence"] == AR_1[:9]
    assert rec["events"][0]["evidence_span"] == [0, 9]


def test_table_format(tmp_path, capsys):
    write(tmp_path / "d" / "one.txt", AR_1)
    write(tmp_path / "d" / "two.txt", AR_2)
    rc, out, err = run(capsys, "extract", str(tmp_path / "d"), "--format", "table")
    assert rc == 0 and err == []
    headers = [line for line in out.splitlines() if line.startswith("Report ")]
    assert [h.split()[1] for h in headers] == ["one", "two"]
    for section in ("Events", "Casualties", "Control"):
        assert section in out


def test_table_bidi_visual_option_and_environment(tmp_path, capsys, monkeypatch):
    path = write(tmp_path / "حماة.txt", AR_1)
    monkeypatch.delenv("RASID_BIDI", raising=False)
    _, logical, _ = run(capsys, "extract", str(path), "--format", "table")
    _, visual, _ = run(capsys, "extract", str(path), "--format", "table", "--bidi", "visual")
    monkeypatch.setenv("RASID_BIDI", "visual")
    _, from_env, _ = run(capsys, "extract", str(path), "--format", "table")
    _, forced_logical, _ = run(capsys, "extract", str(path), "--format", "table", "--bidi", "logical")
    assert "Report حماة" in logical
    assert "Report ةامح" in visual
    assert from_env == visual
    assert forced_logical == logical


def test_report_date_option_overrides_every_report(tmp_path, capsys, calls):
    write(tmp_path / "d" / "a.txt", AR_1)
    write(tmp_path / "d" / "b.jsonl", jsonl_text({"id": "b1", "text": AR_2, "published": "2020-01-01"},
                                                  {"id": "b2", "text": AR_3, "report_date": "2021-02-02"}))
    rc, out, err = run(capsys, "extract", str(tmp_path / "d"), "--report-date", "2023-03-14")
    assert (rc, err) == (0, [])
    assert [(c[1], c[2]) for c in calls] == [("a", date(2023, 3, 14)), ("b1", date(2023, 3, 14)), ("b2", date(2023, 3, 14))]
    assert {rec["report_date"] for rec in jsonl(out)} == {"2023-03-14"}


def test_output_file(tmp_path, capsys):
    path = write(tmp_path / "a.txt", AR_1)
    target = tmp_path / "out" / "records.jsonl"
    target.parent.mkdir()
    rc, out, err = run(capsys, "extract", str(path), "-o", str(target))
    assert (rc, out, err) == (0, "", [])
    assert doc_ids(target.read_text(encoding="utf-8")) == ["a"]


def test_unwritable_output_file_is_a_usage_error(tmp_path, capsys):
    path = write(tmp_path / "a.txt", AR_1)
    rc, out, err = run(capsys, "extract", str(path), "-o", str(tmp_path / "no" / "such" / "dir" / "x.jsonl"))
    assert rc == 2 and out == ""
    assert len(err) == 1 and "cannot write" in err[0]


def test_version(capsys):
    rc = main(["--version"])
    assert rc == 0
    assert rasid.__version__ in capsys.readouterr().out


@pytest.mark.parametrize("value", ["2023-13-01", "2023-02-30", "14/03/2023", "yesterday", ""])
def test_bad_report_date_option_is_a_usage_error(tmp_path, capsys, value):
    path = write(tmp_path / "a.txt", AR_1)
    rc, out, err = run(capsys, "extract", str(path), "--report-date", value)
    assert rc == 2 and out == ""
    text = "\n".join(err)
    assert "--report-date" in text and "invalid date" in text and "Traceback" not in text


@pytest.mark.parametrize("argv", [[], ["extract"], ["extract", "x.txt", "--format", "xml"], ["frobnicate"]])
def test_usage_errors_exit_2(capsys, argv):
    rc = main(argv)
    assert rc == 2
    assert "usage:" in capsys.readouterr().err


# --- errors: one line naming the file, the rest still processed ------------------------------------------


def _with_good_neighbours(tmp_path, capsys, bad: Path, *extra: str):
    good1 = write(tmp_path / "good1.txt", AR_1)
    good2 = write(tmp_path / "good2.txt", AR_2)
    rc, out, err = run(capsys, "extract", str(good1), str(bad), str(good2), *extra)
    assert rc == 1
    assert doc_ids(out) == ["good1", "good2"]
    return err


def test_missing_file(tmp_path, capsys):
    bad = tmp_path / "nowhere.txt"
    err = _with_good_neighbours(tmp_path, capsys, bad)
    assert_one_error(err, bad, "no such file")


def test_empty_file(tmp_path, capsys):
    bad = write(tmp_path / "empty.txt", b"")
    assert_one_error(_with_good_neighbours(tmp_path, capsys, bad), bad, "empty file")


def test_whitespace_only_file(tmp_path, capsys):
    bad = write(tmp_path / "blank.txt", " \n\t\n")
    assert_one_error(_with_good_neighbours(tmp_path, capsys, bad), bad, "empty file")


def test_empty_jsonl_file(tmp_path, capsys):
    bad = write(tmp_path / "empty.jsonl", "\n\n")
    assert_one_error(_with_good_neighbours(tmp_path, capsys, bad), bad, "empty file")


def test_binary_file_with_nul_bytes(tmp_path, capsys):
    bad = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert_one_error(_with_good_neighbours(tmp_path, capsys, bad), bad, "binary file")


def test_binary_file_without_nul_bytes(tmp_path, capsys):
    bad = write(tmp_path / "blob.txt", bytes([1, 2, 3, 4, 5, 6, 7, 0xFF, 0xFE, 0x80, 0x81, 0x82]) * 50)
    assert_one_error(_with_good_neighbours(tmp_path, capsys, bad), bad, "binary file")


def test_control_characters_in_utf8_are_binary(tmp_path, capsys):
    bad = write(tmp_path / "ctl.txt", "\x01\x02\x03\x04\x05\x06" * 40 + "نص")
    assert_one_error(_with_good_neighbours(tmp_path, capsys, bad), bad, "binary file")


def test_windows_1256_file_is_reported_as_not_utf8(tmp_path, capsys):
    bad = write(tmp_path / "cp1256.txt", AR_1.encode("cp1256"))
    assert_one_error(_with_good_neighbours(tmp_path, capsys, bad), bad, "not UTF-8")


def test_utf8_bom_is_accepted_and_dropped(tmp_path, capsys, calls):
    path = write(tmp_path / "bom.txt", codecs.BOM_UTF8 + AR_1.encode("utf-8"))
    rc, out, err = run(capsys, "extract", str(path))
    assert (rc, err) == (0, [])
    assert calls == [(AR_1, "bom", None)]


def test_utf8_bom_in_jsonl_is_accepted(tmp_path, capsys):
    path = write(tmp_path / "bom.jsonl", codecs.BOM_UTF8 + jsonl_text({"id": "j", "text": AR_1}).encode("utf-8"))
    rc, out, err = run(capsys, "extract", str(path))
    assert (rc, doc_ids(out), err) == (0, ["j"], [])


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_accepted(tmp_path, capsys, calls, codec):
    raw = AR_1.encode(codec)
    if codec == "utf-16-le":
        raw = codecs.BOM_UTF16_LE + raw
    elif codec == "utf-16-be":
        raw = codecs.BOM_UTF16_BE + raw
    path = write(tmp_path / "wide.txt", raw)
    rc, out, err = run(capsys, "extract", str(path))
    assert (rc, err) == (0, [])
    assert calls == [(AR_1, "wide", None)]


def test_utf16_without_bom_is_refused(tmp_path, capsys):
    bad = write(tmp_path / "wide.txt", "report text".encode("utf-16-le"))
    assert_one_error(_with_good_neighbours(tmp_path, capsys, bad), bad, "binary file")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path, capsys):
    bad = write(tmp_path / "secret.txt", AR_1)
    bad.chmod(0)
    try:
        assert_one_error(_with_good_neighbours(tmp_path, capsys, bad), bad, "permission denied")
    finally:
        bad.chmod(0o644)


def test_unreadable_file_simulated(tmp_path, capsys, monkeypatch):
    """The same as above where tests run as root: reading the file raises PermissionError."""
    from rasid.sources import readers

    bad = write(tmp_path / "secret.txt", AR_1)
    real = readers._read_bytes

    def read_bytes(path):
        if os.path.basename(path) == "secret.txt":
            raise PermissionError(13, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(readers, "_read_bytes", read_bytes)
    assert_one_error(_with_good_neighbours(tmp_path, capsys, bad), bad, "permission denied")


def test_unsupported_extension_named_explicitly(tmp_path, capsys):
    bad = write(tmp_path / "report.docx", AR_1)
    assert_one_error(_with_good_neighbours(tmp_path, capsys, bad), bad, "unsupported file type", ".docx")


def test_bad_jsonl_lines_are_reported_and_the_others_go_through(tmp_path, capsys):
    path = write(tmp_path / "mixed.jsonl", jsonl_text(
        {"id": "ok1", "text": AR_1},
        '{"id": "broken", "text": ',
        {"id": "no-text"},
        '["an", "array"]',
        {"id": "empty-text", "text": "  "},
        {"id": "num-text", "text": 42},
        {"id": "ok2", "text": AR_2},
    ))
    rc, out, err = run(capsys, "extract", str(path))
    assert rc == 1
    assert doc_ids(out) == ["ok1", "ok2"]
    assert len(err) == 5, err
    for line_no, line in zip((2, 3, 4, 5, 6), err):
        assert line.startswith(f"rasid: {path}: line {line_no}"), line
    assert "not valid JSON" in err[0]
    assert 'no "text"' in err[1] and "no-text" in err[1]
    assert "not a JSON object" in err[2]
    assert "empty" in err[3]
    assert "string" in err[4]


@pytest.mark.parametrize("field,value", [
    ("report_date", "2023-02-30"),
    ("report_date", "next Tuesday"),
    ("published", "14/03/2023"),
    ("published", 20230314),
])
def test_bad_report_date_in_jsonl(tmp_path, capsys, field, value):
    path = write(tmp_path / "dates.jsonl", jsonl_text(
        {"id": "ok1", "text": AR_1, "report_date": "2023-03-14"},
        {"id": "bad", "text": AR_2, field: value},
        {"id": "ok2", "text": AR_3},
    ))
    rc, out, err = run(capsys, "extract", str(path))
    assert rc == 1
    assert doc_ids(out) == ["ok1", "ok2"]
    assert_one_error(err, path, "line 2", "bad", f"bad {field}")


def test_several_bad_inputs_one_line_each(tmp_path, capsys):
    empty = write(tmp_path / "e.txt", b"")
    missing = tmp_path / "m.txt"
    good = write(tmp_path / "g.txt", AR_1)
    rc, out, err = run(capsys, "extract", str(empty), str(missing), str(good))
    assert rc == 1 and doc_ids(out) == ["g"]
    assert [line.split(": ")[1] for line in err] == [str(empty), str(missing)]


def test_folder_errors_name_the_file_inside(tmp_path, capsys):
    write(tmp_path / "d" / "a.txt", AR_1)
    bad = write(tmp_path / "d" / "b.txt", b"")
    write(tmp_path / "d" / "c.txt", AR_2)
    rc, out, err = run(capsys, "extract", str(tmp_path / "d"))
    assert rc == 1 and doc_ids(out) == ["a", "c"]
    assert_one_error(err, bad, "empty file")


def test_extractor_exception_is_one_line_and_the_rest_go_on(tmp_path, capsys, monkeypatch):
    def flaky(text, doc_id, report_date=None, **_):
        if doc_id == "boom":
            raise ValueError("something\nwent wrong")
        return ReportRecord(doc_id=doc_id, report_date=report_date)

    monkeypatch.setattr(pipeline, "extract", flaky)
    path = write(tmp_path / "batch.jsonl", jsonl_text({"id": "x", "text": AR_1}, {"id": "boom", "text": AR_2},
                                                      {"id": "y", "text": AR_3}))
    for fmt in ("jsonl", "json", "table"):
        rc, out, err = run(capsys, "extract", str(path), "--format", fmt)
        assert rc == 1
        assert_one_error(err, path, "doc_id boom", "ValueError", "something went wrong")
        assert "boom" not in out


def test_keyboard_interrupt_exits_130_quietly(tmp_path, capsys, monkeypatch):
    def interrupted(text, doc_id, report_date=None, **_):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "extract", interrupted)
    path = write(tmp_path / "a.txt", AR_1)
    rc, out, err = run(capsys, "extract", str(path))
    assert (rc, err) == (130, [])


# --- python -m rasid -------------------------------------------------------------------------------------


def test_python_m_rasid_txt_and_jsonl(tmp_path):
    write(tmp_path / "a.txt", AR_1)
    write(tmp_path / "b.jsonl", jsonl_text({"id": "b1", "text": AR_2, "published": "2023-03-14"}))
    proc = python_m_rasid("extract", "a.txt", "b.jsonl", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""
    out = proc.stdout.decode("utf-8")
    assert doc_ids(out) == ["a", "b1"]
    assert jsonl(out)[1]["report_date"] == "2023-03-14"


def test_python_m_rasid_stdin(tmp_path):
    proc = python_m_rasid("extract", "-", "--format", "json", input=AR_1.encode("utf-8"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert [rec["doc_id"] for rec in json.loads(proc.stdout)] == ["stdin"]
    proc = python_m_rasid("extract", "-", input=jsonl_text({"id": "j1", "text": AR_1}).encode("utf-8"), cwd=tmp_path)
    assert proc.returncode == 0 and doc_ids(proc.stdout.decode("utf-8")) == ["j1"]


def test_python_m_rasid_errors_and_exit_status(tmp_path):
    write(tmp_path / "good.txt", AR_1)
    write(tmp_path / "bad.txt", AR_1.encode("cp1256"))
    proc = python_m_rasid("extract", "bad.txt", "good.txt", "gone.txt", cwd=tmp_path)
    assert proc.returncode == 1
    assert doc_ids(proc.stdout.decode("utf-8")) == ["good"]
    err = proc.stderr.decode("utf-8").splitlines()
    assert len(err) == 2 and "Traceback" not in proc.stderr.decode("utf-8")
    assert err[0].startswith("rasid: bad.txt: not UTF-8")
    assert err[1].startswith("rasid: gone.txt: no such file")


def test_python_m_rasid_bad_report_date(tmp_path):
    write(tmp_path / "a.txt", AR_1)
    proc = python_m_rasid("extract", "a.txt", "--report-date", "2023-31-12", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == b""
    assert b"invalid date" in proc.stderr and b"Traceback" not in proc.stderr


def test_python_m_rasid_version():
    proc = python_m_rasid("--version")
    assert proc.returncode == 0 and rasid.__version__.encode() in proc.stdout


def test_python_m_rasid_table_of_the_example_report():
    proc = python_m_rasid("extract", str(ROOT / "examples" / "report.txt"), "--format", "table")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode("utf-8").startswith("Report report")


def test_output_is_utf8_whatever_the_locale(tmp_path):
    write(tmp_path / "تقرير.txt", AR_1)
    proc = python_m_rasid("extract", "تقرير.txt", cwd=tmp_path, env={"PYTHONIOENCODING": "ascii", "LC_ALL": "C"})
    assert proc.returncode == 0, proc.stderr
    assert doc_ids(proc.stdout.decode("utf-8")) == ["تقرير"]


def test_closed_pipe_is_one_line_and_status_1(tmp_path):
    # ~30 reports whose doc_ids make the output far larger than a pipe buffer.
    write(tmp_path / "big.jsonl", jsonl_text(*({"id": f"r{i}-" + "x" * 20000, "text": AR_1} for i in range(30))))
    full_env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-m", "rasid", "extract", "big.jsonl"], cwd=tmp_path, env=full_env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()  # what `| head -1` does
    _, err = proc.communicate(timeout=120)
    assert first.startswith(b'{"doc_id": "r0-')
    assert b"Traceback" not in err and b"Exception ignored" not in err, err
    assert err.decode().splitlines() == ["rasid: standard output: the reader closed the pipe before all the output "
                                         "was written"]
    assert proc.returncode == 1


# --- outputs that cannot be written, reports that fail at the boundary -----------------------------------


DEEP = '{"id": "deep", "text": ' + "[" * 1000 + "]" * 1000 + "}"  # past what Python's JSON reader can nest


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_a_full_disk_is_one_line_and_status_1(tmp_path):
    write(tmp_path / "a.txt", AR_1)
    for how in ("-o", ">"):
        if how == "-o":
            proc = python_m_rasid("extract", "a.txt", "-o", "/dev/full", cwd=tmp_path)
        else:
            with open("/dev/full", "wb") as full:
                proc = subprocess.run([sys.executable, "-m", "rasid", "extract", "a.txt"], stdout=full,
                                      stderr=subprocess.PIPE, cwd=tmp_path,
                                      env=dict(os.environ, PYTHONPATH=str(ROOT)))
        err = proc.stderr.decode().splitlines()
        assert proc.returncode == 1, (how, err)
        target = "/dev/full" if how == "-o" else "standard output"
        assert err == [f"rasid: {target}: cannot write: No space left on device"], (how, err)


def test_an_output_that_is_an_input_is_refused_before_anything_is_touched(tmp_path, capsys, calls):
    source = write(tmp_path / "in.jsonl", jsonl_text({"id": "a", "text": AR_1}))
    for output in (str(source), str(tmp_path / "." / "in.jsonl")):
        rc, out, err = run(capsys, "extract", str(source), "-o", output)
        assert rc == 2 and out == "" and calls == []
        assert_one_error(err, output, "is the input", str(source))
    assert source.read_text(encoding="utf-8") == jsonl_text({"id": "a", "text": AR_1})
    # inside a folder that is read: it would be read back as a report
    rc, _, err = run(capsys, "extract", str(tmp_path), "-o", str(tmp_path / "out.jsonl"))
    assert rc == 2 and not (tmp_path / "out.jsonl").exists()
    assert_one_error(err, tmp_path / "out.jsonl", "read back as an input of the folder")
    # another kind of file in that folder is fine
    assert run(capsys, "extract", str(tmp_path), "-o", str(tmp_path / "out.json"))[0] == 0


def test_standard_output_that_is_an_input_is_refused(tmp_path):
    source = write(tmp_path / "in.txt", AR_1)
    with open(source, "ab") as appended:  # `>> in.txt`: nothing truncated yet, and nothing may be written
        proc = subprocess.run([sys.executable, "-m", "rasid", "extract", "in.txt"], stdout=appended,
                              stderr=subprocess.PIPE, cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert proc.returncode == 2
    assert proc.stderr.decode().splitlines() == [
        "rasid: standard output: the output is the input in.txt: writing would destroy it; choose another output file"]
    assert source.read_text(encoding="utf-8") == AR_1


def test_a_line_nested_too_deeply_is_one_error_and_the_later_files_are_read(tmp_path, capsys, calls):
    write(tmp_path / "d" / "a.jsonl", jsonl_text({"id": "a1", "text": AR_1}, DEEP, {"id": "a3", "text": AR_2}))
    write(tmp_path / "d" / "b.txt", AR_3)
    rc, out, err = run(capsys, "extract", str(tmp_path / "d"))
    assert rc == 1 and doc_ids(out) == ["a1", "a3", "b"]
    assert_one_error(err, tmp_path / "d" / "a.jsonl", "line 2", "nested too deeply")


def test_an_unexpected_reader_failure_is_an_error_of_that_file_only(tmp_path, capsys, calls, monkeypatch):
    from rasid.sources import readers

    def broken(text, path, stem):
        raise RuntimeError("a reader's bug")

    write(tmp_path / "d" / "a.jsonl", jsonl_text({"id": "a1", "text": AR_1}))
    write(tmp_path / "d" / "b.txt", AR_3)
    monkeypatch.setattr(readers, "_jsonl_reports", broken)
    rc, out, err = run(capsys, "extract", str(tmp_path / "d"))
    assert rc == 1 and doc_ids(out) == ["b"]
    assert_one_error(err, tmp_path / "d" / "a.jsonl", "cannot read: RuntimeError: a reader's bug")


def test_time_budget_reaches_the_extractor_and_a_report_over_it_is_one_line(tmp_path, capsys, monkeypatch):
    budgets = []

    def slow_on_b(text, doc_id, report_date=None, time_budget=None):
        budgets.append(time_budget)
        if doc_id == "b":
            raise pipeline.ExtractionTimeout("extraction took longer than the time budget of 10 s")
        return ReportRecord(doc_id=doc_id, report_date=report_date)

    monkeypatch.setattr(pipeline, "extract", slow_on_b)
    path = write(tmp_path / "r.jsonl", jsonl_text(*({"id": i, "text": AR_1} for i in "abc")))
    rc, out, err = run(capsys, "extract", str(path))
    assert rc == 1 and doc_ids(out) == ["a", "c"] and budgets == [10.0] * 3
    assert_one_error(err, path, "doc_id b", "ExtractionTimeout", "time budget")
    run(capsys, "extract", str(path), "--time-budget", "0")
    run(capsys, "extract", str(path), "--time-budget", "2.5")
    assert budgets[3:] == [None] * 3 + [2.5] * 3
    rc, _, err = run(capsys, "extract", str(path), "--time-budget", "-1")
    assert rc == 2 and "--time-budget" in err[-1]


def test_characters_a_database_cannot_store_are_replaced_with_a_note(tmp_path, capsys, calls):
    path = write(tmp_path / "n.jsonl", '{"id": "n\\u0000", "text": "' + AR_1 + '\\u0000 \\ud800"}\n')
    rc, out, err = run(capsys, "extract", str(path))
    assert rc == 0 and doc_ids(out) == ["n\ufffd"]
    assert calls[0][0] == AR_1 + "\ufffd \ufffd"  # one for one: offsets into the text are those of the input
    assert len(err) == 2 and all(e.startswith(f"rasid: {path}: doc_id n\ufffd: note: ") for e in err)
