"""``unspin rules``: list the rules, or print one rule's documentation."""

from __future__ import annotations

import difflib
import json
import sys

import click


def _unknown(rule_id: str, known: list[str]) -> str:
    close = difflib.get_close_matches(rule_id, known, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]}?" if close else "'unspin rules' lists them"
    return f"unspin: {rule_id}: unknown rule ({hint})"


@click.command("rules")
@click.argument("rule_id", required=False, metavar="[RULE_ID]")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text",
              show_default=True, help="Output format.")
def command(rule_id: str | None, fmt: str) -> None:
    """List the rules, or print what RULE_ID flags, why, and what to write instead."""
    from unspin.errors import RuleError
    from unspin.report import rule_docs
    from unspin.rules.load import load_rules

    try:
        rules = load_rules()
    except RuleError as exc:
        click.echo(exc.one_line(), err=True)
        sys.exit(2)
    if rule_id is None:
        if fmt == "json":
            out = json.dumps([rule_docs.rule_summary_dict(r) for r in rules.values()],
                             indent=2, ensure_ascii=False) + "\n"
        elif fmt == "markdown":
            out = rule_docs.index_page(rules.values())
        else:
            out = rule_docs.rules_table(rules.values())
        click.echo(out, nl=False)
        return
    rule = rules.get(rule_id)
    if rule is None:
        click.echo(_unknown(rule_id, list(rules)), err=True)
        sys.exit(2)
    if fmt == "json":
        out = json.dumps(rule_docs.rule_dict(rule), indent=2, ensure_ascii=False) + "\n"
    elif fmt == "markdown":
        out = rule_docs.rule_page(rule)
    else:
        out = rule_docs.rule_text(rule)
    click.echo(out, nl=False)
