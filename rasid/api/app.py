"""The HTTP API and the dashboard: `rasid serve` runs `create_app(db)` under uvicorn.

Read endpoints are open; write endpoints (POST /api/reports, POST /api/events/{id}/review) need a token made
by `rasid token create NAME`, sent as `Authorization: Bearer TOKEN`; a client that sends wrong tokens is slowed
down. Every JSON response escapes <, > and & so that report text can never be read as markup, and the dashboard
inserts text as text. Errors are JSON problems (rasid.api.guards), parameters are checked against the ranges the
database holds, and request bodies are capped before anything else reads them.
"""
from __future__ import annotations

import io
import os
import zipfile
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Path as PathParam, Query, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from .. import __version__, bulletin
from ..bulletin.render import PdfUnavailable
from ..records import iso_or_none
from ..sources import SourceReport
from ..sources.readers import DEFAULT_TIME_BUDGET
from ..store import models, queries, review
from ..store.db import Database
from ..store.ingest import ADDED, Writer, content_hash, extract_report
from ..store.reconcile import totals
from . import boundaries, downloads, guards, labels, serialize
from .guards import DEFAULT_MAX_BODY, SafeJSON

STATIC = Path(__file__).with_name("static")
ENV_TILE_URL = "RASID_TILE_URL"
MAX_LIMIT = 500
EXPORT_LIMIT = 200_000  # events in one export from the dashboard; `rasid export` has no limit
MAX_MAP_POINTS = 20_000
MAX_TEXT_PARAM = 500  # characters in a name or search parameter
Id = Annotated[int, PathParam(ge=1, le=models.MAX_INTEGER, description="an id as the API returns it")]
TextParam = Annotated[str | None, Query(max_length=MAX_TEXT_PARAM)]


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


# A bulletin is self-contained: inline styles and pictures, no script, nothing to fetch.
BULLETIN_HEADERS = {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                                               "base-uri 'none'; form-action 'none'"}


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def create_app(db: Database, tile_url: str | None = None, gazetteer_store: str | os.PathLike | None = None,
               export_limit: int = EXPORT_LIMIT, max_body: int = DEFAULT_MAX_BODY,
               time_budget: float | None = DEFAULT_TIME_BUDGET, throttle: guards.TokenThrottle | None = None) -> FastAPI:
    """The API and dashboard over `db`. `gazetteer_store` is the store whose boundaries the map draws (default: the
    store extraction uses, $RASID_GAZETTEER or the user data folder's); `export_limit` caps GET /api/export;
    `max_body`: the largest request body (bytes); `time_budget`: seconds the extraction of one posted report may
    take (None: no limit); `throttle`: how wrong tokens are slowed down."""
    app = FastAPI(title="Rasid", version=__version__, default_response_class=SafeJSON, docs_url=None,
                  redoc_url=None,
                  description="Conflict events, casualties and territorial control extracted from Arabic reports. "
                              "Errors are RFC 9457 problems: {type, title, status, detail}.")
    app.state.db = db
    app.state.tile_url = tile_url if tile_url is not None else os.environ.get(ENV_TILE_URL) or None
    app.state.throttle = throttle or guards.TokenThrottle()
    guards.install(app, max_body)
    app.state.shapes = (None, None, b"")  # (store stamp, /api/boundaries body, that body as JSON)
    app.state.config = (None, None, b"")  # (gazetteer, boundaries) it was written from, /api/config as JSON
    # level 4, not 9: the map's points take 9 ms instead of 43 to compress, for 14 % more bytes
    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=4)

    def shapes() -> dict:
        """Imported boundaries when the store has any, else the gazetteer's outline sketch; re-read when the
        store file changes (an import while the server runs shows on the next page load)."""
        from ..geo.store import store_path

        path = Path(gazetteer_store).expanduser() if gazetteer_store is not None else store_path()
        try:
            st = path.stat()
            stamp = (str(path), st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = (str(path), None, None)
        if app.state.shapes[0] != stamp:
            try:
                body = boundaries.imported(path)
            except (OSError, ValueError) as exc:  # an unreadable store: the sketch, and say why in the log
                print(f"rasid serve: {path}: cannot read boundaries: {exc}")
                body = None
            if body is None:
                from ..geo.places import current_gazetteer

                body = boundaries.outlines(current_gazetteer())
            app.state.shapes = (stamp, body, SafeJSON(body).body)
        return app.state.shapes[1]

    def session():
        with db.session() as s:
            yield s

    def writer_name(request: Request, authorization: str | None = Header(default=None),
                    s: Session = Depends(session)) -> str:
        client = request.client.host if request.client else "unknown"
        wait = app.state.throttle.retry_after(client)
        if wait:
            raise HTTPException(429, f"too many wrong tokens from this client; try again in {wait} s",
                                headers={"Retry-After": str(wait)})
        token = authorization[7:].strip() if authorization and authorization.lower().startswith("bearer ") else None
        user = review.token_user(s, token) if token and "\x00" not in token else None
        if user is None:
            app.state.throttle.failed(client)
            raise HTTPException(401, "a valid API token is needed (rasid token create NAME)",
                                headers={"WWW-Authenticate": "Bearer"})
        return user

    def event_filter(
        date_from: date | None = Query(None, alias="from"), date_to: date | None = Query(None, alias="to"),
        admin1: TextParam = None, admin2: TextParam = None, place: TextParam = None, actor: TextParam = None,
        type: TextParam = None, state: TextParam = None, q: TextParam = None,
    ) -> queries.EventFilter:
        if state and state not in models.REVIEW_STATES:
            raise HTTPException(422, f"state must be one of {', '.join(models.REVIEW_STATES)}")
        return queries.EventFilter(date_from, date_to, admin1 or None, admin2 or None, place or None, actor or None,
                                   type or None, state or None, (q or "").strip() or None)

    def page(limit: int = Query(50, ge=1, le=MAX_LIMIT),
             offset: int = Query(0, ge=0, le=models.MAX_INTEGER)) -> tuple[int, int]:
        return limit, offset

    @app.get("/api/events")
    def list_events(f=Depends(event_filter), p=Depends(page), after: TextParam = None,
                    s: Session = Depends(session)):
        total, items = queries.list_events(s, f, *p, after=serialize.parse_cursor(after) if after else None)
        full = len(items) == p[0]
        # a response, not a dict: the rows are JSON already, and jsonable_encoder would walk a page of 500 again
        return SafeJSON({"total": total, "limit": p[0], "offset": p[1], "items": [serialize.event(e) for e in items],
                         "next": serialize.cursor(queries.cursor_of(items[-1])) if full else None})

    @app.get("/api/map")
    def map_points(f=Depends(event_filter), limit: int = Query(5000, ge=1, le=MAX_MAP_POINTS),
                   s: Session = Depends(session)):
        """The located events of the filters as compact rows for the map's markers, newest first: `total` located
        events match, `points` holds at most `limit` of them as [id, latitude, longitude, event_type, date, killed]."""
        total, rows = queries.map_points(s, f, limit)
        # a response, not a dict: FastAPI would walk the thousands of points through jsonable_encoder first
        # (measured: 86 ms for 5,000 points, more than the query)
        return SafeJSON({"total": total, "fields": ["id", "latitude", "longitude", "event_type", "date", "killed"],
                         "points": [[i, round(lat, 5), round(lon, 5), kind, iso_or_none(day), killed]
                                    for i, lat, lon, kind, day, killed in rows]})

    @app.get("/api/events/{event_id}")
    def get_event(event_id: Id, s: Session = Depends(session)):
        event = queries.get_event(s, event_id)
        if event is None:
            raise HTTPException(404, f"no event {event_id}")
        return serialize.event_detail(event, queries.review_history(s, event_id))

    @app.post("/api/events/{event_id}/review")
    def review_event(body: ReviewBody, event_id: Id, user: str = Depends(writer_name),
                     s: Session = Depends(session)):
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
    def get_report(report_id: Id, s: Session = Depends(session)):
        row = s.get(models.Report, report_id)
        if row is None:
            raise HTTPException(404, f"no report {report_id}")
        return serialize.report(row)

    @app.post("/api/reports", status_code=201)
    def post_report(body: ReportBody, user: str = Depends(writer_name)):
        doc_id = body.doc_id or f"api-{content_hash(body.text)[:12]}"
        report = SourceReport(doc_id=doc_id, text=body.text, report_date=body.report_date, path=f"api:{user}",
                              outlet=body.outlet, url=body.url, title=body.title)
        item = extract_report(report, time_budget)
        if item.record is None:  # the report's own fault (or over its time budget): nothing stored
            raise HTTPException(422, item.error or "the report could not be extracted")
        with Writer(db) as writer:
            outcome = writer.write(item)
        if outcome not in (ADDED, "seen"):
            raise HTTPException(500, "the report could not be stored; nothing was changed")
        with db.session() as s:
            row = s.scalars(select(models.Report).where(models.Report.content_hash == item.content_hash)).one()
            events = sorted({m.event_id for m in s.scalars(select(models.Mention).where(models.Mention.report_id == row.id))})
        return {"status": "added" if outcome == ADDED else "already stored", "report_id": row.id, "events": events,
                "notes": report.notes}

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
    def casualty_totals(outcome: str = Query("killed", pattern="^(killed|injured)$"), scope: TextParam = None,
                        group: TextParam = None, date_from: date | None = Query(None, alias="from"),
                        date_to: date | None = Query(None, alias="to"),
                        state: str = Query("all", pattern="^(all|confirmed)$"), s: Session = Depends(session)):
        rows = totals(s, outcome, scope, group, date_from, date_to, reviewed_only=state == "confirmed")
        return {"items": [serialize.total(t) for t in rows]}

    @app.get("/api/control")
    def list_control(admin1: TextParam = None, actor: TextParam = None, p=Depends(page),
                     s: Session = Depends(session)):
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
    def list_places(admin1: TextParam = None, p=Depends(page), s: Session = Depends(session)):
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
        return SafeJSON({"by": by, "items": queries.aggregates(s, by, f)})

    @app.get("/api/bulletin", response_class=Response,
             responses={200: {"content": {"text/html": {}, "application/pdf": {}, "application/zip": {}}}})
    def get_bulletin(date_from: date | None = Query(None, alias="from"), date_to: date | None = Query(None, alias="to"),
                     admin1: str | None = None, place: str | None = None, state: str = "all", lang: str = "ar",
                     format: str = "html", digits: str = "western", s: Session = Depends(session)):
        """The bulletin of an area and period (see `rasid bulletin`): HTML, PDF, or Markdown with its pictures
        as a ZIP file."""
        request = bulletin.Request(date_from, date_to, admin1 or None, place or None, state)
        try:
            doc = bulletin.make(s, request, lang, digits, boundaries=shapes())
            name = f"rasid-bulletin-{lang}.{format}"
            files = bulletin.files(doc, format, name)
        except bulletin.BulletinError as exc:
            raise HTTPException(422, str(exc)) from None
        except PdfUnavailable as exc:
            raise HTTPException(503, str(exc)) from None
        if format == "html":
            return Response(files[name], media_type=bulletin.MEDIA_TYPES["html"], headers=BULLETIN_HEADERS)
        if format == "pdf":
            return Response(files[name], media_type=bulletin.MEDIA_TYPES["pdf"],
                            headers={"Content-Disposition": f'inline; filename="{name}"'})
        return Response(_zip(files), media_type="application/zip",
                        headers={"Content-Disposition": f'attachment; filename="rasid-bulletin-{lang}.zip"'})

    @app.get("/api/boundaries")
    def get_boundaries():
        """Governorate and district polygons (`kind` "boundaries", with `attribution`) or outlines sketched from
        the gazetteer's places (`kind` "sketch") when none are imported."""
        shapes()
        return Response(app.state.shapes[2], media_type="application/json")

    @app.get("/api/choropleth")
    def get_choropleth(level: str = Query("admin1", pattern="^admin[12]$"), f=Depends(event_filter),
                       s: Session = Depends(session)):
        """Events, killed and injured per imported governorate or district (feature ids of /api/boundaries)."""
        body = shapes()
        if body.get("kind") != "boundaries":
            raise HTTPException(409, "no boundaries are imported (rasid gazetteer import FILE --format "
                                     "geojson-boundaries)")
        return SafeJSON(boundaries.choropleth(body, level, queries.aggregates(s, level, f)))

    @app.get("/api/export")
    def export_view(format: str = Query(..., pattern="^(" + "|".join(downloads.FORMATS) + ")$"),
                    f=Depends(event_filter), s: Session = Depends(session)):
        """The events of the filters as a file, written by the same code as `rasid export`, streamed; at most
        `export_limit` events (the X-Rasid-Events header gives the count)."""
        count = queries.count_events(s, f)  # from the summary tables where they answer for the filters
        if count > export_limit:
            raise HTTPException(413, f"{count} events match; an export from the dashboard holds at most "
                                     f"{export_limit}: narrow the filters, or use rasid export")
        return StreamingResponse(downloads.stream(db, format, f), media_type=downloads.MEDIA_TYPES[format], headers={
            "Content-Disposition": f'attachment; filename="{downloads.filename(format, f)}"',
            "X-Rasid-Events": str(count)})

    @app.get("/api/config")
    def config():
        """What the dashboard needs besides the data: labels of the taxonomy and actors in Arabic and English,
        the Arabic names of admin units, the tile URL, the export formats and limit, and where bulletins are
        (`bulletin_url`, with the same filters)."""
        from ..geo.places import current_gazetteer

        gazetteer, body = current_gazetteer(), shapes()
        # written again when either changes; the objects themselves are kept, not their id(), which a new
        # gazetteer or boundaries body may take over once the old one is freed
        if app.state.config[0] is not gazetteer or app.state.config[1] is not body:
            names = labels.admin_names_ar(gazetteer, boundaries.arabic_names(body))
            app.state.config = (gazetteer, body, SafeJSON({
                "tile_url": app.state.tile_url, "version": __version__, **labels.taxonomy(),
                "review_states": list(models.REVIEW_STATES), "review_actions": list(review.ACTIONS),
                "admin_names_ar": names, "export": {"formats": list(downloads.FORMATS), "max_events": export_limit},
                "bulletin_url": "api/bulletin"}).body)
        return Response(app.state.config[2], media_type="application/json")

    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(STATIC / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs():  # Swagger UI from rasid/api/static/vendor, not from a CDN: the docs work offline
        return FileResponse(STATIC / "docs.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
