"""Harms named with their actor: text -> (harm, actor type, actor text, evidence)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from unspin.analyse.harm_rules import load_harm_rules, parse_harm_rule
from unspin.analyse.harms import described_harm, find_harms, harms_near
from unspin.errors import RuleError
from unspin.model import HARM_FAMILIES

EVAL = Path(__file__).resolve().parents[1] / "eval" / "harms_eval.yml"

CASES = [
    ("My girlfriend kept all of my tips.",
     [("intimate-partner-violence", "partner", "My girlfriend",
       "My girlfriend kept all of my tips")]),
    ("The manager kept all of my tips.",
     [("wage-theft", "employer", "The manager", "The manager kept all of my tips")]),
    ("The police kept all of my savings.",
     [("seizure", "police", "The police", "The police kept all of my savings")]),
    ("Her visa was cancelled by Border Force.",
     [("immigration-enforcement", "immigration", "Border Force",
       "Her visa was cancelled by Border Force")]),
    ("She was deported in May.",
     [("immigration-enforcement", "immigration", "", "She was deported in May")]),
    ("A customer choked her.",
     [("client-violence", "client", "A customer", "A customer choked her")]),
    ("The recruiter said she could not leave until the debt was paid.",
     [("forced-labour", "recruiter-smuggler", "The recruiter",
       "The recruiter said she could not leave until the debt was paid")]),
    ("We worked sixteen hours a day.",
     [("unsafe-conditions", "employer", "", "We worked sixteen hours a day")]),
    ("The landlord evicted her when he found out she was an escort.",
     [("workplace-discrimination", "landlord", "The landlord", "The landlord evicted her")]),
    # not harms
    ("My manager pays us every week and we keep our tips.", []),
    ("Firefighters rescued a family from the flood.", []),
    ("Officers arrested a man who had robbed a bank.", []),
    ("None of the women said they were forced to work.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_harms_find_harms_table(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    got = [(h.harm, h.actor.type, h.actor.text, h.evidence.text) for h in find_harms(text).harms]
    assert got == expected


def test_harms_family_and_sentence_name_act_and_actor() -> None:
    (harm,) = find_harms("Her boyfriend took all of her earnings.").harms
    assert harm.family == "intimate partner violence"
    assert harm.sentence == (
        "This is intimate partner violence: her boyfriend took all of her earnings."
    )


def test_harms_sentence_says_when_the_text_calls_it_trafficking() -> None:
    text = "Police said she was trafficked by her boyfriend, who kept the money she earned."
    (harm,) = find_harms(text).harms
    assert harm.harm == "intimate-partner-violence"
    assert harm.sentence.endswith('The text calls it "trafficked".')


def test_harms_never_call_workers_victims() -> None:
    items = yaml.safe_load(EVAL.read_text(encoding="utf-8"))
    for item in items:
        for harm in find_harms(item["text"]).harms:
            assert "victim" not in harm.sentence.split(":")[0].lower()


def test_harms_multi_label_one_per_harm_and_actor() -> None:
    text = "The boss kept half our tips, fined us for being late and made us work 14 hours."
    got = [(h.harm, h.actor.type) for h in find_harms(text).harms]
    assert got == [("wage-theft", "employer"), ("unsafe-conditions", "employer")]


def test_harms_near_finds_the_harm_a_trafficking_sentence_describes() -> None:
    text = "He trafficked her for years. He took everything she earned. It rained on Sunday."
    near = harms_near(text, 0, 14)
    assert [(h.harm, h.actor.type, h.evidence.text) for h in near] == [
        ("other-harm", "unknown", "He took everything she earned")
    ]
    text = "Police said he trafficked his girlfriend. He took everything she earned."
    assert [(h.harm, h.actor.type) for h in harms_near(text, 12, 22)] == [
        ("intimate-partner-violence", "partner")
    ]


def test_harms_rule_files_cover_every_harm_id() -> None:
    assert list(load_harm_rules()) == list(HARM_FAMILIES)


@pytest.mark.parametrize("harm_id", list(HARM_FAMILIES))
def test_harms_rule_examples_flag_and_pass(harm_id: str) -> None:
    rule = load_harm_rules()[harm_id]
    for example in rule.examples.flag:
        assert harm_id in [h.harm for h in find_harms(example).harms], example
    for example in rule.examples.pass_:
        assert harm_id not in [h.harm for h in find_harms(example).harms], example


WAGE_THEFT = yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "src/unspin/rules/harms/wage-theft.yml").read_text()
)
BAD_FILES = [
    ({"id": "wage-theft"}, "field 'family'"),
    ({**WAGE_THEFT, "acts": {"boss": ["money-taking"]}}, "unknown actor type"),
    ({**WAGE_THEFT, "acts": {"employer": ["shouting"]}}, "unknown act category"),
    ({**WAGE_THEFT, "id": "wage-theft", "family": "state violence"}, "belongs to"),
]


@pytest.mark.parametrize(("data", "reason"), BAD_FILES)
def test_harms_bad_rule_file_names_file_and_field(data: dict[str, object], reason: str) -> None:
    with pytest.raises(RuleError) as info:
        parse_harm_rule("rules/harms/wage-theft.yml", data, {"money-taking", "unpaid"})
    assert info.value.source == "rules/harms/wage-theft.yml"
    assert reason in info.value.reason


def test_harms_labelled_set_meets_targets() -> None:
    """The issue's bar: precision and recall >= 0.9 on (harm, actor type) pairs."""
    items = yaml.safe_load(EVAL.read_text(encoding="utf-8"))
    tp = fp = fn = 0
    for item in items:
        gold = {(h, a) for h, a in item["harms"]}
        got = {(h.harm, h.actor.type) for h in find_harms(item["text"]).harms}
        tp, fp, fn = tp + len(got & gold), fp + len(got - gold), fn + len(gold - got)
    assert len(items) >= 60
    assert tp / (tp + fp) >= 0.9 and tp / (tp + fn) >= 0.9


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Police said he trafficked her. Her boyfriend kept the money she earned.",
      ("intimate partner violence", "Her boyfriend")),
     ("Police raided the spa and seized $9,000 in cash, calling it a trafficking bust.", None),
     ("The owner kept half of their tips, in what police called trafficking.",
      ("wage theft", "The owner"))],
)
def test_harms_described_harm_for_check(text: str, expected: tuple[str, str] | None) -> None:
    assert described_harm(text) == expected
