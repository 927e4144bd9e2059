"""rescue-frame's logic on hand-built parses: the decision does not depend on the model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from unspin.analyse.context import DocContext
from unspin.analyse.frames import rescue
from unspin.analyse.frames.base import Sentence
from unspin.analyse.prefilter import scan

VOCAB = spacy.blank("en").vocab


def _detect(words: list[str], heads: list[int], deps: list[str], tags: list[str],
            pos: list[str], lemmas: list[str], before: str = "") -> list[tuple[str, str, str]]:
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    text = before + doc.text
    ctx = DocContext.build(text)
    sentence = Sentence(ctx.seg.sentence_index(len(before)), len(before), doc)
    hits = [h for h in scan(text).triggers if "rescue-frame" in h.tags and h.start >= len(before)]
    return [(ctx.text[c.start:c.end], c.suggestions[0], c.actor.type if c.actor else "-")
            for c in rescue.detect(sentence, hits, ctx)]


def test_rescue_logic_pronoun_subject_resolves_to_the_agency_named_before() -> None:
    found = _detect(
        ["They", "rescued", "26", "women", "and", "arrested", "six", "people", "."],
        [1, 1, 3, 1, 1, 1, 7, 5, 1],
        ["nsubj", "ROOT", "nummod", "dobj", "cc", "conj", "nummod", "dobj", "punct"],
        ["PRP", "VBD", "CD", "NNS", "CC", "VBD", "CD", "NNS", "."],
        ["PRON", "VERB", "NUM", "NOUN", "CCONJ", "VERB", "NUM", "NOUN", "PUNCT"],
        ["they", "rescue", "26", "woman", "and", "arrest", "six", "people", "."],
        before="Detectives raided three spas on Tuesday. ")
    assert found == [("They rescued 26 women", "They detained 26 women", "police")]


def test_rescue_logic_headline_passive_takes_the_event_phrase() -> None:
    found = _detect(
        ["Women", "freed", "in", "bust"], [0, 0, 1, 2], ["ROOT", "acl", "prep", "pobj"],
        ["NNS", "VBN", "IN", "NN"], ["NOUN", "VERB", "ADP", "NOUN"],
        ["woman", "free", "in", "bust"])
    assert found == [("Women freed in bust", "Women detained in a police raid", "-")]


def test_rescue_logic_non_state_subject_is_not_a_rescue_frame() -> None:
    found = _detect(
        ["Volunteers", "rescued", "26", "women", "after", "the", "raid", "."],
        [1, 1, 3, 1, 1, 6, 4, 1],
        ["nsubj", "ROOT", "nummod", "dobj", "prep", "det", "pobj", "punct"],
        ["NNS", "VBD", "CD", "NNS", "IN", "DT", "NN", "."],
        ["NOUN", "VERB", "NUM", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
        ["volunteer", "rescue", "26", "woman", "after", "the", "raid", "."])
    assert found == []


def test_rescue_logic_freed_on_bail_is_a_release() -> None:
    found = _detect(
        ["Officers", "said", "the", "women", "were", "freed", "on", "bail", "after", "the",
         "raid", "."],
        [1, 1, 3, 5, 5, 1, 5, 6, 5, 10, 8, 1],
        ["nsubj", "ROOT", "det", "nsubjpass", "auxpass", "ccomp", "prep", "pobj", "prep",
         "det", "pobj", "punct"],
        ["NNS", "VBD", "DT", "NNS", "VBD", "VBN", "IN", "NN", "IN", "DT", "NN", "."],
        ["NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "ADP", "DET", "NOUN",
         "PUNCT"],
        ["officer", "say", "the", "woman", "be", "free", "on", "bail", "after", "the", "raid",
         "."])
    assert found == []
