"""python -m bench.corpus --kind raid|news --n N --relevant F --format FMT --out DIR --seed 0"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bench.corpus import KINDS, generate
from bench.corpus.formats import FORMATS, write


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.corpus",
        description="Write a synthetic news corpus (raid stories and general news) to disk.",
    )
    parser.add_argument(
        "--kind",
        choices=KINDS,
        default="news",
        help="raid: all raid stories by default; news: 1%% raid stories by default",
    )
    parser.add_argument("--n", type=int, default=100, help="number of articles (default 100)")
    parser.add_argument(
        "--relevant",
        type=float,
        default=None,
        help="share of raid stories, 0..1 (default: 1 for raid, 0.01 for news)",
    )
    parser.add_argument("--format", choices=FORMATS, default="txt", dest="fmt")
    parser.add_argument("--out", type=Path, required=True, help="output directory")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--words",
        type=int,
        default=None,
        help="target words per article (default: 800 raid, 500-900 news)",
    )
    parser.add_argument(
        "--labels",
        type=Path,
        default=None,
        help="also write id -> relevant labels as JSON Lines to this file",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    articles = list(generate(args.kind, args.n, args.relevant, args.seed, args.words))
    paths = write(articles, args.fmt, args.out)
    if args.labels is not None:
        args.labels.parent.mkdir(parents=True, exist_ok=True)
        with args.labels.open("w", encoding="utf-8") as f:
            for a in articles:
                f.write(json.dumps({"id": a.id, "relevant": a.relevant}) + "\n")
    size = sum(p.stat().st_size for p in paths)
    raids = sum(a.relevant for a in articles)
    print(
        f"wrote {len(articles)} articles ({raids} raid stories), {size / 1e6:.2f} MB "
        f"in {len(paths)} file(s) to {args.out}"
    )


if __name__ == "__main__":
    main()
