"""Actor mentions: lexicon matches resolved to the actor ids of the report record.

Two kinds of entry need the context: SYR_STATE («القوات الحكومية», «الجيش السوري») is SYR_GOV before
8 December 2024 and SYR_GOV_NEW from then on; @ORG («التنظيم») is the organisation named last, ISIS when
none was; @INTSEC («قوى الأمن الداخلي») is the Kurdish Asayish in a report about the SDF, else the state police. A generic «مسلحين» (UNKNOWN) right before a named actor («مسلحين من قسد») is that actor.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..taxonomy import ARMED, GOVERNMENT_SIDE  # noqa: F401 (re-exported for the components)
from ..text import lexicon
from ..text.doc import Doc

NEW_ERA = date(2024, 12, 8)
ORGANISATIONS = ("ISIS", "HTS")
# Words that mark the post-Assad period when a report names them.
NEW_ERA_IDS = frozenset({"SYR_GOV_NEW"})


@dataclass(frozen=True, slots=True)
class ActorMention:
    actor: str
    start: int  # normalised-text offsets
    end: int
    tok_start: int
    tok_end: int


def actor_lexicon() -> lexicon.Lexicon:
    return lexicon.load("actors.tsv")


def find_actors(doc: Doc, era_date: date | None) -> list[ActorMention]:
    """All actor mentions of the report, in text order, with context-dependent ids resolved."""
    matches = doc.matches["actors"] if "actors" in doc.matches else actor_lexicon().find(doc.tokens)
    new_era = _is_new_era(era_date, [m.value for m in matches])
    kurdish = any(m.value == "SDF" for m in matches)  # «قوى الأمن الداخلي» are then the Asayish
    mentions: list[ActorMention] = []
    last_org = None
    for m in matches:
        actor = m.value
        if actor == "SYR_STATE":
            actor = "SYR_GOV_NEW" if new_era else "SYR_GOV"
        elif actor == "@ORG":
            actor = last_org or "ISIS"
        elif actor == "@INTSEC":
            actor = "SDF" if kurdish else ("SYR_GOV_NEW" if new_era else "SYR_GOV")
        elif actor == "@LAST":
            previous = doc.tokens[m.start - 1].text if m.start > 0 else ""
            named = [x.actor for x in mentions if x.actor not in ("CIVILIANS", "UNKNOWN")]
            if previous.startswith(doc.lang.clitics.article) or previous in doc.lang.words("time_noun") or not named:
                continue  # «المدينة الأخيرة», «الأيام الأخيرة»: an adjective, not a side
            actor = named[-1]
        if actor in ORGANISATIONS:
            last_org = actor
        mentions.append(ActorMention(actor, m.char_start, m.char_end, m.start, m.end))
    return _drop_generic_before_named(doc, mentions)


def _is_new_era(era_date: date | None, ids: list[str]) -> bool:
    if era_date is not None:
        return era_date >= NEW_ERA
    return any(i in NEW_ERA_IDS for i in ids)


def _drop_generic_before_named(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    out: list[ActorMention] = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if m.actor == "UNKNOWN" and nxt is not None and nxt.actor != "CIVILIANS" and nxt.tok_start - m.tok_end <= 2:
            gap = doc.text[m.end:nxt.start]
            if "،" not in gap and "," not in gap:
                continue
        out.append(m)
    return out


def unique(ids) -> list[str]:
    seen: list[str] = []
    for i in ids:
        if i not in seen:
            seen.append(i)
    return seen
