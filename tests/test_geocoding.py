"""Geocoding of event places: coordinates, precision, places the gazetteer lacks, regions."""
import math

from rasid.extraction.pipeline import extract


def location(text: str) -> dict:
    events = extract(text, "t").to_dict()["events"]
    assert events, text
    return events[0]["location"]


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def test_a_known_town_is_placed_at_itself():
    loc = location("قصفت قوات النظام بالمدفعية مدينة البوكمال.")
    assert loc["geo_precision"] == 1 and loc["admin1"] == "Deir ez-Zor"
    assert km((loc["latitude"], loc["longitude"]), (34.45, 40.92)) < 5


def test_surroundings_are_precision_two_and_regions_three():
    assert location("دارت اشتباكات في محيط مدينة البوكمال.")["geo_precision"] == 2
    loc = location("قصفت قوات النظام بالمدفعية مناطق في ريف إدلب الجنوبي.")
    assert (loc["name_ar"], loc["geo_precision"]) == ("إدلب", 3)
    loc = location("دارت اشتباكات قرب الحدود السورية العراقية.")
    assert loc["geo_precision"] == 3 and loc["admin1"] == "Deir ez-Zor"


def test_a_village_the_gazetteer_lacks_is_put_near_the_town_that_locates_it():
    loc = location("انفجر لغم في قرية أم الجلود الصغرى بريف مدينة منبج.")
    assert loc["name_ar"] == "أم الجلود الصغرى" and loc["admin1"] == "Aleppo"
    assert loc["geo_precision"] == 2 and loc["latitude"] is not None


def test_a_village_located_only_by_its_governorate_gets_the_governorate_point():
    loc = location("انفجر لغم في قرية أم الجلود الصغرى بريف حلب الشمالي.")
    assert loc["admin1"] == "Aleppo" and loc["geo_precision"] == 3 and loc["latitude"] is not None


def test_names_the_gazetteer_lacks_are_listed_for_analysts():
    rec = extract("انفجر لغم في قرية أم الجلود الصغرى بريف حلب الشمالي.", "t").to_dict()
    assert rec["unresolved_places"] == ["أم الجلود الصغرى"]


def test_a_village_in_a_paragraph_filed_under_a_governorate_lies_in_it():
    text = "محافظة درعا – المرصد السوري لحقوق الإنسان: انفجر لغم أرضي في قرية أم الجلود الصغرى."
    loc = location(text)
    assert loc["name_ar"] == "أم الجلود الصغرى" and loc["admin1"] == "Daraa" and loc["geo_precision"] == 3


def test_a_list_of_villages_the_gazetteer_lacks_is_put_near_the_town_after_it():
    events = extract("قصفت قوات النظام قرى تل الجمل وقطينة وخربة العيس بريف منبج.", "t").to_dict()["events"]
    assert [e["location"]["name_ar"] for e in events] == ["تل الجمل", "قطينة", "خربة العيس"]
    for e in events:
        assert (e["location"]["admin1"], e["location"]["geo_precision"]) == ("Aleppo", 2)
        assert km((e["location"]["latitude"], e["location"]["longitude"]), (36.53, 37.95)) < 10


def test_a_village_no_words_locate_lies_in_the_governorate_of_its_sentence_at_region_precision():
    loc = location("قصفت قوات النظام قرية المرجانة الشرقية وبلدة كفرزيتا.")
    assert (loc["name_ar"], loc["admin1"], loc["geo_precision"]) == ("المرجانة الشرقية", "Hama", 3)
    assert loc["latitude"] is not None
