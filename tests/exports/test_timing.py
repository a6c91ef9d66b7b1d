"""The minutes show planned against actual times once the meeting ran with the timer."""
from __future__ import annotations

from datetime import datetime, timezone

from export_helpers import pdf_text

from facilitator.eventfile import EventFile
from facilitator.exports import export_minutes
from facilitator.timer import FakeClock


def test_minutes_show_planned_against_actual_times(demo_file, tmp_path):
    plain = tmp_path / "plain.pdf"
    with EventFile.open(demo_file) as ev:
        export_minutes(ev, plain, lang="nl")
        clock = FakeClock(datetime(2017, 11, 28, 12, 2, tzinfo=timezone.utc))
        first, second = ev.programme()[:2]
        # the demo gives no times (the seed has none): plan two items here
        ev.update_programme_item(first.id, planned_start="13:00", planned_minutes=15)
        ev.update_programme_item(second.id, planned_start="13:15", planned_minutes=15)
        ev.start_item(first.id, clock=clock)
        clock.advance(minutes=19)  # planned 15: four minutes over
        ev.next_item(clock=clock)
        clock.advance(minutes=10)
        ev.stop_timer(clock=clock)
        timed = tmp_path / "timed.pdf"
        export_minutes(ev, timed, lang="nl")
    assert "gepland en werkelijk" not in pdf_text(plain)
    text = pdf_text(timed)
    assert "Programma: gepland en werkelijk" in text
    assert "+4 min" in text and "-5 min" in text
    assert first.title in text
