"""The one definition of ACLED's event taxonomy and of the actor table, read from data files in rasid/data.

Extraction, the store, the API, the exports and the dashboard all take event types, sub-event types and actor
ids from here; the labels shown to people (Arabic and English) live beside them.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class ActorInfo:
    id: str
    camp: str  # actors of one camp are one side of a clash («قوات النظام وحزب الله»)
    armed: bool
    label_en: str
    label_ar: str
    strikes: str = ""  # air | ground | "": what its strikes are when no weapon is named
    state: bool = False  # a government's forces or those fighting with them: their take-overs are «regains»


@dataclass(frozen=True, slots=True)
class EventTypeInfo:
    name: str
    label_ar: str
    color: str


def _rows(name: str) -> list[list[str]]:
    text = resources.files("rasid.data").joinpath(name).read_text(encoding="utf-8")
    return [[c.strip() for c in line.split("\t")] for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


EVENT_TYPE_INFO: dict[str, EventTypeInfo] = {r[0]: EventTypeInfo(r[0], r[1], r[2]) for r in _rows("event_types.tsv")}
SUB_EVENT_TYPES: dict[str, str] = {r[0]: r[1] for r in _rows("taxonomy.tsv")}  # sub-event type → event type
SUB_EVENT_LABELS_AR: dict[str, str] = {r[0]: r[2] for r in _rows("taxonomy.tsv")}
ACTORS: dict[str, ActorInfo] = {r[0]: ActorInfo(r[0], r[1], r[2] == "yes", r[3], r[4], r[5], r[6] == "yes")
                                for r in _rows("actor_ids.tsv")}

EVENT_TYPES: tuple[str, ...] = tuple(EVENT_TYPE_INFO)
ARMED: frozenset[str] = frozenset(a for a, info in ACTORS.items() if info.armed)
GOVERNMENT_SIDE: frozenset[str] = frozenset(a for a, info in ACTORS.items() if info.camp == "government")
STATE_FORCES: frozenset[str] = frozenset(a for a, info in ACTORS.items() if info.state)
# the armed sides a report can name as such: not the unknown side (nor civilians, who are no armed side)
NAMED_ARMED: frozenset[str] = ARMED - {"CIVILIANS", "UNKNOWN"}


def event_type_of(sub_event_type: str) -> str:
    """The event type of an ACLED sub-event type; KeyError for a name outside the taxonomy."""
    return SUB_EVENT_TYPES[sub_event_type]


def same_camp(a: str, b: str) -> bool:
    return a == b or (a in ACTORS and b in ACTORS and ACTORS[a].camp == ACTORS[b].camp)


assert set(SUB_EVENT_TYPES.values()) <= set(EVENT_TYPES), "taxonomy.tsv names an event type missing from event_types.tsv"
