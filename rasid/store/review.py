"""Review: analysts confirm, edit or reject events; every action is recorded with the values before and after.

An edit names the fields it sets; those fields are then the analyst's, and reconciling new reports into the
event (re-ingest, a new source) leaves them as the analyst set them. A rejected event stays rejected and
takes no new sources: a later report of the same thing makes a new event for review.
"""
from __future__ import annotations

import hashlib
import secrets
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import taxonomy
from ..records import iso_or_none
from . import models, reconcile, summaries

ACTIONS = ("confirm", "edit", "reject", "reopen")
EDITABLE = ("event_type", "sub_event_type", "date_start", "date_end", "actors", "targets", "fatalities", "place_id")
_STATE_AFTER = {"confirm": "confirmed", "edit": "edited", "reject": "rejected", "reopen": "unreviewed"}


class ReviewError(ValueError):
    """A review action that cannot be applied; the message says why, without repeating the values given (the API
    never echoes what a client sent)."""


def snapshot(event: models.Event) -> dict:
    return {
        "review_state": event.review_state, "event_type": event.event_type, "sub_event_type": event.sub_event_type,
        "date_start": iso_or_none(event.date_start), "date_end": iso_or_none(event.date_end), "place_id": event.place_id,
        "actors": list(event.actors), "targets": list(event.targets),
        "fatalities": {"low": event.fatalities_low, "best": event.fatalities_best, "high": event.fatalities_high},
    }


def apply(session: Session, event_id: int, action: str, user: str, changes: dict | None = None,
          note: str = "") -> models.Event:
    """Apply one review action and record it; raises ReviewError for an unknown event, action or field."""
    event = session.get(models.Event, event_id)
    if event is None:
        raise ReviewError(f"no event {event_id}")
    if action not in ACTIONS:
        raise ReviewError(f"unknown action; use one of {', '.join(ACTIONS)}")
    changes = dict(changes or {})
    if action != "edit" and changes:
        raise ReviewError("only 'edit' takes changes")
    if action == "edit" and not changes:
        raise ReviewError("'edit' needs at least one change")
    if "\x00" in (note or ""):
        raise ReviewError("note must be text without NUL characters")
    before = snapshot(event)
    counted = summaries.Tracker(session.connection(), [event.id])
    for name, value in changes.items():
        _set(session, event, name, value)
    _consistent_types(event, changes)
    if event.date_start and event.date_end and event.date_start > event.date_end:
        raise ReviewError(f"date_start {event.date_start} is after date_end {event.date_end}")
    if changes:
        event.edited_fields = sorted(set(event.edited_fields or []) | set(changes))
    if action == "reopen":
        event.edited_fields = []
    event.review_state = _STATE_AFTER[action]
    event.updated_at = reconcile.now()
    session.flush()
    reconcile.refresh_events(session, [event.id])  # the actor index, and what the edit left to the reports
    counted.commit()
    session.refresh(event)
    session.add(models.ReviewAction(
        event_id=event.id, user=user or "unknown", at=reconcile.now(), action=action,
        before=before, after=snapshot(event), note=note or "",
    ))
    session.flush()
    return event


def _set(session: Session, event: models.Event, name: str, value) -> None:
    if name not in EDITABLE:
        raise ReviewError(f"a field that cannot be edited; editable: {', '.join(EDITABLE)}")
    if name in ("date_start", "date_end"):
        setattr(event, name, _date(name, value))
    elif name in ("actors", "targets"):
        setattr(event, name, _actor_ids(name, value))
    elif name == "fatalities":
        event.fatalities_low, event.fatalities_best, event.fatalities_high = _fatalities(value)
    elif name == "place_id":
        if not _whole(value) or not 1 <= value <= models.MAX_INTEGER or session.get(models.Place, value) is None:
            raise ReviewError("place_id: no such place")
        event.place_id = value
    elif name == "event_type":
        event.event_type = _member(name, value, taxonomy.EVENT_TYPES)
    else:
        event.sub_event_type = _member(name, value, taxonomy.SUB_EVENT_TYPES)


def _member(name: str, value, allowed) -> str:
    """`value` if it is one of `allowed` (the taxonomy's names), else a ReviewError that says what is allowed."""
    text = value.strip() if isinstance(value, str) else value
    if not isinstance(text, str) or text not in allowed:
        raise ReviewError(f"{name} must be one of the taxonomy's names: {', '.join(sorted(allowed))}")
    return text


def _actor_ids(name: str, value) -> list[str]:
    if not isinstance(value, list):
        raise ReviewError(f"{name} must be a list of actor ids")
    unknown = [n for n, v in enumerate(value, 1) if not isinstance(v, str) or v not in taxonomy.ACTORS]
    if unknown:
        raise ReviewError(f"{name}: item {unknown[0]} is not an actor id; actor ids: "
                          f"{', '.join(sorted(taxonomy.ACTORS))}")
    return list(dict.fromkeys(value))


def _consistent_types(event: models.Event, changes: dict) -> None:
    """A new sub-event type brings its event type along; one set against it is refused."""
    wanted = taxonomy.SUB_EVENT_TYPES.get(event.sub_event_type)
    if wanted is None or wanted == event.event_type:
        return
    if "event_type" in changes and "sub_event_type" in changes:
        raise ReviewError(f"sub_event_type {event.sub_event_type!r} is of the event type {wanted!r}, "
                          f"not {event.event_type!r}")
    if "event_type" in changes:
        raise ReviewError(f"event type {event.event_type!r} does not fit the sub-event type "
                          f"{event.sub_event_type!r}: set sub_event_type too")
    event.event_type = wanted
    changes["event_type"] = wanted


def _fatalities(value) -> tuple[int, int, int]:
    if _whole(value):
        value = {"low": value, "best": value, "high": value}
    if not isinstance(value, dict):
        raise ReviewError("fatalities must be a number or {low, best, high}")
    best = value.get("best", value.get("low", 0))
    low, high = value.get("low", best), value.get("high", best)
    if not all(_whole(n) for n in (low, best, high)):
        raise ReviewError("fatalities must be whole numbers")
    if not 0 <= low <= best <= high <= models.MAX_INTEGER:
        raise ReviewError(f"fatalities must satisfy 0 <= low <= best <= high <= {models.MAX_INTEGER}")
    return low, best, high


def _whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _date(name: str, value) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ReviewError(f"{name} must be a date YYYY-MM-DD") from None


def queue(session: Session, limit: int = 50) -> list[models.Event]:
    return list(session.scalars(
        select(models.Event).where(models.Event.review_state == "unreviewed")
        .order_by(models.Event.date_start.desc().nulls_last(), models.Event.id).limit(limit)
    ).all())


# --- API tokens ------------------------------------------------------------------------------------------


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(session: Session, name: str) -> str:
    """A new write token; only its hash is stored, so it is shown once."""
    token = "rasid_" + secrets.token_urlsafe(24)
    session.add(models.ApiToken(name=name, token_hash=token_hash(token), created_at=reconcile.now(), revoked=False))
    session.flush()
    return token


def token_user(session: Session, token: str | None) -> str | None:
    """The name a valid token was created for, or None."""
    if not token:
        return None
    row = session.scalars(select(models.ApiToken).where(
        models.ApiToken.token_hash == token_hash(token), models.ApiToken.revoked.is_(False))).first()
    return row.name if row else None
