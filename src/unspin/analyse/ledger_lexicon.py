"""The ledger vocabulary file (``rules/lexicons/ledger.yml``), validated when first used."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

import yaml

from unspin.errors import RuleError

PATH = "rules/lexicons/ledger.yml"


@dataclass(frozen=True)
class LedgerLexicon:
    agency_names: tuple[str, ...]
    agency_acronyms: tuple[str, ...]


def parse_ledger_lexicon(text: str, name: str = PATH) -> LedgerLexicon:
    """Validate the file's text; a bad file names the file and the field."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise RuleError(name, f"invalid YAML: {exc}".splitlines()[0]) from None
    if not isinstance(data, dict):
        raise RuleError(name, "expected a mapping")
    fields: dict[str, tuple[str, ...]] = {}
    for key in ("agency_names", "agency_acronyms"):
        value = data.get(key)
        if not isinstance(value, list) or not value or not all(
            isinstance(v, str) and v.strip() for v in value
        ):
            raise RuleError(name, f"field '{key}': needs a list of names")
        fields[key] = tuple(str(v) for v in value)
    for acronym in fields["agency_acronyms"]:
        if not acronym.isupper() or not acronym.isalpha():
            raise RuleError(name, f"field 'agency_acronyms': {acronym!r} is not an acronym")
    unknown = set(data) - set(fields)
    if unknown:
        raise RuleError(name, f"unknown field '{sorted(unknown)[0]}'")
    return LedgerLexicon(**fields)


@functools.lru_cache(maxsize=1)
def ledger_lexicon() -> LedgerLexicon:
    text = (resources.files("unspin.rules") / "lexicons" / "ledger.yml").read_text("utf-8")
    return parse_ledger_lexicon(text)
