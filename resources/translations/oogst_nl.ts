<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>BlocksEditor</name>
    <message>
        <location filename="../../ui/prep/blocks.py" line="+24"/>
        <source>The sections of this table in the minutes. Untick what the table did not use; change the order with the buttons or Alt+Up/Down.</source>
        <translation>De onderdelen van deze tafel in het verslag. Vink uit wat de tafel niet gebruikte; wijzig de volgorde met de knoppen of Alt+Omhoog/Omlaag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host and note-taker</source>
        <translation>Tafelvoorzitter en notulist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounds</source>
        <translation>Rondes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Oogstpunten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusions</source>
        <translation>Conclusies</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dilemmas</source>
        <translation>Dilemma’s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Foto’s</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+180"/>
        <source>Check and import</source>
        <translation>Controleren en importeren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy the list</source>
        <translation>Lijst &amp;kopiëren</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n participant(s) will be imported</source>
        <translation>
            <numerusform>%n deelnemer wordt geïmporteerd</numerusform>
            <numerusform>%n deelnemers worden geïmporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (%n with a remark)</source>
        <translation>
            <numerusform> (%n met een opmerking)</numerusform>
            <numerusform> (%n met een opmerking)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) will not be imported.</source>
        <translation>
            <numerusform>%n rij wordt niet geïmporteerd.</numerusform>
            <numerusform>%n rijen worden niet geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row can be imported.</source>
        <translation>Alle rijen kunnen worden geïmporteerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo takes the whole import back in one step.</source>
        <translation>Met Ongedaan maken draai je de hele import in één keer terug.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <source>The import did not succeed: %1</source>
        <translation>Het importeren is niet gelukt: %1</translation>
    </message>
</context>
<context>
    <name>CoreLabels</name>
    <message>
        <location filename="../../ui/undo.py" line="+23"/>
        <source>Add action</source>
        <translation>Actiepunt toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add follow-up meeting</source>
        <translation>Vervolgbijeenkomst toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add minutes</source>
        <translation>Minuten toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Oogstpunt toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add participant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add perspective</source>
        <translation>Perspectief toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photo</source>
        <translation>Foto toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add programme item</source>
        <translation>Programmaonderdeel toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add question</source>
        <translation>Vraag toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add table</source>
        <translation>Tafel toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear seating plan</source>
        <translation>Tafelschikking wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign participant</source>
        <translation>Deelnemer aan tafel zetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose round</source>
        <translation>Ronde kiezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create event</source>
        <translation>Bijeenkomst aanmaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete action</source>
        <translation>Actiepunt verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete follow-up meeting</source>
        <translation>Vervolgbijeenkomst verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note</source>
        <translation>Oogstpunt verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete perspective</source>
        <translation>Perspectief verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete photo</source>
        <translation>Foto verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete programme item</source>
        <translation>Programmaonderdeel verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete question</source>
        <translation>Vraag verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete table</source>
        <translation>Tafel verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit action</source>
        <translation>Actiepunt wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit event details</source>
        <translation>Gegevens bijeenkomst wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit follow-up meeting</source>
        <translation>Vervolgbijeenkomst wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit note</source>
        <translation>Oogstpunt wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit participant</source>
        <translation>Deelnemer wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit perspective</source>
        <translation>Perspectief wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit photo</source>
        <translation>Foto wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit programme item</source>
        <translation>Programmaonderdeel wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit question</source>
        <translation>Vraag wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit table</source>
        <translation>Tafel wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make seating plan</source>
        <translation>Tafelschikking maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move action</source>
        <translation>Actiepunt verplaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move note</source>
        <translation>Oogstpunt verplaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move perspective</source>
        <translation>Perspectief verplaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move programme item</source>
        <translation>Programmaonderdeel verplaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move seat</source>
        <translation>Plaats verschuiven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move question</source>
        <translation>Vraag verplaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move table</source>
        <translation>Tafel verplaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next programme item</source>
        <translation>Volgend programmaonderdeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause timer</source>
        <translation>Timer pauzeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove participant from table</source>
        <translation>Deelnemer van tafel halen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume timer</source>
        <translation>Timer hervatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set timer warning</source>
        <translation>Waarschuwing timer instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set votes</source>
        <translation>Stemmen instellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start programme item</source>
        <translation>Programmaonderdeel starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take minutes</source>
        <translation>Minuten afhalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import participants</source>
        <translation>Deelnemers importeren</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+80"/>
        <source>Oogst</source>
        <translation>Oogst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oogst ran into an unexpected problem.</source>
        <translation>Oogst liep tegen een onverwacht probleem aan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your event file is safe: every change that was shown as saved is in the file. You can go on working; if the problem comes back, please save the log file and send it to whoever supports Oogst.

Log file: %1</source>
        <translation>Je bijeenkomstbestand is veilig: elke wijziging die als opgeslagen werd getoond, staat in het bestand. Je kunt gewoon verder werken. Komt het probleem terug, bewaar dan het logbestand en stuur het naar degene die Oogst ondersteunt.

Logbestand: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file “%1” is damaged</source>
        <translation>Het bestand “%1” is beschadigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oogst cannot read all of it. This can happen when a copy to a USB stick or a download was cut off. Oogst makes backups automatically; you can go back to the newest good one. The damaged file is kept beside it.</source>
        <translation>Oogst kan het niet helemaal lezen. Dat kan gebeuren als het kopiëren naar een usb-stick of een download werd onderbroken. Oogst maakt automatisch back-ups; je kunt teruggaan naar de nieuwste goede. Het beschadigde bestand blijft ernaast bewaard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is already open</source>
        <translation>“%1” is al geopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another Oogst window, or another program, has this file open for writing. Close it there first, or open a copy of the file.</source>
        <translation>Een ander Oogst-venster of een ander programma heeft dit bestand open om te schrijven. Sluit het daar eerst, of open een kopie van het bestand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was made with a newer Oogst</source>
        <translation>“%1” is gemaakt met een nieuwere versie van Oogst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This version of Oogst cannot open it without risk of losing something. Please install the newest version of Oogst.</source>
        <translation>Deze versie van Oogst kan het niet openen zonder risico dat er iets verloren gaat. Installeer de nieuwste versie van Oogst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” cannot be changed here</source>
        <translation>“%1” kan hier niet worden gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file or its folder is read-only (a CD, a protected or synchronised folder, a read-only USB stick). Copy the file to your Documents folder and open the copy.</source>
        <translation>Het bestand of de map is alleen-lezen (een cd, een beveiligde of gesynchroniseerde map, een beveiligde usb-stick). Kopieer het bestand naar je map Documenten en open de kopie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an Oogst file</source>
        <translation>“%1” is geen Oogst-bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not an Oogst file</source>
        <translation>Dit is geen Oogst-bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oogst opens event files ending in .oogst. This file is something else, or it is empty.</source>
        <translation>Oogst opent bijeenkomstbestanden die eindigen op .oogst. Dit bestand is iets anders, of het is leeg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The template cannot be used</source>
        <translation>Het sjabloon kan niet worden gebruikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be opened</source>
        <translation>Het bestand kan niet worden geopend</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <source>Cannot open the file</source>
        <translation>Bestand openen lukt niet</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Restore the newest backup</source>
        <translation>Nieuwste back-up terugzetten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no backup of this file.</source>
        <translation>Er is geen back-up van dit bestand.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup could not be restored: %1</source>
        <translation>De back-up kon niet worden teruggezet: %1</translation>
    </message>
</context>
<context>
    <name>EventDetailsForm</name>
    <message>
        <location filename="../../ui/prep/programme.py" line="+21"/>
        <source>Event</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For example: Samenspel in beweging</source>
        <translation>Bijvoorbeeld: Samenspel in beweging</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the minutes and other exports</source>
        <translation>De taal van het verslag en de andere exports</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A few lines that open the minutes</source>
        <translation>Een paar regels waarmee het verslag opent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version</source>
        <translation>versie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle</source>
        <translation>Ondertitel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organiser</source>
        <translation>&amp;Organisator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes status</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="-182"/>
        <location line="+26"/>
        <source>Choose the registration list</source>
        <translation>Kies de aanmeldlijst</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>An Excel workbook (.xlsx) or a CSV file, for example the export of a registration form.</source>
        <translation>Een Excel-werkmap (.xlsx) of een CSV-bestand, bijvoorbeeld de export van een aanmeldformulier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file with the registrations</source>
        <translation>Het bestand met de aanmeldingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sheet</source>
        <translation>Werk&amp;blad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Registration lists (*.xlsx *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Aanmeldlijsten (*.xlsx *.csv *.txt *.tsv);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n row(s) below the header; columns separated by “%1”, text encoding %2.</source>
        <translation>
            <numerusform>%n rij onder de kopregel; kolommen gescheiden door “%1”, tekencodering %2.</numerusform>
            <numerusform>%n rijen onder de kopregel; kolommen gescheiden door “%1”, tekencodering %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) below the header.</source>
        <translation>
            <numerusform>%n rij onder de kopregel.</numerusform>
            <numerusform>%n rijen onder de kopregel.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sheet has no rows below its header.</source>
        <translation>Dit werkblad heeft geen rijen onder de kopregel.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location line="+143"/>
        <source>Import participants</source>
        <translation>Deelnemers importeren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name (full)</source>
        <translation>Naam (volledig)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infix (van, de…)</source>
        <translation>Tussenvoegsel (van, de…)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation(s)</source>
        <translation>Organisatie(s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perspective</source>
        <translation>Perspectief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to be named</source>
        <translation>Toestemming naamvermelding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table</source>
        <translation>Tafel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No name and no organisation: not imported.</source>
        <translation>Geen naam en geen organisatie: niet geïmporteerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same person as row %1: not imported.</source>
        <translation>Dezelfde persoon als rij %1: niet geïmporteerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the participant list: not imported.</source>
        <translation>Staat al in de deelnemerslijst: niet geïmporteerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown perspective “%1”: imported without perspective.</source>
        <translation>Onbekend perspectief “%1”: geïmporteerd zonder perspectief.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an e-mail address “%1”: imported without e-mail.</source>
        <translation>Geen e-mailadres “%1”: geïmporteerd zonder e-mailadres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent “%1” not understood: imported as not to be named.</source>
        <translation>Toestemming “%1” niet begrepen: geïmporteerd als niet bij naam te noemen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown table “%1”: imported without that seat.</source>
        <translation>Onbekende tafel “%1”: geïmporteerd zonder die tafel.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n participant(s) imported.</source>
        <translation>
            <numerusform>%n deelnemer geïmporteerd.</numerusform>
            <numerusform>%n deelnemers geïmporteerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+104"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Timer</source>
        <translation>Tijdklok</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;demo meeting</source>
        <translation>&amp;Demobijeenkomst openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;template…</source>
        <translation>Opslaan als &amp;sjabloon…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+64"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>&amp;Find in notes…</source>
        <translation>&amp;Zoeken in oogstpunten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Projector window</source>
        <translation>&amp;Projectorvenster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search panel</source>
        <translation>Zoekpaneel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Oogst</source>
        <translation>&amp;Over Oogst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every change is saved automatically.</source>
        <translation>Elke wijziging wordt automatisch opgeslagen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme tables</source>
        <translation>Thematafels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perspectives</source>
        <translation>Perspectieven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live capture</source>
        <translation>Live oogsten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plenary harvest</source>
        <translation>Plenaire oogst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action agenda</source>
        <translation>Actieagenda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seating plan</source>
        <translation>Tafelschikking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dot voting</source>
        <translation>Prioriteren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo %1</source>
        <translation>O&amp;pnieuw: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>All changes saved</source>
        <translation>Alles opgeslagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Oogst</source>
        <translation>Oogst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untitled event</source>
        <translation>Naamloze bijeenkomst</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot open the file</source>
        <translation>Bestand openen lukt niet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open an event</source>
        <translation>Bijeenkomst openen</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+7"/>
        <source>New event</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>“%1” exists already. Oogst never overwrites an event file; please choose another name.</source>
        <translation>“%1” bestaat al. Oogst overschrijft nooit een bijeenkomstbestand; kies een andere naam.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The event could not be created: %1</source>
        <translation>De bijeenkomst kon niet worden aangemaakt: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The demo meeting could not be made: its template is missing or broken (%1). You can still start a new event or open one.</source>
        <translation>De demobijeenkomst kon niet worden gemaakt: het sjabloon ontbreekt of is beschadigd (%1). Je kunt wel een nieuwe bijeenkomst beginnen of er een openen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+10"/>
        <source>Save as template</source>
        <translation>Opslaan als sjabloon</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Oogst templates (*.toml)</source>
        <translation>Oogst-sjablonen (*.toml)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Template saved: %1</source>
        <translation>Sjabloon opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No recent events</source>
        <translation>Geen recente bijeenkomsten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the list</source>
        <translation>Lijst wissen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Live capture is not available in this version.</source>
        <translation>Live oogsten is in deze versie niet beschikbaar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Oogst</source>
        <translation>Over Oogst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oogst helps facilitators prepare theme-table meetings, capture the harvest live and send out minutes and an action agenda.

Every change is saved in the event file at once; backups and the log are in %1.</source>
        <translation>Oogst helpt gespreksleiders thematafelbijeenkomsten voor te bereiden, de oogst live vast te leggen en het verslag en de actieagenda rond te sturen.

Elke wijziging wordt meteen in het bijeenkomstbestand opgeslagen; back-ups en het logboek staan in %1.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="-176"/>
        <source>Match the columns</source>
        <translation>Kolommen koppelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oogst guessed which column holds what. Check it against the preview below.</source>
        <translation>Oogst heeft geraden welke kolom wat bevat. Controleer dat aan de hand van het voorbeeld hieronder.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preview of the first rows as they will be imported</source>
        <translation>Voorbeeld van de eerste rijen zoals ze worden geïmporteerd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(not in the list)</source>
        <translation>(niet in de lijst)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Perspective</source>
        <translation>Perspectief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named</source>
        <translation>Bij naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tables</source>
        <translation>Tafels</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../ui/prep/new_event.py" line="+25"/>
        <source>New event</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (demo meeting, with its harvest)</source>
        <translation>%1 (demobijeenkomst, met oogst)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start from a template: it fills in the programme, rounds, tables and perspectives, which you can change afterwards.</source>
        <translation>Begin met een sjabloon: het vult het programma, de rondes, de tafels en de perspectieven in. Daarna kun je alles aanpassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next…</source>
        <translation>Volgende…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No templates were found in %1.</source>
        <translation>Er zijn geen sjablonen gevonden in %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save the new event as</source>
        <translation>Nieuwe bijeenkomst opslaan als</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Oogst events (*.oogst)</source>
        <translation>Oogst-bijeenkomsten (*.oogst)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/prep/participants.py" line="+25"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Separate several organisations with commas</source>
        <translation>Scheid meerdere organisaties met komma’s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perspective</source>
        <translation>Perspectief</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables</source>
        <translation>Tafels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seat people on the Theme tables page</source>
        <translation>Deelnemers zet je aan tafel op de pagina Thematafels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named</source>
        <translation>Bij naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May be named in the minutes</source>
        <translation>Mag bij naam in het verslag</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location line="+40"/>
        <source>Filter by name, organisation, function…</source>
        <translation>Filter op naam, organisatie, functie…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add participant</source>
        <translation>Deelnemer &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import registration list…</source>
        <translation>Aanmeldlijst &amp;importeren…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deelnemer</numerusform>
            <numerusform>%n deelnemers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New participant</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
</context>
<context>
    <name>PersonCombo</name>
    <message>
        <location filename="../../ui/prep/tables.py" line="+57"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
</context>
<context>
    <name>PerspectivesModel</name>
    <message>
        <location filename="../../ui/prep/perspectives.py" line="+29"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click to choose a colour</source>
        <translation>Dubbelklik om een kleur te kiezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key that tags a note with this perspective during live capture</source>
        <translation>De toets die een oogstpunt tijdens live oogsten dit perspectief geeft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Oogstpunten</translation>
    </message>
</context>
<context>
    <name>PerspectivesPage</name>
    <message>
        <location line="+28"/>
        <source>Perspectives are the stakeholder groups around the tables: citizens, municipalities, care organisations, insurers... Notes and participants are tagged with them, and the plenary harvest goes perspective by perspective.</source>
        <translation>Perspectieven zijn de groepen belanghebbenden aan tafel: inwoners, gemeenten, zorgorganisaties, verzekeraars… Oogstpunten en deelnemers krijgen een perspectief, en de plenaire oogst gaat perspectief voor perspectief.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add perspective</source>
        <translation>Perspectief &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Kleur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag rows or press Alt+Up/Down to change the order.</source>
        <translation>Sleep rijen of gebruik Alt+Omhoog/Omlaag om de volgorde te wijzigen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Colour of “%1”</source>
        <translation>Kleur van “%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New perspective</source>
        <translation>Nieuw perspectief</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="+43"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system (%1)</source>
        <translation>Zoals het systeem (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The interface switches language at once. Exports use the language set in each event&apos;s details.</source>
        <translation>De schermen wisselen meteen van taal. Exports gebruiken de taal die bij de gegevens van elke bijeenkomst is ingesteld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
</context>
<context>
    <name>Prep</name>
    <message>
        <location filename="../../ui/prep/common.py" line="+390"/>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <location filename="../../ui/prep/programme.py" line="+52"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers</source>
        <translation>Sprekers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location line="+22"/>
        <source>&amp;Add item</source>
        <translation>Onderdeel &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag rows or press Alt+Up/Down to change the order.</source>
        <translation>Sleep rijen of gebruik Alt+Omhoog/Omlaag om de volgorde te wijzigen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New item</source>
        <translation>Nieuw onderdeel</translation>
    </message>
</context>
<context>
    <name>QuestionTreeModel</name>
    <message>
        <location filename="../../ui/prep/questions.py" line="+42"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by (initiatives)</source>
        <translation>Ingebracht door (initiatieven)</translation>
    </message>
</context>
<context>
    <name>RoundQuestions</name>
    <message>
        <location line="+245"/>
        <source>Add round</source>
        <translation>Ronde toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New round question</source>
        <translation>Nieuwe rondevraag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q%1</source>
        <translation>V%1</translation>
    </message>
</context>
<context>
    <name>RoundQuestionsModel</name>
    <message>
        <location line="-60"/>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <location filename="../../ui/prep/new_event.py" line="+9"/>
        <source>Save as template</source>
        <translation>Opslaan als sjabloon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What kind of meeting is this template for?</source>
        <translation>Voor wat voor bijeenkomst is dit sjabloon bedoeld?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include the harvest (notes, actions, follow-up meetings)</source>
        <translation>Met de oogst (oogstpunten, actiepunten, vervolgbijeenkomsten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search_panel.py" line="+99"/>
        <source>Search all notes…</source>
        <translation>Zoek in alle oogstpunten…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Plenary</source>
        <translation>Plenair</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n note(s) found</source>
        <translation>
            <numerusform>%n oogstpunt gevonden</numerusform>
            <numerusform>%n oogstpunten gevonden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Table %1</source>
        <translation>Tafel %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/prep/start_page.py" line="+20"/>
        <source>Oogst</source>
        <translation>Oogst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepare theme-table meetings, capture the harvest live, and send out the minutes and the action agenda.</source>
        <translation>Bereid thematafelbijeenkomsten voor, leg de oogst live vast en stuur het verslag en de actieagenda rond.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New event from a template…</source>
        <translation>&amp;Nieuwe bijeenkomst met een sjabloon…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open an event file…</source>
        <translation>Bijeenkomstbestand &amp;openen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;demo meeting</source>
        <translation>&amp;Demobijeenkomst openen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recent events</source>
        <translation>Recente bijeenkomsten</translation>
    </message>
</context>
<context>
    <name>TableDetails</name>
    <message>
        <location filename="../../ui/prep/tables.py" line="+19"/>
        <source>The practice story that opens the table</source>
        <translation>Het praktijkverhaal waarmee de tafel opent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The initiative that brings the pitch</source>
        <translation>Het initiatief dat de pitch verzorgt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pitch</source>
        <translation>&amp;Pitch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host</source>
        <translation>Tafel&amp;voorzitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note-taker</source>
        <translation>Notulist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter participants…</source>
        <translation>Filter deelnemers…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participants at this table</source>
        <translation>Deelnemers aan deze tafel</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n seated</source>
        <translation>
            <numerusform>%n aan tafel</numerusform>
            <numerusform>%n aan tafel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TablesModel</name>
    <message>
        <location line="-142"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
</context>
<context>
    <name>TablesPage</name>
    <message>
        <location line="+172"/>
        <source>&amp;Add table</source>
        <translation>Tafel &amp;toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Theme tables</source>
        <translation>Thematafels</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rounds (all tables)</source>
        <translation>Rondes (alle tafels)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A table without rounds of its own follows the rounds for all tables.</source>
        <translation>Een tafel zonder eigen rondes volgt de rondes voor alle tafels.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Underlying questions</source>
        <translation>Onderliggende vragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rounds of this table</source>
        <translation>Rondes van deze tafel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table and participants</source>
        <translation>Tafel en deelnemers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the minutes</source>
        <translation>In het verslag</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>New theme</source>
        <translation>Nieuw thema</translation>
    </message>
</context>
<context>
    <name>UnderlyingQuestions</name>
    <message>
        <location filename="../../ui/prep/questions.py" line="-90"/>
        <source>Add &amp;question</source>
        <translation>&amp;Vraag toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;sub-question</source>
        <translation>&amp;Deelvraag toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>New question</source>
        <translation>Nieuwe vraag</translation>
    </message>
</context>
</TS>
