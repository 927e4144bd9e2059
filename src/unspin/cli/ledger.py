"""``unspin ledger``: what a raid story claims against what it reports happened."""

from __future__ import annotations

import json
import sys

import click


@click.command("ledger")
@click.argument("source", required=False, default="-", metavar="[PATH|-|URL]")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")
@click.option("--input-format", type=click.Choice(["text", "markdown", "html", "docx"]),
              help="Read the input as this format instead of guessing from the extension.")
def command(source: str, fmt: str, input_format: str | None) -> None:
    """Separate what a story claims ("26 women rescued") from what it reports happened.

    SOURCE is a file, - for standard input, or an http(s) address. Exit status: 0 done,
    2 the input could not be read or fetched.
    """
    from unspin import api
    from unspin.errors import UnspinError
    from unspin.read import read_path, read_stdin
    from unspin.read.url import fetch, is_url

    try:
        if source == "-":
            doc = read_stdin(fmt=input_format)
        elif is_url(source):
            doc = fetch(source)
        else:
            doc = read_path(source, fmt=input_format)
        result = api.ledger(doc, path=None if source == "-" else source)
    except UnspinError as exc:
        click.echo(exc.one_line(), err=True)
        sys.exit(2)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        from unspin.report.ledger_text import render_ledger

        click.echo(render_ledger(result, "<stdin>" if source == "-" else source), nl=False)
