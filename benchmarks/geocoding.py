#!/usr/bin/env python3
"""Geocoding on the dev set: the built-in gazetteer alone, then with the shared gazetteers imported.

    python benchmarks/geocoding.py [--shared PATH]

Imports the OpenSyria and Who's On First files of ../shared/data/gazetteer into a store in a temporary folder
(never the user's data folder), extracts ../shared/eval/dev.input.jsonl with each gazetteer, and prints for each
the place F1 of score.py (--lang ar), the share of events that carry coordinates and the share at each precision.
Targets (issue 3): place F1 >= 0.75 built-in, >= 0.85 imported; >= 95% of events with coordinates imported.
Exits 0 with a message when ../shared is absent.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from accuracy import geocoding, headline, run_extraction, score  # noqa: E402
from gazetteer import FILES  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder (default ../shared)")
    a = ap.parse_args()
    shared = Path(a.shared)
    evals, data = shared / "eval", shared / "data" / "gazetteer"
    if not (evals / "score.py").exists() or not data.is_dir():
        print(f"{shared}: evaluation data or gazetteers not found; nothing to measure.")
        return 0
    with tempfile.TemporaryDirectory(prefix="rasid-geocoding-") as tmp:
        work = Path(tmp)
        os.environ["RASID_HOME"] = str(work / "home")  # the built-in gazetteer only: no store there
        os.environ.pop("RASID_GAZETTEER", None)
        measure("built-in gazetteer", evals, work / "builtin.jsonl", target=0.75)

        from rasid.geo.importers import import_file
        from rasid.geo.store import GazetteerStore

        store_path = work / "gazetteer.sqlite"
        store = GazetteerStore(store_path)
        for name, fmt in FILES:
            report = import_file(store, data / name, fmt)
            print(f"  imported {name}: {report.added} added, {report.merged} merged, {report.rejected} rejected")
        store.close()
        os.environ["RASID_GAZETTEER"] = str(store_path)
        measure("with the shared gazetteers imported", evals, work / "imported.jsonl", target=0.85)
    return 0


def measure(label: str, evals: Path, out: Path, target: float) -> None:
    run_extraction(evals / "dev.input.jsonl", out)
    figures = headline(score(evals / "score.py", str(evals / "dev.jsonl"), str(out), "--lang", "ar"))
    place = figures.get("place_f1", 0.0)
    print(f"== {label}")
    print(f"  place F1 {place:.3f} (target >= {target:.2f}: {'PASS' if place >= target else 'FAIL'}); "
          f"event F1 {figures.get('event_f1', 0.0):.3f}")
    print(geocoding(out))


if __name__ == "__main__":
    sys.exit(main())
