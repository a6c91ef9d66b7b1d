<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="+312"/>
        <source>%n participant(s) will be imported</source>
        <translation>
            <numerusform>%n participant will be imported</numerusform>
            <numerusform>%n participants will be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (%n with a remark)</source>
        <translation>
            <numerusform> (%n with a remark)</numerusform>
            <numerusform> (%n with a remark)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) will not be imported.</source>
        <translation>
            <numerusform>%n row will not be imported.</numerusform>
            <numerusform>%n rows will not be imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <location line="-155"/>
        <source>%n row(s) below the header; columns separated by “%1”, text encoding %2.</source>
        <translation>
            <numerusform>%n row below the header; columns separated by “%1”, text encoding %2.</numerusform>
            <numerusform>%n rows below the header; columns separated by “%1”, text encoding %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row(s) below the header.</source>
        <translation>
            <numerusform>%n row below the header.</numerusform>
            <numerusform>%n rows below the header.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message numerus="yes">
        <location filename="../../ui/handout_dialog.py" line="+102"/>
        <source>%n copy/copies written:</source>
        <translation>
            <numerusform>%n copy written:</numerusform>
            <numerusform>%n copies written:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n copy/copies handed out.</source>
        <translation>
            <numerusform>%n copy handed out.</numerusform>
            <numerusform>%n copies handed out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="+261"/>
        <source>%n participant(s) imported.</source>
        <translation>
            <numerusform>%n participant imported.</numerusform>
            <numerusform>%n participants imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../../ui/merge_dialog.py" line="+81"/>
        <source>Merging %n copy/copies…</source>
        <translation>
            <numerusform>Merging %n copy…</numerusform>
            <numerusform>Merging %n copies…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n copy/copies merged.</source>
        <translation>
            <numerusform>%n copy merged.</numerusform>
            <numerusform>%n copies merged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message numerus="yes">
        <location filename="../../ui/prep/participants.py" line="+155"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n participant(s)</source>
        <translation>
            <numerusform>%1 of %n participant</numerusform>
            <numerusform>%1 of %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="+167"/>
        <source>%n note(s) found</source>
        <translation>
            <numerusform>%n note found</numerusform>
            <numerusform>%n notes found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableDetails</name>
    <message numerus="yes">
        <location filename="../../ui/prep/tables.py" line="+176"/>
        <source>%n seated</source>
        <translation>
            <numerusform>%n seated</numerusform>
            <numerusform>%n seated</numerusform>
        </translation>
    </message>
</context>
</TS>
