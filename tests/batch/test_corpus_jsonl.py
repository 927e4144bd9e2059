"""JSON Lines reader: every line an item or an error with its line number; the rest goes on."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from unspin.batch.columns import Columns
from unspin.batch.items import Item, ItemError, Meta
from unspin.batch.read_jsonl import parse_line, read_jsonl


def read(path: Path, columns: Columns) -> list[Item | ItemError]:
    """What the workers make of the lines the reader cuts."""
    return [parse_line(e, columns) if isinstance(e, Item) else e for e in read_jsonl(path)]


LINES = [
    b'{"id": 7, "text": "First story.", "outlet": "Carrow Post", "date": "2020-01-02"}',
    b"",
    b'{"text": "Second story.", "url": "https://www.example.org/x", "title": "T"}',
    b'{"text": "Third story."',
    b"[1, 2]",
    b'{"body": "no text field"}',
    b'{"text": 42}',
    b'{"text": "   "}',
    b'{"text": "\xff\xfe"}',
    b'{"text": "Fourth story.", "outlet": {"nested": true}}',
]


def _read(tmp_path: Path, data: bytes, name: str = "c.jsonl", columns: Columns | None = None):
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return read(path, columns or Columns()), path


def _summary(entries: list[Item | ItemError], path: Path) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    for e in entries:
        where = e.locator.replace(str(path), "F")
        out.append((where, e.payload if isinstance(e, Item) else e.reason))
    return out


def test_read_jsonl_reads_good_lines_and_records_bad_ones(tmp_path: Path) -> None:
    entries, path = _read(tmp_path, b"\n".join(LINES) + b"\n")
    assert _summary(entries, path) == [
        ("F:1", "First story."),
        ("F:3", "Second story."),
        ("F:4", "not valid JSON (Expecting ',' delimiter, column 24)"),
        ("F:5", "not a JSON object but list"),
        ("F:6", "no 'text' field"),
        ("F:7", "'text' is not a string"),
        ("F:8", "'text' is empty"),
        ("F:9", "line is not UTF-8"),
        ("F:10", "Fourth story."),
    ]


def test_read_jsonl_keeps_metadata_and_falls_back_to_url_host(tmp_path: Path) -> None:
    entries, _ = _read(tmp_path, b"\n".join(LINES[:3]))
    first, second = entries
    assert isinstance(first, Item) and isinstance(second, Item)
    assert first.meta == Meta("Carrow Post", "2020-01-02", None, None, "7")
    assert second.meta == Meta("example.org", None, "https://www.example.org/x", "T", None)
    assert first.kind == "text" and first.size == len(LINES[0]) + 1


def test_read_jsonl_uses_configured_columns(tmp_path: Path) -> None:
    data = b'{"body": "Story.", "source": "Dunmore Daily", "when": "2019", "key": "k1"}\n'
    columns = Columns(text="body", outlet="source", date="when", id="key")
    entries, _ = _read(tmp_path, data, columns=columns)
    assert [(e.payload, e.meta) for e in entries if isinstance(e, Item)] == [
        ("Story.", Meta("Dunmore Daily", "2019", None, None, "k1"))
    ]


def test_read_jsonl_reads_gzip_and_reports_a_truncated_one(tmp_path: Path) -> None:
    data = b"".join(b'{"text": "Story %d."}\n' % i for i in range(200))
    entries, _ = _read(tmp_path, data, "c.jsonl.gz")
    assert len(entries) == 200 and all(isinstance(e, Item) for e in entries)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(gzip.compress(data)[:-30])
    entries = read(path, Columns())
    assert all(isinstance(e, Item) for e in entries[:-1])
    last = entries[-1]
    assert isinstance(last, ItemError) and last.reason.startswith("file ends or breaks here")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("plain", "plain"), ("lone \ud800 surrogate", "lone \ufffd surrogate")],
)
def test_read_jsonl_text_always_encodes_as_utf8(tmp_path: Path, text: str, expected: str) -> None:
    import json

    entries, _ = _read(tmp_path, json.dumps({"text": text}).encode())
    assert [e.payload for e in entries] == [expected]
