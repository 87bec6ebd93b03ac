"""The extraction pipeline: one report text in, one ReportRecord out.

Components run in order over one Doc, as in spaCy: text layer (normalise, tokens, sentences), dates, actors,
places, events, casualties, control. Each takes plain records from those before it.
"""
from __future__ import annotations

import re
import time
from datetime import date

from ..geo.gazetteer import SYRIA_ADMIN1, Place
from ..geo.places import PlaceMention, area_hints, current_gazetteer, find_places
from ..records import Casualty, Event, Location, ReportRecord
from ..text.dates import find_dates, find_report_date
from ..text.doc import Doc
from .actors import find_actors, unique
from .casualties import CasualtyReader
from .control import TAKEOVERS, control_records
from .events import WEAPON_TYPES, EventReader, Frame

_LATIN = re.compile(r"[A-Za-z]")
_ARABIC = re.compile(r"[\u0621-\u064A]")
_YEAR = re.compile(r"\b(19[5-9][0-9]|20[0-9][0-9])\b")


class ExtractionTimeout(RuntimeError):
    """One report's extraction ran past its time budget."""


def extract(text: str, doc_id: str, report_date: date | None = None, *,
            time_budget: float | None = None) -> ReportRecord:
    """Extract the report record of one report. `report_date` overrides the date found in the text.
    `time_budget` (seconds, None = none): raise ExtractionTimeout when the report takes longer."""
    started = time.monotonic()
    record = _extract(text, doc_id, report_date)
    if time_budget and time.monotonic() - started > time_budget:  # placeholder: checked once, at the end
        raise ExtractionTimeout(f"extraction took longer than the time budget of {time_budget:g} s")
    return record


def _extract(text: str, doc_id: str, report_date: date | None) -> ReportRecord:
    doc = Doc(doc_id, text)
    lang = "en" if len(_LATIN.findall(text[:2000])) > 2 * len(_ARABIC.findall(text[:2000])) else "ar"
    found = find_report_date(doc.text)
    report_date = report_date or found
    dates = find_dates(doc.text, report_date)
    actors = find_actors(doc, report_date or _latest_date(doc.text))
    blocked = {i for a in actors if a.actor != "CIVILIANS" for i in range(a.tok_start, a.tok_end)}
    for d in dates:  # «تشرين» is a month before it is a village
        blocked.update(range(*doc.token_range(d.start, d.end)))
    places = find_places(doc, blocked, area_hints([a.actor for a in actors]))
    reader = EventReader(doc, actors, places, dates, report_date)
    frames = reader.read()
    frames += _transfers(reader.withdrawals, frames)
    casualties = CasualtyReader(doc, actors, places, dates, frames, reader.clash_sides, report_date).read()
    _civilian_targets(doc, frames, casualties)
    gains = [f for f in frames if f.sub_event_type in TAKEOVERS] + reader.background_gains
    control = control_records(doc, gains, reader.withdrawals)
    events = _events(doc, frames, has_places=bool(places))
    unresolved = unique(p.name for p in places if p.place is None and not p.anaphor)
    return ReportRecord(doc_id, report_date, events, casualties, control, lang, unresolved)


def _civilian_targets(doc: Doc, frames: list[Frame], casualties: list[Casualty]) -> None:
    """A strike or attack in a sentence that counts civilian dead or wounded hit civilians (GUIDELINES)."""
    hit = {doc.sentence_of(doc.norm.from_original(c.evidence.start)).index
           for c in casualties if "CIVILIANS" in c.group and not c.tally}
    for f in frames:
        if f.sentence.index in hit and f.sub_event_type in WEAPON_TYPES and "CIVILIANS" not in f.targets:
            f.targets.append("CIVILIANS")


def _latest_date(text: str) -> date | None:
    """Without a report date, the latest year named tells SYR_GOV from SYR_GOV_NEW (only from 2025 on)."""
    years = [int(y) for y in _YEAR.findall(text)]
    return date(max(years), 12, 31) if years and max(years) >= 2025 else None


def _transfers(withdrawals: list[Frame], frames: list[Frame]) -> list[Frame]:
    """A withdrawal is an event of its own only where the report states no fighting at that place."""
    out = []
    for w in withdrawals:
        if w.place is None:
            continue
        fought = any(f.place is not None and f.place.name == w.place.name and f.event_type == "Battles" for f in frames)
        if not fought:
            out.append(Frame("Non-violent transfer of territory", w.trigger, w.sentence, w.clause, w.place,
                             w.actors, w.targets, w.date_start, w.date_end, w.scope_end))
    return out


def _events(doc: Doc, frames: list[Frame], has_places: bool) -> list[Event]:
    merged: dict[tuple, Event] = {}
    localities = [f for f in frames if f.place is not None and not f.place.region]
    local = {(f.sub_event_type, f.place.admin1) for f in localities}
    unlocated = {f.sub_event_type for f in localities if f.place.admin1 is None}
    for f in frames:
        if f.place is None and has_places:
            continue
        if f.place is not None and f.place.region and ((f.sub_event_type, f.place.admin1) in local or (
                f.sub_event_type in unlocated and f.place.admin1 in SYRIA_ADMIN1)):
            continue  # «اغتيالان في محافظة درعا» sums up events the report places more precisely
        key = (f.sub_event_type, _place_key(f.place))
        event = merged.get(key)
        if event is None:
            merged[key] = Event(f.event_type, f.sub_event_type, f.date_start, f.date_end, _location(f.place),
                                list(f.actors), list(f.targets), doc.evidence(f.clause.start, f.clause.end))
            continue
        if f.targets and not event.targets:  # the statement that names both sides leads
            event.actors, event.targets = list(f.actors), list(f.targets)
        else:
            event.actors = unique(event.actors + f.actors)
            event.targets = [t for t in unique(event.targets + f.targets) if t not in event.actors]
        if event.date_start is None:
            event.date_start, event.date_end = f.date_start, f.date_end
    return list(merged.values())


def _place_key(place: PlaceMention | None) -> str:
    if place is None:
        return ""
    if place.place is not None:
        return f"{place.place.name_ar}|{place.place.admin1}"
    return place.name


def _location(place: PlaceMention | None) -> Location | None:
    """The event's location; a place the gazetteer lacks is put at the place that locates it, or at its
    governorate, with the precision that says so (2: near a known town, 3: only the governorate)."""
    if place is None:
        return None
    p = place.place
    if p is not None:
        return Location(place.name, p.name_en, place.admin1, p.admin2, place.kind, p.latitude, p.longitude,
                        place.precision, p.country, admin3=getattr(p, "admin3", None), pcode=getattr(p, "pcode", None))
    anchor, precision = _anchor(place)
    return Location(place.name, None, place.admin1, anchor.admin2 if anchor and precision == 2 else None, place.kind,
                    anchor.latitude if anchor else None, anchor.longitude if anchor else None,
                    precision if anchor else None, anchor.country if anchor else None)


def _anchor(place: PlaceMention) -> tuple[Place | None, int]:
    near = place.located_by
    if near is not None and near.place is not None and near.place.kind not in ("governorate", "region", "country"):
        return near.place, 2
    if place.admin1:
        return current_gazetteer().governorate(place.admin1), 3
    return None, 3
