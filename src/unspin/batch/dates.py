"""Publication dates as corpora write them, read into a date or at least a year."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

_ISO = re.compile(r"\A\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_YEAR_MONTH = re.compile(r"\A\s*(\d{4})-(\d{1,2})\s*\Z")
_YEAR = re.compile(r"\A\s*(\d{4})\s*\Z")
_NAMED = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")
_EARLIEST, _LATEST = 1800, 2200


def parse_date(text: str | None) -> tuple[dt.date | None, int | None]:
    """(date, year) from ISO 8601, RFC 2822 or "12 March 2019" / "March 12, 2019" forms.

    Only unambiguous forms are read: "03/04/2019" gives nothing rather than a guess.
    """
    if not text:
        return None, None
    match = _ISO.match(text)
    if match:
        return _checked(*(int(g) for g in match.groups()))
    match = _YEAR_MONTH.match(text)
    if match:
        year = int(match.group(1))
        return None, year if _EARLIEST <= year <= _LATEST else None
    match = _YEAR.match(text)
    if match:
        year = int(match.group(1))
        return None, year if _EARLIEST <= year <= _LATEST else None
    cleaned = text.strip()
    for fmt in _NAMED:
        try:
            day = dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
        return _checked(day.year, day.month, day.day)
    try:
        stamp = email.utils.parsedate_to_datetime(cleaned)
    except (TypeError, ValueError, IndexError):
        return None, None
    return _checked(stamp.year, stamp.month, stamp.day)


def _checked(year: int, month: int, day: int) -> tuple[dt.date | None, int | None]:
    if not _EARLIEST <= year <= _LATEST:
        return None, None
    try:
        return dt.date(year, month, day), year
    except ValueError:
        return None, year
