"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` per finding.

Escaping follows the Actions toolkit: in the message ``%``, CR and LF are percent-encoded;
in properties ``:`` and ``,`` are too. Lines and columns are 1-based and count Unicode code
points in the extracted text (``endColumn`` is the column just after the span, as ruff
writes it); a span over several lines carries lines only. Document findings, and findings
in HTML and DOCX inputs (whose extracted lines are not the file's), are file-level
annotations (no line). Standard input has no file, so its annotations carry none.
"""

from __future__ import annotations

from dataclasses import dataclass

from unspin.model import CheckResult, Severity
from unspin.read.document import Document

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
# Lines of the extracted text are the file's lines for plain text and (nearly) for Markdown;
# for HTML and DOCX they are not, so those findings annotate the file and quote the span.
LINE_FORMATS = ("text", "markdown")


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def workflow_command(severity: Severity, properties: list[tuple[str, str | int]],
                     message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties)
    return f"::{COMMANDS[severity]} {props}::{escape_data(message)}"


@dataclass
class GithubRenderer:
    color: bool = False

    def document(self, result: CheckResult, doc: Document) -> str:
        name = result.path or doc.source
        file: list[tuple[str, str | int]] = [] if name.startswith("<") else [("file", name)]
        lines: list[str] = []
        for finding in result.findings:
            where: list[tuple[str, str | int]] = []
            message = ("(in a quotation) " if finding.quoted else "") + finding.message
            if doc.format in LINE_FORMATS:
                line, col = doc.line_col(finding.start)
                end_line, end_col = doc.line_col(finding.end)
                where = [("line", line)]
                where += [("endLine", end_line)] if end_line != line else [
                    ("col", col), ("endLine", end_line), ("endColumn", end_col)]
            else:
                message = f"\u201c{finding.text}\u201d: {message}"
            message += "".join(f"\ninstead: {s}" for s in finding.suggestions)
            lines.append(workflow_command(finding.severity,
                                          [*file, *where, ("title", finding.rule)], message))
        for doc_finding in result.document_findings:
            lines.append(workflow_command(doc_finding.severity,
                                          [*file, ("title", doc_finding.rule)],
                                          doc_finding.message))
        return "".join(line + "\n" for line in lines)

    def finish(self) -> str:
        return ""


def make(*, color: bool = False) -> GithubRenderer:
    return GithubRenderer(color=color)
