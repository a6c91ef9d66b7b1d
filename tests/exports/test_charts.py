"""The perspective x table matrix as drawn in the PDF (`charts.matrix_drawing`)."""
from __future__ import annotations

from reportlab.graphics.shapes import String

from facilitator.exports.charts import matrix_drawing
from facilitator.exports.outline import Matrix, MatrixRow

from export_helpers import flat, pdf_text


def strings(drawing) -> list[str]:
    return [s.text for s in drawing.contents if isinstance(s, String)]


LONG = ("Wmo-Raden/ adviesraden perspectief van de gemeenten in de regio "
        "Zuidoost-Utrecht-Heuvelrugrandgemeentensamenwerkingsverband")


def test_long_row_labels_wrap_and_are_never_cut():
    matrix = Matrix(("Tafel 1", "Tafel 2"), (
        MatrixRow(LONG, "#1F9AD7", (1, 0)), MatrixRow("Provincie", "#BD59AC", (0, 2))),
        "Totaal")
    short = matrix_drawing(Matrix(matrix.columns, matrix.rows[1:], "Totaal"), 480)
    drawing = matrix_drawing(matrix, 480)
    texts = strings(drawing)
    assert not any("…" in t for t in texts)
    # every word is there, in order; the long one broken with hyphens
    joined = " ".join(texts).replace("- ", "").replace("-", "")
    assert flat(LONG.replace("-", "")) in flat(joined)
    assert drawing.height > short.height + 3 * 9  # the long label took lines of its own
    assert "Provincie" in texts and "Totaal" in texts


def test_demo_matrix_prints_the_whole_perspective_names(demo_event, tmp_path):
    from facilitator.exports import export_minutes
    target = tmp_path / "v.pdf"
    export_minutes(demo_event, target, lang="nl")
    text = pdf_text(target)
    matrix = text[text.rindex("Perspectieven per tafel"):]
    assert "…" not in matrix
    for p in demo_event.perspectives():
        assert flat(p.name) in flat(matrix)
