"""Reading reports from paths: `.txt` files, `.jsonl` files, web pages (`.html`, `.htm`), RSS and Atom feeds
(`.xml`, `.rss`, `.atom`), folders of them, and standard input. Web pages and feeds are read by `web`.

Every problem with one input is yielded as an `InputError` (the path and a one-line reason) rather than
raised, so that a caller can report it and go on with the other inputs. A `.jsonl` file with one bad line
yields an error for that line and the reports of all its other lines.
"""
from __future__ import annotations

import codecs
import json
import os
import re
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import IO, Iterable, Iterator

TEXT_SUFFIX = ".txt"
JSONL_SUFFIX = ".jsonl"
HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
SUFFIXES = (TEXT_SUFFIX, JSONL_SUFFIX) + HTML_SUFFIXES + FEED_SUFFIXES
STDIN_PATH = "-"
STDIN_NAME = "<stdin>"  # the path reports and errors from standard input carry
STDIN_DOC_ID = "stdin"

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
DEFAULT_TIME_BUDGET = 10.0  # seconds one report's extraction may take (extract/ingest --time-budget, the API)
STREAM_BYTES = 8 << 20  # JSONL files from this size on are read a line at a time
TEXT_SAMPLE = 1 << 16  # how much of a file the "mostly non-text" test looks at
_BINARY_SHARE = 0.05  # more control or unassigned characters than this: not a text file
# Control characters other than whitespace and ESC (colour codes), private-use characters and surrogates.
_NON_TEXT = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ue000-\uf8ff\ud800-\udfff\U000f0000-\U0010ffff]")
# The same for a non-UTF-8 byte string read as Latin-1, where 0x80-0x9f are letters in Windows code pages.
_BYTE_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
# Characters no database can store: NUL (PostgreSQL refuses it in text) and lone surrogates (not UTF-8 at all).
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
REPLACEMENT = "\ufffd"  # one character for one: evidence offsets into the text stay those of the input
_CLEANED_FIELDS = ("doc_id", "text", "outlet", "url", "title", "path")


@dataclass
class SourceReport:
    """One report to extract: its id, its text exactly as read, the date its source gives (if any), and what
    the source says of where it comes from: the outlet that published it, its URL and its title (each None
    where the source does not say)."""

    doc_id: str
    text: str
    report_date: date | None
    path: str
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    notes: list[str] = field(default_factory=list)  # what was changed on the way in (see __post_init__)

    def __post_init__(self) -> None:
        """The one input boundary: every report, whatever reads it (files, feeds, the API), is stored alike on
        SQLite and PostgreSQL. Characters a database cannot store are replaced one for one, with a note."""
        for name in _CLEANED_FIELDS:
            value = getattr(self, name)
            if isinstance(value, str) and _UNSTORABLE.search(value):
                count = len(_UNSTORABLE.findall(value))
                setattr(self, name, _UNSTORABLE.sub(REPLACEMENT, value))
                self.notes.append(f"{name}: {count} character{'s' if count > 1 else ''} that a database cannot "
                                  "store (NUL, lone surrogate) replaced by U+FFFD")


class InputError(Exception):
    """An input that could not be read: `path` names it, `reason` says why in one line."""

    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = _one_line(reason)
        super().__init__(f"{path}: {self.reason}")


class Unreadable(Exception):
    """The reason a file's bytes are not a report text (the readers of this package turn it into an InputError)."""


def iter_reports(paths: Iterable[str], stdin: IO | None = None) -> Iterator[SourceReport | InputError]:
    """The reports named by `paths`, in order, with an `InputError` for each input that fails.

    A path is a `.txt` file (one report, doc_id = file name without extension), a `.jsonl` file (one JSON
    object a line with `doc_id` or `id`, `text`, and optionally `report_date` or `published`, `outlet` or
    `source`, `url` and `title`), a saved web page `.html`/`.htm` (its article, doc_id = file name without
    extension: see `web.html_reports`), an RSS or Atom feed `.xml`/`.rss`/`.atom` (one report per entry: see
    `web.feed_reports`), a folder (its files of these types, recursively, sorted; hidden files and other file
    types are skipped) or `-` for standard input (`stdin`, default `sys.stdin`: JSONL when every non-empty line
    is a JSON object, else one plain-text report with doc_id "stdin").
    """
    stdin_read = False
    for path in paths:
        if path == STDIN_PATH:
            if stdin_read:
                yield InputError(STDIN_NAME, "standard input was already read (name '-' only once)")
                continue
            stdin_read = True
            yield from _stdin_reports(sys.stdin if stdin is None else stdin)
        elif os.path.isdir(path):
            yield from _guarded(path, _folder_reports(path))
        else:
            yield from _file_reports(path, explicit=True)


def parse_report_date(value: object) -> date | None:
    """A report date from a JSONL field: an ISO date, an ISO datetime or an RFC 2822 date (its date part).

    None or an empty string give None; anything else that is not such a date raises ValueError.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"expected a date string, got {type(value).__name__} {value!r}")
    text = value.strip()
    if not text:
        return None
    if _ISO_DATE.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError as exc:
            raise ValueError(f"{text!r} is not a valid date ({exc})") from None
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    raise ValueError(f"{text!r} is not an ISO date (YYYY-MM-DD), an ISO datetime or an RFC 2822 date")


# --- files and folders -----------------------------------------------------------------------------------


def _file_reports(path: str, explicit: bool) -> Iterator[SourceReport | InputError]:
    return _guarded(path, _read_file(path, explicit))


def _guarded(path: str, reports: Iterator[SourceReport | InputError]) -> Iterator[SourceReport | InputError]:
    """`reports`, with whatever goes wrong in reading them made an error of `path`: the caller goes on with the
    next input (a reader's bug or a library's surprise must not stop the others)."""
    try:
        yield from reports
    except Exception as exc:
        yield InputError(path, f"cannot read: {exception_reason(exc)}")


def exception_reason(exc: BaseException) -> str:
    """One line on an unexpected exception: its type and the first line of its message."""
    if isinstance(exc, RecursionError):
        return "RecursionError: nested too deeply"
    message = str(exc).strip().splitlines()
    return f"{type(exc).__name__}" + (f": {message[0][:300]}" if message else "")


def _read_file(path: str, explicit: bool) -> Iterator[SourceReport | InputError]:
    if not os.path.exists(path):
        reason = "broken symbolic link" if os.path.islink(path) else "no such file or directory"
        yield InputError(path, reason)
        return
    suffix = os.path.splitext(path)[1].lower()
    if suffix not in SUFFIXES:
        if explicit:
            kind = f"'{suffix}'" if suffix else "without an extension"
            yield InputError(path, f"unsupported file type {kind} (expected .txt, .jsonl, .html, .htm, .xml, .rss or .atom, "
                                   "a folder, or - for standard input)")
        return
    if not os.path.isfile(path):
        yield InputError(path, "not a regular file")
        return
    stem = os.path.splitext(os.path.basename(path))[0]
    if suffix == JSONL_SUFFIX and streamable(path):
        yield from _streamed_jsonl(path, stem)
        return
    try:
        data = _read_bytes(path)
    except OSError as exc:
        yield InputError(path, _os_reason(exc))
        return
    if suffix in HTML_SUFFIXES or suffix in FEED_SUFFIXES:
        from . import web  # imported here: web imports this module, and its libraries load only when needed

        yield from (web.html_reports if suffix in HTML_SUFFIXES else web.feed_reports)(data, path)
        return
    try:
        text = decode_report(data)
    except Unreadable as exc:
        yield InputError(path, str(exc))
        return
    if suffix == JSONL_SUFFIX:
        yield from _jsonl_reports(text, path, stem)
    else:
        yield SourceReport(doc_id=stem, text=text, report_date=None, path=path)


def _folder_reports(folder: str) -> Iterator[SourceReport | InputError]:
    errors: list[InputError] = []
    found: list[tuple[tuple[str, ...], str]] = []

    def on_error(exc: OSError) -> None:
        errors.append(InputError(exc.filename or folder, _os_reason(exc)))

    for root, dirs, files in os.walk(folder, onerror=on_error):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith(".") or os.path.splitext(name)[1].lower() not in SUFFIXES:
                continue
            full = os.path.join(root, name)
            found.append((tuple(os.path.relpath(full, folder).split(os.sep)), full))
    yield from errors
    if not found and not errors:
        yield InputError(folder, "no .txt or .jsonl files, web pages (.html, .htm) or feeds (.xml, .rss, .atom) in this folder")
    for _, full in sorted(found):
        yield from _file_reports(full, explicit=False)


def _read_bytes(path: str) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "cannot read: permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot read: {exc.strerror or exc}"


# --- standard input --------------------------------------------------------------------------------------


def _stdin_reports(stdin: IO) -> Iterator[SourceReport | InputError]:
    return _guarded(STDIN_NAME, _read_stdin(stdin))


def _read_stdin(stdin: IO) -> Iterator[SourceReport | InputError]:
    try:
        buffer = getattr(stdin, "buffer", None)
        raw = buffer.read() if buffer is not None else stdin.read()
        if isinstance(raw, bytes):
            text = decode_report(raw, empty="empty input")
        else:
            text = _check_text(raw[1:] if raw.startswith("\ufeff") else raw, empty="empty input")
    except Unreadable as exc:
        yield InputError(STDIN_NAME, str(exc))
        return
    except OSError as exc:
        yield InputError(STDIN_NAME, f"cannot read standard input: {exc.strerror or exc}")
        return
    if _is_jsonl(text):
        yield from _jsonl_reports(text, STDIN_NAME, STDIN_DOC_ID)
    else:
        yield SourceReport(doc_id=STDIN_DOC_ID, text=text, report_date=None, path=STDIN_NAME)


def _is_jsonl(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        return False
    for line in lines:
        if not line.lstrip().startswith("{"):
            return False
        try:
            if not isinstance(json.loads(line), dict):
                return False
        except RecursionError:
            continue  # an object too deeply nested: a JSONL line, which will be reported as such
        except ValueError:
            return False
    return True


# --- JSONL -----------------------------------------------------------------------------------------------


def streamable(path: str) -> bool:
    """Does iter_reports read this JSONL file a line at a time? Yes when it is large enough (STREAM_BYTES: a backfill
    of 100,000 reports is hundreds of MB) and in UTF-8, which can be decoded line by line."""
    try:
        if os.path.getsize(path) < STREAM_BYTES:
            return False
        with open(path, "rb") as fh:
            head = fh.read(4)
    except OSError:
        return False  # the whole-file read says why
    return not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def _streamed_jsonl(path: str, stem: str) -> Iterator[SourceReport | InputError]:
    """The reports of a large UTF-8 JSONL file, read a line at a time; a line that is not UTF-8 is an error of
    that line only."""
    def lines() -> Iterator[tuple[int, str] | InputError]:
        with open(path, "rb") as fh:
            for lineno, raw in enumerate(fh, 1):
                if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8):]
                try:
                    yield lineno, raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    yield InputError(path, f"line {lineno}: not UTF-8 (invalid byte 0x{raw[exc.start]:02x})")
    try:
        yield from _jsonl_lines(lines(), path, stem)
    except OSError as exc:
        yield InputError(path, _os_reason(exc))


def _jsonl_reports(text: str, path: str, stem: str) -> Iterator[SourceReport | InputError]:
    # Split on "\n" only: str.splitlines() would also split on U+2028 and friends, which JSON strings may hold.
    return _jsonl_lines(enumerate(text.split("\n"), 1), path, stem)


def _jsonl_lines(lines: Iterable, path: str, stem: str) -> Iterator[SourceReport | InputError]:
    seen_any = False
    for item in lines:
        if isinstance(item, InputError):
            seen_any = True
            yield item
            continue
        lineno, line = item
        line = line.strip()
        if not line:
            continue
        seen_any = True
        try:
            yield _jsonl_report(line, lineno, path, stem)
        except Exception as exc:  # one line's surprise is that line's error; the next lines are still read
            yield InputError(path, f"line {lineno}: {exception_reason(exc)}")
    if not seen_any:
        yield InputError(path, "empty file")


def _jsonl_report(line: str, lineno: int, path: str, stem: str) -> SourceReport | InputError:
    """The report of one non-empty JSONL line, or the error that says what is wrong with it."""
    where = f"line {lineno}"
    try:
        obj = json.loads(line)
    except RecursionError:
        return InputError(path, f"{where}: JSON nested too deeply to read")
    except ValueError as exc:
        msg = getattr(exc, "msg", str(exc))
        col = getattr(exc, "colno", None)
        return InputError(path, f"{where}: not valid JSON ({msg}{f' at column {col}' if col else ''})")
    if not isinstance(obj, dict):
        return InputError(path, f"{where}: not a JSON object (got {_json_kind(obj)})")

    doc_id = obj.get("doc_id")
    if doc_id is None or doc_id == "":
        doc_id = obj.get("id")
    if doc_id is None or doc_id == "":
        doc_id = f"{stem}-{lineno}"
    elif isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):
        return InputError(path, f"{where}: doc_id must be a string, not {_json_kind(doc_id)}")
    doc_id = str(doc_id)
    where = f"{where} (doc_id {doc_id})"

    body = obj.get("text")
    if body is None:
        return InputError(path, f'{where}: no "text" field')
    if not isinstance(body, str):
        return InputError(path, f'{where}: "text" must be a string, not {_json_kind(body)}')
    if not body.strip():
        return InputError(path, f'{where}: "text" is empty')

    field_name = "report_date" if obj.get("report_date") not in (None, "") else "published"
    try:
        when = parse_report_date(obj.get(field_name))
    except ValueError as exc:
        return InputError(path, f"{where}: bad {field_name}: {exc}")
    try:
        extras = {name: _optional_string(obj, keys) for name, keys in _JSONL_EXTRAS}
    except ValueError as exc:
        return InputError(path, f"{where}: {exc}")
    return SourceReport(doc_id=doc_id, text=body, report_date=when, path=path, **extras)


# SourceReport fields read from JSONL keys, the first key present (not null, not "") winning.
_JSONL_EXTRAS = (("outlet", ("outlet", "source")), ("url", ("url",)), ("title", ("title",)))


def _optional_string(obj: dict, keys: tuple[str, ...]) -> str | None:
    """The value of the first of `keys` that `obj` has, its runs of white space made one space; None if none."""
    for key in keys:
        value = obj.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise ValueError(f"{key} must be a string, not {_json_kind(value)}")
        return " ".join(value.split()) or None
    return None


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", int: "a number",
            float: "a number"}.get(type(value), type(value).__name__)


# --- bytes to text ---------------------------------------------------------------------------------------


def decode_report(data: bytes, empty: str = "empty file") -> str:
    """The text of a report file: UTF-8 (with or without BOM), or UTF-16/UTF-32 with a BOM."""
    if not data:
        raise Unreadable(empty)
    if data.startswith(codecs.BOM_UTF8):
        try:
            text = data[len(codecs.BOM_UTF8):].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise Unreadable(f"not UTF-8 despite its UTF-8 byte-order mark (invalid byte 0x{data[3 + exc.start]:02x} at offset {3 + exc.start})") from None
        return _check_text(text, empty)
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _check_text(data.decode(codec), empty)
            except UnicodeDecodeError:
                if codec == "utf-32":
                    continue  # FF FE 00 00 may also start UTF-16LE text whose first character is U+0000
                raise Unreadable(f"not valid {codec.upper()} despite its byte-order mark") from None
    if b"\x00" in data:
        raise Unreadable("binary file (contains NUL bytes), not a text report")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if mostly_control(data[:TEXT_SAMPLE].decode("latin-1"), c1_is_text=True):
            raise Unreadable("binary file (mostly non-text bytes), not a text report") from None
        raise Unreadable(
            f"not UTF-8 (invalid byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it to UTF-8 first, e.g. iconv -f WINDOWS-1256 -t UTF-8"
        ) from None
    return _check_text(text, empty)


def _check_text(text: str, empty: str = "empty file") -> str:
    if not text.strip():
        raise Unreadable(empty)
    if "\x00" in text:
        raise Unreadable("binary file (contains NUL characters), not a text report")
    if mostly_control(text[:TEXT_SAMPLE]):
        raise Unreadable("binary file (mostly non-text characters), not a text report")
    return text


def mostly_control(sample: str, c1_is_text: bool = False) -> bool:
    """More than a few control, private-use or surrogate characters: binary data, not a report."""
    if not sample:
        return False
    pattern = _BYTE_CONTROL if c1_is_text else _NON_TEXT
    return len(pattern.findall(sample)) > _BINARY_SHARE * len(sample)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())
