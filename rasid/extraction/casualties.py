"""Casualty statements: who was killed or injured, how many, where and when, and whether it is a tally.

Each outcome word («مقتل», «أصيب», «لقوا مصرعهم») is paired with the count next to it — a number, a vague
quantity, or a noun that carries its own count («مقتل مدني» = 1, «عنصرين» = 2, «إصابة آخرين» = vague) —
and with the people counted: civilians, or the armed side named beside the noun. «بينهم 8 …» gives a
record of its own, part of the one before; a running total («ليرتفع إلى N») is flagged as a tally.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, lru_cache

from ..geo.places import PlaceMention
from ..records import Casualty
from ..taxonomy import NAMED_ARMED, STATE_FORCES
from ..text.doc import Doc, Sentence, SpanIndex
from ..text.language import Language
from ..text.lexicon import Match
from ..text.normalize import normalize_word
from ..text.numbers import Quantity, parse_number
from ..text.tokens import clitic_readings, strip_article
from .actors import ARMED, NEW_ERA, SYRIAN_ARMIES, report_state, unique
from .events import (CLASS_TYPES, PAST_PERFECT_AGE, STRIKE_TYPES, WEAPON_TYPES, names_past_period, opens_past_perfect,
                     outcome_needs_met)
from .frames import Frame, event_frames, fighting_sides

# the sides whose men a report calls soldiers: the armies of states
ARMIES = frozenset({"SYR_GOV", "SYR_GOV_NEW", "IRAQ_GOV", "TURKEY", "RUSSIA", "ISRAEL", "COALITION"})
AIR_STRIKE = CLASS_TYPES["air"]


class CasualtyWords:
    """The function words the casualty reader looks for, by role (words.tsv of the language), read once."""

    def __init__(self, lang: Language):
        w = lang.words
        self.count_before = w("count_before")
        self.count_before_only = w("count_before_only")  # «were killed»: the subject, before it, is counted
        self.bare_plural = w("bare_plural")
        self.falling = w("falling")
        self.among = w("among")
        self.among_group = w("among_group")
        self.negation = w("casualty_negation")
        self.denial = w("casualty_denial")
        self.count_gap = w("count_gap")
        self.not_people = lang.phrases("not_people")
        self.count_noun = w("count_noun")  # «عدد» before the noun counted
        self.list_link = w("list_link")
        self.side_link = w("side_link")
        self.strict_link = self.side_link | w("member_word")
        self.member_link = self.strict_link | w("member_link")
        self.subset_opener = w("subset_opener")
        self.filler = w("verb_filler")
        self.unit = w("unit")
        self.breakdown = w("breakdown_opener")
        self.breakdown_words = {x for b in self.breakdown for x in b.split()}  # a line's words that open a list
        self.breakdown_endings = tuple(b for b in self.breakdown if b.isalpha() or " " in b)  # «as follows»
        self.possessed = w("possessed_member")
        self.people_pronoun = w("people_pronoun")
        self.relative_pronoun = w("relative_pronoun")
        self.pronoun_suffixes = tuple(sorted(w("pronoun_suffix"), key=len, reverse=True))
        self.all_of_them = w("all_of_them")
        self.tally_word = w("tally_word")
        self.tally_verb = w("tally_verb")
        self.to = w("to")
        self.since = w("since")
        self.at_least_after = lang.phrases("at_least_after")
        self.some_of_them = w("some_of_them")
        self.colleagues = w("colleagues")  # «زملاء», «رفاق»: with «his», the men of the one man counted before
        self.died_of = w("died_of")
        self.died_after = w("died_after")
        self.death_sentence = w("death_sentence")  # «حكماً بالإعدام»: a sentence, no death, unless carried out
        self.carried_out = w("carried_out")
        self.aim = w("aim_of_killing")  # «بهدف», «محاولة» right before «اغتياله»: an aim or attempt, no death
        self.instrument = w("instrument")  # «ب» glued to the means or cause («بهجوم», «برصاص»)
        self.habitual = w("habitual")  # «بين فترة وأخرى»: what keeps happening, no count
        self.along_with = w("along_with")  # «قائد مع ثلاثة من عناصره»
        self.fronted_pp = w("fronted_pp")  # «قتل في القصف طفل»: a preposition opening a phrase before the subject
        self.our_men = w("our_men")  # «قواتنا», «مقاتلينا»: the men of the side whose statement it is
        self.epithet = w("epithet")  # «مرتزقة»: what an outlet calls the other side's men
        self.attacker = w("attacker")  # «قتل 3 من المهاجمين»: the side that attacked, told before
        self.rank_of = w("rank_of")  # «ضابط برتبة عقيد»: the rank names the officer counted, no other person
        self.accident = w("accident")  # a road accident, a drowning: no casualty of the conflict
        self.age_before = w("age_before")
        self.numbered_unit = w("numbered_unit")  # «اللواء 17»: the number names the unit
        self.suicide_bomber = w("suicide_bomber")  # «انتحاريان»: of the insurgent side the report names
        self.place_breakdown = w("place_breakdown")  # «وتوزع الشهداء على: دمشق 41، حلب 22»
        self.remembrance = w("remembrance")
        self.reported = w("reported")
        self.one_of = w("one_of")  # «أحد أفراد …»: one of the people of the plural noun after it
        self.speech_that = w("speech_that")  # «أعلنت قسد أن مسيرة تركية …»: a side after the «that» is no speaker
        self.incident_count = w("incident_count")
        self.syrian_national = w("syrian_national")
        self.foreign_national = w("foreign_national")
        self.plural_verb = lang.phrases("plural_verb_ending")
        self.dual_verb = lang.phrases("dual_verb_ending")  # «أصيبا»: two people counted before the verb
        self.singular_suffix = w("singular_pronoun_suffix")  # «بينه»: one person's, no group's
        self.passive = w("passive")  # «was», «were», «been»: «a man was murdered»
        self.among_copula = w("among_copula")  # «was among the» between one person and the outcome word
        self.among_the_dead = w("among_the_dead")  # «ومن بين القتلى», «ومن ضمن القتلى»
        self.subject_ending = lang.phrases("subject_ending")
        self.and_ = w("and")
        self.from_ = w("from")
        self.locative = w("locative")  # «هم 17 في مدينة دوما»: a toll told place by place
        self.people_of = w("people_of")  # «شخص بين مدنيين وعسكريين»: what the persons counted were
        self.partitive = w("partitive")  # «three of its fighters», «two of the wounded»: «of» before the counted noun
        self.determiners = w("determiner")  # «its», «the» between «of» and the noun
        self.indefinite = w("indefinite")  # «a civilian»: one person counted by the noun and its article
        self.accusative_opener = w("accusative_opener")  # «إن مدنياً قتل»: one person, the subject put before its verb
        self.adverbs = w("verb_adverb")  # «65 civilians are reportedly among the dead»: said of the verb only
        self.said_by = w("said_by")  # «“4 fighters were martyred,” the SDF said»: the side that tells of its own
        self.adjectives_before = lang.syntax.get("adjective") == "before"  # «four Syrian soldiers»
        self.subject_before = lang.syntax.get("subject") == "before"  # «a civilian was killed»
        c = lang.clitics
        self.glued_preposition = w("glued_preposition")  # «لقوات», «بقوات»
        self.place_clitics = w("place_clitic")  # «بأحد شوارع»: a noun after these glued letters is a place
        self.number_one = w("number_one")  # «شخص واحد»: the number one written after a noun
        self.article = c.article
        self.glued = frozenset(self.and_ | self.to) & frozenset(c.conjunctions + c.prepositions)  # «و20», «لـ115»
        # a verb of a rising toll with or without a glued و/ل («ليرتفع», «ووصل»); with the tally words
        self.tally_verb_forms = self.tally_verb | {g + v for g in self.glued for v in self.tally_verb if len(v) > 2}
        self.tally_any = self.tally_verb_forms | self.tally_word
        # the least figure a vague word's scale stands for («عشرات» 10, «مئات» 100; «عدة» none)
        least = {"tens": 10, "hundreds": 100, "thousands": 1000, "millions": 1000000}
        self.vague_least = {normalize_word(" ".join(row[0].split())): least.get(row[1], 0)
                            for row in lang.read_tsv("vague_quantities.tsv") if len(row) > 1}


@lru_cache(maxsize=None)
def casualty_words(lang: Language) -> CasualtyWords:
    return CasualtyWords(lang)


def _noun_kind(noun: Match) -> str:
    """The kind of people a noun counts: what it says up to the colon («civ:many» → «civ»; casualty_words.tsv)."""
    return noun.value[1].split(":")[0]


def _noun_number(noun: Match) -> str:
    """How many people a noun counts: what it says after the colon («civ:many» → «many», «soldier:1» → «1»)."""
    return noun.value[1].split(":")[1]


def _role_and_value(m: Match) -> Match:
    """A casualty word with its columns together: value[0] the role, value[1] what it says, value[2] the count it
    carries by itself, value[3] the words one of which must follow it (casualty_words.tsv)."""
    extra = m.extra + ("", "", "")
    return Match(m.start, m.end, m.char_start, m.char_end, (m.value, extra[0], extra[1], extra[2]), m.phrase, m.extra)


BULLETS = "•-*·–—▪◦"  # the marks that open the lines of a list
PUNCTUATION = "،,.:؛\"'()«»“”"
_PUNCTUATION_SET = frozenset(PUNCTUATION)
_COMMAS = ("،", ",")
_NEWER_TOLL_SENTENCES = 2  # a newer toll split by side, told just before an earlier one: the sentences before it
_WAR_TOLL_LEAST = 1000  # a toll of the whole war counts thousands; one of a day's fighting, fewer
# the words after «N of the dead» read for the noun of its clause («… were children»), within so many characters
_CLAUSE_NOUN_WORDS, _CLAUSE_NOUN_CHARS = 4, 50
_COUNT_PHRASE_WORDS = 6  # words of a count's own phrase («من عناصرها») before the comma a part of it follows


@dataclass(slots=True)
class _Count:
    low: int | None
    high: int | None
    qualifier: str
    start: int
    end: int


class CasualtyReader:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.actors = [a for a in doc.actors if not a.holder]  # («wounded 20 in the regime-held city»: not the regime's)
        self.places = [p for p in doc.places if not p.context]
        self.dates = doc.dates
        self.frames = event_frames(doc.frames)
        self.clash_sides = fighting_sides(doc.frames)
        self.report_date = doc.report_date
        self.W = casualty_words(doc.lang)
        self.words = [w for w in map(_role_and_value, doc.matches["casualty_words"]) if outcome_needs_met(doc, w)
                      and not self._rank_of_one_counted(w)]
        # where event words stand: a side named after one, or starting with one, is who acted («جنديان في هجوم
        # لداعش», «غارات روسية»), not whose men died
        self.trigger_index = SpanIndex(doc.matches.get("triggers", ()), "char_start", "char_end")
        self.records: list[Casualty] = []
        self.sentence_records: list[Casualty] = []  # those of the sentence being read
        self.headline_count = 0
        self.dead_and_wounded: set[int] = set()  # vague counts of «قتلى وجرحى», one word for both outcomes
        self.listed: set[int] = set()  # ids of the records of the lines of a bulleted breakdown
        self.noun_kinds: dict[int, str | None] = {}  # the kind of noun each record counted, by id
        self.vague_floor: dict[int, int] = {}  # the least figure of each vague record's word, by id
        self.guessing = False
        self.guessed: set[int] = set()  # records of fighters whose side was not named but guessed from the report
        self.parallel: set[int] = set()  # records of a toll told beside the one before («وإلى 321 عدد …»), no part of it
        self.further: set[int] = set()  # vague counts listed after another («قيادي وعدد من عناصره»): more people
        self.retold: list[Casualty] = []  # «others» left out as told with a figure (`_others_told_precisely`): still
        # who was hit in their sentence

    def _index(self) -> None:
        """The report's mentions by offset, for lookups in a window (built only for a report with a casualty word)."""
        doc = self.doc
        self.quantity_index = SpanIndex(doc.quantities)
        self.tally_clauses: dict[tuple[int, int], bool] = {}
        self.word_tokens = SpanIndex(self.words)  # by token index
        self.word_chars = SpanIndex(self.words, "char_start", "char_end")
        self.actor_index = SpanIndex(self.actors)
        self.date_at = {d.start: d for d in self.dates}
        self.date_index = SpanIndex(self.dates)
        self.place_index = SpanIndex(self.places)
        self.sentence_frames: dict[int, list[Frame]] = {}
        for f in self.frames:
            self.sentence_frames.setdefault(f.sentence.index, []).append(f)

    @cached_property
    def state_army(self) -> str:
        """Whose soldiers «جنود» are when no side is named: the state the report is about, in its era."""
        state = report_state(self.doc.matches.get("actors", []))
        if state != "SYR_STATE":
            return state
        countries = [p.place.country for p in self.places if p.place is not None]
        if countries and countries.count("IQ") * 2 > len(countries) and \
                not any(a.actor in SYRIAN_ARMIES for a in self.actors):
            return "IRAQ_GOV"  # «استشهد شرطي … في ناحية العباسي»: no side named, the places are Iraqi
        if self.report_date is not None:  # «استشهاد 5 عسكريين» in a report after 8 Dec 2024: the new army's
            return "SYR_GOV_NEW" if self.report_date >= NEW_ERA else "SYR_GOV"
        return "SYR_GOV_NEW" if any(a.actor == "SYR_GOV_NEW" for a in self.actors) else "SYR_GOV"

    def read(self) -> list[Casualty]:
        if not any(w.value[0] == "outcome" for w in self.words):
            return []  # no one is said to be killed or injured
        self._index()
        by_sentence: dict[int, list[Match]] = {}
        for w in self.words:
            by_sentence.setdefault(self.doc.sentence_of(w.char_start).index, []).append(w)
        headlines = self._headline_sentences()
        # the totals broken down in the lines after them (a line of one may break down a part of its own):
        # [total, parts, the mark that opens the total's own line, the mark that opens its parts' lines]
        stack: list[list] = []
        for s in self.doc.sentences:
            first = len(self.records)
            if (s.index in by_sentence or self._after_label(s) is not None or self._label_inside(s)
                    or self._shared_out_by_place(s)) and not s.aside:
                self._read_sentence(s, by_sentence.get(s.index, []))
            new = [r for r in self.records[first:] if r.subset_of is None]
            line = self.doc.text[s.start:s.end].lstrip()
            mark = line[:1] if line[:1] in BULLETS else ""
            counted = bool(new) or self._count_between(s.start, s.end)
            part = False
            while stack and counted:
                total, parts, opener, marked = stack[-1]
                if (mark and mark != opener and mark == (marked or mark)) or \
                        (not mark and not new and self._count_opens(s)):
                    stack[-1][3] = marked or mark  # the marked lines of one list open with one mark
                    if not new:
                        new = self._bulleted_part(s, by_sentence.get(s.index, []), total, bool(mark))
                    else:
                        self._of_the_whole(new, total)  # «• 14 were killed by ISIS»: of the total's people
                    parts.extend(new)
                    self.listed.update(id(r) for r in self.records[first:])
                    part = bool(new)
                    break
                self._broken_down(total, parts, marked=True)  # a line that is no part ends the breakdown
                stack.pop()
            if new and (self._opens_breakdown(s, new) or (part and line.rstrip().endswith(":"))):
                stack.append([new[-1], [], mark, ""])
            if s.index in headlines:
                self.headline_count = len(self.records)
        for total, parts, _, _ in reversed(stack):
            self._broken_down(total, parts, marked=True)
        self._parts_told_after()
        return self._without_headline_repeats()

    def _opens_breakdown(self, s: Sentence, new: list[Casualty]) -> bool:
        """«these operations left 25 fatalities:», «… has increased to 149; and they are as follows:»: a count that
        ends its line with a colon is broken down in the bulleted lines after it."""
        if not new:
            return False
        text = self.doc.text
        end = self.doc.norm.from_original(new[-1].evidence.end)
        rest = text[end:s.end].rstrip()
        if not rest.endswith(":"):
            return False
        if rest[:-1].rstrip().endswith(self.W.breakdown_endings):
            return True  # «…; the deaths are as follows:»
        words = rest.replace(":", " ").replace(";", " ").replace(",", " ").split()
        return all(w in self.W.breakdown_words or w in self.W.and_ for w in words)

    def _line_start(self, s: Sentence) -> int:
        """Where the sentence's text starts, past the white space before it."""
        line = self.doc.text[s.start:s.end]
        return s.start + len(line) - len(line.lstrip())

    def _count_opens(self, s: Sentence) -> bool:
        """Does the line open with a count of people («65 civilians, including 13 children …»)?"""
        start = self._line_start(s)
        q = next(iter(self.quantity_index.starting_in(start, start + 1)), None)
        return q is not None and self._noun_in(q) is not None

    def _of_the_whole(self, records: list[Casualty], whole: Casualty) -> None:
        """«• 14 were killed by ISIS.» under «40 military personnel …:»: a line's count that names no people is of
        the people of the total it breaks down."""
        for r in records:
            start, end = self._span(r)
            if not any(n.value[0] == "noun" for n in self.word_chars.starting_in(start, end)) and \
                    r.group == ["CIVILIANS"] and whole.group != ["CIVILIANS"]:
                r.group = list(whole.group)

    def _bulleted_part(self, s: Sentence, words: list[Match], whole: Casualty, marked: bool = True) -> list[Casualty]:
        """«• Four civilians.», «• 31 combatants, including seven militiamen.»: a line of a bulleted breakdown
        counts a part of the total above it, with its own people."""
        text = self.doc.text
        start = self._line_start(s) + (1 if marked else 0)
        while start < s.end and text[start].isspace():
            start += 1
        quantities = [q for q in self.quantity_index.starting_in(s.start, s.end) if not q.percent and not self._measure(q)]
        q = next((q for q in quantities if q.start == start), None)
        if q is None:
            return []
        noun = self._noun_in(q)
        if noun is None:
            after = text[q.end:q.end + 4].split()[:1]  # «• 50 من تنظيم داعش»: the side right after «من»
            group = self._actors_after(q.end, s.end) if after and after[0] in self.W.from_ else []
        else:
            group = self._item_group(s, q, noun, [whole], main_side=True)
        if not group:
            return []
        stop = max(q.end, noun.char_end) if noun is not None else q.end
        record = Casualty(group, whole.outcome, q.low, q.high, q.qualifier, whole.date_start, whole.date_end,
                          whole.place_ar, self.doc.evidence(q.start, stop), admin1=whole.admin1, tally=whole.tally)
        sentence_records = [record]
        self.sentence_records = sentence_records
        self._subsets(s, words, quantities, {q.start}, {noun.char_start} if noun is not None else set(), sentence_records)
        self.records.extend(sentence_records)
        return [record]

    def _parts_told_after(self) -> None:
        """«حصدت أعمال العنف ما لا يقل عن 32 ألف قتيل … مالا يقل عن 22980 مدنياً و7884 جندياً و1215 منشقاً»: a toll
        of people (or a bare toll) whose next counts, of several sides, add up to it is about all of them."""
        records = self.records
        for i, total in enumerate(records):
            if not self._may_be_sum(total) and not (len(total.group) > 1 and total.subset_of is None and
                                                    (total.low or 0) >= 10):
                continue
            several = len(total.group) > 1  # a battle's toll given to its two sides («clashes between A and B»)
            added, groups, best = 0, [], None
            for r in records[i + 1:]:
                if r.subset_of is not None:
                    continue
                if r.low is None or r.outcome != total.outcome or r.evidence.start <= total.evidence.start or \
                        id(r) in self.parallel:
                    break  # («… وإلى 321 عدد مقاتلي الفصائل»: a toll beside it, of other people)
                added += r.low
                groups.append(tuple(r.group))
                if added > 1.05 * total.low:
                    break
                if added >= 0.9 * total.low and len(set(groups)) >= 2:
                    best = list(groups)  # the longest run of counts that adds up to it
            if best and several:
                # already given to the sides of its sentence: only a breakdown that adds up to it exactly and names
                # more people («… has risen to 39. The toll includes 16 …, 11 … and 12 civilians») widens it
                union = unique(a for g in best for a in g)
                run = [r for r in records[i + 1:] if r.subset_of is None][:len(best)]
                whole = sum(r.low for r in run)
                # (one count of the run may be a part of another told with it: «12 civilians, among them a child»)
                if total.low in [whole] + [whole - r.low for r in run] and set(total.group) < set(union):
                    total.group = unique(list(total.group) + union)
            elif best:
                total.group = unique(a for g in best for a in g)
        self._war_tolls()
        # «… حصدت ما لا يقل عن 32 ألف قتيل … وشهد الأسبوع الماضي وحده سقوط نحو ألف قتيل»: further large tolls of
        # people with no side named, after a toll found to be of all sides, are of the same war
        war = next((r for r in records if "CIVILIANS" in r.group and len(r.group) > 2 and r.subset_of is None), None)
        if war is None:
            return
        for r in records:
            if r is not war and r.evidence.start > war.evidence.start and r.group == ["CIVILIANS"] and \
                    r.outcome == war.outcome and r.subset_of is None and (r.low or 0) >= 100 and \
                    self._counts_people(r):
                r.group = list(war.group)

    def _war_tolls(self) -> None:
        """«أسفر النزاع في سوريا منذ اندلاعه عن مقتل أكثر من 300 ألف شخص», «more than 100,000 people have been killed
        since the conflict erupted»: a toll of a thousand people or more, of no side named, that its sentence says is
        the Syrian war's, is of the civilians and of both sides that fought it (GUIDELINES: a battle's toll not
        split belongs to both sides)."""
        if self.state_army not in SYRIAN_ARMIES:
            return
        for r in self.records:
            if r.group != ["CIVILIANS"] or r.subset_of is not None or (r.low or 0) < _WAR_TOLL_LEAST or \
                    not self._counts_people(r):
                continue
            start, end = self._span(r)
            if any(n.value[0] == "noun" and _noun_kind(n) in ("civ", "kin")
                   for n in self.word_chars.starting_in(start, end)):
                continue  # («تجاوز عدد الضحايا من المدنيين 20 ألف شخص»: the people counted are civilians)
            s = self.doc.sentence_of(start)
            spans = self.doc.lang.spans(self.doc.text[s.start:s.end], "war_wide")
            if not spans:
                continue
            if any(a.actor in NAMED_ARMED for a in self.actor_index.starting_in(s.start, s.start + spans[0][1])):
                continue  # («وثق مقتل 5000 شخص على يد داعش منذ 2011»: the victims of one side, not the war's toll)
            r.group = ["CIVILIANS", "SYR_GOV", "OPPOSITION"]

    def _counts_people(self, r: Casualty) -> bool:
        """Was the record counted by a word for people of no side («شخص», «قتيل»), or by no noun (a bare toll)?"""
        return self.noun_kinds.get(id(r), "civ") in (None, "person")

    def _may_be_sum(self, total: Casualty) -> bool:
        """May the record be a total that counts after it, of several sides, add up to (`_sum_of_parts`,
        `_parts_told_after`): a whole count of ten or more people of no side named?"""
        return total.subset_of is None and total.low is not None and total.low >= 10 and self._counts_people(total)

    def _without_headline_repeats(self) -> list[Casualty]:
        """A headline restates the body's counts («مقتل 18 شخصا» over «لقي 18 شخصا على الأقل مصرعهم»)."""
        n = self.headline_count
        head, body = self.records[:n], self.records[n:]
        kept = [r for r in head if not any(r.outcome == b.outcome and (r.low == b.low or r.qualifier == "vague")
                                           for b in body)]
        out: list[Casualty] = []
        index: dict[int, int] = {}
        records = kept + body
        starts = [self.doc.norm.from_original(r.evidence.start) for r in records]  # each record's offset and
        sentences = [self.doc.sentence_of(start) for start in starts]  # sentence, found once for all the filters
        others = self._others_told_precisely(records, sentences, len(kept))
        self.retold = [records[i] for i in sorted(others)]
        superseded = self._superseded(records, starts, sentences) | self._vague_restatements(records) | others \
            | self._people_restated(records) | self._long_past(records, starts, sentences) \
            | self._remembered(records, sentences) | self._past_perfect(records, sentences)
        looser = _less_precise_records(records)
        said: dict[tuple, list[int]] = {}  # the kept records by figure: a restatement has the same key
        for i, r in enumerate(records):
            if i in looser or i in superseded or id(r) not in self.listed and any(
                    _restated(r, records[j]) and sentences[i].index != sentences[j].index
                    and not (records[j].subset_of is not None and r.subset_of is None and self._told_with_outcome(r))
                    for j in said.get(_figure_key(r), ())):
                continue  # (one sentence does not restate its own counts: «7 مواطنين قتلوا …، و7 بينهم طفل قتلوا …»)
            index[i] = len(out)
            out.append(r)
            said.setdefault(_figure_key(r), []).append(i)
        shift = len(head) - len(kept)
        for r in out:
            if r.subset_of is not None:
                r.subset_of = index.get(r.subset_of - shift)
        return out

    def _span(self, r: Casualty) -> tuple[int, int]:
        """The record's evidence, as offsets of the normalised text."""
        return self.doc.norm.from_original(r.evidence.start), self.doc.norm.from_original(r.evidence.end)

    def _told_with_outcome(self, r: Casualty) -> bool:
        """Does the record's evidence hold its own outcome word («Four civilians, including a child, were killed»)? Such
        a count is told anew, not restated by a part of another count with the same figure («… including four
        children»)."""
        start, end = self._span(r)
        return any(w.value[0] == "outcome" and w.char_end <= end for w in self.word_chars.starting_in(start, end))

    def _vague_restatements(self, records: list[Casualty]) -> set[int]:
        """«قتل وأصيب عشرات المدنيين» in a report that counts the civilians killed and injured: a vague count of the
        same people and outcome as a figure of the report restates it less precisely (a toll is coded once, with its
        most precise figure). Not a running total, a count broken down («عشرات الضحايا بينهم 18 طفلاً»), nor
        «others» («وأصيب آخرون»), who are further people."""
        parents = {r.subset_of for r in records if r.subset_of is not None}
        figures = _highest_figures(r for r in records if r.qualifier != "vague")
        outcomes_counted = {o for o, _ in figures}
        return {i for i, r in enumerate(records)
                if r.qualifier == "vague" and not r.tally and i not in parents and r.subset_of is None
                and self.noun_kinds.get(id(r)) != "other" and id(r) not in self.further
                and (figures.get((r.outcome, tuple(sorted(r.group))), -1) >= self.vague_floor.get(id(r), 0)
                     or self._loose_dead_and_wounded(r, outcomes_counted))}

    def _loose_dead_and_wounded(self, r: Casualty, outcomes_counted: set[str]) -> bool:
        """«سقوط قتلى ومصابين بقصف …»: dead and wounded said by one phrase with no word for people (noun kind None,
        given to civilians for want of any), in a report that gives figures of dead and of wounded: the people of
        those figures, whoever they are."""
        return id(r) in self.dead_and_wounded and r.group == ["CIVILIANS"] \
            and self.noun_kinds.get(id(r), "") is None and {"killed", "injured"} <= outcomes_counted

    def _others_told_precisely(self, records: list[Casualty], sentences: list[Sentence], head: int) -> set[int]:
        """«قتل رجل وأصيب آخرون …» and, in the next lines, «ويعالج خمسة منهم في المشفى»: the vague «others» of
        a toll, given a figure for the same people and outcome in the headline (the first `head` records) or in the
        two sentences after it, are the people of that figure, told once with it (`sentences`: each record's). An
        «others» with no such figure near is further people (`_vague_restatements`)."""
        out: set[int] = set()
        for i, r in enumerate(records):
            if r.qualifier != "vague" or r.tally or r.subset_of is not None or self.noun_kinds.get(id(r)) != "other":
                continue
            at = sentences[i].index
            if any(o.qualifier != "vague" and o.subset_of is None and o.outcome == r.outcome
                   and sorted(o.group) == sorted(r.group)
                   and (j < head <= i or at < sentences[j].index <= at + 2
                        or j < i and self._toll_retold(records, sentences, i, j))
                   for j, o in enumerate(records)):
                out.add(i)
        return out

    @staticmethod
    def _toll_retold(records: list[Casualty], sentences: list[Sentence], i: int, j: int) -> bool:
        """«قتل مدنيان وأصيب اثنان آخران» … «أدى القصف إلى مقتل شخصين وجرح عدد آخر»: the «others» of record `i` beside a
        count that repeats one told before (same people, outcome and figure) retell the toll of that count and of
        record `j`, told before too."""
        at = sentences[i].index
        if sentences[j].index >= at:
            return False
        told = {_figure_key(c) for k, c in enumerate(records) if sentences[k].index < at and c.qualifier != "vague"}
        return any(k != i and sentences[k].index == at and c.qualifier != "vague" and c.outcome != records[i].outcome
                   and _figure_key(c) in told for k, c in enumerate(records))

    def _remembered(self, records: list[Casualty], sentences: list[Sentence]) -> set[int]:
        """«يحيي سوريون الذكرى العاشرة للهجوم … الذي أودى بحياة أكثر من 1400 شخص»: a toll told in a sentence about an
        anniversary is of the event remembered (`sentences`: each record's)."""
        told = {s.index: s for s in sentences}.values()  # each sentence once
        remembering = {s.index for s in told
                       if any(t.strip(PUNCTUATION) in self.W.remembrance for t in self.doc.text[s.start:s.end].split())}
        return {i for i, r in enumerate(records) if not r.tally and sentences[i].index in remembering}

    def _dated_in_own_clause(self, start: int, dates: list) -> bool:
        """Is one of the dates in the clause of the count at `start` (not in a relative or other clause after it:
        «… near Hajin, which the SDF captured in 2019» dates the taking of the town, not the count)?"""
        clause = self.doc.clause_of(start)
        return any(clause.start <= d.start < clause.end for d in dates)

    def _past_perfect(self, records: list[Casualty], sentences: list[Sentence]) -> set[int]:
        """«وكانت إسرائيل قد استهدفت المطار في نيسان الماضي، ما أدى حينها إلى مقتل …»: the toll of a background
        sentence in the past perfect (past_aux with «قد» opening it), dated more than a week before the report or set
        in a past period, is no count the report tells (running totals are kept)."""
        if self.report_date is None:
            return set()
        past: dict[int, bool] = {}
        out: set[int] = set()
        for i, r in enumerate(records):
            s = sentences[i]
            if r.tally:
                continue
            if s.index not in past:  # (the dates looked at only for a sentence that opens so)
                past[s.index] = opens_past_perfect(self.doc, s, s.tok_end) and (names_past_period(self.doc, s) or any(
                    (self.report_date - (d.date_end or d.date_start)).days > PAST_PERFECT_AGE
                    for d in self.date_index.starting_in(s.start, s.end) if d.date_start is not None))
            if past[s.index]:
                out.add(i)
        return out

    def _long_past(self, records: list[Casualty], starts: list[int], sentences: list[Sentence]) -> set[int]:
        """«الاعتداءات التي تعرضت لها المدينة عام 2012 وراح ضحيتها عدد من الشهداء»: the toll of an incident that ended
        more than a year before the report is its background, not a count it reports (running totals are kept)."""
        if self.report_date is None:
            return set()
        out: set[int] = set()
        for i, r in enumerate(records):
            end = r.date_end or r.date_start
            if r.tally or end is None or (self.report_date - end).days <= 365:
                continue
            start, s = starts[i], sentences[i]
            dates = [d for d in self.date_index.starting_in(s.start, s.end) if d.date_start is not None]
            if any((self.report_date - (d.date_end or d.date_start)).days <= 365 for d in dates):
                continue  # «قتل 5 مدنيين اليوم …»: a count of the day, whatever else the sentence dates
            if any(d.start < start for d in dates):
                out.add(i)  # the year told before the count: «تفجير سيارة مفخخة سنة 2015، راح ضحيته …»
            elif self.W.adjectives_before and self._dated_in_own_clause(start, dates) and not (
                    set(self.doc.text[s.start:s.end].lower().split()) & self.doc.lang.words("since")):
                out.add(i)  # «hundreds of people were killed there in a chemical attack in August 2013»: the date
                # after the count, in English (not «since August 2013»: a running total)
        return out

    def _people_restated(self, records: list[Casualty]) -> set[int]:
        """«بإصابة 3 أفراد من الشرطة الاتحادية» … «ما أسفر عن إصابة ثلاثة أفراد بينهم ضابط»: a later count of people
        with no side named, of the figure and outcome of a count of an armed side at the same place, restates it."""
        out: set[int] = set()
        for i, r in enumerate(records):
            if id(r) in self.noun_kinds and self.noun_kinds[id(r)] is None and r.subset_of is None and \
                    (r.low or 0) >= 5 and not self._of_the_dead(r) and any((o.outcome, o.low, o.high, o.qualifier) == (r.outcome, r.low, r.high, r.qualifier)
                                              and o.subset_of is None for o in records[:i]):
                out.add(i)  # «ارتفع عدد القتلى … إلى أكثر من عشرين شخصاً» … «"ارتفع عدد الشهداء … لأكثر من عشرين"»:
                continue  # a toll of no people word, the figure of a toll told before, is that toll quoted again
            guessed = id(r) in self.guessed  # «… وقتلوا خمسة عناصر» after «خمسة عناصر من قوات النظام قتلوا»
            if r.low is None or r.low < 2 or r.subset_of is not None or not guessed and (
                    r.group != ["CIVILIANS"] or self.noun_kinds.get(id(r)) != "person"):
                continue
            start, end = self._span(r)
            if any(n.value[0] == "noun" and n.value[1].startswith("other:") for n in self.word_chars.starting_in(start, end + 8)):
                continue  # «eight other individuals»: further people
            if any(o.low == r.low and o.outcome == r.outcome and o.qualifier == r.qualifier and o.subset_of is None
                   and "CIVILIANS" not in o.group and o.group != ["UNKNOWN"] and id(o) not in self.guessed
                   and (o.place_ar == r.place_ar or None in (o.place_ar, r.place_ar)) for o in records[:i]):
                out.add(i)
        return out

    def _of_the_dead(self, r: Casualty) -> bool:
        """«نحو أربعة عشر من القتلى من الأطفال»: a number of the dead (a part of them), «من» right before the outcome
        word."""
        start, end = self._span(r)
        return any(not self.W.from_.isdisjoint(self.doc.text[max(0, o.char_start - 4):o.char_start].split()[-1:])
                   for o in self.word_chars.starting_in(start, end) if o.value[0] == "outcome")

    def _vague_least(self, count: _Count) -> int:
        """«المئات من عناصر …»: 100, the least figure the vague word stands for («عدد من»: 0)."""
        said = self.doc.text[count.start:count.end].split()
        for k in range(len(said)):
            for n in range(len(said) - k, 0, -1):
                phrase = " ".join(said[k:k + n])
                for p in (phrase, phrase[1:]):  # «والعشرات», «لعشرات»: a clitic before it
                    if p in self.W.vague_least:
                        return self.W.vague_least[p]
        return 0

    def _superseded(self, records: list[Casualty], starts: list[int], sentences: list[Sentence]) -> set[int]:
        """«وكان المرصد أفاد في وقت سابق عن مقتل 17 مدنياً», «بعد أن أشارت آخر إحصائية إلى 22 قتيل»: a figure given
        earlier, where the report gives a higher one for the same people and outcome, is not coded."""
        out: set[int] = set()
        figures = _highest_figures(records)
        for i, r in enumerate(records):
            if r.low is None or r.subset_of is not None:
                continue
            start, s = starts[i], sentences[i]
            window = self.doc.text[max(s.start, start - 90):start]
            if not self.doc.lang.says(window, "earlier_figure") or \
                    self.W.reported.isdisjoint(t.strip(PUNCTUATION) for t in window.split()):
                continue  # («وفي وقت سابق، قتل ثلاثة عناصر»: an earlier incident, not an earlier report)
            if figures[(r.outcome, tuple(sorted(r.group)))] > r.low or self._told_since(records, sentences, i) > r.low:
                out.add(i)
        return out

    @staticmethod
    def _told_since(records: list[Casualty], sentences: list[Sentence], i: int) -> int:
        """«… خلّفت مدنيين اثنين و9 مسلحين وأربعة عناصر قتلى … وتحدثت حصيلة أولى عن 8 قتلى مقاتلين»: the
        sum of the whole figures of the same outcome told just before an earlier toll (its sentence and the two
        before): the newer toll split by side, which supersedes the earlier one whoever it counted."""
        r, here = records[i], sentences[i].index
        return sum(o.low for j, o in enumerate(records) if j != i and o.outcome == r.outcome and o.low is not None
                   and o.subset_of is None and not o.tally and o.qualifier != "vague"
                   and here - _NEWER_TOLL_SENTENCES <= sentences[j].index <= here
                   and o.evidence.start < r.evidence.start)

    def _headline_sentences(self) -> set[int]:
        """Short unpunctuated lines before the first paragraph: the title and standfirst.

        Not `Doc.headline_end`, the body's start that events and actors read: the tolls a title repeats are sought
        in every short line above the first paragraph, however many (a report of short lines, a toll under its title),
        where the body must start by the fourth line so that a report written in short lines still has one; and a
        line ending with a colon opens the list of tolls after it, body text. (Reading the tolls' headline with
        `headline_end` changes the output of the dev set: the two rules are not one.)"""
        out: set[int] = set()
        for s in self.doc.sentences[:-1]:
            line = self.doc.text[s.start:s.end]
            if len(line) > 160 or line.rstrip().endswith((".", "؟", "!", ":")):
                break  # (a line ending with a colon opens the list after it: body text)
            out.add(s.index)
        return out

    # --- one sentence ---------------------------------------------------------------------------------------
    def _read_sentence(self, s: Sentence, words: list[Match]) -> None:
        quantities = [q for q in self.quantity_index.starting_in(s.start, s.end) if not q.percent and not self._measure(q)]
        used: set[int] = set()  # quantity starts already counted
        used_nouns: set[int] = set()
        sentence_records: list[Casualty] = []
        self.sentence_records = sentence_records
        outcomes = [w for w in words if w.value[0] == "outcome"]
        last_counted = -10  # token index after the last outcome word that made a record
        for k, w in enumerate(outcomes):
            outcome = w.value[1]
            if any(w.char_start < u < w.char_end for u in used_nouns) or self._negated(w) or self._cause_of_death(w) or \
                    self._accident(w) or self._only_aimed_at(w):
                continue
            prev = outcomes[k - 1] if k > 0 else None
            # «مقتل وإصابة 5»; not «لقي تسعة مصرعهم وأصيب ثلاثة», «ما أدى لمقتله وإصابة 3»: a word with its own pronoun
            # («مصرعهم», «حتفه», «مقتله») closes its statement, and the next outcome counts its own people
            joint = prev is not None and prev.value[1] != outcome and prev.end != last_counted and w.start - prev.end <= 1 and \
                self._joined(prev.char_end, w.char_start) and w.char_start - prev.char_end <= 2 and \
                not str(prev.value[2]).startswith("it:")
            nxt = outcomes[k + 1] if k + 1 < len(outcomes) else None
            if nxt is not None and nxt.value[1] == outcome and not w.value[2] and nxt.start - w.end <= 1 and \
                    self._joined(w.char_end, nxt.char_start):
                continue  # «استشهاد ومقتل ومصرع 364 شخصاً»: words of one outcome, the last one counts
            if nxt is not None and not w.value[2] and nxt.start - w.end <= 1 and self._joined(w.char_end, nxt.char_start) \
                    and not self._count_before(w, quantities, used, used_nouns, peek=True) \
                    and not self._member_before(w, used_nouns, peek=True) \
                    and not self._subject_before_verb(w, used_nouns, peek=True):  # not «مدنيان قتلا وأصيب ثلاثة»
                # «مقتل وإصابة مدني»: one person killed and one injured; «استشهاد وإصابة 5» is a joint total: skipped
                found = self._count_after(nxt, quantities, words, used, used_nouns, peek=True)
                if found and (found[0].qualifier == "vague" or found[0].low == 1):
                    self._emit(s, w, outcome, *found, sentence_records)
                continue
            said = self.doc.text[w.char_start:w.char_end]
            if said in self.W.count_before_only:  # «a protestor was killed and 23 others were wounded»
                found = self._count_before(w, quantities, used, used_nouns) or \
                    self._noun_before(w, used_nouns)
            elif w.phrase.endswith(self.W.plural_verb) or said in self.W.count_before:
                found = self._count_before(w, quantities, used, used_nouns) or \
                    self._count_after(w, quantities, words, used, used_nouns)
            else:
                found = self._count_after(w, quantities, words, used, used_nouns) or \
                    self._count_before(w, quantities, used, used_nouns)
                if found and found[0].low is None and found[1] is not None and sentence_records and \
                        said.endswith(self.W.pronoun_suffixes) and not w.value[2] and said not in self.W.count_before \
                        and found[1].char_start > w.char_end and _noun_kind(found[1]) in ("fighter", "person"):
                    # «عثر على جثث ثلاثة شبان قتلهم مسلحون مجهولون»: the verb's object is the people counted before,
                    # the armed men after it its subject, no count
                    continue
            found = found or self._member_before(w, used_nouns) or self._subject_before_verb(w, used_nouns) or \
                self._bare(w) or self._tally_count(s, w, quantities, used)
            group = None
            if not found and prev is not None and (shared := self._shared_vague(prev, w, sentence_records)):
                found, group = shared  # «سقوط عدد من الشهداء والجرحى»: one vague count for both
            if not found and (died := self._died_of_wounds(s, w, sentence_records)):
                found, group = died  # «أصيب مقاتل … وتوفي لاحقاً متأثراً بإصابته»: the wounded man died
            if not found and w.value[2] and (w.start - last_counted > 5 or (
                    prev is not None and prev.value[1] not in (outcome, "both") and prev.value[2] and
                    not str(prev.value[2]).startswith("it:") and self._joined(prev.char_end, w.char_start))):
                # («سقوط قتيل وجريحين»: two words that count their own people, joined by «و», are two counts)
                # «سقوط قتيل», «جريحين», «ما أدى لمقتله»; not «لقي شاب مصرعه», counted with «لقي»
                found, group = self._own_count(s, w)
            if not found:
                continue
            if joint and found[0].low is not None and found[0].low > 1:
                continue  # «استشهاد وإصابة 5 مدنيين»: a joint total of dead and wounded, neither count
            if outcome == "both":
                if found[0].low is not None:
                    continue  # «أكثر من ثمانين قتيل وجريح»: a joint total of dead and wounded, neither count
                emitted_before = len(sentence_records)
                self._emit(s, w, "killed", *found, sentence_records, group)
                self._emit(s, w, "injured", *found, sentence_records, group)
                self.dead_and_wounded.update(id(r) for r in sentence_records[emitted_before:])
                last_counted = w.end
                continue
            self._emit(s, w, outcome, *found, sentence_records, group)
            last_counted = w.end
        self._labelled_count(s, quantities, used, sentence_records)
        self._place_breakdown(s, quantities, used, sentence_records)
        deferred = self._subsets(s, words, quantities, used, used_nouns, sentence_records, defer=True)
        listed = len(sentence_records)
        self._list_before(s, quantities, used, sentence_records, used_nouns)
        if len(sentence_records) > listed:
            # the parts of the counts listed
            deferred = self._subsets(s, words, quantities, used, used_nouns, sentence_records, defer=True)
        self._enumeration(s, words, quantities, used, used_nouns, sentence_records)
        if deferred:
            self._subsets(s, words, quantities, used, used_nouns, sentence_records)  # the parts of the last item
        self._sum_of_parts(sentence_records)
        self._who_they_were(s, sentence_records)
        self._bare_joined_to_next(sentence_records)
        self._each_side(sentence_records)
        self._wounded_of_the_dead(sentence_records)
        self.records.extend(sentence_records)

    def _wounded_of_the_dead(self, sentence_records: list[Casualty]) -> None:
        """«قتل 8 عناصر من قوات النظام وطفلان، وأصيب أكثر من 30 شخصاً», «three killed on both sides and 15 people
        wounded»: a count of persons of no side, told after the other outcome's counts of several groups (or of
        armed men, with civilians among the persons), is of all those groups, not of civilians alone."""
        base = len(self.records)
        for i, r in enumerate(sentence_records):
            if r.subset_of is not None or r.group != ["CIVILIANS"] or self.noun_kinds.get(id(r), "") != "person":
                continue
            earlier = [o for o in sentence_records if o.subset_of is None and o.outcome != r.outcome
                       and o.evidence.start < r.evidence.start and o.low is not None
                       and (len(o.group) == 1 or o.low > 1)]  # (one man is of no two groups)
            groups = unique(a for o in earlier for a in o.group)
            if not any(a in NAMED_ARMED for a in groups):
                continue
            parts = [o for o in sentence_records if o.subset_of == base + i]
            civilians_among = any(o.group == ["CIVILIANS"] for o in sentence_records[i + 1:] if o.subset_of is not None)
            if len(groups) < 2 and not civilians_among:
                continue
            whole = unique((["CIVILIANS"] if civilians_among or "CIVILIANS" in groups else []) +
                           [a for a in groups if a != "CIVILIANS"])
            for part in parts:
                if part.group == ["CIVILIANS"] and id(part) not in self.noun_kinds and self._bare_part(part):
                    part.group = list(whole)  # «بينهم ثلاثة بجروح بليغة»: some of the same people
            r.group = whole

    def _bare_part(self, r: Casualty) -> bool:
        """Was the record counted by a number with no word for people?"""
        start, end = self._span(r)
        return not any(n.value[0] == "noun" for n in self.word_chars.starting_in(start, end))

    def _who_they_were(self, s: Sentence, sentence_records: list[Casualty]) -> None:
        """«ارتفعت حصيلة الخسائر البشرية إلى 47 قتيلاً و130 جريحاً، هم من المدنيين ومنتسبي الأجهزة الأمنية»: a toll
        followed by «هم من» and the people it was made of, with no number of their own, is about all of them."""
        if not sentence_records:
            return
        text = self.doc.text
        tokens = list(self.doc.stream.between(s.start, s.end))
        for t, nxt in zip(tokens, tokens[1:]):
            if t.text not in self.W.breakdown or t.text == ":" or nxt.text not in self.W.from_:
                continue
            if any(not self._measure(q) for q in self.quantity_index.starting_in(t.start, s.end)):
                return  # «هم 30 مدنياً وخمسة من الشرطة»: a breakdown by numbers, read by its counts
            group = unique(a.actor for a in self.actor_index.starting_in(t.start, s.end)
                           if a.actor in NAMED_ARMED)
            if any(w.value[0] == "noun" and _noun_kind(w) == "civ"
                   for w in self.word_chars.starting_in(t.start, s.end)):
                group = ["CIVILIANS"] + group
            if len(group) < 2:
                return
            opener = self.doc.norm.to_original(t.start, t.end)[0]
            for r in sentence_records:
                if r.subset_of is None and r.evidence.end <= opener and r.low is not None:
                    r.group = list(group)
            return

    def _bare_joined_to_next(self, sentence_records: list[Casualty]) -> None:
        """«أدى العدوان إلى ارتقاء شهيدين وجرح سبعة جنود»: a count told by no word for people, joined by «و» to the
        next count, of soldiers or fighters, is of the same side."""
        original = self.doc.norm.original
        for a, b in zip(sentence_records, sentence_records[1:]):
            if a.subset_of is not None or b.subset_of is not None or a.outcome == b.outcome or a.group == b.group:
                continue
            if id(a) not in self.noun_kinds or self.noun_kinds[id(a)] is not None or \
                    self.noun_kinds.get(id(b)) not in ("soldier", "fighter"):
                continue
            if original[a.evidence.end:b.evidence.start].strip() in self.W.and_:
                a.group = list(b.group)

    def _sum_of_parts(self, sentence_records: list[Casualty]) -> None:
        """«يرتفع عدد المقاتلين والمدنيين … إلى 383 شخص، حيث رصد اغتيال 115 مدني، إضافة لاغتيال 264 مقاتلاً من
        قسد»: a count of people (or a bare toll) followed in its sentence by counts of several sides that add up to
        it, or nearly, is about all of them."""
        for i, total in enumerate(sentence_records):
            if not self._may_be_sum(total):
                continue
            parts = [r for r in sentence_records[i + 1:] if r.subset_of is None and r.outcome == total.outcome
                     and r.low is not None and r.evidence.start > total.evidence.start]
            if len(parts) < 2 or len({tuple(p.group) for p in parts}) < 2 or any(id(p) in self.parallel for p in parts):
                continue  # (a toll told beside it, «وإلى 321 عدد مقاتلي الفصائل», is of other people)
            added = sum(p.low for p in parts)
            if 0.9 * total.low <= added <= total.low:
                total.group = unique(a for p in parts for a in p.group)

    def _after_label(self, s: Sentence) -> tuple[int, int] | None:
        """«الشهداء المدنيون السوريون:: 110687»: a sentence that opens with a number after a sentence ending in a
        colon; (start, end) of the label before the colon, from its last comma."""
        if s.index == 0 or not self._count_between(s.start, s.start + 1):
            return None
        p = self.doc.sentences[s.index - 1]
        text = self.doc.text[p.start:s.start].rstrip()  # (the colon may stand between the two sentences)
        if not text.endswith(":"):
            return None
        return self._label(p.start, text)

    def _label_inside(self, s: Sentence) -> bool:
        """«قوات النظام: 95»: a line of a breakdown whose label names a side with no word for people, a colon, then
        the number (read only after a count of people)."""
        if not self.records:
            return False
        return any(self.doc.text[s.start:q.start].rstrip().endswith(":") and q.low is not None
                   for q in self.quantity_index.starting_in(s.start, s.end))

    def _label(self, lo: int, before: str) -> tuple[int, int]:
        """(start, end) of the label that `before` (the text from `lo`, ending in a colon) ends with: from its last
        comma or stop to the colon."""
        end = lo + len(before.rstrip(":").rstrip())
        start = max(self.doc.text.rfind(c, lo, end) for c in "،,.:")
        return (start + 1 if start >= lo else lo), end

    def _labelled_count(self, s: Sentence, quantities: list[Quantity], used: set[int],
                        sentence_records: list[Casualty]) -> None:
        """«… وتوزعت الخسائر البشرية على النحو التالي:: الشهداء المدنيون:: 110687، … كما ارتفع عدد القتلى من قوات
        النظام إلى:: 64868»: a number after a label that names the people (a side, or civilians) counts them; the
        outcome is the label's, else a toll's (a verb of rising or «عدد» in the label, or a larger toll told before)."""
        for q in quantities:
            if q.start in used or q.low is None:
                continue
            if q.start < s.start + 2:
                label = self._after_label(s)
            else:
                before = self.doc.text[s.start:q.start].rstrip()
                if not before.endswith(":"):
                    continue
                label = self._label(s.start, before)
            if label is not None:
                self._labelled(s, q, *label, used, sentence_records)

    def _shared_out_by_place(self, s: Sentence) -> bool:
        """«وتوزعت الحصيلة على المحافظات كالتالي: إدلب 30، وحلب 19»: a line with no word for people that shares out
        a toll told before (read only after a count)."""
        colon = self.doc.text.find(":", s.start, s.end)
        return bool(self.records) and colon > 0 and self._place_breakdown_word(s.start, colon)

    def _place_breakdown_word(self, start: int, end: int) -> bool:
        """Does a word of sharing out a toll by place (words.tsv place_breakdown) stand in the span?"""
        return any(t.strip(PUNCTUATION) in self.W.place_breakdown for t in self.doc.text[start:end].split())

    def _place_breakdown(self, s: Sentence, quantities: list[Quantity], used: set[int],
                         sentence_records: list[Casualty]) -> None:
        """«وتوزع الشهداء على: دمشق وريفها 41، حلب 22، …», «وتتوزع الحصيلة بحسب المناطق على: بانياس 230، وجبلة
        311»: a toll broken down by place, a number after each place's name, counts the toll's people in each place
        (the toll is the last whole count told before, at least as large as the parts together)."""
        text = self.doc.text
        colon = text.find(":", s.start, s.end)
        opener = (s.start, colon)
        if colon < 0 and s.index > 0:  # (the colon may end the sentence before the list)
            p = self.doc.sentences[s.index - 1]
            if not text[p.start:s.start].rstrip().endswith(":"):
                return
            opener, colon = (p.start, s.start), s.start - 1
        elif colon < 0:
            return
        if not self._place_breakdown_word(*opener):
            return
        items = []
        for q in quantities:
            if q.start <= colon or q.start in used or q.low is None or q.qualifier != "exact":
                continue
            item = max(text.rfind(c, colon, q.start) for c in "،,:")
            item = max(item, colon) + 1
            named = [p for p in self.place_index.starting_in(item, q.start) if p.end <= q.start]
            if not named or len(text[item:q.start].split()) > 4 or \
                    any(w.value[0] in ("noun", "outcome") for w in self.word_chars.starting_in(item, q.start)) or \
                    self.actor_index.starts_in(item, q.start):
                continue
            items.append((q, named[0]))
        if len(items) < 2:
            return
        total = sum(q.low for q, _ in items)
        whole = next((r for r in reversed(self.records + sentence_records) if r.subset_of is None
                      and r.low is not None and r.low >= total), None)
        if whole is None:
            return
        for q, place in items:
            used.add(q.start)
            record = Casualty(list(whole.group), whole.outcome, q.low, q.high, q.qualifier, whole.date_start,
                              whole.date_end, place.name, self.doc.evidence(place.start, q.end), admin1=place.admin1,
                              tally=whole.tally)
            self.listed.add(id(record))  # (a part of a breakdown, not a count told before told again)
            sentence_records.append(record)

    def _labelled(self, s: Sentence, q: Quantity, start: int, end: int, used: set[int],
                  sentence_records: list[Casualty]) -> None:
        group = self._label_group(start, end)
        if not group:
            return
        said = [w for w in self.word_chars.starting_in(start, end) if w.value[0] == "outcome" and w.value[1] != "both"]
        label_words = self.doc.text[start:end].split()
        if said:
            outcome = said[-1].value[1]
        elif any(self._tally_verb(x) or x in self.W.count_noun for x in label_words) or any(
                r.outcome == "killed" and (r.low or 0) > q.low for r in self.records + sentence_records):
            outcome = "killed"
        else:
            return
        used.add(q.start)
        place = self._place(s, q.start, q.end)
        d_start, d_end = self._date(s, q.start)
        record = Casualty(group, outcome, q.low, q.high, q.qualifier, d_start, d_end,
                          (place.name_ar or place.name) if place else None, self.doc.evidence(start, q.end),
                          admin1=place.admin1 if place else None, tally=self._is_tally(start, end))
        sentence_records.append(record)

    def _label_group(self, start: int, end: int) -> list[str]:
        """The people a label names: the first side in it and those joined to it by «و» («الفصائل المقاتلة وقوات
        سوريا الديمقراطية»; not «المنشقين عن قوات النظام»), else civilians for a word for them."""
        found: list[str] = []
        pos = None
        for a in self.actor_index.starting_in(start, end):
            if a.end > end:
                break
            if pos is not None:
                gap = self.doc.text[pos:a.start].strip().replace('"', "")
                if a.start < pos:
                    continue
                if gap not in self.W.and_ and not (gap == "" and self.doc.text[a.start - 1:a.start] in self.W.and_):
                    break
            found.append(a.actor)
            pos = a.end
        armed = unique(x for x in found if x in NAMED_ARMED)
        if armed:
            return armed
        if "CIVILIANS" in found or any(n.value[0] == "noun" and n.value[1].startswith("civ:")
                                       for n in self.word_chars.starting_in(start, end)):
            return ["CIVILIANS"]
        return unique(found)

    def _enumeration(self, s: Sentence, words: list[Match], quantities: list[Quantity], used: set[int],
                     used_nouns: set[int], sentence_records: list[Casualty]) -> None:
        """«… 124 من المدنيين، و103 من العسكريين، و12 من المقاتلين»: the rest of a list of counts, numbers or
        nouns that count by themselves («هم: عنصران من الأسايش، و41 من اللاجئين …، وعنصر سابق بتنظيم الدولة»)."""
        if not sentence_records:
            return
        text = self.doc.text
        parts: dict[int, list[Casualty]] = {}  # the parts of each count broken down («N قتيلاً، هم: …»)
        part_of: dict[int, Casualty] = {}
        counted = {n.char_start for q in quantities for n in [self._noun_in(q)] if n is not None}
        singles = [n for n in words if n.value[0] == "noun" and s.start <= n.char_start < s.end
                   and n.char_start not in used_nouns and n.char_start not in counted
                   and _noun_number(n) in ("1", "2") and _noun_kind(n) not in ("other", "kin")]
        items = sorted([q for q in quantities if q.start not in used] +
                       [self._as_quantity(n) for n in singles], key=lambda q: q.start)
        chained: set[int] = set()  # single nouns added to the one before them
        for q in items:
            if q.start in used or not sentence_records:
                continue
            previous = [r for r in sentence_records if self.doc.norm.to_original(q.start, q.end)[0] > r.evidence.start]
            if not previous:
                continue
            before = [b.strip(":،,") for b in text[max(s.start, q.start - 14):q.start].split()]
            before = [b for b in before if b]
            while before and (before[-1] in self.W.determiners or before[-1].lower() in self.W.indefinite):
                before.pop()  # «three SDF fighters and a civilian»: the article is not the list's link
            glued = q.start > 0 and text[q.start - 1] in self.W.glued and (q.start < 2 or text[q.start - 2] in " ،,:")
            mark = text[s.start:q.start].rstrip()[-1:]  # «…: 45 civilians, 50 soldiers»: a list mark written apart
            # (a link may be written in two or three words: «along with», «as well as»)
            tail = [" ".join(before[-k:]) for k in (1, 2, 3) if len(before) >= k]
            along = any(t in self.W.along_with for t in tail) and not self._after_fighting(s, q.start)
            # «… إلى 347 عدد مقاتلي الوحدات، وإلى 321 عدد مقاتلي الفصائل»: a link with its conjunction glued
            linked = bool(before) and len(before[-1]) > 2 and before[-1][0] in self.doc.lang.clitics.conjunctions \
                and before[-1][1:] in self.W.to and before[-1][1:] in self.W.list_link
            # «مقتل عنصر من حزب الله ومدنيين اثنين»: a plural noun joined by «و», its number told after it
            counted_before = next((n for n in self.word_chars.starting_in(max(s.start, q.start - 20), q.start)
                                   if n.value[0] == "noun" and n.value[1].endswith(":many")
                                   and (not text[n.char_end:q.start].strip() or self._adjective_between(n, q))
                                   and n.char_start >= 2
                                   and text[n.char_start - 1] in self.doc.lang.clitics.conjunctions
                                   and text[n.char_start - 2] == " " and q.value is not None and q.value <= 10
                                   and not text[q.start:q.end].strip().isdigit()), None)
            if not glued and not along and not linked and counted_before is None and \
                    not (before and (any(t in self.W.list_link for t in tail) or before[-1] in self.W.breakdown)) \
                    and not (mark and not mark.isalnum() and (mark in self.W.list_link or mark in self.W.breakdown)):
                continue
            single = q.value is None and q.qualifier != "vague"  # a noun counting by itself, not «عدد من»
            if q.qualifier == "vague" and not glued and not (before and before[-1] in self.W.and_):
                continue  # «وعدد من عناصره» adds people; «, many of them women» is a part of the count before
            noun = self._noun_at(q.start) if single else self._noun_in(q)
            if counted_before is not None:
                noun = counted_before
            after = text[q.end:q.end + 4].split()
            of = bool(after) and after[0] in self.W.from_
            group = self._actors_after(q.end, s.end) if of else []
            if not group and of:
                noun = self._noun_at(q.end + 4)  # «103 من العسكريين»
            if linked and not group and noun is None and after and after[0] in self.W.count_noun:
                counted = text.index(after[0], q.end) + len(after[0]) + 1
                noun = self._noun_at(counted)  # «وإلى 321 عدد مقاتلي الفصائل»: the people «عدد» names
                group = self._actors_after(counted, min(s.end, counted + 40), strict=True) if noun is None or \
                    _noun_kind(noun) not in ("civ", "kin") else []
            if not group and self._own_members_after(q):  # «قيادي في حزب الله واثنين من مرافقيه»: the side the
                group = self._antecedent(q.start) or list(previous[-1].group)  # pronoun points to, or the man's
            group = group or self._item_group(s, q, noun, previous)  # «7 مجهولي الهوية», «12 مدنياً … و5 آخرين»
            if not group and noun is None and not single and q.qualifier != "vague" and self._at_place_after(q):
                group = list(previous[-1].group)  # «هم 17 في مدينة دوما، و12 في بلدة حمورية»: the dead by place
            if not group:
                continue
            used.add(q.start)
            parent = previous[-1]
            stop = max(q.end, noun.char_end if noun else q.end)
            if single and noun is not None:  # «وممرضة وموظفة في المشفى»: single persons joined add up
                if noun.char_start in chained:
                    continue
                used_nouns.add(noun.char_start)
                before_chain = set(used_nouns)
                count, _, end = self._noun_chain(noun, words, used_nouns, peek=False, kin_only=True)
                chained |= used_nouns - before_chain
                if count.low is not None and count.low > q.low:
                    q, stop = Quantity(q.start, end, count.low, count.high, "exact", None), end
            said = [o for o in words if o.value[0] == "outcome" and o.char_end <= q.start and o.value[1] != "both"]
            outcome = said[-1].value[1] if said else parent.outcome  # «… 24 قتيلا من العسكريين، وست نساء»
            if (group, outcome, q.low, q.high) == (parent.group, parent.outcome, parent.low, parent.high) and \
                    before and before[-1] in self.W.breakdown:
                continue  # «ثلاثة مواطنين، هم امرأة وطفلاها»: the whole told again, person by person
            record = Casualty(group, outcome, q.low, q.high, q.qualifier, parent.date_start, parent.date_end,
                              parent.place_ar, self.doc.evidence(q.start, stop), admin1=parent.admin1,
                              tally=parent.tally)
            sentence_records.append(record)
            if q.qualifier == "vague":
                self.further.add(id(record))
            if linked:
                self.parallel.add(id(record))
                continue  # a toll of its own beside the one before, no part of it
            whole = part_of.get(id(parent), parent)  # «هم: 25 مدنياً، و10 …، و5 …»: all parts of the one total
            part_of[id(record)] = whole
            parts.setdefault(id(whole), []).append(record)
        for parent in sentence_records:
            self._broken_down(parent, parts.get(id(parent), []))

    def _adjective_between(self, noun: Match, q: Quantity) -> bool:
        """«مدنيين سوريين اثنين»: one word between a plural noun and the number word after it that agrees with the
        noun (the same ending), no word of people or outcome of its own: an adjective of the people counted."""
        gap = self.doc.text[noun.char_end:q.start].split()
        if len(gap) != 1 or q.value is None or q.value > 10 or self.doc.text[q.start:q.end].strip().isdigit():
            return False
        said = self.doc.text[noun.char_start:noun.char_end].split()[-1]
        adjective = gap[0]
        if len(said) < 4 or len(adjective) < 4 or said[-2:] != adjective[-2:]:
            return False
        start = noun.char_end + self.doc.text[noun.char_end:q.start].index(adjective)
        return not any(self._words_in(start, start + len(adjective)))

    def _at_place_after(self, q: Quantity) -> bool:
        """A bare number right before a preposition of place (words.tsv, locative) and a place named within a few
        words: an item of a toll told place by place."""
        after = self.doc.text[q.end:q.end + 12].split()[:1]
        if not after or after[0] not in self.W.locative:
            return False
        start = self.doc.text.index(after[0], q.end) + len(after[0])
        return any(p.start - start <= 12 for p in self.place_index.starting_in(start, start + 14))

    def _after_fighting(self, s: Sentence, offset: int) -> bool:
        """«اشتباك مع 3 مسلحين»: the word before «مع» (right before the offset) tells of fighting or an event, and the
        people after it are the other side, not more dead."""
        link = self.doc.text.rfind(" ", s.start, offset - 1)  # the space before «مع»
        prev = self.doc.text.rfind(" ", s.start, max(s.start, link)) + 1 if link > s.start else s.start
        return link <= s.start or self.trigger_index.starts_in(prev, link)

    def _list_before(self, s: Sentence, quantities: list[Quantity], used: set[int],
                     sentence_records: list[Casualty], used_nouns: set[int] = frozenset()) -> None:
        """«Five attacks left three SDF fighters, two ISIS members and one civilian dead»: the counts listed before
        the count next to the outcome word share its outcome, each with its own people."""
        text = self.doc.text
        # «a woman and two children were killed»: one person named by an article and a noun is an item too
        counted = {n.char_start for q in quantities for n in [self._noun_in(q)] if n is not None}
        singles = {} if not self.W.indefinite else {
            n.char_start: n for n in self.word_chars.starting_in(s.start, s.end)
            if n.value[0] == "noun" and _noun_number(n) == "1"
            and _noun_kind(n) not in ("other", "kin") and n.char_start not in counted
            and n.char_start not in used_nouns and not self._in_subset_aside(s.start, n.char_start)
            and self._article_before(max(s.start, n.char_start - 30), n.char_start)}
        items = sorted(quantities + [self._as_quantity(n) for n in singles.values()], key=lambda q: q.start)
        for record in list(sentence_records):
            start = self.doc.norm.from_original(record.evidence.start)
            if record.subset_of is not None or start <= s.start:
                continue
            if any(o.value[0] == "outcome" for o in self.word_chars.starting_in(start, start + 1)):
                continue  # «نزح آلاف المدنيين وقتل العشرات منهم»: told from its verb on, the count lists nothing before it
            while True:
                before = [q for q in items if q.start not in used and s.start <= q.start and q.end <= start]
                if not before:
                    break
                q = before[-1]
                noun = singles[q.start] if q.value is None and q.start in singles else self._noun_in(q)
                end = max(q.end, noun.char_end) if noun is not None else q.end
                named = self._side_named_after(end, start)
                if named is not None:
                    end = named  # «40 members of the SDF and nine ISIS members were killed»
                gap_text = text[end:start]
                aside = self._aside_end(gap_text)
                if aside:  # «29 combatants, nine civilians, including a child, and four ISIS members dead»
                    gap_text = gap_text[aside:]
                gap = gap_text.replace(",", " , ").replace("،", " ، ").split()
                linked = [g for g in gap if g not in (",", "،")]
                if len(linked) > 1 and " ".join(linked) in self.W.list_link:
                    gap = [" ".join(linked)]  # «four soldiers, as well as two fighters, were killed»: a link of words
                if len(gap) == 2 and gap[0] in self.W.list_link and gap[1] in self.W.determiners:
                    gap = gap[:1]  # «a woman and her three children»
                part = sentence_records[-1]  # the item read last in this list, when it is not the verb's own count
                whole_of_part = bool(self.W.adjectives_before) and len(gap) == 1 and gap[0] in self.W.subset_opener \
                    and part is not record and q.low is not None and part.low is not None and q.low > part.low
                # (with whole_of_part, «four soldiers including one officer, as well as two fighters were killed»:
                # the count that the part after «including» belongs to is an item of the list too)
                if not whole_of_part and (len(gap) > 2 or not all(g in self.W.list_link or g in self.W.glued for g in gap)
                                          or not (gap or text[start - 1:start] in self.W.glued)):
                    break
                group = self._item_group(s, q, noun, [record], main_side=True)
                if not group:
                    break
                used.add(q.start)
                if self._family_item(record, q, noun, group, gap):
                    # «a woman and her three children were killed»: civilians joined by «and» are one count
                    # (GUIDELINES: «سيدة وطفل» = 2), as after the verb («killed a woman and her two children»)
                    record.low += q.low
                    record.high += q.high
                    record.evidence = self.doc.evidence(q.start, self.doc.norm.from_original(record.evidence.end))
                    start = q.start
                    continue
                sentence_records.append(Casualty(group, record.outcome, q.low, q.high, q.qualifier, record.date_start,
                                                 record.date_end, record.place_ar, self.doc.evidence(q.start, end),
                                                 admin1=record.admin1, tally=record.tally))
                start = q.start

    def _family_item(self, record: Casualty, q: Quantity, noun: Match | None, group: list[str], gap: list[str]) -> bool:
        """Is the item before a count of civilians one more of the same people, joined by «and» alone (not a part of
        a list with commas, not soldiers or fighters: «an officer and a soldier» are two counts)?"""
        return bool(gap) and len(gap) == 1 and gap[0] in self.W.and_ and record.subset_of is None \
            and record.qualifier == q.qualifier == "exact" and record.low is not None and q.low is not None \
            and record.high is not None and q.high is not None and group == record.group == ["CIVILIANS"] \
            and noun is not None and _noun_kind(noun) in ("civ", "kin") \
            and self.noun_kinds.get(id(record)) in ("civ", "kin")

    def _article_before(self, start: int, offset: int) -> bool:
        """«a civilian», «an Iraqi army officer»: an article at most two words (no link, no punctuation) before."""
        words = self.doc.text[start:offset].split()[-3:]
        for k, w in enumerate(reversed(words)):
            if w in self.W.indefinite:
                return True
            if not w.isalpha() and "-" not in w or w in self.W.list_link or w in self.W.determiners or k >= 2:
                return False
        return False

    def _in_subset_aside(self, start: int, offset: int) -> bool:
        """Is the offset inside a part opened since the last comma («nine civilians, including a child and a»)?"""
        seg = self.doc.text[start:offset]
        cut = max(seg.rfind(","), seg.rfind("،"))
        words = seg[cut + 1:].split()
        return any(" ".join(words[i:i + k]) in self.W.subset_opener for i in range(len(words)) for k in (1, 2, 3))

    def _aside_end(self, gap: str) -> int:
        """Where a part told between commas right after a count ends («, including a child and a woman,» before
        «and four ISIS members»); 0 if the gap opens with none."""
        stripped = gap.lstrip()
        if not stripped[:1] in (",", "،"):
            return 0
        lead = len(gap) - len(stripped)
        close = min((k for k in (stripped.find(",", 1), stripped.find("،", 1)) if k != -1), default=-1)
        if close == -1:
            return 0
        inner = stripped[1:close].split()
        if any(c in stripped[1:close] for c in ".؛:") or \
                not any(" ".join(inner[:k]) in self.W.subset_opener for k in (1, 2, 3)):
            return 0
        return lead + close

    def _side_named_after(self, offset: int, limit: int, armed_only: bool = False) -> int | None:
        """Where the side named right after a counted noun ends («members of the SDF», «fighters of Hezbollah»), with
        only linking words between; None if none is. `armed_only`: civilians named next are not part of it."""
        end = None
        pos = offset
        for a in self.actor_index.starting_in(offset, limit):
            if a.start < pos or a.end > limit:
                continue
            if armed_only and a.actor not in ARMED:
                break
            gap = [g for g in (g.strip(PUNCTUATION) for g in self.doc.text[pos:a.start].split()) if g]  # «of the “…”»
            links = self.W.side_link | self.W.determiners | self.W.member_link
            if any(g not in links and (end is None or g not in self.W.and_) for g in gap) or len(gap) > 3:
                break
            end = pos = a.end
        return end

    def _item_group(self, s: Sentence, q: Quantity, noun: Match | None, previous: list[Casualty],
                    main_side: bool = False) -> list[str]:
        """The people of one count of a list: the side named right after it, or its noun's (`main_side`: combatants
        of no side named are of the report's main side, `_main_fighters`)."""
        group = [a.actor for a in self.actor_index.starting_in(q.end, q.end + 3)]
        if group or noun is None:
            return group
        kind = _noun_kind(noun)
        return ["CIVILIANS"] if kind in ("civ", "kin") else (
            self._named_side(noun, noun.char_end, s, strict=kind == "person") or
            ([self.state_army] if kind == "soldier" else []) or
            (list(previous[-1].group) if kind == "other" else []) or
            (self._main_fighters() if kind == "fighter" and main_side else []))

    def _main_fighters(self) -> list[str]:
        """Whose the combatants of a list are when it names no side («18 operations left 31 combatants, two ISIS
        members …»): the side of the largest count of fighters the report gave before."""
        armed = [r for r in self.records if r.group and r.low and all(a in NAMED_ARMED for a in r.group)]
        return list(max(armed, key=lambda r: r.low).group) if armed else []

    @staticmethod
    def _as_quantity(noun: Match) -> Quantity:
        """A noun that counts by itself («عنصران», «وعنصر») as a quantity of a list (value None: no number)."""
        n = int(_noun_number(noun))
        return Quantity(noun.char_start, noun.char_end, n, n, "exact", None)

    def _broken_down(self, total: Casualty, parts: list[Casualty], marked: bool = False) -> None:
        """«تسببت بمقتل 250 شخصاً، هم: 124 من المدنيين، و103 من العسكريين …»: a count of people broken down by
        side is about all the sides of its parts (`marked`: the breakdown is known to be one)."""
        if len(parts) < 2 or total.group not in (["CIVILIANS"], ["UNKNOWN"]) or all(p.group == ["CIVILIANS"] for p in parts):
            return
        if marked:
            total.group = unique(a for p in parts for a in p.group if a != "UNKNOWN")
            return
        between = self.doc.norm.original[total.evidence.end:parts[0].evidence.start].replace(":", " : ").split()
        if any(w in self.W.breakdown for w in map(normalize_word, between)):
            total.group = unique(a for p in parts for a in p.group)

    def _count_after(self, w: Match, quantities: list[Quantity], words: list[Match], used: set[int],
                     used_nouns: set[int], peek: bool = False):
        text = self.doc.text
        start = self._after_filler(w.char_end)
        first = self._noun_at(start)
        if first is not None and first.char_start >= 2 and text[first.char_start - 1] in self.W.place_clitics and \
                text[first.char_start - 2].isspace():
            return None  # «على الضحية بأحد شوارع الحي»: a place, after a preposition, not the people counted
        if first is None and self.W.adjectives_before:
            first = self._noun_after_words(start)  # «the killing of a regime soldier»
        fronted = text[start:start + 30].split()[:3]
        if first is None and len(fronted) == 3 and fronted[0] in self.W.fronted_pp and \
                self.doc.text[w.char_start:w.char_start + 1] not in self.W.glued_preposition and \
                not any(c in fronted[1] for c in PUNCTUATION) and \
                not (self.W.article and fronted[2].startswith(self.W.article)):
            # «وقتل في القصف طفل وامرأتان», «استشهد جراء ذلك شاب»: a phrase put before the (indefinite) subject of a
            # verb (not after «بجروح في شجار مسلح»: a noun with its preposition has no subject)
            first = self._noun_at(text.index(fronted[2], start + len(fronted[0]) + len(fronted[1])))
        if first is not None and first.char_start >= self.doc.sentence_of(w.char_start).end:
            first = None  # «… and even more injuries. A local source said»: the next sentence's people
        if first is not None and first.char_start not in used_nouns and self.W.indefinite and \
                first.value[1] in ("soldier:1", "fighter:1"):
            # «wounding an officer and two members»: one man of a side and more of the same, joined by «and», add up
            # (as «إصابة ضابط وثلاثة من منتسبي القوة الجوية»)
            q = next((q for q in quantities if q.start not in used and q.start > first.char_end
                      and text[first.char_end:q.start].strip() in self.W.and_), None)
            own = self._noun_in(q) if q is not None else None
            if q is not None and q.low is not None and q.qualifier == "exact" and own is not None and \
                    _noun_kind(own) in ("soldier", "fighter") and \
                    not self._actors_after(first.char_end, q.start) and \
                    not [a for a in self.actor_index.starting_in(q.start, own.char_end + 1)]:
                if not peek:
                    used_nouns.add(first.char_start)
                    used.add(q.start)
                return _Count(1 + q.low, 1 + (q.high or q.low), "exact", first.char_start, q.end), first, \
                    max(own.char_end, q.end)
        if first is not None and first.char_start not in used_nouns:
            q = next((q for q in quantities if q.start not in used and (0 <= q.start - first.char_end <= 2 or
                                                                         self._adjective_between(first, q))
                      and not self._and_one(q) and not any(c in text[first.char_end:q.start] for c in PUNCTUATION)), None)
            # (not «طفل وأحد …», nor «6 أشخاص، اثنان منهم»: a comma ends the count)
            if q is not None and self._and_others(first, q):
                q = None  # «مقتل مدني و3 عناصر من قوات النظام»: the next count is of other people (a list)
            if q is not None:  # «مقتل جنديين اثنين», «مواطنين اثنين على الأقل»: the number after the noun
                if not peek:
                    used_nouns.add(first.char_start)
                    used.add(q.start)
                if self._and_more(first, q):  # «إصابة ضابط وثلاثة من منتسبي القوة الجوية»: 1 + 3
                    n = self._noun_count(first)
                    return _Count(n.low + q.low, None if q.high is None else n.high + q.high, q.qualifier,
                                  first.char_start, q.end), first, q.end
                return _Count(q.low, q.high, q.qualifier, q.start, q.end), first, q.end
        gap_limit = w.char_end + 14
        for q in quantities:
            if q.start in used or q.start < w.char_end or q.start > w.char_end + 36:
                continue
            if first is not None and first.char_start not in used_nouns and q.start >= first.char_end \
                    and not self.W.indefinite:  # (where an article counts one person, the test below decides)
                break  # «قتل خلالها طفل وأحد شيوخ العشائر»: the noun right after the verb is the count
            between = text[w.char_end:q.start].split()
            if any(b in self.W.subset_opener for b in between):
                break  # «ارتقوا من بينهم 15 طفلاً»: the part of a count told before
            if q.start > gap_limit or any(b not in self.W.count_gap for b in between):
                # «قتلت منذ صيف 2014، 299 مدنيا»: farther off only when people are counted and no other
                # outcome word stands between
                # («نعت الفصائل 5 من مقاتليها»: people counted as the members of the side named before)
                if self._noun_in(q) is None and not self._own_members_after(q) \
                        or any(o.value[0] == "outcome" and w.char_end <= o.char_start < q.start for o in words):
                    continue
            if first is not None and first.char_end <= q.start and first.value[1].endswith(":1") and \
                    self.W.indefinite and first.char_start not in used_nouns:
                joined = [g for g in text[first.char_end:q.start].split() if g not in self.W.determiners]
                noun = self._noun_in(q)
                if len(joined) == 2 and joined[1] in self.W.and_ and joined[0].isalpha() and \
                        first.value[1].startswith("civ") and self.W.adjectives_before:
                    joined = joined[1:]  # «a civilian contractor and two Iraqi civilians»: one civilian described
                if len(joined) == 1 and joined[0] in self.W.and_ and q.low is not None and noun is not None \
                        and _noun_kind(noun) in ("civ", "kin") and first.value[1].startswith(("civ", "kin")):
                    # «killed a woman and her two children»: the person and the people counted after add up
                    if not peek:
                        used.add(q.start)
                        used_nouns.add(first.char_start)
                    return _Count(q.low + 1, (q.high or q.low) + 1, q.qualifier, first.char_start, q.end), first, \
                        max(noun.char_end, q.end)
                break  # «wounding a resident and abducting three others»: the person right after the verb is counted
            if not peek:
                used.add(q.start)
            noun = self._noun_in(q)
            return _Count(q.low, q.high, q.qualifier, q.start, q.end), noun, (max(noun.char_end, q.end) if noun else q.end)
        noun = first
        if noun is not None and noun.value[1].endswith(":many") and (self._defined(w) or self._counted_by_label(w)):
            return None  # «الشهداء المدنيين», «حصيلة شهرية للقتلى المدنيين», «بلغ عدد قتلى المسلحين»: not a count
        if noun is not None and noun.char_start not in used_nouns:
            # «مواطنين اثنين على الأقل»: the number after the noun
            q = next((q for q in quantities if q.start not in used and 0 <= q.start - noun.char_end <= 2
                      and not self._and_one(q) and not self._and_others(noun, q)
                      and not any(c in text[noun.char_end:q.start] for c in PUNCTUATION)), None)
            if not peek:
                used_nouns.add(noun.char_start)
                if q is not None:
                    used.add(q.start)
            if q is not None:
                return _Count(q.low, q.high, q.qualifier, q.start, q.end), noun, q.end
            return self._noun_chain(noun, words, used_nouns, peek)
        return None

    def _of_the_outcome(self, q: Quantity, w: Match) -> Match | bool:
        """«Nine of the dead», «20 of those killed»: «of» and a determiner between the number and the outcome word,
        which names the people counted (languages with a partitive word, words.tsv role partitive). The noun of the
        clause after it, when one follows within a few words, says who they were («… have been civilians»: the
        noun, returned); not «Two of the wounded died later», whose next outcome word tells their own fate."""
        between = self.doc.text[q.end:w.char_start].lower().split()
        if not (len(between) == 2 and between[0] in self.W.partitive and between[1] in self.W.determiners):
            return False
        end = w.char_end
        for t in list(self.doc.stream.between(end, end + _CLAUSE_NOUN_CHARS))[:_CLAUSE_NOUN_WORDS]:
            if any(c in self.doc.text[end:t.start] for c in PUNCTUATION):
                break
            here = list(self.word_chars.starting_in(t.start, t.start + 1))
            if any(m.value[0] == "outcome" for m in here):
                return False
            noun = next((m for m in here if m.value[0] == "noun"), None)
            if noun is not None:
                return noun
        return True

    def _defined(self, w: Match) -> bool:
        """«القتلى», «للقتلى», «وبالقتلى»: the outcome word with the article, after a clitic or two."""
        text = self.doc.text[w.char_start:w.char_end]
        clitics = self.doc.lang.clitics
        lam_article = clitics.article_after_lam
        if lam_article and (text.startswith(lam_article) or
                            self.doc.text[max(0, w.char_start - 1):w.char_start + 1] == lam_article):
            return True
        rest = text[1:] if text[:1] and text[0] in clitics.conjunctions else text  # «و», then «ب»: «وبالقتلى»
        rest = rest[1:] if rest[:1] and rest[0] in clitics.prepositions else rest
        return text.startswith(self.W.article) or rest.startswith(self.W.article)

    def _counted_by_label(self, w: Match) -> bool:
        """«عدد قتلى المسلحين», «حصيلة قتلى الصراع»: the outcome word names what a number counts."""
        before = self.doc.text[max(0, w.char_start - 15):w.char_start].split()
        return bool(before) and (before[-1] in self.W.count_noun or before[-1] in self.W.tally_word)

    def _and_more(self, noun: Match, q: Quantity) -> bool:
        """«ضابط وثلاثة», «طفل و3», «ضابطان وثلاثة جنود»: a number joined by «و» to a singular or dual noun counts more
        people, not the noun's number («شخص واحد» is the number one)."""
        if not (not noun.value[1].endswith(":many") and q.low is not None and self._after_and(q)):
            return False
        return not self._and_others(noun, q)

    def _and_others(self, noun: Match, q: Quantity) -> bool:
        """«مقتل مدني و3 عناصر من قوات النظام»: a number joined by «و» after a noun, with a noun of another kind of
        its own, counts other people."""
        if not self._after_and(q):
            return False
        own = self._noun_in(q)
        armed = ("fighter", "soldier")
        kinds = _noun_kind(own) if own else None, _noun_kind(noun)
        return own is not None and kinds[0] != kinds[1] and not (kinds[0] in armed and kinds[1] in armed)

    def _after_and(self, q: Quantity) -> bool:
        """«و3», «وثلاثة»: the number is joined by «و» to what comes before it (not «واحد», the number one)."""
        text = self.doc.text
        said = text[q.start:q.end]
        return said[:1] in self.W.and_ and not said.startswith(tuple(self.W.number_one)) or \
            q.start >= 2 and text[q.start - 1] in self.W.and_ and text[q.start - 2].isspace()

    def _and_one(self, q: Quantity) -> bool:
        """«طفل وأحد شيوخ العشائر»: «and one of», written with hamza, not the number «واحد» after a noun (the two
        are alike once normalised)."""
        start, end = self.doc.norm.to_original(q.start, q.end)
        said = self.doc.norm.original[start:end]
        return len(said) > 1 and said[0] in self.W.and_ and said[1] in self.doc.lang.hamza_alefs

    def _after_filler(self, offset: int) -> int:
        """Past what may stand between a verb and the people it counts: «قتل خلالها طفل», «قضى على إثرها
        مقاتلان», «أعدم التنظيم رجلاً» (the subject: an actor named right there)."""
        text = self.doc.text
        while True:
            while offset < len(text) and (text[offset].isspace() or text[offset] in PUNCTUATION):
                offset += 1  # «قتل، أمس …»
            m = text[offset:offset + 12].split()[:1]
            if m and m[0].strip(PUNCTUATION) in self.W.filler:
                offset = text.index(m[0], offset) + len(m[0].rstrip(PUNCTUATION))
                continue
            when = self.date_at.get(offset)
            if when is not None:
                offset = when.end  # «قتل، أمس الأربعاء، عنصران»
                continue
            actor = next((a for a in self.actor_index.starting_in(offset, offset + 3) if a.actor != "CIVILIANS"), None)
            if actor is not None and text[offset:actor.start].strip() in self.W.indefinite:
                actor = None  # «killed a Hezbollah commander»: the article opens the people counted, not a subject
            if actor is not None and self._subject(actor):
                offset = actor.end
                while offset < len(text) and (text[offset].isspace() or text[offset] in PUNCTUATION):
                    offset += 1
                described = self._noun_at(offset)
                if described is not None and described.value[1].endswith(":1") and \
                        text.startswith(self.W.article, described.char_start):
                    offset = described.char_end  # «قتل تنظيم داعش الإرهابي … أكثر من 700 شخص»: the subject described
                continue
            subject = self._noun_at(offset)
            if subject is not None and self.W.subject_ending and self.doc.text[subject.char_start:subject.char_end] \
                    .endswith(self.W.subject_ending) and self.doc.text[subject.char_end + 1:][:1] not in self.W.and_:
                after = subject.char_end + 1
                described = text[after:after + 20].split()[:1]  # «قتل مسلحون مجهولون ناشطةً»: its adjective
                if described and described[0].endswith(self.W.subject_ending) and self._noun_at(after) is None:
                    after += len(described[0]) + 1
                if self._noun_at(after) is not None:
                    offset = after - 1  # «اغتال مسلحون قيادياً»: the gunmen are the subject
                    continue
            if subject is not None and not self.W.subject_before and subject.value[1] in ("fighter:many", "soldier:many"):
                # «أعدم عناصر من داعش راعياً», «قتلت عناصر الفرقة الرابعة مدنياً»: members of a side with no number,
                # then the people counted, are the subject (a plural with no case ending to tell it)
                side_end = self._side_named_after(subject.char_end, self.doc.sentence_of(subject.char_start).end,
                                                  armed_only=True)
                if side_end is not None:
                    after = side_end
                    while after < len(text) and text[after].isspace():
                        after += 1
                    if self._noun_at(after) is not None or self._count_between(after, after + 1):
                        offset = after
                        continue
            return offset

    def _subject(self, actor) -> bool:
        """An actor right after a verb is its subject, not the people counted («أعدم التنظيم رجلاً»), unless it
        names them («إعدام جنديين تركيين») and nothing counted follows it («قتل مسلحون مجهولون اثنين»: subject)."""
        if self.W.subject_before and any(n.value[0] == "noun" for n in self.word_chars.starting_in(actor.start, actor.end)):
            return False  # «the killing of a regime soldier»: where the subject stands before the verb, a side named
            # with its people after the outcome word is the people counted
        if self._noun_at(actor.start) is None:
            return True
        after = actor.end
        while after < len(self.doc.text) and self.doc.text[after] == " ":
            after += 1
        named = self.doc.text[actor.start:actor.end]
        if self.W.subject_ending and not named.endswith(self.W.subject_ending) and " " not in named \
                and self._count_between(after, after + 2):
            return False  # «قتل مسلحين اثنين»: not the subject's ending, and the number after it counts it
        return self._noun_at(after) is not None or self._count_between(after, after + 2)

    def _definite_number(self, noun: Match) -> int | None:
        """«المهاجمين الأربعة», «أبنائه الثلاثة», «الانتحاريون الخمسة»: a plural noun of people with a number word that
        takes the article after it counts that many (a number word alone takes no article)."""
        if not self.W.article or not noun.value[1].endswith(":many"):
            return None
        after = self.doc.text[noun.char_end:noun.char_end + 16].split()[:1]
        if not after or not self.doc.text[noun.char_end:noun.char_end + 1].isspace():
            return None
        word = after[0].strip(PUNCTUATION)
        if not word.startswith(self.W.article) or len(word) <= len(self.W.article) + 1:
            return None
        n = parse_number(word[len(self.W.article):], self.doc.lang.code)
        if n is not None and any(r.low == n and r.qualifier == "exact" for r in self.records):
            return None  # «نعى الحزب خمسة من مقاتليه … قتل المقاتلون الخمسة»: the people counted before, told again
        return n if n is not None and 2 < n <= 10 else None

    def _noun_chain(self, noun: Match, words: list[Match], used_nouns: set[int], peek: bool, kin_only: bool = False):
        """«طفلة ورجل» = 2, «سيدتين وطفل» = 3, «رجل وابنه» = 2: counted nouns joined by «و» add up. In the parts
        after «بينهم» (`kin_only`), a number or a dual is a part of its own and only single persons add up
        («بينهم خمسة أطفال ومدرّس ومواطنة»: 5, then 2)."""
        count = self._noun_count(noun)
        end = noun.char_end
        if (n := self._definite_number(noun)) is not None:  # «قتل المهاجمون الأربعة جميعاً»
            count = _Count(n, n, "exact", noun.char_start, noun.char_end)
        head, head_number = noun.value[1].split(":")
        head = "civ" if head == "kin" else head
        if kin_only and head_number != "1":
            return count, noun, end  # «بينهم طفلان وامرأة»: a dual part stands alone
        for n in words:
            if n.char_start <= end or n.value[0] != "noun":
                continue
            if any(a.start < n.char_start < a.end for a in self.actor_index.starting_in(n.char_start - 60, n.char_start)):
                continue  # «قيادي في حزب العمال الكردستاني ومرافقه»: a word of a side's name, no one counted
            gap = self.doc.text[end:n.char_start].strip()
            ranked = gap.split()
            if len(ranked) == 2 and ranked[0] in self.W.and_ and (ranked[1] in self.W.indefinite
                                                                  or ranked[1] in self.W.determiners):
                gap = ranked[0]  # «killed a man and a woman», «the driver and a passenger»: the article after «and»
            elif 2 < len(ranked) <= 4 and ranked[0] in self.W.rank_of and ranked[-1] in self.W.and_:
                gap = ranked[-1]  # «ضابط برتبة نقيب وجندي»: the rank describes the officer, the «و» adds one more
            elif ranked and ranked[0] in self.W.side_link and n.value[1].startswith("kin:") and \
                    (named := self._side_named_after(end, n.char_start)) is not None and \
                    self.doc.text[named:n.char_start].strip() in self.W.and_:
                gap = self.doc.text[named:n.char_start].strip()  # «قيادي في حزب العمال ومرافقه»: his side, then him
            kind, number = n.value[1].split(":")
            if not gap and n.char_start - end <= 2 and number == "1":
                end = n.char_end  # «رجل مسن», «امرأة مسنة»: one person described
                if not peek:
                    used_nouns.add(n.char_start)
                continue
            if gap in self.W.and_ and self.doc.text[n.char_start - 1:n.char_start] in self.W.and_:
                o_start, o_end = self.doc.norm.to_original(n.char_start - 1, n.char_end)
                after_and = self.doc.norm.original[o_start + 1:o_start + 2]  # ("" at the end: no hamza either)
                if (not after_and or after_and not in self.doc.lang.hamza_alefs) and number == "1" \
                        and kind == "person":
                    end = n.char_end  # «شخص واحد»: the number one, not «و» and «أحد»
                    continue
            if kind == "person" and head == "civ" and number == "1":
                kind = "civ"  # «قتل طفل وأحد شيوخ العشائر»: one more person with the civilians
            if number == "many" and gap in self.W.and_ and kind == "kin" and count.low is not None and \
                    (many := self._definite_number(n)) is not None:
                number = str(many)  # «رجلاً مسناً وأبناءه الثلاثة»: 1 + 3
            if gap not in self.W.and_ or count.low is None or number == "many" or kind not in (head, "kin") \
                    or (kin_only and number != "1" and kind != "kin"):  # («امرأة وطفلاها»: her two children too)
                break
            count = _Count(count.low + int(number), count.high + int(number), "exact", count.start, n.char_end)
            end = n.char_end
            if not peek:
                used_nouns.add(n.char_start)
        return count, noun, end

    def _cause_of_death(self, w: Match) -> bool:
        """«لقي حتفه متأثراً بإصابته», «توفي متأثراً بجراح أصيب بها»: the wound a death came of is no count of the
        injured."""
        if w.value[1] != "injured":
            return False
        before = [t.strip(PUNCTUATION) for t in self.doc.text[max(0, w.char_start - 30):w.char_start].split()][-3:]
        if any(b in self.W.died_of for b in before):
            return True
        # «فارقت الحياة بعد إصابتها بطلقات»: the wound (a pronoun's) that a death told just before came after
        if not before or before[-1] not in self.W.died_after or not str(w.value[2]).startswith("it:"):
            return False
        clause = self.doc.clause_of(w.char_start)
        # (the casualty words of the clause before it, by token: a clitic may open a word's token before its start)
        return any(o.value[0] == "outcome" and o.value[1] == "killed" and clause.start <= o.char_start
                   and 0 < w.char_start - o.char_end <= 40
                   for o in self._words_in(max(0, clause.start - 10), w.char_start))

    def _accident(self, w: Match) -> bool:
        """«مصرع منتسب نتيجة حادث دهس», «وفاة شخصين بحادث سير»: a death or injury the clause puts down to a road
        accident or a drowning is no casualty of the conflict."""
        if not self.W.accident:
            return False
        clause = self.doc.clause_of(w.char_start)
        stop = min(clause.end, w.char_end + 80)
        after = [t.strip(PUNCTUATION) for t in self.doc.text[w.char_end:stop].split()]
        hit = next((k for k, t in enumerate(after) if t in self.W.accident or
                    (k + 1 < len(after) and f"{t} {after[k + 1]}" in self.W.accident)), None)  # «بحادث سير»
        if hit is None:
            return False
        # «قتل 3 مدنيين بقصف على بلدة تضررت من الزلزال»: a word of violence before it tells the cause
        at = w.char_end + len(" ".join(self.doc.text[w.char_end:stop].split()[:hit]))
        return not self.trigger_index.starts_in(w.char_end, at)

    def _only_aimed_at(self, w: Match) -> bool:
        """«ألقوا قنبلة على منزله بهدف اغتياله», «محاولة اغتيال»: the killing aimed at, or attempted, one or two
        words after a word of aim or attempt, is no death told."""
        clause = self.doc.clause_of(w.char_start)
        words = [b.strip(PUNCTUATION) for b in self.doc.text[max(clause.start, w.char_start - 60):w.char_start].split()]
        words = [b for b in words if len(b) > 1]  # not the «ب» glued to «بالإعدام»
        if any(b in self.W.aim for b in words[-2:]):
            return True  # («حاول مسلحون اغتيال …»: the subject between)
        # «أصدرت المحكمة حكماً بالإعدام بحق خمسة», not «نفذ التنظيم حكم الإعدام بحق خمسة»
        return bool(words) and words[-1] in self.W.death_sentence and not any(b in self.W.carried_out for b in words[-4:-1])

    def _negated(self, w: Match) -> bool:
        """«دون ورود معلومات عن إصابات», «لم تسفر عن قتلى»: no one was hurt."""
        clause = self.doc.clause_of(w.char_start)
        lo = max(clause.start, w.char_start - 40)
        counts = self.quantity_index.starting_in(lo - 30, w.char_start)
        if any(t.text in self.W.negation and not any(q.start <= t.start < q.end for q in counts)
               for t in self.doc.stream.between(lo, w.char_start)):  # not «ما لا يقل عن 5»
            return True
        # «نافياً ما أوردته وسائل إعلام عن سقوط قتلى»: a verb of denying further back in the clause
        return bool(self.W.denial) and any(t.text in self.W.denial for t in self.doc.stream.between(
            max(clause.start, w.char_start - 100), w.char_start))

    def _bare(self, w: Match):
        """«سقوط جرحى», «إصابات بين المدنيين»: a plural outcome noun with no count is a vague count."""
        word = self.doc.text[w.char_start:w.char_end]
        if word not in self.W.bare_plural and not (w.value[1] == "both" and word.split()[0] in self.W.bare_plural):
            return None  # (not «سقوط قتلى وجرحى»: both outcomes, each a vague count)
        before = self.doc.text[max(0, w.char_start - 12):w.char_start].split()
        after = self.doc.text[w.char_end:w.char_end + 12].split()
        falling = self.W.falling
        if (before and (before[-1] in falling or before[-1][1:] in falling)) or (
                len(after) > 1 and after[0] in self.W.among and after[1] in self.W.among_group):
            return _Count(None, None, "vague", w.char_start, w.char_end), None, w.char_end
        return None

    def _count_before(self, w: Match, quantities: list[Quantity], used: set[int], used_nouns: set[int],
                      peek: bool = False):
        """«ثلاثة مقاتلين على الأقل قتلوا», «32 ألف قتيل», «عشرات الجرحى»."""
        text = self.doc.text
        single = self._single_before(w, used_nouns, peek)
        if single is not None:
            return single
        for q in reversed(quantities):
            if q.start in used or q.end > w.char_start or w.char_start - q.end > 140:
                continue
            if w.char_start - q.end > 60 and not self._counted_with_aside(q, w) and \
                    not self._counted_with_side(q, w):
                continue  # farther off only past a part told between commas («37 civilians, including …, were»)
            of_the = self._of_the_outcome(q, w)
            if of_the:  # «Nine of the dead were fighters», «35 of those killed have been children»
                if not peek:
                    used.add(q.start)
                noun = of_the if isinstance(of_the, Match) else None
                return _Count(q.low, q.high, q.qualifier, q.start, q.end), noun, noun.char_end if noun else w.char_end
            if w.char_start - q.end <= 2 or (self.doc.text[q.end:w.char_start].split() in ([f] for f in self.W.from_)
                                             and self._defined(w)):
                # the outcome word is the noun counted («20 قتيلاً»), or the people it counts («14 من القتلى»)
                if not peek:
                    used.add(q.start)
                said = text[w.char_start:w.char_end]
                if said.endswith(self.W.pronoun_suffixes) and said not in self.W.count_before and not w.value[2]:
                    return _Count(q.low, q.high, q.qualifier, q.start, q.end), None, q.end  # «و15 أعدمهم تنظيم
                    # داعش»: the verb's object is the count, the side after it is its subject
                return _Count(q.low, q.high, q.qualifier, q.start, q.end), None, w.char_end
            noun = self._noun_in(q)
            if noun is None:
                noun = self._noun_counted_after(q)  # «مقاتلين اثنين من اللواء 17 استشهدا»: the noun, then its number
            if noun is None and self._own_members_after(q) and len(text[q.end:w.char_start].split()) <= 3 and \
                    not any(c in text[q.end:w.char_start] for c in ".،,"):
                if not peek:  # «ثلاثة من مقاتليها استشهدوا»: the side's own men, counted before the verb
                    used.add(q.start)
                return _Count(q.low, q.high, q.qualifier, q.start, q.end), None, q.end
            if noun is None and self._members_of_side_after(q, w):
                if not peek:  # «عشرة من مقاتلي الحزب قتلوا»: the men of the side named, counted before the verb
                    used.add(q.start)
                return _Count(q.low, q.high, q.qualifier, q.start, q.end), None, q.end
            if noun is None:
                noun = self._single_parts_after(q, w)
                if noun is None:
                    # «5 عناصر من الميليشيات، بينهم 3 من جنسيات غير سورية قتلوا»: a part with no noun of its own,
                    # right before the verb: the verb's count is the whole
                    head = self._head_of_subset(q, quantities, used)
                    between = text[q.end:w.char_start]
                    if head is None or head[1] is None or any(c in between for c in ".،,") or len(between.split()) > 5:
                        continue
                    if not peek:
                        used.add(head[0].start)
                    return _Count(head[0].low, head[0].high, head[0].qualifier, head[0].start, head[0].end), head[1], \
                        max(head[1].char_end, head[0].end)
                if not peek:  # «و9 بينهم طفل قتلوا»: the count before its parts, of the kind of its parts
                    used.add(q.start)
                return _Count(q.low, q.high, q.qualifier, q.start, q.end), noun, q.end
            sentence = self.doc.sentence_of(q.start)
            opened = text[sentence.start:q.start].split()
            if (opened[-1:] and opened[-1] in self.W.subset_opener or " ".join(opened[-2:]) in self.W.subset_opener) \
                    and any(sentence.start <= u < q.start for u in used) \
                    and self._head_of_subset(q, quantities, used) is None:
                continue  # «قتل 50 عنصراً من التنظيم، بينهم 8 فجروا أنفسهم»: a part right after «بينهم» of a count
                # already made is read with its whole (the subsets), not as a count of its own
            between = self._without_subset_aside(text[max(noun.char_end, q.end):w.char_start])
            head = self._head_of_subset(q, quantities, used)
            if head is not None:
                q, noun = head  # «11 مدنيا بينهم ثمانية أطفال قتلوا»: the verb's count is the 11
                between = between.strip().strip("،,").strip()  # «24 civilians, including four children, were killed»
            qualifier, high = q.qualifier, q.high
            trimmed = between.strip().rstrip("،,").rstrip()
            for phrase in self.W.at_least_after:  # «10 من عناصر الحشد على الأقل، قتلوا»
                if trimmed.endswith(phrase) and q.qualifier == "exact" and not any(c in trimmed for c in ".،,"):
                    between, qualifier, high = trimmed[:-len(phrase)], "at_least", None
                    break
            named = self._side_named_after(max(noun.char_end, q.end), w.char_start) if self.W.subject_before else None
            if named is not None and not text[named:w.char_start].strip(PUNCTUATION + " "):
                between = ""  # «four guards working with the Autonomous Administration dead»: the side named
            words_between = [x for x in between.split() if x not in self.W.adverbs]  # («are reportedly among»)
            limit = 7 if words_between and words_between[0] in self.W.side_link else 3
            lo = max(noun.char_end, q.end)
            named = [a for a in self.actor_index.starting_in(lo, w.char_start) if a.end <= w.char_start]
            if named and words_between and len(words_between) > limit:  # «10 من عناصر ميليشيا الحشد العشائري العراقي»
                bare = between
                for a in named:
                    bare = bare.replace(text[a.start:a.end], " ")
                if len(bare.split()) <= 2:  # the side's name, with a word for it and an adjective
                    limit = len(words_between)
            if any(c in between for c in ".،,") or len(words_between) > limit:
                continue
            if not self.W.subject_before and head is None and between.strip() and (
                    self._count_between(lo + 1, w.char_start) or any(
                        o.value[0] == "outcome" and o.value[1] != w.value[1] for o in self._words_in(lo, w.char_start))):
                continue  # «22 امرأة و497 شخصاً أصيبوا بجروح»: «بجروح» goes with the 497, who were wounded
            if not peek:
                used.add(q.start)
            return _Count(q.low, high, qualifier, q.start, q.end), noun, max(noun.char_end, q.end)
        return None

    def _single_before(self, w: Match, used_nouns: set[int], peek: bool):
        """«two ISIS members and a civilian dead», «a child was killed»: one person counted by an article and a
        singular noun right before the outcome word (not the count farther back)."""
        if not self.W.indefinite and not self.W.accusative_opener:
            return None
        for n in self.word_chars.starting_in(w.char_start - 60, w.char_start):
            if n.value[0] != "noun" or not n.value[1].endswith(":1") or n.char_start in used_nouns:
                continue
            # «a soldier was killed and another wounded», «a child was killed and his mother wounded»: one more,
            # with no article, right before its outcome
            another = n.value[1] in ("other:1", "kin:1")
            if another and (self.doc.text[n.char_end:w.char_start].strip() or not self.W.subject_before or not any(
                    o.value[0] == "outcome" for o in self._words_in(max(0, n.char_start - 30), n.char_start))):
                continue  # (but «a woman and her child were injured»: the relative is a part of one count)
            gap_start = n.char_end
            gap = self.doc.text[gap_start:w.char_start].split()
            if " ".join(gap) in self.W.among_copula or (
                    gap and len(gap) <= 2 and all(g in self.W.passive for g in gap)):
                gap_start = w.char_start  # «a child was among the dead», «a man was murdered»: the one counted, then
                # the outcome (an auxiliary of the passive before an outcome word without one of its own)
            if self.doc.text[gap_start:w.char_start].strip():
                named = self._side_named_after(n.char_end, w.char_start)  # «a member of the National Defence was»
                gap_start = named if named is not None else gap_start
                if self.doc.text[gap_start:w.char_start].strip(PUNCTUATION + " ") or named is None:
                    continue
            before = self.doc.text[max(0, n.char_start - 4):n.char_start].split()[-1:]
            if another:
                if not peek:
                    used_nouns.add(n.char_start)
                return _Count(1, 1, "exact", n.char_start, n.char_end), n, n.char_end
            if not before or (before[0] not in self.W.indefinite and before[0] not in self.W.accusative_opener):
                continue
            if before[0] in self.W.accusative_opener and self.W.article and \
                    self.doc.text[n.char_start:n.char_end].startswith(self.W.article):
                continue  # («إن الطفل قتل»: the person told of before, no new count)
            opener = self.doc.text[max(0, n.char_start - 40):n.char_start].split()[-4:-1]
            if any(" ".join(opener[-k:]) in self.W.subset_opener for k in (1, 2, 3) if len(opener) >= k):
                continue  # «eleven civilians including a child died»: a part of the count before, not the subject
            if not peek:
                used_nouns.add(n.char_start)
            start = n.char_start if before[0] in self.W.accusative_opener else n.char_start - len(before[0]) - 1
            return _Count(1, 1, "exact", start, n.char_end), n, n.char_end
        return None

    def _counted_with_side(self, q: Quantity, w: Match) -> bool:
        """«four fighters from the Tal Tamir military council were killed»: the side named after the noun may put
        the count farther from its verb (up to seven words, no punctuation)."""
        noun = self._noun_in(q)
        if noun is None or w.char_start - noun.char_end > 60:
            return False
        between = self.doc.text[noun.char_end:w.char_start].split()
        if self.W.subject_before:
            named = self._side_named_after(noun.char_end, w.char_start)
            if named is not None and not self.doc.text[named:w.char_start].strip(PUNCTUATION + " "):
                return True  # «four guards working with the Autonomous Administration dead»
        return bool(between) and between[0] in self.W.side_link and len(between) <= 7 and \
            not any(c in self.doc.text[noun.char_end:w.char_start] for c in PUNCTUATION)

    def _counted_with_aside(self, q: Quantity, w: Match) -> bool:
        noun = self._noun_in(q)
        return noun is not None and not self._without_subset_aside(self.doc.text[noun.char_end:w.char_start])

    def _single_parts_after(self, q: Quantity, w: Match) -> Match | None:
        """«7 بينهم طفل ومواطنة قتلوا»: a bare number, then «بينهم» and nouns that count by themselves, then the
        verb: the first noun of the parts (the number counts people of its kind)."""
        between = self.doc.text[q.end:w.char_start]
        tokens = between.split()
        if not tokens or tokens[0] not in self.W.subset_opener or len(tokens) > 5 or \
                any(c in between for c in PUNCTUATION) or self._count_between(q.end, w.char_start):
            return None
        nouns = [n for n in self.word_chars.starting_in(q.end, w.char_start) if n.value[0] == "noun"]
        if not nouns or nouns[0].value[1].endswith(":many"):
            return None
        return nouns[0]

    def _without_subset_aside(self, between: str) -> str:
        """«Four civilians, including a child, were killed»: a part told between commas does not part the count
        from its verb."""
        stripped = between.strip()
        if len(stripped) < 2 or stripped[0] not in ",،" or stripped[-1] not in ",،":
            return between
        inner = stripped[1:-1].strip()
        if any(c in inner for c in ".؛:") or len(inner) > 90:
            return between  # «, including seven children, three teenagers and two women,»: a list of parts may hold commas
        words = inner.split()
        opens = words[:1] and any(" ".join(words[:k]) in self.W.subset_opener for k in (1, 2, 3))
        # «two people, a man and his son, were killed»: the people counted named one by one
        named = words[:1] and words[0] in self.W.indefinite and any(w in self.W.and_ for w in words[2:]) \
            and len(words) <= 8
        return "" if opens or named else between

    def _head_of_subset(self, q: Quantity, quantities: list[Quantity], used: set[int]):
        """«11 مدنياً بينهم 8 أطفال و3 نساء قتلوا», «120 بينهم 30 طفلاً و12 امرأة قتلوا»: the count whose parts
        precede the verb; a head with no noun of its own is of the kind of its parts."""
        text = self.doc.text
        lo = max(self.doc.sentence_of(q.start).start, q.start - 70)
        opener = None
        tokens = list(self.doc.stream.between(lo, q.start))
        for i, t in enumerate(tokens):
            if t.text in self.W.subset_opener:
                opener = t
            elif i + 1 < len(tokens) and f"{t.text} {tokens[i + 1].text}" in self.W.subset_opener:
                opener = tokens[i + 1]  # «among them»: where the opener ends
        if opener is None or any(c in text[opener.end:q.start] for c in ".،,؛:") or any(
                o.value[0] == "outcome" for o in self._words_in(opener.end, q.start)):
            return None
        for h in reversed(quantities):
            if h.end <= opener.start and opener.start - h.end < 45 and h.start not in used:
                if any(c in text[h.end:opener.start] for c in ".؛:"):
                    return None
                return h, self._noun_in(h) or self._noun_in(q)
            if h.end <= opener.start:
                return None
        return None

    def _tally_count(self, s: Sentence, w: Match, quantities: list[Quantity], used: set[int]):
        """«عدد الذين قتلوا … يرتفع إلى 383»: the total after the verb of rising."""
        text = self.doc.text
        for q in quantities:
            if q.start in used:
                continue
            before = text[max(s.start, q.start - 24):q.start].split()
            if self._not_people(q.end) or self._counts_things(s, q):
                continue  # «ارتفع إلى 40 عدد الغارات», «عدد الاستهدافات … ارتفع إلى 38»
            clause = self.doc.clause_of(q.start)
            earlier = text[max(s.start, clause.start - 1, q.start - 140):q.start].split()
            if before and before[-1] in self.W.to and any(self._tally_verb(b) for b in earlier):
                before = earlier  # «وصل عدد الذين قتلوا خلال الفترة ذاتها إلى 766»
            if any(self._tally_verb(b) for b in before + text[q.start:q.end].split()[:1]):  # («has surpassed 322»)
                if q.start > w.char_end and any(o.value[0] == "outcome" and o.value[1] != w.value[1]
                                                for o in self._words_in(w.char_end, q.start)):
                    continue  # «أصيبوا بها … مما يرفع عدد القتلى إلى 46»: the toll of another outcome
                if any(o.value[0] == "outcome" for o in self.word_chars.starting_in(q.end, q.end + 3)):
                    continue  # «إلى 15 قتيلاً»: the word after counts it; «إلى أكثر من ثمانين قتيل وجريح»: a joint total
                used.add(q.start)
                noun = self._noun_in(q)  # «ارتفعت حصيلة القتلى … إلى 5 عسكريين»: the people the total counts
                return _Count(q.low, q.high, q.qualifier, q.start, q.end), noun, max(q.end, noun.char_end if noun else 0)
        # «بلغ عدد الضحايا المدنيين منذ مطلع العام 2500»: the verb of rising before the outcome word, the total the
        # first number after it in its clause
        clause = self.doc.clause_of(w.char_start)
        if any(self._tally_verb(b) for b in text[max(clause.start, w.char_start - 20):w.char_start].split()):
            for q in quantities:
                if q.start in used or q.start < w.char_end or q.start >= clause.end or self._not_people(q.end):
                    continue
                if any(o.value[0] == "outcome" for o in self._words_in(w.char_end, q.start)):
                    break  # the number of another outcome
                if any(o.value[0] == "outcome" for o in self.word_chars.starting_in(q.end, q.end + 3)):
                    break  # «ارتفعت حصيلة ضحايا … إلى 15 قتيلاً»: the word after the number counts it
                used.add(q.start)
                noun = self._noun_in(q)
                return _Count(q.low, q.high, q.qualifier, q.start, q.end), noun, max(q.end, noun.char_end if noun else 0)
        return None

    def _noun_in(self, q: Quantity) -> Match | None:
        """The noun counted by a quantity: right after it («5 مدنيين»), inside it before a trailing qualifier, or
        after «من» («3 من عناصر …», «12 من المدنيين»). (The report's casualty words are searched, by offset.)"""
        for n in self.word_chars.starting_in(q.start + 1, q.end + 3):
            if n.value[0] == "noun":
                if n.char_start >= q.end + 1 and self.doc.text[n.char_start - 1] in self.W.and_ and \
                        self.doc.text[n.char_start - 2].isspace():
                    break  # «جنديين اثنين وممرضة»: a person joined by «و», not the one the number counts
                return n
        after = self.doc.text[q.end:q.end + 6].split()[:1]
        if after and after[0] in self.W.from_:
            return self._noun_at(self.doc.text.index(after[0], q.end) + len(after[0]) + 1)
        if self.W.adjectives_before:
            return self._noun_after_words(q.end)
        return None

    def _noun_counted_after(self, q: Quantity) -> Match | None:
        """«مقاتلين اثنين», «عنصرين اثنين»: a plural noun right before the number word that counts it."""
        for n in self.word_chars.starting_in(q.start - 16, q.start):
            if n.value[0] == "noun" and 0 < q.start - n.char_end <= 2 and not n.value[1].endswith(":1") \
                    and not self.doc.text[n.char_end:q.start].strip() and q.qualifier == "exact":
                return n
        return None

    def _noun_after_words(self, offset: int) -> Match | None:
        """Where adjectives come before the noun: the noun counted after up to two words («four Syrian soldiers»,
        «two Iran-backed fighters», «three of its fighters»), with no punctuation between."""
        skipped = 0
        seen = offset  # (the text up to here holds no punctuation: only what follows is looked at)
        for t in self.doc.stream.between(offset, offset + 60):
            if t.start > seen:
                if not _PUNCTUATION_SET.isdisjoint(self.doc.text[seen:t.start]):
                    return None
                seen = t.start
            n = next((n for n in self.word_chars.starting_in(t.start, t.start + 1) if n.value[0] == "noun"), None)
            if n is not None:
                if not self._noun_as_adjective(n):
                    return n
                # «a senior rebel commander»: a noun of people describing the noun of people right after it, the
                # one counted (not «a civilian car»: no people after it)
                nxt = next(iter(self.doc.stream.between(n.char_end, n.char_end + 30)), None)
                head = None if nxt is None or self.doc.text[n.char_end:nxt.start].strip() else next(
                    (m for m in self.word_chars.starting_in(nxt.start, nxt.start + 1) if m.value[0] == "noun"), None)
                return head if head is not None and not self._noun_as_adjective(head) else None
            if t.text not in self.W.partitive and t.text not in self.W.determiners and t.text not in self.W.indefinite:
                inside = next((a for a in self.actor_index.starting_in(offset, t.start) if a.start < t.start < a.end), None)
                if inside is None:  # the words of one side's name count as one («Iranian-backed Syrian militiamen»)
                    skipped += 1
                if skipped > 2 or t.text[0].isdigit():
                    return None
        return None

    def _noun_as_adjective(self, n: Match) -> bool:
        """«the rebel factions», «a civilian car»: a singular noun right before a side or another noun describes it."""
        if not n.value[1].endswith(":1"):
            return False
        if any(a.start <= n.char_start and a.end > n.char_end for a in self.actor_index.starting_in(n.char_start - 40, n.char_end)):
            return True  # part of a side's name
        nxt = next(iter(self.doc.stream.between(n.char_end, n.char_end + 30)), None)
        if nxt is None or self.doc.text[n.char_end:nxt.start].strip():
            return False
        return any(a.start == nxt.start for a in self.actor_index.starting_in(nxt.start, nxt.start + 1)) or any(
            m.value[0] == "noun" for m in self.word_chars.starting_in(nxt.start, nxt.start + 1))

    def _noun_at(self, offset: int) -> Match | None:
        """The noun counted starting at the offset (or a letter or two after it)."""
        return next((n for n in self.word_chars.starting_in(offset, offset + 3) if n.value[0] == "noun"), None)

    def _member_before(self, w: Match, used_nouns: set[int], peek: bool = False):
        """«عنصر في قوات سوريا الديمقراطية قتل وأصيب آخر»: a member and his side, then the verb: the subject before
        the verb is counted."""
        if self.W.subject_before:
            return None  # (where the subject stands before the verb, the passive reading finds it)
        lo = max(self.doc.clause_of(w.char_start).start, w.char_start - 60)
        for n in reversed(self.word_chars.starting_in(lo, w.char_start)):
            if n.value[0] != "noun" or n.char_start in used_nouns or _noun_kind(n) not in ("fighter", "soldier"):
                continue
            if n.value[1].endswith(":many") or self._count_between(n.char_start - 12, n.char_start):
                return None
            named = [a for a in self.actor_index.starting_in(n.char_end, w.char_start) if a.end <= w.char_start]
            if not named or not self._actors_after(n.char_end, w.char_start):
                return None
            rest = self.doc.text[named[-1].end:w.char_start].strip().strip('"”“')
            if rest:
                return None
            if not peek:
                used_nouns.add(n.char_start)
            return self._noun_count(n), n, n.char_end
        return None

    def _subject_before_verb(self, w: Match, used_nouns: set[int], peek: bool = False):
        """«إن شرطيين آخرين أصيبا بجروح»: a verb in the dual or plural after the people it counts (and «other»)."""
        if self.W.subject_before or w.value[2] or not w.phrase.endswith(self.W.plural_verb + self.W.dual_verb):
            return None
        lo = max(self.doc.clause_of(w.char_start).start, w.char_start - 40)
        end = w.char_start
        last = self.doc.text[lo:end].split()[-2:]
        if len(last) == 2 and last[0] in self.W.from_ and self._side_pronoun(last[1], stem_over=1):
            end = self.doc.text.rfind(last[0], lo, end)  # «إن عنصرين من مقاتليها قتلا»: the side's own men
        for n in reversed(self.word_chars.starting_in(lo, end)):
            if n.value[0] != "noun" or n.char_start in used_nouns:
                return None
            if self.doc.text[n.char_end:end].strip():
                return None
            if n.value[1].startswith("other:"):
                end = n.char_start  # «شرطيين آخرين»: the other people are the ones before
                continue
            if self.doc.text.startswith(self.W.article, n.char_start) or \
                    any(0 <= n.char_start - q.end <= 3 for q in self.quantity_index.starting_in(n.char_start - 40, n.char_start)):
                return None  # «المسلحين اغتالوا»: the agents told before; «15 شخصاً قضوا»: counted by the number
            first = n
            for p in reversed(self.word_chars.starting_in(lo, n.char_start)):  # «طفل وامرأتان قتلوا»: joined by «و»
                if p.value[0] != "noun" or p.char_start in used_nouns or p.value[1].endswith(":many") or \
                        self.doc.text[p.char_end:first.char_start].strip() not in self.W.and_ or \
                        self.doc.text.startswith(self.W.article, p.char_start):
                    break
                first = p
            if first is not n:
                count, noun, end = self._noun_chain(first, self.words, used_nouns, peek)
                if end == n.char_end:
                    if not peek:
                        used_nouns.add(first.char_start)
                    return count, noun, end
            if not peek:
                used_nouns.add(n.char_start)
            return self._noun_count(n), n, n.char_end
        return None

    def _noun_before(self, w: Match, used_nouns: set[int]):
        """«a young man was killed», «civilians were injured»: the people counted by the noun right before a passive
        outcome (where the subject stands before the verb), when no number counts them."""
        for n in self.word_chars.starting_in(w.char_start - 40, w.char_start):
            if n.value[0] == "noun" and n.char_start not in used_nouns and \
                    self.doc.text[n.char_end:w.char_start].strip() == "":
                used_nouns.add(n.char_start)
                count = self._noun_count(n)
                if n.value[1].startswith("kin:") and count.low is not None:
                    # «A woman and her child were injured»: the relative counted with the person before
                    head = next((p for p in self.word_chars.starting_in(n.char_start - 30, n.char_start)
                                 if p.value[0] == "noun" and p.value[1].endswith(":1") and p.char_start not in used_nouns
                                 and self.doc.text[p.char_end:n.char_start].strip() in self.W.and_), None)
                    if head is not None:
                        used_nouns.add(head.char_start)
                        return _Count(count.low + 1, count.high + 1, "exact", head.char_start, n.char_end), head, \
                            n.char_end
                return count, n, n.char_end
        return None

    @staticmethod
    def _noun_count(noun: Match) -> _Count:
        count = _noun_number(noun)
        if count == "many":
            return _Count(None, None, "vague", noun.char_start, noun.char_end)
        n = int(count)
        return _Count(n, n, "exact", noun.char_start, noun.char_end)

    # --- who, where, when --------------------------------------------------------------------------------------
    def _emit(self, s: Sentence, w: Match, outcome: str, count: _Count, noun: Match | None, end: int,
              sentence_records: list[Casualty], group: list[str] | None = None) -> None:
        if noun is not None and noun.value[1] == "other:1" and count.start >= noun.char_start \
                and not sentence_records:
            return  # «القضاء على آخر تجمعات المسلحين»: «آخر» with no number and no people counted before is «last»
        if count.qualifier == "vague" and self._habitual(s):
            return  # «تشهد بين فترة وأخرى تفجيرات … ما يسفر عن سقوط قتلى»: what keeps happening, no count
        if count.qualifier == "exact" and self.doc.text[end:end + 12].lstrip().startswith(self.W.at_least_after):
            count = _Count(count.low, None, "at_least", count.start, count.end)  # «أربعة أشخاص على الأقل»
        self.guessing = False
        group = group or self._named_between(count, noun) or self._toll_of(w, count, noun) \
            or self._counted_kinds(s, w, noun) or self._among_them(s, w, count, noun) \
            or self._losing_side(w, noun, end, s, count) or self._part_told_by_verb(s, count, noun, sentence_records) \
            or self._group(s, w, noun, end, sentence_records)
        inner = self._kinds_after_person(noun)
        if inner is not None:  # «500 شخص بين مدنيين وعسكريين»: the people are the kinds named after them
            group, noun = self._group(s, w, inner, inner.char_end, sentence_records), inner
        other = self._joined_kind(noun)
        if other is not None and count.low != 1:  # «104 civilians and policemen»: the people of both nouns
            group = unique(group + self._group(s, w, other, other.char_end, sentence_records))
        if noun is None or _noun_kind(noun) in ("person", "other"):
            group = self._some_of_them(s, end, group, sentence_records)
        start = min(w.char_start, count.start)
        stop = max(w.char_end, end)
        clause = self.doc.clause_of(w.char_start)
        tally = self._is_tally(clause.start, clause.end)
        place = self._place(s, w.char_start, stop)
        d_start, d_end = self._date(s, w.char_start)
        record = Casualty(group, outcome, count.low, count.high, count.qualifier, d_start, d_end,
                          (place.name_ar or place.name) if place else None, self.doc.evidence(start, stop),
                          admin1=place.admin1 if place else None, tally=tally)
        if not any(_same(record, r) for r in sentence_records):
            sentence_records.append(record)
            self.noun_kinds[id(record)] = _noun_kind(noun) if noun is not None else None
            if self.guessing:
                self.guessed.add(id(record))
            if count.qualifier == "vague":
                self.vague_floor[id(record)] = self._vague_least(count)

    def _died_of_wounds(self, s: Sentence, w: Match, sentence_records: list[Casualty]):
        """«أصيب مقاتل من الفصائل … وتوفي لاحقاً متأثراً بإصابته»: a death verb with no count of its own, «of his
        wounds» after it, is the death of the one (or two, for a dual verb) wounded just before: (count, noun, end),
        group; None otherwise."""
        if w.value[1] != "killed":
            return None
        after = [t.strip(PUNCTUATION) for t in self.doc.text[w.char_end:min(s.end, w.char_end + 40)].split()[:3]]
        if not any(t in self.W.died_of for t in after):
            return None
        said = self.doc.text[w.char_start:w.char_end]
        n = 2 if said.endswith(self.W.dual_verb) else 1
        wounded = [r for r in (sentence_records or self._recent_records(s)) if r.outcome == "injured" and r.low is not None
                   and r.subset_of is None]
        if not wounded or wounded[-1].low < n:
            return None
        return (_Count(n, n, "exact", w.char_start, w.char_end), None, w.char_end), list(wounded[-1].group)

    def _habitual(self, s: Sentence) -> bool:
        """Does the sentence tell what happens again and again («بين فترة وأخرى», «كثيراً ما»: words.tsv habitual;
        not a tally «خلال السنوات الماضية», which counts)?"""
        text = " ".join(t.strip(PUNCTUATION) for t in self.doc.text[s.start:s.end].split())
        return any(h in text for h in self.W.habitual)

    def _counted_kinds(self, s: Sentence, w: Match, noun: Match | None) -> list[str]:
        """«عدد المقاتلين والمدنيين … ممن اغتيلوا … يرتفع إلى 438 شخصاً»: a toll of people whose «عدد» names both
        fighters and civilians is about the civilians and the armed side its sentence names (one or two)."""
        if noun is not None and _noun_kind(noun) != "person":
            return []
        text = self.doc.text
        lo = max(s.start, w.char_start - 200)
        counted = [t for t in self.doc.stream.between(lo, w.char_start) if t.text in self.W.count_noun]
        if not counted:
            return []
        after = counted[-1].end
        kinds = set()
        for n in self.word_chars.starting_in(after, min(w.char_start, after + 40)):
            if n.value[0] == "noun" and n.char_start - after < 40:
                between = text[after:n.char_start].split()
                if any(b not in self.W.and_ and b[:1] not in self.W.and_ for b in between):
                    break
                kinds.add(_noun_kind(n))
                after = n.char_end
        if "civ" not in kinds or not kinds & {"fighter", "soldier"}:
            return []
        sides = unique(a.actor for a in self.actor_index.starting_in(s.start, s.end) if a.actor in NAMED_ARMED)
        return ["CIVILIANS"] + sides if 1 <= len(sides) <= 2 else []

    def _losing_side(self, w: Match, noun: Match | None, end: int, s: Sentence, count: _Count) -> list[str]:
        """«ISIS also lost two members», «خسر تنظيم داعش 12 عنصراً»: a verb that means a death only with the people
        after it (its `needs`) has the side that lost them as its subject, before it where the subject stands before
        the verb, else between the verb and the count."""
        if not w.value[3] or noun is None or self._named_side(noun, end, s, strict=False):
            return []
        if not self.W.subject_before:
            between = [a for a in self.actor_index.starting_in(w.char_end, count.start) if a.end <= count.start
                       and a.actor in ARMED]
            return [between[-1].actor] if between else []
        before = [a for a in self.actor_index.starting_in(s.start, w.char_start) if a.end <= w.char_start
                  and a.actor in ARMED]
        if not before:
            return []
        gap = self.doc.text[before[-1].end:w.char_start].strip(PUNCTUATION + " ").split()
        return [before[-1].actor] if all(g in self.W.filler for g in gap) else []

    def _kinds_after_person(self, noun: Match | None) -> Match | None:
        """«أكثر من 500 شخص بين مدنيين وعسكريين», «7 أشخاص من المدنيين والعسكريين»: a word of people_of (words.tsv)
        right after a noun of persons, then a plural noun of one kind joined to a plural noun of another: the people
        counted are those two kinds (the first of them is returned; `_joined_kind` finds the second)."""
        if noun is None or _noun_kind(noun) != "person" or not self.W.people_of:
            return None
        after = self.doc.text[noun.char_end:noun.char_end + 12].split()[:1]
        if not after or after[0] not in self.W.people_of:
            return None
        start = self.doc.text.index(after[0], noun.char_end) + len(after[0])
        inner = next((n for n in self.word_chars.starting_in(start, start + 3) if n.value[0] == "noun"), None)
        if inner is None or self.doc.text[start:inner.char_start].strip() or self._joined_kind(inner) is None:
            return None
        return inner

    def _joined_kind(self, noun: Match | None) -> Match | None:
        """«civilians and policemen», «civilians and soldiers»: a plural noun of another kind of people joined to the
        plural noun counted (the count is of both)."""
        if noun is None or not noun.value[1].endswith(":many"):
            return None
        kind = _noun_kind(noun)
        for n in self.word_chars.starting_in(noun.char_end, noun.char_end + 8):
            if n.value[0] == "noun" and self.doc.text[noun.char_end:n.char_start].strip() in self.W.and_:
                other = _noun_kind(n)
                if n.value[1].endswith(":many") and other != kind and "other" not in (kind, other) and \
                        ("civ" in (kind, other)):
                    return n
        return None

    def _toll_of(self, w: Match, count: _Count, noun: Match | None) -> list[str]:
        """«ارتفع عدد قتلى قوات النظام إلى 19», «the death toll of the regime forces rose to 19»: the side named
        right after the outcome word of a toll, before its bare number."""
        between = self.doc.text[count.end:w.char_start].split()
        if noun is None and count.end <= w.char_start and between and all(b in self.W.count_noun for b in between):
            # «ارتفع إلى 7 تعداد قتلى ميليشيا الحشد الشعبي»: the number, then what it counts
            return [a for a in self._actors_after(w.char_end, self.doc.sentence_of(w.char_start).end) if a != "CIVILIANS"]
        if count.start <= w.char_end:
            return []
        if noun is not None:  # «عدد قتلى التنظيم … تجاوز 300 عنصر»: members with no side of their own named
            if _noun_kind(noun) not in ("fighter", "soldier") or \
                    self._named_side(noun, noun.char_end, self.doc.sentence_of(w.char_start), strict=False):
                return []
        if noun is None and self.W.adjectives_before and (named := self._number_of_side_before(w)):
            return named  # «the number of regime soldiers and loyalists killed … has risen to 196»
        start = w.char_end
        following = self.doc.text[start:count.start].split()[:1]
        if following and following[0] in self.W.tally_word:
            start = self.doc.text.index(following[0], start) + len(following[0])  # «the death toll of …»
        return [a for a in self._actors_after(start, count.start) if a != "CIVILIANS"]

    def _number_of_side_before(self, w: Match) -> list[str]:
        """«the number of regime soldiers and loyalists killed …»: the sides named between «number of» and the
        outcome word (where the outcome follows the people it counts), only sides with nothing else between."""
        s = self.doc.sentence_of(w.char_start)
        before = self.doc.text[s.start:w.char_start]
        words = before.split()
        for i in range(len(words) - 2, -1, -1):
            if words[i].lower() in self.W.count_noun and words[i + 1] in self.W.side_link:
                start = s.start + before.rfind(words[i + 1]) + len(words[i + 1])
                sides = [a for a in self.actor_index.starting_in(start, w.char_start) if a.end <= w.char_start]
                if not sides or self._count_between(start, w.char_start):
                    return []
                pos, found = start, []
                for a in sides:
                    gap = [g for g in self.doc.text[pos:a.start].split() if g not in self.W.and_]
                    if any(c in self.doc.text[pos:a.start] for c in ",.;:") or len(gap) > 2:
                        return []
                    found.append(a.actor)
                    pos = a.end
                return unique(a for a in found if a != "CIVILIANS") if self.doc.text[pos:w.char_start].strip() == "" \
                    else []
        return []

    def _named_between(self, count: _Count, noun: Match | None) -> list[str]:
        """«three SDF fighters», «two Iran-backed fighters», «four Iraqi soldiers»: the side named between the number
        and the noun it counts (where adjectives come before the noun)."""
        if noun is None or not self.W.adjectives_before or noun.char_start <= count.end:
            return []
        kind = _noun_kind(noun)
        named = [a.actor for a in self.actor_index.starting_in(count.end, noun.char_start) if a.actor != "CIVILIANS"]
        if not named or kind not in ("fighter", "soldier", "person"):
            return []
        after = self.doc.text[noun.char_end:noun.char_end + 8].split()[:1]
        if after and after[0] in self.W.and_:  # «five regime soldiers and loyalists»: both are counted
            start = self.doc.text.index(after[0], noun.char_end) + len(after[0])
            named += [a.actor for a in self.actor_index.starting_in(start, start + 2) if a.actor in ARMED] or \
                self._joined_side_after(noun.char_end, noun.char_end + 60)  # «… and members of pro-regime militias»
        return unique(named)

    def _group(self, s: Sentence, w: Match, noun: Match | None, end: int, sentence_records: list[Casualty]) -> list[str]:
        """Who a count is about: read from the noun counted and the side named with it, not from the nearest
        actor («20 مقاتلاً» are fighters of the side the report names, whatever the verb)."""
        if self._both_marker(end, s.end):
            sides = self._both_sides(s)
            if sides:
                return sides
        if noun is not None and (plural := self._plural_after_one(noun)) is not None:
            noun, end = plural, max(end, plural.char_end)  # «أحد أفراد الأمن العام»: one of the people of «أفراد …»
        first = self.doc.text[end:end + 4].split()[:1]
        if noun is None and first and first[0] in self.W.from_:
            after_min = self.doc.text.find(first[0], end) + len(first[0]) + 1
            noun = next((n for n in self._words_in(after_min, min(s.end, after_min + 2)) if n.value[0] == "noun"), None)  # «24 قتيلا من العسكريين»
            if noun is not None:
                end = noun.char_end
        elif noun is not None and noun.value[1].startswith("other:") and first and first[0] in self.W.from_:
            after_min = self.doc.text.find(first[0], end) + len(first[0]) + 1
            told = next((n for n in self._words_in(after_min, min(s.end, after_min + 2)) if n.value[0] == "noun"
                         and _noun_kind(n) in ("civ", "kin")), None)
            if told is not None:
                return ["CIVILIANS"]  # «عثر على جثتي اثنين آخرين من الصيادين»: others, of the civilians named
        kind = _noun_kind(noun) if noun else None
        if kind in ("civ", "kin"):
            return ["CIVILIANS"]
        if kind == "fighter" and self._last_word_bare(noun) in self.W.suicide_bomber and \
                (attackers := self._attackers(w, noun)) and attackers != ["UNKNOWN"]:
            return attackers  # «فجر انتحاري نفسه عند حاجز للجيش العراقي»: of the side that struck, not the one hit
        named = self._named_side(noun, end, s, strict=kind in ("person", "other"))
        if not named and kind in ("person", "fighter", "soldier") and \
                (whole := self._among_the_dead(w, sentence_records)) is not None:
            return list(whole.group)  # «ومن ضمن القتلى شخص سوري»: one of the dead told before
        if not named and kind is None and self._defined(w) and \
                (same := [r for r in sentence_records if r.outcome == w.value[1] and r.subset_of is None]):
            return list(same[-1].group)  # «عدة أشخاص توفوا … مما يرفع عدد القتلى إلى 46»: the toll of the same people
        if not named and kind is None and (toll := self._toll_spoken_of(s, w, sentence_records)):
            return toll  # «وعدد القتلى مرشح للارتفاع لوجود جرحى»: the wounded of the toll told
        if not named and kind is None and (joined := self._joined_to_last(w, sentence_records)):
            return joined  # «ما أدى إلى مقتل طفلة ورجل وسقوط جرحى»: the people of the count it is joined to
        if not named and kind in ("soldier", "fighter") and (told := self._told_before(noun, s)):
            return told  # «أطلقوا النار على عنصرين بقوات سوريا الديمقراطية، مما أدى لمقتل العنصرين»
        if not named and kind in ("soldier", "fighter", "person") and self._other_after(noun) and \
                (earlier := sentence_records or self._recent_records(s)):
            return list(earlier[-1].group)  # «مقتل 14 جندياً تركياً وإصابة نحو 33 جندي آخر»
        if named == ["UNKNOWN"] and self.W.subject_before and (frame := self._frame_for(s, w.char_start)) is not None:
            if frame.sub_event_type in STRIKE_TYPES and (hit := _armed_targets(frame)):
                return hit  # «aircraft struck ISIS positions, killing 12 militants»: the militants hit are ISIS's
            if frame.sub_event_type == "Armed clash":
                sides = unique(list(frame.told_sides) + list(frame.actors) + list(frame.targets))
                rebels = [a for a in sides if a in NAMED_ARMED and a not in STATE_FORCES]
                if len(rebels) == 1 and any(a in STATE_FORCES for a in sides):
                    return rebels  # «police engaged IS elements, leaving three militants dead»: the insurgent side's
        if named:
            return named
        if kind == "fighter" and (hit := self._armed_side_struck(s, w)):
            return hit  # «an IED exploded on a vehicle of the Fourth Division, injuring three members»: the side hit
        if kind == "fighter" and (same := self._side_of_same_noun_before(noun, s)):
            return same  # «clashes with gunmen from local tribes … left a gunman dead»: the gunmen named before
        if kind == "fighter" and (attackers := self._attackers(w, noun)):
            return attackers
        if kind == "fighter" and (called := self._called_so_before(noun)):
            return called
        if kind == "other":
            earlier = sentence_records or self.records
            if earlier:
                return list(earlier[-1].group)  # «وأصيب أربعة آخرون»: the people counted before
        if kind in ("person", None):
            strike = self._strike_told(s, w)  # (found once for the two readings of a vehicle struck)
            if owners := self._vehicle_side_struck(*strike):
                return owners  # «a bomb went off under a truck of the faction, wounding one man»: the side's man
            if self._vehicle_struck(s, *strike):
                return ["UNKNOWN"]  # «قتل ثلاثة أشخاص باستهداف مسيرة سيارة»: the men in a car a drone hit, of no
                # side told
        if kind == "person" and (sides := self._battle_sides(s, w.char_start)):
            return sides  # «قتل 9 أشخاص في اشتباكات بين A وB»: a battle's toll not split belongs to both sides
        if kind in ("person", None) and self._clan_fight(s, w.char_start):
            return ["TRIBAL"]  # «النزاع العشائري أدى لمقتل شخصين»: the dead of a fight between clans are clansmen
        if kind == "person" and self._incidents_counted(s, w.char_start):
            return ["UNKNOWN"]  # «37 حادثة فلتان أمني … تسببت بمقتل 56 شخصاً»: victims of any side
        if kind in ("fighter", "soldier") or kind is None:
            frame = self._frame_for(s, w.char_start)
            if frame is not None:
                if frame.sub_event_type == "Armed clash" and not frame.between and frame.targets and \
                        not frame.inferred_targets and frame.actors:
                    side = frame.targets  # «an attack by X targeted Y, leaving one killed»: the side attacked
                elif frame.sub_event_type == "Armed clash":
                    side = unique(frame.told_sides)  # a battle's toll not split: both sides named with it
                else:
                    side = frame.targets  # the victims of a strike are its targets, never its author
                armed = [a for a in side if a != "CIVILIANS"]
                if kind == "soldier":
                    return [self.state_army]  # «استشهد 4 جنود»: the state's soldiers unless a side is named
                if armed and kind in ("fighter", "soldier"):
                    return armed
                if kind is None:
                    if frame.sub_event_type != "Armed clash" and frame.targets:
                        return list(frame.targets)
                    if frame.sub_event_type in STRIKE_TYPES:
                        return ["CIVILIANS"]  # «قصف … ما أسفر عن سقوط جرحى»: the shelled, not the shelling side
                    if side:
                        return list(side)
        if kind == "soldier":
            return [self.state_army]
        if kind == "fighter" and (speaker := self._quoted_side(w, s)):
            return speaker  # «“4 fighters were martyred,” the SDF said»: its own fighters
        if kind == "fighter" and not self.one_side and (speaker := self._speaker_near(noun.char_start)):
            return speaker  # «أعلن المتحدث باسم الحشد … وأضاف أن مقاتلين اثنين من اللواء 17 استشهدا»: the men of the
            # side whose statement it is, where the report names more than one side
        if kind == "fighter":
            self.guessing = True
            return self.one_side or self.main_side or ["UNKNOWN"]  # fighters of the side the report names
        if kind is None and not self.sentence_frames.get(s.index):
            earlier = [r for r in self.records + sentence_records if r.outcome == w.value[1] and r.subset_of is None
                       and r.qualifier != "vague"]
            told = {tuple(r.group) for r in earlier}
            if len(told) == 1 and "CIVILIANS" not in earlier[-1].group:
                return list(earlier[-1].group)  # «بينما تحدثت مصادر أخرى عن سقوط أكثر من 50 قتيلاً»: the same toll
        return ["CIVILIANS"]

    def _strike_told(self, s: Sentence, w: Match) -> tuple[Frame | None, int, str]:
        """The strike a count's sentence tells (or, where it tells none, the last one of the sentence before: «the
        shelling killed two»), and where the text of the sentences that tell the strike and the count starts, and
        that text."""
        frame = self._frame_for(s, w.char_start)
        if frame is None and s.index > 0 and (before := self.sentence_frames.get(s.index - 1)):
            frame = before[-1]  # «“Both men in it died,” a witness said»: the strike told before
        if frame is None:
            return None, s.start, ""
        start = min(s.start, frame.sentence.start)
        return frame, start, self.doc.text[start:max(s.end, frame.sentence.end)]

    def _vehicle_side_struck(self, frame: Frame | None, lo: int, told: str) -> list[str]:
        """«قصفت مسيرة شاحنة يستقلها مقاتلون من الحزب … وأسفرت الضربة عن مقتل ثلاثة», «a bomb went off under a
        truck of the faction, wounding one man»: the people counted in a vehicle a strike hit, of the one armed side
        the strike names as hit, are that side's (the strike and its text: `_strike_told`)."""
        if frame is None or frame.sub_event_type not in STRIKE_TYPES or frame.inferred_targets:
            return []
        # the side named with the vehicle («a truck of the faction», «شاحنة يستقلها مقاتلون من …»), not elsewhere
        vehicles = vehicles_hit(self.doc, lo, told)
        owners = unique(a.actor for a in self.actor_index.starting_in(lo, lo + len(told))
                        if a.actor in NAMED_ARMED and a.actor not in frame.actors
                        and any(0 <= a.start - v <= 60 and len(self.doc.text[v:a.start].split()) <= 5
                                and not any(c in self.doc.text[v:a.start] for c in ",.;،؛") for v in vehicles))
        hit = _armed_targets(frame) or owners
        return hit if len(hit) == 1 and hit[0] in owners else []

    def _vehicle_struck(self, s: Sentence, frame: Frame | None, lo: int, told: str) -> bool:
        """«قصفت مسيرة دراجة نارية … وأدت الضربة إلى مقتل راكبها», «two men died when a drone struck their
        pickup»: an air or drone strike on a vehicle (struck_vehicle, words.tsv) kills the men it was sent for, whose
        side the report does not know: not civilians unless it says so (no word for civilians in the sentence, no
        side hit named; the strike and its text: `_strike_told`)."""
        if frame is None or frame.sub_event_type != AIR_STRIKE or not vehicles_hit(self.doc, lo, told):
            return False
        if any(t not in ("UNKNOWN", "CIVILIANS") for t in frame.targets) and not frame.inferred_targets:
            return False  # (civilians as the strike's targets are those its toll counts: told by no word of theirs)
        return not any(n.value[0] == "noun" and _noun_kind(n) in ("civ", "kin", "fighter", "soldier")
                       for n in self.word_chars.starting_in(lo, s.end))

    def _armed_side_struck(self, s: Sentence, w: Match) -> list[str]:
        """The one armed side a one-sided strike of the count's sentence hit (a bomb, a shell, an air strike on a
        side's vehicle or post), whose men its victims are before any side named with the same noun elsewhere."""
        frame = self._frame_for(s, w.char_start)
        if frame is None or frame.sub_event_type not in STRIKE_TYPES:
            return []
        hit = _armed_targets(frame)
        return hit if len(hit) == 1 else []

    def _side_of_same_noun_before(self, noun: Match, s: Sentence) -> list[str]:
        """«Local gunmen attacked a checkpoint … leaving one gunman dead»: fighters counted by a noun that the report
        used just before (its sentence or the one before) for the men of one side only («local gunmen», «gunmen
        from local tribes») are that side's."""
        if not self.W.adjectives_before:
            return []
        said = self.doc.text[noun.char_start:noun.char_end].split()[-1].lower()
        lo = self._sentence_before_start(s)
        sides = set()
        for n in self.word_chars.starting_in(lo, noun.char_start):
            if n.value[0] != "noun" or n.char_end > noun.char_start or _noun_kind(n) != "fighter":
                continue
            other = self.doc.text[n.char_start:n.char_end].split()[-1].lower()
            stem = min(len(said), len(other)) - 2
            if stem < 4 or said[:stem] != other[:stem]:
                continue
            holding = [a.actor for a in self.actor_index.starting_in(n.char_start - 60, n.char_end)
                       if a.start <= n.char_start < a.end or n.char_start < a.start < n.char_end]
            side = holding or self._actors_after(n.char_end, min(s.end, n.char_end + 60) if n.char_start >= s.start
                                                 else self.doc.sentences[s.index - 1].end)
            sides.update(a for a in side[:1] if a in NAMED_ARMED)
        return list(sides) if len(sides) == 1 else []

    def _quoted_side(self, w: Match, s: Sentence) -> list[str]:
        """The armed side that says the sentence, named after the outcome word and a closing quote or comma and right
        before a verb of saying (words.tsv said_by: «…,” the SDF said»)."""
        if not self.W.said_by:
            return []
        for a in self.actor_index.starting_in(w.char_end, s.end):
            if a.actor not in NAMED_ARMED:
                continue
            gap = self.doc.text[w.char_end:a.start]
            after = self.doc.text[a.end:s.end].split()[:1]
            if any(q in gap for q in ",”\"") and after and after[0].strip(".,") in self.W.said_by:
                return [a.actor]
        return []

    def _plural_after_one(self, noun: Match) -> Match | None:
        """«أحد أفراد الأمن العام», «أحد منتسبي الجيش»: the plural noun of people right after a noun of one that
        means «one of» (words.tsv one_of): the one counted is of its people, and of the side named after it."""
        if not noun.value[1].endswith(":1") or self._last_word_bare(noun) not in self.W.one_of:
            return None
        return next((n for n in self.word_chars.starting_in(noun.char_end, noun.char_end + 3) if n.value[0] == "noun"
                     and n.value[1].endswith(":many") and not self.doc.text[noun.char_end:n.char_start].strip()), None)

    def _last_word_bare(self, noun: Match) -> str:
        """The noun's last word without its article («المهاجمين» → «مهاجمين»): what a lexicon of words lists."""
        said = self.doc.text[noun.char_start:noun.char_end].split()[-1]
        if self.W.article and said.startswith(self.W.article):
            said = said[len(self.W.article):]
        return said

    def _called_so_before(self, noun: Match) -> list[str]:
        """«تصدوا لهجوم مرتزقة الاحتلال التركي … مقتل 7 مرتزقة»: fighters of no side named, called by the epithet
        the report gave before to one side only, are that side's men."""
        said = self._last_word_bare(noun)
        if said not in self.W.epithet:
            return []  # (not «عناصر», said of every side)
        sides = set()
        for a in self.actor_index.starting_in(0, noun.char_start):
            first = self.doc.text[a.start:a.end].split()[:1]
            if first and a.actor in NAMED_ARMED and \
                    first[0].removeprefix(self.W.article or "\0") == said and a.end <= noun.char_start:
                sides.add(a.actor)
        return list(sides) if len(sides) == 1 else []

    @cached_property
    def _frames_latest_first(self) -> list[Frame]:
        """The event frames, the one told last first (sorted once, not at each count of attackers)."""
        return sorted(self.frames, key=lambda f: f.trigger.char_start, reverse=True)

    def _attackers(self, w: Match, noun: Match) -> list[str]:
        """«هجوم شنه مسلحون من فلول النظام … وقتل 3 من المهاجمين»: the attackers are the side that acted in the last
        event told before them (not the killing the outcome word tells)."""
        said = self._last_word_bare(noun)  # «المهاجمين», «أحد المهاجمين»
        if said not in self.W.attacker:
            return []
        found: list[str] = []
        for f in self._frames_latest_first:
            if f.trigger.char_start >= min(w.char_start, noun.char_start) or \
                    f.trigger.char_start <= w.char_start < f.trigger.char_end:
                continue
            # the side that acted; an attack told with no side acting was the work of unknown men (never its
            # victims')
            found = [a for a in f.actors if a != "CIVILIANS"] or ["UNKNOWN"]
            break
        if found in ([], ["UNKNOWN"]) and said in self.W.suicide_bomber:
            # «قتل انتحاريان حاولا اقتحام مركز للشرطة … وتبنى تنظيم الدولة الهجمات»: suicide bombers of no side
            # named are the men of the one insurgent side the report names
            rebels = unique(a.actor for a in self.actor_index.items if a.actor in ARMED and a.actor not in
                            STATE_FORCES and a.actor not in ("UNKNOWN", "COALITION", "ISRAEL", "TURKEY"))
            if len(rebels) == 1:
                return rebels
        return found

    def _among_them(self, s: Sentence, w: Match, count: _Count, noun: Match | None) -> list[str]:
        """«أحبطت وحدات الجيش هجوماً لداعش وأوقعت بينهم العديد من القتلى», «سقط منهم العديد من القتلى»: a count
        with no noun after a verb and «بينهم»/«منهم»/«في صفوفهم» is of the armed side named last before."""
        if noun is not None:
            return []
        start = min(w.char_start, count.start)
        raw = self.doc.text[max(s.start, start - 30):start].split()
        if len(raw) < 2 or raw[-2][-1:] in PUNCTUATION or raw[-2][:1].isdigit():
            return []  # «…، بينهم ثلاثة أصيبوا»: a part of the count before
        before = self.doc.text.rindex(raw[-2], 0, start)
        if any(n.value[0] in ("noun", "outcome") for n in self.word_chars.starting_in(before, before + len(raw[-2]))):
            return []  # «قتل 10 مدنيين بينهم …»
        last = raw[-1]
        for suffix in self.W.pronoun_suffixes:
            stem = last[:-len(suffix)]
            if last.endswith(suffix) and suffix not in self.W.singular_suffix and (
                    stem in self.W.possessed or stem in self.W.among):
                return self._antecedent(start - len(last) - 1)
        return []

    def _shared_vague(self, prev: Match, w: Match, sentence_records: list[Casualty]):
        """«العديد من القتلى والمصابين»: an outcome noun joined by «و» to one a vague count was just read before
        shares that count and its people."""
        if not sentence_records or not self._joined(prev.char_end, w.char_start):
            return None
        last = sentence_records[-1]
        if last.qualifier != "vague" or last.outcome == w.value[1] or \
                self.doc.norm.from_original(last.evidence.end) != prev.char_end:
            return None
        start = self.doc.norm.from_original(last.evidence.start)
        if start >= prev.char_start:
            return None  # the vague count must come before the first noun («عدد من الشهداء»)
        return (_Count(None, None, "vague", start, w.char_end), None, w.char_end), list(last.group)

    def _told_before(self, noun: Match, s: Sentence) -> list[str]:
        """«العنصرين», «الجنود»: members with the article are those told of just before; the side named with the same
        word there (in this sentence or the one before)."""
        text = self.doc.text
        said = text[noun.char_start:noun.char_end]
        if not self.W.article or not said.startswith(self.W.article):
            return []
        lo = self._sentence_before_start(s)
        for n in reversed(self.word_chars.starting_in(lo, noun.char_start)):
            if n.value[0] == "noun" and n.value[1] == noun.value[1] and \
                    text[n.char_start:n.char_end] == said[len(self.W.article):]:
                return [a for a in self._actors_after(n.char_end, self.doc.sentence_of(n.char_start).end)
                        if a != "CIVILIANS"]
        return []

    def _other_after(self, noun: Match) -> bool:
        """«جندي آخر», «عناصر آخرين»: the noun counted is followed by «other»."""
        return any(n.value[0] == "noun" and n.value[1].startswith("other:") and 0 < n.char_start - noun.char_end <= 2
                   for n in self.word_chars.starting_in(noun.char_end, noun.char_end + 3))

    def _some_of_them(self, s: Sentence, end: int, group: list[str], sentence_records: list[Casualty]) -> list[str]:
        """«وأصيب عشرة بجروح بعضهم من المدنيين», «32 ألف قتيل، غالبيتهم من المدنيين»: a count said to be partly (or
        mostly) of some people is about them and others: the side named, and for civilians the armed side counted
        just before, else the two sides of the fighting."""
        text = self.doc.text
        tokens = [t for t in self.doc.stream.between(end, min(s.end, end + 40))][:4]
        for i, t in enumerate(tokens[:-1]):
            if t.text not in self.W.some_of_them:
                continue
            if tokens[i + 1].text not in self.W.from_:
                return group
            after = tokens[i + 1].end
            named = self._actors_after(after, s.end, strict=True)
            if not named and any(n.value[0] == "noun" and n.value[1].startswith("civ:")
                                 for n in self.word_chars.starting_in(after, after + 3)):
                named = ["CIVILIANS"]
            if not named:
                return group
            if named != ["CIVILIANS"] or group != ["CIVILIANS"]:
                return unique(group + named)
            earlier = [r for r in (sentence_records or self._recent_records(s)) if r.group != ["CIVILIANS"]]
            others = list(earlier[-1].group) if earlier else self._both_sides(s)
            return unique(group + others) if others else group
        return group

    def _incidents_counted(self, s: Sentence, offset: int) -> bool:
        """Does the sentence count assassinations or security incidents before the offset («بلغت حصيلة الاستهدافات
        … 292 استهدافاً», «33 عملية ومحاولة اغتيال»)?"""
        for q in self.quantity_index.starting_in(s.start, offset):
            after = [t.text for t in self.doc.stream.between(q.end, min(offset, q.end + 40))][:3]
            if any(t in self.W.incident_count for t in after) or \
                    any(" ".join(after[i:i + 2]) in self.W.incident_count for i in range(len(after) - 1)):
                return True
        return False

    def _among_the_dead(self, w: Match, sentence_records: list[Casualty]) -> Casualty | None:
        """«ومن بين القتلى 15 مقاتلاً أجنبياً», «ومن ضمن القتلى شخص سوري»: a part of the dead told before (the last
        count of that outcome), when the outcome word has the article after «من بين/من ضمن»."""
        if not self._defined(w):
            return None
        before = [t.strip(PUNCTUATION) for t in self.doc.text[max(0, w.char_start - 14):w.char_start].split()][-2:]
        if len(before) < 2 or not (before[-2] in self.W.from_ or before[-2][1:] in self.W.from_) or not any(
                before[-1] == b or before[-1][1:] == b for b in self.W.among_the_dead):
            return None
        earlier = [r for r in self.records + sentence_records if r.outcome == w.value[1] and r.subset_of is None
                   and r.group != ["CIVILIANS"]]
        return earlier[-1] if earlier else None

    def _toll_spoken_of(self, s: Sentence, w: Match, sentence_records: list[Casualty]) -> list[str]:
        """«وعدد القتلى مرشح للارتفاع لوجود جرحى»: a bare count in a sentence about «عدد القتلى» is of the people of
        the last toll told."""
        said = [o for o in self._words_in(s.start, w.char_start) if o.value[0] == "outcome" and o.char_end <= w.char_start
                and self._counted_by_label(o)]
        if not said:
            return []
        label = next((n for n in self._words_in(said[-1].char_end, said[-1].char_end + 12) if n.value[0] == "noun"), None)
        if label is not None and _noun_kind(label) in ("civ", "kin"):
            return ["CIVILIANS"]  # «ارتفع عدد الشهداء المدنيين إلى 211»: the label says whose toll it is
        earlier = [r for r in self.records + sentence_records if r.qualifier != "vague" and r.outcome == "killed"]
        return list(earlier[-1].group) if earlier else []

    def _joined_to_last(self, w: Match, sentence_records: list[Casualty]) -> list[str]:
        """The group of the sentence's last count when the outcome word follows it with only «و» and a word of
        falling between («مقتل متظاهر وسقوط 5 جرحى»)."""
        if not sentence_records:
            return []
        last = sentence_records[-1]
        end = self.doc.norm.from_original(last.evidence.end)
        if end > w.char_start:
            return []
        if last.group != ["CIVILIANS"] and self._actors_after(end, w.char_start) == last.group:
            # «قتل عنصر من "هيئة تحرير الشام" وجرح خمسة»: past the side named with the count
            end = max(a.end for a in self.actor_index.starting_in(end, w.char_start) if a.end <= w.char_start)
            while end < w.char_start and self.doc.text[end] in '"”“\'»)':
                end += 1
        gap = self.doc.text[end:w.char_start].split()
        if len(gap) > 2 or not gap and self.doc.text[w.char_start - 1:w.char_start] not in self.W.and_:
            return []
        if gap and not (gap[0] in self.W.and_ or gap[0][:1] in self.W.and_):
            return []
        if any(c in self.doc.text[end:w.char_start] for c in PUNCTUATION):
            return []
        return list(last.group)

    @cached_property
    def main_side(self) -> list[str]:
        """The armed side a report is about: named more often than all the others together (never a strike's
        author)."""
        strikers = {a for f in self.frames if f.sub_event_type in ("Air/drone strike", "Shelling/artillery/missile attack")
                    for a in f.actors}
        named = [a.actor for a in self.actors if a.actor in NAMED_ARMED]
        if not named:
            return []
        top = max(set(named), key=named.count)
        return [top] if named.count(top) * 2 > len(named) and top not in strikers else []

    @cached_property
    def one_side(self) -> list[str]:
        """The armed side of a report that names only one (unidentified gunmen aside)."""
        strikers = {a for f in self.frames if f.sub_event_type in WEAPON_TYPES for a in f.actors}
        sides = unique(a.actor for a in self.actors if a.actor in NAMED_ARMED)
        return sides if len(sides) == 1 and sides[0] not in strikers else []  # never a strike's author

    def _named_side(self, noun: Match | None, end: int, s: Sentence, strict: bool) -> list[str]:
        """The side a count is said to belong to: an actor whose name holds the noun («عناصر حزب الله», «جنود
        أتراك»), one named right after it («من قوات النظام»), or the side a possessive points back to («في
        صفوفها», «من عناصره»)."""
        if noun is not None:
            # «عناصر حزب الله», «جنود أتراك», «رجال الشرطة العراقية»: the noun is part of the side's name
            holding = [a for a in self.actor_index.starting_in(noun.char_start - 80, noun.char_end)
                       if a.actor != "CIVILIANS" and
                       (a.start <= noun.char_start < a.end or noun.char_start < a.start < noun.char_end)]
            if holding:
                if holding[0].start == noun.char_start and holding[0].end == noun.char_end and \
                        holding[0].actor in ARMIES and _noun_kind(noun) == "soldier":
                    # «clashed with Turkish troops … and killed three soldiers»: the bare word is the soldiers of
                    # the one army the sentence names, not of the report's state
                    others = unique(a.actor for a in self.actor_index.starting_in(s.start, s.end)
                                    if a is not holding[0] and a.actor in ARMIES
                                    and not (a.start >= noun.char_end and self._in_subset_aside(noun.char_end, a.start)))
                    # (not an army named in a part of the count: «nine soldiers, including two Russians»)
                    # (not the army whose aircraft or guns struck in the sentence: «Israeli warplanes fired missiles
                    # at army positions, wounding two soldiers» are the soldiers hit, not the striking side's)
                    if len(others) == 1 and others[0] != holding[0].actor and not self._struck_by(s, others):
                        return others
                return unique([holding[0].actor] + self._joined_side_after(holding[0].end, s.end))
            if self.W.adjectives_before:
                # «an ISIS leader», «a senior Hezbollah commander»: the side named right before the noun, as its
                # adjective, is the side whose man it is
                before = [a for a in self.actor_index.starting_in(noun.char_start - 60, noun.char_start)
                          if a.end <= noun.char_start and not self.doc.text[a.end:noun.char_start].strip()
                          and a.actor in NAMED_ARMED]
                if before:
                    return [before[-1].actor]
        words = [x.strip(PUNCTUATION) for x in self.doc.text[end:min(s.end, end + 40)].split()[:3]]
        # «وأصيب اثنان من زملائه بهجوم مسلح»: «of his men» right after the count says whose they are; a side named
        # after it (the attack's author) is not
        own = len(words) > 1 and words[0] in self.W.from_ and self._side_pronoun(words[1], stem_over=1)
        near = [] if own else self._actors_after(end, s.end, strict=strict)
        if near:
            return near
        if any(x in self.W.our_men for x in words) and (speaker := self._speaker(end)):
            return speaker  # «استشهد مقاتلان من قواتنا»: the men of the side whose statement it is
        if self._possessive_after(end, s.end) or (noun is not None and self._possessive_before(noun)):
            if self._of_them(end, s.end) and (attackers := self._attackers_named_before(s, end)):
                return attackers  # «اشتبكت القوة مع المهاجمين وقتلت ثلاثة منهم»: of the attackers just named
            recent = self._recent_records(s)
            if recent and self._of_them(end, s.end):
                o_start = self.doc.norm.to_original(s.start, s.start)[0]
                if recent[-1].evidence.start < o_start and self._civilians_named_before(s, end):
                    return ["CIVILIANS"]  # «سيارة تقل رعاة أغنام، ما أدى لاستشهاد اثنين منهم»: of those just named
                if recent[-1].evidence.start < o_start and (named := self._side_named_before(s, end)):
                    return named  # «هرع مقاتلون من الحشد للتصدي للهجوم، ما أدى لمقتل اثنين منهم»: of the side just named
                return list(recent[-1].group)  # «إصابة سبعة منهم»: of the people counted before
            if not recent and self._of_them(end, s.end) and self._last_named_civilians(end):
                return ["CIVILIANS"]  # «أطلقت قوات الأمن النار على متظاهرين فقتلت ثلاثة منهم»: of the people named
            offset = noun.char_start if noun else end
            antecedent = self._antecedent(offset, people=self._people_pronoun_after(end, s.end))
            speaker = self._speaker(offset)
            if speaker and antecedent and speaker != antecedent and \
                    (any(r.group == antecedent for r in self.sentence_records) or self._struck_by(s, antecedent)):
                return speaker  # «أعلنت قسد مقتل 11 عنصراً من داعش، كما أصيب اثنان من مقاتليها»: the side speaking,
            told = [r for r in self.sentence_records if r.subset_of is None and r.low == 1]
            if own and told and (not antecedent or any(words[1].endswith(x) and words[1][:-len(x)] in self.W.colleagues
                                                       for x in self.W.singular_suffix)):
                # «قتل منتسب وأصيب اثنان من زملائه»: «his» men are those of the one man counted before
                return list(told[-1].group)
            # (not the enemy whose dead it just counted, nor the author of the strike it tells of)
            if antecedent and self.W.subject_before and self._struck_by(s, antecedent):
                # «an Israeli drone struck a group of gunmen …, killing one of them»: of those struck, not the striker
                hit = unique(t for f in self.sentence_frames.get(s.index, []) if f.sub_event_type in STRIKE_TYPES
                             and set(antecedent) <= set(f.actors) for t in f.targets if t not in antecedent)
                return hit[:1] if len(hit) == 1 else []
            return antecedent
        return []

    def _struck_by(self, s: Sentence, sides: list[str]) -> bool:
        """Are the sides the authors of a one-sided strike told in the sentence («أعلنت قسد أن مسيرة تركية استهدفت
        سيارة، ما أسفر عن مقتل ثلاثة من مقاتليها»: the men killed are the speaker's, not the striking side's)?"""
        return any(f.sub_event_type in STRIKE_TYPES and set(sides) <= set(f.actors)
                   for f in self.sentence_frames.get(s.index, []))

    def _joined_side_after(self, offset: int, limit: int) -> list[str]:
        """«11 regime soldiers and members of pro-regime militias», «19 soldiers and allied militiamen»: a second
        side joined by «and» to the side whose name holds the noun counts with it (no new count between)."""
        words = self.doc.text[offset:min(limit, offset + 12)].split()[:1]
        if not words or words[0] not in self.W.and_:
            return []
        after = self.doc.text.index(words[0], offset) + len(words[0])
        for a in self.actor_index.starting_in(after, min(limit, after + 40)):
            gap = self.doc.text[after:a.start]
            if len(gap.split()) > 3 or any(c in gap for c in ",.;:()\"") or any(c.isdigit() for c in gap) or \
                    self._count_between(after, a.start + 1) or self.trigger_index.starts_in(after, a.start + 1) or \
                    any(o.value[0] in ("outcome", "noun") and not o.value[1].endswith(":many")
                        for o in self._words_in(after, a.start)):
                return []  # «… and three HTS members», «… and wounded SDF members»: a count or a verb of its own
            return [a.actor] if a.actor not in ("CIVILIANS", "UNKNOWN") else []
        return []

    def _speaker(self, offset: int) -> list[str]:
        """The armed side whose statement the report quotes before the offset: the last one named right after a verb
        of reporting («أعلن المركز الإعلامي لقوات سوريا الديمقراطية», «قالت خلية الإعلام الأمني»)."""
        return next(([a.actor] for a in reversed(self._speaking) if a.start < offset and a.end <= offset), [])

    def _speaker_near(self, offset: int, reach: int = 400) -> list[str]:
        """The armed side whose statement the report quotes, named after a verb of reporting in the few sentences
        before the offset (not a statement far back in the report)."""
        return next(([a.actor] for a in reversed(self._speaking) if a.end <= offset and offset - a.start <= reach), [])

    @cached_property
    def _speaking(self) -> list:
        """The armed sides named right after a verb of reporting, in the report's order (found once for all the
        counts whose speaker is looked for)."""
        found = []
        for a in self.actor_index.items:
            if a.actor not in NAMED_ARMED:
                continue
            lead = self.doc.text[max(0, a.start - 30):a.start]
            lead = lead[max(lead.rfind("."), lead.rfind("\n")) + 1:].split()
            said = [i for i, t in enumerate(lead[-4:]) if t.strip(PUNCTUATION) in self.W.reported or (
                len(t) > 3 and t[0] in self.doc.lang.clitics.conjunctions and t[1:].strip(PUNCTUATION) in
                self.W.reported)]  # («وأعلنت»: a verb with its conjunction)
            if said and not any(t.strip(PUNCTUATION) in self.W.speech_that for t in lead[-4:][said[-1] + 1:]):
                found.append(a)
        return found

    def _part_told_by_verb(self, s: Sentence, count: _Count, noun: Match | None,
                           sentence_records: list[Casualty]) -> list[str]:
        """«قتل 50 عنصراً من التنظيم، بينهم 8 فجروا أنفسهم»: a count with no noun right after «بينهم», told by a verb
        of its own, is a part of the count before it in its sentence: of its people."""
        if noun is not None or not sentence_records:
            return []
        opened = self.doc.text[s.start:count.start].split()
        if not (opened[-1:] and opened[-1] in self.W.subset_opener or " ".join(opened[-2:]) in self.W.subset_opener):
            return []
        o_start = self.doc.norm.to_original(count.start, count.end)[0]
        whole = [r for r in sentence_records if r.subset_of is None and r.evidence.start < o_start]
        return list(whole[-1].group) if whole else []

    def _attackers_named_before(self, s: Sentence, end: int) -> list[str]:
        """The side of the attackers («المهاجمين», words.tsv attacker) named last before the offset in its sentence,
        with no side named after them: the side that acted in the last event told before them."""
        said = None
        for t in self.doc.stream.between(s.start, end):
            word = t.text.strip(PUNCTUATION)
            if any(strip_article(stem, self.doc.lang.clitics) in self.W.attacker
                   for stem, _ in clitic_readings(word, self.doc.lang.clitics)):
                said = t
        if said is None or any(a.start >= said.end and a.actor in ARMED for a in self.actor_index.starting_in(said.end, end)):
            return []
        # (not the fight the sentence tells them in: «اشتبكت القوة مع المهاجمين», whose side is the defenders')
        defenders = {a.actor for a in self.actor_index.starting_in(s.start, said.start)}
        for f in self._frames_latest_first:
            if f.trigger.char_start < said.start:
                acting = [a for a in f.actors if a not in ("CIVILIANS", "UNKNOWN") and a not in defenders]
                if acting:
                    return acting
        # no event told with its author: the last side named before them, in this sentence or the one before,
        # that is not the defenders'
        named = [a.actor for a in self.actor_index.starting_in(self._sentence_before_start(s), said.start)
                 if a.actor in NAMED_ARMED and a.actor not in defenders]
        return named[-1:]

    def _side_named_before(self, s: Sentence, end: int) -> list[str]:
        """The armed side named last in the sentence before the count, as the subject of its own clause (not the
        author of the attack the sentence tells of), when the sentence counts no one before it: the people
        «منهم» points back to rather than a count of the sentence before."""
        if self.sentence_records:
            return []
        before = [a for a in self.actor_index.starting_in(s.start, end) if a.end <= end and a.actor in NAMED_ARMED]
        if not before:
            return []
        for f in self.sentence_frames.get(s.index, []):
            if before[-1].actor in f.actors and f.sub_event_type != "Armed clash":
                return []  # «قصفت قوات النظام سوقاً، ما أدى لإصابة ثلاثة منهم»: not the shelling side's own men
        return [before[-1].actor]

    def _civilians_named_before(self, s: Sentence, end: int) -> bool:
        """A plural noun of civilians in the sentence before the count, the people «منهم» points back to."""
        return any(n.value[0] == "noun" and n.value[1] == "civ:many"
                   for n in self.word_chars.starting_in(s.start, end) if n.char_end <= end)

    def _of_them(self, offset: int, limit: int) -> bool:
        """«منهم», «منهما»: a part of people told before, not of a side."""
        words = [w.strip(PUNCTUATION) for w in self.doc.text[offset:min(limit, offset + 20)].split()[:2]]
        return any(w in self.W.subset_opener for w in words)

    def _rank_of_one_counted(self, w: Match) -> bool:
        """«ضابط برتبة ملازم»: a rank after «برتبة» is the officer just counted, not one more person."""
        if w.value[0] != "noun" or not self.W.rank_of:
            return False
        before = self.doc.text[max(0, w.char_start - 12):w.char_start].split()
        return bool(before) and before[-1].strip(PUNCTUATION) in self.W.rank_of

    def _own_count(self, s: Sentence, w: Match):
        """The people an outcome word counts by itself: «قتيل» 1, «جريحين» 2; «مقتله» 1, «إصابتهما» 2 of the person
        or side named before; «مقتلهم جميعاً» the people counted before. (count, noun, end), group or None."""
        own = w.value[2]
        pronoun, _, number = own.rpartition(":")
        if number == "all":
            after = self.doc.tokens[w.end:w.end + 2]
            if not any(t.text in self.W.all_of_them for t in after):
                return None, None
            return self._counted_before(s, w)
        n = int(number)
        count = _Count(n, n, "exact", w.char_start, w.char_end)
        if not pronoun:
            if self.doc.text.startswith(self.W.article, w.char_start) or self._count_between(w.char_start - 3, w.char_start) \
                    or any(0 <= w.char_start - q.end <= 2 for q in self.quantity_index.starting_in(w.char_start - 40, w.char_start)):
                return None, None  # «القتيل», «الشهيدين»: people already told of; «70 قتيلاً»: counted
            return (count, None, w.char_end), None
        if any(r.outcome == w.value[1] and r.low == n for r in self._recent_records(s)):
            return None, None  # «قتل شاب … وأدى ذلك لمقتله»: the person already counted
        return (count, None, w.char_end), self._pronoun_group(w.char_start)

    def _recent_records(self, s: Sentence) -> list[Casualty]:
        """The records of this sentence and the one before (read so far)."""
        lo = self._sentence_before_start(s)
        o_lo = self.doc.norm.to_original(lo, lo)[0]
        return [r for r in self.records + self.sentence_records if r.evidence.start >= o_lo]

    def _counted_before(self, s: Sentence, w: Match):
        """«سيارة تقل أربعة عناصر من قوات النظام، ما أدى إلى مقتلهم جميعاً»: the last people counted before."""
        lo = self._sentence_before_start(s)
        for q in reversed(self.doc.quantities):
            if q.end > w.char_start or q.start < lo:
                continue
            noun = self._noun_in(q)
            if noun is None:
                continue
            group = self._group(self.doc.sentence_of(q.start), w, noun, max(q.end, noun.char_end), [])
            return (_Count(q.low, q.high, q.qualifier, w.char_start, w.char_end), noun, w.char_end), group
        return None, None

    def _pronoun_group(self, offset: int) -> list[str]:
        """Who «مقتله», «إصابتها» is about: the person counted or the side named last before it."""
        s = self.doc.sentence_of(offset)
        lo = self._sentence_before_start(s)
        noun = next((n for n in reversed(self.word_chars.starting_in(lo, offset)) if n.value[0] == "noun"), None)
        actor = next(iter(reversed(self.actor_index.starting_in(lo, offset))), None)
        if actor is not None and (noun is None or actor.start > noun.char_start):
            return [actor.actor]
        if noun is not None:
            return self._group(self.doc.sentence_of(noun.char_start), noun, noun, noun.char_end, [])
        return ["CIVILIANS"]

    def _possessive_before(self, noun: Match) -> bool:
        """«three of its fighters», «their members»: where the pronoun is a word of its own, one standing right
        before the noun counted points back to a side."""
        if self.W.pronoun_suffixes:
            return False
        before = self.doc.text[max(0, noun.char_start - 8):noun.char_start].split()[-1:]
        return bool(before) and before[0] in self.W.possessed

    def _possessive_after(self, offset: int, limit: int) -> bool:
        """«45 مقاتلاً في صفوفها», «5 من أفرادها», «خمسة عناصر مصابين لها»: a member word or preposition with a
        pronoun of the side, within three words."""
        words = [w.strip(PUNCTUATION) for w in self.doc.text[offset:min(limit, offset + 40)].split()[:3]]
        if not self.W.pronoun_suffixes:  # «two members of their forces», «in its ranks»: the pronoun a word of its own
            return len(words) > 1 and words[0] in self.W.side_link and \
                (words[1] in self.W.possessed or words[1] in self.W.people_pronoun)
        return any(self._side_pronoun(word) for word in words)

    def _side_pronoun(self, word: str, stem_over: int = 0) -> bool:
        """Does the word carry the pronoun of a side glued to a member word or a preposition («أفرادها», «صفوفهم»),
        its stem longer than `stem_over` letters?"""
        return any(word.endswith(x) and len(word) - len(x) > stem_over and word[:-len(x)] in self.W.possessed
                   for x in self.W.pronoun_suffixes)

    def _own_members_after(self, q: Quantity) -> bool:
        """«5 من مقاتليها», «6 من عناصره»: the count is followed by «من» and a member word with the pronoun of a side
        (not «منها», «لهم»: a preposition with a pronoun counts no people)."""
        words = [w.strip(PUNCTUATION) for w in self.doc.text[q.end:q.end + 30].split()[:2]]
        if q.qualifier == "vague" and words and self.doc.text[q.start:q.end].split()[-1] in self.W.from_:
            return self._side_pronoun(words[0], stem_over=1)  # «عدد من عناصره»: the «من» closes the vague count
        return len(words) == 2 and words[0] in self.W.from_ and (self._side_pronoun(words[1], stem_over=1) or
                                                               words[1] in self.W.our_men)  # «3 من مقاتلينا»

    def _members_of_side_after(self, q: Quantity, w: Match) -> bool:
        """«عشرة من مقاتلي حزب الله قتلوا»: a bare count, «من», a member word and the side named right after it, then
        the outcome word (nothing else between, no punctuation)."""
        between = self.doc.text[q.end:w.char_start]
        words = between.split()
        if len(words) < 3 or words[0] not in self.W.from_ or words[1] not in self.W.possessed or \
                any(c in between for c in PUNCTUATION):
            return False
        after_member = q.end + between.find(words[1]) + len(words[1])
        return any(a.actor in ARMED and not self.doc.text[after_member:a.start].strip() and
                   not self.doc.text[a.end:w.char_start].strip()
                   for a in self.actor_index.starting_in(after_member, w.char_start))

    def _last_named_civilians(self, offset: int) -> bool:
        """Are the people named last before the offset, in its sentence, civilians (protesters, villagers)?"""
        s = self.doc.sentence_of(offset)
        named = [a.actor for a in self.actor_index.starting_in(s.start, offset) if a.end <= offset and a.actor != "UNKNOWN"]
        return bool(named) and named[-1] == "CIVILIANS"

    def _people_pronoun_after(self, offset: int, limit: int) -> bool:
        """«killing two of them»: a pronoun for people (not a side's possessive) right after the count."""
        words = [w.strip(PUNCTUATION) for w in self.doc.text[offset:min(limit, offset + 20)].split()[:2]]
        return len(words) > 1 and words[0] in self.W.side_link and words[1] in self.W.people_pronoun

    def _sentence_before_start(self, s: Sentence) -> int:
        """Where the sentence before s starts (s's own start for the first): the reach of a pronoun or a noun told
        again."""
        return self.doc.sentences[s.index - 1].start if s.index > 0 else s.start

    def _antecedent(self, offset: int, people: bool = False) -> list[str]:
        """The armed side a pronoun points back to: the last one named before the offset, in its sentence or the
        one before; a pronoun for people (`people`) may point back to civilians too («a shell hit civilians,
        killing two of them»)."""
        s = self.doc.sentence_of(offset)
        lo = self._sentence_before_start(s)
        before = [a for a in self.actor_index.starting_in(lo, offset)
                  if a.actor in NAMED_ARMED or (people and a.actor == "CIVILIANS")]
        if not self.W.pronoun_suffixes:
            # «Hezbollah, which fights alongside the army, said two of its fighters …»: a side named inside an
            # aside opened by a relative pronoun is not what the pronoun after the aside points back to
            text = self.doc.text
            kept = [a for a in before if not (
                (o := max(text.rfind(", " + r + " ", lo, a.start) for r in self.W.relative_pronoun)) != -1
                and "," not in text[o + 2:a.start] and "," in text[a.end:offset])]
            before = kept or before
        return [a.actor for a in before[-1:]]

    def _count_between(self, start: int, end: int) -> bool:
        """Does a count start inside [start, end)? (Not a unit's number: «من اللواء 17».)"""
        return any(not self._measure(q) for q in self.quantity_index.starting_in(start, end))

    def _both_marker(self, start: int, limit: int) -> bool:
        """«من الطرفين», «من طرفي الاشتباكات» right after the count."""
        return any(b.value[0] in ("both", "each") for b in self._words_in(start, min(limit, start + 20)))

    def _each_side(self, sentence_records: list[Casualty]) -> None:
        """«five fighters dead on each side»: a count said of each of the two sides is one count for each."""
        for r in list(sentence_records):
            if len(r.group) < 2 or r.subset_of is not None or r.low is None or "CIVILIANS" in r.group:
                continue
            if not any(b.value[0] == "each" for b in self._words_in(r.evidence.end, r.evidence.end + 25)):
                continue
            sides, r.group = list(r.group), [r.group[0]]
            for side in sides[1:]:
                sentence_records.append(replace(r, group=[side]))

    def _words_in(self, start: int, end: int) -> list[Match]:
        """The casualty words whose first token starts inside [start, end)."""
        first, last = self.doc.token_range(start, end)
        return self.word_tokens.starting_in(first, last)

    def _cause_between(self, gap: list[str], links: frozenset[str]) -> bool:
        """«استشهاد جنديين بهجوم لداعش», «برصاص مسلحين»: a word with the glued «ب» of the means or cause (not
        «بصفوف») stands between the count and the side: the side named after it is the killer."""
        return any(len(g) > 2 and g[:1] in self.W.instrument and g not in links and g[1:] not in links
                   for g in gap)

    def _actors_after(self, offset: int, limit: int, strict: bool = False) -> list[str]:
        """Actors named right after the count («من عناصر قوات النظام والمسلحين الموالين لها»).

        Strict: only «من …», «في صفوف …» may stand between (for «أشخاص», who are civilians unless so named).
        """
        text = self.doc.text
        links = self.W.strict_link if strict else self.W.member_link
        found: list[str] = []
        pos = offset
        for a in self.actor_index.starting_in(offset, limit):
            if a.start < pos:
                continue
            # «fighters from the local Tal Tamir military council»: a place naming the side is part of its name
            named_by = next((p for p in self.place_index.starting_in(pos, a.start) if not text[p.end:a.start].strip()),
                            None)
            gap_end = named_by.start if named_by is not None else a.start
            gap = [g for g in text[pos:gap_end].replace('"', " ").replace("(", " ").replace(")", " ").split()
                   if g not in self.W.and_ and g != "'"]
            if found:
                joined = text[pos:a.start].replace('"', " ").replace("(", " ").replace(")", " ").split()
                if len(gap) > 6 or any(c in text[pos:a.start] for c in "،,.") or not (
                        joined and (joined[0] in self.W.and_ or joined[0][:1] in self.W.and_)) \
                        and text[a.start - 1:a.start] not in self.W.and_:
                    break  # «عنصرا من الشرطة … برصاص مسلحين مجهولين»: the killers are not the killed
                if self._count_between(pos, a.start + 1) or any(o.value[0] == "outcome" for o in self._words_in(pos, a.start)):
                    break  # «32 عنصراً من التنظيم وثمانية مقاتلين أكراد», «… وأصيب آخر بهجوم مسلح»
                if any(n.value[0] == "noun" and not n.value[1].endswith(":many") for n in self._words_in(pos, a.start)) \
                        or self.trigger_index.starts_in(pos, a.start + 1):
                    break  # «مسلحان من العشائر وعنصر من قسد», «… واعتقل آخرون خلال حملة للأمن العام»: others counted
            elif any(c in text[pos:a.start] for c in "،,.") or len(gap) > 3 \
                    or self.trigger_index.starts_in(pos, a.start + 1) or self._cause_between(gap, links) or (
                    any(g not in links and (strict or g[:1] not in self.W.glued_preposition) for g in gap)
                    and (strict or not gap or (gap[-1] not in self.W.side_link and gap[-1] not in self.W.glued_preposition))):
                break  # «عنصر من قسد», «قيادي أمني من تنظيم داعش», not «عنصر يعمل في مطعم»
            found.append(a.actor)
            pos = a.end
        return unique(x for x in found if x != "CIVILIANS") or (["CIVILIANS"] if found else [])

    def _both_sides(self, s: Sentence) -> list[str]:
        """The two sides of the fighting: those of «بين … و…», else of the clashes told up to this sentence, else
        the armed sides named in this sentence."""
        if self.clash_sides:
            return unique(self.clash_sides[0] + self.clash_sides[1])
        sides: list[str] = []
        for f in self.frames:
            if f.sentence.index <= s.index and f.sub_event_type == "Armed clash":
                sides += [a for a in f.told_sides if a in NAMED_ARMED]
        if len(set(sides)) >= 2:
            return unique(sides)
        named = unique(a.actor for a in self.actor_index.starting_in(s.start, s.end) if a.actor in NAMED_ARMED)
        if len(named) >= 2:
            return named
        named = unique(a.actor for a in self.actors if a.actor in NAMED_ARMED)
        return named if len(named) == 2 else []  # a report about the fighting of two sides

    def _clan_fight(self, s: Sentence, offset: int) -> bool:
        """Is the only side the sentence names before the count the clans («نزاع عشائري», «اشتباكات عشائرية»):
        the fight between them that the count is the toll of?"""
        named = [a.actor for a in self.actor_index.starting_in(s.start, offset) if a.actor != "CIVILIANS"]
        if named:
            return set(named) == {"TRIBAL"}
        # «قتل 4 أشخاص في اقتتال عشائري»: the clash told right after the count, between clans only
        after = [f for f in self.sentence_frames.get(s.index, []) if 0 <= f.trigger.char_start - offset <= 60]
        if not after or after[0].sub_event_type != "Armed clash":
            return False
        start = after[0].trigger.char_start  # «في اشتباكات بين عشيرتين»: the sides named with it
        sides = set(after[0].told_sides) or {a.actor for a in self.actor_index.starting_in(start, min(s.end, start + 40))
                                             if a.actor != "CIVILIANS"}
        return sides == {"TRIBAL"}

    def _battle_sides(self, s: Sentence, offset: int) -> list[str]:
        """The armed sides of the clash its sentence tells about the offset, when it names two: the event told
        right after the count («قتل 9 أشخاص في اشتباكات …», «… في قصف …»), else the last one before it."""
        after = [f for f in self.sentence_frames.get(s.index, []) if 0 <= f.trigger.char_start - offset <= 60]
        frame = after[0] if after else self._frame_for(s, offset)
        if frame is None or frame.sub_event_type != "Armed clash":
            return []
        sides = [a for a in unique(frame.told_sides) if a in NAMED_ARMED]
        return sides if len(sides) >= 2 else []

    def _frame_for(self, s: Sentence, offset: int) -> Frame | None:
        """The event of the same sentence told last before the offset (or the first one after it)."""
        same = self.sentence_frames.get(s.index, [])
        if not same:
            return None
        before = [f for f in same if f.trigger.char_start <= offset]
        return (before or same)[-1]

    def _repeats_noun(self, q: Quantity) -> bool:
        """«طفلان اثنان», «شخصين اثنين»: a number right after a noun that counts the same people by itself."""
        for n in self.word_chars.starting_in(q.start - 12, q.start):
            if n.value[0] == "noun" and 0 < q.start - n.char_end <= 2 and _noun_number(n) == str(q.low):
                return True
        return False

    def _measure(self, q: Quantity) -> bool:
        """«طفل يبلغ من العمر 9 سنوات», «على بعد 5 كم»: a number of units, not of people."""
        after = self.doc.text[q.end:q.end + 14].split()[:1]
        before = self.doc.text[max(0, q.start - 12):q.start].split()[-2:]
        if any(b.strip(PUNCTUATION) in self.W.age_before for b in before):
            return True  # «دون سن الـ 18»: an age
        if before and before[-1].strip(PUNCTUATION) in self.W.numbered_unit:
            return True  # «مقاتلين اثنين من اللواء 17»: the brigade's number, no one counted
        if any(n.value[0] == "noun" and n.char_start < q.start and n.char_end >= q.end
               for n in self.word_chars.starting_in(max(0, q.start - 30), q.end)):
            return True  # «eight members of one family»: a number inside the people's name counts no one
        return bool(after) and after[0].strip(PUNCTUATION) in self.W.unit

    def _joined(self, start: int, end: int) -> bool:
        """Only «و» between two words: «مقتل وإصابة» (not «ارتقاء شهيدين», a verb and its object)."""
        return self.doc.text[start:end].strip() in self.W.and_

    def _tally_verb(self, word: str) -> bool:
        """«يرتفع», «ليرتفع», «وصل», «ووصل»: a verb of a rising toll, with or without a glued و/ل (or a quote mark:
        «"ارتفع إلى …»)."""
        return word.strip(PUNCTUATION) in self.W.tally_verb_forms

    def _counts_things(self, s: Sentence, q: Quantity) -> bool:
        """«فإن عدد الاستهدافات بطائرات مسيرة ارتفع منذ بداية العام إلى 38»: the «عدد» before the number counts
        strikes, not people."""
        before = [t for t in self.doc.stream.between(max(s.start, q.start - 120), q.start)]
        counted = [i for i, t in enumerate(before) if t.text in self.W.count_noun]
        if not counted or any(o.value[0] == "outcome" for o in self._words_in(before[counted[-1]].end, q.start)):
            return False
        return self._not_people(before[counted[-1]].end)

    def _not_people(self, offset: int) -> bool:
        """«ارتفع إلى 40 عدد الغارات»: the number counts strikes, not people."""
        words = self.doc.text[offset:offset + 30].split()
        if words and words[0] in self.W.count_noun:
            words = words[1:]
        if not words:
            return False
        word = words[0]
        if word.startswith(self.W.article):
            word = word[len(self.W.article):]
        return word.startswith(self.W.not_people)  # «صواريخ», «صاروخية»

    def _is_tally(self, start: int, end: int) -> bool:
        """A running total: its clause speaks of a rising toll, a total, or a period «منذ …»."""
        found = self.tally_clauses.get((start, end))
        if found is None:
            found = self.tally_clauses[(start, end)] = not self.W.tally_any.isdisjoint(self.doc.text[start:end].split())
        return found

    def _place(self, s: Sentence, start: int, stop: int) -> PlaceMention | None:
        frame_places = [f.place for f in self.sentence_frames.get(s.index, []) if f.place is not None
                        and f.trigger.char_start <= stop]
        inside = [p for p in self.place_index.starting_in(s.start, s.end) if not p.region]
        after = [p for p in inside if p.start >= start]
        if after and after[0].start - stop < 60:
            return after[0]
        if frame_places:
            return frame_places[-1]
        return inside[-1] if inside else None

    def _date(self, s: Sentence, offset: int) -> tuple[date | None, date | None]:
        found = [d for d in self.date_index.starting_in(s.start, s.end) if d.date_start is not None]
        if found:
            end = found[-1].date_end or found[-1].date_start
            since = self.doc.text[max(s.start, found[0].start - 14):found[0].start]
            if len(found) == 1 and not self.W.since.isdisjoint(since.split()) and self.report_date is not None and end > self.report_date:
                end = self.report_date  # «منذ مطلع شهر آذار الجاري»: until the day of the report
            return found[0].date_start, end
        frame = self._frame_for(s, offset)
        if frame is not None:
            return frame.date_start, frame.date_end
        return None, None

    def _part_group(self, s: Sentence, w: Match, noun: Match | None, end: int, parent: Casualty) -> list[str]:
        """The group of a part («بينهم 8 عناصر من …»): its own noun and side, else the whole's group; fighters
        inside a count of people are not civilians («745 قتيلاً بينهم 213 مسلحاً من الطرفين»)."""
        kind = _noun_kind(noun) if noun else None
        if kind in ("civ", "kin"):
            return ["CIVILIANS"]
        if self._both_marker(end, s.end):
            sides = self._both_sides(s)
            if sides:
                return sides
        if parent.group == ["IRAN"] and (national := self._nationality(end, s.end)):
            return national
        named = self._named_side(noun, end, s, strict=kind == "person")
        if named:
            return named
        if kind in ("fighter", "soldier") and parent.group == ["CIVILIANS"]:
            return self._group(s, w, noun, end, [])
        if kind == "soldier" and self.state_army in parent.group and len(parent.group) > 1:
            return [self.state_army]  # «nine troops and allied gunmen, among them a colonel»: the army's officer
        return list(parent.group)

    def _nationality(self, start: int, limit: int) -> list[str]:
        """«5 من الجنسية السورية», «وأربعة سوريين», «3 من جنسيات غير سورية»: Syrians among Iran-backed fighters
        are of the Syrian militias loyal to Iran, foreigners of the Iranian forces (GUIDELINES)."""
        words = [t.text for t in self.doc.stream.between(start, min(limit, start + 30))][:4]
        if words and words[0] in self.W.from_:
            words = words[1:]
        for n in (3, 2, 1):
            phrase = " ".join(words[:n])
            if phrase in self.W.foreign_national:
                return ["IRAN"]
            if phrase in self.W.syrian_national:
                return ["PRO_GOV_MILITIA"]
        return []

    # --- «بينهم …» ----------------------------------------------------------------------------------------------
    def _with_civilian_part(self, s: Sentence, w: Match, whole: Casualty) -> None:
        """«the deaths of 37 people, including five civilians»: a count of people of which only some were civilians
        is about the civilians and the sides that fought or were hit (the fighting's sides, the targets of the
        attack it is told with)."""
        start, end = self._span(whole)
        if not any(n.value[0] == "noun" and n.value[1].startswith("person:") for n in self.word_chars.starting_in(start, end)) \
                and self.noun_kinds.get(id(whole), "civ") is not None:
            return  # (a toll counted by its outcome noun alone, «28 شهيداً، بينهم 11 مدنياً», is of people too)
        if "CIVILIANS" not in whole.group:
            whole.group = unique(whole.group + ["CIVILIANS"])
        elif whole.group == ["CIVILIANS"]:
            frame = self._frame_for(s, w.char_start)
            if frame is None and self._counts_people(whole):
                # «ارتفع عدد الشهداء … إلى 28 شهيداً، بينهم 11 مدنياً», told of no fighting: the others are the
                # fighters of the one side whose dead the report counted before
                sides = {tuple(r.group) for r in self.records if r.subset_of is None and "CIVILIANS" not in r.group
                         and r.outcome == whole.outcome and "UNKNOWN" not in r.group}
                if len(sides) == 1:
                    whole.group = unique(list(sides.pop()) + ["CIVILIANS"])
                return
            if frame is None or frame.sub_event_type in WEAPON_TYPES or frame.inferred_targets:
                return  # the people a shelling killed are the shelled, whoever they are
            sides = frame.told_sides if frame.sub_event_type == "Armed clash" and frame.between else frame.targets
            armed = [a for a in sides if a in NAMED_ARMED]
            if armed:
                whole.group = unique(armed + ["CIVILIANS"])

    def _previous_sentence_count(self, s: Sentence) -> Casualty | None:
        """The last whole count of the two sentences before, which a sentence opening with «They included» breaks
        down."""
        if s.index == 0 or not self.records:
            return None
        before = self.doc.sentences[max(0, s.index - 2)]
        last = next((r for r in reversed(self.records) if r.subset_of is None), None)
        if last is None or (last.low or 0) < 2:
            return None
        start = self.doc.norm.from_original(last.evidence.start)
        return last if before.start <= start < s.start else None

    def _subsets(self, s: Sentence, words: list[Match], quantities: list[Quantity], used: set[int],
                 used_nouns: set[int], sentence_records: list[Casualty], defer: bool = False) -> bool:
        """«بينهم 6 أطفال و5 مواطنات»: each counted part (a number or a dual) is a record of its own. With `defer`,
        an opener after a number not yet read (the next item of a list, «قتل 7 من قوات النظام و4 من الفصائل، بينهم
        قائد») is left for the pass after the list is read: its part belongs to the count told last; returns whether
        one was left."""
        text = self.doc.text
        deferred = False
        for w in words:
            if w.value[0] != "subset":
                continue
            o_start = self.doc.norm.to_original(w.char_start, w.char_end)[0]
            parents = [r for r in sentence_records if r.evidence.start <= o_start and r.subset_of is None]
            earlier = None
            if not parents and not text[s.start:w.char_start].strip(PUNCTUATION + " "):
                earlier = self._previous_sentence_count(s)  # «… killed 11 civilians. They included five children»
                parents = [earlier] if earlier is not None else []
            if not parents:
                continue
            parent = max(parents, key=lambda r: r.evidence.start)  # the count told last before the opener
            if defer and any(self.doc.norm.from_original(parent.evidence.end) <= q.start < w.char_start
                             and q.start not in used and q.low is not None for q in quantities):
                deferred = True
                continue
            stop_at = min(s.end, w.char_end + 70)
            for c in ".،,؛:":
                k = text.find(c, w.char_end, stop_at)
                while k != -1 and c in ",،" and self._count_between(k + 1, k + 3):
                    k = text.find(c, k + 1, stop_at)  # «including seven children, three teenagers and two women»
                if k != -1:
                    stop_at = k
            parts: list[tuple[_Count, Match | None]] = []
            own = int(w.value[2]) if str(w.value[2]).isdigit() else 0
            if own:  # «أصيب ثلاثة، أحدهم في حالة خطرة»: one of them, counted by the word itself
                parts.append((_Count(own, own, "exact", w.char_start, w.char_end), None))
                stop_at = w.char_end
            parent_end = self.doc.norm.from_original(parent.evidence.end)
            for q in quantities:  # «6 أشخاص، اثنان منهم في حالة خطرة»: the part told right before «منهم»
                if parent_end <= q.start and q.start not in used and 0 <= w.char_start - q.end <= 1 and \
                        self._told_right_after(parent_end, q.start):
                    used.add(q.start)  # (its side is named after «منهم»: «4 منهم من عناصر قوات النظام»)
                    parts.append((_Count(q.low, q.high, q.qualifier, q.start, w.char_end), self._noun_in(q)))
            for q in quantities:
                if w.char_end <= q.start < stop_at and q.start not in used:
                    used.add(q.start)
                    if self._repeats_noun(q):
                        continue  # «بينهم طفلان اثنان»: the dual's count said again
                    parts.append((_Count(q.low, q.high, q.qualifier, q.start, q.end), self._noun_in(q)))
            counted = {n.char_start for q in quantities if w.char_end <= q.start < stop_at
                       for n in [self._noun_in(q)] if n is not None}
            for n in words:
                if n.value[0] == "noun" and w.char_end <= n.char_start < stop_at and not n.value[1].endswith(":many") \
                        and n.char_start not in used_nouns and n.char_start not in counted:
                    used_nouns.add(n.char_start)
                    # «بينهم رجل مسن وزوجته»: one part of two; «بينهم طفلان وامرأة»: two parts
                    parts.append(self._noun_chain(n, words, used_nouns, peek=False, kin_only=True)[:2])
            # «40 people, including 22 regime soldiers and 18 rebels»: people some of whom are of a side, the sides of
            # all its parts (not only the first), and none civilians where those parts count them all
            widening = parent.group == ["CIVILIANS"] and self._counts_people(parent)
            if parent.group == ["CIVILIANS"] and self.noun_kinds.get(id(parent)) == "person":
                # «أعدم التنظيم 17 شخصاً بينهم عناصر من قوات النظام وقوات الدفاع الوطني»: people, some of a side
                armed = [a for n in words if n.value[0] == "noun" and n.value[1] in ("fighter:many", "soldier:many")
                         and w.char_end <= n.char_start < min(s.end, w.char_end + 20)
                         for a in self._actors_after(n.char_end, s.end) if a in NAMED_ARMED]
                if armed:
                    parent.group = unique(["CIVILIANS"] + armed)
            syrians = False
            armed_parts, civilian_part = 0, False
            for count, noun in sorted(parts, key=lambda p: p[0].start):
                if noun is None and (count.low or 0) < 2 and not own:
                    continue  # «من عائلة واحدة»
                if count.qualifier == "vague":
                    continue  # «including several children»: a part not counted is no count of its own
                stop = max(count.end, noun.char_end if noun else 0)
                group = self._part_group(s, w, noun, stop, parent)
                record = Casualty(group, parent.outcome, count.low, count.high, count.qualifier, parent.date_start,
                                  parent.date_end, parent.place_ar, self.doc.evidence(count.start, stop),
                                  admin1=parent.admin1, tally=parent.tally,
                                  subset_of=self.records.index(parent) if parent is earlier else
                                  len(self.records) + sentence_records.index(parent))
                if not any(_same(record, r) for r in sentence_records):
                    sentence_records.append(record)
                if group == ["CIVILIANS"] and (count.low or 0) < (parent.low or 0):
                    self._with_civilian_part(s, w, parent)
                armed = [a for a in group if a in NAMED_ARMED]
                of_side = armed and (count.low or 0) < (parent.low or 0) and \
                    (noun is None or count.start != noun.char_start) and \
                    not any(o.value[0] == "outcome" for o in self._words_in(w.char_end, count.start))
                if of_side and parent.group == ["CIVILIANS"] and self._counts_people(parent):
                    # «قتل 6 أشخاص بينهم 4 من قوات النظام»: people, some of them of a side (a number of them; not
                    # «ثلاثة أفراد بينهم ضابط», the officer of their own force)
                    parent.group = unique(["CIVILIANS"] + armed)
                elif of_side and widening and "CIVILIANS" in parent.group:
                    parent.group = unique(parent.group + armed)
                if of_side and widening and "CIVILIANS" not in group:
                    armed_parts += count.low or 0
                else:
                    civilian_part = True
                syrians = syrians or (parent.group == ["IRAN"] and group == ["PRO_GOV_MILITIA"])
            if widening and not civilian_part and parent.low and armed_parts == parent.low and \
                    len(parent.group) > 2 and parent.qualifier == "exact":
                parent.group = [a for a in parent.group if a != "CIVILIANS"]
            if syrians:
                parent.group = ["IRAN", "PRO_GOV_MILITIA"]  # «11 قتيلاً من الميليشيات الإيرانية بينهم 5 سوريين»
        return deferred

    def _told_right_after(self, parent_end: int, start: int) -> bool:
        """Is the number at `start` the next thing told after a count ending at `parent_end`, past a comma: right
        after it («6 أشخاص، اثنان منهم …»), or after a few words that end the count's own phrase and no other count
        nor outcome word («جرح 5 من عناصرها، اثنان منهما في حالة خطرة»)?"""
        between = self.doc.text[parent_end:start].strip(" ")
        if between in _COMMAS:
            return True
        return between[-1:] in _COMMAS and len(between.split()) <= _COUNT_PHRASE_WORDS and \
            not any(c in between[:-1] for c in ".،,؛:") and not self._count_between(parent_end, start - 1) and \
            not any(o.value[0] == "outcome" for o in self._words_in(parent_end, start))


def vehicles_hit(doc: Doc, lo: int, told: str) -> list[int]:
    """Where the words for a vehicle a strike may hit (struck_vehicle; not a car bomb nor one carrying civilians) end
    in the text told from lo."""
    return [lo + end for start, end in doc.lang.spans(told, "struck_vehicle")
            if not _bomb_or_civil_vehicle(doc, lo + start, lo + end)]


def _bomb_or_civil_vehicle(doc: Doc, start: int, end: int) -> bool:
    """«سيارة مفخخة», «a car bomb», «a booby-trapped car»: the vehicle is the weapon (rigged, words.tsv); «سيارة
    إسعاف», «a passenger car»: one that carries civilians (civil_vehicle), no men sent for."""
    before = doc.text[max(0, start - 30):start].split()[-1:]
    after = doc.text[end:end + 30].split()[:1]
    said = doc.lang.words("rigged") | doc.lang.words("civil_vehicle")
    return any(x.strip(PUNCTUATION) in said for x in before + after)


def _armed_targets(frame: Frame) -> list[str]:
    """The armed sides a frame names as hit (no civilians, no unknown side)."""
    return [t for t in frame.targets if t in NAMED_ARMED]


def _figure_key(c: Casualty) -> tuple:
    """What two statements of one toll share: outcome, figure and the people counted."""
    return c.outcome, c.low, c.qualifier != "vague" and c.high, tuple(sorted(c.group))


def _restated(a: Casualty, b: Casualty) -> bool:
    """The same count said twice in one report (a summary line, a quote of the same figure): the same figure for
    the same people and outcome, at the same place (or one names none); a figure of five or more repeated in one
    report is the same toll wherever it is placed, a smaller one («مقتل مدنيين اثنين» in two villages) is not."""
    if _figure_key(a) != _figure_key(b):
        return False
    if a.qualifier == "vague":  # «وجرح آخرون» … «وإصابة آخرين»: the same people hurt, told again
        return not a.tally and not b.tally and a.subset_of is None and b.subset_of is None and \
            (a.place_ar == b.place_ar or None in (a.place_ar, b.place_ar))
    return (a.low or 0) >= 5 or a.place_ar == b.place_ar or None in (a.place_ar, b.place_ar)


def _highest_figures(records) -> dict[tuple, int]:
    """The highest figure of each people and outcome among whole counts (not parts of another)."""
    figures: dict[tuple, int] = {}
    for r in records:
        if r.subset_of is None and r.low is not None:
            key = (r.outcome, tuple(sorted(r.group)))
            figures[key] = max(figures.get(key, 0), r.low)
    return figures


PRECISION = {"exact": 0, "at_least": 1, "about": 2, "more_than": 3}


def _less_precise_records(records: list[Casualty]) -> set[int]:
    """The records that restate a more precise one: a restated toll is coded once, with the most precise figure
    (GUIDELINES): «أكثر من 100 قتيل» beside «مئة شخص على الأقل قتلوا», «أكثر من عشرين» beside «22», for the same
    outcome and people (a figure within [low - 1, 1.5 low + 1] of a more precise one)."""
    by_people: dict[tuple, list[int]] = {}
    for i, r in enumerate(records):
        if r.qualifier in PRECISION and r.low is not None:
            by_people.setdefault((r.outcome, tuple(sorted(r.group))), []).append(i)
    out: set[int] = set()
    for indices in by_people.values():
        lows: dict[int, list[int]] = {}  # precision rank -> sorted lows
        for i in indices:
            lows.setdefault(PRECISION[records[i].qualifier], []).append(records[i].low)
        for rank_lows in lows.values():
            rank_lows.sort()
        for i in indices:
            r = records[i]
            if r.subset_of is not None or r.low < 2:
                continue
            lo, hi = r.low - 1, r.low * 1.5 + 1
            for rank, sorted_lows in lows.items():
                if rank < PRECISION[r.qualifier]:
                    k = bisect.bisect_left(sorted_lows, lo)
                    if k < len(sorted_lows) and sorted_lows[k] <= hi:
                        out.add(i)
                        break
    return out


def _same(a: Casualty, b: Casualty) -> bool:
    return (a.outcome, a.low, a.high, a.qualifier, sorted(a.group)) == (b.outcome, b.low, b.high, b.qualifier, sorted(b.group)) \
        and a.evidence.start == b.evidence.start
