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


# ---------------------------------------------------------------- ledger and harms (issue 3)

CHARGE_KINDS = ("trafficking", "prostitution-related", "immigration", "money-laundering", "other")

HARM_FAMILIES = {
    "police-violence": "state violence",
    "raid-arrest-charge": "state violence",
    "immigration-enforcement": "state violence",
    "surveillance": "state violence",
    "seizure": "state violence",
    "intimate-partner-violence": "intimate partner violence",
    "wage-theft": "poor working conditions",
    "unsafe-conditions": "poor working conditions",
    "workplace-discrimination": "poor working conditions",
    "client-violence": "client violence",
    "forced-labour": "forced labour",
    "other-harm": "other",
}


@dataclass(frozen=True)
class Count:
    """A number the text states (``None`` when it does not), with the spans it came from."""

    value: int | None
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True)
class Stated:
    """A name or phrase the text states (operation, date), or ``None``, with its spans."""

    value: str | None
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True)
class Flag:
    """A yes/no the text answers (``None`` when the question does not arise), with spans."""

    value: bool | None
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True)
class Mention:
    """An item named in the text (an agency, a place, something seized)."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


def _no_counts() -> dict[str, Count]:
    return {kind: Count(None) for kind in CHARGE_KINDS}


@dataclass(frozen=True)
class LedgerResult:
    """What a raid story claims against what it reports happened (TAXONOMY §3)."""

    path: str | None = None
    text_sha256: str = ""
    operation: Stated = Stated(None)
    agencies: tuple[Mention, ...] = ()
    places: tuple[Mention, ...] = ()
    date: Stated = Stated(None)
    claimed_rescued: Count = Count(None)
    arrested: Count = Count(None)
    charged: dict[str, Count] = field(default_factory=_no_counts)
    immigration_actions: Count = Count(None)
    seized: tuple[Mention, ...] = ()
    convictions: dict[str, Count] = field(default_factory=_no_counts)
    outcome_reported: Flag = Flag(None)
    summary: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "text_sha256": self.text_sha256,
            "operation": self.operation.to_dict(),
            "agencies": [m.to_dict() for m in self.agencies],
            "places": [m.to_dict() for m in self.places],
            "date": self.date.to_dict(),
            "claimed_rescued": self.claimed_rescued.to_dict(),
            "arrested": self.arrested.to_dict(),
            "charged": {k: self.charged.get(k, Count(None)).to_dict() for k in CHARGE_KINDS},
            "immigration_actions": self.immigration_actions.to_dict(),
            "seized": [m.to_dict() for m in self.seized],
            "convictions": {
                k: self.convictions.get(k, Count(None)).to_dict() for k in CHARGE_KINDS
            },
            "outcome_reported": self.outcome_reported.to_dict(),
            "summary": self.summary,
        }


@dataclass(frozen=True)
class Harm:
    """One harm named with its actor (TAXONOMY §2) and a plain sentence that says so."""

    harm: str
    family: str
    actor: Actor
    evidence: Evidence
    sentence: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "harm": self.harm,
            "family": self.family,
            "actor": self.actor.to_dict(),
            "evidence": self.evidence.to_dict(),
            "sentence": self.sentence,
        }


@dataclass(frozen=True)
class HarmsResult:
    """Every harm ``unspin name`` found in an account, in text order."""

    harms: tuple[Harm, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"harms": [h.to_dict() for h in self.harms]}
