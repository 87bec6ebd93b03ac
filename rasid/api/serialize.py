"""Plain records to the API's JSON shapes (see the dashboard's contract in rasid/api/static/app.js)."""
from __future__ import annotations

from dataclasses import asdict, fields
from datetime import date
from functools import lru_cache
from typing import Any

from fastapi import HTTPException

from ..records import Location, iso_or_none
from ..store import models
from ..store.reconcile import Total, merge_code
from ..store.views import StoredEvent


_LOCATION_FIELDS = tuple(f.name for f in fields(Location))


def _location(e: StoredEvent) -> dict[str, Any] | None:
    """The event's place (dataclasses.asdict without its deep copies: a location holds plain values, and the copies
    took a tenth of a page of 500); an English name the stored place lacks is taken from the gazetteer now in use
    (one imported after the event was stored may name it), so that the English interface can show it."""
    if e.location is None:
        return None
    out = {name: getattr(e.location, name) for name in _LOCATION_FIELDS}
    if not out.get("name_en") and out.get("name_ar"):
        from ..geo.places import current_gazetteer

        out["name_en"] = english_name(current_gazetteer(), out["name_ar"], out.get("admin1"))
    return out


@lru_cache(maxsize=4096)
def english_name(gazetteer, name_ar: str, admin1: str | None) -> str | None:
    """The English name a gazetteer gives an Arabic place name in a governorate (any, with none), or None."""
    for place in gazetteer.lookup(name_ar, admin1=admin1):
        if place.name_en and (admin1 is None or place.admin1 == admin1):
            return place.name_en
    return None


def event(e: StoredEvent) -> dict[str, Any]:
    return {
        "id": e.id, "event_id_cnty": e.event_id_cnty, "event_type": e.event_type, "sub_event_type": e.sub_event_type,
        "date_start": iso_or_none(e.date_start), "date_end": iso_or_none(e.date_end),
        "location": _location(e), "actors": e.actors, "targets": e.targets,
        "review_state": e.review_state,
        "fatalities": {"low": e.fatalities_low, "best": e.fatalities_best, "high": e.fatalities_high},
        "sources_count": e.sources_count,
    }


def cursor(key: tuple[date | None, int]) -> str:
    """The `next` of an event page: `YYYY-MM-DD:ID`, or `:ID` for an undated event; sent back as `after`."""
    day, event_id = key
    return f"{day.isoformat() if day else ''}:{event_id}"


def parse_cursor(value: str) -> tuple[date | None, int]:
    """`after` back to its key; 422 (without echoing the value) for one that is not a cursor."""
    try:
        day, event_id = value.rsplit(":", 1)
        key = (date.fromisoformat(day) if day else None), int(event_id)
    except ValueError:
        key = None
    if key is None or not 0 <= key[1] <= models.MAX_INTEGER:
        raise HTTPException(422, "after must be a cursor YYYY-MM-DD:ID (the 'next' of a page)")
    return key


def event_detail(e: StoredEvent, history: list[models.ReviewAction]) -> dict[str, Any]:
    out = event(e)
    out["sources"] = [
        {"report_id": s.report_id, "doc_id": s.doc_id, "outlet": s.outlet, "url": s.url,
         "report_date": iso_or_none(s.report_date), "evidence": s.evidence, "evidence_span": list(s.evidence_span),
         "merge_reason": s.merge_reason, "merge": merge_code(s.merge_reason)}
        for s in e.sources
    ]
    out["tolls"] = [
        {"group": t.group, "outcome": t.outcome, "low": t.low, "best": t.best, "high": t.high,
         "figures": [{**asdict(f), "report_date": iso_or_none(f.report_date)} for f in t.figures]}
        for t in e.tolls
    ]
    out["reviews"] = [
        {"at": iso_or_none(a.at), "user": a.user, "action": a.action, "before": a.before, "after": a.after, "note": a.note}
        for a in history
    ]
    return out


def review_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """The dashboard's flat edit form to the review module's fields: `fatalities_best` (with optional low/high)
    becomes `fatalities` (a new sub-event type brings its event type along in rasid.store.review)."""
    out = dict(changes)
    parts = {k: out.pop(f"fatalities_{k}") for k in ("low", "best", "high") if f"fatalities_{k}" in out}
    if parts:
        best = parts.get("best", parts.get("low", 0))
        out["fatalities"] = {"low": parts.get("low", best), "best": best, "high": parts.get("high", best)}
    return out


def report(r: models.Report, full: bool = True) -> dict[str, Any]:
    out = {"id": r.id, "doc_id": r.doc_id, "report_date": iso_or_none(r.report_date),
           "outlet": r.source.name if r.source else None, "url": r.url, "title": r.title,
           "ingested_at": iso_or_none(r.ingested_at), "lang": r.lang}  # «ar», «en» or «other»: how its text is shown
    if full:
        out["text"] = r.text
        out["unresolved_places"] = r.unresolved_places
        out["notes"] = r.notes or []  # what reading changed in the report (characters no database stores)
    else:
        out["snippet"] = r.text[:200]
    return out


def _span(row) -> list[int]:
    return [row.span_start, row.span_end]


def casualty(c: models.CasualtyStatement) -> dict[str, Any]:
    return {"id": c.id, "report_id": c.report_id, "doc_id": c.report.doc_id, "event_id": c.event_id,
            "group": c.group, "outcome": c.outcome, "low": c.low, "high": c.high, "qualifier": c.qualifier,
            "date_start": iso_or_none(c.date_start), "date_end": iso_or_none(c.date_end), "place_ar": c.place_ar,
            "admin1": c.admin1, "tally": c.tally, "evidence": c.evidence, "evidence_span": _span(c)}


def control(c: models.ControlStatement) -> dict[str, Any]:
    return {"id": c.id, "report_id": c.report_id, "doc_id": c.report.doc_id, "place_ar": c.place_ar,
            "place_en": c.place_en, "admin1": c.admin1, "actor": c.actor, "change": c.change, "share": c.share,
            "date": iso_or_none(c.date), "evidence": c.evidence, "evidence_span": _span(c)}


def place(p: models.Place, events: int) -> dict[str, Any]:
    return {"id": p.id, "name_ar": p.name_ar, "name_en": p.name_en, "admin1": p.admin1 or None,
            "admin2": p.admin2 or None, "admin3": p.admin3, "pcode": p.pcode, "country": p.country,
            "latitude": p.latitude, "longitude": p.longitude, "geo_precision": p.geo_precision, "events": events}


def total(t: Total) -> dict[str, Any]:
    return {"group": t.group, "outcome": t.outcome, "scope": t.scope, "low": t.low, "best": t.best, "high": t.high,
            "incidents": t.incidents,
            "tallies": [{**asdict(f), "report_date": iso_or_none(f.report_date)} for f in t.tallies]}
