"""Reading (`reading.py`): note trees of any depth, and search that stays small."""
from __future__ import annotations

import sqlite3
import time
import tracemalloc
import uuid

from hypothesis import given, settings, strategies as st

from facilitator import EventFile
from facilitator.reading import SEARCH_MAX_HITS


def test_search_of_a_pasted_book_stays_small_and_fast():
    with EventFile.in_memory() as ev:
        table = ev.add_table(theme="t")
        for i in range(600):
            ev.add_note(text=f"samenwerking gemeente burger {i}", table_id=table)
        book = " ".join(f"woord{i % 5000} samenwerking" for i in range(90_000))  # 180,000 words
        tracemalloc.start()
        start = time.perf_counter()
        hits = ev.search(book)
        took = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"search of 180,000 words: {took:.3f} s, peak {peak / 1e6:.1f} MB, "
              f"{len(hits)} hits")
        assert took < 2 and peak < 50e6
        assert len(ev.search("samenwerking", limit=10 ** 9)) == SEARCH_MAX_HITS


def test_note_tree_walks_3000_levels_without_recursion(tmp_path):
    path = tmp_path / "deep.oogst"
    with EventFile.create(path) as ev:
        table = ev.add_table(theme="Diep")
        root = ev.add_note(text="wortel", table_id=table)
        row = dict(ev._conn.execute("SELECT * FROM note WHERE id = ?", (root,)).fetchone())
    conn = sqlite3.connect(path)
    rows, parent = [], root
    for level in range(3000):
        new = dict(row, id=str(uuid.uuid4()), parent_id=parent, text=f"niveau {level + 2}")
        rows.append(tuple(new.values()))
        parent = new["id"]
    conn.executemany(f"INSERT INTO note ({', '.join(row)}) VALUES "
                     f"({', '.join('?' * len(row))})", rows)
    conn.commit()
    conn.close()
    with EventFile.open(path, readonly=True) as ev:
        tree = ev.note_tree(table_id=table)
        assert len(tree) == 3001 and tree[-1].depth == 3000
        assert [t.note.text for t in tree[:2]] == ["wortel", "niveau 2"]
        from facilitator.exports import export_minutes, export_workbook
        for export, name in ((export_minutes, "deep.pdf"), (export_workbook, "deep.xlsx")):
            start = time.perf_counter()
            export(ev, tmp_path / name)
            print(f"{name} of 3,000-deep notes: {time.perf_counter() - start:.2f} s")
            assert (tmp_path / name).stat().st_size > 0


def test_listing_and_counting_photos_never_reads_their_bytes(tmp_path):
    """`oogst info` and the exports list photos; only drawing one reads its bytes."""
    import io

    from PIL import Image
    path = tmp_path / "fotos.oogst"
    picture = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(picture, format="PNG")
    with EventFile.create(path, title="Foto's") as event:
        table = event.add_table(theme="Tafel")
        for n in range(3):
            event.add_attachment(data=picture.getvalue(), filename=f"{n}.png", table_id=table)
    with EventFile.open(path, readonly=True) as event:
        seen: list[str] = []
        event._conn.set_trace_callback(seen.append)
        listed = event.attachments()
        assert [a.filename for a in listed] == ["0.png", "1.png", "2.png"]
        assert event.attachments(table_id=table)[0].size == len(picture.getvalue())
        assert event.summary()["attachments"] == 3
        photo_reads = [s for s in seen if "attachment" in s]
        assert photo_reads and not [s for s in photo_reads
                                    if "SELECT *" in s or " data" in s or ",data" in s]
        assert event.attachment_data(listed[0].id) == picture.getvalue()


def test_read_only_opening_reads_the_file_in_place(tmp_path):
    """A current file opened read-only is not copied into memory: it is read where
    it is, in one read transaction; while that is open nobody writes it."""
    import subprocess
    import sys
    path = tmp_path / "e.oogst"
    with EventFile.create(path, title="Ter plaatse") as event:
        event.add_note(text="een")
    other = ("import sys; from facilitator import EventFile, errors\n"
             "try:\n    EventFile.open(sys.argv[1]).close()\n"
             "except errors.FileLocked:\n    sys.exit(7)")
    with EventFile.open(path, readonly=True) as reader:
        assert reader._conn.execute("PRAGMA database_list").fetchone()[2] == str(path.resolve())
        writer = subprocess.run([sys.executable, "-c", other, str(path)])
        assert writer.returncode == 7  # another program cannot write it meanwhile
        assert [n.text for n in reader.notes()] == ["een"]
    with EventFile.open(path) as writer:  # free again once closed
        writer.add_note(text="twee")


def test_notes_with_ids_gives_the_live_ones_and_skips_the_rest():
    event = EventFile.in_memory()
    table = event.add_table(theme="t")
    kept, gone = (event.add_note(text=t, table_id=table) for t in ("blijft", "weg"))
    event.delete_note(gone)
    ids = [kept, gone, "onbekend", kept] + [uuid.uuid4().hex for _ in range(1200)]
    assert [n.id for n in event.notes_with_ids(ids)] == [kept]  # chunks past 999 too
    assert event.notes_with_ids([]) == []


def test_perspective_note_counts_match_the_notes():
    event = EventFile.in_memory()
    a, b = (event.add_perspective(name=n) for n in ("A", "B"))
    for perspective in (a, a, b, None):
        event.add_note(text="x", perspective_id=perspective)
    event.delete_note(event.notes(perspective_id=b)[0].id)
    assert event.perspective_note_counts() == {a: 2}
    event.undo()
    assert event.perspective_note_counts() == {a: 2, b: 1}


def _depth_first_one_sort_per_parent(notes):
    """`depth_first` as it was written first (a stack of (note, depth), each parent's
    children sorted on their own): the reference the quicker walk is held to."""
    from facilitator.reading import TreeNote
    ids = {n.id for n in notes}
    children = {}
    for n in notes:
        children.setdefault(n.parent_id if n.parent_id in ids else None, []).append(n)
    out = []
    stack = [(n, 0) for n in sorted(children.get(None, []), key=lambda x: x.position,
                                    reverse=True)]
    seen = set()
    while stack:
        n, depth = stack.pop()
        if n.id in seen:
            continue
        seen.add(n.id)
        out.append(TreeNote(n, depth))
        stack += [(c, depth + 1) for c in sorted(children.get(n.id, []),
                                                  key=lambda x: x.position, reverse=True)]
    return out


_ids = st.sampled_from("abcdefgh")


@given(st.lists(st.tuples(_ids, st.one_of(st.none(), _ids, st.just("gone")),
                          st.integers(0, 3)), max_size=14))
def test_depth_first_lists_as_the_first_way_did(rows):
    """Any forest (unknown parents, cycles, equal positions, an id twice) comes out in
    the same order and depths, note for note."""
    from collections import namedtuple
    from facilitator.reading import depth_first
    Row = namedtuple("Row", "id parent_id position serial")
    notes = [Row(i, p, pos, at) for at, (i, p, pos) in enumerate(rows)]
    assert [(t.note.serial, t.depth) for t in depth_first(notes)] == [
        (t.note.serial, t.depth) for t in _depth_first_one_sort_per_parent(notes)]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 2), st.sampled_from(
    ["point", "quote", "conclusion"]), st.integers(0, 2), st.booleans(), st.booleans()),
    max_size=12))
def test_a_table_listing_is_its_note_tree_with_fewer_columns(steps):
    """`listed_notes` (plain rows) by `round_by_round` gives the notes, order and
    depths of `table_note_tree`, each field the minutes read equal to the Note's."""
    from facilitator.reading import ListedNote, round_by_round
    with EventFile.in_memory() as ev:
        table = ev.add_table(theme="t")
        person = ev.add_participant(name="Anna")
        rounds = [ev.add_question(text=f"vraag {i}", kind="round", table_id=table)
                  for i in range(2)]
        ids: list[str] = []
        place: dict[str, str | None] = {}  # live note -> its round
        for parent, where, kind, votes, key, gone in steps:
            under = ids[parent] if parent < len(ids) and ids[parent] in place else None
            round_id = place[under] if under else None if where == 2 else rounds[where]
            note = ev.add_note(text=f"**n{len(ids)}** x", table_id=table, kind=kind,
                               question_id=round_id, parent_id=under,
                               speaker_id=person if votes else None, party="p" if key else "")
            place[note] = round_id
            if votes:
                ev.set_votes(note, votes=votes)
            if key:
                ev.update_note(note, key_point=True)
            ids.append(note)
            if gone and ids[len(ids) // 2] in place:
                ev.delete_note(ids[len(ids) // 2])
                place = {n.id: n.question_id for n in ev.notes(table_id=table)}
        tree = ev.table_note_tree(table)
        listing = round_by_round(ev.listed_notes(table), ev.round_questions(table))
        assert [(t.note.id, t.depth) for t in listing] == [(t.note.id, t.depth) for t in tree]
        for listed, full in zip(listing, tree):
            assert type(listed.note) is ListedNote
            assert listed.note._replace(key_point=bool(listed.note.key_point)) == tuple(
                getattr(full.note, name) for name in ListedNote._fields)
        assert ev.listed_notes(table) == [
            ListedNote(*(getattr(n, name) for name in ListedNote._fields))
            for n in ev.notes(table_id=table)]


def test_a_tree_note_is_made_as_its_dataclass_would_make_it():
    """TreeNote writes its __init__ out (speed): its fields, in order, still frozen,
    with slots (no dict per note listed)."""
    import dataclasses
    import inspect
    from facilitator.reading import TreeNote
    assert list(inspect.signature(TreeNote).parameters) == [
        f.name for f in dataclasses.fields(TreeNote)]
    made = TreeNote("n", 2)
    assert (made.note, made.depth) == ("n", 2) and made == dataclasses.replace(made)
    assert not hasattr(made, "__dict__")
    try:
        made.depth = 3  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a tree note can be changed")


def test_a_listed_note_names_its_columns_as_a_note_does():
    """ListedNote repeats Note's field names (a row made at C speed): each of its
    fields is a Note field, so the minutes read a listed note as a note."""
    import dataclasses

    from facilitator.domain import Note
    from facilitator.reading import ListedNote
    names = {f.name for f in dataclasses.fields(Note)}
    assert set(ListedNote._fields) <= names
