"""Whatever a facilitator types comes back unchanged, after closing and reopening."""
from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator import EventFile
from facilitator.domain import ACTION_LEVELS, ACTION_STATUSES, NOTE_KINDS

# Any Unicode a keyboard, a paste or an import can produce, control characters
# and NUL included; lone surrogates cannot exist in a saved file (not UTF-8).
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
note_text = any_text.filter(lambda t: t.strip())
counter = itertools.count()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(notes=st.lists(st.tuples(note_text, st.sampled_from(NOTE_KINDS), any_text),
                      min_size=1, max_size=8),
       actions=st.lists(st.tuples(note_text, any_text, st.lists(any_text, max_size=3),
                                  st.sampled_from(ACTION_LEVELS),
                                  st.sampled_from(ACTION_STATUSES), any_text), max_size=4))
def test_notes_and_actions_round_trip(tmp_path, notes, actions):
    path = tmp_path / f"rt{next(counter)}.oogst"
    with EventFile.create(path, title="Rondje") as ev:
        table = ev.add_table(theme="Alles mag")
        note_ids = [ev.add_note(text=text, kind=kind, party=party, table_id=table)
                    for text, kind, party in notes]
        action_ids = [ev.add_action(what=what, owner=owner, partners=partners, level=level,
                                    status=status, period=period)
                      for what, owner, partners, level, status, period in actions]
    with EventFile.open(path) as ev:
        stored = ev.notes(table_id=table)
        assert [n.id for n in stored] == note_ids
        assert [(n.text, n.kind, n.party) for n in stored] == notes
        got = [ev.action(a) for a in action_ids]
        assert [(a.what, a.owner, a.level, a.status, a.period) for a in got] == \
            [(w, o, lv, s, p) for w, o, _, lv, s, p in actions]
        # Partners are trimmed and empty ones dropped; the rest is kept exactly.
        assert [a.partners for a in got] == \
            [tuple(x.strip() for x in ps if x.strip()) for _, _, ps, _, _, _ in actions]


@settings(max_examples=30, deadline=None)
@given(text=note_text)
def test_search_never_fails_on_any_text(text):
    ev = EventFile.in_memory()
    ev.add_note(text=text)
    ev.search(text)  # whatever the query, no FTS syntax error reaches the user
    ev.search(text[::-1])
