"""Read stage: files, stdin and URLs become a :class:`Document` of plain text."""

from unspin.read.document import Document, Suppression

__all__ = ["Document", "Suppression"]
