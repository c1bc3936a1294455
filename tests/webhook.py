"""A local webhook receiver for apprise's json:// target: records every POSTed message."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class WebhookReceiver:
    """``with WebhookReceiver() as hook:``; ``hook.url`` for apprise, ``hook.messages``
    the JSON bodies received. ``stop()`` and ``start()`` take it down and up again on
    the same port."""

    def __init__(self, port: int = 0, delay: float = 0.0):
        self.messages: list[dict] = []
        self.arrived = threading.Event()  # set when a POST comes in, before it is answered
        self.delay = delay  # seconds before answering: a slow service
        self.port = port
        self.server = None
        self.start()

    @property
    def url(self) -> str:
        return f"json://127.0.0.1:{self.port}/hook?format=markdown"

    def start(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                receiver.messages.append(json.loads(body))
                receiver.arrived.set()
                time.sleep(receiver.delay)
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        ThreadingHTTPServer.allow_reuse_address = True
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> "WebhookReceiver":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
