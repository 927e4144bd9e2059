"""The spaCy component: unspin inside someone else's pipeline."""

from __future__ import annotations

import spacy

import unspin.spacy_component  # noqa: F401  (registers the factory when not pip-installed)


def test_spacy_component_adds_labelled_spans() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("unspin")
    doc = nlp("Police rescued 26 women in a raid.\n\nFirefighters rescued a man from a fire.")
    assert [(span.text, span.label_) for span in doc.spans["unspin"]] == [
        ("Police rescued 26 women", "rescue-frame")]
    assert doc._.unspin.findings[0].suggestions[0] == "Police detained 26 women"


def test_spacy_component_respects_ignore() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("unspin", config={"ignore": ["rescue-frame"]})
    assert list(nlp("Police rescued 26 women in a raid.").spans["unspin"]) == []
