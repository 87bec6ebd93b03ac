"""Place mentions: the place names a report gives, resolved against the gazetteer where possible.

A coder reads «في بلدة سرمين بريف إدلب الشرقي» as one place, Sarmin, located by its countryside; «ريف
إدلب الجنوبي» alone as the governorate at region precision; «محيط مدينة البوكمال» as Abu Kamal at precision 2;
and «المدينة» later on as the last city named. This module does the same: names after a place-type word
(مدينة، بلدة، قرية، حي …) are taken even when the gazetteer lacks them, other names only from the gazetteer.
"""
from __future__ import annotations

import bisect
import math
import os
import re
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from operator import attrgetter

from ..text import lexicon
from ..text.dates import DAY_KINDS
from ..text.doc import Doc, SpanIndex
from ..text.language import NO_WORD, Language
from ..text.lexicon import Lexicon
from ..text.normalize import normalize_word
from ..text.numbers import parse_number
from ..text.tokens import WORD, Token, candidate_keys, strip_article, word_key
from .gazetteer import Gazetteer, Place, arabic_key, english_key, near_cost, place_rank, translit_key

_TEXT = attrgetter("text")  # (a token's text, read in C over a report's tokens)
FREE_KINDS = frozenset({"governorate", "city", "district", "region", "country"})
REGION_KINDS = frozenset({"governorate", "region", "country", "district", "subdistrict"})
_SENTENCE_STOPS = re.compile("[.؟!\n]")  # the marks a sentence ends at
# the trigger classes (triggers.tsv) whose object is a place: what is shelled, struck, attacked or taken
_PLACE_OBJECT = frozenset({"shell", "air", "bombard", "attack", "target", "takeover", "clash"})
_SUBJECT_CUES = frozenset({"air"})  # cues.tsv: the aircraft that strike («الطائرات الحربية»), a subject before the object


class PlaceGrammar:
    """What a language says about place names, read from its data files (rasid/data/lang/<code>/):
    place_words.tsv (type words, surroundings, regions, directions), place_roles.tsv (heads of compound names,
    adjectives, locatives, governorate adjectives, the words that tie a place to the town that locates it),
    place_stopwords.tsv and place_ambiguous.tsv."""

    def __init__(self, language: Language):
        self.clitics = language.clitics
        self._keys: dict[str, str] = {}  # word → key (the readers key the same words over and over)
        self._phrase_articles: dict[str, bool] = {}  # (phrase_has_article)
        self.script: str = language.settings.get("gazetteer_names", "ar")  # which names of the gazetteer it writes
        syntax = language.syntax
        self.capitalised: bool = syntax.get("capitalised_names", False)  # English: names are capitalised
        self.type_after: bool = syntax.get("type_word_after_name", False)  # «Qatrah village», «Manbij countryside»
        self.and_words = language.words("and") if not self.clitics.conjunctions else frozenset()  # «and» apart
        self.joining_words = frozenset(self.clitics.conjunctions) | self.and_words  # (_conjunction_only)
        # how many words may stand between a place and the region that locates it: «X بريف Y» (3), «X village in
        # the western countryside of Y» (7)
        self.locating_reach: int = syntax.get("locating_reach", 3)
        self.words: Lexicon = language.lexicon("place_words.tsv")
        rows = language.read_tsv("place_words.tsv")
        # phrase → (role, kind, part of the name: "keep" for «مخيم درعا», a singular for «جبلي الأكراد والتركمان»)
        self.word_kinds: dict[str, tuple[str, str, str]] = {
            r[0]: (r[1], r[2] if len(r) > 2 else "", r[3] if len(r) > 3 else "") for r in rows}
        self.word_keys = frozenset(self.key(r[0]) for r in rows if " " not in r[0])
        self.around_keys = frozenset(self.key(r[0]) for r in rows if len(r) > 1 and r[1] in ("around", "axis")
                                     and " " not in r[0])
        self.directions = frozenset(self.key(r[0]) for r in rows if len(r) > 1 and r[1] == "direction"
                                    and " " not in r[0])
        # one-word type words of a village or a town («قرية», «بلدة»), and of the land around a place («بادية»)
        self.settlement_type_keys = frozenset(self.key(w) for w, (role, kind, _) in self.word_kinds.items()
                                              if role == "type" and kind in ("village", "town") and " " not in w)
        self.surroundings_keys = frozenset(self.key(w) for w, (_, _, naming) in self.word_kinds.items()
                                           if naming == "surroundings" and " " not in w)
        self.stopwords = frozenset(self.key(r[0]) for r in language.read_tsv("place_stopwords.tsv"))
        self.needs_type_word = frozenset(self.key(r[0]) for r in language.read_tsv("place_ambiguous.tsv"))
        roles, country_types = self._read_roles(language)

        def role(name: str, keyed: bool = False) -> frozenset[str]:
            return frozenset(self.key(w) if keyed else w for w in roles.get(name, ()))

        self.compound_heads = role("compound_head", keyed=True)
        self.name_adjectives = role("name_adjective")
        self.locative = role("locative")
        self.never_names = role("never_name")
        self.dropped_types = role("dropped_type", keyed=True)
        self.locating_types = role("locating_type", keyed=True)
        self.locating_links = role("locating_link")
        self.near = role("near") | role("near", keyed=True)
        self.locating_gap = role("locating_gap")
        self.place_adjectives = role("place_adjective")  # «the coastal town of»: says what the town is like
        self.locating_relatives = role("locating_relative")
        self.description_openers = role("description_opener")
        self.taken_to = tuple(sorted(role("taken_to"), key=len, reverse=True))  # «نقلوا إلى», «taken to»
        self.taken_to_gap = role("taken_to_gap")  # «مستشفى ميداني في مركز مدينة X»
        self.hails_from = tuple(sorted(role("hails_from"), key=len, reverse=True))  # «ينحدر (الشاب) من X»
        self.hails_from_link = role("hails_from_link")  # «من»
        self.verb_homographs = role("verb_homograph", keyed=True)  # «وتدمر مخازن»: a verb
        self.base_openers = role("base_opener", keyed=True)  # «مقر الفرقة 17»
        self.distance_words = role("distance")
        self.distance_units = role("distance_unit")
        self.adjective_endings = tuple(sorted(role("adjective_ending")))
        self.nisba_endings = tuple(sorted(role("nisba_ending")))
        self.pronoun_suffixes = tuple(sorted(role("pronoun_suffix")))
        self.countryside = next(iter(sorted(role("countryside"))), "")
        self.particles = role("particle", keyed=True)
        self.list_and = next(iter(sorted(role("list_and"))), "")
        self.list_openers = role("list_opener")
        self.direction_suffixes = role("direction_suffix")
        self.name_connectors = role("name_connector")
        self.colour_names = role("colour_name")  # «المنطقة الخضراء»: a colour after a definite type word names a zone
        self.outlet_words = role("outlet", keyed=True)
        commands = [phrase.split() for phrase in roles.get("command", ())]
        self.command_words = frozenset(self.key(words[0]) for words in commands if len(words) == 1)
        # «قيادة شرطة الأنبار», «مجلس محافظة نينوى»: two-word offices named after their place, as word-key pairs
        self.command_pairs = frozenset(tuple(self.key(w) for w in words) for words in commands if len(words) == 2)
        self.command_pair_ends = frozenset(b for _, b in self.command_pairs)  # (a set test before the pairs')
        self.command_anchors = self.command_words | self.command_pair_ends  # a word of neither opens no command
        # «أمام مبنى محافظة البصرة»: in front of the office, which stands in the place named (a protest's place)
        self.facing = role("facing", keyed=True)
        self.duals = role("dual", keyed=True)
        self.glued_heads = role("glued_head", keyed=True)
        self.glued_head_words = tuple(sorted(role("glued_head"), key=len, reverse=True))
        self.facility_adjectives = role("facility_adjective")
        self.after_locative = role("after_locative", keyed=True)
        self.origins = tuple(sorted(role("origin")))  # «from the direction of X»: where a strike came from
        self.between_places = role("between_places")  # «between the villages of X and Y»: one point
        self.numbered_bases = role("numbered_base", keyed=True)  # «the 46th Regiment»
        self.ordinal_endings = role("ordinal_ending")  # «st», «nd», «rd», «th» after a number
        self.toponym_heads = role("toponym_head", keyed=True)  # «Wadi», «Tal»: only place names open with them
        self.definite_words = role("definite")  # «the town»: a type word that points back (English)
        self.indefinite_words = role("indefinite_article")  # «X, a village near Y»: a type word that describes (English)
        # the country whose places a type word names («قضاء»: an Iraqi district): kind → country code
        self.kind_countries: dict[str, str] = {
            self.word_kinds[word][1]: country for word, country in country_types.items() if word in self.word_kinds}

    def _read_roles(self, language: Language) -> tuple[dict[str, set[str]], dict[str, str]]:
        """place_roles.tsv: the words of each role (role → normalised words), and the tables some roles fill from
        their third column (nisba, spelling pairs, case forms, direction names, indefinite marks, kept here); also
        the country each country_type word names places of (type word → country code)."""
        roles: dict[str, set[str]] = {}
        self.nisba: dict[str, str] = {}
        self.spelling_pairs: list[tuple[str, str]] = []
        self.case_forms: dict[str, list[str]] = {}
        self.direction_names: dict[str, tuple[str, ...]] = {}
        indefinite_marks: set[str] = set()
        country_types: dict[str, str] = {}
        for row in language.read_tsv("place_roles.tsv"):
            if len(row) < 2:
                continue
            word = normalize_word(row[0]).strip()
            for role in row[1].split(","):
                words = roles.setdefault(role.strip(), set())
                if row[0] != NO_WORD:  # «-»: the language has the role but no word for it (as in words.tsv)
                    words.add(word)
                if role.strip() == "nisba" and len(row) > 2:
                    self.nisba[word] = row[2]
                if role.strip() == "spelling" and len(row) > 2:
                    self.spelling_pairs.append((word, normalize_word(row[2]).strip()))
                if role.strip() == "direction_name" and len(row) > 2:  # «eastern X» for «X al-Sharqi»
                    self.direction_names[word] = tuple(w.strip() for w in row[2].split("|") if w.strip())
                if role.strip() == "indefinite_mark":
                    indefinite_marks.add(row[0])  # read as written: normalisation drops these marks
                if role.strip() == "country_type" and len(row) > 2:
                    country_types[row[0]] = row[2]
                if role.strip() == "case_form" and len(row) > 2:  # a word's other case forms, both ways
                    other = normalize_word(row[2]).strip()
                    self.case_forms.setdefault(word, []).append(other)
                    self.case_forms.setdefault(other, []).append(word)
        self.indefinite_marks = frozenset(indefinite_marks)
        return roles, country_types

    def variants(self, name: str) -> list[str]:
        """The name with letters that spellers write for one another swapped («الظهور», «الضهور»)."""
        out = []
        for a, b in self.spelling_pairs:
            if a in name:
                out.append(name.replace(a, b))
            if b in name:
                out.append(name.replace(b, a))
        first, _, rest = normalize_word(name).partition(" ")
        for case in self.case_forms.get(first, ()):
            if rest:
                out.append(case + " " + rest)  # «قضاء أبي غريب» for «أبو غريب»
        first, _, rest = name.partition(" ")
        if rest and " " not in rest and self.key(first) in self.glued_heads:
            out.append(first + rest)  # «كفر نبل» for «كفرنبل»: a head also written glued to the rest
        elif not rest:
            head = self.glued_head(name)
            if head:
                out.append(head + " " + name[len(head):])  # «خان شيخون» for «خانشيخون»
        return out

    def glued_head(self, word: str) -> str | None:
        """The head of place names glued to the word's start («كفر» of «كفرنبل»), three letters at least after it."""
        return next((h for h in self.glued_head_words if word.startswith(h) and len(word) - len(h) >= 3), None)

    def key(self, word: str) -> str:
        found = self._keys.get(word)
        if found is None:
            if len(self._keys) > 100_000:
                self._keys.clear()
            found = self._keys[word] = strip_article(normalize_word(word).strip(), self.clitics)
        return found

    def has_article(self, word: str) -> bool:
        return bool(self.clitics.article) and word.startswith(self.clitics.article)

    def phrase_has_article(self, phrase: str) -> bool:
        """Does a lexicon phrase, normalised, carry the article? (Asked of the same phrases in every report.)"""
        found = self._phrase_articles.get(phrase)
        if found is None:
            found = self._phrase_articles[phrase] = self.has_article(normalize_word(phrase))
        return found

    def entry_of(self, phrase: str) -> tuple[str, str, str]:
        """place_words.tsv's (role, kind, naming) of a phrase; empty strings for a phrase it does not list."""
        return self.word_kinds.get(phrase, _NO_WORD_ENTRY)

    def role_of(self, phrase: str) -> str:
        """The role place_words.tsv gives a phrase («type», «direction», «region» …); "" for one it does not list."""
        return self.word_kinds.get(phrase, _NO_WORD_ENTRY)[0]

    def kind_of(self, phrase: str) -> str:
        """The kind of place a type word names («village», «governorate» …); "" for a phrase it does not list."""
        return self.word_kinds.get(phrase, _NO_WORD_ENTRY)[1]

    def has_conjunction(self, word: str) -> bool:
        return bool(word) and word[0] in self.clitics.conjunctions

    def starts_with_and(self, word: str) -> bool:
        """«وبابولين»: the conjunction that joins the names of a list, glued to the word."""
        return bool(self.list_and) and word.startswith(self.list_and)

    def clitic_on_article(self, word: str) -> bool:
        """«بالغوطة», «للاجئين», «والمدينة»: a conjunction or preposition glued to an article opens a new phrase
        («بالي» is a name: no word is one letter after the article)."""
        c = self.clitics
        return (len(word) > 4 and word[0] in c.conjunctions + c.prepositions and self.has_article(word[1:])) or \
            (bool(c.article_after_lam) and word.startswith(c.article_after_lam))


@lru_cache(maxsize=8)
def place_grammar(language: Language) -> PlaceGrammar:
    return PlaceGrammar(language)


@dataclass(slots=True)
class PlaceMention:
    start: int  # normalised offsets of the name, clitics and type word excluded
    end: int
    tok_start: int
    tok_end: int
    name: str  # the name as written in the report
    kind: str | None
    place: Place | None
    admin1: str | None
    precision: int
    region: bool = False  # a governorate, countryside or region rather than a locality
    context: bool = False  # only locates the mention before it («بريف حلب» after «الأتارب»)
    anaphor: bool = False  # «المدينة» standing for a place named before
    candidates: list[Place] = field(default_factory=list)
    fixed: bool = False  # located by the words around it, not open to the report-wide vote
    dateline: bool = False  # the place a report or paragraph is filed under («محافظة درعا – المرصد»)
    located_by: "PlaceMention | None" = None  # the town or region named right after it («بريف منبج»)
    antecedent: "PlaceMention | None" = None  # the place an anaphor («المدينة», «القرية») points back to
    list_head: "PlaceMention | None" = None  # the first name of the list it is part of («قرى X وY وZ»)
    assumed: bool = False  # admin1 is the governorate its sentence or report is about, not said of it
    script: str = "ar"  # the script the report writes names in: «ar», or «en» for an English report
    anchor: "Place | None" = None  # for a place the gazetteer lacks: the known place it lies at or near (the town
    # or region that locates it, maybe through other unknown names, or that locates another mention of its name)
    anchor_precision: int = 2  # 2: the words say it lies at or near the anchor; 3: only that its sentence names it

    @property
    def name_ar(self) -> str | None:
        """The Arabic name: as an Arabic report writes it, the gazetteer's for an English one (None if unknown)."""
        if self.script == "ar":
            return self.name
        return self.place.name_ar if self.place else None

    @property
    def name_en(self) -> str | None:
        """The English name: the gazetteer's for an Arabic report, as an English report writes it."""
        if self.script == "en":
            return _media_spelling(self.name, self.place)
        return self.place.name_en if self.place else None


def _media_spelling(name: str, place: "Place | None") -> str:
    """An English report's spelling of a known place, or the first of its English variants when the report writes a
    later one: the gazetteer lists the spelling English media use most first among them («Kobani» for «Kobane»)."""
    if place is None:
        return name
    alts = place.alt_en
    if place.source == "rasid" and place.source_id:  # a built-in place with names an import added: the order
        own = _builtin_spellings(place.name_en, place.name_ar, place.kind)  # of its own spellings only counts
        alts = own if own is not None else alts
    if len(alts) < 2:
        return name
    key = english_key(name)
    if key in (english_key(place.name_en), english_key(alts[0])):
        return name
    if any(english_key(alt) == key for alt in alts[1:]):
        return alts[0]
    return name


@lru_cache(maxsize=4096)
def _builtin_spellings(name_en: str, name_ar: str, kind: str) -> tuple[str, ...] | None:
    """The English variants the built-in gazetteer itself gives the place (read once per place, not per mention)."""
    own = next((p for p in Gazetteer.builtin().lookup(name_en) if p.name_ar == name_ar and p.kind == kind), None)
    return own.alt_en if own is not None else None


_CURRENT: dict[tuple, tuple[float, Gazetteer]] = {}
_OPENER_REACH = 8  # tokens between a plural type word and a list opener that still opens its list
_OPENER_REACH_NAMED = 30  # the same, for a list opened by two opener words («they are») naming three places or more
# A governorate that is one city and nothing more, and the governorate of the countryside around it: a town or
# village there, or a place «west of» or «in the suburbs of» the city, lies in the countryside's governorate.
_COUNTRYSIDE_OF = {"Damascus": "Rural Damascus"}
CAPITAL_AND_COUNTRYSIDE = frozenset({*_COUNTRYSIDE_OF, *_COUNTRYSIDE_OF.values()})  # «غوطة دمشق» names either
_TOWN_KINDS = frozenset({"city", "town", "village"})
_CITY_PARTS = frozenset({"neighbourhood", "square", "street", "market", "building"})  # (parts of a city)
_UNCUED_NOT = frozenset({"country", "region", "neighbourhood"})  # (_Finder._transliterated)
_FACILITY_KINDS = frozenset({"building", "road", "checkpoint", "junction", "market", "square", "street"})
_SETTLEMENT_KINDS = frozenset({"city", "town", "village", "neighbourhood"})
_READ_AGAIN_KINDS = _SETTLEMENT_KINDS | {"area", "subdistrict"}  # (_Finder._named_again)
# the dates that end a capitalised English name («X Thursday», «Y in March»): a day's or a month's
_NAME_ENDING_DATES = DAY_KINDS | {"month"}
# «in X, Y and Z in southern Idlib» (_Finder._located_name): a list of unknown villages located after it holds
# five names at the most; the sixth capitalised name in a row makes it a run of people, sides or titles instead
_LOCATED_LIST_TOO_LONG = 6
# the words that locate an unknown name, up to the known place's first word: the longest locator, «, in the
# northern province of», is five words, and the known name's first word the sixth (_Finder._locator_at)
_LOCATOR_WORDS_MOST = 6
# the words before a town's name read for an unnamed village near it («في قرية شرقي مدينة X»: type word, two
# directions, the town's type word): four at the most, and one to spare; 60 characters hold five words of usual
# length, and keep the text split short (unnamed_village_near)
_UNNAMED_REACH_WORDS, _UNNAMED_REACH_CHARS = 5, 60
_BEING_FOUND: frozenset[str] = frozenset()  # a report's governorates while they are found (_report_governorates)
_ANCHOR_KINDS = _SETTLEMENT_KINDS | {"region", "mountain", "subdistrict", "district"}  # (_Finder._anchor_unknowns)
# unknown names passed through to a known place that locates them («X بريف Y», Y «شرق Z»): a chain of two or
# three is common; a known place found further on is too far from the first name to say where it lies
_ANCHOR_HOPS = 4
_NAMED_SPOTS = frozenset({"square", "street"})  # «ساحة الساعة بمدينة حمص»: coded as the square, not the town
_NO_WORD_ENTRY = ("", "", "")  # (PlaceGrammar.entry_of: a phrase place_words.tsv does not list)
# place_words.tsv roles of a word that may stand after a name and read it («Qatrah village», «Manbij countryside»)
_AFTER_NAME_ROLES = ("type", "list", "region", "axis")
# place_words.tsv roles of a word that places the name before it rather than opening another place («X بريف Y»,
# «X شرق Y», «X ومحيطها»)
_LOCATING_ROLES = ("region", "direction", "around")
_KEPT_NAMING = ("keep", "facility", "surroundings")  # place_words.tsv: the type word stays in the name
_SEAT_NAMED_KINDS = frozenset({"district", "subdistrict"})  # named after their seat: a town or city of that name
_SEAT_READ_KINDS = _SETTLEMENT_KINDS | {"area"}  # what a district's name said so stands for: its seat
_QUOTES_SPACE = frozenset(" \t\"'()")  # quotes and brackets around names: «قرى (X، Y)»
_DROP_QUOTES_SPACE = str.maketrans(dict.fromkeys(_QUOTES_SPACE))  # (deletes them: `_Finder._gap`)
_GAP_MARKS = str.maketrans({c: " " for c in "،,\"'()"})
_NO_QUOTES = str.maketrans("", "", "\"'“”«»„‟‹›″()")


def unnamed_village_near(doc: Doc, m: PlaceMention, sentence_start: int) -> bool:
    """Is the town of mention m reached through a bare type word and a direction («في قرية شرقي مدينة X», «ببلدة
    جنوب X»): a village the words do not name, near the town?"""
    if m.region or m.anaphor or m.place is None or m.place.kind not in ("city", "town"):
        return False
    g = place_grammar(doc.lang)
    words = doc.text[max(sentence_start, m.start - _UNNAMED_REACH_CHARS):m.start].split()[-_UNNAMED_REACH_WORDS:]
    keys = [{k for k, _ in candidate_keys(w, g.clitics)} | {g.key(w)} for w in words]
    if keys and keys[-1] & g.word_keys and not keys[-1] & g.directions:
        keys.pop()  # «مدينة» before the name
    directions = 0
    while keys and keys[-1] & g.directions and directions < 2:
        keys.pop()
        directions += 1
    if not directions or not keys or not keys[-1] & g.settlement_type_keys:
        return False
    word = words[len(keys) - 1]  # (the type word bare: «القرية» points back to a village named before)
    return not g.has_article(word.lstrip("".join(g.clitics.prepositions)))


def located_by_direction(doc: Doc, m: PlaceMention) -> bool:
    """Is the place that locates m named after a bare direction word («X شمال شرق حماة»)? Then it is a point of
    reference m lies outside of, not the town or area that holds it («حي X بمدينة حلب»)."""
    b = m.located_by
    if b is None or b.start < m.end:
        return False
    g = place_grammar(doc.lang)
    words = _gap_words(doc.text[m.end:b.start])
    # (the direction bare, first: «بشمال شرق عفرين», «في شمال X» and «وسط البصرة» say a part of the place, inside it)
    return bool(words) and g.key(words[0]) in g.directions and words[0] not in doc.lang.words("inside") \
        and not any(g.key(w) == g.countryside for w in words)


def written_as_region(doc: Doc, m: PlaceMention) -> bool:
    """Is a region word (words.tsv, region_word) beside the name: «محافظة درعا», «بريف حلب», «Aleppo province»?"""
    words = doc.lang.words("region_word")
    beside = doc.tokens[max(0, m.tok_start - 1):m.tok_start] + doc.tokens[m.tok_end:m.tok_end + 1]
    if m.tok_start >= 2 and doc.tokens[m.tok_start - 1].text in doc.lang.words("partitive"):
        beside.append(doc.tokens[m.tok_start - 2])  # «the eastern countryside of Idlib», «the province of Daraa»
    return any(t.text in words or set(t.key_names) & words for t in beside)


def current_gazetteer() -> Gazetteer:
    """The gazetteer extraction uses: the built-in places plus those imported into the store, if any.

    Finding the store costs path look-ups and a stat; a batch of reports asks once a second at most.
    """
    key = tuple(os.environ.get(v) for v in ("RASID_GAZETTEER", "RASID_HOME", "XDG_DATA_HOME", "APPDATA"))
    now = time.monotonic()
    cached = _CURRENT.get(key)
    if cached is not None and now - cached[0] < 1.0:
        return cached[1]
    gazetteer = Gazetteer.default()
    _CURRENT.clear()
    _CURRENT[key] = (now, gazetteer)
    return gazetteer


@lru_cache(maxsize=4)
def _lexicon_of(gazetteer: Gazetteer, grammar: PlaceGrammar) -> Lexicon:
    """Every name of the gazetteer in the language's script but the countries («السورية» is an adjective, not
    Syria)."""
    names: dict[str, str] = {}
    builtin: set[str] = set()
    for name, place in gazetteer.names(grammar.script):
        if place.kind == "country":
            continue
        if grammar.script == "en":
            # an imported transliteration's marks («Al ‘Āşī») are letters no report writes: read without them,
            # and a name that is then only an article («Al») names nothing
            name = _without_marks(name)
            if not english_key(name):
                continue
        first, _, rest = normalize_word(name).partition(" ")
        if rest and grammar.key(first) in grammar.dropped_types and not grammar.has_article(first):
            continue  # «مدينة إدلب», «محافظة إدلب»: the type word is read as such, the name after it
            # («المنطقة الخضراء» is a name of its own)
        names.setdefault(name, name)
        variants = grammar.variants(name)
        for variant in variants:
            names.setdefault(variant, name)
        if place.source == "rasid":
            builtin.update((name, *variants))
    # Names one key apart only by the article («الناصرية» the city, «ناصرية» an imported village) share the
    # lexicon's entry, where the last added wins: the built-in gazetteer's name is added last, and of two imported
    # ones the name with the article, so that a report's «الناصرية» agrees with the city, «معدان» with the town
    # (not the imported «المعدان» villages of Iraq), and a bare «زبير» (a man) is no place.
    ordered = sorted(names.items(), key=lambda item: (
        item[0] in builtin, grammar.has_article(normalize_word(item[0]).split()[0])))
    return Lexicon(ordered, grammar.clitics)


def _without_marks(name: str) -> str:
    """A Latin name without its accents and ayn/hamza marks («Al ‘Āşī» → «Al Asi»)."""
    if name.isascii():
        return name
    text = unicodedata.normalize("NFKD", name.translate(_MARKS))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


_MARKS = str.maketrans("", "", "'’‘`´ʼʻʾʿ")


@lru_cache(maxsize=4)
def _numbers_in_names(names: Lexicon) -> frozenset[str]:
    """The numbers written in digits that the gazetteer's names hold («الفرقة 17», «اللواء 93»)."""
    return frozenset(w for w in names.words() if w.isdigit())


def _article_agrees(doc: Doc, m, tokens: list[Token], grammar: PlaceGrammar) -> bool:
    """«القريتين» the town is not «قريتين» (two villages): the article must be where the name has it."""
    name_first = normalize_word(m.phrase).split()[0]
    token = tokens[m.start]
    surface = doc.text[m.char_start:token.end]
    lam_article = grammar.clitics.article_after_lam
    glued = token.text[1:] if grammar.has_conjunction(token.text) else token.text
    has_article = grammar.has_article(surface) or (
        bool(lam_article) and glued.startswith(lam_article) and m.char_start > token.start)
    return has_article == grammar.has_article(name_first)


class _Finder:
    def __init__(self, doc: Doc, blocked: set[int], hints: dict[str, float] | None = None):
        self.doc = doc
        self.hints = hints or {}
        self.tokens: list[Token] = doc.tokens
        self.blocked = blocked  # tokens inside actor names («قوات سوريا الديمقراطية») and outlets
        self.gaz = current_gazetteer()  # resolved once per report: finding the store file is not free
        self.g = place_grammar(doc.lang)
        self.names = _lexicon_of(self.gaz, self.g)
        self._looked_up: dict[str, list[Place]] = {}  # a report names the same places again and again
        self._governorates_named: set[str] | None = None
        self._near_governorates: set[str] | frozenset[str] | None = None  # (_report_governorates; None: not yet)
        self._name_scan: list | None = None  # the gazetteer names of the whole report, read once (_all_names)
        self._surname_keys: frozenset[str] | None = None  # (_surnames)
        self.office_votes: dict[str, float] = {}  # governorates named by the offices and commands of a report
        self._block_outlets()
        self._block_commands()
        self._unblock_unit_bases()
        self.mentions: list[PlaceMention] = []
        # cue and casualty words, unless the text puts an article the word has not: «السريان» the quarter is not
        # «سريان» (taking effect)
        self._cue_starts = self._starts_of(doc.matches.get("cues", ()))
        self._casualty_starts = self._starts_of(doc.matches.get("casualty_words", ()))
        # a word that is only a cue of a country's state (actors.tsv «%ID»: «nasiriya») opens no actor's name: a
        # spelling of a town the gazetteer writes otherwise («Nasiriyah») stays a place name
        self._country_cues = {m.start for m in doc.matches.get("actors", ()) if str(m.value).startswith(_COUNTRY_CUE)}
        # where a trigger's object may stand: right after it, or after the side named after it («استهدفت عربين»,
        # «قصفت قوات النظام عربين»)
        # (and after the weapon or aircraft named as its subject: «قصفت الطائرات الحربية عربين»)
        subjects = list(doc.matches.get("actors", ())) + [
            m for m in doc.matches.get("cues", ()) if m.value in _SUBJECT_CUES]
        trigger_ends = {m.end for m in doc.matches.get("triggers", ())}
        self._after_trigger = _after_subjects(trigger_ends, subjects)
        # (of those, the objects of the acts done to places: «shelled X», not «killed X» or «arrested X», a person)
        place_ends = {m.end for m in doc.matches.get("triggers", ()) if m.value in _PLACE_OBJECT}
        self._after_place_trigger = _after_subjects(place_ends, subjects)
        self._actor_starts = {m.start for m in doc.matches.get("actors", ())}  # («struck Badr positions»: a side)
        self.sentence_end = [0] * len(self.tokens)
        for s in doc.sentences:
            self.sentence_end[s.tok_start:s.tok_end] = [s.tok_end] * (s.tok_end - s.tok_start)
        # where names are capitalised (English), which words are: a name no gazetteer knows must be
        self.capital: list[bool] = self._capitalised() if self.g.capitalised else []
        # where a day or a month is named (English «Thursday», «March»: capitalised, yet they end a name), token
        # index → the token after the date
        self._date_spans: dict[int, int] = {}
        if self.capital:
            for d in doc.dates:
                if d.kind in _NAME_ENDING_DATES:
                    a, b = doc.token_range(d.start, d.end)
                    if b > a:
                        self._date_spans[a] = b
        # where a type word may follow a name («Qatrah village»): the tokens such a word starts at
        self.type_after: list[int] = self._type_words_after() if self.g.type_after else []

    def _all_names(self) -> list:
        """The gazetteer names the report's tokens read as, left to right (one scan of the report, shared)."""
        if self._name_scan is None:
            self._name_scan = self.names.find(self.tokens)
        return self._name_scan

    def _named_governorates(self) -> set[str]:
        """The governorates of the places the report names that are not imported villages (found once, on the
        first call)."""
        if self._governorates_named is None:
            self._governorates_named = self._governorates_of(self._all_names())
        return self._governorates_named

    def _governorates_of(self, names: list) -> set[str]:
        """The governorates of the places that gazetteer names found in the report stand for, imported villages
        left out (thousands of them are common words)."""
        return {p.admin1 for m in names for p in self._lookup(self._text(m.char_start, m.end))
                if p.admin1 and not _weak(p)}

    def _report_governorates(self) -> set[str] | frozenset[str]:
        """The governorates of the places the report names that are not imported villages, nor the first words of
        a longer capitalised name («Tell» of «Tell Abiadh», a town of its own); none while they are being found
        (found once, on the first call; `_BEING_FOUND` while the lookups that find them ask for them)."""
        if self._near_governorates is None:
            self._near_governorates = _BEING_FOUND
            whole = [m for m in self._all_names()
                     if not (self.capital and m.end < len(self.tokens) and self.capital[m.end] and not self._gap(m.end))]
            self._near_governorates = self._governorates_of(whole)
        return self._near_governorates

    def _type_words_after(self) -> list[int]:
        words = self.g.words
        first = words.first_words  # (Lexicon.starts, inline: asked of every token)
        out = []
        for k, token in enumerate(self.tokens):
            if not first.isdisjoint(token.key_names) and (m := words.match_at(self.tokens, k)) is not None \
                    and self.g.role_of(m.phrase) in _AFTER_NAME_ROLES:
                out.append(k)
        return out

    def _type_word_ahead(self, i: int, reach: int = 12) -> bool:
        k = bisect.bisect_right(self.type_after, i)
        return k < len(self.type_after) and self.type_after[k] - i <= reach

    def _capitalised(self) -> list[bool]:
        original, kept = self.doc.norm.original, self.doc.norm.kept  # (NormText.to_original, inline)
        if kept is None:
            return [original[t.start].isupper() for t in self.tokens]
        return [original[kept[t.start]].isupper() for t in self.tokens]

    def _lookup(self, name: str) -> list[Place]:
        """The gazetteer's places for a name, or for its other spelling («أبو الضهور» for «أبو الظهور»)."""
        found = self._looked_up.get(name)
        if found is None:
            found = self.gaz.lookup(name)
            if not found:
                for variant in self.g.variants(name) + self._joined(name):
                    found = self.gaz.lookup(variant)
                    if found:
                        break
            if found and self.g.capitalised and all(p.kind in _SEAT_NAMED_KINDS and p.source != "rasid" for p in found):
                # «Kafr Nubl», an imported sub-district's spelling: the gazetteer's town it is named after, spelt
                # otherwise («Kafr Nabl»), is what the name stands for first
                seats = [p for p in self._fuzzy(name) if p.kind in _SETTLEMENT_KINDS and p.source == "rasid"
                         and any(p.admin1 == q.admin1 for q in found)]
                found = seats + found
            if not found and self.g.capitalised:  # «Tell Abiad», «Tuz Khormato»: another transliteration
                found = self.gaz.lookup_translit(name)
            if not found and self.g.capitalised:  # «Kafr Nubl» for «Kafr Nabl»: transliterations vary
                for spelling in [name] + self.g.variants(name):  # («Bayat Jen»: «Beit Jen», spelt like «Beit Jinn»)
                    found = [p for p in self.gaz.lookup_similar(spelling) if (p.source == "rasid" or _major(p))
                             and _about_as_long(spelling, p)]  # («Saadouniyah» is not «Saydnaya»)
                    if len({p.name_ar for p in found}) > 1:  # of two names of those consonants, the one spelt
                        found = _nearest(spelling, found)  # nearer first («Tuzkhurmatu»: Tuz, not Taza Khurmatu)
                    if found:
                        break
                if not found:  # «Al-Keswah» for «Al-Kiswah»: three consonants, when one built-in place has them
                    short = [p for p in self.gaz.lookup_similar(name, min_length=3) if p.source == "rasid"
                             and _spelt_alike(name, p)]  # (and its vowels mostly: «Karak» is not «Kirkuk»)
                    found = short if len({p.name_ar for p in short}) == 1 else _closest(name, short)
                    # (a city and its governorate; of two names, the one spelt clearly closer: «al-Quraya» is
                    # «Al-Qurayya» rather than «Al-Quriyah»)
            if not found and self.g.capitalised:  # «Diban» for «Dhiban», «Al-Baseera» for «Al-Busayrah»: a built-in
                named = self._report_governorates()  # place spelt nearly so, in a governorate the report names if any
                found = [p for p in self.gaz.lookup_near(name, named) if not named or p.admin1 in named]
                # (a nearly spelt name of another governorate is more often a village the gazetteer lacks)
                if named is _BEING_FOUND:  # (not kept: the governorates are not all known yet)
                    return self._with_governorate(found) if found else []
            if found and self.g.capitalised:
                found = self._with_governorate(found)
            self._looked_up[name] = found
        return list(found)

    def _fuzzy(self, name: str) -> list[Place]:
        """The places whose English spellings are another transliteration of the name, or spelt alike."""
        return self.gaz.lookup_translit(name) + [p for p in self.gaz.lookup_similar(name) if _about_as_long(name, p)]

    def _with_governorate(self, found: list[Place]) -> list[Place]:
        """«Deir al-Zour», a spelling an import added to the city only, names the governorate of the city's name
        as well, as the gazetteer's own spellings do (governorate first, by kind)."""
        extra = []
        for p in found:
            gov = self.gaz.governorate(p.admin1) if p.kind == "city" and p.admin1 else None
            if gov is not None and gov not in found and gov not in extra \
                    and arabic_key(gov.name_ar) == arabic_key(p.name_ar):
                extra.append(gov)
        return sorted(found + extra, key=place_rank) if extra else found

    def _known(self, name: str) -> bool:
        """Is the name a place the gazetteer knows well enough to vouch for a list (not an imported village,
        thousands of which are common words)?"""
        key = strip_article(normalize_word(name), self.g.clitics)
        return key not in self.g.needs_type_word and key not in self.g.stopwords and \
            any(p.kind != "country" and not _weak(p) for p in self._lookup(name))

    def _joined(self, name: str) -> list[str]:
        """«البو كمال» for «البوكمال»: a name whose first word is a head that is also written glued to it."""
        first, _, rest = name.partition(" ")
        return [first + rest] if rest and " " not in rest and self.g.key(first) in self.g.glued_heads else []

    def _block_commands(self) -> None:
        """«قيادة عمليات الأنبار», «قيادة عمليات نينوى وكركوك»: the names right after a command word
        (place_roles.tsv, command) name military commands, the list of them joined by «و» included, not places; so do
        those after an office of two words («مجلس محافظة الأنبار», «قيادة شرطة نينوى»)."""
        tokens, commands, pairs, ends = self.tokens, self.g.command_words, self.g.command_pairs, \
            self.g.command_pair_ends
        if not commands and not pairs:
            return
        anchors = self.g.command_anchors
        for k in range(len(tokens) - 1):  # (the words' keys first: one set test, where most words stop)
            keys = tokens[k].key_names
            if anchors.isdisjoint(keys):
                continue
            if commands.isdisjoint(keys) and not (
                    k > 0 and not ends.isdisjoint(keys) and not self.doc.text[tokens[k - 1].end:tokens[k].start].strip()
                    and any((a, b) in pairs for a in tokens[k - 1].key_names for b in keys)):
                continue  # (an office of two words: «مجلس محافظة», «قيادة شرطة»)
            if commands.isdisjoint(keys) and any(not self.g.facing.isdisjoint(tok.key_names)
                                                 for tok in tokens[max(0, k - 4):k - 1]):
                continue  # «تظاهروا أمام مبنى ديوان محافظة البصرة»: at the office, in the place it is named after
            if self.doc.text[tokens[k].end:tokens[k + 1].start].strip(' "\''):
                continue
            j = k + 1
            while j < len(tokens):
                m = self.names.match_at(tokens, j)
                if m is None or (j > k + 1 and not self.g.starts_with_and(tokens[j].text)):
                    break
                self.blocked.update(range(j, m.end))
                governorates = {p.admin1 for p in self._lookup(self.doc.text[m.char_start:tokens[m.end - 1].end])
                                if p.kind == "governorate" and p.admin1}
                if len(governorates) == 1:  # «محافظ حلب»: no place of an event, but the report is about Aleppo
                    admin1 = governorates.pop()
                    self.office_votes[admin1] = self.office_votes.get(admin1, 0) + 1
                j = m.end
                if j < len(tokens) and self.doc.text[tokens[j - 1].end:tokens[j].start].strip():
                    break  # (a comma or a full stop ends the list)

    def _unblock_unit_bases(self) -> None:
        """«سيطر على مقر «الفرقة 17»», «في محيط اللواء 93»: a base named by its unit's number, after a locative or a
        word for a headquarters (place_roles.tsv, base_opener), is the place, not the unit as a side."""
        numbers = _numbers_in_names(self.names)
        if not self.blocked or numbers.isdisjoint(map(_TEXT, self.tokens)):
            return  # (no number of a name in the report: no base named by one, and no scan of its names)
        for m in self._all_names():
            if not any(k in self.blocked for k in range(m.start, m.end)) or m.start == 0 \
                    or not any(t.text.isdigit() for t in self.tokens[m.start:m.end]):
                continue
            before = self.tokens[m.start - 1].text
            if (before in self.g.locative or any(key in self.g.base_openers for key, _ in
                                                  candidate_keys(before, self.g.clitics))) \
                    and any(p.kind in _BASE_KINDS for p in self._lookup(self._text(m.char_start, m.end))):
                self.blocked = self.blocked - set(range(m.start, m.end))

    def _block_outlets(self) -> None:
        """«قناة الميادين», «وكالة (سانا)», «مصادر الميادين»: the name after an outlet word names the outlet."""
        tokens, outlets = self.tokens, self.g.outlet_words
        if not any(word in self.doc.text for word in outlets):
            return  # (most reports name no outlet: one substring search each instead of a look at every word)
        named: set[str] = set()
        for k in range(len(tokens) - 1):
            tok = tokens[k]
            if outlets.isdisjoint(tok.key_names):
                continue
            gap = self.doc.text[tok.end:tokens[k + 1].start]
            if gap.strip(' "\'(') == "":
                m = self.names.match_at(tokens, k + 1)
                self.blocked.update(range(k + 1, m.end if m is not None else k + 2))
                if m is not None:
                    named.add(self.doc.text[m.char_start:m.char_end])
        if not named:
            return  # (no outlet was named after its word: none to find again)
        # «قالت الميادين إن …»: the outlet named again on its own, where no preposition or place
        # word makes it a place
        for k in range(1, len(tokens)):
            if k in self.blocked or tokens[k - 1].text in self.g.locative or tokens[k - 1].text in self.g.locating_gap:
                continue
            m = self.names.match_at(tokens, k) if self.names.starts(tokens[k]) else None
            if m is not None and self.doc.text[tokens[k].start:m.char_end] in named \
                    and self.g.words.match_at(tokens, k - 1, k) is None:
                self.blocked.update(range(k, m.end))

    def _starts_of(self, matches) -> set[int]:
        with_article = self.g.phrase_has_article
        return {m.start for m in matches if not self.g.has_article(self.doc.text[m.char_start:m.char_end])
                or with_article(m.phrase)}

    # --- names -------------------------------------------------------------------------------------------
    def _name_at(self, j: int, limit: int, strip_waw: bool = False, clitics: bool = False,
                 kind: str = "", after: str = "", adjectives: bool = False) -> tuple[int, int, int] | None:
        """(tok_start, tok_end, char_start) of a place name starting at token j, or None.

        The name must follow the word before it with nothing but a space or quotes between them, or the
        punctuation `after` allows (a comma inside a list, a colon after «أحياء»).
        """
        if j >= limit or (j in self.blocked and kind != "mountain") or \
                (j > 0 and self._gap(j).strip(after) and not self._after_particle(j)):
            return None  # («جبل الأكراد» is a mountain even though «الأكراد» names the SDF)
        m = self.names.match_at(self.tokens, j, limit)
        if m is not None and (strip_waw or clitics or m.char_start == self.tokens[j].start) \
                and _article_agrees(self.doc, m, self.tokens, self.g) and self._plausible_name(m):
            if m.end - m.start > 1:
                return m.start, m.end, m.char_start
            weak = self._weak_match(m)
            longer = self._heuristic_name(j, limit, strip_waw, kind, adjectives) if weak or self.capital else None
            if longer is None or longer[1] - longer[0] < 2 or not weak and not self._lookup(self._text(longer[2], longer[1])):
                return m.start, m.end, m.char_start
            # (English: «Bosra al-Hareer», a longer capitalised name another spelling of a known place's, is that
            # place, not «Bosra» the one word the gazetteer spells so)
            return longer  # «قرية تل كوكبا», «مستشفى شوقي هلال»: more than the one-word place the gazetteer has
        return self._heuristic_name(j, limit, strip_waw, kind, adjectives)

    def _weak_match(self, m) -> bool:
        """A one-word match that may be the start of a longer name: a head («تل», «دير») or an imported village."""
        key = strip_article(self.doc.text[m.char_start:self.tokens[m.end - 1].end])
        if key in self.g.compound_heads:
            return True
        best = self._lookup(self.doc.text[m.char_start:self.tokens[m.end - 1].end])
        return bool(best) and all(p.kind == "village" and p.source != "rasid" for p in best)

    def _plausible_name(self, m) -> bool:
        """A gazetteer match that is also a function word, a place-type word or a direction is not a name."""
        key = strip_article(self.doc.text[m.char_start:self.tokens[m.end - 1].end])
        g = self.g
        return key not in g.stopwords and (key not in g.word_keys or self._capitalised_type_word(m)) \
            and key not in g.name_adjectives and not (m.end - m.start == 1 and len(key) <= 2) \
            and not (self.capital and m.end - m.start == 1 and not any(self.capital[m.start:m.end]))
        # (a script that capitalises names: one word written in small letters is a word of the sentence, not the
        # name the gazetteer shares with it: «hit in the head» is no town «Hit»)

    def _capitalised_type_word(self, m) -> bool:
        """«in the Badia»: a type word the gazetteer also knows as a name, written with a capital after «the», is
        that place (English; «the Homs Badia» is read from the name before it)."""
        if not self.capital or m.end - m.start != 1 or m.start == 0 or not self.capital[m.start] \
                or self.tokens[m.start - 1].text not in self.g.definite_words:
            return False
        k = m.end  # («the Badia of Deir Ezzor»: a type word before a name names that name's part)
        return not (k + 1 < len(self.tokens) and not self.capital[k] and self._name_like(self.tokens[k + 1].text, k + 1))

    def _heuristic_name(self, j: int, limit: int, strip_waw: bool, kind: str,
                        adjectives: bool = False) -> tuple[int, int, int] | None:
        """A name the gazetteer does not know: one word, or two when they read as one name."""
        tok = self.tokens[j]
        word = tok.text
        cut = 0
        if strip_waw:
            if not self.g.starts_with_and(word) or len(word) < 3:
                return None
            word, cut = word[1:], 1
            if self.g.key(tok.text) in self.g.stopwords:
                return None  # «وسط», «وأي»: a word of its own, not «و» and a name
        elif self.g.starts_with_and(word) and len(word) > 3 and word not in self.g.compound_heads:
            return None  # «المدينة وريفها»: a new phrase, not a name («وادي» is a head, no «و»)
        if self.g.capitalised:  # (capitals tell names from adjectives: «the area of Al-X»)
            return None if strip_waw else self._capitalised_name(j, limit)
        if kind == "area" and not self.g.has_article(word) and word not in self.g.compound_heads and (
                word.endswith(self.g.adjective_endings) or len(word) < 3):
            return None  # «مناطق زراعية», «منطقة عسكرية»: an adjective, not a name
        if not self._name_like(word) or word.endswith(self.g.pronoun_suffixes) or self._indefinite(tok) or (
                self._starts_other_thing(j) and kind != "mountain"):
            return None  # («مناطق سكناهم»: a word with an attached pronoun is no name; nor «سوق شعبيًا»)
        end = j + 1
        nxt = self.tokens[j + 1] if j + 1 < limit else None
        if nxt is not None and self._adjacent(tok, nxt) and (j + 1) not in self.blocked:
            head = strip_article(word, self.g.clitics)
            article, and_next = self.g.has_article(word), self.g.starts_with_and(nxt.text)
            joins = (head in self.g.compound_heads and not (article and and_next)) or (not article and not and_next)
            # («الباب وجرابلس» are two names, «عين وردة» one)
            joins = joins and nxt.text not in self.g.locating_relatives and not self._near_word(nxt.text)
            # («قرية المزرعة التابعة لقضاء الدبس»: «lying in», «near» open the words that locate it)
            if joins and (self._name_like(nxt.text, j + 1) or self._head_and_common_word(head, j + 1, limit)) \
                    and not self._starts_other_thing(j + 1, opening=False) \
                    and self.g.words.match_at(self.tokens, j + 1) is None:
                end = j + 2
                third = self.tokens[end] if end < limit else None
                if nxt.text in self.g.name_connectors and third is not None and self._adjacent(nxt, third) \
                        and end not in self.blocked and self._name_like(third.text, end) \
                        and not self._starts_other_thing(end, opening=False):
                    end += 1  # «قصر ابن وردان», «تل أبو الزين»: a kinship word joins a third word
        if end == j + 1 and (adjectives or kind == "neighbourhood") and not self.g.has_article(word) and (
                word.endswith(self.g.adjective_endings) or len(word) >= 4 and word.endswith(self.g.nisba_endings)):
            return None  # «مشفى ميداني», «حي سكني»: one adjective, not a name
        return j, end, tok.start + cut

    def _head_and_common_word(self, head: str, k: int, limit: int) -> bool:
        """«حي السيد علي في حلب», «قرية تل جمعة بريف …»: after a head that is no name alone, a common word (a man's
        name, a weekday) ends the name when the phrase ends right after it: punctuation, the end, a locative, the
        next name of a list, or a place word glued to a preposition («بريف»)."""
        if head not in self.g.compound_heads or self.g.key(self.tokens[k].text) not in self.g.stopwords:
            return False
        if self.tokens[k].text in self.g.never_names:
            return False  # «مدينة الباب في وقفة احتجاجية»: a preposition of place ends the name, it joins none
        if k + 1 >= limit or self._gap(k + 1):
            return True
        after = self.tokens[k + 1].text
        return after in self.g.locative or self.g.starts_with_and(after) or any(
            cut and key in self.g.word_keys for key, cut in candidate_keys(after, self.g.clitics))

    def _indefinite(self, tok: Token) -> bool:
        """Does the writer mark the word indefinite (tanween, which normalisation drops)?"""
        marks = self.g.indefinite_marks
        return bool(marks) and not marks.isdisjoint(self.doc.norm.original_span(tok.start, tok.end))

    def _after_particle(self, j: int) -> bool:
        """«al-Lataminah»: token j is glued by a hyphen to an article written as a word of its own (English)."""
        return bool(self.capital) and j > 0 and self.tokens[j - 1].text in self.g.clitics.particles \
            and self._gap(j) == "-"

    def _gap(self, j: int) -> str:
        """The text between token j and the one before it, without spaces, quotes and brackets."""
        return self.doc.text[self.tokens[j - 1].end:self.tokens[j].start].translate(_DROP_QUOTES_SPACE)

    def _adjacent(self, a: Token, b: Token) -> bool:
        gap = self.doc.text[a.end:b.start]
        return gap.strip() == ""

    def _capitalised_name(self, j: int, limit: int) -> tuple[int, int, int] | None:
        """A name no gazetteer knows, where names are capitalised: the capitalised words from token j, with the
        particles between them («Tal al-Damm», «Om al-Twyna»), a leading particle included («al-Sarman»); at
        most five words, none of them opening an event, an actor, a cue or a place word."""
        tokens, particles = self.tokens, self.g.clitics.particles
        end = j
        while end < limit and end - j < 5 and end not in self.blocked:
            if end > j and self.doc.text[tokens[end - 1].end:tokens[end].start].strip(" -") != "":
                break  # a comma, a quote or a bracket ends the name
            word = tokens[end].text
            if end > j and end in self._date_spans:
                break  # «Qbasin Thursday»: the day ends the name
            if word in particles and end + 1 < limit and self.capital[end + 1] and end + 1 not in self.blocked \
                    and self.doc.text[tokens[end].end:tokens[end + 1].start] in (("-", " ") if end > j else ("-",)):
                end += 1  # «al-» before the next word
                continue
            if not self._name_like(word, end) or self._starts_other_thing(end, opening=end == j):
                break
            end += 1
            possessive = self.g.clitics.possessive
            if possessive and word.endswith(possessive) and len(word) > len(possessive):
                break  # «Aleppo's Sukkari neighbourhood»: the possessor's name ends there
        while end > j and tokens[end - 1].text in particles:
            end -= 1
        if end == j or all(t.text in particles for t in tokens[j:end]):
            return None
        return j, end, tokens[j].start

    def _spelt_otherwise(self, j: int, limit: int) -> int:
        """After a locative, a capitalised name the gazetteer knows only under another spelling of its consonants
        («in al-Hassakeh», «in Deir al-Zour»), when that is a town or city: its mention; the token after it, or 0."""
        if j >= limit or not self._opens_capitalised(j) or self.names.match_at(self.tokens, j, limit) is not None:
            return 0
        run = self._capitalised_name(j, limit)
        if run is None:
            return 0
        text = self.doc.text[run[2]:self._written_end(run[1])]
        if self.gaz.lookup(text) or not (any(_major(p) or p.source == "rasid" and p.kind in _SETTLEMENT_KINDS
                                             for p in self._lookup(text)) or self._placed_by_direction(run[1])):
            return 0
        self._add(run[0], run[1], run[2], None, 1)
        return run[1]

    def _transliterated(self, j: int, limit: int, precision: int) -> int:
        """Anywhere, a capitalised name that no gazetteer spelling matches but that is another transliteration of
        a known town or city (gazetteer.translit_key: «Tell Abiad», «Tuz Khormato», «Alhasakah»): its mention; the
        token after it, or 0. Only the tight key, of five letters or more (six for one word out of a locative's or a
        trigger's place), and only places well known: a common word rarely reads as one («Tell», «Bab», «Ain» alone
        are too short)."""
        if j > 0 and not self._gap(j) and (self.capital[j - 1] or self.tokens[j - 1].text in self.g.definite_words):
            return 0  # (inside a capitalised run that began before; «the Raqqa military council»: a name
            # after «the» names something of the place's, not the place)
        cued = j in self._after_trigger or (j > 0 and self.tokens[j - 1].text in self.g.locative)
        if not cued and not self.gaz.translit_opens(self.doc.text[self.tokens[j].start:self._written_end(j + 1)]):
            return 0  # (most capitalised words open no place's key; after the verb of an event or a locative a name
            # spelt otherwise in its vowels is looked up too)
        known = self.names.match_at(self.tokens, j, limit) if self.names.starts(self.tokens[j]) else None
        run = self._capitalised_name(j, limit)
        if run is None or (known is not None and known.end >= run[1]):
            return 0
        if self.g.words.starts(self.tokens[j]) and self.g.words.match_at(self.tokens, j, limit) is not None:
            return 0  # a place word reads what follows it
        written_end = self._written_end(run[1])
        if run[1] < limit and not self._gap(run[1]) and self.g.words.starts(self.tokens[run[1]]) \
                and self.g.words.match_at(self.tokens, run[1], limit) is not None \
                and written_end == self.tokens[run[1] - 1].end:
            return 0  # («Tell Abiad countryside»: the place word after it reads the name; not after a possessive:
            # «Alhasakah's southern outskirts»)
        text = self.doc.text[run[2]:written_end]
        short = j in self._after_place_trigger and j not in self._actor_starts
        if self.gaz.lookup(text) or len(translit_key(text)) < (4 if short else 5 if cued or run[1] - run[0] > 1 else 6):
            return 0  # (a single word of five letters is a man's or a woman's name as often: «Zahra»; not after
            # «in», «near» or the verb of an event: «in Dakuk»; of four after the verb of an act done to a place:
            # «shelled Rawah», not where a side's name stands: «struck Badr positions»)
        key = strip_article(normalize_word(text), self.g.clitics)
        if key in self.g.needs_type_word or key in self.g.stopwords:
            return 0
        if run[1] - run[0] == 1 and translit_key(text) in self._surnames():
            return 0  # «Qassem Soleimani … Soleimani's»: a man's family name, not «Sulaimani» the city
        places = [p for p in self.gaz.lookup_translit(text) if p.kind not in _UNCUED_NOT and (p.source == "rasid" or _major(p))]
        if not places and cued and len(translit_key(text)) >= 5:  # «shelled Atareb», «in Jinderes»: after the verb of an event or a locative, a built-in
            places = [p for p in self._lookup(text) if p.source == "rasid" and p.kind in _SETTLEMENT_KINDS]
            # town or village spelt otherwise in its vowels or nearly so (_lookup)
        # (a region's or a quarter's name spelt otherwise is read after its type word only: «Al Jazeera» the
        # channel is not the Jazira)
        if not places or not self._free_standing_ok(run[0], run[2], run[1]):
            return 0
        self._add(run[0], run[1], run[2], None, precision)
        return run[1]

    def _surnames(self) -> frozenset[str]:
        """The transliteration keys of the words a report writes after another capitalised word within a sentence,
        closing the name («Qassem Soleimani», «Abu Khawla»): a person's family name, where names are capitalised
        (read once per report; a name opening the sentence or followed by another capitalised word, as in a
        title, is no evidence)."""
        if self._surname_keys is None:
            tokens, capital, keys = self.tokens, self.capital, set()
            starts = {s.tok_start for s in self.doc.sentences}
            for k in range(2, len(tokens)):
                if capital[k] and capital[k - 1] and k - 1 not in starts and not self._gap(k) \
                        and (k + 1 >= len(tokens) or not capital[k + 1] or self._gap(k + 1)) \
                        and tokens[k - 1].text not in self.g.clitics.particles \
                        and self.g.key(tokens[k - 1].text) not in self.g.stopwords \
                        and self.g.key(tokens[k - 1].text) not in self.g.word_keys \
                        and self.names.match_at(tokens, k - 1) is None:
                    keys.add(translit_key(self.doc.text[tokens[k].start:self._written_end(k + 1)]))
            self._surname_keys = frozenset(keys)
        return self._surname_keys

    def _placed_by_direction(self, k: int) -> bool:
        """«in Zarqoun, south of Baghdad»: a comma and a direction after a name placed «in» make it a place."""
        return k < len(self.tokens) and "," in self._gap(k) and self._direction_word(self.tokens[k].text)

    def _mark_origins(self) -> None:
        """«shells fired from the direction of X struck Y»: the place a strike came from (place_roles.tsv,
        origin) is not where it struck."""
        if not self.g.origins:
            return
        for m in self.mentions:
            words = [w for w in self.doc.text[max(0, m.start - 60):m.start].split() if w not in self.g.definite_words]
            before = " " + " ".join(words) + " "
            for origin in self.g.origins:  # (an adjective or two may stand between: «the Israeli-occupied Golan»)
                at = before.rfind(" " + origin + " ")
                rest = before[at + len(origin) + 2:] if at >= 0 else ""
                if at >= 0 and len(rest.split()) <= 2 and not any(c in rest for c in ".,;:!?"):
                    m.context = True
                    break

    def _mark_taken_to(self) -> None:
        """«نُقل إلى المشفى الوطني في حماة», «نقلوا إلى مستشفى في مدينة X»: the hospital the wounded or dead were
        taken to, and the town it stands in, are no place of the event (place_roles.tsv, taken_to); only type words
        and locatives may stand between those words and the place. Nor is the town a victim hails from («وينحدر
        الشاب من مدينة نوى»: hails_from, the person it names, then hails_from_link)."""
        g = self.g
        # (the phrase lists the report holds a phrase of: most reports hold none, and their mentions are not read)
        told = [(phrases, hailing) for phrases, hailing in ((g.taken_to, False), (g.hails_from, True))
                if _holds_any(self.doc.text, phrases)]
        if not told:
            return
        spans = SpanIndex(self.mentions)  # (the names inside a window: a bisection, not a look at every mention)
        for m in self.mentions:
            if m.context or m.anaphor:
                continue
            opens = max(0, m.start - 60)
            before = self.doc.text[opens:max(m.start, self.tokens[m.tok_start].start)]
            for o in spans.within(opens, opens + len(before)):  # «نقلوا إلى مشفى X في بلدة Y»: a name
                # before, the hospital's, is no word that breaks the phrase
                before = before[:o.start - opens] + " " * (o.end - o.start) + before[o.end - opens:]
            cut, hails = -1, False
            words_before = set(before.split())
            words_before |= {w[1:] for w in words_before}  # (a conjunction glued to the phrase's word)
            for phrases, hailing in told:
                if words_before.isdisjoint(_last_words(phrases)):
                    continue  # (no phrase can end in these words: the searches below would find none)
                spaced, glued = _phrase_searches(phrases)
                at = max((before.rfind(w) + n for w, n in spaced if w in before), default=-1)
                if at < 0:
                    for w, n in glued:
                        k = before.rfind(w)
                        if k > 0 and before[k - 1] in g.clitics.conjunctions:
                            at = max(at, k + n)
                if at > cut:
                    cut, hails = at, hailing
            if cut < 0 or _SENTENCE_STOPS.search(before, cut):
                continue
            words = _gap_words(before[cut:])
            if hails and len(words) > 1:  # «وينحدر الشاب من مدينة نوى»: the person it names, then «من»
                opens = [k for k, w in enumerate(words[:3]) if w in g.hails_from_link]
                if not opens:
                    continue
                words = words[opens[0] + 1:]
            if len(words) <= 5 and all(
                    w in g.locative or w in g.locating_links or w in g.definite_words or w in g.taken_to_gap
                    or self._direction_word(w) or any(key in g.word_keys for key, _ in candidate_keys(w, g.clitics))
                    for w in words):
                m.context = True

    def _mark_between(self) -> None:
        """«on the road between Hama and Salamiyah», «the frontline between X and Y»: two bare names after
        «between» (place_roles.tsv, between_places) joined by «and» are the two ends of one stretch; the event is
        coded at the first, the second only says where it is (as «between the villages of X and Y» is read)."""
        for a, b in zip(self.mentions, self.mentions[1:]):
            if a.context or b.context or not self._between(a.tok_start):
                continue
            if self.tokens[a.tok_end].text in self.g.and_words if self.g.and_words and b.tok_start == a.tok_end + 1 \
                    else not self.g.and_words and b.tok_start == a.tok_end and self._coordinated(b):
                b.context = True  # («بين داريا والمعضمية»: «و» glued to the second name)
                road = self._road_before_between(a.tok_start) if self.g.type_after else None
                if road:  # «on the road between Manbij and Jarablus»: the road, named as English names it («the
                    a.name = f"{a.name}-{b.name} {road}"  # Manbij-Jarablus road»), near the first town (its record)
                    a.precision = 2
        for c, a in zip(self.mentions, self.mentions[1:]):
            if c.context or c.region and not (c.place is not None and c.place.kind == "region") or a.context \
                    or not a.region or not self._between(a.tok_start) \
                    or any(ch in self.doc.text[c.end:a.start] for ch in ".،,؛:()\n") \
                    or len(_gap_words(self.doc.text[c.end:a.start])) > 3:
                continue
            a.context = True  # «قرية X الواقعة بين الأنبار وكربلاء»: the governorates on either side
            if c.admin1 is None:  # say where the place before them lies; the first is the one to file it under
                self._locate(c, a)

    def _mark_possessors(self) -> None:
        """«the city of Aleppo's Sukkari neighbourhood», «Kirkuk's Hawija district»: a place written with the
        possessive (language.toml possessive) right before another only says where that one is."""
        possessive = self.g.clitics.possessive
        if not possessive:
            return
        for a, b in zip(self.mentions, self.mentions[1:]):
            if b.tok_start != a.tok_end or a.context or b.context:
                continue
            if self.doc.text.endswith(possessive, self.tokens[a.tok_end - 1].start, self.tokens[a.tok_end - 1].end):
                a.context = True
                if b.located_by is None:
                    self._locate(b, a)

    def _road_before_between(self, k: int) -> str | None:
        """The road word (place_words.tsv, kind road) before «between» that stands before token k, or None."""
        k = self._between_at(k)
        if k < 1:
            return None
        word = self.tokens[k - 1].text
        role, kind, _ = self.g.entry_of(self.g.key(word))
        return word if role == "type" and kind == "road" else None

    def _between(self, k: int) -> bool:
        """Does «between» (place_roles.tsv, between_places), maybe with «the», stand right before token k?"""
        return self._between_at(k) >= 0

    def _between_at(self, k: int) -> int:
        """The token of the «between» that stands right before token k, maybe with «the» after it, or -1."""
        if k > 0 and self.tokens[k - 1].text in self.g.definite_words:
            k -= 1
        return k - 1 if k > 0 and self.tokens[k - 1].text in self.g.between_places else -1

    def _numbered_base(self, i: int, precision: int) -> int:
        """«nearby the 46th Regiment»: after «the», a number with its ordinal ending and a capitalised word for a base
        named by its unit's number (place_roles.tsv, numbered_base) is a place; the token after it, or 0."""
        tokens, limit = self.tokens, self.sentence_end[i]
        if i == 0 or tokens[i - 1].text not in self.g.definite_words or i + 2 >= limit or i + 2 in self.blocked \
                or tokens[i + 1].text not in self.g.ordinal_endings or self._gap(i + 1) or self._gap(i + 2) \
                or self.doc.text[tokens[i].end:tokens[i + 1].start] or not self.capital[i + 2] \
                or self.g.key(tokens[i + 2].text) not in self.g.numbered_bases:
            return 0
        self._add(i, i + 3, tokens[i].start, "base", precision)
        return i + 3

    def _headed_name(self, j: int, limit: int, precision: int) -> int:
        """After a locative, a capitalised name of two words or more that no gazetteer knows by its spelling but
        that opens with a word only place names open with («Wadi», «Tal», «Kafr», «Jabal»): its mention; the token
        after it, or 0."""
        if j >= limit or j in self.blocked or not self.capital[j] or self._gap(j) \
                or self.names.match_at(self.tokens, j, limit) is not None:
            return 0
        run = self._capitalised_name(j, limit)
        if run is None or run[1] - run[0] < 2 or self.g.key(self.tokens[j].text) not in self.g.toponym_heads:
            return 0
        if run[1] < limit and not self._gap(run[1]) and self.g.words.starts(self.tokens[run[1]]) \
                and self.g.words.match_at(self.tokens, run[1], limit) is not None:
            return 0  # («in Tal Abyad countryside»: the place word after it reads the name)
        self._add(run[0], run[1], run[2], "area", precision)
        return run[1]

    def _located_name(self, j: int, limit: int, precision: int) -> int:
        """After a locative, a capitalised name (or a list of them) that no gazetteer knows, followed by words that
        locate it in a region or town the gazetteer knows («in Kafr Zita in southern Idlib», «in X, Y and Z in the
        Idlib countryside», «near X, west of Kobani»): its mentions; the token after them, or 0."""
        if j >= limit or j in self.blocked or not self._opens_capitalised(j) or self._gap(j) \
                or (self.g.words.starts(self.tokens[j]) and self.g.words.match_at(self.tokens, j, limit) is not None):
            return 0
        runs, k = [], j
        while True:
            run = self._capitalised_name(k, limit)
            known = self.names.match_at(self.tokens, k, limit) if self.names.starts(self.tokens[k]) else None
            if run is None or (known is not None and known.end >= run[1]) \
                    or self._written_end(run[1]) != self.tokens[run[1] - 1].end \
                    or self._lookup(self.doc.text[run[2]:self._written_end(run[1])]):
                return 0  # (a name the gazetteer knows, whole, is read as such; «Kafr Zita» is not «Kafr»; «Syria's
                # northern X region»: a possessor, not a place located)
            runs.append(run)
            k = run[1]
            if k >= limit or len(runs) >= _LOCATED_LIST_TOO_LONG:
                return 0  # (a longer run of capitalised names is no list of villages: people, sides, titles)
            nxt = k + 1 if self.tokens[k].text in self.g.and_words and self._gap(k) in ("", ",") else k  # («X, Y, and Z»)
            if nxt == k and self._gap(k) == "," and k + 1 < limit and self._opens_capitalised(k) \
                    and not self._locator_at(k, limit):
                nxt = k  # «X, Y and Z»: the next member after a comma
            elif nxt == k:
                break
            if nxt >= limit or not self._opens_capitalised(nxt) or self._gap(nxt) not in ("", ","):
                return 0
            k = nxt
        if not self._locator_at(k, limit):
            return 0
        head = None
        for run in runs:
            m = self._add(run[0], run[1], run[2], "area", precision)
            m.list_head, head = head, head or m
        return k

    def _locator_at(self, k: int, limit: int) -> bool:
        """Do the words from token k (after a comma or not) place what precedes them in a region or a town the
        gazetteer knows: a locative or a direction, then directions, region words and articles, then the name
        («in southern Idlib», «, in the Idlib countryside», «west of Kobani», «near Manbij»)?"""
        if k >= limit or self._gap(k) not in ("", ","):
            return False
        tokens, g = self.tokens, self.g
        n, located = k, False
        if self._gap(k) == "," and tokens[k].text in g.indefinite_words and k + 1 < limit:
            word = g.words.match_at(tokens, k + 1, limit) if g.words.starts(tokens[k + 1]) else None
            if word is not None and g.role_of(word.phrase) == "type" \
                    and g.kind_of(word.phrase) in ("village", "town", "area", "neighbourhood"):
                return True  # «X, a village near Y», «X, a town»: the writer says what the name is
        if k in self._date_spans and self._gap(k) == "":
            n = k = self._date_spans[k]  # «X Thursday in the western province of Hama»: the day told between
            if k >= limit or self._gap(k) not in ("", ","):
                return False
        while n < limit and n - k < _LOCATOR_WORDS_MOST:
            if n > k and self._gap(n):
                return False
            tok = tokens[n]
            word = g.words.match_at(tokens, n, limit) if g.words.starts(tok) else None
            role = g.role_of(word.phrase) if word is not None else ""
            known = self.names.match_at(tokens, n, limit) if self.names.starts(tok) else None
            if known is not None and located and self.capital[n] and any(
                    _major(p) for p in self._lookup(self.doc.text[known.char_start:self._written_end(known.end)])):
                return True
            if n == k and tok.text[:1].isdigit() and n + 1 < limit and tokens[n + 1].text in g.distance_units:
                n += 2  # «X, 30 km south of Kirkuk»: the distance before the direction
                continue
            if role in ("direction", "region") or (role == "type" and located
                                                   and g.kind_of(word.phrase) in ("governorate", "district")):
                n, located = word.end, True  # («in the western province of Hama»)
            elif tok.text in g.locative:
                n, located = n + 1, True
            elif tok.text in g.definite_words and located:
                n += 1
            else:
                return False
        return False

    def _headed_arabic(self, i: int, limit: int, precision: int) -> int:
        """After a locative or as the object of a strike verb, a name of two or three words that opens with a word
        only place names open with («قرب تل السمن», «في خربة غزالة», «قصفت المدفعية تل X») and that no gazetteer
        knows: its mention; the token after it, or 0."""
        if i == 0 or i in self.blocked or self.g.key(self.tokens[i].text) not in self.g.toponym_heads \
                or self.tokens[i - 1].text not in self.g.locative and i not in self._after_place_trigger \
                or self._gap(i):
            return 0  # (or the object of a strike or a takeover: «استهدفت المدفعية تل X»)
        name = self._heuristic_name(i, limit, False, "area")
        if name is None or name[1] - name[0] < 2:
            return 0
        known = self.names.match_at(self.tokens, i, limit)
        if known is not None and known.end >= name[1] and _article_agrees(self.doc, known, self.tokens, self.g):
            return 0  # (a name the gazetteer knows is read as such)
        after = self.g.words.match_at(self.tokens, name[1], limit) if name[1] < limit \
            and self.g.words.starts(self.tokens[name[1]]) and not self._gap(name[1]) else None
        if after is not None and self.g.role_of(after.phrase) not in _LOCATING_ROLES \
                and not self.g.starts_with_and(self.tokens[name[1]].text):
            return 0  # («في كل من تل X وقرى Y وZ»: «و» opens the next place of a list)
        self._add(name[0], name[1], name[2], "area", precision)
        return name[1]

    def _opens_capitalised(self, i: int) -> bool:
        """A capitalised word, or the particle glued before one («al-Wusta»), may open a name."""
        return self.capital[i] or (self.tokens[i].text in self.g.clitics.particles and i + 1 < len(self.tokens)
                                   and self.capital[i + 1] and self._gap(i + 1) == "-")

    def _name_like(self, word: str, j: int | None = None) -> bool:
        """Could this word (token j) open or continue a name the gazetteer does not know?"""
        if self.g.capitalised:  # English: a capitalised word that is no function word or place word
            return j is not None and self.capital[j] and word[:1].isalpha() and len(word) >= 2 \
                and self.g.key(word) not in self.g.stopwords and self.g.key(word) not in self.g.word_keys
        if not word or not ("\u0621" <= word[0] <= "\u064a") or len(word) < 2:
            return False
        if self.g.clitic_on_article(word):
            return False  # a clitic on an article: a new phrase («بالغوطة», «للاجئين»)
        for key, cut in candidate_keys(word, self.g.clitics):  # «بمدينة», «بمزيد», «لمحافظة»: a clitic on a common word
            if key in self.g.particles and word != key and (self.g.has_article(word) or any(
                    c not in self.g.clitics.conjunctions for c in word[:cut])):
                continue  # «العلي», «بالي»: no preposition takes the article or another preposition («إلى» alone
                # is the preposition: «من حي إلى آخر»)
            if key in self.g.stopwords or key in self.g.word_keys:
                return False
            if cut and any(c in self.g.clitics.prepositions for c in word[:cut]):
                if parse_number(key, self.doc.lang.code) is not None:
                    return False  # «قرية X بثلاث غارات»: a preposition on a number opens what the act was done with
                if any(not _weak(p) for p in self._lookup(key)):
                    return False  # «سوق ببغداد»: a preposition on a known place opens a locating phrase (not on
                    # an imported village: «كتيبة» is no «ك» and a village «تيبة»)
        return True

    def _starts_other_thing(self, j: int, opening: bool = True) -> bool:
        """Words that open an event or an actor's name do not open or continue a place name; nor do those that
        open a cue or a casualty word open one («وأصيب», «كيف»; «أم الكيف» is still a name)."""
        starts = self.doc.match_starts
        if "triggers" in starts and "actors" in starts:
            return j in starts["triggers"] or (j in starts["actors"] and j not in self._country_cues) \
                or j in self._casualty_starts or (opening and j in self._cue_starts)
        lang = self.doc.lang
        return (lang.lexicon("triggers.tsv").match_at(self.tokens, j) is not None
                or lang.lexicon("actors.tsv").match_at(self.tokens, j) is not None)

    # --- mentions ----------------------------------------------------------------------------------------
    def _add(self, j: int, end: int, char_start: int, kind: str | None, precision: int, region: bool = False,
             anaphor_of: PlaceMention | None = None, prefix: str = "", tail: int = 0) -> PlaceMention:
        """A mention of tokens j..end (the name from char_start); `tail` more tokens belong to the name as written
        but not to the name looked up («مطار أبو الظهور العسكري»)."""
        char_end = self._written_end(end)
        if self.capital and anaphor_of is None and not prefix and kind != "governorate" and not region:
            j, char_start = self._direction_in_name(j, char_start, char_end)
        if self.capital and anaphor_of is None and j > 0 and char_start == self.tokens[j].start \
                and self.tokens[j - 1].text in self.g.clitics.particles and self._gap(j) == "-":
            j, char_start = j - 1, self.tokens[j - 1].start  # «al-Bab» as written, though «Bab» is the key
        name = (prefix + " " if prefix else "") + self.doc.norm.original_span(char_start, self._written_end(end + tail))
        name = " ".join(name.translate(_NO_QUOTES).split())  # «طريق “اليعقوبية”»
        if anaphor_of is not None:
            mention = PlaceMention(char_start, char_end, j, end, anaphor_of.name, anaphor_of.kind, anaphor_of.place,
                                   anaphor_of.admin1, max(precision, anaphor_of.precision), anaphor_of.region,
                                   anaphor=True, candidates=anaphor_of.candidates, script=self.g.script,
                                   antecedent=anaphor_of)
        else:
            key = (prefix + " " if prefix else "") + self.doc.text[char_start:char_end]
            candidates = [p for p in self._lookup(key) if p.kind != "country"]
            if tail and self.capital:  # «al-Tahrir Square»: the gazetteer may know the name with its type word
                whole = self.doc.text[char_start:self._written_end(end + tail)]
                candidates = [p for p in self._lookup(whole) if p.kind != "country"] or candidates
                if kind in _BASE_KINDS and not any(p.kind in _BASE_KINDS for p in candidates):
                    candidates = _bases_by_town(self.gaz).get(english_key(key), candidates)
                    # «Baghdad airport», «Aleppo airport»: the one airfield the gazetteer names after the town
            agreeing = [p for p in candidates if _names_agree(p, key, self.g)]
            candidates = agreeing or ([] if kind is None else candidates)  # «زبير» the man is not «الزبير» the city
            if not candidates and char_start < self.tokens[j].start and kind in _BASE_KINDS:
                candidates = _bases_by_head(self.gaz, self.g.facility_adjectives).get(arabic_key(key), [])
                # «قاعدة بلد»: Balad air base
            if not candidates and char_start < self.tokens[j].start:
                candidates = self._lookup(self.doc.text[self.tokens[j].start:char_end])  # «مخيم درعا» → درعا
            if all(_weak(p) for p in candidates) and kind is not None and not self.capital and j > 0 \
                    and char_start == self.tokens[j].start:
                typed = self.g.words.match_at(self.tokens, j - 1)  # «مدينة الصدر», «حي الجهاد»: the gazetteer
                if typed is not None and typed.end == j:  # knows the name with its type word, written without it
                    candidates = [p for p in self._lookup(typed.phrase + " " + key)
                                  if p.kind in _SETTLEMENT_KINDS] or candidates
                    # (not a region: «منطقة الجزيرة» west of Tikrit is no Jazira of Hasakah; and the name with
                    # its type word before imported villages of the bare name: «مدينة الصدر» is Sadr City, not a
                    # village «الصدر» of Dhi Qar)
            country = self.g.kind_countries.get(kind or "")
            if country and any(p.country == country for p in candidates):  # «قضاء سنجار» is Sinjar in Iraq
                candidates = [p for p in candidates if p.country == country]
            place = _prefer(candidates, kind, region)
            if place is not None and place.kind in REGION_KINDS and not (
                    kind in _SEAT_READ_KINDS and place.kind in _SEAT_NAMED_KINDS):
                region = True  # (but «بلدة الصور» is the town a sub-district of that name is named after, and so
                # is «the al-Ziyara frontline»)
            admin1 = place.admin1 if place else None
            if place is None and kind == "governorate":
                gov = self.gaz.governorate_by_name(self.doc.text[char_start:char_end])
                place, admin1, region = gov, (gov.admin1 if gov else None), True
            mention = PlaceMention(char_start, char_end, j, end, name, kind or (place.kind if place else None), place,
                                   admin1, 3 if region else precision, region, candidates=candidates,
                                   script=self.g.script)
        if tail:
            mention.end, mention.tok_end = self.tokens[end + tail - 1].end, end + tail
        self.mentions.append(mention)
        return mention

    def _direction_in_name(self, j: int, char_start: int, char_end: int) -> tuple[int, int]:
        """«the eastern X area», «Eastern al-Y»: a direction before a name the gazetteer does not know is
        part of it where the gazetteer knows the name with the matching adjective («Al-Karak al-Sharqi»); the mention
        then starts at the direction word."""
        if j == 0 or self._gap(j) or (j - 1) in self.blocked:
            return j, char_start
        suffixes = self.g.direction_names.get(self.tokens[j - 1].text)
        name = self.doc.text[char_start:char_end]
        if not suffixes or any(p.source == "rasid" or _major(p) for p in self._lookup(name)):
            return j, char_start  # (a bare name known only as imported towns and villages does not outweigh the
            # gazetteer's name with the direction: «Eastern al-Gharya» is «Al-Ghariyah al-Sharqiyah» of Daraa, not
            # an imported «Al Ghariyah» of another governorate)
        for suffix in suffixes:
            found = [p for p in self._lookup(name + " " + suffix) if p.kind in _SETTLEMENT_KINDS]
            if found:
                self._looked_up[self.doc.text[self.tokens[j - 1].start:char_end]] = found
                return j - 1, self.tokens[j - 1].start
        return j, char_start

    def run(self) -> list[PlaceMention]:
        tokens, g = self.tokens, self.g
        openers = _openers(self.gaz, g)
        i = 0
        precision = 1
        plural: tuple[int, str] | None = None  # the last plural type word: (token after it, kind)
        after_trigger, locative = self._after_trigger, g.locative | g.between_places  # («بين X وY بريف …»)
        while i < len(tokens):
            if plural is None and not self.capital:
                # the common case first, a run of words at a time: no place word, name or locative starts here, and
                # no strike verb's object (the same test as below, where no list is open and names are not
                # capitalised)
                k = i
                while k < len(tokens) and k not in after_trigger and openers.isdisjoint(tokens[k].key_names) \
                        and tokens[k].text not in locative and k not in self.blocked:
                    k += 1
                if k > i:
                    precision, i = 1, k
                    continue
            if plural is not None and tokens[i].text in g.list_openers and i not in self.blocked \
                    and 0 < i - plural[0] <= _OPENER_REACH and self.sentence_end[i] == self.sentence_end[plural[0]] \
                    and any(plural[0] <= m.tok_start < i for m in self.mentions[-3:]):
                # «ثلاث قرى في ريف حلب الشرقي هي X وY»: the list opened after the plural's region (a place
                # between them: «معارك هي الأعنف» opens nothing)
                end = self._after_type_word(i, self.sentence_end[i], plural[1], True, precision)
                plural = None
                if end > i + 1:
                    i, precision = end, 1
                    continue
            if self.capital and plural is not None and tokens[i].text in g.list_openers and i not in self.blocked \
                    and 0 < i - plural[0] <= _OPENER_REACH_NAMED and self.sentence_end[i] == self.sentence_end[plural[0]] \
                    and i + 1 < len(tokens) and tokens[i + 1].text in g.list_openers and not self._gap(i + 1):
                end = self._far_list(i, plural[1], precision)
                if end:
                    plural = None
                    i, precision = end, 1
                    continue
            if self.capital and self._opens_capitalised(i) and g.type_after and i not in self.blocked and \
                    self._type_word_ahead(i) and (named := self._names_before_type_word(i, self.sentence_end[i],
                                                                                         precision)):
                i, precision = named, 1  # «Qatrah village», «X, Y and Z villages»
                continue
            if self.capital and tokens[i].text.isdigit() and (based := self._numbered_base(i, precision)):
                i, precision = based, 1  # «the 46th Regiment»: a base named by its unit's number
                continue
            if self.capital and i not in self.blocked and self._opens_capitalised(i) \
                    and (spelt := self._transliterated(i, self.sentence_end[i], precision)):
                i, precision = spelt, 1  # «shelled Tell Abiad», «Hawijah was retaken»: a known place spelt otherwise
                continue
            if self.capital and i in self._after_place_trigger and i not in self.blocked \
                    and (located := self._located_name(i, self.sentence_end[i], precision)):
                i, precision = located, 1  # «shelled Kafr Zita in southern Idlib»: the same as after a locative
                continue
            if i in self._after_trigger and i not in self.blocked \
                    and (listed := self._bare_list(i, self.sentence_end[i], precision)):
                i, precision = listed, 1  # «قصفت المدفعية X وY وZ بريف إدلب»: the places a strike verb governs
                continue
            if openers.isdisjoint(tokens[i].key_names) and tokens[i].text not in locative and i not in self.blocked:
                precision, i = 1, i + 1  # the common case: no place word, name or locative starts here
                continue
            limit = self.sentence_end[i]
            if i in self.blocked:
                i += 1
                continue
            word = g.words.match_at(tokens, i, limit) if g.words.starts(tokens[i]) else None
            long_name = self.names.match_at(tokens, i, limit) if word is not None else None
            if long_name is not None and (long_name.end - long_name.start >= 2 and long_name.end > word.end
                                          or self._capitalised_type_word(long_name)) \
                    and _article_agrees(self.doc, long_name, tokens, g) and (
                        not self._dropped_type_word(word) or self._definite(word)):
                # «البادية السورية», «شرق الفرات», «مخيم درعا»: a name of its own, not a place word and a name
                tail = self._facility_tail(long_name.end, limit)
                self._add(long_name.start, long_name.end, long_name.char_start, None, precision, tail=tail)
                i = long_name.end + tail
                precision = 1
                continue
            if word is not None:
                role, kind, naming = g.entry_of(word.phrase)
                if role == "axis" and not self._definite(word):
                    # «محور X – Y», «جبهة X، Y»: the names of a front line
                    end = self._after_type_word(word.end, limit, kind, True, 2, front=True)
                    precision = 1 if end > word.end else 2
                    i = end
                    continue
                if role in ("around", "axis"):
                    i, precision = self._after_around_word(word, role, limit)
                    continue
                if role == "type" and self._definite(word) and word.end < limit and not self._gap(word.end) \
                        and word.end not in self.blocked and tokens[word.end].text in g.colour_names \
                        and word.char_start == tokens[word.start].start:
                    # «المنطقة الخضراء»: a definite type word and a colour name a zone, written whole
                    self._add(word.start, word.end + 1, word.char_start, "area", precision)
                    i, precision = word.end + 1, 1
                    continue
                if role == "list" and not self.capital and self._definite(word) \
                        and (counted := self._counted_list(word.end, limit, kind, precision)):
                    i, precision = counted, 1  # «القرى الثلاث X وY وZ»: a definite plural, its number, its names
                    continue
                if role in ("type", "list") and self._definite(word):
                    self._definite_type_word(word, role, kind, naming, limit, precision)
                    i = word.end
                    precision = 1
                    continue
                if role in ("type", "list") and g.key(word.phrase) in g.after_locative and not (
                        word.char_start > tokens[i].start or (i > 0 and tokens[i - 1].text in g.locative)):
                    i = word.end  # «اعترضت طريق الشاب»: the way, not a road
                    precision = 1
                    continue
                if role in ("type", "list"):
                    if role == "list":
                        plural = (word.end, kind)
                    i = self._names_after_type_word(word, role, kind, naming, limit, precision)
                    precision = 1
                    continue
                if role in ("region", "direction"):
                    i = self._after_region_word(word.end, limit, role, word.start, word.char_start,
                                                several=bool(naming))
                    precision = 1
                    continue
            if tokens[i].text in locative and i > 0 and (listed := self._bare_list(i + 1, limit, precision)):
                i = listed
                precision = 1
                continue
            if self.capital and tokens[i].text in g.locative and (spelt := self._spelt_otherwise(i + 1, limit)):
                i = spelt  # «in al-Hassakeh»: a town the gazetteer spells «Al-Hasakah»
                precision = 1
                continue
            if not self.capital and (headed := self._headed_arabic(i, limit, precision)):
                i = headed  # «قرب تل السمن»: a name that opens with a word only place names open with
                precision = 1
                continue
            if self.capital and tokens[i].text in g.locative and (located := self._located_name(i + 1, limit, precision)):
                i = located  # «in Kafr Zita in southern Idlib», «near Tell Bir, west of Kobani»: a name the gazetteer
                precision = 1  # lacks, which the words after it place in a region or town it knows
                continue
            if self.capital and tokens[i].text in g.locative and (headed := self._headed_name(i + 1, limit, precision)):
                i = headed  # «in Wadi al-Rahma»: a name that opens with a word only place names open with
                precision = 1
                continue
            if self.capital and i in self._after_trigger and (headed := self._headed_name(i, limit, precision)):
                i = headed  # «shelled Tal Hamis»: the same as the object right after the trigger
                precision = 1
                continue
            m = self.names.match_at(tokens, i, limit) if self.names.starts(tokens[i]) else None
            if m is not None and self.capital and (run := self._capitalised_name(i, limit)) and run[1] > m.end:
                # «Kafr Nubl» is not «Kafr» and a word: the capitalised name is read whole, or not at all
                if self._free_standing_ok(run[0], run[2], run[1]):
                    self._add(run[0], run[1], run[2], None, precision)
                i, precision = run[1], 1
                continue
            if m is not None and not any(k in self.blocked for k in range(m.start, m.end)) \
                    and _article_agrees(self.doc, m, tokens, g):
                if (listed := self._bare_list(i, limit, precision)):
                    i = listed
                    precision = 1
                    continue
                if self._free_standing_ok(m.start, m.char_start, m.end):
                    self._add(m.start, m.end, m.char_start, None, precision)
                i = m.end
                precision = 1
                continue
            precision = 1 if tokens[i].text not in g.locative else precision
            i += 1
        self._resolve()
        return self.mentions

    def _resolve(self) -> None:
        """Once every name is read: which mentions only locate others, which place each name is, and where the
        places no gazetteer knows lie."""
        self._named_again()
        self._mark_context()
        self._mark_taken_to()
        self._mark_between()
        self._mark_possessors()
        self._mark_origins()
        self._mark_aliases()
        self._mark_nisba()
        self._mark_datelines()
        self._mark_countries()
        self._disambiguate()
        self._namesake_quarters()
        by_sentence = self._by_sentence()  # the mentions are all read: which sentence holds each is fixed now
        self._sentence_region(by_sentence)
        self._report_namesakes()
        self._place_list_members()
        self._place_unknowns(by_sentence)
        self._follow_antecedents()
        self._same_unknown_place()
        self._towns_of_city_governorates()
        self._anchor_unknowns()
        self._primary_names()

    def _far_list(self, i: int, kind: str, precision: int) -> int:
        """«the villages taken so far now number 12; they are X, Y, …, and Z»: far from its plural, a list opened
        by two opener words (at i) is its list when it names three places or more. Returns the token after the
        list, or 0 (and no mention kept) when it names fewer."""
        before = len(self.mentions)
        end = self._after_type_word(i + 1, self.sentence_end[i], kind, True, precision)
        if len(self.mentions) - before >= 3:
            return end
        del self.mentions[before:]
        return 0

    def _definite_type_word(self, word: lexicon.Match, role: str, kind: str, naming: str, limit: int,
                            precision: int) -> None:
        """«المدينة», «القاعدة»: with the article a type word names no place after it; at most it points back to
        the last place of its kind (a mention of that place)."""
        tokens, g = self.tokens, self.g
        previous = self._last_of_kind(kind)
        if word.end + 1 < limit and tokens[word.end].text in g.locating_relatives \
                and tokens[word.end + 1].text in g.between_places:
            previous = None  # «في المنطقة الواقعة بين بلدتي X وY»: the area the words after it describe
            # (not «القرية الواقعة في ريف X»: the village named before, located again)
        if previous is not None and role == "type" and naming not in _KEPT_NAMING:
            m = self._add(word.start, word.end, word.char_start, kind, precision, anaphor_of=previous)
            if previous.region:  # «درعا – خاص: … وسط المدينة»: the city of the governorate's name
                m.region, m.precision = False, precision

    def _names_after_type_word(self, word: lexicon.Match, role: str, kind: str, naming: str, limit: int,
                               precision: int) -> int:
        """The names a type word («قرية», «the village of») or plural («قرى») opens, read by _after_type_word with
        what place_words.tsv says of the word. Returns the token after them."""
        tokens, g = self.tokens, self.g
        keep_from = word.char_start if naming in _KEPT_NAMING else None
        prefix = naming if naming not in ("", *_KEPT_NAMING) else ""
        before = len(self.mentions)
        end = self._after_type_word(word.end, limit, kind, role == "list", precision, keep_from, prefix,
                                    facility=naming in ("facility", "surroundings"),
                                    surroundings=naming == "surroundings",
                                    most=2 if g.key(word.phrase) in g.duals else 0,
                                    front=word.start > 0 and not self._gap(word.start) and any(
                                        key in g.around_keys for key, _ in
                                        candidate_keys(tokens[word.start - 1].text, g.clitics)))
        # («أطراف بلدة X الشرقية»: the direction is the outskirts', not part of a known name)
        if role == "list" and len(self.mentions) - before == 2 and self._between(word.start):
            self.mentions[-1].context = True  # «between the villages of X and Y»: one point, coded at the first
            # village; the second only says where it is
        return end

    def _after_around_word(self, word: lexicon.Match, role: str, limit: int) -> tuple[int, int]:
        """After «محيط», «near» (and a definite front word): the names it surrounds, read as a list or, where names
        are capitalised, a name the gazetteer lacks. Returns the token to read on from and its precision."""
        i, precision = word.end, 2
        if not self.capital and role == "around" and not self._definite(word) \
                and (listed := self._bare_list(i, limit, precision)):
            return listed, 1  # «محيط X وY وZ في ريف درعا»: the surroundings of a list
        run = self._capitalised_name(i, limit) if self.capital and i < limit and self._opens_capitalised(i) else None
        known = self.names.match_at(self.tokens, i, limit) if run is not None else None  # (only for a run read)
        if run is not None and known is not None and (known.end >= run[1] or self._lookup(self._text(run[2], run[1]))):
            run = None  # (a known name read whole; but «near Tell Bir» is not «Tell» and a word)
        if run is not None and run[1] < limit and not self._gap(run[1]) \
                and self.type_after[bisect.bisect_left(self.type_after, run[1]):][:1] == [run[1]]:
            run = None  # («near Al-Hall Market»: the type word right after the name reads it)
        if run is None:
            return i, precision
        self._add(run[0], run[1], run[2], "area", precision)  # «the vicinity of X»: a name the gazetteer lacks,
        return run[1], 1  # where names are capitalised

    def _named_again(self) -> None:
        """«قصفت بلدة X … وسقطت قذائف في محيط X بريف حماة»: a name no gazetteer knows, once the report has read it
        after a type word as a town, village or quarter, is that place where it stands again without the type word
        after a locative or a word of surroundings («في X», «محيط X»), glued to a preposition («بX»), or where the words
        that locate a place follow it («وتقع X في ريف حماة»)."""
        if self.capital:
            return
        own = [m for m in self.mentions if m.place is None and not m.anaphor and not m.context and not m.region
               and m.kind in _READ_AGAIN_KINDS and m.tok_start < m.tok_end]
        if not own:
            return
        lex = Lexicon(((m.name, m) for m in own), self.g.clitics)
        taken = set()
        for m in self.mentions:
            taken.update(range(m.tok_start, m.tok_end))
        tokens, added = self.tokens, False
        k = 1
        while k < len(tokens):
            if k in taken or k in self.blocked or not lex.starts(tokens[k]):
                k += 1
                continue
            found = lex.match_at(tokens, k, self.sentence_end[k])
            if found is None or any(j in taken or j in self.blocked for j in range(found.start, found.end)) \
                    or not _article_agrees(self.doc, found, tokens, self.g) \
                    or self._gap(k).strip("\"'«»“”") or found.end < self.sentence_end[k] \
                    and not self._gap(found.end) and tokens[found.end].text in self.g.name_adjectives:
                # (an adjective after the name carries on a longer name: «X الشرقي» is not X)
                k += 1
                continue
            before = tokens[k - 1].text
            around = self._around_word(before)
            glued = found.char_start > tokens[k].start and not self.g.starts_with_and(tokens[k].text)
            if not (before in self.g.locative or around or glued or self._direction_word(before)
                    or self._locating_after(found.end, self.sentence_end[k])):  # («وتقع X في ريف حماة»;
                # «غرب X», «بشمال X»: a direction names the place it is taken from)
                k += 1
                continue
            first = found.value
            self._add(found.start, found.end, found.char_start, first.kind, 2 if around else 1)
            taken.update(range(found.start, found.end))
            added = True
            k = found.end
        if added:
            self.mentions.sort(key=lambda m: (m.start, m.end))

    def _anchor_unknowns(self) -> None:
        """«قرية X قرب بلدة Y بريف منبج»: a place no gazetteer knows is put at the nearest known place the words
        tie it to (`_anchor_by_links`), that they tie another mention of its name to, or else that its sentence
        or the report names in its governorate (`_anchor_by_company`)."""
        by_name: dict[str, Place] = {}
        for m in self.mentions:
            if m.place is None and not m.anaphor and m.admin1 and (anchor := self._anchor_by_links(m)) is not None:
                m.anchor = anchor
                by_name.setdefault(m.name, anchor)
        for m in self.mentions:
            if m.place is None and m.anchor is None and not m.anaphor and m.located_by is None \
                    and m.name in by_name and by_name[m.name].admin1 == m.admin1:
                m.anchor = by_name[m.name]  # «قرية X غرب بلدة Y … قصف على X»: the same village
        by_sentence = self._by_sentence()
        in_report: dict[str, list[PlaceMention]] = {}  # governorate → the report's anchor towns (read once)
        for m in self.mentions:
            if m.place is None and m.anchor is None and not m.anaphor and not m.region and m.admin1:
                sentence = by_sentence[self.doc.sentence_of(m.start).index]
                towns = self._anchor_towns(sentence, m.admin1)
                if not towns:
                    if m.admin1 not in in_report:
                        in_report[m.admin1] = self._anchor_towns(self.mentions, m.admin1)
                    towns = in_report[m.admin1]
                if towns:  # «اشتباكات في قرية X وبلدة كفرزيتا»: the known town its sentence names with it, at
                    nearest = min(towns, key=lambda o: abs(o.start - m.start))  # precision 3 (nothing says it is near)
                    m.anchor, m.anchor_precision = nearest.place, 3

    def _anchor_by_links(self, m: PlaceMention) -> Place | None:
        """The known place that locates m, through the unknown names between («X بريف Y», Y «شرق Z»): only a place
        of m's governorate (a governorate is no anchor, the record's precision says «only the governorate» then,
        except one that is a city alone)."""
        b, hops = m.located_by, 0
        while b is not None and b.place is None and hops < _ANCHOR_HOPS:
            b, hops = b.located_by, hops + 1
        if b is None or b.place is None or b.place.latitude is None:
            return None
        if b.place.kind in ("governorate", "country") and b.place.admin1 not in _COUNTRYSIDE_OF:
            return None
        same = b.place.admin1 == m.admin1 or {b.place.admin1, m.admin1} <= CAPITAL_AND_COUNTRYSIDE
        return b.place if same else None

    @staticmethod
    def _anchor_towns(mentions: list[PlaceMention], admin1: str) -> list[PlaceMention]:
        """The mentions of known places of the governorate, with coordinates, that may anchor an unknown one."""
        return [o for o in mentions if o.place is not None and o.admin1 == admin1 and not o.anaphor
                and o.place.latitude is not None and o.place.kind in _ANCHOR_KINDS]

    def _same_unknown_place(self) -> None:
        """«منطقة X شمال غربي دمشق … منطقة Y بريف X»: a name the gazetteer lacks is one
        place through the report: where the words around one mention say its governorate, its other mentions
        (given one only by the report, its sentence or a dateline) take it; then a place located by such a name
        («بريف X») lies in the governorate X was finally given."""
        told: dict[str, set[str]] = {}
        for m in self.mentions:
            if m.place is None and m.fixed and m.admin1 and not m.anaphor:
                told.setdefault(m.name, set()).add(m.admin1)
        for m in self.mentions:
            said = told.get(m.name, set())
            if m.place is None and not m.fixed and not m.anaphor and len(said) == 1 and m.admin1 not in said:
                m.admin1 = next(iter(said))
        for m in self.mentions:
            b = m.located_by
            if m.place is None and b is not None and b.place is None and b.admin1 and not b.anaphor \
                    and not b.assumed and m.admin1 != b.admin1 and self._country(b.admin1) == self._country(m.admin1 or b.admin1):
                m.admin1 = b.admin1

    def _towns_of_city_governorates(self) -> None:
        """«بلدة X» that the gazetteer does not know, given the governorate of Damascus (by its sentence, the
        report or a dateline): the governorate of Damascus is the city alone, so a town or village lies in the
        countryside's governorate, Rural Damascus (the city's quarters stay in the city)."""
        for m in self.mentions:
            if m.place is None and not m.region and m.kind in _TOWN_KINDS and m.admin1 in _COUNTRYSIDE_OF:
                m.admin1 = _COUNTRYSIDE_OF[m.admin1]
            elif m.kind in _BASE_KINDS and m.admin1 in _COUNTRYSIDE_OF and not m.anaphor and (
                    m.place is None or m.place.kind in ("city", "governorate")):
                m.admin1 = _COUNTRYSIDE_OF[m.admin1]  # «Damascus International Airport», unknown as an airport:
                # an airfield named after the capital lies outside the city, in its countryside

    def _follow_antecedents(self) -> None:
        """«قرية البو بالي … أبناء القرية»: an anaphor is the place its antecedent was finally read as, once the
        report's governorates have chosen among namesakes (not the first namesake the gazetteer offered)."""
        moved: set[int] = set()  # ids of the anaphors pointed to the place their antecedent locates
        for m in self.mentions:
            a = m.antecedent
            if m.anaphor and a is not None and (a.context and (o := self._located_by_antecedent(m, a)) is not None
                                                or id(a) in moved):
                if id(a) not in moved:
                    m.antecedent = a = o  # «قرية X شرقي مدينة Y … في محيط القرية»: the village, not the town
                moved.add(id(m))  # locating it (and an anaphor of that anaphor follows it)
                m.name, m.kind, m.region = a.name, a.kind, a.region
            if m.anaphor and a is not None:
                m.place, m.admin1, m.candidates, m.assumed = a.place, a.admin1, a.candidates, a.assumed

    def _located_by_antecedent(self, m: PlaceMention, a: PlaceMention) -> PlaceMention | None:
        """An anaphor whose antecedent only locates the place named right before it («بلدة X شرقي مدينة Y»): that
        place, when the anaphor's type word names a kind other than the locating place's («البلدة», «القرية», «الحي»
        after a city; «المدينة» stays the city)."""
        word = self.g.words.match_at(self.tokens, m.tok_start, m.tok_end)
        said = self.g.kind_of(word.phrase) if word is not None else ""
        if not said or said == a.kind or a.kind is None:
            return None
        located = [o for o in self.mentions if o.located_by is a and o.end <= a.start and not o.anaphor
                   and not o.region and not o.context]
        return located[-1] if located else None

    def _primary_names(self) -> None:
        """«عين العرب (كوباني)» then «في كوباني»: a place the report also calls by the gazetteer's own name is
        coded under that name, one place, one name."""
        if self.g.script != "ar":
            return
        written_in_report: dict[str, bool] = {}  # each name is looked for once (a long report repeats names)
        for m in self.mentions:
            primary = m.place.name_ar if m.place is not None else None
            if not primary or m.region or primary == m.name or strip_article(primary) in m.name \
                    or primary.endswith(" " + m.name):
                continue  # («الصدر» after «مدينة» is Sadr City written without its type word, as coded)
            if primary not in written_in_report:
                written = normalize_word(primary)
                at = self.doc.text.find(written)
                while at >= 0 and not self._whole_words(at, at + len(written)):
                    at = self.doc.text.find(written, at + 1)
                written_in_report[primary] = at >= 0
            if written_in_report[primary]:
                m.name = primary

    def _whole_words(self, start: int, end: int) -> bool:
        """Do the words at [start, end) stand alone, or after one clitic letter («بعين العرب»)?"""
        text, c = self.doc.text, self.g.clitics
        if start > 0 and text[start - 1] in c.conjunctions + c.prepositions:
            start -= 1
        return (start == 0 or not text[start - 1].isalpha()) and (end == len(text) or not text[end].isalpha())

    def _names_before_type_word(self, i: int, limit: int, precision: int) -> int:
        """Where the language writes the type word after the name («Qatrah village», «Manbij countryside», «Al-Hol
        camp», «Idlib province»), and after a list of names («X, Y, and Z villages»): the
        mentions of the names, and the token after the type word; 0 when no type word follows the names."""
        names: list[tuple[int, int, int]] = []
        k = i
        while k < limit:
            name = self._name_or_known(k, limit)
            if name is None:
                break
            if names and names[-1][1] == name[0] and self._gap(name[0]) in ("-", "–"):
                first = names.pop()
                name = (first[0], name[1], first[2])  # «the Mosul-Tal Afar road»: one road between two towns
            names.append(name)
            k = name[1]
            if k < limit and self._gap(k) in ("-", "–") and self._name_or_known(k, limit) is not None:
                continue  # the second town of «X-Y road»
            nxt = self._list_separator(k, limit)
            if nxt is None:
                break
            k = nxt
        if not names or k != names[-1][1] or k >= limit or self._gap(k):
            return 0
        w = self.g.words.match_at(self.tokens, k, limit) if self.g.words.starts(self.tokens[k]) else None
        if w is None:
            return 0
        role, kind, naming = self.g.entry_of(w.phrase)
        end = w.end
        if w.phrase.endswith(" of") and len(names) == 1 and role == "type" and i > 0 \
                and self.tokens[i - 1].text in self.g.clitics.particles | self.g.definite_words \
                and not (kind in _SETTLEMENT_KINDS and any(
                    p.kind == "governorate" for p in self._lookup(self._text(names[0][2], names[0][1])))):
            # («the Homs town of Palmyra»: a governorate's name before a town's type word says where the town
            # named after it lies)
            end = w.end - 1  # «the Tal Rumman area of Kirkuk»: the name is before the type word, «of» locates it
        elif role not in _AFTER_NAME_ROLES or w.phrase.endswith(" of") \
                or (len(names) > 1 and role == "type"):
            return 0  # («the village of X» reads the name after it)
        if role == "region":
            for name in names:
                self._region_add(name, "region", None, 0, False, False)
            return w.end
        head = None
        for n, name in enumerate(names):
            keep = naming in _KEPT_NAMING and n == len(names) - 1
            tail = w.end - name[1] if keep else 0  # «Al-Hol camp», «Kweires airport»: the type word stays
            m = self._add(name[0], name[1], name[2], kind, precision, region=kind == "governorate", tail=tail)
            m.list_head, head = head, head or m
            if m.place is None and m.admin1 is None and "-" in self.doc.text[m.start:m.end]:
                parts = self.doc.text[m.start:m.end].split("-")  # the longest first town: «Deir ez-Zor-Hasakah road»
                towns = next((t for n in range(len(parts) - 1, 0, -1)
                              for t in [self._lookup("-".join(parts[:n]).strip())] if t), [])
                m.admin1 = towns[0].admin1 if towns else None  # «the Mosul-Tal Afar road» lies in Nineveh
        return end

    def _name_or_known(self, k: int, limit: int) -> tuple[int, int, int] | None:
        """A name at token k: the gazetteer's (longest) or the capitalised words there, whichever is longer."""
        if k in self.blocked:
            return None
        m = self.names.match_at(self.tokens, k, limit) if self.names.starts(self.tokens[k]) else None
        known = (m.start, m.end, m.char_start) if m is not None and self._plausible_name(m) else None
        found = self._capitalised_name(k, limit)
        if found is None or (known is not None and known[1] >= found[1]):
            return known if known is not None and self.capital[known[0]] else None
        return found

    def _list_separator(self, k: int, limit: int) -> int | None:
        """The token after «,», «and» or «, and» between two names of a list, or None."""
        if k >= limit:
            return None
        gap = self._gap(k)
        if gap in (",", "،"):
            if self.tokens[k].text in self.g.and_words:
                return k + 1 if k + 1 < limit and not self._gap(k + 1) else None
            return k
        if gap == "" and self.tokens[k].text in self.g.and_words and k + 1 < limit and not self._gap(k + 1):
            return k + 1
        return None

    def _mark_nisba(self) -> None:
        """«جوبر الدمشقي», «الريف الحموي»: an adjective of a governorate right after a name says where it is."""
        for m in self.mentions:
            if m.tok_end >= len(self.tokens) or m.region or m.fixed:
                continue
            admin1 = self.g.nisba.get(self.tokens[m.tok_end].text)
            k, countryside = m.tok_end, False  # «قرية عوجة في الريف الحلبي الجنوبي», «… بالريف الإدلبي»: the
            while admin1 is None and k < min(m.tok_end + 2, len(self.tokens) - 1) and not self._gap(k):
                word = self.tokens[k].text  # countryside the adjective names says where the place lies
                here = any(key == self.g.countryside for key, _ in candidate_keys(word, self.g.clitics))
                if not here and word not in self.g.locative:
                    break
                countryside, k = countryside or here, k + 1
                if countryside and not self._gap(k):
                    admin1 = self.g.nisba.get(self.tokens[k].text)
            if admin1 is None:
                continue
            better = [p for p in m.candidates if p.admin1 == admin1]
            m.place = better[0] if better else None
            m.admin1, m.fixed = admin1, True

    def _mark_datelines(self) -> None:
        """«ريف حماة: …», «محافظة درعا – (اسم الوكالة)»: the filing place says where the report is about,
        not where one event happened."""
        outlet_line = -1  # the line that opens with the town an agency files from («ERBIL, Kurdistan Region –»)
        for m in self.mentions:
            line_start = self.doc.text.rfind("\n", 0, m.start) + 1
            before = self.doc.text[line_start:m.start].strip()
            after = self.doc.text[m.end:m.end + 3].lstrip(" ")
            if self.capital and not before and after[:1] in (",", "(", "-", "–") and self._in_capitals(m):
                m.context, outlet_line = True, line_start  # where the writer is, not what the report is about
            elif line_start == outlet_line and len(before) <= 30 and after[:1] in ("-", "–"):
                m.context = True
            elif m.region and len(before) <= 8 and after[:1] in (":", "-", "–"):
                m.context = m.dateline = True
                self._file_under(m)

    def _in_capitals(self, m: PlaceMention) -> bool:
        """Is the name written in capital letters, as a dateline writes its town?"""
        written = self.doc.norm.original_span(m.start, m.end)
        return sum(c.isalpha() for c in written) >= 3 and written.upper() == written

    def _file_under(self, dateline: PlaceMention) -> None:
        """The places of a dateline's paragraph that no gazetteer knows and nothing else locates lie in the
        governorate the paragraph is filed under («محافظة درعا – (اسم الوكالة): … قرية X»)."""
        if not dateline.admin1:
            return
        line_end = self.doc.text.find("\n\n", dateline.end)
        line_end = len(self.doc.text) if line_end == -1 else line_end
        for m in self.mentions:
            if dateline.end < m.start < line_end and m.place is None and m.admin1 is None and not m.anaphor:
                m.admin1 = dateline.admin1

    def _centre(self, m: PlaceMention) -> tuple[float, float] | None:
        """The mean point of the report's other places that only one gazetteer entry fits."""
        points = [(o.place.latitude, o.place.longitude) for o in self.mentions
                  if o is not m and o.place is not None and not o.region and o.place.latitude is not None
                  and len(o.candidates) == 1]
        if not points:
            return None
        return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)

    def _dropped_type_word(self, word) -> bool:
        """مدينة، بلدة، قرية، حي … are left out of names; «مخيم», «مطار» and regions are part of them."""
        role, _kind, naming = self.g.entry_of(word.phrase)
        return role in ("type", "list") and naming not in _KEPT_NAMING

    def _mark_countries(self) -> None:
        """«سنجار في العراق», «سنجار شمالي العراق»: a country named right after a place says which of
        the places of that name it is (Sinjar in Nineveh, not the town of Idlib)."""
        for m in self.mentions:
            if m.anaphor or len({p.country for p in m.candidates}) < 2:
                continue
            country = self._country_after(m)
            inside = [p for p in m.candidates if p.country == country]
            if country is None or not inside:
                continue
            m.candidates = inside
            if m.place is None or m.place.country != country:
                m.place = _prefer(inside, m.kind, m.region) or inside[0]
                m.admin1 = m.place.admin1
            m.fixed = True

    def _country_after(self, m: PlaceMention, reach: int = 4) -> str | None:
        """The country named within a few words after a mention, with only words that locate between them
        («الواقعة في», «شمالي», «في شمال»)."""
        g = self.g
        end = min(len(self.tokens), m.tok_end + reach + 1, self.sentence_end[m.tok_start])
        for k in range(m.tok_end, end):
            if any(c in self.doc.text[self.tokens[k - 1].end:self.tokens[k].start] for c in ".،,؛:()\n"):
                return None
            countries = {p.country for key in self.tokens[k].key_names for p in self._lookup(key)
                         if p.kind == "country"}
            if len(countries) == 1:
                return next(iter(countries))
            word = self.tokens[k].text
            if not (word in g.locating_relatives or word in g.locating_gap or word in g.locating_links
                    or self._direction_word(word)):
                return None
        return None

    def _country(self, admin1: str) -> str:
        gov = self.gaz.governorate(admin1)
        return gov.country if gov is not None else ""

    def _disambiguate(self) -> None:
        """A name several places share is the one in the governorates the report is about.

        The report's governorates are those of its regions and of the places only one gazetteer entry fits;
        a coder reading «حضر» in a report on Quneitra does not look in Iraq.
        """
        votes = self._votes()
        for admin1, n in self.office_votes.items():
            votes[admin1] = votes.get(admin1, 0) + n
        if not votes and not self.hints:
            return
        for admin1, weight in self.hints.items():  # the sides' usual governorates: a light hint
            votes[admin1] = votes.get(admin1, 0) + 0.5 * weight
        by_sentence = self._by_sentence()
        by_country: dict[str, int] = {}
        for admin1, n in votes.items():
            by_country[self._country(admin1)] = by_country.get(self._country(admin1), 0) + n
        if not by_country:
            return
        home = max(by_country, key=by_country.get)
        home_share = by_country[home] / sum(by_country.values())
        for m in self.mentions:
            if m.place is not None and not m.fixed and not m.region and home_share >= 0.75 \
                    and not any(p.country == home for p in m.candidates):
                m.place, m.admin1 = None, None  # «شنكال» in a report on Afrin is not Sinjar in Iraq
                continue
            if m.region or m.anaphor or m.fixed or not m.candidates:
                continue
            if all(_weak(p) for p in m.candidates) and not any(votes.get(p.admin1, 0) >= 1 for p in m.candidates):
                m.place, m.admin1 = None, None  # «قرى تل الورد» in a report on Hasakah: not the imported
                continue  # villages of that name in Kirkuk
            if all(p.kind == "neighbourhood" for p in m.candidates) and votes and max(
                    votes.get(p.admin1, 0) for p in m.candidates) * 3 < max(votes.values()):
                m.place, m.admin1 = None, None  # «حي الميدان» in a report on Aleppo: not Damascus's Midan (quarters
                continue  # of one name lie in many cities)
            if len({p.admin1 for p in m.candidates}) < 2:
                continue
            major = [p for p in m.candidates if _major(p)]
            centre = self._centre(m)
            towns = [p for p in m.candidates if p.kind in ("city", "town")] if m.kind == "city" else []
            said = self._sentence_governorates(m, by_sentence) if all(p.source != "rasid" for p in m.candidates) \
                else set()  # imported namesakes only: the one of a governorate its sentence names
            best = max(towns or m.candidates, key=lambda p: (p.admin1 in said, votes.get(p.admin1, 0), _major(p),
                                                             -_distance(p, centre), -m.candidates.index(p)))
            # («مدينة رأس العين» is the town, not a village of that name in the report's governorate)
            if major and m.place is not None and _city(m.place) and best.admin1 != m.place.admin1:
                continue  # «الناصرية» is the city, not a village of the same name in the report's governorate
                # (a town of 30,000 is not: «صوران» of Hama or of Aleppo is the one the report is about)
            if votes.get(best.admin1, 0) > votes.get(m.admin1 or "", 0) or best.admin1 in said and m.admin1 not in said or (
                    best.admin1 == m.admin1 and best is not m.place and centre is not None):
                m.place, m.admin1 = best, best.admin1  # the report's governorate, then the place nearest the others

    def _sentence_governorates(self, m: PlaceMention, by_sentence: dict[int, list[PlaceMention]]) -> set[str]:
        """The governorates the other places of m's sentence lie in (not imported villages of common names):
        «the villages of X and Y in Jabal al-Akrad in northern Latakia» names Latakia."""
        return {o.admin1 for o in by_sentence[self.doc.sentence_of(m.start).index]
                if o is not m and o.admin1 and not o.anaphor and (o.place is None or not _weak(o.place))}

    def _namesake_quarters(self) -> None:
        """«حي القادسية» in a report on Tikrit is a quarter of Tikrit, not the gazetteer's Qadisiya of Mosul, nor
        «حي الجولان» of Fallujah the Golan Heights: a name said with the word for a quarter that the gazetteer
        knows only in a governorate the report does not otherwise name (once in passing at most: «وعاد الوزير إلى
        بغداد») lies in the one the report is about (four fifths of its votes)."""
        votes = self._votes([o for o in self.mentions if o.kind != "neighbourhood"])  # (not the quarters' own)
        report = _report_governorate(votes)
        if report is None:
            return
        for m in self.mentions:
            if m.kind != "neighbourhood" or m.place is None or m.fixed or m.anaphor or m.dateline \
                    or m.admin1 == report or votes.get(m.admin1 or "", 0) >= 2 \
                    or any(p.admin1 == report for p in m.candidates) \
                    or {report, m.admin1} <= CAPITAL_AND_COUNTRYSIDE:
                continue
            m.place, m.admin1, m.assumed, m.region = None, report, True, False
            m.precision = min(m.precision, 1)

    def _sentence_region(self, by_sentence: dict[int, list[PlaceMention]]) -> None:
        """«سيطرت القوات على بلدتي X وY … في ريف حماة الغربي»: a town or village the gazetteer knows
        only in another governorate than the one its sentence names as its region is a namesake the gazetteer
        lacks, in the sentence's governorate (villages share names across Syria)."""
        for m in self.mentions:
            if m.place is None or m.fixed or m.region or m.anaphor or m.dateline \
                    or m.place.kind not in ("town", "village"):
                continue
            # (an agency's filing line, «SULAIMANI, Kurdistan Region –», says where the writer is: it locates
            # nothing of the sentence it opens)
            sentence = by_sentence[self.doc.sentence_of(m.start).index]
            regions = {o.admin1 for o in sentence
                       if o.region and o.admin1 and not o.anaphor and self._said_as_region(o)
                       and not (o.context and not o.dateline)}
            if len(regions) != 1:
                continue
            admin1 = next(iter(regions))
            named = {o.admin1 for o in sentence if o is not m and not o.anaphor}
            if m.admin1 in named:
                continue  # «villages X and Y near Jisr al-Shughur, and Z in southern Idlib»: the
                # sentence names the village's own governorate too (as what locates another place)
            if m.admin1 != admin1 and not any(p.admin1 == admin1 for p in m.candidates) \
                    and self._country(admin1) == self._country(m.admin1 or admin1) \
                    and not {admin1, m.admin1} <= CAPITAL_AND_COUNTRYSIDE:
                m.place, m.admin1, m.assumed = None, admin1, True

    def _report_namesakes(self) -> None:
        """«دخلت القوات قرى X وY» in a report whose other places all lie in one governorate: a village or small
        town the gazetteer knows only in another governorate, named once with nothing that locates it, in a report
        four fifths of whose places (three at least) lie in one governorate of the same country, is a namesake
        the gazetteer lacks there (villages share names across Syria)."""
        votes = self._votes()
        report = _report_governorate(votes, least=3)
        if report is None:
            return
        for m in self.mentions:
            if m.place is None or m.fixed or m.region or m.anaphor or m.dateline or m.context \
                    or m.located_by is not None or m.place.kind not in ("town", "village") or _major(m.place) \
                    or m.admin1 == report or votes.get(m.admin1 or "", 0) > 1 \
                    or any(p.admin1 == report for p in m.candidates) \
                    or self._country(report) != self._country(m.admin1 or report) \
                    or {report, m.admin1} <= CAPITAL_AND_COUNTRYSIDE:
                continue
            m.place, m.admin1, m.assumed = None, report, True

    def _by_sentence(self) -> dict[int, list[PlaceMention]]:
        """The mentions of each sentence, by its index (looked up once, not by scanning all for each)."""
        out: dict[int, list[PlaceMention]] = {s.index: [] for s in self.doc.sentences}
        for m in self.mentions:
            out[self.doc.sentence_of(m.start).index].append(m)
        return out

    def _said_as_region(self, m: PlaceMention) -> bool:
        """A region by name («سهل الغاب»), or a governorate's name with the word that makes it one («بريف حماة»,
        «محافظة درعا», «Aleppo province»): a bare «حماة» may be the city."""
        return m.place is not None and m.place.kind == "region" or written_as_region(self.doc, m)

    def _votes(self, mentions: list[PlaceMention] | None = None, settled: bool = False) -> dict[str, float]:
        """Governorate → mentions that say the report is about it: regions, the places that locate others, and
        places only one gazetteer entry fits, or, once `settled`, any place read with its governorate (an
        imported village of a common name does not vote)."""
        votes: dict[str, float] = {}
        for m in self.mentions if mentions is None else mentions:
            if m.admin1 and (settled or m.region or m.context or len({p.admin1 for p in m.candidates}) <= 1) and (
                    m.place is None or not _weak(m.place)) and not m.anaphor and not m.assumed:
                votes[m.admin1] = votes.get(m.admin1, 0) + 1
        return votes

    def _place_unknowns(self, by_sentence: dict[int, list[PlaceMention]]) -> None:
        """A place no gazetteer knows and nothing around it locates lies in the governorate its sentence is about
        (the one governorate of the sentence's other places), else in the one the report is about (four fifths
        of its places or more, two at least): «اشتباكات في قرية X … بلدة كفرزيتا». The dateline's paragraph has already been given its governorate (_file_under)."""
        votes = self._votes(settled=True)
        report = _report_governorate(votes, least=2)
        said = {m.name: m for m in self.mentions if m.place is None and m.admin1 and not m.assumed and not m.region}
        for m in self.mentions:
            if m.place is not None or m.admin1 is not None or m.anaphor or m.dateline:
                continue
            if m.located_by is not None and m.located_by.place is None and not m.located_by.region:
                continue  # «the village of X in southern Y», Y unknown too: X lies where Y does, which its sentence
                # or report does not say
            if m.name in said:  # «منطقة X قرب … بريف الرقة … X»: named again, the same place
                m.admin1, m.assumed = said[m.name].admin1, True
                continue
            index = self.doc.sentence_of(m.start).index
            around = self._votes([o for o in by_sentence[index] if o is not m], settled=True)
            if not around and index - 1 in by_sentence and "\n\n" not in self.doc.text[
                    self.doc.sentences[index - 1].end:m.start]:
                around = self._votes(by_sentence[index - 1], settled=True)  # «… في مدينة درعا. وألقيت البراميل
                # على بلدة X»: the sentence before says where the report has got to
            admin1 = next(iter(around)) if len(around) == 1 else report if not around else None
            strong = [p for p in m.candidates if not _weak(p) and p.kind not in ("village", "neighbourhood")]
            if admin1 is not None and (not strong or any(p.country == self._country(admin1) for p in strong)):
                m.admin1, m.assumed = admin1, True  # (not «القائم» of Iraq in a report on Deir ez-Zor)
        given: dict[str, set[str]] = {}
        for m in self.mentions:
            if m.place is None and m.admin1 and not m.anaphor and not m.region:
                given.setdefault(m.name, set()).add(m.admin1)
        for m in self.mentions:  # «قصف على مدينة X» in the headline, «… غرب X بعد اشتباكات … بريف حلب» later: a
            # name no gazetteer knows is one place through the report, where its other mentions agree on where
            if m.place is None and m.admin1 is None and not m.anaphor and not m.dateline \
                    and len(given.get(m.name, ())) == 1:
                m.admin1, m.assumed = next(iter(given[m.name])), True

    def _after_type_word(self, j: int, limit: int, kind: str, is_list: bool, precision: int,
                         keep_from: int | None = None, prefix: str = "", facility: bool = False,
                         most: int = 0, surroundings: bool = False, front: bool = False) -> int:
        """Names after «بلدة», «قرى», «مخيم» …; «مخيم» and its like stay in the name (GUIDELINES drop only
        مدينة، بلدة، قرية، حي، ناحية، منطقة), and a dual «جبلي» names «جبل X» and «جبل Y»."""
        after = ""
        if is_list:
            j, after = self._skip_list_opener(j, limit)
        name = self._name_at(j, limit, kind=kind, after=after, adjectives=keep_from is not None)
        if name is None:
            return j
        end = name[1]
        if end < limit and kind not in ("governorate", "area") and self._adjacent(self.tokens[end - 1], self.tokens[end]):
            nxt = self.names.match_at(self.tokens, end, limit)
            if nxt is not None and nxt.char_start == self.tokens[end].start and end not in self.blocked \
                    and self._plausible_name(nxt) and self._name_like(self.tokens[end].text, end) \
                    and len(self.tokens[end].text) >= 4 and not self.g.has_article(self.tokens[end].text):
                end = nxt.end  # «بلدة صوران اعزاز»: a town named with its district
        end = self._name_end(name[1], limit, kind, known=bool(self._lookup(self._text(name[2], name[1]))), front=front)
        start_char = keep_from if keep_from is not None else name[2]
        if keep_from is not None and facility and any(
                p.kind not in ("country", "governorate") and (not _weak(p) or p.admin1 in self._named_governorates())
                for p in self._lookup(self._text(name[2], end))):
            start_char = name[2]  # «مشفى القرداحة», «حاجز المتونة»: the town is the place to code (an imported
            # village only in a governorate the report names: «حاجز العبود» near Morek is no village of Dhi Qar)
        if keep_from is not None and facility and kind == "road" and start_char == keep_from and end < limit \
                and self._gap(end) in ("-", "–") and self._name_at(end, limit, after="-–") is not None:
            start_char = name[2]  # «طريق X-Y»: the road between two towns the gazetteer may not know is coded at
            # the first, as for known towns
        if surroundings and start_char == keep_from and not self.g.has_article(self.tokens[name[0]].text):
            start_char = name[2]  # «ببادية عياش»: a bare name is a village's, its desert is its surroundings
            # (a definite one is a tribe's or a region's, and the word stays: «بادية الشعيطات»)
        if surroundings and start_char != keep_from:
            precision = 2
        tail = self._facility_tail(end, limit) if keep_from is not None and start_char == keep_from else 0
        head = self._add(name[0], end, start_char, kind, precision, region=(kind == "governorate"), prefix=prefix,
                         tail=tail)
        end += tail
        commas, count = False, 1
        located: bool | None = None
        while end < limit and count != most:  # a dual names two places («بلدتي X وY، …»)
            comma = self._gap(end) != ""
            nxt = self._next_member(end, limit, kind, is_list)
            if nxt is None:
                break
            known = self._known(self._text(nxt[2], nxt[1]))
            if not is_list and not known:
                if located is None:  # (asked once, at the first unknown name)
                    located = self._run_located(end, limit, kind)
                if not located:
                    break  # «مدينة إدلب وبنش»: after a singular type word, only names the gazetteer knows, unless
                    # the list runs on to the region that locates it («بلدة X وY وZ بريف إدلب»)
            member_end = self._name_end(nxt[1], limit, kind, known, front)
            if is_list and not known and member_end + 1 < limit and member_end not in self.blocked \
                    and self._adjacent(self.tokens[member_end - 1], self.tokens[member_end]) \
                    and self.g.has_article(self.tokens[member_end].text) \
                    and not self.g.starts_with_and(self.tokens[member_end].text) \
                    and self._adjacent(self.tokens[member_end], self.tokens[member_end + 1]) \
                    and self.g.starts_with_and(self.tokens[member_end + 1].text):
                member_end += 1  # «قرى … والكتيبة المهجورة والراقم»: an unknown name of two words, the list going on
            if comma and not known and (not self._member_ends(member_end, limit) or (
                    nxt[2] > self.tokens[nxt[0]].start and not commas and not self._punctuation_after(member_end))):
                break  # «قرى X وY، وبدأ التمركز في …»: after a comma, «و» opens a new statement unless the list
                # is written with commas («أحياء X، Y، وZ», «X، وY، وZ.»); and a list ends where lists end
            commas = commas or comma
            member = self._add(nxt[0], member_end, nxt[2], kind, precision, region=(kind == "governorate"),
                               prefix=prefix)
            member.list_head = head
            end, count = member_end, count + 1
        return end

    def _bare_list(self, start: int, limit: int, precision: int) -> int:
        """«على X وY وZ بريف حماة»: names joined by «و» or commas after a locative, with no
        type word, are a list of places when one of them is a place the gazetteer knows and the list ends where
        lists end (list homogeneity: the names one verb governs are of one kind). Returns the token after the
        list, or 0 when there is none."""
        if start >= limit or not self._separator_ahead(start, min(limit, start + 4)) or \
                self.g.words.starts(self.tokens[start]) and self.g.words.match_at(self.tokens, start, limit) is not None:
            return 0  # (no «و» or comma within a name's length: no list; «في بلدة …»: the type word reads the names)
        members: list[tuple[int, int, int]] = []
        known: list[bool] = []
        bases: dict[int, list[Place]] = {}  # a member read with an adjective after it: the places of its first words
        anchors = False  # a name that stands as a place on its own vouches for the list
        k = start
        located = False  # the member just read was located by a direction and the name after it («X شرقي Y»)
        while k < limit:
            gap = self._gap(k) if members else ""
            if gap not in ("", ",", "،"):
                break
            name = None
            if located:
                located = False
                name = self._name_at(k, limit)  # «… وX شرقي Y وZ …»: the name the direction refers to
            elif members and self.g.and_words and self.tokens[k].text in self.g.and_words:
                k, gap = k + 1, gap or ","  # «… Y and Z»: «and» apart
                if k >= limit or self._gap(k):
                    break
            if members and not gap and self.tokens[k].text == self.g.list_and and k + 1 < limit \
                    and not self._gap(k + 1):
                k += 1  # «"X" و"Y"»: «و» apart, before a quoted name
                name = self._name_at(k, limit)
            elif members and not gap and self._and_around(k, limit):
                k += 1  # «… وX ومحيط Y وZ»: the surroundings of the next member, the list going on
                name = self._name_at(k, limit)
            elif members and self.g.starts_with_and(self.tokens[k].text):
                name = self._name_at(k, limit, strip_waw=True, after=gap)
            if name is None and (not members or gap):
                name = self._name_at(k, limit, clitics=not members, after=gap)
            if name is None or members and name[1] - name[0] == 1 and self._verb_homograph(
                    name[0], name[2], strip_article(self._text(name[2], name[1]))):
                break  # («في X وتدمر مواقعهم»: the list ends before the verb)
            anchor = self._free_standing_ok(name[0], name[2], name[1])
            if not self.capital and name[1] < limit and not self._gap(name[1]) and name[1] not in self.blocked \
                    and self.tokens[name[1]].text in self.g.name_adjectives and not (
                        self._direction_word(self.tokens[name[1]].text) and self._lookup(self._text(name[2], name[1]))):
                bases[name[0]] = self._lookup(self._text(name[2], name[1]))
                name = (name[0], name[1] + 1, name[2])  # «في X الشرقي وY البلد»: the adjective ends the name
                # (a known town with it is a place of its own, in the town's governorate, and still vouches for the
                # list; a direction after a known place is its side: «أبو الضهور الغربية»)
            anchors = anchors or anchor
            is_known = anchor or (bool(members) and self._known(self._text(name[2], name[1])))
            towards = self._direction_then_name(name[1], limit)
            if members and not is_known and (gap and "," not in self._separators(members) and not self.capital
                                             and not self._run_located_bare(k, limit)
                                             or not self._separated(name[1], limit) and not towards):
                break  # «بغداد، حسبما أفادت»: an unknown name after a comma, or one that no list
                # separator or list end follows, is no member
            members.append(name)
            known.append(is_known)
            k = name[1]
            if towards:
                k, located = towards, True
        while members and not known[-1] and not self._list_closes(k, limit):
            members.pop()
            known.pop()
            k = members[-1][1] if members else start
        if len(members) < 2 or not (anchors and any(known)) and not self._located_list(members, k, limit):
            return 0
        self._add_bare_list(members, bases, precision)
        return k

    def _add_bare_list(self, members: list[tuple[int, int, int]], bases: dict[int, list[Place]],
                       precision: int) -> None:
        """The mentions of a bare list's members (token start, token end, char start), each tied to the first; a
        name the gazetteer lacks is an area, placed in the one governorate of its first words' places if it has
        one («في X الشرقي»)."""
        head = None
        for s, e, c in members:
            kind = None if self._lookup(self._text(c, e)) else "area"
            m = self._add(s, e, c, kind, precision)
            m.list_head, head = head, head or m
            if m.place is None and len({p.admin1 for p in bases.get(s, ())}) == 1:
                m.admin1 = bases[s][0].admin1

    def _direction_then_name(self, k: int, limit: int) -> int:
        """«… وX جنوبي Y وZ …»: inside a list with no type word, a member may be placed by a
        direction and the name of a place beside it, known or not, and the list goes on after that name. Returns
        the token after the direction word(s) when token k opens a direction glued to a name that another member
        follows, else 0."""
        if self.capital or k >= limit or self._gap(k) or k in self.blocked \
                or not self.g.words.starts(self.tokens[k]):
            return 0
        w = self.g.words.match_at(self.tokens, k, limit)
        if w is None or w.char_start != self.tokens[k].start \
                or self.g.role_of(w.phrase) != "direction":
            return 0
        name = self._name_at(w.end, limit)
        if name is None or name[1] >= limit or not (self._gap(name[1]) in (",", "،") or not self._gap(name[1])
                                                    and self.g.starts_with_and(self.tokens[name[1]].text)):
            return 0  # (where the list ends after it, «X وY شرق دمشق» locates the list: `_located_list`)
        return w.end

    def _counted_list(self, k: int, limit: int, kind: str, precision: int) -> int:
        """«القرى الثلاث X وY وZ», «البلدات الأربع: X، Y، Z»: after a definite plural type word, the number that
        agrees with it (with the article too) opens the list of the names it counts. Returns the token after the
        list, or 0 when none follows."""
        if k + 1 >= limit or k in self.blocked or self._gap(k) or not self.g.has_article(self.tokens[k].text) \
                or parse_number(strip_article(self.tokens[k].text, self.g.clitics), self.doc.lang.code) is None:
            return 0
        before = len(self.mentions)
        end = self._after_type_word(k + 1, limit, kind, True, precision)
        return end if len(self.mentions) > before else 0

    def _run_located(self, end: int, limit: int, kind: str) -> bool:
        """Do names joined by «و» run from token `end` on to the words that locate them («… وY وZ بريف إدلب»)?"""
        k = end
        members = []
        while (nxt := self._next_member(k, limit, kind, False)) is not None and self._gap(nxt[0]) == "":
            members.append(nxt)
            k = self._name_end(nxt[1], limit, kind, self._known(self._text(nxt[2], nxt[1])))
        return k > end and self._closed_by_locator(members, k, limit)
        # («بلدة X ومنازل ومساجد بريف إدلب»: common nouns after the town, not more towns)

    def _run_located_bare(self, k: int, limit: int) -> bool:
        """Do names separated by commas or «و» run from token k on to the words that locate them («X، وY، وZ
        بريف إدلب»)? Then a comma inside them separates members of a list, not a new statement."""
        while k < limit and self._gap(k) in ("", ",", "،"):
            word = self.tokens[k].text
            name = self._name_at(k, limit, strip_waw=self.g.starts_with_and(word), after=",،")
            if name is None:
                break
            k = name[1]
        return self._locating_after(k, limit)

    def _and_around(self, k: int, limit: int) -> bool:
        """Is token k «و» glued to a word of surroundings («ومحيط», «وأطراف»), a name right after it?"""
        word = self.tokens[k].text
        return k + 1 < limit and not self._gap(k + 1) and k + 1 not in self.blocked \
            and self.g.starts_with_and(word) and not self.g.clitic_on_article(word) \
            and any(cut and key in self.g.around_keys for key, cut in candidate_keys(word, self.g.clitics))

    def _located_list(self, members: list[tuple[int, int, int]], k: int, limit: int) -> bool:
        """«على X وY وZ بريف إدلب», «في X وY شرق دمشق»: names no gazetteer knows, joined as a list after a
        locative and closed by the region or the known place that locates them, are a list of places (list
        homogeneity); not a list whose every name carries the article («المنازل والمحال بريف …»: common nouns),
        nor one where none does unless a name opens with the head of a place name («منزل ومسجد بريف …» are
        indefinite common nouns; «كفر سالم وبيت حمد وعين الزيتون» are villages)."""
        return not all(self._has_article(m) for m in members) and self._closed_by_locator(members, k, limit)

    def _closed_by_locator(self, members: list[tuple[int, int, int]], k: int, limit: int) -> bool:
        """Do the words from token k locate the names before them (`_locating_after`), names shaped as places'
        where they are not capitalised (`_name_shaped`)?"""
        return self._locating_after(k, limit) and (self.capital or self._name_shaped(members))

    def _has_article(self, member: tuple[int, int, int]) -> bool:
        s, _e, c = member
        return self.g.has_article(self.doc.text[c:self.tokens[s].end])

    def _name_shaped(self, members: list[tuple[int, int, int]]) -> bool:
        """Does one of these names look like a place's rather than a common noun's: the article with a bare name
        beside it, or a head only place names open with («تل صنوبر», «كفرزيبان»)? Indefinite common nouns
        («منزل ومسجد», «قافلة وشاحنات») have neither."""
        for s, e, c in members:
            first = self.doc.text[c:self.tokens[s].end]
            if self.g.has_article(first) or e - s > 1 and self.g.key(first) in self.g.compound_heads \
                    or self.g.glued_head(first) is not None:
                return True
        return False

    def _locating_after(self, k: int, limit: int) -> bool:
        """Does token k open the words that locate a place: a region or direction word (glued to a preposition or
        after a locative) and a place the gazetteer knows («بريف إدلب», «في ريف درعا», «شرق دمشق»), or a locative
        and a known place («في الغوطة الشرقية»)?"""
        if k + 1 < limit and self.tokens[k].text in self.g.locating_relatives and not self._gap(k + 1):
            k += 1  # «… الواقعة في ريف إدلب»
        if k < limit and self.tokens[k].text in self.g.locative:
            k += 1
        if k >= limit or self._gap(k) or k in self.blocked or self.g.starts_with_and(self.tokens[k].text) \
                and self.g.key(self.tokens[k].text) not in self.g.word_keys:
            return False  # («الباب وقراها ومدينة منبج»: «و» joins another place, it locates none; «وسط» is a word)
        w = self.g.words.match_at(self.tokens, k, limit) if self.g.words.starts(self.tokens[k]) else None
        if w is not None:
            role = self.g.role_of(w.phrase)
            if role not in _LOCATING_ROLES and not (
                    role == "type" and self.g.key(w.phrase) in self.g.locating_types):
                return False  # («قرب Y», «في محيط Y», «على أطراف Y»: near a known town, as «شرق Y» is)
            k = w.end
            if k >= limit or self._gap(k):
                return False
            w = self.g.words.match_at(self.tokens, k, limit) if role in ("region", "direction") \
                and self.g.words.starts(self.tokens[k]) else None
            if w is not None and self.g.key(w.phrase) in self.g.locating_types and w.end < limit \
                    and not self._gap(w.end):
                k = w.end  # «بريف محافظة إدلب»
        m = self.names.match_at(self.tokens, k, limit) if self.names.starts(self.tokens[k]) else None
        return m is not None and self._plausible_name(m) and any(
            not _weak(p) for p in self._lookup(self._text(m.char_start, m.end)))

    def _separator_ahead(self, start: int, end: int) -> bool:
        """Is a word glued to «و», or a comma, within the tokens start+1 .. end?"""
        text, tokens, conj = self.doc.text, self.tokens, self.g.list_and
        if end > start + 1:
            between = text[tokens[start].end:tokens[end - 1].start]
            if "," in between or "،" in between:
                return True
        if self.g.and_words:
            return any(tokens[k].text in self.g.and_words for k in range(start + 1, end))
        return any(tokens[k].text.startswith(conj) for k in range(start + 1, end))

    def _separators(self, members: list[tuple[int, int, int]]) -> str:
        return "".join("," if self._gap(s) else "" for s, _e, _c in members[1:])

    def _separated(self, k: int, limit: int) -> bool:
        """Does another member or the list's end follow token k?"""
        return k >= limit or self._gap(k) != "" or self.g.starts_with_and(self.tokens[k].text) \
            or self.tokens[k].text in self.g.and_words or self._list_closes(k, limit)

    def _list_closes(self, k: int, limit: int) -> bool:
        """A list of names no type word introduced ends at punctuation, at the sentence's end, or where a place
        word or a locating word says where its places are («… والتح بريف إدلب», «… الواقعة في»)."""
        if k >= limit or self._gap(k).strip("\"'"):
            return True
        if k in self._date_spans:
            return True  # «… X and Y on Monday»: the day told after the list
        word = self.tokens[k].text
        if self.g.words.starts(self.tokens[k]) and self.g.words.match_at(self.tokens, k, limit) is not None:
            return True
        if word in self.g.locating_gap and word not in self.g.locative:
            return True
        return word in self.g.locative and k + 1 < limit and self.g.words.starts(self.tokens[k + 1]) \
            and self.g.words.match_at(self.tokens, k + 1, limit) is not None

    def _place_list_members(self) -> None:
        """A name of a list that no gazetteer knows lies in the governorate of the list's known places, when they
        agree on one («على صهيان وبابولين وحاس»: all in Idlib)."""
        lists: dict[int, list[PlaceMention]] = {}
        for m in self.mentions:
            if m.list_head is not None:
                lists.setdefault(id(m.list_head), [m.list_head]).append(m)
        for members in lists.values():
            governorates = {m.admin1 for m in members if m.place is not None and m.admin1
                            and (m.fixed or len({p.admin1 for p in m.candidates}) == 1)}
            if any(m.candidates and not m.fixed and not governorates & {p.admin1 for p in m.candidates}
                   for m in members):
                continue  # «بالرقة والموصل وتلعفر»: a list that crosses a border
            if len(governorates) == 1:
                admin1 = governorates.pop()
                for m in members:
                    if m.place is None and m.admin1 is None and not m.candidates:
                        m.admin1 = admin1

    def _facility_tail(self, end: int, limit: int) -> int:
        """«مطار حلب الدولي», «مطار أبو الظهور العسكري»: the adjectives after an airport's or a base's name."""
        k = end
        while k < limit and self._adjacent(self.tokens[k - 1], self.tokens[k]) \
                and self.tokens[k].text in self.g.facility_adjectives:
            k += 1
        return k - end

    def _definite(self, m) -> bool:
        """Does the matched word carry the article, glued after «ل» too («للبلدة»)? Where names are capitalised and
        the article is a word of its own: «the town» with no name after it points back («the village hosting …»;
        «the village of Qatrah» names one)."""
        if self.g.capitalised:
            before = self.tokens[m.start - 1].text if m.start > 0 else ""
            named = m.end < len(self.tokens) and self._opens_capitalised(m.end) and not self._gap(m.end)
            return before in self.g.definite_words and not named
        token = self.tokens[m.start]
        lam_article = self.g.clitics.article_after_lam
        glued = token.text[1:] if self.g.has_conjunction(token.text) else token.text
        return self.g.has_article(self.doc.text[m.char_start:m.char_end]) or (
            bool(lam_article) and glued.startswith(lam_article) and m.char_start > token.start)

    def _text(self, char_start: int, tok_end: int) -> str:
        return self.doc.text[char_start:self.tokens[tok_end - 1].end]

    def _name_end(self, end: int, limit: int, kind: str, known: bool, front: bool = False) -> int:
        """«قرية أم الجلود الصغرى», «الغارية الغربية»: an adjective after a village's name is part of it; so is
        a bare direction that no place follows («قرى كاجو شرقي وتل عطاش»; «شرقي معرشورين» locates instead)."""
        if end >= limit or end in self.blocked or not self._adjacent(self.tokens[end - 1], self.tokens[end]) \
                or kind not in ("village", "town", "neighbourhood", "area", "region", "district", "subdistrict"):
            return end  # («قضاء المجر الكبير», «ناحية X الجديدة»: a district's name too)
        word = self.tokens[end].text
        if self.capital and self.capital[end] and kind in ("village", "town") and self._name_like(word, end) \
                and not self._starts_other_thing(end, opening=False) and word not in self.g.name_adjectives \
                and self.names.match_at(self.tokens, end, limit) is None and not self.g.words.starts(self.tokens[end]):
            # «the village of Qara Salim»: a capitalised word right after the name goes on with it (the gazetteer's
            # «Qara» is another place), unless it opens a place or a place word of its own
            run = self._capitalised_name(end, limit)
            if run is not None:
                return run[1]
        if kind == "region" and self._direction_word(word):
            return end  # «بادية حمص الشرقية»: the region's side (the adjective agrees with «بادية»), not the name's
        if word in self.g.name_adjectives and not (known and front and self._direction_word(word)):
            return end + 1  # («محاور أبو الضهور الغربية»: the western front of a known town; «منطقة الزاب الأسفل» is
            # the Lower Zab, «قريتي X الشرقية وY» names a village of its own beside X)
        if not known and word in self.g.direction_suffixes and (
                end + 1 >= limit or self._gap(end + 1) or self.g.starts_with_and(self.tokens[end + 1].text)
                or self.tokens[end + 1].text in self.g.locative or self._glued_place_word(self.tokens[end + 1].text)):
            return end + 1  # («قرية الإمام غربي في قضاء مخمور», «… غربي بريف X»: no place follows the direction)
        return end

    def _glued_place_word(self, word: str) -> bool:
        """«بريف», «بمنطقة»: a place word with a preposition glued to it."""
        return any(cut and key in self.g.word_keys and any(c in self.g.clitics.prepositions for c in word[:cut])
                   for key, cut in candidate_keys(word, self.g.clitics))

    def _skip_list_opener(self, j: int, limit: int) -> tuple[int, str]:
        """«عدة قرى وهي: X وY», «أحياء : X، Y», «7 مناطق، أبرزها X»: where a list's first name starts, and the
        punctuation allowed before it."""
        k = j
        if k < limit and k > 0 and self._gap(k).strip(",،:") == "" and self.tokens[k].text in self.g.list_openers:
            k += 1
            word = self.g.words.match_at(self.tokens, k, limit) if k < limit and self._gap(k) == "" \
                and self.g.words.starts(self.tokens[k]) else None
            if word is not None and self.g.key(word.phrase) in self.g.dropped_types and not self._definite(word) \
                    and word.end < limit and self._gap(word.end) == "":
                return word.end, ":،"  # «أحياء أبرزها حي X وY وZ»: the type word of the first name is the list's
        if k < limit and k > 0 and self._gap(k) in (":", "،:", ":،") or (
                j < k < len(self.tokens) and self._gap(k) == ""):  # (a list opener the text's last word: no list)
            return k, ":،"
        if k == j and k < limit and k > 0 and self._gap(k) == ":":
            return k, ":"
        return j, ""

    def _next_member(self, end: int, limit: int, kind: str, is_list: bool) -> tuple[int, int, int] | None:
        """The next name of a list: joined by «و», or, in a list after a plural, by a comma (with or without «و»)."""
        if end >= limit:
            return None
        gap = self._gap(end)
        if self.g.and_words:  # «villages of X, Y and Z»: «and» is a word of its own
            nxt = self._list_separator(end, limit)
            if nxt is None or (gap and not is_list):
                return None
            return self._name_at(nxt, limit, kind=kind, after=self._gap(nxt) or gap)
        if self.tokens[end].text == self.g.list_and and (gap == "" or is_list and gap in (",", "،")) \
                and end + 1 < limit and not self._gap(end + 1):
            return self._name_at(end + 1, limit, kind=kind)  # «قرى "X" و"Y"»: «و» apart, before a quoted name
        if gap == "":
            return self._name_at(end, limit, strip_waw=True, kind=kind)
        if not is_list or gap not in (",", "،"):
            return None
        if self.g.starts_with_and(self.tokens[end].text):
            found = self._name_at(end, limit, strip_waw=True, kind=kind, after=gap)
            if found is not None:
                return found
        return self._name_at(end, limit, kind=kind, after=gap)

    def _punctuation_after(self, k: int) -> bool:
        return k >= len(self.tokens) or self._gap(k) != ""

    def _member_ends(self, k: int, limit: int) -> bool:
        """Does a list member end before token k? Lists of places end at punctuation, at the sentence's end, at
        the next member («و…»), or at a word that cannot continue a name («في ريف», «بعد», «التي»)."""
        if k >= limit or self._gap(k):
            return True
        word = self.tokens[k].text
        if self.g.starts_with_and(word) or self._starts_other_thing(k) or k in self.blocked:
            return True
        return not self._name_like(word, k)

    def _after_region_word(self, j: int, limit: int, role: str, region_word_start: int | None = None,
                           region_char_start: int = 0, several: bool = False) -> int:
        """Names after «ريف», «شرق» …; after a dual or plural («ريفي دمشق ودرعا», «أرياف حماة وحلب») each name
        joined by «و» is a countryside of its own."""
        end = self._region_name(j, limit, role, region_word_start, region_char_start, several)
        while several and end > j and end < limit and self._gap(end) == "":
            nxt = self._name_at(end, limit, strip_waw=True)
            if nxt is None or not self.gaz.governorate_by_name(self._text(nxt[2], nxt[1])):
                break
            end = self._region_name(end, limit, role, None, 0, several, strip_waw=True)
        return end

    def _region_name(self, j: int, limit: int, role: str, region_word_start: int | None, region_char_start: int,
                     several: bool, strip_waw: bool = False) -> int:
        typed = False
        g = self.g
        if j + 1 < limit and self.capital and self.tokens[j].text in g.definite_words \
                and (w := g.words.match_at(self.tokens, j + 1, limit)) is not None \
                and g.role_of(w.phrase) == "type" and not self._definite(w):
            j += 1  # «the western outskirts of the town of Manbij»: «the» before the town's type word
        while j < limit and (w := g.words.match_at(self.tokens, j, limit)) is not None and \
                g.role_of(w.phrase) in ("direction", "type") and \
                not g.starts_with_and(self.tokens[j].text):
            typed = typed or g.role_of(w.phrase) == "type"
            if typed and self._definite(w):
                return w.end  # «المناطق الشرقية للبلدة»: the town named before
            j = w.end  # «بالريف الشرقي لدير الزور», «الريف الشمالي لمدينة الرقة»
        if role == "region" and j < limit and not self._gap(j) and self.tokens[j].text in g.nisba \
                and (gov := self.gaz.governorate(g.nisba[self.tokens[j].text])) is not None:
            m = self._add(j, j + 1, self.tokens[j].start, "governorate", 3, region=True)  # «في الريف الحموي»:
            m.place, m.admin1, m.name, m.candidates = gov, gov.admin1, gov.name_ar, [gov]  # Hama's countryside
            return self._past_directions(j + 1, limit)
        name = self._name_at(j, limit, clitics=True, strip_waw=strip_waw)
        if name is None:
            return j
        if not self._region_add(name, role, region_word_start, region_char_start, several, typed):
            return j
        return self._past_directions(name[1], limit)

    def _past_directions(self, end: int, limit: int) -> int:
        """The token after the direction words that follow a region's name («الريف الحموي الشمالي»), or `end`."""
        g = self.g
        while end < limit and (w := g.words.match_at(self.tokens, end, limit)) is not None and \
                g.role_of(w.phrase) == "direction":
            end = w.end
        return end

    def _region_add(self, name: tuple[int, int, int], role: str, region_word_start: int | None,
                    region_char_start: int, several: bool, typed: bool) -> bool:
        """The mention of a name after (or, in English, before) a region or direction word: a governorate, or a
        town's countryside at precision 2; False when the name is neither («شرق X» with X no governorate)."""
        g = self.g
        text = self.doc.text[name[2]:self.tokens[name[1] - 1].end]
        rural = self._lookup(g.countryside + " " + text) if role == "region" and g.countryside else []
        gov = self.gaz.governorate_by_name(text)
        if rural and rural[0].kind == "governorate":
            # «ريف دمشق» is a governorate of its own, Rural Damascus, not the countryside of the capital
            if several or region_word_start is None or not self._lookup(
                    self.doc.text[region_char_start:self.tokens[name[1] - 1].end]):
                # «ريفي دمشق ودرعا»: named «ريف دمشق»; «the countryside of Damascus»: named «Rural Damascus»
                self._add(name[0], name[1], name[2], "governorate", 3, region=True, prefix=g.countryside)
            else:
                self._add(region_word_start, name[1], region_char_start, "governorate", 3, region=True)
        elif gov is not None:
            self._add(name[0], name[1], name[2], "governorate", 3, region=True)
        elif role == "region":
            # «ريف البوكمال»: the town's countryside, at precision 2; right after a village it only locates it
            self._add(name[0], name[1], name[2], None, 2).region = True
        elif typed:
            self._add(name[0], name[1], name[2], None, 2)  # «غرب مدينة جاسم»: near the town
        else:
            return False
        return True

    def _written_end(self, end: int) -> int:
        """Where the name that ends with token end-1 ends: «Kirkuk's Hawija district» names «Kirkuk»."""
        char_end, possessive = self.tokens[end - 1].end, self.g.clitics.possessive
        if possessive and self.doc.text.endswith(possessive, self.tokens[end - 1].start, char_end):
            return char_end - len(possessive)
        return char_end

    def _free_standing_ok(self, start: int, char_start: int, end: int) -> bool:
        text = self.doc.text[char_start:self._written_end(end)]
        key = strip_article(text)
        if key in self.g.needs_type_word or key in self.g.stopwords:
            return False  # «الباب», «على», «تشرين»: common words before they are places
        places = [p for p in self._lookup(text) if p.kind != "country"]
        if not places or (self.capital and not self._opens_capitalised(start)):
            return False  # (English: «homs» in lower case is no place; «al-Atareb», the article glued, is)
        place = places[0]
        if end - start == 1 and self._verb_homograph(start, char_start, key):
            return False  # «وتدمر مخازن أسلحة»: «and destroys», not Palmyra
        if place.source == "rasid" and (place.kind not in FREE_KINDS or self.capital) \
                and self.gaz is not Gazetteer.builtin() and (not self.capital or start > 0 and self.tokens[start - 1].text in self.g.definite_words) \
                and not any(Gazetteer.builtin().lookup(v) for v in [text, *self.g.variants(text)]):
            return False  # a spelling an import added to a built-in town («الأشارة» for «العشارة») is taken
            # after a type word only, as imported names are: «بالإشارة إلى» is «referring to»; in English, where
            # names are capitalised, it stands free but after «the» («the Raqqa military council»)
        if _major(place):
            return True  # «حلب», «حمص», «الرقة»: short, but cities first
        if end - start == 1 and len(key) <= 3:
            return False  # a short village name is a common word as often as not
        if place.source != "rasid":
            return False  # an imported village is taken after «قرية», «بلدة» … only: thousands are common words
        if self.capital:
            return True  # English: a capitalised name of the built-in gazetteer is a place («shelled Morek»)
        previous = self.tokens[start - 1] if start > 0 else None
        return char_start > self.tokens[start].start or start in self._after_trigger or previous is not None and (
            previous.text in self.g.locative or any(key in self.g.around_keys or key in self.g.base_openers
                                                    and place.kind in _BASE_KINDS for key, _ in previous.keys))

    def _verb_homograph(self, start: int, char_start: int, key: str) -> bool:
        """Is the one-word name a verb it is spelt like (place_roles.tsv verb_homograph), glued to «و» and followed by
        a word that is no preposition, place word, direction or next item of a list («وتدمر أوكارهم»)?"""
        if self.g.key(key) not in self.g.verb_homographs or char_start <= self.tokens[start].start:
            return False
        if start + 1 >= len(self.tokens) or self.doc.text[self.tokens[start].end:self.tokens[start + 1].start].strip():
            return False  # the last word, or punctuation after it: a list's end («السخنة وتدمر.»)
        nxt = self.tokens[start + 1]
        keys = set(nxt.key_names)
        return not (nxt.text[:1] in self.g.and_words or self.g.starts_with_and(nxt.text) or nxt.text in self.g.locative
                    or keys & self.g.word_keys or keys & self.g.directions or keys & self.g.stopwords
                    or self._lookup(nxt.text))

    def _last_of_kind(self, kind: str) -> PlaceMention | None:
        for m in reversed(self.mentions):
            if not m.region and (m.kind == kind or (kind in _TOWN_KINDS and m.kind in _TOWN_KINDS)):
                return m
        for m in reversed(self.mentions) if kind == "city" else ():
            if m.region and any(c.kind == "city" for c in m.candidates) and not written_as_region(self.doc, m):
                return m  # («حلب – سانا: … في المدينة»: no city named before; a governorate named alone, its city)
        return None

    def _conjunction_only(self, gap: str) -> bool:
        words = _gap_words(gap)
        return bool(words) and all(w in self.g.joining_words for w in words)

    def _locating_words(self, gap: str) -> bool:
        """Only «في», «ب»+place word, «ريف», directions… between a place and the region that locates it."""
        for word in _gap_words(gap):
            if word not in self.g.locating_gap and not any(key in self.g.word_keys for key, _ in candidate_keys(word)) \
                    and word not in self.g.clitics.prepositions:
                return False  # (a preposition glued to a region named with its countryside: «بريف دمشق»)
        return True

    def _description(self, words: list[str]) -> int:
        """How many of a gap's words say what the place before is («ذي الأغلبية الكردية», «ذات الغالبية السكانية
        العربية»: place_roles.tsv, description_opener, and the words after it) before the words that locate it (a
        locating link, a relative or a place word: «في مدينة», «بريف», «التابعة»): their count, or 0."""
        g = self.g
        if len(words) < 3 or words[0] not in g.description_openers:
            return 0
        for k in range(2, min(len(words), 6)):
            w = words[k]
            if w in g.locating_links or w in g.locating_relatives or any(key in g.word_keys
                                                                         for key, _ in candidate_keys(w)):
                return k
        return 0

    def _locating_gap(self, gap: str) -> bool:
        """«بمدينة», «في مدينة», «غرب مدينة», «قرب» between a place and the town after it: that town locates it."""
        g = self.g
        words = [w for w in _gap_words(gap) if w not in g.definite_words  # «in the town of»: «the» says nothing
                 and w not in g.place_adjectives]  # (nor «coastal» in «near the coastal town of»)
        if g.type_after and len(words) > 1 and g.role_of(words[0]) in ("type", "list"):
            words = words[1:]  # «X village in the east of Raqqa»: the type word is the name's
            if len(words) == 1 and words[0] in g.locating_links:
                return True  # «X village in Jabal al-Akrad»: the place after the typed name holds it
        if self.capital and len(words) == 3 and words[0] in g.locating_links and self._direction_word(words[1]) \
                and words[2] in g.locating_links:
            return True  # «in the northwest of Manbij»: the town is a point of reference
        words = words[self._description(words):]  # «حي X ذي الغالبية التركمانية في مدينة Y»
        if len(words) > 1 and words[0] in g.locating_relatives:
            words = words[1:]  # «قرية X التابعة لقضاء Y», «الواقعة في ناحية Y»: «lying in», «belonging to» Y
        while len(words) > 1 and words[-1] in g.locating_links and g.key(words[-2]) in g.locating_types:
            words.pop()  # «in the town of Y»: «of» joins the type word to the name
        if len(words) == 2 and words[-1] in g.locating_links and self._direction_word(words[0]):
            return True  # «Minaz, west of Kobani»: the direction's «of» says the town after it locates the place
        if len(words) == 1 and self._near_word(words[0]):
            return True
        if 1 <= len(words) <= 2 and all(self._direction_word(w) for w in words):
            return True  # «X شمال غربي الرقة»: the town is a point of reference
        if self.capital and len(words) == 2 and words[0] in g.locating_links and self._direction_word(words[1]):
            return True  # «the village of X in northern Manbij»: the part of the town's land it lies in
        if len(words) >= 2 and (words[0] in g.locating_links or words[0] in g.locative) \
                and self._around_word(words[1]):
            words = words[1:]  # «الواقعة في محيط مدينة Y», «في ضواحي بلدة Y»: around the town, near it
            if len(words) == 1 and not self.g.starts_with_and(words[0]):
                return True  # «قرية X على أطراف Y», «في محيط Y»
        if len(words) >= 2 and (self._near_word(words[0]) or self._around_word(words[0])
                                and not self.g.starts_with_and(words[0])):  # («X ومحيط بلدة Y»: a second place)
            rest = words[1:] if words[1] not in g.locating_links and words[1] not in g.locating_gap \
                and words[1] not in g.clitics.prepositions else words[2:]  # («المحاذية لY»: the «ل» of Y's word)
            return not rest or len(rest) == 1 and (g.key(rest[0]) in g.locating_types or rest[0][:1] in
                                                   g.clitics.prepositions and g.key(rest[0][1:]) in g.locating_types)
            # («بالقرب من قرية», «قرب قضاء», «المتاخمة لمدينة»)
        if not words or len(words) > 2:
            return False
        last = words[-1]
        if g.key(last) not in g.locating_types and not (
                len(words) == 1 and last[:1] in g.clitics.prepositions and g.key(last[1:]) in g.locating_types):
            return False  # (one word may carry a preposition: «بمدينة»)
        return len(words) == 1 or words[0] in g.locating_links or self._direction_word(words[0])

    def _near_gap(self, gap: str) -> bool:
        """«منطقة X قرب بلدة Y»: the words between say X lies near Y, not in it (X is a place of its own)."""
        words = _gap_words(gap)
        return bool(words) and self._near_word(words[0])

    def _around_word(self, word: str) -> bool:
        """«محيط», «ضواحي», «أطراف»: the surroundings of the place after it."""
        return any(key in self.g.around_keys for key, _ in candidate_keys(word, self.g.clitics))

    def _near_word(self, word: str) -> bool:
        """«قرب», «بالقرب», «القريبة», «near»."""
        return word in self.g.near or any(key in self.g.near for key, _ in candidate_keys(word, self.g.clitics))

    def _direction_word(self, word: str) -> bool:
        return any(key in self.g.directions for key, _ in candidate_keys(word, self.g.clitics))

    def _inside_town(self, a: PlaceMention, b: PlaceMention, gap: str) -> bool:
        """«حي الخالدية في حلب», «قرية X في منبج»: a quarter or village «in» a town lies in that town."""
        words = _gap_words(gap)
        if self.g.type_after and len(words) == 2 and self.g.role_of(words[0]) == "type":
            words = words[1:]  # «the al-Wusta district in Qamishli»: the type word after the name is the name's
        linked = len(words) == 1 and (words[0] in self.g.locating_links or words[0] in self.g.clitics.prepositions)
        if linked and b.place is not None and b.place.kind == "neighbourhood" and a.kind == "neighbourhood":
            return True  # «حي X في الساحل الأيسر», «حي Y بالكرخ»: a quarter in a part of the city the
            # gazetteer knows (a namesake quarter of another city is not it)
        return linked and b.place is not None \
            and b.place.kind in ("city", "town") and (a.place is None or a.place.kind not in ("city", "town")
                                                      or a.kind in ("neighbourhood", "village", "area"))

    def _cities_in_lists(self) -> None:
        """«في درعا ودوما وحمص والقامشلي»: a governorate's bare name joined to towns by «و» is its city."""
        pairs = list(zip(self.mentions, self.mentions[1:]))
        joined: dict[int, bool] = {}  # pair → only a conjunction between them (read once: the loop goes round again)
        changed = True
        while changed:
            changed = False
            for n, (a, b) in enumerate(pairs):
                if a.region == b.region:
                    continue
                if n not in joined:
                    joined[n] = self._conjunction_only(self.doc.text[a.end:b.start])
                if not joined[n]:
                    continue
                g = b if b.region else a
                city = next((c for c in g.candidates if c.kind == "city"), None)
                if city is not None and not written_as_region(self.doc, g) and not g.anaphor:
                    g.place, g.region, g.kind, g.precision = city, False, "city", 1
                    changed = True

    def _mark_aliases(self) -> None:
        """«عين العرب (كوباني)», «Ayn al-Arab (Kobani)»: the other name of a place, in brackets right after it, is
        that place again and plays its part (a town that only locates another does not become an event place)."""
        for a, b in zip(self.mentions, self.mentions[1:]):
            same = b.place == a.place or b.place is None and (not b.candidates or a.place in b.candidates)
            if a.place is not None and same \
                    and self.doc.text[a.end:b.start].strip() == "(" \
                    and self.doc.text[b.end:b.end + 3].strip().startswith(")"):
                b.context, b.located_by, b.region = a.context, a.located_by, a.region
                b.place, b.admin1, b.candidates = a.place, a.admin1, a.candidates  # a name the gazetteer lacks

    def _mark_context(self) -> None:
        """A region, or a town introduced by «بمدينة»/«غرب مدينة», right after a place only says where it is."""
        self._cities_in_lists()
        pairs = list(zip(self.mentions, self.mentions[1:]))
        members = self._list_members()
        yielded: set[int] = set()  # ids of the mentions made context because the place after them is the one to code
        stops = [m.start() for m in _SENTENCE_STOPS.finditer(self.doc.text)]  # (found once, not in every gap)
        for a, b in reversed(pairs):  # «X قرب Y بريف Z»: Y is located before it locates X
            gap = self.doc.text[a.end:b.start]
            k = bisect.bisect_left(stops, a.end)
            if k < len(stops) and stops[k] < b.start:
                continue  # (a sentence ends between them: neither says where the other is)
            if a.region and b.region and not a.context and a.place is not None and a.place.kind == "governorate" \
                    and b.place is not None and b.place.kind not in _SETTLEMENT_KINDS | {"governorate"} \
                    and b.admin1 == a.admin1 and self._near_gap(gap) and len(_gap_words(gap)) <= 2:
                b.context = True  # «في محافظة X قرب جبل Y»: the landmark near the governorate only
                continue  # says where in it; the governorate named is the place
            if a.region and not (a.place and (a.place.kind == "region" or a.place.kind in _SETTLEMENT_KINDS)):
                continue  # (a town's countryside, «the Manbij countryside in the east of Aleppo», is located)
            words = _gap_words(gap)  # (split once: the gap between two mentions may be paragraphs long)
            far = self._distance_phrase(words)
            if far is not None:  # «X التي تبعد (40 كم) جنوب الموصل»: a point of reference
                self._locate_at_distance(a, b, gap, far)
                continue
            if b.tok_start - a.tok_end - self._description(words) - (words[:1] != [] and words[0] in
                                                                      self.g.locating_relatives) > self.g.locating_reach:
                # («X الواقعة في ضواحي حمص»: the relative only opens the words that locate it)
                continue
            if b.list_head is None and self._road_between(a, gap):
                b.context = True  # «على طريق حلب – غازي عنتاب»: the road's second town says where it runs
                continue
            if self._coordinated(b):
                continue  # «حلب في الشمال وحماة في الوسط»: «و» joins a second place, it locates nothing
            if not b.region and self._near_gap(gap) and self._road_end(a):
                a.context = self._road_start(a).context = True  # «على الطريق بين تدمر ودير الزور قرب منطقة الشولا»: the
                b.precision = max(b.precision, 2)  # place the road passes near is the most specific one named; the
                if b.admin1 is None:
                    self._locate(b, self._road_start(a), near=True)
                continue  # road's two ends only say where it runs
            if not b.region and not self._locating_gap(gap) and not self._inside_town(a, b, gap):
                continue
            if a.place is not None and a.place.kind in ("city", "town") and a.kind != "neighbourhood" \
                    and len(words) == 1 and self.g.key(words[0]) in self.g.locating_types:
                continue  # «قصفت … المتمركزة في مورك بلدة اللطامنة»: a bare type word after a town opens the next
                # place, the verb's object; a town does not lie in another («بمدينة Y» would say so)
            if b.region and not self._locating_words(gap):
                continue  # «X ومناطق عدة في ريف حمص»: the region locates the other places, not X
            if b.region and self._conjunction_only(gap) and not written_as_region(self.doc, b):
                continue  # «في حماة ومنبج وطرطوس»: a bare governorate's name in a list is its city
            if self._spot_in_town(a, b, gap, words):
                a.context = True  # «منطقة الملعب في بلدة X», «طريق Y في بلدة X»: the town is
                yielded.add(id(a))  # the place to code (one the gazetteer lacks too, when a type word says it is one)
                continue
            if a.place is not None and a.place.kind == "region" and b.place is not None \
                    and b.place.kind in _SETTLEMENT_KINDS | _SEAT_NAMED_KINDS and self._near_gap(gap):
                yielded.add(id(a))
                a.context = True  # «في صحراء الأنبار قرب قضاء الرطبة»: the town near which it happened is the most
                b.precision = max(b.precision, 2)  # specific place named; the desert only says where that is
                continue
            b.context = True
            if self._directed(gap):
                self._locate(a, b, near=True)  # «عين ترما شرق دمشق»: near Damascus, not in it
                continue
            head = a.list_head or a
            around = any(self._around_word(w) for w in words)
            for m in [a, head] + members.get(id(head), []):
                if m.located_by is None and (not m.region or m.place is not None and m.place.kind == "region"):
                    self._locate(m, b)  # «قرى X وY وZ بريف منبج»: the region locates every name of the list
                    if around:
                        self._outside_city(m, b)  # «في ضواحي دمشق», «في محيط دمشق»
        self._mark_near_after_located(pairs, yielded)

    def _list_members(self) -> dict[int, list[PlaceMention]]:
        """The id of each list's first name → the other names of the list."""
        members: dict[int, list[PlaceMention]] = {}
        for m in self.mentions:
            if m.list_head is not None:
                members.setdefault(id(m.list_head), []).append(m)
        return members

    def _locate_at_distance(self, a: PlaceMention, b: PlaceMention, gap: str, far: str) -> None:
        """«X, 40 km south of Y»: Y, after a distance and at most two direction words, is a point of reference;
        X is located by it when it lies near (_NEAR_KM) and the gazetteer does not already fix where X is."""
        if len(_gap_words(far)) <= 2 and all(self._direction_word(w) for w in _gap_words(far)):
            b.context = True
            if (a.place is None and a.admin1 is None or a.place is not None and not a.fixed) \
                    and self._distance_km(gap) <= _NEAR_KM:
                self._locate(a, b, near=True)  # (a place the gazetteer knows is kept where it lies that near; a
                # namesake far away is not it: a place some kilometres from a town is not the quarter of the same
                # name in a city elsewhere)

    def _spot_in_town(self, a: PlaceMention, b: PlaceMention, gap: str, words: list[str]) -> bool:
        """Is a the spot (an area named with the article, a facility) in town b, so that the town is the place to
        code? Not a spot on the town's outskirts («قلعة X بأطراف مدينة Y»: the spot is the place to code)."""
        if b.region or not self._unplaced(a, b):
            return False
        if a.kind == "area":
            return (b.place is not None or b.kind in _TOWN_KINDS and self._typed(b)) \
                and not self._quoted(a) and self.g.has_article(a.name) and not self._outside_gap(words) \
                and not self.capital \
                and not self._directed(gap) and not self._near_gap(gap)  # (a capitalised name is a proper one)
        return a.kind in _FACILITY_KINDS and b.kind in _SETTLEMENT_KINDS \
            and (a.kind not in _NAMED_SPOTS or self._directed(gap)) \
            and not any(self._around_word(w) and not self._near_word(w) for w in words)

    def _mark_near_after_located(self, pairs: list[tuple[PlaceMention, PlaceMention]], yielded: set[int]) -> None:
        """«قرية X الواقعة في ريف Y بالقرب من جبل Z»: a place right after a located one, with «near» between
        them, also only says where the first is (not where a road or a spot that gave way to a town runs: «on the
        Aleppo-Homs highway near Rastan»)."""
        for a, b in pairs:
            if a.context and id(a) not in yielded and not b.context and not b.region and b.tok_start - a.tok_end <= 4 \
                    and self._near_words(a, b):
                b.context = True

    def _unplaced(self, a: PlaceMention, b: PlaceMention) -> bool:
        """Is a, named before b, a place the gazetteers do not know, or know only as imported villages of other
        governorates than b's («منطقة X في بلدة Y» where X is a village of that name elsewhere)?"""
        return a.place is None or _weak(a.place) and b.admin1 is not None \
            and not any(p.admin1 == b.admin1 for p in a.candidates)

    def _outside_gap(self, words: list[str]) -> bool:
        """«منطقة X ببادية Y»: a word of the surroundings between two places puts the first outside the second."""
        return any(key in self.g.surroundings_keys for w in words for key, _ in candidate_keys(w, self.g.clitics))

    def _typed(self, m: PlaceMention) -> bool:
        """Was the mention read after a settlement's type word («بلدة X»), so that a town the gazetteer lacks is
        still known to be a town?"""
        k = m.tok_start
        w = self.g.words.match_at(self.tokens, k - 1) if k > 0 and self.g.words.starts(self.tokens[k - 1]) else None
        return w is not None and w.end == k and self.g.role_of(w.phrase) == "type"

    def _road_start(self, a: PlaceMention) -> PlaceMention:
        """The mention right before a (the first end of the stretch a closes), or a itself."""
        k = next((n for n, m in enumerate(self.mentions) if m is a), 0)
        return self.mentions[k - 1] if k > 0 else a

    def _road_end(self, a: PlaceMention) -> bool:
        """Is a the second end of a stretch: «بين X وY» or «طريق X – Y», the first end still an event place?"""
        first = self._road_start(a)
        if first is a or first.context or first.region:
            return False
        gap = self.doc.text[first.end:a.start]
        k = first.tok_start
        if k > 0 and self.g.role_of(self.g.key(self.tokens[k - 1].text)) == "list":
            k -= 1  # «بين بلدتي X وY»
        return self._between(k) and (self._conjunction_only(gap) or not gap.strip()) \
            or self._road_between(first, gap)  # («بين تدمر ودير الزور»: «و» glued to the second name)

    def _road_between(self, a: PlaceMention, gap: str) -> bool:
        """Is the gap after a place only a dash (and a type word), the place being the first town of a road named by
        the two it joins («طريق القامشلي – المالكية», «طريق قرية X – بلدة Y»)?"""
        words = gap.replace("–", " - ").split()
        if "-" not in words or any(w != "-" and self.g.key(w) not in self.g.word_keys for w in words):
            return False
        road = False
        for k in range(max(0, a.tok_start - 2), a.tok_start):
            w = self.g.words.match_at(self.tokens, k)
            role, kind, _ = self.g.entry_of(w.phrase) if w is not None else _NO_WORD_ENTRY
            if role == "list":
                return False  # «طريق مدينتي حماة – السلمية»: the two towns the road joins, both named as places
            road = road or kind == "road"
        return road

    def _distance_phrase(self, words: list[str], most: int = 9) -> str | None:
        """The gap's words (`_gap_words`) without those of a distance («التي تبعد (30 كم)», «على بعد 12 كيلومترا»)
        when it holds one: a place a distance away in a direction is a point of reference; None when there is no
        distance."""
        if not words or len(words) > most or not any(w in self.g.distance_units for w in words):
            return None
        kept = [w for w in words if not (w.isdigit() or w in self.g.distance_words or w in self.g.distance_units
                                         or w in self.g.locating_relatives)]  # («الواقعة على بعد 5 كم جنوب Y»)
        return " " + " ".join(kept) + " "  # (nothing kept: «X التي تبعد 20 كم عن Y», Y the point of reference)

    @staticmethod
    def _distance_km(gap: str) -> float:
        """The greatest number in a distance phrase (the kilometres it says)."""
        return max((float(w) for w in _gap_words(gap) if w.isdigit()), default=0.0)

    def _coordinated(self, m: PlaceMention) -> bool:
        """Is the mention's first word glued to the conjunction that joins the names of a list («ودرعا»)?"""
        token = self.tokens[m.tok_start]
        return token.start < m.start and self.g.starts_with_and(token.text) and not self.capital

    def _quoted(self, m: PlaceMention) -> bool:
        """«منطقة "كده"»: a name in quotes is a proper name, not a common noun («منطقة المستوصف»)."""
        return '"' in self.doc.text[max(0, m.start - 2):m.start]

    def _near_words(self, a: PlaceMention, b: PlaceMention) -> bool:
        """Is there nothing between a and b but «قرب», «بالقرب من» (a word for the surroundings), maybe after the
        direction that ends a's countryside («… بريف الحسكة الشرقي بالقرب من …»)?"""
        k = a.tok_end
        while k < b.tok_start and any(key in self.g.directions for key in self.tokens[k].key_names):
            k += 1
        if k >= b.tok_start or any(c in self.doc.text[a.end:b.start] for c in ".،,؛:"):
            return False
        m = self.g.words.match_at(self.tokens, k, b.tok_start)
        return m is not None and self.doc.text[self.tokens[m.end - 1].end:b.start].strip() == "" \
            and self.g.role_of(m.phrase) == "around"

    def _directed(self, gap: str) -> bool:
        """«شرق», «جنوب غربي» between two places: the second is a point of reference, not the area holding the first."""
        words = _gap_words(gap)
        return bool(words) and self._direction_word(words[0]) \
            and not any(self.g.key(w) == self.g.countryside for w in words)

    @staticmethod
    def _locate(a: PlaceMention, b: PlaceMention, near: bool = False) -> None:
        """The place b, named right after a, says where a is; `near`: only that a lies near b."""
        a.located_by = b
        if near and a.place is not None and b.place is not None and not _weak(b.place):
            towns = [p for p in b.candidates if p.kind != "governorate" and p.admin1 == b.place.admin1] \
                if b.place.kind == "governorate" else []  # «تلبيسة شمالي حمص»: near the city, though far from the
            centres = [(p.latitude, p.longitude) for p in [b.place] + towns[:1]  # governorate's middle in the desert
                       if p.latitude is not None] or [None]

            def far(p: Place) -> bool:
                return min(_distance(p, centre) for centre in centres) > _NEAR_KM

            if far(a.place) and b.place.kind != "governorate" and not b.fixed:
                namesake = [p for p in b.candidates if p.latitude is not None and p.kind != "governorate"
                            and _distance(a.place, (p.latitude, p.longitude)) <= _NEAR_KM]
                if namesake:  # «خانصور شمال جبل سنجار»: the Sinjar near Khanasor, not the village of Idlib
                    b.place, b.admin1, b.fixed = namesake[0], namesake[0].admin1, True
                    return
            if far(a.place):  # «حي الجولان شمال غربي الفلوجة»: not the Golan Heights
                close = [p for p in a.candidates if p.latitude is not None and not far(p)]
                if not close:  # «Azaz, north of Aleppo», «Manbij, east of Aleppo»: a town of the reference's own
                    close = [p for p in a.candidates if p.latitude is not None and p.admin1 == b.place.admin1
                             and min(_distance(p, centre) for centre in centres) <= _NEAR_SAME_GOVERNORATE_KM]
                a.place = close[0] if close else None
                a.admin1 = a.place.admin1 if a.place is not None else b.admin1
                a.fixed = a.admin1 is not None
            return
        if near and a.place is not None or b.place is not None and _weak(b.place) and not b.fixed:
            return  # (an imported village of a common name is no reliable locator)
        if b.admin1:
            a.fixed = True  # the words around it say where it is; no report-wide vote overrides them
        if b.admin1 and a.place is not None and a.place.kind == "region":
            a.admin1, a.fixed = b.admin1, True  # «الحدود السورية التركية بريف الرقة»: the part of it in Raqqa
            return
        if b.admin1 and a.admin1 and {a.admin1, b.admin1} <= CAPITAL_AND_COUNTRYSIDE and a.place is not None:
            return  # «السيدة زينب في دمشق»: the capital's suburbs are «in Damascus» though in its countryside
        if b.admin1 and (a.admin1 is None or a.admin1 != b.admin1):
            better = [p for p in a.candidates if p.admin1 == b.admin1]
            if better:
                a.place = better[0]
            else:
                a.place = None  # «حي X في مدينة Y»: the gazetteer's X is a namesake elsewhere
            a.admin1 = b.admin1
        if near:
            _Finder._outside_city(a, b)

    @staticmethod
    def _outside_city(a: PlaceMention, b: PlaceMention) -> None:
        """«بلدة X جنوب غرب دمشق», «منطقة X في ضواحي دمشق»: a place (not a quarter) the gazetteer lacks that lies
        off or around a city that is a governorate alone is outside the city, in its countryside's governorate."""
        if a.place is None and a.admin1 in _COUNTRYSIDE_OF and a.kind not in _CITY_PARTS \
                and b.place is not None and b.place.kind in ("city", "governorate"):
            a.admin1 = _COUNTRYSIDE_OF[a.admin1]


_COUNTRY_CUE = "%"  # actors.tsv: a value naming a country's state, a cue and no actor (extraction/actors.py)
_NEAR_KM = 40.0  # how far a place «east of» a town may lie from it; a namesake further away is another place
_NEAR_SAME_GOVERNORATE_KM = 120.0  # the same for a place of the reference's governorate without a nearer namesake


_BASE_KINDS = frozenset({"base", "airport"})
# places at a point, named after the city they stand in (_prefer); not a road or a street, which is named after the
# city it leads to («طريق حمص» runs from elsewhere)
_POINT_KINDS = (_FACILITY_KINDS - {"road", "street"}) | _BASE_KINDS | {"camp", "crossing", "dam", "oilfield"}


@lru_cache(maxsize=16)
def _phrase_searches(phrases: tuple[str, ...]) -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]:
    """The strings `_mark_taken_to` looks for, built once: each phrase between spaces, and each phrase followed by
    a space (after a glued conjunction), with the length that reaches past them."""
    return (tuple((" " + w + " ", len(w) + 2) for w in phrases), tuple((w + " ", len(w) + 1) for w in phrases))


def _holds_any(text: str, phrases: tuple[str, ...]) -> bool:
    """Does the text hold one of the phrases? Most of them share the words after their first («نقلوا إلى», «أسعف
    إلى»): those words are looked for once, and the first words only where they stand (a few checks where there
    was one search of the report a phrase)."""
    for tail, heads in _by_tail(phrases):
        if not tail:
            if any(h in text for h in heads):
                return True
            continue
        k = text.find(tail)
        while k >= 0:
            if text.endswith(heads, 0, k):
                return True
            k = text.find(tail, k + 1)
    return False


@lru_cache(maxsize=16)
def _by_tail(phrases: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The phrases grouped by what follows their first word (from the space on), with the first words of each
    group; a phrase of one word has no tail ("")."""
    groups: dict[str, list[str]] = {}
    for p in phrases:
        space = p.find(" ")
        head, tail = (p, "") if space < 0 else (p[:space], p[space:])
        groups.setdefault(tail, []).append(head)
    return tuple((tail, tuple(heads)) for tail, heads in groups.items())


@lru_cache(maxsize=16)
def _last_words(phrases: tuple[str, ...]) -> frozenset[str]:
    """The last word of each phrase (a phrase is found in a text only where its last word is)."""
    return frozenset(p.split()[-1] for p in phrases if p.split())


@lru_cache(maxsize=4)
def _bases_by_town(gazetteer: Gazetteer) -> dict[str, list[Place]]:
    """An airport or base by the first words of its English name («Baghdad» for «Baghdad International Airport»),
    when those words name one only."""
    heads: dict[str, list[Place]] = {}
    for place in gazetteer.places:
        if place.kind in _BASE_KINDS:
            for name in (place.name_en, *place.alt_en):
                words = english_key(name).split()
                for n in range(1, len(words)):
                    found = heads.setdefault(" ".join(words[:n]), [])
                    if place not in found:
                        found.append(place)
    return {k: v for k, v in heads.items() if len(v) == 1}


@lru_cache(maxsize=4)
def _bases_by_head(gazetteer: Gazetteer, adjectives: frozenset[str]) -> dict[str, list[Place]]:
    """A base or airfield by its name less the adjective that ends it («قاعدة بلد» for «قاعدة بلد الجوية»), when
    that shorter name is no place of its own and names one base only."""
    heads: dict[str, list[Place]] = {}
    for name, place in gazetteer.arabic_names():
        words = name.split()
        if place.kind in _BASE_KINDS and len(words) >= 3 and normalize_word(words[-1]) in adjectives:
            heads.setdefault(arabic_key(" ".join(words[:-1])), []).append(place)
    return {k: v for k, v in heads.items() if len({id(p) for p in v}) == 1 and not gazetteer.lookup(k)}


def _report_governorate(votes: dict[str, float], least: float = 0) -> str | None:
    """The governorate the report is about: the one with four fifths of the votes or more (and `least`)."""
    total = sum(votes.values())
    return next((a for a, n in votes.items() if n >= least and n >= 0.8 * total), None)


def _after_subjects(ends: set[int], subjects: list) -> set[int]:
    """The token positions `ends` and those after the sides or weapons that follow them one after another (the
    subject a verb's object comes after: «قصفت قوات النظام X», «قصفت الطائرات الحربية X»)."""
    out, frontier = set(ends), set(ends)
    for _ in range(3):
        frontier = {m.end for m in subjects if m.start in frontier} - out
        if not frontier:
            break
        out |= frontier
    return out


def _gap_words(gap: str) -> list[str]:
    """The words between two mentions, without punctuation, quotes and brackets."""
    return gap.translate(_GAP_MARKS).split()


@lru_cache(maxsize=8)
def _openers(gazetteer: Gazetteer, grammar: PlaceGrammar) -> frozenset[str]:
    """Every word key a place word or a gazetteer name can start with (keyed as the lexicons key them)."""
    phrases = [name for name, _ in gazetteer.names(grammar.script)] + list(grammar.word_kinds)
    phrases += [v for name, _ in gazetteer.names(grammar.script) for v in grammar.variants(name)]
    out = set()
    particles = grammar.clitics.particles
    for phrase in phrases:
        keys = [word_key(w, grammar.clitics) for w in WORD.findall(normalize_word(phrase))]
        keys = [k for k in keys if k not in particles] or keys  # «Al-Bab» opens with «bab» (see Lexicon.add)
        if keys:
            out.add(keys[0])
    return frozenset(out)


def _weak(place: Place) -> bool:
    """An imported village: thousands of them share names with common words and with each other."""
    return place.source != "rasid" and not _major(place) and place.kind in ("village", "neighbourhood")


def _english_keys(place: Place) -> Iterator[str]:
    """The keys of a place's English name and its other English spellings (gazetteer.english_key)."""
    return map(english_key, (place.name_en, *place.alt_en))


def _spelt_alike(name: str, place: Place) -> bool:
    """Are two transliterations spelt alike letter for letter, not only in their consonants?"""
    key = english_key(name)
    return any(abs(len(key) - len(other)) <= 1 and SequenceMatcher(None, key, other).ratio() >= 0.8
               for other in _english_keys(place))


def _closest(name: str, places: list[Place], margin: float = 0.05) -> list[Place]:
    """The places of the one name spelt clearly closest to `name` letter for letter, or none."""
    key = english_key(name)
    score = {p.name_ar: max(SequenceMatcher(None, key, other).ratio() for other in _english_keys(p)) for p in places}
    ranked = sorted(set(score.values()), reverse=True)
    if len(ranked) < 2 or ranked[0] - ranked[1] < margin:
        return []
    return [p for p in places if score[p.name_ar] == ranked[0]]


def _nearest(name: str, places: list[Place]) -> list[Place]:
    """The places in the order of how near their English spellings lie to `name` (gazetteer.near_cost of the
    transliteration keys), the gazetteer's order among equals."""
    key = translit_key(name)
    cost = {id(p): min(near_cost(key, translit_key(n)) for n in (p.name_en, *p.alt_en)) for p in places}
    return sorted(places, key=lambda p: cost[id(p)])


def _about_as_long(name: str, place: Place, most: int = 2) -> bool:
    """Two spellings of one name differ by a few letters at most («Dayr az Zawr», «Deir Ezzor»)."""
    key = english_key(name)
    return any(abs(len(key) - len(other)) <= most for other in _english_keys(place))


def _city(place: Place) -> bool:
    """A city, or a place of 100,000 people or more: known beyond its governorate."""
    return place.kind in ("city", "governorate") or place.kind != "subdistrict" and (place.population or 0) >= 100000


def _major(place: Place) -> bool:
    """A city, a governorate, a district or region, or a town of 15,000 people or more. A sub-district's
    population counts all its villages: it says nothing of how well known its name is («صور», a nahiya of Deir
    ez-Zor, is also the word for pictures)."""
    return place.kind in FREE_KINDS or place.kind != "subdistrict" and (place.population or 0) >= 15000


def _prefer(candidates: list[Place], kind: str | None, region: bool) -> Place | None:
    if not candidates:
        return None
    if region or kind == "governorate":
        for p in candidates:
            if p.kind == "governorate":
                return p
    if kind in _SETTLEMENT_KINDS or kind in _POINT_KINDS:  # («مشفى درعا الوطني», «مطار حلب الدولي», «مخيم
        for p in candidates:  # حماة» are at the city, not over the governorate)
            if p.kind not in REGION_KINDS:
                return p
    return candidates[0]


def prepare_places(language: Language) -> None:
    """Load the gazetteer extraction uses and build what reading its names in `language` needs (the names'
    lexicon, the lookup indexes), so that the first report read after a start or an import does not pay for it."""
    grammar = place_grammar(language)
    gazetteer = current_gazetteer()
    _numbers_in_names(_lexicon_of(gazetteer, grammar))
    _openers(gazetteer, grammar)
    gazetteer.prepare(grammar.script)


def find_places(doc: Doc, blocked: set[int] | None = None, hints: dict[str, float] | None = None) -> list[PlaceMention]:
    """Every place mention of the report, in text order.

    `blocked`: token indices inside actor names; `hints`: governorates the report's sides usually fight in, with
    weights, used only to choose between places that share a name.
    """
    return _Finder(doc, blocked or set(), hints).run()


def _names_agree(place: Place, surface: str, grammar: PlaceGrammar) -> bool:
    """Does one of the place's Arabic names carry the article where the report's word does?"""
    has_article = grammar.has_article(normalize_word(surface))
    return any(grammar.has_article(normalize_word(n)) == has_article for n in (place.name_ar, *place.alt_ar) if n)


def _distance(place: Place, centre: tuple[float, float] | None) -> float:
    """Kilometres from a place to a point (0 when either is unknown, so that it does not decide)."""
    if centre is None or place.latitude is None or place.longitude is None:
        return 0.0
    lat1, lon1, lat2, lon2 = map(math.radians, (place.latitude, place.longitude, centre[0], centre[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


@lru_cache(maxsize=1)
def actor_areas() -> dict[str, tuple[str, ...]]:
    """actor id → the governorates it usually fights in (actor_areas.tsv)."""
    return {row[0]: tuple(a for a in row[1].split("|") if a) for row in lexicon.read_tsv("actor_areas.tsv")}


def area_hints(actors: list[str]) -> dict[str, float]:
    """Governorate weights from the sides a report names, for `find_places`."""
    hints: dict[str, float] = {}
    for actor in set(actors):
        areas = actor_areas().get(actor, ())
        for admin1 in areas:
            hints[admin1] = hints.get(admin1, 0) + 1 / len(areas)
    return hints
