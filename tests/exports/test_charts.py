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


def _page(flowable, path) -> None:
    from reportlab.pdfgen.canvas import Canvas
    canvas = Canvas(str(path))
    flowable.wrapOn(canvas, 480, 800)
    flowable.drawOn(canvas, 60, 40)
    canvas.showPage()
    canvas.save()


def test_the_chart_draws_what_the_drawing_of_its_shapes_draws(tmp_path):
    """`MatrixChart` (drawn straight onto the page) against reportlab's renderer
    of `matrix_drawing`: the same text at the same places and the same pixels."""
    import subprocess

    from PIL import Image, ImageChops

    from facilitator.exports.charts import matrix_chart

    from export_helpers import _top_conftest
    columns = tuple(f"Tafel {i}" for i in range(1, 15)) + ("Plenair met een lange naam",)
    rows = (MatrixRow(LONG, "#1F9AD7", tuple(range(15))),
            MatrixRow("Provincie", "#BD59AC", tuple((i * 7) % 3 for i in range(15))),
            MatrixRow("بلدية المدينة en bewoners", "#2e7d32", tuple(i % 2 for i in range(15))),
            MatrixRow("Zonder perspectief", None, tuple(120 if i == 3 else 0
                                                        for i in range(15))))
    matrix = Matrix(columns, rows, "Totaal")
    _page(matrix_chart(matrix, 476), tmp_path / "chart.pdf")
    _page(matrix_drawing(matrix, 476), tmp_path / "drawing.pdf")
    conftest = _top_conftest()
    text = {name: subprocess.run([conftest.require_tool("pdftotext"), "-layout",
                                  str(tmp_path / f"{name}.pdf"), "-"],
                                 capture_output=True, text=True, check=True).stdout
            for name in ("chart", "drawing")}
    assert "Provincie" in text["chart"] and text["chart"] == text["drawing"]
    for name in ("chart", "drawing"):
        subprocess.run([conftest.require_tool("pdftoppm"), "-png", "-r", "150",
                        str(tmp_path / f"{name}.pdf"), str(tmp_path / name)], check=True)
    chart, drawing = (Image.open(next(tmp_path.glob(f"{name}-*.png"))).convert("RGB")
                      for name in ("chart", "drawing"))
    assert not ImageChops.difference(chart, drawing).getbbox()
