"""Counts in normalised text: rasid.text.numbers. All sentences here are written for these tests."""
from __future__ import annotations

import pytest

from rasid.text.normalize import normalize
from rasid.text.numbers import Quantity, find_quantities, parse_number


def quantities(original: str) -> list[tuple[str, int | None, int | None, str, int | None, bool]]:
    """(span text, low, high, qualifier, value, percent) for each count found in the normalised sentence."""
    text = normalize(original).text
    return [(text[q.start:q.end], q.low, q.high, q.qualifier, q.value, q.percent) for q in find_quantities(text)]


def one(original: str) -> tuple:
    found = quantities(original)
    assert len(found) == 1, found
    return found[0]


# --- parse_number ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("words, value", [
    ("15", 15),
    ("1,200", 1200),
    ("واحد", 1), ("واحدة", 1),
    ("اثنان", 2), ("اثنين", 2), ("اثنتان", 2), ("اثنتين", 2),
    ("ثلاث", 3), ("ثلاثة", 3), ("أربع", 4), ("أربعة", 4), ("خمس", 5), ("خمسة", 5), ("ست", 6), ("ستة", 6),
    ("سبع", 7), ("سبعة", 7), ("ثمان", 8), ("ثماني", 8), ("ثمانية", 8), ("تسع", 9), ("تسعة", 9),
    ("عشر", 10), ("عشرة", 10),
    ("أحد عشر", 11), ("إحدى عشرة", 11), ("اثنا عشر", 12), ("اثني عشر", 12), ("اثنتا عشرة", 12),
    ("ثلاثة عشر", 13), ("خمس عشرة", 15), ("تسعة عشر", 19),
    ("عشرون", 20), ("عشرين", 20), ("ثلاثون", 30), ("أربعين", 40), ("خمسون", 50), ("ستين", 60), ("سبعون", 70),
    ("ثمانين", 80), ("تسعون", 90),
    ("خمسة وعشرون", 25), ("ثلاثة وعشرين", 23), ("واحد وثلاثون", 31), ("تسع و تسعين", 99),
    ("مئة", 100), ("مائة", 100), ("مئتان", 200), ("مئتين", 200), ("مئتا", 200), ("مائتان", 200),
    ("ثلاثمئة", 300), ("ثلاثمائة", 300), ("ثلاث مئة", 300), ("أربعمئة", 400), ("خمسمائة", 500),
    ("ستمئة", 600), ("سبعمئة", 700), ("ثمانمئة", 800), ("ثمانيمائة", 800), ("تسعمئة", 900),
    ("مئة وخمسة", 105), ("مئة وخمسون", 150), ("مئتان وثلاثة وأربعون", 243), ("مئة وثلاثة عشر", 113),
    ("ألف", 1000), ("ألفان", 2000), ("ألفين", 2000), ("ثلاثة آلاف", 3000), ("عشرة آلاف", 10000),
    ("خمسة عشر ألفا", 15000), ("عشرين ألف", 20000), ("مئة ألف", 100000),
    ("ألف وخمسمئة", 1500), ("ألف ومئتان وخمسون", 1250), ("ثلاثة آلاف وسبعمئة واثنا عشر", 3712),
    ("مليون", 1_000_000), ("ثلاثة ملايين", 3_000_000),
])
def test_parse_number(words: str, value: int) -> None:
    assert parse_number(words) == value


@pytest.mark.parametrize("words", ["", "قتلى", "خمسة قتلى", "أحد", "آلاف", "الخمسة", "t4", "3.5"])
def test_parse_number_rejects(words: str) -> None:
    assert parse_number(words) is None


def test_parse_number_arabic_indic_digits() -> None:
    assert parse_number("١٥") == 15
    assert parse_number("٢٠١٧") == 2017


# --- exact counts ----------------------------------------------------------------------------------------------


def test_digits_exact() -> None:
    assert one("قتل 31 مدنيا في القصف") == ("31", 31, 31, "exact", 31, False)


def test_arabic_indic_digits_are_normalised_first() -> None:
    original = "قتل ٤٥ عنصرا في الاشتباكات"
    text = normalize(original).text
    [q] = find_quantities(text)
    assert (q.low, q.value) == (45, 45)
    assert normalize(original).original_span(q.start, q.end) == "٤٥"


def test_comma_thousands() -> None:
    assert one("نزح 1,250 شخصا عن القرية") == ("1,250", 1250, 1250, "exact", 1250, False)


def test_number_words_in_a_sentence() -> None:
    found = quantities("قتل ثلاثة وعشرون مدنيا بينهم سبعة أطفال وخمس نساء")
    assert [(f[0], f[4]) for f in found] == [("ثلاثه وعشرون", 23), ("سبعه", 7), ("خمس", 5)]


def test_two_separate_numbers_are_not_summed() -> None:
    found = quantities("قتل خمسة وأصيب ثلاثة")
    assert [f[4] for f in found] == [5, 3]


def test_thousands_and_hundreds_in_words() -> None:
    assert one("هجر ألف ومئتان وخمسون شخصا")[4] == 1250
    assert one("نزح ثلاثة آلاف وخمسمئة مدني")[4] == 3500


def test_digits_with_multiplier_word() -> None:
    assert one("تجاوزت الحصيلة 340 ألفا")[:5] == ("340 الفا", 340000, 340000, "exact", 340000)
    assert one("نزوح 1.5 مليون شخص")[4] == 1_500_000


def test_decimal_without_multiplier_is_not_a_count() -> None:
    assert quantities("على بعد 3.5 كم من البلدة") == []


# --- clitics ---------------------------------------------------------------------------------------------------


def test_clitic_letter_glued_to_digits() -> None:
    found = quantities("ارتفع عدد القتلى لـ115 شخصا و3 عناصر وبـ12 جريحا")
    assert [(f[0], f[4]) for f in found] == [("115", 115), ("3", 3), ("12", 12)]


def test_clitic_on_number_words() -> None:
    found = quantities("قتل مدني وثلاثة عناصر وبعشرين قذيفة")
    assert [(f[0], f[4]) for f in found] == [("ثلاثه", 3), ("عشرين", 20)]


def test_wahid_is_one_not_waw_plus_ahad() -> None:
    assert one("قتل عنصر واحد")[4] == 1


def test_digits_glued_to_letters_are_not_numbers() -> None:
    assert quantities("استهدف القصف مطار T4 العسكري") == []


def test_article_on_number_word_is_not_a_count() -> None:
    assert quantities("أفرج عن الخمسة لاحقا") == []


def test_lasta_is_not_six() -> None:
    assert quantities("لست أدري") == []


# --- qualifiers ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, span, low, high, qualifier", [
    ("قتل ما لا يقل عن 31 مدنيا", "ما لا يقل عن 31", 31, None, "at_least"),
    ("قتل على الأقل 31 مدنيا", "علي الاقل 31", 31, None, "at_least"),
    ("قتل 31 على الأقل", "31 علي الاقل", 31, None, "at_least"),
    ("قتل 31 مدنيا على الأقل", "31 مدنيا علي الاقل", 31, None, "at_least"),
    ("قتل 31 شخصا أو أكثر", "31 شخصا او اكثر", 31, None, "at_least"),
    ("أصيب أكثر من 50 شخصا", "اكثر من 50", 51, None, "more_than"),
    ("أصيب ما يزيد عن 50 شخصا", "ما يزيد عن 50", 51, None, "more_than"),
    ("أصيب ما يزيد على خمسين شخصا", "ما يزيد علي خمسين", 51, None, "more_than"),
    ("أصيب أزيد من 50 شخصا", "ازيد من 50", 51, None, "more_than"),
    ("قتل نحو 20 عنصرا", "نحو 20", 20, 20, "about"),
    ("قتل حوالي 20 عنصرا", "حوالي 20", 20, 20, "about"),
    ("قتل قرابة 20 عنصرا", "قرابه 20", 20, 20, "about"),
    ("قتل زهاء عشرين عنصرا", "زهاء عشرين", 20, 20, "about"),
    ("قتل ما يقارب 20 عنصرا", "ما يقارب 20", 20, 20, "about"),
    ("قتل ما يناهز 20 عنصرا", "ما يناهز 20", 20, 20, "about"),
    ("قتل 20 عنصرا تقريبا", "20 عنصرا تقريبا", 20, 20, "about"),
    ("قد يصل العدد حتى 10 قتلى", "حتي 10", None, 10, "up_to"),
    ("ارتفع العدد إلى ما يصل إلى 10", "ما يصل الي 10", None, 10, "up_to"),
    ("قتل عدد لا يزيد عن 10", "لا يزيد عن 10", None, 10, "up_to"),
    ("قتل أقل من 10 أشخاص", "اقل من 10", None, 9, "up_to"),
])
def test_qualifiers(sentence: str, span: str, low, high, qualifier: str) -> None:
    got = one(sentence)
    assert got[:4] == (span, low, high, qualifier)


def test_qualifier_with_clitic_starts_after_the_clitic() -> None:
    assert one("ارتفع العدد لنحو 20 قتيلا")[0] == "نحو 20"
    assert one("ارتفعت الحصيلة لأكثر من 100")[:4] == ("اكثر من 100", 101, None, "more_than")


def test_qualifier_glued_preposition() -> None:
    assert one("خسائر ما يقدر بـ30 عنصرا")[:4] == ("ما يقدر ب30", 30, 30, "about")


def test_value_is_the_number_as_written() -> None:
    [q] = find_quantities(normalize("أكثر من 50").text)
    assert isinstance(q, Quantity)
    assert (q.value, q.low, q.high) == (50, 51, None)


def test_after_qualifier_does_not_jump_over_another_count() -> None:
    found = quantities("قتل 5 مدنيين وثلاثة أطفال على الأقل")
    assert [(f[4], f[3]) for f in found] == [(5, "exact"), (3, "at_least")]


def test_after_qualifier_stops_at_punctuation() -> None:
    found = quantities("قتل 5 مدنيين، على الأقل في المدينة")
    assert found[0][3] == "exact"


# --- vague counts ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, span", [
    ("سقط عشرات القتلى", "عشرات"),
    ("سقط العشرات من القتلى", "العشرات"),
    ("أدى القصف لعشرات الإصابات", "عشرات"),
    ("قتل المدنيون بالعشرات", "العشرات"),
    ("نزح المئات من العائلات", "الميات"),
    ("نزح مئات الأشخاص", "ميات"),
    ("فر الآلاف من السكان", "الالاف"),
    ("فر آلاف السكان", "الاف"),
    ("نزح عشرات الآلاف من المدنيين", "عشرات الالاف"),
    ("أصيب عدد من المدنيين", "عدد من"),
    ("أصيب العديد من المدنيين", "العديد من"),
    ("أصيب بضعة عناصر", "بضعه"),
    ("أصيب بضع عناصر", "بضع"),
    ("قصفت عدة قرى", "عده"),
    ("أصيب عدد كبير من المدنيين", "عدد كبير من"),
    ("وصلت أعداد من النازحين", "اعداد من"),
])
def test_vague(sentence: str, span: str) -> None:
    assert one(sentence) == (span, None, None, "vague", None, False)


def test_after_him_is_not_several() -> None:
    assert quantities("وصل بعده المسعفون") == []


def test_number_adjective_is_not_vague() -> None:
    assert quantities("ارتفع عدد القتلى") == []


# --- percent ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, span", [
    ("دمر 90% من المنازل", "90%"),
    ("دمر ٩٠٪ من المنازل", "90%"),
    ("دمر 90 بالمئة من المنازل", "90 بالميه"),
    ("دمر 90 بالمائة من المنازل", "90 بالمايه"),
    ("دمر 90 في المئة من المنازل", "90 في الميه"),
])
def test_percent(sentence: str, span: str) -> None:
    assert one(sentence) == (span, 90, 90, "exact", 90, True)


def test_percent_with_qualifier() -> None:
    assert one("دمر أكثر من 60% من الحي")[:6] == ("اكثر من 60%", 61, None, "more_than", 60, True)


# --- numbers that belong to dates ------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "قتل في عام 2017",
    "قتل في العام 2016",
    "في سنة 2015",
    "منذ 2011",
    "في الـ 16 من تشرين الثاني",
    "في 16 تشرين الثاني 2017",
    "في 16 من شهر آذار",
    "في 3 أيار",
    "في 7 آب",
    "في نوفمبر 2017",
    "في تشرين الثاني / نوفمبر 2017",
    "في نوفمبر (تشرين الثاني) 2017",
    "من العام الجاري 2017",
    "يوم الخميس الـ 16",
    "اليوم الـ 19 من الشهر ذاته",
    "حتى الـ 18 منه",
    "من 10 إلى 15 آذار",
    "خلال الـ 24 ساعة الماضية",
    "خلال الساعات الـ 48 الأخيرة",
    "في 19/11/2017",
    "في 2017-11-19",
])
def test_date_numbers_are_not_counts(sentence: str) -> None:
    assert quantities(sentence) == []


def test_count_after_a_date_is_kept() -> None:
    found = quantities("قتل أمس 5 أشخاص وفي 16 آذار 2011 قتل 7")
    assert [f[4] for f in found] == [5, 7]


def test_year_sized_count_is_kept() -> None:
    assert one("نزح 2000 شخص")[4] == 2000


# --- offsets and ranges ----------------------------------------------------------------------------------------


def test_start_end_window() -> None:
    text = normalize("قتل 5 عناصر. وأصيب أكثر من 10 مدنيين.").text
    cut = text.index(".") + 1
    assert [q.value for q in find_quantities(text, 0, cut)] == [5]
    [q] = find_quantities(text, cut)
    assert (q.value, q.qualifier, text[q.start:q.end]) == (10, "more_than", "اكثر من 10")


def test_window_stops_a_qualifier_reaching_back() -> None:
    text = normalize("أكثر من 10").text
    [q] = find_quantities(text, text.index("1"))
    assert (q.qualifier, q.start) == ("exact", text.index("1"))


def test_quantities_do_not_overlap_and_are_ordered() -> None:
    text = normalize("قتل 3 مدنيين وأصيب ما لا يقل عن 20 آخرين بينهم عشرات الأطفال و1,500 نازح").text
    found = find_quantities(text)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    assert [q.value for q in found] == [3, 20, None, 1500]


def test_ordinal_teen_is_not_ten() -> None:
    assert quantities("شاب في الخامسة عشرة من عمره") == []
    assert quantities("في الحادي عشر من الشهر") == []


# --- written forms added for casualty counts -----------------------------------------------------------------


def test_a_count_between_slashes_and_not_a_date():
    assert one("قتل /8/ مدنيين")[1:3] == (8, 8)
    assert quantities("في 12/5/2020 قتل") == []


def test_digits_added_after_thousands():
    assert one("وصل العدد إلى 34 ألفاً و473 شخصاً")[1] == 34473


def test_a_number_after_the_word_year_is_a_year_only_when_it_can_be_one():
    assert quantities("قتل في عام 2017 مدنيون") == []
    assert one("منذ مطلع العام 2500 مدني")[1] == 2500


def test_six_takes_only_a_conjunction():
    assert quantities("لست أدري") == []
    assert one("وست نساء")[1] == 6
