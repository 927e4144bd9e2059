"""rescue-frame: a state action (raid, arrest, detention) described as rescuing people."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from unspin.analyse.actors import STATE_TYPES, actor_lexicon
from unspin.analyse.context import DocContext, context_lexicon
from unspin.analyse.frames.base import Candidate, Sentence, match_case, noun_phrase
from unspin.analyse.frames.grammar import (
    PRONOUNS,
    agent,
    direct_object,
    inflect,
    is_passive,
    is_people,
    prep_objects,
    subject,
)
from unspin.analyse.frames.workplace import WORKPLACES
from unspin.analyse.lexicon import Hit
from unspin.analyse.prefilter import counted_people
from unspin.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

RULE = "rescue-frame"
VERBS = frozenset({"rescue", "free", "save", "liberate", "recover", "remove", "pull",
                   "safeguard", "take", "identify"})
RELEASE_PREPS = {"on": {"bail", "bond", "parole", "probation", "licence", "license",
                        "recognizance", "recognisance"},
                 "from": {"custody", "jail", "prison", "detention", "cell", "cells", "gaol",
                          "hospital", "remand"}}
PHRASE_REPLACEMENTS = {
    "identified as": "detained and questioned",
    "taken to safety": "taken into custody",
    "taken to a safe place": "taken into custody",
    "removed from": "detained at",
    "pulled from": "detained at",
    "pulled out of": "detained at",
}
ACT_BY_TYPE = {"police": "police detaining people", "immigration": "immigration agents "
               "detaining people", "state-other": "a state action"}


def gate(hit: Hit, index: int, ctx: DocContext) -> bool:
    """Cheap: a rescue word with no enforcement actor or event nearby is never parsed."""
    if ctx.sentence_has(index, "hazards") or ctx.sentence_has(index, "rescue-service"):
        return False
    if not ctx.hits["sexwork"] and (ctx.window_has(index, "hazards") or
                                    ctx.window_has(index, "rescue-service")):
        return False
    if not ctx.sentence_has(index, "people") and not counted_people(ctx.folded, hit):
        return False
    if not ctx.hits["sexwork"] and hit.phrase.startswith("free"):
        # outside a sex-work story "freed" is mostly a release (protesters, hostages, bail)
        return ctx.sentence_has(index, "events")
    if not ctx.hits["sexwork"] and hit.phrase.startswith(("sav", "recover", "liberat")):
        return ctx.sentence_has(index, "events") or ctx.sentence_has(index, "state")
    return ctx.window_has(index, "state") or ctx.window_has(index, "events") or ctx.raid_story


def detect(sent: Sentence, hits: list[Hit], ctx: DocContext) -> list[Candidate]:
    out = []
    for hit in hits:
        if hit.phrase == "rescue":
            out.extend(_rescue_noun(sent, hit, ctx))
        verb = _trigger_verb(sent, hit)
        if verb is None:
            out.extend(_headline_pattern(sent, hit, ctx))
            continue
        if _is_release(verb):
            continue
        candidate = _judge(sent, hit, verb, ctx)
        if candidate is not None:
            out.append(candidate)
            if verb.lemma_.lower() == "recover":
                # people "recovered" like property: also an agency-erasing label
                out.append(Candidate("passive-victim", candidate.start, candidate.end,
                                     (), candidate.actor, 0.7))
    return out


def _headline_pattern(sent: Sentence, hit: Hit, ctx: DocContext) -> list[Candidate]:
    """Present-tense headlines the small model parses as nouns ("Gardai rescue women in
    brothel raid"): an agency, the verb, the people, read from the words themselves."""
    text = sent.doc.text
    if text.rstrip().endswith((".", "?", "!")):
        return []
    rel = hit.start - sent.start
    match = HEADLINE.match(text, rel)
    if match is None or rel == 0:
        return []
    actor = actor_lexicon().classify(text[:rel])
    events = context_lexicon().groups["events"]
    raid_subject = any(w in events for w in text[:rel].lower().split()[-3:])
    if (actor is None or actor.type not in STATE_TYPES) and not raid_subject:
        return []  # "Gold Coast raid frees ..." counts: the raid is the subject
    start, end = sent.start, sent.start + match.end()
    verb = match.group("verb")
    detained = "detain" if verb.lower().endswith(("e", "ee")) else "detains"
    replaced = text[:rel] + match_case(detained, verb) + text[match.end("verb"):match.end()]
    act = ACT_BY_TYPE.get(actor.type, "a raid") if actor is not None else "a raid"
    if actor is not None and actor.type not in STATE_TYPES:
        actor = None
    return [Candidate(RULE, start, end, (replaced,), actor, 0.8,
                      {"verb": verb.lower(), "act": act})]


def _rescue_noun(sent: Sentence, hit: Hit, ctx: DocContext) -> list[Candidate]:
    """ "the rescue of six women" in a raid story."""
    tokens = sent.tokens_in(hit.start, hit.end)
    if not tokens or tokens[0].pos_ != "NOUN":
        return []
    noun = tokens[0]
    for prep, obj in prep_objects(noun, "of"):
        if is_people(obj) and (ctx.window_has(sent.index, "events") or ctx.raid_story):
            start, end = sent.offset(noun), sent.end_offset(obj)
            text = ctx.text[start:end]
            return [Candidate(RULE, start, end, ("detention" + text[len(noun.text):],),
                              None, 0.75, {"verb": "rescue", "act": "a raid"})]
    return []


HEADLINE = re.compile(r"(?P<verb>rescue|rescues|free|frees|save|saves|liberate|liberates)\s+"
                      r"(?P<people>(?:\d+|['\w-]+)(?:\s+['\w-]+)?\s+(?:women|girls|workers|"
                      r"people|victims)|\d+|women|girls|workers|victims)\b", re.I)
MOVERS = frozenset({"take", "get", "bring", "move", "escort", "remove", "transfer", "help"})
VOWS = frozenset({"determine", "determined", "commit", "committed", "want", "hope", "aim",
                  "vow", "pledge", "strive", "seek", "try", "continue", "dedicate", "dedicated"})


def _trigger_verb(sent: Sentence, hit: Hit) -> Token | None:
    tokens = sent.tokens_in(hit.start, hit.end)
    if tokens and hit.phrase in {"to safety", "place of safety"}:
        head = tokens[0]
        for _ in range(3):
            head = head.head
            if head.pos_ in {"VERB", "AUX"}:
                return head if head.lemma_.lower() in MOVERS else None
        return None
    for token in tokens:
        if token.lemma_.lower() in VERBS | {"get", "set"} or token.lower_.startswith(
                ("rescu", "free", "liberat")):
            if token.pos_ in {"VERB", "AUX"} or token.tag_ in {"VBN", "VBD"}:
                return token
            if token.pos_ == "ADJ" and (token.lower_ == "freed" or any(
                    c.dep_ in {"dobj", "nsubjpass"} for c in token.children)):
                return token  # headline "Police free 14 women"
            if token.pos_ == "ADJ" and token.dep_ == "amod" and any(
                    c.dep_ == "nummod" for c in token.head.children):
                return token  # "free 9 women"
    return None


RELEASE_CONTEXT = frozenset({"detention", "custody", "jail", "prison", "bail", "court",
                             "judge", "parole", "acquitted", "appeal", "sentence", "conviction",
                             "release", "hostage", "hostages", "kidnappers"})
REMOVED_FROM = WORKPLACES | {"brothel", "brothels", "address", "addresses", "property",
                             "properties", "situation", "life", "lives"}


def _is_release(verb: Token) -> bool:
    """Freed on bail, released from custody, removed from the country: not a rescue frame."""
    for prep, obj in prep_objects(verb, *RELEASE_PREPS):
        if obj.lemma_.lower() in RELEASE_PREPS[prep.lower_] | {"conditions", "condition"}:
            return True
    if verb.lemma_.lower() in {"remove", "pull"}:
        places = [o for _, o in prep_objects(verb, "from", "out")]
        return not any(o.lower_ in REMOVED_FROM for o in places)
    if verb.lower_.startswith("free") and any(
            t.lower_ in RELEASE_CONTEXT for t in verb.doc):
        return True
    return False


def _patient(verb: Token) -> tuple[Token | None, bool]:
    """The people acted on, and whether they stand before the verb (passive or headline)."""
    obj = direct_object(verb)
    if obj is not None:
        return obj, False
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return (child.head if child.lower_ in {"who", "that"} else child), True
    if verb.dep_ in {"acl", "amod", "relcl"}:
        return verb.head, True
    if verb.dep_ == "conj":  # "were contacted by detectives and rescued"
        for child in verb.head.children:
            if child.dep_ == "nsubjpass" and is_people(child):
                return child, True
    subj = [c for c in verb.children if c.dep_ == "nsubj" and is_people(c)]
    if subj and subj[0].lower_ not in {"they", "who", "we"} and (
            prep_objects(verb) or verb.tag_ == "VBN" or _headline(verb, subj[0])):
        return subj[0], True  # headline: "Women freed in bust", "4 victims rescued"
    return None, False


def _headline(verb: Token, subj: Token) -> bool:
    """A headline passive: a counted or bare plural subject and no object or period."""
    counted = any(c.dep_ == "nummod" for c in subj.children)
    return counted or not verb.doc.text.rstrip().endswith((".", "!", "?"))


def _event_phrase(verb: Token, patient: Token) -> tuple[Token, Token] | None:
    events = context_lexicon().groups["events"]
    for head in (verb, patient):
        for prep, obj in prep_objects(head, "in", "during", "at", "after", "following", "by"):
            if obj.lower_ in events or obj.lemma_.lower() in events:
                return prep, obj
    return None


def _actor(sent: Sentence, token: Token, ctx: DocContext) -> tuple[Actor | None, bool]:
    """The actor a subject or agent names; pronouns resolve to the last actor named before."""
    if token.lower_ in PRONOUNS:
        quote = ctx.quote(sent.offset(token), sent.end_offset(token))
        if quote is not None and quote.speaker:
            named = actor_lexicon().classify(quote.speaker)
            if named is not None:
                return named, True
        hit = ctx.last_actor_before(sent.offset(token))
        if hit is not None and sent.offset(token) - hit.end < 800:
            return Actor(ctx.text[hit.start:hit.end], _type_of(hit.tags)), True
        return None, True
    first = sent.doc[token.left_edge.i]
    last = sent.doc[token.right_edge.i]
    if last.i - first.i > 10:
        first, last = noun_phrase(token)
    return actor_lexicon().classify(sent.text_of(first, last)), False


def _type_of(tags: frozenset[str]) -> str:
    for kind in ("rescue-service", "immigration", "police", "state-other", "ngo-church"):
        if kind in tags:
            return kind
    return "unknown"


def _judge(sent: Sentence, hit: Hit, verb: Token, ctx: DocContext) -> Candidate | None:
    multiword = next((p for p in PHRASE_REPLACEMENTS if hit.phrase.startswith(p)), None)
    patient, before = _patient(verb)
    if multiword == "identified as":
        patient, before = (patient or verb), True
    if not is_people(patient) and not (multiword and patient is not None):
        return None
    assert patient is not None
    lead = ctx.folded[sent.start:sent.offset(verb)]
    if re.search(r"\b(?:asked|asking|ask|wondered|whether)\b(?: \w+){0,2} (?:what|whether|if|how|"
                 r"why)\b|\bwhether\b", lead):
        return None  # a question about the rescue claim, not the claim
    if any(c.lower_ in {"no", "none"} for c in patient.children) or (
            verb.head.lemma_.lower() in VOWS and verb.dep_ in {"xcomp", "acomp", "advcl"}):
        return None  # "no women to save", "determined to free every victim"
    passive = before or is_passive(verb)
    actor_token = agent(verb) if passive else subject(verb)
    actor, pronoun = (None, False)
    events = context_lexicon().groups["events"]
    if actor_token is not None and actor_token.lemma_.lower() in events:
        actor_token = None  # "raid frees women": the event is the subject
    if actor_token is not None:
        actor, pronoun = _actor(sent, actor_token, ctx)
        if actor is not None and actor.type not in STATE_TYPES:
            return None
        if actor is None and not pronoun and not passive and not (
                actor_token.pos_ == "PROPN" and _event_phrase(verb, patient) is not None):
            return None  # a named rescuer who is not a state actor (an unknown agency name
            # with a raid phrase, "GBI saves 9 in sting", still counts)
    event = _event_phrase(verb, patient)
    if actor is not None:
        confidence = 0.95
    elif event is not None or ctx.sentence_has(sent.index, "state"):
        confidence = 0.9
    elif ctx.window_has(sent.index, "state") or ctx.window_has(sent.index, "events"):
        confidence = 0.75
    elif ctx.raid_story:
        confidence = 0.6
    else:
        return None
    doc = sent.doc
    if passive:
        first = noun_phrase(patient)[0] if patient.i < verb.i else verb
        last = verb if patient.i < verb.i else patient
        tail = event or ((actor_token.head, actor_token) if actor_token is not None else None)
        if tail is not None and tail[0].i >= last.i and tail[0].i - last.i <= 3:
            last = tail[1]
    else:
        first = noun_phrase(actor_token)[0] if actor_token is not None else verb
        last = patient
    start, end = sent.offset(doc[min(first.i, verb.i)]), sent.end_offset(doc[max(last.i, verb.i)])
    end = max(end, hit.end) if hit.end - end < 40 else end
    text = ctx.text[start:end]
    suggestions = _suggest(text, start, verb, sent, multiword, event, passive)
    act = ACT_BY_TYPE.get(actor.type, "a state action") if actor else "a raid"
    fields = {"verb": verb.lower_, "act": act}
    if actor_token is not None and actor_token.lower_ in {"we", "us"}:
        fields["speaker_acts"] = "yes"  # the first person is the rescuer, not the rescued
    return Candidate(RULE, start, end, suggestions, actor, confidence, fields)


def _suggest(text: str, start: int, verb: Token, sent: Sentence, multiword: str | None,
             event: tuple[Token, Token] | None, passive: bool) -> tuple[str, ...]:
    if multiword:
        rel = text.lower().find(multiword)
        phrase_end = rel + len(multiword)
        if multiword == "identified as":
            # "identified as (potential) victims" -> "detained and questioned"
            tail = text[phrase_end:]
            words = tail.split()
            skip = next((i for i, w in enumerate(words) if w.lower().startswith("victim")), -1)
            rest = " ".join(words[skip + 1:]) if skip >= 0 else tail.strip()
            rest = rest.removeprefix("of human trafficking").removeprefix("of trafficking").strip()
            return ((text[:rel] + "detained and questioned" + (" " + rest if rest else "")).strip(),)
        return (text[:rel] + PHRASE_REPLACEMENTS[multiword] + text[phrase_end:],)
    v_start = sent.offset(verb) - start
    v_end = v_start + len(verb.text)
    detained = inflect(verb.tag_ if verb.pos_ != "ADJ" else "VBN", "detain", "detained",
                       "detains", "detaining")
    first = text[:v_start] + match_case(detained, verb.text) + text[v_end:]
    if event is not None and not passive:
        return (first,)
    if event is not None:
        first = _police_event(first, start + 0, verb, sent, event, len(first) - len(text))
    custody = inflect(verb.tag_, "take", "took" if verb.tag_ == "VBD" and not passive else
                      "taken", "takes", "taking")
    if passive:
        second = text[:v_start] + match_case(custody, verb.text) + " into custody" + text[v_end:]
    else:
        obj_text = text[v_end:].strip()
        second = text[:v_start] + match_case(custody, verb.text) + " " + obj_text + " into custody"
    if event is not None:
        second = _police_event(second, start, verb, sent, event, len(second) - len(text))
    return (first, second)


def _police_event(first: str, start: int, verb: Token, sent: Sentence,
                  event: tuple[Token, Token], shift: int) -> str:
    """ "in bust" -> "in a police raid": give a bare event noun its actor."""
    _, obj = event
    if any(c.dep_ in {"det", "poss"} for c in obj.children) or "police" in first.lower():
        return first
    np_start = sent.offset(sent.doc[obj.left_edge.i]) - start + shift
    obj_start = sent.offset(obj) - start + shift
    plain = "raid" if obj.lemma_.lower() in {"bust", "takedown"} else obj.text
    if not (0 <= np_start <= obj_start < len(first)):
        return first
    return (first[:np_start] + "a police " + first[np_start:obj_start] + plain
            + first[obj_start + len(obj.text):])
