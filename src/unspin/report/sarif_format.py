"""SARIF 2.1.0: one log for every document checked, printed when the run finishes.

Regions count Unicode code points in the plain text unspin extracted from each input
(``columnKind: unicodeCodePoints``). For plain-text files that is the file itself, with
line endings read as ``\\n``; for Markdown, HTML and DOCX it is the extracted text, so
fixes are attached only to plain-text inputs, where a region names the file's own text.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from unspin import __version__
from unspin.model import CheckResult, DocumentFinding, Finding, Severity
from unspin.read.document import Document
from unspin.report.rule_docs import flat, rule_body_markdown
from unspin.rules.load import load_rules
from unspin.rules.schema import Rule

SCHEMA_URI = ("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
              "sarif-schema-2.1.0.json")
SRCROOT = "%SRCROOT%"
FINGERPRINT = "unspinFinding/v1"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
OFFSETS_NOTE = (
    "Lines, columns, charOffset and charLength count Unicode code points in the plain text "
    "unspin extracted from each artifact, with line endings read as a single newline. For "
    "plain text that is the file's own text; for Markdown, HTML and DOCX it is the extracted "
    "text, whose SHA-256 is artifacts[].properties.textSha256."
)


def artifact_location(name: str) -> dict[str, Any]:
    """A relative path under %SRCROOT%, an absolute path as a file URI, stdin as a description."""
    if name.startswith("<") and name.endswith(">"):
        return {"uri": quote(name[1:-1]), "description": {"text": f"{name[1:-1]} (not a file)"}}
    path = PurePath(name)
    if path.is_absolute():
        return {"uri": Path(name).as_uri()}
    return {"uri": quote(posixpath.normpath(path.as_posix())), "uriBaseId": SRCROOT}


def _fingerprint(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:32]


def _rule_descriptor(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "name": "".join(word.capitalize() for word in rule.id.split("-")),
        "shortDescription": {"text": flat(rule.summary)},
        "fullDescription": {"text": flat(rule.why)},
        "help": {"text": flat(rule.instead), "markdown": rule_body_markdown(rule)},
        "defaultConfiguration": {"level": LEVELS[Severity.parse(rule.severity)]},
        "properties": {"family": rule.family, "scope": rule.scope, "tags": [rule.family]},
    }


def region(doc: Document, start: int, end: int) -> dict[str, Any]:
    """A text region by line/column (1-based, end exclusive) and by character offset."""
    start_line, start_col = doc.line_col(start)
    end_line, end_col = doc.line_col(end)
    return {"startLine": start_line, "startColumn": start_col, "endLine": end_line,
            "endColumn": end_col, "charOffset": start, "charLength": end - start,
            "snippet": {"text": doc.text[start:end]}}


@dataclass
class SarifRenderer:
    color: bool = False
    rules: dict[str, Rule] = field(default_factory=load_rules)
    version: str = __version__
    results: list[dict[str, Any]] = field(default_factory=list)
    artifacts: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._index = {rule_id: i for i, rule_id in enumerate(self.rules)}

    def document(self, result: CheckResult, doc: Document) -> str:
        location = artifact_location(result.path or doc.source)
        location["index"] = len(self.artifacts)
        self.artifacts.append({
            "location": {k: v for k, v in location.items() if k != "index"},
            "roles": ["analysisTarget"],
            "properties": {"format": doc.format, "textSha256": result.text_sha256},
        })
        seen: dict[str, int] = {}
        for finding in result.findings:
            self.results.append(self._finding(finding, doc, location, seen))
        for doc_finding in result.document_findings:
            self.results.append(self._document_finding(doc_finding, location, seen))
        return ""

    def _base(self, rule: str, severity: Severity, message: str, print_: str,
              seen: dict[str, int]) -> dict[str, Any]:
        seen[print_] = seen.get(print_, 0) + 1
        out: dict[str, Any] = {"ruleId": rule}
        if rule in self.rules:
            out["ruleIndex"] = self._index[rule]
        out.update({"level": LEVELS[severity], "message": {"text": message},
                    "partialFingerprints": {FINGERPRINT: f"{print_}:{seen[print_]}"}})
        return out

    def _finding(self, finding: Finding, doc: Document, location: dict[str, Any],
                 seen: dict[str, int]) -> dict[str, Any]:
        print_ = _fingerprint(finding.rule, " ".join(finding.text.lower().split()))
        out = self._base(finding.rule, finding.severity, finding.message, print_, seen)
        where = region(doc, finding.start, finding.end)
        out["locations"] = [{"physicalLocation": {"artifactLocation": location, "region": where}}]
        if finding.suggestions and not finding.quoted and doc.format == "text":
            # Lines and columns only: they hold in the file even where it has CRLF endings.
            deleted = {k: where[k] for k in ("startLine", "startColumn", "endLine", "endColumn")}
            out["fixes"] = [{
                "description": {"text": f"Replace with \u201c{suggestion}\u201d"},
                "artifactChanges": [{"artifactLocation": location, "replacements": [
                    {"deletedRegion": deleted, "insertedContent": {"text": suggestion}}]}],
            } for suggestion in finding.suggestions]
        properties: dict[str, Any] = {"quoted": finding.quoted,
                                      "confidence": round(finding.confidence, 2),
                                      "suggestions": list(finding.suggestions)}
        if finding.actor is not None:
            properties["actor"] = finding.actor.to_dict()
        out["properties"] = properties
        return out

    def _document_finding(self, finding: DocumentFinding, location: dict[str, Any],
                          seen: dict[str, int]) -> dict[str, Any]:
        out = self._base(finding.rule, finding.severity, finding.message,
                         _fingerprint(finding.rule), seen)
        out["locations"] = [{"physicalLocation": {"artifactLocation": location}}]
        out["properties"] = {"scope": "document"}
        return out

    def log(self) -> dict[str, Any]:
        driver = {"name": "unspin", "version": self.version, "semanticVersion": self.version,
                  "rules": [_rule_descriptor(rule) for rule in self.rules.values()]}
        run = {"tool": {"driver": driver}, "artifacts": self.artifacts, "results": self.results,
               "columnKind": "unicodeCodePoints",
               "properties": {"offsetEncoding": "unicodeCodePoints",
                              "offsetsInto": "extractedText", "comment": OFFSETS_NOTE}}
        return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}

    def finish(self) -> str:
        return json.dumps(self.log(), indent=2, ensure_ascii=False) + "\n"


def make(*, color: bool = False) -> SarifRenderer:
    return SarifRenderer(color=color)
