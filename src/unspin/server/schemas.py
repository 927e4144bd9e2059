"""The JSON bodies ``/api/check``, ``/api/ledger`` and ``/api/name`` accept."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


def _valid_unicode(value: str | None) -> str | None:
    if value is not None:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("is not valid Unicode (it holds a lone surrogate)") from None
    return value


class CheckConfig(BaseModel):
    """The settings of a check; rule ids are validated against the rules the engine ships."""

    model_config = ConfigDict(extra="forbid")

    select: list[str] | None = Field(
        default=None, description="Only these rule ids (default: every rule)."
    )
    ignore: list[str] = Field(default_factory=list, description="Rule ids to leave out.")
    severity: Literal["error", "warning", "info"] = Field(
        default="warning", description="Lowest severity that counts as a failure."
    )


class TextBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The text to analyse. It is not stored or logged.")

    @field_validator("text")
    @classmethod
    def _text_unicode(cls, value: str) -> str:
        _valid_unicode(value)
        return value


class CheckBody(TextBody):
    config: CheckConfig | None = None
    path: str | None = Field(default=None, description="A name for the text, echoed back.")


class LedgerBody(BaseModel):
    """Either the text of a story or the address of a page to fetch it from."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, description="The story or press release.")
    url: str | None = Field(default=None, description="An http(s) address to fetch it from.")

    @field_validator("text", "url")
    @classmethod
    def _unicode(cls, value: str | None) -> str | None:
        return _valid_unicode(value)

    @model_validator(mode="after")
    def _one_of(self) -> LedgerBody:
        if (self.text is None) == (self.url is None):
            raise ValueError('send "text" or "url", one of them')
        if self.url is not None and not self.url.lower().startswith(("http://", "https://")):
            raise ValueError('"url" must start with http:// or https://')
        return self
