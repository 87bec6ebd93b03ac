"""Dates in normalised text: rasid.text.dates. All sentences here are written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from rasid.text.dates import DateMention, find_dates, find_report_date
from rasid.text.normalize import normalize

REPORT = date(2017, 11, 19)  # a Sunday


def dates(original: str, report_date: date | None = REPORT) -> list[tuple[str, str, date | None, date | None]]:
    text = normalize(original).text
    return [(text[d.start:d.end], d.kind, d.date_start, d.date_end) for d in find_dates(text, report_date)]


def one(original: str, report_date: date | None = REPORT) -> tuple[str, str, date | None, date | None]:
    found = dates(original, report_date)
    assert len(found) == 1, found
    return found[0]


def day(y: int, m: int, d: int) -> tuple[date, date]:
    return date(y, m, d), date(y, m, d)


# --- relative days ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, span, kind, offset", [
    ("قتل اليوم ثلاثة مدنيين", "اليوم", "today", 0),
    ("قتل صباح اليوم ثلاثة مدنيين", "صباح اليوم", "today", 0),
    ("قصف فجر اليوم", "فجر اليوم", "today", 0),
    ("قصف ظهر اليوم", "ظهر اليوم", "today", 0),
    ("قصف عصر اليوم", "عصر اليوم", "today", 0),
    ("قصف مساء اليوم", "مساء اليوم", "today", 0),
    ("قتل أمس عنصران", "امس", "yesterday", -1),
    ("قتل يوم أمس عنصران", "يوم امس", "yesterday", -1),
    ("قتل بالأمس عنصران", "الامس", "yesterday", -1),
    ("قصف ليل أمس", "ليل امس", "yesterday", -1),
    ("قصف ليلة أمس", "ليله امس", "yesterday", -1),
    ("قصف مساء أمس", "مساء امس", "yesterday", -1),
    ("قتل أول أمس عنصران", "اول امس", "day_before_yesterday", -2),
    ("قتل أمس الأول عنصران", "امس الاول", "day_before_yesterday", -2),
    ("قتل أول من أمس عنصران", "اول من امس", "day_before_yesterday", -2),
    ("قصف الليلة الماضية بلدة", "الليله الماضيه", "yesterday", -1),
    ("قصف ليلة البارحة بلدة", "ليله البارحه", "yesterday", -1),
    ("وتدور حالياً معارك عنيفة", "حاليا", "today", 0),
    ("وتدور حاليًا معارك عنيفة", "حاليا", "today", 0),
])
def test_relative_days(sentence: str, span: str, kind: str, offset: int) -> None:
    d = date.fromordinal(REPORT.toordinal() + offset)
    assert one(sentence) == (span, kind, d, d)


@pytest.mark.parametrize("sentence", [
    "وذكرت وكالة (بغداد اليوم) أن عبوة انفجرت",
    "وقالت قناة \"روسيا اليوم\" إن الغارات استمرت",
    "ونقل موقع «سوريا اليوم» أن",
])
def test_today_ending_a_quoted_name_is_no_date(sentence: str) -> None:
    assert dates(sentence) == []


def test_today_in_quotes_or_before_a_bracketed_weekday_is_still_today() -> None:
    assert one("قتل اليوم (الخميس) رجل")[1] == "today"
    assert one("وقتل في مدينة حمص اليوم رجل")[1] == "today"


def test_relative_day_without_report_date_is_kept_unresolved() -> None:
    assert one("قتل أمس عنصران", None) == ("امس", "yesterday", None, None)


@pytest.mark.parametrize("sentence", [
    "في اليوم التالي عاد الهدوء",
    "في ذلك اليوم عاد الهدوء",
    "في نفس اليوم عاد الهدوء",
    "اليوم العالمي لحقوق الإنسان",
    "تصدر نشرة يومية",
    "أجور يومي العمل",
])
def test_not_today(sentence: str) -> None:
    assert dates(sentence) == []


# --- weekdays --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, span, expected", [
    ("قصف يوم الخميس", "يوم الخميس", date(2017, 11, 16)),
    ("قصف الخميس", "الخميس", date(2017, 11, 16)),
    ("قصف يوم الأحد", "يوم الاحد", date(2017, 11, 19)),  # the report day itself
    ("قصف يوم الأحد الماضي", "يوم الاحد الماضي", date(2017, 11, 12)),
    ("قصف يوم الخميس المنصرم", "يوم الخميس المنصرم", date(2017, 11, 16)),
    ("قصف يوم الاثنين", "يوم الاثنين", date(2017, 11, 13)),
    ("قصف يوم الثلاثاء", "يوم الثلاثاء", date(2017, 11, 14)),
    ("قصف يوم الأربعاء", "يوم الاربعاء", date(2017, 11, 15)),
    ("قصف يوم الجمعة", "يوم الجمعه", date(2017, 11, 17)),
    ("قصف يوم السبت", "يوم السبت", date(2017, 11, 18)),
    ("قصف مساء يوم الجمعة", "مساء يوم الجمعه", date(2017, 11, 17)),
    ("قصف ليل السبت", "ليل السبت", date(2017, 11, 18)),
])
def test_weekdays(sentence: str, span: str, expected: date) -> None:
    assert one(sentence) == (span, "weekday", expected, expected)


def test_weekday_with_day_number() -> None:
    assert one("قصف يوم الخميس الـ 16") == ("يوم الخميس ال 16", "explicit", *day(2017, 11, 16))


def test_weekday_with_day_number_after_the_report_day_is_last_month() -> None:
    assert one("قصف يوم الثلاثاء الـ 31")[2] == date(2017, 10, 31)


def test_weekday_with_day_and_month_takes_the_year_it_falls_in() -> None:
    # no year, a day after the day read against (a report that does not fix its day is read against the latest
    # full date it gives): 17 May 2018 was a Thursday, 17 May 2017 a Wednesday
    assert one("قصف يوم الخميس 17 أيار", date(2018, 5, 16))[2:] == day(2018, 5, 17)
    assert one("قصف يوم الأربعاء 17 أيار", date(2018, 5, 16))[2:] == day(2017, 5, 17)


def test_today_with_weekday_after_a_comma_fixes_the_report_date() -> None:
    text = normalize("وقال المتحدث اليوم، الخميس 17 من أيار، إن قواته تقدمت. وكان ذلك في 3 أيار 2018.").text
    assert find_report_date(text) == date(2018, 5, 17)
    assert dates("قال المتحدث اليوم، الخميس، إن")[0][:2] == ("اليوم، الخميس", "today")


@pytest.mark.parametrize("sentence, span, expected", [
    ("قصف يوم 16 الجاري", "يوم 16 الجاري", date(2017, 11, 16)),
    ("قتل في 3 الجاري", "3 الجاري", date(2017, 11, 3)),
    ("قصف الخميس 16 الجاري", "الخميس 16 الجاري", date(2017, 11, 16)),
])
def test_day_of_the_current_month_without_the_word_month(sentence: str, span: str, expected: date) -> None:
    assert one(sentence) == (span, "explicit", expected, expected)


def test_within_the_past_two_days_in_the_dual() -> None:
    assert one("قتل خلال اليومين الماضيين خمسة مدنيين")[:4] == ("خلال اليومين الماضيين", "range", date(2017, 11, 17),
                                                          REPORT)


def test_eleven_is_not_sunday() -> None:
    assert dates("قتل الأحد عشر عنصرا") == []


def test_weekday_then_count_is_not_a_day_number() -> None:
    assert one("قتل أمس 5 أشخاص")[0] == "امس"


# --- explicit dates and months ---------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, month", [
    ("في 3 كانون الثاني 2017", 1), ("في 3 شباط 2017", 2), ("في 3 آذار 2017", 3), ("في 3 نيسان 2017", 4),
    ("في 3 أيار 2017", 5), ("في 3 حزيران 2017", 6), ("في 3 تموز 2017", 7), ("في 3 آب 2017", 8),
    ("في 3 أيلول 2017", 9), ("في 3 تشرين الأول 2017", 10), ("في 3 تشرين الثاني 2017", 11),
    ("في 3 كانون الأول 2017", 12),
    ("في 3 يناير 2017", 1), ("في 3 فبراير 2017", 2), ("في 3 مارس 2017", 3), ("في 3 أبريل 2017", 4),
    ("في 3 إبريل 2017", 4), ("في 3 مايو 2017", 5), ("في 3 يونيو 2017", 6), ("في 3 يونيه 2017", 6),
    ("في 3 يوليو 2017", 7), ("في 3 يوليه 2017", 7), ("في 3 أغسطس 2017", 8), ("في 3 سبتمبر 2017", 9),
    ("في 3 أكتوبر 2017", 10), ("في 3 نوفمبر 2017", 11), ("في 3 ديسمبر 2017", 12),
])
def test_month_names(sentence: str, month: int) -> None:
    span, kind, start, end = one(sentence)
    assert (kind, start, end) == ("explicit", *day(2017, month, 3))
    assert span.startswith("3 ") and span.endswith("2017")


@pytest.mark.parametrize("sentence, span", [
    ("في الـ 16 من تشرين الثاني / نوفمبر 2017", "16 من تشرين الثاني / نوفمبر 2017"),
    ("في الـ 16 من نوفمبر (تشرين الثاني) 2017", "16 من نوفمبر (تشرين الثاني) 2017"),
    ("في 16 تشرين الثاني 2017", "16 تشرين الثاني 2017"),
    ("في ١٦ تشرين الثاني ٢٠١٧", "16 تشرين الثاني 2017"),
    ("في 16 من شهر تشرين الثاني من عام 2017", "16 من شهر تشرين الثاني من عام 2017"),
    ("في الـ16 من تشرين الثاني 2017", "ال16 من تشرين الثاني 2017"),
    ("في 16/11/2017", "16/11/2017"),
    ("في 2017-11-16", "2017-11-16"),
])
def test_explicit_dates(sentence: str, span: str) -> None:
    assert one(sentence) == (span, "explicit", *day(2017, 11, 16))


def test_explicit_date_needs_no_report_date() -> None:
    assert one("في 16 تشرين الثاني 2017", None)[2] == date(2017, 11, 16)


def test_day_and_month_take_the_report_year() -> None:
    assert one("في 16 تشرين الثاني")[2] == date(2017, 11, 16)
    assert one("في 20 كانون الأول")[2] == date(2016, 12, 20)  # still to come in 2017: last year's
    assert one("في 16 تشرين الثاني", None)[2:] == (None, None)


def test_day_of_the_current_month() -> None:
    assert one("في الـ 16 من الشهر الجاري") == ("16 من الشهر الجاري", "explicit", *day(2017, 11, 16))
    assert one("في الـ 25 من الشهر الجاري")[2] == date(2017, 10, 25)
    assert one("في الـ 3 من الشهر الماضي")[2] == date(2017, 10, 3)


def test_month_with_current_word() -> None:
    assert one("في 16 نوفمبر الجاري")[2] == date(2017, 11, 16)


@pytest.mark.parametrize("sentence, span, start, end", [
    ("في شهر آب", "شهر اب", date(2017, 8, 1), date(2017, 8, 31)),
    ("في آب 2013", "اب 2013", date(2013, 8, 1), date(2013, 8, 31)),
    ("في حزيران", "حزيران", date(2017, 6, 1), date(2017, 6, 30)),
    ("في كانون الأول", "كانون الاول", date(2016, 12, 1), date(2016, 12, 31)),
    ("في تشرين الثاني الماضي", "تشرين الثاني الماضي", date(2016, 11, 1), date(2016, 11, 30)),
    ("في مارس الماضي", "مارس الماضي", date(2017, 3, 1), date(2017, 3, 31)),
    ("في شهر شباط 2016", "شهر شباط 2016", date(2016, 2, 1), date(2016, 2, 29)),
    ("خلال الشهر الجاري", "الشهر الجاري", date(2017, 11, 1), date(2017, 11, 30)),
    ("خلال الشهر الماضي", "الشهر الماضي", date(2017, 10, 1), date(2017, 10, 31)),
    ("خلال هذا الشهر", "هذا الشهر", date(2017, 11, 1), date(2017, 11, 30)),
])
def test_months(sentence: str, span: str, start: date, end: date) -> None:
    assert one(sentence) == (span, "month", start, end)


@pytest.mark.parametrize("month", ["كانون الأول", "تشرين الثاني", "كانون الثاني المقبل", "آذار الماضي"])
def test_a_day_and_its_whole_month_told_without_a_year_fall_in_the_same_year(month: str) -> None:
    whole = one("في " + month)[2]
    assert one("في 5 " + month)[2] == date(whole.year, whole.month, 5)


@pytest.mark.parametrize("sentence", [
    "وصل أب الضحية",
    "وقال آب",
    "مارس النظام ضغوطا",
])
def test_ambiguous_month_words_alone_are_not_months(sentence: str) -> None:
    assert dates(sentence) == []


@pytest.mark.parametrize("sentence, span, year", [
    ("في عام 2014", "عام 2014", 2014),
    ("في العام 2014", "العام 2014", 2014),
    ("في سنة 2014", "سنه 2014", 2014),
    ("في 2014", "2014", 2014),
    ("مطلع 2014", "2014", 2014),
    ("خلال العام الجاري", "العام الجاري", 2017),
    ("خلال هذا العام", "هذا العام", 2017),
    ("خلال العام الماضي", "العام الماضي", 2016),
    ("خلال العام المنصرم", "العام المنصرم", 2016),
    ("من العام الجاري 2017", "العام الجاري 2017", 2017),
])
def test_years(sentence: str, span: str, year: int) -> None:
    assert one(sentence) == (span, "year", date(year, 1, 1), date(year, 12, 31))


def test_count_of_two_thousand_is_not_a_year() -> None:
    assert dates("نزح 2000 شخص") == []


# --- ranges ----------------------------------------------------------------------------------------------------


def test_range_since_until_with_same_month() -> None:
    sentence = ("منذ يوم الخميس المنصرم الـ 16 من تشرين الثاني / نوفمبر من العام الجاري 2017، "
                "وحتى اليوم الـ 19 من الشهر ذاته")
    span, kind, start, end = one(sentence)
    assert (kind, start, end) == ("range", date(2017, 11, 16), date(2017, 11, 19))
    assert span.startswith("منذ") and span.endswith("ذاته")
    # without a report date, «اليوم الـ 19 من الشهر ذاته» still reads as 19 November 2017
    assert one(sentence, None)[2:] == (date(2017, 11, 16), date(2017, 11, 19))


def test_range_since_until_without_comma() -> None:
    assert one("منذ الـ 10 من آذار حتى الـ 15 منه")[1:] == ("range", date(2017, 3, 10), date(2017, 3, 15))


def test_range_from_to_with_shared_month() -> None:
    assert one("من 10 إلى 15 آذار 2016") == ("من 10 الي 15 اذار 2016", "range", date(2016, 3, 10),
                                            date(2016, 3, 15))


def test_range_between_weekdays() -> None:
    assert one("بين الخميس والسبت") == ("بين الخميس والسبت", "range", date(2017, 11, 16), date(2017, 11, 18))


def test_since_runs_to_the_report_date() -> None:
    assert one("منذ يوم الخميس") == ("منذ يوم الخميس", "range", date(2017, 11, 16), REPORT)
    assert one("منذ عام 2011") == ("منذ عام 2011", "range", date(2011, 1, 1), REPORT)


def test_last_24_hours() -> None:
    assert one("خلال الـ 24 ساعة الماضية") == ("خلال ال 24 ساعه الماضيه", "range", date(2017, 11, 18), REPORT)
    assert one("خلال الساعات الـ 48 الأخيرة")[2:] == (date(2017, 11, 17), REPORT)
    assert one("خلال الـ 24 ساعة الماضية", None)[2:] == (None, None)


# --- several mentions, windows ---------------------------------------------------------------------------------


def test_several_mentions_in_order() -> None:
    found = dates("قتل أمس عنصران، وقتل اليوم مدني، وكانت المعارك بدأت في 3 آذار 2016")
    assert [k for _, k, _, _ in found] == ["yesterday", "today", "explicit"]


def test_start_end_window() -> None:
    text = normalize("قتل أمس عنصران. وقتل اليوم مدني.").text
    cut = text.index(".") + 1
    assert [d.kind for d in find_dates(text, REPORT, cut)] == ["today"]
    assert [d.kind for d in find_dates(text, REPORT, 0, cut)] == ["yesterday"]
    assert all(isinstance(d, DateMention) for d in find_dates(text, REPORT))


# --- the report date -------------------------------------------------------------------------------------------


def test_report_date_year_given_elsewhere() -> None:
    text = normalize(
        "نشر المرصد صباح اليوم الأحد الـ 19 من تشرين الثاني / نوفمبر الجاري حصيلة جديدة للقتلى منذ يوم الخميس "
        "المنصرم الـ 16 من تشرين الثاني / نوفمبر من العام الجاري 2017، وحتى اليوم الـ 19 من الشهر ذاته").text
    assert find_report_date(text) == date(2017, 11, 19)


def test_report_date_full_date_next_to_today() -> None:
    assert find_report_date(normalize("قصفت الطائرات اليوم الـ 12 من آذار 2015 عدة بلدات").text) == date(2015, 3, 12)


def test_report_date_weekday_picks_the_year() -> None:
    # 19 November fell on a Tuesday in 2013 and on a Sunday in 2017
    text = normalize("قتل اليوم الثلاثاء الـ 19 من تشرين الثاني 12 شخصا، في حصيلة هي الأعلى منذ عام 2017 "
                     "بعد هدوء بدأ في عام 2013").text
    assert find_report_date(text) == date(2013, 11, 19)
    text = normalize("قتل اليوم الأحد الـ 19 من تشرين الثاني 12 شخصا، بعد هدوء بدأ في عام 2013 "
                     "وانتهى في عام 2017").text
    assert find_report_date(text) == date(2017, 11, 19)


def test_report_date_needs_a_year() -> None:
    assert find_report_date(normalize("قتل اليوم الأحد الـ 19 من تشرين الثاني 12 شخصا").text) is None


def test_report_date_needs_day_and_month() -> None:
    assert find_report_date(normalize("قتل اليوم 12 شخصا في عام 2017").text) is None
    assert find_report_date(normalize("قتل اليوم 12 شخصا").text) is None
    assert find_report_date("") is None


def test_report_date_from_dateline() -> None:
    assert find_report_date(normalize("الأحد 19 تشرين الثاني 2017\nقتل 5 مدنيين").text) == date(2017, 11, 19)
    assert find_report_date(normalize("19/11/2017 - قتل 5 مدنيين").text) == date(2017, 11, 19)
    assert find_report_date(normalize("دمشق - الأحد 19 تشرين الثاني 2017: قتل 5 مدنيين").text) == date(2017, 11, 19)


def test_a_date_inside_the_text_is_not_a_dateline() -> None:
    text = normalize("قتل 5 مدنيين في غارات على المدينة التي شهدت في 16 آذار 2011 أولى المظاهرات").text
    assert find_report_date(text) is None


def test_report_date_from_publication_date_near_the_top() -> None:
    text = normalize("أخبار محلية\nنشر بتاريخ: 8 آذار 2025\nقتل 5 مدنيين يوم الجمعة").text
    assert find_report_date(text) == date(2025, 3, 8)


def test_dateline_contradicted_by_today_weekday_is_not_the_report_date() -> None:
    # 17 November 2017 was a Friday; the text says today is a Tuesday
    text = normalize("الجمعة 17 تشرين الثاني 2017\nقال الوزير اليوم الثلاثاء إن المحادثات مستمرة").text
    assert find_report_date(text) is None


def test_today_after_a_dash_and_clitic() -> None:
    assert one("-واليوم 15 تشرين الثاني الجاري قتل 3", None)[:2] == ("اليوم 15 تشرين الثاني الجاري", "today")


def test_feminine_past_word_and_paired_month_in_parentheses() -> None:
    assert one("منذ 30 كانون الأول (ديسمبر) الماضي")[1:] == ("range", date(2016, 12, 30), REPORT)
    assert one("يوم الجمعة الماضية")[2] == date(2017, 11, 17)


def test_digits_are_a_date_only_with_a_date_s_shape_and_a_plausible_year(monkeypatch):
    rd = date(2019, 5, 10)
    assert find_dates(normalize("رقم الهاتف 1111111111 للتواصل").text, rd) == []
    assert find_dates(normalize("في 1111/11/11 حدث").text, rd) == []
    assert [d.date_start for d in find_dates(normalize("قتل 3 في 12/5/2019").text, rd)] == [date(2019, 5, 12)]
    monkeypatch.setenv("RASID_DATE_YEARS", "1990-2100")  # a collection of recent reports only
    assert find_dates(normalize("في 12/5/1985 حدث").text, rd) == []


@pytest.mark.parametrize("sentence, span, first, last", [
    ("دوت انفجارات ليل الأحد - الاثنين", "ليل الاحد - الاثنين", date(2017, 11, 12), date(2017, 11, 13)),  # told on Sunday
    ("دوت انفجارات ليلة الجمعة على السبت", "ليله الجمعه علي السبت", date(2017, 11, 17), date(2017, 11, 18)),
    ("تواصل القصف يومي الأربعاء والخميس", "الاربعاء والخميس", date(2017, 11, 15), date(2017, 11, 16)),
])
def test_two_days_in_a_row_joined_as_one_night_or_pair_are_one_span(sentence: str, span: str, first: date,
                                                                    last: date) -> None:
    assert one(sentence) == (span, "range", first, last)


def test_two_weekdays_apart_stay_two_days() -> None:
    assert [d[1] for d in dates("قصف يوم الاثنين والخميس")] == ["weekday", "weekday"]


@pytest.mark.parametrize("sentence, expected", [
    ("قصف في السابع من الشهر الجاري", date(2017, 11, 7)),
    ("قتل في الثالث والعشرين من تشرين الأول", date(2017, 10, 23)),
])
def test_a_day_written_as_an_ordinal_word_before_its_month(sentence: str, expected: date) -> None:
    assert [(d[1], d[2]) for d in dates(sentence)] == [("explicit", expected)]


def test_an_ordinal_word_with_no_month_after_it_is_no_date() -> None:
    assert dates("قاتلت الفرقة الرابعة في المدينة") == []


def test_an_undated_reports_weekdays_are_read_against_the_latest_full_date_it_gives() -> None:
    from rasid.extraction.pipeline import extract
    record = extract("Drone strikes a car near Amuda\n\nThe scene of the attack near Amuda, March 14, 2021. (Photo: "
                     "social media)\n\nA Turkish drone on Sunday struck a car near Amuda, a local source said.",
                     "t").to_dict()
    assert record["report_date"] is None
    assert [e["date_start"] for e in record["events"]] == ["2021-03-14"]


def test_undated_events_of_a_report_whose_dated_events_share_one_day_fall_on_that_day() -> None:
    from rasid.extraction.pipeline import extract
    text = ("قصفت طائرات حربية قرية المشيرفة بريف إدلب الجنوبي أمس الثلاثاء.\n"
            "وفي ريف حماة الشمالي، دارت اشتباكات بين قوات النظام والفصائل في بلدة اللطامنة.")
    events = extract(text, "t", date(2024, 3, 6)).to_dict()["events"]
    assert {e["location"]["name_ar"]: e["date_start"] for e in events} == {
        "المشيرفة": "2024-03-05", "اللطامنة": "2024-03-05"}


@pytest.mark.parametrize("sentence, start", [
    ("تتواصل الاشتباكات في محيط البلدة لليوم الرابع على التوالي", date(2023, 5, 7)),
    ("يستمر الإضراب لليوم الـ 12", date(2023, 4, 29)),
])
def test_the_nth_day_running_is_the_n_days_up_to_the_report(sentence: str, start: date) -> None:
    found = find_dates(normalize(sentence).text, date(2023, 5, 10))
    assert [(d.date_start, d.date_end) for d in found] == [(start, date(2023, 5, 10))]


def test_the_first_day_running_is_no_period() -> None:
    assert find_dates(normalize("بدأ الإضراب لليوم الأول").text, date(2023, 5, 10)) == []


@pytest.mark.parametrize("phrase, day", [
    ("قتل الشاب قبل يومين", date(2023, 5, 8)),
    ("اعتقل قبل يوم", date(2023, 5, 9)),
    ("اختطف قبل ثلاثة أيام", date(2023, 5, 7)),
    ("قصفت قبل 4 أيام", date(2023, 5, 6)),
])
def test_a_count_of_days_before_the_report(phrase: str, day: date) -> None:
    found = find_dates(normalize(phrase).text, date(2023, 5, 10))
    assert [(d.date_start, d.date_end) for d in found] == [(day, day)]


def test_before_a_noun_is_no_date() -> None:
    assert find_dates(normalize("قبل انسحاب القوات بأيام").text, date(2023, 5, 10)) == []
