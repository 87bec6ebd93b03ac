"""`rasid gazetteer import FILE --format geojson-boundaries`: admin polygons of three publishers into the gazetteer
store, matched to the project's governorate and district names; /api/boundaries and /api/choropleth over them."""
from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient

from rasid.api.app import create_app
from rasid.cli.main import main
from rasid.geo.store import GazetteerStore
from rasid.sources import SourceReport
from rasid.store.ingest import ingest

import boundary_data


@pytest.fixture
def store(tmp_path):
    return tmp_path / "gazetteer.sqlite"


def imports(capsys, store, path, *more) -> tuple[int, str, str]:
    rc = main(["gazetteer", "import", str(path), "--format", "geojson-boundaries", "--db", str(store), *more])
    captured = capsys.readouterr()
    return rc, captured.out, captured.err


def test_who_s_on_first_polygons_get_the_project_s_names(capsys, tmp_path, store):
    wof, _, _ = boundary_data.write_all(tmp_path / "in")
    rc, out, err = imports(capsys, store, wof)
    assert rc == 0 and err == ""
    assert "10 rows read" in out and "7 added" in out and "2 rejected" in out and "1 skipped" in out
    assert "superseded 1" in out and "unknown governorate 1" in out and "United Nations Neutral Zone" in out
    with GazetteerStore(store, readonly=True) as s:
        units = {(u["level"], u["admin1"], u["admin2"]) for u in s.boundaries()}
        sources = s.sources()
    assert units == {("admin1", "Idlib", None), ("admin1", "Aleppo", None), ("admin1", "Daraa", None),
                     ("admin2", "Idlib", "Ariha"), ("admin2", "Idlib", "Maarrat al-Numan"),
                     ("admin2", "Idlib", "Jisr al-Shughur"), ("admin2", "Aleppo", "Al-Bab")}
    assert "Who's On First" in sources["wof-boundaries"]["attribution"]
    rc, out, _ = imports(capsys, store, wof)
    assert rc == 0 and "0 added" in out and "7 already present" in out


def test_geoboundaries_districts_are_placed_in_the_governorate_they_lie_in(capsys, tmp_path, store):
    wof, geoboundaries, cod = boundary_data.write_all(tmp_path / "in")
    imports(capsys, store, wof)
    rc, out, _ = imports(capsys, store, geoboundaries)
    assert rc == 0 and "source 'geoboundaries'" in out and "1 added" in out
    rc, out, _ = imports(capsys, store, cod, "--licence", "CC BY 3.0 IGO, OCHA")
    assert rc == 0 and "source 'cod-ab'" in out and "1 added" in out
    with GazetteerStore(store, readonly=True) as s:
        by_source = {u["source"]: u for u in s.boundaries()}
        assert s.sources()["cod-ab"]["licence"] == "CC BY 3.0 IGO, OCHA"
    assert (by_source["geoboundaries"]["admin1"], by_source["geoboundaries"]["admin2"]) == ("Daraa", "Izra")
    assert (by_source["cod-ab"]["admin1"], by_source["cod-ab"]["name_ar"]) == ("Deir ez-Zor", "دير الزور")
    rc = main(["gazetteer", "stats", "--db", str(store)])
    assert rc == 0 and "boundaries: admin1 cod-ab 1" in capsys.readouterr().out


def test_polygons_are_simplified_and_rounded(capsys, tmp_path, store):
    wiggly = [[36.0 + i * 0.0001, 35.3 + (i % 2) * 0.00001] for i in range(2000)]
    ring = [[36.0, 35.0], *wiggly, [36.2, 36.0], [36.0, 35.0]]
    path = boundary_data.write(tmp_path / "wiggly.geojson", [boundary_data.wof(
        "region", 7, "Idlib", "إدلب", "Idlib", {"type": "Polygon", "coordinates": [ring]})])
    assert imports(capsys, store, path)[0] == 0
    with GazetteerStore(store, readonly=True) as s:
        (unit,) = s.boundaries()
    points = unit["geometry"]["coordinates"][0]
    assert len(points) < 20 and all(len(str(x).split(".")[-1]) <= 5 for p in points for x in p)


@pytest.mark.parametrize("content, message", [
    ("not json", "not JSON"),
    ('{"type": "Feature"}', "not a GeoJSON FeatureCollection"),
    ('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"x": 1}, "geometry": null}]}',
     "no Who's On First, geoBoundaries or COD-AB admin properties"),
])
def test_a_file_that_is_not_boundaries_is_one_line_and_stores_nothing(capsys, tmp_path, store, content, message):
    wof, _, _ = boundary_data.write_all(tmp_path / "in")
    imports(capsys, store, wof)
    bad = tmp_path / "bad.geojson"
    bad.write_text(content, encoding="utf-8")
    rc, out, err = imports(capsys, store, bad)
    assert rc == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert message in err and "nothing was stored" in err
    with GazetteerStore(store, readonly=True) as s:
        assert len(s.boundaries()) == 7


@pytest.fixture
def client(database, tmp_path, capsys):
    store = tmp_path / "gazetteer.sqlite"
    wof, geoboundaries, _ = boundary_data.write_all(tmp_path / "in")
    for path in (wof, geoboundaries):
        assert imports(capsys, store, path)[0] == 0
    reports = [
        SourceReport("a", "قصفت قوات النظام بالمدفعية الثقيلة مدينة أريحا بريف إدلب الجنوبي، ما أدى لمقتل مدنيين اثنين.",
                     date(2024, 3, 1), "t"),
        SourceReport("b", "قصفت قوات النظام بالمدفعية الثقيلة مدينة الباب بريف حلب الشرقي، ما أدى لمقتل 3 مدنيين.",
                     date(2024, 3, 2), "t"),
        SourceReport("c", "اندلعت اشتباكات عنيفة اليوم بين قوات النظام وهيئة تحرير الشام على محور بلدة كفرنبل بريف "
                          "إدلب الجنوبي.", date(2024, 3, 3), "t"),
    ]
    ingest(reports, database)
    with TestClient(create_app(database, gazetteer_store=store)) as test_client:
        yield test_client


def test_the_api_serves_imported_boundaries_with_their_attribution(client):
    body = client.get("/api/boundaries").json()
    assert body["kind"] == "boundaries" and len(body["features"]) == 8
    assert {a["source"] for a in body["attribution"]} == {"wof-boundaries", "geoboundaries"}
    names = {f["properties"]["name"] for f in body["features"]}
    assert {"Idlib", "Aleppo", "Ariha", "Izra"} <= names
    config = client.get("/api/config").json()
    assert config["admin_names_ar"]["Ariha"] == "أريحا" and config["admin_names_ar"]["Idlib"] == "إدلب"


def test_the_choropleth_counts_events_per_governorate_and_district(client):
    ids = {f["properties"]["name"]: f["id"] for f in client.get("/api/boundaries").json()["features"]}
    by_admin1 = {v["id"]: v for v in client.get("/api/choropleth", params={"level": "admin1"}).json()["items"]}
    assert by_admin1[ids["Idlib"]]["events"] == 2 and by_admin1[ids["Idlib"]]["killed"] == 2
    assert by_admin1[ids["Aleppo"]]["events"] == 1 and by_admin1[ids["Aleppo"]]["killed"] == 3
    body = client.get("/api/choropleth", params={"level": "admin2", "type": "Explosions/Remote violence"}).json()
    by_admin2 = {v["id"]: v["events"] for v in body["items"]}
    assert by_admin2 == {ids["Ariha"]: 1, ids["Al-Bab"]: 1}
    assert client.get("/api/choropleth", params={"level": "admin3"}).status_code == 422


def test_without_boundaries_the_api_serves_the_sketch(database, tmp_path):
    with TestClient(create_app(database, gazetteer_store=tmp_path / "none.sqlite")) as test_client:
        body = test_client.get("/api/boundaries").json()
        assert body["kind"] == "sketch" and body["attribution"] == [] and body["features"]
        assert test_client.get("/api/choropleth").status_code == 409


def test_an_older_store_without_a_boundaries_table_reads_as_none(tmp_path):
    path = tmp_path / "old.sqlite"
    with GazetteerStore(path) as s:
        s.conn.execute("DROP TABLE boundaries")
    with GazetteerStore(path, readonly=True) as s:
        assert s.boundaries() == [] and s.stats()["boundaries"] == {}
