"""Regenerate the generated docs: ``python scripts/gen_docs.py`` (``--check`` only compares).

Writes ``docs/rules/<id>.md`` for every rule, ``docs/rules/README.md`` (the index) and
``docs/cli.md`` (the ``--help`` of every command). ``tests/test_docs.py`` regenerates them
in memory and fails when a file on disk differs, is missing, or belongs to no rule.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent.parent
HELP_WIDTH = 80


def _help(
    command: click.Command, name: str, parent: click.Context | None
) -> tuple[str, click.Context]:
    ctx = click.Context(command, info_name=name, parent=parent, terminal_width=HELP_WIDTH,
                        max_content_width=HELP_WIDTH, **command.context_settings)
    return command.get_help(ctx), ctx


def cli_page() -> str:
    """``docs/cli.md``: the top-level help, then each command's help, in COMMANDS order."""
    from unspin.cli import cli
    from unspin.report.rule_docs import GENERATED

    top, ctx = _help(cli, "unspin", None)
    names = cli.list_commands(ctx)
    lines = [
        GENERATED.format(source="the click commands in src/unspin/cli"),
        "",
        "# Command line",
        "",
        "Every command prints this help with `--help` (or `-h`).",
        "",
        "```text",
        top,
        "```",
        "",
    ]
    for name in names:
        command = cli.get_command(ctx, name)
        assert command is not None, name
        text, _ = _help(command, name, ctx)
        lines += [f"## unspin {name}", "", "```text", text, "```", ""]
    return "\n".join(lines)


def generate() -> dict[str, str]:
    """Relative path -> content of every generated file."""
    from unspin.report.rule_docs import index_page, rule_page
    from unspin.rules.load import load_rules

    rules = load_rules()
    files = {f"docs/rules/{rule_id}.md": rule_page(rule) for rule_id, rule in rules.items()}
    files["docs/rules/README.md"] = index_page(rules.values())
    files["docs/cli.md"] = cli_page()
    return files


def stale(root: Path = ROOT) -> list[str]:
    """Generated files that are missing or differ on disk, and rule pages of no rule."""
    files = generate()
    out = [path for path, text in files.items()
           if not (root / path).is_file() or (root / path).read_text("utf-8") != text]
    rules_dir = root / "docs" / "rules"
    if rules_dir.is_dir():
        out += sorted(f"docs/rules/{p.name}" for p in rules_dir.glob("*.md")
                      if f"docs/rules/{p.name}" not in files)
    return out


def main(argv: list[str]) -> int:
    if "--check" in argv:
        bad = stale()
        for path in bad:
            print(f"stale: {path}", file=sys.stderr)
        return 1 if bad else 0
    files = generate()
    for path, text in files.items():
        target = ROOT / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.is_file() or target.read_text("utf-8") != text:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
    for orphan in (ROOT / "docs" / "rules").glob("*.md"):
        if f"docs/rules/{orphan.name}" not in files:
            orphan.unlink()
            print(f"removed {orphan.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
