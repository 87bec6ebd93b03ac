"""Governorate and district shapes for the map: imported boundaries, or outlines sketched from the gazetteer.

With boundaries imported into the gazetteer store (`rasid gazetteer import FILE --format geojson-boundaries`),
/api/boundaries serves them, with each source's licence and attribution (`"kind": "boundaries"`). Without, each
admin unit is outlined by the padded convex hull of its gazetteer places (`"kind": "sketch"`): where a
governorate lies, not a border. `choropleth` counts events per imported unit for the dashboard's choropleth.
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from ..geo.gazetteer import Gazetteer, english_key
from ..geo.store import GazetteerStore

PAD = 0.03  # degrees added around each hull, so that a unit of one or two places still shows


def _cross(o, a, b) -> float:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def convex_hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Andrew's monotone chain; counter-clockwise, as RFC 7946 asks of exterior rings."""
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts
    lower: list = []
    for p in pts:
        while len(lower) >= 2 and _cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list = []
    for p in reversed(pts):
        while len(upper) >= 2 and _cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def _padded(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    spread = [(x + dx, y + dy) for x, y in points for dx in (-PAD, PAD) for dy in (-PAD, PAD)]
    return convex_hull(spread)


def outlines(gazetteer: Gazetteer) -> dict:
    units: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for place in gazetteer.places:
        if place.latitude is None or place.longitude is None or not place.admin1:
            continue
        point = (place.longitude, place.latitude)
        units[("admin1", place.admin1)].append(point)
        if place.admin2:
            units[("admin2", f"{place.admin2}|{place.admin1}")].append(point)
    features = []
    for (level, key), points in sorted(units.items()):
        ring = _padded(points)
        if len(ring) < 3:
            continue
        name, _, admin1 = key.partition("|")
        features.append({
            "type": "Feature",
            "geometry": {"type": "Polygon", "coordinates": [[[round(x, 4), round(y, 4)] for x, y in ring + ring[:1]]]},
            "properties": {"level": level, "name": name, "admin1": admin1 or name, "places": len(points)},
        })
    return {"type": "FeatureCollection", "kind": "sketch", "features": features, "attribution": []}


@lru_cache(maxsize=1)
def builtin_outlines() -> dict:
    return outlines(Gazetteer.builtin())


def imported(store_path: Path) -> dict | None:
    """The store's boundaries as a FeatureCollection with the attribution of each source used; None when the store
    is missing or holds no boundaries. A feature's `name` is the project's spelling (what events are filed under)."""
    if not store_path.is_file():
        return None
    with GazetteerStore(store_path, readonly=True) as store:
        units = store.boundaries()
        sources = store.sources()
    if not units:
        return None
    features = [{
        "type": "Feature", "id": u["id"], "geometry": u["geometry"],
        "properties": {"id": u["id"], "level": u["level"], "name": u["admin2"] or u["admin1"], "admin1": u["admin1"],
                       "admin2": u["admin2"], "name_en": u["name_en"], "name_ar": u["name_ar"],
                       "country": u["country"], "source": u["source"]},
    } for u in units]
    used = sorted({u["source"] for u in units})
    attribution = [{"source": name, "licence": sources.get(name, {}).get("licence") or "",
                    "attribution": sources.get(name, {}).get("attribution") or ""} for name in used]
    return {"type": "FeatureCollection", "kind": "boundaries", "features": features, "attribution": attribution}


def arabic_names(collection: dict) -> dict[str, str]:
    """Project spelling → the source's Arabic name, for the units of imported boundaries that have one."""
    return {f["properties"]["name"]: f["properties"]["name_ar"] for f in collection.get("features", ())
            if collection.get("kind") == "boundaries" and f["properties"].get("name_ar")}


def choropleth(collection: dict, level: str, rows: list[dict]) -> dict:
    """Per imported unit of `level`, the events, killed and injured of the aggregate `rows` (by admin1 or by
    admin2, as rasid.store.queries.aggregates gives them). District names meet by `english_key` within their
    governorate, since places imported from different gazetteers spell districts differently; what meets no
    unit is summed in `unmatched`."""
    units: dict[tuple[str, str], int] = {}
    for f in collection.get("features", ()):
        p = f["properties"]
        if p.get("level") != level:
            continue
        names = [p["admin1"]] if level == "admin1" else [p.get("admin2"), p.get("name_en")]
        for name in filter(None, names):
            units.setdefault((p["admin1"], english_key(name)), p["id"])
    values: dict[int, dict] = {}
    unmatched = {"events": 0, "killed": 0, "injured": 0}
    for row in rows:
        admin1 = row.get("admin1", row["key"]) if level == "admin2" else row["key"]
        unit = units.get((admin1, english_key(row["key"] or "")))
        target = unmatched if unit is None else values.setdefault(unit, {"id": unit, "events": 0, "killed": 0,
                                                                            "injured": 0})
        for k in ("events", "killed", "injured"):
            target[k] += row.get(k, 0)
    return {"level": level, "items": sorted(values.values(), key=lambda v: v["id"]), "unmatched": unmatched}
