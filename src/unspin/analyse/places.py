"""Where and when an event happened, as written: datelines, "in Tacoma and Lakewood", "Tuesday".

Places are capitalised names after "in", "at", "across" (and lists of them) in the event
sentences, plus a news dateline ("TACOMA, Wash. —"). Not places: where people come from or
live ("from China", "a Brampton man"), names inside an agency name, court buildings, months.
Dates are the first date phrase of the event that is not a court date ("sentenced Tuesday").
"""

from __future__ import annotations

import re

from unspin.model import Mention

_NAME = r"[A-Z][\w'-]*(?:[ \t]+(?:[A-Z][\w'-]*|(?:de|du|la|of)\b))*"
_PLACE_LIST = re.compile(
    rf"\b(?:in|at|across|near|around|throughout|(?:port|city|town|village|suburb)\s+of)"
    rf"[ \t]+(?:the[ \t]+)?(?:(?:suburban|downtown|central|rural|nearby|northern|southern"
    rf"|eastern|western|north|south|east|west|greater)[ \t]+)?"
    rf"(?P<list>{_NAME}(?:(?:,[ \t]+|,?[ \t]+and[ \t]+){_NAME})*)"
)
_BUSINESS_PLACE = re.compile(
    r"\b(?:at|in|on|from|of)\s+an?\s+(?P<name>[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)?)\s+"
    r"(?=(?:massage|spa|brothel|hotel|motel|business|parlou?r|home|house|flat|apartment|club)\b)"
)
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z.'-]+(?:[ \t]+[A-Z][A-Z.'-]+)*)(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+"
    r"[A-Z][\w.]*)?)?[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?[—–]|^[ \t]*(?P<place2>[A-Z][A-Z.'-]+"
    r"(?:[ \t]+[A-Z][A-Z.'-]+)*)[ \t]+--[ \t]",
    re.MULTILINE,
)
_NOT_PLACE = frozenset(
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday", "The", "A", "An", "Court", "Crown", "Police", "Operation", "Project",
        "Immigration", "Federal", "District", "Supreme", "Superior", "Provincial", "Magistrates",
        "Justice", "Department", "Office", "Service", "English", "French"
    ]
)
_SPLIT = re.compile(r",[ \t]+|,?[ \t]+and[ \t]+|'s[ \t]+(?=[A-Z])")
_COURT_BEFORE = re.compile(
    r"\b(?:jury|court|courthouse|judge|trial|tribunal|sentenced|jailed)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_COURT = re.compile(r"\b(?:Court|Courthouse|Tribunal|Jail|Prison|Centre|Center)\b")

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_DATE = re.compile(
    rf"\b(?:{_WEEKDAY}(?:[ \t]+(?:night|morning|afternoon|evening))?"
    rf"|{_MONTH}[ \t]+\d{{1,2}}(?:,[ \t]+\d{{4}})?|\d{{1,2}}[ \t]+{_MONTH}(?:[ \t]+\d{{4}})?"
    rf"|(?:last|this|earlier[ \t]+this|late[ \t]+last)[ \t]+(?:week|month|year|weekend)"
    rf"|yesterday|the[ \t]+weekend|(?<=\bin[ \t]){_MONTH}(?:[ \t]+\d{{4}})?"
    rf"|(?<=\bin[ \t])(?:19|20)\d\d)\b"
)
_COURT_WORDS = re.compile(
    r"\b(?:sentenced|jailed|convicted|found\s+guilty|pleaded|pleading|jury|court|trial"
    r"|verdict|filed\s+charges|hearing|fined|acquitted|cleared)\b",
    re.IGNORECASE,
)
_EVENT_WORDS = re.compile(
    r"\b(?:arrest\w*|raid\w*|rescu\w+|freed|detain\w*|seiz\w+|sting|operation|investigation"
    r"|charged|search\w*|visit\w*|recover\w*|stopp?ed|found|patrols?|swoop|bust|sweep)\b",
    re.IGNORECASE,
)


def find_places(text: str, spans: list[tuple[int, int]], exclude: list[Mention]) -> list[Mention]:
    """Places of the event: the dateline, then places named in ``spans``; each once."""
    found: list[Mention] = []
    m = _DATELINE.search(text[:400])
    if m is not None:
        group = "place" if m.group("place") else "place2"
        found.append(Mention(m.group(group), m.start(group), m.end(group)))
    for lo, hi in spans:
        chunk = text[lo:hi]
        for pm in _PLACE_LIST.finditer(chunk):
            if _COURT_BEFORE.search(chunk, 0, pm.start()):
                continue
            pos = pm.start("list")
            for part in _SPLIT.split(pm.group("list")):
                start = chunk.index(part, pos)
                pos = start + len(part)
                found.extend(_place(text, lo + start, part))
        for bm in _BUSINESS_PLACE.finditer(chunk):
            found.extend(_place(text, lo + bm.start("name"), bm.group("name")))
    return _dedupe([p for p in found if not _inside(p, exclude)])


def _place(text: str, start: int, part: str) -> list[Mention]:
    name = part.split("'s")[0].strip()
    words = name.split()
    if not words or words[0] in _NOT_PLACE or _COURT.search(name):
        return []
    while words and words[-1] in _NOT_PLACE:
        words = words[:-1]
    if not words:
        return []
    name = " ".join(words)
    end = start + len(name)
    if text[start:end] != name:
        return []
    return [Mention(name, start, end)]


def _inside(m: Mention, exclude: list[Mention]) -> bool:
    return any(e.start <= m.start and m.end <= e.end for e in exclude)


def _dedupe(found: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in sorted(found, key=lambda m: m.start):
        if any(o.text.lower() == m.text.lower() for o in out):
            continue
        out.append(m)
    return out


def find_date(text: str, spans: list[tuple[int, int]]) -> Mention | None:
    """The first date phrase in the event sentences that is not a court date."""
    for lo, hi in spans:
        chunk = text[lo:hi]
        for m in _DATE.finditer(chunk):
            if _court_date(chunk, m.start()):
                continue
            value = m.group()
            return Mention(value, lo + m.start(), lo + m.end())
    return None


def _court_date(chunk: str, at: int) -> bool:
    """True when the nearest event or court word before the date is a court word."""
    before = chunk[:at]
    court = [m.end() for m in _COURT_WORDS.finditer(before)]
    event = [m.end() for m in _EVENT_WORDS.finditer(before)]
    if not court:
        return False
    return not event or court[-1] > event[-1]
