<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="+90"/>
        <location line="+65"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>What to export</source>
        <translation>Wat exporteren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes (PDF)</source>
        <translation>Verslag (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action agenda (PDF)</source>
        <translation>Actieagenda (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook with actions and all notes (Excel)</source>
        <translation>Werkmap met actiepunten en alle oogstpunten (Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table cards for the venue (PDF)</source>
        <translation>Tafelkaarten voor de locatie (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in sheet (PDF)</source>
        <translation>Presentielijst (PDF)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft v%1</source>
        <translation>concept v%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final</source>
        <translation>definitief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As set for the event (%1)</source>
        <translation>Zoals ingesteld (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft (CONCEPT mark)</source>
        <translation>Concept (met CONCEPT-markering)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>Definitief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by level (self, local … national)</source>
        <translation>per niveau (zelf, lokaal … landelijk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by owner</source>
        <translation>per eigenaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda actions:</source>
        <translation>Actiepunten in de agenda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave names out (organisation or function instead)</source>
        <translation>Namen weglaten (organisatie of functie in plaats daarvan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the list of participants to the minutes</source>
        <translation>Deelnemerslijst aan het verslag toevoegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files:</source>
        <translation>Bestanden:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export to folder</source>
        <translation>Exporteren naar map</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing chosen.</source>
        <translation>Niets gekozen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling…</source>
        <translation>Bezig met afbreken…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Written to %1:
%2</source>
        <translation>Geschreven naar %1:
%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export cancelled; no file was overwritten.</source>
        <translation>Export afgebroken; er is geen bestand overschreven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export did not succeed: %1</source>
        <translation>De export is niet gelukt: %1</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../ui/runner.py" line="+89"/>
        <source>Something unexpected went wrong (%1); the event file is safe. The details are in the log.</source>
        <translation>Er ging iets onverwachts mis (%1); het bijeenkomstbestand is veilig. De details staan in het logbestand.</translation>
    </message>
</context>
</TS>
