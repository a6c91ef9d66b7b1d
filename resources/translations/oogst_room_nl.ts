<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector.py" line="171"/>
        <source>Oogst – projector</source>
        <translation>Oogst – projector</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="195"/>
        <source>Full screen</source>
        <translation>Volledig scherm</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="199"/>
        <source>Leave full screen</source>
        <translation>Volledig scherm verlaten</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="202"/>
        <source>Next harvest wall</source>
        <translation>Volgende oogstmuur</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="205"/>
        <source>Close projector</source>
        <translation>Projector sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="213"/>
        <source>No harvest wall</source>
        <translation>Geen oogstmuur</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="214"/>
        <source>Notes of the current programme item</source>
        <translation>Oogst van het huidige programmaonderdeel</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="215"/>
        <location filename="../../ui/projector.py" line="295"/>
        <source>Plenary harvest</source>
        <translation>Plenaire oogst</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="217"/>
        <location filename="../../ui/projector.py" line="300"/>
        <source>Table %1: %2</source>
        <translation>Tafel %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="225"/>
        <source>Harvest wall</source>
        <translation>Oogstmuur</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="291"/>
        <source>Current programme item</source>
        <translation>Huidig programmaonderdeel</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="337"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="340"/>
        <source>Current time</source>
        <translation>Huidige tijd</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="347"/>
        <source>%1 · round %2 of %3</source>
        <translation>%1 · ronde %2 van %3</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="359"/>
        <source>Round 1 starts in %1</source>
        <translation>Ronde 1 begint over %1</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="367"/>
        <source>%1: %2 left</source>
        <translation>%1: nog %2</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="374"/>
        <source>Last minutes</source>
        <translation>Laatste minuten</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="374"/>
        <source>Time is up</source>
        <translation>De tijd is om</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="375"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="376"/>
        <source>Elapsed</source>
        <translation>Verstreken</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="382"/>
        <source>Next: %1</source>
        <translation>Hierna: %1</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="507"/>
        <source>No notes yet</source>
        <translation>Nog geen oogst</translation>
    </message>
</context>
<context>
    <name>TimerBar</name>
    <message>
        <location filename="../../ui/timer_bar.py" line="243"/>
        <location filename="../../ui/timer_bar.py" line="388"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/timer_bar.py" line="244"/>
        <source>Start the next programme item, or resume</source>
        <translation>Het volgende programmaonderdeel starten, of hervatten</translation>
    </message>
    <message>
        <location filename="../../ui/timer_bar.py" line="245"/>
        <location filename="../../ui/timer_bar.py" line="390"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../../ui/timer_bar.py" line="246"/>
        <source>Pause or resume the countdown</source>
        <translation>Aftellen pauzeren of hervatten</translation>
    </message>
    <message>
        <location filename="../../ui/timer_bar.py" line="247"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../ui/timer_bar.py" line="248"/>
        <source>One minute more</source>
        <translation>Een minuut erbij</translation>
    </message>
    <message>
        <location filename="../../ui/timer_bar.py" line="249"/>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <location filename="../../ui/timer_bar.py" line="251"/>
        <source>One minute less</source>
        <translation>Een minuut eraf</translation>
    </message>
    <message>
        <location filename="../../ui/timer_bar.py" line="252"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../ui/timer_bar.py" line="253"/>
        <source>End this item and start the next one</source>
        <translation>Dit onderdeel afsluiten en het volgende starten</translation>
    </message>
    <message>
        <location filename="../../ui/timer_bar.py" line="254"/>
        <source>Stop timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/timer_bar.py" line="255"/>
        <source>End the current item and stop the timer</source>
        <translation>Het huidige onderdeel afsluiten en de timer stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/timer_bar.py" line="256"/>
        <source>Sound</source>
        <translation>Geluid</translation>
    </message>
    <message>
        <location filename="../../ui/timer_bar.py" line="259"/>
        <source>A sound when the warning starts and when time is up</source>
        <translation>Een geluid als de waarschuwing begint en als de tijd om is</translation>
    </message>
    <message>
        <location filename="../../ui/timer_bar.py" line="323"/>
        <source>Round question on the projector</source>
        <translation>Rondevraag op de projector</translation>
    </message>
    <message>
        <location filename="../../ui/timer_bar.py" line="325"/>
        <source>Automatic (by the round times)</source>
        <translation>Automatisch (volgens de rondetijden)</translation>
    </message>
    <message>
        <location filename="../../ui/timer_bar.py" line="330"/>
        <source>Round %1: %2</source>
        <translation>Ronde %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/timer_bar.py" line="388"/>
        <location filename="../../ui/timer_bar.py" line="390"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location filename="../../ui/timer_bar.py" line="401"/>
        <source>Timer stopped. Next: %1</source>
        <translation>Timer staat stil. Hierna: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timer_bar.py" line="402"/>
        <source>Timer stopped</source>
        <translation>Timer staat stil</translation>
    </message>
    <message>
        <location filename="../../ui/timer_bar.py" line="403"/>
        <source>F5 starts the next programme item</source>
        <translation>F5 start het volgende programmaonderdeel</translation>
    </message>
    <message>
        <location filename="../../ui/timer_bar.py" line="407"/>
        <source>round %1 of %2</source>
        <translation>ronde %1 van %2</translation>
    </message>
    <message>
        <location filename="../../ui/timer_bar.py" line="417"/>
        <source>Next: %1</source>
        <translation>Hierna: %1</translation>
    </message>
    <message>
        <location filename="../../ui/timer_bar.py" line="423"/>
        <source>round %1</source>
        <translation>ronde %1</translation>
    </message>
</context>
</TS>
