"""The fast attribute rules and cached lemmas give what spaCy's own components give."""

from __future__ import annotations

import spacy

from unspin.analyse import nlp

TEXTS = [
    "Police rescued 26 women and arrested six people in a raid on three spas.",
    "Some of them were released; all were interviewed by border officers.",
    "There is no evidence that anyone was held against their will, he said.",
    "She's gonna go back to work at the parlour, her friend told us.",
    "Which of the women had been charged? None of them, the lawyer said.",
]


def test_fast_attributes_match_the_attribute_ruler_and_lemmatizer() -> None:
    fast = nlp.load()
    reference = spacy.load(nlp.require_model(), exclude=["ner"])
    assert "attribute_ruler" in reference.pipe_names
    differences = []
    for ours, theirs in zip(fast.pipe(TEXTS), reference.pipe(TEXTS)):
        for a, b in zip(ours, theirs):
            if (a.pos_, a.tag_, a.lemma_, str(a.morph)) != (b.pos_, b.tag_, b.lemma_,
                                                           str(b.morph)):
                differences.append((a.text, a.pos_, b.pos_, a.lemma_, b.lemma_))
    # two-token patterns ("there is", "gonna") are the only ones the dictionary rules skip
    assert {d[0] for d in differences} <= {"is", "gon", "na"}
