"""Assemble extracted paragraphs into a Document, keeping suppression offsets exact.

Extractors (Markdown, HTML, DOCX) fill an :class:`InlineBuffer` with the text of one
paragraph, marking where a directive comment sat, and hand it to a :class:`TextBuilder`,
which joins paragraphs with a blank line and turns directives into
:class:`~unspin.read.document.Suppression` ranges over the final text.
"""

from __future__ import annotations

import re

from unspin.read.directives import IGNORE_LINE, Directive, merge_rules
from unspin.read.document import Document, Suppression

PARAGRAPH_BREAK = "\n\n"
_SPACE = re.compile(r"\s+")

Marker = tuple[int, Directive]
Placed = tuple[int, str]  # a paragraph already in the text: (start offset, text)


class InlineBuffer:
    """The text of one paragraph being built, with directive markers at offsets into it.

    With ``fold`` (HTML), runs of whitespace become one space, as a browser shows them.
    Every operation is O(length of its argument), so huge inputs stay linear.
    """

    def __init__(self, *, fold: bool) -> None:
        self._fold = fold
        self._parts: list[str] = []
        self._length = 0
        self._markers: list[Marker] = []
        self._last_solid = ""  # last character that is not a space ("" when blank)
        self._has_text = False

    def is_empty(self) -> bool:
        return not self._parts and not self._markers

    def is_blank(self) -> bool:
        return not self._has_text

    def ends_with_newline(self) -> bool:
        return self._last_solid == "\n"

    def text(self, text: str) -> None:
        if self._fold:
            text = _SPACE.sub(" ", text)
            if not self._parts or self._parts[-1][-1] in " \n":
                text = text.lstrip(" ")
        if text:
            self._parts.append(text)
            self._length += len(text)
            solid = text.rstrip(" ")
            if solid:
                self._last_solid = solid[-1]
            if not self._has_text and text.strip():
                self._has_text = True

    def newline(self) -> None:
        """A line break: trailing spaces go, then one newline (none at the very start)."""
        while self._parts and not self._parts[-1].rstrip(" "):
            self._length -= len(self._parts.pop())
        if self._parts:
            last = self._parts[-1]
            trimmed = last.rstrip(" ")
            self._parts[-1] = trimmed
            self._length -= len(last) - len(trimmed)
        self._markers = [(min(pos, self._length), d) for pos, d in self._markers]
        if self._parts and not self._parts[-1].endswith("\n"):
            # one line break at most: a blank line inside a paragraph would split it
            self._parts.append("\n")
            self._length += 1
            self._last_solid = "\n"

    def mark(self, directive: Directive) -> None:
        self._markers.append((self._length, directive))

    def take(self) -> tuple[str, list[Marker]]:
        """The stripped paragraph text and its markers; the buffer is emptied."""
        raw = "".join(self._parts)
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        markers = [(min(max(pos - lead, 0), len(text)), d) for pos, d in self._markers]
        self._parts, self._length, self._markers, self._last_solid = [], 0, [], ""
        self._has_text = False
        return text, markers


def _line_at(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end == -1 else end


class TextBuilder:
    """Joins paragraphs with a blank line and resolves directives to suppressions."""

    def __init__(self) -> None:
        self._chunks: list[str] = []
        self._length = 0
        self._pending: list[Directive] = []
        self._last: Placed | None = None
        self._suppressions: list[Suppression] = []

    def directive(self, directive: Directive) -> None:
        """A directive between paragraphs: ``next`` waits, ``line`` hits the line before."""
        if directive.kind == "next":
            self._pending.append(directive)
        elif self._last is not None:
            start, text = self._last
            line_start, line_end = _line_at(text, len(text))
            self._add(start + line_start, start + line_end, directive.rules)

    def paragraph(self, text: str, markers: list[Marker] | None = None) -> None:
        markers = markers or []
        if not text:
            for _, directive in markers:
                self.directive(directive)
            return
        if self._chunks:
            self._chunks.append(PARAGRAPH_BREAK)
            self._length += len(PARAGRAPH_BREAK)
        start = self._length
        self._chunks.append(text)
        self._length += len(text)
        here = self._pending + [d for p, d in markers if d.kind == "next" and p == 0]
        self._pending = [d for p, d in markers if d.kind == "next" and p > 0]
        if here:
            self._add(start, start + len(text), merge_rules(here))
        for pos, directive in markers:
            if directive.kind == "line":
                line_start, line_end = _line_at(text, pos)
                self._add(start + line_start, start + line_end, directive.rules)
        self._last = (start, text)

    def last(self) -> Placed | None:
        """The paragraph added most recently."""
        return self._last

    def revisit(self, paragraph: Placed) -> None:
        """Treat an earlier paragraph as if it came now (a headline moved to the top):
        waiting ``next`` directives cover it, and a following ``line`` directive hits it."""
        start, text = paragraph
        if self._pending:
            self._add(start, start + len(text), merge_rules(self._pending))
            self._pending = []
        self._last = paragraph

    def flush(self, buffer: InlineBuffer) -> None:
        if buffer.is_empty():
            return
        text, markers = buffer.take()
        self.paragraph(text, markers)

    def text(self) -> str:
        return "".join(self._chunks)

    def build(self, *, source: str, fmt: str) -> Document:
        text = self.text()
        return Document(
            text=text,
            source=source,
            format=fmt,
            suppressions=finish_suppressions(text, self._suppressions),
        )

    def _add(self, start: int, end: int, rules: frozenset[str] | None) -> None:
        self._suppressions.append(Suppression(start, end, rules))


def line_suppressions(text: str) -> list[Suppression]:
    """``unspin: ignore-line`` written in the text itself covers its own line."""
    found = []
    for match in IGNORE_LINE.finditer(text):
        start, end = _line_at(text, match.start())
        ids = frozenset(p for p in re.split(r"[ \t,]+", match.group(1)) if p)
        found.append(Suppression(start, end, ids or None))
    return found


def finish_suppressions(text: str, found: list[Suppression]) -> tuple[Suppression, ...]:
    """Add the in-text ``ignore-line`` markers, drop duplicates, sort by position."""
    unique = set(found) | set(line_suppressions(text))
    return tuple(sorted(unique, key=lambda s: (s.start, s.end, sorted(s.rules or ()))))
