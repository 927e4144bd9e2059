"""The real ``unspin serve`` on 127.0.0.1, called over HTTP."""

from __future__ import annotations

import json

import httpx
import pytest

import unspin
import unspin.api
from unspin.config import Config
from unspin.model import Severity

RESCUE = "Police rescued 26 women in a raid on three spas."
FIRE = "Firefighters rescued two tenants from the burning building."
ERROR_KEYS = {"status", "type", "source", "reason"}


def assert_error(response: httpx.Response, status: int, kind: str) -> dict[str, object]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == ERROR_KEYS
    assert (body["error"]["status"], body["error"]["type"]) == (status, kind)
    return body["error"]  # type: ignore[no-any-return]


def test_http_healthz(base_url: str) -> None:
    body = httpx.get(base_url + "healthz").json()
    assert body["status"] == "ok"
    assert body["version"] == unspin.__version__


@pytest.mark.parametrize("text", [RESCUE, FIRE, "", "😀 " + RESCUE, "Just a line.\n" * 40])
def test_http_api_check_returns_the_cli_json(base_url: str, text: str) -> None:
    response = httpx.post(base_url + "api/check", json={"text": text})
    assert response.status_code == 200
    assert response.json() == unspin.check(text).to_dict()


def test_http_api_check_finds_the_rescue_frame(base_url: str) -> None:
    findings = httpx.post(base_url + "api/check", json={"text": RESCUE}).json()["findings"]
    assert [(f["rule"], f["start"], f["end"]) for f in findings] == [("rescue-frame", 0, 23)]
    assert httpx.post(base_url + "api/check", json={"text": FIRE}).json()["findings"] == []


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ({"ignore": ["rescue-frame"]}, Config(ignore=frozenset({"rescue-frame"}))),
        ({"select": ["passive-victim"]}, Config(select=frozenset({"passive-victim"}))),
        ({"severity": "error"}, Config(severity=Severity.ERROR)),
        ({}, Config()),
    ],
)
def test_http_api_check_applies_config(
    base_url: str, config: dict[str, object], expected: Config
) -> None:
    text = RESCUE + " The girls were taken to a shelter."
    response = httpx.post(base_url + "api/check", json={"text": text, "config": config})
    assert response.status_code == 200
    assert response.json() == unspin.check(text, config=expected).to_dict()


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ({"text": RESCUE, "config": {"ignore": ["no-such-rule"]}}, "config"),
        ({"text": RESCUE, "config": {"select": ["rescue-frame", "made-up"]}}, "config"),
        ({"text": RESCUE, "config": {"severity": "loud"}}, "config.severity"),
        ({"text": RESCUE, "config": {"colour": "red"}}, "config.colour"),
        ({"text": 12}, "text"),
        ({}, "text"),
        ({"text": RESCUE, "extra": 1}, "extra"),
        ([RESCUE], "request body"),
    ],
)
def test_http_api_check_bad_bodies_are_400(base_url: str, body: object, source: str) -> None:
    error = assert_error(
        httpx.post(base_url + "api/check", json=body),
        400,
        "config-error" if source == "config" else "request-invalid",
    )
    assert error["source"] == source


def test_http_bad_json_is_400_and_never_echoes_the_body(base_url: str) -> None:
    response = httpx.post(
        base_url + "api/check",
        content=b'{"text": "Police rescued the secret words',
        headers={"content-type": "application/json"},
    )
    error = assert_error(response, 400, "request-invalid")
    assert "secret" not in response.text
    assert error["reason"] == "is not valid JSON"


def test_http_lone_surrogate_is_400(base_url: str) -> None:
    response = httpx.post(
        base_url + "api/check",
        content=b'{"text": "Police \\ud800 rescued"}',
        headers={"content-type": "application/json"},
    )
    assert_error(response, 400, "request-invalid")


def test_http_api_rules_lists_every_rule_with_its_documentation(base_url: str) -> None:
    from unspin.rules.load import rule_ids

    rules = httpx.get(base_url + "api/rules").json()["rules"]
    assert [r["id"] for r in rules] == rule_ids()
    for rule in rules:
        assert {"summary", "why", "instead", "examples", "sources", "category"} <= set(rule)


def test_http_openapi_document_lists_the_api(base_url: str) -> None:
    document = httpx.get(base_url + "openapi.json").json()
    assert set(document["paths"]) >= {
        "/api/check",
        "/api/ledger",
        "/api/name",
        "/api/rules",
        "/healthz",
        "/v2/check",
        "/v2/languages",
    }


def test_http_docs_pages_that_load_scripts_from_a_cdn_are_off(base_url: str) -> None:
    for path in ("docs", "redoc"):
        assert httpx.get(base_url + path).status_code == 404


@pytest.mark.parametrize(
    ("name", "path", "body"),
    [
        ("ledger", "api/ledger", {"text": RESCUE + " Six people were arrested."}),
        ("name_harms", "api/name", {"text": "My boyfriend took all the money I earned."}),
    ],
)
def test_http_ledger_and_name_return_the_api_json_or_501(
    base_url: str, name: str, path: str, body: dict[str, str]
) -> None:
    response = httpx.post(base_url + path, json=body)
    if hasattr(unspin.api, name):
        assert response.status_code == 200, response.text
        assert response.json() == getattr(unspin.api, name)(body["text"]).to_dict()
    else:
        assert_error(response, 501, "not-implemented-yet")


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ({}, "request body"),
        ({"text": "a", "url": "http://127.0.0.1/"}, "request body"),
        ({"url": "file:///etc/passwd"}, "request body"),
        ({"url": "ftp://example.org/story"}, "request body"),
    ],
)
def test_http_api_ledger_needs_text_or_an_http_url(
    base_url: str, body: object, source: str
) -> None:
    error = assert_error(httpx.post(base_url + "api/ledger", json=body), 400, "request-invalid")
    assert error["source"] == source


@pytest.mark.parametrize(
    ("method", "path", "status", "kind"),
    [
        ("GET", "no/such/page", 404, "route-not-found"),
        ("GET", "api/check", 405, "method-not-allowed"),
        ("PUT", "v2/check", 405, "method-not-allowed"),
        ("GET", "static/missing.js", 404, "route-not-found"),
    ],
)
def test_http_framework_errors_use_the_one_error_shape(
    base_url: str, method: str, path: str, status: int, kind: str
) -> None:
    assert_error(httpx.request(method, base_url + path), status, kind)


@pytest.mark.parametrize("path", ["api/check", "v2/check", "api/name"])
def test_http_body_over_the_limit_is_413(base_url: str, path: str) -> None:
    text = "Police rescued 26 women. " * 50_000  # about 1.25 MB
    response = httpx.post(base_url + path, data={"text": text, "language": "en-US"})
    error = assert_error(response, 413, "input-too-large")
    assert error["source"] == "request body"


def test_http_chunked_body_over_the_limit_is_413(base_url: str) -> None:
    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(20):
            yield b"x" * 100_000

    response = httpx.post(base_url + "v2/check", content=chunks())
    assert_error(response, 413, "input-too-large")


def test_http_host_header_must_be_local_when_bound_to_loopback(base_url: str) -> None:
    response = httpx.get(base_url + "healthz", headers={"host": "attacker.example"})
    assert_error(response, 400, "host-not-allowed")
    assert httpx.get(base_url + "healthz", headers={"host": "localhost:1"}).status_code == 200


def test_http_no_cors_headers_without_allow_origin(base_url: str) -> None:
    response = httpx.options(
        base_url + "api/check",
        headers={"origin": "https://example.org", "access-control-request-method": "POST"},
    )
    assert "access-control-allow-origin" not in response.headers
    response = httpx.post(
        base_url + "api/check", json={"text": FIRE}, headers={"origin": "https://example.org"}
    )
    assert "access-control-allow-origin" not in response.headers


def test_http_every_response_forbids_caching_and_outside_resources(base_url: str) -> None:
    for response in (httpx.get(base_url), httpx.post(base_url + "api/check", json={"text": FIRE})):
        assert response.headers["cache-control"] == "no-store"
        assert "default-src 'self'" in response.headers["content-security-policy"]


def test_http_web_page_and_its_assets_are_served(base_url: str) -> None:
    page = httpx.get(base_url)
    assert page.status_code == 200
    assert "Nothing leaves this machine." in page.text
    for asset in ("static/app.js", "static/app.css"):
        assert httpx.get(base_url + asset).status_code == 200
    assert "http" not in json.dumps(
        [line for line in page.text.splitlines() if "src=" in line or "href=" in line]
    )


ANNOTATED = json.dumps(
    {
        "annotation": [
            {"markup": "<p>"},
            {"text": "Police "},
            {"markup": "<em>"},
            {"text": "rescued"},
            {"markup": "</em>"},
            {"text": " 26 women in a raid on three spas."},
        ]
    }
)


@pytest.mark.parametrize(
    ("kwargs", "offset", "length"),
    [
        ({"data": {"text": RESCUE, "language": "en-US"}}, 0, 23),
        ({"data": {"text": RESCUE, "language": "auto"}}, 0, 23),
        (  # LTeX labels its form body application/json
            {
                "content": "text=" + RESCUE.replace(" ", "+") + "&language=en-US",
                "headers": {"content-type": "application/json"},
            },
            0,
            23,
        ),
        ({"files": {"text": (None, RESCUE), "language": (None, "en-GB")}}, 0, 23),
        ({"data": {"text": "Update 😀🙂\n" + RESCUE, "language": "en-US"}}, 12, 23),
        ({"data": {"text": "警察が来た。 " + RESCUE, "language": "en-US"}}, 7, 23),
        ({"data": {"data": ANNOTATED, "language": "en-US"}}, 3, 32),
    ],
)
def test_http_v2_check_in_languagetools_format(
    base_url: str, kwargs: dict[str, object], offset: int, length: int
) -> None:
    response = httpx.post(base_url + "v2/check", **kwargs)  # type: ignore[arg-type]
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"software", "warnings", "language", "matches"}
    [match] = body["matches"]
    assert (match["rule"]["id"], match["offset"], match["length"]) == (
        "rescue-frame",
        offset,
        length,
    )
    assert match["replacements"] == [{"value": "Police detained 26 women"}]
    assert match["rule"]["category"] == {"id": "RESCUE", "name": "Rescue and saviour framing"}


def test_http_v2_check_firefighters_have_no_match(base_url: str) -> None:
    response = httpx.post(base_url + "v2/check", data={"text": FIRE, "language": "en-US"})
    assert response.json()["matches"] == []


def test_http_v2_languages(base_url: str) -> None:
    codes = [lang["longCode"] for lang in httpx.get(base_url + "v2/languages").json()]
    assert codes == ["en", "en-US", "en-GB", "en-CA", "en-AU"]


@pytest.mark.parametrize(
    ("data", "source"),
    [
        ({"language": "en-US"}, "text"),
        ({"text": RESCUE, "language": "fr-FR"}, "language"),
        ({"data": "{", "language": "en-US"}, "data"),
    ],
)
def test_http_v2_check_bad_forms_are_400(base_url: str, data: dict[str, str], source: str) -> None:
    error = assert_error(httpx.post(base_url + "v2/check", data=data), 400, "request-invalid")
    assert error["source"] == source


def test_http_api_ledger_from_a_url(base_url: str) -> None:
    import importlib.util
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    page = (
        "<html><head><title>Raid</title></head><body><nav>Home | News</nav><article>"
        f"<p>{RESCUE}</p><p>Officers arrested six people.</p></article></body></html>"
    ).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("content-type", "text/html; charset=utf-8")
            self.send_header("content-length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    with ThreadingHTTPServer(("127.0.0.1", 0), Handler) as site:
        threading.Thread(target=site.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{site.server_address[1]}/story.html"
        response = httpx.post(base_url + "api/ledger", json={"url": url}, timeout=30)
        site.shutdown()
    if importlib.util.find_spec("unspin.read.url") is None:
        assert_error(response, 501, "not-implemented-yet")
    else:
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["claimed_rescued"]["value"] == 26
        assert body["arrested"]["value"] == 6


def test_http_api_ledger_url_that_cannot_be_fetched_is_one_error(base_url: str) -> None:
    import socket

    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    url = f"http://127.0.0.1:{port}/story.html"
    response = httpx.post(base_url + "api/ledger", json={"url": url}, timeout=30)
    error = assert_error(response, 400, "input-error")
    assert (error["source"], error["reason"]) == (url, "could not connect")
