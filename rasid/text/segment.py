"""Sentence and clause splitting on the normalised text."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

# A sentence ends at a line break, or at . ! ? ؟ followed by a space or the end (not inside 3.5 or «مقـ.ـتل»).
# (The pattern opens with the character every end starts with, the alternatives looked at after it: the regex engine
# then skips to the next such character instead of trying each alternative at every character of the report. A
# stop mark it matches ends its sentence: the cut is right after it, see `_sentence_cuts`.)
_SENTENCE_END = re.compile(r"[\n.!?؟:](?:(?<=\n)\n*|(?<=[.!?؟])(?=\s|$)|(?<=:):+)")
_STOP_MARKS = frozenset(".!?؟")
_CLAUSE_MARKS = "،,;؛"  # the marks that cut a sentence into clauses


@lru_cache(maxsize=8)
def _clause_cut(openers: tuple[str, ...], kept_after: tuple[str, ...] = ()) -> re.Pattern:
    """Inside a sentence, clauses are cut at commas and semicolons and before the language's words that open a new
    statement (words.tsv, role clause_opener). The word itself stays with the clause it opens; after a preposition
    (words.tsv, opener_object) it is a noun and opens nothing («في وسط العاصمة» is «in the middle of the capital»)."""
    words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(openers, key=len, reverse=True))
    if not words:
        return re.compile(f"[{_CLAUSE_MARKS}]")
    # (the pattern opens with a mark or the space before an opener, the rest looked at after it: the regex engine skips
    # to the next such character instead of trying the alternatives at every character; the cut before an opener is
    # put at its space, see `clauses`. The look-ahead before the look-behinds: at most spaces no opener follows, and
    # it fails at once.)
    behind = "".join(rf"(?<!\s{re.escape(w)}\s)(?<!^{re.escape(w)}\s)" for w in kept_after if w and " " not in w)
    return re.compile(rf"[{_CLAUSE_MARKS}\s](?:(?<=[{_CLAUSE_MARKS}])|(?<=\s)(?=(?:{words})\s){behind})")


@dataclass(frozen=True, slots=True)
class Span:
    start: int  # offsets in the normalised text
    end: int


def _split(text: str, start: int, end: int, cuts: Iterable[tuple[int, int]]) -> list[Span]:
    """The spans of text between the cuts (start, end of each, in order) within [start, end)."""
    spans: list[Span] = []
    pos = start
    for cut_start, cut_end in cuts:
        if cut_start > pos and text[pos:cut_start].strip():
            spans.append(_trim(text, pos, cut_start))
        pos = max(pos, cut_end)
    if pos < end and text[pos:end].strip():
        spans.append(_trim(text, pos, end))
    return spans


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def sentences(text: str, abbreviations: frozenset[str] = frozenset()) -> list[Span]:
    """The sentences of the text; a full stop that ends one of the language's abbreviations (words.tsv, role
    abbreviation: «U.S. forces», «Aug. 22», «Gen. Ali») ends no sentence, unless a line break follows it."""
    spans = _split(text, 0, len(text), _sentence_cuts(text))
    if not abbreviations or len(spans) < 2:
        return spans
    out = [spans[0]]
    for before, span in zip(spans, spans[1:]):
        # (the last word of the sentence so far is the last of the span before: read there, not in the whole
        # sentence merged so far, which a run of abbreviations on one line would make quadratic)
        last_word = text[before.start:before.end].rsplit(None, 1)[-1]
        if last_word in abbreviations and "\n" not in text[before.end:span.start]:
            out[-1] = Span(out[-1].start, span.end)
        else:
            out.append(span)
    return out


def clauses(text: str, sentence: Span, openers: tuple[str, ...] | None = None,
            kept_after: tuple[str, ...] = ()) -> list[Span]:
    if openers is None:
        from .language import get_language

        arabic = get_language("ar")
        openers, kept_after = arabic.phrases("clause_opener"), arabic.phrases("opener_object")
    cut = _clause_cut(tuple(openers), tuple(kept_after))
    return _split(text, sentence.start, sentence.end,
                  (m.span() if text[m.start()] in _CLAUSE_MARKS else (m.start(), m.start())  # (before an opener)
                   for m in cut.finditer(text, sentence.start, sentence.end)))


def _sentence_cuts(text: str) -> Iterator[tuple[int, int]]:
    """Where sentences end: a run of line breaks, a run of colons, or the point right after a stop mark."""
    for m in _SENTENCE_END.finditer(text):
        yield (m.end(), m.end()) if text[m.start()] in _STOP_MARKS else m.span()
