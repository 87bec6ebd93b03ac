"""A composed bulletin (rasid.bulletin.compose) as a self-contained HTML page, Markdown with SVG pictures beside it,
or PDF (WeasyPrint over the same HTML, with the print styles).

Report text quoted in notes is always escaped: a report may contain markup («<script>» in a quoted banner).
"""
from __future__ import annotations

import re
from html import escape

from . import scene as scenes
from .compose import Document, Line, TollRow

PICTURES = ("map", "timeline", "sides")

CSS = """
@page { size: A4; margin: 16mm 15mm 18mm 15mm;
        @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; color: #777; } }
html { font-family: 'Noto Naskh Arabic', 'Noto Sans Arabic', 'DejaVu Sans', 'Segoe UI', Arial, sans-serif;
       color: #1d232a; background: #fff; }
body { margin: 0; }
.bulletin { max-width: 680px; margin: 24px auto; padding: 0 16px; line-height: 1.55; font-size: 15px; }
.kicker { color: #8b1e1e; font-weight: bold; letter-spacing: .02em; margin: 0; font-size: 13px; }
h1 { font-size: 25px; line-height: 1.3; margin: 4px 0 12px; }
h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 2px solid #8b1e1e; padding-bottom: 3px; }
h3 { font-size: 16px; margin: 18px 0 4px; }
h4 { font-size: 15px; margin: 8px 0 2px; color: #444; }
.lead p { font-size: 16.5px; margin: 0 0 6px; }
.intro, figcaption, .more, .footer { color: #55606b; font-size: 13px; }
table.toll { border-collapse: collapse; width: 100%; font-size: 14px; margin: 6px 0 10px; }
table.toll th, table.toll td { border-bottom: 1px solid #dde2e7; padding: 4px 6px; text-align: start;
                                vertical-align: top; }
table.toll td.n { font-weight: bold; white-space: nowrap; }
table.toll td.range { color: #55606b; white-space: nowrap; }
table.toll tr.total td { border-top: 2px solid #1d232a; font-weight: bold; }
sup.refs { font-size: 10px; line-height: 0; white-space: nowrap; unicode-bidi: isolate; padding-inline-start: 1px; }
sup.refs a, .notes a { color: #1f5a99; text-decoration: none; }
.more-refs { display: block; font-size: 11px; color: #55606b; font-weight: normal; }
ul.events, ul.control { margin: 2px 0 6px; padding-inline-start: 20px; }
ul.events li, ul.control li { margin: 2px 0; }
figure { margin: 12px 0 16px; page-break-inside: avoid; break-inside: avoid; }
.scene { position: relative; overflow: hidden; margin: 0 auto; }
.scene svg { position: absolute; left: 0; top: 0; }
.scene .label { position: absolute; white-space: nowrap; line-height: 1.15; }
ol.notes { list-style: none; padding: 0; font-size: 12.5px; }
ol.notes li { margin: 0 0 5px; }
ol.notes .n { display: inline-block; min-width: 2.2em; color: #1f5a99; font-weight: bold; }
.url { display: block; direction: ltr; text-align: left; word-break: break-all; font-size: 11px; }
[dir=rtl] .url { text-align: right; }
.empty { font-size: 17px; }
@media screen { .scene .label.place { text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff; } }
@media print { .bulletin { max-width: none; margin: 0; padding: 0; font-size: 11pt; } h2 { break-after: avoid; } }
"""


def _refs(doc: Document, refs: tuple[int, ...], more: str = "") -> str:
    if not refs:
        return f'<span class="more-refs">{escape(more)}</span>' if more else ""
    separator = "، " if doc.lang.code == "ar" else ", "
    links = separator.join(f'<a href="#note-{n}">{doc.lang.number(n)}</a>' for n in refs)
    tail = f'<span class="more-refs">{escape(more)}</span>' if more else ""
    return f'<sup class="refs" dir="{doc.lang.direction}">{links}</sup>{tail}'


def _line(doc: Document, line: Line) -> str:
    return escape(line.text) + _refs(doc, line.refs, line.more)


def _figure(doc: Document, name: str, caption: str) -> str:
    scene = doc.pictures.get(name)
    if scene is None:
        return ""
    return (f'<figure class="picture picture-{name}" id="picture-{name}">{scenes.html(scene)}'
            f"<figcaption>{escape(caption)}</figcaption></figure>")


def _toll_html(doc: Document) -> str:
    t = doc.t
    if not doc.toll:
        return f'<p class="intro">{escape(t("toll_none"))}</p>'
    head = (f"<tr><th>{escape(t('toll_side'))}</th><th>{escape(t('toll_killed'))}</th>"
            f"<th>{escape(t('toll_range'))}</th><th>{escape(t('toll_injured'))}</th>"
            f"<th>{escape(t('toll_range'))}</th></tr>")
    rows = [_toll_row(doc, row) for row in doc.toll]
    if doc.toll_total:
        rows.append(_toll_row(doc, doc.toll_total, "total"))
    return f'<table class="toll"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _toll_row(doc: Document, row: TollRow, css: str = "side") -> str:
    return (f'<tr class="{css}" data-group="{escape(row.key)}"><td>{escape(row.side)}</td>'
            f'<td class="n killed">{_line(doc, row.killed)}</td>'
            f'<td class="range">{escape(row.killed_range)}</td><td class="n injured">{_line(doc, row.injured)}</td>'
            f'<td class="range">{escape(row.injured_range)}</td></tr>')


def _note_html(doc: Document, note) -> str:
    url = note.report.url if note.report.url and re.match(r"https?://", note.report.url) else None
    link = f' <a class="url" href="{escape(url)}">{escape(url)}</a>' if url else ""
    return (f'<li id="note-{note.number}"><span class="n">{doc.lang.number(note.number)}</span>'
            f"{escape(note.text)}{link}</li>")


def html(doc: Document) -> str:
    """The self-contained HTML page: styles, pictures and notes inline; no script, nothing fetched."""
    t, lang = doc.t, doc.lang
    body = [f'<p class="kicker">{escape(doc.kicker)}</p>', f"<h1>{escape(doc.title)}</h1>",
            '<div class="lead">' + "".join(f"<p>{_line(doc, line)}</p>" for line in doc.lead) + "</div>"]
    if not doc.empty:
        body.append(_figure(doc, "map", t("map_caption", outlines=t("map_outlines"))))
        body += [f'<section id="toll"><h2>{escape(t("toll_title"))}</h2>',
                 f'<p class="intro">{escape(t("toll_intro"))}</p>', _toll_html(doc),
                 _figure(doc, "sides", t("sides_caption")), "</section>"]
        body += [f'<section id="control"><h2>{escape(t("control_title"))}</h2>',
                 '<ul class="control">' + "".join(f"<li>{_line(doc, c)}</li>" for c in doc.control) + "</ul>"
                 if doc.control else f'<p class="intro">{escape(t("control_none"))}</p>', "</section>"]
        body += [f'<section id="events"><h2>{escape(t("events_title"))}</h2>',
                 _figure(doc, "timeline", t("timeline_caption")), f'<p class="intro">{escape(t("events_intro"))}</p>']
        for day in doc.days:
            body.append(f'<h3 class="day" data-day="{day.iso}">{escape(day.day)}</h3>')
            for group in day.places:
                items = "".join(f'<li class="event" data-event="{line.key}">{_line(doc, line)}</li>'
                                for line in group.lines)
                body.append(f'<h4 class="place">{escape(group.place)}</h4><ul class="events">{items}</ul>')
        if doc.more_events:
            body.append(f'<p class="more">{escape(doc.more_events)}</p>')
        body.append("</section>")
        body += [f'<section id="method"><h2>{escape(t("method_title"))}</h2>',
                 "".join(f"<p>{escape(p)}</p>" for p in doc.method), "</section>"]
        body += [f'<section id="sources"><h2>{escape(t("sources_title"))}</h2><ol class="notes">',
                 "".join(_note_html(doc, note) for note in doc.notes), "</ol></section>"]
    body.append(f'<p class="footer">{escape(doc.footer)}</p>')
    return (f'<!DOCTYPE html>\n<html lang="{lang.code}" dir="{lang.direction}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(doc.title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            f'<article class="bulletin{" empty" if doc.empty else ""}">\n' + "\n".join(body)
            + "\n</article>\n</body>\n</html>\n")


class PdfUnavailable(RuntimeError):
    """WeasyPrint, or the Pango library it needs, is not installed."""


def pdf(doc: Document) -> bytes:
    """The HTML page printed by WeasyPrint (which shapes Arabic with HarfBuzz through Pango)."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # not installed, or Pango missing
        reason = " ".join(str(exc).split())[:160]
        raise PdfUnavailable(f"PDF needs WeasyPrint and Pango (pip install 'rasid[pdf]'): {reason}") from None
    return HTML(string=html(doc)).write_pdf()


# --- Markdown ----------------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_MD_LINE_START = re.compile(r"^(#|>|[+-] |\d+[.)])")


def md_escape(text: str) -> str:
    """Text that Markdown shows as written, on one line: markup characters escaped, and < > & as entities so that
    no HTML in a quoted report is ever read as markup."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))
    start = _MD_LINE_START.match(text)
    if not start:
        return text
    if text[0].isdigit():  # «12. …» would start a numbered list: escape its dot
        return text[:start.end() - 1] + "\\" + text[start.end() - 1:]
    return "\\" + text


def _md_refs(doc: Document, line: Line) -> str:
    refs = "".join(f"[^{n}]" for n in line.refs)
    return refs + (f" ({md_escape(line.more)})" if line.more else "")


def _md_line(doc: Document, line: Line) -> str:
    return md_escape(line.text) + _md_refs(doc, line)


def markdown(doc: Document, images: dict[str, str]) -> str:
    """Markdown (GitHub flavour: tables, footnotes); `images` maps picture names to the files beside it."""
    t = doc.t
    out = [f"**{md_escape(doc.kicker)}**", "", f"# {md_escape(doc.title)}", ""]
    out += [p for line in doc.lead for p in (_md_line(doc, line), "")]
    if not doc.empty:
        out += _md_picture(doc, "map", images, t("map_caption", outlines=t("map_outlines")))
        out += [f"## {md_escape(t('toll_title'))}", "", md_escape(t("toll_intro")), ""]
        out += _md_toll(doc) + _md_picture(doc, "sides", images, t("sides_caption"))
        out += [f"## {md_escape(t('control_title'))}", ""]
        out += [f"- {_md_line(doc, c)}" for c in doc.control] or [md_escape(t("control_none"))]
        out += ["", f"## {md_escape(t('events_title'))}", ""]
        out += _md_picture(doc, "timeline", images, t("timeline_caption")) + [md_escape(t("events_intro")), ""]
        for day in doc.days:
            out += [f"### {md_escape(day.day)}", ""]
            for group in day.places:
                out += [f"#### {md_escape(group.place)}", ""] + [f"- {_md_line(doc, line)}" for line in group.lines]
                out.append("")
        if doc.more_events:
            out += [md_escape(doc.more_events), ""]
        out += [f"## {md_escape(t('method_title'))}", ""] + [p for m in doc.method for p in (md_escape(m), "")]
        out += [f"## {md_escape(t('sources_title'))}", ""]
        for note in doc.notes:
            url = note.report.url if note.report.url and re.match(r"https?://", note.report.url) else None
            out.append(f"[^{note.number}]: {md_escape(note.text)}" + (f" <{url}>" if url else ""))
        out.append("")
    out += [f"*{md_escape(doc.footer)}*", ""]
    if doc.lang.direction == "rtl":  # GitHub and most viewers keep the direction of an HTML block around Markdown
        out = [f'<div dir="rtl" lang="{doc.lang.code}">', ""] + out + ["</div>", ""]
    return "\n".join(out)


def _md_picture(doc: Document, name: str, images: dict[str, str], caption: str) -> list[str]:
    if name not in images:
        return []
    return [f"![{md_escape(doc.pictures[name].title)}]({images[name]})", "", f"*{md_escape(caption)}*", ""]


def _md_toll(doc: Document) -> list[str]:
    t = doc.t
    if not doc.toll:
        return [md_escape(t("toll_none")), ""]
    lines = [f"| {md_escape(t('toll_side'))} | {md_escape(t('toll_killed'))} | {md_escape(t('toll_range'))} | "
             f"{md_escape(t('toll_injured'))} | {md_escape(t('toll_range'))} |", "|---|---|---|---|---|"]
    for row in doc.toll + ([doc.toll_total] if doc.toll_total else []):
        lines.append(f"| {md_escape(row.side)} | {_md_line(doc, row.killed)} | {md_escape(row.killed_range)} | "
                     f"{_md_line(doc, row.injured)} | {md_escape(row.injured_range)} |")
    return lines + [""]
