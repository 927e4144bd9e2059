"""trafficking-conflation and harm-misnamed: "trafficking" and "slavery" used of sex work."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from unspin.analyse.context import DocContext
from unspin.analyse.doc_facts import facts
from unspin.analyse.frames.base import Candidate, Sentence, noun_phrase
from unspin.analyse.lexicon import Hit
from unspin.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

CONFLATION = "trafficking-conflation"
MISNAMED = "harm-misnamed"
BARE = frozenset({"trafficking", "trafficked", "slavery"})
NON_SEX = re.compile(
    r"\b(?:drugs?|arms|weapons?|guns?|firearms?|narcotics?|cocaine|heroin|fentanyl|meth|"
    r"methamphetamine|opioids?|cannabis|marijuana|wildlife|ivory|cigarettes?|tobacco|"
    r"ammunition|crack)[\s-]*$")
NON_SEX_AFTER = re.compile(
    r"^\s+(?:in\s+)?(?:drugs?|firearms?|weapons?|cocaine|heroin|fentanyl|narcotics|guns?|"
    r"methamphetamine|meth|ammunition|cannabis|marijuana)\b")
CHARGE_BEFORE = re.compile(
    r"(?:charged with|convicted(?: [\w-]+){0,4} of|found(?: \w+){0,3} guilty of|guilty (?:of|to)|charges? (?:of|including|related to|for)|"
    r"counts? of|sentenced (?:for|on)|accused of|arrested (?:for|on)|suspicion of|indicted "
    r"(?:on|for)|offences? of|acquitted of|trial for|prosecuted for|prosecution for|jailed for|"
    r"conviction for|convictions? (?:for|of)|plea to|pleaded (?:guilty|no contest) to|"
    r"imprisoned for|face|faces|facing)(?:\s+\w+){0,4}\s*$")
DEFINITION = re.compile(r"\b(?:defined as|defines|definition|is defined|refers to|legal term|"
                        r"under (?:the |federal |canadian |australian |uk |state )?law|means|"
                        r"involves|involving|occurs when|is when|is a crime|is the crime|"
                        r"legally|per cent|percent|one in (?:two|three|four|five|ten)|"
                        r"statistics|survey|data show|studies|researchers)\b|%")
CRITICAL_BEFORE = re.compile(
    r"(?:so-called|alleged|purported|supposed|the (?:word|term|label|language|rhetoric|"
    r"narrative|myth|banner) (?:of )?|conflat\w* (?:\w+ ){0,3}with)\s*[\"'\u201c\u2018]?\s*"
    r"(?:\w+\s+){0,1}$")
ORG_AFTER = re.compile(
    r"^[\s-]*(?:(?:and|&) [A-Z]\w+ )?(?:[A-Z]\w+ ){0,2}(?:Unit|Task Force|Taskforce|Act|Coalition|Team|Centre|"
    r"Center|Hotline|Awareness|Day|Month|Division|Squad|Office|Commissioner|Network|Initiative|"
    r"Institute|Project|Section|Bureau|Strategy|Council|Committee|Program|Programme|Working)\b")
ORG_NOUNS = frozenset({"unit", "task", "force", "team", "group", "groups", "organization",
                       "organisation", "organizations", "organisations", "advocates", "law",
                       "laws", "legislation", "bill", "act", "efforts", "campaign", "campaigners",
                       "hotline", "training", "coalition", "charity", "charities", "funding",
                       "squad", "division", "office", "policy", "movement", "activists",
                       "researchers", "experts", "expert", "detectives", "officers", "police",
                       "investigators", "sector", "industry", "conference", "awareness",
                       "charge", "charges", "count", "counts", "offence", "offences",
                       "offense", "offenses", "conviction", "convictions", "statute",
                       "statutes", "provisions", "cases", "prosecutions", "data", "statistics",
                       "research", "report", "reports", "definition"})
PEOPLE_HEADS = frozenset({"women", "woman", "girls", "girl", "workers", "worker", "people",
                          "persons", "slaves", "slave", "migrants", "victims", "victim"})
EVENT_HEADS = frozenset({"bust", "sting", "raid", "operation", "investigation", "sweep",
                         "crackdown", "probe", "case", "arrests", "takedown", "inquiry",
                         "network", "networks", "ring", "rings", "racket", "syndicate",
                         "syndicates", "gang", "gangs", "den", "dens"})
VICTIM_HEADS = frozenset({"victim", "victims", "survivor", "survivors"})
KIND_WORDS = {"prostitution-related": "prostitution-related", "money-laundering":
              "money-laundering", "immigration": "immigration", "other": "other"}


def gate(hit: Hit, index: int, ctx: DocContext) -> bool:
    before = ctx.folded[max(hit.start - 30, 0):hit.start]
    if NON_SEX.search(before) or NON_SEX_AFTER.match(ctx.folded[hit.end:hit.end + 30]):
        return False
    if hit.phrase in BARE:
        return _sex_work_setting(ctx)
    return True


LABELS = frozenset({"trafficking", "trafficked", "sex trafficking", "human trafficking",
                    "modern slavery", "modern-day slavery", "sex slaves", "sex slavery"})


def _sex_work_setting(ctx: DocContext) -> bool:
    """The text names a sex-work setting (massage, brothel, escort...), not only a label."""
    return any(h.phrase not in LABELS for h in ctx.hits["sexwork"])


ROLES = (
    ("partner", "intimate partner violence", re.compile(
        r"\b(?:girlfriend|boyfriend|partner|wife|husband|spouse|common-law|fianc[eé]e?|"
        r"ex-boyfriend|ex-husband|ex-partner)s?\b")),
    ("police", "police violence", re.compile(
        r"\b(?:officer|officers|police|policeman|cop|cops|detective|deputy|trooper|"
        r"on patrol)\b")),
    ("landlord", "coercion by a landlord", re.compile(r"\b(?:landlord|landlords|tenants?|"
                                                      r"lease|rent)\b")),
    ("client", "client violence", re.compile(r"\b(?:client|clients|customer|customers|"
                                             r"escort|escorts)\b")),
    ("employer", "", re.compile(
        r"\b(?:employer|employers|owner|owners|boss|bosses|manager|managers|family (?:she|he|"
        r"they) worked for|staff|employees|workers|farmworkers|labourers|laborers|"
        r"contractor|recruiter)\b")),
)
PAY = re.compile(r"\b(?:wages?|paid|pay|unpaid|earnings|salary|cut|deduct\w*|overtime)\b")
FORCED = re.compile(r"\b(?:threat\w*|passports?|debt|locked|beat|beaten|violence|forced)\b")


def _role(text: str) -> tuple[str, str] | None:
    for kind, harm, pattern in ROLES:
        if pattern.search(text.lower()):
            return kind, harm
    return None


def _work_harm(ctx: DocContext) -> str:
    if PAY.search(ctx.folded):
        return "wage theft"
    return "forced labour" if FORCED.search(ctx.folded) else "labour abuse"


def gate_misnamed(hit: Hit, index: int, ctx: DocContext) -> bool:
    before = ctx.folded[max(hit.start - 30, 0):hit.start]
    if NON_SEX.search(before):
        return False
    sentence = ctx.seg.sentences[index]
    return facts(ctx).described_harm is not None or _role(
        ctx.text[sentence.start:sentence.end]) is not None


# "permits for victims of trafficking": the name of a legal status or programme
LEGAL_CATEGORY = re.compile(r"\b(?:permits?|visas?|status|protections?|services|programs?|"
                            r"programmes?|funding|shelters?|hotline|law|laws|act)\s+(?:for|on|"
                            r"against)\s+(?:\w+\s+){0,1}$")
NEGATED_BEFORE = re.compile(r"\b(?:not|no|never|nor|without)\b(?:\s+[\w-]+){0,3}\s*$")
BOILERPLATE = re.compile(r"\b(?:anyone with information|tip line|tipline|hotline|crime "
                         r"stoppers|call (?:the|police|\d)|is asked to (?:call|contact)|"
                         r"contact (?:the|police|investigators))\b")


def _excused(hit: Hit, index: int, ctx: DocContext) -> bool:
    """Accurate or critical uses: charges, definitions, names, scare quotes, drugs."""
    before = ctx.folded[max(hit.start - 60, 0):hit.start]
    sentence = ctx.seg.sentences[index]
    chunk = ctx.folded[sentence.start:sentence.end]
    if CHARGE_BEFORE.search(before) or CRITICAL_BEFORE.search(before) or LEGAL_CATEGORY.search(
            before):
        return True
    if DEFINITION.search(chunk) or BOILERPLATE.search(chunk):
        return True
    if NEGATED_BEFORE.search(ctx.folded[max(hit.start - 40, sentence.start):hit.start]):
        return True
    quote = ctx.quote(hit.start, hit.end)
    if quote is not None and quote.scare:
        return True
    original = ctx.text[hit.start:hit.end]
    if original[:1].isupper() and ORG_AFTER.match(ctx.text[hit.end:hit.end + 30]):
        return True
    return facts(ctx).trafficking_charged


def _extend(sent: Sentence, hit: Hit) -> tuple[Token, Token] | None:
    tokens = sent.tokens_in(hit.start, hit.end)
    if not tokens:
        return None
    first, last = tokens[0], tokens[-1]
    head = last
    while head.dep_ in {"compound", "amod", "nmod"} and head.head.i > head.i and (
            head.head.i - last.i <= 3) and head.head.pos_ in {"NOUN", "PROPN"}:
        head = head.head
    return first, head


def detect_conflation(sent: Sentence, hits: list[Hit], ctx: DocContext) -> list[Candidate]:
    out = []
    harm = facts(ctx).described_harm
    for hit in hits:
        if _excused(hit, sent.index, ctx):
            continue
        bounds = _extend(sent, hit)
        if bounds is None:
            continue
        first, head = bounds
        if head.lower_ in ORG_NOUNS or (hit.phrase == "anti-trafficking" and
                                         head.lower_ not in EVENT_HEADS):
            continue
        if hit.phrase in BARE and not _bare_counts(hit, head, ctx):
            continue
        if _generic_statement(hit, head, ctx):
            continue
        start, end = sent.offset(first), sent.end_offset(head)
        if harm is not None and hit.phrase not in {"modern slavery", "sex slave", "sex slaves"}:
            name, actor = harm
            label = ctx.text[hit.start:hit.end]
            text = ctx.text[start:end]
            replaced = text.replace(label, name, 1) if head.lower_ in EVENT_HEADS else (
                f"{name} by {actor.lower()}")
            out.append(Candidate(MISNAMED, start, end, (replaced,), confidence=0.75,
                                 fields={"harm": f"{name} by {actor.lower()}"}))
            continue
        out.append(Candidate(CONFLATION, start, end, _suggest(ctx, head, first),
                             confidence=0.9 if hit.phrase not in BARE else 0.75))
    return out


def _bare_counts(hit: Hit, head: Token, ctx: DocContext) -> bool:
    """A bare "trafficking" or "slavery" counts only as a label for the event or the people."""
    if head.lower_ in EVENT_HEADS or head.lower_ in PEOPLE_HEADS:
        return True
    return hit.phrase == "trafficked" and ctx.raid_story and head.pos_ in {"VERB", "ADJ"}


GENERIC = frozenset({"human trafficking", "sex trafficking", "modern slavery",
                     "modern-day slavery", "modern day slavery", "sexual servitude"})


def _generic_statement(hit: Hit, head: Token, ctx: DocContext) -> bool:
    """ "Human trafficking is a serious crime": a statement about the crime, not the event."""
    if hit.phrase not in GENERIC or head.lower_ in EVENT_HEADS | PEOPLE_HEADS:
        return False
    if not _sex_work_setting(ctx):
        return True
    return head.dep_ in {"nsubj", "nsubjpass"} and head.head.lemma_ in {"be", "remain", "exist"}


def _suggest(ctx: DocContext, head: Token, first: Token) -> tuple[str, ...]:
    kinds = [KIND_WORDS[k] for k in facts(ctx).other_charge_kinds if k in KIND_WORDS]
    noun = head.lower_
    if noun in EVENT_HEADS:
        out = [f"police {noun}"]
        if kinds and noun in {"bust", "sting", "raid", "sweep", "crackdown", "arrests"}:
            out.append(f"{' and '.join(kinds[:2])} arrests")
        return tuple(out)
    if noun in VICTIM_HEADS or first.lower_ in {"victims"} or noun in PEOPLE_HEADS:
        return ("women", "workers")
    if kinds:
        return (f"{kinds[0]} case",)
    return ("sex work",) if ctx.raid_story else ()


def detect_misnamed(sent: Sentence, hits: list[Hit], ctx: DocContext) -> list[Candidate]:
    """A trafficking verb whose own subject or object shows the relationship, or a text that
    describes the harm: name the harm and its actor instead."""
    described = facts(ctx).described_harm
    out = []
    for hit in hits:
        tokens = sent.tokens_in(hit.start, hit.end)
        if not tokens:
            continue
        verb = tokens[0]
        if verb.lower_ in {"trafficker", "traffickers"}:
            first, last = verb, verb
            for child in verb.lefts:
                if child.dep_ == "poss":
                    first = child
            who: Token | None = verb
        elif verb.pos_ == "VERB" or verb.tag_ in {"VBD", "VBN", "VBG"}:
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None and subj.lower_ in {"who", "that"} and verb.dep_ == "relcl":
                subj = verb.head
            objects = [c for c in verb.children if c.dep_ in {"dobj", "agent"}]
            if subj is None and not objects:
                continue  # "trafficking" as an activity in general, not something done to someone
            first = noun_phrase(subj)[0] if subj is not None else verb
            first = sent.doc[min(first.i, verb.i)]
            ends = [o if o.dep_ == "dobj" else next((c for c in o.children if c.dep_ == "pobj"), o)
                    for o in objects]
            last = max([verb, *ends], key=lambda t: t.i)
            who = subj
        else:
            continue
        start, end = sent.offset(first), sent.end_offset(last)
        if DEFINITION.search(ctx.folded[sent.start:sent.start + len(sent.doc.text)]):
            continue  # a statistic or a definition, not something done to someone here
        role = _role(ctx.text[start:end])
        if role is not None:
            kind, harm = role
            harm = harm or _work_harm(ctx)
            actor_text = sent.text_of(*noun_phrase(who)) if who is not None else ""
            if kind == "partner" and who is not None and not _role(actor_text):
                actor_text = "her partner"
            label = f"{harm} by {actor_text.lower()}" if actor_text else harm
            out.append(Candidate(MISNAMED, start, end, (label,),
                                 Actor(actor_text, kind) if actor_text else None, 0.8,
                                 {"harm": label}))
        elif described is not None and not _excused(hit, sent.index, ctx):
            name, actor_text = described
            label = f"{name} by {actor_text.lower()}"
            out.append(Candidate(MISNAMED, start, end, (label,), confidence=0.75,
                                 fields={"harm": label}))
    return out
