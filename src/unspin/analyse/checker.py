"""The frame checker: scan, gate, parse only what can match, detect, then apply context."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from unspin.analyse import prefilter
from unspin.analyse.context import DocContext
from unspin.analyse.document_rules import document_findings, outcome_sentences
from unspin.analyse.frames import REGISTRY
from unspin.analyse.frames.base import Candidate
from unspin.analyse.lexicon import Hit
from unspin.analyse.parsing import parse
from unspin.config import Config
from unspin.model import CheckResult, Finding, Severity
from unspin.read.document import Document
from unspin.rules.load import load_rules
from unspin.rules.schema import Rule

# When two findings cover the same words, the more specific rule wins.
PRIORITY = ("harm-misnamed", "rescue-frame", "trafficking-conflation", "criminalizing-label",
            "racialized-trope", "passive-victim", "captivity-frame", "forced-movement-frame",
            "exploitation-frame", "saviour-frame")


def check_document(doc: Document, config: Config, path: str | None = None) -> CheckResult:
    rules = load_rules()
    enabled = {rid for rid in rules if config.enabled(rid, path)}
    found = prefilter.scan(doc.text)
    hits = [h for h in found.triggers
            if any(prefilter.could_fire(h, r, found) for r in h.tags & enabled)]
    if not hits:
        return CheckResult(text=doc.text, findings=(), path=path)
    ctx = DocContext.build(doc.text, found)
    candidates = _detect(ctx, hits, enabled)
    findings = _finalise(candidates, ctx, doc, rules)
    doc_findings = tuple(
        f for f in document_findings(ctx, findings, rules) if f.rule in enabled)
    return CheckResult(text=doc.text, findings=findings, document_findings=doc_findings,
                       path=path)


def _detect(ctx: DocContext, hits: list[Hit], enabled: set[str]) -> list[Candidate]:
    by_sentence: dict[int, dict[str, list[Hit]]] = defaultdict(lambda: defaultdict(list))
    for hit in hits:
        index = ctx.seg.sentence_index(hit.start)
        for rule_id in hit.tags & enabled:
            entry = REGISTRY.get(rule_id)
            if entry is not None and entry[0](hit, index, ctx):
                by_sentence[index][rule_id].append(hit)
    if not by_sentence:
        return []
    wanted = set(by_sentence)
    if any("rescue-frame" in rules for rules in by_sentence.values()):
        wanted |= outcome_sentences(ctx)  # parsed in the same batch for missing-outcome
    parsed = parse(ctx, wanted)
    out: list[Candidate] = []
    for index in sorted(by_sentence):
        for rule_id, rule_hits in by_sentence[index].items():
            out.extend(REGISTRY[rule_id][1](parsed[index], rule_hits, ctx))
    return out


# Rules that read the same trigger word: one finding per place, the more specific first.
EXCLUSIVE = frozenset({"harm-misnamed", "trafficking-conflation"})
_NEGATED = re.compile(r"\b(?:no evidence|no sign|no indication|never|denied|denies|deny|"
                      r"not true|no proof)\b[^.;]{0,60}$")


def _clashes(cand: Candidate, kept: Finding) -> bool:
    if not (kept.start < cand.end and cand.start < kept.end):
        return False
    return cand.rule == kept.rule or (cand.rule in EXCLUSIVE and kept.rule in EXCLUSIVE)


# Praise phrases next to each other make one finding ("champions for the voiceless").
MERGED = frozenset({"saviour-frame"})


def _merge_neighbours(candidates: list[Candidate], ctx: DocContext) -> list[Candidate]:
    out: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.rule, c.start)):
        last = out[-1] if out else None
        if (last is not None and last.rule == cand.rule and cand.rule in MERGED
                and 0 <= cand.start - last.end <= 25
                and not re.search(r"[.;!?\n]", ctx.text[last.end:cand.start])):
            out[-1] = replace(last, end=max(last.end, cand.end), suggestions=(),
                              confidence=max(last.confidence, cand.confidence))
        else:
            out.append(cand)
    return out


def _finalise(candidates: list[Candidate], ctx: DocContext, doc: Document,
              rules: dict[str, Rule]) -> tuple[Finding, ...]:
    rank = {rule: i for i, rule in enumerate(PRIORITY)}
    candidates = _merge_neighbours(candidates, ctx)
    candidates.sort(key=lambda c: (rank.get(c.rule, 99), c.start))
    kept: list[Finding] = []
    for cand in candidates:
        if doc.suppressed(cand.rule, cand.start):
            continue
        if any(_clashes(cand, f) for f in kept):
            continue
        sentence = ctx.seg.sentences[ctx.seg.sentence_index(cand.start)]
        if cand.rule != "rescue-frame" and _NEGATED.search(
                ctx.folded[sentence.start:cand.start]):
            continue
        finding = _to_finding(cand, ctx, rules[cand.rule])
        if finding is not None:
            kept.append(finding)
    kept.sort(key=lambda f: (f.start, f.end, f.rule))
    return tuple(kept)


def _to_finding(cand: Candidate, ctx: DocContext, rule: Rule) -> Finding | None:
    text = ctx.text[cand.start:cand.end]
    severity = Severity.parse(rule.severity)
    fields = {"text": text, "actor": cand.actor.text if cand.actor else "", **cand.fields}
    message = rule.message.format_map(_Blank(fields))
    suggestions = cand.suggestions
    quoted = False
    quote = ctx.quote(cand.start, cand.end)
    index = ctx.seg.sentence_index(cand.start)
    if any(q.scare and q.start < cand.end and cand.start < q.end and
           _has_trigger(ctx.folded[q.start:q.end], rule) for q in ctx.quotes):
        return None  # the flagged word itself is scare-quoted: the writer keeps their distance
    if quote is not None:
        if quote.scare or (quote.survivor_account and "speaker_acts" not in cand.fields):
            return None
        quoted = True
        severity = severity.lowered()
        who = quote.speaker or "the speaker"
        suggestions = (f"Keep the quote; attribute \u201c{text}\u201d to {who} and report what "
                       "the text shows happened.",)
    elif _own_words(cand, ctx, index):
        return None  # a first-person account in the speaker's own words
    return Finding(rule=rule.id, severity=severity, start=cand.start, end=cand.end, text=text,
                   message=message, suggestions=suggestions, actor=cand.actor, quoted=quoted,
                   confidence=cand.confidence)


_OWN = re.compile(r"\b(?:i|me|my|mine|myself|i'm|i've|i'd|us)\b")


def _own_words(cand: Candidate, ctx: DocContext, index: int) -> bool:
    """The words are the speaker's about themselves: first person in the flagged words (not
    an institution's "we rescued"), or any first person in a first-person document."""
    if ctx.first_person_document and ctx.first_person_sentence(index):
        return True
    if "speaker_acts" in cand.fields:
        return False
    text = ctx.folded
    lo = max(cand.start - 12, ctx.seg.sentences[index].start)
    hi = min(cand.end + 12, len(text))
    while lo > 0 and text[lo - 1].isalnum():  # whole words only: "illic|it" is not "i"
        lo -= 1
    while hi < len(text) and text[hi].isalnum():
        hi += 1
    return bool(_OWN.search(text[lo:hi]))


def _has_trigger(text: str, rule: Rule) -> bool:
    return any(trigger in text for trigger in rule.triggers) or text.startswith(
        ("rescu", "free", "saved", "liberat", "recover", "safeguard", "traffick"))


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""
