"""Session templates: every shipped file loads, applies, and errors name file and line."""
from __future__ import annotations

import os

import pytest

from facilitator import EventFile, TemplateError
from facilitator.sessions import apply_template, create_from_template, save_as_template
from facilitator.templates import SESSIONS_DIR, find_template, list_templates, load_template

SHIPPED = sorted(SESSIONS_DIR.glob("*.toml"))
SEED_PERSPECTIVES = ["Burger", "Wmo-raden", "Gemeente", "Zorg- en welzijnsinstellingen",
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
        assert ev.event().title == "Verslag plenaire deel bijeenkomst Samenspel in beweging"
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
        # the seed has no action list and no follow-up list: its agenda notes say it
        assert not ev.follow_ups() and not ev.actions()
        table4 = tables[3]
        assert table4.block_label("questions") == "" and table4.block_label("pitch") == \
            "Pitch door"
        # no invented times: only the rounds' own "circa 20/30/10 minuten" (table 2)
        assert [q.minutes for q in ev.round_questions()] == [20, 30, 10]
        assert all(q.minutes is None for t in tables for q in ev.questions(
            table_id=t.id, kind="round"))
        assert all(i.planned_start is None for i in ev.programme())
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


# -- limits: plausible input that broke or froze (security issue) ----------------------

import time  # noqa: E402

from facilitator import cli  # noqa: E402
from facilitator.templates import MAX_COUNTS, MAX_DEPTH, MAX_TEMPLATE_BYTES  # noqa: E402

HEAD = 'format_version = 1\nname = "Aanval"\n'


def _refused(path, capsys, *words: str) -> str:
    """The template is refused fast with a clear TemplateError, and the CLI says so
    (exit 1 or 2, never 3 "unexpected error")."""
    start = time.perf_counter()
    with pytest.raises(TemplateError) as info:
        load_template(path)
    took = time.perf_counter() - start
    message = info.value.text("en")
    print(f"{path.name}: {took:.3f} s: {message}")
    assert took < 5
    for word in words:
        assert word in message
    code = cli.run(["new", "--template", str(path), str(path.with_suffix(".oogst"))])
    err = capsys.readouterr().err
    assert code not in (0, 3), err
    assert "nexpected" not in err and "Traceback" not in err
    return message


def test_a_template_500_deep_is_refused(tmp_path, capsys):
    inline = '{text = "x"}'
    for _ in range(500):
        inline = '{text = "x", children = [' + inline + ']}'
    path = tmp_path / "inline.toml"
    path.write_text(HEAD + '[[tables]]\ntheme = "t"\nnotes = [' + inline + ']\n', "utf-8")
    _refused(path, capsys, "nested too deeply", str(MAX_DEPTH))
    lines, key = [HEAD, '[[tables]]', 'theme = "t"'], "tables.notes"
    for _ in range(500):
        lines += [f"[[{key}]]", 'text = "x"']
        key += ".children"
    path = tmp_path / "headers.toml"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    _refused(path, capsys, "nested too deeply")


def test_a_template_at_the_depth_limit_still_works(tmp_path):
    lines, key = [HEAD, '[[tables]]', 'theme = "t"'], "tables.notes"
    for _ in range(MAX_DEPTH):
        lines += [f"[[{key}]]", 'text = "x"']
        key += ".children"
    path = tmp_path / "ok.toml"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    with EventFile.in_memory() as ev:
        apply_template(ev, load_template(path))
        assert max(t.depth for t in ev.note_tree(table_id=ev.tables()[0].id)) == MAX_DEPTH - 1


@pytest.mark.parametrize("number", ["10" + "0" * 40, "99999999999999999999", "-5"])
def test_a_huge_number_is_a_clear_error(tmp_path, capsys, number):
    path = tmp_path / "number.toml"
    path.write_text(HEAD + f'[[tables]]\ntheme = "t"\nnumber = {number}\n', "utf-8")
    _refused(path, capsys, "'number' must be between")


def test_100000_notes_are_refused(tmp_path, capsys):
    notes = "\n".join('[[tables.notes]]\ntext = "n"' for _ in range(100_000))
    path = tmp_path / "many.toml"
    path.write_text(HEAD + '[[tables]]\ntheme = "t"\n' + notes + "\n", "utf-8")
    _refused(path, capsys, "too many notes", str(MAX_COUNTS["notes"]))


def test_a_big_template_file_and_long_texts_are_refused(tmp_path, capsys):
    path = tmp_path / "big.toml"
    path.write_text(HEAD + "# " + "x" * (MAX_TEMPLATE_BYTES + 10) + "\n", "utf-8")
    _refused(path, capsys, "a template may be at most")
    path = tmp_path / "long.toml"
    path.write_text(HEAD + '[event]\ntitle = "' + "T" * 1_000_000 + '"\n', "utf-8")
    _refused(path, capsys, "'title' is 1000000 characters long")


def test_block_labels_survive_save_as_template(demo_file, tmp_path):
    target = tmp_path / "kopie.toml"
    with EventFile.open(demo_file, readonly=True) as ev:
        save_as_template(ev, target, name="Kopie", include_harvest=True)
        labels = [t.block_labels for t in ev.tables()]
    with create_from_template(tmp_path / "k.oogst", load_template(target)) as copy:
        assert [t.block_labels for t in copy.tables()] == labels
    assert labels[3] == (("participants", "Deelnemers aan tafel:"), ("pitch", "Pitch door"),
                         ("questions", ""))


def test_own_lines_of_people_and_tables_survive_save_as_template(demo_file, tmp_path):
    """A participant's line as the minutes list it and a table's own heading are
    written by "Save as template" and read back (the demo carries seed 002's)."""
    target = tmp_path / "kopie.toml"
    with EventFile.open(demo_file, readonly=True) as ev:
        save_as_template(ev, target, name="Kopie", include_harvest=True)
        lines = sorted(p.listed_as for p in ev.participants() if p.listed_as)
        headings = [t.heading for t in ev.tables()]
    with create_from_template(tmp_path / "k.oogst", load_template(target)) as copy:
        assert sorted(p.listed_as for p in copy.participants() if p.listed_as) == lines
        assert [t.heading for t in copy.tables()] == headings
    assert "Gemeente Woudenberg, R. Hilderink" in lines
    assert headings[3].startswith("Ogst thematafel 4: Wet- Regelgeving")
    assert headings[:3] == ["", "", ""]


def test_block_labels_must_name_known_blocks(tmp_path):
    path = tmp_path / "t.toml"
    path.write_text('format_version = 1\nname = "T"\n[[tables]]\ntheme = "W"\n'
                    '[tables.block_labels]\nvragen = "Achterliggende vragen:"\n')
    with pytest.raises(TemplateError, match="vragen"):
        load_template(path)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_an_event_made_from_a_template_is_the_owners_only(tmp_path):
    """Like every event file (it names people): made owner-only, also through the
    temporary file a template's event is written to."""
    from facilitator.templates import DEMO_TEMPLATE, find_template

    path = tmp_path / "demo.oogst"
    create_from_template(path, find_template(DEMO_TEMPLATE)).close()
    assert path.stat().st_mode & 0o777 == 0o600
