"""ui/runner.py: long work on a pool thread, its signals on the GUI thread, exactly one
outcome (succeeded, failed or cancelled) and then finished."""
from __future__ import annotations

import logging
import threading
import time

import pytest

pytest.importorskip("pytestqt")

from facilitator.errors import InvalidValue  # noqa: E402
from facilitator.eventfile import EventFile  # noqa: E402
from facilitator.jobs import Cancelled  # noqa: E402
from ui import i18n  # noqa: E402
from ui.runner import Job, run_job  # noqa: E402


class Outcomes:
    """Every signal of a job, in order, with the thread it arrived on."""

    def __init__(self, job: Job) -> None:
        self.seen: list[tuple] = []
        self.threads: set[threading.Thread] = set()
        job.progressed.connect(lambda d, t, m: self._add("progressed", d, t, m))
        job.succeeded.connect(lambda result: self._add("succeeded", result))
        job.failed.connect(lambda message: self._add("failed", message))
        job.cancelled.connect(lambda: self._add("cancelled"))
        job.finished.connect(lambda: self._add("finished"))

    def _add(self, *what: object) -> None:
        self.threads.add(threading.current_thread())
        self.seen.append(what)

    @property
    def names(self) -> list[str]:
        return [s[0] for s in self.seen if s[0] != "progressed"]


def run(qtbot, work, **kwargs) -> tuple[Job, Outcomes]:
    """Start `work` paused, attach the recorder, let it go and wait for `finished`."""
    gate = threading.Event()

    def gated(progress, should_abort):
        gate.wait(10)
        return work(progress, should_abort)
    job = run_job(gated, **kwargs)
    outcomes = Outcomes(job)
    with qtbot.waitSignal(job.finished, timeout=10_000):
        gate.set()
    return job, outcomes


def test_success_with_progress_on_the_gui_thread(qtbot):
    worker: list[threading.Thread] = []

    def work(progress, should_abort):
        worker.append(threading.current_thread())
        for i in range(1, 4):
            progress(i, 3, f"step {i}")
        return {"answer": 42}
    job, out = run(qtbot, work)
    assert worker[0] is not threading.main_thread()
    assert out.threads == {threading.main_thread()}  # every signal on the GUI thread
    assert [s for s in out.seen if s[0] == "progressed"] == [
        ("progressed", 1, 3, "step 1"), ("progressed", 2, 3, "step 2"),
        ("progressed", 3, 3, "step 3")]
    assert out.names == ["succeeded", "finished"]
    assert out.seen[-2] == ("succeeded", {"answer": 42})
    assert job.is_done and not job.is_cancelled


def test_callbacks_are_connected_before_the_job_starts(qtbot):
    got = []
    job = run_job(lambda progress, should_abort: "at once", on_success=got.append,
                  on_progress=lambda *a: got.append(a))
    qtbot.waitUntil(lambda: job.is_done and bool(got), timeout=10_000)
    assert got == ["at once"]


@pytest.mark.parametrize("lang, expected", [
    ("en", "The file lijst.csv does not exist."),
    ("nl", "Het bestand lijst.csv bestaat niet."),
])
def test_an_oogst_error_is_told_in_the_interface_language(qtbot, lang, expected):
    i18n.install(lang)

    def work(progress, should_abort):
        raise InvalidValue("error.file_not_found", name="lijst.csv")
    _job, out = run(qtbot, work)
    assert out.names == ["failed", "finished"]
    assert out.seen[0] == ("failed", expected)


def test_a_bug_is_told_calmly_and_logged(qtbot, caplog):
    def work(progress, should_abort):
        return {}["missing"]
    with caplog.at_level(logging.ERROR, logger="oogst"):
        _job, out = run(qtbot, work)
    assert out.names == ["failed", "finished"]
    message = out.seen[0][1]
    assert message.startswith("Something unexpected went wrong (KeyError)")
    assert "safe" in message and "'missing'" not in message  # no raw exception text
    logged = [r for r in caplog.records if r.name == "oogst" and r.exc_info]
    assert logged and logged[0].exc_info[0] is KeyError


def test_a_bug_is_told_in_dutch(qtbot, dutch):
    def work(progress, should_abort):
        raise RuntimeError("kapot")
    _job, out = run(qtbot, work)
    assert out.seen[0][1].startswith("Er ging iets onverwachts mis (RuntimeError)")


def test_cancel_stops_the_work_and_reports_cancelled(qtbot):
    started = threading.Event()
    checks = []

    def work(progress, should_abort):
        started.set()
        for _ in range(500):
            checks.append(should_abort())
            if checks[-1]:
                raise Cancelled("error.cancelled")  # stopped at a check: nothing written
            time.sleep(0.01)
        return "ran to the end"
    job = run_job(work)
    out = Outcomes(job)
    assert started.wait(10)
    job.cancel()
    assert job.is_cancelled
    qtbot.waitUntil(lambda: "finished" in out.names, timeout=10_000)
    assert out.names == ["cancelled", "finished"]
    assert checks[-1] is True and len(checks) < 500


def test_an_error_raised_because_of_cancel_is_a_cancel(qtbot):
    started = threading.Event()

    def work(progress, should_abort):
        started.set()
        while not should_abort():
            time.sleep(0.01)
        raise InvalidValue("export.err.cancelled")  # as the exports do
    job = run_job(work)
    out = Outcomes(job)
    assert started.wait(10)
    job.cancel()
    qtbot.waitUntil(lambda: "finished" in out.names, timeout=10_000)
    assert out.names == ["cancelled", "finished"]


def test_exactly_one_outcome_then_finished(qtbot):
    def ok(progress, should_abort):
        return 1

    def refused(progress, should_abort):
        raise InvalidValue("export.err.nothing")

    def bug(progress, should_abort):
        raise ValueError("x")
    for work, outcome in ((ok, "succeeded"), (refused, "failed"), (bug, "failed")):
        job, out = run(qtbot, work)
        qtbot.wait(20)  # nothing more arrives afterwards
        assert out.names == [outcome, "finished"], work.__name__
        assert job.wait(0)


def test_work_on_an_event_names_the_initiator(qtbot, tmp_path):
    """Writes the work makes are ordinary core operations that name the job's initiator."""
    event = EventFile.create(tmp_path / "e.oogst", title="Test")
    notices = []
    event.subscribe(notices.append)
    marker = object()
    try:
        job, out = run(qtbot, lambda progress, should_abort: event.add_participant(
            name="Uit de job"), event=event, initiator=marker)
        assert out.names == ["succeeded", "finished"], out.seen
        assert [p.name for p in event.participants()] == ["Uit de job"]
        assert notices and notices[-1].initiator is marker
    finally:
        event.close()


def test_wait_returns_only_when_the_worker_is_done_with_the_job(qtbot):
    """Closing the file (`bridge.close()`) and a dialog's done() wait for their jobs and
    then let Qt delete them with their owner: the worker's last signal must have been
    sent by then, or it is sent from a deleted object. A slow slot run on the worker
    thread (a direct connection) stands in for a worker thread that loses the processor
    between its work's end and its last signal."""
    from PySide6.QtCore import Qt
    gate = threading.Event()
    sent = []

    def work(progress, should_abort):
        gate.wait(10)
        return "klaar"
    job = run_job(work)
    job.finished.connect(lambda: (time.sleep(0.3), sent.append("finished")),
                         Qt.ConnectionType.DirectConnection)
    gate.set()
    assert job.wait(10)
    assert sent == ["finished"]
    assert job.is_done


def test_short_work_is_heard_through_on_finished(qtbot):
    """A signal reaches only the slots connected when the worker sends it: short work
    can be over before the caller connects to the job it got back (a dialog that
    connected its own `finished` afterwards stayed 'busy')."""
    ended, late = [], []
    job = run_job(lambda progress, should_abort: "at once",
                  on_finished=lambda: ended.append("finished"))
    assert job.wait(10)  # over before the caller's next line
    job.finished.connect(lambda: late.append("finished"))
    qtbot.waitUntil(lambda: ended == ["finished"], timeout=10_000)
    qtbot.wait(50)
    assert late == []  # connected too late: never heard
