"""The map of a bulletin's events, drawn offline: the outlines the API serves (/api/boundaries, a GeoJSON
FeatureCollection of Polygon or MultiPolygon features with a `level` and a `name`), and one circle per place.

No tiles and no map library: an equirectangular projection scaled by the cosine of the middle latitude is true
enough for an area the size of Syria and Iraq.
"""
from __future__ import annotations

import math

from .. import taxonomy
from .data import Bulletin, PlaceCount
from .language import Language
from .scene import Scene, text_width

WIDTH = 640
LAND, EDGE, SEA = "#ffffff", "#9aa5b1", "#eef2f6"
MIN_SPAN = 0.8  # degrees: a map of one town still shows its surroundings
MIN_HEIGHT, MAX_HEIGHT = 300, 470
LABELLED_PLACES = 6


def outlines() -> dict:
    """The outlines the dashboard draws, from the gazetteer in use (built-in and imported places)."""
    from ..api import boundaries
    from ..geo.places import current_gazetteer

    return boundaries.outlines(current_gazetteer())


def _rings(geometry: dict) -> list[list[list[float]]]:
    kind, coordinates = geometry.get("type"), geometry.get("coordinates") or []
    if kind == "Polygon":
        return list(coordinates)
    if kind == "MultiPolygon":
        return [ring for polygon in coordinates for ring in polygon]
    return []


def _bbox(points) -> tuple[float, float, float, float] | None:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def _widened(low: float, high: float) -> tuple[float, float]:
    if high - low >= MIN_SPAN:
        return low, high
    middle = (low + high) / 2
    return middle - MIN_SPAN / 2, middle + MIN_SPAN / 2


class Projection:
    """Longitude/latitude to pixels, fitting a box (with a margin) into WIDTH and MIN_HEIGHT to MAX_HEIGHT pixels."""

    def __init__(self, box: tuple[float, float, float, float]):
        west, south, east, north = box
        margin_x, margin_y = max((east - west) * 0.12, 0.05), max((north - south) * 0.12, 0.05)
        west, east, south, north = west - margin_x, east + margin_x, south - margin_y, north + margin_y
        west, east = _widened(west, east)
        south, north = _widened(south, north)
        self.cos = math.cos(math.radians((south + north) / 2))
        self.scale = min(WIDTH / ((east - west) * self.cos), MAX_HEIGHT / (north - south))
        self.height = int(max(MIN_HEIGHT, (north - south) * self.scale))
        # centred: a box narrower or lower than the picture sits in its middle
        self.left = (WIDTH - (east - west) * self.cos * self.scale) / 2
        self.top = (self.height - (north - south) * self.scale) / 2
        self.west, self.north = west, north

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return self.left + (lon - self.west) * self.cos * self.scale, self.top + (self.north - lat) * self.scale


def _path(rings: list, project: Projection) -> str:
    """An SVG path of the rings, dropping points less than a pixel from the last one kept."""
    parts = []
    for ring in rings:
        kept: list[tuple[float, float]] = []
        for lon, lat in ((p[0], p[1]) for p in ring):
            x, y = project(lon, lat)
            if not kept or abs(x - kept[-1][0]) + abs(y - kept[-1][1]) >= 0.8:
                kept.append((x, y))
        if len(kept) >= 3:
            parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in kept) + "Z")
    return "".join(parts)


def map_scene(bulletin: Bulletin, lang: Language, boundaries: dict | None = None) -> Scene | None:
    """The map, or None when there is nothing to draw (no outlines and no located events)."""
    features = (boundaries if boundaries is not None else outlines()).get("features", [])
    area = bulletin.area
    shown = [f for f in features if (f.get("properties") or {}).get("level", "admin1") == "admin1"
             or (area.kind == "admin1" and (f.get("properties") or {}).get("admin1") == area.admin1)]
    box = _bbox([(p.longitude, p.latitude) for p in bulletin.places])
    if area.kind == "admin1":
        own = [pt for f in shown if (f.get("properties") or {}).get("name") == area.admin1
               for ring in _rings(f.get("geometry") or {}) for pt in ring]
        box = _bbox(own + ([(box[0], box[1]), (box[2], box[3])] if box else [])) or box
    if box is None:
        box = _bbox([pt for f in shown for ring in _rings(f.get("geometry") or {}) for pt in ring])
    if box is None:
        return None
    project = Projection(box)
    scene = Scene(WIDTH, project.height, lang.direction, lang.text("map_title"), "map")
    scene.add("rect", x=0, y=0, width=WIDTH, height=project.height, fill=SEA)
    _outlines(scene, shown, project, lang)
    _places(scene, bulletin.places, project, lang)
    _legend(scene, bulletin.places, project, lang)
    scene.add("rect", x=0.5, y=0.5, width=WIDTH - 1, height=project.height - 1, fill="none", stroke=EDGE)
    return scene


def _outlines(scene: Scene, features: list[dict], project: Projection, lang: Language) -> None:
    labels = []
    for feature in features:
        rings = _rings(feature.get("geometry") or {})
        points = [project(p[0], p[1]) for ring in rings for p in ring]
        if not points or max(x for x, _ in points) < 0 or min(x for x, _ in points) > WIDTH \
                or max(y for _, y in points) < 0 or min(y for _, y in points) > project.height:
            continue
        props = feature.get("properties") or {}
        level = props.get("level", "admin1")
        style = {"fill": LAND, "stroke_width": 1} if level == "admin1" else \
            {"fill": "none", "stroke_width": 0.6, "stroke_dasharray": "3,2"}  # districts: dashed, inside
        scene.add("path", d=_path(rings, project), stroke=EDGE, **style, **{"class": f"outline outline-{level}"})
        if level == "admin1":
            x = sum(p[0] for p in points) / len(points)
            y = sum(p[1] for p in points) / len(points)
            if 20 < x < WIDTH - 20 and 14 < y < project.height - 8:
                labels.append((x, y, _governorate_name(props.get("name") or "", lang)))
    for x, y, name in labels:
        scene.label(x, y, name, "middle", size=10, color="#8a96a3", css_class="region")


def _governorate_name(admin1: str, lang: Language) -> str:
    if lang.code != "ar":
        return admin1
    from ..geo.places import current_gazetteer

    governorate = current_gazetteer().governorate(admin1)
    return governorate.name_ar if governorate else admin1


def _radius(place: PlaceCount) -> float:
    return min(22.0, 3.0 + 2.4 * math.sqrt(place.events))


def _places(scene: Scene, places: list[PlaceCount], project: Projection, lang: Language) -> None:
    for place in sorted(places, key=lambda p: -p.events):  # the largest first, so that small ones stay visible
        x, y = project(place.longitude, place.latitude)
        colour = taxonomy.EVENT_TYPE_INFO[place.event_type].color if place.event_type in taxonomy.EVENT_TYPE_INFO \
            else "#555"
        what = (f"{lang.place(place.name_ar, place.name_en)}: {lang.count('events', place.events)}, "
                f"{lang.count('killed', place.killed)}")
        scene.add("circle", title=what, cx=round(x, 1), cy=round(y, 1), r=round(_radius(place), 1), fill=colour,
                  fill_opacity=0.72, stroke="#222" if place.killed else "#fff", stroke_width=0.8,
                  **{"class": "place"})
    rtl = lang.direction == "rtl"
    taken: list[tuple[float, float, float, float]] = []
    for place in sorted(places, key=lambda p: (-p.killed, -p.events))[:LABELLED_PLACES]:
        x, y = project(place.longitude, place.latitude)
        gap = _radius(place) + 3
        name = lang.place(place.name_ar, place.name_en)
        width = text_width(name, 11)
        box = (x - gap - width, y - 8, x - gap, y + 6) if rtl else (x + gap, y - 8, x + gap + width, y + 6)
        if any(_overlap(box, other) for other in taken):
            continue  # a label over another is read as neither
        taken.append(box)
        scene.label(x - gap if rtl else x + gap, y + 4, name, "right" if rtl else "left", size=11, color="#111",
                    bold=True, css_class="place")


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _legend(scene: Scene, places: list[PlaceCount], project: Projection, lang: Language) -> None:
    """The event types shown, in the corner with the fewest places under it."""
    types = [t for t in taxonomy.EVENT_TYPES if any(p.event_type == t for p in places)]
    if not types:
        return
    row, width = 17, 210
    height = row * len(types) + 8
    points = [project(p.longitude, p.latitude) for p in places]
    corners = [(x, y) for y in (scene.height - height - 8, 8) for x in (8, scene.width - width - 8)]
    rtl = lang.direction == "rtl"
    if rtl:  # the reading side first when corners tie
        corners = [(x, y) for y in (scene.height - height - 8, 8) for x in (scene.width - width - 8, 8)]
    left, top = min(corners, key=lambda c: sum(_overlap((c[0], c[1], c[0] + width, c[1] + height),
                                                        (x - 4, y - 4, x + 4, y + 4)) for x, y in points))
    scene.add("rect", x=left, y=top, width=width, height=height, fill="#ffffff", fill_opacity=0.85, stroke=EDGE)
    for i, name in enumerate(types):
        y = top + 4 + i * row + row / 2
        cx = left + width - 12 if rtl else left + 12
        scene.add("circle", cx=cx, cy=round(y, 1), r=5, fill=taxonomy.EVENT_TYPE_INFO[name].color, fill_opacity=0.8)
        scene.label(cx - 10 if rtl else cx + 10, y + 4, lang.event_type(name), "right" if rtl else "left", size=10.5)
