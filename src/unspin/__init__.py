"""unspin: reads what is written about migrant sex workers and names what really happened."""

from unspin.api import check, ledger, name_harms
from unspin.model import (
    Actor,
    CheckResult,
    Count,
    DocumentFinding,
    Evidence,
    Finding,
    Flag,
    Harm,
    HarmsResult,
    LedgerResult,
    Mention,
    Severity,
    Stated,
)

__all__ = [
    "Actor",
    "CheckResult",
    "DocumentFinding",
    "Evidence",
    "Finding",
    "Severity",
    "check",
    "Count",
    "Flag",
    "Harm",
    "HarmsResult",
    "LedgerResult",
    "Mention",
    "Stated",
    "ledger",
    "name_harms",
]
__version__ = "0.1.0"
