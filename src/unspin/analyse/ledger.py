"""``unspin ledger``: what a raid story claims against what it reports happened (TAXONOMY §3).

Every field keeps the spans it came from and is null when the text does not say. The work is
patterns over cheap sentence spans, not a parse: a story is read in a few milliseconds, so
``audit`` can run the ledger on every relevant article.
"""

from __future__ import annotations

import re

from unspin.analyse.agencies import find_agencies
from unspin.analyse.charges import Charge, find_charges
from unspin.analyse.claims import claimed_rescued, outcome_reported
from unspin.analyse.enforcement import arrests, immigration_actions
from unspin.analyse.people import People, people_before, people_mentions
from unspin.analyse.places import find_date, find_places
from unspin.analyse.sentence_spans import sentence_at, sentence_spans
from unspin.analyse.summary import summarise
from unspin.model import (
    CHARGE_KINDS,
    Count,
    Evidence,
    LedgerResult,
    Mention,
    Stated,
    text_sha256,
)

_EVENT = re.compile(
    r"\b(?:arrest\w*|raid\w*|rescu\w+|freed|detain\w*|custody|seiz\w+|confiscat\w+|sting"
    r"|operation|investigat\w+|warrants?|charg\w+|indict\w*|convict\w*|guilty|jailed"
    r"|sentenced|recover\w*|safeguard\w*|identified|bust|swoop|sweep|visit\w*|patrols?"
    r"|saved|liberated|victims?|survivors?"
    r"|stopp?ed|crackdown|deport\w*|remov\w+|detainers?|found)\b",
    re.IGNORECASE,
)
_OPERATION = re.compile(
    r"\b(?:Operation|Project)[ \t]+[\"“'‘]?(?P<name>[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)*)"
)
_NO_CHARGES = re.compile(
    r"\b(?:no[ \t]+(?:criminal[ \t]+)?charges[ \t]+(?:were|have[ \t]+been|had[ \t]+been|was"
    r"|has[ \t]+been|will[ \t]+be)[ \t]+(?:laid|filed|brought|made)|without[ \t]+(?:any[ \t]+)?"
    r"(?:criminal[ \t]+)?charges|(?:no[ \t]+one|nobody|none[ \t]+of[ \t]+them)[ \t]+(?:was|were"
    r"|has[ \t]+been|have[ \t]+been|had[ \t]+been)[ \t]+charged|(?:no[ \t]+one|nobody|none"
    r"[ \t]+of[ \t]+them)[ \t]+(?:faced|faces|face|has[ \t]+faced)[ \t]+(?:any[ \t]+)?(?:criminal"
    r"[ \t]+)?charges|(?:did|have|has|had)[ \t]+not[ \t]+(?:lay|laid|file|filed|bring|brought)"
    r"[ \t]+(?:any[ \t]+)?(?:criminal[ \t]+)?charges|no[ \t]+(?:criminal[ \t]+)?charges[ \t]+"
    r"(?:have[ \t]+been[ \t]+|were[ \t]+)?(?:laid|filed))\b(?![ \t]+(?:with|of|against))",
    re.IGNORECASE,
)
_SEIZE = re.compile(r"\b(?:seized|confiscated|froze)[ \t]+", re.IGNORECASE)
_SEIZE_STOP = re.compile(
    r"[ \t]+(?:from|during|at|on|as[ \t]+part|after|when|while|under|inside|belonging|worth"
    r"|following|before|in[ \t]+(?:the|a|an|their|its|his|her|connection)|which|that)\b"
    r"|[.;:!?\n(]|,[ \t]+(?:police|officers|investigators|the[ \t]+\w+[ \t]+said)",
    re.IGNORECASE,
)
_ITEM_SPLIT = re.compile(r",[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+|,?[ \t]+along[ \t]+with[ \t]+")
_BULLET = re.compile(r"^[ \t]*[-*•][ \t]", re.MULTILINE)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+but\s+|\s+but\s+")


def build_ledger(text: str, *, path: str | None = None) -> LedgerResult:
    """Read ``text`` and fill every ledger field it states."""
    if not _EVENT.search(text):  # nothing a ledger could hold: skip the rest
        return _with_summary(LedgerResult(path=path, text_sha256=text_sha256(text)))
    sentences = sentence_spans(text)
    events = [s for s in sentences if _EVENT.search(text, s[0], s[1])]
    agency_spans = sentences if events else []
    groups = people_mentions(text)
    agencies = find_agencies(text, agency_spans)
    date = find_date(text, events)
    claim = claimed_rescued(text, groups)
    charges = find_charges(text)
    charged, convictions = _charge_counts(text, sentences, charges, groups)
    result = LedgerResult(
        path=path,
        text_sha256=text_sha256(text),
        operation=_operation(text),
        agencies=tuple(agencies),
        places=tuple(find_places(text, events, agencies)),
        date=_stated(date),
        claimed_rescued=claim,
        arrested=arrests(text, sentences, groups),
        charged=charged,
        immigration_actions=immigration_actions(text, sentences, groups),
        seized=tuple(_seized(text)),
        convictions=convictions,
        outcome_reported=outcome_reported(text, claim),
    )
    return _with_summary(result)


def _with_summary(result: LedgerResult) -> LedgerResult:
    from dataclasses import replace

    return replace(result, summary=summarise(result))


def _operation(text: str) -> Stated:
    m = _OPERATION.search(text)
    if m is None:
        return Stated(None)
    span = Evidence(m.start(), m.end("name"), text[m.start() : m.end("name")])
    return Stated(m.group("name"), (span,))


def _stated(mention: Mention | None) -> Stated:
    if mention is None:
        return Stated(None)
    return Stated(mention.text, (Evidence(mention.start, mention.end, mention.text),))


def _charge_counts(
    text: str, sentences: list[tuple[int, int]], charges: list[Charge], groups: list[People]
) -> tuple[dict[str, Count], dict[str, Count]]:
    """People charged (and convicted) per kind; negated kinds are 0."""
    tallies: dict[str, dict[str, list[tuple[People | None, Evidence]]]] = {
        "charge": {k: [] for k in CHARGE_KINDS},
        "conviction": {k: [] for k in CHARGE_KINDS},
    }
    zero: dict[str, dict[str, list[Evidence]]] = {
        "charge": {k: [] for k in CHARGE_KINDS},
        "conviction": {k: [] for k in CHARGE_KINDS},
    }
    for c in charges:
        stage = "conviction" if c.stage == "conviction" else "charge"
        ev = Evidence(c.start, c.end, c.text)
        if c.negated:
            zero[stage][c.kind].append(ev)
            continue
        tallies[stage][c.kind].append((_charged_people(text, sentences, c, groups), ev))
    for m in _NO_CHARGES.finditer(text):
        for kind in CHARGE_KINDS:
            zero["charge"][kind].append(Evidence(m.start(), m.end(), m.group()))
    out: list[dict[str, Count]] = []
    for stage in ("charge", "conviction"):
        counts: dict[str, Count] = {}
        for kind in CHARGE_KINDS:
            counts[kind] = _kind_count(text, tallies[stage][kind], zero[stage][kind])
        out.append(counts)
    return out[0], out[1]


def _kind_count(
    text: str, items: list[tuple[People | None, Evidence]], zeros: list[Evidence]
) -> Count:
    if not items:
        return Count(0, tuple(zeros)) if zeros else Count(None)
    evidence: list[Evidence] = []
    keys: dict[tuple[int, int], int] = {}
    unknown = False
    for people, ev in items:
        evidence.append(ev)
        if people is None:
            unknown = True
            continue
        if people.key not in keys:
            keys[people.key] = people.value
            evidence.append(Evidence(people.start, people.end, people.text))
    value = None if unknown else sum(keys.values())
    return Count(value, tuple(sorted(set(evidence), key=lambda e: (e.start, e.end))))


def _charged_people(
    text: str, sentences: list[tuple[int, int]], c: Charge, groups: list[People]
) -> People | None:
    """The people a charge is laid against: one per line of a charge list, else the nearest."""
    line_start = text.rfind("\n", 0, c.start) + 1
    if _BULLET.match(text, line_start):
        return People(1, line_start, c.start, text[line_start : c.start].strip(), None,
                      (line_start, line_start))  # fmt: skip
    s_lo, _ = sentence_at(sentences, c.start)
    lo = s_lo
    for m in _CLAUSE_BREAK.finditer(text, s_lo, c.start):
        lo = m.end()
    return people_before(text, lo, c.start, groups)


def _seized(text: str) -> list[Mention]:
    items: list[Mention] = []
    for m in _SEIZE.finditer(text):
        stop = _SEIZE_STOP.search(text, m.end())
        end = stop.start() if stop else len(text)
        obj = text[m.end() : end]
        pos = m.end()
        for part in _ITEM_SPLIT.split(obj):
            part = part.strip()
            if not part:
                continue
            start = text.index(part, pos)
            pos = start + len(part)
            items.append(Mention(part, start, pos))
    return items
