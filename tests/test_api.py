"""The public Python API: what ``unspin`` exports, and that importing it does no work."""

from __future__ import annotations

import subprocess
import sys

import unspin


def test_api_all_is_pinned() -> None:
    assert sorted(unspin.__all__) == sorted([
        "Actor", "CheckResult", "Count", "DocumentFinding", "Evidence", "Finding", "Flag",
        "Harm", "HarmsResult", "LedgerResult", "Mention", "Severity", "Stated", "check",
        "ledger", "name_harms",
    ])


def test_api_import_loads_no_language_pipeline() -> None:
    code = ("import sys, unspin; heavy = [m for m in sys.modules if m.split('.')[0] in "
            "{'spacy', 'thinc', 'fastapi', 'duckdb', 'dask', 'httpx'}]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_api_check_result_matches_the_json_contract() -> None:
    result = unspin.check("Police rescued 26 women in a raid on three spas.")
    data = result.to_dict()
    assert set(data) == {"path", "text_sha256", "language", "findings", "document_findings"}
    (finding,) = data["findings"]
    assert set(finding) == {"rule", "severity", "start", "end", "text", "message",
                            "suggestions", "actor", "quoted", "confidence"}
    assert finding["rule"] == "rescue-frame" and finding["severity"] == "error"
    assert finding["suggestions"][0] == "Police detained 26 women"
    assert len(data["text_sha256"]) == 64


def test_api_check_accepts_a_config() -> None:
    from unspin.config import Config

    quiet = unspin.check("Police rescued 26 women in a raid.",
                         config=Config(ignore=frozenset({"rescue-frame"})))
    assert quiet.findings == ()
