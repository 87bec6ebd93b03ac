"""Governorate and district outlines for the map, drawn from the gazetteer's points.

The gazetteer holds points, not polygons, so each admin unit is outlined by the convex hull of its places,
slightly padded: a sketch that shows where a governorate lies, not a legal border.
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from ..geo.gazetteer import Gazetteer

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
    return {"type": "FeatureCollection", "features": features}


@lru_cache(maxsize=1)
def builtin_outlines() -> dict:
    return outlines(Gazetteer.builtin())
