"""Extraction speed on one core: reports/s and MB/s, against a ceiling of normalisation + tokenisation.

    python benchmarks/speed.py [--n 5000] [--input PATH] [--target 500] [--lang ar|en] [--scaling]

Times are CPU seconds of this process (time.process_time), so that a machine shared with other work gives
comparable figures; wall seconds are printed beside them. --lang keeps the reports detected as that language.
--scaling also times one long report made of the inputs run together, at 10 KB, 100 KB and 1 MB, and prints the
cost per KB of each (extraction must stay linear in the length of a report).

Reads the development reports from ../shared/eval/dev.input.jsonl (beside the repository; not part of it),
repeats them up to N reports, and after one warm-up pass over the distinct reports times
(a) the full extraction, rasid.extraction.pipeline.extract, and
(b) a plain pass of rasid.text.normalize.normalize + rasid.text.tokens.tokenize over the same texts.
Exits 0 with a message when the data is absent; 1 when the extraction misses the target.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = ROOT.parent / "shared" / "eval" / "dev.input.jsonl"
sys.path.insert(0, str(ROOT))

from rasid.extraction.pipeline import extract  # noqa: E402
from rasid.text.language import detect_language  # noqa: E402
from rasid.text.normalize import normalize  # noqa: E402
from rasid.text.tokens import tokenize  # noqa: E402


def load(path: Path) -> list[tuple[str, str]]:
    reports = []
    with path.open(encoding="utf-8-sig") as fh:
        for line in fh:
            if line.strip():
                obj = json.loads(line)
                reports.append((str(obj.get("doc_id") or obj.get("id") or len(reports)), obj["text"]))
    return reports


def pin_one_core() -> str:
    """Run on a single CPU where the OS allows it (Linux); the measurement is single-threaded anyway."""
    if hasattr(os, "sched_getaffinity") and hasattr(os, "sched_setaffinity"):
        try:
            cpu = min(os.sched_getaffinity(0))
            os.sched_setaffinity(0, {cpu})
            return f"pinned to CPU {cpu}"
        except OSError:
            pass
    return "not pinned (single-threaded)"


def run_extract(reports: list[tuple[str, str]]) -> None:
    for doc_id, text in reports:
        extract(text, doc_id)


def run_ceiling(reports: list[tuple[str, str]]) -> None:
    for _, text in reports:
        tokenize(normalize(text).text)


def measure(fn, reports) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of fn(reports)."""
    cpu, wall = time.process_time(), time.perf_counter()
    fn(reports)
    return time.process_time() - cpu, time.perf_counter() - wall


def scaling(distinct: list[tuple[str, str]]) -> None:
    """Cost per KB of one report of 10 KB, 100 KB and 1 MB made of the inputs run together."""
    text = "\n\n".join(t for _, t in distinct)
    while len(text.encode("utf-8")) < 1_100_000:
        text += "\n\n" + text
    costs = {}
    for kb in (10, 100, 1000):
        piece = text.encode("utf-8")[:kb * 1000].decode("utf-8", errors="ignore")
        cpu, wall = measure(lambda _: extract(piece, "long"), None)
        costs[kb] = cpu / kb
        print(f"  one report of {kb:5d} KB: {cpu:6.2f} s CPU ({wall:6.2f} s wall), {costs[kb] * 1000:6.2f} ms/KB")
    print(f"  cost per KB at 1 MB / at 10 KB: {costs[1000] / costs[10]:.2f} (target within 1.2)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=5000, help="reports to time (the inputs repeated), default 5000")
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT, help=f"JSONL reports (default {DEFAULT_INPUT})")
    parser.add_argument("--target", type=float, default=500.0, help="reports/s the extraction must reach (500)")
    parser.add_argument("--lang", help="only the reports detected as this language (ar, en)")
    parser.add_argument("--scaling", action="store_true", help="also time one long report at 10 KB, 100 KB, 1 MB")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("--n must be at least 1")

    if not args.input.is_file():
        print(f"speed: skipped: {args.input} not found (it lives in ../shared beside the repository)")
        return 0
    distinct = load(args.input)
    if args.lang:
        distinct = [(d, t) for d, t in distinct if detect_language(t) == args.lang]
    if not distinct:
        print(f"speed: skipped: no reports in {args.input}")
        return 0
    reports = (distinct * (args.n // len(distinct) + 1))[: args.n]
    megabytes = sum(len(text.encode("utf-8")) for _, text in reports) / 1e6
    # words, as the extraction's tokenizer counts them: reports of two languages differ in length (English ones
    # run longer) and in bytes per letter (two for Arabic), so words/s is the rate that compares them
    words = sum(len(tokenize(normalize(text).text)) for _, text in reports)

    pinning = pin_one_core()
    run_extract(distinct)  # warm-up: imports, lexicon loading, caches
    run_ceiling(distinct)

    (t_extract, w_extract) = measure(run_extract, reports)
    (t_ceiling, w_ceiling) = measure(run_ceiling, reports)

    print(f"speed: {len(reports)} reports ({len(distinct)} distinct, {megabytes:.2f} MB UTF-8), one core, {pinning}")
    for name, seconds, wall in (("extract (full pipeline)", t_extract, w_extract),
                                ("normalize + tokenize (ceiling)", t_ceiling, w_ceiling)):
        print(f"  {name:32s} {len(reports) / seconds:10.0f} reports/s  {megabytes / seconds:8.2f} MB/s  "
              f"{words / seconds / 1000:8.1f} k words/s  ({seconds:.2f} s CPU, {wall:.2f} s wall)")
    rate = len(reports) / t_extract
    verdict = "PASS" if rate >= args.target else "FAIL"
    print(f"  target: >= {args.target:.0f} reports/s for extract: {verdict} ({rate:.0f} reports/s, "
          f"{rate / (len(reports) / t_ceiling):.1%} of the ceiling; target >= 5%)")
    if args.scaling:
        scaling(distinct)
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
