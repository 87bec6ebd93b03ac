"""The synthetic report generator, benchmarks/generate_reports.py: deterministic, sized, dated, and made of
reports the extractor finds events in."""
from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest

from rasid.extraction.pipeline import extract

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "generate_reports.py"


@pytest.fixture(scope="module")
def gen():
    spec = importlib.util.spec_from_file_location("generate_reports", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def reports(gen) -> list[dict]:
    return list(gen.generate(500, seed=3))


def test_same_seed_same_reports(gen):
    assert list(gen.generate(50, seed=7)) == list(gen.generate(50, seed=7))
    assert list(gen.generate(50, seed=7)) != list(gen.generate(50, seed=8))


def test_fields_and_unique_ids(reports):
    assert len(reports) == 500
    assert len({r["doc_id"] for r in reports}) == 500
    for r in reports:
        assert set(r) == {"doc_id", "report_date", "outlet", "url", "text"}
        assert r["doc_id"] in r["url"] and r["outlet"] and r["text"].strip()


def test_mean_length_about_one_kilobyte(reports):
    mean = sum(len(r["text"]) for r in reports) / len(reports)
    assert 700 <= mean <= 1400


def test_dates_within_range(gen):
    start, end = date(2021, 3, 1), date(2021, 3, 31)
    days = [date.fromisoformat(r["report_date"]) for r in gen.generate(300, seed=5, start=start, end=end)]
    assert all(start <= d <= end for d in days)
    assert len(set(days)) > 20  # spread over the range, not one day
    one_day = list(gen.generate(5, start=date(2020, 2, 29), end=date(2020, 2, 29)))
    assert {r["report_date"] for r in one_day} == {"2020-02-29"}


def test_extractor_finds_events_in_most(reports):
    with_events = sum(1 for r in reports[:100]
                      if extract(r["text"], r["doc_id"], date.fromisoformat(r["report_date"])).events)
    assert with_events >= 80


def test_command_line_writes_jsonl(gen, tmp_path, capsys):
    out = tmp_path / "gen.jsonl"
    assert gen.main(["20", "-o", str(out), "--seed", "2", "--start", "2022-01-01", "--end", "2022-12-31"]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in lines] == [f"gen-{i:06d}" for i in range(1, 21)]
    assert lines == list(gen.generate(20, seed=2, start=date(2022, 1, 1), end=date(2022, 12, 31)))
    assert "20 reports" in capsys.readouterr().err
