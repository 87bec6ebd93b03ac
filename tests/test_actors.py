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


def test_generic_gunmen_named_by_their_group_are_that_group():
    assert actors("مسلحين من قسد") == ["SDF"]
    assert actors("مسلحين مجهولين") == ["UNKNOWN"]


def test_the_latter_is_the_side_named_before_unless_an_adjective():
    assert actors("هاجم تنظيم داعش مواقع قوات النظام، وردت الأخيرة بقصف مدفعي") == ["ISIS", "SYR_GOV", "SYR_GOV"]
    assert actors("قصفت قوات النظام المدينة الأخيرة") == ["SYR_GOV"]
