"""docs/wire-schema.md is the contract of ``unspin check --format json``: its example and its
JSON Schema are checked here, and real results of ``unspin.check`` must fit the same schema."""

from __future__ import annotations

import copy
import functools
import hashlib
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from markdown_it import MarkdownIt

import unspin

DOC = Path(__file__).resolve().parent.parent / "docs" / "wire-schema.md"


@functools.lru_cache(maxsize=1)
def _blocks() -> dict[str, str]:
    """Fenced blocks of the page by info string ("text", "json", "json schema")."""
    blocks: dict[str, str] = {}
    for token in MarkdownIt().parse(DOC.read_text("utf-8")):
        if token.type == "fence":
            assert token.info not in blocks, f"two ```{token.info} blocks in {DOC.name}"
            blocks[token.info] = token.content
    return blocks


def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(_blocks()["json schema"])
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def _errors(instance: Any) -> list[str]:
    validator = jsonschema.Draft202012Validator(_schema())
    return sorted(f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
                  for e in validator.iter_errors(instance))


def _semantic_errors(result: dict[str, Any], text: str) -> list[str]:
    errors = []
    if result["text_sha256"] != hashlib.sha256(text.encode("utf-8")).hexdigest():
        errors.append("text_sha256 is not the hash of the text")
    for i, finding in enumerate(result["findings"]):
        if not finding["start"] < finding["end"]:
            errors.append(f"findings/{i}: start is not before end")
        if text[finding["start"]:finding["end"]] != finding["text"]:
            errors.append(f"findings/{i}: text is not text[start:end]")
    return errors


def test_wire_schema_example_matches_the_schema() -> None:
    example = json.loads(_blocks()["json"])
    assert _errors(example) == []


def test_wire_schema_example_offsets_and_hash_fit_its_input() -> None:
    text = _blocks()["text"].removesuffix("\n")
    example = json.loads(_blocks()["json"])
    assert _semantic_errors(example, text) == []
    # The page promises the emoji makes code points and UTF-16 units differ here.
    first = example["findings"][0]
    assert first["start"] == 2
    assert len(text[:first["start"]].encode("utf-16-le")) // 2 == 3


def _broken(change: str) -> Any:
    example = json.loads(_blocks()["json"])
    finding = example["findings"][0]
    if change == "extra field":
        example["score"] = 3
    elif change == "missing document_findings":
        del example["document_findings"]
    elif change == "severity fatal":
        finding["severity"] = "fatal"
    elif change == "start as string":
        finding["start"] = "2"
    elif change == "negative start":
        finding["start"] = -1
    elif change == "actor type police-officer":
        finding["actor"]["type"] = "police-officer"
    elif change == "confidence 1.5":
        finding["confidence"] = 1.5
    elif change == "rule id with capitals":
        finding["rule"] = "Rescue-Frame"
    elif change == "short sha":
        example["text_sha256"] = "abc"
    elif change == "document finding without message":
        del example["document_findings"][0]["message"]
    return example


@pytest.mark.parametrize("change, error", [
    ("extra field", ": Additional properties are not allowed ('score' was unexpected)"),
    ("missing document_findings", ": 'document_findings' is a required property"),
    ("severity fatal", "findings/0/severity: 'fatal' is not one of ['error', 'warning', 'info']"),
    ("start as string", "findings/0/start: '2' is not of type 'integer'"),
    ("negative start", "findings/0/start: -1 is less than the minimum of 0"),
    ("actor type police-officer", ("findings/0/actor: {'text': 'Police', 'type': "
     "'police-officer'} is not valid under any of the given schemas")),
    ("confidence 1.5", "findings/0/confidence: 1.5 is greater than the maximum of 1"),
    ("rule id with capitals",
     "findings/0/rule: 'Rescue-Frame' does not match '^[a-z]+(-[a-z]+)*$'"),
    ("short sha", "text_sha256: 'abc' does not match '^[0-9a-f]{64}$'"),
    ("document finding without message",
     "document_findings/0: 'message' is a required property"),
])
def test_wire_schema_rejects_broken_results(change: str, error: str) -> None:
    assert _errors(_broken(change)) == [error]


def test_wire_schema_semantic_checks_catch_a_shifted_span() -> None:
    text = _blocks()["text"].removesuffix("\n")
    example = json.loads(_blocks()["json"])
    shifted = copy.deepcopy(example)
    shifted["findings"][0]["start"] += 1
    assert _semantic_errors(shifted, text) == ["findings/0: text is not text[start:end]"]
    assert _semantic_errors(example, text + " ") == ["text_sha256 is not the hash of the text"]


def test_wire_schema_actor_types_match_the_model() -> None:
    from unspin.model import ACTOR_TYPES

    assert tuple(_schema()["$defs"]["actor"]["properties"]["type"]["enum"]) == ACTOR_TYPES


TEXTS = {
    "raid with a quote": _blocks()["text"].removesuffix("\n"),
    "press release": "Detectives from the vice unit rescued nine women during a raid on a "
                     "massage business on Elm Street. Two managers were charged with "
                     "promoting prostitution.",
    "non-state rescue": "Firefighters rescued two tenants from a burning building overnight.",
    "nothing to find": "The council approved a new budget for the library on Monday.",
}


@pytest.mark.parametrize("name", list(TEXTS))
def test_wire_schema_real_results_match_the_schema(name: str) -> None:
    text = TEXTS[name]
    for path in (f"{name}.txt", None):
        result = unspin.check(text, path=path).to_dict()
        assert _errors(result) == []
        assert _semantic_errors(result, text) == []
        assert result["path"] == path
        # What the CLI prints is this object on one line.
        assert json.loads(json.dumps(result, ensure_ascii=False)) == result
