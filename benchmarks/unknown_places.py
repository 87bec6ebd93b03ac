#!/usr/bin/env python3
"""How well Rasid reads places its gazetteer does not know: the dev set with a blind gazetteer.

Reports Rasid has never seen name villages, quarters and hills that no gazetteer it ships will list. On the dev
set that weakness hides, because the built-in gazetteer knows most of the dev's villages. This benchmark takes it
away: it drops from the built-in gazetteer every place below the city level (towns, villages, neighbourhoods,
camps, bases, hills ...) whose Arabic name is a gold place of the dev set, keeps countries, governorates,
districts, cities and regions, extracts the dev inputs with that blind gazetteer and scores them with score.py,
whole and in the two fixed parts of benchmarks/devsplit.py, beside the same figures with the full gazetteer.

    python benchmarks/unknown_places.py [--shared PATH] [--lang ar|en]

The gap between the two runs is what unknown names cost. Exits 0 and says so when ../shared is absent.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy import headline, run_extraction, score, split_file, split_gold  # noqa: E402

import rasid.geo.gazetteer as gazetteer_module  # noqa: E402
from rasid.geo.gazetteer import Gazetteer, arabic_key  # noqa: E402

#: Kinds a report from anywhere would find in any gazetteer: these stay known.
KEPT_KINDS = frozenset({"country", "governorate", "district", "subdistrict", "city", "region"})
FIGURES = ("event_f1", "place_f1", "casualty_f1", "actor_f1")


def gold_place_keys(gold: Path) -> set[str]:
    keys = set()
    for line in gold.open(encoding="utf-8"):
        if line.strip():
            for event in json.loads(line).get("events") or []:
                name = (event.get("location") or {}).get("name_ar")
                if name:
                    keys.add(arabic_key(name))
    return keys


def blind(full: Gazetteer, known_to_gold: set[str]) -> Gazetteer:
    """The gazetteer without the places below city level that the gold names."""
    def named_in_gold(place) -> bool:
        return any(arabic_key(name) in known_to_gold for name in (place.name_ar, *place.alt_ar) if name)
    return Gazetteer(p for p in full.places if p.kind in KEPT_KINDS or not named_in_gold(p))


def use_as_builtin(gazetteer: Gazetteer) -> None:
    """Make extraction in this process read `gazetteer` as the built-in one (and no imported store)."""
    os.environ.pop("RASID_GAZETTEER", None)
    os.environ["RASID_HOME"] = tempfile.mkdtemp(prefix="rasid-blind-")  # no user store
    gazetteer_module._builtin = lambda: gazetteer


def run(label: str, inputs: Path, work: Path, lang: str, eval_dir: Path) -> dict[str, dict[str, float]]:
    out = work / f"{label}.jsonl"
    run_extraction(inputs, out)
    return {part: headline(score(eval_dir / "score.py", str(gold), str(out), "--lang", lang))
            for part, gold in (("all", eval_dir / "dev.jsonl"), ("working", split_file(work, "working")),
                               ("held-out", split_file(work, "held-out")))}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder (default ../shared)")
    ap.add_argument("--lang", default="ar", choices=("ar", "en"), help="the reports scored (default ar)")
    args = ap.parse_args()
    eval_dir = Path(args.shared) / "eval"
    if not (eval_dir / "dev.jsonl").exists():
        print(f"no dev set under {eval_dir}: nothing to measure")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        split_gold(eval_dir / "dev.jsonl", work)
        full = Gazetteer.builtin()
        results = {"full gazetteer": run("full", eval_dir / "dev.input.jsonl", work, args.lang, eval_dir)}
        blinded = blind(full, gold_place_keys(eval_dir / "dev.jsonl"))
        use_as_builtin(blinded)
        results["blind gazetteer"] = run("blind", eval_dir / "dev.input.jsonl", work, args.lang, eval_dir)
    print(f"built-in gazetteer: {len(full.places)} places; blind: {len(blinded.places)} "
          f"({len(full.places) - len(blinded.places)} dev places below city level dropped)")
    print(f"{'run':16s} {'part':9s} " + " ".join(f"{k:>11s}" for k in FIGURES))
    for label, parts in results.items():
        for part, figures in parts.items():
            print(f"{label:16s} {part:9s} " + " ".join(f"{figures.get(k, 0.0):11.3f}" for k in FIGURES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
