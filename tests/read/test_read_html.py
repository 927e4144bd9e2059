"""HTML: pages in, article text out; hostile pages neither hang nor explode."""

from __future__ import annotations

import time

import pytest

from unspin.errors import InputError
from unspin.read import read_bytes
from unspin.read.html_text import extract_html

# html -> extracted text
CASES = [
    ("<p>Just a paragraph.</p>", "Just a paragraph."),
    ("<body><p>Outside</p><article><p>Inside</p></article></body>", "Inside"),
    (
        "<body><article><p>Short</p></article><article><p>The longer one</p></article></body>",
        "The longer one",
    ),
    ("<body><p>Menu</p><main><p>Main text</p></main></body>", "Main text"),
    ("<body><p>Menu</p><div role='main'><p>Role main</p></div></body>", "Role main"),
    ("<body><div><p>One</p><p>Two</p></div></body>", "One\n\nTwo"),
    (
        "<html><head><title>The page title</title></head><body><p>Text</p></body></html>",
        "The page title\n\nText",
    ),
    (
        "<title>T</title><article><p>Kicker</p><h1>Head</h1><p>Body</p></article>",
        "Head\n\nKicker\n\nBody",
    ),
    (
        "<article><header><h1>Head in header</h1><p>Byline</p></header><p>Body</p></article>",
        "Head in header\n\nBody",
    ),
    ("<body><h1>Site head</h1><article><p>x</p></article></body>", "Site head\n\nx"),
    (
        (
            "<body><script>var a = 1;</script><style>p {}</style><nav>Home | News</nav>"
            "<header>Banner</header><p>Kept</p><aside>Related</aside><form>Search</form>"
            "<noscript>Enable JS</noscript><footer>Copyright</footer></body>"
        ),
        "Kept",
    ),
    (
        (
            "<p hidden>a</p><p aria-hidden='true'>b</p><p style='color:red; DISPLAY: none'>c</p>"
            "<div role='navigation'>d</div><p>Shown</p>"
        ),
        "Shown",
    ),
    ("<p>Fish &amp; chips&nbsp;now &#8212; ok &eacute;</p>", "Fish & chips now \u2014 ok \u00e9"),
    ("<p>  a\n\n  b\t c </p>", "a b c"),
    ("<p>a <b>bold</b>, <a href='x'>link</a>.</p>", "a bold, link."),
    ("<p>one<br>two</p>", "one\ntwo"),
    ("<p>one <br> two</p>", "one\ntwo"),
    ("<p>one<br><br>two</p>", "one\n\ntwo"),
    ("<div>intro<p>para</p>tail</div>", "intro\n\npara\n\ntail"),
    ("<table><tr><th>a</th><td>b</td></tr><tr><td>c</td></tr></table>", "a\n\nb\n\nc"),
    ("<ul><li>one</li><li>two <i>x</i></li></ul>", "one\n\ntwo x"),
    ("<p>a<!-- an editor's note -->b</p>", "ab"),
    ('<?xml version="1.0" encoding="utf-8"?><html><body><p>x</p></body></html>', "x"),
    ("<html xmlns='http://www.w3.org/1999/xhtml'><body><p>xhtml</p></body></html>", "xhtml"),
    ("<p>unclosed <b>bold<p>next", "unclosed bold\n\nnext"),
    ("<p>&unknownentity; stays</p>", "&unknownentity; stays"),
    ("<body></body>", ""),
]


@pytest.mark.parametrize(("html", "text"), CASES)
def test_html_extracts_article_text(html: str, text: str) -> None:
    document = extract_html(html, source="a.html")
    assert document.text == text
    assert document.format == "html"


def test_html_offsets_point_into_extracted_text() -> None:
    document = extract_html("<h1>Raid</h1><p>The <b>police</b>  said.</p>", source="a.html")
    assert document.text == "Raid\n\nThe police said."
    assert document.text[10:16] == "police"


# hostile page builders: each must finish fast with a Document or an input error
HOSTILE = [
    ("deep nesting", lambda: "<div>" * 200_000 + "deep" + "</div>" * 200_000),
    ("deep inline nesting", lambda: "<p>" + "<b>" * 100_000 + "x"),
    ("huge attribute", lambda: '<p title="' + "x" * 5_000_000 + '">Text</p>'),
    ("many paragraphs", lambda: "<p>w</p>" * 50_000),
    ("many breaks", lambda: "<p>" + "w<br>" * 50_000 + "</p>"),
    (
        "entity expansion",
        lambda: (
            '<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
            '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;">]>'
            "<html><body><p>&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;</p></body></html>"
        ),
    ),
    ("external entity", lambda: '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><p>&e;</p>'),
]


@pytest.mark.parametrize(("name", "build"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_html_hostile_pages_are_bounded(name: str, build: object) -> None:
    assert callable(build)
    page = build()
    started = time.perf_counter()
    document = extract_html(page, source="evil.html")
    assert time.perf_counter() - started < 10  # generous: a hang or blow-up fails
    assert len(document.text) <= len(page)
    assert "root:" not in document.text


def test_html_entity_expansion_is_not_performed() -> None:
    page = '<!DOCTYPE html [<!ENTITY a "expanded">]><p>&a; text</p>'
    assert "expanded" not in extract_html(page, source="a.html").text


def test_html_deep_nesting_through_read_bytes_is_document_or_input_error() -> None:
    page = ("<div>" * 100_000 + "<p>words</p>").encode()
    try:
        document = read_bytes(page, source="deep.html")
    except InputError as error:  # libxml2 stops at depth 256: the words are cut off
        assert error.reason == "no text found after removing markup"
    else:
        assert document.text == "words"
