"""Actor mentions: aliases with clitics, the date-dependent government, back-references."""
from datetime import date

from rasid.extraction.actors import find_actors
from rasid.text.doc import Doc


def actors(text: str, era: date | None = None) -> list[str]:
    return [a.actor for a in find_actors(Doc("t", text), era)]


def test_aliases_with_clitics_and_the_longest_name():
    assert actors("ولقوات النظام والمسلحين الموالين لها") == ["SYR_GOV", "PRO_GOV_MILITIA"]
    assert actors("الفصائل الموالية لتركيا") == ["SNA"]
    assert actors("بقسد وبداعش") == ["SDF", "ISIS"]


def test_government_forces_depend_on_the_date():
    assert actors("القوات الحكومية", date(2019, 1, 1)) == ["SYR_GOV"]
    assert actors("القوات الحكومية", date(2025, 2, 1)) == ["SYR_GOV_NEW"]
    assert actors("الأمن العام والقوات الحكومية") == ["SYR_GOV_NEW", "SYR_GOV_NEW"]


def test_the_organisation_is_the_one_named_before():
    assert actors("هيئة تحرير الشام ... التنظيم") == ["HTS", "HTS"]
    assert actors("التنظيم") == ["ISIS"]


def test_the_apparatus_is_the_side_whose_name_opens_with_the_word():
    # «الجهاز» alone points back to the side named before whose name opens with «جهاز»; none when none was
    assert actors("أعلن جهاز مكافحة الإرهاب مقتل 3 من عناصر الجهاز") == ["IRAQ_GOV", "IRAQ_GOV"]
    assert actors("أعلن جهاز مكافحة الإرهاب وقوات سوريا الديمقراطية ... عناصر للجهاز") == ["IRAQ_GOV", "SDF", "IRAQ_GOV"]
    assert actors("قتل 3 من عناصر الجهاز") == []
    assert actors("وحدات حماية الشعب ... مقاتلي الوحدات") == ["SDF", "SDF"]
    assert actors("قوات النظام والمجموعات الموالية لها") == ["SYR_GOV", "PRO_GOV_MILITIA"]


def test_generic_gunmen_named_by_their_group_are_that_group():
    assert actors("مسلحين من قسد") == ["SDF"]
    assert actors("مسلحين مجهولين") == ["UNKNOWN"]


def test_the_latter_is_the_side_named_before_unless_an_adjective():
    assert actors("هاجم تنظيم داعش مواقع قوات النظام، وردت الأخيرة بقصف مدفعي") == ["ISIS", "SYR_GOV", "SYR_GOV"]
    assert actors("قصفت قوات النظام المدينة الأخيرة") == ["SYR_GOV"]


def test_the_state_forces_are_those_of_the_country_the_report_is_about():
    assert actors("قتلت قوات الأمن متظاهرين في الناصرية جنوب العراق وفي بغداد") == ["IRAQ_GOV", "CIVILIANS"]
    assert actors("قصفت قوات الأمن أحياء في مدينة حمص", date(2013, 1, 1)) == ["SYR_GOV"]
    assert actors("انتشرت قوات الأمن في مدينة حمص", date(2025, 3, 1)) == ["SYR_GOV_NEW"]


def test_country_words_are_cues_not_actors():
    assert actors("في سوريا والعراق") == []


def test_remnants_of_the_regime_depend_on_the_date():
    assert actors("هاجم فلول النظام حاجزاً", date(2025, 3, 6)) == ["LOCAL_ARMED"]
    assert actors("هاجم فلول النظام حاجزاً", date(2013, 3, 6)) == ["PRO_GOV_MILITIA"]


def test_syrian_warplanes_and_helicopters_are_the_syrian_air_force():
    assert actors("أغار الطيران الحربي السوري على بلدة التمانعة", date(2019, 6, 1)) == ["SYR_GOV"]
    assert actors("ألقت المروحيات السورية براميل متفجرة", date(2016, 6, 1)) == ["SYR_GOV"]
    assert actors("تصدت وسائط الدفاع الجوي السوري لصواريخ معادية", date(2019, 6, 1)) == ["SYR_GOV"]


def test_the_free_army_backed_by_turkey_is_the_sna():
    assert actors("هاجمت فصائل الجيش الحر المدعومة من تركيا قرى في ريف عفرين", date(2018, 2, 1)) == ["SNA"]
    assert actors("تقدم الجيش التركي وفصائل الجيش الحر المدعومة منه نحو القرية", date(2018, 2, 1)) == ["TURKEY", "SNA"]


def test_local_fighters_are_local_armed_groups():
    # «مقاتلون محليون», like «مسلحون محليون», in either case and with the article
    assert actors("هاجم مقاتلون محليون نقطة للأمن العسكري", date(2021, 8, 1)) == ["LOCAL_ARMED", "SYR_GOV"]
    assert actors("اشتبك المقاتلون المحليون مع عناصر الفرقة الرابعة", date(2021, 8, 1)) == ["LOCAL_ARMED", "SYR_GOV"]
    # «مجموعات مسلحة محلية» is the same as «مسلحون محليون», not the insurgents of «مجموعات مسلحة»
    assert actors("هاجمت مجموعات مسلحة محلية حاجزا لقوات الأمن", date(2025, 7, 14))[:1] == ["LOCAL_ARMED"]
    assert actors("اشتبكت الجماعات المسلحة المحلية مع عناصر الفرقة الرابعة", date(2021, 8, 1)) == ["LOCAL_ARMED", "SYR_GOV"]


def test_the_syrian_arab_army_and_the_regimes_militias_depend_on_the_date():
    # the new ministry of defence kept the army's name; the fallen regime's militias are its armed remnants
    assert actors("قصفت وحدات الجيش العربي السوري مواقع قسد", date(2019, 5, 1)) == ["SYR_GOV", "SDF"]
    assert actors("قصفت وحدات الجيش العربي السوري مواقع قسد", date(2025, 10, 5)) == ["SYR_GOV_NEW", "SDF"]
    assert actors("اشتبك الأمن العام مع عناصر من ميليشيا الدفاع الوطني", date(2025, 1, 10)) == \
        ["SYR_GOV_NEW", "LOCAL_ARMED"]
    assert actors("اشتبكت قوات النظام مع الفصائل بمساندة الدفاع الوطني", date(2016, 1, 10)) == \
        ["SYR_GOV", "OPPOSITION", "PRO_GOV_MILITIA"]
    assert actors("هاجمت بقايا النظام البائد دورية", date(2025, 3, 6)) == ["LOCAL_ARMED"]
    assert actors("اعتقلت السلطات عدداً من الموالين للنظام المخلوع", date(2025, 3, 6)) == ["LOCAL_ARMED"]


def test_new_era_names_of_the_state_and_of_its_armed_opponents():
    assert actors("كمين نصبته مجموعات خارجة عن القانون لعناصر وزارة الداخلية", date(2025, 3, 6)) == \
        ["LOCAL_ARMED", "SYR_GOV_NEW"]
    assert actors("عناصر من فصائل تابعة لوزارة الدفاع", date(2025, 3, 9)) == ["SYR_GOV_NEW"]
    assert actors("قصفت فصائل حكومة دمشق قرى بريف منبج", date(2025, 10, 1)) == ["SYR_GOV_NEW"]
    assert actors("اشتبك مسلحون دروز مع قوات السلطة السورية", date(2025, 7, 14)) == ["LOCAL_ARMED", "SYR_GOV_NEW"]


def test_the_interim_government_depends_on_the_date():
    assert actors("قصفت قوات الحكومة المؤقتة قرية", date(2019, 10, 12)) == ["SNA"]
    assert actors("استهدفت عناصر تابعة للحكومة المؤقتة نقطة للأسايش", date(2025, 11, 26)) == ["SYR_GOV_NEW", "SDF"]


def test_a_detachment_or_its_vehicles_named_by_the_countrys_adjective():
    assert actors("توغلت قوة إسرائيلية وآليات إسرائيلية في القرية") == ["ISRAEL", "ISRAEL"]
    # (the bare occupation is the one the report names: Israel here, Turkey where only the Turkish one is named)
    assert actors("سيرت قوات الاحتلال الإسرائيلي دورية تركية ودبابات الاحتلال") == ["ISRAEL", "TURKEY", "ISRAEL"]


def test_the_states_enemies_as_its_outlets_name_them():
    assert actors("استهدفت المجموعات الإرهابية حي الميدان في حلب", date(2016, 5, 1)) == ["OPPOSITION"]
    assert actors("قتل 20 إرهابياً من داعش في الأنبار بالعراق") == ["ISIS", "ISIS"]
    # a report on Turkey's war on ISIS (with the factions it backs): Turkish outlets' «terrorists» are ISIS's men
    assert actors("قالت وزارة الدفاع التركية إن قواتها وفصائل درع الفرات قتلت 15 إرهابياً من داعش قرب الباب، "
                  "كما قتلت 9 إرهابيين آخرين في قباسين", date(2017, 1, 10))[-1:] == ["ISIS"]
    assert actors("هاجمت المجموعات المسلحة حواجز الأمن العام", date(2025, 3, 6)) == ["LOCAL_ARMED", "SYR_GOV_NEW"]


def test_turkey_as_the_occupation_and_turkish_soldiers():
    assert actors("قصف الاحتلال التركي قرية") == ["TURKEY"]
    assert actors("مقتل 4 جنود أتراك") == ["TURKEY"]


def test_the_sinjar_units_are_a_local_armed_group_not_a_place():
    assert actors("مقاتلون من وحدات حماية سنجار") == ["LOCAL_ARMED"]


def test_names_that_hold_a_sides_word_but_name_another_or_none():
    assert actors("اعتقلت قوات الاحتلال التركية شاباً") == ["TURKEY"]
    assert actors("سيطر تحالف كردي عربي على المدينة") == ["SDF"]
    assert actors("رمى مجهولون عبوة على مقر شعبة حزب البعث في المدينة") == ["UNKNOWN"]


def test_unknown_gunmen_only_suspected_of_belonging_to_a_side_stay_unknown():
    assert actors("أقدم مجهولون يعتقد أنهم من خلايا التنظيم على قتل شاب")[0] == "UNKNOWN"
    assert actors("هاجم مسلحون يعتقد أنهم من خلايا التنظيم حاجزاً")[0] == "ISIS"
    assert actors("هاجم مسلحون يرجح انتماؤهم لخلايا داعش حاجزاً")[0] == "ISIS"


def test_the_factions_backed_by_the_side_named_before_them():
    assert actors("هاجمت القوات التركية والفصائل المدعومة منها قرية") == ["TURKEY", "SNA"]
    assert actors("تقدمت قوات النظام والفصائل الموالية لها نحو البلدة", date(2016, 5, 1)) == ["SYR_GOV",
                                                                                        "PRO_GOV_MILITIA"]


def test_the_factions_backed_by_the_old_regimes_allies_after_its_fall_are_local_armed_groups():
    # the regime's militias are its armed remnants after 8 December 2024, whichever way they are named
    assert actors("هاجمت القوات الإيرانية والفصائل الموالية لها قرية", date(2025, 3, 1)) == ["IRAN", "LOCAL_ARMED"]
    assert actors("هاجمت القوات الإيرانية والفصائل الموالية لها قرية", date(2018, 3, 1)) == ["IRAN",
                                                                                        "PRO_GOV_MILITIA"]
    assert actors("قصفت القوات الروسية والفصائل المدعومة منها تلة", date(2025, 1, 9)) == ["RUSSIA", "LOCAL_ARMED"]
    # the new government's own factions are its forces
    assert actors("انتشرت قوات الأمن العام والفصائل الموالية لها في البلدة", date(2025, 3, 1)) == [
        "SYR_GOV_NEW", "SYR_GOV_NEW"]


def test_the_army_alone_is_the_army_of_the_state_the_report_is_about():
    assert actors("ردت وحدات الجيش على مصادر النيران في درعا", date(2016, 5, 1)) == ["SYR_GOV"]
    assert actors("ردت وحدات الجيش على مصادر النيران في الأنبار بالعراق") == ["IRAQ_GOV"]
    assert actors("هاجم الجيش الحر حاجزاً") == ["OPPOSITION"]


def test_the_factions_of_a_report_on_a_turkish_operation_are_the_sna():
    assert actors("تقدمت القوات التركية والفصائل المقاتلة ضمن عملية غصن الزيتون نحو قرية") == ["TURKEY", "SNA", "SNA"]
    assert actors("تقدمت الفصائل المقاتلة نحو قرية في ريف إدلب") == ["OPPOSITION"]


def test_followers_of_the_former_regime_are_its_armed_remnants():
    assert actors("هاجم مسلحون من أتباع النظام السابق حاجزاً للأمن العام", date(2025, 3, 6)) == ["LOCAL_ARMED",
                                                                                            "SYR_GOV_NEW"]


def test_kurdish_forces_in_other_wordings():
    assert actors("هاجمت قوات الدفاع الذاتي نقطة") == ["SDF"]
    assert actors("قتل 30 من الميليشيات الكردية") == ["SDF"]


def test_the_mobilisation_alone_is_the_pmf_in_a_report_on_iraq_only():
    assert actors("تصدت قوة من اللواء 30 بالحشد لهجوم في ديالى بالعراق") == ["IRAQ_PMF"]
    assert actors("وانتشرت ألوية الحشد قرب بغداد") == ["IRAQ_PMF"]
    assert actors("رصد حشد عسكري قرب الحدود العراقية في بغداد") == []
    assert actors("أعلن جيش النظام عن الحشد قرب إدلب") == ["SYR_GOV"]


def test_iraqi_districts_and_the_word_qada_tell_a_report_on_iraq():
    assert actors("أحبطت القوات الأمنية هجوما في ناحية يثرب بقضاء بلد") == ["IRAQ_GOV"]
    assert actors("انتشرت القوات الأمنية في أطراف الحويجة") == ["IRAQ_GOV"]
    assert actors("انتشرت القوات الأمنية في إقليم كردستان") == ["IRAQ_GOV"]


def test_our_forces_in_an_iraqi_statement_are_the_iraqi_forces_and_no_side_elsewhere():
    assert actors("وقال مصدر إن قطعاتنا دمرت وكرا لداعش في قضاء الحويجة") == ["IRAQ_GOV", "ISIS"]
    assert actors("وقال قائد الفصيل إن قواتنا صدت الهجوم في ريف إدلب") == []


def test_the_people_of_a_village_are_civilians():
    assert actors("استهدف مسلحون مركبة تقل عددا من أبناء القرية") == ["UNKNOWN", "CIVILIANS"]
    assert actors("وأفاد أهالي المنطقة بسماع انفجار") == ["CIVILIANS"]


def test_the_iranian_kurdish_opposition_in_iraq_is_a_local_armed_group():
    assert actors("قصف الحرس الثوري مقرات أحزاب كردية إيرانية معارضة في قضاء كويسنجق") == ["IRAN", "LOCAL_ARMED"]
    assert actors("استهدفت مسيرة مقرا لحزب الحياة الحرة الكردستاني قرب السليمانية") == ["LOCAL_ARMED"]


def test_iran_aligned_factions_in_other_wordings():
    assert actors("تبنت فصائل مسلحة موالية لإيران الهجوم على قاعدة عين الأسد في العراق") == ["IRAN"]
    assert actors("اتهمت واشنطن الفصائل الولائية بقصف السفارة في بغداد") == ["COALITION", "IRAN"]


def test_more_iraqi_units():
    assert actors("اقتحمت الفرقة الذهبية الحي بإسناد من طيران الجيش في الموصل") == ["IRAQ_GOV", "IRAQ_GOV"]
    assert actors("صدت قوات الزيرفاني هجوما قرب مخمور") == ["IRAQ_GOV"]


def test_the_mercenaries_of_the_damascus_government_depend_on_the_date():
    # Kurdish outlets: the regime's militias before 8 December 2024, the new government's factions after
    assert actors("قصف مرتزقة حكومة دمشق قرية", date(2022, 5, 1)) == ["PRO_GOV_MILITIA"]
    assert actors("قصف مرتزقة حكومة دمشق قرية", date(2025, 10, 1)) == ["SYR_GOV_NEW"]
    # the same name in its other forms, and the regime's mercenaries as such
    assert actors("هاجم مرتزقة دمشق حاجزاً", date(2025, 4, 2)) == ["SYR_GOV_NEW"]
    assert actors("هاجم مرتزقة سلطة دمشق حاجزاً", date(2025, 4, 2)) == ["SYR_GOV_NEW"]
    assert actors("قتل اثنان من مرتزقة النظام السوري", date(2017, 4, 2)) == ["PRO_GOV_MILITIA"]
    assert actors("قصف مرتزقة الأسد قرية", date(2014, 4, 2)) == ["PRO_GOV_MILITIA"]


def test_factions_in_a_report_naming_turkeys_backed_factions_are_the_sna():
    # «القوات التركية والفصائل الموالية لها» names the SNA: the report's bare «الفصائل» are they
    text = "هاجمت القوات التركية والفصائل الموالية لها قرية، وقتل ثلاثة من عناصر الفصائل."
    assert actors(text, date(2019, 10, 11)) == ["TURKEY", "SNA", "SNA"]


def test_armed_men_of_a_named_side_are_one_mention_of_it():
    # «مسلحون من فلول النظام» after the verb is its subject: the side acting, not one «من» points to
    assert actors("هاجم مسلحون من فلول النظام حاجزاً للأمن العام", date(2025, 3, 8)) == ["LOCAL_ARMED", "SYR_GOV_NEW"]


def test_alias_families_of_other_outlets():
    # Iraqi, Israeli (as Syrian state and Arab outlets name it), PKK, ISIS and Suwayda names
    assert actors("هيئة الحشد") == ["IRAQ_PMF"]
    assert actors("العصائب ومنظمة بدر") == ["IRAN", "IRAN"]
    assert actors("الكيان الصهيوني") == ["ISRAEL"]
    assert actors("الجيش الصهيوني") == ["ISRAEL"]
    assert actors("دولة الخلافة") == ["ISIS"]
    assert actors("ولاية الخير") == ["ISIS"]
    assert actors("الاحتلال الروسي") == ["RUSSIA"]
    assert actors("الاحتلال الأمريكي") == ["COALITION"]
    assert actors("قوات الهجري") == ["LOCAL_ARMED"]
    assert actors("لواء المعتصم") == ["SNA"]
    assert actors("البككة") == actors("ب ك ك") == actors("حزب العمال الكردستاني")
    assert actors("الخوارج") == ["ISIS"]


def test_civilian_words_in_their_other_numbers():
    assert actors("نازحون ولاجئون ومزارعون") == ["CIVILIANS"] * 3
    assert actors("الدفاع المدني") == actors("الخوذ البيضاء") == ["CIVILIANS"]


def test_more_alias_families():
    assert actors("عناصر تنظيم الدولة") == ["ISIS"]  # named in full: not the organisation named before
    assert actors("خلية داعشية") == ["ISIS"]
    assert actors("هيئة ثائرون") == ["SNA"]
    assert actors("المجلس العسكري السرياني وقوات الشمال الديمقراطي") == ["SDF", "SDF"]
    assert actors("اليبشه") == ["LOCAL_ARMED"]
    assert actors("حزب العمال") == actors("حزب العمال الكردستاني")
    assert actors("التكفيريين") == actors("المجموعات الإرهابية")


def test_general_security_before_the_new_era_is_hts_own_in_a_report_naming_hts():
    # (sentences written for this test) «الأمن العام» served HTS in Idlib before 8 December 2024
    early, late = date(2024, 5, 16), date(2025, 3, 1)
    assert actors("اعتقل جهاز الأمن العام التابع لهيئة تحرير الشام ناشطاً", early) == ["HTS", "HTS"]
    assert actors("داهمت هيئة تحرير الشام منازل في سرمدا، وقالت إن عناصر الأمن العام اعتقلوا شابين", early) == ["HTS", "HTS"]
    assert actors("فرقت قوات الأمن العام مظاهرة ضد الجولاني والهيئة", early) == ["HTS", "HTS"]
    assert actors("فرقت قوات الأمن العام مظاهرة", late) == ["SYR_GOV_NEW"]
    assert actors("اعتقل الأمن العام التابع لهيئة تحرير الشام شاباً", late) == ["SYR_GOV_NEW", "HTS"]
    assert actors("الأمن العام والقوات الحكومية") == ["SYR_GOV_NEW", "SYR_GOV_NEW"]


def test_the_eighth_brigade_is_the_fifth_corps_army_before_the_new_era():
    early, late = date(2021, 9, 4), date(2025, 2, 1)
    assert actors("اشتبك عناصر من اللواء الثامن مع مسلحين في بصرى الشام", early)[0] == "SYR_GOV"
    assert actors("قال مصدر في اللواء الثامن إن", early) == ["SYR_GOV"]
    assert actors("انتشرت مجموعات اللواء الثامن في المدينة", late) == ["LOCAL_ARMED"]


def test_the_definite_gunmen_are_the_one_armed_side_named_before_them():
    # (sentences written for this test) «المسلحون» told after the one non-state side the report names are its men
    assert actors("هاجمت خلايا تنظيم داعش نقطة لقسد، ثم أعدم المسلحون راعياً")[-1] == "ISIS"
    assert actors("شن مقاتلو هيئة تحرير الشام هجوماً على قوات النظام، وانسحب المسلحون بعد ساعة")[-1] == "HTS"
    assert actors("وأفاد المصدر بأن مسلحي تنظيم الدولة اقتحموا القرية. وأقدم المسلحين على خطف شابين")[-1] == "ISIS"
    # indefinite gunmen, unnamed gunmen told last, or two armed sides named: unknown
    assert actors("هاجمت خلايا داعش نقطة لقسد، وقتل مسلحون شاباً")[-1] == "UNKNOWN"
    assert actors("هاجمت خلايا داعش نقطة لقسد. وقتل مسلحون مجهولون شاباً، وفر المسلحون")[-2:] == ["UNKNOWN", "UNKNOWN"]
    assert actors("اشتبكت هيئة تحرير الشام مع تنظيم داعش، ثم انسحب المسلحون")[-1] == "UNKNOWN"


def test_jihadi_factions_led_by_hts_are_the_rebels_beside_it():
    # (sentences written for this test)
    assert actors("اشتباكات بين قوات النظام وتنظيمات جهادية يتقدمها جبهة النصرة") == ["SYR_GOV", "OPPOSITION", "HTS"]
    assert actors("هاجمت فصائل جهادية تتقدمها هيئة تحرير الشام مواقع قوات النظام") == ["OPPOSITION", "HTS", "SYR_GOV"]
    assert actors("وتصدت الجماعات الجهادية والفصائل المقاتلة للهجوم") == ["OPPOSITION", "OPPOSITION"]
    assert actors("معارك مع الفصائل المتشددة في ريف اللاذقية") == ["OPPOSITION"]


def test_a_division_is_the_states_army_only_with_its_number():
    # «الفرقة السابعة», «الفرقة 17»: an army division; «فرقة» before a name the lexicon lacks is a faction
    assert actors("جنود الفرقة السابعة في الجيش العراقي")[0] == "IRAQ_GOV"
    assert actors("انتشرت الفرقة 17 حول المدينة", date(2016, 5, 1)) == ["SYR_GOV"]
    assert actors("مقاتلو فرقة الصقور البيضاء", date(2016, 5, 1)) == ["OPPOSITION"]


def test_a_faction_the_lexicon_does_not_know_is_a_rebel_faction_by_its_head_noun():
    # «لواء», «كتائب», «فرقة» before a name no alias lists: a faction (the rebels before December 2024, local armed
    # groups after); not a rank («اللواء»), a numbered brigade, an army's branch, nor in a report on Iraq
    assert actors("هاجم مقاتلو لواء الذئاب الرمادية حاجزاً", date(2014, 3, 1)) == ["OPPOSITION"]
    assert actors("اشتبكت كتائب شهداء الوادي مع قوات النظام", date(2014, 3, 1)) == ["OPPOSITION", "SYR_GOV"]
    assert actors("مسلحون من فرقة السيوف البيضاء", date(2025, 3, 1)) == ["LOCAL_ARMED"]
    assert actors("صرح اللواء سمير حداد بأن المعارك مستمرة", date(2014, 3, 1)) == []
    assert actors("قصف لواء المدفعية مواقع في الريف", date(2014, 3, 1)) == []
    assert actors("انتشر لواء 93 في محيط الرقة", date(2014, 3, 1)) == []


def test_a_faction_named_beside_the_army_makes_a_clash_of_two_sides():
    from rasid.extraction.pipeline import extract
    record = extract("اندلعت اشتباكات بين قوات النظام من جهة، ومقاتلي لواء أحرار السهل من جهة أخرى، في بلدة طفس.",
                     "t", date(2014, 3, 1))
    clash = [e for e in record.events if e.sub_event_type == "Armed clash"]
    assert clash and {*clash[0].actors, *clash[0].targets} == {"SYR_GOV", "OPPOSITION"}
