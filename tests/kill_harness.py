"""Running core work in a process and killing it with SIGKILL at a random moment.

Starting a fresh interpreter per kill costs a third of a second of imports, so
one *zygote* process imports the core once and forks a child per job: the
child does the job (an export, a migration, a backup, an import, a merge), touches a
`done` file when the job returned, and then waits to be killed. The test
kills the child with SIGKILL after a random delay, waits until it is gone and
then checks the files it left. Linux and macOS only (fork, SIGKILL).
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

ZYGOTE = textwrap.dedent("""
    import json, os, signal, sys, time, traceback
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    from facilitator import EventFile
    from facilitator import participant_import as pi
    from facilitator.exports import formats
    # children are reaped by the kernel: a killed one disappears at once
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)

    def job_export(job):
        with EventFile.open(job["event"], readonly=True) as ev:
            formats.get(job["format"]).run(ev, Path(job["target"]), lang="nl",
                                           progress=None, should_abort=None,
                                           options=formats.defaults())

    def job_migrate(job):
        EventFile.open(job["event"]).close()

    def job_backup(job):
        with EventFile.open(job["event"]) as ev:
            for _ in range(job["times"]):
                ev.backup(reason="manual")

    def job_auto_backup(job):
        from facilitator import eventfile
        eventfile.AUTO_BACKUP_SECONDS = 0   # every note asks for a background backup
        with EventFile.open(job["event"]) as ev:
            table = ev.tables()[0].id
            for n in range(job["times"]):
                ev.add_note(text=f"tijdens een back-up {n}", table_id=table)
            ev.wait_for_backup()

    def job_import(job):
        sheet = pi.read_sheet(job["sheet"])
        with EventFile.open(job["event"]) as ev:
            plan = pi.plan_import(
                sheet, pi.guess_mapping(sheet.headers),
                perspectives={p.name: p.id for p in ev.perspectives()},
                tables=pi.table_choices(ev.tables()))
            pi.apply_import(ev, plan.rows)
            # reported as imported the moment apply_import returns
            Path(job["done"]).touch()

    def job_merge(job):
        with EventFile.open(job["event"]) as ev:
            ev.merge_copies(job["copies"])
            # reported as merged the moment merge_copies returns
            Path(job["done"]).touch()

    JOBS = {"export": job_export, "migrate": job_migrate, "backup": job_backup,
            "auto_backup": job_auto_backup, "import": job_import, "merge": job_merge}
    print("ready", flush=True)
    for line in sys.stdin:
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            try:
                JOBS[job["kind"]](job)
                Path(job["done"]).touch()
            except BaseException:
                Path(job["done"] + ".error").write_text(traceback.format_exc())
            time.sleep(120)   # wait for the SIGKILL
            os._exit(0)
        print(pid, flush=True)
""")


@dataclass
class Tally:
    """What the kills of one kind found."""

    kind: str
    kills: int = 0
    finished: int = 0           # the job had returned before the kill
    figures: dict[str, int] = field(default_factory=dict)
    started: float = field(default_factory=time.monotonic)

    def count(self, name: str, by: int = 1) -> None:
        self.figures[name] = self.figures.get(name, 0) + by

    def report(self) -> str:
        extra = ", ".join(f"{v} {k}" for k, v in self.figures.items())
        return (f"\ncrash test ({self.kind}): {self.kills} kills, {self.finished} after the "
                f"job returned, {self.kills - self.finished} during it"
                f"{', ' + extra if extra else ''}, {time.monotonic() - self.started:.1f} s")


class Killer:
    """The zygote process; `run(job, delay)` forks a child for `job` and kills it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.number = 0
        self.proc = subprocess.Popen([sys.executable, "-c", ZYGOTE, str(ROOT)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline().strip()
        if line != "ready":
            self.proc.kill()
            raise RuntimeError("the kill zygote did not start: " + self.proc.stderr.read())

    def measure(self, job: dict[str, Any], *, timeout: float = 60) -> float:
        """How long `job` takes in a forked child, from the fork to its `done` file
        (the span to spread the kills over); the child is killed afterwards."""
        self.number += 1
        done = self.folder / f"done-{self.number}"
        started = time.monotonic()
        pid = self._start(job, done)
        while not done.exists() and time.monotonic() - started < timeout:
            time.sleep(0.0005)
        elapsed = time.monotonic() - started
        self._kill(pid, job, done)
        if not done.exists():
            raise AssertionError(f"the {job['kind']} job took more than {timeout} s")
        return elapsed

    def _start(self, job: dict[str, Any], done: Path) -> int:
        self.proc.stdin.write(json.dumps({**job, "done": str(done)}) + "\n")
        self.proc.stdin.flush()
        return int(self.proc.stdout.readline())

    def run(self, job: dict[str, Any], delay: float) -> bool:
        """Run `job` in a fresh child, SIGKILL it after `delay` seconds; True when the
        job had returned by then. A job that raised fails the test."""
        self.number += 1
        done = self.folder / f"done-{self.number}"
        pid = self._start(job, done)
        time.sleep(delay)
        self._kill(pid, job, done)
        return done.exists()

    def _kill(self, pid: int, job: dict[str, Any], done: Path) -> None:
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.001)
        else:
            raise AssertionError(f"child {pid} survived SIGKILL")
        error = Path(str(done) + ".error")
        if error.exists():
            raise AssertionError(f"the {job['kind']} job failed:\n{error.read_text()}")

    def close(self) -> None:
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def __enter__(self) -> Killer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def timed(function: Any, *args: Any, **kwargs: Any) -> float:
    """How long one call takes here (to spread the kills over the job's length)."""
    started = time.perf_counter()
    function(*args, **kwargs)
    return time.perf_counter() - started
