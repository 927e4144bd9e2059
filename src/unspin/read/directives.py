"""Inline suppression directives: ``unspin: ignore [ids]`` and ``unspin: ignore-line [ids]``.

Two kinds:

* ``next``: ``<!-- unspin: ignore rescue-frame, passive-victim -->`` (a Markdown or HTML
  comment, or the same text alone on a line of plain text or in a DOCX paragraph) covers
  the next paragraph. Without ids it covers every rule.
* ``line``: ``unspin: ignore-line`` anywhere on a line, or ``<!-- unspin: ignore-line -->``
  at the end of a line, covers findings that start on that line of the extracted text.

Rule ids are lowercase words joined by hyphens, separated by commas and/or spaces; the
words after ``ignore-line`` up to the first other character are read as ids, so write it
last on the line. A comment that does not have this shape is not a directive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

_IDS = r"((?:[ \t,]+[a-z][a-z0-9]*(?:-[a-z0-9]+)*)*)"

# The content of a comment, or a whole plain-text line: "unspin: ignore [ids]".
_NEXT = re.compile(r"\s*unspin:[ \t]*ignore(?![-\w])" + _IDS + r"[ \t,]*")
# Anywhere in a line: "unspin: ignore-line [ids]".
IGNORE_LINE = re.compile(r"unspin:[ \t]*ignore-line(?![-\w])" + _IDS)
# A plain-text line that is only a directive, optionally wrapped in <!-- -->.
_COMMENT_LINE = re.compile(r"\s*<!--(.*?)-->\s*")


@dataclass(frozen=True)
class Directive:
    """One parsed directive; ``rules`` None means every rule."""

    kind: Literal["next", "line"]
    rules: frozenset[str] | None = None


def _rules(group: str) -> frozenset[str] | None:
    ids = frozenset(part for part in re.split(r"[ \t,]+", group) if part)
    return ids or None


def parse_comment(content: str) -> Directive | None:
    """The directive in the content of a ``<!-- ... -->`` comment, if it is one."""
    match = _NEXT.fullmatch(content)
    if match:
        return Directive("next", _rules(match.group(1)))
    match = IGNORE_LINE.fullmatch(content.strip())
    if match:
        return Directive("line", _rules(match.group(1)))
    return None


def parse_next_line(line: str) -> Directive | None:
    """A ``next`` directive written alone on a line (plain text, DOCX paragraph)."""
    comment = _COMMENT_LINE.fullmatch(line)
    content = comment.group(1) if comment else line
    directive = parse_comment(content)
    if directive is not None and directive.kind == "next":
        return directive
    return None


def merge_rules(directives: list[Directive]) -> frozenset[str] | None:
    """Union of the rules of several directives; None (every rule) wins."""
    merged: set[str] = set()
    for directive in directives:
        if directive.rules is None:
            return None
        merged |= directive.rules
    return frozenset(merged)
