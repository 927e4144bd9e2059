"""Criminal charges as reported in US, Canadian, UK and Australian copy, classified by kind.

``find_charges(text)`` returns every charge name that the text attaches to a charge, a
conviction or an arrest "on suspicion of", with its kind (TAXONOMY §3), the stage, a count
("six counts of" -> 6) and whether the text says it was *not* laid ("no trafficking charges
were laid" -> negated, count 0). A charge name with no such context ("a human trafficking
bust") is not a charge and is not returned.

The span of a charge is its name as written, starting at the count phrase when there is one
("six counts of promoting prostitution").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

import yaml

from unspin.analyse.numbers import parse_number
from unspin.analyse.sentence_spans import sentence_at, sentence_spans
from unspin.errors import RuleError

KINDS = ("trafficking", "prostitution-related", "immigration", "money-laundering", "other")
STAGES = ("charge", "conviction", "arrest-suspicion")


@dataclass(frozen=True)
class Charge:
    """One reported charge (or conviction, or arrest on suspicion) and its kind."""

    kind: str
    start: int
    end: int
    text: str
    count: int | None
    negated: bool
    stage: str = "charge"


LEXICON = "lexicons/charges.yml"


@functools.lru_cache(maxsize=1)
def _names() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """(kind per alternative, one compiled regex) from the charge lexicon, validated."""
    path = resources.files("unspin.rules").joinpath(LEXICON)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("names"), list):
        raise RuleError(LEXICON, "expected a mapping with a `names` list")
    drugs = str(data.get("drugs", ""))
    kinds: list[str] = []
    parts: list[str] = []
    for i, entry in enumerate(data["names"]):
        kind = entry.get("kind") if isinstance(entry, dict) else None
        patterns = entry.get("patterns") if isinstance(entry, dict) else None
        if kind not in KINDS or not isinstance(patterns, list) or not patterns:
            raise RuleError(LEXICON, f"names[{i}]: needs a kind in {KINDS} and patterns")
        body = "|".join(str(p).replace("{drugs}", drugs) for p in patterns)
        try:
            re.compile(body)
        except re.error as exc:
            raise RuleError(LEXICON, f"names[{i}]: bad pattern: {exc}") from None
        parts.append(f"(?P<k{i}>{body})")
        kinds.append(kind)
    regex = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)
    return tuple(kinds), regex


# A trigger before the name decides the stage.
_BEFORE = re.compile(
    r"(?P<nconv>acquitted\s+(?:[\w'-]+\s+){0,3}?(?:of|on)|found\s+(?:[\w'-]+\s+){0,3}?not\s+guilty"
    r"\s+(?:of|on)|cleared\s+(?:[\w'-]+\s+){0,3}?of)"
    r"|(?P<charge0>pleaded\s+not\s+guilty\s+to|pled\s+not\s+guilty\s+to)"
    r"|(?P<conv>convicted\s+(?:[\w'-]+\s+){0,4}?(?:of|on|for)|found\s+(?:[\w'-]+\s+){0,4}?"
    r"guilty\s+(?:of|on)|admit(?:ted|ting|s)\s+(?:to\s+)?"
    r"|(?:pleaded|pled|pleads|plead|pleading)\s+guilty\s+to|guilty\s+pleas?\s+to|admitted\s+(?:to\s+)?|sentenced\b[^.;]{0,40}?"
    r"\b(?:for|on)|convictions?\s+(?:for|of|on))"
    r"|(?P<susp>(?:arrested|detained|held)\s+(?:on|under)\s+suspicion\s+of|on\s+suspicion\s+of"
    r"|arrested\s+(?:for|over)|suspected\s+of|arrests?\s+(?:were\s+|was\s+)?(?:made\s+)?for)"
    r"|(?P<weak>(?:charges?|counts?|offen[cs]es),?\s+(?:of|for|including|include|included|related\s+to"
    r"|relating\s+to|under|in\s+connection\s+with))"
    r"|(?P<charge>charged\s+(?:[\w'-]+\s+){0,5}?(?:with|under|in\s+connection\s+with)|indicted\s+(?:on|for)|indictments?\s+(?:on|for)|accused\s+of|(?:faces?|facing)"
    r"|booked\s+(?:\w+\s+){0,3}?(?:on|for)|cited\s+for|laid\s+(?:\w+\s+)?charges?\s+(?:of|for)?)",
    re.IGNORECASE,
)
_STAGE = {
    "nconv": "nconv",
    "charge0": "charge",
    "conv": "conviction",
    "susp": "arrest-suspicion",
    "charge": "charge",
}
# A head noun right after the name: "trafficking charges", "a prostitution conviction".
_AFTER = re.compile(
    r"(?:[- ]related)?\s*(?:(?P<charge>charges?|counts?|indictments?)|(?P<conv>convictions?))\b",
    re.IGNORECASE,
)
_COUNT = re.compile(
    r"(?P<num>[\w,-]+(?:\s+[\w-]+)?)\s+counts?\s+(?:each\s+)?of\s+(?:(?:conspiracy\s+to\s+"
    r"(?:commit\s+)?|attempted\s+|aggravated\s+)?)$",
    re.IGNORECASE,
)
_NO_BEFORE = re.compile(
    r"\b(?:no|zero|not\s+any|without(?:\s+any)?)\s+(?:(?:criminal|further|related|formal)\s+)?"
    r"(?:(?:charges?|counts?|convictions?)\s+(?:of|for|related\s+to|relating\s+to|involving)\s+)?$",
    re.IGNORECASE,
)
_NEG_CLAUSE = re.compile(
    r"\b(?:no\s+one|no-one|nobody|none|not\s+one|neither|not|n't|never)\b[^.;:,]{0,60}$",
    re.IGNORECASE,
)
_NONE_OF_CHARGES = re.compile(
    r"(?:none\s+of\s+the\s+(?:\w+\s+)?(?:charges|counts)|the\s+(?:\w+\s+)?(?:charges|counts)\s+"
    r"(?:do|does|did)\s+not)\s+(?:\w+\s+){0,2}?(?:involve[sd]?|include[sd]?|relate[sd]?\s+to"
    r"|related\s+to|concern(?:s|ed)?|(?:is|are|was|were)\s+for)\s+$",
    re.IGNORECASE,
)
_FILLER = frozenset(
    [
        "and", "or", "as", "well", "each", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "counts", "count", "of", "conspiracy", "to",
        "commit", "attempted", "attempt", "aggravated", "first", "second", "third", "fourth",
        "degree", "first-degree", "second-degree", "third-degree", "felony", "felonies",
        "misdemeanor", "misdemeanour", "misdemeanors", "misdemeanours", "the", "a", "an", "in",
        "related", "charges", "charge", "offences", "offenses", "offence", "offense", "including",
        "several", "multiple", "various", "numerous", "additional", "further", "criminal",
        "federal", "state", "summary", "indictable", "with", "intent", "possession", "single",
        "total", "more", "than", "also", "both"
    ]
)
_BREAK = re.compile(
    r"[;:()\[\]]|\b(?:after|before|but|while|when|because|who|which|that|where|said|says"
    r"|police|officers|following|during|although|however|since|until)\b",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[\w'-]+")
_BULLET = re.compile(r"[ \t]*[-*•][ \t]")
_HEADER = re.compile(
    r"[ \t]*(?:(?P<conv>convicted|sentenced)|charged|charges(?:\s+laid)?|arrested\s+and\s+charged"
    r"|the\s+accused(?:\s+and\s+(?:their\s+)?charges)?)(?:\s+[\w'-]+){0,3}\s*:\s*$",
    re.IGNORECASE,
)


def find_charges(text: str) -> list[Charge]:
    """Every charge, conviction or arrest-on-suspicion the text reports, in text order."""
    kinds, regex = _names()
    if not regex.search(text):
        return []
    sentences = sentence_spans(text)
    names = list(regex.finditer(text))
    found: list[Charge] = []
    for i, m in enumerate(names):
        kind = kinds[int(next(k for k, v in m.groupdict().items() if v is not None)[1:])]
        s_start, _ = sentence_at(sentences, m.start())
        context = _context(text, s_start, m, names[:i])
        if context is None:
            continue
        stage, negated = context
        start, count = _count_before(text, s_start, m.start())
        if negated:
            count = 0
        found.append(Charge(kind, start, m.end(), text[start : m.end()], count, negated, stage))
    return found


def kinds_charged(charges: list[Charge], *, stage: str = "charge") -> set[str]:
    """The kinds with at least one charge at ``stage`` that the text does not negate."""
    return {c.kind for c in charges if c.stage == stage and not c.negated}


def _context(
    text: str, s_start: int, m: re.Match[str], earlier: list[re.Match[str]]
) -> tuple[str, bool] | None:
    """(stage, negated) when the name is attached to a charge context, else None."""
    listed = _list_header_stage(text, m.start())
    if listed is not None:
        return listed, False
    prefix = text[s_start : m.start()]
    after = _AFTER.match(text, m.end())
    none_of = _NONE_OF_CHARGES.search(prefix)
    if none_of:
        return "charge", True
    if after:
        stage = "conviction" if after.group("conv") else "charge"
        trig = _nearest_trigger(text, s_start, m.start(), earlier)
        if trig is not None and trig[0] != "charge":
            stage = trig[0]
        return stage, bool(_NO_BEFORE.search(prefix)) or _clause_negated(prefix)
    trig = _nearest_trigger(text, s_start, m.start(), earlier)
    if trig is None:
        return None
    stage, t_start = trig
    if stage == "nconv":
        return "conviction", True
    negated = bool(_NO_BEFORE.search(prefix)) or _clause_negated(text[s_start:t_start])
    return stage, negated


def _list_header_stage(text: str, pos: int) -> str | None:
    """A bullet line under a "Charged:" / "Convicted:" header: that header's stage."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not _BULLET.match(text, line_start):
        return None
    while line_start > 0:
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[prev_start : line_start - 1]
        if _BULLET.match(line):
            line_start = prev_start
            continue
        header = _HEADER.match(line)
        if header is None:
            return None
        return "conviction" if header.group("conv") else "charge"
    return None


def _nearest_trigger(
    text: str, s_start: int, name_start: int, earlier: list[re.Match[str]]
) -> tuple[str, int] | None:
    """The last trigger before the name whose gap holds only a list of charges."""
    valid: list[tuple[str, int]] = []
    for t in _BEFORE.finditer(text, s_start, name_start):
        if _gap_is_list(text, t.end(), name_start, earlier):
            valid.append((next(k for k, v in t.groupdict().items() if v is not None), t.start()))
    if not valid:
        return None
    group, start = valid[-1]
    if group == "weak":
        # "convicted on two counts of X", "arrested on charges of X": the verb decides.
        stronger = [v for v in valid[:-1] if v[0] != "weak"]
        group = stronger[-1][0] if stronger else "charge"
        start = stronger[-1][1] if stronger else start
    return _STAGE[group], start


def _gap_is_list(text: str, start: int, end: int, earlier: list[re.Match[str]]) -> bool:
    """True when text[start:end] is only other charge names, counts and list words."""
    pieces: list[str] = []
    pos = start
    for m in earlier:
        if m.start() >= start and m.end() <= end:
            pieces.append(text[pos : m.start()])
            pos = m.end()
    pieces.append(text[pos:end])
    gap = " ".join(pieces)
    if _BREAK.search(gap):
        return False
    unknown = [w for w in _WORDS.findall(gap) if w.lower() not in _FILLER and not w.isdigit()]
    return len(unknown) <= 3


def _clause_negated(prefix: str) -> bool:
    clause = re.split(r"[;:]|\bbut\b|,\s*(?:while|although|and)\b", prefix)[-1]
    return bool(_NEG_CLAUSE.search(clause))


def _count_before(text: str, s_start: int, name_start: int) -> tuple[int, int | None]:
    """(span start, count) when "N counts of" directly precedes the name."""
    m = _COUNT.search(text, max(s_start, name_start - 80), name_start)
    if m is None or m.end() != name_start:
        return name_start, None
    words = m.group("num").split()
    for k in range(len(words)):
        if words[k].lower() in ("and", "or", "with", "of", "to", "on", "plus"):
            continue
        value = parse_number(" ".join(words[k:]))
        if value is not None:
            offset = m.start() + m.group().find(" ".join(words[k:]))
            return offset, value
    return name_start, None
