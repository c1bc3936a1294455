"""A web server that misbehaves on purpose, for tests/test_faults.py: redirects to other
addresses, ports and schemes, redirect loops, gzip bombs, truncated gzip, a slow drip,
entity bombs and XXE in feeds, a sitemap index that lists itself.

It dispatches on the Host header and the path, writes raw bytes (so an answer can be
broken in ways a well-behaved server library would not allow), and logs every URL asked.
"""

from __future__ import annotations

import gzip
import random
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Answer = Callable[[BaseHTTPRequestHandler], None]


def _head(handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str]) -> None:
    handler.wfile.write(f"HTTP/1.1 {status} X\r\n".encode("latin-1"))
    for name, value in {"Connection": "close", **headers}.items():
        handler.wfile.write(f"{name}: {value}\r\n".encode("latin-1"))
    handler.wfile.write(b"\r\n")


def page(body: bytes, content_type: str = "text/html; charset=utf-8", status: int = 200,
         headers: dict[str, str] | None = None) -> Answer:
    def answer(handler):
        _head(handler, status, {"Content-Type": content_type, "Content-Length": str(len(body)), **(headers or {})})
        handler.wfile.write(body)

    return answer


def redirect(location: str, status: int = 302) -> Answer:
    return page(b"", status=status, headers={"Location": location})


def gzipped(body: bytes, *, keep: float = 1.0) -> Answer:
    """``body`` gzip-encoded; ``keep`` < 1 sends only that share of the gzip stream, with a
    Content-Length that matches what is sent (complete for HTTP, truncated for gzip)."""
    data = gzip.compress(body, mtime=0)
    data = data[: int(len(data) * keep)]
    return page(data, headers={"Content-Encoding": "gzip"})


def drip(body: bytes, every: float) -> Answer:
    """The whole Content-Length announced, then one byte every ``every`` seconds."""
    def answer(handler):
        _head(handler, 200, {"Content-Type": "text/html; charset=utf-8", "Content-Length": str(len(body))})
        for i in range(len(body)):
            handler.wfile.write(body[i:i + 1])
            handler.wfile.flush()
            time.sleep(every)

    return answer


def article(title: str, words: str = "") -> bytes:
    text = words or ("Authorities in Minsk said on Thursday that the court had adjourned the hearing. " * 12)
    return (f"<!doctype html><html><head><title>{title}</title>"
            f'<meta property="og:type" content="article"></head>'
            f"<body><article><h1>{title}</h1><p>{text}</p></article></body></html>").encode()


class HostileWeb:
    """``routes`` maps "host/path" (or "*/path" for any host) to an answer; unknown paths
    get a 404. ``hits`` lists every URL asked, in order."""

    def __init__(self, address: str = "127.0.0.1", port: int = 0):
        self.routes: dict[str, Answer] = {}
        self.hits: list[str] = []
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 (http.server's name)
                host = (self.headers.get("Host") or "").split(":")[0]
                web.hits.append(f"http://{self.headers.get('Host')}{self.path}")
                answer = web.routes.get(f"{host}{self.path}") or web.routes.get(f"*{self.path}")
                try:
                    (answer or page(b"not here", status=404))(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the crawler gave up (a timeout, a size cap): that is the point
                self.close_connection = True

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer((address, port), Handler)
        self.server.daemon_threads = True
        self.address, self.port = self.server.server_address[:2]
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def hits_for(self, path: str) -> list[str]:
        return [url for url in self.hits if url.split("/", 3)[-1] == path.lstrip("/")]

    def __enter__(self) -> "HostileWeb":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def serve_on_random_loopback(port: int = 80, avoid: str = "") -> HostileWeb:
    """A HostileWeb on ``port`` of a free random 127.x.y.z other than ``avoid``."""
    for _ in range(20):
        address = f"127.{random.randint(1, 254)}.{random.randint(1, 254)}.{random.randint(2, 254)}"
        if address == avoid:
            continue
        try:
            return HostileWeb(address, port)
        except OSError:
            continue
    raise RuntimeError("no free loopback address for the hostile server")
