"""Facts about the whole document that several rules need, computed once and cached."""

from __future__ import annotations

import functools
import re

from unspin.analyse.charges import Charge, find_charges
from unspin.analyse.context import DocContext

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
        """(harm name, actor as written) for the first concrete harm the text describes,
        from ``unspin name``'s harm rules (the raid's own acts left out)."""
        from unspin.analyse.harms import described_harm

        return described_harm(self.ctx.text)


def facts(ctx: DocContext) -> DocFacts:
    cached = getattr(ctx, "_facts", None)
    if cached is None:
        cached = DocFacts(ctx)
        ctx._facts = cached  # type: ignore[attr-defined]
    return cached
