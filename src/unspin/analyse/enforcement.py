"""People arrested by police, and people subject to immigration action, counted once each.

An arrest is "arrested", "detained" or "taken into custody" by police, in any voice ("police
arrested six people", "six people were arrested", "the four men arrested last month", "led to
160 arrests"). Detention by an immigration agency or "pending removal" is an immigration
action instead: detention, detainers, removal or deportation, visa cancellation, hand-over or
report to immigration. The same people at successive steps count once (the largest figure);
a second group is added only when the text marks it as separate ("in a separate operation",
"three more").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from unspin.analyse.people import People, people_before
from unspin.model import Count, Evidence

_ARREST = re.compile(
    r"\b(?:arrested|detained|took|taken\s+into\s+custody|the\s+arrests?\s+of|arrests)\b",
    re.IGNORECASE,
)
_IMMIGRATION_AGENT = re.compile(
    r"\b(?:immigration|border|CBSA|ICE|HSI|ABF|Home\s+Affairs|removal|deport\w*|visa)\b",
    re.IGNORECASE,
)
_IMMIGRATION = re.compile(
    r"\b(?:deported|removed\s+from|(?:issued|gave|served)\s+(?:\w+\s+)?(?:removal|deportation)"
    r"\s+orders\s+to|(?:issued|given|served)\s+(?:with\s+)?removal\s+orders"
    r"|placed\s+in\s+removal\s+proceedings|(?:lodged\s+)?detainers?\s+(?:against|on)"
    r"|(?:transferred|taken|handed(?:\s+over)?)\s+(?:in)?to\s+(?:federal\s+)?(?:immigration"
    r"|an\s+immigration|the\s+Canada\s+Border|Border\s+Force|ICE\b|CBSA\b)"
    r"|taken\s+to\s+[A-Z][\w'-]*\s+immigration|immigration\s+(?:custody|detention)"
    r"|detained\s+(?:pending\s+removal|on\s+immigration\s+grounds|by\s+(?:the\s+)?(?:Canada"
    r"\s+Border|CBSA|ICE|Immigration|Border\s+Force|Australian\s+Border|Home\s+Office))"
    r"|visas?\s+(?:were\s+|was\s+)?cancelled|had\s+their\s+visas\s+cancelled"
    r"|reported\s+to\s+(?:immigration|the\s+Department\s+of\s+Home\s+Affairs|ICE\b|CBSA\b"
    r"|Border\s+Force|the\s+Home\s+Office)|(?:been|were|was)\s+returned\s+to"
    r"|sent\s+back\s+to|(?:Border\s+Force|Border\s+Services\s+Agency|CBSA|ICE|Immigration"
    r"\s+Enforcement)\s+(?:officers\s+|agents\s+)?(?:detained|arrested|removed|deported))",
)
_OBJECT_VERBS = re.compile(r"(?:detained|arrested|removed|deported|against|on|to)$")
_SEPARATE = re.compile(
    r"\b(?:separate|separately|another|more|additional|second|also|elsewhere)\b", re.IGNORECASE
)
_AGENCY_REMOVED = re.compile(
    r"\b(?:removed|deported|detained)\b(?=\s+(?:a\s+total\s+of\s+)?(?:more\s+than\s+|at\s+least\s+)?"
    r"(?:\d|[a-z]+\s+(?:foreign|migrant|women|men|people|workers|nationals)))",
    re.IGNORECASE,
)
_DEFINITE_PERSON = re.compile(
    r"(?:the|a|an)\s+(?:[\w'-]+\s+){0,2}?(?:owner|manager|man|woman|driver|operator|suspect"
    r"|landlord|husband|wife|boyfriend|client)\b",
    re.IGNORECASE,
)
_JOINED = re.compile(r"\s*(?:,\s*|\s+and\s+|\s+along\s+with\s+|\s+together\s+with\s+)$")
_NEGATED = re.compile(
    r"\b(?:none|no|not|never|nobody|no\s+one|whether|if)\b[^,;]*$", re.IGNORECASE
)
_DETAINED = re.compile(r"\bdetained\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while)\s+|\s+but\s+")


def arrests(
    text: str, sentences: list[tuple[int, int]], groups: list[People]
) -> Count:
    """People arrested or detained by police."""
    found: list[tuple[int, People, Evidence]] = []
    for s_lo, s_hi in sentences:
        for m in _ARREST.finditer(text, s_lo, s_hi):
            word = m.group().lower()
            lo = _clause_start(text, s_lo, m.start())
            if word in ("detained", "took") or word.startswith("taken"):
                if _IMMIGRATION_AGENT.search(text, lo, min(s_hi, m.end() + 60)):
                    continue
            p = _arrested_people(text, lo, m, s_hi, groups)
            if p is None or _NEGATED.search(text[lo : m.start()]):
                continue
            span = (min(p.start, m.start()), max(p.end, m.end()))
            found.append((s_lo, p, Evidence(span[0], span[1], text[span[0] : span[1]])))
    return _total(text, sentences, found)


def immigration_actions(
    text: str, sentences: list[tuple[int, int]], groups: list[People]
) -> Count:
    """People subject to immigration detention, detainers, removal or deportation."""
    found: list[tuple[int, People, Evidence]] = []
    for s_lo, s_hi in sentences:
        hits = list(_IMMIGRATION.finditer(text, s_lo, s_hi))
        if _IMMIGRATION_AGENT.search(text, s_lo, s_hi):
            hits += [m for m in _AGENCY_REMOVED.finditer(text, s_lo, s_hi)
                     if not any(h.start() <= m.start() < h.end() for h in hits)]  # fmt: skip
            hits += [m for m in _DETAINED.finditer(text, s_lo, s_hi)
                     if not any(h.start() <= m.start() < h.end() for h in hits)]  # fmt: skip
        for m in hits:
            lo = _clause_start(text, s_lo, m.start())
            p = None
            if _OBJECT_VERBS.search(m.group()):
                p = _people_at(groups, m.end(), s_hi, text)
            if p is None:
                p = people_before(text, lo, m.start(), groups)
            if p is None or _NEGATED.search(text[lo : m.start()]):
                continue
            span = (min(p.start, m.start()), max(p.end, m.end()))
            found.append((s_lo, p, Evidence(span[0], span[1], text[span[0] : span[1]])))
    return _total(text, sentences, found, add_within_sentence=False)


def _arrested_people(
    text: str, lo: int, m: re.Match[str], s_hi: int, groups: list[People]
) -> People | None:
    word = m.group().lower()
    if word == "arrests":  # "160 arrests"
        return next((g for g in groups if g.end == m.start() - 1), None) or _number_before(
            text, m.start(), groups
        )
    after = _people_at(groups, m.end(), s_hi, text)
    if word == "took":
        if after is None or "into custody" not in text[after.end : after.end + 20]:
            return None
        return after
    if word.startswith("the"):
        return after
    if after is not None:
        return after
    reduced = next((g for g in groups if 0 <= m.start() - g.end <= 1 and g.start >= lo), None)
    if reduced is not None:
        return reduced
    before = text[lo : m.start()]
    if re.search(r"\b(?:were|was|been|being|is|are)\s+(?:\w+\s+)?$", before):
        p = people_before(text, lo, m.start(), groups)
        along = re.compile(r"\s+(?:in\s+\d{4}\s+|on\s+\w+\s+)?(?:along|together)\s+with\s+")
        rest = along.match(text, m.end())
        if p is not None and rest is not None:
            extra = next((g for g in groups if g.start == rest.end()), None)
            if extra is not None:
                return People(p.value + extra.value, p.start, extra.end,
                              text[p.start : extra.end], None, (p.start, extra.end))  # fmt: skip
        return p
    return None


def _people_at(groups: list[People], pos: int, hi: int, text: str) -> People | None:
    """A people phrase starting right after ``pos`` ("arrested six people", "arrested him")."""
    m = re.compile(r"\s+(?:a\s+total\s+of\s+|all\s+(?=\d|[a-z]+\s))?").match(text, pos)
    start = m.end() if m else pos
    for g in groups:
        if g.start == start and g.end <= hi:
            return _with_joined(text, g, groups, hi)
    pron = re.compile(r"(him|her|them)\b", re.IGNORECASE).match(text, start)
    if pron is not None:
        return people_before(text, start, pron.end(), groups)
    definite = _DEFINITE_PERSON.match(text, start)
    if definite is not None:
        return people_before(text, start, definite.end(), groups)
    return None


def _with_joined(text: str, first: People, groups: list[People], hi: int) -> People:
    """ "five women and two men" / "a man along with two employees": one group of seven."""
    total, end = first.value, first.end
    for g in groups:
        if g.start > end and g.end <= hi and _JOINED.fullmatch(text[end : g.start]):
            total, end = total + g.value, g.end
    if end == first.end:
        return first
    return People(total, first.start, end, text[first.start : end], first.noun,
                  (first.start, end))  # fmt: skip


def _number_before(text: str, pos: int, groups: list[People]) -> People | None:
    from unspin.analyse.numbers import find_numbers

    window = text[max(0, pos - 30) : pos]
    nums = find_numbers(window, articles=False)
    if nums and window[nums[-1].end :].strip() == "":
        n = nums[-1]
        start = pos - len(window) + n.start
        return People(n.value, start, pos - len(window) + n.end, n.text, None, (start, start))
    return None


def _clause_start(text: str, s_lo: int, at: int) -> int:
    start = s_lo
    for m in _CLAUSE_BREAK.finditer(text, s_lo, at):
        start = m.end()
    return start


def _total(
    text: str,
    sentences: Iterable[tuple[int, int]],
    found: list[tuple[int, People, Evidence]],
    *,
    add_within_sentence: bool = True,
) -> Count:
    """Distinct groups in one sentence add up; later sentences add only when marked separate."""
    if not found:
        return Count(None)
    seen: set[tuple[int, int]] = set()
    total = 0
    by_sentence: dict[int, list[tuple[People, Evidence]]] = {}
    for s_lo, p, ev in found:
        by_sentence.setdefault(s_lo, []).append((p, ev))
    first = True
    for s_lo in sorted(by_sentence):
        fresh = [p for p, _ in by_sentence[s_lo] if p.key not in seen]
        for p in fresh:
            seen.add(p.key)
        if not fresh:
            continue
        values = [p.value for p in _unique(fresh)]
        subtotal = sum(values) if add_within_sentence else max(values)
        s_hi = next(hi for lo, hi in sentences if lo == s_lo)
        if first:
            total = subtotal
        elif _SEPARATE.search(text, s_lo, s_hi):
            total += subtotal
        else:
            total = max(total, subtotal)
        first = False
    evidence = tuple(sorted({ev for _, _, ev in found}, key=lambda e: (e.start, e.end)))
    return Count(total, evidence)


def _unique(people: list[People]) -> list[People]:
    out: list[People] = []
    for p in people:
        if all(p.key != q.key for q in out):
            out.append(p)
    return out
