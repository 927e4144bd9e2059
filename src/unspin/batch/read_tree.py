"""Corpus paths: files and directory trees, each file read by the reader its name asks for."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from unspin.batch.columns import Columns
from unspin.batch.items import Item, ItemError, Meta, sha256_hex
from unspin.batch.read_csv import read_csv
from unspin.batch.read_jsonl import read_jsonl
from unspin.batch.read_warc import read_warc

DOCUMENT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
CSV_SUFFIXES = (".csv", ".csv.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
# A compressed corpus file stands for about this many times its size in text (for the ETA).
GZIP_RATIO = 4


def corpus_kind(path: Path) -> str | None:
    name = path.name.lower()
    for kind, suffixes in (
        ("jsonl", JSONL_SUFFIXES),
        ("csv", CSV_SUFFIXES),
        ("warc", WARC_SUFFIXES),
        ("document", DOCUMENT_SUFFIXES),
    ):
        if name.endswith(suffixes):
            return kind
    return None


def corpus_files(paths: Sequence[Path]) -> Iterator[Path]:
    """Every readable corpus file under ``paths``, in a stable order; hidden entries skipped."""
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    child = Path(root) / name
                    if not name.startswith(".") and corpus_kind(child) is not None:
                        yield child
        else:
            yield path


def estimated_bytes(paths: Sequence[Path]) -> int:
    """About how many input bytes the corpus holds (compressed files scaled up)."""
    total = 0
    for path in corpus_files(paths):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        total += size * GZIP_RATIO if path.name.endswith(".gz") else size
    return total


def read_corpus(paths: Sequence[Path], columns: Columns) -> Iterator[Item | ItemError]:
    """Items and errors from every corpus file under ``paths``."""
    for path in corpus_files(paths):
        kind = corpus_kind(path)
        if kind == "jsonl":
            yield from read_jsonl(path)
        elif kind == "csv":
            yield from read_csv(path, columns)
        elif kind == "warc":
            yield from read_warc(path)
        elif kind == "document":
            yield _document(path)
        else:
            yield ItemError(
                str(path), "not a corpus file (use .txt, .md, .html, .docx, .jsonl, .csv or .warc)"
            )


def _document(path: Path) -> Item | ItemError:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ItemError(str(path), exc.strerror or "cannot be read")
    return Item(str(path), "file", data, Meta(), sha256_hex(data), len(data))
