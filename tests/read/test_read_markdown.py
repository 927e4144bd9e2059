"""Markdown: markup in, exact extracted text out."""

from __future__ import annotations

import pytest

from unspin.read.markdown_text import extract_markdown, strip_front_matter

# markdown -> extracted text
CASES = [
    ("# Title\n\nBody *em* and **strong**.", "Title\n\nBody em and strong."),
    ("# Headline\nA line right after it.", "Headline\n\nA line right after it."),
    ("Setext head\n===\n\nText.", "Setext head\n\nText."),
    ("See [the report](https://example.org) here.", "See the report here."),
    ("<https://example.org> is a link.", "https://example.org is a link."),
    ("- one\n- two *b*\n\n1. three", "one\n\ntwo b\n\nthree"),
    ("- outer\n  - inner", "outer\n\ninner"),
    ("| a | b |\n|---|---|\n| c | d |", "a\n\nb\n\nc\n\nd"),
    ("before\n\n```\nx = 1\n```\n\nafter", "before\n\nafter"),
    ("para\n\n    indented code\n\nnext", "para\n\nnext"),
    ("use `rescued` as a word", "use rescued as a word"),
    ("![a photo of a street](a.png) caption", "caption"),
    ("> quoted *words*\n> more", "quoted words\nmore"),
    ("line one\nline two", "line one\nline two"),
    ("hard  \nbreak", "hard\nbreak"),
    ("hard\\\nbreak", "hard\nbreak"),
    ("Fish &amp; chips &copy; &#8212;", "Fish & chips \u00a9 \u2014"),
    ("\\*not emphasis\\*", "*not emphasis*"),
    ("~~old~~ new", "old new"),
    ("a <span>b</span> c", "a b c"),
    ("one<br>two", "one\ntwo"),
    ("---\ntitle: A story\ndate: 2024-01-01\n---\n# Head\n", "Head"),
    ("+++\ntitle = 'A'\n+++\nBody", "Body"),
    ("---\n\nText\n\n---\n\nMore", "Text\n\nMore"),
    ("<div>\n<p>Raw <b>bold</b></p>\n</div>\n\nafter", "Raw bold\n\nafter"),
    ("<script>alert(1)</script>\n\ntext", "text"),
    ("Text\n\n***\n\nMore", "Text\n\nMore"),
    ("Para one.\n\n\n\nPara two.", "Para one.\n\nPara two."),
    ("   ", ""),
]


@pytest.mark.parametrize(("markdown", "text"), CASES)
def test_markdown_extracts_text(markdown: str, text: str) -> None:
    document = extract_markdown(markdown, source="a.md")
    assert document.text == text
    assert document.format == "markdown"
    assert document.source == "a.md"


def test_markdown_offsets_point_into_extracted_text() -> None:
    document = extract_markdown("# Raid\n\nThe **police** said *26 women*.", source="a.md")
    assert document.text == "Raid\n\nThe police said 26 women."
    assert document.text[10:16] == "police"
    assert document.text[22:30] == "26 women"
    assert document.line_col(10) == (3, 5)


# front matter -> kept or stripped
FRONT_MATTER = [
    ("---\nkey: v\n---\nBody", "Body"),
    ("---\nkey: v\n...\nBody", "Body"),
    ("---\n---\nBody", "Body"),
    ("---\nnot yaml at all\n---\nBody", "---\nnot yaml at all\n---\nBody"),
    ("Body\n---\nkey: v\n---\n", "Body\n---\nkey: v\n---\n"),
    ("---\nkey: v\nno end", "---\nkey: v\nno end"),
]


@pytest.mark.parametrize(("source", "expected"), FRONT_MATTER)
def test_markdown_front_matter(source: str, expected: str) -> None:
    assert strip_front_matter(source) == expected


def test_markdown_deep_nesting_is_bounded() -> None:
    document = extract_markdown("> " * 5000 + "deep words", source="a.md")
    assert len(document.text) < 20_000
