"""Dates in normalised report text, and the date a report calls «اليوم».

`find_dates` reads relative days («صباح اليوم»، «ليل أمس»)، weekdays («يوم الخميس الماضي»)، explicit dates
(«الـ 16 من تشرين الثاني / نوفمبر 2017»، «19/11/2017»)، months, years, ranges («منذ ... وحتى ...»، «من ... إلى
...») and «خلال الـ 24 ساعة الماضية», and resolves the relative ones against the report date. Month, weekday,
relative-day and other date words live in rasid/data/lexicons (months.tsv, weekdays.tsv, relative_days.tsv,
date_words.tsv).

All offsets are offsets in the normalised text (`normalize(original).text`).
"""
from __future__ import annotations

import calendar
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .lexicon import read_tsv
from .normalize import normalize_word
from .numbers import trie_pattern
from .language import get_language
from .tokens import TokenStream, clitic_readings, tokenize

__all__ = ["DateMention", "DateScan", "find_report_date", "find_dates", "lexicon"]

YEARS_ENV = "RASID_DATE_YEARS"  # the years a report's dates may name, e.g. "1990-2100"
DEFAULT_YEARS = (1900, 2100)
KINDS = ("today", "yesterday", "day_before_yesterday", "weekday", "explicit", "range", "month", "year")
# the kinds that name a day or a run of days (not a whole month or year)
DAY_KINDS = frozenset({"today", "yesterday", "day_before_yesterday", "weekday", "explicit", "range"})
_REL_KIND = {0: "today", -1: "yesterday", -2: "day_before_yesterday"}


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # normalised-text offsets
    end: int
    date_start: date | None
    date_end: date | None
    kind: str  # today | yesterday | day_before_yesterday | weekday | explicit | range | month | year


# ---------------------------------------------------------------------------------------------------------------
# Lexicon


class _Lexicon:
    def __init__(self, lang: str = "ar") -> None:
        language = get_language(lang)
        self.clitics = language.clitics
        self.letters = language.letters
        order = language.settings.get("dates", {})
        # English: «November 16», «Thursday morning», «last Thursday», «16th»; Arabic has none of these orders
        self.month_before_day: bool = order.get("month_before_day", False)
        self.daypart_after_day: bool = order.get("daypart_after_day", False)
        self.relative_before: bool = order.get("relative_before", False)
        self.ordinals = frozenset(order.get("ordinal_suffixes", ()))
        self.months: dict[tuple[str, ...], tuple[int, bool]] = {}
        for row in read_tsv("months.tsv", lang):
            words = tuple(normalize_word(row[0]).split())
            self.months[words] = (int(row[1]), len(row) > 2 and row[2].lower() == "strict")
        self.month_first = frozenset(k[0] for k in self.months)
        self.month_max = max(len(k) for k in self.months)
        self.weekdays = {normalize_word(r[0]).strip(): int(r[1]) for r in read_tsv("weekdays.tsv", lang)}
        # «التاسع من الشهر الجاري»: day numbers written as ordinal words, of one to three words
        # «قبل ثلاثة أيام»: the small numbers written as words, for counts of days
        self.unit_numbers: dict[str, int] = {normalize_word(r[0]).strip(): int(r[1])
                                             for r in read_tsv("number_words.tsv", lang)
                                             if len(r) > 2 and r[2] == "unit"}
        self.ordinal_days: dict[tuple[str, ...], int] = {
            tuple(normalize_word(r[0]).split()): int(r[1]) for r in read_tsv("ordinal_days.tsv", lang)}
        self.relative: dict[tuple[str, ...], int] = {
            tuple(normalize_word(r[0]).split()): int(r[1]) for r in read_tsv("relative_days.tsv", lang)}
        self.relative_first = frozenset(k[0] for k in self.relative)
        self.relative_single = frozenset(k[0] for k in self.relative if len(k) == 1)
        self.relative_max = max(len(k) for k in self.relative)
        roles: dict[tuple[str, ...], set[str]] = {}
        for row in read_tsv("date_words.tsv", lang):
            roles.setdefault(tuple(normalize_word(row[0]).split()), set()).add(row[1])
        self.roles = {k: frozenset(v) for k, v in roles.items()}
        self.roles_first = frozenset(k[0] for k in self.roles)
        self.roles_max = max(len(k) for k in self.roles)
        self._by_role: dict[str, frozenset[str]] = {}
        for role in ("daypart", "day", "month_word", "month_ref", "year_word", "this", "current", "same", "past",
                     "next", "since", "from", "until", "within", "hours", "days", "not_after_today",
                     "not_before_today", "year_context", "published", "of", "of_it", "and", "between", "teen",
                     "day_article", "day_link", "running_day", "ago", "two_days"):
            self._by_role[role] = frozenset(k[0] for k, v in self.roles.items() if role in v and len(k) == 1)
        self.multi_daypart = {k for k, v in self.roles.items() if "daypart" in v and len(k) > 1}
        self.and_, self.between = self._by_role["and"], self._by_role["between"]
        self.month_pronoun = self._by_role["of_it"]  # «الـ 18 منه»: of the month named before
        firsts = (set(self.month_first) | set(self.weekdays) | self.relative_first | {k[0] for k in self.ordinal_days}
                  | {k[0] for k, v in self.roles.items() if v & {"daypart", "day", "month_word", "month_ref",
                                                                  "year_word", "within", "running_day", "ago"}})
        if self.relative_before:  # «last Thursday», «this month»
            firsts |= self._by_role["past"] | self._by_role["next"] | self._by_role["this"] | self._by_role["current"]
        # A day number is only worth parsing when a month (or «منه»، «الجاري»، «الشهر») follows, maybe after the other end
        # of a range («10 إلى 15 آذار»); a year when it has four digits; a numeric date when / or - follows.
        until = trie_pattern(self._by_role["until"])
        month_word = trie_pattern(self._by_role["month_word"])
        month_ref = trie_pattern(self._by_role["month_ref"])
        conj = f"[{re.escape(self.clitics.conjunctions)}]?" if self.clitics.conjunctions else ""
        and_ = trie_pattern(self.and_)
        article = trie_pattern(self._by_role["day_article"])
        ordinal = f"(?:{trie_pattern(self.ordinals)})?" if self.ordinals else ""
        day_of = trie_pattern(self._by_role["of"])
        current = trie_pattern(self._by_role["current"])  # «يوم 16 الجاري»
        day_tail = (rf"{ordinal}[ \t]*(?:{trie_pattern(self.month_pronoun)}|{current}|"
                    rf"(?:(?:{conj}(?:{until})|{and_}|-)[ \t]*"
                    rf"(?:(?:{article})[ \t]*)?[0-9]{{1,2}}{ordinal}[ \t]*)?"
                    rf"(?:(?:{day_of})[ \t]+)?(?:(?:{month_word})[ \t]+)?(?:{trie_pattern(self.month_first)}|{month_ref}))"
                    rf"(?![{self.letters}])")
        self.firsts = frozenset(firsts)  # the words that open a date expression
        # Function words that open a date only before a date word («on Thursday», «in the past 24 hours», «خلال
        # الساعات»): a start at one of them is worth parsing only when the next word can go on with a date.
        r = self._by_role
        strong = set(self.month_first) | set(self.weekdays) | self.relative_first | r["daypart"] | r["month_word"] \
            | r["month_ref"] | r["year_word"] | {k[0] for k in self.multi_daypart}
        self.weak_firsts = frozenset((r["day"] | r["within"] | r["this"] | r["current"] | r["past"] | r["next"])
                                     - strong)
        self.continuers = frozenset(strong | r["day"] | r["this"] | r["current"] | r["same"] | r["past"] | r["next"]
                                    | r["hours"] | r["days"] | r["day_article"] | r["of"]
                                    | r["two_days"])  # «خلال اليومين الماضيين»
        self.day_tail_rx = re.compile(day_tail)
        self.numeric_tail_rx = re.compile(r"[/-][0-9]")
        self._opening: dict[str, tuple[str, int] | None] = {}  # word → its reading that opens a date (`opening`)

    def opening(self, word: str) -> tuple[str, int] | None:
        """The first reading of a word, without up to two clitic letters, that opens a date: (stem, letters cut), or
        None (most words; each word is read once)."""
        found = self._opening.get(word, False)
        if found is False:
            if len(self._opening) > 200_000:
                self._opening.clear()
            letters = self.clitics.conjunctions + self.clitics.prepositions
            found = self._opening[word] = next(
                ((stem, cut) for stem, cut in _date_readings(word, letters) if stem in self.firsts), None)
        return found

    def role_words(self, role: str) -> frozenset[str]:
        """The one-word phrases of date_words.tsv with this role."""
        return self._by_role.get(role, frozenset())

    def has(self, word: str | None, role: str) -> bool:
        return word is not None and word in self._by_role.get(role, ())


@lru_cache(maxsize=None)
def lexicon(lang: str = "ar") -> _Lexicon:
    return _Lexicon(lang)


# ---------------------------------------------------------------------------------------------------------------
# Parsed date expressions before resolution


class _Raw:
    __slots__ = ("start", "end", "kind", "rel", "wd", "wd_dir", "day", "month", "month_rel", "year", "year_rel",
                 "span", "a", "b")

    def __init__(self) -> None:
        self.start = self.end = 0
        self.kind = ""
        self.rel: int | None = None  # day offset of اليوم / أمس ...
        self.wd: int | None = None
        self.wd_dir: str | None = None  # past | next | current
        self.day: int | None = None
        self.month: int | None = None
        self.month_rel: str | None = None  # current | past | next | same
        self.year: int | None = None
        self.year_rel: str | None = None
        self.span = 0  # days back for «خلال الـ 24 ساعة الماضية»
        self.a: _Raw | None = None  # range ends
        self.b: _Raw | None = None

    def parts(self) -> list["_Raw"]:
        if self.kind == "range":
            return [p for p in (self.a, self.b) if p is not None]
        return [self]


class _Cursor:
    """Tokens from a position on, fetched as the parser asks for them."""

    __slots__ = ("stream", "end", "pos", "toks")

    def __init__(self, stream: TokenStream, pos: int, end: int) -> None:
        self.stream, self.pos, self.end = stream, pos, end
        self.toks: list[tuple[int, int, str]] = []

    def tok(self, i: int) -> tuple[int, int, str] | None:
        toks = self.toks
        if i < len(toks):
            return toks[i]
        while len(toks) <= i:
            t = self.stream.next_token(toks[-1][1] if toks else self.pos, self.end)
            if t is None:
                return None
            toks.append(t)
        return toks[i]

    def word(self, i: int) -> str | None:
        if i < len(self.toks):
            return self.toks[i][2]
        t = self.tok(i)
        return None if t is None else t[2]


_REL_ROLES = ("current", "past", "next")


def _rel_role(L: _Lexicon, w: str | None, roles: tuple[str, ...] = _REL_ROLES) -> str | None:
    if w is None:
        return None
    got = L.roles.get((w,))
    if got:
        for r in roles:
            if r in got:
                return r
    return None


def _phrase(c: _Cursor, i: int, table: dict, first: frozenset, maxlen: int):
    """The longest entry of table (keyed by word tuples) at token i: (value, next index) or None."""
    w = c.word(i)
    if w is None or w not in first:
        return None
    words = (w,)
    best = (table[words], i + 1) if words in table else None
    for n in range(2, maxlen + 1):
        w = c.word(i + n - 1)
        if w is None:
            break
        words += (w,)
        if words in table:
            best = (table[words], i + n)
    return best


def _plausible_years() -> tuple[int, int]:
    """The years a date in a report may name: 1900–2100 unless $RASID_DATE_YEARS says otherwise ("1990-2100")."""
    first, _, last = os.environ.get(YEARS_ENV, "").partition("-")
    try:
        return int(first), int(last)
    except ValueError:
        return DEFAULT_YEARS


def _is_year(w: str | None) -> bool:
    first, last = _plausible_years()
    return w is not None and len(w) == 4 and w.isdigit() and first <= int(w) <= last


def _day_number(w: str | None) -> int | None:
    if w is not None and 0 < len(w) <= 2 and w.isdigit() and 1 <= int(w) <= 31:
        return int(w)
    return None


def _year_spec(c: _Cursor, i: int, r: _Raw, L: _Lexicon) -> int | None:
    """[من] [هذا] عام|العام|سنة [الجاري|الماضي|المقبل] [2017]  |  [من] 2017"""
    j = i
    if L.has(c.word(j), "of"):
        j += 1
    w = c.word(j)
    if _is_year(w):
        r.year = int(w)
        return j + 1
    this = False
    if L.has(w, "this"):
        this, j = True, j + 1
        w = c.word(j)
    if not L.has(w, "year_word"):
        return None
    j += 1
    rel = _rel_role(L, c.word(j))
    if rel is not None:
        j += 1
    elif this:
        rel = "current"
    w = c.word(j)
    if _is_year(w):
        r.year = int(w)
        j += 1
    elif rel is None:
        return None
    r.year_rel = rel
    return j


def _month_name(c: _Cursor, i: int, context: bool, L: _Lexicon) -> tuple[int, int] | None:
    """A month name, alone or paired («تشرين الثاني / نوفمبر»، «نوفمبر (تشرين الثاني)»): (month, next index)."""
    got = _phrase(c, i, L.months, L.month_first, L.month_max)
    if got is None:
        return None
    (month, strict), j = got
    paired = False
    w = c.word(j)
    if w in ("/", "(", "-", "|"):
        got2 = _phrase(c, j + 1, L.months, L.month_first, L.month_max)
        if got2 is not None:
            (_, strict2), j = got2
            paired = not (strict and strict2)
            if w == "(" and c.word(j) == ")":
                j += 1
    else:
        got2 = _phrase(c, j, L.months, L.month_first, L.month_max)
        if got2 is not None:
            (_, strict2), j = got2
            paired = not (strict and strict2)
    if strict and not (context or paired or _is_year(c.word(j)) or _rel_role(L, c.word(j)) is not None
                       or L.month_before_day and _day_number(c.word(j)) is not None):
        return None  # («March 14» is a date where the day follows its month)
    return month, j


def _month_spec(c: _Cursor, i: int, r: _Raw, after_day: bool, L: _Lexicon, this_before: bool = False,
                context: bool = False) -> int | None:
    """[شهر] month-name [الجاري|الماضي] [year]  |  [هذا] الشهر [الجاري|الماضي|ذاته]; `context`: a word before it
    that makes a month name that is also a common word a month («in March», where English writes so)."""
    j = i
    said_month = False
    if L.has(c.word(j), "month_word"):
        said_month, j = True, j + 1
    got = _month_name(c, j, said_month or after_day or context, L)
    if got is not None:
        r.month, j = got
        rel = _rel_role(L, c.word(j))
        if rel is not None:
            r.month_rel, j = rel, j + 1
        elif L.month_before_day and not after_day:
            j = _day_after_month(c, j, r, L)  # «November 16, 2017», «on September 2»
        y = _year_spec(c, j, r, L)
        return j if y is None else y
    if said_month:
        return None
    this = this_before
    if L.has(c.word(j), "this") and L.has(c.word(j + 1), "month_ref"):
        this, j = True, j + 1
    if not L.has(c.word(j), "month_ref"):
        return None
    rel = _rel_role(L, c.word(j + 1), ("current", "past", "next", "same"))
    if rel is not None:
        j += 2
    elif this:
        rel, j = "current", j + 1
    elif after_day:
        rel, j = "same", j + 1
    else:
        return None
    r.month_rel = rel
    y = _year_spec(c, j, r, L)
    return j if y is None else y


def _day_after_month(c: _Cursor, j: int, r: _Raw, L: _Lexicon) -> int:
    """The day number after a month name, where the language writes it there («November 16[th][,]»): the index after
    it (and after the comma before a year), or j when none follows."""
    if c.word(j) == "." and L.month_before_day:
        j += 1  # «Aug. 30»
    w = c.word(j)
    day = _day_number(w) if w is not None and not _is_year(w) else None
    if day is None:
        return j if c.word(j - 1) != "." else j - 1
    r.day, j = day, _after_ordinal(c, j + 1, L)
    if c.word(j) == "," and _is_year(c.word(j + 1)):
        j += 1
    return j


def _after_ordinal(c: _Cursor, j: int, L: _Lexicon) -> int:
    """Past an ordinal suffix glued to the day number before it («16th»)."""
    t, prev = c.tok(j), c.tok(j - 1) if j > 0 else None
    if t is not None and prev is not None and t[2] in L.ordinals and t[0] == prev[1]:
        return j + 1
    return j


def _ordinal_day_spec(c: _Cursor, j: int, r: _Raw, L: _Lexicon) -> int | None:
    """«التاسع من الشهر الجاري», «العاشر من آذار», «the ninth of June»: a day written as an ordinal word, before its
    month only."""
    for day, end in _ordinal_days_at(c, j, L):
        got = _month_after_day(c, end, day, r, L)
        if got is not None:
            return got
    return None


def _month_after_day(c: _Cursor, j: int, day: int, r: _Raw, L: _Lexicon) -> int | None:
    """The month after a day (from token j), «of» between or not («16 من آذار», «the ninth of June»): the index
    after it, with the day and month set in r; None when no month follows."""
    k = j + 1 if L.has(c.word(j), "of") else j
    got = _month_spec(c, k, r, True, L)
    if got is not None:
        r.day = day
    return got


def _ordinal_days_at(c: _Cursor, j: int, L: _Lexicon) -> Iterator[tuple[int, int]]:
    """The days written as ordinal words of three, two or one words from token j («التاسع», «الرابع عشر»), longest
    first: each day number with the index after its words."""
    for n in (3, 2, 1):
        words = tuple(c.word(j + k) for k in range(n))
        day = L.ordinal_days.get(words) if None not in words else None
        if day is not None:
            yield day, j + n


def _day_spec(c: _Cursor, i: int, r: _Raw, need_month: bool, L: _Lexicon) -> int | None:
    """[ال] 16 [من] month  |  [ال] 16 من الشهر الجاري  |  [ال] 16 منه  |  ال 16 (when need_month is False)"""
    j = i
    article = L.has(c.word(j), "day_article")
    if article:
        j += 1
    day = _day_number(c.word(j))
    if day is None:
        return _ordinal_day_spec(c, j, r, L) if need_month else None
    j = _after_ordinal(c, j + 1, L)
    got = _month_after_day(c, j, day, r, L)
    if got is not None:
        return got
    if c.word(j) in L.month_pronoun:
        r.day, r.month_rel = day, "same"
        return j + 1
    if _rel_role(L, c.word(j), ("current",)) == "current":
        r.day, r.month_rel = day, "current"  # «يوم 16 الجاري»: the 16th of this month
        return j + 1
    if need_month or not article:  # «الخميس الـ 16», but not «أمس 5 أشخاص»
        return None
    r.day = day
    return j


def _numeric_date(c: _Cursor, i: int, r: _Raw) -> int | None:
    """19/11/2017, 19-11-2017, 2017-11-19, 2017/11/19"""
    w0, sep = c.word(i), c.word(i + 1)
    if w0 is None or not w0.isdigit() or sep not in ("/", "-"):
        return None
    w1, w2 = c.word(i + 2), c.word(i + 4)
    if w1 is None or w2 is None or c.word(i + 3) != sep or not w1.isdigit() or not w2.isdigit():
        return None
    a, b, d = int(w0), int(w1), int(w2)
    if len(w0) == 4:
        y, m, dd = a, b, d
    elif len(w2) in (2, 4) and len(w0) <= 2:
        y, m, dd = (d + 2000 if len(w2) == 2 else d), b, a
    else:
        return None
    first, last = _plausible_years()
    if not first <= y <= last:
        return None  # «1111/11/11» is a number, not a date
    try:
        date(y, m, dd)
    except ValueError:
        return None
    r.day, r.month, r.year = dd, m, y
    return i + 5


def _within(c: _Cursor, i: int, r: _Raw, L: _Lexicon) -> int | None:
    """خلال [ال] 24 ساعة الماضية  |  خلال الساعات [ال] 24 الماضية  |  خلال الأيام الثلاثة ... (digits only);
    where the language puts «past» before the number: «in the past 24 hours», «over the last 48 hours»"""
    if not L.has(c.word(i), "within"):
        return None
    j = i + 1
    past_before = False
    if L.relative_before:
        k = j + 1 if L.has(c.word(j), "day_article") else j
        if _rel_role(L, c.word(k), ("past",)) is not None:
            past_before, j = True, k + 1
    unit = None
    w = c.word(j)
    if L.has(w, "two_days"):
        # «خلال اليومين الماضيين»: a dual counts two by itself
        j += 1
        if _rel_role(L, c.word(j), ("past",)) is None and not past_before:
            return None
        r.kind, r.span = "within", 2
        return j + (0 if past_before else 1)
    if L.has(w, "hours") or L.has(w, "days"):
        unit = "hours" if L.has(w, "hours") else "days"
        j += 1
    if L.has(c.word(j), "day_article"):
        j += 1
    w = c.word(j)
    if w is None or not w.isdigit() or not 0 < int(w) <= 10000:
        return None
    n = int(w)
    j += 1
    if unit is None:
        w = c.word(j)
        if L.has(w, "hours"):
            unit = "hours"
        elif L.has(w, "days") or L.has(w, "day"):
            unit = "days"
        else:
            return None
        j += 1
    if not past_before:
        if _rel_role(L, c.word(j), ("past",)) is None:
            return None
        j += 1
    r.kind = "within"
    r.span = max(1, -(-n // 24)) if unit == "hours" else n
    return j


def _running_day(c: _Cursor, i: int, r: _Raw, L: _Lexicon) -> int | None:
    """«لليوم الثالث», «لليوم الـ14 على التوالي»: the Nth day of something still going on, so the N days up to the
    report's day."""
    if not L.has(c.word(i), "running_day"):
        return None
    n, j = next(_ordinal_days_at(c, i + 1, L), (None, i + 1))
    if n is None:
        if L.has(c.word(j), "day_article"):
            j += 1
        w = c.word(j)
        if w is None or not w.isdigit() or not 0 < int(w) <= 366:
            return None
        n, j = int(w), j + 1
    if n < 2:
        return None  # the first day is the report's day, as an undated event's
    r.kind, r.span = "within", n - 1
    return j


def _days_ago(c: _Cursor, i: int, r: _Raw, L: _Lexicon) -> int | None:
    """«قبل يومين», «قبل يوم», «قبل ثلاثة أيام», «قبل 4 أيام»: a day counted back from the report's day."""
    if not L.has(c.word(i), "ago"):
        return None
    j, w = i + 1, c.word(i + 1)
    if L.has(w, "two_days"):
        n, j = 2, j + 1
    elif L.has(w, "day"):
        n, j = 1, j + 1
    else:
        n = int(w) if w is not None and w.isdigit() else L.unit_numbers.get(w or "")
        if n is None or not 0 < n <= 10 or not L.has(c.word(j + 1), "days"):
            return None
        j += 2
    r.rel = -n
    return j


def _core(c: _Cursor, r: _Raw, prev: str | None, L: _Lexicon) -> int | None:
    """One date expression from token 0; returns the index after it, or None."""
    j = 0
    had_part = had_day = False
    w = c.word(0)
    if w is None:
        return None
    got = _running_day(c, 0, r, L)
    if got is None:
        got = _days_ago(c, 0, r, L)
    if got is not None:
        return got
    if L.has(w, "daypart"):
        had_part, j = True, 1
    elif w in L.roles_first and (w, c.word(1)) in L.multi_daypart:
        had_part, j = True, 2
    if L.has(c.word(j), "day"):
        had_day, j = True, j + 1
    # اليوم، أمس، أول أمس
    got = _phrase(c, j, L.relative, L.relative_first, L.relative_max)
    if got is not None:
        offset, k = got
        if offset == 0:
            if L.has(c.word(k), "not_after_today"):
                return None
            if not (had_part or had_day) and _has_stem(L, prev, "not_before_today"):
                return None
        r.rel, j = offset, k
        j = _daypart_after(c, j, L)  # «yesterday evening»
        if c.word(j) in ("،", ",") and L.weekdays.get(c.word(j + 1)) is not None:
            j += 1  # «اليوم، الأحد 9 من آذار»: the weekday in apposition after a comma
        wd = L.weekdays.get(c.word(j))
        if wd is not None:
            r.wd, j = wd, j + 1
        elif c.word(j) == "(" and L.weekdays.get(c.word(j + 1)) is not None and c.word(j + 2) == ")":
            r.wd, j = L.weekdays[c.word(j + 1)], j + 3  # «مساء اليوم (الأربعاء)»
        got_day = _day_spec(c, j, r, False, L)
        return j if got_day is None else got_day
    # الخميس [الماضي] [الـ 16 [من تشرين الثاني]]
    w = c.word(j)
    wd = L.weekdays.get(w)
    if wd is not None:
        if L.has(c.word(j + 1), "teen"):  # «الأحد عشر» is eleven
            return None
        r.wd, j = wd, j + 1
        rel = _rel_role(L, c.word(j))
        if rel is not None:
            r.wd_dir, j = rel, j + 1
        return _after_weekday(c, j, r, L)
    if L.relative_before:
        got = _relative_before(c, j, r, L)  # «last Thursday», «this month», «last year»
        if got is not None:
            return got
    # الـ 16 من تشرين الثاني [2017]
    got_day = _day_spec(c, j, r, True, L)
    if got_day is not None:
        return got_day
    got_day = _numeric_date(c, j, r)
    if got_day is not None:
        return got_day
    if had_part or had_day:
        if L.month_before_day:  # «on September 2»: a month and its day after «on»
            got = _month_spec(c, j, r, False, L)
            if got is not None and r.day is not None:
                return got
        return None
    this_before = _has_stem(L, prev, "this")
    got = _month_spec(c, j, r, False, L, this_before=this_before,
                      context=L.month_before_day and _has_stem(L, prev, "year_context"))
    if got is not None:
        return got
    if L.has(w, "year_word"):
        if this_before and _rel_role(L, c.word(j + 1)) is None and not _is_year(c.word(j + 1)):
            r.year_rel = "current"
            return j + 1
        return _year_spec(c, j, r, L)
    if _is_year(w) and _has_stem(L, prev, "year_context"):
        r.year = int(w)
        return j + 1
    return _within(c, j, r, L)


def _daypart_after(c: _Cursor, j: int, L: _Lexicon) -> int:
    """Past a part of the day written after the day («Thursday morning», «yesterday evening»), where the language
    writes it there."""
    if L.daypart_after_day:
        if L.has(c.word(j), "daypart"):
            return j + 1
        if (c.word(j), c.word(j + 1)) in L.multi_daypart:
            return j + 2
    return j


def _after_weekday(c: _Cursor, j: int, r: _Raw, L: _Lexicon) -> int:
    """What may follow a weekday: a part of the day, a day number («الخميس الـ 16», «Wednesday, 24 October») or,
    where the language writes it so, a month and day («Wednesday, October 24»)."""
    j = _daypart_after(c, j, L)
    k = j + 1 if c.word(j) == "," else j
    got_day = _day_spec(c, k, r, k == j + 1, L)
    if got_day is None and L.month_before_day and k == j + 1:
        x = _Raw()
        got_day = _month_spec(c, k, x, False, L)
        if got_day is not None and x.day is not None:
            r.day, r.month, r.year, r.year_rel = x.day, x.month, x.year, x.year_rel
        else:
            got_day = None
    return j if got_day is None else got_day


def _relative_before(c: _Cursor, j: int, r: _Raw, L: _Lexicon) -> int | None:
    """«last Thursday», «next week», «this month», «last year», «last November»: the relative word before what it
    places (English); «this» means the current one."""
    rel = _rel_role(L, c.word(j), ("current", "past", "next"))
    if rel is None and L.has(c.word(j), "this"):
        rel = "current"
    if rel is None:
        return None
    w = c.word(j + 1)
    wd = L.weekdays.get(w)
    if wd is not None:
        r.wd, r.wd_dir = wd, rel
        return _daypart_after(c, j + 2, L)
    if L.has(w, "month_ref"):
        r.month_rel = rel
        return j + 2
    if L.has(w, "year_word"):
        r.year_rel = rel
        return j + 2
    got = _phrase(c, j + 1, L.months, L.month_first, L.month_max)
    if got is not None:
        (r.month, _strict), k = got
        r.month_rel = rel
        return k
    return None


def _has_stem(L: _Lexicon, word: str | None, role: str) -> bool:
    return word is not None and any(L.has(stem, role) for stem, _ in clitic_readings(word, L.clitics))


def _kind(r: _Raw) -> str:
    if r.kind:
        return r.kind
    if r.rel is not None:
        return _REL_KIND.get(r.rel, "explicit")
    if r.day is not None:
        return "explicit"
    if r.wd is not None:
        return "weekday"
    if r.month is not None or r.month_rel is not None:
        return "month"
    return "year"


_NAME_OPEN = frozenset("(\"“«'‘[")
_NAME_CLOSE = frozenset(")\"”»'’]")


def _parse_at(S: TokenStream, s: int, end: int, floor: int, L: _Lexicon) -> _Raw | None:
    """The date expression whose first word starts at s, with a range around it when there is one."""
    p = S.prev_token(s, floor)
    if p is not None and L.has(p[2], "day_article"):
        p = S.prev_token(p[0], floor)
    prev = p[2] if p is not None else None
    c = _Cursor(S, s, end)
    x = _Raw()
    j = _core(c, x, prev, L)
    if j is None:
        x = _Raw()
        day = _day_number(c.word(0))
        if day is None or p is None:
            return None
        x.day, j = day, 1  # «من 10 إلى 15 آذار»: a bare day that opens a range
        bare = True
    else:
        bare = False
        if x.rel == 0 and j == 1 and p is not None and p[2].isalpha() and c.word(1) in _NAME_CLOSE:
            pp = S.prev_token(p[0], floor)
            if pp is not None and pp[2] in _NAME_OPEN:
                return None  # «(بغداد اليوم)», «"روسيا اليوم"»: the last word of a quoted name (an outlet's)
    x.start, x.end = s, c.toks[j - 1][1]
    x.kind = _kind(x)
    if p is not None and x.kind in ("month", "year") and x.day is None and _has_stem(L, prev, "this"):
        x.start = p[0] + next(cut for stem, cut in clitic_readings(prev, L.clitics) if L.has(stem, "this"))  # «هذا العام»
        p = S.prev_token(p[0], floor)
        prev = p[2] if p is not None else None
    # a range: منذ/من/بين X [،] حتى/إلى/و Y
    opener = None
    if p is not None:
        for stem, cut in clitic_readings(prev, L.clitics):
            if L.has(stem, "since"):
                opener = ("since", p[0] + cut)
                break
            if L.has(stem, "from"):
                opener = (stem, p[0] + cut)
                break
    if opener is None:
        return None if bare else x
    y = _range_end(S, x.end, end, opener[0], L)
    if y is None:
        if bare or opener[0] != "since":
            return None if bare else x
        rng = _Raw()
        rng.kind, rng.a, rng.start, rng.end = "range", x, opener[1], x.end
        return rng
    if bare and y.month is None and y.month_rel is None and y.rel is None:
        return None
    _share(x, y)
    rng = _Raw()
    rng.kind, rng.a, rng.b, rng.start, rng.end = "range", x, y, opener[1], y.end
    return rng


def _range_end(S: TokenStream, pos: int, end: int, opener: str, L: _Lexicon) -> _Raw | None:
    t = S.next_token(pos, end)
    if t is not None and t[2] in ("،", ","):
        t = S.next_token(t[1], end)
    if t is None:
        return None
    start = None
    between = opener in L.between
    if t[2] == "-" or (t[2] in L.and_ and between):
        start = t[1]
    else:
        for stem, cut in clitic_readings(t[2], L.clitics):
            if L.has(stem, "until"):
                start = t[1]
                break
        if start is None and between and len(t[2]) > 1 and t[2][:1] in L.and_:
            start = t[0] + 1  # «بين الخميس والسبت»
    if start is None:
        return None
    c = _Cursor(S, start, end)
    y = _Raw()
    first = c.tok(0)
    if first is None:
        return None
    j = _core(c, y, t[2], L)
    if j is None:
        y = _Raw()
        j = _day_spec(c, 0, y, False, L)  # «... حتى الـ 19»: the month of the start
        if j is None:
            return None
    y.start, y.end = first[0], c.toks[j - 1][1]
    y.kind = _kind(y)
    return y


def _share(x: _Raw, y: _Raw) -> None:
    """Ends of a range lend each other the month and year they leave out («من 10 إلى 15 آذار 2017»)."""
    if x.day is not None and x.month is None and x.month_rel is None and x.rel is None:
        x.month, x.month_rel = y.month, y.month_rel
        if x.year is None and x.year_rel is None:
            x.year, x.year_rel = y.year, y.year_rel
        x.kind = "explicit"
    if y.day is not None and y.month is None and y.month_rel is None and y.rel is None:
        y.month, y.month_rel = x.month, x.month_rel
        if y.year is None and y.year_rel is None:
            y.year, y.year_rel = x.year, x.year_rel
        y.kind = "explicit"
    if x.year is None and x.year_rel is None and y.year is not None and x.month is not None and y.month is not None:
        x.year = y.year if x.month <= y.month else y.year - 1
    if y.year is None and y.year_rel is None and x.year is not None and x.month is not None and y.month is not None:
        y.year = x.year if y.month >= x.month else x.year + 1


def _starts(S: TokenStream, start: int, end: int, L: _Lexicon) -> list[int]:
    """Offsets where a date expression may start, in order: a token whose stem (without و ف ب ل ك) opens a date,
    and digit runs worth parsing (a day number followed by a month, a 4-digit year, a numeric date)."""
    text = S.text
    starts = []
    letters = L.clitics.conjunctions + L.clitics.prepositions
    firsts = L.firsts
    openings = L._opening  # (`L.opening`'s own table, read here first: most words were read before)
    for tok in S.between(start, end):
        if tok.end > end:
            break
        w = tok.text
        if not w[0].isdigit():
            if not letters and w not in firsts:
                continue  # a language that glues nothing to its words: one look-up («in», «the» …)
            if tok.start > 0 and (text[tok.start - 1].isalnum() or text[tok.start - 1] == "_"):
                continue
            found = openings.get(w, False)
            if found is False:
                found = L.opening(w)
            if found is not None and (found[0] not in L.weak_firsts or _goes_on(S, tok.end, end, L)):
                starts.append(tok.start + found[1])
            continue
        if not w.isdigit():
            continue  # «3.5», «1,200»
        ds, de = tok.start, tok.end
        s = ds
        article = L.clitics.article
        if ds > start and article and "\u0621" <= text[ds - 1] <= "\u064A":  # glued: only «الـ16» → «ال16»
            if text[ds - len(article):ds] != article or (ds - len(article) > start and text[ds - 3].isalnum()):
                continue
            s = ds - len(article)
        elif ds > start and (text[ds - 1].isalnum() or text[ds - 1] in "_/:.,-"):
            continue  # glued to a word, or the second part of «19/11», «3.5»
        ordinal = _ordinal_at(text, de, L)
        if de < len(text) and not ordinal and (text[de] in _DIGITS_LATIN or text[de] in ".," and text[de + 1:de + 2].isdigit()):
            continue
        n = de - ds
        if (n == 4 and text[ds:ds + 2] in ("19", "20")) or (n <= 4 and L.numeric_tail_rx.match(text, de)) \
                or (n <= 2 and L.day_tail_rx.match(text, de)):
            starts.append(s)
    return starts


_DIGITS_LATIN = frozenset("0123456789abcdefghijklmnopqrstuvwxyz")


def _goes_on(S: TokenStream, pos: int, end: int, L: _Lexicon) -> bool:
    """Can the word at pos continue a date expression (a date word, a number, a glued clitic on one)?"""
    t = S.next_token(pos, end)
    if t is None:
        return False
    w = t[2]
    if w in L._by_role["day_article"] and not L.clitics.article:  # «in the past 24 hours»: the word after «the»
        t = S.next_token(t[1], end)
        if t is None:
            return False
        w = t[2]
    return w[0].isdigit() or any(stem in L.continuers or stem[:1].isdigit()
                                 for stem, _ in _date_readings(w, L.clitics.conjunctions + L.clitics.prepositions
                                                               + L.clitics.article))


def _ordinal_at(text: str, pos: int, L: _Lexicon) -> bool:
    """Does an ordinal suffix of the language («th» of «16th») stand glued at pos, ending the word?"""
    return any(text.startswith(o, pos) and not text[pos + len(o):pos + len(o) + 1].isalnum() for o in L.ordinals)


@lru_cache(maxsize=50_000)
def _date_readings(word: str, clitic_letters: str) -> tuple[tuple[str, int], ...]:
    """The word without up to two of the language's clitic letters (و ف ب ل ك), as a date word may carry them («وبحلول»)."""
    out = [(word, 0)]
    for cut in (1, 2):
        if clitic_letters and len(word) - cut >= 2 and all(ch in clitic_letters for ch in word[:cut]):
            out.append((word[cut:], cut))
    return tuple(out)


def _scan(S: TokenStream, start: int, end: int, lang: str = "ar") -> list[_Raw]:
    L = lexicon(lang)
    out: list[_Raw] = []
    floor = start
    ctx_month: int | None = None
    ctx_year: int | None = None
    for s in _starts(S, start, end, L):
        if s < floor:
            continue
        raw = _parse_at(S, s, end, floor, L)
        if raw is None:
            continue
        for part in raw.parts():
            if part.month_rel == "same" and part.month is None and ctx_month is not None:
                part.month = ctx_month
                if part.year is None and part.year_rel is None:
                    part.year = ctx_year
            if part.month is not None:
                ctx_month, ctx_year = part.month, part.year
            elif part.year is not None and part.day is None:
                ctx_year = part.year
        out.append(raw)
        floor = raw.end
    return out


# ---------------------------------------------------------------------------------------------------------------
# Resolution


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


_REL_STEP = {"current": 0, "same": 0, "past": -1, "next": 1}


def _year_of(r: _Raw, rd: date | None) -> int | None:
    if r.year is not None:
        return r.year
    if r.year_rel is not None and rd is not None:
        return rd.year + _REL_STEP.get(r.year_rel, 0)
    return None


def _weekday_years(years, month: int, day: int, weekday: int, latest: date | None = None) -> list[int]:
    """The years, in their order, whose day `day` of `month` falls on `weekday` (and, given `latest`, not after
    it)."""
    return [y for y in years if (d := _safe(y, month, day)) is not None and d.weekday() == weekday
            and (latest is None or d <= latest)]


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _unwritten_year(month_rel: str | None, month: int, day: int, rd: date) -> int:
    """The year of a day of a month told with no year, against the report's date `rd`: the report's year for this
    month («الشهر الجاري»), the year that puts the month before the report's («الماضي») or after it («المقبل»);
    with no such word, the year of the last time the day came."""
    if month_rel in ("current", "same"):
        return rd.year
    if month_rel == "past":
        return rd.year if month < rd.month else rd.year - 1
    if month_rel == "next":
        return rd.year if month > rd.month else rd.year + 1
    return rd.year if (month, day) <= (rd.month, rd.day) else rd.year - 1


def _day_date(r: _Raw, rd: date | None) -> date | None:
    day = r.day
    year = _year_of(r, rd)
    month = r.month
    if month is None:
        if rd is None:
            return None
        if r.month_rel in (None, "current", "same"):
            # «الخميس الـ 16»، «الـ 16 من الشهر الجاري»: this month, or the one before when 16 is still to come
            y, m = _add_months(rd.year, rd.month, -1 if day > rd.day else 0)
        else:
            y, m = _add_months(rd.year, rd.month, _REL_STEP[r.month_rel])
        return _safe(year if year is not None else y, m, day)
    if year is None:
        if rd is None:
            return None
        year = _unwritten_year(r.month_rel, month, day, rd)
        if r.month_rel not in _REL_STEP and r.wd is not None:
            # «الأحد 9 من آذار» with no year: the year whose 9 March is a Sunday, when the guess
            # above is not — no later than a few days after the date read against (a report that does not fix
            # its day is read against the latest full date it gives, and may be a day or two younger)
            fits = _weekday_years((year, rd.year, rd.year - 1), month, day, r.wd, rd + timedelta(days=7))
            year = fits[0] if fits else year
    return _safe(year, month, day)


def _resolve(r: _Raw, rd: date | None) -> tuple[date | None, date | None]:
    if r.kind == "range":
        a = _resolve(r.a, rd) if r.a is not None else (None, None)
        if r.b is None:
            return a[0], rd
        b = _resolve(r.b, rd)
        return a[0], b[1]
    if r.kind == "within":
        return (rd - timedelta(days=r.span), rd) if rd is not None else (None, None)
    if r.rel is not None:
        if rd is not None:
            d = rd + timedelta(days=r.rel)
            if r.wd is not None and r.day is None and d.weekday() != r.wd:
                # «اليوم الأربعاء» on a page dated Thursday: the text's weekday is the day meant
                d -= timedelta(days=(d.weekday() - r.wd) % 7)
            return d, d
        if r.day is not None and r.month is not None and r.year is not None:
            d = _safe(r.year, r.month, r.day)
            return d, d
        return None, None
    if r.day is not None:
        d = _day_date(r, rd)
        return d, d
    if r.wd is not None:
        if rd is None:
            return None, None
        if r.wd_dir == "next":
            d = rd + timedelta(days=(r.wd - rd.weekday()) % 7 or 7)
        else:
            back = (rd.weekday() - r.wd) % 7
            if back == 0 and r.wd_dir == "past":
                back = 7
            d = rd - timedelta(days=back)
        return d, d
    if r.month is not None or r.month_rel is not None:
        year = _year_of(r, rd)
        if r.month is None:
            if rd is None:
                return None, None
            y, m = _add_months(rd.year, rd.month, _REL_STEP[r.month_rel])
            year = y if r.year is None else r.year
        else:
            m = r.month
            if year is None:
                if rd is None:
                    return None, None
                year = _unwritten_year(r.month_rel, m, 1, rd)  # (a whole month: from its first day)
        return date(year, m, 1), date(year, m, calendar.monthrange(year, m)[1])
    year = _year_of(r, rd)
    if year is None:
        return None, None
    return date(year, 1, 1), date(year, 12, 31)


# ---------------------------------------------------------------------------------------------------------------
# Public API


class DateScan:
    """The date expressions of a text, read once: resolved against a report date as often as needed."""

    def __init__(self, stream: TokenStream, start: int = 0, end: int | None = None, lang: str = "ar"):
        self.stream = stream
        self.lang = lang
        self.raws = _scan(stream, start, len(stream.text) if end is None else end, lang)

    def resolve(self, report_date: date | None) -> list[DateMention]:
        out = []
        for r in self.raws:
            ds, de = _resolve(r, report_date)
            out.append(DateMention(r.start, r.end, ds, de, "range" if r.kind == "within" else r.kind))
        return _day_pairs(out, self.stream.text, lexicon(self.lang))

    def report_date(self) -> date | None:
        return _report_date(self.stream, self.raws, self.lang)


def _day_pairs(mentions: list[DateMention], text: str, L: _Lexicon) -> list[DateMention]:
    """«ليل الاثنين - الثلاثاء», «يومي السبت والأحد», «the night of Sunday to Monday»: two weekdays in a row
    joined by a day link are one span of two days."""
    links = L._by_role["day_link"]
    out: list[DateMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "weekday" and m.kind == "weekday" and prev.date_start is not None \
                and m.date_start is not None and (m.date_start - prev.date_start).days in (1, -6) \
                and text[prev.end:m.start].strip() in links:
            # (told on a Sunday, «ليل الأحد - الاثنين» is last week's: Monday cannot be after the report)
            first = m.date_start - timedelta(days=1)
            out[-1] = DateMention(prev.start, m.end, first, m.date_end, "range")
            continue
        out.append(m)
    return out


def find_dates(text: str, report_date: date | None, start: int = 0, end: int | None = None,
               lang: str = "ar") -> list[DateMention]:
    """Every date expression in text[start:end], resolved against report_date where relative."""
    clitics = get_language(lang).clitics
    return DateScan(TokenStream(text, tokenize(text, clitics)), start, end, lang).resolve(report_date)


# What may come before a dateline's date on the first line: nothing, or a few words closed by a separator
# («دمشق - »، «(المرصد) »).
_DATELINE_LEAD = re.compile(r"(?:[^\n]{0,40}?[-:|،,)]\s*)?")
_HEAD = 400  # how far into the text a dateline or publication date may be


def find_report_date(text: str, lang: str = "ar") -> date | None:
    """The date the report calls «اليوم», when the text fixes it; else a full date opening the text; else None."""
    return DateScan(TokenStream(text, tokenize(text, get_language(lang).clitics)), lang=lang).report_date()


def _report_date(S: TokenStream, raws: list[_Raw], lang: str = "ar") -> date | None:
    text = S.text
    parts = [p for r in raws for p in r.parts()]
    current_year = next((p.year for p in parts if p.year is not None and p.year_rel == "current"), None)
    current_month = next((p.month for p in parts if p.month is not None and p.month_rel == "current"), None)
    years = sorted({p.year for p in parts if p.year is not None}, reverse=True)
    for p in parts:
        if p.rel != 0 or p.day is None:
            continue
        month = p.month
        if month is None and p.month_rel in (None, "current", "same"):
            month = current_month
        if month is None:
            continue
        if p.year is not None:
            candidates = [p.year]
        elif current_year is not None:
            candidates = [current_year]
        else:
            candidates = years
        if p.wd is not None and len(candidates) > 1:
            fits = _weekday_years(candidates, month, p.day, p.wd)
            candidates = fits or candidates
        for y in candidates:
            d = _safe(y, month, p.day)
            if d is not None:
                return d
    # A dateline: a full date opening the text («الأحد 19 تشرين الثاني 2017»، «19/11/2017 - »), or a publication
    # date near the top («نشر بتاريخ: 8 آذار 2025»). Not when «اليوم» is given a different weekday: then the date
    # is a page header, not the report's day.
    today_weekdays = {p.wd for p in parts if p.rel == 0 and p.wd is not None}
    lead = len(text) - len(text.lstrip())
    line_end = text.find("\n", lead)
    line_end = len(text) if line_end < 0 else line_end
    L = lexicon(lang)
    for r in raws:
        if r.start >= lead + _HEAD:
            break
        if not (r.kind == "explicit" and r.rel is None and r.day is not None and r.month is not None
                and r.year is not None):
            continue
        opens = r.start < line_end and _DATELINE_LEAD.fullmatch(text, lead, r.start) is not None
        if not opens:
            p = S.prev_token(r.start, lead)
            if p is not None and p[2] in (":", "-"):
                p = S.prev_token(p[0], lead)
            if p is None or not _has_stem(L, p[2], "published"):
                continue
        d = _safe(r.year, r.month, r.day)
        if d is not None and (not today_weekdays or d.weekday() in today_weekdays):
            return d
    return None
