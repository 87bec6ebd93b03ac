"""Web pages (.html, .htm) and RSS/Atom feeds (.xml, .rss, .atom) as report sources.

Every page, feed and sentence here was written for these tests.
"""
from __future__ import annotations

import json
import socket
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("trafilatura", reason="reading web pages needs trafilatura (and lxml_html_clean)")
pytest.importorskip("feedparser", reason="reading feeds needs feedparser")

from rasid.cli.main import main  # noqa: E402
from rasid.extraction import pipeline  # noqa: E402
from rasid.records import ReportRecord  # noqa: E402
from rasid.sources import InputError, SourceReport, iter_reports  # noqa: E402
from rasid.sources.web import feed_reports, html_reports, html_to_text  # noqa: E402

CLASH = "اندلعت اشتباكات عنيفة بين قوات النظام والفصائل في ريف إدلب الجنوبي، على محاور قرب بلدة كفرنبل."
CLASH_TOLL = "وأسفرت الاشتباكات عن مقتل 3 عناصر من قوات النظام وإصابة 5 آخرين بجروح متفاوتة، بحسب مصادر محلية."
SHELLING = "قصفت قوات النظام بالمدفعية الثقيلة أماكن في مدينة سراقب بريف إدلب الشرقي، صباح اليوم."
SHELLING_TOLL = "وأسفر القصف عن استشهاد طفلين وإصابة 4 مدنيين آخرين بجروح."
DRONE = "استهدفت طائرة مسيرة تركية سيارة عسكرية على طريق القامشلي - عامودا بريف الحسكة."
DRONE_TOLL = "ما أدى لمقتل عنصرين من قوات سوريا الديمقراطية."
ARREST = "اعتقلت الأجهزة الأمنية شابين في مدينة نوى بريف درعا الغربي، واقتادتهما إلى جهة مجهولة."

NAV_WORDS = ("الرئيسية", "من نحن", "اتصل بنا")
FOOTER_WORDS = ("جميع الحقوق محفوظة",)

ARTICLE_PAGE = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>اشتباكات عنيفة في ريف إدلب الجنوبي | مرصد الاختبار</title>
  <meta property="og:site_name" content="مرصد الاختبار">
  <meta property="og:title" content="اشتباكات عنيفة في ريف إدلب الجنوبي">
  <meta property="article:published_time" content="2024-03-05T22:40:00+02:00">
  <link rel="canonical" href="https://example.org/news/2024/03/idlib-clashes">
</head>
<body>
  <nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/about">من نحن</a></li>
      <li><a href="/contact">اتصل بنا</a></li></ul></nav>
  <main>
    <article>
      <h1>اشتباكات عنيفة في ريف إدلب الجنوبي</h1>
      <p>{CLASH}</p>
      <p>{CLASH_TOLL}</p>
    </article>
  </main>
  <footer><p>جميع الحقوق محفوظة لمرصد الاختبار 2024</p></footer>
</body>
</html>
"""

RSS_FEED = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>شبكة الأخبار التجريبية</title>
  <link>https://news.example.org/</link>
  <description>أخبار تجريبية</description>
  <item>
    <title>قصف مدفعي على سراقب</title>
    <link>https://news.example.org/2023/11/saraqib-shelling</link>
    <guid isPermaLink="true">https://news.example.org/2023/11/saraqib-shelling</guid>
    <pubDate>Mon, 20 Nov 2023 23:30:00 +0200</pubDate>
    <description>ملخص قصير لا يُستعمل</description>
    <content:encoded><![CDATA[<p>{SHELLING}</p><p>{SHELLING_TOLL}</p>]]></content:encoded>
  </item>
  <item>
    <title>اعتقالات في درعا</title>
    <link>https://news.example.org/2023/11/nawa-arrests</link>
    <pubDate>Tue, 21 Nov 2023 09:00:00 +0200</pubDate>
    <description><![CDATA[<div>{ARREST}<br>وقال أحد الأهالي: &lt;script&gt;alert(1)&lt;/script&gt;<script>alert(2)</script></div>]]></description>
  </item>
</channel>
</rss>
"""

ATOM_FEED = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Demo Monitor</title>
  <id>urn:uuid:demo-monitor</id>
  <updated>2024-04-02T08:00:00Z</updated>
  <entry>
    <title>استهداف بطائرة مسيرة في ريف الحسكة</title>
    <id>tag:monitor.example.org,2024:entry-17</id>
    <link rel="alternate" href="https://monitor.example.org/a/17"/>
    <published>2024-04-01T23:15:00+03:00</published>
    <updated>2024-04-02T08:00:00Z</updated>
    <content type="html">&lt;p&gt;{DRONE}&lt;/p&gt;&lt;p&gt;{DRONE_TOLL}&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>خبر بنص عادي</title>
    <id>tag:monitor.example.org,2024:entry-18</id>
    <updated>2024-04-03T10:00:00Z</updated>
    <summary type="text">{CLASH} &lt;b&gt; ليست وسما هنا</summary>
  </entry>
</feed>
"""


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def read(*paths: Path) -> list[SourceReport | InputError]:
    return list(iter_reports([str(p) for p in paths]))


def reports(items) -> list[SourceReport]:
    return [item for item in items if isinstance(item, SourceReport)]


def errors(items) -> list[InputError]:
    return [item for item in items if isinstance(item, InputError)]


def only_error(items) -> InputError:
    assert len(items) == 1 and isinstance(items[0], InputError), items
    assert "\n" not in items[0].reason
    return items[0]


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a network connection fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("a source reader tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


# --- web pages -------------------------------------------------------------------------------------------


def test_html_page_gives_its_article_text_without_boilerplate(tmp_path, no_network):
    page = write(tmp_path / "idlib-clashes.html", ARTICLE_PAGE)
    [report] = read(page)
    assert isinstance(report, SourceReport)
    assert report.doc_id == "idlib-clashes"
    assert report.path == str(page)
    assert CLASH in report.text and CLASH_TOLL in report.text
    assert report.text.split("\n") == [CLASH, CLASH_TOLL]  # one paragraph a line, the repeated title left out
    for word in NAV_WORDS + FOOTER_WORDS:
        assert word not in report.text


def test_html_page_metadata(tmp_path):
    [report] = read(write(tmp_path / "page.html", ARTICLE_PAGE))
    assert report.title == "اشتباكات عنيفة في ريف إدلب الجنوبي"
    assert report.report_date == date(2024, 3, 5)
    assert report.outlet == "مرصد الاختبار"
    assert report.url == "https://example.org/news/2024/03/idlib-clashes"


def test_htm_suffix_and_declared_legacy_charset(tmp_path):
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>قصف على سراقب</title><meta name="date" content="2023-11-20"></head>
<body><div class="menu"><a href="/">الرئيسية</a></div>
<div class="post"><p>{SHELLING}</p><p>{SHELLING_TOLL}</p></div></body></html>"""
    [report] = read(write(tmp_path / "saraqib.HTM", page.encode("cp1256")))
    assert isinstance(report, SourceReport), report
    assert report.doc_id == "saraqib"
    assert SHELLING in report.text and SHELLING_TOLL in report.text
    assert report.report_date == date(2023, 11, 20)
    assert report.title == "قصف على سراقب"


def test_html_page_without_metadata_has_none_fields(tmp_path):
    page = f"<html><body><article><p>{ARREST}</p><p>{SHELLING_TOLL}</p></article></body></html>"
    [report] = read(write(tmp_path / "bare.html", page))
    assert ARREST in report.text
    assert (report.report_date, report.url) == (None, None)


def test_html_page_without_article_text_is_an_error(tmp_path):
    page = write(tmp_path / "empty-article.html", "<html><head><title>صفحة</title></head><body></body></html>")
    err = only_error(read(page))
    assert err.path == str(page)
    assert "no article text" in err.reason


@pytest.mark.parametrize("content, words", [
    (b"", "empty file"),
    (b"  \n\t ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
])
def test_empty_or_binary_html_file_is_an_error(tmp_path, content, words):
    page = write(tmp_path / "bad.html", content)
    err = only_error(read(page))
    assert words in err.reason and err.path == str(page)


def test_html_reports_directly_from_bytes():
    [report] = list(html_reports(ARTICLE_PAGE.encode("utf-8"), "some/dir/x.html"))
    assert report.doc_id == "x" and report.path == "some/dir/x.html"


def test_html_file_holding_a_url_is_not_fetched(tmp_path, no_network):
    err = only_error(read(write(tmp_path / "link.html", "https://example.org/news/2024/03/idlib-clashes")))
    assert "no article text" in err.reason


# --- feeds -----------------------------------------------------------------------------------------------


def test_rss_feed_gives_one_report_per_item(tmp_path, no_network):
    feed = write(tmp_path / "news.rss", RSS_FEED)
    items = read(feed)
    assert not errors(items), items
    first, second = reports(items)

    assert first.doc_id == "news-example-org-2023-11-saraqib-shelling"
    assert first.text == f"{SHELLING}\n{SHELLING_TOLL}"  # content:encoded wins over the description
    assert first.title == "قصف مدفعي على سراقب"
    assert first.url == "https://news.example.org/2023/11/saraqib-shelling"
    assert first.report_date == date(2023, 11, 20)  # the feed's own date, not moved to UTC
    assert first.outlet == "شبكة الأخبار التجريبية"
    assert first.path == str(feed)

    assert second.doc_id == "news-example-org-2023-11-nawa-arrests"  # no guid: from the link
    assert second.report_date == date(2023, 11, 21)
    lines = second.text.split("\n")
    assert lines[0] == ARREST
    # Escaped markup in the feed is text and stays; a real script element is dropped.
    assert lines[1] == "وقال أحد الأهالي: <script>alert(1)</script>"
    assert "alert(2)" not in second.text


def test_an_entry_that_fails_to_read_is_an_error_of_that_entry_only(tmp_path, no_network, monkeypatch):
    from rasid.sources import web

    real = web._entry_text

    def fails_on_the_first(entry):
        if "saraqib" in str(entry.get("link")):
            raise RecursionError("maximum recursion depth exceeded")
        return real(entry)

    monkeypatch.setattr(web, "_entry_text", fails_on_the_first)
    items = read(write(tmp_path / "news.rss", RSS_FEED))
    assert [e.reason for e in errors(items)] == ["entry 1: RecursionError: nested too deeply"]
    assert [r.doc_id for r in reports(items)] == ["news-example-org-2023-11-nawa-arrests"]


def test_atom_feed(tmp_path, no_network):
    feed = write(tmp_path / "monitor.atom", ATOM_FEED)
    items = read(feed)
    assert not errors(items), items
    first, second = reports(items)

    assert first.doc_id == "tag-monitor-example-org-2024-entry-17"
    assert first.text == f"{DRONE}\n{DRONE_TOLL}"
    assert first.title == "استهداف بطائرة مسيرة في ريف الحسكة"
    assert first.url == "https://monitor.example.org/a/17"
    assert first.report_date == date(2024, 4, 1)  # published, not updated
    assert first.outlet == "Demo Monitor"

    assert second.text == f"{CLASH} <b> ليست وسما هنا"  # a text summary is not parsed as HTML
    assert second.report_date == date(2024, 4, 3)  # no published date: updated
    assert second.url is None  # its id is not a link


def test_rss_feed_as_xml_file(tmp_path):
    items = read(write(tmp_path / "feed.xml", RSS_FEED))
    assert [r.doc_id for r in reports(items)] == [
        "news-example-org-2023-11-saraqib-shelling", "news-example-org-2023-11-nawa-arrests"]


def test_entries_without_id_or_link_are_numbered_and_duplicates_made_unique(tmp_path):
    feed = f"""<rss version="2.0"><channel><title>مرصد</title>
<item><description>{CLASH}</description></item>
<item><guid>same-id</guid><description>{SHELLING}</description></item>
<item><guid>same-id</guid><description>{ARREST}</description></item>
</channel></rss>"""
    items = read(write(tmp_path / "daily.xml", feed))
    assert [r.doc_id for r in reports(items)] == ["daily-1", "same-id", "same-id-2"]


def test_entry_without_text_is_an_error_and_the_others_still_come(tmp_path):
    feed = f"""<rss version="2.0"><channel><title>مرصد</title>
<item><title>عنوان فقط</title><link>https://example.org/only-title</link></item>
<item><title>خبر</title><description>{ARREST}</description></item>
</channel></rss>"""
    path = write(tmp_path / "mixed.rss", feed)
    items = read(path)
    [err] = errors(items)
    assert err.path == str(path)
    assert "entry 1" in err.reason and "example-org-only-title" in err.reason and "no content or summary" in err.reason
    assert [r.text for r in reports(items)] == [ARREST]


def test_broken_feed_is_an_error(tmp_path):
    path = write(tmp_path / "broken.rss", '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>مرصد</title')
    err = only_error(read(path))
    assert err.path == str(path)
    assert "not a well-formed RSS feed" in err.reason


def test_truncated_feed_with_a_partial_entry_says_the_feed_is_broken(tmp_path):
    path = write(tmp_path / "cut.atom", '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><entry><title>أ')
    err = only_error(read(path))
    assert "no content or summary text" in err.reason and "not well-formed" in err.reason


def test_empty_feed_is_an_error(tmp_path):
    path = write(tmp_path / "quiet.rss", '<rss version="2.0"><channel><title>مرصد</title></channel></rss>')
    assert "the feed has no entries" in only_error(read(path)).reason


@pytest.mark.parametrize("content, words", [
    ('<?xml version="1.0"?><settings><colour>blue</colour></settings>', "not an RSS or Atom feed"),
    ("<html><body><p>صفحة</p></body></html>", "not an RSS or Atom feed"),
    ("هذا نص عادي وليس موجزاً", "not an RSS or Atom feed"),
    ("https://example.org/feed.xml", "not an RSS or Atom feed"),  # never fetched
    ("", "empty file"),
])
def test_xml_that_is_not_a_feed_is_an_error(tmp_path, no_network, content, words):
    path = write(tmp_path / "data.xml", content)
    err = only_error(read(path))
    assert words in err.reason and err.path == str(path)


def test_feed_reports_directly_from_bytes():
    items = list(feed_reports(ATOM_FEED.encode("utf-8"), "feeds/monitor.atom"))
    assert [item.outlet for item in items] == ["Demo Monitor", "Demo Monitor"]


def test_utf16_feed_with_bom(tmp_path):
    items = read(write(tmp_path / "wide.rss", RSS_FEED.replace('encoding="utf-8"', 'encoding="utf-16"').encode("utf-16")))
    assert len(reports(items)) == 2, items


# --- HTML to text ----------------------------------------------------------------------------------------


def test_html_to_text():
    fragment = ("<div><h2>عنوان</h2><p>سطر <b>أول</b>&nbsp;هنا</p>نص حر<br/>بعد الفاصل"
                "<ul><li>بند 1</li><li>بند 2</li></ul><style>p{color:red}</style><!-- تعليق --></div>")
    assert html_to_text(fragment) == "عنوان\nسطر أول هنا\nنص حر\nبعد الفاصل\nبند 1\nبند 2"
    assert html_to_text("") == ""
    assert html_to_text("نص بلا وسوم &amp; رمز") == "نص بلا وسوم & رمز"
    assert html_to_text("<table><tr><td>أ</td><td>ب</td></tr><tr><td>ج</td></tr></table>") == "أ ب\nج"


# --- folders, JSONL and the command line -----------------------------------------------------------------


def test_folder_mixing_text_html_and_feeds(tmp_path):
    folder = tmp_path / "in"
    write(folder / "a-note.txt", ARREST)
    write(folder / "b-page.html", ARTICLE_PAGE)
    write(folder / "c-feed.xml", RSS_FEED)
    write(folder / "sub" / "d-feed.atom", ATOM_FEED)
    write(folder / "readme.md", "# ليس تقريراً")
    items = read(folder)
    assert not errors(items), items
    got = [(r.doc_id, r.outlet) for r in reports(items)]
    assert got == [
        ("a-note", None),
        ("b-page", "مرصد الاختبار"),
        ("news-example-org-2023-11-saraqib-shelling", "شبكة الأخبار التجريبية"),
        ("news-example-org-2023-11-nawa-arrests", "شبكة الأخبار التجريبية"),
        ("tag-monitor-example-org-2024-entry-17", "Demo Monitor"),
        ("tag-monitor-example-org-2024-entry-18", "Demo Monitor"),
    ]


def test_folder_with_no_report_files_names_the_new_types(tmp_path):
    write(tmp_path / "in" / "notes.md", "# x")
    err = only_error(read(tmp_path / "in"))
    assert ".html" in err.reason and ".xml" in err.reason


def test_unsupported_suffix_lists_the_new_types(tmp_path):
    err = only_error(read(write(tmp_path / "report.docx", ARREST)))
    assert "unsupported file type" in err.reason and ".html" in err.reason and ".atom" in err.reason


def test_jsonl_outlet_url_and_title(tmp_path):
    lines = [
        {"id": "a", "text": CLASH, "outlet": "مرصد تجريبي", "url": "https://example.org/a", "title": " عنوان  أ "},
        {"id": "b", "text": SHELLING, "source": "Demo Monitor"},
        {"id": "c", "text": ARREST, "outlet": "", "source": "شبكة"},
        {"id": "d", "text": ARREST},
        {"id": "e", "text": ARREST, "url": 7},
    ]
    path = write(tmp_path / "r.jsonl", "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in lines))
    items = read(path)
    got = [(r.doc_id, r.outlet, r.url, r.title) for r in reports(items)]
    assert got == [
        ("a", "مرصد تجريبي", "https://example.org/a", "عنوان أ"),
        ("b", "Demo Monitor", None, None),
        ("c", "شبكة", None, None),
        ("d", None, None, None),
    ]
    [err] = errors(items)
    assert "line 5" in err.reason and "url must be a string" in err.reason


def test_txt_reports_have_no_outlet_url_or_title(tmp_path):
    [report] = read(write(tmp_path / "x.txt", CLASH))
    assert (report.outlet, report.url, report.title) == (None, None, None)


def test_cli_extracts_pages_and_feeds(tmp_path, capsys, monkeypatch):
    seen: list[tuple[str, str, date | None]] = []

    def fake(text, doc_id, report_date=None, **_):
        seen.append((text, doc_id, report_date))
        return ReportRecord(doc_id=doc_id, report_date=report_date)

    monkeypatch.setattr(pipeline, "extract", fake)
    folder = tmp_path / "in"
    write(folder / "page.html", ARTICLE_PAGE)
    write(folder / "feed.atom", ATOM_FEED)
    write(folder / "notafeed.xml", "<settings/>")
    rc = main(["extract", str(folder), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert rc != 0  # the .xml that is not a feed
    assert [line for line in err.splitlines() if line.strip()] == [
        f"rasid: {folder / 'notafeed.xml'}: not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root element)"]
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == [
        "tag-monitor-example-org-2024-entry-17", "tag-monitor-example-org-2024-entry-18", "page"]
    assert [(doc_id, when) for _, doc_id, when in seen] == [
        ("tag-monitor-example-org-2024-entry-17", date(2024, 4, 1)),
        ("tag-monitor-example-org-2024-entry-18", date(2024, 4, 3)),
        ("page", date(2024, 3, 5)),
    ]
