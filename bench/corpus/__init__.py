"""Synthetic news corpus for benchmarks: raid stories and general news, deterministic by seed.

All text comes from templates and phrase lists written for this project; outlets and people are
invented. ``generate`` yields articles; ``bench.corpus.formats`` writes them to disk; run
``python -m bench.corpus --help`` for the command line.

Article ``i`` depends only on (seed, i), so a corpus of 100 is the first 100 of a corpus of 1,000.
Raid stories are spread evenly: every prefix holds ``relevant`` of its articles, give or take one.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from bench.corpus.news import news_story
from bench.corpus.outlets import OUTLETS, Outlet
from bench.corpus.raid import raid_story

__all__ = ["KINDS", "Article", "default_relevant", "generate"]

KINDS = ("raid", "news")
FIRST_DAY = date(2005, 1, 1).toordinal()
LAST_DAY = date(2025, 12, 31).toordinal()


@dataclass(frozen=True)
class Article:
    id: str
    outlet: str
    date: date
    url: str
    title: str
    text: str
    relevant: bool  # a raid story (framed or not), as opposed to general news


def default_relevant(kind: str) -> float:
    """Share of raid stories when none is given: all for "raid", 1% for "news"."""
    return 1.0 if kind == "raid" else 0.01


def generate(
    kind: str, n: int, relevant: float | None = None, seed: int = 0, words: int | None = None
) -> Iterator[Article]:
    """Yield ``n`` articles; ``relevant`` is the share of raid stories (default by ``kind``).

    ``words`` is the target length: raid stories get it +-5% (default 800); general news gets
    +-20% of it, or 500-900 words when it is None.
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    share = default_relevant(kind) if relevant is None else relevant
    if not 0.0 <= share <= 1.0:
        raise ValueError(f"relevant must be between 0 and 1, not {share}")
    phase = random.Random(f"{seed}:phase").random()
    for i in range(n):
        is_raid = int((i + 1) * share + phase) > int(i * share + phase)
        yield _article(kind, seed, i, is_raid, words)


def _article(kind: str, seed: int, i: int, is_raid: bool, words: int | None) -> Article:
    rng = random.Random(f"{seed}:{i}")
    outlet = rng.choice(OUTLETS)
    day = date.fromordinal(rng.randint(FIRST_DAY, LAST_DAY))
    if is_raid:
        title, text = raid_story(rng, outlet, day, words or 800)
        section = "crime"
    else:
        target = round(words * rng.uniform(0.8, 1.2)) if words else rng.randint(500, 900)
        section, title, text = news_story(rng, outlet, day, target)
    article_id = f"{kind}-{seed}-{i:06d}"
    return Article(
        id=article_id,
        outlet=outlet.name,
        date=day,
        url=_url(outlet, section, day, title, i),
        title=title,
        text=text,
        relevant=is_raid,
    )


def _url(outlet: Outlet, section: str, day: date, title: str, i: int) -> str:
    slug = "-".join(re.findall(r"[a-z0-9]+", title.lower())[:9])
    return f"https://{outlet.host}/{section}/{day:%Y/%m/%d}/{slug}-{i}"
