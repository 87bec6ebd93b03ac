"""What the database hands to exports, the API and the CLI: plain records of reconciled events.

A reconciled event is one incident (one day or period, one place, one sub-event type) with every report
that states it (`sources`) and, per group and outcome, the figures the reports give and the low / best /
high counts drawn from them (`tolls`). Nothing here touches the database: the store fills these in.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from rasid.records import Location


@dataclass(slots=True)
class SourceMention:
    """One report's statement of an event: the report, its sentence, and why it was merged into the event."""

    report_id: int
    doc_id: str
    outlet: str | None
    url: str | None
    report_date: date | None
    evidence: str
    evidence_span: tuple[int, int]
    merge_reason: str  # "first report" for the report that created the event


@dataclass(slots=True)
class Figure:
    """One stated count, as its report states it («at least 12» → low 12, high None, qualifier at_least)."""

    low: int | None
    high: int | None
    qualifier: str
    tally: bool
    doc_id: str
    report_date: date | None
    evidence: str
    superseded: bool = False  # an earlier running tally that a later one replaces, or a count a tally includes
    report_id: int | None = None  # the stored report, for links to it (doc_ids need not be unique)


@dataclass(slots=True)
class Toll:
    """The count for one group and outcome at one event: low / best / high over the reports' figures."""

    group: list[str]  # actor ids; ["CIVILIANS"] for civilians
    outcome: str  # killed | injured
    low: int | None
    best: int | None
    high: int | None
    figures: list[Figure] = field(default_factory=list)


@dataclass(slots=True)
class StoredEvent:
    id: int
    event_id_cnty: str  # e.g. SYR42
    event_type: str
    sub_event_type: str
    date_start: date | None
    date_end: date | None
    location: Location | None
    actors: list[str]
    targets: list[str]
    review_state: str  # unreviewed | confirmed | edited | rejected
    sources: list[SourceMention] = field(default_factory=list)
    tolls: list[Toll] = field(default_factory=list)
    fatalities_low: int = 0
    fatalities_best: int = 0
    fatalities_high: int = 0
    updated_at: datetime | None = None
    sources_count: int = 0  # distinct reports; filled in lists, where `sources` is not loaded

    @property
    def fatalities_conservative(self) -> int:
        """ACLED's rule: when reports disagree, the lowest credible figure."""
        return self.fatalities_low
