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


@pytest.mark.parametrize("text, sub_type", [
    # other outlets' words for each kind of event (robustness variants written for the project)
    ("أغارت طائرات حربية روسية على بلدة معرشورين.", "Air/drone strike"),
    ("أحبطت الفصائل محاولة تقدم لقوات النظام على محور الحويز.", "Armed clash"),
    ("تصدت الفصائل لمحاولة تسلل نفذتها قوات النظام على محور تل ملح.", "Armed clash"),
    ("عمد عناصر من قوات النظام إلى تعفيش منازل بلدة كفرنبل.", "Looting/property destruction"),
    ("أعلن فصيل جيش العزة اندماجه مع هيئة تحرير الشام في ريف حماة.", "Change to group/activity"),
    ("أقامت القوات التركية نقطة عسكرية جديدة في بلدة معرحطاط.", "Headquarters or base established"),
    ("وقعت قسد والفصائل اتفاقا لوقف إطلاق النار في مدينة منبج.", "Agreement"),
    ("تغييب قسري لشاب على يد الأجهزة الأمنية في مدينة حمص.", "Abduction/forced disappearance"),
    ("شنت قسد حملات دهم في بلدة الشحيل.", "Arrests"),
    ("قصفت المقاتلات التركية مواقع لقسد في قرية مرعناز.", "Air/drone strike"),  # fighter jets are aircraft
    ("جددت الطائرات الحربية الروسية غاراتها على بلدة كنصفرة.", "Air/drone strike"),  # the noun with its pronoun
    ("نفذ أحد عناصر هيئة تحرير الشام عملية استشهادية على مواقع قوات النظام في بلدة الحماميات.", "Suicide bomb"),
    ("فجر الاستشهادي سيارته المفخخة على تجمع لقوات النظام في بلدة كفرنبودة.", "Suicide bomb"),
    ("فجر تنظيم داعش منزلا مفخخا بعناصر من قسد في بلدة هجين.", "Remote explosive/landmine/IED"),
    ("اغتال مسلحون مجهولون مختار بلدة نوى.", "Attack"),  # a headman is a civilian
    ("نفذت قوات الأمن العام حملة تمشيط في مدينة جبلة بحثا عن مطلوبين.", "Arrests"),
])
def test_other_outlets_words_for_each_event_type(text, sub_type):
    assert one_event(text, date(2020, 3, 10))["sub_event_type"] == sub_type


def test_event_types_follow_acled_taxonomy():
    e = one_event("نفذت طائرات حربية روسية غارات على بلدة كفرنبل.")
    assert e["event_type"] == "Explosions/Remote violence"
    e = one_event("شنت الأجهزة الأمنية حملة اعتقالات في مدينة دوما.")
    assert e["event_type"] == "Strategic developments"


def test_protesters_killed_in_the_result_clause_meet_excessive_force():
    e = one_event("أطلقت قوات النظام النار على متظاهرين في مدينة جاسم، ما أدى لمقتل متظاهر.")
    assert e["sub_event_type"] == "Excessive force against protesters"


def test_a_protest_in_solidarity_with_another_town_is_where_it_was_held():
    # the town the protesters stand with is not the protest's place, and the cause ends the place's name
    assert events("وفي مدينة تلبيسة، خرجت مظاهرة حاشدة تضامناً مع مدينة درعا المحاصرة.") == \
        [("Peaceful protest", "تلبيسة")]
    assert events("خرجت مظاهرة في مدينة الباب احتجاجاً على قرار رفع الأسعار.") == [("Peaceful protest", "الباب")]


def test_the_strike_the_air_defences_met_is_told_too():
    # «تصدت الدفاعات لعدوان إسرائيلي استهدف مواقع …»: the defences disrupted weapons use, and the strike was made
    evs = record("تصدت وسائط الدفاع الجوي السوري ليلاً لعدوان إسرائيلي استهدف نقاطاً عسكرية في محيط مطار الضمير.",
                 date(2019, 1, 20))["events"]
    strike = next(e for e in evs if e["sub_event_type"] == "Air/drone strike")
    assert (strike["actors"], strike["targets"]) == (["ISRAEL"], ["SYR_GOV"])
    assert "Disrupted weapons use" in [e["sub_event_type"] for e in evs]


def test_a_strike_on_weapons_depots_is_the_strike():
    # the depots are what the aircraft hit: an air strike, no disrupted weapons use (a depot blowing up is one)
    assert events("استهدفت الغارات الإسرائيلية مستودعات أسلحة قرب بلدة الكسوة.") == [("Air/drone strike", "الكسوة")]
    assert events("قصفت طائرات إسرائيلية مستودع للذخيرة في محيط مطار الضمير.")[0][0] == "Air/drone strike"
    assert events("انفجرت مستودعات أسلحة في بلدة الكسوة.") == [("Disrupted weapons use", "الكسوة")]


def test_protest_dispersed_is_protest_with_intervention():
    e = one_event("فرقت قوات الأمن مظاهرة خرجت في مدينة السويداء.")
    assert e["sub_event_type"] == "Protest with intervention"
    assert e["actors"] == ["SYR_GOV"] and e["targets"] == ["CIVILIANS"]  # the forces acted on the protesters


def test_takeover_with_a_joined_subject_and_a_day_before_what_was_taken():
    # «سيطرت قوات النظام والميليشيات المساندة لها اليوم الجمعة على …»: the sides joined to the subject and the day
    # stand between the verb and «على»
    e = one_event("سيطرت قوات النظام والميليشيات المساندة لها اليوم الجمعة على بلدة كفرنبل.", date(2019, 8, 9))
    assert (e["sub_event_type"], e["location"]["name_ar"]) == ("Government regains territory", "كفرنبل")
    assert e["actors"] == ["SYR_GOV", "PRO_GOV_MILITIA"]


def test_government_takeover_and_non_state_takeover():
    gov = record("تمكنت قوات النظام من السيطرة على بلدة كفرنبل بعد معارك عنيفة مع الفصائل.")
    assert ("Government regains territory", "كفرنبل") in [(e["sub_event_type"], e["location"]["name_ar"]) for e in gov["events"]]
    rebel = record("سيطرت هيئة تحرير الشام على بلدة كفرنبل بعد اشتباكات مع قوات النظام.")
    assert ("Non-state actor overtakes territory", "كفرنبل") in [(e["sub_event_type"], e["location"]["name_ar"]) for e in rebel["events"]]


def test_a_count_of_unnamed_places_taken_is_not_placed_elsewhere():
    # «سيطرت الفصائل على ثلاث قرى»: the villages are not named, and the town of the sentence before is not one
    # of them; a region named with them («خمس قرى في ريف حماة») or the names listed after them still place it
    assert events("قصفت قوات النظام مدينة الرقة. وسيطرت الفصائل على ثلاث قرى.") == [
        ("Shelling/artillery/missile attack", "الرقة")]
    assert events("سيطرت قوات النظام على خمس قرى في ريف حماة الشمالي.") == [("Government regains territory", "حماة")]
    assert [p for _, p in events("سيطرت الفصائل على ثلاث قرى هي كفرعويد وسفوهن والفطيرة.")] == [
        "كفرعويد", "سفوهن", "الفطيرة"]


def test_a_take_over_told_after_a_word_of_after_is_not_governed_by_the_holding_before_it():
    # «بات ثلث البلاد تحت سيطرة التنظيم بعد أن سيطر على X»: who holds an area now, then the take-over that
    # brought it, opened by «بعد أن»: that take-over is told (not the area held)
    for text in ("أصبحت مساحات واسعة تحت سيطرة التنظيم بعد أن أحكم التنظيم سيطرته الليلة الماضية على مدينة تدمر.",
                 "باتت أغلب البادية تحت سيطرة التنظيم إثر سيطرته على مدينة تدمر."):
        assert ("Non-state actor overtakes territory", "تدمر") in events(text)
        assert ("تدمر", "ISIS", "gained") in {(c["place_ar"], c["actor"], c["change"]) for c in record(text)["control"]}
    assert record("أصبحت مساحات واسعة تحت سيطرة التنظيم في محيط مدينة تدمر.")["events"] == []


def test_the_side_whose_stronghold_or_pocket_is_named_held_the_ground_it_did_not_take_it():
    # «… الذي يعد معقلاً للنظام، بسيطرتهم على X», «… من جيوب داعش، … السيطرة على حي X آخر معاقل التنظيم»: the side
    # named after a noun of a stronghold or pocket (words.tsv stronghold) is not the taker
    text = "وأحرز المقاتلون تقدما في الريف الساحلي، الذي يعد معقلا للنظام، بسيطرتهم على بلدة كسب."
    assert events(text) == [("Non-state actor overtakes territory", "كسب")]
    assert not [c for c in record(text)["control"] if c["actor"] == "SYR_GOV" and c["change"] == "gained"]
    text = ("أنهت القوات العراقية تطهير مدينة هيت من جيوب داعش، وقتلت عشرين مسلحا في الساعات التي تلت السيطرة على "
            "حي البكر آخر معاقل التنظيم.")
    assert ("Government regains territory", "البكر") in events(text)
    assert {(c["place_ar"], c["actor"], c["change"]) for c in record(text)["control"]} == {
        ("البكر", "IRAQ_GOV", "gained"), ("البكر", "ISIS", "lost")}


def test_a_clause_adding_to_the_places_taken_continues_the_list():
    # «سيطرت على بلدة X، إضافة إلى قرية Y» (also «إضافة لقرية Y», «بالإضافة إلى»): Y is taken too — «إلى» here is
    # no word of destination
    for text in ("سيطرت الفصائل على بلدة كفرنبودة ومحيطها، إضافة لقرية الهبيط.",
                 "سيطرت الفصائل على بلدة كفرنبودة، بالإضافة إلى بلدة الهبيط."):
        assert events(text) == [("Non-state actor overtakes territory", "كفرنبودة"),
                                ("Non-state actor overtakes territory", "الهبيط")]
    assert events("انسحبت الفصائل من بلدة كفرنبودة إلى قرية الهبيط.") == [
        ("Non-violent transfer of territory", "كفرنبودة")]


def test_the_front_or_surroundings_a_list_of_places_taken_lies_on_is_not_taken():
    # «سيطرت على قريتي X وY على محور بلدة Z»: Z (a front, geo_precision 2) says where; only X and Y are taken
    assert events("سيطرت الفصائل على قريتي كفرعويد وسفوهن على محور بلدة كفرنبل.") == [
        ("Non-state actor overtakes territory", "كفرعويد"), ("Non-state actor overtakes territory", "سفوهن")]


def test_a_province_taken_whole_or_mostly_is_who_holds_it_not_an_event():
    # «سيطر التنظيم على معظم محافظة الرقة»: the sum of a campaign, who holds the province, no event; a city taken
    # whole («كامل مدينة X») and a countryside («معظم ريف إدلب») are still taken
    for text in ("وسيطر التنظيم على معظم محافظة الرقة.",
                 "ونجح التنظيم بعد أشهر في السيطرة على مجمل محافظة الحسكة."):
        assert record(text)["events"] == []
    assert events("سيطرت الفصائل على كامل مدينة سراقب.") == [("Non-state actor overtakes territory", "سراقب")]
    assert events("سيطرت الفصائل على معظم ريف إدلب الجنوبي.") == [("Non-state actor overtakes territory", "إدلب")]


def test_the_fighting_a_list_of_places_was_taken_by_is_one_clash():
    # «… على قريتي X وY بعد اشتباكات»: one battle won the list, told at the first place, or at the region the list
    # lies in when the sentence names it (not a clash at each village taken)
    pair = events("سيطرت الفصائل على قريتي كفرعويد وسفوهن بعد اشتباكات عنيفة مع قوات النظام.")
    assert [p for sub, p in pair if sub == "Armed clash"] == ["كفرعويد"]
    assert [p for sub, p in pair if sub == "Non-state actor overtakes territory"] == ["كفرعويد", "سفوهن"]
    listed = events("استعادت قوات النظام قرى كفرعويد وسفوهن والفطيرة الواقعة في ريف إدلب الجنوبي بعد معارك مع "
                    "الفصائل.")
    assert [p for sub, p in listed if sub == "Armed clash"] == ["إدلب"]
    assert len([p for sub, p in listed if sub == "Government regains territory"]) == 3


# --- not events ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "هددت قوات النظام بشن هجوم على مدينة إدلب.",
    "نفت وزارة الدفاع الروسية تنفيذ غارات على مدينة إدلب.",
    "تستعد الفصائل لشن هجوم على مدينة حماة.",
    "تناقلت وسائل إعلام أنباء عن نية تركيا شن هجوم على منبج.",
    "حذرت منظمات محلية من هجوم على بلدة كفرنبل.",
    "ناقش مجلس الأمن الغارات على مدينة إدلب.",
    "بحثوا خلال اللقاء الهجمات التي تتعرض لها قرى قضاء المقدادية.",
    "تباحث الوزيران في القصف على بلدة كفرنبل.",
    "استعرض الاجتماع الغارات على مدينة إدلب.",
    "أصدرت الشبكة السورية لحقوق الإنسان تقريرا عن حالات الاعتقال في مدينة حمص.",
    "قبل عام فجر انتحاري نفسه في مدينة القامشلي.",
    "هل تقصف قوات النظام مدينة إدلب مجددا؟",
    "ارتفعت أسعار الخبز في مدينة حلب بشكل كبير.",
    "دعت الأمم المتحدة إلى وقف القصف على مدينة إدلب.",
    # whose side fighters are on, no clash told
    "ينتشر في مدينة الميادين مئات الأجانب يقاتلون إلى جانب قوات النظام.",
    "تنشر إيران في محيط البوكمال جماعات تقاتل بالوكالة عنها منذ سنوات.",
])
def test_threats_denials_plans_questions_and_prices_are_not_events(text):
    assert record(text, date(2020, 3, 1))["events"] == []


def test_history_before_the_report_period_is_not_an_event():
    text = "اليوم الأحد 5 نيسان 2020 قصفت قوات النظام بلدة كفرنبل. وكانت الفصائل قد سيطرت على المدينة في عام 2012."
    subtypes = [e["sub_event_type"] for e in record(text)["events"]]
    assert subtypes == ["Shelling/artillery/missile attack"]


def test_the_dateline_dates_the_report_and_the_day_its_lead_names_dates_the_event():
    # «الخميس … 2020 –» opens the lead; the attack it tells was «مساء أمس»
    text = ("قتلى بهجوم على حافلة عسكرية قرب السخنة\nالخميس 31 كانون الأول 2020 – ارتفع عدد قتلى قوات النظام جراء "
            "الهجوم الذي شنه عناصر التنظيم على حافلة عسكرية قرب السخنة، مساء أمس الأربعاء.")
    ev = one_event(text, date(2020, 12, 31))
    assert (ev["sub_event_type"], ev["date_start"]) == ("Armed clash", "2020-12-30")
    # a lead naming no other day: the dateline's day is the event's
    ev = one_event("الخميس 31 كانون الأول 2020 – قصفت قوات النظام بلدة كفرنبل.", date(2020, 12, 31))
    assert ev["date_start"] == "2020-12-31"


def test_an_event_a_day_before_the_news_is_dated_the_day_before():
    # «ويأتي ذلك بعد يوم من مقتل راعٍ …»: the killing recalled was the day before the report's news
    ev = one_event("ويأتي ذلك بعد يوم من مقتل راعي أغنام برصاص مسلحين مجهولين في بلدة ذيبان.", date(2021, 9, 8))
    assert (ev["sub_event_type"], ev["date_start"]) == ("Attack", "2021-09-07")


def test_one_clash_told_on_two_days_runs_from_the_first():
    # GUIDELINES «same event, two days»: today's renewed clashes and yesterday's on the same town are one event
    text = ("تجددت الاشتباكات اليوم بين قوات النظام والفصائل في بلدة كفرنبودة. وكانت اشتباكات عنيفة قد اندلعت أمس "
            "بين الطرفين في بلدة كفرنبودة.")
    ev = one_event(text, date(2019, 7, 17))
    assert (ev["date_start"], ev["date_end"]) == ("2019-07-16", "2019-07-17")


def test_shelling_with_its_pronouns_and_the_countryside_of_a_town_giving_its_side_to_the_town():
    # «جدد جيش الاحتلال التركي ومرتزقته قصفهم»: «قصفهم», «قصفه» like «قصفها»
    ev = one_event("جدد جيش الاحتلال التركي ومرتزقته اليوم قصفهم المدفعي على قرية أبو راسين.", date(2023, 1, 19))
    assert (ev["sub_event_type"], ev["actors"]) == ("Shelling/artillery/missile attack", ["TURKEY", "SNA"])
    # the countryside of Abu Rasin sums up the shells on Abu Rasin: its sides go to that event (not to Darbasiyah's)
    text = ("جدد الجيش التركي اليوم قصفه المدفعي على قرى ريف ناحية أبو راسين. وسقطت القذائف على قرية أبو راسين "
            "وأطراف بلدة الدرباسية، ما أدى إلى إصابة امرأة.")
    got = {e["location"]["name_ar"]: e["actors"] for e in record(text, date(2023, 1, 19))["events"]}
    assert got.get("أبو راسين") == ["TURKEY"]


def test_similar_fighting_of_yesterday_behind_after_is_the_same_clash_on_its_first_day():
    # «بعد معارك مماثلة شهدها المحور ذاته يوم أمس»: yesterday's like of today's clash, one event from yesterday
    text = ("تجددت الاشتباكات منذ صباح اليوم بين قوات النظام والفصائل على محور بلدة كفرنبودة، بعد معارك مماثلة "
            "شهدها المحور ذاته يوم أمس.")
    ev = one_event(text, date(2019, 7, 17))
    assert (ev["sub_event_type"], ev["date_start"], ev["date_end"]) == ("Armed clash", "2019-07-16", "2019-07-17")
    # without a day of its own, «بعد معارك» is the backdrop: today's clash only
    ev = one_event("تجددت الاشتباكات اليوم بين قوات النظام والفصائل في بلدة كفرنبودة، بعد معارك عنيفة.",
                   date(2019, 7, 17))
    assert ev["date_start"] == "2019-07-17"


def test_a_city_sums_up_its_quarters_shelled_by_the_same_side():
    # «أحياء في مدينة حلب» beside «حيي الصاخور والشعار» (quarters of the city's district): the quarters are the events
    text = ("قصفت الفصائل المقاتلة بالقذائف الصاروخية أحياء في مدينة حلب اليوم. وطال قصف الفصائل حيي الصاخور "
            "والشعار، ما أدى لإصابة مدنيين.")
    assert sorted(p for _, p in events(text, date(2016, 4, 28))) == ["الشعار", "الصاخور"]
    # the quarters shelled by the other side: the city's shelling is an event of its own
    text = ("قصفت الفصائل المقاتلة بالقذائف الصاروخية أحياء في مدينة حلب اليوم. وطال قصف قوات النظام حيي الصاخور "
            "والشعار.")
    assert "حلب" in [p for _, p in events(text, date(2016, 4, 28))]


def test_strikes_of_two_air_forces_at_one_place_are_two_events():
    # GUIDELINES: one event per sub-event type, place and acting side: the Russian strikes on a town and the
    # government's on the same town are two events (the same side's strikes told twice, one)
    text = ("شنت الطائرات الحربية الروسية غارات على بلدة كفرنبل بريف إدلب. كما نفذت مقاتلات النظام الحربية غارات على "
            "بلدة كفرنبل وحاس.")
    evs = record(text, date(2019, 5, 10))["events"]
    assert sorted((e["location"]["name_ar"], e["actors"][0]) for e in evs) == [
        ("حاس", "SYR_GOV"), ("كفرنبل", "RUSSIA"), ("كفرنبل", "SYR_GOV")]
    text = ("شنت الطائرات الحربية الروسية غارات على بلدة كفرنبل بريف إدلب. كما نفذت الطائرات الروسية غارات أخرى على "
            "بلدة كفرنبل وحاس.")
    assert sorted(p for _, p in events(text, date(2019, 5, 10))) == ["حاس", "كفرنبل"]


def test_a_town_after_a_locating_word_in_a_governed_clause_is_a_point_of_reference():
    # «…، في بلدة X الواقعة جنوب شرق مدينة Y على بعد …»: Y only says where X is, though the place comes in a clause
    # the strike governs; a place of the next clause («، وفي بلدة Z») is one more place of the strike
    text = ("قصفت طائرة مسيرة مجهولة سيارة عسكرية تقل قياديين، في بلدة الصبحة الواقعة جنوب شرق مدينة الميادين على "
            "بعد نحو ستة كيلومترات منها بريف دير الزور الشرقي.")
    assert events(text, date(2022, 5, 2)) == [("Air/drone strike", "الصبحة")]
    text = "قصفت طائرة مسيرة مجهولة سيارة عسكرية تقل قياديين، في بلدة الصبحة الواقعة شرق مدينة الميادين، وفي بلدة ذيبان."
    assert events(text, date(2022, 5, 2)) == [("Air/drone strike", "الصبحة"), ("Air/drone strike", "ذيبان")]


def test_a_city_named_as_a_point_of_reference_sums_up_nothing():
    # «مدينة الرستن شمال حمص»: the town lies outside the city the direction is read from; the strikes told on the
    # city are an event of their own (but «حي الوعر بمدينة حمص» lies in the city, which sums it up)
    text = ("قصفت طائرات إسرائيلية مواقع عسكرية في مدينة حمص فجر اليوم. وسقط أحد صواريخ الغارات على منزل في مدينة "
            "الرستن شمال حمص.")
    assert sorted(p for _, p in events(text, date(2021, 3, 2))) == ["الرستن", "حمص"]
    text = ("قصفت طائرات إسرائيلية مواقع عسكرية في مدينة حمص فجر اليوم. وسقط أحد صواريخ الغارات على منزل في حي "
            "الوعر بمدينة حمص.")
    assert [p for _, p in events(text, date(2021, 3, 2))] == ["الوعر"]


def test_the_capital_named_as_a_region_sums_up_strikes_in_rural_damascus():
    # «غارات إسرائيلية قرب دمشق» beside the strike told at Kisweh (Rural Damascus): one event, at Kisweh
    text = ("قتل عنصران في غارات إسرائيلية قرب دمشق الليلة الماضية. وقال المرصد إن الغارات استهدفت مواقع في "
            "منطقة الكسوة جنوب العاصمة.")
    assert events(text, date(2020, 1, 7)) == [("Air/drone strike", "الكسوة")]


def test_a_killing_recalled_with_the_subject_after_kana_is_an_event_of_its_day():
    # «وكان X قد قتلوا …»: the pluperfect puts the killers before the verb; the killing of yesterday is told
    ev = one_event("وكان مسلحون مجهولون قد قتلوا مدنياً أمس في بلدة ذيبان بريف دير الزور.", date(2021, 9, 8))
    assert (ev["sub_event_type"], ev["actors"], ev["targets"], ev["date_start"]) == (
        "Attack", ["UNKNOWN"], ["CIVILIANS"], "2021-09-07")
    ev = one_event("كما كانت خلايا التنظيم قد قتلت راعياً يوم الثلاثاء في بلدة ذيبان.", date(2021, 9, 8))
    assert (ev["sub_event_type"], ev["actors"]) == ("Attack", ["ISIS"])


def test_a_region_named_after_the_village_in_a_governed_clause_locates_it():
    # «…، على محور كباني في جبل الأكراد»: the mountain the village lies in is no second place of the clashes; a
    # headline naming the mountain sums the body's clashes up
    text = ("معارك في جبل الأكراد\nتتواصل المعارك منذ الصباح بين قوات النظام من جهة، والفصائل من جهة أخرى، على محور "
            "كباني في جبل الأكراد بريف اللاذقية.")
    assert events(text, date(2019, 5, 25)) == [("Armed clash", "كباني")]


def test_a_square_in_the_middle_of_a_town_is_one_place_of_one_blast():
    # «قرب دوار السنتر وسط مدينة الباب»: the town the square lies in (وسط, like في and داخل), one event
    evs = events("انفجرت سيارة مفخخة ظهر اليوم قرب دوار السنتر وسط مدينة الباب بريف حلب الشرقي.", date(2022, 1, 15))
    assert len(evs) == 1 and evs[0][0] == "Remote explosive/landmine/IED"


def test_a_preposition_after_a_town_ends_its_name_before_a_word_opening_with_waw():
    # «مدينة الباب في وقفة»: «في» joins no name to «الباب» (the «و» of «وقفة» opens no list item)
    assert events("خرج العشرات من أهالي مدينة الباب في وقفة احتجاجية.", date(2022, 1, 15)) == [
        ("Peaceful protest", "الباب")]


def test_a_town_in_the_governed_clause_beats_the_countryside_named_before_the_trigger():
    # «شهدت محاور ريف حماة الشمالي قصفاً متبادلاً …، تركز على محور بلدة اللطامنة»: one clash, at the town
    text = ("شهدت محاور ريف حماة الشمالي قصفاً متبادلاً بين قوات النظام والفصائل المقاتلة، تركز على محور بلدة "
            "اللطامنة منذ الصباح.")
    assert events(text, date(2019, 8, 4)) == [("Armed clash", "اللطامنة")]


def test_the_place_of_an_event_told_before_is_no_new_event():
    # «قرب مكان الانفجار»: the car bomb told in the lead, pointed at for the protest's place
    text = ("انفجرت سيارة مفخخة ظهر اليوم في مدينة الباب. وبعد ساعات تجمع عشرات الأهالي في مدينة منبج قرب مكان "
            "الانفجار الذي هز المدينة في الصباح للمطالبة بضبط الأمن.")
    assert ("Remote explosive/landmine/IED", "منبج") not in events(text, date(2022, 1, 15))
    assert ("Remote explosive/landmine/IED", "الباب") in events(text, date(2022, 1, 15))


# --- sides -----------------------------------------------------------------------------------------------------
def test_clash_sides_with_allied_militias_and_nationality_qualifiers():
    e = one_event("دارت معارك عنيفة قرب مدينة الميادين بين قوات النظام المدعمة بمسلحين موالين لها من جنسيات "
                  "لبنانية وعراقية وأفغانية من طرف، ومقاتلي تنظيم الدولة الإسلامية من طرف آخر.")
    assert e["actors"] == ["SYR_GOV", "PRO_GOV_MILITIA"] and e["targets"] == ["ISIS"]


def test_clash_sides_stop_at_the_toll_that_names_a_side_again():
    # the sides counted in the toll after the comma are not more sides of «بين … و…»
    e = one_event("اشتباكات عنيفة على أطراف قرية تل حميس بين قوات النظام والفصائل، تسفر عن سقوط 5 قتلى من قوات "
                  "النظام و3 قتلى في صفوف الفصائل.")
    assert e["actors"] == ["SYR_GOV"] and e["targets"] == ["OPPOSITION"]
    e = one_event("ارتفع إلى 8 عدد القتلى في المعارك الدائرة على محور قرية تل حميس بين قوات النظام والفصائل، "
                  "بينهم 5 عناصر من قوات النظام.")
    assert e["actors"] == ["SYR_GOV"] and e["targets"] == ["OPPOSITION"]


def test_side_named_by_the_noun_counted_is_hit():
    # «هلاك 15 إرهابياً من داعش بضربة جوية»: the people counted dead before the strike are its target
    e = one_event("هلاك 15 إرهابياً من داعش بضربة جوية في قضاء الحويجة.")
    assert e["sub_event_type"] == "Air/drone strike" and e["targets"] == ["ISIS"] and "ISIS" not in e["actors"]


def test_the_air_arm_and_the_occupations_mercenaries():
    e = one_event("نفذ سلاح الجو في الجيش العربي السوري ضربات مركزة على مقرات المسلحين في بلدة اللطامنة.")
    assert e["sub_event_type"] == "Air/drone strike" and e["actors"] == ["SYR_GOV"]
    e = one_event("قصف جيش الاحتلال التركي ومرتزقته قرية أم الكيف بعشرات القذائف.")
    assert e["actors"] == ["TURKEY", "SNA"]
    e = one_event("قصفت مرتزقة الاحتلال التركي قرية أم الكيف بقذائف الهاون.")
    assert e["actors"] == ["SNA"]


def test_the_bare_occupation_is_the_occupier_the_report_names():
    # Kurdish outlets name the Turkish occupation once, then «جيش الاحتلال» alone; elsewhere it is Israel's army
    text = ("استهدفت مسيرات الاحتلال التركي سيارة قرب بلدة الدرباسية. "
            "وقصف جيش الاحتلال بالمدفعية قرية في ريف ناحية جنديرس.")
    assert {e["location"]["name_ar"]: e["actors"] for e in record(text)["events"]} == {
        "الدرباسية": ["TURKEY"], "جنديرس": ["TURKEY"]}
    assert one_event("قصفت مدفعية الاحتلال أطراف بلدة جباتا الخشب.")["actors"] == ["ISRAEL"]


def test_the_mercenaries_alone_are_the_enemy_the_report_names():
    # «المرتزقة» alone: the Turkish-backed factions in a report on the Turkish army, ISIS in one on its cells
    text = "تصدت وحدات حماية الشعب لهجوم جيش الاحتلال التركي ومرتزقته على قرية في ناحية راجو، وقتل 7 من المرتزقة."
    assert (("SNA",), "killed", 7, 7, "exact") in casualties(text)
    text = "هاجمت خلايا مرتزقة داعش نقطة لقسد في بلدة ذيبان، وقتل اثنان من المرتزقة في الاشتباك."
    assert (("ISIS",), "killed", 2, 2, "exact") in casualties(text)


def test_the_armed_side_counted_dead_in_a_strikes_sentence_is_its_target():
    e = one_event("استهدفت طائرة مسيرة تركية سيارة في مدينة عامودا، ما أدى لمقتل اثنين من مقاتلي قسد.")
    assert e["actors"] == ["TURKEY"] and e["targets"] == ["SDF"]
    e = one_event("انفجرت عبوة ناسفة بدورية في بلدة طفس، ما أسفر عن إصابة 3 عناصر من قوات النظام.")
    assert e["actors"] == ["UNKNOWN"] and e["targets"] == ["SYR_GOV"]


@pytest.mark.parametrize("text", [
    "هاجمت عصابات داعش الإرهابية نقطة للجيش في قضاء الحويجة.",
    "هاجم إرهابيو داعش نقطة للجيش في قضاء الحويجة.",
    "هاجمت بقايا داعش نقطة للجيش في قضاء الحويجة.",
])
def test_isis_as_iraqi_outlets_name_it(text):
    assert "ISIS" in one_event(text, date(2021, 3, 15))["actors"]


def test_kurdish_outlets_turkey_and_its_drone_named_with_its_owner():
    # «دولة الاحتلال التركي» is Turkey; a bare «مسيرة» after the verb, then «تابعة لـ» its owner, is who struck
    e = one_event("استهدفت مسيرة تابعة لدولة الاحتلال التركي سيارة مدنية قرب بلدة عامودا.", date(2025, 1, 20))
    assert e["sub_event_type"] == "Air/drone strike" and e["actors"] == ["TURKEY"] and e["targets"] == ["CIVILIANS"]
    e = one_event("قصفت مسيرة تابعة لجيش الاحتلال التركي قرية قرب بلدة تل تمر.", date(2025, 1, 20))
    assert e["actors"] == ["TURKEY"]


@pytest.mark.parametrize("text, actor", [
    ("هاجمت مجموعة إرهابية نقطة للجيش العراقي في ناحية الزاب.", "ISIS"),
    ("هاجمت خلية إرهابية نقطة للجيش العراقي في ناحية الزاب.", "ISIS"),
    ("تعرضت دورية للجيش العراقي لكمين نصبه مسلحون مجهولون قرب ناحية الزاب.", "UNKNOWN"),
])
def test_iraqi_statements_terrorist_groups_and_the_ambush_laid_by_a_side(text, actor):
    e = one_event(text, date(2025, 2, 1))
    assert e["sub_event_type"] == "Armed clash" and e["actors"] == [actor] and e["targets"] == ["IRAQ_GOV"]


def test_druze_gunmen_named_by_their_community_are_local_armed_groups():
    e = one_event("اندلعت اشتباكات بين مسلحين من أبناء الطائفة الدرزية ومسلحين من البدو في بلدة شهبا.", date(2025, 7, 14))
    assert sorted(e["actors"] + e["targets"]) == ["LOCAL_ARMED", "TRIBAL"]


def test_a_house_raided_is_no_area_taken():
    assert events("قتل ثلاثة مدنيين برصاص مسلحين مجهولين اقتحموا منزلاً في مدينة حمص.", date(2025, 2, 20)) == \
        [("Attack", "حمص")]
    assert events("اقتحم مسلحون منزلا في بلدة جرمانا.", date(2025, 2, 20)) == []


@pytest.mark.parametrize("text", [
    "أعدمت عناصر من الأمن العام ميدانيا شابين في مدينة بانياس.",
    "أعدمت عناصر تابعة لوزارة الدفاع رمياً بالرصاص شابين في مدينة بانياس.",
])
def test_members_after_a_feminine_verb_are_its_subject_and_a_shooting_is_no_courts_sentence(text):
    e = one_event(text, date(2025, 3, 8))
    assert e["sub_event_type"] == "Attack" and e["actors"] == ["SYR_GOV_NEW"] and e["targets"] == ["CIVILIANS"]


@pytest.mark.parametrize("text", [
    "استلمت قوات وزارة الدفاع سد تشرين بعد انسحاب قوات سوريا الديمقراطية منه.",
    "تسلمت قوات الحكومة السورية سد تشرين من قوات سوريا الديمقراطية بموجب الاتفاق.",
])
def test_an_area_received_without_fighting_is_a_non_violent_transfer_to_the_receiver(text):
    e = one_event(text, date(2025, 1, 19))
    assert e["sub_event_type"] == "Non-violent transfer of territory" and e["actors"] == ["SYR_GOV_NEW"]
    assert not [k for k in record(text, date(2025, 1, 19))["control"] if k["actor"] == "SYR_GOV_NEW"
                and k["change"] in ("lost", "withdrew")]


def test_the_side_right_after_a_triggers_own_preposition_is_its_object():
    e = one_event("ألقت قوة أمنية مشتركة القبض على متهمين بالإرهاب في قضاء بيجي بمحافظة صلاح الدين.", date(2025, 4, 13))
    assert e["sub_event_type"] == "Arrests" and e["actors"] == ["IRAQ_GOV"] and e["targets"] == ["ISIS"]


def test_civilians_executed_by_forces_are_an_attack_not_a_courts_sentence():
    e = one_event("أعدمت قوات وزارة الدفاع أربعة مدنيين في مدينة بانياس.", date(2025, 3, 8))
    assert e["sub_event_type"] == "Attack" and e["actors"] == ["SYR_GOV_NEW"] and e["targets"] == ["CIVILIANS"]


def test_an_agreement_signed_by_far_subjects_and_what_it_stipulates():
    # «اتفاقاً» is the object of a signing whose subjects stand far before it; what it stipulates is to come
    e = one_event("وقع الرئيس أحمد الشرع وقائد قوات سوريا الديمقراطية مظلوم عبدي في دمشق اتفاقاً يقضي باندماج قسد "
                  "في مؤسسات الدولة.", date(2025, 3, 10))
    assert e["sub_event_type"] == "Agreement" and sorted(e["actors"] + e["targets"]) == ["SDF", "SYR_GOV_NEW"]


@pytest.mark.parametrize("text", [
    "جرفت قوات الاحتلال الإسرائيلي أراضي زراعية في قرية الحميدية بريف القنيطرة.",
    "هدمت قوات الاحتلال منزلين في بلدة جباتا الخشب.",
])
def test_demolishing_and_bulldozing_are_property_destruction(text):
    e = one_event(text, date(2025, 1, 30))
    assert e["sub_event_type"] == "Looting/property destruction" and e["actors"] == ["ISRAEL"]


def test_bulldozing_is_not_read_in_the_place_jurf_al_sakhar():
    e = one_event("قصفت طائرة مسيرة مقرا لكتائب حزب الله في منطقة جرف الصخر.", date(2024, 11, 3))
    assert e["sub_event_type"] == "Air/drone strike"


def test_the_mercenaries_of_kurdish_outlets_are_the_turkish_backed_factions_where_turkey_is_named():
    r = record("صدت قوات سوريا الديمقراطية هجوماً لمرتزقة الاحتلال التركي قرب سد تشرين، وقتل 6 من المرتزقة.",
               date(2025, 1, 9))
    assert [(c["group"], c["low"]) for c in r["casualties"]] == [(["SNA"], 6)]


def test_one_terrorist_named_or_wanted_is_the_states_enemy():
    r = record("أعلنت خلية الإعلام الأمني مقتل الإرهابي المدعو أبو خالد في عملية بقضاء الحويجة.", date(2024, 9, 10))
    assert [(c["group"], c["low"]) for c in r["casualties"]] == [(["ISIS"], 1)]
    e = one_event("ألقت قوة أمنية القبض على إرهابي مطلوب في قضاء الفلوجة بمحافظة الأنبار.", date(2025, 2, 3))
    assert e["sub_event_type"] == "Arrests" and e["targets"] == ["ISIS"]


def test_an_armed_group_named_alone_is_the_states_enemy_unless_a_side_owns_it():
    e = one_event("نصبت مجموعة مسلحة كميناً لدورية من الأمن العام قرب مدينة تلكلخ.", date(2025, 3, 27))
    assert e["sub_event_type"] == "Armed clash" and e["actors"] == ["LOCAL_ARMED"] and e["targets"] == ["SYR_GOV_NEW"]
    e = one_event("هاجمت مجموعة مسلحة من أبناء العشائر حاجزا لقوات الأمن العام قرب مدينة تلكلخ.", date(2025, 3, 27))
    assert e["actors"] == ["TRIBAL"]


@pytest.mark.parametrize("text", [
    "قصف طيران الجيش وكرا لعصابات داعش في وادي الشاي جنوب كركوك.",
    "نفذت طائرات القوة الجوية ضربة على مضافة لداعش في وادي الشاي جنوب كركوك.",
])
def test_an_iraqi_air_strike_on_a_hideout_hits_its_owner(text):
    # «وكراً» opens with the letter of «و» but is a word of its own: the hideout's owner is hit, not an ally
    e = one_event(text, date(2025, 2, 20))
    assert e["sub_event_type"] == "Air/drone strike" and e["actors"] == ["IRAQ_GOV"] and e["targets"] == ["ISIS"]


def test_iraqi_valleys_and_districts_without_their_province_make_the_state_iraqs():
    e = one_event("نفذت طائرات القوة الجوية ضربة دقيقة على مضافة لبقايا داعش في وادي حوران.", date(2025, 2, 22))
    assert e["actors"] == ["IRAQ_GOV"] and e["targets"] == ["ISIS"]


def test_protesters_arrested_after_a_dispersal_are_the_protests_intervention_not_an_arrest_campaign():
    assert events("فرقت القوات الأمنية بالقوة تظاهرة لأهالي قضاء الزبير، واعتقلت عدداً من المحتجين.",
                  date(2025, 7, 19)) == [("Protest with intervention", "الزبير")]


def test_the_definite_side_right_after_an_indefinite_weapon_is_hit_not_its_owner():
    e = one_event("استهدفت المقاومة الإسلامية في العراق بطائرة مسيرة القوات الأمريكية في قاعدة حرير.", date(2024, 2, 4))
    assert e["actors"] == ["IRAN"] and e["targets"] == ["COALITION"]
    e = one_event("استهدفت طائرات الاحتلال التركي قرية قرب ناحية سيدكان.", date(2024, 2, 4))
    assert e["actors"] == ["TURKEY"]


def test_iraqi_towns_make_the_security_forces_iraqs():
    e = one_event("هاجم مسلحون مجهولون نقطة لقوات الأمن في ناحية الدجيل.", date(2021, 3, 15))
    assert "IRAQ_GOV" in e["targets"] + e["actors"]


def test_soldiers_killed_in_an_attack_are_not_the_attackers():
    rec = record("قتل 3 جنود بهجوم لداعش على نقطة للجيش في قضاء الطارمية.", date(2021, 3, 15))
    assert [c["group"] for c in rec["casualties"]] == [["IRAQ_GOV"]]
    e = rec["events"][0]
    assert e["sub_event_type"] == "Armed clash" and e["actors"] == ["ISIS"] and e["targets"] == ["IRAQ_GOV"]


@pytest.mark.parametrize("text, expected", [
    # the genitive/accusative plural with its number after it is the people killed, not the killers
    ("تمكنت الشرطة الاتحادية من قتل إرهابيين اثنين في قضاء الحويجة.", (("ISIS",), "killed", 2, 2, "exact")),
    ("قتل مسلحون مجهولون اثنين من المدنيين في بلدة جاسم.", (("CIVILIANS",), "killed", 2, 2, "exact")),
])
def test_the_plural_counted_by_the_number_after_it(text, expected):
    assert expected in [(tuple(c["group"]), c["outcome"], c["low"], c["high"], c["qualifier"])
                        for c in record(text, date(2021, 3, 15))["casualties"]]


def test_the_side_owning_what_was_hit_before_a_weapon_is_the_target():
    e = one_event("استهدف مسلحون مجهولون سيارة عسكرية لقوات النظام بالرصاص في بلدة طفس، ما أدى لمقتل ضابط.")
    assert e["actors"] == ["UNKNOWN"] and e["targets"] == ["SYR_GOV"]


def test_words_describing_the_strike_stand_between_it_and_its_author():
    e = one_event("قصف مدفعي وصاروخي مكثف لقوات النظام يطال بلدة الهبيط.")
    assert e["actors"] == ["SYR_GOV"]


@pytest.mark.parametrize("text, sub_type", [
    ("سقطت قذائف مدفعية أطلقتها قوات النظام على بلدة الهبيط.", "Shelling/artillery/missile attack"),
    ("ألقت مروحيات النظام برميلين متفجرين على بلدة الهبيط.", "Air/drone strike"),
])
def test_the_author_named_after_the_weapon_in_other_forms(text, sub_type):
    e = one_event(text)
    assert e["sub_event_type"] == sub_type and e["actors"] == ["SYR_GOV"]


def test_a_suicide_bomber_of_no_named_side_is_unknown():
    e = one_event("فجر انتحاري نفسه بحزام ناسف في سوق مدينة الباب، ما أدى لمقتل 4 مدنيين.")
    assert e["sub_event_type"] == "Suicide bomb" and e["actors"] == ["UNKNOWN"] and e["targets"] == ["CIVILIANS"]


def test_air_strike_author_and_civilian_target():
    e = one_event("قصفت الطائرات الحربية الروسية بلدة كفرنبل ما أدى لمقتل 3 مدنيين.")
    assert e["actors"] == ["RUSSIA"] and "CIVILIANS" in e["targets"]


def test_unnamed_warplanes_are_unknown():
    e = one_event("نفذت طائرات حربية غارات على بلدة كفرنبل.")
    assert e["actors"] == ["UNKNOWN"]


def test_the_side_a_campaign_is_aimed_at_is_hit_not_the_one_acting():
    text = "تستهدف الحملة الأمنية في مدينة تلكلخ الموالين للنظام البائد مع اعتقال خمسة من قادة مليشيا الدفاع الوطني."
    e = one_event(text, date(2025, 1, 20))
    assert e["sub_event_type"] == "Arrests" and "LOCAL_ARMED" in e["targets"] and "LOCAL_ARMED" not in e["actors"]


@pytest.mark.parametrize("text", [
    "قتل ستة مدنيين في عمليات انتقامية نفذتها مجموعات مسلحة في قرية الرصافة بريف مصياف.",
    "وثقت الشبكة مقتل أربعة مدنيين في أعمال انتقامية بمدينة تلكلخ.",
    "قضى ثلاثة شبان في عمليات تصفية بقرية الرصافة.",
])
def test_revenge_killings_are_attacks_on_civilians(text):
    e = one_event(text, date(2025, 3, 8))
    assert e["sub_event_type"] == "Attack" and e["targets"] == ["CIVILIANS"]


@pytest.mark.parametrize("text, actor", [
    ("اعتقلت قوة من الجيش الإسرائيلي ثلاثة رعاة في بلدة جباتا الخشب.", "ISRAEL"),
    ("داهمت مجموعة من الأمن العام منزلاً في مدينة جبلة واعتقلت شابين.", "SYR_GOV_NEW"),
])
def test_a_detachment_of_a_side_after_the_verb_is_its_subject(text, actor):
    e = record(text, date(2025, 6, 1))["events"][0]
    assert e["sub_event_type"] == "Arrests" and e["actors"] == [actor]


@pytest.mark.parametrize("text", [
    "قتل رجل برصاص مسلحين مجهولين في عملية انتقامية بمدينة القدموس.",
    "قتل رجل برصاص مسلحين مجهولين في عملية اغتيال بمدينة القدموس.",
])
def test_one_killing_told_by_two_words_is_one_event(text):
    e = one_event(text, date(2025, 2, 14))
    assert e["sub_event_type"] == "Attack" and e["targets"] == ["CIVILIANS"]


@pytest.mark.parametrize("text, actor, target, day", [
    ("قتل مدنيان برصاص عناصر من الأمن العام في قرية حرف بنمرة.", "SYR_GOV_NEW", "CIVILIANS", date(2025, 3, 9)),
    ("قتل عنصران من قسد برصاص مسلحين من خلايا داعش في بلدة الشحيل.", "ISIS", "SDF", date(2020, 3, 9)),
])
def test_the_members_of_a_side_after_the_weapon_fired_it(text, actor, target, day):
    e = one_event(text, day)
    assert e["actors"] == [actor] and e["targets"] == [target]


@pytest.mark.parametrize("text, actor, target", [
    ("وثقت الشبكة مقتل خمسة مدنيين على يد عناصر من الأمن العام في قرية بيت عانا.", "SYR_GOV_NEW", "CIVILIANS"),
    ("قتل عنصر من قسد على أيدي خلايا داعش في بلدة الشحيل.", "ISIS", "SDF"),
])
def test_a_death_at_the_hands_of_a_side_is_its_killing(text, actor, target):
    e = one_event(text, date(2025, 3, 9))
    assert e["actors"] == [actor] and e["targets"] == [target]


def test_another_hurt_is_one_more_of_the_people_counted_before():
    e = one_event("قتل عنصر من قسد وأصيب آخر برصاص مسلحين من خلايا داعش في بلدة الصور.", date(2025, 4, 2))
    assert e["sub_event_type"] == "Armed clash" and e["targets"] == ["SDF"]
    e = one_event("قتل مدني وأصيب آخر برصاص مسلحين مجهولين في بلدة الصور.", date(2025, 4, 2))
    assert e["sub_event_type"] == "Attack" and e["targets"] == ["CIVILIANS"]


def test_shelling_of_residential_quarters_is_on_civilians():
    text = "اندلعت اشتباكات بين قسد والجيش السوري في حي الشيخ مقصود. وتستهدف قسد بقذائف الهاون الأحياء السكنية في حي السريان."
    evs = [e for e in record(text, date(2025, 10, 6))["events"] if e["sub_event_type"].startswith("Shelling")]
    assert [(e["location"]["name_ar"], e["targets"]) for e in evs] == [("السريان", ["CIVILIANS"])]


@pytest.mark.parametrize("text", [
    "اندلعت اشتباكات بين قسد والجيش السوري في حي الشيخ مقصود ضمن مدينة حلب.",
    "اندلعت اشتباكات بين قسد والجيش السوري في حي الشيخ مقصود ذي الأغلبية الكردية في مدينة حلب.",
    "اندلعت اشتباكات بين قسد والجيش السوري في حي الشيخ مقصود ذي الغالبية الكردية ضمن مدينة حلب شمالي البلاد.",
    # a description of any length up to the words that locate the place
    "اندلعت اشتباكات بين قسد والجيش السوري في حي الشيخ مقصود ذي الغالبية السكانية الكردية في مدينة حلب.",
])
def test_the_town_within_which_or_after_a_description_locates_the_quarter(text):
    assert events(text, date(2025, 11, 26)) == [("Armed clash", "الشيخ مقصود")]


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


def test_an_event_at_the_village_anaphor_is_at_the_village_not_the_town_locating_it():
    assert events("انفجر لغم بسيارة عسكرية قرب قرية تل عرن شرقي مدينة السفيرة. وقال ناشطون إن طائرة مسيرة تركية "
                  "قصفت نقطة عسكرية عند أطراف القرية.") == [("Remote explosive/landmine/IED", "تل عرن"),
                                                          ("Air/drone strike", "تل عرن")]


def test_a_governorate_event_told_as_earlier_is_no_summary_of_the_local_one():
    # «وقبل أيام، …»: an earlier event of its own; a report's earlier wording of the news («وقبل أيام، قالت مصادر
    # إن …») is still the sum of the village's event
    first = "انفجر لغم أرضي بسيارة مدنية قرب قرية تل عرن بريف حلب الشرقي. "
    assert events(first + "وقبل أيام، انفجر لغم بسيارة تقل عمالا في بادية حلب، ما أدى إلى مقتل اثنين منهم.") == [
        ("Remote explosive/landmine/IED", "تل عرن"), ("Remote explosive/landmine/IED", "حلب")]
    assert events(first + "وانفجر لغم آخر بسيارة تقل عمالا في بادية حلب، ما أدى إلى مقتل اثنين منهم.") == [
        ("Remote explosive/landmine/IED", "تل عرن")]
    assert events(first + "وقبل أيام، قالت مصادر محلية إن لغما انفجر بسيارة تقل عمالا في بادية حلب.") == [
        ("Remote explosive/landmine/IED", "تل عرن")]


def test_a_city_shelled_for_days_running_sums_up_todays_quarter():
    # «لليوم الخامس على التوالي»: a run of days holds today, when the quarter named was hit; yesterday's alone does not
    assert events("تتعرض أحياء مدينة دير الزور لغارات من الطيران الحربي الروسي لليوم الخامس على التوالي. وشنت طائرة "
                  "روسية غارة على حي الجورة صباح اليوم.", date(2016, 4, 20)) == [("Air/drone strike", "الجورة")]
    assert events("تعرضت أحياء مدينة دير الزور لغارات من الطيران الحربي الروسي أمس. وشنت طائرة روسية غارة على حي "
                  "الجورة صباح اليوم.", date(2016, 4, 20)) == [("Air/drone strike", "دير الزور"),
                                                               ("Air/drone strike", "الجورة")]


def test_an_unnamed_village_near_a_town_is_the_village_the_report_names():
    # «في قرية غربي مدينة X»: a village left unnamed near the town; the village named later is where it happened
    assert events("جرح طفلان بقذيفة هاون سقطت على منزل في قرية غربي مدينة منبج. وأوضح مختار قرية الحمران أن "
                  "القذيفة أصابت سطح المنزل.") == [("Shelling/artillery/missile attack", "الحمران")]
    assert events("انفجرت عبوة ناسفة بسيارة ببلدة شمال مدينة الباب. وذكر أحد أهالي بلدة قباسين أن العبوة زرعت تحت "
                  "السيارة ليلا.") == [("Remote explosive/landmine/IED", "قباسين")]
    # (west of the town, no village said: a shell of its own beside the village's)
    assert events("جرح طفلان بقذيفة هاون سقطت غربي مدينة منبج. وسقطت قذيفة أخرى على منزل في قرية الحمران.") == [
        ("Shelling/artillery/missile attack", "منبج"), ("Shelling/artillery/missile attack", "الحمران")]


def test_a_clause_without_a_place_takes_its_sentences_later_place_before_the_last_sentences():
    # «ولقي جنديان حتفهما في مواجهة مع مسلحين، إثر هجوم … عند قرية X»: the village the sentence names, not the desert before
    assert events("استعادت قوات النظام نقاطا في بادية حمص أمس. ولقي جنديان حتفهما في مواجهة مع مسلحين، إثر هجوم شنه "
                  "المسلحون على حاجز للجيش عند مدخل قرية جب الجراح.") == [("Government regains territory", "حمص"),
                                                                         ("Armed clash", "جب الجراح")]


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


def test_present_tense_result_verb_is_no_denial():
    # a headline's «تسفر عن» (present tense) reports the toll; only «لم تسفر» denies it
    assert (("CIVILIANS",), "killed", 3, 3, "exact") in casualties("انفجار في مدينة منبج يسفر عن مقتل 3 مدنيين.")
    assert casualties("قصف مدفعي على مدينة منبج لم يسفر عن إصابات.") == []


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


def test_an_outcome_with_its_own_pronoun_closes_its_count():
    # «مصرعهم», «حتفه», «مقتله» end their statement: the outcome joined after them counts its own people
    found = casualties("لقي سبعة من عناصر داعش مصرعهم وأصيب اثنان من مقاتلي قسد في بلدة الشحيل.")
    assert (("ISIS",), "killed", 7, 7, "exact") in found and (("SDF",), "injured", 2, 2, "exact") in found
    found = casualties("أطلق مسلحون النار على رجل في بلدة طفس ما أدى لمقتله وإصابة 3 آخرين.")
    assert (("CIVILIANS",), "injured", 3, 3, "exact") in found
    # still a joint total when the two outcome words share one count
    assert casualties("أدى القصف إلى مقتل وإصابة 5 مدنيين في بلدة طفس.") == []


def test_people_told_before_their_verb_are_no_joint_total():
    found = casualties("مدنيان قتلا وأصيب ثلاثة آخرون في قصف مدفعي على مدينة خان شيخون.")
    assert found == [(("CIVILIANS",), "killed", 2, 2, "exact"), (("CIVILIANS",), "injured", 3, 3, "exact")]


def test_another_with_no_one_counted_before_is_last_not_a_person():
    assert casualties("سيطرت قوات النظام على بلدة كفرنبودة بعد القضاء على آخر تجمعات المسلحين فيها.") == []
    assert (("SDF",), "injured", 1, 1, "exact") in casualties("قتل عنصر من قسد وجرح آخر بانفجار لغم في الشدادي.")


@pytest.mark.parametrize("text, expected", [
    # the enemy's dead in state and Iraqi outlets: «القضاء على», «هلاك», mercenaries, members («منتسب»)
    ("تم القضاء على 12 إرهابياً في محيط بلدة اللطامنة.", (("OPPOSITION",), "killed", 12, 12, "exact")),
    ("وحدات الجيش تقضي على عدد من الإرهابيين في محيط بلدة اللطامنة.", (("OPPOSITION",), "killed", None, None, "vague")),
    ("هلاك 6 من عناصر داعش بضربة جوية في قضاء الحويجة.", (("ISIS",), "killed", 6, 6, "exact")),
    ("قتل تسعة من مرتزقة داعش في بلدة الشحيل.", (("ISIS",), "killed", 9, 9, "exact")),
    ("استشهد منتسب في الحشد الشعبي وأصيب اثنان آخران بانفجار عبوة في قضاء الطارمية.",
     (("IRAQ_PMF",), "injured", 2, 2, "exact")),
    ("استشهد منتسبان اثنان من الحشد الشعبي بهجوم في قضاء الطارمية.", (("IRAQ_PMF",), "killed", 2, 2, "exact")),
])
def test_enemy_dead_and_members_as_other_outlets_write_them(text, expected):
    assert expected in casualties(text)


@pytest.mark.parametrize("text, expected", [
    # a side lost or mourns its men: the subject between the verb and the count is the side («خسر~» needs its men)
    ("خسرت قوات النظام 7 من عناصرها في اشتباكات على محور بلدة كبانة.", (("SYR_GOV",), "killed", 7, 7, "exact")),
    ("خسر تنظيم داعش 12 عنصراً في المعارك مع قسد في بلدة الشحيل.", (("ISIS",), "killed", 12, 12, "exact")),
    ("نعت الفصائل 5 من مقاتليها سقطوا على جبهة الكبينة.", (("OPPOSITION",), "killed", 5, 5, "exact")),
    # «فقدت», «فقدوا» as «خسر~»: a side lost its men
    ("فقدت قوات النظام تسعة جنود في هجوم لداعش قرب مدينة السخنة.", (("SYR_GOV",), "killed", 9, 9, "exact")),
    ("وفقدت قسد 4 مقاتلين بانفجار لغم شرق بلدة الهول.", (("SDF",), "killed", 4, 4, "exact")),
])
def test_a_side_lost_its_men(text, expected):
    assert expected in casualties(text)


@pytest.mark.parametrize("text, expected", [
    # beheading is a killing («قطع~ رأس/رؤوس», «فصل~ رأس»)
    ("أقدم عناصر داعش على قطع رؤوس ثلاثة رعاة في بادية السخنة.", (("CIVILIANS",), "killed", 3, 3, "exact")),
    ("قطع مسلحو التنظيم رؤوس خمسة أسرى في بلدة غرانيج.", (("CIVILIANS",), "killed", 5, 5, "exact")),
])
def test_beheading_is_a_killing(text, expected):
    assert expected in casualties(text)


def test_a_backdrop_attack_is_not_made_an_event_by_a_side_named_after_its_place():
    text = "وبعد تفجير كبير على حاجز في بلدة الشحيل انتشرت عناصر قسد في شوارع البلدة."
    assert record(text)["events"] == []
    assert events("وبعد هجوم لتنظيم داعش على نقاط في بلدة الشحيل انسحبت القوات منها.")[:1] == [
        ("Armed clash", "الشحيل")]


@pytest.mark.parametrize("text, count", [
    ("عُثر على جثتي شابين عليهما آثار طلقات نارية في بلدة طفس.", 2),
    ("وجدت جثة رجل مقتولاً بالرصاص في بلدة طفس.", 1),
    ("عثر الأهالي على جثمان شاب مقتولاً في بلدة طفس.", 1),
])
def test_bodies_found_in_other_words(text, count):
    rec = record(text)
    assert [(e["sub_event_type"], e["location"]["name_ar"]) for e in rec["events"]] == [("Attack", "طفس")]
    assert (("CIVILIANS",), "killed", count, count, "exact") in casualties(text)


@pytest.mark.parametrize("text", [
    "عثرت دورية للشرطة في ريف القصير على جثة رجل مقتولاً بالرصاص.",
    "وعثر رعاة في ريف صافيتا، صباح اليوم، على جثتي شابين عليهما آثار تعذيب.",
])
def test_a_body_found_in_a_towns_countryside_is_one_killing_there(text):
    # the finders stand between the verb and «على جثة»: the countryside is where the body lay, no summary
    assert [e[0] for e in events(text)] == ["Attack"]


def test_a_rising_toll_whose_label_names_civilians_is_theirs():
    # the fighters counted before do not lend their side to «عدد الشهداء المدنيين»
    text = ("دارت اشتباكات بين وحدات حماية الشعب والفصائل الموالية لتركيا في ناحية راجو، وقتل 9 من عناصر الفصائل. "
            "وارتفع عدد الشهداء المدنيين منذ بدء الهجوم إلى 140 شهيداً.")
    assert (("CIVILIANS",), "killed", 140, 140, "exact") in casualties(text)


def test_armed_men_of_a_side_attacking_are_its_actors_and_the_attackers_counted_are_theirs():
    text = ("قتل عنصران من الأمن العام بهجوم شنه مسلحون من فلول النظام على حاجز في مدينة بانياس. "
            "وقال مصدر أمني إن عناصر الحاجز ردوا على الهجوم وقتلوا اثنين من المهاجمين.")
    rec = record(text, date(2025, 3, 9))
    assert [(e["actors"], e["targets"]) for e in rec["events"]] == [(["LOCAL_ARMED"], ["SYR_GOV_NEW"])]
    assert (["LOCAL_ARMED"], "killed", 2) in [(c["group"], c["outcome"], c["low"]) for c in rec["casualties"]]


def test_the_people_of_the_vehicle_hit_are_counted():
    # (of no side told: the men of a vehicle a drone hits are not presumed civilians)
    found = casualties("استهدفت طائرة مسيرة تركية دراجة نارية قرب مدينة عامودا، ما أدى لمقتل راكبها.")
    assert found == [(("UNKNOWN",), "killed", 1, 1, "exact")]


def test_a_subset_after_the_last_item_of_a_list_is_part_of_that_item():
    # «بينهم» after «7 من قوات النظام و4 من الفصائل» opens a part of the count told last, the factions' four
    found = casualties("قتل في المعارك 7 من عناصر قوات النظام و4 من مقاتلي الفصائل، بينهم قائد ميداني، قرب مدينة اللطامنة.")
    assert (("OPPOSITION",), "killed", 1, 1, "exact") in found
    assert (("SYR_GOV",), "killed", 1, 1, "exact") not in found
    found = casualties("قتل 9 عناصر من قوات النظام بينهم ضابط و6 من مقاتلي الفصائل في اشتباكات قرب مدينة اللطامنة.")
    assert (("SYR_GOV",), "killed", 1, 1, "exact") in found and (("OPPOSITION",), "killed", 6, 6, "exact") in found


def test_of_them_points_back_to_the_side_named_in_its_sentence():
    # «منهم» after a count, in a sentence that names a side and counts no one before: that side's men, not the
    # civilians counted in the sentence before
    found = casualties("قتل 9 مدنيين في هجوم لتنظيم داعش على قرية قرب قضاء المقدادية. "
                       "وهرع مقاتلون من الحشد الشعبي للتصدي للهجوم، ما أدى إلى مقتل ثلاثة منهم.")
    assert (("IRAQ_PMF",), "killed", 3, 3, "exact") in found
    assert (("CIVILIANS",), "killed", 9, 9, "exact") in found


def test_his_colleagues_are_of_the_man_counted_before():
    # «من زملائه» right after a count: the men of the one counted before it, not the attack's author named after
    found = casualties("هاجم مسلحو داعش قرية قرب قضاء حديثة. واستشهد منتسب في الشرطة وجرح ثلاثة من زملائه بهجوم "
                       "مسلح على مخفر في قضاء حديثة.")
    assert (("IRAQ_GOV",), "injured", 3, 3, "exact") in found
    found = casualties("قتل جندي وأصيب اثنان من رفاقه بانفجار عبوة ناسفة قرب مدينة تدمر.")
    assert (("SYR_GOV",), "injured", 2, 2, "exact") in found
    # «عناصره» is the army's men, whoever was counted before
    found = casualties("أعلن الجيش العراقي مقتل مدني وإصابة 3 من عناصره بهجوم لداعش قرب قضاء حديثة.")
    assert (("IRAQ_GOV",), "injured", 3, 3, "exact") in found


def test_duals_of_shepherds_and_leaders_and_hunters_are_counted():
    assert (("CIVILIANS",), "injured", 2, 2, "exact") in casualties("أصيب راعيان بانفجار لغم قرب قضاء الحويجة.")
    assert (("CIVILIANS",), "killed", 3, 3, "exact") in casualties("قتل 3 صيادين بانفجار لغم في بادية تدمر.")
    found = casualties("قتل 6 من عناصر الحرس الثوري، بينهم قائدان، في غارة إسرائيلية على حي المزة بدمشق.")
    assert (("IRAN",), "killed", 2, 2, "exact") in found


def test_others_of_the_civilians_named_are_civilians():
    # «آخرين» with «من» and a noun of civilians: not the people of the count before
    found = casualties("قتل قيادي في داعش بضربة جوية قرب الرطبة. وعثر على جثتي اثنين آخرين من الرعاة في صحراء الرطبة.")
    assert (("CIVILIANS",), "killed", 2, 2, "exact") in found


def test_the_syriac_military_council_is_of_the_sdf():
    found = casualties("تصدى المجلس العسكري السرياني لهجوم قرب بلدة تل تمر، واستشهد مقاتل من المجلس العسكري.")
    assert found == [(("SDF",), "killed", 1, 1, "exact")]


def test_a_toll_told_beside_another_with_wa_ila_is_its_own():
    # «… إلى 347 عدد X، وإلى 321 عدد Y»: the verb left out, a second toll of other people, no part of the first
    found = casualties("ارتفع إلى 230 عدد مقاتلي قسد الذين قتلوا منذ بدء الهجوم، وإلى 190 عدد مقاتلي الفصائل، "
                       "بالإضافة إلى 30 جندياً تركياً.")
    assert (("SDF",), "killed", 230, 230, "exact") in found
    assert (("SNA",), "killed", 190, 190, "exact") in found or (("OPPOSITION",), "killed", 190, 190, "exact") in found
    assert (("TURKEY",), "killed", 30, 30, "exact") in found


def test_a_toll_of_dead_with_some_civilians_is_of_the_side_counted_before_too():
    # «28 شهيداً، بينهم 11 مدنياً»: not all civilians; the others are the fighters of the one side counted before
    found = casualties("استشهد ثلاثة من مقاتلي قسد بقصف تركي قرب مدينة القامشلي. وبحسب إحصائية أعدها مراسلنا، "
                       "ارتفع عدد الشهداء منذ مطلع الشهر إلى 28 شهيداً، بينهم 11 مدنياً.")
    assert (("SDF", "CIVILIANS"), "killed", 28, 28, "exact") in found
    assert (("CIVILIANS",), "killed", 11, 11, "exact") in found
    found = casualties("استشهد مقاتلان من قسد بقصف تركي قرب مدينة عامودا. وقالت الإدارة الذاتية إن الهجمات منذ أمس "
                       "أسفرت عن استشهاد 11 شخصاً، بينهم 6 مدنيين.")
    assert (("SDF", "CIVILIANS"), "killed", 11, 11, "exact") in found


def test_the_attackers_killed_are_of_the_side_they_are_thought_to_belong_to():
    found = casualties("قتل عنصران من قسد في هجوم نفذه مسلحون يرجح انتماؤهم لخلايا داعش على حاجز في بلدة الشحيل، "
                       "فيما قتل أحد المهاجمين.")
    assert (("ISIS",), "killed", 1, 1, "exact") in found and (("SDF",), "killed", 2, 2, "exact") in found


def test_a_plural_joined_by_and_with_its_number_after_it_is_an_item_of_the_list():
    # «مقتل عنصر من حزب الله ومدنيين اثنين»: the number word after the plural counts it
    found = casualties("أسفرت الغارة على حي المزة عن مقتل عنصر من حزب الله ومدنيين اثنين.")
    assert (("HEZBOLLAH",), "killed", 1, 1, "exact") in found and (("CIVILIANS",), "killed", 2, 2, "exact") in found
    # an adjective that agrees with the plural may stand before the number word
    assert (("CIVILIANS",), "killed", 2, 2, "exact") in casualties("أسفرت الغارة عن مقتل مدنيين سوريين اثنين قرب حي المزة.")


def test_the_day_between_the_verb_and_its_count():
    assert (("TRIBAL",), "killed", 4, 4, "exact") in casualties("وقتل اليوم 4 من مسلحي العشائر في اشتباكات قرب بلدة ذيبان.")


def test_of_them_after_the_attackers_are_the_attackers():
    # «اشتبكت القوة مع المهاجمين وقتلت ثلاثة منهم»: «منهم» points back to the attackers, not the defending force
    found = casualties("قتل جنديان إثر هجوم نفذه مسلحو داعش على موقع عسكري قرب قضاء الطارمية. "
                       "وقال مصدر أمني إن قوة من الجيش العراقي اشتبكت مع المهاجمين وقتلت ثلاثة منهم.")
    assert (("ISIS",), "killed", 3, 3, "exact") in found


def test_the_dead_are_then_listed_by_side():
    found = casualties("قتل 20 مقاتلاً في معارك قرب بلدة كفرنبودة. وأوضح المرصد أن القتلى هم 12 من قوات النظام، و8 من الفصائل.")
    assert (("SYR_GOV",), "killed", 12, 12, "exact") in found and (("OPPOSITION",), "killed", 8, 8, "exact") in found


def test_a_part_after_among_them_told_by_its_own_verb_is_of_the_whole():
    # GUIDELINES: «بينهم 8 عناصر فجروا أنفسهم» is its own record, of the people of the whole
    found = casualties("قتل 40 عنصراً من تنظيم داعش في الهجوم على قرية قرب مدينة الميادين، بينهم 6 فجروا أنفسهم.")
    assert (("ISIS",), "killed", 6, 6, "exact") in found and (("ISIS",), "killed", 40, 40, "exact") in found


def test_the_wound_a_death_came_after_is_no_count():
    found = casualties("فارقت امرأة الحياة بعد إصابتها بطلقات نارية في بلدة طفس، بينما أصيب سائقها بجروح.")
    assert found == [(("CIVILIANS",), "killed", 1, 1, "exact"), (("CIVILIANS",), "injured", 1, 1, "exact")]


def test_a_mother_and_her_two_children_are_three_of_the_dead():
    found = casualties("قتل 5 مدنيين، بينهم امرأة وطفلاها، في غارات روسية على مدينة أريحا.")
    assert (("CIVILIANS",), "killed", 3, 3, "exact") in found
    found = casualties("قتل 9 مدنيين بينهم طفلان وامرأة في غارات على مدينة أريحا.")
    assert (("CIVILIANS",), "killed", 2, 2, "exact") in found and (("CIVILIANS",), "killed", 1, 1, "exact") in found


def test_the_side_named_with_the_strikes_is_not_the_wounded():
    found = casualties("استشهد 5 مدنيين وجرح العشرات في غارات روسية على مدينة أريحا.")
    assert (("CIVILIANS",), "injured", None, None, "vague") in found


def test_the_members_of_a_named_army():
    found = casualties("قتل 4 من عناصر الجيش الوطني و2 من مقاتلي قسد في اشتباكات على محور قرية الدردارة.")
    assert (("SNA",), "killed", 4, 4, "exact") in found and (("SDF",), "killed", 2, 2, "exact") in found


def test_victims_of_what_is_named():
    assert (("CIVILIANS",), "killed", 7, 7, "exact") in casualties("راح ضحية القصف 7 مدنيين في مدينة أريحا.")


@pytest.mark.parametrize("text", [
    "خرجت تظاهرة في مدينة جاسم تندد بالاعتقالات.",
    "خرجت مظاهرة في مدينة جاسم رفضاً للاعتقالات التعسفية.",
])
def test_what_a_protest_denounces_is_no_event(text):
    assert events(text) == [("Peaceful protest", "جاسم")]


def test_losing_ground_is_no_death():
    assert casualties("خسرت الفصائل مواقعها في بلدة كبانة بعد معارك عنيفة.") == []
    assert casualties("فقدت قوات النظام السيطرة على بلدة كبانة بعد هجوم للفصائل.") == []
    # «فقد» is also «ف» + «قد»
    assert casualties("أما في الريف فقد انتشر مقاتلو الفصائل في القرى المحيطة ببلدة كبانة.") == []


@pytest.mark.parametrize("text, side", [
    ("قتل جنديان عراقيان بهجوم لتنظيم داعش على موقع للجيش في قضاء الطارمية.", "IRAQ_GOV"),
    ("قتل جنديان روسيان بانفجار لغم في ريف حماة الشرقي.", "RUSSIA"),
    ("أصيب ثلاثة جنود أتراك بقصف على قاعدة في ريف حلب الشمالي.", "TURKEY"),
    ("أصيب ضابط إسرائيلي بانفجار عبوة في ريف القنيطرة.", "ISRAEL"),
])
def test_soldiers_by_their_nationality(text, side):
    assert [side] in [c["group"] for c in record(text)["casualties"]]


def test_eliminating_is_a_death_only_with_the_people_after_it():
    assert casualties("تعهد الجيش بالقضاء على الإرهاب في محافظة إدلب.") == []
    assert record("يسعى الجميع إلى القضاء على حالة الفوضى في مدينة درعا.")["events"] == []


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
    # a regain («استعاد», «حرر») says the place was the other side's: the side the report has the taker fight
    for verb in ("واستعادت", "وحررت"):
        assert changes(f"دارت اشتباكات بين قوات النظام وتنظيم داعش في ريف حماة. {verb} قوات النظام بلدة كفرنبودة.") \
            == [("كفرنبودة", "SYR_GOV", "gained"), ("كفرنبودة", "ISIS", "lost")]


def test_control_gain_with_share_and_withdrawal():
    text = ("تمكنت قوات النظام من السيطرة على أكثر من 90% من مساحة مدينة البوكمال، "
            "فيما انسحب عناصر تنظيم داعش من المدينة.")
    rec = record(text)
    control = {(c["actor"], c["change"]): c for c in rec["control"]}
    assert control[("SYR_GOV", "gained")]["share"] == 0.9
    assert control[("SYR_GOV", "gained")]["place_ar"] == "البوكمال"
    assert ("ISIS", "withdrew") in control


def test_unnamed_places_taken_in_a_region_give_no_control_of_the_region():
    def changes(text: str) -> set[tuple]:
        return {(c["place_ar"], c["actor"], c["change"], c["share"]) for c in record(text)["control"]}
    assert not any(c[0] == "حماة" for c in changes("سيطرت قوات النظام على خمس قرى جديدة في ريف حماة الشمالي."))
    # a share of the region told: the region is what was taken
    assert ("درعا", "SYR_GOV", "gained", 0.9) in changes(
        "تمكنت قوات النظام من السيطرة على أكثر من 90% من مساحة محافظة درعا.")


def test_forces_deploying_or_entering_are_no_gain_of_control():
    for text in ("وانتشرت قوات النظام في قرى معركبة وكفرزيتا بموجب الاتفاق.",
                 "ورصدت المصادر دخول قوات النظام بلدة كفرزيتا."):
        assert not [c for c in record(text)["control"] if c["change"] == "gained"], text


def test_a_state_force_and_a_group_read_together_as_takers_are_the_two_sides_of_the_take_over():
    def changes(text: str) -> set[tuple]:
        return {(c["place_ar"], c["actor"], c["change"]) for c in record(text)["control"]}
    assert changes("ونفذت قوات النظام عمليات ضد تنظيم داعش بسطت خلالها السيطرة على قرية معركبة.") == {
        ("معركبة", "SYR_GOV", "gained"), ("معركبة", "ISIS", "lost")}
    # allies of one kind take a place together
    assert changes("وسيطرت القوات التركية والفصائل الموالية لها على قرية معركبة.") == {
        ("معركبة", "TURKEY", "gained"), ("معركبة", "SNA", "gained")}


def test_a_place_written_with_and_without_the_article_is_one_control_record():
    text = ("استعادت القوات العراقية السيطرة على منطقة باب الشمس. "
            "وقال قائد العمليات إن القوات العراقية حررت منطقة باب شمس.")
    gained = [c["place_ar"] for c in record(text)["control"] if c["change"] == "gained"]
    assert gained == ["باب الشمس"]


def test_a_take_over_the_report_recalls_is_a_control_statement_but_no_event():
    text = "يذكر أن القوات التركية والفصائل الموالية لها قد سيطرت بالكامل على مركز مدينة عفرين."
    rec = record(text)
    assert {(c["place_ar"], c["actor"], c["change"]) for c in rec["control"]} == {
        ("عفرين", "TURKEY", "gained"), ("عفرين", "SNA", "gained")}
    assert rec["events"] == []


def test_a_take_over_recalled_with_an_earlier_year_is_history_not_control():
    text = "يذكر أن تنظيم داعش كان قد سيطر على مدينة تدمر في أيار 2015."
    assert record(text, date(2019, 6, 1))["control"] == []
    # recalled from the report's own weeks: who took the place
    assert [(c["place_ar"], c["actor"], c["change"]) for c in record(
        "يذكر أن تنظيم داعش سيطر على مدينة تدمر الشهر الفائت.", date(2019, 6, 1))["control"]] == [
        ("تدمر", "ISIS", "gained")]


def test_a_take_over_told_after_after_is_a_control_record_and_not_the_places_of_the_event_before():
    rec = record("قصفت الطائرات الحربية مدينة كفرزيتا بعد سيطرة الفصائل على قرية معركبة.")
    assert [(c["place_ar"], c["actor"], c["change"]) for c in rec["control"]] == [("معركبة", "OPPOSITION", "gained")]
    assert [e["location"]["name_ar"] for e in rec["events"]] == ["كفرزيتا"]
    # a pronoun glued to the noun: the side the clause named before it
    assert [(c["place_ar"], c["actor"], c["change"]) for c in record(
        "وقصفت قوات النظام بلدة كفرزيتا إثر استعادتها قرية معركبة من الفصائل.")["control"]] == [
        ("معركبة", "SYR_GOV", "gained"), ("معركبة", "OPPOSITION", "lost")]
    # «وبعد» with its conjunction; what was taken ends where the clause tells something else
    rec = record("وبعد سيطرة الفصائل على قرية معركبة انسحبت قوات النظام من أحياء بلدة كفرزيتا وتمركزت في قرية "
                 "الجبين.")
    assert ("معركبة", "OPPOSITION", "gained") in {(c["place_ar"], c["actor"], c["change"]) for c in rec["control"]}
    assert not [c for c in rec["control"] if c["actor"] == "OPPOSITION" and c["place_ar"] != "معركبة"]
    # dated years back: history
    assert record("وترك القتال بعد سيطرة قوات النظام على بلدة كفرزيتا عام 2016.", date(2019, 6, 1))["control"] == []
    assert record("ونزح أهالي قرية معركبة بعد سيطرة قوات النظام على بلدة كفرزيتا قبل ثلاث سنوات.",
                  date(2019, 6, 1))["control"] == []


def test_an_advance_told_alone_takes_no_place():
    for text in ("وحققت قوات النظام تقدماً في محيط بلدة كفرزيتا.",
                 "وتقدمت الفصائل على حساب قوات النظام في محور بلدة كفرزيتا."):
        assert record(text)["control"] == [], text
    # advancing and taking: the place taken is a gain
    assert ("معركبة", "SYR_GOV", "gained") in {(c["place_ar"], c["actor"], c["change"]) for c in record(
        "وتمكنت قوات النظام من التقدم والسيطرة على قرية معركبة.")["control"]}


def test_an_advance_that_ends_in_a_take_over_is_the_take_over():
    # two take-over words in one clause: the one that takes the place, not the advance before it
    assert {(c["place_ar"], c["actor"], c["change"]) for c in record(
        "وتقدم مقاتلو الفصائل وسيطروا على قرية معركبة إثر معارك مع قوات النظام.")["control"]} == {
        ("معركبة", "OPPOSITION", "gained"), ("معركبة", "SYR_GOV", "lost")}
    assert ("Non-state actor overtakes territory", "معركبة") in events(
        "تقدمت الفصائل وبسطت سيطرتها على قرية معركبة.")


def test_a_side_that_loses_control_lost_the_place_and_the_other_took_it():
    def changes(text: str) -> set[tuple]:
        return {(c["place_ar"], c["actor"], c["change"]) for c in record(text)["control"]}
    assert changes("وخسرت قوات النظام السيطرة على بلدة كفرزيتا لصالح فصائل المعارضة.") == {
        ("كفرزيتا", "SYR_GOV", "lost"), ("كفرزيتا", "OPPOSITION", "gained")}
    assert changes("وفقد تنظيم داعش السيطرة على قرية معركبة بعد هجوم مباغت لقوات سوريا الديمقراطية.") == {
        ("معركبة", "ISIS", "lost"), ("معركبة", "SDF", "gained")}
    # the verb with the place as its object; not fighters lost in a place
    assert changes("وخسرت قوات النظام بلدة كفرزيتا إثر هجوم للفصائل.") == {
        ("كفرزيتا", "SYR_GOV", "lost"), ("كفرزيتا", "OPPOSITION", "gained")}
    assert changes("وخسرت قوات النظام 12 عنصراً في بلدة كفرزيتا.") == set()


def test_a_side_driven_out_of_a_place_lost_it():
    def changes(text: str) -> set[tuple]:
        return {(c["place_ar"], c["actor"], c["change"]) for c in record(text)["control"]}
    assert changes("وطرد مسلحو العشائر عناصر قسد من قرية معركبة.") == {
        ("معركبة", "TRIBAL", "gained"), ("معركبة", "SDF", "lost")}
    assert changes("ودحرت قوات النظام مقاتلي التنظيم من بلدة كفرزيتا.") == {
        ("كفرزيتا", "SYR_GOV", "gained"), ("كفرزيتا", "ISIS", "lost")}
    # people driven from their homes, an attack repelled: no place taken
    assert changes("وطرد عناصر التنظيم عشرات العائلات من قرية معركبة.") == set()
    assert changes("ودحرت قوات النظام هجوماً للفصائل على بلدة كفرزيتا.") == set()


def test_a_place_that_fell_into_a_sides_hands_was_taken_by_it():
    for text in ("وسقطت بلدة كفرزيتا بيد الفصائل بعد ساعات من القتال.",
                 "وسقطت قرية معركبة في أيدي مقاتلي المعارضة فجر اليوم."):
        assert [(c["place_ar"], c["actor"], c["change"]) for c in record(text)["control"]][:1] == [
            (("كفرزيتا" if "كفرزيتا" in text else "معركبة"), "OPPOSITION", "gained")], text
    # a shell falling on a town takes nothing
    assert record("وسقطت قذيفة صاروخية على بلدة كفرزيتا.")["control"] == []


def test_a_place_stormed_in_a_raid_is_not_taken():
    for text in ("واقتحمت قوة من الجيش الإسرائيلي قرية معركبة واعتقلت ثلاثة شبان.",
                 "واقتحمت دورية لقوات الأمن العام بلدة كفرزيتا بحثاً عن مطلوبين ثم انسحبت منها."):
        assert record(text, date(2025, 3, 1))["control"] == [], text
    # stormed and held
    assert ("كفرزيتا", "ISIS", "gained") in {(c["place_ar"], c["actor"], c["change"]) for c in record(
        "واقتحم عناصر التنظيم بلدة كفرزيتا وسيطروا على أحيائها الشرقية.")["control"]}


def test_an_attempted_or_failed_advance_takes_no_place():
    for text in ("وحاولت قوات النظام التقدم والسيطرة على بلدة كفرزيتا.",
                 "وفشلت قوات النظام في السيطرة على بلدة كفرزيتا."):
        assert record(text)["control"] == [], text
    # an attempt told after the take-over is someone else's
    assert ("كفرزيتا", "SYR_GOV", "gained") in {(c["place_ar"], c["actor"], c["change"]) for c in record(
        "وسيطرت قوات النظام على بلدة كفرزيتا بعد أن حاولت الفصائل صد الهجوم.")["control"]}


def test_a_side_that_empties_its_posts_with_its_subject_named_withdrew():
    for text in ("وأخلت الفصائل مواقعها في بلدة كفرزيتا بعد ليلة من القصف.",
                 "وأخلى عناصر الفصائل نقاطهم في بلدة كفرزيتا."):
        assert [(c["place_ar"], c["actor"], c["change"]) for c in record(text)["control"]] == [
            ("كفرزيتا", "OPPOSITION", "withdrew")], text


def test_a_withdrawal_an_agreement_provides_for_is_still_to_come():
    assert record("وينص الاتفاق على انسحاب قوات سوريا الديمقراطية من قرية معركبة خلال شهر.")["control"] == []


def test_take_overs_in_the_words_of_iraqi_and_turkish_outlets():
    def changes(text: str, day: date) -> set[tuple]:
        return {(c["place_ar"], c["actor"], c["change"]) for c in record(text, day)["control"]}
    # «قطعات» (Iraqi usage for units) before a side's name is part of it
    assert changes("وحررت قطعات الحشد الشعبي قرية معركبة من عصابات داعش.", date(2017, 5, 1)) == {
        ("معركبة", "IRAQ_PMF", "gained"), ("معركبة", "ISIS", "lost")}
    # the YPG spelt letter by letter
    assert changes("وحرر الجيش الوطني السوري قرية معركبة من تنظيم ي ب ك الإرهابي.", date(2018, 2, 1)) == {
        ("معركبة", "SNA", "gained"), ("معركبة", "SDF", "lost")}


def test_some_of_a_side_named_right_after_a_take_over_verb_took_the_place():
    # «مقاتلون من X»: the verb's subject, not the side the place was taken from
    assert {(c["place_ar"], c["actor"], c["change"]) for c in record(
        "وسيطر مقاتلون من حزب الله على بلدة كفرزيتا فجر اليوم.")["control"]} == {("كفرزيتا", "HEZBOLLAH", "gained")}
    assert ("كفرزيتا", "OPPOSITION", "lost") in {(c["place_ar"], c["actor"], c["change"]) for c in record(
        "وحررت قوات النظام بلدة كفرزيتا من مقاتلين من الفصائل.")["control"]}


def test_a_side_that_pulls_its_forces_out_of_a_place_withdrew():
    assert [(c["place_ar"], c["actor"], c["change"]) for c in record(
        "وسحبت قوات سوريا الديمقراطية مقاتليها من قرية معركبة خلال الليل.")["control"]] == [
        ("معركبة", "SDF", "withdrew")]


def test_the_side_that_receives_a_handover_gained_the_place():
    assert {(c["place_ar"], c["actor"], c["change"]) for c in record(
        "وتسلمت قوات النظام نقاط قسد في بلدة كفرزيتا وفق التفاهم الأخير.")["control"]} == {
        ("كفرزيتا", "SYR_GOV", "gained"), ("كفرزيتا", "SDF", "withdrew")}


def test_a_withdrawal_is_from_the_place_left_not_the_one_gone_to():
    def withdrew(text: str) -> list[str]:
        return [c["place_ar"] for c in record(text)["control"] if c["change"] == "withdrew"]
    assert withdrew("وانسحب مقاتلو المعارضة من مدينة القصير إلى قرية الضبعة.") == ["القصير"]
    assert withdrew("وقال مقاتلو المعارضة إنهم انسحبوا إلى قرية الضبعة القريبة.") == []
    assert withdrew("وانسحبت الفصائل باتجاه بلدة عرسال.") == []


def test_the_villages_around_a_town_taken_are_no_gain_of_the_town():
    for text in ("وسيطر التنظيم على عدة قرى المحيطة ببلدة كفرزيتا.",
                 "وسيطرت الفصائل على القرى المجاورة لبلدة كفرزيتا."):
        assert record(text)["control"] == [], text


def test_a_side_backing_a_take_over_is_not_its_loser():
    def changes(text: str) -> set[tuple]:
        return {(c["place_ar"], c["actor"], c["change"]) for c in record(text)["control"]}
    assert changes("وسيطرت قوات سوريا الديمقراطية على قرية معركبة بعد طرد التنظيم منها بدعم من التحالف الدولي.") \
        == {("معركبة", "SDF", "gained"), ("معركبة", "ISIS", "lost")}
    # the backer named between the subject and what it took
    assert changes("وسيطرت فصائل الجيش الوطني المدعومة من الجيش التركي على قرية معركبة.") == {
        ("معركبة", "SNA", "gained")}


def test_a_place_taken_near_a_town_or_on_its_front_is_no_gain_of_the_town():
    def gained(text: str) -> set[str]:
        return {c["place_ar"] for c in record(text)["control"] if c["change"] == "gained"}
    assert "كفرزيتا" not in gained("وسيطرت الفصائل على كتيبة الدبابات قرب بلدة كفرزيتا.")
    assert gained("وسيطر الجيش الوطني على قرى شلاح والعصفورية على محور رأس العين.") == {"شلاح", "العصفورية"}


def test_the_side_that_withdrew_is_the_subject_of_the_withdrawal():
    text = "وبعد سيطرة هيئة تحرير الشام على مناطق واسعة انسحبت قوات النظام من مركز مدينة حلب."
    assert [(c["place_ar"], c["actor"]) for c in record(text)["control"] if c["change"] == "withdrew"] == [
        ("حلب", "SYR_GOV")]


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


def test_a_day_said_in_a_later_clause_of_the_sentence_dates_that_clause_only():
    # the body was found today; «قبل يومين» dates what the relatives tell after «وقال»
    text = ("عثرت دورية، اليوم الخميس، على جثة شاب في بلدة القدموس، وقال أقاربه إن مجهولين اعترضوا سيارته "
            "قبل يومين.")
    found = {e["sub_event_type"]: e["date_start"] for e in record(text, date(2025, 9, 18))["events"]}
    assert found["Attack"] == "2025-09-18"


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


@pytest.mark.parametrize("text,expected", [
    # a massacre is an attack whoever commits it, state forces included, in other outlets' words too
    ("ارتكبت قوات النظام مجزرة في قرية التريمسة راح ضحيتها 30 مدنياً.", [("Attack", "التريمسة")]),
    ("وقعت مجزرة مروعة في بلدة كفرنبل قتل فيها 20 شخصا.", [("Attack", "كفرنبل")]),
    ("شهدت قرية البيضا مجازر بحق المدنيين على يد الميليشيات.", [("Attack", "البيضا")]),
    ("ارتكب عناصر الأمن مذبحة بحق عائلة في حي التضامن بدمشق.", [("Attack", "التضامن")]),
    # one committed by aircraft or with a weapon the sentence names is that strike's toll
    ("ارتكب الطيران الحربي الروسي مجزرة في مدينة أريحا راح ضحيتها 12 مدنيا.", [("Air/drone strike", "أريحا")]),
    ("ارتكبت قوات النظام مجزرة في بلدة زملكا، مستخدمة غاز السارين.", [("Chemical weapon", "زملكا")]),
    ("قصفت طائرات النظام سوق مدينة معرة النعمان وارتكبت مجزرة قتل فيها 30 مدنيا.",
     [("Air/drone strike", "معرة النعمان")]),
])
def test_a_massacre_is_an_attack_or_the_toll_of_the_strike_told_with_it(text, expected):
    assert [(e["sub_event_type"], e["location"]["name_ar"]) for e in record(text)["events"]] == expected


@pytest.mark.parametrize("text", [
    "أحيا أهالي مدينة حماة الذكرى الأربعين لمجزرة حماة التي ارتكبتها قوات النظام عام 1982.",
    "اتهم الائتلاف المعارض النظام بارتكاب مجازر بحق الشعب السوري منذ عام 2011.",
    "بدأت محكمة في مدينة كوبلنز محاكمة ضابط متهم بالمشاركة في مجزرة داريا.",
    "حذرت الأمم المتحدة من وقوع مجزرة في مدينة إدلب إذا استمر الهجوم.",
    "نفت وزارة الدفاع ارتكاب قواتها أي مجزرة في قرية الحفة.",
    "أقام أهالي بلدة كفرنبل حفل تأبين لضحايا الغارة التي استهدفت السوق.",
    "تواصل النيابة التحقق في مذبحة وقعت قبل أيام في قرية الرفيد.",
    "أدانت الحكومة المذبحة التي ارتكبتها الميليشيا في بلدة الرفيد.",
    "وحذروا في اتصال هاتفي بقتل جميع المحتجزين في بلدة الصنمين إذا لم تنفذ مطالبهم.",
])
def test_massacres_remembered_charged_feared_or_denied_are_not_events(text):
    assert record(text)["events"] == []


def test_a_vigil_to_remember_a_massacre_is_the_vigil_only():
    text = "نظم ناشطون وقفة في مدينة إدلب للتذكير بالمجزرة ومحاسبة المسؤولين عنها."
    assert [e["sub_event_type"] for e in record(text)["events"]] == ["Peaceful protest"]


@pytest.mark.parametrize("text,place", [
    # two adjectives of strike joined by «و», in either order and any ending: an air strike and a shelling
    ("تعرضت قرية الحويجة لقصف جوي ومدفعي عنيف من قوات النظام.", "الحويجة"),
    ("تعرضت قرية الحويجة لقصف مدفعي وجوي عنيف.", "الحويجة"),
    ("شنت القوات الحكومية حملة عسكرية على بلدة جبلة تضمنت قصفاً جوياً ومدفعياً.", "جبلة"),
    ("تتعرض بلدة كفرنبل لقصف جوي وصاروخي متواصل.", "كفرنبل"),
    ("واصلت قوات النظام قصفها الجوي والمدفعي على مدينة اللطامنة.", "اللطامنة"),
])
def test_an_air_and_a_ground_adjective_joined_tell_two_strikes(text, place):
    assert sorted(events(text)) == [("Air/drone strike", place), ("Shelling/artillery/missile attack", place)]


def test_two_ground_adjectives_joined_tell_one_shelling():
    text = "استهدفت القوات التركية قرية أم الكيف بقصف مدفعي وصاروخي."
    assert events(text) == [("Shelling/artillery/missile attack", "أم الكيف")]


@pytest.mark.parametrize("text,place", [
    # blowing oneself up: the verb with its subject between, the verbal noun with its agent between, every reflexive
    ("فجر عنصران من داعش نفسيهما داخل مقر للشرطة في بلدة الشدادي.", "الشدادي"),
    ("قتل 4 جنود بتفجير عنصر من التنظيم نفسه قرب مدينة تدمر.", "تدمر"),
    ("قتل ثلاثة عناصر من قسد إثر تفجير مسلحين أنفسهم في حي غويران بمدينة الحسكة.", "غويران"),
    ("أسفر تفجير امرأة نفسها في سوق مدينة بعقوبة عن مقتل ستة مدنيين.", "بعقوبة"),
    ("قام انتحاري بتفجير نفسه قرب حاجز أمني في مدينة سامراء.", "سامراء"),
])
def test_blowing_oneself_up_is_a_suicide_bombing(text, place):
    assert events(text) == [("Suicide bomb", place)]


@pytest.mark.parametrize("text,expected", [
    # «نفسه» as «the same»: the blast itself, the same building, the same site
    ("وقع التفجير نفسه قرب مدينة تدمر وأسفر عن مقتل جنديين.", "Remote explosive/landmine/IED"),
    ("أعاد التنظيم تفجير المبنى نفسه في مدينة الرقة بعد أسبوع.", "Looting/property destruction"),
    ("انفجرت سيارة مفخخة في الموقع نفسه بعد دقائق في حي المنصور ببغداد.", "Remote explosive/landmine/IED"),
])
def test_the_same_blast_or_site_is_no_suicide_bombing(text, expected):
    assert [e["sub_event_type"] for e in record(text)["events"]] == [expected]


@pytest.mark.parametrize("text", [
    "يدفع المتطرفون المال لعائلة الشاب لكي يفجر نفسه في مدينة الموصل.",
    "شوهت هذه الجماعة صورة الدين من خلال ما يقومون به من تفجير أنفسهم في الأسواق بمدينة الموصل.",
])
def test_blowing_oneself_up_as_an_aim_or_a_habit_is_no_event(text):
    assert record(text)["events"] == []


@pytest.mark.parametrize("text,place", [
    # protesters named right after a verb of violence are its subject (Arabic puts the verb first): they did it
    ("هاجم متظاهرون غاضبون مقر حزب الدعوة في مدينة الكوت.", "الكوت"),
    ("اعتدى محتجون على عناصر من الشرطة في مدينة السويداء.", "السويداء"),
    ("أقدم محتجون على مهاجمة مقر عسكري لقوات الأسايش في بلدة الشدادي.", "الشدادي"),
    ("اقتحم متظاهرون مبنى مجلس المحافظة في مدينة البصرة.", "البصرة"),
    ("المتظاهرون رموا الحجارة على عناصر الشرطة في ساحة التحرير ببغداد.", "ساحة التحرير"),
])
def test_protesters_who_attack_make_a_violent_demonstration(text, place):
    assert events(text) == [("Violent demonstration", place)]


@pytest.mark.parametrize("text,expected", [
    # protesters after the subject are the object: they suffered it
    ("هاجمت قوات الأمن المحتجين في ساحة الحبوبي بمدينة الناصرية.", "Protest with intervention"),
    ("هاجم مسلحون مجهولون المتظاهرين في ساحة التحرير ببغداد.", "Attack"),
])
def test_protesters_attacked_are_no_violent_demonstration(text, expected):
    assert [e["sub_event_type"] for e in record(text)["events"]] == [expected]


def test_stoning_told_as_a_habit_is_no_event():
    assert record("كان المتظاهرون يرشقون الحجارة كل يوم جمعة في بلدة كفرنبل.")["events"] == []


@pytest.mark.parametrize("text,expected", [
    # an agreement after «منذ», «بعد» dates what followed it: the backdrop, no agreement told now
    ("تجددت الاشتباكات في حي الشيخ مقصود بمدينة حلب، وهي الأعنف منذ توقيع اتفاق آذار الماضي.",
     [("Armed clash", "الشيخ مقصود")]),
    ("انسحبت الفصائل من بلدة الصنمين بعد إبرام اتفاق التسوية مع الحكومة.",
     [("Non-violent transfer of territory", "الصنمين")]),
    # one concluded or carried out is an event
    ("وقعت الفصائل وقوات النظام اتفاقا في بلدة الصنمين يقضي بخروج المقاتلين.", [("Agreement", "الصنمين")]),
    ("جرت عملية تبادل أسرى بين الفصائل وقوات النظام في مدينة إدلب.", [("Agreement", "إدلب")]),
])
def test_an_agreement_after_since_or_after_is_the_backdrop(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text", [
    # a warning or an ultimatum: the act is not yet done; how long an operation may last: what may happen
    "أنذرت قوات الأمن الأهالي بإخلاء حي الميدان قبل بدء المداهمات.",
    "أمهلت قوات الأمن المطلوبين 48 ساعة لتسليم أنفسهم قبل اقتحام بلدة جاسم.",
    "قال مسؤول إن العملية العسكرية في منطقة عفرين قد تستمر أشهرا.",
    # threats, denials, plans, demands and trials stay no events
    "توعدت هيئة تحرير الشام بالرد على قصف قوات النظام لمدينة أريحا.",
    "كذبت وزارة الدفاع الأنباء عن سقوط بلدة كفرنبودة بيد الفصائل.",
    "من المقرر أن تنتشر قوات الشرطة العسكرية الروسية في بلدة تل رفعت.",
    "استنكر أهالي بلدة الكرك الشرقي اعتقال الشبان من قبل الأمن العسكري.",
    "بدأت في مدينة القامشلي محاكمة عناصر من داعش متهمين بقتل مدنيين.",
])
def test_warnings_ultimatums_and_statements_are_no_events(text):
    assert record(text)["events"] == []


def test_an_act_told_after_an_ultimatum_ran_out_is_an_event():
    text = "بعد انتهاء المهلة اقتحمت قوات الأمن بلدة جاسم واعتقلت عشرة مطلوبين."
    assert ("Arrests", "جاسم") in events(text)


@pytest.mark.parametrize("text,actor", [
    # a unit glued to its side by «ل», maybe through «تابعة», after the verb: that side did it
    ("اعتقلت دورية للأمن العسكري شابين في بلدة الحراك.", "SYR_GOV"),
    ("اغتالت خلية تابعة لداعش مختار قرية الشحيل.", "ISIS"),
    ("داهمت مفرزة للأمن الجنائي منزلا في بلدة نوى واعتقلت صاحبه.", "SYR_GOV"),
    # the Turkish state as Kurdish outlets name it
    ("قصفت دولة الاحتلال التركي قرية تل جيجان بالمدفعية الثقيلة.", "TURKEY"),
    ("قصفت الدولة التركية قرى ناحية شيراوا بالقذائف.", "TURKEY"),
])
def test_a_unit_of_a_side_and_the_turkish_state_act(text, actor):
    assert record(text)["events"][0]["actors"] == [actor]


@pytest.mark.parametrize("text,expected", [
    # a strike on «the areas of the clashes», «the fronts»: at the scene told just before, in the sentence or before it
    ("تدور اشتباكات عنيفة في محيط بلدة حضر، وترافقت الاشتباكات مع القصف الجوي المكثف على مناطق الاشتباك.",
     [("Armed clash", "حضر"), ("Air/drone strike", "حضر")]),
    ("اندلعت معارك بين قسد وداعش في بلدة هجين. وشنت طائرات التحالف غارات على محاور القتال.",
     [("Armed clash", "هجين"), ("Air/drone strike", "هجين")]),
    ("دارت اشتباكات عنيفة في محيط بلدة كفرنبودة. واستهدفت قوات النظام مناطق الاشتباكات بالمدفعية الثقيلة.",
     [("Armed clash", "كفرنبودة"), ("Shelling/artillery/missile attack", "كفرنبودة")]),
    ("تواصلت المواجهات في قرية الزكاة بريف حماة، وسط قصف صاروخي على نقاط الاشتباك.",
     [("Armed clash", "الزكاة"), ("Shelling/artillery/missile attack", "الزكاة")]),
])
def test_a_strike_on_the_areas_of_the_clashes_is_at_their_place(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text,place,actor", [
    # destroying or striking done by aircraft, the verb first or after them: an air strike
    ("دمرت المقاتلات التركية 21 هدفاً لتنظيم داعش في محيط مدينة الباب.", "الباب", "TURKEY"),
    ("المقاتلات التركية دمرت 21 هدفا لداعش في محيط مدينة الباب.", "الباب", "TURKEY"),
    ("ضربت طائرات التحالف مواقع للتنظيم في بلدة هجين.", "هجين", "COALITION"),
    ("دمرت طائرة مسيرة روسية عربة للفصائل قرب بلدة كنصفرة.", "كنصفرة", "RUSSIA"),
])
def test_aircraft_that_destroy_or_strike_make_an_air_strike(text, place, actor):
    e = one_event(text)
    assert (e["sub_event_type"], e["location"]["name_ar"], e["actors"]) == ("Air/drone strike", place, [actor])


@pytest.mark.parametrize("text", [
    "دمر الزلزال عشرات المنازل في مدينة جنديرس.",
    "ضرب عناصر الحاجز شابا في بلدة الصنمين.",
])
def test_destroying_or_striking_by_others_is_no_air_strike(text):
    assert "Air/drone strike" not in [e["sub_event_type"] for e in record(text)["events"]]


@pytest.mark.parametrize("text, place", [
    # «ساحة عامة», «سوق شعبي», «الطريق الرئيسي»: a kind of place, no name; the town named is the place
    ("وفي مدينة منبج، أعدم مسلحون رجلاً في ساحة عامة أمام الأهالي.", "منبج"),
    ("انفجرت سيارة مفخخة في سوق شعبي بمدينة الباب.", "الباب"),
])
def test_a_place_type_with_a_common_adjective_is_no_name(text, place):
    assert [p for _, p in events(text, date(2016, 5, 1))] == [place]


def test_a_noun_trigger_joined_after_a_place_takes_the_places_after_it():
    # a headline's «غارات على ريف X واشتباكات في Y»: Y is the clashes' place, not the strikes'
    found = events("غارات جوية على ريف إدلب الجنوبي واشتباكات عنيفة في بلدة كبانة", date(2019, 5, 20))
    assert ("Armed clash", "كبانة") in found
    assert ("Air/drone strike", "كبانة") not in found


def test_a_verb_of_destroying_after_a_blast_leaves_its_place_to_it():
    text = "انفجرت عبوة ناسفة ودمرت سيارة مدنية في مدينة الباب."
    assert events(text) == [("Remote explosive/landmine/IED", "الباب")]


@pytest.mark.parametrize("text,expected", [
    # «استرجع» for «استعاد», the verb and its noun
    ("استرجعت الفصائل المقاتلة قرية تل ملح من قوات النظام.", ("Non-state actor overtakes territory", "تل ملح")),
    ("تمكن الجيش العراقي من استرجاع حي الزنجيلي في الموصل من داعش.", ("Government regains territory", "الزنجيلي")),
    ("استرجع مقاتلو العشائر بلدة ذيبان بعد معارك مع قسد.", ("Non-state actor overtakes territory", "ذيبان")),
])
def test_regaining_in_other_words_is_a_take_over(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize("text, place, taker_type, lost", [
    # the side after «من سيطرة», «من قبضة» lost the place; the cabinet or the armed forces announcing it are the state
    ("أعلن القائد العام للقوات المسلحة تحرير قضاء الحويجة من سيطرة تنظيم داعش بعد عملية استمرت أسبوعين.",
     "الحويجة", "Government regains territory", "ISIS"),
    ("حررت قوات سوريا الديمقراطية قرية الباغوز من قبضة التنظيم.", "الباغوز", "Non-state actor overtakes territory", "ISIS"),
    ("أعلن رئيس الوزراء تحرير ناحية العلم من أيدي عناصر داعش.", "العلم", "Government regains territory", "ISIS"),
])
def test_a_place_freed_from_a_sides_control_was_lost_by_that_side(text, place, taker_type, lost):
    r = record(text)
    assert (taker_type, place) in [(e["sub_event_type"], e["location"]["name_ar"]) for e in r["events"]]
    assert (lost, "lost", place) in [(k["actor"], k["change"], k["place_ar"]) for k in r["control"]]
    assert (lost, "gained") not in [(k["actor"], k["change"]) for k in r["control"]]


@pytest.mark.parametrize("text", [
    # «وتأتي هذه الهجمات …», «وجاء القصف …»: the events told before, set in their time; no new one
    "وتأتي هذه الهجمات بالتزامن مع الذكرى الخامسة لمقتل القائد بغارة جوية قرب مطار المزة.",
    "ويأتي القصف بعد يومين من زيارة وفد حكومي إلى بلدة كفرنبل.",
    "وجاءت الاشتباكات عقب اجتماع لوجهاء العشائر في بلدة الشحيل.",
])
def test_events_said_to_come_at_a_time_are_those_told_before(text):
    assert record(text, date(2022, 1, 5))["events"] == []


@pytest.mark.parametrize("text, fought, peaceful", [
    # «دون قتال» said of another side's move after «فيما», «بينما» does not make the first take-over peaceful
    ("سيطرت الفصائل على قرية تل ملح بعد اشتباكات مع قوات النظام، بينما دخلت قوات النظام بلدة اللطامنة دون قتال.",
     ("Non-state actor overtakes territory", "تل ملح"), ("Non-violent transfer of territory", "اللطامنة")),
    ("سيطر مسلحو التنظيم على مدينة بيجي، فيما انسحبت القوات الأمنية من قضاء الشرقاط دون قتال.",
     ("Non-state actor overtakes territory", "بيجي"), None),
])
def test_a_take_over_is_not_peaceful_for_a_move_told_apart(text, fought, peaceful):
    found = events(text, date(2014, 6, 11))
    assert fought in found
    assert ("Non-violent transfer of territory", fought[1]) not in found
    if peaceful:
        assert peaceful in found


def test_an_attack_those_arrested_are_involved_in_is_no_new_event():
    # «المتورطين بإطلاق صواريخ»: the involvement word with its preposition glued to the act, the matter of the case
    found = events("اعتقلت قوة من جهاز الأمن الوطني ثلاثة من المتورطين بإطلاق صواريخ في ناحية اليوسفية.", date(2022, 1, 5))
    assert found == [("Arrests", "اليوسفية")]


def test_regaining_aimed_at_is_no_take_over():
    assert record("أعلن الجيش عزمه استرجاع مدينة الموصل قريبا.")["events"] == []


@pytest.mark.parametrize("text,place,actor", [
    # aircraft set off from their verb by a comma and a hedge («يرجح أنه», «يعتقد أنها»): their strike, their side
    ("وأشار مصدر محلي إلى أن طيرانا مجهولا يرجح أنه إسرائيلي، استهدف شاحنة للقوات الإيرانية قرب بلدة الشحيل.",
     "الشحيل", "ISRAEL"),
    ("قال ناشطون إن طائرات حربية يعتقد أنها روسية، استهدفت أطراف بلدة كفرنبل.", "كفرنبل", "RUSSIA"),
    ("ذكرت وكالة أن طائرة مسيرة مجهولة الهوية، هاجمت سيارة في قرية خربة عمو.", "خربة عمو", "UNKNOWN"),
    # the verb of shelling too: its subject set off before it is aircraft
    ("أفاد ناشطون بأن مروحيات يعتقد أنها روسية، قصفت أطراف بلدة كفرنبل.", "كفرنبل", "RUSSIA"),
])
def test_aircraft_set_off_from_their_verb_strike_from_the_air(text, place, actor):
    e = one_event(text)
    assert (e["sub_event_type"], e["location"]["name_ar"], e["actors"]) == ("Air/drone strike", place, [actor])


def test_gunmen_set_off_from_their_verb_do_not_strike_from_the_air():
    text = "وقال مصدر إن مسلحين مجهولين، استهدفوا حاجزا للجيش في بلدة الصنمين."
    assert events(text) == [("Armed clash", "الصنمين")]
    # nor do ground forces set off from a verb of shelling
    assert events("أفاد ناشطون بأن قوات يعتقد أنها تركية، قصفت أطراف بلدة تل رفعت.") == [
        ("Shelling/artillery/missile attack", "تل رفعت")]


@pytest.mark.parametrize("text,expected", [
    # the artillery cover or support of an act, in a clause of its own: a shelling where the act is
    ("هاجمت الفصائل قرية الحويز، بإسناد مدفعي كثيف.",
     [("Armed clash", "الحويز"), ("Shelling/artillery/missile attack", "الحويز")]),
    # (an advance toward the town takes no town: the cover's strikes are the events)
    ("تقدمت قوات النظام نحو بلدة اللطامنة، تحت غطاء مدفعي وجوي.",
     [("Shelling/artillery/missile attack", "اللطامنة"), ("Air/drone strike", "اللطامنة")]),
    ("اقتحمت قوات الحشد الشعبي ناحية القيروان، بدعم مدفعي من الجيش العراقي.",
     [("Government regains territory", "القيروان"), ("Shelling/artillery/missile attack", "القيروان")]),
    # an aim with cover is no event
    ("تسعى قوات النظام للتقدم تحت غطاء مدفعي.", []),
])
def test_cover_or_support_by_fire_is_a_strike_where_the_act_is(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a relative clause saying who holds the place hit leaves the attack on it an event
    ("نفذت قسد هجوما بطائرات مسيرة على بلدة الشحيل التي يسيطر عليها مقاتلو العشائر.",
     [("Air/drone strike", "الشحيل")]),
    ("هاجمت قوات النظام بلدة اللطامنة التي سيطرت عليها الفصائل الشهر الماضي.",
     [("Shelling/artillery/missile attack", "اللطامنة")]),  # (a town hit, no weapon named: shelled)
    ("استهدفت المدفعية التركية قرية مرعناز التي تسيطر عليها قسد.", [("Shelling/artillery/missile attack", "مرعناز")]),
])
def test_an_attack_on_a_place_described_by_who_holds_it(text, expected):
    assert events(text) == expected


def test_the_side_holding_the_place_hit_did_not_strike():
    e = one_event("نفذت قسد هجوما بطائرات مسيرة على بلدة الشحيل التي يسيطر عليها مقاتلو العشائر.")
    assert e["actors"] == ["SDF"] and "TRIBAL" not in e["actors"]


def test_the_side_holding_the_positions_hit_was_hit():
    e = one_event("قصفت طائرات التحالف مواقع يسيطر عليها تنظيم داعش في بلدة هجين.")
    assert (e["actors"], e["targets"]) == (["COALITION"], ["ISIS"])


def test_a_massacre_by_foreign_aircraft_is_theirs_alone():
    e = one_event("ارتكب الطيران المروحي الروسي مجزرة في مدينة أريحا.")
    assert (e["sub_event_type"], e["actors"]) == ("Air/drone strike", ["RUSSIA"])


@pytest.mark.parametrize("text,actors,targets", [
    # a site or vehicle glued by «ل» to its side is what was hit, before the weapon or after the verb
    ("تم استهداف مقر للحشد الشعبي بطائرة مسيرة في قضاء القائم.", ["UNKNOWN"], ["IRAQ_PMF"]),
    ("استهدفت مسيرة تركية سيارة لقوات الأسايش في مدينة القامشلي.", ["TURKEY"], ["SDF"]),
    ("قصفت المدفعية التركية نقاطا لقسد في قرية مرعناز.", ["TURKEY"], ["SDF"]),
    # a checkpoint glued to its side: that side made the arrest there
    ("اعتُقل ثلاثة شبان على حاجز للأمن العسكري في مدينة الصنمين.", ["SYR_GOV"], ["CIVILIANS"]),
])
def test_the_side_of_a_site_hit_and_of_a_checkpoint_arresting(text, actors, targets):
    e = one_event(text)
    assert (e["actors"], e["targets"]) == (actors, targets)


@pytest.mark.parametrize("text,expected", [
    # what a new turn is told against («على خلفية») is its backdrop, no event of its own
    ("اندلعت اشتباكات في حي المقوس بمدينة السويداء على خلفية حوادث خطف متبادل بين مسلحين محليين والعشائر.",
     [("Armed clash", "المقوس")]),
    ("توترت الأوضاع في بلدة الصنمين على خلفية اعتقال شابين من أبناء البلدة.", []),
    ("اعتقلت قوات الأمن ثلاثة أشخاص في مدينة جرمانا على خلفية الاشتباكات الأخيرة.", [("Arrests", "جرمانا")]),
])
def test_the_backdrop_a_turn_is_told_against_is_no_event(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a protest told after «في حين», «بينما» is elsewhere: not the scene of the violence told before it
    ("قتل ضابط من قوات النظام جراء هجوم نفذه مسلحون مجهولون في مدينة نوى، في حين شهدت مدينة الباب احتجاجات ضد الفصائل.",
     [("Armed clash", "نوى"), ("Peaceful protest", "الباب")]),
    ("فرقت قوات الأمن المتظاهرين بالرصاص الحي في مدينة الناصرية، بينما خرجت مظاهرات سلمية في بغداد.",
     [("Excessive force against protesters", "الناصرية"), ("Peaceful protest", "بغداد")]),
])
def test_a_protest_told_in_contrast_is_not_the_scene_of_the_violence(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text", [
    # many occasions summed up are no one event
    "رفع المشيعون في بغداد صور قادة من ضحايا القصف الأميركي بمناسبات مختلفة.",
    "استهدفت الطائرات الإسرائيلية مطار دمشق الدولي في مرات عديدة خلال الحرب.",
])
def test_strikes_on_many_occasions_are_a_summary(text):
    assert record(text)["events"] == []


@pytest.mark.parametrize("text,expected", [
    # the act an event answers («رداً على», «انتقاماً لـ») is its cause, told before: no event of its own
    ("هاجم مسلحون قرية الشحيل ردا على اعتقال قيادي في التنظيم.", ["Armed clash"]),
    ("اغتال مسلحون مختار قرية نصيب انتقاما لمقتل أحد أقاربهم.", ["Attack"]),
])
def test_the_act_answered_is_no_event(text, expected):
    assert [e["sub_event_type"] for e in record(text)["events"]] == expected


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


def test_former_fighters_who_made_a_settlement_are_rebels():
    found = casualties("قتل 30 شخصا في ريف درعا، هم: 22 من المدنيين، و8 من المقاتلين السابقين ممن أجروا تسويات مع النظام.")
    assert (("OPPOSITION",), "killed", 8, 8, "exact") in found
    assert (("CIVILIANS", "OPPOSITION"), "killed", 30, 30, "exact") in found


def test_one_sentence_does_not_restate_its_own_counts():
    text = ("قتل 20 مدنيا خلال الشهر، توزعوا: 6 بينهم طفل قتلوا في غارات على بلدة كفرنبل، "
            "و6 بينهم مواطنة قتلوا في قصف على بلدة الهبيط، و8 مواطنين قتلوا برصاص قناص.")
    found = casualties(text)
    assert found.count((("CIVILIANS",), "killed", 6, 6, "exact")) == 2
    assert found.count((("CIVILIANS",), "killed", 1, 1, "exact")) == 2


def test_a_dual_and_its_number_are_one_part():
    found = casualties("استشهد 7 مواطنين بينهم طفلان اثنان جراء قصف على بلدة كفرنبل.")
    assert found.count((("CIVILIANS",), "killed", 2, 2, "exact")) == 1


def test_a_toll_followed_by_counts_of_several_sides_that_add_up_to_it():
    found = casualties("ارتفع عدد الذين قتلوا في ريف الحسكة إلى 60 شخصا، حيث وثق المرصد مقتل 20 مدنيا، "
                       "إضافة لمقتل 40 مقاتلا من قوات سوريا الديمقراطية.")
    assert (("CIVILIANS", "SDF"), "killed", 60, 60, "exact") in found


def test_a_toll_of_fighters_and_civilians_is_about_both():
    found = casualties("فإن عدد المقاتلين والمدنيين ممن اغتيلوا في مناطق سيطرة قوات سوريا الديمقراطية يرتفع إلى 200 شخص.")
    assert (("CIVILIANS", "SDF"), "killed", 200, 200, "exact") in found


def test_persons_wounded_beside_the_dead_of_several_groups_are_of_those_groups():
    # the dead are counted by group, the wounded only as «persons»: the wounded are of the same groups
    found = casualties("قتل 8 عناصر من قوات النظام وطفلان، وأصيب أكثر من 30 شخصا في هجوم لتنظيم داعش في البادية.")
    assert (("CIVILIANS", "SYR_GOV"), "injured", 31, None, "more_than") in found
    # the dead of both sides and wounded persons among whom a woman: both sides and civilians, the part too
    found = [(set(g), *rest) for g, *rest in casualties(
        "ارتفع عدد القتلى إلى أربعة من طرفي القتال في قرية المزيريب، وأصيب 12 شخصا، بينهم اثنان بحالة حرجة، منهم "
        "امرأة، خلال مواجهات بين مسلحين محليين ومسلحين من العشائر.")]
    assert ({"CIVILIANS", "LOCAL_ARMED", "TRIBAL"}, "injured", 12, 12, "exact") in found
    assert ({"CIVILIANS", "LOCAL_ARMED", "TRIBAL"}, "injured", 2, 2, "exact") in found
    # armed men of one side only: the persons wounded are not given to them
    found = casualties("قتل 8 عناصر من قوات النظام، وأصيب أكثر من 30 شخصا في هجوم لتنظيم داعش في البادية.")
    assert (("CIVILIANS",), "injured", 31, None, "more_than") in found


def test_persons_killed_in_a_vehicle_a_drone_struck_are_of_no_known_side():
    # the people in a car a drone hit are not presumed civilians: their side is unknown
    assert casualties("قتل شخصان إثر استهداف طائرة مسيرة تركية سيارة قرب مدينة عامودا.") == \
        [(("UNKNOWN",), "killed", 2, 2, "exact")]
    assert (("UNKNOWN",), "killed", 1, 1, "exact") in casualties(
        "استهدفت طائرة مسيرة سيارة على طريق الدرباسية ما أدى إلى سقوط قتيل.")
    # unless the report says who they were, or the strike hit no vehicle
    assert casualties("قتل مدنيان إثر استهداف طائرة مسيرة تركية سيارة قرب مدينة عامودا.") == \
        [(("CIVILIANS",), "killed", 2, 2, "exact")]
    assert (("CIVILIANS",), "killed", 2, 2, "exact") in casualties(
        "قتل شخصان إثر استهداف طائرة مسيرة تركية منزلا قرب مدينة عامودا.")
    assert casualties("استهدفت طائرة مسيرة سيارة إسعاف قرب بلدة تل تمر ما أدى إلى مقتل شخصين.") == \
        [(("CIVILIANS",), "killed", 2, 2, "exact")]  # an ambulance carries civilians
    # the event is still one on people of no armed side
    events = record("قتل شخصان إثر استهداف طائرة مسيرة تركية سيارة قرب مدينة عامودا.")["events"]
    assert [e["targets"] for e in events] == [["CIVILIANS"]]


def test_persons_in_a_vehicle_of_a_side_that_a_strike_hit_are_that_sides():
    # the side the vehicle carried, named with it: its men, also where the toll's sentence only says «the shelling»
    found = casualties("قصفت مسيرة تركية شاحنة تحمل مقاتلين من قوات سوريا الديمقراطية على طريق القامشلي. "
                       "وقال أحد السكان إن الضربة أدت إلى مقتل اثنين وجرح ثالث.")
    assert found == [(("SDF",), "killed", 2, 2, "exact"), (("SDF",), "injured", 1, 1, "exact")]
    found = casualties("انفجرت عبوة ناسفة بسيارة تابعة لقوات سوريا الديمقراطية على طريق الرقة، ما أدى لإصابة شخصين.")
    assert found == [(("SDF",), "injured", 2, 2, "exact")]
    # a car bomb is the weapon, no vehicle hit: the side named after it is no owner of the dead
    found = casualties("لقي ثلاثة أشخاص مصرعهم بتفجير سيارة مفخخة وسط عفرين التي تسيطر عليها تركيا، بحسب مسعفين.")
    assert found == [(("CIVILIANS",), "killed", 3, 3, "exact")]


def test_dead_and_wounded_of_no_people_named_restate_the_figures_of_the_report():
    # «سقوط قتلى وجرحى» by no word for people, then the figures of the dead and wounded of one side: the vague
    # count is those figures said loosely, not civilians of its own
    text = ("غارة تركية في ريف زاخو\n\nتحدثت مصادر أهلية عن سقوط قتلى وجرحى بغارة لمسيرة تركية قرب زاخو. "
            "وذكر أحد الأهالي أن المسيرة ضربت سيارة تقل مقاتلين من قوات سوريا الديمقراطية على طريق قرية "
            "دركار. وبين أن الضربة أدت إلى مقتل اثنين منهم وجرح ثالث.")
    assert casualties(text) == [(("SDF",), "killed", 2, 2, "exact"), (("SDF",), "injured", 1, 1, "exact")]


def test_an_earlier_figure_superseded_by_a_higher_one_is_not_coded():
    text = ("قتل 30 مدنيا في غارات على مدينة الرقة. وكانت مصادر طبية أفادت في وقت سابق عن مقتل 12 مدنيا "
            "وإصابة العشرات بجروح.")
    found = casualties(text)
    assert (("CIVILIANS",), "killed", 30, 30, "exact") in found
    assert (("CIVILIANS",), "killed", 12, 12, "exact") not in found
    assert (("CIVILIANS",), "injured", None, None, "vague") in found


def test_an_officer_among_soldiers_and_militiamen_is_the_armys():
    assert casualties("قتل 6 عناصر من قوات النظام والمسلحين الموالين لها بينهم ضابط في قصف قرب السخنة.") == [
        (("SYR_GOV", "PRO_GOV_MILITIA"), "killed", 6, 6, "exact"), (("SYR_GOV",), "killed", 1, 1, "exact")]


def test_people_among_whom_two_sides_are_counted_are_of_both_sides():
    # every side among the people, not only the first; no civilians where the parts count all of them
    assert casualties("أسفر القصف عن مقتل 12 شخصا بينهم 5 عناصر من الفصائل و7 من قوات النظام قرب كفرنبل.")[0] == \
        (("OPPOSITION", "SYR_GOV"), "killed", 12, 12, "exact")
    assert set(casualties("أسفر القصف عن مقتل 12 شخصا بينهم 5 عناصر من الفصائل و3 من قوات النظام قرب كفرنبل.")[0][0]) \
        == {"CIVILIANS", "OPPOSITION", "SYR_GOV"}


@pytest.mark.parametrize("text, group", [
    ("قتل أحد أفراد الأمن العام برصاص مجهولين قرب مدينة جبلة.", ("SYR_GOV_NEW",)),
    ("قتل أحد أفراد قوات النظام برصاص مجهولين في مدينة درعا.", ("SYR_GOV",)),
    ("قتل أحد أفراد عائلة برصاص مجهولين في مدينة درعا.", ("CIVILIANS",)),
    ("أصيب أحد الأطفال برصاص قناص في مدينة درعا.", ("CIVILIANS",)),
])
def test_one_of_a_plural_noun_is_of_that_nouns_people_and_side(text, group):
    # «أحد أفراد X»: one of the members of X, not a person of no side
    assert casualties(text)[0][0] == group


def test_a_toll_of_people_of_the_whole_war_is_of_civilians_and_both_sides():
    # a war-wide toll of people of no side named is of the civilians and both sides; a toll of civilians is not
    text = ("قصفت طائرات حربية بلدة كفرنبل. وخلف النزاع في سوريا منذ اندلاعه أكثر من 400 ألف قتيل، فيما قتل "
            "أكثر من 100 ألف مدني منذ بداية الحرب.")
    assert casualties(text) == [(("CIVILIANS", "SYR_GOV", "OPPOSITION"), "killed", 400001, None, "more_than"),
                                (("CIVILIANS",), "killed", 100001, None, "more_than")]
    # a small toll that the sentence puts in the war is still the people it counts
    assert casualties("قتل 4 أشخاص بقصف على بلدة كفرنبل منذ بداية الحرب.")[0][0] == ("CIVILIANS",)
    # the people a side killed in the war are its victims, not the war's toll
    assert casualties("وثق المرصد مقتل 5000 شخص على يد تنظيم داعش منذ بداية الحرب.")[0][0] != \
        ("CIVILIANS", "SYR_GOV", "OPPOSITION")


def test_a_toll_that_exceeded_a_figure_is_a_tally():
    # «تجاوز», «تخطى» (exceeded, surpassed) as «ارتفع», «بلغ»: the toll told with them
    assert [(c["group"], c["low"], c["tally"]) for c in record(
        "وتخطى عدد القتلى المدنيين في بلدة الهبيط منذ بدء الحملة 210 أشخاص.")["casualties"]] == [(["CIVILIANS"], 210, True)]


def test_an_earlier_toll_superseded_by_a_newer_one_split_by_side_is_not_coded():
    # the new toll is told by side (2 + 9 + 4 = 15); the earlier toll of 10 counted fighters of no side named:
    # it is superseded by the newer figures, whichever side they are of
    text = ("دارت معارك بين قوات سوريا الديمقراطية ومسلحين من العشائر في قرية الكسرة، خلفت مقتل مدنيين اثنين "
            "و9 من مسلحي العشائر و4 عناصر من قوات سوريا الديمقراطية. وكانت حصيلة سابقة ذكرت مقتل 10 مقاتلين.")
    found = casualties(text)
    assert all(f[2] != 10 for f in found)
    assert (("CIVILIANS",), "killed", 2, 2, "exact") in found


@pytest.mark.parametrize("text, expected", [
    ("أكد مسؤول محلي في الأنبار أن أكثر من 40 شخصاً بين مدنيين وعسكريين قتلوا في هجمات الجماعات المسلحة على الفلوجة.",
     (("CIVILIANS", "IRAQ_GOV"), "killed", 41, None, "more_than")),
    ("أسفر القصف على بلدة الحارة عن إصابة 9 أشخاص من المدنيين والعسكريين.", (("CIVILIANS", "SYR_GOV"), "injured", 9, 9, "exact")),
    ("قتل 3 أشخاص من عائلة واحدة في قصف على بلدة الحارة.", (("CIVILIANS",), "killed", 3, 3, "exact")),
])
def test_persons_said_to_be_civilians_and_soldiers_are_both(text, expected):
    assert expected in casualties(text)


@pytest.mark.parametrize("text, expected", [
    # a toll of a side's dead («عدد قتلى التنظيم») counted in members with no side of their own: the side's members
    ("وقال المرصد إن عدد قتلى التنظيم منذ مطلع الشهر تجاوز 80 عنصراً، في حين قتل 25 مقاتلاً من قسد.",
     (("ISIS",), "killed", 81, None, "more_than")),
    ("وبلغ عدد قتلى قوات النظام في معارك ريف حماة 46 عنصراً، بينما قتل 30 من مقاتلي الفصائل.",
     (("SYR_GOV",), "killed", 46, 46, "exact")),
])
def test_a_toll_of_a_sides_dead_in_members_is_that_sides(text, expected):
    assert expected in casualties(text)


def test_a_toll_told_place_by_place_gives_each_place_its_count():
    found = casualties("وثق المرصد مقتل 21 مدنياً في ريف إدلب، هم 11 في مدينة سراقب، و6 في بلدة سرمين، و4 في قرية النيرب.")
    for n in (21, 11, 6, 4):
        assert (("CIVILIANS",), "killed", n, n, "exact") in found


def test_of_them_points_to_the_civilians_just_named_not_the_fighters_counted_before():
    text = ("قتل 4 من عناصر قسد في هجوم على حاجز قرب بلدة الشحيل. كما انفجر لغم أرضي بسيارة تقل عمالاً زراعيين "
            "قرب بلدة ذيبان، ما أدى لمقتل ثلاثة منهم.")
    found = casualties(text)
    assert (("SDF",), "killed", 4, 4, "exact") in found
    assert (("CIVILIANS",), "killed", 3, 3, "exact") in found


def test_a_bare_count_joined_to_a_count_of_people_is_about_them():
    found = casualties("دارت اشتباكات بين قوات النظام والفصائل المقاتلة في بلدة جاسم، ما أدى إلى مقتل طفلة وسقوط جرحى.")
    assert (("CIVILIANS",), "injured", None, None, "vague") in found


def test_a_bare_count_is_not_about_the_side_named_before_it():
    found = casualties("تعرض أهالي القرية إلى وابل من نيران تنظيم داعش، ما أدى إلى سقوط ستة قتلى.")
    assert found == [(("CIVILIANS",), "killed", 6, 6, "exact")]


def test_a_count_among_them_is_of_the_side_named_before():
    found = casualties("أحبطت وحدات من الجيش هجوما شنه عناصر تنظيم داعش على منطقة المقالع وأوقعت بينهم العديد من القتلى.")
    assert (("ISIS",), "killed", None, None, "vague") in found


def test_a_vague_count_restating_a_figure_is_not_coded():
    found = casualties("قتل وأصيب عشرات المدنيين في قصف على بلدة كفرنبل. ووثق المرصد مقتل 18 مدنيا وإصابة 35 آخرين.")
    assert sorted(found) == [(("CIVILIANS",), "injured", 35, 35, "exact"), (("CIVILIANS",), "killed", 18, 18, "exact")]


def test_a_vague_count_larger_than_the_figures_is_kept():
    found = casualties("قتل 5 مدنيين في قصف على بلدة كفرنبل. وفي ريف إدلب قتل المئات من المدنيين خلال الحملة.")
    assert (("CIVILIANS",), "killed", None, None, "vague") in found


def test_a_part_without_a_noun_before_the_verb_counts_the_whole():
    found = casualties("وقال المرصد إن 6 عناصر من حزب الله اللبناني، بينهم 2 من جنسيات أخرى قتلوا وأصيب أكثر من 10 آخرين جراء الغارات.")
    assert (("HEZBOLLAH",), "killed", 6, 6, "exact") in found
    assert (("HEZBOLLAH",), "killed", 2, 2, "exact") in found
    assert (("HEZBOLLAH",), "injured", 11, None, "more_than") in found


def test_a_vague_count_in_the_accusative():
    found = casualties("هاجم مسلحون حاجزا في مدينة الصنمين وقتلوا وأصابوا عدداً من عناصر قوات النظام.")
    assert (("SYR_GOV",), "killed", None, None, "vague") in found
    assert (("SYR_GOV",), "injured", None, None, "vague") in found


def test_one_vague_count_for_the_dead_and_the_wounded():
    found = casualties("وأسفر قصف مدفعي للنظام على قرية حيش عن سقوط عدد من الشهداء والجرحى.")
    assert (("CIVILIANS",), "killed", None, None, "vague") in found
    assert (("CIVILIANS",), "injured", None, None, "vague") in found


def test_other_soldiers_are_of_the_side_counted_before():
    found = casualties("أعلن الجيش التركي مقتل خمسة جنود أتراك وإصابة نحو 20 جندي آخر في المعارك قرب مدينة الباب.")
    assert (("TURKEY",), "injured", 20, 20, "about") in found


def test_a_vague_count_told_twice_is_coded_once():
    text = ("قتل ثلاثة عناصر من قوات النظام وجرح آخرون بانفجار لغم في بلدة الغبرة. "
            "وكان عناصر من قوات النظام يمشطون أطراف الغبرة حين انفجر بهم لغم، فقتل ثلاثة منهم وأصيب آخرون.")
    found = casualties(text)
    assert found.count((("SYR_GOV",), "injured", None, None, "vague")) == 1


def test_others_given_a_figure_right_after_are_coded_once():
    # «وأصيب آخرون» and, in the next sentence, the figure of those wounded: one count, the figure
    text = ("قتل رجل وجرح آخرون بانفجار عبوة ناسفة في سوق بلدة الصنمين. "
            "وذكر مسعف أن ثلاثة أشخاص أصيبوا بشظايا العبوة ونقلوا إلى مشفى درعا.")
    found = casualties(text)
    assert (("CIVILIANS",), "injured", 3, 3, "exact") in found
    assert (("CIVILIANS",), "injured", None, None, "vague") not in found
    # a toll told again, its wounded now «others» («مقتل شخصين وإصابة عدد آخر» after «قتل مدنيان وأصيب اثنان»)
    text = ("قتل مدنيان وأصيب اثنان آخران بقصف مدفعي على بلدة كفرنبل. وقال الدفاع المدني إن فرقه عملت طوال الليل. "
            "وأشار إلى أن القصف استهدف منزلا في طرف البلدة ما أسفر عن مقتل شخصين وإصابة عدد آخر.")
    assert (("CIVILIANS",), "injured", None, None, "vague") not in casualties(text)
    # «others» with no figure for them near, after a toll of another incident: further people
    text = ("قتل مقاتل من قسد وأصيب 4 آخرون بهجوم لداعش على الشدادي. وقال ناشطون إن الهجوم تكرر. "
            "وفي بلدة الهول شرقا قتل عنصران من قسد وأصيب آخرون بهجوم مماثل.")
    assert (("SDF",), "injured", None, None, "vague") in casualties(text)


def test_vague_counts_at_two_places_are_two_counts():
    text = "قصفت قوات النظام بلدة كفرنبل ما أدى إلى سقوط جرحى. وقصفت قوات النظام بلدة الهبيط ما أدى إلى سقوط جرحى."
    assert casualties(text).count((("CIVILIANS",), "injured", None, None, "vague")) == 2


def test_counts_after_labels_that_name_the_people():
    text = ("وثق المرصد مقتل 5000 شخص منذ مطلع العام، وتوزعت الخسائر البشرية على النحو التالي::\n"
            "المدنيون:: 2100، من بينهم 400 طفل، فيما بلغ عدد المقاتلين في صفوف الفصائل المقاتلة وقوات سوريا "
            "الديمقراطية:: 1500، كما ارتفع عدد القتلى من قوات النظام إلى:: 1200")
    found = casualties(text)
    assert (("CIVILIANS",), "killed", 2100, 2100, "exact") in found
    assert (("CIVILIANS",), "killed", 400, 400, "exact") in found
    assert (("OPPOSITION", "SDF"), "killed", 1500, 1500, "exact") in found
    assert (("SYR_GOV",), "killed", 1200, 1200, "exact") in found


def test_a_count_after_a_label_in_a_sentence():
    found = casualties("وثق المرصد مقتل 900 شخص خلال الشهر، وتوزعوا على الشكل التالي: المدنيون: 300 بينهم 50 طفلا.")
    assert (("CIVILIANS",), "killed", 300, 300, "exact") in found


def test_a_toll_whose_next_counts_of_several_sides_add_up_to_it():
    text = ("أعلن المرصد أن أعمال العنف حصدت ما لا يقل عن 3200 قتيل منذ بدء الاحتجاجات. "
            "وقال مدير المرصد إن ما لا يقل عن 2200 مدني قتلوا، و800 جندي من قوات النظام، و150 منشقا.")
    found = casualties(text)
    assert (("CIVILIANS", "SYR_GOV", "OPPOSITION"), "killed", 3200, None, "at_least") in found


def test_the_fighting_reaps_the_dead():
    found = casualties("حصد القصف على مدينة الباب ما لا يقل عن 15 مدنياً.")
    assert (("CIVILIANS",), "killed", 15, None, "at_least") in found


def test_at_least_with_la_is_not_a_negation():
    found = casualties("قالت مصادر طبية إن ما لا يقل عن 16 محتجا أصيبوا في مدينة الناصرية.")
    assert found == [(("CIVILIANS",), "injured", 16, None, "at_least")]


def test_a_count_partly_of_civilians_is_about_them_and_the_side_hit():
    found = casualties("قتل ثلاثة من مقاتلي الحشد الشعبي وجرح سبعة بعضهم من المدنيين في هجوم لداعش قرب سامراء.")
    assert (("CIVILIANS", "IRAQ_PMF"), "injured", 7, 7, "exact") in [(tuple(sorted(g)), *rest) for g, *rest in found]


def test_civilians_mostly_children_are_civilians():
    found = casualties("قتل أكثر من 80 مدنيا معظمهم من الأطفال والنساء في غارات على بلدة الدبلان.")
    assert (("CIVILIANS",), "killed", 81, None, "more_than") in found


def test_people_killed_in_counted_security_incidents_are_of_unknown_sides():
    found = casualties("وبذلك بلغت حصيلة الاستهدافات في درعا منذ مطلع العام 40 حادثة فلتان أمني، وتسببت بمقتل 31 شخصا.")
    assert (("UNKNOWN",), "killed", 31, 31, "exact") in found


def test_the_subject_of_a_killing_verb_is_not_counted():
    assert casualties("قتل مسلحون مجهولون ناشطةً حقوقية بمدينة البصرة.") == [(("CIVILIANS",), "killed", 1, 1, "exact")]
    assert all(f[0] != ("ISIS",) for f in casualties("قتل تنظيم داعش الإرهابي، خلال الأسبوعين الماضيين، عشرات المدنيين."))


def test_a_noun_after_a_preposition_is_a_place_not_a_count():
    assert casualties("وأطلق المسلحون الرصاص على الضحية بأحد شوارع حي العباسية.") == []


def test_syrians_among_iranian_militia_dead_are_pro_government_militia():
    found = casualties("قتل 9 من الميليشيات الإيرانية بينهم 4 من الجنسية السورية و5 من جنسيات غير سورية بغارات على البوكمال.")
    assert (("IRAN", "PRO_GOV_MILITIA"), "killed", 9, 9, "exact") in found
    assert (("PRO_GOV_MILITIA",), "killed", 4, 4, "exact") in found
    assert (("IRAN",), "killed", 5, 5, "exact") in found


def test_a_count_and_its_side_at_least_then_the_verb():
    text = ("شن تنظيم داعش هجوما على مواقع الحشد الشعبي. وقالت مصادر إن 10 من عناصر ميليشيا الحشد العشائري "
            "العراقي على الأقل، قتلوا خلال الاشتباكات.")
    assert (("IRAQ_PMF",), "killed", 10, None, "at_least") in casualties(text)


def test_and_one_of_adds_a_person_but_one_does_not():
    assert casualties("وقتلت امرأة وأحد وجهاء العشيرة خلال مواجهات في بلدة الشدادي.") == \
        [(("CIVILIANS",), "killed", 2, 2, "exact")]
    assert casualties("أسفر القصف عن إصابة شخص واحد على الأقل في بلدة كفرنبل.") == \
        [(("CIVILIANS",), "injured", 1, None, "at_least")]
    assert (("CIVILIANS",), "killed", 1, 1, "exact") in casualties("قتل 5 مدنيين بينهم طفل واحد في بلدة كفرنبل.")


def test_the_dead_named_as_what_a_toll_counts_are_no_vague_count():
    assert casualties("وسجل شهر نيسان أدنى حصيلة للقتلى المدنيين في تاريخ النزاع.") == []
    found = casualties("بينما بلغ عدد قتلى المسلحين الموالين لإيران في سوريا 800.")
    assert all(f[4] != "vague" for f in found)


def test_the_wound_a_death_came_of_is_no_count_of_the_injured():
    found = casualties("لقي عنصر من قوات النظام حتفه متأثراً بإصابته في قصف على محيط دمشق.")
    assert all(f[1] != "injured" for f in found)


def test_members_with_the_article_are_of_the_side_told_before():
    found = casualties("أطلق مسلحون من تنظيم داعش النار على عنصرين بقوات سوريا الديمقراطية في قرية الزر، مما أدى لمقتل العنصرين.")
    assert (("SDF",), "killed", 2, 2, "exact") in found


def test_a_member_and_his_side_before_the_verb_are_counted():
    found = casualties("وبحسب مصادر محلية، فإن عنصرا في قوات سوريا الديمقراطية قتل وجرح آخر برصاص مسلحين قرب بلدة الصور.")
    assert sorted(found) == [(("SDF",), "injured", 1, 1, "exact"), (("SDF",), "killed", 1, 1, "exact")]


def test_a_rising_number_of_strikes_is_no_toll():
    text = ("وبحسب المرصد، فإن عدد الاستهدافات بطائرات تركية مسيرة ارتفع منذ بداية العام إلى 38، وتسببت بسقوط "
            "24 قتيلاً من العسكريين، فضلاً عن إصابة أكثر من 70 شخصاً بجراح.")
    assert all(f[2] != 38 for f in casualties(text))


def test_wounded_whose_presence_may_raise_a_toll_are_of_its_people():
    text = ("قتل 18 عنصرا من قوات الحشد الشعبي في غارات على مدينة البوكمال. "
            "وقال مصدر طبي إن عدد القتلى مرشح للارتفاع لوجود جرحى حالتهم حرجة.")
    assert (("IRAQ_PMF",), "injured", None, None, "vague") in casualties(text)


def test_a_rising_number_then_the_dead_it_counts():
    found = casualties("ومع غارة الطائرة المسيرة قرب القائم ارتفع إلى 12 تعداد قتلى الحشد الشعبي.")
    assert (("IRAQ_PMF",), "killed", 12, 12, "exact") in found


def test_cases_of_killing_are_counted_and_families_are_not_people():
    found = casualties("وارتفعت حالات القتل داخل مخيم الهول لتصل إلى نحو 90 حالة قتل منذ مطلع العام.")
    assert (("CIVILIANS",), "killed", 90, 90, "about") in found
    assert casualties("قتل 40 شخصا من 12 عائلة في قصف على بلدة كفرنبل.") == [(("CIVILIANS",), "killed", 40, 40, "exact")]


def test_a_count_among_the_dead_is_of_the_dead_told_before():
    found = casualties("أسفرت غارات جوية على الميادين عن مقتل 23 مسلحا على الأقل من الموالين لإيران. ومن بين القتلى 11 مقاتلا أجنبيا.")
    assert (("IRAN",), "killed", 11, 11, "exact") in found


def test_an_officer_is_of_the_state_forces_unless_a_side_is_named():
    assert casualties("اغتيل ضابط برتبة رائد بإطلاق نار من مسلحين مجهولين في مدينة جاسم.") == \
        [(("SYR_GOV",), "killed", 1, 1, "exact")]
    assert (("HTS",), "killed", 1, 1, "exact") in casualties("قتل ضابط في هيئة تحرير الشام بانفجار عبوة ناسفة في مدينة إدلب.")


def test_members_of_a_force_in_every_number_are_of_the_side_named_with_them():
    # Iraqi security media: «منتسب» (a member of a force), Kurdish media: «عضو», «مرتزقة»
    assert casualties("استشهد منتسب في الحشد الشعبي وأصيب اثنان آخران بهجوم لداعش في قضاء الطارمية.") == \
        [(("IRAQ_PMF",), "killed", 1, 1, "exact"), (("IRAQ_PMF",), "injured", 2, 2, "exact")]
    assert casualties("استشهد منتسبان في الشرطة الاتحادية بانفجار عبوة ناسفة في كركوك.") == \
        [(("IRAQ_GOV",), "killed", 2, 2, "exact")]
    assert casualties("استشهد عضوان من الأسايش بهجوم لخلايا داعش في مدينة الحسكة.") == [(("SDF",), "killed", 2, 2, "exact")]
    assert casualties("قتل ثلاثة أعضاء في المجلس المحلي بانفجار عبوة في مدينة الباب.") == \
        [(("CIVILIANS",), "killed", 3, 3, "exact")]
    assert casualties("قتل 5 مرتزقة من الفصائل الموالية لتركيا بقصف لقسد قرب مدينة الباب.") == \
        [(("SNA",), "killed", 5, 5, "exact")]


def test_members_said_to_be_loyal_to_the_regime_are_its_militias():
    assert casualties("قتل عنصران مواليان للنظام في هجوم على بلدة كفرنبل.") == [(("PRO_GOV_MILITIA",), "killed", 2, 2, "exact")]
    assert casualties("قتل عنصر موال للنظام السوري في هجوم على بلدة كفرنبل.") == \
        [(("PRO_GOV_MILITIA",), "killed", 1, 1, "exact")]
    assert casualties("قتل 3 عناصر من ميليشيا موالية للنظام في هجوم على بلدة كفرنبل.") == \
        [(("PRO_GOV_MILITIA",), "killed", 3, 3, "exact")]
    # a newspaper loyal to the regime is no militia
    assert casualties("قالت صحيفة الوطن الموالية للنظام إن 3 مدنيين قتلوا في بلدة كفرنبل.") == \
        [(("CIVILIANS",), "killed", 3, 3, "exact")]


def test_members_of_an_army_named_in_full_are_of_that_army():
    # «عناصر الجيش» alone is the state's army; a longer name starting inside it says whose army
    assert casualties("قتل 4 من عناصر الجيش الحر في اشتباكات مع قوات النظام قرب مدينة درعا.") == \
        [(("OPPOSITION",), "killed", 4, 4, "exact")]
    assert casualties("قتل 4 من جنود الجيش التركي بقصف لقسد قرب مدينة الباب.") == [(("TURKEY",), "killed", 4, 4, "exact")]
    assert casualties("قتل 9 من عناصر الجيش الوطني السوري في اشتباكات مع قسد قرب مدينة الباب.") == \
        [(("SNA",), "killed", 9, 9, "exact")]
    assert casualties("قتل 4 من عناصر الجيش في اشتباكات مع داعش قرب مدينة تدمر.") == [(("SYR_GOV",), "killed", 4, 4, "exact")]
    assert casualties("قتل 3 عناصر موالين للنظام في هجوم على بلدة كفرنبل.") == \
        [(("PRO_GOV_MILITIA",), "killed", 3, 3, "exact")]


def test_gangs_mercenaries_cells_and_sons_of_a_side_are_its_men():
    # Iraqi media «عصابات داعش», Kurdish media «مرتزقة الاحتلال التركي» (the Turkish-backed factions), SANA «أبناء الجيش»
    assert casualties("قتل 3 من عصابات داعش الإرهابية بضربة جوية في وادي الشاي.") == [(("ISIS",), "killed", 3, 3, "exact")]
    assert casualties("قتل 3 من مرتزقة الاحتلال التركي في اشتباكات مع قسد بريف منبج.") == \
        [(("SNA",), "killed", 3, 3, "exact")]
    assert casualties("قتل 3 من منتسبي الشرطة الاتحادية بهجوم في كركوك.") == [(("IRAQ_GOV",), "killed", 3, 3, "exact")]
    assert casualties("ارتقى 3 من أبناء الجيش العربي السوري في ريف حماة.") == [(("SYR_GOV",), "killed", 3, 3, "exact")]
    assert casualties("قتل 3 من خلايا تنظيم داعش بضربة للتحالف في ريف دير الزور.") == [(("ISIS",), "killed", 3, 3, "exact")]
    assert casualties("قتل 3 من أبناء المدينة بقصف على بلدة كفرنبل.") == [(("CIVILIANS",), "killed", 3, 3, "exact")]


def test_ranks_count_soldiers_but_not_after_the_word_rank():
    assert casualties("استشهد ملازم ومجند في اعتداء إرهابي على حاجز بريف حماة.") == [(("SYR_GOV",), "killed", 2, 2, "exact")]
    assert casualties("قتل عريف في الجيش العراقي بهجوم لداعش في كركوك.") == [(("IRAQ_GOV",), "killed", 1, 1, "exact")]
    assert casualties("استشهد آمر فوج في الحشد الشعبي بانفجار عبوة ناسفة في صلاح الدين.") == \
        [(("IRAQ_PMF",), "killed", 1, 1, "exact")]
    # «ضابط برتبة ملازم»: one officer, named by his rank
    assert casualties("قتل عنصران من الشرطة الاتحادية بينهما ضابط برتبة ملازم بهجوم في كركوك.") == \
        [(("IRAQ_GOV",), "killed", 2, 2, "exact"), (("IRAQ_GOV",), "killed", 1, 1, "exact")]


def test_a_rank_named_after_an_officer_does_not_part_him_from_the_next_person():
    # «ضابط برتبة نقيب وجندي»: two singles joined by «و», the rank between only describes the officer
    assert casualties("استشهد ضابط برتبة نقيب وجندي في الجيش العراقي بهجوم لداعش قرب بعقوبة.") == \
        [(("IRAQ_GOV",), "killed", 2, 2, "exact")]


def test_the_side_of_one_count_ends_where_the_next_people_are_counted():
    # «X من A وY من B»: the second side belongs to the next people, not to the first count
    assert casualties("قتل مسلحان من العشائر وعنصر من قسد في اشتباكات بقرية الحوايج.") == \
        [(("TRIBAL",), "killed", 2, 2, "exact"), (("SDF",), "killed", 1, 1, "exact")]
    # nor does a side named after another event joined by «و» («واعتقل آخرون خلال حملة للأمن العام»)
    assert casualties("قتل 3 مسلحين من فلول النظام واعتقل آخرون خلال حملة أمنية لإدارة الأمن العام في ريف حمص.",
                      ) == [(("LOCAL_ARMED",), "killed", 3, 3, "exact")]


def test_a_members_word_with_the_pronoun_of_a_side_is_of_that_side():
    # «أحد أعضائها» (the hamza of «أعضاء» sits on «ئ» before a suffix), «من كوادره»
    assert casualties("أعلنت قوى الأمن الداخلي (الأسايش) استشهاد أحد أعضائها برصاص خلايا داعش في مدينة الحسكة.") == \
        [(("SDF",), "killed", 1, 1, "exact")]


def test_a_count_joined_after_a_leader_is_of_more_people():
    # «قيادي في X واثنين من مرافقيه»: his bodyguards, of his side; «وعدد من عناصره»: a vague count of more of them
    assert casualties("مقتل قيادي في حزب الله واثنين من مرافقيه بغارة إسرائيلية قرب القصير.") == \
        [(("HEZBOLLAH",), "killed", 1, 1, "exact"), (("HEZBOLLAH",), "killed", 2, 2, "exact")]
    assert casualties("قتل قيادي في حزب الله وعدد من عناصره بغارة إسرائيلية قرب القصير.") == \
        [(("HEZBOLLAH",), "killed", 1, 1, "exact"), (("HEZBOLLAH",), "killed", None, None, "vague")]
    assert casualties("قتل 4 مدنيين وعدد من عناصر الحرس الثوري بغارة إسرائيلية قرب مطار دمشق.") == \
        [(("CIVILIANS",), "killed", 4, 4, "exact"), (("IRAN",), "killed", None, None, "vague")]


def test_members_of_a_side_with_no_number_after_the_verb_are_its_subject():
    # «أعدم عناصر من داعش راعياً» (verb, subject, object): the broken plural has no case ending to tell it
    assert casualties("أعدم عناصر من تنظيم داعش راعياً في بادية السخنة.") == [(("CIVILIANS",), "killed", 1, 1, "exact")]
    assert casualties("قتلت عناصر الفرقة الرابعة مدنياً على حاجز في ريف درعا.") == \
        [(("CIVILIANS",), "killed", 1, 1, "exact")]
    assert casualties("قتل عناصر من قوات النظام خلال اشتباكات في ريف درعا.") == [(("SYR_GOV",), "killed", None, None, "vague")]


def test_the_attackers_are_the_side_that_attacked():
    assert casualties("تصدت قوات النظام لهجوم شنه تنظيم داعش على حاجز في بادية السخنة وقتلت 4 من المهاجمين.") == \
        [(("ISIS",), "killed", 4, 4, "exact")]
    assert casualties("شن تنظيم داعش هجوماً على حاجز لقوات النظام في درعا، وقتل أحد المهاجمين.") == \
        [(("ISIS",), "killed", 1, 1, "exact")]


def test_the_toll_of_a_clan_fight_told_after_it_is_of_clansmen():
    assert casualties("قتل 4 أشخاص وأصيب 6 آخرون في اقتتال عشائري ببلدة ذيبان.") == \
        [(("TRIBAL",), "killed", 4, 4, "exact"), (("TRIBAL",), "injured", 6, 6, "exact")]
    assert casualties("قتل 11 شخصاً في اشتباكات بين عشيرتين في بلدة الشحيل.") == [(("TRIBAL",), "killed", 11, 11, "exact")]
    assert casualties("قتل شخصان برصاص مسلحين من العشائر في بلدة ذيبان.") == [(("CIVILIANS",), "killed", 2, 2, "exact")]


def test_the_epithet_a_report_gave_a_side_names_its_men_and_our_men_are_the_speakers():
    found = casualties("أعلن المركز الإعلامي لقوات سوريا الديمقراطية أن مقاتليه تصدوا لهجوم شنته مرتزقة الاحتلال التركي "
                       "على قرية في ريف منبج. وأسفرت الاشتباكات عن مقتل 7 مرتزقة، فيما استشهد مقاتلان من قواتنا.")
    assert found == [(("SNA",), "killed", 7, 7, "exact"), (("SDF",), "killed", 2, 2, "exact")]
    assert casualties("قالت خلية الإعلام الأمني إن ثلاثة من مقاتلينا استشهدوا بهجوم لداعش في قضاء خانقين.") == \
        [(("IRAQ_GOV",), "killed", 3, 3, "exact")]


def test_a_sides_own_men_counted_before_the_verb():
    assert casualties("أعلنت هيئة تحرير الشام أن خمسة من مقاتليها قتلوا في المعارك مع قوات النظام.") == \
        [(("HTS",), "killed", 5, 5, "exact")]


def test_dead_and_wounded_with_no_number_are_two_vague_counts():
    assert casualties("أسفر القصف الجوي على بلدة الهبيط عن سقوط قتلى وجرحى.") == \
        [(("CIVILIANS",), "killed", None, None, "vague"), (("CIVILIANS",), "injured", None, None, "vague")]
    assert casualties("وقع قتلى من قوات النظام باستهداف الفصائل لتجمع لهم على جبهة الفطيرة.") == \
        [(("SYR_GOV",), "killed", None, None, "vague")]
    # what keeps happening («بين فترة وأخرى»: again and again) is no count
    assert casualties("تشهد المنطقة بين فترة وأخرى تفجيرات تستهدف القوات الأمنية ما يسفر عن سقوط قتلى وجرحى.") == []
    # a vague tally over years still counts
    assert casualties("قتل المئات من عناصر التنظيم خلال السنوات الماضية في ريف دير الزور.") == \
        [(("ISIS",), "killed", None, None, "vague")]


def test_one_of_them_or_a_number_before_of_them_is_a_part_of_the_count():
    assert casualties("أصيب ثلاثة أشخاص بجروح، أحدهم في حالة خطرة، جراء سقوط قذيفة على حي في مدينة حلب.") == \
        [(("CIVILIANS",), "injured", 3, 3, "exact"), (("CIVILIANS",), "injured", 1, 1, "exact")]
    # a comma ends the count: «اثنان» is no number of the noun before it, but a part («اثنان منهم»)
    assert casualties("أصيب 6 أشخاص، اثنان منهم في حالة خطرة، بقصف على مدينة حلب.") == \
        [(("CIVILIANS",), "injured", 6, 6, "exact"), (("CIVILIANS",), "injured", 2, 2, "exact")]
    # the part after the count's own words («من عناصرها»), and «منهما», «منهن» (dual, feminine)
    assert casualties("جرح 4 من عناصر قسد، اثنان منهما في حالة حرجة، بانفجار لغم قرب الشدادي.") == \
        [(("SDF",), "injured", 4, 4, "exact"), (("SDF",), "injured", 2, 2, "exact")]
    assert casualties("قتل 20 من مقاتلي الفصائل في المعارك، 8 منهم في بلدة كبانة.") == \
        [(("OPPOSITION",), "killed", 20, 20, "exact"), (("OPPOSITION",), "killed", 8, 8, "exact")]
    assert casualties("قال أحدهم إن القصف على مدينة حلب مستمر.") == []


def test_a_part_that_tells_the_whole_again_is_no_count_of_its_own():
    assert casualties("استشهد ثلاثة مواطنين، هم امرأة وطفلاها، بقصف لقوات النظام على بلدة كفرنبل.") == \
        [(("CIVILIANS",), "killed", 3, 3, "exact")]


def test_a_rising_toll_in_every_tense_counts_the_people_after_its_number():
    assert casualties("ارتفعت حصيلة القتلى جراء الغارات الإسرائيلية على ريف دمشق إلى 5 عسكريين.",
                      ) == [(("SYR_GOV",), "killed", 5, 5, "exact")]
    # soldiers of no side named in a report after 8 December 2024 are the new state's
    assert [(tuple(c["group"]), c["low"]) for c in record(
        "ارتفعت حصيلة القتلى جراء الغارات الإسرائيلية على ريف دمشق إلى 5 عسكريين.", date(2025, 4, 10))["casualties"]] \
        == [(("SYR_GOV_NEW",), 5)]
    # «إلى 15 قتيلاً»: the word after the number counts it, once
    assert casualties("ارتفعت حصيلة ضحايا الغارات الروسية على مدينة أريحا إلى 15 قتيلاً مدنياً.") == \
        [(("CIVILIANS",), "killed", 15, 15, "exact")]


def test_people_of_whom_a_number_were_of_a_side_are_of_civilians_and_that_side():
    assert casualties("قتل 6 أشخاص بينهم 4 من قوات النظام بتفجير في مدينة درعا.") == \
        [(("CIVILIANS", "SYR_GOV"), "killed", 6, 6, "exact"), (("SYR_GOV",), "killed", 4, 4, "exact")]
    assert casualties("سقط 6 قتلى، 4 منهم من عناصر قوات النظام، بتفجير استهدف حاجزاً في مدينة درعا.") == \
        [(("CIVILIANS", "SYR_GOV"), "killed", 6, 6, "exact"), (("SYR_GOV",), "killed", 4, 4, "exact")]


def test_breathing_ones_last_and_volunteers():
    assert casualties("لفظ الشاب أنفاسه الأخيرة متأثراً بإصابته برصاص قناص في حي الوعر.") == \
        [(("CIVILIANS",), "killed", 1, 1, "exact")]
    assert casualties("استشهد متطوع في الدفاع المدني وأصيب اثنان من زملائه بقصف على بلدة سرمين.") == \
        [(("CIVILIANS",), "killed", 1, 1, "exact"), (("CIVILIANS",), "injured", 2, 2, "exact")]


def test_a_suicide_bombers_own_death_is_counted():
    assert casualties("فجر انتحاري من داعش نفسه بحزام ناسف وسط حشد في مدينة القامشلي.") == [(("ISIS",), "killed", 1, 1, "exact")]
    assert casualties("هز تفجير عنيف مدينة القامشلي.") == []
    # about to, not done
    assert casualties("قبض على امرأة ترتدي حزاماً ناسفاً كانت على وشك أن تفجر نفسها في سوق ببغداد.") == []


def test_the_terrorists_of_state_media_are_hts_where_it_is_the_only_group_named():
    assert casualties("أوقعت وحدات من الجيش العربي السوري قتلى ومصابين في صفوف الإرهابيين خلال تصديها لهجوم شنته "
                      "مجموعات إرهابية تابعة لجبهة النصرة على نقاط عسكرية في ريف حماة الشمالي.") == \
        [(("HTS",), "killed", None, None, "vague"), (("HTS",), "injured", None, None, "vague")]


def test_people_joined_by_and_before_a_plural_verb_add_up():
    assert casualties("طفل وامرأتان قتلوا بقصف على بلدة كفرنبل.") == [(("CIVILIANS",), "killed", 3, 3, "exact")]
    assert casualties("طفلة وامرأة قتلتا بقصف على بلدة كفرنبل.") == [(("CIVILIANS",), "killed", 2, 2, "exact")]
    # the feminine plural and the dual of the injured
    assert casualties("ثلاث نساء أصبن بقصف على بلدة كفرنبل.") == [(("CIVILIANS",), "injured", 3, 3, "exact")]
    assert casualties("عنصران من قسد جرحا بانفجار لغم قرب الحسكة.") == [(("SDF",), "injured", 2, 2, "exact")]


def test_a_phrase_put_between_the_verb_and_its_subject():
    assert casualties("وقتل في القصف طفل وامرأتان ببلدة كفرنبل.") == [(("CIVILIANS",), "killed", 3, 3, "exact")]
    assert casualties("استشهد جراء ذلك شاب من أبناء بلدة كفرنبل.") == [(("CIVILIANS",), "killed", 1, 1, "exact")]
    # the noun after the phrase is its own («جراء قصف الإرهابيين»: the attackers), not the verb's subject
    assert casualties("أصيب 15 جندياً بجروح جراء قصف الإرهابيين نقاطاً عسكرية قرب مدينة حماة.") == \
        [(("SYR_GOV",), "injured", 15, 15, "exact")]
    # a noun with its preposition («بجروح») takes no subject after a phrase: «مسلح» there describes the brawl
    assert casualties("شهدت البلدة مقتل شاب وإصابة آخرين بجروح في شجار مسلح بين عائلتين.") == \
        [(("CIVILIANS",), "killed", 1, 1, "exact"), (("CIVILIANS",), "injured", None, None, "vague")]


def test_executions_and_a_quoted_rising_toll():
    assert casualties("نفذ مسلحون إعدامات ميدانية طالت 20 شخصاً في قرية بريف حماة.") == \
        [(("CIVILIANS",), "killed", 20, 20, "exact")]
    assert casualties('وقال المرصد: "ارتفع إلى ما لا يقل عن 40 عدد الإعدامات التي نفذها التنظيم في المدينة".') == \
        [(("CIVILIANS",), "killed", 40, None, "at_least")]


def test_a_toll_of_no_people_word_quoting_a_toll_told_before_is_that_toll():
    found = casualties("ارتفع عدد القتلى في الغارات على بلدة سلمى إلى أكثر من عشرين شخصاً. وقال مصدر محلي إن "
                       "\"عدد الشهداء الذين سقطوا في البلدة ارتفع لأكثر من عشرين\"، فيما استهدفت الغارات قرى تسيطر "
                       "عليها الفصائل.")
    assert found == [(("CIVILIANS",), "killed", 21, None, "more_than")]


def test_a_monthly_toll_broken_down_line_by_line():
    # the total's line ends with «على النحو التالي:» (the colon line is body text, not a headline)
    found = casualties("حصيلة شهرية: مقتل 412 شخصاً في سوريا خلال شهر آب\n\nوثق المرصد مقتل 412 شخصاً خلال شهر آب، "
                       "وتوزعوا على النحو التالي:\n• 180 مدنياً.\n• 95 عنصراً من قوات النظام.\n"
                       "• 87 مقاتلاً من الفصائل المعارضة.\n• 50 من تنظيم الدولة الإسلامية.")
    assert found == [(("CIVILIANS", "SYR_GOV", "OPPOSITION", "ISIS"), "killed", 412, 412, "exact"),
                     (("CIVILIANS",), "killed", 180, 180, "exact"), (("SYR_GOV",), "killed", 95, 95, "exact"),
                     (("OPPOSITION",), "killed", 87, 87, "exact"), (("ISIS",), "killed", 50, 50, "exact")]
    # labels that name a side with no word for people: «قوات النظام: 95»
    found = casualties("وثق المرصد مقتل 412 شخصاً خلال شهر آب، وتوزع القتلى على الشكل التالي:\n"
                       "المدنيون: 180\nقوات النظام: 95\nالفصائل المعارضة: 87\nتنظيم الدولة الإسلامية: 50")
    assert found[1:] == [(("CIVILIANS",), "killed", 180, 180, "exact"), (("SYR_GOV",), "killed", 95, 95, "exact"),
                         (("OPPOSITION",), "killed", 87, 87, "exact"), (("ISIS",), "killed", 50, 50, "exact")]


def test_a_member_said_to_belong_to_a_side():
    assert casualties("قتل عنصر ينتمي إلى تنظيم داعش بقصف للتحالف الدولي قرب البوكمال.") == [(("ISIS",), "killed", 1, 1, "exact")]


def test_relatives_of_several_people_and_companions_of_an_officer():
    assert casualties("قضى ثلاثة أشقاء وأصيبت والدتهم بجروح خطيرة جراء سقوط قذيفة على منزلهم في حي الخالدية.") == \
        [(("CIVILIANS",), "killed", 3, 3, "exact"), (("CIVILIANS",), "injured", 1, 1, "exact")]
    # «مرافقيه»: his companions, of the side of the officer counted before them
    assert casualties("قتل ضابط برتبة عقيد وثلاثة من مرافقيه بانفجار عبوة ناسفة على طريق السلمية.") == \
        [(("SYR_GOV",), "killed", 1, 1, "exact"), (("SYR_GOV",), "killed", 3, 3, "exact")]


def test_attackers_of_an_attack_told_with_no_side_are_unknown():
    assert casualties("أسفر الكمين عن مقتل أربعة من عناصر قسد وأسر خامس، فيما قتل اثنان من المهاجمين.") == \
        [(("SDF",), "killed", 4, 4, "exact"), (("UNKNOWN",), "killed", 2, 2, "exact")]


def test_a_policeman_in_a_report_of_iraqi_places_is_iraqi():
    assert casualties("استشهد شرطي وأصيب مدنيان بهجوم بالقنابل اليدوية على مركز شرطة في ناحية العباسي.") == \
        [(("IRAQ_GOV",), "killed", 1, 1, "exact"), (("CIVILIANS",), "injured", 2, 2, "exact")]


def test_the_wounded_man_who_died_of_his_wounds():
    assert casualties("أصيب مقاتل من الفصائل بجروح خطيرة برصاص قناص على جبهة الكبينة، وتوفي لاحقاً متأثراً بإصابته.") == \
        [(("OPPOSITION",), "injured", 1, 1, "exact"), (("OPPOSITION",), "killed", 1, 1, "exact")]


def test_its_men_in_a_sides_statement_are_the_speakers_not_the_enemys():
    assert casualties("أعلنت قسد مقتل 11 عنصراً من داعش خلال عملية أمنية في ريف دير الزور، كما أصيب اثنان من مقاتليها.") == \
        [(("ISIS",), "killed", 11, 11, "exact"), (("SDF",), "injured", 2, 2, "exact")]


def test_its_men_hit_by_a_strike_are_the_speakers_not_the_strikers():
    # the pronoun after a strike points back to the side speaking, not to the strike's author (the verb of saying
    # may carry its conjunction, «وأعلنت»)
    assert casualties("وأعلنت قسد أن مسيرة تركية قصفت عربة قرب بلدة الدرباسية، ما أدى إلى مقتل اثنين من عناصرها.") == \
        [(("SDF",), "killed", 2, 2, "exact")]


def test_a_dual_of_its_own_men_before_the_verb():
    assert casualties("وقالت هيئة تحرير الشام إن عنصرين من عناصرها أصيبا بقصف على جبل الزاوية.") == \
        [(("HTS",), "injured", 2, 2, "exact")]
    assert casualties("وقال الفيلق الثالث إن عنصرين من مقاتليه قتلا قرب مارع.") == [(("SNA",), "killed", 2, 2, "exact")]


def test_a_count_of_the_men_of_a_side_named_before_the_verb():
    assert casualties("وقال مصدر مقرب من الحزب إن سبعة من مقاتلي حزب الله لقوا حتفهم قرب الحدود.") == \
        [(("HEZBOLLAH",), "killed", 7, 7, "exact")]
    assert casualties("وذكرت شبكة محلية أن 4 من عناصر قوات النظام أصيبوا في الهجوم.") == \
        [(("SYR_GOV",), "injured", 4, 4, "exact")]


def test_one_person_put_before_the_verb_after_inna():
    # «إن/أن/بأن» put the subject before its verb, in the accusative: one person counted by the noun
    assert casualties("وأفاد ناشطون بأن شاباً قتل برصاص حاجز عند مدخل بلدة الحارة.") == \
        [(("CIVILIANS",), "killed", 1, 1, "exact")]
    assert casualties("وقال الدفاع المدني إن امرأة أصيبت بشظايا قذيفة في الحي الشرقي.") == \
        [(("CIVILIANS",), "injured", 1, 1, "exact")]
    # a person told of before (the definite noun) is no new count
    assert casualties("وقال الأهالي إن الشاب قتل عند الحاجز.") == []


def test_a_count_of_the_other_side_after_muqabil():
    # «مقابل N»: the other side's dead, joined to the count before and sharing its verb
    assert casualties("قتل 14 عنصراً من قوات النظام في المعارك، مقابل 9 من مقاتلي الفصائل.") == \
        [(("SYR_GOV",), "killed", 14, 14, "exact"), (("OPPOSITION",), "killed", 9, 9, "exact")]


def test_of_them_after_civilians_named_is_civilians():
    # «منهم» with no count before points back to the people named last, not to the forces that fired
    assert casualties("فتحت قوات الأمن النار على متظاهرين أمام مبنى المحافظة في دير الزور وقتلت أربعة منهم.") == \
        [(("CIVILIANS",), "killed", 4, 4, "exact")]
    assert casualties("هاجم مسلحو التنظيم رتلاً لقوات النظام في البادية وقتلوا ستة منهم.") == \
        [(("SYR_GOV",), "killed", 6, 6, "exact")]


def test_a_leader_killed_along_with_his_men():
    assert casualties("قتل قائد كتيبة في لواء فاطميون الأفغاني مع ثلاثة من عناصره بكمين لتنظيم داعش في بادية تدمر.") == \
        [(("IRAN",), "killed", 1, 1, "exact"), (("IRAN",), "killed", 3, 3, "exact")]
    # after a word of fighting, «مع» names the other side, not more dead
    assert casualties("قتل عنصران من قسد في اشتباك مع 3 مسلحين حاولوا عبور الحاجز.") == [(("SDF",), "killed", 2, 2, "exact")]


def test_two_protesters():
    assert casualties("قتل متظاهران وأصيب 35 آخرون بالرصاص الحي خلال تفريق احتجاجات في مدينة الناصرية.") == \
        [(("CIVILIANS",), "killed", 2, 2, "exact"), (("CIVILIANS",), "injured", 35, 35, "exact")]


def test_a_leader_and_his_companion_after_his_side():
    assert casualties("قتل قيادي في هيئة تحرير الشام ومرافقه بانفجار عبوة ناسفة في مدينة سراقب.") == \
        [(("HTS",), "killed", 2, 2, "exact")]
    assert casualties("قتل قيادي في هيئة تحرير الشام وعنصر من قسد في اشتباك قرب منبج.") == \
        [(("HTS",), "killed", 1, 1, "exact"), (("SDF",), "killed", 1, 1, "exact")]
    # «العمال» inside the name «حزب العمال الكردستاني» counts no one
    assert [(c["group"], c["low"]) for c in record("أودت غارة تركية بحياة قيادي في حزب العمال الكردستاني ومرافقه قرب "
                                                    "جبل سنجار.", date(2020, 6, 1))["casualties"]] == [(["LOCAL_ARMED"], 2)]


def test_the_man_named_is_one_person():
    assert casualties("قتل المدعو محمد الأحمد برصاص مسلحين مجهولين في بلدة الحراك.") == \
        [(("CIVILIANS",), "killed", 1, 1, "exact")]


def test_a_count_told_from_its_verb_on_lists_nothing_before_it():
    assert casualties("نزح آلاف المدنيين من بلدة كفرنبل وقتل العشرات منهم.") == \
        [(("CIVILIANS",), "killed", None, None, "vague")]


def test_a_band_of_martyrs_is_a_vague_count():
    assert casualties("ارتقت كوكبة من الشهداء المدنيين جراء قصف على بلدة كفرنبل.") == \
        [(("CIVILIANS",), "killed", None, None, "vague")]


def test_the_sdf_as_the_syrian_state_media_name_it():
    assert casualties("اندلعت اشتباكات بين كتائب البعث والميليشيا العميلة للاحتلال الأمريكي في حي طي، "
                      "التي قتل أحد أفرادها.") == [(("SDF",), "killed", 1, 1, "exact")]
    assert casualties("قتل ثلاثة من عناصر ميليشيا قسد الانفصالية في اشتباكات بريف دير الزور.") == \
        [(("SDF",), "killed", 3, 3, "exact")]


def test_a_bare_count_joined_to_a_count_of_soldiers_is_of_their_side():
    found = casualties("قال مصدر عسكري إن القصف الإسرائيلي على ريف القنيطرة أدى إلى ارتقاء شهيدين وجرح أربعة جنود.")
    assert sorted(found) == [(("SYR_GOV",), "injured", 4, 4, "exact"), (("SYR_GOV",), "killed", 2, 2, "exact")]
    # a count of civilians keeps its own group
    found = casualties("أدى القصف إلى مقتل مدنيين اثنين وإصابة ثلاثة عناصر من قسد في ريف منبج.")
    assert (("CIVILIANS",), "killed", 2, 2, "exact") in found


def test_the_side_named_after_the_means_of_death_is_the_killer():
    # «بهجوم لداعش»: the attackers, not the soldiers' side; «بصفوف», «بقوات» still name the side of the count
    assert casualties("أعلنت خلية الإعلام الأمني استشهاد جنديين بهجوم لداعش في قضاء الحويجة.") == \
        [(("IRAQ_GOV",), "killed", 2, 2, "exact")]
    assert casualties("قتل 5 عناصر بصفوف قسد في ريف دير الزور.") == [(("SDF",), "killed", 5, 5, "exact")]


def test_a_killing_aimed_at_or_attempted_is_no_death():
    assert casualties("ألقى مجهولون قنبلة يدوية على بيت رجل مدني ببلدة طفس بهدف اغتياله، فأصيب ابنه الصغير.") == \
        [(("CIVILIANS",), "injured", 1, 1, "exact")]
    assert casualties("حاول مسلحون اغتيال قيادي في الفصائل في مدينة درعا ما أدى لإصابته.") == \
        [(("OPPOSITION",), "injured", 1, 1, "exact")]
    # an aim that is not the killing itself
    assert casualties("شنت قوات النظام هجوما بهدف السيطرة على القرية أسفر عن مقتل 5 عناصر من الفصائل.") == \
        [(("OPPOSITION",), "killed", 5, 5, "exact")]


def test_a_death_sentence_is_no_death_unless_carried_out():
    assert casualties("أصدرت المحكمة حكما بالإعدام شنقا بحق خمسة أشخاص أدينوا بتنفيذ تفجير في بغداد.") == []
    assert casualties("نفذ تنظيم داعش حكما بالإعدام بحق خمسة أشخاص في ريف دير الزور.") == \
        [(("CIVILIANS",), "killed", 5, 5, "exact")]


def test_killed_and_wounded_pairs_with_other_words():
    assert sorted(casualties("سقط عدد من المدنيين بين شهيد وجريح في قصف على بلدة كفرنبل.")) == \
        [(("CIVILIANS",), "injured", None, None, "vague"), (("CIVILIANS",), "killed", None, None, "vague")]
    # «بين قتيل ومصاب» is no single dead person
    assert (("CIVILIANS",), "killed", 1, 1, "exact") not in \
        casualties("أوقعت وحدات الجيش أعدادا كبيرة منهم بين قتيل ومصاب في ريف حماة.")


def test_a_vague_count_of_them_is_of_the_side_told_before():
    assert casualties("هاجم عناصر من داعش قرية في ريف دير الزور، وقتل عدد منهم في الاشتباكات.") == \
        [(("ISIS",), "killed", None, None, "vague")]


def test_a_death_in_a_road_accident_is_no_casualty():
    assert casualties("أفاد مصدر أمني بمصرع منتسب في الجيش العراقي نتيجة حادث دهس في قضاء أبي غريب.") == []
    assert casualties("قتل شخصان بحادث مروري قرب مدينة الحسكة.") == []
    assert casualties("قتل 3 أشخاص بحادث سير على طريق حمص حماة.") == []
    assert casualties("توفي رجل مسن إثر أزمة قلبية في مدينة حلب.") == []
    # earthquakes and floods, unless a word of violence before tells the cause
    assert casualties("ارتفعت حصيلة قتلى الزلزال في شمال غرب سوريا إلى 2000 شخص.") == []
    assert casualties("قتل 3 مدنيين بقصف على بلدة تضررت من الزلزال.") == [(("CIVILIANS",), "killed", 3, 3, "exact")]
    # «سير» alone is the course of the fighting
    assert casualties("قتل 3 عناصر من قوات النظام خلال سير المعارك في ريف حماة.") == [(("SYR_GOV",), "killed", 3, 3, "exact")]


def test_an_age_is_no_count():
    found = casualties("جراء غارة على حي الشعار، استشهد 6 مدنيين على الأقل، بينهم طفلان اثنان دون سن الـ 15.")
    assert sorted(found) == [(("CIVILIANS",), "killed", 2, 2, "exact"), (("CIVILIANS",), "killed", 6, None, "at_least")]


def test_people_counted_again_without_their_side_are_a_restatement():
    text = ("أصيب 3 أفراد من الشرطة الاتحادية بجروح إثر انفجار عبوة ناسفة قرب قضاء الطارمية، وفق مصدر أمني. "
            "وقال المصدر إن عبوة ناسفة انفجرت مستهدفة سيارة للشرطة، ما أسفر عن إصابة ثلاثة أفراد.")
    assert casualties(text) == [(("IRAQ_GOV",), "injured", 3, 3, "exact")]


def test_a_number_joined_to_a_noun_adds_people_or_counts_others():
    assert casualties("أصيب ضابط وخمسة من منتسبي الجيش العراقي بانفجار عبوة على طريق بيجي.") == \
        [(("IRAQ_GOV",), "injured", 6, 6, "exact")]
    found = casualties("أسفر القصف عن مقتل مدني و3 عناصر من قوات النظام في بلدة كفرنبل.")
    assert sorted(found) == [(("CIVILIANS",), "killed", 1, 1, "exact"), (("SYR_GOV",), "killed", 3, 3, "exact")]


def test_the_pkk_in_iraq_is_a_local_armed_group():
    found = casualties("قصفت مسيرة تركية عربة لمقاتلين من حزب العمال الكردستاني قرب قضاء مخمور شمالي العراق، "
                       "ما أدى إلى مقتل ثلاثة عناصر من حزب العمال الكردستاني.")
    assert (("LOCAL_ARMED",), "killed", 3, 3, "exact") in found


def test_people_before_a_dual_or_plural_verb_are_its_count():
    found = casualties("قتل ثمانية من رجال الشرطة العراقية في كركوك. وقال مصدر إن شرطيين آخرين أصيبا بجروح خطيرة.")
    assert (("IRAQ_GOV",), "injured", 2, 2, "exact") in found
    assert all(f[4] != "vague" for f in casualties("وقال الأهالي إن المسلحين اغتالوا مختار القرية أمس."))


def test_a_number_of_the_dead_and_a_number_executed():
    assert (("CIVILIANS",), "killed", 14, 14, "about") in casualties("وأوضح المرصد أن نحو اربعة عشر من القتلى من الأطفال.")
    found = casualties("قتل في مارس 50 مدنيا، و15 أعدمهم تنظيم داعش في ريف دير الزور.")
    assert (("CIVILIANS",), "killed", 15, 15, "exact") in found


def test_a_part_of_the_dead_is_not_taken_by_the_wounded_after_it():
    found = casualties("وقالت وزارة الصحة إن 41 شهيدا سقطوا بينهم 12 طفلا و 18 امرأة و310 أشخاص أصيبوا في الغارات.")
    assert (("CIVILIANS",), "killed", 18, 18, "exact") in found
    assert (("CIVILIANS",), "injured", 18, 18, "exact") not in found


def test_the_toll_of_an_incident_years_before_the_report_is_background():
    from datetime import date
    text = ("وكانت بلدة سراقب قد تعرضت في عام 2014 لغارات أوقعت عددا من الشهداء والجرحى. "
            "وقتل مدنيان اليوم في قصف جديد على البلدة.")
    found = [(tuple(c["group"]), c["outcome"], c["low"]) for c in record(text, date(2025, 11, 10))["casualties"]]
    assert found == [(("CIVILIANS",), "killed", 2)]
    text = "قتل 5 مدنيين في قصف على بلدة كفرنبل التي سيطرت عليها قوات النظام عام 2016."
    assert [c["low"] for c in record(text, date(2025, 3, 1))["casualties"]] == [5]  # a year told after the count


def test_further_large_tolls_of_a_war_are_of_all_its_sides():
    text = ("أعلن المرصد أن أعمال العنف حصدت ما لا يقل عن 3200 قتيل منذ بدء الاحتجاجات. "
            "وقال مدير المرصد إن ما لا يقل عن 2200 مدني قتلوا، و800 جندي من قوات النظام، و150 منشقا. "
            "وذكر أن حصيلة الأيام السبعة الأخيرة وحدها بلغت نحو 400 قتيل.")
    assert (("CIVILIANS", "SYR_GOV", "OPPOSITION"), "killed", 400, 400, "about") in casualties(text)


def test_people_being_treated_are_wounded():
    found = casualties("قتل متظاهر عراقي في هجوم على خيام المعتصمين في الناصرية، فيما يتلقى أربعة آخرون العلاج.")
    assert (("CIVILIANS",), "injured", 4, 4, "exact") in found


def test_new_deaths_that_raise_a_toll_give_it_their_people():
    text = ("وقالت مصادر طبية إن عدة أشخاص توفوا متأثرين بجراح أصيبوا بها في اشتباكات مع قوات الأمن في مدينة الناصرية "
            "وبذلك يرتفع عدد القتلى في المدينة إلى 38 على الأقل.")
    assert (("CIVILIANS",), "killed", 38, None, "at_least") in casualties(text)


def test_another_figure_of_a_toll_is_of_the_same_people():
    text = ("هاجم مسلحو داعش نقاطا للحشد الشعبي شمال بغداد. وقالت قناة محلية إن 8 من عناصر الحشد الشعبي قتلوا. "
            "لكن مصادر أخرى قدرت الحصيلة بأكثر من 30 قتيلاً.")
    assert (("IRAQ_PMF",), "killed", 31, None, "more_than") in casualties(text)


def test_syrian_militias_of_a_patron_written_apart_are_pro_government():
    text = "وسقط في ريف حمص 31 قتيلا، هم: 9 مدنيين، و22 عنصرا في المليشيات السورية التابعة لـ”حزب الله”."
    assert (("PRO_GOV_MILITIA",), "killed", 22, 22, "exact") in casualties(text)


def test_single_persons_listed_after_a_count_add_up():
    found = casualties("وأدت الغارة على المستشفى إلى مقتل جنديين اثنين وموظف وممرضة.")
    assert sorted(found) == [(("CIVILIANS",), "killed", 2, 2, "exact"), (("SYR_GOV",), "killed", 2, 2, "exact")]


def test_a_toll_remembered_on_an_anniversary_is_not_counted():
    text = "يحيي سوريون اليوم الذكرى العاشرة للهجوم على بلدة كفرنبل الذي أودى بحياة أكثر من 100 شخص."
    assert casualties(text) == []


def test_fighters_with_no_side_named_are_of_the_side_the_report_is_about():
    text = ("أعلنت الميليشيات الإيرانية استنفارا في مدينة البوكمال. وقالت مصادر إن الميليشيات الإيرانية نقلت أسلحة "
            "إلى مستودعاتها بعد تهديدات من تنظيم داعش. وانفجر مستودع ما أدى إلى مقتل 7 عناصر.")
    assert (("IRAN",), "killed", 7, 7, "exact") in casualties(text)


def test_a_bare_count_after_a_count_and_its_side_is_of_that_side():
    found = casualties('إثر لغم انفجر قرب بلدة سرمين، قتل مقاتل من "هيئة تحرير الشام" وجرح أربعة.')
    assert (("HTS",), "injured", 4, 4, "exact") in found


def test_fighters_counted_again_without_their_side_are_a_restatement():
    text = ("خمسة عناصر من قوات النظام قتلوا في هجوم لتنظيم داعش قرب تدمر. "
            "وأوضح الناشطون أن عناصر التنظيم تصدوا لهجوم قوات النظام وقتلوا خمسة عناصر.")
    assert casualties(text) == [(("SYR_GOV",), "killed", 5, 5, "exact")]


def test_people_among_whom_are_members_of_a_side_are_about_both():
    found = casualties("أعدم تنظيم داعش في بلدة السخنة 12 شخصاً، بينهم عناصر من قوات النظام.")
    assert (("CIVILIANS", "SYR_GOV"), "killed", 12, 12, "exact") in found


def test_an_earlier_incident_is_not_an_earlier_figure():
    text = "قتل 10 مدنيين في غارات على بلدة كفرنبل. وفي وقت سابق اليوم، قتل 3 مدنيين في قصف على بلدة الهبيط."
    assert (("CIVILIANS",), "killed", 3, 3, "exact") in casualties(text)


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
    text = "استهدفت غارات روسية بلدات التمانعة والهبيط وعابدين. والتي سيطر عليها مقاتلو هيئة تحرير الشام الأسبوع الماضي."
    control = {(c["place_ar"], c["actor"], c["change"]) for c in record(text)["control"]}
    assert {("التمانعة", "HTS", "gained"), ("الهبيط", "HTS", "gained"), ("عابدين", "HTS", "gained")} <= control
    assert all(e["sub_event_type"] != "Non-state actor overtakes territory" for e in record(text)["events"])


def test_a_relative_take_over_verb_with_the_place_as_its_glued_pronoun():
    for verb in ("حررتها", "استعادتها"):
        text = f"وقصفت الطائرات قرية معركبة التي {verb} قوات النظام أمس."
        assert ("معركبة", "SYR_GOV", "gained") in {(c["place_ar"], c["actor"], c["change"])
                                                   for c in record(text)["control"]}, verb
        assert all(e["sub_event_type"] != "Government regains territory" for e in record(text)["events"])


def test_a_relative_take_over_about_unnamed_places_gives_no_control():
    text = "قصفت الطائرات مدينة منبج. وقتل ثلاثة من أبناء القرى التي سيطر عليها التنظيم في ريفها."
    assert not [c for c in record(text)["control"] if c["change"] == "gained"]


def test_unnamed_places_taken_that_the_sentence_lists_after_the_clause_are_gains():
    text = "وارتفع إلى ثلاث عدد القرى التي استعادتها الفصائل اليوم، أبرزها معركبة وكفرزيتا."
    assert {(c["place_ar"], c["actor"], c["change"]) for c in record(text)["control"]} == {
        ("معركبة", "OPPOSITION", "gained"), ("كفرزيتا", "OPPOSITION", "gained")}


def test_a_side_that_tightens_its_grip_on_a_place_took_it():
    assert [(c["place_ar"], c["actor"], c["change"]) for c in record(
        "وأحكمت قوات النظام قبضتها على بلدة كفرزيتا بعد انسحاب آخر المقاتلين.")["control"]][:1] == [
        ("كفرزيتا", "SYR_GOV", "gained")]


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
    # the victims counted after the subject («قتل مجهولون أربعة مدنيين»): a killing too
    for text in ("قتل مسلحون مجهولون أربعة مدنيين في بلدة الحراك.", "قتل مجهولون 4 مدنيين في بلدة الحراك."):
        assert [e["sub_event_type"] for e in extract(text, "t").to_dict()["events"]] == ["Attack"]


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


def test_an_author_the_report_calls_unknown_is_not_taken_from_the_title():
    # a title's strike sums up the body's, but «طائرات مجهولة الهوية» say the body's author is unknown
    text = ("غارات إسرائيلية قرب دمشق واستهداف لشاحنات في دير الزور\n"
            "شنت طائرات إسرائيلية غارات على محيط مطار الضمير. وقصفت طائرات مجهولة الهوية شاحنات قرب مدينة الميادين.")
    events = extract(text, "t", date(2021, 5, 3)).to_dict()["events"]
    mayadin = next(e for e in events if e["location"]["name_ar"] == "الميادين")
    assert mayadin["actors"] == ["UNKNOWN"]


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


@pytest.mark.parametrize("caption", [
    "عناصر من الفصائل قرب ركام منزل دمرته غارة في بلدة كفرنبل (أ ف ب)",
    "آثار قصف بالبراميل على حي الشعار في حلب - 3 آذار 2016 (عنب بلدي)",
])
def test_a_photo_caption_is_no_statement_of_the_report(caption: str) -> None:
    # a short line closing with a bracketed agency credit, or with any credit right after a dated year
    text = "تصعيد في ريف إدلب\n" + caption + "\nقصفت قوات النظام بالمدفعية بلدة سرمين بريف إدلب الشرقي."
    assert events(text) == [("Shelling/artillery/missile attack", "سرمين")]
    under = "تصعيد في ريف إدلب\nعناصر قرب ركام منزل دمرته غارة في بلدة كفرنبل\n(afp_tickers)\n" \
        "قصفت قوات النظام بالمدفعية بلدة سرمين بريف إدلب الشرقي."
    assert events(under) == [("Shelling/artillery/missile attack", "سرمين")]


def test_a_story_s_credit_under_its_last_paragraph_makes_no_caption():
    text = "تصعيد في ريف إدلب\nقصفت قوات النظام بالمدفعية بلدة سرمين بريف إدلب الشرقي.\n(رويترز)"
    assert events(text) == [("Shelling/artillery/missile attack", "سرمين")]


def test_a_bracketed_place_closing_a_line_is_no_credit():
    assert events("قصفت قوات النظام بالمدفعية بلدة سرمين (ريف إدلب)") == [("Shelling/artillery/missile attack", "سرمين")]


def test_a_city_named_beside_towns_of_its_governorate_is_a_place_of_its_own():
    # «بريف محافظة حماة» locates the towns in the governorate: it does not make the city of Hama their summary
    text = "خرج العشرات من أهالي مدينة حماة وصوران ومورك بريف محافظة حماة بمظاهرات رافضة لممارسات الأجهزة الأمنية."
    assert sorted(events(text)) == [("Peaceful protest", "حماة"), ("Peaceful protest", "صوران"),
                                    ("Peaceful protest", "مورك")]


def test_a_road_named_by_the_two_towns_it_joins_is_coded_at_the_first():
    # «طريق X – Y»: the second town only says where the road runs; a dual («طريق مدينتي X – Y») names both
    assert events("انفجرت عبوة ناسفة بسيارة على طريق قرية كفريا – بلدة سرمين.") == [
        ("Remote explosive/landmine/IED", "كفريا")]
    assert events("استهدفت طائرة مسيرة تركية سيارة على طريق القامشلي – المالكية.") == [("Air/drone strike", "القامشلي")]
    assert sorted(events("قصفت قوات النظام مدينتي سراقب – معرة النعمان.")) == [
        ("Shelling/artillery/missile attack", "سراقب"), ("Shelling/artillery/missile attack", "معرة النعمان")]


def test_the_bombardment_named_with_the_article_right_after_air_strikes_is_those_strikes():
    # «القصف الذي استهدف …» with no weapon named points back to the air strikes of the sentence before it, though the
    # report tells shelling elsewhere
    text = ("وقصفت قوات النظام بالمدفعية قرية الحمرات. وقتل 12 مدنياً في غارات شنها الطيران الحربي على مدينة الرقة. "
            "وأوضح المرصد أن القصف الذي استهدف حي المشلب أسفر عن جرح 23 شخصاً.")
    assert sorted(events(text)) == [("Air/drone strike", "الرقة"), ("Air/drone strike", "المشلب"),
                                    ("Shelling/artillery/missile attack", "الحمرات")]


def test_a_number_word_opens_a_name_with_the_noun_it_counts():
    assert events("اشتبك المقاتلون مع قوات النظام اليوم في منطقة السبع بحرات بحلب.") == [("Armed clash", "السبع بحرات")]


def test_katyusha_rockets_are_shelling_whoever_fired_them():
    # a side that strikes only from the air (Israel, the coalition) firing Katyusha or Grad rockets still shells
    assert events("أطلقت القوات الإسرائيلية صواريخ كاتيوشا على بلدة خان أرنبة.") == [
        ("Shelling/artillery/missile attack", "خان أرنبة")]
    assert events("أطلقت القوات الإسرائيلية صواريخ على بلدة خان أرنبة.") == [("Air/drone strike", "خان أرنبة")]


def test_places_naming_a_military_command_are_no_event_places():
    # «قوات عمليات صلاح الدين وسامراء»: the commands that entered the city, named after the areas they cover
    text = "دخلت قوات عمليات صلاح الدين وسامراء ودجلة مدينة تكريت بإسناد من طيران الجيش العراقي."
    assert events(text) == [("Air/drone strike", "تكريت")]


def test_phosphorus_bombs_are_dropped_from_the_air():
    # «قنابل الفوسفور» as «قنابل فوسفورية»: bombs only aircraft drop, not a planted bomb
    text = "واستخدم التحالف الدولي قنابل الفوسفور الأبيض خلال عدوان نفذه أمس على حي المشلب في مدينة الرقة."
    assert events(text) == [("Air/drone strike", "المشلب")]


@pytest.mark.parametrize("text, sub_type", [
    ("ألقى مجهولون قنبلة على مبنى البلدية في مدينة شهبا.", "Grenade"),  # thrown by hand
    ("وقام مسلح برمي قنبلة على حاجز في بلدة سرمين.", "Grenade"),
    ("ألقت طائرة مسيرة قنبلة على بلدة سرمين.", "Air/drone strike"),  # dropped
    ("انفجرت قنبلة في سوق بلدة سرمين.", "Remote explosive/landmine/IED"),  # planted
])
def test_a_bomb_thrown_is_a_grenade_and_one_dropped_an_air_strike(text: str, sub_type: str) -> None:
    assert [s for s, _ in events(text)] == [sub_type]


def test_an_arrest_named_as_an_aim_is_no_arrest():
    # «لاعتقال»: what the deployment was for; an arrest one was subjected to, or a campaign launched, is one
    assert "Arrests" not in [s for s, _ in events("استنفرت قوات الأمن في مدينة كفرزيتا لاعتقال جميع المتورطين.")]
    assert "Arrests" in [s for s, _ in events("تعرض شاب للاعتقال على حاجز في مدينة كفرزيتا.")]
    assert "Arrests" in [s for s, _ in events("شهدت مدينة حارم استنفاراً أمنياً لعناصر الهيئة وسط شنها لحملة "
                                              "اعتقالات طالت العشرات.")]


def test_protesters_killed_by_state_forces_met_excessive_force():
    text = "قتل أربعة أشخاص وأصيب عشرات آخرون على أيدي قوات الأمن خلال مظاهرات خرجت أمس في مدينة حمص."
    assert events(text) == [("Excessive force against protesters", "حمص")]
    # the dead of an earlier day, mourned at the protest, do not make it excessive force
    text = "تواصلت الاحتجاجات في مدينة حمص خلال تشييع الشبان الذين سقطوا برصاص قوات الأمن يوم أمس."
    assert "Peaceful protest" in [s for s, _ in events(text)]
    # people hurt otherwise at a protest day leave it peaceful
    assert events("خرجت مظاهرات في مدينة حمص أمس وأصيب عشرة أشخاص في حادث سير.") == [("Peaceful protest", "حمص")]


def test_forces_firing_on_a_protest_act_where_it_is_and_its_toll_may_follow_in_the_next_clause():
    text = "خرجت مظاهرة في مدينة حمص، غير أن قوات الأمن فتحت النار لتفريقها، مما أسفر عن إصابة عدد من المحتجين."
    assert sorted(events(text)) == [("Excessive force against protesters", "حمص"), ("Peaceful protest", "حمص")]
    text = "خرجت مظاهرة في مدينة حمص، لكن قوات الأمن أطلقت النار لتفريقها."
    assert sorted(events(text)) == [("Peaceful protest", "حمص"), ("Protest with intervention", "حمص")]


def test_the_weapon_glued_to_a_strike_in_a_toll_sentence_names_its_type():
    # in a running toll the weapon's noun is no event of its own, but it still says how the town was struck
    text = "ارتفعت حصيلة الضحايا في بلدة مسرابا إلى ستة أشخاص، نتيجة استهداف قوات النظام للبلدة بالمدفعية الثقيلة."
    assert events(text) == [("Shelling/artillery/missile attack", "مسرابا")]


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
def test_bombs_a_strike_is_told_with_are_its_means_not_a_bombing_of_their_own():
    # «بقنابل»: the instrument of the strike told in the clause
    assert events("قصفت طائرات التحالف الدولي بقنابل الفوسفور الأبيض حي الرميلة في مدينة الرقة.") == [
        ("Air/drone strike", "الرميلة")]
    assert events("قصفت القوات التركية بالمدفعية وبالقنابل الضوئية قرية عبوش.") == [
        ("Shelling/artillery/missile attack", "عبوش")]
    # a bomb thrown is still an event of its own: a hand grenade's
    assert [s for s, _ in events("ألقى مجهولون قنبلة على مبنى في مدينة شهبا.")] == ["Grenade"]


def test_mines_and_explosives_cleared_defused_or_planted_tell_no_blast():
    assert events("وتواصل وحدات الهندسة إزالة الألغام والعبوات الناسفة في بلدة تادف.") == []
    assert events("وفككت القوات عبوات ناسفة في قرية كفرنبودة.") == []
    assert events("وعمدت الميليشيات إلى زرع ثلاثة آلاف لغم في محيط قرية الزيارة.") == []
    # a blast is still told
    assert events("وقتل عنصر بانفجار لغم أرضي في قرية أم ميال.") == [("Remote explosive/landmine/IED", "أم ميال")]


def test_places_said_to_have_become_liberated_are_taken_by_the_side_named_before():
    text = ("تواصل قوات النظام عملياتها في ريف إدلب. "
            "وبحسب مصدر عسكري، قرى تل سلمو وأبو الظهور جنوب شرق إدلب باتت محررة إثر اشتباكات مع المسلحين.")
    taken = [place for sub, place in events(text) if sub == "Government regains territory"]
    assert taken == ["تل سلمو", "أبو الظهور"]
    assert {tuple(e["actors"]) for e in record(text)["events"] if e["sub_event_type"] == "Government regains territory"} \
        == {("SYR_GOV",)}


def test_an_air_base_named_with_its_adjective_does_not_make_rockets_an_air_strike():
    assert events('سقطت ثلاثة صواريخ من نوع "كاتيوشا" على قاعدة "بلد" الجوية شمال بغداد.') == [
        ("Shelling/artillery/missile attack", "قاعدة بلد الجوية")]
    # aircraft named in the clause still make «قصف» an air strike
    assert [s for s, _ in events("قصفت الطائرات الحربية بلدة كفرنبل.")] == ["Air/drone strike"]


def test_the_iraqi_armed_forces_are_the_iraqi_government():
    e = one_event("تمكنت القوات المسلحة العراقية من تحرير مركز مدينة تكريت من عصابات داعش.")
    assert (e["sub_event_type"], e["actors"], e["targets"]) == ("Government regains territory", ["IRAQ_GOV"], ["ISIS"])


def test_a_line_quoting_another_articles_headline_tells_no_event():
    text = "قصفت قوات النظام بلدة كفرنبودة.\nاقرأ أيضا: غارات روسية تقتل مدنيين في ريف إدلب الجنوبي"
    assert events(text) == [("Shelling/artillery/missile attack", "كفرنبودة")]


def test_an_aggression_told_with_its_authors_pronoun_is_their_strike():
    text = "وواصل طيران التحالف الدولي جرائمه، فارتكب مجزرة جديدة باعتدائه على قريتي الباغوز والسوسة قرب البوكمال."
    assert sorted(events(text)) == [("Air/drone strike", "الباغوز"), ("Air/drone strike", "السوسة")]


def test_fighting_to_take_a_village_is_a_clash_not_a_take_over():
    text = "وتتواصل المعارك بين الفصائل وقوات النظام من أجل السيطرة على بلدة كفرنبودة."
    assert [s for s, _ in events(text)] == ["Armed clash"]


def test_things_seized_are_no_territory_taken():
    assert events("وشن الثوار هجوما على حاجز لقوات النظام في بلدة خان طومان، كما استولوا على مركبات محملة بالأسلحة.") == [
        ("Armed clash", "خان طومان")]
    # (the clan fight itself is a clash; bringing it under control takes no territory)
    assert not {s for s, _ in events("وتمكنت قوات الأمن من السيطرة على النزاع العشائري في ناحية المجر الكبير.")} & {
        "Government regains territory", "Non-state actor overtakes territory"}
    # areas are
    assert [s for s, _ in events("سيطرت قوات النظام على عدد من القرى في ريف حماة.")] == ["Government regains territory"]


def test_an_air_defence_unit_attacked_is_a_target_not_air_defences_firing():
    e = one_event("هاجم مقاتلو الجيش الحر فجر اليوم كتيبة الدفاع الجوي في ريف درعا الشرقي.")
    assert (e["sub_event_type"], e["actors"]) == ("Armed clash", ["OPPOSITION"])


def test_an_attack_ranked_among_others_of_its_kind_is_the_one_told_elsewhere():
    text = ("وفي ثالث هجوم من نوعه منذ مطلع الأسبوع، ذكرت مصادر أمنية في محافظة الأنبار أن هجوماً بصاروخي "
            "كاتيوشا استهدف قاعدة عين الأسد.")
    assert [s for s, _ in events(text)] == ["Shelling/artillery/missile attack"]


def test_a_place_after_a_word_that_locates_the_one_before_is_no_place_of_the_event():
    assert sorted(events("ودارت مواجهات بين الطرفين في قرية المناجير الواقعة على طريق تل تمر.")) == [
        ("Armed clash", "المناجير")]
    assert sorted(events("ودارت اشتباكات عنيفة في قريتي الدردارة وعبوش التابعتين لناحية تل تمر.")) == [
        ("Armed clash", "الدردارة"), ("Armed clash", "عبوش")]


def test_the_place_the_fire_came_from_is_not_where_it_struck():
    text = "وشنت طائرات إسرائيلية غارات من اتجاه الجولان المحتل على مواقع في محيط مدينة الكسوة."
    assert events(text) == [("Air/drone strike", "الكسوة")]
    text = "وسقطت ثلاثة صواريخ على قاعدة عين الأسد، وقالت المصادر إن الصواريخ أطلقت من مدينة هيت."
    assert [p for _, p in events(text)] == ["قاعدة عين الأسد"]


def test_aircraft_named_as_the_subject_before_a_comma_are_the_authors_of_the_strikes():
    text = "استهدفت الطائرات الحربية الروسية، بعدة غارات، بلدة كنصفرة في جبل الزاوية."
    e = one_event(text)
    assert (e["sub_event_type"], e["actors"]) == ("Air/drone strike", ["RUSSIA"])


def test_an_attack_after_a_toll_told_just_before_it_is_the_tolls_cause():
    text = "قتل ثلاثة جنود عراقيين مساء الأحد، بعد هجوم لخلايا داعش في محافظة صلاح الدين."
    assert [s for s, _ in events(text)] == ["Armed clash"]
    # with no toll, «بعد هجوم» is the background of the sentence
    assert events("وزار وزير الدفاع المنطقة بعد هجوم لخلايا داعش في محافظة صلاح الدين.") == []


def test_a_blast_that_targets_a_place_is_one_explosion_not_a_clash_too():
    assert events("واستهدف انفجار موقعا عسكريا بالقرب من قرية تل العيد.") == [
        ("Remote explosive/landmine/IED", "تل العيد")]


def test_a_city_said_to_be_outside_a_sides_control_is_a_state_not_a_take_over():
    assert events("وذكرت مصادر محلية أن بلدة الميادين أصبحت للمرة الأولى منذ سنوات خارج سيطرة قوات النظام.") == []


def test_sides_listed_together_after_the_words_of_holding_all_hold_the_place():
    holds = {(c["place_ar"], c["actor"]) for c in record(
        "وسقطت قذائف على بلدة كفرزيتا الخاضعة لسيطرة قوات النظام والمسلحين الموالين لها.")["control"]
             if c["change"] == "holds"}
    assert holds == {("كفرزيتا", "SYR_GOV"), ("كفرزيتا", "PRO_GOV_MILITIA")}
    holds = {(c["place_ar"], c["actor"]) for c in record(
        "وسقطت قذائف على بلدة كفرزيتا التي تسيطر عليها قوات النظام والمسلحون الموالون لها.")["control"]
             if c["change"] == "holds"}
    assert holds == {("كفرزيتا", "SYR_GOV"), ("كفرزيتا", "PRO_GOV_MILITIA")}


def test_who_still_holds_a_place_named_before_the_words_of_holding():
    def holds(text: str) -> set[tuple]:
        return {(c["place_ar"], c["actor"]) for c in record(text)["control"] if c["change"] == "holds"}
    assert holds("وقصف التنظيم مطار الطبقة العسكري، الذي ما زال تحت سيطرة قوات النظام حتى اليوم.") == {
        ("مطار الطبقة العسكري", "SYR_GOV")}
    assert holds("وقصفت الطائرات بلدة كفرزيتا التي ما زالت تحت سيطرة الفصائل.") == {("كفرزيتا", "OPPOSITION")}
    # a negation that opens no «لا يزال» says who does not hold it
    assert holds("وقصفت الطائرات بلدة كفرزيتا التي لا تسيطر عليها قوات النظام.") == set()
    # rebels named as «opposition fighters» in the nominative
    assert holds("وقصفت الطائرات أحياء مدينة حلب التي يسيطر عليها مقاتلو المعارضة.") == {("حلب", "OPPOSITION")}
    # the plural and dual of the verb of holding, its side before it in a relative clause: who holds the place, no
    # take-over
    text = "وتراجع المسلحون نحو قرية الهبيط التي لا يزال مقاتلو المعارضة يسيطرون على قسم كبير منها."
    assert holds(text) == {("الهبيط", "OPPOSITION")}
    assert not [e for e in record(text)["events"] if e["sub_event_type"] == "Non-state actor overtakes territory"]
    # the place that only locates the one before it, named right before the words of holding, is the one held
    assert holds("وسقطت قذائف على قرية تل حميس قرب جبل عبد العزيز الخاضع لسيطرة قوات النظام.") == {
        ("جبل عبد العزيز", "SYR_GOV")}
    assert holds("وقصفت الطائرات بلدة حرستا في منطقة دوما التي تسيطر عليها الفصائل المعارضة.") == {
        ("دوما", "OPPOSITION")}
    assert holds("وقصفت الطائرات بلدة حرستا قرب دوما التي لا تسيطر عليها الفصائل.") == set()


def test_a_side_named_with_a_present_verb_of_holding_holds_the_places_after_it():
    def holds(text: str) -> set[tuple]:
        return {(c["place_ar"], c["actor"]) for c in record(text)["control"] if c["change"] == "holds"}
    assert holds("ويسيطر التنظيم على بلدة معدان منذ ثلاث سنوات.") == {("معدان", "ISIS")}
    # the time since which it holds them said between the side and the place
    assert holds("ويسيطر التنظيم منذ مطلع العام الماضي على بلدة معدان.") == {("معدان", "ISIS")}
    assert holds("ولا تزال الفصائل تسيطر على معظم أحياء بلدة اللطامنة وكفرزيتا رغم القصف.") == {
        ("اللطامنة", "OPPOSITION"), ("كفرزيتا", "OPPOSITION")}
    # the dual of «لا يزال» before the words of holding
    assert holds("وقالت مصادر إن قريتي معركبة والأربعين لا تزالان تحت سيطرة قوات النظام.") == {
        ("معركبة", "SYR_GOV"), ("الأربعين", "SYR_GOV")}
    # a negated verb holds nothing
    assert holds("ولا يسيطر التنظيم على بلدة معدان كما زعم.") == set()
    # a list of places parted by commas, with or without «و» before the last
    assert holds("لا يزال التنظيم يسيطر على قرى الشعفة، السوسة والباغوز.") == {
        ("الشعفة", "ISIS"), ("السوسة", "ISIS"), ("الباغوز", "ISIS")}
    assert holds("ويسيطر التنظيم على بلدات الشعفة، هجين، السوسة منذ عامين.") == {
        ("الشعفة", "ISIS"), ("هجين", "ISIS"), ("السوسة", "ISIS")}


def test_fighters_leaving_a_place_under_an_evacuation_deal_withdrew_from_it():
    def withdrew(text: str) -> set[tuple]:
        return {(c["place_ar"], c["actor"]) for c in record(text)["control"] if c["change"] == "withdrew"}
    assert withdrew("وتواصل خروج مقاتلي جيش الإسلام من بلدتي عربين وزملكا نحو الشمال.") == {
        ("عربين", "OPPOSITION"), ("زملكا", "OPPOSITION")}
    assert withdrew("وخرج مسلحو التنظيم من بلدة معدان بموجب اتفاق مع العشائر.") == {("معدان", "ISIS")}


def test_an_iraqi_command_cleansing_an_area_took_it_but_an_ongoing_sweep_takes_nothing():
    def changes(text: str) -> set[tuple]:
        return {(c["place_ar"], c["actor"], c["change"]) for c in record(text, date(2017, 6, 1))["control"]}
    assert changes("طهرت قوات الرد السريع قرية الخازر من عصابات داعش الإرهابية.") == {
        ("الخازر", "IRAQ_GOV", "gained"), ("الخازر", "ISIS", "lost")}
    assert changes("وتواصل القوات الأمنية تطهير قرية الخازر من العبوات الناسفة.") == set()


def test_weapons_handed_over_in_a_town_are_no_withdrawal_from_it():
    text = "وسلمت فصائل المعارضة في بلدة طفس أسلحتها الثقيلة للشرطة العسكرية الروسية بموجب التسوية."
    rec = record(text, date(2018, 7, 4))
    assert rec["control"] == [] and rec["events"] == []
    # the town itself handed over is
    assert [(c["place_ar"], c["actor"], c["change"]) for c in record(
        "سلمت الفصائل بلدة طفس لقوات النظام.", date(2018, 7, 4))["control"]] == [("طفس", "OPPOSITION", "withdrew")]


def test_hills_told_by_an_adjective_are_no_named_place_taken():
    rec = record("وسيطرت قوات النظام على تلال استراتيجية في محيط بلدة كبانة بعد معارك مع الهيئة.", date(2019, 6, 10))
    assert [c for c in rec["control"] if c["change"] == "gained"] == []
    assert all(e["location"]["name_ar"] == "كبانة" for e in rec["events"])


def test_state_media_bringing_security_back_to_a_town_regained_it_past_a_four_word_subject():
    rec = record("أعادت وحدات الجيش العربي السوري الأمن والاستقرار إلى بلدة معركبة بعد معارك مع الإرهابيين.",
                 date(2020, 1, 28))
    assert ("معركبة", "SYR_GOV", "gained") in {(c["place_ar"], c["actor"], c["change"]) for c in rec["control"]}
    assert ("Government regains territory", "معركبة") in {(e["sub_event_type"], e["location"]["name_ar"])
                                                           for e in rec["events"]}
    # the aim of bringing security back takes nothing
    assert record("وتعمل الحكومة على إعادة الأمن والاستقرار إلى بلدة معركبة.", date(2020, 1, 28))["control"] == []


def test_the_side_fought_for_a_place_in_the_clause_after_its_take_over_lost_it():
    def changes(text: str) -> set[tuple]:
        return {(c["place_ar"], c["actor"], c["change"]) for c in record(text, date(2019, 1, 5))["control"]}
    assert changes("سيطرت هيئة تحرير الشام، اليوم السبت، على بلدة الأتارب في ريف حلب الغربي، إثر معارك مع حركة "
                   "نور الدين الزنكي.") == {("الأتارب", "HTS", "gained"), ("الأتارب", "OPPOSITION", "lost")}
    # a clause of another kind after the comma names no side that lost it
    assert ("الأتارب", "OPPOSITION", "lost") not in changes(
        "سيطرت هيئة تحرير الشام على بلدة الأتارب، وقال ناشطون إن حركة الزنكي تحشد مقاتليها.")


def test_a_place_taken_by_a_verb_whose_object_follows_the_day_between_commas():
    def gained(text: str) -> set[tuple]:
        return {(c["place_ar"], c["actor"]) for c in record(text)["control"] if c["change"] == "gained"}
    assert gained("حررت وحدات الجيش، صباح اليوم الأحد، بلدة معدان في ريف الرقة.") == {("معدان", "SYR_GOV")}
    assert gained("دخلت قوات النظام، مساء اليوم الثلاثاء، بلدة كفرزيتا دون قتال بموجب اتفاق.") == {
        ("كفرزيتا", "SYR_GOV")}


def test_fighting_a_span_of_time_before_or_after_is_told_with_its_own_time():
    text = "وتجددت الاشتباكات في قرية الدردارة، وذلك بعد يوم من اشتباكات مماثلة على محور قرية أم الكيف."
    assert sorted(events(text)) == [("Armed clash", "أم الكيف"), ("Armed clash", "الدردارة")]


def test_a_list_of_places_runs_on_past_a_comma_and_a_few_linking_words():
    text = ("ودارت معارك عنيفة في بلدة شران شمال شرقي عفرين، وكذا في بلدتي معبطلي والشيخ حديد غربي المدينة، "
            "وفي محيط بلدة جنديرس جنوباً.")
    assert [p for _, p in events(text)] == ["شران", "معبطلي", "الشيخ حديد", "جنديرس"]


def test_a_list_of_places_runs_on_after_other_fronts():
    text = ("واحتدمت المعارك صباح اليوم على محاور في منطقة جبل برصايا شمال عفرين، ومحاور أخرى في نواحي معبطلي وجنديرس.")
    assert [p for _, p in events(text)] == ["جبل برصايا", "معبطلي", "جنديرس"]


def test_a_take_over_named_as_a_time_or_period_is_the_background():
    assert events("وولد ابنه الثاني قبيل سيطرة الفصائل على مدينة إدلب بأشهر قليلة.") == []
    assert events("وهي سجون سرية افتتحها التنظيم في منبج خلال فترة سيطرته على المدينة.") == []


def test_an_air_defence_base_named_is_what_was_hit():
    assert events("وشنت طائرات إسرائيلية غارات على قاعدة الديماس للدفاع الجوي في ريف دمشق.") == [
        ("Air/drone strike", "قاعدة الديماس")]


def test_a_place_named_with_in_after_a_smaller_or_equal_one_is_where_it_lies():
    assert events("وقصف الطيران المروحي ببرميل متفجر حي جب القبة في حلب القديمة.") == [
        ("Air/drone strike", "جب القبة")]


def test_places_subjected_to_nothing_named_tell_no_event():
    # a text cut short after «تعرضت»: what the places were subjected to is not told
    assert events("وتعرضت أيضاً أحياء الشعار، والفردوس، وبستان القصر") == []
    assert [s for s, _ in events("كما تعرضت أحياء مساكن هنانو والحيدرية لقصف مدفعي.")] == [
        "Shelling/artillery/missile attack", "Shelling/artillery/missile attack"]


def test_a_months_toll_broken_down_by_cause_tells_no_event():
    text = ("أحصت الشبكة مقتل 1473 شخصاً خلال شهر أيلول الفائت، وجاءت الحصيلة موزعة كما يلي: 140 قتلوا بغارات "
            "الطيران الحربي، و59 قتلوا بقذائف صاروخية أطلقتها قوات النظام.")
    assert events(text) == []


def test_a_place_named_again_in_brackets_is_one_place_under_the_name_the_gazetteer_knows():
    text = "وتواصل المدفعية التركية منذ الصباح قصف بلدة ديرك (المالكية) بعشرات القذائف."
    assert events(text) == [("Shelling/artillery/missile attack", "المالكية")]


def test_a_shelling_told_with_artillery_and_aircraft_is_also_an_air_strike():
    text = "وقصفت القوات التركية منذ ساعات الفجر بلدة عين عيسى بالمدفعية والطيران الحربي."
    assert sorted(events(text)) == [("Air/drone strike", "عين عيسى"), ("Shelling/artillery/missile attack", "عين عيسى")]
    # helicopters listed among the weapons («بالمدفعية والدبابات والمروحيات») add one though the word names their side
    assert sorted(events("قصفت قوات النظام بلدة سرمين بالمدفعية والدبابات والمروحيات.")) == [
        ("Air/drone strike", "سرمين"), ("Shelling/artillery/missile attack", "سرمين")]
    # aircraft named as the shelling side's subject alone do not add one
    assert [s for s, _ in events("قصفت الطائرات الحربية بالصواريخ بلدة كفرنبل.")] == ["Air/drone strike"]


def test_explosions_only_heard_on_a_front_tell_no_bombing():
    text = "ودوت أصوات انفجارات في منطقة تل تمر على وقع الاشتباكات التي دارت بين الجيش الوطني وقسد."
    assert [s for s, _ in events(text)] == ["Armed clash"]


def test_fighting_named_as_the_frame_of_another_event_is_its_background():
    text = "ويقول الأهالي إن حوادث الخطف هذه تأتي في إطار معارك مستمرة بين الفصائل والقوات الكردية في ريف منبج."
    assert "Armed clash" not in [s for s, _ in events(text)]


def test_the_side_named_as_the_one_that_fired_is_not_the_one_hit():
    e = one_event("وقتل لاجئ على الأقل جراء إطلاق النار عليه ليلاً من قبل قوات حرس الحدود التركية قرب بلدة سلقين.")
    assert (e["sub_event_type"], e["targets"]) == ("Attack", ["CIVILIANS"])


def test_a_strike_named_after_in_the_wake_of_is_the_backdrop():
    assert events("ورصد المرصد سريان هدوء كامل في الغوطة الشرقية في أعقاب قصف جوي ومدفعي.") == []


def test_attacks_described_as_earlier_ones_are_recalled_not_told():
    assert events("وحمّلت أنقرة وحدات حماية الشعب مسؤولية الهجمات التفجيرية السابقة التي شهدتها مدينة الباب.") == []


def test_a_withdrawal_that_ends_a_raid_transfers_no_territory():
    text = "وتوغلت 3 دبابات إسرائيلية في بلدة جباتا الخشب شمالي القنيطرة، ثم انسحبت منها بعد ساعتين."
    assert "Non-violent transfer of territory" not in [s for s, _ in events(text)]


def test_a_massacre_commemorated_or_a_long_record_tells_no_event():
    assert events("يستذكر السوريون في مثل هذا اليوم مجزرة الكيماوي في الغوطة الشرقية.") == []
    assert events("وللقوات الحكومية تاريخ حافل بقصف المستشفيات بالبراميل المتفجرة في ريف إدلب الجنوبي.") == []


def test_protests_renewed_or_flocked_to_are_told():
    assert events("وذلك مع تجدد المظاهرات اليوم في مدينة الناصرية.") == [("Peaceful protest", "الناصرية")]
    assert [s for s, _ in events("وتوافد آلاف المتظاهرين صباحاً إلى ساحة التحرير وسط بغداد.")] == ["Peaceful protest"]


def test_gunfire_whose_toll_the_next_clause_tells_is_an_event():
    text = "وفي بلدة جاسم بريف درعا، إطلاق نار من قبل مسلحين مجهولين على سيارة مدنية، ما أدى لمقتل شاب."
    assert [p for _, p in events(text)] == ["جاسم"]


def test_a_clash_told_without_sides_is_fought_by_the_sides_of_the_clash_before_it():
    text = ("تستمر الاشتباكات العنيفة بين قوات النظام من جهة، والفصائل المقاتلة من جهة أخرى، في محيط بلدة كفرنبودة.\n"
            "وتدور معارك عنيفة في محيط قرية الهبيط بريف إدلب الجنوبي.")
    events = extract(text, "t").to_dict()["events"]
    sides = {e["location"]["name_ar"]: set(e["actors"] + e["targets"]) for e in events}
    assert sides["الهبيط"] == {"SYR_GOV", "OPPOSITION"}


def test_a_word_for_troops_before_a_sides_name_does_not_hide_that_it_acted():
    event = one_event("أصيب شاب برصاص قوات حرس الحدود التركية عند أطراف قرية عين البيضا غربي جسر الشغور.")
    assert event["actors"] == ["TURKEY"]


def test_a_sides_name_inside_a_place_name_is_no_side():
    found = record("قصفت قوات النظام بالمدفعية الثقيلة قرية كبانة في جبل الأكراد بريف اللاذقية الشمالي.")["events"]
    assert found and all(e["actors"] == ["SYR_GOV"] and "SDF" not in e["targets"] for e in found)


@pytest.mark.parametrize("text, side", [
    ("أصيب راعي أغنام بانفجار لغم أرضي من مخلفات تنظيم داعش قرب قرية الطيبة بريف دير الزور.", "ISIS"),
    ("وتستهدف غارات جوية بقيادة الولايات المتحدة مواقع التنظيم في مدينة تكريت.", "COALITION"),
])
def test_the_side_a_weapon_was_left_by_or_led_by_is_the_actor(text: str, side: str) -> None:
    assert side in one_event(text)["actors"]


def test_a_marker_of_the_side_hit_with_a_preposition_glued_to_it():
    event = one_event("انفجر لغم أرضي بعناصر من قوات النظام قرب بلدة السخنة في بادية حمص.")
    assert event["targets"] == ["SYR_GOV"]


def test_the_side_of_people_counted_dead_before_the_trigger_was_hit():
    event = one_event("قتل ثلاثة عناصر من قوات النظام بانفجار لغم أرضي في بادية تدمر بريف حمص الشرقي.")
    assert event["targets"] == ["SYR_GOV"] and "SYR_GOV" not in event["actors"]


def test_the_side_that_tells_of_a_strike_is_not_its_author_and_the_drone_belongs_to_its_owner():
    event = one_event("قالت قوات سوريا الديمقراطية إن طائرة مسيرة تابعة للجيش التركي استهدفت سيارة تابعة لها "
                      "قرب بلدة عين عيسى بريف الرقة الشمالي.")
    assert event["actors"] == ["TURKEY"] and event["targets"] == ["SDF"]


@pytest.mark.parametrize("text, actor", [
    ("قتل شاب برصاص مسلحين يشتبه بأنهم من التنظيم في بلدة ذيبان بريف دير الزور الشرقي.", "ISIS"),
    ("هاجم مسلحون يعتقد أنهم من خلايا تنظيم داعش حاجزا لقوات سوريا الديمقراطية في بلدة الشحيل.", "ISIS"),
])
def test_gunmen_suspected_of_belonging_to_a_side_are_that_side(text: str, actor: str) -> None:
    assert one_event(text)["actors"] == [actor]


def test_what_was_hit_belongs_to_the_side_named_after_it():
    event = one_event("استهدفت خلايا تنظيم داعش بالأسلحة الرشاشة دورية تابعة لقوات سوريا الديمقراطية "
                      "على طريق بلدة ذيبان شرقي دير الزور.")
    assert event["actors"] == ["ISIS"] and event["targets"] == ["SDF"]


@pytest.mark.parametrize("text, side", [
    ("اندلعت اشتباكات بين تنظيم داعش والوحدات الكردية في مدينة عين العرب الحدودية مع تركيا.", "TURKEY"),
    ("استهدفت غارات إسرائيلية مواقع للحزب المدعوم من إيران قرب بلدة السيدة زينب.", "IRAN"),
])
def test_a_country_named_as_a_border_or_a_backer_is_no_side(text: str, side: str) -> None:
    event = one_event(text)
    assert side not in event["actors"] + event["targets"]


def test_the_side_holding_the_area_where_a_mine_went_off_is_not_its_target():
    event = one_event("قضى رجل مسن بانفجار لغم من مخلفات الحرب قرب بلدة الكسرة ضمن مناطق نفوذ “قسد” غربي دير الزور.")
    assert event["targets"] == ["CIVILIANS"]


def test_a_described_person_of_a_side_killed_before_the_trigger_was_hit():
    event = one_event("نقلت شبكات محلية نبأ مقتل أمير عسكري من تنظيم داعش بضربة طائرة مسيرة على أطراف مدينة الباب.")
    assert event["targets"] == ["ISIS"] and "ISIS" not in event["actors"]


def test_the_side_of_a_person_hit_named_after_the_trigger_is_the_target():
    event = one_event("استهدف مسلحون مجهولون بالرصاص الحي عنصراً في الشرطة التابعة لقوات النظام "
                      "عند مدخل بلدة الصنمين بريف درعا.")
    assert event["actors"] == ["UNKNOWN"] and event["targets"] == ["SYR_GOV"]


def test_the_author_named_after_a_comma_that_cut_the_clause():
    found = record("وتعرضت قريتا “حيش، معرزيتا” صباح اليوم لقصف صاروخي من قبل قوات النظام.")["events"]
    assert found and all(e["actors"] == ["SYR_GOV"] for e in found)


def test_the_side_of_the_people_killed_in_the_clause_before_the_trigger_was_hit():
    event = one_event("لقي جندي من قوات النظام حتفه، إثر استهدافه بالرصاص من قبل مجهولين على أطراف مدينة الصنمين.")
    assert event["actors"] == ["UNKNOWN"] and event["targets"] == ["SYR_GOV"]


def test_the_side_hit_named_after_commas_that_cut_the_clause():
    event = one_event("استهدفت مقاتلات إسرائيلية، وفقاً لناشطين، مستودعات للميليشيات الإيرانية قرب مدينة الميادين.")
    assert event["actors"] == ["ISRAEL"] and event["targets"] == ["IRAN"]


def test_a_deal_and_shelling_traded_between_two_sides_name_both():
    deal = one_event("وجرت عملية تبادل أسرى بين فصائل المعارضة وقوات النظام في مدينة سراقب بريف إدلب.")
    assert set(deal["actors"] + deal["targets"]) == {"OPPOSITION", "SYR_GOV"}
    shelling = one_event("أصيب 7 مدنيين في قصف بقذائف الهاون بين القوات الحكومية والمعارضة في حي جوبر شرقي العاصمة.",
                         date(2013, 5, 1))
    assert set(shelling["actors"]) == {"SYR_GOV", "OPPOSITION"}


def test_people_abducted_with_no_armed_side_named_are_civilians():
    event = one_event("خطف مسلحون مجهولون طالباً جامعياً من أبناء بلدة شهبا شمال السويداء خلال عودته من دمشق.")
    assert event["targets"] == ["CIVILIANS"]


def test_people_arrested_with_no_armed_side_named_are_civilians():
    event = one_event("اعتقلت قوات النظام أربعة شبان في مدينة الزبداني بريف دمشق.", date(2015, 5, 1))
    assert event["actors"] == ["SYR_GOV"] and event["targets"] == ["CIVILIANS"]


def test_an_author_named_in_one_statement_of_an_event_is_the_author_of_the_other():
    text = ("قتل مدني بغارة روسية على بلدة سرمين بريف إدلب.\n"
            "وقصفت طائرات التحالف الدولي بلدة الباغوز بريف دير الزور.\n"
            "واستهدفت غارة جوية بلدة سرمين مساء اليوم.")
    events = [e for e in record(text)["events"] if e["location"]["name_ar"] == "سرمين"]
    assert [e["actors"] for e in events] == [["RUSSIA"]]


def test_a_take_over_told_with_its_winner_only_was_won_from_the_reports_other_camp():
    text = ("قتل 12 عنصراً من تنظيم داعش في اشتباكات مع وحدات حماية الشعب الكردية في ريف عين العرب.\n"
            "واستعاد الأكراد قرية قرة حلنج جنوب شرق مدينة عين العرب.")
    events = [e for e in record(text)["events"] if e["sub_event_type"] == "Non-state actor overtakes territory"]
    assert events and events[0]["actors"] == ["SDF"] and events[0]["targets"] == ["ISIS"]


def test_aircraft_named_right_before_the_comma_that_opens_the_strikes_clause_struck():
    text = ("وقصفت قوات النظام بلدة كفرنبل بالمدفعية.\n"
            "ونفذت الطائرات الحربية الروسية، عدة غارات، على قرية حيش في ريف إدلب الجنوبي.")
    events = [e for e in record(text, date(2019, 5, 1))["events"] if e["sub_event_type"] == "Air/drone strike"]
    assert events and all(e["actors"] == ["RUSSIA"] for e in events)


def test_a_strike_told_without_the_side_hit_hit_the_reports_other_camp_but_its_toll_stays_unsided():
    text = ("قصفت قوات النظام بالمدفعية بلدة كفرنبل بريف إدلب.\n"
            "وشنت طائرات إسرائيلية غارات على مطار التيفور العسكري في ريف حمص، ما أدى لمقتل 3 عناصر.")
    found = record(text, date(2018, 5, 1))
    strikes = [e for e in found["events"] if e["sub_event_type"] == "Air/drone strike"]
    assert strikes and strikes[0]["actors"] == ["ISRAEL"] and strikes[0]["targets"] == ["SYR_GOV"]
    assert all(c["group"] != ["SYR_GOV"] for c in found["casualties"])


def test_shelling_told_without_the_side_hit_hit_the_reports_other_camp():
    text = ("شنت طائرات حربية روسية غارات على مواقع الفصائل في بلدة كفرنبل.\n"
            "وقصفت الفصائل بالمدفعية بلدة السقيلبية بريف حماة.")
    shelling = [e for e in record(text, date(2018, 5, 1))["events"]
                if e["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert shelling and shelling[0]["actors"] == ["OPPOSITION"] and shelling[0]["targets"] == ["RUSSIA"]


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
    for text in ("سقطت قذائف صاروخية فجر اليوم على قاعدة القيارة الجوية جنوب الموصل.",
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
    text = "وعلى الرغم من حظر التجوال، توافد المئات من المحتجين مساء الأحد إلى ساحة الاعتصام في مدينة الديوانية."
    events = extract(text, "t").to_dict()["events"]
    assert [(e["sub_event_type"], e["location"]["name_ar"]) for e in events] == [("Peaceful protest", "الديوانية")]


@pytest.mark.parametrize("text, place", [
    ("وتوجه مئات المحتجين أمس إلى مقر المحافظة في مدينة الناصرية حيث سلموا مذكرة بمطالبهم.", "الناصرية"),
    ("وقام المعتصمون بنصب خيامهم قرب مبنى البلدية في مدينة السويداء.", "السويداء"),
])
def test_protesters_heading_for_a_building_or_pitching_tents_is_a_protest_that_happened(text, place):
    assert events(text) == [("Peaceful protest", place)]


@pytest.mark.parametrize("text, place", [
    ("خرج آلاف الطلاب في مسيرة حاشدة وسط مدينة الموصل أمس.", "الموصل"),
    ("ونظمت النقابات العمالية أمس مسيرة في شوارع مدينة الزرقاء.", "الزرقاء"),
    ("وخرج المئات في مسيرات في مدينة إربد للمطالبة بفرص عمل.", "إربد"),
])
def test_a_march_gone_out_in_or_organised_is_a_protest_not_a_drone(text, place):
    assert events(text) == [("Peaceful protest", place)]


def test_a_march_planned_for_tomorrow_is_no_protest_yet():
    assert events("وقالت الهيئة إنها ستنظم مسيرة في مدينة الزرقاء مساء غد.") == []
    assert events("على أن ينظم الحزب مسيرة في مدينة إربد صباح غد الجمعة.") == []


@pytest.mark.parametrize("text", [
    "وخرج مساء أمس مئات المتظاهرين في مدينة الديوانية.",
    "وتجمع صباح اليوم الجمعة نحو ألف محتج في مدينة الديوانية.",
    "كما خرج مساء أول من أمس عشرات من المحتجين في مدينة الديوانية.",
])
def test_the_day_told_between_a_verb_of_protesting_and_the_protesters_keeps_them_the_protest(text):
    assert events(text) == [("Peaceful protest", "الديوانية")]


def test_a_strike_told_by_a_singular_verb_is_a_protest():
    assert events("وأضرب عمال المصفاة في بغداد أمس للمطالبة بصرف رواتبهم.") == [("Peaceful protest", "بغداد")]


def test_a_festival_called_a_demonstration_puts_no_protest_around_the_violence_near_it():
    # «تظاهرة ثقافية» is a festival (an idiom cue): the attack told beside it is no violent demonstration
    assert events("وعلى هامش تظاهرة ثقافية في مدينة حلب هاجم مسلحون حاجزا لقوات النظام.") == [("Armed clash", "حلب")]


@pytest.mark.parametrize("text", [
    "وقال المحافظ إنه يجب على الشرطة أن تمنع أي تظاهر في مدينة الرمادي.",
    "وأكد النائب أنه لا يجوز تفريق المتظاهرين بالرصاص في مدينة الرمادي.",
    "ويروج الناشطون لخطتهم لإسقاط المجلس عبر احتجاجات سلمية في مدينة الرمادي.",
    "ويخطط التنظيم لهجمات جديدة على مواقع الجيش في مدينة الرمادي.",
    "وحذرت الشرطة من أنها ستتصدى لأي مظاهرة في مدينة الرمادي.",
])
def test_rules_plans_and_any_protest_or_attack_tell_no_event(text):
    assert events(text) == []


def test_a_word_of_a_forces_name_is_no_cue_for_the_act_after_it():
    # «مكافحة» is a backdrop («مكافحة الإرهاب» as a policy) but here only a word of the riot police's name
    assert events("ورشق عشرات المحتجين عناصر قوات مكافحة الشغب بالحجارة قرب جسر في البصرة.") == [
        ("Violent demonstration", "البصرة")]


def test_a_protest_on_an_anniversary_is_held_now_but_the_day_it_marks_is_history():
    assert events("وفي الذكرى الخامسة للمجزرة تظاهر المئات في مدينة حلبجة.") == [("Peaceful protest", "حلبجة")]
    assert events("وفي الذكرى الخامسة للمجزرة قصفت الطائرات مدينة حلبجة.") == []


def test_a_crowd_gathering_before_a_building_is_a_rally():
    assert events("وتجمع مئات من الطلاب أمام مبنى الوزارة في مدينة النجف.") == [("Peaceful protest", "النجف")]


def test_protesters_gathering_in_a_square_protest_at_the_square():
    assert events("حيث تجمع المحتجون في ساحة الكرامة بمدينة السويداء.")[0][0] == "Peaceful protest"


def test_troops_massing_are_no_rally():
    assert events("احتشدت قوات النظام أمام مدينة حلب.") == []


@pytest.mark.parametrize("text", [
    "أقدم أمس محتجون غاضبون في مدينة الزرقاء على قطع الطريق الدولية.",
    "وعمد المحتجون إلى قطع الطرق الرئيسية في مدينة الزرقاء.",
])
def test_protesters_going_as_far_as_blocking_a_road_is_a_protest(text):
    assert events(text) == [("Peaceful protest", "الزرقاء")]


@pytest.mark.parametrize("text", [
    "وحاول محتجون قطع طريق المطار في الزرقاء.",
    "وكان أحد المحتجين ينقل الإطارات لقطع الطريق في الزرقاء.",
])
def test_a_road_block_aimed_at_or_attempted_is_no_protest_told(text):
    assert events(text) == []


def test_did_not_shrink_from_is_no_negation():
    assert events("ولم تتوان قوات النظام عن قصف بلدة كفرنبل.") == [("Shelling/artillery/missile attack", "كفرنبل")]


def test_setting_oneself_on_fire_is_a_protest_and_a_vow_to_do_it_none():
    assert events("وأضرم بائع متجول النار في نفسه أمام مقر الولاية في مدينة سيدي بوزيد.") == [
        ("Peaceful protest", "سيدي بوزيد")]
    assert events("وتعهد العامل بإحراق نفسه أمام مقر الولاية في مدينة سيدي بوزيد.") == []


@pytest.mark.parametrize("text", [
    "وأكد البيان أن الاحتجاجات التي انطلقت في مدينة العمارة كانت عفوية.",
    "وطوقت الشرطة المحتجين الذين تجمعوا قرب مبنى البلدية في مدينة العمارة.",
])
def test_a_protest_told_in_a_relative_clause_describes_what_is_known_and_tells_none(text):
    assert [e for e in events(text) if e[0] == "Peaceful protest"] == []


def test_people_described_by_a_protest_they_held_tell_no_protest():
    assert events("وأفرجت السلطات عن الطلاب الذين تظاهروا أمام مبنى الجامعة في مدينة الموصل.") == []
    assert events("وأفرجت السلطات أمس عن الطلاب الذين تظاهروا أمام مبنى الجامعة في مدينة الموصل.") == [
        ("Peaceful protest", "الموصل")]  # (with the day told, the protest is news, as for abductions)


def test_these_protests_are_those_told_before_and_no_new_one():
    assert events("وقد نظمت هذه المظاهرات بدعوة من اتحاد الطلبة في مدينة الموصل.") == []
    text = "تظاهر المئات أمس في مدينة الموصل.\nوقد نظمت هذه المظاهرات بدعوة من اتحاد الطلبة في مدينة الموصل."
    assert events(text) == [("Peaceful protest", "الموصل")]


def test_forces_controlling_the_situation_take_nothing_and_riot_nowhere():
    assert events("وبدأ المحتجون بالتراجع في مدينة الكوت، وسيطر الجيش على الوضع.") == []


def test_protesters_pouring_into_the_streets_is_a_protest():
    assert events("وقال شهود إن آلاف المحتجين من الطلاب تدفقوا في شوارع مدينة الكوت منذ الصباح.") == [
        ("Peaceful protest", "الكوت")]


def test_protesters_chanting_describe_a_protest_told_before_and_tell_no_new_one():
    assert events("وهتف المتظاهرون ضد المحافظ مطالبين برحيله.") == []


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
                 "أسفر نزاع عشائري عنيف اندلع مساء أمس في قضاء المجر الكبير عن مقتل رجلين وجرح ثالث."):
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


def test_a_violent_word_inside_an_idiom_or_a_weapon_test_tells_no_attack():
    # «خطف الأضواء» (stole the show), «قنبلة موقوتة» (a time bomb), missile tests: no violence
    for text in ("وخطفت الأضواء في حفل الافتتاح فرقة موسيقية من مدينة حلب.",
                 "وتحول الحي إلى قنبلة موقوتة قد تنفجر في أي لحظة في مدينة حمص.",
                 "أعربت الحكومة عن قلقها من التجارب الصاروخية التي أجريت قرب مدينة حلب أمس.",
                 "وشن النائب هجوما لاذعا على وزير الداخلية في مدينة حمص أمس."):
        assert extract(text, "t").to_dict()["events"] == [], text
    events = extract("خطف مسلحون طبيباً في مدينة حلب.", "t").to_dict()["events"]
    assert [e["sub_event_type"] for e in events] == ["Abduction/forced disappearance"]
    events = extract("وشن التنظيم هجوماً عنيفاً على مواقع الجيش في مدينة حمص أمس.", "t").to_dict()["events"]
    assert [e["sub_event_type"] for e in events] == ["Armed clash"]


def test_an_undated_report_does_not_date_its_news_by_a_bare_year():
    # with no report date, an attack dated only by its year is history the report recalls
    assert extract("هاجم مسلحون نقطة للشرطة في مدينة الموصل عام 2005.", "t").to_dict()["events"] == []
    events = extract("هاجم مسلحون نقطة للشرطة في مدينة الموصل أمس.", "t").to_dict()["events"]
    assert [e["sub_event_type"] for e in events] == ["Armed clash"]


def test_the_crime_a_convict_was_found_guilty_of_is_history():
    assert extract("وأدين الرجال الأربعة بخطف طبيب في مدينة حمص.", "t").to_dict()["events"] == []


def test_an_attack_someone_is_held_responsible_for_or_a_case_is_about_is_the_backdrop():
    events = extract("واعتقلت الشرطة رجلاً متورطاً في خطف طبيب في مدينة حمص.", "t").to_dict()["events"]
    assert [e["sub_event_type"] for e in events] == ["Arrests"]
    assert extract("وتحدث المحامي عن قضية خطف الطبيب في مدينة حمص.", "t").to_dict()["events"] == []
    # a claim of a bombing that tells its toll is the bombing
    text = "وأعلن التنظيم مسؤوليته عن تفجير سيارة مفخخة في مدينة حمص أمس أدى إلى مقتل خمسة أشخاص."
    assert [e["sub_event_type"] for e in extract(text, "t").to_dict()["events"]] == ["Remote explosive/landmine/IED"]


def test_fears_guesses_plans_and_supposed_attacks_are_not_events():
    for text in ("وكان يفترض اغتيال الوزير بعبوة ناسفة في مدينة حمص.",
                 "وأغلق التجار محالهم خوفاً من هجوم على سوق مدينة حمص.",
                 "ويتكهن محللون بتفجيرات في مدينة حمص.",
                 "وتحدث الوزير عن احتمالات هجوم على مدينة حمص."):
        assert extract(text, "t").to_dict()["events"] == [], text


def test_qad_before_the_imperfect_says_may_before_the_perfect_it_tells_what_happened():
    for text in ("ويرى محللون أن المسلحين قد يشنون هجمات على مدينة حمص.",
                 "وقد يخطف المسلحون الأطفال في مدينة حمص."):
        assert extract(text, "t").to_dict()["events"] == [], text
    for text in ("وقد شن المسلحون هجوماً على مدينة حمص أمس.", "وقد تعرضت مدينة حمص لقصف مدفعي أمس."):
        assert extract(text, "t").to_dict()["events"], text


def test_what_a_side_wants_or_is_urged_to_do_is_not_done():
    for text in ("وحثت واشنطن الحكومة على شن هجوم على مدينة حمص.", "ويرغب الجيش في قصف مدينة حمص."):
        assert extract(text, "t").to_dict()["events"] == [], text


def test_an_abduction_in_a_relative_clause_describes_the_person_unless_its_day_is_told():
    for text in ("وقال الوزير الذي خطفته جماعة مسلحة في مدينة حمص إنه سيعود إلى عمله.",
                 "وتحدث الطبيب الذي اختطف في مدينة حمص عن أيام الأسر."):
        assert extract(text, "t").to_dict()["events"] == [], text
    events = extract("وأفرج مسلحون عن الطبيب الذي خطفوه أمس في مدينة حمص.", "t").to_dict()["events"]
    assert [e["sub_event_type"] for e in events] == ["Abduction/forced disappearance"]


def test_a_car_bomb_defused_or_ridden_and_rocket_launchers_carried_are_no_blast():
    assert extract("فككت قوات الأمن أمس سيارة مفخخة قرب مدينة حمص.", "t").to_dict()["events"] == []
    for text in ("واعتقلت الشرطة ثلاثة رجال يستقلون سيارة مفخخة قرب مدينة حمص أمس.",
                 "واعتقلت الشرطة رجالاً يحملون أسلحة بينها قاذفات صواريخ قرب مدينة حمص أمس."):
        assert [e["sub_event_type"] for e in extract(text, "t").to_dict()["events"]] == ["Arrests"], text
    events = extract("انفجرت سيارة مفخخة قرب مدينة حمص أمس.", "t").to_dict()["events"]
    assert [e["sub_event_type"] for e in events] == ["Remote explosive/landmine/IED"]


def test_protesting_as_an_aim_or_a_right_is_no_protest_unless_a_verb_tells_it_happened():
    assert extract("وقال الوزير إن لدى المعارضة أسباباً للتظاهر في مدينة حمص.", "t").to_dict()["events"] == []
    events = extract("وخرج المئات للتظاهر في مدينة حمص أمس.", "t").to_dict()["events"]
    assert [e["sub_event_type"] for e in events] == ["Peaceful protest"]


def test_a_protest_told_as_some_years_ago_is_history():
    assert extract("وقبل عامين سارت مظاهرات في مدينة حمص.", "t").to_dict()["events"] == []


def test_an_attack_told_as_a_condition_is_not_an_event():
    assert extract("وفي حال وقوع هجوم على مدينة حمص تغلق المدارس أبوابها.", "t").to_dict()["events"] == []


def test_an_electoral_battle_or_a_war_of_words_is_no_fighting():
    for text in ("وتشهد مدينة حمص معركة انتخابية حامية بين المرشحين.",
                 "ووقع اشتباك كلامي بين النواب في مدينة حمص أمس."):
        assert extract(text, "t").to_dict()["events"] == [], text
    events = extract("واندلعت معركة عنيفة في مدينة حمص أمس.", "t").to_dict()["events"]
    assert [e["sub_event_type"] for e in events] == ["Armed clash"]


def test_a_pilotless_plane_is_a_drone_not_a_negation():
    # «بدون طيار» names the aircraft: «بدون» does not deny the strike
    for text in ("أطلقت طائرة بدون طيار صاروخاً على سيارة شرق مدينة حمص أمس.",
                 "وذكرت مصادر أن طائرة بلا طيار أطلقت أمس صاروخاً على مجموعة من المقاتلين شرق مدينة حمص."):
        assert [e["sub_event_type"] for e in extract(text, "t").to_dict()["events"]] == ["Air/drone strike"], text


def test_fire_opened_with_a_possessive_and_a_failed_assassination_are_attacks():
    for text in ("وقال إن مسلحين أطلقوا نيرانهم على حاجز للشرطة في مدينة حمص أمس.",
                 "نجا قائد الشرطة أمس من محاولة اغتيال في مدينة حمص."):
        assert extract(text, "t").to_dict()["events"], text


def test_a_beating_is_an_attack():
    for text in ("وقتل شخص بعد تعرضه للضرب في مدينة حمص أمس.", "وضرب عناصر الأمن الشاب ضرباً مبرحاً في مدينة حمص أمس."):
        assert [e["sub_event_type"] for e in extract(text, "t").to_dict()["events"]] == ["Attack"], text


def test_two_bombers_blowing_themselves_up_is_a_suicide_bombing():
    text = "وفي مدينة حماة، كان انتحاريان يرتديان حزامين ناسفين قد فجرا نفسيهما قرب مقر للشرطة صباح الأحد."
    assert [e["sub_event_type"] for e in extract(text, "t").to_dict()["events"]] == ["Suicide bomb"]


def test_demonstrators_setting_fire_are_a_violent_demonstration():
    text = "وأضرم المتظاهرون النار في مبنى البلدية في مدينة حمص أمس."
    assert [e["sub_event_type"] for e in extract(text, "t").to_dict()["events"]] == ["Violent demonstration"]


def test_an_attack_followed_by_what_was_said_is_an_attack_in_words():
    assert extract("وهاجم الوزير المعارضة في مدينة حمص قائلا إنها تعرقل الحل.", "t").to_dict()["events"] == []
    text = "The minister attacked the opposition in Homs on Monday, saying it blocked the talks."
    assert extract(text, "t").to_dict()["events"] == []
    events = extract("هاجم مسلحون حاجزا للجيش في مدينة حمص أمس. وقال مصدر قائلا إن الهجوم صد.", "t").to_dict()["events"]
    assert events


def test_a_policy_of_assassinations_is_no_assassination():
    assert extract("وانتقد الوزير سياسة الاغتيالات في مدينة حمص.", "t").to_dict()["events"] == []
def test_a_verb_of_doing_tells_the_act_its_verbal_noun_names():
    # «قام مسلحون بإطلاق النار», «أقدم عنصر على اغتيال»: the verbal noun after «قام … بـ» is told as a verb
    text = "قام مسلحون مجهولون بإطلاق النار على سيارة عسكرية قرب بلدة نوى بريف درعا الغربي."
    events = extract(text, "t").to_dict()["events"]
    assert [e["location"]["name_ar"] for e in events] == ["نوى"]


def test_the_cause_told_after_a_toll_happened_where_the_dead_fell():
    # «مقتل X في Y، حيث قام مسلحون بإطلاق النار عليهما»: «حيث», «بعد», «إثر» tie the act to the toll before it
    for text in ("مقتل شابين على طريق بلدة نوى بريف درعا الغربي، حيث قام مسلحون مجهولون بإطلاق النار عليهما.",
                 "قتل عنصران من قوات النظام في بلدة إنخل بريف درعا، بعد استهداف سيارتهما بإطلاق نار من قبل مسلحين."):
        events = extract(text, "t").to_dict()["events"]
        assert [(e["sub_event_type"], e["location"]["name_ar"]) for e in events] in (
            [("Armed clash", "نوى")], [("Armed clash", "إنخل")]), text
    # the place may follow the cause, past words on the dead
    text = ("أشار المرصد إلى مقتل عنصر في الأمن العسكري، التابع لقوات النظام، إثر استهدافه بالرصاص من قبل مجهولين، "
            "في مدينة الحراك بريف درعا.")
    events = extract(text, "t").to_dict()["events"]
    assert [(e["sub_event_type"], e["location"]["name_ar"], e["actors"]) for e in events] == [
        ("Armed clash", "الحراك", ["UNKNOWN"])]


def test_a_title_set_aside_as_a_summary_sums_up_nothing_in_the_body():
    # the title's clash at Manbij is the body's clash near al-Arima told roughly: it is no local event that
    # would make the body's clash in al-Arima's countryside a summary in turn
    text = ("اشتباكات واستهداف لمدينة منبج شرق حلب\n\n"
            "استهدفت المدفعية التركية صباح اليوم نقاطاً لقوات سوريا الديمقراطية في مدينة منبج بريف حلب الشرقي، "
            "بالتزامن مع اشتباكات بين قسد من جهة، والجيش الوطني من جهة أخرى، في ريف بلدة العريمة.")
    events = extract(text, "t").to_dict()["events"]
    assert ("Armed clash", "العريمة") in [(e["sub_event_type"], e["location"]["name_ar"]) for e in events]


def test_a_title_town_and_the_bodys_countryside_of_it_stay_one_event():
    # the title's «قرى عين عيسى» and the body's «ريف ناحية عين عيسى» are one place: neither sets the other aside
    text = ("المرتزقة يقصفون قرى عين عيسى\n"
            "قصفت الفصائل الموالية لتركيا صباح اليوم بالمدفعية قرى في ريف ناحية عين عيسى، ما ألحق أضراراً بالمنازل.")
    events = extract(text, "t", date(2021, 5, 3)).to_dict()["events"]
    assert [(e["sub_event_type"], e["location"]["name_ar"]) for e in events] == [
        ("Shelling/artillery/missile attack", "عين عيسى")]


def test_a_towns_countryside_is_no_summary_of_another_towns_event():
    # «ريف الدرباسية» is told as precisely as the report can; the drone strike at Amuda does not sum it up
    text = ("استهدفت طائرة مسيرة تركية سيارة قرب مدينة عامودا. "
            "كما قصفت مسيرة تركية أخرى منزلاً في ريف الدرباسية، دون ورود أنباء عن إصابات.")
    events = extract(text, "t", date(2022, 7, 11)).to_dict()["events"]
    assert sorted(e["location"]["name_ar"] for e in events if e["sub_event_type"] == "Air/drone strike") == [
        "الدرباسية", "عامودا"]


@pytest.mark.parametrize("text", [
    "سيطرت قوات سوريا الديمقراطية، صباح اليوم، على بلدة الهول إثر انسحاب عناصر التنظيم منها.",
    "سيطرت قوات سوريا الديمقراطية وفصائل من الجيش الحر على بلدة الهول إثر انسحاب عناصر التنظيم منها.",
])
def test_a_take_over_verb_reaches_its_object_past_a_day_or_a_second_side(text):
    # the day said between commas, or a second side joined by «و», stands between «سيطرت» and «على»
    found = record(text, date(2015, 11, 13))
    assert ("Non-state actor overtakes territory", "الهول") in [
        (e["sub_event_type"], e["location"]["name_ar"]) for e in found["events"]]
    assert ("SDF", "gained", "الهول") in [(k["actor"], k["change"], k["place_ar"]) for k in found["control"]]


def test_executions_carried_out_are_told_by_the_verb_of_doing():
    # «نفذ إعدامات ميدانية»: «نفذ» tells the executions as a verb would; the place is the massacre's, told before
    text = "وتحدث ناشطون عن مجزرة في حي بابا عمرو بمدينة حمص ارتكبها الجيش السوري، حيث نفذ إعدامات ميدانية بحق الشبان."
    events = extract(text, "t").to_dict()["events"]
    assert [(e["sub_event_type"], e["location"]["name_ar"]) for e in events] == [("Attack", "بابا عمرو")]


def test_firing_a_weapons_fire_on_people_is_a_shooting():
    # «أطلق نيران بندقيته على …»: «أطلق نيران» as «أطلق النار»
    text = "أطلق أحد القناصة نيران بندقيته على أهالي حي الشعار في مدينة حلب ما أسفر عن مقتل مدنيين."
    events = extract(text, "t").to_dict()["events"]
    assert [(e["sub_event_type"], e["location"]["name_ar"]) for e in events] == [("Attack", "الشعار")]


def test_a_weapon_glued_to_bi_strikes_the_place_its_verb_names_before_it():
    # «استهدفت قوات النظام حي X ببرميل متفجر سقط قرب … حي Y»: X is what the verb hit, Y only where a bomb fell near
    text = "استهدفت قوات النظام حي الفردوس ببرميل متفجر سقط قرب مدرسة على أطراف حي الصالحين."
    events = extract(text, "t").to_dict()["events"]
    assert [(e["sub_event_type"], e["location"]["name_ar"]) for e in events] == [("Air/drone strike", "الفردوس")]


def test_where_the_side_that_fires_is_stationed_is_no_place_of_the_strike():
    text = "استهدفت مدفعية النظام المتمركزة في ريف حماة الشمالي، بلدة كفرنبودة بعدة قذائف."
    events = extract(text, "t").to_dict()["events"]
    assert [e["location"]["name_ar"] for e in events] == ["كفرنبودة"]
    # said of the side hit, it is where the strike fell
    text = "استهدفت غارات جوية مقرات للميليشيات الإيرانية المتمركزة في حي الحميدية بمدينة الميادين."
    events = extract(text, "t").to_dict()["events"]
    assert [e["location"]["name_ar"] for e in events] == ["الحميدية"]


def test_a_clause_adding_places_continues_the_strikes_places():
    # «، إضافة إلى أماكن أخرى في بلدة Y»: the strike hit Y too
    text = "استهدفت الطائرات الحربية مواقع في مدينة خان شيخون صباح اليوم، إضافة إلى أماكن أخرى في قرية التمانعة."
    events = extract(text, "t").to_dict()["events"]
    assert sorted(e["location"]["name_ar"] for e in events) == ["التمانعة", "خان شيخون"]


def test_in_the_middle_of_opens_no_clause():
    # «وسط» opens a clause («وسط قصف …», amid); after «في» it is «in the middle of» and cuts nothing
    text = "قال مصدر إن حي الكرادة في وسط العاصمة بغداد تعرض لقصف صاروخي."
    events = extract(text, "t").to_dict()["events"]
    assert [e["location"]["name_ar"] for e in events] == ["الكرادة"]


def test_a_verb_trigger_read_with_the_article_is_a_noun():
    # «القاتل» is the killer, not «قاتل» (fought); «التعرض» the attacking, a noun that needs an anchor
    assert events("وطالب ذوو الضحايا بمحاسبة القاتل أمام المحكمة في مدينة الرقة.") == []
    assert events("حاولت مجموعة من عناصر داعش التعرض على نقاط الجيش في قرية المنصورية أمس.") != []
    # «ياسر» is a name, not «يأسر» (captures) written without its hamza
    assert events("التقى ياسر الحسن وفدا من وجهاء مدينة دير الزور.") == []


def test_what_belongs_to_the_bomber_names_a_person_not_an_attack():
    assert events("ونشرت الشرطة صورة الانتحاري في مدينة كركوك.") == []
    assert events("ودفنت العائلة جثة الانتحاري في مقبرة مدينة الموصل أمس.") == []


def test_the_matter_of_a_charge_or_an_investigation_is_no_new_event():
    assert events("وقال إن القائد المتورط في اغتيال المحافظ في مدينة الحلة فر إلى الخارج.") == []
    assert events("وتواصل الشرطة التحقيق في تفجير سيارة مفخخة قتل فيه ثلاثة في مدينة بعقوبة.") == []
    # («تحقيق» alone is also «achieving»)
    assert events("سعت القوات لتحقيق تقدم في اشتباكات عنيفة مع تنظيم داعش في قرية الدويرينة أمس.") != []


def test_explosives_suspected_found_kept_or_falsely_reported_are_no_blast():
    assert events("أغلقت الشرطة الطريق بسبب الاشتباه بوجود عبوة ناسفة قرب جسر مدينة الفلوجة أمس.") == []
    assert events("وقال الضابط إن الجنود عثروا على سيارة مفخخة في شارع بمدينة الرمادي أمس.") == []
    assert events("ساد التوتر مدينة الحلة أمس بعد إنذارات كاذبة بوجود قنابل في الأسواق.") == []


def test_rockets_smuggled_made_or_sold_are_none_fired():
    assert events("وقال الجيش إن المسلحين يهربون أسلحة وصواريخ عبر الحدود قرب مدينة القائم.") == []
    assert events("ساعد خبراء أجانب دمشق في تطوير تقنية صواريخ بعيدة المدى في عام 2024.") == []
    assert events("أطلق المسلحون صواريخ على مطار مدينة أربيل أمس.") != []


def test_a_condemnation_in_any_form_tells_no_attack_of_its_own():
    assert events("استنكرت الحكومة الهجوم على قرية الرشيدية أمس.") == []
    assert events("وشجبت الأحزاب قصف مدينة الباب أمس.") == []


def test_a_battle_tank_is_a_weapon_not_fighting():
    assert events("ونقلت السفينة عشر دبابات قتال إلى ميناء طرطوس أمس.") == []


def test_how_a_person_named_died_told_in_passing_is_no_event():
    assert events("وخلفه في قيادة الحزب شقيقه، بعد زعيمه السابق الذي قتل في انفجار سيارة مفخخة بمدينة الموصل.") == []
    assert events("وحضر التشييع قادة الفصيل الذي اغتيل مؤسسه في مدينة البصرة.") == []
    # with its day the clause tells the death as news
    assert events("وشيع أهالي المدينة المهندس الذي قتل أمس في انفجار عبوة ناسفة بمدينة الموصل.") != []


def test_an_event_told_as_months_or_years_back_is_no_event_now():
    assert events("وطالب الأهالي بمحاسبة المسؤولين عن مقتل عشرة أشخاص في مظاهرة في مدينة الناصرية قبل ثلاثة أعوام.") == []
    assert events("وقال إن القصف على قرية الرشيدية قبل عدة أشهر دمر المدرسة.") == []
    # hours or days back are news
    assert events("وكانت مظاهرة قد خرجت في مدينة الناصرية قبل يومين.") != []


def test_protests_summed_up_since_a_movement_was_founded_or_a_festival_are_no_protest():
    assert events("وقد نظمت الحركة منذ تأسيسها مظاهرات كثيرة في مدينة البصرة.") == []
    assert events("وانطلقت أمس في مدينة أربيل تظاهرة ثقافية بمشاركة فرق مسرحية.") == []
    assert events("وانطلقت أمس في مدينة أربيل تظاهرة كبيرة بمشاركة فرق مسرحية.") != []


def test_abducting_or_killing_in_the_imperfect_tells_what_a_side_does_not_an_event():
    assert events("وقال إن المسلحين كانوا يخطفون الناس في أحياء مدينة الموصل ويقتلونهم.") == []
    assert events("وندد بالنظام الذي يقتل ويخطف المدنيين في مدينة درعا.") == []
    assert events("وخطف مسلحون مجهولون طبيبا في مدينة الموصل أمس.") != []


def test_the_name_barak_is_no_place():
    # «باراك» reads as «ب» + «أراك» (a city in Iran), which is taken only after a place-type word
    assert events("وانتقد الوزير في بيان حديث باراك عن اغتيال المعارض.") == []


def test_an_event_told_decades_back_is_no_event_now():
    assert events("وروى أن شقيقه قتل في غارة جوية على مدينة الفلوجة في أواخر التسعينات.") == []


def test_what_always_happens_is_no_one_event():
    assert events("وزار الوزير بلدة الرشيدية التي تتعرض دائما لقذائف الهاون.") == []
    # «دوما» is also the town Douma
    assert events("قصفت الطائرات الحربية مدينة دوما أمس.") != []


# --- reports about Iraq --------------------------------------------------------------------------------------------
def test_unsigned_rockets_in_a_report_on_iraq_are_an_unknown_sides():
    e = one_event("تعرضت قاعدة بلد الجوية في محافظة صلاح الدين شمال بغداد لقصف بثلاثة صواريخ كاتيوشا مساء اليوم.")
    assert e["sub_event_type"] == "Shelling/artillery/missile attack" and e["actors"] == ["UNKNOWN"]


def test_the_forces_whose_sector_a_place_lies_in_are_no_side():
    e = one_event("هاجم عناصر من داعش نقطة للحشد الشعبي في قرية الحاتمية ضمن قاطع الجيش العراقي والشرطة الاتحادية "
                  "شمال ديالى.")
    assert "IRAQ_GOV" not in e["actors"] + e["targets"] and {"ISIS", "IRAQ_PMF"} <= set(e["actors"] + e["targets"])


def test_an_iraqi_office_named_after_its_province_is_no_place_of_the_event():
    assert events("نسف عناصر داعش مبنى مجلس محافظة الأنبار في مدينة الرمادي.") == \
        [("Looting/property destruction", "الرمادي")]
    e = one_event("قال مدير شرطة قضاء الخالدية إن عبوة ناسفة انفجرت بدورية للجيش العراقي في ناحية الكرمة.")
    assert e["location"]["name_ar"] == "الكرمة"


@pytest.mark.parametrize("text, place", [
    ("تظاهر المئات من الخريجين أمام مبنى ديوان محافظة البصرة مطالبين بفرص عمل.", "البصرة"),
    ("اعتصم العشرات من المعلمين قبالة مبنى مجلس محافظة ميسان.", "ميسان"),
])
def test_a_protest_in_front_of_a_provinces_office_is_in_that_province(text, place):
    e = one_event(text, date(2025, 7, 2))
    assert e["sub_event_type"] == "Peaceful protest" and e["location"]["name_ar"] == place


def test_a_security_detachment_named_indefinitely_is_the_states_unless_a_side_owns_it():
    e = one_event("ألقت قوة أمنية القبض على ثلاثة مطلوبين في قضاء الحويجة بمحافظة كركوك.", date(2025, 1, 7))
    assert e["sub_event_type"] == "Arrests" and e["actors"] == ["IRAQ_GOV"]
    e = one_event("اعتقلت قوة أمنية تابعة لهيئة تحرير الشام شابا في مدينة سلقين.", date(2021, 6, 1))
    assert e["actors"] == ["HTS"]


def test_a_list_of_areas_taken_opened_after_a_plural_and_a_type_word():
    found = events("أعلن الجيش العراقي تحرير عدة أحياء جديدة من الجانب الأيسر لمدينة الموصل أبرزها حي الزهور "
                   "والمثنى ومرقد النبي شيت.")
    assert {("Government regains territory", "الزهور"), ("Government regains territory", "المثنى"),
            ("Government regains territory", "مرقد النبي شيت")} <= set(found)


@pytest.mark.parametrize("victim", ["مدونا", "صحافيا", "محاميا", "مشجعا", "مهندسا", "تاجرا", "أكاديميا", "مختار قرية",
                                    "الرئيس المشترك لمجلس بلدة"])
def test_the_assassination_of_a_journalist_lawyer_or_fan_is_an_attack_on_civilians(victim):
    e = one_event(f"اغتال مسلحون مجهولون {victim} في قضاء الزبير بمحافظة البصرة.")
    assert e["sub_event_type"] == "Attack" and e["targets"] == ["CIVILIANS"]


def test_clashes_with_the_security_forces_in_a_report_on_protests_are_force_against_protesters():
    found = record("تجددت المظاهرات اليوم في مدينة الكوت. وقالت مصادر طبية إن شخصين توفيا متأثرين بجروح أصيبا بها في "
                   "اشتباكات أمس مع قوات الأمن في مدينة الكوت.")["events"]
    types = {e["sub_event_type"] for e in found}
    assert "Armed clash" not in types and "Excessive force against protesters" in types


def test_a_trend_of_attacks_and_a_country_retaking_its_land_are_no_events():
    assert events("وخلال الأشهر الأخيرة زادت وتيرة هجمات مسلحي داعش في المنطقة بين كركوك وصلاح الدين.") == []
    assert events("وأعلن العراق النصر على داعش واستعاد السيطرة على أراضيه، لكن تصاعد الهجمات في ديالى يقلق السكان.") == []


def test_the_side_a_spokesman_speaks_for_is_no_side_of_the_event():
    e = one_event("وقال الناطق باسم قيادة العمليات المشتركة إن صاروخي كاتيوشا سقطا على قاعدة بلد الجوية في محافظة "
                  "صلاح الدين شمال بغداد.")
    assert e["actors"] == ["UNKNOWN"]


def test_the_toll_of_a_fight_between_clans_is_the_clansmen():
    found = casualties("وأفاد مصدر أمني بأن نزاعا عشائريا اندلع في ناحية الدير شمال البصرة أدى لمقتل ثلاثة أشخاص "
                       "وإصابة اثنين آخرين.")
    assert (("TRIBAL",), "killed", 3, 3, "exact") in found and (("TRIBAL",), "injured", 2, 2, "exact") in found


def test_an_attempted_attack_foiled_in_an_iraqi_district_is_a_clash_with_the_iraqi_forces():
    e = one_event("أحبطت القوات الأمنية محاولة تعرض لعصابات داعش الإرهابية على قرية في ناحية يثرب بقضاء بلد.")
    assert e["sub_event_type"] == "Armed clash" and set(e["actors"] + e["targets"]) == {"IRAQ_GOV", "ISIS"}


def test_fighters_counted_dead_in_construct_with_their_side_are_the_side_hit():
    e = one_event("قتل خمسة من عناصر داعش بضربة جوية للتحالف الدولي في وادي حوران بمحافظة الأنبار.")
    assert e["actors"] == ["COALITION"] and e["targets"] == ["ISIS"]


@pytest.mark.parametrize("text, hit", [
    ("تعرضت دورية للجيش العراقي لانفجار عبوة ناسفة في قضاء الطارمية.", "IRAQ_GOV"),
    ("تعرض رتل للدعم اللوجستي تابع للتحالف الدولي لانفجار عبوة ناسفة في الديوانية.", "COALITION"),
    ("استهدفت عبوة ناسفة رتلا للدعم اللوجستي تابعا للتحالف الدولي في الديوانية.", "COALITION"),
])
def test_the_side_subjected_to_a_blast_is_hit_not_its_author(text, hit):
    e = one_event(text)
    assert e["actors"] == ["UNKNOWN"] and e["targets"] == [hit]


def test_a_rise_in_protests_tells_protests_not_a_trend():
    assert ("Peaceful protest", "البصرة") in events("وشهدت مدينة البصرة اليوم تصاعد الاحتجاجات للمطالبة بالخدمات.")


@pytest.mark.parametrize("text", ["سقط صاروخان على معسكر التاجي شمال بغداد.",
                                  "سقطت قذيفتا هاون على معسكر التاجي شمال بغداد."])
def test_the_dual_of_rockets_and_shells_is_shelling(text):
    assert events(text) == [("Shelling/artillery/missile attack", "معسكر التاجي")]


@pytest.mark.parametrize("text, sub_type", [
    ("انفجرت عبوتان ناسفتان على طريق في قضاء الطارمية.", "Remote explosive/landmine/IED"),
    ("استهدفت طائرتان مسيرتان مطار أربيل الدولي.", "Air/drone strike"),
])
def test_the_dual_of_bombs_and_drones_is_their_event(text, sub_type):
    assert [t for t, _ in events(text)] == [sub_type]


def test_the_operations_to_take_a_town_are_not_its_taking():
    assert not [e for e in record("وقال قائد ميداني إن عمليات تحرير مدينة تكريت من داعش تسير وفق الخطة.")["events"]
                if "territory" in e["sub_event_type"]]
def test_a_count_said_of_each_side_is_one_count_for_each():
    record = extract("اندلعت اشتباكات بين قسد والفصائل الموالية لتركيا في محيط عين عيسى، ما أدى لمقتل 5 مقاتلين من "
                     "كل طرف.", "t").to_dict()
    assert sorted((c["group"], c["low"]) for c in record["casualties"]) == [(["SDF"], 5), (["SNA"], 5)]


@pytest.mark.parametrize("text, sub_type", [
    ("أقامت قوات الاحتلال حاجزا عسكريا عند مدخل بلدة جباتا الخشب.", "Headquarters or base established"),
    ("أحرق مسلحون منازل مدنيين في قرية الحواش.", "Looting/property destruction"),
    ("أضرم مسلحون مجهولون النار في محال تجارية بمدينة الباب.", "Looting/property destruction"),
])
def test_a_verb_phrase_reads_across_its_subject(text, sub_type):
    # Arabic puts the subject between the verb and its object: «أقام~ حاجزا», «أحرق~ منازل», «أضرم~ النار»
    assert sub_type in [s for s, _ in events(text)]


# --- ACLED taxonomy coverage: the rarer sub-event types ---------------------------------------------------------
def _types_ar(text: str) -> set[str]:
    return {e["sub_event_type"] for e in record(text)["events"]}


@pytest.mark.parametrize("text", [
    "أقدم عناصر من قوات النظام على اغتصاب امرأة خلال مداهمة منزلها في مدينة داريا.",
    "تعرضت فتاة قاصر لاعتداء جنسي على يد مسلحين في مدينة عفرين.",
    "اغتصب مسلحون مجهولون فتاتين في قرية قرب مدينة الباب.",
])
def test_rape_and_sexual_assault_are_sexual_violence_and_the_raid_only_its_setting(text):
    evs = record(text)["events"]
    assert [e["sub_event_type"] for e in evs] == ["Sexual violence"], evs
    assert "CIVILIANS" in evs[0]["targets"]


def test_rape_needs_a_person_raped_and_an_armed_side_not_a_usurpation_or_a_kind_of_crime():
    assert record("اتهم النائب الحكومة باغتصاب السلطة في البلاد منذ عام.")["events"] == []
    assert record("تحدث التقرير عن جرائم القتل والاغتصاب في مدينة حلب.")["events"] == []


@pytest.mark.parametrize("text", [
    "قتل حشد من الأهالي شاباً متهماً بالسرقة ضرباً في مدينة الرقة.",
    "هاجمت مجموعة من الأهالي الغاضبين منزل عائلة في مدينة السلمية وأحرقته.",
    "اعتدى حشد غاضب على سائق بالضرب المبرح في مدينة جرمانا.",
    "سحل أهالي القرية رجلاً متهماً بالخطف في بلدة الكرك الشرقي.",
])
def test_violence_by_a_crowd_is_mob_violence(text):
    evs = record(text)["events"]
    assert [e["sub_event_type"] for e in evs] == ["Mob violence"], evs
    assert evs[0]["actors"] == ["CIVILIANS"]


def test_a_suicide_blast_in_a_crowd_of_protesters_is_no_mob_violence():
    assert "Mob violence" not in _types_ar("نسف انتحاري نفسه في حشد من المتظاهرين في مدينة الموصل.")


def test_a_number_of_people_is_no_tally_and_firing_in_the_air_no_attack():
    # «عدد من» counts people without a number: the shooting told with it is an event, not a running total
    assert _types_ar("أصيب عدد من المتظاهرين بجروح عندما أطلق عناصر الأمن النار على مظاهرة في مدينة درعا.") == {
        "Excessive force against protesters"}
    assert record("أطلق مسلحون النار في الهواء ابتهاجاً بالعيد في مدينة درعا.")["events"] == []


def test_forces_shooting_at_the_protesters_named_after_the_shooting_is_excessive_force():
    evs = record("أطلقت قوات الأمن الرصاص الحي على المتظاهرين في مدينة الناصرية، ما أدى إلى إصابة 20 منهم.")["events"]
    assert [(e["sub_event_type"], e["targets"]) for e in evs] == [("Excessive force against protesters", ["CIVILIANS"])]


def test_breaking_up_a_sit_in_is_a_protest_with_intervention_but_settling_a_dispute_no_event():
    assert _types_ar("فضت قوات الشرطة اعتصاماً للمعلمين أمام مديرية التربية في مدينة الناصرية.") == {
        "Protest with intervention"}
    assert record("نجح وجهاء العشائر في فض النزاع بين عائلتين في مدينة الناصرية.")["events"] == []


@pytest.mark.parametrize("text, sub_type", [
    ("توصلت الفصائل المحلية وقوات النظام إلى اتفاق تسوية في مدينة الصنمين.", "Agreement"),
    ("وقعت الحكومة السورية وقوات سوريا الديمقراطية اتفاقاً لدمج المؤسسات في مدينة الحسكة.", "Agreement"),
    ("هدمت قوات النظام منازل ومحال تجارية في حي القابون.", "Looting/property destruction"),
    ("نصبت قوات النظام حاجزاً جديداً عند مدخل مدينة الصنمين.", "Headquarters or base established"),
    ("سلم عشرون عنصراً أنفسهم لقوات سوريا الديمقراطية في بلدة الباغوز بعد حصارهم.", "Change to group/activity"),
])
def test_strategic_developments_told_with_the_sides_between_the_verb_and_its_object(text, sub_type):
    assert sub_type in _types_ar(text)


def test_a_house_that_collapsed_is_no_demolition_and_an_area_under_a_deal_no_new_agreement():
    assert "Looting/property destruction" not in _types_ar("قتل رجل وزوجته نتيجة تهدم المنزل عليهما في حي الشعار بحلب.")
    assert record("تخضع مدينة دوما لاتفاق تهدئة برعاية روسية.")["events"] == []


def test_a_second_verb_of_the_same_kind_goes_on_telling_the_same_event_and_gives_its_place():
    evs = record("أحرق متظاهرون غاضبون إطارات ورشقوا قوات الأمن بالحجارة في مدينة البصرة.")["events"]
    assert [(e["sub_event_type"], e["location"]["name_ar"]) for e in evs] == [("Violent demonstration", "البصرة")]


def test_protesters_named_right_after_the_verb_are_its_subject_a_violent_demonstration():
    evs = record("هاجم محتجون مبنى المحافظة في مدينة الناصرية وأضرموا النار فيه.")["events"]
    assert [(e["sub_event_type"], e["actors"]) for e in evs] == [("Violent demonstration", ["CIVILIANS"])]


def test_shells_or_bombs_carrying_gas_are_one_chemical_attack():
    assert _types_ar("قصفت قوات النظام حي جوبر بصواريخ محملة بغاز الكلور.") == {"Chemical weapon"}
    assert _types_ar("استهدفت طائرات النظام مدينة خان شيخون بقذائف تحمل غاز السارين.") == {"Chemical weapon"}


def test_fighters_announcing_they_join_another_formation_is_a_change_to_group():
    assert "Change to group/activity" in _types_ar(
        "أعلن المئات من عناصر الفصائل انضمامهم إلى صفوف الجيش الوطني السوري في مدينة أعزاز.")


def test_a_theft_the_arrested_are_suspected_of_is_the_charge_not_a_looting():
    evs = record("أوقفت دورية للأمن العام شابين في مدينة اللاذقية للاشتباه بتورطهما في عمليات سرقة.",
                 date(2025, 3, 5))["events"]
    assert [e["sub_event_type"] for e in evs] == ["Arrests"]


def test_bombers_told_after_among_them_are_a_part_of_their_sides_dead():
    # the part right after «بينهم» has a verb of its own (blowing themselves up), but is still a part of the whole
    # counted before it, of that whole's side — not a count for the side named at the start of the sentence
    text = ("دارت معارك عنيفة بين قوات النظام والتنظيم في مدينة الميادين، وقتل 20 عنصراً من قوات النظام، في حين قتل "
            "أكثر من 40 عنصراً من تنظيم الدولة الإسلامية من جنسيات مختلفة، بينهم 6 عناصر فجروا أنفسهم بعربات مفخخة.")
    six = [c for c in record(text, date(2017, 10, 2))["casualties"] if c["low"] == 6]
    assert [c["group"] for c in six] == [["ISIS"]]


# --- lexicon families (t2lex): the other tense, number, case or synonym of a word already listed -------------------
@pytest.mark.parametrize("text, sub_type", [
    ("اندلعت مناوشات بين قوات النظام والفصائل في محيط بلدة كفرنبل.", "Armed clash"),
    ("خاضت الفصائل اشتباكا مع قوات النظام قرب بلدة كفرنبل.", "Armed clash"),
    ("تبادلت قوات النظام والفصائل إطلاق النار قرب بلدة كفرنبل.", "Armed clash"),
    ("نصب مسلحون كمينا لدورية في ريف بلدة الميادين.", "Armed clash"),
    ("نفذت الفصائل إغارة على مواقع قوات النظام قرب بلدة كفرنبل.", "Armed clash"),
    ("يشن تنظيم داعش هجمات على مواقع قسد في ريف دير الزور.", "Armed clash"),
    ("استهدفت طائرة بدون طيار سيارة قرب مدينة القامشلي.", "Air/drone strike"),
    ("شن الطيران الروسي غارات على بلدة كفرنبل.", "Air/drone strike"),
    ("قصفت طائرات هليكوبتر مواقع في بلدة كفرنبل.", "Air/drone strike"),
    ("نفذت المقاتلات الروسية ضربتين على بلدة كفرنبل.", "Air/drone strike"),
    ("ارتكبت قوات النظام مجزرتين في بلدة كفرنبل.", "Attack"),
    ("نصبت الفصائل كمينين لقوات النظام قرب بلدة كفرنبل.", "Armed clash"),
    ("تعرضت بلدة كفرنبل لرمايات مدفعية من قوات النظام.", "Shelling/artillery/missile attack"),
    ("شهدت مدينة منبج انفجارا صباح اليوم.", "Remote explosive/landmine/IED"),
    ("فجر مهاجم سترة ناسفة في سوق مدينة منبج.", "Suicide bomb"),
    ("قنصت قوات النظام مواطنا في بلدة كفرنبل.", "Attack"),
    ("خرج العشرات في تظاهرة في مدينة إدلب للمطالبة بالإفراج عن المعتقلين.", "Peaceful protest"),
    ("نظم الأهالي اعتصاما أمام مبنى المحافظة في مدينة السويداء.", "Peaceful protest"),
])
def test_lexicon_family_members_trigger_their_event(text, sub_type):
    assert [e[0] for e in events(text)] == [sub_type]


def test_shot_dead_and_taken_back_are_events():
    assert events("أقدم مسلحون على قتل شاب في مدينة السويداء.") == [("Attack", "السويداء")]
    assert events("أرداه مسلحون مجهولون قتيلا في مدينة جاسم.") == [("Armed clash", "جاسم")]
    assert ("Government regains territory", "كفرنبل") in events("استردت قوات النظام بلدة كفرنبل بعد معارك.")


def test_a_masdar_with_its_pronoun_is_not_a_new_event():
    # «اعتقالهما», «انسحابهم» refer back to an arrest or withdrawal told before: no event of their own
    assert events("قال ذووهما إن مكان اعتقالهما ما يزال مجهولا في مدينة دير الزور.") == []


@pytest.mark.parametrize("text, group, outcome, count", [
    ("سقطت قتيلة جراء قصف قوات النظام على بلدة كفرنبل.", ["CIVILIANS"], "killed", 1),
    ("قضى ثلاثة مدنيين نحبهم في قصف على بلدة كفرنبل.", ["CIVILIANS"], "killed", 3),
    ("هلك 5 من عناصر داعش في غارة للتحالف قرب مدينة الميادين.", ["ISIS"], "killed", 5),
    ("قتل صيادان بانفجار لغم في بادية مدينة السخنة.", ["CIVILIANS"], "killed", 2),
    ("قتل إرهابيان بضربة لطيران الجيش في وادي الشاي.", ["ISIS"], "killed", 2),
    ("اغتال مسلحون مجهولون عقيدا في قوات النظام قرب مدينة درعا.", ["SYR_GOV"], "killed", 1),
    ("استشهدت شابتان برصاص قناص في مدينة درعا.", ["CIVILIANS"], "killed", 2),
    ("أصيبت مدنيتان بجروح جراء قصف قوات النظام على بلدة كفرنبل.", ["CIVILIANS"], "injured", 2),
    ("أزهق القصف أرواح خمسة مدنيين في بلدة كفرنبل.", ["CIVILIANS"], "killed", 5),
    ("قتل ثلاثة من عناصر الخوذ البيضاء في غارة على بلدة كفرنبل.", ["CIVILIANS"], "killed", 3),
])
def test_casualty_word_families(text, group, outcome, count):
    cas = [(c["group"], c["outcome"], c["low"]) for c in record(text)["casualties"]]
    assert (group, outcome, count) in cas, cas


@pytest.mark.parametrize("text", [
    "وشن النائب هجمة لاذعة على وزير الداخلية في مدينة حمص أمس.",
    "أطلق الصحفي في مدينة حمص رصاصة الرحمة على المشروع أمس.",
    "قال المتحدث إن مدينة حمص شهدت انفجارا سكانيا خلال العقد الماضي.",
    "ودارت مناوشات كلامية بين النواب في مدينة حمص أمس.",
])
def test_figures_of_speech_with_a_family_word_tell_no_event(text):
    assert events(text) == []


@pytest.mark.parametrize("text", [
    "هددوا بقصف بلدة كفرنبل إذا لم تنسحب الفصائل.",
    "قالت الوزارة إنه لا صحة للأنباء عن غارة على بلدة كفرنبل.",
    "كذبت الوزارة الأنباء عن غارة على بلدة كفرنبل.",
    "اعتزمت قوات النظام شن هجوم على بلدة كفرنبل.",
    "ناشد الأهالي الجيش قصف مواقع داعش قرب بلدة كفرنبل.",
    "أفشلت قوات الأمن هجوما على حاجز في مدينة درعا.",
    "سبق أن اعتقلت قوات النظام الشاب في مدينة درعا.",
    "كانوا قد اختطفوا الشاب في مدينة درعا.",
])
def test_cue_families_threat_denial_plan_appeal_foiled_and_told_before(text):
    # the plural or other tense of a threat, plan or appeal verb, a report called untrue, «أفشل» beside «أحبط»,
    # «سبق أن» and «كانوا قد»: no new event
    assert events(text) == []


@pytest.mark.parametrize("text, sub_type", [
    ("قوات الأمن تعتقل ثلاثة شبان في مدينة جبلة.", "Arrests"),
    ("تنظيم داعش يعدم شابا في مدينة الميادين.", "Attack"),
    ("قوات النظام تقتحم بلدة كفرنبل.", "Government regains territory"),
])
def test_the_singular_present_of_a_headline_tells_the_event(text, sub_type):
    # the verb expansion writes no present for a base opening with an alef («اعتقل» → «تعتقل»): listed by hand
    assert [e[0] for e in events(text)] == [sub_type]


def test_aims_at_in_the_present_is_no_strike():
    assert events("وقال المتحدث إن العملية تستهدف تحرير بلدة كفرنبل.") == []


def test_armed_brush_arms_laid_down_and_tyres_burnt():
    assert events("وقع احتكاك مسلح بين دورية للأمن العام ومسلحين محليين قرب مدينة جبلة.") == [("Armed clash", "جبلة")]
    # laying down arms is the same change as surrendering («سلموا أنفسهم»)
    assert events("ألقى عشرات المسلحين أسلحتهم في مدينة درعا.") == events(
        "ألقى عشرات المسلحين أسلحتهم وسلموا أنفسهم في مدينة درعا.")
    assert events("أحرق شبان الإطارات في شوارع مدينة السويداء.") == [("Peaceful protest", "السويداء")]
    # «صدامات» alone is protesters and police far more than armed sides: no armed clash of its own
    assert "Armed clash" not in [e[0] for e in events("وقعت صدامات بين متظاهرين والشرطة في مدينة السويداء.")]


@pytest.mark.parametrize("text", [
    "كشفت الوزارة عن مخطط لتفجير سيارة مفخخة في مدينة حمص.",
    "من المرجح أن تشن القوات التركية هجوما على مدينة منبج.",
    "روى الشاب كيف اعتقل في عهد النظام البائد في مدينة حمص.",
])
def test_a_plot_a_likelihood_and_a_past_rule_tell_no_new_event(text):
    assert events(text) == []


def test_shortly_after_and_the_day_after_read_like_after():
    after = events("أغلقت المحال في مدينة درعا عقب تفجير سيارة مفخخة.")
    assert events("أغلقت المحال في مدينة درعا بعيد تفجير سيارة مفخخة.") == after
    assert events("أغلقت المحال في مدينة درعا غداة تفجير سيارة مفخخة.") == after


def test_a_rank_before_a_name_or_an_office_is_a_title_not_a_count():
    assert record("قتل عميد كلية الطب في مدينة حمص برصاص مجهولين.")["casualties"] == []


@pytest.mark.parametrize("text", [
    "وثقت الشبكة مقتل 500 مدني على أيدي قوات النظام على مدار أعوام في محافظة درعا.",
    "قتل 300 شخص في هجمات متفرقة في محافظة حمص منذ سقوط النظام.",
    "شنت قوات النظام غارات على بلدات محافظة درعا على مدار أعوام.",
])
def test_years_summed_up_with_a_synonym_of_years_tell_no_event(text):
    assert events(text) == []


def test_zionist_and_daeshi_adjectives_name_the_side_acting():
    assert one_event("شنت طائرات حربية غارات صهيونية على مواقع في ريف مدينة حماة.")["actors"] == ["ISRAEL"]
    assert one_event("هاجمت مجموعة مسلحة قرية في ريف مدينة كركوك في هجمة داعشية جديدة.")["actors"] == ["ISIS"]
    # the masculine is as often the man arrested: no actor of its own
    assert "ISIS" not in one_event("اعتقلت قوات الأمن داعشيا في مدينة كركوك.")["actors"]


def test_a_time_of_day_between_commas_does_not_cut_the_strike_from_its_place():
    # «شنت طائرة …، ظهر اليوم، غارة على … في X»: the aircraft's clause takes the place after the time, not the dateline's
    text = ("الموصل – وكالة محلية – الأربعاء 17 آب 2022\n"
            "شنت طائرة مسيرة تركية، ظهر اليوم، غارة على سيارة مدنية في مجمع خانصور شمال جبل سنجار.")
    assert [(e[0], e[1]) for e in events(text, date(2022, 8, 17))] == [("Air/drone strike", "خانصور")]


def test_the_centre_of_a_city_after_a_place_does_not_end_the_list_of_places():
    # «في ساحة X وسط بغداد، وفي ساحة Y بمدينة Z»: «وسط» is the centre, not «و» opening a new statement
    for text in ("تظاهر المئات في ساحة التحرير وسط بغداد، وفي ساحة الحبوبي بمدينة الناصرية.",
                 "تظاهر المئات في ساحة التحرير وسط العاصمة، وفي ساحة الحبوبي بمدينة الناصرية."):
        assert [e[1] for e in events(text)] == ["ساحة التحرير", "ساحة الحبوبي"]
# --- outlet styles: pro-government, Turkish, Russian, Lebanese and Iraqi statements (t1ev) ------------------------
def test_turkish_outlets_terrorists_are_the_ypg_when_the_report_names_them():
    text = ("أعلنت وزارة الدفاع التركية أن الجيش التركي طهر قرية من إرهابيي «بي كا كا». وفي بلدة تل تمر، تدور "
            "اشتباكات بين الجيش الوطني السوري والإرهابيين منذ الصباح.")
    evs = [e for e in record(text, date(2019, 10, 20))["events"] if e["sub_event_type"] == "Armed clash"]
    assert [sorted(e["actors"] + e["targets"]) for e in evs] == [["SDF", "SNA"]]


@pytest.mark.parametrize("text, actor", [
    ("اشتبكت وحدة من الجيش مع مجموعة إرهابية في محيط بلدة عدرا.", "SYR_GOV"),
    ("أسقطت وسائط الدفاع الجوي الروسية قرب مدينة جبلة طائرة مسيرة.", "RUSSIA"),
    ("نصب مجاهدو المقاومة الإسلامية كميناً لمسلحي جبهة النصرة في جرود بلدة رنكوس.", "HEZBOLLAH"),
    ("أعلن قائد عمليات نينوى اليوم تحرير حي الزنجيلي بالكامل.", "IRAQ_GOV"),
])
def test_outlets_names_of_their_own_side(text, actor):
    assert actor in record(text, date(2016, 5, 1))["events"][0]["actors"]


def test_strategic_hills_are_no_place_name():
    text = "سيطر الجيش السوري على تلال استراتيجية قرب بلدة عسال الورد بعد معارك مع جبهة النصرة."
    assert all("استراتيج" not in (e["location"] or {}).get("name_ar", "") for e in record(text, date(2015, 5, 13))["events"])


@pytest.mark.parametrize("text, n", [
    ("وكانت روسيا وتركيا قد توصلتا في الخامس من آذار الماضي إلى اتفاق لوقف إطلاق النار في منطقة إدلب.", 0),
    ("وكانت قوات النظام قد حاصرت حي بابا عمرو في الصيف الماضي قبل أن تنسحب منه.", 0),
    ("وكانت قوات النظام قد قصفت بلدة كفرنبل أمس.", 1),  # yesterday's news in the past perfect: an event
])
def test_past_perfect_background_dated_before_the_report_is_no_event(text, n):
    assert len(record(text, date(2020, 5, 20))["events"]) == n


@pytest.mark.parametrize("text, opens", [
    ("وكانت الفصائل قد دخلت قرية المزرعة الشرقية.", True),
    ("وكان عناصر الحاجز في مدخل قرية المزرعة قد اعتقلوا شابين.", True),  # the subject and a place before «قد»
    ("وكانت الطائرات الحربية التابعة للنظام السوري في سماء المنطقة صباحا قد قصفت القرية.", False),  # too far on
    ("وقد دخلت الفصائل قرية المزرعة الشرقية.", False),  # no past auxiliary opening it
])
def test_a_sentence_opens_in_the_past_perfect_with_kana_and_qad_close_after_it(text, opens):
    from rasid.extraction.events import opens_past_perfect
    from rasid.text.doc import Doc

    doc = Doc("t", text)
    s = doc.sentences[0]
    assert opens_past_perfect(doc, s, s.tok_end) == opens


@pytest.mark.parametrize("text, n", [
    # the date said in the first clause of a past-perfect sentence dates the clauses that go on from it
    ("وكانت قوات النظام قد استعادت بلدة السخنة من التنظيم في آب 2017، قبل أن تواصل التقدم نحو دير الزور.", 0),
    ("وكانت المجموعات الإرهابية قد سيطرت على بصر الحرير منذ عام 2013، واتخذتها منطلقاً للاعتداء على قرى ريف السويداء.", 0),
    ("وكانت قوات سوريا الديمقراطية قد حررت مدينة الطبقة في أيار الماضي، بعد معارك عنيفة استمرت أسابيع.", 0),
    ("وكان الجيش قد دخل بلدة الحراك في 12 نيسان الفائت، ثم شن هجوماً على مواقع المسلحين في بلدة داعل.", 0),
    ("وكانت الفصائل قد هاجمت في 3 آذار 2020 حاجزاً في طفس وقصفت بلدة داعل بالقذائف.", 0),
    ("وكانت الطائرات قد قصفت أمس بلدة الحراك، ثم اشتبكت قوات النظام مع الفصائل في بلدة داعل.", 2),  # yesterday
])
def test_a_past_perfect_sentence_dated_in_its_first_clause_is_background_to_its_end(text, n):
    assert len(record(text, date(2020, 5, 20))["events"]) == n


@pytest.mark.parametrize("text, n", [
    ("وتتعرض قرى ريف منبج وتل تمر بشكل شبه يومي لقصف مدفعي تركي، يستهدف المنازل والمدارس.", 0),
    ("وقال القيادي إن قوات النظام تقصف القرى بشكل يومي وتستهدف الأسواق والمشافي في كفرنبل عمداً.", 0),
    # a rate over a period told («23 برميلاً خلال الأسبوع الماضي بمعدل 4 براميل يومياً»): the strikes happened
    ("وألقى الطيران المروحي خلال الأسبوع الماضي 20 برميلاً متفجراً على بلدة كفرنبل، بمعدل 3 براميل يومياً.", 1),
    ("وتستهدف المسيرات التركية بصورة متكررة سيارات المدنيين على الطريق بين القامشلي وعامودا.", 0),
    ("وتشن خلايا التنظيم بشكل دوري هجمات على حواجز الجيش في بادية السخنة.", 0),
    ("قصفت القوات التركية اليوم قرية عون الدادات بالمدفعية، في قصف يتكرر بشكل يومي على قرى ريف منبج.", 1),
])
def test_what_happens_day_after_day_is_no_one_event(text, n):
    assert len(record(text, date(2022, 8, 16))["events"]) == n


@pytest.mark.parametrize("text, n", [
    ("وزعمت وسائل إعلام موالية أن الجيش سيطر على قرية الجبين، وهو ما نفاه قيادي في جيش العزة.", 0),
    ("وذكرت وكالة سانا، اليوم، أن وحدات الجيش حررت بلدة الهبيط، الأمر الذي نفته فصائل المعارضة مؤكدة أنها صدت الهجوم.", 0),
    ("وادعت وسائل إعلام النظام أن الفصائل قصفت بلدة محردة بالصواريخ، في حين نفت الجبهة الوطنية للتحرير ذلك.", 0),
    ("وأعلنت قسد أنها حررت قرية الباغوز من التنظيم، وهو ما ينفيه التنظيم عبر معرفاته.", 0),
    ("قصفت الطائرات الروسية بلدة كفرنبل اليوم، وهو ما نفته وزارة الدفاع الروسية.", 1),  # told by the report itself
])
def test_a_claim_the_other_side_denies_is_no_event(text, n):
    assert len(record(text, date(2019, 6, 10))["events"]) == n


@pytest.mark.parametrize("text, n", [
    ("وتقدمت قوات النظام اليوم باتجاه بلدة الهبيط في محاولة للسيطرة عليها.", 0),
    ("وتقدمت قوات النظام، صباح اليوم، نحو بلدة الهبيط من جهة الشرق.", 0),
    ("تقدمت قوات النظام اليوم إلى مشارف بلدة الهبيط.", 0),
    ("وتتقدم قطعات الجيش العراقي صوب مركز قضاء تلعفر من ثلاثة محاور.", 0),
    # a short distance from it («على مسافة قريبة من», «على مقربة من»)
    ("وحققت الفصائل تقدما كبيرا وأصبحت على مسافة قريبة من بلدة الهبيط.", 0),
    ("تقدمت قوات النظام وباتت على مقربة من بلدة الهبيط.", 0),
    ("تقدمت قوات النظام اليوم في بلدة الهبيط وسيطرت على عدة نقاط فيها.", 1),  # into the town: a gain
])
def test_an_advance_toward_a_place_takes_no_place(text, n):
    takeovers = [e for e in record(text, date(2019, 6, 10))["events"] if "territory" in e["sub_event_type"]]
    assert len(takeovers) == n


@pytest.mark.parametrize("text, n", [
    ("وتشهد مدينة طفس عمليات اغتيال شبه يومية تطال مدنيين وعسكريين.", 0),
    ("ويعتمد التنظيم على الكمائن والعبوات الناسفة في استهداف الأرتال العسكرية على طريق السخنة.", 0),
    ("ويستخدم التنظيم القناصة والألغام لإبطاء تقدم القوات في أحياء المدينة القديمة بالموصل.", 0),
    ("وقال الناطق إن المرتزقة يتحصنون في حي المشلب ويستخدمون الأنفاق والقناصة.", 0),
    ("وتعد الطارمية من أكثر المناطق التي تشهد هجمات لخلايا داعش في محيط بغداد.", 0),
    ("استهدفت الطائرات الروسية بغارات متكررة بلدة كفرنبل اليوم.", 1),  # repeated strikes today: an event
    ("قوات النظام تستخدم البراميل المتفجرة في قصف بلدة الهبيط.", 1),  # a headline's present: today's news
])
def test_tactics_and_rankings_described_are_no_event(text, n):
    assert len(record(text, date(2019, 6, 10))["events"]) == n


@pytest.mark.parametrize("text, expected", [
    # a title's «اعتقالات في X» beside another side's deed: the body's arrest there, not an abduction by that side
    ("هجوم لخلايا التنظيم على حاجز في ذيبان واعتقالات في الشحيل\n"
     "هاجم عناصر من تنظيم داعش اليوم حاجزاً لقسد في بلدة ذيبان.\n"
     "وفي بلدة الشحيل، شنت قسد حملة مداهمات اعتقلت خلالها خمسة أشخاص.",
     [("Armed clash", "ذيبان"), ("Arrests", "الشحيل")]),
    ("مقتل جنديين بعبوة ناسفة في الأنبار واعتقال متهمين بالإرهاب في الفلوجة\n"
     "قتل جنديان اليوم بانفجار عبوة ناسفة استهدفت دورية للجيش العراقي قرب قضاء راوة.\n"
     "وفي الفلوجة، اعتقلت قوة من الشرطة الاتحادية ثلاثة متهمين بالانتماء إلى داعش في أحياء المدينة.",
     [("Remote explosive/landmine/IED", "راوة"), ("Arrests", "الفلوجة")]),
    ("قصف لقوات النظام على بلدة داعل وحملة اعتقالات في مدينة الميادين\n"
     "قصفت قوات النظام اليوم بلدة داعل بالمدفعية الثقيلة.\n"
     "وفي مدينة الميادين، اعتقلت الأجهزة الأمنية أربعة شبان بتهمة التواصل مع الفصائل.",
     [("Shelling/artillery/missile attack", "داعل"), ("Arrests", "الميادين")]),
    # an abduction its sentence tells with its own side, beside an arrest there: both
    ("خطف مسلحون مجهولون اليوم مدنيين اثنين في بلدة الشحيل، واعتقلت قسد ثلاثة من المشتبه بهم في البلدة.",
     [("Abduction/forced disappearance", "الشحيل"), ("Arrests", "الشحيل")]),
])
def test_a_titles_arrests_are_the_bodys_arrests_no_abduction(text, expected):
    assert sorted(events(text, date(2021, 9, 14))) == sorted(expected)


@pytest.mark.parametrize("text, sub_type", [
    ("استشهدت سيدة برصاص قناص من الفرقة الرابعة في مدينة معضمية الشام.", "Attack"),
    ("قتل مدني بنيران قناصة من قوات النظام في حي جوبر.", "Attack"),
    ("قتل عنصر من قوات النظام برصاص قناص في حي جوبر.", "Armed clash"),
])
def test_sniper_fire_hits_the_one_named_before_it(text, sub_type):
    assert one_event(text, date(2013, 9, 2))["sub_event_type"] == sub_type


def test_aircraft_of_two_nationalities_joined_after_the_name_are_both_authors():
    text = "استهدفت الطائرات الحربية الروسية والسورية مواقع التنظيم في حي الحويقة بمدينة دير الزور."
    assert one_event(text, date(2017, 9, 5))["actors"] == ["RUSSIA", "SYR_GOV"]
    text = "قصفت طائرات أمريكية ميليشيات عراقية وسورية في مدينة البوكمال."  # (militias of two nationalities: hit)
    assert one_event(text, date(2017, 9, 5))["actors"] == ["COALITION"]


@pytest.mark.parametrize("text, places", [
    ("وحدات من الجيش تقضي على أعداد من الإرهابيين في داريا وتدمر أوكارهم.", ["داريا"]),
    ("قصفت الطائرات الروسية مدينتي السخنة وتدمر.", ["السخنة", "تدمر"]),
    ("قصفت الطائرات الروسية السخنة وتدمر والقريتين.", ["السخنة", "تدمر", "القريتين"]),
])
def test_a_town_spelt_like_a_verb_is_the_verb_before_its_object(text, places):
    assert [p for _, p in events(text, date(2016, 11, 17))] == places


@pytest.mark.parametrize("text, n", [
    ("أعادت وحدات من الجيش العربي السوري الأمن والاستقرار إلى حي جبل بدرو في مدينة حلب.", 1),
    ("ويواصل الجيش العربي السوري عملياته لإعادة الأمن والاستقرار إلى جميع المناطق.", 0),  # an aim, no place
])
def test_state_outlets_restoring_security_to_a_place_is_a_takeover(text, n):
    evs = [e for e in record(text, date(2016, 11, 26))["events"] if e["sub_event_type"] == "Government regains territory"]
    assert len(evs) == n


@pytest.mark.parametrize("text, sub_type", [
    ("ودمرت قوات جهاز مكافحة الإرهاب ست عجلات مفخخة قبل وصولها إلى القطعات في مدينة الفلوجة.", "Disrupted weapons use"),
    ("قتلت القوات 43 إرهابياً بينهم 7 انتحاريين فجروا أنفسهم قبل وصولهم إلى القطعات في مدينة بيجي.", "Suicide bomb"),
    ("انفجرت سيارة مفخخة في مدينة الرمادي ودمرت عدة منازل.", "Remote explosive/landmine/IED"),
])
def test_a_car_bomb_the_forces_destroyed_before_it_reached_them_is_a_weapon_stopped(text, sub_type):
    assert one_event(text, date(2016, 6, 17))["sub_event_type"] == sub_type


@pytest.mark.parametrize("text, n", [
    ("وقال مصدر عسكري إن العدوان اقتصر على أضرار مادية، نافياً ما أوردته وسائل إعلام أجنبية عن سقوط قتلى في المطار.", 0),
    ("وكانت إسرائيل قد استهدفت المطار ذاته في نيسان الماضي، ما أدى حينها إلى مقتل عدد من المستشارين الإيرانيين.", 0),
    ("وكانت قوات النظام قد قصفت بلدة كفرنبل أمس ما أدى لمقتل 3 مدنيين.", 1),
])
def test_tolls_denied_or_told_in_a_background_past_perfect_are_no_counts(text, n):
    assert len(record(text, date(2018, 7, 9))["casualties"]) == n


@pytest.mark.parametrize("text, sides", [
    ("أعلنت وزارة الدفاع الروسية أن الجيش السوري استعاد السيطرة على مدينة خان شيخون.", ["SYR_GOV"]),
    ("أعلنت وزارة الدفاع التركية أن الجيش الوطني السوري سيطر على بلدة سلوك.", ["SNA"]),
    ("قالت قسد إن طائرة تابعة للجيش التركي استهدفت سيارة في بلدة عامودا.", ["SDF", "TURKEY"]),  # the one hit tells
])
def test_an_ally_telling_its_allys_deed_is_no_side_of_it(text, sides):
    e = one_event(text, date(2019, 8, 23))
    assert sorted(e["actors"] + e["targets"]) == sides


def test_observation_points_set_up_in_the_dual_are_a_base():
    text = "أقامت الشرطة العسكرية الروسية نقطتي مراقبة جديدتين قرب بلدة تلبيسة."
    assert one_event(text, date(2017, 9, 15))["sub_event_type"] == "Headquarters or base established"


@pytest.mark.parametrize("text, types", [
    ("شنت قوات النظام حملة دهم في بلدة الصنمين اعتقلت خلالها 20 شاباً واقتادتهم إلى جهة مجهولة.", ["Arrests"]),
    ("خطف مسلحون مجهولون شاباً في بلدة الصنمين واقتادوه إلى جهة مجهولة.", ["Abduction/forced disappearance"]),
])
def test_the_detained_taken_away_after_an_arrest_are_no_abduction(text, types):
    assert [t for t, _ in events(text, date(2013, 4, 10))] == types


def test_a_protest_dispersed_and_its_people_detained_in_one_sentence_is_one_protest_with_intervention():
    text = ("وفي مدينة التل، خرجت مظاهرة مسائية نصرة للمدن المحاصرة، وفرقتها قوات الأمن بالغاز المسيل للدموع "
            "واعتقلت عدداً من المشاركين فيها.")
    assert events(text, date(2012, 1, 21)) == [("Protest with intervention", "التل")]


def test_the_name_of_a_military_operation_is_no_place():
    text = "قتل جندي تركي في اشتباكات مع الوحدات الكردية في منطقة نبع السلام قرب بلدة تل تمر."
    assert [p for _, p in events(text, date(2021, 6, 11))] == ["تل تمر"]


def test_an_ammunition_depot_a_strike_destroyed_is_no_weapons_use_disrupted():
    text = ("نفذت الطائرات الحربية الروسية ضربات على مواقع داعش في محيط مدينة الميادين، ما أسفر عن القضاء على "
            "أكثر من 60 مسلحاً وتدمير أربع دبابات ومستودع للذخيرة.")
    assert [t for t, _ in events(text, date(2017, 9, 15))] == ["Air/drone strike"]


def test_a_turkish_district_does_not_make_a_report_on_the_ypg_iraqi():
    text = ("حرر الجيش التركي بلدة راجو من إرهابيي «ب ي د/ بي كا كا». ودمرت المقاتلات التركية مواقع للإرهابيين في "
            "محيط بلدة جنديرس. وقتل مدني تركي جراء قذيفة أطلقها الإرهابيون على قضاء الريحانية.")
    strike = [e for e in record(text, date(2018, 3, 2))["events"] if e["location"]["name_ar"] == "جنديرس"][0]
    assert strike["actors"] + strike["targets"] == ["TURKEY", "SDF"]


@pytest.mark.parametrize("text, actor", [
    ("وقال مراسل القناة إن الجيش السوري تقدم على طول الطريق بعد معارك عنيفة مع مسلحي التنظيم، وسيطر على قرية الجفرة.",
     "SYR_GOV"),
    ("وأفاد ناشطون بأن مقاتلي العشائر دمروا عربات مدرعة لقسد في ريف دير الزور، وسيطروا على قرية البصيرة.", "TRIBAL"),
])
def test_a_takeover_verb_joined_by_and_shares_the_sentences_subject(text, actor):
    gains = [e for e in record(text, date(2017, 9, 5))["events"] if "territory" in e["sub_event_type"]]
    assert [e["actors"] for e in gains] == [[actor]]


def test_fighters_leaving_a_town_under_a_settlement_hand_it_over():
    text = "خرجت صباح اليوم الدفعة الأولى من مسلحي الفصائل وعائلاتهم من مدينة حرستا باتجاه إدلب."
    assert events(text, date(2018, 3, 22)) == [("Non-violent transfer of territory", "حرستا")]


@pytest.mark.parametrize("text, sides", [
    ("حيدت القوات التركية ثلاثة إرهابيين من بي كا كا قرب بلدة تل تمر.", ["SDF", "TURKEY"]),
    ("قضت وحدة من الجيش على مجموعة إرهابية في حي جوبر.", ["OPPOSITION", "SYR_GOV"]),
    ("دمرت وحدة من الجيش وكراً للإرهابيين في حي جوبر.", ["OPPOSITION", "SYR_GOV"]),
])
def test_outlets_euphemisms_for_fighting_are_armed_clashes(text, sides):
    e = one_event(text, date(2019, 11, 17))
    assert e["sub_event_type"] == "Armed clash" and sorted(e["actors"] + e["targets"]) == sides


def test_fighters_neutralised_are_no_count_of_the_dead():
    text = "أعلنت وزارة الدفاع التركية تحييد ثلاثة إرهابيين من بي كا كا قرب بلدة تل تمر."
    assert record(text, date(2021, 6, 11))["casualties"] == []


def test_a_district_liberated_from_isis_in_a_report_on_iraq_is_the_states_gain():
    text = ("الإعلام الحربي: تحرير حي الزنجيلي في الموصل وعشرات القتلى من داعش\n"
            "أعلن قائد عمليات نينوى اليوم تحرير حي الزنجيلي بالكامل ورفع العلم العراقي فوق مبانيه.")
    assert events(text, date(2017, 6, 20)) == [("Government regains territory", "الزنجيلي")]


def _sides(text: str, day: date) -> dict:
    return {e["location"]["name_ar"]: set(e["actors"]) | set(e["targets"]) for e in record(text, day)["events"]}


def test_a_strike_on_a_town_after_a_clash_between_two_sides_does_not_take_the_clash_enemy():
    # (sentences written for this test) the enemy of the clash told «بين A وB» is no target of a later strike on a
    # town; a strike on a post or vehicle hit it
    sides = _sides("دارت اشتباكات بين قوات الأمن العام ومسلحين محليين في قرية عريقة. وقصفت القوات الحكومية بقذائف "
                   "الهاون أطراف مدينة شهبا. وشنت طائرات إسرائيلية غارة على موقع قرب ولغا.", date(2025, 7, 13))
    assert sides["شهبا"] == {"SYR_GOV_NEW"}
    sides = _sides("اندلعت اليوم معارك بين قسد وخلايا داعش في بلدة الشحيل. وفي وقت لاحق، قصفت قسد بالمدفعية الثقيلة "
                   "أطراف بلدة ذيبان. كما قصفت القوات التركية قرى في محيط تل رفعت.", date(2020, 1, 12))
    assert sides["ذيبان"] == {"SDF"}
    sides = _sides("تدور اشتباكات عنيفة بين قوات النظام والفصائل المقاتلة على محاور قلعة المضيق، بينما تعرضت قرية حاس "
                   "لقصف مدفعي من قبل قوات النظام، وقصفت القوات التركية مواقع لقوات النظام في سراقب.", date(2019, 5, 14))
    assert sides["حاس"] == {"SYR_GOV"}
    sides = _sides("اندلعت اليوم معارك بين قسد وخلايا داعش في بلدة الشحيل. واستهدفت قسد بالمدفعية موقعاً قرب ذيبان. "
                   "كما قصفت القوات التركية قرى في محيط تل رفعت.", date(2020, 1, 12))
    assert sides["ذيبان"] == {"SDF", "ISIS"}


def test_a_claim_covers_the_attack_it_is_told_with_not_every_bomb_of_the_report():
    # (sentences written for this test)
    day = date(2021, 3, 3)

    def authors(text: str) -> dict:
        return {e["location"]["name_ar"]: e["actors"] for e in record(text, day)["events"]}

    assert authors("انفجرت عبوة ناسفة بسيارة عسكرية لقسد قرب بلدة ذيبان. وتبنى تنظيم داعش التفجير عبر معرفاته. وفي "
                   "بلدة الشحيل، انفجرت عبوة ناسفة أخرى بدورية لقسد.") == {"ذيبان": ["ISIS"], "الشحيل": ["UNKNOWN"]}
    assert authors("قال مصدر أمني إن تنظيم داعش تبنى تفجير عبوة ناسفة استهدفت سيارة للحشد الشعبي في قضاء المقدادية. "
                   "وفي بعقوبة، انفجرت عبوة ناسفة قرب سوق شعبي، ما أدى لإصابة 3 مدنيين.") == \
        {"المقدادية": ["ISIS"], "بعقوبة": ["UNKNOWN"]}
    # the attack claimed told again at its precise place, or a claim of both bombs told before it
    assert authors("داعش يتبنى عبر معرفاته تفجيراً هز مدينة الصدر. وأوضح بيانه أن التفجير وقع بسيارة مفخخة في "
                   "سوق جميلة.") == {"الصدر": ["ISIS"], "سوق جميلة": ["ISIS"]}
    assert authors("انفجرت عبوتان ناسفتان في بلدتي ذيبان والشحيل. وتبنى تنظيم داعش التفجيرين.") == \
        {"ذيبان": ["ISIS"], "الشحيل": ["ISIS"]}


def test_the_side_of_a_charge_laid_on_the_victim_is_no_side_of_the_event():
    # (sentences written for this test)
    day = date(2021, 3, 3)
    assert _sides("وفي بلدة هجين، أطلق مسلحون من داعش النار على رجل مدني بتهمة التعامل مع قسد، ما أدى لمقتله.", day) == \
        {"هجين": {"ISIS", "CIVILIANS"}}
    assert _sides("اختطف مسلحون مجهولون مدنياً من بلدة طفس بذريعة تعامله مع قوات النظام.", day) == \
        {"طفس": {"UNKNOWN", "CIVILIANS"}}
    assert _sides("أعدمت خلايا التنظيم راعياً في بلدة الشحيل بحجة تعامله مع قوات سوريا الديمقراطية.", day) == \
        {"الشحيل": {"ISIS", "CIVILIANS"}}


def test_the_side_that_leads_the_factions_is_on_their_side():
    # (sentences written for this test) «فصائل تقودها الهيئة», «بقيادة»: the leader joins the side named before it
    day = date(2019, 6, 2)
    for text, acting, hit in (
            ("هاجمت فصائل تقودها هيئة تحرير الشام مواقع قوات النظام في كفرنبودة.", ["OPPOSITION", "HTS"], ["SYR_GOV"]),
            ("اشتبكت قوات النظام مع الفصائل المقاتلة بقيادة هيئة تحرير الشام في محيط كفرنبودة.", ["SYR_GOV"],
             ["OPPOSITION", "HTS"])):
        ev = one_event(text, day)
        assert (ev["actors"], ev["targets"]) == (acting, hit)


def test_a_title_naming_the_sna_does_not_make_the_bodys_factions_the_sna():
    # (reports written for this test) the SNA named in the title only: the factions on a front of the body are the
    # rebels; named in the body, the factions it tells are the SNA
    day = date(2019, 6, 4)
    sides = _sides("الجيش الوطني يتصدى لهجوم قسد في ريف الباب\nالثلاثاء 4 حزيران 2019 – تدور اشتباكات بين قوات النظام "
                   "والفصائل على محاور كفرنبودة بريف حماة.", day)
    assert sides["كفرنبودة"] == {"SYR_GOV", "OPPOSITION"}
    sides = _sides("الجيش الوطني يتصدى لهجوم قسد في ريف الباب\nالثلاثاء 4 حزيران 2019 – تصدت فصائل الجيش الوطني لهجوم "
                   "شنته قسد على قرية في ريف الباب. كما دارت اشتباكات بين قسد والفصائل في محيط تل رفعت.", day)
    assert sides["تل رفعت"] == {"SDF", "SNA"}
    sides = _sides("قصف تركي على ريف منبج\nالثلاثاء 4 حزيران 2019 – دارت اشتباكات بين الفصائل الموالية لتركيا وقسد في "
                   "محيط منبج، بينما اشتبكت الفصائل مع قسد قرب تل رفعت.", day)
    assert sides["تل رفعت"] == {"SDF", "SNA"}
    sides = {e["location"]["name_ar"]: set(e["actors"]) | set(e["targets"]) for e in extract(
        "Turkish-backed SNA repels SDF attack near al-Bab\nBEIRUT, June 4, 2019 - Government forces clashed with rebel "
        "factions near Kafr Nabuda in northern Hama on Tuesday.", "t", day).to_dict()["events"]}
    assert sides["كفرنبودة"] == {"SYR_GOV", "OPPOSITION"}
@pytest.mark.parametrize("text, expected", [
    ("سامراء – أعلن المتحدث باسم هيئة الحشد الشعبي أن قطعات الحشد صدت تعرضاً لداعش. وأضاف المتحدث أن مقاتلين "
     "اثنين من اللواء 17 استشهدا وأصيب خمسة آخرون خلال التصدي للهجوم.",
     [(("IRAQ_PMF",), "killed", 2, 2, "exact"), (("IRAQ_PMF",), "injured", 5, 5, "exact")]),
    ("تكريت – قال المتحدث باسم الحشد الشعبي إن قطعات الحشد صدت هجوماً لعناصر داعش على أطراف بيجي. وتابع المتحدث "
     "أن ثلاثة مقاتلين من الفوج الثاني استشهدوا وجرح أربعة آخرون في الهجوم.",
     [(("IRAQ_PMF",), "killed", 3, 3, "exact"), (("IRAQ_PMF",), "injured", 4, 4, "exact")]),
    ("الموصل – ذكرت خلية الإعلام الأمني أن القوات العراقية اشتبكت مع عناصر من داعش في قضاء تلعفر، مضيفة أن 4 "
     "منتسبين من الفرقة 16 قتلوا وأصيب سبعة آخرون، فيما قتل 9 من الإرهابيين.",
     [(("IRAQ_GOV",), "killed", 4, 4, "exact"), (("IRAQ_GOV",), "injured", 7, 7, "exact"),
      (("ISIS",), "killed", 9, 9, "exact")]),
    ("دير الزور – أعلنت قسد في بيان أن مقاتليها تصدوا لهجوم لداعش على بلدة الشحيل، وأن مقاتلين اثنين من فوج 20 "
     "استشهدا خلال الاشتباكات.", [(("SDF",), "killed", 2, 2, "exact")]),
])
def test_fighters_of_a_numbered_unit_in_a_sides_statement_are_its_own(text, expected):
    # the unit's number («اللواء 17») counts no one; fighters with no side named are the speaking side's men
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("قامشلو – شن عناصر داعش هجوماً على حاجز للأسايش، وتمكن أعضاء الأسايش من قتل المهاجمين الأربعة جميعاً.",
     [(("ISIS",), "killed", 4, 4, "exact")]),
    ("الحسكة – شن عناصر من داعش هجوماً على حاجز لقسد قرب الشدادي، وقتل المهاجمون الخمسة جميعاً خلال الاشتباك.",
     [(("ISIS",), "killed", 5, 5, "exact")]),
    ("الرمادي – حاولت عجلات مفخخة لداعش اقتحام مقر الفوج، وتمكنت القوات العراقية من قتل الانتحاريين الثلاثة قبل "
     "وصولهم.", [(("ISIS",), "killed", 3, 3, "exact")]),
    ("جبلة – قتل مسلحون مجهولون رجلاً مسناً وأبناءه الثلاثة داخل منزلهم في قرية الصنوبر.",
     [(("CIVILIANS",), "killed", 4, 4, "exact")]),
    ("حماة – استشهدت امرأة وأطفالها الأربعة جراء قصف جوي على بلدة كفرزيتا، اليوم الأحد.",
     [(("CIVILIANS",), "killed", 5, 5, "exact")]),
])
def test_a_number_word_with_the_article_after_a_plural_counts_it(text, expected):
    # «المهاجمين الأربعة», «أبناءه الثلاثة»: the definite number word counts the people (suicide bombers are attackers)
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("بعقوبة – قتل ضابطان وثلاثة جنود من الجيش العراقي وأصيب أربعة آخرون بانفجار عبوة ناسفة.",
     [(("IRAQ_GOV",), "killed", 5, 5, "exact"), (("IRAQ_GOV",), "injured", 4, 4, "exact")]),
    ("الموصل – أسفر الهجوم عن مقتل ضابطين وأربعة منتسبين في الشرطة الاتحادية.", [(("IRAQ_GOV",), "killed", 6, 6, "exact")]),
    ("إدلب – استشهد طفلان و3 نساء في غارة جوية على مدينة أريحا.", [(("CIVILIANS",), "killed", 5, 5, "exact")]),
    ("حلب – أصيب مقاتلان اثنان من فرقة الحمزات برصاص قناص.", [(("SNA",), "injured", 2, 2, "exact")]),
])
def test_a_dual_and_a_number_of_the_same_kind_add_up(text, expected):
    # «ضابطان وثلاثة جنود» = 5, as «ضابط وثلاثة من المنتسبين» = 4 («مقاتلان اثنان» stays two)
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("الرقة – أسفر الانفجار عن سقوط قتيل وجريحين من المدنيين.",
     [(("CIVILIANS",), "killed", 1, 1, "exact"), (("CIVILIANS",), "injured", 2, 2, "exact")]),
    ("العظيم – أسفرت الاشتباكات عن سقوط قتيل وجريحين في صفوف الحشد الشعبي.",
     [(("IRAQ_PMF",), "killed", 1, 1, "exact"), (("IRAQ_PMF",), "injured", 2, 2, "exact")]),
    ("درعا – خلف القصف قتيلين وجريحاً في بلدة طفس.",
     [(("CIVILIANS",), "killed", 2, 2, "exact"), (("CIVILIANS",), "injured", 1, 1, "exact")]),
    ("حلب – وقع قتيل وجريحان بقصف لقوات النظام على حي الشعار، اليوم.",
     [(("CIVILIANS",), "killed", 1, 1, "exact"), (("CIVILIANS",), "injured", 2, 2, "exact")]),
])
def test_a_dead_and_wounded_each_counted_by_its_noun_are_two_counts(text, expected):
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("دمشق – وثقت الشبكة السورية مقتل 64 مدنياً خلال الأسبوع الماضي. وتوزعت الحصيلة على المحافظات كالتالي: إدلب "
     "30، وحلب 19، ودرعا 15.", [64, 30, 19, 15]),
    ("الساحل – ارتفع عدد القتلى المدنيين إلى 500 مدني منذ الخميس، وتتوزع الحصيلة بحسب المدن على: بانياس 230، "
     "وجبلة 150، والقرداحة 120.", [500, 230, 150, 120]),
    ("سوريا – وثق ناشطون سقوط 70 شهيداً اليوم برصاص قوات النظام وقصفها. وتوزع الشهداء على: حمص 33، ودرعا 21، "
     "وحماة 16.", [70, 33, 21, 16]),
])
def test_a_toll_shared_out_by_place_counts_its_people_in_each(text, expected):
    assert [(c[0], c[1], c[2]) for c in casualties(text)] == [(("CIVILIANS",), "killed", n) for n in expected]


def test_a_toll_of_the_wounded_shared_out_by_place_keeps_its_outcome():
    text = ("حلب – قالت مديرية الصحة إن 26 شخصاً أصيبوا بجروح جراء القصف. ويتوزع المصابون على الأحياء التالية: "
            "الحمدانية 12، صلاح الدين 9، والشعار 5.")
    assert [c[1:3] for c in casualties(text)] == [("injured", 26), ("injured", 12), ("injured", 9), ("injured", 5)]


@pytest.mark.parametrize("text, expected", [
    ("بغداد – أعلنت وزارة الصحة ارتفاع حصيلة الخسائر البشرية لسلسلة التفجيرات إلى 47 قتيلاً و130 جريحاً، هم من "
     "المدنيين ومنتسبي الأجهزة الأمنية.", [(("CIVILIANS", "IRAQ_GOV"), "killed", 47, 47, "exact"),
                                           (("CIVILIANS", "IRAQ_GOV"), "injured", 130, 130, "exact")]),
    ("الموصل – وصلت حصيلة القتلى إلى 20، هم من عناصر الجيش العراقي والحشد الشعبي.",
     [(("IRAQ_GOV", "IRAQ_PMF"), "killed", 20, 20, "exact")]),
    ("السويداء – ارتفع عدد القتلى إلى 60 شخصاً، وهم من المدنيين وعناصر الأمن العام ومسلحي العشائر.",
     [(("CIVILIANS", "SYR_GOV_NEW", "TRIBAL"), "killed", 60, 60, "exact")]),
])
def test_a_toll_followed_by_whom_it_was_made_of_is_about_them_all(text, expected):
    # «…، هم من المدنيين ومنتسبي الأجهزة الأمنية»: no number of their own, the toll is of every side named
    assert casualties(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("المقدادية – قال مصدر طبي إن المستشفى استقبل جثث 11 مصلياً وثمانية جرحى جراء هجوم مسلح على جامع.",
     [(("CIVILIANS",), "killed", 11, 11, "exact"), (("CIVILIANS",), "injured", 8, 8, "exact")]),
    ("الصدر – استشهد 7 من المشيعين بانفجار سيارة مفخخة استهدفت موكب تشييع في مدينة الصدر.",
     [(("CIVILIANS",), "killed", 7, 7, "exact")]),
    ("كربلاء – قتل خمسة من الزوار وأصيب 12 آخرون بانفجار عبوة ناسفة على طريق كربلاء.",
     [(("CIVILIANS",), "killed", 5, 5, "exact"), (("CIVILIANS",), "injured", 12, 12, "exact")]),
])
def test_worshippers_pilgrims_and_mourners_are_civilians(text, expected):
    assert casualties(text) == expected


def test_a_number_word_with_the_article_that_retells_a_count_adds_no_record():
    text = ("بيروت – نعى حزب الله خمسة من مقاتليه قال إنهم سقطوا في الزبداني. وبحسب المصادر، قتل المقاتلون الخمسة "
            "خلال هجوم على حي الجمعيات، إلى جانب أربعة من عناصر الفرقة الرابعة.")
    assert casualties(text) == [(("HEZBOLLAH",), "killed", 5, 5, "exact"), (("SYR_GOV",), "killed", 4, 4, "exact")]


@pytest.mark.parametrize("text, expected", [
    ("بانياس – عثر الأهالي على جثث أربعة رجال بعد أن أعدمهم مسلحون ميدانياً.", [(("CIVILIANS",), "killed", 4, 4, "exact")]),
    ("حمص – عثر على جثث ثلاثة شبان في بستان، قتلهم مسلحون مجهولون رمياً بالرصاص.",
     [(("CIVILIANS",), "killed", 3, 3, "exact")]),
    ("درعا – وجدت جثتا شقيقين بعد أن قتلهما عناصر من الأمن العام.", [(("CIVILIANS",), "killed", 2, 2, "exact")]),
    ("دير الزور – عثر على جثث 15 مدنياً أعدمهم تنظيم داعش في بادية الميادين.", [(("CIVILIANS",), "killed", 15, 15, "exact")]),
])
def test_the_killers_after_a_verb_with_an_object_pronoun_are_no_count(text, expected):
    # «قتلهم مسلحون»: «هم» are the people counted before, the armed men after the verb are its subject
    assert casualties(text) == expected


def test_a_place_share_of_a_toll_is_kept_beside_a_part_of_the_same_figure():
    # «و11 شهيداً تحت التعذيب» then «إدلب 11»: two counts, the second is no restatement of the first
    text = ("سوريا – وثقت لجان التنسيق سقوط 80 شهيداً اليوم، بينهم 11 شهيداً تحت التعذيب. وتوزع الشهداء على: "
            "دمشق 41، حمص 28، وإدلب 11.")
    assert [c[2] for c in casualties(text)] == [80, 11, 41, 28, 11]


@pytest.mark.parametrize("text, expected", [
    ("الرمادي – فجر انتحاري نفسه عند حاجز للجيش العراقي قرب هيت، ما أسفر عن مقتل ثلاثة جنود، في هجوم تبناه داعش.",
     [(("ISIS",), "killed", 1, 1, "exact"), (("IRAQ_GOV",), "killed", 3, 3, "exact")]),
    ("بغداد – قتل انتحاريان حاولا اقتحام مركز للشرطة في الدورة بعد أن فجرا نفسيهما عند البوابة، وقتل معهما ثلاثة "
     "من عناصر الشرطة. وتبنى تنظيم الدولة الإسلامية الهجوم.",
     [(("ISIS",), "killed", 2, 2, "exact"), (("IRAQ_GOV",), "killed", 3, 3, "exact")]),
    ("كركوك – هاجم عناصر من تنظيم داعش مركزاً للشرطة في الحويجة، وقتل انتحاريان فجرا نفسيهما عند البوابة.",
     [(("ISIS",), "killed", 2, 2, "exact")]),
])
def test_suicide_bombers_of_no_side_named_are_the_insurgents_the_report_names(text, expected):
    assert casualties(text) == expected
