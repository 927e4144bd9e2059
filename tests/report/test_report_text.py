"""Text renderer: a snapshot of the ruff-style output, and carets that line up on screen."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable


def test_text_format_snapshot(render_sample: Callable[..., str],
                              snapshot: Callable[[str, str], None]) -> None:
    snapshot("text.txt", render_sample("text"))


def test_text_format_colour_snapshot(render_sample: Callable[..., str],
                                     snapshot: Callable[[str, str], None]) -> None:
    snapshot("text-color.txt", render_sample("text", color=True))


def _cells(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def test_text_format_caret_under_span_after_emoji(render_sample: Callable[..., str]) -> None:
    lines = render_sample("text").splitlines()
    source = next(line for line in lines if line.startswith("4 | "))
    caret = lines[lines.index(source) + 1]
    # Two emoji take two cells each: the caret must start under "they", not two cells left.
    assert _cells(caret.index("^") * " ") == _cells(source[:source.index("they freed")])
    assert caret.count("^") == len("they freed nine more women")


def test_text_format_clean_run_says_so() -> None:
    from unspin.model import CheckResult
    from unspin.read.document import Document
    from unspin.report import renderer

    out = renderer("text")
    text = "Nothing here.\n"
    assert out.document(CheckResult(text, ()), Document(text)) == ""
    assert out.finish() == "No framing found in 1 document.\n"
