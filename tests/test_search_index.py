"""The notes' search index (`search_index.py`): a typed note's entry follows its commit.

`add_note` commits the note without its search entry; `index_notes` writes
the entries of the waiting notes in a commit of their own (no undo step, no
notice), and so do every search, the opening of a file left with waiting
notes and closing. Meanwhile a search finds waiting notes all the same, also
in a copy of the file opened read-only. The index never gets an entry
taken out that it does not hold (FTS5 would then be damaged): checked with
FTS5's own integrity check against the note table (``rank`` 1).
"""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
import threading
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator import EventFile, search_index
from facilitator.errors import OogstError
from facilitator.schema import _FTS_STATEMENTS


def indexed(event: EventFile, note_id: str) -> bool:
    rowid = event._conn.execute("SELECT rowid FROM note WHERE id = ?", (note_id,)).fetchone()[0]
    return search_index.is_indexed(event._conn, rowid)


def sound(conn: sqlite3.Connection) -> None:
    """FTS5's integrity check, comparing the index with the note table itself."""
    conn.execute("INSERT INTO note_fts (note_fts, rank) VALUES ('integrity-check', 1)")


def entries(where) -> tuple[int, int]:
    """(notes, notes in the index) of a file on disk or an open event."""
    conn = where._conn if isinstance(where, EventFile) else sqlite3.connect(where)
    try:
        return tuple(conn.execute("SELECT (SELECT count(*) FROM note), "
                                  "(SELECT count(*) FROM note_fts_docsize)").fetchone())
    finally:
        if conn is not getattr(where, "_conn", None):
            conn.close()


def found(event: EventFile, text: str) -> set[str]:
    return {hit.note.id for hit in event.search(text)}


@pytest.fixture
def event(tmp_path):
    ev = EventFile.create(tmp_path / "zoeken.oogst", title="Zoeken")
    yield ev
    if not ev.closed:
        ev.close()


def test_a_typed_note_is_committed_without_its_entry_and_found_all_the_same(event):
    note = event.add_note(text="Een zebrapad bij het brengplein")
    assert event.notes_to_index and not indexed(event, note)
    assert found(event, "zebra") == {note}  # the search wrote the entry first
    assert indexed(event, note) and not event.notes_to_index
    sound(event._conn)


def test_the_entries_are_one_commit_without_undo_step_or_notice(event):
    heard = []
    event.subscribe(heard.append)
    first = event.add_note(text="Vertrouwen in elkaar")
    second = event.add_note(text="Experimenteerruimte voor de wijk")
    assert len(heard) == 2 and not indexed(event, first)
    assert event.index_notes() == 2
    assert len(heard) == 2 and event.index_notes() == 0
    assert indexed(event, first) and indexed(event, second)
    assert event.undo_label == "op.add_note"
    event.undo()  # takes back the second note, not the index
    assert found(event, "experimenteerruimte") == set() and found(event, "vertrouwen") == {first}
    sound(event._conn)


def test_an_edit_undo_and_redo_before_the_entry_leave_the_index_sound(event):
    note = event.add_note(text="Brengplein in plaats van haalplein")
    event.update_note(note, text="Buurtkamer", party="Gemeente")  # no entry to take out
    assert indexed(event, note)  # the edit wrote the entry with the new words
    sound(event._conn)
    event.undo()
    event.undo()
    event.redo()
    assert found(event, "brengplein") == {note} and found(event, "buurtkamer") == set()
    sound(event._conn)


def test_a_copy_made_before_the_entry_misses_no_note(event, tmp_path):
    note = event.add_note(text="Zorgverzekeraars aan tafel")
    copy = tmp_path / "kopie.oogst"
    shutil.copyfile(event.path, copy)  # any program, between two commits
    assert entries(copy) == (1, 0)
    before = hashlib.sha256(copy.read_bytes()).hexdigest()
    with EventFile.open(copy, readonly=True) as reader:
        assert found(reader, "zorgverzekeraar") == {note}
        assert [h.snippet for h in reader.search("tafel")] == ["Zorgverzekeraars aan [tafel]"]
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == before  # read only
    with EventFile.open(copy) as opened:  # opening writes what the copy lacks
        assert not opened.notes_to_index and entries(opened) == (1, 1)
        sound(opened._conn)


def test_a_window_opening_writes_the_missing_entries_after_its_check(event, tmp_path):
    event.add_note(text="Wijkverpleging")
    copy = tmp_path / "kopie.oogst"
    shutil.copyfile(event.path, copy)
    opened = EventFile.open(copy, check_later=True)
    try:
        assert entries(opened) == (1, 0)  # nothing written before the integrity check
        opened.finish_opening()
        assert entries(opened) == (1, 1)
    finally:
        opened.close()


def test_closing_writes_the_waiting_entries(event):
    event.add_note(text="Samen doen")
    event.add_note(text="Samen laten")
    path = event.path
    event.close()
    assert entries(path) == (2, 2)


def test_a_full_disk_leaves_the_notes_waiting_and_searchable(event, monkeypatch):
    note = event.add_note(text="Regionale agenda met de gemeenten")
    other = event.add_note(text="Een agenda voor later")
    event.index_notes()
    waiting = event.add_note(text="Agenda van de zorgaanbieders")

    def full(*_args):
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(search_index, "write_entries", full)
    with pytest.raises(OogstError) as refused:
        event.index_notes()
    assert refused.value.key == "error.not_saved.disk_full"
    assert event.notes_to_index and not indexed(event, waiting)
    hits = event.search("agenda")  # the waiting note through its own small index
    assert {h.note.id for h in hits} == {note, other, waiting}
    assert "[Agenda] van de zorgaanbieders" in [h.snippet for h in hits]
    monkeypatch.undo()
    assert event.index_notes() == 1 and indexed(event, waiting)
    sound(event._conn)


def test_a_search_does_not_wait_for_another_threads_operation(event):
    note = event.add_note(text="Mantelzorg in de wijk")
    inside, release = threading.Event(), threading.Event()

    def long_operation():
        with event._writer.change("op.add_note"):
            inside.set()
            release.wait(10)
    worker = threading.Thread(target=long_operation)
    worker.start()
    try:
        assert inside.wait(10)
        started = time.monotonic()
        assert found(event, "mantelzorg") == {note}  # from the waiting notes
        assert event.index_notes(wait=False) == 0 and event.notes_to_index
        assert time.monotonic() - started < 5
    finally:
        release.set()
        worker.join(10)
    assert event.index_notes(wait=False) == 1 and indexed(event, note)


def test_no_entries_are_written_inside_an_operation(event):
    note = event.add_note(text="Wonen en zorg")
    with event._writer.change("op.add_note"):  # it could still be rolled back
        assert event.index_notes() == 0
    assert event.notes_to_index and event.index_notes() == 1 and indexed(event, note)


def test_erasing_a_person_with_a_waiting_note(event):
    person = event.add_participant(name="Ans Jansen")
    kept = event.add_note(text="Ans wil een buurtkamer", speaker_id=person)
    gone = event.add_note(text="Nog een buurtkamer erbij", speaker_id=person)
    assert not indexed(event, gone)
    event.erase_participant(person, note_ids=[gone])
    assert found(event, "buurtkamer") == {kept}
    sound(event._conn)


def test_the_small_index_uses_the_files_tokenizer():
    assert f"tokenize='{search_index.TOKENIZE}'" in _FTS_STATEMENTS[0]


# -- any order of typing, editing, undoing and indexing ------------------------------

WORDS = ["café", "cafe", "Zorg", "zorgverzekeraar", "brengplein", "haal", "Ruimte",
         "ruimtes", "vertrouwen", "gemeente", "ÉÉN", "een"]
text = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join)
step = st.one_of(
    st.tuples(st.just("add"), text),
    st.tuples(st.just("edit"), st.integers(0, 30), text),
    st.tuples(st.just("party"), st.integers(0, 30), st.sampled_from(["", "Gemeente", "Café"])),
    st.tuples(st.just("delete"), st.integers(0, 30)),
    st.tuples(st.just("undo")), st.tuples(st.just("redo")), st.tuples(st.just("index")))


def expected(event: EventFile, word: str) -> set[str]:
    """What a search should find: the visible notes, indexed from scratch."""
    scratch = sqlite3.connect(":memory:")
    scratch.execute("CREATE VIRTUAL TABLE f USING fts5(text, party, id UNINDEXED, "
                    f"tokenize='{search_index.TOKENIZE}')")
    scratch.executemany("INSERT INTO f VALUES (?, ?, ?)", [tuple(r) for r in event._conn.execute(
        "SELECT text, party, id FROM note WHERE deleted_at IS NULL")])
    query = '"' + word + '"*'
    return {r[0] for r in scratch.execute("SELECT id FROM f WHERE f MATCH ?", (query,))}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(step, max_size=25), st.sampled_from(["caf", "zorg", "ruimte", "een", "gemeente"]))
def test_search_finds_what_the_notes_say_in_any_order_of_work(steps, word):
    event = EventFile.in_memory()
    notes: list[str] = []
    try:
        for kind, *args in steps:
            try:
                if kind == "add":
                    notes.append(event.add_note(text=args[0]))
                elif kind in ("edit", "party", "delete") and notes:
                    note = notes[args[0] % len(notes)]
                    if kind == "edit":
                        event.update_note(note, text=args[1])
                    elif kind == "party":
                        event.update_note(note, party=args[1])
                    else:
                        event.delete_note(note)
                elif kind == "undo":
                    event.undo()
                elif kind == "redo":
                    event.redo()
                elif kind == "index":
                    event.index_notes()
            except OogstError:
                pass  # nothing to undo, a note deleted already
            # a copy as it is now, waiting notes and all, searched read-only
            assert found(event.snapshot(), word) == expected(event, word)
        assert found(event, word) == expected(event, word)
        assert not event.notes_to_index
        sound(event._conn)
    finally:
        event.close()


def test_no_commit_when_the_waiting_notes_got_their_entries_otherwise(event):
    note = event.add_note(text="Dorpshuis")
    event.update_note(note, text="Dorpshuis open")  # the edit wrote the entry
    statements: list[str] = []
    event._conn.set_trace_callback(statements.append)
    try:
        assert event.index_notes() == 0 and not event.notes_to_index
    finally:
        event._conn.set_trace_callback(None)
    assert not [s for s in statements if s.startswith(("BEGIN", "COMMIT"))]


def test_a_search_result_cut_inside_an_emphasis_shows_no_stray_marks(tmp_path):
    """The snippet (a dozen words) ends inside "**...**": neither half of the mark
    shows, in the result and in what `oogst search` prints."""
    from facilitator import EventFile
    with EventFile.create(tmp_path / "z.oogst", title="Zoeken") as event:
        table = event.add_table(theme="Wonen")
        event.add_note(text="Een lange notitie met veel woorden voordat de **regelgrens "
                            "over meerdere woorden heen loopt en dan nog verder gaat met "
                            "nog meer woorden** en een staart", table_id=table)
        event.index_notes()
        [hit] = event.search("regelgrens")
        [late] = event.search("staart")
    for shown in (hit.snippet, late.snippet):
        assert "**" not in shown and "…" in shown, shown
    assert "[regelgrens]" in hit.snippet and "[staart]" in late.snippet
