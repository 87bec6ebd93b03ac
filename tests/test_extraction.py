"""Extraction end to end on sentences written for these tests: events, sides, places, casualties, control."""
from datetime import date

import pytest

from rasid.extraction.pipeline import extract


def record(text: str, report_date: date | None = None) -> dict:
    return extract(text, "t", report_date).to_dict()


def events(text: str, report_date: date | None = None) -> list[tuple]:
    return [(e["sub_event_type"], e["location"]["name_ar"] if e["location"] else None)
            for e in record(text, report_date)["events"]]


def one_event(text: str, report_date: date | None = None) -> dict:
    evs = record(text, report_date)["events"]
    assert len(evs) == 1, evs
    return evs[0]


# --- event types -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, sub_type", [
    ("دارت اشتباكات عنيفة بين قوات النظام والفصائل المقاتلة في محيط بلدة كفرنبل.", "Armed clash"),
    ("نفذت طائرات حربية روسية غارات على بلدة كفرنبل.", "Air/drone strike"),
    ("ألقى الطيران المروحي براميل متفجرة على بلدة كفرنبل.", "Air/drone strike"),
    ("استهدفت طائرة مسيرة تركية سيارة في مدينة القامشلي.", "Air/drone strike"),
    ("قصفت قوات النظام بالقذائف الصاروخية بلدة كفرنبل.", "Shelling/artillery/missile attack"),
    ("قصفت قوات النظام بلدة كفرنبل.", "Shelling/artillery/missile attack"),
    ("فجر انتحاري نفسه بحزام ناسف في مدينة منبج.", "Suicide bomb"),
    ("انفجرت عبوة ناسفة بسيارة في مدينة منبج.", "Remote explosive/landmine/IED"),
    ("انفجر لغم أرضي بمزارعين في ريف بلدة الميادين.", "Remote explosive/landmine/IED"),
    ("ألقى مجهولون قنبلة يدوية على منزل في مدينة طفس.", "Grenade"),
    ("اغتال مسلحون مجهولون عنصرا من قسد بإطلاق النار عليه في بلدة الشحيل.", "Armed clash"),
    ("أطلق مسلحون مجهولون النار على مواطن في مدينة جاسم ما أدى لمقتله.", "Attack"),
    ("أقدم مسلحون على خطف طفل في مدينة السويداء.", "Abduction/forced disappearance"),
    ("شنت الأجهزة الأمنية حملة اعتقالات في مدينة دوما.", "Arrests"),
    ("خرجت مظاهرة في مدينة إدلب تطالب بالإفراج عن المعتقلين.", "Peaceful protest"),
])
def test_sub_event_types(text, sub_type):
    assert one_event(text)["sub_event_type"] == sub_type


def test_event_types_follow_acled_taxonomy():
    e = one_event("نفذت طائرات حربية روسية غارات على بلدة كفرنبل.")
    assert e["event_type"] == "Explosions/Remote violence"
    e = one_event("شنت الأجهزة الأمنية حملة اعتقالات في مدينة دوما.")
    assert e["event_type"] == "Strategic developments"


def test_protest_dispersed_is_protest_with_intervention():
    e = one_event("فرقت قوات الأمن مظاهرة خرجت في مدينة السويداء.")
    assert e["sub_event_type"] == "Protest with intervention"
    assert e["actors"] == ["SYR_GOV"] and e["targets"] == ["CIVILIANS"]  # the forces acted on the protesters


def test_government_takeover_and_non_state_takeover():
    gov = record("تمكنت قوات النظام من السيطرة على بلدة كفرنبل بعد معارك عنيفة مع الفصائل.")
    assert ("Government regains territory", "كفرنبل") in [(e["sub_event_type"], e["location"]["name_ar"]) for e in gov["events"]]
    rebel = record("سيطرت هيئة تحرير الشام على بلدة كفرنبل بعد اشتباكات مع قوات النظام.")
    assert ("Non-state actor overtakes territory", "كفرنبل") in [(e["sub_event_type"], e["location"]["name_ar"]) for e in rebel["events"]]


# --- not events ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "هددت قوات النظام بشن هجوم على مدينة إدلب.",
    "نفت وزارة الدفاع الروسية تنفيذ غارات على مدينة إدلب.",
    "تستعد الفصائل لشن هجوم على مدينة حماة.",
    "هل تقصف قوات النظام مدينة إدلب مجددا؟",
    "ارتفعت أسعار الخبز في مدينة حلب بشكل كبير.",
    "دعت الأمم المتحدة إلى وقف القصف على مدينة إدلب.",
])
def test_threats_denials_plans_questions_and_prices_are_not_events(text):
    assert record(text, date(2020, 3, 1))["events"] == []


def test_history_before_the_report_period_is_not_an_event():
    text = "اليوم الأحد 5 نيسان 2020 قصفت قوات النظام بلدة كفرنبل. وكانت الفصائل قد سيطرت على المدينة في عام 2012."
    subtypes = [e["sub_event_type"] for e in record(text)["events"]]
    assert subtypes == ["Shelling/artillery/missile attack"]


# --- sides -----------------------------------------------------------------------------------------------------
def test_clash_sides_with_allied_militias_and_nationality_qualifiers():
    e = one_event("تتواصل الاشتباكات بين قوات النظام المدعمة بالمسلحين الموالين لها من جنسيات سورية وعربية وآسيوية "
                  "من جهة، وعناصر تنظيم الدولة الإسلامية من جهة أخرى، في محيط مدينة البوكمال.")
    assert e["actors"] == ["SYR_GOV", "PRO_GOV_MILITIA"] and e["targets"] == ["ISIS"]


def test_air_strike_author_and_civilian_target():
    e = one_event("قصفت الطائرات الحربية الروسية بلدة كفرنبل ما أدى لمقتل 3 مدنيين.")
    assert e["actors"] == ["RUSSIA"] and "CIVILIANS" in e["targets"]


def test_unnamed_warplanes_are_unknown():
    e = one_event("نفذت طائرات حربية غارات على بلدة كفرنبل.")
    assert e["actors"] == ["UNKNOWN"]


def test_government_after_december_2024_is_the_new_government():
    e = one_event("اندلعت اشتباكات بين القوات الحكومية ومسلحين محليين في مدينة جبلة.", date(2025, 3, 7))
    assert "SYR_GOV_NEW" in e["actors"] and "SYR_GOV" not in e["actors"]
    e = one_event("اندلعت اشتباكات بين القوات الحكومية ومسلحين محليين في مدينة جبلة.", date(2019, 3, 7))
    assert "SYR_GOV" in e["actors"]


def test_back_reference_to_the_organisation():
    rec = record("هاجم تنظيم داعش مواقع قوات النظام في بادية السخنة. وتمكن التنظيم من قتل 4 عناصر من قوات النظام.")
    groups = [c["group"] for c in rec["casualties"]]
    assert ["SYR_GOV"] in groups
    assert {a for e in rec["events"] for a in e["actors"]} == {"ISIS"}


# --- places ----------------------------------------------------------------------------------------------------
def test_place_is_given_without_clitics_and_type_words_with_its_governorate():
    e = one_event("قصفت قوات النظام بالمدفعية مناطق في بلدة الأتارب بريف حلب الغربي.")
    assert e["location"]["name_ar"] == "الأتارب" and e["location"]["admin1"] == "Aleppo"


def test_countryside_alone_is_the_governorate_at_region_precision():
    e = one_event("قصفت قوات النظام بالمدفعية مناطق في ريف إدلب الجنوبي.")
    assert e["location"]["name_ar"] == "إدلب" and e["location"]["admin1"] == "Idlib"
    assert e["location"]["geo_precision"] == 3


def test_surroundings_of_a_place_are_that_place_at_precision_two():
    e = one_event("دارت اشتباكات بين قوات النظام والفصائل في محيط مدينة خان شيخون.")
    assert e["location"]["name_ar"] == "خان شيخون" and e["location"]["geo_precision"] == 2


def test_two_villages_shelled_are_two_events():
    assert events("قصفت قوات النظام بالمدفعية قريتي الحويز والتوينة في سهل الغاب.") == [
        ("Shelling/artillery/missile attack", "الحويز"), ("Shelling/artillery/missile attack", "التوينة")]


def test_place_anaphor_points_to_the_last_city():
    rec = record("دارت اشتباكات في مدينة البوكمال. وانسحب عناصر تنظيم داعش من المدينة.")
    assert [(c["place_ar"], c["actor"], c["change"]) for c in rec["control"]] == [("البوكمال", "ISIS", "withdrew")]


# --- casualties ------------------------------------------------------------------------------------------------
def casualties(text: str) -> list[tuple]:
    return [(tuple(c["group"]), c["outcome"], c["low"], c["high"], c["qualifier"]) for c in record(text)["casualties"]]


@pytest.mark.parametrize("text, expected", [
    ("قتل 12 عنصرا من قوات النظام في كمين بمدينة تدمر.", (("SYR_GOV",), "killed", 12, 12, "exact")),
    ("قتل ما لا يقل عن 31 عنصرا من قوات النظام في كمين بمدينة تدمر.", (("SYR_GOV",), "killed", 31, None, "at_least")),
    ("قتل 31 على الأقل من عناصر قوات النظام في كمين بمدينة تدمر.", (("SYR_GOV",), "killed", 31, None, "at_least")),
    ("قتل أكثر من 50 عنصرا من تنظيم داعش في غارات بمدينة تدمر.", (("ISIS",), "killed", 51, None, "more_than")),
    ("قتل نحو 20 عنصرا من تنظيم داعش في غارات بمدينة تدمر.", (("ISIS",), "killed", 20, 20, "about")),
    ("أصيب العشرات من المدنيين في قصف على مدينة تدمر.", (("CIVILIANS",), "injured", None, None, "vague")),
    ("استشهد ثلاثة وعشرون مواطنا في قصف على مدينة دوما.", (("CIVILIANS",), "killed", 23, 23, "exact")),
    ("قضى طفل في قصف على مدينة دوما.", (("CIVILIANS",), "killed", 1, 1, "exact")),
    ("أصيب عنصران من قسد بانفجار لغم في مدينة الشدادي.", (("SDF",), "injured", 2, 2, "exact")),
])
def test_casualty_counts_and_qualifiers(text, expected):
    assert expected in casualties(text)


def test_subsets_are_their_own_records():
    found = casualties("قتل 15 مدنيا بينهم 6 أطفال و3 مواطنات في غارات على مدينة دوما.")
    assert (("CIVILIANS",), "killed", 15, 15, "exact") in found
    assert (("CIVILIANS",), "killed", 6, 6, "exact") in found
    assert (("CIVILIANS",), "killed", 3, 3, "exact") in found
    rec = record("قتل 15 مدنيا بينهم 6 أطفال في غارات على مدينة دوما.")
    assert rec["casualties"][1]["subset_of"] == 0


def test_both_sides_and_injured_vague():
    text = ("تتواصل الاشتباكات بين قوات النظام وتنظيم داعش في مدينة البوكمال، ما أسفر عن مقتل العشرات من الطرفين، "
            "كما أصيب آخرون بجراح.")
    found = casualties(text)
    assert (("SYR_GOV", "ISIS"), "killed", None, None, "vague") in found


def test_killed_and_injured_single_person():
    found = casualties("أدى القصف إلى مقتل وإصابة مدني في بلدة كفرنبل.")
    assert (("CIVILIANS",), "killed", 1, 1, "exact") in found and (("CIVILIANS",), "injured", 1, 1, "exact") in found


def test_running_tally_is_flagged_and_kept_apart_from_the_incident():
    text = ("قتل 3 عناصر من قسد بهجوم لخلايا داعش في بلدة ذيبان، ليرتفع إلى 40 عدد عناصر قسد الذين قتلوا "
            "منذ مطلع الشهر.")
    rec = record(text)
    by_low = {c["low"]: c for c in rec["casualties"]}
    assert by_low[3]["tally"] is False and by_low[40]["tally"] is True
    assert by_low[40]["group"] == ["SDF"]


def test_number_words_and_arabic_indic_digits():
    assert (("CIVILIANS",), "killed", 200, 200, "exact") in casualties("قتل مئتان من المدنيين في القصف على مدينة حلب.")
    assert (("CIVILIANS",), "killed", 14, 14, "exact") in casualties("قتل ١٤ مدنيا في القصف على مدينة حلب.")


def test_broken_words_still_count():
    assert (("CIVILIANS",), "killed", 4, 4, "exact") in casualties("وثق المرصد مقـ.ـتل 4 مدنيين بانف-جار لغم في مدينة منبج.")


def test_the_group_follows_the_noun_counted_not_the_nearest_actor():
    found = casualties("استشهد 7 مقاتلين من جيش العزة خلال صد هجوم لقوات النظام على بلدة اللطامنة.")
    assert (("OPPOSITION",), "killed", 7, 7, "exact") in found
    found = casualties("قصفت قوات النظام بلدة اللطامنة ما أدى لمقتل 4 جنود أتراك في نقطة المراقبة.")
    assert (("TURKEY",), "killed", 4, 4, "exact") in found


def test_relatives_and_duals_count():
    assert (("CIVILIANS",), "killed", 2, 2, "exact") in casualties("قتل شاب وشقيقه بقصف على بلدة الهبيط.")
    assert (("CIVILIANS",), "injured", 2, 2, "exact") in casualties("أسفر القصف عن سقوط جريحين في بلدة الهبيط.")


def test_a_total_broken_down_by_side_is_about_all_its_sides():
    found = casualties("قتل 30 شخصاً في ريف دير الزور، هم: 20 من تنظيم داعش، و10 من قوات سوريا الديمقراطية.")
    assert (("ISIS", "SDF"), "killed", 30, 30, "exact") in found


def test_a_restated_toll_is_coded_once_with_its_most_precise_figure():
    text = "مقتل أكثر من عشرة مدنيين في كفرنبل\nقتل 12 مدنياً في قصف جوي على بلدة كفرنبل."
    assert [c[2] for c in casualties(text)] == [12]


def test_denied_tolls_and_joint_totals_are_not_counts():
    assert casualties("نفت وزارة الدفاع الأنباء عن مقتل 15 جندياً في الهجوم على مطار كويرس.") == []
    assert casualties("استشهد وأصيب 9 مدنيين بقصف على بلدة سرمين.") == []


# --- control ---------------------------------------------------------------------------------------------------
def test_a_take_over_from_a_side_its_clause_names_is_that_sides_loss():
    def changes(text: str) -> list[tuple]:
        return [(c["place_ar"], c["actor"], c["change"]) for c in record(text)["control"]]
    assert changes("سيطرت قوات النظام على بلدة كفرنبودة بعد طرد تنظيم داعش منها.") == [
        ("كفرنبودة", "SYR_GOV", "gained"), ("كفرنبودة", "ISIS", "lost")]
    # the side fought in another sentence is not said to have lost the town
    assert changes("دارت اشتباكات بين قوات النظام وتنظيم داعش في ريف حماة. وسيطرت قوات النظام على بلدة كفرنبودة.") \
        == [("كفرنبودة", "SYR_GOV", "gained")]


def test_control_gain_with_share_and_withdrawal():
    text = ("تمكنت قوات النظام من السيطرة على أكثر من 90% من مساحة مدينة البوكمال، "
            "فيما انسحب عناصر تنظيم داعش من المدينة.")
    rec = record(text)
    control = {(c["actor"], c["change"]): c for c in rec["control"]}
    assert control[("SYR_GOV", "gained")]["share"] == 0.9
    assert control[("SYR_GOV", "gained")]["place_ar"] == "البوكمال"
    assert ("ISIS", "withdrew") in control


def test_withdrawal_without_fighting_is_a_non_violent_transfer():
    subtypes = [e["sub_event_type"] for e in record("انسحبت قوات النظام من مدينة منبج وسلمتها للقوات الروسية.")["events"]]
    assert "Non-violent transfer of territory" in subtypes


# --- dates and evidence ----------------------------------------------------------------------------------------
def test_report_date_and_event_dates():
    text = ("نشر المرصد السوري صباح اليوم الأحد الـ 19 من تشرين الثاني / نوفمبر 2017 أن قوات النظام قصفت "
            "مدينة البوكمال يوم أمس.")
    rec = record(text)
    assert rec["report_date"] == "2017-11-19"
    assert rec["events"][0]["date_start"] == "2017-11-18"


def test_report_date_given_by_the_caller_wins():
    rec = record("قصفت قوات النظام اليوم مدينة البوكمال.", date(2018, 1, 2))
    assert rec["report_date"] == "2018-01-02" and rec["events"][0]["date_start"] == "2018-01-02"


def test_an_undated_headline_takes_the_day_its_body_gives():
    text = ("قصفت قوات النظام مدينة البوكمال.\n"
            "وكانت قوات النظام قد قصفت يوم الثلاثاء 5 آذار 2024 مدينة البوكمال بالمدفعية الثقيلة.")
    evs = record(text, date(2024, 3, 9))["events"]
    assert evs and all(e["date_start"] == "2024-03-05" for e in evs)


def test_an_undated_withdrawal_is_of_the_report_day():
    evs = record("انسحبت قوات النظام من مدينة منبج وسلمتها للقوات الروسية.", date(2018, 1, 2))["events"]
    transfers = [e for e in evs if e["sub_event_type"] == "Non-violent transfer of territory"]
    assert transfers and transfers[0]["date_start"] == "2018-01-02"


def test_every_record_points_to_its_sentence_in_the_original_text():
    text = "قُتِلَ 3 مدنيين في قصفٍ لقوات النظام على بلدة كفرنبل.\nوانسحبت الفصائل من بلدة الهبيط."
    rec = record(text)
    for item in rec["events"] + rec["casualties"] + rec["control"]:
        start, end = item["evidence_span"]
        assert text[start:end] == item["evidence"] and item["evidence"]


def test_empty_and_non_conflict_reports_have_no_records():
    assert record("")["events"] == []
    rec = record("افتتحت مدرسة جديدة في مدينة حلب بحضور الأهالي.")
    assert rec["events"] == [] and rec["casualties"] == []


# --- reading like a coder: rules added while measuring on real reports ------------------------------------------
def test_a_protest_named_is_not_a_protest_held():
    assert record("قال الوزير إن التظاهر حق يكفله القانون وإن موجة الاحتجاجات انتهت.")["events"] == []
    assert [e["sub_event_type"] for e in record("خرجت مظاهرة في مدينة السويداء تطالب برحيل المحافظ.")["events"]] == [
        "Peaceful protest"]


def test_a_kind_of_violence_named_in_passing_is_not_an_event():
    assert record("قال المحلل إن الاغتيالات والصواريخ لا تحل شيئا.")["events"] == []


def test_court_executions_are_not_political_violence_but_field_executions_are():
    assert record("نفذت السلطات حكم الإعدام بحق مدان في سجن حلب المركزي.")["events"] == []
    assert [e["sub_event_type"] for e in record("أعدم تنظيم داعش ميدانيا 3 رعاة في بادية السخنة.")["events"]] == ["Attack"]


def test_detention_by_gunmen_is_an_abduction_and_by_the_state_an_arrest():
    e = one_event("اعتقلت الأجهزة الأمنية شابين في مدينة دوما.")
    assert e["sub_event_type"] == "Arrests"
    e = one_event("احتجز مسلحون مجهولون ثلاثة مدنيين في مدينة السويداء.")
    assert e["sub_event_type"] == "Abduction/forced disappearance"


def test_camps_and_airports_keep_their_word_and_duals_name_each_place():
    assert events("قصفت قوات النظام بالقذائف مخيم درعا.") == [("Shelling/artillery/missile attack", "مخيم درعا")]
    assert events("تدور اشتباكات بين قوات النظام والفصائل في جبلي الأكراد والتركمان.") == [
        ("Armed clash", "جبل الأكراد"), ("Armed clash", "جبل التركمان")]


def test_rural_damascus_is_its_own_governorate():
    e = one_event("ألقت المروحيات براميل متفجرة على بلدة خان الشيح في ريف دمشق الغربي.")
    assert e["location"]["admin1"] == "Rural Damascus"


def test_a_dateline_is_not_an_event_place():
    e = one_event("ريف حماة: تدور اشتباكات عنيفة بين قوات النظام والفصائل على محاور مدينة مورك.")
    assert e["location"]["name_ar"] == "مورك"


def test_a_shared_name_is_read_in_the_report_governorate():
    rec = record("محافظة القنيطرة – المرصد السوري: دارت اشتباكات بين قوات النظام والفصائل في بلدة حضر بريف القنيطرة.")
    assert rec["events"][0]["location"]["admin1"] == "Quneitra"


def test_negated_tolls_are_not_counted():
    assert casualties("قصفت قوات النظام بلدة كفرنبل دون ورود معلومات عن إصابات.") == []


def test_a_list_of_counts_after_a_toll():
    found = casualties("وثق المرصد مقتل 40 شخصا في مدينة درعا، هم: 25 من المدنيين، و15 من عناصر قوات النظام.")
    assert (("CIVILIANS",), "killed", 25, 25, "exact") in found
    assert (("SYR_GOV",), "killed", 15, 15, "exact") in found


def test_singular_nouns_joined_by_and_add_up():
    assert (("CIVILIANS",), "killed", 2, 2, "exact") in casualties("أدى القصف على مدينة دوما إلى مقتل طفلة ورجل.")


def test_the_type_word_with_the_article_points_back():
    rec = record("سيطرت قوات النظام على بلدة كفرنبل. وانسحبت الفصائل من البلدة نحو الشمال.")
    assert ("كفرنبل", "OPPOSITION", "withdrew") in [(c["place_ar"], c["actor"], c["change"]) for c in rec["control"]]


def test_kurdish_internal_security_is_the_sdf():
    e = one_event("اندلعت اشتباكات بين قوى الأمن الداخلي الأسايش وقوات الدفاع الوطني في مدينة القامشلي.")
    assert "SDF" in e["actors"] and "PRO_GOV_MILITIA" in e["targets"]


def test_a_qualifier_after_the_noun_and_the_people_after_min():
    assert (("CIVILIANS",), "killed", 4, None, "at_least") in casualties(
        "أسفر القصف على مدينة حلب عن مقتل أربعة أشخاص على الأقل.")
    assert (("SYR_GOV",), "killed", 12, 12, "exact") in casualties(
        "تسببت الهجمات في مدينة تدمر بسقوط 12 قتيلا من العسكريين.")


def test_the_victims_of_a_strike_are_not_its_author():
    groups = [c[0] for c in casualties("قصفت الطائرات الإسرائيلية موقعا في بلدة حضر ما أدى إلى مقتل 5 عناصر.")]
    assert ("ISRAEL",) not in groups


def test_strikes_that_kill_civilians_target_them_and_unsigned_mines_are_unknown():
    e = one_event("انفجر لغم أرضي بمدنيين في قرية الحويز ما أدى لمقتل طفلين.")
    assert e["actors"] == ["UNKNOWN"] and "CIVILIANS" in e["targets"]


def test_a_list_after_a_toll_keeps_the_outcome_it_follows():
    found = casualties("أصيب 30 شخصا في الهجمات على مدينة القامشلي، وتسببت بسقوط 9 قتلى من العسكريين، وست نساء.")
    assert (("CIVILIANS",), "killed", 6, 6, "exact") in found


def test_a_relative_clause_gives_control_of_the_places_named_before_it():
    text = "قصفت الطائرات الروسية بلدات مورك وكفرنبل وحزارين. والتي سيطرت عليها هيئة تحرير الشام مؤخرا."
    control = {(c["place_ar"], c["actor"], c["change"]) for c in record(text)["control"]}
    assert {("مورك", "HTS", "gained"), ("كفرنبل", "HTS", "gained"), ("حزارين", "HTS", "gained")} <= control
    assert all(e["sub_event_type"] != "Non-state actor overtakes territory" for e in record(text)["events"])


def test_take_over_verbs_in_the_dual_and_with_pronouns():
    text = "قال مراسل إن الجيش التركي والفصائل الموالية لتركيا سيطرا على كامل مدينة تل أبيض."
    assert ("تل أبيض", "TURKEY", "gained") in {(c["place_ar"], c["actor"], c["change"]) for c in record(text)["control"]}


def test_a_joint_toll_of_dead_and_wounded_is_not_split():
    found = casualties("أدى القصف على بلدة كفرنبل إلى استشهاد وإصابة 5 مدنيين.")
    assert not any(c[2] == 5 for c in found)


def test_an_actor_phrase_that_begins_with_the_trigger_is_the_agent():
    record = extract("استهدفت طائرة مسيرة تركية سيارة عسكرية لقوات سوريا الديمقراطية قرب مدينة القامشلي.",
                     "t", date(2024, 5, 3))
    assert [(e.sub_event_type, e.actors, e.targets) for e in record.events] == [("Air/drone strike", ["TURKEY"], ["SDF"])]


def test_an_agreement_named_as_the_backdrop_is_not_an_event():
    record = extract("قتل مدنيان جراء قصف قوات النظام بلدة البارة بريف إدلب الجنوبي رغم اتفاق وقف إطلاق النار.",
                     "t", date(2024, 5, 3))
    assert [e.sub_event_type for e in record.events] == ["Shelling/artillery/missile attack"]
    signed = extract("توصلت روسيا وتركيا إلى اتفاق لوقف إطلاق النار في إدلب اليوم.", "t", date(2024, 5, 3))
    assert [e.sub_event_type for e in signed.events] == ["Agreement"]


def test_safer_areas_are_not_a_place():
    record = extract("نزحت عشرات العائلات من بلدة كفرنبل نحو مناطق أكثر أمناً جراء القصف المدفعي.", "t", date(2024, 5, 3))
    assert "أكثر أمنا" not in record.unresolved_places
    assert {e.location.name_ar for e in record.events} == {"كفرنبل"}


def test_a_governorate_name_written_bare_may_be_its_capital():
    assert events("أعدم تنظيم داعش رجلاً وامرأتين في حلب.") == [("Attack", "حلب")]
    assert events("قتل شخصان في حادثتي اغتيال في محافظة درعا.") == []  # a summary of incidents told elsewhere


def test_a_strike_told_without_weapon_or_author_in_a_report_of_air_strikes_is_one_of_them():
    text = ("شنت طائرات حربية إسرائيلية غارات على مواقع في محيط مطار دمشق الدولي. "
            "واستهدفت إحدى الضربات مستودعاً في بلدة الكسوة جنوب دمشق.")
    assert ("Air/drone strike", "الكسوة") in events(text)
    assert not [e for e in events(text) if e[0] != "Air/drone strike"]


def test_an_ordinal_after_a_count_is_one_more_of_the_same_people():
    rec = record("قتل خمسة عناصر من قوات النظام وأصيب سادس في كمين قرب بلدة نوى.")
    assert [(c["group"], c["outcome"], c["low"]) for c in rec["casualties"]] == [
        (["SYR_GOV"], "killed", 5), (["SYR_GOV"], "injured", 1)]
    rec = record("قتل شخصان في قصف على البلدة لليوم الثالث على التوالي.")
    assert [(c["outcome"], c["low"]) for c in rec["casualties"]] == [("killed", 2)]


def test_counts_listed_before_the_verb_share_it():
    rec = record("ثلاثة عناصر من قوات النظام ومدنيان قتلوا في انفجار عبوة ناسفة في بلدة الصنمين.")
    assert sorted((c["group"][0], c["low"]) for c in rec["casualties"]) == [("CIVILIANS", 2), ("SYR_GOV", 3)]


def test_clashes_in_which_protesters_are_hurt_are_excessive_force_against_them():
    assert events("أصيب 12 محتجاً بالرصاص خلال اشتباكات مع قوات الأمن أمام مبنى المحافظة في مدينة الكوت.") == [
        ("Excessive force against protesters", "الكوت")]
    assert events("فارق متظاهران الحياة بعد إصابتهما في اشتباكات مع قوات الأمن في مدينة الكوت.") == [
        ("Excessive force against protesters", "الكوت")]


def test_a_clash_told_with_one_side_faces_the_reports_other_camp():
    text = ("قصفت قوات النظام مواقع الفصائل المقاتلة في بلدة كفرنبل. "
            "كما خاضت قوات النظام اشتباكات في قرية معرزيتا.")
    clash = [e for e in record(text)["events"] if e["location"]["name_ar"] == "معرزيتا"]
    assert clash and clash[0]["actors"] == ["SYR_GOV"] and clash[0]["targets"] == ["OPPOSITION"]


def test_a_clash_whose_other_side_is_inferred_keeps_its_toll_on_the_side_named():
    text = ("قصفت قوات النظام مواقع الفصائل المقاتلة في بلدة كفرنبل. "
            "وخاضت الفصائل المقاتلة اشتباكات في قرية معرزيتا قتل فيها 3 مقاتلين.")
    tolls = [(c["group"], c["low"]) for c in record(text)["casualties"]]
    assert tolls == [(["OPPOSITION"], 3)]


def test_background_the_report_recalls_and_the_perpetrators_of_an_event_tell_no_new_event():
    assert events("يشار إلى أن فصائل المعارضة شنت قبل أعوام هجوماً على مدينة مورك وأسرت عدداً من الجنود.") == []
    assert events("بدأت محاكمة ثلاثة متهمين بأنهم منفذي تفجير أوقع قتلى في سوق مدينة الرمادي.") == []
    assert events("اعتقلت الشرطة منفذي الهجوم في مدينة تكريت.") == [("Arrests", "تكريت")]


def test_a_side_that_withdrew_from_a_place_taken_has_no_loss_besides():
    changes = [(c["place_ar"], c["actor"], c["change"]) for c in record(
        "سيطرت قوات النظام على قرية الصرمان إثر معارك مع الفصائل، فيما انسحبت الفصائل من القرية.")["control"]]
    assert ("الصرمان", "OPPOSITION", "lost") not in changes
    assert ("الصرمان", "SYR_GOV", "gained") in changes


def test_the_sides_a_statement_names_lead_over_a_side_inferred_at_the_same_place():
    text = ("خاض تنظيم داعش اشتباكات عنيفة في مدينة الميادين. "
            "ودارت الاشتباكات بين قوات النظام من جهة وتنظيم داعش من جهة أخرى في مدينة الميادين. "
            "وشنت الطائرات الروسية غارات على مواقع التنظيم في مدينة الميادين.")
    clash = [e for e in record(text)["events"] if e["sub_event_type"] == "Armed clash"]
    assert len(clash) == 1 and "RUSSIA" not in clash[0]["actors"] + clash[0]["targets"]  # the air force is no side
    assert set(clash[0]["actors"] + clash[0]["targets"]) == {"SYR_GOV", "ISIS"}


def test_a_clause_running_from_years_back_sums_up_and_tells_no_event():
    assert extract("وتقصف الطائرات الروسية بلدات جبل الزاوية منذ 2016 بشكل متواصل.", "t", date(2019, 4, 2)).to_dict()[
        "events"] == []
    assert [e["sub_event_type"] for e in extract("قصفت الطائرات الروسية بلدة كفرنبل منذ صباح الأحد.", "t",
                                                 date(2019, 4, 2)).to_dict()["events"]] == ["Air/drone strike"]


def test_an_assassination_told_with_its_verb_in_a_countryside_is_an_event_of_its_own_day():
    events = extract("اغتال مسلحون مجهولون، مساء أمس الثلاثاء، أحد قادة الفصائل في ريف حماة الشمالي.", "t",
                     date(2020, 6, 3)).to_dict()["events"]
    assert [(e["sub_event_type"], e["date_start"], e["location"]["name_ar"]) for e in events] == [
        ("Armed clash", "2020-06-02", "حماة")]


def test_the_killers_named_after_the_verb_are_not_the_people_counted():
    def tolls(text: str) -> list[tuple]:
        return [(c["group"], c["low"]) for c in extract(text, "t").to_dict()["casualties"]]
    assert tolls("قتل مجهولون قيادياً في الجبهة الوطنية للتحرير قرب بلدة معرة حرمة.") == [(["OPPOSITION"], 1)]
    assert tolls("اغتال مسلحون قيادياً في جيش الإسلام قرب مدينة دوما.") == [(["OPPOSITION"], 1)]
    assert tolls("اغتال مجهولون أحد القادة الميدانيين لـ\"جيش العزة\" في بلدة اللطامنة.") == [(["OPPOSITION"], 1)]


def test_a_death_verb_whose_armed_subject_follows_it_tells_a_killing():
    events = extract("قتل مسلحون مجهولون مدرّساً في بلدة الحراك مساء أمس.", "t", date(2021, 2, 10)).to_dict()["events"]
    assert [(e["sub_event_type"], e["actors"], e["targets"], e["date_start"]) for e in events] == [
        ("Attack", ["UNKNOWN"], ["CIVILIANS"], "2021-02-09")]
    # the victim told first: the death is the toll, no killing of its own
    assert extract("قتل عنصران من قوات النظام في بلدة الحراك.", "t").to_dict()["events"] == []


def test_aircraft_named_as_the_subject_of_a_death_verb_are_an_air_strike():
    events = extract("قتلت الطائرات الحربية الروسية ثلاثة مزارعين في بلدة معرة حرمة يوم الأحد.", "t").to_dict()["events"]
    assert [(e["sub_event_type"], e["actors"], e["targets"]) for e in events] == [
        ("Air/drone strike", ["RUSSIA"], ["CIVILIANS"])]


def test_live_fire_on_protesters_is_excessive_force_and_tear_gas_an_intervention():
    def events(text: str) -> list[str]:
        return [e["sub_event_type"] for e in extract(text, "t").to_dict()["events"]]
    assert "Excessive force against protesters" in events(
        "خرج العشرات في مظاهرة في ساحة الساعة بحمص وفرقتهم قوات الأمن بالرصاص الحي.")
    assert events("تظاهر العشرات في ساحة الساعة بحمص وفرقتهم قوات الأمن بالغاز المسيل للدموع.") == [
        "Protest with intervention"]


def test_a_strike_with_no_weapon_named_on_areas_is_shelling_and_its_subject_may_be_a_sides_fighters():
    def events(text: str) -> list[tuple]:
        return [(e["sub_event_type"], e["actors"], e["targets"]) for e in extract(text, "t").to_dict()["events"]]
    assert [e for e, _, _ in events("تعرضت مناطق في أطراف بلدة كفرزيتا لقصف عنيف صباح اليوم.")] == [
        "Shelling/artillery/missile attack"]
    assert events("استهدف مقاتلو الفصائل حاجزاً لقوات النظام قرب بلدة اللطامنة.") == [
        ("Armed clash", ["OPPOSITION"], ["SYR_GOV"])]
    assert [e for e, _, _ in events("قتل ثلاثة مدنيين في استهداف بلدة الهبيط بغارتين جويتين.")] == ["Air/drone strike"]


def test_a_take_over_led_by_state_forces_with_allies_is_the_governments():
    events = extract("استعادت القوات الأمنية العراقية وقوات الحشد الشعبي وأبناء العشائر السيطرة على ناحية العلم.",
                     "t").to_dict()["events"]
    assert [e["sub_event_type"] for e in events] == ["Government regains territory"]


def test_a_side_named_in_quotes_after_the_trigger_is_its_author():
    events = extract("قصف \"التحالف الدولي\" بالطائرات بلدة الكشمة شرق دير الزور.", "t").to_dict()["events"]
    assert [(e["sub_event_type"], e["actors"]) for e in events] == [("Air/drone strike", ["COALITION"])]


def test_missiles_with_no_side_named_in_a_report_of_israeli_strikes_are_air_strikes():
    text = ("شنت طائرات إسرائيلية غارات على مواقع في محيط مدينة الكسوة فجر اليوم. "
            "واستهدفت صواريخ مواقع قرب مطار المزة العسكري.")
    events = extract(text, "t").to_dict()["events"]
    assert sorted((e["sub_event_type"], e["actors"][0]) for e in events) == [
        ("Air/drone strike", "ISRAEL"), ("Air/drone strike", "ISRAEL")]


def test_the_side_named_before_a_killing_whose_author_is_named_after_it_is_the_one_hit():
    events = extract("قتل ضابط في الأمن العسكري إثر استهدافه بالرصاص من قبل مجهولين في بلدة اليادودة.", "t").to_dict()[
        "events"]
    assert [(e["actors"], e["targets"]) for e in events] == [(["UNKNOWN"], ["SYR_GOV"])]


def test_a_place_is_lost_by_the_one_opposing_side_its_clause_names():
    record = extract("سيطرت قوات النظام على بلدة الهبيط بعد معارك مع الفصائل وتنظيم داعش وسط غارات روسية.", "t").to_dict()
    assert [(c["actor"], c["change"]) for c in record["control"]] == [("SYR_GOV", "gained")]


def test_kinds_of_violence_listed_with_no_place_tell_no_event():
    assert extract("وتحدث التقرير عن انتشار حوادث القتل والخطف والسلب في البلاد.", "t").to_dict()["events"] == []
    # at a place they are told
    assert sorted(e["sub_event_type"] for e in extract("دارت اشتباكات وقصف عنيف في قرية تل طويل.", "t").to_dict()[
        "events"]) == ["Armed clash", "Shelling/artillery/missile attack"]


def test_a_strike_feared_possible_or_imminent_is_no_event():
    assert extract("أجرت القوات تدريبات في ريف حماة تحسباً لأي ضربة جوية.", "t").to_dict()["events"] == []
    assert extract("وحذر المسؤول من المواجهات العسكرية المحتملة في ريف إدلب.", "t").to_dict()["events"] == []


def test_protesters_named_right_after_a_verb_of_gathering_are_the_protest():
    events = extract("تجمع مئات المتظاهرين أمام مبنى المحافظة في مدينة شهبا.", "t").to_dict()["events"]
    assert [(e["sub_event_type"], e["actors"]) for e in events] == [("Peaceful protest", ["CIVILIANS"])]


def test_a_precise_event_with_no_sides_takes_those_of_the_statement_summing_it_up():
    text = ("تقاتل قوات النظام والمسلحون الموالون لها في معارك ريف دمشق.\n"
            "وقتل شابان في معارك بلدة ببيلا في ريف دمشق.")
    events = extract(text, "t").to_dict()["events"]
    assert [e["location"]["name_ar"] for e in events] == ["ببيلا"] and "SYR_GOV" in events[0]["actors"]


@pytest.mark.parametrize("text", [
    "تدرس الحكومة شن ضربات جوية على مواقع المسلحين في مدينة إدلب.",
    "طرح الوزير خيار قصف مواقع التنظيم في بلدة الباغوز.",
    "نشرت القوات منظومات دفاع لتفادي أي غارة على مطار حماة.",
])
def test_strikes_considered_or_avoided_are_no_events(text: str) -> None:
    assert extract(text, "t").to_dict()["events"] == []


def test_a_read_also_line_is_another_reports_title_not_an_event_of_this_one():
    text = ("قصفت الطائرات الحربية بلدة كفرنبل بريف إدلب الجنوبي.\n"
            "اقرأ أيضاً: مقتل خمسة مدنيين بقصف مدفعي على مدينة أريحا\n"
            "وأفاد ناشطون بأضرار مادية في المنازل.")
    record = extract(text, "t").to_dict()
    assert [e["location"]["name_ar"] for e in record["events"]] == ["كفرنبل"]
    assert record["casualties"] == []


def test_a_killing_named_by_a_noun_in_a_named_area_is_an_event():
    # a named area (a mountain, a plain) is no governorate summary
    events = extract("قتل قيادي في الفصيل برصاص مجهولين في منطقة جبل الزاوية.", "t").to_dict()["events"]
    assert [e["location"]["name_ar"] for e in events] == ["جبل الزاوية"]
    assert extract("سجلت حادثتا اغتيال في محافظة درعا.", "t").to_dict()["events"] == []


def test_a_strike_where_the_report_counts_civilian_dead_in_another_sentence_hit_civilians():
    text = ("قصفت الطائرات الحربية بلدة كفرنبل بريف إدلب الجنوبي صباح اليوم.\n"
            "وقال ناشطون إن ستة مدنيين قتلوا في كفرنبل.")
    events = extract(text, "t").to_dict()["events"]
    assert [(e["location"]["name_ar"], e["targets"]) for e in events] == [("كفرنبل", ["CIVILIANS"])]


def test_the_side_that_claims_a_reports_bombing_is_its_author():
    text = ("انفجرت سيارة مفخخة في سوق شعبي بمدينة الرمادي.\n"
            "وأعلن تنظيم داعش مسؤوليته عن التفجير في بيان.")
    events = extract(text, "t").to_dict()["events"]
    assert [e["actors"] for e in events] == [["ISIS"]]


def test_a_precise_event_with_only_an_unknown_side_takes_the_sides_of_the_statement_it_sums_up():
    text = ("قتل ثلاثة عناصر من قوات النظام نتيجة انفجار لغم أرضي في مدينة البوكمال شرق دير الزور.\n"
            "وقالت مصادر إن لغماً انفجر قرب قرية الصفصافة التابعة لمدينة البوكمال، ما أدى لمقتل ثلاثة.")
    events = extract(text, "t").to_dict()["events"]
    assert [(e["location"]["name_ar"], "SYR_GOV" in e["actors"] + e["targets"]) for e in events] == [
        ("الصفصافة", True)]


def test_iraqi_reports_name_the_armed_forces_and_counter_terrorism_forces_in_their_own_words():
    text = "حررت قوات مكافحة الإرهاب حي الفرسان في مدينة الموصل من تنظيم داعش بإسناد القطعات العسكرية."
    events = extract(text, "t").to_dict()["events"]
    assert [(e["actors"], e["targets"]) for e in events] == [(["IRAQ_GOV"], ["ISIS"])]
    text = "تمكنت القوات المسلحة العراقية من تحرير مركز مدينة تكريت من تنظيم داعش."
    assert [e["actors"] for e in extract(text, "t").to_dict()["events"]] == [["IRAQ_GOV"]]


def test_the_town_rockets_were_fired_from_is_not_where_they_hit():
    text = ("استهدفت صواريخ كاتيوشا قاعدة عين الأسد الجوية في محافظة الأنبار.\n"
            "وأشارت المصادر إلى أن الصواريخ أُطلقت من مدينة هيت.")
    events = extract(text, "t").to_dict()["events"]
    assert all("هيت" not in e["location"]["name_ar"] for e in events)


def test_the_air_in_an_air_bases_name_names_no_aircraft():
    # «قاعدة X الجوية», «القاعدة الجوية»: rockets on an air base are shelling, not an air strike
    for text in ("تعرضت قاعدة بلد الجوية بمحافظة صلاح الدين لقصف بصواريخ الكاتيوشا.",
                 'سقط صاروخا "كاتيوشا" على قاعدة "عين الأسد" الجوية في الأنبار.',
                 "سقطت ثلاثة صواريخ كاتيوشا داخل القاعدة الجوية في محافظة صلاح الدين."):
        events = extract(text, "t").to_dict()["events"]
        assert [e["sub_event_type"] for e in events] == ["Shelling/artillery/missile attack"], text


def test_an_army_division_or_ministry_without_a_country_is_the_reports_states():
    # «الفرقة السابعة», «وزارة الداخلية» in a report on Iraq are Iraq's
    text = "قتل جنديان من الفرقة السابعة بهجوم لتنظيم داعش على نقطة عسكرية في قضاء حديثة غربي العراق."
    events = extract(text, "t").to_dict()["events"]
    assert events and all("SYR_GOV" not in e["actors"] + e["targets"] for e in events)
    assert any("IRAQ_GOV" in e["actors"] + e["targets"] for e in events)


def test_a_channel_named_after_a_country_is_a_source_not_a_side():
    text = ("أعلن تنظيم داعش مسؤوليته عن التفجير الانتحاري في سوق شعبي بمدينة الصدر شرقي بغداد، "
            "حسبما أفادت قناة روسيا اليوم.")
    events = extract(text, "t").to_dict()["events"]
    assert events and all("RUSSIA" not in e["actors"] + e["targets"] for e in events)


def test_the_commission_in_a_report_on_iraq_is_the_pmfs_not_hts():
    text = ('أعلنت هيئة "الحشد الشعبي" مقتل ثلاثة من عناصرها في اشتباك مع تنظيم داعش شمال قضاء خانقين بمحافظة ديالى.\n'
            'وأفادت الهيئة في بيان بأن قواتها اشتبكت مع عناصر التنظيم.')
    sides = {a for e in extract(text, "t").to_dict()["events"] for a in e["actors"] + e["targets"]}
    assert "HTS" not in sides and "IRAQ_PMF" in sides
    text = "قصفت قوات النظام مواقع الهيئة في ريف إدلب الجنوبي."
    sides = {a for e in extract(text, "t").to_dict()["events"] for a in e["actors"] + e["targets"]}
    assert "HTS" in sides


def test_protesters_flocking_to_the_squares_is_a_protest_that_happened():
    text = "وتوافد المحتجون اليوم إلى ساحات المظاهرات في مدينة الكوت رغم الإجراءات الأمنية المشددة."
    events = extract(text, "t").to_dict()["events"]
    assert [(e["sub_event_type"], e["location"]["name_ar"]) for e in events] == [("Peaceful protest", "الكوت")]


def test_a_governorate_wide_statement_sums_up_the_event_in_a_village_the_gazetteer_lacks():
    # the village's governorate is read from its sentence: the statement on the governorate tells the same attack
    text = ("قتل ثمانية من رجال الشرطة العراقية بانفجار عبوة ناسفة جنوب غربي محافظة كركوك.\n"
            "وأفاد مصدر أمني بأن عناصر من تنظيم داعش استهدفوا موكب الشرطة بعبوة ناسفة في قرية العوسجة "
            "التابعة لمحافظة كركوك.")
    events = extract(text, "t").to_dict()["events"]
    assert [e["location"]["name_ar"] for e in events] == ["العوسجة"]
    assert {"ISIS", "IRAQ_GOV"} <= set(events[0]["actors"] + events[0]["targets"])


def test_the_clans_of_a_province_are_tribal_fighters():
    events = extract("هاجم أبناء عشائر الأنبار مواقع تنظيم داعش في قضاء هيت.", "t").to_dict()["events"]
    assert [(e["actors"], e["targets"]) for e in events] == [(["TRIBAL"], ["ISIS"])]


def test_a_clan_dispute_is_a_clash_between_clans():
    # «نزاع عشائري» names the fight and its sides at once
    for text in ("اندلع نزاع عشائري في قضاء المجر الكبير أسفر عن مقتل شخصين.",
                 "قتل شخصان وأصيب ثالث بنزاع عشائري عنيف في قضاء المجر الكبير جنوبي مدينة العمارة."):
        events = extract(text, "t").to_dict()["events"]
        assert [(e["sub_event_type"], e["location"]["name_ar"], e["actors"]) for e in events] == [
            ("Armed clash", "المجر الكبير", ["TRIBAL"])], text


def test_iraqi_detachments_and_intelligence_are_the_iraqi_states():
    text = "اعتقلت مفارز مديرية الاستخبارات العسكرية متهما بالإرهاب في قضاء الحويجة جنوب غربي كركوك."
    assert [e["actors"] for e in extract(text, "t").to_dict()["events"]] == [["IRAQ_GOV"]]


def test_the_party_in_a_report_on_iraq_is_a_political_party_not_hezbollah():
    events = extract("اقتحم متظاهرون عراقيون مقر حزب في مدينة الكوت وأضرموا النار فيه.", "t").to_dict()["events"]
    assert events and all("HEZBOLLAH" not in e["actors"] + e["targets"] for e in events)
    events = extract("قصفت طائرات مجهولة مواقع الحزب في ريف القصير.", "t").to_dict()["events"]
    assert "HEZBOLLAH" in events[0]["targets"]


def test_iraqs_resistance_factions_are_the_iran_aligned_militias_not_syrian_rebels():
    text = "هاجمت فصائل المقاومة الإسلامية في العراق قاعدة عين الأسد بالطائرات المسيرة."
    assert [e["actors"] for e in extract(text, "t").to_dict()["events"]] == [["IRAN"]]
