"""Fetching a story by address, against a local HTTP server on 127.0.0.1."""

from __future__ import annotations

import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from tests.local_http import serve
from unspin.errors import InputError, InputNotFound, InputTooLarge, InputUndecodable
from unspin.read.url import fetch, is_url

STORY = (
    "<!doctype html><html><head><title>Raid</title></head><body><nav>Home | News</nav>"
    "<article><h1>Police raid spas</h1><p>Police arrested six people on Tuesday.</p>"
    "</article><footer>Copyright</footer></body></html>"
)
LATIN1 = "<html><body><p>Caf\u00e9 owner charged.</p></body></html>"


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, code: int, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
        try:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout test)

    def do_GET(self) -> None:
        path = self.path
        if path == "/story.html":
            self._send(200, STORY.encode())
        elif path == "/plain":
            self._send(200, b"Police arrested six people.", "text/plain")
        elif path == "/latin1":
            self._send(200, LATIN1.encode("latin-1"), "text/html; charset=ISO-8859-1")
        elif path == "/missing":
            self._send(404, b"<html><body>not here</body></html>")
        elif path == "/broken":
            self._send(500, b"<html><body>oops</body></html>")
        elif path == "/image.png":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
        elif path == "/big":
            self._send(200, b"<html><body><p>" + b"word " * 4000 + b"</p></body></html>")
        elif path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/story.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, STORY.encode())
        else:
            self._send(404, b"")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve(Handler) as url:
        yield url


def test_url_fetch_html_extracts_article_text(server: str) -> None:
    doc = fetch(f"{server}/story.html")
    assert doc.source == f"{server}/story.html"
    assert "Police arrested six people on Tuesday." in doc.text
    assert "Copyright" not in doc.text


def test_url_fetch_plain_text(server: str) -> None:
    assert fetch(f"{server}/plain").text.strip() == "Police arrested six people."


def test_url_fetch_follows_a_redirect(server: str) -> None:
    assert "Police arrested six people on Tuesday." in fetch(f"{server}/redirect").text


def test_url_fetch_reencodes_a_declared_charset(server: str) -> None:
    assert "Caf\u00e9 owner charged." in fetch(f"{server}/latin1").text


FAILURES = [
    ("/missing", InputNotFound, "not found (HTTP 404)"),
    ("/broken", InputError, "the server answered HTTP 500"),
    ("/image.png", InputUndecodable, "not a web page or text (content type image/png)"),
    ("/loop", InputError, "more than 2 redirects"),
]


@pytest.mark.parametrize(("path", "error", "reason"), FAILURES)
def test_url_fetch_failure_names_address_and_reason(
    server: str, path: str, error: type[InputError], reason: str
) -> None:
    with pytest.raises(error) as info:
        fetch(f"{server}{path}", max_redirects=2)
    assert info.value.source == f"{server}{path}"
    assert info.value.reason == reason


def test_url_fetch_timeout(server: str) -> None:
    with pytest.raises(InputError) as info:
        fetch(f"{server}/slow", timeout=0.3)
    assert info.value.reason == "no answer within 0.3 s"


def test_url_fetch_oversize_stops_at_the_limit(server: str) -> None:
    with pytest.raises(InputTooLarge) as info:
        fetch(f"{server}/big", max_bytes=10_000)
    assert "over the" in info.value.reason


def test_url_fetch_refuses_connection_failures() -> None:
    with pytest.raises(InputError) as info:
        fetch("http://127.0.0.1:9/", timeout=0.5)
    assert info.value.reason == "could not connect"


@pytest.mark.parametrize(
    ("arg", "expected"),
    [("https://example.org/a", True), ("http://127.0.0.1:8000/x", True), ("story.html", False),
     ("ftp://example.org/a", False), ("-", False), ("http://", False)],
)
def test_url_is_url_table(arg: str, expected: bool) -> None:
    assert is_url(arg) is expected
