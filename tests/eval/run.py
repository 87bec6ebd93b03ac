"""Run the evaluation cases through `rasid.extraction.pipeline.extract` and score them (see scorer.py)."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from rasid.extraction.pipeline import extract

from .scorer import FACETS, Score, score_case

HERE = Path(__file__).parent
FLOORS_FILE = HERE / "floors.toml"


def load_cases(lang: str, paths: list[Path] | None = None) -> list[dict]:
    cases = []
    for path in paths or sorted(HERE.joinpath("cases").glob(f"{lang}_*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                case = json.loads(line)
                case.setdefault("id", f"{path.stem}:{n}")
                cases.append(case)
    return cases


def run_cases(cases: list[dict]) -> Score:
    score = Score()
    for case in cases:
        report_date = date.fromisoformat(case["report_date"]) if case.get("report_date") else None
        record = extract(case["text"], case["id"], report_date).to_dict()
        score_case(case["id"], case["expect"], record, score)
    return score


def main() -> None:
    langs = sys.argv[1:] or ["ar", "en"]
    for lang in langs:
        cases = load_cases(lang)
        if not cases:
            continue
        score = run_cases(cases)
        print(f"== {lang}: {len(cases)} cases")
        for facet in FACETS:
            t = score.facets[facet]
            print(f"  {facet:<13} tp {t.tp:>4} fp {t.fp:>4} fn {t.fn:>4}  F1 {t.f1:.3f}")
        for e in score.errors:
            print("  " + e)


if __name__ == "__main__":
    main()
