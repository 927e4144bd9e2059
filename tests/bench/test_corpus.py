"""The synthetic corpus generator: deterministic, right proportions, readable in every format."""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from pathlib import Path

import pytest

from bench.corpus import Article, generate
from bench.corpus.__main__ import main
from bench.corpus.formats import FORMATS, write
from bench.corpus.outlets import OUTLETS

HOSTS = {o.name: o.host for o in OUTLETS}


def test_corpus_is_deterministic_by_seed() -> None:
    assert list(generate("news", 30, 0.1, seed=7)) == list(generate("news", 30, 0.1, seed=7))
    assert list(generate("news", 30, 0.1, seed=7)) != list(generate("news", 30, 0.1, seed=8))


def test_corpus_smaller_corpus_is_a_prefix_of_a_larger_one() -> None:
    assert list(generate("news", 12, 0.2, seed=1)) == list(generate("news", 40, 0.2, seed=1))[:12]


@pytest.mark.parametrize(
    ("kind", "n", "relevant", "low", "high"),
    [
        ("raid", 20, None, 20, 20),
        ("news", 600, None, 5, 7),
        ("news", 600, 0.01, 5, 7),
        ("news", 300, 0.1, 29, 31),
        ("news", 80, 0.0, 0, 0),
        ("raid", 10, 0.5, 4, 6),
    ],
)
def test_corpus_share_of_raid_stories(
    kind: str, n: int, relevant: float | None, low: int, high: int
) -> None:
    count = sum(a.relevant for a in generate(kind, n, relevant, seed=0, words=60))
    assert low <= count <= high


def test_corpus_raid_stories_are_spread_through_the_corpus() -> None:
    flags = [a.relevant for a in generate("news", 400, 0.05, seed=2, words=60)]
    assert 9 <= sum(flags[:200]) <= 11
    assert 9 <= sum(flags[200:]) <= 11


@pytest.mark.parametrize(
    ("kind", "words", "low", "high"),
    [
        ("raid", None, 740, 900),
        ("raid", 300, 270, 380),
        ("news", None, 480, 980),
        ("news", 2000, 1550, 2500),
    ],
)
def test_corpus_article_lengths(kind: str, words: int | None, low: int, high: int) -> None:
    relevant = 1.0 if kind == "raid" else 0.0
    counts = [len(a.text.split()) for a in generate(kind, 25, relevant, seed=4, words=words)]
    assert low <= min(counts) and max(counts) <= high


def test_corpus_metadata() -> None:
    for a in generate("news", 60, 0.1, seed=5, words=60):
        assert 2005 <= a.date.year <= 2025
        assert a.url.startswith(f"https://{HOSTS[a.outlet]}/")
        assert a.id in {f"news-5-{i:06d}" for i in range(60)}
        assert a.title and a.title == a.title.strip()


def test_corpus_templates_are_fully_filled() -> None:
    for a in generate("news", 150, 0.2, seed=6):
        assert not re.search(r"[{}\[\]]", a.title + a.text), a.id


def test_corpus_raid_stories_and_news_use_rescue_words() -> None:
    raids = list(generate("raid", 40, seed=8))
    news = list(generate("news", 200, 0.0, seed=8))
    rescue = re.compile(r"\b(rescued|freed|saved|liberated|recovered|safeguarded|rescue)\b")
    assert sum(bool(rescue.search(a.title + a.text)) for a in raids) >= 25
    assert any("detained" in a.text for a in raids)
    assert sum(bool(rescue.search(a.text)) for a in news) >= 40
    assert any("drug trafficking" in a.text for a in news)
    assert not any("prostitution" in a.text for a in news)


def test_corpus_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError, match="kind"):
        next(generate("blog", 1))
    with pytest.raises(ValueError, match="relevant"):
        next(generate("news", 1, 1.5))


@pytest.fixture(scope="module")
def sample() -> list[Article]:
    return list(generate("news", 12, 0.25, seed=9, words=200))


def _records(fmt: str, out: Path) -> list[dict[str, str]]:
    """Read a written corpus back into id/title/text records."""
    from lxml import html as lxml_html

    if fmt == "jsonl":
        return [json.loads(line) for line in (out / "corpus.jsonl").read_text("utf-8").splitlines()]
    if fmt == "csv":
        with (out / "corpus.csv").open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    if fmt == "warc":
        from warcio.archiveiterator import ArchiveIterator

        records = []
        with (out / "corpus.warc.gz").open("rb") as f:
            for record in ArchiveIterator(f):
                if record.rec_type == "response":
                    assert record.http_headers.get_header("Content-Type").startswith("text/html")
                    page = record.content_stream().read().decode("utf-8")
                    records.append(
                        _from_html(page, record.rec_headers.get_header("WARC-Target-URI"))
                    )
        return records
    records = []
    for path in sorted(out.glob(f"*.{fmt}")):
        if fmt == "docx":
            import docx

            paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
            records.append(
                {"id": path.stem, "title": paragraphs[0], "text": "\n\n".join(paragraphs[2:])}
            )
        elif fmt == "html":
            records.append(_from_html(path.read_text("utf-8"), path.stem))
        else:
            head, _, text = path.read_text("utf-8").partition("\n\n")
            if fmt == "md":
                head, text = head.removeprefix("# "), text.partition("\n\n")[2]
            records.append({"id": path.stem, "title": head, "text": text.rstrip("\n")})
    assert lxml_html is not None
    return records


def _from_html(page: str, ident: str) -> dict[str, str]:
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(page)
    article = tree.find(".//article")
    paragraphs = [p.text_content() for p in article.findall("p") if p.get("class") != "byline"]
    assert tree.find(".//nav") is not None and tree.find(".//footer") is not None
    return {"id": ident, "title": article.findtext("h1"), "text": "\n\n".join(paragraphs)}


@pytest.mark.parametrize("fmt", FORMATS)
def test_corpus_formats_read_back(fmt: str, sample: list[Article], tmp_path: Path) -> None:
    paths = write(sample, fmt, tmp_path)
    assert len(paths) == (len(sample) if fmt in ("txt", "md", "html", "docx") else 1)
    got = _records(fmt, tmp_path)
    assert [(r["title"], r["text"]) for r in got] == [(a.title, a.text) for a in sample]
    if fmt in ("jsonl", "csv"):
        assert [r["id"] for r in got] == [a.id for a in sample]
        assert [r["date"] for r in got] == [a.date.isoformat() for a in sample]
        assert [r["url"] for r in got] == [a.url for a in sample]
        assert list(got[0]) == ["id", "outlet", "date", "url", "title", "text"]
    if fmt == "warc":
        assert [r["id"] for r in got] == [a.url for a in sample]


def test_corpus_cli_writes_corpus_and_labels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(
        [
            "--kind",
            "news",
            "--n",
            "20",
            "--relevant",
            "0.1",
            "--format",
            "txt",
            "--out",
            str(tmp_path / "c"),
            "--seed",
            "0",
            "--words",
            "100",
            "--labels",
            str(tmp_path / "labels.jsonl"),
        ]
    )
    assert len(list((tmp_path / "c").glob("*.txt"))) == 20
    labels = [json.loads(x) for x in (tmp_path / "labels.jsonl").read_text().splitlines()]
    assert sum(x["relevant"] for x in labels) == 2
    assert capsys.readouterr().out.startswith("wrote 20 articles (2 raid stories), ")
    assert date(2005, 1, 1) <= next(generate("news", 1)).date <= date(2025, 12, 31)
