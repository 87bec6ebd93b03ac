"""The extraction pipeline: one report text in, one ReportRecord out.

As in spaCy, a `Pipeline` is a list of named components run in order over one `Doc`. Each component declares the
layers it reads (`requires`) and the layers it adds (`provides`); the pipeline checks when it is built that every
layer a component reads is made by one before it, so that a component can be replaced, or a new one (a learned
one included) inserted, without touching the others:

    nlp = default_pipeline()
    nlp.replace("casualties", MyCasualtyReader())
    record = nlp.extract(text, "d1")

`extract()` is the thin wrapper the CLI, the store and the API call.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Protocol

from ..geo.places import area_hints, find_places, prepare_places
from ..records import Casualty, ReportRecord
from ..text.dates import DateScan
from ..text.doc import Doc, ExtractionTimeout, Sentence, SpanIndex
from ..text.language import Language, available_languages, detect_language, get_language
from ..text.lexicon import Lexicon, LexiconSet
from ..text.numbers import find_quantities, prepare_numbers
from ..taxonomy import ARMED, NAMED_ARMED
from .actors import definite, find_actors, unique
from .assemble import event_records
from .casualties import CasualtyReader, vehicles_hit
from .control import control_records
from .events import STRIKE_TYPES, WEAPON_TYPES, EventReader
from .frames import WITHDRAWAL, Frame, event_frames

__all__ = ["Component", "ExtractionTimeout", "Pipeline", "default_pipeline", "extract", "language_note"]

# a year from 1950 to 2099 standing as a word of its own (r"\b(19[5-9][0-9]|20[0-9][0-9])\b"): the regex finds the
# four digits (its first letter known, it skips through the text in C) and _latest_date checks the boundaries
_YEAR_DIGITS = re.compile(r"(?:19[5-9]|20[0-9])[0-9]")
BASE_LAYERS = frozenset({"tokens", "sentences"})  # what a new Doc has


class Component(Protocol):
    """A pipeline step: reads the layers it requires from the Doc, adds those it provides. A step may also have a
    `prepare(language)` method, called before each report's time budget starts, that loads what it shares between
    reports (cheap once loaded)."""

    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, doc: Doc) -> None: ...


class Pipeline:
    """Named components run in order over one Doc."""

    def __init__(self, components: list[Component], lang: str = "ar"):
        self.lang = lang
        self.components: list[Component] = []
        for component in components:
            self.add(component)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def get(self, name: str) -> Component:
        for c in self.components:
            if c.name == name:
                return c
        raise KeyError(f"no component named {name!r} in the pipeline ({', '.join(self.names)})")

    def add(self, component: Component, before: str | None = None, after: str | None = None) -> None:
        position = len(self.components)
        if before is not None:
            position = self.names.index(before)
        elif after is not None:
            position = self.names.index(after) + 1
        if component.name in self.names:
            raise ValueError(f"a component named {component.name!r} is already in the pipeline")
        self._check(self.components[:position] + [component] + self.components[position:])
        self.components.insert(position, component)

    def replace(self, name: str, component: Component) -> None:
        position = self.names.index(name)
        components = self.components[:position] + [component] + self.components[position + 1:]
        self._check(components)
        self.components = components

    def remove(self, name: str) -> None:
        components = [c for c in self.components if c.name != name]
        self._check(components)
        self.components = components

    @staticmethod
    def _check(components: list[Component]) -> None:
        """Every layer a component requires is made before it."""
        made = set(BASE_LAYERS)
        for c in components:
            missing = [layer for layer in c.requires if layer not in made]
            if missing:
                raise ValueError(f"component {c.name!r} requires {', '.join(missing)}, which no component before it "
                                 "provides")
            made.update(c.provides)

    def __call__(self, doc: Doc) -> Doc:
        for component in self.components:
            doc.check_deadline()
            component(doc)
            doc.layers.update(component.provides)
        return doc

    def extract(self, text: str, doc_id: str, report_date: date | None = None,
                time_budget: float | None = None) -> ReportRecord:
        language = get_language(self.lang)
        for component in self.components:  # shared resources loaded before the report's time budget runs
            prepare = getattr(component, "prepare", None)
            if prepare is not None:
                prepare(language)
        doc = Doc(doc_id, text, self.lang, time_budget)
        doc.given_report_date = report_date
        self(doc)
        return ReportRecord(doc.doc_id, doc.report_date, doc.events, doc.casualties, doc.control, self.lang,
                            doc.unresolved_places)


# --- the components ---------------------------------------------------------------------------------------------


class LexiconMatcher:
    """One pass over the tokens for every phrase lexicon of the language (actors, triggers, cues, …)."""

    name = "lexicons"
    requires = ("tokens",)
    provides = ("matches",)
    LEXICONS = {"actors": "actors.tsv", "triggers": "triggers.tsv", "cues": "cues.tsv",
                "casualty_words": "casualty_words.tsv"}

    def __init__(self, lang: str = "ar"):
        language = get_language(lang)
        self.matcher = LexiconSet({name: language.lexicon(file) for name, file in self.LEXICONS.items()},
                                 yielding={"actors": frozenset({"@STATE"})})

    def __call__(self, doc: Doc) -> None:
        doc.matches, doc.match_starts = self.matcher.find_all(doc.tokens)


class DateReader:
    """Date expressions, read once: the report's date («اليوم …») and every date resolved against it."""

    name = "dates"
    requires = ("tokens",)
    provides = ("dates", "report_date")

    def __call__(self, doc: Doc) -> None:
        scan = DateScan(doc.stream, lang=doc.lang.code)
        doc.report_date = doc.given_report_date or scan.report_date()
        doc.dates = scan.resolve(doc.report_date or _latest_full_date(scan))


def _latest_full_date(scan: DateScan) -> date | None:
    """A report that does not fix its own day is no older than the latest full date it gives («… Aug. 22, 2021»):
    its weekdays and relative days are read against that date (the record's report date stays unknown)."""
    days = [d.date_start for d in scan.resolve(None) if d.kind == "explicit" and d.date_start is not None]
    return max(days) if days else None


class QuantityReader:
    """Counts in each sentence («ما لا يقل عن 31», «عشرات»), dates' numbers excepted."""

    name = "quantities"
    requires = ("sentences", "dates")
    provides = ("quantities",)

    def prepare(self, language: Language) -> None:
        prepare_numbers(language.code)

    def __call__(self, doc: Doc) -> None:
        dates = SpanIndex(doc.dates)
        doc.quantities = [q for s in doc.sentences
                          for q in find_quantities(doc.text, s.start, s.end, doc.stream, doc.lang.code)
                          if not dates.covering(q.start)]  # «November 16, 2017»: the year is the date's


class ActorReader:
    """Actor mentions resolved to the actor table's ids (the era decides SYR_GOV / SYR_GOV_NEW)."""

    name = "actors"
    requires = ("matches", "report_date")
    provides = ("actors",)

    def __call__(self, doc: Doc) -> None:
        doc.actors = find_actors(doc, doc.report_date or _latest_date(doc.text))


class PlaceReader:
    """Place mentions, resolved against the gazetteer (built-in plus imported)."""

    name = "places"
    requires = ("actors", "dates")
    provides = ("places",)

    def prepare(self, language: Language) -> None:
        """The gazetteer (built-in plus imported) and its indexes, ready before a report's time budget starts."""
        prepare_places(language)

    def __call__(self, doc: Doc) -> None:
        blocked = {i for a in doc.actors if a.actor != "CIVILIANS" for i in range(a.tok_start, a.tok_end)}
        for d in doc.dates:  # «تشرين» is a month before it is a village
            blocked.update(range(*doc.token_range(d.start, d.end)))
        doc.places = find_places(doc, blocked, area_hints([a.actor for a in doc.actors]))
        doc.unresolved_places = unique(p.name for p in doc.places if p.place is None and not p.anaphor)


class EventFrameReader:
    """Event frames: triggers read in their clause, with their places, sides and dates."""

    name = "events"
    requires = ("matches", "quantities", "actors", "places", "dates", "report_date")
    provides = ("frames",)

    def __call__(self, doc: Doc) -> None:
        EventReader(doc).read()


class TransferReader:
    """A withdrawal is an event of its own (a transfer of territory) only where the report tells no fighting there."""

    name = "transfers"
    requires = ("frames",)
    provides = ("frames",)

    def __call__(self, doc: Doc) -> None:
        fought = {f.place.name for f in event_frames(doc.frames) if f.place is not None and f.event_type == "Battles"}
        for w in [f for f in doc.frames if f.role == WITHDRAWAL]:
            if w.place is not None and w.place.name not in fought:
                doc.frames.append(Frame("Non-violent transfer of territory", w.trigger, w.sentence, w.clause, w.place,
                                        w.actors, w.targets, w.date_start, w.date_end, w.scope_end))


class CasualtyStatementReader:
    """Casualty counts with their group, outcome, qualifier, place, date and tally flag."""

    name = "casualties"
    requires = ("matches", "quantities", "actors", "places", "dates", "frames")
    provides = ("casualties",)

    def __call__(self, doc: Doc) -> None:
        reader = CasualtyReader(doc)
        doc.casualties = reader.read()
        doc.retold_casualties = reader.retold


class VictimTargets:
    """A strike or attack in a sentence that counts civilian dead or wounded hit civilians (GUIDELINES)."""

    name = "victims"
    requires = ("frames", "casualties")
    provides = ("frames",)

    def __call__(self, doc: Doc) -> None:
        told, retold = self._in_sentences(doc, doc.casualties), self._in_sentences(doc, doc.retold_casualties)
        # (a count left out as told again still tells who its sentence's strike hit)
        civilian = [(c, s) for c, s in told + retold if "CIVILIANS" in c.group]
        hit = {s.index for _, s in civilian}
        # the unknown men killed in a vehicle a strike hit («قتل ثلاثة أشخاص باستهداف مسيرة سيارة»): the strike is
        # told as one on people of no armed side, as for civilians
        for c, s in told:
            if c.group == ["UNKNOWN"] and vehicles_hit(doc, s.start, doc.text[s.start:s.end]):
                hit.add(s.index)
        # and a strike at the place where the report counts civilian dead or wounded, in another sentence
        places = {c.place_ar for c, _ in civilian if c.place_ar}
        for f in event_frames(doc.frames):
            at_place = f.place is not None and f.place.name_ar in places and not f.place.region
            if (f.sentence.index in hit or at_place) and f.sub_event_type in WEAPON_TYPES \
                    and "CIVILIANS" not in f.targets:
                f.targets.append("CIVILIANS")
        # «استهدفت مسيرة تركية سيارة، ما أدى لمقتل اثنين من مقاتلي قسد»: the armed side counted dead or wounded in
        # the sentence of a strike that names no side hit is the side it hit
        armed: dict[int, list[str]] = {}
        for c, s in told:
            if c.group and all(g in NAMED_ARMED for g in c.group):
                armed[s.index] = unique(armed.get(s.index, []) + c.group)
        for f in event_frames(doc.frames):
            sides_hit = [g for g in armed.get(f.sentence.index, []) if g not in f.actors]
            if sides_hit and f.sub_event_type in STRIKE_TYPES and \
                    not any(t in ARMED for t in f.targets if t != "CIVILIANS"):
                f.targets.extend(g for g in sides_hit if g not in f.targets)
            elif sides_hit and f.sub_event_type == "Armed clash" and f.actors and not f.targets and not f.between:
                f.targets = sides_hit  # «قتل 3 جنود بهجوم لداعش»: an attack told with one side, the other counted

    @staticmethod
    def _in_sentences(doc: Doc, casualties: list[Casualty]) -> list[tuple[Casualty, Sentence]]:
        """The counts that are no running tally, each with the sentence that tells it (looked up once)."""
        return [(c, doc.sentence_of(doc.norm.from_original(c.evidence.start))) for c in casualties if not c.tally]


class ClaimedAttacks:
    """«أعلن تنظيم داعش مسؤوليته عن التفجير», «ISIS claimed responsibility for the attack»: the one side a report
    says claimed its attacks is the author of those it tells with no author named (words.tsv role claim)."""

    name = "claims"
    requires = ("frames", "actors")
    provides = ("frames",)

    def __call__(self, doc: Doc) -> None:
        claimant, said = self._claimant(doc)
        if claimant is None:
            return
        last = max(said)  # the last sentence that tells the claim
        weapons = [f for f in event_frames(doc.frames) if f.sub_event_type in WEAPON_TYPES]
        unsigned = [f for f in weapons if set(f.actors) <= {"UNKNOWN"}]
        claimed = unsigned
        if len({(f.sub_event_type, f.place.name if f.place else None) for f in weapons}) > 1:
            # several attacks at several places: the claim covers those its own sentence tells, or else those of the
            # nearest sentence before it that tells one («انفجرت عبوة بسيارة لقسد قرب X. … وتبنى التنظيم التفجير»;
            # another bomb told elsewhere in the report is not said to be its own)
            # (and those told again by a definite word, «أن التفجير وقع بسيارة مفخخة في سوق X», «the blast»: the
            # attack claimed, told at its precise place)
            told_again = {doc.sentence_of(t.char_start).index for t in doc.matches.get("triggers", ())
                          if t.value == "explosion" and definite(doc, t.start)}
            claimed = [f for f in unsigned if f.sentence.index in said or f.sentence.index > min(said)
                       and f.sentence.index in told_again]
            if not claimed:
                before = [f.sentence.index for f in unsigned if f.sentence.index < min(said)]
                claimed = [f for f in unsigned if before and f.sentence.index == max(before)]
        for f in claimed:
            if f.sentence.index > last and doc.lang.syntax.get("subject") == "before":
                continue  # («Hours later, a roadside bomb …», «Separately, …»: an incident an English report tells
                # after the claim is not the one claimed; Arabic reports tell the claim before the attacks it covers)
            f.actors = [claimant]
            f.targets = [t for t in f.targets if t != claimant]

    def __init__(self) -> None:
        self._lexicons: dict = {}  # per language: its claim words as a phrase lexicon, built once

    def _claimant(self, doc: Doc) -> tuple[str | None, set[int]]:
        """The one side the report says claimed attacks, and the indices of the sentences that say so."""
        words = doc.lang.words("claim")
        lowered = doc.text.lower()
        if not any(w in lowered for w in words):
            return None, set()  # (the common case: one scan of the text per claim word)
        lexicon = self._lexicons.get(doc.lang)
        if lexicon is None:
            lexicon = self._lexicons[doc.lang] = Lexicon(((w, "claim") for w in words), doc.lang.clitics)
        sides = set()
        said: set[int] = set()
        for m in lexicon.find(doc.tokens):
            i = m.start
            sentence = doc.sentence_of(doc.tokens[i].start)
            said.add(sentence.index)
            near = [a for a in doc.actors if a.actor not in ("CIVILIANS", "UNKNOWN")
                    and sentence.start <= a.start < sentence.end and abs(a.tok_start - i) <= 4]
            before = [a for a in near if a.tok_end <= i]
            claimed = before[-1:] or near[:1]  # «داعش يتبنى»; «تبنى تنظيم داعش»
            sides.update(a.actor for a in claimed)
        return (next(iter(sides)) if len(sides) == 1 else None), said


class ControlReader:
    """Control statements from take-overs and withdrawals."""

    name = "control"
    requires = ("frames", "quantities", "matches", "actors", "places", "report_date")
    provides = ("control",)

    def __call__(self, doc: Doc) -> None:
        doc.control = control_records(doc)


class EventRecords:
    """Event records from frames: one per (sub-event type, place), located and given coordinates."""

    name = "records"
    requires = ("frames", "places")
    provides = ("events",)

    def __call__(self, doc: Doc) -> None:
        doc.events = event_records(doc, event_frames(doc.frames), has_places=bool(doc.places))


def default_pipeline(lang: str = "ar") -> Pipeline:
    return Pipeline([LexiconMatcher(lang), DateReader(), QuantityReader(), ActorReader(), PlaceReader(),
                     EventFrameReader(), TransferReader(), CasualtyStatementReader(), VictimTargets(),
                     ClaimedAttacks(), ControlReader(), EventRecords()], lang)


_PIPELINES: dict[str, Pipeline] = {}


def pipeline_for(lang: str) -> Pipeline:
    if lang not in _PIPELINES:
        _PIPELINES[lang] = default_pipeline(lang)
    return _PIPELINES[lang]


def extract(text: str, doc_id: str, report_date: date | None = None, *,
            time_budget: float | None = None) -> ReportRecord:
    """Extract the report record of one report, with the pipeline of its language (rasid/data/lang/<code>/). A
    report in a language Rasid has no folder for gets an empty record with that `lang` (see `language_note`).
    `report_date` overrides the date found in the text; `time_budget` (seconds) bounds the work spent on it
    (ExtractionTimeout when exceeded)."""
    lang = detect_language(text)
    if lang not in available_languages():
        return ReportRecord(doc_id, report_date, lang=lang)  # a language Rasid does not read: no records
    return pipeline_for(lang).extract(text, doc_id, report_date, time_budget)


UNREAD_LANGUAGE = "written in a language Rasid does not read"


def language_note(record: ReportRecord) -> str | None:
    """The note for a report skipped because of its language (not an error: it has no records), or None."""
    if record.lang in available_languages():
        return None
    return f"{UNREAD_LANGUAGE} (lang {record.lang!r}); no records"


def _word_char_at(text: str, k: int) -> bool:
    """Is there a character at k that a regex's \\w matches (a letter or digit of any script, or «_»)?"""
    return 0 <= k < len(text) and (text[k].isalnum() or text[k] == "_")


def _latest_date(text: str) -> date | None:
    """Without a report date, the latest year named tells SYR_GOV from SYR_GOV_NEW (only from 2025 on)."""
    years = [int(m.group()) for m in _YEAR_DIGITS.finditer(text) if not _word_char_at(text, m.start() - 1)
             and not _word_char_at(text, m.end())]
    return date(max(years), 12, 31) if years and max(years) >= 2025 else None
