"""The plain re-description: states every count, and says what is missing."""

from __future__ import annotations

import re

import pytest

from unspin.analyse.ledger import build_ledger
from unspin.analyse.summary import summarise
from unspin.model import Count, Evidence, Flag, LedgerResult, Mention


def _ledger(**fields: object) -> LedgerResult:
    return LedgerResult(**fields)  # type: ignore[arg-type]


def _charged(**kinds: int | None) -> dict[str, Count]:
    out = {k: Count(None) for k in ("trafficking", "prostitution-related", "immigration",
                                     "money-laundering", "other")}  # fmt: skip
    for kind, value in kinds.items():
        out[kind.replace("_", "-")] = Count(value, (Evidence(0, 1, "x"),))
    return out


SEATTLE = _ledger(
    agencies=(Mention("Seattle Police Department", 0, 25),),
    claimed_rescued=Count(26, (Evidence(0, 16, "26 women rescued"),)),
    arrested=Count(6, (Evidence(0, 10, "six people"),)),
    charged=_charged(prostitution_related=6, money_laundering=6),
    outcome_reported=Flag(False),
)

CASES = [
    (SEATTLE,
     "Seattle Police Department arrested or detained six people; six people were charged with "
     "prostitution-related and money-laundering offences. No trafficking charge is reported. "
     "The story says 26 people were rescued or identified as victims but does not say what "
     "happened to the 26 people afterwards."),
    (_ledger(charged=_charged(trafficking=0), immigration_actions=Count(11),
             claimed_rescued=Count(11, (Evidence(0, 1, "x"),)), outcome_reported=Flag(True)),
     "The story says no one was charged with trafficking. 11 people faced immigration action "
     "(detention, removal or deportation). The story says 11 people were rescued or identified "
     "as victims."),
    (_ledger(arrested=Count(30, (Evidence(0, 12, "more than 30"),))),
     "Police arrested or detained more than 30 people."),
    (_ledger(convictions=_charged(trafficking=1, money_laundering=2)),
     "One person was convicted of trafficking offences; two people were convicted of "
     "money-laundering offences."),
    (_ledger(), "The text reports no raid, arrest, charge or rescue claim."),
]


@pytest.mark.parametrize(("ledger", "expected"), CASES)
def test_summary_wording_table(ledger: LedgerResult, expected: str) -> None:
    assert summarise(ledger) == expected


_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "no": 0}  # fmt: skip

STORIES = [
    "Police in Dayton arrested nine people and rescued four women on Friday. Seven were charged "
    "with promoting prostitution and two with money laundering. Three of the women were later "
    "handed to immigration.",
    "Officers freed 14 women during raids on Tuesday. No trafficking charges were laid.",
    "A man was convicted of sex trafficking. He was arrested in 2022 by the FBI.",
]


def _numbers(summary: str) -> set[int]:
    found = {int(n.replace(",", "")) for n in re.findall(r"\b\d[\d,]*\b", summary)}
    found |= {v for w, v in _WORDS.items() if re.search(rf"\b{w}\b", summary, re.IGNORECASE)}
    return found


@pytest.mark.parametrize("text", STORIES)
def test_summary_states_every_non_null_count(text: str) -> None:
    ledger = build_ledger(text)
    counts = [ledger.claimed_rescued, ledger.arrested, ledger.immigration_actions,
              *ledger.charged.values(), *ledger.convictions.values()]  # fmt: skip
    stated = _numbers(ledger.summary)
    for count in counts:
        if count.value is not None:
            assert count.value in stated, (count, ledger.summary)


def test_summary_mentions_missing_trafficking_charge_and_missing_outcome() -> None:
    ledger = build_ledger("Police rescued 12 women from two spas. The owner was charged with "
                          "keeping a common bawdy house.")  # fmt: skip
    assert "No trafficking charge is reported." in ledger.summary
    assert "does not say what happened to the 12 people" in ledger.summary


def test_summary_no_missing_outcome_when_one_is_reported() -> None:
    ledger = build_ledger("Police rescued 12 women. The women were later deported.")
    assert "does not say what happened" not in ledger.summary


def test_summary_never_calls_workers_victims_in_its_own_voice() -> None:
    for text in STORIES:
        summary = build_ledger(text).summary
        assert "victims" not in summary.replace("identified as victims", "")
