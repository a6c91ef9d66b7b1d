<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>ActionsModel</name>
        <message>
            <location filename="../../ui/agenda_models.py" line="147" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_models.py" line="147" />
            <source>Owner</source>
            <translation>Eigenaar</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_models.py" line="147" />
            <source>Partners</source>
            <translation>Partners</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_models.py" line="147" />
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_models.py" line="148" />
            <source>Due date</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_models.py" line="148" />
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_models.py" line="148" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_models.py" line="149" />
            <source>From note</source>
            <translation>Uit oogstpunt</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_models.py" line="166" />
            <source>(note deleted)</source>
            <translation>(oogstpunt verwijderd)</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_models.py" line="242" />
            <source>An action needs a description.</source>
            <translation>Een actiepunt heeft een omschrijving nodig.</translation>
        </message>
    </context>
    <context>
        <name>ActionsView</name>
        <message>
            <location filename="../../ui/actions_view.py" line="400" />
            <source>Action agenda</source>
            <translation>Actieagenda</translation>
        </message>
        <message>
            <location filename="../../ui/actions_view.py" line="404" />
            <source>New action: what is to be done? (Enter adds it)</source>
            <translation>Nieuw actiepunt: wat moet er gebeuren? (Enter voegt het toe)</translation>
        </message>
        <message>
            <location filename="../../ui/actions_view.py" line="407" />
            <source>Add action</source>
            <translation>Actiepunt toevoegen</translation>
        </message>
        <message>
            <location filename="../../ui/actions_view.py" line="410" />
            <source>Delete action</source>
            <translation>Actiepunt verwijderen</translation>
        </message>
        <message>
            <location filename="../../ui/actions_view.py" line="413" />
            <source>Agenda order</source>
            <translation>Volgorde van de agenda</translation>
        </message>
        <message>
            <location filename="../../ui/actions_view.py" line="415" />
            <source>Undo the sorting: show the actions in the agenda's own order</source>
            <translation>Sortering opheffen: de actiepunten in de eigen volgorde van de agenda tonen</translation>
        </message>
        <message>
            <location filename="../../ui/actions_view.py" line="420" />
            <source>Filter…</source>
            <translation>Filteren…</translation>
        </message>
        <message>
            <location filename="../../ui/actions_view.py" line="464" />
            <source>Follow-up meetings</source>
            <translation>Vervolgbijeenkomsten</translation>
        </message>
        <message>
            <location filename="../../ui/actions_view.py" line="468" />
            <source>New follow-up meeting: topic (Enter adds it; then set the date)</source>
            <translation>Nieuwe vervolgbijeenkomst: onderwerp (Enter voegt haar toe; vul daarna de datum in)</translation>
        </message>
        <message>
            <location filename="../../ui/actions_view.py" line="471" />
            <source>Add meeting</source>
            <translation>Bijeenkomst toevoegen</translation>
        </message>
        <message>
            <location filename="../../ui/actions_view.py" line="474" />
            <source>Delete meeting</source>
            <translation>Bijeenkomst verwijderen</translation>
        </message>
        <message>
            <location filename="../../ui/actions_view.py" line="573" />
            <source>Action deleted. Ctrl+Z brings it back.</source>
            <translation>Actiepunt verwijderd. Ctrl+Z zet het terug.</translation>
        </message>
        <message>
            <location filename="../../ui/actions_view.py" line="575" />
            <source>{count} actions deleted. Ctrl+Z brings them back.</source>
            <translation>{count} actiepunten verwijderd. Ctrl+Z zet ze terug.</translation>
        </message>
        <message>
            <location filename="../../ui/actions_view.py" line="612" />
            <source>Follow-up meeting deleted. Ctrl+Z brings it back.</source>
            <translation>Vervolgbijeenkomst verwijderd. Ctrl+Z zet haar terug.</translation>
        </message>
    </context>
    <context>
        <name>CaptureBar</name>
        <message>
            <location filename="../../ui/capture/bar.py" line="52" />
            <source>Speaker/party:</source>
            <translation>Spreker/partij:</translation>
        </message>
        <message>
            <location filename="../../ui/capture/bar.py" line="54" />
            <source>participant or e.g. Zorgverzekeraar</source>
            <translation>deelnemer of bijv. Zorgverzekeraar</translation>
        </message>
        <message>
            <location filename="../../ui/capture/bar.py" line="194" />
            <source>No perspective has the shortcut Ctrl+{key}.</source>
            <translation>Geen enkel perspectief heeft de sneltoets Ctrl+{key}.</translation>
        </message>
        <message>
            <location filename="../../ui/capture/bar.py" line="233" />
            <source>Dilemma: A versus B</source>
            <translation>Dilemma: A versus B</translation>
        </message>
        <message>
            <location filename="../../ui/capture/bar.py" line="235" />
            <source>Quote: the words as they were said</source>
            <translation>Citaat: de woorden zoals ze gezegd zijn</translation>
        </message>
        <message>
            <location filename="../../ui/capture/bar.py" line="237" />
            <source>Type a note and press Enter</source>
            <translation>Typ een oogstpunt en druk op Enter</translation>
        </message>
        <message>
            <location filename="../../ui/capture/bar.py" line="238" />
            <source>Enter: save</source>
            <translation>Enter: opslaan</translation>
        </message>
        <message>
            <location filename="../../ui/capture/bar.py" line="238" />
            <source>Ctrl+digit: perspective</source>
            <translation>Ctrl+cijfer: perspectief</translation>
        </message>
        <message>
            <location filename="../../ui/capture/bar.py" line="239" />
            <source>Alt+letter: kind</source>
            <translation>Alt+letter: soort</translation>
        </message>
        <message>
            <location filename="../../ui/capture/bar.py" line="239" />
            <source>Alt+S: speaker</source>
            <translation>Alt+S: spreker</translation>
        </message>
        <message>
            <location filename="../../ui/capture/bar.py" line="241" />
            <source>Tab / Shift+Tab: nest / un-nest</source>
            <translation>Tab / Shift+Tab: inspringen / terugspringen</translation>
        </message>
        <message>
            <location filename="../../ui/capture/bar.py" line="242" />
            <source>↑ on an empty field: the notes</source>
            <translation>↑ in een leeg veld: naar de oogstpunten</translation>
        </message>
        <message>
            <location filename="../../ui/capture/bar.py" line="243" />
            <source>Esc: back here</source>
            <translation>Esc: terug naar dit veld</translation>
        </message>
        <message>
            <location filename="../../ui/capture/bar.py" line="253" />
            <source>There is no previous note to nest under.</source>
            <translation>Er is geen vorig oogstpunt om dit onder te hangen.</translation>
        </message>
        <message>
            <location filename="../../ui/capture/bar.py" line="281" />
            <source>Next note goes under: {note}  (Shift+Tab: back up)</source>
            <translation>Volgend oogstpunt komt onder: {note}  (Shift+Tab: niveau terug)</translation>
        </message>
        <message>
            <location filename="../../ui/capture/bar.py" line="313" />
            <source>saved</source>
            <translation>opgeslagen</translation>
        </message>
    </context>
    <context>
        <name>CaptureView</name>
        <message>
            <location filename="../../ui/capture/view.py" line="43" />
            <source>&amp;Table:</source>
            <translation>&amp;Tafel:</translation>
        </message>
        <message>
            <location filename="../../ui/capture/view.py" line="45" />
            <source>&amp;Round:</source>
            <translation>&amp;Ronde:</translation>
        </message>
        <message>
            <location filename="../../ui/capture/view.py" line="83" />
            <source>No notes in this round yet. Type in the field above and press Enter.</source>
            <translation>Nog geen oogstpunten in deze ronde. Typ in het veld hierboven en druk op Enter.</translation>
        </message>
        <message>
            <location filename="../../ui/capture/view.py" line="95" />
            <source>This event has no theme tables yet. Add them under Theme tables; then capture the harvest here.</source>
            <translation>Deze bijeenkomst heeft nog geen thematafels. Voeg ze toe onder Thematafels; daarna legt u hier de oogst vast.</translation>
        </message>
        <message>
            <location filename="../../ui/capture/view.py" line="212" />
            <source>Table {number}: {theme}</source>
            <translation>Tafel {number}: {theme}</translation>
        </message>
        <message>
            <location filename="../../ui/capture/view.py" line="238" />
            <source>General (no round)</source>
            <translation>Algemeen (geen ronde)</translation>
        </message>
        <message>
            <location filename="../../ui/capture/view.py" line="250" />
            <source>Round {label}: {text} ({minutes} min)</source>
            <translation>Ronde {label}: {text} ({minutes} min)</translation>
        </message>
        <message>
            <location filename="../../ui/capture/view.py" line="252" />
            <source>Round {label}: {text}</source>
            <translation>Ronde {label}: {text}</translation>
        </message>
        <message>
            <location filename="../../ui/capture/view.py" line="259" />
            <source>Question {label}: {text}</source>
            <translation>Vraag {label}: {text}</translation>
        </message>
        <message>
            <location filename="../../ui/capture/view.py" line="292" />
            <source>Round {label}</source>
            <translation>Ronde {label}</translation>
        </message>
        <message>
            <location filename="../../ui/capture/view.py" line="294" />
            <source>{minutes} minutes</source>
            <translation>{minutes} minuten</translation>
        </message>
        <message>
            <location filename="../../ui/capture/view.py" line="298" />
            <source>General</source>
            <translation>Algemeen</translation>
        </message>
        <message>
            <location filename="../../ui/capture/view.py" line="299" />
            <source>Notes of this table outside the rounds</source>
            <translation>Oogstpunten van deze tafel buiten de rondes</translation>
        </message>
        <message>
            <location filename="../../ui/capture/view.py" line="307" />
            <source>Pitch: {pitch}</source>
            <translation>Pitch: {pitch}</translation>
        </message>
        <message>
            <location filename="../../ui/capture/view.py" line="308" />
            <source>Host: {name}</source>
            <translation>Gespreksleider: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/capture/view.py" line="309" />
            <source>Notes: {name}</source>
            <translation>Notulist: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/capture/view.py" line="321" />
            <source>1 note in this round</source>
            <translation>1 oogstpunt in deze ronde</translation>
        </message>
        <message>
            <location filename="../../ui/capture/view.py" line="322" />
            <source>{count} notes in this round</source>
            <translation>{count} oogstpunten in deze ronde</translation>
        </message>
        <message>
            <location filename="../../ui/capture/view.py" line="324" />
            <source>1 general note</source>
            <translation>1 algemeen oogstpunt</translation>
        </message>
        <message>
            <location filename="../../ui/capture/view.py" line="325" />
            <source>{count} general notes</source>
            <translation>{count} algemene oogstpunten</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <location filename="../../ui/widgets.py" line="96" />
            <source>No date</source>
            <translation>Geen datum</translation>
        </message>
        <message>
            <location filename="../../ui/widgets.py" line="104" />
            <source>Remove the date (Delete)</source>
            <translation>Datum weghalen (Delete)</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsModel</name>
        <message>
            <location filename="../../ui/agenda_models.py" line="265" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_models.py" line="265" />
            <source>Topic</source>
            <translation>Onderwerp</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_models.py" line="265" />
            <source>Organiser</source>
            <translation>Organisator</translation>
        </message>
        <message>
            <location filename="../../ui/agenda_models.py" line="278" />
            <source>no date yet</source>
            <translation>nog geen datum</translation>
        </message>
    </context>
    <context>
        <name>KindToggles</name>
        <message>
            <location filename="../../ui/capture/tagbar.py" line="120" />
            <source>Kind of the next note: {kind} (Alt+{key})</source>
            <translation>Soort van het volgende oogstpunt: {kind} (Alt+{key})</translation>
        </message>
    </context>
    <context>
        <name>NoteTreeModel</name>
        <message>
            <location filename="../../ui/note_models.py" line="195" />
            <source>Note</source>
            <translation>Oogstpunt</translation>
        </message>
        <message>
            <location filename="../../ui/note_models.py" line="195" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../../ui/note_models.py" line="195" />
            <source>Perspective</source>
            <translation>Perspectief</translation>
        </message>
        <message>
            <location filename="../../ui/note_models.py" line="195" />
            <source>Speaker</source>
            <translation>Spreker</translation>
        </message>
        <message>
            <location filename="../../ui/note_models.py" line="196" />
            <source>Votes</source>
            <translation>Stemmen</translation>
        </message>
        <message>
            <location filename="../../ui/note_models.py" line="258" />
            <source>A note needs some text; press Delete to remove it.</source>
            <translation>Een oogstpunt heeft tekst nodig; druk op Delete om het te verwijderen.</translation>
        </message>
        <message>
            <location filename="../../ui/note_models.py" line="321" />
            <source>A note cannot be moved under itself.</source>
            <translation>Een oogstpunt kan niet onder zichzelf worden geplaatst.</translation>
        </message>
    </context>
    <context>
        <name>NoteTreeView</name>
        <message>
            <location filename="../../ui/capture/note_tree.py" line="289" />
            <source>Make action</source>
            <translation>Actiepunt maken</translation>
        </message>
        <message>
            <location filename="../../ui/capture/note_tree.py" line="293" />
            <source>Edit text</source>
            <translation>Tekst bewerken</translation>
        </message>
        <message>
            <location filename="../../ui/capture/note_tree.py" line="295" />
            <source>Key point</source>
            <translation>Kernpunt</translation>
        </message>
        <message>
            <location filename="../../ui/capture/note_tree.py" line="297" />
            <source>Add a vote</source>
            <translation>Stem erbij</translation>
        </message>
        <message>
            <location filename="../../ui/capture/note_tree.py" line="299" />
            <source>Take a vote away</source>
            <translation>Stem eraf</translation>
        </message>
        <message>
            <location filename="../../ui/capture/note_tree.py" line="302" />
            <source>Nest under previous note</source>
            <translation>Onder vorig oogstpunt hangen</translation>
        </message>
        <message>
            <location filename="../../ui/capture/note_tree.py" line="305" />
            <source>Move one level up</source>
            <translation>Eén niveau terug</translation>
        </message>
        <message>
            <location filename="../../ui/capture/note_tree.py" line="308" />
            <source>Move up</source>
            <translation>Omhoog</translation>
        </message>
        <message>
            <location filename="../../ui/capture/note_tree.py" line="310" />
            <source>Move down</source>
            <translation>Omlaag</translation>
        </message>
        <message>
            <location filename="../../ui/capture/note_tree.py" line="313" />
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <location filename="../../ui/capture/note_tree.py" line="324" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../../ui/capture/note_tree.py" line="334" />
            <source>Perspective</source>
            <translation>Perspectief</translation>
        </message>
        <message>
            <location filename="../../ui/capture/note_tree.py" line="337" />
            <source>No perspective</source>
            <translation>Geen perspectief</translation>
        </message>
        <message>
            <location filename="../../ui/capture/note_tree.py" line="381" />
            <source>Added to the action agenda: {what}</source>
            <translation>Toegevoegd aan de actieagenda: {what}</translation>
        </message>
        <message>
            <location filename="../../ui/capture/note_tree.py" line="416" />
            <source>There is no previous note to nest under.</source>
            <translation>Er is geen vorig oogstpunt om dit onder te hangen.</translation>
        </message>
        <message>
            <location filename="../../ui/capture/note_tree.py" line="458" />
            <source>Deleted. Ctrl+Z brings it back.</source>
            <translation>Verwijderd. Ctrl+Z zet het terug.</translation>
        </message>
        <message>
            <location filename="../../ui/capture/note_tree.py" line="459" />
            <source>{count} notes deleted. Ctrl+Z brings them back.</source>
            <translation>{count} oogstpunten verwijderd. Ctrl+Z zet ze terug.</translation>
        </message>
    </context>
    <context>
        <name>PerspectiveChips</name>
        <message>
            <location filename="../../ui/capture/tagbar.py" line="65" />
            <source>Perspective of the next note: {name} (Ctrl+{key}; press again to clear)</source>
            <translation>Perspectief van het volgende oogstpunt: {name} (Ctrl+{key}; nogmaals om te wissen)</translation>
        </message>
        <message>
            <location filename="../../ui/capture/tagbar.py" line="68" />
            <source>Perspective of the next note: {name}</source>
            <translation>Perspectief van het volgende oogstpunt: {name}</translation>
        </message>
    </context>
    <context>
        <name>PerspectiveSection</name>
        <message>
            <location filename="../../ui/plenary_view.py" line="50" />
            <source>No perspective</source>
            <translation>Geen perspectief</translation>
        </message>
        <message>
            <location filename="../../ui/plenary_view.py" line="64" />
            <source>Nothing yet</source>
            <translation>Nog niets</translation>
        </message>
    </context>
    <context>
        <name>PhotoStrip</name>
        <message>
            <location filename="../../ui/photos.py" line="59" />
            <source>Photos of flip charts</source>
            <translation>Foto's van flappen</translation>
        </message>
        <message>
            <location filename="../../ui/photos.py" line="61" />
            <source>Add photo…</source>
            <translation>Foto toevoegen…</translation>
        </message>
        <message>
            <location filename="../../ui/photos.py" line="65" />
            <source>Drop photos of flip charts anywhere on this page.</source>
            <translation>Sleep foto's van flappen naar een willekeurige plek op deze pagina.</translation>
        </message>
        <message>
            <location filename="../../ui/photos.py" line="134" />
            <source>Round: {round}</source>
            <translation>Ronde: {round}</translation>
        </message>
        <message>
            <location filename="../../ui/photos.py" line="150" />
            <source>Add photos of flip charts</source>
            <translation>Foto's van flappen toevoegen</translation>
        </message>
        <message>
            <location filename="../../ui/photos.py" line="151" />
            <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
            <translation>Afbeeldingen (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
        </message>
        <message>
            <location filename="../../ui/photos.py" line="158" />
            <source>Choose a table first.</source>
            <translation>Kies eerst een tafel.</translation>
        </message>
        <message>
            <location filename="../../ui/photos.py" line="178" />
            <source>Photo added.</source>
            <translation>Foto toegevoegd.</translation>
        </message>
        <message>
            <location filename="../../ui/photos.py" line="179" />
            <source>{count} photos added.</source>
            <translation>{count} foto's toegevoegd.</translation>
        </message>
        <message>
            <location filename="../../ui/photos.py" line="185" />
            <source>{name} is not a file.</source>
            <translation>{name} is geen bestand.</translation>
        </message>
        <message>
            <location filename="../../ui/photos.py" line="187" />
            <source>{name} is too large (more than 50 MB).</source>
            <translation>{name} is te groot (meer dan 50 MB).</translation>
        </message>
        <message>
            <location filename="../../ui/photos.py" line="190" />
            <location filename="../../ui/photos.py" line="194" />
            <source>{name} is not a picture (PNG, JPEG, GIF, WebP or BMP).</source>
            <translation>{name} is geen afbeelding (PNG, JPEG, GIF, WebP of BMP).</translation>
        </message>
        <message>
            <location filename="../../ui/photos.py" line="213" />
            <source>Photo deleted. Ctrl+Z brings it back.</source>
            <translation>Foto verwijderd. Ctrl+Z zet hem terug.</translation>
        </message>
        <message>
            <location filename="../../ui/photos.py" line="220" />
            <source>Edit caption</source>
            <translation>Bijschrift bewerken</translation>
        </message>
        <message>
            <location filename="../../ui/photos.py" line="222" />
            <source>Delete photo</source>
            <translation>Foto verwijderen</translation>
        </message>
    </context>
    <context>
        <name>PlenaryView</name>
        <message>
            <location filename="../../ui/plenary_view.py" line="122" />
            <source>P&amp;lenary:</source>
            <translation>P&amp;lenair:</translation>
        </message>
        <message>
            <location filename="../../ui/plenary_view.py" line="127" />
            <source>Q&amp;uestion:</source>
            <translation>&amp;Vraag:</translation>
        </message>
        <message>
            <location filename="../../ui/plenary_view.py" line="140" />
            <source>The programme has no plenary part yet. Add a programme item of the kind 'plenary' to harvest per perspective here.</source>
            <translation>Het programma heeft nog geen plenair deel. Voeg een programmaonderdeel van de soort 'plenair' toe om hier per perspectief te oogsten.</translation>
        </message>
        <message>
            <location filename="../../ui/plenary_view.py" line="256" />
            <source>Plenary</source>
            <translation>Plenair</translation>
        </message>
        <message>
            <location filename="../../ui/plenary_view.py" line="281" />
            <source>(no question)</source>
            <translation>(geen vraag)</translation>
        </message>
        <message>
            <location filename="../../ui/plenary_view.py" line="315" />
            <source>Plenary harvest</source>
            <translation>Plenaire oogst</translation>
        </message>
        <message>
            <location filename="../../ui/plenary_view.py" line="379" />
            <source>Next note: no perspective (Ctrl+digit or a click on a section chooses one)</source>
            <translation>Volgend oogstpunt: geen perspectief (kies met Ctrl+cijfer of een klik op een vak)</translation>
        </message>
        <message>
            <location filename="../../ui/plenary_view.py" line="383" />
            <source>Next note goes to: {perspective}</source>
            <translation>Volgend oogstpunt gaat naar: {perspective}</translation>
        </message>
    </context>
</TS>
