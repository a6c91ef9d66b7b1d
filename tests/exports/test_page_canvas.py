"""facilitator/exports/page_canvas.py: pages compressed in batches on a thread
keep their own content, and pages that use the same resources share one
dictionary of them that says what reportlab's own says."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from facilitator.exports import fonts, page_canvas


def test_every_page_keeps_its_own_text_when_compressed_in_batches():
    """Pages go to the compressing thread `BATCH` at a time (and the last, partial
    batch at save): every page ends up with its own content, none held back."""
    fonts.register()  # the total pages are written in the export font
    count = page_canvas.BATCH * (page_canvas.IN_FLIGHT + 2) + 3
    out = io.BytesIO()
    canvas = page_canvas.TotalPagesCanvas(out, pageCompression=1)
    held = []
    for n in range(count):
        canvas.setFont("Helvetica", 12)
        canvas.drawString(72, 720, f"bladzijde {n} van de proef")
        canvas.showPage()
        held.append(len(canvas._batch) + page_canvas.BATCH * sum(  # noqa: SLF001
            not f.done() for f in canvas._compressing))  # noqa: SLF001
    canvas.save()
    assert max(held) <= page_canvas.BATCH * (page_canvas.IN_FLIGHT + 1)
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages]
    assert [p.split(" van ")[0] for p in pages] == [f"bladzijde {n}" for n in range(count)]


def _document(share: bool, monkeypatch, boxes: bool = True, landscape: bool = False) -> bytes:
    """Pages of text, pages with forms (one, or two), a page with a picture and a
    page with transparency, drawn with the canvas sharing resources or not (and
    its page boxes and transitions, or not)."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    if not share:
        monkeypatch.setattr(page_canvas.TotalPagesCanvas, "_share_resources", lambda self: None)
    if not boxes:
        monkeypatch.setattr(page_canvas.TotalPagesCanvas, "_share_boxes", lambda self: None)
    fonts.register()
    out = io.BytesIO()
    canvas = page_canvas.TotalPagesCanvas(out, pageCompression=1, invariant=1)
    if landscape:
        canvas.setPageRotation(90)
    canvas.beginForm("rule")
    canvas.line(72, 60, 500, 60)
    canvas.endForm()
    canvas.beginForm("mark")
    canvas.drawString(72, 40, "merkteken")
    canvas.endForm()
    picture = ImageReader(Image.new("RGB", (8, 8), (200, 30, 30)))
    for n in range(12):
        canvas.setFont(fonts.REGULAR, 12)
        canvas.drawString(72, 720, f"bladzijde {n}")
        if n % 3:
            canvas.doForm("rule")
        if n % 4 == 1:
            canvas.doForm("mark")
        if n == 5:
            canvas.drawImage(picture, 72, 500, 40, 40)
        if n == 7:
            canvas.setFillAlpha(0.5)
            canvas.drawString(72, 600, "doorschijnend")
        canvas.doForm("oogst-total-pages")
        canvas.showPage()
    canvas.save()
    monkeypatch.undo()
    return out.getvalue()


def _plain(value):
    """A PDF value with its references followed (as a reader sees it)."""
    value = value.get_object() if hasattr(value, "get_object") else value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value if not hasattr(value, "get_data") else value.get_data()


def test_pages_with_the_same_resources_share_what_reportlab_writes_into_each(monkeypatch):
    shared = PdfReader(io.BytesIO(_document(True, monkeypatch)))
    own = PdfReader(io.BytesIO(_document(False, monkeypatch)))
    assert len(shared.pages) == len(own.pages) == 12
    for mine, theirs in zip(shared.pages, own.pages):
        assert _plain(mine["/Resources"]) == _plain(theirs["/Resources"])
        assert mine.extract_text() == theirs.extract_text()
    kinds = {id(p.raw_get("/Resources").get_object()) for p in shared.pages}
    assert len(kinds) == 6  # five shared ones, and the transparent page's own
    assert not hasattr(own.pages[0].raw_get("/Resources"), "idnum")
    assert hasattr(shared.pages[0].raw_get("/Resources"), "idnum")


def test_a_page_stream_is_written_as_reportlab_writes_it():
    """`_PageStream.format` against reportlab's `PDFStream.format` of the same stream."""
    import zlib

    from reportlab.pdfbase.pdfdoc import PDFDocument, PDFStream
    document = PDFDocument(invariant=1)
    for text in (b"", b"BT /F1 12 Tf (x) Tj ET\n", bytes(range(256)) * 40):
        stream = page_canvas._PageStream()  # noqa: SLF001
        stream.content = zlib.compress(text)
        assert stream.format(document) == PDFStream.format(stream, document)
        stream.dictionary["Extra"] = 1  # anything more: reportlab's own writing
        assert stream.format(document) == PDFStream.format(stream, document)


@pytest.mark.parametrize("landscape", [False, True])
def test_page_boxes_and_transitions_written_once_are_what_reportlab_writes(landscape,
                                                                           monkeypatch):
    """The same file to the byte, whether the pages' boxes and transitions are
    formatted once for all pages or by reportlab for every page."""
    once = _document(True, monkeypatch, landscape=landscape)
    every = _document(True, monkeypatch, boxes=False, landscape=landscape)
    assert b"/MediaBox" in once and once == every
