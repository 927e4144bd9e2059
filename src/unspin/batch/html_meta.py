"""Title, outlet and publication date from the ``<head>`` of an HTML page, read cheaply.

Only the first 64 KiB are looked at, with regular expressions: this runs on every page of a
web archive, most of which are not about raids at all.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_HEAD_CHARS = 65536
_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_META = re.compile(r"<meta\s[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([a-zA-Z:_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_OUTLET_KEYS = ("og:site_name", "application-name", "publisher")
_DATE_KEYS = (
    "article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "dc.date",
    "dc.date.issued",
    "og:published_time",
)


@dataclass(frozen=True)
class HeadMeta:
    title: str | None = None
    outlet: str | None = None
    date: str | None = None


def head_meta(page: str) -> HeadMeta:
    head = page[:_HEAD_CHARS]
    metas: dict[str, str] = {}
    for tag in _META.findall(head):
        attrs = {
            m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or ""
            for m in _ATTR.finditer(tag)
        }
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = attrs.get("content")
        if key and content and key not in metas:
            metas[key] = _clean(content)
    title_match = _TITLE.search(head)
    title = _clean(title_match.group(1)) if title_match else metas.get("og:title")
    return HeadMeta(
        title=title or None,
        outlet=next((metas[k] for k in _OUTLET_KEYS if metas.get(k)), None),
        date=next((metas[k] for k in _DATE_KEYS if metas.get(k)), None),
    )


def _clean(value: str) -> str:
    return " ".join(html.unescape(value).split())[:500]
