"""The document every extraction component reads and adds to, as in spaCy.

A `Doc` starts with the text layer (original and normalised text, tokens, sentences and clauses); each component
of the extraction pipeline adds one or more layers (lexicon matches, quantities, dates, actors, places, event
frames, casualties, control, event records). `Doc.layers` tells which are there; a component reads only the
layers it declares, so that any one of them can be replaced without touching the others.
"""
from __future__ import annotations

import bisect
import re
import time
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Iterator

from ..records import Evidence
from .language import Language, get_language
from .normalize import NormText, normalize
from .segment import Span, clauses, sentences
from .tokens import Token, TokenStream, tokenize

if TYPE_CHECKING:  # the layers' record types belong to the stages that make them
    from ..extraction.frames import Frame
    from ..geo.places import PlaceMention
    from ..records import Casualty, Control, Event
    from .dates import DateMention
    from .lexicon import Match
    from .numbers import Quantity


MAX_SENTENCE_TOKENS = 300  # longer sentences are read in pieces (see Doc._bounded)
MAX_CLAUSE_TOKENS = 120


_CREDIT = re.compile(r"\(([^()\n]{1,40})\)\s*$")  # a bracketed credit closing a line
_YEAR_END = re.compile(r"(?:19|20)[0-9][0-9][\s.,،-]*$")  # a date's year right before it
_CAPTION_LENGTH = 250  # captions are one short sentence; a paragraph is longer
_CAPTION_LINES = 12  # how far under the title a caption may stand
_HEADLINE_LINES = 3  # a title, a subtitle and a standfirst at the most; the body starts by the fourth line
_HEADLINE_LENGTH = 160  # a title fits in 160 characters; a longer line is a paragraph of the body


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Where each line of the text starts and ends, one after the other."""
    start = 0
    while (end := text.find("\n", start)) >= 0:
        yield start, end
        start = end + 1
    yield start, len(text)


class ExtractionTimeout(RuntimeError):
    """A report took longer than its time budget; the run reports it and goes on with the next one."""


@dataclass(slots=True)
class Sentence:
    start: int  # normalised-text offsets
    end: int
    tok_start: int  # token index range
    tok_end: int
    clauses: list[Span] = field(default_factory=list)
    index: int = 0
    aside: bool = False  # on a «read also» line: another report's title, not this report's statement


class SpanIndex:
    """Items with start/end offsets (or char_start/char_end), sorted, for fast «which lie inside [a, b)». The
    offsets are read when the index is built: an item moved afterwards needs a new index."""

    def __init__(self, items, start_attr: str = "start", end_attr: str = "end"):
        start_of = attrgetter(start_attr)
        self.items = sorted(items, key=start_of)
        self._starts = list(map(start_of, self.items))
        self._ends = list(map(attrgetter(end_attr), self.items))  # (read once: `within` is asked thousands of times)

    def within(self, start: int, end: int) -> list:
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end, lo)
        if lo == hi:
            return []  # (most questions: nothing there)
        items, ends = self.items, self._ends
        return [items[k] for k in range(lo, hi) if ends[k] <= end]

    def holding(self, start: int, end: int, pad: int) -> list:
        """The items that hold [start, end) and lie within pad characters of it: only those starting in
        [start - pad, start] are looked at."""
        lo = bisect.bisect_left(self._starts, start - pad)
        hi = bisect.bisect_right(self._starts, start, lo)
        if lo == hi:
            return []
        items, ends, last = self.items, self._ends, end + pad
        return [items[k] for k in range(lo, hi) if end <= ends[k] <= last]

    def starting_in(self, start: int, end: int) -> list:
        """The items that start inside [start, end), wherever they end."""
        return self.items[bisect.bisect_left(self._starts, start):bisect.bisect_left(self._starts, end)]

    def starts_in(self, start: int, end: int) -> bool:
        """Does an item start inside [start, end)? (A bisection: no list is built.)"""
        k = bisect.bisect_left(self._starts, start)
        return k < len(self._starts) and self._starts[k] < end

    def covering(self, offset: int) -> bool:
        """Does an item start at or before the offset and end after it? (Items do not nest deeply.)"""
        hi = bisect.bisect_right(self._starts, offset)
        return any(e > offset for e in self._ends[max(0, hi - 3):hi])


class Doc:
    """A report prepared for extraction; offsets are in the normalised text unless said otherwise."""

    def __init__(self, doc_id: str, original: str, lang: Language | str = "ar", time_budget: float | None = None):
        self.doc_id = doc_id
        self.lang: Language = get_language(lang) if isinstance(lang, str) else lang
        self.time_budget = time_budget  # seconds; extraction gives up (ExtractionTimeout) after them
        self.deadline = time.monotonic() + time_budget if time_budget else None
        self.norm: NormText = normalize(original)
        self.text: str = self.norm.text
        self.tokens: list[Token] = tokenize(self.text, self.lang.clitics)
        self.stream = TokenStream(self.text, self.tokens)
        self._starts = [t.start for t in self.tokens]
        self.sentences: list[Sentence] = []
        cuts, kept_after = self.lang.phrases("clause_opener"), self.lang.phrases("opener_object")
        for span in sentences(self.text, self.lang.words("abbreviation")):
            for piece, piece_clauses in self._bounded(span, clauses(self.text, span, cuts, kept_after)):
                first, last = self.token_range(piece.start, piece.end)
                self.sentences.append(Sentence(piece.start, piece.end, first, last, piece_clauses, len(self.sentences)))
        self._sentence_starts = [s.start for s in self.sentences]  # (sentence_of, clause_of: bisections)
        self._clause_starts: dict[int, list[int]] = {}  # sentence index → its clauses' starts, read once
        self._mark_asides()
        self._mark_captions()
        # Layers, set by the pipeline's components (see rasid/extraction/pipeline.py).
        self.layers: set[str] = {"tokens", "sentences"}
        self.given_report_date: date | None = None  # a date the caller knows the report by (it wins)
        self.report_date: date | None = None
        self.matches: dict[str, list[Match]] = {}  # lexicon name → matches, in text order
        self.match_starts: dict[str, frozenset[int]] = {}  # lexicon name → token indices where an entry starts
        self.quantities: list[Quantity] = []
        self.dates: list[DateMention] = []
        self.actors: list = []  # ActorMention (rasid.extraction.actors)
        self.places: list[PlaceMention] = []
        self.frames: list[Frame] = []
        self.casualties: list[Casualty] = []
        self.retold_casualties: list[Casualty] = []  # counts left out of `casualties` as told again
        self.control: list[Control] = []
        self.events: list[Event] = []
        self.unresolved_places: list[str] = []
        self.user_data: dict[str, Any] = {}  # for components added by users; Rasid's own never read it

    def _mark_asides(self) -> None:
        """«اقرأ أيضاً: …», «Read also: …»: the rest of a line opened by a link word (words.tsv, role see_also) is the
        title of another report; its events and counts are not this report's."""
        lowered = self.text.lower()
        openers = [o for o in self.lang.phrases("see_also") if o in lowered]
        if not openers:
            return  # (the common case: one scan of the text per link word)
        opened: list[int] = []  # where the lines opened by a link word start
        for o in openers:
            at = lowered.find(o)
            while at >= 0:
                line_start = lowered.rfind("\n", 0, at) + 1
                if not lowered[line_start:at].strip(" \t\"'-–•*"):  # (after a bullet or a quote mark too)
                    opened.append(line_start)
                at = lowered.find(o, at + 1)
        starts = [s.start for s in self.sentences]
        for line_start in opened:
            line_end = self.text.find("\n", line_start)
            self._set_aside(starts, line_start, len(self.text) if line_end < 0 else line_end)

    def _set_aside(self, starts: list[int], start: int, end: int) -> None:
        """The sentences starting in [start, end) (`starts`: the sentences' starts) are asides."""
        for s in self.sentences[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]:
            s.aside = True

    def _mark_captions(self) -> None:
        """«مقاتلون في مدينة حمص (أ.ف.ب)», «… - 16 تشرين الأول 2019 (X)»: a photo's caption tells what a picture
        shows, not what the report states. A caption is a short line ending with a credit in brackets: a news agency
        or photo word (words.tsv, photo_credit), or anything bracketed right after a date with its year; a line that
        is only a credit («(afp_tickers)») makes the line above it the caption."""
        credits = self.lang.phrases("photo_credit")
        if not credits:
            return
        text, starts = self.text, [s.start for s in self.sentences]
        previous = None  # the last line with words on it
        seen = 0  # the lines with words read so far: captions sit under the title, before the body runs on
        for start, end in _lines(text):  # (the first lines only: not the whole text split)
            line = text[start:end].strip()
            if not line:
                continue
            seen += 1
            if seen > _CAPTION_LINES:
                break
            ending = _CREDIT.search(line)
            if ending is not None:
                inner = ending.group(1).strip().lower()
                credited = any(inner == c or inner.startswith((c + " ", c + ":", c + "_", c + "-")) for c in credits)
                dated = _YEAR_END.search(line[:ending.start()]) is not None
                caption = None
                if ending.start() == 0 and credited:
                    above = text[previous[0]:previous[1]].strip() if previous else ""
                    if above and len(above) <= _CAPTION_LENGTH and not above.endswith((".", "!", "?", "؟")):
                        caption = previous  # «(afp_tickers)» under the caption (a paragraph's full stop ends a
                        # story, whose credit then follows it)
                elif (credited or dated) and len(line) <= _CAPTION_LENGTH:
                    caption = (start, end)
                if caption is not None:
                    self._set_aside(starts, *caption)
            previous = (start, end)

    def _bounded(self, sentence: Span, parts: list[Span]) -> list[tuple[Span, list[Span]]]:
        """A sentence of at most MAX_SENTENCE_TOKENS words, in clauses of at most MAX_CLAUSE_TOKENS: a longer one
        (a run-on page, a table, hostile input) is read as consecutive pieces cut at clause boundaries, and a longer
        clause at word boundaries. Real reports' sentences are far shorter; the cap keeps the work per word bounded,
        so that extraction time grows linearly with the text."""
        bounded: list[Span] = []
        for c in parts:
            first, last = self.token_range(c.start, c.end)
            while last - first > MAX_CLAUSE_TOKENS:
                cut = self.tokens[first + MAX_CLAUSE_TOKENS].start
                bounded.append(Span(c.start, self.tokens[first + MAX_CLAUSE_TOKENS - 1].end))
                c, first = Span(cut, c.end), first + MAX_CLAUSE_TOKENS
            bounded.append(c)
        first, last = self.token_range(sentence.start, sentence.end)
        if last - first <= MAX_SENTENCE_TOKENS:
            return [(sentence, bounded)]
        pieces: list[tuple[Span, list[Span]]] = []
        current: list[Span] = []
        size = 0
        for c in bounded:
            n = len(range(*self.token_range(c.start, c.end)))
            if current and size + n > MAX_SENTENCE_TOKENS:
                pieces.append((Span(current[0].start, current[-1].end), current))
                current, size = [], 0
            current.append(c)
            size += n
        if current:
            pieces.append((Span(current[0].start, current[-1].end), current))
        return pieces

    def check_deadline(self) -> None:
        """Raise ExtractionTimeout once the report's time budget is spent (components call it in long loops)."""
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise ExtractionTimeout(f"extraction took longer than the time budget of {self.time_budget:g} s")

    def headline_end(self) -> int:
        """The index of the first sentence of the body: the title and standfirst are the short lines before it that
        end with no full stop (at most _HEADLINE_LINES). The casualty reader has a rule of its own for the title's
        tolls (CasualtyReader._headline_sentences: any number of short lines, a colon ends them); this one caps the
        title so that a report written in short lines still has a body for events and actors to read."""
        for s in self.sentences[:_HEADLINE_LINES]:
            line = self.text[s.start:s.end]
            if len(line) > _HEADLINE_LENGTH or line.rstrip().endswith((".", "!", "?", "؟")) \
                    or s.index == len(self.sentences) - 1:
                return s.index
        return min(_HEADLINE_LINES, len(self.sentences))

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices [first, last) of the tokens lying inside [start, end)."""
        return bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)

    def gap(self, i: int) -> str:
        """The text between token i - 1 and token i (spaces and punctuation)."""
        return self.text[self.tokens[i - 1].end if i > 0 else 0:self.tokens[i].start]

    def sentence_of(self, offset: int) -> Sentence:
        """The last sentence starting at or before the offset (the first one for an offset before them all)."""
        k = bisect.bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[k if k > 0 else 0]

    def clause_of(self, offset: int) -> Span:
        sentence = self.sentence_of(offset)
        starts = self._clause_starts.get(sentence.index)
        if starts is None:
            starts = self._clause_starts[sentence.index] = [c.start for c in sentence.clauses]
        k = bisect.bisect_right(starts, offset) - 1
        if k >= 0 and offset < sentence.clauses[k].end:
            return sentence.clauses[k]
        return Span(sentence.start, sentence.end)

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for a normalised span, with offsets and text of the original report."""
        o_start, o_end = self.norm.to_original(start, end)
        return Evidence(o_start, o_end, self.norm.original[o_start:o_end])
