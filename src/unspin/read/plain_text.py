"""Plain text: kept as it is (line endings become ``\\n``), so offsets map onto the file.

Directive lines (``unspin: ignore rescue-frame`` or ``<!-- unspin: ignore -->`` alone on a
line) stay in the text; they only record a suppression over the next paragraph, a run of
non-blank lines ended by a blank line or by another directive line.
"""

from __future__ import annotations

from unspin.read.builder import finish_suppressions
from unspin.read.directives import Directive, merge_rules, parse_next_line
from unspin.read.document import Document, Suppression


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def extract_plain(text: str, *, source: str) -> Document:
    """A Document over ``text`` (BOM already removed) with its suppressions."""
    text = normalise_newlines(text)
    found: list[Suppression] = []
    pending: list[Directive] = []
    active: list[Directive] = []  # directives covering the current paragraph
    para_start = para_end = -1
    pos = 0

    def close() -> None:
        nonlocal para_start, active
        if para_start >= 0 and active:
            found.append(Suppression(para_start, para_end, merge_rules(active)))
        para_start, active = -1, []

    for line in text.split("\n"):
        end = pos + len(line)
        directive = parse_next_line(line)
        if directive is not None:
            close()
            pending.append(directive)
        elif not line.strip():
            close()
        else:
            if para_start < 0:
                para_start = pos
                active, pending = pending, []
            para_end = end
        pos = end + 1
    close()
    return Document(
        text=text, source=source, format="text", suppressions=finish_suppressions(text, found)
    )
