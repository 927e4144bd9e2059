"""DOCX: the body's paragraphs in order (table cells and text boxes included).

python-docx opens and checks the package; the text is read from the body XML so that
content controls, tracked insertions, nested tables and text boxes keep their place.
Deleted (tracked) text, field codes and the ``mc:Fallback`` copies Word writes for
text boxes are skipped. Headers, footers, footnotes and comments are not article text.
A paragraph that is only ``unspin: ignore [ids]`` is a directive for the next paragraph
and is left out of the text.

Safety: the zip is checked before python-docx reads it: at most 5,000 parts, at most
100 MB once uncompressed (zip sizes are upper bounds that zipfile enforces while
reading), and no part may carry a DTD. python-docx parses with ``resolve_entities=False``.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from unspin.errors import InputError
from unspin.read.builder import TextBuilder
from unspin.read.decode import MB, too_large
from unspin.read.directives import parse_next_line
from unspin.read.document import Document

MAX_PARTS = 5000
MAX_EXPANDED = 100 * MB
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P = _W + "p"
_SKIP = frozenset((_MC + "Fallback", _W + "del", _W + "moveFrom", _W + "instrText", _W + "delText"))
_CHARS = {_W + "tab": "\t", _W + "br": "\n", _W + "cr": "\n", _W + "noBreakHyphen": "-"}


def _corrupt(source: str, why: str) -> InputError:
    return InputError(source, f"corrupt .docx file: {why}")


def check_zip(data: bytes, source: str) -> None:
    """Refuse archives that are not zips, too many parts, zip bombs and DTDs."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
            if len(parts) > MAX_PARTS:
                raise _corrupt(source, f"{len(parts)} parts, more than {MAX_PARTS}")
            expanded = sum(part.file_size for part in parts)
            if expanded > MAX_EXPANDED:
                error = too_large(source, expanded, MAX_EXPANDED)
                raise InputError(source, error.reason.replace("file is", "docx expands to"))
            for part in parts:
                if part.filename.endswith((".xml", ".rels")):
                    with archive.open(part) as stream:
                        if b"<!DOCTYPE" in stream.read(4096):
                            raise _corrupt(source, f"{part.filename} declares a DTD")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as exc:
        raise _corrupt(source, "not a readable zip archive") from exc
    except NotImplementedError as exc:  # an unsupported compression method
        raise _corrupt(source, str(exc)) from exc


def _elements(root: Any, wanted: str) -> Iterator[Any]:
    """Elements tagged ``wanted`` under ``root`` in document order, skipping _SKIP."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node.tag == wanted and node is not root:
            yield node
        stack.extend(child for child in reversed(node) if child.tag not in _SKIP)


def _paragraph_text(paragraph: Any) -> str:
    parts: list[str] = []
    stack = [paragraph]
    while stack:
        node = stack.pop()
        tag = node.tag
        if tag == _W + "t":
            parts.append(node.text or "")
        elif tag in _CHARS:
            parts.append(_CHARS[tag])
        stack.extend(
            child
            for child in reversed(node)
            if child.tag not in _SKIP and child.tag != _P  # a text box is its own paragraph
        )
    return "".join(parts)


def _open(data: bytes, source: str) -> Any:
    import docx  # imported here: start-up stays fast for text-only runs

    try:
        return docx.Document(io.BytesIO(data))
    except ValueError as exc:
        if "not a Word file" in str(exc):
            raise InputError(source, "not a Word document") from exc
        raise _corrupt(source, "python-docx cannot read it") from exc
    except Exception as exc:  # any failure of the parser means the file is unreadable
        raise _corrupt(source, "python-docx cannot read it") from exc


def extract_docx(data: bytes, *, source: str) -> Document:
    """A Document of the body text of the .docx file ``data``."""
    check_zip(data, source)
    body = _open(data, source).element.body
    builder = TextBuilder()
    for paragraph in _elements(body, _P):
        text = _paragraph_text(paragraph)
        directive = parse_next_line(text)
        if directive is not None:
            builder.directive(directive)
        else:
            builder.paragraph(text.strip())
    return builder.build(source=source, fmt="docx")
