"""The harm rule files (``rules/harms/<id>.yml``) and the act and actor lexicons they use.

Each harm file says which acts, done by which kind of actor, are that harm, and documents
itself (summary, why, instead, examples, sources). Everything is validated when first loaded;
a bad file stops with the file and the field named.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from unspin.errors import RuleError
from unspin.model import ACTOR_TYPES, HARM_FAMILIES

HARM_IDS = tuple(HARM_FAMILIES)


class HarmExamples(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    flag: tuple[str, ...] = Field(min_length=1)
    pass_: tuple[str, ...] = Field(default=(), alias="pass")


class HarmRule(BaseModel):
    """One harm: which acts by which actor types it covers, and its documentation."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    family: str
    name: str = Field(min_length=3)
    summary: str = Field(min_length=10)
    why: str = Field(min_length=20)
    instead: str = Field(min_length=10)
    acts: dict[str, tuple[str, ...]]
    implied_actor: str | None = None
    examples: HarmExamples
    sources: tuple[str, ...] = Field(min_length=1)

    @field_validator("id")
    @classmethod
    def _known_id(cls, value: str) -> str:
        if value not in HARM_IDS:
            raise ValueError(f"unknown harm id {value!r} (TAXONOMY §2)")
        return value

    @field_validator("acts")
    @classmethod
    def _actor_types(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for actor in value:
            if actor not in ACTOR_TYPES:
                raise ValueError(f"unknown actor type {actor!r}")
        return value

    @field_validator("implied_actor")
    @classmethod
    def _implied_type(cls, value: str | None) -> str | None:
        if value is not None and value not in ACTOR_TYPES:
            raise ValueError(f"unknown actor type {value!r}")
        return value


@dataclass(frozen=True)
class ActLexicon:
    """Act category -> compiled patterns."""

    acts: dict[str, tuple[re.Pattern[str], ...]]


@dataclass(frozen=True)
class ActorLexicon:
    phrases: dict[str, tuple[str, ...]]
    relations: dict[str, tuple[re.Pattern[str], ...]]
    workers: frozenset[str]


def _read(folder: str, name: str) -> Any:
    path = f"rules/{folder}/{name}"
    text = (resources.files("unspin.rules") / folder / name).read_text("utf-8")
    try:
        return path, yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise RuleError(path, f"invalid YAML: {exc}".splitlines()[0]) from None


def parse_harm_rule(name: str, data: Any, known_acts: set[str]) -> HarmRule:
    if not isinstance(data, dict):
        raise RuleError(name, "a harm file must be a mapping of fields")
    try:
        rule = HarmRule.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "(file)"
        raise RuleError(name, f"field '{field}': {first['msg']}") from None
    if rule.id != name.rsplit("/", 1)[-1].removesuffix(".yml"):
        raise RuleError(name, f"field 'id': {rule.id!r} does not match the file name")
    if rule.family != HARM_FAMILIES[rule.id]:
        raise RuleError(name, f"field 'family': {rule.id} belongs to {HARM_FAMILIES[rule.id]!r}")
    for actor, acts in rule.acts.items():
        for act in acts:
            if act not in known_acts:
                raise RuleError(name, f"field 'acts.{actor}': unknown act category {act!r}")
    return rule


@functools.lru_cache(maxsize=1)
def load_harm_rules() -> dict[str, HarmRule]:
    """Every harm rule by id, in TAXONOMY order."""
    known = set(act_lexicon().acts)
    folder = resources.files("unspin.rules") / "harms"
    rules: dict[str, HarmRule] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yml"):
            path, data = _read("harms", entry.name)
            rule = parse_harm_rule(path, data, known)
            rules[rule.id] = rule
    missing = [h for h in HARM_IDS if h not in rules]
    if missing:
        raise RuleError("rules/harms", f"no rule file for {', '.join(missing)}")
    return {h: rules[h] for h in HARM_IDS}


@functools.lru_cache(maxsize=1)
def act_lexicon() -> ActLexicon:
    path, data = _read("lexicons", "harm_acts.yml")
    if not isinstance(data, dict) or not isinstance(data.get("acts"), dict):
        raise RuleError(path, "expected `obj` and an `acts` mapping")
    obj = str(data.get("obj", ""))
    acts: dict[str, tuple[re.Pattern[str], ...]] = {}
    for category, patterns in data["acts"].items():
        if not isinstance(patterns, list) or not patterns:
            raise RuleError(path, f"field 'acts.{category}': needs a list of patterns")
        compiled = []
        for i, p in enumerate(patterns):
            try:
                compiled.append(re.compile(str(p).replace("{obj}", obj), re.IGNORECASE))
            except re.error as exc:
                raise RuleError(path, f"field 'acts.{category}[{i}]': {exc}") from None
        acts[str(category)] = tuple(compiled)
    return ActLexicon(acts)


@functools.lru_cache(maxsize=1)
def actor_lexicon() -> ActorLexicon:
    path, data = _read("lexicons", "harm_actors.yml")
    if not isinstance(data, dict):
        raise RuleError(path, "expected a mapping")
    phrases: dict[str, tuple[str, ...]] = {}
    for actor, items in (data.get("phrases") or {}).items():
        if actor not in ACTOR_TYPES or not isinstance(items, list):
            raise RuleError(path, f"field 'phrases.{actor}': unknown actor type or not a list")
        if any(not isinstance(i, str) or i != i.lower() for i in items):
            raise RuleError(path, f"field 'phrases.{actor}': phrases must be lower-case")
        phrases[actor] = tuple(items)
    relations: dict[str, tuple[re.Pattern[str], ...]] = {}
    for actor, items in (data.get("relations") or {}).items():
        if actor not in ACTOR_TYPES:
            raise RuleError(path, f"field 'relations.{actor}': unknown actor type")
        try:
            relations[actor] = tuple(re.compile(str(p), re.IGNORECASE) for p in items)
        except re.error as exc:
            raise RuleError(path, f"field 'relations.{actor}': {exc}") from None
    workers = frozenset(str(w) for w in data.get("workers") or [])
    if not phrases or not workers:
        raise RuleError(path, "needs `phrases` and `workers`")
    return ActorLexicon(phrases, relations, workers)
