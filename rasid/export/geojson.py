"""GeoJSON (RFC 7946): one Point feature per located event, for QGIS and web maps.

Events without usable coordinates are skipped and counted ("no_coordinates"). Coordinates are [lon, lat]
rounded to 5 decimals (about a metre); the file is strict JSON (no NaN), UTF-8, Arabic left unescaped.
Rejected events are kept with their review_state, so a map can filter or style them.
"""
from __future__ import annotations

import json
from typing import Iterable

from rasid.records import iso_or_none
from rasid.store.views import StoredEvent

from .acled import sentence
from .common import ExportSummary, Target, coordinates, day_span, event_country, open_text, place_name, unique


def event_note(event: StoredEvent) -> str:
    """The ACLED-style sentence of the whole event: its whole period and whole counts."""
    span = day_span(event)
    when = ("On an unknown date" if span is None else f"On {span[0]}" if span[0] == span[1]
            else f"From {span[0]} to {span[1]}")
    fatalities = (event.fatalities_low, event.fatalities_best, event.fatalities_high)
    return sentence(event, when, fatalities, event_country(event))


def feature(event: StoredEvent) -> dict | None:
    coords = coordinates(event.location)
    if coords is None:
        return None
    loc = event.location
    return {
        "type": "Feature",
        "id": event.id,
        "geometry": {"type": "Point", "coordinates": [round(coords[1], 5), round(coords[0], 5)]},
        "properties": {
            "id": event.id,
            "event_id_cnty": event.event_id_cnty,
            "event_date": iso_or_none(event.date_start),
            "date_end": iso_or_none(event.date_end),
            "event_type": event.event_type,
            "sub_event_type": event.sub_event_type,
            "actors": "; ".join(unique(event.actors)),
            "targets": "; ".join(unique(event.targets)),
            "admin1": loc.admin1,
            "admin2": loc.admin2,
            "location": place_name(loc),
            "geo_precision": loc.geo_precision,
            "fatalities_low": event.fatalities_low,
            "fatalities_best": event.fatalities_best,
            "fatalities_high": event.fatalities_high,
            "review_state": event.review_state,
            "sources": len(event.sources),
            "notes": event_note(event),
        },
    }


def write_geojson(events: Iterable[StoredEvent], stream: Target) -> ExportSummary:
    """Write a FeatureCollection to a path or text stream, a feature at a time (so that a large export is never
    held whole); `skipped["no_coordinates"]` counts unlocated events."""
    summary = ExportSummary()
    with open_text(stream) as fh:
        fh.write('{"type": "FeatureCollection", "features": [')
        for event in events:
            f = feature(event)
            if f is None:
                summary.skip("no_coordinates")
                continue
            fh.write(("\n" if summary.written == 0 else ",\n")
                     + json.dumps(f, ensure_ascii=False, allow_nan=False))
            summary.written += 1
        fh.write("]}\n")
    return summary
