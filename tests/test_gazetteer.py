"""The built-in gazetteer and its lookup: keys, variants, ranking, governorate helpers and the file's integrity."""
from __future__ import annotations

import time
from collections import Counter

import pytest

from rasid.geo.gazetteer import (
    IRAQ_ADMIN1,
    KINDS,
    SYRIA_ADMIN1,
    Gazetteer,
    Place,
    arabic_key,
    english_key,
)

SYRIA_BOX = (32.3, 37.35, 35.6, 42.4)  # lat min, lat max, lon min, lon max
IRAQ_BOX = (29.0, 37.4, 38.7, 48.7)

REQUIRED_TOWNS = (
    "البوكمال الميادين منبج الباب إعزاز عفرين جرابلس تل أبيض رأس العين القامشلي الطبقة تدمر السخنة خان شيخون "
    "معرة النعمان سراقب أريحا جسر الشغور دوما درعا نوى جاسم السويداء شهبا صلخد القنيطرة طرطوس بانياس جبلة "
    "اللاذقية حماة السلمية مصياف محردة حمص الرستن تلكلخ"
)
TWO_WORD = ("تل أبيض", "رأس العين", "خان شيخون", "معرة النعمان", "جسر الشغور")


def required_towns() -> list[str]:
    text = REQUIRED_TOWNS
    names = []
    for name in TWO_WORD:
        text = text.replace(name, "")
        names.append(name)
    return names + text.split()


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.builtin()


def row(name_ar, name_en, kind="town", admin1="Idlib", country="SY", lat="35.5", lon="36.5", pop="", **more):
    return {"name_ar": name_ar, "name_en": name_en, "kind": kind, "admin1": admin1, "country": country,
            "latitude": lat, "longitude": lon, "population": pop, **more}


# --- keys -------------------------------------------------------------------------------------------------------

def test_arabic_key_folds_letters_and_drops_the_article_of_every_word():
    assert arabic_key("دير الزور") == arabic_key("دير زور") == "دير زور"
    assert arabic_key("البوكمال") == arabic_key("بوكمال")
    assert arabic_key("حماة") == arabic_key("حماه") == arabic_key("الحماه")
    assert arabic_key("إدلب") == arabic_key("ادلب")
    assert arabic_key("معرّة النُّعمان") == arabic_key("معرة النعمان")


def test_english_key_drops_prefixes_hyphens_and_apostrophes():
    assert english_key("Al-Bab") == english_key("al Bab") == english_key("Bab") == "bab"
    assert english_key("Deir ez-Zor") == "deir zor"
    assert english_key("Ma'arrat an-Nu'man") == english_key("Maarrat Numan")
    assert english_key("Efrîn") == "efrin"


# --- lookup on the built-in file ----------------------------------------------------------------------------------

def test_lookup_with_and_without_the_article(gaz):
    with_article = gaz.lookup("البوكمال")
    assert with_article and with_article[0].name_en == "Abu Kamal"
    assert gaz.lookup("بوكمال") == with_article
    assert gaz.lookup("الميادين")[0] is gaz.lookup("ميادين")[0]


def test_lookup_with_hamza_ta_marbuta_and_diacritic_variants(gaz):
    idlib = gaz.lookup("إدلب")
    assert idlib and idlib == gaz.lookup("ادلب") == gaz.lookup("إدْلِب")
    hama = gaz.lookup("حماة")
    assert hama == gaz.lookup("حماه")
    assert {p.kind for p in hama} >= {"governorate", "city"}
    assert gaz.lookup("أريحا") == gaz.lookup("اريحا")
    assert gaz.lookup("الرقة") == gaz.lookup("الرقه") == gaz.lookup("رقة")


def test_alternative_names(gaz):
    assert gaz.lookup("كوباني")[0].name_ar == "عين العرب"
    assert gaz.lookup("أبو كمال")[0].name_ar == "البوكمال"
    assert gaz.lookup("سري كانيه")[0].name_ar == "رأس العين"
    assert gaz.lookup("كري سبي")[0].name_ar == "تل أبيض"
    assert gaz.lookup("ديرالزور")[0].admin1 == "Deir ez-Zor"
    assert gaz.lookup("مطار تي فور")[0].name_ar == "مطار التيفور"


def test_english_lookup(gaz):
    assert gaz.lookup("Abu Kamal")[0].name_ar == "البوكمال"
    assert gaz.lookup("Albu Kamal")[0].name_ar == "البوكمال"
    assert gaz.lookup("Kobani")[0].name_ar == "عين العرب"
    assert gaz.lookup("Khan Shaykhun")[0].name_ar == "خان شيخون"
    assert gaz.lookup("al-bab")[0].name_ar == "الباب"
    assert gaz.lookup("Maarat al-Numan")[0].name_ar == "معرة النعمان"
    deir = gaz.lookup("Deir ez-Zor")
    assert [p.kind for p in deir][:2] == ["governorate", "city"]


def test_unknown_names_give_an_empty_list(gaz):
    assert gaz.lookup("بلدة لا وجود لها") == []
    assert gaz.lookup("Atlantis") == []
    assert gaz.lookup("") == []
    assert gaz.lookup("   ") == []


def test_lookup_returns_a_fresh_list(gaz):
    first = gaz.lookup("حلب")
    first.clear()
    assert gaz.lookup("حلب")


def test_lookup_is_fast(gaz):
    names = ["البوكمال", "دير الزور", "Abu Kamal", "كفرنبل", "غير معروف"] * 200
    start = time.perf_counter()
    for name in names:
        gaz.lookup(name, admin1="Idlib")
    assert (time.perf_counter() - start) / len(names) < 0.001


def test_builtin_is_loaded_once():
    assert Gazetteer.builtin() is Gazetteer.builtin()


def test_arabic_names_cover_names_and_variants(gaz):
    names = {}
    for name, place in gaz.arabic_names():
        names.setdefault(name, []).append(place)
    assert "عين العرب" in names and "كوباني" in names
    assert names["كوباني"][0] is names["عين العرب"][0]
    assert sum(1 for _ in gaz.arabic_names()) == sum(1 + len(p.alt_ar) for p in gaz.places)


# --- ranking and disambiguation ----------------------------------------------------------------------------------

def test_admin1_disambiguation_and_kind_ranking():
    gaz = Gazetteer.from_rows([
        row("الحميدية", "Al-Hamidiyah", kind="village", admin1="Quneitra", lat="33.12", lon="35.84"),
        row("الحميدية", "Al-Hamidiyah", kind="neighbourhood", admin1="Homs", lat="34.73", lon="36.72"),
        row("الحميدية", "Al-Hamidiyah", kind="town", admin1="Tartus", lat="34.72", lon="35.95", pop="9000"),
        row("حميدية", "Hamidiyah", kind="town", admin1="Deir ez-Zor", lat="35.34", lon="40.15", pop="20000"),
    ])
    default = gaz.lookup("الحميدية")
    assert [p.admin1 for p in default] == ["Deir ez-Zor", "Tartus", "Homs", "Quneitra"]
    assert gaz.lookup("حميدية") == default
    homs_first = gaz.lookup("الحميدية", admin1="Homs")
    assert homs_first[0].admin1 == "Homs"
    assert [p.admin1 for p in homs_first[1:]] == ["Deir ez-Zor", "Tartus", "Quneitra"]
    assert gaz.lookup("الحميدية", admin1="Quneitra")[0].kind == "village"
    assert gaz.lookup("Hamidiyah", admin1="Tartus")[0].admin1 == "Tartus"
    # an admin1 with no such place changes nothing
    assert gaz.lookup("الحميدية", admin1="Basra") == default


def test_governorate_and_city_come_before_villages():
    gaz = Gazetteer.from_rows([
        row("قرية الاختبار", "Test village", kind="village", admin1="Hama", pop="90000"),
        row("اختبار", "Testville", kind="village", admin1="Hama", pop="500"),
        row("اختبار", "Testville", kind="city", admin1="Hama", pop="100000"),
        row("اختبار", "Testville", kind="governorate", admin1="Hama"),
    ])
    assert [p.kind for p in gaz.lookup("الاختبار")] == ["governorate", "city", "village"]


def test_population_breaks_ties_within_a_kind():
    gaz = Gazetteer.from_rows([
        row("المزرعة", "Small", kind="village", admin1="Hama", pop="100"),
        row("المزرعة", "Unknown", kind="village", admin1="Homs"),
        row("المزرعة", "Large", kind="village", admin1="Idlib", pop="5000"),
    ])
    assert [p.name_en for p in gaz.lookup("مزرعة")] == ["Large", "Small", "Unknown"]


def test_from_rows_builds_places_with_types():
    gaz = Gazetteer.from_rows([row("كفرنبل", "Kafr Nabl", alt_ar="كفر نبل", alt_en="Kafranbel|Kafrnabel",
                                   admin2="Maarrat al-Numan", pop="20,000")])
    place = gaz.lookup("كفر نبل")[0]
    assert isinstance(place, Place)
    assert place.alt_en == ("Kafranbel", "Kafrnabel") and place.population == 20000
    assert place.latitude == 35.5 and place.admin2 == "Maarrat al-Numan"
    assert gaz.lookup("Kafranbel") == [place]


@pytest.mark.parametrize("bad, message", [
    ({"kind": "hamlet"}, "kind"),
    ({"admin1": "Idleb"}, "admin1"),
    ({"admin1": "Basra"}, "country"),
    ({"admin1": ""}, "admin1"),
    ({"country": "LB"}, "country"),
    ({"lat": "north"}, "latitude"),
    ({"lat": "95"}, "latitude"),
    ({"lon": ""}, "together"),
    ({"pop": "many"}, "population"),
    ({"name_ar": ""}, "name_ar"),
    ({"name_ar": "Idlib"}, "Arabic"),
    ({"name_en": ""}, "name_en"),
])
def test_malformed_rows_raise_value_errors(bad, message):
    kwargs = {"name_ar": "إدلب", "name_en": "Idlib"}
    kwargs.update(bad)
    with pytest.raises(ValueError, match=message):
        Gazetteer.from_rows([row(**kwargs)])


def test_malformed_tsv_lines_are_named():
    header = "\t".join(("name_ar", "alt_ar", "name_en", "alt_en", "kind", "admin1", "admin2", "country",
                        "latitude", "longitude", "population"))
    good = "\t".join(("إدلب", "", "Idlib", "Idleb", "city", "Idlib", "Idlib", "SY", "35.93", "36.63", ""))
    short = "\t".join(("سراقب", "", "Saraqib", "", "town", "Idlib"))
    text = f"# comment\n{header}\n\n{good}\n# another comment\n{short}\n"
    with pytest.raises(ValueError, match="line 6"):
        Gazetteer.from_tsv(text)
    assert len(Gazetteer.from_tsv(f"# comment\n{header}\n{good}\n")) == 1
    with pytest.raises(ValueError, match="header"):
        Gazetteer.from_tsv("name_ar\tname_en\nإدلب\tIdlib\n")


# --- governorate helpers -----------------------------------------------------------------------------------------

def test_governorate_by_admin1(gaz):
    aleppo = gaz.governorate("Aleppo")
    assert aleppo is not None and aleppo.kind == "governorate" and aleppo.name_ar == "حلب"
    assert gaz.governorate("Deir ez-Zor").name_ar == "دير الزور"
    assert gaz.governorate("Basra").country == "IQ"
    assert gaz.governorate("Atlantis") is None
    for admin1 in SYRIA_ADMIN1 + IRAQ_ADMIN1:
        place = gaz.governorate(admin1)
        assert place is not None and place.admin1 == admin1, admin1


@pytest.mark.parametrize("name, admin1", [
    ("حلب", "Aleppo"),
    ("ريف دمشق", "Rural Damascus"),
    ("دمشق", "Damascus"),
    ("دير الزور", "Deir ez-Zor"),
    ("ديرالزور", "Deir ez-Zor"),
    ("محافظة الحسكة", "Al-Hasakah"),
    ("ريف إدلب الجنوبي", "Idlib"),
    ("ريف حلب الشمالي الغربي", "Aleppo"),
    ("ريف دير الزور الشرقي", "Deir ez-Zor"),
    ("السويدا", "As-Suwayda"),
    ("حماه", "Hama"),
    ("نينوى", "Nineveh"),
    ("الأنبار", "Anbar"),
    ("Aleppo", "Aleppo"),
    ("Rif Dimashq", "Rural Damascus"),
    ("Raqqa governorate", "Raqqa"),
])
def test_governorate_by_name(gaz, name, admin1):
    place = gaz.governorate_by_name(name)
    assert place is not None and place.kind == "governorate" and place.admin1 == admin1


def test_governorate_by_name_refuses_towns(gaz):
    assert gaz.governorate_by_name("البوكمال") is None
    assert gaz.governorate_by_name("لا شيء") is None


# --- the built-in file -------------------------------------------------------------------------------------------

def test_every_admin1_is_an_allowed_spelling(gaz):
    allowed = set(SYRIA_ADMIN1) | set(IRAQ_ADMIN1)
    for place in gaz.places:
        if place.kind == "country":
            assert place.admin1 is None
        else:
            assert place.admin1 in allowed, (place.name_ar, place.admin1)
            assert (place.admin1 in SYRIA_ADMIN1) == (place.country == "SY"), place.name_ar
        assert place.kind in KINDS


def test_every_row_has_coordinates_inside_its_country(gaz):
    for place in gaz.places:
        assert place.latitude is not None and place.longitude is not None, place.name_ar
        lat_min, lat_max, lon_min, lon_max = SYRIA_BOX if place.country == "SY" else IRAQ_BOX
        assert lat_min <= place.latitude <= lat_max, (place.name_ar, place.latitude)
        assert lon_min <= place.longitude <= lon_max, (place.name_ar, place.longitude)


def test_no_duplicate_name_and_admin1(gaz):
    # A governorate and its capital share a name (حلب, دمشق): the governorate row is keyed apart.
    counts = Counter((p.name_ar, p.admin1, p.kind == "governorate") for p in gaz.places)
    duplicates = [key for key, n in counts.items() if n > 1]
    assert duplicates == []


def test_no_variant_repeats_a_name_of_its_own_row(gaz):
    for place in gaz.places:
        keys = [arabic_key(n) for n in (place.name_ar, *place.alt_ar)]
        assert len(keys) == len(set(keys)), place.name_ar


def test_the_file_is_large_enough(gaz):
    assert len(gaz.places) >= 900
    countries = Counter(p.country for p in gaz.places)
    assert countries["SY"] > 600 and countries["IQ"] > 200


def test_all_governorates_and_countries_are_present(gaz):
    syrian = {p.admin1 for p in gaz.places if p.kind == "governorate" and p.country == "SY"}
    iraqi = {p.admin1 for p in gaz.places if p.kind == "governorate" and p.country == "IQ"}
    assert syrian == set(SYRIA_ADMIN1) and len(syrian) == 14
    assert iraqi == set(IRAQ_ADMIN1) and len(iraqi) == 18
    assert {p.country for p in gaz.places if p.kind == "country"} == {"SY", "IQ"}
    assert gaz.lookup("سوريا")[0].kind == "country"
    assert gaz.lookup("العراق")[0].kind == "country"


@pytest.mark.parametrize("name", required_towns())
def test_required_towns_are_present(gaz, name):
    found = [p for p in gaz.lookup(name) if p.kind not in ("governorate", "country") and p.country == "SY"]
    assert found, name
    assert found[0].kind in ("city", "town", "village"), (name, found[0].kind)


def test_a_few_coordinates(gaz):
    abu_kamal = gaz.lookup("البوكمال")[0]
    assert abs(abu_kamal.latitude - 34.45) < 0.1 and abs(abu_kamal.longitude - 40.92) < 0.1
    idlib = next(p for p in gaz.lookup("إدلب") if p.kind == "city")
    assert abs(idlib.latitude - 35.93) < 0.1 and abs(idlib.longitude - 36.63) < 0.1
    deir = next(p for p in gaz.lookup("دير الزور") if p.kind == "city")
    assert abs(deir.latitude - 35.33) < 0.1 and abs(deir.longitude - 40.14) < 0.1
    mosul = gaz.lookup("الموصل")[0]
    assert mosul.country == "IQ" and abs(mosul.latitude - 36.34) < 0.1
