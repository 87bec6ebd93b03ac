"""Event records from event frames: one per (sub-event type, place), with its location and coordinates."""
from __future__ import annotations

from ..geo.gazetteer import SYRIA_ADMIN1, Place
from ..geo.places import (CAPITAL_AND_COUNTRYSIDE, PlaceMention, current_gazetteer, located_by_direction,
                          unnamed_village_near, written_as_region)
from ..records import Event, Location
from ..taxonomy import ACTORS
from ..text.doc import Doc
from .actors import unique
from .frames import Frame

# one-sided violence: its author is a side the report may leave unnamed, written UNKNOWN (GUIDELINES)
UNSIGNED_TYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                            "Suicide bomb", "Grenade", "Chemical weapon", "Attack", "Abduction/forced disappearance"})


# a title's event told in the body at the same place as the kin type its own statement makes clear: an arrest read
# as an abduction where the title names no arresting side
TITLE_KIN = {"Abduction/forced disappearance": "Arrests"}


def event_records(doc: Doc, frames: list[Frame], has_places: bool) -> list[Event]:
    """Frames of one sub-event type at one place make one event; the statement naming both sides leads."""
    merged: dict[tuple, Event] = {}
    inferred: dict[tuple, bool] = {}  # whether an event's targets are only those inferred from the report's camps
    headline = doc.headline_end()
    told = {(f.sub_event_type, f.place.admin1) for f in frames if f.sentence.index >= headline and f.place is not None}
    body = {(g.sub_event_type, _place_key(g.place)) for g in frames if g.sentence.index >= headline}

    def title_summary(f: Frame, told_at: set) -> bool:  # a title sums up what the body tells more precisely
        if f.sentence.index < headline and f.place is not None and f.sub_event_type in TITLE_KIN \
                and (TITLE_KIN[f.sub_event_type], _place_key(f.place)) in told_at:
            return True  # «… واعتقالات في بلدة X» over the body's arrests there: the title's side is guessed from its
            # other half («هجوم لخلايا التنظيم …»), the body names who arrested
        return f.sentence.index < headline and f.place is not None and (f.sub_event_type, f.place.admin1) in told \
            and (f.sub_event_type, _place_key(f.place)) not in told_at

    # (a title set aside sums up nothing itself: «اشتباكات … وقصف يستهدف تل رفعت» over the body's clash in the
    # countryside of Marea)
    # events told as earlier than the report's news («وفي وقت سابق، قتل …», «أشار في 3 مارس الفائت إلى …»): a
    # governorate's event and a local one, one of them told so, are two events, not a sum and its part
    earlier = {id(f) for f in frames if _told_as_earlier(doc, f)}
    localities = [f for f in frames if f.place is not None and not f.place.region and not title_summary(f, body)
                  and id(f) not in earlier]
    # the (type, governorate) of those local events, with their districts (None: a place the gazetteer lacks)
    local_districts: dict[tuple, set] = {}
    local_days: dict[tuple, set] = {}  # the days of those local events
    for f in localities:
        if f.place.admin1:
            local_districts.setdefault((f.sub_event_type, f.place.admin1), set()).add(
                f.place.place.admin2 if f.place.place is not None else None)
        if not f.place.assumed:
            local_days.setdefault((f.sub_event_type, f.place.admin1), set()).add(f.date_start)
    unlocated = {f.sub_event_type for f in localities if f.place.admin1 is None or f.place.assumed}
    # «قصف أحياء حلب» beside «قصف حي كرم الطراب بحلب»: the city sums up what the report places in its quarters
    located_in = {(f.sub_event_type, f.place.located_by.name) for f in localities if f.place.located_by is not None}
    # (a governorate or countryside written so, «بنش بريف محافظة إدلب», locates the town in the region, and sums up
    # nothing of the city of its name: «مدينة إدلب وبنش» are two places)
    # (nor does a city named as a point of reference, «تلبيسة شمال حمص»: the town lies outside it, and the
    # strikes the report tells on the city are events of their own)
    located_in_city = {(f.sub_event_type, f.place.located_by.name) for f in localities
                       if f.place.located_by is not None and not written_as_region(doc, f.place.located_by)
                       and not located_by_direction(doc, f.place)}
    # «قصفه بالبراميل لأحياء حلب» beside «أحياء الصاخور والشعار»: the city sums up the quarters the gazetteer puts in
    # its district (a quarter's row names no city: the city's district stands for it)
    # (only when the city's statement names a side the quarters' events name too: the city shelled by one side
    # beside quarters shelled by the other are two events)
    quarters: dict[tuple, set] = {}
    quarter_sides: dict[tuple, set] = {}
    for f in localities:
        if f.place.place is not None and f.place.place.kind == "neighbourhood" and f.place.place.admin2:
            key = (f.sub_event_type, f.place.place.admin1, f.place.place.admin2)
            quarters.setdefault(key, set()).add(None if f.place.assumed else f.date_start)
            quarter_sides.setdefault(key, set()).update(a for a in f.actors if a != "UNKNOWN")
    unnamed_summed = _unnamed_villages_named_elsewhere(doc, frames, localities)
    summaries: list[Frame] = []  # frames set aside for the more precise events they sum up
    # English reports tell an event in a named area («shelling on positions in Jabal al-Zawiya») beside those in the
    # governorate's villages (for Arabic reports the area still sums them up: tried, the Arabic events fell)
    named_areas_told = doc.lang.syntax.get("subject") == "before"
    # the places the body tells events at (a countryside it sums up in its villages, «in the western countryside
    # of Kobani» beside «between the villages of X and Y», is no such place: the title's town goes with it)
    # (only the body's own localities count here: a title's «قرى تل تمر» over the body's «ريف ناحية تل تمر» would
    # otherwise set both aside, the body's countryside for the title's town and the title for want of a body place)
    local_body = {(f.sub_event_type, f.place.admin1) for f in localities if f.place.admin1
                  and f.sentence.index >= headline}
    body_keys = {(g.sub_event_type, _place_key(g.place)) for g in frames if g.sentence.index >= headline
                 and not (g.place is not None and g.place.region and (g.sub_event_type, g.place.admin1) in local_body)
                 and id(g) not in unnamed_summed}
    # «An explosion was heard in X. … it was caused by a grenade thrown at a checkpoint»: the blast is the grenade's
    thrown = {_place_key(f.place) for f in frames if f.sub_event_type == "Grenade" and f.place is not None}
    unknown_named: set[tuple] = set()
    for f in frames:
        if f.place is None and has_places:
            continue
        if f.sub_event_type == "Remote explosive/landmine/IED" and f.trigger.value == "explosion" \
                and f.place is not None and _place_key(f.place) in thrown:
            continue
        if id(f) in unnamed_summed:
            summaries.append(f)
            continue  # (`_unnamed_villages_named_elsewhere`)
        if title_summary(f, body_keys):  # (body_keys is within body: this holds wherever title_summary(f, body) does)
            summaries.append(f)
            continue  # a title sums up what the body tells more precisely («… drone attack in Qamishli» over the village)
        if f.place is not None and f.place.region and id(f) not in earlier \
                and not (named_areas_told and _named_area(f.place)) \
                and not _town_countryside(f.place, local_districts.get((f.sub_event_type, f.place.admin1))) and (any(
                (f.sub_event_type, a) in local_districts for a in _summed_admin1(f.place)) or (
                f.sub_event_type in unlocated and f.place.admin1 in SYRIA_ADMIN1)) and not _another_day(
                f, set().union(*(local_days.get((f.sub_event_type, a), set()) for a in _summed_admin1(f.place)))
                or None):
            summaries.append(f)
            continue  # «اغتيالان في محافظة درعا» sums up events the report places more precisely
        city = f.place.place if f.place is not None else None
        district = (f.sub_event_type, city.admin1, city.admin2) if city is not None and city.kind == "city" else None
        if district in quarters and not _another_day(f, quarters[district]) and _same_sides(f, quarter_sides[district]):
            summaries.append(f)
            continue  # the city sums up its quarters' events (`quarters` above)
        if f.place is not None and id(f) not in earlier \
                and (f.sub_event_type, f.place.name) in (located_in if f.place.region else located_in_city):
            summaries.append(f)
            continue
        key = _strike_key(f, merged)
        if f.named_agents and f.actors == ["UNKNOWN"]:
            unknown_named.add(key)  # «طائرات مسيرة مجهولة الهوية»: the report says the author is unknown
        event = merged.get(key)
        if event is None:
            merged[key] = Event(f.event_type, f.sub_event_type, f.date_start, f.date_end, location_of(f.place),
                                list(f.actors), list(f.targets or f.camp_targets),
                                doc.evidence(f.clause.start, f.clause.end))
            inferred[key] = f.inferred_targets or not f.targets and bool(f.camp_targets)
            continue
        if f.targets and not f.inferred_targets and (not event.targets or inferred[key]):
            # the statement that names both sides leads (over sides inferred from the report's other camp)
            event.actors, event.targets = list(f.actors) or event.actors, list(f.targets)
            inferred[key] = False
        elif f.inferred_targets and event.targets:  # its other side is a guess: only its named side adds
            event.actors = unique(event.actors + [a for a in f.actors if a not in event.targets])
        else:
            event.actors = unique(event.actors + f.actors)
            event.targets = [t for t in unique(event.targets + f.targets) if t not in event.actors]
        if event.date_start is None:
            event.date_start, event.date_end = f.date_start, f.date_end
        elif f.date_start is not None and f.date_start < event.date_start:
            # one event told on two days («تجددت الاشتباكات اليوم» and yesterday's on the same front): its days
            # run from the first (GUIDELINES: same event, two days)
            event.date_start = f.date_start
            event.date_end = max(event.date_end or f.date_start, f.date_end or f.date_start)
    _sides_from_summaries([e for k, e in merged.items() if k not in unknown_named], summaries)
    for event in merged.values():
        if "UNKNOWN" in event.actors and any(a not in ("UNKNOWN", "CIVILIANS") for a in event.actors):
            # one statement names the author another left unnamed («غارة روسية على سرمين», then «غارة على سرمين»)
            event.actors = [a for a in event.actors if a != "UNKNOWN"]
        elif not event.actors and event.sub_event_type in UNSIGNED_TYPES and named_areas_told:
            # «a mortar shell fell on …», «a gas attack on …»: an English report whose statements name no author
            # (Arabic reports leave the shelling side of the front they tell unsaid, and their coders fill it in)
            event.actors = ["UNKNOWN"]
    return list(merged.values())


# one-sided violence whose author the statement names: the strikes of two sides at one place are two events
# (GUIDELINES: one event per sub-event type, place and acting side)
_AUTHORED = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
_NO_AUTHOR = frozenset({"UNKNOWN", "CIVILIANS"})


def _strike_key(f: Frame, merged: dict[tuple, Event]) -> tuple:
    """The key of the event a frame adds to: its sub-event type and place; for a strike or shelling whose named
    author differs from that of every event of the kind already at the place («شنت الطائرات الروسية غارات على X»,
    then «شنت مقاتلات النظام غارات على X»), its author's too."""
    key = (f.sub_event_type, _place_key(f.place))
    own = set(f.actors) - _NO_AUTHOR
    if f.sub_event_type not in _AUTHORED or not own or not _strikers(own):
        return key
    keys = [k for k in merged if k[:2] == key]
    for k in keys:
        sides = set(merged[k].actors) - _NO_AUTHOR
        if not _strikers(sides) or sides & own or own <= set(merged[k].targets) or sides & set(f.targets):
            return k
    return key + (tuple(sorted(own)),) if keys else key


def _strikers(sides: set[str]) -> bool:
    """Are they all sides with an air force or artillery of their own (the actor table's strikes column)? A side
    read from the words around a strike that has neither is more often its target or a speaker than its author."""
    return bool(sides) and all(a in ACTORS and ACTORS[a].strikes for a in sides)


def _sides_from_summaries(events: list[Event], summaries: list[Frame]) -> None:
    """A precise event told with no sides takes those of the statement that sums it up («قتلا في معارك السيدة زينب»
    with no side named, and «ميليشيات تقاتل إلى جانب قوات النظام في دمشق»): the same kind of event in the same
    governorate, when exactly one such event lacks its sides."""
    for f in summaries:
        if not f.actors or f.place is None:
            continue
        same = [e for e in events if e.sub_event_type == f.sub_event_type
                and e.location is not None and e.location.admin1 == f.place.admin1]
        bare = [e for e in same if not set(e.actors) - {"UNKNOWN"}]
        here = [e for e in bare if f.place.place is not None and e.location.name_en == f.place.place.name_en]
        if len(bare) > 1 and len(here) == 1:
            bare = here  # «قصفهم على قرى ريف ناحية أبو راسين … سقطت القذائف على قرية أبو راسين وأطراف الدرباسية»:
            # the countryside of a town sums up the event at the town of its name
        if len(bare) == 1:  # (an unknown side is no side: «قتلى لقوات النظام بانفجار لغم» names the one hit)
            bare[0].actors = unique(list(f.actors) + bare[0].actors)
            bare[0].targets = [t for t in unique(bare[0].targets + f.targets) if t not in f.actors]
        elif len(same) == 1:  # the one event it sums up: a side it names that the event lacks takes part in it
            sides = set(same[0].actors) | set(same[0].targets)
            same[0].actors = unique(same[0].actors + [a for a in f.actors if a not in sides])
            same[0].targets = unique(same[0].targets + [t for t in f.targets if t not in sides and
                                                         t not in same[0].actors])


def _unnamed_villages_named_elsewhere(doc: Doc, frames: list[Frame], localities: list[Frame]) -> set[int]:
    """«في قرية شرقي مدينة X», «ببلدة شرقي تدمر»: the ids of the frames at a village the words leave unnamed, near a
    town, that the report names elsewhere: where an event of the kind is told in the town's governorate at
    another locality."""
    unnamed_near = {id(f) for f in frames
                    if f.place is not None and unnamed_village_near(doc, f.place, f.sentence.start)}
    named_elsewhere = {(f.sub_event_type, f.place.admin1, _place_key(f.place)) for f in localities
                       if id(f) not in unnamed_near and f.place.admin1}
    return {id(f) for f in frames if id(f) in unnamed_near and any(
        t == f.sub_event_type and a == f.place.admin1 and k != _place_key(f.place) for t, a, k in named_elsewhere)}


def _told_as_earlier(doc: Doc, f: Frame) -> bool:
    """Does a phrase of an earlier time stand before the frame's trigger in its sentence («وفي وقت سابق، قتل …»,
    «قامت … قبل أيام بتنفيذ …»)? Not when it dates a report of the news rather than the event («وفي وقت سابق، قالت
    الوكالة إن …», «أفاد في وقت سابق بأن …»: a word of reporting right before it or between it and the trigger)."""
    text = doc.text[f.sentence.start:f.trigger.char_end]
    for start, end in doc.lang.spans(text, "earlier_event"):
        before = " ".join(text[:start].split()[-3:])
        if not doc.lang.says(before, "reported") and not doc.lang.says(text[end:], "reported"):
            return True
    return False


def _town_countryside(place: PlaceMention, districts: set | None) -> bool:
    """Is it the countryside of a town that is no governorate's seat («ريف المالكية», «ريف تل تمر»), and are the
    governorate's local events of its kind all at known towns of other districts? Then it sums none of them up (unlike
    «ريف إدلب»): the drone strike at Amuda is no part of «ريف المالكية» (a village the gazetteer lacks may be)."""
    p = place.place
    return p is not None and p.kind in ("town", "city") and bool(p.name_en) and bool(place.admin1) \
        and p.name_en not in place.admin1 and bool(p.admin2) and bool(districts) and None not in districts \
        and p.admin2 not in districts


def _summed_admin1(place: PlaceMention) -> tuple:
    """The governorates whose events a region sums up: its own; for the capital named as a region («قرب دمشق»,
    «محيط دمشق», «غوطة دمشق») the countryside governorate around it too (Rural Damascus) — not «ريف دمشق», a
    governorate of its own."""
    if place.admin1 in CAPITAL_AND_COUNTRYSIDE and place.place is not None and place.place.kind == "governorate" \
            and place.place.name_en == place.admin1 == "Damascus":
        return tuple(CAPITAL_AND_COUNTRYSIDE)
    return (place.admin1,)


def _same_sides(f: Frame, sides: set) -> bool:
    """Does the frame name an acting side that the events it would sum up name too (or they name none)? (A city
    frame naming no side may be the other side's shelling: «قذائف هاون على أحياء مدينة درعا» beside the
    government's on «درعا البلد».)"""
    own = {a for a in f.actors if a != "UNKNOWN"}
    return bool(own) and (not sides or bool(own & sides))


def _another_day(f: Frame, days: set | None) -> bool:
    """Is the frame dated to a day none of the local events it would sum up is on («an attack in Kirkuk late on
    Sunday» beside Tuesday's attack on a town of Kirkuk)? Then it sums nothing up: an event of its own."""
    if not days or f.date_start is None or None in days:
        return False
    end = f.date_end or f.date_start  # («لليوم الـ14 على التوالي»: a run of days holds each day in it)
    return not any(f.date_start <= d <= end for d in days)


def _place_key(place: PlaceMention | None) -> str:
    if place is None:
        return ""
    if place.place is not None:
        return f"{place.place.name_ar}|{place.place.admin1}"
    return place.name


def location_of(place: PlaceMention | None) -> Location | None:
    """The event's location; a place the gazetteer lacks is put at the place that locates it, or at its
    governorate, with the precision that says so (2: near a known town, 3: only the governorate)."""
    if place is None:
        return None
    p = place.place
    if p is not None:
        return Location(place.name_ar, place.name_en, place.admin1, p.admin2, place.kind, p.latitude, p.longitude,
                        place.precision, p.country, admin3=getattr(p, "admin3", None), pcode=getattr(p, "pcode", None))
    anchor, precision = _anchor(place)
    return Location(place.name_ar, place.name_en, place.admin1,
                    anchor.admin2 if anchor and precision == 2 and anchor.admin1 == place.admin1 else None,
                    place.kind,
                    anchor.latitude if anchor else None, anchor.longitude if anchor else None,
                    precision if anchor else None, anchor.country if anchor else None)


def _anchor(place: PlaceMention) -> tuple[Place | None, int]:
    if place.anchor is not None:  # the known town (or region) the words tie it to (geo.places._anchor_unknowns)
        return place.anchor, 3 if place.anchor.kind == "region" else place.anchor_precision
    near = place.located_by
    if near is not None and near.place is not None and near.place.kind not in ("governorate", "region", "country"):
        return near.place, 2
    if place.admin1:
        return current_gazetteer().governorate(place.admin1), 3
    return None, 3


def _named_area(p) -> bool:
    """A region with a name of its own («Jabal al-Zawiya», «سهل الغاب»), not a governorate or its countryside: an
    event there is told of that area, not a sum of the governorate's."""
    return p.place is not None and p.place.kind in ("region", "mountain")
