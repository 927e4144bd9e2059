"""``unspin check``: find framing in files, directories or stdin."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import click

from unspin.errors import UnspinError
from unspin.model import Severity
from unspin.read.document import Document
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
@click.option("--jobs", "-j", type=click.IntRange(min=0),
              help="Processes for many inputs (default: one per core, up to 8; 0 or 1: "
                   "no pool). Output keeps the input order.")
@click.option("--progress/--no-progress", default=None,
              help="A running count on stderr (default: when stderr is a terminal).")
def command(inputs: tuple[str, ...], fmt: str, config_path: Path | None,
            input_format: str | None, severity: str | None, select: str | None,
            ignore: str | None, jobs: int | None, progress: bool | None) -> None:
    """Flag rescue and trafficking framing and suggest words that name what happened.

    Exit status: 0 nothing at or above the severity threshold, 1 findings, 2 bad input.
    """
    from dataclasses import replace

    from unspin.cli.check_runner import check_all, default_jobs
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
    bad_input = False

    def documents() -> Iterator[tuple[str, Document]]:
        nonlocal bad_input
        for name, item in iter_inputs(inputs or ("-",), fmt=input_format,
                                      max_bytes=config.max_bytes):
            if isinstance(item, UnspinError):
                click.echo(item.one_line(), err=True)
                bad_input = True
            else:
                yield name, item

    failed = False
    meter = Progress(sys.stderr if (sys.stderr.isatty() if progress is None else progress)
                     else None)
    for _name, doc, result in check_all(documents(), config,
                                        default_jobs() if jobs is None else jobs):
        failed = failed or any(f.severity >= config.severity for f in result.findings) or any(
            f.severity >= config.severity for f in result.document_findings)
        sys.stdout.write(out.document(result, doc))
        sys.stdout.flush()
        meter.step(len(doc.text))
    meter.done()
    sys.stdout.write(out.finish())
    sys.exit(2 if bad_input else 1 if failed else 0)


class Progress:
    """A one-line running count on stderr: documents, MB and documents per second."""

    def __init__(self, stream: TextIO | None) -> None:
        self.stream = stream
        self.count = 0
        self.chars = 0
        self.start = time.monotonic()
        self.shown = 0.0

    def step(self, chars: int) -> None:
        self.count += 1
        self.chars += chars
        now = time.monotonic()
        if self.stream is not None and now - self.shown >= 0.25:
            self.shown = now
            rate = self.count / max(now - self.start, 1e-6)
            self.stream.write(f"\rchecked {self.count} documents, {self.chars / 1e6:.1f} MB "
                              f"({rate:.0f}/s)")
            self.stream.flush()

    def done(self) -> None:
        if self.stream is not None and self.count:
            elapsed = time.monotonic() - self.start
            self.stream.write(f"\rchecked {self.count} documents, {self.chars / 1e6:.1f} MB "
                              f"in {elapsed:.1f} s\n")
            self.stream.flush()
