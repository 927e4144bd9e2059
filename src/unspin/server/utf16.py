"""Code-point offsets (what unspin reports) to UTF-16 code units (what LanguageTool reports).

Python indexes strings by code point; LanguageTool (Java) and browsers (JavaScript)
index by UTF-16 code unit, where every character outside the Basic Multilingual
Plane (most emoji, rarer CJK ideographs) counts two.
"""

from __future__ import annotations

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Offsets:
    """Converts code-point offsets into ``text`` to UTF-16 offsets in O(log n) each."""

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]

    def __call__(self, offset: int) -> int:
        if not self._astral:
            return offset
        return offset + bisect.bisect_left(self._astral, offset)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """UTF-16 (offset, length) of the code-point span [start, end)."""
        begin = self(start)
        return begin, self(end) - begin


def utf16_len(text: str) -> int:
    return len(text) + len(_ASTRAL.findall(text))
