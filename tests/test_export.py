"""Export stage: ACLED CSV, GeoJSON, Parquet and JSONL from hand-built StoredEvents (no database)."""
import io
import json
import math
from datetime import date, datetime, timezone

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from rasid.export import FORMATS, acled_rows, export, filter_events, write_acled_csv, write_geojson, write_jsonl
from rasid.export.acled import COLUMNS
from rasid.export.parquet import SCHEMA, write_parquet
from rasid.records import Location, iso_or_none
from rasid.store.views import SourceMention, StoredEvent

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
ATARIB = Location("الأتارب", "Al-Atarib", "Aleppo", "Jebel Saman", "town", 36.1389, 36.8300, 1, "SY")
MOSUL = Location("الموصل", "Mosul", "Nineveh", None, "city", 36.34, 43.13, 1, "IQ")


def mention(doc_id: str, outlet: str | None = "SOHR") -> SourceMention:
    return SourceMention(1, doc_id, outlet, f"https://example.org/{doc_id}", date(2020, 3, 1), "نص الخبر",
                         (0, 8), "first report")


def event(id: int = 1, event_type: str = "Battles", sub: str = "Armed clash", start=date(2020, 3, 1), end=None,
          location=ATARIB, actors=("SYR_GOV",), targets=("HTS",), low=0, best=None, high=None,
          state="unreviewed", sources=("d1",), **kw) -> StoredEvent:
    return StoredEvent(id, f"SYR{id}", event_type, sub, start, end or start, location, list(actors), list(targets),
                       state, [mention(s) for s in sources], [], low, low if best is None else best,
                       low if high is None else high, kw.get("updated_at"))


def csv_frame(events) -> pd.DataFrame:
    buf = io.StringIO()
    write_acled_csv(events, buf)
    return pd.read_csv(io.StringIO(buf.getvalue()), keep_default_na=False)


# --- ACLED CSV ---

def test_csv_has_acleds_31_columns_in_order():
    assert list(COLUMNS) == ACLED_COLUMNS
    df = csv_frame([event()])
    assert list(df.columns) == ACLED_COLUMNS
    row = df.iloc[0]
    assert row.event_id_cnty == "SYR1" and row.event_date == "2020-03-01" and row.year == 2020
    assert row.time_precision == 1 and row.disorder_type == "Political violence"
    assert row.actor1 == "Military Forces of Syria (2000-2024)" and row.actor2 == "Hayat Tahrir al Sham"
    assert (row.inter1, row.inter2, row.interaction) == (1, 2, 12)
    assert (row.iso, row.region, row.country, row.admin1, row.location) == (760, "Middle East", "Syria", "Aleppo",
                                                                              "Al-Atarib")
    assert row.source == "SOHR" and row.source_scale == "Other" and row.tags == "" and row.timestamp == 0
    assert row.notes.startswith("On 2020-03-01, Armed clash involving Military Forces of Syria (2000-2024) and "
                                "Hayat Tahrir al Sham in Al-Atarib (Aleppo). Sources: d1.")


def test_csv_file_is_utf8_without_bom(tmp_path):
    path = tmp_path / "out.csv"
    summary = export([event(location=Location("الأتارب", None, "Aleppo"))], "acled-csv", path)
    raw = path.read_bytes()
    assert summary.written == 1 and not raw.startswith(b"\xef\xbb\xbf")
    assert "الأتارب" in raw.decode("utf-8")
    assert list(pd.read_csv(path).columns) == ACLED_COLUMNS


def test_multi_day_event_is_split_with_fatalities_to_the_earliest_days():
    rows = acled_rows([event(start=date(2020, 3, 1), end=date(2020, 3, 3), low=7, best=9, high=12)])
    assert [r["event_id_cnty"] for r in rows] == ["SYR1-1", "SYR1-2", "SYR1-3"]
    assert [r["event_date"] for r in rows] == ["2020-03-01", "2020-03-02", "2020-03-03"]
    assert [r["fatalities"] for r in rows] == [3, 2, 2]
    assert {r["time_precision"] for r in rows} == {2}
    assert "day 1 of 3" in rows[0]["notes"] and "Fatalities low/best/high: 3/3/4." in rows[0]["notes"]


def test_long_reports_are_precision_3():
    rows = acled_rows([event(start=date(2020, 3, 1), end=date(2020, 3, 10), low=4)])
    assert len(rows) == 10 and {r["time_precision"] for r in rows} == {3}
    assert [r["fatalities"] for r in rows] == [1, 1, 1, 1] + [0] * 6


def test_same_day_and_place_keeps_the_battle_and_sums_fatalities():
    battle = event(1, low=3, sources=("d1",))
    shelling = event(2, "Explosions/Remote violence", "Shelling/artillery/missile attack", low=2,
                     actors=("RUSSIA",), targets=("CIVILIANS",), sources=("d2",))
    shelling.sources[0].outlet = "Enab Baladi"
    rows = acled_rows([shelling, battle])
    assert len(rows) == 1
    row = rows[0]
    assert (row["event_type"], row["sub_event_type"], row["event_id_cnty"]) == ("Battles", "Armed clash", "SYR1")
    assert row["fatalities"] == 5
    assert row["actor1"] == "Military Forces of Syria (2000-2024)"
    assert row["assoc_actor_1"] == "Military Forces of Russia (2000-)"
    assert (row["actor2"], row["assoc_actor_2"]) == ("Hayat Tahrir al Sham", "Civilians (Syria)")
    assert row["source"] == "Enab Baladi; SOHR"
    assert "Sources: d1." in row["notes"] and "Sources: d2." in row["notes"]
    assert row["civilian_targeting"] == ""  # a battle is never civilian targeting


def test_different_places_or_days_are_not_merged():
    other_place = event(2, location=Location("سرمدا", "Sarmada", "Idlib", latitude=36.18, longitude=36.72))
    other_day = event(3, start=date(2020, 3, 2))
    assert len(acled_rows([event(1), other_place, other_day])) == 3


def test_rejected_and_undated_events_are_skipped_and_counted():
    buf = io.StringIO()
    summary = write_acled_csv([event(1), event(2, state="rejected"), event(3, start=None, end=None)], buf)
    assert summary.written == 1 and summary.skipped == {"rejected": 1, "no_date": 1}
    assert [r["event_id_cnty"] for r in acled_rows([event(1), event(2, state="rejected")])] == ["SYR1"]


def test_civilian_targets_iraq_and_missing_actors():
    iraq = event(1, "Violence against civilians", "Attack", location=MOSUL, actors=("ISIS",),
                 targets=("CIVILIANS",), updated_at=datetime(2020, 3, 2, tzinfo=timezone.utc))
    row = acled_rows([iraq])[0]
    assert (row["actor1"], row["actor2"], row["interaction"]) == ("Islamic State (Iraq)", "Civilians (Iraq)", 27)
    assert (row["civilian_targeting"], row["iso"], row["country"]) == ("Civilian targeting", 368, "Iraq")
    assert row["timestamp"] == 1583107200
    mine = event(2, "Explosions/Remote violence", "Remote explosive/landmine/IED", actors=(), targets=("CIVILIANS",))
    row = acled_rows([mine])[0]
    assert (row["actor1"], row["inter1"], row["interaction"]) == ("Unidentified Armed Group (Syria)", 3, 37)
    protest = event(3, "Protests", "Peaceful protest", actors=(), targets=(), location=None)
    row = acled_rows([protest])[0]
    assert (row["actor1"], row["actor2"], row["interaction"], row["disorder_type"]) == \
        ("Protesters (Syria)", "", 60, "Demonstrations")
    assert (row["geo_precision"], row["latitude"], row["location"]) == (3, None, "")


def test_foreign_forces_are_external():
    row = acled_rows([event(actors=("TURKEY",), targets=("SDF",))])[0]
    assert (row["inter1"], row["inter2"], row["interaction"]) == (8, 2, 28)


# --- GeoJSON ---

def test_geojson_points_and_skipped_events():
    nowhere = event(2, location=Location("مكان", None, "Idlib"))
    nan = event(3, location=Location("مكان", None, "Idlib", latitude=float("nan"), longitude=36.0))
    buf = io.StringIO()
    summary = write_geojson([event(1, low=2, best=3, high=4), nowhere, nan], buf)
    assert summary.written == 1 and summary.skipped == {"no_coordinates": 2}
    data = json.loads(buf.getvalue())
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 1
    for f in data["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert all(isinstance(v, float) and math.isfinite(v) for v in (lon, lat))
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    props = data["features"][0]["properties"]
    assert data["features"][0]["geometry"]["coordinates"] == [36.83, 36.1389]
    assert props["event_date"] == "2020-03-01" and props["date_end"] == "2020-03-01"
    assert (props["actors"], props["targets"], props["admin1"], props["location"]) == \
        ("SYR_GOV", "HTS", "Aleppo", "Al-Atarib")
    assert (props["fatalities_low"], props["fatalities_best"], props["fatalities_high"]) == (2, 3, 4)
    assert props["sources"] == 1 and props["review_state"] == "unreviewed" and props["notes"].startswith("On ")


def test_geojson_file_rounds_coordinates(tmp_path):
    loc = Location("x", "X", "Homs", latitude=34.123456789, longitude=36.987654321, geo_precision=2)
    path = tmp_path / "out.geojson"
    export([event(location=loc, end=date(2020, 3, 2))], "geojson", path)
    feature = json.loads(path.read_text(encoding="utf-8"))["features"][0]
    assert feature["geometry"]["coordinates"] == [36.98765, 34.12346]
    assert feature["properties"]["notes"].startswith("From 2020-03-01 to 2020-03-02,")


# --- Parquet ---

def parquet_events():
    return [
        event(1, low=3, best=4, high=6, updated_at=datetime(2020, 3, 2, 10, 30, tzinfo=timezone.utc)),
        event(2, "Explosions/Remote violence", "Air/drone strike", start=date(2020, 3, 1), end=date(2020, 3, 4),
              location=MOSUL, actors=("COALITION", "IRAQ_GOV"), targets=("ISIS",), sources=("d2", "d3")),
        event(3, location=None, actors=(), targets=(), sources=(), start=None, end=None),
    ]


def test_parquet_round_trips_through_pyarrow(tmp_path):
    path = tmp_path / "events.parquet"
    summary = export(parquet_events(), "parquet", path)
    assert summary.written == 3
    table = pq.read_table(path)
    assert table.schema.equals(SCHEMA)
    assert table.schema.field("date_start").type == pa.date32()
    assert table.schema.field("actors").type == pa.list_(pa.string())
    rows = table.to_pylist()
    assert rows[0]["date_start"] == date(2020, 3, 1) and rows[0]["fatalities_best"] == 4
    assert rows[0]["updated_at"] == datetime(2020, 3, 2, 10, 30, tzinfo=timezone.utc)
    assert rows[1]["actors"] == ["COALITION", "IRAQ_GOV"] and rows[1]["country"] == "Iraq"
    assert [s["doc_id"] for s in rows[1]["sources"]] == ["d2", "d3"]
    assert rows[1]["sources"][0] == {"doc_id": "d2", "outlet": "SOHR", "url": "https://example.org/d2",
                                     "evidence": "نص الخبر"}
    assert rows[2]["date_start"] is None and rows[2]["latitude"] is None and rows[2]["sources"] == []


def test_parquet_reads_with_pandas(tmp_path):
    path = tmp_path / "events.parquet"
    write_parquet(parquet_events(), path)
    df = pd.read_parquet(path)
    assert len(df) == 3 and list(df.columns) == SCHEMA.names
    assert df["id"].tolist() == [1, 2, 3] and str(df["id"].dtype) == "int64"
    assert df["fatalities_low"].tolist() == [3, 0, 0] and str(df["fatalities_low"].dtype) == "int64"
    assert df["date_start"].iloc[1] == date(2020, 3, 1) and df["date_end"].iloc[1] == date(2020, 3, 4)
    assert list(df["actors"].iloc[1]) == ["COALITION", "IRAQ_GOV"]
    assert df["latitude"].iloc[1] == pytest.approx(36.34) and pd.isna(df["latitude"].iloc[2])
    assert df["updated_at"].iloc[0] == pd.Timestamp("2020-03-02 10:30", tz="UTC")
    assert df["location_name_ar"].iloc[0] == "الأتارب"
    nullable = pd.read_parquet(path, dtype_backend="numpy_nullable")
    assert str(nullable["geo_precision"].dtype) == "Int64" and nullable["geo_precision"].tolist()[:2] == [1, 1]


# --- JSONL ---

def test_jsonl_one_object_per_event():
    buf = io.StringIO()
    summary = write_jsonl(parquet_events(), buf)
    lines = buf.getvalue().splitlines()
    assert summary.written == 3 and len(lines) == 3
    first = json.loads(lines[0])
    assert first["date_start"] == "2020-03-01" and first["updated_at"] == "2020-03-02T10:30:00+00:00"
    assert first["location"]["name_ar"] == "الأتارب" and first["sources"][0]["evidence_span"] == [0, 8]
    assert json.loads(lines[2])["location"] is None and json.loads(lines[2])["date_start"] is None
    assert "الأتارب" in buf.getvalue()  # not \u-escaped


# --- dispatch and filtering ---

def test_export_dispatch():
    assert set(FORMATS) == {"acled-csv", "geojson", "parquet", "jsonl"}
    with pytest.raises(ValueError):
        export([], "xlsx", "out.xlsx")


def test_filter_events():
    events = [event(1, start=date(2020, 3, 1), end=date(2020, 3, 5)),
              event(2, "Explosions/Remote violence", "Air/drone strike", start=date(2020, 4, 1),
                    location=MOSUL),
              event(3, start=None, end=None)]
    ids = lambda **kw: [e.id for e in filter_events(events, **kw)]  # noqa: E731
    assert ids() == [1, 2, 3]
    assert ids(date_from=date(2020, 3, 4), date_to=date(2020, 3, 31)) == [1]
    assert ids(date_from=date(2020, 3, 6)) == [2]
    assert ids(admin1="aleppo") == [1, 3]
    assert ids(event_type="air/drone strike") == [2] and ids(event_type="BATTLES") == [1, 3]


def test_a_period_of_months_is_one_row_not_a_row_a_day():
    from datetime import date as _date

    from rasid.export.acled import acled_rows
    from rasid.records import Location
    from rasid.store.views import StoredEvent

    event = StoredEvent(id=9, event_id_cnty="SYR9", event_type="Battles", sub_event_type="Armed clash",
                        date_start=_date(2024, 1, 1), date_end=_date(2024, 6, 30),
                        location=Location(name_ar="سراقب", name_en="Saraqib", admin1="Idlib", latitude=35.86,
                                          longitude=36.8, geo_precision=1, country="SY"),
                        actors=["SYR_GOV"], targets=["HTS"], review_state="unreviewed",
                        fatalities_low=40, fatalities_best=40, fatalities_high=40)
    rows = acled_rows([event])
    assert len(rows) == 1
    assert (rows[0]["event_date"], rows[0]["time_precision"], rows[0]["fatalities"]) == ("2024-01-01", 3, 40)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_a_failed_export_leaves_the_earlier_file_as_it_was(tmp_path, fmt):
    def failing():
        yield from parquet_events()
        raise RuntimeError("the database went away")

    path = tmp_path / f"out{fmt}"
    path.write_bytes(b"the export of yesterday")
    with pytest.raises(RuntimeError):
        export(failing(), fmt, path)
    assert path.read_bytes() == b"the export of yesterday"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no half-written file left behind
    assert export(parquet_events(), fmt, path).written > 0 and path.read_bytes() != b"the export of yesterday"


def test_an_export_keeps_the_mode_of_the_file_it_replaces(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text("old")
    path.chmod(0o640)
    export(parquet_events(), "jsonl", path)
    assert path.stat().st_mode & 0o777 == 0o640


def test_every_output_writes_a_day_as_iso_text_and_no_day_as_none():
    assert iso_or_none(date(2019, 3, 4)) == "2019-03-04"
    assert iso_or_none(datetime(2019, 3, 4, 5, 6, tzinfo=timezone.utc)) == "2019-03-04T05:06:00+00:00"
    assert iso_or_none(None) is None
