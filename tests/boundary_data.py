"""Small admin-boundary GeoJSON files written for the tests: rough boxes around real governorates and districts,
with the properties of Who's On First, geoBoundaries and OCHA COD-AB files (no third-party geometry)."""
from __future__ import annotations

import json
from pathlib import Path


def box(west: float, south: float, east: float, north: float) -> dict:
    """A rectangle with a notch in its northern edge, so that simplification has a vertex to keep."""
    mid = (west + east) / 2
    ring = [[west, south], [east, south], [east, north], [mid, north - 0.05], [west, north], [west, south]]
    return {"type": "Polygon", "coordinates": [ring]}


def wof(placetype: str, wof_id: int, name_en: str, name_ar: str, region: str, geometry: dict, hasc: str = "SY",
        superseded_by: str = "") -> dict:
    return {"type": "Feature", "geometry": geometry, "properties": {
        "wof_id": wof_id, "placetype": placetype, "name_en": name_en, "name_ar": name_ar, "region_name_en": region,
        "hasc": hasc, "superseded_by": superseded_by}}


WOF_FEATURES = [
    wof("region", 1, "Idlib", "إدلب", "Idlib", box(36.0, 35.3, 37.0, 36.3), "SY.ID"),
    wof("region", 2, "H'alab", "حلب", "H'alab", box(37.0, 35.8, 38.5, 36.8), "SY.HL"),
    wof("region", 3, "Dar`a", "درعا", "Dar`a", box(35.8, 32.4, 36.6, 33.1), "SY.DR"),
    wof("county", 11, "Ariha", "أريحا", "Idlib", box(36.4, 35.72, 36.8, 35.9)),
    wof("county", 12, "Ma'arrat an-Nu'man", "", "Idlib", box(36.4, 35.4, 36.9, 35.72)),
    wof("county", 13, "Jisr ash-Shughur", "جسر الشغور", "Idlib", box(36.0, 35.6, 36.4, 36.0)),
    wof("county", 21, "Al-Bab", "منطقة الباب", "H'alab", box(37.3, 36.2, 37.9, 36.6)),
    wof("county", 14, "Old Idlib", "", "Idlib", box(36.5, 35.9, 36.8, 36.1), superseded_by="13"),
    wof("region", 99, "United Nations Neutral Zone", "", "United Nations Neutral Zone", box(35.8, 32.9, 35.9, 33.2)),
    {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.6, 35.9]},
     "properties": {"wof_id": 98, "placetype": "locality", "name_en": "Idlib"}},
]

GEOBOUNDARIES_ADM2 = [
    {"type": "Feature", "geometry": box(36.0, 32.7, 36.35, 33.0),
     "properties": {"shapeName": "Izra'", "shapeISO": "", "shapeID": "SYR-ADM2-3_0_0-B1", "shapeGroup": "SYR",
                    "shapeType": "ADM2"}},
]

COD_AB_ADM1 = [
    {"type": "Feature", "geometry": box(38.5, 34.0, 41.0, 36.0),
     "properties": {"ADM0_EN": "Syrian Arab Republic", "ADM0_PCODE": "SY", "ADM1_EN": "Deir-ez-Zor",
                    "ADM1_AR": "دير الزور", "ADM1_PCODE": "SY09"}},
]


def write(path: Path, features: list[dict]) -> Path:
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False),
                    encoding="utf-8")
    return path


def write_all(folder: Path) -> list[Path]:
    """The three files, in the order to import them (governorates before the districts placed inside them)."""
    folder.mkdir(parents=True, exist_ok=True)
    return [write(folder / "wof_admin_polygons.geojson", WOF_FEATURES),
            write(folder / "geoBoundaries-SYR-ADM2.geojson", GEOBOUNDARIES_ADM2),
            write(folder / "syr_admbnda_adm1.geojson", COD_AB_ADM1)]
