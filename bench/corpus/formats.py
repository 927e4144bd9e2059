"""Writing a generated corpus to disk in each input format unspin reads.

One file per article for txt, md, html and docx; one ``corpus.jsonl`` / ``corpus.csv`` with the
columns id, outlet, date, url, title, text; one ``corpus.warc.gz`` holding a request and an HTML
response record per article (plus a warcinfo record).
"""

from __future__ import annotations

import csv
import html
import io
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from bench.corpus import Article

FORMATS = ("txt", "md", "html", "docx", "jsonl", "csv", "warc")
COLUMNS = ("id", "outlet", "date", "url", "title", "text")
_NAV = ("Home", "News", "Local", "Politics", "Business", "Sport", "Weather", "Opinion")
_MOST_READ = (
    "Ten weekend markets worth the drive",
    "What the new school calendar means for parents",
    "Letters: the bus lane debate",
    "Recipe: a one-pan dinner for busy nights",
)


def write(articles: Iterable[Article], fmt: str, out: Path) -> list[Path]:
    """Write ``articles`` under the directory ``out`` in format ``fmt``; return the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        return [_write_jsonl(articles, out / "corpus.jsonl")]
    if fmt == "csv":
        return [_write_csv(articles, out / "corpus.csv")]
    if fmt == "warc":
        return [_write_warc(articles, out / "corpus.warc.gz")]
    paths = []
    for article in articles:
        path = out / f"{article.id}.{fmt}"
        if fmt == "docx":
            _write_docx(article, path)
        else:
            path.write_text(RENDER[fmt](article), encoding="utf-8")
        paths.append(path)
    return paths


def as_txt(a: Article) -> str:
    return f"{a.title}\n\n{a.text}\n"


def as_md(a: Article) -> str:
    return f"# {a.title}\n\n*{a.outlet}, {a.date:%B} {a.date.day}, {a.date.year}*\n\n{a.text}\n"


def as_html(a: Article) -> str:
    """A whole news page: head, scripts, navigation, the <article>, a sidebar and a footer."""
    e = html.escape
    section = a.url.split("/")[3]
    nav = " ".join(f'<a href="/{n.lower()}">{n}</a>' for n in _NAV)
    paragraphs = "\n".join(f"<p>{e(p)}</p>" for p in a.text.split("\n\n"))
    most_read = "".join(
        f'<li><a href="/read/{i}">{e(t)}</a></li>' for i, t in enumerate(_MOST_READ)
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(a.title)} | {e(a.outlet)}</title>
<meta property="og:site_name" content="{e(a.outlet)}">
<meta property="og:title" content="{e(a.title)}">
<meta property="article:published_time" content="{a.date.isoformat()}T08:00:00Z">
<link rel="canonical" href="{e(a.url)}">
<script>window.dataLayer = window.dataLayer || []; function track() {{ dataLayer.push(arguments); }}
track("page", "{section}"); if (document.cookie.indexOf("consent=") < 0) {{ track("banner"); }}</script>
<style>body {{ font-family: Georgia, serif; max-width: 44em; margin: auto; }} nav a {{ margin-right: 1em; }}</style>
</head>
<body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<header><a class="logo" href="/">{e(a.outlet)}</a>
<nav>{nav}</nav></header>
<main>
<article>
<h1>{e(a.title)}</h1>
<p class="byline">By Staff Reporter &middot; <time datetime="{a.date.isoformat()}">{a.date:%B} {a.date.day}, {a.date.year}</time></p>
{paragraphs}
</article>
<aside><h2>Most read</h2><ul>{most_read}</ul>
<div class="newsletter">Get the morning briefing in your inbox. <a href="/newsletter">Sign up</a></div></aside>
</main>
<footer><p>&copy; {a.date.year} {e(a.outlet)}. All rights reserved.</p>
<a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/contact">Contact us</a></footer>
<script src="/static/ads.js" async></script>
</body>
</html>
"""


RENDER = {"txt": as_txt, "md": as_md, "html": as_html}


def row(a: Article) -> dict[str, str]:
    """The JSONL/CSV record of an article."""
    return {
        "id": a.id,
        "outlet": a.outlet,
        "date": a.date.isoformat(),
        "url": a.url,
        "title": a.title,
        "text": a.text,
    }


def _write_jsonl(articles: Iterable[Article], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps(row(a), ensure_ascii=False) + "\n")
    return path


def _write_csv(articles: Iterable[Article], path: Path) -> Path:
    csv.field_size_limit(sys.maxsize)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        for a in articles:
            writer.writerow(row(a))
    return path


def _write_docx(a: Article, path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = a.title
    document.core_properties.author = a.outlet
    document.core_properties.created = datetime(a.date.year, a.date.month, a.date.day, 8)
    document.add_heading(a.title, level=1)
    document.add_paragraph(f"{a.outlet}, {a.date:%B} {a.date.day}, {a.date.year}")
    for paragraph in a.text.split("\n\n"):
        document.add_paragraph(paragraph)
    document.save(str(path))


def _write_warc(articles: Iterable[Article], path: Path) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        info = {"software": "unspin bench.corpus", "format": "WARC File Format 1.1"}
        writer.write_record(writer.create_warcinfo_record(path.name, info))
        for a in articles:
            for record in _warc_records(writer, a, StatusAndHeaders):
                writer.write_record(record)
    return path


def _warc_records(writer: object, a: Article, headers: type) -> Iterator[object]:
    when = datetime(a.date.year, a.date.month, a.date.day, 8, tzinfo=UTC)
    warc_date = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    host = a.url.split("/")[2]
    path = "/" + a.url.split("/", 3)[3]
    request = headers(
        f"GET {path} HTTP/1.1",
        [("Host", host), ("User-Agent", "bench-crawler/1.0")],
        is_http_request=True,
    )
    body = as_html(a).encode("utf-8")
    response = headers(
        "200 OK",
        [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
        protocol="HTTP/1.1",
    )
    make = writer.create_warc_record  # type: ignore[attr-defined]
    yield make(
        a.url,
        "response",
        payload=io.BytesIO(body),
        length=len(body),
        http_headers=response,
        warc_headers_dict={"WARC-Date": warc_date},
    )
    yield make(
        a.url,
        "request",
        payload=io.BytesIO(b""),
        length=0,
        http_headers=request,
        warc_headers_dict={"WARC-Date": warc_date},
    )
