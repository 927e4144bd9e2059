"""Document findings: missing-outcome and no-trafficking-charge."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from unspin.analyse.context import DocContext
from unspin.analyse.doc_facts import facts
from unspin.analyse.parsing import parse
from unspin.model import DocumentFinding, Finding, Severity
from unspin.rules.schema import Rule

# What happened to people after a raid: charges, release, immigration, services received.
OUTCOME = re.compile(
    r"\b(?:charged|arrested|detained|released|deported|deportation|removed from (?:the country|"
    r"canada|the uk|australia|the united states|the u\.s\.)|removal orders?|removal proceedings|deportation orders?|deportation proceedings|"
    r"immigration (?:detention|custody|officials|authorities|agents|officers|enforcement|"
    r"hold|holds|detainers?|proceedings|charges|status)|handed (?:over )?to (?:immigration|ice|"
    r"cbsa|border)|turned over to|ice custody|border force|cbsa|fined|convicted|sentenced|"
    r"jailed|taken into custody|held (?:in|at) (?:custody|detention|jail|an immigration|a detention)|returned to (?:china|thailand|korea|their home|home)|"
    r"repatriated|flown (?:back|home)|sent (?:back|home)|went back to work|returned to work|"
    r"(?:received|got|were given|was given|moved into|placed in|stayed in|housed in) "
    r"(?:\w+ ){0,2}(?:housing|shelter|medical|treatment|care|counselling|counseling|visas?|"
    r"work permits?|legal|support)|no charges|not charged|without charges?|cited|ticketed|"
    r"questioned and released|no (?:criminal )?charges|visa)\b")
NOT_AN_OUTCOME = re.compile(r"\b(?:offered|referred|connected|directed|will be|would be|may be|"
                            r"could be|are being offered|were offered)\b")
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
        words = [KIND_WORDS.get(k, k) for k in kinds]
        listed = ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else "".join(words)
        charges = f"the charges it reports are {listed}" if kinds else "it reports no charges"
        message = rule.message.format(charges=charges)
        yield DocumentFinding(rule.id, message, Severity.parse(rule.severity))


UNCERTAIN = re.compile(r"\b(?:whether|declined to|did not say|would not say|could not say|"
                       r"could not comment|unclear|not known|unknown|asked what|no word)\b")
# The people taken: plural nouns, pronouns and quantifiers (a single "woman" is often the owner).
GROUP_WORDS = frozenset({"women", "workers", "victims", "girls", "masseuses", "employees",
                         "migrants", "nationals", "survivors", "they", "them", "none", "all",
                         "some", "most", "several", "many", "each", "both", "any", "who", "few",
                         "half", "majority", "rest", "others", "everyone"})


def _outcome_matches(ctx: DocContext, index: int) -> list[re.Match[str]]:
    sentence = ctx.seg.sentences[index]
    chunk = ctx.folded[sentence.start:sentence.end]
    return [m for m in OUTCOME.finditer(chunk)
            if not NOT_AN_OUTCOME.search(chunk[max(0, m.start() - 40):m.start()])
            and not UNCERTAIN.search(chunk[chunk.rfind(",", 0, m.start()) + 1:m.start()])]


def outcome_sentences(ctx: DocContext) -> set[int]:
    """Sentences that may say what happened to people (cheap: a regular expression)."""
    return {i for i in range(len(ctx.seg.sentences)) if _outcome_matches(ctx, i)}


def _missing_outcome(ctx: DocContext, findings: tuple[Finding, ...]) -> bool:
    claims = [f for f in findings if f.rule == "rescue-frame"]
    if not claims:
        return False
    first_claim = min(f.start for f in claims)
    candidates: dict[int, list[int]] = {}
    for index in sorted(outcome_sentences(ctx)):
        sentence = ctx.seg.sentences[index]
        if sentence.end <= first_claim:
            continue
        where = [sentence.start + m.start() for m in _outcome_matches(ctx, index)]
        where = [w for w in where if not any(f.start <= w < f.end for f in claims)]
        if where:
            candidates[index] = where
    parsed = parse(ctx, candidates)
    for index, offsets in candidates.items():
        sent = parsed[index]
        for offset in offsets:
            if any(_said_of_group(token) for token in sent.doc
                   if sent.offset(token) <= offset < sent.end_offset(token) + 1):
                return False
    return True


def _said_of_group(token: Any) -> bool:
    """Whether the outcome word's clause is about the people taken in the raid."""
    verb = token
    for _ in range(4):
        if verb.pos_ in {"VERB", "AUX"} or verb.dep_ == "ROOT":
            break
        verb = verb.head
    from unspin.analyse.frames.grammar import subject

    related = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj", "nsubj"}]
    inherited = subject(verb)
    if inherited is not None:
        related.append(inherited)
    if verb.dep_ == "conj":
        related.extend(c for c in verb.head.children if c.dep_ == "nsubjpass")
    for word in related:
        words = {t.lower_ for t in word.subtree} | {word.lemma_.lower()}
        if word.lower_ in GROUP_WORDS or word.pos_ == "NUM" or (
                words & {"women", "workers", "victims", "them"}):
            return True
    return False


def _no_trafficking_charge(ctx: DocContext, findings: tuple[Finding, ...]) -> list[str] | None:
    calls_it = any(f.rule in {"trafficking-conflation", "harm-misnamed"} for f in findings)
    if not calls_it:
        return None
    doc_facts = facts(ctx)
    if doc_facts.trafficking_charged:
        return None
    return doc_facts.other_charge_kinds
