"""Small grammar helpers over a spaCy parse: voice, subjects, objects, verb inflection."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

PRONOUNS = frozenset({"they", "we", "he", "she", "it", "them", "who", "that", "which"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass", "agent"} for c in verb.children) or (
        verb.dep_ in {"acl", "amod"} and verb.tag_ == "VBN")


def subject(verb: Token) -> Token | None:
    """The active subject, inherited across conjunctions and from a governing verb."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        found = children(current, *SUBJECT_DEPS)
        if found:
            return found[0]
        if current.dep_ in {"conj", "xcomp", "advcl"} and current.head is not current:
            current = current.head
            continue
        return None
    return None


def agent(verb: Token) -> Token | None:
    for child in children(verb, "agent"):
        objects = children(child, "pobj")
        if objects:
            return objects[0]
    return None


def direct_object(verb: Token) -> Token | None:
    found = children(verb, "dobj")
    if found:
        return found[0]
    # "rescued and detained 26 women": the object sits on the last conjunct
    for conj in children(verb, "conj"):
        found = children(conj, "dobj")
        if found and not children(conj, "nsubj"):
            return found[0]
    return None


def prep_objects(token: Token, *preps: str) -> list[tuple[Token, Token]]:
    """(preposition, its object) pairs attached to a token."""
    out = []
    for child in token.children:
        if child.dep_ in {"prep", "agent"} and (not preps or child.lower_ in preps):
            for obj in children(child, "pobj"):
                out.append((child, obj))
    return out


def inflect(tag: str, base: str, past: str, third: str, gerund: str) -> str:
    if tag in {"VBD", "VBN"}:
        return past
    if tag == "VBZ":
        return third
    if tag == "VBG":
        return gerund
    return base


def is_people(token: Token | None) -> bool:
    """A noun phrase head that names people (or a bare count of them)."""
    if token is None:
        return False
    from unspin.analyse.context import context_lexicon

    people = context_lexicon().groups["people"]
    if token.lemma_.lower() in {"kilogram", "kg", "tonne", "ton", "pound", "gram", "ounce",
                                "litre", "dollar", "bag", "package", "brick", "kilo"}:
        return False
    if token.lower_ in people or token.lemma_.lower() in people:
        return True
    if token.pos_ == "NUM" or token.like_num:
        return not _money_or_measure(token)
    if token.lower_ in QUANTIFIERS:  # "most of them", "all of the women"
        return any(is_people(obj) for prep in token.children if prep.lower_ == "of"
                   for obj in prep.children if obj.dep_ == "pobj")
    return False


QUANTIFIERS = frozenset({"most", "many", "some", "all", "several", "none", "each", "both",
                         "few", "half", "dozens", "majority"})


_CURRENCY = frozenset("$£€¥")
_UNITS = frozenset({"million", "billion", "thousand", "dollars", "pounds", "euros", "kilograms",
                    "kg", "grams", "tonnes", "percent", "per", "%", "cash", "years", "hours"})


def _money_or_measure(token: Token) -> bool:
    """ "$40,000", "£1.4 million", "400 kilograms": a number that is not people."""
    doc = token.doc
    neighbours = [doc[token.i - 1]] if token.i > 0 else []
    neighbours += [token.head, *token.children]
    if token.i + 1 < len(doc):
        neighbours.append(doc[token.i + 1])
    return any(t.text in _CURRENCY or t.lower_ in _UNITS for t in neighbours)
