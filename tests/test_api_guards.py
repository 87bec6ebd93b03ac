"""The API under hostile requests, on SQLite and PostgreSQL: every error a JSON problem with a 4xx status, bodies
capped before the token check and never echoed, wrong tokens throttled, review edits checked against the taxonomy,
security headers everywhere."""
from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient

from rasid.api import guards
from rasid.api.app import create_app
from rasid.extraction import pipeline
from rasid.sources import SourceReport
from rasid.store import queries
from rasid.store.ingest import ingest
from rasid.store.review import create_token

CLASH = "اندلعت اشتباكات عنيفة اليوم بين قوات النظام وهيئة تحرير الشام على محور بلدة {town} بريف إدلب الجنوبي."
MARKER = "ECHO-ME-NOT"
# Requests a careless or hostile client sends; none may answer 500.
HOSTILE_GETS = [
    ("/api/events", {"q": "a\x00b"}), ("/api/events", {"admin1": "\x00"}), ("/api/events", {"offset": 10**30}),
    ("/api/events", {"offset": -1}), ("/api/events", {"limit": 0}), ("/api/events", {"limit": 10**20}),
    ("/api/events", {"from": "2024-13-45"}), ("/api/events", {"from": "99999-01-01"}), ("/api/events", {"to": "x"}),
    ("/api/events", {"q": "x" * 5000}), ("/api/events", {"q": '"*) OR NEAR(( -'}), ("/api/events", {"q": "ـ"}),
    ("/api/events", {"state": "nope"}), ("/api/events", {"type": "%' OR 1=1 --"}), ("/api/events", {"actor": "X" * 400}),
    ("/api/events/12345678901234567890", {}), ("/api/events/-1", {}), ("/api/events/0", {}), ("/api/events/abc", {}),
    ("/api/events/1.5", {}), ("/api/events/%00", {}), ("/api/reports/99999999999", {}), ("/api/reports", {"q": "\x00"}),
    ("/api/reports", {"offset": 2**63}), ("/api/casualties", {"offset": 10**30}),
    ("/api/casualties/totals", {"group": "+++"}), ("/api/casualties/totals", {"group": "A+" * 200}),
    ("/api/casualties/totals", {"outcome": "dead"}), ("/api/casualties/totals", {"scope": "\u202e" * 50}),
    ("/api/casualties/totals", {"from": "0001-01-01", "to": "9999-12-31"}),
    ("/api/control", {"limit": -5}), ("/api/places", {"admin1": "a" * 501}), ("/api/aggregates", {"by": "colour"}),
    ("/api/aggregates", {"by": "day", "from": "2024-02-30"}), ("/api/nothing-here", {}), ("/static/../app.py", {}),
]


@pytest.fixture
def client(database):
    reports = [SourceReport(f"c{n}", CLASH.format(town=town), date(2024, 3, 1 + n), "t")
               for n, town in enumerate(["كفرنبل", "سراقب"])]
    ingest(reports, database)
    with database.session() as session:
        token = create_token(session, "tester")
    with TestClient(create_app(database), raise_server_exceptions=False) as test_client:
        test_client.token = token
        test_client.writer = {"Authorization": f"Bearer {token}"}
        yield test_client


def assert_problem(response, status: int, *words: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert set(body) >= {"type", "title", "status", "detail"} and body["status"] == status
    for word in words:
        assert word in body["detail"], body
    return body


def test_hostile_parameters_are_4xx_problems_never_500(client):
    for path, params in HOSTILE_GETS:
        response = client.get(path, params=params)
        assert response.status_code < 500, (path, params, response.text[:300])
        if response.status_code >= 400:
            assert_problem(response, response.status_code)
    assert_problem(client.get("/api/events", params={"q": "a\x00b"}), 400, "NUL")
    assert_problem(client.get("/api/events", params={"offset": 10**30}), 422, "offset")
    assert_problem(client.get("/api/events/12345678901234567890"), 422, "event_id")
    assert_problem(client.get("/api/events/99999"), 404, "no event 99999")
    assert_problem(client.get("/api/nothing-here"), 404)
    assert_problem(client.delete("/api/events"), 405)


def test_validation_errors_name_the_field_without_repeating_the_value(client):
    body = assert_problem(client.get("/api/events", params={"limit": MARKER}), 422, "limit")
    assert MARKER not in str(body)
    response = client.post("/api/reports", json={"text": [MARKER * 100]}, headers=client.writer)
    assert_problem(response, 422, "text")
    assert MARKER not in response.text
    response = client.post("/api/reports", content=b'{"text": "' + MARKER.encode() + b'"', headers=client.writer)
    assert_problem(response, 422)
    assert MARKER not in response.text


def test_bodies_over_the_cap_are_refused_before_the_token_check_and_not_echoed(database):
    with TestClient(create_app(database, max_body=1000)) as small:
        for headers in ({}, {"Authorization": "Bearer wrong"}):
            response = small.post("/api/reports", content=b'{"text": "' + MARKER.encode() * 2000 + b'"}',
                                  headers={"Content-Type": "application/json", **headers})
            assert_problem(response, 413, "1,000 bytes")
            assert MARKER not in response.text and len(response.content) < 500
        chunked = small.post("/api/reports", content=(MARKER.encode() * 50 for _ in range(10)))  # no length given
        assert_problem(chunked, 413)
        assert MARKER not in chunked.text
        assert_problem(small.post("/api/reports", content=b"{}", headers={"Content-Length": "x"}), 413)
        assert_problem(small.post("/api/reports", json={"text": "نص"}), 401)  # under the cap: the token is checked


def test_wrong_tokens_are_throttled_per_client(database):
    with TestClient(create_app(database, throttle=guards.TokenThrottle(limit=3, window=60))) as c:
        with database.session() as session:
            token = create_token(session, "tester")
        for _ in range(3):
            assert_problem(c.post("/api/reports", json={"text": "نص"}, headers={"Authorization": "Bearer no"}), 401)
        throttled = c.post("/api/reports", json={"text": "نص"}, headers={"Authorization": "Bearer no"})
        assert_problem(throttled, 429, "too many wrong tokens")
        assert 1 <= int(throttled.headers["retry-after"]) <= 60
        # while throttled, even the right token waits: guessing must not learn which token is right
        assert c.post("/api/reports", json={"text": "نص"}, headers={"Authorization": f"Bearer {token}"}).status_code == 429
        assert c.get("/api/events").status_code == 200  # reading is not throttled


def test_the_throttle_counts_clients_apart_and_forgets_old_failures(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(guards.time, "monotonic", lambda: now[0])
    throttle = guards.TokenThrottle(limit=2, window=60, clients=2)
    throttle.failed("a"), throttle.failed("a")
    assert throttle.retry_after("a") == 60 and throttle.retry_after("b") == 0
    now[0] += 59.5
    assert throttle.retry_after("a") == 1
    now[0] += 1
    assert throttle.retry_after("a") == 0
    throttle.failed("b"), throttle.failed("c"), throttle.failed("d")  # full: the idle one is forgotten
    assert len(throttle.failures) <= 2


def test_review_edits_are_checked_against_the_taxonomy(client):
    event_id = client.get("/api/events").json()["items"][0]["id"]
    url = f"/api/events/{event_id}/review"
    for changes, words in [
        ({"actors": ["SYR_GOV", "NOT_AN_ACTOR"]}, ("actors: item 2 is not an actor id",)),
        ({"targets": "SYR_GOV"}, ("targets", "list")),
        ({"event_type": "Picnic"}, ("event_type", "taxonomy")),
        ({"sub_event_type": "Armed picnic"}, ("sub_event_type",)),
        ({"event_type": "Protests", "sub_event_type": "Armed clash"}, ("event type",)),
        ({"fatalities_best": 10**30}, ("fatalities",)),
        ({"fatalities_best": True}, ("fatalities",)),
        ({"place_id": 10**30}, ("no such place",)),
        ({"date_start": "2024-02-30"}, ("date_start",)),
        ({"date_start": "2024-03-05", "date_end": "2024-03-01"}, ("after",)),
    ]:
        response = client.post(url, json={"action": "edit", "changes": changes}, headers=client.writer)
        assert_problem(response, 422, *words)
    assert_problem(client.post(url, json={"action": "confirm", "note": "a\x00b"}, headers=client.writer), 422, "NUL")
    assert_problem(client.post(url, json={"action": "explode"}, headers=client.writer), 422, "unknown action")
    good = client.post(url, json={"action": "edit", "changes": {"actors": ["SYR_GOV"], "targets": ["HTS"],
                                                                "sub_event_type": "Air/drone strike"}},
                       headers=client.writer)
    assert good.status_code == 200 and good.json()["event_type"] == "Explosions/Remote violence"
    assert client.get(f"/api/events/{event_id}").json()["review_state"] == "edited"


def test_a_posted_report_that_fails_or_runs_over_its_budget_is_a_problem(client, monkeypatch):
    def over_budget(text, doc_id, report_date=None, time_budget=None):
        raise pipeline.ExtractionTimeout(f"extraction took longer than the time budget of {time_budget:g} s")

    monkeypatch.setattr(pipeline, "extract", over_budget)
    response = client.post("/api/reports", json={"text": CLASH.format(town="البارة")}, headers=client.writer)
    assert_problem(response, 422, "ExtractionTimeout", "10 s")
    monkeypatch.setattr(pipeline, "extract", lambda *a, **k: 1 / 0)
    assert_problem(client.post("/api/reports", json={"text": "نص"}, headers=client.writer), 422, "ZeroDivisionError")
    assert client.get("/api/reports").json()["total"] == 2  # nothing stored


def test_a_posted_report_with_nul_is_stored_cleaned_with_a_note(client):
    response = client.post("/api/reports", json={"text": CLASH.format(town="سرمين") + "\x00",
                                                 "outlet": "مرصد\x00"}, headers=client.writer)
    assert response.status_code == 201 and len(response.json()["notes"]) == 2
    stored = client.get(f"/api/reports/{response.json()['report_id']}").json()
    assert stored["text"].endswith("\ufffd") and stored["outlet"] == "مرصد\ufffd"
    assert stored["notes"] == response.json()["notes"]


def test_an_unexpected_failure_is_a_500_problem_without_a_traceback(client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(queries, "list_events", broken)
    response = client.get("/api/events")
    assert_problem(response, 500)
    assert "secret" not in response.text and "Traceback" not in response.text
    assert response.headers["x-frame-options"] == "DENY"


def test_security_headers_on_every_response(client):
    for path in ("/", "/docs", "/api/events", "/api/events/0", "/static/app.js", "/openapi.json", "/nowhere"):
        response = client.get(path)
        headers = response.headers
        assert headers["x-content-type-options"] == "nosniff", path
        assert headers["x-frame-options"] == "DENY" and headers["referrer-policy"] == "no-referrer", path
        assert "frame-ancestors 'none'" in headers["content-security-policy"], path
    assert "script-src 'self'" in client.get("/docs").headers["content-security-policy"]
    assert client.get("/api/events").headers["content-security-policy"].startswith("default-src 'none'")


def test_docs_come_from_the_package(client):
    page = client.get("/docs")
    assert page.status_code == 200 and "static/vendor/swagger-ui/swagger-ui-bundle.js" in page.text
    assert "http" not in page.text.replace("http-equiv", "")  # nothing from a CDN
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    assert client.get("/static/vendor/swagger-ui/LICENSE-swagger-ui.txt").status_code == 200
    assert client.get("/redoc").status_code == 404


def test_serve_options_for_the_body_cap_and_the_time_budget(capsys):
    from rasid.cli.main import build_parser, main

    args = build_parser().parse_args(["serve", "--max-body", "512k", "--time-budget", "0"])
    assert (args.max_body, args.time_budget) == (512 * 1024, None)
    assert build_parser().parse_args(["serve", "--max-body", "2M"]).max_body == 2 << 20
    assert build_parser().parse_args(["serve"]).max_body is None  # the app's default, 1 MB
    assert main(["serve", "--max-body", "lots"]) == 2
    assert "--max-body" in capsys.readouterr().err


def test_json_returned_by_a_route_itself_is_written_as_fastapi_would():
    """Routes that return SafeJSON skip FastAPI's encoder: dates, decimals (PostgreSQL sums) and sets read the same."""
    from datetime import datetime
    from decimal import Decimal

    from fastapi.encoders import jsonable_encoder

    body = {"day": date(2024, 3, 14), "at": datetime(2024, 3, 14, 9, 30), "n": Decimal("12"), "x": Decimal("1.5"),
            "ids": {3}, "text": "<b>&</b>"}
    assert guards.SafeJSON(body).body == guards.SafeJSON(jsonable_encoder(body)).body
    assert b"<" not in guards.SafeJSON(body).body and b'"n":12,' in guards.SafeJSON(body).body
