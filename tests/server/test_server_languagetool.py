"""The LanguageTool wire format, on CheckResults built by hand (no model, no server)."""

from __future__ import annotations

import json

import pytest

from unspin.model import CheckResult, Finding, Severity
from unspin.server import languagetool
from unspin.server.annotation import parse_data
from unspin.server.catalog import load_catalog
from unspin.server.errors import RequestInvalid
from unspin.server.languagetool import LTRequest, parse_form, parse_request, sentence_around
from unspin.server.utf16 import Utf16Offsets, utf16_len

CATALOG = load_catalog()


def finding(
    text: str, phrase: str, rule: str = "rescue-frame", severity: Severity = Severity.ERROR
) -> Finding:
    start = text.index(phrase)
    return Finding(
        rule=rule,
        severity=severity,
        start=start,
        end=start + len(phrase),
        text=phrase,
        message="why it misleads",
        suggestions=("police detained 26 women",),
    )


def lt(text: str, *findings: Finding, **fields: str) -> dict[str, object]:
    request = parse_request({"text": text, "language": "en-US", **fields})
    return languagetool.response(CheckResult(text=text, findings=findings), request, CATALOG)


PHRASE = "police rescued 26 women"


@pytest.mark.parametrize(
    ("text", "offset", "length"),
    [
        ("police rescued 26 women in a raid.", 0, 23),
        ("😀 police rescued 26 women in a raid.", 3, 23),  # emoji: 2 UTF-16 units
        ("😀😀 " + PHRASE, 5, 23),
        ("警察说 police rescued 26 women.", 4, 23),  # BMP CJK: 1 unit each
        ("𠀀𠀁 " + PHRASE, 5, 23),  # CJK Extension B: 2 units each
        ("Ünïcödé café — " + PHRASE, 15, 23),
        ("👩🏽‍⚕️ says " + PHRASE, 13, 23),  # a ZWJ sequence: 7 code points, 10 units
    ],
)
def test_languagetool_offsets_are_utf16_units(text: str, offset: int, length: int) -> None:
    match = lt(text, finding(text, PHRASE))["matches"][0]  # type: ignore[index]
    assert (match["offset"], match["length"]) == (offset, length)
    assert (
        text.encode("utf-16-le")[offset * 2 : (offset + length) * 2].decode("utf-16-le") == PHRASE
    )


def test_languagetool_length_counts_emoji_inside_the_span() -> None:
    text = "Officers 🚓 rescued them."
    match = lt(text, finding(text, "Officers 🚓 rescued them"))["matches"][0]  # type: ignore[index]
    assert (match["offset"], match["length"]) == (0, 24)


@pytest.mark.parametrize(
    ("text", "offsets"),
    [
        ("abc", [0, 1, 2, 3]),
        ("a😀b", [0, 1, 3, 4]),
        ("😀😀", [0, 2, 4]),
        ("", [0]),
    ],
)
def test_utf16_offsets_table(text: str, offsets: list[int]) -> None:
    convert = Utf16Offsets(text)
    assert [convert(i) for i in range(len(text) + 1)] == offsets
    assert utf16_len(text) == offsets[-1]


def test_languagetool_response_has_languagetools_shape() -> None:
    text = "Police rescued 26 women in a raid on three spas."
    body = lt(text, finding(text, "Police rescued 26 women"))
    assert set(body) == {"software", "warnings", "language", "matches"}
    assert set(body["software"]) >= {"name", "version", "buildDate", "apiVersion"}  # type: ignore[arg-type]
    assert body["warnings"] == {"incompleteResults": False}
    assert body["language"]["code"] == "en-US"  # type: ignore[index]
    assert body["matches"] == [  # type: ignore[comparison-overlap]
        {
            "message": "why it misleads",
            "shortMessage": "Rescue and saviour framing",
            "replacements": [{"value": "police detained 26 women"}],
            "offset": 0,
            "length": 23,
            "context": {"text": text, "offset": 0, "length": 23},
            "sentence": text,
            "type": {"typeName": "Other"},
            "rule": {
                "id": "rescue-frame",
                "description": CATALOG.info("rescue-frame").summary,
                "issueType": "terminology",
                "category": {"id": "RESCUE", "name": "Rescue and saviour framing"},
            },
            "ignoreForIncompleteSentence": False,
            "contextForSureMatch": 0,
        }
    ]


def test_languagetool_context_is_cut_to_forty_characters_with_ellipses() -> None:
    text = "x" * 100 + " police rescued 26 women " + "y" * 100
    context = lt(text, finding(text, PHRASE))["matches"][0]["context"]  # type: ignore[index]
    assert context["text"] == "..." + "x" * 39 + " " + PHRASE + " " + "y" * 39 + "..."
    assert context["text"][context["offset"] : context["offset"] + context["length"]] == PHRASE


def test_languagetool_context_offset_counts_utf16_and_newlines_become_spaces() -> None:
    text = "😀\nHeadline\n" + PHRASE + "."
    context = lt(text, finding(text, PHRASE))["matches"][0]["context"]  # type: ignore[index]
    assert context == {"text": "😀 Headline " + PHRASE + ".", "offset": 12, "length": 23}


@pytest.mark.parametrize(
    ("text", "phrase", "sentence"),
    [
        (
            "It rained. Police rescued 26 women in a raid. Nobody was charged.",
            "Police rescued",
            "Police rescued 26 women in a raid.",
        ),
        ("Headline\nPolice rescued 26 women\nBody text.", "rescued", "Police rescued 26 women"),
        ('"Police rescued them!" she said. Then more.', "rescued", '"Police rescued them!"'),
        ("No end in sight police rescued", "rescued", "No end in sight police rescued"),
    ],
)
def test_languagetool_sentence_around_a_finding(text: str, phrase: str, sentence: str) -> None:
    start = text.index(phrase)
    assert sentence_around(text, start, start + len(phrase)) == sentence


RULES = ["rescue-frame", "saviour-frame", "passive-victim", "trafficking-conflation"]


@pytest.mark.parametrize(
    ("fields", "kept"),
    [
        ({}, RULES),
        ({"disabledRules": "rescue-frame"}, RULES[1:]),
        ({"disabledRules": "WHITESPACE_RULE,MORFOLOGIK_RULE_EN_US"}, RULES),  # LT ids: ignored
        ({"enabledRules": "passive-victim"}, RULES),  # all unspin rules are on already
        ({"enabledRules": "passive-victim", "enabledOnly": "true"}, ["passive-victim"]),
        ({"disabledCategories": "RESCUE"}, ["passive-victim", "trafficking-conflation"]),
        ({"disabledCategories": "rescue,labels"}, ["trafficking-conflation"]),
        ({"enabledCategories": "LABELS", "enabledOnly": "true"}, ["passive-victim"]),
        (
            {
                "enabledCategories": "TRAFFICKING",
                "enabledRules": "rescue-frame",
                "enabledOnly": "true",
            },
            ["rescue-frame", "trafficking-conflation"],
        ),
        ({"motherTongue": "de-DE"}, RULES),
    ],
)
def test_languagetool_rule_and_category_filters(fields: dict[str, str], kept: list[str]) -> None:
    text = "abcd efgh ijkl mnop"
    findings = [
        Finding(rule, Severity.ERROR, i * 5, i * 5 + 4, text[i * 5 : i * 5 + 4], "m")
        for i, rule in enumerate(RULES)
    ]
    matches = lt(text, *findings, **fields)["matches"]
    assert [m["rule"]["id"] for m in matches] == kept  # type: ignore[attr-defined]


@pytest.mark.parametrize(("level", "count"), [("default", 1), ("", 1), ("picky", 2)])
def test_languagetool_info_findings_only_when_picky(level: str, count: int) -> None:
    text = "the girls were rescued"
    findings = (
        finding(text, "the girls", "passive-victim", Severity.INFO),
        finding(text, "rescued"),
    )
    assert len(lt(text, *findings, level=level)["matches"]) == count  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "code", "detected"),
    [
        ("en-US", "en-US", False),
        ("en-gb", "en-GB", False),
        ("en-CA", "en-CA", False),
        ("en-AU", "en-AU", False),
        ("en", "en", False),
        ("auto", "en-US", True),
        ("en-NZ", "en-US", False),
    ],
)
def test_languagetool_language_codes(language: str, code: str, detected: bool) -> None:
    request = parse_request({"text": "x", "language": language})
    assert (request.language, request.detected) == (code, detected)


@pytest.mark.parametrize(
    ("fields", "source"),
    [
        ({"language": "en-US"}, "text"),
        ({"text": "x", "data": "{}", "language": "en-US"}, "text"),
        ({"text": "x", "language": "de-DE"}, "language"),
        ({"text": "x", "enabledOnly": "true"}, "enabledOnly"),
        ({"data": "not json"}, "data"),
        ({"data": '{"annotation": [{"text": "a", "markup": "b"}]}'}, "data"),
        ({"data": '{"annotation": [{"markup": 3}]}'}, "data"),
        ({"data": '{"annotation": "text"}'}, "data"),
        ({"data": "[1]"}, "data"),
    ],
)
def test_languagetool_bad_requests_name_the_field(fields: dict[str, str], source: str) -> None:
    with pytest.raises(RequestInvalid) as raised:
        parse_request(fields)
    assert raised.value.source == source


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        (b"text=Police+rescued&language=en-US", {"text": "Police rescued", "language": "en-US"}),
        (b"text=caf%C3%A9%20%F0%9F%98%80", {"text": "café 😀"}),
        (b"text=&language=auto", {"text": "", "language": "auto"}),
        (
            b'{"text": "Police rescued", "language": "en-US"}',
            {"text": "Police rescued", "language": "en-US"},
        ),
        (b'{"data": {"annotation": []}}', {"data": '{"annotation": []}'}),
        (b"", {}),
    ],
)
def test_languagetool_parse_form_whatever_the_content_type(
    body: bytes, fields: dict[str, str]
) -> None:
    assert parse_form(body) == fields


def test_languagetool_parse_form_rejects_bytes_that_are_not_utf8() -> None:
    with pytest.raises(RequestInvalid):
        parse_form(b"text=\xff\xfe")


ANNOTATION = [
    {"markup": "<p>"},
    {"text": "Police "},
    {"markup": "<b>"},
    {"text": "rescued"},
    {"markup": "</b>"},
    {"text": " 26 women."},
    {"markup": "</p>", "interpretAs": "\n\n"},
    {"markup": "<img alt='😀'>"},
    {"text": "Officers freed them."},
]


def test_annotation_plain_text_skips_markup_and_keeps_interpret_as() -> None:
    annotated = parse_data(json.dumps({"annotation": ANNOTATION}))
    assert annotated.plain == "Police rescued 26 women.\n\nOfficers freed them."
    assert annotated.full == (
        "<p>Police <b>rescued</b> 26 women.</p><img alt='😀'>Officers freed them."
    )


@pytest.mark.parametrize(
    ("phrase", "full_span", "sentence"),
    [
        ("Police rescued 26 women", "Police <b>rescued</b> 26 women", "Police rescued 26 women."),
        ("rescued", "rescued", "Police rescued 26 women."),
        (
            "women.\n\nOfficers",
            "women.</p><img alt='😀'>Officers",
            "Police rescued 26 women.\n\nOfficers freed them.",
        ),
        ("Officers freed", "Officers freed", "Officers freed them."),
    ],
)
def test_annotation_offsets_count_the_full_text(phrase: str, full_span: str, sentence: str) -> None:
    data = json.dumps({"annotation": ANNOTATION})
    request = parse_request({"data": data, "language": "en-US"})
    plain = request.text.plain
    f = finding(plain, phrase)
    match = languagetool.response(CheckResult(plain, (f,)), request, CATALOG)["matches"][0]
    full = request.text.full
    units = full.encode("utf-16-le")
    start, end = match["offset"] * 2, (match["offset"] + match["length"]) * 2
    assert units[start:end].decode("utf-16-le") == full_span
    assert match["sentence"] == sentence


def test_languagetool_languages_list() -> None:
    assert {lang["longCode"] for lang in languagetool.languages()} == {
        "en",
        "en-US",
        "en-GB",
        "en-CA",
        "en-AU",
    }


def test_languagetool_request_defaults() -> None:
    assert parse_request({"text": "x"}) == LTRequest(
        text=parse_request({"text": "x"}).text, language="en-US", detected=True
    )
