"""The generated events the benchmarks measure: a meeting at scale, made once and cached.

`events(quick=False)` returns {"demo", "5k", "50k", "photos"} -> paths of
`.oogst` files under ``~/.cache/oogst-bench/v<GENERATOR_VERSION>-schema<N>/`` (or
``$OOGST_BENCH_CACHE``), generating what is missing. A benchmark treats them
as read-only (copy before writing). Change `GENERATOR_VERSION` whenever what
is generated changes, so that old caches are not measured by mistake.

The large events: 20 theme tables x 4 shared rounds, 150 participants over
11 perspectives (seated at the tables), 300 actions, and 5,000 or 50,000
nested Dutch notes (texts from the demo meeting, seed 002). Half of the 5k
notes, and 2,500 of the 50k, are at table 1, round 1 (the busy table the
typing benchmark types at); the rest are spread over all tables and rounds,
up to four levels deep. "photos" is the 5k event plus 100 flip-chart photos of
about 2 MiB each (JPEG, some PNG; ~200 MiB).

Built through the real EventFile operations; many adds are composed into
a few operations (an inner change joins the outer one), so building 50,000
notes takes one commit per batch instead of one fsync per note.
"""
from __future__ import annotations

import io
import os
import random
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from facilitator.eventfile import EventFile  # noqa: E402
from facilitator.sessions import create_from_template  # noqa: E402
from facilitator.templates import DEMO_TEMPLATE, find_template  # noqa: E402

GENERATOR_VERSION = 1
TABLES = 20
ROUNDS = 4
PARTICIPANTS = 150
ACTIONS = 300
PHOTOS = 100
BUSY_NOTES = 2500  # at table 1, round 1
PERSPECTIVES = ["Burgers/inwoners", "Wmo-raden/adviesraden", "Gemeenten",
                "Zorg- en welzijnsinstellingen", "Zorgverzekeraars", "Banken",
                "Hogescholen", "Ministeries", "Provincies", "Woningcorporaties",
                "Vrijwilligersorganisaties"]
COLOURS = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d",
           "#666666", "#1f78b4", "#b15928", "#fb9a99"]
FIRST = ["Jan", "Monique", "Kees", "Wilma", "Daan", "Stef", "Anique", "Marius", "Jeroen",
         "Nanneke", "Wietske", "Şükrü", "Łucja", "Fatima", "Mohammed", "Els", "Henk",
         "Ingrid", "Pieter", "Sanne", "Bram", "Noor", "Ruud", "Yvonne", "Joost"]
LAST = ["de Vries", "Jansen", "Smelik", "Buiting", "Crasborn", "Fortuin", "van der Heijden",
        "Buck", "de Bruijn", "Herberg", "Ğüneş", "Ĳsselmeer", "el Amrani", "Bakker",
        "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot"]
ORGS = ["Gemeente Utrecht", "Gemeente Woudenberg", "Movisie", "Zilveren Kruis", "Min. VWS",
        "Regiobank", "Hogeschool Utrecht", "St. Omzien", "De Nieuwe Jutter", "NVTZ",
        "Provincie Utrecht", "Wmo-raad Zeist", "Woonstichting De Kernen", "Humanitas"]


def cache_dir() -> Path:
    base = os.environ.get("OOGST_BENCH_CACHE") or Path.home() / ".cache" / "oogst-bench"
    # Keyed by the schema too: an event of an older schema would be migrated at
    # every open, and the demo follows its template.
    from facilitator.schema import SCHEMA_VERSION
    return Path(base) / f"v{GENERATOR_VERSION}-schema{SCHEMA_VERSION}"


def events(*, quick: bool = False, log=print) -> dict[str, Path]:
    """The benchmark events by name, generated once (without "50k" when `quick`)."""
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    makers = {"demo": make_demo, "5k": lambda p: make_big(p, 5000),
              "50k": lambda p: make_big(p, 50000), "photos": make_photos}
    out: dict[str, Path] = {}
    for name, make in makers.items():
        if quick and name == "50k":
            continue
        path = folder / f"{name}.oogst"
        if not path.exists():
            log(f"generating the {name} event in {path} (once) ...")
            start = time.perf_counter()
            partial = path.with_name(path.name + ".part")
            partial.unlink(missing_ok=True)
            make(partial)
            partial.rename(path)  # a half-made event is never taken for a cached one
            log(f"  done in {time.perf_counter() - start:.0f} s, "
                f"{path.stat().st_size / 2**20:.0f} MiB")
        out[name] = path
    return out


def make_demo(path: Path) -> None:
    create_from_template(path, find_template(DEMO_TEMPLATE)).close()


def _sentences() -> list[str]:
    """Dutch note texts: the notes of the demo meeting (seed 002)."""
    template = find_template(DEMO_TEMPLATE)
    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    scratch = folder / "sentences.oogst.part"
    scratch.unlink(missing_ok=True)
    demo = create_from_template(scratch, template)
    try:
        texts = sorted({n.text for n in demo.notes() if len(n.text.split()) >= 3})
    finally:
        demo.close()
        scratch.unlink(missing_ok=True)
    return texts


def make_big(path: Path, notes: int, *, seed: int = 13) -> None:
    """The large event with `notes` notes, written to `path` and closed."""
    rng = random.Random(seed)
    texts = _sentences()
    event = EventFile.create(path, title=f"Samenspel op schaal ({notes} notities)")
    with event._writer.change("op.apply_template"):  # one operation: one commit
        event.update_event(subtitle="Gegenereerd voor de benchmarks", date="2017-11-28",
                           venue="Utrecht", organiser="Movisie")
        persp = [event.add_perspective(name=name, colour=colour,
                                       shortcut=str(i + 1) if i < 9 else "")
                 for i, (name, colour) in enumerate(zip(PERSPECTIVES, COLOURS))]
        event.add_programme_item(title="Opening", kind="opening", planned_start="13:00",
                                 planned_minutes=15)
        for r in range(ROUNDS):
            event.add_programme_item(title=f"Tafelronde {r + 1}", kind="table_round",
                                     planned_minutes=25)
        event.add_programme_item(title="Plenaire oogst", kind="plenary", planned_minutes=30)
        rounds = [event.add_question(kind="round", label=str(r + 1), minutes=25,
                                     text=rng.choice(texts)) for r in range(ROUNDS)]
        rows = []
        for i in range(PARTICIPANTS):
            rows.append({"name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                         "organisations": [rng.choice(ORGS)],
                         "function": rng.choice(["", "adviseur", "bestuurder", "wethouder",
                                                 "beleidsmedewerker", "vrijwilliger"]),
                         "perspective_id": persp[i % len(persp)]})
        people = event.add_participants(rows)
        tables = []
        for t in range(TABLES):
            table = event.add_table(theme=f"Thema {t + 1}: " + rng.choice(texts)[:120],
                                    host_id=people[t])
            tables.append(table)
        for i, person in enumerate(people):
            event.assign_participant(person, table_id=tables[i % TABLES])
        for a in range(ACTIONS):
            event.add_action(what=rng.choice(texts)[:300], owner=rng.choice(ORGS),
                             level=rng.choice(["zelf", "lokaal", "regionaal", "landelijk"]),
                             due_date=f"2018-{1 + a % 12:02d}-{1 + a % 28:02d}")
    places = [(t, q) for t in tables for q in [*rounds, None]]
    busy = (tables[0], rounds[0])
    plan = [busy] * min(BUSY_NOTES, notes // 2)
    others = [p for p in places if p != busy]
    plan += [others[i % len(others)] for i in range(notes - len(plan))]
    rng.shuffle(plan)
    recent: dict[tuple, list[tuple[str, int]]] = {}  # place -> (note id, depth)
    batch = 2000
    for start in range(0, len(plan), batch):
        with event._writer.change("op.add_note"):
            for table_id, question_id in plan[start:start + batch]:
                here = recent.setdefault((table_id, question_id), [])
                parent, depth = None, 0
                if here and rng.random() < 0.4:
                    parent, depth = rng.choice(here[-12:])
                    if depth >= 3:
                        parent, depth = None, 0
                note = event.add_note(
                    text=rng.choice(texts), table_id=table_id, question_id=question_id,
                    perspective_id=rng.choice(persp) if rng.random() < 0.8 else None,
                    kind=rng.choice(["point"] * 6 + ["wish", "need", "conclusion"]),
                    parent_id=parent)
                here.append((note, depth + 1 if parent else 0))
    event.close()


def make_photos(path: Path) -> None:
    """The 5k event plus PHOTOS flip-chart photos (~2 MiB each)."""
    five = cache_dir() / "5k.oogst"
    if not five.exists():
        make_big(five, 5000)
    shutil.copyfile(five, path)
    event = EventFile.open(path)
    try:
        tables = event.tables()
        rng = random.Random(7)
        for i in range(PHOTOS):
            kind = "png" if i % 10 == 9 else "jpg"
            with event._writer.change("op.add_photos"):
                event.add_attachment(data=photo_bytes(rng, kind), filename=f"flip-{i + 1}.{kind}",
                                     caption=f"Flip-over {i + 1}",
                                     table_id=tables[i % len(tables)].id)
    finally:
        event.close()


def photo_bytes(rng: random.Random, kind: str) -> bytes:
    """A photo-like picture of about 2 MiB: a flip chart with lines, noise for texture."""
    from PIL import Image, ImageDraw
    if kind == "png":
        size = (1024, 700)  # a screenshot-like PNG: noise does not compress
    else:
        size = (2800, 2000)
    noise = Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3))
    paper = Image.new("RGB", size, "#f4f1de")
    img = Image.blend(paper, noise, 0.35 if kind == "jpg" else 1.0)
    draw = ImageDraw.Draw(img)
    for _ in range(40):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        draw.line([(x, y), (x + rng.randrange(-400, 400), y + rng.randrange(-50, 50))],
                  fill="#3d405b", width=6)
    out = io.BytesIO()
    if kind == "png":
        img.save(out, format="PNG")
    else:
        img.save(out, format="JPEG", quality=80)
    return out.getvalue()


if __name__ == "__main__":
    os.environ.setdefault("OOGST_HOME", str(cache_dir() / "home"))  # not the user's backups
    for name, where in events(quick="--quick" in sys.argv).items():
        print(f"{name:7} {where}  {where.stat().st_size / 2**20:.1f} MiB")
