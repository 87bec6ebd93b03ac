"""Territorial control: who gained, lost or withdrew from which place, and what share of it."""
from __future__ import annotations

from ..records import Control
from ..text.doc import Doc
from .frames import BACKGROUND, EVENT, TAKEOVERS, WITHDRAWAL, Frame


def control_records(doc: Doc) -> list[Control]:
    """One record per (place, actor, change): gains from take-overs (told as events or in passing), withdrawals
    from «انسحاب» statements (a transfer of territory told as a withdrawal is that withdrawal's record only)."""
    gains = [f for f in doc.frames if f.role == EVENT and f.sub_event_type in TAKEOVERS
             and f.trigger.value != "withdraw"] + \
        [f for f in doc.frames if f.role == BACKGROUND and f.sub_event_type in TAKEOVERS]
    withdrawals = [f for f in doc.frames if f.role == WITHDRAWAL]
    out: list[Control] = []
    seen: set[tuple] = set()
    for frame, change in [(f, "gained") for f in gains] + [(f, "withdrew") for f in withdrawals]:
        if frame.place is None:
            continue
        share = _share(doc, frame)
        for actor in frame.actors:
            if actor in ("CIVILIANS", "UNKNOWN"):
                continue
            key = (frame.place.name, actor, change)
            if key in seen:
                continue
            seen.add(key)
            out.append(Control(frame.place.name, frame.place.name_en, frame.place.admin1, actor, change, share,
                               frame.date_end or frame.date_start, doc.evidence(frame.clause.start, frame.clause.end)))
    return out


def _share(doc: Doc, frame: Frame) -> float | None:
    """«أكثر من 90% من مساحة المدينة» → 0.9."""
    for q in doc.quantities:
        if frame.trigger.char_end <= q.start and q.end <= frame.scope_end and q.percent and q.value is not None \
                and 0 < q.value <= 100:
            return round(q.value / 100, 3)
    return None
