"""Which fields of a JSONL object or CSV row hold the text and the metadata."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from unspin.batch.items import Item, ItemError, Meta, clean_text, sha256_hex


@dataclass(frozen=True)
class Columns:
    """Field names; every one but ``text`` is optional in the data."""

    text: str = "text"
    id: str = "id"
    date: str = "date"
    outlet: str = "outlet"
    url: str = "url"
    title: str = "title"


def record_to_item(
    record: Mapping[str, object], locator: str, columns: Columns, size: int
) -> Item | ItemError:
    """A JSON object or CSV row as a work item, or the reason it cannot be one."""
    text = record.get(columns.text)
    if text is None:
        return ItemError(locator, f"no {columns.text!r} field", size)
    if not isinstance(text, str):
        return ItemError(locator, f"{columns.text!r} is not a string", size)
    if not text.strip():
        return ItemError(locator, f"{columns.text!r} is empty", size)
    text = clean_text(text)
    meta = Meta(
        outlet=_field(record, columns.outlet),
        date=_field(record, columns.date),
        url=_field(record, columns.url),
        title=_field(record, columns.title),
        external_id=_field(record, columns.id),
    ).with_outlet_fallback()
    return Item(locator, "text", text, meta, sha256_hex(text), size)


def _field(record: Mapping[str, object], name: str) -> str | None:
    value = record.get(name)
    if value is None or isinstance(value, (dict, list)):
        return None
    out = clean_text(str(value)).strip()
    return out or None
