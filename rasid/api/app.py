"""The HTTP API and the dashboard: `rasid serve` runs `create_app(db)` under uvicorn.

Read endpoints are open; write endpoints (POST /api/reports, POST /api/events/{id}/review) need a token made
by `rasid token create NAME`, sent as `Authorization: Bearer TOKEN`. Every JSON response escapes <, > and &
so that report text can never be read as markup, and the dashboard inserts text as text.
"""
from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from .. import __version__
from ..sources import SourceReport
from ..store import models, queries, review
from ..store.db import Database
from ..store.ingest import ADDED, Writer, content_hash, extract_report
from ..store.reconcile import totals
from . import boundaries, serialize

STATIC = Path(__file__).with_name("static")
ENV_TILE_URL = "RASID_TILE_URL"
MAX_LIMIT = 500


class SafeJSON(JSONResponse):
    """JSON with <, > and & written as \\u escapes: inert even if a browser were to sniff it as HTML."""

    def render(self, content: Any) -> bytes:
        text = json.dumps(content, ensure_ascii=False, separators=(",", ":"), default=str)
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").encode("utf-8")


class ReviewBody(BaseModel):
    action: str
    changes: dict[str, Any] = Field(default_factory=dict)
    note: str = ""


class ReportBody(BaseModel):
    text: str = Field(min_length=1, max_length=2_000_000)
    doc_id: str | None = None
    report_date: date | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None


def create_app(db: Database, tile_url: str | None = None) -> FastAPI:
    app = FastAPI(title="Rasid", version=__version__, default_response_class=SafeJSON,
                  description="Conflict events, casualties and territorial control extracted from Arabic reports.")
    app.state.db = db
    app.state.tile_url = tile_url if tile_url is not None else os.environ.get(ENV_TILE_URL) or None
    app.state.outlines = None

    def session():
        with db.session() as s:
            yield s

    def writer_name(authorization: str | None = Header(default=None), s: Session = Depends(session)) -> str:
        token = authorization[7:].strip() if authorization and authorization.lower().startswith("bearer ") else None
        user = review.token_user(s, token)
        if user is None:
            raise HTTPException(401, "a valid API token is needed (rasid token create NAME)",
                                headers={"WWW-Authenticate": "Bearer"})
        return user

    def event_filter(
        date_from: date | None = Query(None, alias="from"), date_to: date | None = Query(None, alias="to"),
        admin1: str | None = None, admin2: str | None = None, place: str | None = None, actor: str | None = None,
        type: str | None = None, state: str | None = None, q: str | None = None,
    ) -> queries.EventFilter:
        if state and state not in models.REVIEW_STATES:
            raise HTTPException(422, f"state must be one of {', '.join(models.REVIEW_STATES)}")
        return queries.EventFilter(date_from, date_to, admin1 or None, admin2 or None, place or None, actor or None,
                                   type or None, state or None, (q or "").strip() or None)

    def page(limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0)) -> tuple[int, int]:
        return limit, offset

    @app.get("/api/events")
    def list_events(f=Depends(event_filter), p=Depends(page), after: str | None = None,
                    s: Session = Depends(session)):
        total, items = queries.list_events(s, f, *p, after=serialize.parse_cursor(after) if after else None)
        full = len(items) == p[0]
        return {"total": total, "limit": p[0], "offset": p[1], "items": [serialize.event(e) for e in items],
                "next": serialize.cursor(queries.cursor_of(items[-1])) if full else None}

    @app.get("/api/events/{event_id}")
    def get_event(event_id: int, s: Session = Depends(session)):
        event = queries.get_event(s, event_id)
        if event is None:
            raise HTTPException(404, f"no event {event_id}")
        return serialize.event_detail(event, queries.review_history(s, event_id))

    @app.post("/api/events/{event_id}/review")
    def review_event(event_id: int, body: ReviewBody, user: str = Depends(writer_name), s: Session = Depends(session)):
        try:
            review.apply(s, event_id, body.action, user, serialize.review_changes(body.changes), body.note)
        except review.ReviewError as exc:
            raise HTTPException(404 if str(exc).startswith("no event") else 422, str(exc)) from None
        s.flush()
        return serialize.event_detail(queries.get_event(s, event_id), queries.review_history(s, event_id))

    @app.get("/api/reports")
    def list_reports(f=Depends(event_filter), p=Depends(page), s: Session = Depends(session)):
        query = select(models.Report)
        if f.q:
            query = query.where(queries.among(s, models.Report.id, queries.matching_reports(s, f.q)))
        if f.date_from:
            query = query.where(models.Report.report_date >= f.date_from)
        if f.date_to:
            query = query.where(models.Report.report_date <= f.date_to)
        total = s.scalar(select(func.count()).select_from(query.subquery()))
        rows = s.scalars(query.options(selectinload(models.Report.source))
                         .order_by(models.Report.report_date.desc().nulls_last(), models.Report.id.desc())
                         .limit(p[0]).offset(p[1])).all()
        return {"total": total, "limit": p[0], "offset": p[1], "items": [serialize.report(r, full=False) for r in rows]}

    @app.get("/api/reports/{report_id}")
    def get_report(report_id: int, s: Session = Depends(session)):
        row = s.get(models.Report, report_id)
        if row is None:
            raise HTTPException(404, f"no report {report_id}")
        return serialize.report(row)

    @app.post("/api/reports", status_code=201)
    def post_report(body: ReportBody, user: str = Depends(writer_name)):
        doc_id = body.doc_id or f"api-{content_hash(body.text)[:12]}"
        item = extract_report(SourceReport(doc_id=doc_id, text=body.text, report_date=body.report_date,
                                           path=f"api:{user}", outlet=body.outlet, url=body.url, title=body.title))
        with Writer(db) as writer:
            outcome = writer.write(item)
        if outcome not in (ADDED, "seen"):
            raise HTTPException(422, item.error or "the report could not be stored")
        with db.session() as s:
            row = s.scalars(select(models.Report).where(models.Report.content_hash == item.content_hash)).one()
            events = sorted({m.event_id for m in s.scalars(select(models.Mention).where(models.Mention.report_id == row.id))})
        return {"status": "added" if outcome == ADDED else "already stored", "report_id": row.id, "events": events}

    @app.get("/api/casualties")
    def list_casualties(f=Depends(event_filter), p=Depends(page), s: Session = Depends(session)):
        C = models.CasualtyStatement
        query = select(C)
        if any((f.date_from, f.date_to, f.admin1, f.admin2, f.place, f.actor, f.event_type, f.state, f.q)):
            query = query.where(C.event_id.in_(queries.filtered(select(models.Event.id), f, s)))
        total = s.scalar(select(func.count()).select_from(query.subquery()))
        rows = s.scalars(query.options(selectinload(C.report)).order_by(C.id.desc()).limit(p[0]).offset(p[1])).all()
        return {"total": total, "limit": p[0], "offset": p[1], "items": [serialize.casualty(c) for c in rows]}

    @app.get("/api/casualties/totals")
    def casualty_totals(outcome: str = Query("killed", pattern="^(killed|injured)$"), scope: str | None = None,
                        group: str | None = None, date_from: date | None = Query(None, alias="from"),
                        date_to: date | None = Query(None, alias="to"), s: Session = Depends(session)):
        return {"items": [serialize.total(t) for t in totals(s, outcome, scope, group, date_from, date_to)]}

    @app.get("/api/control")
    def list_control(admin1: str | None = None, actor: str | None = None, p=Depends(page), s: Session = Depends(session)):
        C = models.ControlStatement
        query = select(C)
        if admin1:
            query = query.where(func.lower(C.admin1) == admin1.lower())
        if actor:
            query = query.where(C.actor == actor)
        total = s.scalar(select(func.count()).select_from(query.subquery()))
        rows = s.scalars(query.options(selectinload(C.report)).order_by(C.id.desc()).limit(p[0]).offset(p[1])).all()
        return {"total": total, "limit": p[0], "offset": p[1], "items": [serialize.control(c) for c in rows]}

    @app.get("/api/places")
    def list_places(admin1: str | None = None, p=Depends(page), s: Session = Depends(session)):
        P, E = models.Place, models.Event
        # events counted per place through ix_events_place_id, then joined to the places
        counts = select(E.place_id, func.count().label("n")).group_by(E.place_id).subquery()
        n = func.coalesce(counts.c.n, 0)
        query = select(P, n).join(counts, counts.c.place_id == P.id, isouter=True)
        places = select(P.id)
        if admin1:
            query = query.where(P.admin1_key == admin1.lower())
            places = places.where(P.admin1_key == admin1.lower())
        total = s.scalar(select(func.count()).select_from(places.subquery()))
        rows = s.execute(query.order_by(n.desc(), P.id).limit(p[0]).offset(p[1])).all()
        return {"total": total, "limit": p[0], "offset": p[1], "items": [serialize.place(pl, n) for pl, n in rows]}

    @app.get("/api/actors")
    def list_actors(s: Session = Depends(session)):
        A = models.SUMMARIES["actor_totals"]  # role: actor, target, or both in one event
        rows = s.execute(select(A.c.actor, A.c.role, func.sum(A.c.events)).group_by(A.c.actor, A.c.role)).all()
        actors: dict[str, dict] = {}
        for actor, role, n in rows:
            counts = actors.setdefault(actor, {"id": actor, "events_as_actor": 0, "events_as_target": 0})
            for as_role in (("actor", "target") if role == "both" else (role,)):
                counts[f"events_as_{as_role}"] += int(n)
        actors = {a: counts for a, counts in actors.items() if counts["events_as_actor"] + counts["events_as_target"]}
        return {"items": sorted(actors.values(), key=lambda a: -(a["events_as_actor"] + a["events_as_target"]))}

    @app.get("/api/aggregates")
    def aggregates(by: str = Query(..., pattern="^(" + "|".join(queries.AGGREGATES) + ")$"), f=Depends(event_filter),
                   s: Session = Depends(session)):
        return {"by": by, "items": queries.aggregates(s, by, f)}

    @app.get("/api/boundaries")
    def get_boundaries():
        if app.state.outlines is None:
            from ..geo.places import current_gazetteer

            app.state.outlines = boundaries.outlines(current_gazetteer())
        return app.state.outlines

    @app.get("/api/config")
    def config():
        return {"tile_url": app.state.tile_url, "version": __version__}

    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(STATIC / "index.html", headers={
            "Content-Security-Policy": "default-src 'self'; script-src 'self' 'unsafe-inline'; "
                                       "style-src 'self' 'unsafe-inline'; img-src 'self' data: http: https:",
            "X-Content-Type-Options": "nosniff",
        })

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.middleware("http")
    async def no_sniff(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response

    return app
