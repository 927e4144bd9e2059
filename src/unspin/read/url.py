"""Fetch a web page and read its article text: ``unspin ledger https://…``.

Only http and https; a time limit on connecting and on each read; the body streamed and
stopped at the size limit; a few redirects at most; only HTML and plain-text responses. Every
failure is an ``InputError`` naming the address and the reason, so the CLI can print one
line and exit 2. Nothing is fetched except the address given.
"""

from __future__ import annotations

import codecs
import re

import httpx

from unspin import __version__
from unspin.config import DEFAULT_MAX_BYTES
from unspin.errors import InputError, InputNotFound, InputUndecodable, UnspinError
from unspin.read.decode import too_large
from unspin.read.document import Document
from unspin.read.inputs import read_bytes

TIMEOUT_SECONDS = 15.0
MAX_REDIRECTS = 5
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}


def is_url(arg: str) -> bool:
    """True for an http(s) address (what the CLI treats as a URL rather than a path)."""
    return bool(_URL.match(arg.strip()))


def fetch(
    url: str,
    *,
    timeout: float = TIMEOUT_SECONDS,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
    transport: httpx.BaseTransport | None = None,
) -> Document:
    """Download ``url`` and return its extracted text as a Document named by the address."""
    url = url.strip()
    if not is_url(url):
        raise InputError(url, "not an http or https address")
    try:
        with httpx.Client(
            timeout=httpx.Timeout(timeout),
            follow_redirects=True,
            max_redirects=max_redirects,
            headers={"User-Agent": f"unspin/{__version__}", "Accept": "text/html, text/plain"},
            transport=transport,
        ) as client, client.stream("GET", url) as response:
            kind, charset = _check(url, response, max_bytes)
            data = _body(url, response, max_bytes)
    except UnspinError:
        raise
    except httpx.TimeoutException:
        raise InputError(url, f"no answer within {timeout:g} s") from None
    except httpx.TooManyRedirects:
        raise InputError(url, f"more than {max_redirects} redirects") from None
    except httpx.ConnectError:
        raise InputError(url, "could not connect") from None
    except httpx.HTTPError as exc:
        raise InputError(url, f"fetch failed ({type(exc).__name__})") from None
    return read_bytes(_utf8(url, data, charset), source=url, fmt=kind, max_bytes=max_bytes)


def _check(url: str, response: httpx.Response, max_bytes: int) -> tuple[str, str | None]:
    if response.status_code in (404, 410):
        raise InputNotFound(url, f"not found (HTTP {response.status_code})")
    if response.status_code >= 400:
        raise InputError(url, f"the server answered HTTP {response.status_code}")
    content_type = response.headers.get("content-type", "")
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime not in _TYPES:
        raise InputUndecodable(url, f"not a web page or text (content type {mime or 'missing'})")
    length = response.headers.get("content-length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise too_large(url, int(length), max_bytes)
    match = re.search(r"charset=[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
    return _TYPES[mime], match.group(1) if match else None


def _body(url: str, response: httpx.Response, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise too_large(url, None, max_bytes)
        chunks.append(chunk)
    return b"".join(chunks)


def _utf8(url: str, data: bytes, charset: str | None) -> bytes:
    """Re-encode a body the server labels with a non-UTF-8 charset."""
    if not charset:
        return data
    try:
        name = codecs.lookup(charset).name
    except LookupError:
        return data
    if name in ("utf-8", "ascii"):
        return data
    try:
        return data.decode(name).encode("utf-8")
    except UnicodeDecodeError:
        raise InputUndecodable(url, f"not valid {charset} text") from None
