"""State agencies named in a story: "Tacoma Police Department", "CBSA", "Houston police".

Names come from the agency lexicon (``lexicons/ledger.yml``: full names and acronyms) and from
the shapes agency names take ("<Place> Police Service", "<County> Sheriff's Office",
"Department of <X>", "<City> police"). Each agency is listed once, as first written in full;
an acronym of a name already found ("CBSA" after "Canada Border Services Agency") is the
same agency.
"""

from __future__ import annotations

import functools
import re

from unspin.analyse.ledger_lexicon import ledger_lexicon
from unspin.model import Mention

_CAP = r"(?:[A-Z][\w'&-]*|of|and|for)"
_HEADS = (
    r"Police(?:\s+(?:Department|Service|Force))?|Sheriff's\s+(?:Office|Department)|Sheriff"
    r"|Constabulary|(?:District|Prosecuting|State's|State|County|City)\s+Attorney's\s+Office"
    r"|Attorney\s+General's\s+Office|Attorney\s+General|Immigration\s+Enforcement|Border\s+Force"
    r"|Marshals?\s+Service|Prosecution\s+Service|County\s+deputies"
)
_NAMED = re.compile(
    rf"(?<![\w-])(?P<name>(?:[A-Z][\w'&-]*[ \t]+)(?:{_CAP}[ \t]+){{0,4}}?(?:{_HEADS}))(?![\w'])"
    rf"|(?<![\w-])(?P<dept>(?:[A-Z][\w'-]*[ \t]+){{0,2}}Department[ \t]+(?:of|for)[ \t]+"
    rf"[A-Z][\w'-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'-]*){{0,3}})"
    rf"|(?<![\w-])(?P<city>[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)?)[ \t]+police\b",
)
_NOT_NAME = frozenset(
    [
        "The", "A", "An", "When", "But", "And", "After", "Before", "If", "As", "At", "In", "On",
        "Of", "For", "From", "By", "With", "While", "Police", "Officers", "Federal", "State",
        "Local", "City", "County", "Provincial", "Detectives", "Investigators", "Agents", "Vice",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
        "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Some", "Many", "Other", "Two", "Three", "Four", "Several", "Both",
        "This", "That", "These", "Those", "Its", "Their", "Her", "His"
    ]
)


def find_agencies(text: str, spans: list[tuple[int, int]]) -> list[Mention]:
    """Agencies named inside ``spans`` (the event sentences), each once, in text order."""
    found: list[Mention] = []
    for lo, hi in spans:
        chunk = text[lo:hi]
        hits = [*_lexicon_hits(chunk), *_shape_hits(chunk)]
        for start, end in _longest(hits):
            found.append(Mention(text[lo + start : lo + end], lo + start, lo + end))
    return _dedupe(found)


def _lexicon_hits(chunk: str) -> list[tuple[int, int]]:
    hits: list[tuple[int, int]] = []
    for m in _lexicon_regex().finditer(chunk):
        start = _strip_leading(chunk, m.start(), m.start("lex"))
        hits.append((m.start("lex") if start is None else start, m.end()))
    for m in _acronym_regex().finditer(chunk):
        hits.append((m.start(), m.end()))
    return hits


def _shape_hits(chunk: str) -> list[tuple[int, int]]:
    hits: list[tuple[int, int]] = []
    for m in _NAMED.finditer(chunk):
        group = next(g for g in ("name", "dept", "city") if m.group(g))
        end = m.end() if group == "city" else m.end(group)
        start = _strip_leading(chunk, m.start(group), m.end(group))
        if start is None:
            continue
        words = chunk[start : m.end(group)].split()
        if group == "name" and len(words) == 1 and words[0] in ("Police", "Sheriff"):
            continue
        hits.append((start, end))
    return hits


def _strip_leading(chunk: str, start: int, end: int) -> int | None:
    """Drop leading words that are not part of a name ("The", "When", "Officers")."""
    if start >= end:
        return None
    while start < end:
        m = re.compile(r"\S+\s*").match(chunk, start)
        if m is None or m.group().strip() not in _NOT_NAME:
            break
        if m.end() >= end:
            return None
        start = m.end()
    return start if start < end else None


def _longest(hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(hits, key=lambda h: (h[0], -(h[1] - h[0]))):
        if any(s <= start < e for s, e in out):
            continue
        out.append((start, end))
    return out


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _dedupe(found: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in found:
        low = m.text.lower()
        if m.text.endswith(" police") and any(
            o.text.lower().startswith(low.removesuffix(" police") + " ") and o.text.lower() != low
            for o in found
        ):
            continue  # "York police" next to "York Regional Police": the same force
        if any(low == o.text.lower() or low in o.text.lower() for o in out):
            continue
        if m.text.isupper() and any(_initials(o.text) == m.text for o in out):
            continue
        out = [o for o in out if o.text.lower() not in low]
        out.append(m)
    return sorted(out, key=lambda m: m.start)


@functools.lru_cache(maxsize=1)
def _lexicon_regex() -> re.Pattern[str]:
    names = sorted(ledger_lexicon().agency_names, key=len, reverse=True)
    body = "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in names)
    return re.compile(rf"(?<![\w-])(?:[A-Z][\w'-]*[ \t]+){{0,2}}(?P<lex>{body})(?![\w-])")


@functools.lru_cache(maxsize=1)
def _acronym_regex() -> re.Pattern[str]:
    body = "|".join(sorted(ledger_lexicon().agency_acronyms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")
