"""The typed schema every rule file is validated against when it is loaded."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

RULE_ID = re.compile(r"^[a-z]+(-[a-z]+)*$")


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    flag: tuple[str, ...] = ()
    pass_: tuple[str, ...] = Field(default=(), alias="pass")


class Rule(BaseModel):
    """One frame or document rule: its id, how it is reported, and its documentation."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    family: Literal["rescue", "trafficking", "work-and-movement", "labels", "outcome"]
    scope: Literal["span", "document"]
    severity: Literal["error", "warning", "info"]
    summary: str = Field(min_length=10)
    why: str = Field(min_length=20)
    instead: str = Field(min_length=10)
    message: str = Field(min_length=10)
    triggers: tuple[str, ...]
    params: dict[str, Any] = Field(default_factory=dict)
    examples: Examples
    sources: tuple[str, ...] = Field(min_length=1)

    @field_validator("id")
    @classmethod
    def _id_is_kebab(cls, value: str) -> str:
        if not RULE_ID.match(value):
            raise ValueError("rule id must be lower-case words joined by '-'")
        return value

    @field_validator("triggers")
    @classmethod
    def _triggers_lower(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for trigger in value:
            if trigger != trigger.lower() or not trigger.strip():
                raise ValueError(f"trigger {trigger!r} must be lower-case and not blank")
        return value

    @field_validator("examples")
    @classmethod
    def _has_examples(cls, value: Examples) -> Examples:
        if not value.flag and not value.pass_:
            raise ValueError("a rule needs at least one 'flag' or 'pass' example")
        return value
