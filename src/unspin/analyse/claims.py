"""What a story claims ("26 women rescued") and whether it says what happened to them next.

``claimed_rescued`` counts people said to be rescued, freed, recovered, saved, safeguarded or
identified as (potential) victims. The same people mentioned twice count once (the largest
figure stands); groups listed together ("14 women in Toronto and 12 in Ottawa") add up.

``outcome_reported`` is only asked when someone is said to be rescued. It is true when the
text says what then happened to those people: arrest, charge, release, detention, removal,
or a place or service they actually went to. "Offered support" and "referred to services"
are not outcomes.
"""

from __future__ import annotations

import re

from unspin.analyse.people import People, people_before
from unspin.model import Count, Evidence, Flag

_RESCUE = r"(?:rescued|freed|saved|liberated|recovered|safeguarded)"
_AUX = r"(?:were|was|had\s+been|have\s+been|has\s+been|being|are|is)"
_PASSIVE_AFTER = re.compile(
    rf"(?:[ \t]+[\w'-]+){{0,5}}?[ \t]+(?:{_AUX}[ \t]+)?(?:{_RESCUE}|identified[ \t]+as)\b"
    r"|[ \t]+who[ \t]+(?:might|may|could)[ \t]+(?:have[ \t]+)?be(?:en)?[ \t]+(?:potential[ \t]+)?"
    r"victims\b",
    re.IGNORECASE,
)
_ACTIVE = re.compile(rf"\b(?:{_RESCUE}|identified|identification\s+of)[ \t]+", re.IGNORECASE)
_VICTIM_NOUN = re.compile(r"\b(?:victims|survivors|victim|survivor)\b", re.IGNORECASE)
_AS_VICTIMS = re.compile(
    r"[ \t]+as[ \t]+(?:potential[ \t]+|possible[ \t]+)?victims\b", re.IGNORECASE
)
_ZERO = re.compile(
    r"\bno[ \t]+(?:(?:potential|possible)[ \t]+)?(?:victims|survivors|women|girls|workers|people"
    r"|children|juveniles|minors)(?:[ \t]+of[ \t]+[\w-]+"
    rf"(?:[ \t]+[\w-]+)?)?[ \t]+{_AUX}[ \t]+(?:identified|found|rescued|located|recovered)\b",
    re.IGNORECASE,
)
_BARE_CLAIM = re.compile(
    rf"\b{_RESCUE}[ \t]+(?:the[ \t]+)?(?:women|girls|workers|victims|children|juveniles|minors"
    rf"|people)\b|\b(?:women|girls|workers|victims|children|juveniles|minors|people)[ \t]+"
    rf"(?:{_AUX}[ \t]+)?{_RESCUE}\b",
    re.IGNORECASE,
)
_LIST_JOIN = re.compile(r"^(?:[ \t]+(?:in|at|from)[ \t]+[A-Z][\w'-]*)?,?[ \t]+and[ \t]+$")

_RESCUED_REF = (
    r"(?:they|she|(?:all|the|those|these)[ \t]+(?:\w+[ \t]+){0,2}?(?:women|girls|woman|girl"
    r"|juveniles|children|child|minors|victims|survivors|workers|teens?|teenagers?)"
    r"|(?:\w+(?:-\w+)?)[ \t]+of[ \t]+(?:the[ \t]+(?:\w+[ \t]+)?(?:women|girls|juveniles|victims"
    r"|workers|survivors)|them)|the[ \t]+other[ \t]+\w+|(?:\d+|[a-z]+)[ \t]+(?:women|girls)"
    r"|survivors|victims|(?:\d+|[a-z]+)[ \t]+(?:foreign[ \t]+)?(?:nationals|migrants|workers))"
)
_OUTCOME_VERB = (
    r"(?:arrested|charged|detained|deported|removed|released|jailed|fined|booked|cited"
    r"|issued[ \t]+(?:with[ \t]+)?removal[ \t]+orders|given[ \t]+removal[ \t]+orders"
    r"|placed[ \t]+in[ \t]+(?:the[ \t]+)?(?:custody|care|a[ \t]+shelter|removal|foster)"
    r"|taken[ \t]+(?:in)?to[ \t]+(?:a[ \t]+|an[ \t]+|the[ \t]+)?(?:hospital|immigration|shelter"
    r"|jail|police|custody|detention|(?:a[ \t]+|an[ \t]+)?(?:reception|processing|detention)"
    r"[ \t]+cent(?:re|er))|transferred[ \t]+to|handed[ \t]+(?:over[ \t]+)?to"
    r"|returned[ \t]+to|reunited[ \t]+with|treated[ \t]+(?:at|in)|remain[ \t]+in|sent[ \t]+"
    r"(?:back|home)|flown[ \t]+(?:back|home)|held[ \t]+(?:at|in)|had[ \t]+their[ \t]+visas"
    r"[ \t]+cancelled)"
)
_OUTCOME = re.compile(
    rf"(?:(?:^|[.;:!?]\s+|,[ \t]+(?:and|but)[ \t]+|\n)[ \t]*"
    rf"(?:[^.;\n]{{0,60}}?\b(?:said|says|confirmed|reported|added)(?:[ \t]+that)?[ \t]+)?"
    rf"|\b(?:said|says|confirmed|reported|added)[ \t]+that[ \t]+)"
    rf"(?P<subj>{_RESCUED_REF})[ \t]+(?:{_AUX}[ \t]+|have[ \t]+|has[ \t]+|had[ \t]+)?"
    rf"(?:(?:later|since|then|subsequently|all|each|also)[ \t]+)*(?P<verb>{_OUTCOME_VERB})\b",
    re.IGNORECASE,
)
_INCLUDING = re.compile(
    r"\b(?:arrested|detained|charged|deported)\b[^.;\n]{0,80}?\bincluding[ \t]+the[ \t]+"
    r"(?:\d+|[a-z-]+)[ \t]+(?:women|girls|victims|workers)\b",
    re.IGNORECASE,
)
_THEN_OUTCOME = re.compile(
    rf"[^,.;\n]{{0,40}}?,?[ \t]+(?:and|then)[ \t]+(?:later[ \t]+|were[ \t]+"
    rf"|was[ \t]+)?{_OUTCOME_VERB}\b",
    re.IGNORECASE,
)
_COUNTED_GROUP = re.compile(r"(?:\d+|[a-z-]+)[ \t]+(?:women|girls)$", re.IGNORECASE)
_ACTIVE_OUTCOME = re.compile(
    rf"\b(?:arrested|charged|detained|deported|removed|released|fined|(?:issued|gave|served)"
    rf"[ \t]+(?:\w+[ \t]+)?(?:removal|deportation)[ \t]+orders[ \t]+to|handed[ \t]+(?:over[ \t]+)?)"
    rf"[ \t]+(?:all[ \t]+(?:of[ \t]+)?)?(?:{_RESCUED_REF})\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:none|no[ \t]+one|not|never|nobody)\b", re.IGNORECASE)


def claimed_rescued(text: str, groups: list[People]) -> Count:
    """People the text says were rescued or identified as victims."""
    claims: list[tuple[People, Evidence]] = []
    for p in groups:
        passive = _PASSIVE_AFTER.match(text, p.end)
        if passive is not None:
            claims.append((p, _ev(text, p.start, passive.end())))
    for m in _ACTIVE.finditer(text):
        obj = next((g for g in groups if g.start == m.end()), None)
        if obj is None:
            obj = people_before(text, m.end(), _phrase_end(text, m.end()), groups)
            if obj is None or obj.start != m.end() or obj.value < 1:
                continue
        verb = m.group().strip().lower()
        if verb.startswith("identif") and not (
            _VICTIM_NOUN.search(text, obj.start, obj.end + 25) or _AS_VICTIMS.match(text, obj.end)
        ):
            continue
        claims.append((obj, _ev(text, m.start(), obj.end)))
    zero = [_ev(text, z.start(), z.end()) for z in _ZERO.finditer(text)]
    if not claims:
        if zero:
            return Count(0, tuple(zero))
        bare = [_ev(text, b.start(), b.end()) for b in _BARE_CLAIM.finditer(text)]
        return Count(None, tuple(bare))
    return Count(_combine(text, claims), tuple(sorted({e for _, e in claims}, key=_pos)))


_NOUN_PHRASE = re.compile(
    r"(?:the|these|those|all)[ \t]+(?:[\w-]+[ \t]+){0,2}?[\w-]+", re.IGNORECASE
)


def _phrase_end(text: str, pos: int) -> int:
    """End of a short noun phrase starting at ``pos`` ("the women", "the three teens")."""
    m = _NOUN_PHRASE.match(text, pos)
    return m.end() if m else pos


def _combine(text: str, claims: list[tuple[People, Evidence]]) -> int:
    """Largest figure for the same people; figures listed together ("and") add up."""
    by_key: dict[tuple[int, int], People] = {}
    for p, _ in sorted(claims, key=lambda c: c[0].start):
        by_key.setdefault(p.key, p)
    people = sorted(by_key.values(), key=lambda p: p.start)
    best = 0
    run = 0
    prev: People | None = None
    for p in people:
        if prev is not None and _LIST_JOIN.match(text[prev.end : p.start]):
            run += p.value
        else:
            run = p.value
        best = max(best, run)
        prev = p
    return best


def outcome_reported(text: str, claim: Count) -> Flag:
    """Whether the text says what happened to the people it says were rescued."""
    if not claim.evidence or claim.value == 0:
        return Flag(None)
    first = min(e.start for e in claim.evidence)
    found: list[Evidence] = []
    for m in _OUTCOME.finditer(text):
        named_group = _COUNTED_GROUP.match(m.group("subj"))
        if (m.start("subj") < first and not named_group) or _NEGATED.search(m.group("subj")):
            continue
        clause = text[m.start("subj") : m.start("verb")]
        if _NEGATED.search(clause):
            continue
        found.append(_ev(text, m.start("subj"), m.end("verb")))
    for m in _ACTIVE_OUTCOME.finditer(text):
        if m.start() >= first and not _NEGATED.search(text, max(0, m.start() - 20), m.start()):
            found.append(_ev(text, m.start(), m.end()))
    for m in _INCLUDING.finditer(text):
        found.append(_ev(text, m.start(), m.end()))
    for e in claim.evidence:
        if not re.search(rf"\b{_AUX}\b", e.text, re.IGNORECASE):
            continue  # "police rescued 12 women and charged four people": not about the women
        then = _THEN_OUTCOME.match(text, e.end)
        if then is not None:
            found.append(_ev(text, e.start, then.end()))
    return Flag(bool(found), tuple(sorted(set(found), key=_pos)))


def _ev(text: str, start: int, end: int) -> Evidence:
    return Evidence(start, end, text[start:end])


def _pos(e: Evidence) -> tuple[int, int]:
    return (e.start, e.end)
