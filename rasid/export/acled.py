"""ACLED CSV: reconciled events as rows of ACLED's 31 columns, coded as ACLED codes them.

- Rejected events (review_state "rejected") are left out; so are undated events (counted as "no_date").
- One row per day and place. An event over k days becomes k rows, `event_id_cnty` suffixed -1 … -k,
  time_precision 2 when the report covers up to 7 days and 3 beyond (1 for a single day); its conservative
  fatalities (`fatalities_low`) are split evenly, the remainder going to the earliest days (7 over 3 → 3, 2, 2).
  A period longer than 31 days (a report summing up months) stays one row on its first day, time_precision 3.
- Events on the same day at the same place (location name and admin1) make one row, typed by ACLED's tactic
  hierarchy (data/lexicons/acled_event_precedence.tsv: Battles > Explosions/Remote violence > Violence
  against civilians > Riots > Protests > Strategic developments; among equals the deadlier, then the
  lower id). Fatalities are summed; the other events' actors join the assoc actors of the side they were
  on, their outlets the source and their sentences the notes. Events without a place are never merged.
- actor1 is the first actor, assoc_actor_1 the rest of that side; actor2 the first target, assoc_actor_2
  the rest. Names and inter codes come from data/lexicons/acled_actors.tsv (country-specific rows win:
  "Civilians (Syria)" / "Civilians (Iraq)"); foreign state forces are 8 (external forces), as in ACLED's
  newer codebook. An event without actors gets Protesters / Rioters for protests / riots, else an
  Unidentified Armed Group. interaction is the two inter codes, smaller first (12, 17), or inter1 × 10
  when there is no actor2.
- civilian_targeting is "Civilian targeting" when civilians are among the targets, except for Battles,
  which ACLED never codes as civilian targeting.
- disorder_type follows the event type; iso 760 / 368, region "Middle East", country from the location's
  country, its governorate, or the event id's prefix; geo_precision defaults to 3; source_scale "Other";
  tags ""; timestamp the Unix seconds of the last update (0 when unknown).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable

from rasid.store.views import StoredEvent
from rasid.text.lexicon import read_tsv

from .common import (ISO_CODES, ExportSummary, Target, coordinates, day_span, event_country, open_text,
                     place_name, unique, unix_seconds)

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
_DISORDER = {
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Protests": "Demonstrations", "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
_NO_ACTOR = {"Protests": "PROTESTERS", "Riots": "RIOTERS"}  # others: UNKNOWN


@lru_cache(maxsize=1)
def _precedence() -> dict[str, int]:
    return {row[0].casefold(): int(row[1]) for row in read_tsv("acled_event_precedence.tsv") if len(row) > 1}


@lru_cache(maxsize=1)
def _actor_table() -> dict[tuple[str, str], tuple[str, int | None]]:
    table: dict[tuple[str, str], tuple[str, int | None]] = {}
    for row in read_tsv("acled_actors.tsv"):
        if len(row) < 2:
            continue
        inter = int(row[2]) if len(row) > 2 and row[2] else None
        table[(row[0], row[3] if len(row) > 3 else "")] = (row[1], inter)  # later rows replace earlier ones
    return table


def actor(ident: str, country: str) -> tuple[str, int | None]:
    """ACLED's name and inter code of an actor id in a country; an unlisted id is exported as itself."""
    table = _actor_table()
    return table.get((ident, country)) or table.get((ident, "")) or (ident, None)


def _rank(event_type: str) -> int:
    return _precedence().get((event_type or "").casefold(), 99)


@dataclass(slots=True)
class _Day:
    """One event on one of its days: the unit ACLED merges by day and place."""

    event: StoredEvent
    day: date
    index: int  # 1-based day of a multi-day event; 0 for a single-day one
    days: int
    fatalities: tuple[int, int | None, int | None]  # this day's share of low / best / high


def _shares(total: int | None, k: int) -> list[int | None]:
    if total is None:
        return [None] * k
    base, rest = divmod(max(total, 0), k)
    return [base + (i < rest) for i in range(k)]


MAX_SPLIT_DAYS = 31  # a longer period is one row on its first day, time_precision 3, not a row a day


def _split(event: StoredEvent, start: date, end: date) -> list[_Day]:
    k = (end - start).days + 1
    if k > MAX_SPLIT_DAYS:
        return [_Day(event, start, 0, k, (event.fatalities_low or 0, event.fatalities_best, event.fatalities_high))]
    low, best, high = (_shares(v, k) for v in (event.fatalities_low or 0, event.fatalities_best,
                                                event.fatalities_high))
    return [_Day(event, start + timedelta(days=i), i + 1 if k > 1 else 0, k, (low[i] or 0, best[i], high[i]))
            for i in range(k)]


def _place_key(d: _Day) -> tuple:
    loc = d.event.location
    name = place_name(loc).casefold()
    if not name:
        return (d.day, "#", d.event.id)  # no place: nothing to say it is the same incident
    return (d.day, name, (loc.admin1 or "").casefold())


def _sides(winner: _Day, days: list[_Day]) -> tuple[list[str], list[str]]:
    """Actor ids of both sides: the winner's, then the others' on the side each held in its own event."""
    side1, side2 = unique(winner.event.actors), unique(winner.event.targets)
    for d in days:
        if d is winner:
            continue
        side1 += [a for a in unique(d.event.actors) if a not in side1 and a not in side2]
        side2 += [t for t in unique(d.event.targets) if t not in side1 and t not in side2]
    return side1 or [_NO_ACTOR.get(winner.event.event_type, "UNKNOWN")], side2


def _interaction(inter1: int | None, inter2: int | None, has_actor2: bool) -> int | None:
    if inter1 is None or (has_actor2 and inter2 is None):
        return None
    if not has_actor2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def sentence(event: StoredEvent, when: str, fatalities: tuple, country: str) -> str:
    """The notes sentence («On 2024-01-02, …»): what, who, where, which reports, and the low / best / high counts."""
    names = unique(actor(i, country)[0] for i in event.actors + event.targets)
    loc = event.location
    place, admin1 = place_name(loc), loc.admin1 if loc else None
    where = f"{place} ({admin1})" if place and admin1 and place != admin1 else place or admin1 or "an unknown place"
    docs = ", ".join(unique(s.doc_id for s in event.sources)) or "none"
    low, best, high = ("?" if v is None else v for v in fatalities)
    return (f"{when}, {event.sub_event_type or event.event_type} involving "
            f"{' and '.join(names) or 'unnamed actors'} in {where}. Sources: {docs}. "
            f"Fatalities low/best/high: {low}/{best}/{high}.")


def _note(d: _Day, country: str) -> str:
    when = f"On {d.day.isoformat()}"
    if d.days > 1:
        when += f" (day {d.index} of {d.days}, reported for {d.event.date_start} to {d.event.date_end})"
    return sentence(d.event, when, d.fatalities, country)


def _row(days: list[_Day]) -> dict:
    winner = min(days, key=lambda d: (_rank(d.event.event_type), -d.fatalities[0], d.event.id))
    e, loc = winner.event, winner.event.location
    country = event_country(e)
    side1, side2 = _sides(winner, days)
    names1 = unique(actor(i, country)[0] for i in side1)
    names2 = unique(actor(i, country)[0] for i in side2)
    inter1 = actor(side1[0], country)[1]
    inter2 = actor(side2[0], country)[1] if side2 else None
    coords = coordinates(loc)
    return {
        "event_id_cnty": e.event_id_cnty + (f"-{winner.index}" if winner.index else ""),
        "event_date": winner.day.isoformat(),
        "year": winner.day.year,
        "time_precision": 1 if winner.days == 1 else 2 if winner.days <= 7 else 3,
        "disorder_type": _DISORDER.get(e.event_type, ""),
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "actor1": names1[0],
        "assoc_actor_1": "; ".join(names1[1:]),
        "inter1": inter1,
        "actor2": names2[0] if names2 else "",
        "assoc_actor_2": "; ".join(names2[1:]),
        "inter2": inter2,
        "interaction": _interaction(inter1, inter2, bool(side2)),
        "civilian_targeting": "Civilian targeting" if "CIVILIANS" in side2 and e.event_type != "Battles" else "",
        "iso": ISO_CODES[country],
        "region": "Middle East",
        "country": country,
        "admin1": (loc.admin1 if loc else None) or "",
        "admin2": (loc.admin2 if loc else None) or "",
        "admin3": (loc.admin3 if loc else None) or "",
        "location": place_name(loc),
        "latitude": round(coords[0], 4) if coords else None,
        "longitude": round(coords[1], 4) if coords else None,
        "geo_precision": (loc.geo_precision if loc else None) or 3,
        "source": "; ".join(unique(s.outlet for d in days for s in d.event.sources)),
        "source_scale": "Other",
        "notes": " ".join(unique(_note(d, country) for d in days)),
        "fatalities": sum(d.fatalities[0] for d in days),
        "tags": "",
        "timestamp": max(unix_seconds(d.event.updated_at) for d in days),
    }


def _build(events: Iterable[StoredEvent]) -> tuple[list[dict], ExportSummary]:
    summary = ExportSummary()
    groups: dict[tuple, list[_Day]] = {}
    for event in events:
        if event.review_state == "rejected":
            summary.skip("rejected")
            continue
        span = day_span(event)
        if span is None:
            summary.skip("no_date")
            continue
        for d in _split(event, *span):
            groups.setdefault(_place_key(d), []).append(d)
    rows = [_row(days) for days in groups.values()]
    merged = sum(len(days) - 1 for days in groups.values())
    if merged:
        summary.skip("merged_same_day_place", merged)  # day-rows folded into another row, not lost
    rows.sort(key=lambda r: r["event_date"])  # stable: reports' order within a day
    summary.written = len(rows)
    return rows, summary


def acled_rows(events: Iterable[StoredEvent]) -> list[dict]:
    """The ACLED rows of the events, one dict a row with the keys of COLUMNS in order."""
    return _build(events)[0]


def write_acled_csv(events: Iterable[StoredEvent], path_or_stream: Target) -> ExportSummary:
    """Write the ACLED CSV (UTF-8, no BOM) to a path or text stream; `written` counts rows."""
    rows, summary = _build(events)
    with open_text(path_or_stream, newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return summary
