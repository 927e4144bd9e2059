"""Ledger fields, field by field: text -> value and the evidence it rests on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from unspin.analyse.ledger import build_ledger
from unspin.model import CHARGE_KINDS

EVAL = Path(__file__).resolve().parents[1] / "eval" / "ledger_eval.yml"

RAID = (
    "Officers from the Reno Police Department raided four massage businesses in Reno and "
    "Sparks on Monday and rescued twelve women. Three people were arrested. The three were "
    "charged with pandering and money laundering. Police seized $40,000 in cash and six phones."
)


def _value(text: str, field: str) -> Any:
    result = build_ledger(text).to_dict()
    if "." in field:
        group, kind = field.split(".")
        return result[group][kind]["value"]
    if isinstance(result[field], list):
        return [m["text"] for m in result[field]]
    return result[field]["value"]


FIELDS = [
    # (text, field, expected value)
    (RAID, "agencies", ["Reno Police Department"]),
    (RAID, "places", ["Reno", "Sparks"]),
    (RAID, "date", "Monday"),
    (RAID, "claimed_rescued", 12),
    (RAID, "arrested", 3),
    (RAID, "charged.prostitution-related", 3),
    (RAID, "charged.money-laundering", 3),
    (RAID, "charged.trafficking", None),
    (RAID, "seized", ["$40,000 in cash", "six phones"]),
    (RAID, "outcome_reported", False),
    # operation names
    ("Project Nightjar ended with four arrests.", "operation", "Nightjar"),
    ("The operation ended with four arrests.", "operation", None),
    # numbers in words and qualifiers
    ("Police arrested more than 30 people.", "arrested", 30),
    ("A dozen women were rescued.", "claimed_rescued", 12),
    ("Deputies arrested a woman at the spa.", "arrested", 1),
    # the same people twice count once; separate groups add up
    ("Six people were arrested. The six were released.", "arrested", 6),
    ("Police arrested five men. In a separate raid, officers arrested two more.", "arrested", 7),
    # groups listed in one clause add up
    ("Of those arrested, 40 were charged with soliciting and 12 with promoting prostitution.",
     "charged.prostitution-related", 52),
    # an explicit zero
    ("No trafficking charges were laid.", "charged.trafficking", 0),
    ("No criminal charges were laid.", "charged.immigration", 0),
    ("No victims were identified.", "claimed_rescued", 0),
    # immigration: same people at successive steps count once
    ("Eight women were detained by the Canada Border Services Agency and later deported.",
     "immigration_actions", 8),
    # charge stated, number of people not: null, never a guess
    ("Charges include procuring and advertising sexual services.",
     "charged.prostitution-related", None),
    # convictions are not charges
    ("She was convicted of money laundering.", "convictions.money-laundering", 1),
    ("She was convicted of money laundering.", "charged.money-laundering", None),
    # not a place: where people come from
    ("Police detained 14 women from China in Portland.", "places", ["Portland"]),
    # outcomes: offered support is not one; removal is
    ("Nine women were rescued and offered support.", "outcome_reported", False),
    ("Nine women were rescued. The women were later deported.", "outcome_reported", True),
    ("Police arrested two men.", "outcome_reported", None),
    ("Police rescued 11 women. CBSA issued removal orders to all 11 women.",
     "outcome_reported", True),
    ("Police rescued 11 women. CBSA issued removal orders to all 11 women.",
     "immigration_actions", 11),
]


@pytest.mark.parametrize(("text", "field", "expected"), FIELDS)
def test_ledger_field_table(text: str, field: str, expected: Any) -> None:
    assert _value(text, field) == expected


def test_ledger_null_field_has_no_evidence_and_stated_field_has_spans() -> None:
    result = build_ledger(RAID)
    assert result.immigration_actions.value is None and result.immigration_actions.evidence == ()
    for ev in result.arrested.evidence + result.claimed_rescued.evidence:
        assert RAID[ev.start : ev.end] == ev.text
    assert [e.text for e in result.arrested.evidence] == ["Three people were arrested"]


def test_ledger_qualifier_kept_in_evidence() -> None:
    result = build_ledger("Border Force officers detained more than 30 workers last week.")
    assert result.immigration_actions.value == 30
    assert "more than 30 workers" in result.immigration_actions.evidence[0].text


def test_ledger_text_without_event_invents_nothing() -> None:
    text = "Advocates told a committee on Wednesday that a new bill would push work underground."
    result = build_ledger(text).to_dict()
    assert result["agencies"] == [] and result["places"] == [] and result["seized"] == []
    for field in ("operation", "date", "claimed_rescued", "arrested", "immigration_actions",
                  "outcome_reported"):  # fmt: skip
        assert result[field] == {"value": None, "evidence": []}
    for kind in CHARGE_KINDS:
        assert result["charged"][kind]["value"] is None


def test_ledger_to_dict_has_the_contract_keys_in_order() -> None:
    keys = list(build_ledger(RAID, path="a.txt").to_dict())
    assert keys == ["path", "text_sha256", "operation", "agencies", "places", "date",
                    "claimed_rescued", "arrested", "charged", "immigration_actions", "seized",
                    "convictions", "outcome_reported", "summary"]  # fmt: skip


def _gold(gold: dict[str, Any], field: str) -> Any:
    if "." in field:
        group, kind = field.split(".")
        return (gold.get(group) or {}).get(kind)
    value = gold.get(field)
    if field in ("agencies", "places", "seized"):
        return sorted(str(v).lower() for v in value or [])
    return str(value) if field in ("operation", "date") and value is not None else value


def test_ledger_labelled_set_meets_targets() -> None:
    """The issue's bar on the labelled set: field accuracy >= 0.95, no invented value."""
    items = yaml.safe_load(EVAL.read_text(encoding="utf-8"))
    fields = ["operation", "agencies", "places", "date", "claimed_rescued", "arrested",
              *(f"charged.{k}" for k in CHARGE_KINDS), "immigration_actions", "seized",
              *(f"convictions.{k}" for k in CHARGE_KINDS), "outcome_reported"]  # fmt: skip
    right = invented = 0
    for item in items:
        for field in fields:
            got = _value(item["text"], field)
            if isinstance(got, list):
                got = sorted(g.lower() for g in got)
            want = _gold(item["gold"], field)
            right += got == want
            invented += want in (None, []) and got not in (None, [])
    assert len(items) >= 40
    assert right / (len(items) * len(fields)) >= 0.95
    assert invented == 0
