"""The words of a bulletin in one language: templates kept as data, numbers, dates, counted nouns and labels.

The templates are `rasid/data/lang/<ar|en>/bulletin/templates.toml`, which an analyst may edit. Actor names and
event-type labels come from rasid.taxonomy, governorate names in Arabic from the gazetteer.
"""
from __future__ import annotations

import calendar
import re
import tomllib
from dataclasses import dataclass
import datetime as dt
from functools import lru_cache
from importlib import resources

from .. import taxonomy

LANGUAGES = ("ar", "en")
DIGITS = ("western", "arabic")
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_ARABIC_THOUSANDS = "٬"
_STRONG = {"rtl": re.compile(r"[A-Za-z]"), "ltr": re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")}


@lru_cache(maxsize=None)
def templates(lang: str) -> dict:
    """The template file of `lang`, parsed."""
    path = resources.files("rasid.data").joinpath(f"lang/{lang}/bulletin/templates.toml")
    return tomllib.loads(path.read_text(encoding="utf-8"))


def plural_category(lang: str, n: int) -> str:
    """The CLDR plural category of `n`: Arabic has zero, one, two, few (3-10), many (11-99) and other."""
    if lang != "ar":
        return "one" if n == 1 else "other"
    if n in (0, 1, 2):
        return ("zero", "one", "two")[n]
    rest = n % 100
    return "few" if 3 <= rest <= 10 else "many" if 11 <= rest <= 99 else "other"


@dataclass(frozen=True)
class Language:
    """Writes a bulletin's numbers, dates and phrases in one language and digit style."""

    code: str = "en"
    digits: str = "western"

    @property
    def data(self) -> dict:
        return templates(self.code)

    @property
    def direction(self) -> str:
        return self.data["direction"]

    def digits_of(self, text: str) -> str:
        """`text` with its digits in the chosen style (only text Rasid writes: report quotations keep theirs)."""
        return text.translate(_ARABIC_DIGITS) if self.digits == "arabic" else text

    def isolate(self, text: str) -> str:
        """`text` between Unicode bidi isolates (FSI … PDI) when it holds letters of the other direction (a Latin
        outlet or report id in Arabic, an Arabic place name in English), so that it cannot reorder its
        neighbours («Demo Monitor، 20 آذار»)."""
        return f"\u2068{text}\u2069" if _STRONG[self.direction].search(text) else text

    def number(self, n: int | float) -> str:
        if isinstance(n, float) and not n.is_integer():
            written = f"{n:,.1f}"
        else:
            written = f"{int(n):,}"
        separator = _ARABIC_THOUSANDS if self.digits == "arabic" else self.data["thousands_separator"]
        return self.digits_of(written.replace(",", separator))

    def percent(self, share: float) -> str:
        return self.number(round(share * 100)) + ("٪" if self.digits == "arabic" else "%")

    def text(self, key: str, **values) -> str:
        """The template `key` with its placeholders filled in; values are already written text."""
        return self.data[key].format_map(values)

    def count(self, key: str, n: int) -> str:
        """A counted noun: «3 events», «حدثان», «12 قتيلاً»."""
        forms = self.data["plural"][key]
        category = plural_category(self.code, n)
        form = forms.get(category) or forms["other"]
        return form.format(n=self.number(n))

    def date(self, day: dt.date, weekday: bool = False) -> str:
        values = {"day": self.number(day.day), "month": self.data["months"][day.month - 1],
                  "year": self.digits_of(str(day.year)), "weekday": self.data["weekdays"][day.weekday()]}
        return self.text("date_weekday" if weekday else "date", **values)

    def short_date(self, day: dt.date) -> str:
        return self.text("day_month", day=self.number(day.day), month=self.data["months_short"][day.month - 1])

    def period(self, start: dt.date | None, end: dt.date | None) -> str:
        """«1–7 March 2024», «March 2024», «من 3 إلى 17 آذار / مارس 2024», «since …», «all records»."""
        if start is None and end is None:
            return self.text("period_all")
        if end is None:
            return self.text("period_from", start=self.date(start))
        if start is None:
            return self.text("period_to", end=self.date(end))
        month = self.data["months"]
        year = self.digits_of(str(end.year))
        if (start.year, start.month) == (end.year, end.month):
            if start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]:
                return self.text("period_month", month=month[end.month - 1], year=year)
            if start == end:
                return self.date(start)
            return self.text("period_same_month", day1=self.number(start.day), day2=self.number(end.day),
                             month=month[end.month - 1], year=year)
        if start.year == end.year:
            return self.text("period_same_year", day1=self.number(start.day), month1=month[start.month - 1],
                             day2=self.number(end.day), month2=month[end.month - 1], year=year)
        return self.text("period", start=self.date(start), end=self.date(end))

    def join(self, items: list[str]) -> str:
        """«A, B and C» / «أ، ب وج»."""
        if len(items) < 2:
            return "".join(items)
        return self.data["list_separator"].join(items[:-1]) + self.data["list_last"] + items[-1]

    def actor(self, actor_id: str) -> str:
        info = taxonomy.ACTORS.get(actor_id)
        if info is None:
            return actor_id
        return info.label_ar if self.code == "ar" else info.label_en

    def side(self, group: list[str]) -> str:
        """A casualty group («SYR_GOV+HEZBOLLAH») as the names of its actors."""
        return self.join([self.actor(a) for a in group])

    def event_type(self, name: str) -> str:
        info = taxonomy.EVENT_TYPE_INFO.get(name)
        return info.label_ar if info and self.code == "ar" else name

    def sub_event_type(self, name: str) -> str:
        return taxonomy.SUB_EVENT_LABELS_AR.get(name, name) if self.code == "ar" else name

    def place(self, name_ar: str | None, name_en: str | None) -> str:
        name = (name_ar or name_en) if self.code == "ar" else (name_en or name_ar)
        return self.isolate(name) if name else self.text("place_unknown")

