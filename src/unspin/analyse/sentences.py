"""Cheap sentence and paragraph boundaries, found before (and instead of) parsing."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "sgt", "lt", "capt", "insp", "supt", "det", "cst", "const",
    "gov", "sen", "rep", "jr", "sr", "no", "vs", "u.s", "u.k", "a.m", "p.m", "inc", "ltd", "co",
    "corp", "dept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "ave", "rd", "blvd", "mt", "ft", "approx", "e.g", "i.e", "etc", "cpl", "pc", "ds", "dc",
}
_END = re.compile(r"[.!?]+[\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])|\n\s*\n|\n(?=\S)")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


class Segmentation:
    """Sentence and paragraph spans of a text, with offset look-ups."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences = _split_sentences(text)
        self._starts = [s.start for s in self.sentences]
        self.paragraphs = _split_paragraphs(text)
        self._para_starts = [p.start for p in self.paragraphs]

    def sentence_index(self, offset: int) -> int:
        return max(bisect.bisect_right(self._starts, offset) - 1, 0)

    def paragraph_of(self, offset: int) -> Span:
        i = max(bisect.bisect_right(self._para_starts, offset) - 1, 0)
        return self.paragraphs[i] if self.paragraphs else Span(0, len(self.text))


def _split_sentences(text: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if match.group().startswith((".",)) and _is_abbreviation(text, match.start()):
            continue
        _append(spans, text, start, end)
        start = end
    _append(spans, text, start, len(text))
    return spans or [Span(0, len(text))]


def _is_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    return word in _ABBREV or (len(word) == 1 and word.isalpha())


# Longer "sentences" (tables, lists, text with no punctuation) are cut at white space so
# that no parse is ever longer than this.
MAX_SENTENCE = 1000


def _append(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        spans.append(Span(start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append(Span(start, end))


def _split_paragraphs(text: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for match in re.finditer(r"\n\s*\n", text):
        _append(spans, text, start, match.start())
        start = match.end()
    _append(spans, text, start, len(text))
    return spans
