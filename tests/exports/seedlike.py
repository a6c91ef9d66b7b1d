"""A rich event in the shape of seed 002, built through the core's public API.

Used while (and besides) the demo template exists: five tables, eight
perspectives, opening talks, a plenary per perspective, agenda, actions,
follow-up meetings, nested notes, conclusions, dilemmas and a photo.
"""
from __future__ import annotations

import io
import random

from facilitator.eventfile import EventFile

PERSPECTIVES = [("Burgers/inwoners", "#1b9e77"), ("Wmo-raden/adviesraden", "#d95f02"),
                ("Gemeenten", "#7570b3"), ("Zorg- en welzijnsinstellingen", "#e7298a"),
                ("Zorgverzekeraars", "#66a61e"), ("Banken", "#e6ab02"),
                ("Hogescholen", "#a6761d"), ("Ministeries", "#666666")]
TABLES = ["Structurele financiering en maatschappelijke waardering van initiatieven",
          "Iedereen doet mee, inclusieve wijk/dorp",
          "Doorontwikkelen/uitbouwen/verbreden van initiatief",
          "Wet- Regelgeving en samenwerking met gemeenten",
          "Lokaal Samenspel"]
PEOPLE = [  # name, organisations, function, perspective index, table number
    ("Jan Smelik", ["Austerlitz Zorgt"], "initiatiefnemer", 0, 1),
    ("R. Hilderink", ["Gemeente Woudenberg"], "beleidsadviseur", 2, 1),
    ("Anique Jansen", ["Participatie platform Ronde Venen"], "", 1, 1),
    ("Marius Buiting", ["NVTZ"], "bestuurder", 3, 1),
    ("Monique de Beer", ["Fort Vreeswijk"], "coördinator", 0, 3),
    ("Jeroen Crasborn", ["Zilveren Kruis"], "directieadviseur", 4, 4),
    ("Maarten Schallenberg", ["Min. VWS"], "beleidsambtenaar", 7, 4),
    ("Kees Fortuin", ["Initiatief De Nieuwe Jutter"], "ZZP'er", 0, 4),
    ("Nanneke van der Heijden", ["gemeente Rhenen", "bureau SMEE"], "", 2, 4),
    ("Wietske", ["gemeente Rotterdam"], "stagiair", 2, 4),
    ("Wilma Buck", ["St. Omzien"], "bestuurder", 3, 4),
    ("Daan de Bruijn", ["Movisie"], "adviseur", 6, 4),
    ("Stef Herberg", ["Movisie"], "dagvoorzitter", 6, 5),
    ("Şükrü Ğüneş", ["Regiobank"], "adviseur", 5, 2),
    ("Łucja Ĳsselmeer", ["Hogeschool Utrecht"], "onderzoeker", 6, 5),
]


def png_bytes(width: int = 320, height: int = 200) -> bytes:
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (width, height), "#f4f1de")
    draw = ImageDraw.Draw(img)
    for i in range(0, width, 20):
        draw.line([(i, 0), (i, height)], fill="#3d405b")
    draw.rectangle([20, 20, width - 20, height - 20], outline="#e07a5f", width=5)
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def build(event: EventFile) -> dict:
    """Fill an empty event; returns ids by name for tests."""
    event.update_event(title="Samenspel in beweging", subtitle="Verslag plenaire deel",
                       date="2017-11-28", venue="Utrecht", organiser="Movisie",
                       minutes_status="concept", minutes_version=2,
                       introduction="Een middag over lokaal samenspel € ĳs ş ğ ł é.")
    persp = [event.add_perspective(name=n, colour=c, shortcut=str(i + 1))
             for i, (n, c) in enumerate(PERSPECTIVES)]
    people = {}
    for name, orgs, function, p, _t in PEOPLE:
        people[name] = event.add_participant(name=name, organisations=orgs,
                                             function=function, perspective_id=persp[p])
    opening = event.add_programme_item(title="Opening", kind="opening",
                                       speakers="Kees Fortuin, De Nieuwe Jutter",
                                       planned_start="13:00", planned_minutes=15)
    n1 = event.add_note(text="gemeenschap centraal. Kijken wat je zelf kunt realiseren.",
                        programme_item_id=opening)
    event.add_note(text="ABCD Glas Halfvol", programme_item_id=opening, parent_id=n1)
    event.add_note(text="organisch/via via en niet partners zoeken",
                   programme_item_id=opening)
    talk = event.add_programme_item(title="Governance", kind="talk",
                                    speakers="Marius Buiting, NVTZ")
    t1 = event.add_note(text="Governance is “stuurmanskunst”", programme_item_id=talk)
    event.add_note(text="Buurt is de nieuwe zuil", programme_item_id=talk, parent_id=t1)
    for number, theme in enumerate(TABLES, 1):
        event.add_programme_item(title=f"Tafel {number}", kind="table_round")
    plenary = event.add_programme_item(title="Afsluiting", kind="plenary",
                                       speakers="Stef Herberg")
    pq = event.add_question(kind="plenary",
                            text="Wat heeft het mij opgeleverd? Wat neem ik mee?")
    for i, pid in enumerate(persp):
        root = event.add_note(text=f"Plenaire oogst {PERSPECTIVES[i][0]}: in gesprek blijven.",
                              programme_item_id=plenary, question_id=pq, perspective_id=pid)
        event.add_note(text="Samen maatschappelijke doelen formuleren.",
                       programme_item_id=plenary, question_id=pq, perspective_id=pid,
                       parent_id=root)
    agenda = event.add_programme_item(title="Afronding met agenda", kind="agenda",
                                      speakers="Jitske Tiemersma (Omzien naar elkaar)")
    event.add_note(text="Iedereen krijgt de uitgewerkte verslagen van de tafels.",
                   programme_item_id=agenda)
    rounds = [event.add_question(kind="round", label=str(i + 1), text=t, minutes=m)
              for i, (t, m) in enumerate([
                  ("Wat zijn wensen, ambities, belangen aan tafel?", 20),
                  ("Wie of wat is nodig: zelf, regionaal, landelijk?", 30),
                  ("Conclusies trekken.", 10)])]
    tables = []
    for number, theme in enumerate(TABLES, 1):
        host = people["Daan de Bruijn"] if number == 4 else None
        t = event.add_table(theme=theme, pitch="Verhaal uit de praktijk van Fort Vreeswijk"
                            if number == 3 else "", initiative="Austerlitz Zorgt"
                            if number == 1 else "", host_id=host)
        tables.append(t)
        for name, _o, _f, _p, table_no in PEOPLE:
            if table_no == number:
                event.assign_participant(people[name], table_id=t)
        qa = event.add_question(table_id=t, label="a", text="Hoe kan preventie worden "
                                "gefinancierd?", initiatives=["DAVA", "De Nieuwe Jutter"])
        event.add_question(table_id=t, label="b", text="Welke financieringsmodellen zijn er?")
        event.add_question(table_id=t, text="Right to Challenge", parent_id=qa)
        for r, q in enumerate(rounds):
            persp_i = (number + r) % len(persp)
            root = event.add_note(text=f"Tafel {number} ronde {r + 1}: vertrouwen en "
                                  "experimenteerruimte.", table_id=t, question_id=q,
                                  perspective_id=persp[persp_i], party="Zorgverzekeraar"
                                  if r == 1 else "")
            child = event.add_note(text="Wethouders die hun nek durven uitsteken.",
                                   table_id=t, question_id=q, parent_id=root,
                                   perspective_id=persp[2])
            event.add_note(text="Ambtenaren hebben weinig speelruimte.", table_id=t,
                           question_id=q, parent_id=child)
        event.add_note(text="Het gaat vooral om duurzaam organiseren.", table_id=t,
                       question_id=rounds[2], kind="conclusion", perspective_id=persp[0])
        event.add_note(text="Alles willen weten versus organisch werken.", table_id=t,
                       question_id=rounds[2], kind="dilemma")
    event.add_note(text="Kees Fortuin vertelt over De Nieuwe Jutter; Wietske vult aan.",
                   table_id=tables[3], question_id=rounds[0], speaker_id=people["Kees Fortuin"])
    event.add_attachment(data=png_bytes(), filename="flip-tafel1.png",
                         caption="Flip-over van tafel 1", table_id=tables[0])
    a1 = event.add_action(what="Verslagen rondsturen", owner="Initiatiefgroep",
                          partners=["Movisie", "Omzien naar elkaar"], level="regionaal",
                          due_date="2017-12-13")
    event.add_action(what="=Nieuwsbrief opzetten", owner="Stef Herberg", level="lokaal",
                     period="januari 2018", status="bezig")
    event.add_action(what="Provinciale DOE-agenda", owner="Provincie", level="provinciaal",
                     due_date="2018-02-01")
    event.add_follow_up(topic="Cultuuromslag: rol van de gemeente", date="2017-12-13",
                        organiser="VNG Utrecht")
    event.add_follow_up(topic="Met burgerinitiatieven", date="2018-01-20")
    return {"perspectives": persp, "people": people, "tables": tables, "rounds": rounds,
            "actions": [a1]}


def build_big(event: EventFile, notes: int = 5000, seed: int = 1) -> None:
    """A large event: the seed-like one plus `notes` extra notes spread over tables."""
    ids = build(event)
    rng = random.Random(seed)
    words = ("samenspel wijk gemeente initiatief financiering vertrouwen zorg welzijn "
             "burgers bewoners regels ruimte leren netwerk").split()
    last: dict[tuple, str] = {}
    for i in range(notes):
        t = rng.choice(ids["tables"])
        q = rng.choice(ids["rounds"])
        parent = last.get((t, q)) if rng.random() < 0.3 else None
        text = " ".join(rng.choice(words) for _ in range(rng.randint(5, 40)))
        nid = event.add_note(text=text, table_id=t, question_id=q, parent_id=parent,
                             perspective_id=rng.choice(ids["perspectives"]))
        if parent is None:
            last[(t, q)] = nid
