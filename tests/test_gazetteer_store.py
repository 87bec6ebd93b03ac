"""The gazetteer store: where it lives, merging, rejection, idempotence, failed imports, stats, lookup, loading.

Every row here is written for these tests (real-looking places, invented names where a place must be new);
none comes from a third-party gazetteer.
"""
from __future__ import annotations

import csv
import sqlite3
import sys
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from rasid.geo import store as store_module
from rasid.geo.gazetteer import Gazetteer, Place
from rasid.geo.importers import ImportFormatError, ImportReport, import_file
from rasid.geo.store import (
    GazetteerStore,
    StoreError,
    builtin_key,
    data_dir,
    default_store_path,
    distance_km,
    load_gazetteer,
    store_path,
)

CSV_HEADER = ("id", "name_ar", "name_en", "alt_ar", "alt_en", "kind", "admin1", "admin2", "admin3", "pcode",
              "country", "latitude", "longitude", "population")


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch) -> Path:
    """Every test gets its own RASID_HOME; no test reads or writes the real user data folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("RASID_HOME", str(home))
    monkeypatch.delenv("RASID_GAZETTEER", raising=False)
    return home


@pytest.fixture
def db(tmp_path) -> GazetteerStore:
    store = GazetteerStore(tmp_path / "store.sqlite")
    yield store
    store.close()


def place_row(name_ar="", name_en="", lat="35.30", lon="40.20", admin1="Deir ez-Zor", kind="village", **more):
    return {"name_ar": name_ar, "name_en": name_en, "kind": kind, "admin1": admin1, "latitude": lat,
            "longitude": lon, **more}


def write_csv(path: Path, rows: list[dict]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=CSV_HEADER)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: row.get(k, "") for k in CSV_HEADER})
    return path


def import_rows(db, tmp_path, rows, name="places", source=None) -> ImportReport:
    return import_file(db, write_csv(tmp_path / f"{name}.csv", rows), "csv", source_name=source,
                       licence="test rows")


def count(db, table: str) -> int:
    return db.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


# --- where the store lives --------------------------------------------------------------------------------------

def test_rasid_home_is_the_data_dir(home):
    assert data_dir() == home
    assert default_store_path() == home / "gazetteer.sqlite"
    assert store_path() == home / "gazetteer.sqlite"


def test_rasid_gazetteer_names_the_store(monkeypatch, tmp_path):
    monkeypatch.setenv("RASID_GAZETTEER", str(tmp_path / "other.sqlite"))
    assert store_path() == tmp_path / "other.sqlite"
    assert default_store_path().name == "gazetteer.sqlite"  # the default itself does not move


@pytest.mark.parametrize("platform, env, expected", [
    ("linux", {"XDG_DATA_HOME": "/xdg"}, Path("/xdg/rasid")),
    ("linux", {}, Path("/fakehome/.local/share/rasid")),
    ("linux", {"XDG_DATA_HOME": "relative/ignored"}, Path("/fakehome/.local/share/rasid")),
    ("darwin", {}, Path("/fakehome/Library/Application Support/rasid")),
    ("win32", {"APPDATA": "/appdata"}, Path("/appdata/rasid")),
])
def test_platform_data_dirs(monkeypatch, platform, env, expected):
    monkeypatch.delenv("RASID_HOME")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv("APPDATA", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: Path("/fakehome")))
    assert data_dir() == expected


def test_the_store_and_its_folder_are_created(home):
    store = GazetteerStore(default_store_path())
    store.close()
    assert (home / "gazetteer.sqlite").is_file()
    tables = {r[0] for r in sqlite3.connect(home / "gazetteer.sqlite").execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"sources", "places", "names", "records"} <= tables


def test_a_file_that_is_not_a_store_is_refused(tmp_path):
    text = tmp_path / "notes.sqlite"
    text.write_text("just some text, not a database\n" * 50)
    with pytest.raises(StoreError):
        GazetteerStore(text)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE things (x)").connection.commit()
    with pytest.raises(StoreError):
        GazetteerStore(other)
    with pytest.raises(StoreError):
        GazetteerStore(other, readonly=True)
    with pytest.raises(FileNotFoundError):
        GazetteerStore(tmp_path / "missing.sqlite", readonly=True)


# --- Place ----------------------------------------------------------------------------------------------------------

def test_place_has_optional_fields_and_stays_frozen():
    place = Place("هجين", "Hajin", "town", "Deir ez-Zor", "Abu Kamal", "SY", 34.69, 40.83, 38000)
    assert (place.admin3, place.pcode, place.source, place.source_id) == (None, None, "rasid", None)
    full = Place("هجين", "Hajin", "town", "Deir ez-Zor", "Abu Kamal", "SY", 34.69, 40.83, None, (), (),
                 "Hajin", "SY090201", "csv:test", "7")
    assert full.admin3 == "Hajin" and full.pcode == "SY090201" and full.source_id == "7"
    with pytest.raises(FrozenInstanceError):
        full.pcode = "x"  # type: ignore[misc]


def test_arabic_names_skip_places_without_an_arabic_name():
    gaz = Gazetteer([Place("", "Tell Nowhere", "village", "Raqqa", None, "SY", 36.0, 39.0, None)])
    assert list(gaz.arabic_names()) == []
    assert gaz.lookup("Tell Nowhere")[0].name_en == "Tell Nowhere"


# --- names and variants through the store ------------------------------------------------------------------------

def test_normalised_names_and_variants_are_found(db, tmp_path):
    report = import_rows(db, tmp_path, [
        place_row("تلّ الورد الشرقيّة", "Tell al-Ward ash-Sharqiya", alt_ar="الورد الشرقي|تل الوردة",
                  alt_en="Tall Ward Sharqi"),
    ])
    assert (report.read, report.added) == (1, 1)
    for name in ("تل الورد الشرقية", "تل ورد شرقيه", "الورد الشرقي", "تل الوردة", "Tell al Ward ash-Sharqiya",
                 "tall ward sharqi"):
        found = db.lookup(name)
        assert [p.name_en for p in found] == ["Tell al-Ward ash-Sharqiya"], name
    place = db.lookup("الورد الشرقي")[0]
    assert place.alt_ar == ("الورد الشرقي", "تل الوردة") and place.alt_en == ("Tall Ward Sharqi",)
    assert place.source == "csv:places" and place.source_id == "1" and place.country == "SY"
    assert db.lookup("لا شيء") == [] and db.lookup("") == []


def test_store_places_carry_every_field(db, tmp_path):
    import_rows(db, tmp_path, [place_row("قرية النخيل الغربية", "West Nakhil", admin2="Deir ez-Zor",
                                         admin3="Khasham", pcode="SY090103", population="1,200", id="n-1")])
    (place,) = list(db.places())
    assert (place.admin1, place.admin2, place.admin3, place.pcode) == ("Deir ez-Zor", "Deir ez-Zor", "Khasham",
                                                                       "SY090103")
    assert place.population == 1200 and place.latitude == 35.3 and place.longitude == 40.2
    assert place.source_id == "n-1"


# --- merging -----------------------------------------------------------------------------------------------------

def test_a_duplicate_within_5_km_is_merged_and_one_beyond_is_not(db, tmp_path):
    report = import_rows(db, tmp_path, [
        place_row("تل الورد", "Tell al-Ward", lat="35.300", lon="40.200", population="800"),
        place_row("تل الوَرد", "Tall Ward", lat="35.300", lon="40.230", alt_ar="تل وردة", admin2="Deir ez-Zor",
                  pcode="SY0901"),  # 2.7 km east: the same village
        place_row("تل الورد", "Tell al-Ward", lat="35.300", lon="40.270"),  # 6.4 km east: another village
    ])
    assert (report.added, report.merged) == (2, 1)
    near, far = sorted(db.lookup("تل الورد"), key=lambda p: p.longitude)
    assert distance_km(near.latitude, near.longitude, far.latitude, far.longitude) > 5
    assert (near.latitude, near.longitude) == (35.3, 40.2)  # the first place keeps its point
    assert near.alt_ar == ("تل وردة",) and near.alt_en == ("Tall Ward",)
    assert (near.admin2, near.pcode, near.population) == ("Deir ez-Zor", "SY0901", 800)  # gaps filled
    assert db.lookup("تل وردة") == [near]
    assert far.alt_ar == () and far.pcode is None


def test_english_only_rows_merge_by_english_name(db, tmp_path):
    report = import_rows(db, tmp_path, [
        place_row("", "Khirbat Umm Dibs", lat="35.300", lon="40.200"),
        place_row("", "Khirbet Umm Dibs", lat="35.310", lon="40.200", alt_en="Khirbat Umm Dibs"),
        place_row("خربة أم دبس", "Khirbat Umm Dibs", lat="35.305", lon="40.200"),  # Arabic fills the gap
    ])
    assert (report.added, report.merged) == (1, 2)
    (place,) = db.lookup("Khirbat Umm Dibs")
    assert place.name_ar == "خربة أم دبس" and db.lookup("خربة ام دبس") == [place]
    assert "Khirbet Umm Dibs" in place.alt_en


def test_a_row_naming_a_built_in_place_is_merged_into_it(db, tmp_path):
    builtin = Gazetteer.builtin().lookup("البوكمال")[0]
    report = import_rows(db, tmp_path, [
        place_row("البو كمال", "Albu Kamal", lat="34.46", lon="40.92", alt_ar="أبو كمال|البوكمال",
                  alt_en="Abou Kamal", admin2="Abu Kamal", admin3="Abu Kamal", pcode="SY0902", kind="city"),
    ])
    assert (report.added, report.merged) == (0, 1)
    (stored,) = list(db.places())
    assert stored.source == "rasid" and stored.source_id == builtin_key(builtin)
    gaz = Gazetteer.load(db.path)
    assert len(gaz) == len(Gazetteer.builtin())  # one entry per real place
    merged = gaz.lookup("البو كمال")[0]
    assert merged.name_en == builtin.name_en and (merged.latitude, merged.longitude) == (builtin.latitude,
                                                                                         builtin.longitude)
    assert merged.admin2 == builtin.admin2 and merged.admin3 == "Abu Kamal" and merged.pcode == "SY0902"
    assert "البو كمال" in merged.alt_ar and "Abou Kamal" in merged.alt_en
    assert set(builtin.alt_ar) <= set(merged.alt_ar)
    assert gaz.lookup("Abou Kamal") == [merged] and gaz.lookup("البوكمال")[0] is merged


def test_built_in_points_merge_within_10_km_but_not_beyond(db, tmp_path):
    builtin = next(p for p in Gazetteer.builtin().lookup("الميادين") if p.kind in ("city", "town"))
    lat, lon = builtin.latitude, builtin.longitude
    report = import_rows(db, tmp_path, [
        place_row("الميادين", "Mayadin", lat=f"{lat + 0.07:.3f}", lon=f"{lon:.3f}", alt_ar="ميادين الشام"),  # ~8 km
        place_row("الميادين", "Mayadin", lat=f"{lat - 0.12:.3f}", lon=f"{lon:.3f}"),  # ~13 km: another place
    ])
    assert (report.added, report.merged) == (1, 1)
    gaz = Gazetteer.load(db.path)
    found = [p for p in gaz.lookup("الميادين") if p.kind != "governorate"]
    assert len(found) == 2 and found[0].name_en == builtin.name_en and "ميادين الشام" in found[0].alt_ar


def test_admin_units_merge_by_name_kind_and_governorate(db, tmp_path):
    report = import_rows(db, tmp_path, [
        # a governorate's representative point differs from source to source: no distance limit
        place_row("محافظة حلب", "Aleppo Governorate", alt_ar="حلب", kind="governorate", admin1="Aleppo",
                  lat="36.00", lon="37.80", pcode="SY02"),
        # «الموصل» is a city: Nineveh governorate does not take it as a variant
        place_row("نينوى", "Ninawa", alt_ar="الموصل|محافظة نينوى", kind="governorate", admin1="Nineveh",
                  lat="36.2", lon="42.5", country="IQ"),
        place_row("البوكمال", "Abu Kamal", kind="district", lat="34.50", lon="40.60", pcode="SY0902",
                  admin2="Abu Kamal"),
        place_row("البوكمال", "Abu Kamal District", kind="district", lat="34.40", lon="40.80"),
    ])
    assert (report.added, report.merged) == (1, 3)
    gaz = Gazetteer.load(db.path)
    aleppo = gaz.governorate("Aleppo")
    assert aleppo.pcode == "SY02" and "محافظة حلب" in aleppo.alt_ar
    assert gaz.governorate_by_name("محافظة نينوى").admin1 == "Nineveh"
    assert gaz.lookup("الموصل")[0].kind == "city"
    assert "الموصل" not in gaz.governorate("Nineveh").alt_ar
    districts = [p for p in gaz.lookup("البوكمال") if p.kind == "district"]
    assert len(districts) == 1 and districts[0].alt_en == ("Abu Kamal District",)
    assert gaz.lookup("البوكمال")[0].kind == "city"


def test_a_row_without_a_governorate_gets_the_nearest_ones(db, tmp_path):
    report = import_rows(db, tmp_path, [place_row("مزرعة السنديان", "Mazraat al-Sindiyan", admin1="",
                                                  lat="35.95", lon="36.65")])
    assert report.added == 1
    (place,) = db.lookup("مزرعة السنديان")
    assert place.admin1 == "Idlib" and place.country == "SY"


# --- rejection ---------------------------------------------------------------------------------------------------

def test_rejection_reasons(db, tmp_path):
    report = import_rows(db, tmp_path, [
        place_row("قرية بلا إحداثيات", "No Point", lat="", lon=""),
        place_row("قرية في لبنان", "Lebanese Village", lat="33.85", lon="35.50"),
        place_row("قرية شمالية", "North Village", lat="north", lon="40.2"),
        place_row("قرية مزدحمة", "Crowded", population="many"),
        place_row("", "", alt_en=""),
        place_row("قرية غريبة", "Odd Kind", kind="hamlet"),
        place_row("قرية عراقية", "Iraqi Village", admin1="Basra", country="SY"),
        place_row("القائم", "Al Qa'im", admin1="Anbar", lat="31.59", lon="44.54", country="IQ"),
        place_row("قرية اللاذقية", "Latakia Village", admin1="Latakia", lat="35.30", lon="40.20"),
        place_row("قرية حقيقية", "Real Village"),
    ])
    assert report.read == 10 and report.added == 1 and report.rejected == 9
    assert report.reasons == {"no coordinates": 1, "outside the country": 1, "bad number": 2, "no name": 1,
                              "unknown kind": 1, "admin1 not in country": 1, "implausible point": 2}
    assert len(report.errors) == 9
    assert report.errors[0].startswith("places.csv line 2: no coordinates")
    assert any(e.startswith("places.csv line 9: implausible point") and "Anbar" in e for e in report.errors)
    assert db.lookup("القائم") == []


def test_superseded_and_not_current_rows_are_rejected(db):
    rows = [{"where": "line 2", "source_id": "1", "name_ar": "تل أول", "name_en": "Tell One", "kind": "village",
             "admin1": "Raqqa", "latitude": "35.95", "longitude": "39.0", "reject": "superseded",
             "message": "superseded by 2"},
            {"where": "line 3", "source_id": "3", "name_ar": "تل ثالث", "name_en": "Tell Three", "kind": "district",
             "admin1": "Raqqa", "latitude": "35.95", "longitude": "39.0", "reject": "not current"}]
    report = ImportReport(path="x", source="test")
    db.import_rows(rows, "test", report, file_label="x.csv")
    assert report.reasons == {"superseded": 1, "not current": 1} and count(db, "places") == 0
    assert report.errors[0] == "x.csv line 2: superseded: superseded by 2 (تل أول)"


def test_points_of_one_governorate_in_a_file_vouch_for_each_other(db, tmp_path):
    # Alone, a point far from every built-in place of its governorate is implausible; two rows of the file
    # that state the same governorate close together are a part of it the built-in file does not cover.
    report = import_rows(db, tmp_path, [
        place_row("قرية الصحراء الأولى", "Desert One", admin1="Anbar", lat="31.59", lon="44.54", country="IQ"),
        place_row("قرية الصحراء الثانية", "Desert Two", admin1="Anbar", lat="31.62", lon="44.58", country="IQ"),
    ])
    assert (report.added, report.rejected) == (2, 0)


def test_a_point_far_from_anything_known_is_not_called_implausible(db, tmp_path):
    # In the desert between Palmyra and Abu Kamal no built-in place lies within 60 km: no evidence either way.
    grid = store_module._Grid()
    for p in Gazetteer.builtin().places:
        if p.admin1:
            grid.add(p.latitude, p.longitude, p.admin1, p.country)
    assert not grid.any_within(34.0, 39.2, 60)
    report = import_rows(db, tmp_path, [place_row("بئر بعيدة", "Far Well", admin1="Deir ez-Zor", lat="34.0",
                                                  lon="39.2")])
    assert report.added == 1 and db.lookup("بئر بعيدة")[0].admin1 == "Deir ez-Zor"


# --- idempotence and failure -------------------------------------------------------------------------------------

def test_importing_the_same_file_twice_adds_nothing(db, tmp_path):
    rows = [place_row("تل الورد", "Tell al-Ward"), place_row("تل الوَرد", "Tall Ward", lon="40.23"),
            place_row("قرية في لبنان", "Lebanese Village", lat="33.85", lon="35.50")]
    first = import_rows(db, tmp_path, rows)
    places, names = count(db, "places"), count(db, "names")
    second = import_rows(db, tmp_path, rows)
    assert (first.added, first.merged, first.rejected) == (1, 1, 1)
    assert (second.added, second.merged, second.present, second.rejected) == (0, 0, 2, 1)
    assert (count(db, "places"), count(db, "names")) == (places, names)
    assert db.stats()["sources"]["csv:places"]["rows"] == 2


def test_a_file_that_fails_half_way_leaves_the_store_as_it_was(db, tmp_path):
    import_rows(db, tmp_path, [place_row("تل الورد", "Tell al-Ward")])
    before = (count(db, "places"), count(db, "names"), count(db, "records"), db.stats()["sources"])
    bad = tmp_path / "bad.csv"
    good = write_csv(tmp_path / "tmp.csv", [place_row("قرية جديدة", "New Village", lon="40.25")])
    bad.write_bytes(good.read_bytes() + b"99,\xff\xfe broken,,,,,,,,,SY,35.3,40.2,\n")
    with pytest.raises(ImportFormatError, match="UTF-8"):
        import_file(db, bad, "csv", licence="x")
    assert (count(db, "places"), count(db, "names"), count(db, "records"), db.stats()["sources"]) == before

    def rows_then_failure():
        yield {"where": "line 2", "source_id": "a", "name_ar": "قرية أخرى", "kind": "village", "admin1": "Raqqa",
               "latitude": "35.95", "longitude": "39.0"}
        raise RuntimeError("disk went away")

    with pytest.raises(RuntimeError):
        db.import_rows(rows_then_failure(), "test", ImportReport(path="x", source="test"))
    assert (count(db, "places"), count(db, "names"), count(db, "records"), db.stats()["sources"]) == before


def test_a_write_that_fails_is_rolled_back(db, tmp_path, monkeypatch):
    import_rows(db, tmp_path, [place_row("تل الورد", "Tell al-Ward")])
    before = (count(db, "places"), count(db, "names"), count(db, "records"))
    calls = []
    real = store_module._many

    def failing(conn, sql, rows):
        calls.append(sql)
        if len(calls) == 3:
            raise sqlite3.OperationalError("database is full")
        real(conn, sql, rows)

    monkeypatch.setattr(store_module, "_many", failing)
    with pytest.raises(sqlite3.OperationalError):
        import_rows(db, tmp_path, [place_row("قرية جديدة", "New Village", lon="40.25"),
                                   place_row("تل الورد", "Tell Ward", lon="40.21")], name="more")
    assert (count(db, "places"), count(db, "names"), count(db, "records")) == before


# --- stats, lookup, loading ---------------------------------------------------------------------------------------

def test_stats(db, tmp_path):
    import_rows(db, tmp_path, [
        place_row("تل الورد", "Tell al-Ward", alt_ar="تل وردة"),
        place_row("قرية الرافدين", "Rafidain Village", admin1="Nineveh", lat="36.30", lon="43.10", country="IQ"),
        place_row("البوكمال", "Abu Kamal", lat="34.45", lon="40.92", kind="city"),
    ])
    stats = db.stats()
    assert stats["places"] == 3 and stats["with_coordinates"] == 3 and stats["records"] == 3
    assert stats["by_source"] == {"csv:places": 2, "rasid": 1}
    assert stats["by_country"] == {"SY": 2, "IQ": 1}
    assert stats["by_kind"]["village"] == 2 and stats["by_admin1"]["Deir ez-Zor"] == 2
    assert stats["names"] >= 5
    assert stats["sources"]["csv:places"]["licence"] == "test rows" and stats["sources"]["csv:places"]["rows"] == 3


def test_store_lookup_ranks_and_prefers_the_governorate_asked_for(db, tmp_path):
    import_rows(db, tmp_path, [
        place_row("المزيرعة", "Muzayria", admin1="Raqqa", lat="35.95", lon="39.05", population="300"),
        place_row("المزيرعة", "Muzayria", admin1="Idlib", lat="35.90", lon="36.60", population="5000"),
        place_row("المزيرعة", "Muzayria", kind="town", admin1="Hama", lat="35.15", lon="36.75"),
    ])
    assert [p.admin1 for p in db.lookup("مزيرعة")] == ["Hama", "Idlib", "Raqqa"]
    assert [p.admin1 for p in db.lookup("مزيرعة", admin1="Raqqa")] == ["Raqqa", "Hama", "Idlib"]


def test_load_adds_the_store_to_the_built_in_places_and_caches(db, tmp_path):
    import_rows(db, tmp_path, [place_row("تل الورد", "Tell al-Ward")])
    gaz = Gazetteer.load(db.path)
    assert len(gaz) == len(Gazetteer.builtin()) + 1
    assert gaz.lookup("تل الورد")[0].source == "csv:places"
    assert gaz.lookup("البوكمال")[0].name_en == "Abu Kamal"
    assert Gazetteer.load(str(db.path)) is gaz  # cached per path
    import_rows(db, tmp_path, [place_row("قرية جديدة", "New Village", lon="40.25")], name="more")
    again = Gazetteer.load(db.path)  # the file changed: read again
    assert again is not gaz and len(again) == len(gaz) + 1
    assert Gazetteer.builtin() is Gazetteer.builtin() and len(Gazetteer.builtin()) == len(gaz) - 1


def test_default_is_the_built_in_gazetteer_without_a_store(home):
    assert not default_store_path().exists()
    assert Gazetteer.default() is Gazetteer.builtin()
    assert Gazetteer.load() is Gazetteer.builtin()


def test_default_reads_the_store_in_rasid_home(home, tmp_path):
    store = GazetteerStore(default_store_path())
    import_rows(store, tmp_path, [place_row("تل الورد", "Tell al-Ward")])
    store.close()
    assert Gazetteer.default().lookup("تل الورد")
    assert Gazetteer.default() is Gazetteer.default()


def test_default_honours_rasid_gazetteer(monkeypatch, db, tmp_path):
    import_rows(db, tmp_path, [place_row("تل الورد", "Tell al-Ward")])
    monkeypatch.setenv("RASID_GAZETTEER", str(db.path))
    assert Gazetteer.default().lookup("تل الورد")
    monkeypatch.setenv("RASID_GAZETTEER", str(tmp_path / "missing.sqlite"))
    with pytest.raises(FileNotFoundError, match="RASID_GAZETTEER"):
        Gazetteer.default()
    with pytest.raises(FileNotFoundError):
        Gazetteer.load(tmp_path / "missing.sqlite")


def test_loading_a_few_thousand_places_is_quick(db, tmp_path):
    import time

    rows = [place_row(f"قرية رقم {i}", f"Village {i}", lat=f"{35.2 + (i % 50) * 0.004:.3f}",
                      lon=f"{40.0 + (i // 50) * 0.004:.3f}") for i in range(3000)]
    start = time.perf_counter()
    report = import_rows(db, tmp_path, rows)
    assert report.added == 3000 and time.perf_counter() - start < 10
    start = time.perf_counter()
    gaz = load_gazetteer(db.path)
    assert time.perf_counter() - start < 2
    start = time.perf_counter()
    for i in range(0, 3000, 3):
        assert gaz.lookup(f"قرية رقم {i}")
    assert (time.perf_counter() - start) / 1000 < 0.001
