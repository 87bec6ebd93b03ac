"""Lexicons: analyst-editable TSV files of a language folder, matched on clitic-aware word keys.

A lexicon file holds one entry a line, `phrase<TAB>value[<TAB>more columns]`; blank lines and lines starting
with `#` are ignored. Phrases are written as a reader writes them («قوات النظام»); normalisation, clitics and
the article are dealt with here, so an entry never needs its «و»/«ب»/«ال» variants.

`LexiconSet` matches several lexicons in one pass over the tokens: the extraction pipeline reads a report's
actors, triggers, cues, casualty words and place words with one walk of one trie.
"""
from __future__ import annotations

from importlib import resources
from typing import Any, Iterable, NamedTuple, Sequence

from .language import CliticModel, extra_rows, get_language, parse_tsv  # noqa: F401 (parse_tsv: part of this module's API)
from .normalize import normalize_word
from .tokens import ARABIC_CLITICS, WORD, Token, word_key

_END = "\x00"
_GAP = "\x01"  # on the node after a verb phrase's first word: how many words may stand before the rest


class Match(NamedTuple):
    """An entry found in a text. A named tuple: immutable, and a report makes thousands (a frozen dataclass costs
    about four times as much to build)."""

    start: int  # token index of the first word
    end: int  # token index after the last word
    char_start: int  # normalised-text offset of the stem (clitics excluded)
    char_end: int
    value: Any
    phrase: str
    extra: tuple[str, ...] = ()  # the entry's further columns


class Lexicon:
    """A phrase trie over word keys: longest match wins, matches do not overlap."""

    def __init__(self, entries: Iterable[tuple[str, Any]] = (), clitics: CliticModel = ARABIC_CLITICS):
        self._root: dict = {}
        self._first = self._root.keys()  # a live view: the words an entry can start with
        self.clitics = clitics
        self.size = 0
        for entry in entries:
            self.add(*entry)

    def add(self, phrase: str, value: Any, extra: tuple[str, ...] = (), gap: int = 0) -> None:
        """`gap`: how many words may stand between the phrase's first word and the rest (a verb's subject before
        its object in a verb-first language: «ارتكبت قوات النظام مجزرة» for «ارتكب~ مجزرة»)."""
        words = [word_key(w, self.clitics) for w in WORD.findall(normalize_word(phrase))]
        if self.clitics.particles and not set(words) <= self.clitics.particles:
            words = [w for w in words if w not in self.clitics.particles]  # «Deir ez-Zor» is keyed «deir zor»
        if not words:
            return
        node = self._root
        for k, w in enumerate(words):
            node = node.setdefault(w, {})
            if k == 0 and gap and len(words) > 1:
                node[_GAP] = max(gap, node.get(_GAP, 0))
        if _END not in node:
            self.size += 1
        node[_END] = (value, phrase, extra)

    def words(self) -> set[str]:
        """Every word key of its entries, wherever it stands in them."""
        out: set[str] = set()
        nodes = [self._root]
        while nodes:
            node = nodes.pop()
            for key, nxt in node.items():
                if key not in (_END, _GAP):
                    out.add(key)
                    nodes.append(nxt)
        return out

    @property
    def first_words(self):
        """The word keys an entry can start with (a live view), for loops that test every token inline."""
        return self._first

    def starts(self, token: Token) -> bool:
        """Can an entry start with this word? A cheap test before match_at."""
        return not self._first.isdisjoint(token.key_names)

    def match_at(self, tokens: Sequence[Token], i: int, limit: int | None = None) -> Match | None:
        """The longest entry starting at token i (whatever clitics each word carries)."""
        limit = len(tokens) if limit is None else limit
        best: Match | None = None
        particles = self.clitics.particles
        gapped: list[tuple[dict, int]] | None = None  # verb phrases whose verb alone matched nothing: (node, cut)
        for key, cut in tokens[i].keys:
            node = self._root.get(key)
            if node is not None:
                found = _longest(tokens, i, cut, node, i + 1, limit, None, particles)
                if found is None and _GAP in node:
                    gapped = (gapped or []) + [(node, cut)]
                best = found if best is None or (found is not None and found.end > best.end) else best
        if best is None and gapped:
            for node, cut in gapped:
                best = self._across_subject(tokens, i, cut, node, limit)
                if best is not None:
                    break
        return best

    def _across_subject(self, tokens: Sequence[Token], i: int, cut: int, node: dict, limit: int) -> Match | None:
        """A verb phrase whose rest follows a few words later, in the same stretch of words (no punctuation
        between): the verb's subject («ارتكبت [قوات النظام] مجزرة», «عثر [الأهالي] على جثة»). Not when the
        object's words begin a longer entry of their own («فجر التنظيم منزلا مفخخا»: a booby-trapped house, not a
        house blown up)."""
        for k in range(i + 1, min(limit, i + 1 + node[_GAP])):
            rest = k + 1
            if tokens[k].start - tokens[k - 1].end > 1 or rest >= limit or tokens[rest].start - tokens[k].end > 1:
                return None  # punctuation or a line between: the phrase does not go on past it
            found = None
            for key in tokens[rest].key_names:
                nxt = node.get(key)
                if nxt is not None:
                    found = _longest(tokens, i, cut, nxt, rest + 1, limit, found, self.clitics.particles)
            if found is not None:
                other = self.match_at(tokens, rest, limit)
                return None if other is not None and other.end > found.end else found
        return None

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


def _longest(tokens: Sequence[Token], i: int, cut: int, node: dict, j: int, limit: int,
             best: Match | None, particles: frozenset[str] = frozenset()) -> Match | None:
    """Walk the trie from `node` (the entry words up to token j): the longest entry found, or `best`. A particle
    of the language («al», «the») inside a phrase may be skipped («Deir ez-Zor» for the entry «Deir Zor»)."""
    if _END in node:
        if best is None or j > best.end:
            value, phrase, extra = node[_END]
            best = Match(i, j, tokens[i].start + cut, tokens[j - 1].end, value, phrase, extra)
        if len(node) == 1:
            return best  # (an entry no longer one goes on from: most entries are one word)
    if j < limit:
        for key in tokens[j].key_names:
            nxt = node.get(key)
            if nxt is not None:
                best = _longest(tokens, i, cut, nxt, j + 1, limit, best, particles)
            elif key in particles and j + 1 < limit:
                for after in tokens[j + 1].key_names:  # the word after the particle must go on with the phrase
                    nxt = node.get(after)
                    if nxt is not None:
                        best = _longest(tokens, i, cut, nxt, j + 2, limit, best, particles)
    return best


class LexiconSet:
    """Several named lexicons matched in one pass: each keeps its own longest-match, non-overlapping reading."""

    def __init__(self, lexicons: dict[str, Lexicon], yielding: dict[str, frozenset] | None = None):
        self.lexicons = lexicons
        # per lexicon, the values of generic entries («@STATE»: «عناصر الجيش») that give way to a named entry starting
        # inside them and reaching further («عناصر الجيش الحر», «جنود الجيش التركي»): the longer name says whose men
        self.yielding = yielding or {}
        # a word's keys → the lexicons an entry of which starts with one of them (most words: none); a report's
        # words repeat, and so do those of the next report, so each set of keys is looked up once
        self._starting: dict[tuple[str, ...], tuple[tuple[str, Lexicon], ...]] = {}
        self._sizes = -1  # the lexicons' entries when _starting was filled (an entry added empties it)

    def find_all(self, tokens: Sequence[Token]) -> tuple[dict[str, list[Match]], dict[str, frozenset[int]]]:
        """Matches per lexicon, and per lexicon the token indices where any of its entries starts."""
        found: dict[str, list[Match]] = {name: [] for name in self.lexicons}
        starts: dict[str, set[int]] = {name: set() for name in self.lexicons}
        resume = {name: 0 for name in self.lexicons}  # a lexicon's matches do not overlap
        starting = self._starting_lexicons()
        for i, token in enumerate(tokens):
            lexicons = starting.get(token.key_names)
            if lexicons is None:
                lexicons = starting[token.key_names] = tuple(
                    (name, lex) for name, lex in self.lexicons.items() if not lex._first.isdisjoint(token.key_names))
            for name, lex in lexicons:
                m = lex.match_at(tokens, i)
                if m is None:
                    continue
                starts[name].add(i)
                if m.value in self.yielding.get(name, ()):
                    m = self._outreached(lex, tokens, m)
                if i >= resume[name]:
                    found[name].append(m)
                    resume[name] = m.end
        return found, {name: frozenset(s) for name, s in starts.items()}

    def _starting_lexicons(self) -> dict[tuple[str, ...], tuple[tuple[str, Lexicon], ...]]:
        sizes = sum(lex.size for lex in self.lexicons.values())
        if sizes != self._sizes or len(self._starting) > 200_000:
            self._starting.clear()
            self._sizes = sizes
        return self._starting

    @staticmethod
    def _outreached(lex: Lexicon, tokens: Sequence[Token], m: Match) -> Match:
        """A generic match that a named entry starting inside it outreaches takes that entry's value and end,
        keeping its own start («عناصر [الجيش الحر]»: the men and their army, one mention)."""
        for k in range(m.start + 1, m.end):
            inner = lex.match_at(tokens, k)
            if inner is not None and inner.end > m.end and not str(inner.value).startswith("@"):
                return Match(m.start, inner.end, m.char_start, inner.char_end, inner.value, inner.phrase, inner.extra)
        return m


def read_tsv(name: str, lang: str = "ar") -> list[list[str]]:
    """Rows of a data file: a language file (rasid/data/lang/<lang>/) or, failing that, a language-neutral one
    (rasid/data/lexicons/), plus the rows of the same name in $RASID_LEXICONS."""
    language = get_language(lang)
    if language.has_file(name):
        return language.read_tsv(name)
    return parse_tsv(resources.files("rasid.data.lexicons").joinpath(name).read_text(encoding="utf-8")) + \
        extra_rows(lang, name)


def lexicon_from_rows(rows: Iterable[list[str]], clitics: CliticModel = ARABIC_CLITICS,
                      gapped: frozenset[str] = frozenset(), gap: int = 0) -> Lexicon:
    """A lexicon of TSV rows: phrase, value (the phrase itself when absent), further columns as `extra`. The
    phrases in `gapped` (verb phrases) may have up to `gap` words after their first word."""
    lex = Lexicon(clitics=clitics)
    for r in rows:
        lex.add(r[0], r[1] if len(r) > 1 else r[0], tuple(r[2:]), gap if r[0] in gapped else 0)
    return lex


def load(name: str, lang: str = "ar") -> Lexicon:
    """A lexicon file of a language as a Lexicon (cached by the language)."""
    return get_language(lang).lexicon(name)
