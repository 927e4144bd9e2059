"""DOCX: documents built here with python-docx, then read back; broken ones are input errors."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from unspin.errors import InputError
from unspin.read import Document, docx_text, read_bytes, read_path

Builder = Callable[[docx.document.Document], None]


def _build(fill: Builder) -> bytes:
    document = docx.Document()
    fill(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _paragraphs(*texts: str) -> Builder:
    def fill(document: docx.document.Document) -> None:
        for text in texts:
            document.add_paragraph(text)

    return fill


def _headed_table(document: docx.document.Document) -> None:
    document.add_heading("Raid at three spas", level=1)
    document.add_paragraph("First paragraph.")
    table = document.add_table(rows=2, cols=2)
    for row, texts in zip(table.rows, (("a", "b"), ("c", "d")), strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    document.add_paragraph("Last paragraph.")


def _merged_cells(document: docx.document.Document) -> None:
    table = document.add_table(rows=1, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "wide"
    table.cell(0, 2).text = "narrow"


def _runs(document: docx.document.Document) -> None:
    paragraph = document.add_paragraph("Bold ")
    paragraph.add_run("run").bold = True
    paragraph.add_run(" then a break")
    paragraph.runs[-1].add_break()
    paragraph.add_run("and\ta tab")


def _nested_table(document: docx.document.Document) -> None:
    outer = document.add_table(rows=1, cols=1).cell(0, 0)
    outer.text = "outer cell"
    outer.add_table(rows=1, cols=1).cell(0, 0).text = "inner cell"
    document.add_paragraph("after")


# builder -> extracted text
CASES = [
    (_paragraphs("One.", "Two."), "One.\n\nTwo."),
    (_paragraphs("", "  ", "Only this.", ""), "Only this."),
    (
        _headed_table,
        "Raid at three spas\n\nFirst paragraph.\n\na\n\nb\n\nc\n\nd\n\nLast paragraph.",
    ),
    (_merged_cells, "wide\n\nnarrow"),
    (_runs, "Bold run then a break\nand\ta tab"),
    (_nested_table, "outer cell\n\ninner cell\n\nafter"),
]


@pytest.mark.parametrize(("fill", "text"), CASES)
def test_docx_extracts_paragraphs_and_cells_in_order(fill: Builder, text: str) -> None:
    document = read_bytes(_build(fill), source="a.docx")
    assert document == Document(text=text, source="a.docx", format="docx")


def test_docx_read_path_by_extension(tmp_path: Path) -> None:
    path = tmp_path / "story.docx"
    path.write_bytes(_build(_paragraphs("Police said six people were arrested.")))
    document = read_path(path)
    assert (document.format, document.text) == ("docx", "Police said six people were arrested.")


def test_docx_sniffed_from_stdin_bytes() -> None:
    assert read_bytes(_build(_paragraphs("Piped.")), source="<stdin>").format == "docx"


def _rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            new.writestr(info.filename, replace.get(info.filename, old.read(info.filename)))
    return out.getvalue()


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
    b'<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>'
    b"<w:document " + _W.encode() + b"><w:body><w:p><w:r><w:t>&e;&e;&e;&e;</w:t></w:r></w:p>"
    b"</w:body></w:document>"
)


def _truncated() -> bytes:
    data = _build(_paragraphs("Soon cut."))
    return data[: len(data) // 2]


def _not_docx_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "a zip, not a Word file")
    return out.getvalue()


def _billion_laughs() -> bytes:
    return _rezip(_build(_paragraphs("x")), {"word/document.xml": _LAUGHS})


def _late_doctype() -> bytes:
    padded = _LAUGHS.replace(b"<!DOCTYPE", b"<!--" + b" " * 5000 + b"-->\n<!DOCTYPE", 1)
    padded = padded.replace(b'<?xml version="1.0"?>', b"", 1)
    return _rezip(_build(_paragraphs("x")), {"word/document.xml": padded})


def _zip_bomb() -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/media/zeros.bin", "w") as stream,
    ):
        chunk = bytes(4 * 1024 * 1024)
        for _ in range(26):  # 104 MB of zeros, about 100 KB compressed
            stream.write(chunk)
    return out.getvalue()


# hostile or broken .docx -> exact reason
BROKEN = [
    (_truncated, "corrupt .docx file: not a readable zip archive"),
    (lambda: b"PK\x03\x04 not really a zip", "corrupt .docx file: not a readable zip archive"),
    (_not_docx_zip, "corrupt .docx file: python-docx cannot read it"),
    (_billion_laughs, "corrupt .docx file: word/document.xml declares a DTD"),
    (_zip_bomb, "docx expands to 104.0 MB, over the 100 MB limit"),
]


@pytest.mark.parametrize(("make", "reason"), BROKEN)
def test_docx_broken_files_are_input_errors(make: Callable[[], bytes], reason: str) -> None:
    with pytest.raises(InputError) as caught:
        read_bytes(make(), source="bad.docx")
    assert type(caught.value) is InputError
    assert (caught.value.source, caught.value.reason) == ("bad.docx", reason)


def test_docx_entities_behind_a_late_doctype_are_not_expanded() -> None:
    try:
        document = read_bytes(_late_doctype(), source="bad.docx")
    except InputError as error:
        assert error.reason.startswith("corrupt .docx file")
    else:
        assert len(document.text) < 1000


def test_docx_too_many_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_text, "MAX_PARTS", 3)
    with pytest.raises(InputError, match=r"corrupt \.docx file: \d+ parts, more than 3$"):
        read_bytes(_build(_paragraphs("x")), source="a.docx")


def test_docx_with_no_text_is_empty() -> None:
    with pytest.raises(InputError, match="^a.docx: empty file$"):
        read_bytes(_build(_paragraphs("", " ")), source="a.docx")
