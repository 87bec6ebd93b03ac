"""The HTTP API on SQLite and PostgreSQL: filters, pagination, tokens, escaping, ingest by POST."""
from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient

from rasid.api.app import create_app
from rasid.sources import SourceReport
from rasid.store.ingest import ingest, write_all
from rasid.store.review import create_token

CLASH = "اندلعت اشتباكات عنيفة اليوم بين قوات النظام وهيئة تحرير الشام على محور بلدة {town} بريف إدلب الجنوبي."
SHELLING = "قصفت قوات النظام بالمدفعية الثقيلة مدينة نوى بريف درعا الغربي، ما أدى لمقتل مدنيين اثنين."
HTML_REPORT = ('تجمع محتجون في ساحة الكرامة وسط مدينة السويداء ورفعوا لافتة كتب عليها "<script>alert(1)</script>" '
               'للسخرية من الرقابة، في مظاهرة سلمية جديدة.')
TOWNS = ["كفرنبل", "سراقب", "البارة", "كنصفرة", "معرة النعمان", "خان شيخون", "أريحا"]


@pytest.fixture
def client(database):
    reports = [SourceReport(f"c{n}", CLASH.format(town=town), date(2024, 3, 1 + 2 * n), "t", outlet="مرصد أ")
               for n, town in enumerate(TOWNS)]
    reports.append(SourceReport("s1", SHELLING, date(2024, 4, 2), "t"))
    reports.append(SourceReport("h1", HTML_REPORT, date(2024, 4, 3), "t"))
    ingest(reports, database)
    with database.session() as session:
        token = create_token(session, "tester")
    with TestClient(create_app(database)) as test_client:
        test_client.token = token
        yield test_client


def test_event_filters(client):
    assert client.get("/api/events").json()["total"] == 9
    assert client.get("/api/events", params={"admin1": "Daraa"}).json()["total"] == 1
    assert client.get("/api/events", params={"type": "Battles"}).json()["total"] == 7
    assert client.get("/api/events", params={"from": "2024-03-05", "to": "2024-03-31"}).json()["total"] == 5
    assert client.get("/api/events", params={"actor": "HTS"}).json()["total"] == 7
    assert client.get("/api/events", params={"place": "Saraqib"}).json()["total"] == 1
    assert client.get("/api/events", params={"q": "نوى"}).json()["total"] == 1
    assert client.get("/api/events", params={"state": "unreviewed"}).json()["total"] == 9
    assert client.get("/api/events", params={"state": "nonsense"}).status_code == 422


def test_pagination(client):
    first = client.get("/api/events", params={"limit": 4}).json()
    second = client.get("/api/events", params={"limit": 4, "offset": 4}).json()
    third = client.get("/api/events", params={"limit": 4, "offset": 8}).json()
    ids = [e["id"] for page in (first, second, third) for e in page["items"]]
    assert first["total"] == 9 and len(ids) == 9 == len(set(ids))
    dates = [e["date_start"] for page in (first, second, third) for e in page["items"]]
    assert dates == sorted(dates, reverse=True)
    assert client.get("/api/events", params={"limit": 501}).status_code == 422


def test_paging_by_key_gives_the_pages_of_paging_by_offset(client, database):
    from test_writer import KAFR_NABL, clash, item

    undated = [item(f"u{n}", clash(KAFR_NABL, ["SYR_GOV"], day=None)) for n in range(3)]
    write_all(undated, database)
    by_offset = [e["id"] for offset in range(0, 12, 5)
                 for e in client.get("/api/events", params={"limit": 5, "offset": offset}).json()["items"]]
    by_key, after = [], None
    while True:
        page = client.get("/api/events", params={"limit": 5, **({"after": after} if after else {})}).json()
        by_key += [e["id"] for e in page["items"]]
        after = page["next"]
        if after is None:
            break
    assert len(by_offset) == 12 and by_key == by_offset
    assert by_offset[-3:] == sorted(by_offset[-3:], reverse=True)  # the undated events last, newest first
    second = client.get("/api/events", params={"limit": 5, "offset": 5}).json()["items"]
    first = client.get("/api/events", params={"limit": 2}).json()
    assert [e["id"] for e in client.get("/api/events", params={"limit": 5, "offset": 3, "after": first["next"]})
            .json()["items"]] == [e["id"] for e in second]
    assert client.get("/api/events", params={"after": "soon"}).status_code == 422
    too_far = client.get("/api/events", params={"after": "2024-01-01:99999999999"})  # past an INTEGER id
    assert too_far.status_code == 422 and "99999999999" not in too_far.text  # refused, not echoed


def test_detail_aggregates_and_other_collections(client):
    event = client.get("/api/events", params={"admin1": "Daraa"}).json()["items"][0]
    detail = client.get(f"/api/events/{event['id']}").json()
    assert detail["sources"][0]["evidence"] and detail["fatalities"]["best"] == 2
    assert detail["tolls"][0]["group"] == ["CIVILIANS"]
    assert client.get("/api/events/99999").status_code == 404
    by_admin1 = {row["key"]: row for row in client.get("/api/aggregates", params={"by": "admin1"}).json()["items"]}
    assert by_admin1["Idlib"]["events"] == 7 and by_admin1["Daraa"]["killed"] == 2
    assert client.get("/api/aggregates", params={"by": "colour"}).status_code == 422
    assert client.get("/api/casualties", params={"admin1": "Daraa"}).json()["items"][0]["low"] == 2
    assert client.get("/api/places", params={"admin1": "Idlib"}).json()["total"] >= 7
    actors = {a["id"] for a in client.get("/api/actors").json()["items"]}
    assert {"SYR_GOV", "HTS"} <= actors
    assert client.get("/api/control").json()["total"] == 0
    assert client.get("/api/boundaries").json()["type"] == "FeatureCollection"
    assert "/api/events" in client.get("/openapi.json").json()["paths"]


def test_writes_need_a_token(client):
    event_id = client.get("/api/events").json()["items"][0]["id"]
    body = {"action": "confirm"}
    assert client.post(f"/api/events/{event_id}/review", json=body).status_code == 401
    assert client.post(f"/api/events/{event_id}/review", json=body,
                       headers={"Authorization": "Bearer wrong"}).status_code == 401
    answer = client.post(f"/api/events/{event_id}/review", json=body,
                         headers={"Authorization": f"Bearer {client.token}"})
    assert answer.status_code == 200 and answer.json()["review_state"] == "confirmed"
    assert answer.json()["reviews"][0]["user"] == "tester"
    edit = {"action": "edit", "changes": {"sub_event_type": "Air/drone strike", "fatalities_best": 3}, "note": "n"}
    edited = client.post(f"/api/events/{event_id}/review", json=edit,
                         headers={"Authorization": f"Bearer {client.token}"}).json()
    assert edited["event_type"] == "Explosions/Remote violence" and edited["fatalities"]["best"] == 3
    bad = client.post(f"/api/events/{event_id}/review", json={"action": "edit", "changes": {"colour": 1}},
                      headers={"Authorization": f"Bearer {client.token}"})
    assert bad.status_code == 422 and "cannot be edited" in bad.json()["detail"]


def test_posting_a_report_ingests_it_once(client):
    report = {"text": CLASH.format(town="سرمين"), "report_date": "2024-05-01", "outlet": "شبكة ب"}
    assert client.post("/api/reports", json=report).status_code == 401
    auth = {"Authorization": f"Bearer {client.token}"}
    first = client.post("/api/reports", json=report, headers=auth)
    assert first.status_code == 201 and first.json()["status"] == "added" and first.json()["events"]
    again = client.post("/api/reports", json=report, headers=auth).json()
    assert again["status"] == "already stored" and again["report_id"] == first.json()["report_id"]
    assert client.get("/api/events").json()["total"] == 10
    assert client.post("/api/reports", json={"text": ""}, headers=auth).status_code == 422


def test_html_in_a_report_is_served_escaped(client):
    found = client.get("/api/reports", params={"q": "الكرامة"}).json()["items"]
    assert len(found) == 1
    response = client.get(f"/api/reports/{found[0]['id']}")
    assert "<script>" not in response.text and "\\u003cscript\\u003e" in response.text
    assert response.json()["text"] == HTML_REPORT  # the JSON value is the text, unchanged
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["content-type"].startswith("application/json")
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "default-src 'self'" in page.headers["content-security-policy"]


def test_exporting_the_filtered_events(client):
    import csv
    import io
    import json

    import pandas as pd

    answer = client.get("/api/export", params={"format": "acled-csv", "admin1": "Idlib"})
    assert answer.status_code == 200 and answer.headers["x-rasid-events"] == "7"
    assert answer.headers["content-disposition"] == 'attachment; filename="rasid-events-idlib.csv"'
    rows = list(csv.reader(io.StringIO(answer.text)))
    assert len(rows[0]) == 31 and rows[0][0] == "event_id_cnty" and len(rows) == 8
    geojson = client.get("/api/export", params={"format": "geojson", "type": "Battles", "from": "2024-03-05"}).json()
    assert len(geojson["features"]) == client.get("/api/events", params={"type": "Battles", "from": "2024-03-05"}).json()["total"]
    lines = client.get("/api/export", params={"format": "jsonl", "q": "نوى"}).text.splitlines()
    assert [json.loads(line)["location"]["admin1"] for line in lines] == ["Daraa"]
    table = pd.read_parquet(io.BytesIO(client.get("/api/export", params={"format": "parquet"}).content))
    assert len(table) == 9
    assert client.get("/api/export", params={"format": "xlsx"}).status_code == 422


def test_an_export_over_the_limit_is_refused(database):
    ingest([SourceReport(f"c{n}", CLASH.format(town=town), date(2024, 3, 1 + 2 * n), "t") for n, town in enumerate(TOWNS)],
           database)
    with TestClient(create_app(database, export_limit=5)) as small:
        answer = small.get("/api/export", params={"format": "geojson"})
        assert answer.status_code == 413 and "7 events match" in answer.json()["detail"]
        assert small.get("/api/export", params={"format": "geojson", "to": "2024-03-03"}).status_code == 200


def test_the_config_carries_the_labels_of_the_taxonomy(client):
    from rasid.taxonomy import ACTORS, EVENT_TYPES, SUB_EVENT_TYPES

    config = client.get("/api/config").json()
    assert [t["id"] for t in config["event_types"]] == list(EVENT_TYPES)
    assert sorted(s["id"] for t in config["event_types"] for s in t["sub_event_types"]) == sorted(SUB_EVENT_TYPES)
    assert [a["id"] for a in config["actors"]] == list(ACTORS)
    battles = config["event_types"][0]
    assert battles["label"] == {"ar": "معارك", "en": "Battles"} and battles["color"].startswith("#")
    assert len({t["color"] for t in config["event_types"]}) == len(EVENT_TYPES)
    assert config["admin_names_ar"]["Deir ez-Zor"] == "دير الزور" and config["bulletin_url"] == "api/bulletin"


def test_map_points_are_compact_rows_of_the_located_events(client):
    body = client.get("/api/map", params={"admin1": "Idlib"}).json()
    assert body["fields"] == ["id", "latitude", "longitude", "event_type", "date", "killed"]
    assert body["total"] == len(body["points"]) == 7
    dates = [p[4] for p in body["points"]]
    assert dates == sorted(dates, reverse=True) and all(p[3] == "Battles" for p in body["points"])
    capped = client.get("/api/map", params={"limit": 3}).json()
    assert capped["total"] == 9 and len(capped["points"]) == 3
    assert client.get("/api/map", params={"limit": 0}).status_code == 422
