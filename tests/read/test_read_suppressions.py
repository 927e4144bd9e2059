"""Inline suppressions, one spec table per format.

Each row: the input, then every suppression as (the extracted text it covers, its rule ids
or None for every rule). Covered text is ``document.text[start:end]``, so the offsets are
checked exactly; a few rows also pin the numbers.
"""

from __future__ import annotations

import io

import docx
import pytest

from unspin.read import Document, read_bytes
from unspin.read.directives import Directive, parse_comment, parse_next_line
from unspin.read.document import Suppression
from unspin.read.markdown_text import extract_markdown

Covered = list[tuple[str, tuple[str, ...] | None]]


def _covered(document: Document) -> Covered:
    for s in document.suppressions:
        assert 0 <= s.start <= s.end <= len(document.text)
    return [
        (document.text[s.start : s.end], None if s.rules is None else tuple(sorted(s.rules)))
        for s in document.suppressions
    ]


# plain text: the text is unchanged; directive lines stay in it.
TEXT = [
    (
        "unspin: ignore rescue-frame\nPolice rescued four women.\n\nOther.",
        [("Police rescued four women.", ("rescue-frame",))],
    ),
    ("<!-- unspin: ignore -->\nA.\nB.\n\nC.", [("A.\nB.", None)]),
    ("unspin: ignore a, b\n\nNext paragraph.", [("Next paragraph.", ("a", "b"))]),
    ("  unspin:ignore   a  b  \nIndented directive.", [("Indented directive.", ("a", "b"))]),
    ("unspin: ignore a\nunspin: ignore b\nText.", [("Text.", ("a", "b"))]),
    ("unspin: ignore a\n<!-- unspin: ignore -->\nText.", [("Text.", None)]),
    ("A.\nunspin: ignore x\nB.\nC.\n\nD.", [("B.\nC.", ("x",))]),
    ("A. unspin: ignore-line\nB.", [("A. unspin: ignore-line", None)]),
    (
        "A. <!-- unspin: ignore-line rescue-frame -->\nB.",
        [("A. <!-- unspin: ignore-line rescue-frame -->", ("rescue-frame",))],
    ),
    ("A.\r\nB. unspin: ignore-line\r\nC.", [("B. unspin: ignore-line", None)]),
    # not directives
    ("Say unspin: ignore rescue-frame in a sentence.\nB.", []),
    ("unspin: ignore Because Reasons\nB.", []),
    ("unspin: ignore-lines\nB.", []),
    ("unspin: ignored\nB.", []),
    ("Text.\nunspin: ignore", []),
]


@pytest.mark.parametrize(("source", "expected"), TEXT)
def test_suppressions_plain_text(source: str, expected: Covered) -> None:
    document = read_bytes(source.encode(), source="a.txt")
    assert document.text == source.replace("\r\n", "\n")
    assert _covered(document) == expected


def test_suppressions_plain_text_exact_offsets() -> None:
    document = read_bytes(b"Intro.\nunspin: ignore rescue-frame\nPolice.\n", source="a.txt")
    assert document.suppressions == (Suppression(35, 42, frozenset({"rescue-frame"})),)


# Markdown: comments vanish from the text; offsets are into the extracted text.
MARKDOWN = [
    (
        "<!-- unspin: ignore rescue-frame -->\nPolice rescued four women.\n\nOther.",
        [("Police rescued four women.", ("rescue-frame",))],
    ),
    ("<!-- unspin: ignore -->\n\n# Head\n\nBody", [("Head", None)]),
    ("<!-- unspin: ignore a, b -->\n- item one\n- item two", [("item one", ("a", "b"))]),
    ("- <!-- unspin: ignore x -->item one\n- item two", [("item one", ("x",))]),
    ("A <!-- unspin: ignore --> b\n\nC.", [("C.", None)]),
    ("<!-- unspin: ignore --> Same line.\n\nNext.", [("Same line.", None)]),
    ("First line <!-- unspin: ignore-line -->\nsecond line", [("First line", None)]),
    ("one\ntwo <!-- unspin: ignore-line x -->\nthree", [("two", ("x",))]),
    ("A para.\n<!-- unspin: ignore-line -->\n\nNext.", [("A para.", None)]),
    ("Text unspin: ignore-line\nmore", [("Text unspin: ignore-line", None)]),
    # words after ignore-line are read as rule ids, even when they were meant as prose
    ("Text unspin: ignore-line here\nmore", [("Text unspin: ignore-line here", ("here",))]),
    (
        "<!-- unspin: ignore a -->\nP one. <!-- unspin: ignore-line b -->\n\nP two.",
        [("P one.", ("a",)), ("P one.", ("b",))],
    ),
    # not directives
    ("```\n<!-- unspin: ignore -->\n```\n\nText.", []),
    ("`<!-- unspin: ignore -->`\n\nText.", []),
    ("<!-- just a note -->\nText.", []),
]


def test_suppressions_markdown_directive_with_nothing_after_it() -> None:
    document = extract_markdown("Text.\n\n<!-- unspin: ignore -->\n", source="a.md")
    assert (document.text, document.suppressions) == ("Text.", ())


@pytest.mark.parametrize(("source", "expected"), MARKDOWN)
def test_suppressions_markdown(source: str, expected: Covered) -> None:
    assert _covered(read_bytes(source.encode(), source="a.md")) == expected


def test_suppressions_markdown_exact_offsets() -> None:
    document = read_bytes(b"# Raid\n\n<!-- unspin: ignore -->\nPolice said.", source="a.md")
    assert document.text == "Raid\n\nPolice said."
    assert document.suppressions == (Suppression(6, 18, None),)


# HTML: a comment between blocks covers the next block; inside a block, ignore-line
# covers that block's line of extracted text.
HTML = [
    (
        "<p>A.</p><!-- unspin: ignore rescue-frame --><p>B.</p>",
        [("B.", ("rescue-frame",))],
    ),
    ("<p>A. <!-- unspin: ignore-line --></p><p>B.</p>", [("A.", None)]),
    ("<p>A.</p><!-- unspin: ignore-line --><p>B.</p>", [("A.", None)]),
    ("<p>Line one<!-- unspin: ignore-line --><br>line two</p>", [("Line one", None)]),
    ("<body><!-- unspin: ignore --><h1>Head</h1><p>Body</p>", [("Head", None)]),
    ("<body><p>A.</p><!-- unspin: ignore --></body>", []),
    # the h1 is put first; comments around it still apply to it
    ("<body><p>Kicker</p><!-- unspin: ignore --><h1>Head</h1><p>Body</p>", [("Head", None)]),
    ("<body><p>Kicker</p><h1>Head</h1><!-- unspin: ignore-line --><p>Body</p>", [("Head", None)]),
    ("<body><p>Kicker <!-- unspin: ignore --></p><h1>Head</h1><p>Body</p>", [("Head", None)]),
    ("<div><!-- unspin: ignore x --><ul><li>one</li><li>two</li></ul></div>", [("one", ("x",))]),
    ("<p>Mid <!-- unspin: ignore --> block.</p><p>Next.</p>", [("Next.", None)]),
    ("<p>A unspin: ignore-line</p><p>B</p>", [("A unspin: ignore-line", None)]),
    # not directives
    ("<p>A<!-- an editor's note: ignore this --></p><p>B</p>", []),
    ("<script><!-- unspin: ignore --></script><p>B</p>", []),
    ("<nav><!-- unspin: ignore --></nav><p>B</p>", []),
]


@pytest.mark.parametrize(("source", "expected"), HTML)
def test_suppressions_html(source: str, expected: Covered) -> None:
    assert _covered(read_bytes(source.encode(), source="a.html")) == expected


def _docx(*paragraphs: str) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# DOCX: a paragraph that is only a directive is left out of the text.
DOCX = [
    (
        ("unspin: ignore rescue-frame", "Police text.", "Other."),
        "Police text.\n\nOther.",
        [("Police text.", ("rescue-frame",))],
    ),
    (("<!-- unspin: ignore -->", "A."), "A.", [("A.", None)]),
    (
        ("A. unspin: ignore-line", "B."),
        "A. unspin: ignore-line\n\nB.",
        [("A. unspin: ignore-line", None)],
    ),
    (("A.", "unspin: ignore"), "A.", []),
]


@pytest.mark.parametrize(("paragraphs", "text", "expected"), DOCX)
def test_suppressions_docx(paragraphs: tuple[str, ...], text: str, expected: Covered) -> None:
    document = read_bytes(_docx(*paragraphs), source="a.docx")
    assert document.text == text
    assert _covered(document) == expected


# comment content -> directive
COMMENTS = [
    (" unspin: ignore ", Directive("next", None)),
    (
        "unspin: ignore rescue-frame, passive-victim",
        Directive("next", frozenset({"rescue-frame", "passive-victim"})),
    ),
    ("unspin:ignore a,b,", Directive("next", frozenset({"a", "b"}))),
    (" unspin: ignore-line ", Directive("line", None)),
    ("unspin: ignore-line rescue-frame", Directive("line", frozenset({"rescue-frame"}))),
    ("unspin: ignore Rescue-Frame", None),
    ("unspin: ignore rescue_frame", None),
    ("unspin: ignoreall", None),
    ("unspin ignore", None),
    ("please unspin: ignore", None),
]


@pytest.mark.parametrize(("content", "directive"), COMMENTS)
def test_suppressions_parse_comment(content: str, directive: Directive | None) -> None:
    assert parse_comment(content) == directive


def test_suppressions_parse_next_line_ignores_line_directives() -> None:
    assert parse_next_line("<!-- unspin: ignore x -->") == Directive("next", frozenset({"x"}))
    assert parse_next_line("unspin: ignore-line") is None
    assert parse_next_line("<!-- unspin: ignore x --> trailing") is None


def test_suppressions_document_suppressed_uses_them() -> None:
    document = read_bytes(b"unspin: ignore rescue-frame\nPolice.\n\nOther.", source="a.txt")
    start = document.text.index("Police")
    assert document.suppressed("rescue-frame", start)
    assert not document.suppressed("passive-victim", start)
    assert not document.suppressed("rescue-frame", document.text.index("Other"))
