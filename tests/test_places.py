"""Place mentions: names after type words, clitics, regions that locate, anaphors, the gazetteer's help."""
from rasid.geo.places import find_places
from rasid.text.doc import Doc


def places(text: str) -> list[tuple]:
    return [(p.name, p.admin1, p.region, p.context) for p in find_places(Doc("t", text))]


def test_type_words_and_clitics_are_left_out_of_the_name():
    assert places("وقصف على بلدة الأتارب") == [("الأتارب", "Aleppo", False, False)]
    assert places("اشتباكات بمدينة البوكمال")[0][:2] == ("البوكمال", "Deir ez-Zor")


def test_a_village_the_gazetteer_lacks_is_still_named():
    assert places("قصف على قرية المرجانية الصغرى")[0][0] == "المرجانية الصغرى"  # the adjective is part of the name


def test_countryside_locates_the_village_before_it():
    found = places("في قرية المرجانية بريف حلب الجنوبي")
    assert found[0] == ("المرجانية", "Aleppo", False, False)
    assert found[1][1:] == ("Aleppo", True, True)


def test_a_list_after_a_plural_type_word():
    names = [p[0] for p in places("قصف طال قرى المرجانية والسفيرة وتل عرن في ريف حلب")]
    assert names[:3] == ["المرجانية", "السفيرة", "تل عرن"]


def test_a_list_opener_as_the_texts_last_word_is_read_without_error():
    # «منها» (among them) may open a list; at the very end of the text there is nothing after it
    names = [p[0] for p in places("سيطرت الفصائل على قرى المرجانية والسفيرة بعد طرد التنظيم منها")]
    assert names[:2] == ["المرجانية", "السفيرة"]


def test_an_unknown_list_member_of_two_words_keeps_the_list_going():
    # «والكتيبة المهجورة والراقم»: a bare adjective after an unknown member, «و» and a member after it
    names = [p[0] for p in places("باتت قرى تل مرق والكتيبة المهجورة والحوير في ريف إدلب الشرقي محررة")]
    assert names[:3] == ["تل مرق", "الكتيبة المهجورة", "الحوير"]


def test_names_inside_actor_names_are_not_places():
    doc = Doc("t", "قوات سوريا الديمقراطية ومجلس دير الزور العسكري")
    from rasid.extraction.actors import find_actors

    blocked = {i for a in find_actors(doc, None) for i in range(a.tok_start, a.tok_end)}
    assert find_places(doc, blocked) == []


def test_common_words_that_are_also_place_names_need_a_type_word():
    assert places("فتح الباب أمام المفاوضات") == []
    assert places("سيطرت الفصائل على مدينة الباب")[0][:2] == ("الباب", "Aleppo")


def test_the_article_on_a_name_must_agree_with_the_gazetteer():
    assert all(p[0] != "القريتين" for p in places("قصف على قريتين في الريف"))


def test_place_roles_are_known_and_governorate_adjectives_name_governorates():
    from rasid.geo.gazetteer import ADMIN1_COUNTRY
    from rasid.text.language import get_language

    known = {"compound_head", "name_adjective", "locative", "nisba", "dropped_type", "locating_type",
             "locating_link", "near", "locating_gap", "adjective_ending", "countryside", "list_and", "list_opener", "direction_suffix", "name_connector", "outlet", "command", "facing", "after_locative", "nisba_ending", "spelling", "facility_adjective", "pronoun_suffix", "glued_head", "dual", "case_form",
             "particle", "indefinite_mark", "country_type", "locating_relative", "distance", "distance_unit",
             "toponym_head", "description_opener", "between_places", "taken_to", "taken_to_gap", "hails_from", "hails_from_link", "base_opener",
             "place_adjective", "verb_homograph", "never_name", "indefinite_article", "colour_name"}
    rows = get_language("ar").read_tsv("place_roles.tsv")
    assert rows
    for row in rows:
        assert {r.strip() for r in row[1].split(",")} <= known, row
        if "nisba" in {r.strip() for r in row[1].split(",")}:
            assert row[2] in ADMIN1_COUNTRY, row


def test_the_place_reader_holds_no_arabic_words_in_its_code():
    """Its words are language data (rasid/data/lang/ar/place_*.tsv); comments and docstrings may quote Arabic."""
    import io
    import re
    import tokenize
    from pathlib import Path

    import rasid.geo.places as module

    source = Path(module.__file__).read_text(encoding="utf-8")
    arabic = re.compile(r"[\u0621-\u064A]")
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.STRING and arabic.search(tok.string):
            assert tok.string.startswith(('"""', "'''")), f"line {tok.start[0]}: {tok.string[:40]}"


def _read(text: str) -> list:
    from rasid.extraction.pipeline import pipeline_for

    doc = Doc("t", text)
    pipeline_for("ar")(doc)
    return doc.places


def test_a_list_after_a_plural_runs_past_commas_and_quotes():
    names = [p.name for p in _read("قصفت الفصائل أحياء : الشهباء ، وحلب الجديدة ، والسريان في حلب.")]
    assert names[:3] == ["الشهباء", "حلب الجديدة", "السريان"]
    names = [p.name for p in _read("قصفت قوات النظام بلدتي “كفر عويد، الفطيرة” بالمدفعية.")]
    assert names == ["كفر عويد", "الفطيرة"]


def test_a_list_opened_by_a_word_after_the_plural():
    names = [p.name for p in _read("سيطرت القوات على عدة قرى وهي: الرحبة وتل الورد.")]
    assert names == ["الرحبة", "تل الورد"]


def test_a_new_statement_after_a_comma_ends_the_list():
    names = [p.name for p in _read("انتشرت القوات في قرى الأسدية والإبراهيمية، وبدأ التمركز في المنطقة.")]
    assert names == ["الأسدية", "الإبراهيمية"]


def test_the_region_after_a_list_locates_every_name_of_it():
    found = _read('تدور اشتباكات في مناطق "تل الجمل وقطينة وأم الزيتون" في ريف منبج.')
    listed = [p for p in found if not p.context]
    assert [p.name for p in listed] == ["تل الجمل", "قطينة", "أم الزيتون"]
    assert {p.admin1 for p in listed} == {"Aleppo"}
    assert all(p.located_by is not None and p.located_by.name == "منبج" for p in listed)
    assert listed[2].place is None  # the gazetteer's Umm al-Zaytun is in As-Suwayda, not near Manbij


def test_names_joined_without_a_type_word_are_places_when_one_of_them_is_known():
    found = _read("شنت الطائرات غارات على صهيان وبابولين وجرجناز والقراطي بريف إدلب الشرقي.")
    assert [p.name for p in found if not p.context] == ["صهيان", "بابولين", "جرجناز", "القراطي"]
    assert all(p.admin1 == "Idlib" for p in found)


def test_a_list_of_names_none_of_which_is_known_is_not_read_without_a_type_word():
    assert [p.name for p in _read("شنت الطائرات غارات على صهيان والقراطي.")] == []


def test_a_list_of_unknown_names_closed_by_the_region_that_locates_it_is_read():
    found = _read("ألقت المروحيات براميل على كفرزيبان وتل صنوبر وحرملين ومحيط أم عدسة بريف إدلب الجنوبي.")
    listed = [p for p in found if not p.context and not p.region]
    assert [p.name for p in listed] == ["كفرزيبان", "تل صنوبر", "حرملين", "أم عدسة"]
    assert {p.admin1 for p in listed} == {"Idlib"}
    # common nouns, all with the article, are no list of places; nor names that no region closes
    assert [p.name for p in _read("استهدفت الغارات المنازل والمحال بريف إدلب.") if not p.region] == []
    assert [p.name for p in _read("شنت الطائرات غارات على كفرزيبان وحرملين.")] == []


def test_a_list_member_placed_by_a_direction_and_a_name_keeps_the_list_going():
    # «X شرقي Y» inside a list: the direction and the name beside it (known or not) place X, the list goes on
    found = _read("شنت الطائرات غارات على صرمدان وبابوتين والخريجة شرقي كفرموسين وتل مرعوش ومعرة النعمان بريف إدلب.")
    listed = [p for p in found if not p.context and not p.region]
    assert [p.name for p in listed] == ["صرمدان", "بابوتين", "الخريجة", "تل مرعوش", "معرة النعمان"]
    assert {p.admin1 for p in found} == {"Idlib"}
    assert [p.name for p in found if p.context and not p.region] == ["كفرموسين"]
    # where the list ends after the direction's name, that name locates the whole list
    found = _read("قصفت القوات مواقع في صرمدان وتل مرعوش شرق دمشق.")
    assert [p.name for p in found if not p.context] == ["صرمدان", "تل مرعوش"]


def test_a_definite_plural_type_word_and_its_number_open_the_list_they_count():
    found = _read("سيطرت الفصائل على البلدات الأربع: زعبلان، المريجة، تل دحروج، وكفر حلول بريف إدلب.")
    assert [(p.name, p.admin1) for p in found if not p.region] == [
        ("زعبلان", "Idlib"), ("المريجة", "Idlib"), ("تل دحروج", "Idlib"), ("كفر حلول", "Idlib")]
    assert [p.name for p in _read("قصفت الطائرات القرى الثلاث زعبلان والمريجة وتل دحروج في ريف حماة.")
            if not p.region] == ["زعبلان", "المريجة", "تل دحروج"]
    # the number with no names after it counts villages named before, or none
    assert [p.name for p in _read("قصفت الطائرات القرى الثلاث في ريف حماة.") if not p.region] == []


def test_a_facility_named_after_a_city_the_gazetteer_lacks_it_under_is_at_the_city_not_over_its_governorate():
    # «معسكر حلب», «مخيم حماة»: a camp or a base is a point, in the city it is named after
    for text, admin1 in (("قصفت الطائرات معسكر حلب للتدريب.", "Aleppo"), ("قصفت الطائرات مخيم حماة للنازحين.", "Hama")):
        found = _read(text)[0]
        assert not found.region and found.place.kind == "city" and found.admin1 == admin1


def test_the_dual_of_the_locating_relative_locates_the_two_villages_before_it():
    found = _read("طال القصف قريتي زعبلان والمريجة الواقعتين غربي مدينة منبج.")
    assert [(p.name, p.admin1, p.context) for p in found] == [
        ("زعبلان", "Aleppo", False), ("المريجة", "Aleppo", False), ("منبج", "Aleppo", True)]


def test_an_adverb_or_an_adjective_of_loyalty_or_ruin_after_an_unknown_village_ends_its_name():
    for tail in ("مجدداً", "جواً", "بشكل مكثف", "الموالية للنظام", "المدمرة"):
        assert [p.name for p in _read("قصفت قوات النظام قرية زعبلان " + tail + ".")] == ["زعبلان"], tail


def test_a_word_with_the_attached_pronoun_ha_is_no_member_of_a_list_of_places():
    found = _read("قصفت الطائرات بلدات زعبلان والمريجة ودحروج وأطرافها في ريف حماة.")
    assert [p.name for p in found if not p.region] == ["زعبلان", "المريجة", "دحروج"]


def test_a_town_around_or_adjacent_to_which_a_village_lies_only_locates_it():
    for text in ("قصفت الطائرات قرية زعبلان في محيط منبج.", "قصفت الطائرات قرية زعبلان على أطراف منبج.",
                 "قصفت الطائرات قرية زعبلان المحاذية لمنبج.", "قصفت الطائرات قرية زعبلان المتاخمة لمدينة منبج."):
        assert [(p.name, p.admin1, p.context) for p in _read(text)] == [
            ("زعبلان", "Aleppo", False), ("منبج", "Aleppo", True)], text
    # «و» before the surroundings names a second place
    assert [p.context for p in _read("قصفت الطائرات قرية زعبلان ومحيط منبج.")] == [False, False]


def test_a_town_a_distance_from_which_a_village_lies_only_locates_it_with_or_without_a_direction():
    for text in ("قصفت الطائرات قرية زعبلان التي تبعد 20 كيلومترا عن منبج.",
                 "قصفت الطائرات قرية زعبلان على بعد 20 كم من منبج.",
                 "قصفت الطائرات قرية زعبلان الواقعة على بعد 5 كيلومترات جنوب منبج."):
        assert [(p.name, p.context) for p in _read(text)] == [("زعبلان", False), ("منبج", True)], text


def test_a_list_of_unknown_names_closed_by_nearness_to_a_known_town_or_a_dual_relative_is_read():
    for text in ("قصفت الطائرات على كفرزعبلان وتل مرعوش بالقرب من منبج.",
                 "قصفت الطائرات على كفرزعبلان وتل مرعوش في محيط منبج.",
                 "قصفت الطائرات على كفرزعبلان وتل مرعوش الواقعتين في ريف منبج."):
        assert [(p.name, p.admin1) for p in _read(text) if not p.context and not p.region] == [
            ("كفرزعبلان", "Aleppo"), ("تل مرعوش", "Aleppo")], text
    assert [p.name for p in _read("قصفت الطائرات على المنازل والمحال قرب منبج.")] == ["منبج"]


def test_a_road_named_after_a_city_is_not_at_the_city():
    # «طريق حمص» leads to Homs from elsewhere: an abduction on it near a town is one event, at the town
    from rasid.extraction.pipeline import extract
    record = extract("خطف مسلحون سائق شاحنة على طريق حمص - طرطوس قرب بلدة تلكلخ.", "t")
    assert [e.location.name_ar for e in record.events] == ["تلكلخ"]


def test_a_masculine_direction_or_the_old_town_word_after_a_village_name_is_part_of_it():
    assert [p.name for p in _read("قصفت الطائرات قرية حلوان الشرقي بريف حلب الشرقي.")] == ["حلوان الشرقي", "حلب"]
    assert [p.name for p in _read("قصفت القوات أحياء نمرين البلد والصالحية في مدينة درعا.")][:2] == [
        "نمرين البلد", "الصالحية"]


def test_unknown_names_after_a_singular_type_word_go_on_when_the_list_reaches_its_region():
    assert [p.name for p in _read("سقطت قذائف على بلدة كفرزيبان وحرملين والتلعدة بريف إدلب.") if not p.region] == [
        "كفرزيبان", "حرملين", "التلعدة"]
    assert [p.name for p in _read("سقطت قذائف على بلدة كفرزيبان وحرملين.")] == ["كفرزيبان"]


def test_an_adjective_ends_a_listed_name_and_a_known_town_with_it_lies_in_the_towns_governorate():
    found = _read("اشتبكت القوات مع المسلحين في كفرحمود الغربي وحمص البلد.")
    assert [(p.name, p.admin1) for p in found] == [("كفرحمود الغربي", "Homs"), ("حمص البلد", "Homs")]


def test_a_countryside_named_with_its_governorate_word_closes_a_list():
    found = _read("خرج العشرات من أهالي مدينة حماة وكفرزيبان وحرملين بريف محافظة حماة في مظاهرة.")
    assert [p.name for p in found if not p.region] == ["حماة", "كفرزيبان", "حرملين"]


def test_an_area_inside_a_town_the_gazetteer_lacks_yields_to_the_town():
    found = _read("جرح طفل بسقوط قذيفة هاون على منطقة الملعب في بلدة كفرزيبان بريف حلب الغربي.")
    assert [p.name for p in found if not p.context] == ["كفرزيبان"]


def test_a_list_after_a_word_of_surroundings_is_read_like_one_after_a_locative():
    found = _read("وقصفت الطائرات محيط كفرزيبان وكتيبة حرملين وتل صنوبر في ريف درعا الشمالي.")
    assert [(p.name, p.admin1) for p in found if not p.region] == [
        ("كفرزيبان", "Daraa"), ("كتيبة حرملين", "Daraa"), ("تل صنوبر", "Daraa")]


def test_a_proper_name_after_an_area_word_in_a_town_or_in_a_towns_desert_is_the_place():
    # a bare name («منطقة كفرحمود بمدينة حلب») is a quarter's own name, not a spot that yields to the city; the
    # desert of a town («ببادية Y») lies outside it
    assert [p.name for p in _read("انفجرت سيارة في منطقة كفرحمود بمدينة حلب.") if not p.context] == ["كفرحمود"]
    assert [p.name for p in _read("قتل ثلاثة في غارات على منطقة الزهيرية ببادية الميادين.") if not p.context] == [
        "الزهيرية"]


def test_a_road_between_two_towns_the_gazetteer_lacks_is_coded_at_the_first():
    assert [p.name for p in _read("قتل شخصان على طريق كفرحمود - تل صنوبر بريف درعا الغربي")][:1] == ["كفرحمود"]
    assert [p.name for p in _read("قتل شخصان على طريق كفرحمود بريف درعا")][:1] == ["طريق كفرحمود"]


def test_an_adjective_after_a_districts_name_is_part_of_it():
    assert [p.name for p in _read("اندلع نزاع عشائري في قضاء الرميلة الكبير شمال مدينة العمارة")][:1] == [
        "الرميلة الكبير"]


def test_a_headed_name_goes_on_to_the_next_place_of_a_list_and_kafr_opens_names():
    found = _read("قصفت المدفعية مواقع في كل من تل حمدون وقرى كفرزيبان وحرملين في ريف حلب.")
    assert [p.name for p in found if not p.region] == ["تل حمدون", "كفرزيبان", "حرملين"]
    assert [p.name for p in _read("سقطت قذيفة قرب كفر صنوبر.")] == ["كفر صنوبر"]


def test_a_time_noun_or_a_verb_of_undergoing_after_an_unknown_name_is_not_part_of_it():
    assert [p.name for p in _read("شهدت مدينة حرملين الأسبوع الماضي قصفا عنيفا بالبراميل.")] == ["حرملين"]
    assert [p.name for p in _read("لا تزال منطقة كفرزيبان تشهد اشتباكات عنيفة.")] == ["كفرزيبان"]


def test_an_unknown_list_with_commas_a_locating_clause_or_right_after_the_verb_is_read():
    expected = ["كفرزيبان", "حرملين", "تل صنوبر"]
    for text in ("شنت الطائرات غارات على كفرزيبان، وحرملين، وتل صنوبر بريف إدلب.",
                 "شنت الطائرات غارات على كفرزيبان، حرملين وتل صنوبر في ريف إدلب.",
                 "شنت الطائرات غارات على كفرزيبان وحرملين وتل صنوبر الواقعة في ريف إدلب.",
                 "قصفت المدفعية كفرزيبان وحرملين وتل صنوبر بريف إدلب."):
        assert [p.name for p in _read(text) if not p.region] == expected, text
    assert [p.name for p in _read("قصف على بغداد، حسبما أفادت مصادر أمنية.")] == ["بغداد"]
    # indefinite common nouns have neither the article nor a head of place names: no list of places
    for text in ("سقطت قذائف على منزل ومسجد بريف إدلب.", "استهدفت غارة قافلة وشاحنات بريف حمص.",
                 "سقطت قذائف على بلدة حرملين ومنازل ومساجد بريف إدلب."):
        assert [p.name for p in _read(text) if not p.region] in ([], ["حرملين"]), text


def test_a_definite_type_word_and_a_colour_name_a_zone():
    found = _read("سقطت قذيفتان داخل المنطقة الحمراء في المدينة دون خسائر.")
    assert [p.name for p in found][:1] == ["المنطقة الحمراء"]


def test_words_after_a_place_joined_by_and_are_not_places():
    assert [p.name for p in _read("قتل مدنيان في إدلب وأصيب آخرون بجروح.")] == ["إدلب"]
    assert [p.name for p in _read("قصف على بغداد، حسبما أفادت مصادر أمنية.")] == ["بغداد"]
    # indefinite common nouns have neither the article nor a head of place names: no list of places
    for text in ("سقطت قذائف على منزل ومسجد بريف إدلب.", "استهدفت غارة قافلة وشاحنات بريف حمص.",
                 "سقطت قذائف على بلدة حرملين ومنازل ومساجد بريف إدلب."):
        assert [p.name for p in _read(text) if not p.region] in ([], ["حرملين"]), text
    assert [p.name for p in _read("اعتقالات في سوريا والعراق.")] == []


def test_a_direction_from_a_place_says_near_it_not_in_it():
    found = _read("قصفت الطائرات على عين ترما شرق دمشق.")
    assert (found[0].name, found[0].admin1) == ("عين ترما", "Rural Damascus")


def test_short_city_names_stand_alone():
    assert [p.name for p in _read("انفجار سيارة مفخخة في حمص.")] == ["حمص"]


def test_a_three_word_name_joined_by_a_kinship_word_and_a_bare_direction_ending_a_name():
    names = [p.name for p in _read("سيطروا على قرى قصر ابن وردان وكاجو شرقي وتل عطاش.")]
    assert names == ["قصر ابن وردان", "كاجو شرقي", "تل عطاش"]


def test_facilities_named_after_a_known_town_are_coded_at_the_town():
    assert [p.name for p in _read("انفجرت عبوة قرب مشفى القرداحة.")] == ["القرداحة"]
    assert [p.name for p in _read("انفجرت عبوة على طريق الكسارات في ريف القنيطرة.")][0] == "طريق الكسارات"


def test_a_road_inside_a_town_named_after_it_leaves_the_town_as_the_place():
    found = _read("عثر الأهالي على جثة شاب على طريق المسلخ في بلدة نوى غربي درعا.")
    assert [p.name for p in found if not p.context] == ["نوى"]


def test_a_road_is_read_only_after_a_locative():
    assert [p.name for p in _read("اعترضت المجموعة طريق الشاب واعتدت عليه.")] == []


def test_one_adjective_after_a_facility_or_quarter_word_is_no_name():
    assert [p.name for p in _read("قصفت الطائرات مشفى ميداني وحي سكني.")] == []
    assert [p.name for p in _read("اشتباكات في حي طي بمدينة القامشلي.")][0] == "طي"


def test_names_of_outlets_are_not_places():
    assert [p.name for p in _read("وفق ما نقلته قناة (الميادين) عن مصدر أمني.")] == []


def test_the_dual_subject_forms_and_iraqi_districts_are_type_words():
    assert [p.name for p in _read("شهدت بلدتا “كفرسجنة، حاس” قصفاً صاروخياً عنيفاً.")] == ["كفرسجنة", "حاس"]
    assert [p.name for p in _read("هجوم لداعش شمال قضاء خانقين في محافظة ديالى.")][0] == "خانقين"


def test_a_dual_countryside_names_two_governorates():
    found = [(p.name, p.admin1) for p in _read("استهدفت الضربات مواقع في ريفي دمشق ودرعا.")]
    assert found == [("ريف دمشق", "Rural Damascus"), ("درعا", "Daraa")]


def test_colour_adjectives_end_names_and_attached_pronouns_are_no_names():
    assert [p.name for p in _read("قصفت الطائرات منطقة الحزام الأخضر.")] == ["الحزام الأخضر"]
    assert [p.name for p in _read("عاد النازحون إلى مناطق سكناهم الأصلية.")] == []


def test_a_type_word_with_the_article_after_lam_names_nothing():
    assert [p.name for p in _read("اقتحم المسلحون المناطق الشرقية للبلدة باستخدام الدبابات.")] == []


def test_a_place_no_gazetteer_knows_lies_in_the_governorate_of_its_sentence():
    found = {p.name: p for p in _read("قصفت قوات النظام قرية المرجانة الشرقية وبلدة كفرزيتا.")}
    assert found["المرجانة الشرقية"].admin1 == "Hama" and found["المرجانة الشرقية"].assumed
    found = {p.name: p for p in _read("اشتباكات في قرية المرجانة الشرقية. وقصف على كفرزيتا واللطامنة ومورك.")}
    assert found["المرجانة الشرقية"].admin1 == "Hama"  # the report is about Hama


def test_an_unknown_town_of_the_capitals_governorate_lies_in_its_countryside():
    # the governorate of Damascus is the city alone: a town or village given it lies in Rural Damascus
    found = {p.name: p for p in _read("قصفت قوات النظام بلدة كفر زيتون في دمشق. وسقطت قذائف على حي المزة في دمشق.")}
    assert found["كفر زيتون"].admin1 == "Rural Damascus"
    found = {p.name: p for p in _read("سقطت قذيفة على بلدة عين الورد جنوب غرب دمشق.")}
    assert found["عين الورد"].admin1 == "Rural Damascus"
    found = {p.name: p for p in _read("قصفت الطائرات منطقة تل الزيتون شمال دمشق.")}
    assert found["تل الزيتون"].admin1 == "Rural Damascus"  # «north of Damascus»: outside the city
    found = {p.name: p for p in _read("سقطت قذيفة على حي البساتين القديم جنوب دمشق.")}
    assert found["البساتين القديم"].admin1 == "Damascus"  # a quarter said with «حي» stays in the city


def test_a_place_nothing_in_its_sentence_locates_lies_where_the_sentence_before_is():
    text = ("اشتباكات في حلب وإعزاز ومارع ومنبج والباب.\nوألقت المروحيات براميل على مدينة درعا.\n"
            "وسقطت البراميل على بلدة كفر الورد.")
    found = {p.name: p for p in _read(text)}
    assert found["كفر الورد"].admin1 == "Daraa" and found["كفر الورد"].assumed


def test_an_unknown_name_keeps_the_governorate_its_words_gave_it_and_locates_with_it():
    text = ("دمشق - قصفت الطائرات منطقة وادي السنديان شمال غربي دمشق، "
            "واستهدفت الضربات منطقة تل الصفصاف بريف وادي السنديان.")
    found = [(p.name, p.admin1) for p in _read(text) if not p.region]
    assert ("تل الصفصاف", "Rural Damascus") in found and ("وادي السنديان", "Rural Damascus") in found
    assert all(admin1 == "Rural Damascus" for name, admin1 in found if name != "دمشق")


def test_an_unknown_place_is_put_at_the_known_town_the_words_tie_it_to():
    from rasid.extraction.assemble import location_of

    found = _read("قصفت الطائرات قرية تل الورود قرب بلدة كفرزيتا. ثم عاد الطيران لقصف قرية تل الورود.")
    first, again = [p for p in found if p.name == "تل الورود"]
    assert first.anchor is not None and first.anchor.name_ar == "كفرزيتا" and again.anchor is first.anchor
    location = location_of(again)
    assert (location.admin1, location.geo_precision) == ("Hama", 2)
    assert (location.latitude, location.longitude) == (first.anchor.latitude, first.anchor.longitude)
    found = {p.name: p for p in _read("قصفت الطائرات قرية تل البنفسج بريف تل الورود قرب بلدة كفرزيتا.")}
    assert found["تل البنفسج"].anchor is not None and found["تل البنفسج"].anchor.name_ar == "كفرزيتا"
    found = {p.name: p for p in _read("دارت اشتباكات في قرية المرجانة الشرقية وبلدة كفرزيتا.")}
    location = location_of(found["المرجانة الشرقية"])  # only named with it: the town, at precision 3
    assert (location.admin1, location.geo_precision) == ("Hama", 3) and found["المرجانة الشرقية"].anchor.name_ar == "كفرزيتا"


def test_the_surroundings_of_a_town_locate_the_place_before_them():
    found = {p.name: p for p in _read("داهمت دورية للأمن منازل في منطقة تل البنفسج الواقعة في ضواحي العاصمة دمشق.")}
    assert found["تل البنفسج"].located_by.name == "دمشق" and found["تل البنفسج"].admin1 == "Rural Damascus"
    found = {p.name: p for p in _read("اعتقل الأمن شبانا من منطقة تل البنفسج في محيط دمشق.")}
    assert found["تل البنفسج"].admin1 == "Rural Damascus"  # around the city: in its countryside
    found = {p.name: p for p in _read("قتل شاب في حي تل البنفسج في ضواحي دمشق.")}
    assert found["تل البنفسج"].admin1 == "Damascus"  # a quarter stays in the city
    found = {p.name: p for p in _read("اعتقل الأمن شبانا من قرية تل البنفسج الواقعة في محيط مدينة منبج.")}
    assert found["تل البنفسج"].located_by.name == "منبج"
    found = {p.name: p for p in _read("اقتحمت القوات قريتي تل البنفسج ومحيط بلدة خان أرنبة.")}
    assert found["تل البنفسج"].located_by is None  # «و»: a second place, not where the first lies


def test_a_spot_on_a_towns_outskirts_is_the_place_of_its_event():
    doc = Doc("t", "استهدفت الطائرات مستشفى البنفسج بأطراف مدينة الميادين.")
    from rasid.extraction.pipeline import pipeline_for

    pipeline_for("ar")(doc)
    assert [e.location.name_ar for e in doc.events] == ["مستشفى البنفسج"]
    doc = Doc("t", "استهدفت الطائرات مستشفى البنفسج في مدينة الميادين.")
    pipeline_for("ar")(doc)
    assert [e.location.name_ar for e in doc.events] == ["الميادين"]  # in the town: the town is coded


def test_a_place_between_two_governorates_stays_unlocated():
    found = {p.name: p for p in _read("اشتباكات في قرية المرجانة الشرقية بين كفرزيتا وسراقب.")}
    assert found["المرجانة الشرقية"].admin1 is None


def test_a_quarter_in_a_town_named_with_a_glued_preposition():
    found = _read("قصف على حي الصناعة بالبوكمال.")
    assert (found[0].name, found[0].admin1, found[0].located_by.name) == ("الصناعة", "Deir ez-Zor", "البوكمال")


def test_a_region_named_with_a_governorate_is_its_part_there_and_locates_the_place_before_it():
    found = {p.name: p for p in _read("دارت اشتباكات في محيط قرية أم مدفع قرب الحدود السورية العراقية بريف الحسكة.")}
    assert found["أم مدفع"].admin1 == "Al-Hasakah"
    assert found["الحدود السورية العراقية"].admin1 == "Al-Hasakah"


def test_names_opened_by_a_word_in_another_case_and_letters_written_for_one_another():
    assert [(p.name, p.admin1) for p in _read("اندلع نزاع في قضاء أبي غريب.")] == [("أبي غريب", "Baghdad")]
    found = _read("قصفت الطائرات بلدة أبو الضهور.")
    assert found[0].place is not None and found[0].place.name_en == "Abu al-Duhur"


def test_punctuation_between_places_is_read_without_error():
    found = _read("قصف على قرية خربة جاموس بريف الحسكة الشرقي – ... بالقرب من جبل كوكب؛ وعلى الشدادي.")
    assert found[0].name == "خربة جاموس"


def test_a_place_named_again_keeps_the_governorate_it_was_given():
    found = [p for p in _read("قصف الطيران منطقة تل الشاير بريف الحسكة. ثم عاد الطيران لقصف منطقة تل الشاير.")
             if p.name == "تل الشاير"]
    assert [p.admin1 for p in found] == ["Al-Hasakah", "Al-Hasakah"] and found[1].assumed


def test_a_list_needs_a_name_that_stands_as_a_place_on_its_own():
    assert [p.name for p in _read("ردد المتظاهرون شعارات تنادي بالحرية والإصلاح.")] == []


def test_a_town_after_a_direction_or_near_words_is_a_point_of_reference():
    found = {m.name: m for m in _read("سقطت قذيفة بالقرب من قرية تل حميس شمال غربي الحسكة.")}
    assert found["الحسكة"].context and not found["تل حميس"].context
    assert found["تل حميس"].located_by is found["الحسكة"]
    found = {m.name: m for m in _read("دارت معارك في منطقة كرم الزيتون بشمال شرق مارع.")}
    assert found["مارع"].context and not found["كرم الزيتون"].context  # a named area, not a common noun
    found = {m.name: m for m in _read("انفجرت عبوة في قرية المعيصرة قرب قضاء الحويجة.")}
    assert found["الحويجة"].context


def test_a_village_known_only_in_another_governorate_than_its_sentence_names_is_a_namesake():
    found = {m.name: m for m in _read("شهدت بلدات المشيرفة والمنصورة ونوى الصغرى اشتباكات أمس في منطقة "
                                      "سهل الغاب بريف حماة.")}
    assert found["المنصورة"].admin1 == "Hama" and found["المنصورة"].place is None
    assert found["نوى الصغرى"].admin1 == "Hama"
    # a bare governorate name may be its capital city: it does not move a town named beside it
    found = {m.name: m for m in _read("نظم أهالي وقفة في طرطوس، كما جرت وقفة مماثلة في مدينة جبلة.")}
    assert found["جبلة"].admin1 == "Latakia"


def test_a_list_opened_after_the_region_of_its_plural():
    names = [m.name for m in _read("تقدمت القوات في خمس قرى بريف حلب الغربي وهي كفرناها وخان العسل وبسرطون.")]
    assert {"كفرناها", "خان العسل", "بسرطون"} <= set(names)
    assert [m.name for m in _read("يخوض مقاتلوها معارك هي الأعنف في مدينة الباب.")] == ["الباب"]


def test_a_name_may_go_on_with_a_word_normalisation_writes_like_a_preposition():
    assert [m.name for m in _read("سقطت قذائف على قرية بيت العلي التابعة لبلدة الحصن.")][:1] == ["بيت العلي"]
    assert [m.name for m in _read("تقدمت القوات في قرية كفرنبودة على الطريق الدولي.")][:1] == ["كفرنبودة"]


def test_words_of_nearness_end_a_name():
    assert [m.name for m in _read("قصفت المدفعية قريتي الزربة وبرنة القريبتين من بلدة الحاضر.")] == [
        "الزربة", "برنة", "الحاضر"]


def test_a_bare_governorate_name_in_a_list_of_towns_is_its_city_not_their_region():
    from rasid.extraction.pipeline import extract
    events = extract("شنت قوات الأمن حملة اعتقالات في درعا ودوما وحمص والقامشلي.", "t").to_dict()["events"]
    assert sorted((e["location"]["name_ar"], e["location"]["admin1"]) for e in events) == [
        ("القامشلي", "Al-Hasakah"), ("حمص", "Homs"), ("درعا", "Daraa"), ("دوما", "Rural Damascus")]


def _event_places(text: str) -> list[tuple]:
    from rasid.extraction.pipeline import extract
    return [(e["location"]["name_ar"], e["location"]["admin1"]) for e in extract(text, "t").to_dict()["events"]]


def test_a_places_other_name_in_brackets_plays_its_part():
    # the town only locates the village, under either of its names
    assert _event_places("استهدفت مسيرة تركية سيارة في قرية بير حسو بريف عين العرب (كوباني) الشرقي.") == [
        ("بير حسو", "Aleppo")]


def test_a_town_after_a_word_of_nearness_locates_the_places_before_it():
    assert _event_places("هاجم التنظيم قريتي تل عرش وخراب عشك القريبتين من عين العرب.") == [
        ("تل عرش", "Aleppo"), ("خراب عشك", "Aleppo")]
    assert _event_places("قصفت الطائرات قرية الحمام بالقرب من مدينة الطبقة.") == [("الحمام", "Raqqa")]


def test_a_word_the_writer_marks_indefinite_is_no_name():
    # «سوقًا مزدحمًا»: tanween marks a common noun or an adjective; the quarter named after it is the place
    assert _event_places("انفجرت سيارة مفخخة في سوق مزدحمًا بحي الكرادة في بغداد.") == [("الكرادة", "Baghdad")]


def test_a_four_letter_name_that_opens_like_a_preposition_and_article_is_read():
    # «بالي» is no «ب» + «ال» + one letter: the tribal name after «البو» is the village's
    assert _event_places("هاجم مسلحون قرية البو بالي في محافظة كركوك.") == [("البو بالي", "Kirkuk")]


def test_a_namesake_far_from_the_town_it_is_said_to_be_near_is_another_place():
    # the gazetteer's «الجولان» is the Golan Heights; a quarter north-west of Fallujah is in Anbar
    assert _event_places("سيطرت القوات العراقية على حي الجولان شمال غربي الفلوجة.") == [("الجولان", "Anbar")]


def test_a_place_joined_by_and_locates_nothing_before_it():
    # «والسويداء» is a second place of the list, not the region of the city before it
    assert ("حمص", "Homs") in _event_places("نفذت قوات الأمن مداهمات في مدينتي حمص في الوسط والسويداء في الجنوب.")


def test_the_preposition_ila_alone_is_no_name_after_a_type_word():
    # «من حي إلى آخر»: from one quarter to another, no quarter named «إلى»
    assert _event_places("داهمت قوات الأمن المنازل من حي إلى آخر في مدينة حماة.") in ([], [("حماة", "Hama")])


def test_an_area_the_gazetteer_lacks_near_a_town_is_a_place_of_its_own():
    # «قرب» says the area lies near the town, not inside it: the event is in the area, located by the town
    assert _event_places("انفجرت عبوة ناسفة بدورية للجيش في منطقة الرشيدية قرب الحويجة.") == [("الرشيدية", "Kirkuk")]


def test_upper_and_lower_are_part_of_a_name_even_after_a_known_one():
    assert _event_places("قصفت المدفعية قرية الشيخ مسكين العليا في ريف درعا.") == [("الشيخ مسكين العليا", "Daraa")]
    assert _event_places("انفجرت عبوة ناسفة في منطقة الزاب الأسفل قرب الحويجة.") == [("الزاب الأسفل", "Kirkuk")]


def test_a_district_named_with_qada_is_the_iraqi_place_of_that_name():
    # «قضاء» is Iraq's word for a district: Sinjar in Nineveh, not the town of that name in Idlib
    assert _event_places("قصفت طائرة مسيرة تركية موقعاً في قرية كرسي في قضاء سنجار.") == [("كرسي", "Nineveh")]


def test_a_known_town_right_after_a_trigger_or_its_side_is_its_object():
    # no locative: the town is what the verb hits
    assert _event_places("استهدفت قوات النظام زملكا بعشرة صواريخ.") == [("زملكا", "Rural Damascus")]


def test_a_suburb_of_the_capital_said_to_be_in_damascus_keeps_its_place():
    assert _event_places("دارت معارك في السيدة زينب في دمشق.") == [("السيدة زينب", "Rural Damascus")]


def test_a_place_the_report_also_calls_by_the_gazetteers_name_is_coded_under_it():
    text = ("تقدمت الفصائل نحو مدينة عين العرب (كوباني) شرقي حلب.\n"
            "وقصفت المدفعية التركية أطراف كوباني صباح اليوم.")
    assert {name for name, _ in _event_places(text)} == {"عين العرب"}
def test_a_governorate_name_joined_by_and_after_a_direction_is_the_next_of_a_list_not_its_region():
    found = places("اعتقلت قوات الأمن 25 شابا في مدينتي حماة في الوسط والسويداء في الجنوب.")
    assert found[0] == ("حماة", "Hama", False, False)
    assert found[1][0] == "السويداء" and not found[1][3]


def test_a_quarter_the_gazetteer_knows_only_in_another_city_is_not_taken_there():
    text = ("سقطت قذائف على أحياء في مدينة حلب. وقالت المصادر إن القذائف سقطت على حيي الميدان والأشرفية في حلب، "
            "وعلى حي الحمدانية في حلب.")
    midan = next(p for p in places(text) if p[0] == "الميدان")
    assert midan[1] != "Damascus"




def test_arriving_at_ends_a_list_of_places():
    names = [p[0] for p in places("في نواحي بلبلة وراجو وجنديرس وصولاً لمحور حمام جنوب غرب عفرين")]
    assert "صولا" not in names and names[:3] == ["بلبلة", "راجو", "جنديرس"]


def test_the_preposition_ila_after_a_type_word_is_no_name():
    assert [p[0] for p in places("وأوضح أن الأمن اقتحم حي الى حي في مدينة درعا")] == ["درعا"]
def test_of_two_places_spelt_like_a_short_english_name_the_clearly_closer_is_taken():
    from rasid.extraction.pipeline import extract
    events = extract("Unknown gunmen attacked a checkpoint in the town of al-Quraya on Monday.", "t").to_dict()[
        "events"]
    assert [(e["location"]["name_ar"], e["location"]["admin1"]) for e in events] == [("القريا", "As-Suwayda")]


def test_an_english_list_opened_by_they_are_far_from_its_plural_type_word():
    from rasid.extraction.pipeline import pipeline_for
    from rasid.text.doc import Doc
    from rasid.text.language import get_language
    doc = Doc("t", "The number of villages taken by the regime forces since Monday evening rose to four, they are Tal "
              "Hamis, Kherbet Nasr, Om Rumman, and Abu Jurdi.", get_language("en"))
    pipeline_for("en")(doc)
    assert [m.name for m in doc.places] == ["Tal Hamis", "Kherbet Nasr", "Om Rumman", "Abu Jurdi"]
    doc = Doc("t", "The villages were shelled on Monday, they are still empty of people.", get_language("en"))
    pipeline_for("en")(doc)
    assert doc.places == []


def test_a_village_belonging_to_a_district_is_located_by_it_not_a_place_of_its_own():
    # «التابعة لقضاء Y», «الواقعة في ناحية Y»: Y only says where the village is
    assert _event_places("انفجرت عبوة ناسفة بدورية للشرطة في قرية الصفصافة التابعة لقضاء الحويجة.") == [
        ("الصفصافة", "Kirkuk")]
    assert _event_places("هاجم مسلحون نقطة للجيش في قرية الصفصافة الواقعة في قضاء الحويجة.") == [
        ("الصفصافة", "Kirkuk")]


def test_a_country_named_right_after_a_place_says_which_place_of_that_name_it_is():
    # Sinjar is a town of Idlib and a district of Nineveh: «شمالي العراق» says which
    assert _event_places("قصفت مقاتلات تركية مخزناً للسلاح في بلدة سنجار الواقعة في شمال العراق.") == [
        ("سنجار", "Nineveh")]
    assert _event_places("قصفت طائرة مسيرة تركية موقعاً في سنجار شمالي العراق.") == [("سنجار", "Nineveh")]


def test_the_field_is_a_place_only_after_a_place_word():
    # «فروا من الميدان»: they fled the field; «حي الميدان» is the quarter
    assert _event_places("قال الناطق إن عناصر التنظيم فروا من الميدان بعد اشتباكات مع القوات العراقية في الرمادي.") \
        == [("الرمادي", "Anbar")]
    assert _event_places("سقطت قذائف هاون على حي الميدان في دمشق.") == [("الميدان", "Damascus")]


def test_an_empty_or_open_ground_is_no_name_after_a_place_word():
    # «ساحة فارغة», «منطقة مفتوحة»: an adjective, not a square or an area of that name
    assert _event_places("سقطت قذيفة هاون في ساحة فارغة داخل قاعدة الحبانية دون وقوع إصابات.") == [
        ("قاعدة الحبانية", "Anbar")]
    assert _event_places("سقطت قذيفة في منطقة مفتوحة قرب بلدة الحويجة.") == [("الحويجة", "Kirkuk")]


def test_popular_after_a_market_name_describes_it_and_is_no_part_of_the_name():
    # «سوق X الشعبية»: the popular market X
    assert _event_places("انفجرت سيارة مفخخة في سوق الرحمن الشعبية وسط الرمادي.")[0][0] == "سوق الرحمن"


def test_a_quarter_in_a_bank_of_the_city_of_the_town_is_one_place():
    # «حي X في الساحل الأيمن من مدينة الموصل»: «من مدينة» says whose bank it is; the quarter is the place
    assert _event_places("حررت القوات العراقية اليوم حي الفرسان في الساحل الأيمن من مدينة الموصل من تنظيم داعش.") == [
        ("الفرسان", "Nineveh")]


def test_a_quarter_the_gazetteer_knows_only_in_another_governorate_is_a_namesake_in_the_reports_own():
    text = ("واصلت القوات العراقية قتال تنظيم داعش في مدينة تكريت اليوم.\n"
            "وقال وزير الداخلية إن قوات الأمن تقاتل داعش في حي القادسية بشمال المدينة.")
    assert ("القادسية", "Salah al-Din") in _event_places(text)
    assert ("القادسية", "Nineveh") not in _event_places(text)


def test_a_town_a_distance_away_is_a_point_of_reference_not_a_place_of_the_event():
    # «التي تبعد (70 كم) شمال شرق بعقوبة»: Baqubah only says where the town lies
    assert _event_places("شن مسلحو داعش هجوما على موقع للجيش قرب ناحية جلولاء التي تبعد (70 كم) "
                         "شمال شرق بعقوبة.") == [("جلولاء", "Diyala")]
    # a place the gazetteer lacks, a few kilometres from the town, is located by it
    assert _event_places("انفجرت عبوة ناسفة في قرية الصفصافة (20 كم) جنوب بعقوبة.") == [("الصفصافة", "Diyala")]
    # one far away keeps the place the gazetteer gives it
    assert _event_places("تعرضت قاعدة بلد الجوية (64 كم شمال بغداد) لقصف بثمانية صواريخ كاتيوشا.") == [
        ("قاعدة بلد الجوية", "Salah al-Din")]


def test_an_outlet_named_again_on_its_own_is_still_the_outlet():
    text = ("أفادت مصادر الميادين باستهداف قاعدة عين الأسد بصواريخ كاتيوشا.\n"
            "وسقط صاروخ آخر على القاعدة الشهر الماضي، وفق ما أفاد به الميادين مصدر أمني.")
    assert {name for name, _ in _event_places(text)} == {"قاعدة عين الأسد"}
    # the town after «في» is the town
    assert _event_places("قالت مصادر الميادين إن اشتباكات اندلعت في الميادين بين قسد وداعش.") == [
        ("الميادين", "Deir ez-Zor")]


def test_areas_named_by_what_is_done_there_are_no_place_names():
    # «مناطق تخزين الأسلحة», «مناطق إطلاق الصواريخ»: what the areas are for, not their names
    assert _event_places("شنت طائرات التحالف غارات على مواقع الميليشيات في البوكمال ومناطق تخزين الأسلحة.") == [
        ("البوكمال", "Deir ez-Zor")]


def test_various_or_the_rest_of_the_cities_after_a_place_is_no_place():
    # «في بغداد ومختلف المدن العراقية», «وباقي المحافظات»: a quantifier, not a second name
    assert [name for name, _ in _event_places(
        "تظاهر آلاف المحتجين في ساحة التحرير ببغداد ومختلف المدن العراقية.")] == ["ساحة التحرير"]
    assert [name for name, _ in _event_places("تظاهر آلاف المحتجين في الناصرية وباقي مدن الجنوب.")] == ["الناصرية"]


def test_a_verbal_noun_after_a_list_of_villages_ends_the_list():
    # «… وحليلة وإدامة التماس»: «maintaining contact» is no village
    names = [name for name, _ in _event_places(
        "حررت القوات العراقية قرى شويته وحليلة وادامة التماس مع القطعات في قضاء الموصل من تنظيم داعش.")]
    assert "ادامة" not in names and "ادامة التماس" not in names


def test_a_base_named_without_the_adjective_that_ends_its_name_is_that_base():
    # «قاعدة بلد» is Balad air base («قاعدة بلد الجوية»), not a place at the town of Balad
    from rasid.extraction.pipeline import extract
    events = extract("سقطت ثلاثة صواريخ كاتيوشا على قاعدة بلد فجر الأحد دون أن توقع خسائر.", "t").to_dict()[
        "events"]
    assert [(e["location"]["name_en"], e["location"]["admin1"]) for e in events] == [
        ("Balad airbase", "Salah al-Din")]


def test_the_bank_of_a_city_locates_the_quarters_before_it():
    # «بساحل مدينة الموصل الأيسر»: the left bank of Mosul says where the quarters are; Mosul is no place of its own
    names = [name for name, _ in _event_places(
        "طردت قوات مكافحة الإرهاب مسلحي داعش من حيي الزهور والمثنى بساحل مدينة الموصل الأيسر "
        "بعد معارك دامت يومين.")]
    assert "الموصل" not in names and "الزهور" in names


# --- with places imported into the gazetteer store (invented rows laid over the built-in places) -----------------

def _with_imported(monkeypatch, *rows: dict) -> None:
    from rasid.geo import places as places_module
    from rasid.geo.gazetteer import Gazetteer, Place

    extra = [Place(**{"admin2": None, "country": "SY", "latitude": 35.0, "longitude": 38.0, "population": None,
                      "alt_ar": (), "alt_en": (), "source": "wof", "source_id": f"t{i}", **row})
             for i, row in enumerate(rows)]
    gazetteer = Gazetteer(list(Gazetteer.builtin().places) + extra)
    monkeypatch.setattr(places_module, "current_gazetteer", lambda: gazetteer)


def test_an_imported_name_without_the_article_does_not_hide_the_city_with_it(monkeypatch):
    _with_imported(monkeypatch,
                   {"name_ar": "ناصرية", "name_en": "Nasiriyah", "kind": "village", "admin1": "Aleppo"},
                   {"name_ar": "زبير", "name_en": "Zubayr", "kind": "village", "admin1": "Hama"})
    assert places("قتل مسلحون متظاهرين في الناصرية مساء أمس.") == [("الناصرية", "Dhi Qar", False, False)]
    assert places("وقال زبير إن المسلحين فروا.") == []  # a man's name, not the imported village


def test_a_built_in_name_without_the_article_is_not_hidden_by_an_imported_one_with_it(monkeypatch):
    _with_imported(monkeypatch, {"name_ar": "المعدان", "name_en": "Al Maadan", "kind": "village",
                                 "admin1": "Basra", "country": "IQ"})
    assert places("قتل جندي في هجوم قرب معدان أمس.")[0][:2] == ("معدان", "Raqqa")


def test_a_subdistricts_population_does_not_make_its_name_stand_alone(monkeypatch):
    _with_imported(monkeypatch, {"name_ar": "صور", "name_en": "Sur", "kind": "subdistrict",
                                 "admin1": "Deir ez-Zor", "population": 37000})
    assert places("ونشر ناشطون صور القتلى على مواقع التواصل.") == []


def test_a_town_of_some_thousands_does_not_outvote_its_namesake_in_the_reports_governorate(monkeypatch):
    _with_imported(monkeypatch,
                   {"name_ar": "كفر نجوم", "name_en": "Kafr Nujum", "kind": "town", "admin1": "Hama",
                    "population": 28000},
                   {"name_ar": "كفر نجوم", "name_en": "Kafr Nujum", "kind": "village", "admin1": "Aleppo"})
    found = places("قصفت المدفعية مدينة الأتارب وبلدة كفر نجوم ومدينة إعزاز.")
    assert ("كفر نجوم", "Aleppo") in [(p[0], p[1]) for p in found]


def test_a_quarter_of_a_governorate_named_once_in_passing_lies_in_the_city_the_report_is_about(monkeypatch):
    _with_imported(monkeypatch, {"name_ar": "الرشيدية", "name_en": "Rashidiya", "kind": "neighbourhood",
                                 "admin1": "Baghdad", "country": "IQ"},
                   {"name_ar": "الرشيدية", "name_en": "Rashidiya", "kind": "town", "admin1": "Basra", "country": "IQ"})
    text = ("تقاتل القوات العراقية في مدينة تكريت. وقالت إن المعارك في تكريت تتركز في حي الرشيدية بشمال المدينة.\n"
            "وأضاف أن تكريت ستتحرر قريبا، وأن تكريت آمنة. وعاد الوزير إلى بغداد.")
    rashidiya = next(p for p in places(text) if p[0] == "الرشيدية")
    assert rashidiya[1] == "Salah al-Din"


def test_a_letter_that_is_also_a_preposition_does_not_cut_a_word_into_an_imported_village(monkeypatch):
    _with_imported(monkeypatch, {"name_ar": "تيبة", "name_en": "Tiba", "kind": "village", "admin1": "Daraa"})
    names = [p[0] for p in places("قصفت الطائرات محيط إزرع وكتيبة نامر وتل محجة في ريف درعا الشمالي.")]
    assert "كتيبة نامر" in names and "تل محجة" in names


def test_a_town_named_like_an_imported_sub_district_is_the_town(monkeypatch):
    _with_imported(monkeypatch, {"name_ar": "صور", "name_en": "Sur", "kind": "subdistrict",
                                 "admin1": "Deir ez-Zor", "population": 37000})
    assert places("قصفت الطائرات بلدة الصور بالريف الشمالي لدير الزور.")[0] == ("الصور", "Deir ez-Zor", False, False)


def test_a_checkpoint_is_coded_at_an_imported_village_only_in_a_governorate_the_report_names(monkeypatch):
    _with_imported(monkeypatch,
                   {"name_ar": "العبود", "name_en": "Al Abbud", "kind": "village", "admin1": "Dhi Qar",
                    "country": "IQ"},
                   {"name_ar": "المتونة", "name_en": "Al Mutawnah", "kind": "village", "admin1": "As-Suwayda"})
    assert places("سيطرت الفصائل على حاجز العبود بالقرب من مورك.")[0][0] == "حاجز العبود"
    assert places("هاجم مسلحون حاجز المتونة في ريف السويداء.")[0][0] == "المتونة"


def test_an_anaphor_is_the_namesake_its_antecedent_was_finally_read_as(monkeypatch):
    _with_imported(monkeypatch,
                   {"name_ar": "المغير", "name_en": "Al Mughayr", "kind": "village", "admin1": "Quneitra"},
                   {"name_ar": "المغير", "name_en": "Al Mughayr", "kind": "village", "admin1": "Hama"})
    found = _read("سيطرت الفصائل على نقاط في منطقة المغير بريف حماة الشمالي، واستمرت الاشتباكات في المنطقة.")
    anaphor = next(m for m in found if m.anaphor)
    assert anaphor.name == "المغير" and anaphor.admin1 == "Hama"


def test_a_village_anaphor_is_the_village_not_the_town_that_locates_it():
    # «القرية» after «قرية X شرقي مدينة Y»: the village; «المدينة» after «حي X جنوب مدينة Y» stays the city
    found = [(p.name, p.anaphor) for p in find_places(Doc("t", "سقطت قذائف على قرية تل عرن شرقي مدينة السفيرة، ثم "
                                                          "حلقت طائرة مسيرة فوق القرية."))]
    assert found[-1] == ("تل عرن", True)
    found = [(p.name, p.anaphor) for p in find_places(Doc("t", "دخلت دورية إلى قرية تل عرن قرب السفيرة، وفتشت منازل "
                                                          "القرية."))]
    assert found[-1] == ("تل عرن", True)
    found = [(p.name, p.anaphor) for p in find_places(Doc("t", "سقطت قذائف على حي طي جنوب مدينة القامشلي، وانتشرت "
                                                          "قوات الأمن في المدينة."))]
    assert found[-1] == ("القامشلي", True)


def test_a_spelling_an_import_added_to_a_built_in_town_needs_a_type_word(monkeypatch):
    from dataclasses import replace

    from rasid.geo import places as places_module
    from rasid.geo.gazetteer import Gazetteer

    merged = [replace(p, alt_ar=p.alt_ar + ("الأشارة",), population=20000) if p.name_ar == "العشارة" else p
              for p in Gazetteer.builtin().places]
    gazetteer = Gazetteer(merged)
    monkeypatch.setattr(places_module, "current_gazetteer", lambda: gazetteer)
    assert places("واكتفى البيان بالإشارة إلى أن التفاصيل ستنشر لاحقا.") == []
    assert places("قصفت المدفعية مدينة العشارة.")[0][:2] == ("العشارة", "Deir ez-Zor")


def test_a_village_known_only_in_another_governorate_than_the_report_is_about_is_a_namesake():
    text = ("اشتبكت الفصائل مع قسد في رأس العين. وانتشرت قوات النظام في قرى الأسدية والكسرة.\n"
            "وكانت القوات دخلت أبو راسين وتل تمر والدرباسية أمس.")
    found = {p[0]: p[1] for p in places(text)}
    assert found["الكسرة"] == "Al-Hasakah" and found["الأسدية"] == "Al-Hasakah"


def test_a_name_opening_with_a_word_only_place_names_open_with_is_a_place_after_a_locative():
    found = places("انفجرت عبوة ناسفة قرب تل الغزلان العسكري بريف درعا الغربي.")
    assert found[0][0] == "تل الغزلان"
    assert places("قصفت المدفعية تل رفعت.")[0][:2] == ("تل رفعت", "Aleppo")  # a known name stays the gazetteer's


def test_a_known_place_said_to_lie_a_short_distance_from_a_town_is_not_a_far_namesake(monkeypatch):
    _with_imported(monkeypatch, {"name_ar": "الجزيرة", "name_en": "Al Jazirah", "kind": "neighbourhood",
                                 "admin1": "Baghdad", "country": "IQ", "latitude": 33.3, "longitude": 44.4})
    text = "تقدمت القوات صباحا إلى قرية الجزيرة (20 كم غرب تكريت). وقالت مصادر في بغداد إن المسلحين فروا."
    jazira = next(p for p in places(text) if p[0] == "الجزيرة")
    assert jazira[1] == "Salah al-Din"


def test_the_desert_of_a_village_is_coded_at_the_village_and_a_tribes_desert_keeps_its_word():
    assert places("هاجم مسلحون عمال الكمأة ببادية كباجب بريف دير الزور الغربي.")[0][:2] == ("كباجب", "Deir ez-Zor")
    assert places("قصفت الطائرات مواقع في بادية الشعيطات بريف دير الزور.")[0][0] == "بادية الشعيطات"
    found = places("قتل 6 عناصر بغارات على منطقة المزيرعة ببادية الميادين.")
    assert found[0][:2] == ("المزيرعة", "Deir ez-Zor")  # the desert of a town locates the place before it


def test_a_place_said_to_be_a_city_is_not_a_village_namesake_in_the_reports_governorate(monkeypatch):
    _with_imported(monkeypatch, {"name_ar": "رأس العين", "name_en": "Ras al Ayn", "kind": "village",
                                 "admin1": "Aleppo"})
    text = ("قصفت المدفعية مدينة الباب ومدينة منبج وبلدة تادف في ريف حلب.\n"
            "وفي سياق آخر نزح مدنيون من مدينة رأس العين.")
    ras = next(p for p in places(text) if p[0] == "رأس العين")
    assert ras[1] == "Al-Hasakah"


def test_a_head_written_glued_or_apart_finds_the_same_place():
    # «كفر نبل» is the gazetteer's «كفرنبل», «خانشيخون» its «خان شيخون»
    assert places("قصفت قوات النظام كفر نبل وحاس.")[0][:2] == ("كفر نبل", "Idlib")
    assert places("قتل مدنيان بقصف على خانشيخون.")[0][:2] == ("خانشيخون", "Idlib")


def test_a_building_named_after_a_governorate_city_is_in_the_city():
    # «سجن حماة المركزي», «مشفى إدلب الوطني»: the city the building is in, not its governorate at region precision
    for text in ("قصف الطيران الحربي سجن حماة المركزي.", "سقطت قذائف على مشفى إدلب الوطني."):
        found = find_places(Doc("t", text))
        assert len(found) == 1 and not found[0].region and found[0].place.kind != "governorate"


def test_a_direction_from_a_governorate_city_is_measured_from_the_city():
    # «شمالي حمص»: the governorate's middle lies far out in the desert; Talbiseh is north of the city
    found = find_places(Doc("t", "قصفت الطائرات الحربية مدينتي الرستن وتلبيسة شمالي حمص."))
    assert [(m.name, m.place is not None) for m in found if not m.context] == [("الرستن", True), ("تلبيسة", True)]
    # or from the governorate's middle, where its city lies at one end («الميادين شرقي دير الزور»)
    found = find_places(Doc("t", "قتل مدني بغارة على مدينة الميادين شرقي دير الزور."))
    assert found[0].place is not None and found[0].place.kind != "governorate"


def test_an_office_named_after_a_governorate_says_where_the_report_is():
    # «محافظ حلب» is no place of an event, but a quarter of a name shared with Iraq is then Aleppo's
    assert places("قال محافظ حلب إن قذائف سقطت على حي الحمدانية.") == [("الحمدانية", "Aleppo", False, False)]


def test_a_share_is_no_border_town_without_its_type_word():
    # «نصيب» (a share) is the town of Nasib only after a type word («بلدة نصيب», «معبر نصيب»)
    assert [p[0] for p in places("قصفت قوات النظام بلدة الهبيط وكان لبلدة التمانعة نصيب من القصف.")] == ["الهبيط", "التمانعة"]
    assert places("سيطرت الفصائل على بلدة نصيب.")[0][:2] == ("نصيب", "Daraa")


def test_a_list_of_quoted_names_joined_by_a_detached_and():
    # «قرى "X" و"Y"»: the «و» stands apart before each quoted name
    assert [p[0] for p in places('قصفت قوات النظام بلدات «كفرنبل» و«حاس» و«كفرومة».')] == ["كفرنبل", "حاس", "كفرومة"]
    assert [p[0] for p in places("قصفت قوات النظام بلدتي كفرنبل و حاس.")] == ["كفرنبل", "حاس"]
    assert [p[0] for p in places('قصفت قوات النظام "كفرنبل" و"حاس".')] == ["كفرنبل", "حاس"]  # (no type word)


def test_a_bare_type_word_after_a_town_opens_the_next_place():
    # «المتمركزة في مورك بلدة اللطامنة»: Latamneh is the object shelled, not the town Morek lies in
    assert [p[0] for p in places("قصفت قوات النظام المتمركزة في مورك بلدة اللطامنة.") if not p[3]] == ["مورك", "اللطامنة"]


def test_a_head_and_a_common_word_that_ends_the_phrase_are_one_name():
    # «الشيخ علي», «تل جمعة»: a man's name or a weekday after a head; «تل على الطريق» is no name «تل على»
    assert places("قصفت قوات النظام قرية الشيخ علي.")[0][0] == "الشيخ علي"
    assert places("قصف الجيش التركي قرية تل جمعة بريف تل تمر.")[0][:2] == ("تل جمعة", "Al-Hasakah")
    assert places("قصفت قوات النظام بلدة تل على الطريق الدولي.")[0][0] == "تل"


def test_english_adjective_before_the_type_word_of_a_locating_town():
    from datetime import date as _date

    from rasid.extraction.pipeline import extract as _extract
    events = _extract("Gunmen killed at least 20 people in the village of Bayda near the coastal town of Baniyas.", "t",
                      _date(2013, 5, 3)).to_dict()["events"]
    assert [e["location"]["name_en"] for e in events] == ["Bayda"]


def test_english_a_place_written_with_the_possessive_locates_the_next():
    from datetime import date as _date

    from rasid.extraction.pipeline import extract as _extract
    events = _extract("Rockets fired from Idlib landed on the city of Aleppo's Al-Hamdaniya neighbourhood, wounding five "
                      "civilians.", "t", _date(2019, 12, 1)).to_dict()["events"]
    assert [(e["location"]["name_en"], e["location"]["admin1"]) for e in events] == [("Al-Hamdaniya", "Aleppo")]


def test_english_a_capitalised_word_after_a_village_name_goes_on_with_it():
    from datetime import date as _date

    from rasid.extraction.pipeline import extract as _extract
    events = _extract("Two members of the Peshmerga were wounded when an IED struck their vehicle near the village of "
                      "Qara Salim on Sunday.", "t", _date(2020, 9, 14)).to_dict()["events"]
    assert [(e["location"]["name_en"], e["location"]["admin1"]) for e in events] == [("Qara Salim", None)]


def test_kurdish_outlets_spellings_of_towns():
    from datetime import date as _date

    from rasid.extraction.pipeline import extract as _extract
    for name, admin1 in (("Sulaimani", "Sulaymaniyah"), ("Amude", "Al-Hasakah"), ("Tirbespiye", "Al-Hasakah"),
                         ("Dirbesiye", "Al-Hasakah")):
        events = _extract(f"Turkish drones struck a car in {name} on Monday, killing two people.", "t",
                          _date(2022, 5, 10)).to_dict()["events"]
        assert [e["location"]["admin1"] for e in events] == [admin1], name
def test_an_indefinite_adjective_after_a_known_name_is_part_of_a_twin_villages_name():
    # «سويدان جزيرة» and «سويدان شامية» lie on the two banks of the Euphrates; «X عتيق/جديد» are old and new
    # villages of one name: the adjective is part of the name even when the gazetteer knows only «X»
    assert [p.name for p in _read("أصيب راع بطلق ناري عند أطراف قرية سويدان جزيرة شرق دير الزور.")][0] == "سويدان جزيرة"
    assert [p.name for p in _read("داهمت قوة أمنية قرية الطيبة شامية بريف دير الزور.")][0] == "الطيبة شامية"
    assert [p.name for p in _read("شنت طائرات مجهولة غارات على بادية معدان عتيق جنوب شرقي الرقة.")][0] == "معدان عتيق"
    # a direction after a region word is the region's side, not part of the name
    assert [p.name for p in _read("قتل راعيان بانفجار لغم في بادية حمص الشرقية.")][0] == "حمص"


def test_of_two_places_after_between_the_first_is_coded_and_the_second_locates_it():
    # «بين X وY»: one point between two places; as «between the villages of X and Y» in English
    found = [(p.name, p.context) for p in _read("سقطت البراميل على الأراضي الزراعية الواقعة بين داريا والمعضمية.")]
    assert found == [("داريا", False), ("المعضمية", True)]
    found = [(p.name, p.context) for p in _read("قصف التحالف المنطقة الفاصلة بين حيي المشلب والصناعة في الرقة.")]
    assert found[:2] == [("المشلب", False), ("الصناعة", True)]
    # governorates after «بين» say where the place before them lies, the first filing it
    found = [(p.name, p.admin1, p.context) for p in
             _read("انفجرت عبوة عند مدخل قرية أم الخناجر الحدودية بين ديالى وصلاح الدين.")]
    assert found[0] == ("أم الخناجر", "Diyala", False) and all(c for _, _, c in found[1:])


def test_a_town_near_which_a_desert_event_happened_is_the_place_coded():
    # «في صحراء الأنبار قرب قضاء الرطبة»: the most specific place named is the town
    found = [(p.name, p.context, p.precision) for p in
             _read("اشتبك الجيش مع مسلحين في صحراء الأنبار قرب قضاء الرطبة.")]
    assert ("الرطبة", False, 2) in found and ("صحراء الأنبار", True, 3) in found


def test_a_direction_after_a_known_name_after_area_words_names_a_village_of_its_own():
    # «منطقتي المليحة الشرقية وصما»: a village of Daraa beside «المليحة» of Rural Damascus; after a front word
    # the direction is the front's side («محاور أبو الضهور الغربية»)
    assert [p.name for p in _read("سقطت براميل على منطقتي المليحة الشرقية وناحتة.")][0] == "المليحة الشرقية"


def test_a_name_the_gazetteer_knows_with_its_type_word_is_found_written_without_it():
    # «مدينة الصدر» is Sadr City; coded without the type word, as GUIDELINES ask, but geocoded as the quarter
    found = [(p.name, p.name_en, p.admin1) for p in _read("اغتال مسلحون مجهولون ناشطا في مدينة الصدر ليلا.")]
    assert found[0] == ("الصدر", "Sadr City", "Baghdad")
    # (a region named with «منطقة» is not so found: «منطقة الجزيرة» near Tikrit is no Jazira of Hasakah)
    assert [p.admin1 for p in _read("صد الحشد هجوما في منطقة الجزيرة (20 كم شمال تكريت).")][0] == "Salah al-Din"


def test_a_quarter_in_a_part_of_the_city_lies_there_not_in_a_namesake_quarter_elsewhere():
    found = [(p.name, p.admin1, p.context) for p in _read("داهمت قوة أمنية منزلا في حي الصالحية بالرصافة.")]
    assert found == [("الصالحية", "Baghdad", False), ("الرصافة", "Baghdad", True)]


def test_a_complex_is_named_like_a_desert_a_bare_name_is_the_town_a_definite_one_keeps_the_word():
    # «مجمع خانصور» (a collective town of Sinjar): the town, nearby; «مجمع المخازن» (the stores): the complex itself
    assert [(p.name, p.admin1, p.precision) for p in _read("قصفت طائرة مسيرة سيارة داخل مجمع خانصور.")][0] \
        == ("خانصور", "Nineveh", 2)
    assert [p.name for p in _read("فجر انتحاري سيارة عند مجمع المخازن الحكومية جنوب كركوك.")][0] == "مجمع المخازن"
    assert [p.name for p in _read("قصفت الطائرات مجمعا سكنيا وسط المدينة.")] == []


def test_a_desert_is_named_like_a_badiya_the_town_it_surrounds_nearby():
    assert [(p.name, p.admin1, p.precision) for p in _read("هاجم مسلحون موقعا للجيش في صحراء النخيب.")][0] \
        == ("النخيب", "Anbar", 2)
    assert [p.name for p in _read("قتل راعيان بانفجار لغم في صحراء الأنبار.")][0] == "صحراء الأنبار"


def test_kurdish_names_of_jazira_towns_are_known():
    # the names Kurdish outlets write: «قامشلو» (Qamishli), «ديرك» (Al-Malikiyah), «تربه سبيه» (Al-Qahtaniyah)
    for text, en in (("قصفت مسيرة تركية سيارة في قامشلو.", "Qamishli"), ("قصفت مسيرة تركية سيارة في ديرك.", "Al-Malikiyah"),
                     ("قصفت مسيرة تركية سيارة في بلدة تربه سبيه.", "Al-Qahtaniyah")):
        assert [(p.name_en, p.admin1) for p in _read(text)][0] == (en, "Al-Hasakah"), text


def test_the_hospital_casualties_were_taken_to_is_no_place_of_the_event():
    found = [(p.name, p.context) for p in _read("أصيب مدنيان بقصف على بلدة بنش ونقلا إلى مشفى إدلب المركزي.")]
    assert found == [("بنش", False), ("إدلب", True)]
    found = [(p.name, p.context) for p in
             _read("انفجر لغم بطفل في قرية كفرصفرة، وجرى نقله إلى مستشفى ميداني في مركز مدينة جنديرس.")]
    assert found == [("كفرصفرة", False), ("جنديرس", True)]
    assert [p.context for p in _read("وصلت جثث القتلى إلى مستشفى الباسل في طرطوس.")][:1] == [False]  # (who arrived)
    # troops reaching a town, and a wound received there, are no such words
    assert [p.context for p in _read("وصلت قوات النظام إلى بلدة كفرنبل.")] == [False]
    assert [p.context for p in _read("نقل إلى المشفى بعد إصابته في قرية حاس.")] == [False]


def test_a_bare_direction_before_a_locative_ends_the_name_of_a_village():
    # «قرية X غربي في …», «… شمالي بريف Y»: no place follows the direction, so it is part of the name
    assert [p.name for p in _read("قصفت الطائرات قرية تل مراد غربي بريف الرقة.")][0] == "تل مراد غربي"
    assert [p.name for p in _read("قصفت الطائرات قرية المشيرفة شمالي في ريف حماة.")][0] == "المشيرفة شمالي"
    assert [p.name for p in _read("قصفت الطائرات قرية كوكب غربي بلدة تل تمر.")][0] == "كوكب"  # (west of a town)


def test_words_that_locate_a_place_do_not_continue_its_name():
    # «المزرعة» opens names («مزرعة» is a head), but «التابعة لقضاء …», «الواقعة شرق …» say where it lies
    found = [(p.name, p.context) for p in _read("هاجم مسلحون قرية المزرعة التابعة لقضاء الدبس غربي كركوك.")]
    assert found[0] == ("المزرعة", False) and found[1] == ("الدبس", True)


def test_the_countryside_named_by_a_governorate_adjective_locates_the_village_before_it():
    # «في الريف الحلبي الجنوبي» as «بريف حلب الجنوبي»; a namesake elsewhere (Awja of Salah al-Din) is not it
    assert [(p.name, p.admin1) for p in _read("قصفت الطائرات قرية عوجة في الريف الحلبي الجنوبي.")][0] == ("عوجة", "Aleppo")
    assert [(p.name, p.admin1) for p in _read("قتل راع في قرية أم شرشوح بالريف الحمصي.")][0] == ("أم شرشوح", "Homs")
    # alone, «الريف الحموي» is the governorate at region precision, named as a coder names it
    found = [(p.name, p.admin1, p.precision) for p in _read("قصفت قوات النظام قرى في الريف الحموي الشمالي.")]
    assert found == [("حماة", "Hama", 3)]


def test_a_valley_no_gazetteer_knows_is_named_after_a_type_word():
    # the «و» of the head «وادي» is no conjunction
    found = [(p.name, p.admin1) for p in _read("قتل راعيان بانفجار لغم في منطقة وادي العجيج جنوب الحسكة.")]
    assert found[0] == ("وادي العجيج", "Al-Hasakah")


def test_an_event_noun_after_an_area_word_names_the_scene_not_a_place():
    assert [p.name for p in _read("حلقت المروحيات فوق منطقة الإنزال الجوي شرق الرقة.")] == ["الرقة"]
    assert [p.name for p in _read("طوقت قوات الأمن منطقة الانفجار ومنعت الاقتراب منها.")] == []


def test_villages_of_the_jisr_al_shughur_and_wadi_barada_areas_are_known():
    assert [(p.name, p.admin1) for p in _read("قصفت قوات النظام اليعقوبية والقنية بريف جسر الشغور.")][:2] \
        == [("اليعقوبية", "Idlib"), ("القنية", "Idlib")]
    assert [(p.name, p.admin1) for p in _read("سقطت قذائف على بلدة الهامة.")] == [("الهامة", "Rural Damascus")]
    assert [p.name for p in _read("سيطرت الفصائل على المواقع الهامة.")] == []  # (the adjective needs the type word)


def test_iraqi_towns_that_are_also_common_words_need_a_type_word():
    assert [(p.name, p.admin1) for p in _read("انفجرت عبوة ناسفة في ناحية العظيم شمالي ديالى.")][0] == ("العظيم", "Diyala")
    assert [(p.name, p.admin1) for p in _read("هاجم مسلحون قضاء الدور جنوب تكريت.")][0] == ("الدور", "Salah al-Din")
    assert [p.name for p in _read("أشاد المسؤول بالدور العظيم للقوات الأمنية.")] == []
    assert [(p.name, p.admin1) for p in _read("عثر على جثة شاب في شط العرب.")][0] == ("شط العرب", "Basra")


def test_coastal_and_suwayda_villages_of_the_2025_fighting_are_known():
    assert [(p.name, p.admin1) for p in _read("قتل مدنيون في قرية المختارية.")][0] == ("المختارية", "Latakia")
    assert [(p.name, p.admin1) for p in _read("اشتبك مسلحون في بلدة الصورة الكبيرة.")][0] == ("الصورة الكبيرة", "As-Suwayda")
    assert [(p.name, p.admin1) for p in _read("قتل مدنيون في قرية الصنوبر.")][0] == ("الصنوبر", "Latakia")
    assert [p.name for p in _read("احترقت أشجار الصنوبر في الغابة.")] == []  # (the pine needs the type word)


def test_villages_of_the_deir_ez_zor_countryside_are_known():
    assert [(p.name, p.admin1) for p in _read("اغتال مسلحون شابا في قرية محيميدة.")][0] == ("محيميدة", "Deir ez-Zor")
    assert [(p.name, p.admin1) for p in _read("داهمت قسد منازل في بلدة الصور.")][0] == ("الصور", "Deir ez-Zor")
    assert [p.name for p in _read("نشر الناشطون الصور على مواقع التواصل.")] == []  # («the pictures»)


def test_the_city_after_a_dateline_naming_a_governorate_is_its_city():
    # «درعا – خاص: … في المدينة»: no city named before; the governorate's name names its city too
    found = [(p.name, p.admin1, p.anaphor, p.region) for p in _read("درعا – خاص: اغتال مسلحون مجهولون شابا في المدينة.")]
    assert ("درعا", "Daraa", True, False) in found


def test_a_direction_after_a_known_town_after_an_outskirts_word_is_the_outskirts_side():
    assert [p.name for p in _read("اندلعت اشتباكات على أطراف بلدة تادف الشرقية.")][0] == "تادف"
    assert [p.name for p in _read("سقطت قذائف على محيط قرية الهبيط الجنوبي.")][0] == "الهبيط"


def test_a_named_square_in_a_town_is_the_place_coded():
    # «ساحة الساعة بمدينة حمص»: coders code the square (a road or a hospital in a town gives the town)
    found = [(p.name, p.context) for p in _read("تظاهر المئات في ساحة الساعة بمدينة حمص.")]
    assert found == [("ساحة الساعة", False), ("حمص", True)]
    found = [(p.name, p.context) for p in _read("انفجرت عبوة ناسفة على طريق المجبل في بلدة محجة.")]
    assert found == [("طريق المجبل", True), ("محجة", False)]


def test_the_town_a_victim_hails_from_is_no_place_of_the_event():
    found = [(p.name, p.context) for p in _read("قتل شاب برصاص مجهولين في بلدة طفس، وينحدر الشاب من مدينة نوى.")]
    assert found == [("طفس", False), ("نوى", True)]
    found = [(p.name, p.context) for p in _read("اغتيل في مدينة درعا مدرس منحدر من بلدة الحراك.")]
    assert found == [("درعا", False), ("الحراك", True)]


def test_where_people_were_led_away_or_fled_to_is_no_place_of_the_event():
    found = [(p.name, p.context) for p in
             _read("اعتقلت قوات النظام شابا في بلدة الكسوة واقتادته إلى فرع الأمن العسكري في دمشق.")]
    assert found == [("الكسوة", False), ("دمشق", True)]
    found = [(p.name, p.context) for p in _read("قصفت الطائرات بلدة كفرنبل ما دفع العشرات للنزوح إلى مخيمات أطمة.")]
    assert found == [("كفرنبل", False), ("أطمة", True)]


def test_the_hamrin_and_makhoul_ranges_are_found_as_chains_and_as_one_mountain():
    for text in ("قصفت الطائرات العراقية مواقع في سلسلة جبال حمرين.", "قصفت الطائرات العراقية مواقع في جبل حمرين."):
        assert [(p.name_en, p.admin1) for p in _read(text)][0] == ("Hamrin mountains", "Salah al-Din"), text


def test_a_base_named_by_its_units_number_after_a_headquarters_word_is_a_place():
    # «مقر الفرقة 17»: the division's base, though «الفرقة» opens a side's name; the unit acting is no place
    found = [(p.name, p.admin1) for p in _read("سيطر مسلحو التنظيم على مقر الفرقة 17 قرب الرقة.")]
    assert found[0] == ("الفرقة 17", "Raqqa")
    assert [p.name for p in _read("قصفت الفرقة 17 مواقع التنظيم.")] == []


def test_a_part_of_the_month_after_a_region_word_is_no_place_name():
    # «في الساحل مطلع الشهر»: the beginning of the month, not a place called «مطلع»
    assert "مطلع" not in [p[0] for p in places("هاجم مسلحون حاجزاً في الساحل مطلع الشهر الجاري.")]
    assert "منتصف" not in [p[0] for p in places("اندلعت اشتباكات في البادية منتصف الشهر الماضي.")]


def test_overlooking_after_a_type_word_is_no_place_name():
    # «على تلة مطلة على البلدة»: a hill overlooking the town, not a place called «مطلة»
    assert "تلة مطلة" not in [p[0] for p in places("أقامت القوات نقطة على تلة مطلة على بلدة بيت جن.")]
    assert "مطلة" not in [p[0] for p in places("أقامت القوات نقطة على تلة مطلة على بلدة بيت جن.")]


def _free_places(text: str) -> list[str]:
    return [p[0] for p in places(text) if not p[3]]


def test_a_mountain_after_a_direction_locates_the_place_before_it():
    assert _free_places("غارة على سيارة في مجمع خانصور شمال جبل سنجار") == ["خانصور"]


def test_what_a_camp_is_for_does_not_hide_the_town_that_locates_it():
    assert _free_places("قصف مدفعي على محيط مخيم مخمور للاجئين جنوب شرقي الموصل") == ["مخيم مخمور"]


def test_a_place_near_a_road_between_two_towns_is_the_place_of_the_event():
    assert _free_places("انفجر لغم على الطريق الواصل بين تدمر ودير الزور قرب منطقة الشولا") == ["الشولا"]
    assert _free_places("انفجر لغم على الطريق بين بلدتي الرستن وتلبيسة قرب قرية الغنطو") == ["الغنطو"]
    assert _free_places("انفجر لغم على الطريق بين بلدتي الرستن وتلبيسة") == ["الرستن"]


def test_the_town_of_the_hospital_the_wounded_were_taken_to_is_no_place_of_the_event():
    assert _free_places("أصيبت مواطنة بقصف على قرية الوحشية ونقلت إلى مشفى آفرين في بلدة فافين") == ["الوحشية"]


def test_an_adjective_after_a_village_word_is_no_name():
    assert _free_places("هجوم على قرية زراعية في ناحية أبو صيدا") == ["أبو صيدا"]


def test_a_landmark_near_a_governorate_named_only_says_where_in_it():
    assert _free_places("هجوم على مواقع الجيش في محافظة القنيطرة قرب هضبة الجولان") == ["القنيطرة"]


def test_a_town_said_to_be_near_a_place_is_its_namesake_close_to_it():
    # Sinjar near Khanasor is Iraq's, not the village of the same name in Idlib
    found = places("غارة على سيارة في مجمع خانصور شمال جبل سنجار")
    assert found[0][:2] == ("خانصور", "Nineveh") and found[1][:2] == ("سنجار", "Nineveh")


def test_the_area_between_two_towns_is_no_anaphor_of_an_area_named_before():
    text = ("استهدفت طائرات مجهولة شحنة أسلحة في منطقة الحزام بمدينة البوكمال. "
            "واندلعت اشتباكات في المنطقة الواقعة بين بلدتي الصالحية وحطلة بريف دير الزور.")
    assert [p[0] for p in places(text) if not p[3]][-1] == "الصالحية"


def test_english_unknown_names_after_a_locative_placed_by_the_words_after_them():
    # a capitalised name no gazetteer knows, after «in»/«near», is a place when the words after it locate it in a
    # region or town the gazetteer knows; a list of such names too
    from datetime import date as _date

    from rasid.extraction.pipeline import extract as _extract

    def where(text):
        events = _extract(text, "t", _date(2021, 3, 2)).to_dict()["events"]
        return [(e["location"]["name_en"], e["location"]["admin1"]) for e in events]

    assert where("Regime forces fired rockets at homes in Kafr Zumlan, Barqashin and Tell Harouf in southern Idlib "
                 "on Monday.") == [("Kafr Zumlan", "Idlib"), ("Barqashin", "Idlib"), ("Tell Harouf", "Idlib")]
    assert where("A Turkish drone struck a motorbike near Tell Harouf, west of Kobani, on Monday.") == [
        ("Tell Harouf", "Aleppo")]
    assert where("Clashes erupted on Monday in Barqashin, in the Idlib countryside.") == [("Barqashin", "Idlib")]
    # a possessor is no place located: the region it owns is
    assert ("Syria", "Aleppo") not in where("Turkish drones struck a depot in Syria's northern Afrin region on Monday.")


def test_english_unknown_name_described_by_a_type_word_or_shelled_and_located():
    # «X, a village near Y»: the writer says what the name is; «shelled X in southern Idlib»: the object of an act
    # done to places, located by the words after it (not «killed X in …», «arrested X in …»: a person)
    from datetime import date as _date

    from rasid.extraction.pipeline import extract as _extract

    def where(text):
        events = _extract(text, "t", _date(2021, 3, 2)).to_dict()["events"]
        return [(e["location"]["name_en"], e["location"]["admin1"]) for e in events]

    assert where("Fighting broke out on Monday in Kherbet Waziqa, a village near Manbij.") == [("Kherbet Waziqa", "Aleppo")]
    assert where("Regime artillery shelled Barqashin and Zumlan in southern Idlib on Monday.") == [
        ("Barqashin", "Idlib"), ("Zumlan", "Idlib")]
    assert ("Mahmoud Khalil", "Idlib") not in where("Security forces arrested Mahmoud Khalil in southern Idlib on Monday.")


def test_english_a_day_ends_an_unknown_name_and_closes_a_list():
    # «X Thursday»: a weekday is capitalised but ends the name; the day between the names and the words that
    # locate them («… Thursday in the rural north of the province of Aleppo») does not cut them off
    from datetime import date as _date

    from rasid.extraction.pipeline import extract as _extract

    def where(text):
        events = _extract(text, "t", _date(2016, 2, 5)).to_dict()["events"]
        return [(e["location"]["name_en"], e["location"]["admin1"]) for e in events]

    assert where("Warplanes hit Al-Bab and Barqashin Thursday in the rural north of Aleppo.") == [
        ("Al-Bab", "Aleppo"), ("Barqashin", "Aleppo")]
    assert where("Fighting raged in Kherbet Waziqa Monday in the province of Idlib.") == [("Kherbet Waziqa", "Idlib")]


def test_english_unknown_name_located_by_a_distance_or_a_possessive_town():
    # «X, 30 km south of Kirkuk», «X, in Kirkuk's Hawija district»: the distance or the possessor's name places it
    from datetime import date as _date

    from rasid.extraction.pipeline import extract as _extract

    def where(text):
        events = _extract(text, "t", _date(2020, 6, 1)).to_dict()["events"]
        return [(e["location"]["name_en"], e["location"]["admin1"]) for e in events]

    assert where("Militants ambushed an army patrol in Barqashin, 25 km west of Kirkuk, at dawn on Monday.") == [
        ("Barqashin", "Kirkuk")]
    assert where("A roadside bomb went off in Barqashin, in Kirkuk's Dibis district, at dawn on Monday.") == [
        ("Barqashin", "Kirkuk")]


def test_an_unknown_name_read_after_a_type_word_is_a_place_where_it_stands_again_bare():
    found = _read("قصفت المدفعية بلدة كفرملوح فجر اليوم. وبعد الظهر سقطت قذائف في كفرملوح بريف حماة الغربي.")
    named = [p for p in found if p.name == "كفرملوح"]
    assert len(named) == 2 and {p.admin1 for p in named} == {"Hama"}
    found = _read("تقدمت الفصائل نحو قرية عين الطاسة. وتدور معارك في محيط عين الطاسة شرقي حمص.")
    assert [p.name for p in found if p.name == "عين الطاسة"] == ["عين الطاسة", "عين الطاسة"]


def test_an_unknown_name_said_again_bare_is_no_place_without_a_locative():
    found = _read("قصفت الطائرات قرية زهرون. وقال أهالي زهرون إن القصف لم يتوقف.")
    assert [p.name for p in found if p.name == "زهرون"] == ["زهرون"]


def test_a_governorate_named_with_its_countryside_after_a_glued_preposition_locates_the_place_before():
    found = _read("أصيب ثلاثة مدنيين في قرية كفرملوح بريف دمشق مساء أمس.")
    assert found[0].name == "كفرملوح" and found[0].located_by is not None
    assert found[0].located_by.name == "ريف دمشق" and found[0].fixed


def test_an_unknown_name_said_again_with_an_article_it_was_read_without_is_another_word():
    found = _read("قصفت الطائرات قرية كفرملوح. وسقطت قذيفة بالكفرملوح.")
    assert [p.name for p in found] == ["كفرملوح"]


def test_an_unknown_name_said_again_bare_before_the_words_that_locate_it_is_that_place():
    found = _read("سقطت قذائف على قرية كفرملوح فجر اليوم. وتقع كفرملوح في ريف حماة الغربي.")
    named = [p for p in found if p.name == "كفرملوح"]
    assert len(named) == 2 and {p.admin1 for p in named} == {"Hama"}


def test_an_unknown_town_said_again_after_a_direction_is_that_place_and_gives_its_governorate_back():
    # «شمال وغرب X»: a direction names the place it is taken from; the headline's mention, which nothing around
    # it places, lies where the report's other mention of the same name does
    found = _read("قصف مدفعي على مدينة زعبلان الحدودية\n"
                  "قالت مصادر محلية إن الفصائل تقدمت نحو قرى في شمال وغرب زعبلان، كما سقطت قذائف على بلدة تادف "
                  "بريف حلب.\nوفي دير الزور، شنت طائرات غارات على مدينة البوكمال.")
    named = [p for p in found if p.name == "زعبلان"]
    assert len(named) == 2 and {p.admin1 for p in named} == {"Aleppo"}


def test_a_place_located_by_another_unknown_place_takes_no_governorate_from_the_report():
    from rasid.extraction.pipeline import extract

    text = "قصفت قوات النظام بلدة كفرنبل بريف إدلب الجنوبي. واستهدفت الفصائل بالصواريخ قرية زرقون في منطقة وادي الشميسة."
    places = [(e["location"]["name_ar"], e["location"]["admin1"]) for e in extract(text, "t").to_dict()["events"]]
    assert ("زرقون", None) in places, places


def test_the_grammar_tells_a_place_words_role_and_kind():
    from rasid.geo.places import place_grammar
    from rasid.text.language import get_language

    g = place_grammar(get_language("en"))
    assert (g.role_of("village"), g.kind_of("village")) == ("type", "village")
    assert g.entry_of("town")[:2] == ("type", "town")
    assert (g.role_of("Qasrawi"), g.kind_of("Qasrawi"), g.entry_of("Qasrawi")) == ("", "", ("", "", ""))
