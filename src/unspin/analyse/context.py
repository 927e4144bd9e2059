"""What the whole document is about, from one cheap scan: actors, events, hazards, quotes."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from unspin.analyse.actors import actor_lexicon
from unspin.analyse.lexicon import Hit, PhraseIndex
from unspin.analyse.quotes import FIRST_PERSON, FIRST_SINGULAR, Quote, find_quotes, quote_at
from unspin.analyse.sentences import Segmentation
from unspin.rules.load import load_lexicon

if TYPE_CHECKING:
    from unspin.analyse.prefilter import Scan


class ContextLexicon:
    """Events, hazards, sex-work terms and people nouns in one automaton."""

    def __init__(self) -> None:
        groups = load_lexicon("context")
        self.groups = {name: frozenset(phrases) for name, phrases in groups.items()}
        self.index = PhraseIndex((p, name) for name, phrases in groups.items() for p in phrases)


@functools.lru_cache(maxsize=1)
def context_lexicon() -> ContextLexicon:
    return ContextLexicon()


@dataclass
class DocContext:
    """Per-document facts that rules consult; built once per checked document."""

    text: str
    folded: str
    seg: Segmentation
    quotes: list[Quote]
    hits: dict[str, list[Hit]]  # group -> hits (events, hazards, sexwork, people, actors)
    _sentence_groups: dict[int, set[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, text: str, found: Scan | None = None) -> DocContext:
        """Context from the prefilter's scan (made here when not given)."""
        from unspin.analyse.prefilter import scan

        found = scan(text) if found is None else found
        hits = found.context
        seg = Segmentation(text)
        ctx = cls(text, found.folded, seg, find_quotes(text, actor_lexicon()), hits)
        for group, group_hits in hits.items():
            for hit in group_hits:
                ctx._sentence_groups.setdefault(seg.sentence_index(hit.start), set()).add(group)
        return ctx

    def sentence_has(self, index: int, group: str) -> bool:
        return group in self._sentence_groups.get(index, ())

    def window_has(self, index: int, group: str, radius: int = 1) -> bool:
        """Whether a group occurs in the sentence or its neighbours in the same paragraph."""
        para = self.seg.paragraph_of(self.seg.sentences[index].start)
        for i in range(max(index - radius, 0), min(index + radius + 1, len(self.seg.sentences))):
            sentence = self.seg.sentences[i]
            if sentence.start < para.start or sentence.start >= para.end:
                continue
            if self.sentence_has(i, group):
                return True
        return False

    def count(self, group: str) -> int:
        return len(self.hits.get(group, ()))

    @functools.cached_property
    def raid_story(self) -> bool:
        """The document is about an enforcement event in a sex-work or trafficking setting."""
        return bool(self.hits["events"] or self.hits["state"]) and bool(self.hits["sexwork"])

    def quote(self, start: int, end: int) -> Quote | None:
        return quote_at(self.quotes, start, end)

    def first_person_sentence(self, index: int) -> bool:
        """A sentence in the speaker's own voice: first person singular, or any first person
        in a document that is itself a first-person account."""
        sentence = self.seg.sentences[index]
        chunk = self.folded[sentence.start:sentence.end]
        if FIRST_SINGULAR.search(chunk):
            return True
        return self.first_person_document and bool(FIRST_PERSON.search(chunk))

    @functools.cached_property
    def first_person_document(self) -> bool:
        """Written in the first person singular throughout (a blog post, a testimony)."""
        outside = self.folded
        for quote in reversed(self.quotes):
            outside = outside[:quote.start] + " " * (quote.end - quote.start) + outside[quote.end:]
        return len(FIRST_SINGULAR.findall(outside)) >= 3

    def last_actor_before(self, offset: int) -> Hit | None:
        """The nearest state or rescue-service actor mention before an offset (for pronouns)."""
        best = None
        for group in ("state", "rescue-service"):
            for hit in self.hits[group]:
                if hit.end <= offset and (best is None or hit.start > best.start):
                    best = hit
        return best
