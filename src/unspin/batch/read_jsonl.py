"""JSON Lines corpora: one JSON object per line (``.jsonl``, ``.ndjson``, optionally gzipped)."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from unspin.batch.columns import Columns, record_to_item
from unspin.batch.items import Item, ItemError


def open_binary(path: Path) -> BinaryIO:
    """The file as bytes, decompressed when its name ends in ``.gz``."""
    if path.name.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def read_jsonl(path: Path, columns: Columns) -> Iterator[Item | ItemError]:
    """Each non-blank line as an item; a malformed line becomes an error and reading goes on."""
    lineno = 0
    try:
        with open_binary(path) as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                yield _line_to_item(line, f"{path}:{lineno}", columns)
    except (OSError, EOFError, zlib.error) as exc:
        yield ItemError(f"{path}:{lineno + 1}", f"file ends or breaks here ({_short(exc)})")


def _line_to_item(line: bytes, locator: str, columns: Columns) -> Item | ItemError:
    size = len(line)
    try:
        obj = json.loads(line.rstrip(b"\r\n"))
    except UnicodeDecodeError:
        return ItemError(locator, "line is not UTF-8", size)
    except json.JSONDecodeError as exc:
        return ItemError(locator, f"not valid JSON ({exc.msg}, column {exc.colno})", size)
    if not isinstance(obj, dict):
        return ItemError(locator, f"not a JSON object but {type(obj).__name__}", size)
    return record_to_item(obj, locator, columns, size)


def _short(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
