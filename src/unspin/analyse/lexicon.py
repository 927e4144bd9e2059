"""Phrase matching on word boundaries with one Aho-Corasick automaton (the cheap scan)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import ahocorasick


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    phrase: str
    tags: frozenset[str]


def fold(text: str) -> str:
    """Lower-case with curly apostrophes and dashes folded; keeps every offset in place."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters grow when lower-cased ("\u0130")
        lowered = "".join(c.lower()[0] for c in text)
    if any(mark in lowered for mark in _FOLD_CHARS):
        return lowered.translate(_FOLD)
    return lowered


_FOLD_CHARS = ("\u2019", "\u2018", "\u2010", "\u2011", "\u2013")
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-"})


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class PhraseIndex:
    """Finds lower-case phrases in text on word boundaries; each phrase carries tags."""

    def __init__(self, tagged: Iterable[tuple[str, str]]) -> None:
        tags: dict[str, set[str]] = {}
        for phrase, tag in tagged:
            tags.setdefault(phrase, set()).add(tag)
        self._automaton = ahocorasick.Automaton()
        for phrase, phrase_tags in tags.items():
            self._automaton.add_word(phrase, (phrase, frozenset(phrase_tags)))
        self._empty = not tags
        if not self._empty:
            self._automaton.make_automaton()

    def scan(self, folded: str) -> Iterator[Hit]:
        """All hits in already folded text, ordered by end offset."""
        if self._empty:
            return
        n = len(folded)
        for end_index, (phrase, tags) in self._automaton.iter(folded):
            start = end_index - len(phrase) + 1
            end = end_index + 1
            if start > 0 and _is_word_char(folded[start - 1]):
                continue
            if end < n and _is_word_char(folded[end]):
                continue
            yield Hit(start, end, phrase, tags)
