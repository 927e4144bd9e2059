"""LanguageTool's HTTP wire format (``/v2/check``, ``/v2/languages``), so its clients work unchanged.

Request: form fields ``text`` or ``data`` (annotated text), ``language`` (``auto`` allowed),
``enabledRules``, ``disabledRules``, ``enabledCategories``, ``disabledCategories``,
``enabledOnly``, ``level`` (``picky`` adds info-level findings), ``motherTongue`` (ignored).
Unknown rule ids are ignored, as LanguageTool does, because clients send its own ids.

Response: LanguageTool's JSON shape, offsets and lengths in UTF-16 code units. Each unspin
finding is one match; its rule id is ``rule.id`` and its frame family the category.
Document-level findings have no span, so they are not sent as matches.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from unspin import __version__
from unspin.model import CheckResult, Finding, Severity
from unspin.server.annotation import Annotated, parse_data
from unspin.server.catalog import Catalog
from unspin.server.errors import RequestInvalid
from unspin.server.utf16 import Utf16Offsets

BUILD_DATE = "2026-11-01 00:00:00 +0000"
CONTEXT_CHARS = 40
MAX_FIELDS = 64
# The form fields of LanguageTool's POST /v2/check that unspin reads (others are ignored).
FORM_FIELDS = ("text", "data", "language", "enabledRules", "disabledRules",
               "enabledCategories", "disabledCategories", "enabledOnly", "level",
               "motherTongue")

# (name, code, longCode) as LanguageTool lists them.
LANGUAGES: tuple[tuple[str, str, str], ...] = (
    ("English", "en", "en"),
    ("English (US)", "en", "en-US"),
    ("English (GB)", "en", "en-GB"),
    ("English (Canadian)", "en", "en-CA"),
    ("English (Australian)", "en", "en-AU"),
)
_NAMES = {long_code.lower(): name for name, _, long_code in LANGUAGES}
DEFAULT_LONG_CODE = "en-US"

ISSUE_TYPES = {Severity.ERROR: "terminology", Severity.WARNING: "style", Severity.INFO: "style"}
TYPE_NAMES = {Severity.ERROR: "Other", Severity.WARNING: "Other", Severity.INFO: "Hint"}


def languages() -> list[dict[str, str]]:
    return [{"name": n, "code": c, "longCode": lc} for n, c, lc in LANGUAGES]


def parse_form(body: bytes) -> dict[str, str]:
    """Form fields from a request body, whatever Content-Type the client claimed.

    LanguageTool clients send ``application/x-www-form-urlencoded``; some (LTeX) label that
    body ``application/json``. A body that really is a JSON object is accepted too.
    """
    try:
        raw = body.decode("utf-8")
    except UnicodeDecodeError:
        raise RequestInvalid("request body", "is not UTF-8") from None
    stripped = raw.lstrip()
    if stripped.startswith("{"):
        try:
            value: Any = json.loads(stripped)
        except (ValueError, RecursionError):
            value = None
        if isinstance(value, dict):
            return {str(k): v if isinstance(v, str) else json.dumps(v) for k, v in value.items()}
    try:
        pairs = parse_qsl(raw, keep_blank_values=True, max_num_fields=MAX_FIELDS)
    except ValueError:
        raise RequestInvalid("request body", f"has more than {MAX_FIELDS} form fields") from None
    return dict(pairs)


def _ids(value: str | None) -> frozenset[str]:
    if not value:
        return frozenset()
    return frozenset(part.strip() for part in value.split(",") if part.strip())


@dataclass(frozen=True)
class LTRequest:
    """A parsed ``/v2/check`` request."""

    text: Annotated
    language: str  # the long code answered, e.g. en-US
    detected: bool  # True when the client asked for auto
    enabled_rules: frozenset[str] = frozenset()
    disabled_rules: frozenset[str] = frozenset()
    enabled_categories: frozenset[str] = frozenset()
    disabled_categories: frozenset[str] = frozenset()
    enabled_only: bool = False
    picky: bool = False

    def wants(self, finding: Finding, catalog: Catalog) -> bool:
        rule = finding.rule
        if finding.severity == Severity.INFO and not self.picky:
            return False
        if rule in self.disabled_rules:
            return False
        if self.disabled_categories and catalog.in_category(rule, self.disabled_categories):
            return False
        if self.enabled_only:
            return rule in self.enabled_rules or (
                bool(self.enabled_categories) and catalog.in_category(rule, self.enabled_categories)
            )
        return True


def parse_request(fields: Mapping[str, str]) -> LTRequest:
    text, data = fields.get("text"), fields.get("data")
    if text is None and data is None:
        raise RequestInvalid("text", 'missing: send the "text" or "data" form field')
    if text is not None and data is not None:
        raise RequestInvalid("text", 'send "text" or "data", not both')
    annotated = Annotated.of_text(text) if text is not None else parse_data(data or "")
    language = (fields.get("language") or "auto").strip()
    detected = language.lower() == "auto"
    long_code = DEFAULT_LONG_CODE if detected else _long_code(language)
    enabled_only = (fields.get("enabledOnly") or "").strip().lower() == "true"
    request = LTRequest(
        text=annotated,
        language=long_code,
        detected=detected,
        enabled_rules=_ids(fields.get("enabledRules")),
        disabled_rules=_ids(fields.get("disabledRules")),
        enabled_categories=_ids(fields.get("enabledCategories")),
        disabled_categories=_ids(fields.get("disabledCategories")),
        enabled_only=enabled_only,
        picky=(fields.get("level") or "").strip().lower() == "picky",
    )
    if enabled_only and not request.enabled_rules and not request.enabled_categories:
        raise RequestInvalid(
            "enabledOnly", "needs enabledRules or enabledCategories to say what to check"
        )
    return request


def _long_code(language: str) -> str:
    for _, _, long_code in LANGUAGES:
        if long_code.lower() == language.lower():
            return long_code
    if language.lower().startswith("en-"):
        return DEFAULT_LONG_CODE  # en-NZ, en-ZA...: English rules apply alike
    raise RequestInvalid("language", f"{language[:20]!r} is not supported: unspin reads English")


_SENTENCE_END = re.compile(r"[.!?]['\"\u2019\u201d)\]]*\s+|\n\s*")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding [start, end): cut at ., ! or ? followed by space, or a newline."""
    begin = max(0, start - 2000)
    for found in _SENTENCE_END.finditer(text, begin, start):
        begin = found.end()
    limit = min(len(text), end + 2000)
    after = _SENTENCE_END.search(text, end, limit)
    return text[begin : after.end() if after else limit].strip()


def context(text: str, start: int, end: int, utf16: Utf16Offsets) -> dict[str, int | str]:
    """LanguageTool's context: up to 40 characters each side, ``...`` where cut, on one line."""
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(text), end + CONTEXT_CHARS)
    prefix = "..." if left > 0 else ""
    suffix = "..." if right < len(text) else ""
    body = re.sub(r"[\r\n\t]", " ", text[left:right])
    offset = len(prefix) + utf16(start) - utf16(left)
    return {
        "text": prefix + body + suffix,
        "offset": offset,
        "length": utf16(end) - utf16(start),
    }


def match(
    finding: Finding, request: LTRequest, catalog: Catalog, utf16: Utf16Offsets
) -> dict[str, Any]:
    full = request.text.full
    start, end = request.text.to_full(finding.start, finding.end)
    offset, length = utf16.span(start, end)
    info = catalog.info(finding.rule)
    return {
        "message": finding.message,
        "shortMessage": info.family_name,
        "replacements": [{"value": s} for s in finding.suggestions],
        "offset": offset,
        "length": length,
        "context": context(full, start, end, utf16),
        "sentence": sentence_around(request.text.plain, finding.start, finding.end),
        "type": {"typeName": TYPE_NAMES[finding.severity]},
        "rule": {
            "id": finding.rule,
            "description": info.summary,
            "issueType": ISSUE_TYPES[finding.severity],
            "category": {"id": info.category_id, "name": info.family_name},
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def response(result: CheckResult, request: LTRequest, catalog: Catalog) -> dict[str, Any]:
    """The ``/v2/check`` body for ``result``, in LanguageTool's shape."""
    utf16 = Utf16Offsets(request.text.full)
    name = _NAMES[request.language.lower()]
    matches = [
        match(f, request, catalog, utf16)
        for f in sorted(result.findings, key=lambda f: (f.start, f.end, f.rule))
        if request.wants(f, catalog)
    ]
    return {
        "software": {
            "name": "unspin",
            "version": __version__,
            "buildDate": BUILD_DATE,
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        "warnings": {"incompleteResults": False},
        "language": {
            "name": name,
            "code": request.language,
            "detectedLanguage": {
                "name": name,
                "code": request.language,
                "confidence": 0.99 if request.detected else 1.0,
                "source": "unspin",
            },
        },
        "matches": matches,
    }
