"""Erasing a person (AVG/GDPR art. 17): no byte of them left in the file, its journal
or any backup; undo cannot bring them back; the rest of the meeting is intact."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from facilitator import backups, cli
from facilitator.errors import NothingToUndo, NotFound
from facilitator.eventfile import EventFile

NAME = "Zyxwaldo Quibbelaar"
EMAIL = "zyx.quibbel@example.org"
NOTE = "Frobnicatie van het buurthuis"
ACTION = "Wobbleplank regelen"
POSIX = os.name == "posix"


def needles() -> dict[str, list[bytes]]:
    """What must be gone: UTF-8 and UTF-16 (both byte orders), and the search
    index's lower-case tokens."""
    def forms(text: str) -> list[bytes]:
        out = []
        for variant in {text, text.lower()}:
            out += [variant.encode("utf-8"), variant.encode("utf-16-le"),
                    variant.encode("utf-16-be")]
        return out
    return {"name": forms(NAME) + forms(NAME.split()[0]), "email": forms(EMAIL),
            "note": forms(NOTE) + forms("frobnicatie"),
            "action": forms(ACTION) + forms("wobbleplank")}


def files_of(path: Path) -> list[Path]:
    journal = path.with_name(path.name + "-journal")
    return [path, *([journal] if journal.exists() else []), *backups.list_backups(path)]


def counts(paths: list[Path]) -> dict[str, int]:
    """How many times each kind of personal data occurs in the raw bytes of `paths`."""
    data = [p.read_bytes() for p in paths]
    return {kind: sum(blob.count(n) for blob in data for n in ns)
            for kind, ns in needles().items()}


def make_meeting(path: Path) -> tuple[EventFile, dict[str, str]]:
    """The tester's case: the person, their note and action, deleted first (soft),
    with three backups made along the way."""
    ev = EventFile.create(path, title="Wijkgesprek")
    table = ev.add_table(theme="Wonen")
    other_table = ev.add_table(theme="Zorg")
    person = ev.add_participant(name=NAME, email=EMAIL, organisations=["Quibbel BV"],
                                function="Wijkregisseur")
    other = ev.add_participant(name="Ans Jansen", email="ans@example.org")
    ev.assign_participant(person, table_id=table)
    ev.assign_participant(other, table_id=table)
    ev.update_table(table, host_id=person, note_taker_id=other)
    note = ev.add_note(text=NOTE, table_id=table, speaker_id=person)
    child = ev.add_note(text="Een reactie erop", table_id=table, parent_id=note)
    kept = ev.add_note(text="Blijft gewoon staan", table_id=other_table, speaker_id=other)
    spoken = ev.add_note(text="Ook van hem, maar blijft", table_id=table, speaker_id=person)
    action = ev.add_action(what=ACTION, owner=NAME)
    shared = ev.add_action(what="Samen iets doen", owner=f"{NAME}, Ans Jansen")
    ev.update_note(kept, text="Blijft gewoon staan, coöperatie")
    for _ in range(3):
        ev.backup()
    ev.delete_note(note)
    ev.delete_action(action)
    ev.delete_participant(person)
    return ev, dict(table=table, person=person, other=other, note=note, child=child,
                    kept=kept, spoken=spoken, action=action, shared=shared)


def test_erase_participant_leaves_no_byte(tmp_path, capsys):
    path = tmp_path / "wijk.oogst"
    ev, ids = make_meeting(path)
    before = counts(files_of(path))
    assert len(backups.list_backups(path)) >= 3
    assert all(n > 0 for n in before.values()), before
    notes, actions = ev.erasable_records(ids["person"])
    assert {n.id for n in notes} == {ids["note"], ids["spoken"]}
    assert [a.id for a in actions] == [ids["action"], ids["shared"]]

    report = ev.erase_participant(ids["person"], note_ids=[ids["note"]],
                                  action_ids=[ids["action"]])
    assert (report.participants, report.notes, report.actions) == (1, 1, 1)
    assert len(report.backups_rewritten) >= 3 and report.backups_removed == ()
    after_open = counts(files_of(path))
    assert [p.name for p in ev.participants()] == ["Ans Jansen"]
    assert ev.integrity_check() == ["ok"]
    # Undo (of every step still on the stack) cannot bring anything back.
    while True:
        try:
            ev.undo()
        except NothingToUndo:
            break
    assert counts(files_of(path)) == {k: 0 for k in before}
    assert ev.search("frobnicatie") == [] and ev.search("wobbleplank") == []
    assert ev.integrity_check() == ["ok"]
    ev.close()
    after = counts(files_of(path))
    print(f"\nbytes found before: {before}\nafter erasing (open): {after_open}"
          f"\nafter closing: {after}")
    in_file = counts([p for p in files_of(path) if p.parent == path.parent])
    in_backups = counts(backups.list_backups(path))
    with capsys.disabled():
        print(f"\n[erasure] before={before} after={after}")
        print(f"erased name: found {sum(in_file.values())} times in the file's bytes, "
              f"{sum(in_backups.values())} times in the bytes of "
              f"{len(backups.list_backups(path))} backups "
              f"(name, e-mail, note, action: file {in_file}, backups {in_backups})")
    assert in_file == in_backups == {k: 0 for k in before}
    assert after_open == {k: 0 for k in before}
    assert after == {k: 0 for k in before}
    journal = path.with_name(path.name + "-journal")
    assert not journal.exists() or NAME.encode() not in journal.read_bytes()


def test_the_rest_of_the_meeting_is_intact(tmp_path):
    path = tmp_path / "wijk.oogst"
    ev, ids = make_meeting(path)
    ev.erase_participant(ids["person"], note_ids=[ids["note"]], action_ids=[ids["action"]])
    with pytest.raises(NotFound):
        ev.participant(ids["person"])
    table = ev.table(ids["table"])
    assert (table.host_id, table.note_taker_id) == (None, ids["other"])
    assert [m.name for m in ev.table_members(ids["table"])] == ["Ans Jansen"]
    # The reply (deleted with its parent before) moved up a level: no dangling link.
    assert ev._conn.execute("SELECT parent_id FROM note WHERE id = ?",
                            (ids["child"],)).fetchone()[0] is None
    assert ev.note(ids["spoken"]).speaker_id is None         # kept, without speaker
    assert ev.action(ids["shared"]).owner == "Ans Jansen"
    assert [h.note.id for h in ev.search("cooperatie")] == [ids["kept"]]
    # Editing and undo keep working afterwards.
    ev.add_note(text="Na het wissen", table_id=ids["table"])
    ev.undo()
    markers = ev._conn.execute("SELECT kind, row_id FROM erasure").fetchall()
    assert ("participant", ids["person"]) in {tuple(m) for m in markers}
    assert ev.integrity_check() == ["ok"]
    ev.close()
    with EventFile.open(path) as again:
        assert again.integrity_check() == ["ok"]


def test_erase_all_personal_data(tmp_path):
    path = tmp_path / "oud.oogst"
    ev, ids = make_meeting(path)
    report = ev.erase_all_personal_data()
    assert report.participants == 2 and report.notes == 0
    assert ev.participants() == []
    assert ev.note(ids["kept"]).speaker_id is None
    assert ev.action(ids["shared"]).owner == ""
    ev.close()
    data = b"".join(p.read_bytes() for p in files_of(path))
    for text in (NAME, EMAIL, "Ans Jansen", "ans@example.org"):
        assert text.encode() not in data


def test_names_typed_elsewhere_are_taken_out(tmp_path):
    """Someone typed the person's full name or e-mail in another person's note, the
    programme, an action or a caption: erasing replaces it everywhere (any case,
    accents, Unicode form; backups too). A first or last name on its own stays."""
    import unicodedata
    path = tmp_path / "genoemd.oogst"
    ev, ids = make_meeting(path)
    decomposed = unicodedata.normalize("NFD", "Zyxwäldo Quibbelaar")
    typed = {
        "note": ev.add_note(text=f"Volgens {NAME.upper()} kan het; mail {EMAIL}",
                            table_id=ids["table"], speaker_id=ids["other"]),
        "accent": ev.add_note(text=f"{decomposed} en Quibbelaar-lijn",
                              table_id=ids["table"]),
    }
    item = ev.add_programme_item(title="Afsluiting", speakers=f"o.l.v. {NAME}")
    action = ev.add_action(what="Bellen met quibbelaar, zyxwaldo over de subsidie")
    ev.backup()
    report = ev.erase_participant(ids["person"])
    assert report.mentions == 4
    removed = "[naam verwijderd]"
    assert ev.note(typed["note"]).text == f"Volgens {removed} kan het; mail {removed}"
    # "Zyxwäldo" is folded to the name; the last name alone is left.
    assert ev.note(typed["accent"]).text == f"{removed} en Quibbelaar-lijn"
    assert ev.programme_item(item).speakers == f"o.l.v. {removed}"
    assert ev.action(action).what == f"Bellen met {removed} over de subsidie"
    assert ev.search("zyxwaldo") == []
    ev.close()
    for blob in (p.read_bytes() for p in files_of(path)):
        for text in (NAME, NAME.upper(), EMAIL, decomposed):
            assert text.encode() not in blob


def test_unknown_ids_change_nothing(tmp_path):
    ev, ids = make_meeting(tmp_path / "x.oogst")
    with pytest.raises(NotFound):
        ev.erase_participant(ids["person"], note_ids=["nope"])
    assert ev._conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 2
    ev.close()


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_files_and_folders_are_private(tmp_path):
    path = tmp_path / "prive.oogst"
    ev, _ids = make_meeting(path)
    ev.close()
    assert path.stat().st_mode & 0o777 == 0o600
    folder = backups.backup_folder(path)
    assert folder.stat().st_mode & 0o777 == 0o700
    assert "prive" not in folder.name
    assert all(b.stat().st_mode & 0o777 == 0o600 for b in backups.list_backups(path))


def test_cli_erase(tmp_path, capsys):
    path = tmp_path / "cli.oogst"
    ev, ids = make_meeting(path)
    ev.close()
    assert cli.run(["erase", str(path), "--participant", NAME.lower(), "--notes", "all",
                    "--actions", ids["action"], "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Erased: 1 participant(s), 2 note(s), 1 action(s)." in out
    assert "Backup rewritten" in out
    assert counts(files_of(path)) == {k: 0 for k in needles()}
    assert cli.run(["erase", str(path), "--participant", NAME, "--lang", "nl"]) == 1
    assert "Geen deelnemer" in capsys.readouterr().err
