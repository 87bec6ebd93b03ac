"""Readers of third-party gazetteers, for `rasid gazetteer import` (see rasid.geo.store).

One reader a format, each a generator of plain dict rows in one shape (below), so that the store checks,
merges and keeps them the same way whatever the source:

    wof        Who's On First localities CSV or admin CSV (told apart by the header)
    opensyria  OpenSyria admin units: the flattened CSV, one of its JSON files, or a folder of the three
    geonames   a GeoNames dump (SY.txt, IQ.txt: 19 tab-separated columns, no header)
    csv        a plain CSV with the columns documented in rasid/data/gazetteer/SOURCE.md
    geojson-boundaries
               governorate and district polygons: Who's On First, geoBoundaries or OCHA COD-AB GeoJSON
               (read by `read_boundaries`, kept in the store's boundaries table, not as places)

A row the reader cannot use is still yielded, with `error` (the reason it is rejected) or `skip` (why it is
not a place to import, e.g. a GeoNames stream), so that the import reports it with its line number and goes on.
A file the reader cannot read at all (missing, not UTF-8, a header of another format) raises ImportFormatError.

Row keys (missing = None): `where` ("line 12", "item 3"), `source_id`, `name_ar`, `name_en`, `alt_ar`, `alt_en`
(lists), `kind`, `admin1` (a project spelling, or None when the row gives none or one we do not know),
`admin1_weak` (True when admin1 comes from a table we are not sure of: the store then falls back to the
point instead of rejecting the row), `region` (the governorate as the row states it, for messages), `admin2`,
`admin2_pcode`, `admin3`, `pcode`, `country` ("SY"/"IQ"), `latitude`, `longitude`, `population` (raw text),
`reject` (a reason to reject: "superseded", "not current"), `error`, `skip`.
"""
from __future__ import annotations

import csv
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..text.language import NO_WORD, get_language
from .gazetteer import ADMIN1_COUNTRY, IRAQ_ADMIN1, SYRIA_ADMIN1, Gazetteer

FORMATS = ("wof", "opensyria", "geonames", "csv", "geojson-boundaries")

# What each source's licence asks for; `rasid gazetteer import --licence` overrides it (and must give it for csv).
LICENCES = {
    "wof": ("CC0 (Who's On First's own work); properties taken from GeoNames and other sources are CC BY and "
            "need attribution", "Data from Who's On First. https://whosonfirst.org/docs/licenses/"),
    "opensyria": ("CC BY 4.0", "OpenSyria (https://github.com/Open-Syria/data-geography) and the sources it lists"),
    "geonames": ("CC BY 4.0", "GeoNames (https://www.geonames.org/)"),
    "csv": ("", ""),
}

# Boundary sources, told apart by their properties (see read_boundaries): licence and attribution of each.
BOUNDARY_LICENCES = {
    "wof-boundaries": LICENCES["wof"],
    "geoboundaries": ("CC BY 4.0 for gbOpen (the file's metadata names the licence of its upstream source)",
                      "geoBoundaries (https://www.geoboundaries.org/), Runfola et al. 2020"),
    "cod-ab": ("CC BY 3.0 IGO", "OCHA Common Operational Datasets (COD-AB), via HDX (https://data.humdata.org/)"),
}

# The CSV columns of the plain format (only a name, latitude and longitude are required).
CSV_COLUMNS = ("name_ar", "name_en", "alt_ar", "alt_en", "kind", "admin1", "admin2", "admin3", "pcode", "country",
               "latitude", "longitude", "population")

_ALT_SEP = "|"
_AR_LETTER = re.compile(r"[\u0621-\u064A]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


class ImportFormatError(ValueError):
    """The file cannot be read as the format asked for (the message says why; the caller names the file)."""


# --- governorates: names, P-codes, codes ---------------------------------------------------------------------------

_APOSTROPHES = str.maketrans("", "", "'’‘`´ʼʻʿʾ")


def _admin_titles(language: str) -> list[str]:
    """A language's words.tsv rows of role admin_title (the titles gazetteer sources write before an admin area's
    name), as written."""
    rows = get_language(language).read_tsv("words.tsv")
    return [row[0] for row in rows if len(row) > 1 and row[0] != NO_WORD
            and "admin_title" in (r.strip() for r in row[1].split(","))]


@lru_cache(maxsize=1)
def _region_stop() -> frozenset[str]:
    """The words a governorate's name in Latin letters may carry that do not change which governorate it is:
    the article as transliterations write it (rasid/data/lang/en/language.toml, [transliteration]
    hyphenated_articles: «al», «ez» …) and the words of the admin titles (en/words.tsv, role admin_title:
    «Muhafazat», «Governorate of» …)."""
    english = get_language("en")
    articles = english.settings.get("transliteration", {}).get("hyphenated_articles", ())
    return frozenset(articles) | frozenset(w for title in _admin_titles("en") for w in title.lower().split())


# OCHA admin1 P-codes of Syria.
SY_ADMIN1_PCODES = {
    "SY01": "Damascus", "SY02": "Aleppo", "SY03": "Rural Damascus", "SY04": "Homs", "SY05": "Hama",
    "SY06": "Latakia", "SY07": "Idlib", "SY08": "Al-Hasakah", "SY09": "Deir ez-Zor", "SY10": "Tartus",
    "SY11": "Raqqa", "SY12": "Daraa", "SY13": "As-Suwayda", "SY14": "Quneitra",
}

# GeoNames admin1 codes (the old FIPS 10-4 numbering), written from memory: the GeoNames reader prefers the
# ADM1 rows of the dump itself and treats this table as a weak hint that the point may overrule.
GEONAMES_ADMIN1 = {
    "SY": {"01": "Al-Hasakah", "02": "Latakia", "03": "Quneitra", "04": "Raqqa", "05": "As-Suwayda",
           "06": "Daraa", "07": "Deir ez-Zor", "08": "Rural Damascus", "09": "Aleppo", "10": "Hama", "11": "Homs",
           "12": "Idlib", "13": "Damascus", "14": "Tartus"},
    "IQ": {"01": "Anbar", "02": "Basra", "03": "Muthanna", "04": "Qadisiyah", "05": "Sulaymaniyah", "06": "Babil",
           "07": "Baghdad", "08": "Duhok", "09": "Dhi Qar", "10": "Diyala", "11": "Erbil", "12": "Karbala",
           "13": "Kirkuk", "14": "Maysan", "15": "Nineveh", "16": "Salah al-Din", "17": "Najaf", "18": "Wasit"},
}


def region_key(name: str) -> str:
    """A governorate name reduced for matching: lower case, no accents, apostrophes, hyphens or articles."""
    text = unicodedata.normalize("NFKD", name.lower().translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    stop = _region_stop()
    return " ".join(w for w in re.findall(r"[a-z0-9]+", text) if w not in stop)


def _region_table() -> dict[str, str]:
    """Each governorate's region_key → its admin1: the project's spelling, then the others that gazetteers and
    agencies write (rasid/data/lang/en/admin1_spellings.tsv)."""
    aliases: dict[str, list[str]] = {}
    for row in get_language("en").read_tsv("admin1_spellings.tsv"):
        aliases.setdefault(row[1], []).append(row[0])
    table: dict[str, str] = {}
    for admin1 in SYRIA_ADMIN1 + IRAQ_ADMIN1:
        for name in (admin1, *aliases.get(admin1, ())):
            table.setdefault(region_key(name), admin1)
            table.setdefault(region_key(name).replace(" ", ""), admin1)
    return table


_REGIONS = _region_table()


def admin1_from_name(name: str | None) -> str | None:
    """The project's admin1 spelling for a governorate name in English or Arabic («Dayr az Zawr», «Homs (Hims)»,
    «H'alab», «محافظة حلب»), or None."""
    if not name or not name.strip():
        return None
    name = name.strip()
    if name in ADMIN1_COUNTRY:
        return name
    if _AR_LETTER.search(name):
        place = Gazetteer.builtin().governorate_by_name(name)
        return place.admin1 if place is not None else None
    parts = [name, *re.split(r"[()/,;]+", name)]
    for part in parts:
        key = region_key(part)
        if key and (key in _REGIONS or key.replace(" ", "") in _REGIONS):
            return _REGIONS.get(key) or _REGIONS[key.replace(" ", "")]
    return None


def admin1_from_pcode(pcode: str | None) -> str | None:
    """The admin1 of an OCHA P-code of Syria at any level (SY09, SY0902, SY090200), or None."""
    if not pcode:
        return None
    return SY_ADMIN1_PCODES.get(pcode.strip().upper()[:4])


# --- names ---------------------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _arabic_prefixes() -> tuple[str, ...]:
    """The words before an Arabic admin name that sources write and reports leave out (rasid/data/lang/ar/words.tsv,
    role admin_title: «مركز», «ناحية», «محافظة» …), as written, each with the space after it."""
    return tuple(f"{title} " for title in _admin_titles("ar"))


def split_alts(text: str | None, sep: str = _ALT_SEP) -> list[str]:
    return [a.strip() for a in (text or "").split(sep) if a.strip()]


def arabic_variants(name: str) -> list[str]:
    """A name and the variants without «مركز»/«ناحية»/«منطقة»/«محافظة»/«قضاء» in front («مركز البوكمال» →
    «البوكمال»)."""
    out = [name]
    current = name.strip()
    while True:
        for prefix in _arabic_prefixes():
            if current.startswith(prefix) and len(current) > len(prefix) + 1:
                current = current[len(prefix):].strip()
                out.append(current)
                break
        else:
            return out


def _sort_names(ar: Iterable[str | None], en: Iterable[str | None]) -> tuple[list[str], list[str]]:
    """Names by script, in order, without repeats: Arabic-script names filed as English go to Arabic and back."""
    out_ar: list[str] = []
    out_en: list[str] = []
    for name in [*ar, *en]:
        name = " ".join((name or "").split())
        if not name:
            continue
        target = out_ar if _AR_LETTER.search(name) else out_en
        if name not in target:
            target.append(name)
    return out_ar, out_en


def _names(row: dict, ar: Iterable[str | None], en: Iterable[str | None]) -> dict:
    out_ar, out_en = _sort_names(ar, en)
    row["name_ar"] = out_ar[0] if out_ar else None
    row["alt_ar"] = out_ar[1:]
    row["name_en"] = out_en[0] if out_en else None
    row["alt_en"] = out_en[1:]
    return row


# --- kinds --------------------------------------------------------------------------------------------------------

def kind_from_feature(code: str | None, population: str | None) -> str:
    """A kind from a GeoNames feature code (also WOF's gn_feature_code) and the population."""
    code = (code or "").strip().upper()
    if code in ("PPLC", "PPLA", "PPLA2", "PPLG"):
        return "city"
    if code in ("PPLA3", "PPLA4"):
        return "town"
    if code == "PPLX":
        return "neighbourhood"
    try:
        if population and int(float(population)) >= 15000:
            return "town"
    except ValueError:
        pass
    return "village"


# --- readers -----------------------------------------------------------------------------------------------------

def _open_text(path: Path):
    try:
        return path.open(encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise ImportFormatError("no such file") from None
    except IsADirectoryError:
        raise ImportFormatError("is a folder, not a file") from None
    except OSError as exc:
        raise ImportFormatError(f"cannot read: {exc.strerror or exc}") from None


def _csv_rows(path: Path, required: Iterable[str], what: str) -> Iterator[tuple[int, list[str], dict[str, str]]]:
    """(line number, header, row) for each data row of a CSV; bad rows come back with the key None set."""
    with _open_text(path) as fh:
        try:
            reader = csv.reader(fh)
            header = next(reader, None)
            if header is None:
                raise ImportFormatError(f"empty file, expected a {what} header")
            header = [h.strip().lstrip("\ufeff") for h in header]
            missing = [c for c in required if c not in header]
            if missing:
                raise ImportFormatError(f"not a {what}: the header lacks {', '.join(missing)}")
            for cells in reader:
                if not any(c.strip() for c in cells):
                    continue
                row = dict(zip(header, cells))
                if len(cells) != len(header):
                    row[None] = f"expected {len(header)} columns, found {len(cells)}"  # type: ignore[index]
                yield reader.line_num, header, row
        except UnicodeDecodeError as exc:
            raise ImportFormatError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
        except csv.Error as exc:
            raise ImportFormatError(f"not a readable CSV: {exc}") from None


def _keyed_rows(path: Path, required: Iterable[str], what: str, id_column: str):
    """(where, cell getter, bad-row record or None) for each data row of a CSV whose rows carry an id."""
    for line, _header, r in _csv_rows(path, required, what):
        where = f"line {line}"
        if None in r:
            yield where, None, _bad(where, r[None])  # type: ignore[index]
            continue
        get = (lambda row: lambda c: (row.get(c) or "").strip())(r)
        yield where, get, (None if get(id_column) else _bad(where, f"no {id_column}"))


def _bad(where: str, message: str) -> dict:
    return {"where": where, "error": "bad row", "message": message}


WOF_LOCALITY_COLUMNS = ("wof_id", "placetype", "name", "name_ar", "lat", "lon", "gn_feature_code", "region_name_en")
WOF_ADMIN_COLUMNS = ("wof_id", "placetype", "placetype_local", "name", "name_ar", "lat", "lon", "is_current")
_WOF_ADMIN_KINDS = {"region": "governorate", "county": "district", "country": "country"}
_WOF_NEIGHBOURHOODS = {"neighbourhood", "microhood", "macrohood", "borough"}


def read_wof(path: str | Path) -> Iterator[dict]:
    """Rows of a Who's On First localities CSV or admin CSV (told apart by the header)."""
    path = Path(path)
    with _open_text(path) as fh:
        try:
            first = fh.readline()
        except UnicodeDecodeError:
            raise ImportFormatError("not UTF-8 text") from None
    header = {h.strip().lstrip("\ufeff") for h in next(csv.reader([first]), [])}
    if set(WOF_ADMIN_COLUMNS) <= header:
        yield from _read_wof_admin(path)
    elif set(WOF_LOCALITY_COLUMNS) <= header:
        yield from _read_wof_localities(path)
    else:
        missing = [c for c in WOF_LOCALITY_COLUMNS if c not in header]
        raise ImportFormatError("not a Who's On First localities or admin CSV: the header lacks "
                                + ", ".join(missing))


def _read_wof_localities(path: Path) -> Iterator[dict]:
    for where, g, bad in _keyed_rows(path, WOF_LOCALITY_COLUMNS, "Who's On First localities CSV", "wof_id"):
        if bad is not None:
            yield bad
            continue
        row: dict = {"where": where, "source_id": g("wof_id")}
        placetype = g("placetype").lower()
        if placetype == "campus":
            row["skip"] = "placetype campus"
            yield row
            continue
        _names(row, [g("name_ar"), *split_alts(g("name_ar_variants"))],
               [g("name_en"), g("name"), g("gn_asciiname"), g("gn_name"), *split_alts(g("name_en_variants"))])
        if placetype in _WOF_NEIGHBOURHOODS:
            row["kind"] = "neighbourhood"
        else:
            row["kind"] = kind_from_feature(g("gn_feature_code"), g("population"))
        region = g("region_name_en") or g("region_name_ar") or g("adm1_pcode")
        row["region"] = region or None
        adm2 = g("adm2_pcode")
        row["admin1"] = (admin1_from_name(g("region_name_en")) or admin1_from_name(g("region_name_ar"))
                         or admin1_from_pcode(g("adm1_pcode")) or admin1_from_pcode(adm2))
        # (a row that names no region may still give its district's P-code, whose first digits are the
        # governorate's: SY1400 lies in Quneitra; without it the nearest place would decide, across a border)
        row["admin2"] = g("county_name_en") or None
        row["admin2_pcode"] = adm2 or None
        row["pcode"] = adm2 or None
        row["country"] = ADMIN1_COUNTRY.get(row["admin1"]) if row["admin1"] else None
        row["latitude"], row["longitude"], row["population"] = g("lat"), g("lon"), g("population")
        if g("superseded_by"):
            row["reject"] = "superseded"
            row["message"] = f"superseded by {g('superseded_by')}"
        yield row


def _read_wof_admin(path: Path) -> Iterator[dict]:
    for where, g, bad in _keyed_rows(path, WOF_ADMIN_COLUMNS, "Who's On First admin CSV", "wof_id"):
        if bad is not None:
            yield bad
            continue
        row: dict = {"where": where, "source_id": g("wof_id")}
        kind = _WOF_ADMIN_KINDS.get(g("placetype").lower())
        if kind is None:
            row["skip"] = f"placetype {g('placetype') or '(none)'}"
            yield row
            continue
        row["kind"] = kind
        _names(row, [g("name_ar"), *split_alts(g("name_ar_variants"))],
               [g("name"), g("name_en"), *split_alts(g("name_en_variants"))])
        if kind == "country":
            hasc = g("hasc").upper()
            row["country"] = hasc if hasc in ("SY", "IQ") else _country_from_names(row)
            row["admin1"] = None
        elif kind == "governorate":
            row["region"] = g("name")
            row["admin1"] = next(filter(None, (admin1_from_name(n) for n in (
                g("name"), g("name_en"), g("name_ar"), *split_alts(g("name_en_variants"))))), None)
        else:
            row["region"] = g("region_name_en") or g("region_name_ar") or None
            row["admin1"] = admin1_from_name(g("region_name_en")) or admin1_from_name(g("region_name_ar"))
            row["admin2"] = row["name_en"] or row["name_ar"]
        if kind != "country":
            row["country"] = ADMIN1_COUNTRY.get(row["admin1"]) if row["admin1"] else None
        row["latitude"], row["longitude"] = g("lat"), g("lon")
        if g("superseded_by"):
            row["reject"] = "superseded"
            row["message"] = f"superseded by {g('superseded_by')}"
        elif g("is_current") in ("0", "false", "False"):
            row["reject"] = "not current"
            row["message"] = "is_current is 0"
        yield row


def _country_from_names(row: dict) -> str | None:
    names = [row.get("name_en") or "", *row.get("alt_en", ()), row.get("name_ar") or "", *row.get("alt_ar", ())]
    keys = {region_key(n) for n in names} | {n for n in names}
    country = _country_names()
    codes = {country[k] for k in keys if k in country}
    return "SY" if "SY" in codes else "IQ" if "IQ" in codes else None


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """The country of each name of the gazetteer's country rows («سوريا», «سورية», «Syrian Arab Republic»):
    Arabic names as written, English ones by `region_key`."""
    out: dict[str, str] = {}
    for place in Gazetteer.builtin().places:
        if place.kind == "country":
            out.update((name, place.country) for name in (place.name_ar, *place.alt_ar) if name)
            out.update((region_key(name), place.country) for name in (place.name_en, *place.alt_en) if region_key(name))
    return out


OPENSYRIA_CSV_COLUMNS = ("level_name", "opensyria_id", "ocha_pcode", "name_en", "name_ar", "adm1_pcode", "lat", "lon")
_OPENSYRIA_KINDS = {"governorate": "governorate", "district": "district", "subdistrict": "subdistrict",
                    "sub-district": "subdistrict"}


def read_opensyria(path: str | Path) -> Iterator[dict]:
    """Rows of OpenSyria admin units: the flattened CSV, one JSON file, or a folder holding the JSON files."""
    path = Path(path)
    if path.is_dir():
        files = _opensyria_json_files(path)
        if not files:
            raise ImportFormatError("no OpenSyria JSON files (*governorates.json, *districts.json, "
                                    "*subdistricts.json) in this folder")
        districts = _opensyria_district_names(path)
        for file in files:
            yield from _read_opensyria_json(file, districts, prefix=f"{file.name} ")
    elif path.suffix.lower() == ".json":
        yield from _read_opensyria_json(path, _opensyria_district_names(path.parent))
    else:
        yield from _read_opensyria_csv(path)


def _opensyria_json_files(folder: Path) -> list[Path]:
    gov = sorted(folder.glob("*governorates.json"))
    sub = sorted(folder.glob("*subdistricts.json"))
    dist = sorted(p for p in folder.glob("*districts.json") if p not in sub)
    return gov + dist + sub


def _opensyria_district_names(folder: Path) -> dict[str, str]:
    """District id and P-code → English name, from a districts JSON beside the file (when there is one)."""
    names: dict[str, str] = {}
    for file in folder.glob("*districts.json"):
        if file.name.endswith("subdistricts.json"):
            continue
        try:
            items = json.loads(file.read_text(encoding="utf-8-sig"))
        except (OSError, ValueError):
            continue
        for item in items if isinstance(items, list) else ():
            if isinstance(item, dict) and isinstance(item.get("name"), dict) and item["name"].get("en"):
                if item.get("id"):
                    names[str(item["id"])] = item["name"]["en"]
                pcode = (item.get("externalIds") or {}).get("ochaPcode")
                if pcode:
                    names[str(pcode)] = item["name"]["en"]
    return names


def _opensyria_row(where: str, kind: str | None, source_id: str, name_ar: str, name_en: str,
                   aliases_ar: list[str], aliases_en: list[str], pcode: str, adm1_pcode: str, adm1_name: str,
                   adm2_name: str, lat, lon, population) -> dict:
    row: dict = {"where": where, "source_id": source_id}
    if kind is None:
        return _bad(where, "unknown level")
    row["kind"] = kind
    ar = [v for n in [name_ar, *aliases_ar] for v in arabic_variants(n)]
    _names(row, ar, [name_en, *aliases_en])
    row["pcode"] = pcode or None
    row["admin1"] = admin1_from_pcode(adm1_pcode) or admin1_from_pcode(pcode) or admin1_from_name(adm1_name)
    row["region"] = adm1_pcode or adm1_name or None
    if kind == "district":
        row["admin2"] = name_en or None
    elif kind == "subdistrict":
        row["admin2"] = adm2_name or None
        row["admin2_pcode"] = pcode[:6] if pcode and len(pcode) >= 6 else None
        row["admin3"] = name_en or None
    row["country"] = "SY"
    row["latitude"], row["longitude"] = lat, lon
    row["population"] = population
    return row


def _read_opensyria_csv(path: Path) -> Iterator[dict]:
    for where, g, bad in _keyed_rows(path, OPENSYRIA_CSV_COLUMNS, "OpenSyria admin units CSV", "opensyria_id"):
        if bad is not None:
            yield bad
            continue
        kind = _OPENSYRIA_KINDS.get(g("level_name").lower())
        if kind is None:
            yield _bad(where, f"unknown level_name {g('level_name')!r}")
            continue
        yield _opensyria_row(where, kind, g("opensyria_id"), g("name_ar"), g("name_en"), split_alts(g("aliases_ar")),
                             split_alts(g("aliases_en")), g("ocha_pcode"), g("adm1_pcode"), g("adm1_name_en"),
                             g("adm2_name_en"), g("lat"), g("lon"), g("population"))


def _read_json(path: Path, prefix: str = ""):
    """A JSON file's content; ImportFormatError (its message after `prefix`) when it cannot be read as JSON."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ImportFormatError(f"{prefix}no such file".strip()) from None
    except UnicodeDecodeError:
        raise ImportFormatError(f"{prefix}not UTF-8 text".strip()) from None
    except OSError as exc:
        raise ImportFormatError(f"{prefix}cannot read: {exc.strerror or exc}".strip()) from None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise ImportFormatError(f"{prefix}not JSON: {exc}".strip()) from None


def _read_opensyria_json(path: Path, districts: dict[str, str], prefix: str = "") -> Iterator[dict]:
    items = _read_json(path, prefix)
    if not isinstance(items, list):
        raise ImportFormatError(f"{prefix}not an OpenSyria JSON file: expected a list of admin units".strip())
    for number, item in enumerate(items, 1):
        where = f"{prefix}item {number}"
        try:
            yield _opensyria_json_row(where, item, districts)
        except (AttributeError, TypeError, KeyError, ValueError) as exc:
            yield _bad(where, f"unexpected structure ({type(exc).__name__}: {exc})")


def _opensyria_json_row(where: str, item: dict, districts: dict[str, str]) -> dict:
    if not isinstance(item, dict) or not item.get("id"):
        return _bad(where, "not an admin unit with an id")
    name = item.get("name") or {}
    aliases = [a for a in item.get("aliases") or () if isinstance(a, dict) and a.get("value")]
    external = item.get("externalIds") or {}
    centroid = item.get("centroid") or {}
    population = (item.get("population") or {}).get("value")
    pcode = str(external.get("ochaPcode") or "")
    if item.get("districtId"):
        kind = "subdistrict"
    elif item.get("governorateId"):
        kind = "district"
    else:
        kind = "governorate"
    adm2_name = ""
    if kind == "subdistrict":
        adm2_name = districts.get(str(item["districtId"])) or districts.get(pcode[:6], "")
    return _opensyria_row(
        where, kind, str(item["id"]), str(name.get("ar") or ""), str(name.get("en") or ""),
        [str(a["value"]) for a in aliases if a.get("language") == "ar"],
        [str(a["value"]) for a in aliases if a.get("language") != "ar"],
        pcode, pcode[:4], "", adm2_name,
        "" if centroid.get("latitude") is None else str(centroid["latitude"]),
        "" if centroid.get("longitude") is None else str(centroid["longitude"]),
        "" if population is None else str(population))


_GEONAMES_COLUMNS = 19


def read_geonames(path: str | Path) -> Iterator[dict]:
    """Rows of a GeoNames dump (SY.txt, IQ.txt, allCountries.txt: 19 tab-separated columns, no header).

    Populated places (feature class P) and first- and second-level divisions (A ADM1, ADM2) are kept, in Syria
    and Iraq only. Governorates come from the dump's own ADM1 rows when it has them (a first pass reads them),
    else from the GeoNames admin1 code table above, which the point may overrule.
    """
    path = Path(path)
    adm1_codes, adm2_names = _geonames_admin_rows(path)
    with _open_text(path) as fh:
        try:
            for number, line in enumerate(fh, 1):
                line = line.rstrip("\r\n")
                if not line.strip() or line.startswith("#"):
                    continue
                cells = line.split("\t")
                where = f"line {number}"
                if len(cells) != _GEONAMES_COLUMNS:
                    if number == 1:
                        raise ImportFormatError(f"not a GeoNames dump: expected {_GEONAMES_COLUMNS} "
                                                f"tab-separated columns, found {len(cells)}")
                    yield _bad(where, f"expected {_GEONAMES_COLUMNS} tab-separated columns, found {len(cells)}")
                    continue
                yield _geonames_row(where, cells, adm1_codes, adm2_names)
        except UnicodeDecodeError as exc:
            raise ImportFormatError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def _geonames_admin_rows(path: Path) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str, str], str]]:
    adm1: dict[tuple[str, str], str] = {}
    adm2: dict[tuple[str, str, str], str] = {}
    with _open_text(path) as fh:
        try:
            for line in fh:
                cells = line.rstrip("\r\n").split("\t")
                if len(cells) != _GEONAMES_COLUMNS or cells[6] != "A" or cells[8] not in ("SY", "IQ"):
                    continue
                if cells[7] == "ADM1":
                    names = [cells[1], cells[2], *cells[3].split(",")]
                    admin1 = next(filter(None, (admin1_from_name(n) for n in names)), None)
                    if admin1 and ADMIN1_COUNTRY[admin1] == cells[8]:
                        adm1[(cells[8], cells[10])] = admin1
                elif cells[7] == "ADM2":
                    adm2[(cells[8], cells[10], cells[11])] = cells[2] or cells[1]
        except UnicodeDecodeError as exc:
            raise ImportFormatError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    return adm1, adm2


def _latin_alternate(name: str) -> bool:
    if not _LATIN_LETTER.search(name) or any(ch.isdigit() for ch in name):
        return False
    if len(name) < 3 or (name.isupper() and len(name) <= 4):  # codes: IATA, ISO
        return False
    return not any(ord(ch) > 0x24F for ch in name)  # other scripts


def _geonames_row(where: str, cells: list[str], adm1_codes, adm2_names) -> dict:
    (geonameid, name, asciiname, alternates, lat, lon, fclass, fcode, country, _cc2, a1, a2, _a3, _a4, population,
     *_rest) = [c.strip() for c in cells]
    row: dict = {"where": where, "source_id": geonameid}
    if not geonameid:
        return _bad(where, "no geonameid")
    if country not in ("SY", "IQ"):
        row["skip"] = "other country"
        return row
    if fclass == "P":
        row["kind"] = kind_from_feature(fcode, population)
    elif fclass == "A" and fcode in ("ADM1", "ADM2"):
        row["kind"] = "governorate" if fcode == "ADM1" else "district"
    else:
        row["skip"] = f"feature {fclass}.{fcode}" if fclass else "no feature class"
        return row
    alts = [a for a in alternates.split(",") if a.strip()]
    ar = [a for a in alts if _AR_LETTER.search(a)]
    en = [a for a in alts if _latin_alternate(a)]
    _names(row, ar, [name, asciiname, *en])
    row["country"] = country
    if row["kind"] == "governorate":
        admin1 = next(filter(None, (admin1_from_name(n) for n in (name, asciiname, *alts))), None)
        row["admin1"] = admin1 if admin1 and ADMIN1_COUNTRY[admin1] == country else None
        row["region"] = name
    else:
        row["admin1"] = adm1_codes.get((country, a1))
        if row["admin1"] is None and a1:
            row["admin1"] = GEONAMES_ADMIN1.get(country, {}).get(a1)
            row["admin1_weak"] = True
        row["region"] = f"admin1 code {a1}" if a1 else None
        row["admin2"] = (asciiname or name) if row["kind"] == "district" else adm2_names.get((country, a1, a2))
    row["latitude"], row["longitude"], row["population"] = lat, lon, "" if population == "0" else population
    return row


def read_csv(path: str | Path) -> Iterator[dict]:
    """Rows of the plain CSV format (see rasid/data/gazetteer/SOURCE.md, «Importing other gazetteers»)."""
    path = Path(path)
    number = 0
    for line, header, r in _csv_rows(path, ("latitude", "longitude"), "gazetteer CSV (see SOURCE.md)"):
        if number == 0 and "name_ar" not in header and "name_en" not in header:
            raise ImportFormatError("not a gazetteer CSV: the header has neither name_ar nor name_en")
        number += 1
        where = f"line {line}"
        if None in r:
            yield _bad(where, r[None])  # type: ignore[index]
            continue
        g = lambda c: (r.get(c) or "").strip()  # noqa: E731
        row: dict = {"where": where, "source_id": g("id") or str(number)}
        _names(row, [g("name_ar"), *split_alts(g("alt_ar"))], [g("name_en"), *split_alts(g("alt_en"))])
        row["kind"] = g("kind").lower() or "village"
        row["region"] = g("admin1") or None
        row["admin1"] = admin1_from_name(g("admin1"))
        row["admin2"] = g("admin2") or None
        row["admin3"] = g("admin3") or None
        row["pcode"] = g("pcode") or None
        row["country"] = _country_code(g("country"))
        if row["country"] == "?":
            row["error"], row["message"] = "unknown country", f"country {g('country')!r} is not SY or IQ"
        row["latitude"], row["longitude"], row["population"] = g("latitude"), g("longitude"), g("population")
        yield row


def _country_code(text: str) -> str | None:
    if not text:
        return None
    key = region_key(text) if not _AR_LETTER.search(text) else text.strip()
    return _ISO3.get(key.upper()) or _country_names().get(key) or "?"  # (ISO codes: «sy», «syr» …)



# --- boundaries ----------------------------------------------------------------------------------------------------

_ISO3 = {"SYR": "SY", "IRQ": "IQ", "SY": "SY", "IQ": "IQ"}


def boundary_flavour(properties: dict) -> str | None:
    """Which publisher's GeoJSON a feature comes from, by its property names; None when none is recognised."""
    keys = {k.lower() for k in properties}
    if {"wof_id", "placetype"} <= keys:
        return "wof-boundaries"
    if {"shapename", "shapetype"} <= keys:
        return "geoboundaries"
    if any(re.fullmatch(r"adm[12]_(en|pcode)|admin[12](name_en|pcode)", k) for k in keys):
        return "cod-ab"
    return None


def read_boundaries(path: str | Path) -> tuple[str, Iterator[dict]]:
    """(flavour, rows) of a GeoJSON FeatureCollection of admin polygons: Who's On First (placetype region or
    county), geoBoundaries (shapeType ADM1 or ADM2) or OCHA COD-AB (ADM1_EN / ADM2_PCODE … or admin1Name_en …).

    Row keys: `where`, `source_id`, `level` ("admin1" | "admin2"), `name_en`, `name_ar`, `admin1` (the project's
    spelling, or None: the store then places the unit by where it lies), `region` (the governorate as written),
    `pcode`, `country`, `geometry` (the GeoJSON geometry as read), and `reject` / `error` like the place readers.
    """
    data = _read_json(Path(path))
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise ImportFormatError("not a GeoJSON FeatureCollection")
    flavours = Counter(boundary_flavour(f.get("properties") or {}) for f in features if isinstance(f, dict))
    flavour = next((f for f, _ in flavours.most_common() if f), None)
    if flavour is None:
        raise ImportFormatError("no Who's On First, geoBoundaries or COD-AB admin properties in its features")
    return flavour, (_boundary_row(f"feature {n}", f, flavour) for n, f in enumerate(features, 1))


def _boundary_row(where: str, feature, flavour: str) -> dict:
    if not isinstance(feature, dict) or not isinstance(feature.get("geometry"), dict):
        return _bad(where, "a feature without a geometry")
    if feature["geometry"].get("type") not in ("Polygon", "MultiPolygon"):
        return {"where": where, "skip": f"geometry {feature['geometry'].get('type')}"}
    props = {k.lower(): ("" if v is None else str(v).strip()) for k, v in (feature.get("properties") or {}).items()}
    row = {"where": where, "geometry": feature["geometry"]}
    row.update({"wof-boundaries": _wof_boundary, "geoboundaries": _geoboundaries_boundary,
                "cod-ab": _cod_boundary}[flavour](props))
    if row.get("level") is None and "skip" not in row:
        row["skip"] = "not a governorate or district"
    if not row.get("source_id") and "skip" not in row:
        row.update(_bad(where, "no id"))
    return row


def _wof_boundary(p: dict) -> dict:
    level = {"region": "admin1", "county": "admin2"}.get(p.get("placetype", ""))
    region = p.get("region_name_en", "")
    row = {"source_id": p.get("wof_id"), "level": level, "name_en": p.get("name_en") or p.get("name") or None,
           "name_ar": p.get("name_ar") or None, "country": _ISO3.get(p.get("hasc", "")[:2].upper()),
           "pcode": None, "region": region or None}
    row["admin1"] = admin1_from_name(row["name_en"] if level == "admin1" else region) or (
        admin1_from_name(row["name_ar"]) if level == "admin1" else None)
    if p.get("superseded_by"):
        row["reject"] = "superseded"
    return row


def _geoboundaries_boundary(p: dict) -> dict:
    level = {"ADM1": "admin1", "ADM2": "admin2"}.get(p.get("shapetype", "").upper())
    name = p.get("shapename") or None
    return {"source_id": p.get("shapeid"), "level": level, "name_en": name, "name_ar": None,
            "country": _ISO3.get(p.get("shapegroup", "").upper()), "pcode": p.get("shapeiso") or None,
            "admin1": admin1_from_name(name) if level == "admin1" else None, "region": None}


def _cod_boundary(p: dict) -> dict:
    def get(level: int, what: str) -> str:
        names = {"en": (f"adm{level}_en", f"admin{level}name_en"), "ar": (f"adm{level}_ar", f"admin{level}name_ar"),
                 "pcode": (f"adm{level}_pcode", f"admin{level}pcode")}[what]
        return next((p[k] for k in names if p.get(k)), "")

    level = 2 if get(2, "pcode") or get(2, "en") else 1 if get(1, "pcode") or get(1, "en") else None
    if level is None:
        return {"level": None}
    pcode = get(level, "pcode")
    admin1 = (admin1_from_pcode(get(1, "pcode")) or admin1_from_name(get(1, "en"))
              or admin1_from_name(get(1, "ar")))
    country = _ISO3.get((p.get("adm0_pcode") or p.get("admin0pcode") or pcode[:2]).upper())
    return {"source_id": pcode or f"{get(1, 'en')}|{get(level, 'en')}", "level": f"admin{level}",
            "name_en": get(level, "en") or None, "name_ar": get(level, "ar") or None, "country": country,
            "pcode": pcode or None, "admin1": admin1, "region": get(1, "en") or get(1, "pcode") or None}

READERS: dict[str, Callable[[str | Path], Iterator[dict]]] = {
    "wof": read_wof,
    "opensyria": read_opensyria,
    "geonames": read_geonames,
    "csv": read_csv,
}


# --- the import --------------------------------------------------------------------------------------------------

@dataclass
class ImportReport:
    """What one import did. `read` = added + merged + present + rejected + skipped."""

    path: str
    source: str
    read: int = 0
    added: int = 0  # new places
    merged: int = 0  # rows that became names of a place already known (stored, built in, or added earlier)
    present: int = 0  # rows of this source already imported (by source id): a second import adds nothing
    rejected: int = 0
    skipped: int = 0  # rows that are not places to import (GeoNames streams, WOF campuses, other countries)
    reasons: Counter = field(default_factory=Counter)  # rejected rows by reason
    skip_reasons: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)  # the first 20 rejected rows, with their line numbers
    seconds: float = 0.0
    unmatched: list[str] = field(default_factory=list)  # districts kept under their source's name (boundaries)

    def summary(self) -> str:
        """A few lines for people: counts, then the reasons for rejection."""
        rate = self.read / self.seconds if self.seconds > 0 else 0.0
        lines = [f"{self.path}: {self.read:,} rows read in {self.seconds:.1f} s ({rate:,.0f} rows/s), source "
                 f"{self.source!r}: {self.added:,} added, {self.merged:,} merged into known places, "
                 f"{self.present:,} already present, {self.rejected:,} rejected, {self.skipped:,} skipped"]
        if self.reasons:
            lines.append("  rejected: " + ", ".join(f"{r} {n:,}" for r, n in self.reasons.most_common()))
        if self.skip_reasons:
            lines.append("  skipped: " + ", ".join(f"{r} {n:,}" for r, n in self.skip_reasons.most_common(8)))
        if self.unmatched:
            lines.append(f"  {len(self.unmatched)} districts match no district name of the gazetteer and keep their "
                         f"source's name: " + ", ".join(self.unmatched[:12]) + (" ..." if len(self.unmatched) > 12 else ""))
        lines.extend(f"  {e}" for e in self.errors[:10])
        if self.rejected > 10:
            lines.append(f"  ... ({self.rejected - min(10, len(self.errors)):,} more rejected rows not listed)")
        return "\n".join(lines)


def import_file(store, path: str | Path, fmt: str, source_name: str | None = None,
                progress: Callable[[int, float], None] | None = None, licence: str | None = None,
                attribution: str | None = None) -> ImportReport:
    """Import one file (or an OpenSyria folder) of format `fmt` into `store` (a rasid.geo.store.GazetteerStore).

    The rows go in one transaction: an ImportFormatError (a file that cannot be read as `fmt`) or any other
    failure leaves the store as it was. `source_name` defaults to the format ("wof", "opensyria", "geonames")
    or, for csv, to "csv:<file stem>". `progress(rows read, seconds)` is called every few hundred rows.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (one of: {', '.join(FORMATS)})")
    path = Path(path)
    if not path.exists():
        raise ImportFormatError("no such file or folder")
    if path.is_dir() and fmt != "opensyria":
        raise ImportFormatError("is a folder; only --format opensyria imports a folder")
    if fmt == "geojson-boundaries":
        return _import_boundaries(store, path, source_name, licence, attribution)
    source = source_name or (f"csv:{path.stem}" if fmt == "csv" else fmt)
    if source == "rasid":
        raise ValueError("the source name 'rasid' is the built-in gazetteer's")
    default_licence, default_attribution = LICENCES[fmt]
    report = ImportReport(path=str(path), source=source)
    start = time.perf_counter()
    store.import_rows(READERS[fmt](path), source, report,
                      licence=licence if licence is not None else default_licence,
                      attribution=attribution if attribution is not None else default_attribution,
                      progress=progress, file_label="" if path.is_dir() else path.name)
    report.seconds = time.perf_counter() - start
    return report


def _import_boundaries(store, path: Path, source_name: str | None, licence: str | None,
                       attribution: str | None) -> ImportReport:
    flavour, rows = read_boundaries(path)
    source = source_name or flavour
    if source == "rasid":
        raise ValueError("the source name 'rasid' is the built-in gazetteer's")
    default_licence, default_attribution = BOUNDARY_LICENCES[flavour]
    report = ImportReport(path=str(path), source=source)
    start = time.perf_counter()
    store.import_boundaries(rows, source, report, licence=licence if licence is not None else default_licence,
                            attribution=attribution if attribution is not None else default_attribution)
    report.seconds = time.perf_counter() - start
    return report
