"""Events: trigger words read in their clause, placed, dated and given their sides.

For each sentence: find the triggers (triggers.tsv), drop those that do not report something that happened
(threats, plans, denials, history: cues.tsv), let specific weapons absorb generic words in the same clause
(«هجوم بطائرة مسيرة» is a drone strike, not a clash too), then give every remaining trigger its place(s),
acting side and target side from the words around it.
"""
from __future__ import annotations

import bisect

from datetime import date
from functools import lru_cache

from ..geo.places import PlaceMention, place_grammar, written_as_region
from ..taxonomy import ACTORS, ARMED, GOVERNMENT_SIDE, NAMED_ARMED, STATE_FORCES, same_camp
from ..text import lexicon
from ..text.dates import DAY_KINDS
from ..text.language import Language, get_language
from ..text.doc import Doc, Sentence, SpanIndex
from ..text.lexicon import Match
from ..text.normalize import normalize_word
from ..text.numbers import parse_number
from ..text.segment import Span
from ..text.tokens import candidate_keys, strip_article
from .actors import ALLIES, IRAQI_STATE, NEW_ERA, ActorMention, actor_adjective_table, report_state, unique
from .frames import BACKGROUND, WITHDRAWAL, Frame
CLASS_TYPES = {
    "clash": "Armed clash",
    "air": "Air/drone strike",
    "shell": "Shelling/artillery/missile attack",
    "suicide": "Suicide bomb",
    "ied": "Remote explosive/landmine/IED",
    "grenade": "Grenade",
    "chemical": "Chemical weapon",
    "execute": "Attack",
    "abduct": "Abduction/forced disappearance",
    "sexual": "Sexual violence",
    "mob": "Mob violence",
    "arrest": "Arrests",
    "protest": "Peaceful protest",
    "riot": "Violent demonstration",
    "agreement": "Agreement",
    "disrupt": "Disrupted weapons use",
    "loot": "Looting/property destruction",
    "base": "Headquarters or base established",
    "surrender": "Change to group/activity",
    "deploy": "Non-violent transfer of territory",
}
# Nouns that name violence in general as often as an event: they need a place, date, number or toll in
# their own clause («صواريخ بالستية», «عمليات الخطف»).
CLAUSE_ANCHORED = frozenset({"abduct", "kill", "shell", "execute", "explosion"})
KIDNAPPERS = frozenset({"TRIBAL", "LOCAL_ARMED", "UNKNOWN", "ISIS", "PRO_GOV_MILITIA", "IRAQ_PMF"})
NON_STATE = frozenset({"ISIS", "HTS", "OPPOSITION", "SNA", "SDF", "PRO_GOV_MILITIA", "IRAN", "HEZBOLLAH", "TRIBAL",
                       "LOCAL_ARMED", "UNKNOWN", "IRAQ_PMF"})
WEAPONS = frozenset({"air", "shell", "suicide", "ied", "grenade", "chemical"})
GENERIC = frozenset({"attack", "target", "explosion", "kill", "bombard", "death"})
CAPTURES = frozenset({"Arrests", "Abduction/forced disappearance"})
VIOLENT = WEAPONS | {"clash", "attack", "target", "explosion", "kill", "execute", "bombard"}
FIGHTING = frozenset({"clash", "attack", "target"})
PROTEST_ACTS = frozenset({"protest", "protest_force", "riot"})  # the trigger classes of a protest told as done
PROTEST_CLASSES = PROTEST_ACTS | {"protest_noun", "riot_noun"}
# noun triggers a verb of doing tells as acts («قام مسلحون بإطلاق النار»); a protest's deeds («قام المتظاهرون
# بإحراق …») are left to the protest rules (read so, they made protests of reports the GSR codes as none)
DONE_BY = VIOLENT | {"abduct", "arrest"}
STOPS = ".,;:،؛"  # the punctuation that ends the phrase a trigger is read in
ACTOR_WEAPONS = frozenset({"air", "shell"})  # weapons that name the side using them («المدفعية التركية»)
@lru_cache(maxsize=4)
def _actor_adjectives(lang: str) -> dict[str, str]:
    """Normalised adjective (article dropped) → actor id (actor_adjectives.tsv)."""
    from ..text.normalize import normalize_word
    from ..text.tokens import strip_article

    language = get_language(lang)
    return {strip_article(normalize_word(row[0]), language.clitics): row[1]
            for row in language.read_tsv("actor_adjectives.tsv") if row[2:3] != ["joined"]}


def _coordinated(doc: Doc, k: int, adjectives: dict[str, str], start: int) -> list[str]:
    """The side of the adjective at token k and of one joined to it before by «and» («Syrian and Russian jets»)."""
    own = next(adjectives[key] for key, _ in doc.tokens[k].keys if key in adjectives)
    if k < 2 or doc.tokens[k - 2].start < start or doc.tokens[k - 1].text not in doc.lang.words("and"):
        return [own]
    joined = actor_adjective_table(doc.lang.code)  # («Syrian» names a side only so)
    other = next((joined[key] for key, _ in doc.tokens[k - 2].keys if key in joined), None)
    return [other, own] if other is not None else [own]


@lru_cache(maxsize=256)
def _role_stems(language: Language, role: str) -> frozenset[str]:
    """A words role without the article, to compare with token keys (built once per language, not per report)."""
    return frozenset(strip_article(w, language.clitics) for w in language.words(role))


@lru_cache(maxsize=16)
def _recall_openers(language: Language) -> tuple[str, ...]:
    """The phrases that open a recalled background («يذكر أن»), bare or with «و» glued or before them."""
    return tuple(glued + phrase for phrase in language.words("recall") for glued in ("", *language.words("and")))


@lru_cache(maxsize=None)
def _verb_forms(lang: str, role: str) -> frozenset[str]:
    """Every form of the verbs a words.tsv role lists in their base form."""
    language = get_language(lang)
    return frozenset(f for base in language.words(role) for f in language.verb_forms(base))


def _is_verb(t: Match) -> bool:
    """A verb reports an event by itself; a noun needs an anchor (third column of triggers.tsv)."""
    extra = t.extra
    return bool(extra) and extra[0] == "verb"


def _holding(index: SpanIndex, start: int, end: int, pad: int) -> list:
    """The items of an index (start/end offsets) that hold [start, end), looked for within pad characters of it."""
    return index.holding(start, end, pad)


def _in_role(tok, words: frozenset[str]) -> bool:
    """Is a token a word of a words role: its text, or one of its keys (the word without its clitics)?"""
    return tok.text in words or not words.isdisjoint(tok.key_names)


class EventReader:
    """Reads the event frames of one Doc (see the module's docstring); `read()` adds them to `doc.frames`."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.words = doc.lang.words  # function words by role (rasid/data/lang/<lang>/words.tsv)
        self.article = doc.lang.clitics.article
        # English puts the subject before the verb and adjectives before the noun («Turkish forces shelled X»,
        # «Russian airstrikes»); Arabic after them («قصفت القوات التركية», «غارات روسية»)
        self.subject_before = doc.lang.syntax.get("subject") == "before"
        self.adjective_before = doc.lang.syntax.get("adjective") == "before"
        actors, places, dates = [a for a in doc.actors if not a.holder], doc.places, doc.dates  # («regime-held»)
        # «جبل الأكراد»: a side's name inside a place's name (a mountain a people is named after) is no side
        self.all_place_index = SpanIndex(places)
        actors = [a for a in actors if not _holding(self.all_place_index, a.start, a.end, 40)]
        kept, aside = [], None  # (a side joined by «و» to one named aside is aside too: «ضمن قاطع الجيش والشرطة»)
        and_words = doc.lang.words("and")
        # (the words `_aside` reads, read once per report, not per side)
        roles = (doc.lang.words("not_a_side_before"), doc.lang.words("from") | doc.lang.words("target_marker"),
                 doc.lang.words("area_of"))
        for a in actors:
            if self._aside(doc, a, roles) or aside is not None and doc.text[aside.end:a.start].strip() in and_words:
                aside = a
                continue
            aside = None
            kept.append(a)
        actors = kept
        self.actors = actors
        self.places = [p for p in places if not p.context]
        if doc.lang.syntax.get("capitalised_names", False):
            named = self._names_of_people(doc)  # «three of its fighters, Hozan Qamishlo, Gule Halab, and …»
            self.places = [p for p in self.places if not any(a <= p.start < b for a, b in named)]
        origin = tuple(f" {o}" for o in self.words("origin"))  # «fired missiles from the direction of the Golan»
        if origin:
            self.places = [p for p in self.places if not (" " + doc.text[max(0, p.start - 60):p.start].rstrip())
                           .endswith(origin)]
        self.all_places = places
        self.dates = dates
        self.report_date = doc.report_date
        # «قاعدة عين الأسد الجوية», «بقاعدة "عين الأسد" الجوية»: a base's name names no aircraft
        named = sorted((p.start, p.end + (3 if p.kind in ("base", "airport") else 0)) for p in places)
        named_starts = [a for a, _ in named]
        bases = self.words("air_base")  # nor does «القاعدة الجوية»

        def _in_name(c: Match) -> bool:  # (the names starting before it, nearest first: a few at most)
            k = bisect.bisect_right(named_starts, c.char_start)
            return any(c.char_start < b for _, b in named[max(0, k - 3):k])

        def _base(c: Match) -> bool:
            before = doc.text[max(0, c.char_start - 30):c.char_start].split()[-1:]
            return bool(before) and any(k in bases for k, _ in candidate_keys(before[0], doc.lang.clitics))
        self.date_index = SpanIndex(dates)
        # «المتظاهرين الذين خرجوا», «الاحتجاجات التي انطلقت في …»: a verb of happening in a relative clause describes
        # protesters or protests already known (the backdrop), it tells no protest
        relative = doc.lang.words("described_by")
        sides = SpanIndex(doc.actors)

        def _cue_kept(c: Match) -> bool:
            if c.value == "air":
                return not _in_name(c) and not _base(c)
            if c.value == "modal":  # («May 9»: a month's name is no word of what may happen)
                return not _holding(self.date_index, c.char_start, c.char_end, 40)
            if c.value == "happened":
                return not set(doc.text[max(0, c.char_start - 12):c.char_start].split()[-1:]) & relative
            if c.value in ("irrealis", "background"):
                # «قوات مكافحة الشغب», «جهاز مكافحة الإرهاب»: a word of a force's name tells neither aim nor backdrop
                return not any((a.start, a.end) != (c.char_start, c.char_end)
                               for a in _holding(sides, c.char_start, c.char_end, 60))
            return True
        self.cues = [c for c in doc.matches["cues"] if _cue_kept(c)]
        # range indexes: a long report has thousands of mentions, and every trigger asks about its clause
        self.cue_index = SpanIndex(self.cues, "char_start", "char_end")
        by_kind: dict[str, list[Match]] = {}  # the cues of each kind: `_cues_in` asks for one kind, thousands of times
        for c in self.cue_index.items:
            by_kind.setdefault(c.value, []).append(c)
        self.cue_kind_index = {kind: SpanIndex(found, "char_start", "char_end") for kind, found in by_kind.items()}
        self.defence_index = SpanIndex([t for t in doc.matches["triggers"] if t.value == "disrupt"],
                                       "char_start", "char_end")
        # every word naming protesters, read as a trigger or not («forces killed two protesters»)
        self.protest_noun_index = SpanIndex([t for t in doc.matches["triggers"] if t.value == "protest_noun"],
                                            "char_start", "char_end")
        # the words for people counted or hit («مدني», «عنصر», «شخص»), with their kind (casualty_words.tsv)
        self.people_index = SpanIndex([m for m in doc.matches.get("casualty_words", ()) if m.value == "noun"],
                                      "char_start", "char_end")
        self.outcome_index = SpanIndex([m for m in doc.matches.get("casualty_words", ()) if m.value == "outcome"
                                        and outcome_needs_met(doc, m)], "char_start", "char_end")
        self.sentence_triggers: dict[Span, list[Match]] = {}  # the triggers of each clause of the sentence read
        self.sentence_classes: set[str] = set()  # and their classes, the whole sentence's
        # the words of denying a claim the report holds (words.tsv, denied_after; looked for once, not per trigger)
        self.denials_told = [p for p in self.words("denied_after") if p in doc.text]
        self.clause_verbs: dict[Span, int] = {}  # how many of them are verbs (counted once: a clause may hold many)
        self.list_members: dict[int, list[PlaceMention]] = {}  # id of a list's first place → the others
        for p in self.places:
            if p.list_head is not None:
                self.list_members.setdefault(id(p.list_head), []).append(p)
        self.actor_index = SpanIndex(actors)
        self.place_index = SpanIndex(self.places)
        self.quantity_index = SpanIndex(doc.quantities)
        self.frames: list[Frame] = []
        self.first_clash_sentence: int | None = None  # where the report first tells a clash
        self.unnamed_weapon: set[tuple[int, int]] = set()  # triggers typed without a weapon named in their clause
        self.withdrawals: list[Frame] = []
        self.background_gains: list[Frame] = []
        self.passing_starts: list[int] = []  # where a take-over told in passing begins («بعد سيطرة …»)
        self.clause_triggers: dict[Span, list[Match]] = {}
        self.clash_sides: tuple[list[str], list[str]] | None = None
        # «محافظة دير الزور – المرصد السوري»: the governorate the report is filed under, as places read it
        self.default_place = next((p for p in places if p.dateline and p.admin1), None)
        years = [d.date_end.year for d in dates if d.date_end is not None and d.kind in ("year", "explicit", "month")]
        self.latest_year = max(years) if years else None
        # a report about Iraq: its rockets and mortars whose author it does not name are an unknown side's
        # (the Katyusha fire on bases and the Green Zone that no group signs), not some side named elsewhere
        self.iraqi = report_state(doc.matches.get("actors", [])) == IRAQI_STATE
        # the words that join kinds of violence listed («القتل والخطف»), for `_kind_neighbours` (built once)
        self.kind_list_ands = self.words("and") | set(doc.lang.clitics.conjunctions)
        self.origins: dict[tuple[int, int], bool] = {}  # `_origin` of a place, by its start (asked again per trigger)

    @staticmethod
    def _aside(doc: Doc, a: ActorMention, roles: tuple[frozenset[str], frozenset[str], frozenset[str]]) -> bool:
        """«الحدودية مع تركيا», «المجموعات المسلحة المدعومة من تركيا»: a country named as a border or as the backer
        of the side named before it is no side of the event (words.tsv role not_a_side_before). `roles`: the words
        of not_a_side_before, of from and target_marker together (skipped), and of area_of."""
        words, skipped, area = roles
        if not words:
            return False
        preceding = [w for w in doc.text[max(0, a.start - 40):a.start].split() if w.strip(_ASIDE_QUOTES)]
        for w in reversed(preceding):  # the last word before it, the skipped ones aside
            if w not in skipped:
                if w in words:
                    return True
                break
        # «ضمن مناطق نفوذ قسد», «ضمن قاطع قوات الجيش»: where it happened, not who was hit (words.tsv role area_of,
        # phrases of one to three words)
        last = [w.strip(_ASIDE_QUOTES) for w in preceding[-3:]]
        return any(" ".join(last[k:]) in area for k in range(len(last)))

    @staticmethod
    def _names_of_people(doc: Doc) -> list[tuple[int, int]]:
        """The spans of names listed right after people counted («the deaths of three of its fighters, Hozan
        Qamishlo, Gule Halab, and Amed Afrin, in …»): capitalised names, two or more, each of one to three words.
        They name the people, not places, whatever their words."""
        out: list[tuple[int, int]] = []
        text, original = doc.text, doc.norm.original
        ands = doc.lang.words("and")
        for n in doc.matches.get("casualty_words", ()):
            if n.value != "noun" or not n.extra or not n.extra[0].endswith(":many"):
                continue
            pos, items, end = n.char_end, 0, n.char_end
            while pos < len(text) and text[pos] == ",":
                nxt = text.find(",", pos + 1)
                stop = nxt if nxt != -1 else len(text)
                words = text[pos + 1:stop].split()
                if words and words[0] in ands:
                    words = words[1:]
                o_start, o_end = doc.norm.to_original(pos + 1, stop)
                shown = [w for w in original[o_start:o_end].split() if w.lower() not in ands]
                if not 1 <= len(words) <= 3 or len(shown) != len(words) or not all(w[:1].isupper() for w in shown):
                    break
                items, end, pos = items + 1, stop, stop
            if items >= 2:
                out.append((n.char_end, end))
        return out

    # --- context helpers ----------------------------------------------------------------------------------
    def _cues_in(self, start: int, end: int, kind: str) -> list[Match]:
        index = self.cue_kind_index.get(kind)
        return index.within(start, end) if index is not None else []

    def _air_cues(self, start: int, end: int) -> list[Match]:
        """The words naming aircraft in a span, less air defences and adjectives right after a place: «قاعدة
        "عين الأسد" الجوية», «قاعدة بلد الجوية» name an air base, not a strike from the air (the cues inside a
        place's name were dropped from self.cues already)."""
        out = []
        for c in self._cues_in(start, end, "air"):
            if self.defence_index.covering(c.char_start):
                continue  # («الدفاع الجوي»: air defences, not aircraft)
            before = [p for p in self.all_place_index.within(max(0, c.char_start - 40), c.char_start)
                      if p.end <= c.char_start and not self.doc.text[p.end:c.char_start].strip(" \"'")]
            if before and self.doc.text[c.char_start:c.char_end] in self.words("place_adjective"):
                continue
            out.append(c)
        return out

    def _actors_in(self, start: int, end: int) -> list[ActorMention]:
        return self.actor_index.within(start, end)

    def _places_in(self, start: int, end: int) -> list[PlaceMention]:
        return self.place_index.within(start, end)

    # --- triggers --------------------------------------------------------------------------------------------
    def read(self) -> list[Frame]:
        triggers = self.doc.matches["triggers"]
        by_sentence: dict[int, list[Match]] = {}
        for t in triggers:
            if self.all_place_index.covering(t.char_start):
                continue  # «كرم الرصاص» is a place, not gunfire
            if not self._protesters_acting(t) and any(
                    a.start <= t.char_start < a.end and t.char_end <= a.end and (t.value not in ACTOR_WEAPONS or (
                    a.start < t.char_start and not self.subject_before))
                    and not (t.value == "clash" and (a.start, a.end) == (t.char_start, t.char_end))
                    and not (self.subject_before and a.start < t.char_start and t.char_end == a.end
                             and t.value in VIOLENT)  # «an IS attack»: the side's name before the act it did
                   for a in self.actor_index.within(t.char_start - 60, t.char_end + 60)):
                continue  # «هيئة تحرير الشام», «"تحرير الشام"» name a side (but «طائرة مسيرة تركية», «Turkish drone
                # strike» are strikes, «protesters burned» says more than the side's name, and «نزاع عشائري» names
                # both the fight and its sides)
            if self.subject_before and not _is_verb(t) and self._unit_after(t):
                continue  # «the Hawija Liberation Brigades», «the Air Defense Battalion»: a unit's name, no event
            if t.value == "disrupt" and self._unit_named(t):
                continue  # «كتيبة الدفاع الجوي», «قاعدة الديماس للدفاع الجوي»: a unit named (what is attacked), not
                # air defences firing
            if _is_verb(t) and self._article_on_verb(t):
                # a verb never takes the article: the word is a noun, the verbal noun of the forms written as their
                # verb («التعرض على نقاط», the attacking: it needs an anchor) or a participle («القاتل», the killer)
                if not self.doc.text.startswith(tuple(self.words("verbal_noun_initial")) or ("\0",),
                                                t.char_start + len(self.article)):
                    continue
                t = Match(t.start, t.end, t.char_start, t.char_end, t.value, t.phrase, t.extra[1:])
            if t.value == "protest" and self._definite(t):
                t = Match(t.start, t.end, t.char_start, t.char_end, "protest_noun", t.phrase)  # «التظاهر حق»
            if not _is_verb(t) and t.value in DONE_BY and self._done_by(t):
                t = Match(t.start, t.end, t.char_start, t.char_end, t.value, t.phrase, ("verb",) + t.extra[1:])
                # «قام مسلحون بإطلاق النار عليهما», «أقدم عنصر على اغتيال …»: a verb of doing tells the act
            if t.value == "destroy" and not self._aircraft_doer(t, self.doc.sentence_of(t.char_start)):
                continue  # «دمرت العبوة سيارة», «ضرب المؤسسات»: a strike only when aircraft do it (read no further:
                # a verb of its own would cut the clause it stands in)
            if t.value in ("explosion", "ied") and not _is_verb(t) and self._blew_self_up(t):
                t = Match(t.start, t.end, t.char_start, t.char_end, "suicide", t.phrase, t.extra)
            s = self.doc.sentence_of(t.char_start)
            by_sentence.setdefault(s.index, []).append(t)
        for index, found in by_sentence.items():
            by_sentence[index] = self._subjected(found)
        self.trigger_index = SpanIndex([t for found in by_sentence.values() for t in found], "char_start", "char_end")
        for s in self.doc.sentences:
            found = by_sentence.get(s.index)
            if found and not s.aside:
                self.doc.check_deadline()
                self._read_sentence(s, found)
        self._report_weapon()
        self._air_only_strikers()
        self._sideless_clashes()
        self._clash_opponents()
        self._clashes_with_protesters()
        self._forces_met_protests()
        self._dispersed_next()
        self._dispersed_same_sentence()
        self._unnamed_aircraft()
        self._bombs_stopped()
        self._undated_events()
        self.doc.frames.extend(self.frames + self.background_gains + self.withdrawals)
        return self.frames

    def _blew_self_up(self, t: Match) -> bool:
        """«إثر تفجير عنصر من التنظيم نفسه»: the verbal noun of blowing up (words.tsv, self_blast) with its agent and
        a reflexive object (reflexive) among the five words after it, with no punctuation or word of place between
        (locative: «تفجير عبوة في الموقع نفسه» is the same site): a suicide bombing."""
        if not self.doc.lang.says(self.doc.text[t.char_start:t.char_end], "self_blast"):
            return False
        if self._definite(t) or t.end < len(self.doc.tokens) and self.article \
                and self.doc.tokens[t.end].text.startswith(self.article):
            return False  # «التفجير نفسه», «تفجير المبنى نفسه»: the blast itself, the same building
        for tok in self.doc.tokens[t.end:t.end + 5]:
            if any(ch in STOPS for ch in self.doc.text[t.char_end:tok.start]) or tok.text in self.words("locative"):
                return False
            if tok.text in self.words("reflexive"):
                return True
        return False

    def _article_on_verb(self, t: Match) -> bool:
        """Does a verb entry match a word carrying the article («القاتل» read as «قاتل»)? (An entry written with
        the article's letters as its own, «التحم», keeps them.)"""
        if not self.article or not self.doc.text.startswith(self.article, t.char_start):
            return False
        return not normalize_word(t.phrase.split()[0]).startswith(self.article)

    def _done_by(self, t: Match) -> bool:
        """Does a verb of doing (words.tsv, doing_verb) stand among the five words before a noun trigger, in its
        clause, with its subject between them («قام مسلحون بإطلاق النار», «أقدموا على خطف»)?"""
        return self._word_before(t, 5, self.words("doing_verb"), stops=STOPS + "\n", text_too=True)

    def _unit_named(self, t: Match) -> bool:
        """Does a unit word stand in the three words before the trigger, in the same phrase («كتيبة الدفاع الجوي»,
        «قاعدة الديماس للدفاع الجوي»)?"""
        return self._word_before(t, 3, self._stems("unit_word"))

    def _word_before(self, t: Match, n: int, words: frozenset[str], stops: str = STOPS, text_too: bool = False,
                     clause_start: int = 0) -> bool:
        """Does a word of `words` (one of a token's keys, or its text too) stand among the n words before the
        trigger, with no punctuation of `stops` between and none before `clause_start`?"""
        tokens, text = self.doc.tokens, self.doc.text
        first = max(0, t.start - n)
        if first >= t.start:
            return False
        # the last punctuation of `stops` before the trigger, looked for once: a word before it is cut off
        stop = max(text.rfind(p, tokens[first].end, t.char_start) for p in stops) if stops else -1
        for tok in reversed(tokens[first:t.start]):
            if tok.start < clause_start or stop >= tok.end:
                return False
            if not words.isdisjoint(tok.key_names) or text_too and tok.text in words:
                return True
        return False

    def _hands_over_things(self, t: Match, scope_end: int) -> bool:
        """«سلمت الفصائل في بلدة X أسلحتها الثقيلة للشرطة الروسية», «تسليم السلاح»: is what the verb of handing over
        hands a thing (words.tsv thing_taken: weapons, vehicles), the first word after the verb and its side and
        where they are?"""
        if not self.doc.lang.says(self.doc.text[t.char_start:t.char_end], "handover"):
            return False
        things = self._stems("thing_taken")
        # (where: the words skipped, read once, not per token)
        skipped = self.words("locative") | self.words("gain_direction") | self.words("area_object")
        for tok in self.doc.tokens[t.end:]:
            if tok.start >= scope_end:
                return False
            if self.actor_index.covering(tok.start) or self.all_place_index.covering(tok.start) or tok.text in skipped:
                continue
            return bool(set(tok.key_names) & things) or strip_article(tok.text, self.doc.lang.clitics) in things
        return False

    def _stems(self, role: str) -> frozenset[str]:
        """A words role without the article, to compare with token keys."""
        return _role_stems(self.doc.lang, role)

    def _unit_after(self, t: Match) -> bool:
        """English names a unit by what it does before the unit word: is the word right after the trigger one?"""
        nxt = self.doc.tokens[t.end] if t.end < len(self.doc.tokens) else None
        return nxt is not None and not self.doc.text[t.char_end:nxt.start].strip() \
            and bool(set(nxt.key_names) & self.words("unit_word"))

    def _subjected(self, triggers: list[Match]) -> list[Match]:
        """«تعرضت بلدة X وأماكن في Y، لقصف مدفعي»: a place «subjected to» the weapon that follows with «ل»; the verb,
        whose clause holds the places, takes the weapon's kind and the weapon word is not read again."""
        out: list[Match] = []
        skip: set[int] = set()
        ordered = sorted(triggers, key=lambda t: t.char_start)
        for k, t in enumerate(ordered):
            if id(t) in skip:
                continue
            if self.doc.text[t.char_start:t.char_end] in self.words("subjected"):
                weapon = next((o for o in ordered[k + 1:] if o.value in WEAPONS | FIGHTING | {"bombard"}
                               and o.char_start > t.char_start and self._glued(o, "purpose")), None)
                if weapon is not None and weapon.value != t.value:
                    skip.add(id(weapon))
                    t = Match(t.start, t.end, t.char_start, t.char_end, weapon.value, t.phrase, t.extra)
            out.append(t)
        return out

    def _protesters_acting(self, t: Match) -> bool:
        """«تجمع مئات المتظاهرين أمام مبنى المحافظة»: protesters named (a side) right after a verb of protesting
        are the protest too."""
        if t.value != "protest_noun":
            return False
        before = self.cue_index.within(t.char_start - 50, t.char_start)
        if any(c.value == "happened" and self._words_between(c.char_end, t.char_start) <= 2 for c in before):
            return True  # (the day told between them is not counted: «خرج مساء أول من أمس مئات المتظاهرين»)
        # English puts the verb after its subject: «hundreds of protesters gathered in …»
        after = self.cue_index.within(t.char_end, t.char_end + 30) if self.subject_before else []
        return any(c.value == "happened" and len(self.doc.text[t.char_end:c.char_start].split()) <= 1 for c in after)

    def _forces_massing(self, t: Match) -> bool:
        """Is a verb of gathering («احتشد», «تجمع»: words.tsv massing) said of an armed side named right after it?"""
        massing = _verb_forms(self.doc.lang.code, "massing")
        if massing.isdisjoint(self.doc.tokens[t.start].key_names):  # (the token's candidate keys, computed once)
            return False
        after = [a for a in self.actor_index.within(t.char_end, t.char_end + 40)
                 if len(self.doc.text[t.char_end:a.start].split()) <= 1]
        return bool(after) and after[0].actor in NAMED_ARMED

    def _words_between(self, start: int, end: int) -> int:
        """How many words stand between two offsets, the words of a date told there left out."""
        text = self.doc.text
        for d in reversed(self.date_index.within(start, end)):
            text = text[:d.start] + " " + text[d.end:]
            end -= d.end - d.start - 1
        return len(text[start:end].split())

    def _pronoun_subject(self, start: int, end: int) -> bool:
        """Does a subject pronoun stand before the trigger in its clause («where they were able to control»)?"""
        return bool(set(self.doc.text[start:end].split()) & self.words("subject_pronoun"))

    def _last_subject(self, s: Sentence) -> list[str]:
        """The side that acts in the sentence so far: the first actor named at its start, before any verb."""
        named = self._actors_in(s.start, s.end)
        if not named or self.trigger_index.within(s.start, named[0].start) \
                or named[0].actor in ("CIVILIANS", "UNKNOWN"):
            return []
        subject = [named[0]]
        for a in named[1:]:  # «the regime forces and militiamen loyal to them»: one subject
            gap = self.doc.text[subject[-1].end:a.start].split()
            if len(gap) > 2 or not gap or gap[0] not in self.words("and"):
                break
            subject.append(a)
        return unique(a.actor for a in subject)

    def _support_start(self, s: Sentence, clause: Span) -> int:
        """«The SDF, backed by coalition air strikes, seized X»: where the clause before this one starts when it opens
        with a word of support (words.tsv support_opener) — the sides it names helped the subject, named before it."""
        before = [c for c in s.clauses if c.end <= clause.start]
        if len(before) >= 2:
            words = self.doc.text[before[-1].start:before[-1].end].split()
            if words and words[0] in self.words("support_opener"):
                return before[-1].start
        return clause.start

    def _joint_subject(self, s: Sentence, clause: Span) -> list[str]:
        """«The army, along with Russian forces, captured X», «The SDF, together with tribal fighters, …»: the side
        named before a clause that opens with words of company (words.tsv with_opener), and the sides that clause
        names, act together."""
        before = [c for c in s.clauses if c.end <= clause.start]
        if len(before) < 2:
            return []
        text = " ".join(self.doc.text[before[-1].start:before[-1].end].split())
        if not any(text.startswith(w + " ") for w in self.words("with_opener")):
            return []
        subject = [a for a in self.actor_index.starting_in(before[-2].start, before[-1].start)
                   if a.actor not in ("CIVILIANS", "UNKNOWN")][-1:]
        company = [a for a in self.actor_index.starting_in(before[-1].start, clause.start)
                   if a.actor not in ("CIVILIANS", "UNKNOWN")]
        return unique(a.actor for a in subject + company) if subject else []

    def _main_subject(self, s: Sentence, clause: Span) -> list[str]:
        """«After capturing the village, the SDF advanced …», «Having seized X, ISIS …»: the side that opens the clause
        after a participle clause that leads its sentence (only determiners before it) is the participle's subject."""
        after = next((c for c in s.clauses if c.start >= clause.end), None)
        if after is None:
            return []
        named = self._actors_in(after.start, after.end)
        if not named or named[0].actor in ("CIVILIANS", "UNKNOWN") or any(
                w not in self.words("determiner") for w in self.doc.text[after.start:named[0].start].split()):
            return []
        return [named[0].actor]

    def _kinds_listed(self, t: Match) -> int:
        """Is a trigger noun one of a list of nouns of other kinds of violence («القتل والخطف والذبح»)? How many
        others the list holds, 0 when none («attacks, bombings and ambushes»: 2 for each)."""
        if _is_verb(t) or t.value in PROTEST_CLASSES:
            return 0
        seen, todo = [t], [t]
        while todo:
            for o in self._kind_neighbours(todo.pop()):
                if not any(o is x for x in seen):
                    seen.append(o)
                    todo.append(o)
        return len(seen) - 1

    def _kind_neighbours(self, t: Match) -> list[Match]:
        ands = self.kind_list_ands
        out = []
        for o in self.trigger_index.within(t.char_start - 30, t.char_end + 30):
            if o is t or _is_verb(o) or o.value == t.value or o.value in PROTEST_CLASSES:
                continue
            a, b = (o, t) if o.char_end <= t.char_start else (t, o)
            raw = self.doc.text[a.char_end:b.char_start]
            gap = raw.replace("،", " ").replace(",", " ").split()
            if gap and all(g in ands for g in gap) or self.subject_before and raw.strip() == ",":
                out.append(o)  # («attacks, bombings and ambushes»: the English list's comma)
        return out

    def _since_long_ago(self, clause: Span) -> bool:
        """Does the clause run from more than a year back («since 2014», «منذ عام 2013»)? It sums up, tells no event."""
        since = self.words("since")
        for d in self.date_index.starting_in(clause.start, clause.end):
            if d.kind != "range" or d.date_start is None:
                continue
            if d.date_end is not None and (d.date_end - d.date_start).days <= 366:
                continue
            if d.date_end is None and (self.latest_year is None or self.latest_year - d.date_start.year < 2):
                continue  # an undated report: long ago only against the latest year it names
            first = self.doc.text[d.start:d.end].split()[:1]
            if first and any(key in since for key, _ in candidate_keys(first[0], self.doc.lang.clitics)):
                return True
        return False

    def _perfect_after_summary(self, s: Sentence, t: Match) -> bool:
        """An English verb in the present perfect («has also targeted»), in a sentence naming no day, right after a
        sentence (or the one before it) that sums up years («since 2011»): more of the summary, no event."""
        if not self.subject_before or not _is_verb(t) or s.index == 0:
            return False
        before = [tok.text for tok in self.doc.tokens[max(0, t.start - 3):t.start]]
        if not set(before) & self.words("perfect"):
            return False
        if any(d.kind in DAY_KINDS for d in self.date_index.starting_in(s.start, s.end)):
            return False
        for prev in self.doc.sentences[max(0, s.index - 2):s.index]:  # (the summary may run over two sentences)
            if any(self._since_long_ago(c) for c in prev.clauses) or self._cues_in(prev.start, prev.end, "summary"):
                return True
        return False

    def _glued(self, t: Match, role: str) -> bool:
        """Is a clitic of this role glued to the trigger («لقصف»: ل)?"""
        token = self.doc.tokens[t.start]
        return t.char_start > token.start and self.doc.text[t.char_start - 1] in self.words(role)

    def _real(self, s: Sentence, t: Match, clause: Span) -> bool:
        """False for threats, plans, denials, questions and history."""
        if self.doc.text[s.start:s.end].rstrip().endswith(("؟", "?")):
            return False
        if self._recalled(s):
            return False  # «يشار إلى أن التنظيم شن في 2014 هجوماً …»: background the report recalls
        if t.value == "takeover" and self._advance_word(t, self.words("advance")) and self._toward(t, clause):
            return False  # «تقدمت قوات النظام باتجاه بلدة X», «… إلى مشارف X»: an advance that stops short of the place
        if self._claim_denied(s, t):
            return False  # «زعمت وسائل إعلام موالية أن الجيش سيطر على القرية، وهو ما نفاه قيادي …»: a claim denied
        if self._pluperfect_before(s, clause, t):
            return False  # «وكانت روسيا وتركيا قد توصلتا في آذار الماضي إلى اتفاق»: the past perfect of background
        listed = self._kinds_listed(t)
        if listed and not self._places_in(s.start, s.end):
            return False  # «حوادث القتل والخطف», «killings and kidnappings»: kinds of violence named, none told
            # (at a place they are told: «اشتباكات وقصف عنيف في قرية …»)
        if listed >= 2 and self.subject_before:
            return False  # «killed in attacks, bombings and ambushes in the deserts of X, Y and Z»: three kinds, a sum
        before = self.cue_index.within(clause.start, t.char_start)
        repelled = t.value in FIGHTING and any(self.doc.text[c.char_start:c.char_end] in self.words("repel")
                                               for c in before)
        marked = t.value == "protest" and _is_verb(t)  # «في ذكرى النكبة تظاهر الآلاف»: a protest held on the day
        if any(c.value in ("irrealis", "history") and not (
                marked and self.doc.text[c.char_start:c.char_end] in self.words("anniversary")) for c in before) \
                and not repelled and not self._defence_attempt(clause, t, before):
            return False  # but «أحبطت هجوماً», «صدت محاولة تسلل»: the attack was fought off, a clash; and «air
            # defences tried to intercept the missiles»: the defences fired, weapons use disrupted
        if t.value == "clash" and _in_role(self.doc.tokens[t.start], self.words("fight_present")) and any(
                _in_role(tok, self.words("alongside")) for tok in self.doc.tokens[t.end:t.end + 3] if tok.start < s.end):
            return False  # «أجانب يقاتلون بجانب الجيش», «جماعات تقاتل بالوكالة»: whose side they are on, no clash
        if t.value == "attack" and _is_verb(t) and any(
                _in_role(tok, self.words("said_after"))
                for tok in self.doc.tokens[t.end:t.end + 8] if tok.start < s.end):
            return False  # «هاجم الوزير المعارضة قائلاً»: an attack in words
        if not _is_verb(t) and self._death_described(t, clause):
            return False  # «زعيمته التي قضت في هجوم انتحاري»: how a person named died, told in passing
        if t.value in ("abduct", "kill", "suicide", "riot") and _is_verb(t) and self.doc.text.startswith(
                tuple(self.words("imperfect_prefix")) or ("\0",), t.char_start):
            return False  # «كانوا يخطفون ويقتلون», «النظام الذي يقتل ويخطف»: what a side does, no abduction told;
            # «ليفجر نفسه»: what one would do; «المتظاهرين الذين يرشقون الحجارة»: what they do
        if (t.value in ("abduct", "kill") or t.value == "protest" and _is_verb(t)) and self._described_by(t, clause):
            return False  # «الوزير الذي خطفته الحركة لست سنوات»: the person described, no abduction told («الطلاب
            # الذين تظاهروا»: the students described by a protest they held, none told)
        if t.value == "protest" and _is_verb(t) and self._forces_massing(t):
            return False  # «احتشدت قوات النظام أمام المدينة»: troops massing, not a rally
        if t.value in ("protest", "protest_noun") and self.doc.tokens[t.start].text in self.words("protest_aim") \
                and not self._cues_in(clause.start, clause.end, "happened"):
            return False  # «لديهم أسباب للتظاهر», «تدعو للتظاهر»: protesting as an aim or a right (but «خرجوا للتظاهر»)
        if self._may(clause, t):
            return False  # «قد يشنون هجمات»: what may happen
        to_come = self.words("to_come")
        if not _is_verb(t) and any(c.value == "irrealis" and self.doc.text[c.char_start:c.char_end] in to_come
                                   and len(self.doc.text[t.char_end:c.char_start].split()) <= 1
                                   for c in self.cue_index.within(t.char_end, t.char_end + 30)):
            return False  # «المواجهات العسكرية المحتملة», «العملية المرتقبة»: a noun described as to come
        earlier = self.words("told_earlier")
        if not _is_verb(t) and earlier and any(w in earlier for w in self.doc.text[t.char_end:clause.end].split()[:2]):
            return False  # «الهجمات التفجيرية السابقة»: attacks told as earlier ones, not this report's
        if any(c.value in ("peaceful", "frontline", "idiom", "loss") and c.char_start <= t.char_start and t.char_end <= c.char_end
               for c in self.cue_index.within(clause.start, clause.end)):
            return False  # «دون قتال»: the fighting that did not happen; «محاور القتال»: a front
        if self._cues_in(clause.start, clause.end, "summary") or self._cues_in(clause.start, clause.end, "modal"):
            return False  # «منذ اندلاع الحرب», «منذ عام 2011»: a summary of years, not an event
        lead = s.clauses[0] if s.clauses else None
        if self.subject_before and lead is not None and lead.end <= clause.start and not self.sentence_triggers.get(lead) \
                and self._cues_in(lead.start, lead.end, "summary"):
            return False  # «In recent months, …», «In some cases, villagers were killed …»: the opening phrase
            # sums up the whole sentence (English; Arabic's «ومنذ بدء النزاع …، شنت إسرائيل مئات الضربات» is
            # left to the rules that read its summaries, which the Arabic events depend on)
        if self._since_long_ago(clause):
            return False  # «the coalition has been carrying out airstrikes … since 2014»
        if t.value == "protest_noun" and t.start > 0 and self.doc.tokens[t.start - 1].text in self.words("this"):
            return False  # «وقد نظمت هذه المظاهرات بدعوة من …»: the protests told before, more said of them
        if not _is_verb(t) and self._comes_before(t):
            return False  # «وتأتي هذه الهجمات بالتزامن مع …», «وجاء القصف بعد …»: the events told, set in their time
        if not _is_verb(t) and t.start > 0 and self.doc.tokens[t.start - 1].text in self.words("kind_of"):
            return False  # «Israel rarely comments on such air strikes»: a kind of event, none told
        if self.subject_before:
            after = self.doc.text[t.char_end:clause.end].lower()  # (lowered once, not once a phrase)
            if any(phrase in after for phrase in self.words("long_ago")):
                return False  # «who approved a reconciliation agreement … a few months ago»: the past, no event now
        if self._ago_after(t, clause):
            return False  # «قتل 18 شخصا في مظاهرة في المدينة قبل أربعة أعوام»: years back, no event now
        if self._perfect_after_summary(s, t):
            return False  # «Israel has launched hundreds of strikes since 2011. … It has also targeted airports …»
        if not _is_verb(t) and t.value in VIOLENT and t.start > 0 \
                and self.doc.tokens[t.start - 1].text in self.words("trend"):
            return False  # «زادت وتيرة هجمات المسلحين», «تصاعد الهجمات»: a trend over time, no event told (but
            # «تصاعد الاحتجاجات» tells protests going on)
        if t.value == "agreement" and not _is_verb(t) and t.start > 0 \
                and self.doc.tokens[t.start - 1].text in self.words("background_before"):
            return False  # «الأعنف منذ توقيع اتفاق آذار», «بعد إبرام اتفاق التسوية»: the agreement is the backdrop
        if t.value == "execute" and not self._executioner(clause) and not (self._massacre(t) and (
                _is_verb(t) or self._places_in(clause.start, clause.end))) and not (
                _is_verb(t) and self.doc.lang.says(self.doc.text[clause.start:clause.end], "executed_civilians")):
            # (a massacre is one whoever commits it: «ارتكبت قوات النظام مجزرة», «مجزرة في بلدة X»; but «مذبحة» with
            # no place is more often a past one recalled or a word of a statement; «أعدمت قوات … أربعة مدنيين»,
            # «executed four civilians»: no court's convicts)
            return False  # a court's death sentence is not political violence
        if t.value == "deploy" and {w.strip(",") for w in self.doc.text[max(s.start, t.char_start - 120):t.char_start].split()} \
                & self.words("convoy"):
            return False  # «military reinforcements … entered Syrian territory through the X crossing»: forces sent
            # in, no territory changing hands
        if t.value == "deploy" and any(tok.text.lower() in self.words("duration_unit")
                                       for tok in self.doc.tokens[t.end:t.end + 3]):
            return False  # «the offensive entered its second week»: a span of time entered, no place
        if t.value == "clash" and self.subject_before and self.doc.text[t.char_start:t.char_end].endswith("ing") and \
                t.end < len(self.doc.tokens) and self.doc.tokens[t.end].text in self.words("ground_force"):
            return False  # «car bombs against advancing troops»: a participle describing forces, no fighting told
        if t.value == "deploy" and (any(c.value == "state" for c in before)
                                    or self._cues_in(t.char_start - 8, t.char_end, "state")):
            return False  # «مناطق انتشار القوات الكردية»: where forces are, not a move
        if t.value == "target" and self.doc.text[t.char_start:t.char_end] in self.words("subjected") \
                and not self._glued(t, "purpose") and not self._glued_after(t):
            return False  # «كما تعرضت أحياء X، وY» with nothing they were subjected to (a text cut short)
        if t.value == "target" and t.start > 0 and self.doc.tokens[t.start - 1].text in self.words("determiner"):
            return False  # «his targets», «the targets»: what is aimed at, not an attack
        if t.value == "arrest" and not _is_verb(t) and self._glued(t, "purpose") \
                and self.doc.text[t.char_start:t.char_end] in self.words("aimed_act") and not any(
                set(tok.key_names) & self.words("subjected") for tok in self.doc.tokens[max(0, t.start - 3):t.start]):
            return False  # «استنفار لاعتقال المتورطين», «إنزال جوي لاعتقال قيادي»: the arrest aimed at (but «تعرض
            # شاب للاعتقال» was subjected to one, and «شنها لحملة اعتقالات» launched one)
        if self._explosive_defused(t):
            return False  # «إزالة الألغام», «تفكيك عبوات ناسفة»: explosives cleared or planted, no blast; «تهريب
            # صواريخ», «تطوير تقنية صواريخ»: rockets smuggled, made or sold, none fired
        if t.value == "sexual" and not (self.people_index.within(t.char_start - 40, t.char_end + 40) and any(
                a.actor in ARMED for a in self._actors_in(s.start, s.end))):
            return False  # «اغتصاب السلطة», «جرائم القتل والاغتصاب»: a usurpation or a kind of crime named; a rape is
            # told with the person raped next to the word and an armed side in its sentence
        if t.value == "disrupt" and not self._air_defence(clause):
            return False  # «اعترضت طريق الشاب»: no missile, no drone
        if t.value == "takeover":
            if not [a for a in self._actors_in(s.start, clause.end) if a.actor != "CIVILIANS"] \
                    and not _is_verb(t):
                return False  # «فرض سيطرة على الوضع»: nobody takes anything
            after = self.words("after_gain")  # («بات نصف البلاد تحت سيطرة التنظيم بعد أن أحكم سيطرته على X»: what
            # the side holds now, then the take-over that brought it — told after a word of «after»)
            states = self.cue_kind_index.get("state")
            if states is not None and any(
                    not after & set(self.doc.text[c.char_end:t.char_start].split())
                    for c in states.within(clause.start, t.char_end + 1) + states.starting_in(clause.start, t.char_end)) \
                    and not self._passive_listed_gain(t, clause.end):
                return False  # «تحت سيطرة», «مناطق سيطرة», «تسيطر», «under the control of»: who holds an area
            token = self.doc.tokens[t.start]
            if t.char_start > token.start and self.doc.text[t.char_start - 1] in self.words("purpose"):
                return False  # «للسيطرة على», «لاستعادة»: the aim of an attack, not its outcome
            if any(tok.text in self.words("purpose_word") for tok in self.doc.tokens[max(0, t.start - 2):t.start]):
                return False  # «لإعادة السيطرة», «بهدف السيطرة»
            lead = [tok.text.lower() for tok in self.doc.tokens[max(0, t.start - 3):t.start]]
            if any(" ".join(lead[k:]) in self.words("purpose_word") for k in range(len(lead) - 1)) or (
                    lead and lead[-1] in self.words("aim_to") and not (len(lead) > 1 and lead[-2] in
                                                                     self.words("aim_reached"))):
                return False  # «an offensive to recapture Mosul», «in a bid to retake»: an aim (but «managed to»)
            if t.start > 0 and _in_role(self.doc.tokens[t.start - 1], self.words("background_before")) \
                    and not (self.subject_before and _is_verb(t)):
                return False  # «بعد سيطرة النظام على درعا», «وبعد سيطرة …»: the background of the story (but «after
                # capturing X, the SDF advanced»: a verb's participle, what its sentence's subject did)
            if any(tok.text in self.words("negation") for tok in self.doc.tokens[max(0, t.start - 2):t.start]):
                return False  # «لم تسيطر», «has not fallen», «did not capture»: no place changed hands
            if set(self.doc.tokens[t.start].key_names) & self.words("storm") and self._raid(s):
                return False  # «اقتحمت قوة إسرائيلية البلدة واعتقلت شابين»: a raid, no place taken
            if _is_verb(t) and any(tok.text in self.words("raided_building") and tok.end <= clause.end
                                   for tok in self.doc.tokens[t.end:t.end + 3]):
                return False  # «اقتحم مسلحون منزلاً»: a house raided, no area taken
            first = self.doc.token_range(clause.start, t.char_start)[0]
            if any(_in_role(tok, self.words("attempt"))
                   for tok in self.doc.tokens[max(first, t.start - 6):t.start]):
                return False  # «حاولت قوات النظام التقدم والسيطرة على», «فشلت في السيطرة»: not taken
        if self._tally_sentence(s) and t.value not in ("takeover", "withdraw") and \
                not [p for p in self._places_in(t.char_end, s.end) if not p.region]:
            return False  # a running total over whole governorates: casualty records only
        if not _is_verb(t) and not self._noun_anchored(s, clause, t):
            return False  # «الاغتيالات», «صواريخ»: a kind of violence named, no event told
        if not _is_verb(t) and self._backdrop(t, clause):
            return False
        return not self._is_old(clause)

    def _sideless_clashes(self) -> None:
        """«وتدور معارك عنيفة في محيط قرية X» after «تستمر الاشتباكات بين A من جهة وB من جهة أخرى»: a clash whose
        sentence names no side at all is fought by the sides of the last clash told before it with both sides."""
        last: Frame | None = None
        for f in sorted(self.frames, key=lambda g: g.trigger.char_start):
            if f.sub_event_type != "Armed clash":
                continue
            if f.actors and f.targets:
                last = f
            elif not f.actors and not f.targets and last is not None:
                f.actors, f.targets = list(last.actors), list(last.targets)
                f.named_agents, f.inferred_targets, f.inherited_sides = False, True, True

    def _clashes_with_protesters(self) -> None:
        """«أصيبوا بها في اشتباكات أمس مع قوات الأمن» in a report that tells protests and names no armed side but
        the state's forces (and unknown gunmen): the clashes are the forces' with the protesters — excessive force
        when the sentence counts dead or wounded, else a protest with intervention."""
        if not any(f.sub_event_type in PROTESTS for f in self.frames):
            return
        if any(a.actor in NAMED_ARMED and a.actor not in STATE_FORCES for a in self.actors):
            return
        for f in self.frames:
            if f.sub_event_type != "Armed clash":
                continue
            sides = set(f.actors + f.targets) - {"CIVILIANS"}
            if not sides or not sides <= STATE_FORCES:
                continue
            hurt = self.outcome_index.starts_in(f.sentence.start, f.sentence.end)
            f.sub_event_type = EXCESSIVE_FORCE if hurt else "Protest with intervention"
            f.actors, f.targets = sorted(sides), ["CIVILIANS"]

    def _forces_met_protests(self) -> None:
        """«Four protesters were shot dead by police in X … Two protesters were killed in Y»: protesters killed or
        wounded by an author the report leaves unnamed were hit by the state forces it names meeting its other
        protests."""
        named = [f for f in self.frames if f.sub_event_type in MET_BY_FORCE and f.actors
                 and all(a in STATE_FORCES for a in f.actors)]
        if not named:
            return
        for f in self.frames:
            if f.sub_event_type == EXCESSIVE_FORCE and f.actors == ["UNKNOWN"] and not any(
                    a.actor == "UNKNOWN" for a in self._actors_in(f.sentence.start, f.sentence.end)):
                # (but «unknown gunmen shot two protesters»: the report names them unknown)
                nearest = min(named, key=lambda g: abs(g.trigger.char_start - f.trigger.char_start))
                f.actors = list(nearest.actors)

    def _dispersed_same_sentence(self) -> None:
        """«خرجت مظاهرة في مدينة X، وفرقتها قوات الأمن بالغاز المسيل للدموع واعتقلت عدداً من المشاركين فيها»: a protest
        its sentence tells dispersed is one protest with intervention at its place — not a peaceful protest besides,
        and the detention of its people told after the dispersal is part of it, no arrests of their own."""
        forced = [f for f in self.frames if f.trigger.value == "protest_force" and f.place is not None
                  and f.sub_event_type in MET_BY_FORCE]
        if not forced:
            return
        drop = []
        for f in forced:
            where = f.place.name_ar or f.place.name
            for g in self.frames:
                if g is f or g.sentence.index != f.sentence.index or g.place is None \
                        or (g.place.name_ar or g.place.name) != where:
                    continue
                if g.sub_event_type == "Peaceful protest" or g.sub_event_type == "Arrests" \
                        and g.trigger.char_start > f.trigger.char_start:
                    drop.append(g)
                elif g.sub_event_type == f.sub_event_type and g.trigger.value == "protest":
                    drop.append(f)  # (one protest: the one its own word tells)
        self.frames = [g for g in self.frames if not any(g is d for d in drop)]

    def _dispersed_next(self) -> None:
        """«Dozens protested outside the consulate in Baghdad. Security forces fired tear gas to disperse them.»: the
        forces' dispersal told in the very next sentence with no protest word of its own (only the words for the
        force) is the same protest, which was not peaceful: one protest with intervention, not two events."""
        if not self.subject_before:
            return
        drop = []
        for f in self.frames:
            if f.sub_event_type not in MET_BY_FORCE or \
                    f.trigger.value != "protest_force" or f.place is None or f.sentence.index == 0:
                continue
            if any(g.trigger.value == "protest" and g.sentence.index == f.sentence.index for g in self.frames):
                continue
            for g in self.frames:
                if g.sub_event_type == "Peaceful protest" and g.sentence.index == f.sentence.index - 1 and \
                        g.place is not None and (g.place.name_ar or g.place.name) == (f.place.name_ar or f.place.name):
                    drop.append(g)
        self.frames = [g for g in self.frames if not any(g is d for d in drop)]

    def _clash_opponents(self) -> None:
        """A clash told with one side only («دارت اشتباكات عنيفة في بلدات …» after «قوات النظام»): the other side
        is the report's other camp, when the sides of its other events make exactly one."""
        told: dict[str, int] = {}  # each side → how many frames name it (in the order the report names them)
        for g in self.frames:
            for a in unique(g.actors + g.targets):
                told[a] = told.get(a, 0) + 1
        for f in self.frames:
            if f.sub_event_type not in OPPOSED_TYPES or f.targets or not f.actors or "UNKNOWN" in f.actors:
                continue
            own = set(f.actors)  # (its targets are empty)
            others = [a for a, n in told.items() if n > (a in own) and a not in ("CIVILIANS", "UNKNOWN")
                      and not any(same_camp(a, b) for b in f.actors)]
            camps = {ACTORS[a].camp if a in ACTORS else a for a in others}
            if len(camps) == 1 and f.sub_event_type in CAMP_TARGETED:
                f.camp_targets = others
            elif len(camps) == 1:
                f.targets, f.inferred_targets = others, True

    def _report_weapon(self) -> None:
        """«استهدفت الضربات مواقع …», «تعرضت السيارة للاستهداف»: a strike whose clause names neither weapon nor
        author, in a report whose every strike told with its weapon is an air strike, is one of those air strikes
        (a ground attack or a clash would be told with its own words)."""
        unnamed = [f for f in self.frames if (f.trigger.start, f.trigger.end) in self.unnamed_weapon
                   and f.sub_event_type in ("Armed clash", "Shelling/artillery/missile attack")]
        if not unnamed:
            return
        weapon_told = [f for f in self.frames if (f.trigger.start, f.trigger.end) not in self.unnamed_weapon
                       and f.event_type in ("Battles", "Explosions/Remote violence")]
        told = {f.sub_event_type for f in weapon_told}
        by_author: dict[str, set[str]] = {}
        for f in weapon_told:
            for a in f.actors:
                by_author.setdefault(a, set()).add(f.sub_event_type)
        for f in unnamed:
            if not f.named_agents:
                if told == {"Air/drone strike"}:
                    f.sub_event_type = "Air/drone strike"
                elif self._definite(f.trigger):
                    # «… dropped barrel bombs on Aleppo. … injured in the attacks on the X neighbourhood», «… غارات
                    # شنها الطيران على المدينة. … القصف الذي استهدف حي المشلب»: the strikes the sentence just before
                    # told with their weapon
                    before = [g for g in weapon_told if g.trigger.char_start < f.trigger.char_start
                              and f.sentence.index - g.sentence.index <= 3]
                    if before and before[-1].sub_event_type == "Air/drone strike":
                        f.sub_event_type = "Air/drone strike"
            elif f.actors and all(by_author.get(a) == {"Air/drone strike"} for a in f.actors):
                f.sub_event_type = "Air/drone strike"  # «Turkey targeted a vehicle» where Turkey's strikes are drones
                # (not an attack told with two sides, one of which strikes from the air elsewhere in the report)


    def _air_only_strikers(self) -> None:
        """«استهدفت صواريخ مواقع قرب مطار دمشق» with no side named, in a report whose strikers all strike from the
        air only (Israel, the coalition): their missiles, an air strike."""
        authors = {a for f in self.frames if f.named_agents and f.event_type == "Explosions/Remote violence"
                   for a in f.actors if a != "UNKNOWN"}
        if not authors or not all(a in ACTORS and ACTORS[a].strikes == "air" for a in authors):
            return
        for f in self.frames:
            if f.sub_event_type == "Shelling/artillery/missile attack" and not f.named_agents \
                    and not self._artillery_named(f.trigger):
                f.sub_event_type = "Air/drone strike"

    def _unnamed_aircraft(self) -> None:
        """Air strikes whose clause names no air force (GUIDELINES, unnamed aircraft): the air force the report names
        as the author of its other air strikes when it names exactly one; barrel bombs and helicopters before
        8 December 2024 are the government's; otherwise UNKNOWN."""
        air = [f for f in self.frames if f.sub_event_type == "Air/drone strike"]
        named = {a for f in air if f.named_agents for a in f.actors if a != "UNKNOWN"}
        for f in air:
            if f.named_agents:
                continue
            clause_text = self.doc.text[f.clause.start:f.clause.end]
            era = f.date_start or self.report_date
            if self.doc.lang.says(clause_text, "regime_aircraft") and (era is None or era < NEW_ERA):
                agents = ["SYR_GOV"]
            elif len(named) == 1:
                agents = sorted(named)
            else:
                agents = ["UNKNOWN"]
            f.actors = agents
            f.targets = [t for t in f.targets if t not in agents]

    def _taken_away(self, t: Match) -> bool:
        """Is the abduction word one of taking people away («اقتادتهم», «إلى جهة مجهولة»: words.tsv taken_away, the
        verbs in their base form), not of kidnapping itself?"""
        said = self.doc.text[t.char_start:t.char_end]
        return said in self.words("taken_away") or said in _verb_forms(self.doc.lang.code, "taken_away")

    def _arrest_before(self, t: Match) -> bool:
        """Does an arrest trigger stand before the trigger in its sentence (the detained taken away after)?"""
        s = self.doc.sentence_of(t.char_start)
        return any(o.value == "arrest" and o.char_end <= t.char_start
                   for o in self.trigger_index.within(s.start, t.char_start))

    def _bombs_stopped(self) -> None:
        """«دمرت القوات 6 عجلات مفخخة قبل وصولها إلى القطعات»: a car bomb or bomber the forces destroyed or foiled (a
        destroy or foil word before it in its clause) and that did not reach its target (stopped_before after it, or
        a side named between the verb and the bomb: the verb's subject) is a weapon stopped — Disrupted weapons use
        (ACLED) — not a blast of its own."""
        stopped, foil = self.words("stopped_before"), self._stems("foil")
        if not stopped:
            return
        for f in self.frames:
            if f.sub_event_type not in ("Remote explosive/landmine/IED", "Suicide bomb") or not f.trigger:
                continue
            t, clause = f.trigger, f.clause
            verbs = [o for o in self.trigger_index.within(clause.start, t.char_start)
                     if o.value == "destroy" and o.char_end <= t.char_start]
            first, _ = self.doc.token_range(clause.start, t.char_start)
            foiled = [tok for tok in self.doc.tokens[first:t.start] if set(tok.key_names) & foil]
            if not verbs and not foiled:
                continue
            after = self.doc.text[t.char_end:min(clause.end, t.char_end + 60)]
            start = min([o.char_end for o in verbs] + [tok.end for tok in foiled])
            if any(p in after for p in stopped) or self._actors_in(start, t.char_start):
                f.sub_event_type = "Disrupted weapons use"

    def _definite(self, t: Match) -> bool:
        """Does the trigger word carry the article («القصف», not «قصف»), or follow it where it is a word of its
        own («the clashes», «these attacks»)?"""
        return (bool(self.article) and self.doc.text.startswith(self.article, t.char_start)) or (
            t.start > 0 and self.doc.tokens[t.start - 1].text in self.words("definite"))

    def _backdrop(self, t: Match, clause: Span) -> bool:
        """«بعد اغتيال …», «التحقيق في تفجير …»: a noun trigger that only sets the scene, with no toll told."""
        reach = 28 if self.subject_before else 16  # (English: «despite the intensive airstrikes», words apart)
        window = self.doc.text[max(clause.start, t.char_start - reach):t.char_start]
        if self._after_perpetrators(t):
            return True  # «منفذي تفجير أوقع قتلى»: the bombing its perpetrators are tried or hunted for, told before
        if self._cues_in(max(clause.start, t.char_start - 2 * reach), t.char_start, "case"):
            return True  # «التحقيق في تفجير …», «المتورط في اغتيال …»: the matter of a case, told before
        cues = self._cues_in(t.char_start - len(window), t.char_start, "background")
        if not cues:
            return False
        if self.doc.lang.says(self.doc.text[max(clause.start, cues[-1].char_start - 12):cues[-1].char_end],
                              "subjected"):
            return False  # «X came under heavy shelling»: what the place suffered, not the scene of something else
        spans = self.words("span_of_time")
        if any(w in spans for w in self.doc.text[cues[-1].char_end:t.char_start].split()):
            return False  # «بعد يوم من اشتباكات مماثلة على …»: fighting told with its own time, an event
        if any(tok.text in self.words("similar") for tok in self.doc.tokens[t.end:t.end + 2]) and any(
                d.kind in DAY_KINDS for d in self.date_index.starting_in(t.char_end, clause.end)):
            return False  # «بعد معارك مماثلة شهدها المحور ذاته يوم أمس»: the like of today's, told with its own day
        if t.value == "clash" and any(o.value in ("takeover", "deploy") and _is_verb(o) and o.char_end <= t.char_start
                                      for o in self.sentence_triggers.get(clause, ())):
            return False  # «captured the village after violent clashes»: the fighting the take-over was won in
        if t.value == "agreement":
            return True  # «قتل 3 رغم اتفاق وقف إطلاق النار»: the toll is the shelling's, not the agreement's
        places = [p for p in self._places_in(t.char_end, clause.end) if not p.region]
        if places and self._armed_actor_in(Span(clause.start, places[0].end)):
            # «بعد هجوم لتنظيم داعش على نقاط في منطقة X»: who and where told, an event of its own (not «بعد هجوم
            # على مركز في X ظهر الجنود»: a side named after the place is the sentence's own news)
            return False
        if self.outcome_index.starts_in(clause.start, clause.end):
            return False
        # «قتل ثلاثة عناصر في بلدة X، بعد استهداف سيارتهم …»: the toll told just before, this is its cause
        s = self.doc.sentence_of(clause.start)
        if self._toll_clause(s, clause) is not None:
            return False  # «مقتل قيادي …، إثر استهدافه بالرصاص …، في مدينة X»: the toll's cause, the event itself
        before = [c for c in s.clauses if c.end <= clause.start]
        return not (before and self.outcome_index.starts_in(before[-1].start, before[-1].end)
                    and len(self.doc.text[clause.start:t.char_start].split()) <= 2)

    def _described_by(self, t: Match, clause: Span) -> bool:
        """Does a relative pronoun stand right before the trigger («الذي خطفته», «who kidnapped»), with no day
        given in the clause?"""
        words = self.words("described_by")
        if not words or t.start == 0:
            return False
        before = self.doc.tokens[t.start - 1]
        if not _in_role(before, words):
            return False
        return not any(d.kind in DAY_KINDS for d in self.date_index.starting_in(clause.start, clause.end))

    def _death_described(self, t: Match, clause: Span) -> bool:
        """Does a relative pronoun and a verb of dying stand in the few words before a noun trigger («الذي قتل في
        انفجار», «التي قضت في هجوم»), with no day given in the clause? The attack tells how a person died, in passing."""
        relative, died = self.words("described_by"), self.words("died_in")
        if not died:
            return False
        before = self.doc.tokens[max(0, t.start - 6):t.start]
        for i, tok in enumerate(before[:-1]):
            if _in_role(tok, relative) and set(before[i + 1].key_names) & died:
                if any(p in self.doc.text[tok.start:t.char_start] for p in STOPS):
                    return False
                return not any(d.kind in DAY_KINDS for d in self.date_index.starting_in(clause.start, clause.end))
        return False

    def _ago_after(self, t: Match, clause: Span) -> bool:
        """Does «قبل» with a unit of months or years in the two words after it («قبل أربعة أعوام», «قبل عشرين
        عاماً», «قبل أشهر»), or a decade or a century («التسعينات», «القرن»), follow the trigger in its clause?"""
        ago, units, eras = self.words("ago"), self.words("long_unit"), self._stems("era")
        first, last = self.doc.token_range(t.char_end, clause.end)
        tokens = self.doc.tokens[first:last]
        if eras and any(not eras.isdisjoint(tok.key_names) for tok in tokens):
            return True  # «في أواخر التسعينات», «في القرن السابع عشر»: a decade or a century back
        if not ago or not units:
            return False
        return any(tok.text in ago and any(_in_role(u, units) for u in tokens[i + 1:i + 3])
                   for i, tok in enumerate(tokens))

    def _may(self, clause: Span, t: Match) -> bool:
        """Does «قد» stand before a verb of the imperfect in the clause, at or before the trigger («قد يعيدون
        تنظيم أنفسهم ويشنون هجمات», «قد يخطف»)? («قد» before the perfect, «قد شنوا», tells what did happen.)"""
        may, prefixes = self.words("may_particle"), tuple(self.words("imperfect_prefix"))
        if not may or not prefixes:
            return False
        first, _ = self.doc.token_range(clause.start, clause.end)
        tokens = self.doc.tokens
        return any(not may.isdisjoint(tokens[i].key_names) and tokens[i + 1].text.startswith(prefixes)
                   for i in range(first, min(t.start, len(tokens) - 1)))

    def _pluperfect_before(self, s: Sentence, clause: Span, t: Match) -> bool:
        """Does the sentence open with «كان» (past_aux) and «قد» a few words on, before the trigger, and is what it
        tells dated more than a week before the report, or set in a past period («الصيف الماضي»)? The past perfect
        of a report's background paragraph («وكانت قوات النظام قد حاصرت الحي في الصيف الماضي»); yesterday's news
        told in it stays an event."""
        if self.report_date is None or not opens_past_perfect(self.doc, s, t.start):
            return False
        if names_past_period(self.doc, s):
            return True
        d_start, _ = self._date_for(s, clause, t.char_start)
        if d_start is None:
            # «وكانت قوات النظام قد استعادت البلدة في آب 2017، قبل أن تواصل التقدم نحو …», «… منذ عام 2013،
            # واتخذتها منطلقاً للاعتداء على …»: the date said in an earlier clause of the past-perfect sentence dates
            # the clauses that go on from it
            said = [d for d in self.date_index.starting_in(s.start, t.char_start) if d.date_start is not None]
            if said:
                d_start = said[-1].date_start
        return d_start is not None and (self.report_date - d_start).days > PAST_PERFECT_AGE

    def _toward(self, t: Match, clause: Span) -> bool:
        """Does a word of heading for a place (words.tsv, toward: «نحو», «باتجاه», «مشارف») stand between the advance
        and the first place after it?"""
        toward = self.words("toward")
        # (the sentence's end, not the clause's: «تقدمت القوات، صباح اليوم، نحو بلدة X»: a time told between commas)
        places = self._places_in(t.char_end, self.doc.sentence_of(t.char_start).end)
        if not toward or not places:
            return False
        between = self.doc.text[t.char_end:places[0].start].split()
        if len(between) > 10:
            return False
        return any(w in toward or w[1:] in toward for w in between) or any(
            " ".join(between[i:i + 2]) in toward for i in range(len(between) - 1))

    def _claim_denied(self, s: Sentence, t: Match) -> bool:
        """Does a verb of saying stand before the trigger in its sentence and a denial of what it said after it
        («زعمت وسائل إعلام النظام أن قواته سيطرت على X، وهو ما نفته الفصائل»)? A claim one side makes and the other
        denies, no event the report tells. (A strike told by the report itself and denied by its author, with no
        one saying it, stays an event.)"""
        if not self.denials_told:
            return False
        after = self.doc.text[t.char_end:s.end]
        if not any(p in after for p in self.denials_told):
            return False
        speech = self.words("speech")
        first, _ = self.doc.token_range(s.start, s.end)
        return any(not speech.isdisjoint(tok.key_names) for tok in self.doc.tokens[first:t.start])

    def _recalled(self, s: Sentence) -> bool:
        """Does the sentence open with words that recall background («يذكر أن», «It is worth noting that»)?"""
        head = self.doc.text[s.start:s.start + 40].lstrip(" \"'-–•*")
        return head.startswith(_recall_openers(self.doc.lang))

    def _after_perpetrators(self, t: Match) -> bool:
        """«منفذي تفجير», «the perpetrators of the bombing»: the words right before the trigger name who did it; or
        they name what belongs to the bomber the trigger names («صورة الانتحاري», «جثة الانتحاري»): a person, no event."""
        words = self.words("perpetrator") | self.words("held_by_person")
        if self._definite(t):  # «قرب مكان الانفجار», «at the scene of the attack»: the event told before, its place
            words = words | self.words("scene_of")
        before = self.doc.tokens[max(0, t.start - 3):t.start]
        while before and before[-1].text in self.words("determiner"):
            before = before[:-1]
        if before and not words.isdisjoint(before[-1].key_names):
            return True
        return any(" ".join(tok.text for tok in before[-k:]) in words for k in (2, 3) if len(before) >= k)

    def _glued_after(self, t: Match) -> bool:
        """Does a word with «ل» glued («لقصف», «لهجوم», «للاستهداف») follow a verb of being subjected in its
        sentence?"""
        s = self.doc.sentence_of(t.char_start)
        first, last = self.doc.token_range(t.char_end, s.end)
        return any(tok.text[:1] in self.words("purpose") and len(tok.text) > 2
                   for tok in self.doc.tokens[first:last])

    def _explosive_defused(self, t: Match) -> bool:
        """Is the trigger a noun of a mine, explosive or shell that its clause tells was cleared, planted, found or
        carried (_defused), not set off?"""
        return t.value in ("ied", "explosion", "shell") and not _is_verb(t) and self._defused(t)

    def _defused(self, t: Match) -> bool:
        """Does a word saying the explosive was cleared, defused, planted, found or carried stand in the five words
        before the mine or explosive noun, in its clause («إزالة الألغام والعبوات», «زرع أربعة آلاف لغم», «فككت قوات
        الأمن أمس سيارة مفخخة»)?"""
        words = self._stems("defused")
        return bool(words) and self._word_before(t, 5, words, clause_start=self.doc.clause_of(t.char_start).start)

    def _passive(self, t: Match) -> bool:
        """«X was shelled», «were heavily targeted»: a verb trigger after an auxiliary of the passive."""
        if not _is_verb(t):
            return False
        if self.doc.text[t.char_start:t.char_end] in self.words("passive_verb"):
            return True  # «the town fell to government forces»: passive in meaning
        before = self.doc.tokens[max(0, t.start - 3):t.start]
        return any(tok.text in self.words("passive") for tok in before[-2:]) and \
            not any(p in self.doc.text[before[0].start if before else t.char_start:t.char_start] for p in ".,;:")

    def _air_defence(self, clause: Span) -> bool:
        text = self.doc.text[clause.start:clause.end]
        return self.doc.lang.says(text, "air_defence")

    def _massacre(self, t: Match) -> bool:
        """Is the trigger a word of a massacre (an attack whoever commits it, not a court's sentence)?"""
        return self.doc.lang.says(self.doc.text[t.char_start:t.char_end], "massacre")

    def _executioner(self, clause: Span) -> bool:
        """Executions are coded when an armed group or unknown gunmen carry them out, or «ميدانيا»."""
        text = self.doc.text[clause.start:clause.end]
        return self.doc.lang.says(text, "field_execution") or \
            any(a.actor in NON_STATE for a in self._actors_in(clause.start, clause.end)) or \
            self.subject_before and {"CIVILIANS"} < {a.actor for a in self._actors_in(clause.start, clause.end)} and any(
                a.actor in ARMED for a in self._actors_in(clause.start, clause.end))
        # (English: «regime forces executed 12 civilians in the village of X», not a court's sentence; tried for
        # Arabic: three events more on the working split, none in its gold)

    def _armed_actor_in(self, clause: Span) -> bool:
        return any(a.actor in NAMED_ARMED for a in self._actors_in(clause.start, clause.end))

    def _noun_anchored(self, s: Sentence, clause: Span, t: Match) -> bool:
        """A noun trigger reports an event when its clause (or, for the surer nouns, its sentence or an armed
        side named with it) ties it to a place, date, number or toll."""
        if self.clause_verbs.get(clause, 0) > (1 if _is_verb(t) else 0):
            return True  # «المدفعية التركية فتحت نيرانها»: the weapon is the subject of a verb that tells the event
        if t.value in ("protest_noun", "riot_noun") and self._cues_in(clause.start, clause.end, "happened"):
            return True  # «تجمع مئات المتظاهرين»: a verb of happening tells the protest
        if self._scene_anaphor(clause, t) and (self._places_in(s.start, clause.start)
                                               or self._previous_place(s) is not None):
            return True  # «وترافقت الاشتباكات مع القصف الجوي على مناطق الاشتباك»: the scene told just before
        if t.value in WEAPONS and self.doc.lang.says(self.doc.text[t.char_start:t.char_end], "support"):
            # «شنت قوات النظام هجوماً على …، تحت غطاء مدفعي»: the cover or support of the event its sentence tells
            return self._anchored(Span(s.start, s.end))
        if t.value in CLAUSE_ANCHORED:  # («، إثر استهدافه بالرصاص …»: the cause of a toll told just before)
            return self._anchored(clause) or self._toll_follows(s, clause) or self._toll_clause(s, clause) is not None
        if self._armed_actor_in(clause):
            return True
        return self._anchored(clause if self._definite(t) else Span(s.start, s.end))

    def _scene_anaphor(self, clause: Span, t: Match) -> bool:
        """Does the clause, after the trigger, hit the scene told before by a word that points back to it (words.tsv,
        scene_anaphor: «على مناطق الاشتباك», «محاور القتال»)?"""
        return self.doc.lang.says(self.doc.text[t.char_end:clause.end], "scene_anaphor")

    def _toll_follows(self, s: Sentence, clause: Span) -> bool:
        """«وإطلاق نار على المحتجين، ما أدى لمقتل متظاهر»: the next clause opens with a word of result and tells
        the toll."""
        result = self._result_clause(s, clause)
        return result is not None and self.outcome_index.starts_in(result.start, result.end)

    def _anchored(self, clause: Span) -> bool:
        """Does the clause tie a noun trigger to a real event: a place, a day or a casualty? (A bare number or a
        year does not: «صواريخ من طراز سكود»; each test is a bisection over the document's mentions, so long
        clauses cost no more per trigger.)"""
        return self.all_place_index.starts_in(clause.start, clause.end) \
            or any(d.kind in DAY_KINDS for d in self.date_index.starting_in(clause.start, clause.end)) \
            or self.outcome_index.starts_in(clause.start, clause.end)

    def _tally_clause(self, clause: Span) -> bool:
        """Does a tally cue stand in the clause, not as the word of a count without a number («أصيب عدد من
        المتظاهرين عندما أطلق عناصر الأمن النار»: «a number of», no running total)?"""
        cues = self._cues_in(clause.start, clause.end, "tally")
        if not cues:
            return False
        vague = [q for q in self.quantity_index.starting_in(clause.start, clause.end) if q.qualifier == "vague"]
        return any(not any(q.start <= c.char_start and c.char_end <= q.end for q in vague) for c in cues)

    def _tally_sentence(self, s: Sentence) -> bool:
        cues = self._cues_in(s.start, s.end, "tally")
        words = {self.doc.text[c.char_start:c.char_end] for c in cues}
        weak = self.words("tally_weak")
        return bool(words - weak) or (bool(words & weak) and any(
            w in self.doc.text[s.start:s.end].split() for w in self.words("until")))

    def _is_old(self, clause: Span) -> bool:
        """A clause dated to a year before the report's (or before the latest year it names) is history."""
        reference = self.report_date.year if self.report_date else self.latest_year
        if reference is None:
            return False
        for d in self.date_index.starting_in(clause.start, clause.end):
            if self.report_date is None and d.kind == "year":
                return True  # «في عام 2005»: with no day of its own a report does not date its news by the year
            if d.date_end is not None and d.kind in ("year", "explicit", "month"):
                if d.date_end.year < reference:
                    return True
        return False

    def _read_sentence(self, s: Sentence, triggers: list[Match]) -> None:
        clauses: dict[Span, list[Match]] = {}
        # (an explosive told as planted or found, «زرع مسلحون لغماً انفجر بسيارة», is no weapon of its own here: the
        # blast verb tells the event)
        weapons = {t.value for t in triggers if not self._explosive_defused(t)} & (WEAPONS | {"bombard"})
        self.sentence_triggers, self.clause_verbs = {}, {}
        self.sentence_classes = {t.value for t in triggers}
        passing: list[Match] = []  # take-over nouns told in passing («بعد سيطرة …»)
        for t in triggers:
            clause = self.doc.clause_of(t.char_start)
            self.sentence_triggers.setdefault(clause, []).append(t)
            if _is_verb(t):
                self.clause_verbs[clause] = self.clause_verbs.get(clause, 0) + 1
        for t in triggers:
            if weapons and t.value == "explosion":
                continue  # «انفجارات … ناجمة عن قصف»: the blast or the killing is the strike's
            clause = self.doc.clause_of(t.char_start)
            if t.value == "takeover" and any(0 < t.start - o.end <= 4 and o.char_end > clause.start
                                             for o in passing):
                continue  # «عقب استعادة الفصائل السيطرة على …»: the noun the passing take-over governs
            if self._real(s, t, clause):
                clauses.setdefault(clause, []).append(t)
            elif t.value == "takeover" and _is_verb(t) and self._recalled(s):
                self._recalled_gain(s, clause, t)
            elif t.value == "takeover" and not _is_verb(t) and t.start > 0 and \
                    set(self.doc.tokens[t.start - 1].key_names) & self.words("after_gain"):
                self._passing_gain(s, clause, t)
                passing.append(t)
        ordered = sorted(clauses.items(), key=lambda kv: kv[0].start)
        self.clause_triggers.update(clauses)
        for n, (clause, found) in enumerate(ordered):
            scope_end = ordered[n + 1][0].start if n + 1 < len(ordered) else s.end
            for t, sub_type in self._resolve(clause, found):
                self._frame(s, clause, t, sub_type, scope_end)

    def _resolve(self, clause: Span, found: list[Match]) -> list[tuple[Match, str]]:
        """Trigger classes of one clause → sub-event types; specific weapons absorb generic words."""
        classes = {t.value for t in found}
        air_context = bool(self._air_cues(clause.start, clause.end))
        has_weapon = bool(classes & WEAPONS) or ("bombard" in classes)
        out: list[tuple[Match, str]] = []
        others = classes & (VIOLENT - {"execute"})
        tolls = [t for t in found if t.value == "execute" and self._massacre(t) and (
            air_context or others or self.sentence_classes & (VIOLENT - {"execute"}))]
        if tolls:
            # «مجزرة …، مستخدمة الغازات السامة», «قصفت … وارتكبت مجزرة»: the massacre is the toll of the strike or
            # killing its sentence tells, no event of its own; «ارتكب الطيران الحربي مجزرة في …»: the aircraft's strike
            found = [t for t in found if t not in tolls]
            classes = {t.value for t in found}
            if air_context and not others:
                out.append((tolls[0], "Air/drone strike"))
        for t in found:
            c = t.value
            if c in CLASS_TYPES:
                if c == "protest" and "protest_force" in classes:
                    out.append((t, "Protest with intervention"))
                elif c == "clash" and classes & {"suicide"}:
                    out.append((t, "Armed clash"))
                elif c == "arrest" and "sexual" in classes and not _is_verb(t):
                    continue  # «اغتصاب امرأة خلال مداهمة منزلها»: the raid is where the rape was done, no arrest
                elif c == "disrupt" and not _is_verb(t) and self._word_before(t, 4, self._stems("foil"),
                                                                            clause_start=clause.start):
                    continue  # «وتدمير أربع دبابات ومستودع للذخيرة»: a depot the strike destroyed, no weapons use disrupted
                elif c == "disrupt" and classes & {"air", "shell", "bombard"} and any(
                        w in self.words("target_marker") for w in _head_words(self.doc.text[t.char_start:t.char_end])):
                    continue  # «استهدفت الغارات مستودعات أسلحة», «strikes hit a weapons depot»: the depots the
                    # strike hit, no weapons use disrupted (the head noun leads in Arabic, ends an English compound)
                elif c == "ied" and "suicide" in classes:
                    continue
                elif c == "abduct" and self._taken_away(t) and self._arrest_before(t):
                    continue  # «اعتقلت قوات النظام 20 شاباً واقتادتهم إلى جهة مجهولة»: where the detained were taken
                elif c == "ied" and classes & {"air", "shell", "bombard"} and self._glued(t, "instrument"):
                    continue  # «قصف … بقنابل الفوسفور»: the bombs the strike dropped or fired
                elif c == "ied" and self.doc.text[t.char_start:t.char_end] in self.words("hand_bomb") and (
                        air_context or self._thrown(t, clause)):
                    # «ألقى مجهولون قنبلة على مبنى»: a bomb thrown by hand; «ألقت الطائرات قنابل»: dropped
                    out.append((t, "Air/drone strike" if air_context else "Grenade"))
                elif c == "shell" and ("air" in classes or air_context) and not self._cue_word(t, self.words("artillery")):
                    if "air" not in classes:
                        out.append((t, "Air/drone strike"))  # «استهدفت طائرات مروحية … بصواريخ موجهة»
                    continue  # «صواريخ» fired from aircraft
                elif c == "air" and self.doc.text[t.char_start:t.char_end] in self.words("raid_noun") \
                        and not self._air_cues(0, len(self.doc.text)) and not (
                        (classes | self.sentence_classes) & {"arrest", "abduct", "sexual"}) and any(
                        a.actor in NAMED_ARMED and not (a.actor in ACTORS and ACTORS[a.actor].strikes == "air")
                        for a in self._actors_in(clause.start, clause.end)):
                    # «a raid on a hideout» in a report that names no aircraft: a raid on the ground
                    if not classes & VIOLENT - {"air"}:
                        civilian = self._civilian_victims(clause) or self._civilian_toll_after(clause)
                        out.append((t, "Attack" if civilian else "Armed clash"))
                    continue
                elif c == "air" and (classes | self.sentence_classes) & {"arrest", "abduct", "sexual"} \
                        and not air_context:
                    # «arrested five suspects in a raid»: a raid on the ground, no aircraft named; told in a clause
                    # of its own («arrested 12 people, including two women, in a raid in X»), the arrests' place
                    if not classes & {"arrest", "abduct"} and "arrest" in self.sentence_classes:
                        out.append((t, CLASS_TYPES["arrest"]))
                    continue
                elif c == "shell" and any(o.value == "kill" and self.doc.lang.says(
                        self.doc.text[o.char_start:o.char_end], "close_fire") for o in found) \
                        and not self._civilian_victims(clause) and not self._civilian_toll_after(clause) and any(
                        a.actor in NAMED_ARMED for a in self._actors_in(
                            min(o.char_end for o in found), clause.end)):
                    out.append((t, "Armed clash"))  # «a cell fired guided missiles and opened fire with rifles on
                    # an SDF post»: missiles fired along with gunfire at fighters are one attack on the ground
                elif c in ("shell", "air") and "disrupt" in classes and (c == "shell" or not _is_verb(t)) and any(
                        o.value == "disrupt" and not any(w in self.words("target_marker") for w in
                                                         _head_words(self.doc.text[o.char_start:o.char_end]))
                        for o in found):
                    continue  # missiles or a drone shot down (not «الغارات استهدفت مستودعات أسلحة»: the depots hit)
                elif c == "deploy" and _is_verb(t) and "clash" in classes and self.subject_before:
                    out.append((t, "entered_fighting"))  # «troops entered the town after days of fighting»: won by
                    # fighting, a take-over (English; Arabic «دخلت» is left to its own rules)
                else:
                    out.append((t, CLASS_TYPES[c]))
            elif c == "bombard":
                if classes & {"air", "shell"}:
                    continue
                # («مروحيات يعتقد أنها روسية، قصفت …»: the aircraft set off before the verb are its subject)
                aircraft = air_context or self._aircraft_set_off(t, clause)
                if not aircraft:
                    self.unnamed_weapon.add((t.start, t.end))
                out.append((t, "Air/drone strike" if aircraft else "Shelling/artillery/missile attack"))
            elif c in ("attack", "target"):
                # (a take-over in a relative clause says who holds the place hit: «هجوماً على قرية ذيبان التي سيطرت
                # عليها العشائر» is still the attack; «raped a woman during a raid on her home»: the raid is the
                # rape's setting; «انفجار استهدف موقعاً»: the blast is the attack)
                held = {o.value for o in found if not (o.value == "takeover" and _is_verb(o) and self._relative(clause, o))}
                if "disrupt" in held and c == "target" and _is_verb(t) and not has_weapon and any(
                        a.actor in ACTORS and ACTORS[a.actor].strikes == "air" and a.end <= t.char_start
                        for a in self._actors_in(clause.start, t.char_start)):
                    out.append((t, "Air/drone strike"))  # «تصدت الدفاعات الجوية لعدوان إسرائيلي استهدف مواقع …»:
                    continue  # the strike the defences met was made, besides the weapons use they disrupted
                if has_weapon or (held | self.sentence_classes & {"sexual"}) & {
                        "clash", "kill", "execute", "abduct", "arrest", "protest", "takeover", "disrupt", "explosion",
                        "sexual"}:
                    continue
                instrument = self._instrument_after(t, clause)
                if air_context or self._aircraft_set_off(t, clause):
                    out.append((t, "Air/drone strike"))  # «استهدفت طائرات حربية …»
                elif instrument is not None:
                    out.append((t, CLASS_TYPES[instrument.value]))  # «استهداف قوات الأسد للبلدة بالمدفعية الثقيلة»
                elif self._sentence_weapon(clause):
                    out.append((t, self._sentence_weapon(clause)))  # «… غارات على X، في حين تعرضت Y»
                else:
                    self.unnamed_weapon.add((t.start, t.end))
                    if c == "target" and self._area_hit(t, clause):
                        out.append((t, "Shelling/artillery/missile attack"))  # «تعرضت مناطق في بلدة …»
                    else:
                        civilian = self._civilian_victims(clause) or self._civilian_toll_after(clause)
                        out.append((t, "Attack" if civilian else "Armed clash"))
            elif c == "explosion":
                if classes & (WEAPONS | {"disrupt", "bombard"}):
                    continue
                out.append((t, "Remote explosive/landmine/IED"))
            elif c == "kill":
                # a weapon or a clash told with the killing types the event («قتل … بقصف»); a bare «استهدف»
                # does not: «استهدفوا بالرصاص عنصراً» is the killing's
                if classes & (VIOLENT - {"kill", "attack", "target"}) or self._tally_clause(clause):
                    continue
                victims = self._victims(t, clause)
                if victims is None and self._passive_in_clause(t, clause):
                    # «A young man was killed, after being shot by ISIS cells»: the one shot is the sentence's subject
                    s = self.doc.sentence_of(clause.start)
                    victims = self._person_before(s.start, clause.start)
                told = [kind for u, kind in out if u.value in ("kill", "death") and u.char_start < t.char_start]
                if told and not _is_verb(t):
                    # «قتل شاب برصاص مسلحين في عملية انتقامية»: one killing told by two words, typed by the first (the
                    # killers named before the noun are no victims of it)
                    out.append((t, told[-1]))
                    continue
                civilian = victims == "civilian" if victims else (
                    self._civilian_victims(clause) or self._civilian_toll_after(clause))
                out.append((t, "Attack" if civilian else "Armed clash"))
            elif c == "destroy":
                if not classes & (VIOLENT - {"kill", "attack", "target"}) and self._aircraft_doer(t, clause):
                    out.append((t, "Air/drone strike"))  # «دمرت المقاتلات التركية 21 هدفاً», «ضربت طائرات التحالف …»
            elif c == "death" and self._aircraft_subject(t) and not classes & (VIOLENT - {"kill", "attack", "target"}):
                out.append((t, "Air/drone strike"))  # «قتلت الطائرات الحربية الروسية خمسة مدنيين»
            elif c == "death" and not classes & (VIOLENT - {"kill", "attack", "target"}) and (
                    (passive_killer := self._passive_killer(t, clause)) is not None or self._killer_after(t)
                    or self._killer_before(t, clause) or self._killed_by_hand(t, clause)):
                victims = self._victims(t, clause)  # «قتل مسلحون مجهولون رجلاً»: a killing, its author named
                if passive_killer is not None:  # («a woman was killed … by ISIS»: the subject was killed)
                    victims = self._person_before(clause.start, t.char_start) or victims
                civilian = victims == "civilian" if victims else self._civilian_victims(clause)
                out.append((t, "Attack" if civilian else "Armed clash"))
            elif c == "death" and not classes & (VIOLENT - {"kill", "attack", "target"}) and _is_verb(t) \
                    and self._protesters_died(t, clause):
                out.append((t, EXCESSIVE_FORCE))  # «two protesters were killed in X»
            elif c in ("protest_noun", "riot_noun"):
                if "protest" in classes or not self._cues_in(clause.start, clause.end, "happened"):
                    continue  # «موجة الاحتجاجات العربية»: a protest named, none reported
                if c == "riot_noun":
                    out.append((t, "Violent demonstration"))
                else:
                    out.append((t, "Protest with intervention" if "protest_force" in classes else "Peaceful protest"))
            elif c == "takeover":
                if self._is_gain(t, clause.end):  # «استعادت الفصائل … السيطرة على X»: the noun carries the object
                    out.append((t, "takeover"))
            elif c == "withdraw":
                out.append((t, "withdraw"))
        for t, sub in list(out):
            other = self._coordinated_kind(t, sub, clause)
            if other is not None and not any(told == other for _, told in out):
                out.append((t, other))  # «قصف جوي ومدفعي», «قصفاً مدفعياً وجوياً»: two kinds of strike, two events
        if not any(sub == "Air/drone strike" for _, sub in out):
            shelling = next((t for t, sub in out if sub == "Shelling/artillery/missile attack"), None)
            if shelling is not None and self._aircraft_listed_with(shelling, clause):
                out.append((shelling, "Air/drone strike"))  # «بقصف … بالمدفعية والطيران الحربي»: both
        if "chemical" in classes:  # «قصف … بصواريخ محملة بغاز الكلور»: the shells or bombs carried the gas, one
            out = [(t, sub) for t, sub in out if sub not in STRIKE_TYPES or sub == "Chemical weapon"]  # attack
        out = self._protest_scene(clause, found, out)
        out = self._mob_scene(clause, found, out)
        if any(sub == "Violent demonstration" for _, sub in out):
            out = [(t, sub) for t, sub in out if sub != "Peaceful protest"]  # one protest, a violent one
        # the same sub-type twice in a clause is one event; of two take-over words, the one that takes a place
        # over an advance («تقدمت الفصائل وسيطرت على بلدة X»: the advance ends in the taking)
        seen: set[str] = set()
        unique_out = []
        advance = self.words("advance")
        for t, sub in sorted(out, key=lambda o: o[1] == "takeover" and self._advance_word(o[0], advance)):
            if sub not in seen:
                seen.add(sub)
                unique_out.append((t, sub))
        return unique_out

    def _lost_by(self, clause: Span, t: Match) -> list[str]:
        """«فقدت قوات النظام السيطرة على X», «خسارة التنظيم السيطرة»: a word of losing (words.tsv, lose) right
        before a take-over noun, or before its subject: the sides named between them lost the place."""
        lose = self.words("lose")
        if _is_verb(t):  # «خسر التنظيم مدينة X»: the verb's subject, after it or before it
            if not set(self.doc.tokens[t.start].key_names) & lose:
                return []
            place = self._place_lost(t, clause.end)
            after = [a.actor for a in self._actors_in(t.char_end, place.start)] if place is not None else []
            return after or [a.actor for a in self._actors_in(clause.start, t.char_start)][-1:]
        first = self.doc.token_range(clause.start, t.char_start)[0]
        for i in range(t.start - 1, max(first, t.start - 5) - 1, -1):
            if _in_role(self.doc.tokens[i], lose):
                named = [a.actor for a in self._actors_in(self.doc.tokens[i].end, t.char_start)]
                between = self.doc.text[self.doc.tokens[i].end:t.char_start].split()
                if named and len(between) > len(named) * 3:
                    return []  # other words than the subject's between them
                return named or [a.actor for a in self._actors_in(clause.start, self.doc.tokens[i].start)][-1:]
        return []

    def _driven_out(self, t: Match, scope_end: int) -> ActorMention | None:
        """The side a verb of expelling (words.tsv, expel: «طرد», «دحر») drives out of a place: an armed side named
        after the verb, then «من» and the place («طرد مقاتلو العشائر عناصر قسد من بلدة X»). None: no place taken —
        people driven from their homes («طرد التنظيم العائلات من قرية X»), an attack repelled («دحرت القوات هجوماً
        على بلدة X»)."""
        from_words = self.words("from")
        for a in self._actors_in(t.char_end, scope_end):
            if a.actor not in NAMED_ARMED:
                continue
            place = next(iter(self._places_in(a.end, scope_end)), None)
            gap = self.doc.text[a.end:place.start].split() if place is not None else []
            if gap and gap[0] in from_words and len(gap) <= 4:
                return a  # («من بلدة X», «from the village of X»)
        return None

    def _place_inside(self, t: Match) -> list[PlaceMention]:
        """The places inside a verb phrase matched across its subject («سقط~ بيد» in «سقطت مدينة X بيد التنظيم»):
        the place is the subject that fell into a side's hands."""
        if not _is_verb(t) or t.end - t.start < 3:
            return []
        return [p for p in self._places_in(self.doc.tokens[t.start].end, t.char_end) if p.end <= t.char_end]

    def _raid(self, s: Sentence) -> bool:
        """Does the sentence tell a raid: arrests, or a search (words.tsv, search: «تفتيش», «بحثاً عن مطلوبين»)? A
        place stormed (words.tsv, storm: «اقتحم») in it was not taken, and a withdrawal after it ends the raid."""
        return bool(self.sentence_classes & {"arrest", "abduct"}) \
            or self.doc.lang.says(self.doc.text[s.start:s.end], "search")

    def _place_lost(self, t: Match, scope_end: int) -> PlaceMention | None:
        """The place a verb of losing (words.tsv, lose: «خسر») takes as its object: right after the verb or after
        its subject, at most a type word between («خسر التنظيم مدينة X»; not «خسرت الفصائل 20 مقاتلاً في X»)."""
        start = t.char_end
        subject = next(iter(self._actors_in(t.char_end, scope_end)), None)
        if subject is not None and not self.doc.text[t.char_end:subject.start].split():
            start = subject.end
        place = next(iter(self._places_in(start, scope_end)), None)
        if place is None or len(self.doc.text[start:place.start].split()) > 1 or place.region:
            return None
        return place

    def _advance_word(self, t: Match, advance: frozenset[str]) -> bool:
        """Is the trigger a word of advancing (words.tsv, advance: «تقدمت», «التقدم», «advanced»)?"""
        return self.doc.text[t.char_start:t.char_end].split()[0] in advance or \
            bool(set(self.doc.tokens[t.start].key_names) & advance)

    def _thrown(self, t: Match, clause: Span) -> bool:
        """Does a verb of throwing (words.tsv, throw) in the words before the trigger in its clause throw it
        («ألقى مجهولون قنبلة», «رمى شخص قنبلة على …»)?"""
        before = self.doc.text[clause.start:t.char_start].split()[-4:]
        throws = self.words("throw")
        return any(w in throws or w[1:] in throws for w in before)

    def _instrument_after(self, t: Match, clause: Span) -> Match | None:
        """The weapon glued to «ب» after a strike with no weapon of its own in its clause («استهداف … بالمدفعية»),
        though the weapon's noun alone was not read as an event: the means of that strike."""
        for o in self.sentence_triggers.get(clause, []):
            if o.char_start > t.char_end and o.value in WEAPONS and self._glued(o, "instrument"):
                return o
        return None

    def _coordinated_kind(self, t: Match, sub: str, clause: Span) -> str | None:
        """The other kind of strike two adjectives joined by «و» name in the strike's words («قصف جوي ومدفعي»: also
        shelling; «لقصف مدفعي وجوي»: also an air strike), among the six words from the trigger on."""
        if sub not in ("Air/drone strike", "Shelling/artillery/missile attack"):
            return None
        and_words = self.words("and")
        ground = tuple(self.words("ground_adjective"))

        def kind(text: str, start: int, end: int) -> str | None:
            if text.startswith(ground) or text.startswith(self.article) and text[len(self.article):].startswith(ground):
                return "Shelling/artillery/missile attack"
            return "Air/drone strike" if self._air_cues(start, end) else None

        tokens = [tok for tok in self.doc.tokens[t.start:t.start + 6] if tok.end <= clause.end]
        for a, b in zip(tokens, tokens[1:]):
            if b.text[:1] not in and_words or len(b.text) < 4:
                continue
            first, second = kind(a.text, a.start, a.end), kind(b.text[1:], b.start + 1, b.end)
            if first and second and first != second:
                return second if sub == first else first if sub == second else None
        return None

    def _aircraft_listed_with(self, t: Match, clause: Span) -> bool:
        """Are aircraft named as a weapon beside the artillery of a shelling, joined to it by «و» («بالمدفعية
        والطيران الحربي», «باستخدام الطيران الحربي والمروحي والمدفعية الثقيلة»)?"""
        and_words = self.words("and")
        for c in self._air_cues(max(clause.start, t.char_start - 40), min(clause.end, t.char_end + 40)):
            a, b = (t, c) if t.char_end <= c.char_start else (c, t)
            if b.char_start - a.char_end > 40 or self._actors_in(c.char_start, c.char_end) and not (
                    a is t and self._glued(t, "instrument")):
                continue  # («من قبل قوات النظام وطائراته»: the aircraft of a side listed with it; but «بالمدفعية
                # والدبابات والمروحيات» lists weapons, helicopters naming their side too)
            before = self.doc.text[a.char_end:b.char_start].split()
            if before and (before[-1] in and_words or before[-1][:1] in and_words and len(before[-1]) <= 3):
                return True  # («والطيران»: «و» glued, maybe with «ب»)
        return False

    def _area_hit(self, t: Match, clause: Span) -> bool:
        """Is what a strike with no weapon named hits an area, right after the trigger («تعرضت مناطق …», «استهداف
        البلدتين»)? Areas are shelled; fighters met are a clash."""
        first = self.doc.text[t.char_end:clause.end].split()[:1]
        areas = self.words("area_object")
        return bool(first) and any(k in areas for k, _ in candidate_keys(first[0], self.doc.lang.clitics))

    def _aircraft_subject(self, t: Match) -> bool:
        """Is the subject of a death verb the aircraft that killed: named right before it where the subject comes
        first («Russian warplanes killed …»), right after it where it follows («قتلت الطائرات الحربية الروسية …»)?"""
        air = self._cues_in(t.char_start - 40, t.char_end + 40, "air")
        if self.subject_before:
            return any(0 <= t.char_start - c.char_end <= 2 for c in air)
        if any(c.char_end <= t.char_start and len(self.doc.text[c.char_end:t.char_start].split()) <= 2 for c in air) \
                and self._subject_after_that(t):
            return True  # «أفاد المرصد أن مسيرة تركية قتلت …»: after «أن» the aircraft, its side named with it, come first
        return any(0 <= c.char_start - t.char_end <= 2 for c in air)

    def _aircraft_set_off(self, t: Match, clause: Span) -> bool:
        """«أن طيراناً يرجح أنه إسرائيلي، استهدف مواقع …»: a verb opening its clause whose subject, aircraft, stands
        in the clause just before, set off by a comma with a hedge, with no trigger of its own."""
        if not _is_verb(t) or self.subject_before or len(self.doc.text[clause.start:t.char_start].split()) > 1:
            return False
        s = self.doc.sentence_of(clause.start)
        before = [c for c in s.clauses if c.end <= clause.start]
        if not before or self.sentence_triggers.get(before[-1]):
            return False
        return bool(self._air_cues(before[-1].start, before[-1].end))

    def _aircraft_doer(self, t: Match, clause: Span) -> bool:
        """Are aircraft the subject of a verb that tells a strike only when they do it («دمر», «ضرب»): named right
        after it (Arabic's verb first) or right before it in its clause with at most two words between («المقاتلات
        التركية دمرت …»)?"""
        if self._aircraft_subject(t):
            return True
        for c in self._air_cues(clause.start, t.char_start):
            between = self.doc.text[c.char_end:t.char_start]
            if len(between.split()) <= 2 and not any(ch in STOPS for ch in between):
                return True
        return False

    def _killer_after(self, t: Match) -> ActorMention | None:
        """«قتل مسلحون مجهولون رجلاً»: a death verb whose subject, an armed side, stands right after it and before
        the people killed tells a killing (where the subject follows the verb; «قتل رجل برصاص …» names the victim
        first, and the death is the toll of what the clause tells)."""
        if self.subject_before:
            return None
        actor = next((a for a in self.actor_index.starting_in(t.char_end, t.char_end + 3) if a.actor in ARMED), None)
        if actor is None:
            return None
        start = actor.end
        counted = self.quantity_index.starting_in(start, start + 3)
        if counted:  # «قتل مسلحون مجهولون ثلاثة مدنيين»: the count of the people killed before them
            start = counted[0].end
        return actor if self.people_index.starts_in(start, start + 3) else None

    def _by_hand(self, gap: list[str]) -> bool:
        """Do the last words between a trigger and a side say the side did it with its own hands («على يد», «على
        أيدي عناصر من»; words.tsv role by_hand), or name it as the doer («من قبل عناصر من», two words)?"""
        hand = self.words("by_hand")
        last = gap[-4:]
        return any(g in hand for g in last) or any(" ".join(last[k:k + 2]) in hand for k in range(len(last) - 1))

    def _killed_by_hand(self, t: Match, clause: Span) -> bool:
        """«مقتل سبعة مدنيين على يد عناصر من فصائل …»: a death whose killer, an armed side, the clause names after
        words of agency tells a killing."""
        for a in self._actors_in(t.char_end, clause.end):
            gap = [g for g in self.doc.text[t.char_end:a.start].split() if g.strip(QUOTES)]
            if a.actor in ARMED and self._by_hand(gap):
                return True
        return False

    def _killer_before(self, t: Match, clause: Span) -> ActorMention | None:
        """«Iraqi troops killed six IS militants», «PMF fighters managed to kill eight militants»: an active death
        verb of a language that puts the subject first, an armed side before it in its sentence and the people
        killed right after it, tells a killing (where the subject comes first; «six militants killed in …» names
        no one after the verb, «were killed» is passive)."""
        after_that = not self.subject_before and self._subject_after_that(t)
        if not (_is_verb(t) or after_that) or self._passive_in_clause(t, clause):
            return None  # (a word written both as the noun and the verb, «قتل», is the verb after its subject)
        if not self.subject_before and not self._past_auxiliary_before(t, clause) and not after_that:
            return None  # (Arabic puts the subject first after «كان»: «وكان مسلحون مجهولون قد قتلوا مدنياً أمس»,
            # and after «أن», «إن»: «أفاد ناشطون أن مسلحين مجهولين قتلوا شاباً»)
        text = self.doc.text
        after = t.char_end + 25
        stop = next((i for i in range(t.char_end, min(after, len(text))) if text[i] in STOPS), after)
        victims = [m.char_start for m in self.people_index.starting_in(t.char_end, stop)] + [
            a.start for a in self.actor_index.starting_in(t.char_end, stop) if a.actor in ARMED]
        if not victims:
            return None
        # the people killed are the verb's object: only a count and its article come between («killed at least
        # six IS members», «killed a shepherd»; not «killed in Hawija as the army …»)
        fillers = self.words("determiner") | self.words("indefinite") | self.words("count_gap") \
            | self.words("person_adjective")  # («killed a former commander»)
        o_start, o_end = self.doc.norm.to_original(t.char_end, min(victims))
        gap = self.doc.norm.original[o_start:o_end].split()  # (as written: a capital tells a proper adjective)
        # (a community's or a nation's adjective, written with a capital, may describe them: «killed 52 Alawite
        # civilians», «killed two Iraqi soldiers»)
        proper = [w for w in gap if w[:1].isupper() and w.isalpha()]
        if len(proper) > 2 or not all(w in proper or w.isdigit() or w.lower() in fillers or
                                      parse_number(w.lower(), self.doc.lang.code) is not None for w in gap):
            return None
        s = self.doc.sentence_of(t.char_start)
        before = [a for a in self._actors_in(max(s.start, t.char_start - 150), t.char_start) if a.actor in ARMED]
        if not before:
            return None
        actor = before[-1]
        if set(text[max(s.start, actor.start - 20):actor.start].split()[-2:]) & self.words("agent_marker"):
            return None  # «attacked by ISIS …»: the side named after «by» is not the subject
        return actor

    def _subject_after_that(self, t: Match) -> bool:
        """Does an armed side stand between «أن»/«إن» (words.tsv speech_that) and the verb, a few words before it
        («قال المرصد إن التنظيم قتل خمسة مدنيين»)? After the particle Arabic puts the subject first."""
        words = self.words("speech_that")
        if not words:
            return False
        s = self.doc.sentence_of(t.char_start)
        sides = [a for a in self._actors_in(max(s.start, t.char_start - _THAT_SIDE_CHARS), t.char_start)
                 if a.actor in ARMED]
        if not sides:
            return False
        side = sides[-1]
        between = [w for w in self.doc.text[side.end:t.char_start].split() if w.strip(QUOTES)]
        lead = self.doc.text[max(s.start, side.start - _THAT_LEAD_CHARS):side.start].split()[-_THAT_LEAD_WORDS:]
        if len(between) > _THAT_GAP_WORDS or any(w in self.words("relative") for w in between):
            return False  # («إن الإرهابيين الذين قتلوا المدنيين اعتقلوا»: the side described by the killing, told
            # before; the news is their arrest)
        # («وبحسب المرصد، فإن مسلحين قتلوا …»: the particle with its conjunction)
        return any(k in words for w in lead for k, _ in candidate_keys(w, self.doc.lang.clitics))

    def _past_auxiliary_before(self, t: Match, clause: Span) -> bool:
        """Does a past auxiliary (words.tsv, past_aux: «كان», «كانت») open the clause of the verb, a few words
        before it? Then the side named between them is the verb's subject («وكانت خلايا التنظيم قد قتلت راعياً»)."""
        words = self.words("past_aux")
        if not words:
            return False
        first, _ = self.doc.token_range(clause.start, clause.end)
        return any(set(tok.key_names) & words for tok in self.doc.tokens[first:min(first + 3, t.start)])

    def _passive_in_clause(self, t: Match, clause: Span) -> bool:
        """An English verb trigger with an auxiliary of the passive among the three words before it, in its clause
        («was killed», «was reportedly killed»)."""
        return self.subject_before and _is_verb(t) and any(
            tok.text in self.words("passive") and tok.start >= clause.start
            for tok in self.doc.tokens[max(0, t.start - 3):t.start])

    def _passive_killer(self, t: Match, clause: Span) -> ActorMention | None:
        """«A woman was killed in the camp on Wednesday by members of ISIS»: an English passive death verb whose
        agent, an armed side after «by» later in its clause, tells a killing."""
        if not self._passive_in_clause(t, clause):
            return None
        text = self.doc.text
        for a in self._actors_in(t.char_end, clause.end):
            if a.actor not in ARMED:
                continue
            before = text[max(t.char_end, a.start - 30):a.start].split()
            if any(w in self.words("agent_marker") for w in before[-4:]):
                return a
        return None

    def _protesters_died(self, t: Match, clause: Span) -> bool:
        """«Two protesters were killed in X», «قتل متظاهران في X»: the dead of a death verb with no killer named are
        protesters (the word for them next to the verb, on the side the subject stands), in a report that tells a
        protest: they died at the hands of the forces that met it (GUIDELINES: excessive force)."""
        if self.subject_before:
            near = self.protest_noun_index.starts_in(max(clause.start, t.char_start - 40), t.char_start)
        else:
            near = self.protest_noun_index.starts_in(t.char_end, min(clause.end, t.char_end + 40))
        # (the word next to the verb looked at first: the report's frames and triggers only when it is there)
        return near and (any(f.sub_event_type in PROTESTS for f in self.frames) or any(
            o.value in PROTEST_ACTS for o in self.trigger_index.items))

    def _protest_scene(self, clause: Span, found: list[Match], out: list[tuple[Match, str]]) -> list[tuple[Match, str]]:
        """Violence where the sentence names protesters is violence at a protest: protesters storming or stoning
        are a violent demonstration; forces or gunmen firing on them, with dead or wounded, excessive force against
        protesters; dispersing them otherwise, a protest with intervention."""
        s = self.doc.sentence_of(clause.start)
        protest_words = [o for o in self.trigger_index.within(s.start, s.end)
                         if o.value in ("protest", "protest_noun", "riot") and not self._in_idiom(o)
                         and not self._told_apart(clause, o)]
        if self.subject_before and not protest_words:  # «forces killed two protesters»: the word names the
            # victims (an actor's name, not read as a trigger), and says the violence was at a protest
            protest_words = self.protest_noun_index.starting_in(s.start, s.end)
        result = self._result_clause(s, clause)  # «أطلقت النار لتفريقها، مما أسفر عن سقوط جرحى»
        hurt = self.outcome_index.starts_in(clause.start, clause.end) \
            or (result is not None and self.outcome_index.starts_in(result.start, result.end)) \
            or self.doc.lang.says(self.doc.text[clause.start:clause.end], "lethal_force")  # «used live bullets»
        if not protest_words and any(a.actor in STATE_FORCES for a in self._actors_in(clause.start, clause.end)):
            # «أطلقت قوات الأمن الرصاص على المحتجين، ما أدى إلى إصابة 20 منهم»: the protesters (a side's name, read
            # as no trigger) are the object of the forces' shooting, right after it, and were hurt
            protest_words = [o for t, _ in out if t.value in ("kill", "protest_force") and _is_verb(t)
                             for o in self.protest_noun_index.starting_in(t.char_end, t.char_end + 6)]  # («… على المحتجين»)
        if not protest_words:
            force = next((t for t in found if t.value == "protest_force"), None)
            if force is not None and self.subject_before and not any(sub in PROTESTS for _, sub in out):
                # «police fired tear gas to disperse protesters»: the words for the force name the protest
                return out + [(force, EXCESSIVE_FORCE if hurt else "Protest with intervention")]
            return out
        remapped: list[tuple[Match, str]] = []
        for t, sub in out:
            if t.value in ("kill", "death", "clash", "attack", "target", "takeover", "riot", "protest_force", "loot") \
                    and sub not in ("Peaceful protest",):
                acting = t.value == "riot" or any(0 <= t.char_start - o.char_end <= 40 for o in protest_words) or (
                    t.value == "loot" and any(o.value == "riot" and o.char_end <= t.char_start for o in protest_words)) \
                    or self._protesters_subject(t, protest_words)
                if acting and t.value in ("attack", "target", "takeover", "riot", "loot"):
                    sub = "Violent demonstration"  # «اقتحم المحتجون», «محتجين … بمهاجمة مقر», «وأضرموا النار فيه»
                elif t.value == "loot":
                    if not any(u.char_end <= t.char_start and v == "Violent demonstration" for u, v in remapped):
                        remapped.append((t, sub))  # (but «protesters attacked a building and torched it»: the
                    continue  # burning goes on with the violent demonstration told before it)
                else:
                    sub = EXCESSIVE_FORCE if hurt else "Protest with intervention"
            remapped.append((t, sub))
        if "protest_force" in {t.value for t in found} and not any(sub in PROTESTS for _, sub in remapped):
            force = next(t for t in found if t.value == "protest_force")
            remapped.append((force, EXCESSIVE_FORCE if hurt else "Protest with intervention"))
        if hurt:  # «فرقت قوات الأمن المتظاهرين بالرصاص الحي»: the protest's dispersal was excessive force
            by_forces = self._hurt_by_forces(clause)  # «قتل أربعة وجرح العشرات على أيدي قوات الأمن في مظاهرات»
            remapped = [(t, EXCESSIVE_FORCE if sub == "Protest with intervention" or (
                sub == "Peaceful protest" and by_forces) else sub) for t, sub in remapped]
        return remapped

    def _mob_scene(self, clause: Span, found: list[Match], out: list[tuple[Match, str]]) -> list[tuple[Match, str]]:
        """Violence a crowd does (cues.tsv, mob: «حشد من الأهالي», «an angry mob») at no protest is mob violence: a
        killing, beating, attack or burning done next to the words for the crowd («قتل حشد من الأهالي شاباً ضرباً»,
        «an angry crowd attacked a family's home and set it ablaze») is one Mob violence event, no attack or clash."""
        if any(sub in PROTESTS or sub in RIOTS for _, sub in out):
            return out
        crowds = self._cues_in(clause.start, clause.end, "mob")
        done = [t for t in found if t.value in MOB_DONE and any(
            max(c.char_start - t.char_end, t.char_start - c.char_end) <= 40 for c in crowds)]
        if not done:
            return out
        return [(t, sub) for t, sub in out if t not in done and sub not in MOB_ABSORBED] + [(done[0], "Mob violence")]

    def _in_idiom(self, t: Match) -> bool:
        """Does a phrase that tells no violence or protest hold the trigger («تظاهرة المسرح», a festival)?"""
        return any(c.value == "idiom" and c.char_start <= t.char_start and t.char_end <= c.char_end
                   for c in self.cue_index.within(t.char_start - 40, t.char_end + 40))

    def _protesters_subject(self, t: Match, protest_words: list[Match]) -> bool:
        """«هاجم متظاهرون غاضبون مقر الحزب», «اقتحم المحتجون المبنى»: protesters named right after a verb, in the
        case of a subject (words.tsv, protester_subject), are those who act (Arabic puts the subject after its verb;
        «فرقت الشرطة المتظاهرين» names the object after the subject)."""
        if self.subject_before or not _is_verb(t):
            return False
        subjects = self.words("protester_subject")
        return any(not self.doc.text[t.char_end:o.char_start].strip() and self.doc.text[o.char_start:o.char_end] in subjects
                   for o in protest_words)

    def _told_apart(self, clause: Span, o: Match) -> bool:
        """Is the trigger told in a clause set apart from this one by a word of contrast («قتل ضابط جراء هجوم في درعا،
        في حين شهدت مدينة الباب احتجاجات»: the protest is elsewhere, not the attack's scene)?"""
        lo, hi = (clause.end, o.char_start) if o.char_start >= clause.end else (o.char_end, clause.start)
        return lo < hi and self.doc.lang.says(self.doc.text[lo:hi], "contrast")

    def _result_clause(self, s: Sentence, clause: Span) -> Span | None:
        """The clause right after this one when it opens with a word telling its result (words.tsv, result_opener:
        «مما أسفر عن», «ما أدى إلى»)."""
        after = next((c for c in s.clauses if c.start >= clause.end), None)
        if after is None:
            return None
        opening = " ".join(self.doc.text[after.start:after.end].lstrip(" ،,").split(None, 2)[:2])
        return after if any(opening == w or opening.startswith(w + " ") for w in self.words("result_opener")) \
            else None

    def _hurt_by_forces(self, clause: Span) -> bool:
        """Does the clause say state forces did the killing or wounding («على أيدي قوات الأمن», «برصاص الشرطة»):
        a state force named right after a word of agency (words.tsv, hurt_by)?"""
        markers, relative = self.words("hurt_by"), self.words("relative_pronoun")
        for a in self._actors_in(clause.start, clause.end):
            before = self.doc.text[clause.start:a.start].split()
            if a.actor in STATE_FORCES and any(w in markers or w[1:] in markers for w in before[-2:]) \
                    and not any(w in relative for w in before[-5:]):
                return True  # (but «تشييع الضحايا الذين سقطوا برصاص قوات الأمن يوم أمس»: the dead of an earlier day)
        return False

    def _frames_of(self, s: Sentence) -> list[Frame]:
        """The frames read so far in sentence s (the sentence being read is always the last one)."""
        out: list[Frame] = []
        for f in reversed(self.frames):
            if f.sentence.index != s.index:
                break
            out.append(f)
        return out[::-1]

    def _sentence_weapon(self, clause: Span) -> str | None:
        """The weapon of the last strike read in the same sentence, if any."""
        for f in reversed(self.frames):
            if f.sentence.start <= clause.start < f.sentence.end:
                if f.sub_event_type in WEAPON_TYPES and f.sub_event_type != "Attack":
                    return f.sub_event_type
            else:
                break
        return None

    def _artillery_named(self, t: Match) -> bool:
        """Does the trigger, or the two words after it, name a ground weapon («قذائف», «صواريخ كاتيوشا», «صواريخ
        غراد»)? Those rockets are not dropped from aircraft, whoever fired them."""
        if self._cue_word(t, self.words("artillery")):
            return True
        after = " ".join(self.doc.text[t.char_end:t.char_end + 40].split()[:2])
        return any(w in after for w in self.words("artillery"))

    def _cue_word(self, t: Match, words: tuple[str, ...]) -> bool:
        return any(w in self.doc.text[t.char_start:t.char_end] for w in words)

    def _victims(self, t: Match, clause: Span) -> str | None:
        """Who a killing hits, «civilian» or «armed», from the person named with it: after the trigger
        («اغتيال عنصر من قسد», «إطلاق النار على مدني»), or before it when the trigger is the weapon
        («قتل مدني برصاص عناصر حاجز»). None when no one is named."""
        token = self.doc.tokens[t.start]
        # a preposition glued to the trigger: «برصاص», «بنيران» (or listed with it, «برصاص قناص»: the phrase opens
        # with the instrument's preposition and names who fired: the one hit is named before it)
        instrument = t.char_start > token.start or (
            self.doc.text[t.char_start:t.char_start + 1] in self.words("instrument")
            and not _is_verb(t) and " " in self.doc.text[t.char_start:t.char_end])
        killer = self._killer_after(t)  # «قتل مسلحون مجهولون رجلاً»: the gunmen killed, not were killed
        after = self._person_after(killer.end if killer else t.char_end, clause.end)
        before = self._person_before(clause.start, t.char_start)
        if self.subject_before and not _is_verb(t):
            # «a civilian was wounded by Turkish border guards' gunfire», «… by gunfire from the guards»: who
            # fired is named after «by» before the weapon or after «from» right behind it; the one hit before
            text = self.doc.text
            by = [tok for tok in self.doc.tokens[max(0, t.start - 6):t.start]
                  if tok.start >= clause.start and tok.text in self.words("agent_marker")]
            if by:
                before = self._person_before(clause.start, by[-1].start)
            if text[t.char_end:t.char_end + 12].split()[:1] and text[t.char_end:t.char_end + 12].split()[0] in (
                    self.words("agent_marker") | self.words("from")):
                after = None
        if self._passive_in_clause(t, clause):
            return before  # «two civilians were shot dead by gunmen»: the subject was hit, «by» names who fired
        if self.subject_before and _is_verb(t) and not instrument and not (
                set(self.doc.text[t.char_start:t.char_end].split()) & self.words("passive")):
            before = None  # «gunmen opened fire on a vehicle»: the subject of an active verb fired
        first, second = (before, after) if instrument else (after, before)
        return first or second

    def _person_after(self, start: int, end: int) -> str | None:
        people = self.people_index.within(start, end)
        actors = [a for a in self._actors_in(start, end)]
        noun = people[0] if people else None
        actor = actors[0] if actors else None
        if noun is not None and (actor is None or noun.char_start <= actor.start):
            kind = noun.extra[0].split(":")[0] if noun.extra else ""
            if kind in ("fighter", "soldier"):
                return "armed"
            named = [a for a in actors if a.start - noun.char_end <= 12 and a.actor != "CIVILIANS"]
            return "armed" if named and kind in ("person", "other") else "civilian"  # «عنصر من قسد», «شخص من قسد»
        if actor is not None and actor.start - start <= 30 and not (
                set(self.doc.text[start:actor.start].split()[-2:]) & self.words("agent_marker")):
            return "civilian" if actor.actor == "CIVILIANS" else "armed"  # (but «من قبل قوات حرس الحدود»: who fired)
        return None

    def _person_before(self, start: int, end: int) -> str | None:
        people = self.people_index.within(start, end)
        if not people:
            return None
        noun = people[-1]
        if end - noun.char_end > 40:
            return None
        kind = noun.extra[0].split(":")[0] if noun.extra else ""
        if kind == "other" and len(people) > 1:  # «a fighter was killed and two others were wounded»: the others
            noun = people[-2]                    # are of the kind named before them
            kind = noun.extra[0].split(":")[0] if noun.extra else ""
        if kind in ("fighter", "soldier"):
            return "armed"
        named = [a for a in self._actors_in(noun.char_end, end) if a.start - noun.char_end <= 12
                 and a.actor != "CIVILIANS"]
        if kind == "other" and not named:
            # «قتل عنصر من الأمن العام وأصيب آخر برصاص …»: «آخر» is one more of the people counted before it
            earlier = self._person_before(self.doc.sentence_of(noun.char_start).start, noun.char_start)
            if earlier is not None:
                return earlier
        return "armed" if named and kind in ("person", "other") else "civilian"

    def _civilian_victims(self, clause: Span) -> bool:
        mentions = self._actors_in(clause.start, clause.end)
        return any(a.actor == "CIVILIANS" for a in mentions) and not any(
            a.actor in NAMED_ARMED for a in mentions if a.actor != "CIVILIANS"
        ) or self.doc.lang.says(self.doc.text[clause.start:clause.end], "victim_person")

    def _civilian_toll_after(self, clause: Span) -> bool:
        """«militants raided the village, wounding a resident»: English tells the toll of a raid in the next clause,
        opened by its outcome word; civilians hit there make the raid an attack on civilians."""
        if not self.subject_before:
            return False
        s = self.doc.sentence_of(clause.start)
        after = [c for c in s.clauses if c.start >= clause.end]
        if not after or not self.outcome_index.starts_in(after[0].start, after[0].start + 2):
            return False
        outcome = self.outcome_index.within(after[0].start, after[0].end)[0]
        kinds = {(n.extra[0].split(":")[0] if n.extra else "")
                 for n in self.people_index.within(outcome.char_end, min(after[0].end, outcome.char_end + 30))}
        return self._civilian_victims(after[0]) or (bool(kinds & {"civ", "person"}) and not kinds & {"fighter", "soldier"})

    def _capital_city(self, p: PlaceMention) -> bool:
        """A governorate's name written bare («أعدم التنظيم رجلاً في حلب») may be its capital city; written with
        «محافظة» or «ريف» («Aleppo province») it is the governorate."""
        return any(c.kind == "city" for c in p.candidates) and not written_as_region(self.doc, p)

    @staticmethod
    def _named_area(p: PlaceMention) -> bool:
        """A region with a name of its own («جبل الزاوية», «سهل الغاب»), not a governorate or its countryside."""
        return p.place is not None and p.place.kind == "region"

    # --- frames ----------------------------------------------------------------------------------------------
    def _frame(self, s: Sentence, clause: Span, t: Match, sub_type: str, scope_end: int) -> None:
        if sub_type == "Armed clash" and self._refers_back(s, clause, t, scope_end):
            return  # «وترافقت الاشتباكات مع قصف …»: the clashes told before
        # (forces named firing on a protest act where it is: «خرجت مظاهرة في حمص، لكن قوات الأمن أطلقت النار
        # لتفريقها»)
        at_protest = sub_type in PROTESTS and any(a.actor in NAMED_ARMED
                                                  for a in self._actors_in(clause.start, clause.end))
        # (one blast or attack whose toll the next clause tells, «… an explosion targeting a vehicle, wounding four
        # soldiers», is an event told where the report is, like a verb's; not «10 attacks in Syria, killing …»)
        one_told = self.subject_before and not _is_verb(t) and self._toll_follows(s, clause) and not any(
            tok.text.isdigit() or parse_number(tok.text, self.doc.lang.code) is not None
            for tok in self.doc.tokens[max(0, t.start - 2):t.start])
        places = self._places_for(s, clause, t, scope_end,
                                  own_only=t.value in GENERIC and not at_protest and not one_told)
        if t.value == "takeover" and len(places) > 1 and any(p.precision != 2 for p in places):
            # «سيطروا على قرى X وY وZ على محور بلدة W», «في محيط W»: the front or surroundings the places taken lie
            # on is where, not one more place taken
            places = [p for p in places if p.precision != 2]
        if t.value == "takeover" and (inside := self._place_inside(t)):
            places = inside  # «سقطت مدينة X بيد التنظيم»: the place is the verb's subject
        elif t.value == "takeover" and self._unnamed_count_taken(t, clause):
            return  # «سيطر التنظيم على ثلاث قرى», «سيطرت على عدة مدن»: places the report does not name
        if not places and t.value in GENERIC and self._scene_anaphor(clause, t):
            places = self._places_for(s, clause, t, scope_end)  # «واستهدفت قوات النظام مناطق الاشتباك بالطيران»
        if not places and t.value in GENERIC and self.subject_before and _is_verb(t) and any(
                a.actor in ARMED for a in self._actors_in(clause.start, t.char_start)):
            places = self._scene_before(s)  # «The incident occurred in the X area. Militants attacked a unit …»
        if not places and t.value in GENERIC:
            return  # «استهدفت فصائل مدعومة من إيران»: no place, no event
        if t.value in GENERIC and not _is_verb(t) and self._definite(t) and not self._actors_in(clause.start, clause.end) \
                and any(f.place is not None and p is not None and _same_place(f.place, p)
                        for f in self.frames[-20:] for p in places):
            return  # «the attacks on the Sukkari neighbourhood»: the strike told before at that place
        if t.value in ("kill", "explosion", "execute") and not _is_verb(t) and places and all(
                p.region and not self._capital_city(p) and not self._named_area(p) for p in places) \
                and not set(self.doc.text[s.start:t.char_start].split()[-8:]) & self.words("body_finder"):
            return  # «حادثتا اغتيال في محافظة درعا»: a summary of incidents told elsewhere (but «اغتال مجهولون
            # أحد القادة في ريف إدلب» tells one, «برصاص مجهولين في منطقة جبل الزاوية» names its area, and «عثر
            # أهالي في ريف X على جثة» found one body there)
        actors, targets, between, named = self._sides(s, clause, t, sub_type, scope_end)
        if sub_type in ("Air/drone strike", "Disrupted weapons use") and \
                self.defence_index.within(clause.start, clause.end) and len(actors) > 1:
            # «تصدت الدفاعات الجوية السورية لعدوان إسرائيلي استهدف مواقع»: the side that strikes from the air made
            # the strike, and is the target of the defences that met it
            air = [a for a in actors if a in ACTORS and ACTORS[a].strikes == "air"]
            if air and len(air) < len(actors):
                rest = [a for a in actors if a not in air]
                actors, targets = (air, unique(rest + targets)) if sub_type == "Air/drone strike" else \
                    (rest, unique(air + targets))
        if (t.start, t.end) in self.unnamed_weapon:
            sub_type = self._strike_by_actor(t, sub_type, actors, scope_end)
        elif sub_type == "Shelling/artillery/missile attack" and actors and not self._artillery_named(t) \
                and all(a in ACTORS and ACTORS[a].strikes == "air" for a in actors) and not any(
                set(self.doc.text[a.start:a.end].split()) & self.words("ground_force")
                for a in self._actors_in(clause.start, t.char_start)):  # («Israeli forces fired missiles»: from the ground)
            sub_type = "Air/drone strike"  # «Israeli missiles», «صواريخ إسرائيلية»: a side that strikes from the air only
        d_start, d_end = self._date_for(s, clause, t.char_start)
        if sub_type == "entered_fighting":
            sub_type = self._takeover_type(actors, s, targets)
        if sub_type == "takeover":
            if not self._is_gain(t, scope_end):
                return
            # «the capture of X opened the road to Y»: a place named after a word of destination, past the place taken
            places = places[:1] + [p for p in places[1:] if not self._destination(t, p)]
            if not actors and targets and self.doc.text[t.char_start:t.char_end] in self.words("taken_state"):
                actors = self._side_named_before(s, targets)  # «قرى X وY باتت محررة بعد معارك مع …»
            driven = self._driven_out(t, scope_end) if set(self.doc.tokens[t.start].key_names) & self.words(
                "expel") else None
            if driven is not None and driven.actor in actors:  # «طرد مقاتلو العشائر عناصر قسد من …»: the object lost it
                actors, targets = [a for a in actors if a != driven.actor], unique(targets + [driven.actor])
            losers = self._lost_by(clause, t)
            if losers:  # «خسرت قوات النظام السيطرة على قرية X لصالح الفصائل»: the subject lost it, the other took it
                actors = [a for a in unique(actors + targets) if a not in losers and not any(same_camp(a, b) for b in losers)]
                targets = losers
            sub_type = self._takeover_type(actors, s, targets, t)
            if places and all(p is not None and self._whole_province(t, p) for p in places):
                # «سيطر التنظيم على معظم المحافظة», «على مجمل محافظة الرقة»: who holds a province, the sum of
                # many events; kept for the control record only
                self._add_background_gains(sub_type, t, s, clause, places, actors, targets, d_start, d_end, scope_end)
                return
            if self._relative(clause, t):
                # «البلدات التي سيطرت عليها الهيئة مؤخراً»: who holds the places, said in passing; with no place of
                # its own, the relative clause is about the places named just before it
                if not self._places_in(clause.start, scope_end):
                    if self._unnamed_head(s, t):
                        # «القرى التي سيطر عليها التنظيم»: places the report does not name — unless the sentence
                        # lists them after the clause («عدد القرى التي سيطرت عليها قوات النظام …، وهي: X وY»)
                        places = self._listed_later(s, t)
                        if not places:
                            return
                    else:
                        places = self._antecedents(s, clause) or places
                self._add_background_gains(sub_type, t, s, clause, places, actors, targets, d_start, d_end, scope_end)
                return
        if sub_type == "Arrests" and actors and all(a in KIDNAPPERS for a in actors):
            sub_type = "Abduction/forced disappearance"  # detention by gunmen or tribes is not an arrest
        if sub_type == "withdraw" and (self.doc.lang.says(self.doc.text[s.start:t.char_start], "incursion") or (
                self.doc.lang.says(self.doc.text[s.start:t.char_start], "storm") and self._raid(s))):
            return  # «توغلت آليات إسرائيلية في قرية X، ثم انسحبت»: the raid's end, no territory changed hands
        if sub_type == "withdraw" and self._hands_over_things(t, scope_end):
            return  # «سلمت الفصائل في بلدة X أسلحتها الثقيلة»: weapons handed over, not the place
        if sub_type == "withdraw":
            places = [p for p in places if not self._destination(t, p)]
            frame = Frame(sub_type, t, s, clause, places[0] if places else None, actors, targets, d_start, d_end,
                          scope_end, places[1:], role=WITHDRAWAL)
            self.withdrawals.append(frame)
            return
        if sub_type == "Armed clash" and len(places) >= 2 and self._fighting_before_gain(s, t):
            # «قرى X وY وZ في ريف إدلب باتت محررة بعد معارك مع …»: the fighting the list was taken by is one
            # battle, told in the governorate whose countryside holds the list, else at the first place named
            # (not in the city whose quarters or bank are listed: «حيي X وY بساحل مدينة الموصل الأيسر»)
            region = places[0].located_by
            places = [region] if region is not None and region.region and region.kind == "governorate" and all(
                p.located_by is None or p.located_by is region for p in places) else places[:1]
        if not places:
            places = [None]
        for place in places:
            frame = Frame(sub_type, t, s, clause, place, list(actors), list(targets), d_start, d_end, scope_end,
                          between=between)
            self.frames.append(frame)
            if sub_type == "Armed clash" and self.first_clash_sentence is None:
                self.first_clash_sentence = s.index
            if not named:
                frame.named_agents = False

    def _unnamed_count_taken(self, t: Match, clause: Span) -> bool:
        """«سيطر التنظيم على ثلاث قرى», «استولت على عدة بلدات»: a count of places right after the take-over
        word (within three words) and no place named in the take-over's clause: the places taken are not
        named, and one named elsewhere in the report is not among them (but «خمس قرى في ريف حماة» names where)."""
        last = min(t.end + 3, len(self.doc.tokens)) - 1
        if last < t.end or not any(not q.percent for q in self.quantity_index.starting_in(
                t.char_end, self.doc.tokens[last].end)):
            return False  # (a share, «السيطرة على 80% منها», is of the place it names or points back to)
        # (nor one named before it in its clause: «تقدمت القوات في بلدة X وسيطرت على عدة نقاط فيها»)
        return not self._places_in(t.char_end, self._own_end(t, clause)) \
            and not self._places_in(clause.start, t.char_start)

    def _whole_province(self, t: Match, p: PlaceMention) -> bool:
        """«السيطرة على مجمل محافظة الرقة», «سيطر على معظم المحافظة»: a governorate taken whole or mostly (a
        word of the whole, words.tsv whole_of, among the two words before it, and no countryside word) tells
        who holds the province, the sum of many events, not one (but «كامل مدينة X» is the city taken)."""
        whole = self.words("whole_of")
        if not whole or p.place is None or p.place.kind != "governorate" or p.start < t.char_end:
            return False
        gap = self.doc.text[t.char_end:p.start].split()[-2:]
        grammar = place_grammar(self.doc.lang)
        return any(w in whole for w in gap) and not any(grammar.key(w) == grammar.countryside for w in gap)

    def _fighting_before_gain(self, s: Sentence, t: Match) -> bool:
        """«سيطرت الفصائل على قريتي X وY بعد اشتباكات مع …»: a clash noun right after a word of «after»
        (words.tsv, after_gain), following a take-over in its sentence — the fighting the places were taken by."""
        return not _is_verb(t) and t.start > 0 \
            and bool(set(self.doc.tokens[t.start - 1].key_names) & self.words("after_gain")) \
            and any(o.value == "takeover" for o in self.trigger_index.within(s.start, t.char_start))

    def _destination(self, t: Match, p: PlaceMention) -> bool:
        """«انسحبوا إلى قرية الضبعة», «withdrew towards Arsal»: the place a withdrawal went to (one of the two words
        before the place, its type word perhaps between, is a word of destination), not the one it left."""
        words = self.words("destination")
        before = self.doc.tokens[max(t.end, p.tok_start - 3):p.tok_start]
        if any(" ".join(x.text for x in before[k:k + 2]) in self.words("list_adding") for k in range(len(before))):
            return False  # («، إضافة إلى قرية X»: one more place of the list)
        return any(_in_role(tok, words) for tok in self.doc.tokens[max(t.end, p.tok_start - 2):p.tok_start])

    def _strike_by_actor(self, t: Match, sub_type: str, actors: list[str], scope_end: int) -> str:
        """A strike whose clause names no weapon is what its author's strikes are (actor_ids.tsv, strikes):
        «قصف إسرائيلي», «ضربات للتحالف» are air strikes; «استهدفت القوات التركية مناطق …» is shelling when what is
        hit is an area, not fighters met in battle."""
        kinds = {ACTORS[a].strikes for a in actors if a in ACTORS}
        if not actors or len(kinds) != 1:
            return sub_type
        kind = kinds.pop()
        if kind == "air":
            return "Air/drone strike"
        if kind == "ground" and sub_type == "Armed clash":
            after = self.doc.text[t.char_end:min(scope_end, t.char_end + 60)].split()[:5]
            if any(w in self.words("area_object") for w in after):
                return "Shelling/artillery/missile attack"
        return sub_type

    def _defence_attempt(self, clause: Span, t: Match, before: list[Match]) -> bool:
        """«as the air defences attempted to repel the raid», «air defences tried to intercept»: a disrupt
        trigger whose only unreal cues open with a verb of trying (words.tsv, attempt) is the defences firing,
        weapons use disrupted; not when the clause told another event first («fired rockets in an attempt to foil
        the attack»: the shelling is the event, the foiling its aim)."""
        if t.value != "disrupt" or not any(c.value == "irrealis" for c in before):
            return False
        if any(c.value == "irrealis" and self.doc.text[c.char_start:c.char_end].split()[0] not in self.words("attempt")
               for c in before):
            return False
        return not any(o.value != "disrupt" and clause.start <= o.char_start < t.char_start
                       for o in self.doc.matches["triggers"])

    def _antecedents(self, s: Sentence, clause: Span) -> list[PlaceMention]:
        """The localities of the clause just before a relative clause (or of the sentence before it)."""
        before = [c for c in s.clauses if c.end <= clause.start and self._places_in(c.start, c.end)]
        if before:
            return _best(self._places_in(before[-1].start, before[-1].end))
        if s.index > 0:
            prev = self.doc.sentences[s.index - 1]
            return _best(self._places_in(prev.start, prev.end))
        return []

    def _fresh_gain(self, t: Match, clause: Span, scope_end: int) -> bool:
        """Does a take-over word told in the background take a place (_is_gain), and not long ago (no old year in
        its clause, no «قبل أربعة أعوام» after it)?"""
        return self._is_gain(t, scope_end) and not self._is_old(clause) and not self._ago_after(t, clause)

    def _recalled_gain(self, s: Sentence, clause: Span, t: Match) -> None:
        """«يذكر أن الجيش التركي والفصائل قد سيطروا على مركز مدينة عفرين»: a take-over the report recalls is no
        event of its own, but it says who took the place (a control statement, like one told in passing)."""
        if not self._fresh_gain(t, clause, clause.end):
            return  # («يذكر أن التنظيم سيطر على المدينة عام 2015»: history, who took it then)
        places = self._places_in(t.char_end, clause.end)
        if not places:
            return
        actors, targets, _between, _named = self._sides(s, clause, t, "takeover", clause.end)
        if not actors:
            return
        sub_type = self._takeover_type(actors, s, targets)
        d_start, d_end = self._date_for(s, clause, t.char_start)
        self._add_background_gains(sub_type, t, s, clause, _best(places), actors, targets, d_start, d_end, clause.end)

    def _passing_gain(self, s: Sentence, clause: Span, t: Match) -> None:
        """«قصفت الطائرات بلدة X بعد سيطرة الفصائل على قرية Y», «… بعد سيطرتها على قرية Y»: a take-over noun after
        a word of «after» (words.tsv, after_gain) is the background of the story, no event of its own, but it says
        who took the place: the side named right after the noun, or, when a pronoun is glued to it, the first side
        the clause names before it. The words from «بعد» on are not the places of the event before them."""
        if not self._fresh_gain(t, clause, s.end):
            return  # («… بعد سيطرة قوات النظام على بلدة X قبل ثلاث سنوات»: history)
        after = [a for a in self._actors_in(t.char_end, clause.end) if a.actor in NAMED_ARMED]
        said = self.doc.text[t.char_start:t.char_end]
        if after and not self.doc.text[t.char_end:after[0].start].split():
            taker = after[0]  # «بعد سيطرة الفصائل على …»
        elif said in self.words("taker_pronoun") or self.doc.tokens[t.start].text in self.words("taker_pronoun"):
            taker = next((a for a in self._actors_in(clause.start, t.char_start) if a.actor in ARMED
                          and a.actor not in ("UNKNOWN", "CIVILIANS")), None)  # «بعد سيطرتها على …»
        else:
            return
        if taker is None:
            return
        self.passing_starts.append(self.doc.tokens[t.start - 1].start)
        # what it took ends where the clause tells something else («… انسحبت قوات النظام من …»)
        end = min([clause.end] + [o.char_start for found in self.sentence_triggers.values() for o in found
                                  if o.char_start > t.char_end])
        places = [p for p in self._places_in(max(taker.end, t.char_end), end) if not self._origin(p)]
        if not places:
            return
        from_words = self.words("from")
        targets = [a.actor for a in after if a.start > places[0].end  # «… على قرية Y من قوات النظام»
                   and set(self.doc.text[max(0, a.start - 12):a.start].split()[-1:]) & from_words]
        d_start, d_end = self._date_for(s, clause, t.char_start)
        sub_type = self._takeover_type([taker.actor], s, targets)
        self._add_background_gains(sub_type, t, s, clause, _best(places), [taker.actor], targets[:1], d_start, d_end,
                                   clause.end)

    def _add_background_gains(self, sub_type: str, t: Match, s: Sentence, clause: Span, places: list[PlaceMention],
                              actors: list[str], targets: list[str], d_start: date | None, d_end: date | None,
                              scope_end: int) -> None:
        """A take-over that only says who holds its places (a whole province, one told in passing or recalled): a
        background frame for each place, kept for the control record, no event."""
        for place in places:
            self.background_gains.append(Frame(sub_type, t, s, clause, place, list(actors), list(targets), d_start,
                                               d_end, scope_end, role=BACKGROUND))

    def _listed_later(self, s: Sentence, t: Match) -> list[PlaceMention]:
        """The places listed later in the sentence after a word that opens a list of them (words.tsv,
        places_listed: «وهي», «أبرزها», «:»), none of them a region."""
        openers = self.words("places_listed")
        for i in range(t.end, len(self.doc.tokens)):
            tok = self.doc.tokens[i]
            if tok.start >= s.end:
                return []
            if tok.text in openers or ":" in self.doc.gap(i):
                return [p for p in self._places_in(tok.start, s.end) if not p.region]
        return []

    def _unnamed_head(self, s: Sentence, t: Match) -> bool:
        """Is the relative clause of a take-over about a noun that names no place («القرى التي سيطر عليها
        التنظيم», «المناطق التي سيطرت عليها»): the word right before the relative pronoun, in the same run of words,
        is no place name?"""
        relative = self.words("relative")
        first = self.doc.token_range(s.start, t.char_start)[0]
        for i in range(t.start - 1, max(first, t.start - 4) - 1, -1):
            if self.doc.tokens[i].text in relative:
                if i == first or self.doc.gap(i).strip():
                    return False  # «… وعابدين. والتي سيطر عليها»: the places of the sentence before
                before = self.doc.tokens[i - 1]
                return not self.all_place_index.covering(before.start)
        return False

    def _relative(self, clause: Span, t: Match) -> bool:
        """«التي سيطرت عليها», «نقاط سيطر عليها المعارضون»: a relative clause about who holds a place."""
        words = self.doc.text[clause.start:t.char_start].split()
        after = self.doc.text[t.char_end:t.char_end + 12].split()
        said = self.doc.text[t.char_start:t.char_end]
        return (bool(words) and words[0] in self.words("relative")) or \
            (bool(after) and after[0] in self.words("resumptive")) or \
            (bool(words) and words[-1] in self.words("relative") and len(said) > 3
             and any(said.endswith(x) for x in self.words("object_suffix")))  # «القرية التي حررتها قوات النظام»

    def _is_gain(self, t: Match, scope_end: int) -> bool:
        """«سيطرت على X», «السيطرة على X», «تقدم في X», «حررت بلدة X», «استعادة الجيش لقرى …»: a change, with
        what was taken after it (a place may follow a transitive verb directly)."""
        if self.doc.text[t.char_start:t.char_end] in self.words("taken_state"):
            clause = self.doc.clause_of(t.char_start)
            return bool(self._places_in(clause.start, t.char_start))  # «قرى X وY باتت محررة»: its subject
        if _is_verb(t) and self._relative(self.doc.clause_of(t.char_start), t):
            return True  # «القرية التي حررتها قوات النظام»: the relative pronoun stands for the place taken
        if self._place_inside(t):
            return True  # «سقطت مدينة X بيد التنظيم»
        if set(self.doc.tokens[t.start].key_names) & self.words("expel"):
            return self._driven_out(t, scope_end) is not None  # «طردت الفصائل قوات النظام من مدينة X»
        if _is_verb(t) and set(self.doc.tokens[t.start].key_names) & self.words("lose"):
            return self._place_lost(t, scope_end) is not None  # «خسر التنظيم مدينة X»
        after = self.doc.text[t.char_end:min(scope_end, t.char_end + 120)]
        words = after.split()
        if not words:
            return False
        people = self.people_index.within(t.char_end, min(scope_end, t.char_end + 30))
        if self.subject_before and _is_verb(t) and people and words[0] not in self.words("agent_marker") and \
                len(self.doc.text[t.char_end:people[0].char_start].split()) <= 2 and not (
                self.doc.text[t.char_start:t.char_end] in self.words("expel") and any(
                    a.actor in NAMED_ARMED
                    for a in self._actors_in(t.char_end, people[0].char_end + 1))):
            return False  # «captured four others», «captured two militants»: people taken, no place (but «drove out
            # the rebels from X»: a verb of expelling takes the place from the armed side it names, words.tsv expel;
            # «expelled refugees from X» took nothing)
        if self._passive_listed_gain(t, scope_end):
            return True  # «the villages controlled by the regime … increased to 15, they are X, Y and Z»
        if self.subject_before and self._passive(t) and (words[0] in self.words("agent_marker") or self.doc.text[
                t.char_start:t.char_end] in self.words("passive_verb")) and any(
                not p.region for p in self._places_in(self.doc.clause_of(t.char_start).start, t.char_start)):
            return True  # «the town of X was seized by HTS»: the subject of a passive take-over is what was taken
        if any(w in self.words("gain_object") for w in words[:6]) or words[0] in self.words("gain_direction") \
                or words[0] in self.words("from"):
            return not self._thing_taken(words)
        first, last = self.doc.token_range(t.char_end, min(scope_end, t.char_end + 120))
        subject = next((a for a in self._actors_in(t.char_end, scope_end) if a.tok_start == first), None)
        if subject is None:  # «دخلت قوات النظام، اليوم، مدينة X»: a trigger phrase that ends inside its subject,
            # the day told between commas after it
            subject = next((a for a in self._actors_in(t.char_start, scope_end)
                            if a.start < t.char_end < a.end and self.doc.text[a.end:a.end + 2].strip()[:1] in ",،"),
                           None)
        while subject is not None:  # «سيطرت الوحدات وفصائل من الجيش الحر على …»: sides joined by «و» (or a part
            # «من» a side), one subject
            joined = None
            for a in self._actors_in(subject.end, scope_end):
                gap = self.doc.text[subject.end:a.start].split()
                if a.start > subject.end and len(gap) <= 2 and (not gap or gap[0][:1] in self.words("and")
                                                                or gap == gap[:1] and gap[0] in self.words("from")) \
                        and not set(gap) & (self.words("gain_object") | self.words("gain_direction")):
                    joined = a
                break
            if joined is None:
                break
            subject = joined
        if subject is not None:  # «تقدمت قوات النظام في …»: the subject between the verb and what it took
            end = subject.end
            for a in self._actors_in(subject.end, scope_end):  # «قوات النظام والميليشيات المساندة لها»: the sides
                if self.doc.text[end:a.start].strip() not in self.words("and") | {""}:  # joined to the subject
                    break
                end = a.end
            for d in self.date_index.starting_in(end, min(scope_end, end + 40)):  # «… اليوم الخميس على …»
                if not self.doc.text[end:d.start].strip():
                    end = d.end
            told = self.date_index.starting_in(end, end + 4)
            if told:
                # «سيطرت الوحدات، اليوم الثلاثاء، على مدينة X»: the day said between commas right after the subject
                # parts the verb from its object
                after_day = self.doc.text[told[0].end:told[0].end + 80].lstrip(" ،,").split()
                if after_day and after_day[0] in self.words("gain_object"):
                    return not self._thing_taken(after_day)
                # «حررت القوات، اليوم الثلاثاء، مدينة X», «دخلت قوات النظام، صباح اليوم، بلدة X»: a verb whose
                # object is the place itself, the day between commas before it
                after = self.doc.token_range(told[0].end, told[0].end + 80)[0]
                if any(0 <= p.tok_start - after <= 2 and not p.region
                       for p in self._places_in(told[0].end, told[0].end + 80)):
                    return True
            rest = self.doc.text[end:min(scope_end, end + 80)].split()
            if rest and (rest[0] in self.words("gain_direction") or rest[0] in self.words("gain_object")):
                return True
            if len(rest) > 2 and rest[0] in self.words("support") and rest[1] in self.words("from") and any(
                    w in self.words("gain_object") for w in rest[2:7]):
                return True  # «سيطرت فصائل درع الفرات المدعومة من الجيش التركي على …»: past the side backing it
            first = subject.tok_end
        near = [p for p in self._places_in(t.char_end, scope_end) if p.tok_start - first <= 4]
        if not near and any(tok.text in self.words("area_object") for tok in self.doc.tokens[first:first + 3]):
            # «تحرير عدة أحياء جديدة من ساحل الموصل الأيسر أبرزها حي X وY»: the areas taken, named further on
            return bool(self._places_in(t.char_end, scope_end))
        return bool(near)

    def _passive_listed_gain(self, t: Match, end: int) -> bool:
        """«the number of villages that have been controlled by the regime forces … increased to 15, they are X, Y
        and Z»: a passive take-over verb with its agent after it (English), the places it took listed later in the
        sentence after words that break down a count — a change, not who holds an area («areas controlled by»)."""
        if not self.subject_before or not self._passive(t):
            return False
        words = self.doc.text[t.char_end:t.char_end + 20].split()
        return bool(words) and words[0] in self.words("agent_marker") and self._breakdown_list_after(t, end)

    def _breakdown_list_after(self, t: Match, scope_end: int) -> bool:
        """A list of places later in the sentence opened by words that break down a count («…, they are X, Y and
        Z»): what a passive take-over verb with its agent after it («controlled by the regime forces») took."""
        end = max(scope_end, self.doc.sentence_of(t.char_start).end)
        openers = self.words("breakdown_opener")
        for p in self._places_in(t.char_end, end):
            if p.list_head is not None or p.region or not self.list_members.get(id(p)):
                continue
            before = " ".join(self.doc.text[max(t.char_end, p.start - 20):p.start].replace(",", " ").split())
            if any(before.endswith(o) for o in openers):
                return True
        return False

    def _peace_told_apart(self, s: Sentence, t: Match) -> bool:
        """Is every «دون قتال» of the sentence parted from the take-over word by a word that opens a contrasting
        clause (words.tsv, contrast: «فيما», «بينما»)?"""
        contrast = self.words("contrast")
        for c in self._cues_in(s.start, s.end, "peaceful"):
            lo, hi = sorted((t.char_end, c.char_start)) if c.char_start >= t.char_end else (c.char_end, t.char_start)
            if not any(w.strip("،,.:؛") in contrast for w in self.doc.text[lo:hi].split()):
                return False
        return True

    def _comes_before(self, t: Match) -> bool:
        """A noun trigger that is the subject of a verb of coming (words.tsv, comes_verb: «تأتي», «جاءت») right before
        it, past a word of this («وتأتي هذه الهجمات»): the report sets the events it told in their time."""
        comes = self.words("comes_verb")
        i = t.start - 1
        if i >= 0 and self.doc.tokens[i].text in self.words("this"):
            i -= 1
        return bool(comes) and i >= 0 and self.doc.tokens[i].text in comes

    def _thing_taken(self, words: list[str]) -> bool:
        """Is what a take-over word takes a thing, not an area («استولى على مركبات محملة بالأسلحة», «السيطرة على
        النزاع», «الاستيلاء على بعض الملابس العسكرية»)? The words after it name it, past a quantity word."""
        things = self._stems("thing_taken")
        skip = self.words("quantity_before")
        if self.subject_before and things:  # «stormed the offices of X»: an English verb's direct object
            direct = [w for w in words[:3] if w not in self.words("determiner") and w not in skip]
            if direct and direct[0] in things:
                return True
        k = next((i for i, w in enumerate(words[:6]) if w in self.words("gain_object")), None)
        if k is None or not things:
            return False
        for w in words[k + 1:k + 4]:
            if w in skip or w.isdigit():
                continue
            return any(key in things for key, _ in candidate_keys(w, self.doc.lang.clitics))
        return False

    def _side_named_before(self, s: Sentence, targets: list[str]) -> list[str]:
        """The first armed side the report names before the sentence that is not in the camp of those hit."""
        return [a.actor for a in self._actors_in(0, s.start) if a.actor in NAMED_ARMED
                and not any(same_camp(a.actor, b) for b in targets)][:1]

    def _takeover_type(self, actors: list[str], s: Sentence, targets: list[str] = (), t: Match | None = None) -> str:
        """ACLED's take-over types: by the government side, by anyone else, or without fighting («دون قتال»; not
        where the sentence tells another side's move after «فيما», «بينما»: «سيطر التنظيم على X، فيما انسحبت
        القوات من Y دون قتال»)."""
        if self._cues_in(s.start, s.end, "peaceful") and not (t is not None and self._peace_told_apart(s, t)):
            return "Non-violent transfer of territory"
        if not actors:  # «بسط خلالها السيطرة على …»: the side of the operation the report told just before
            actors = next((f.actors for f in reversed(self.frames[-50:]) if f.actors and f.actors != ["UNKNOWN"]), [])
        if not actors and targets:  # «قرى X وY باتت محررة بعد معارك مع الجماعات المسلحة»: the side the report
            actors = self._side_named_before(s, targets)  # named before, against those it fought
        if not actors and self.iraqi and targets and set(targets) <= {"ISIS"}:
            return "Government regains territory"  # «تحرير حي الزنجيلي» from ISIS in a report on Iraq: the state's
        if actors:  # the state's forces leading, their allies with them («القوات الأمنية والحشد وأبناء العشائر»)
            government = actors[0] in STATE_FORCES
        else:
            government = self.doc.lang.says(self.doc.text[s.start:s.end], "government_word")
        return "Government regains territory" if government else "Non-state actor overtakes territory"

    def _places_for(self, s: Sentence, clause: Span, t: Match, scope_end: int,
                    own_only: bool = False) -> list[PlaceMention]:
        """Places after the trigger in its clause, else before it, else in the clauses it governs, else the
        place of the event just before in the sentence or the last place named before the clause."""
        # «ترافقت الاشتباكات مع قصف … على بلدة X»: X is the shelling's, not the clashes'
        own_end = self._own_end(t, clause)
        struck = self._struck_before(t, clause)
        if struck:
            return struck
        predicate = self._predicate_cut_off(s, clause) if own_end == clause.end else None
        own = self._located_dropped(self._with_list(
            self._places_in(t.char_end, own_end) + (self._places_in(predicate.start, predicate.end) if predicate else [])
            + self._continued_list(s, clause, scope_end, adding=t.value in VIOLENT or t.value == "takeover")))
        if self.subject_before and len(own) >= 2 and t.value == "clash" \
                and self.words("between") & set(self.doc.text[t.char_end:own[0].start].split()[-2:]):
            own = own[:1]  # «the clashes between al-Quraya and Bosra al-Sham militants»: the sides' towns, one fight
        # (in the clauses it governs too, «…، على محور كباني في جبل الأكراد»: the mountain locates the village)
        governed = self._located_dropped(self._places_in(clause.end, scope_end), bounded=True)
        for group in (own, self._located_dropped(self._places_in(clause.start, t.char_start)),
                      self._toll_before(s, clause), governed, self._toll_after(s, clause)):
            chosen = _best([p for p in group if not self._origin(p) and not self._stationed(p, t)])
            if chosen and all(p.region for p in chosen) and group is not own:
                # «شهدت محاور ريف حماة الشمالي قصفاً متبادلاً …، تركز على محور بلدة اللطامنة»: the countryside
                # before the trigger is where; the town in the clause it governs is the place
                later = _best([p for p in governed if not self._origin(p) and not self._stationed(p, t)])
                if later and not any(p.region for p in later):
                    return later
            if chosen:
                return chosen
        chosen = _best([p for c in self._clauses_before(s, clause) for p in self._places_in(c.start, c.end)])
        if chosen:
            return chosen  # «تعرضت مناطق في قرية X ومزارع Y، لقصف من قبل قوات النظام»
        if own_only:
            return []
        same_sentence = [f for f in self._frames_of(s) if f.place is not None]
        if not same_sentence and self._time_only_between(clause, s):
            later = _best([p for p in self._places_in(clause.end, s.end) if not self._origin(p)])
            if later:  # «شنت طائرة مسيرة تركية، ظهر اليوم، غارة على سيارة في مجمع خانصور»: a time of day set
                return later[:1]  # between commas cuts the statement, whose place follows
        if same_sentence:
            return [same_sentence[-1].place]
        earlier = _best(self._places_in(s.start, clause.start))
        if earlier:
            return [earlier[-1]]
        previous = self._previous_place(s)
        later = [p for p in self._places_in(clause.end, s.end) if not self._origin(p)] \
            if previous is not None and not self.subject_before else []
        if later and not later[0].region:
            return [later[0]]  # «قتل جنديان في مواجهة مع مسلحين، إثر هجوم … عند قرية X»: the sentence's own place
            # names it, not the sentence before (English reports: tried, a clause «renewed clashes, …, on X
            # frontline» went on the scene of the title, and the English events fell); a statement that finds no
            # place before it stays unplaced
        if previous is not None:
            return [previous]
        return [self.default_place] if self.default_place else []

    def _time_only_between(self, clause: Span, s: Sentence) -> bool:
        """Is the clause followed, in its sentence, by a date or time alone between commas («، ظهر اليوم،»)?"""
        rest = self.doc.text[clause.end:s.end]
        marks = [k for k, c in enumerate(rest) if c in "،,"]
        if len(marks) < 2 or rest[:marks[0]].strip():
            return False
        words = rest[marks[0] + 1:marks[1]].split()
        return 0 < len(words) <= 3 and self.date_index.starts_in(clause.end + marks[0], clause.end + marks[1])

    def _struck_before(self, t: Match, clause: Span) -> list[PlaceMention]:
        """«استهدفت قوات النظام حي المعادي ببرميل متفجر سقط قرب …»: a weapon glued to «ب» is the means of the verb of
        striking before it, whose object is the place hit: the places between the verb and the weapon."""
        if _is_verb(t) or not self._glued(t, "instrument"):
            return []
        verbs = [o for o in self.sentence_triggers.get(clause, ()) if _is_verb(o) and o.char_end <= t.char_start
                 and o.value in ("target", "bombard", "attack")]
        if not verbs:
            return []
        return _best([p for p in self._located_dropped(self._places_in(verbs[-1].char_end, t.char_start))
                      if not self._origin(p) and not self._stationed(p, t) and not p.anaphor])

    def _stationed(self, p: PlaceMention, t: Match) -> bool:
        """«مدفعية النظام المتمركزة في ريف إدلب», «قوات النظام المتمركزة في جبل قاسيون بالمدفعية»: where the side
        that fires is stationed (words.tsv, stationed, among the three words before the place), said of the side
        named with the weapon, before its target («مواقع الميليشيات المتمركزة في …» is where the side hit is)."""
        words = self.words("stationed")
        if not words:
            return False
        at = next((tok for tok in reversed(self.doc.tokens[max(0, p.tok_start - 3):p.tok_start])
                   if tok.text in words), None)
        if at is None:
            return False
        if at.start < t.char_start:
            return True
        between = self.doc.text[t.char_end:at.start].split()
        return len(between) <= 4 and not any(w in self.words("target_marker") for w in between)

    def _scene_before(self, s: Sentence) -> list[PlaceMention]:
        """The localities of the sentence just before, when it tells no event of its own but sets the scene of
        the one told now («The latest incident occurred on Saturday in the X area of Y district.»)."""
        if s.index == 0:
            return []
        prev = self.doc.sentences[s.index - 1]
        if any(f.sentence.index == prev.index for f in self.frames[-5:]) \
                or any(o.value != "death" for o in self.trigger_index.within(prev.start, prev.end)):
            return []  # (a toll alone, «… were killed in the village of X», sets the scene too)
        return [p for p in _best(self._places_in(prev.start, prev.end)) if not p.region][:1]

    def _predicate_cut_off(self, s: Sentence, clause: Span) -> Span | None:
        """«Russian air raids also killed one civilian near the village of X»: a clause of nothing but a subject (no
        verb of its own), whose verb the next clause carries after a word that opens clauses elsewhere («also»)."""
        if not self.subject_before or any(_is_verb(o) for o in self.sentence_triggers.get(clause, ())):
            return None
        after = [c for c in s.clauses if c.start >= clause.end]
        if not after:
            return None
        nxt = after[0]
        words = self.doc.text[nxt.start:nxt.end].split()
        if not words or words[0] not in self.words("verb_filler"):
            return None
        first, _ = self.doc.token_range(nxt.start, nxt.end)
        verbs = [o for o in self.sentence_triggers.get(nxt, ()) if _is_verb(o) and o.start - first <= 2]
        return nxt if verbs else None

    def _refers_back(self, s: Sentence, clause: Span, t: Match, scope_end: int) -> bool:
        """A definite «الاشتباكات» with no sides and no place of its own, after a clash already told."""
        if not self._definite(t):
            return False
        if self.first_clash_sentence is None or self.first_clash_sentence >= s.index:
            return False
        if self.words("between") & set(self.doc.text[t.char_end:scope_end].split()[:8]):
            return False
        own_end = self._next_trigger_start(t, clause)
        # (places after another trigger of the clause are that one's: «The clashes erupted after the SDF detained
        # X …, in al-Hassakeh»)
        later = self._places_in(clause.end, scope_end) if own_end >= clause.end else []
        return not self._places_in(t.char_end, own_end) and not self._places_in(clause.start, t.char_start) \
            and not later

    def _own_end(self, t: Match, clause: Span) -> int:
        """Where the trigger's own words end in its clause: where the clause goes on to tell another event, with
        «مع/وسط قصف …» (for a clash) or with «و» and a verb of its own, maybe after its subject («معارك في جبال
        الساحل وقوات النظام تقصف جسر الشغور»)."""
        and_words = self.words("and")
        passing = [k for k in self.passing_starts if t.char_end < k < clause.end]
        if passing:
            return min(passing)  # «غارات على مدينة X بعد سيطرة الفصائل على بلدة Y»: Y is the take-over's
        for o in sorted(self.clause_triggers.get(clause, ()), key=lambda o: o.char_start):
            if o.char_start <= t.char_end:
                continue
            before = self.doc.text[max(t.char_end, o.char_start - 5):o.char_start].split()[-1:]
            if t.value == "clash" and before and before[0] in self.words("accompanying"):
                return o.char_start
            if not _is_verb(o):
                token = self.doc.tokens[o.start]
                if o.value != t.value and o.char_start > token.start and self.doc.text[token.start] in and_words \
                        and self._places_in(t.char_end, token.start):
                    return token.start  # «غارات على ريف إدلب واشتباكات في سهل الغاب»: another event, its own place
                continue
            if o.value == t.value:
                continue  # (a verb of the same kind goes on telling the same event: «أحرقوا إطارات ورشقوا … في X»)
            token = self.doc.tokens[o.start]
            if o.char_start > token.start and self.doc.text[token.start] in and_words:
                return token.start  # «وتقصف»
            subject = [a for a in self._actors_in(t.char_end, o.char_start) if o.start - a.tok_end <= 1]
            if subject and self.doc.text[subject[-1].start - 1:subject[-1].start] in and_words:
                return subject[-1].start - 1  # «وقوات النظام تقصف»
        return clause.end

    def _next_trigger_start(self, t: Match, clause: Span) -> int:
        later = [o.char_start for o in self.clause_triggers.get(clause, ()) if o.char_start > t.char_start]
        return min(later) if later else clause.end

    def _origin(self, p: PlaceMention) -> bool:
        """Is the place where the fire came from («من اتجاه الجولان», «أطلقت من مدينة هيت», «من معاقلها في رأس
        العين»): a word of origin among the four words before it? (Read once a place.)"""
        key = (p.start, p.tok_start)
        found = self.origins.get(key)
        if found is None:
            found = self.origins[key] = self._origin_read(p)
        return found

    def _origin_read(self, p: PlaceMention) -> bool:
        before = " ".join(self.doc.text[max(0, p.start - 50):p.start].split()[-4:])
        if any(phrase in before for phrase in self.words("origin")):
            return True
        # «the body of a displaced citizen from Deir ez-Zor»: where a person comes from (English: «from» right
        # after the word for the person)
        words = before.split()
        if not (self.subject_before and len(words) >= 2 and words[-1] in self.words("from") and p.tok_start >= 2):
            return False
        person = self.doc.tokens[p.tok_start - 2]  # (not «fighters withdrew from X»: the word right before «from»)
        return any(m.char_end == person.end for m in self.people_index.within(person.start - 30, person.end))

    def _located_dropped(self, places: list[PlaceMention], bounded: bool = False) -> list[PlaceMention]:
        """«قرية الداودية الواقعة على طريق رأس العين», «منطقتي X وY التابعتين لبلدة Z»: a place after a word that
        locates the one before it is a point of reference, not another place of the event (nor are those after it);
        so is a larger place named with «في» right after a smaller one («حي الآبار في الساحل الأيمن»), and a place
        named again in brackets is the same place. (`bounded`, for the clauses a trigger governs: a locating word
        drops the places after it only up to the end of its clause, for the next clause may start a list of its
        own: «في بلدة X الواقعة ضمن …، وفي بلدة Z»)"""
        locators = self.words("locator")
        if len(places) < 2:
            return places
        keep = [places[0]]
        located = False  # (bounded: a place after a locating word, in the clause it opens)
        for prev, p in zip(places, places[1:]):
            if self.doc.text[prev.end:p.start].strip() == "(":  # «مدينة سريه كانيه (رأس العين)»: one place, two names
                if keep[-1] is prev and prev.place is None and p.place is not None:
                    keep[-1] = p  # (the name the gazetteer knows)
                continue
            gap = [w.strip("\"'()«»،,") for w in self.doc.text[prev.end:p.start].split()]
            if any(w in locators for w in gap) and not bounded:
                break
            if bounded:  # «، في بلدة X الواقعة شمال غرب مدينة Y»: Y is a point of reference, and so are the places
                # after it in its clause (not those of the next clause: «…، وفي بلدة Z»)
                text = self.doc.text[prev.end:p.start]
                cut = max(text.rfind(c) for c in _CLAUSE_MARKS)
                if any(w.strip("\"'()«»") in locators for w in text[cut + 1:].split()) or located and cut < 0:
                    located = True
                    continue
                located = False
            inside = gap and (gap[0] in self.words("inside") or self.subject_before and any(
                w in self.words("inside") for w in gap))  # (English: «X village in Jabal al-Akrad»)
            if _RANK.get(p.kind or "", 0) >= _RANK.get(prev.kind or "", 9) and inside \
                    and all(w in self.words("inside") or w in self.words("area_object") for w in gap):
                continue  # «حي الآبار في الساحل الأيمن», «حي جب القبة بحلب القديمة»: the larger place it lies in
            keep.append(p)
        return keep

    def _with_list(self, places: list[PlaceMention]) -> list[PlaceMention]:
        """The places and the other names of the lists they open or belong to («قرى X، Y، Z وW»: places reads the
        list; a comma may have cut it into clauses)."""
        heads = {id(p.list_head or p) for p in places if not p.region}
        extra = [m for head in heads for m in self.list_members.get(head, ()) if m not in places]
        return sorted(places + extra, key=lambda p: p.start) if extra else places

    def _continued_list(self, s: Sentence, clause: Span, scope_end: int, adding: bool = False) -> list[PlaceMention]:
        """«في محيط قرية السمرا، ومناطق قسطل معاف ونبع المر», «بلدتا "معرة حرمة، النقير"»: a list of places that
        runs past a comma. A clause continues the list when it opens with a place (after «و» or nothing but a
        type word) or is nothing but a place."""
        out: list[PlaceMention] = []
        for c in s.clauses:
            if c.start < clause.end or c.start >= scope_end:
                continue
            places = self._places_in(c.start, c.end)
            if adding and places and self._adds_to_list(c.start, places[0].start):
                out.extend(places)  # «قصف مناطق في بلدة X، إضافة إلى أماكن أخرى في منطقة Y»
                continue
            words = self.doc.text[c.start:c.end].split()
            if not places and len(words) <= 3 and (self.all_place_index.within(c.start, c.end) or self._direction_first(
                    words)) and not self.trigger_index.within(c.start, c.end) and not self._actors_in(c.start, c.end):
                continue  # «في ساحة التحرير وسط بغداد، وفي ساحة الحبوبي …»: «in the centre of» X only locates the place
                # before it; the list goes on after it
            if not places or places[0].start - c.start > 12 and not self._list_words(c.start, places[0].start):
                break
            head = self.doc.text[c.start:c.end].split()[:1]  # «و» glued to the word, or «and» a word of its own
            opens_with_and = self.doc.text[c.start:c.start + 1] in self.words("and") or \
                (self.subject_before and bool(head) and head[0] in self.words("and"))
            first, last = self.doc.token_range(c.start, c.end)
            only_place = last - first <= places[-1].tok_end - places[0].tok_start + 2 and not places[0].region
            member = self.subject_before and places[0].list_head is not None and places[0].start - c.start <= 2
            if not (opens_with_and or only_place or member):  # (or goes on with the names of a list begun before it:
                break  # «the villages of X, Y and Z in Jabal al-Akrad in northern Latakia, and W»)
            out.extend(places)
        return out

    def _direction_first(self, words: list[str]) -> bool:
        """«وسط العاصمة»: a direction word and the place («the capital») it says the part of."""
        grammar = place_grammar(self.doc.lang)
        return len(words) == 2 and grammar.key(words[0]) in grammar.directions

    def _adds_to_list(self, start: int, end: int) -> bool:
        """Does the clause open with words that add to what was said (words.tsv, list_adding: «إضافة إلى»), with
        no trigger, side or other place before its first place?"""
        head = self.doc.text[start:end].lstrip(" ،,")
        adding = self.words("list_adding")
        glued = self.words("glued_preposition")  # («إضافة لقرية X»: «لـ» glued to the word after it)
        return bool(adding) and any(head.startswith(w + " ") or w[-1:] in glued and head.startswith(w)
                                    and len(w) > 1 and w[-2:-1] == " " for w in adding) and len(head.split()) <= 7 \
            and not self.trigger_index.within(start, end) and not self._actors_in(start, end) \
            and not self.all_place_index.within(start, end)

    def _list_words(self, start: int, end: int) -> bool:
        """«، وكذا في منطقتي حمام ودير بلوط»: only a few words that carry the list on (no trigger, no side, no
        other place) before the clause's first place."""
        return len(self.doc.text[start:end].split()) <= 4 and not self.trigger_index.within(start, end) \
            and not self._actors_in(start, end) and not self.all_place_index.within(start, end)

    def _clauses_before(self, s: Sentence, clause: Span) -> list[Span]:
        """The clauses just before this one that state no event of their own, nearest last."""
        out: list[Span] = []
        for c in reversed([c for c in s.clauses if c.end <= clause.start]):
            if self.trigger_index.within(c.start, c.end):
                break
            out.insert(0, c)
        return out

    def _toll_clause(self, s: Sentence, clause: Span) -> Span | None:
        """«مقتل شخصين على طريق X، حيث قام مسلحون بإطلاق النار عليهما», «قتل ثلاثة في بلدة X، بعد استهداف
        سيارتهم»: the clause just before, when it tells only a death and this one opens with a word that ties it
        to that toll (words.tsv, toll_cause): this clause tells the toll's cause."""
        words = self.doc.text[clause.start:clause.end].split()[:1]
        ties = self.words("toll_cause")
        if not words or not ties or not (words[0] in ties or words[0][1:] in ties and words[0][:1] in self.words("and")):
            return None
        for c in reversed([c for c in s.clauses if c.end <= clause.start][-3:]):
            found = self.trigger_index.within(c.start, c.end)
            if not found:
                continue  # «مقتل قيادي في الأمن العسكري، التابع لقوات النظام، إثر استهدافه …»: words on the dead
            if any(t.value != "death" for t in found) or any(f.clause == c for f in self.frames[-20:]):
                return None
            return c
        return None

    def _toll_after(self, s: Sentence, clause: Span) -> list[PlaceMention]:
        """«Turkish drones struck several locations, killing three fighters near Kobani»: a strike that names no place
        of its own is where the dead of the result clause right after it fell (English participles: words.tsv,
        result_opener)."""
        if not self.subject_before:
            return []
        result = self._result_clause(s, clause)
        if result is None or not self.outcome_index.starts_in(result.start, result.end):
            return []
        return _best(self._located_dropped(self._places_in(result.start, result.end)))

    def _toll_before(self, s: Sentence, clause: Span) -> list[PlaceMention]:
        """The places of the toll whose cause the clause tells (the act is where its dead fell)."""
        c = self._toll_clause(s, clause)
        return _best(self._located_dropped(self._places_in(c.start, clause.start))) if c is not None else []

    def _previous_place(self, s: Sentence) -> PlaceMention | None:
        """The place of the last event in the same paragraph, or the last place named before."""
        if s.index == 0:
            return None
        prev = self.doc.sentences[s.index - 1]
        if self.frames and self.frames[-1].sentence.index == s.index - 1 and self.frames[-1].place is not None:
            return self.frames[-1].place
        candidates = _best(self._places_in(prev.start, prev.end))
        return candidates[-1] if candidates else None

    def _date_for(self, s: Sentence, clause: Span, at: int) -> tuple[date | None, date | None]:
        """The date said nearest the trigger in its clause; else a day («أمس», «الخميس», «16 آذار») said in its
        sentence (a month or a year elsewhere in the sentence is the backdrop, not the event's day); else None, and
        `_undated_events` decides."""
        # a dateline opening the lead («الخميس 31 كانون الأول 2020 – ارتفع … جراء الهجوم … مساء أمس») dates the
        # report: the day its sentence names besides it dates the event
        in_sentence = self.date_index.starting_in(s.start, s.end)
        datelines = {d.start for d in in_sentence if self._dateline(s, d)}
        if datelines and not any(d.start not in datelines and d.date_start is not None and d.kind in DAY_KINDS
                                 and not self._backdrop_date(d) for d in in_sentence):
            datelines = set()
        for lo, hi, kinds in ((clause.start, clause.end, None), (s.start, s.end, DAY_KINDS)):
            found = [d for d in self.date_index.starting_in(lo, hi) if d.date_start is not None
                     and (kinds is None or d.kind in kinds) and not self._backdrop_date(d) and d.start not in datelines]
            if found:
                if kinds is not None and any(d.start < at for d in found) and any(d.start > at for d in found):
                    # «عثر أهالي، اليوم الأحد، على جثث …، وقال ذووهم إن مسلحين أوقفوهم قبل يومين»: a day said in a
                    # later clause of the sentence dates what that clause tells; the one said before the trigger
                    # dates the event
                    found = [d for d in found if d.start < at]
                d = min(found, key=lambda d: (d.start < at, abs(d.start - at)))
                return d.date_start, d.date_end or d.date_start
        return None, None

    def _dateline(self, s: Sentence, d) -> bool:
        """Is the date a dateline: a full date that opens the sentence (after a weekday at most) and a dash closes?"""
        text = self.doc.text
        if d.kind != "explicit" or d.date_start is None or len(text[s.start:d.start].split()) > 1:
            return False
        return text[d.end:d.end + 3].lstrip()[:1] in ("-", "\u2013", "\u2014")

    def _backdrop_date(self, d) -> bool:
        """«المحاصرة منذ 2013», «منذ كانون الأول 2017»: a period reaching back more than a year before the report."""
        return self.report_date is not None and d.kind in ("range", "month", "year") \
            and d.date_start is not None and (self.report_date - d.date_start).days > 365

    def _undated_events(self) -> None:
        """An event whose sentence gives no day is the event told earlier with the same type at the same place (or
        in the region named then) when there is one — a report retells its lead —, or failing that the one told
        after it (an undated headline the body dates), else of the report's day (ACLED's rule for a report's
        undated events)."""
        dated: dict[str, list[Frame]] = {}
        told: dict[str, list[Frame]] = {}  # dated by their own sentence, in the order told
        for f in self.frames:
            if f.date_start is not None:
                told.setdefault(f.sub_event_type, []).append(f)
        days = {(f.date_start, f.date_end) for f in self.frames if f.date_start is not None}
        if any(start != end for start, end in days):
            days = set()  # a period told («منذ تموز») is no one day the report is about
        for f in self.frames:
            if f.date_start is not None:
                dated.setdefault(f.sub_event_type, []).append(f)
                continue
            # the few latest of the same type are enough: a report retells its lead, not its twentieth event
            earlier = next((e for e in reversed(dated.get(f.sub_event_type, [])[-20:])
                            if _same_area(e.place, f.place)), None)
            if earlier is None:  # a headline told undated, its day given in the body that follows
                earlier = next((e for e in told.get(f.sub_event_type, [])[:20] if _same_area(e.place, f.place)),
                               None)
            if earlier is not None:
                f.date_start, f.date_end = earlier.date_start, earlier.date_end
            elif len(days) == 1:  # every event the report dates fell on one day: the undated ones are of that day
                f.date_start, f.date_end = next(iter(days))
            elif self.report_date is not None:
                f.date_start = f.date_end = self.report_date
        for f in self.withdrawals:  # a withdrawal told without a day took place on the report's day too
            if f.date_start is None and self.report_date is not None:
                f.date_start = f.date_end = self.report_date

    # --- sides -----------------------------------------------------------------------------------------------
    def _stronghold_of(self, a, start: int) -> bool:
        """Is the side named right after a noun of a stronghold (words.tsv stronghold: «معقلاً للنظام», «آخر معاقل
        التنظيم», «a regime stronghold»), the side whose ground it is?"""
        return bool(self.words("stronghold") & set(self.doc.text[max(start, a.start - 30):a.start].split()[-2:]))

    def _sides(self, s: Sentence, clause: Span, t: Match, sub_type: str,
               scope_end: int) -> tuple[list[str], list[str], bool, bool]:
        """The acting side, the side hit, whether they were read from «بين … و…» (the two sides of a clash), and
        whether the clause names the acting side (rather than it being guessed from the sentence)."""
        before = self._actors_in(clause.start, t.char_start)
        # an actor may begin with the trigger word itself («طائرة مسيرة تركية», «الطائرات الحربية الروسية»), or, in
        # English, end with it («Turkish drone strike»)
        before += [a for a in self.actor_index.within(t.char_start - 60, clause.end)
                   if a.start < t.char_end and a.end > t.char_start]
        speakers = self._speakers(before, t, clause)
        if speakers:  # «قالت قسد إن طائرة تابعة للجيش السوري استهدفت …»: the one who tells it is not who struck
            before = [a for a in before if a not in speakers]
        held_before: list[str] = []
        if sub_type == "takeover":
            # «تقدمت القوات في المحافظة التي تعد معقلاً للنظام بسيطرتها على X»: the side whose stronghold the words
            # name (words.tsv stronghold) held the ground, it did not take it
            held = [a for a in before if self._stronghold_of(a, clause.start)]
            held_before, before = [a.actor for a in held], [a for a in before if a not in held]
        finder = self.doc.text[t.char_start:t.char_end].split()[0] in self.words("finder")
        if finder:
            before = []  # «police found the body of a man»: who found the body did not kill
        passive = self.subject_before and self._passive(t)
        if passive:  # «X was shelled by Y»: what stands before the verb was hit
            hit_before, before = [a.actor for a in before], []
        elif self.subject_before:
            # «Four Iraqi soldiers were killed in an IED blast», «five members of the army were wounded in an ambush
            # by ISIS»: the side before a passive outcome verb that comes before the trigger noun was hit (and before
            # a verb with a subject of its own: «Two policemen were killed when gunmen attacked a checkpoint»)
            counted = [a for a in before if self._counted_before(a, t)]
            if counted and _is_verb(t) and not [a for a in before if a not in counted]:
                counted = []
            if counted:
                hit_before, before = [a.actor for a in counted], [a for a in before if a not in counted]
                passive = True
        elif not self.subject_before:
            # «قتل ثلاثة عناصر من قوات النظام بانفجار لغم»: the side of the people counted dead or hurt before the
            # trigger was hit
            counted = [a for a in before if self._counted_victims(a, clause.start, own_noun=True)]
            if counted:
                hit_before, before = [a.actor for a in counted], [a for a in before if a not in counted]
                passive = True
            elif len(before) > 1 and not _is_verb(t):
                # «استهدف مسلحون سيارة عسكرية لقوات النظام بالرصاص»: before a weapon glued to its preposition, a side
                # glued to «ل» after a thing named owns what was hit
                owned = [a for a in before[1:] if self._owned_before(a, clause.start)]
                if owned:
                    hit_before, before = [a.actor for a in owned], [a for a in before if a not in owned]
            elif before and not _is_verb(t) and sub_type not in CAPTURES:
                # «تم استهداف مقر للحشد الشعبي بطائرة مسيرة»: the side of a site or vehicle hit, named before the weapon
                owned = [a for a in before if self._owned_before(a, clause.start) and any(
                    self._marks(w, self.words("hit_thing"))
                    for w in self.doc.text[max(clause.start, a.start - 40):a.start].split()[-2:-1])]
                if owned:
                    hit_before, before = [a.actor for a in owned], [a for a in before if a not in owned]
                    passive = True
            # «تعرضت دورية للجيش العراقي لانفجار عبوة ناسفة»: the subject of a verb of being subjected was hit
            subjected = self._subjected_before(clause, t)
            hit = [a for a in before if subjected is not None and a.start >= subjected]
            if hit:
                hit_before = (hit_before if counted else []) + [a.actor for a in hit]
                before = [a for a in before if a not in hit]
                passive = True
        aimed = [a for a in before if a.end <= t.char_start and self._aimed_at(a)]
        if aimed and not passive:  # «تستهدف الحملة الموالين للنظام مع اعتقال …»: the side aimed at is hit
            hit_before, before, passive = [a.actor for a in aimed], [a for a in before if a not in aimed], True
        text = self.doc.text
        if sub_type in BETWEEN_TYPES and self.words("between") & set(text[t.char_end:scope_end].split()[:8]):
            sides = self._between(t, scope_end)
            if sides and sub_type == "Armed clash":
                self.clash_sides = sides
                return sides[0], sides[1], True, True
            if sides and sub_type == "Agreement":  # «تبادل أسرى بين الفصائل وقوات النظام»: the two parties
                return sides[0], sides[1], False, True
            if sides:  # «قصف بين القوات الحكومية والمعارضة»: shelling traded, both sides acting
                return sides[0] + sides[1], [], False, True
        target_markers, agent_markers = self.words("target_marker"), self.words("agent_marker")
        from_words, and_letter = self.words("from"), self.words("and")
        owner = self.words("owner_link")  # «طائرة مسيرة تابعة للجيش السوري»: whose weapon it was
        named_by_adjective = [] if finder else self._adjective_agent(t, clause)
        # «بغطاء جوي روسي», «قصف تركي»: the adjective names who struck; a side named before it is the one supported
        agents: list[str] = named_by_adjective or [a.actor for a in before if a.actor != "CIVILIANS"]
        targets: list[str] = (hit_before if passive else []) + held_before
        by_marker: list[str] = []  # authors named after the trigger with a word that says so («من قبل»)
        last: tuple[int, list[str]] | None = None  # end of the last actor read and the list it went to
        # «هجوماً على بلدة X التي يسيطر عليها مقاتلو العشائر»: the side named in a relative clause of who holds the
        # place hit did not strike (nor is it named as hit: the strike is on the place)
        holders_from = min((o.char_start for o in self.trigger_index.within(t.char_end, clause.end)
                            if o.char_start >= t.char_end and o.value == "takeover" and _is_verb(o)
                            and sub_type != "takeover" and self._relative(clause, o)), default=clause.end)
        # (but of positions or bases hit, the side holding them was hit: «قصفت مواقع يسيطر عليها تنظيم داعش»)
        held_sites = holders_from < clause.end and any(
            self._marks(w, self.words("hit_thing")) for w in self.doc.text[t.char_end:holders_from].split())
        charge, led = self.words("charge"), self.words("led_by")
        for a in self._actors_in(t.char_end, clause.end):
            if charge and any(w in charge for w in text[max(t.char_end, a.start - 40):a.start].split()[-4:]):
                continue  # «أعدموا مدنياً بتهمة التعامل مع قسد», «accusing him of working with the SDF»: the side of a
                # charge laid on the victim is no side of the event
            if a.start >= holders_from:
                if held_sites and a.actor not in agents and a.actor not in targets and a.actor != "CIVILIANS":
                    targets.append(a.actor)
                continue
            gap = [g for g in text[t.char_end:a.start].split() if g.strip(QUOTES)]  # «قصف “التحالف الدولي”»
            if self.subject_before:  # «by “ISIS” cells», «airstrikes by the coalition»
                gap = [g for g in gap if g not in self.words("determiner")]
                if len(gap) >= 2 and gap[-1] in self.words("indefinite") and gap[-2] in self.words("agent_marker"):
                    gap = gap[:-1]  # «shot dead by a Turkish border guard»: the article of the author
            glued = bool(gap) and gap[-1] in self.words("glued_preposition")  # «لفصائل»: the actor's own clitic
            if glued:
                gap = gap[:-1]
            describing = self.words("event_adjective")  # «قصف مدفعي وصاروخي مكثف لقوات النظام»
            gap = [g for g in gap if g not in describing and not (g[:1] in and_letter and g[1:] in describing)]
            while gap and gap[-1] in self.words("force_noun"):
                gap = gap[:-1]  # «من قبل قوات حرس الحدود التركية»: «قوات» belongs to the name of the side
            instrument = self._glued(t, "instrument")  # «برصاص عناصر من الأمن العام»: whose bullets
            detachment = not passive and _is_verb(t) and len(gap) == 2 and gap[0] in self.words("detachment") \
                and gap[1] in from_words
            # «اعتقلت دورية للأمن العسكري», «اغتالت خلية تابعة لداعش مختار القرية»: a unit glued to its side by «ل»,
            # maybe through «تابعة», is the part of that side that did it
            detachment = detachment or not passive and _is_verb(t) and glued and 1 <= len(gap) <= 2 \
                and gap[0] in self.words("detachment") and all(g in owner for g in gap[1:]) \
                and self.doc.text[t.char_start:t.char_end].split()[0] not in self.words("subjected")
            # («تعرضت دورية للجيش العراقي لكمين»: a patrol subjected to an ambush was hit)
            # «أعدمت عناصر من الأمن العام شابين»: a verb in the feminine agrees with the members after it, its subject
            detachment = detachment or not passive and _is_verb(t) and len(gap) == 2 \
                and (gap[1] in from_words or gap[1] in owner) \
                and gap[0] in self.words("members") and self.doc.text[t.char_start:t.char_end].split()[0].endswith(
                    tuple(self.words("feminine_verb_ending")))
            shooters = instrument and (not gap or len(gap) == 2 and gap[0] in self.words("members") and gap[1] in from_words)
            # «مقتل سبعة مدنيين على يد عناصر من فصائل …»: those who did it (not «سقطت في أيدي التنظيم»: a place taken)
            by_hand = t.value in HAND_DONE and self._by_hand(gap)
            if not agents and (detachment or shooters) or by_hand:
                agents.append(a.actor)  # «اعتقلت قوة من الجيش الإسرائيلي»: a detachment of the side, the verb's subject;
                # «قتل مدنيان برصاص عناصر من الأمن العام»: the side whose members fired the weapon
                last = (a.end, agents)
                continue
            marker = gap[-1] if gap else ""
            trigger_words = text[t.char_start:t.char_end].split()
            if not gap and not self.subject_before and len(trigger_words) > 1 \
                    and trigger_words[-1] in target_markers:
                marker = trigger_words[-1]  # «ألقت القبض على متهمين بالإرهاب»: the trigger's own preposition
            marker2 = gap[-2] if len(gap) > 1 else ""
            joined = text[last[0]:a.start].split() if last else []
            if last is not None and joined and (joined[0][:1] in and_letter or joined[0] in and_letter) \
                    and len(joined) <= 3 and joined[0] not in target_markers:  # (not «وكراً لداعش»: a word of its own)  # («by government troops and pro-government militias»: English's word)
                last[1].append(a.actor)  # «مع الجيش السوري ومقاتلين من حزب الله»: the same side
                last = (a.end, last[1])
                continue
            if last is not None and joined and len(joined) <= 3 and (" ".join(joined[-2:]) in led or joined[-1] in led):
                last[1].append(a.actor)  # «وتنظيمات جهادية يتقدمها جبهة النصرة», «rebels led by HTS»: the side
                last = (a.end, last[1])  # that leads the one named before it is on its side
                continue
            if sub_type == "takeover" and not agents and _is_verb(t) and len(gap) == 2 and gap[1] in from_words \
                    and (gap[0] in self.words("members") or gap[0] in self.words("detachment")):
                agents.append(a.actor)  # «سيطر مقاتلون من حزب الله على …»: some of the side, the verb's subject
                last = (a.end, agents)
                continue
            owning = marker in owner or self.subject_before and marker2 in owner  # («manned by», «belonging to»)
            owned_target = owning and any(self._marks(g, target_markers) for g in gap[:-1])
            # «استهدفا بالرصاص عنصراً من الشرطة التابعة لقوات الحكومة»: the side of a person hit after the trigger
            owned_target = owned_target or (marker not in agent_markers and marker2 not in agent_markers
                                            and bool(self.people_index.within(t.char_end, a.start)))
            # «تم استهداف مقر للحشد الشعبي بطائرة مسيرة»: a site or vehicle glued by «ل» to its side, what was hit
            # (but «اعتقل … على حاجز للأمن العسكري»: the checkpoint's side made the arrest)
            owned_target = owned_target or (glued and len(gap) <= 2 and bool(gap) and sub_type not in CAPTURES
                                            and any(self._marks(g, self.words("hit_thing")) for g in gap[-1:]))
            if glued and gap and sub_type in CAPTURES and self._marks(gap[-1], self.words("checkpoint")) \
                    and a.actor not in agents:
                agents.append(a.actor)
                last = (a.end, agents)
                continue
            hit_after_weapon = not gap and a.start == self.doc.tokens[t.end].start \
                if self._object_after_weapon(t, clause) else False
            if a.actor == "CIVILIANS" or self._marks(marker, target_markers) or self._marks(marker2, target_markers) \
                    or owned_target or hit_after_weapon:  # «استهدفت سيارة عسكرية تابعة لقسد»: what was hit belongs to the side
                targets.append(a.actor)
                last = (a.end, targets)
                continue
            if owning and not agents and 1 < len(gap) <= 3 and self._air_cues(t.char_end, a.start):
                # «استهدفت مسيرة تابعة لدولة الاحتلال التركي سيارة»: the aircraft named after the verb, then its owner
                agents.append(a.actor)
                last = (a.end, agents)
                continue
            if sub_type == "takeover" and gap and gap[-1] in from_words and len(gap) > 1 \
                    and gap[-2] in self.words("support"):
                continue  # «بدعم من التحالف الدولي»: a side that backed the take-over, not the one that lost it
            elif sub_type == "takeover" and gap and (gap[-1] in from_words or len(gap) > 1 and gap[-2] in from_words
                                                     and gap[-1] in self.words("hold_noun")):
                targets.append(a.actor)  # «حررت القرى من تنظيم داعش», «… من سيطرة التنظيم»: the side that lost them
                last = (a.end, targets)
            elif self.subject_before and not gap and _is_verb(t) and not passive:
                targets.append(a.actor)  # «shelled regime positions»: the object follows the verb
                last = (a.end, targets)
            elif len(gap) <= 2 and all(g in agent_markers or g in from_words or g in owner for g in gap) \
                    or marker in agent_markers or (self.subject_before and passive and marker in from_words
                                                   and len(gap) <= 5 and gap[0] in agent_markers):
                # («was killed by sniper fire from HTS fighters»: the weapon's source is who fired)
                agents.append(a.actor)  # «قصف قوات النظام», «غارات من قبل …», «هجوم لتنظيم داعش»
                last = (a.end, agents)
                if marker in agent_markers and marker not in from_words and not named_by_adjective:
                    by_marker.append(a.actor)  # «استهدافه بالرصاص من قبل مجهولين»: the author, said outright
            elif agents:
                targets.append(a.actor)
                last = (a.end, targets)
        if by_marker and not passive and self.subject_before is False:
            # «قتل ضابط في الأمن العسكري إثر استهدافه … من قبل مجهولين»: the side named before is the one hit
            hit = [a.actor for a in before if a.actor not in by_marker and a.actor != "CIVILIANS"]
            agents = [x for x in agents if x not in hit]
            targets = hit + targets
        if not agents and not passive:
            agents = self._agent_after_clause(s, clause, t)  # «جراء قصف مدينة جاسم، من قبل قوات النظام»
        named = bool(agents)
        if not agents and self._pronoun_subject(clause.start, t.char_start):
            subject = self._last_subject(s)  # «regime forces advanced …, where they were able to control X»
            if subject:
                agents = list(subject)
                targets = targets or unique(a.actor for a in self._actors_in(s.start, clause.start)
                                            if a.actor not in subject and a.actor in NAMED_ARMED)
        if not agents and self.subject_before and _is_verb(t) and not passive and clause.start == s.start \
                and not self._actors_in(clause.start, clause.end):
            agents = self._main_subject(s, clause)  # «After capturing X, the SDF advanced»: the participle's subject
        if not agents and self.subject_before and _is_verb(t) and not passive and t.value == "takeover":
            agents = self._joint_subject(s, clause)  # «The army, along with Russian forces, captured X»
        if not agents and not self.subject_before and _is_verb(t) and t.value == "takeover" and not passive \
                and clause.start > s.start and self.doc.tokens[t.start].text[:1] in self.words("and"):
            # «إن الجيش السوري تقدم … بعد معارك مع مسلحي التنظيم، وسيطر على قرية X»: a take-over verb joined by «و»
            # with no subject of its own shares the sentence's subject, not the side named last
            agents = self._last_subject(s)
        if not agents:
            support = self._support_start(s, clause)  # («The SDF, backed by …»: the side named before the help)
            earlier = [a for a in (self._actors_in(s.start, clause.start) if support == clause.start else
                                   self.actor_index.starting_in(s.start, support))
                       if a.actor != "CIVILIANS" and not finder]
            if earlier and self.subject_before and not passive and self._counted_before(earlier[-1], t):
                # «Four Iraqi soldiers, including an officer, were killed in an IED blast»: the side hit
                targets = unique(targets + [earlier[-1].actor])
                earlier = []
            if sub_type == "takeover":  # («…، التي تعد معقلاً للنظام، بسيطرتهم على X»: whose ground it was)
                held = [a for a in earlier if self._stronghold_of(a, s.start)]
                targets = unique(targets + [a.actor for a in held])
                earlier = [a for a in earlier if a not in held]
            aimed = [a for a in earlier if self._aimed_at(a)]
            if aimed:  # «حملة أمنية مستهدفة فلول النظام، مع مداهمات»: the side the campaign is aimed at is hit
                targets = unique(targets + [a.actor for a in aimed])
                earlier = [a for a in earlier if a not in aimed]
            if earlier:
                agents = [earlier[-1].actor]
                # «شنت الطائرات الحربية الروسية، سلسلة غارات جوية»: the aircraft named right before the comma that
                # opens the clause is its subject, named with it
                named = named or not self.doc.text[earlier[-1].end:clause.start].strip(" ،,") and bool(
                    self._cues_in(earlier[-1].start, earlier[-1].end, "air"))
            elif sub_type in UNSIGNED or sub_type == "Shelling/artillery/missile attack" and self.iraqi:
                agents = ["UNKNOWN"]  # a strike, a mine, a killing whose author the report does not name
        if sub_type in PROTESTS or sub_type in RIOTS:
            others = [a for a in unique(agents + targets) if a != "CIVILIANS"]
            if sub_type == "Peaceful protest":
                return ["CIVILIANS"], [], False, True
            if sub_type in MET_BY_FORCE:
                return others or ["UNKNOWN"], ["CIVILIANS"], False, True  # the forces that fired on the protesters
            if sub_type == "Mob violence":  # a crowd's victims are people unless a side is named
                return ["CIVILIANS"], others or ["CIVILIANS"], False, True
            return ["CIVILIANS"], others, False, True  # rioters are the protesters
        if not targets:
            targets = self._target_after_clause(s, clause, agents)  # «قصفت طائرات إسرائيلية، حسب المرصد، مواقع لـ…»
        if not targets and clause.start > s.start:
            # «قتل أحد عناصر الأمن العسكري، جراء إطلاق النار عليه»: the side of the people counted in the clause before
            targets = [a.actor for a in self._actors_in(s.start, clause.start) if self._counted_victims(a, s.start)
                       and a.actor not in agents]
        agents = unique(agents)
        targets = [x for x in unique(targets + [a.actor for a in speakers if a.actor != "CIVILIANS" and self.words("speech")
                                                and not any(same_camp(a.actor, g) or ALLIES.get(a.actor) == g
                                                            for g in agents)])
                   if x not in agents]  # (a side telling in English what happened is no target: _subject_speakers;
        # nor an ally telling its ally's deed: «أعلنت وزارة الدفاع الروسية أن الجيش السوري استعاد …»)
        if self._civilian_victims(clause) and sub_type in WEAPON_TYPES and "CIVILIANS" not in targets:
            targets.append("CIVILIANS")
        if not targets and (sub_type in PEOPLE_TAKEN or sub_type == "Arrests" and (self.people_index.starts_in(
                t.char_end, clause.end) or passive and self.people_index.within(clause.start, t.char_start))):
            # («six people were arrested by the security forces»: the people before a passive arrest)
            targets = ["CIVILIANS"]  # «اختطف مسلحون 3 شبان», «اعتقلت 4 شبان»: people taken, no armed side named
        # (but a one-sided strike on a town hit what its own words say, not the enemy of the clash told between two
        # sides: «اشتباكات بين الأمن العام ومسلحين محليين … وقصفت القوات الحكومية أطراف شهبا», «… بينما تعرضت قرية X
        # لقصف جوي»; one on a post or vehicle hit the enemy: «استهدفت مسيرة سيارة عسكرية تابعة لها»)
        if not targets and self.clash_sides and sub_type not in ("Peaceful protest", "Arrests") \
                and (sub_type not in CAMP_TARGETED or any(self._marks(w, self.words("hit_thing"))
                                                          for w in self.doc.text[t.char_end:clause.end].split())):
            a_side, b_side = self.clash_sides
            if agents and set(agents) <= set(a_side):
                targets = list(b_side)
            elif agents and set(agents) <= set(b_side):
                targets = list(a_side)
        return agents, targets, False, named

    def _aimed_at(self, a: ActorMention) -> bool:
        """Is the side named after a word saying it is aimed at, that word or its subject («الحملة الأمنية») right
        before it («مستهدفة فلول النظام», «تستهدف الحملة الأمنية الموالين», «بحق»; words.tsv role aimed_at)? Named
        before the trigger, it is the side hit, not the one acting."""
        words = self.words("aimed_at")
        preceding = [w for w in self.doc.text[max(0, a.start - 30):a.start].split() if w.strip(QUOTES)]
        return any(w in words for w in preceding[-3:])

    def _counted_before(self, a: ActorMention, t: Match) -> bool:
        """Is the side named before the trigger noun that of people a passive outcome verb between them counts
        killed or hurt («five members of the army were killed in an ambush», English)?"""
        passives = self.words("passive")
        return a.end <= t.char_start and self.outcome_index.starts_in(a.end, t.char_start) and any(
            tok.text in passives for tok in self.doc.tokens[slice(*self.doc.token_range(a.end, t.char_start))])

    def _agent_after_clause(self, s: Sentence, clause: Span, t: Match) -> list[str]:
        """The side named with an agent marker («من قبل») right after the clause, where a comma cut it off from the
        trigger («تعرضت بلدتا معرة حرمة، النقير لقصف مدفعي من قبل قوات النظام»), when no trigger stands between."""
        a, gap = self._side_after_clause(s, clause)
        if a is None:
            return []
        markers = self.words("agent_marker") - self.words("resumptive") - self.words("glued_preposition")
        if not gap or len(gap) > 8 or gap[-1] not in markers or self.trigger_index.starts_in(clause.end, a.start):
            return []
        return [a.actor]

    def _target_after_clause(self, s: Sentence, clause: Span, agents: list[str]) -> list[str]:
        """The side named with a target marker («مواقع للميليشيات الإيرانية») right after the clause, where commas
        cut it off from the trigger, when no trigger stands between."""
        a, gap = self._side_after_clause(s, clause)
        if a is None or a.actor in agents:
            return []
        markers = self.words("target_marker")
        glued = bool(gap) and gap[-1] in self.words("glued_preposition")
        last = gap[-2] if glued and len(gap) > 1 else gap[-1] if gap else ""
        if not gap or len(gap) > 6 or not self._marks(last, markers) or self.trigger_index.starts_in(clause.end, a.start):
            return []
        return [a.actor]

    def _side_after_clause(self, s: Sentence, clause: Span) -> tuple[ActorMention | None, list[str]]:
        """The first side (not civilians) named after the clause in its sentence, and the words between (less
        punctuation): for _agent_after_clause and _target_after_clause."""
        a = next((a for a in self._actors_in(clause.end, s.end) if a.actor != "CIVILIANS"), None)
        if a is None:
            return None, []
        return a, [g for g in self.doc.text[clause.end:a.start].split() if g.strip(QUOTES + "“”«»،,")]

    def _subjected_before(self, clause: Span, t: Match) -> int | None:
        """Where a verb of being subjected («تعرضت», words.tsv role subjected) ends before the trigger in its clause
        (what follows it up to the «ل» of the weapon was hit); else None."""
        first, _ = self.doc.token_range(clause.start, t.char_start)
        subjected = self.words("subjected")
        return next((tok.end for tok in self.doc.tokens[first:t.start] if tok.text in subjected), None)

    def _owned_before(self, a: ActorMention, start: int) -> bool:
        """«سيارة عسكرية لقوات النظام»: the side is glued to «ل» after a word that is neither an event word nor a
        marker of who acted."""
        words = self.doc.text[max(start, a.start - 40):a.start].split()
        if len(words) < 2 or words[-1] not in self.words("glued_preposition") or words[-1] not in self.words("purpose"):
            return False
        previous = self.doc.text.rfind(words[-2], start, a.start)
        return words[-2] not in self.words("agent_marker") and not self.trigger_index.starts_in(previous, a.start)

    def _counted_victims(self, a: ActorMention, start: int, own_noun: bool = False) -> bool:
        """The side is that of people counted right before it («عناصر من قوات النظام», «مقاتلين في صفوف …»), after a
        word saying they were killed or hurt, in the clause from `start`; with `own_noun`, also a side named by the
        noun counted itself («مقتل 15 إرهابياً بضربة جوية», in the trigger's own clause)."""
        links = self.words("side_link") | self.words("member_link")
        own = [n for n in self.people_index.within(max(start, a.start - 40), a.end)
               if own_noun and n.char_start <= a.start < n.char_end and a.actor != "CIVILIANS"]
        if own:  # «مقتل 15 إرهابياً»: a noun that names the people counted and their side at once, right after the
            # word saying they died or were hurt, past their number only (not «برصاص مسلحين»: who shot)
            said = self.outcome_index.within(start, own[0].char_start)
            if not said:
                return False
            gap = self.doc.text[said[-1].char_end:own[0].char_start]
            for q in self.quantity_index.within(said[-1].char_end, own[0].char_start):
                gap = gap.replace(self.doc.text[q.start:q.end], "")
            # («قتل خمسة من عناصر داعش»: a link word may stand between the number and the noun)
            return all(g in links for g in gap.split() if g.strip(QUOTES))
        nouns = self.people_index.within(max(start, a.start - 40), a.start)
        if not nouns:
            return False
        noun = nouns[-1]
        gap = [g for g in self.doc.text[noun.char_end:a.start].split() if g.strip(QUOTES)]
        # «قيادي أمني من تنظيم داعش»: one word describing the people may stand before the link
        if gap and (gap[-1] not in links or sum(g not in links for g in gap) > (1 if gap[0] not in links else 0)):
            return False  # (no gap: «خمسة من عناصر داعش», the noun in construct with the side's name)
        return bool(self.outcome_index.within(start, noun.char_start))

    def _speakers(self, before: list[ActorMention], t: Match, clause: Span) -> list[ActorMention]:
        """The sides named as the subject of a verb of saying before «إن/أن» (words.tsv roles speech, speech_that),
        when another side is named between that «إن» and the trigger."""
        speech, that = self.words("speech"), self.words("speech_that")
        if not speech and self.words("speech_after_subject"):
            return self._subject_speakers(before, t)
        if not speech:
            return []
        text = self.doc.text
        out: list[ActorMention] = []
        for a in before:
            if a.end > t.char_start:
                continue
            said = text[max(0, a.start - 40):a.start].split()[-2:]
            if not any(w in speech for w in said):
                continue
            following = text[a.end:t.char_start].split()
            k = next((i for i, w in enumerate(following[:4]) if w in that), None)
            if k is None:
                continue
            if any(b.actor not in ("CIVILIANS", a.actor) for b in self._actors_in(a.end, clause.end)):
                out.append(a)
        return out

    def _subject_speakers(self, before: list[ActorMention], t: Match) -> list[ActorMention]:
        """Where the subject comes before its verb: «the Security Media Cell said in a statement that an IED
        exploded …», «the regime's news agency said that rebels fired shells …»: a side named as the subject of a
        verb of saying (words.tsv speech_after_subject, within four words after it) told what happened, and did not
        do it — unless the reported clause points back to it («… said that its fighters repelled …»)."""
        text = self.doc.text
        verbs, possessed = self.words("speech_after_subject"), self.words("speech_own")
        out: list[ActorMention] = []
        for a in before:
            if a.end > t.char_start:
                continue
            following = [w.strip(",") for w in text[a.end:t.char_start].split()]
            k = next((i for i, w in enumerate(following[:5]) if w in verbs), None)
            if k is None or any(b.start > a.end and b.end <= a.end + len(text[a.end:t.char_start].split(following[k], 1)[0])
                                for b in before):
                continue  # (another side named between the side and the verb is the subject)
            told = text[a.end:min(self.doc.sentence_of(t.char_start).end, t.char_end + 40)].split()[k + 1:]
            if any(w.strip(",.").lower() in possessed for w in told):
                continue  # «the SDF said that its fighters …»: it tells what it did
            out.append(a)
        return out

    def _marks(self, word: str, markers: set[str]) -> bool:
        """The word is one of the markers, or one with a preposition or conjunction glued to it («بعناصر من قوات
        النظام»: «عناصر»)."""
        if word in markers:
            return True
        glued = self.doc.lang.clitics.conjunctions + self.doc.lang.clitics.prepositions
        return len(word) > 3 and word[0] in glued and word[1:] in markers

    def _state_adjective(self, actor: str) -> str:
        """«Syrian» names the Syrian state's forces: the regime's before 8 December 2024, the new government's after."""
        if actor != "SYR_STATE":
            return actor
        return "SYR_GOV_NEW" if self.report_date is not None and self.report_date >= NEW_ERA else "SYR_GOV"

    def _object_after_weapon(self, t: Match, clause: Span) -> bool:
        """«بطائرة مسيرة القوات الأمريكية»: a weapon of two words, indefinite, then a definite word: no construct (an
        adjective stands between), the side named right after it is what was hit, not the weapon's owner."""
        toks = self.doc.tokens
        return bool(self.article) and t.value in WEAPONS and t.end - t.start >= 2 and t.end < len(toks) and toks[t.end].start < clause.end \
            and not self.doc.text.startswith(self.article, t.char_start) \
            and not toks[t.end - 1].text.startswith(self.article) and toks[t.end].text.startswith(self.article)

    def _adjective_agent(self, t: Match, clause: Span) -> list[str]:
        """«قصف تركي», «غارات جوية روسية», «طائرات هليكوبتر إسرائيلية»: an adjective right after the trigger, or
        after the aircraft named in its clause, names who struck."""
        adjectives = _actor_adjectives(self.doc.lang.code)
        if self.adjective_before:  # «Russian airstrikes», «Turkish artillery shelling»: the adjective before the noun
            if _is_verb(t) and t.value == "takeover":
                return []  # «government forces and their Russian allies took control»: the subject's adjective
            for k in range(t.start - 1, max(0, t.start - 2) - 1, -1):
                tok = self.doc.tokens[k]
                if tok.end <= clause.start:
                    break
                if any(a.start <= tok.start and tok.end <= a.end <= t.char_start
                       for a in self.actor_index.within(tok.start - 60, t.char_start)):
                    break  # «Hezbollah and regime forces shelled»: a side's name, read with the others before
                if k < t.start - 1 and any(m.extra and m.extra[0].startswith("civ")
                                           for m in self.people_index.within(tok.start, t.char_start)):
                    break  # «an Iraqi refugee's body», «a Turkish woman's killing»: the adjective is the victim's
                for key, _ in tok.keys:
                    if key in adjectives:
                        # «regime and Russian air raids», «Syrian and Russian strikes»: two sides' adjectives
                        return unique(self._state_adjective(a) for a in _coordinated(self.doc, k, adjectives,
                                                                                       clause.start))
            return []
        if t.value in ("attack", "target", "bombard") and self._aircraft_set_off(t, clause):
            # «طيراناً يرجح أنه إسرائيلي، استهدف …»: the adjective in the clause of the aircraft set off before
            s = self.doc.sentence_of(clause.start)
            lead = [c for c in s.clauses if c.end <= clause.start][-1]
            first, last = self.doc.token_range(lead.start, lead.end)
            for tok in self.doc.tokens[first:last]:
                for key, _ in tok.keys:
                    if key in adjectives and not _holding(self.actor_index, tok.start, tok.end, 60):
                        return [adjectives[key]]
        # «تعرضت دورية للجيش العراقي لكمين»: the side named after a verb of being subjected was hit, its adjective
        # names no author (but «تعرضت قرية لقصف تركي»: an adjective of no side's name does)
        subjected = self.doc.text[t.char_start:t.char_end].split()[0] in self.words("subjected")
        heads = [t.end]
        if t.value in WEAPONS | {"bombard", "target", "attack", "destroy", "execute"}:
            heads += [self.doc.token_range(c.char_start, c.char_end)[1] for c in self._cues_in(
                clause.start, clause.end, "air")]
        # «بطائرة مسيرة القوات الأمريكية»: a weapon named with its indefinite adjective is no construct, the definite
        # side right after it is what was hit, not the weapon's owner (but «طائرات الاحتلال التركي»: its owner)
        if self._object_after_weapon(t, clause):
            heads = [h for h in heads if h > t.end]
        for head in heads:
            for tok in self.doc.tokens[head:head + 3]:
                if tok.start >= clause.end:
                    break
                # «قصفت مرتزقة الاحتلال التركي»: an adjective inside the name of another side names that side
                named = [a.actor for a in _holding(self.actor_index, tok.start, tok.end, 60)]
                for key, _ in tok.keys:
                    if key in adjectives and named and subjected:
                        return []
                    if key in adjectives and (not named or adjectives[key] in named):
                        return [adjectives[key]]
        return []

    def _between(self, t: Match, scope_end: int) -> tuple[list[str], list[str]] | None:
        text = self.doc.text
        and_letter = self.words("and")
        pos = min((k for w in self.words("between") if (k := text.find(w, t.char_end, scope_end)) != -1), default=-1)
        mentions = [a for a in self._actors_in(pos, scope_end) if a.actor != "CIVILIANS"]
        marks = [k for m in self.doc.lang.phrases("side_marker") if (k := text.find(m, pos, scope_end)) != -1]
        paired = bool(marks)
        if paired and not any(a.start > min(marks) for a in mentions) \
                and scope_end < self.doc.sentence_of(t.char_start).end:
            # «بين قوات النظام … من جهة، والفصائل التي طردتها …»: the other side stands in the next clause
            scope_end = max(scope_end, self.doc.clause_of(scope_end).end)
            mentions = [a for a in self._actors_in(pos, scope_end) if a.actor != "CIVILIANS"]
        for i in range(1, len(mentions) if not paired else 0):
            # «بين قوات النظام والفصائل، تسفر عن مقتل 6 من قوات النظام»: a side named after a comma and the people
            # counted dead or hurt belongs to the toll that follows (or «بينهم …»), not to the list of the two sides
            lo, hi = mentions[i - 1].end, mentions[i].start
            gap = text[lo:hi]
            if ("،" in gap or "," in gap) and (self.people_index.within(lo, hi) or self.outcome_index.within(lo, hi)):
                mentions = mentions[:i]
                break
        if len(mentions) == 1 and pos != -1:
            # «clashes between two clans», «between rival Turkish-backed factions»: men of one side fought each other
            gap = text[pos:mentions[0].start].split()[1:]
            if all(g.lower() in self.words("one_side_plural") for g in gap) and \
                    not any(w in text[mentions[0].end:scope_end].split()[:2] for w in and_letter):
                return [mentions[0].actor], [mentions[0].actor]
        if len(mentions) < 2:
            return None
        split = None
        for marker in self.doc.lang.phrases("side_marker"):
            k = text.find(marker, pos, scope_end)
            if k != -1:
                split = next((i for i, a in enumerate(mentions) if a.start > k), None)
                break
        if split is None:
            for i, a in enumerate(mentions[1:], 1):
                gap = text[mentions[i - 1].end:a.start]
                if "،" in gap or "," in gap:
                    split = i
            if split is None:
                split = next((i for i, a in enumerate(mentions[1:], 1) if text[a.start - 1:a.start] in and_letter
                              or text[a.start - 2:a.start - 1] == " " and text[a.start - 1:a.start] in and_letter
                              or set(text[mentions[i - 1].end:a.start].split()[-1:]) & and_letter), 1)
                while split < len(mentions) - 1 and same_camp(mentions[split - 1].actor, mentions[split].actor):
                    split += 1
        if not split or split >= len(mentions):
            return None
        side_a = unique(a.actor for a in mentions[:split])
        side_b = [x for x in unique(a.actor for a in mentions[split:]) if x not in side_a]
        return (side_a, side_b) if side_b else None


def outcome_needs_met(doc: Doc, m: Match) -> bool:
    """«فارق … الحياة», «القضاء على … عناصر»: an outcome word of casualty_words.tsv whose `needs` column lists words
    one of which must follow within six words means a death only with it."""
    needs = (m.extra + ("", "", ""))[2]
    if not needs:
        return True
    article = doc.lang.clitics.article
    wanted = {normalize_word(n) for n in needs.split()}
    for t in doc.tokens[m.end:m.end + 6]:  # «خسرت قوات النظام 6 من عناصرها»: the subject and the count between
        if t.text in wanted or not wanted.isdisjoint(t.key_names) or \
                (article and t.text.startswith(article) and t.text[len(article):] in wanted):
            return True
    return False


# after «أن»/«إن» (EventReader._subject_after_that): the side stands within so many characters before the verb, at
# most so many words from it, and the particle among the last words (within so many characters) before the side
_THAT_SIDE_CHARS, _THAT_GAP_WORDS, _THAT_LEAD_WORDS, _THAT_LEAD_CHARS = 80, 2, 3, 30
# days: a past-perfect sentence dated more than a week before the report is background (yesterday's news told so
# stays news)
PAST_PERFECT_AGE = 7
PAST_PERFECT_REACH = 8  # «وكانت عناصر الفصيل في محيط بلدة X قد …»: the subject and a place may stand before «قد»


def opens_past_perfect(doc: Doc, s: Sentence, before: int) -> bool:
    """Does the sentence open with a past auxiliary (words.tsv past_aux: «كان», «وكانت») and hold the particle of
    the perfect (may_particle: «قد») in its first words, before token `before`? The past perfect of a report's
    background paragraph («وكانت قوات النظام قد حاصرت الحي»), background when `names_past_period` or its date
    says so."""
    aux, may = doc.lang.words("past_aux"), doc.lang.words("may_particle")
    tokens = doc.tokens[s.tok_start:min(s.tok_start + PAST_PERFECT_REACH, before)]
    if not aux or not may or not tokens:
        return False
    head = tokens[0].text
    if head not in aux and not (head[:1] in doc.lang.words("and") and head[1:] in aux):
        return False
    return any(not may.isdisjoint(tok.key_names) for tok in tokens[1:])


def names_past_period(doc: Doc, s: Sentence) -> bool:
    """Does the sentence name a period before the reported one (words.tsv past_period: «الصيف الماضي»)?"""
    text = doc.text[s.start:s.end]
    return any(p in text for p in doc.lang.words("past_period"))


QUOTES = "\"'()"
_ASIDE_QUOTES = QUOTES + "“”«»"  # (the quotes `_aside` strips from the words before a side)
# events fought against the other camp: told with one side, the other is the report's other camp when it has one
OPPOSED_TYPES = frozenset({"Armed clash", "Government regains territory", "Non-state actor overtakes territory",
                           "Air/drone strike", "Shelling/artillery/missile attack"})
CAMP_TARGETED = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})  # (the other camp goes to the record only: Frame.camp_targets)
# events whose two sides a report names with «بين … و…»: a clash, a deal, shelling traded between two sides
BETWEEN_TYPES = frozenset({"Armed clash", "Agreement", "Shelling/artillery/missile attack"})
UNSIGNED = frozenset({"Air/drone strike", "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Attack",
                      "Abduction/forced disappearance", "Sexual violence"})
# violence against people (GUIDELINES: captives count as civilians): with no side hit named, civilians were hit
HAND_DONE = frozenset({"death", "kill", "execute", "abduct", "arrest"})  # what is done «على يد» someone
PEOPLE_TAKEN = frozenset({"Abduction/forced disappearance", "Attack", "Sexual violence"})
EXCESSIVE_FORCE = "Excessive force against protesters"
MET_BY_FORCE = frozenset({"Protest with intervention", EXCESSIVE_FORCE})  # protests the forces met
PROTESTS = MET_BY_FORCE | {"Peaceful protest"}
RIOTS = frozenset({"Violent demonstration", "Mob violence"})
MOB_DONE = frozenset({"kill", "death", "attack", "target", "loot", "clash", "execute", "takeover"})  # a crowd's acts
MOB_ABSORBED = frozenset({"Attack", "Armed clash", "Looting/property destruction", "takeover",  # read so, when a
                          "Non-state actor overtakes territory"})  # crowd did it («stormed a police station»)
STRIKE_TYPES = frozenset(CLASS_TYPES[c] for c in WEAPONS)
WEAPON_TYPES = STRIKE_TYPES | {"Attack"}  # one-sided violence: its victims are its targets


# how large a place of each kind is: a place named right after a smaller one with «في» is the one it lies in
_RANK = {"neighbourhood": 1, "village": 2, "town": 3, "subdistrict": 3, "city": 4, "district": 4, "area": 4,
         "region": 5, "mountain": 5, "governorate": 5}


def _same_area(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """The same place, or one of them is the region (governorate, countryside) the other lies in, or unknown."""
    if a is None or b is None:
        return True
    if _same_place(a, b):
        return True
    return (a.region or b.region) and a.admin1 is not None and a.admin1 == b.admin1


def _best(group: list[PlaceMention]) -> list[PlaceMention]:
    """Localities when there are any, else regions; each place once."""
    local = [p for p in group if not p.region]
    chosen = local or group
    out: list[PlaceMention] = []
    for p in chosen:
        if not any(_same_place(p, q) for q in out):
            out.append(p)
    return out


_CLAUSE_MARKS = "،,;؛."  # the marks that end a clause, for `EventReader._located_dropped`


def _same_place(a: PlaceMention, b: PlaceMention) -> bool:
    return a.name == b.name or (a.place is not None and a.place == b.place)


def _head_words(phrase: str) -> tuple[str, ...]:
    """The words that may head a compound trigger: its first (Arabic «مستودعات أسلحة») or its last (English
    «weapons depot»)."""
    words = phrase.split()
    return (words[0], words[-1]) if words else ()
