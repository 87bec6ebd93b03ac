"""Exports of the dashboard's current view, streamed: GET /api/export?format=…&<the event filters>.

The file is written by the same code as `rasid export` (rasid.export over rasid.store.queries.all_events) in a
worker thread, into a pipe that the HTTP response reads a chunk at a time, so a large export starts arriving at
once and the server never holds the whole file. A client that goes away stops the writer at its next write.
"""
from __future__ import annotations

import io
import queue
import threading
from datetime import date
from typing import Iterator

from ..export import FORMATS, SUFFIXES, export
from ..store.db import Database
from ..store.queries import EventFilter, all_events

MEDIA_TYPES = {"acled-csv": "text/csv; charset=utf-8", "geojson": "application/geo+json",
               "parquet": "application/vnd.apache.parquet", "jsonl": "application/x-ndjson; charset=utf-8"}
CHUNK = 64 * 1024
_DONE = object()


class _Cancelled(Exception):
    """The client went away: the writer stops."""


class _Pipe(io.RawIOBase):
    """The writer's end: bytes go into a bounded queue that the response drains (so memory stays flat)."""

    def __init__(self, chunks: queue.Queue, cancelled: threading.Event):
        self.chunks, self.cancelled, self.position = chunks, cancelled, 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        if self.cancelled.is_set():
            raise _Cancelled()
        data = bytes(data)
        while True:  # a bounded wait, so that a cancelled download frees the writer
            try:
                self.chunks.put(data, timeout=0.5)
                break
            except queue.Full:
                if self.cancelled.is_set():
                    raise _Cancelled() from None
        self.position += len(data)
        return len(data)

    def tell(self) -> int:
        return self.position


def stream(db: Database, fmt: str, wanted: EventFilter) -> Iterator[bytes]:
    """The export file of the events matching `wanted`, in chunks of about 64 KB."""
    chunks: queue.Queue = queue.Queue(maxsize=32)
    cancelled = threading.Event()

    def write() -> None:
        try:
            pipe = _Pipe(chunks, cancelled)
            buffered = io.BufferedWriter(pipe, CHUNK)
            target = buffered if fmt == "parquet" else io.TextIOWrapper(buffered, encoding="utf-8", newline="")
            with db.session() as session:
                export(all_events(session, wanted), fmt, target)
            target.flush()
        except _Cancelled:
            return
        except Exception as exc:  # noqa: BLE001 - handed to the response, which ends the download short
            _put(chunks, exc, cancelled)
        finally:
            _put(chunks, _DONE, cancelled)

    threading.Thread(target=write, name="rasid-export", daemon=True).start()
    try:
        while True:
            item = chunks.get()
            if item is _DONE:
                return
            if isinstance(item, Exception):
                raise item
            yield item
    finally:
        cancelled.set()


def _put(chunks: queue.Queue, item, cancelled: threading.Event) -> None:
    while not cancelled.is_set():
        try:
            chunks.put(item, timeout=0.5)
            return
        except queue.Full:
            continue


def filename(fmt: str, wanted: EventFilter, today: date | None = None) -> str:
    """rasid-events-2024-03-01_2024-03-31-idlib.csv: the period and governorate when the view has them."""
    parts = ["rasid-events"]
    if wanted.date_from or wanted.date_to:
        parts.append(f"{wanted.date_from or ''}_{wanted.date_to or ''}")
    if wanted.admin1:
        parts.append("".join(c if c.isalnum() else "-" for c in wanted.admin1.lower()))
    if len(parts) == 1:
        parts.append((today or date.today()).isoformat())
    return "-".join(parts) + SUFFIXES[fmt]


__all__ = ["FORMATS", "MEDIA_TYPES", "filename", "stream"]
