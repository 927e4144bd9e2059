"""Rule logic on hand-built parses: no model, so these pin the logic, not the parser."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from unspin.analyse.frames.grammar import (
    agent, direct_object, inflect, is_passive, is_people, prep_objects, subject)


VOCAB = spacy.blank("en").vocab  # lexical attributes (lower case) without any model


def _doc(words: list[str], heads: list[int], deps: list[str], tags: list[str] | None = None,
         pos: list[str] | None = None) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_grammar_subject_is_inherited_across_a_conjunction() -> None:
    # they rescued 26 women and arrested six people
    doc = _doc(["they", "rescued", "26", "women", "and", "arrested", "six", "people"],
               [1, 1, 3, 1, 1, 1, 7, 5],
               ["nsubj", "ROOT", "nummod", "dobj", "cc", "conj", "nummod", "dobj"])
    assert subject(doc[5]).text == "they"
    assert subject(doc[1]).text == "they"
    assert direct_object(doc[5]).text == "people"


def test_grammar_subject_comes_from_the_governing_verb_of_an_xcomp() -> None:
    # officers helped free nine women
    doc = _doc(["officers", "helped", "free", "nine", "women"], [1, 1, 1, 4, 2],
               ["nsubj", "ROOT", "xcomp", "nummod", "dobj"])
    assert subject(doc[2]).text == "officers"


def test_grammar_passive_with_agent() -> None:
    # 26 women were rescued by police
    doc = _doc(["26", "women", "were", "rescued", "by", "police"], [1, 3, 3, 3, 3, 4],
               ["nummod", "nsubjpass", "auxpass", "ROOT", "agent", "pobj"])
    assert is_passive(doc[3])
    assert agent(doc[3]).text == "police"
    assert subject(doc[3]) is None


def test_grammar_participle_modifying_a_noun_is_passive() -> None:
    # women freed in bust (headline: "freed" modifies "women")
    doc = _doc(["women", "freed", "in", "bust"], [0, 0, 1, 2],
               ["ROOT", "acl", "prep", "pobj"], tags=["NNS", "VBN", "IN", "NN"])
    assert is_passive(doc[1])
    assert [(p.text, o.text) for p, o in prep_objects(doc[1], "in")] == [("in", "bust")]


def test_grammar_active_voice_is_not_passive() -> None:
    doc = _doc(["police", "rescued", "women"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
               tags=["NNS", "VBD", "NNS"])
    assert not is_passive(doc[1])


@pytest.mark.parametrize(("words", "pos", "expected"), [
    (["women"], ["NOUN"], True),
    (["workers"], ["NOUN"], True),
    (["them"], ["PRON"], True),
    (["26"], ["NUM"], True),
    (["cash"], ["NOUN"], False),
    (["kilograms"], ["NOUN"], False),
    (["puppy"], ["NOUN"], False),
])
def test_grammar_is_people(words: list[str], pos: list[str], expected: bool) -> None:
    doc = _doc(words, [0], ["ROOT"], pos=pos)
    assert is_people(doc[0]) is expected


@pytest.mark.parametrize(("tag", "expected"), [
    ("VBD", "detained"), ("VBN", "detained"), ("VBZ", "detains"), ("VBG", "detaining"),
    ("VB", "detain"), ("VBP", "detain"),
])
def test_grammar_inflect_keeps_the_verb_form(tag: str, expected: str) -> None:
    assert inflect(tag, "detain", "detained", "detains", "detaining") == expected
