"""unspin: reads what is written about migrant sex workers and names what really happened."""

from unspin.api import check
from unspin.model import Actor, CheckResult, DocumentFinding, Evidence, Finding, Severity

__all__ = [
    "Actor",
    "CheckResult",
    "DocumentFinding",
    "Evidence",
    "Finding",
    "Severity",
    "check",
]
__version__ = "0.1.0"
