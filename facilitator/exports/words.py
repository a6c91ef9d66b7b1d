"""The exports' own words in Dutch and English, as (nl, en) pairs like `labels.py`.

`w(key, lang, **values)` never fails: an unknown key comes back as it is;
`tests/exports/test_words.py` checks that every key has both languages.
Domain values (kinds, levels, statuses) come from `facilitator.labels.tr`.
"""
from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    # minutes: title block and sections
    "minutes": ("Verslag", "Minutes"),
    "minutes.of": ("Verslag van de bijeenkomst", "Minutes of the meeting"),
    "draft": ("Concept", "Draft"),
    "final": ("Definitief", "Final"),
    "version": ("v{n}", "v{n}"),
    "organiser": ("Organisatie", "Organiser"),
    "date": ("Datum", "Date"),
    "venue": ("Locatie", "Venue"),
    "page": ("pagina {n} van ", "page {n} of "),
    "opening": ("Opening", "Opening"),
    "plenary": ("Plenaire oogst", "Plenary harvest"),
    "plenary.led_by": ("o.l.v. {who}", "led by {who}"),
    "plenary.no_perspective": ("Overige inbreng", "Other contributions"),
    "agenda": ("Agenda en vervolg", "Agenda and follow-up"),
    "actions": ("Actiepunten", "Actions"),
    "follow_ups": ("Vervolgbijeenkomsten", "Follow-up meetings"),
    "tables": ("Verslag thematafels", "Theme table reports"),
    "table.title": ("Oogst thematafel {n}: {theme}", "Harvest of theme table {n}: {theme}"),
    "table.short": ("Tafel {n}", "Table {n}"),
    "pitch": ("Pitch", "Pitch"),
    "initiative": ("Initiatief", "Initiative"),
    "participants": ("Deelnemers", "Participants"),
    "host": ("Facilitator", "Facilitator"),
    "note_taker": ("Notulist", "Note-taker"),
    "questions": ("Onderliggende vragen", "Underlying questions"),
    "round": ("Vraag {label}", "Question {label}"),
    "round.minutes": ("{n} min", "{n} min"),
    "other_notes": ("Overige oogstpunten", "Other notes"),
    "conclusions": ("Conclusies", "Conclusions"),
    "dilemmas": ("Dilemma's", "Dilemmas"),
    "photos": ("Foto's", "Photos"),
    "photo.missing": ("[foto {name} kon niet worden getoond]",
                      "[photo {name} could not be shown]"),
    "matrix": ("Perspectieven per tafel", "Perspectives per table"),
    "timing": ("Programma: gepland en werkelijk", "Programme: planned and actual"),
    "timing.planned": ("Gepland", "Planned"),
    "timing.minutes": ("Min.", "Min."),
    "timing.item": ("Onderdeel", "Item"),
    "timing.actual": ("Werkelijk", "Actual"),
    "timing.actual_minutes": ("Duur", "Took"),
    "timing.difference": ("Verschil", "Difference"),
    "matrix.explain": ("Aantal oogstpunten per perspectief per tafel; een lege cel: dit "
                       "perspectief is aan die tafel niet gehoord.",
                       "Number of notes per perspective per table; an empty cell: this "
                       "perspective was not heard at that table."),
    "matrix.plenary": ("Plenair", "Plenary"),
    "matrix.none": ("zonder perspectief", "no perspective"),
    "appendix.participants": ("Bijlage: deelnemerslijst", "Appendix: list of participants"),
    "votes": ("{n} stemmen", "{n} votes"),
    "vote": ("1 stem", "1 vote"),
    "key_point": ("kernpunt", "key point"),
    "anonymous": ("Namen van deelnemers zijn weggelaten.",
                  "Names of participants have been left out."),
    "participant": ("deelnemer", "participant"),
    # agenda
    "agenda.title": ("Actieagenda", "Action agenda"),
    "agenda.by_level": ("Per niveau", "By level"),
    "agenda.by_owner": ("Per eigenaar", "By owner"),
    "agenda.no_owner": ("(geen eigenaar)", "(no owner)"),
    "agenda.none": ("Er zijn geen actiepunten vastgelegd.", "No actions were recorded."),
    "agenda.no_follow_ups": ("Er zijn geen vervolgbijeenkomsten gepland.",
                             "No follow-up meetings are planned."),
    # columns
    "col.what": ("Wat", "What"),
    "col.owner": ("Eigenaar", "Owner"),
    "col.partners": ("Partners", "Partners"),
    "col.level": ("Niveau", "Level"),
    "col.due": ("Datum", "Due date"),
    "col.period": ("Periode", "Period"),
    "col.status": ("Status", "Status"),
    "col.source": ("Uit oogstpunt", "From note"),
    "col.nr": ("Nr", "No"),
    "col.table": ("Tafel", "Table"),
    "col.theme": ("Thema", "Theme"),
    "col.round": ("Ronde/vraag", "Round/question"),
    "col.programme": ("Programmaonderdeel", "Programme item"),
    "col.perspective": ("Perspectief", "Perspective"),
    "col.kind": ("Soort", "Kind"),
    "col.speaker": ("Spreker/partij", "Speaker/party"),
    "col.text": ("Tekst", "Text"),
    "col.votes": ("Stemmen", "Votes"),
    "col.key_point": ("Kernpunt", "Key point"),
    "col.depth": ("Niveau (inspringing)", "Nesting depth"),
    "col.parent": ("Onder oogstpunt", "Under note"),
    "col.id": ("Id", "Id"),
    "col.name": ("Naam", "Name"),
    "col.organisation": ("Organisatie", "Organisation"),
    "col.function": ("Functie", "Function"),
    "col.email": ("E-mail", "Email"),
    "col.consent": ("Mag genoemd worden", "May be named"),
    "col.tables": ("Tafels", "Tables"),
    "col.pitch": ("Pitch", "Pitch"),
    "col.initiative": ("Initiatief", "Initiative"),
    "col.host": ("Facilitator", "Facilitator"),
    "col.members": ("Deelnemers", "Participants"),
    "col.notes": ("Oogstpunten", "Notes"),
    "col.signature": ("Handtekening", "Signature"),
    "col.date": ("Datum", "Date"),
    "col.topic": ("Onderwerp", "Topic"),
    "col.organiser": ("Organisator", "Organiser"),
    "col.total": ("Totaal", "Total"),
    "col.continued": ("{header} (vervolg {n})", "{header} (continued {n})"),
    "long.more": ("… (hele tekst: noot {n} onder de tabel)",
                  "… (whole text: note {n} below the table)"),
    "long.note": ("Noot {n}", "Note {n}"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    # sheets (at most 31 characters, none of []:*?/\)
    "sheet.actions": ("Actiepunten", "Actions"),
    "sheet.notes": ("Oogstpunten", "Notes"),
    "sheet.participants": ("Deelnemers", "Participants"),
    "sheet.tables": ("Tafels", "Tables"),
    "sheet.matrix": ("Perspectief x tafel", "Perspective x table"),
    "sheet.follow_ups": ("Vervolgbijeenkomsten", "Follow-up meetings"),
    # printables
    "card.rounds": ("Gespreksrondes", "Rounds"),
    "card.host": ("Tafelgastheer/-vrouw: {who}", "Table host: {who}"),
    "signin.title": ("Presentielijst", "Sign-in sheet"),
    "signin.walk_ins": ("Niet aangemeld? Schrijf je in op een lege regel.",
                        "Not registered? Please add yourself on an empty row."),
    # progress
    "progress.reading": ("Bijeenkomst lezen", "Reading the event"),
    "progress.table": ("Tafel {n}", "Table {n}"),
    "progress.layout": ("Pagina's opmaken", "Laying out pages"),
    "progress.sheet": ("Werkblad {name}", "Sheet {name}"),
    "progress.writing": ("Bestand schrijven", "Writing the file"),
    "progress.done": ("Klaar", "Done"),
    # errors
    "err.readonly": ("Kan niet schrijven in de map {folder}: de map is alleen-lezen of u "
                     "heeft geen schrijfrechten. Kies een andere map.",
                     "Cannot write in the folder {folder}: it is read-only or you lack "
                     "permission. Choose another folder."),
    "err.no_folder": ("De map {folder} bestaat niet.", "The folder {folder} does not exist."),
    "err.is_folder": ("{path} is een map, geen bestand.", "{path} is a folder, not a file."),
    "err.locked": ("{path} is geopend in een ander programma ({program}). Sluit het bestand "
                   "daar en probeer het opnieuw; het oude bestand is niet veranderd.",
                   "{path} is open in another program ({program}). Close it there and try "
                   "again; the old file was not changed."),
    "err.in_use": ("{path} kan niet worden vervangen: het is geopend of vergrendeld door "
                   "een ander programma. Het oude bestand is niet veranderd.",
                   "{path} cannot be replaced: it is open or locked by another program. "
                   "The old file was not changed."),
    "err.disk_full": ("De schijf is vol; {path} is niet geschreven (het oude bestand is "
                      "niet veranderd).",
                      "The disk is full; {path} was not written (the old file was not "
                      "changed)."),
    "err.write": ("{path} kon niet worden geschreven: {reason}",
                  "{path} could not be written: {reason}"),
    "err.cancelled": ("Export afgebroken; er is niets overschreven.",
                      "Export cancelled; nothing was overwritten."),
}


def w(key: str, lang: str = "nl", **values: object) -> str:
    """The export word in `lang` ('nl' or 'en'), with `{name}` fields filled in."""
    pair = WORDS.get(key)
    text = key if pair is None else pair[0 if lang == "nl" else 1]
    return text.format(**values) if values else text
