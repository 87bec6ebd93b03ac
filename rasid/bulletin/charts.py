"""The bulletin's charts as scenes (rasid.bulletin.scene): events and deaths over time, and deaths by side.

Hand-built rather than drawn by a charting library: two simple charts do not need one, and the labels must be
HTML text in the PDF (see scene.py), which no SVG-writing library offers.
"""
from __future__ import annotations

import math
from datetime import date, timedelta

from .data import Bulletin
from .language import Language
from .scene import Scene, text_width

WIDTH = 640
BAR = "#7b8fa6"
DEATHS = "#c0392b"
GRID = "#e3e7ec"
AXIS = "#6b7785"


def nice_max(value: float) -> int:
    """The smallest of 1, 2, 2.5, 5 × 10^k that is at least `value` (an axis' top)."""
    if value <= 0:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for m in (1, 2, 2.5, 5, 10):
        if m * power >= value:
            return max(1, int(math.ceil(m * power)))
    return int(10 * power)


def buckets(bulletin: Bulletin) -> tuple[str, list[tuple[date, int, int]]]:
    """Events and deaths per day, week or month (whichever keeps the bars countable), empty buckets included."""
    if not bulletin.days:
        return "day", []
    first = bulletin.start or bulletin.days[0].day
    last = bulletin.end or bulletin.days[-1].day
    first, last = min(first, bulletin.days[0].day), max(last, bulletin.days[-1].day)
    span = (last - first).days + 1
    unit = "day" if span <= 92 else "week" if span <= 730 else "month"

    def key(day: date) -> date:
        if unit == "day":
            return day
        if unit == "week":
            return day - timedelta(days=day.weekday())
        return day.replace(day=1)

    totals: dict[date, list[int]] = {}
    day = first
    while day <= last:
        totals.setdefault(key(day), [0, 0])
        day += timedelta(days=1)
    for item in bulletin.days:
        bucket = totals.setdefault(key(item.day), [0, 0])
        bucket[0] += item.events
        bucket[1] += item.killed
    return unit, [(k, v[0], v[1]) for k, v in sorted(totals.items())]


def timeline(bulletin: Bulletin, lang: Language) -> Scene | None:
    """Bars of events and a line of deaths per bucket; time runs left to right in both languages, as on the
    dashboard."""
    unit, items = buckets(bulletin)
    if not items:
        return None
    height, top, bottom, side = 230, 34, 30, 44
    scene = Scene(WIDTH, height, lang.direction, lang.text("timeline_title", unit=lang.text(f"unit_{unit}")),
                  "timeline")
    inner_w, inner_h = WIDTH - 2 * side, height - top - bottom
    events_max = nice_max(max(n for _, n, _ in items))
    deaths_max = nice_max(max(k for _, _, k in items))
    for fraction in ((0, 0.5, 1) if events_max % 2 == 0 and deaths_max % 2 == 0 else (0, 1)):
        y = top + inner_h * (1 - fraction)
        scene.add("line", x1=side, x2=WIDTH - side, y1=round(y, 1), y2=round(y, 1), stroke=GRID)
        scene.label(side - 5, y + 4, lang.number(events_max * fraction), "right", size=10, color=BAR)
        scene.label(WIDTH - side + 5, y + 4, lang.number(deaths_max * fraction), "left", size=10, color=DEATHS)
    step = inner_w / len(items)
    points = []
    for i, (start, events, killed) in enumerate(items):
        x = side + i * step
        h = inner_h * events / events_max
        what = f"{lang.short_date(start)}: {lang.count('events', events)}, {lang.count('killed', killed)}"
        if events:
            scene.add("rect", title=what, x=round(x + step * 0.1, 2), y=round(top + inner_h - h, 2),
                      width=round(max(step * 0.8, 0.8), 2), height=round(h, 2), fill=BAR, **{"class": "bar"})
        points.append((round(x + step / 2, 2), round(top + inner_h * (1 - killed / deaths_max), 2), killed))
    scene.add("polyline", points=" ".join(f"{x},{y}" for x, y, _ in points), fill="none", stroke=DEATHS,
              stroke_width=1.6, **{"class": "deaths"})
    if len(points) <= 120:
        for x, y, killed in points:
            if killed:
                scene.add("circle", cx=x, cy=y, r=2.4, fill=DEATHS)
    scene.add("line", x1=side, x2=WIDTH - side, y1=top + inner_h, y2=top + inner_h, stroke=AXIS)
    every = max(1, math.ceil(len(items) / max(1, inner_w // 80)))
    for i in range(0, len(items), every):
        start = items[i][0]
        text = lang.short_date(start) if unit != "month" else f"{lang.data['months_short'][start.month - 1]} " \
            f"{lang.digits_of(str(start.year))}"
        scene.label(side + i * step + step / 2, height - 10, text, "middle", size=10, color=AXIS)
    _legend(scene, lang, top)
    return scene


def _legend(scene: Scene, lang: Language, top: int) -> None:
    """Two keys above the plot, on the reading side."""
    entries = [(lang.text("timeline_events"), BAR, "rect"), (lang.text("timeline_deaths"), DEATHS, "line")]
    rtl = lang.direction == "rtl"
    x = scene.width - 44 if rtl else 44
    for text, color, kind in entries:
        key_x = x - 12 if rtl else x
        if kind == "rect":
            scene.add("rect", x=key_x, y=top - 22, width=12, height=10, fill=color)
        else:
            scene.add("line", x1=key_x, x2=key_x + 12, y1=top - 17, y2=top - 17, stroke=color, stroke_width=2)
        label_x = key_x - 5 if rtl else key_x + 17
        scene.label(label_x, top - 13, text, "right" if rtl else "left", size=11, color="#333")
        width = text_width(text, 11) + 36
        x = x - width if rtl else x + width


def deaths_by_side(bulletin: Bulletin, lang: Language, limit: int = 10) -> Scene | None:
    """Horizontal bars of each side's best figure, a thin line from its lowest to its highest; labels on the
    reading side (right in Arabic, where the bars grow leftwards)."""
    sides = [s for s in bulletin.sides if s.killed.best or s.killed.high][:limit]
    if not sides:
        return None
    row, label_w, value_w, pad = 28, 230, 56, 6
    height = len(sides) * row + 2 * pad
    scene = Scene(WIDTH, height, lang.direction, lang.text("sides_title"), "sides")
    rtl = lang.direction == "rtl"
    bar_max = WIDTH - label_w - value_w - 2 * pad
    top_value = max(max(s.killed.high, s.killed.best) for s in sides)
    scale = bar_max / top_value if top_value else 0

    def along(value: float) -> float:  # from the bars' base towards their end
        return WIDTH - label_w - value * scale if rtl else label_w + value * scale

    for i, side in enumerate(sides):
        y = pad + i * row
        label = _fit(lang.side(side.group), label_w - 12, 11.5)
        what = f"{lang.side(side.group)}: {lang.count('killed', side.killed.best)}"
        scene.label(WIDTH - pad if rtl else label_w - 8, y + row / 2 + 4, label, "right", size=11.5, css_class="side")
        base, end = along(0), along(side.killed.best)
        scene.add("rect", title=what, x=round(min(base, end), 2), y=y + 5, width=round(max(abs(end - base), 1.5), 2),
                  height=row - 12, fill=DEATHS, opacity=0.85, **{"class": "bar"})
        if side.killed.high > side.killed.low:
            low, high, mid = along(side.killed.low), along(side.killed.high), y + row / 2
            scene.add("line", x1=round(low, 2), x2=round(high, 2), y1=mid, y2=mid, stroke="#333", stroke_width=1)
            for x in (low, high):
                scene.add("line", x1=round(x, 2), x2=round(x, 2), y1=mid - 4, y2=mid + 4, stroke="#333")
        value_x = along(max(side.killed.best, side.killed.high))
        scene.label(value_x - 5 if rtl else value_x + 5, y + row / 2 + 4, lang.number(side.killed.best),
                    "right" if rtl else "left", size=11, color="#222", bold=True)
    return scene


def _fit(text: str, width: float, size: float) -> str:
    """`text` shortened with an ellipsis to about `width` pixels."""
    if text_width(text, size) <= width:
        return text
    while len(text) > 4 and text_width(text + "…", size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
