"""Read stage: files, stdin and URLs become a :class:`Document` of plain text.

Formats: plain text, Markdown, HTML and DOCX (see each ``*_text`` module for what is
kept and dropped). Offsets in a Document always point into its extracted ``text``.
"""

from unspin.config import DEFAULT_MAX_BYTES
from unspin.read.document import Document, Suppression
from unspin.read.inputs import FORMATS, iter_inputs, read_bytes, read_path, read_stdin

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "Document",
    "Suppression",
    "iter_inputs",
    "read_bytes",
    "read_path",
    "read_stdin",
]
