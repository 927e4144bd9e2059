"""Parse chosen sentences once per document, in one batch, and keep them for every rule."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from unspin.analyse import nlp
from unspin.analyse.context import DocContext
from unspin.analyse.frames.base import Sentence
from unspin.analyse.sentences import Span

_DATELINE = re.compile(r"[A-Z][A-Z .,'-]{2,40}(?:\([^)\n]{1,20}\))?(?:,? [A-Z][\w.]{1,12}\.?)?"
                       r"\s*(?:\u2014|\u2013|--| - )\s*")


def after_dateline(text: str, span: Span) -> int:
    """Skip a dateline ("HOUSTON (KHTN) \u2014 ") so it is not parsed as the subject."""
    match = _DATELINE.match(text, span.start, span.end)
    return match.end() if match and match.end() < span.end else span.start


def parseable(text: str) -> str:
    """What the parser sees, offsets unchanged: emoji and other symbols become spaces (the
    small model takes them for nouns), and all-caps headlines are lower-cased."""
    if any(ord(c) > 0x2000 for c in text):
        text = "".join(" " if unicodedata.category(c) in _BLANKED or "\ufe00" <= c <= "\ufe0f"
                       else c for c in text)
    letters = [c for c in text if c.isalpha()]
    if len(letters) > 8 and all(c.isupper() for c in letters):
        lowered = text.lower()
        if len(lowered) == len(text):
            return lowered
    return text


_BLANKED = frozenset({"So", "Sk", "Cf", "Co", "Cs"})  # symbols, joiners; not accents


def parse(ctx: DocContext, indices: Iterable[int]) -> dict[int, Sentence]:
    """Parsed sentences by index; each sentence is parsed at most once per document."""
    cache: dict[int, Sentence] = ctx.__dict__.setdefault("_parsed", {})
    missing = sorted(set(indices) - cache.keys())
    if missing:
        starts = [after_dateline(ctx.text, ctx.seg.sentences[i]) for i in missing]
        texts = [parseable(ctx.text[start:ctx.seg.sentences[i].end])
                 for i, start in zip(missing, starts)]
        for index, start, doc in zip(missing, starts, nlp.load().pipe(texts)):
            cache[index] = Sentence(index, start, doc)
    return cache
