"""The core's words (`facilitator/words.py`, `facilitator/catalogue/*.toml`).

Both catalogues have the same keys with the same `{fields}`; every key the
code names exists; every error the core raises is a catalogue key; and a
Dutch facilitator reads typical errors in Dutch.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import facilitator
from facilitator import EventFile, errors, words
from facilitator.errors import OogstError
from facilitator.words import Word, catalogue, fields_of, tr

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "facilitator"
NOT_MINE = ("exports", "export_cli.py")  # the export words are checked with the exports
KEY = re.compile(r"^[a-z_]+(\.[a-z0-9_]+)+$")
# Keys stand alone as string constants with these beginnings (anywhere in the core).
KEY_PREFIXES = ("error.", "seating_planner.", "op.", "field.", "reason.", "import.problem.",
                "seating.problem.", "kind_name.")
# Calls whose first argument is a catalogue key.
KEY_CALLS = {"tr", "core_tr", "Word", "label", "_change", "change", "_timer_change",
             "fail"}


def error_classes() -> set[str]:
    import facilitator.participant_import  # noqa: F401 - defines ImportFileError
    import facilitator.seating_planner  # noqa: F401
    import facilitator.storage  # noqa: F401
    import facilitator.timer  # noqa: F401

    found, pending = set(), [OogstError]
    while pending:
        cls = pending.pop()
        found.add(cls.__name__)
        pending += cls.__subclasses__()
    return found


def python_files(folder: Path, *, skip: tuple[str, ...] = ()) -> list[Path]:
    return [p for p in sorted(folder.rglob("*.py"))
            if not any(part in skip for part in p.relative_to(folder).parts)]


def call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def literal_key(arg: ast.expr) -> tuple[str, bool] | None:
    """(text, is_prefix) of a key argument; None when it is not written out."""
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return arg.value, arg.value.endswith(".") and " " not in arg.value
    if isinstance(arg, ast.JoinedStr) and arg.values and isinstance(arg.values[0], ast.Constant):
        return str(arg.values[0].value), True
    if isinstance(arg, ast.BinOp) and isinstance(arg.left, ast.Constant):
        return str(arg.left.value), True
    return None


def used_keys(files: list[Path], calls: set[str]) -> list[tuple[str, str, bool]]:
    """(where, key or prefix, is_prefix) for every key named in a call of `calls`."""
    out = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and call_name(node) in calls and node.args:
                if isinstance(node.func, ast.Attribute) and node.func.attr == "tr" \
                        and call_name(node) == "tr":
                    continue  # Qt's self.tr("English text"), not the core's tr
                found = literal_key(node.args[0])
                if found and "." in found[0] and " " not in found[0]:
                    out.append((f"{path.relative_to(ROOT)}:{node.lineno}", *found))
    return out


def missing(found: list[tuple[str, str, bool]]) -> list[str]:
    keys = catalogue("en")
    return [f"{where}: {key}" for where, key, prefix in found
            if (not any(k.startswith(key) for k in keys) if prefix else key not in keys)]


# -- the catalogues ---------------------------------------------------------------------


def test_both_catalogues_have_the_same_keys():
    nl, en = catalogue("nl"), catalogue("en")
    assert sorted(set(nl) - set(en)) == [] and sorted(set(en) - set(nl)) == []


def test_every_key_has_the_same_fields_in_both_languages():
    nl, en = catalogue("nl"), catalogue("en")
    differ = [key for key in nl if fields_of(nl[key]) != fields_of(en.get(key, ""))]
    assert differ == []


def test_no_text_is_empty_and_every_text_formats():
    for lang in words.LANGUAGES:
        for key, text in catalogue(lang).items():
            assert KEY.match(key), key
            assert text.strip(), f"{lang}: {key} is empty"
            text.format(**{name: "x" for name in fields_of(text)})


def test_tr_fills_in_words_and_errors_in_the_same_language():
    assert tr("error.not_found", "nl", kind=Word("kind_name.note"), id="x") == \
        "Er is geen oogstpunt met id x."
    inner = OogstError("error.note_needs_text")
    assert tr("error.not_saved.other", "en", operation=Word("op.add_note"),
              reason=inner) == "Not saved (Add note): A note needs some text.."
    assert tr("no.such.key", "nl") == "no.such.key"


# -- keys used in the code -----------------------------------------------------------


def test_every_key_the_code_names_exists():
    core = python_files(CORE, skip=NOT_MINE)
    gui = python_files(ROOT / "ui")
    found = used_keys(core, KEY_CALLS | error_classes()) + used_keys(gui, KEY_CALLS)
    assert len(found) > 150  # really scanning
    assert missing(found) == []


def test_every_key_like_string_in_the_core_exists():
    keys = catalogue("en")
    unknown = []
    for path in python_files(CORE, skip=NOT_MINE):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parts = {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)
                 for v in n.values}  # pieces of f-strings: see the next test
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and id(node) not in parts \
                    and isinstance(node.value, str) \
                    and node.value.startswith(KEY_PREFIXES) and KEY.match(node.value) \
                    and node.value not in keys:
                unknown.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value}")
    assert unknown == []


def test_every_error_the_core_raises_is_a_catalogue_key():
    """An error class is called with a written-out key (or passes on its caller's
    key); no English sentence and no plain ValueError/OSError for the user."""
    classes = error_classes()
    keys = catalogue("en")
    problems = []
    for path in python_files(CORE, skip=NOT_MINE):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in [n for n in ast.walk(tree)
                         if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]:
            params = {a.arg for a in function.args.posonlyargs + function.args.args}
            for node in ast.walk(function):
                if not isinstance(node, ast.Call):
                    continue
                name, where = call_name(node), f"{path.relative_to(ROOT)}:{node.lineno}"
                if name in ("ValueError", "OSError", "FileExistsError", "RuntimeError") \
                        and node.args:
                    problems.append(f"{where}: {name} with a message for the user")
                if name not in classes:
                    continue
                if not node.args:
                    problems.append(f"{where}: {name}() without a key")
                    continue
                arg = node.args[0]
                if isinstance(arg, ast.Name) and arg.id in params | {"key"}:
                    continue  # passes on a key it was given (checked at the caller)
                if isinstance(arg, ast.Attribute) and arg.attr == "key":
                    continue  # another error's key, with readable fields
                choices = [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]
                for found in map(literal_key, choices):
                    if found is None:
                        problems.append(f"{where}: {name} without a written-out key")
                    elif found[1]:
                        if not any(k.startswith(found[0]) for k in keys):
                            problems.append(f"{where}: no key starts with {found[0]!r}")
                    elif found[0] not in keys:
                        problems.append(f"{where}: {found[0]!r} is not in the catalogue")
    assert problems == []


def test_errors_built_from_parts_exist():
    """Keys the code puts together from a word and a code."""
    from facilitator import templates
    from facilitator.participant_import import PROBLEM_CODES, Problem
    from facilitator.seating_ops import SeatingProblem

    keys = catalogue("en")
    needed = [f"seating_planner.repeated_{what}_ids" for what in ("person", "table")]
    needed += [f"error.template.unknown_{role}" for role in ("host", "note_taker")]
    needed += [f"error.template.expected.{e}"
               for e in ("whole_number", "true_or_false", "text_list", "date", "text")]
    needed += [f"import.problem.{code}" for code in PROBLEM_CODES]
    needed += [f"seating.problem.{kind}" for kind in ("missing", "extra", "host",
                                                      "unbalanced")]
    needed += [f"field.{name}" for name in ("blocks", "actual_start", "actual_end")]
    assert [k for k in needed if k not in keys] == []
    assert Problem("email", "x@").text("nl").startswith("Geen geldig e-mailadres")
    assert SeatingProblem("unbalanced", (("round", 2), ("smallest", 3), ("largest", 5))
                          ).text("nl") == "Ronde 2: aan de tafels zitten 3 tot 5 mensen."
    assert templates.FORMAT_VERSION >= 1


# -- Dutch for a Dutch facilitator -------------------------------------------------------

ENGLISH_WORDS = {"must", "needs", "need", "cannot", "the", "is not", "should", "please",
                 "not", "file", "date", "like", "got", "exist", "exists", "with", "full",
                 "saved", "disk", "no", "has", "note", "table", "round", "seating"}


def typical_errors(tmp_path) -> dict[str, OogstError]:
    import sqlite3

    from facilitator.writer import _storage_problem

    found: dict[str, OogstError] = {}
    event = EventFile.in_memory()
    for name, attempt in (
            ("empty note", lambda: event.add_note(text="  ")),
            ("bad date", lambda: event.add_action(what="Agenda", due_date="morgen")),
            ("bad time", lambda: event.add_programme_item(title="x", planned_start="12u")),
            ("unknown id", lambda: event.note("0" * 32)),
            ("unknown table", lambda: event.update_table("0" * 32, theme="x")),
            ("no seating", lambda: event.seating_quality()),
            ("no participant name", lambda: event.add_participant(name="")),
            ("missing file", lambda: EventFile.open(tmp_path / "weg.oogst")),
    ):
        with pytest.raises(OogstError) as caught:
            attempt()
        found[name] = caught.value
    found["disk full"] = _storage_problem(
        sqlite3.OperationalError("database or disk is full"), "op.add_note")
    return found


def test_typical_errors_are_dutch_in_dutch(tmp_path):
    for name, error in typical_errors(tmp_path).items():
        dutch, english = error.text("nl"), error.text("en")
        assert dutch != english, name
        assert str(error) == english
        assert error.key in catalogue("nl"), name
        used = set(re.findall(r"[a-z]+", dutch.lower()))
        assert not used & ENGLISH_WORDS, f"{name}: {dutch!r} has {used & ENGLISH_WORDS}"


def test_typical_errors_read_well(tmp_path):
    errors_ = typical_errors(tmp_path)
    assert errors_["empty note"].text("nl") == "Een oogstpunt heeft tekst nodig."
    assert errors_["bad date"].text("nl") == \
        "Vul bij streefdatum een datum in zoals 2017-11-28 (niet 'morgen')."
    assert errors_["bad date"].text("en") == \
        "due date must be a date like 2017-11-28; got 'morgen'."
    assert errors_["unknown id"].text("nl").startswith("Er is geen oogstpunt met id ")
    assert "de schijf is vol" in errors_["disk full"].text("nl")
    assert "Oogstpunt toevoegen" in errors_["disk full"].text("nl")
    assert errors_["missing file"].text("nl").startswith("Het bestand ")


def test_template_errors_name_file_and_line_in_dutch(tmp_path):
    from facilitator.errors import TemplateError
    from facilitator.templates import load_template

    bad = tmp_path / "fout.toml"
    bad.write_text('format_version = 1\nname = "x"\n[[tables]]\nthema = "Wonen"\n')
    with pytest.raises(TemplateError) as caught:
        load_template(bad)
    assert caught.value.key == "error.template.unknown_field_in"
    assert caught.value.text("nl").endswith(", regel 4: onbekend veld 'thema' in [tables]; "
                                            "toegestaan: " + caught.value.fields["allowed"])
    assert "line 4: unknown field 'thema' in [tables]" in str(caught.value)


def test_seating_errors_name_people_not_ids(tmp_path):
    event = EventFile.in_memory()
    host = event.add_participant(name="Daan")
    guest = event.add_participant(name="Fatima")
    one = event.add_table(theme="Wonen", host_id=host)
    two = event.add_table(theme="Zorg")
    for person in (host, guest):
        event.assign_participant(person, table_id=one)
    event.assign_participant(event.add_participant(name="Kees"), table_id=two)
    event.plan_seating(rounds=2)
    with pytest.raises(OogstError) as caught:
        event.move_seat(host, round=0, table_id=two)
    assert caught.value.text("nl").startswith("Daan is tafelhost van tafel 1")
    assert caught.value.text("en").startswith("Daan hosts table 1")
    problems = event.seating_problems()
    assert problems == []
    event.assign_participant(event.add_participant(name="Laatkomer"), table_id=two)
    late = event.seating_problems()[0]
    assert late.text("nl") == "Laatkomer staat niet in de tafelschikking."
    assert late.message == "Laatkomer is not in the seating plan."


def test_the_old_labels_module_is_gone():
    assert not (CORE / "labels.py").exists()
    assert errors.OogstError is OogstError and facilitator.words is words


def test_the_catalogue_is_read_from_its_compiled_copy_while_the_source_is_unchanged(
        tmp_path, monkeypatch, oogst_home):
    from facilitator import installed
    source = tmp_path / "catalogue"
    source.mkdir()
    (source / "nl.toml").write_text('"op.x" = "Eerste"\n', encoding="utf-8")
    monkeypatch.setattr(installed, "catalogue_dir", lambda: source)
    compiled = oogst_home / "cache" / "catalogue-nl.json"
    words.catalogue.cache_clear()
    try:
        assert catalogue("nl") == {"op.x": "Eerste"}
        assert compiled.exists()
        words.catalogue.cache_clear()
        parse = words._parse
        monkeypatch.setattr(words, "_parse", lambda text: pytest.fail("parsed again"))
        assert catalogue("nl") == {"op.x": "Eerste"}  # from the compiled copy
        monkeypatch.setattr(words, "_parse", parse)
        # an edited catalogue (tools/add_word.py): another size, so read again
        (source / "nl.toml").write_text('"op.x" = "Tweede woord"\n', encoding="utf-8")
        words.catalogue.cache_clear()
        assert catalogue("nl") == {"op.x": "Tweede woord"}
        compiled.write_text("{half", encoding="utf-8")  # a broken copy is never used
        words.catalogue.cache_clear()
        assert catalogue("nl") == {"op.x": "Tweede woord"}
    finally:
        words.catalogue.cache_clear()
