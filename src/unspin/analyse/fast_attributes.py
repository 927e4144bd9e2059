"""A dictionary look-up in place of spaCy's attribute_ruler (about 60% of parse time).

The attribute ruler maps fine-grained tags to coarse POS and morphology with a token
matcher. Nearly all of the English pipeline's patterns are single tokens keyed by TAG,
LOWER, DEP and IS_SPACE with plain values, IN or NOT_IN, so the same rules become set
look-ups, built from the loaded pipeline's own patterns (nothing hand-copied). The few
two-token patterns (contractions such as "gonna", and "there is") are skipped; a test
checks the result against the real attribute ruler on the evaluation texts.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
# attribute -> (allowed values or None, excluded values)
Test = dict[str, tuple[frozenset[Any] | None, frozenset[Any]]]


class FastAttributes:
    def __init__(self, patterns: Iterable[dict[str, Any]]) -> None:
        self.rules: list[tuple[Test, dict[str, str]]] = []
        for entry in patterns:
            if len(entry["patterns"]) != 1 or len(entry["patterns"][0]) != 1:
                continue
            test = _test(entry["patterns"][0][0])
            if test is not None:
                self.rules.append((test, dict(entry["attrs"])))
        # Several patterns may match one token; like the ruler, later patterns win.
        self.by_tag: dict[str, list[int]] = {}
        self.by_lower: dict[str, list[int]] = {}
        self.general: list[int] = []
        for index, (test, _) in enumerate(self.rules):
            lower = test.get("LOWER", (None, frozenset()))[0]
            tag = test.get("TAG", (None, frozenset()))[0]
            if lower is not None:
                for value in lower:
                    self.by_lower.setdefault(value, []).append(index)
            elif tag is not None:
                for value in tag:
                    self.by_tag.setdefault(value, []).append(index)
            else:
                self.general.append(index)

        self._cache: dict[tuple[str, str, str, bool], list[tuple[str, str]]] = {}

    def __call__(self, doc: Doc) -> Doc:
        cache = self._cache
        for token in doc:
            key = (token.tag_, token.lower_, token.dep_, token.is_space)
            changes = cache.get(key)
            if changes is None:
                changes = self._changes(token)
                if len(cache) < 200_000:
                    cache[key] = changes
            for name, value in changes:
                _apply(token, name, value)
        return doc

    def _changes(self, token: Token) -> list[tuple[str, str]]:
        """The attribute writes for a token, in pattern order, merged (later ones win)."""
        merged: dict[str, str] = {}
        candidates = sorted(self.by_tag.get(token.tag_, []) +
                            self.by_lower.get(token.lower_, []) + self.general)
        for index in candidates:
            test, attrs = self.rules[index]
            if _matches(token, test):
                for name, value in attrs.items():
                    merged.pop(name, None)
                    merged[name] = value
        # TAG first: later look-ups in this list do not depend on it, but keep the order stable
        return sorted(merged.items(), key=lambda item: item[0] != "TAG")


def _test(token: dict[str, Any]) -> Test | None:
    if set(token) - set(ATTRS):
        return None
    test: Test = {}
    for name, value in token.items():
        if isinstance(value, (str, bool)):
            test[name] = (frozenset([value]), frozenset())
        elif isinstance(value, dict) and set(value) == {"IN"}:
            test[name] = (frozenset(value["IN"]), frozenset())
        elif isinstance(value, dict) and set(value) == {"NOT_IN"}:
            test[name] = (None, frozenset(value["NOT_IN"]))
        else:
            return None
    return test


def _value(token: Token, name: str) -> Any:
    if name == "TAG":
        return token.tag_
    if name == "LOWER":
        return token.lower_
    if name == "DEP":
        return token.dep_
    return token.is_space


def _matches(token: Token, test: Test) -> bool:
    for name, (allowed, excluded) in test.items():
        value = _value(token, name)
        if (allowed is not None and value not in allowed) or value in excluded:
            return False
    return True


def _apply(token: Token, name: str, value: str) -> None:
    if name == "POS":
        token.pos_ = value
    elif name == "MORPH":
        token.set_morph(value)  # type: ignore[attr-defined]
    elif name == "TAG":
        token.tag_ = value
    elif name == "LEMMA":
        token.lemma_ = value
    elif name == "DEP":
        token.dep_ = value


@Language.factory("unspin_fast_attributes", default_config={"patterns": []})
def make_fast_attributes(nlp: Language, name: str, patterns: list[dict[str, Any]]
                         ) -> FastAttributes:
    return FastAttributes(patterns)


class CachedLemmas:
    """The pipeline's own rule lemmatizer behind a cache keyed by word, POS and morphology.

    spaCy's lemmatizer spends most of its time in per-token Python calls; news text repeats
    the same words, so a dictionary in front of it gives the same lemmas much faster.
    """

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self._cache: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        cache = self._cache
        for token in doc:
            if token.lemma != 0:
                continue  # already set by the attribute rules, as spaCy's lemmatizer respects
            key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
            lemma = cache.get(key)
            if lemma is None:
                lemma = self.lemmatizer.lemmatize(token)[0]
                if len(cache) < 500_000:
                    cache[key] = lemma
            token.lemma_ = lemma
        return doc


@Language.factory("unspin_cached_lemmas")
def make_cached_lemmas(nlp: Language, name: str) -> CachedLemmas:
    return CachedLemmas(None)  # the loader hands it the pipeline's own lemmatizer
