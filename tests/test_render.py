"""The `table` format and its helpers: display widths and the `visual` bidi reordering."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import date

import pytest

from rasid.cli.render import (
    display_width,
    format_table,
    pad,
    render_table,
    truncate,
    visual,
)
from rasid.records import Casualty, Control, Event, Evidence, Location, ReportRecord

EV = Evidence(0, 4, "نص")


def sample_record() -> ReportRecord:
    return ReportRecord(
        doc_id="r17",
        report_date=date(2023, 3, 14),
        events=[
            Event("Battles", "Armed clash", date(2023, 3, 14), date(2023, 3, 14),
                  Location("مورك", "Morek", "Hama"), ["SYR_GOV"], ["OPPOSITION"], EV),
            Event("Explosions/Remote violence", "Shelling/artillery/missile attack", date(2023, 3, 12),
                  date(2023, 3, 14), Location("اللَّطامِنة", "Al-Lataminah", "Hama"), ["SYR_GOV", "RUSSIA"], [], EV),
        ],
        casualties=[
            Casualty(["SYR_GOV"], "killed", 9, None, "at_least", date(2023, 3, 14), date(2023, 3, 14), "مورك", EV,
                     admin1="Hama"),
            Casualty(["SYR_GOV"], "injured", 13, None, "more_than", None, None, "مورك", EV),
            Casualty(["CIVILIANS"], "killed", 4, 4, "exact", None, None, "اللطامنة", EV),
            Casualty(["CIVILIANS"], "killed", 2, 2, "exact", None, None, None, EV, subset_of=2),
            Casualty(["CIVILIANS"], "injured", 10, 10, "about", None, None, None, EV),
            Casualty(["OPPOSITION"], "killed", None, 5, "up_to", None, None, None, EV),
            Casualty(["OPPOSITION", "SYR_GOV"], "killed", None, None, "vague", None, None, None, EV),
            Casualty(["SYR_GOV"], "killed", 37, 37, "exact", date(2023, 3, 1), date(2023, 3, 14), None, EV, tally=True),
        ],
        control=[Control("الحويز", "Al-Huwayz", "Hama", "SYR_GOV", "gained", 0.9, date(2023, 3, 14), EV),
                 Control("تل ملح", None, None, "OPPOSITION", "lost", None, None, EV)],
    )


def section(text: str, title: str) -> list[str]:
    """The table lines of one section (its header row, rule and rows)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(title))
    out = []
    for line in lines[start + 1:]:
        if not line.startswith("    "):
            break
        out.append(line)
    return out


def rule_starts(rule: str) -> list[int]:
    """Display columns where the dash runs of a table's rule line start."""
    return [m.start() for m in re.finditer(r"-+", rule)]  # the rule is ASCII: one char, one cell


def cells_by_column(line: str) -> dict[int, str]:
    """Each display column of a line mapped to the character drawn there (marks stay with their base)."""
    out: dict[int, str] = {}
    col = 0
    for ch in line:
        width = display_width(ch)
        if width:
            out[col] = ch
        col += width
    return out


# --- widths ----------------------------------------------------------------------------------------------


def test_display_width():
    assert display_width("abc") == 3
    assert display_width("مورك") == 4
    assert display_width("كَتَبَ") == 3  # harakat take no cell
    assert display_width("اللَّطامِنة") == 8
    assert display_width("a\u200db\u200f") == 2  # joiners and direction marks
    assert display_width("حلب٣") == 4
    assert display_width("東京") == 4
    assert display_width("") == 0


def test_pad_and_truncate_count_display_cells():
    assert pad("كَتَبَ", 5) == "كَتَبَ  "
    assert pad("12", 5, right=True) == "   12"
    assert display_width(pad("اللَّطامِنة", 12)) == 12
    assert truncate("short", 10) == "short"
    cut = truncate("Explosions/Remote violence", 10)
    assert cut.endswith("…") and display_width(cut) <= 10
    cut = truncate("كَتَبَ كَتَبَ كَتَبَ", 5)
    assert display_width(cut) <= 5 and cut.endswith("…")


def test_format_table_aligns_by_display_width():
    rows = [("1", "كَتَبَ", "x"), ("22", "abc defg", "y"), ("3", "اللَّطامِنة", "z")]
    lines = format_table(("#", "Name", "Last"), rows, right=(0,))
    assert lines[1].split() == ["--", "--------", "----"]
    starts = rule_starts(lines[1])
    assert starts == [0, 4, 14]
    for line in [lines[0]] + lines[2:]:
        cells = cells_by_column(line)
        assert cells[1] != " " and cells[14] != " " and cells[4] != " ", line  # '#' right-aligned
        assert cells[12] == cells[13] == " "


# --- visual ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "SYR_GOV → OPPOSITION", "2023-03-14", "12–?", "plain text (1)"])
def test_visual_leaves_text_without_rtl_letters_alone(text):
    assert visual(text) == text


def test_visual_reverses_arabic_words_and_runs():
    assert visual("سلام") == "مالس"
    assert visual("قوات النظام") == "ماظنلا تاوق"


def test_visual_keeps_numbers_in_reading_order():
    assert visual("قتل 12 شخصا") == "اصخش 12 لتق"
    assert visual("بينهم 125 طفلا و 3 نساء") == "ءاسن 3 و الفط 125 مهنيب"
    assert visual("نسبة 90% من البلدة").startswith("ةدلبلا نم")


def test_visual_keeps_latin_runs_in_reading_order():
    assert visual("مورك · Morek · Hama") == "كروم · Morek · Hama"
    assert visual("Hama: مورك") == "Hama: كروم"
    assert visual("قوات SDF هنا") == "تاوق SDF انه"


def _clusters(text: str) -> list[str]:
    out: list[str] = []
    for ch in text:
        if out and unicodedata.category(ch) == "Mn":
            out[-1] += ch
        else:
            out.append(ch)
    return out


def test_visual_keeps_combining_marks_after_their_letter():
    assert visual("كَتَبَ") == "بَتَكَ"
    word = "اللَّطامِنة"
    assert visual(word) == "".join(reversed(_clusters(word)))
    assert unicodedata.category(visual(word)[0]) != "Mn"


def test_visual_mirrors_brackets_inside_arabic():
    assert visual("قتل 4 (بينهم طفلان)") == "(نالفط مهنيب) 4 لتق"
    assert visual("قتل (3) مدنيين") == "نييندم (3) لتق"
    assert visual("Idlib (إدلب)") == "Idlib (بلدإ)"


def test_visual_line_by_line_and_trailing_spaces():
    assert visual("سلام\nمورك") == "مالس\nكروم"
    assert visual("مورك  ") == "كروم  "


def test_visual_keeps_the_width_and_the_characters():
    for text in ("قتل 12 شخصا (بينهم 3 أطفال)", "كَتَبَ · Morek", "اللَّطامِنة Hama 2023-03-14"):
        shown = visual(text)
        assert display_width(shown) == display_width(text)
        mirrored = text.translate(str.maketrans("()", ")("))
        assert Counter(shown) in (Counter(text), Counter(mirrored))


def test_visual_dates_inside_arabic_read_as_in_arabic_text():
    # As the bidi algorithm shows an ISO date in a right-to-left run: its parts in reverse order.
    assert visual("في 2023-03-14") == "14-03-2023 يف"


# --- the table -------------------------------------------------------------------------------------------


def test_table_header_and_sections():
    out = render_table(sample_record())
    first = out.splitlines()[0]
    assert first.startswith("Report r17")
    assert "2023-03-14" in first
    assert "2 events" in first and "8 casualty counts" in first and "2 control statements" in first
    for title in ("Events (2)", "Casualties (8)", "Control (2)"):
        assert title in out
    assert out.endswith("\n")


def test_table_events():
    rows = section(render_table(sample_record()), "Events")
    assert rows[0].split()[:4] == ["#", "Type", "/", "sub-type"]
    assert "Battles / Armed clash" in rows[2]
    assert "مورك · Morek · Hama" in rows[2]
    assert "SYR_GOV → OPPOSITION" in rows[2]
    assert "Explosions/Remote violence / Shelling/artillery/missile attack" in rows[3]
    assert "2023-03-12 – 2023-03-14" in rows[3]
    assert "SYR_GOV, RUSSIA" in rows[3]


def test_table_casualties_counts_and_qualifiers_in_words():
    rows = section(render_table(sample_record()), "Casualties")
    body = rows[2:]
    assert len(body) == 8
    assert "9–?" in body[0] and "at least 9" in body[0] and "مورك · Hama" in body[0]
    assert "13–?" in body[1] and "more than 12" in body[1]
    assert "exactly 4" in body[2]
    assert "CIVILIANS (of #3)" in body[3]
    assert "about 10" in body[4]
    assert "?–5" in body[5] and "up to 5" in body[5]
    assert "an unspecified number" in body[6] and "OPPOSITION, SYR_GOV" in body[6]
    assert "tally" in body[7] and "2023-03-01 – 2023-03-14" in body[7]
    assert not any("tally" in row for row in body[:7])


def test_table_control():
    rows = section(render_table(sample_record()), "Control")
    assert "الحويز · Al-Huwayz · Hama" in rows[2] and "gained" in rows[2] and "90%" in rows[2]
    assert "تل ملح" in rows[3] and "lost" in rows[3] and "–" in rows[3]


@pytest.mark.parametrize("bidi", ["logical", "visual"])
@pytest.mark.parametrize("title", ["Events", "Casualties", "Control"])
def test_table_columns_line_up(title, bidi):
    rows = section(render_table(sample_record(), bidi=bidi), title)
    starts = rule_starts(rows[1])
    for row in [rows[0]] + rows[2:]:
        cells = cells_by_column(row)
        for col in starts[1:]:
            # two spaces of gap before every column: no cell runs into the next one
            assert cells.get(col - 1, " ") == " " and cells.get(col - 2, " ") == " ", (row, col)
    if title == "Events":  # all cells filled, left-aligned: each starts exactly at its column
        for row in rows[2:]:
            cells = cells_by_column(row)
            assert all(cells.get(col, " ") != " " for col in starts[1:]), row


def test_table_empty_record():
    out = render_table(ReportRecord(doc_id="x", report_date=None))
    assert out.splitlines() == [
        "Report x  |  date unknown  |  0 events, 0 casualty counts, 0 control statements",
        "  Events: none",
        "  Casualties: none",
        "  Control: none",
    ]


def test_table_from_dict_is_the_same():
    rec = sample_record()
    assert render_table(rec.to_dict()) == render_table(rec)


def test_table_visual_mode_reorders_arabic_only():
    rec = sample_record()
    logical = render_table(rec)
    shown = render_table(rec, bidi="visual")
    assert "مورك · Morek · Hama" in logical
    assert "كروم · Morek · Hama" in shown
    assert "كروم" not in logical
    # Everything without Arabic is the same in both modes.
    for a, b in zip(logical.splitlines(), shown.splitlines()):
        if not any("\u0600" <= ch <= "\u06ff" for ch in a):
            assert a == b
        assert display_width(a) == display_width(b)
    assert len(logical.splitlines()) == len(shown.splitlines())


def test_table_no_trailing_spaces():
    for line in render_table(sample_record()).splitlines():
        assert line == line.rstrip()
