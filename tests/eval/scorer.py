"""Scoring of report records against expected ones, facet by facet, for Rasid's own evaluation set.

Written for the project (it follows SCHEMA.md's record): an event matches when its sub-event type and place
agree; a place when its Arabic name agrees without the article and clitics, or its English name does; a casualty
record when group, outcome and count (low, and high for «up to») agree; a control record when actor, kind of
change (gain or loss) and place agree. Actors are scored over matched events.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_DIACRITICS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u0640]")
FACETS = ("events", "places", "event_actors", "casualties", "control", "event_dates")
_CHANGE = {"gained": "gain", "holds": "gain", "lost": "loss", "withdrew": "loss"}


def place_key(name: str | None) -> str:
    if not name:
        return ""
    s = _DIACRITICS.sub("", unicodedata.normalize("NFKC", name))
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in re.findall(r"[\u0621-\u064A]+|[a-z0-9]+",
                                                                                  s.lower())]
    return "".join(words)


def same_place(expected: dict | None, got: dict | None) -> bool:
    expected, got = expected or {}, got or {}
    if expected.get("admin1") and got.get("admin1") and expected["admin1"] != got["admin1"]:
        return False
    e_ar, g_ar = place_key(expected.get("name_ar")), place_key(got.get("name_ar"))
    if e_ar and e_ar == g_ar:
        return True
    e_en, g_en = place_key(expected.get("name_en")), place_key(got.get("name_en"))
    return bool(e_en and e_en == g_en)


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    @property
    def f1(self) -> float:
        if self.tp == 0:
            return 1.0 if self.fp == self.fn == 0 else 0.0
        p, r = self.tp / (self.tp + self.fp), self.tp / (self.tp + self.fn)
        return 2 * p * r / (p + r)


@dataclass
class Score:
    facets: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FACETS})
    errors: list[str] = field(default_factory=list)

    def f1(self, facet: str) -> float:
        return self.facets[facet].f1


def _pairs(expected: list, got: list, match) -> list[tuple[int, int]]:
    used: set[int] = set()
    out = []
    for i, e in enumerate(expected):
        for j, g in enumerate(got):
            if j not in used and match(e, g):
                used.add(j)
                out.append((i, j))
                break
    return out


def _count_key(c: dict) -> tuple:
    q = c.get("qualifier") or "exact"
    number = "vague" if q == "vague" else (c.get("low"), c.get("high") if q == "up_to" else None)
    return frozenset(c.get("group") or []), c.get("outcome"), number


def score_case(case_id: str, expected: dict, got: dict, score: Score) -> None:
    """Add one case's counts to the score; the facets a case does not state (key absent) are not scored."""
    f = score.facets

    def note(facet: str, missing: list, spurious: list) -> None:
        for m in missing:
            score.errors.append(f"{case_id} {facet} missing: {m}")
        for s in spurious:
            score.errors.append(f"{case_id} {facet} spurious: {s}")

    if "events" in expected:
        ev, gv = expected["events"], got.get("events") or []
        pairs = _pairs(ev, gv, lambda a, b: a["sub_event_type"] == b["sub_event_type"]
                       and (a.get("location") is None or same_place(a.get("location"), b.get("location"))))
        f["events"].add(len(pairs), len(gv) - len(pairs), len(ev) - len(pairs))
        done_e, done_g = {i for i, _ in pairs}, {j for _, j in pairs}
        note("events", [_event_line(e) for i, e in enumerate(ev) if i not in done_e],
             [_event_line(g) for j, g in enumerate(gv) if j not in done_g])
        for i, j in pairs:
            if "actors" in ev[i] or "targets" in ev[i]:
                want = set(ev[i].get("actors") or []) | set(ev[i].get("targets") or [])
                have = set(gv[j].get("actors") or []) | set(gv[j].get("targets") or [])
                f["event_actors"].add(len(want & have), len(have - want), len(want - have))
                if want != have:
                    score.errors.append(f"{case_id} actors of {_event_line(ev[i])}: got {sorted(have)}")
            if ev[i].get("date_start"):
                ok = ev[i]["date_start"] == gv[j].get("date_start")
                f["event_dates"].add(int(ok), int(not ok), int(not ok))
                if not ok:
                    score.errors.append(f"{case_id} date of {_event_line(ev[i])}: got {gv[j].get('date_start')}")
        ep = [e["location"] for e in ev if e.get("location")]
        gp = [g["location"] for g in gv if g.get("location")]
        ep = [p for i, p in enumerate(ep) if not any(same_place(p, q) for q in ep[:i])]
        gp = [p for i, p in enumerate(gp) if not any(same_place(p, q) for q in gp[:i])]
        pp = _pairs(ep, gp, same_place)
        f["places"].add(len(pp), len(gp) - len(pp), len(ep) - len(pp))
    if "casualties" in expected:
        ec, gc = expected["casualties"], got.get("casualties") or []
        pairs = _pairs(ec, gc, lambda a, b: _count_key(a) == _count_key(b))
        f["casualties"].add(len(pairs), len(gc) - len(pairs), len(ec) - len(pairs))
        done_e, done_g = {i for i, _ in pairs}, {j for _, j in pairs}
        note("casualties", [_count_line(c) for i, c in enumerate(ec) if i not in done_e],
             [_count_line(c) for j, c in enumerate(gc) if j not in done_g])
    if "control" in expected:
        ek, gk = expected["control"], got.get("control") or []
        pairs = _pairs(ek, gk, lambda a, b: a["actor"] == b["actor"] and _CHANGE.get(a["change"]) == _CHANGE.get(b["change"])
                       and same_place({"name_ar": a.get("place_ar")}, {"name_ar": b.get("place_ar")}))
        f["control"].add(len(pairs), len(gk) - len(pairs), len(ek) - len(pairs))
        done_e, done_g = {i for i, _ in pairs}, {j for _, j in pairs}
        note("control", [k for i, k in enumerate(ek) if i not in done_e], [
            {x: k.get(x) for x in ("actor", "change", "place_ar")} for j, k in enumerate(gk) if j not in done_g])


def _event_line(e: dict) -> str:
    return f"{e['sub_event_type']} @ {(e.get('location') or {}).get('name_ar')}"


def _count_line(c: dict) -> str:
    return f"{'+'.join(c.get('group') or [])} {c.get('outcome')} {c.get('low')}/{c.get('high')} {c.get('qualifier')}"
