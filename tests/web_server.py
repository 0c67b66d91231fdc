"""A local web server for the tests of opening a readout from its address (127.0.0.1, a free port).

Each route is a function that answers a request; the server runs in a thread for the length of a test
and is shut down after it. Nothing here reaches beyond this machine.
"""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Route = Callable[[http.server.BaseHTTPRequestHandler], None]

# A fictional readout, in English and in Korean (no real readout's sentences).
ENGLISH_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Trade ministers meet in Hangzhou | Ministry of Cooperation</title></head><body>
<nav class="gnb"><ul><li>Home</li><li>Press</li></ul></nav>
<main><h1>Trade ministers meet in Hangzhou</h1>
<p>Minister Yoon Seojin held talks with Commerce Minister Peng Shulin in Hangzhou on May 12.</p>
<p>The two sides agreed to speed up the second stage of the free trade agreement talks.</p>
<p>Minister Yoon asked for a stable supply of graphite and rare earths to Korean companies.</p>
<p>The two ministers signed a memorandum on electronic commerce after the talks.</p>
</main><footer>Copyright Ministry of Cooperation</footer></body></html>"""

KOREAN_PAGE = """<html><head><title>통상장관회담 결과</title></head><body><main>
<h1>통상장관회담 결과</h1>
<p>윤서진 장관은 5월 12일 항저우에서 펑수린 상무부장과 회담을 가졌습니다.</p>
<p>양측은 자유무역협정 후속협상을 속도감 있게 진행하기로 했습니다.</p>
<p>양측은 공급망 조기경보 체계를 통해 긴밀히 소통하기로 했습니다.</p>
</main></body></html>"""


def send(handler: http.server.BaseHTTPRequestHandler, body: bytes, content_type: str = "text/html",
         status: int = 200, headers: dict[str, str] | None = None) -> None:
    handler.send_response(status)
    if content_type:
        handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.end_headers()
    handler.wfile.write(body)


def page(body: str | bytes, content_type: str = "text/html; charset=utf-8") -> Route:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return lambda handler: send(handler, data, content_type)


def redirect(location: str, status: int = 302) -> Route:
    return lambda handler: send(handler, b"", "", status, {"Location": location})


def slow(seconds: float, body: str = ENGLISH_PAGE) -> Route:
    """Answers only after `seconds` (bounded: the tests use a short timeout, never this long a wait)."""
    def route(handler: http.server.BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        send(handler, body.encode("utf-8"))
    return route


def endless(limit_bytes: int) -> Route:
    """A page with no declared length that goes on for `limit_bytes` (the client stops it earlier)."""
    def route(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Connection", "close")
        handler.end_headers()
        chunk = b"<p>The two sides agreed to meet again next year in Seoul.</p>\n" * 1024
        sent = 0
        try:
            while sent < limit_bytes:
                handler.wfile.write(chunk)
                sent += len(chunk)
        except OSError:  # the client hung up, as it should
            pass
    return route


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, Route] = {}

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        route = self.routes.get(self.path.split("?")[0])
        if route is None:
            self.send_error(404, "Not Found")
            return
        route(self)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


@contextmanager
def serving(routes: dict[str, Route]) -> Iterator[str]:
    """Serve `routes` on 127.0.0.1 (a free port) while the block runs; yields the base address."""
    handler = type("Handler", (_Handler,), {"routes": routes})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    server.handle_error = lambda request, client_address: None  # type: ignore[method-assign]  # a client that hung up
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
