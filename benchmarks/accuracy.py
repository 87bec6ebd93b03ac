#!/usr/bin/env python3
"""Accuracy of `rasid extract` on the evaluation material in ../shared (read at run time, never copied).

Runs the extractor over the seed report, the dev set and the Arabic event gold standard, scores each with
the scripts that come with them, and prints their figures beside the targets of the project. The dev set is
scored whole and in its two fixed parts (benchmarks/devsplit.py): the working four fifths and the held-out fifth,
whose figure is the one that predicts reports Rasid has never seen.

    python benchmarks/accuracy.py [--shared PATH] [--keep DIR] [--lang ar|en]

Exits 0 and says so when ../shared is absent.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # for rasid and benchmarks.devsplit when run as a script

from benchmarks.devsplit import held_out, working_half  # noqa: E402
from rasid.extraction.pipeline import extract  # noqa: E402
from rasid.sources.readers import SourceReport, iter_reports  # noqa: E402

TARGETS = {
    "seed": {"event_f1": 1.0, "casualty_f1": 0.8},
    "dev": {"event_f1": 0.80, "casualty_f1": 0.78, "place_f1": 0.85, "actor_f1": 0.85},
    "dev_en": {"event_f1": 0.75, "casualty_f1": 0.70, "place_f1": 0.80, "actor_f1": 0.80},
    "gsr": {"assault_f1": 0.70, "protest_f1": 0.62},
}


def run_extraction(inputs: Path, out: Path) -> None:
    with out.open("w", encoding="utf-8") as fh:
        for item in iter_reports([str(inputs)]):
            if isinstance(item, SourceReport):
                record = extract(item.text, item.doc_id, item.report_date)
                fh.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")


def score(script: Path, *args: str) -> str:
    return subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True, check=True).stdout


def headline(output: str) -> dict[str, float]:
    line = next((l for l in output.splitlines() if l.startswith("headline:")), "")
    figures = {}
    for part in line.split()[1:]:
        key, _, value = part.partition("=")
        try:
            figures[key] = float(value)
        except ValueError:
            pass
    return figures


SPLIT_PARTS = ("working", "working A", "working B", "held-out")


def split_file(work: Path, part: str) -> Path:
    """The gold file of a part of SPLIT_PARTS that split_gold writes in `work`."""
    return work / f"gold-{part.replace(' ', '-')}.jsonl"


def split_gold(gold: Path, work: Path) -> None:
    """The working four fifths (whole and in its halves A and B) and the held-out fifth of the dev gold, as files
    score.py can read."""
    files = {part: split_file(work, part).open("w", encoding="utf-8") for part in SPLIT_PARTS}
    try:
        for line in gold.open(encoding="utf-8"):
            if not line.strip():
                continue
            doc_id = str(json.loads(line)["doc_id"])
            if held_out(doc_id):
                files["held-out"].write(line)
            else:
                files["working"].write(line)
                files[f"working {working_half(doc_id)}"].write(line)
    finally:
        for fh in files.values():
            fh.close()


def geocoding(records: Path) -> str:
    """The share of events that carry coordinates, and at which precision."""
    events = [e for line in records.open(encoding="utf-8") for e in json.loads(line)["events"]]
    located = [e for e in events if e.get("location") and e["location"].get("latitude") is not None]
    by_precision = {p: sum(1 for e in located if e["location"].get("geo_precision") == p) for p in (1, 2, 3)}
    unresolved = sum(len(json.loads(line).get("unresolved_places", [])) for line in records.open(encoding="utf-8"))
    total = len(events) or 1
    shares = ", ".join(f"precision {p}: {n / total:.1%}" for p, n in by_precision.items())
    return (f"  events with coordinates: {len(located)}/{len(events)} = {len(located) / total:.1%} ({shares}); "
            f"place names not in the gazetteer: {unresolved}")


def verdict(name: str, figures: dict[str, float]) -> str:
    rows = []
    for key, target in TARGETS[name].items():
        got = figures.get(key)
        mark = "PASS" if got is not None and got >= target else "FAIL"
        rows.append(f"  {key:<13} {got if got is not None else float('nan'):.3f}  target ≥ {target:.2f}  {mark}")
    return "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder (default ../shared)")
    ap.add_argument("--keep", help="write the extracted records into this folder")
    a = ap.parse_args()
    shared = Path(a.shared)
    evals = shared / "eval"
    if not (evals / "score.py").exists():
        print(f"{evals} not found: nothing to measure (the evaluation data is not shipped with Rasid).")
        return 0
    work = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="rasid-accuracy-"))
    work.mkdir(parents=True, exist_ok=True)

    if (shared / "seed" / "seed.input.jsonl").exists():
        run_extraction(shared / "seed" / "seed.input.jsonl", work / "seed.jsonl")
        out = score(evals / "score.py", str(shared / "seed" / "seed.gold.jsonl"), str(work / "seed.jsonl"))
        print("== seed report")
        print(out.rstrip())
        print(verdict("seed", headline(out)))

    run_extraction(evals / "dev.input.jsonl", work / "dev.jsonl")
    split_gold(evals / "dev.jsonl", work)
    for lang, name in (("ar", "Arabic"), ("en", "English")):
        target = "dev" if lang == "ar" else "dev_en"
        out = score(evals / "score.py", str(evals / "dev.jsonl"), str(work / "dev.jsonl"), "--lang", lang)
        print(f"\n== dev set, {name} reports (all)")
        print(out.rstrip())
        print(verdict(target, headline(out)))
        for part in SPLIT_PARTS:
            out = score(evals / "score.py", str(split_file(work, part)), str(work / "dev.jsonl"), "--lang", lang)
            print(f"   {part:<9} " + out.strip().splitlines()[-1].replace("headline: ", ""))
    print(geocoding(work / "dev.jsonl"))

    gsr = evals / "gsr_score.py"
    if gsr.exists() and (shared / "data" / "external" / "arabic_event_gsr").exists():
        score(gsr, "inputs", str(work / "gsr"))
        figures = {}
        print("\n== Arabic event gold standard (sentences)")
        for kind in ("assault", "protest"):
            run_extraction(work / "gsr" / f"{kind}.jsonl", work / f"gsr-{kind}.out.jsonl")
            out = score(gsr, "score", kind, str(work / f"gsr-{kind}.out.jsonl"))
            print(out.rstrip())
            figures.update(headline(out))
        print(verdict("gsr", figures))
    if a.keep:
        print(f"\nrecords kept in {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
