"""``unspin name``: every harm an account describes, with who did it (TAXONOMY §2).

An account is read clause by clause for acts (``rules/lexicons/harm_acts.yml``: taking
money, hitting, arresting, deporting, locking in...). Who did the act decides the harm:
money kept by a boyfriend is intimate partner violence, by a boss wage theft, by police a
seizure (``rules/harms/*.yml``). The actor is the agent of a passive ("by Border Force"),
else the nearest actor before the act in its sentence (pronouns resolved), else the actor
the act implies (a deportation is done by immigration authorities). Nothing harmful
described means no harm returned.
"""

from __future__ import annotations

import bisect
import functools

import re
from dataclasses import dataclass

from unspin.analyse.harm_actors import ActorMention, actor_mentions, partner_of_victim, pronouns
from unspin.analyse.harm_rules import HarmRule, act_lexicon, load_harm_rules
from unspin.analyse.sentence_spans import sentence_at, sentence_spans
from unspin.model import Actor, Evidence, Harm, HarmsResult

IMPLIED_LABELS = {
    "police": "police",
    "immigration": "immigration authorities",
    "employer": "the employer",
    "state-other": "the state",
}
_NEGATION = re.compile(
    r"\b(?:not|never|no|none|nobody|didn't|don't|doesn't|wasn't|weren't|without)\s+(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)
_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|got|is|are)\s+(?:[\w'-]+\s+){0,6}?$", re.IGNORECASE
)
_PASSIVE_IN_ACT = re.compile(r"^(?:was|were|been|got|get)\b|\b(?:were|was)\s+(?:held|kept|taken)",
                             re.IGNORECASE)  # fmt: skip
_BY_AGENT = re.compile(r"\s+by\s+", re.IGNORECASE)
_CLAUSE_END = re.compile(
    r",|;|:|\.(?:\s|$)|\n|\s+(?:and|but|while|when|after|before|because|instead|then|said)\s+",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(
    r"[,;:]\s+|\s+(?:and|but|while|when|after|before|because)\s+", re.IGNORECASE
)
_TRAFFICKING_LABEL = re.compile(
    r"\b(?:(?:sex|human)\s+)?traffick(?:ed|ing|er|ers)\b|\bmodern[- ]day\s+slavery\b"
    r"|\bmodern\s+slavery\b|\bsex\s+slaves?\b",
    re.IGNORECASE,
)


# The people the account is about, as the subject of an act ("we worked 14 hours").
WORKER = Actor("", "worker")
_WORKER_ACTS = frozenset({"conditions", "unpaid"})
_ENFORCEMENT = frozenset({"police", "immigration"})
_WHO_AFTER = re.compile(r",?\s+(?:who|that)\b", re.IGNORECASE)
_AFTER_PREPOSITION = re.compile(
    r"\b(?:to|with|for|from|at|by|about|into|than|as|near|past)\s+(?:the\s+|a\s+|an\s+|my\s+|her"
    r"\s+|his\s+|their\s+|our\s+|some\s+|other\s+)?$",
    re.IGNORECASE,
)
_NOMINAL = re.compile(r"(?:raids?|sting|bust)$", re.IGNORECASE)
_NOMINAL_BEFORE = re.compile(r"\b(?:the|a|during|after|before|in)\s+$", re.IGNORECASE)
_CLAUSE_INITIAL = re.compile(
    r"(?:^|[.;:,]\s*|\b(?:and|but|so|then|while|when|because)\s+)(?:\w+\s+){0,3}$", re.IGNORECASE
)


_PEOPLE = re.compile(
    r"\b(?:I|we|she|they|my|our|women|woman|workers?|girls?|dancers?|masseuses?|coworkers?"
    r"|sex\s+workers?|escorts?)\b",
    re.IGNORECASE,
)
_NAMED_SUBJECT = re.compile(r"\b([A-Z][a-z]+)\s+(?:was|were|had|has|is)\b")


def _about_people(text: str, s_lo: int, end: int) -> bool:
    """An act with no named actor must be about the people the account is about."""
    if _PEOPLE.search(text, s_lo, end):
        return True
    return any(m.group(1).lower() not in _NOT_NAMES
               for m in _NAMED_SUBJECT.finditer(text, s_lo, end))  # fmt: skip


_NOT_NAMES = frozenset({"he", "it", "this", "that", "police", "she", "they", "there", "who"})


def _clause_initial(text: str, s_lo: int, at: int) -> bool:
    """True when the mention at ``at`` opens its clause (it is a subject, not an object)."""
    return _CLAUSE_INITIAL.search(text[s_lo:at]) is not None and not re.search(
        r"\b(?:[a-z]+ed|took|kept|made|told|paid|pays|hit|beat|put|gave|let)\s+(?:\w+\s+){0,2}$",
        text[s_lo:at],
    )


@dataclass(frozen=True)
class _Act:
    category: str
    start: int
    end: int


def find_harms(text: str, *, skip_acts: frozenset[str] = frozenset()) -> HarmsResult:
    """Every harm the text describes, one per harm and actor type, in text order.

    ``skip_acts`` leaves out act categories the caller does not need (the raid's own acts
    when only the harm behind a trafficking label matters), which saves most of the work
    on a raid story."""
    acts = _acts(text, skip_acts)
    if not acts:
        return HarmsResult()
    rules = load_harm_rules()
    sentences = sentence_spans(text)
    mentions = actor_mentions(text)
    found: list[tuple[Harm, bool, str]] = []  # (harm, actor implied?, act category)
    for act in acts:
        s_lo, s_hi = sentence_at(sentences, act.start)
        if _NEGATION.search(text[max(s_lo, act.start - 40) : act.start]):
            continue
        actor, implied = _actor(text, act, (s_lo, s_hi), mentions, acts)
        if (actor is None or _NOMINAL.match(text[act.start : act.end])) and not _about_people(
            text, s_lo, s_hi
        ):
            continue  # "the dogs were found without water", "the men were charged"
        named = _harm_for(rules, act.category, actor, implied)
        if named is None and implied and actor is not None and actor is not WORKER:
            # "she" resolved to an actor who does not do such acts: the act implies its actor
            named = _harm_for(rules, act.category, None, True, implied_only=True)
        implied = implied and (named is None or not named[1].text)
        if named is None:
            continue
        rule, actor = named
        harm = _harm(text, rule, actor, act, (s_lo, s_hi), sentences)
        found.append((harm, implied, act.category))
    return HarmsResult(tuple(_select(found, sentences)))


def harms_near(text: str, start: int, end: int) -> list[Harm]:
    """Harms whose evidence lies in the sentence holding [start, end) or the one after.

    For ``unspin check``'s harm-misnamed frame: what a sentence calling something
    "trafficking" actually describes.
    """
    sentences = sentence_spans(text)
    lo, hi = sentence_at(sentences, start)
    idx = sentences.index((lo, hi)) if (lo, hi) in sentences else 0
    if idx + 1 < len(sentences):
        hi = sentences[idx + 1][1]
    return [h for h in find_harms(text).harms if lo <= h.evidence.start < hi]


# What a raid itself does to workers: not the "concrete harm" a trafficking label hides.
RAID_HARMS = frozenset({"raid-arrest-charge", "immigration-enforcement", "seizure", "surveillance"})
# Act categories that only ever make one of those harms.
RAID_ACTS = frozenset({"arrest-raid", "detention", "immigration", "surveillance"})


def described_harm(text: str) -> tuple[str, str] | None:
    """(harm name, actor as written) of the first concrete harm the text describes, leaving
    out the raid's own acts; for ``unspin check``'s harm-misnamed suggestion ("intimate
    partner violence", "her boyfriend")."""
    rules = load_harm_rules()
    for harm in find_harms(text, skip_acts=RAID_ACTS).harms:
        if harm.harm not in RAID_HARMS and harm.actor.text:
            return rules[harm.harm].name, harm.actor.text
    return None


@functools.lru_cache(maxsize=4)
def _any_act(skip: frozenset[str]) -> re.Pattern[str]:
    """All act patterns as one alternation: one pass finds where acts may be."""
    patterns = [p.pattern for c, ps in act_lexicon().acts.items() if c not in skip for p in ps]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def _act_regions(text: str, skip: frozenset[str]) -> list[tuple[int, int]]:
    """The sentences (with one either side) where the single pass saw an act."""
    hits = [m.start() for m in _any_act(skip).finditer(text)]
    if not hits:
        return []
    sentences = sentence_spans(text)
    starts = [s for s, _ in sentences]
    regions: list[tuple[int, int]] = []
    for offset in hits:
        i = max(bisect.bisect_right(starts, offset) - 1, 0)
        lo = sentences[max(i - 1, 0)][0]
        hi = sentences[min(i + 1, len(sentences) - 1)][1]
        if regions and lo <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(hi, regions[-1][1]))
        else:
            regions.append((lo, hi))
    return regions


def _acts(text: str, skip: frozenset[str] = frozenset()) -> list[_Act]:
    """Every act pattern's matches; the patterns run only where the one-pass scan saw an act
    (about 4 times faster on a news story, same matches)."""
    regions = _act_regions(text, skip)
    found: list[_Act] = []
    for category, patterns in act_lexicon().acts.items():
        if category in skip:
            continue
        for pattern in patterns:
            for lo, hi in regions:
                for m in pattern.finditer(text, lo, hi):
                    found.append(_Act(category, m.start(), m.end()))
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    return found


def _actor(
    text: str,
    act: _Act,
    sentence: tuple[int, int],
    mentions: list[ActorMention],
    acts: list[_Act],
) -> tuple[Actor | None, bool]:
    """(actor, implied): the by-agent, else the nearest actor before the act, else None."""
    s_lo, s_hi = sentence
    by = _BY_AGENT.match(text, act.end)
    if by is not None:
        agent = next((m for m in mentions if by.end() <= m.start <= by.end() + 12), None)
        if agent is not None and agent.type != "worker":
            return Actor(agent.text, agent.type), False
    clause_lo = s_lo
    for m in _CLAUSE_START.finditer(text, s_lo, act.start):
        clause_lo = m.start()
    before = text[s_lo : act.start]
    act_text = text[act.start : act.end]
    candidates = [m for m in mentions if s_lo <= m.start and m.end <= act.start
                  and not any(a.start <= m.start < a.end for a in acts)
                  and (m.type != "worker" or _clause_initial(text, s_lo, m.start))
                  and (not _AFTER_PREPOSITION.search(text, s_lo, m.start)
                       or _WHO_AFTER.match(text, m.end))]  # fmt: skip
    nearest = candidates[-1] if candidates else None
    if _NOMINAL.match(act_text) and _NOMINAL_BEFORE.search(before):
        state = [m for m in mentions if s_lo <= m.start < s_hi and m.type in _ENFORCEMENT]
        return (Actor(state[0].text, state[0].type), False) if state else (None, True)
    inside = [m for m in mentions if act.start <= m.start < min(act.end, act.start + 12)
              and m.type != "worker"]  # fmt: skip
    pron = [p for p in pronouns(text) if s_lo <= p[0] and p[1] <= act.start]
    aux = act.start if _PASSIVE_IN_ACT.search(act_text) else None
    if aux is None and not act_text.split(" ", 1)[0].lower().endswith("ing"):
        pm = _PASSIVE.search(before)
        aux = s_lo + pm.start() if pm else None
    if aux is not None and (nearest is None or nearest.end <= aux):
        return None, True
    if pron and (nearest is None or pron[-1][0] > nearest.start):
        resolved = _resolve_pronoun(text, pron[-1], mentions)
        if resolved is not None:
            return resolved, resolved is not WORKER and pron[-1][2] in ("she", "he")
        if pron[-1][2] == "he" and _subject_of(text, pron[-1], act.start):
            return Actor(text[pron[-1][0] : pron[-1][1]], "unknown"), False
    if nearest is not None:
        if nearest.type == "worker":
            return WORKER, True
        return Actor(nearest.text, nearest.type), False
    if inside:
        return Actor(inside[0].text, inside[0].type), False
    around = [m for m in mentions if m.start < act.start < m.end and m.type != "worker"]
    if around:  # "an undercover officer": the act word sits inside the actor's phrase
        return Actor(around[0].text, around[0].type), False
    earlier = [m for m in mentions if m.end <= s_lo and m.type != "worker"]
    if earlier and clause_lo == s_lo:
        return Actor(earlier[-1].text, earlier[-1].type), False
    return None, True


def _subject_of(text: str, pron: tuple[int, int, str], act_start: int) -> bool:
    """The pronoun is the subject right before the act ("He took ...")."""
    return re.fullmatch(r"\s*(?:\w+ly\s+|then\s+|also\s+)?", text[pron[1] : act_start]) is not None


def _resolve_pronoun(
    text: str, pron: tuple[int, int, str], mentions: list[ActorMention]
) -> Actor | None:
    start, end, word = pron
    before = [m for m in mentions if m.end <= start]
    if word == "they":
        plural = [m for m in before if m.plural]
        if not plural:
            return None
        if plural[-1].type == "worker":
            return WORKER
        return Actor(plural[-1].text, plural[-1].type)
    singular = [m for m in before if not m.plural and m.type != "worker"]
    if singular:
        return Actor(singular[-1].text, singular[-1].type)
    if partner_of_victim(text):
        return Actor(text[start:end], "partner")
    return None


def _harm_for(
    rules: dict[str, HarmRule],
    category: str,
    actor: Actor | None,
    implied: bool,
    *,
    implied_only: bool = False,
) -> tuple[HarmRule, Actor] | None:
    if actor is WORKER:
        if category not in _WORKER_ACTS:
            return None
        actor = None
    if actor is not None:
        for rule in rules.values():
            if category in rule.acts.get(actor.type, ()):
                return rule, actor
        return None
    for rule in rules.values():
        if rule.implied_actor and category in rule.acts.get(rule.implied_actor, ()):
            return rule, Actor("", rule.implied_actor)
    if implied_only:
        return None
    for rule in rules.values():
        if category in rule.acts.get("unknown", ()):
            return rule, Actor("", "unknown")
    return None


def _harm(
    text: str,
    rule: HarmRule,
    actor: Actor,
    act: _Act,
    sentence: tuple[int, int],
    sentences: list[tuple[int, int]],
) -> Harm:
    s_lo, s_hi = sentence
    end = act.end
    stop = _CLAUSE_END.search(text, act.end, s_hi)
    end = stop.start() if stop else s_hi
    end = min(end, act.start + 120)
    start = act.start
    if actor.text and text.find(actor.text, act.end, end + len(actor.text) + 4) >= 0:
        start = -1  # "her visa was cancelled by Border Force": from the clause start
    elif actor.text:
        idx = text.rfind(actor.text, s_lo, act.start)
        if idx >= 0 and not _CLAUSE_START.search(text, idx + len(actor.text), act.start):
            start = idx
    if start < 0 or not actor.text:
        clause = s_lo
        for m in _CLAUSE_START.finditer(text, s_lo, act.start):
            clause = m.end()
        start = clause
    evidence = Evidence(start, end, text[start:end])
    return Harm(rule.id, rule.family, actor, evidence, _sentence(text, rule, actor, evidence,
                                                                sentence, sentences))  # fmt: skip


def _sentence(
    text: str,
    rule: HarmRule,
    actor: Actor,
    evidence: Evidence,
    sentence: tuple[int, int],
    sentences: list[tuple[int, int]],
) -> str:
    said = evidence.text.strip().rstrip(".")
    said = said[0].lower() + said[1:] if said[:2] not in ("I ", "I'") and _lower_ok(said) else said
    who = _label(actor)
    if not actor.text or actor.text.lower() in said.lower():
        lead = f" by {who}" if who and not actor.text else ""
        out = f"This is {rule.name}{lead}: {said}."
    else:
        out = f"This is {rule.name}: {who} {said}."
    label = _trafficking_label(text, sentence, sentences)
    if label:
        out += f' The text calls it "{label}".'
    return out


def _label(actor: Actor) -> str:
    if actor.text:
        return actor.text[0].lower() + actor.text[1:] if _lower_ok(actor.text) else actor.text
    return IMPLIED_LABELS.get(actor.type, "")


def _lower_ok(s: str) -> bool:
    first = s.split(" ", 1)[0]
    return first.lower() in {"the", "a", "an", "my", "her", "his", "our", "their", "two", "three",
                             "no", "nobody", "five", "six", "seven", "eight", "ten", "deputies",
                             "four", "officers", "police", "she", "he", "they", "we", "one",
                             "after", "during", "when", "vice", "sheriff's", "child", "nine",
                             "undercover", "immigration", "border"}  # fmt: skip


def _trafficking_label(
    text: str, sentence: tuple[int, int], sentences: list[tuple[int, int]]
) -> str | None:
    i = sentences.index(sentence) if sentence in sentences else 0
    lo = sentences[max(0, i - 1)][0]
    hi = sentences[min(len(sentences) - 1, i + 1)][1]
    m = _TRAFFICKING_LABEL.search(text, lo, hi)
    return m.group().lower() if m else None


def _select(
    found: list[tuple[Harm, bool, str]], sentences: list[tuple[int, int]]
) -> list[Harm]:
    """One harm per (harm, actor type); implied actors give way to named ones; debts in a
    sentence that describes forced labour belong to the forced labour."""
    named = {(h.harm) for h, implied, _ in found if not implied}
    forced = {sentence_at(sentences, h.evidence.start) for h, _, _ in found
              if h.harm == "forced-labour"}  # fmt: skip
    specific = {(sentence_at(sentences, h.evidence.start), h.actor.type, h.actor.text)
                for h, _, _ in found if h.harm != "other-harm"}  # fmt: skip
    out: list[Harm] = []
    seen: set[tuple[str, str]] = set()
    for harm, implied, category in found:
        if implied and harm.harm in named:
            continue
        if harm.harm == "other-harm" and (
            sentence_at(sentences, harm.evidence.start), harm.actor.type, harm.actor.text
        ) in specific:
            continue
        if harm.harm == "wage-theft" and category == "fees-debt" and (
            sentence_at(sentences, harm.evidence.start) in forced
        ):
            continue
        key = (harm.harm, harm.actor.type)
        if key in seen:
            continue
        seen.add(key)
        out.append(harm)
    return sorted(out, key=lambda h: h.evidence.start)
