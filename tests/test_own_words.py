"""The house rule that the repository holds no third-party text: no line of the tests, the eval cases or the language
data shares a run of seven words with a report of ../shared's dev set or a sentence of its event gold standard.

Reads ../shared at run time (or $RASID_SHARED) and skips when it is absent, as the benchmarks do. Seven words: common
formulae («في ريف إدلب الجنوبي») are shorter; a sentence modelled on a report is not.
"""
from __future__ import annotations

import csv
import json
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("RASID_SHARED", ROOT.parent / "shared"))
RUN = 7
WORD = re.compile(r"[\u0600-\u06FFA-Za-z0-9'\-]+")


def _third_party_runs() -> set[str]:
    texts: list[str] = []
    dev = SHARED / "eval" / "dev.input.jsonl"
    if dev.is_file():
        texts += [json.loads(line)["text"] for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    gsr = SHARED / "data" / "external" / "arabic_event_gsr"
    for kind in ("assault", "protest"):
        path = gsr / f"{kind}_gsr.csv"
        if path.is_file():
            with path.open(encoding="utf-8") as f:
                texts += [row["text"] for row in csv.DictReader(f)]
    runs: set[str] = set()
    for text in texts:
        words = WORD.findall(text)
        runs.update(" ".join(words[i:i + RUN]) for i in range(len(words) - RUN + 1))
    return runs


def _our_files() -> list[Path]:
    return sorted(list((ROOT / "tests").rglob("*.py")) + list((ROOT / "tests" / "eval" / "cases").glob("*.jsonl"))
                  + list((ROOT / "rasid" / "data" / "lang").rglob("*.tsv")))


@pytest.mark.skipif(not (SHARED / "eval" / "dev.input.jsonl").is_file(), reason="../shared is absent")
def test_no_line_shares_seven_words_with_a_third_party_text():
    runs = _third_party_runs()
    found = []
    for path in _our_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            words = WORD.findall(line)
            shared = next((run for run in (" ".join(words[i:i + RUN]) for i in range(len(words) - RUN + 1))
                           if len(run) >= 30 and run in runs), None)
            if shared:
                found.append(f"{path.relative_to(ROOT)}:{number}: {shared}")
    assert not found, "lines that copy third-party text (write the sentence in our own words):\n" + "\n".join(found)
