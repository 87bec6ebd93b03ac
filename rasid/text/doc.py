"""The document every extraction component reads: original and normalised text, tokens, sentences, clauses."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..records import Evidence
from .normalize import NormText, normalize
from .segment import Span, clauses, sentences
from .tokens import Token, tokenize


@dataclass(slots=True)
class Sentence:
    start: int  # normalised-text offsets
    end: int
    tok_start: int  # token index range
    tok_end: int
    clauses: list[Span] = field(default_factory=list)
    index: int = 0


class SpanIndex:
    """Items with start/end offsets (or char_start/char_end), sorted, for fast «which lie inside [a, b)»."""

    def __init__(self, items, start_attr: str = "start", end_attr: str = "end"):
        self._end_attr = end_attr
        self.items = sorted(items, key=lambda x: getattr(x, start_attr))
        self._starts = [getattr(x, start_attr) for x in self.items]

    def within(self, start: int, end: int) -> list:
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return [x for x in self.items[lo:hi] if getattr(x, self._end_attr) <= end]

    def covering(self, offset: int) -> bool:
        """Does an item start at or before the offset and end after it? (Items do not nest deeply.)"""
        hi = bisect.bisect_right(self._starts, offset)
        return any(getattr(x, self._end_attr) > offset for x in self.items[max(0, hi - 3):hi])


class Doc:
    """A report prepared for extraction; offsets are in the normalised text unless said otherwise."""

    def __init__(self, doc_id: str, original: str):
        self.doc_id = doc_id
        self.norm: NormText = normalize(original)
        self.text: str = self.norm.text
        self.tokens: list[Token] = tokenize(self.text)
        self._starts = [t.start for t in self.tokens]
        self.sentences: list[Sentence] = []
        for i, span in enumerate(sentences(self.text)):
            first, last = self.token_range(span.start, span.end)
            self.sentences.append(Sentence(span.start, span.end, first, last, clauses(self.text, span), i))

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices [first, last) of the tokens lying inside [start, end)."""
        return bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)

    def sentence_of(self, offset: int) -> Sentence:
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return self.sentences[lo]

    def clause_of(self, offset: int) -> Span:
        sentence = self.sentence_of(offset)
        for clause in sentence.clauses:
            if clause.start <= offset < clause.end:
                return clause
        return Span(sentence.start, sentence.end)

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for a normalised span, with offsets and text of the original report."""
        o_start, o_end = self.norm.to_original(start, end)
        return Evidence(o_start, o_end, self.norm.original[o_start:o_end])
