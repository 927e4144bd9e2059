"""How many people a phrase names, and which group a reference points back to."""

from __future__ import annotations

import pytest

from unspin.analyse.people import people_before, people_mentions

CASES = [
    # (text, word the scan stops before, value, phrase)
    ("Six people were arrested. The six were charged.", "charged", 6, "six"),
    ("A man and a woman were charged.", "charged", 2, "A man and a woman"),
    ("The man, 29, was charged.", "charged", 1, "The man"),
    ("Both were charged.", "charged", 2, "Both"),
    ("Police arrested three men. The men were charged.", "charged", 3, "The men"),
    ("Of those arrested, 71 were charged with soliciting and 19 with pandering.", "pandering",
     19, "19"),
    ("Twenty-one of those arrested were charged.", "charged", 21, "Twenty-one of those arrested"),
    ("A couple who ran brothels were jailed after a jury convicted them of", "of", 2, "them"),
    ("She had been arrested in 2020 along with two employees, who were", "who", 2,
     "two employees"),
    ("Police raided four massage parlors and", "and", None, None),
]


@pytest.mark.parametrize(("text", "stop", "value", "phrase"), CASES)
def test_people_people_before_table(
    text: str, stop: str, value: int | None, phrase: str | None
) -> None:
    found = people_before(text, 0, text.rindex(stop))
    got = (found.value, found.text) if found else (None, None)
    assert got == (value, phrase)


def test_people_same_group_keeps_one_key() -> None:
    text = "Six people were arrested. The six were charged."
    first, second = people_mentions(text)
    assert first.key == second.key


def test_people_years_and_ages_are_not_people() -> None:
    assert people_mentions("He was arrested in 2019 with a 34-year-old.") == []
