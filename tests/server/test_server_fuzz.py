"""Property tests on the live endpoints: whatever arrives, the answer is never a 500.

Every answer is either the endpoint's result or the one JSON error shape with a 4xx status.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unspin.server.languagetool import FORM_FIELDS

FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
WORDS = [
    "police",
    "rescued",
    "raid",
    "women",
    "trafficking",
    "girls",
    "freed",
    "😀",
    "警察",
    "𠀀",
    "\n",
    ".",
    '"',
    "“",
    "'",
    "sex",
    "slaves",
    "illegal",
    "bust",
    "officers",
]
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
)
json_values: Any = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
LT_FIELDS = list(FORM_FIELDS)


@pytest.fixture(scope="module")
def client(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=30) as session:
        yield session


def assert_answered(reply: httpx.Response) -> dict[str, Any] | list[Any]:
    assert reply.status_code < 500, reply.text
    body = reply.json()
    if reply.status_code >= 400:
        assert set(body) == {"error"}
        assert set(body["error"]) == {"status", "type", "source", "reason"}
        assert body["error"]["status"] == reply.status_code
    return body  # type: ignore[no-any-return]


@FUZZ
@given(text=texts)
def test_fuzz_api_check_any_text(client: httpx.Client, text: str) -> None:
    body = assert_answered(client.post("/api/check", json={"text": text}))
    assert isinstance(body, dict)
    for finding in body.get("findings", []):
        assert text[finding["start"] : finding["end"]] == finding["text"]


@FUZZ
@given(body=json_values)
def test_fuzz_api_endpoints_any_json(client: httpx.Client, body: Any) -> None:
    for path in ("/api/check", "/api/ledger", "/api/name"):
        reply = client.post(path, json=body)
        assert_answered(reply)
        assert reply.status_code in (200, 400, 501)


@FUZZ
@given(
    raw=st.binary(max_size=300),
    content_type=st.sampled_from(
        [
            "application/json",
            "application/x-www-form-urlencoded",
            "text/plain",
            "",
            "multipart/form-data; boundary=xyz",
            "multipart/form-data",
        ]
    ),
)
def test_fuzz_any_bytes_with_any_content_type(
    client: httpx.Client, raw: bytes, content_type: str
) -> None:
    for path in ("/api/check", "/v2/check"):
        assert_answered(client.post(path, content=raw, headers={"content-type": content_type}))


@FUZZ
@given(
    fields=st.dictionaries(
        st.sampled_from(LT_FIELDS),
        st.one_of(
            texts,
            st.sampled_from(
                ["en-US", "auto", "de-DE", "picky", "true", "RESCUE,LABELS", "rescue-frame", ""]
            ),
        ),
        max_size=6,
    )
)
def test_fuzz_v2_check_any_form(client: httpx.Client, fields: dict[str, str]) -> None:
    reply = client.post("/v2/check", data=fields)
    body = assert_answered(reply)
    if reply.status_code == 200:
        assert isinstance(body, dict)
        units = fields.get("text", "").encode("utf-16-le")
        for match in body["matches"]:
            assert 0 <= match["offset"] and match["offset"] + match["length"] <= len(units) // 2


@FUZZ
@given(
    parts=st.lists(
        st.one_of(
            st.fixed_dictionaries({"text": texts}),
            st.fixed_dictionaries(
                {"markup": st.text(max_size=20)},
                optional={"interpretAs": st.sampled_from(["\n", "\n\n", " ", ""])},
            ),
            json_values,
        ),
        max_size=12,
    )
)
def test_fuzz_v2_check_any_annotation(client: httpx.Client, parts: list[Any]) -> None:
    data = json.dumps({"annotation": parts})
    assert_answered(client.post("/v2/check", data={"data": data, "language": "auto"}))
