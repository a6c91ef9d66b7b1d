"""The canvas of the PDF exports (`pdfkit.Doc`): the pages' total for every
footer, each page's content compressed on a thread as the layout goes on, and
the pages' resources written once for all pages that use the same."""
from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import Any

from reportlab.lib.units import cm
from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import PDFObject, PDFPage, PDFStream
from reportlab.pdfgen.canvas import Canvas

from . import fonts
from .pdfkit import FOOTER_Y, MUTED


class _AlreadyCompressed:
    """The Flate filter of a page stream compressed when its page ended."""

    pdfname = "FlateDecode"

    @staticmethod
    def encode(data: bytes) -> bytes:
        return data


class _PageStream(PDFStream):
    """A page's content, compressed when its page ended: written as reportlab's
    `PDFStream.format` writes a stream with that one filter and an empty
    dictionary, without building and formatting that dictionary for every page."""

    pending: tuple[Future, int] | None = None  # the batch compressing it, its place there

    def __init__(self) -> None:
        super().__init__(content=b"", filters=[_AlreadyCompressed])
        self.__Comment__ = "page stream"

    def format(self, document: Any) -> bytes:
        if self.pending is not None:  # taken from the thread only when written
            future, i = self.pending
            self.content, self.pending = future.result()[i], None
        if self.dictionary.dict:
            return super().format(document)
        content = document.encrypt.encode(self.content)
        return (b"<<\n/Filter [ /%s ] /Length %d\n>>\nstream\n"
                % (_AlreadyCompressed.pdfname.encode(), len(content)) + content + b"endstream\n")


BATCH = 8  # pages compressed in one go on the thread
IN_FLIGHT = 3  # batches waiting to be compressed at most


def _compress(texts: list[Any]) -> list[bytes]:
    from reportlab.pdfbase.pdfdoc import PDFZCompress
    return [PDFZCompress.encode(text) for text in texts]


class TotalPagesCanvas(Canvas):
    """Defines the 'total pages' form that every footer refers to, at save time.

    Every page's content is compressed soon after the page ends (reportlab
    would hold all pages' text uncompressed until the file is written: tens
    of MiB for the minutes of a large meeting), on a thread of its own: zlib
    lets go of Python's lock while it compresses, so the next pages are laid
    out meanwhile. The pages go to the thread `BATCH` at a time: the thread
    takes Python's lock back for every job it picks up and finishes, and
    waits for it up to the interpreter's switch interval each time, so page
    by page it fell behind and held the layout up."""

    _pool: ThreadPoolExecutor | None = None

    def showPage(self) -> None:
        super().showPage()
        page = self._doc.Pages.pages[-1] if self._doc.Pages.pages else None
        if self._pageCompression and page is not None and page.stream and not page.Contents:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(1, thread_name_prefix="oogst-pdf-pages")
                self._compressing: list[Future] = []
                self._batch: list[tuple[Any, Any]] = []
            stream = _PageStream()
            self._batch.append((stream, page.stream))
            page.Contents, page.stream = stream, None
            if len(self._batch) >= BATCH:
                self._send()

    def _send(self) -> None:
        """The waiting pages to the thread; a few batches' text held at most."""
        batch, self._batch = self._batch, []
        future = self._pool.submit(_compress, [text for _, text in batch])
        for i, (stream, _) in enumerate(batch):
            stream.pending = (future, i)
        self._compressing.append(future)
        if len(self._compressing) > IN_FLIGHT:
            self._compressing[-IN_FLIGHT - 1].result()

    def save(self) -> None:
        width = self._pagesize[0]
        self.beginForm("oogst-total-pages")
        self.setFont(fonts.REGULAR, 8)
        self.setFillColor(MUTED)
        self.drawString(width - 2.2 * cm - 14, FOOTER_Y, str(self.getPageNumber() - 1))
        self.endForm()
        self._share_resources()
        self._share_boxes()
        if self._pool is None:
            return super().save()
        # while the thread finishes its batches, the last pages are compressed here,
        # and the rest of the file is written until a page's content is due
        last, self._batch = self._batch, []
        for (stream, _), content in zip(last, _compress([text for _, text in last])):
            stream.content = content
        try:
            return super().save()
        finally:
            self._compressing.clear()
            self._pool.shutdown()
            self._pool = None

    def _share_resources(self) -> None:
        """Pages that use the same fonts, forms and pictures refer to one resource
        dictionary, written once: reportlab writes the same one into every page
        (some twenty values to format a page). It is the dictionary reportlab's
        `PDFPage.check_format` makes (whose page attributes are read here); a page
        with anything more in its resources (transparency, shadings, colour
        spaces) keeps its own, made by reportlab."""
        from reportlab.pdfbase.pdfdoc import PDFResourceDictionary
        doc = self._doc
        shared: dict[tuple, Any] = {}
        for page in doc.Pages.pages:
            if (page.Resources or page.Override_default_compilation or page.ExtGState
                    or page._shadingUsed or page._colorsUsed):  # noqa: SLF001
                continue
            forms = page.XObjects
            names = tuple(sorted((k, getattr(v, "name", None))
                                 for k, v in forms.dict.items())) if forms else ()
            if any(name is None for _, name in names):
                continue
            key = (bool(page.hasImages), names)
            found = shared.get(key)
            if found is None:
                resources = PDFResourceDictionary()
                resources.basicFonts()
                if page.hasImages:
                    resources.allProcs()
                else:
                    resources.basicProcs()
                if forms:
                    resources.XObject = forms
                found = shared[key] = doc.Reference(resources)
            page.Resources = found

    def _share_boxes(self) -> None:
        """Every page's media box and (empty) transition, as reportlab's
        `PDFPage.check_format` makes them, formatted once for all pages alike,
        and the names of the page dictionary's keys (`_format_page`)."""
        from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, format
        doc = self._doc
        written: dict[Any, _Written] = {}
        plain = not rl_config.pdfMultiLine and PDFDictionary.multiline != "forced"
        for page in doc.Pages.pages:
            if page.Override_default_compilation:
                continue
            if plain and type(page) is PDFPage:
                page.format = partial(_format_page, page)
            if page.MediaBox is None:
                box = ((0, 0, page.pageheight, page.pagewidth) if page.Rotate in (90, 270)
                       else (0, 0, page.pagewidth, page.pageheight))
                found = written.get(box)
                if found is None:
                    found = written[box] = _Written(format(PDFArray(list(box)), doc))
                page.MediaBox = found
            if type(page.Trans) is PDFDictionary and not page.Trans.dict:
                found = written.get("trans")
                if found is None:
                    found = written["trans"] = _Written(format(page.Trans, doc))
                page.Trans = found


class _Written(PDFObject):
    """A value formatted once (`format(value, document)`), written as it is."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document: Any) -> bytes:
        return self.data


_NAMES: dict[str, bytes] = {}


def _format_page(page: Any, document: Any) -> bytes:
    """reportlab's `PDFPage.format` (`PDFCatalog.format`: the page's values in a
    dictionary, written as `PDFDictionary.format` writes one on a line, sorted,
    a line break after every six), with each key's name formatted once."""
    from reportlab.pdfbase.pdfdoc import PDFName, format
    page.check_format(document)
    values = {}
    for key, default in page.__Defaults__.items():
        value = getattr(page, key, default)
        if value is not None:
            values[key] = value
    for key in page.__NoDefault__:
        value = getattr(page, key, None)
        if value is not None:
            values[key] = value
    for key in page.__Refs__:
        if key in values:
            values[key] = document.Reference(values[key])
    lines = []
    for key in sorted(values):
        name = _NAMES.get(key)
        if name is None:
            name = _NAMES[key] = format(PDFName(key), document)
        lines.append(name + b" " + format(values[key], document))
    for i in reversed(range(6, len(lines), 6)):
        lines.insert(i, b"\n ")
    return b"<<\n" + b" ".join(lines) + b"\n>>"
