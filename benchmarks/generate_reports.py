"""Synthetic Arabic conflict reports, in the style of Syrian monitoring-group news items, for load and smoke tests.

    python benchmarks/generate_reports.py N -o FILE.jsonl [--seed 1] [--start 2019-01-01 --end 2024-12-31]

Writes N JSON lines {"doc_id", "report_date", "outlet", "url", "text"}; the same seed gives the same file.
Every sentence template, place table and outlet below was written for Rasid; the outlets and URLs are invented
(.example domains). Each report joins 2-6 sentences: clashes, air and drone strikes, shelling, IEDs and
landmines, desert attacks, assassinations, abductions, arrests, protests, takeovers, casualty counts and
running tallies, and about one sentence in five of background without an event. Importable:
generate(n, seed, start, end) yields the dicts, write(n, path, seed) writes the file.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Callable, Iterator

# --- data tables -----------------------------------------------------------------------------------------

TOWN, CITY, VILLAGE = "بلدة", "مدينة", "قرية"
# (place, governorate as reports write it in «بريف ...», place-type word, side of the countryside)
PLACES: list[tuple[str, str, str, str]] = [
    ("سراقب", "إدلب", CITY, "الشرقي"), ("معرة النعمان", "إدلب", CITY, "الجنوبي"),
    ("خان شيخون", "إدلب", CITY, "الجنوبي"), ("كفرنبل", "إدلب", TOWN, "الجنوبي"), ("أريحا", "إدلب", CITY, "الجنوبي"),
    ("البارة", "إدلب", VILLAGE, "الجنوبي"), ("كنصفرة", "إدلب", VILLAGE, "الجنوبي"),
    ("جسر الشغور", "إدلب", CITY, "الغربي"), ("سرمدا", "إدلب", TOWN, "الشمالي"), ("الدانا", "إدلب", TOWN, "الشمالي"),
    ("بنش", "إدلب", TOWN, "الشرقي"), ("تفتناز", "إدلب", TOWN, "الشرقي"), ("سرمين", "إدلب", TOWN, "الشرقي"),
    ("معرة مصرين", "إدلب", TOWN, "الشمالي"), ("حارم", "إدلب", CITY, "الشمالي الغربي"),
    ("سلقين", "إدلب", CITY, "الغربي"), ("دركوش", "إدلب", TOWN, "الغربي"), ("كفرلاتا", "إدلب", VILLAGE, "الجنوبي"),
    ("منبج", "حلب", CITY, "الشرقي"), ("الباب", "حلب", CITY, "الشرقي"), ("إعزاز", "حلب", CITY, "الشمالي"),
    ("مارع", "حلب", CITY, "الشمالي"), ("تل رفعت", "حلب", TOWN, "الشمالي"), ("عفرين", "حلب", CITY, "الشمالي الغربي"),
    ("جنديرس", "حلب", TOWN, "الشمالي الغربي"), ("جرابلس", "حلب", CITY, "الشمالي الشرقي"),
    ("الأتارب", "حلب", CITY, "الغربي"), ("دارة عزة", "حلب", TOWN, "الغربي"), ("خان العسل", "حلب", TOWN, "الغربي"),
    ("تادف", "حلب", TOWN, "الشرقي"), ("عين العرب", "حلب", CITY, "الشرقي"), ("دير حافر", "حلب", TOWN, "الشرقي"),
    ("السفيرة", "حلب", CITY, "الجنوبي الشرقي"), ("كفرناها", "حلب", VILLAGE, "الغربي"),
    ("أبو قلقل", "حلب", VILLAGE, "الشرقي"), ("الراعي", "حلب", TOWN, "الشمالي"), ("اللطامنة", "حماة", CITY, "الشمالي"),
    ("كفرزيتا", "حماة", CITY, "الشمالي"), ("مورك", "حماة", TOWN, "الشمالي"),
    ("قلعة المضيق", "حماة", TOWN, "الشمالي الغربي"), ("السقيلبية", "حماة", CITY, "الشمالي الغربي"),
    ("محردة", "حماة", CITY, "الشمالي الغربي"), ("كفرنبودة", "حماة", TOWN, "الشمالي الغربي"),
    ("السلمية", "حماة", CITY, "الشرقي"), ("عقيربات", "حماة", TOWN, "الشرقي"), ("أثريا", "حماة", VILLAGE, "الشرقي"),
    ("مصياف", "حماة", CITY, "الغربي"), ("تدمر", "حمص", CITY, "الشرقي"), ("السخنة", "حمص", TOWN, "الشرقي"),
    ("القريتين", "حمص", TOWN, "الجنوبي الشرقي"), ("الرستن", "حمص", CITY, "الشمالي"), ("تلبيسة", "حمص", CITY, "الشمالي"),
    ("القصير", "حمص", CITY, "الجنوبي الغربي"), ("مهين", "حمص", TOWN, "الجنوبي الشرقي"), ("نوى", "درعا", CITY, "الغربي"),
    ("جاسم", "درعا", CITY, "الشمالي"), ("طفس", "درعا", CITY, "الغربي"), ("المزيريب", "درعا", TOWN, "الغربي"),
    ("داعل", "درعا", CITY, "الأوسط"), ("بصرى الشام", "درعا", CITY, "الشرقي"), ("الحراك", "درعا", CITY, "الشرقي"),
    ("الصنمين", "درعا", CITY, "الشمالي"), ("اليادودة", "درعا", TOWN, "الغربي"), ("تسيل", "درعا", TOWN, "الغربي"),
    ("إنخل", "درعا", CITY, "الشمالي"), ("البوكمال", "دير الزور", CITY, "الشرقي"),
    ("الميادين", "دير الزور", CITY, "الشرقي"), ("هجين", "دير الزور", TOWN, "الشرقي"),
    ("الشحيل", "دير الزور", TOWN, "الشرقي"), ("ذيبان", "دير الزور", TOWN, "الشرقي"),
    ("البصيرة", "دير الزور", TOWN, "الشرقي"), ("الكسرة", "دير الزور", TOWN, "الغربي"),
    ("العشارة", "دير الزور", TOWN, "الشرقي"), ("الباغوز", "دير الزور", TOWN, "الشرقي"),
    ("الصبحة", "دير الزور", VILLAGE, "الشرقي"), ("الطيانة", "دير الزور", VILLAGE, "الشرقي"),
    ("الجنينة", "دير الزور", VILLAGE, "الغربي"), ("الطبقة", "الرقة", CITY, "الغربي"),
    ("تل أبيض", "الرقة", CITY, "الشمالي"), ("عين عيسى", "الرقة", TOWN, "الشمالي"), ("معدان", "الرقة", TOWN, "الشرقي"),
    ("المنصورة", "الرقة", TOWN, "الغربي"), ("الكرامة", "الرقة", TOWN, "الشرقي"),
    ("القامشلي", "الحسكة", CITY, "الشمالي"), ("تل تمر", "الحسكة", TOWN, "الشمالي الغربي"),
    ("الشدادي", "الحسكة", CITY, "الجنوبي"), ("الهول", "الحسكة", TOWN, "الشرقي"),
    ("رأس العين", "الحسكة", CITY, "الشمالي الغربي"), ("عامودا", "الحسكة", CITY, "الشمالي"),
    ("الدرباسية", "الحسكة", CITY, "الشمالي"), ("مركدة", "الحسكة", TOWN, "الجنوبي"),
    ("الزبداني", "دمشق", CITY, "الغربي"), ("مضايا", "دمشق", TOWN, "الغربي"), ("يبرود", "دمشق", CITY, "الشمالي"),
    ("الكسوة", "دمشق", CITY, "الجنوبي"), ("بيت جن", "دمشق", VILLAGE, "الغربي"), ("دوما", "دمشق", CITY, "الشرقي"),
    ("كناكر", "دمشق", TOWN, "الغربي"), ("شهبا", "السويداء", CITY, "الشمالي"), ("صلخد", "السويداء", CITY, "الجنوبي"),
    ("القريا", "السويداء", TOWN, "الجنوبي"), ("خان أرنبة", "القنيطرة", CITY, "الأوسط"),
    ("جباتا الخشب", "القنيطرة", VILLAGE, "الشمالي"), ("كنسبا", "اللاذقية", TOWN, "الشمالي الشرقي"),
    ("كباني", "اللاذقية", VILLAGE, "الشمالي الشرقي"), ("الحفة", "اللاذقية", CITY, "الشرقي"),
    ("بانياس", "طرطوس", CITY, "الشمالي"),
]
DESERTS: list[tuple[str, str, str]] = [  # «بادية ...»: where the desert cells strike
    ("تدمر", "حمص", "الشرقي"), ("السخنة", "حمص", "الشرقي"), ("الميادين", "دير الزور", "الشرقي"),
    ("البوكمال", "دير الزور", "الشرقي"), ("الرصافة", "الرقة", "الجنوبي"), ("أثريا", "حماة", "الشرقي"),
    ("عقيربات", "حماة", "الشرقي"), ("الشولا", "دير الزور", "الغربي"),
]
# Clash sides: (first side, whether it takes a feminine verb, second side, the governorates where they meet)
PAIRS: list[tuple[str, bool, str, tuple[str, ...]]] = [
    ("قوات النظام", True, "الفصائل المقاتلة", ("إدلب", "حلب", "حماة", "اللاذقية")),
    ("قوات النظام", True, "هيئة تحرير الشام", ("إدلب", "حلب", "حماة", "اللاذقية")),
    ("فصائل غرفة عمليات «الفتح المبين»", True, "قوات النظام", ("إدلب", "حلب", "حماة")),
    ("حزب الله اللبناني", False, "الفصائل الإسلامية", ("حلب", "إدلب")),
    ("هيئة تحرير الشام", True, "الجيش الوطني السوري", ("حلب", "إدلب")),
    ("الجيش الوطني السوري", False, "قوات سوريا الديمقراطية", ("حلب", "الرقة", "الحسكة")),
    ("القوات التركية", True, "قوات سوريا الديمقراطية", ("حلب", "الرقة", "الحسكة")),
    ("الفصائل الموالية لتركيا", True, "قوات مجلس منبج العسكري", ("حلب",)),
    ("قوات سوريا الديمقراطية", True, "خلايا تنظيم «الدولة الإسلامية»", ("دير الزور", "الحسكة", "الرقة")),
    ("قوات العشائر", True, "قوات سوريا الديمقراطية", ("دير الزور",)),
    ("مجلس دير الزور العسكري", False, "خلايا تنظيم «الدولة الإسلامية»", ("دير الزور",)),
    ("قوات النظام", True, "خلايا تنظيم «الدولة الإسلامية»", ("حمص", "حماة", "دير الزور", "الرقة")),
    ("الميليشيات الموالية لإيران", True, "خلايا تنظيم «الدولة الإسلامية»", ("دير الزور", "حمص")),
    ("القوات الأمريكية", True, "الميليشيات الموالية لإيران", ("دير الزور",)),
    ("الفرقة الرابعة", True, "المجموعات المحلية المسلحة", ("درعا", "القنيطرة", "دمشق")),
    ("اللواء الثامن", False, "خلايا تنظيم «الدولة الإسلامية»", ("درعا",)),
    ("قوات الدفاع الوطني", True, "مسلحين محليين", ("السويداء", "حمص", "طرطوس")),
]
AIRCRAFT: dict[str, list[str]] = {  # who flies over each region
    "northwest": ["الطائرات الحربية الروسية", "طائرات النظام الحربية", "الطائرات المروحية التابعة للنظام",
                  "طائرة مسيّرة انتحارية تابعة لقوات النظام"],
    "northeast": ["طائرة مسيّرة تركية", "الطائرات الحربية التركية"],
    "east": ["طائرات التحالف الدولي", "طائرات حربية مجهولة الهوية", "الطائرات الحربية الروسية"],
    "desert": ["الطائرات الحربية الروسية"],
    "south": ["الطائرات الإسرائيلية", "طائرة مسيّرة مجهولة الهوية"],
}
REGIONS = {"إدلب": "northwest", "حلب": "northwest", "حماة": "northwest", "اللاذقية": "northwest", "الرقة": "northeast",
           "الحسكة": "northeast", "دير الزور": "east", "حمص": "desert", "درعا": "south", "السويداء": "south",
           "القنيطرة": "south", "دمشق": "south", "طرطوس": "south"}
SECURITY = ["الأجهزة الأمنية التابعة للنظام", "جهاز الأمن العسكري", "قوات سوريا الديمقراطية",
            "جهاز الأمن العام التابع لهيئة تحرير الشام", "الشرطة العسكرية التابعة للجيش الوطني",
            "قوى الأمن الداخلي «الأسايش»"]
VICTIMS_ACC = ["شاباً", "رجلاً خمسينياً", "قيادياً سابقاً في الفصائل", "عنصراً سابقاً في فصائل التسوية",
               "عنصراً في قوات النظام", "مختار البلدة", "طبيباً", "مدرساً", "تاجر مواشٍ", "عضواً في المجلس المحلي"]
VICTIMS_GEN = ["شاب", "رجل مسن", "قيادي سابق في الفصائل", "عنصر في قوات النظام", "عنصر من قوات سوريا الديمقراطية",
               "طفل", "امرأة", "راعي أغنام", "عامل في منشأة نفطية"]
OUTLETS: list[tuple[str, str]] = [  # invented
    ("مرصد الفرات لحقوق الإنسان", "furat-monitor.example"), ("شبكة البادية الإخبارية", "badia-news.example"),
    ("مركز حوران للتوثيق", "hawran-docs.example"), ("منصة الشمال السوري", "north-platform.example"),
    ("وكالة سنديان للأنباء", "sindian-agency.example"),
]
WEEKDAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
          "تشرين الثاني", "كانون الأول"]
MONTHS_WEST = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
               "ديسمبر"]
UNITS = ["", "", "", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"]  # before masculine nouns
TENS = {20: "عشرين", 30: "ثلاثين", 40: "أربعين"}
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# Counted nouns: (one, two, 3-10, 11+, «عشرات ...»)
FIGHTER = ("عنصر", "عنصرين", "عناصر", "عنصراً", "العناصر")
FIGHTER_NOM = ("عنصر", "عنصران", "عناصر", "عنصراً", "العناصر")
CIVILIAN = ("مدني", "مدنيين اثنين", "مدنيين", "مدنياً", "المدنيين")
CIVILIAN_NOM = ("مدني", "مدنيان اثنان", "مدنيين", "مدنياً", "المدنيين")
PERSON = ("شخص", "شخصين", "أشخاص", "شخصاً", "الأشخاص")
WOUNDED = ("آخر", "آخرين", "آخرين", "آخرين", "الأشخاص")
WOUNDED_NOM = ("آخر", "آخران", "آخرون", "آخرين", "الأشخاص")
RAID = ("غارة جوية", "غارتين جويتين", "غارات جوية", "غارة جوية", "الغارات الجوية")

SENTENCES = (2, 3, 4, 5, 5, 5, 6, 6, 6, 6)  # sentences a report joins
# Sentence templates. Slots: {a1} {a2} the clash sides ({t} is «ت» when {a1} takes a feminine verb), {loc}
# «بلدة ... بريف ... الشرقي», {place} {ptype} {rif}, {loc2} another place of the governorate, {desert}, {when},
# {air}, {sec}, {victim}/{victim_gen}, counts {kf} {kc} {kp} {kw} {raids} (the genitive forms; {kfn} {kcn} {kwn}
# nominative), {tally}, {outlet}.
EVENTS = [
    "اندلعت اشتباكات عنيفة {when} بين {a1} من جهة، و{a2} من جهة أخرى، على محاور {loc}، ترافقت مع قصف متبادل "
    "بالقذائف الصاروخية والمدفعية، ما أسفر عن مقتل {kf} من {a2} وإصابة {kw} بجروح متفاوتة.",
    "تشهد محاور {loc} اشتباكات متقطعة بين {a1} و{a2}، وسط استهدافات متبادلة بالرشاشات الثقيلة والقناصات، "
    "دون ورود معلومات عن خسائر بشرية حتى اللحظة، وفقاً لمصادر {outlet}.",
    "قُتل {kfn} من {a1} خلال اشتباكات مع {a2} على جبهة {place} {rif} {when}، فيما تمكنت الأخيرة من إعطاب آلية "
    "عسكرية وسط استقدام تعزيزات إلى المنطقة، وتحليق لطائرات الاستطلاع فوق المحاور.",
    "أحبط{t} {a1} {when} محاولة تسلل نفذتها مجموعة من {a2} على محور {loc}، ودارت اشتباكات بين الطرفين استمرت "
    "لساعات، قُتل خلالها {kfn} من المتسللين بحسب ما أفادت به مصادر ميدانية.",
    "شنت {air} {when} {raids} استهدفت أطراف {loc} ومحيطها، ما أدى إلى مقتل {kc} وإصابة {kw}، بينهم أطفال "
    "ونساء، ودمار واسع في منازل المدنيين، فيما عملت فرق الدفاع المدني على انتشال العالقين.",
    "نفذت {air} غارات جوية على مواقع {a2} في {loc} {when}، في حين لم ترد معلومات عن حجم الخسائر البشرية، "
    "بالتزامن مع تحليق مكثف لطائرات الاستطلاع في أجواء المنطقة.",
    "استهدفت طائرة مسيّرة {when} سيارة تقل عناصر من {a2} على الطريق الواصل بين {place} و{loc2}، ما أسفر عن "
    "مقتل {kf} ممن كانوا على متنها واحتراق السيارة بالكامل، فيما هرعت سيارات الإسعاف إلى المكان.",
    "قُتل قيادي في {a2} بضربة من طائرة مسيّرة يُرجح أنها تابعة للتحالف الدولي، استهدفت دراجة نارية كان يستقلها "
    "قرب {loc} {when}، وهي الضربة الثالثة من نوعها في المنطقة خلال أسابيع.",
    "قصف{t} {a1} {when} بالقذائف المدفعية والصاروخية أماكن في {loc}، ما أدى لأضرار مادية كبيرة في ممتلكات "
    "المواطنين، ونزوح عدد من العائلات نحو مناطق أكثر أمناً، في حين ردت {a2} باستهداف مواقع قريبة.",
    "سقطت قذائف صاروخية {when} على أحياء سكنية في {loc}، مصدرها مواقع {a1} في المنطقة، ما تسبب بمقتل {kc} "
    "وإصابة {kw} بجروح، وسط حالة من الذعر بين السكان.",
    "استهدفت القوات التركية بالقذائف المدفعية الثقيلة {when} قرى في محيط {loc}، ضمن مناطق انتشار قوات سوريا "
    "الديمقراطية، ما أدى لمقتل {kc} وأضرار في البنى التحتية وخروج محطة مياه عن الخدمة.",
    "انفجرت عبوة ناسفة {when} بسيارة عسكرية تقل عناصر من {a1} على طريق {place} {rif}، ما أسفر عن مقتل {kf} "
    "وإصابة {kw}، ولم تتبنَّ أي جهة التفجير حتى اللحظة، بينما فُرض طوق أمني في محيط المكان.",
    "انفجر لغم أرضي من مخلفات الحرب {when} في أرض زراعية قرب {loc}، ما أدى لمقتل {kc} أثناء عملهم في "
    "الأرض، وسط مطالبات الأهالي بإزالة الألغام من المنطقة.",
    "قُتل {kcn} أثناء بحثهم عن نبات الكمأة في بادية {desert}، جراء انفجار لغم أرضي من مخلفات تنظيم «الدولة "
    "الإسلامية» {when}، في ظل استمرار المخاطر التي تهدد جامعي الكمأة في البادية كل موسم.",
    "هاجمت خلايا تنظيم «الدولة الإسلامية» {when} مواقع ونقاطاً لقوات النظام والميليشيات الموالية لها في بادية "
    "{desert}، ودارت اشتباكات بين الطرفين أسفرت عن مقتل {kf} من قوات النظام، وسط استقدام تعزيزات "
    "عسكرية وتحليق للطائرات الحربية الروسية في أجواء المنطقة.",
    "نصبت خلايا تنظيم «الدولة الإسلامية» كميناً {when} لرتل عسكري في بادية {desert}، واستهدفته بالأسلحة "
    "الرشاشة والقذائف، ما أسفر عن مقتل {kf} من القوات العاملة في المنطقة، ثم انسحبت نحو عمق البادية.",
    "اغتال مسلحون مجهولون {when} {victim} بإطلاق النار عليه بشكل مباشر في {loc}، ولاذوا بالفرار إلى جهة "
    "مجهولة، في حادثة هي الأحدث ضمن سلسلة عمليات الاغتيال التي تشهدها المنطقة.",
    "عُثر {when} على جثة {victim_gen} وعليها آثار طلقات نارية في الرأس على أطراف {loc}، بعد ساعات من "
    "اختطافه على يد مسلحين مجهولين، وقد نُقلت الجثة إلى المشفى لمعرفة ملابسات الحادثة.",
    "اختطف مسلحون مجهولون {when} {victim} من أمام منزله في {loc}، واقتادوه إلى جهة مجهولة، دون معرفة أسباب "
    "الاختطاف أو الجهة التي تقف خلفه حتى اللحظة.",
    "شنت {sec} حملة دهم واعتقالات في {loc} {when}، طالت {kp}، بتهمة التعامل مع {a2}، واقتادتهم إلى جهة "
    "مجهولة، فيما نفذت حملة تفتيش للمنازل وسط حالة من الاستياء بين الأهالي.",
    "اعتقلت دورية من {sec} {when} {victim} على حاجز عند مدخل {loc}، دون توجيه تهمة واضحة إليه، وفقاً لمصادر "
    "{outlet}، وسط مخاوف ذويه من تعرضه للتعذيب في مراكز الاحتجاز.",
    "خرج العشرات من أهالي {loc} {when} في وقفة احتجاجية، للمطالبة بالإفراج عن المعتقلين وتحسين الأوضاع "
    "المعيشية، ورفع المحتجون لافتات تندد بممارسات {a1}.",
    "تظاهر أهالي {place} {rif} {when} احتجاجاً على انقطاع المياه وغلاء الأسعار، مرددين هتافات تطالب برحيل "
    "{a1} عن المنطقة، قبل أن يتفرقوا بعد ساعات دون تسجيل أي حوادث.",
    "تمكن{t} {a1} من السيطرة على {ptype} {place} {rif} {when}، عقب اشتباكات عنيفة مع {a2} استمرت لساعات، "
    "وسط قصف مكثف على محاور القتال، وحركة نزوح للأهالي من القرى المجاورة نحو المخيمات.",
    "تقدم{t} {a1} {when} وسيطر{t} على تلال ونقاط في محيط {loc}، بعد انسحاب {a2} منها إثر "
    "هجوم واسع، تخللته اشتباكات عنيفة وقصف مكثف بالمدفعية الثقيلة.",
    "قُتل {kcn} وأصيب {kwn} بجروح متفاوتة، جراء قصف صاروخي استهدف سوقاً شعبية في {loc} {when}، "
    "وعملت فرق الدفاع المدني على إسعاف الجرحى وإخماد الحرائق.",
]
FOLLOW_UPS = [  # casualty counts and running tallies that follow an event
    "وأسفرت الاشتباكات عن مقتل {kf} من {a1}، بينما قُتل {kf2} من {a2}، وأصيب {kwn} من الطرفين، وسط "
    "معلومات عن أسرى لدى الجانبين، في حين لا تزال الحصيلة مرشحة للارتفاع لوجود جرحى بحالات خطرة.",
    "وبذلك، يرتفع إلى {tally} عدد الذين قُتلوا برصاص مسلحين مجهولين أو في عمليات اغتيال بأساليب مختلفة في "
    "محافظة {gov} منذ مطلع الشهر الجاري، بحسب توثيقات {outlet}.",
    "وبذلك، يرتفع إلى {tally} عدد قتلى {a2} جراء العمليات العسكرية والاستهدافات المتبادلة منذ مطلع الشهر "
    "الجاري، بحسب إحصائيات {outlet}.",
    "وبذلك يرتفع إلى {tally} عدد المدنيين الذين قضوا جراء انفجار الألغام ومخلفات الحرب في مناطق متفرقة من "
    "سوريا منذ مطلع العام، بينهم أطفال ونساء.",
    "ووثق {outlet} منذ مطلع الشهر الجاري مقتل {tally} شخصاً في ريف {gov}، بينهم عناصر من مختلف الأطراف "
    "ومدنيون سقطوا جراء القصف والاستهدافات.",
]
FILLERS = [
    "ويشهد ريف {gov} {dir} توتراً أمنياً متصاعداً منذ أسابيع، في ظل غياب الخدمات الأساسية وتردي الأوضاع "
    "المعيشية للسكان الذين يعتمد كثير منهم على المساعدات الإنسانية.",
    "ويعاني أهالي المنطقة من ارتفاع الأسعار وانقطاع التيار الكهربائي لساعات طويلة يومياً، وسط عجز السلطات "
    "المحلية عن إيجاد حلول، وشح مياه الشرب في عدد من الأحياء والقرى المجاورة.",
    "وكان {outlet} قد أشار في تقارير سابقة إلى تصاعد حالة الفلتان الأمني في المنطقة، وسط مخاوف الأهالي من "
    "تدهور الأوضاع أكثر في ظل غياب أي جهة قادرة على ضبط الأمن.",
    "ويواصل {outlet} رصد وتوثيق الانتهاكات بحق المدنيين في عموم الأراضي السورية، ويدعو الجهات الدولية "
    "والمنظمات الإنسانية إلى تحمل مسؤولياتها تجاه السكان في المنطقة.",
    "وتسود حالة من الترقب والحذر بين الأهالي، في ظل انتشار أمني كثيف في الشوارع والطرقات الرئيسية، فيما "
    "أغلقت بعض المحال التجارية أبوابها في وقت مبكر.",
    "وتشهد أسواق {place} ركوداً ملحوظاً مع ارتفاع أسعار المحروقات والمواد الغذائية وتراجع القدرة الشرائية "
    "لدى معظم العائلات، بالتزامن مع انهيار قيمة الليرة السورية.",
    "ويأتي ذلك في ظل تحركات مستمرة للأطراف المسيطرة في المنطقة، دون أن تتضح أهدافها حتى الآن، وسط حديث عن "
    "ترتيبات جديدة تخص إدارة المعابر والطرق الرئيسية.",
    "ويعتمد معظم سكان {ptype} {place} على الزراعة وتربية المواشي، وقد تضرر الموسم الزراعي هذا العام بسبب "
    "الجفاف وارتفاع تكاليف الري والأسمدة.",
]


# --- generation ------------------------------------------------------------------------------------------


class Slots(dict):
    """The values of one sentence's slots: the report's own (place, sides, outlet) and the rest drawn when a
    template first asks for them."""

    def __init__(self, report: dict[str, str], rng: random.Random, day: date):
        super().__init__(report)
        self.rng, self.day = rng, day

    def __missing__(self, key: str) -> str:
        value = self[key] = MAKERS[key](self)
        return value


def _count(rng: random.Random, noun: tuple[str, str, str, str, str]) -> str:
    """A count of `noun` as reports write it: «عنصرين»، «5 عناصر»، «٣ عناصر»، «ثلاثة عناصر»،
    «ما لا يقل عن 14 عنصراً»، «عشرات العناصر»."""
    one, two, few, many, vague = noun
    r = rng.random()
    if r < 0.12:
        return one
    if r < 0.25:
        return two
    if r < 0.31:
        return rng.choice((f"عشرات {vague}", f"العشرات من {vague}"))
    n = rng.randint(3, 10) if r < 0.75 else rng.randint(11, 45)
    style = rng.random()
    if n in TENS and style < 0.5:
        words = TENS[n]
    elif n <= 10 and style < 0.4:
        words = UNITS[n]
    else:
        words = str(n).translate(INDIC) if style > 0.85 else str(n)
    prefix = rng.choice(("ما لا يقل عن ", "أكثر من ", "نحو ")) if rng.random() < 0.3 else ""
    return f"{prefix}{words} {few if n <= 10 else many}"


def _when(s: Slots) -> str:
    rng = s.rng
    back = rng.choice((0, 0, 0, 1, 1, 1, 2, 3, 4, 5, 6))
    if back == 0:
        return rng.choice(("اليوم", "فجر اليوم", "صباح اليوم", "ظهر اليوم"))
    if back == 1:
        return rng.choice(("أمس", "مساء أمس", "ليل أمس"))
    d = s.day - timedelta(days=back)
    month = MONTHS[d.month - 1] if rng.random() < 0.7 else f"{MONTHS[d.month - 1]}/{MONTHS_WEST[d.month - 1]}"
    weekday = WEEKDAYS[d.weekday()]
    return rng.choice((f"يوم {weekday}", f"في {d.day} {month}", f"يوم {weekday} {d.day} {month}"))


def _other_place(s: Slots) -> str:
    place, _, ptype, _ = s.rng.choice(BY_GOV[s["gov"]])
    return f"{ptype} {place}"


def _desert(s: Slots) -> str:
    name, gov, side = s.rng.choice(DESERTS)
    return f"{name} بريف {gov} {side}"


MAKERS: dict[str, Callable[[Slots], str]] = {
    "when": _when,
    "loc2": _other_place,
    "desert": _desert,
    "air": lambda s: s.rng.choice(AIRCRAFT[REGIONS[s["gov"]]]),
    "sec": lambda s: s.rng.choice(SECURITY),
    "victim": lambda s: s.rng.choice(VICTIMS_ACC),
    "victim_gen": lambda s: s.rng.choice(VICTIMS_GEN),
    "kf": lambda s: _count(s.rng, FIGHTER),
    "kf2": lambda s: _count(s.rng, FIGHTER),
    "kc": lambda s: _count(s.rng, CIVILIAN),
    "kcn": lambda s: _count(s.rng, CIVILIAN_NOM),
    "kfn": lambda s: _count(s.rng, FIGHTER_NOM),
    "kwn": lambda s: _count(s.rng, WOUNDED_NOM),
    "kp": lambda s: _count(s.rng, PERSON),
    "kw": lambda s: _count(s.rng, WOUNDED),
    "raids": lambda s: _count(s.rng, RAID),
    "tally": lambda s: str(s.rng.randint(12, 480)),
}
BY_GOV: dict[str, list[tuple[str, str, str, str]]] = {}
for _row in PLACES:
    BY_GOV.setdefault(_row[1], []).append(_row)


def _report(rng: random.Random, day: date) -> tuple[str, str]:
    """One report's outlet and text."""
    a1, fem, a2, govs = rng.choice(PAIRS)
    place, gov, ptype, side = rng.choice(BY_GOV[rng.choice(govs)])
    rif = f"بريف {gov} {side}" if rng.random() < 0.85 else f"بريف {gov}"
    outlet = rng.choice(OUTLETS)[0]
    report = {"a1": a1, "a2": a2, "t": "ت" if fem else "", "place": place, "gov": gov, "ptype": ptype, "dir": side,
              "rif": rif, "loc": f"{ptype} {place} {rif}", "outlet": outlet}
    sentences = rng.sample(EVENTS, rng.choice(SENTENCES))  # the first one always reports an event
    for i in range(1, len(sentences)):
        r = rng.random()
        other = rng.choice(FILLERS) if r < 0.25 else rng.choice(FOLLOW_UPS) if r < 0.37 else None
        if other is not None and other not in sentences:
            sentences[i] = other
    return outlet, " ".join(t.format_map(Slots(report, rng, day)) for t in sentences)


def generate(n: int, seed: int = 1, start: date = date(2019, 1, 1), end: date = date(2024, 12, 31)) -> Iterator[dict]:
    """`n` synthetic reports, dated uniformly in [start, end]; the same arguments give the same reports."""
    rng = random.Random(seed)
    span = (end - start).days
    if span < 0:
        raise ValueError(f"end {end} is before start {start}")
    domains = dict(OUTLETS)
    for i in range(1, n + 1):
        day = start + timedelta(days=rng.randint(0, span))
        outlet, text = _report(rng, day)
        doc_id = f"gen-{i:06d}"
        yield {"doc_id": doc_id, "report_date": day.isoformat(), "outlet": outlet,
               "url": f"https://{domains[outlet]}/{day:%Y/%m/%d}/{doc_id}", "text": text}


def write(n: int, path: str | Path, seed: int = 1, start: date = date(2019, 1, 1),
          end: date = date(2024, 12, 31)) -> tuple[int, int]:
    """Write `n` reports to `path` as JSON lines; returns (reports, total text characters)."""
    count = chars = 0
    with open(path, "w", encoding="utf-8") as fh:
        for report in generate(n, seed, start, end):
            fh.write(json.dumps(report, ensure_ascii=False) + "\n")
            count += 1
            chars += len(report["text"])
    return count, chars


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="how many reports")
    parser.add_argument("-o", "--output", required=True, help="the JSONL file to write")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--start", type=date.fromisoformat, default=date(2019, 1, 1), help="first report date")
    parser.add_argument("--end", type=date.fromisoformat, default=date(2024, 12, 31), help="last report date")
    args = parser.parse_args(argv)
    if args.n < 0 or args.end < args.start:
        parser.error("N must be >= 0 and --end not before --start")
    began = time.perf_counter()
    count, chars = write(args.n, args.output, args.seed, args.start, args.end)
    print(f"{count} reports, mean text length {chars / max(count, 1):.0f} characters, "
          f"{time.perf_counter() - began:.2f} s -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
