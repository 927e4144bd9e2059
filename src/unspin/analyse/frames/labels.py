"""Labels for people: passive-victim, criminalizing-label, racialized-trope, saviour-frame."""

from __future__ import annotations

import functools
import re

from unspin.analyse.actors import actor_lexicon
from unspin.analyse.context import DocContext
from unspin.analyse.frames.base import Candidate, Sentence, match_case
from unspin.analyse.lexicon import Hit
from unspin.rules.load import load_rules

PASSIVE = "passive-victim"
CRIMINALIZING = "criminalizing-label"
TROPE = "racialized-trope"
SAVIOUR = "saviour-frame"

LABEL_REPLACEMENTS = {
    "illegal immigrant": ("undocumented immigrant", "person without legal status"),
    "illegal immigrants": ("undocumented immigrants", "people without legal status"),
    "illegal alien": ("undocumented person",),
    "illegal aliens": ("undocumented people",),
    "illegal migrant": ("undocumented migrant",),
    "illegal migrants": ("undocumented migrants",),
    "illegal worker": ("undocumented worker",),
    "illegal workers": ("undocumented workers",),
    "illegals": ("undocumented people",),
    "prostitute": ("sex worker",),
    "prostitutes": ("sex workers",),
    "prostituted women": ("sex workers",),
    "prostituted woman": ("sex worker",),
    "hooker": ("sex worker",),
    "hookers": ("sex workers",),
    "whore": ("sex worker",),
    "whores": ("sex workers",),
    "john": ("client",),
    "johns": ("clients",),
}
LABEL_INSTEAD = {"illegal": "say undocumented or without legal status",
                 "john": "say client"}
ADULT_AGES = re.compile(r"\b(?:aged?|ages|between)\s+(\d{2})\b|\bin their (?:20s|30s|40s|50s|60s|"
                        r"twenties|thirties|forties|fifties|sixties)\b|\b(\d{2})\s*(?:to|-|and)"
                        r"\s*\d{2}\b|\b(\d{2})-year-old")
MINORS = re.compile(r"\b(?:minors?|underage|under 18|under-age|juveniles?|teen(?:s|ager|agers)?|"
                    r"child(?:ren)?|school|1[0-7]-year-old|aged 1[0-7]|ages 1[0-7]|"
                    r"1[0-7] years old)\b")
CHARGE_CONTEXT = re.compile(r"(?:charged with|charges? of|convicted of|offences?|counts? of)"
                            r"(?:\s+\w+){0,3}\s*$")
MENTION = re.compile(r"(?:the (?:word|term|label|slur)s?|called (?:them|her|us)|words like)"
                     r"\s*[\"'\u201c\u2018]?$")
SAVIOUR_ACTOR_TYPES = {"police", "immigration", "state-other", "ngo-church"}


@functools.lru_cache(maxsize=1)
def _origins() -> tuple[str, ...]:
    origins = load_rules()[TROPE].params.get("origins", [])
    return tuple(sorted((str(o) for o in origins), key=len, reverse=True))


DESCRIPTIONS = frozenset({"vulnerable women", "vulnerable girls", "poor girls", "slave girls"})


def gate_passive(hit: Hit, index: int, ctx: DocContext) -> bool:
    if hit.phrase in {"girls", "girl"} and ADULT_AGES.search(
            ctx.folded[max(hit.start - 30, 0):hit.end + 40]):
        return True
    return bool(ctx.hits["sexwork"]) or hit.phrase.startswith("sex slave")


def detect_passive(sent: Sentence, hits: list[Hit], ctx: DocContext) -> list[Candidate]:
    out: list[Candidate] = []
    for hit in hits:
        tokens = sent.tokens_in(hit.start, hit.end)
        if not tokens:
            continue
        noun = tokens[-1]
        if hit.phrase in {"girls", "girl"}:
            near = ctx.folded[max(hit.start - 30, 0):hit.end + 40]
            if not _adult_girls(ctx, near, sent.index):
                continue
            first = noun
            for child in noun.lefts:
                if child.dep_ in {"det", "amod", "poss"}:
                    first = sent.doc[min(first.i, child.i)]
            start, end = sent.offset(first), sent.end_offset(noun)
            replaced = ctx.text[start:hit.start] + match_case(
                "women" if hit.phrase == "girls" else "woman", ctx.text[hit.start:hit.end])
            out.append(Candidate(PASSIVE, start, end, (replaced,), confidence=0.8))
        elif hit.phrase.startswith("sex slave") or hit.phrase == "slaves":
            if hit.phrase == "slaves" and not ctx.raid_story:
                continue
            if noun.dep_ in {"compound", "amod", "nmod"} and noun.head.i > noun.i:
                continue  # "sex slave ring": a label for the business (trafficking-conflation)
            plural = hit.phrase.endswith("s")
            out.append(Candidate(PASSIVE, hit.start, hit.end,
                                 ("sex workers", "the women") if plural else ("sex worker",),
                                 confidence=0.9))
        elif hit.phrase in DESCRIPTIONS:
            if not ctx.raid_story:
                continue
            start = hit.start
            first = tokens[0]
            for child in tokens[-1].lefts:
                if child.dep_ in {"det", "poss"} and child.i < first.i:
                    start = sent.offset(child)
            plural = hit.phrase.endswith("s")
            out.append(Candidate(PASSIVE, start, hit.end,
                                 ("the women" if plural else "the woman",), confidence=0.75))
        elif hit.phrase == "helpless" and noun.head.lower_ in {"women", "woman", "workers",
                                                                "girls", "migrants", "victims"}:
            head = noun.head
            out.append(Candidate(PASSIVE, hit.start, sent.end_offset(head),
                                 (head.text,), confidence=0.8))
        elif hit.phrase == "victims" and _only_victims(ctx) and not ctx.text[
                hit.start].isupper():
            out.append(Candidate(PASSIVE, hit.start, hit.end, ("the women", "the workers"),
                                 confidence=0.6))
    return out


def _adult_girls(ctx: DocContext, chunk: str, index: int) -> bool:
    for match in ADULT_AGES.finditer(chunk):
        ages = [int(a) for a in match.groups() if a]
        return not ages or min(ages) >= 18
    if MINORS.search(ctx.folded):
        return False
    return ctx.raid_story


def _only_victims(ctx: DocContext) -> bool:
    """The people are named only as victims: no women, workers or people anywhere."""
    return ctx.raid_story and bool(ctx.hits["events"]) and not re.search(
        r"\b(?:wom[ae]n|workers?|employees?|people|persons|individuals|masseuses?)\b", ctx.folded)


def gate_criminalizing(hit: Hit, index: int, ctx: DocContext) -> bool:
    original = ctx.text[hit.start:hit.end]
    if hit.phrase in {"john", "johns"}:
        return original.islower() and bool(ctx.hits["sexwork"])
    before = ctx.folded[max(hit.start - 40, 0):hit.start]
    return not MENTION.search(before) and not (
        hit.phrase.startswith("prostitut") and CHARGE_CONTEXT.search(before))


def detect_criminalizing(sent: Sentence, hits: list[Hit], ctx: DocContext) -> list[Candidate]:
    out = []
    for hit in hits:
        tokens = sent.tokens_in(hit.start, hit.end)
        if not tokens or tokens[-1].pos_ == "VERB":
            continue
        original = ctx.text[hit.start:hit.end]
        replacements = tuple(match_case(r, original) for r in LABEL_REPLACEMENTS[hit.phrase])
        key = "illegal" if hit.phrase.startswith("illegal") else (
            "john" if hit.phrase.startswith("john") else "prostitute")
        instead = LABEL_INSTEAD.get(key, "say sex worker")
        out.append(Candidate(CRIMINALIZING, hit.start, hit.end, replacements, confidence=0.95,
                             fields={"instead": instead}))
    return out


def _origin_before(ctx: DocContext, start: int) -> int | None:
    before = ctx.folded[max(start - 40, 0):start]
    for origin in _origins():
        for sep in (" ", "-"):
            if before.endswith(origin + sep) or re.search(
                    re.escape(origin) + r"[\s-](?:[a-z-]+\s){0,1}$", before):
                index = before.rfind(origin)
                if index >= 0 and (index == 0 or not before[index - 1].isalpha()):
                    return start - len(before) + index
    return None


ORIGIN_AFTER = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w-]+)(?:\s+[A-Z][\w-]+)?")


def gate_trope(hit: Hit, index: int, ctx: DocContext) -> bool:
    if hit.phrase == "bad hombres":
        return True
    if hit.phrase.endswith(" from"):
        return bool(ORIGIN_AFTER.match(ctx.text, hit.end))
    if hit.phrase in {"cartel", "cartels"} and ctx.raid_story and not re.search(
            r"\bdrugs?\b|\bcocaine\b|\bnarcotics?\b", ctx.folded):
        return True
    return _origin_before(ctx, hit.start) is not None


def detect_trope(sent: Sentence, hits: list[Hit], ctx: DocContext) -> list[Candidate]:
    out = []
    for hit in hits:
        if hit.phrase.endswith(" from"):
            after = ORIGIN_AFTER.match(ctx.text, hit.end)
            end = after.end() if after else hit.end
            out.append(Candidate(TROPE, _origin_before(ctx, hit.start) or hit.start, end, (),
                                 confidence=0.7))
            continue
        origin = _origin_before(ctx, hit.start)
        start = origin if origin is not None else hit.start
        text = ctx.text[start:hit.end]
        suggestion = ctx.text[hit.start:hit.end]
        if hit.phrase.startswith(("massage parlo", "spas")):
            suggestion = "massage businesses"
        suggestions = (suggestion,) if origin is not None else ()
        if text.lower().startswith(("chinese nationals", "korean nationals")):
            continue
        out.append(Candidate(TROPE, start, hit.end, suggestions, confidence=0.85))
    return out


def gate_saviour(hit: Hit, index: int, ctx: DocContext) -> bool:
    if "centr" in hit.phrase or "centric" in hit.phrase or hit.phrase.startswith("not about"):
        return ctx.sentence_has(index, "state") or ctx.raid_story
    if ctx.sentence_has(index, "hazards") or ctx.sentence_has(index, "rescue-service"):
        return False
    if not hit.phrase.startswith(("hero", "saviour", "savior")):
        return ctx.raid_story  # praise phrases: only in a story about a raid
    return ctx.window_has(index, "state", radius=0) or (
        ctx.raid_story and bool(re.search(r"\b(?:charity|church|ngo|nonprofit|non-profit|"
                                          r"advocates?|volunteers)\b", ctx.folded)))


def detect_saviour(sent: Sentence, hits: list[Hit], ctx: DocContext) -> list[Candidate]:
    out = []
    types = actor_lexicon().types_in(sent.doc.text)
    for hit in hits:
        tokens = sent.tokens_in(hit.start, hit.end)
        if not tokens:
            continue
        last = tokens[-1]
        start, end = hit.start, hit.end
        if "centr" in hit.phrase:
            if last.head.pos_ == "NOUN" and last.head.i > last.i:
                end = sent.end_offset(last.head)
            out.append(Candidate(SAVIOUR, start, end, ("police " + last.head.text,)
                                 if last.head.pos_ == "NOUN" and last.head.i > last.i else (),
                                 confidence=0.85))
            continue
        if not types & SAVIOUR_ACTOR_TYPES and not ctx.raid_story:
            continue
        out.append(Candidate(SAVIOUR, start, end, (), confidence=0.8))
    return out
