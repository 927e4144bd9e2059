"""``unspin check``: find framing in files, directories or stdin."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from unspin.errors import UnspinError
from unspin.model import Severity
from unspin.report import FORMATS


@click.command("check")
@click.argument("inputs", nargs=-1, metavar="[PATH|-]...")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Config file (unspin.toml or pyproject.toml); default: search upwards.")
@click.option("--input-format", type=click.Choice(["text", "markdown", "html", "docx"]),
              help="Read every input as this format instead of guessing from the extension.")
@click.option("--severity", type=click.Choice(["error", "warning", "info"]),
              help="Exit 1 when a finding is at or above this severity (default from config: "
                   "warning).")
@click.option("--select", help="Comma-separated rule ids to run (default: all).")
@click.option("--ignore", help="Comma-separated rule ids to skip.")
def command(inputs: tuple[str, ...], fmt: str, config_path: Path | None,
            input_format: str | None, severity: str | None, select: str | None,
            ignore: str | None) -> None:
    """Flag rescue and trafficking framing and suggest words that name what happened.

    Exit status: 0 nothing at or above the severity threshold, 1 findings, 2 bad input.
    """
    from dataclasses import replace

    from unspin import api
    from unspin.config import load_config
    from unspin.read import iter_inputs
    from unspin.report import renderer
    from unspin.rules.load import rule_ids

    try:
        known = rule_ids()
        config = load_config(config_path, known_rules=known)
        if select or ignore:
            from unspin.config import config_from_table

            table = {k: v.split(",") for k, v in (("select", select), ("ignore", ignore)) if v}
            extra = config_from_table(table, known_rules=known, source="command line",
                                      root=None)
            config = replace(config, select=extra.select or config.select,
                             ignore=config.ignore | extra.ignore)
        if severity:
            config = replace(config, severity=Severity.parse(severity))
        from unspin.analyse import nlp

        nlp.require_model()
    except UnspinError as exc:
        click.echo(exc.one_line(), err=True)
        sys.exit(2)
    out = renderer(fmt, color=fmt == "text" and sys.stdout.isatty())
    failed = bad_input = False
    for name, item in iter_inputs(inputs or ("-",), fmt=input_format,
                                  max_bytes=config.max_bytes):
        if isinstance(item, UnspinError):
            click.echo(item.one_line(), err=True)
            bad_input = True
            continue
        result = api.check(item, config=config, path=name)
        failed = failed or any(f.severity >= config.severity for f in result.findings) or any(
            f.severity >= config.severity for f in result.document_findings)
        sys.stdout.write(out.document(result, item))
        sys.stdout.flush()
    sys.stdout.write(out.finish())
    sys.exit(2 if bad_input else 1 if failed else 0)
