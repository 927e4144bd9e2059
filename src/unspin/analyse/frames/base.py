"""What every frame detector shares: the parsed sentence and the candidate it proposes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from unspin.analyse.context import DocContext
from unspin.analyse.lexicon import Hit
from unspin.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(frozen=True)
class Candidate:
    """A finding before quotes, suppressions and config are applied."""

    rule: str
    start: int
    end: int
    suggestions: tuple[str, ...] = ()
    actor: Actor | None = None
    confidence: float = 0.9
    fields: dict[str, str] = field(default_factory=dict)


@dataclass
class Sentence:
    """One parsed sentence and where it sits in the document."""

    index: int
    start: int
    doc: Doc

    def offset(self, token: Token) -> int:
        return self.start + token.idx

    def end_offset(self, token: Token) -> int:
        return self.start + token.idx + len(token.text)

    def tokens_in(self, start: int, end: int) -> list[Token]:
        return [t for t in self.doc if self.offset(t) < end and self.end_offset(t) > start]

    def text_of(self, first: Token, last: Token) -> str:
        return self.doc.text[first.idx : last.idx + len(last.text)]


# A cheap test that runs before any parsing: may this trigger hit become a finding?
Gate = Callable[[Hit, int, DocContext], bool]
# The detector: parsed sentence + its trigger hits for one rule -> candidates.
Detector = Callable[[Sentence, list[Hit], DocContext], list[Candidate]]


def subtree_bounds(token: Token) -> tuple[Token, Token]:
    doc = token.doc
    return doc[token.left_edge.i], doc[token.right_edge.i]


def noun_phrase(token: Token) -> tuple[Token, Token]:
    """The noun with its left modifiers (det, numbers, adjectives, compounds)."""
    doc = token.doc
    first = token
    for child in token.lefts:
        if child.dep_ in {"det", "nummod", "amod", "compound", "poss", "quantmod", "nmod",
                          "predet", "advmod"}:
            first = doc[min(first.i, child.left_edge.i)]
    return first, token


def match_case(replacement: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement
