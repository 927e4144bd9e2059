"""The one result model: frozen dataclasses that every interface serialises with ``to_dict``.

Offsets are always into the extracted plain text of a document, in Unicode code points.
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass, field
from typing import Any


class Severity(enum.IntEnum):
    """How serious a finding is; quoted findings drop one level."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> Severity:
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {name!r} (use error, warning or info)") from None

    @property
    def label(self) -> str:
        return self.name.lower()

    def lowered(self) -> Severity:
        return Severity(max(self.value - 1, Severity.INFO.value))


ACTOR_TYPES = (
    "police",
    "immigration",
    "state-other",
    "partner",
    "employer",
    "client",
    "landlord",
    "recruiter-smuggler",
    "ngo-church",
    "media",
    "unknown",
)


@dataclass(frozen=True)
class Actor:
    """Who did it, as written in the text, and the kind of actor (TAXONOMY §2)."""

    text: str
    type: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "type": self.type}


@dataclass(frozen=True)
class Evidence:
    """A span of the extracted text that a result rests on."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Finding:
    """One flagged span: which rule, where, why, and what to write instead."""

    rule: str
    severity: Severity
    start: int
    end: int
    text: str
    message: str
    suggestions: tuple[str, ...] = ()
    actor: Actor | None = None
    quoted: bool = False
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity.label,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "suggestions": list(self.suggestions),
            "actor": self.actor.to_dict() if self.actor else None,
            "quoted": self.quoted,
            "confidence": round(self.confidence, 2),
        }


@dataclass(frozen=True)
class DocumentFinding:
    """A finding about the document as a whole, not a span."""

    rule: str
    message: str
    severity: Severity = Severity.WARNING

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "severity": self.severity.label, "message": self.message}


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CheckResult:
    """What ``unspin check`` found in one document."""

    text: str
    findings: tuple[Finding, ...]
    document_findings: tuple[DocumentFinding, ...] = ()
    path: str | None = None
    language: str = "en"
    text_sha256: str = field(default="")

    def __post_init__(self) -> None:
        if not self.text_sha256:
            object.__setattr__(self, "text_sha256", text_sha256(self.text))

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "text_sha256": self.text_sha256,
            "language": self.language,
            "findings": [f.to_dict() for f in self.findings],
            "document_findings": [f.to_dict() for f in self.document_findings],
        }
