"""Text for people, in the style of ruff: path:line:col, rule, message, the span, a fix."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from unspin.model import CheckResult, Finding, Severity
from unspin.read.document import Document

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def _cells(text: str) -> int:
    """Terminal cells ``text`` takes: wide characters two, combining marks and joiners none."""
    return sum(0 if unicodedata.category(c) in ("Mn", "Me", "Cf")
               else 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def _paint(text: str, code: str, color: bool) -> str:
    return f"\033[{code}m{text}\033[0m" if color else text


@dataclass
class TextRenderer:
    color: bool = False
    counts: dict[Severity, int] = field(default_factory=lambda: {s: 0 for s in Severity})
    documents: int = 0
    document_findings: int = 0

    def document(self, result: CheckResult, doc: Document) -> str:
        self.documents += 1
        lines: list[str] = []
        path = result.path or doc.source
        for finding in result.findings:
            self.counts[finding.severity] += 1
            lines.extend(self._finding(path, finding, doc))
        for doc_finding in result.document_findings:
            self.document_findings += 1
            label = _paint(doc_finding.rule, "1", self.color)
            lines.append(f"{path}: {label} [{doc_finding.severity.label}] {doc_finding.message}")
            lines.append("")
        return "\n".join(lines) + ("\n" if lines else "")

    def _finding(self, path: str, finding: Finding, doc: Document) -> list[str]:
        line, col = doc.line_col(finding.start)
        rule = _paint(finding.rule, "1;" + _COLOURS[finding.severity], self.color)
        quoted = " (in a quotation)" if finding.quoted else ""
        head = f"{path}:{line}:{col}: {rule} [{finding.severity.label}]{quoted} {finding.message}"
        line_start = doc.text.rfind("\n", 0, finding.start) + 1
        line_end = doc.text.find("\n", finding.start)
        line_end = len(doc.text) if line_end < 0 else line_end
        source = doc.text[line_start:line_end]
        # Long paragraphs: show a window around the span rather than the whole line.
        left = max(0, finding.start - line_start - 40)
        right = min(len(source), finding.end - line_start + 40)
        shown = ("…" if left else "") + source[left:right] + ("…" if right < len(source) else "")
        # Carets line up by terminal cells: an emoji or CJK character takes two, a tab one.
        shown = shown.replace("\t", " ")
        pad = _cells(shown[:(1 if left else 0) + finding.start - line_start - left])
        width = max(1, _cells(doc.text[finding.start:min(finding.end, line_end)]))
        gutter = " " * len(str(line))
        out = [head, f"{gutter} |", f"{line} | {shown}",
               f"{gutter} | " + " " * pad + _paint("^" * width, _COLOURS[finding.severity],
                                                     self.color)]
        for suggestion in finding.suggestions:
            out.append(f"{gutter} = instead: {suggestion}")
        out.append("")
        return out

    def finish(self) -> str:
        total = sum(self.counts.values())
        if total == 0 and self.document_findings == 0:
            noun = "document" if self.documents == 1 else "documents"
            return f"No framing found in {self.documents} {noun}.\n"
        parts = [f"{n} {s.label}{'s' if n != 1 else ''}" for s, n in
                 sorted(self.counts.items(), reverse=True) if n]
        found = f"Found {total} finding{'s' if total != 1 else ''}"
        detail = f" ({', '.join(parts)})" if parts else ""
        docs = f" and {self.document_findings} document finding" + (
            "s" if self.document_findings != 1 else "") if self.document_findings else ""
        noun = "document" if self.documents == 1 else "documents"
        return f"{found}{detail}{docs} in {self.documents} {noun}.\n"


def make(*, color: bool = False) -> TextRenderer:
    return TextRenderer(color=color)
