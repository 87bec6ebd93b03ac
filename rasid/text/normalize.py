"""Arabic normalisation that remembers where every character came from.

Matching runs on a normalised copy of the report (one letter form per sound, no diacritics, ASCII digits,
straight quotes, broken words mended), while evidence must point into the text the reader has. `NormText`
keeps both and maps spans of the copy back to the original.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# One character in, one character out: these never move offsets.
_ONE_TO_ONE = {
    **{0x0660 + d: str(d) for d in range(10)},  # Arabic-Indic digits
    **{0x06F0 + d: str(d) for d in range(10)},  # Persian digits
    **{ord(c): "ا" for c in "أإآٱ"},
    ord("ى"): "ي",
    ord("ة"): "ه",
    ord("ؤ"): "و",
    ord("ئ"): "ي",
    ord("ک"): "ك",
    ord("ی"): "ي",
    # Persian and Kurdish letters in Arabic reports («گري سبي», «ڤيان», «چيل آغا»): the Arabic letter nearest them
    ord("گ"): "ك",
    ord("ڤ"): "ف",
    ord("پ"): "ب",
    ord("چ"): "ج",
    ord("ژ"): "ز",
    **{ord(c): '"' for c in "“”«»„‟″"},
    **{ord(c): "'" for c in "‘’‚‛`´"},
    ord("٪"): "%",
    ord("٫"): ".",
    ord("٬"): ",",
    ord("\u00a0"): " ",
    ord("\u2009"): " ",
    ord("\u202f"): " ",
    ord("–"): "-",
    ord("—"): "-",
    ord("−"): "-",
    **{ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
    # Latin letters with accents, as transliterations write them («Kobanî», «Raqqaé»): the letter without them
    **{ord(c): base for base, letters in (("a", "àáâãäåÀÁÂÃÄÅ"), ("e", "èéêëÈÉÊË"), ("i", "ìíîïÌÍÎÏ"), ("o", "òóôõöÒÓÔÕÖ"),
                                          ("u", "ùúûüÙÚÛÜ"), ("c", "çÇ"), ("n", "ñÑ"), ("y", "ýÿÝ"))
       for c in letters},
}
# (a tuple indexed by code point, every character up to the last one changed listed, most as themselves: str.translate
# reads it without the KeyError a dict raises, and catches, for each of the many characters it lacks; a character past
# its end is left as it is)
_TABLE = tuple(_ONE_TO_ONE.get(c, c) for c in range(max(_ONE_TO_ONE) + 1))

# Characters dropped outright: diacritics, Quranic marks, tatweel, invisible direction and joiner marks.
_DROP = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
# A dot, hyphen or star inside a word, as in «مقـ.ـتل» or «انف-جار», written to dodge platform filters. A hyphen
# between two whole words of four letters or more joins two words instead, and stays: the two towns of a road
# («طريق منبج-الباب»); but not after a line's first word. English pages of the same monitors break words with a star
# only («assa*ssinations», «gu*nmen»): a star between two Latin letters is mended too (a dot or hyphen there is real).
# (the mark first, the letters around it looked at after: the regex engine then skips to the next mark, instead of
# trying the look-behinds at every character of the report)
_BREAK = re.compile(r"[.\-_*·](?:(?<=[\u0621-\u064A].)(?=[\u0621-\u064A])|(?<=[a-z]\*)(?=[a-z]))")
_BREAK_WORDS = re.compile(r"[\u0621-\u064A\u0640\u064B-\u065F]+")
_WHOLE = 4  # the fewest letters of each of two words a mark joins
# Presentation forms need NFKC, which can change length; they are rare, so they take the slow path.
_PRESENTATION = re.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFF]")


@dataclass(frozen=True, slots=True)
class NormText:
    """A normalised report text and the map back to the original."""

    original: str
    text: str
    kept: tuple[int, ...] | None = None  # kept[i] = original index of text[i]; None when identical layout

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the original text."""
        if self.kept is None:
            return start, end
        if start >= len(self.kept):
            return len(self.original), len(self.original)
        o_start = self.kept[start]
        o_end = self.kept[end - 1] + 1 if end > start else o_start
        return o_start, o_end

    def from_original(self, offset: int) -> int:
        """The normalised offset of the first kept character at or after an original offset."""
        if self.kept is None:
            return offset
        return min(bisect.bisect_left(self.kept, offset), len(self.text))

    def original_span(self, start: int, end: int) -> str:
        s, e = self.to_original(start, end)
        return self.original[s:e]


def normalize(original: str) -> NormText:
    """Normalise an Arabic (or English) report for matching, keeping offsets to the original.

    The offset map is built from slices between the characters that change length (a few per report), not
    character by character."""
    kept: list[int] | None = None
    source = original
    if _PRESENTATION.search(source):
        source, kept = _expand_presentation_forms(source)
    text = _mend_hard_wraps(source.translate(_TABLE))
    for pattern in (_DROP, _BREAK):
        if pattern.search(text) is None:
            continue
        positions = range(len(text)) if kept is None else kept
        new_kept: list[int] = []
        pieces: list[str] = []  # the text with the matches left out, built in the same pass
        pos = 0
        for m in pattern.finditer(text):
            if pattern is _BREAK and _joins_words(text, m.start()):
                continue  # (a hyphen joining two words stays: decided once, for the offsets and the text alike)
            new_kept.extend(positions[pos:m.start()])
            pieces.append(text[pos:m.start()])
            pos = m.end()
        new_kept.extend(positions[pos:])
        pieces.append(text[pos:])
        kept = new_kept
        text = "".join(pieces)
    return NormText(original, text, None if kept is None else tuple(kept))


def _joins_words(text: str, at: int) -> bool:
    """Does the hyphen at `at` stand between two words of four letters or more (not the pieces of one word)?"""
    if text[at] != "-":
        return False  # (a dot, an underscore or a star: the pieces of one word; nothing to read around it)
    before = _BREAK_WORDS.match(text[max(0, at - 40):at][::-1])
    if before is None or at - len(before.group(0)) == text.rfind("\n", 0, at) + 1:
        return False  # a line's first word: an agency's dateline («دمشق-سانا»), read as before (the town an agency
        # files from is not where the report's events are)
    after = _BREAK_WORDS.match(text, at + 1)
    return after is not None and len(before.group(0)) >= _WHOLE \
        and len(after.group(0)) >= _WHOLE


_SENTENCE_END = frozenset('.!?؟:;"\')]…')
_WRAPPED_MIN = 40  # a shorter line is a title, a date or a caption, never a wrapped piece of a paragraph


def _mend_hard_wraps(text: str) -> str:
    """A report copied from a page or a PDF with its lines broken at a fixed width («… على الحراكي وبابولين\n
    وبابيلا …»): the breaks inside sentences become spaces (one character for one), so that a sentence, a list of
    villages or a number read across them. A report is taken to be wrapped when most of its long lines stop
    without a sentence's end, most of them at about the same length (a paragraph's first line may be shorter)."""
    if text.count("\n") < 3:
        return text
    lines = text.split("\n")
    long = list(dict.fromkeys(ln.rstrip() for ln in lines if len(ln.rstrip()) >= _WRAPPED_MIN))  # a title said twice once
    open_ends = sorted(len(ln) for ln in long if ln[-1] not in _SENTENCE_END)
    if len(open_ends) < 3 or 2 * len(open_ends) < len(long):
        return text
    median = open_ends[len(open_ends) // 2]
    at_width = [n for n in open_ends if 0.85 * median <= n <= 1.15 * median]
    if len(at_width) < 3 or 5 * len(at_width) < 3 * len(open_ends):
        return text  # lines of any length: paragraphs without full stops, not a fixed width
    out = []
    for i, (line, following) in enumerate(zip(lines, lines[1:])):
        body = line.rstrip()
        soft = len(body) >= _WRAPPED_MIN and body[-1] not in _SENTENCE_END and following.strip() \
            and following.lstrip()[0] not in "-•*" and (i > 0 or len(body) >= 0.85 * median)  # a title stays
        out.append(line + (" " if soft else "\n"))
    out.append(lines[-1])
    return "".join(out)


def _expand_presentation_forms(text: str) -> tuple[str, list[int]]:
    """Presentation forms to their letters (NFKC, which may change length), with the original index of each."""
    out: list[str] = []
    kept: list[int] = []
    pos = 0
    for m in _PRESENTATION.finditer(text):
        out.append(text[pos:m.start()])
        kept.extend(range(pos, m.start()))
        piece = unicodedata.normalize("NFKC", m.group())
        out.append(piece)
        kept.extend([m.start()] * len(piece))
        pos = m.end()
    out.append(text[pos:])
    kept.extend(range(pos, len(text)))
    return "".join(out), kept


@lru_cache(maxsize=100_000)
def normalize_word(word: str) -> str:
    """Normalise a single word or phrase (lexicon entries, gazetteer names) the way report text is."""
    return normalize(word).text
