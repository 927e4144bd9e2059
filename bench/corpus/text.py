"""Filling sentence templates: alternatives, slots, numbers and quotation marks in an outlet's style.

A template is plain text with ``{slot}`` fields, ``[a|b|c]`` alternatives and ``<2-40>`` numbers,
e.g. ``"{agency} [detained|arrested] {women} women"``. Slots are fixed for an article;
alternatives and numbers are drawn anew each time a template is used. All choices come from the
story's own random generator, so a story is a pure function of its seed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence

from bench.corpus.outlets import Outlet

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ALTERNATIVES = re.compile(r"\[([^\[\]]*)\]")
_NUMBERS = re.compile(r"<(\d+)-(\d+)>")


def in_words(n: int) -> str:
    """Spell out 0..99 ("twenty-six"); larger numbers stay digits."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    return f"{n:,}"


def number(n: int, style: str) -> str:
    """Render ``n`` as an outlet writes it in running text."""
    if style == "words" and n < 100 or style == "ap" and n < 10:
        return in_words(n)
    return f"{n:,}"


def approx(n: int, style: str, rng: random.Random) -> str:
    """Sometimes hedge a count the way reports do: "more than 30", "about a dozen"."""
    roll = rng.random()
    if n >= 12 and roll < 0.15:
        return f"more than {number(n - n % 5 or n, style)}"
    if 11 <= n <= 13 and roll < 0.3:
        return "about a dozen"
    if 23 <= n <= 25 and roll < 0.3:
        return "two dozen"
    return number(n, style)


def count_words(text: str) -> int:
    return len(text.split())


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


class Writer:
    """Fills templates for one article: its generator, its outlet, its slot values."""

    def __init__(self, rng: random.Random, outlet: Outlet, slots: Mapping[str, str]) -> None:
        self.rng = rng
        self.outlet = outlet
        self.slots = dict(slots)

    def say(self, template: str, cap: bool = True) -> str:
        """One filled sentence (or headline), first letter capitalised unless ``cap`` is False."""
        chosen = _ALTERNATIVES.sub(lambda m: self.rng.choice(m.group(1).split("|")), template)
        chosen = _NUMBERS.sub(lambda m: str(self.rng.randint(int(m[1]), int(m[2]))), chosen)
        filled = chosen.format_map(self.slots)
        return capitalise(filled) if cap else filled

    def pick(self, options: Sequence[str]) -> str:
        return self.say(self.rng.choice(options))

    def draw(self, pool: list[str]) -> str | None:
        """Take a template out of ``pool`` (no repeats within an article); None when empty."""
        if not pool:
            return None
        return self.say(pool.pop(self.rng.randrange(len(pool))))

    def quote(self, words: str, speaker: str) -> str:
        """A direct quotation with attribution in the outlet's punctuation style."""
        words = self.say(words)
        speaker = self.say(speaker, cap=False)
        o, c = ("\u201c", "\u201d") if self.outlet.curly else ('"', '"')
        form = self.rng.randrange(3)
        if form == 0 and self.outlet.country == "uk":
            return f"{o}{words.rstrip('.')}{c}, said {speaker}."
        if form == 0:
            return f"{o}{_comma(words)}{c} said {speaker}."
        if form == 1:
            return f"{capitalise(speaker)} said: {o}{words}{c}"
        return f"{o}{_comma(words)}{c} {speaker} said."


def _comma(words: str) -> str:
    """'It was late.' -> 'It was late,' for a quote followed by its attribution."""
    return words[:-1] + "," if words.endswith(".") else words
