"""The follow-up's minutes: "Stand van zaken actiepunten" (what was agreed, by whom,
what happened since), in Dutch and English, and absent from a first meeting."""
from __future__ import annotations

from facilitator import EventFile
from facilitator.exports import export_minutes
from facilitator.exports.action_review import review_blocks
from facilitator.exports.model import Harvest
from facilitator.exports.outline import Heading, Table

from export_helpers import pdf_text


def two_meetings():
    first = EventFile.in_memory()
    first.update_event(title="Eerste tafel", date="2026-03-01")
    first.add_action(what="Verslag rondsturen", owner="Gemeente Utrecht",
                     due_date="2026-03-15")
    first.add_action(what="Al gedaan", owner="Wijkteam", status="gereed")
    second = EventFile.in_memory()
    second.update_event(title="Tweede tafel", date="2026-04-01")
    [carried] = second.carry_actions(first)
    second.review_action(carried, status="bezig", review_note="Half verstuurd",
                         due_date="2026-05-01")
    return first, second


def test_the_section_says_what_was_agreed_by_whom_and_what_happened_since():
    first, second = two_meetings()
    assert review_blocks(Harvest(first, lang="nl")) == []
    blocks = review_blocks(Harvest(second, lang="nl"))
    assert blocks[0] == Heading("Stand van zaken actiepunten", 0)
    table = blocks[-1]
    assert isinstance(table, Table)
    assert table.rows == (("Verslag rondsturen",
                           "Eerste tafel, 1 maart 2026 · Gemeente Utrecht · vóór 15 maart 2026",
                           "Bezig", "Half verstuurd", "1 mei 2026"),)
    english = review_blocks(Harvest(second, lang="en"))
    assert english[0].text == "Progress on actions"
    assert english[-1].rows[0][1] == ("Eerste tafel, 1 March 2026 · Gemeente Utrecht · "
                                      "by 15 March 2026")


def test_earlier_reviews_stay_in_the_history_column():
    first, second = two_meetings()
    third = EventFile.in_memory()
    third.update_event(title="Derde tafel", date="2026-06-01")
    [carried] = third.carry_actions(second)
    third.review_action(carried, review_note="Nu helemaal")
    row = review_blocks(Harvest(third, lang="nl"))[-1].rows[0]
    assert row[3] == "1 april 2026: Half verstuurd\nNu helemaal"
    assert row[1].startswith("Eerste tafel, 1 maart 2026")


def test_in_the_minutes_pdf_after_the_agenda(tmp_path):
    _first, second = two_meetings()
    text = pdf_text(export_minutes(second, tmp_path / "m.pdf"))
    assert "Stand van zaken actiepunten" in text and "Half verstuurd" in text
    assert text.index("Actiepunten") < text.index("Stand van zaken actiepunten")


def test_anonymous_minutes_hide_names_in_the_review(tmp_path):
    first = EventFile.in_memory()
    first.add_participant(name="Wietske Jansen", organisations=["Movisie"])
    first.add_action(what="Bellen", owner="Wietske Jansen")
    second = EventFile.in_memory()
    second.add_participant(name="Wietske Jansen", organisations=["Movisie"])
    [carried] = second.carry_actions(first)
    second.review_action(carried, review_note="Wietske Jansen heeft gebeld")
    row = review_blocks(Harvest(second, lang="nl", anonymous=True))[-1].rows[0]
    assert "Wietske" not in " ".join(row)
