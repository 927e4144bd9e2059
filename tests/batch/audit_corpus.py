"""Shared pieces for the batch tests: a small corpus written here, and a stand-in analysis.

(Imported by name from the tests; ``conftest.py`` turns the stand-in into a fixture.)

The stand-in (``fake_analysis``) replaces the look-up of ``unspin.api`` in the worker code so
the tests of reading, storing and resuming do not depend on how the real rules evolve; the
tests of the real path (subprocess, Dask) use the real analysis and check structure only.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from unspin.batch import work
from unspin.model import Actor, CheckResult, DocumentFinding, Finding, Severity

RAID = (
    "Officers rescued {n} women during a raid on {k} massage businesses in {town} on Tuesday, "
    "the police department said in release {i}. {a} people were arrested and charged with promoting "
    "prostitution. The department did not say where the women were taken afterwards."
)
FILLER = (
    "The {town} council voted on Monday to repave {k} streets near the harbour before winter. "
    "Residents asked for more bicycle lanes and a later bus service on weekends. "
    "The work is expected to take {n} weeks and will close one lane at a time."
)
TOWNS = ("Ashford", "Brookvale", "Carrow", "Dunmore", "Eastleigh", "Fairholm")
OUTLETS = ("The Ashford Ledger", "Brookvale Times", "Carrow Evening Post")


def raid_text(i: int) -> str:
    return RAID.format(n=10 + i % 20, k=2 + i % 5, town=TOWNS[i % len(TOWNS)], a=1 + i % 6, i=i)


def filler_text(i: int) -> str:
    return FILLER.format(n=3 + i % 9, k=4 + i, town=TOWNS[i % len(TOWNS)])


def records(n: int, every: int = 10) -> Iterator[dict[str, str]]:
    """``n`` distinct articles, one raid story in ``every``; outlet, date, url and title set."""
    for i in range(n):
        text = raid_text(i) if i % every == 0 else filler_text(i)
        yield {
            "id": f"a{i}",
            "text": text,
            "outlet": OUTLETS[i % len(OUTLETS)],
            "date": f"{2018 + i % 4}-0{1 + i % 9}-1{i % 10}",
            "url": f"https://news{i % 3}.example.org/story/{i}",
            "title": f"Story {i}",
        }


def write_jsonl(path: Path, rows: Any) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


_RESCUED = re.compile(r"(\w+) rescued (\d+) women")
_ARRESTED = re.compile(r"(\d+) people were arrested")


class _Result:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def to_dict(self) -> dict[str, Any]:
        return self.data


def fake_check(doc: Any) -> CheckResult:
    text = doc.text
    findings = []
    documents = []
    match = _RESCUED.search(text)
    if match:
        findings.append(
            Finding(
                "rescue-frame",
                Severity.ERROR,
                match.start(),
                match.end(),
                match.group(0),
                "calls police detaining people a rescue",
                ("officers detained",),
                Actor(match.group(1), "police"),
                False,
                0.9,
            )
        )
        documents.append(DocumentFinding("missing-outcome", "nothing said about what followed"))
    return CheckResult(text=text, findings=tuple(findings), document_findings=tuple(documents))


def _count(value: int | None) -> dict[str, Any]:
    return {"value": value, "evidence": []}


def fake_ledger(text: str) -> _Result:
    rescued = _RESCUED.search(text)
    arrested = _ARRESTED.search(text)
    return _Result(
        {
            "operation": _count(None),
            "agencies": [{"text": "the police department", "start": 0, "end": 1}],
            "claimed_rescued": _count(int(rescued.group(2)) if rescued else None),
            "arrested": _count(int(arrested.group(1)) if arrested else None),
            "charged": {
                "trafficking": _count(None),
                "prostitution-related": _count(int(arrested.group(1)) if arrested else None),
                "immigration": _count(None),
                "money-laundering": _count(None),
                "other": _count(None),
            },
            "immigration_actions": _count(None),
            "seized": [],
            "convictions": {},
            "outcome_reported": {"value": False, "evidence": []},
            "summary": "Police arrested people.",
        }
    )


def fake_harms(text: str) -> _Result:
    harms = []
    if "arrested" in text:
        start = text.index("arrested")
        harms.append(
            {
                "harm": "raid-arrest-charge",
                "family": "state violence",
                "actor": {"text": "police", "type": "police"},
                "evidence": {"start": start, "end": start + 8, "text": "arrested"},
                "sentence": "This is a raid and arrests by police.",
            }
        )
    return _Result({"harms": harms})


FAKE = work.Analyser(
    check=fake_check,
    ledger=fake_ledger,
    name_harms=fake_harms,
    is_relevant=lambda text: "raid" in text,
)


PAGE = (
    "<html><head><title>Story {i}</title></head><body><p>Body {i} "
    + "words " * 80
    + "</p></body></html>"
)


def write_warc(path: Path, *, gzip: bool, pages: int = 4) -> Path:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for i in range(pages):
            body = PAGE.format(i=i).encode()
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    f"https://www.outlet{i % 2}.example/{i}",
                    "response",
                    payload=io.BytesIO(body),
                    length=len(body),
                    http_headers=http,
                    warc_headers_dict={"WARC-Date": f"2021-0{i + 1}-01T08:00:00Z"},
                )
            )
        for status, ctype in (("404 Not Found", "text/html"), ("200 OK", "image/png")):
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    "https://outlet0.example/x",
                    "response",
                    payload=io.BytesIO(b"<p>not an article</p>"),
                    length=21,
                    http_headers=http,
                )
            )
    return path
