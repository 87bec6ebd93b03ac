"""Actor mentions: lexicon matches resolved to the actor ids of the report record.

Some entries need the context (actors.tsv says which):
- SYR_STATE («الجيش السوري») is SYR_GOV before 8 December 2024 and SYR_GOV_NEW from then on;
- @STATE («قوات الأمن», «القوات الحكومية») is the forces of the state the report is about: the Iraqi state when
  the report's country cues («العراق», «بغداد», entries valued %IRAQ_GOV) outnumber the Syrian ones (%SYR_STATE),
  else SYR_STATE; cue entries are not actors;
- @REMNANTS («فلول النظام») are local armed insurgents after 8 December 2024 (GUIDELINES), the regime's militias
  before; so are the regime's named militias (PRO_GOV_MILITIA: «الدفاع الوطني», «درع الساحل») after that date; @INSURGENTS («المجموعات الإرهابية», «الجماعات المسلحة»: the state's armed enemies as its outlets name
  them) are ISIS in Iraq, the rebels in Syria before 8 December 2024, local armed groups after;
- @ORG («التنظيم») is the organisation named last, ISIS when none was; @INTSEC («قوى الأمن الداخلي») is the
  Kurdish Asayish in a report about the SDF, else the state police; @LAST («الأخيرة») the side named before it;
- @INTERIM («الحكومة المؤقتة») is the opposition's interim government, whose forces were the SNA, before 8 December
  2024, and the Damascus authorities as Kurdish outlets name them after;
- @PKK («حزب العمال الكردستاني») is a local armed group in a report about Iraq, counted with the SDF in Syria;
  @ALLIES («الفصائل المدعومة منها») the Syrian factions backed by the side named before it; @MOBILISED («الحشد»
  alone, as Iraqi reports shorten the Popular Mobilisation) is the PMF in a report about Iraq, no side elsewhere; @OURS («قواتنا», «قطعاتنا») the Iraqi forces in a report on
  Iraq (the security media cell's statements), no side elsewhere (whose, the speaker tells); @MILITIA («militiamen»
  with no name) the PMF in a report on Iraq, the regime's militias elsewhere; @NONE a longer phrase holding such a word that names no side;
- @OCCUPIER («جيش الاحتلال», «قوات الاحتلال» with no nationality) is Turkey in a report that names the Turkish
  occupation or army and not Israel (as Kurdish outlets write), else Israel; @MERCS («المرتزقة» alone, as
  Kurdish outlets name their enemies) the Turkish-backed factions in a report that names Turkey or them, else ISIS
  where the report names it, else no side; @DAMASCUS_MERCS («مرتزقة حكومة دمشق») the regime's militias before
  8 December 2024, the new government's factions after; @GENSEC («الأمن العام») the new government's General
  Security from 8 December 2024, before it the security service of HTS in a report that names HTS; @CORPS («اللواء
  الثامن») a brigade of the Fifth Corps, the army's (SYR_GOV) before 8 December 2024, a local armed group after.
A generic «مسلحين» (UNKNOWN) right before a named actor («مسلحين من قسد») is that actor. In a report that names the
SNA (or a Turkish operation it fought in), the rebel factions it names (OPPOSITION) are the SNA.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from datetime import date

from ..taxonomy import ARMED, GOVERNMENT_SIDE  # noqa: F401 (re-exported for the components)
from ..text import lexicon
from ..text.doc import Doc
from ..text.tokens import clitic_readings, strip_article

NEW_ERA = date(2024, 12, 8)
ORGANISATIONS = ("ISIS", "HTS")
COUNTRY_CUE = "%"  # actors.tsv values starting with it name a country's state: cues, not actors
# actors.tsv values resolved from the report (see the module's docstring), beside the ids of the actor table
CONTEXT_IDS = frozenset({"SYR_STATE", "@STATE", "@FORCE", "@MERCS", "@GROUP", "@REMNANTS", "@INSURGENTS", "@ORG",
                         "@INTSEC", "@LAST", "@PKK", "@ALLIES", "@BODY", "@PARTY", "@MOBILISED", "@NONE", "@OURS",
                         "@INTERIM", "@MILITIA", "@OCCUPIER", "@DAMASCUS_MERCS", "@HEAD", "@GENSEC", "@CORPS", "@ARMED",
                         "@DIVISION", "@FACTION"})
# @ALLIES («الفصائل المدعومة منها», «الفصائل الموالية لها»): the Syrian factions backed by the side named before
# (the new government's factions are its forces, as «فصائل حكومة دمشق» in actors.tsv)
ALLIES = {"TURKEY": "SNA", "SYR_GOV": "PRO_GOV_MILITIA", "RUSSIA": "PRO_GOV_MILITIA", "IRAN": "PRO_GOV_MILITIA",
          "HEZBOLLAH": "PRO_GOV_MILITIA", "COALITION": "SDF", "SYR_GOV_NEW": "SYR_GOV_NEW"}
SYRIAN_STATE, IRAQI_STATE = "SYR_STATE", "IRAQ_GOV"
SYRIAN_ARMIES = frozenset({"SYR_GOV", "SYR_GOV_NEW"})  # the Syrian state's army before and after 8 December 2024
# the non-state armed sides that reports call «المسلحون», «the militants» once named (not the SDF, the authority of
# its areas, nor foreign states' forces)
INSURGENT_SIDES = frozenset({"ISIS", "HTS", "OPPOSITION", "SNA", "LOCAL_ARMED", "TRIBAL"})
# ids that name a side in a report on Iraq only: «الحشد» the PMF (elsewhere a build-up), «قواتنا» the Iraqi forces
# (the security media cell's statements; elsewhere whose, the speaker tells)
IRAQ_ONLY = {"@MOBILISED": "IRAQ_PMF", "@OURS": IRAQI_STATE}
# Words that mark the post-Assad period when a report names them.
NEW_ERA_IDS = frozenset({"SYR_GOV_NEW", "@GENSEC"})  # («الأمن العام» in an undated report: the new government's, as before)


@dataclass(frozen=True, slots=True)
class ActorMention:
    actor: str
    start: int  # normalised-text offsets
    end: int
    tok_start: int
    tok_end: int
    # named in a word of holding («the regime-held town», «government-controlled»; words.tsv held_glued): who holds
    # the place named after it (control.py), no side of an event told there nor a group of the people counted there
    holder: bool = False


def actor_lexicon() -> lexicon.Lexicon:
    return lexicon.load("actors.tsv")


def find_actors(doc: Doc, era_date: date | None) -> list[ActorMention]:
    """All actor mentions of the report, in text order, with context-dependent ids resolved."""
    matches = doc.matches["actors"] if "actors" in doc.matches else actor_lexicon().find(doc.tokens)
    new_era = _is_new_era(era_date, [m.value for m in matches])
    syrian = "SYR_GOV_NEW" if new_era else "SYR_GOV"
    state = report_state(matches)
    if state == IRAQI_STATE and any(m.value == "SDF" for m in matches) and \
            not any(m.value in (IRAQI_STATE, "IRAQ_PMF") for m in matches):
        state = SYRIAN_STATE  # the YPG/SDF named, no Iraqi force: a report on Syria («قضاء الريحانية» is Turkey's district)
    state = syrian if state == SYRIAN_STATE else state
    # «قوى الأمن الداخلي» are the Asayish in a report about the SDF, unless it is about the new state more
    kurdish = sum(m.value == "SDF" for m in matches) > (sum(m.value == "SYR_GOV_NEW" for m in matches) if new_era else 0)
    ids = {m.value for m in matches}  # the ids the report names
    insurgents = _insurgents(state, new_era, ids)
    # a report that names the Turkish-backed SNA («الجيش الوطني», «غصن الزيتون»): its generic factions are the SNA
    # (or the factions backed by Turkey it names as such, «القوات التركية والفصائل الموالية لها»)
    # (named in the body: a title naming the SNA over a body on another front does not make its factions the SNA)
    headline = doc.headline_end()
    body_from = doc.sentences[headline].start if headline < len(doc.sentences) else 0
    body = [m for m in matches if m.char_start >= body_from] or matches
    body_ids = {m.value for m in body}
    sna_report = "SNA" in body_ids or "@MERCS" in body_ids and "TURKEY" in ids or any(
        m.value == "@ALLIES" and prev.value == "TURKEY" for prev, m in zip(matches, matches[1:]))
    mentions: list[ActorMention] = []
    last_org = None
    last_named = None  # the last side named (not civilians, not unknown), for @ALLIES and @LAST
    heads: dict[str, str] = {}  # the first word of each side's name told so far («جهاز», «الفرقة»), for @HEAD
    generic: set[int] = set()  # the indices of mentions of @FORCE, a detachment that a side named after it may own
    definite_armed: set[int] = set()  # the first tokens of «المسلحون», «the militants»: @ARMED, definite
    for m in matches:
        actor = m.value
        if actor.startswith(COUNTRY_CUE) or actor == "@NONE":
            continue  # (@NONE: a phrase that holds a side's word but names no side, «الحشد العسكري»)
        if actor == "SYR_STATE":
            actor = syrian
        elif actor == "@STATE":
            actor = state
        elif actor == "@REMNANTS":
            actor = "LOCAL_ARMED" if new_era else "PRO_GOV_MILITIA"
        elif actor == "@OCCUPIER":
            actor = "TURKEY" if "TURKEY" in ids and "ISRAEL" not in ids else "ISRAEL"
        elif actor == "@ARMED":  # «مسلحون», «gunmen»: unknown (the definite ones may be the side named: below)
            actor = "UNKNOWN"
            if definite(doc, m.start):
                definite_armed.add(m.start)
        elif actor == "@GENSEC":  # «الأمن العام»: the new government's; before it, HTS's own in a report naming HTS
            actor = "HTS" if not new_era and ids & {"HTS", "@BODY"} else "SYR_GOV_NEW"
        elif actor == "@CORPS":  # «اللواء الثامن»: a brigade of the Fifth Corps, the army's until 8 December 2024
            actor = "LOCAL_ARMED" if new_era else "SYR_GOV"
        elif actor == "@DAMASCUS_MERCS":
            actor = "SYR_GOV_NEW" if new_era else "PRO_GOV_MILITIA"
        elif actor == "@MERCS":  # «المرتزقة»: Kurdish outlets' name of the Turkish-backed factions (or ISIS's men)
            if ids & {"TURKEY", "SNA"}:
                actor = "SNA"
            elif "ISIS" in ids:
                actor = "ISIS"
            else:
                continue
        elif actor == "@MILITIA":  # «militiamen» with no name: the PMF in a report on Iraq, the regime's elsewhere
            actor = "IRAQ_PMF" if state == IRAQI_STATE else "PRO_GOV_MILITIA"
        elif actor == "@INTERIM":  # «الحكومة المؤقتة»: the opposition's, whose army was the SNA, then Damascus's
            actor = "SYR_GOV_NEW" if new_era else "SNA"
        elif actor == "@INSURGENTS":
            actor = insurgents
        elif actor == "@GROUP":  # «مجموعة مسلحة»: the state's armed enemies, unless a side named after it owns it
            actor = insurgents
            generic.add(len(mentions))
        elif actor == "@FORCE":  # «قوة أمنية»: a detachment of the state's forces, unless another side owns it
            actor = state
            generic.add(len(mentions))
        elif actor == "@ORG":
            actor = last_org or "ISIS"
        elif actor == "@INTSEC":
            actor = "SDF" if kurdish else syrian
        elif actor == "@PKK":
            actor = "LOCAL_ARMED" if state == IRAQI_STATE else "SDF"
        elif actor == "@ALLIES":
            actor = ALLIES.get(last_named, "OPPOSITION") if last_named else "OPPOSITION"
        elif actor == "@BODY":  # «الهيئة»: HTS in Syria; in a report on Iraq the PMF's commission, if named
            if state != IRAQI_STATE:
                actor = "HTS"
            elif "IRAQ_PMF" in ids:
                actor = "IRAQ_PMF"
            else:
                continue
        elif actor == "@PARTY":  # «الحزب»: Hezbollah in Syrian reporting; in a report on Iraq a political party
            if state == IRAQI_STATE:
                continue
            actor = "HEZBOLLAH"
        elif actor in IRAQ_ONLY:  # «الحشد», «قواتنا» name no side outside a report on Iraq
            if state != IRAQI_STATE:
                continue
            actor = IRAQ_ONLY[actor]
        elif actor == "@HEAD":  # «عناصر الجهاز»: the side whose name («جهاز مكافحة الإرهاب») opens with the word
            found = [heads[h] for h in _bare_readings(doc, m.start) if h in heads]
            if not found:
                continue
            actor = found[0]
        elif actor == "@DIVISION" and _numbered(doc, m.end):  # «الفرقة 17», «الفرقة السابعة»: the state's army
            actor = state
        elif actor in ("@DIVISION", "@FACTION"):  # «لواء النسور», «فرقة السيوف»: a faction the lexicon does not know
            if state == IRAQI_STATE or not _faction_named(doc, m.start, m.end):
                continue
            actor = "LOCAL_ARMED" if new_era else "OPPOSITION"  # (the SNA in a report that names it: below)
        elif actor == "@LAST":
            previous = doc.tokens[m.start - 1].text if m.start > 0 else ""
            if previous.startswith(doc.lang.clitics.article) or previous in doc.lang.words("time_noun") \
                    or last_named is None:
                continue  # «المدينة الأخيرة», «الأيام الأخيرة»: an adjective, not a side
            actor = last_named
        if actor == "PRO_GOV_MILITIA" and new_era:
            # the fallen regime's militias are its armed remnants (GUIDELINES: «فلول النظام»), however the report
            # named them (a militia's name, «militiamen», the factions loyal to Iran or Russia: @MILITIA, @ALLIES)
            actor = "LOCAL_ARMED"
        if actor == "OPPOSITION" and sna_report:
            actor = "SNA"
        if actor in ORGANISATIONS:
            last_org = actor
        joined = _joined_adjective(doc, m.start, m.value)
        after = _joined_after(doc, m.end, actor)
        if after is not None:  # «الطيران الحربي الروسي والسوري»: the side of the adjective joined after the name
            tok = doc.tokens[m.end]
            mentions.append(ActorMention(actor, m.char_start, m.char_end, m.start, m.end, _holder(doc, m)))
            actor = syrian if after == SYRIAN_STATE else after
            mentions.append(ActorMention(actor, tok.start + 1, tok.end, m.end, m.end + 1))  # (past «و»: joined)
            last_named = actor
            continue
        if joined is not None:  # «Syrian and Russian jets»: the side of the adjective joined to the name by «and»
            side = syrian if joined == SYRIAN_STATE else joined
            if side != actor:
                tok = doc.tokens[m.start - 2]
                mentions.append(ActorMention(side, tok.start, tok.end, m.start - 2, m.start - 1))
        mentions.append(ActorMention(actor, m.char_start, m.char_end, m.start, m.end, _holder(doc, m)))
        if actor not in ("CIVILIANS", "UNKNOWN"):
            last_named = actor
            if m.value != "@HEAD" and m.end - m.start > 1:
                heads.update((h, actor) for h in _bare_readings(doc, m.start))
    return _armed_named_before(_drop_generic_before_named(doc, mentions, generic), definite_armed)


def definite(doc: Doc, k: int) -> bool:
    """Is the word at token k definite: with the article glued («المسلحون», «والمسلحين») or after an article of its
    own («the militants»; words.tsv definite_article)?"""
    article = doc.lang.clitics.article
    if article and any(stem.startswith(article) for stem, _ in clitic_readings(doc.tokens[k].text, doc.lang.clitics)):
        return True
    own = doc.lang.words("definite_article")
    return bool(own) and (doc.tokens[k].text.lower() in own or k > 0 and doc.tokens[k - 1].text.lower() in own)


def _numbered(doc: Doc, k: int) -> bool:
    """Is the word at token k a number or an ordinal («الفرقة 17», «الفرقة السابعة»)?"""
    return k < len(doc.tokens) and (doc.tokens[k].is_number or doc.tokens[k].text in doc.lang.words("ordinal_number"))


def _faction_named(doc: Doc, head: int, after: int) -> bool:
    """Does a faction's head noun at token `head` («لواء», «سرايا») open a faction's name: indefinite («اللواء» is also
    a rank, «السرايا» units told before), followed by a word that is neither a number nor an army's branch
    («لواء المدفعية», «لواء 90»)? («كتيبة» is no head noun: reports name bases after battalions.)"""
    if definite(doc, head) or after >= len(doc.tokens) or _numbered(doc, after):
        return False
    branch = doc.lang.words("unit_branch")
    return not any(stem in branch for stem, _ in clitic_readings(doc.tokens[after].text, doc.lang.clitics))


def _armed_named_before(mentions: list[ActorMention], definite_armed: set[int]) -> list[ActorMention]:
    """«هاجمت خلايا التنظيم نقطة لقسد … وأطلق المسلحون النار على مدني», «IS militants attacked … the militants shot
    dead a civilian»: the definite generic gunmen are those told before, the one non-state armed side the report
    names, when that side (not unnamed gunmen, «مسلحون مجهولون») was the last such named before them."""
    if not definite_armed:
        return mentions
    named = {m.actor for m in mentions} & INSURGENT_SIDES
    if len(named) != 1:
        return mentions
    side = next(iter(named))
    last = None
    out = []
    for m in mentions:
        if m.actor == "UNKNOWN" and m.tok_start in definite_armed and last == side:
            m = ActorMention(side, m.start, m.end, m.tok_start, m.tok_end, m.holder)
        elif m.actor == "UNKNOWN" or m.actor in INSURGENT_SIDES:
            last = m.actor
        out.append(m)
    return out


def _bare_readings(doc: Doc, index: int) -> set[str]:
    """The token's word without its clitics and without the article («لجهاز», «الجهاز» → «جهاز»)."""
    clitics = doc.lang.clitics
    return {strip_article(stem, clitics) for stem, _ in clitic_readings(doc.tokens[index].text, clitics)}


def _holder(doc: Doc, m) -> bool:
    """Is the side named glued by a hyphen to a word of holding («regime-held», «SDF-controlled»), or by that word
    itself («government-held»)?"""
    glued = doc.lang.words("held_glued")
    if not glued:  # (a language with no such words, Arabic: nothing to slice for each side named)
        return False
    after = doc.text[m.char_end:m.char_end + 20].split(" ")[0]
    own = doc.text[m.char_start:m.char_end].rsplit("-", 1)
    return after[:1] == "-" and after[1:].strip(",.;:") in glued or len(own) == 2 and own[1] in glued


def _joined_after(doc: Doc, k: int, actor: str) -> str | None:
    """The side of an adjective at token k glued to «and», right after a name where adjectives follow their noun
    («الطيران الحربي الروسي والسوري», «الطائرات الروسية والسورية»: actor_adjectives.tsv), when it is another side's."""
    if doc.lang.syntax.get("adjective") == "before" or k >= len(doc.tokens):
        return None
    tok = doc.tokens[k]
    if tok.text[:1] not in doc.lang.words("and") or len(tok.text) < 4:
        return None
    adjectives = actor_adjective_table(doc.lang.code)
    own = next((adjectives[key] for key, _ in doc.tokens[k - 1].keys if key in adjectives), None)
    if own != actor:
        return None  # the name ends with its own side's adjective («الروسية والسورية»; not «ميليشيات عراقية وسورية»)
    side = next((adjectives[key] for key, _ in tok.keys if key in adjectives), None)
    if side is None or side == "UNKNOWN":
        return None
    return None if side == actor or (side == SYRIAN_STATE and actor in SYRIAN_ARMIES) else side


def _joined_adjective(doc: Doc, k: int, value: str) -> str | None:
    """The side of an adjective two tokens before token k, joined by «and» to the adjective that opens the name at k,
    where adjectives stand before their noun («Syrian and Russian jets», «regime and Russian warplanes»:
    actor_adjectives.tsv; not «13 Syrian and non-Syrian fighters»)."""
    if k < 2 or doc.lang.syntax.get("adjective") != "before" or doc.tokens[k - 1].text not in doc.lang.words("and"):
        return None
    adjectives = actor_adjective_table(doc.lang.code)
    if not any(adjectives.get(key) == value for key, _ in doc.tokens[k].keys):
        return None
    return next((adjectives[key] for key, _ in doc.tokens[k - 2].keys if key in adjectives), None)


@lru_cache(maxsize=None)
def actor_adjective_table(code: str) -> dict[str, str]:
    """Normalised adjective (article dropped) → actor id (actor_adjectives.tsv of the language)."""
    from ..text.language import get_language
    from ..text.normalize import normalize_word
    from ..text.tokens import strip_article

    language = get_language(code)
    return {strip_article(normalize_word(row[0]), language.clitics): row[1]
            for row in language.read_tsv("actor_adjectives.tsv")}


def _insurgents(state: str, new_era: bool, named: set[str]) -> str:
    """Whom the state's outlets call «الإرهابيين», «المجموعات المسلحة»: the YPG/PKK (SDF) in a report that names Turkey
    and them and neither ISIS nor HTS (Turkish outlets); ISIS in Iraq, or in Syria when the report
    names ISIS and no rebel faction (HTS, before 8 December 2024, when it names HTS and no other); the rebels in
    Syria before 8 December 2024; local armed groups after."""
    if "TURKEY" in named and named & {"SDF", "@PKK"} and not named & {"ISIS", "HTS"} and state != IRAQI_STATE:
        return "SDF"  # the Turkish ministry's and outlets' «الإرهابيين» in a report on its war with the YPG/PKK
    if "TURKEY" in named and "ISIS" in named and not named & {"SDF", "@PKK", "HTS", "SYR_GOV", "SYR_GOV_NEW"}:
        return "ISIS"  # theirs in a report on Turkey's war (with the factions it backs) against ISIS
    if state == IRAQI_STATE or ("ISIS" in named and not named & {"OPPOSITION", "HTS", "SNA"}):
        return "ISIS"
    if "HTS" in named and not named & {"OPPOSITION", "ISIS", "SNA"} and not new_era:
        return "HTS"  # «الإرهابيين» in a report that names only «جبهة النصرة» of the armed groups
    return "LOCAL_ARMED" if new_era else "OPPOSITION"


def report_state(matches) -> str:
    """Whose state forces a report's «قوات الأمن» are: IRAQ_GOV when Iraqi cues (country words and Iraqi actors)
    outnumber Syrian ones, else SYR_STATE (resolved by the era)."""
    iraqi = syrian = 0
    for m in matches:
        value = m.value.lstrip(COUNTRY_CUE)
        if value in (IRAQI_STATE, "IRAQ_PMF"):
            iraqi += 1
        elif value in (SYRIAN_STATE, "SYR_GOV", "SYR_GOV_NEW"):
            syrian += 1
    return IRAQI_STATE if iraqi > syrian else SYRIAN_STATE


def _is_new_era(era_date: date | None, ids: list[str]) -> bool:
    if era_date is not None:
        return era_date >= NEW_ERA
    return any(i in NEW_ERA_IDS for i in ids)


def _drop_generic_before_named(doc: Doc, mentions: list[ActorMention],
                               generic: set[int] | frozenset[int] = frozenset()) -> list[ActorMention]:
    mentions = list(mentions)
    out: list[ActorMention] = []
    suspected = doc.lang.words("suspected")
    links = doc.lang.words("side_link") | doc.lang.words("member_link")
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if m.actor == "UNKNOWN" and nxt is not None and nxt.actor != "CIVILIANS" and nxt.tok_start - m.tok_end <= 5:
            between = doc.text[m.end:nxt.start]
            gap = between.split()
            if "،" in between or "," in between:
                pass
            elif len(gap) <= 2 and all(w in links for w in gap):
                # «مسلحون من فلول النظام»: one mention of the side, from the generic word on (it is the subject
                # after a verb, not a side «من» points to) (not «مجهولون قيادياً في هيئة تحرير الشام»: the killers, then
                # whom they killed)
                counted = any(q.start <= m.start < q.end or 0 <= m.start - q.end <= 1 for q in doc.quantities or ()) \
                    or any(w.start == m.tok_start and w.value == "noun" and w.extra
                           and not str(w.extra[0]).endswith(":many") for w in doc.matches.get("casualty_words", ()))
                if not counted:
                    # (a count, «مسلحان من العشائر», «3 مسلحين من …», stays the people counted)
                    mentions[i + 1] = ActorMention(nxt.actor, m.start, nxt.end, m.tok_start, nxt.tok_end, nxt.holder)
                continue
            elif gap and gap[0] in suspected and all(w in links or w in suspected for w in gap) \
                    and not set(doc.text[m.start:m.end].split()) & doc.lang.words("said_unknown"):
                # (but «مجهولون يعتقد أنهم من خلايا التنظيم» are said to be unknown: they stay UNKNOWN)
                # «مسلحين يشتبه بأنهم من التنظيم»: the side suspected is the one that acted, named where they are
                mentions[i + 1] = ActorMention(nxt.actor, m.start, nxt.end, m.tok_start, nxt.tok_end)
                continue
        if i in generic and nxt is not None and nxt.actor not in ("CIVILIANS", "UNKNOWN") \
                and nxt.tok_start - m.tok_end <= 3:
            gap = [w for w in doc.text[m.end:nxt.start].split() if w not in doc.lang.words("glued_preposition")]
            if gap and all(w in links or w in doc.lang.words("owner_link") for w in gap):
                # «قوة أمنية تابعة لتحرير الشام»: the detachment is the side named after it, read from its first word
                mentions[i + 1] = ActorMention(nxt.actor, m.start, nxt.end, m.tok_start, nxt.tok_end)
                continue
        out.append(m)
    return out


def unique(ids) -> list[str]:
    """The ids in their first order, each once (a dict keeps the order: no list searched at every id)."""
    return list(dict.fromkeys(ids))
