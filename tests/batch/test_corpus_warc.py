"""WARC reader: HTML responses become items; a truncated archive ends with an error."""

from __future__ import annotations

from pathlib import Path

import pytest
from audit_corpus import PAGE, write_warc

from unspin.batch.items import Item, ItemError
from unspin.batch.read_warc import read_warc


@pytest.mark.parametrize("gzip", [True, False])
def test_read_warc_takes_html_responses_with_metadata(tmp_path: Path, gzip: bool) -> None:
    path = write_warc(tmp_path / ("a.warc.gz" if gzip else "a.warc"), gzip=gzip)
    entries = list(read_warc(path))
    assert all(isinstance(e, Item) for e in entries)
    assert [
        (e.locator.replace(str(path), "F"), e.meta.outlet, e.meta.date, e.fmt, e.charset)
        for e in entries
    ] == [
        ("F#2", "outlet0.example", "2021-01-01T08:00:00Z", "html", "utf-8"),
        ("F#3", "outlet1.example", "2021-02-01T08:00:00Z", "html", "utf-8"),
        ("F#4", "outlet0.example", "2021-03-01T08:00:00Z", "html", "utf-8"),
        ("F#5", "outlet1.example", "2021-04-01T08:00:00Z", "html", "utf-8"),
    ]
    assert entries[0].payload == PAGE.format(i=0).encode()


@pytest.mark.parametrize(("gzip", "cut"), [(True, 0.5), (True, 0.97), (False, 0.5), (False, 0.97)])
def test_read_warc_truncated_keeps_earlier_records_and_records_an_error(
    tmp_path: Path, gzip: bool, cut: float
) -> None:
    whole = write_warc(tmp_path / "whole.warc", gzip=gzip, pages=8).read_bytes()
    path = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    path.write_bytes(whole[: int(len(whole) * cut)])
    entries = list(read_warc(path))
    items = [e for e in entries if isinstance(e, Item)]
    errors = [e for e in entries if isinstance(e, ItemError)]
    assert len(errors) == 1 and entries[-1] is errors[0]
    assert "truncated" in errors[0].reason or "damaged" in errors[0].reason
    # the records before the cut are all there, in order
    assert [i.locator.rsplit("#", 1)[1] for i in items] == [
        str(n) for n in range(2, 2 + len(items))
    ]
    assert 1 <= len(items) <= 8
    assert all(i.payload == PAGE.format(i=n).encode() for n, i in enumerate(items))
