"""Right-to-left paragraphs in the Word minutes.

Word and LibreOffice order the letters of Arabic and Hebrew themselves (the
Unicode bidi algorithm), but a paragraph's own direction and a run's
complex-script formatting are properties of the document: without them an
Arabic paragraph is laid out from the left, its punctuation lands at the
wrong end, and bold or italic Arabic prints regular. `set_direction` gives a
paragraph whose first strong character is right-to-left the paragraph
direction `w:bidi`, and every run with right-to-left text `w:rtl` plus the
complex-script bold and italic of the run.
"""
from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from .fonts import has_rtl, rtl_base

# the children of w:pPr that come after w:bidi (ECMA-376 CT_PPrBase order)
_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
               "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
               "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
               "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
               "w:pPrChange")


def set_direction(paragraph: Paragraph) -> None:
    """Mark `paragraph` right-to-left where its text is (nothing for other text)."""
    runs = paragraph.runs
    text = "".join(r.text for r in runs)
    if not has_rtl(text):
        return
    for run in runs:
        if has_rtl(run.text):
            font = run.font
            font.rtl = True
            if run.bold:
                font.cs_bold = True
            if run.italic:
                font.cs_italic = True
    if rtl_base(text):
        ppr = paragraph._p.get_or_add_pPr()
        if ppr.find(qn("w:bidi")) is None:
            ppr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)
