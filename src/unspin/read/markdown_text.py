"""Markdown: the prose with its markup stripped, one paragraph per block.

* Headings, paragraphs, list items, block quotes and table cells each become a
  paragraph; paragraphs are joined by a blank line.
* Emphasis, strikethrough and link markup go, their text stays; inline code keeps its
  text (it sits inside a sentence); line breaks inside a paragraph stay ``\\n``.
* Dropped: fenced and indented code blocks (not prose), images (alt text is not part of
  the article), thematic breaks, and YAML (``---``) or TOML (``+++``) front matter.
* Raw HTML blocks go through the HTML extractor; inline HTML tags are dropped.
* ``<!-- unspin: ... -->`` comments become suppressions (see ``directives``).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from unspin.read.builder import InlineBuffer, TextBuilder
from unspin.read.directives import parse_comment
from unspin.read.document import Document
from unspin.read.html_text import extract_fragment

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_FRONT_MATTER = re.compile(
    r"\A(?:---[ \t]*\n(.*?\n)?(?:---|\.\.\.)|\+\+\+[ \t]*\n(.*?\n)?\+\+\+)[ \t]*(?:\n|\Z)",
    re.DOTALL,
)
_KEY_LINE = re.compile(r"\A\s*[A-Za-z_][\w.-]*\s*[:=]")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)


def strip_front_matter(text: str) -> str:
    """Drop a leading front-matter block whose first line looks like ``key: value``."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text
    body = match.group(1) or match.group(2) or ""
    first = next((line for line in body.splitlines() if line.strip()), "")
    if body and not _KEY_LINE.match(first):
        return text
    return text[match.end() :]


def _inline(children: list[Token], buffer: InlineBuffer) -> None:
    for child in children:
        kind = child.type
        if kind in ("text", "code_inline"):
            buffer.text(child.content)
        elif kind in ("softbreak", "hardbreak"):
            buffer.newline()
        elif kind == "html_inline":
            content = child.content
            if content.startswith("<!--") and content.endswith("-->"):
                directive = parse_comment(content[4:-3])
                if directive is not None:
                    buffer.mark(directive)
            elif _BR.fullmatch(content):
                buffer.newline()


@functools.cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # imported here: start-up stays fast

    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def extract_markdown(text: str, *, source: str) -> Document:
    """A Document of the prose in Markdown ``text``."""
    tokens = _parser().parse(strip_front_matter(text))
    builder = TextBuilder()
    buffer = InlineBuffer(fold=False)
    for token in tokens:
        if token.type == "inline":
            _inline(token.children or [], buffer)
            builder.flush(buffer)
        elif token.type == "html_block":
            extract_fragment(token.content, builder)
    return builder.build(source=source, fmt="markdown")
