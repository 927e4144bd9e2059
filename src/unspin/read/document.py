"""The document every reader produces and every analysis consumes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Suppression:
    """Findings starting inside [start, end) are dropped; ``rules`` None means every rule."""

    start: int
    end: int
    rules: frozenset[str] | None = None

    def covers(self, rule: str, offset: int) -> bool:
        return self.start <= offset < self.end and (self.rules is None or rule in self.rules)


@dataclass(frozen=True)
class Document:
    """Extracted plain text plus what the reader learnt from markup.

    ``text`` is what offsets point into. ``suppressions`` come from inline
    ``unspin: ignore`` comments.
    """

    text: str
    source: str = "<text>"
    format: str = "text"
    suppressions: tuple[Suppression, ...] = ()

    def suppressed(self, rule: str, offset: int) -> bool:
        return any(s.covers(rule, offset) for s in self.suppressions)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a code-point offset."""
        line = self.text.count("\n", 0, offset) + 1
        col = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return line, col
