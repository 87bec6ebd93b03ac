"""The plain records every stage passes on: the report record of SCHEMA.md plus evidence spans."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


def iso_or_none(day: date | None) -> str | None:
    """A day (or a moment) as ISO 8601 text, None for none: how every output writes its dates."""
    return day.isoformat() if day is not None else None


@dataclass(slots=True)
class Evidence:
    """Where a record is stated: character offsets [start, end) in the original report text."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Location:
    name_ar: str | None
    name_en: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    kind: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    country: str | None = None
    admin3: str | None = None
    pcode: str | None = None


@dataclass(slots=True)
class Event:
    event_type: str
    sub_event_type: str
    date_start: date | None
    date_end: date | None
    location: Location | None
    actors: list[str]
    targets: list[str]
    evidence: Evidence


@dataclass(slots=True)
class Casualty:
    group: list[str]
    outcome: str  # killed | injured
    low: int | None
    high: int | None
    qualifier: str  # exact | at_least | more_than | about | up_to | vague
    date_start: date | None
    date_end: date | None
    place_ar: str | None
    evidence: Evidence
    admin1: str | None = None
    tally: bool = False  # a running total («since A until B») rather than the count of one incident
    subset_of: int | None = None  # index of the casualty record this one is part of («بينهم 8 …»)


@dataclass(slots=True)
class Control:
    place_ar: str | None
    place_en: str | None
    admin1: str | None
    actor: str
    change: str  # gained | lost | withdrew | holds
    share: float | None
    date: date | None
    evidence: Evidence


@dataclass(slots=True)
class ReportRecord:
    doc_id: str
    report_date: date | None
    events: list[Event] = field(default_factory=list)
    casualties: list[Casualty] = field(default_factory=list)
    control: list[Control] = field(default_factory=list)
    lang: str = "ar"
    unresolved_places: list[str] = field(default_factory=list)  # names the gazetteer lacks, for analysts to add

    def to_dict(self) -> dict[str, Any]:
        """The SCHEMA.md record: ISO dates, evidence as text plus `evidence_span` offsets."""
        return _plain(asdict(self))


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {"start", "end", "text"}:
            return value  # an Evidence; flattened by the caller below
        out: dict[str, Any] = {}
        for key, item in value.items():
            if key == "evidence" and isinstance(item, dict):
                out["evidence"] = item["text"]
                out["evidence_span"] = [item["start"], item["end"]]
            else:
                out[key] = _plain(item)
        return out
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value
