"""The dashboard end to end in headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

Two servers run the real app over one database built by `rasid demo --no-serve` from the shipped example
reports: one with admin boundaries imported into its gazetteer store (small GeoJSON files written for the tests,
tests/boundary_data.py), one without (the map then sketches outlines from the gazetteer). Each test saves a
screenshot in test-artifacts/screenshots/ for a person to look at.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

import boundary_data

CHROMIUM = os.environ.get("RASID_CHROMIUM", "/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "screenshots"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
# What the interface shows but did not write: report text, evidence, outlets, titles, analysts' notes (.source-text),
# and what is marked as Arabic on purpose (the switch to Arabic).
SOURCE_TEXT = '.report-text, mark.evidence, .figure-evidence, .source-text, [lang="ar"]'
# In the Arabic interface, codes and technical names stay as they are: event codes, doc ids, format names, commands.
CODES = 'code, bdi, .event-code, #export-format, [lang="en"], .leaflet-control-attribution, .source-text, .report-text'

playwright_api = pytest.importorskip("playwright.sync_api")
if not os.path.exists(CHROMIUM):
    pytest.skip(f"no Chromium at {CHROMIUM} (Debian package chromium; .ci/run installs it)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(app) -> tuple[str, object, threading.Thread]:
    import uvicorn

    port = _free_port()
    uv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}/", uv, thread


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    from rasid.api.app import create_app
    from rasid.cli.main import main
    from rasid.store.db import open_database
    from rasid.store.review import create_token

    folder = tmp_path_factory.mktemp("dashboard")
    db_path = folder / "demo.sqlite"
    assert main(["demo", "--db", str(db_path), "--no-serve"]) == 0
    store = folder / "gazetteer.sqlite"
    for path in boundary_data.write_all(folder / "boundaries"):
        assert main(["gazetteer", "import", str(path), "--format", "geojson-boundaries", "--db", str(store)]) == 0
    db = open_database(db_path)
    with db.session() as session:
        token = create_token(session, "e2e analyst")
    running = {name: _serve(create_app(db, gazetteer_store=path))
               for name, path in (("boundaries", store), ("sketch", folder / "no-store.sqlite"))}
    yield {name: {"url": url, "token": token, "db": db} for name, (url, _, _) in running.items()}
    for _, uv, thread in running.values():
        uv.should_exit = True
        thread.join(10)
    db.dispose()


@pytest.fixture
def server(servers):
    return servers["boundaries"]


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


def _open(browser, width: int, height: int):
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    tab = context.new_page()
    tab.errors = []
    tab.on("pageerror", lambda exc: tab.errors.append(str(exc)))
    return context, tab


def _tab(browser, request, width: int, height: int):
    """A page of that size; its screenshot is kept after the test."""
    context, tab = _open(browser, width, height)
    yield tab
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SHOTS / f"{request.node.name}.png"), full_page=width > 500)
    context.close()


@pytest.fixture
def page(browser, request):
    yield from _tab(browser, request, 1360, 900)


@pytest.fixture
def phone(browser, request):
    yield from _tab(browser, request, 390, 844)


def ready(page, view: str) -> None:
    page.wait_for_selector(f'body[data-view="{view}"][data-ready="1"]', timeout=15000)


def ready_any(page) -> None:
    page.wait_for_selector('body[data-ready="1"]:not([data-view=""])', timeout=15000)


def api(server, path: str):
    import httpx

    return httpx.get(server["url"] + path.lstrip("/"), timeout=10).json()


def listed_total(page) -> int:
    return int(page.get_attribute("#page-info", "data-total"))


def wait_total(page, n: int) -> None:
    page.wait_for_function("n => document.querySelector('#page-info').dataset.total === String(n)"
                           " && document.body.dataset.ready === '1'", arg=n, timeout=15000)


def test_the_map_shows_the_events_over_a_sketch_without_boundaries(servers, page):
    page.goto(servers["sketch"]["url"])
    ready(page, "home")
    page.wait_for_selector("#map .event-marker, #map .event-cluster", timeout=10000)
    assert page.locator("#map path.boundary-admin1").count() >= 10  # governorate outlines from the gazetteer
    palette = {t["color"].lower() for t in api(servers["sketch"], "api/config")["event_types"]}
    cluster = page.locator("#map .event-cluster span").first.evaluate(
        "s => [getComputedStyle(s).backgroundColor, getComputedStyle(s).borderTopColor]")
    # (a colour the browser does not give as rgb() numbers, e.g. while the cluster's style is still being set, is
    # no palette colour either)
    channels = [re.findall(r"\d+", c)[:3] for c in cluster]
    hexes = {"#%02x%02x%02x" % tuple(int(v) for v in rgb) for rgb in channels if len(rgb) == 3}
    assert not hexes & palette, cluster  # clusters are drawn in no colour of the type palette
    assert page.locator("#map-sketch-note").is_visible()
    assert "geojson-boundaries" in page.locator("#map-sketch-note code").inner_text()
    assert page.locator(".boundaries-attribution").count() == 0
    assert page.locator("#event-list tr.event-row").count() > 0
    assert page.locator("#chart-timeline rect.bar").count() > 0
    page.select_option("#map-mode", "admin1-events")  # a choropleth needs real boundaries: the map says so
    page.wait_for_selector("#map-note:not([hidden])")
    assert page.locator("#map path.choropleth-unit").count() == 0
    assert not page.errors


def test_imported_boundaries_are_drawn_with_their_attribution(server, page):
    page.goto(server["url"] + "#/?lang=en")
    ready(page, "home")
    page.wait_for_selector("#map .event-marker, #map .event-cluster", timeout=10000)
    boundaries = api(server, "api/boundaries")
    admin1 = [f for f in boundaries["features"] if f["properties"]["level"] == "admin1"]
    admin2 = [f for f in boundaries["features"] if f["properties"]["level"] == "admin2"]
    assert page.locator("#map path.boundary-admin1").count() == len(admin1) == 4
    assert page.locator("#map path.boundary-admin2").count() == len(admin2) == 5
    attribution = page.locator(".boundaries-attribution")
    assert "Data from Who's On First" in attribution.inner_text()
    assert "https://whosonfirst.org/docs/licenses/" in attribution.locator("a").evaluate_all("as => as.map(a => a.href)")
    assert "geoBoundaries" in attribution.inner_text() and "OCHA" in attribution.inner_text()
    assert page.locator("#map-sketch-note").is_hidden()
    # choropleth: events per governorate, coloured; a click on a governorate filters to it
    page.select_option("#map-mode", "admin1-events")
    page.wait_for_selector("#map path.choropleth-unit")
    ready(page, "home")
    assert page.locator("#map path.choropleth-unit").count() == len(admin1)
    assert page.locator("#map .event-marker, #map .event-cluster").count() == 0
    fills = set(page.locator("#map path.choropleth-unit").evaluate_all("ps => ps.map(p => p.getAttribute('fill'))"))
    assert len(fills) >= 2
    assert "map=admin1-events" in page.url
    idlib = next(f["id"] for f in admin1 if f["properties"]["name"] == "Idlib")
    page.locator("#map path.choropleth-unit").nth([f["id"] for f in admin1].index(idlib)).click(force=True)
    page.wait_for_function("() => document.querySelector('#filter-admin1').value === 'Idlib'")
    wait_total(page, api(server, "api/events?admin1=Idlib&limit=1")["total"])
    assert "admin1=Idlib" in page.url
    assert not page.errors


def test_filtering_to_one_governorate(server, page):
    page.goto(server["url"])
    ready(page, "home")
    expected = api(server, "api/events?admin1=Idlib&limit=500")
    assert expected["total"] > 0
    page.select_option("#filter-admin1", "Idlib")
    wait_total(page, expected["total"])
    ids = {int(x) for x in page.locator("#event-list tr.event-row").evaluate_all("rows => rows.map(r => r.dataset.id)")}
    assert ids == {e["id"] for e in expected["items"]}


def test_the_url_keeps_the_filters_the_selected_event_and_the_language(server, browser, page):
    page.goto(server["url"] + "#/?lang=en")
    ready(page, "home")
    page.select_option("#filter-admin1", "Idlib")
    page.wait_for_function("() => location.hash.includes('admin1=Idlib') && document.body.dataset.ready === '1'")
    page.select_option("#filter-type", "Explosions/Remote violence")
    expected = api(server, "api/events?admin1=Idlib&type=Explosions/Remote%20violence&limit=500")
    wait_total(page, expected["total"])
    page.fill("#filter-from", "2023-01-01")
    page.dispatch_event("#filter-from", "change")
    wait_total(page, api(server, "api/events?admin1=Idlib&type=Explosions/Remote%20violence&from=2023-01-01")["total"])
    # select an event: «show on map» in the list opens it on the map
    chosen = expected["items"][0]["id"]
    page.click(f'#event-list tr.event-row[data-id="{chosen}"] button.show-on-map')
    page.wait_for_selector(f'.leaflet-popup .popup[data-id="{chosen}"]', timeout=10000)
    page.wait_for_function("id => location.hash.includes('event=' + id)", arg=chosen)
    shared = page.url
    assert "lang=en" in shared and "type=Explosions" in shared and "from=2023-01-01" in shared
    # the link opened elsewhere shows the same view
    context, other = _open(browser, 1360, 900)
    other.goto(shared)
    ready(other, "home")
    other.wait_for_selector(f'.leaflet-popup .popup[data-id="{chosen}"]', timeout=10000)
    assert other.evaluate("() => document.documentElement.lang") == "en"
    assert other.input_value("#filter-admin1") == "Idlib"
    assert other.input_value("#filter-type") == "Explosions/Remote violence"
    assert other.input_value("#filter-from") == "2023-01-01"
    assert other.locator("#event-list tr.event-row.selected").get_attribute("data-id") == str(chosen)
    other.reload()
    ready(other, "home")
    other.wait_for_selector(f'.leaflet-popup .popup[data-id="{chosen}"]', timeout=10000)
    context.close()
    # back: the event unselected, then the date filter gone; forward brings the date back
    page.go_back()
    page.wait_for_function("() => !location.hash.includes('event=')")
    page.wait_for_selector(".leaflet-popup", state="detached")
    page.go_back()
    page.wait_for_function("() => document.querySelector('#filter-from').value === ''")
    ready(page, "home")
    page.go_forward()
    page.wait_for_function("() => document.querySelector('#filter-from').value === '2023-01-01'")
    # the event page keeps the view's filters in its URL, and its back link returns to them
    page.click(f'#event-list tr.event-row[data-id="{chosen}"] a.event-link')
    ready(page, "event")
    assert "admin1=Idlib" in page.url and f"/event/{chosen}" in page.url
    page.click("#event-page a.back")
    ready(page, "home")
    assert page.input_value("#filter-admin1") == "Idlib" and f"event={chosen}" in page.url
    assert not page.errors


def test_a_shared_link_asks_for_each_piece_of_its_first_view_once(server, page):
    """index.html asks for the first view's data before app.js has loaded; app.js must take those answers (the
    same URLs), not ask again."""
    asked = []
    page.on("request", lambda r: asked.append(urlparse(r.url)) if "/api/" in r.url else None)
    page.goto(server["url"] + "#/?admin1=Idlib&type=Battles&q=%20قصف%20&page=1&lang=en")
    ready(page, "home")
    first = [u.path + "?" + u.query for u in asked]
    assert len(first) == len(set(first)), first
    events = [u for u in asked if u.path.endswith("/api/events")]
    assert len(events) == 1 and "admin1=Idlib" in events[0].query and "offset=50" in events[0].query
    assert sum(u.path.endswith("/api/map") for u in asked) == 1
    assert sum(u.path.endswith("/api/config") for u in asked) == 1
    assert not page.errors


def test_exporting_the_filtered_view(server, page):
    page.goto(server["url"] + "#/?admin1=Idlib&lang=en")
    ready(page, "home")
    wait_total(page, api(server, "api/events?admin1=Idlib&limit=1")["total"])
    total = listed_total(page)
    assert page.locator("#export-link").inner_text().strip() == f"Download {total} events"
    page.select_option("#export-format", "acled-csv")
    with page.expect_download() as download:
        page.click("#export-link")
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    assert len(rows[0]) == 31 and rows[0][:2] == ["event_id_cnty", "event_date"]
    assert len(rows) > 1 and {r[rows[0].index("admin1")] for r in rows[1:]} == {"Idlib"}
    assert download.value.suggested_filename == "rasid-events-idlib.csv"
    page.select_option("#export-format", "geojson")
    with page.expect_download() as download:
        page.click("#export-link")
    collection = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert len(collection["features"]) == total  # every event of Idlib has coordinates
    assert page.locator("#bulletin-link").is_visible()  # the bulletin of the same filters is one click away
    assert not page.errors


@pytest.mark.parametrize("route", ["#/?lang=ar", "#/?lang=en", "#/review?lang=en", "event"])
def test_a_phone_has_no_horizontal_scroll(server, phone, route):
    if route == "event":
        route = f"#/event/{api(server, 'api/events?type=Battles&limit=1')['items'][0]['id']}?lang=ar"
    phone.goto(server["url"] + route)
    ready_any(phone)
    phone.wait_for_timeout(300)
    widths = phone.evaluate("() => [document.documentElement.scrollWidth, document.body.scrollWidth, innerWidth]")
    assert max(widths[:2]) <= widths[2] == 390
    if "review" not in route and "event" not in route:
        # the event table is a list of cards, each value with its column's name
        assert phone.locator("#event-list thead").bounding_box()["height"] <= 1
        cell = phone.locator("#event-list tr.event-row td.col-place").first
        assert cell.get_attribute("data-label")
        assert phone.locator("#event-list tr.event-row").first.bounding_box()["width"] <= 390
        assert phone.locator("#map").bounding_box()["y"] < phone.locator("#chart-timeline").bounding_box()["y"]


def _texts(page, exclude: str) -> list[str]:
    """The visible text of the page and its labels (placeholders, titles, aria-labels), outside `exclude`."""
    return page.evaluate("""exclude => {
      const out = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || el.closest(exclude) || el.closest('[hidden], script, style, option, optgroup')) continue;
        if (node.textContent.trim()) out.push(node.textContent.trim());
      }
      for (const el of document.querySelectorAll('select:not([hidden]) option, [placeholder], [aria-label], optgroup')) {
        if (el.closest(exclude) || el.closest('[hidden]')) continue;
        for (const v of [el.tagName === 'OPTION' ? el.textContent : null, el.getAttribute('placeholder'),
                         el.getAttribute('aria-label'), el.getAttribute('label')]) if (v && v.trim()) out.push(v.trim());
      }
      return out;
    }""", exclude)


def _views(server) -> list[str]:
    event = api(server, "api/events?type=Explosions/Remote%20violence&limit=1")["items"][0]["id"]
    return ["#/", "#/?map=admin1-killed", f"#/event/{event}", "#/review"]


def test_english_shows_no_arabic_outside_reports_and_evidence(server, page):
    for route in _views(server):
        page.goto(server["url"] + route + ("&" if "?" in route else "?") + "lang=en")
        ready_any(page)
        page.wait_for_timeout(200)
        arabic = [text for text in _texts(page, SOURCE_TEXT) if ARABIC.search(text)]
        assert arabic == [], route
    assert not page.errors


def test_arabic_labels_are_arabic(server, page):
    for route in _views(server):
        page.goto(server["url"] + route + ("&" if "?" in route else "?") + "lang=ar")
        ready_any(page)
        page.wait_for_timeout(200)
        latin = [text for text in _texts(page, CODES)
                 if re.search(r"[A-Za-z]{2,}", re.sub(r"\b(SYR|IRQ)\d+\b", "", text))]  # event codes stay
        assert latin == [], route
    assert not page.errors


def test_an_event_page_highlights_its_sentence(server, page):
    event = api(server, "api/events?type=Battles&limit=1")["items"][0]
    detail = api(server, f"api/events/{event['id']}")
    page.goto(server["url"] + f"#/event/{event['id']}")
    ready(page, "event")
    marked = page.locator("#event-page mark.evidence").first
    assert marked.inner_text().strip() == detail["sources"][0]["evidence"].strip()
    assert page.locator("#event-page li.source").count() == len(detail["sources"])
    assert page.locator("#event-page .fat-best").first.get_attribute("data-value") == str(detail["fatalities"]["best"])
    assert page.locator("#event-page .merge-reason").first.get_attribute("data-code") == "first_report"


def test_merge_reasons_are_worded_in_the_interface_s_language(server, page):
    merged = next(e for e in api(server, "api/events?limit=100")["items"] if e["sources_count"] > 1)
    page.goto(server["url"] + f"#/event/{merged['id']}?lang=ar")
    ready(page, "event")
    reasons = page.locator("#event-page .merge-reason").all_inner_texts()
    assert reasons[0] == "أول تقرير عن الحدث" and "الحدث نفسه" in reasons[1]
    page.click("#lang-switch")
    page.wait_for_function("() => document.documentElement.lang === 'en'")
    assert page.locator("#event-page .merge-reason").nth(1).inner_text().startswith("same incident")


def test_report_html_is_shown_as_text(server, page):
    reports = api(server, "api/reports?q=script")["items"]
    assert reports, "the example reports include one quoting a <script> tag"
    events = api(server, "api/events?q=script")["items"]
    page.goto(server["url"] + f"#/event/{events[0]['id']}")
    ready(page, "event")
    text = page.locator("#event-page .report-text").first.inner_text()
    assert "<script>" in text
    assert page.evaluate("() => document.querySelectorAll('#event-page .report-text script').length") == 0
    assert not page.errors


def test_the_review_queue_by_keyboard_and_screen_reader(server, page):
    page.goto(server["url"] + "#/review?lang=en")
    ready(page, "review")
    unnamed = page.evaluate("""() => [...document.querySelectorAll(
        '#review-list input, #review-list select, #review-list button, #api-token')].filter(el => !(el.labels && el.labels.length && el.labels[0].textContent.trim())
        && !el.getAttribute('aria-label') && !el.textContent.trim()).map(el => el.outerHTML)""")
    assert unnamed == []
    items = page.locator("#review-list article.review-row")
    first, second = items.nth(0), items.nth(1)
    heading = first.get_attribute("aria-labelledby")
    assert page.locator(f"#{heading}").evaluate("h => h.tagName") == "H3"
    assert first.locator("button.confirm").get_attribute("aria-describedby") == heading
    # focus order: the event, its sub-event type, fatalities, note, then confirm / reject / save
    first.locator("a.event-link").focus()
    order = []
    for _ in range(6):
        page.keyboard.press("Tab")
        order.append(page.evaluate("() => document.activeElement.className || document.activeElement.name"))
    assert order == ["edit-sub-event-type", "edit-fatalities", "edit-note", "confirm", "reject", "edit"]
    page.fill("#api-token", server["token"])
    first_id, second_id = first.get_attribute("data-id"), second.get_attribute("data-id")
    first.locator("button.confirm").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector(f'#review-list .review-row[data-id="{first_id}"][data-state="confirmed"]', timeout=10000)
    page.wait_for_function("id => document.activeElement.closest('article') &&"
                           " document.activeElement.closest('article').dataset.id === id", arg=second_id)
    assert page.evaluate("() => document.activeElement.className") == "confirm"
    assert page.locator("#message").get_attribute("role") == "status"


def test_confirming_an_event_in_the_review_queue(server, page):
    page.goto(server["url"] + "#/review")
    ready(page, "review")
    row = page.locator("#review-list .review-row:not(.reviewed)").first
    event_id = int(row.get_attribute("data-id"))
    row.locator("button.confirm").click()  # without a token: refused
    page.wait_for_selector("#message[data-status='401']", timeout=10000)
    page.fill("#api-token", server["token"])
    row.locator("button.confirm").click()
    page.wait_for_selector(f'#review-list .review-row[data-id="{event_id}"][data-state="confirmed"]', timeout=10000)
    detail = api(server, f"api/events/{event_id}")
    assert detail["review_state"] == "confirmed"
    assert detail["reviews"][-1]["user"] == "e2e analyst" and detail["reviews"][-1]["action"] == "confirm"


def test_switching_language(server, page):
    page.goto(server["url"])
    ready(page, "home")
    assert page.evaluate("() => [document.documentElement.lang, document.documentElement.dir]") == ["ar", "rtl"]
    page.click("#lang-switch")
    page.wait_for_function("() => document.documentElement.lang === 'en'")
    assert page.evaluate("() => document.documentElement.dir") == "ltr" and "lang=en" in page.url
    assert page.locator("#nav-review").inner_text().strip().lower().startswith("review")
    page.click("#lang-switch")
    page.wait_for_function("() => document.documentElement.dir === 'rtl'")
    page.go_back()
    page.wait_for_function("() => document.documentElement.lang === 'en'")



def test_the_bulletin_link_opens_the_bulletin_of_the_current_filters(server, page):
    page.goto(server["url"])
    ready(page, "home")
    page.select_option("#filter-admin1", "Idlib")
    page.wait_for_function("() => document.body.dataset.ready === '1'", timeout=15000)
    with page.context.expect_page() as opened:
        page.click("#bulletin-link")
    bulletin = opened.value
    bulletin.wait_for_load_state()
    assert "admin1=Idlib" in bulletin.url and "lang=ar" in bulletin.url
    assert bulletin.evaluate("() => document.documentElement.dir") == "rtl"
    assert "إدلب" in bulletin.locator("h1").inner_text()
    bulletin.close()


def test_api_docs_render_offline_under_the_security_policy(server, page):
    """/docs is Swagger UI served from the package: it renders with every request to this server alone and no
    Content-Security-Policy violation."""
    elsewhere, refused = [], []
    page.on("request", lambda r: None if r.url.startswith(server["url"]) or r.url.startswith("data:")
            else elsewhere.append(r.url))
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(server["url"] + "docs")
    page.wait_for_selector(".swagger-ui .info .title", timeout=15000)
    assert "Rasid" in page.locator(".swagger-ui .info .title").inner_text()
    page.wait_for_selector(".opblock-summary-path", timeout=15000)
    assert page.locator(".opblock-summary-path", has_text="/api/events").count() >= 1
    assert elsewhere == [] and refused == [] and page.errors == []
