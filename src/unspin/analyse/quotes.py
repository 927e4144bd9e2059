"""Quotation spans, who speaks in them, and whether they are a first-person account."""

from __future__ import annotations

import re
from dataclasses import dataclass

from unspin.analyse.actors import ActorLexicon

FIRST_PERSON = re.compile(r"\b(i|me|my|mine|myself|we|us|our|ours|i'm|i've|i'd|we're|we've)\b")
FIRST_SINGULAR = re.compile(r"\b(i|me|my|mine|myself|i'm|i've|i'd)\b")
_SPEECH = r"(?:said|says|told|added|explained|recalled|wrote|asked|stated|according to)"
# What follows a closing quote: ", said Sgt. Kim Lee of the city police" / ", police said".
_AFTER = re.compile(r"^[,.]?\s*(?:(?P<v1>" + _SPEECH + r")\s+(?P<s1>[^;\n\"\u201c]{1,80})"
                    r"|(?P<s2>[^.;\n\"\u201c,]{1,60}?)\s+" + _SPEECH + r")", re.IGNORECASE)
# What precedes an opening quote: "Sgt. Kim Lee said:" / "One worker told reporters,".
_BEFORE = re.compile(r"(?P<s>[^.;\n\"\u201d]{1,80}?)\s+" + _SPEECH + r"(?:\s+\w+){0,3}\s*[:,]?\s*$", re.IGNORECASE)
# Speakers who are not the people the story is about.
_INSTITUTIONAL_TYPES = {"police", "immigration", "state-other", "ngo-church", "media"}
_INSTITUTIONAL_WORDS = re.compile(
    r"\b(spokes(?:person|man|woman)|statement|release|press|news|chief|director|minister|"
    r"mayor|official|officials|prosecutor|attorney|commander|commissioner|superintendent|"
    r"inspector|sergeant|sgt|detective|det|agent|lieutenant|lt|captain|capt|constable|cst)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Quote:
    start: int  # offset of the first character inside the quote marks
    end: int
    speaker: str | None
    institutional: bool  # the speaker is police, another state body, an NGO or the media
    first_person: bool
    scare: bool  # a short quoted word or phrase: the writer's distance, not a quotation

    @property
    def survivor_account(self) -> bool:
        """A first-person account by someone who is not speaking for an institution."""
        return self.first_person and not self.institutional


_PAIRS = (("\u201c", "\u201d"), ('"', '"'), ("\u2018", "\u2019"), ("'", "'"))


def find_quotes(text: str, actors: ActorLexicon) -> list[Quote]:
    """Quotations inside each paragraph; an unclosed quote runs to the paragraph's end."""
    quotes: list[Quote] = []
    for para_start, para in _paragraphs(text):
        taken: list[tuple[int, int]] = []
        for open_mark, close_mark in _PAIRS:
            for start, end in _pairs(para, open_mark, close_mark):
                if any(s <= start < e or s < end <= e for s, e in taken):
                    continue
                taken.append((start, end))
                quotes.append(_describe(text, para_start + start, para_start + end, actors))
    quotes.sort(key=lambda q: q.start)
    return quotes


def _paragraphs(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for part in re.split(r"(\n\s*\n)", text):
        if part and not part.isspace():
            out.append((pos, part))
        pos += len(part)
    return out


def _pairs(para: str, open_mark: str, close_mark: str) -> list[tuple[int, int]]:
    """(start, end) of text inside quote marks; single quotes must not be apostrophes."""
    single = open_mark in "'\u2018"
    spans = []
    i = 0
    while True:
        i = para.find(open_mark, i)
        if i < 0:
            break
        if single and i > 0 and para[i - 1].isalnum():
            i += 1
            continue
        j = i + 1
        while True:
            j = para.find(close_mark, j)
            if j < 0:
                break
            nxt = para[j + 1] if j + 1 < len(para) else " "
            if single and nxt.isalpha():
                j += 1
                continue
            break
        if j < 0:
            if single:
                i += 1
                continue
            spans.append((i + 1, len(para)))
            break
        if j > i + 1:
            spans.append((i + 1, j))
        i = j + 1
    return spans


_TITLE_BEFORE_NAME = (r"(?i:\b(?:sheriff|chief|sgt|sergeant|det|detective|lt|lieutenant|capt|"
                      r"captain|insp|inspector|supt|superintendent|officer|constable|cst|agent|"
                      r"commander|commissioner|director|prosecutor|attorney|minister|mayor|"
                      r"deputy|corporal|cpl|spokes(?:person|man|woman)|pastor|reverend)\.?)\s+"
                      r"(?:[A-Z][\w.'-]+\s+){0,3}")
_INSTITUTIONAL_VOICE = re.compile(r"\b(?:our|my) (?:officers|detectives|deputies|agents|"
                                  r"investigators|team|unit|department|force|partners|"
                                  r"officers'|members)\b|\bwe (?:arrested|executed|charged|"
                                  r"raided|seized|served|identified|located|recovered)\b")


def _describe(text: str, start: int, end: int, actors: ActorLexicon) -> Quote:
    inner = text[start:end]
    words = len(inner.split())
    speaker = _speaker(text, start, end)
    institutional = bool(_INSTITUTIONAL_VOICE.search(inner.lower()))
    if speaker and not institutional:
        kinds = actors.types_in(speaker)
        institutional = bool(kinds & _INSTITUTIONAL_TYPES) or bool(
            _INSTITUTIONAL_WORDS.search(speaker)) or _titled_elsewhere(text, speaker)
    first_person = bool(FIRST_PERSON.search(inner.lower()))
    in_headline = "\n" not in text[:start] and not text[:start].rstrip().endswith(".")
    single = text[start - 1:start] in {"'", "\u2018"}
    # A quoted word or short phrase that nobody is said to have spoken: the writer's distance,
    # or a phrase under discussion ("headlines such as 'women rescued in bust'").
    limit = 3 if speaker else 6
    scare = words <= limit and not first_person and not inner.rstrip().endswith(
        (".", ",", "?", "!")) and not (single and in_headline)
    return Quote(start, end, speaker, institutional, first_person, scare)


def _titled_elsewhere(text: str, speaker: str) -> bool:
    """A speaker named by surname whom the text introduced with an official title."""
    names = re.findall(r"\b[A-Z][a-z'-]+\b", speaker)
    if not names:
        return False
    return bool(re.search(_TITLE_BEFORE_NAME + re.escape(names[-1]) + r"\b", text))


def _speaker(text: str, start: int, end: int) -> str | None:
    after = text[end + 1 : end + 120]
    match = _AFTER.match(after)
    if match:
        return _trim(match.group("s1") or match.group("s2") or "") or None
    line_start = max(text.rfind("\n", 0, start - 1), text.rfind(". ", 0, start - 1) + 1, 0)
    before = text[line_start : max(start - 1, line_start)]
    match = _BEFORE.search(before)
    if match:
        return match.group("s").strip()
    colon = re.search(r"(?P<s>[^.;:\n\"\u201d]{2,60}):\s*$", before)
    if colon:
        return colon.group("s").strip()
    return None


_TITLES = frozenset({"sgt", "det", "cst", "insp", "supt", "dr", "mr", "ms", "mrs", "st", "lt",
                     "gov", "capt", "const", "pc", "ds", "dc"})


def _trim(speaker: str) -> str:
    for match in re.finditer(r"(\w+)\.(?:\s|$)", speaker):
        if match.group(1).lower() not in _TITLES:
            return speaker[: match.end(1)].strip().rstrip(".,")
    return speaker.strip().rstrip(".,")


def quote_at(quotes: list[Quote], start: int, end: int) -> Quote | None:
    for quote in quotes:
        if quote.start <= start and end <= quote.end + 1:
            return quote
    return None
