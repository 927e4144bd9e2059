"""Facts about the whole document that several rules need, computed once and cached."""

from __future__ import annotations

import functools
import re

from unspin.analyse.charges import Charge, find_charges
from unspin.analyse.context import DocContext

# A described harm that "trafficking" may be renaming: (harm name, actor pattern, act pattern).
_HARMS = (
    ("intimate partner violence", r"\b(?:her|his|their|my)\s+(?:ex-)?(?:boyfriend|husband|"
     r"partner|spouse|fianc[eé]e?|girlfriend|wife)\b",
     r"\b(?:took|takes|taking|kept|keeps|keeping|controlled|controls|hit|hits|beat|beats|"
     r"threatened|threatens|forced|forces|made her|made them|pushed|pressured|collected|"
     r"demanded|confiscated)\b"),
    ("wage theft", r"\b(?:the|her|their|his|my)\s+(?:boss|manager|owner|employer|operator)s?\b",
     r"\b(?:withheld|withholding|kept|keeps|keeping|never paid|did not pay|didn't pay|"
     r"refused to pay|docked|fined|took half|took a cut|unpaid)\b"),
    ("police violence", r"\b(?:an? |the )?(?:officer|officers|police|detective|cop|cops)\b",
     r"\b(?:assaulted|raped|beat|groped|coerced|extorted|demanded sex)\b"),
)
_ACCURATE_CHARGE = {"trafficking"}


class DocFacts:
    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx

    @functools.cached_property
    def charges(self) -> list[Charge]:
        return find_charges(self.ctx.text)

    @functools.cached_property
    def trafficking_charged(self) -> bool:
        """A trafficking charge or conviction that the text reports as laid."""
        return any(c.kind in _ACCURATE_CHARGE and not c.negated for c in self.charges)

    @functools.cached_property
    def other_charge_kinds(self) -> list[str]:
        kinds: list[str] = []
        for charge in self.charges:
            if not charge.negated and charge.kind not in _ACCURATE_CHARGE and (
                    charge.kind not in kinds):
                kinds.append(charge.kind)
        return kinds

    @functools.cached_property
    def described_harm(self) -> tuple[str, str] | None:
        """(harm name, actor as written) for the first concrete harm the text describes."""
        for sentence in self.ctx.seg.sentences:
            chunk = self.ctx.text[sentence.start:sentence.end]
            for name, actor, act in _HARMS:
                who = re.search(actor, chunk, re.IGNORECASE)
                if who and re.search(act, chunk, re.IGNORECASE):
                    return name, who.group().strip()
        return None


def facts(ctx: DocContext) -> DocFacts:
    cached = getattr(ctx, "_facts", None)
    if cached is None:
        cached = DocFacts(ctx)
        ctx._facts = cached  # type: ignore[attr-defined]
    return cached
