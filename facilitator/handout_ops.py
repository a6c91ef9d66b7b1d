"""Handing an event out: one copy per table (or note-taker), merged back later.

A hand-out copy is the whole event, made with SQLite's backup API from the
open connection (the event file is never opened a second time), written to a
temporary name and renamed, so a copy is complete or absent. In the copy the
``handout`` table (schema 9) names the event it came from, the hand-out's own
id, the moment of handing out and the table it opens on; a copy handed on
from a copy keeps its parent's row too (its lineage). Drafts, the text typed
on this laptop, stay behind.

The moment of handing out is later than every change in the event, even
changes merged from a laptop whose clock runs ahead; the copy's own changes
are stamped later than it (`transactions.Transaction`), so a merge can tell
what changed on each side after the hand-out (`merge_ops`, docs/merge.md).
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from . import backups, connections, oplib
from .errors import InvalidValue
from .jobs import Progress, ShouldAbort, check
from .row_ids import new_id
from .schema import ROW_TABLES
from .storage import refuse_existing
from .transactions import after, now_iso
from .words import tr

HANDOUT_SUFFIX = ".oogst"


@dataclass(frozen=True)
class Handout:
    """One hand-out a file descends from (`EventFile.handouts`)."""

    id: str
    event_id: str
    handed_out_at: str
    table_id: str | None
    label: str


def read_handouts(conn: sqlite3.Connection) -> list[Handout]:
    """The hand-outs a file descends from, oldest first (empty for the event itself)."""
    try:
        rows = conn.execute("SELECT id, event_id, handed_out_at, table_id, label FROM handout "
                            "WHERE deleted_at IS NULL ORDER BY handed_out_at, id").fetchall()
    except sqlite3.OperationalError:  # a file before schema 9 (being migrated)
        return []
    return [Handout(*tuple(r)) for r in rows]


def clock_floor(conn: sqlite3.Connection) -> str | None:
    """What every new change in this file must be later than: its own hand-out (a
    copy) and the hand-outs made from it (so that, even when this laptop's clock
    was put back, a change made after handing out is seen as one)."""
    try:
        row = conn.execute("SELECT max(m) FROM (SELECT max(handed_out_at) AS m FROM handout "
                           "UNION ALL SELECT max(created_at) FROM merge_source)").fetchone()
    except sqlite3.OperationalError:  # a file before schema 9 (being migrated)
        return None
    return row[0] if row else None


def latest_change(conn: sqlite3.Connection) -> str:
    """The newest change stamped anywhere in the event's content."""
    parts = " UNION ALL ".join(f"SELECT max(updated_at) AS m FROM {t}" for t in ROW_TABLES)
    row = conn.execute(f"SELECT max(m) FROM ({parts})").fetchone()
    return row[0] or ""


def _safe_name(text: str) -> str:
    """A file name part without path separators or characters Windows refuses."""
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in text)
    return cleaned.strip(" .") or "oogst"


class HandoutOps(oplib.Base):
    _conn: sqlite3.Connection
    path: Path | None

    def handouts(self) -> list[Handout]:
        """The hand-outs this file descends from, oldest first; empty for an event
        that was never handed out (the organiser's file)."""
        return read_handouts(self._conn)

    def handout(self) -> Handout | None:
        """This copy's own hand-out (the newest of its lineage), or None."""
        found = self.handouts()
        return found[-1] if found else None

    def handout_paths(self, *, folder: str | Path, table_ids: Iterable[str]) -> list[Path]:
        """Where `hand_out` writes the copy of each table: "<event> - table 3.oogst"."""
        lang = self.event().language
        stem = _safe_name(self.path.stem if self.path is not None else self.event().title)
        numbers = {t.id: t.number for t in self.tables()}
        out = []
        for table_id in table_ids:
            if table_id not in numbers:
                self.table(table_id)  # NotFound, in words
            part = tr("handout.file_name", lang, number=numbers[table_id])
            out.append(Path(folder) / f"{stem} - {_safe_name(part)}{HANDOUT_SUFFIX}")
        return out

    def hand_out(self, *, folder: str | Path, table_ids: Iterable[str] | None = None,
                 progress: Progress | None = None,
                 should_abort: ShouldAbort | None = None) -> list[Path]:
        """Write one hand-out copy per table (default: every table) into `folder`.

        Each copy is the whole event, opening on its table; an existing file is
        never overwritten (nothing is written then). Returns the copies' paths.
        The event only notes each hand-out (as a source to merge; not an undo
        step). A second note-taker at a table: hand the table out again into
        another folder, or hand a copy on from a copy.
        """
        ids = [t.id for t in self.tables()] if table_ids is None else list(
            dict.fromkeys(table_ids))  # a table named twice gets one copy
        if not ids:
            raise InvalidValue("error.handout.no_tables")
        folder = Path(folder)
        if not folder.is_dir():
            raise InvalidValue("error.handout.no_folder", folder=str(folder))
        targets = self.handout_paths(folder=folder, table_ids=ids)
        for target in targets:
            refuse_existing(target)
        event_id = self.event().id
        tables = {t.id: t for t in self.tables()}
        lineage_floor = self.handout().handed_out_at if self.handout() else ""
        written: list[Path] = []
        for done, (table_id, target) in enumerate(zip(ids, targets)):
            check(should_abort)
            if progress is not None:
                progress(done, len(ids), target.name)
            table = tables[table_id]
            moment = now_iso()
            newest = max(latest_change(self._conn), lineage_floor)
            if newest and moment <= newest:
                moment = after(newest)
            label = f"{table.number}. {table.theme}".strip()
            handout_id = new_id()
            self._write_copy(target, handout_id=handout_id, event_id=event_id, moment=moment,
                             table_id=table_id, label=label)
            written.append(target)
            self._remember_handout(handout_id, moment, label)
        if progress is not None:
            progress(len(ids), len(ids), "")
        return written

    def _remember_handout(self, handout_id: str, moment: str, label: str) -> None:
        """The event notes the hand-out as a source to merge (not an undo step): its
        own later changes are stamped after this moment, whatever its clock says."""
        if self.readonly:
            return
        with self._writer.change("op.hand_out", record=False) as tx:
            tx.put("merge_source", {"id": handout_id, "created_at": moment,
                                    "updated_at": moment, "deleted_at": None,
                                    "label": label, "merged_up_to": ""})
        self._writer.clock_floor = max(self._writer.clock_floor or "", moment)

    def _write_copy(self, target: Path, *, handout_id: str, event_id: str, moment: str,
                    table_id: str, label: str) -> None:
        """The backup API into a private temporary file, marked, then renamed."""
        partial = target.with_name(f".{target.name}.partial")
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        backups.create_private_file(partial)
        try:
            dest = connections.connect(partial, isolation_level=None)
            try:
                with self._writer.between_operations():  # never half an operation
                    self._conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
                dest.execute("BEGIN")
                dest.execute("DELETE FROM draft")
                dest.execute(
                    "INSERT INTO handout (id, created_at, updated_at, event_id, handed_out_at, "
                    "table_id, label) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (handout_id, moment, moment, event_id, moment, table_id, label))
                dest.execute("COMMIT")
            finally:
                dest.close()
            with open(partial, "rb") as fh:  # the copy we just wrote, not the event file
                os.fsync(fh.fileno())
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
