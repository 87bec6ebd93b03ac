"""Parquet: one row per reconciled event (not split by day), with an explicit Arrow schema.

Dates are date32, counts nullable int64, actors/targets list<string>, the place flattened into columns
(country is Syria / Iraq as in the ACLED export), `updated_at` a UTC timestamp, and `sources` a
list<struct<doc_id, outlet, url, evidence>>. pandas reads the nullable ints as float64 when a column has
nulls unless asked for `dtype_backend="numpy_nullable"`. Tolls and figures are in the JSONL export only.
"""
from __future__ import annotations

from typing import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from rasid.store.views import StoredEvent

from .common import ExportSummary, Target, event_country, finite, utc

_SOURCE = pa.struct([("doc_id", pa.string()), ("outlet", pa.string()), ("url", pa.string()),
                     ("evidence", pa.string())])
SCHEMA = pa.schema([
    pa.field("id", pa.int64(), nullable=False),
    ("event_id_cnty", pa.string()),
    ("event_type", pa.string()),
    ("sub_event_type", pa.string()),
    ("date_start", pa.date32()),
    ("date_end", pa.date32()),
    ("location_name_ar", pa.string()),
    ("location_name_en", pa.string()),
    ("location_kind", pa.string()),
    ("country", pa.string()),
    ("admin1", pa.string()),
    ("admin2", pa.string()),
    ("admin3", pa.string()),
    ("pcode", pa.string()),
    ("latitude", pa.float64()),
    ("longitude", pa.float64()),
    ("geo_precision", pa.int64()),
    ("actors", pa.list_(pa.string())),
    ("targets", pa.list_(pa.string())),
    ("review_state", pa.string()),
    ("fatalities_low", pa.int64()),
    ("fatalities_best", pa.int64()),
    ("fatalities_high", pa.int64()),
    ("updated_at", pa.timestamp("us", tz="UTC")),
    ("sources", pa.list_(_SOURCE)),
])


def parquet_row(event: StoredEvent) -> dict:
    loc = event.location
    place = {
        "location_name_ar": loc.name_ar if loc else None,
        "location_name_en": loc.name_en if loc else None,
        "location_kind": loc.kind if loc else None,
        "admin1": loc.admin1 if loc else None,
        "admin2": loc.admin2 if loc else None,
        "admin3": loc.admin3 if loc else None,
        "pcode": loc.pcode if loc else None,
        "latitude": finite(loc.latitude) if loc else None,
        "longitude": finite(loc.longitude) if loc else None,
        "geo_precision": loc.geo_precision if loc else None,
    }
    return {
        "id": event.id, "event_id_cnty": event.event_id_cnty, "event_type": event.event_type,
        "sub_event_type": event.sub_event_type, "date_start": event.date_start, "date_end": event.date_end,
        "country": event_country(event), **place,
        "actors": list(event.actors), "targets": list(event.targets), "review_state": event.review_state,
        "fatalities_low": event.fatalities_low, "fatalities_best": event.fatalities_best,
        "fatalities_high": event.fatalities_high, "updated_at": utc(event.updated_at),
        "sources": [{"doc_id": s.doc_id, "outlet": s.outlet, "url": s.url, "evidence": s.evidence}
                    for s in event.sources],
    }


def write_parquet(events: Iterable[StoredEvent], path: Target) -> ExportSummary:
    """Write the events to a Parquet file (a path or a binary stream)."""
    table = pa.Table.from_pylist([parquet_row(e) for e in events], schema=SCHEMA)
    pq.write_table(table, path)
    return ExportSummary(written=table.num_rows)
