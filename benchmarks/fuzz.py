"""Hostile inputs through reading and extraction: no traceback, no hang past the time budget, and every output's
evidence found at its span.

    python benchmarks/fuzz.py [--n 100000] [--seed 1] [--budget 10] [--max-chars 4000] [--batch 500]
                              [--cli] [--out FAILURES.jsonl]

Each input is a JSONL line (or, one time in ten, a .txt file) made of one of these, written for Rasid: long sentences
of trigger words, runs of numbers and counts, place words, commas and other punctuation, JSON nested past what
Python reads, NUL, lone surrogates, bidi controls, tatweel, diacritics and other odd Unicode, huge tokens and lines,
random Arabic/Latin/digit mixes, date-like digit runs, and realistic reports (benchmarks/generate_reports.py) cut,
repeated and mixed with all of that. The inputs are read by `rasid.sources.iter_reports` in batches of files, and
every report is extracted with its time budget, under a watchdog of twice the budget plus one second. Counted:

- tracebacks: an exception that escaped the report boundary (reading, or the CLI with --cli): must be 0;
- hangs: an extraction still running at the watchdog: must be 0;
- over budget: reports given up with ExtractionTimeout (a one-line error for the user, not a failure here);
- input errors: lines and files refused with a one-line reason (expected: many inputs are broken on purpose);
- extraction failures and evidence mismatches (`text[start:end] != evidence` for an event, count or control
  statement): inside the extraction layer; each is shrunk to a minimal reproducer and listed (and written to
  --out).

Exit status 0 when there are no tracebacks, hangs, extraction failures or mismatches; 1 otherwise. Importable:
`cases(n, seed, max_chars)` yields the inputs, `run(...)` returns a `FuzzReport`.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import signal
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rasid.extraction import pipeline  # noqa: E402
from rasid.sources import InputError, SourceReport, iter_reports  # noqa: E402

# --- words, written for this fuzzer --------------------------------------------------------------------

TRIGGERS = ["قتل", "قُتل", "مقتل", "اشتباكات", "اشتبك", "قصف", "قصفت", "غارة", "غارات", "انفجار", "انفجرت", "عبوة",
            "لغم", "استهدف", "اغتيال", "اختطاف", "اعتقال", "مظاهرة", "احتجاج", "سيطرت", "تقدمت", "انسحبت", "هجوم",
            "كمين", "مسيرة", "صاروخ", "قذيفة", "إصابة", "جرح", "استشهد", "معارك", "اقتحام", "حملة", "تفجير"]
ACTORS = ["قوات النظام", "الفصائل", "هيئة تحرير الشام", "قسد", "داعش", "التنظيم", "الجيش التركي", "الطيران الروسي",
          "مسلحين مجهولين", "الأهالي", "المدنيين", "عناصر", "القوات الأمريكية", "حزب الله", "الجيش الوطني"]
PLACE_WORDS = ["بلدة", "قرية", "مدينة", "حي", "مخيم", "ريف", "بريف", "محور", "أطراف", "بادية", "منطقة", "شمال",
               "جنوب", "شرق", "غرب", "الشرقي", "الغربي", "محافظة", "ناحية"]
NAMES = ["حلب", "إدلب", "درعا", "حماة", "حمص", "الرقة", "دير الزور", "الحسكة", "دمشق", "اللاذقية", "سراقب",
         "منبج", "تدمر", "الباب", "نوى", "كفرنبل", "تل", "عين", "أبو", "الشيخ", "الجديدة", "الكبيرة"]
COUNT_WORDS = ["شخص", "أشخاص", "مدني", "مدنيين", "طفل", "أطفال", "عنصر", "عناصر", "قتيل", "قتلى", "جريح", "جرحى",
               "بينهم", "آخرين", "نحو", "أكثر من", "ما لا يقل عن", "العشرات", "ثلاثة", "خمسة", "عشرة", "مئة", "ألف"]
DATE_WORDS = ["اليوم", "أمس", "الثلاثاء", "الجمعة", "شباط", "آذار", "تشرين الأول", "كانون الثاني", "يناير",
              "منذ", "مطلع", "الشهر", "العام", "الماضي", "الجاري", "صباح", "مساء", "فجر"]
GLUE = ["في", "على", "من", "إلى", "بين", "و", "ثم", "بعد", "قبل", "خلال", "أن", "الذي", "التي", "ما", "لا", "قد"]
PUNCTUATION = ["،", ",", ".", "؛", ":", "!", "؟", "(", ")", "«", "»", '"', "-", "–", "/", "\n", "\n\n", "\t", " ", "  "]
ODD = ["\x00", "\ud800", "\udfff", "\u200f", "\u200e", "\u202e", "\u202b", "\u2066", "\u200d", "\u200c", "\ufeff",
       "ـ", "ـــــ", "\u064b", "\u0650\u0651", "\u0670", "\ufe8d", "\ufefb", "\U0001f4a5", "\u2028", "\u2029", "\r",
       "\x0b", "\x0c", "\x1b[31m", "\u0660\u0661\u0662", "\u06f1\u06f2", "\u00a0", "\u3000", "\ufffd", "\U000e0041",
       "e\u0301", "ﷲ", "\ufdfa", "ي\u0654", "ى", "ة", "ه", "أإآا"]
# English, for the English pipeline (rasid/data/lang/en/)
EN_WORDS = ["clashes", "clashed", "shelled", "shelling", "airstrikes", "killed", "were killed", "wounded", "injuring",
            "regime forces", "Turkish-backed factions", "ISIS cells", "the PMF", "Russian warplanes", "SDF", "civilians",
            "a woman and her child", "at least", "more than", "dozens", "twenty-five", "two hundred and five", "including",
            "the village of", "the town of", "countryside", "eastern", "Idlib", "Deir Ezzor", "Al-Bukamal", "Kafr Nubl",
            "village", "town", "on Thursday", "yesterday evening", "November 16, 2017", "the 16th of November", "since",
            "last", "by", "between", "and", "on one hand", "the other", "was", "were", "al-", "'s", "Dr.", "U.S.", "’"]
EN_REPORTS = ["Regime forces shelled the village of Kafr Nubl in the southern countryside of Idlib on Thursday, killing "
              "three civilians, including a woman and her child.",
              "Clashes broke out between the SDF and ISIS cells in Al-Bukamal; at least twenty-five fighters were killed.",
              "Russian warplanes carried out more than 20 airstrikes on Sayad, Arab Hassan and Tukhar villages."]
ARABIC = [chr(c) for c in range(0x0621, 0x064B)]
LATIN = list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _generator():
    import importlib.util

    spec = importlib.util.spec_from_file_location("generate_reports", ROOT / "benchmarks" / "generate_reports.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the inputs ----------------------------------------------------------------------------------------


@dataclass
class Case:
    kind: str
    line: str  # a JSONL line (possibly broken on purpose), or the content of a .txt file
    txt: bool = False
    doc_id: str | None = None  # of a JSONL line that has one


def cases(n: int, seed: int = 1, max_chars: int = 4000) -> Iterator[Case]:
    """`n` hostile inputs, the same for the same seed; texts of at most about `max_chars` characters."""
    rng = random.Random(seed)
    reports = [r["text"] for r in _generator().generate(200, seed=seed)]
    makers = [(_trigger_run, 3), (_numbers, 2), (_places, 2), (_commas, 2), (_odd_unicode, 3), (_huge_token, 1),
              (_mix, 3), (_dates, 2), (_report_mutant, 6), (_word_salad, 4), (_english, 4)]
    names, weights = zip(*makers)
    for index in range(n):
        roll = rng.random()
        if roll < 0.03:
            yield Case("deep-json", _deep_json(rng))
            continue
        if roll < 0.05:
            line = _broken_json(rng, reports)
            yield Case("broken-json", line, txt="\x00" in line)  # raw NUL bytes make a whole file binary
            continue
        maker = rng.choices(names, weights)[0]
        text = maker(rng, reports, max_chars)[:max_chars]
        kind = maker.__name__.strip("_")
        if rng.random() < 0.1 and not any("\ud800" <= ch <= "\udfff" for ch in text):
            yield Case(kind, text, txt=True)
        else:
            doc_id = f"f{index}" if rng.random() > 0.1 else "d" * rng.randint(300, 3000) + str(index)
            yield Case(kind, _jsonl(rng, doc_id, text), doc_id=doc_id)


def _jsonl(rng: random.Random, doc_id: str, text: str) -> str:
    obj: dict = {"doc_id": doc_id, "text": text}
    if rng.random() < 0.5:
        obj["report_date"] = rng.choice(["2024-03-02", "2019-12-31", "2023-02-28T23:59:00+03:00",
                                         "Tue, 14 Mar 2023 09:30:00 +0000", "1111-11-11", "2100-01-01"])
    if rng.random() < 0.2:
        obj["outlet"] = rng.choice(["مرصد أ", "x" * rng.randint(1, 3000), "مرصد\x00", "\u202eمصدر"])
    if rng.random() < 0.1:
        obj["url"] = "https://example.org/" + "a" * rng.randint(1, 3000)
    surrogates = any("\ud800" <= ch <= "\udfff" for ch in text)  # only as \u escapes: a file must stay UTF-8
    return json.dumps(obj, ensure_ascii=surrogates or rng.random() < 0.5)


def _pick(rng: random.Random, words: list[str], k: int) -> list[str]:
    return [rng.choice(words) for _ in range(k)]


def _trigger_run(rng, reports, max_chars) -> str:
    word = rng.choice(TRIGGERS)
    count = rng.randint(1, max(1, max_chars // (len(word) + 1)))
    if rng.random() < 0.5:
        return (word + " ") * count
    return " ".join(_pick(rng, TRIGGERS + ACTORS + PLACE_WORDS, count))[:max_chars]


def _numbers(rng, reports, max_chars) -> str:
    parts = []
    while sum(map(len, parts)) < rng.randint(10, max_chars):
        parts.append(rng.choice([str(rng.randint(0, 10**rng.randint(1, 25))), rng.choice(COUNT_WORDS),
                                 rng.choice(TRIGGERS), "١٢٣", "٣", "-", ",", "،", "و", "%", "٪", "1,000", "0.5"]))
    return " ".join(parts)


def _places(rng, reports, max_chars) -> str:
    parts = []
    while sum(map(len, parts)) < rng.randint(10, max_chars):
        parts += [rng.choice(PLACE_WORDS), rng.choice(NAMES)] + (["،"] if rng.random() < 0.3 else [])
    return rng.choice(TRIGGERS) + " " + " ".join(parts)


def _commas(rng, reports, max_chars) -> str:
    words = _pick(rng, TRIGGERS + ACTORS + NAMES + GLUE, rng.randint(1, max(2, max_chars // 4)))
    return rng.choice(["،", ",", "، ", " ، ", "،،،"]).join(words)


def _odd_unicode(rng, reports, max_chars) -> str:
    base = rng.choice(reports)
    out = []
    for ch in base:
        out.append(ch)
        if rng.random() < 0.05:
            out.append(rng.choice(ODD))
    return "".join(out)


def _huge_token(rng, reports, max_chars) -> str:
    unit = rng.choice(ARABIC + LATIN + ["ـ", "قتل", "0", "\u064b", "،"])
    token = unit * rng.randint(1, max(1, max_chars // len(unit)))
    return rng.choice([token, f"{rng.choice(TRIGGERS)} في بلدة {token} بريف إدلب", f"{token} {rng.choice(reports)}"])


def _mix(rng, reports, max_chars) -> str:
    size = rng.randint(1, max_chars)
    alphabet = rng.choice([ARABIC + LATIN + list("0123456789 ،.\n"), ARABIC + [" "] * 5, LATIN + ARABIC + ODD])
    return "".join(rng.choice(alphabet) for _ in range(size))


def _dates(rng, reports, max_chars) -> str:
    parts = []
    while sum(map(len, parts)) < rng.randint(10, min(max_chars, 400)):
        parts.append(rng.choice([rng.choice(DATE_WORDS), str(rng.randint(1, 40)), str(rng.randint(1000, 3000)),
                                 "1111111111", "2023-02-30", "31/02/2024", "2024/13/45", "٢٠٢٤", rng.choice(TRIGGERS)]))
    return " ".join(parts)


def _report_mutant(rng, reports, max_chars) -> str:
    text = rng.choice(reports)
    for _ in range(rng.randint(1, 4)):
        action = rng.randrange(5)
        if action == 0:  # repeat it
            text = text * rng.randint(2, max(2, max_chars // max(1, len(text))))
        elif action == 1:  # cut it anywhere
            start = rng.randrange(len(text) + 1)
            text = text[start:start + rng.randint(0, len(text))] or text
        elif action == 2:  # splice another in
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(reports) + text[at:]
        elif action == 3:  # drop the spaces
            text = text.replace(" ", "", rng.randint(1, 50))
        else:  # another punctuation everywhere
            text = text.replace(rng.choice([" ", "،", "."]), rng.choice(PUNCTUATION))
    return text[:max_chars]


def _english(rng, reports, max_chars) -> str:
    """English word salad, or an English report cut, repeated, stripped of spaces or spliced into Arabic."""
    if rng.random() < 0.5:
        words = _pick(rng, EN_WORDS + PUNCTUATION[:10], rng.randint(1, max(1, min(600, max_chars // 5))))
        return " ".join(words)[:max_chars]
    text = rng.choice(EN_REPORTS)
    action = rng.randrange(4)
    if action == 0:
        text = text * rng.randint(2, max(2, max_chars // len(text)))
    elif action == 1:
        start = rng.randrange(len(text) + 1)
        text = text[start:start + rng.randint(0, len(text))] or text
    elif action == 2:
        text = text.replace(" ", "", rng.randint(1, 50))
    else:
        text = rng.choice(reports) + " " + text
    return text[:max_chars]


def _word_salad(rng, reports, max_chars) -> str:
    vocabulary = TRIGGERS + ACTORS + PLACE_WORDS + NAMES + COUNT_WORDS + DATE_WORDS + GLUE + PUNCTUATION
    words = _pick(rng, vocabulary, rng.randint(1, max(1, min(600, max_chars // 5))))
    return " ".join(words)


def _deep_json(rng: random.Random) -> str:
    depth = rng.randint(990, 100_000)
    opener, closer = rng.choice([("[", "]"), ('{"a":', "}")])
    return '{"doc_id": "deep", "text": ' + opener * depth + "1" + closer * depth + "}"


def _broken_json(rng: random.Random, reports: list[str]) -> str:
    good = json.dumps({"doc_id": "b", "text": rng.choice(reports)}, ensure_ascii=False)
    return rng.choice([good[: rng.randrange(len(good))], good.replace('"', "", 1), "[" + good + "]", "null",
                       good.replace("text", "txet"), '{"text": 5}', '{"text": "\\ud800\\u0000"}', "\x00" * 10,
                       '{"doc_id": {"a": 1}, "text": "x"}', '{"text": "x", "report_date": "2023-02-30"}'])


# --- running them ----------------------------------------------------------------------------------------


class Hang(BaseException):
    """Raised by the watchdog in an extraction that runs far past its budget (BaseException: no `except
    Exception` in the code under test may swallow it)."""


@dataclass
class Failure:
    what: str  # "traceback", "hang", "extraction", "mismatch"
    kind: str  # the generator that made the input
    detail: str
    text: str
    reproducer: str | None = None


@dataclass
class FuzzReport:
    inputs: int = 0
    reports: int = 0
    input_errors: int = 0
    over_budget: int = 0
    records_checked: int = 0
    spans_checked: int = 0
    seconds: float = 0.0
    slowest: float = 0.0
    interrupted: bool = False
    failures: list[Failure] = field(default_factory=list)

    started: float = field(default_factory=time.monotonic)

    def seconds_so_far(self) -> float:
        return time.monotonic() - self.started

    def count(self, what: str) -> int:
        return sum(1 for f in self.failures if f.what == what)

    def summary(self) -> str:
        return (f"{self.inputs:,} inputs{' (interrupted)' if self.interrupted else ''} in {self.seconds:,.1f} s: "
                f"{self.reports:,} reports extracted "
                f"({self.records_checked:,} records, {self.spans_checked:,} evidence spans checked), "
                f"{self.input_errors:,} input errors (refused with a reason, as meant), {self.over_budget:,} over the "
                f"time budget; slowest report {self.slowest:.2f} s\n"
                f"{self.counts()}")

    def counts(self) -> str:
        return (f"tracebacks {self.count('traceback')}, hangs {self.count('hang')}, extraction failures "
                f"{self.count('extraction')}, evidence mismatches {self.count('mismatch')}")


@contextlib.contextmanager
def watchdog(seconds: float) -> Iterator[None]:
    """Raise Hang in this (main) thread after `seconds`; a no-op where SIGALRM is missing."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def fire(signum, frame):
        raise Hang()

    previous = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def check_record(text: str, record) -> tuple[int, str | None]:
    """(spans checked, the first mismatch or None): every evidence span of the record must cut its evidence."""
    data = record.to_dict()
    json.dumps(data, ensure_ascii=False).encode("utf-8")
    checked = 0
    for section in ("events", "casualties", "control"):
        for index, item in enumerate(data.get(section) or []):
            start, end = item["evidence_span"]
            checked += 1
            if text[start:end] != item["evidence"]:
                return checked, (f"{section}[{index}]: text[{start}:{end}] = {text[start:end][:80]!r} != evidence "
                                 f"{item['evidence'][:80]!r}")
    return checked, None


def extract_checked(text: str, doc_id: str, report_date, budget: float | None):
    """('ok', spans, None) | ('over', 0, reason) | ('extraction'|'mismatch'|'hang', 0, detail)."""
    limit = 2 * budget + 1 if budget else 600
    try:
        with watchdog(limit):
            record = pipeline.extract(text, doc_id, report_date, time_budget=budget)
    except Hang:
        return "hang", 0, f"still running after {limit:g} s"
    except pipeline.ExtractionTimeout as exc:
        return "over", 0, str(exc)
    except Exception as exc:
        return "extraction", 0, "".join(traceback.format_exception_only(type(exc), exc)).strip()
    checked, mismatch = check_record(text, record)
    return ("mismatch", checked, mismatch) if mismatch else ("ok", checked, None)


def shrink(text: str, what: str, budget: float | None, attempts: int = 300) -> str:
    """A shorter text that fails the same way (delta debugging over words, then characters), within `attempts`
    extractions."""
    def fails(candidate: str) -> bool:
        nonlocal attempts
        attempts -= 1
        return bool(candidate.strip()) and extract_checked(candidate, "repro", None, budget)[0] == what

    for glue in (" ", ""):  # words first, then characters
        parts = text.split(" ") if glue else list(text)
        chunk = max(1, len(parts) // 2)
        while chunk >= 1 and attempts > 0:
            i, reduced = 0, False
            while i < len(parts) and attempts > 0:
                candidate = parts[:i] + parts[i + chunk:]
                if candidate and fails(glue.join(candidate)):
                    parts, reduced = candidate, True
                else:
                    i += chunk
            if not reduced:
                chunk //= 2
        text = glue.join(parts)
    return text


def _write_batch(folder: Path, batch: list[Case]) -> tuple[list[str], dict[str, Case]]:
    """The batch as files: one JSONL of the lines, a .txt per plain text; the case of each doc_id or path."""
    paths, by_key = [], {}
    lines = [case for case in batch if not case.txt]
    if lines:
        path = folder / "batch.jsonl"
        path.write_text("\n".join(case.line for case in lines) + "\n", encoding="utf-8")
        paths.append(str(path))
        by_key.update((case.doc_id, case) for case in lines if case.doc_id)
    for number, case in enumerate(c for c in batch if c.txt):
        path = folder / f"t{number}.txt"
        path.write_text(case.line, encoding="utf-8")
        paths.append(str(path))
        by_key[str(path)] = case
    return paths, by_key


def run(n: int, seed: int = 1, budget: float | None = 10.0, max_chars: int = 4000, batch_size: int = 500,
        cli: bool = False, shrink_failures: bool = True, progress=None) -> FuzzReport:
    """Run `n` fuzzed inputs; see the module's docstring."""
    report, started = FuzzReport(), time.monotonic()
    generated = cases(n, seed, max_chars)
    with tempfile.TemporaryDirectory(prefix="rasid-fuzz-") as tmp:
        folder = Path(tmp)
        try:
            while True:
                batch = [case for _, case in zip(range(batch_size), generated)]
                if not batch:
                    break
                for old in folder.iterdir():
                    old.unlink()
                paths, by_key = _write_batch(folder, batch)
                _read_and_extract(paths, by_key, budget, report)
                if cli:
                    _through_the_cli(paths, budget, report)
                report.inputs += len(batch)
                if progress:
                    progress(report)
        except KeyboardInterrupt:  # a long run stopped by hand still reports what it found
            report.interrupted = True
    report.seconds = time.monotonic() - started
    if shrink_failures:
        for failure in report.failures:
            if failure.what in ("extraction", "mismatch"):
                failure.reproducer = shrink(failure.text, failure.what, budget)
    return report


def _read_and_extract(paths: list[str], by_key: dict[str, Case], budget: float | None, report: FuzzReport) -> None:
    try:
        items = list(iter_reports(paths))
    except BaseException as exc:  # nothing may escape the readers
        report.failures.append(Failure("traceback", "reading", _one_line(exc), ""))
        return
    for number, item in enumerate(items):
        if isinstance(item, InputError):
            report.input_errors += 1
            if "\n" in item.reason:
                report.failures.append(Failure("traceback", "reading", f"multi-line error: {item.reason[:200]}", ""))
            continue
        case = _case_of(item, by_key)
        report.reports += 1
        began = time.monotonic()
        outcome, checked, detail = extract_checked(item.text, item.doc_id, item.report_date, budget)
        report.slowest = max(report.slowest, time.monotonic() - began)
        report.spans_checked += checked
        if outcome == "ok" or outcome == "mismatch":
            report.records_checked += 1
        if outcome == "over":
            report.over_budget += 1
        elif outcome != "ok":
            report.failures.append(Failure(outcome, case.kind if case else "?", detail, item.text))


def _case_of(item: SourceReport, by_key: dict[str, Case]) -> Case | None:
    return by_key.get(item.path) or by_key.get(item.doc_id)


def _through_the_cli(paths: list[str], budget: float | None, report: FuzzReport) -> None:
    """`rasid extract` over the batch: it must return a status and print one line per problem."""
    from rasid.cli.main import main

    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            status = main(["extract", *paths, "-o", os.devnull, "--time-budget", str(budget or 0)])
    except BaseException as exc:
        report.failures.append(Failure("traceback", "cli", _one_line(exc), ""))
        return
    if status not in (0, 1) or "Traceback" in err.getvalue():
        report.failures.append(Failure("traceback", "cli", f"status {status}: {err.getvalue()[-300:]}", ""))


def _one_line(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))[-600:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="inputs to generate (default 100,000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--budget", type=float, default=10.0, help="seconds per report (default 10; 0: none)")
    parser.add_argument("--max-chars", type=int, default=4000, help="the longest generated text (default 4,000)")
    parser.add_argument("--batch", type=int, default=500, help="inputs per batch of files (default 500)")
    parser.add_argument("--cli", action="store_true", help="also run `rasid extract` over every batch")
    parser.add_argument("--out", help="write the failures (with their reproducers) to this JSONL file")
    args = parser.parse_args(argv)

    def progress(r: FuzzReport) -> None:
        print(f"{r.inputs:,}/{args.n:,} inputs, {r.seconds_so_far():,.0f} s: {r.counts()}", file=sys.stderr, flush=True)

    result = run(args.n, args.seed, args.budget or None, args.max_chars, args.batch, args.cli, progress=progress)
    print(file=sys.stderr)
    print(result.summary())
    for failure in result.failures:
        shown = failure.reproducer if failure.reproducer is not None else failure.text
        print(f"- {failure.what} ({failure.kind}): {failure.detail.splitlines()[-1][:300]}\n  input: {shown[:300]!r}")
    if args.out:
        with open(args.out, "w", encoding="utf-8", errors="surrogatepass") as fh:
            for failure in result.failures:
                fh.write(json.dumps(failure.__dict__, ensure_ascii=True) + "\n")
    bad = sum(result.count(what) for what in ("traceback", "hang", "extraction", "mismatch"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
