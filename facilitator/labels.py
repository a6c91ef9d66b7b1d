"""The core's words in Dutch and English: CLI output, export headings, domain values.

The Qt interface has its own Qt Linguist files; the core cannot use Qt, so
its few hundred words live here as pairs. `tr` never fails: an unknown key
is returned as it is, and a test checks every key has both languages.
"""
from __future__ import annotations

import locale
import os
from datetime import date

LANGUAGES = ("nl", "en")

LABELS: dict[str, tuple[str, str]] = {
    # domain values
    "kind.point": ("Punt", "Point"),
    "kind.wish": ("Wens", "Wish"),
    "kind.need": ("Nodig", "Need"),
    "kind.opportunity": ("Kans", "Opportunity"),
    "kind.conclusion": ("Conclusie", "Conclusion"),
    "kind.dilemma": ("Dilemma", "Dilemma"),
    "kind.quote": ("Citaat", "Quote"),
    "programme.opening": ("Opening", "Opening"),
    "programme.talk": ("Inleiding", "Talk"),
    "programme.pitch": ("Pitch", "Pitch"),
    "programme.table_round": ("Tafelronde", "Table round"),
    "programme.plenary": ("Plenair", "Plenary"),
    "programme.break": ("Pauze", "Break"),
    "programme.agenda": ("Agenda", "Agenda"),
    "programme.other": ("Overig", "Other"),
    "level.zelf": ("Zelf", "Self"),
    "level.lokaal": ("Lokaal", "Local"),
    "level.regionaal": ("Regionaal", "Regional"),
    "level.provinciaal": ("Provinciaal", "Provincial"),
    "level.landelijk": ("Landelijk", "National"),
    "status.open": ("Open", "Open"),
    "status.bezig": ("Bezig", "In progress"),
    "status.gereed": ("Gereed", "Done"),
    "status.vervallen": ("Vervallen", "Dropped"),
    "minutes.concept": ("Concept", "Draft"),
    "minutes.definitief": ("Definitief", "Final"),
    # command line
    "cli.created": ("Aangemaakt: {path} ({template})", "Created: {path} ({template})"),
    "cli.event": ("Bijeenkomst", "Event"),
    "cli.date": ("Datum", "Date"),
    "cli.venue": ("Locatie", "Venue"),
    "cli.organiser": ("Organisator", "Organiser"),
    "cli.status": ("Verslag", "Minutes"),
    "cli.programme": ("Programma", "Programme"),
    "cli.tables": ("Thematafels", "Theme tables"),
    "cli.table": ("Tafel", "Table"),
    "cli.notes": ("oogstpunten", "notes"),
    "cli.participants": ("deelnemers", "participants"),
    "cli.perspectives": ("Perspectieven (oogstpunten)", "Perspectives (notes)"),
    "cli.no_perspective": ("zonder perspectief", "without perspective"),
    "cli.plenary_notes": ("Oogstpunten plenair", "Plenary notes"),
    "cli.totals": ("Totaal", "Total"),
    "cli.actions": ("actiepunten", "actions"),
    "cli.follow_ups": ("vervolgbijeenkomsten", "follow-up meetings"),
    "cli.photos": ("foto's", "photos"),
    "cli.schema": ("Bestandsversie {version} (dit programma: {current})",
                   "File format {version} (this program: {current})"),
    "cli.integrity_ok": ("Integriteitscontrole: ok", "Integrity check: ok"),
    "cli.integrity_bad": ("Integriteitscontrole: PROBLEMEN", "Integrity check: PROBLEMS"),
    "cli.no_hits": ("Niets gevonden voor {text!r}.", "Nothing found for {text!r}."),
    "cli.backups": ("Back-ups van {path}:", "Backups of {path}:"),
    "cli.no_backups": ("Geen back-ups van {path}.", "No backups of {path}."),
    "cli.restored": ("Back-up teruggezet; het vorige bestand staat in {kept}.",
                     "Backup restored; the previous file was kept as {kept}."),
    "cli.template_saved": ("Sjabloon opgeslagen: {path}", "Template saved: {path}"),
    "cli.plenary": ("plenair", "plenary"),
    "cli.programme_notes": ("bij inleidingen, plenair en agenda",
                            "with talks, plenary and agenda"),
}

MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


def tr(key: str, lang: str = "nl", **values: object) -> str:
    """The label in `lang` ('nl' or 'en'), with `{name}` fields filled in."""
    pair = LABELS.get(key)
    text = key if pair is None else pair[0 if lang == "nl" else 1]
    return text.format(**values) if values else text


def long_date(value: str | date | None, lang: str = "nl") -> str:
    """28 november 2017 / 28 November 2017; empty for no date."""
    if not value:
        return ""
    day = value if isinstance(value, date) else date.fromisoformat(str(value))
    months = MONTHS_NL if lang == "nl" else MONTHS_EN
    return f"{day.day} {months[day.month - 1]} {day.year}"


def system_language() -> str:
    """'nl' when the user's locale is Dutch, else 'en' (OOGST_LANG overrides)."""
    forced = os.environ.get("OOGST_LANG")
    if forced in LANGUAGES:
        return forced
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    code = (locale.getlocale()[0] or "").lower()
    return "nl" if code.startswith("nl") else "en"
