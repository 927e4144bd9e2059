"""Cheap sentence boundaries for prefiltering, without the parser.

A regex splitter that knows the abbreviations news copy uses ("U.S.", "Sgt.", "Jan.", "a.m.").
It is used to keep pattern matches inside one sentence and to pick the few sentences worth
parsing; it does not need to be perfect, only to never cut a charge list or a count in half.
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    [
        "mr", "mrs", "ms", "dr", "st", "sgt", "const", "det", "insp", "supt", "lt", "capt", "col",
        "gen", "gov", "sen", "rep", "rev", "prof", "jr", "sr", "inc", "ltd", "co", "corp", "no",
        "nos", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "mt", "ft", "ave", "rd", "blvd", "approx", "dept", "est", "min", "max", "cpl",
        "pc", "ds", "dc", "di", "dci", "ch", "fig", "al"
    ]
)

_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+|$)|\n\s*\n|\n(?=\s*[-*•]\s)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence; spans cover non-space text only."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if match.group().startswith(".") and _is_abbreviation(text, match.start()):
            continue
        if match.group().startswith(".") and not _next_starts_sentence(text, end):
            continue
        _append(spans, text, start, end)
        start = end
    _append(spans, text, start, len(text))
    return spans


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence span holding ``offset`` (the last one when past the end)."""
    for s, e in spans:
        if s <= offset < e:
            return s, e
    return spans[-1] if spans else (0, 0)


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def _is_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot]
    if not word:
        return False
    if "." in word:  # U.S., a.m., p.m.
        return not _next_starts_sentence(text, dot + 1) or len(word) <= 3
    if len(word) == 1 and word.isupper():  # initials: "J. Smith"
        return True
    return word.lower() in ABBREVIATIONS


def _next_starts_sentence(text: str, end: int) -> bool:
    rest = text[end : end + 40].lstrip()
    if not rest:
        return True
    first = rest[0]
    return first.isupper() or first.isdigit() or first in "\"'“‘([-*•"
