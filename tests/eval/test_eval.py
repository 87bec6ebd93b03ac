"""Rasid's own evaluation set: short reports and sentences written for the project, with the records a coder
following ../shared/eval/GUIDELINES.md would make, scored facet by facet against floors that CI enforces.

A change that breaks reading fails here, not only in a benchmark. Cases live in tests/eval/cases/<lang>_*.jsonl;
floors in tests/eval/floors.toml. `python -m tests.eval.run [ar|en]` prints the table and every error.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from .run import FLOORS_FILE, load_cases, run_cases

FLOORS = tomllib.loads(FLOORS_FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_facets_stay_above_their_floors(lang: str):
    cases = load_cases(lang)
    assert len(cases) >= FLOORS[lang].get("min_cases", 1), f"too few {lang} evaluation cases"
    score = run_cases(cases)
    low = {facet: round(score.f1(facet), 3) for facet, floor in FLOORS[lang].items()
           if facet != "min_cases" and score.f1(facet) < floor}
    assert not low, f"{lang}: facets below their floors {low}\n" + "\n".join(score.errors[:40])


def test_every_case_is_well_formed():
    for path in sorted(Path(__file__).parent.joinpath("cases").glob("*.jsonl")):
        for case in load_cases(path.name.split("_")[0], [path]):
            assert case["id"] and case["text"].strip() and isinstance(case["expect"], dict), case.get("id")
            for e in case["expect"].get("events", []):
                assert e["sub_event_type"], case["id"]
