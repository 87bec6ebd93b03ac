"""Event frames: an event as extraction reads it (trigger, sentence, place, sides, dates), before it is a record.

The events component adds frames to the Doc; later components (transfers, casualties, control, records) read
them. A frame's role says what it stands for: an event the report tells, a withdrawal (a control change that is an
event only where no fighting is told), or a gain told in passing («البلدات التي سيطرت عليها الهيئة»), which is
a control statement but no event.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..geo.places import PlaceMention
from ..taxonomy import SUB_EVENT_TYPES
from ..text.doc import Sentence
from ..text.lexicon import Match
from ..text.segment import Span

EVENT, WITHDRAWAL, BACKGROUND = "event", "withdrawal", "background"
TAKEOVERS = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                       "Non-violent transfer of territory"})


@dataclass(slots=True)
class Frame:
    sub_event_type: str
    trigger: Match
    sentence: Sentence
    clause: Span
    place: PlaceMention | None
    actors: list[str]
    targets: list[str]
    date_start: date | None = None
    date_end: date | None = None
    scope_end: int = 0
    extra_places: list[PlaceMention] = field(default_factory=list)
    role: str = EVENT  # event | withdrawal | background
    between: bool = False  # the sides were read from «بين … و…»: the two sides of the fighting
    named_agents: bool = True  # False: the clause does not name the acting side (guessed from the sentence)
    inferred_targets: bool = False  # the side hit is the report's other camp, not named with the event
    inherited_sides: bool = False  # both sides are those of an earlier clash: its statement names none
    # a strike told without the side hit: the report's other camp, for the event record only (not for the casualty
    # counts, whose victims are those the statement names)
    camp_targets: list[str] = field(default_factory=list)

    @property
    def told_sides(self) -> list[str]:
        """The sides its own statement names: its actors, and its targets unless inferred from the report."""
        if self.inherited_sides:
            return []
        return self.actors + ([] if self.inferred_targets else self.targets)

    @property
    def event_type(self) -> str:
        return SUB_EVENT_TYPES[self.sub_event_type]


def event_frames(frames: list[Frame]) -> list[Frame]:
    return [f for f in frames if f.role == EVENT]


def fighting_sides(frames: list[Frame]) -> tuple[list[str], list[str]] | None:
    """The two sides of the last clash whose sides the report names with «بين … و…», if any."""
    for f in reversed(frames):
        if f.between:
            return f.actors, f.targets
    return None
