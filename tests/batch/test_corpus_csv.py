"""CSV reader: rows with missing or extra fields are errors naming the line; the rest is read."""

from __future__ import annotations

import gzip
from pathlib import Path

from unspin.batch.columns import Columns
from unspin.batch.items import Item, ItemError, Meta
from unspin.batch.read_csv import read_csv

CSV = (
    "id,outlet,date,url,title,text\r\n"
    "1,Carrow Post,2020-01-02,,First,First story.\r\n"
    '2,,2021-05-06,https://www.example.org/2,Second,"Second story,\r\nover two lines."\r\n'
    "3,Dunmore Daily,2019\r\n"
    "\r\n"
    "4,Dunmore Daily,2019,,Fourth,Fourth story.,extra\r\n"
    "5,,,,,\r\n"
    "6,,,,Sixth,Sixth story.\r\n"
)


def _summary(entries: list[Item | ItemError], path: Path) -> list[tuple[str, object]]:
    return [
        (e.locator.replace(str(path), "F"), e.payload if isinstance(e, Item) else e.reason)
        for e in entries
    ]


def test_read_csv_reads_good_rows_and_records_bad_ones(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(CSV.encode())
    entries = list(read_csv(path, Columns()))
    assert _summary(entries, path) == [
        ("F:2", "First story."),
        ("F:3", "Second story,\r\nover two lines."),
        ("F:5", "row has 3 fields, the header has 6"),
        ("F:7", "row has 7 fields, the header has 6"),
        ("F:8", "'text' is empty"),
        ("F:9", "Sixth story."),
    ]
    assert entries[1].meta == Meta(
        "example.org", "2021-05-06", "https://www.example.org/2", "Second", "2"
    )


def test_read_csv_without_the_text_column_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("id,body\n1,Story.\n", encoding="utf-8")
    assert _summary(list(read_csv(path, Columns())), path) == [
        ("F", "no 'text' column (has: id, body)")
    ]
    assert _summary(list(read_csv(path, Columns(text="body"))), path) == [("F:2", "Story.")]


def test_read_csv_handles_bom_gzip_empty_and_bad_bytes(tmp_path: Path) -> None:
    path = tmp_path / "c.csv.gz"
    path.write_bytes(gzip.compress("\ufefftext,outlet\nA story.,Eastleigh Echo\n".encode()))
    (item,) = read_csv(path, Columns())
    assert isinstance(item, Item) and item.meta.outlet == "Eastleigh Echo"
    empty = tmp_path / "e.csv"
    empty.write_bytes(b"")
    assert _summary(list(read_csv(empty, Columns())), empty) == [("F", "empty CSV file")]
    bad = tmp_path / "b.csv"
    bad.write_bytes(b"text\nfine\n\xff\xfe broken\n")
    assert _summary(list(read_csv(bad, Columns())), bad)[-1][1] == "not UTF-8 from this line on"
