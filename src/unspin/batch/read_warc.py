"""Web archives (``.warc``, ``.warc.gz``): every HTML response becomes a document.

warcio reads a truncated archive quietly, returning a short last record or none, so two
checks make truncation visible: a gzipped archive is decompressed here and an early end of
the compressed stream raises :class:`Truncated`; and a record whose body is shorter than its
``Content-Length`` is reported. Records before the damage are kept.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from unspin.batch.items import Item, ItemError, Meta, sha256_hex

HTML_TYPES = ("text/html", "application/xhtml+xml")


class Truncated(Exception):
    """The compressed stream ended before its end marker."""


class _EndChecked(io.RawIOBase):
    """A gzip stream whose early end raises :class:`Truncated` instead of ``EOFError``
    (warcio takes ``EOFError`` for a normal end) and which hands over what it has so far."""

    def __init__(self, stream: gzip.GzipFile) -> None:
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            data = self._stream.read1(len(buffer))
        except EOFError as exc:
            raise Truncated(str(exc)) from None
        buffer[: len(data)] = data
        return len(data)


def read_warc(path: Path) -> Iterator[Item | ItemError]:
    """Each HTML response with status 2xx as an item; damage ends the file with an error."""
    done = 0
    with path.open("rb") as raw:
        stream: Any = raw
        if _gzipped(raw):
            stream = io.BufferedReader(_EndChecked(gzip.GzipFile(fileobj=raw)))
        try:
            for record in ArchiveIterator(stream):
                item = _record_item(record, f"{path}#{done + 1}")
                done += 1
                if item is not None:
                    yield item
        except Truncated:
            yield ItemError(f"{path}#{done + 1}", f"archive is truncated after record {done}")
        except Exception as exc:  # noqa: BLE001 - warcio fails in many ways on damaged input
            reason = f"damaged record, reading stops ({type(exc).__name__})"
            yield ItemError(f"{path}#{done + 1}", reason)


def _gzipped(raw: io.BufferedReader) -> bool:
    return raw.peek(2)[:2] == b"\x1f\x8b"


def _record_item(record: Any, locator: str) -> Item | ItemError | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = record.http_headers.get_statuscode() or ""
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    if not status.startswith("2") or not ctype.startswith(HTML_TYPES):
        _drain(record)
        return None
    body = record.content_stream().read()
    if _drain(record):
        raise Truncated(locator)  # the body ended before its Content-Length
    if not body.strip():
        return ItemError(locator, "empty HTML response", 0)
    url = record.rec_headers.get_header("WARC-Target-URI")
    meta = Meta(url=url, date=record.rec_headers.get_header("WARC-Date")).with_outlet_fallback()
    return Item(locator, "html", body, meta, sha256_hex(body), len(body), _charset(ctype))


def _drain(record: Any) -> bool:
    """Read what is left of the record; True when it ended before its Content-Length."""
    record.raw_stream.read()
    return bool(getattr(record.raw_stream, "limit", 0))


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None
