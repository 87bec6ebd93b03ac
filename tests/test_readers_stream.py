"""Large JSONL files are read a line at a time, with the same reports and errors as a whole-file read."""
from __future__ import annotations

import json

from rasid.sources import InputError, iter_reports
from rasid.sources import readers

LINES = [
    {"doc_id": "a", "text": "قصفت قوات النظام بلدة البارة.", "report_date": "2024-05-01", "outlet": "مرصد"},
    {"doc_id": "b", "text": "اندلعت اشتباكات في محيط سراقب."},
]


def _write(path, bad_utf8: bool = False) -> None:
    with open(path, "wb") as fh:
        fh.write(json.dumps(LINES[0], ensure_ascii=False).encode("utf-8") + b"\n")
        fh.write(b"{not json\n")
        if bad_utf8:
            fh.write(b'{"doc_id": "c", "text": "\xff\xfe"}\n')
        fh.write(json.dumps(LINES[1], ensure_ascii=False).encode("utf-8") + b"\n")


def _read(path):
    return [(type(r).__name__, getattr(r, "doc_id", None), getattr(r, "reason", None)) for r in iter_reports([str(path)])]


def test_a_large_file_streams_to_the_same_reports(tmp_path, monkeypatch):
    path = tmp_path / "big.jsonl"
    _write(path)
    whole = _read(path)
    monkeypatch.setattr(readers, "STREAM_BYTES", 1)
    assert readers.streamable(str(path))
    assert _read(path) == whole
    assert [x[1] for x in whole if x[0] == "SourceReport"] == ["a", "b"]
    assert any(x[0] == "InputError" and x[2].startswith("line 2: not valid JSON") for x in whole)


def test_a_streamed_line_that_is_not_utf8_is_an_error_of_that_line(tmp_path, monkeypatch):
    path = tmp_path / "big.jsonl"
    _write(path, bad_utf8=True)
    monkeypatch.setattr(readers, "STREAM_BYTES", 1)
    results = list(iter_reports([str(path)]))
    errors = [r for r in results if isinstance(r, InputError)]
    assert [r.doc_id for r in results if not isinstance(r, InputError)] == ["a", "b"]
    assert any("line 3: not UTF-8" in e.reason for e in errors)
    assert results[0].outlet == "مرصد"


def test_only_a_large_utf8_file_is_streamed(tmp_path, monkeypatch):
    path, utf16 = tmp_path / "big.jsonl", tmp_path / "wide.jsonl"
    _write(path)
    utf16.write_bytes(json.dumps(LINES[1], ensure_ascii=False).encode("utf-16"))
    assert not readers.streamable(str(path))  # smaller than STREAM_BYTES: read whole
    monkeypatch.setattr(readers, "STREAM_BYTES", 1)
    assert readers.streamable(str(path)) and not readers.streamable(str(utf16))
    assert not readers.streamable(str(tmp_path / "missing.jsonl"))
