"""A note shown as saved survives `kill -9`: the crash test of the issue.

A child process captures notes as fast as it can and prints each note's id
the moment `add_note` returns (that is when the GUI shows it as saved). The
parent kills it with SIGKILL at a random moment, 50 times over, reopening the
same file each time. Every reported note must be there and the file must pass
SQLite's integrity check. The figures are printed (run with -s to see them).
"""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from facilitator import EventFile

ROOT = Path(__file__).resolve().parent.parent
KILLS = 50

CHILD = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[2])
    from facilitator import EventFile
    ev = EventFile.open(sys.argv[1])
    table = ev.tables()[0].id
    previous = None
    n = 0
    print("ready", flush=True)
    while True:
        n += 1
        parent = previous if n % 5 == 0 else None
        note = ev.add_note(text=f"oogstpunt {n} " + "ĳ€" * (n % 40), table_id=table,
                           parent_id=parent, kind="point")
        print(note, flush=True)
        if n % 7 == 0:
            ev.update_note(note, kind="conclusion")
        previous = note
""")


@pytest.mark.slow
def test_kill_minus_nine_loses_no_saved_note(tmp_path):
    path = tmp_path / "crash.oogst"
    with EventFile.create(path, title="Crash") as ev:
        ev.add_table(theme="Stroomuitval")
    rng = random.Random(20171128)
    reported: set[str] = set()
    started = time.monotonic()
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(ROOT)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        out, _ = child.communicate()
        # A line cut off by the kill is not a report of a saved note.
        reported.update(line for line in out.split("\n")[:-1] if len(line) == 32)
    elapsed = time.monotonic() - started
    raw = sqlite3.connect(path)  # (not read-only: a kill can leave a journal to roll back)
    notes, entries = raw.execute("SELECT (SELECT count(*) FROM note), "
                                 "(SELECT count(*) FROM note_fts_docsize)").fetchone()
    raw.close()
    with EventFile.open(path) as ev:  # writes the search entries the last child left
        assert ev.integrity_check() == ["ok"]
        present = {n.id for n in ev.notes()}
        # the search index is sound and holds every note (FTS5's check against them)
        ev._conn.execute("INSERT INTO note_fts (note_fts, rank) VALUES ('integrity-check', 1)")
        assert ev._conn.execute("SELECT count(*) FROM note_fts_docsize").fetchone()[0] == \
            len(present)
    missing = reported - present
    print(f"\ncrash test: {KILLS} kills, {len(reported)} notes reported saved, "
          f"{len(present)} in the file, {len(missing)} missing, {elapsed:.1f} s; "
          f"{notes - entries} notes without a search entry after the last kill")
    assert not missing
    assert len(reported) > KILLS  # the children really were writing when killed


# -- kill -9 during an export, a migration, a backup and an import -------------------------
# One zygote process forks a child per job (tests/kill_harness.py); the delays spread
# the kills over the length of the job as measured here first.

import io  # noqa: E402
import shutil  # noqa: E402

from facilitator import participant_import as pi  # noqa: E402
from facilitator.backups import backup_folder, list_backups  # noqa: E402
from facilitator.exports import formats  # noqa: E402
from facilitator.storage import SCHEMA_VERSION, stored_version  # noqa: E402
from kill_harness import Killer, Tally  # noqa: E402

pytestmark_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
EXPORT_KILLS = 120
MIGRATION_KILLS = 110
BACKUP_KILLS = 110
IMPORT_KILLS = 110
FIXTURES = ROOT / "tests" / "fixtures"


def small_event(path: Path) -> Path:
    with EventFile.create(path, title="Kill -9 & co") as ev:
        p = ev.add_perspective(name="Gemeenten", colour="#d95f02")
        ev.add_perspective(name="Burgers/inwoners", colour="#1b9e77")
        person = ev.add_participant(name="Wietske", organisations=["Gemeente Zuid"],
                                    perspective_id=p)
        for number in range(1, 3):
            table = ev.add_table(theme=f"Thema {number} ĳs & <b>", host_id=person)
            rq = ev.add_question(kind="round", table_id=table, label="1", text="Wensen?")
            for n in range(6):
                note = ev.add_note(text=f"Oogstpunt {n} aan tafel {number} ĳ€", table_id=table,
                                   question_id=rq, perspective_id=p)
            ev.add_action(what=f"Actie {number}", owner="=1+1", note_id=note)
        ev.add_follow_up(topic="Vervolg", date="2025-01-15")
    return path


def complete_export(fmt: str, data: bytes) -> bool:
    """A whole file of its kind: a PDF pypdf reads to its last page, an xlsx openpyxl loads."""
    try:
        if fmt == "workbook":
            from openpyxl import load_workbook
            load_workbook(io.BytesIO(data), read_only=True).close()
            return True
        from pypdf import PdfReader
        reader = PdfReader(io.BytesIO(data), strict=True)
        return data.rstrip().endswith(b"%%EOF") and len(reader.pages) > 0 and \
            reader.pages[-1].extract_text() is not None
    except Exception:  # noqa: BLE001 - any parse failure is an incomplete file
        return False


def export_job(event: Path, fmt: str, target: Path) -> dict:
    return {"kind": "export", "event": str(event), "format": fmt, "target": str(target)}


def export_in_process(event: Path, fmt: str, target: Path) -> None:
    with EventFile.open(event, readonly=True) as ev:
        formats.get(fmt).run(ev, target, lang="nl", progress=None, should_abort=None,
                             options=formats.defaults())


def temp_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytestmark_fork
def test_kill_during_export_keeps_the_old_file_or_writes_the_new_one(tmp_path):
    event = small_event(tmp_path / "export.oogst")
    out = tmp_path / "out"
    out.mkdir()
    rng = random.Random(1128)
    tally = Tally("export over an existing file")
    with Killer(tmp_path) as killer:
        for fmt, target in (("minutes", out / "verslag.pdf"), ("workbook", out / "acties.xlsx")):
            span = 1.3 * killer.measure(export_job(event, fmt, target))
            old, old_inode = target.read_bytes(), target.stat().st_ino
            for _ in range(EXPORT_KILLS // 2):
                finished = killer.run(export_job(event, fmt, target), rng.uniform(0, span))
                tally.kills += 1
                tally.finished += finished
                now, inode = target.read_bytes(), target.stat().st_ino
                if inode == old_inode:  # not replaced: byte for byte the old file
                    assert now == old, f"{target.name}: the old file was changed in place"
                    assert not finished, "the export returned but the old file is still there"
                    tally.count("old file kept")
                else:  # replaced (os.replace gives a new inode): the whole new file
                    assert complete_export(fmt, now), f"{target.name}: a half-written file"
                    tally.count("new file complete")
                    old, old_inode = now, inode
    tally.count("temporary files left by the kills", len(temp_files(out)))
    print(tally.report())
    assert tally.figures.get("old file kept") and tally.figures.get("new file complete")


@pytestmark_fork
def test_the_next_export_clears_temporary_files_of_a_killed_one(tmp_path):
    event = small_event(tmp_path / "export.oogst")
    out = tmp_path / "out"
    out.mkdir()
    target = out / "verslag.pdf"
    rng = random.Random(7)
    with Killer(tmp_path) as killer:
        span = killer.measure(export_job(event, "minutes", target))
        for _ in range(40):  # until a kill lands while the temporary file exists
            killer.run(export_job(event, "minutes", target), rng.uniform(0.2, 1.0) * span)
            if temp_files(out):
                break
        else:
            pytest.skip("no kill landed while the temporary file existed")
    print(f"\ncrash test (export): {len(temp_files(out))} temporary files left by kills")
    export_in_process(event, "minutes", target)
    assert temp_files(out) == []


def content(path: Path) -> dict:
    """What a (migrated) file holds, to compare with the untouched fixture's content."""
    with EventFile.open(path) as ev:
        assert ev.integrity_check() == ["ok"]
        return {"version": ev.schema_version(), "title": ev.event().title,
                "perspectives": [p.name for p in ev.perspectives()],
                "tables": [t.theme for t in ev.tables()],
                "participants": sorted(p.name for p in ev.participants()),
                "notes": sorted((n.text, n.parent_id is None) for n in ev.notes()),
                "actions": [a.what for a in ev.actions()],
                "follow_ups": [f.topic for f in ev.follow_ups()]}


def header_version(path: Path) -> int:
    """PRAGMA user_version read from the database header (offset 60), without SQLite."""
    with open(path, "rb") as handle:
        return int.from_bytes(handle.read(64)[60:64], "big")


@pytestmark_fork
def test_kill_during_migration_leaves_a_migrated_or_untouched_file(tmp_path):
    fixture = FIXTURES / "schema_v4.oogst"
    old_version = stored_version(fixture)
    assert old_version < SCHEMA_VERSION
    reference = tmp_path / "reference.oogst"
    shutil.copyfile(fixture, reference)
    expected = content(reference)
    assert expected["notes"], "the fixture has notes"
    rng = random.Random(4)
    tally = Tally("migration of schema_v4.oogst")
    with Killer(tmp_path) as killer:
        shutil.copyfile(fixture, reference)
        span = 1.3 * killer.measure({"kind": "migrate", "event": str(reference)})
        for i in range(MIGRATION_KILLS):
            path = tmp_path / f"v4-{i}.oogst"
            shutil.copyfile(fixture, path)
            finished = killer.run({"kind": "migrate", "event": str(path)}, rng.uniform(0, span))
            tally.kills += 1
            tally.finished += finished
            journal = path.with_name(path.name + "-journal")
            if journal.exists() and journal.stat().st_size:
                # killed inside the migration's transaction: the next open rolls it back
                tally.count("interrupted (rolled back on open)")
                assert not finished
            else:
                version = header_version(path)
                assert version in (old_version, SCHEMA_VERSION)
                tally.count("migrated" if version == SCHEMA_VERSION else "untouched")
                assert not (finished and version != SCHEMA_VERSION)
            assert content(path) == expected  # opens (migrating if needed), all content
            path.unlink()
    print(tally.report())
    assert tally.figures.get("migrated") and len(tally.figures) > 1


@pytestmark_fork
def test_kill_during_backup_leaves_only_whole_backups(tmp_path):
    event = small_event(tmp_path / "backup.oogst")
    expected = content(event)
    rng = random.Random(2017)
    tally = Tally("backup")
    job = {"kind": "backup", "event": str(event), "times": 3}
    with Killer(tmp_path) as killer:
        span = 1.2 * killer.measure(job)
        for _ in range(BACKUP_KILLS):
            # open (with its own backup) and three manual backups in one child
            finished = killer.run(job, rng.uniform(0, span))
            tally.kills += 1
            tally.finished += finished
        backups = list_backups(event)
        assert backups
        for copy in backups:  # every backup is a whole, checked event file
            with EventFile.open(copy, readonly=True) as ev:
                assert ev.integrity_check() == ["ok"], copy.name
                assert len(ev.notes()) == len(expected["notes"]), copy.name
        tally.count("backups checked", len(backups))
        tally.count("partial copies left", len([p for p in backup_folder(event).iterdir()
                                                if p.suffix == ".partial"]))
    assert content(event) == expected  # opening it makes a backup, which sweeps
    assert not [p for p in backup_folder(event).iterdir() if p.suffix == ".partial"]
    print(tally.report())


def registration_list(path: Path, batch: int, people: int) -> Path:
    lines = ["Naam;Organisatie;Perspectief;Tafel;E-mail"]
    lines += [f"Deelnemer {batch}-{i};Org {i % 4};Gemeenten;{1 + i % 2};"
              for i in range(people)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytestmark_fork
def test_kill_during_import_adds_all_rows_or_none(tmp_path):
    people = 25
    event = small_event(tmp_path / "import.oogst")
    scratch = small_event(tmp_path / "scratch.oogst")

    def import_once() -> None:
        sheet = pi.read_sheet(registration_list(tmp_path / "t.csv", 0, people))
        with EventFile.open(scratch) as ev:
            plan = pi.plan_import(sheet, pi.guess_mapping(sheet.headers),
                                  perspectives={p.name: p.id for p in ev.perspectives()},
                                  tables=pi.table_choices(ev.tables()))
            assert len(plan.rows) == people
            pi.apply_import(ev, plan.rows)

    import_once()  # the list is importable as it is
    rng = random.Random(28)
    tally = Tally("participant import")
    finished_batches: set[int] = set()
    with Killer(tmp_path) as killer:
        span = 1.3 * killer.measure({"kind": "import", "event": str(scratch),
                                     "sheet": str(tmp_path / "t.csv")})
        for batch in range(IMPORT_KILLS):
            sheet = registration_list(tmp_path / f"lijst-{batch}.csv", batch, people)
            if killer.run({"kind": "import", "event": str(event), "sheet": str(sheet)},
                          rng.uniform(0, span)):
                finished_batches.add(batch)
            tally.kills += 1
    tally.finished = len(finished_batches)
    with EventFile.open(event) as ev:
        assert ev.integrity_check() == ["ok"]
        per_batch: dict[int, int] = {}
        seated = 0
        for person in ev.participants():
            if person.name.startswith("Deelnemer "):
                batch = int(person.name.split()[1].split("-")[0])
                per_batch[batch] = per_batch.get(batch, 0) + 1
                seated += bool(ev.tables_of(person.id))
    partial = {b: n for b, n in per_batch.items() if n != people}
    lost = finished_batches - set(per_batch)
    tally.count("imports whole", len(per_batch))
    tally.count("imports absent", IMPORT_KILLS - len(per_batch))
    tally.count("partial", len(partial))
    tally.count("reported imported but lost", len(lost))
    print(tally.report())
    assert not partial and not lost
    assert seated == people * len(per_batch)  # the seats came with the people
    assert per_batch and len(per_batch) < IMPORT_KILLS  # kills landed before and after


MERGE_KILLS = 60


def _note_rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT * FROM note ORDER BY id").fetchall()
    finally:
        conn.close()


@pytestmark_fork
def test_kill_during_merge_leaves_the_event_as_before_or_merged(tmp_path):
    event = small_event(tmp_path / "merge.oogst")
    out = tmp_path / "copies"
    out.mkdir()
    with EventFile.open(event) as ev:
        copies = ev.hand_out(folder=out)
    for copy in copies:
        with EventFile.open(copy) as c:
            for n in range(80):
                c.add_note(text=f"nieuw {n} {copy.stem}", table_id=c.handout().table_id)
    before = _note_rows(event)
    rng = random.Random(11)
    tally = Tally("merge")
    job = {"kind": "merge", "copies": [str(c) for c in copies]}
    with Killer(tmp_path) as killer:
        scratch = tmp_path / "scratch.oogst"
        shutil.copyfile(event, scratch)
        span = 1.3 * killer.measure({**job, "event": str(scratch)})
        for kill in range(MERGE_KILLS):
            target = tmp_path / f"kill-{kill}.oogst"
            shutil.copyfile(event, target)
            finished = killer.run({**job, "event": str(target)}, rng.uniform(0, span))
            tally.kills += 1
            tally.finished += finished
            with EventFile.open(target) as ev:
                assert ev.integrity_check() == ["ok"]
                count = len(ev.notes())
            rows = _note_rows(target)
            if rows == before:
                assert not finished
                tally.count("as before")
            else:
                assert count == len(before) + 160, count
                tally.count("merged")
    print(tally.report())
    assert tally.figures.get("as before") and tally.figures.get("merged")
