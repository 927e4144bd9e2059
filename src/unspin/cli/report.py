"""``unspin report FILE.duckdb --html OUT.html [--csv DIR] [--parquet DIR]``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from unspin.errors import UnspinError


@click.command("report")
@click.argument("database", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--html",
    "html_out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the report, a single self-contained HTML file, here.",
)
@click.option(
    "--csv",
    "csv_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Write every table as CSV into this directory.",
)
@click.option(
    "--parquet",
    "parquet_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Write every table as Parquet into this directory.",
)
def command(
    database: Path, html_out: Path | None, csv_dir: Path | None, parquet_dir: Path | None
) -> None:
    """Turn an audit database (made by ``unspin audit``) into an HTML report with charts,
    and export its tables for further analysis."""
    from unspin.report.html_report import open_database, write_html_report
    from unspin.report.table_export import export_tables

    if html_out is None and csv_dir is None and parquet_dir is None:
        raise click.UsageError("say what to write: --html FILE, --csv DIR and/or --parquet DIR")
    try:
        if html_out is not None:
            report = write_html_report(database, html_out)
            o = report.overview
            click.echo(
                f"report of {o.documents:,} documents ({o.relevant:,} relevant) -> {html_out}",
                err=True,
            )
        for fmt, directory in (("csv", csv_dir), ("parquet", parquet_dir)):
            if directory is not None:
                with open_database(database) as con:
                    files = export_tables(con, directory, fmt)  # type: ignore[arg-type]
                click.echo(f"{len(files)} tables as {fmt.upper()} -> {directory}", err=True)
    except UnspinError as exc:
        click.echo(exc.one_line(), err=True)
        sys.exit(exc.exit_code)
