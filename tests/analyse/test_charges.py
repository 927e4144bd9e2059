"""Charge names as reported, classified by kind and stage, with exact spans."""

from __future__ import annotations

import pytest

from unspin.analyse.charges import Charge, find_charges, kinds_charged


def _c(
    text: str,
    name: str,
    kind: str,
    count: int | None = None,
    negated: bool = False,
    stage: str = "charge",
) -> Charge:
    start = text.index(name)
    return Charge(kind, start, start + len(name), name, count, negated, stage)


CASES = [
    # US style
    ("Six people were charged with promoting prostitution and money laundering.",
     [("promoting prostitution", "prostitution-related"),
      ("money laundering", "money-laundering")]),
    ("He was charged with six counts of promoting prostitution and one count of money "
     "laundering.",
     [("six counts of promoting prostitution", "prostitution-related", 6),
      ("one count of money laundering", "money-laundering", 1)]),
    ("Charges include pandering, conspiracy to commit sex trafficking and wire fraud.",
     [("pandering", "prostitution-related"), ("sex trafficking", "trafficking"),
      ("wire fraud", "other")]),
    ("He was indicted on charges of alien smuggling.", [("alien smuggling", "immigration")]),
    ("He was charged with drug trafficking and possession of a loaded firearm.",
     [("drug trafficking", "other"), ("possession of a loaded firearm", "other")]),
    # Canadian style
    ("She faces charges of keeping a common bawdy house.",
     [("keeping a common bawdy house", "prostitution-related")]),
    ("The man faces charges including receiving a material benefit from sexual services and "
     "procuring.",
     [("receiving a material benefit from sexual services", "prostitution-related"),
      ("procuring", "prostitution-related")]),
    ("Police have laid charges of possession of proceeds of crime against two people.",
     [("possession of proceeds of crime", "money-laundering")]),
    # UK style
    ("Two women were arrested on suspicion of controlling prostitution for gain.",
     [("controlling prostitution for gain", "prostitution-related", None, False,
       "arrest-suspicion")]),
    ("The owner was charged with brothel keeping and living off the earnings of prostitution.",
     [("brothel keeping", "prostitution-related"),
      ("living off the earnings of prostitution", "prostitution-related")]),
    ("He was arrested for prostitution and immigration violations.",
     [("prostitution", "prostitution-related", None, False, "arrest-suspicion"),
      ("immigration violations", "immigration", None, False, "arrest-suspicion")]),
    # Australian style
    ("Four women were charged with working in breach of visa conditions.",
     [("working in breach of visa conditions", "immigration")]),
    ("The couple face money laundering and prostitution-related charges.",
     [("money laundering", "money-laundering"), ("prostitution-related", "prostitution-related")]),
    ("He was charged with dealing with proceeds of crime and allowing an unlawful non-citizen "
     "to work.",
     [("dealing with proceeds of crime", "money-laundering"),
      ("allowing an unlawful non-citizen to work", "immigration")]),
    # convictions
    ("She pleaded guilty to soliciting.",
     [("soliciting", "prostitution-related", None, False, "conviction")]),
    ("He was convicted of trafficking in persons in 2019.",
     [("trafficking in persons", "trafficking", None, False, "conviction")]),
    ("He was convicted on two counts of sex trafficking of a minor.",
     [("two counts of sex trafficking of a minor", "trafficking", 2, False, "conviction")]),
    ("The man was acquitted of human trafficking but convicted of procuring.",
     [("human trafficking", "trafficking", 0, True, "conviction"),
      ("procuring", "prostitution-related", None, False, "conviction")]),
    ("She pleaded not guilty to promoting prostitution.",
     [("promoting prostitution", "prostitution-related")]),
    # negated
    ("No trafficking charges were laid.", [("trafficking", "trafficking", 0, True)]),
    ("None of the women were charged with trafficking.", [("trafficking", "trafficking", 0, True)]),
    ("None of the charges involve trafficking.", [("trafficking", "trafficking", 0, True)]),
    ("Police did not lay trafficking charges, but 11 women were given removal orders.",
     [("trafficking", "trafficking", 0, True)]),
    ("The manager, who was not named, was charged with trafficking.",
     [("trafficking", "trafficking")]),
    ("Police found no evidence of trafficking and charged two men with promoting prostitution.",
     [("promoting prostitution", "prostitution-related")]),
    # not charges at all
    ("Police described it as a human trafficking bust.", []),
    ("The human trafficking unit raided four spas on Tuesday.", []),
    ("Firefighters rescued two people from the fire.", []),
    ("Human trafficking is defined as recruiting or harbouring a person for exploitation.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_charges_find_charges_table(text: str, expected: list[tuple[object, ...]]) -> None:
    want = []
    for item in expected:
        name, kind, *rest = item
        want.append(_c(text, str(name), str(kind), *rest))  # type: ignore[arg-type]
    assert find_charges(text) == want


def test_charges_spread_over_sentences_each_found() -> None:
    text = (
        "Officers arrested three people at the spa. The owner was charged with keeping a "
        "common bawdy house. Her husband faces a money laundering charge."
    )
    kinds = [c.kind for c in find_charges(text)]
    assert kinds == ["prostitution-related", "money-laundering"]


def test_charges_kinds_charged_ignores_negated_and_convictions() -> None:
    text = (
        "No one was charged with trafficking. Two men were charged with pimping. "
        "One was later convicted of money laundering."
    )
    assert kinds_charged(find_charges(text)) == {"prostitution-related"}
    assert kinds_charged(find_charges(text), stage="conviction") == {"money-laundering"}


def test_charges_span_text_matches_offsets() -> None:
    text = "Trois. He was charged with two counts each of soliciting and pandering."
    for c in find_charges(text):
        assert text[c.start : c.end] == c.text
