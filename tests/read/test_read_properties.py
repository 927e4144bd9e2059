"""Properties: extractors never raise on any input, and suppressions stay inside the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unspin.errors import UnspinError
from unspin.read import Document, read_bytes
from unspin.read.html_text import extract_html
from unspin.read.markdown_text import extract_markdown
from unspin.read.plain_text import extract_plain, normalise_newlines

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

_DIRECTIVES = [
    "<!-- unspin: ignore -->",
    "<!-- unspin: ignore rescue-frame -->",
    "<!-- unspin: ignore a, b -->",
    "<!-- unspin: ignore-line -->",
    "<!-- unspin: ignore-line x -->",
    "unspin: ignore",
    "unspin: ignore-line",
    "unspin: ignore rescue-frame",
]
_MARKDOWN = [
    "# ",
    "## ",
    "- ",
    "1. ",
    "> ",
    "*",
    "**",
    "`",
    "```\n",
    "    ",
    "|",
    "---",
    "[",
    "](x)",
    "![",
    "\\",
    "~~",
    "<br>",
    "&amp;",
    "---\n",
    "+++\n",
]
_HTML = [
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<br>",
    "<h1>",
    "</h1>",
    "<article>",
    "<script>",
    "</script>",
    "<nav>",
    "<!--",
    "-->",
    "<li>",
    "<table><tr><td>",
    "&nbsp;",
    "&",
    "<",
    ">",
    "<title>",
    "<b>",
    "</b>",
    "<header>",
    "</header>",
]
_WORDS = [
    "Police",
    "rescued",
    "26 women",
    ".",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u00e9",
    "\u2014",
    "\ufeff",
]


def _pieces(markup: list[str]) -> st.SearchStrategy[str]:
    piece = st.sampled_from(markup + _DIRECTIVES + _WORDS) | st.text(max_size=8)
    return st.lists(piece, max_size=40).map("".join)


def _check(document: Document) -> None:
    text = document.text
    assert text == text.strip() or document.format == "text"
    for suppression in document.suppressions:
        assert 0 <= suppression.start <= suppression.end <= len(text)
        assert suppression.rules is None or all(suppression.rules)
    if document.format != "text":
        assert "\n\n\n" not in text
        assert "\r" not in text


@SETTINGS
@given(_pieces(_MARKDOWN))
def test_properties_markdown_never_raises(source: str) -> None:
    _check(extract_markdown(source, source="p.md"))


@SETTINGS
@given(st.text(max_size=300))
def test_properties_markdown_random_text(source: str) -> None:
    _check(extract_markdown(source, source="p.md"))


@SETTINGS
@given(_pieces(_HTML))
def test_properties_html_never_raises(source: str) -> None:
    _check(extract_html(source, source="p.html"))


@SETTINGS
@given(st.text(max_size=300))
def test_properties_html_random_text(source: str) -> None:
    _check(extract_html(source, source="p.html"))


@SETTINGS
@given(_pieces([]))
def test_properties_plain_text_is_kept(source: str) -> None:
    document = extract_plain(source, source="p.txt")
    assert document.text == normalise_newlines(source)
    _check(document)


@SETTINGS
@given(st.binary(max_size=200), st.sampled_from(["a.txt", "a.md", "a.html", "a.docx", "a"]))
def test_properties_read_bytes_only_raises_unspin_errors(data: bytes, name: str) -> None:
    try:
        document = read_bytes(data, source=name)
    except UnspinError as error:
        assert error.source == name
        assert error.reason and "\n" not in error.reason
    else:
        assert document.text.strip()
        _check(document)
