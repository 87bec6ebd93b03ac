"""What the dashboard needs to label things in both languages, from the project's one definition of each.

Event types, sub-event types, their colours and the actors come from rasid.taxonomy (rasid/data/*.tsv); the
Arabic names of countries, governorates and districts from the gazetteer (and from imported boundaries, whose
sources name the units in Arabic too). The dashboard reads them from /api/config and keeps no copy.
"""
from __future__ import annotations

from functools import lru_cache

from ..geo.gazetteer import Gazetteer, english_key
from ..taxonomy import ACTORS, EVENT_TYPE_INFO, SUB_EVENT_LABELS_AR, SUB_EVENT_TYPES

_ADMIN_KINDS = ("country", "governorate", "district")
_COUNTRY_NAMES = {"SY": "Syria", "IQ": "Iraq"}


@lru_cache(maxsize=1)
def taxonomy() -> dict:
    """Event types in ACLED's order, each with its colour and sub-event types; the actors; labels in ar and en."""
    return {
        "event_types": [
            {"id": name, "label": {"ar": info.label_ar, "en": name}, "color": info.color,
             "sub_event_types": [{"id": sub, "label": {"ar": SUB_EVENT_LABELS_AR[sub], "en": sub}}
                                 for sub, parent in SUB_EVENT_TYPES.items() if parent == name]}
            for name, info in EVENT_TYPE_INFO.items()
        ],
        "actors": [{"id": a.id, "label": {"ar": a.label_ar, "en": a.label_en}} for a in ACTORS.values()],
    }


def admin_names_ar(gazetteer: Gazetteer, extra: dict[str, str] | None = None) -> dict[str, str]:
    """English admin names as the API writes them (countries, governorates, districts) → their Arabic names.

    A district seldom has a row of its own: its Arabic name is that of the place whose English name it is (the
    district seat, «Al-Bab» → «الباب»), preferring a place in the same governorate. `extra` (names from imported
    boundaries) fills what the gazetteer leaves.
    """
    names: dict[str, str] = {}
    by_key: dict[tuple[str, str | None], str] = {}
    named = [p for p in gazetteer.places if p.name_en and p.name_ar]
    for place in named:
        if place.kind in _ADMIN_KINDS:
            names.setdefault(place.name_en, place.name_ar)
    # English names before variants («Diwaniyah» is the city before it is a variant of Qadisiyah governorate)
    for place, name in [(p, p.name_en) for p in named] + [(p, alt) for p in named for alt in p.alt_en]:
        by_key.setdefault((english_key(name), place.admin1), place.name_ar)
        by_key.setdefault((english_key(name), None), place.name_ar)
    for country, name in _COUNTRY_NAMES.items():
        for place in gazetteer.places:
            if place.kind == "country" and place.country == country and place.name_ar:
                names.setdefault(name, place.name_ar)
    for place in gazetteer.places:
        if place.admin2 and place.admin2 not in names:
            key = english_key(place.admin2)
            found = by_key.get((key, place.admin1)) or by_key.get((key, None))
            if found:
                names[place.admin2] = found
    for name, arabic in (extra or {}).items():
        names.setdefault(name, arabic)
    return names
