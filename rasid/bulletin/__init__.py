"""Bulletins: the observatory's own report of an area and period, in Arabic or English, from the reconciled record.

    with db.session() as session:
        doc = bulletin.make(session, bulletin.Request(date_from=…, admin1="Idlib"), lang="ar")
    bulletin.write(doc, "html", "idlib.html")       # or "md" (pictures beside it as SVG files), "pdf"

Content, in order: headline and lead; the toll per side (the store's totals, as `rasid totals` gives them);
territorial control; the main events by day and place; how it was counted; numbered notes quoting the reports'
sentences behind every figure and event line. Pictures: a map from the gazetteer's outlines, a timeline of events
and deaths, deaths by side. Wording: rasid/data/lang/<ar|en>/bulletin/templates.toml.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from . import render
from .compose import Document, compose
from .data import BulletinError, Request, gather
from .language import DIGITS, LANGUAGES, Language
from .scene import svg

FORMATS = ("html", "md", "pdf")
MEDIA_TYPES = {"html": "text/html; charset=utf-8", "md": "text/markdown; charset=utf-8", "pdf": "application/pdf"}

__all__ = ["BulletinError", "DIGITS", "Document", "FORMATS", "LANGUAGES", "Request", "make", "write", "files"]


def make(session: Session, request: Request, lang: str = "en", digits: str = "western",
         boundaries: dict | None = None, today: date | None = None) -> Document:
    """The bulletin for `request` in `lang`; BulletinError for a bad filter, language or digit style."""
    if lang not in LANGUAGES:
        raise BulletinError("lang", f"expected {' or '.join(LANGUAGES)}, not {lang!r}")
    if digits not in DIGITS:
        raise BulletinError("digits", f"expected {' or '.join(DIGITS)}, not {digits!r}")
    return compose(gather(session, request), Language(lang, digits), boundaries, today)


def files(doc: Document, fmt: str, name: str) -> dict[str, bytes]:
    """The files of the bulletin in `fmt`, by file name: `name` itself, and for Markdown its pictures beside it
    (`<stem>-map.svg`, `<stem>-timeline.svg`, `<stem>-sides.svg`)."""
    if fmt == "html":
        return {name: render.html(doc).encode("utf-8")}
    if fmt == "pdf":
        return {name: render.pdf(doc)}
    if fmt != "md":
        raise BulletinError("format", f"expected {', '.join(FORMATS)}, not {fmt!r}")
    stem = Path(name).stem
    images = {picture: f"{stem}-{picture}.svg" for picture in render.PICTURES if picture in doc.pictures}
    out = {name: render.markdown(doc, images).encode("utf-8")}
    for picture, file_name in images.items():
        out[file_name] = svg(doc.pictures[picture]).encode("utf-8")
    return out


def write(doc: Document, fmt: str, path: str | Path) -> list[Path]:
    """Write the bulletin to `path` (and, for Markdown, its pictures beside it); the paths written."""
    path = Path(path)
    written = []
    for name, content in files(doc, fmt, path.name).items():
        target = path.with_name(name)
        target.write_bytes(content)
        written.append(target)
    return written
