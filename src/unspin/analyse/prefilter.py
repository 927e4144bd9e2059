"""The cheap first pass: one Aho-Corasick scan finds every trigger, actor and context word.

From that scan alone it decides which trigger hits could possibly become findings; a
document where none can costs this scan and nothing else (no segmentation, no parse).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from unspin.analyse.actors import ACRONYMS, STATE_TYPES, actor_lexicon
from unspin.analyse.context import context_lexicon
from unspin.analyse.lexicon import Hit, PhraseIndex, fold
from unspin.rules.load import load_lexicon, load_rules

RULE = "rule:"
CONTEXT = "ctx:"
ACTOR = "actor:"
# Trigger words that make sense without any enforcement or sex-work context.
STANDALONE = frozenset({"criminalizing-label"})
ADULT_AGES = re.compile(r"\b(?:aged?|ages|between)\s+\d{2}\b|\bin their (?:20s|30s|40s|50s|"
                        r"twenties|thirties|forties|fifties)\b|\b\d{2}\s*(?:to|-|and)\s*\d{2}\b")


@dataclass(frozen=True)
class Scan:
    """What one pass over the folded text found, grouped."""

    folded: str
    triggers: list[Hit]  # tags are rule ids
    context: dict[str, list[Hit]]  # events, hazards, sexwork, people, state, rescue-service

    @property
    def signals(self) -> frozenset[str]:
        return frozenset(group for group, hits in self.context.items() if hits)


def _tagged() -> list[tuple[str, str]]:
    tagged: list[tuple[str, str]] = []
    for rule in load_rules().values():
        tagged.extend((t, RULE + rule.id) for t in rule.triggers)
    for group, phrases in load_lexicon("context").items():
        tagged.extend((p, CONTEXT + group) for p in phrases)
    for kind, phrases in load_lexicon("actors").items():
        tagged.extend((p, ACTOR + kind) for p in phrases)
    return tagged


@functools.lru_cache(maxsize=1)
def _index() -> PhraseIndex:
    return PhraseIndex(_tagged())


@functools.lru_cache(maxsize=1)
def _sex_work_index() -> PhraseIndex:
    """Only the sex-work and trafficking words: most news has none, and then a document is
    irrelevant after one scan with almost no matches."""
    return PhraseIndex((p, "sexwork") for p in load_lexicon("context")["sexwork"])


@dataclass(frozen=True)
class _Meaning:
    """What one phrase means to the prefilter, worked out once when the index is built."""

    rules: frozenset[str]
    groups: tuple[str, ...]
    actors: frozenset[str]


@functools.lru_cache(maxsize=1)
def _meanings() -> dict[str, _Meaning]:
    tags: dict[str, set[str]] = {}
    for hit_phrase, tag in _tagged():
        tags.setdefault(hit_phrase, set()).add(tag)
    return {phrase: _Meaning(
        frozenset(t[len(RULE):] for t in found if t.startswith(RULE)),
        tuple(sorted(t[len(CONTEXT):] for t in found if t.startswith(CONTEXT))),
        frozenset(t[len(ACTOR):] for t in found if t.startswith(ACTOR)))
        for phrase, found in tags.items()}


def scan(text: str) -> Scan:
    folded = fold(text)
    meanings = _meanings()
    triggers: list[Hit] = []
    context: dict[str, list[Hit]] = {g: [] for g in context_lexicon().groups}
    context["state"] = []
    context["enforcement"] = []  # police and immigration only, no councils or ministers
    context["rescue-service"] = []
    actor_hits: list[Hit] = []
    for hit in _index().scan(folded):
        meaning = meanings[hit.phrase]
        if meaning.rules:
            triggers.append(Hit(hit.start, hit.end, hit.phrase, meaning.rules))
        short_caps = hit.end - hit.start <= 5 and text[hit.start:hit.end].isupper()
        if meaning.groups and not (short_caps and hit.end - hit.start <= 4):
            for group in meaning.groups:
                if group == "hazards" and _in_a_name(text, hit):
                    continue  # "Beach Boulevard", "Long Lake Road": a place name, not a hazard
                context[group].append(hit)
        if meaning.actors and (hit.phrase not in ACRONYMS or short_caps):
            actor_hits.append(Hit(hit.start, hit.end, hit.phrase, meaning.actors))
    for hit in actor_lexicon().longest(actor_hits):
        if "rescue-service" in hit.tags:
            context["rescue-service"].append(hit)
        elif hit.tags & STATE_TYPES:
            context["state"].append(hit)
            if hit.tags & {"police", "immigration"}:
                context["enforcement"].append(hit)
    return Scan(folded, triggers, context)


_STREET = re.compile(r" (?:Boulevard|Blvd|Road|Rd|Street|St|Avenue|Ave|Drive|Dr|Lane|Way|"
                     r"Place|Court|Crescent|Parkway|Highway|Hwy|Terrace|Plaza|Mall|Centre|"
                     r"Center|Hotel|Motel|Spa|Massage)\b")


def _in_a_name(text: str, hit: Hit) -> bool:
    """A capitalised hazard word that names a street or a business ("Beach Boulevard")."""
    return text[hit.start:hit.start + 1].isupper() and bool(_STREET.match(text, hit.end))


def could_fire(hit: Hit, rule_id: str, found: Scan) -> bool:
    """Whether a trigger hit can become a finding at all, judged from the scan alone."""
    signals = found.signals
    if rule_id in STANDALONE:
        return True
    enforcement = bool(signals & {"state", "events"})
    sexwork = "sexwork" in signals
    if rule_id == "rescue-frame":
        if ("people" not in signals and not counted_people(found.folded, hit)) or not (
                enforcement or sexwork):
            return False
        if sexwork:
            return True
        # outside a sex-work story: an enforcement word close by and no hazard close by;
        # the noun or present tense "rescue" only next to a raid, sting or operation
        groups = ("events",) if hit.phrase in {"rescue", "rescues"} else ("enforcement",
                                                                         "events")
        return _near(found, hit, groups, 400) and not _near(
            found, hit, ("hazards", "rescue-service"), 300, same_paragraph=True)
    if rule_id == "passive-victim":
        if hit.phrase in {"girls", "girl"}:
            return sexwork or bool(ADULT_AGES.search(found.folded[hit.start:hit.end + 40]))
        return sexwork or hit.phrase.startswith("sex slave")
    if rule_id in {"trafficking-conflation", "harm-misnamed"}:
        if NOT_SEX_TRADE.search(found.folded[max(hit.start - 30, 0):hit.start]):
            return False
        if rule_id == "harm-misnamed":
            return sexwork or hit.phrase in {"trafficked", "trafficker", "traffickers"}
        return hit.phrase not in BARE or sexwork
    if rule_id == "saviour-frame":
        return sexwork or "centr" in hit.phrase or (
            hit.phrase.startswith("hero") and _near(found, hit, ("state",), 400))
    if rule_id == "racialized-trope":
        # about coverage of sex work: a drug cartel named by its country is not this trope
        return sexwork or hit.phrase == "bad hombres"
    if rule_id == "forced-movement-frame":
        return sexwork or hit.phrase in {"lured", "luring"}
    if hit.phrase in {"lured", "luring", "pimp", "pimps", "pimped", "madam"}:
        return True
    if hit.phrase in GENERIC_WORDS:
        return sexwork  # "kept", "held", "brought": everyday words outside a sex-work story
    return sexwork or (enforcement and "people" in signals)


BARE = frozenset({"trafficking", "trafficked", "slavery"})
GENERIC_WORDS = frozenset({"kept", "held", "confined", "trapped", "imprisoned", "caged", "brought",
                           "bringing", "moved between", "moved from", "moved around",
                           "being moved", "were moved", "was moved", "transported", "shipped",
                           "imported", "smuggled", "smuggling"})


# A bare count right next to a rescue word ("Four rescued", "save 9") stands for people.
_COUNT = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
          r"[a-z]+teen|twenty|thirty|forty|fifty)")
_COUNT_BEFORE = re.compile(r"\b" + _COUNT + r"\s+(?:were\s+|have\s+been\s+|had\s+been\s+|"
                           r"are\s+|were\s+later\s+)?$")
_COUNT_AFTER = re.compile(r"\s+" + _COUNT + r"\b(?!\s*(?:%|per|kilo|kg|pounds|dollars|"
                          r"million|billion|cars|vehicles|guns|firearms))")


def counted_people(folded: str, hit: Hit) -> bool:
    return bool(_COUNT_BEFORE.search(folded[max(hit.start - 30, 0):hit.start]) or
                _COUNT_AFTER.match(folded, hit.end))
NOT_SEX_TRADE = re.compile(
    r"\b(?:drugs?|arms|weapons?|guns?|firearms?|narcotics?|cocaine|heroin|fentanyl|meth|"
    r"opioids?|cannabis|marijuana|wildlife|ivory|cigarettes?|tobacco)[\s-]*$")


def _near(found: Scan, hit: Hit, groups: tuple[str, ...], radius: int,
          same_paragraph: bool = False) -> bool:
    for group in groups:
        for other in found.context.get(group, ()):
            if abs(other.start - hit.start) <= radius and not (
                    same_paragraph and "\n\n" in found.folded[min(other.start, hit.start):
                                                              max(other.end, hit.end)]):
                return True
    return False


def is_relevant(text: str) -> bool:
    """A document worth a full analysis: it names sex work or trafficking, and either an
    enforcement actor or event, or a trigger that could fire."""
    if next(_sex_work_index().scan(fold(text)), None) is None:
        return False
    found = scan(text)
    if "sexwork" not in found.signals:
        return False
    return bool(found.signals & {"state", "events"}) or any(
        could_fire(h, r, found) for h in found.triggers for r in h.tags)
