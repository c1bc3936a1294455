"""A local web server for made-up sites described by a routes.toml manifest.

Serves every host of the manifest from one loopback port, dispatching on the Host
header (or on the absolute URL a client sends when the server is its HTTP proxy), so a
crawl sees realistic sites without the internet: the test mini-web (tests/fixtures/web)
and the bundled demo (pipeline/demo). Answers conditional GETs (ETag / Last-Modified ->
304), and logs every request so tests can assert what the crawler asked for. Routes can
be added or changed while it runs.
"""

from __future__ import annotations

import hashlib
import sys
import threading
import time
import tomllib
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

_STARTED = formatdate(1757548800, usegmt=True)  # 2025-09-11: a fixed Last-Modified


@dataclass
class Route:
    url: str
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    location: str | None = None
    fail_first: int = 0
    delay: float = 0.0
    conditional: bool = True
    served: int = 0

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:16] + '"'


@dataclass
class Hit:
    host: str
    target: str
    status: int
    at: float
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://{self.host}{self.target}"


def load_routes(manifest: Path) -> dict[str, Route]:
    data = tomllib.loads(manifest.read_text(encoding="utf-8"))
    routes = {}
    for raw in data["route"]:
        raw = dict(raw)
        file = raw.pop("file", None)
        body = (manifest.parent / file).read_bytes() if file else b""
        routes[raw["url"]] = Route(body=body, **raw)
    return routes


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # a crawler that gives up on a slow or huge answer closes the socket: expected
        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)


class FixtureWeb:
    """``with FixtureWeb(address, 80) as web:`` serves until the block ends.

    Fixture URLs carry no port, so tests serve them on port 80 of a loopback address
    of their own (any 127.x.y.z is loopback on Linux) and resolve *.test to it.
    """

    def __init__(self, routes: dict[str, Route], address: str = "127.0.0.1", port: int = 0):
        self.routes = routes
        self.hits: list[Hit] = []
        self.lock = threading.Lock()
        self.server = _Server((address, port), self._handler())
        self.address, self.port = self.server.server_address[:2]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "FixtureWeb":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def set_route(self, route: Route) -> None:
        with self.lock:
            self.routes[route.url] = route

    def requests_for(self, url: str) -> list[Hit]:
        with self.lock:
            return [h for h in self.hits if h.url == url]

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        arrived = time.monotonic()
        target = handler.path
        if target.startswith("http://"):  # asked as a proxy: the URL names the site
            parts = urlsplit(target)
            host = (parts.hostname or "").lower()
            target = parts.path + (f"?{parts.query}" if parts.query else "")
        else:
            host = (handler.headers.get("Host") or "").split(":")[0].lower()
        url = f"http://{host}{target}"
        with self.lock:
            route = self.routes.get(url)
            if route:
                route.served += 1
                serial = route.served
        status, headers, body = 404, {"Content-Type": "text/html; charset=utf-8"}, b"<html><body><h1>Not found</h1></body></html>"
        if route:
            headers = {"Content-Type": route.content_type}
            status, body = route.status, route.body
            if serial <= route.fail_first:
                status, body = 500, b"<html><body><h1>Internal Server Error</h1></body></html>"
            elif route.location:
                headers["Location"] = route.location
            elif status == 200 and route.conditional:
                headers["ETag"] = route.etag
                headers["Last-Modified"] = _STARTED
                if handler.headers.get("If-None-Match") == route.etag or (
                    not handler.headers.get("If-None-Match") and handler.headers.get("If-Modified-Since") == _STARTED
                ):
                    status, body = 304, b""
        with self.lock:  # logged on arrival: a client that gave up still asked
            self.hits.append(Hit(host, target, status, arrived, dict(handler.headers.items())))
        if route and route.delay:
            time.sleep(route.delay)
        handler.send_response(status)
        for key, value in headers.items():
            handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def _handler(self):
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):
                web._answer(self)

            def log_message(self, *args):  # keep test output clean
                pass

        return Handler
