"""Reports written for the bulletin tests, and the database they make through the real pipeline.

Six days of March 2024 in two governorates: a clash at Kafr Nabl told by two outlets (4 and «at least 6» regime
soldiers killed), shelling of Al-Bara (3 civilians killed, 5 injured; an analyst confirms it), a running tally of
regime soldiers killed in the Al-Mayadin desert (9, then 11, with incidents of 5 and 2 inside it), a take-over of
Al-Mulaja, a protest whose banner quotes markup («<script>»), and an air strike on Sarmin (7 civilians) that an
analyst rejects.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from rasid.sources import SourceReport
from rasid.store import models, review
from rasid.store.ingest import ingest

FROM, TO = date(2024, 3, 1), date(2024, 3, 7)
OBSERVATORY, NETWORK = "مرصد الاختبار", "Test Network"
TALLY = ("وبذلك يرتفع إلى {n} عدد عناصر قوات النظام الذين قتلوا في بادية الميادين بريف دير الزور الشرقي منذ مطلع "
         "الشهر الجاري.")
REPORTS = [
    ("t-clash-a", date(2024, 3, 2), OBSERVATORY,
     "دارت اشتباكات عنيفة اليوم بين قوات النظام وهيئة تحرير الشام على محور بلدة كفرنبل بريف إدلب الجنوبي، ما أسفر "
     "عن مقتل 4 عناصر من قوات النظام."),
    ("t-clash-b", date(2024, 3, 2), NETWORK,
     "قتل ما لا يقل عن 6 عناصر من قوات النظام اليوم خلال اشتباكات مع هيئة تحرير الشام في بلدة كفرنبل بريف إدلب "
     "الجنوبي."),
    ("t-shell", date(2024, 3, 3), OBSERVATORY,
     "قصفت قوات النظام بالمدفعية الثقيلة بلدة البارة بريف إدلب الجنوبي صباح اليوم، ما أدى إلى مقتل 3 مدنيين وإصابة "
     "5 آخرين."),
    ("t-desert-1", date(2024, 3, 4), OBSERVATORY,
     "هاجمت خلايا تنظيم الدولة الإسلامية مواقع لقوات النظام في بادية الميادين بريف دير الزور الشرقي اليوم، ما أدى "
     "لمقتل 5 عناصر من قوات النظام. " + TALLY.format(n=9)),
    ("t-takeover", date(2024, 3, 5), NETWORK,
     "سيطرت قوات النظام اليوم على قرية الملاجة بريف إدلب الجنوبي بعد اشتباكات مع الفصائل، فيما انسحبت الفصائل من "
     "القرية."),
    ("t-markup", date(2024, 3, 5), OBSERVATORY,
     "تجمع محتجون اليوم في ساحة مدينة معرة النعمان بريف إدلب الجنوبي ورفعوا لافتة كتب عليها "
     '"<script>alert(1)</script>" في مظاهرة سلمية.'),
    ("t-desert-2", date(2024, 3, 6), OBSERVATORY,
     "قتل عنصران من قوات النظام اليوم بانفجار لغم أرضي في بادية الميادين بريف دير الزور الشرقي. " + TALLY.format(n=11)),
    ("t-rejected", date(2024, 3, 6), NETWORK,
     "نفذت طائرات حربية روسية غارات جوية على مدينة سرمين بريف إدلب الشرقي اليوم، ما أدى لمقتل 7 مدنيين."),
]
REJECTED_SENTENCE = "نفذت طائرات حربية روسية غارات جوية على مدينة سرمين"


def build(database) -> dict[str, int]:
    """Ingest the reports, reject the Sarmin air strike and confirm the Al-Bara shelling; their event ids."""
    reports = [SourceReport(doc_id=doc_id, text=text, report_date=day, path="test", outlet=outlet,
                            url=f"https://example.org/{doc_id}") for doc_id, day, outlet, text in REPORTS]
    summary = ingest(reports, database)
    assert summary.added == len(REPORTS), summary.failures
    with database.session() as session:
        def event_at(name: str) -> int:
            return session.scalar(select(models.Event.id).join(models.Place)
                                  .where(models.Place.name_ar == name).order_by(models.Event.id))
        ids = {"rejected": event_at("سرمين"), "confirmed": event_at("البارة"), "clash": event_at("كفرنبل")}
        review.apply(session, ids["rejected"], "reject", "analyst", note="no such strike")
        review.apply(session, ids["confirmed"], "confirm", "analyst")
    return ids
