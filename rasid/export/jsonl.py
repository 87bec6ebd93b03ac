"""JSON Lines: one reconciled event per line, every field of StoredEvent (sources, tolls and figures too)."""
from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime
from typing import Any, Iterable

from rasid.store.views import StoredEvent

from .common import ExportSummary, Target, finite, open_text, utc


def plain(value: Any) -> Any:
    """JSON-ready copy: ISO dates and times (UTC), tuples as lists, NaN as null."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, datetime):  # before date: a datetime is a date
        return utc(value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return finite(value)
    return value


def event_dict(event: StoredEvent) -> dict:
    return plain(asdict(event))


def write_jsonl(events: Iterable[StoredEvent], stream: Target) -> ExportSummary:
    summary = ExportSummary()
    with open_text(stream) as fh:
        for event in events:
            fh.write(json.dumps(event_dict(event), ensure_ascii=False, allow_nan=False) + "\n")
            summary.written += 1
    return summary
