"""Number phrases: digits, words, groups and qualifiers, with spans."""

from __future__ import annotations

import pytest

from unspin.analyse.numbers import NumberPhrase, find_numbers, number_before, parse_number

FIND = [
    ("26 women", [(26, "26", None)]),
    ("six people", [(6, "six", None)]),
    ("a dozen spas", [(12, "a dozen", None)]),
    ("more than 30 officers", [(30, "more than 30", "more than")]),
    ("two dozen workers", [(24, "two dozen", None)]),
    ("half a dozen", [(6, "half a dozen", None)]),
    ("nearly 40 arrests", [(40, "nearly 40", "nearly")]),
    ("1,200 arrests", [(1200, "1,200", None)]),
    ("twenty-six women", [(26, "twenty-six", None)]),
    ("one hundred and twenty", [(120, "one hundred and twenty", None)]),
    ("one man", [(1, "one", None)]),
    ("a woman", [(1, "a", None)]),
    ("a 34-year-old woman", [(1, "a", None)]),
    ("an employee", [(1, "an", None)]),
    ("a house for a man", [(1, "a", None)]),
    ("a raid on a spa", []),
    ("dozens of women", []),
    ("several people", []),
    ("$12,500 in cash", []),
    ("the 26-year-old", []),
    ("a six-month investigation", []),
    ("3.5 million dollars", [(3_500_000, "3.5 million", None)]),
    ("at least 11 businesses", [(11, "at least 11", "at least")]),
]


@pytest.mark.parametrize(("text", "expected"), FIND)
def test_numbers_find_numbers_table(
    text: str, expected: list[tuple[int, str, str | None]]
) -> None:
    got = [(n.value, n.text, n.qualifier) for n in find_numbers(text)]
    assert got == expected
    for n in find_numbers(text):
        assert text[n.start : n.end] == n.text


def test_numbers_find_numbers_offsets_in_sentence() -> None:
    text = "Police arrested more than 30 people."
    assert find_numbers(text) == [NumberPhrase(30, 16, 28, "more than 30", "more than")]


def test_numbers_articles_can_be_turned_off() -> None:
    assert find_numbers("a woman", articles=False) == []


@pytest.mark.parametrize(
    ("words", "value"),
    [("twenty six", 26), ("Twenty-Six", 26), ("1,200", 1200), ("a dozen", 12), ("nine", 9),
     ("two three", None), ("dozens", None), ("", None), ("4.5", None), ("a thousand", 1000)],
)
def test_numbers_parse_number_table(words: str, value: int | None) -> None:
    assert parse_number(words) == value


def test_numbers_number_before_offset() -> None:
    text = "Officers detained 14 women"
    n = number_before(text, text.index("women"))
    assert n is not None and (n.value, n.text) == (14, "14")
