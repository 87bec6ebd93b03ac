"""Reports from saved web pages (`.html`, `.htm`) and news feeds (RSS and Atom: `.xml`, `.rss`, `.atom`).

Nothing here touches the network: a page or feed is read from the bytes of a file, never from a URL. A web
page gives one report: the article text that trafilatura finds (navigation, footers and other boilerplate left
out), with the page's title, date, site name and canonical URL. A feed gives one report per entry: the entry's
content (or else its summary) as plain text, its title, link and date, and the feed's title as the outlet.

As in `readers`, every problem is yielded as an `InputError` with a one-line reason, never raised.
"""
from __future__ import annotations

import codecs
import hashlib
import io
import os
import re
import time
import urllib.parse
from datetime import date
from typing import Any, Iterator

from .readers import (TEXT_SAMPLE, InputError, SourceReport, Unreadable, decode_report, exception_reason,
                      mostly_control, parse_report_date)

_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_NEEDS = "pip install trafilatura lxml_html_clean"

# Elements whose content starts a new line when HTML is turned into plain text.
_BLOCKS = frozenset("""
    address article aside blockquote body caption dd details div dl dt fieldset figcaption figure footer form
    h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody tfoot thead tr ul
""".split())
# Characters that lxml refuses in a document (C0 controls other than tab and line breaks).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SLUG_JUNK = re.compile(r"[^\w]+")
_SLUG_MAX = 80
_FEED_KINDS = {"atom": "Atom feed", "rss": "RSS feed", "cdf": "CDF feed"}


# --- web pages -------------------------------------------------------------------------------------------


def html_reports(data: bytes, path: str) -> Iterator[SourceReport | InputError]:
    """The article of a saved web page as one report (doc_id = file name without extension).

    The text is the article body trafilatura finds (favouring precision: menus, footers, comments and other
    boilerplate are left out), without a first line that only repeats the title. `title`, `report_date`,
    `outlet` (the site name, else the host name) and `url` (the canonical URL) come from the page's metadata
    where it has them. A page with no article text is an `InputError`.
    """
    try:
        content = _html_input(data)
    except Unreadable as exc:
        yield InputError(path, str(exc))
        return
    try:
        import trafilatura
        from trafilatura.settings import set_date_params
    except ImportError as exc:
        yield InputError(path, f"reading web pages needs trafilatura, which cannot be imported ({exc}); {_NEEDS}")
        return
    try:
        doc = trafilatura.bare_extraction(
            content,
            with_metadata=True,
            favor_precision=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            date_extraction_params=set_date_params(extensive=False),
        )
    except Exception as exc:  # a library failure on one odd page must not stop the other inputs
        yield InputError(path, f"could not parse the HTML page ({type(exc).__name__}: {exc})")
        return
    meta = _as_dict(doc)
    title = _clean_line(meta.get("title"))
    text = _strip_title_line(_clean_text(meta.get("text")), title)
    if not text:
        yield InputError(path, "no article text found in this HTML page")
        return
    url = _clean_line(meta.get("url"))
    outlet = _clean_line(meta.get("sitename")) or _clean_line(meta.get("hostname"))
    yield SourceReport(doc_id=_stem(path), text=text, report_date=_page_date(meta.get("date")), path=path,
                       outlet=outlet, url=url, title=title)


def _html_input(data: bytes) -> bytes | str:
    """What to hand trafilatura: text where a byte-order mark names the encoding, else the bytes themselves
    (trafilatura reads the page's declared charset); empty and binary files are refused."""
    if not data.strip():
        raise Unreadable("empty file")
    if data.startswith(_BOMS):
        text = decode_report(data)
        return text[1:] if text.startswith("\ufeff") else text
    if b"\x00" in data:
        raise Unreadable("binary file (contains NUL bytes), not an HTML page")
    if mostly_control(data[:TEXT_SAMPLE].decode("latin-1"), c1_is_text=True):
        raise Unreadable("binary file (mostly non-text bytes), not an HTML page")
    return data


def _as_dict(doc: Any) -> dict:
    if doc is None:
        return {}
    if isinstance(doc, dict):
        return doc
    as_dict = getattr(doc, "as_dict", None)
    return as_dict() if callable(as_dict) else dict(vars(doc))


def _strip_title_line(text: str, title: str | None) -> str:
    if not title or not text:
        return text
    first, _, rest = text.partition("\n")
    if _clean_line(first) == title:
        return rest.strip()
    return text


def _page_date(value: object) -> date | None:
    try:
        return parse_report_date(value) if isinstance(value, str) else None
    except ValueError:
        return None


# --- feeds -----------------------------------------------------------------------------------------------


def feed_reports(data: bytes, path: str) -> Iterator[SourceReport | InputError]:
    """One report per entry of an RSS or Atom feed, in the feed's order.

    text = the entry's content, else its summary, as plain text (tags dropped, one paragraph a line); title =
    the entry's title; url = its link; report_date = its published (else updated) date, as the feed writes it
    (the date in the feed's own time zone, not converted to UTC); outlet = the feed's title. doc_id is a slug of
    the entry's id (else its link), made unique within the file, or `<file stem>-<n>` for an entry with
    neither (n counts entries from 1). An entry without text is an `InputError` naming it; the others still
    come. A file that is not a feed, a feed that cannot be parsed and a feed without entries are one
    `InputError` each.
    """
    if not data.strip():
        yield InputError(path, "empty file")
        return
    if b"\x00" in data and not data.startswith(_BOMS):
        yield InputError(path, "binary file (contains NUL bytes), not a feed")
        return
    try:
        import feedparser
    except ImportError as exc:
        yield InputError(path, f"reading feeds needs feedparser, which cannot be imported ({exc}); pip install feedparser")
        return
    try:
        # A stream, never bytes or a string: feedparser would try those as a file name or a URL first.
        parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    except Exception as exc:
        yield InputError(path, f"could not parse the feed ({type(exc).__name__}: {exc})")
        return
    entries = list(parsed.get("entries") or [])
    version = parsed.get("version") or ""
    if not entries:
        if not version:
            why = f"not well-formed XML: {_bozo_reason(parsed)}" if parsed.get("bozo") else "no <rss>, <feed> or <rdf:RDF> root element"
            yield InputError(path, f"not an RSS or Atom feed ({why})")
        elif parsed.get("bozo"):
            yield InputError(path, f"not a well-formed {_feed_kind(version)} ({_bozo_reason(parsed)}); no entries could be read")
        else:
            yield InputError(path, "the feed has no entries")
        return

    stem = _stem(path)
    feed = parsed.get("feed") or {}
    outlet = _clean_line(feed.get("title"))
    seen: set[str] = set()
    for n, entry in enumerate(entries, 1):
        try:
            yield _entry_report(entry, n, parsed, path, stem, outlet, seen)
        except Exception as exc:  # one entry's surprise is that entry's error; the next entries are still read
            yield InputError(path, f"entry {n}: {exception_reason(exc)}")


def _entry_report(entry: Any, n: int, parsed: Any, path: str, stem: str, outlet: str | None,
                  seen: set[str]) -> SourceReport | InputError:
    doc_id = _entry_doc_id(entry, stem, n, seen)
    where = f"entry {n} (doc_id {doc_id})"
    text = _entry_text(entry)
    if not text:
        broken = f" (the feed is not well-formed: {_bozo_reason(parsed)})" if parsed.get("bozo") else ""
        return InputError(path, f"{where}: no content or summary text{broken}")
    return SourceReport(doc_id=doc_id, text=text, report_date=_entry_date(entry), path=path, outlet=outlet,
                        url=_entry_url(entry), title=_clean_line(entry.get("title")))


def _bozo_reason(parsed: Any) -> str:
    exc = parsed.get("bozo_exception")
    if exc is None:
        return "unknown error"
    # Only the message: feedparser may rewrite the document's first line, so its line numbers can be off.
    message = getattr(exc, "getMessage", None)
    return _clean_line(message() if callable(message) else str(exc)) or type(exc).__name__


def _feed_kind(version: str) -> str:
    """'RSS feed' for feedparser's version 'rss20' and the like, 'Atom feed' for 'atom10', else 'feed'."""
    return next((name for prefix, name in _FEED_KINDS.items() if version.startswith(prefix)), "feed")


def _entry_text(entry: Any) -> str:
    for detail in list(entry.get("content") or []) + [entry.get("summary_detail")]:
        if not detail:
            continue
        value = detail.get("value") or ""
        kind = (detail.get("type") or "text/html").lower()
        text = _clean_text(value) if kind == "text/plain" else html_to_text(value)
        if text:
            return text
    summary = entry.get("summary")
    return html_to_text(summary) if isinstance(summary, str) else ""


def _entry_url(entry: Any) -> str | None:
    """The entry's web link (feedparser may give an Atom entry's id, say a tag: URI, as its link: not a URL)."""
    link = _clean_line(entry.get("link"))
    if link and urllib.parse.urlsplit(link).scheme.lower() in ("http", "https"):
        return link
    for item in entry.get("links") or []:
        href = _clean_line(item.get("href"))
        if href and item.get("rel", "alternate") == "alternate" and urllib.parse.urlsplit(href).scheme.lower() in ("http", "https"):
            return href
    return None


def _entry_date(entry: Any) -> date | None:
    for key in ("published", "updated", "created"):
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            try:
                when = parse_report_date(value)
            except ValueError:
                when = None
            if when is not None:
                return when
        parsed = entry.get(f"{key}_parsed")
        if isinstance(parsed, time.struct_time):
            try:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except ValueError:
                pass
    return None


def _entry_doc_id(entry: Any, stem: str, n: int, seen: set[str]) -> str:
    slug = ""
    for key in ("id", "link"):
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            slug = _slug(value)
            if slug:
                break
    doc_id = slug or f"{stem}-{n}"
    if doc_id in seen:
        k = 2
        while f"{doc_id}-{k}" in seen:
            k += 1
        doc_id = f"{doc_id}-{k}"
    seen.add(doc_id)
    return doc_id


def _slug(value: str) -> str:
    """A stable, file-name-safe id from an entry id or URL: `https://example.org/news/a-b?id=7` gives
    `example-org-news-a-b-id-7` (the scheme and a leading `www.` dropped); a long one is cut and given a hash."""
    value = urllib.parse.unquote(value.strip())
    parts = urllib.parse.urlsplit(value)
    if parts.scheme in ("http", "https") and parts.netloc:
        host = parts.netloc.lower()
        host = host[4:] if host.startswith("www.") else host
        value = host + parts.path + (f"?{parts.query}" if parts.query else "")
    slug = _SLUG_JUNK.sub("-", value).strip("-_").lower()
    slug = re.sub(r"_+", "_", slug)
    if len(slug) > _SLUG_MAX:
        digest = hashlib.sha1(slug.encode("utf-8")).hexdigest()[:8]
        slug = slug[-(_SLUG_MAX - 9):].strip("-_") + "-" + digest
    return slug


# --- HTML to plain text ----------------------------------------------------------------------------------


def html_to_text(fragment: str) -> str:
    """The plain text of an HTML fragment: tags dropped, scripts and styles left out, entities decoded, each
    paragraph (or other block, or line break) on a line of its own, runs of spaces made one, no blank lines."""
    if not fragment or not fragment.strip():
        return ""
    from lxml import etree, html as lxml_html

    cleaned = _XML_INVALID.sub(" ", fragment)
    try:
        root = lxml_html.fragment_fromstring(cleaned, create_parent="div")
    except (etree.ParserError, ValueError):
        return _clean_text(cleaned)
    etree.strip_elements(root, "script", "style", "noscript", "template", etree.Comment, with_tail=False)
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.lower()
        if tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif tag in _BLOCKS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
        elif tag in ("td", "th"):
            element.tail = " " + (element.tail or "")
    return _clean_text(root.text_content())


def _clean_text(value: object) -> str:
    if not isinstance(value, str):
        return ""
    lines = (" ".join(line.split()) for line in value.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def _clean_line(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _stem(path: str) -> str:
    return os.path.splitext(os.path.basename(path))[0]
