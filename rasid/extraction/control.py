"""Territorial control: who gained, lost or withdrew from which place, and what share of it."""
from __future__ import annotations

from ..records import Control
from ..taxonomy import ACTORS, same_camp
from ..text.doc import Doc, SpanIndex
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
    withdrawals = [f for f in doc.frames if f.role == WITHDRAWAL]
    receive = doc.lang.words("receive")
    received = [f for f in withdrawals if _said_with(doc, f, receive)]  # «تسلمت قوات النظام مواقع قسد في X»
    withdrawals = [f for f in withdrawals if f not in received]
    actors = SpanIndex(doc.actors)
    percents = SpanIndex([q for q in doc.quantities if q.percent])
    out: list[Control] = []
    seen: set[tuple] = set()
    regain = doc.lang.words("regain")
    told = [(f, "gained", _takers(f)) for f in gains] + \
        [(f, "withdrew", _withdrawers(actors, f)) for f in withdrawals] + \
        [(f, "gained", _takers(f)) for f in received if f.actors] + [(f, "withdrew", f.targets[:1]) for f in received] + \
        [(f, "lost", _named_losers(actors, f, _regained(doc, f, regain)) or _other_camp(f)) for f in gains]
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
        name = _name_key(doc, frame.place.name)
        for actor in sides:
            if actor in ("CIVILIANS", "UNKNOWN"):
                continue
            key = (name, actor, change)
            if key in seen or change == "lost" and (name, actor, "withdrew") in seen:
                continue
            seen.add(key)
            out.append(Control(frame.place.name_ar, frame.place.name_en, frame.place.admin1, actor, change, share,
                               frame.date_end or frame.date_start, doc.evidence(frame.clause.start, frame.clause.end)))
    for record in holding_records(doc):
        name = _name_key(doc, record.place_ar or "")
        key = (name, record.actor, record.change)
        if key not in seen and (name, record.actor, "gained") not in seen:
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
    """Is the frame's trigger one of these words (words.tsv: «تسلمت», «استلم», role receive)? The side that
    receives a place handed over gained it; the side named as its owner («مواقع قسد») is the one that left it."""
    return any(set(doc.tokens[i].key_names) & words or doc.tokens[i].text in words
               for i in range(frame.trigger.start, frame.trigger.end))


def _regained(doc: Doc, frame: Frame, regain: frozenset[str]) -> bool:
    """«استعادت قوات النظام السيطرة على», «حررت القوات»: a take-over told as a regain (words.tsv, regain)."""
    return any(set(doc.tokens[i].key_names) & regain for i in range(frame.trigger.start, frame.trigger.end))


def _name_key(doc: Doc, name: str) -> str:
    """A place name for telling records apart: the article dropped from each word («باب الشمس» and «باب شمس» are
    one place written two ways)."""
    return " ".join(strip_article(w, doc.lang.clitics) for w in name.split())


def _named_losers(actors: SpanIndex, frame: Frame, regained: bool = False) -> list[str]:
    """The sides a take-over was won from, when its own clause names them (a side guessed from the fighting told
    elsewhere is not said to have lost the place) — or when the take-over is told as a regain («استعاد», «حرر»):
    the place was then the other side's, the one the report has the taker fight."""
    named = {a.actor for a in actors.within(frame.clause.start, max(frame.scope_end, frame.clause.end))}
    losers = [t for t in frame.targets if (t in named or regained) and t not in frame.actors
              and not any(same_camp(t, a) for a in frame.actors)]  # (Russia's strikes do not lose the regime a town)
    return losers if len(losers) == 1 else []  # two sides named: which one held the place is not said


def holding_records(doc: Doc) -> list[Control]:
    """«حي X تحت سيطرة الفصائل», «قرى A وB التي تسيطر عليها المعارضة», «الخاضعة لسيطرة قوات النظام»: who holds
    the places named right before the words of holding (cues.tsv, state), as the report tells it that day."""
    actors = SpanIndex([a for a in doc.actors if a.actor not in ("CIVILIANS", "UNKNOWN")])
    places = SpanIndex([p for p in doc.places if not p.context and not p.anaphor])
    out: list[Control] = []
    holding, held_after = doc.lang.words("holding"), doc.lang.words("held_after")
    for cue in doc.matches.get("cues", ()):
        said = doc.text[cue.char_start:cue.char_end]
        if cue.value == "state" and said in held_after:
            out += _holder_before(doc, actors, places, cue)
            continue
        if cue.value != "state" or said not in holding:
            continue  # «مناطق انتشار», «مناطق نفوذ»: where forces are, not who holds a place
        holder = next(iter(actors.starting_in(cue.char_end, cue.char_end + 30)), None)
        if holder is None:
            continue
        sentence = doc.sentence_of(cue.char_start)
        if sentence.aside:
            continue
        held = _places_before(doc, places, max(sentence.start, cue.char_start - 120), cue.char_start)
        for side in _joined(doc, actors, holder):  # «تحت سيطرة قوات النظام والمسلحين الموالين لها»: both hold it
            for place in held:
                out.append(Control(place.name_ar, place.name_en, place.admin1, side.actor, "holds", None,
                                   doc.report_date, doc.evidence(place.start, side.end)))
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
    holder = next(iter(reversed(actors.within(max(0, cue.char_start - 40), cue.char_start))), None)
    if holder is None or doc.text[holder.end:cue.char_start].strip(" ,،") != "":
        return []
    held = [p for p in places.starting_in(cue.char_end, cue.char_end + 30) if not p.region][:1]
    return [Control(p.name_ar, p.name_en, p.admin1, holder.actor, "holds", None, doc.report_date,
                    doc.evidence(holder.start, p.end)) for p in held]


def _places_before(doc: Doc, places: SpanIndex, start: int, end: int) -> list:
    """The place (or list of places) that ends right before `end`, with nothing but list words between them."""
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
