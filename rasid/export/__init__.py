"""Export stage: reconciled events (rasid.store.views.StoredEvent) to files.

    export(events, "acled-csv", "out.csv") -> ExportSummary(written=…, skipped={…})

Formats: "acled-csv" (ACLED's 31 columns, one row per day and place, see rasid.export.acled), "geojson"
(points for QGIS), "parquet" (one row per event, typed), "jsonl" (everything, one event a line). Each
writer takes a path or an open stream (text for CSV/GeoJSON/JSONL, binary for Parquet); paths are written
UTF-8 without BOM, by `export` into a new file that replaces the old one only when the export succeeds. `filter_events` narrows events by date, governorate and type for callers without SQL.
"""
from __future__ import annotations

import os
from datetime import date
from typing import Callable, Iterable

from rasid.store.views import StoredEvent

from .acled import acled_rows, write_acled_csv
from .common import ExportSummary, Target, day_span, replaced_file
from .geojson import write_geojson
from .jsonl import write_jsonl
from .parquet import write_parquet

__all__ = ["FORMATS", "SUFFIXES", "ExportSummary", "acled_rows", "export", "filter_events", "write_acled_csv",
           "write_geojson", "write_jsonl", "write_parquet"]

Writer = Callable[[Iterable[StoredEvent], Target], ExportSummary]
FORMATS: dict[str, Writer] = {
    "acled-csv": write_acled_csv,
    "geojson": write_geojson,
    "parquet": write_parquet,
    "jsonl": write_jsonl,
}
SUFFIXES = {"acled-csv": ".csv", "geojson": ".geojson", "parquet": ".parquet", "jsonl": ".jsonl"}


def export(events: Iterable[StoredEvent], fmt: str, path: str | os.PathLike | Target) -> ExportSummary:
    """Write the events in format `fmt` to a path or stream; what was written and why anything was left out."""
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})") from None
    if hasattr(path, "write"):
        return writer(events, path)
    with replaced_file(path, binary=fmt == "parquet") as fh:  # a failed export leaves the earlier file intact
        return writer(events, fh)


def filter_events(events: Iterable[StoredEvent], date_from: date | None = None, date_to: date | None = None,
                  admin1: str | None = None, event_type: str | None = None) -> list[StoredEvent]:
    """Events whose days overlap [date_from, date_to], in the governorate, of the (sub-)event type.

    Comparisons of admin1 and event_type ignore case; event_type matches either level of ACLED's taxonomy.
    An undated event passes only when no date bound is given.
    """
    def keep(e: StoredEvent) -> bool:
        if date_from is not None or date_to is not None:
            span = day_span(e)
            if span is None or (date_from is not None and span[1] < date_from) \
                    or (date_to is not None and span[0] > date_to):
                return False
        if admin1 is not None and ((e.location.admin1 if e.location else None) or "").casefold() != admin1.casefold():
            return False
        wanted = event_type.casefold() if event_type is not None else None
        return wanted is None or wanted in ((e.event_type or "").casefold(), (e.sub_event_type or "").casefold())

    return [e for e in events if keep(e)]
