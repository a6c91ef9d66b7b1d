<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../ui/agenda_models.py" line="+139"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From note</source>
        <translation>Uit oogstpunt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(note deleted)</source>
        <translation>(oogstpunt verwijderd)</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../ui/actions_view.py" line="+100"/>
        <source>Action agenda</source>
        <translation>Actieagenda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New action: what is to be done? (Enter adds it)</source>
        <translation>Nieuw actiepunt: wat moet er gebeuren? (Enter voegt het toe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add action</source>
        <translation>Actiepunt toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete action</source>
        <translation>Actiepunt verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda order</source>
        <translation>Volgorde van de agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the sorting: show the actions in the agenda&apos;s own order</source>
        <translation>Sortering opheffen: de actiepunten in de eigen volgorde van de agenda tonen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter…</source>
        <translation>Filteren…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Follow-up meetings</source>
        <translation>Vervolgbijeenkomsten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New follow-up meeting: topic (Enter adds it; then set the date)</source>
        <translation>Nieuwe vervolgbijeenkomst: onderwerp (Enter voegt haar toe; vul daarna de datum in)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add meeting</source>
        <translation>Bijeenkomst toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete meeting</source>
        <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Action deleted. Ctrl+Z brings it back.</source>
        <translation>Actiepunt verwijderd. Ctrl+Z zet het terug.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} actions deleted. Ctrl+Z brings them back.</source>
        <translation>{count} actiepunten verwijderd. Ctrl+Z zet ze terug.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Follow-up meeting deleted. Ctrl+Z brings it back.</source>
        <translation>Vervolgbijeenkomst verwijderd. Ctrl+Z zet haar terug.</translation>
    </message>
</context>
<context>
    <name>AgendaAcrossDialog</name>
    <message>
        <location filename="../../ui/agenda_across_dialog.py" line="+37"/>
        <source>Agenda across meetings</source>
        <translation>Agenda over bijeenkomsten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add &amp;files…</source>
        <translation>&amp;Bestanden toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a f&amp;older…</source>
        <translation>&amp;Map toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Read the files</source>
        <translation>Bestanden &amp;lezen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel reading</source>
        <translation>Lezen stoppen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>any level</source>
        <translation>elk niveau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>O&amp;wner</source>
        <translation>&amp;Eigenaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation (owner or p&amp;artner)</source>
        <translation>Organisatie (eigenaar of &amp;partner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due from</source>
        <translation>&amp;Datum vanaf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;PDF…</source>
        <translation>PDF e&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Excel…</source>
        <translation>Excel-&amp;werkmap exporteren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Word…</source>
        <translation>Wor&amp;d-document exporteren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One per organi&amp;sation…</source>
        <translation>Eén per &amp;organisatie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Event files and folders (the .oogst files in them):</source>
        <translation>Bijeenkomstbestanden en mappen (de .oogst-bestanden erin):</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Event files</source>
        <translation>Bijeenkomstbestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oogst events (*.oogst)</source>
        <translation>Oogst-bijeenkomsten (*.oogst)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A folder of event files</source>
        <translation>Een map met bijeenkomstbestanden</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Stopped: no file was changed or half-written.</source>
        <translation>Gestopt: geen bestand is gewijzigd of half geschreven.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 meetings read, %2 actions shown.</source>
        <translation>%1 bijeenkomsten gelezen, %2 actiepunten getoond.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped:</source>
        <translation>Overgeslagen:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Action agenda across meetings</source>
        <translation>Actieagenda over bijeenkomsten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the agenda</source>
        <translation>De agenda exporteren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Folder for the agendas</source>
        <translation>Map voor de agenda&apos;s</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Written: %1</source>
        <translation>Geschreven: %1</translation>
    </message>
</context>
<context>
    <name>BlocksEditor</name>
    <message>
        <location filename="../../ui/prep/blocks.py" line="+30"/>
        <source>Table hea&amp;ding:</source>
        <translation>Kop van &amp;de tafel:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sections of this table in the minutes. Untick what the table did not use; change the order with the buttons or Alt+Up/Down.</source>
        <translation>De onderdelen van deze tafel in het verslag. Vink uit wat de tafel niet gebruikte; wijzig de volgorde met de knoppen of Alt+Omhoog/Omlaag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;up</source>
        <translation>Omh&amp;oog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move do&amp;wn</source>
        <translation>Oml&amp;aag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Own headin&amp;g in the minutes:</source>
        <translation>Eigen &amp;kop in het verslag:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty: no heading for this section</source>
        <translation>leeg: geen kop voor dit onderdeel</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <translation>Tafelhost en notulist</translation>
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
    <message>
        <location line="+8"/>
        <source>%1: “%2”</source>
        <translation>%1: „%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (no heading)</source>
        <translation>%1 (geen kop)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The table&apos;s heading in the minutes as you type it; empty: the heading shown in grey</source>
        <translation>De kop van de tafel in het verslag zoals u die typt; leeg: de kop die grijs wordt getoond</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <location filename="../../ui/capture/bar.py" line="+70"/>
        <source>Speaker/party:</source>
        <translation>Spreker/partij:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>participant or e.g. Zorgverzekeraar</source>
        <translation>deelnemer of bijv. Zorgverzekeraar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep the kind for the next notes too (Alt+Shift+K). When off, the kind goes back to {point} after each note.</source>
        <translation>Soort vasthouden voor de volgende oogstpunten (Alt+Shift+K). Uit: na elk oogstpunt gaat de soort terug naar {point}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the speaker for the next notes too (Alt+Shift+S). When off, the speaker field is emptied after each note.</source>
        <translation>Spreker vasthouden voor de volgende oogstpunten (Alt+Shift+S). Uit: na elk oogstpunt wordt het sprekerveld leeggemaakt.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Keep</source>
        <translation>Vast</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>No perspective has the shortcut Ctrl+{key}.</source>
        <translation>Geen enkel perspectief heeft de sneltoets Ctrl+{key}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This meeting has no perspectives yet.</source>
        <translation>Deze bijeenkomst heeft nog geen perspectieven.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Dilemma: A versus B</source>
        <translation>Dilemma: A versus B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote: the words as they were said</source>
        <translation>Citaat: de woorden zoals ze gezegd zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a note and press Enter</source>
        <translation>Typ een oogstpunt en druk op Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter: save</source>
        <translation>Enter: opslaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+digit: perspective</source>
        <translation>Ctrl+cijfer: perspectief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+letter: kind</source>
        <translation>Alt+letter: soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+S: speaker</source>
        <translation>Alt+S: spreker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Shift+K / Alt+Shift+S: keep kind / speaker</source>
        <translation>Alt+Shift+K / Alt+Shift+S: soort / spreker vasthouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Shift+P: all perspectives</source>
        <translation>Alt+Shift+P: alle perspectieven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab / Shift+Tab: nest / un-nest</source>
        <translation>Tab / Shift+Tab: inspringen / terugspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↑ on an empty field: the notes</source>
        <translation>↑ in een leeg veld: naar de oogstpunten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc: back here</source>
        <translation>Esc: terug naar dit veld</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no previous note to nest under.</source>
        <translation>Er is geen vorig oogstpunt om dit onder te hangen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Next note goes under: {note}  (Shift+Tab: back up)</source>
        <translation>Volgend oogstpunt komt onder: {note}  (Shift+Tab: niveau terug)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>saved</source>
        <translation>opgeslagen</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <location filename="../../ui/capture/view.py" line="+56"/>
        <source>&amp;Table:</source>
        <translation>&amp;Tafel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Round:</source>
        <translation>&amp;Ronde:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No notes in this round yet. Type in the field above and press Enter.</source>
        <translation>Nog geen oogstpunten in deze ronde. Typ in het veld hierboven en druk op Enter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This event has no theme tables yet. Add them under Theme tables; then capture the harvest here.</source>
        <translation>Deze bijeenkomst heeft nog geen thematafels. Voeg ze toe onder Thematafels; daarna legt u hier de oogst vast.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Table {number}: {theme}</source>
        <translation>Tafel {number}: {theme}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>General (no round)</source>
        <translation>Algemeen (geen ronde)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Round {label}: {text} ({minutes} min)</source>
        <translation>Ronde {label}: {text} ({minutes} min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round {label}: {text}</source>
        <translation>Ronde {label}: {text}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Question {label}: {text}</source>
        <translation>Vraag {label}: {text}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Round {label}</source>
        <translation>Ronde {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} minutes</source>
        <translation>{minutes} minuten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes of this table outside the rounds</source>
        <translation>Oogstpunten van deze tafel buiten de rondes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pitch: {pitch}</source>
        <translation>Pitch: {pitch}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host: {name}</source>
        <translation>Tafelhost: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes: {name}</source>
        <translation>Notulist: {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 note in this round</source>
        <translation>1 oogstpunt in deze ronde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} notes in this round</source>
        <translation>{count} oogstpunten in deze ronde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 general note</source>
        <translation>1 algemeen oogstpunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} general notes</source>
        <translation>{count} algemene oogstpunten</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+275"/>
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
        <location line="+24"/>
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
        <location line="+18"/>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The import did not succeed: %1</source>
        <translation>Het importeren is niet gelukt: %1</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/widgets.py" line="+136"/>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove the date (Delete)</source>
        <translation>Datum weghalen (Delete)</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/prep/participants.py" line="+203"/>
        <source>Erase personal data</source>
        <translation>Persoonsgegevens wissen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase %1 for good: name, e-mail address, organisations and function, seats and table roles, from this file and from all its backups. Where their full name or e-mail address was typed in other notes, the programme, actions or captions, it is replaced by &quot;[name removed]&quot;. This cannot be undone.</source>
        <translation>%1 voorgoed wissen: naam, e-mailadres, organisaties en functie, plaatsen en tafelrollen, uit dit bestand en uit alle back-ups ervan. Waar de volledige naam of het e-mailadres in andere oogstpunten, het programma, actiepunten of bijschriften is getypt, wordt die vervangen door &quot;[naam verwijderd]&quot;. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this participant</source>
        <translation>deze deelnemer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: %1</source>
        <translation>Oogstpunt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action: %1</source>
        <translation>Actiepunt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also remove these notes they spoke and actions they own (Space ticks or unticks):</source>
        <translation>Ook deze oogstpunten van deze persoon en actiepunten op diens naam verwijderen (spatie vinkt aan of uit):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Definitief wissen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Erasing…</source>
        <translation>Bezig met wissen…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+100"/>
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
        <source>“%1” was changed outside Oogst</source>
        <translation>“%1” is buiten Oogst om veranderd</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+2"/>
        <source>Its name ends in .oogst, but inside it is not an event Oogst made: it is empty, cut off during a copy, or another program&apos;s file. Ask whoever sent it for the file again.</source>
        <translation>De naam eindigt op .oogst, maar het is geen bijeenkomst die Oogst gemaakt heeft: het bestand is leeg, bij het kopiëren afgebroken, of van een ander programma. Vraag de afzender het bestand opnieuw te sturen.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+12"/>
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
    <name>EventBridge</name>
    <message>
        <location filename="../../ui/bridge.py" line="+162"/>
        <source>Undone: {operation}</source>
        <translation>Ongedaan gemaakt: {operation}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redone: {operation}</source>
        <translation>Opnieuw gedaan: {operation}</translation>
    </message>
</context>
<context>
    <name>EventDetailsForm</name>
    <message>
        <location filename="../../ui/prep/programme.py" line="+27"/>
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
        <source>Ve&amp;nue</source>
        <translation>Lo&amp;catie</translation>
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
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="+96"/>
        <location line="+96"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>What to export</source>
        <translation>Wat exporteren</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+5"/>
        <source>Not issued (only the files)</source>
        <translation>Niet uitgeven (alleen de bestanden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+242"/>
        <source>Concept v%1, for corrections</source>
        <translation>Concept v%1, voor correcties</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+241"/>
        <source>Definitief v%1, with the changes since</source>
        <translation>Definitief v%1, met de wijzigingen sindsdien</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Issuing records the version&apos;s date and notes in the file; a later version lists what changed since.</source>
        <translation>Uitgeven legt de datum en de oogstpunten van de versie vast in het bestand; een latere versie somt op wat er sindsdien veranderde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue as:</source>
        <translation>Uitgeven als:</translation>
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
        <location line="+2"/>
        <source>Leave out round questions without notes</source>
        <translation>Rondevragen zonder oogstpunten weglaten</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+10"/>
        <source>Check before sending</source>
        <translation>Controleren vóór verzenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export anyway</source>
        <translation>Toch exporteren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export to folder</source>
        <translation>Exporteren naar map</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing chosen.</source>
        <translation>Niets gekozen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Check the names that will be replaced, then choose Export anyway or Back.</source>
        <translation>Controleer de namen die vervangen worden en kies dan Toch exporteren of Terug.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelling…</source>
        <translation>Bezig met afbreken…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Written to %1:
%2</source>
        <translation>Geschreven naar %1:
%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issued as %1 v%2; the file keeps its date and notes.</source>
        <translation>Uitgegeven als %1 v%2; het bestand bewaart de datum en de oogstpunten.</translation>
    </message>
    <message>
        <location line="+31"/>
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
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="-288"/>
        <location line="+37"/>
        <source>Choose the registration list</source>
        <translation>Kies de aanmeldlijst</translation>
    </message>
    <message>
        <location line="-36"/>
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
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sheet</source>
        <translation>&amp;Werkblad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registration lists (*.xlsx *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Aanmeldlijsten (*.xlsx *.csv *.txt *.tsv);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
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
        <location line="-41"/>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../ui/agenda_models.py" line="+95"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organiser</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no date yet</source>
        <translation>nog geen datum</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../ui/handout_dialog.py" line="+30"/>
        <location line="+31"/>
        <source>Hand out</source>
        <translation>Uitdelen</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>One copy of the whole event per table, for each note-taker&apos;s laptop. Merge the copies back afterwards with File &gt; Merge.</source>
        <translation>Eén kopie van de hele bijeenkomst per tafel, voor de laptop van elke notulist. Voeg de kopieën daarna weer samen met Bestand &gt; Samenvoegen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Folder for the copies</source>
        <translation>Map voor de kopieën</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n copy/copies written:</source>
        <translation>
            <numerusform>%n kopie geschreven:</numerusform>
            <numerusform>%n kopieën geschreven:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n copy/copies handed out.</source>
        <translation>
            <numerusform>%n kopie uitgedeeld.</numerusform>
            <numerusform>%n kopieën uitgedeeld.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/help_menu.py" line="+57"/>
        <source>&amp;Quick guide</source>
        <translation>&amp;Beknopte handleiding</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+238"/>
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
    <message numerus="yes">
        <location line="+46"/>
        <source>%n participant(s) imported.</source>
        <translation>
            <numerusform>%n deelnemer geïmporteerd.</numerusform>
            <numerusform>%n deelnemers geïmporteerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KindToggles</name>
    <message>
        <location filename="../../ui/capture/tagbar.py" line="+191"/>
        <source>Kind of the next note: {kind} (Alt+{key})</source>
        <translation>Soort van het volgende oogstpunt: {kind} (Alt+{key})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+92"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Timer</source>
        <translation>Tijdklok</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+6"/>
        <source>&amp;Hand out…</source>
        <translation>&amp;Uitdelen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Samenvoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge con&amp;flicts…</source>
        <translation>Samenvoegcon&amp;flicten…</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <translation>B&amp;ewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+57"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location line="-55"/>
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
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+2"/>
        <source>&amp;About Oogst</source>
        <translation>&amp;Over Oogst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (every change is saved at once)</source>
        <translation>Opslaan (elke wijziging wordt meteen opgeslagen)</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Every change is saved automatically.</source>
        <translation>Elke wijziging wordt automatisch opgeslagen.</translation>
    </message>
    <message>
        <location line="+133"/>
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
        <location line="+0"/>
        <source>Action review</source>
        <translation>Actiebespreking</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo %1</source>
        <translation>O&amp;pnieuw: %1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Typing… (kept in a moment)</source>
        <translation>Aan het typen… (zo bewaard)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Done: {operation}. Ctrl+Z brings it back.</source>
        <translation>Gedaan: {operation}. Ctrl+Z zet het terug.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+32"/>
        <source>Cannot open the file</source>
        <translation>Bestand openen lukt niet</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Risky location</source>
        <translation>Riskante plek</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open an event</source>
        <translation>Bijeenkomst openen</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+19"/>
        <source>The demo meeting could not be made: its template is missing or broken (%1). You can still start a new event or open one.</source>
        <translation>De demobijeenkomst kon niet worden gemaakt: het sjabloon ontbreekt of is beschadigd (%1). Je kunt wel een nieuwe bijeenkomst beginnen of er een openen.</translation>
    </message>
    <message>
        <location filename="../../ui/prep/new_event.py" line="+218"/>
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
        <location line="+12"/>
        <source>Template saved: %1</source>
        <translation>Sjabloon opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+35"/>
        <source>No recent events</source>
        <translation>Geen recente bijeenkomsten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the list</source>
        <translation>Lijst wissen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>About Oogst</source>
        <translation>Over Oogst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oogst helps facilitators prepare theme-table meetings, capture the harvest live and send out minutes and an action agenda.

Every change is saved in the event file at once; backups and the log are in %1.</source>
        <translation>Oogst helpt gespreksleiders thematafelbijeenkomsten voor te bereiden, de oogst live vast te leggen en het verslag en de actieagenda rond te sturen.

Elke wijziging wordt meteen in het bijeenkomstbestand opgeslagen; back-ups en het logboek staan in %1.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="-230"/>
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
        <location line="+20"/>
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
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/merge_dialog.py" line="+36"/>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge conflicts</source>
        <translation>Samenvoegconflicten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Other versions kept on items (a change made on two laptops; the later one is on the item):</source>
        <translation>Andere versies bewaard bij items (een wijziging op twee laptops; de latere staat bij het item):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Use this version</source>
        <translation>Deze versie &amp;gebruiken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Drop it</source>
        <translation>&amp;Laten vallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show the note</source>
        <translation>&amp;Notitie tonen</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Merging %n copy/copies…</source>
        <translation>
            <numerusform>%n kopie samenvoegen…</numerusform>
            <numerusform>%n kopieën samenvoegen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n copy/copies merged.</source>
        <translation>
            <numerusform>%n kopie samengevoegd.</numerusform>
            <numerusform>%n kopieën samengevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The merge was stopped; nothing was changed.</source>
        <translation>Het samenvoegen is gestopt; er is niets veranderd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 “%2”: deleted on another laptop</source>
        <translation>%1 “%2”: op een andere laptop verwijderd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 “%2”, %3: now “%4”, other version “%5”</source>
        <translation>%1 “%2”, %3: nu “%4”, andere versie “%5”</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Hand-out copies to merge</source>
        <translation>Uitgedeelde kopieën om samen te voegen</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../ui/prep/new_event.py" line="-203"/>
        <source>New event</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Blank meeting</source>
        <translation>Lege bijeenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No programme, tables or perspectives yet: you add them.</source>
        <translation>Nog geen programma, tafels of perspectieven: die voegt u zelf toe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (demo meeting, with its harvest)</source>
        <translation>%1 (demobijeenkomst, met oogst)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Follow-up meeting</source>
        <translation>Vervolgbijeenkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continues the open meeting (or one you choose when none is open): its programme, tables and perspectives, and its open actions carried in for review.</source>
        <translation>Gaat verder waar de open bijeenkomst ophield (of een die u kiest als er geen open is): het programma, de tafels en perspectieven, en de open actiepunten om te bespreken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start from a template: it fills in the programme, rounds, tables and perspectives, which you can change afterwards. Or start with a blank meeting.</source>
        <translation>Begin met een sjabloon: dat vult het programma, de rondes, tafels en perspectieven in, die u daarna kunt aanpassen. Of begin met een lege bijeenkomst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next…</source>
        <translation>Volgende…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No templates were found in %1.</source>
        <translation>Er zijn geen sjablonen gevonden in %1.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Save the new event as</source>
        <translation>Nieuwe bijeenkomst opslaan als</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New meeting</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” exists already. Oogst never overwrites an event file; please choose another name.</source>
        <translation>“%1” bestaat al. Oogst overschrijft nooit een bijeenkomstbestand; kies een andere naam.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The event could not be created: %1</source>
        <translation>De bijeenkomst kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Oogst events (*.oogst)</source>
        <translation>Oogst-bijeenkomsten (*.oogst)</translation>
    </message>
</context>
<context>
    <name>NoteConflicts</name>
    <message>
        <location filename="../../ui/note_conflicts.py" line="+54"/>
        <source>Context menu (right-click or the Menu key): use or drop it.</source>
        <translation>Contextmenu (rechtsklik of de Menutoets): gebruiken of laten vallen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use the other version: %1</source>
        <translation>De andere versie gebruiken: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop the other version: %1</source>
        <translation>De andere versie laten vallen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other versions of this note…</source>
        <translation>Andere versies van dit oogstpunt…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted on another laptop (kept by a merge)</source>
        <translation>Verwijderd op een andere laptop (bewaard bij het samenvoegen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other version (kept by a merge): “%1”</source>
        <translation>Andere versie (bewaard bij het samenvoegen): “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other %1 (kept by a merge): “%2”</source>
        <translation>Andere %1 (bewaard bij het samenvoegen): “%2”</translation>
    </message>
</context>
<context>
    <name>NoteTreeModel</name>
    <message>
        <location filename="../../ui/note_models.py" line="+225"/>
        <source>Note</source>
        <translation>Oogstpunt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Perspective</source>
        <translation>Perspectief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
</context>
<context>
    <name>NoteTreeView</name>
    <message>
        <location filename="../../ui/capture/note_tree.py" line="+192"/>
        <source>Make action</source>
        <translation>Actiepunt maken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit text</source>
        <translation>Tekst bewerken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key point</source>
        <translation>Kernpunt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a vote</source>
        <translation>Stem erbij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a vote away</source>
        <translation>Stem eraf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nest under previous note</source>
        <translation>Onder vorig oogstpunt hangen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move one level up</source>
        <translation>Eén niveau terug</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note&apos;s context menu</source>
        <translation>Het contextmenu van het oogstpunt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Perspective</source>
        <translation>Perspectief</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No perspective</source>
        <translation>Geen perspectief</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Added to the action agenda: {what}</source>
        <translation>Toegevoegd aan de actieagenda: {what}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There is no previous note to nest under.</source>
        <translation>Er is geen vorig oogstpunt om dit onder te hangen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Deleted. Ctrl+Z brings it back.</source>
        <translation>Verwijderd. Ctrl+Z zet het terug.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} notes deleted. Ctrl+Z brings them back.</source>
        <translation>{count} oogstpunten verwijderd. Ctrl+Z zet ze terug.</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/prep/participants.py" line="-229"/>
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
    <message>
        <location line="+1"/>
        <source>In the minutes as</source>
        <translation>In het verslag als</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The line a table&apos;s participant list prints, as you type it (empty: name (organisation, function)); never printed when names are left out</source>
        <translation>De regel die de deelnemerslijst van een tafel afdrukt, zoals u die typt (leeg: naam (organisatie, functie)); nooit afgedrukt als namen worden weggelaten</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location line="+42"/>
        <source>Filter by name, organisation, function…</source>
        <translation>Filter op naam, organisatie, functie…</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>E&amp;rase personal data…</source>
        <translation>&amp;Persoonsgegevens wissen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase personal data…</source>
        <translation>Persoonsgegevens wissen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import registration list…</source>
        <translation>Aanmeldlijst &amp;importeren…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deelnemer</numerusform>
            <numerusform>%n deelnemers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n participant(s)</source>
        <translation>
            <numerusform>%1 van %n deelnemer</numerusform>
            <numerusform>%1 van %n deelnemers</numerusform>
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
        <location filename="../../ui/prep/tables.py" line="+61"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
</context>
<context>
    <name>PerspectiveChips</name>
    <message>
        <location filename="../../ui/capture/tagbar.py" line="-93"/>
        <source>All perspectives, also those without a Ctrl+digit key (Alt+Shift+P)</source>
        <translation>Alle perspectieven, ook die zonder Ctrl+cijfer-sneltoets (Alt+Shift+P)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Perspective of the next note: {name} (Ctrl+{key}; press again to clear)</source>
        <translation>Perspectief van het volgende oogstpunt: {name} (Ctrl+{key}; nogmaals om te wissen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Perspective of the next note: {name} (Alt+Shift+P, then {key})</source>
        <translation>Perspectief van het volgende oogstpunt: {name} (Alt+Shift+P, dan {key})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Perspective of the next note: {name}</source>
        <translation>Perspectief van het volgende oogstpunt: {name}</translation>
    </message>
</context>
<context>
    <name>PerspectiveSection</name>
    <message>
        <location filename="../../ui/plenary_view.py" line="+50"/>
        <source>No perspective</source>
        <translation>Geen perspectief</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing yet</source>
        <translation>Nog niets</translation>
    </message>
</context>
<context>
    <name>PerspectivesModel</name>
    <message>
        <location filename="../../ui/prep/perspectives.py" line="+33"/>
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
        <location line="+24"/>
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
        <location line="+33"/>
        <source>Colour of “%1”</source>
        <translation>Kleur van “%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is hard to see on a light or a dark screen (less than 3:1); the first colours of the colour dialog all read well.</source>
        <translation>“%1” is slecht te zien op een licht of een donker scherm (minder dan 3:1); de eerste kleuren in het kleurenvenster zijn allemaal goed leesbaar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New perspective</source>
        <translation>Nieuw perspectief</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../ui/photos.py" line="+59"/>
        <source>Photos of flip charts</source>
        <translation>Foto&apos;s van flappen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add photo…</source>
        <translation>Foto toevoegen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop photos of flip charts anywhere on this page.</source>
        <translation>Sleep foto&apos;s van flappen naar een willekeurige plek op deze pagina.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Round: {round}</source>
        <translation>Ronde: {round}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add photos of flip charts</source>
        <translation>Foto&apos;s van flappen toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a table first.</source>
        <translation>Kies eerst een tafel.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Photo added.</source>
        <translation>Foto toegevoegd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} photos added.</source>
        <translation>{count} foto&apos;s toegevoegd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a file.</source>
        <translation>{name} is geen bestand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is too large (more than 50 MB).</source>
        <translation>{name} is te groot (meer dan 50 MB).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>{name} is not a picture (PNG, JPEG, GIF, WebP or BMP).</source>
        <translation>{name} is geen afbeelding (PNG, JPEG, GIF, WebP of BMP).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Photo deleted. Ctrl+Z brings it back.</source>
        <translation>Foto verwijderd. Ctrl+Z zet hem terug.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit caption</source>
        <translation>Bijschrift bewerken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete photo</source>
        <translation>Foto verwijderen</translation>
    </message>
</context>
<context>
    <name>PlenaryView</name>
    <message>
        <location filename="../../ui/plenary_view.py" line="+60"/>
        <source>P&amp;lenary:</source>
        <translation>P&amp;lenair:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Q&amp;uestion:</source>
        <translation>&amp;Vraag:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The programme has no plenary part yet. Add a programme item of the kind &apos;plenary&apos; to harvest per perspective here.</source>
        <translation>Het programma heeft nog geen plenair deel. Voeg een programmaonderdeel van de soort &apos;plenair&apos; toe om hier per perspectief te oogsten.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Plenary</source>
        <translation>Plenair</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(no question)</source>
        <translation>(geen vraag)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Plenary harvest</source>
        <translation>Plenaire oogst</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Next note: no perspective (Ctrl+digit or a click on a section chooses one)</source>
        <translation>Volgend oogstpunt: geen perspectief (kies met Ctrl+cijfer of een klik op een vak)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next note goes to: {perspective}</source>
        <translation>Volgend oogstpunt gaat naar: {perspective}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="+91"/>
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
        <location line="+6"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When you open an event held longer ago, Oogst offers to erase the personal data of all its participants (names, e-mail addresses, organisations), in the file and in its backups.</source>
        <translation>Als u een bijeenkomst opent die langer geleden is, biedt Oogst aan de persoonsgegevens van alle deelnemers (namen, e-mailadressen, organisaties) te wissen, in het bestand en in de back-ups.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Erase personal data of meetings older than</source>
        <translation>Persoonsgegevens &amp;wissen van bijeenkomsten ouder dan</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <location filename="../../ui/prep/programme.py" line="+51"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <message>
        <location line="+26"/>
        <source>Starts before “%1” above it (%2)</source>
        <translation>Begint vóór “%1” erboven (%2)</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location line="+28"/>
        <source>&amp;Add item</source>
        <translation>Onderdeel toe&amp;voegen</translation>
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
        <location line="+9"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New item</source>
        <translation>Nieuw onderdeel</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector.py" line="+63"/>
        <source>Oogst – projector</source>
        <translation>Oogst – projector</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Full screen</source>
        <translation>Volledig scherm</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>Leave full screen</source>
        <translation>Volledig scherm verlaten</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Next harvest wall</source>
        <translation>Volgende oogstmuur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open/close projector</source>
        <translation>Projector openen/sluiten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keys of the projector window:</source>
        <translation>Toetsen van het projectorvenster:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Right-click for the menu.</source>
        <translation>Klik met rechts voor het menu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close projector</source>
        <translation>Projector sluiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No harvest wall</source>
        <translation>Geen oogstmuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes of the current programme item</source>
        <translation>Oogst van het huidige programmaonderdeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+127"/>
        <source>Plenary harvest</source>
        <translation>Plenaire oogst</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+130"/>
        <source>Table %1: %2</source>
        <translation>Tafel %1: %2</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Harvest wall</source>
        <translation>Oogstmuur</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%1 · all tables</source>
        <translation>%1 · alle tafels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Latest notes</source>
        <translation>Nieuwste oogst</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current time</source>
        <translation>Huidige tijd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · round %2 of %3</source>
        <translation>%1 · ronde %2 van %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Round 1 starts in %1</source>
        <translation>Ronde 1 begint over %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 left</source>
        <translation>%1: nog %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last minutes</source>
        <translation>Laatste minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time is up</source>
        <translation>De tijd is om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed</source>
        <translation>Verstreken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drag this window to the projector screen and press F11 · Esc closes · right-click for all keys</source>
        <translation>Sleep dit venster naar het projectorscherm en druk op F11 · Esc sluit · klik met rechts voor alle toetsen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: %1</source>
        <translation>Hierna: %1</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>No notes yet</source>
        <translation>Nog geen oogst</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <location filename="../../ui/seating_quality.py" line="+51"/>
        <source>Quality of the plan</source>
        <translation>Kwaliteit van de schikking</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This plan</source>
        <translation>Deze schikking</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Random</source>
        <translation>Willekeurig</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Perspectives per table and round (mean)</source>
        <translation>Perspectieven per tafel en ronde (gemiddeld)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perspectives per table and round (minimum)</source>
        <translation>Perspectieven per tafel en ronde (minimaal)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New perspectives heard per person</source>
        <translation>Nieuwe perspectieven gehoord per persoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Different people met per person</source>
        <translation>Verschillende mensen ontmoet per persoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeated encounters</source>
        <translation>Herhaalde ontmoetingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleagues at one table</source>
        <translation>Collega’s aan één tafel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return visits to a table</source>
        <translation>Terugkeer naar een tafel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Higher is better for the first four measures, lower for the others. Random: the mean of {count} random seatings of the same people, with the hosts kept and the table sizes balanced. Bold green: the plan does better.</source>
        <translation>Bij de eerste vier maten is hoger beter, bij de andere lager. Willekeurig: het gemiddelde van {count} willekeurige schikkingen van dezelfde mensen, met dezelfde tafelhosts en even grote tafels. Vet groen: de schikking doet het beter.</translation>
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
    <name>QuickGuide</name>
    <message>
        <location filename="../../ui/help_menu.py" line="-29"/>
        <source>Quick guide</source>
        <translation>Beknopte handleiding</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../ui/review_view.py" line="+36"/>
        <source>The actions carried in from the previous meeting. Choose the status (Ctrl+1 to Ctrl+4), write what happened since and press Enter: it is saved and the next action follows.</source>
        <translation>De actiepunten uit de vorige bijeenkomst. Kies de status (Ctrl+1 tot en met Ctrl+4), schrijf wat er sindsdien gebeurde en druk op Enter: het wordt bewaard en het volgende actiepunt komt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No actions were carried into this meeting. A follow-up meeting made with File &gt; New follow-up meeting brings the open actions of the earlier one.</source>
        <translation>Er zijn geen actiepunten meegenomen in deze bijeenkomst. Een vervolgbijeenkomst, gemaakt met Bestand &gt; Nieuwe vervolgbijeenkomst, neemt de open actiepunten van de eerdere mee.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What happened since the previous meeting?</source>
        <translation>Wat is er sinds de vorige bijeenkomst gebeurd?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save and &amp;next</source>
        <translation>Opslaan en &amp;volgende</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreed:</source>
        <translation>Afgesproken:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier:</source>
        <translation>Eerder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened &amp;since</source>
        <translation>Wat er &amp;sindsdien gebeurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;due date</source>
        <translation>Nieuwe &amp;datum</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>by %1</source>
        <translation>vóór %1</translation>
    </message>
</context>
<context>
    <name>RoundQuestions</name>
    <message>
        <location filename="../../ui/prep/questions.py" line="+246"/>
        <source>Add r&amp;ound to this table</source>
        <translation>R&amp;onde voor deze tafel toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;round for all tables</source>
        <translation>&amp;Ronde voor alle tafels toevoegen</translation>
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
        <location line="-61"/>
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
    <name>Runner</name>
    <message>
        <location filename="../../ui/runner.py" line="+95"/>
        <source>Something unexpected went wrong (%1); the event file is safe. The details are in the log.</source>
        <translation>Er ging iets onverwachts mis (%1); het bijeenkomstbestand is veilig. De details staan in het logbestand.</translation>
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
        <location filename="../../ui/search_panel.py" line="+105"/>
        <source>Search all notes…</source>
        <translation>Zoek in alle oogstpunten…</translation>
    </message>
    <message>
        <location line="+53"/>
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
    <name>SeatingGrid</name>
    <message>
        <location filename="../../ui/seating_grid.py" line="+210"/>
        <source>Table</source>
        <translation>Tafel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round {number}</source>
        <translation>Ronde {number}</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Table {number}</source>
        <translation>Tafel {number}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 perspective</source>
        <translation>1 perspectief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} perspectives</source>
        <translation>{count} perspectieven</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{name} (host)</source>
        <translation>{name} (tafelhost)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No perspective</source>
        <translation>Geen perspectief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host: stays at this table in every round</source>
        <translation>Tafelhost: blijft alle rondes aan deze tafel</translation>
    </message>
</context>
<context>
    <name>SeatingView</name>
    <message>
        <location filename="../../ui/seating_view.py" line="+73"/>
        <source>&amp;Rounds:</source>
        <translation>&amp;Rondes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+151"/>
        <source>Make seating plan</source>
        <translation>Tafelschikking maken</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove plan</source>
        <translation>Schikking wissen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag a name to another table in the same round, or right-click it. Hosts stay at their table.</source>
        <translation>Sleep een naam naar een andere tafel in dezelfde ronde, of klik er met rechts op. Tafelhosts blijven aan hun tafel.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>This event has no theme tables yet. Add tables and seat the participants at them; then make a seating plan here.</source>
        <translation>Deze bijeenkomst heeft nog geen thematafels. Voeg tafels toe en deel de deelnemers in; maak daarna hier een tafelschikking.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No seating plan yet. Choose the number of rounds and press “Make seating plan”: hosts stay at their table, the others change tables so that every table hears as many perspectives as possible.</source>
        <translation>Nog geen tafelschikking. Kies het aantal rondes en druk op ‘Tafelschikking maken’: tafelhosts blijven aan hun tafel, de anderen wisselen van tafel, zodat elke tafel zoveel mogelijk perspectieven hoort.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>…and {count} more.</source>
        <translation>…en nog {count}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan no longer matches the tables (people or hosts changed since it was made). Make a new plan, or adjust it by hand:</source>
        <translation>De schikking past niet meer bij de tafels (er zijn sindsdien deelnemers of tafelhosts veranderd). Maak een nieuwe schikking, of pas hem met de hand aan:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} is not in the plan.</source>
        <translation>{name} staat niet in de schikking.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is in the plan but no longer seated at a table.</source>
        <translation>{name} staat in de schikking, maar is niet meer bij een tafel ingedeeld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} hosts table {table} but does not sit there in round {round}.</source>
        <translation>{name} is tafelhost van tafel {table}, maar zit daar niet in ronde {round}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round {round}: the tables are no longer the same size.</source>
        <translation>Ronde {round}: de tafels zijn niet meer even groot.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make a new seating plan</source>
        <translation>Nieuwe tafelschikking maken</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Making the seating plan…</source>
        <translation>De tafelschikking wordt gemaakt…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Seating plan made: {mean} perspectives per table on average (random seating: {random}), {repeats} repeated encounters (random: {random_repeats}).</source>
        <translation>Tafelschikking gemaakt: gemiddeld {mean} perspectieven per tafel (willekeurig: {random}), {repeats} herhaalde ontmoetingen (willekeurig: {random_repeats}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} now sits at table {table} in round {round}.</source>
        <translation>{name} zit nu in ronde {round} aan tafel {table}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} moves to table {table} to keep the tables balanced.</source>
        <translation>{name} gaat naar tafel {table}, zodat de tafels even groot blijven.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Move to table {number}: {theme}</source>
        <translation>Verplaatsen naar tafel {number}: {theme}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Writing the seating plan…</source>
        <translation>De tafelschikking wordt weggeschreven…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Seating plan written to {path}</source>
        <translation>Tafelschikking opgeslagen in {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} - seating plan.pdf</source>
        <translation>{name} - tafelschikking.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print seating plan</source>
        <translation>Tafelschikking afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SeriesMenu</name>
    <message>
        <location filename="../../ui/series_menu.py" line="+22"/>
        <source>New &amp;follow-up meeting…</source>
        <translation>Nieuwe &amp;vervolgbijeenkomst…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;genda across meetings…</source>
        <translation>Actieagenda over &amp;bijeenkomsten…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>New follow-up meeting</source>
        <translation>Nieuwe vervolgbijeenkomst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The earlier meeting</source>
        <translation>De eerdere bijeenkomst</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” exists already. Oogst never overwrites an event file; please choose another name.</source>
        <translation>“%1” bestaat al. Oogst overschrijft nooit een bijeenkomstbestand; kies een andere naam.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The follow-up meeting could not be created: %1</source>
        <translation>De vervolgbijeenkomst kon niet gemaakt worden: %1</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/prep/common.py" line="+371"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_sheet.py" line="+80"/>
        <source>Typing notes (live capture and plenary)</source>
        <translation>Oogstpunten typen (live oogsten en plenair)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the note</source>
        <translation>Oogstpunt opslaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Perspective: %1</source>
        <translation>Perspectief: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+digit</source>
        <translation>Ctrl+cijfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perspective of the next note (again: none)</source>
        <translation>Perspectief van het volgende oogstpunt (nogmaals: geen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All perspectives (also those without a digit)</source>
        <translation>Alle perspectieven (ook die zonder cijfer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind: %1</source>
        <translation>Soort: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To the speaker/party field</source>
        <translation>Naar het veld spreker/partij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the kind for the next notes</source>
        <translation>Soort vasthouden voor de volgende oogstpunten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the speaker for the next notes</source>
        <translation>Spreker vasthouden voor de volgende oogstpunten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nest the next note / one level back</source>
        <translation>Volgend oogstpunt inspringen / een niveau terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up (empty field)</source>
        <translation>Omhoog (leeg veld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the notes; Esc comes back</source>
        <translation>Naar de oogstpunten; Esc komt terug</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Anywhere in the window</source>
        <translation>Overal in het venster</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Programme timer</source>
        <translation>Tijdklok</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Projector window</source>
        <translation>Projectorvenster</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Could not write %1.</source>
        <translation>Kon %1 niet schrijven.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+10"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>Keyboard shortcuts of Oogst</source>
        <translation>Sneltoetsen van Oogst</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Save as &amp;PDF (one page)…</source>
        <translation>Opslaan als &amp;pdf (één pagina)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Oogst keyboard shortcuts</source>
        <translation>Oogst sneltoetsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the keyboard shortcuts as PDF</source>
        <translation>De sneltoetsen opslaan als pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sheet is saved as %1. Open it now (to print it)?</source>
        <translation>Het overzicht is opgeslagen als %1. Nu openen (om af te drukken)?</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/prep/start_page.py" line="+30"/>
        <source>Welcome to Oogst</source>
        <translation>Welkom bij Oogst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prepare theme-table meetings, capture the harvest live, and send out the minutes and the action agenda.</source>
        <translation>Bereid thematafelbijeenkomsten voor, leg de oogst live vast en stuur het verslag en de actieagenda rond.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New meeting from a template…</source>
        <translation>&amp;Nieuwe bijeenkomst met een sjabloon…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;blank meeting…</source>
        <translation>Nieuwe &amp;lege bijeenkomst…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A real meeting (“Samenspel in beweging”, 2017) with its programme, five theme tables and the whole harvest: look around, try capturing, export the minutes. Press Enter.</source>
        <translation>Een echte bijeenkomst (“Samenspel in beweging”, 2017) met programma, vijf thematafels en de hele oogst: kijk rond, probeer het vastleggen, exporteer het verslag. Druk op Enter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programme, rounds, tables and perspectives filled in from a template; change them afterwards.</source>
        <translation>Programma, rondes, tafels en perspectieven ingevuld vanuit een sjabloon; daarna aan te passen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An empty event file: you add the programme, tables and perspectives yourself.</source>
        <translation>Een leeg bijeenkomstbestand: u voegt zelf het programma, de tafels en de perspectieven toe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A .oogst file you made or were sent.</source>
        <translation>Een .oogst-bestand dat u maakte of toegestuurd kreeg.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Recent events</source>
        <translation>&amp;Recente bijeenkomsten</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;Open an event file…</source>
        <translation>Bijeenkomstbestand &amp;openen…</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Open the &amp;demo meeting</source>
        <translation>&amp;Demobijeenkomst openen</translation>
    </message>
</context>
<context>
    <name>TableDetails</name>
    <message>
        <location filename="../../ui/prep/tables.py" line="+21"/>
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
        <location line="+2"/>
        <source>&amp;Pitch</source>
        <translation>&amp;Pitch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Theme</source>
        <translation>The&amp;ma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>H&amp;ost</source>
        <translation>Tafelh&amp;ost</translation>
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
        <location line="-146"/>
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
        <location line="+176"/>
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
        <location line="+7"/>
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
        <location line="+49"/>
        <source>New theme</source>
        <translation>Nieuw thema</translation>
    </message>
</context>
<context>
    <name>TimerBar</name>
    <message>
        <location filename="../../ui/timer_bar.py" line="+276"/>
        <location line="+147"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Start the next programme item, or resume</source>
        <translation>Het volgende programmaonderdeel starten, of hervatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+147"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Pause or resume the countdown</source>
        <translation>Aftellen pauzeren of hervatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One minute more</source>
        <translation>Een minuut erbij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One minute less</source>
        <translation>Een minuut eraf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End this item and start the next one</source>
        <translation>Dit onderdeel afsluiten en het volgende starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the current item and stop the timer</source>
        <translation>Het huidige onderdeel afsluiten en de timer stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound</source>
        <translation>Geluid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sound when the warning starts and when time is up</source>
        <translation>Een geluid als de waarschuwing begint en als de tijd om is</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Round question on the projector</source>
        <translation>Rondevraag op de projector</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic (by the round times)</source>
        <translation>Automatisch (volgens de rondetijden)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round %1: %2</source>
        <translation>Ronde %1: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Timer stopped. Next: %1</source>
        <translation>Timer staat stil. Hierna: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timer stopped</source>
        <translation>Timer staat stil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5 starts the next programme item</source>
        <translation>F5 start het volgende programmaonderdeel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>round %1 of %2</source>
        <translation>ronde %1 van %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next: %1</source>
        <translation>Hierna: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>round %1</source>
        <translation>ronde %1</translation>
    </message>
</context>
<context>
    <name>UnderlyingQuestions</name>
    <message>
        <location filename="../../ui/prep/questions.py" line="-91"/>
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
        <location line="+6"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>New question</source>
        <translation>Nieuwe vraag</translation>
    </message>
</context>
<context>
    <name>VotesModel</name>
    <message>
        <location filename="../../ui/voting_models.py" line="+130"/>
        <source>Dots</source>
        <translation>Stippen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key point</source>
        <translation>Kernpunt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Oogstpunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perspective</source>
        <translation>Perspectief</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Key point: shown in bold in the minutes (Space)</source>
        <translation>Kernpunt: komt vet in het verslag (spatiebalk)</translation>
    </message>
</context>
<context>
    <name>VotingView</name>
    <message>
        <location filename="../../ui/voting_view.py" line="+49"/>
        <source>&amp;Table:</source>
        <translation>&amp;Tafel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Round:</source>
        <translation>&amp;Ronde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sort by votes</source>
        <translation>&amp;Sorteren op stemmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the notes with the most dots first; the notes keep their own order in the minutes.</source>
        <translation>Toon de oogstpunten met de meeste stippen bovenaan; in het verslag houden ze hun eigen volgorde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Dots:</source>
        <translation>Sti&amp;ppen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>per participant</source>
        <translation>per deelnemer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per table</source>
        <translation>per tafel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the number of dots and press Enter for the next note. + and − add or take one dot, Space marks a key point, Delete clears the dots.</source>
        <translation>Typ het aantal stippen en druk op Enter voor het volgende oogstpunt. + en − tellen er één bij of af, de spatiebalk maakt er een kernpunt van, Delete wist de stippen.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Table {number}: {theme}</source>
        <translation>Tafel {number}: {theme}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plenary: {title}</source>
        <translation>Plenair: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plenary harvest</source>
        <translation>plenaire oogst</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Round {label}: {text}</source>
        <translation>Ronde {label}: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General (no round)</source>
        <translation>Algemeen (geen ronde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All rounds of this table</source>
        <translation>Alle rondes van deze tafel</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This event has no theme tables and no plenary part yet.</source>
        <translation>Deze bijeenkomst heeft nog geen thematafels en geen plenair deel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No notes here yet: capture them first, then enter the dots here.</source>
        <translation>Hier zijn nog geen oogstpunten: leg ze eerst vast en voer daarna hier de stippen in.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>{dots} dots per table</source>
        <translation>{dots} stippen per tafel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{dots} × {people} participants</source>
        <translation>{dots} × {people} deelnemers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget: {budget} dots ({basis}) · used: {used}</source>
        <translation>Te verdelen: {budget} stippen ({basis}) · geplakt: {used}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{over} over budget: check the count</source>
        <translation>{over} te veel: tel nog eens na</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{left} left</source>
        <translation>nog {left} over</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/prep/start_page.py" line="+92"/>
        <source>Welcome to Oogst</source>
        <translation>Welkom bij Oogst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Continue with the demo meeting</source>
        <translation>&amp;Doorgaan met de demobijeenkomst</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/prep/participants.py" line="+137"/>
        <source>Personal data erased</source>
        <translation>Persoonsgegevens gewist</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Erase personal data?</source>
        <translation>Persoonsgegevens wissen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This meeting was held more than %1 months ago. Erase the personal data of all its participants (names, e-mail addresses, organisations), in the file and in its backups? Notes and actions stay, without names. This cannot be undone.</source>
        <translation>Deze bijeenkomst is meer dan %1 maanden geleden gehouden. De persoonsgegevens van alle deelnemers (namen, e-mailadressen, organisaties) wissen, in het bestand en in de back-ups? Oogstpunten en actiepunten blijven, zonder namen. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Erase now</source>
        <translation>Nu &amp;wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not now</source>
        <translation>&amp;Niet nu</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location line="-50"/>
        <source>Erased: %1 participant(s), %2 note(s), %3 action(s).</source>
        <translation>Gewist: %1 deelnemer(s), %2 oogstpunt(en), %3 actiepunt(en).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name taken out of %1 other text(s).</source>
        <translation>Naam weggehaald uit %1 andere tekst(en).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups rewritten without them:</source>
        <translation>Back-ups zonder deze gegevens herschreven:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups removed (they could not be rewritten):</source>
        <translation>Back-ups verwijderd (herschrijven lukte niet):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There were no backups of this file.</source>
        <translation>Er waren geen back-ups van dit bestand.</translation>
    </message>
</context>
</TS>
