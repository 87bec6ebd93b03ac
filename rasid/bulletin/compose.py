"""A bulletin's text in one language: the gathered data (rasid.bulletin.data) written with the templates, every
figure and event line carrying the numbers of its notes (the reports and sentences it comes from).

The document is plain data: rasid.bulletin.render writes it as HTML, Markdown or PDF.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .. import __version__
from . import charts, mapping
from ..store.views import Toll
from .data import Bulletin, MainEvent, ReportInfo, cited
from .language import Language
from .scene import Scene

@dataclass(frozen=True)
class Note:
    number: int
    report: ReportInfo
    evidence: str
    text: str  # the note as written, evidence included


@dataclass
class Notes:
    """Numbered notes, one per report sentence, numbered in order of first citation."""

    lang: Language
    reports: dict[int, ReportInfo]
    items: list[Note] = field(default_factory=list)
    _index: dict[tuple[int, str], int] = field(default_factory=dict)

    def cite(self, report_id: int | None, evidence: str) -> int | None:
        if report_id is None or report_id not in self.reports:
            return None
        key = (report_id, evidence)
        if key not in self._index:
            report = self.reports[report_id]
            lang = self.lang
            text = lang.text(
                "note", outlet=lang.text("note_outlet", outlet=lang.isolate(report.outlet)) if report.outlet else "",
                date=lang.text("note_date", date=lang.date(report.report_date)) if report.report_date else "",
                doc_id=lang.isolate(report.doc_id), evidence=lang.isolate(evidence))
            self._index[key] = len(self.items) + 1
            self.items.append(Note(len(self.items) + 1, report, evidence, text))
        return self._index[key]

    def cite_all(self, quotes) -> list[int]:
        """Notes for (report_id, evidence) pairs, each once, in order."""
        numbers = [self.cite(report_id, evidence) for report_id, evidence in quotes]
        return list(dict.fromkeys(n for n in numbers if n is not None))


@dataclass(frozen=True)
class Line:
    """A sentence or a table cell with the notes it rests on."""

    text: str
    refs: tuple[int, ...] = ()
    more: str = ""  # «and 40 more figures», when the notes were capped
    key: str = ""  # what the line is about, for machines: an event id


@dataclass(frozen=True)
class TollRow:
    side: str
    killed: Line
    killed_range: str
    injured: Line
    injured_range: str
    key: str = ""  # the side's actor ids joined by + (SYR_GOV+HEZBOLLAH), as `rasid totals --group` takes them


@dataclass
class PlaceGroup:
    place: str
    lines: list[Line] = field(default_factory=list)


@dataclass
class DayGroup:
    day: str
    iso: str
    places: list[PlaceGroup] = field(default_factory=list)


@dataclass
class Document:
    lang: Language
    title: str
    kicker: str
    lead: list[Line] = field(default_factory=list)
    empty: bool = False
    toll: list[TollRow] = field(default_factory=list)
    toll_total: TollRow | None = None
    control: list[Line] = field(default_factory=list)
    days: list[DayGroup] = field(default_factory=list)
    more_events: str = ""
    method: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    pictures: dict[str, Scene] = field(default_factory=dict)  # map, timeline, sides
    footer: str = ""

    def t(self, key: str, **values) -> str:
        return self.lang.text(key, **values)


def compose(bulletin: Bulletin, lang: Language, boundaries: dict | None = None, today: date | None = None) -> Document:
    """The bulletin's document in `lang`; `boundaries`, the outlines for the map (default: the gazetteer's)."""
    area = _area_name(bulletin, lang)
    period = lang.period(bulletin.start, bulletin.end)
    footer = lang.text("generated", version=__version__, today=lang.date(today or date.today()))
    doc = Document(lang, "", lang.text("kicker"), footer=footer)
    if bulletin.empty:
        state = lang.text("empty_state_confirmed") if bulletin.request.state == "confirmed" else ""
        doc.title = _capitalised(lang.text("headline_empty", area=area, period=period))
        doc.lead = [Line(lang.text("empty", area=area, period=period, state=state))]
        doc.empty = True
        return doc
    notes = Notes(lang, bulletin.report_info)
    doc.title = _capitalised(_headline(bulletin, lang, area, period))
    doc.toll, doc.toll_total = _toll(bulletin, lang, notes)
    doc.control = [_change(change, lang, notes) for change in bulletin.control]
    doc.lead = _lead(bulletin, lang, area, doc.control)
    doc.days = _days(bulletin.main_events, lang, notes)
    hidden = bulletin.events - len(bulletin.main_events)
    doc.more_events = lang.text("events_more", n=lang.number(hidden)) if hidden > 0 else ""
    doc.method = _method(bulletin, lang)
    doc.notes = notes.items
    pictures = {"map": mapping.map_scene(bulletin, lang, boundaries), "timeline": charts.timeline(bulletin, lang),
                "sides": charts.deaths_by_side(bulletin, lang)}
    doc.pictures = {name: scene for name, scene in pictures.items() if scene is not None}
    return doc


def _capitalised(text: str) -> str:
    """«All areas, …»: the headline starts with a capital where the script has them."""
    return text[:1].upper() + text[1:]


def _area_name(bulletin: Bulletin, lang: Language) -> str:
    area = bulletin.area
    if area.kind == "all":
        return lang.text("area_all")
    return lang.place(area.name_ar, area.name_en)


def _killed(bulletin: Bulletin) -> Toll:
    total = Toll([], "killed", 0, 0, 0)
    for side in bulletin.sides:
        total.low += side.killed.low
        total.best += side.killed.best
        total.high += side.killed.high
    return total


def _headline(bulletin: Bulletin, lang: Language, area: str, period: str) -> str:
    killed = _killed(bulletin)
    if killed.low or killed.best:
        return lang.text("headline", area=area, period=period, killed=lang.count("at_least_killed", killed.low),
                         events_in=lang.count("events_in", bulletin.events))
    return lang.text("headline_no_deaths", area=area, period=period, events=lang.count("events", bulletin.events))


def _lead(bulletin: Bulletin, lang: Language, area: str, control: list[Line]) -> list[Line]:
    lines = []
    if bulletin.events and bulletin.start and bulletin.end:
        text = lang.text("lead_events", start=lang.date(bulletin.start), end=lang.date(bulletin.end), area=area,
                         events=lang.count("events", bulletin.events), reports=lang.count("reports", bulletin.reports),
                         outlets=lang.count("outlets", bulletin.outlets))
        if bulletin.types:
            name, n = bulletin.types[0]
            text += lang.text("lead_top_type", top_type=lang.event_type(name), top_count=lang.number(n))
        lines.append(Line(text))
    killed = _killed(bulletin)
    if killed.low or killed.best:
        top = max(bulletin.sides, key=lambda s: s.killed.best)
        values = {"killed": lang.count("people_killed", killed.low), "best": lang.number(killed.best),
                  "low": lang.number(killed.low), "high": lang.number(killed.high),
                  "top_side": lang.side(top.group), "top_killed": lang.number(top.killed.best)}
        exact = killed.low == killed.best == killed.high
        lines.append(Line(lang.text("lead_killed_exact" if exact else "lead_killed", **values)))
    else:
        lines.append(Line(lang.text("lead_no_deaths")))
    injured = sum(s.injured.low for s in bulletin.sides)
    if injured:
        lines.append(Line(lang.text("lead_injured", injured=lang.count("people_injured", injured))))
    if control:
        first = control[0]
        lines.append(Line(lang.text("lead_control", changes=lang.count("changes", len(control)),
                                    first=_change_phrase(bulletin.control[0], lang)), first.refs))
    return lines


def _cell(count: Toll, lang: Language, notes: Notes) -> tuple[Line, str]:
    """A side's figure for one outcome, its range, and its notes (the largest figures first, capped)."""
    quoted = cited(count)
    refs = notes.cite_all((f.report_id, f.evidence) for f in quoted)
    hidden = len(count.figures) - len(quoted)
    more = lang.text("toll_more", n=lang.number(hidden)) if hidden else ""
    span = (f"{lang.number(count.low)}–{lang.number(count.high)}" if count.high != count.low else "")
    return Line(lang.number(count.best), tuple(refs), more), span


def _toll(bulletin: Bulletin, lang: Language, notes: Notes) -> tuple[list[TollRow], TollRow | None]:
    rows = []
    for side in bulletin.sides:
        killed, killed_range = _cell(side.killed, lang, notes)
        injured, injured_range = _cell(side.injured, lang, notes)
        rows.append(TollRow(lang.side(side.group), killed, killed_range, injured, injured_range,
                            "+".join(side.group)))
    if len(rows) < 2:
        return rows, None
    sums = {}
    for outcome in ("killed", "injured"):
        counts = [getattr(side, outcome) for side in bulletin.sides]
        low, best, high = (sum(getattr(c, k) for c in counts) for k in ("low", "best", "high"))
        sums[outcome] = (Line(lang.number(best)), f"{lang.number(low)}–{lang.number(high)}" if low != high else "")
    return rows, TollRow(lang.text("toll_total"), *sums["killed"], *sums["injured"], "total")


def _change_phrase(change, lang: Language) -> str:
    phrase = lang.text(f"control_{change.change}", actor=lang.actor(change.actor),
                       place=lang.place(change.place_ar, change.place_en))
    if change.share is not None:
        phrase += lang.text("control_share", share=lang.percent(change.share))
    return phrase


def _change(change, lang: Language, notes: Notes) -> Line:
    phrase = _change_phrase(change, lang)
    text = lang.text("control_line", date=lang.date(change.date), change=phrase) if change.date else phrase + "."
    return Line(text, tuple(notes.cite_all((q.report_id, q.evidence) for q in change.quotes)))


def _days(main_events: list[MainEvent], lang: Language, notes: Notes) -> list[DayGroup]:
    """Days in order; within a day, places and their events most serious first (the order events come in).
    Lines are written in the order they are shown, so that their notes are numbered in reading order."""
    days: dict[date | None, dict[str, list[MainEvent]]] = {}
    for item in main_events:
        event = item.event
        place = lang.place(event.location.name_ar, event.location.name_en) if event.location else \
            lang.text("place_unknown")
        days.setdefault(event.date_start, {}).setdefault(place, []).append(item)
    out = []
    for day, places in sorted(days.items(), key=lambda item: item[0] or date.max):
        groups = [PlaceGroup(place, [_event_line(item, lang, notes) for item in items])
                  for place, items in places.items()]
        out.append(DayGroup(lang.date(day, weekday=True) if day else lang.text("place_unknown"),
                            day.isoformat() if day else "", groups))
    return out


def _event_line(item: MainEvent, lang: Language, notes: Notes) -> Line:
    event = item.event
    actors = lang.join([lang.actor(a) for a in event.actors])
    targets = lang.join([lang.actor(a) for a in event.targets])
    sides = (lang.text("event_sides_two", actors=actors, targets=targets) if actors and targets
             else lang.text("event_sides_one", actors=actors or targets) if actors or targets else "")
    toll = ""
    if event.fatalities_best or event.fatalities_high:
        toll = lang.text("event_killed", killed=lang.count("killed", event.fatalities_best))
        if event.fatalities_low != event.fatalities_high:
            toll += lang.text("event_range", low=lang.number(event.fatalities_low),
                              high=lang.number(event.fatalities_high))
    if item.injured:
        toll += lang.text("event_injured", injured=lang.count("injured", item.injured))
    text = lang.text("event_line", type=lang.sub_event_type(event.sub_event_type), sides=sides, toll=toll)
    return Line(text, tuple(notes.cite_all((s.report_id, s.evidence) for s in event.sources)), key=str(event.id))


def _method(bulletin: Bulletin, lang: Language) -> list[str]:
    states = bulletin.by_state
    paragraphs = [
        lang.text("method_sources", reports=lang.count("reports", bulletin.reports),
                  outlets=lang.count("outlets", bulletin.outlets), events_in=lang.count("events_in", bulletin.events)),
        lang.text("method_rule"),
        lang.text("method_state_confirmed" if bulletin.request.state == "confirmed" else "method_state_all",
                  unreviewed=lang.number(states.get("unreviewed", 0)), rejected=lang.number(states.get("rejected", 0))),
    ]
    if states.get("edited"):
        paragraphs.append(lang.text("method_edited"))
    paragraphs.append(lang.text("method_notes"))
    return paragraphs
