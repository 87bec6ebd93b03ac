"""The `table` output format: a report record laid out for a person at a terminal.

Arabic and terminals: a terminal that applies the Unicode bidirectional algorithm shows Arabic correctly when
it is written in logical (reading) order, which is also what files and pipes want; that is the default. Many
terminals do not, and show Arabic letters left to right, backwards. For them `visual()` reorders each cell
the way the bidi algorithm would for a left-to-right line: right-to-left runs reversed, numbers and Latin
text inside them kept in reading order, brackets mirrored. It is a small implementation of the parts of
UAX #9 that plain report text needs (no explicit embeddings, no bracket-pair rule) and does not shape letters.

Column widths count display cells: combining marks (Arabic harakat) and format characters take none, East
Asian wide characters take two.
"""
from __future__ import annotations

import unicodedata
from typing import Any, Iterable, Sequence

LOGICAL = "logical"
VISUAL = "visual"
BIDI_MODES = (LOGICAL, VISUAL)
BIDI_ENV = "RASID_BIDI"

MAX_CELL = 64  # display cells; longer cell text is cut with an ellipsis
_GAP = "  "
_INDENT = "    "
_NONE = "–"

QUALIFIER_WORDS = {
    "exact": "exactly",
    "at_least": "at least",
    "more_than": "more than",
    "about": "about",
    "up_to": "up to",
    "vague": "an unspecified number",
}

# --- widths ----------------------------------------------------------------------------------------------


def char_width(ch: str) -> int:
    """Display cells one character takes: 0 for combining marks, format and control characters, 2 for wide."""
    if unicodedata.combining(ch):
        return 0
    category = unicodedata.category(ch)
    if category in ("Mn", "Me", "Cf", "Cc"):
        return 0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 2
    return 1


def display_width(text: str) -> int:
    """Display cells a string takes in a monospace terminal."""
    if text.isascii():
        return sum(1 for ch in text if ch >= " " and ch != "\x7f")
    return sum(char_width(ch) for ch in text)


def truncate(text: str, width: int) -> str:
    """Cut `text` to at most `width` display cells, ending with «…» when cut (combining marks kept with their base)."""
    if display_width(text) <= width:
        return text
    out: list[str] = []
    used = 0
    for ch in text:
        w = char_width(ch)
        if w and used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out).rstrip() + "…"


def pad(text: str, width: int, right: bool = False) -> str:
    """`text` padded with spaces to `width` display cells (on the left when `right`)."""
    fill = " " * max(0, width - display_width(text))
    return fill + text if right else text + fill


# --- bidi ------------------------------------------------------------------------------------------------

_STRONG_R = {"R", "AL"}
_NEUTRAL = {"B", "S", "WS", "ON", "BN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}
_MIRROR = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹"))
_OPENERS = {"(": ")", "[": "]", "{": "}", "«": "»", "‹": "›"}
_CLOSERS = set(_OPENERS.values())


def visual(text: str) -> str:
    """`text` (logical order) reordered for display on a left-to-right line by a terminal without bidi.

    Right-to-left runs (Arabic, Hebrew, with the spaces and punctuation between their words) are reversed;
    numbers and Latin text keep their reading order; combining marks stay after their base letter.
    Text without right-to-left letters comes back unchanged.
    """
    if not any(unicodedata.bidirectional(ch) in _STRONG_R for ch in text if ch > "\u058f"):
        return text
    return "\n".join(_visual_line(line) for line in text.split("\n"))


def _visual_line(line: str) -> str:
    clusters = _clusters(line)
    if not clusters:
        return line
    types = [_bidi_class(c[0]) for c in clusters]
    _resolve_weak(types)
    _resolve_brackets(clusters, types)
    _resolve_neutral(types)
    levels = [0 if t == "L" else 1 if t == "R" else 2 for t in types]  # EN/AN: 2; L1 below
    # L1: whitespace at the end of the line goes back to the paragraph level.
    i = len(clusters) - 1
    while i >= 0 and clusters[i].isspace():
        levels[i] = 0
        i -= 1
    # L4: mirrored glyphs at odd levels.
    clusters = [
        _MIRROR.get(c, c) if lvl % 2 and len(c) == 1 else c for c, lvl in zip(clusters, levels)
    ]
    # L2: from the highest level down to 1, reverse every run at that level or higher.
    order = list(range(len(clusters)))
    for level in range(max(levels), 0, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return "".join(clusters[k] for k in order)


def _clusters(line: str) -> list[str]:
    """The line cut into base characters, each with the combining marks that follow it."""
    out: list[str] = []
    for ch in line:
        if out and (unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me")):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _bidi_class(ch: str) -> str:
    cls = unicodedata.bidirectional(ch)
    if not cls or cls == "NSM":  # a stray mark without a base
        return "ON"
    return cls


def _resolve_weak(types: list[str]) -> None:
    n = len(types)
    # W2: European numbers after Arabic letters are Arabic numbers; W3: AL is R.
    last_strong = "L"
    for i, t in enumerate(types):
        if t in ("L", "R", "AL"):
            last_strong = t
        elif t == "EN" and last_strong == "AL":
            types[i] = "AN"
    for i, t in enumerate(types):
        if t == "AL":
            types[i] = "R"
    # W4: one separator between two numbers of the same kind joins them.
    for i in range(1, n - 1):
        t, before, after = types[i], types[i - 1], types[i + 1]
        if t == "ES" and before == after == "EN":
            types[i] = "EN"
        elif t == "CS" and before == after and before in ("EN", "AN"):
            types[i] = before
    # W5: terminators next to European numbers belong to them.
    for i, t in enumerate(types):
        if t == "EN":
            j = i - 1
            while j >= 0 and types[j] == "ET":
                types[j] = "EN"
                j -= 1
            j = i + 1
            while j < n and types[j] == "ET":
                types[j] = "EN"
                j += 1
    # W6: other separators and terminators are neutral.
    for i, t in enumerate(types):
        if t in ("ES", "ET", "CS"):
            types[i] = "ON"
    # W7: European numbers after Latin letters (or at the start of a left-to-right line) are L.
    last_strong = "L"
    for i, t in enumerate(types):
        if t in ("L", "R"):
            last_strong = t
        elif t == "EN" and last_strong == "L":
            types[i] = "L"


def _resolve_brackets(clusters: list[str], types: list[str]) -> None:
    """N0, simplified: a bracket pair around right-to-left text, after right-to-left text, is right-to-left."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, c in enumerate(clusters):
        ch = c[0]
        if types[i] != "ON":
            continue
        if ch in _OPENERS:
            if len(stack) >= 63:
                break
            stack.append((_OPENERS[ch], i))
        elif ch in _CLOSERS:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == ch:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    for open_i, close_i in sorted(pairs):
        inside = {_strong_dir(t) for t in types[open_i + 1:close_i] if t in ("L", "R", "EN", "AN")}
        if not inside:
            continue
        if "L" in inside:
            direction = "L"
        else:
            before = next((_strong_dir(t) for t in reversed(types[:open_i]) if t in ("L", "R", "EN", "AN")), "L")
            direction = "R" if before == "R" else "L"
        types[open_i] = types[close_i] = direction


def _resolve_neutral(types: list[str]) -> None:
    """N1/N2: neutrals between two runs of the same direction take it, others the line's (left to right)."""
    n = len(types)
    i = 0
    while i < n:
        if types[i] not in _NEUTRAL:
            i += 1
            continue
        j = i
        while j < n and types[j] in _NEUTRAL:
            j += 1
        before = _strong_dir(types[i - 1]) if i > 0 else "L"
        after = _strong_dir(types[j]) if j < n else "L"
        direction = before if before == after else "L"
        for k in range(i, j):
            types[k] = direction
        i = j


def _strong_dir(t: str) -> str:
    return "R" if t in ("R", "EN", "AN") else "L"


# --- the table -------------------------------------------------------------------------------------------


def render_table(record: Any, bidi: str = LOGICAL) -> str:
    """A report record (a ReportRecord or its `to_dict()`) as a few aligned sections, ending with a newline."""
    rec = record.to_dict() if hasattr(record, "to_dict") else record
    show = visual if bidi == VISUAL else (lambda s: s)
    events = rec.get("events") or []
    casualties = rec.get("casualties") or []
    control = rec.get("control") or []

    counts = ", ".join((
        _plural(len(events), "event"),
        _plural(len(casualties), "casualty count"),
        _plural(len(control), "control statement"),
    ))
    lines = [f"Report {show(truncate(str(rec.get('doc_id', '?')), MAX_CELL))}  |  date {rec.get('report_date') or 'unknown'}  |  {counts}"]

    lines += _section(
        "Events",
        ("#", "Type / sub-type", "Dates", "Place", "Actors → targets"),
        [
            (
                str(n),
                " / ".join(p for p in (e.get("event_type"), e.get("sub_event_type")) if p) or _NONE,
                _date_range(e.get("date_start"), e.get("date_end")),
                _place(e.get("location") or {}),
                _sides(e.get("actors") or [], e.get("targets") or []),
            )
            for n, e in enumerate(events, 1)
        ],
        show,
        right=(0,),
    )
    lines += _section(
        "Casualties",
        ("#", "Group", "Outcome", "Low–high", "Stated as", "Tally", "Dates", "Place"),
        [
            (
                str(n),
                _group(c.get("group") or [], c.get("subset_of")),
                c.get("outcome") or _NONE,
                _low_high(c.get("low"), c.get("high")),
                _qualifier_words(c.get("qualifier"), c.get("low"), c.get("high")),
                "tally" if c.get("tally") else "",
                _date_range(c.get("date_start"), c.get("date_end")),
                _place({"name_ar": c.get("place_ar"), "admin1": c.get("admin1")}),
            )
            for n, c in enumerate(casualties, 1)
        ],
        show,
        right=(0, 3),
    )
    lines += _section(
        "Control",
        ("#", "Place", "Actor", "Change", "Share", "Date"),
        [
            (
                str(n),
                _place({"name_ar": c.get("place_ar"), "name_en": c.get("place_en"), "admin1": c.get("admin1")}),
                c.get("actor") or _NONE,
                c.get("change") or _NONE,
                _share(c.get("share")),
                c.get("date") or _NONE,
            )
            for n, c in enumerate(control, 1)
        ],
        show,
        right=(0, 4),
    )
    return "\n".join(lines) + "\n"


def format_table(headers: Sequence[str], rows: Iterable[Sequence[str]], right: Sequence[int] = (),
                 indent: str = "", show=lambda s: s) -> list[str]:
    """Rows of cells aligned in columns by display width; `show` is applied to each body cell."""
    body = [[show(truncate(cell, MAX_CELL)) for cell in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in body:
        for k, cell in enumerate(row):
            widths[k] = max(widths[k], display_width(cell))
    last = len(headers) - 1

    def line(cells: Sequence[str]) -> str:
        parts = [pad(cell, widths[k], k in right) if k < last or k in right else cell for k, cell in enumerate(cells)]
        return (indent + _GAP.join(parts)).rstrip()

    out = [line(headers), (indent + _GAP.join("-" * w for w in widths)).rstrip()]
    out += [line(row) for row in body]
    return out


def _section(title: str, headers: Sequence[str], rows: list[Sequence[str]], show, right: Sequence[int]) -> list[str]:
    if not rows:
        return [f"  {title}: none"]
    return [f"  {title} ({len(rows)})"] + format_table(headers, rows, right=right, indent=_INDENT, show=show)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _date_range(start: Any, end: Any) -> str:
    if not start and not end:
        return _NONE
    if start == end or not end:
        return str(start) if end else f"{start} – ?"
    if not start:
        return f"? – {end}"
    return f"{start} – {end}"


def _place(loc: dict) -> str:
    parts: list[str] = []
    for key in ("name_ar", "name_en", "admin1"):
        value = loc.get(key)
        if value and value not in parts:
            parts.append(str(value))
    return " · ".join(parts) or _NONE


def _sides(actors: list, targets: list) -> str:
    left = ", ".join(map(str, actors))
    right = ", ".join(map(str, targets))
    if not right:
        return left or _NONE
    return f"{left or '?'} → {right}"


def _group(group: list, subset_of: Any) -> str:
    text = ", ".join(map(str, group)) or _NONE
    if isinstance(subset_of, int) and not isinstance(subset_of, bool):
        text += f" (of #{subset_of + 1})"
    return text


def _low_high(low: Any, high: Any) -> str:
    if low is None and high is None:
        return "?"
    if low == high:
        return str(low)
    return f"{'?' if low is None else low}–{'?' if high is None else high}"


def _qualifier_words(qualifier: Any, low: Any, high: Any) -> str:
    """The count as the report words it: «at least 31», «more than 50» (low 51), «up to 10», «dozens»."""
    q = qualifier or ("exact" if low is not None and low == high else "vague")
    if q == "vague" or (low is None and high is None):
        return QUALIFIER_WORDS["vague"]
    if q == "more_than" and isinstance(low, int):
        return f"more than {low - 1}"
    if q == "up_to":
        return f"up to {high if high is not None else low}"
    number = low if low is not None else high
    return f"{QUALIFIER_WORDS.get(q, str(q))} {number}"


def _share(share: Any) -> str:
    if share is None:
        return _NONE
    try:
        pct = round(float(share) * 100, 1)
    except (TypeError, ValueError):
        return str(share)
    return f"{pct:g}%"
