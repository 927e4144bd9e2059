"""Work, living and migration framed as captivity: captivity, forced-movement, exploitation."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from unspin.analyse.context import DocContext
from unspin.analyse.doc_facts import facts
from unspin.analyse.frames.base import Candidate, Sentence, match_case, noun_phrase
from unspin.analyse.frames.grammar import children, is_people, prep_objects
from unspin.analyse.lexicon import Hit

if TYPE_CHECKING:
    from spacy.tokens import Token

CAPTIVITY = "captivity-frame"
MOVEMENT = "forced-movement-frame"
EXPLOITATION = "exploitation-frame"

WORKPLACES = frozenset({
    "spa", "spas", "parlour", "parlours", "parlor", "parlors", "business", "businesses",
    "brothel", "brothels", "premises", "house", "houses", "apartment", "apartments", "flat",
    "flats", "residence", "room", "rooms", "building", "salon", "salons", "shop", "shops",
    "establishment", "establishments", "unit", "units", "condo", "home", "homes", "motel",
    "hotel", "massage", "workplace", "basement", "studio", "place", "there", "inside", "site"})
STATE_PLACES = re.compile(r"\b(?:custody|jail|prison|detention|cell|cells|remand|police "
                          r"station|holding|immigration|hospital|without bail|by police|"
                          r"by officers)\b")
FORCE = re.compile(r"\b(?:forced at gunpoint|gunpoint|kidnapp\w*|abduct\w*|threat\w*|beat|"
                   r"beaten|chained|tied|weapon|knife|gun|violence|deceived|tricked|"
                   r"told (?:they|she|he) would|falsely|passports? (?:were |was )?(?:taken|"
                   r"confiscated|seized)|against (?:her|their|his) will)\b")
PLACES = re.compile(r"^(?:the )?(?:u\.?s\.?|u\.?k\.?|united states|canada|australia|america|"
                    r"britain|england|europe|asia|country|border|city|region|state|province|"
                    r"[A-Z][\w.-]+)")
NOT_PEOPLE = re.compile(r"\b(?:charges?|case|cases|drugs?|cocaine|heroin|cash|goods|cargo|"
                        r"weapons?|guns?|firearms?|cigarettes?|animals?|vehicles?|cars?)\b")
DIRECTION = ("from", "to", "into", "across", "between", "over", "in")
MOVE_REPLACEMENTS = {"brought": "came", "lured": "came", "smuggled": "came", "shipped": "came",
                     "imported": "came", "transported": "travelled", "trafficked": "came",
                     "moved": "moved"}
ROLE_WORDS = {"handler": "manager", "handlers": "managers", "pimp": "manager",
              "pimps": "managers", "controller": "manager", "controllers": "managers",
              "madam": "manager", "pimped": "managed", "exploiter": "employer",
              "exploiters": "employers", "mama-san": "manager", "mamasan": "manager"}
CONTROL_PHRASES = frozenset({"under the thumb", "beck and call", "at the mercy of",
                             "controlled by", "under the control of", "exploited by"})
CONDITIONS = re.compile(r"\b(?:paid|pay|wages?|earnings|cut|per cent|percent|%|debt|owed|"
                        r"hours|shifts?|fined|fines|withheld|kept half|split|rent|fee|fees|"
                        r"threatened|hit|beat|took (?:their|her) passports?)\b")


ROLE_TRIGGERS = frozenset({"pimp", "pimps", "pimped", "madam"})


def gate_sexwork(hit: Hit, index: int, ctx: DocContext) -> bool:
    """Only in a sex-work story, or next to police, or where the word itself says so."""
    if ctx.sentence_has(index, "hazards"):
        return False
    if hit.phrase in {"lured", "luring"} and ctx.sentence_has(index, "people"):
        return True
    return bool(ctx.hits["sexwork"]) or hit.phrase in ROLE_TRIGGERS or (
        ctx.window_has(index, "state") and ctx.sentence_has(index, "people"))


def _span_with_aux(sent: Sentence, verb: Token) -> Token:
    first = verb
    for child in verb.lefts:
        if child.dep_ in {"auxpass", "aux", "neg"} and child.i >= verb.i - 3:
            first = sent.doc[min(first.i, child.i)]
    return first


def detect_captivity(sent: Sentence, hits: list[Hit], ctx: DocContext) -> list[Candidate]:
    out: list[Candidate] = []
    chunk = sent.doc.text.lower()
    if STATE_PLACES.search(chunk) or RESTRICTION_BY.search(chunk):
        return out  # detention by the state, or a restriction with its actor named
    for hit in hits:
        tokens = sent.tokens_in(hit.start, hit.end)
        if not tokens:
            continue
        verb = tokens[0]
        if hit.phrase in CAPTIVITY_PHRASES or "prisoner" in hit.phrase:
            living = any(w in hit.phrase for w in ("slept", "massage", "cramped", "rooms"))
            start = sent.offset(_span_with_aux(sent, verb)) if verb.pos_ in {"VERB", "AUX"} \
                else hit.start
            out.append(Candidate(CAPTIVITY, min(start, hit.start), hit.end,
                                 ("lived at the workplace",) if living else (), confidence=0.7))
            continue
        if verb.pos_ not in {"VERB", "AUX"} and verb.tag_ not in {"VBN", "VBD"}:
            continue
        if any(c.dep_ in {"agent", "nsubj"} and c.lower_ not in {"who", "that"}
               for c in verb.children):
            continue  # "kept ... by the owner": an actor is named; harm naming handles it
        place = _place(verb, tokens[-1])
        loose = "captive" in hit.phrase or "will" in hit.phrase or "prisoner" in hit.phrase or (
            "massage tables" in hit.phrase or _captive_without_place(verb)) or (
            hit.phrase in {"confined", "imprisoned", "trapped", "caged"})
        if place is None and not loose:
            continue
        first = _span_with_aux(sent, verb)
        last = sent.doc[place.right_edge.i] if place is not None else tokens[-1]
        start, end = sent.offset(first), sent.end_offset(last)
        place_text = sent.text_of(sent.doc[place.left_edge.i], last) if place else "the workplace"
        out.append(Candidate(CAPTIVITY, start, end, (f"lived at {_object_of(place_text)}",),
                             confidence=0.8))
    return out


# Phrases that describe captivity by themselves (no verb analysis needed).
CAPTIVITY_PHRASES = frozenset({
    "not allowed to leave", "never allowed to leave", "not allowed out", "never allowed out",
    "locked in", "slept where they worked", "slept on the floor", "cramped rooms",
    "hidden away", "behind locked doors", "like animals", "slept on massage tables",
    "locked inside", "never let out", "not let out", "not permitted to leave",
    "never permitted to leave", "blacked-out windows",
    "sleeping on massage tables", "sleep on massage tables", "sleeps on massage tables",
    "held against their will", "kept against their will", "held captive", "kept captive"})
# "the owner locked the doors", "her boss took her passport": a restriction with its actor
RESTRICTION_BY = re.compile(r"\b(?:owner|owners|boss|manager|managers|husband|boyfriend|he|she|"
                            r"trafficker|employer|landlord)\s+(?:\w+\s+){0,2}(?:locked|took|"
                            r"confiscated|kept|held|chained|seized)\b|\bpassports?\b")


def _place(verb: Token, last: Token) -> Token | None:
    """The phrase naming a workplace, on the verb or on a 'live' complement."""
    for head in (verb, last, *children(verb, "xcomp"), *children(last, "xcomp")):
        for prep, obj in prep_objects(head, "in", "at", "inside", "on", "within", "to"):
            if any(t.lower_ in WORKPLACES or t.lemma_.lower() in WORKPLACES
                   for t in obj.subtree):  # "a windowless flat above the shop"
                return prep
        for child in head.children:
            if child.dep_ in {"oprd", "dobj", "advmod"} and child.lemma_.lower() in WORKPLACES:
                return child
    return None


DURATION = frozenset({"months", "weeks", "years", "days", "month", "week", "year"})


def _captive_without_place(verb: Token) -> bool:
    """'held for months', 'held like prisoners', 'kept in terrible conditions'."""
    for prep, obj in prep_objects(verb, "for", "like", "in", "as"):
        if obj.lower_ in DURATION | {"prisoners", "captives", "slaves", "conditions",
                                      "squalor", "cages", "captivity", "servitude"}:
            return True
    return False


def _object_of(prep_phrase: str) -> str:
    words = prep_phrase.split(maxsplit=1)
    return words[1] if len(words) > 1 else "the workplace"


def detect_movement(sent: Sentence, hits: list[Hit], ctx: DocContext) -> list[Candidate]:
    out: list[Candidate] = []
    chunk = sent.doc.text
    if FORCE.search(chunk.lower()) or facts(ctx).trafficking_charged:
        return out  # force is described, or a court found it: the movement is the crime
    for hit in hits:
        tokens = sent.tokens_in(hit.start, hit.end)
        if not tokens:
            continue
        verb = tokens[0]
        if verb.pos_ not in {"VERB", "AUX"} and verb.tag_ not in {"VBN", "VBD", "VBG"}:
            continue
        objects = _moved(verb)
        if not objects or not all(is_people(o) for o in objects) or any(
                NOT_PEOPLE.search(o.text.lower()) for o in objects):
            continue
        moves = [(p, o) for p, o in prep_objects(verb, *DIRECTION)
                 if PLACES.match(sent.text_of(sent.doc[o.left_edge.i], o)) or
                 o.lower_ in {"country", "border", "canada", "australia"} or
                 o.lower_ in WORKPLACES or o.lemma_.lower() in WORKPLACES]
        for child in verb.children:
            if child.dep_ in {"advmod", "prt"} and child.lower_ in {"here", "in", "over",
                                                                   "overseas", "around"}:
                moves.append((child, child))
        lured = verb.lower_ in {"lured", "luring", "imported", "shipped", "smuggled"}
        if not moves and not lured:
            continue
        if re.search(r"\b(?:court|justice|station|hospital|shelter|trial|custody)\b",
                     chunk.lower()) and not lured:
            continue
        first = _span_with_aux(sent, verb) if verb.i < objects[0].i or any(
            o.dep_ == "nsubjpass" for o in objects) else verb
        last = sent.doc[moves[-1][1].right_edge.i] if moves else verb
        for prep, obj in prep_objects(verb, "with"):
            if lured and obj.lower_ in {"promises", "promise", "offers", "offer"}:
                last = sent.doc[max(last.i, obj.right_edge.i)]
        start, end = sent.offset(first), sent.end_offset(last)
        suggestion = _movement_suggestion(sent, verb, first, last, moves)
        out.append(Candidate(MOVEMENT, start, end, suggestion, confidence=0.75))
    return out


def _moved(verb: Token) -> list[Token]:
    """The people moved: object, passive subject, the noun a participle modifies, or the
    subject of the clause the verb hangs from ("after being smuggled", "and brought")."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if objects:
        return objects
    if verb.dep_ in {"acl", "relcl"}:
        return [verb.head]
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if subj and not any(c.dep_ == "dobj" for c in verb.children) and verb.tag_ in {"VBN", "VBD"}:
        return subj if is_people(subj[0]) else []
    head = verb
    for _ in range(3):
        if head.dep_ not in {"conj", "pcomp", "advcl", "xcomp", "prep"} or head.head is head:
            break
        head = head.head
        found = [c for c in head.children if c.dep_ in {"nsubjpass", "nsubj", "dobj"}
                 and is_people(c)]
        if found:
            return found[:1]
    passive = any(c.dep_ == "auxpass" for c in (*verb.children, *head.children))
    if passive:  # a broken parse of a passive: the last people noun before the verb
        earlier = [t for t in verb.doc[:verb.i] if t.pos_ in {"NOUN", "PRON"} and is_people(t)]
        return earlier[-1:]
    return []


def _movement_suggestion(sent: Sentence, verb: Token, first: Token, last: Token,
                         moves: list[tuple[Token, Token]]) -> tuple[str, ...]:
    if not moves or verb.dep_ == "ROOT" and not any(
            c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) and any(
            c.dep_ == "dobj" for c in verb.children):
        return ()
    word = MOVE_REPLACEMENTS.get(verb.lower_, "came")
    tail = " ".join(sent.text_of(sent.doc[p.i], sent.doc[o.right_edge.i]) for p, o in moves)
    tail = tail.replace("into ", "to ")
    return (match_case(f"{word} {tail}", sent.doc[first.i].text),)


def detect_exploitation(sent: Sentence, hits: list[Hit], ctx: DocContext) -> list[Candidate]:
    out: list[Candidate] = []
    if CONDITIONS.search(sent.doc.text.lower()):
        return out
    for hit in hits:
        tokens = sent.tokens_in(hit.start, hit.end)
        if not tokens:
            continue
        word = tokens[-1]
        before = ctx.folded[max(hit.start - 40, 0):hit.start]
        if re.search(r"(?:charged with|counts? of|convicted of|charges? of)\s*$", before):
            continue
        if word.lower_ in ROLE_WORDS and word.pos_ in {"NOUN", "PROPN"}:
            first, last = noun_phrase(word)
            head = word.head
            if head.dep_ in {"prep", "agent"} and head.lower_ in {"by", "for"}:
                verb = head.head
                if verb.pos_ == "VERB" and verb.i < word.i and word.i - verb.i <= 5:
                    first = _span_with_aux(sent, verb)
            start, end = sent.offset(first), sent.end_offset(last)
            text = ctx.text[start:end]
            rel = sent.offset(word) - start
            replaced = text[:rel] + match_case(ROLE_WORDS[word.lower_], word.text) + text[
                rel + len(word.text):]
            replaced = re.sub(r"\b(?:were|was) controlled by\b", "worked for", replaced)
            replaced = re.sub(r"\bcontrolled by\b", "working for", replaced)
            out.append(Candidate(EXPLOITATION, start, end, (replaced,), confidence=0.8))
        elif hit.phrase in CONTROL_PHRASES:
            whose = re.match(r"\s*(?:of\s+)?((?:the|their|her|his|a|an|two|three)\s+)?"
                             r"([\w-]+(?:\s+[\w-]+)?)", ctx.text[hit.end:hit.end + 60])
            end = hit.end + (whose.end() if whose else 0)
            first = _span_with_aux(sent, tokens[0]) if tokens[0].pos_ == "VERB" else tokens[0]
            start = min(sent.offset(first), hit.start)
            who = " ".join(g for g in (whose.groups() if whose else ()) if g).strip()
            out.append(Candidate(EXPLOITATION, start, end,
                                 (f"worked for {who}",) if who else (), confidence=0.75))
        elif hit.phrase in {"were exploited", "was exploited", "being exploited"}:
            out.append(Candidate(EXPLOITATION, hit.start, hit.end, (), confidence=0.6))
    return out
