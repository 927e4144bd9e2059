"""Bytes to text: BOMs, UTF-8, UTF-16/32 with a BOM, and telling binary files apart.

The order is fixed and small on purpose: a UTF-32 or UTF-16 byte-order mark, else UTF-8
(a UTF-8 BOM is dropped); for HTML only, a ``<meta charset>`` named in the first bytes.
Anything else is reported, naming the first bad byte, rather than guessed at.
"""

from __future__ import annotations

import codecs
import re

from unspin.errors import InputError, InputTooLarge, InputUndecodable

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_SAMPLE = 8192
# C0 controls other than \b \t \n \v \f \r and ESC: rare in text, common in binaries
_CONTROL = re.compile("[\x00-\x07\x0e-\x1a\x1c-\x1f]")
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE
)

BINARY = "binary file, not text"
MB = 1024 * 1024
KB = 1024


def _amount(size: int, *, exact: bool) -> str:
    for unit, name in ((MB, "MB"), (KB, "KB")):
        if size >= unit:
            if exact and size % unit == 0:
                return f"{size // unit} {name}"
            return f"{size / unit:.1f} {name}"
    return f"{size} bytes"


def too_large(source: str, size: int | None, limit: int) -> InputTooLarge:
    """``file is 12.0 MB, over the 10 MB limit`` (or ``input is over ...`` if unknown)."""
    over = f"over the {_amount(limit, exact=True)} limit"
    if size is None:
        return InputTooLarge(source, f"input is {over}")
    return InputTooLarge(source, f"file is {_amount(size, exact=False)}, {over}")


def _controls(text: str) -> int:
    return len(_CONTROL.findall(text))


def _mostly_not_text(data: bytes) -> bool:
    sample = data[:_SAMPLE].decode("utf-8", errors="replace")
    bad = sample.count("\ufffd") + _controls(sample)
    return bad > 0.3 * max(len(sample), 1)


def _strict(data: bytes, encoding: str, label: str, source: str, skip: int) -> str:
    try:
        return data[skip:].decode(encoding)
    except UnicodeDecodeError as exc:
        offset = skip + exc.start
        raise InputUndecodable(
            source, f"not valid {label} text (byte 0x{data[offset]:02x} at offset {offset})"
        ) from None


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def decode_bytes(data: bytes, source: str, *, html: bool = False) -> str:
    """Decode ``data`` or raise InputUndecodable / InputError naming ``source``."""
    for bom, encoding, label in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, label, source, len(bom))
    if b"\x00" in data:
        raise InputUndecodable(source, BINARY)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _mostly_not_text(data):
            raise InputUndecodable(source, BINARY) from None
        charset = _meta_charset(data) if html else None
        if charset is not None and charset != "utf-8":
            try:
                return data.decode(charset)
            except UnicodeDecodeError:
                pass
        offset = exc.start
        raise InputUndecodable(
            source, f"not valid UTF-8 text (byte 0x{data[offset]:02x} at offset {offset})"
        ) from None
    sample = text[:_SAMPLE]
    if _controls(sample) > 0.1 * max(len(sample), 1):
        raise InputUndecodable(source, BINARY)
    return text


def require_text(text: str, source: str, reason: str = "empty file") -> str:
    """Raise InputError when nothing but whitespace is left."""
    if not text.strip():
        raise InputError(source, reason)
    return text
