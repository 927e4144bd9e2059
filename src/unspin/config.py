"""Settings for a check. (Loader from unspin.toml / pyproject.toml: see load_config.)"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field

from unspin.model import Severity

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class Config:
    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    severity: Severity = Severity.WARNING
    per_file_ignores: tuple[tuple[str, frozenset[str]], ...] = ()
    max_bytes: int = DEFAULT_MAX_BYTES
    source: str | None = field(default=None, compare=False)

    def enabled(self, rule: str, path: str | None = None) -> bool:
        if self.select is not None and rule not in self.select:
            return False
        if rule in self.ignore:
            return False
        if path is not None:
            for pattern, rules in self.per_file_ignores:
                if fnmatch.fnmatch(path, pattern) and (rule in rules or "*" in rules):
                    return False
        return True
