"""HTML: the article text of a page, one paragraph per block element.

* Container: the longest ``<article>``, else the longest ``<main>`` / ``role="main"``,
  else ``<body>``.
* Headline first: the container's first ``<h1>`` (even inside an article ``<header>``);
  if it has none, the page ``<title>``, else the page's first ``<h1>``. Directive
  comments next to a moved ``<h1>`` still apply to it.
* Dropped: script, style, nav, header, footer, aside, form, noscript, template, svg,
  iframe and the like; elements marked ``hidden``, ``aria-hidden="true"`` or
  ``display:none``; ARIA landmarks for navigation, banner, footer and sidebars; comments
  (after reading ``unspin:`` directives from them).
* Block elements (p, div, li, h1-h6, td, blockquote, ...) become paragraphs joined by a
  blank line; whitespace is folded to one space; ``<br>`` is a line break and two in a
  row a paragraph break. lxml decodes entities.

Safety: libxml2's HTML parser ignores DTD entity declarations, limits nesting depth
(without ``huge_tree``) and never touches the network; the walk below is iterative, so a
deeply nested page cannot exhaust the Python stack.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from unspin.read.builder import InlineBuffer, Placed, TextBuilder
from unspin.read.directives import parse_comment
from unspin.read.document import Document

DROP = frozenset(
    [
        "script",
        "style",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "button",
        "select",
        "textarea",
        "head",
        "title",
        "dialog",
        "menu",
        "video",
        "audio",
        "map",
    ]
)
DROP_ROLES = frozenset(
    ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu"]
)
BLOCK = frozenset(
    [
        "address",
        "article",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)


def _parser() -> Any:
    return etree.HTMLParser(
        recover=True, no_network=True, huge_tree=False, remove_pis=True, remove_blank_text=False
    )


def _parse(html: str) -> Any:
    try:
        return etree.fromstring(_XML_DECLARATION.sub("", html, count=1), _parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


def _tag(node: Any) -> str:
    tag = node.tag
    return tag.lower() if isinstance(tag, str) else ""


def _dropped(node: Any, tag: str) -> bool:
    if tag in DROP:
        return True
    attrib = node.attrib
    return (
        "hidden" in attrib
        or attrib.get("aria-hidden", "").strip().lower() == "true"
        or attrib.get("role", "").strip().lower() in DROP_ROLES
        or bool(_DISPLAY_NONE.search(attrib.get("style", "")))
    )


def _walk(
    root: Any,
    buffer: InlineBuffer,
    builder: TextBuilder,
    moved: tuple[Any, Placed | None] | None = None,
) -> None:
    """Append the text under ``root`` (not its tail) to ``builder``, block by block.

    ``moved`` is a headline already put first: (its element, its paragraph); the walk
    skips it but lets directives around it apply to that paragraph.
    """
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        raw_tag = node.tag
        tag = raw_tag.lower() if isinstance(raw_tag, str) else ""
        if leaving:
            if tag in BLOCK:
                builder.flush(buffer)
        elif raw_tag is etree.Comment:
            directive = parse_comment(node.text or "")
            if directive is not None:
                if buffer.is_blank():
                    builder.flush(buffer)
                    builder.directive(directive)
                else:
                    buffer.mark(directive)
        elif moved is not None and node is moved[0]:
            builder.flush(buffer)
            if moved[1] is not None:
                builder.revisit(moved[1])
        elif not tag or (node is not root and _dropped(node, tag)):
            pass  # a processing instruction, an entity reference or a dropped element
        elif tag == "br":
            if buffer.ends_with_newline():
                builder.flush(buffer)
            else:
                buffer.newline()
        else:
            if tag in BLOCK:
                builder.flush(buffer)
            if node.text:
                buffer.text(node.text)
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node))
            continue
        tail = node.tail
        if tail and node is not root:
            buffer.text(tail)


def _longest(nodes: list[Any]) -> Any:
    return max(nodes, key=lambda n: len(n.xpath("string()")), default=None)


def _container(root: Any) -> Any:
    for path in ("//article", "//main | //*[@role='main']", "//body"):
        found = _longest(root.xpath(path))
        if found is not None:
            return found
    return root


def _headline(root: Any, container: Any) -> Any:
    """The element to put first: the container's first h1, else the title or a page h1."""
    for h1 in container.iter("h1"):
        if h1.xpath("string()").strip():
            return h1
    for path in ("//head/title", "//h1"):
        for node in root.xpath(path):
            if node.xpath("string()").strip():
                return node
    return None


def extract_html(html: str, *, source: str) -> Document:
    """A Document of the article text of ``html``."""
    builder = TextBuilder()
    root = _parse(html)
    if root is not None:
        buffer = InlineBuffer(fold=True)
        container = _container(root)
        headline = _headline(root, container)
        moved = None
        if headline is not None:
            _walk(headline, buffer, builder)
            builder.flush(buffer)
            moved = (headline, builder.last())
        _walk(container, buffer, builder, moved)
        builder.flush(buffer)
    return builder.build(source=source, fmt="html")


def extract_fragment(html: str, builder: TextBuilder) -> None:
    """Add the text of an HTML fragment (raw HTML inside Markdown) to ``builder``."""
    root = _parse(f"<div>{html}</div>")
    if root is None:
        return
    buffer = InlineBuffer(fold=True)
    _walk(root, buffer, builder)
    builder.flush(buffer)
