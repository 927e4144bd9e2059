"""CSV corpora with a header row (``.csv``, optionally gzipped); one row per document."""

from __future__ import annotations

import csv
import io
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

from unspin.batch.columns import Columns, record_to_item
from unspin.batch.items import Item, ItemError
from unspin.batch.read_jsonl import open_binary

# Articles are longer than the csv module's default field limit of 128 KiB.
FIELD_LIMIT = min(sys.maxsize, 2**31 - 1)


def read_csv(path: Path, columns: Columns) -> Iterator[Item | ItemError]:
    """Each row as an item; a row with missing or extra fields becomes an error."""
    csv.field_size_limit(FIELD_LIMIT)
    line = 1
    try:
        with io.TextIOWrapper(open_binary(path), encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, None)
            if header is None:
                yield ItemError(str(path), "empty CSV file")
                return
            if columns.text not in header:
                yield ItemError(str(path), f"no {columns.text!r} column (has: {', '.join(header)})")
                return
            line = reader.line_num + 1
            for row in reader:
                locator = f"{path}:{line}"
                line = reader.line_num + 1
                if row:  # a blank line
                    yield _row_to_item(header, row, locator, columns)
    except UnicodeDecodeError:
        yield ItemError(f"{path}:{line}", "not UTF-8 from this line on")
    except (csv.Error, OSError, EOFError, zlib.error) as exc:
        yield ItemError(f"{path}:{line}", f"file ends or breaks here ({exc})")


def _row_to_item(
    header: list[str], row: list[str], locator: str, columns: Columns
) -> Item | ItemError:
    size = sum(len(v) for v in row) + len(row)
    if len(row) != len(header):
        return ItemError(locator, f"row has {len(row)} fields, the header has {len(header)}", size)
    return record_to_item(dict(zip(header, row, strict=True)), locator, columns, size)
