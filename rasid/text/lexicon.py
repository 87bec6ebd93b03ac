"""Lexicons: analyst-editable TSV files under rasid/data/lexicons, matched on clitic-aware word keys.

A lexicon file holds one entry a line, `phrase<TAB>value[<TAB>more columns]`; blank lines and lines starting
with `#` are ignored. Phrases are written as a reader writes them («قوات النظام»); normalisation, clitics and
the article are dealt with here, so an entry never needs its «و»/«ب»/«ال» variants.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Sequence

from .normalize import normalize_word
from .tokens import WORD, Token, word_key

_END = "\x00"
LEXICON_DIR_ENV = "RASID_LEXICONS"  # a folder whose files are read in addition to the built-in ones


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # token index of the first word
    end: int  # token index after the last word
    char_start: int  # normalised-text offset of the stem (clitics excluded)
    char_end: int
    value: Any
    phrase: str


class Lexicon:
    """A phrase trie over word keys: longest match wins, matches do not overlap."""

    def __init__(self, entries: Iterable[tuple[str, Any]] = ()):
        self._root: dict = {}
        self._first = self._root.keys()  # a live view: the words an entry can start with
        self.size = 0
        for phrase, value in entries:
            self.add(phrase, value)

    def add(self, phrase: str, value: Any) -> None:
        words = [word_key(w) for w in WORD.findall(normalize_word(phrase))]
        if not words:
            return
        node = self._root
        for w in words:
            node = node.setdefault(w, {})
        if _END not in node:
            self.size += 1
        node[_END] = (value, phrase)

    def starts(self, token: Token) -> bool:
        """Can an entry start with this word? A cheap test before match_at."""
        return not self._first.isdisjoint(token.key_names)

    def match_at(self, tokens: Sequence[Token], i: int, limit: int | None = None) -> Match | None:
        """The longest entry starting at token i (whatever clitics the first word carries)."""
        limit = len(tokens) if limit is None else limit
        best: Match | None = None
        root = self._root
        for key, cut in tokens[i].keys:
            node = root.get(key)
            if node is None:
                continue
            j = i + 1
            while True:
                if _END in node and (best is None or j > best.end):
                    value, phrase = node[_END]
                    best = Match(i, j, tokens[i].start + cut, tokens[j - 1].end, value, phrase)
                if j >= limit:
                    break
                nxt = None
                for k2, _ in tokens[j].keys:
                    nxt = node.get(k2)
                    if nxt is not None:
                        break
                if nxt is None:
                    break
                node = nxt
                j += 1
        return best

    def find(self, tokens: Sequence[Token], start: int = 0, end: int | None = None) -> list[Match]:
        end = len(tokens) if end is None else end
        out: list[Match] = []
        first = self._first
        i = start
        while i < end:
            if first.isdisjoint(tokens[i].key_names):
                i += 1  # the common case: no entry starts with this word
                continue
            m = self.match_at(tokens, i, end)
            if m is None:
                i += 1
            else:
                out.append(m)
                i = m.end
        return out


def read_tsv(name: str) -> list[list[str]]:
    """Rows of a built-in lexicon file plus those of the same name in $RASID_LEXICONS, if set."""
    rows = _parse_tsv(resources.files("rasid.data.lexicons").joinpath(name).read_text(encoding="utf-8"))
    extra_dir = os.environ.get(LEXICON_DIR_ENV)
    if extra_dir and os.path.isfile(os.path.join(extra_dir, name)):
        with open(os.path.join(extra_dir, name), encoding="utf-8") as fh:
            rows.extend(_parse_tsv(fh.read()))
    return rows


def _parse_tsv(content: str) -> list[list[str]]:
    rows = []
    for line in content.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@lru_cache(maxsize=None)
def load(name: str) -> Lexicon:
    """A two-column lexicon file (phrase, value) as a Lexicon; later columns are ignored."""
    return Lexicon((row[0], row[1] if len(row) > 1 else row[0]) for row in read_tsv(name))
