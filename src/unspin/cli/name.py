"""``unspin name``: name the harms in an account, with who did them."""

from __future__ import annotations

import json
import os
import re
import sys

import click

_LOOKS_LIKE_FILE = re.compile(r"^[^\s]+\.(?:txt|md|markdown|html?|docx)$", re.IGNORECASE)


@click.command("name")
@click.argument("source", required=False, default="-", metavar="[PATH|-|TEXT]")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")
@click.option("--input-format", type=click.Choice(["text", "markdown", "html", "docx"]),
              help="Read a file as this format instead of guessing from the extension.")
def command(source: str, fmt: str, input_format: str | None) -> None:
    """Name every harm an account describes: the harm, who did it, and the words it rests on.

    SOURCE is a file, - for standard input, or the account itself in quotes. Exit status:
    0 done (with or without harms), 2 the input could not be read.
    """
    from unspin import api
    from unspin.errors import InputNotFound, UnspinError
    from unspin.read import read_path, read_stdin

    try:
        if source == "-":
            text: str = read_stdin(fmt=input_format).text
            shown = "<stdin>"
        elif os.path.exists(source):
            text = read_path(source, fmt=input_format).text
            shown = source
        elif _LOOKS_LIKE_FILE.match(source):
            raise InputNotFound(source, "no such file")
        else:
            text, shown = source, "<text>"
        result = api.name_harms(text)
    except UnspinError as exc:
        click.echo(exc.one_line(), err=True)
        sys.exit(2)
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        from unspin.report.ledger_text import render_harms

        click.echo(render_harms(result, shown), nl=False)
