"""Merging hand-out copies back into the event: a row-level three-way merge.

Why this mechanism, and its rules, are in docs/merge.md. In short: every row
has a UUID, every field a clock (schema 9 ``clocks``) and every deletion a
``deleted_at`` marker, so two versions of a row merge field by field:

- a row only in the copy arrives as it is (timestamps and clocks kept);
- per field the version with the later clock wins (ties: a fixed order of
  the values; for ``deleted_at`` "not deleted" wins), which makes the result
  independent of the order and number of merges;
- a field changed on both sides since the hand-out (the copy changed it and
  the event no longer holds the version the copy started from) is a
  conflict: the losing value is kept in ``merge_conflict`` (once per value,
  so merging again adds nothing) and listed in the report;
- an edit beats a delete: a deleted row comes back when the other side has a
  change the deleting side never saw (not a mere renumbering); a note that
  arrives under a deleted note brings its parent back;
- rows erased for good (``erasure``) never come back; per-laptop state
  (``run_state``, ``draft``) is not merged.

Copies are read first, each opened read-only into memory (the copy on disk
is never written); a damaged copy or one that is not a hand-out of this event
is named in the report and skipped. Then all copies are merged in ONE
operation: one transaction, one undo step, one notice.
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import oplib
from .errors import NotFound, OogstError
from .handout_ops import Handout, read_handouts
from .jobs import Progress, ShouldAbort, check
from .schema import ROW_TABLES
from .transactions import Transaction, base_key, clock_of, field_clocks
from .words import Word, catalogue, tr

_BOOKKEEPING = ("id", "created_at", "updated_at", "clocks")
_BLOBS = {"attachment": "data"}
# Changes that do not make an edit that beats a delete: renumbering after a move.
_NOT_EDITS = ("deleted_at", "position")  # never changes after insert; read only for new rows
# What names an item in a report: its main text column.
_TITLES = {"event": "title", "perspective": "name", "programme_item": "title",
           "participant": "name", "theme_table": "theme", "question": "text", "note": "text",
           "action": "what", "follow_up": "topic", "attachment": "filename"}


class NotAHandout(OogstError):
    """A file given to merge is not a hand-out of this event."""


@dataclass(frozen=True)
class Conflict:
    """One field changed on two sides: the version kept and the other one."""

    id: str           # the merge_conflict row that keeps the other version
    kind: str         # table
    row_id: str
    field: str
    item: str         # what the item says (a note's text), for reading
    kept: Any
    other: Any
    other_clock: str


@dataclass
class CopyReport:
    """What one copy brought: rows that arrived and changed per kind, every conflict."""

    path: Path
    label: str = ""
    problem: OogstError | None = None  # refused or damaged: skipped
    arrived: Counter = field(default_factory=Counter)
    changed: Counter = field(default_factory=Counter)
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def merged(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class MergeReport:
    """What merging copies back did, per copy."""

    copies: tuple[CopyReport, ...]

    @property
    def conflicts(self) -> list[Conflict]:
        return [c for copy in self.copies for c in copy.conflicts]

    def text(self, lang: str) -> str:
        """The report as plain text (the dialog and ``--report FILE``)."""
        lines: list[str] = []
        for copy in self.copies:
            name = copy.path.name + (f" ({copy.label})" if copy.label else "")
            lines.append(name)
            if copy.problem is not None:
                lines.append("  " + tr("merge.report.skipped", lang,
                                       reason=copy.problem.text(lang)))
                continue
            if not copy.arrived and not copy.changed:
                lines.append("  " + tr("merge.report.nothing_new", lang))
            if copy.arrived:
                lines.append("  " + tr("merge.report.arrived", lang,
                                       items=_counts(copy.arrived, lang)))
            if copy.changed:
                lines.append("  " + tr("merge.report.changed", lang,
                                       items=_counts(copy.changed, lang)))
            for c in copy.conflicts:
                lines.append("  " + conflict_text(c, lang))
        return "\n".join(lines) + "\n"


def _counts(counts: Counter, lang: str) -> str:
    return ", ".join(f"{n} × {tr('kind_name.' + kind, lang)}"
                     for kind, n in sorted(counts.items(), key=lambda kv: ROW_TABLES.index(kv[0])))


def field_name(name: str, lang: str) -> str:
    """A column's name in words (its catalogue word when there is one)."""
    return catalogue(lang).get(f"field.{name}", name)


def shown_value(value: Any, lang: str, limit: int = 80) -> str:
    if value is None or value == "":
        return tr("merge.report.empty", lang)
    text = str(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def conflict_text(c: Conflict, lang: str) -> str:
    key = "merge.report.conflict_deleted" if c.field == "deleted_at" else "merge.report.conflict"
    return tr(key, lang, kind=Word(f"kind_name.{c.kind}"), item=shown_value(c.item, lang, 60),
              field=field_name(c.field, lang), kept=shown_value(c.kept, lang),
              other=shown_value(c.other, lang))


@dataclass
class _Copy:
    """A hand-out copy being merged: its rows, its hand-outs and its newest change."""

    path: Path
    handouts: list[Handout]
    rows: dict[str, list[dict[str, Any]]]
    newest: str  # the newest change in the copy

    @property
    def own(self) -> Handout:
        return self.handouts[-1]


def version_key(kind: str, row_id: str, name: str, value: Any) -> str:
    """The other version of a field is kept once per value, whatever the order of
    merges (the row keeps the latest clock of that value)."""
    import hashlib  # when merging, not with every start
    key = json.dumps([kind, row_id, name, _stored(value)], ensure_ascii=False)
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _stored(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _order(name: str, value: Any) -> tuple:
    """The tie-break between two versions with the same clock (rare): fixed, so the
    result does not depend on the merge order; "not deleted" wins."""
    if name == "deleted_at":
        return (value is None, "")
    return (value is not None, type(value).__name__, str(value))


def _without_bases(row: dict[str, Any]) -> dict[str, Any]:
    """A row as the event keeps it: without the copy's starting versions (those
    belong to the copy's hand-out, not to later hand-outs of the event)."""
    clocks = field_clocks(row)
    if not any(k.endswith("^") for k in clocks):
        return row
    kept = {k: v for k, v in clocks.items() if not k.endswith("^")}
    return {**row, "clocks": json.dumps(kept, sort_keys=True)}


def _set_clock(clocks: dict[str, str], row: dict[str, Any], name: str, clock: str) -> None:
    if clock == row["created_at"]:
        clocks.pop(name, None)
    else:
        clocks[name] = clock


Fingerprints = dict[str, dict[str, tuple[str, str]]]


def fingerprints(conn: sqlite3.Connection) -> Fingerprints:
    """Per table, id -> (updated_at, clocks) of every row: a copy's row with the same
    fingerprint is the event's own version, and need not be read into memory."""
    return {table: {r[0]: (r[1], r[2]) for r in conn.execute(
        f"SELECT id, updated_at, clocks FROM {table}")} for table in ROW_TABLES}


def _read_copy(path: Path, event_id: str, own_path: Path | None, known: Fingerprints) -> _Copy:
    """Open a copy read-only (into memory), check it is a hand-out of this event and
    keep the rows that are not the event's own versions."""
    from .eventfile import EventFile  # the mixin is part of EventFile

    if own_path is not None and path.resolve() == own_path.resolve():
        raise NotAHandout("error.merge.same_file", path=path, name=path.name)
    with EventFile.open(path, readonly=True) as copy:
        conn = copy._conn
        handouts = read_handouts(conn)
        if not handouts:
            raise NotAHandout("error.merge.not_a_handout", path=path, name=path.name)
        if any(h.event_id != event_id for h in handouts):
            raise NotAHandout("error.merge.other_event", path=path, name=path.name)
        rows: dict[str, list[dict[str, Any]]] = {}
        newest = ""
        for table in ROW_TABLES:
            same = known[table]
            found = []
            for r in conn.execute(f"SELECT * FROM {table}"):
                newest = max(newest, r["updated_at"])
                if same.get(r["id"]) != (r["updated_at"], r["clocks"]):
                    found.append(dict(r))
            rows[table] = found
    return _Copy(path, handouts, rows, newest)


class _Merge:
    """One merge operation over the open transaction: the event's rows as they become."""

    def __init__(self, tx: Transaction) -> None:
        self.tx = tx
        self._rows: dict[str, dict[str, dict[str, Any]]] = {}
        self.erased = {(r[0], r[1]) for r in tx.query("SELECT kind, row_id FROM erasure")}
        self.seen = {r[0]: r[1] for r in tx.query(
            "SELECT id, merged_up_to FROM merge_source WHERE deleted_at IS NULL")}
        self.kept = {r["id"]: dict(r) for r in tx.query(
            "SELECT id, kind, row_id, field, value, clock, deleted_at FROM merge_conflict")}
        self.kept_of: dict[tuple[str, str], set[str]] = {}
        for r in self.kept.values():
            self.kept_of.setdefault((r["kind"], r["row_id"]), set()).add(r["id"])

    def rows(self, table: str) -> dict[str, dict[str, Any]]:
        if table not in self._rows:
            blob = _BLOBS.get(table)
            cols = "*" if blob is None else ", ".join(
                r[1] for r in self.tx.query(f"PRAGMA table_info({table})") if r[1] != blob)
            self._rows[table] = {r["id"]: dict(r) for r in self.tx.query(
                f"SELECT {cols} FROM {table}")}
        return self._rows[table]

    def copy(self, copy: _Copy, report: CopyReport) -> None:
        seen = self.seen.get(copy.own.id) or None  # "": handed out, never merged
        for table in ROW_TABLES:
            mine_rows = self.rows(table)
            for theirs in copy.rows[table]:
                if (table, theirs["id"]) in self.erased:
                    continue
                mine = mine_rows.get(theirs["id"])
                if mine is None:
                    theirs = _without_bases(theirs)
                    self.tx.put(table, theirs)
                    mine_rows[theirs["id"]] = {k: v for k, v in theirs.items()
                                               if k != _BLOBS.get(table)}
                    report.arrived[table] += 1
                    continue
                merged = self._row(table, mine, theirs, seen, report)
                if merged is not None:
                    self.tx.put(table, merged)
                    if any(merged[k] != mine[k] for k in merged if k not in _BOOKKEEPING):
                        report.changed[table] += 1
                    mine_rows[theirs["id"]] = merged
        self._parents_back(report)
        newest = max(seen or "", copy.newest)
        if copy.own.id in self.seen:
            self.tx.update("merge_source", copy.own.id, {"merged_up_to": newest})
        else:
            self.tx.put("merge_source", {
                "id": copy.own.id, "created_at": self.tx.stamp, "updated_at": self.tx.stamp,
                "deleted_at": None, "label": copy.own.label, "merged_up_to": newest})
        self.seen[copy.own.id] = newest

    def _row(self, table: str, mine: dict[str, Any], theirs: dict[str, Any],
             seen: str | None, report: CopyReport) -> dict[str, Any] | None:
        """The merged version of a row both sides have, or None when it stays as it is.

        The copy names, per field it changed, the version it started from
        (`transactions.base_key`): a field is changed on two sides when the copy
        changed it and the event no longer holds that starting version."""
        cm, ct = field_clocks(mine), field_clocks(theirs)
        new, clocks = dict(mine), dict(cm)
        deleted_by_theirs = False
        names = [k for k in theirs if k not in _BOOKKEEPING and k != _BLOBS.get(table)]

        def start(name: str) -> str:  # the version of the field the copy started from
            return ct.get(base_key(name)) or clock_of(theirs, ct, name)

        def copy_changed(name: str) -> bool:
            return clock_of(theirs, ct, name) != start(name)

        for name in names:
            vm, vt = mine.get(name), theirs.get(name)
            km, kt = clock_of(mine, cm, name), clock_of(theirs, ct, name)
            if vm == vt:
                if kt > km:
                    _set_clock(clocks, mine, name, kt)
                continue
            if seen is not None and kt <= seen:
                continue  # this version of the copy was merged before
            theirs_win = (kt, _order(name, vt)) > (km, _order(name, vm))
            if theirs_win:
                new[name] = vt
                _set_clock(clocks, mine, name, kt)
                if name == "deleted_at":
                    deleted_by_theirs = vt is not None
            lost, clock = (vm, km) if theirs_win else (vt, kt)
            two_sided = copy_changed(name) and km != start(name)
            if two_sided and not (name == "deleted_at" and lost is None):
                kept = vt if theirs_win else vm
                self._conflict(table, new, name, kept, lost, clock, report)
        if new.get("deleted_at") is not None and (mine["deleted_at"] is None) != (
                theirs["deleted_at"] is None):
            if deleted_by_theirs:  # the event has a change the copy never saw
                edited = any(clock_of(mine, cm, n) not in (start(n), clock_of(theirs, ct, n))
                             for n in names if n not in _NOT_EDITS)
            else:  # the copy has a change made after its hand-out
                edited = any(copy_changed(n) and (clock_of(theirs, ct, n), theirs.get(n))
                             != (clock_of(mine, cm, n), mine.get(n))
                             for n in names if n not in _NOT_EDITS)
            if edited:
                # An edit beats a delete: the row stays, the deletion is the other version.
                self._conflict(table, new, "deleted_at", None, new["deleted_at"],
                               clock_of(new, clocks, "deleted_at"), report)
                new["deleted_at"] = None
        new["clocks"] = json.dumps(clocks, sort_keys=True)
        if all(new.get(k) == mine.get(k) for k in new):
            return None
        new["updated_at"] = max(mine["updated_at"], theirs["updated_at"])
        self._settle(table, new)
        return new

    def _conflict(self, table: str, row: dict[str, Any], name: str, kept: Any, other: Any,
                  clock: str, report: CopyReport) -> None:
        cid = version_key(table, row["id"], name, other)
        item = str(row.get(_TITLES.get(table, ""), "") or "")
        report.conflicts.append(Conflict(cid, table, row["id"], name, item, kept, other,
                                         clock))
        known = self.kept.get(cid)
        if known is None:
            known = {"id": cid, "kind": table, "row_id": row["id"], "field": name,
                     "value": _stored(other), "clock": clock, "deleted_at": None}
            self.tx.put("merge_conflict", {**known, "created_at": self.tx.stamp,
                                           "updated_at": self.tx.stamp})
            self.kept[cid] = known
            self.kept_of.setdefault((table, row["id"]), set()).add(cid)
            return
        changes = {"deleted_at": None, "clock": max(clock, known["clock"])}
        if any(known[k] != v for k, v in changes.items()):
            self.tx.update("merge_conflict", cid, changes)
            known.update(changes)

    def _settle(self, table: str, row: dict[str, Any]) -> None:
        """A kept version that is the item's value again is no longer another version."""
        for cid in self.kept_of.get((table, row["id"]), ()):
            known = self.kept[cid]
            if known["deleted_at"] is None and known["value"] == _stored(row[known["field"]]):
                self.tx.delete("merge_conflict", cid)
                known["deleted_at"] = self.tx.stamp

    def _parents_back(self, report: CopyReport) -> None:
        """A live note under a deleted note brings its parent back (an edit beats a delete)."""
        notes = self.rows("note")
        changed = True
        while changed:
            changed = False
            for note in list(notes.values()):
                parent = notes.get(note["parent_id"] or "")
                if note["deleted_at"] is None and parent and parent["deleted_at"] is not None:
                    clock = clock_of(parent, field_clocks(parent), "deleted_at")
                    self._conflict("note", parent, "deleted_at", None, parent["deleted_at"],
                                   clock, report)
                    back = dict(parent, deleted_at=None)
                    self.tx.put("note", back)
                    notes[parent["id"]] = back
                    report.changed["note"] += 1
                    changed = True


@dataclass(frozen=True)
class FieldConflict:
    """A version of a field that lost to a later change on another laptop."""

    id: str
    kind: str
    row_id: str
    field: str
    value: Any      # the other version
    clock: str      # when it was made
    current: Any    # what the item holds now
    item: str


class MergeOps(oplib.Base):
    _conn: sqlite3.Connection
    path: Path | None

    def merge_copies(self, paths: Iterable[str | Path], *, progress: Progress | None = None,
                     should_abort: ShouldAbort | None = None) -> MergeReport:
        """Merge hand-out copies into this event as ONE operation (one undo step).

        Any order and any number of times give the same event; a copy that is
        damaged or not a hand-out of this event is named in the report and
        skipped. The copies on disk are only read.
        """
        paths = [Path(p) for p in paths]
        total = 2 * len(paths)
        event_id = self.event().id
        known = fingerprints(self._conn)
        reports: list[CopyReport] = []
        loaded: list[tuple[_Copy, CopyReport]] = []
        for done, path in enumerate(paths):
            check(should_abort)
            if progress is not None:
                progress(done, total, path.name)
            report = CopyReport(path)
            reports.append(report)
            try:
                copy = _read_copy(path, event_id, self.path, known)
            except OogstError as exc:
                report.problem = exc
                continue
            report.label = copy.own.label
            loaded.append((copy, report))
        with self._change("op.merge_copies") as tx:
            merge = _Merge(tx)
            for done, (copy, report) in enumerate(loaded, start=len(paths)):
                check(should_abort)
                if progress is not None:
                    progress(done, total, copy.path.name)
                merge.copy(copy, report)
        if progress is not None:
            progress(total, total, "")
        return MergeReport(tuple(reports))

    def conflicts(self, *, kind: str | None = None,
                  row_id: str | None = None) -> list[FieldConflict]:
        """The other versions kept by merges (of one item, when given), oldest first.

        One query for the versions and one per kind for the items they belong
        to (a view reads this once per refresh, never per row)."""
        where, params = ["deleted_at IS NULL"], []
        if kind is not None:
            where.append("kind = ?")
            params.append(kind)
        if row_id is not None:
            where.append("row_id = ?")
            params.append(row_id)
        kept = [r for r in self._conn.execute(
            f"SELECT * FROM merge_conflict WHERE {' AND '.join(where)} "
            "ORDER BY clock, id", params).fetchall() if r["kind"] in ROW_TABLES]
        items: dict[tuple[str, str], dict[str, Any]] = {}
        for table in {r["kind"] for r in kept}:
            ids = sorted({r["row_id"] for r in kept if r["kind"] == table})
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                for row in self._conn.execute(
                        f"SELECT * FROM {table} WHERE id IN ({','.join('?' * len(chunk))})",
                        chunk).fetchall():
                    items[table, row["id"]] = dict(row)
        out = []
        for r in kept:
            row = items.get((r["kind"], r["row_id"]))
            if row is None:
                continue
            out.append(FieldConflict(r["id"], r["kind"], r["row_id"], r["field"],
                                     json.loads(r["value"]), r["clock"], row.get(r["field"]),
                                     str(row.get(_TITLES.get(r["kind"], ""), "") or "")))
        return out

    def use_conflict_version(self, conflict_id: str, *, keep_current: bool = True) -> None:
        """Switch an item's field to the other version a merge kept; the version
        it had becomes the other one (so one can switch back), unless
        `keep_current` is False: then the conflict is settled. One undo step."""
        with self._change("op.use_conflict_version") as tx:
            conflict = tx.get("merge_conflict", conflict_id)
            if conflict["kind"] not in ROW_TABLES:
                raise NotFound("error.not_found", kind=Word("kind_name.note"), id=conflict_id)
            row = tx.get(conflict["kind"], conflict["row_id"], include_deleted=True)
            name = conflict["field"]
            clock = clock_of(row, field_clocks(row), name)
            current = row.get(name)
            cid = version_key(conflict["kind"], row["id"], name, current)
            if keep_current and tx.query("SELECT 1 FROM merge_conflict WHERE id = ?", (cid,)):
                tx.update("merge_conflict", cid, {"deleted_at": None, "clock": clock})
            elif keep_current:
                tx.insert("merge_conflict", {
                    "id": cid, "kind": conflict["kind"], "row_id": row["id"],
                    "field": name, "value": _stored(current), "clock": clock})
            tx.update(conflict["kind"], row["id"], {name: json.loads(conflict["value"])})
            tx.delete("merge_conflict", conflict_id)

    def dismiss_conflict(self, conflict_id: str) -> None:
        """Keep the item as it is and forget the other version (one undo step)."""
        with self._change("op.dismiss_conflict") as tx:
            tx.delete("merge_conflict", conflict_id)

