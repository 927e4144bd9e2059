"""``unspin audit CORPUS... --db FILE.duckdb``: analyse a whole corpus into a DuckDB file."""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from types import FrameType

import click

from unspin.errors import UnspinError


def _stop_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


@click.command("audit")
@click.argument("corpus", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--db",
    "db",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="DuckDB file to create or add to.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=None,
    help="Local worker processes (default: all cores; 0: no workers, this process).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Run on the Dask cluster whose scheduler is at ADDRESS (tcp://host:port).",
)
@click.option("--dask", "use_dask", is_flag=True, help="Run on a local Dask cluster.")
@click.option("--quiet", "-q", is_flag=True, help="No progress and no summary line.")
@click.option(
    "--text-column", default="text", show_default=True, help="JSONL/CSV field with the text."
)
@click.option(
    "--id-column", default="id", show_default=True, help="JSONL/CSV field with the corpus id."
)
@click.option(
    "--date-column", default="date", show_default=True, help="JSONL/CSV field with the date."
)
@click.option(
    "--outlet-column",
    default="outlet",
    show_default=True,
    help="JSONL/CSV field with the outlet (default: the URL's host).",
)
@click.option(
    "--url-column", default="url", show_default=True, help="JSONL/CSV field with the URL."
)
@click.option(
    "--title-column", default="title", show_default=True, help="JSONL/CSV field with the title."
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=256,
    show_default=True,
    help="At most this many documents per batch, the unit of work (batches are sized to about "
    "half a second of work; finished ones are written about once a second).",
)
def command(
    corpus: tuple[Path, ...],
    db: Path,
    workers: int | None,
    scheduler: str | None,
    use_dask: bool,
    quiet: bool,
    text_column: str,
    id_column: str,
    date_column: str,
    outlet_column: str,
    url_column: str,
    title_column: str,
    batch_size: int,
) -> None:
    """Audit every document under CORPUS (directories of .txt/.md/.html/.docx files, .jsonl,
    .csv, .warc, .warc.gz) into a DuckDB database.

    Re-running skips documents already analysed with the same rules; a run stopped with
    Ctrl-C keeps every finished batch, a killed one loses at most the batches in flight and
    the last second of results. Per-document errors are recorded
    in the database's errors table and counted; they never stop the run.
    """
    from unspin.batch.audit import AuditOptions, run_audit
    from unspin.batch.columns import Columns

    missing = [p for p in corpus if not p.exists()]
    for path in missing:
        click.echo(f"unspin: {path}: no such file or directory", err=True)
    if missing:
        sys.exit(2)
    options = AuditOptions(
        corpus=corpus,
        db=db,
        columns=Columns(
            text_column, id_column, date_column, outlet_column, url_column, title_column
        ),
        workers=workers,
        scheduler=scheduler,
        dask=use_dask,
        quiet=quiet,
        batch_items=batch_size,
    )
    previous = signal.signal(signal.SIGTERM, _stop_on_sigterm)
    try:
        result = run_audit(options)
    except UnspinError as exc:
        click.echo(exc.one_line(), err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo(f"unspin: stopped; the database keeps every finished batch: {db}", err=True)
        sys.exit(130)
    finally:
        signal.signal(signal.SIGTERM, previous)
    if not quiet:
        click.echo(result.summary, err=True)
