"""Tokens and the clitic-aware keys every lexicon match goes through.

Arabic glues conjunctions (و ف), prepositions (ب ل ك) and the article (ال) to the word: «وبالقصف», «للنظام».
A token therefore has several candidate keys, from the whole word to the bare stem; lexicons are keyed by the
bare form of each of their words, so «قوات النظام» matches «لقوات النظام» and «وقوات نظام الأسد» alike.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .normalize import strip_article

WORD = re.compile(r"[\u0621-\u064A]+|[0-9]+(?:[.,][0-9]+)*|[a-z]+|%")
CONJUNCTIONS = "وف"
# Two-letter words that take a preposition: «بحي». Others are not cut («كلم» is not ك + لم).
SHORT_STEMS = frozenset({"حي"})
PREPOSITIONS = "بلك"


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


def tokenize(text: str) -> list[Token]:
    tokens = []
    for i, m in enumerate(WORD.finditer(text)):
        w = m.group()
        keys, names = _keys_and_names(w)
        tokens.append(Token(w, m.start(), m.end(), i, keys, names))
    return tokens


@lru_cache(maxsize=200_000)
def _keys_and_names(word: str) -> tuple[tuple[tuple[str, int], ...], tuple[str, ...]]:
    keys = candidate_keys(word)
    return keys, tuple(k for k, _ in keys)


@lru_cache(maxsize=200_000)
def candidate_keys(word: str) -> tuple[tuple[str, int], ...]:
    """Every reading of a word as clitics + stem: (key, number of clitic letters), whole word first.

    The key is the stem without the article. Only real prefixes are tried (و/ف, then ب/ل/ك, with «لل» read as
    ل + ال), and a stem keeps at least two letters, so «بنش» can still be looked up whole.
    """
    readings: list[tuple[str, int]] = [(word, 0)]
    if len(word) >= 3 and word[0] in CONJUNCTIONS:
        readings.append((word[1:], 1))  # «وحي», «فقد»: a two-letter stem is still looked up
    for stem, cut in list(readings):
        if stem[0] in PREPOSITIONS and (len(stem) > 3 or stem[1:] in SHORT_STEMS):
            if stem.startswith("لل") and len(stem) > 4:
                readings.append(("ال" + stem[2:], cut + 1))
            else:
                readings.append((stem[1:], cut + 1))
    seen: set[str] = set()
    keys: list[tuple[str, int]] = []
    for stem, cut in readings:
        key = strip_article(stem)
        if key not in seen:
            seen.add(key)
            keys.append((key, cut))
    return tuple(keys)


def word_key(word: str) -> str:
    """The key of a lexicon word: no clitics are assumed, only the article is dropped."""
    return strip_article(word)
