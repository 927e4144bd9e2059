"""Generated docs are checked, not hand-synced: docs/rules/ and docs/cli.md are regenerated in
memory and compared with the files on disk. Fix a failure with ``python scripts/gen_docs.py``."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import click
import pytest

from unspin.cli import COMMANDS, cli
from unspin.rules.load import load_rules

ROOT = Path(__file__).resolve().parent.parent


def _gen_docs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "scripts" / "gen_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = _gen_docs()
FILES: dict[str, str] = GEN.generate()


@pytest.mark.parametrize("path", sorted(FILES))
def test_docs_generated_file_is_current(path: str) -> None:
    on_disk = ROOT / path
    assert on_disk.is_file(), f"{path} is missing: run python scripts/gen_docs.py"
    assert on_disk.read_text("utf-8") == FILES[path], (
        f"{path} is stale: run python scripts/gen_docs.py")


def test_docs_every_rule_has_a_page_and_an_index_entry() -> None:
    index = FILES["docs/rules/README.md"]
    for rule_id in load_rules():
        assert f"docs/rules/{rule_id}.md" in FILES
        assert f"[{rule_id}]({rule_id}.md)" in index


def test_docs_no_page_without_a_rule() -> None:
    pages = {f"docs/rules/{p.name}" for p in (ROOT / "docs" / "rules").glob("*.md")}
    assert sorted(pages - set(FILES)) == []
    assert GEN.stale(ROOT) == []


def _commands() -> list[str]:
    return cli.list_commands(click.Context(cli))


def test_docs_every_command_is_documented() -> None:
    page = FILES["docs/cli.md"]
    names = _commands()
    assert set(names) <= set(COMMANDS)
    assert re.findall(r"^## unspin (\S+)$", page, flags=re.MULTILINE) == names
    for name in names:
        command = cli.get_command(click.Context(cli), name)
        assert command is not None and (command.help or "").strip(), f"{name} has no help"


def test_docs_stale_page_is_reported(tmp_path: Path) -> None:
    for path, text in FILES.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
    assert GEN.stale(tmp_path) == []
    (tmp_path / "docs/rules/rescue-frame.md").write_text("old\n", encoding="utf-8")
    (tmp_path / "docs/rules/retired-rule.md").write_text("gone\n", encoding="utf-8")
    (tmp_path / "docs/cli.md").unlink()
    assert GEN.stale(tmp_path) == ["docs/rules/rescue-frame.md", "docs/cli.md",
                                   "docs/rules/retired-rule.md"]
