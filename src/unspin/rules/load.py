"""Load and validate the rule files shipped in ``unspin/rules``; a bad file stops start-up."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml
from pydantic import ValidationError

from unspin.errors import RuleError
from unspin.rules.schema import Rule

FAMILY_NAMES = {
    "rescue": "Rescue and saviour framing",
    "trafficking": "Trafficking and slavery labels",
    "work-and-movement": "Work, living and migration framed as captivity",
    "labels": "Labels for people",
    "outcome": "What the story leaves out",
}


def _read_yaml(name: str, text: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise RuleError(name, f"invalid YAML: {exc}".splitlines()[0]) from None


def parse_rule(name: str, text: str) -> Rule:
    """Validate one rule file's text; errors name the file and the field."""
    data = _read_yaml(name, text)
    if not isinstance(data, dict):
        raise RuleError(name, "a rule file must be a mapping of fields")
    try:
        rule = Rule.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "(file)"
        raise RuleError(name, f"field '{field}': {first['msg']}") from None
    stem = name.rsplit("/", 1)[-1].removesuffix(".yml")
    if rule.id != stem:
        raise RuleError(name, f"field 'id': {rule.id!r} does not match the file name")
    return rule


@functools.lru_cache(maxsize=1)
def load_rules() -> dict[str, Rule]:
    """All rules by id, in a stable order (span rules first, then document rules)."""
    folder = resources.files("unspin.rules") / "frames"
    rules = [
        parse_rule(f"rules/frames/{entry.name}", entry.read_text(encoding="utf-8"))
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".yml")
    ]
    rules.sort(key=lambda r: (r.scope != "span", r.id))
    return {rule.id: rule for rule in rules}


def rule_ids() -> list[str]:
    return list(load_rules())


@functools.cache
def load_lexicon(name: str) -> dict[str, list[str]]:
    """A lexicon file from ``rules/lexicons``: a mapping of group -> lower-case phrases."""
    path = f"rules/lexicons/{name}.yml"
    text = (resources.files("unspin.rules") / "lexicons" / f"{name}.yml").read_text("utf-8")
    data = _read_yaml(path, text)
    if not isinstance(data, dict) or not all(
        isinstance(v, list) and all(isinstance(p, str) and p == p.lower() for p in v)
        for v in data.values()
    ):
        raise RuleError(path, "a lexicon must map each group to a list of lower-case phrases")
    return {str(k): list(v) for k, v in data.items()}
