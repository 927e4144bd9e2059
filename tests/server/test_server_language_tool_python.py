"""A LanguageTool client nobody here wrote (``language_tool_python``) against the live server."""

from __future__ import annotations

from collections.abc import Iterator

import language_tool_python
import pytest

RESCUE = "Police rescued 26 women in a raid on three spas."
FIRE = "Firefighters rescued two tenants from the burning building."


@pytest.fixture(scope="module")
def tool(base_url: str) -> Iterator[language_tool_python.LanguageTool]:
    client = language_tool_python.LanguageTool("en-US", remote_server=base_url.rstrip("/"))
    yield client
    client.close()


def test_language_tool_python_rescue_frame_is_a_match(
    tool: language_tool_python.LanguageTool,
) -> None:
    matches = tool.check(RESCUE)
    assert [(m.rule_id, m.offset, m.error_length) for m in matches] == [("rescue-frame", 0, 23)]
    match = matches[0]
    assert RESCUE[match.offset : match.offset + match.error_length] == "Police rescued 26 women"
    assert match.replacements == ["Police detained 26 women"]
    assert match.category == "RESCUE"
    assert match.sentence == RESCUE
    assert tool.correct(RESCUE) == "Police detained 26 women in a raid on three spas."


def test_language_tool_python_firefighters_are_no_match(
    tool: language_tool_python.LanguageTool,
) -> None:
    assert tool.check(FIRE) == []


@pytest.mark.parametrize(
    "prefix", ["Update 😀🙂\n", "Good news 🎉. ", "警察が来た。 ", "𠀀𠀁 note.\n", "Ünïcödé — "]
)
def test_language_tool_python_offsets_survive_emoji_and_cjk(
    tool: language_tool_python.LanguageTool, prefix: str
) -> None:
    # language_tool_python turns LanguageTool's UTF-16 offsets back into Python offsets;
    # it lands on the phrase only if the server counted UTF-16 units.
    text = prefix + RESCUE
    matches = tool.check(text)
    assert len(matches) == 1
    match = matches[0]
    assert text[match.offset : match.offset + match.error_length] == "Police rescued 26 women"


def test_language_tool_python_disabled_rule_and_category(
    tool: language_tool_python.LanguageTool,
) -> None:
    tool.disabled_rules.add("rescue-frame")
    try:
        assert tool.check(RESCUE) == []
    finally:
        tool.disabled_rules.discard("rescue-frame")
    tool.disabled_categories.add("RESCUE")
    try:
        assert tool.check(RESCUE) == []
    finally:
        tool.disabled_categories.discard("RESCUE")
    assert len(tool.check(RESCUE)) == 1
