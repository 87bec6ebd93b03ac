"""Readers of third-party gazetteer formats, on small files written here (never copied from the real files)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from rasid.geo.gazetteer import Gazetteer
from rasid.geo.importers import (
    GEONAMES_ADMIN1,
    SY_ADMIN1_PCODES,
    ImportFormatError,
    admin1_from_name,
    admin1_from_pcode,
    arabic_variants,
    import_file,
    kind_from_feature,
    read_csv,
    read_geonames,
    read_opensyria,
    read_wof,
    region_key,
)
from rasid.geo.store import GazetteerStore

WOF_LOCALITY = ("wof_id", "placetype", "name", "name_en", "name_ar", "name_ar_variants", "name_en_variants",
                "gn_name", "gn_asciiname", "lat", "lon", "gn_feature_code", "population", "region_id",
                "region_name_en", "region_name_ar", "county_id", "county_name_en", "county_name_ar", "geonames_id",
                "wikidata", "superseded_by", "adm1_pcode", "adm2_pcode")
WOF_ADMIN = ("wof_id", "placetype", "placetype_local", "name", "name_en", "name_ar", "name_ar_variants",
             "name_en_variants", "lat", "lon", "region_id", "region_name_en", "region_name_ar", "hasc", "geonames_id",
             "wikidata", "superseded_by", "is_current")
OPENSYRIA_CSV = ("level", "level_name", "opensyria_id", "ocha_pcode", "name_en", "name_ar", "aliases_en",
                 "aliases_ar", "adm1_pcode", "adm1_name_en", "adm1_name_ar", "adm2_pcode", "adm2_name_en",
                 "adm2_name_ar", "iso_3166_2", "lat", "lon", "geonames_id", "wikidata", "geoboundaries_id",
                 "population", "population_year")


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("RASID_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("RASID_GAZETTEER", raising=False)


@pytest.fixture
def db(tmp_path):
    store = GazetteerStore(tmp_path / "store.sqlite")
    yield store
    store.close()


def write_table(path: Path, columns, rows: list[dict], drop: tuple[str, ...] = ()) -> Path:
    columns = [c for c in columns if c not in drop]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in columns})
    return path


def locality(wof_id, name, name_ar, lat, lon, **more) -> dict:
    return {"wof_id": wof_id, "placetype": "locality", "name": name, "name_en": name, "name_ar": name_ar,
            "lat": lat, "lon": lon, "gn_feature_code": "PPL", **more}


# --- governorate names and codes -------------------------------------------------------------------------------

@pytest.mark.parametrize("name, admin1", [
    ("Dayr az Zawr", "Deir ez-Zor"), ("Days Az Zawr", None), ("Deir ez-Zor", "Deir ez-Zor"),
    ("Rif Dimashq", "Rural Damascus"), ("Rif-dimashq", "Rural Damascus"), ("Dimashq", "Damascus"),
    ("Halab", "Aleppo"), ("H'alab", "Aleppo"), ("Hims", "Homs"), ("Homs (Hims)", "Homs"), ("Hamah", "Hama"),
    ("Al Ladhiqiyah", "Latakia"), ("Tartus", "Tartus"), ("Dar`a", "Daraa"), ("As Suwayda'", "As-Suwayda"),
    ("Al Qunaytirah", "Quneitra"), ("Ar Raqqah", "Raqqa"), ("Al Hasakah", "Al-Hasakah"),
    ("Hasaka (Al Haksa)", "Al-Hasakah"), ("Idlib", "Idlib"),
    ("Ninawa", "Nineveh"), ("Al Anbar", "Anbar"), ("Al-Anbar", "Anbar"), ("Salah ad Din", "Salah al-Din"),
    ("Sala ad-Din", "Salah al-Din"), ("Dahuk", "Duhok"), ("Dihok", "Duhok"), ("As Sulaymaniyah", "Sulaymaniyah"),
    ("As-Sulaymaniyah", "Sulaymaniyah"), ("Halabja", "Sulaymaniyah"), ("Al Basrah", "Basra"),
    ("Al-Basrah", "Basra"), ("Dhi Qar", "Dhi Qar"), ("Dhi-Qar", "Dhi Qar"), ("Al Qadisiyah", "Qadisiyah"),
    ("Al Muthanna", "Muthanna"), ("Al-Muthannia", "Muthanna"), ("Maysan", "Maysan"), ("Wasit", "Wasit"),
    ("Babil", "Babil"), ("Karbala'", "Karbala"), ("An Najaf", "Najaf"), ("An-Najaf", "Najaf"), ("Diyala", "Diyala"),
    ("Kirkuk", "Kirkuk"), ("At Ta'mim", "Kirkuk"), ("Arbil", "Erbil"), ("Baghdad", "Baghdad"),
    ("Aleppo Governorate", "Aleppo"), ("محافظة دير الزور", "Deir ez-Zor"), ("الأنبار", "Anbar"),
    ("Atlantis", None), ("", None), (None, None), ("Akkar", None),
])
def test_admin1_from_name(name, admin1):
    assert admin1_from_name(name) == admin1


def test_region_key_drops_case_accents_apostrophes_and_articles():
    assert region_key("Ḩalab") == region_key("H'alab") == "halab"
    assert region_key("As-Suwayda'") == "suwayda"
    assert region_key("Dayr az Zawr") == "dayr zawr"


def test_region_key_drops_the_admin_titles_of_the_english_data():
    assert region_key("Muhafazat Halab") == region_key("Governorate of Halab") == "halab"
    assert region_key("Halab Province") == "halab"
    assert admin1_from_name("Mohafazat Idleb") == "Idlib"


def test_every_admin1_spelling_names_a_project_governorate():
    from rasid.geo.gazetteer import ADMIN1_COUNTRY
    from rasid.text.language import get_language

    rows = get_language("en").read_tsv("admin1_spellings.tsv")
    assert rows and {row[1] for row in rows} <= set(ADMIN1_COUNTRY)
    assert all(admin1_from_name(row[0]) == row[1] for row in rows)


def test_ocha_pcodes():
    assert admin1_from_pcode("SY09") == "Deir ez-Zor"
    assert admin1_from_pcode("SY0902") == admin1_from_pcode("SY090200") == "Deir ez-Zor"
    assert admin1_from_pcode("sy03") == "Rural Damascus"
    assert admin1_from_pcode("IQG01") is None and admin1_from_pcode("") is None
    assert len(SY_ADMIN1_PCODES) == 14 and len(set(SY_ADMIN1_PCODES.values())) == 14
    for country, table in GEONAMES_ADMIN1.items():
        assert len(set(table.values())) == len(table) == (14 if country == "SY" else 18)


@pytest.mark.parametrize("code, population, kind", [
    ("PPLA", "", "city"), ("PPLA2", "", "city"), ("PPLC", "", "city"), ("PPLA3", "", "town"),
    ("PPL", "15000", "town"), ("PPL", "14999", "village"), ("PPL", "", "village"), ("PPLX", "", "neighbourhood"),
    ("PPLQ", "", "village"), ("", "", "village"), ("PPL", "many", "village"),
])
def test_kind_from_feature(code, population, kind):
    assert kind_from_feature(code, population) == kind


def test_arabic_variants_drop_the_admin_prefixes():
    assert arabic_variants("مركز البوكمال") == ["مركز البوكمال", "البوكمال"]
    assert arabic_variants("ناحية مركز الحسكة") == ["ناحية مركز الحسكة", "مركز الحسكة", "الحسكة"]
    assert arabic_variants("هجين") == ["هجين"]


# --- Who's On First -----------------------------------------------------------------------------------------------

def wof_localities(tmp_path, drop=()) -> Path:
    return write_table(tmp_path / "wof_localities.csv", WOF_LOCALITY, [
        locality("9001", "Ālbū Kamāl", "البو كمال", "34.452", "40.918", name_en="Abu Kamal",
                 name_ar_variants="أبو كمال|البوكمال", name_en_variants="Bukamal", gn_feature_code="PPLA2",
                 population="57000", region_name_en="Dayr az Zawr", county_name_en="Abu-Kamal", adm1_pcode="SY09",
                 adm2_pcode="SY0902"),
        locality("9002", "Tall Sukkar", "تل سكر الجنوبي", "35.310", "40.210", region_name_en="",
                 adm1_pcode="SY09", adm2_pcode="SY0901"),
        locality("9003", "Old Tall", "تل قديم", "35.320", "40.220", region_name_en="Dayr az Zawr",
                 superseded_by="9004"),
        locality("9005", "Hayy al-Ummal", "حي العمال الجديد", "35.335", "40.150", placetype="neighbourhood",
                 region_name_en="Dayr az Zawr"),
        locality("9006", "Al Qa'im South", "القائم الجنوبي", "31.59", "44.54", region_name_en="Al Anbar"),
        locality("9007", "Campus", "", "35.33", "40.14", placetype="campus"),
        locality("9008", "", "", "35.33", "40.14"),
        locality("9009", "Ghost Village", "قرية الأشباح", "", "", region_name_en="Dayr az Zawr"),
        locality("9010", "Far Village", "قرية بعيدة جدا", "33.85", "35.50", region_name_en="Rif Dimashq"),
        locality("9011", "Tall Mahmud", "تل محمود الكبير", "35.3x", "40.2", region_name_en="Dayr az Zawr"),
    ], drop=drop)


def test_wof_localities_rows(tmp_path):
    rows = list(read_wof(wof_localities(tmp_path)))
    assert [r["where"] for r in rows] == [f"line {n}" for n in range(2, 12)]
    abu = rows[0]
    assert abu["name_ar"] == "البو كمال" and abu["alt_ar"] == ["أبو كمال", "البوكمال"]
    assert abu["name_en"] == "Abu Kamal" and abu["alt_en"] == ["Ālbū Kamāl", "Bukamal"]
    assert (abu["kind"], abu["admin1"], abu["admin2"], abu["pcode"], abu["country"]) == (
        "city", "Deir ez-Zor", "Abu-Kamal", "SY0902", "SY")
    assert rows[1]["admin1"] == "Deir ez-Zor"  # from the P-code when the region is missing
    assert rows[2]["reject"] == "superseded"
    assert rows[3]["kind"] == "neighbourhood"
    assert rows[5]["skip"] == "placetype campus"


def test_wof_localities_import(db, tmp_path):
    report = import_file(db, wof_localities(tmp_path), "wof")
    assert report.read == 10 and report.skipped == 1
    assert report.reasons == {"superseded": 1, "implausible point": 1, "no name": 1, "no coordinates": 1,
                              "outside the country": 1, "bad number": 1}
    assert (report.added, report.merged) == (2, 1)
    assert any(e.startswith("wof_localities.csv line 6: implausible point") for e in report.errors)
    gaz = Gazetteer.load(db.path)
    abu = gaz.lookup("البو كمال")[0]
    assert abu.name_en == "Abu Kamal" and abu.source == "rasid" and abu.pcode == "SY0902"
    assert db.stats()["sources"]["wof"]["attribution"].startswith("Data from Who's On First")
    again = import_file(db, wof_localities(tmp_path), "wof")
    assert (again.added, again.merged, again.present) == (0, 0, 3)


def test_wof_iraq_localities_have_no_pcode_columns(db, tmp_path):
    path = write_table(tmp_path / "wof_iq.csv", WOF_LOCALITY, [
        locality("8001", "Qaryat al-Nakhla", "قرية النخلة الكبرى", "36.30", "43.10", region_name_en="Ninawa",
                 county_name_en="Mosul"),
        locality("8002", "Kani Spi", "", "35.55", "45.40", region_name_en=""),
    ], drop=("adm1_pcode", "adm2_pcode"))
    report = import_file(db, path, "wof")
    assert report.added == 2
    nakhla = db.lookup("قرية النخلة الكبرى")[0]
    assert (nakhla.admin1, nakhla.admin2, nakhla.country, nakhla.pcode) == ("Nineveh", "Mosul", "IQ", None)
    kani = db.lookup("Kani Spi")[0]
    assert kani.country == "IQ" and kani.admin1 == "Sulaymaniyah" and kani.name_ar == ""


def test_wof_admin_rows(db, tmp_path):
    path = write_table(tmp_path / "wof_admin.csv", WOF_ADMIN, [
        {"wof_id": "7001", "placetype": "country", "name": "Syria", "name_ar": "سوريا",
         "name_ar_variants": "سورية", "lat": "35.0", "lon": "38.5", "hasc": "SY", "is_current": "1"},
        {"wof_id": "7002", "placetype": "region", "placetype_local": "province", "name": "Days Az Zawr",
         "name_en": "Dayr az Zawr", "name_ar": "دير الزور", "name_ar_variants": "محافظة دير الزور|الميادين",
         "lat": "35.05", "lon": "40.38", "is_current": "1"},
        {"wof_id": "7003", "placetype": "county", "placetype_local": "district", "name": "Abu Kamal",
         "name_en": "Markaz Abu Kamal", "name_ar": "البوكمال", "lat": "34.55", "lon": "40.55",
         "region_name_en": "Dayr az Zawr", "is_current": "1"},
        {"wof_id": "7004", "placetype": "county", "name": "Old District", "name_ar": "منطقة قديمة", "lat": "35.0",
         "lon": "40.0", "region_name_en": "Dayr az Zawr", "is_current": "0"},
        {"wof_id": "7005", "placetype": "region", "name": "Neutral Zone", "lat": "33.1", "lon": "35.85",
         "is_current": "1"},
        {"wof_id": "7006", "placetype": "region", "name": "Old Region", "name_ar": "إقليم", "lat": "35.3",
         "lon": "44.1", "superseded_by": "7007", "is_current": "0"},
    ])
    rows = list(read_wof(path))
    assert [r.get("kind") for r in rows] == ["country", "governorate", "district", "district", "governorate",
                                             "governorate"]
    assert rows[0]["country"] == "SY" and rows[1]["admin1"] == "Deir ez-Zor"
    assert rows[2]["admin2"] == "Abu Kamal" and rows[2]["alt_en"] == ["Markaz Abu Kamal"]
    report = import_file(db, path, "wof")
    assert report.reasons == {"not current": 1, "unknown governorate": 1, "superseded": 1}
    assert (report.added, report.merged) == (1, 2)
    gaz = Gazetteer.load(db.path)
    deir = gaz.governorate("Deir ez-Zor")
    assert "محافظة دير الزور" in deir.alt_ar and "الميادين" not in deir.alt_ar
    assert gaz.lookup("سورية")[0].kind == "country" and len([p for p in gaz.places if p.kind == "country"]) == 2
    district = next(p for p in gaz.lookup("البوكمال") if p.kind == "district")
    assert district.admin1 == "Deir ez-Zor" and district.admin2 == "Abu Kamal"


def test_wof_header_of_another_file_is_refused(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("id,title\n1,x\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="Who's On First"):
        list(read_wof(path))


def test_a_row_with_the_wrong_number_of_columns_is_reported(db, tmp_path):
    path = wof_localities(tmp_path)
    with path.open("a", encoding="utf-8") as fh:
        fh.write("9100,locality,Short Row\n")
    report = import_file(db, path, "wof")
    assert report.reasons["bad row"] == 1
    assert any("line 12: bad row: expected 24 columns, found 3" in e for e in report.errors)


# --- OpenSyria --------------------------------------------------------------------------------------------------

def opensyria_json(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    governorates = [{
        "id": "sy-deir-ez-zor", "name": {"en": "Deir ez-Zor", "ar": "دير الزور"},
        "aliases": [{"value": "محافظة دير الزور", "language": "ar", "type": "formal"},
                    {"value": "Deir Ezzor Governorate", "language": "en", "type": "formal"}],
        "centroid": {"latitude": 35.1, "longitude": 40.4}, "population": {"value": 1200000, "year": 2011},
        "externalIds": {"ochaPcode": "SY09"},
    }]
    districts = [{
        "id": "sy-deir-ez-zor-abu-kamal", "governorateId": "sy-deir-ez-zor",
        "name": {"en": "Abu Kamal", "ar": "البوكمال"},
        "aliases": [{"value": "منطقة البوكمال", "language": "ar", "type": "formal"}],
        "centroid": {"latitude": 34.55, "longitude": 40.6}, "externalIds": {"ochaPcode": "SY0902"},
    }]
    subdistricts = [
        {"id": "sy-deir-ez-zor-abu-kamal-hajin", "governorateId": "sy-deir-ez-zor",
         "districtId": "sy-deir-ez-zor-abu-kamal", "name": {"en": "Hajin", "ar": "ناحية هجين"},
         "aliases": [{"value": "Hajeen", "language": "en", "type": "alternate_spelling"}],
         "centroid": {"latitude": 34.72, "longitude": 40.78}, "population": {"value": 60000, "year": 2004},
         "externalIds": {"ochaPcode": "SY090201"}},
        {"id": "sy-deir-ez-zor-abu-kamal-centre", "governorateId": "sy-deir-ez-zor",
         "districtId": "sy-deir-ez-zor-abu-kamal", "name": {"en": "Abu Kamal", "ar": "مركز البوكمال"},
         "centroid": {"latitude": 34.43, "longitude": 40.50}, "externalIds": {"ochaPcode": "SY090200"}},
        "not an object",
    ]
    for name, items in (("governorates", governorates), ("districts", districts), ("subdistricts", subdistricts)):
        (folder / f"opensyria_{name}.json").write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    return folder


def test_opensyria_json_folder(db, tmp_path):
    folder = opensyria_json(tmp_path / "opensyria")
    rows = list(read_opensyria(folder))
    assert [r.get("kind") for r in rows] == ["governorate", "district", "subdistrict", "subdistrict", None]
    hajin = rows[2]
    assert (hajin["admin1"], hajin["admin2"], hajin["admin3"], hajin["pcode"]) == (
        "Deir ez-Zor", "Abu Kamal", "Hajin", "SY090201")
    assert hajin["name_ar"] == "ناحية هجين" and "هجين" in hajin["alt_ar"]
    assert rows[3]["alt_ar"] == ["البوكمال"]
    assert rows[4]["error"] == "bad row" and rows[4]["where"] == "opensyria_subdistricts.json item 3"
    report = import_file(db, folder, "opensyria")
    assert (report.read, report.added, report.merged, report.rejected) == (5, 3, 1, 1)
    gaz = Gazetteer.load(db.path)
    assert gaz.governorate("Deir ez-Zor").pcode == "SY09"
    centre = next(p for p in gaz.lookup("مركز البوكمال"))
    assert centre.kind == "subdistrict" and centre.admin3 == "Abu Kamal" and centre.admin2 == "Abu Kamal"
    assert gaz.lookup("البوكمال")[0].kind == "city"  # the town still comes first
    assert [p.kind for p in gaz.lookup("البوكمال")][1:] == ["district", "subdistrict"]
    assert db.stats()["sources"]["opensyria"]["licence"] == "CC BY 4.0"


def test_opensyria_single_json_file_finds_its_districts(tmp_path):
    folder = opensyria_json(tmp_path / "opensyria")
    rows = list(read_opensyria(folder / "opensyria_subdistricts.json"))
    assert rows[0]["admin2"] == "Abu Kamal" and rows[0]["where"] == "item 1"


def test_opensyria_csv_and_json_are_the_same_source_ids(db, tmp_path):
    path = write_table(tmp_path / "os.csv", OPENSYRIA_CSV, [
        {"level": "2", "level_name": "district", "opensyria_id": "sy-deir-ez-zor-abu-kamal", "ocha_pcode": "SY0902",
         "name_en": "Abu Kamal", "name_ar": "البوكمال", "aliases_ar": "منطقة البوكمال", "adm1_pcode": "SY09",
         "adm1_name_en": "Deir ez-Zor", "lat": "34.55", "lon": "40.6"},
        {"level": "3", "level_name": "subdistrict", "opensyria_id": "sy-deir-ez-zor-abu-kamal-hajin",
         "ocha_pcode": "SY090201", "name_en": "Hajin", "name_ar": "ناحية هجين", "aliases_en": "Hajeen|Hajin Subdistrict",
         "adm1_pcode": "SY09", "adm2_pcode": "SY0902", "adm2_name_en": "Abu Kamal", "lat": "34.72", "lon": "40.78",
         "population": "60000"},
        {"level": "9", "level_name": "village", "opensyria_id": "x", "lat": "34.7", "lon": "40.7"},
    ])
    rows = list(read_opensyria(path))
    assert rows[1]["admin2"] == "Abu Kamal" and rows[1]["admin3"] == "Hajin" and rows[1]["alt_en"][0] == "Hajeen"
    assert rows[2]["error"] == "bad row"
    first = import_file(db, path, "opensyria")
    assert (first.added, first.rejected) == (2, 1)
    second = import_file(db, opensyria_json(tmp_path / "os"), "opensyria")
    assert second.present == 2 and (second.added, second.merged) == (1, 1)  # the centre; the governorate
    assert second.errors == ["opensyria_subdistricts.json item 3: bad row: not an admin unit with an id"]


def test_opensyria_bad_json_is_refused(tmp_path):
    bad = tmp_path / "x_governorates.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="not JSON"):
        list(read_opensyria(bad))
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ImportFormatError, match="no OpenSyria JSON"):
        list(read_opensyria(empty))


# --- GeoNames ----------------------------------------------------------------------------------------------------

def geonames_line(gid, name, alternates, lat, lon, fclass, fcode, country="SY", a1="", a2="", population="0"):
    cells = [gid, name, name, alternates, lat, lon, fclass, fcode, country, "", a1, a2, "", "", population, "",
             "200", "Asia/Damascus", "2020-01-01"]
    return "\t".join(cells)


def test_geonames(db, tmp_path):
    path = tmp_path / "SY.txt"
    path.write_text("\n".join([
        geonames_line("5001", "Tall al Ward", "Tell al-Ward,تل الورد,تل وردة,Тель-эль-Вард,TWD", "35.30", "40.20",
                      "P", "PPL", a1="07"),
        geonames_line("5002", "Wadi Rutayl", "وادي الرتيل", "35.20", "40.10", "H", "WAD", a1="07"),
        geonames_line("5003", "Muhafazat Dayr az Zawr", "Deir ez-Zor Governorate,محافظة دير الزور", "35.0",
                      "40.3", "A", "ADM1", a1="07", population="1200000"),
        geonames_line("5004", "Tall Sukkar", "تل السكر الشمالي", "35.40", "40.10", "P", "PPLA3", a1="07"),
        "5005\tbroken line",
        geonames_line("5006", "Sidon", "صيدا", "33.56", "35.37", "P", "PPLA", country="LB"),
        geonames_line("5007", "Tall Ahmar", "تل أحمر الغربي", "35.28", "40.25", "P", "PPL", a1="09"),
    ]) + "\n", encoding="utf-8")
    rows = list(read_geonames(path))
    ward = rows[0]
    assert ward["name_ar"] == "تل الورد" and ward["alt_ar"] == ["تل وردة"]
    assert ward["name_en"] == "Tall al Ward" and ward["alt_en"] == ["Tell al-Ward"]  # no Cyrillic, no codes
    assert ward["admin1"] == "Deir ez-Zor" and not ward.get("admin1_weak")  # from the dump's own ADM1 row
    assert rows[1]["skip"] == "feature H.WAD" and rows[5]["skip"] == "other country"
    assert rows[2]["kind"] == "governorate" and rows[2]["admin1"] == "Deir ez-Zor"
    assert rows[3]["kind"] == "town" and rows[4]["error"] == "bad row" and rows[4]["where"] == "line 5"
    assert rows[6]["admin1"] == "Aleppo" and rows[6]["admin1_weak"]  # code 09 from the table: the point decides
    report = import_file(db, path, "geonames")
    assert (report.read, report.skipped, report.rejected) == (7, 2, 1)
    assert (report.added, report.merged) == (3, 1)
    assert db.lookup("تل أحمر الغربي")[0].admin1 == "Deir ez-Zor"
    assert db.stats()["sources"]["geonames"]["licence"] == "CC BY 4.0"


def test_geonames_refuses_another_format(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="GeoNames"):
        list(read_geonames(path))


# --- plain CSV ---------------------------------------------------------------------------------------------------

def test_plain_csv(db, tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "name_ar,name_en,alt_ar,alt_en,kind,admin1,country,latitude,longitude,population\n"
        "تل الورد,Tell al-Ward,تل وردة|الوردة,Tall Ward,village,Dayr az Zawr,SY,35.30,40.20,900\n"
        ",Kani Spi,,,village,,Iraq,35.55,45.40,\n"
        "قرية,Village,,,village,,Lebanon,35.3,40.2,\n",
        encoding="utf-8")
    rows = list(read_csv(path))
    assert rows[0]["source_id"] == "1" and rows[1]["source_id"] == "2"
    assert rows[0]["admin1"] == "Deir ez-Zor" and rows[0]["alt_ar"] == ["تل وردة", "الوردة"]
    assert rows[1]["country"] == "IQ" and rows[2]["error"] == "unknown country"
    report = import_file(db, path, "csv", licence="CC BY 4.0, the author")
    assert (report.added, report.rejected) == (2, 1) and report.source == "csv:mine"
    assert db.stats()["sources"]["csv:mine"]["licence"] == "CC BY 4.0, the author"
    ward = db.lookup("الوردة")[0]
    assert ward.population == 900 and ward.source_id == "1"


def test_plain_csv_with_ids_and_a_missing_column(db, tmp_path):
    path = tmp_path / "ids.csv"
    path.write_text("id,name_en,latitude,longitude\nk-7,Tell Kasra,35.3,40.2\n", encoding="utf-8")
    assert list(read_csv(path))[0]["source_id"] == "k-7"
    no_lon = tmp_path / "nolon.csv"
    no_lon.write_text("name_en,latitude\nX,35\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="longitude"):
        list(read_csv(no_lon))
    no_name = tmp_path / "noname.csv"
    no_name.write_text("title,latitude,longitude\nX,35,40\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="name_ar nor name_en"):
        list(read_csv(no_name))


def test_files_that_are_not_text_or_not_there(db, tmp_path):
    binary = tmp_path / "x.csv"
    binary.write_bytes(b"\xff\xfe\x00\x01garbage")
    for fmt in ("csv", "wof", "geonames", "opensyria"):
        with pytest.raises(ImportFormatError):
            import_file(db, binary, fmt, licence="x")
    with pytest.raises(ImportFormatError, match="no such file"):
        import_file(db, tmp_path / "missing.csv", "csv")
    with pytest.raises(ImportFormatError, match="folder"):
        import_file(db, tmp_path, "wof")
    with pytest.raises(ValueError, match="unknown format"):
        import_file(db, binary, "shapefile")
    assert db.stats()["places"] == 0


def test_a_wof_locality_with_only_its_district_p_code_lies_in_that_district_s_governorate(db, tmp_path):
    # an invented village near the Quneitra / Rural Damascus line: the nearest place could be across it
    path = write_table(tmp_path / "wof_district_only.csv", WOF_LOCALITY, [
        locality("8101", "Tall al-Zaytun", "تل الزيتون الصغير", "33.27", "35.84", region_name_en="",
                 county_name_en="Markaz Al-Qunaytrah", adm2_pcode="SY1400"),
    ])
    rows = list(read_wof(path))
    assert rows[0]["admin1"] == "Quneitra"
    report = import_file(db, path, "wof")
    assert report.added == 1 and db.lookup("تل الزيتون الصغير")[0].admin1 == "Quneitra"
