"""Session templates: every shipped file loads, applies, and errors name file and line."""
from __future__ import annotations

import pytest

from facilitator import EventFile, TemplateError
from facilitator.sessions import apply_template, create_from_template, save_as_template
from facilitator.templates import SESSIONS_DIR, find_template, list_templates, load_template

SHIPPED = sorted(SESSIONS_DIR.glob("*.toml"))
SEED_PERSPECTIVES = ["Burgers", "Wmo-raden", "Gemeenten", "Zorg- en welzijnsinstellingen",
                     "Zorgverzekeraars", "Banken", "Hogescholen", "Ministeries"]


def test_the_required_templates_are_shipped():
    keys = {p.stem for p in SHIPPED}
    assert {"samenspel-in-beweging", "world-cafe", "leervragen-gemeenten",
            "demo-samenspel-in-beweging"} <= keys
    assert len(list_templates()) == len(SHIPPED)  # none is broken


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_each_template_creates_an_event(path, tmp_path):
    template = load_template(path)
    with create_from_template(tmp_path / "e.oogst", template) as ev:
        assert ev.tables(), "a session has theme tables"
        assert ev.perspectives()
        assert ev.integrity_check() == ["ok"]


def starts(name: str, prefix: str) -> bool:
    return name.lower().startswith(prefix.lower())


def test_samenspel_structure():
    with EventFile.in_memory() as ev:
        apply_template(ev, find_template("samenspel-in-beweging"))
        assert len(ev.tables()) == 5
        names = [p.name for p in ev.perspectives()]
        assert all(starts(n, s) for n, s in zip(names, SEED_PERSPECTIVES))
        rounds = ev.round_questions()
        assert [q.minutes for q in rounds] == [20, 30, 10]
        assert any(p.kind == "plenary" for p in ev.programme())
        assert ev.questions(table_id=ev.tables()[0].id, kind="underlying")


def test_world_cafe_has_three_rounds_of_twenty():
    ev = EventFile.in_memory()
    apply_template(ev, find_template("world-cafe"))
    assert [q.minutes for q in ev.round_questions()] == [20, 20, 20]


def test_demo_is_the_full_seed_meeting(demo_file):
    with EventFile.open(demo_file, readonly=True) as ev:
        assert ev.event().title == "Samenspel in beweging"
        assert ev.event().date == "2017-11-28"
        tables = ev.tables()
        assert [t.number for t in tables] == [1, 2, 3, 4, 5]
        for t in tables:
            assert ev.table_note_tree(t.id), f"table {t.number} has notes"
        names = [p.name for p in ev.perspectives()]
        assert all(starts(n, s) for n, s in zip(names, SEED_PERSPECTIVES))
        plenary = [p for p in ev.programme() if p.kind == "plenary"]
        assert plenary
        heard = {n.perspective_id for n in ev.notes(programme_item_id=plenary[0].id)}
        assert {p.id for p in ev.perspectives()[:8]} <= heard
        assert len(ev.participants()) >= 15
        assert ev.follow_ups() and ev.actions()
        table4 = tables[3]
        host = ev.participant(table4.host_id)
        assert host.name == "Daan de Bruijn"
        assert ev.notes(table_id=tables[4].id, kind="dilemma")
        assert ev.search("brengplein")


def test_unknown_field_is_named_with_its_line(tmp_path):
    path = tmp_path / "t.toml"
    path.write_text('format_version = 1\nname = "T"\n\n[[perspectives]]\nkey = "b"\n'
                    'name = "Burgers"\nkleur = "#ff0000"\n')
    with pytest.raises(TemplateError) as info:
        load_template(path)
    assert info.value.line == 7
    assert "t.toml, line 7" in str(info.value) and "kleur" in str(info.value)


def test_syntax_error_is_named_with_its_line(tmp_path):
    path = tmp_path / "t.toml"
    path.write_text('format_version = 1\nname = "T"\n[event\ntitle = "x"\n')
    with pytest.raises(TemplateError) as info:
        load_template(path)
    assert info.value.line == 3


@pytest.mark.parametrize("body, message", [
    ('[[tables]]\ntheme = "W"\nparticipants = ["nobody"]\n', "unknown participant 'nobody'"),
    ('[[tables]]\ntheme = "W"\n[[tables.notes]]\ntext = "x"\nperspective = "mars"\n',
     "unknown perspective 'mars'"),
    ('[[tables]]\ntheme = "W"\n[[tables.notes]]\ntext = "x"\nround = "q9"\n',
     "unknown round 'q9'"),
    ('[[rounds]]\nkey = "q1"\nminutes = "twintig"\n', "'minutes' must be a whole number"),
    ('[[tables]]\npitch = "no theme"\n', "a table has no theme"),
])
def test_bad_references_and_types(tmp_path, body, message):
    path = tmp_path / "t.toml"
    path.write_text('format_version = 1\nname = "T"\n' + body)
    with pytest.raises(TemplateError, match=message):
        load_template(path)


def test_newer_format_version_is_refused(tmp_path):
    path = tmp_path / "t.toml"
    path.write_text('format_version = 99\nname = "T"\n')
    with pytest.raises(TemplateError, match="newer"):
        load_template(path)


def test_not_utf8_template(tmp_path):
    path = tmp_path / "t.toml"
    path.write_bytes('name = "Café"'.encode("latin-1"))
    with pytest.raises(TemplateError, match="UTF-8"):
        load_template(path)


def test_save_as_template_structure_only(demo_file, tmp_path):
    target = tmp_path / "structuur.toml"
    with EventFile.open(demo_file, readonly=True) as ev:
        save_as_template(ev, target, name="Mijn sjabloon")
    template = load_template(target)
    assert template.name == "Mijn sjabloon"
    assert "participants" not in template.data
    assert all("notes" not in t for t in template.data["tables"])
    with create_from_template(tmp_path / "n.oogst", template) as ev:
        assert len(ev.tables()) == 5 and not ev.notes()


def test_failed_template_leaves_no_file(tmp_path, monkeypatch):
    from facilitator import sessions
    path = tmp_path / "half.oogst"

    def explode(event, template):
        event.add_perspective(name="X")
        raise RuntimeError("disk full")

    monkeypatch.setattr(sessions, "apply_template", explode)
    with pytest.raises(RuntimeError):
        create_from_template(path, find_template("world-cafe"))
    assert not path.exists()


@pytest.mark.parametrize("body, message, line", [
    ('[[programme]]\ntitle = "x"\nkind = "lunch"\n', "kind 'lunch' is not one of", 5),
    ('[[tables]]\ntheme = "W"\n[[tables.notes]]\ntext = "x"\nkind = "wens"\n',
     "kind 'wens' is not one of", 7),
    ('[[perspectives]]\nkey = "a"\nname = "A"\ncolour = "rood"\n', "a colour must look", 6),
    ('[[perspectives]]\nkey = "a"\nname = "A"\nshortcut = "1"\n'
     '[[perspectives]]\nkey = "b"\nname = "B"\nshortcut = "1"\n', "shortcut '1' is used twice",
     None),
    ('[[actions]]\nwhat = "x"\nlevel = "wereldwijd"\n', "level 'wereldwijd'", 5),
    ('[[follow_ups]]\ntopic = "x"\ndate = "13 december"\n', "must be a date", 5),
])
def test_bad_values_are_reported_with_their_line(tmp_path, body, message, line):
    path = tmp_path / "t.toml"
    path.write_text('format_version = 1\nname = "T"\n' + body)
    with pytest.raises(TemplateError, match=message) as info:
        load_template(path)
    if line:
        assert info.value.line == line
