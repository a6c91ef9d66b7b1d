"""Preparing a meeting: event details, perspectives, programme, tables, questions, people.

Every public method commits one transaction through the writer, so each is
one step for undo, and returns the id of what it created where that applies.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from . import jobs, oplib
from .domain import MINUTES_STATUSES, PROGRAMME_KINDS, QUESTION_KINDS, TABLE_BLOCKS
from .errors import InvalidValue
from .jobs import Progress, ShouldAbort
from .transactions import checked_id

_UNSET: Any = object()


def _given(**values: Any) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not _UNSET}


# -- checking --------------------------------------------------------------------
# One function per object cleans and checks the fields it is given; `add_X`
# passes all of them and `update_X` the ones it changes, so the two cannot
# drift apart. Rules that need the file (references, a free shortcut, "a name
# or an organisation" with the stored other field) are checked in the
# transaction.

def _texts(values: dict[str, Any], *names: str, strip: bool = False) -> None:
    for name in names:
        if name in values:
            text = oplib.clean_text(values[name], field=name)
            values[name] = text.strip() if strip else text


def check_event(values: dict[str, Any]) -> dict[str, Any]:
    """The event's details, cleaned and checked (InvalidValue for a bad one)."""
    values = dict(values)
    _texts(values, "title", "subtitle", "venue", "organiser", "introduction")
    if "date" in values:
        values["date"] = oplib.iso_date(values["date"], field="date")
    if "language" in values and values["language"] not in ("nl", "en"):
        raise InvalidValue("error.unknown_language", value=values["language"])
    if "minutes_status" in values:
        oplib.choice(values["minutes_status"], MINUTES_STATUSES, field="minutes_status")
    if "minutes_version" in values:
        values["minutes_version"] = oplib.whole_number(values["minutes_version"],
                                                       field="minutes_version")
        if values["minutes_version"] < 1:
            raise InvalidValue("error.minutes_version_from_1")
    return values


def check_perspective(values: dict[str, Any]) -> dict[str, Any]:
    """A perspective's name (stripped, required) and colour; the shortcut is
    checked against the other perspectives in the transaction."""
    values = dict(values)
    _texts(values, "name", strip=True)
    if "name" in values and not values["name"]:
        raise InvalidValue("error.perspective_needs_name")
    if "colour" in values:
        values["colour"] = oplib.colour(values["colour"])
    if "shortcut" in values:
        values["shortcut"] = oplib.clean_text(values["shortcut"], field="shortcut").strip()
    return values


def _moment(value: Any, *, field: str) -> str | None:
    """A recorded time (ISO date and time, as the timer writes it) or None."""
    if value in (None, ""):
        return None
    try:
        return datetime.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise InvalidValue("error.value_must_be_moment", field=oplib.field_word(field),
                           value=value) from None


def check_programme_item(values: dict[str, Any]) -> dict[str, Any]:
    values = dict(values)
    _texts(values, "title", "speakers", "description")
    if "title" in values and not values["title"].strip():
        raise InvalidValue("error.programme_item_needs_title")
    if "kind" in values:
        oplib.choice(values["kind"], PROGRAMME_KINDS, field="kind")
    if "planned_start" in values:
        values["planned_start"] = oplib.clock_time(values["planned_start"],
                                                   field="planned_start")
    if "planned_minutes" in values:
        values["planned_minutes"] = oplib.minutes(values["planned_minutes"],
                                                  field="planned_minutes")
    for key in ("actual_start", "actual_end"):
        if key in values:
            values[key] = _moment(values[key], field=key)
    return values


def check_table(values: dict[str, Any]) -> dict[str, Any]:
    """A table's texts, number and blocks; hosts are checked in the transaction."""
    values = dict(values)
    _texts(values, "theme", "pitch", "initiative")
    _texts(values, "heading", strip=True)
    if "number" in values:
        values["number"] = oplib.whole_number(values["number"], field="number")
    if "blocks" in values:
        values["blocks"] = _blocks(values["blocks"])
    if "block_labels" in values:
        values["block_labels"] = _block_labels(values["block_labels"])
    return values


def _block_labels(labels: Any) -> str:
    """{block: heading} as JSON; every key a known block, every heading a text."""
    pairs = labels.items() if isinstance(labels, dict) else labels
    if isinstance(pairs, str) or not isinstance(pairs, Iterable):
        raise InvalidValue("error.value_must_be_text_list",
                           field=oplib.field_word("block_labels"))
    out: dict[str, str] = {}
    for pair in pairs:
        try:
            block, label = pair
        except (TypeError, ValueError):
            raise InvalidValue("error.value_must_be_text_list",
                               field=oplib.field_word("block_labels")) from None
        oplib.choice(block, TABLE_BLOCKS, field="table_block")
        out[block] = oplib.clean_text(label, field="block_labels").strip()
    return json.dumps(out, ensure_ascii=False)


def _blocks(blocks: Iterable[str]) -> str:
    if isinstance(blocks, str) or not isinstance(blocks, Iterable):
        raise InvalidValue("error.value_must_be_text_list", field=oplib.field_word("blocks"))
    blocks = list(blocks)
    for block in blocks:
        oplib.choice(block, TABLE_BLOCKS, field="table_block")
    if len(set(blocks)) != len(blocks):
        raise InvalidValue("error.table_block_twice")
    return json.dumps(blocks)


def check_question(values: dict[str, Any]) -> dict[str, Any]:
    values = dict(values)
    _texts(values, "text", "label")
    if "kind" in values:
        oplib.choice(values["kind"], QUESTION_KINDS, field="question_kind")
    if "minutes" in values:
        values["minutes"] = oplib.minutes(values["minutes"], field="time_box")
    if "initiatives" in values:
        values["initiatives"] = oplib.text_list(values["initiatives"], field="initiatives")
    return values


def check_participant(values: dict[str, Any]) -> dict[str, Any]:
    """A participant's fields; "a name or an organisation" is checked by the
    caller, with the stored other field when only one of them changes."""
    values = dict(values)
    _texts(values, "name", "listed_as", strip=True)
    _texts(values, "function", "email")
    if "organisations" in values:
        values["organisations"] = oplib.text_list(values["organisations"],
                                                  field="organisations")
    if "consent_named" in values:
        values["consent_named"] = 1 if values["consent_named"] else 0
    return values


def _check_named(name: str, organisations_json: str) -> None:
    if not name and organisations_json == "[]":
        raise InvalidValue("error.participant_needs_name")


def _question_op(verb: str, kind: str) -> str:
    return f"op.{verb}_round" if kind == "round" else f"op.{verb}_question"


class SetupOps(oplib.Base):
    # -- event -----------------------------------------------------------------

    def update_event(self, *, title: str = _UNSET, subtitle: str = _UNSET,
                     date: str | None = _UNSET, venue: str = _UNSET,
                     organiser: str = _UNSET, language: str = _UNSET,
                     minutes_status: str = _UNSET, minutes_version: int = _UNSET,
                     introduction: str = _UNSET) -> None:
        """Change the event's details. Undo restores the previous values."""
        values = _given(title=title, subtitle=subtitle, date=date, venue=venue,
                        organiser=organiser, language=language,
                        minutes_status=minutes_status, minutes_version=minutes_version,
                        introduction=introduction)
        values = check_event(values)
        with self._change("op.edit_event_details") as tx:
            event_id = tx.query("SELECT id FROM event WHERE deleted_at IS NULL")[0][0]
            tx.update("event", event_id, values)

    # -- perspectives ------------------------------------------------------------

    def add_perspective(self, *, name: str, colour: str = "#888888", shortcut: str = "",
                        position: int | None = None) -> str:
        """Add a stakeholder group; appended at the end unless `position` is given."""
        values = check_perspective({"name": name, "colour": colour, "shortcut": shortcut})
        with self._change("op.add_perspective") as tx:
            values["shortcut"] = self._free_shortcut(tx, values["shortcut"], None)
            new = tx.insert("perspective", values, last_of=oplib.AT_THE_END)
            if position is not None:
                oplib.reorder(tx, "perspective", self._ids(tx, "perspective"), new, position)
        return new

    def update_perspective(self, perspective_id: str, *, name: str = _UNSET,
                           colour: str = _UNSET, shortcut: str = _UNSET) -> None:
        """Rename, recolour or give another shortcut; checked as `add_perspective`."""
        values = check_perspective(_given(name=name, colour=colour, shortcut=shortcut))
        with self._change("op.edit_perspective") as tx:
            if "shortcut" in values:
                values["shortcut"] = self._free_shortcut(tx, values["shortcut"], perspective_id)
            tx.update("perspective", perspective_id, values)

    @staticmethod
    def _free_shortcut(tx, shortcut: str, own_id: str | None) -> str:
        """One key (a digit, a letter or '-'), not used by another perspective."""
        shortcut = oplib.clean_text(shortcut, field="shortcut").strip()
        if not shortcut:
            return ""
        if len(shortcut) != 1 or not (shortcut.isalnum() or shortcut == "-"):
            raise InvalidValue("error.shortcut_one_key", value=shortcut)
        taken = tx.query("SELECT name FROM perspective WHERE deleted_at IS NULL AND "
                         "lower(shortcut) = lower(?) AND id IS NOT ?", (shortcut, own_id))
        if taken:
            raise InvalidValue("error.shortcut_taken", shortcut=shortcut, name=taken[0][0])
        return shortcut

    def move_perspective(self, perspective_id: str, *, index: int) -> None:
        with self._change("op.move_perspective") as tx:
            tx.get("perspective", perspective_id)
            oplib.reorder(tx, "perspective", self._ids(tx, "perspective"), perspective_id, index)

    def delete_perspective(self, perspective_id: str) -> None:
        """Delete a perspective; notes and participants keep their text but lose the tag."""
        with self._change("op.delete_perspective") as tx:
            tx.delete("perspective", perspective_id)
            for table in ("note", "participant"):
                for row in tx.query(f"SELECT id FROM {table} WHERE perspective_id = ?",
                                    (perspective_id,)):
                    tx.update(table, row[0], {"perspective_id": None})

    # -- programme ---------------------------------------------------------------

    def add_programme_item(self, *, title: str, kind: str = "other", speakers: str = "",
                           description: str = "", planned_start: str | None = None,
                           planned_minutes: int | None = None,
                           position: int | None = None) -> str:
        """Add a programme item (opening, talk, table round...)."""
        values = check_programme_item({
            "title": title, "kind": kind, "speakers": speakers, "description": description,
            "planned_start": planned_start, "planned_minutes": planned_minutes})
        with self._change("op.add_programme_item") as tx:
            new = tx.insert("programme_item", values, last_of=oplib.AT_THE_END)
            if position is not None:
                oplib.reorder(tx, "programme_item", self._ids(tx, "programme_item"), new,
                              position)
        return new

    def update_programme_item(self, item_id: str, *, title: str = _UNSET,
                              kind: str = _UNSET, speakers: str = _UNSET,
                              description: str = _UNSET, planned_start: str | None = _UNSET,
                              planned_minutes: int | None = _UNSET,
                              actual_start: str | None = _UNSET,
                              actual_end: str | None = _UNSET) -> None:
        """Edit a programme item; checked as `add_programme_item`."""
        values = check_programme_item(_given(
            title=title, kind=kind, speakers=speakers, description=description,
            planned_start=planned_start, planned_minutes=planned_minutes,
            actual_start=actual_start, actual_end=actual_end))
        with self._change("op.edit_programme_item") as tx:
            tx.update("programme_item", item_id, values)

    def move_programme_item(self, item_id: str, *, index: int) -> None:
        with self._change("op.move_programme_item") as tx:
            tx.get("programme_item", item_id)
            oplib.reorder(tx, "programme_item", self._ids(tx, "programme_item"), item_id, index)

    def delete_programme_item(self, item_id: str) -> None:
        with self._change("op.delete_programme_item") as tx:
            tx.delete("programme_item", item_id)

    # -- theme tables ------------------------------------------------------------

    def add_table(self, *, theme: str, number: int | None = None, pitch: str = "",
                  initiative: str = "", host_id: str | None = None,
                  note_taker_id: str | None = None,
                  blocks: Iterable[str] = TABLE_BLOCKS,
                  block_labels: dict[str, str] | None = None, heading: str = "") -> str:
        """Add a theme table; numbered after the last one unless `number` is given.
        `block_labels` gives blocks their own heading ({"questions": "Achterliggende
        vragen:"}; "" for none); `heading` is the table's own heading in the minutes
        ("" for "Oogst thematafel N: theme")."""
        values = check_table({"theme": theme, "pitch": pitch, "initiative": initiative,
                              "host_id": host_id, "note_taker_id": note_taker_id,
                              "blocks": blocks, "block_labels": block_labels or {},
                              "heading": heading,
                              **({} if number is None else {"number": number})})
        with self._change("op.add_table") as tx:
            if number is None:
                row = tx.query("SELECT max(number) FROM theme_table WHERE deleted_at IS NULL")
                values["number"] = (row[0][0] or 0) + 1
            self._check_people(tx, values)
            return tx.insert("theme_table", values, last_of=oplib.AT_THE_END)

    def update_table(self, table_id: str, *, theme: str = _UNSET, number: int = _UNSET,
                     pitch: str = _UNSET, initiative: str = _UNSET,
                     host_id: str | None = _UNSET, note_taker_id: str | None = _UNSET,
                     blocks: Iterable[str] = _UNSET,
                     block_labels: dict[str, str] = _UNSET, heading: str = _UNSET) -> None:
        """Edit a table. `blocks` orders (and hides, by leaving out) its minutes sections;
        `block_labels` replaces their own headings, `heading` the table's (as `add_table`)."""
        values = check_table(_given(theme=theme, number=number, pitch=pitch,
                                    initiative=initiative, host_id=host_id,
                                    note_taker_id=note_taker_id, blocks=blocks,
                                    block_labels=block_labels, heading=heading))
        with self._change("op.edit_table") as tx:
            self._check_people(tx, values)
            tx.update("theme_table", table_id, values)

    def move_table(self, table_id: str, *, index: int) -> None:
        with self._change("op.move_table") as tx:
            tx.get("theme_table", table_id)
            oplib.reorder(tx, "theme_table", self._ids(tx, "theme_table"), table_id, index)

    def delete_table(self, table_id: str) -> None:
        """Delete a table. Its notes stay in the file (undo brings the table back)."""
        with self._change("op.delete_table") as tx:
            tx.delete("theme_table", table_id)

    @staticmethod
    def _check_people(tx, values: dict[str, Any]) -> None:
        for key in ("host_id", "note_taker_id"):
            if values.get(key):
                tx.get("participant", values[key])

    # -- questions ---------------------------------------------------------------

    def add_question(self, *, text: str, kind: str = "underlying", table_id: str | None = None,
                     label: str = "", minutes: int | None = None,
                     initiatives: Iterable[str] = (), parent_id: str | None = None,
                     programme_item_id: str | None = None) -> str:
        """Add a question. Round questions without a table are shared by all tables;
        a plenary question names its plenary programme item."""
        values = check_question({"text": text, "kind": kind, "label": label,
                                 "minutes": minutes, "initiatives": initiatives})
        with self._change(_question_op("add", kind)) as tx:
            if table_id:
                tx.get("theme_table", table_id)
            if programme_item_id:
                tx.get("programme_item", programme_item_id)
            if parent_id:
                tx.get("question", parent_id)
            where, params = self._question_scope(table_id, kind, parent_id)
            return tx.insert("question", {
                **values, "table_id": table_id,
                "parent_id": parent_id, "programme_item_id": programme_item_id},
                last_of=(where, params))

    def update_question(self, question_id: str, *, text: str = _UNSET, label: str = _UNSET,
                        minutes: int | None = _UNSET,
                        initiatives: Iterable[str] = _UNSET) -> None:
        """Edit a question's text, label, time box or initiatives (as `add_question`)."""
        values = check_question(_given(text=text, label=label, minutes=minutes,
                                       initiatives=initiatives))
        with self._change(self._question_label("edit", question_id)) as tx:
            tx.update("question", question_id, values)

    def move_question(self, question_id: str, *, index: int) -> None:
        with self._change(self._question_label("move", question_id)) as tx:
            row = tx.get("question", question_id)
            where, params = self._question_scope(row["table_id"], row["kind"], row["parent_id"])
            siblings = [r[0] for r in tx.query(
                f"SELECT id FROM question WHERE deleted_at IS NULL AND {where} "
                "ORDER BY position", params)]
            oplib.reorder(tx, "question", siblings, question_id, index)

    def delete_question(self, question_id: str) -> None:
        with self._change(self._question_label("delete", question_id)) as tx:
            tx.delete("question", question_id)

    def _question_label(self, verb: str, question_id: str) -> str:
        """The undo step's name: a round is called a round, as the pages call it."""
        row = self._conn.execute("SELECT kind FROM question WHERE id = ?",  # type: ignore
                                 (checked_id("question", question_id),)).fetchone()
        return _question_op(verb, row[0] if row else "")

    @staticmethod
    def _question_scope(table_id: str | None, kind: str,
                        parent_id: str | None) -> tuple[str, tuple]:
        return ("table_id IS ? AND kind = ? AND parent_id IS ?", (table_id, kind, parent_id))

    # -- participants ------------------------------------------------------------

    def add_participant(self, *, name: str, organisations: Iterable[str] = (),
                        function: str = "", perspective_id: str | None = None,
                        email: str = "", consent_named: bool = True,
                        listed_as: str = "") -> str:
        """Add a participant. A name may be partial ("Wietske"); organisations are a list;
        `listed_as` is how the minutes' lists write the person, as typed ("Gemeente
        Woudenberg, R. Hilderink"; "" for "Name (organisation, function)")."""
        with self._change("op.add_participant") as tx:
            return self._insert_participant(
                tx, name=name, organisations=organisations, function=function,
                perspective_id=perspective_id, email=email, consent_named=consent_named,
                listed_as=listed_as)

    def add_participants(self, rows: Iterable[dict[str, Any]], *,
                         progress: Progress | None = None,
                         should_abort: ShouldAbort | None = None) -> list[str]:
        """Add many participants (an imported registration list) in ONE transaction.

        Each row has add_participant's keywords plus optional `table_ids` to
        seat the person. All rows or none are committed (one fsync), and one
        undo takes the whole import back; `should_abort()` (checked every 100
        rows) rolls it back with `jobs.Cancelled`. Returns the new ids in row order.
        """
        added: list[str] = []
        rows = list(rows)
        every = max(1, len(rows) // 100)
        with self._change("op.import_participants") as tx:
            for done, row in enumerate(rows, start=1):
                if done % every == 0:
                    jobs.check(should_abort)
                row = dict(row)
                table_ids = row.pop("table_ids", ())
                new = self._insert_participant(tx, **row)
                for table_id in table_ids:
                    tx.get("theme_table", table_id)
                    tx.insert("membership", {"participant_id": new, "table_id": table_id})
                added.append(new)
                if progress and (done % every == 0 or done == len(rows)):
                    progress(done, len(rows), "")
        return added

    @staticmethod
    def _insert_participant(tx, *, name: str, organisations: Iterable[str] = (),
                            function: str = "", perspective_id: str | None = None,
                            email: str = "", consent_named: bool = True,
                            listed_as: str = "") -> str:
        values = check_participant({
            "name": name, "organisations": organisations, "function": function,
            "perspective_id": perspective_id, "email": email,
            "consent_named": consent_named, "listed_as": listed_as})
        _check_named(values["name"], values["organisations"])
        if perspective_id:
            tx.get("perspective", perspective_id)
        return tx.insert("participant", values)

    def update_participant(self, participant_id: str, *, name: str = _UNSET,
                           organisations: Iterable[str] = _UNSET, function: str = _UNSET,
                           perspective_id: str | None = _UNSET, email: str = _UNSET,
                           consent_named: bool = _UNSET, listed_as: str = _UNSET) -> None:
        """Edit a participant; checked as `add_participant` (with the stored name or
        organisations when only the other one changes)."""
        values = check_participant(_given(
            name=name, organisations=organisations, function=function,
            perspective_id=perspective_id, email=email, consent_named=consent_named,
            listed_as=listed_as))
        with self._change("op.edit_participant") as tx:
            stored = tx.get("participant", participant_id)
            _check_named(values.get("name", stored["name"]),
                         values.get("organisations", stored["organisations"]))
            if values.get("perspective_id"):
                tx.get("perspective", values["perspective_id"])
            tx.update("participant", participant_id, values)

    def delete_participant(self, participant_id: str) -> None:
        """Delete a participant and their table seats; notes keep their text."""
        with self._change("op.delete_participant") as tx:
            tx.delete("participant", participant_id)
            for row in tx.query("SELECT id FROM membership WHERE participant_id = ? AND "
                                "deleted_at IS NULL", (participant_id,)):
                tx.delete("membership", row[0])

    def assign_participant(self, participant_id: str, *, table_id: str) -> None:
        """Seat a participant at a table (a person may sit at several tables)."""
        with self._change("op.assign_participant") as tx:
            tx.get("participant", participant_id)
            tx.get("theme_table", table_id)
            existing = tx.query("SELECT id FROM membership WHERE participant_id = ? AND "
                                "table_id = ? AND deleted_at IS NULL",
                                (participant_id, table_id))
            if not existing:
                tx.insert("membership", {"participant_id": participant_id,
                                         "table_id": table_id})

    def unassign_participant(self, participant_id: str, *, table_id: str) -> None:
        with self._change("op.remove_participant_from_table") as tx:
            for row in tx.query("SELECT id FROM membership WHERE participant_id = ? AND "
                                "table_id = ? AND deleted_at IS NULL",
                                (participant_id, table_id)):
                tx.delete("membership", row[0])

    @staticmethod
    def _ids(tx, table: str) -> list[str]:
        return [r[0] for r in tx.query(
            f"SELECT id FROM {table} WHERE deleted_at IS NULL ORDER BY position")]
