"""facilitator/exports/flow.py: photos go into the PDF as the JPEG `typeset.as_jpeg`
made (never decoded again), centred at their size; the same photo twice is
stored once."""
from __future__ import annotations

import io
import subprocess

from PIL import Image as PILImage
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate

from facilitator.exports.flow import Photo, photo
from facilitator.exports.pdfkit import styles

from export_helpers import _top_conftest


def picture(colour, size=(800, 600)) -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def test_photos_are_embedded_as_jpeg_once_each_and_centred(tmp_path):
    s = styles()
    red, blue = picture((200, 30, 30)), picture((30, 30, 200), (2400, 1200))
    flows = [photo(data, f"foto {i}", "kapot", 16 * cm, s["caption"], s["body"])
             for i, data in enumerate((red, blue, red))]
    flows.append(photo(b"not a picture", "x", "Foto ontbreekt", 16 * cm, s["caption"],
                       s["body"]))
    target = tmp_path / "photos.pdf"
    SimpleDocTemplate(str(target)).build(flows)
    tool = _top_conftest().require_tool("pdfimages")
    listed = subprocess.run([tool, "-list", str(target)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    rows = [line.split() for line in listed]
    # three drawn, the large one made 1600 px wide, every one a JPEG
    assert sorted((r[3], r[4], r[8]) for r in rows) == [
        ("1600", "800", "jpeg"), ("800", "600", "jpeg"), ("800", "600", "jpeg")]
    assert len({r[10] for r in rows}) == 2  # two image objects for three pictures
    text = subprocess.run([_top_conftest().require_tool("pdftotext"), str(target), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "foto 0" in text and "foto 2" in text and "Foto ontbreekt" in text
    shown = photo(blue, "", "", 16 * cm, s["caption"], s["body"])._content[0]
    assert isinstance(shown, Photo) and shown.hAlign == "CENTER"
    assert abs(shown.drawWidth - 16 * cm) < 0.01 and abs(shown.drawHeight - 8 * cm) < 0.01
