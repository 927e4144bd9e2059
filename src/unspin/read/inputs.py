"""Paths, bytes and stdin to Documents; every failure is an ``unspin.errors`` InputError.

Format comes from ``fmt`` if given (text, markdown, html, docx), else the extension;
with an unknown extension (or stdin) a zip archive is read as DOCX, a page starting
with ``<!doctype html`` or ``<html`` as HTML, and anything else as plain text.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import BinaryIO

from unspin.config import DEFAULT_MAX_BYTES
from unspin.errors import InputError, InputNotFound, UnspinError
from unspin.read.decode import decode_bytes, require_text, too_large
from unspin.read.document import Document
from unspin.read.docx_text import extract_docx
from unspin.read.html_text import extract_html
from unspin.read.markdown_text import extract_markdown
from unspin.read.plain_text import extract_plain

FORMATS = ("text", "markdown", "html", "docx")
EXTENSIONS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
}
STDIN = "<stdin>"
NO_FILES = "no .txt, .md, .html or .docx files in directory"
_NO_TEXT = "no text found after removing markup"
_TEXT_EXTRACTORS: dict[str, Callable[..., Document]] = {
    "markdown": extract_markdown,
    "html": extract_html,
}


def format_for(name: str, fmt: str | None = None) -> str | None:
    """The format for ``name``: ``fmt`` if given, else by extension (None if unknown)."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")
        return fmt
    return EXTENSIONS.get(os.path.splitext(name)[1].lower())


def _sniff(data: bytes) -> str:
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def read_bytes(
    data: bytes, *, source: str, fmt: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """Read one input held in memory; ``source`` names it in the Document and errors."""
    if len(data) > max_bytes:
        raise too_large(source, len(data), max_bytes)
    kind = format_for(source, fmt) or _sniff(data)
    if kind == "docx":
        document = extract_docx(data, source=source)
    else:
        text = decode_bytes(data, source, html=kind == "html")
        text = require_text(text.removeprefix("\ufeff"), source)
        if kind == "text":
            return extract_plain(text, source=source)
        document = _TEXT_EXTRACTORS[kind](text, source=source)
    require_text(document.text, source, "empty file" if kind == "docx" else _NO_TEXT)
    return document


def _os_error(source: str, exc: OSError) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputNotFound(source, "no such file")
    if isinstance(exc, PermissionError):
        return InputError(source, "permission denied")
    if isinstance(exc, IsADirectoryError):
        return InputError(source, "is a directory")
    return InputError(source, (exc.strerror or type(exc).__name__).lower())


def _read_limited(stream: BinaryIO, source: str, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_large(source, None, max_bytes)
    return data


def read_path(
    path: str | Path, *, fmt: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """Read one file; the size is checked before the file is read."""
    source = str(path)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(source, "is a directory")
        if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
            raise too_large(source, info.st_size, max_bytes)
        with open(path, "rb") as stream:
            data = _read_limited(stream, source, max_bytes)
    except OSError as exc:
        raise _os_error(source, exc) from None
    return read_bytes(data, source=source, fmt=fmt, max_bytes=max_bytes)


def read_stdin(
    *,
    fmt: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stream: BinaryIO | None = None,
    source: str = STDIN,
) -> Document:
    """Read standard input (or ``stream``) up to ``max_bytes``."""
    data = _read_limited(stream if stream is not None else sys.stdin.buffer, source, max_bytes)
    return read_bytes(data, source=source, fmt=fmt, max_bytes=max_bytes)


def _is_hidden(name: str) -> bool:
    return name.startswith((".", "~$"))  # ~$x.docx: Word's lock file


def expand_directory(directory: str) -> tuple[list[str], list[InputError]]:
    """Files with a known extension under ``directory``, sorted, hidden entries skipped."""
    files: list[str] = []
    errors: list[InputError] = []

    def on_error(exc: OSError) -> None:
        errors.append(_os_error(str(exc.filename or directory), exc))

    for root, dirs, names in os.walk(directory, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not _is_hidden(d))
        for name in sorted(names):
            if not _is_hidden(name) and os.path.splitext(name)[1].lower() in EXTENSIONS:
                files.append(os.path.join(root, name))
    return files, errors


def iter_inputs(
    args: Sequence[str], *, fmt: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[tuple[str, Document | UnspinError]]:
    """(name, Document or error) for each input; a bad input never stops the others.

    ``-`` is stdin (named ``<stdin>``); a directory is expanded recursively to its
    .txt, .md, .markdown, .html, .htm and .docx files.
    """
    for arg in args:
        if arg == "-":
            yield _attempt(STDIN, partial(read_stdin, fmt=fmt, max_bytes=max_bytes))
            continue
        if os.path.isdir(arg):
            files, errors = expand_directory(arg)
            for error in errors:
                yield error.source, error
            if not files and not errors:
                yield arg, InputError(arg, NO_FILES)
            for name in files:
                yield _attempt(name, partial(read_path, name, fmt=fmt, max_bytes=max_bytes))
            continue
        yield _attempt(arg, partial(read_path, arg, fmt=fmt, max_bytes=max_bytes))


def _attempt(name: str, read: Callable[[], Document]) -> tuple[str, Document | UnspinError]:
    try:
        return name, read()
    except UnspinError as exc:
        return name, exc
