"""Territorial control: who gained, lost or withdrew from which place, and what share of it."""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import Control
from ..taxonomy import ACTORS, same_camp
from ..text.doc import Doc, SpanIndex
from ..text.normalize import normalize_word
from ..text.tokens import strip_article
from .frames import BACKGROUND, EVENT, TAKEOVERS, WITHDRAWAL, Frame


def control_records(doc: Doc) -> list[Control]:
    """One record per (place, actor, change): gains from take-overs (told as events or in passing: relative clauses,
    recalled background), and the loss of the side they were taken from where the report names it («استعادت قوات
    النظام القرية من التنظيم») or a regain implies it; withdrawals from «انسحاب» statements (a transfer of territory
    told as a withdrawal is that withdrawal's record only); who holds a place. No record for forces deploying or
    entering («انتشرت قوات», «دخول قوات»: where forces are), an advance told alone, or a place that is only the
    region or the surroundings of what was taken."""
    advance = doc.lang.words("advance")
    gains = [f for f in doc.frames if f.role == EVENT and f.sub_event_type in TAKEOVERS
             and f.trigger.value not in ("withdraw", "deploy") and not _advance(doc, f, advance)] + \
        [f for f in doc.frames if f.role == BACKGROUND and f.sub_event_type in TAKEOVERS]
    # («تسلمت قوات النظام مواقع قسد في X»: a handover said by the side that received it, words.tsv receive)
    withdrawals, received = [], []
    receive = doc.lang.words("receive")
    for f in doc.frames:
        if f.role != WITHDRAWAL:
            continue
        # («withdrew from the towns of X and Y»: each place of the list its place opens)
        places = [f.place] + [x for x in f.extra_places if f.place is not None and x.list_head is not None
                              and x.list_head in (f.place, f.place.list_head)]
        (received if _said_with(doc, f, receive) else withdrawals).extend(replace(f, place=p) for p in places)
    actors = SpanIndex(doc.actors)
    percents = SpanIndex([q for q in doc.quantities if q.percent])
    out: list[Control] = []
    seen: set[tuple] = set()
    regain = doc.lang.words("regain")
    told = [(f, "gained", _takers(f)) for f in gains] + \
        [(f, "withdrew", _subject_before(doc, actors, f) or _withdrawers(actors, f)) for f in withdrawals] + \
        [(f, "gained", _takers(f)) for f in received if f.actors] + [(f, "withdrew", f.targets[:1]) for f in received] + \
        [(f, "lost", _named_losers(doc, actors, f, _said_with(doc, f, regain)) or _other_camp(f)) for f in gains]
    # (a side that withdrew has no loss besides)
    for frame, change, sides in told:
        if frame.place is None:
            continue
        share = _share(percents, frame)
        if (frame.place.region or frame.place.precision == 2) and change != "withdrew" and share is None:
            # «سيطرت على ثماني قرى في ريف حماة», «قرى في الرقة والحسكة»: the places taken are unnamed ones in the
            # region, not the region; «كتيبة قرب بلدة مورك», «على محور رأس العين», «محيط البلدة» (geo_precision 2):
            # a place near it, not the place — unless the report says what share of it («90% من المحافظة»)
            continue
        name = _name_key(doc, frame.place.name_ar, frame.place.name_en)
        for actor in sides:
            if actor in ("CIVILIANS", "UNKNOWN"):
                continue
            key = (name, actor, change)
            if key in seen or change == "lost" and (name, actor, "withdrew") in seen:
                continue
            seen.add(key)
            out.append(Control(frame.place.name_ar, frame.place.name_en, frame.place.admin1, actor, change, share,
                               frame.date_end or frame.date_start, doc.evidence(frame.clause.start, frame.clause.end)))
    for record in loss_records(doc):
        name = _name_key(doc, record.place_ar, record.place_en)
        key = (name, record.actor, record.change)
        if key not in seen:
            seen.add(key)
            out.append(record)
    # («captured the regime-held village of X»: who held the place before the take-over told in the same clause)
    gains = [(_name_key(doc, r.place_ar, r.place_en), r.evidence) for r in out if r.change == "gained"]
    for record in holding_records(doc):
        name = _name_key(doc, record.place_ar, record.place_en)
        key = (name, record.actor, record.change)
        if key not in seen and (name, record.actor, "gained") not in seen and not any(
                n == name and e.start <= record.evidence.start and record.evidence.end <= e.end for n, e in gains):
            seen.add(key)
            out.append(record)
    return out


def _takers(frame: Frame) -> list[str]:
    """The sides that took the place: the first side named and its camp. Sides of the other camp read as actors
    too («بسط الجيش السيطرة على قرى … في الجيب الذي يحاصر فيه فلول التنظيم») are those it was taken from."""
    return [a for a in frame.actors if _together(a, frame.actors[0])]


def _withdrawers(actors: SpanIndex, frame: Frame) -> list[str]:
    """Who withdrew: the frame's sides, but when they are two sides that cannot withdraw together («بعد سيطرة
    الهيئة على ريف حلب انسحبت قوات النظام من مركز المدينة»), the one named right after the verb (its subject), or
    failing that the one named last before it — and its kind."""
    sides = frame.actors
    if all(_together(a, sides[0]) for a in sides):
        return sides
    t = frame.trigger
    after = [a.actor for a in actors.within(t.char_end, frame.clause.end) if a.actor in sides]
    before = [a.actor for a in actors.within(frame.clause.start, t.char_start) if a.actor in sides]
    subject = after[0] if after else before[-1] if before else sides[0]
    return [a for a in sides if _together(a, subject)]


def _subject_before(doc: Doc, actors: SpanIndex, frame: Frame) -> list[str]:
    """Where the language puts the subject before the verb («HTS took X after the rebels withdrew»): the sides
    named right before the verb in its clause, joined by list words — those that withdrew; none where the language
    puts the subject after the verb, or no side stands before it."""
    if doc.lang.syntax.get("subject") != "before":
        return []
    before = [a for a in actors.within(frame.clause.start, frame.trigger.char_start) if a.actor in frame.actors]
    if not before:
        return []
    subject, and_words = [before[-1]], doc.lang.words("and")
    for a in reversed(before[:-1]):
        gap = doc.text[a.end:subject[0].start].replace(",", " ").split()
        if not gap or not all(w in and_words for w in gap):
            break
        subject.insert(0, a)
    return list(dict.fromkeys(a.actor for a in subject))


def _other_camp(frame: Frame) -> list[str]:
    """The one side of another camp among a take-over's actors (see `_takers`): the side that lost the place."""
    others = [a for a in frame.actors if a not in ("CIVILIANS", "UNKNOWN") and not _together(a, frame.actors[0])]
    return others if len(others) == 1 else []


def _together(a: str, b: str) -> bool:
    """Can the two take a place together? One camp, or two sides that are both state forces or both not (Turkey
    and the factions it backs, the Iraqi army and the PMF); a state's forces and a non-state group named with them
    in a take-over are the two sides of it."""
    return same_camp(a, b) or (a in ACTORS and b in ACTORS and ACTORS[a].state == ACTORS[b].state)


def _advance(doc: Doc, frame: Frame, advance: frozenset[str]) -> bool:
    """«تقدمت قوات النظام في المنطقة», «حققت تقدماً على حساب قسد في محور رأس العين»: an advance told alone
    (words.tsv, advance) moves a front; it takes no place the report names."""
    first = doc.text[frame.trigger.char_start:frame.trigger.char_end].split()[0]
    return first in advance or bool(set(doc.tokens[frame.trigger.start].key_names) & advance)


def _said_with(doc: Doc, frame: Frame, words: frozenset[str]) -> bool:
    """Is the frame's trigger one of these words? «تسلمت», «استلم» (words.tsv, receive): the side that receives a
    place handed over gained it, the side named as its owner («مواقع قسد») is the one that left it; «استعادت
    قوات النظام السيطرة على», «حررت القوات» (regain): a take-over told as a regain."""
    return any(set(doc.tokens[i].key_names) & words or doc.tokens[i].text in words
               for i in range(frame.trigger.start, frame.trigger.end))


def _name_key(doc: Doc, name_ar: str | None, name_en: str | None) -> str:
    """A place name for telling records apart (the Arabic name, else the English one): the article dropped from
    each word («باب الشمس» and «باب شمس» are one place written two ways)."""
    # («قرة حلنج» and «قره حلنج»: one place, its letters normalised as report text is)
    return " ".join(strip_article(w, doc.lang.clitics) for w in normalize_word(name_ar or name_en or "").split())


def _named_losers(doc: Doc, actors: SpanIndex, frame: Frame, regained: bool = False) -> list[str]:
    """The sides a take-over was won from, when its own clause names them (a side guessed from the fighting told
    elsewhere is not said to have lost the place) — or when the take-over is told as a regain («استعاد», «حرر»):
    the place was then the other side's, the one the report has the taker fight."""
    # (its sentence: «سيطرت الهيئة، اليوم، على بلدة X في ريف حلب، إثر معارك مع حركة الزنكي»: the clause after the
    # comma names the side it fought for the place)
    named = {a.actor for a in actors.within(frame.clause.start, max(frame.scope_end, frame.clause.end,
                                                                    _fought_with_end(doc, frame)))}
    losers = [t for t in frame.targets if (t in named or regained) and t not in frame.actors
              and not any(same_camp(t, a) for a in frame.actors)]  # (Russia's strikes do not lose the regime a town)
    return losers if len(losers) == 1 else []  # two sides named: which one held the place is not said


def _fought_with_end(doc: Doc, frame: Frame) -> int:
    """The end of the clause right after a take-over's clause when it opens with a word of «after» (words.tsv
    after_gain: «بعد», «إثر», «عقب») — the fighting the place was taken by; else 0."""
    end = max(frame.clause.end, frame.scope_end)  # (past the object told after a day between commas)
    nxt = doc.clause_of(end + 2) if end + 2 < frame.sentence.end else None
    if nxt is None or nxt.start < end:
        return 0
    first = doc.text[nxt.start:nxt.end].split()[:1]
    return nxt.end if first and first[0] in doc.lang.words("after_gain") else 0


def loss_records(doc: Doc) -> list[Control]:
    """«the rebels lost control of X», «ISIS lost the town of X to the SDF», «the fall of X to government forces»: a
    place told as lost (cues.tsv, loss) — lost by the side that is the subject of the words (before them where the
    language puts the subject first, else after), taken by the side named after a word of destination after it."""
    actors = [a for a in doc.actors if a.actor not in ("CIVILIANS", "UNKNOWN")]
    index = SpanIndex(actors)
    places = SpanIndex([p for p in doc.places if not p.context and (not p.anaphor or p.antecedent is not None)])
    before_verb = doc.lang.syntax.get("subject") == "before"
    destination = doc.lang.words("destination")
    out: list[Control] = []
    for cue in doc.matches.get("cues", ()):
        if cue.value != "loss":
            continue
        clause = doc.clause_of(cue.char_start)
        if doc.sentence_of(cue.char_start).aside or set(doc.text[clause.start:cue.char_start].split()[-2:]) & \
                doc.lang.words("negation"):
            continue  # («did not lose control of X»)
        place = next((p for p in places.starting_in(cue.char_end, clause.end) if not p.region), None)
        if place is None or len(doc.text[cue.char_end:place.start].split()) > 4:
            continue
        subject = index.within(clause.start, cue.char_start)[-1:] if before_verb else \
            index.starting_in(cue.char_end, place.start)[:1]
        if doc.text[cue.char_start:cue.char_end] in doc.lang.words("passive_verb"):
            subject = []  # «ISIS celebrated the fall of Mosul»: a noun of loss has no subject that lost the place
        taker = [a for a in index.starting_in(place.end, min(clause.end, place.end + 60))
                 if set(doc.text[place.end:a.start].split()[-2:]) & destination][:1]
        date = doc.report_date
        for sides, change in ((subject, "lost"), (taker, "gained")):
            for a in sides:
                out.append(Control(place.name_ar, place.name_en, place.admin1, a.actor, change, None, date,
                                   doc.evidence(clause.start, clause.end)))
    return out


def holding_records(doc: Doc) -> list[Control]:
    """«حي X تحت سيطرة الفصائل», «قرى A وB التي تسيطر عليها المعارضة», «الخاضعة لسيطرة قوات النظام»: who holds
    the places named right before the words of holding (cues.tsv, state), as the report tells it that day."""
    actors = SpanIndex([a for a in doc.actors if a.actor not in ("CIVILIANS", "UNKNOWN")])
    places = SpanIndex([p for p in doc.places if not p.context and not p.anaphor])
    # («قرية X قرب جبل Y الخاضع لسيطرة النظام», «في منطقة Y التي يسيطر عليها الفصيل»: the place that only locates
    # the one before it is still the one the words of holding follow)
    located = SpanIndex([p for p in doc.places if not p.anaphor and not p.region])
    # («ISIS, which controls the town»: a word that points back to a town named before stands for it)
    told = SpanIndex([p for p in doc.places if not p.context and (not p.anaphor or p.antecedent is not None)])
    out: list[Control] = _holder_glued(doc, actors, places)
    holding, held_after = doc.lang.words("holding"), doc.lang.words("held_after")
    for cue in doc.matches.get("cues", ()):
        said = doc.text[cue.char_start:cue.char_end]
        if cue.value == "state" and said in held_after:
            out += _holder_before(doc, actors, told, cue)
            continue
        if cue.value != "state" or said not in holding:
            continue  # «مناطق انتشار», «مناطق نفوذ»: where forces are, not who holds a place
        holder = next(iter(actors.starting_in(cue.char_end, cue.char_end + 30)), None)
        subject = None
        if holder is None:
            holder = subject = _holder_subject(doc, actors, places, cue)
        if holder is None:
            continue
        sentence = doc.sentence_of(cue.char_start)
        if sentence.aside:
            continue
        held = _places_before(doc, places, max(sentence.start, cue.char_start - 120), cue.char_start, located)
        if not held:
            held = _held_after(doc, places, cue, holder)
        if not held and subject is not None:
            # («قرية X التي لا يزال المعارضون يسيطرون على قسم منها»: the side, then the verb, in a relative clause)
            held = _places_before(doc, places, max(sentence.start, subject.start - 120), subject.start, located)
        for side in _joined(doc, actors, holder):  # «تحت سيطرة قوات النظام والمسلحين الموالين لها»: both hold it
            for place in held:
                out.append(Control(place.name_ar, place.name_en, place.admin1, side.actor, "holds", None,
                                   doc.report_date, doc.evidence(place.start, side.end)))
    return out


def _holder_glued(doc: Doc, actors: SpanIndex, places: SpanIndex) -> list[Control]:
    """«the regime-held town of X», «the government-controlled parts of Y», «rebel-held X and Z»: a side glued by a
    hyphen to a word of holding (words.tsv held_glued) holds the places named right after it (up to three words
    between, ending in «of», words.tsv gain_object), not a region («the opposition-controlled province of Idlib»)
    nor a place it is only in («a rebel-held area in X»)."""
    out: list[Control] = []
    and_words, of_words = doc.lang.words("and"), doc.lang.words("gain_object")
    for a in actors.within(0, len(doc.text)):
        if not a.holder:
            continue
        word = doc.text[a.end:a.end + 20].split(" ")[0]
        end = a.end + len(word.rstrip(",.;:")) if word[:1] == "-" else a.end  # («government-held»: the side's word)
        sentence = doc.sentence_of(a.start)
        if sentence.aside:
            continue
        held: list = []
        limit = end
        for p in places.starting_in(end, sentence.end):
            gap = doc.text[limit:p.start].replace(",", " , ").split()
            if len([w for w in gap if w not in and_words and w != ","]) > (3 if not held else 0) or \
                    any(w in ".;:" for w in gap) or held and not gap or \
                    not held and gap and gap[-1] not in of_words:
                break  # («a rebel-held area in X»: a part of X, not X)
            held.append(p)
            limit = p.end
        out += [Control(p.name_ar, p.name_en, p.admin1, a.actor, "holds", None, doc.report_date,
                        doc.evidence(a.start, p.end)) for p in held if not p.region]
    return out


def _joined(doc: Doc, actors: SpanIndex, first) -> list:
    """A side and those listed with it by «و» right after it («قوات النظام والمسلحين الموالين لها»)."""
    sides, and_words = [first], doc.lang.words("and")
    for a in actors.starting_in(first.end, first.end + 80):
        if a.start < sides[-1].end:
            continue
        gap = doc.text[sides[-1].end:a.start].strip()
        if not (gap in and_words or gap == "" and doc.text[a.start - 1:a.start] in and_words):
            break
        sides.append(a)
    return sides


def _holder_before(doc: Doc, actors: SpanIndex, places: SpanIndex, cue) -> list[Control]:
    """«ISIS, which controls the town of Albu Kamal»: the side named just before the words of holding holds the
    place named right after them."""
    sentence = doc.sentence_of(cue.char_start)
    before = doc.text[sentence.start:cue.char_start].split()
    # «the Islamic State group pressed on, and it controls 40 percent of the town»: the side named last before the
    # pronoun in its sentence
    pronoun = bool(before) and before[-1] in doc.lang.words("subject_pronoun")
    holder = next(iter(reversed(actors.within(sentence.start if pronoun else max(0, cue.char_start - 40),
                                              cue.char_start))), None)
    if holder is None or not pronoun and doc.text[holder.end:cue.char_start].strip(" ,،") != "":
        return []
    # «ISIS still controls about 40 percent of the city»: the share held, then the place
    share = next((q for q in doc.quantities if q.percent and cue.char_end <= q.start <= cue.char_end + 12
                  and q.value is not None and 0 < q.value <= 100), None)
    start = share.end if share is not None else cue.char_end
    held = [p for p in places.starting_in(start, start + 30) if not p.region][:1]
    return [Control(p.name_ar, p.name_en, p.admin1, holder.actor, "holds",
                    round(share.value / 100, 3) if share is not None else None, doc.report_date,
                    doc.evidence(holder.start, p.end)) for p in held]


def _holder_subject(doc: Doc, actors: SpanIndex, places: SpanIndex, cue):
    """«لا يزال التنظيم يسيطر على معظم أحياء X»: where the language puts the subject after the verb, a side named
    right before a verb of holding (only words of «still» between) is its subject, when the verb holds a place told
    after it (words.tsv gain_object)."""
    if doc.lang.syntax.get("subject") == "before":
        return None
    sentence = doc.sentence_of(cue.char_start)
    before = actors.within(max(sentence.start, cue.char_start - 60), cue.char_start)
    if not before:
        return None
    side = before[-1]
    still = doc.lang.words("still") | doc.lang.words("still_not")
    if not all(w in still for w in doc.text[side.end:cue.char_start].replace("،", " ").split()):
        return None
    if _held_after(doc, places, cue, side):
        return side
    # («بلدة X التي لا يزال المعارضون يسيطرون على قسم منها»: a relative clause about the place named before it)
    lead = [w for w in doc.text[max(sentence.start, side.start - 40):side.start].replace("،", " ").split()
            if w not in still]
    return side if lead and lead[-1] in doc.lang.words("relative") else None


def _held_after(doc: Doc, places: SpanIndex, cue, holder) -> list:
    """«يسيطر التنظيم على مدينة X منذ 2014», «التنظيم يسيطر على معظم أحياء X وY»: where the language puts the subject
    after the verb, a verb of holding, its side, then the word of its object (words.tsv gain_object) and the place
    (or list of places) within three words of it — not after a negation («لا يسيطر»)."""
    if doc.lang.syntax.get("subject") == "before" or doc.text[cue.char_start:cue.char_end] not in \
            doc.lang.words("holding_verb"):
        return []
    sentence = doc.sentence_of(cue.char_start)
    gap_before = doc.text[max(sentence.start, cue.char_start - 12):cue.char_start].split()
    # («لا يسيطر», and «من المتوقع أن تسيطر»: a verb after a particle of the subjunctive holds nothing yet)
    negation = doc.lang.words("negation") | doc.lang.words("still_not") | doc.lang.words("verb_irrealis")
    if gap_before and (gap_before[-1] in negation or gap_before[-1][1:] in negation
                       and gap_before[-1][:1] in doc.lang.words("and")):  # («ولا يسيطر»)
        return []
    start = max(cue.char_end, holder.end)
    rest = list(re.finditer(r"\S+", doc.text[start:sentence.end]))[:8]
    k = 0
    if rest and rest[0].group() in doc.lang.words("since"):  # («يسيطر التنظيم منذ مطلع العام الماضي على مدينة X»)
        k = next((i for i, w in enumerate(rest) if w.group() in doc.lang.words("gain_object")), 0)
    if not rest or rest[k].group() not in doc.lang.words("gain_object"):
        return []
    obj = start + rest[k].end()
    held: list = []
    limit = obj
    and_words = doc.lang.words("and")
    for p in places.starting_in(obj, sentence.end):
        gap = doc.text[limit:p.start].replace("،", " , ").replace(",", " , ").split()
        if held and (not gap or any(w not in and_words and w != "," for w in gap)) or not held and len(gap) > 3 or \
                any(w in ".;:" for w in gap):
            break
        held.append(p)
        limit = p.end
    return [p for p in held if not p.region]


def _places_before(doc: Doc, places: SpanIndex, start: int, end: int, located: SpanIndex | None = None) -> list:
    """The place (or list of places) that ends right before `end`, with nothing but list words between them; or
    the place that only locates the one before it («قرب جبل Y», «في منطقة Y», from `located`) when it is the one
    named last, with at most a relative pronoun between — that place alone."""
    if located is not None:
        last = located.starting_in(start, end)[-1:]
        if last and last[0].context and len(doc.text[last[0].end:end].split()) <= 1:
            return last
    found = places.starting_in(start, end)
    chosen: list = []
    limit = end
    skip, still, negation = doc.lang.words("and"), doc.lang.words("still"), doc.lang.words("still_not")
    for p in reversed(found):
        gap = doc.text[p.end:limit].replace("،", " ").replace(",", " ").split()
        words = [w for i, w in enumerate(gap) if w not in skip and w not in still  # «… الذي لا يزال تحت سيطرة»
                 and not (w in negation and i + 1 < len(gap) and gap[i + 1] in still)]
        if any(w in negation for w in words):
            break  # «التي لا تسيطر عليها»: who does not hold it
        if len(words) > (2 if not chosen else 1):
            break
        chosen.insert(0, p)
        limit = p.start
    return [p for p in chosen if not p.region]


def _share(percents: SpanIndex, frame: Frame) -> float | None:
    """«أكثر من 90% من مساحة المدينة» → 0.9."""
    for q in percents.within(frame.trigger.char_end, frame.scope_end):
        if q.value is not None and 0 < q.value <= 100:
            return round(q.value / 100, 3)
    return None
