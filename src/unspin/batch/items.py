"""What a corpus reader yields: one work item per document, or one error where an input fails.

A reader never raises for a bad document: a malformed line, a row with missing fields or a
truncated archive becomes an :class:`ItemError` and the rest of the corpus is still read.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

_SURROGATE = re.compile("[\ud800-\udfff]")

# "text": ``payload`` is the plain text itself (JSONL, CSV);
# "jsonl": ``payload`` is one raw line of a JSON Lines file, parsed by the worker;
# "file": ``payload`` is a file's bytes for :func:`unspin.read.read_bytes` (files in a
# directory tree, HTML responses from a WARC), ``fmt`` its format when the locator's
# extension does not tell, ``charset`` the charset its HTTP headers declare.
Kind = Literal["text", "jsonl", "file"]


@dataclass(frozen=True)
class Meta:
    """What the corpus says about a document besides its text; ``None`` where it says nothing."""

    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    title: str | None = None
    external_id: str | None = None

    def with_outlet_fallback(self) -> Meta:
        """The outlet, or else the host of the URL (``www.`` dropped)."""
        if self.outlet or not self.url:
            return self
        host = url_host(self.url)
        if host is None:
            return self
        return Meta(host, self.date, self.url, self.title, self.external_id)


def url_host(url: str) -> str | None:
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


@dataclass(frozen=True)
class Item:
    """One document to analyse.

    ``locator`` says where it came from (``file:line``, ``file@offset``, a path) and is stable
    between runs; ``raw_sha256`` hashes the input as read, so a re-run can skip it before any
    extraction; ``size`` is the number of input bytes it stands for (for progress and MB/s).
    """

    locator: str
    kind: Kind
    payload: str | bytes
    meta: Meta
    raw_sha256: str
    size: int
    fmt: str | None = None
    charset: str | None = None


@dataclass(frozen=True)
class ItemError:
    """An input that could not become a document, with the reason in plain words."""

    locator: str
    reason: str
    size: int = 0
    stage: str = "read"


def key(sha256: str) -> int:
    """A hash's first 64 bits: enough to tell documents apart, small enough to hold millions."""
    return int(sha256[:16], 16)


def sha256_hex(data: str | bytes) -> str:
    """The hex sha256 of bytes, or of a text's UTF-8 (as ``text_sha256`` in the JSON output)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def clean_text(text: str) -> str:
    """The text with lone surrogates (possible in JSON) replaced, so it encodes as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text
