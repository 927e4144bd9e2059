"""Quotation spans, speakers, scare quotes and first-person accounts."""

from __future__ import annotations

import pytest

from unspin.analyse.actors import actor_lexicon
from unspin.analyse.quotes import find_quotes


def _quotes(text: str) -> list[tuple[str, str | None, bool, bool, bool]]:
    return [(text[q.start:q.end], q.speaker, q.institutional, q.first_person, q.scare)
            for q in find_quotes(text, actor_lexicon())]


@pytest.mark.parametrize(("text", "expected"), [
    ('"We rescued these women," said Sgt. Kim Lee of the city police.',
     [("We rescued these women,", "Sgt. Kim Lee of the city police", True, True, False)]),
    ("\u201cI chose this work,\u201d one worker said.",
     [("I chose this work,", "one worker", False, True, False)]),
    ('Police called it a "rescue".', [("rescue", None, False, False, True)]),
    ("Met police: 'We rescued these women from misery'",
     [("We rescued these women from misery", "Met police", True, True, False)]),
    ("The women's lawyer said nothing.", []),
])
def test_quotes_spans_and_speakers(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _quotes(text) == expected


def test_quotes_surname_known_by_title_elsewhere_is_institutional() -> None:
    text = ('Sheriff Tom Tolliver led the raid.\n\n"Our detectives are heroes here," '
            "Tolliver said.")
    (quote,) = find_quotes(text, actor_lexicon())
    assert quote.speaker == "Tolliver"
    assert quote.institutional and not quote.survivor_account


def test_quotes_unclosed_quote_runs_to_the_end_of_the_paragraph() -> None:
    text = '"I worked there for six years and nobody forced me\n\nNext paragraph.'
    (quote,) = find_quotes(text, actor_lexicon())
    assert text[quote.start:quote.end].endswith("forced me")
    assert quote.survivor_account
