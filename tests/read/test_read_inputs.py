"""Inputs: formats by extension, directories, stdin, and every kind of bad input."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from unspin.errors import InputError, InputNotFound, InputTooLarge, InputUndecodable, UnspinError
from unspin.read import Document, iter_inputs, read_bytes, read_path, read_stdin
from unspin.read import inputs as inputs_module

MB = 1024 * 1024


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


# bytes -> exact error class and reason
BAD_BYTES = [
    (b"", InputError, "empty file"),
    (b"  \n\t\r\n ", InputError, "empty file"),
    (b"\xef\xbb\xbf", InputError, "empty file"),
    (b"\xef\xbb\xbf \n", InputError, "empty file"),
    (b"\xff\xfe", InputError, "empty file"),
    (b"text\x00with a nul", InputUndecodable, "binary file, not text"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, InputUndecodable, "binary file, not text"),
    (bytes(range(1, 9)) * 100, InputUndecodable, "binary file, not text"),
    (bytes(range(0x80, 0x100)) * 4, InputUndecodable, "binary file, not text"),
    (
        b"caf\xe9 au lait, written in Latin-1",
        InputUndecodable,
        "not valid UTF-8 text (byte 0xe9 at offset 3)",
    ),
    (
        b"\xef\xbb\xbfok then \xc3(",
        InputUndecodable,
        "not valid UTF-8 text (byte 0xc3 at offset 11)",
    ),
    (b"\xff\xfeA\x00B", InputUndecodable, "not valid UTF-16 text (byte 0x42 at offset 4)"),
]


@pytest.mark.parametrize(("data", "error", "reason"), BAD_BYTES)
def test_inputs_bad_bytes_raise_named_errors(
    data: bytes, error: type[UnspinError], reason: str
) -> None:
    with pytest.raises(error) as caught:
        read_bytes(data, source="story.txt")
    assert type(caught.value) is error
    assert caught.value.source == "story.txt"
    assert caught.value.reason == reason
    assert caught.value.one_line() == f"unspin: story.txt: {reason}"


# bytes -> decoded text (plain text reader)
GOOD_BYTES = [
    (b"Plain words.", "Plain words."),
    (b"\xef\xbb\xbfBOM is dropped.", "BOM is dropped."),
    (b"one\r\ntwo\rthree\n", "one\ntwo\nthree\n"),
    ("Caf\u00e9 \u2014 fine".encode(), "Caf\u00e9 \u2014 fine"),
    (b"\xff\xfe" + "UTF-16 LE".encode("utf-16-le"), "UTF-16 LE"),
    (b"\xfe\xff" + "UTF-16 BE".encode("utf-16-be"), "UTF-16 BE"),
    (b"\xff\xfe\x00\x00" + "UTF-32".encode("utf-32-le"), "UTF-32"),
    (b"tabs\tand\x0cform feeds are text", "tabs\tand\x0cform feeds are text"),
]


@pytest.mark.parametrize(("data", "text"), GOOD_BYTES)
def test_inputs_decodes_text(data: bytes, text: str) -> None:
    document = read_bytes(data, source="a.txt")
    assert document == Document(text=text, source="a.txt", format="text")


def test_inputs_html_meta_charset_is_honoured_when_not_utf8() -> None:
    data = b'<html><head><meta charset="windows-1252"></head><body><p>caf\xe9 \x96 ok</p>'
    assert read_bytes(data, source="a.html").text == "caf\u00e9 \u2013 ok"


def test_inputs_meta_charset_is_ignored_for_plain_text() -> None:
    data = b'<meta charset="windows-1252"> caf\xe9'
    with pytest.raises(InputUndecodable, match="byte 0xe9 at offset 33"):
        read_bytes(data, source="a.txt")


# name, fmt, content -> Document.format
FORMATS = [
    ("a.txt", None, "Text.", "text"),
    ("a.md", None, "# Text", "markdown"),
    ("a.MARKDOWN", None, "# Text", "markdown"),
    ("a.html", None, "<p>Text</p>", "html"),
    ("a.htm", None, "<p>Text</p>", "html"),
    ("a.txt", "markdown", "# Text", "markdown"),
    ("a.md", "text", "# Text", "text"),
    ("a.md", "html", "<p>Text</p>", "html"),
    ("notes.rst", None, "Text.", "text"),
    ("README", None, "Text.", "text"),
    ("page.php", None, "<!DOCTYPE html><p>Text</p>", "html"),
    ("page", None, "\n  <html><body>Text</body></html>", "html"),
]


@pytest.mark.parametrize(("name", "fmt", "content", "expected"), FORMATS)
def test_inputs_format_by_extension_override_and_sniffing(
    name: str, fmt: str | None, content: str, expected: str
) -> None:
    document = read_bytes(content.encode(), source=name, fmt=fmt)
    assert document.format == expected
    assert document.source == name


def test_inputs_unknown_fmt_is_a_usage_error() -> None:
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        read_bytes(b"x", source="a.txt", fmt="pdf")


def test_inputs_markup_with_no_text_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        read_bytes(b"<html><body><script>x()</script></body></html>", source="a.html")
    assert caught.value.reason == "no text found after removing markup"
    with pytest.raises(InputError, match="no text found"):
        read_bytes(b"```\ncode only\n```\n", source="a.md")


def test_inputs_read_path_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.md"
    with pytest.raises(InputNotFound) as caught:
        read_path(missing)
    assert caught.value.source == str(missing)
    assert caught.value.reason == "no such file"


def test_inputs_read_path_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read_path(tmp_path)


def test_inputs_read_path_permission_denied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path / "locked.txt", "secret")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(inputs_module, "open", refuse, raising=False)
    with pytest.raises(InputError) as caught:
        read_path(path)
    assert caught.value.reason == "permission denied"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_inputs_read_path_permission_denied_for_real(tmp_path: Path) -> None:
    path = _write(tmp_path / "locked.txt", "secret")
    path.chmod(0)
    try:
        with pytest.raises(InputError, match="^.*: permission denied$"):
            read_path(path)
    finally:
        path.chmod(0o600)


# size, limit -> reason
SIZES = [
    (12 * MB, 10 * MB, "file is 12.0 MB, over the 10 MB limit"),
    (10 * MB + 1, 10 * MB, "file is 10.0 MB, over the 10 MB limit"),
    (1536, 1024, "file is 1.5 KB, over the 1 KB limit"),
    (11, 10, "file is 11 bytes, over the 10 bytes limit"),
    (3 * MB, 2 * MB + MB // 2, "file is 3.0 MB, over the 2.5 MB limit"),
]


@pytest.mark.parametrize(("size", "limit", "reason"), SIZES)
def test_inputs_too_large_is_checked_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int, limit: int, reason: str
) -> None:
    path = tmp_path / "big.txt"
    with open(path, "wb") as stream:
        stream.truncate(size)  # sparse: no disk space used

    def must_not_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(inputs_module, "open", must_not_open, raising=False)
    with pytest.raises(InputTooLarge) as caught:
        read_path(path, max_bytes=limit)
    assert caught.value.reason == reason
    assert caught.value.http_status == 413


def test_inputs_at_the_limit_is_read(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", "x" * 10)
    assert read_path(path, max_bytes=10).text == "x" * 10


def test_inputs_bytes_and_stdin_over_the_limit() -> None:
    with pytest.raises(InputTooLarge, match="^.*file is 11 bytes, over the 10 bytes limit$"):
        read_bytes(b"x" * 11, source="a.txt", max_bytes=10)
    with pytest.raises(InputTooLarge) as caught:
        read_stdin(stream=io.BytesIO(b"x" * 11), max_bytes=10)
    assert caught.value.source == "<stdin>"
    assert caught.value.reason == "input is over the 10 bytes limit"


def test_inputs_read_stdin_reads_the_stream() -> None:
    document = read_stdin(stream=io.BytesIO(b"# Head\n\nBody"), fmt="markdown")
    assert document == Document(text="Head\n\nBody", source="<stdin>", format="markdown")


def _summary(results: list[tuple[str, Document | UnspinError]]) -> list[tuple[str, str]]:
    return [
        (name, item.reason if isinstance(item, UnspinError) else item.text)
        for name, item in results
    ]


def test_inputs_iter_inputs_goes_on_after_bad_inputs(tmp_path: Path) -> None:
    good = _write(tmp_path / "good.md", "# Good\n")
    binary = _write(tmp_path / "bin.txt", b"\x00\x01\x02")
    empty = _write(tmp_path / "empty.txt", "")
    missing = tmp_path / "missing.txt"
    args = [str(missing), str(good), str(binary), str(empty)]
    results = list(iter_inputs(args))
    assert _summary(results) == [
        (str(missing), "no such file"),
        (str(good), "Good"),
        (str(binary), "binary file, not text"),
        (str(empty), "empty file"),
    ]
    assert isinstance(results[0][1], InputNotFound)
    assert all(
        isinstance(item, UnspinError) and item.source == name
        for name, item in results
        if not isinstance(item, Document)
    )


def test_inputs_iter_inputs_expands_directories(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    _write(root / "b.txt", "B")
    _write(root / "a.md", "A")
    _write(root / "sub" / "c.HTML", "<p>C</p>")
    _write(root / "sub" / "deeper" / "d.htm", "<p>D</p>")
    _write(root / "notes.csv", "skipped")
    _write(root / ".hidden.md", "skipped")
    _write(root / ".git" / "e.md", "skipped")
    _write(root / "~$lock.docx", b"skipped")
    results = _summary(list(iter_inputs([str(root)])))
    assert results == [
        (str(root / "a.md"), "A"),
        (str(root / "b.txt"), "B"),
        (str(root / "sub" / "c.HTML"), "C"),
        (str(root / "sub" / "deeper" / "d.htm"), "D"),
    ]


def test_inputs_iter_inputs_directory_without_readable_files(tmp_path: Path) -> None:
    _write(tmp_path / "data.csv", "a,b")
    _write(tmp_path / ".hidden" / "x.md", "hidden")
    results = list(iter_inputs([str(tmp_path)]))
    assert _summary(results) == [(str(tmp_path), "no .txt, .md, .html or .docx files in directory")]
    assert type(results[0][1]) is InputError


def test_inputs_iter_inputs_dash_is_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeStdin:
        buffer = io.BytesIO(b"From stdin.")

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    assert _summary(list(iter_inputs(["-", "-"]))) == [
        ("<stdin>", "From stdin."),
        ("<stdin>", "empty file"),
    ]


def test_inputs_iter_inputs_applies_fmt_and_limit(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", "# Head")
    assert _summary(list(iter_inputs([str(path)], fmt="markdown"))) == [(str(path), "Head")]
    assert _summary(list(iter_inputs([str(path)], max_bytes=3))) == [
        (str(path), "file is 6 bytes, over the 3 bytes limit")
    ]
