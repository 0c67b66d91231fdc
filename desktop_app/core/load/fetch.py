"""Fetching a readout from its web address, with the standard library only.

Only http and https; at most `MAX_REDIRECTS` redirects, never to another scheme; a timeout for
connecting and for each read, and one for the whole fetch; the readers' size limit (`MAX_FILE_BYTES`),
checked against the declared length first and then while reading. Which reader reads the bytes depends
on the Content-Type: a page (HTML), plain text, PDF or Word; anything else is refused.

Every failure is a `DocumentError` whose message is one line naming the address and the problem.
"""

from __future__ import annotations

import re
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from http.client import HTTPMessage
from typing import IO, Any
from urllib.parse import urlsplit

from desktop_app import __version__
from desktop_app.core.load.raw import MAX_FILE_BYTES
from desktop_app.core.model import DocumentError

SCHEMES = ("http", "https")
MAX_REDIRECTS = 5
TIMEOUT = 20.0  # seconds for connecting and for each read; the whole fetch may take twice this
_CHUNK = 64 * 1024

# Content-Type → the kind of readout the readers make of it
KINDS = {
    "text/html": "html", "application/xhtml+xml": "html",
    "text/plain": "text", "text/markdown": "text", "text/x-markdown": "text",
    "application/pdf": "pdf", "application/x-pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}  # fmt: skip
# Types that say nothing: the readers sniff the bytes (and the address's suffix) as they do for a file
UNSPECIFIC = ("", "application/octet-stream", "binary/octet-stream")


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


class FetchCancelled(DocumentError):
    """The user stopped the fetch."""


@dataclass
class Fetched:
    address: str  # as asked
    url: str  # where the page was found, after redirects
    data: bytes
    content_type: str  # "text/html", "" when the server gave none
    charset: str | None  # the Content-Type's charset parameter
    fetched: str  # when, ISO 8601 in UTC ("2029-05-12T09:30:00Z")

    @property
    def kind(self) -> str | None:
        """"html", "text", "pdf", "docx", or None when the type is unspecific (sniff the bytes)."""
        return KINDS.get(self.content_type)


def is_address(text: str) -> bool:
    """Whether a command-line argument is a web (or other) address rather than a file name."""
    return _SCHEME.match(text) is not None


def check_address(address: str) -> str:
    """The address, stripped, if it is an http(s) address; else a DocumentError saying why not."""
    address = address.strip()
    try:
        parts = urlsplit(address)
    except ValueError:
        raise DocumentError(f"{address}: this is not a valid web address") from None
    scheme = parts.scheme.lower()
    if not scheme and "." in address.split("/")[0]:
        raise DocumentError(f"{address}: give the whole address, starting with https:// or http://")
    if scheme not in SCHEMES:
        what = f", not {scheme}://" if scheme else " (this is not a web address)"
        raise DocumentError(f"{address}: only http:// and https:// addresses can be opened{what}")
    if not parts.hostname:
        raise DocumentError(f"{address}: the address names no host")
    return address


class _Redirects(urllib.request.HTTPRedirectHandler):
    """At most MAX_REDIRECTS redirects, and only to http or https."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        # typeshed declares these class variables; urllib reads them from the handler, so one per fetch.
        self.max_redirections = limit  # type: ignore[misc]
        self.max_repeats = limit  # type: ignore[misc]

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                         headers: HTTPMessage, newurl: str) -> urllib.request.Request | None:
        scheme = urlsplit(newurl).scheme.lower()
        if scheme not in SCHEMES:
            raise _Refused(f"the page redirects to a {scheme or 'relative'}:// address, which is not opened")
        visited = getattr(req, "redirect_dict", {})
        if sum(visited.values()) >= self.max_redirections:
            raise _Refused(f"too many redirects (more than {self.max_redirections})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _Refused(Exception):
    """A redirect the fetch will not follow; the message is the problem."""


def fetch(address: str, timeout: float = TIMEOUT, max_bytes: int = MAX_FILE_BYTES,
          max_redirects: int = MAX_REDIRECTS, cancelled: threading.Event | None = None,
          clock: Callable[[], float] = time.monotonic) -> Fetched:
    """Fetch a readout's page. `cancelled`, when set from another thread, stops the fetch at its next
    read with FetchCancelled. Raises DocumentError with one line naming the address and the problem."""
    address = check_address(address)
    opener = urllib.request.build_opener(_Redirects(max_redirects))
    request = urllib.request.Request(address, headers={
        "User-Agent": f"Parallax/{__version__} (readout comparison)",
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8,*/*;q=0.5",
        "Accept-Encoding": "identity",
    })
    started = clock()
    try:
        with opener.open(request, timeout=timeout) as response:
            data = _read(response, address, timeout, max_bytes, cancelled, started, clock)
            headers, url = response.headers, response.geturl()
    except DocumentError:
        raise
    except Exception as error:  # noqa: BLE001 - every network failure becomes one line for the user
        raise DocumentError(f"{address}: {_problem(error, timeout)}") from None
    if not data.strip():
        raise DocumentError(f"{address}: the page is empty")
    content_type = headers.get_content_type() if headers.get("Content-Type") else ""
    fetched = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    result = Fetched(address, url, data, content_type, headers.get_content_charset(), fetched)
    if result.kind is None and content_type not in UNSPECIFIC:
        raise DocumentError(f"{address}: the address gives {content_type}, not a web page, text, PDF or "
                            "Word document")
    return result


def _read(response: Any, address: str, timeout: float, max_bytes: int, cancelled: threading.Event | None,
          started: float, clock: Callable[[], float]) -> bytes:
    too_large = f"the page is too large (the limit is {max_bytes // (1024 * 1024) or max_bytes} " \
                f"{'MB' if max_bytes >= 1024 * 1024 else 'bytes'})"
    length = response.headers.get("Content-Length")
    if length and length.strip().isdigit() and int(length) > max_bytes:
        raise DocumentError(f"{address}: {too_large}")
    chunks: list[bytes] = []
    size = 0
    while True:
        if cancelled is not None and cancelled.is_set():
            raise FetchCancelled(f"{address}: the fetch was cancelled")
        if clock() - started > 2 * timeout:  # a server that trickles bytes never times out a single read
            raise DocumentError(f"{address}: the page took too long (over {2 * timeout:g} seconds)")
        chunk = response.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise DocumentError(f"{address}: {too_large}")
        chunks.append(chunk)


def _problem(error: BaseException, timeout: float) -> str:
    """What went wrong, in words, for one line."""
    if isinstance(error, _Refused):
        return str(error)
    if isinstance(error, urllib.error.HTTPError):
        if 300 <= error.code < 400:
            if "not allowed" in str(error.msg):  # urllib's own refusal of a file:// or other target
                return "the page redirects to an address that is not http:// or https://, which is not opened"
            return "too many redirects, or a redirect loop"
        said = f" {error.reason}" if error.reason else ""
        return f"the server answered {error.code}{said}"
    reason: object = error.reason if isinstance(error, urllib.error.URLError) else error
    if isinstance(reason, _Refused):
        return str(reason)
    if isinstance(reason, socket.gaierror):
        return "the host could not be found (no such name, or no network)"
    if isinstance(reason, ConnectionRefusedError):
        return "the connection was refused (nothing answers at that address)"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"no answer within {timeout:g} seconds (timed out)"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"the site's certificate could not be verified ({reason.verify_message or reason})"
    if isinstance(reason, ssl.SSLError):
        return f"the secure connection failed ({reason.reason or reason})"
    if isinstance(reason, ConnectionError):
        return "the connection was closed before the page arrived"
    text = str(reason) or reason.__class__.__name__
    return f"the page could not be fetched ({' '.join(text.split())[:160]})"
