"""How many people a phrase refers to: "six people", "The six", "a man and a woman", "them".

The ledger counts people, not charges: "Six people were charged with A and B" is six for A and
six for B. ``people_before`` finds the people a verb or charge is about by scanning back from
it to the nearest people phrase; references ("the six", "they", "the men", "the pair") resolve
to the group they name, so the same people mentioned twice keep one identity (``key``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from unspin.analyse.numbers import NumberPhrase, find_numbers

PLURAL = frozenset(
    [
        "women", "men", "people", "persons", "workers", "victims", "girls", "boys", "juveniles",
        "children", "minors", "teens", "teenagers", "adults", "survivors", "individuals",
        "suspects", "clients", "customers", "employees", "masseuses", "owners", "managers",
        "operators", "others", "accused", "defendants", "females", "males", "nationals", "students",
        "dancers", "escorts", "drivers", "residents", "migrants", "immigrants", "foreigners",
        "sex-workers", "youths", "kids"
    ]
)
SINGULAR = frozenset(
    [
        "woman", "man", "person", "worker", "victim", "girl", "boy", "juvenile", "child", "minor",
        "teen", "teenager", "adult", "survivor", "individual", "suspect", "client", "customer",
        "employee", "masseuse", "owner", "manager", "operator", "driver", "female", "male",
        "national", "student", "dancer", "escort", "resident", "migrant", "immigrant", "husband",
        "wife", "boyfriend", "girlfriend", "mother", "father", "youth"
    ]
)
_NOUN_SKIP = 3  # modifier words allowed between a number and its noun ("26 migrant women")
_BARE_NEXT = re.compile(
    r"\s*(?:were|was|are|is|have|has|had|face|faces|with|more|of\s+(?:the|those|them|these)\b"
    r"|pleaded|pled|remain)\b",
    re.IGNORECASE,
)
_NOT_PEOPLE_NEXT = re.compile(
    r"[-\s]*(?:year|years|month|months|week|weeks|day|days|hours?|counts?|charges?|offen[cs]es"
    r"|percent|per\s+cent|%|p\.m|a\.m)\b",
    re.IGNORECASE,
)
_AGE_APPOSITIVE = re.compile(r",\s*\d{1,2},")
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|of|by|from|until|before|after|early|late)\s+$", re.IGNORECASE
)
_WORD = re.compile(r"\w[\w'-]*")
_PAIR = re.compile(
    r"\b(?:both|the\s+couple|a\s+couple|the\s+pair|a\s+pair|a\s+husband\s+and\s+wife"
    r"|husband\s+and\s+wife)\b",
    re.IGNORECASE,
)
_ORDINAL = re.compile(
    r"\bthe\s+(?:first|second|third|fourth|fifth|sixth|last)\b(?!\s+(?:degree|time|count|charge"
    r"|day|week|month|year|floor|of|two|three|raid|operation|case)\b)",
    re.IGNORECASE,
)
_OF_GROUP = re.compile(
    r"\s+of\s+(?:them|those(?:\s+(?:arrested|charged|detained))?|(?:the|these|those)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:[\w-]+))\b",
    re.IGNORECASE,
)
_DEFINITE = re.compile(r"\b(?:the|this|that|these|those)\s+", re.IGNORECASE)
_PRONOUN = re.compile(
    r"\b(?:he|him|she|they|them)\b|\bher\b(?=\s*(?:[.,;:]|$|(?:for|on|in|at|with|after|and|to"
    r"|by|as|under|over|before|when|while|into|from|of)\b))",
    re.IGNORECASE,
)
_STOP = frozenset(
    [
        "of", "and", "or", "in", "at", "on", "to", "for", "from", "by", "with", "who", "that",
        "which", "was", "were", "is", "are", "has", "have", "had"
    ]
)


@dataclass(frozen=True)
class People:
    """A phrase naming a number of people; ``key`` is the identity of the group it names."""

    value: int
    start: int
    end: int
    text: str
    noun: str | None = None
    key: tuple[int, int] = (0, 0)
    qualifier: str | None = None


def people_mentions(text: str) -> list[People]:
    """Explicit groups in text order: numbers with a person noun, pairs, bare "N were"."""
    found: list[People] = []
    for n in find_numbers(text):
        p = _number_people(text, n)
        if p is not None:
            found.append(p)
    for m in _PAIR.finditer(text):
        if not any(p.start <= m.start() < p.end for p in found):
            found.append(People(2, m.start(), m.end(), m.group(), None, (m.start(), m.end())))
    found.sort(key=lambda p: p.start)
    return _link_references(text, found)


def _link_references(text: str, found: list[People]) -> list[People]:
    """ "The six" / "all 31" / "the three men" after "six people": the same group."""
    out: list[People] = []
    for p in found:
        before = text[max(0, p.start - 8) : p.start].lower()
        if re.search(r"\b(?:the|all|those|these)\s+$", before):
            for q in reversed(out):
                if q.value == p.value and (p.noun is None or q.noun in (None, p.noun)):
                    p = People(p.value, p.start, p.end, p.text, p.noun or q.noun, q.key,
                               p.qualifier)  # fmt: skip
                    break
        out.append(p)
    return out


def people_before(
    text: str, lo: int, hi: int, groups: list[People] | None = None
) -> People | None:
    """The people phrase nearest before ``hi`` (not before ``lo``), references resolved."""
    groups = people_mentions(text) if groups is None else groups
    region = _mask_ages(text[lo:hi])
    candidates: list[People] = []
    for p in groups:
        if lo <= p.start and p.end <= hi:
            candidates.append(p)
    for m in _ORDINAL.finditer(region):
        candidates.append(_at(text, lo, m, 1))
    for m in _DEFINITE.finditer(region):
        ref = _definite(text, lo, m, groups)
        if ref is not None:
            candidates.append(ref)
    for m in _PRONOUN.finditer(region):
        ref = _pronoun(text, lo, m, groups)
        if ref is not None:
            candidates.append(ref)
    candidates = [
        c for c in candidates
        if not any(o is not c and o.start <= c.start and c.end <= o.end and
                   (o.end - o.start) > (c.end - c.start) for o in candidates)
    ]  # fmt: skip
    if not candidates:
        return None
    best = max(candidates, key=lambda p: (p.end, p.end - p.start))
    return _conjoined(text, lo, best, candidates)


def _number_people(text: str, n: NumberPhrase) -> People | None:
    if _YEAR.fullmatch(n.text) and _YEAR_BEFORE.search(text, max(0, n.start - 12), n.start):
        return None
    after = text[n.end : n.end + 60]
    if _NOT_PEOPLE_NEXT.match(after):
        return None
    pos = 0
    for _ in range(_NOUN_SKIP + 1):
        m = _WORD.search(after, pos)
        if m is None or after[pos : m.start()].strip(" "):
            break
        word = m.group().lower()
        if word in PLURAL or word in SINGULAR or word == "sex" and after[m.end() :].startswith(
            " workers"
        ):
            end = n.end + m.end() + (len(" workers") if word == "sex" else 0)
            noun = "sex-workers" if word == "sex" else word
            return People(n.value, n.start, end, text[n.start : end], noun, (n.start, end),
                          n.qualifier)  # fmt: skip
        if word in ("of", "and", "or", "in", "at", "on", "were", "was", "who", "for", "from",
                    "with", "along", "together", "including", "by", "after", "before"):
            break
        pos = m.end()
    if n.text.lower() in ("a", "an"):
        return None
    if _BARE_NEXT.match(after):
        end = n.end
        of = _OF_GROUP.match(text, n.end)
        if of is not None:
            end = of.end()
        return People(n.value, n.start, end, text[n.start : end], None, (n.start, end),
                      n.qualifier)  # fmt: skip
    return None


def _mask_ages(region: str) -> str:
    return _AGE_APPOSITIVE.sub(lambda m: " " * len(m.group()), region)


def _at(text: str, lo: int, m: re.Match[str], value: int) -> People:
    s, e = lo + m.start(), lo + m.end()
    return People(value, s, e, text[s:e], None, (s, e))


def _definite(text: str, lo: int, m: re.Match[str], groups: list[People]) -> People | None:
    """ "the man", "the 41-year-old man" -> 1; "the men" -> the group they name."""
    pos = lo + m.end()
    for _ in range(_NOUN_SKIP):
        w = _WORD.match(text, pos)
        if w is None:
            w = re.compile(r"\d[\w-]*").match(text, pos)
            if w is None:
                return None
        word = w.group().lower()
        if word in SINGULAR or word in PLURAL:
            break
        if word in _STOP:
            return None
        pos = w.end()
        while pos < len(text) and text[pos] == " ":
            pos += 1
    else:
        return None
    noun = word
    s, e = lo + m.start(), w.end()
    if noun in SINGULAR:
        return People(1, s, e, text[s:e], noun, (s, e))
    if noun in PLURAL:
        ante = _antecedent(groups, s, noun)
        if ante is not None:
            return People(ante.value, s, e, text[s:e], noun, ante.key)
    return None


def _pronoun(text: str, lo: int, m: re.Match[str], groups: list[People]) -> People | None:
    word = m.group().lower()
    s, e = lo + m.start(), lo + m.end()
    if word in ("he", "him", "she", "her"):
        ante = next((p for p in reversed(groups) if p.end <= s and p.value == 1), None)
        return People(1, s, e, text[s:e], None, ante.key if ante else (s, e))
    ante = _antecedent(groups, s, None)
    if ante is None:
        return None
    return People(ante.value, s, e, text[s:e], ante.noun, ante.key)


def _antecedent(groups: list[People], before: int, noun: str | None) -> People | None:
    """The latest group before ``before`` naming ``noun`` (any plural group when None)."""
    for p in reversed(groups):
        if p.end > before:
            continue
        if (noun is None and p.value > 1) or (noun is not None and p.noun == noun):
            return p
    return None


def _conjoined(text: str, lo: int, best: People, candidates: list[People]) -> People:
    """ "a man and a woman" -> 2: add a people phrase joined to ``best`` by "and"."""
    for p in candidates:
        between = text[p.end : best.start]
        if p.end <= best.start and lo <= p.start and re.fullmatch(r"\s*,?\s*and\s+", between):
            return People(p.value + best.value, p.start, best.end, text[p.start : best.end],
                          best.noun, (p.start, best.end))  # fmt: skip
    return best
