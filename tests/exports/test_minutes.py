"""The minutes PDF: seed 002's structure, outline, page numbers, draft mark, names."""
from __future__ import annotations

import pytest
from pypdf import PdfReader

from facilitator.eventfile import EventFile
from facilitator.exports import export_minutes
from facilitator.words import tr

from export_helpers import (flat, in_order, missing_in_order, pdf_text,
                            pdftotext_body, seed_lines)

def test_demo_minutes_say_what_seed_002_says(demo_event, tmp_path):
    """Every line of seed 002 with four or more words is in the demo's minutes, in
    the seed's order (pdftotext, whitespace and line-end hyphens tolerated)."""
    lines = seed_lines()
    assert len(lines) > 200
    target = tmp_path / "verslag.pdf"
    export_minutes(demo_event, target, lang="nl")
    text = pdftotext_body(target, demo_event.event().title)
    assert missing_in_order(text, lines) == []
    # and nothing the seed does not say: no invented times, pitch or repetitions
    flat_text = flat(text)
    assert "min)" not in flat_text
    assert flat_text.count("o.l.v. Stef Herberg") == 1
    assert flat_text.count("13 december") == 1
    assert "Utrecht West: Provincie" not in flat_text
    # a speaker's label ends in a colon only where it leads in to points (seed lines 14, 90)
    assert "Kees Fortuin, De Nieuwe Jutter:" in flat_text
    assert "Marius Buiting, NVTZ:" in flat_text
    assert "(Movisie):" not in flat_text and "elkaar):" not in flat_text
    assert "[kernpunt]" not in flat_text and "Onderliggende vragen: a. Onderhandelings" \
        not in flat_text


def test_the_verbatim_check_finds_a_silent_copy_edit(demo_event, tmp_path):
    """The comparison is strict: one corrected typo is found, and where."""
    lines = seed_lines()
    target = tmp_path / "verslag.pdf"
    export_minutes(demo_event, target, lang="nl")
    text = pdftotext_body(target, demo_event.event().title)
    edited = text.replace("wegberijder", "wegbereider").replace("dans feest", "dansfeest")
    missing = missing_in_order(edited, lines)
    assert len(missing) == 2
    assert missing[0].startswith("Creëer rituelen") and missing[1].startswith("Gemeente als")


def expected_headings(event: EventFile, lang: str = "nl") -> list[str]:
    """Seed 002's order: opening, plenary per perspective, agenda, tables. A part
    with one programme item is headed by that item's own title."""
    def part(kinds: tuple[str, ...], key: str) -> list[str]:
        items = [i for i in event.programme() if i.kind in kinds]
        return [items[0].title] if len(items) == 1 else [tr(key, lang)]

    plenary_items = [i.id for i in event.programme() if i.kind == "plenary"]
    heard = {n.perspective_id for i in plenary_items for n in event.notes(
        programme_item_id=i)}
    perspectives = [p.name for p in event.perspectives() if p.id in heard]
    same_language = lang == event.event().language
    tables = [t.heading if t.heading and same_language else
              tr("export.table.title", lang, n=t.number, theme=t.theme)
              for t in event.tables()]
    agenda = part(("agenda",), "export.agenda")
    agenda += [tr("export.actions", lang)] if event.actions() else []
    agenda += [tr("export.follow_ups", lang)] if event.follow_ups() else []
    return (part(("opening", "talk"), "export.opening")
            + part(("plenary",), "export.plenary") + perspectives + agenda
            + [tr("export.tables", lang)] + tables + [tr("export.matrix", lang)])


def outline_titles(path) -> list[str]:
    reader = PdfReader(str(path))
    out: list[str] = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                out.append(item.title)
    walk(reader.outline)
    return out


def test_demo_minutes_as_docx_say_what_seed_002_says(demo_event, tmp_path):
    """The same for the Word minutes: every line of seed 002 with four or more words,
    in the seed's order, in the document's paragraphs and tables."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from facilitator.exports.minutes import export_minutes_docx
    target = tmp_path / "verslag.docx"
    export_minutes_docx(demo_event, target, lang="nl")
    document = docx.Document(str(target))
    parts = []
    for child in document.element.body.iterchildren():
        if child.tag.endswith("}p"):
            parts.append(Paragraph(child, document).text)
        elif child.tag.endswith("}tbl"):
            parts += [" ".join(c.text for c in row.cells)
                      for row in Table(child, document).rows]
    text = "\n".join(parts).replace("\u00ad", "")  # soft hyphens in narrow cells
    assert missing_in_order(text, seed_lines()) == []


def test_demo_minutes_read_like_seed_002(demo_event, tmp_path):
    target = tmp_path / "verslag.pdf"
    export_minutes(demo_event, target, lang="nl")
    text = pdf_text(target)
    headings = expected_headings(demo_event)
    assert len([p for p in demo_event.perspectives()]) >= 8
    # the seed's own heading of table 4 ("Ogst"), the program's for the others
    assert [h.split(":")[0] for h in headings if "gst thematafel" in h] == [
        "Oogst thematafel 1", "Oogst thematafel 2", "Oogst thematafel 3",
        "Ogst thematafel 4", "Oogst thematafel 5"]
    assert in_order(text, headings) == []
    outline = [flat(t) for t in outline_titles(target)]
    # bookmarks (long titles are shortened there, so compare their start)
    assert in_order(" | ".join(outline), [h[:100] for h in headings]) == []
    # every perspective is named (legend and matrix), and the seed's 8 in the plenary
    for p in demo_event.perspectives():
        assert flat(p.name) in text
    # the title block: the organiser as letterhead, then title and date
    ev = demo_event.event()
    assert in_order(text, [ev.organiser, ev.title, "28 november 2017"]) == []


def test_table_blocks_follow_the_table_order_and_hide_unlisted(seed_path, tmp_path):
    with EventFile.open(seed_path) as event:
        table = event.tables()[0]
        event.update_table(table.id, blocks=["questions", "rounds", "pitch"])
        target = tmp_path / "m.pdf"
        export_minutes(event, target)
        text = pdf_text(target)
        title = tr("export.table.title", "nl", n=1, theme=table.theme)
        next_title = tr("export.table.title", "nl", n=2, theme=event.tables()[1].theme)
        section = text[text.index(flat(title)):text.index(flat(next_title))]
    assert in_order(section, ["Onderliggende vragen", "Vraag 1", "Initiatief: Austerlitz"]) \
        == []
    assert "Jan Smelik" not in section  # participants block hidden
    assert section.count("Conclusies") == 1  # only the round "Conclusies trekken" ...
    assert "duurzaam organiseren" in section  # ... but its notes are not lost
    assert "Foto's" not in section


def test_page_numbers_fonts_and_draft_mark(seed_event, tmp_path):
    draft = tmp_path / "draft.pdf"
    final = tmp_path / "final.pdf"
    export_minutes(seed_event, draft)  # the event's status is 'concept', version 2
    export_minutes(seed_event, final, draft=False)
    reader = PdfReader(str(draft))
    pages = len(reader.pages)
    assert pages >= 3
    first = " ".join((reader.pages[0].extract_text() or "").split())
    assert "Concept v2" in first
    last = " ".join((reader.pages[-1].extract_text() or "").split())
    assert f"pagina {pages} van {pages}" in last or (f"pagina {pages} van" in last
                                                     and str(pages) in last)
    assert "Concept v2" not in pdf_text(final)
    assert "Definitief" in pdf_text(final)
    fonts = set()
    for page in reader.pages:
        for font in (page.get("/Resources") or {}).get("/Font", {}).values():
            fonts.add(str(font.get_object().get("/BaseFont")))
    assert fonts and all("Oogst" in f or "DejaVu" in f for f in fonts), fonts
    # the characters of the languages around the table
    text = pdf_text(draft)
    for ch in "ĳşğłé€":
        assert ch in text, ch


def test_english_minutes(seed_event, tmp_path):
    target = tmp_path / "minutes.pdf"
    export_minutes(seed_event, target, lang="en", participant_list=True)
    text = pdf_text(target)
    assert in_order(text, ["Opening", "Plenary harvest", "Agenda and follow-up",
                           "Theme table reports", "Harvest of theme table 1",
                           "Perspectives per table", "Appendix: list of participants"]) == []
    assert "28 November 2017" in text


def test_nested_notes_speakers_and_matrix(seed_event, tmp_path):
    target = tmp_path / "m.pdf"
    export_minutes(seed_event, target)
    text = pdf_text(target)
    assert "Zorgverzekeraar: Tafel 1 ronde 2" in text
    assert in_order(text, ["Tafel 1 ronde 1", "Wethouders die hun nek",
                           "Ambtenaren hebben weinig speelruimte"]) == []
    matrix = text[text.rindex("Perspectieven per tafel"):]
    for n in range(1, 6):
        assert f"Tafel {n}" in matrix
    assert "Flip-over van tafel 1" in text  # the photo's caption


def all_names(event: EventFile) -> list[str]:
    return [p.name for p in event.participants() if p.name]


@pytest.mark.parametrize("which", ["demo", "seed"])
def test_anonymous_minutes_have_no_names(which, request, tmp_path):
    event = request.getfixturevalue("demo_event" if which == "demo" else "seed_event")
    target = tmp_path / "anon.pdf"
    export_minutes(event, target, anonymous=True, participant_list=True)
    text = pdf_text(target)
    import subprocess
    import shutil
    if shutil.which("pdftotext"):
        text += " " + flat(subprocess.run(["pdftotext", str(target), "-"], capture_output=True,
                                          text=True, check=True).stdout)
    names = all_names(event)
    assert names
    leaked = [n for n in names if flat(n).lower() in text.lower()]
    assert leaked == []
    # perspectives stay, organisations appear instead of people
    for p in event.perspectives():
        assert flat(p.name) in text
    assert "Movisie" in text


def test_names_inside_note_texts_are_replaced(seed_event, tmp_path):
    target = tmp_path / "anon.pdf"
    export_minutes(seed_event, target, anonymous=True)
    text = pdf_text(target)
    assert "Initiatief De Nieuwe Jutter vertelt over De Nieuwe Jutter" in text
    assert "Wietske" not in text and "Fortuin" not in text


def test_non_consenting_participant_is_never_named(seed_path, tmp_path):
    with EventFile.open(seed_path) as event:
        person = next(p for p in event.participants() if p.name == "Jan Smelik")
        event.update_participant(person.id, consent_named=False)
        target = tmp_path / "m.pdf"
        export_minutes(event, target, participant_list=True)
    text = pdf_text(target)
    assert "Jan Smelik" not in text and "Smelik" not in text
    assert "Austerlitz Zorgt, initiatiefnemer" in text
    assert "Marius Buiting" in text  # others keep their names


def test_a_persons_own_line_is_printed_as_typed_but_never_when_names_are_hidden(
        seed_path, tmp_path):
    with EventFile.open(seed_path) as event:
        table = event.tables()[0]
        person = event.table_members(table.id)[0]
        event.update_participant(person.id, listed_as=f"Eigen regel, {person.name}")
        event.update_table(table.id, heading="Ogst thematafel één")
        named, hidden = tmp_path / "named.pdf", tmp_path / "hidden.pdf"
        export_minutes(event, named)
        event.update_participant(person.id, consent_named=False)
        export_minutes(event, hidden)
        english = tmp_path / "en.pdf"
        export_minutes(event, english, lang="en")
    assert f"Eigen regel, {person.name}" in pdf_text(named)
    assert "Ogst thematafel één" in pdf_text(named)
    assert "Eigen regel" not in pdf_text(hidden) and person.name not in pdf_text(hidden)
    # minutes in another language print the program's heading
    assert "Ogst" not in pdf_text(english) and "theme table 1:" in pdf_text(english)


def test_progress_and_cancel(seed_event, tmp_path):
    from facilitator.exports import ExportCancelled
    seen = []
    export_minutes(seed_event, tmp_path / "m.pdf", progress=lambda d, t, m: seen.append(d / t))
    assert seen[-1] == 1.0 and seen == sorted(seen)
    target = tmp_path / "keep.pdf"
    target.write_bytes(b"old")
    calls = []
    with pytest.raises(ExportCancelled):
        export_minutes(seed_event, target, should_abort=lambda: len(calls) > 3 or
                       bool(calls.append(1)))
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.pdf", "m.pdf", "seedlike.oogst"]


def test_plenary_question_linked_to_its_item_without_notes(tmp_path):
    event = EventFile.in_memory()
    item = event.add_programme_item(title="Afsluiting", kind="plenary", speakers="Stef")
    event.add_question(kind="plenary", text="Wat neem ik mee?", programme_item_id=item)
    export_minutes(event, tmp_path / "m.pdf")
    assert "o.l.v. Stef: Wat neem ik mee?" in pdf_text(tmp_path / "m.pdf")


def appendix_of(text: str) -> str:
    return text[text.index("Wijzigingen sinds"):]


def test_corrections_round_v1_edits_v2_lists_exactly_the_edits(demo_file, tmp_path):
    """Concept v1 is issued; corrections come in; Definitief v2 lists exactly them."""
    with EventFile.open(demo_file) as event:
        v1 = tmp_path / "v1.pdf"
        export_minutes(event, v1, issue="concept")
        event.issue_minutes(final=False, on="2017-12-01")
        typo = next(n for n in event.notes() if "wegberijder" in n.text)
        event.update_note(typo.id, text=typo.text.replace("wegberijder", "wegbereider"))
        table1 = event.tables()[0]
        event.add_note(text="Correctie: ook de bibliotheek doet mee.", table_id=table1.id,
                       kind="conclusion")
        event.delete_note(next(n for n in event.notes() if n.text == "Synergie").id)
        v2 = tmp_path / "v2.pdf"
        export_minutes(event, v2, issue="final")
    first, second = pdf_text(v1), pdf_text(v2)
    assert "Concept v1" in first and "Wijzigingen sinds" not in first
    assert "Definitief v2" in second
    appendix = appendix_of(second)
    assert in_order(appendix, [
        "Wijzigingen sinds Concept v1 (1 december 2017)",
        "Toegevoegd (1)", "Tafel 1: Correctie: ook de bibliotheek doet mee.",
        "Gewijzigd (1)", "Gemeente als wegbereider", "was: Gemeente als wegberijder",
        "Verwijderd (1)", "Tafel 1: Synergie"]) == []
    assert appendix.count("•") == 3  # one bullet per edit, nothing else


def test_a_version_reprinted_later_keeps_its_date_and_compares_with_the_one_before(
        demo_file, tmp_path):
    with EventFile.open(demo_file) as event:
        event.issue_minutes(final=False, on="2017-12-01")
        event.add_note(text="Nagekomen punt", table_id=event.tables()[1].id)
        event.issue_minutes(final=True, on="2017-12-12")
        again = tmp_path / "again.pdf"
        export_minutes(event, again)
    text = pdf_text(again)
    assert "Definitief v2 · uitgegeven 12 december 2017" in text
    from pypdf import PdfReader
    pages = [page.extract_text() for page in PdfReader(str(again)).pages]
    assert len(pages) > 3 and all("Definitief v2" in page for page in pages)  # the footer
    assert in_order(appendix_of(text), ["Concept v1 (1 december 2017)", "Toegevoegd (1)",
                                        "Nagekomen punt"]) == []


def test_every_round_is_printed_also_without_notes_unless_hidden(tmp_path):
    event = EventFile.in_memory()
    table = event.add_table(theme="Wonen")
    asked = event.add_question(kind="round", label="1", text="Wat willen we?")
    event.add_question(kind="round", label="2", text="Wie is er nodig?")
    event.add_note(text="Een buurtbus", table_id=table, question_id=asked)
    shown, hidden = tmp_path / "all.pdf", tmp_path / "hidden.pdf"
    export_minutes(event, shown)
    export_minutes(event, hidden, hide_empty_rounds=True)
    assert in_order(pdf_text(shown), ["Vraag 1: Wat willen we?", "Een buurtbus",
                                      "Vraag 2: Wie is er nodig?"]) == []
    assert "Een buurtbus" in pdf_text(hidden) and "Wie is er nodig" not in pdf_text(hidden)


def test_a_users_quotation_marks_are_never_doubled(tmp_path):
    event = EventFile.in_memory()
    table = event.add_table(theme="Wonen")
    event.add_note(text='"Wij willen een buurtbus"', table_id=table, kind="quote")
    event.add_note(text="Zonder aanhalingstekens", table_id=table, kind="quote")
    export_minutes(event, tmp_path / "q.pdf")
    text = pdf_text(tmp_path / "q.pdf")
    assert '"Wij willen een buurtbus"' in text and '“"' not in text
    assert "“Zonder aanhalingstekens”" in text


def test_english_demo_minutes_use_no_dutch_words_of_the_program(demo_event, tmp_path):
    target = tmp_path / "en.pdf"
    export_minutes(demo_event, target, lang="en")
    text = pdf_text(target)
    for dutch in ("Plenair o.l.v.", "Plenaire oogst", "Verslag thematafels", "Oogst thematafel",
                  "Vraag 1:", "Onderliggende vragen", "Deelnemers", "zonder perspectief",
                  "Achterliggende vragen", "Antwoorden/ Conclusies", "Pitch door", "pagina "):
        assert dutch not in text, dutch
    assert "Theme table reports" in text and "no perspective" in text


@pytest.mark.parametrize("which", ["demo_event", "seed_event"])
def test_the_minutes_read_each_note_once_and_count_them_with_sql(which, request, tmp_path,
                                                                 monkeypatch):
    """Every note is read once, with its table or plenary item (no second read of
    the whole event for the perspective matrix, whose counts are one SQL aggregate,
    or for a plenary item's question)."""
    from facilitator.reading import Reading
    demo_event = request.getfixturevalue(which)
    read: list[int] = []
    notes, listing = Reading.notes, Reading.listed_notes

    def counted(self, **filters):
        found = notes(self, **filters)
        read.extend(1 for _ in found)
        return found

    def counted_listing(self, table_id):
        found = listing(self, table_id)
        read.extend(1 for _ in found)
        return found

    monkeypatch.setattr(Reading, "notes", counted)
    monkeypatch.setattr(Reading, "listed_notes", counted_listing)
    export_minutes(demo_event, tmp_path / "m.pdf")
    assert len(read) == len(notes(demo_event))
    counts = demo_event.note_counts_by_place()
    every = notes(demo_event)
    assert sum(counts.values()) == len(every)
    assert counts == {k: sum(1 for n in every if (n.perspective_id, n.table_id) == k)
                      for k in {(n.perspective_id, n.table_id) for n in every}}
