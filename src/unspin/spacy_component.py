"""A spaCy pipeline component, so researchers can add unspin to their own pipeline.

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("unspin")          # found through the spacy_factories entry point
    doc = nlp(text)
    doc.spans["unspin"]             # one span per finding, labelled with the rule id
    doc._.unspin                    # the CheckResult (findings, document findings, to_dict())

It calls ``unspin.api.check`` on the document's text, like every other interface.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from unspin import api
from unspin.config import Config

SPANS_KEY = "unspin"


class UnspinComponent:
    def __init__(self, config: Config) -> None:
        self.config = config
        if not Doc.has_extension("unspin"):
            Doc.set_extension("unspin", default=None)

    def __call__(self, doc: Doc) -> Doc:
        result = api.check(doc.text, config=self.config)
        spans = []
        for finding in result.findings:
            span = doc.char_span(finding.start, finding.end, label=finding.rule,
                                 alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[SPANS_KEY] = spans
        doc._.unspin = result
        return doc


@Language.factory("unspin", default_config={"select": None, "ignore": []})
def make_unspin(nlp: Language, name: str, select: list[str] | None,
                ignore: list[str]) -> UnspinComponent:
    config = Config(select=frozenset(select) if select is not None else None,
                    ignore=frozenset(ignore))
    return UnspinComponent(config)
