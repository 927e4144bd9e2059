"""Who acts: actor phrases from the lexicon, typed (police, immigration, rescue service...)."""

from __future__ import annotations

import functools

from unspin.analyse.lexicon import Hit, PhraseIndex, fold
from unspin.model import Actor
from unspin.rules.load import load_lexicon

# Matched only when written in capitals: "ICE" is an agency, "ice" is a hazard.
ACRONYMS = frozenset({
    "ice", "hsi", "cbp", "cbsa", "fbi", "rcmp", "opp", "sq", "spvm", "nypd", "lapd", "afp",
    "nca", "abf", "cps", "ses", "rnli", "swat", "spca", "rspca", "gbi", "psni", "cid",
})
# When several kinds of actor share a phrase, the first in this order decides.
PRIORITY = ("rescue-service", "immigration", "police", "state-other", "ngo-church", "place")
STATE_TYPES = frozenset({"police", "immigration", "state-other"})


class ActorLexicon:
    def __init__(self) -> None:
        groups = load_lexicon("actors")
        self.index = PhraseIndex((p, kind) for kind, phrases in groups.items() for p in phrases)

    def hits(self, text: str, folded: str | None = None) -> list[Hit]:
        folded = fold(text) if folded is None else folded
        out = []
        for hit in self.index.scan(folded):
            if hit.phrase in ACRONYMS and not text[hit.start:hit.end].isupper():
                continue
            out.append(hit)
        return _longest(out)

    @staticmethod
    def longest(hits: list[Hit]) -> list[Hit]:
        return _longest(hits)

    def types_in(self, text: str) -> set[str]:
        return {tag for hit in self.hits(text) for tag in hit.tags}

    def classify(self, text: str) -> Actor | None:
        """The actor named in a phrase such as a clause subject, or None."""
        hits = self.hits(text)
        if not hits:
            return None
        kinds = {tag for hit in hits for tag in hit.tags}
        kind = next(k for k in PRIORITY if k in kinds)
        return Actor(text=text.strip(), type=kind)


def _longest(hits: list[Hit]) -> list[Hit]:
    """Drop hits inside a longer hit ("police" inside "police department")."""
    hits = sorted(hits, key=lambda h: (h.start, -(h.end - h.start)))
    out: list[Hit] = []
    for hit in hits:
        if out and hit.start < out[-1].end:
            continue
        out.append(hit)
    return out


@functools.lru_cache(maxsize=1)
def actor_lexicon() -> ActorLexicon:
    return ActorLexicon()
