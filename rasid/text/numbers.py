"""Counts in normalised report text: digits and Arabic number words, their qualifiers and vague counts.

`find_quantities` reads «ما لا يقل عن 31»، «أكثر من خمسين»، «نحو 20»، «عشرات» and the like, and encodes them as
the project schema does (low / high / qualifier). Number words, qualifiers and vague words live in
rasid/data/lexicons (number_words.tsv, qualifiers.tsv, vague_quantities.tsv); numbers that belong to dates
(«16 تشرين الثاني»، «عام 2017»، «الخميس الـ 16»، «خلال الـ 24 ساعة الماضية») are not counts and are skipped,
using the month and date words of dates.py.

All offsets are offsets in the normalised text (`normalize(original).text`). Speed matters (hundreds of reports a
second): every look around a candidate number is one compiled regex, the look back runs on the reversed text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from .language import CliticModel, get_language
from .lexicon import read_tsv
from .normalize import normalize_word
from .tokens import TokenStream, tokenize

__all__ = ["Quantity", "find_quantities", "parse_number"]

QUALIFIERS = ("exact", "at_least", "more_than", "about", "up_to", "vague")


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int  # normalised-text offsets of the whole expression, qualifier words included
    end: int
    low: int | None
    high: int | None
    qualifier: str  # exact | at_least | more_than | about | up_to | vague
    value: int | None  # the number as written (None for vague)
    percent: bool = False  # «90%»، «90 بالمئة»، «90 في المئة»


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of literal words, factored on common prefixes so that the engine tries few
    branches at each position (a flat alternation of a hundred words is several times slower)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        optional = "" in node
        if len(alts) == 1 and not optional:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if optional else "")

    return emit(trie) or "(?!)"


def reversed_phrases(phrases: Iterable[str]) -> str:
    """An alternation matching the given phrases in reversed text (words reversed letter by letter and in
    order; any run of spaces between them)."""
    alts = sorted({r"[ \t]+".join(re.escape(w[::-1]) for w in reversed(p.split())) for p in phrases},
                  key=len, reverse=True)
    return "|".join(alts) or "(?!)"


# ---------------------------------------------------------------------------------------------------------------
# Lexicon tables and the regexes built from them, once, on first use.

_STARTERS = frozenset(("unit", "teen_head", "tens", "hundreds", "thousand", "million", "dozen"))
_MULTIPLIERS = {"thousand": 1000, "thousands": 1000, "million": 1_000_000, "millions": 1_000_000}
_QUALIFIER_KINDS = ("at_least", "more_than", "about", "up_to", "less_than")
_AR = "\u0621-\u064A"  # Arabic letters, as the tokenizer reads them
_NOT_AR = rf"(?![{_AR}])"
_DIGITS = re.compile(r"[0-9]+(?P<mult>(?!))?")  # a bare digit run, with no multiplier


@dataclass(frozen=True, slots=True)
class _Prefixes:
    """What the language glues before a number, derived from its clitic model (language.toml)."""

    words: tuple[str, ...]  # before a number word or a vague word, shortest first: «و», «ب», «وب» («والعشرات»)
    article: tuple[str, ...]  # the article with what may precede it: «ال», «وال», «لل» (= ل + ال)
    digits: frozenset[str]  # before digits: «لـ115» → «ل115», «و3», «الـ24» → «ال24»
    conjunctions: str  # the letters of `words` that are conjunctions
    regex: str  # an optional run of one or two clitic letters, for the patterns read backwards

    @classmethod
    def of(cls, clitics: CliticModel) -> "_Prefixes":
        conj, prep = list(clitics.conjunctions), list(clitics.prepositions)
        words = tuple(conj + prep + [c + p for c in conj for p in prep])
        lam = clitics.article_after_lam
        article = tuple(dict.fromkeys(
            (x[:-1] + lam) if lam and x.endswith(lam[0]) else x + clitics.article
            for x in ("", *words))) if clitics.article else ()
        letters = "".join(conj + prep)
        regex = f"(?:[{re.escape(letters)}]{{1,2}})?" if letters else ""
        return cls(words, article, frozenset(words + article), clitics.conjunctions, regex)


class _Tables:
    def __init__(self, lang: str = "ar") -> None:
        from . import dates  # dates imports this module's token helpers; import here to avoid a cycle

        language = get_language(lang)
        P = self.prefixes = _Prefixes.of(language.clitics)
        self.article = language.clitics.article
        letters = language.letters
        _NOT_AR = rf"(?![{letters}])"  # no letter of the language follows
        _AR = letters
        # how the language composes number words (language.toml [numbers]): English writes tens before units
        # («twenty-five»), multiplies any unit by «hundred», and may add parts without «and»
        grammar = language.settings.get("numbers", {})
        self.tens_then_units: bool = grammar.get("tens_then_units", False)
        self.hundred_from: int = grammar.get("hundred_multiplies_from", 3)  # «ثلاث مئة»; «مئة»/«مئتان» are words
        self.juxtaposed: bool = grammar.get("parts_without_and", False)
        self.joiners = frozenset(grammar.get("joiners", ()))
        self.conjunctions = frozenset(language.words("and"))  # «ثلاثة وعشرين»
        self.words: dict[str, tuple[str, int]] = {}
        word_clitics: dict[str, str] = {}
        percent: list[str] = []
        for row in read_tsv("number_words.tsv", lang):
            phrase, value, kind = normalize_word(row[0]).strip(), row[1], row[2]
            if kind == "percent":
                percent.append(phrase)
            elif " " not in phrase:
                self.words[phrase] = (kind, int(value))
                word_clitics[phrase] = row[3].lower() if len(row) > 3 and row[3] else "yes"
        self.starters = frozenset(w for w, (k, _) in self.words.items() if k in _STARTERS)
        # vague phrases: first word → [rest words], longest first
        self.vague: dict[str, list[tuple[str, ...]]] = {}
        vague_clitics: dict[str, str] = {}
        for row in read_tsv("vague_quantities.tsv", lang):
            words = tuple(normalize_word(row[0]).split())
            self.vague.setdefault(words[0], []).append(words[1:])
            clitics = row[2].lower() if len(row) > 2 else "yes"
            if vague_clitics.get(words[0], "yes") != "no":
                vague_clitics[words[0]] = clitics
        for options in self.vague.values():
            options.sort(key=len, reverse=True)
        # surface forms of the words that open a count: form → (clitics, word)
        self.forms: dict[str, tuple[str, str]] = {}
        for w in self.starters | set(self.vague):
            self.forms[w] = ("", w)
        for pre in P.words + P.article:
            conj_only = all(ch in P.conjunctions for ch in pre)
            for w in sorted(self.starters):
                # number words take no article; «conj» words only a conjunction («لست» is "I am not")
                if pre in P.article or (word_clitics[w] == "conj" and not conj_only) or word_clitics[w] == "no":
                    continue
                self.forms.setdefault(pre + w, (pre, w))
            for w, clitics in vague_clitics.items():
                if clitics == "no" or (clitics == "conj" and not (conj_only and pre in P.words)):
                    continue
                self.forms.setdefault(pre + w, (pre, w))
        multipliers = [w for w, (k, v) in self.words.items() if k in _MULTIPLIERS and v in (1000, 1_000_000)]
        # A token opens a count when it is one of `forms`, or a digit run that this pattern reads from its start,
        # with one of the _DIGIT_PREFIXES glued before it (checked in code) and a multiplier word after it.
        self.digit_rx = re.compile(
            rf"[0-9](?<![0-9.,/:-][0-9])[0-9]*(?:,[0-9]{{3}})*(?:\.[0-9]+)?(?![0-9a-z]|[/:.,-][0-9])"
            rf"(?:[ \t]+(?P<mult>{trie_pattern(multipliers)}){_NOT_AR})?")
        self.digit_prefixes = P.digits
        # qualifiers: one named group per phrase (q0, q1 ...), longest phrases first, so that «لا يزيد عن» is not
        # read as «يزيد عن»; self.qualifier maps a group name to its qualifier
        before: list[tuple[str, str]] = []
        glued: dict[str, list[tuple[str, str]]] = {}
        after: list[tuple[str, str]] = []
        for row in read_tsv("qualifiers.tsv", lang):
            phrase, qualifier = normalize_word(row[0]).strip(), row[1]
            if qualifier not in _QUALIFIER_KINDS:
                raise ValueError(f"qualifiers.tsv: unknown qualifier {qualifier!r} for {row[0]!r}")
            position = row[2] if len(row) > 2 else "before"
            words = phrase.split()
            if position == "after":
                after.append((phrase, qualifier))
            else:
                if len(words) > 1 and len(words[-1]) == 1:  # also written glued to the number: «يقدر ب20»
                    glued.setdefault(words[-1], []).append((" ".join(words[:-1]), qualifier))
                before.append((phrase, qualifier))
        self.qualifier: dict[str, str] = {}
        # the words that go on a qualifier phrase after a vague word in it («as many as 40»: «many», then «as»)
        self.qualifier_tails: dict[str, set[str]] = {}
        for phrase, _ in before:
            words = phrase.split()
            for k in range(len(words) - 1):
                self.qualifier_tails.setdefault(words[k], set()).add(" ".join(words[k + 1:]))

        def named(pairs: list[tuple[str, str]], build) -> str:
            alts = []
            for phrase, qualifier in sorted(set(pairs), key=lambda pq: -len(pq[0])):
                name = f"q{len(self.qualifier)}"
                self.qualifier[name] = qualifier
                alts.append(f"(?P<{name}>{build(phrase)})")
            return "|".join(alts) or "(?!)"

        def backward(phrase: str) -> str:
            return reversed_phrases([phrase])

        def forward(phrase: str) -> str:
            return r"[ \t]+".join(map(re.escape, phrase.split()))

        # matched on the reversed text from the number leftwards: [الـ] phrase [clitics]
        article_back = re.escape(self.article[::-1]) if self.article else "(?!)"
        self.before_rx = re.compile(
            rf"[ \t]*(?:{article_back}{_NOT_AR}[ \t]*)?(?:{named(before, backward)}){P.regex}{_NOT_AR}")
        self.glued_rx = {letter: re.compile(rf"[ \t]+(?:{named(pairs, backward)}){P.regex}{_NOT_AR}")
                         for letter, pairs in glued.items()}
        # after the number: up to three words that do not open another count, then the phrase
        self.after_rx = re.compile(
            rf"(?:[ \t]+(?!(?:{trie_pattern(self.forms)}){_NOT_AR})[{_AR}]+){{0,3}}?[ \t]+"
            rf"(?:{named(after, forward)}){_NOT_AR}"
            rf"(?![ \t]+(?:[0-9]|(?:{trie_pattern(self.forms)}){_NOT_AR}))")  # «… and injured at least 15»: the next count's
        percent = sorted(percent, key=len, reverse=True)
        self.percent_rx = re.compile(rf"[ \t]*(?:{'|'.join(map(forward, percent))})(?![{_AR}0-9])")
        # numbers that belong to dates
        lex = dates.lexicon(lang)
        self.month_before_day = lex.month_before_day
        ordinal = f"(?:{trie_pattern(lex.ordinals)})?" if lex.ordinals else ""
        month_first = trie_pattern(lex.month_first)
        until = lex.role_words("until")
        # «الـ 18 منه» (of this month), «10 إلى 15 آذار», «19 من الشهر الجاري»
        month_of_it = trie_pattern(lex.role_words("of_it"))
        conj = f"[{re.escape(P.conjunctions)}]" if P.conjunctions else "(?!)"
        and_ = trie_pattern(language.words("and"))
        article = trie_pattern(lex.role_words("day_article"))
        from_ = trie_pattern(language.words("from") | lex.role_words("of"))
        self.date_after_rx = re.compile(
            rf"{ordinal}[ \t]*(?:(?P<hours>{trie_pattern(lex.role_words('hours'))})"
            rf"|(?P<day>{month_of_it}|(?:(?:{conj}?(?:{trie_pattern(until)})|{and_}|-)[ \t]*(?:{article}[ \t]*)?"
            rf"[0-9]{{1,2}}{ordinal}[ \t]*)?(?:{from_}[ \t]+)?(?:(?:{trie_pattern(lex.role_words('month_word'))})[ \t]+)?"
            rf"(?:{month_first}|{trie_pattern(lex.role_words('month_ref'))}))){_NOT_AR}")
        months = [" ".join(k) for k in lex.months]
        day_words = set(lex.relative_single) | set(lex.weekdays)
        context = lex.role_words("year_context") | lex.role_words("current") | lex.role_words("past")
        day_article_back = reversed_phrases(lex.role_words("day_article"))
        self.prev_rx = re.compile(
            rf"[ \t]*(?:(?P<art>{day_article_back}){_NOT_AR}[ \t]*)?(?:[)(/\-][ \t]*)?"
            rf"(?:(?P<year>{reversed_phrases(lex.role_words('year_word'))})"
            rf"|(?P<hours>{reversed_phrases(lex.role_words('hours'))})"
            rf"|(?P<month>{reversed_phrases(months)})"
            rf"|(?P<context>{reversed_phrases(context)})"
            rf"|(?P<day>{reversed_phrases(day_words)})){P.regex}{_NOT_AR}")


@lru_cache(maxsize=None)
def _tables(lang: str = "ar") -> _Tables:
    return _Tables(lang)


def prepare_numbers(lang: str) -> None:
    """Build the language's number tables now (their patterns take a fifth of a second), not in a report."""
    _tables(lang)


# ---------------------------------------------------------------------------------------------------------------
# Number grammar.


def _read_number(S: TokenStream, first: str, pos: int, end: int, T: _Tables) -> tuple[int, int] | None:
    """Parse the number whose first word is `first` (already cut of clitics), ending at pos; read further
    words from pos. Returns (value, end offset) or None."""
    words = T.words
    kind, v = words[first]
    total = 0
    group = 0
    last_end = pos
    if kind == "unit":
        group, last = v, "unit"
    elif kind == "dozen":
        group, last = v, "dozen"  # «a dozen»
    elif kind == "teen_head":
        t = S.next_token(pos, end)
        if t is None or words.get(t[2]) != ("unit", 10):
            return None
        group, last, last_end, pos = 10 + v, "teen", t[1], t[1]
    elif kind == "tens":
        group, last = v, "tens"
    elif kind == "hundreds":
        group, last = v, "hundreds"
    elif kind == "thousand":
        total, last = v, "thousand"
    elif kind == "million":
        total, last = v, "million"
    else:
        return None
    while True:
        t = S.next_token(pos, end)
        if t is None:
            break
        w = t[2]
        # multipliers and the teen «عشر», written without «و»
        entry = words.get(w)
        if entry is not None:
            k, val = entry
            if k == "unit" and val == 10 and last == "unit" and 3 <= group % 100 <= 9:
                group += 10
                last, last_end, pos = "teen", t[1], t[1]
                continue
            if k == "dozen" and last == "unit" and 2 <= group <= 9:
                group *= val  # «two dozen» = 24
                last, last_end, pos = "dozen", t[1], t[1]
                continue
            if k == "hundreds" and val == 100 and last == "unit" and T.hundred_from <= group <= 9:
                group *= 100
                last, last_end, pos = "hundreds", t[1], t[1]
                continue
            if k in _MULTIPLIERS and (val == 1000 or val == 1_000_000) and group > 0:
                total += group * _MULTIPLIERS[k]
                group = 0
                last, last_end, pos = ("thousand" if _MULTIPLIERS[k] == 1000 else "million"), t[1], t[1]
                continue
            if k == "unit" and val < 10 and last == "tens" and T.tens_then_units:
                group += val  # «twenty five»
                last, last_end, pos = "unit", t[1], t[1]
                continue
        if w in T.joiners and last == "tens" and T.tens_then_units:  # «twenty-five»
            t2 = S.next_token(t[1], end)
            entry = words.get(t2[2]) if t2 is not None else None
            if entry is None or entry[0] != "unit" or entry[1] >= 10:
                break
            group += entry[1]
            last, last_end, pos = "unit", t2[1], t2[1]
            continue
        # an added part, after «و» (glued or apart), or without it where the language allows («one thousand five
        # hundred»)
        if w in T.conjunctions:
            t2 = S.next_token(t[1], end)
            if t2 is None:
                break
            w2, t_end = t2[2], t2[1]
        elif len(w) > 2 and w[0] in T.conjunctions:
            w2, t_end = w[1:], t[1]
        elif T.juxtaposed and last in ("hundreds", "thousand", "million") and w in words:
            w2, t_end = w, t[1]
        else:
            break
        entry = words.get(w2)
        if entry is None:
            break
        k, val = entry
        below = group % 100
        if k in ("unit", "teen_head") and below == 0 and last in ("hundreds", "thousand", "million"):
            if k == "teen_head":
                t3 = S.next_token(t_end, end)
                if t3 is None or words.get(t3[2]) != ("unit", 10):
                    break
                group += 10 + val
                last, last_end, pos = "teen", t3[1], t3[1]
                continue
            group += val
            last = "unit"
        elif k == "tens" and ((last == "unit" and 0 < below < 10) or
                              (below == 0 and last in ("hundreds", "thousand", "million"))):
            group += val
            last = "tens"
        elif k == "hundreds" and group == 0 and last in ("thousand", "million"):
            group += val
            last = "hundreds"
        elif k == "thousand" and group == 0 and last == "million":
            total += val
            last = "thousand"
        else:
            break
        last_end = pos = t_end
    return total + group, last_end


class _Candidate:
    """Where a number or a vague word starts, what was glued before it, and how to read it."""

    __slots__ = ("start", "pre", "word", "num", "mult", "end")

    def __init__(self, start: int, pre: str, word: str | None, num: str | None, mult: str | None, end: int):
        self.start, self.pre, self.word, self.num, self.mult, self.end = start, pre, word, num, mult, end


def _candidates(S: TokenStream, start: int, end: int, T: _Tables) -> list[_Candidate]:
    """The tokens that may open a count: number words and vague words (with their clitics), and digit runs."""
    text = S.text
    out = []
    for tok in S.between(start, end):
        if tok.end > end:
            break
        form = T.forms.get(tok.text)
        if form is not None:
            before = text[tok.start - 1] if tok.start > 0 else " "
            after = text[tok.end] if tok.end < len(text) else " "
            if not (before.isalnum() or before in "_/:" or after.isalnum() or after == "_"):
                out.append(_Candidate(tok.start, form[0], form[1], None, None, tok.end))
            continue
        if not tok.text[0].isdigit():
            continue
        m = T.digit_rx.match(text, tok.start, end)
        if m is None and _between_slashes(text, tok.start, tok.end):
            m = _DIGITS.match(text, tok.start, end)  # «قتل /8/ مدنيين»
        if m is None:
            continue
        j = tok.start
        while j > start and "\u0621" <= text[j - 1] <= "\u064A" and tok.start - j <= 3:
            j -= 1
        pre = text[j:tok.start]
        if pre and pre not in T.digit_prefixes:
            continue  # glued to a word
        if j > start and (text[j - 1].isalnum() or text[j - 1] in "_/:") and not _between_slashes(text, j, m.end()):
            continue  # «t4», «12/5»; not «قتل /8/ مدنيين», a count set between slashes
        out.append(_Candidate(j, pre, None, m.group().split()[0] if m.group("mult") else m.group(),
                              m.group("mult"), m.end()))
    return out


def _between_slashes(text: str, start: int, end: int) -> bool:
    """«/8/»: a number set off by slashes (an old wire style), not part of a date or a fraction."""
    return text[start - 1] == "/" and text[end:end + 1] == "/" and not text[start - 2:start - 1].isalnum() \
        and not text[end + 1:end + 2].isalnum()


def parse_number(words: str, lang: str = "ar") -> int | None:
    """The value of a number written in digits or words («ثلاثة وعشرين» → 23, «مئتان» → 200, «1,200» → 1200), or
    None when the whole string is not one number."""
    text = normalize_word(words).strip()
    if not text:
        return None
    T = _tables(lang)
    S = TokenStream(text, tokenize(text, get_language(lang).clitics))
    cands = _candidates(S, 0, len(text), T)
    if not cands or cands[0].start != 0 or cands[0].pre:
        return None
    got = _number(S, cands[0], len(text), T)
    if got is None or text[got[1]:].strip():
        return None
    return got[0]


def _number(S: TokenStream, c: _Candidate, end: int, T: _Tables) -> tuple[int, int] | None:
    """(value, end offset) of the number that candidate c opens, or None."""
    if c.word is not None:
        if c.word not in T.starters:
            return None
        return _read_number(S, c.word, c.end, end, T)
    num = c.num.replace(",", "")
    factor = _MULTIPLIERS[T.words[c.mult][0]] if c.mult else 1
    if "." in num:
        if not c.mult:
            return None  # «3.5» is a measure, not a count
        return int(round(float(num) * factor)), c.end
    value, stop = int(num) * factor, c.end
    if c.mult:
        rest = _added_digits(S, stop, end, factor, T)  # «34 ألفاً و473» = 34473
        if rest is not None:
            value, stop = value + rest[0], rest[1]
    return value, stop


def _added_digits(S: TokenStream, pos: int, end: int, factor: int, T: _Tables) -> tuple[int, int] | None:
    """The digits added after a thousands or millions word with «و» («34 ألفاً و473»): below the multiplier, with
    no multiplier of their own."""
    t = S.next_token(pos, end)
    if t is None:
        return None
    if t[2] in T.conjunctions:
        t = S.next_token(t[1], end)
        if t is None or not t[2].isdigit():
            return None
        digits, stop = t[2], t[1]
    elif len(t[2]) > 1 and t[2][0] in T.conjunctions and t[2][1:].isdigit():
        digits, stop = t[2][1:], t[1]
    else:
        return None
    value = int(digits)
    after = S.next_token(stop, end)
    if value >= factor or (after is not None and T.words.get(after[2], ("", 0))[0] in _MULTIPLIERS):
        return None
    return value, stop


def find_quantities(text: str, start: int = 0, end: int | None = None,
                    stream: TokenStream | None = None, lang: str = "ar") -> list[Quantity]:
    """Every count in text[start:end], in order. `stream`: the text's tokens, when a Doc has them already."""
    end = len(text) if end is None else end
    T = _tables(lang)
    S = stream if stream is not None else TokenStream(text, tokenize(text, get_language(lang).clitics))
    out: list[Quantity] = []
    floor = start  # nothing may reach back before the end of the previous quantity
    rtext: str | None = None  # text[start:end] reversed, for looking back: rtext[k] == text[end - 1 - k]
    for c in _candidates(S, start, end, T):
        ms = c.start
        if ms < floor:
            continue
        pre = c.pre
        if c.word is not None and c.word not in T.starters:
            q = _vague(S, c, end, T)
            if q is not None:
                out.append(q)
                floor = q.end
            continue
        if c.word is not None and not pre and T.words[c.word] == ("unit", 10):
            p = S.prev_token(ms, floor)
            if p is not None and T.article and p[2].startswith(T.article) and len(p[2]) > 3:
                continue  # «الثامنة عشرة»، «الحادي عشر»: an ordinal, not ten
        got = _number(S, c, end, T)
        if got is None:
            continue
        value, stop = got
        if rtext is None:
            rtext = text[start:end][::-1]
        if _in_date(text, rtext, ms, pre, stop, value, c.num, floor, end, T):
            floor = stop
            continue
        q_end = stop
        percent = False
        p = T.percent_rx.match(text, stop, end)
        if p is not None:
            percent, q_end = True, p.end()
        qualifier, q_start = "exact", ms + len(pre)
        if pre in ("", T.article):
            b = T.before_rx.match(rtext, end - ms, end - floor)
        elif pre in T.glued_rx:
            b = T.glued_rx[pre].match(rtext, end - ms, end - floor)
        else:
            b = None  # «و20»: the conjunction separates the number from what comes before
        if b is not None:
            qualifier, q_start = T.qualifier[b.lastgroup], end - b.end(b.lastgroup)
        else:
            a = T.after_rx.match(text, q_end, end)
            if a is not None:
                qualifier, q_end = T.qualifier[a.lastgroup], a.end()
        low: int | None = value
        high: int | None = value
        if qualifier == "at_least":
            high = None
        elif qualifier == "more_than":
            low, high = value + 1, None
        elif qualifier == "up_to":
            low = None
        elif qualifier == "less_than":
            qualifier, low, high = "up_to", None, value - 1
        out.append(Quantity(q_start, q_end, low, high, qualifier, value, percent))
        floor = q_end
    return out


def _vague(S: TokenStream, c: _Candidate, end: int, T: _Tables) -> Quantity | None:
    for rest in T.vague[c.word]:
        pos = c.end
        for w in rest:
            t = S.next_token(pos, end)
            if t is None or t[2] != w:
                break
            pos = t[1]
        else:
            t = S.next_token(pos, end)
            if not rest and t is not None and t[2].replace(",", "").isdigit():
                return None  # «some 15 fighters»: the word qualifies the number after it (qualifiers.tsv)
            if not rest and t is not None and t[2] in T.qualifier_tails.get(c.word, ()):
                t2 = S.next_token(t[1], end)
                if t2 is not None and (t2[2].replace(",", "").isdigit() or t2[2] in T.starters):
                    return None  # «as many as 40»: a word of the qualifier phrase before the number
            return Quantity(c.start + len(c.pre), pos, None, None, "vague", None, False)
    return None


def _in_date(text: str, rtext: str, ms: int, pre: str, stop: int, value: int, num: str | None, floor: int,
             end: int, T: _Tables) -> bool:
    """The number belongs to a date: a day before a month («16 من تشرين»، «19 من الشهر الجاري»، «10 إلى 15
    آذار»، «الـ 18 منه»), a day after a weekday or «اليوم» («الخميس الـ 16»), a year («عام 2017»، «نوفمبر
    2017»، «منذ 2011»), or the hours of «خلال الـ 24 ساعة الماضية»."""
    a = T.date_after_rx.match(text, stop, end)
    if a is not None and (a.lastgroup == "hours" or value <= 31):
        return True
    b = T.prev_rx.match(rtext, end - ms, end - floor)
    if b is None:
        return False
    kind = b.lastgroup
    if kind == "year":
        return 1900 <= value <= 2100  # «منذ مطلع العام 2500 مدني»: a count after the year's word
    if kind == "hours":
        return True
    if kind == "month" and T.month_before_day and value <= 31 and num is not None:
        return True  # «November 16», «on September 2»
    if kind == "day":
        return value <= 31 and ((bool(T.article) and pre.endswith(T.article)) or b.group("art") is not None)
    return num is not None and len(num) == 4 and 1900 <= value <= 2100
