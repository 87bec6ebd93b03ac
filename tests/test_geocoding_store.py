"""Geocoding with an imported gazetteer: rows written for these tests, imported into a store in tmp_path."""
import csv

import pytest

from rasid.extraction.pipeline import extract
from rasid.geo.importers import import_file
from rasid.geo.store import GazetteerStore

# Invented places: two villages share a name in different governorates, one has a twin name in Iraq.
ROWS = [
    {"name_ar": "تل الورد", "name_en": "Tall al-Ward", "kind": "village", "admin1": "Idlib", "country": "SY",
     "latitude": "35.70", "longitude": "36.70", "population": "900"},
    {"name_ar": "تل الورد", "name_en": "Tall al-Ward", "kind": "village", "admin1": "Al-Hasakah", "country": "SY",
     "latitude": "36.80", "longitude": "40.90", "population": "400"},
    {"name_ar": "عين السنديان", "name_en": "Ayn as-Sindiyan", "kind": "village", "admin1": "Hama", "country": "SY",
     "latitude": "35.30", "longitude": "36.45", "population": ""},
    {"name_ar": "الحصاد", "name_en": "Al-Hasad", "kind": "village", "admin1": "Homs", "country": "SY",
     "latitude": "34.60", "longitude": "36.90", "population": ""},
]


@pytest.fixture
def store(tmp_path, monkeypatch):
    path = tmp_path / "places.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["name_ar", "name_en", "kind", "admin1", "country", "latitude",
                                                "longitude", "population"])
        writer.writeheader()
        writer.writerows(ROWS)
    db = tmp_path / "gazetteer.sqlite"
    s = GazetteerStore(db)
    report = import_file(s, path, "csv", source_name="test-rows", licence="CC0 (written for the tests)")
    s.close()
    assert report.added == 4 and report.rejected == 0
    monkeypatch.setenv("RASID_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("RASID_GAZETTEER", str(db))
    return db


def location(text: str) -> dict:
    events = extract(text, "t").to_dict()["events"]
    assert events, text
    return events[0]["location"]


def test_an_imported_village_is_geocoded_at_itself(store):
    loc = location("قصفت قوات النظام بالمدفعية قرية عين السنديان.")
    assert (loc["admin1"], loc["geo_precision"], loc["latitude"], loc["longitude"]) == ("Hama", 1, 35.30, 36.45)


def test_the_countryside_named_chooses_between_namesakes(store):
    assert location("قصفت قوات النظام بالمدفعية قرية تل الورد بريف إدلب.")["admin1"] == "Idlib"
    assert location("قصفت قوات النظام بالمدفعية قرية تل الورد بريف الحسكة.")["admin1"] == "Al-Hasakah"


def test_the_report_governorate_chooses_between_namesakes(store):
    text = ("محافظة الحسكة – المرصد السوري: دارت اشتباكات في مدينة القامشلي، "
            "فيما قصفت قوات النظام بالمدفعية قرية تل الورد.")
    events = extract(text, "t").to_dict()["events"]
    ward = [e["location"] for e in events if e["location"]["name_ar"] == "تل الورد"]
    assert ward and ward[0]["admin1"] == "Al-Hasakah"


def test_an_imported_village_that_is_a_common_word_needs_a_type_word(store):
    rec = extract("تحدث المزارعون عن الحصاد في حمص.", "t").to_dict()
    assert all(e["location"]["name_ar"] != "الحصاد" for e in rec["events"])
    assert location("قصفت قوات النظام بالمدفعية قرية الحصاد.")["admin1"] == "Homs"


# -- how imported places compete with built-in ones (rows written for these tests; the built-in places are real) --

def _import(tmp_path, monkeypatch, rows: list[dict]) -> None:
    path = tmp_path / "more.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["name_ar", "name_en", "kind", "admin1", "country", "latitude",
                                                "longitude", "population"])
        writer.writeheader()
        writer.writerows([{"population": "", **row} for row in rows])
    db = tmp_path / "more.sqlite"
    s = GazetteerStore(db)
    report = import_file(s, path, "csv", source_name="test-rows", licence="CC0 (written for the tests)")
    s.close()
    assert report.rejected == 0
    monkeypatch.setenv("RASID_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("RASID_GAZETTEER", str(db))


def _places(text: str) -> list[dict]:
    return [e["location"] for e in extract(text, "t").to_dict()["events"]]


def test_an_english_report_takes_a_built_in_town_by_a_spelling_an_import_added(tmp_path, monkeypatch):
    _import(tmp_path, monkeypatch, [{"name_ar": "تل تمر", "name_en": "Tall Tamir", "kind": "town",
                                     "admin1": "Al-Hasakah", "country": "SY", "latitude": "36.66",
                                     "longitude": "40.37"}])
    places = _places("Turkish drones struck Tall Tamir on Monday, killing two fighters.")
    assert [(p["name_ar"], p["admin1"]) for p in places] == [("تل تمر", "Al-Hasakah")]


def test_an_imported_name_with_transliteration_marks_is_not_read_as_its_article(tmp_path, monkeypatch):
    # «Al ‘Ūşī» keyed without its marked word would be «Al», and «Al-Bab and Qbasin» no list
    _import(tmp_path, monkeypatch, [{"name_ar": "العوصي", "name_en": "Al ‘Ūşī", "kind": "village",
                                     "admin1": "Hama", "country": "SY", "latitude": "35.20",
                                     "longitude": "36.70"}])
    places = _places("Government air strikes killed 12 civilians as the raids hit Al-Bab and Qbasin on Thursday.")
    assert {p["name_ar"] for p in places} == {"الباب", "قباسين"}


# A built-in place outweighs an imported one of its name: the row imported, the report, the fields of its first
# place and what they must hold.
_BUILT_IN_OUTWEIGHS = [
    pytest.param({"name_ar": "الغارية", "name_en": "Al Ghariyah", "kind": "town", "admin1": "As-Suwayda",
                  "country": "SY", "latitude": "32.60", "longitude": "36.60"},
                 "On Friday a shell hit a house in the eastern Gharya area in rural Daraa.",
                 ("name_ar", "admin1"), ("الغارية الشرقية", "Daraa"),
                 id="a_direction_named_built_in_village_outweighs_an_imported_town_of_the_bare_name"),
    pytest.param({"name_ar": "المرجانة", "name_en": "Al Marjanah", "kind": "village", "admin1": "Al-Hasakah",
                  "country": "SY", "latitude": "36.70", "longitude": "40.90"},
                 "قتل مسلح برصاص مجهولين في منطقة المرجانة في بلدة خان أرنبة بريف القنيطرة.",
                 ("name_ar", "admin1"), ("خان أرنبة", "Quneitra"),
                 id="a_quarter_known_only_as_a_village_elsewhere_yields_to_the_town_it_lies_in"),
    pytest.param({"name_ar": "الصدر", "name_en": "As Sadr", "kind": "village", "admin1": "Dhi Qar",
                  "country": "IQ", "latitude": "31.20", "longitude": "46.10"},
                 "انفجرت عبوة ناسفة في مدينة الصدر شرقي بغداد، ما أسفر عن مقتل مدنيين اثنين.",
                 ("name_en", "admin1"), ("Sadr City", "Baghdad"),
                 id="a_name_the_gazetteer_knows_with_its_type_word_outweighs_an_imported_village"),
]


@pytest.mark.parametrize("row, text, fields, expected", _BUILT_IN_OUTWEIGHS)
def test_a_built_in_place_outweighs_an_imported_namesake(tmp_path, monkeypatch, row, text, fields, expected):
    _import(tmp_path, monkeypatch, [row])
    places = _places(text)
    assert places and tuple(places[0][f] for f in fields) == expected


def test_an_imported_sub_district_said_as_an_area_is_the_town_it_is_named_after(tmp_path, monkeypatch):
    _import(tmp_path, monkeypatch, [{"name_ar": "الزيارة", "name_en": "Ziyara", "kind": "subdistrict",
                                     "admin1": "Hama", "country": "SY", "latitude": "35.60",
                                     "longitude": "36.35", "population": "30000"}])
    places = _places("Rebel gunners targeted the al-Ziyara frontline overnight, a war monitor said.")
    assert places and places[0]["name_en"] == "al-Ziyara" and places[0]["geo_precision"] < 3


LATAKIA_AND_HAMA = ("On Sunday army artillery hit the villages of Kherbet Saloum, Zaytunat al-Ahmar and Ain Tineh in Jabal al-Akrad, "
                    "in the north of Latakia, as well as the al-Ziyara front on the Ghab plain, Hama's northwest. "
                    "Kansafra and Sfuhen, south of Idlib, were hit too.")


def test_a_village_of_the_governorate_its_sentence_names_stays_there(tmp_path, monkeypatch):
    _import(tmp_path, monkeypatch, [{"name_ar": "خربة سلوم", "name_en": "Kherbet Saloum", "kind": "village",
                                     "admin1": "Latakia", "country": "SY", "latitude": "35.80",
                                     "longitude": "36.10"}])
    kherbet = [p for p in _places(LATAKIA_AND_HAMA) if p["name_en"] == "Kherbet Saloum"]
    assert kherbet and kherbet[0]["admin1"] == "Latakia"


def test_of_imported_namesakes_the_one_of_a_governorate_its_sentence_names_is_meant(tmp_path, monkeypatch):
    _import(tmp_path, monkeypatch, [
        {"name_ar": "زيتونة الأحمر", "name_en": "Zaytunat al-Ahmar", "kind": "village", "admin1": admin1,
         "country": "SY", "latitude": lat, "longitude": lon}
        for admin1, lat, lon in (("Idlib", "35.65", "36.60"), ("Latakia", "35.80", "36.12"),
                                 ("Aleppo", "36.30", "37.00"))])
    zaytuna = [p for p in _places(LATAKIA_AND_HAMA) if p["name_en"] == "Zaytunat al-Ahmar"]
    assert zaytuna and zaytuna[0]["admin1"] == "Latakia"


def test_a_spelling_an_import_gives_a_governorate_s_city_names_the_governorate_too(tmp_path, monkeypatch):
    _import(tmp_path, monkeypatch, [{"name_ar": "دير الزور", "name_en": "Deir al-Zour", "kind": "city",
                                     "admin1": "Deir ez-Zor", "country": "SY", "latitude": "35.34",
                                     "longitude": "40.14"}])
    places = _places("Clashes broke out on Monday in the eastern countryside of Deir al-Zour, killing three fighters.")
    assert places and (places[0]["admin1"], places[0]["geo_precision"]) == ("Deir ez-Zor", 3)
    # after «the» the spelling names something of the place's, not the place
    text = "Kurdish police detained the Deir al-Zour council's spokesman at a checkpoint in al-Hassakeh on Sunday."
    assert [p["admin1"] for p in _places(text)] == ["Al-Hasakah"]


def test_an_imported_sub_district_s_spelling_reads_as_the_built_in_town_it_is_named_after(tmp_path, monkeypatch):
    _import(tmp_path, monkeypatch, [{"name_ar": "كفر نبل", "name_en": "Kafr Nobol", "kind": "subdistrict",
                                     "admin1": "Idlib", "country": "SY", "latitude": "35.61",
                                     "longitude": "36.56", "population": "60000"},
                                    {"name_ar": "كفر نبل", "name_en": "Kafr Nubl", "kind": "subdistrict",
                                     "admin1": "Idlib", "country": "SY", "latitude": "35.61",
                                     "longitude": "36.56", "population": "60000"}])
    places = _places("Two shells landed in Kafr Nubl early on Tuesday, a local activist said.")
    assert places and (places[0]["name_ar"], places[0]["geo_precision"]) == ("كفرنبل", 1)


def test_an_english_report_s_spelling_is_kept_though_an_import_adds_it_to_a_built_in_village(tmp_path, monkeypatch):
    _import(tmp_path, monkeypatch, [{"name_ar": "عريمة", "name_en": "Al-Arimah", "kind": "village",
                                     "admin1": "Aleppo", "country": "SY", "latitude": "36.49",
                                     "longitude": "37.79"}])
    places = _places("Turkish artillery shelled Al-Arimah on Monday, wounding two civilians.")
    assert places and (places[0]["name_ar"], places[0]["name_en"]) == ("عريمة", "Al-Arimah")
