"""The API under a scripted attack: hostile parameters, bodies and tokens against a real server.

    python benchmarks/api_hostile.py [--requests 1500] [--seed 1] [--postgres URL]

Serves the real app with uvicorn on 127.0.0.1 over a new database (SQLite; and with --postgres or
$RASID_TEST_POSTGRES, a PostgreSQL database made on that server and dropped afterwards) holding the example
reports, then sends: GETs of every endpoint with random hostile parameters (NUL, 10**30, 20-digit ids, negative
and huge offsets, 10,000-character strings, bidi controls, SQL and FTS syntax, impossible dates, traversal in
paths, invalid percent-escapes); POSTs with a valid token of broken JSON, wrong types, NUL, impossible review
edits; a 20 MB body without a token (declared and chunked); and 200 wrong tokens in a row. Every request body
carries a marker, so that an error that echoes the body is seen. Counted: answers by status, 5xx, answers that
echo the marker, answers without the security headers, and when throttling engaged. Exit status 1 on any 5xx,
echo or missing header, or if the throttle never engages.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path
from urllib.parse import quote, urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dashboard import serve  # noqa: E402
from rasid.sources import iter_reports  # noqa: E402
from rasid.store.db import open_database  # noqa: E402
from rasid.store.ingest import ingest  # noqa: E402
from rasid.store.review import create_token  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent.parent / "rasid" / "data" / "examples" / "reports.jsonl"
MARKER = "ZZECHOZZ"
HEADERS = ("content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy")
GETS = ["/api/events", "/api/reports", "/api/casualties", "/api/casualties/totals", "/api/control", "/api/places",
        "/api/actors", "/api/aggregates", "/api/boundaries", "/api/config", "/api/events/{id}", "/api/reports/{id}"]
PARAMS = ["from", "to", "admin1", "admin2", "place", "actor", "type", "state", "q", "limit", "offset", "by",
          "outcome", "scope", "group"]


def hostile_values(rng: random.Random) -> list[str]:
    return ["\x00", "a\x00b", str(10**30), str(-10**30), "-1", "0", "12345678901234567890", str(2**63), str(2**31),
            "1e309", "NaN", "x" * 10_000, "\u202e" * 30, "ـ" * 200, "' OR 1=1 --", '"*) OR NEAR((', "%", "_",
            "\\", "2024-13-45", "2024-02-30", "0000-00-00", "99999-01-01", "9999-12-31", "0001-01-01", "",
            " ", "null", "[]", "{}", "../../etc/passwd", "<script>x</script>", "day", "admin1", "killed",
            "SYR_GOV+HTS", "+" * 100, "قتل " * 200, MARKER, str(rng.randint(-10**6, 10**6)), "\ud800".encode(
                "utf-8", "surrogatepass").decode("latin-1")]


class Tally:
    def __init__(self) -> None:
        self.statuses: Counter = Counter()
        self.server_errors: list[str] = []
        self.echoes: list[str] = []
        self.no_headers: list[str] = []
        self.throttled_after: int | None = None

    def see(self, what: str, status: int, headers: dict[str, str], body: bytes, sent_marker: bool) -> None:
        self.statuses[status] += 1
        if status >= 500:
            self.server_errors.append(f"{status} {what[:160]}: {body[:200]!r}")
        if status >= 400 and sent_marker and MARKER.encode() in body:  # an error repeating what was sent
            self.echoes.append(f"{status} {what[:160]}")
        missing = [h for h in HEADERS if h not in headers]
        if missing:
            self.no_headers.append(f"{status} {what[:120]}: no {', '.join(missing)}")


def send(port: int, method: str, path: str, body=None, headers: dict | None = None, chunked: bool = False):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request(method, path, body=body, headers=headers or {}, encode_chunked=chunked)
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    except (ConnectionError, http.client.HTTPException) as exc:  # the server may close on a refused body
        return 0, {h: "" for h in HEADERS}, repr(exc).encode()
    finally:
        connection.close()


def attack(port: int, token: str, n: int, seed: int) -> Tally:
    rng, tally = random.Random(seed), Tally()
    values = hostile_values(rng)
    auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    for _ in range(n):
        path = rng.choice(GETS).replace("{id}", quote(rng.choice(values + ["1", "2"]), safe=""))
        params = {rng.choice(PARAMS): rng.choice(values) for _ in range(rng.randint(0, 4))}
        query = urlencode(params) if rng.random() < 0.8 else "q=%ff%fe%00&limit=%"
        status, headers, body = send(port, "GET", f"{path}?{query}")
        tally.see(f"GET {path}?{query}", status, headers, body, MARKER in query or MARKER in path)
    for path in ("/static/../rasid/store/db.py", "/static/%2e%2e/app.py", "/api/events/%00", "/docs", "/",
                 "/openapi.json", "/redoc", "/api/nothing"):
        tally.see(f"GET {path}", *send(port, "GET", path), False)
    for body in _bodies(rng, values):
        for path in ("/api/reports", "/api/events/1/review", "/api/events/99999999999/review"):
            status, headers, answer = send(port, "POST", path, body=body, headers=auth)
            tally.see(f"POST {path} {body[:100]!r}", status, headers, answer, True)
    big = ('{"text": "' + MARKER * (20_000_000 // len(MARKER)) + '"}').encode()
    tally.see("POST 20 MB, no token", *send(port, "POST", "/api/reports", body=big,
                                             headers={"Content-Type": "application/json"}), True)
    tally.see("POST 20 MB chunked, no token", *send(port, "POST", "/api/reports", body=iter([big[i:i + 65536] for i in
                                                    range(0, len(big), 65536)]), chunked=True), True)
    for attempt in range(1, 201):
        status, headers, answer = send(port, "POST", "/api/reports", body=b'{"text": "' + MARKER.encode() + b'"}',
                                       headers={"Authorization": f"Bearer wrong{attempt}",
                                                "Content-Type": "application/json"})
        tally.see("POST wrong token", status, headers, answer, True)
        if status == 429 and tally.throttled_after is None:
            tally.throttled_after = attempt - 1
    return tally


def _bodies(rng: random.Random, values: list[str]) -> list[bytes]:
    out = [b"", b"{", b"null", b"[]", b'{"text": 5}', b'{"text": "' + MARKER.encode() + b'"', b"\xff\xfe" + MARKER.encode(),
           json.dumps({"text": MARKER + "\x00", "outlet": MARKER + "\x00", "doc_id": "d" * 5000}).encode(),
           json.dumps({"text": MARKER, "report_date": "2024-02-30"}).encode(),
           json.dumps({"text": [MARKER] * 100}).encode(), json.dumps({"action": MARKER}).encode(),
           json.dumps({"action": "confirm", "note": MARKER + "\x00"}).encode(), b'{"a":' * 5000 + b"1" + b"}" * 5000]
    for _ in range(60):
        changes = {rng.choice(["actors", "targets", "event_type", "sub_event_type", "fatalities", "fatalities_best",
                               "place_id", "date_start", "date_end", MARKER]):
                   rng.choice([rng.choice(values), [rng.choice(values)], 10**30, -1, True, None, {"low": 5, "best": 1}])}
        out.append(json.dumps({"action": rng.choice(["edit", "confirm", "reject", "reopen", MARKER]),
                               "changes": changes, "note": MARKER}).encode())
    return out


def run(url: str, label: str, n: int, seed: int) -> bool:
    db = open_database(url)
    ingest(iter_reports([str(EXAMPLES)]), db)
    with db.session() as session:
        token = create_token(session, "attacker's colleague")
    base, server = serve(db)  # the dashboard benchmark's: the real app under uvicorn on a free port
    started = time.monotonic()
    try:
        tally = attack(int(base.rsplit(":", 1)[1]), token, n, seed)
    finally:
        server.should_exit = True
        db.dispose()
    total = sum(tally.statuses.values())
    print(f"{label}: {total:,} requests in {time.monotonic() - started:.1f} s; by status: "
          + ", ".join(f"{status} x{count}" for status, count in sorted(tally.statuses.items())))
    print(f"  5xx: {len(tally.server_errors)}; echoed bodies: {len(tally.echoes)}; without security headers: "
          f"{len(tally.no_headers)}; wrong tokens before 429: {tally.throttled_after}")
    for line in (tally.server_errors + tally.echoes + tally.no_headers)[:20]:
        print("   ", line)
    return not (tally.server_errors or tally.echoes or tally.no_headers) and tally.throttled_after is not None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=1500, help="random hostile GETs (default 1,500)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--postgres", metavar="URL", default=os.environ.get("RASID_TEST_POSTGRES"),
                        help="a PostgreSQL server URL whose user may create databases ($RASID_TEST_POSTGRES)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ok = run(f"sqlite:///{tmp}/hostile.sqlite", "SQLite", args.requests, args.seed)
    if args.postgres:
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        name = f"rasid_hostile_{uuid.uuid4().hex[:8]}"
        admin = create_engine(args.postgres, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            url = make_url(args.postgres).set(database=name).render_as_string(hide_password=False)
            ok &= run(url, "PostgreSQL", args.requests, args.seed)
        finally:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
