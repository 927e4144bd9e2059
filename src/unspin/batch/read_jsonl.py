"""JSON Lines corpora: one JSON object per line (``.jsonl``, ``.ndjson``, optionally gzipped).

Reading is split in two so the process that reads the corpus does little: it only cuts the
file into lines and hashes each (:func:`read_jsonl`); the worker parses the line
(:func:`parse_line`). A malformed line becomes an error there, and the run goes on.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from unspin.batch.columns import Columns, record_to_item
from unspin.batch.items import Item, ItemError, Meta, sha256_hex

_NO_META = Meta()


def open_binary(path: Path) -> BinaryIO:
    """The file as bytes, decompressed when its name ends in ``.gz``."""
    if path.name.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def read_jsonl(path: Path) -> Iterator[Item | ItemError]:
    """Each non-blank line as a raw ``jsonl`` item (parsed later by :func:`parse_line`)."""
    lineno = 0
    try:
        with open_binary(path) as fh:
            for lineno, line in enumerate(fh, 1):
                if line.strip():
                    yield Item(
                        f"{path}:{lineno}", "jsonl", line, _NO_META, sha256_hex(line), len(line)
                    )
    except (OSError, EOFError, zlib.error) as exc:
        yield ItemError(f"{path}:{lineno + 1}", f"file ends or breaks here ({_short(exc)})")


def parse_line(item: Item, columns: Columns) -> Item | ItemError:
    """The document a raw line holds (keeping the line's hash), or the reason it holds none."""
    line = item.payload
    assert isinstance(line, bytes)
    size = len(line)
    locator = item.locator
    try:
        obj = json.loads(line.rstrip(b"\r\n"))
    except UnicodeDecodeError:
        return ItemError(locator, "line is not UTF-8", size)
    except json.JSONDecodeError as exc:
        return ItemError(locator, f"not valid JSON ({exc.msg}, column {exc.colno})", size)
    if not isinstance(obj, dict):
        return ItemError(locator, f"not a JSON object but {type(obj).__name__}", size)
    parsed = record_to_item(obj, locator, columns, size)
    if isinstance(parsed, ItemError):
        return parsed
    return Item(locator, "text", parsed.payload, parsed.meta, item.raw_sha256, size)


def _short(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
