"""Sentence and clause splitting on the normalised text."""
from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at a line break, or at . ! ? ؟ followed by a space or the end (not inside 3.5 or «مقـ.ـتل»).
_SENTENCE_END = re.compile(r"\n+|(?<=[.!?؟])(?=\s|$)|:{2,}")
# Inside a sentence, clauses are cut at commas and semicolons and before linking words that open a new
# statement. The word itself stays with the clause it opens.
_CLAUSE_CUT = re.compile(
    r"[،,;؛]|(?=\s(?:و?فيما|في حين|بينما|كما|و?كذلك|و?وسط|حيث|اضافه الى|بالاضافه الى|ما ادى|مما ادى|ما اسفر|مما اسفر)\s)"
)


@dataclass(frozen=True, slots=True)
class Span:
    start: int  # offsets in the normalised text
    end: int


def _split(text: str, start: int, end: int, pattern: re.Pattern) -> list[Span]:
    spans: list[Span] = []
    pos = start
    for m in pattern.finditer(text, start, end):
        if m.start() > pos and text[pos:m.start()].strip():
            spans.append(_trim(text, pos, m.start()))
        pos = max(pos, m.end())
    if pos < end and text[pos:end].strip():
        spans.append(_trim(text, pos, end))
    return spans


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def sentences(text: str) -> list[Span]:
    return _split(text, 0, len(text), _SENTENCE_END)


def clauses(text: str, sentence: Span) -> list[Span]:
    return _split(text, sentence.start, sentence.end, _CLAUSE_CUT)
