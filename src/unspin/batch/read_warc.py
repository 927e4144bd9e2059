"""Web archives (``.warc``, ``.warc.gz``): every HTML response becomes a document.

warcio reads a truncated archive quietly, returning a short last record or none, so three
checks make truncation visible: a gzipped archive is decompressed here and an early end of
the compressed stream raises :class:`Truncated`; a record whose body is shorter than its
``Content-Length`` is reported; and in an uncompressed archive, anything but blank lines
after the last whole record is. Records before the damage are kept.
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
    end = 0
    with path.open("rb") as raw:
        gzipped = _gzipped(raw)
        stream: Any = _EndChecked(gzip.GzipFile(fileobj=raw)) if gzipped else raw
        try:
            records = ArchiveIterator(stream)
            for record in records:
                item = _record_item(record, f"{path}#{done + 1}")
                end = records.get_record_offset() + records.get_record_length()
                done += 1
                if item is not None:
                    yield item
            if not gzipped and _more_after(raw, end):
                raise Truncated(str(path))
        except Truncated:
            yield ItemError(f"{path}#{done + 1}", f"archive is truncated after record {done}")
        except Exception as exc:  # noqa: BLE001 - warcio fails in many ways on damaged input
            reason = f"damaged record, reading stops ({type(exc).__name__})"
            yield ItemError(f"{path}#{done + 1}", reason)


def _more_after(raw: io.BufferedReader, end: int) -> bool:
    """True when something other than blank lines follows the last whole record (a record
    cut short in its headers, which warcio takes for the end of the file)."""
    raw.seek(end)
    return bool(raw.read(4096).strip())


def _gzipped(raw: io.BufferedReader) -> bool:
    return raw.peek(2)[:2] == b"\x1f\x8b"


def _record_item(record: Any, locator: str) -> Item | ItemError | None:
    if record.rec_type is None or record.rec_headers.get_header("Content-Length") is None:
        raise Truncated(locator)  # warcio's reading of a header block cut short
    wanted = record.rec_type == "response" and record.http_headers is not None
    status = record.http_headers.get_statuscode() or "" if wanted else ""
    ctype = (record.http_headers.get_header("Content-Type") or "").lower() if wanted else ""
    if not status.startswith("2") or not ctype.startswith(HTML_TYPES):
        if _drain(record):
            raise Truncated(locator)
        return None
    body = record.content_stream().read()
    if _drain(record):
        raise Truncated(locator)  # the body ended before its Content-Length
    if not body.strip():
        return ItemError(locator, "empty HTML response", 0)
    url = record.rec_headers.get_header("WARC-Target-URI")
    meta = Meta(url=url, date=record.rec_headers.get_header("WARC-Date")).with_outlet_fallback()
    return Item(locator, "file", body, meta, sha256_hex(body), len(body), "html", _charset(ctype))


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
