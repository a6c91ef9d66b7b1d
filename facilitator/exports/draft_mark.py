"""The draft mark: the word "concept"/"draft" as a transparent, rotated picture
across the page (`pdfkit.Doc` draws it once into a form that every page of a
draft refers to). A picture, not text, so that it does not mix into copied or
searched text; rendered and compressed once per process."""
from __future__ import annotations

import copy
import hashlib
from functools import lru_cache
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from . import fonts


@lru_cache(maxsize=8)
def _picture(text: str, angle: int) -> ImageReader:
    """The draft mark as a transparent, rotated picture (rendered once)."""
    from PIL import Image, ImageDraw, ImageFont
    font = ImageFont.truetype(str(fonts.FONT_DIR / "DejaVuSans-Bold.ttf"), 240)
    left, top, right, bottom = font.getbbox(text)
    img = Image.new("RGBA", (right - left + 40, bottom - top + 40), (0, 0, 0, 0))
    ImageDraw.Draw(img).text((20 - left, 20 - top), text, font=font,
                             fill=(200, 40, 40, 24))
    img = img.rotate(angle, expand=True, resample=Image.BICUBIC)
    return ImageReader(img)


@lru_cache(maxsize=8)
def image(text: str, angle: int) -> Any:
    """The draft mark as a PDF image (with its transparency), compressed once per
    process: every document after the first takes it as it is."""
    from reportlab.pdfbase.pdfdoc import PDFImageXObject
    name = "oogst-mark-" + hashlib.sha1(f"{angle} {text}".encode()).hexdigest()
    return PDFImageXObject(name, _picture(text, angle), mask="auto")


def draw(canvas: Canvas, mark: Any, x: float, y: float, w: float, h: float) -> None:
    """Draw a ready PDF image (`image`) as `Canvas.drawImage` draws one,
    registering this document's own copy of it and of its transparency mask."""
    doc = canvas._doc  # noqa: SLF001 - what drawImage registers an image with
    mine = copy.copy(mark)
    smask = mine.__dict__.pop("_smask", None)
    name = doc.getXObjectName(mine.name)
    canvas._setXObjects(mine)  # noqa: SLF001
    doc.Reference(mine, name)
    doc.addForm(mine.name, mine)
    if smask is not None:
        smask = copy.copy(smask)
        canvas._setXObjects(smask)  # noqa: SLF001
        mine.smask = doc.Reference(smask, doc.getXObjectName(smask.name))
    canvas._currentPageHasImages = 1  # noqa: SLF001
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(w, h)
    canvas._code.append(f"/{name} Do")  # noqa: SLF001
    canvas.restoreState()
    canvas._formsinuse.append(mine.name)  # noqa: SLF001
