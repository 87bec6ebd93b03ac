"""The one tokenizer, and the clitic-aware keys every lexicon match goes through.

Arabic glues conjunctions (و ف), prepositions (ب ل ك) and the article (ال) to the word: «وبالقصف», «للنظام».
A token therefore has several candidate keys, from the whole word to the bare stem; lexicons are keyed by the
bare form of each of their words, so «قوات النظام» matches «لقوات النظام» and «وقوات نظام الأسد» alike. Which
letters are clitics is language data (`language.toml`); a language without clitics has one key per word.

Tokens are words, numbers and «%»; punctuation stays in the text between them, where `Doc.gap` reads it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .language import CliticModel, get_language

# Latin words keep an apostrophe inside them («regime's», «hay'at»): the English keys drop it (see `candidate_keys`)
WORD = re.compile(r"[\u0621-\u064A]+|[0-9]+(?:[.,][0-9]+)*|[a-z]+(?:'[a-z]+)*|%")
ARABIC_CLITICS = get_language("ar").clitics


@dataclass(slots=True)  # not frozen: frozen dataclasses are slow to build, and a report has hundreds of tokens
class Token:
    text: str  # normalised surface form
    start: int  # offsets in the normalised text
    end: int
    index: int
    keys: tuple[tuple[str, int], ...] = ()  # candidate_keys(text), computed once
    key_names: tuple[str, ...] = ()  # the keys alone, for quick lexicon tests

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()


_KEY_CACHES: dict[CliticModel, dict[str, tuple]] = {}


def tokenize(text: str, clitics: CliticModel = ARABIC_CLITICS) -> list[Token]:
    cache = _KEY_CACHES.setdefault(clitics, {})  # word → (keys, key names), per clitic model
    if len(cache) > 200_000:
        cache.clear()
    tokens = []
    for i, m in enumerate(WORD.finditer(text)):
        w = m.group()
        known = cache.get(w)
        if known is None:
            keys = candidate_keys(w, clitics)
            known = cache[w] = (keys, tuple(k for k, _ in keys))
        tokens.append(Token(w, m.start(), m.end(), i, known[0], known[1]))
    return tokens


@lru_cache(maxsize=200_000)
def clitic_readings(word: str, clitics: CliticModel = ARABIC_CLITICS) -> tuple[tuple[str, int], ...]:
    """The word and its readings without a leading conjunction and/or preposition: (stem, letters cut), whole word
    first. Only real prefixes are tried; «لل» is read as ل + ال; a stem keeps at least two letters (three after a
    preposition, but for the short stems), so «بنش» can still be looked up whole."""
    readings: list[tuple[str, int]] = [(word, 0)]
    if len(word) >= 3 and word[0] in clitics.conjunctions:
        readings.append((word[1:], 1))  # «وحي», «فقد»: a two-letter stem is still looked up
    for stem, cut in list(readings):
        if stem[0] in clitics.prepositions and (len(stem) > 3 or stem[1:] in clitics.short_stems):
            if clitics.article_after_lam and stem.startswith(clitics.article_after_lam) and len(stem) > 4:
                readings.append((clitics.article + stem[2:], cut + 1))
            else:
                readings.append((stem[1:], cut + 1))
    return tuple(readings)


@lru_cache(maxsize=200_000)
def candidate_keys(word: str, clitics: CliticModel = ARABIC_CLITICS) -> tuple[tuple[str, int], ...]:
    """Every reading of a word as clitics + stem: (key, number of clitic letters), whole word first; the key is
    the stem without the article."""
    if clitics.possessive:
        return ((_without_apostrophes(word, clitics), 0),)  # a language that glues nothing before its words
    seen: set[str] = set()
    keys: list[tuple[str, int]] = []
    for stem, cut in clitic_readings(word, clitics):
        key = strip_article(stem, clitics)
        if key not in seen:
            seen.add(key)
            keys.append((key, cut))
    return tuple(keys)


def strip_article(word: str, clitics: CliticModel = ARABIC_CLITICS) -> str:
    """Drop the definite article from a normalised word, as matching keys do («النظام» → «نظام»)."""
    article = clitics.article
    if article and word.startswith(article) and len(word) > len(article) + 1:
        return word[len(article):]
    return word


def word_key(word: str, clitics: CliticModel = ARABIC_CLITICS) -> str:
    """The key of a lexicon word: no clitics are assumed, only the article (or the possessive) is dropped."""
    if clitics.possessive:
        return _without_apostrophes(word, clitics)
    return strip_article(word, clitics)


def _without_apostrophes(word: str, clitics: CliticModel) -> str:
    """«regime's» → «regime», «hay'at» → «hayat»: the possessive ending and apostrophes are not part of the key."""
    if word.endswith(clitics.possessive) and len(word) > len(clitics.possessive):
        word = word[:-len(clitics.possessive)]
    return word.replace("'", "")


class TokenStream:
    """The tokens of a text as the number and date grammars read them: words and numbers from the one tokenizer,
    and each punctuation character between them as a token of its own. A line break ends a run.

    Offsets are those of the text; `next_token` and `prev_token` return (start, end, word) or None.
    """

    __slots__ = ("text", "tokens", "_starts", "_by_start")

    def __init__(self, text: str, tokens: list[Token] | None = None):
        self.text = text
        self.tokens = tokenize(text) if tokens is None else tokens
        self._starts = [t.start for t in self.tokens]
        self._by_start = {t.start: t for t in self.tokens}

    def next_token(self, pos: int, end: int) -> tuple[int, int, str] | None:
        text = self.text
        while pos < end and text[pos] in " \t":
            pos += 1
        if pos >= end:
            return None
        tok = self._by_start.get(pos)
        if tok is None:
            k = bisect.bisect_right(self._starts, pos) - 1
            if k >= 0 and self.tokens[k].end > pos:
                tok = self.tokens[k]  # a position inside a word: the rest of it («بين الخميس والسبت» → «السبت»)
            else:
                ch = text[pos]
                return None if ch.isspace() else (pos, pos + 1, ch)
        stop = min(tok.end, end)
        return pos, stop, text[pos:stop]

    def prev_token(self, pos: int, lo: int) -> tuple[int, int, str] | None:
        text = self.text
        while pos > lo and text[pos - 1] in " \t":
            pos -= 1
        if pos <= lo:
            return None
        k = bisect.bisect_left(self._starts, pos) - 1
        if k >= 0 and self.tokens[k].end >= pos and self.tokens[k].start < pos:
            start = max(self.tokens[k].start, lo)
            return start, pos, text[start:pos]
        ch = text[pos - 1]
        return None if ch.isspace() else (pos - 1, pos, ch)

    def between(self, start: int, end: int) -> list[Token]:
        """The tokens lying inside [start, end)."""
        return self.tokens[bisect.bisect_left(self._starts, start):bisect.bisect_left(self._starts, end)]
