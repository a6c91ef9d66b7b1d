<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
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
        <location filename="../../ui/seating_view.py" line="+70"/>
        <source>&amp;Rounds:</source>
        <translation>&amp;Rondes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+150"/>
        <source>Make seating plan</source>
        <translation>Tafelschikking maken</translation>
    </message>
    <message>
        <location line="-146"/>
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
        <location line="+91"/>
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
        <location line="+83"/>
        <source>Making the seating plan…</source>
        <translation>De tafelschikking wordt gemaakt…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Seating plan made: {mean} perspectives per table on average (random seating: {random}), {repeats} repeated encounters (random: {random_repeats}).</source>
        <translation>Tafelschikking gemaakt: gemiddeld {mean} perspectieven per tafel (willekeurig: {random}), {repeats} herhaalde ontmoetingen (willekeurig: {random_repeats}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} hosts table {table} and stays there in every round. Move a guest instead, or choose another host for the table.</source>
        <translation>{name} is tafelhost van tafel {table} en blijft alle rondes aan die tafel. Verplaats een gast, of kies een andere tafelhost voor de tafel.</translation>
    </message>
    <message>
        <location line="+9"/>
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
    <name>VotesModel</name>
    <message>
        <location filename="../../ui/voting_models.py" line="+129"/>
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
    <message>
        <location line="+27"/>
        <source>Type a whole number of dots.</source>
        <translation>Typ een heel aantal stippen.</translation>
    </message>
</context>
<context>
    <name>VotingView</name>
    <message>
        <location filename="../../ui/voting_view.py" line="+47"/>
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
        <source>Do&amp;ts:</source>
        <translation>S&amp;tippen:</translation>
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
        <location line="+67"/>
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
        <location line="+15"/>
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
</TS>
