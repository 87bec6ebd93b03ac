"""What stands between the network and the API: errors as JSON problems, a cap on request bodies, no NUL in
parameters, security headers on every response, and a brake on guessed tokens.

Errors follow RFC 9457 ("problem details"): `{"type", "title", "status", "detail"}` as application/problem+json,
and never repeat what the client sent (a 20 MB body is not echoed back).
"""
from __future__ import annotations

import json
import math
import threading
import time
from collections import deque
from datetime import date, datetime, time as day_time
from decimal import Decimal
from enum import Enum
from http import HTTPStatus
from typing import Any
from urllib.parse import unquote_to_bytes

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

DEFAULT_MAX_BODY = 1 << 20  # bytes: 1 MB
PROBLEM_TYPE = "application/problem+json"
# Pages (the dashboard, the API docs): scripts and styles from this server only; map tiles may come from a tile
# server the operator sets. Everything else (JSON, files): nothing at all. No page may be framed.
PAGE_POLICY = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
               "img-src 'self' data: http: https:; object-src 'none'; base-uri 'self'; form-action 'self'; "
               "frame-ancestors 'none'")
DATA_POLICY = "default-src 'none'; frame-ancestors 'none'"
SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}


class SafeJSON(JSONResponse):
    """JSON with <, > and & written as \\u escapes: inert even if a browser were to sniff it as HTML.

    A route may return one itself, skipping FastAPI's jsonable_encoder (a tenth of a second on the map's 5,000
    points): `_plain` then writes the few types that encoder would have converted."""

    def render(self, content: Any) -> bytes:
        text = json.dumps(content, ensure_ascii=False, separators=(",", ":"), default=_plain)
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").encode("utf-8")


def _plain(value: Any) -> Any:
    """A value json.dumps cannot write, as FastAPI's jsonable_encoder writes it."""
    if isinstance(value, (date, datetime, day_time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (set, frozenset)):
        return list(value)
    return str(value)


def problem(status: int, detail: str, headers: dict[str, str] | None = None, **extra: Any) -> SafeJSON:
    """An RFC 9457 problem response, with the security headers (a 500 is sent outside the middleware)."""
    body = {"type": "about:blank", "title": HTTPStatus(status).phrase, "status": status, "detail": detail, **extra}
    return SafeJSON(body, status_code=status, media_type=PROBLEM_TYPE,
                    headers={**SECURITY_HEADERS, "content-security-policy": DATA_POLICY, **(headers or {})})


def install(app: FastAPI, max_body: int) -> None:
    """Add the error handlers and the guarding middleware to `app`."""
    app.add_exception_handler(StarletteHTTPException, _http_problem)
    app.add_exception_handler(RequestValidationError, _validation_problem)
    app.add_exception_handler(Exception, _server_problem)
    app.add_middleware(CleanParameters)
    app.add_middleware(BodyLimit, max_body=max_body)  # added last: runs first, before any route or token check
    app.add_middleware(SecurityHeaders)


async def _http_problem(request: Request, exc: StarletteHTTPException) -> SafeJSON:
    detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
    return problem(exc.status_code, detail, headers=dict(exc.headers or {}))


async def _validation_problem(request: Request, exc: RequestValidationError) -> SafeJSON:
    """422 naming each bad field and what is wrong with it, without the values sent."""
    errors = [{"loc": [_short(part) for part in error.get("loc", ())], "msg": _short(error.get("msg", ""), 200)}
              for error in exc.errors()[:20]]
    detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors) or "invalid request"
    return problem(422, detail, errors=errors)


async def _server_problem(request: Request, exc: Exception) -> SafeJSON:
    return problem(500, "the server failed to answer this request; it has been logged")


def _short(value: Any, limit: int = 60) -> Any:
    if isinstance(value, int):
        return value
    text = str(value)
    return text if len(text) <= limit else text[:limit] + "…"


class BodyLimit:
    """Refuse a request body over `max_body` bytes with 413, before the application (and its token check) sees
    the request; the body is read into memory only up to the limit."""

    def __init__(self, app: ASGIApp, max_body: int = DEFAULT_MAX_BODY):
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            return await self._too_large(scope, receive, send)
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            more = message.get("more_body", False)
            if size > self.max_body:
                return await self._too_large(scope, receive, send)
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = problem(413, f"the request body is larger than the limit of {self.max_body:,} bytes "
                                "(rasid serve --max-body)")
        await response(scope, receive, send)


class CleanParameters:
    """400 for a path or query parameter holding NUL: no database stores it, and no name or text holds one."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and (b"\x00" in unquote_to_bytes(scope.get("query_string", b""))
                                        or "\x00" in scope.get("path", "")):
            return await problem(400, "a parameter holds a NUL character")(scope, receive, send)
        await self.app(scope, receive, send)


class SecurityHeaders:
    """nosniff, no framing, no referrer, and a content security policy (PAGE_POLICY for HTML) on every response."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                html = any(name.lower() == b"content-type" and value.startswith(b"text/html") for name, value in headers)
                wanted = {**SECURITY_HEADERS, "content-security-policy": PAGE_POLICY if html else DATA_POLICY}
                headers += [(k.encode(), v.encode()) for k, v in wanted.items() if k.encode() not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class TokenThrottle:
    """Wrong tokens per client: after `limit` failures within `window` seconds, the client must wait until the
    oldest of them is `window` seconds old (429 with Retry-After), so that tokens cannot be guessed quickly.
    At most `clients` clients are remembered (those idle longest are forgotten first)."""

    def __init__(self, limit: int = 10, window: float = 60.0, clients: int = 10_000):
        self.limit, self.window, self.clients = limit, window, clients
        self.failures: dict[str, deque[float]] = {}
        self.lock = threading.Lock()  # token checks run in the server's worker threads

    def retry_after(self, client: str) -> int:
        """Seconds `client` must wait before trying a token again (0: it may try now)."""
        with self.lock:
            recent = self._recent(client)
            if recent is None or len(recent) < self.limit:
                return 0
            return max(1, math.ceil(recent[0] + self.window - time.monotonic()))

    def failed(self, client: str) -> None:
        with self.lock:
            recent = self._recent(client)
            if recent is None:
                if len(self.failures) >= self.clients:
                    self._forget_idle()
                recent = self.failures[client] = deque(maxlen=self.limit)
            recent.append(time.monotonic())

    def _recent(self, client: str) -> deque[float] | None:
        recent = self.failures.get(client)
        while recent and recent[0] <= time.monotonic() - self.window:
            recent.popleft()
        return recent

    def _forget_idle(self) -> None:
        horizon = time.monotonic() - self.window
        for client in [c for c, recent in self.failures.items() if not recent or recent[-1] <= horizon]:
            del self.failures[client]
        while len(self.failures) >= self.clients:  # still full: forget the client idle longest
            del self.failures[min(self.failures, key=lambda c: self.failures[c][-1])]
