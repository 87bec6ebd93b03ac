"""The dashboard end to end in headless Chromium (Debian's /usr/bin/chromium driven by Playwright).

The server runs the real app over a database built by `rasid demo --no-serve` from the shipped example
reports. Each test saves a screenshot in test-artifacts/screenshots/ for a person to look at.
"""
from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("RASID_CHROMIUM", "/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "screenshots"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

playwright_api = pytest.importorskip("playwright.sync_api")
if not os.path.exists(CHROMIUM):
    pytest.skip(f"no Chromium at {CHROMIUM} (Debian package chromium; .ci/run installs it)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from rasid.api.app import create_app
    from rasid.cli.main import main
    from rasid.store.db import open_database
    from rasid.store.review import create_token

    db_path = tmp_path_factory.mktemp("dashboard") / "demo.sqlite"
    assert main(["demo", "--db", str(db_path), "--no-serve"]) == 0
    db = open_database(db_path)
    with db.session() as session:
        token = create_token(session, "e2e analyst")
    port = _free_port()
    uv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield {"url": f"http://127.0.0.1:{port}/", "token": token, "db": db}
    uv.should_exit = True
    thread.join(10)
    db.dispose()


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, request):
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    tab = context.new_page()
    tab.errors = []
    tab.on("pageerror", lambda exc: tab.errors.append(str(exc)))
    yield tab
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SHOTS / f"{request.node.name}.png"), full_page=True)
    context.close()


def ready(page, view: str) -> None:
    page.wait_for_selector(f'body[data-view="{view}"][data-ready="1"]', timeout=15000)


def api(server, path: str):
    import httpx

    return httpx.get(server["url"] + path.lstrip("/"), timeout=10).json()


def test_the_map_shows_the_events(server, page):
    page.goto(server["url"])
    ready(page, "home")
    page.wait_for_selector("#map .event-marker, #map .marker-cluster", timeout=10000)
    markers = page.locator("#map .event-marker").count() + page.locator("#map .marker-cluster").count()
    assert markers > 0
    assert page.locator("#map path.boundary-admin1").count() >= 10  # governorate outlines from the gazetteer
    assert page.locator("#event-list tr.event-row").count() > 0
    assert page.locator("#chart-timeline rect.bar").count() > 0
    assert not page.errors


def test_filtering_to_one_governorate(server, page):
    page.goto(server["url"])
    ready(page, "home")
    expected = api(server, "api/events?admin1=Idlib&limit=500")
    assert expected["total"] > 0
    page.select_option("#filter-admin1", "Idlib")
    page.wait_for_function(
        "n => document.querySelector('#page-info') && document.querySelector('#page-info').textContent.includes(String(n))"
        " && document.body.dataset.ready === '1'", arg=expected["total"], timeout=15000)
    ids = {int(x) for x in page.locator("#event-list tr.event-row").evaluate_all("rows => rows.map(r => r.dataset.id)")}
    assert ids == {e["id"] for e in expected["items"]}


def test_an_event_page_highlights_its_sentence(server, page):
    event = api(server, "api/events?type=Battles&limit=1")["items"][0]
    detail = api(server, f"api/events/{event['id']}")
    page.goto(server["url"] + f"#/event/{event['id']}")
    ready(page, "event")
    marked = page.locator("#event-page mark.evidence").first
    assert marked.inner_text().strip() == detail["sources"][0]["evidence"].strip()
    assert page.locator("#event-page li.source").count() == len(detail["sources"])
    assert page.locator("#event-page .fat-best").first.inner_text().strip() == str(detail["fatalities"]["best"])


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


def test_confirming_an_event_in_the_review_queue(server, page):
    page.goto(server["url"] + "#/review")
    ready(page, "review")
    row = page.locator("#review-list .review-row").first
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
    assert page.evaluate("() => document.documentElement.dir") == "ltr"
    assert page.locator("#nav-review").inner_text().strip().lower().startswith("review")
    page.click("#lang-switch")
    page.wait_for_function("() => document.documentElement.dir === 'rtl'")


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
