"""Document findings: missing-outcome and no-trafficking-charge."""

from __future__ import annotations

import re
from collections.abc import Iterator

from unspin.analyse.context import DocContext
from unspin.analyse.doc_facts import facts
from unspin.model import DocumentFinding, Finding, Severity
from unspin.rules.schema import Rule

# What happened to people after a raid: charges, release, immigration, services received.
OUTCOME = re.compile(
    r"\b(?:charged|arrested|detained|released|deported|deportation|removed from (?:the country|"
    r"canada|the uk|australia|the united states|the u\.s\.)|removal orders?|deportation orders?|"
    r"immigration (?:detention|custody|officials|authorities|agents|officers|enforcement|"
    r"hold|holds|detainers?|proceedings|charges|status)|handed (?:over )?to (?:immigration|ice|"
    r"cbsa|border)|turned over to|ice custody|border force|cbsa|fined|convicted|sentenced|"
    r"jailed|taken into custody|held in|returned to (?:china|thailand|korea|their home|home)|"
    r"repatriated|flown (?:back|home)|sent (?:back|home)|went back to work|returned to work|"
    r"(?:received|got|were given|was given|moved into|placed in|stayed in|housed in) "
    r"(?:\w+ ){0,2}(?:housing|shelter|medical|treatment|care|counselling|counseling|visas?|"
    r"work permits?|legal|support)|no charges|not charged|without charges?|cited|ticketed|"
    r"questioned and released|visa)\b")
GROUP = re.compile(r"\b(?:wom[ae]n|workers?|victims?|girls?|people|persons|individuals|they|them|"
                   r"their|none|all|some|most|several|many|each|both|masseuses?|employees?|"
                   r"migrants?|nationals|survivors?|\d+|one|two|three|four|five|six|seven|eight|"
                   r"nine|ten|eleven|twelve|dozens?)\b")
NOT_AN_OUTCOME = re.compile(r"\b(?:offered|referred|connected|directed|will be|would be|may be|"
                            r"could be|are being offered|were offered)\b")
CLAIM = re.compile(r"\bidentified as (?:\w+ )?victims\b|\b(?:rescued|freed|saved|liberated)\b")
KIND_WORDS = {"prostitution-related": "prostitution-related", "money-laundering":
              "money laundering", "immigration": "immigration", "other": "other offences"}


def document_findings(ctx: DocContext, findings: tuple[Finding, ...],
                      rules: dict[str, Rule]) -> Iterator[DocumentFinding]:
    missing = _missing_outcome(ctx, findings)
    if missing:
        rule = rules["missing-outcome"]
        yield DocumentFinding(rule.id, rule.message, Severity.parse(rule.severity))
    kinds = _no_trafficking_charge(ctx, findings)
    if kinds is not None:
        rule = rules["no-trafficking-charge"]
        words = [KIND_WORDS.get(k, k) for k in kinds] or ["none"]
        listed = ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else words[0]
        message = rule.message.format(kinds=listed if kinds else "not trafficking")
        yield DocumentFinding(rule.id, message, Severity.parse(rule.severity))


def _missing_outcome(ctx: DocContext, findings: tuple[Finding, ...]) -> bool:
    claims = [f for f in findings if f.rule == "rescue-frame"]
    if not claims:
        return False
    claim_end = min(f.end for f in claims)
    for sentence in ctx.seg.sentences:
        chunk = ctx.folded[sentence.start:sentence.end]
        if sentence.end <= claims[0].start and not CLAIM.search(chunk):
            continue
        for match in OUTCOME.finditer(chunk):
            where = sentence.start + match.start()
            if any(f.start <= where < f.end for f in claims):
                continue
            lead = chunk[: match.start()]
            if NOT_AN_OUTCOME.search(lead[-40:]):
                continue
            if where < claim_end and not CLAIM.search(chunk):
                continue
            if GROUP.search(chunk) and _about_the_group(chunk, match.start()):
                return False
    return True


def _about_the_group(chunk: str, at: int) -> bool:
    """The outcome is said of the people taken, not of the owner or a client."""
    clause = chunk[max(0, chunk.rfind(",", 0, at), chunk.rfind(" and ", 0, at)):at + 60]
    if re.search(r"\b(?:owner|owners|manager|managers|operator|operators|man|men|clients?|"
                 r"customers?|johns?|suspects?|boyfriend|husband|landlord)\b", clause) and not (
            re.search(r"\bwom[ae]n\b|\bworkers?\b|\bthey\b|\bnone\b|\ball\b", clause)):
        return False
    return True


def _no_trafficking_charge(ctx: DocContext, findings: tuple[Finding, ...]) -> list[str] | None:
    calls_it = any(f.rule == "trafficking-conflation" for f in findings) or any(
        h.phrase in {"human trafficking", "sex trafficking", "trafficking"}
        for h in ctx.hits["sexwork"])
    if not calls_it:
        return None
    doc_facts = facts(ctx)
    if doc_facts.trafficking_charged:
        return None
    negated = any(c.kind == "trafficking" and c.negated for c in doc_facts.charges)
    kinds = doc_facts.other_charge_kinds
    if kinds or negated:
        return kinds
    return None
