"""LanguageTool's annotated text (the ``data`` parameter): markup is skipped, offsets count it.

``{"annotation": [{"text": "Police "}, {"markup": "<b>"}, {"text": "rescued"},
{"markup": "</p>", "interpretAs": "\\n\\n"}]}``: unspin analyses the text parts (and
each ``interpretAs``), and reports offsets into the full text, markup included, as
LanguageTool does.
"""

from __future__ import annotations

import json
from array import array
from dataclasses import dataclass
from typing import Any

from unspin.server.errors import RequestInvalid

MAX_PARTS = 100_000


@dataclass(frozen=True)
class Annotated:
    """The plain text to analyse, the full text offsets refer to, and the map between them."""

    plain: str
    full: str
    # For each plain code point i: where it starts and ends in ``full``. None when plain == full.
    starts: array[int] | None = None
    ends: array[int] | None = None

    @classmethod
    def of_text(cls, text: str) -> Annotated:
        return cls(plain=text, full=text)

    def to_full(self, start: int, end: int) -> tuple[int, int]:
        """The code-point span in ``full`` of the plain span [start, end)."""
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            point = self.starts[start] if start < len(self.starts) else len(self.full)
            return point, point
        return self.starts[start], self.ends[end - 1]


def parse_data(raw: str) -> Annotated:
    """Parse the ``data`` parameter; a malformed one is a RequestInvalid naming the problem."""
    try:
        value: Any = json.loads(raw)
    except (ValueError, RecursionError):
        raise RequestInvalid("data", "is not valid JSON") from None
    if not isinstance(value, dict) or not isinstance(value.get("annotation"), list):
        raise RequestInvalid("data", 'must be an object with an "annotation" list')
    parts: list[Any] = value["annotation"]
    if len(parts) > MAX_PARTS:
        raise RequestInvalid("data", f"has more than {MAX_PARTS} annotation parts")
    plain: list[str] = []
    full: list[str] = []
    starts: array[int] = array("q")
    ends: array[int] = array("q")
    position = 0
    for index, part in enumerate(parts):
        if not isinstance(part, dict):
            raise RequestInvalid("data", f"annotation item {index} is not an object")
        text, markup = part.get("text"), part.get("markup")
        if (text is None) == (markup is None):
            raise RequestInvalid("data", f'annotation item {index} needs "text" or "markup"')
        if text is not None:
            if not isinstance(text, str):
                raise RequestInvalid("data", f'annotation item {index}: "text" is not a string')
            plain.append(text)
            full.append(text)
            starts.extend(range(position, position + len(text)))
            ends.extend(range(position + 1, position + len(text) + 1))
            position += len(text)
            continue
        interpret = part.get("interpretAs", "")
        if not isinstance(markup, str) or not isinstance(interpret, str):
            raise RequestInvalid("data", f"annotation item {index}: markup is not a string")
        plain.append(interpret)
        full.append(markup)
        starts.extend([position] * len(interpret))
        ends.extend([position + len(markup)] * len(interpret))
        position += len(markup)
    return Annotated(plain="".join(plain), full="".join(full), starts=starts, ends=ends)
