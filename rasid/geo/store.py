"""The gazetteer store: places imported from third-party gazetteers, kept in one SQLite file beside the user's data.

    rasid gazetteer import wof_sy_localities.csv --format wof      # see rasid.geo.importers for the formats
    Gazetteer.default()   # the built-in places plus the store's, what extraction uses

Where the store lives:

* `$RASID_GAZETTEER`, when set, names the store file itself (`rasid extract --gazetteer PATH` sets it);
* else `default_store_path()` = `data_dir()/gazetteer.sqlite`, where `data_dir()` is `$RASID_HOME` when set,
  else the platform's user data folder: `$XDG_DATA_HOME/rasid` or `~/.local/share/rasid` (Linux and other
  Unixes), `~/Library/Application Support/rasid` (macOS), `%APPDATA%\\rasid` (Windows).

One entry per real place: an imported row that names a place already known (stored from any source, or in the
built-in gazetteer) is merged into it rather than added. Points merge when they share a normalised Arabic name
(an English one when either has no Arabic name) and lie within 5 km (10 km of a built-in place, whose points are
approximate to a few kilometres); admin units (country, governorate, district, sub-district), whose
representative points differ from source to source, merge when they share a name, a kind and a governorate.
A merged row's names become variants of the place, its admin fields (admin1-3, P-code, population) fill the
place's gaps, and the place keeps its coordinates unless it had none. A governorate or country row does not take
as a variant the name of a built-in town or village (WOF gives Nineveh «الموصل», Anbar «الرمادي»). A built-in
place that absorbs imported rows is stored as a `rasid` place whose `source_id` is its key (`builtin_key`);
loading lays it over the built-in row. Every imported row is recorded in `records` by (source, source id), so a
second import of a file adds nothing.

Rows are rejected, with the reason counted in the ImportReport: "superseded" / "not current" (Who's On First),
"no name", "no coordinates", "bad number" (a latitude, longitude or population that is not a number),
"outside the country" (Syria lat 32.3–37.4, lon 35.6–42.4; Iraq lat 29.0–37.4, lon 38.7–48.7), "unknown kind",
"unknown country", "admin1 not in country", "unknown governorate" (a governorate row whose name is not one of
the project's admin1 spellings), "implausible point", "bad row" (a line the reader could not split).

"Implausible point": a point (not an admin unit) more than 60 km from every other place of its stated
governorate — the built-in places (governorate point included) and the other rows of the same file that state
that governorate — while a place of another governorate lies within 60 km. (Measuring from the governorate
point alone would reject a third of Who's On First: governorates are 200-400 km across.) A row with no
governorate, or whose governorate comes from a table the reader is unsure of (GeoNames codes), gets the
governorate of the nearest such place of its country; in the overlap of the two countries' boxes the nearest
place also decides the country.
"""
from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import sys
import time
from collections import defaultdict
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .importers import arabic_variants
from .gazetteer import (
    ADMIN1_COUNTRY,
    KINDS,
    Gazetteer,
    Place,
    arabic_key,
    english_key,
    has_arabic_letter,
    place_rank,
)

ENV_HOME = "RASID_HOME"
ENV_GAZETTEER = "RASID_GAZETTEER"
STORE_FILE = "gazetteer.sqlite"
SCHEMA_VERSION = "1"

# one name twice within 5 km is one place: sources put a village's point a few km apart, and two villages of one
# name rarely stand so close
MERGE_KM = 5.0
MERGE_BUILTIN_KM = 10.0  # the built-in file's points are approximate («a few kilometres», its SOURCE.md)
# a point this far from every place of its governorate, and this near another governorate's, is misplaced: a
# settled place has neighbours of its own governorate nearer than that
IMPLAUSIBLE_KM = 60.0
COUNTRY_BOXES = {"SY": (32.3, 37.4, 35.6, 42.4), "IQ": (29.0, 37.4, 38.7, 48.7)}  # lat min/max, lon min/max
_COUNTRY_NAMES = {"SY": "Syria", "IQ": "Iraq"}
ADMIN_KINDS = frozenset({"country", "governorate", "district", "subdistrict"})
_KINDS = frozenset(KINDS)
_BATCH = 5000  # rows a SQLite executemany takes at once: few calls, and a bounded list in memory
# Boundaries are simplified for the browser: 0.003° (about 300 m) is below a pixel up to district zoom (9-10) and
# shrinks Who's On First's governorates and districts of Syria and Iraq from 0.9 MB of GeoJSON to about 0.4 MB.
SIMPLIFY_DEGREES = 0.003
_BOUNDARY_COLUMNS = ("id", "source", "source_id", "level", "admin1", "admin2", "name_en", "name_ar", "country",
                     "pcode", "geometry")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS sources (
    name TEXT PRIMARY KEY, licence TEXT, attribution TEXT, imported_at TEXT, rows INTEGER);
CREATE TABLE IF NOT EXISTS places (
    id INTEGER PRIMARY KEY, source TEXT NOT NULL, source_id TEXT, name_ar TEXT, name_en TEXT, kind TEXT,
    admin1 TEXT, admin2 TEXT, admin3 TEXT, pcode TEXT, country TEXT, latitude REAL, longitude REAL,
    population INTEGER, UNIQUE(source, source_id));
CREATE TABLE IF NOT EXISTS names (key TEXT NOT NULL, lang TEXT NOT NULL, name TEXT NOT NULL, place_id INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS names_key ON names(key);
CREATE INDEX IF NOT EXISTS names_place ON names(place_id);
CREATE TABLE IF NOT EXISTS records (
    source TEXT NOT NULL, source_id TEXT NOT NULL, place_id INTEGER NOT NULL, PRIMARY KEY (source, source_id));
CREATE TABLE IF NOT EXISTS boundaries (
    id INTEGER PRIMARY KEY, source TEXT NOT NULL, source_id TEXT NOT NULL, level TEXT NOT NULL, admin1 TEXT NOT NULL,
    admin2 TEXT, name_en TEXT, name_ar TEXT, country TEXT, pcode TEXT, geometry TEXT NOT NULL,
    UNIQUE(source, source_id));
"""
_PLACE_COLUMNS = ("id", "source", "source_id", "name_ar", "name_en", "kind", "admin1", "admin2", "admin3", "pcode",
                  "country", "latitude", "longitude", "population")


class StoreError(ValueError):
    """The file is not a gazetteer store (or cannot be opened as one)."""


# --- where the store lives -----------------------------------------------------------------------------------------

def data_dir() -> Path:
    """Rasid's user data folder: `$RASID_HOME`, else the platform's user data directory + `rasid`."""
    home = os.environ.get(ENV_HOME, "").strip()
    if home:
        return Path(home).expanduser()
    if sys.platform == "win32":
        appdata = os.environ.get("APPDATA", "").strip()
        return (Path(appdata) if appdata else Path.home() / "AppData" / "Roaming") / "rasid"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "rasid"
    xdg = os.environ.get("XDG_DATA_HOME", "").strip()
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
    return base / "rasid"


def default_store_path() -> Path:
    """`data_dir()/gazetteer.sqlite`."""
    return data_dir() / STORE_FILE


def store_path() -> Path:
    """The store in use: `$RASID_GAZETTEER` when set, else `default_store_path()`."""
    env = os.environ.get(ENV_GAZETTEER, "").strip()
    return Path(env).expanduser() if env else default_store_path()


# --- geometry ------------------------------------------------------------------------------------------------------

def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def in_country(country: str, lat: float, lon: float) -> bool:
    lat_min, lat_max, lon_min, lon_max = COUNTRY_BOXES[country]
    return lat_min <= lat <= lat_max and lon_min <= lon <= lon_max


class _Grid:
    """Points on a 0.25° grid: is there a point of a governorate within a radius; the nearest point of a country.

    Points are (latitude, longitude, admin1, country). Searches go ring by ring outwards from the point's cell
    and stop as soon as they can, so that a grid of 30,000 points answers in microseconds.
    """

    CELL = 0.25

    def __init__(self):
        self.cells: dict[tuple[int, int], list[tuple]] = defaultdict(list)
        self.by_admin1: dict[str, list[tuple]] = defaultdict(list)

    def add(self, lat: float, lon: float, admin1: str, country: str) -> tuple:
        point = (lat, lon, admin1, country)
        self.cells[(math.floor(lat / self.CELL), math.floor(lon / self.CELL))].append(point)
        self.by_admin1[admin1].append(point)
        return point

    def _rings(self, lat: float, lon: float, km: float) -> Iterator[list[tuple]]:
        """The cells ring by ring around the point, far enough to cover `km` (0.25° ≥ 22 km here)."""
        ci, cj = math.floor(lat / self.CELL), math.floor(lon / self.CELL)
        lon_km = max(1.0, 111.2 * self.CELL * math.cos(math.radians(min(abs(lat) + self.CELL, 89.0))))
        rings = int(math.ceil(km / min(lon_km, 111.2 * self.CELL)))
        for r in range(rings + 1):
            ring: list[tuple] = []
            for i in range(ci - r, ci + r + 1):
                for j in range(cj - r, cj + r + 1):
                    if max(abs(i - ci), abs(j - cj)) == r:
                        ring.extend(self.cells.get((i, j), ()))
            yield ring

    def any_within(self, lat: float, lon: float, km: float, admin1: str | None = None,
                   other_than: str | None = None, exclude: tuple | None = None) -> bool:
        """Whether a point (of `admin1`, or of another governorate than `other_than`) lies within `km`."""
        for ring in self._rings(lat, lon, km):
            for p in ring:
                if p is exclude or (admin1 is not None and p[2] != admin1) or (
                        other_than is not None and p[2] == other_than):
                    continue
                if distance_km(lat, lon, p[0], p[1]) <= km:
                    return True
        return False

    def nearest(self, lat: float, lon: float, country: str | None = None, km: float = 400.0) -> tuple | None:
        """The nearest point (of `country`) within `km`, searching one ring past the ring of the first hit."""
        best, best_d, stop = None, math.inf, None
        for r, ring in enumerate(self._rings(lat, lon, km)):
            for p in ring:
                if country is not None and p[3] != country:
                    continue
                d = distance_km(lat, lon, p[0], p[1])
                if d < best_d:
                    best, best_d = p, d
            if best is not None and stop is None:
                stop = r + 1
            if stop is not None and r >= stop:
                break
        return best if best_d <= km else None

    def implausible(self, lat: float, lon: float, admin1: str, exclude: tuple | None = None) -> float | None:
        """For a point said to lie in `admin1`: the distance to the governorate's nearest other point when that is
        more than IMPLAUSIBLE_KM while a point of another governorate lies within IMPLAUSIBLE_KM; else None."""
        if admin1 not in self.by_admin1:
            return None
        if self.any_within(lat, lon, IMPLAUSIBLE_KM, admin1=admin1, exclude=exclude):
            return None
        if not self.any_within(lat, lon, IMPLAUSIBLE_KM, other_than=admin1, exclude=exclude):
            return None  # nothing known near the point: no evidence either way
        return min((distance_km(lat, lon, p[0], p[1]) for p in self.by_admin1[admin1] if p is not exclude),
                   default=math.inf)


def builtin_key(place: Place) -> str:
    """The stable key of a built-in place in the store: its kind class, governorate (or country) and Arabic name."""
    klass = place.kind if place.kind in ("country", "governorate") else "place"
    return f"{klass}|{place.admin1 or place.country}|{place.name_ar}"


def _name_key(name: str) -> tuple[str, str]:
    """(lang, key) of a name: Arabic when it holds an Arabic letter."""
    if has_arabic_letter(name):
        return "ar", arabic_key(name)
    return "en", english_key(name)


# --- the import's working set --------------------------------------------------------------------------------------

class _Entry:
    """A place while an import runs: stored, built in, or new."""

    __slots__ = ("id", "source", "source_id", "name_ar", "name_en", "kind", "admin1", "admin2", "admin3", "pcode",
                 "country", "lat", "lon", "population", "names", "keys", "state", "new_names")

    def __init__(self, **values):
        for slot in self.__slots__:
            setattr(self, slot, values.get(slot))
        self.names = list(values.get("names") or ())  # (lang, key, name)
        self.keys = {(lang, key) for lang, key, _ in self.names}
        self.new_names = []
        self.state = values.get("state") or "stored"  # stored | dirty | new | builtin

    def has_ar(self) -> bool:
        return any(lang == "ar" for lang, _ in self.keys)

    def add_name(self, lang: str, key: str, name: str) -> bool:
        if not key or (lang, key) in self.keys:
            return False
        self.keys.add((lang, key))
        self.names.append((lang, key, name))
        if self.state in ("stored", "dirty"):
            self.new_names.append((lang, key, name))
        return True

    def touch(self) -> None:
        if self.state == "stored":
            self.state = "dirty"

    def row(self) -> tuple:
        return (self.id, self.source, self.source_id, self.name_ar or "", self.name_en or "", self.kind, self.admin1,
                self.admin2, self.admin3, self.pcode, self.country, self.lat, self.lon, self.population)


def _names_of(name_ar: str | None, alt_ar: Iterable[str], name_en: str | None, alt_en: Iterable[str]):
    out = []
    seen = set()
    for name in (name_ar, *alt_ar, name_en, *alt_en):
        if not name:
            continue
        lang, key = _name_key(name)
        if key and (lang, key) not in seen:
            seen.add((lang, key))
            out.append((lang, key, name))
    return out


class _Import:
    """One import: the store's places in memory, the checks, merging, and the final write.

    Rows are taken in three steps: `take` reads and checks each row on its own (rejections that need nothing
    else); `settle` then checks every stated governorate against the points of that governorate (built in,
    and the other rows of the file that state it), gives the rows without one the governorate of the nearest
    such point, and merges or adds them in file order; `write` stores the lot in one transaction.
    """

    def __init__(self, store: "GazetteerStore", source: str, report, file_label: str):
        self.store, self.source, self.report, self.label = store, source, report, file_label
        builtin = Gazetteer.builtin()
        self.grid = _Grid()
        for p in builtin.places:
            if p.latitude is not None and p.longitude is not None and p.admin1:
                self.grid.add(p.latitude, p.longitude, p.admin1, p.country)
        self.index: dict[tuple[str, str], list[_Entry]] = defaultdict(list)
        self.entries: list[_Entry] = []
        conn = store.conn
        names: dict[int, list] = defaultdict(list)
        for pid, lang, key, name in conn.execute("SELECT place_id, lang, key, name FROM names ORDER BY rowid"):
            names[pid].append((lang, key, name))
        stored_builtins: set[str] = set()
        for r in conn.execute(f"SELECT {', '.join(_PLACE_COLUMNS)} FROM places"):
            values = dict(zip(_PLACE_COLUMNS, r))
            values["lat"], values["lon"] = values.pop("latitude"), values.pop("longitude")
            entry = _Entry(**values, names=names.get(values["id"], ()))
            if entry.source == "rasid":
                stored_builtins.add(entry.source_id)
            self._add_entry(entry)
        for place in builtin.places:
            if builtin_key(place) in stored_builtins:
                continue
            self._add_entry(_Entry(
                source="rasid", source_id=builtin_key(place), name_ar=place.name_ar, name_en=place.name_en,
                kind=place.kind, admin1=place.admin1, admin2=place.admin2, admin3=place.admin3, pcode=place.pcode,
                country=place.country, lat=place.latitude, lon=place.longitude, population=place.population,
                names=_names_of(place.name_ar, place.alt_ar, place.name_en, place.alt_en), state="builtin"))
        self.next_id = (conn.execute("SELECT MAX(id) FROM places").fetchone()[0] or 0) + 1
        self.seen = {sid for (sid,) in conn.execute("SELECT source_id FROM records WHERE source = ?", (source,))}
        self.records: list[tuple[str, str, int]] = []
        self.district_names = {e.pcode: e.name_en for e in self.entries
                               if e.kind == "district" and e.pcode and e.name_en}
        # Names of built-in towns, villages, camps...: a governorate does not take them as variants (WOF gives
        # Nineveh «الموصل», Anbar «الرمادي», Diyala «بعقوبة»: reports mean the city).
        self.point_names = {(lang, key) for p in builtin.places if p.kind not in ("governorate", "country")
                            for lang, key, _ in _names_of(p.name_ar, p.alt_ar, p.name_en, p.alt_en)}
        self.governorate_names = {p.admin1 or p.country: {(lang, key) for lang, key, _ in _names_of(
            p.name_ar, p.alt_ar, p.name_en, p.alt_en)} for p in builtin.places if p.kind in ("governorate", "country")}
        self.pending: list[tuple[int, dict, _Entry, tuple | None, bool]] = []
        self.errors: list[tuple[int, str]] = []

    def _add_entry(self, entry: _Entry) -> None:
        self.entries.append(entry)
        for lang, key in entry.keys:
            self.index[(lang, key)].append(entry)

    # -- step 1: each row on its own --

    def take(self, row: dict) -> None:
        report = self.report
        report.read += 1
        if _skipped(row, report):
            return
        if row.get("error"):
            return self._reject(row, row["error"], row.get("message", ""))
        source_id = str(row.get("source_id") or "")
        if source_id and source_id in self.seen:
            report.present += 1
            return
        if row.get("reject"):
            return self._reject(row, row["reject"], row.get("message", ""))
        checked = self._check(row)
        if isinstance(checked, tuple):
            return self._reject(row, *checked)
        if source_id:
            self.seen.add(source_id)
        stated = row.get("admin1") if checked.kind != "country" else None
        point = None
        if stated and not row.get("admin1_weak"):
            point = self.grid.add(checked.lat, checked.lon, stated, checked.country)
        self.pending.append((report.read, row, checked, point, bool(row.get("admin1_weak"))))

    def _reject(self, row: dict, reason: str, message: str = "", seq: int | None = None) -> None:
        self.report.rejected += 1
        self.report.reasons[reason] += 1
        name = row.get("name_ar") or row.get("name_en") or ""
        detail = f" ({name})" if name else ""
        text = f"{self.label} {row.get('where') or ''}: {reason}{': ' + message if message else ''}{detail}"
        self.errors.append((self.report.read if seq is None else seq, " ".join(text.split())))

    def _check(self, row: dict) -> _Entry | tuple[str, str]:
        name_ar, name_en = row.get("name_ar"), row.get("name_en")
        if not name_ar and not name_en:
            return "no name", ""
        lat_text, lon_text = str(row.get("latitude") or "").strip(), str(row.get("longitude") or "").strip()
        if not lat_text or not lon_text:
            return "no coordinates", ""
        try:
            lat, lon = float(lat_text), float(lon_text)
        except ValueError:
            return "bad number", f"latitude {lat_text!r}, longitude {lon_text!r}"
        if not (math.isfinite(lat) and math.isfinite(lon)) or abs(lat) > 90 or abs(lon) > 180:
            return "bad number", f"latitude {lat_text!r}, longitude {lon_text!r}"
        population = None
        pop_text = str(row.get("population") or "").strip().replace(",", "").replace("_", "")
        if pop_text:
            try:
                value = float(pop_text)
            except ValueError:
                return "bad number", f"population {pop_text!r}"
            if not math.isfinite(value) or value < 0:
                return "bad number", f"population {pop_text!r}"
            population = int(value)
        kind = row.get("kind") or "village"
        if kind not in _KINDS:
            return "unknown kind", f"{kind!r}"
        admin1 = row.get("admin1") if kind != "country" else None
        country = row.get("country")
        if country not in (None, "SY", "IQ"):
            return "unknown country", f"{country!r}"
        if admin1:
            if country and ADMIN1_COUNTRY.get(admin1) != country:
                return "admin1 not in country", f"{admin1} is not in {country}"
            country = ADMIN1_COUNTRY[admin1]
        if country is None:
            inside = [c for c in ("SY", "IQ") if in_country(c, lat, lon)]
            if not inside:
                return "outside the country", f"{lat}, {lon} is outside Syria and Iraq"
            # In the overlap of the two boxes (eastern Syria, western Iraq) the nearest place decides, in settle.
            country = inside[0] if len(inside) == 1 else None
        elif not in_country(country, lat, lon):
            return "outside the country", f"{lat}, {lon} is outside {_COUNTRY_NAMES[country]}"
        if kind == "governorate" and not admin1:
            return "unknown governorate", f"{row.get('region') or name_en or name_ar!r} is not a governorate we know"
        admin2 = row.get("admin2")
        adm2_pcode = row.get("admin2_pcode")
        if adm2_pcode and adm2_pcode in self.district_names:
            admin2 = self.district_names[adm2_pcode]
        alt_ar, alt_en = list(row.get("alt_ar") or ()), list(row.get("alt_en") or ())
        if kind in ADMIN_KINDS and kind != "country":  # «محافظة حلب», «ناحية مركز هجين» are also «حلب», «هجين»
            alt_ar = [v for n in [name_ar or "", *alt_ar] for v in arabic_variants(n)][1:]
        if kind in ("governorate", "country"):
            own = self.governorate_names.get(admin1 or country, set())
            alt_ar = [n for n in alt_ar if ("ar", arabic_key(n)) not in self.point_names - own]
            alt_en = [n for n in alt_en if ("en", english_key(n)) not in self.point_names - own]
        return _Entry(source=self.source, source_id=str(row.get("source_id") or "") or None, name_ar=name_ar,
                      name_en=name_en, kind=kind, admin1=admin1, admin2=admin2 or None,
                      admin3=row.get("admin3") or None, pcode=row.get("pcode") or None, country=country, lat=lat,
                      lon=lon, population=population, names=_names_of(name_ar, alt_ar, name_en, alt_en),
                      state="new")

    # -- step 2: governorates against the points, then merge or add --

    def settle(self) -> None:
        report = self.report
        for seq, row, rec, point, weak in self.pending:
            if rec.admin1 and rec.kind not in ADMIN_KINDS:  # an admin unit's point stands for an area
                far = self.grid.implausible(rec.lat, rec.lon, rec.admin1, exclude=point)
                if far is not None:
                    if not weak:
                        self._reject(row, "implausible point", f"{rec.lat}, {rec.lon} is {far:.0f} km from the "
                                     f"nearest other place of {rec.admin1}", seq=seq)
                        continue
                    rec.admin1 = None
            if rec.country is None:
                near = self.grid.nearest(rec.lat, rec.lon)
                if near is None:
                    self._reject(row, "outside the country", f"no place of Syria or Iraq near {rec.lat}, {rec.lon}",
                                 seq=seq)
                    continue
                rec.country = near[3]
            if not rec.admin1 and rec.kind != "country":
                near = self.grid.nearest(rec.lat, rec.lon, rec.country)
                if near is None:
                    self._reject(row, "outside the country", f"no place of {_COUNTRY_NAMES[rec.country]} "
                                 f"near {rec.lat}, {rec.lon}", seq=seq)
                    continue
                rec.admin1 = near[2]
            target = self._match(rec)
            if target is None:
                rec.id = self.next_id
                self.next_id += 1
                self._add_entry(rec)
                if rec.kind == "district" and rec.pcode and rec.name_en:
                    self.district_names.setdefault(rec.pcode, rec.name_en)
                report.added += 1
                place_id = rec.id
            else:
                self._merge(target, rec)
                report.merged += 1
                place_id = target.id
            if rec.source_id:
                self.records.append((self.source, rec.source_id, place_id))
        self.pending = []
        self.errors.sort(key=lambda e: e[0])
        report.errors[:] = [text for _, text in self.errors[:20]]

    def _match(self, rec: _Entry) -> _Entry | None:
        candidates: dict[int, _Entry] = {}
        for lk in rec.keys:
            for e in self.index.get(lk, ()):
                candidates[id(e)] = e
        best, best_d = None, math.inf
        rec_ar = {k for lang, k in rec.keys if lang == "ar"}
        rec_en = {k for lang, k in rec.keys if lang == "en"}
        for e in candidates.values():
            e_ar = {k for lang, k in e.keys if lang == "ar"}
            if rec_ar and e_ar:
                if not rec_ar & e_ar:
                    continue
            elif not rec_en & {k for lang, k in e.keys if lang == "en"}:
                continue
            if rec.kind in ADMIN_KINDS or e.kind in ADMIN_KINDS:
                if e.kind != rec.kind or e.country != rec.country or e.admin1 != rec.admin1:
                    continue
                d = 0.0 if e.lat is None else distance_km(rec.lat, rec.lon, e.lat, e.lon)
            elif e.lat is None or e.lon is None:
                if e.admin1 != rec.admin1:
                    continue
                d = MERGE_KM
            else:
                d = distance_km(rec.lat, rec.lon, e.lat, e.lon)
                if d > (MERGE_BUILTIN_KM if e.source == "rasid" else MERGE_KM):
                    continue
            if d < best_d:
                best, best_d = e, d
        return best

    def _merge(self, target: _Entry, rec: _Entry) -> None:
        if target.state == "builtin":
            target.id = self.next_id
            self.next_id += 1
            target.state = "new"
        changed = False
        for attr in ("admin2", "admin3", "pcode", "population", "name_ar", "name_en"):
            if getattr(target, attr) in (None, "") and getattr(rec, attr) not in (None, ""):
                setattr(target, attr, getattr(rec, attr))
                changed = True
        if target.admin1 is None and rec.admin1 and target.kind != "country":
            target.admin1, changed = rec.admin1, True
        if target.lat is None or target.lon is None:
            target.lat, target.lon, changed = rec.lat, rec.lon, True
        for lang, key, name in rec.names:
            if target.add_name(lang, key, name):
                self.index[(lang, key)].append(target)
                changed = True
        if changed:
            target.touch()

    # -- the write --

    def write(self, licence: str, attribution: str) -> None:
        conn = self.store.conn
        new = [e for e in self.entries if e.state == "new"]
        dirty = [e for e in self.entries if e.state == "dirty"]
        conn.execute("BEGIN IMMEDIATE")
        try:
            _many(conn, f"INSERT INTO places ({', '.join(_PLACE_COLUMNS)}) VALUES ({', '.join('?' * 14)})",
                  (e.row() for e in new))
            _many(conn, "UPDATE places SET name_ar = ?, name_en = ?, admin1 = ?, admin2 = ?, admin3 = ?, pcode = ?, "
                        "latitude = ?, longitude = ?, population = ? WHERE id = ?",
                  ((e.name_ar or "", e.name_en or "", e.admin1, e.admin2, e.admin3, e.pcode, e.lat, e.lon,
                    e.population, e.id) for e in dirty))
            _many(conn, "INSERT INTO names (key, lang, name, place_id) VALUES (?, ?, ?, ?)",
                  [(key, lang, name, e.id) for e in new for lang, key, name in e.names]
                  + [(key, lang, name, e.id) for e in dirty for lang, key, name in e.new_names])
            _many(conn, "INSERT OR IGNORE INTO records (source, source_id, place_id) VALUES (?, ?, ?)", self.records)
            _record_source(conn, self.source, licence, attribution,
                           conn.execute("SELECT COUNT(*) FROM records WHERE source = ?", (self.source,)).fetchone()[0])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _skipped(row: dict, report) -> bool:
    """Count a row that is not a place or unit to import (a GeoNames stream, a WOF campus, a point in a
    boundaries file) as skipped, with why."""
    if not row.get("skip"):
        return False
    report.skipped += 1
    report.skip_reasons[row["skip"]] += 1
    return True


def _many(conn: sqlite3.Connection, sql: str, rows: Iterable[tuple]) -> None:
    batch: list[tuple] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= _BATCH:
            conn.executemany(sql, batch)
            batch = []
    if batch:
        conn.executemany(sql, batch)


# --- boundaries ----------------------------------------------------------------------------------------------------

_DISTRICT_WORDS = re.compile(r"^(markaz|center|centre)\s+|\s+(district|qadaa|qada|mantiqa)$", re.IGNORECASE)


class _DistrictNames:
    """The gazetteer's spelling of a district, from a boundary source's names: what events are filed under.

    English names meet by `english_key` («Abu-Kamal» → «Abu Kamal», «Mayadin» → «Al-Mayadin»); Arabic names meet
    the names of places that lie in a district of the same name, its seat («جسر الشغور» → «Jisr al-Shughur»);
    «Markaz X» (the centre district) is also tried as the governorate's own name.
    """

    def __init__(self, gazetteer: Gazetteer):
        self.en: dict[tuple[str, str], str] = {}
        self.ar: dict[tuple[str, str], str] = {}
        for place in gazetteer.places:
            if place.admin1 and place.admin2:
                self.en.setdefault((place.admin1, english_key(place.admin2)), place.admin2)
        seats = [p for p in gazetteer.places if p.admin1 and p.admin2]
        seats.sort(key=lambda p: english_key(p.name_en or "") != english_key(p.admin2))  # the seat first
        for place in seats:
            for name in (place.name_ar, *place.alt_ar):
                if name:
                    self.ar.setdefault((place.admin1, arabic_key(name)), place.admin2)

    def find(self, admin1: str, name_en: str | None, name_ar: str | None) -> str | None:
        for name in filter(None, (name_en, _DISTRICT_WORDS.sub("", name_en or ""))):
            found = self.en.get((admin1, english_key(name)))
            if found:
                return found
        for name in arabic_variants(name_ar) if name_ar else ():
            found = self.ar.get((admin1, arabic_key(name)))
            if found:
                return found
        if name_en and re.match(r"(markaz|center|centre)\b", name_en, re.IGNORECASE):
            return self.en.get((admin1, english_key(admin1)))
        return self._by_skeleton(admin1, name_en) if name_en else None

    def _by_skeleton(self, admin1: str, name_en: str) -> str | None:
        """The one district of the governorate whose romanisation has the same consonants («Kerbala» and «Karbala»,
        «Musayab» and «Musayyib», «Hawiga» and «Hawija»); None when no district or several do."""
        wanted = _skeleton(_DISTRICT_WORDS.sub("", name_en))
        found = {name for (a1, key), name in self.en.items() if a1 == admin1 and _skeleton(key) == wanted}
        return found.pop() if len(found) == 1 and wanted else None


def _skeleton(name: str) -> str:
    """The consonants of an English place name: romanisations differ in vowels, doubling, h and g/j."""
    text = re.sub(r"[aeiouyw\s'h-]", "", english_key(name).replace("g", "j"))
    return re.sub(r"(.)\1+", r"\1", text)


def _simplified(geometry: dict, tolerance: float) -> dict | None:
    """The polygon simplified for the browser (shapely, topology kept), coordinates rounded to 5 decimals (1 m);
    None when nothing of it is left."""
    from shapely import make_valid
    from shapely.geometry import mapping, shape

    shp = shape(geometry)
    if not shp.is_valid:
        shp = make_valid(shp)
    if tolerance > 0:
        shp = shp.simplify(tolerance, preserve_topology=True)
    if shp.geom_type == "GeometryCollection":  # make_valid can leave stray lines beside the polygons
        from shapely.geometry import MultiPolygon

        shp = MultiPolygon([g for part in shp.geoms if part.geom_type in ("Polygon", "MultiPolygon")
                            for g in getattr(part, "geoms", [part])])
    if shp.is_empty or shp.geom_type not in ("Polygon", "MultiPolygon"):
        return None
    return _rounded(mapping(shp))


def _rounded(value):
    if isinstance(value, float):
        return round(value, 5)
    if isinstance(value, (list, tuple)):
        return [_rounded(v) for v in value]
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    return value


class _BoundaryImport:
    """One import of admin polygons: check each unit, give it the project's governorate and district spelling,
    and locate a unit whose source does not say its governorate (geoBoundaries districts) by where it lies."""

    def __init__(self, store: "GazetteerStore", source: str, report, tolerance: float):
        from shapely.geometry import shape

        self.store, self.source, self.report, self.tolerance = store, source, report, tolerance
        self.present = {r[0] for r in store.conn.execute("SELECT source_id FROM boundaries WHERE source = ?",
                                                          (source,))}
        self.admin1_shapes = [(admin1, shape(json.loads(g))) for admin1, g in store.conn.execute(
            "SELECT admin1, geometry FROM boundaries WHERE level = 'admin1'")]
        builtin = Gazetteer(overlay(Gazetteer.builtin().places, store.places()))
        self.districts = _DistrictNames(builtin)
        self.grid = _Grid()
        for p in builtin.places:
            if p.latitude is not None and p.longitude is not None and p.admin1:
                self.grid.add(p.latitude, p.longitude, p.admin1, p.country)
        self.rows: list[tuple] = []

    def reject(self, row: dict, reason: str, detail: str = "") -> None:
        self.report.rejected += 1
        self.report.reasons[reason] += 1
        if len(self.report.errors) < 20:
            self.report.errors.append(f"{row.get('where', '?')}: {reason}" + (f" ({detail})" if detail else ""))

    def take_all(self, rows: Iterable[dict]) -> None:
        rows = list(rows)
        # governorates first, so that the districts of the same file can be placed inside them
        for row in sorted(rows, key=lambda r: r.get("level") != "admin1"):
            self.take(row)

    def take(self, row: dict) -> None:
        from shapely.geometry import shape

        report = self.report
        report.read += 1
        if _skipped(row, report):
            return
        if row.get("error") or row.get("reject"):
            self.reject(row, row.get("error") or row["reject"], row.get("message", ""))
            return
        if row["source_id"] in self.present:
            report.present += 1
            return
        geometry = _simplified(row["geometry"], self.tolerance)
        if geometry is None:
            self.reject(row, "empty geometry")
            return
        admin1 = row.get("admin1")
        if admin1 is None and row["level"] == "admin2":  # a district whose source does not name its governorate
            admin1 = self._locate(shape(geometry), row.get("country"))
        if admin1 is None:
            self.reject(row, "unknown governorate", row.get("region") or row.get("name_en") or "")
            return
        country = ADMIN1_COUNTRY[admin1]
        if row.get("country") and row["country"] != country:
            self.reject(row, "admin1 not in country", f"{admin1} is not in {row['country']}")
            return
        admin2 = None
        if row["level"] == "admin2":
            admin2 = self.districts.find(admin1, row.get("name_en"), row.get("name_ar"))
            if admin2 is None:
                admin2 = row.get("name_en") or row.get("name_ar")
                report.unmatched.append(f"{admin2} ({admin1})")
        else:
            self.admin1_shapes.append((admin1, shape(geometry)))
        self.present.add(row["source_id"])
        self.rows.append((self.source, row["source_id"], row["level"], admin1, admin2, row.get("name_en"),
                          row.get("name_ar"), country, row.get("pcode"),
                          json.dumps(geometry, separators=(",", ":"))))
        report.added += 1

    def _locate(self, shp, country: str | None) -> str | None:
        point = shp.representative_point()
        for admin1, polygon in self.admin1_shapes:
            if polygon.contains(point):
                return admin1
        nearest = self.grid.nearest(point.y, point.x, country=country)
        return nearest[2] if nearest else None

    def write(self, licence: str, attribution: str) -> None:
        conn = self.store.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            _many(conn, "INSERT INTO boundaries (source, source_id, level, admin1, admin2, name_en, name_ar, country, "
                        "pcode, geometry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self.rows)
            _record_source(conn, self.source, licence, attribution,
                           conn.execute("SELECT COUNT(*) FROM boundaries WHERE source = ?", (self.source,)).fetchone()[0])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _record_source(conn: sqlite3.Connection, source: str, licence: str, attribution: str, rows: int) -> None:
    old = conn.execute("SELECT licence, attribution FROM sources WHERE name = ?", (source,)).fetchone()
    if old is not None:  # a later import without a licence keeps the one recorded
        licence, attribution = licence or old[0], attribution or old[1]
    conn.execute("INSERT OR REPLACE INTO sources (name, licence, attribution, imported_at, rows) VALUES (?, ?, ?, ?, ?)",
                 (source, licence, attribution, datetime.now(timezone.utc).replace(microsecond=0).isoformat(), rows))


# --- the store -----------------------------------------------------------------------------------------------------

class GazetteerStore:
    """A gazetteer store file. `GazetteerStore(path)` creates it (and its folder) when needed;
    `readonly=True` opens an existing store only (FileNotFoundError when there is none)."""

    def __init__(self, path: str | os.PathLike[str], readonly: bool = False):
        self.path = Path(path).expanduser()
        self.readonly = readonly
        try:
            if readonly:
                if not self.path.is_file():
                    raise FileNotFoundError(f"no gazetteer store at {self.path}")
                self.conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                            isolation_level=None)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(str(self.path), isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the gazetteer store: {exc}") from None
        try:
            tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if readonly:
                if not {"places", "names", "sources", "records"} <= tables:
                    raise StoreError("not a Rasid gazetteer store")
            else:
                if tables and "places" not in tables and "meta" not in tables:
                    raise StoreError("an SQLite file that is not a Rasid gazetteer store")
                self.conn.executescript(_SCHEMA)
                self.conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)",
                                  (SCHEMA_VERSION,))
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"not a Rasid gazetteer store ({exc})") from None
        except StoreError:
            self.conn.close()
            raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "GazetteerStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- reading --

    def places(self) -> Iterator[Place]:
        """Every stored place, with its variants (alt_ar, alt_en) from the names table."""
        names: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for pid, lang, name in self.conn.execute("SELECT place_id, lang, name FROM names ORDER BY rowid"):
            names[pid].append((lang, name))
        for r in self.conn.execute(f"SELECT {', '.join(_PLACE_COLUMNS)} FROM places ORDER BY id"):
            yield _place(r, names.get(r[0], ()))

    def _places_by_id(self, ids: list[int]) -> list[Place]:
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        names: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for pid, lang, name in self.conn.execute(
                f"SELECT place_id, lang, name FROM names WHERE place_id IN ({marks}) ORDER BY rowid", ids):
            names[pid].append((lang, name))
        return [_place(r, names.get(r[0], ())) for r in self.conn.execute(
            f"SELECT {', '.join(_PLACE_COLUMNS)} FROM places WHERE id IN ({marks})", ids)]

    def lookup(self, name: str, admin1: str | None = None) -> list[Place]:
        """The stored places a name (or variant) may mean, ranked as Gazetteer.lookup ranks them."""
        lang, key = _name_key(name)
        if not key:
            return []
        ids = [r[0] for r in self.conn.execute(
            "SELECT DISTINCT place_id FROM names WHERE key = ? AND lang = ?", (key, lang))]
        found = sorted(self._places_by_id(ids), key=place_rank)
        if admin1 is None:
            return found
        return [p for p in found if p.admin1 == admin1] + [p for p in found if p.admin1 != admin1]

    def stats(self) -> dict:
        """Counts: places by source, country, kind and admin1; places with coordinates; names; the sources."""
        q = self.conn.execute

        def counts(column: str) -> dict:
            return {(k if k is not None else ""): n for k, n in q(
                f"SELECT {column}, COUNT(*) FROM places GROUP BY {column} ORDER BY COUNT(*) DESC, {column}")}

        return {
            "path": str(self.path),
            "places": q("SELECT COUNT(*) FROM places").fetchone()[0],
            "with_coordinates": q("SELECT COUNT(*) FROM places WHERE latitude IS NOT NULL "
                                  "AND longitude IS NOT NULL").fetchone()[0],
            "names": q("SELECT COUNT(*) FROM names").fetchone()[0],
            "records": q("SELECT COUNT(*) FROM records").fetchone()[0],
            "by_source": counts("source"),
            "by_country": counts("country"),
            "by_kind": counts("kind"),
            "by_admin1": counts("admin1"),
            "sources": self.sources(),
            "boundaries": {f"{level} {source}": n for source, level, n in q(
                "SELECT source, level, COUNT(*) FROM boundaries GROUP BY source, level ORDER BY source, level")}
            if "boundaries" in {r[0] for r in q("SELECT name FROM sqlite_master WHERE type = 'table'")} else {},
        }

    def boundaries(self) -> list[dict]:
        """The imported admin polygons, one dict a unit (the columns of the boundaries table, geometry parsed);
        an empty list for a store made before boundaries were kept."""
        try:
            rows = self.conn.execute(f"SELECT {', '.join(_BOUNDARY_COLUMNS)} FROM boundaries "
                                     "ORDER BY level, admin1, admin2, id").fetchall()
        except sqlite3.OperationalError:  # no boundaries table: a store written by an older Rasid, read-only
            return []
        return [{**dict(zip(_BOUNDARY_COLUMNS, r)), "geometry": json.loads(r[-1])} for r in rows]

    def sources(self) -> dict[str, dict]:
        """Each source's licence, attribution, import time and row count."""
        return {name: {"licence": lic, "attribution": att, "imported_at": at, "rows": rows}
                for name, lic, att, at, rows in self.conn.execute(
                    "SELECT name, licence, attribution, imported_at, rows FROM sources ORDER BY name")}

    # -- writing --

    def import_boundaries(self, rows: Iterable[dict], source: str, report, licence: str = "", attribution: str = "",
                          tolerance: float = SIMPLIFY_DEGREES) -> None:
        """Check, simplify and store admin polygons (rows of rasid.geo.importers.read_boundaries), counting into
        `report`; one transaction, like `import_rows`. A unit already stored from this source is left as it is."""
        if self.readonly:
            raise StoreError("the store was opened read-only")
        work = _BoundaryImport(self, source, report, tolerance)
        work.take_all(rows)
        work.write(licence, attribution)

    def import_rows(self, rows: Iterable[dict], source: str, report, licence: str = "", attribution: str = "",
                    progress: Callable[[int, float], None] | None = None, file_label: str = "") -> None:
        """Check, merge and store rows (see rasid.geo.importers for their keys), counting into `report`.

        Nothing is written until every row has been read; then one transaction writes it all, so an exception
        (a file that turns out unreadable half-way) leaves the store as it was.
        """
        if self.readonly:
            raise StoreError("the store was opened read-only")
        work = _Import(self, source, report, file_label)
        start = time.perf_counter()
        for row in rows:
            work.take(row)
            if progress is not None and report.read % 500 == 0:
                progress(report.read, time.perf_counter() - start)
        work.settle()
        work.write(licence, attribution)
        if progress is not None:
            progress(report.read, time.perf_counter() - start)


def _place(r: tuple, names: Iterable[tuple[str, str]]) -> Place:
    (_id, source, source_id, name_ar, name_en, kind, admin1, admin2, admin3, pcode, country, lat, lon,
     population) = r
    alt_ar = tuple(n for lang, n in names if lang == "ar" and n != name_ar)
    alt_en = tuple(n for lang, n in names if lang == "en" and n != name_en)
    return Place(name_ar=name_ar or "", name_en=name_en or "", kind=kind, admin1=admin1, admin2=admin2,
                 country=country, latitude=lat, longitude=lon, population=population, alt_ar=alt_ar,
                 alt_en=alt_en, admin3=admin3, pcode=pcode, source=source, source_id=source_id)


# --- loading -------------------------------------------------------------------------------------------------------

_LOADED: dict[str, tuple[tuple[int, int], Gazetteer]] = {}


def load_gazetteer(path: str | os.PathLike[str] | None = None) -> Gazetteer:
    """The built-in places plus the store's (see Gazetteer.load): cached per store file until the file changes."""
    if path is None:
        env = os.environ.get(ENV_GAZETTEER, "").strip()
        target, explicit = (Path(env).expanduser(), True) if env else (default_store_path(), False)
    else:
        target, explicit = Path(path).expanduser(), True
    try:
        st = target.stat()
    except FileNotFoundError:
        if explicit:
            raise FileNotFoundError(f"no gazetteer store at {target}"
                                    + (f" (${ENV_GAZETTEER})" if path is None else "")) from None
        return Gazetteer.builtin()
    stamp = (st.st_mtime_ns, st.st_size)
    cache_key = str(target)
    cached = _LOADED.get(cache_key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    with GazetteerStore(target, readonly=True) as store:
        stored = list(store.places())
    gazetteer = Gazetteer(overlay(Gazetteer.builtin().places, stored))
    _LOADED[cache_key] = (stamp, gazetteer)
    return gazetteer


def overlay(builtin: Iterable[Place], stored: Iterable[Place]) -> list[Place]:
    """The built-in places, each replaced by its stored copy (with the names and admin fields merged into it)
    when the store has one, followed by the other stored places."""
    stored = list(stored)
    copies = {p.source_id: p for p in stored if p.source == "rasid" and p.source_id}
    out: list[Place] = []
    used: set[str] = set()
    for place in builtin:
        key = builtin_key(place)
        copy = copies.get(key)
        if copy is None:
            out.append(place)
            continue
        used.add(key)
        ar_keys = {arabic_key(n) for n in (place.name_ar, *place.alt_ar)}
        en_keys = {english_key(n) for n in (place.name_en, *place.alt_en)}
        extra_ar = [n for n in (copy.name_ar, *copy.alt_ar) if n and arabic_key(n) not in ar_keys]
        extra_en = [n for n in (copy.name_en, *copy.alt_en) if n and english_key(n) not in en_keys]
        out.append(replace(
            place, alt_ar=place.alt_ar + tuple(extra_ar), alt_en=place.alt_en + tuple(extra_en),
            admin2=place.admin2 or copy.admin2, admin3=place.admin3 or copy.admin3, pcode=place.pcode or copy.pcode,
            population=place.population if place.population is not None else copy.population, source_id=key))
    out.extend(p for p in stored if not (p.source == "rasid" and p.source_id in used))
    return out
