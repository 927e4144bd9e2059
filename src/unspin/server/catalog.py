"""What the server knows about rules: ids, summaries, frame families and documentation.

Read once from the rule files (``unspin.rules.load``) when the app is built. The frame
family becomes the LanguageTool category (``rescue`` -> id ``RESCUE``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DOC_FIELDS = (
    "id",
    "family",
    "scope",
    "severity",
    "summary",
    "why",
    "instead",
    "examples",
    "sources",
)


@dataclass(frozen=True)
class RuleInfo:
    id: str
    summary: str
    family: str
    family_name: str
    doc: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def category_id(self) -> str:
        return category_id(self.family)


def category_id(family: str) -> str:
    return family.upper().replace("-", "_")


@dataclass(frozen=True)
class Catalog:
    rules: dict[str, RuleInfo]

    def info(self, rule_id: str) -> RuleInfo:
        known = self.rules.get(rule_id)
        if known is not None:
            return known
        return RuleInfo(rule_id, rule_id.replace("-", " ").capitalize(), "other", "Other")

    def unknown(self, rule_ids: frozenset[str]) -> list[str]:
        return sorted(r for r in rule_ids if r not in self.rules)

    def in_category(self, rule_id: str, categories: frozenset[str]) -> bool:
        """True when the rule's category id (``RESCUE``) or family (``rescue``) is listed."""
        return self.info(rule_id).category_id in {category_id(c) for c in categories}

    def docs(self) -> list[dict[str, Any]]:
        return [rule.doc for rule in self.rules.values()]


def load_catalog() -> Catalog:
    """Every rule the engine ships, from the validated rule files."""
    from unspin.rules.load import FAMILY_NAMES, load_rules

    infos = {}
    for rule_id, rule in load_rules().items():
        dumped = rule.model_dump(mode="json", by_alias=True)
        doc = {key: dumped[key] for key in DOC_FIELDS if key in dumped}
        family_name = FAMILY_NAMES.get(rule.family, rule.family)
        doc["category"] = {"id": category_id(rule.family), "name": family_name}
        infos[rule_id] = RuleInfo(rule_id, rule.summary, rule.family, family_name, doc)
    return Catalog(infos)
