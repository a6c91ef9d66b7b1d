"""Turning templates into event files, and event files back into templates."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import tomli_w

from . import backups, connections
from .domain import TABLE_BLOCKS
from .eventfile import EventFile
from .storage import refuse_existing
from .templates import FORMAT_VERSION, Template, load_template


def create_from_template(path: str | Path, template: Template) -> EventFile:
    """Create a new event file filled from a template and return it open.

    The event is built in memory through the public operations and written
    to disk in one go (temporary file, then rename), so the target either
    does not exist or holds the whole template.
    """
    path = Path(path)
    refuse_existing(path)
    # Checks the target's folder before doing any work.
    EventFile.create(path).close()
    path.unlink()
    scratch = EventFile.in_memory()
    apply_template(scratch, template)
    return write_new(path, scratch)


def write_new(path: Path, scratch: EventFile) -> EventFile:
    """Write an event built in memory to the new file `path` in one go (a temporary
    file, then rename), close the scratch copy and return the file open."""
    refuse_existing(path)
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)  # left by a run that was stopped half-way
    backups.create_private_file(partial)  # owner-only, as every event file
    dest = connections.connect(partial)
    try:
        scratch._conn.backup(dest)
    finally:
        dest.close()
        scratch._conn.close()
    os.replace(partial, path)
    return EventFile.open(path)


def apply_template(event: EventFile, template: Template) -> None:
    """Add everything a template describes to an (empty) event, as ONE operation:
    one transaction and one undo step; a failure half-way adds nothing."""
    with event._writer.change("op.apply_template"):
        _fill(event, template)


def _fill(event: EventFile, template: Template) -> None:
    data = template.data
    details = dict(data.get("event", {}))
    for key in ("date",):
        if key in details:
            details[key] = str(details[key])
    if data.get("language"):
        details["language"] = data["language"]
    if details:
        event.update_event(**details)
    perspectives = {p["key"]: event.add_perspective(
        name=p["name"], colour=p.get("colour", "#888888"), shortcut=p.get("shortcut", ""))
        for p in data.get("perspectives", [])}
    people: dict[str, str] = {}
    for person in data.get("participants", []):
        people[person.get("key") or person["name"]] = event.add_participant(
            name=person.get("name", ""), organisations=person.get("organisations", []),
            function=person.get("function", ""),
            perspective_id=perspectives.get(person.get("perspective", "")),
            email=person.get("email", ""), consent_named=person.get("consent_named", True),
            listed_as=person.get("listed_as", ""))
    refs = _Refs(perspectives, people)
    for item in data.get("programme", []):
        item_id = event.add_programme_item(
            title=item.get("title", ""), kind=item.get("kind", "other"),
            speakers=item.get("speakers", ""), description=item.get("description", ""),
            planned_start=item.get("planned_start"),
            planned_minutes=item.get("planned_minutes"))
        question_id = None
        if item.get("question"):
            question_id = event.add_question(kind="plenary", text=item["question"],
                                             programme_item_id=item_id)
        _add_notes(event, refs, item.get("notes", []), programme_item_id=item_id,
                   question_id=question_id, rounds={})
    shared_rounds = {r["key"]: event.add_question(
        kind="round", text=r.get("text", ""), label=r.get("label", ""),
        minutes=r.get("minutes")) for r in data.get("rounds", [])}
    for table in data.get("tables", []):
        table_id = event.add_table(
            theme=table["theme"], number=table.get("number"), pitch=table.get("pitch", ""),
            initiative=table.get("initiative", ""), host_id=people.get(table.get("host", "")),
            note_taker_id=people.get(table.get("note_taker", "")),
            blocks=table.get("blocks", TABLE_BLOCKS),
            block_labels=table.get("block_labels", {}), heading=table.get("heading", ""))
        for person in table.get("participants", []):
            event.assign_participant(people[person], table_id=table_id)
        _add_questions(event, table.get("questions", []), table_id, None)
        rounds = dict(shared_rounds)
        for r in table.get("rounds", []):
            rounds[r["key"]] = event.add_question(
                kind="round", table_id=table_id, text=r.get("text", ""),
                label=r.get("label", ""), minutes=r.get("minutes"))
        _add_notes(event, refs, table.get("notes", []), table_id=table_id, rounds=rounds)
    for action in data.get("actions", []):
        event.add_action(what=action["what"], owner=action.get("owner", ""),
                         partners=action.get("partners", []),
                         level=action.get("level", "lokaal"),
                         due_date=_date(action.get("due_date")),
                         period=action.get("period", ""), status=action.get("status", "open"))
    for meeting in data.get("follow_ups", []):
        event.add_follow_up(topic=meeting.get("topic", ""), date=_date(meeting.get("date")),
                            organiser=meeting.get("organiser", ""))


class _Refs:
    def __init__(self, perspectives: dict[str, str], people: dict[str, str]) -> None:
        self.perspectives = perspectives
        self.people = people


def _date(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def _add_questions(event: EventFile, questions: list[dict[str, Any]], table_id: str,
                   parent_id: str | None) -> None:
    for q in questions:
        new = event.add_question(kind="underlying", table_id=table_id, text=q["text"],
                                 label=q.get("label", ""),
                                 initiatives=q.get("initiatives", []), parent_id=parent_id)
        _add_questions(event, q.get("children", []), table_id, new)


def _add_notes(event: EventFile, refs: _Refs, notes: list[dict[str, Any]], *,
               rounds: dict[str, str], table_id: str | None = None,
               programme_item_id: str | None = None, question_id: str | None = None,
               parent_id: str | None = None) -> None:
    for note in notes:
        place_question = rounds.get(note.get("round", ""), question_id)
        new = event.add_note(
            text=note["text"], table_id=table_id, question_id=place_question,
            programme_item_id=programme_item_id,
            perspective_id=refs.perspectives.get(note.get("perspective", "")),
            kind=note.get("kind", "point"), speaker_id=refs.people.get(note.get("speaker", "")),
            party=note.get("party", ""), parent_id=parent_id)
        if note.get("votes"):
            event.set_votes(new, votes=note["votes"])
        if note.get("key_point"):
            event.update_note(new, key_point=True)
        # Children share their parent's place (round included).
        _add_notes(event, refs, note.get("children", []), rounds={}, table_id=table_id,
                   programme_item_id=programme_item_id, question_id=place_question,
                   parent_id=new)


def event_to_template(event: EventFile, *, name: str, description: str = "",
                      include_harvest: bool = False) -> dict[str, Any]:
    """The event as template data: its structure, and with `include_harvest`
    also participants, notes, actions and follow-ups (a full copy, like the demo)."""
    ev = event.event()
    out: dict[str, Any] = {"format_version": FORMAT_VERSION, "name": name,
                           "description": description, "language": ev.language}
    details = {k: getattr(ev, k) for k in ("title", "subtitle", "venue", "organiser",
                                          "introduction") if getattr(ev, k)}
    if include_harvest and ev.date:
        details["date"] = ev.date
    out["event"] = details
    pkeys = {p.id: f"p{i + 1}" for i, p in enumerate(event.perspectives())}
    out["perspectives"] = [_clean({"key": pkeys[p.id], "name": p.name, "colour": p.colour,
                                   "shortcut": p.shortcut}) for p in event.perspectives()]
    people = {p.id: f"person{i + 1}" for i, p in enumerate(event.participants())}
    if include_harvest:
        out["participants"] = [_clean({
            "key": people[p.id], "name": p.name, "organisations": list(p.organisations),
            "function": p.function, "perspective": pkeys.get(p.perspective_id or ""),
            "email": p.email, "consent_named": None if p.consent_named else False,
            "listed_as": p.listed_as}) for p in event.participants()]
    note_refs = (pkeys, people if include_harvest else {})
    programme = []
    for item in event.programme():
        entry = _clean({"kind": item.kind, "title": item.title, "speakers": item.speakers,
                        "description": item.description, "planned_start": item.planned_start,
                        "planned_minutes": item.planned_minutes})
        asked = event.plenary_questions(item.id)
        if asked:
            entry["question"] = asked[0].text
        if include_harvest:
            tree = event.note_tree(programme_item_id=item.id)
            if tree:
                entry["notes"] = _note_dicts(tree, note_refs, {})
        programme.append(entry)
    out["programme"] = programme
    round_keys: dict[str, str] = {}
    out["rounds"] = []
    for i, q in enumerate(event.questions(table_id=None, kind="round", parent_id=None)):
        round_keys[q.id] = f"r{i + 1}"
        out["rounds"].append(_clean({"key": round_keys[q.id], "label": q.label,
                                     "text": q.text, "minutes": q.minutes}))
    out["tables"] = [_table_dict(event, t, people, note_refs, round_keys, include_harvest)
                     for t in event.tables()]
    if include_harvest:
        out["actions"] = [_clean({"what": a.what, "owner": a.owner,
                                  "partners": list(a.partners), "level": a.level,
                                  "due_date": a.due_date, "period": a.period,
                                  "status": a.status}) for a in event.actions()]
        out["follow_ups"] = [_clean({"date": f.date, "topic": f.topic,
                                     "organiser": f.organiser}) for f in event.follow_ups()]
    return out


def _table_dict(event: EventFile, table, people, note_refs, round_keys,
                include_harvest: bool) -> dict[str, Any]:
    entry = _clean({"number": table.number, "theme": table.theme, "heading": table.heading,
                    "pitch": table.pitch,
                    "initiative": table.initiative, "blocks": list(table.blocks),
                    "block_labels": dict(table.block_labels) or None})
    if include_harvest:
        entry.update(_clean({
            "host": people.get(table.host_id or ""),
            "note_taker": people.get(table.note_taker_id or ""),
            "participants": [people[p.id] for p in event.table_members(table.id)]}))

    def questions(parent: str | None) -> list[dict[str, Any]]:
        return [_clean({"label": q.label, "text": q.text, "initiatives": list(q.initiatives),
                        "children": questions(q.id)})
                for q in event.questions(table_id=table.id, kind="underlying",
                                         parent_id=parent)]

    entry["questions"] = questions(None)
    own = event.questions(table_id=table.id, kind="round", parent_id=None)
    keys = dict(round_keys)
    rounds = []
    for i, q in enumerate(own):
        keys[q.id] = f"t{table.number}-r{i + 1}"
        rounds.append(_clean({"key": keys[q.id], "label": q.label, "text": q.text,
                              "minutes": q.minutes}))
    entry["rounds"] = rounds
    if include_harvest:
        entry["notes"] = _note_dicts(event.table_note_tree(table.id), note_refs, keys)
    return _clean(entry)


def _note_dicts(tree, refs, round_keys: dict[str, str]) -> list[dict[str, Any]]:
    pkeys, people = refs
    roots: list[dict[str, Any]] = []
    stack: list[tuple[int, dict[str, Any]]] = []
    for item in tree:
        n = item.note
        entry = _clean({"text": n.text, "kind": n.kind if n.kind != "point" else None,
                        "perspective": pkeys.get(n.perspective_id or ""),
                        "speaker": people.get(n.speaker_id or ""), "party": n.party,
                        "votes": n.votes or None, "key_point": n.key_point or None,
                        "round": round_keys.get(n.question_id or "") if item.depth == 0
                        else None})
        while stack and stack[-1][0] >= item.depth:
            stack.pop()
        if stack:
            stack[-1][1].setdefault("children", []).append(entry)
        else:
            roots.append(entry)
        stack.append((item.depth, entry))
    return roots


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    """Leave out empty values (TOML has no null, and empty keys are noise)."""
    return {k: v for k, v in values.items()
            if v is not None and not (isinstance(v, (str, list)) and not v)}


def save_as_template(event: EventFile, path: str | Path, *, name: str, description: str = "",
                     include_harvest: bool = False) -> Path:
    """Write the event as a TOML template (atomically) and check it loads again."""
    path = Path(path)
    data = event_to_template(event, name=name, description=description,
                             include_harvest=include_harvest)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(tomli_w.dumps(data, multiline_strings=True), encoding="utf-8")
    try:
        load_template(partial)
    except Exception:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, path)
    return path
