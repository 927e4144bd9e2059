"""Progress on stderr while an audit runs, and the one-line summary at the end.

On a terminal a tqdm bar (input MB, ETA) with documents/s and relevant documents so far;
elsewhere (a log, a pipe) one plain line every few seconds.
"""

from __future__ import annotations

import shutil
import sys
import time
from typing import Any, TextIO

MB = 1_000_000


class Progress:
    def __init__(
        self,
        total_bytes: int,
        *,
        quiet: bool = False,
        stream: TextIO | None = None,
        interval: float = 2.0,
    ) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.total = total_bytes
        self.interval = interval
        self.started = time.monotonic()
        self._last_line: float | None = None  # the first update is shown at once
        self._bar: Any = None
        if not quiet and self.stream.isatty():
            from tqdm import tqdm

            self._bar = tqdm(
                total=max(total_bytes, 1) / MB,
                unit="MB",
                file=self.stream,
                leave=False,
                ncols=min(shutil.get_terminal_size((100, 24)).columns, 120),
                bar_format="{l_bar}{bar}| {n:.1f}/{total:.1f} MB [{elapsed}<{remaining}{postfix}]",
            )

    def update(self, *, documents: int, relevant: int, errors: int, bytes_done: int) -> None:
        if self.quiet:
            return
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = documents / elapsed
        if self._bar is not None:
            self._bar.n = min(bytes_done, self.total) / MB
            self._bar.set_postfix_str(
                f"{rate:,.0f} docs/s, {relevant:,} relevant, {errors:,} errors"
            )
            return
        now = time.monotonic()
        if self._last_line is not None and now - self._last_line < self.interval:
            return
        self._last_line = now
        eta = ""
        if 0 < bytes_done < self.total and (bytes_done >= self.total / 50 or elapsed >= 10):
            eta = f", ETA {_duration(elapsed * (self.total - bytes_done) / bytes_done)}"
        print(
            f"{documents:,} documents, {rate:,.0f} docs/s, {relevant:,} relevant, "
            f"{errors:,} errors{eta}",
            file=self.stream,
            flush=True,
        )

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


def summary_line(counts: Any, seconds: float, db: str, status: str = "finished") -> str:
    """E.g. ``audited 10,000 documents in 4.2 s (2,381 docs/s, 11.3 MB/s): 98 relevant, …``."""
    seconds = max(seconds, 1e-9)
    head = "audited" if status == "finished" else "stopped after"
    parts = [
        f"{counts.relevant:,} relevant",
        f"{counts.skipped:,} already done",
        f"{counts.duplicates:,} duplicates",
        f"{counts.errors:,} errors",
    ]
    return (
        f"{head} {counts.items:,} documents in {seconds:.1f} s "
        f"({counts.items / seconds:,.0f} docs/s, {counts.bytes / MB / seconds:.1f} MB/s): "
        f"{', '.join(parts)} -> {db}"
    )
