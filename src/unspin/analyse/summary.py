"""The plain re-description of a ledger: who did what to whom, with the numbers.

Built from the fields, never from a template with blanks: a sentence is written only for
what the text states. It states every count the ledger holds, says when no trafficking
charge is reported for a story with charges or a rescue claim, and says when the story does
not report what happened to the people it calls rescued.
"""

from __future__ import annotations

from unspin.model import CHARGE_KINDS, Count, LedgerResult

_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
KIND_PHRASES = {
    "trafficking": "trafficking",
    "prostitution-related": "prostitution-related",
    "immigration": "immigration",
    "money-laundering": "money-laundering",
    "other": "other",  # drugs, weapons, assault and the like
}


def number(count: Count) -> str:
    """ "six", "26", "more than 30": the value as written, with its qualifier."""
    value = count.value
    assert value is not None
    words = _WORDS[value] if value <= 10 else f"{value:,}"
    qualifier = _qualifier(count)
    return f"{qualifier} {words}" if qualifier else words


def _qualifier(count: Count) -> str | None:
    for ev in count.evidence:
        low = ev.text.lower()
        for q in ("more than", "at least", "nearly", "almost", "about", "around", "over",
                  "up to", "approximately", "roughly"):  # fmt: skip
            if low.startswith(q + " "):
                return q
    return None


def _people(count: Count, noun: str = "people") -> str:
    if count.value == 1:
        return "one person" if noun == "people" else f"one {noun.rstrip('s')}"
    return f"{number(count)} {noun}"


def _agent(ledger: LedgerResult) -> str:
    names = [a.text for a in ledger.agencies]
    if not names:
        return "Police"
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _kinds(kinds: list[str]) -> str:
    phrases = [KIND_PHRASES[k] for k in kinds]
    if len(phrases) == 1:
        return phrases[0]
    return ", ".join(phrases[:-1]) + " and " + phrases[-1]


def _charge_sentence(ledger: LedgerResult, *, convictions: bool) -> tuple[str, bool]:
    """The charges (or convictions) clause and whether it was folded into the arrests."""
    counts = ledger.convictions if convictions else ledger.charged
    stated = [k for k in CHARGE_KINDS if counts[k].value]
    unknown = [k for k in CHARGE_KINDS if counts[k].value is None and counts[k].evidence]
    verb = "convicted" if convictions else "charged"
    of = "of" if convictions else "with"
    parts: list[str] = []
    by_value: dict[int, list[str]] = {}
    for k in stated:
        value = counts[k].value
        assert value is not None
        by_value.setdefault(value, []).append(k)
    for _value, kinds in by_value.items():
        c = counts[kinds[0]]
        parts.append(f"{_people(c)} {'was' if c.value == 1 else 'were'} {verb} {of} "
                     f"{_kinds(kinds)} offences")  # fmt: skip
    if unknown:
        noun = "convictions" if convictions else "charges"
        parts.append(f"the story reports {_kinds(unknown)} {noun} without saying against how "
                     "many people")  # fmt: skip
    if not parts:
        return "", False
    sentence = "; ".join(parts)
    return sentence[0].upper() + sentence[1:] + ".", False


def summarise(ledger: LedgerResult) -> str:
    """Two or three plain sentences from the ledger's fields (more only for rare fields)."""
    sentences: list[str] = []
    agent = _agent(ledger)
    acts: list[str] = []
    if ledger.arrested.value is not None:
        acts.append(f"arrested or detained {_people(ledger.arrested)}")
    if ledger.seized:
        acts.append("seized " + _list([m.text for m in ledger.seized]))
    charged, _ = _charge_sentence(ledger, convictions=False)
    if acts and charged:  # one sentence: what was done, then the charges
        sentences.append(f"{agent} {' and '.join(acts)}; {charged[0].lower()}{charged[1:]}")
    elif acts:
        sentences.append(f"{agent} {' and '.join(acts)}.")
    elif charged:
        sentences.append(charged)
    zero = [k for k in CHARGE_KINDS if ledger.charged[k].value == 0]
    if len(zero) == len(CHARGE_KINDS):
        sentences.append("The story says no one was charged.")
    elif zero and "trafficking" in zero:
        sentences.append("The story says no one was charged with trafficking.")
    if ledger.immigration_actions.value is not None:
        n = ledger.immigration_actions
        sentences.append(
            f"{_people(n).capitalize()} faced immigration action (detention, removal or "
            "deportation)." if n.value else "The story reports no immigration action."
        )
    convicted, _ = _charge_sentence(ledger, convictions=True)
    if convicted:
        sentences.append(convicted)
    acquitted = [k for k in CHARGE_KINDS if ledger.convictions[k].value == 0]
    if acquitted:
        sentences.append(f"No one was convicted of {_kinds(acquitted)} offences.")
    sentences.extend(_claim_sentences(ledger))
    if not sentences:
        return "The text reports no raid, arrest, charge or rescue claim."
    return " ".join(sentences)


def _claim_sentences(ledger: LedgerResult) -> list[str]:
    out: list[str] = []
    claim = ledger.claimed_rescued
    has_charges = any(ledger.charged[k].evidence for k in CHARGE_KINDS)
    trafficking = ledger.charged["trafficking"]
    if trafficking.value is None and not trafficking.evidence and (has_charges or claim.evidence):
        out.append("No trafficking charge is reported.")
    said = ""
    if claim.value is not None and claim.value > 0:
        said = (f"The story says {_people(claim)} {'was' if claim.value == 1 else 'were'} "
                "rescued or identified as victims")  # fmt: skip
    elif claim.value == 0:
        out.append("The story says no victims were identified.")
    elif claim.evidence:
        said = "The story says people were rescued without saying how many"
    if ledger.outcome_reported.value is False:
        who = f"the {number(claim)} people" if claim.value and claim.value > 1 else "them"
        if claim.value == 1:
            who = "that person"
        untold = f"does not say what happened to {who} afterwards"
        out.append(f"{said} but {untold}." if said else f"The story {untold}.")
    elif said:
        out.append(said + ".")
    return out


def _list(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]
