"""Assembling sentences into paragraphs and padding a story to its target length."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bench.corpus.text import Writer, count_words


class Story:
    """Paragraphs in order: a body that filler may be inserted into, then a fixed tail."""

    def __init__(self) -> None:
        self.body: list[str] = []
        self.tail: list[str] = []
        self._prefix = ""

    def add(self, *sentences: str) -> None:
        if sentences:
            self.body.append(" ".join(sentences))

    def add_tail(self, *sentences: str) -> None:
        if sentences:
            self.tail.append(" ".join(sentences))

    def insert(self, index: int, paragraph: str) -> None:
        self.body.insert(index, paragraph)

    def dateline(self, prefix: str) -> None:
        self._prefix = prefix

    def words(self) -> int:
        return sum(count_words(para) for para in self.body + self.tail)

    def text(self) -> str:
        paragraphs = self.body + self.tail
        if paragraphs and self._prefix:
            paragraphs = [self._prefix + paragraphs[0], *paragraphs[1:]]
        return "\n\n".join(paragraphs)


def fill_to_length(
    w: Writer, story: Story, pool: Sequence[str], words: int, first: Sequence[str] = ()
) -> None:
    """Insert paragraphs until the story reaches about ``words``: ``first`` once, then ``pool``.

    Filler goes after the first three paragraphs, so the lede and the core of the story stay on
    top. The target is jittered by +-5%. A template is not reused until ``pool`` is used up (and
    pool templates should carry alternatives, so a reuse still reads differently).
    """
    target = words * w.rng.uniform(0.95, 1.05)
    remaining = [*pool, *first]
    current = story.words()
    while current < target:
        sentences = []
        for _ in range(w.rng.randint(1, 3)):
            if not remaining:
                remaining = list(pool)
            sentence = w.draw(remaining)
            if sentence is not None:
                sentences.append(sentence)
        paragraph = " ".join(sentences)
        story.insert(w.rng.randint(min(3, len(story.body)), len(story.body)), paragraph)
        current += count_words(paragraph)


def join_list(items: Sequence[str]) -> str:
    """['a', 'b', 'c'] -> 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


@dataclass(frozen=True)
class Topic:
    """Templates for one kind of general-news story."""

    section: str
    titles: tuple[str, ...]
    ledes: tuple[str, ...]
    body: tuple[str, ...]
    quotes: tuple[str, ...]
    speakers: tuple[str, ...]
    filler: str  # name of the shared filler pool: "civic", "emergency" or "sport"
