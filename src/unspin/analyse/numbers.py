"""Number phrases in news copy: "26", "six", "twenty-six", "1,200", "a dozen", "more than 30".

Every phrase keeps its span and the qualifier written before it ("more than", "nearly",
"about"), so a count can be reported as written. "a"/"an" only counts as 1 before a singular
person noun ("a woman", "a 34-year-old man"); "dozens of" and "several" are not numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
GROUPS = {"dozen": 12, "score": 20}

QUALIFIERS = (
    "more than", "over", "at least", "nearly", "almost", "about", "around", "approximately",
    "roughly", "some", "up to", "fewer than", "less than", "close to", "as many as",
    "an estimated", "upwards of", "just over", "just under", "under",
)  # fmt: skip

PERSON_NOUNS = frozenset(
    [
        "woman", "man", "person", "worker", "girl", "boy", "teen", "teenager", "minor", "juvenile",
        "youth", "child", "suspect", "client", "customer", "john", "employee", "manager", "owner",
        "operator", "driver", "individual", "adult", "female", "male", "resident", "citizen",
        "national", "student", "mother", "father", "husband", "wife", "boyfriend", "girlfriend",
        "partner", "masseuse", "officer", "agent", "landlord", "relative", "cousin", "friend",
        "victim", "survivor", "sex-worker"
    ]
)

_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True))
_FIRST = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_NUMBER_WORDS = rf"(?:{_FIRST})(?:(?:-|\s+|\s+and\s+)(?:{_WORD}))*"
_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?(?![\d.,]?\d))"
    r"(?:\s+(?:million|thousand))?"
)
_GROUP = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|half\s+a)\s+(?:dozen|score)"
_QUAL = "|".join(q.replace(" ", r"\s+") for q in sorted(QUALIFIERS, key=len, reverse=True))
_PHRASE = re.compile(
    rf"(?<![\w$£€.,-])(?:(?P<qual>{_QUAL})\s+)?(?P<num>{_GROUP}|{_DIGITS}|{_NUMBER_WORDS}"
    rf"|a\s+(?:hundred|thousand))(?![\w-]*\w)",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"(?<![\w-])an?\s+", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[\w'-]+")
_STOP = frozenset(
    [
        "a", "an", "the", "of", "for", "in", "on", "at", "to", "from", "by", "with", "and", "or",
        "but", "who", "that", "which", "was", "were", "is", "are", "has", "had"
    ]
)


@dataclass(frozen=True)
class NumberPhrase:
    """A number as written: its value, span (qualifier included) and qualifier."""

    value: int
    start: int
    end: int
    text: str
    qualifier: str | None = None


def parse_number(words: str) -> int | None:
    """Value of a number written in digits or words; None when it is not a whole number."""
    s = " ".join(words.lower().replace("-", " ").split())
    if not s:
        return None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", s):
        return int(s.replace(",", ""))
    scaled = re.fullmatch(r"(\d+(?:\.\d+)?) (million|thousand)", s.replace(",", ""))
    if scaled:
        return round(float(scaled.group(1)) * SCALES[scaled.group(2)])
    if re.fullmatch(r"\d+\.\d+", s):
        return None
    tokens = [t for t in s.split() if t != "and"]
    if len(tokens) == 2 and tokens[1] in GROUPS:
        mult = 1 if tokens[0] == "a" else UNITS.get(tokens[0])
        return None if mult is None else mult * GROUPS[tokens[1]]
    if tokens[:2] == ["half", "a"] and len(tokens) == 3 and tokens[2] in GROUPS:
        return GROUPS[tokens[2]] // 2
    if tokens and tokens[0] == "a":
        tokens[0] = "one"
    return _words_value(tokens)


def _words_value(tokens: list[str]) -> int | None:
    total, current, seen = 0, 0, False
    for tok in tokens:
        if tok in UNITS:
            if seen and current % 10 and current < 100:
                return None  # "two three" is not a number
            current += UNITS[tok]
        elif tok in TENS:
            if current % 100:
                return None
            current += TENS[tok]
        elif tok == "hundred":
            current = max(current, 1) * 100
        elif tok in SCALES:
            total += max(current, 1) * SCALES[tok]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def find_numbers(text: str, *, articles: bool = True) -> list[NumberPhrase]:
    """Every whole-number phrase in ``text`` with its span, in order.

    With ``articles`` "a"/"an" before a singular person noun counts as 1 ("a woman").
    """
    found: list[NumberPhrase] = []
    for m in _PHRASE.finditer(text):
        value = parse_number(m.group("num"))
        if value is None:
            continue
        qual = m.group("qual")
        found.append(
            NumberPhrase(
                value=value,
                start=m.start(),
                end=m.end(),
                text=m.group(),
                qualifier=" ".join(qual.lower().split()) if qual else None,
            )
        )
    if articles:
        taken = [(n.start, n.end) for n in found]
        for m in _ARTICLE.finditer(text):
            if any(s <= m.start() < e for s, e in taken) or not _person_follows(text, m.end()):
                continue
            article = m.group().rstrip()
            found.append(NumberPhrase(1, m.start(), m.start() + len(article), article))
        found.sort(key=lambda n: n.start)
    return found


def _person_follows(text: str, pos: int) -> bool:
    """A singular person noun within the next three words, before any function word."""
    for _ in range(4):
        m = _NEXT_WORD.match(text, pos)
        if m is None:
            return False
        word = m.group().lower()
        if word in PERSON_NOUNS:
            return True
        if word in _STOP:
            return False
        pos = m.end()
        while pos < len(text) and text[pos] in " \t":
            pos += 1
    return False


def number_before(text: str, offset: int, *, window: int = 40) -> NumberPhrase | None:
    """The number phrase ending closest before ``offset`` with only modifiers in between."""
    lo = max(0, offset - window)
    best: NumberPhrase | None = None
    for n in find_numbers(text[lo:offset]):
        best = NumberPhrase(n.value, n.start + lo, n.end + lo, n.text, n.qualifier)
    return best
