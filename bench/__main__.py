"""python -m bench [NAME...]: run every benchmark in order and write its docs/benchmarks.md section.

Each module listed in BENCHMARKS exposes ``main(write: bool)``, except those in ARGV_MAIN, whose
``main(argv)`` takes a ``--write`` flag. A module that is not there yet is skipped with a note. A failing benchmark is reported and the others still run; the exit code is 1
if any failed. Give names (``python -m bench throughput``) to run only those.
"""

from __future__ import annotations

import importlib
import sys
import time
import traceback
from collections.abc import Sequence

BENCHMARKS: tuple[str, ...] = (
    "bench.eval", "bench.ledger_eval", "bench.throughput", "bench.load", "bench.audit",
)
ARGV_MAIN = frozenset({"bench.eval"})


def run(names: Sequence[str] = ()) -> int:
    wanted = [m for m in BENCHMARKS if not names or m.removeprefix("bench.") in names]
    unknown = set(names) - {m.removeprefix("bench.") for m in BENCHMARKS}
    if unknown:
        print(f"bench: unknown benchmark(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    failed = []
    for name in wanted:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            print(f"bench: skipping {name}: not present yet", file=sys.stderr)
            continue
        print(f"bench: running {name}", file=sys.stderr)
        start = time.perf_counter()
        try:
            code = module.main(["--write"]) if name in ARGV_MAIN else module.main(write=True)
        except Exception:  # noqa: BLE001 - report it and run the next benchmark
            traceback.print_exc()
            code = 1
        print(f"bench: {name} done in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        if isinstance(code, int) and code != 0:  # some mains return their report text
            failed.append(name)
    if failed:
        print(f"bench: failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
