"""Actors in an account of harm: "my boyfriend", "Two officers", "the man who arranged my visa".

Mentions come from the actor lexicon (``rules/lexicons/harm_actors.yml``); a relative clause
can change a person's type ("two men who booked her" are clients). The people the account is
about (I, we, the women) are found too, because "they" may refer to them, and they are never
the actor of a harm.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from unspin.analyse.harm_rules import actor_lexicon

ACRONYMS = frozenset({"ice", "cbsa", "hsi", "rcmp", "fbi", "nypd", "ngo"})
_PREFIX = re.compile(
    r"(?:(?:the|a|an|my|her|his|our|their|your|two|three|four|several|some|one|vice|sheriff's"
    r"|(?!(?:When|While|After|Before|During|If|But|And|Then|Yesterday|Today|Last|This|That"
    r"|As|At|In|On|Once|So|Since|Until|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday)\b)[A-Z][\w-]*(?:'s)?)\s+){1,3}$"
)
_PRONOUN = re.compile(r"\b(?:he|she|they)\b", re.IGNORECASE)
_PARTNER_OF_VICTIM = re.compile(
    r"\b(?:his|her)\s+(?:former\s+|ex-)?(?:girlfriend|boyfriend|wife|husband|partner|spouse)\b",
    re.IGNORECASE,
)
_HEADS = frozenset({"officer", "agent", "official", "investigator", "staff"})
PLURAL_WORDS = frozenset({"police", "men", "deputies", "cops", "they", "we", "us", "women"})


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    type: str  # an actor type, or "worker" for the people the account is about
    plural: bool


@functools.lru_cache(maxsize=1)
def _phrase_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    lex = actor_lexicon()
    kinds: dict[str, str] = {}
    for actor, phrases in lex.phrases.items():
        for p in phrases:
            kinds.setdefault(p, actor)
    for w in lex.workers:
        kinds.setdefault(w, "worker")
    words = sorted(kinds, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![\w'-])(?P<p>{body})(?P<pl>e?s)?(?![\w-])", re.IGNORECASE), kinds


def actor_mentions(text: str) -> list[ActorMention]:
    """Every actor and worker mention in text order, typed, with its determiners."""
    regex, kinds = _phrase_regex()
    lex = actor_lexicon()
    out: list[ActorMention] = []
    for m in regex.finditer(text):
        phrase = " ".join(m.group("p").lower().split())
        if phrase in ACRONYMS and not m.group("p").isupper():
            continue
        kind = kinds[phrase]
        start, end = m.start(), m.end()
        prefix = _PREFIX.search(text, max(0, start - 40), start)
        if prefix is not None and kind != "worker":
            start = prefix.start()
        plural = bool(m.group("pl")) or phrase in PLURAL_WORDS
        if kind != "worker":
            after = re.split(r"[.;!?\n]", text[end : end + 120], maxsplit=1)[0]
            for rel_kind, patterns in lex.relations.items():
                rel = next((r.search(after) for r in patterns if r.search(after)), None)
                if rel is not None:
                    kind = rel_kind
                    if rel.start() <= 1:
                        end = end + rel.end()
                    break
        if out and phrase in _HEADS and text[out[-1].end : m.start()].strip() == "" and (
            out[-1].type not in ("worker", "unknown")
        ):
            prev = out.pop()  # "CBSA officers", "ICE agents": the agency decides the type
            start, kind = prev.start, prev.type
        out.append(ActorMention(start, end, text[start:end].strip(), kind, plural))
    return [m for m in out if not any(o is not m and o.start <= m.start and m.end <= o.end
                                      and o.end - o.start > m.end - m.start for o in out)]


def pronouns(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().lower()) for m in _PRONOUN.finditer(text)]


def partner_of_victim(text: str) -> bool:
    """ "his girlfriend", "her husband" as the harmed person: he / she is the partner."""
    return _PARTNER_OF_VICTIM.search(text) is not None
