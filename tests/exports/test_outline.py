"""The minutes as a format-neutral outline, and the PDF renderer that lays any outline out."""
from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

from facilitator.eventfile import EventFile
from facilitator.exports import outline as o
from facilitator.exports.minutes_outline import minutes_outline
from facilitator.exports.model import Harvest
from facilitator.exports.pdf_render import render_pdf
from facilitator.exports.safety import Job
from facilitator.words import tr

from export_helpers import in_order, pdf_text
from test_minutes import expected_headings

PLAIN = (str, int, float, bool, bytes, type(None), frozenset)


def outline_of(event: EventFile, **kw) -> o.Outline:
    h = Harvest(event, lang=kw.pop("lang", "nl"), anonymous=kw.pop("anonymous", False))
    return minutes_outline(h, draft=kw.pop("draft", True), **kw)


def values(node):
    """Every value inside an outline node, depth first."""
    yield node
    if dataclasses.is_dataclass(node):
        for f in dataclasses.fields(node):
            value = getattr(node, f.name)
            if isinstance(node, o.Image) and callable(value):
                value = value()  # a picture's reader: what it reads is plain bytes
            yield from values(value)
    elif isinstance(node, tuple):
        for item in node:
            yield from values(item)


def test_demo_outline_has_the_sections_in_seed_order(demo_event):
    outline = outline_of(demo_event, participant_list=True)
    headings = [text for level, text in outline.headings()]
    assert outline.headings()[0] == (-1, demo_event.event().title)
    assert in_order(" | ".join(headings), expected_headings(demo_event)) == []
    chapters = [text for level, text in outline.headings() if level == 0]
    # a part of one programme item is headed by its own title, as in the seed
    assert chapters == ["Opening", "Afsluiting",
                        "Afronding bijeenkomst met Agenda van de komende tijd"] + [
        tr(f"export.{k}", "nl") for k in ("tables", "matrix", "appendix.participants")]
    tables = [text for level, text in outline.headings() if level == 1
              and "gst thematafel" in text]
    # each table under its own heading as typed (seed 002's "Ogst thematafel 4"), else ours
    assert tables == [t.heading or tr("export.table.title", "nl", n=t.number, theme=t.theme)
                      for t in demo_event.tables()]
    assert tables[3].startswith("Ogst thematafel 4:")


def test_demo_outline_carries_every_table_and_the_matrix(demo_event):
    outline = outline_of(demo_event, participant_list=True)
    grids = [b for b in outline.walk() if isinstance(b, o.Table)]
    assert not demo_event.actions()  # the seed has no action list: the agenda notes say it
    appendix = grids[-1]
    assert len(appendix.rows) == len(demo_event.participants())
    assert all(len(row) == len(g.header) == len(g.weights) for g in grids for row in g.rows)
    matrix = next(b for b in outline.walk() if isinstance(b, o.Matrix))
    assert [r.label for r in matrix.rows] == [
        p.name for p in demo_event.perspectives()] + [tr("export.matrix.none", "nl")]
    # notes without a perspective (the municipal officials' at table 1) have their row
    assert sum(matrix.rows[-1].counts) == sum(1 for n in demo_event.notes()
                                              if n.perspective_id is None)
    assert sum(matrix.totals) == len(demo_event.notes())
    notes = [item for b in outline.walk() if isinstance(b, o.BulletList) for item in b.items]
    assert len(notes) >= len(demo_event.notes()) // 2
    assert outline.draft and outline.lang == "nl" and outline.subject


def test_outline_holds_only_outline_nodes_and_plain_values(demo_event, seed_event):
    for event in (demo_event, seed_event):
        outline = outline_of(event, participant_list=True)
        for value in values(outline):
            assert isinstance(value, (*o.NODE_TYPES, o.Outline, tuple, *PLAIN)), type(value)
            assert "reportlab" not in type(value).__module__


def test_user_text_stays_plain_text(tmp_path):
    event = EventFile.in_memory()
    table = event.add_table(theme="<b>Thema</b> & co", pitch="regel 1\nregel 2")
    event.add_note(text="a < b & <i>c</i>", table_id=table, kind="quote", party="P&O")
    outline = outline_of(event)
    texts = [v for v in values(outline) if isinstance(v, str)]
    assert "a < b & <i>c</i>" in texts and "regel 1\nregel 2" in texts
    assert not any("&amp;" in t or "&lt;" in t or "<br/>" in t for t in texts)
    item = next(i for b in outline.walk() if isinstance(b, o.BulletList) for i in b.items)
    assert item.lead == "P&O" and [r.text for r in item.runs] == ["“", "a < b & <i>c</i>", "”"]
    assert item.runs[1].italic


def test_anonymous_outline_has_no_names(seed_event):
    outline = outline_of(seed_event, anonymous=True, participant_list=True)
    text = " ".join(v for v in values(outline) if isinstance(v, str))
    assert "Jan Smelik" not in text and "Wietske" not in text


def test_content_modules_do_not_import_reportlab():
    folder = Path(__file__).resolve().parents[2] / "facilitator" / "exports"
    for name in ("outline.py", "minutes_outline.py", "minutes_notes.py", "../emphasis.py",
                 "model.py", "safety.py"):
        tree = ast.parse((folder / name).read_text("utf-8"))
        modules = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        modules += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        assert not any(m.startswith("reportlab") or m.endswith(("flow", "pdfkit", "charts"))
                       for m in modules), (name, modules)


def test_any_outline_renders_as_pdf(tmp_path):
    outline = o.Outline(title="Proef", lang="en", draft=True, version=3, blocks=(
        o.Title("Proef <titel>"),
        o.Heading("Hoofdstuk", 0),
        o.Paragraph((o.Run("vet", bold=True), o.Run(" en "), o.Run("schuin", italic=True),
                     o.Run(" [2 votes]", tone="aside"))),
        o.BulletList((o.ListItem((o.Run("punt"),), lead="Spreker"),
                      o.ListItem((o.Run("dieper"),), depth=1, colour="#ff0000"),
                      o.ListItem((o.Run("vraag"),), marker="a)"))),
        o.PageBreakHint(4), o.Gap(6),
        o.Table(("Kop A", "Kop B"), (("<cel>", "x" * 1500),), (1, 2)),
        o.KeepTogether((o.Heading("Foto's", 2),
                        o.Image(b"not a picture", "", name="x.png", fallback="[no photo]"))),
        o.Matrix(("T1", "T2"), (o.MatrixRow("Zorg", "#336699", (1, 0)),
                                o.MatrixRow("geen", None, (0, 2))), "Totaal"),
    ))
    target = tmp_path / "any.pdf"
    with open(target, "wb") as handle:
        render_pdf(outline, handle, Job(None, None, "en"))
    text = pdf_text(target)
    assert in_order(text, ["Proef <titel>", "Hoofdstuk", "vet en schuin [2 votes]",
                           "Spreker: punt", "dieper", "a) vraag", "Kop A", "<cel>",
                           "whole text: note 1", "Note 1:", "[no photo]", "T1", "Zorg",
                           "Totaal"]) == [], text
    assert "Draft v3" in text


def test_round_headings_keep_the_users_label_and_state_a_time_once():
    from facilitator.exports.rounds import round_heading
    ev = EventFile.in_memory()
    h = Harvest(ev, lang="nl")

    def q(**kw):
        return ev.question(ev.add_question(kind="round", **kw))

    assert round_heading(h, q(label="1", text="Wat willen we?", minutes=20)) == (
        "Vraag 1: Wat willen we? (20\u00a0min)", "")
    assert round_heading(h, q(label="Vraag 2:", text="Wie?")) == ("Vraag 2: Wie?", "")
    assert round_heading(h, q(label="Vraag 3", text="Conclusies trekken.")) == (
        "Vraag 3 Conclusies trekken.", "")
    assert round_heading(h, q(label="3", text="Conclusies. Circa 10 minuten.", minutes=10)) \
        == ("Vraag 3: Conclusies. Circa 10 minuten.", "")
    long = "Wat is er nodig om dit waar te maken, " * 4
    assert round_heading(h, q(label="4", text=long)) == ("Vraag 4", long.strip())
    assert round_heading(h, q(text="Zonder label?")) == ("Zonder label?", "")
    english = Harvest(ev, lang="en")
    assert round_heading(english, q(label="a", text="Why?"))[0] == "Question a: Why?"


def test_photos_are_read_when_drawn_not_held_by_the_outline(seed_event):
    images = [b for b in outline_of(seed_event).walk() if isinstance(b, o.Image)]
    assert images and all(callable(image.data) for image in images)
    stored = {seed_event.attachment_data(a.id) for a in seed_event.attachments()}
    assert {image.read() for image in images} == stored


def test_a_written_out_init_takes_the_fields_as_the_dataclass_would():
    """Run and ListItem write their __init__ out (speed): the same parameters, order
    and defaults as their fields, every field set, still frozen, and without a dict
    per node (slots: the 50k minutes hold 100,000 of them through the layout)."""
    import dataclasses
    import inspect
    from facilitator.exports.outline import ListItem, Run
    for cls in (Run, ListItem):
        fields = dataclasses.fields(cls)
        params = list(inspect.signature(cls).parameters.values())
        assert [(p.name, p.default) for p in params] == [
            (f.name, inspect.Parameter.empty if f.default is dataclasses.MISSING
             else f.default) for f in fields]
        values = [f"v{i}" for i in range(len(fields))]
        made = cls(*values)
        assert [getattr(made, f.name) for f in fields] == values
        assert not hasattr(made, "__dict__")
        assert made == dataclasses.replace(made) and hash(made) == hash(tuple(values))
        try:
            setattr(made, fields[0].name, "x")
        except dataclasses.FrozenInstanceError:
            pass
        else:
            raise AssertionError(f"{cls.__name__} can be changed")
