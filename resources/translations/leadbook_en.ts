<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaText</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="159"/>
        <source>%n try/tries without an answer</source>
        <translation>
            <numerusform>%n try without an answer</numerusform>
            <numerusform>%n tries without an answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="163"/>
        <source>%n active lead(s) has/have no next step</source>
        <translation>
            <numerusform>%n active lead has no next step</numerusform>
            <numerusform>%n active leads have no next step</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="169"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="171"/>
        <source>%n today</source>
        <translation>
            <numerusform>%n today</numerusform>
            <numerusform>%n today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="173"/>
        <source>%n first response(s)</source>
        <translation>
            <numerusform>%n first response</numerusform>
            <numerusform>%n first responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="175"/>
        <source>%n revisit(s)</source>
        <translation>
            <numerusform>%n revisit</numerusform>
            <numerusform>%n revisits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="176"/>
        <source>%n to decide</source>
        <translation>
            <numerusform>%n to decide</numerusform>
            <numerusform>%n to decide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CadenceDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="423"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="425"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarSyncPage</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="322"/>
        <source>Calendar sync is off; %n event(s) taken off the calendar.</source>
        <translation>
            <numerusform>Calendar sync is off; %n event taken off the calendar.</numerusform>
            <numerusform>Calendar sync is off; %n events taken off the calendar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="987"/>
        <source>%n follow-up(s) planned</source>
        <translation>
            <numerusform>%n follow-up planned</numerusform>
            <numerusform>%n follow-ups planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1142"/>
        <source>Moved %n follow-up(s).</source>
        <translation>
            <numerusform>Moved %n follow-up.</numerusform>
            <numerusform>Moved %n follow-ups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallSheetDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="256"/>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="310"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallSheetText</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="523"/>
        <source>%n e-mail(s) or letter(s) left out</source>
        <translation>
            <numerusform>%n e-mail or letter left out</numerusform>
            <numerusform>%n e-mails and letters left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="275"/>
        <source>Wrote a demo lead book with %n lead(s) to %1</source>
        <translation>
            <numerusform>Wrote a demo lead book with %n lead to %1</numerusform>
            <numerusform>Wrote a demo lead book with %n leads to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="327"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="327"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="358"/>
        <source>Backed up %n lead(s) to %1 (verified)</source>
        <translation>
            <numerusform>Backed up %n lead to %1 (verified)</numerusform>
            <numerusform>Backed up %n leads to %1 (verified)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="413"/>
        <source>Removed Leadbook from the applications menu (%n file(s))</source>
        <translation>
            <numerusform>Removed Leadbook from the applications menu (%n file)</numerusform>
            <numerusform>Removed Leadbook from the applications menu (%n files)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="564"/>
        <source>... and %n more row(s) with errors</source>
        <translation>
            <numerusform>... and %n more row with errors</numerusform>
            <numerusform>... and %n more rows with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="570"/>
        <source>... and %n more row(s) with replaced characters</source>
        <translation>
            <numerusform>... and %n more row with replaced characters</numerusform>
            <numerusform>... and %n more rows with replaced characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="594"/>
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="595"/>
        <location filename="../../desktop/leadbook/cli.py" line="616"/>
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n row with errors</numerusform>
            <numerusform>%n rows with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="596"/>
        <source>%n the same as a row above</source>
        <translation>
            <numerusform>%n the same as a row above</numerusform>
            <numerusform>%n the same as a row above</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="613"/>
        <source>%n merged with a row above</source>
        <translation>
            <numerusform>%n merged with a row above</numerusform>
            <numerusform>%n merged with a row above</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="646"/>
        <source>Exported %n follow-up(s) to %1</source>
        <translation>
            <numerusform>Exported %n follow-up to %1</numerusform>
            <numerusform>Exported %n follow-ups to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="661"/>
        <source>Exported %n lead(s) to %1</source>
        <translation>
            <numerusform>Exported %n lead to %1</numerusform>
            <numerusform>Exported %n leads to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="89"/>
        <source>Only the %n lead(s) shown</source>
        <translation>
            <numerusform>Only the %n lead shown</numerusform>
            <numerusform>Only the %n leads shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="91"/>
        <source>All %n lead(s)</source>
        <translation>
            <numerusform>All %n lead</numerusform>
            <numerusform>All %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="190"/>
        <source>%n do-not-contact lead(s) left out</source>
        <translation>
            <numerusform>%n do-not-contact lead left out</numerusform>
            <numerusform>%n do-not-contact leads left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="229"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="229"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="353"/>
        <source>Exports the %n lead(s) of the current filter.</source>
        <translation>
            <numerusform>Exports the %n lead of the current filter.</numerusform>
            <numerusform>Exports the %n leads of the current filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="355"/>
        <source>Exports all %n lead(s), not only the current filter&apos;s.</source>
        <translation>
            <numerusform>Exports all %n lead, not only the current filter&apos;s.</numerusform>
            <numerusform>Exports all %n leads, not only the current filter&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="357"/>
        <source>Exports all %n lead(s).</source>
        <translation>
            <numerusform>Exports all %n lead.</numerusform>
            <numerusform>Exports all %n leads.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="153"/>
        <source>%n lead(s) added</source>
        <translation>
            <numerusform>%n lead added</numerusform>
            <numerusform>%n leads added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="155"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="157"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="161"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="165"/>
        <source>%n row(s) with errors left out</source>
        <translation>
            <numerusform>%n row with errors left out</numerusform>
            <numerusform>%n rows with errors left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="603"/>
        <source>%n new lead(s)</source>
        <translation>
            <numerusform>%n new lead</numerusform>
            <numerusform>%n new leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="604"/>
        <source>%n already in the book</source>
        <translation>
            <numerusform>%n already in the book</numerusform>
            <numerusform>%n already in the book</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="599"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="601"/>
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n row with errors</numerusform>
            <numerusform>%n rows with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="159"/>
        <source>%n merged with a row above</source>
        <translation>
            <numerusform>%n merged with a row above</numerusform>
            <numerusform>%n merged with a row above</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="598"/>
        <source>%n the same as a row above</source>
        <translation>
            <numerusform>%n the same as a row above</numerusform>
            <numerusform>%n the same as a row above</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="610"/>
        <source>… and %n more row(s) like these</source>
        <translation>
            <numerusform>… and %n more row like these</numerusform>
            <numerusform>… and %n more rows like these</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="808"/>
        <source>%n lead(s) it added</source>
        <translation>
            <numerusform>%n lead it added</numerusform>
            <numerusform>%n leads it added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="809"/>
        <source>%n lead(s) it merged into</source>
        <translation>
            <numerusform>%n lead it merged into</numerusform>
            <numerusform>%n leads it merged into</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="813"/>
        <source>%n of them was/were changed since the import; that/those change(s) will be lost.</source>
        <translation>
            <numerusform>%n of them was changed since the import; that change will be lost.</numerusform>
            <numerusform>%n of them were changed since the import; those changes will be lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="438"/>
        <source>%n attempt(s) in a row without an answer</source>
        <translation>
            <numerusform>%n attempt in a row without an answer</numerusform>
            <numerusform>%n attempts in a row without an answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="445"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="456"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="582"/>
        <source>Plan its %n step(s) from today</source>
        <translation>
            <numerusform>Plan its %n step from today</numerusform>
            <numerusform>Plan its %n steps from today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="461"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="229"/>
        <source>&amp;Keep the %n remaining step(s) of the cadence “%1”</source>
        <translation>
            <numerusform>&amp;Keep the %n remaining step of the cadence “%1”</numerusform>
            <numerusform>&amp;Keep the %n remaining steps of the cadence “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="230"/>
        <source>&amp;Keep the %n remaining step(s) of the cadence</source>
        <translation>
            <numerusform>&amp;Keep the %n remaining step of the cadence</numerusform>
            <numerusform>&amp;Keep the %n remaining steps of the cadence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="269"/>
        <source>%n unanswered attempt(s) in a row. Keep going: most deals take five or more follow-ups.</source>
        <translation>
            <numerusform>%n unanswered attempt in a row. Keep going: most deals take five or more follow-ups.</numerusform>
            <numerusform>%n unanswered attempts in a row. Keep going: most deals take five or more follow-ups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="309"/>
        <source>Proposed from the default rhythm: %n day(s) later, on a working day.</source>
        <translation>
            <numerusform>Proposed from the default rhythm: %n day later, on a working day.</numerusform>
            <numerusform>Proposed from the default rhythm: %n days later, on a working day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/main_window.py" line="855"/>
        <source>Deleted %n lead(s).</source>
        <translation>
            <numerusform>Deleted %n lead.</numerusform>
            <numerusform>Deleted %n leads.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NurtureView</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="91"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="69"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="71"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="72"/>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="225"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="136"/>
        <source>You stopped after one touch on %1 of %n lead(s) (%2); the articles&apos; sellers: %3.</source>
        <translation>
            <numerusform>You stopped after one touch on %1 of %n lead (%2); the articles&apos; sellers: %3.</numerusform>
            <numerusform>You stopped after one touch on %1 of %n leads (%2); the articles&apos; sellers: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="147"/>
        <source>%n lead(s) decided after %1 touches on average (the articles: %2); %3 had five or more (the articles: %4 of sales need that many).</source>
        <translation>
            <numerusform>%n lead decided after %1 touches on average (the articles: %2); %3 had five or more (the articles: %4 of sales need that many).</numerusform>
            <numerusform>%n leads decided after %1 touches on average (the articles: %2); %3 had five or more (the articles: %4 of sales need that many).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="158"/>
        <source>%1 of the %n lead(s) added in this period never had a touch (%2); the articles: %3.</source>
        <translation>
            <numerusform>%1 of the %n lead added in this period never had a touch (%2); the articles: %3.</numerusform>
            <numerusform>%1 of the %n leads added in this period never had a touch (%2); the articles: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="182"/>
        <source>Web inquiries answered within an hour: %1 of %n (%2).</source>
        <translation>
            <numerusform>Web inquiries answered within an hour: %1 of %n (%2).</numerusform>
            <numerusform>Web inquiries answered within an hour: %1 of %n (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="192"/>
        <source>%n lead(s) won; %1 of them on the fifth touch or later (%2).</source>
        <translation>
            <numerusform>%n lead won; %1 of them on the fifth touch or later (%2).</numerusform>
            <numerusform>%n leads won; %1 of them on the fifth touch or later (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="199"/>
        <source>%n “no”(s) called back: %1 reopened, %2 won since.</source>
        <translation>
            <numerusform>%n “no” called back: %1 reopened, %2 won since.</numerusform>
            <numerusform>%n “no”s called back: %1 reopened, %2 won since.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="223"/>
        <source>Nothing slipped on %1 of %n day(s) with follow-ups due; streak: %2.</source>
        <translation>
            <numerusform>Nothing slipped on %1 of %n day with follow-ups due; streak: %2.</numerusform>
            <numerusform>Nothing slipped on %1 of %n days with follow-ups due; streak: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="232"/>
        <source>%n active lead(s) without a next step now.</source>
        <translation>
            <numerusform>%n active lead without a next step now.</numerusform>
            <numerusform>%n active leads without a next step now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="336"/>
        <source>Touches before the decision: %1 — %n lead(s)</source>
        <translation>
            <numerusform>Touches before the decision: %1 — %n lead</numerusform>
            <numerusform>Touches before the decision: %1 — %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="392"/>
        <source>Won on touch %1 — %n lead(s)</source>
        <translation>
            <numerusform>Won on touch %1 — %n lead</numerusform>
            <numerusform>Won on touch %1 — %n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="84"/>
        <source>Overdue by %n minute(s)</source>
        <translation>
            <numerusform>Overdue by %n minute</numerusform>
            <numerusform>Overdue by %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="85"/>
        <source>Overdue by %n hour(s)</source>
        <translation>
            <numerusform>Overdue by %n hour</numerusform>
            <numerusform>Overdue by %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="86"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="89"/>
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>In %n minute</numerusform>
            <numerusform>In %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="90"/>
        <source>In %n hour(s)</source>
        <translation>
            <numerusform>In %n hour</numerusform>
            <numerusform>In %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="91"/>
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="162"/>
        <source>%n overdue from earlier days</source>
        <translation>
            <numerusform>%n overdue from earlier days</numerusform>
            <numerusform>%n overdue from earlier days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="164"/>
        <source>%n shown earlier today</source>
        <translation>
            <numerusform>%n shown earlier today</numerusform>
            <numerusform>%n shown earlier today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="531"/>
        <source>%n new reminder(s)</source>
        <translation>
            <numerusform>%n new reminder</numerusform>
            <numerusform>%n new reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="535"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="782"/>
        <source>No answer from %1 (%n attempt(s) in a row).</source>
        <translation>
            <numerusform>No answer from %1 (%n attempt in a row).</numerusform>
            <numerusform>No answer from %1 (%n attempts in a row).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevisitsText</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="98"/>
        <source>%n revisit(s)</source>
        <translation>
            <numerusform>%n revisit</numerusform>
            <numerusform>%n revisits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevisitsView</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="143"/>
        <source>%n revisit(s)</source>
        <translation>
            <numerusform>%n revisit</numerusform>
            <numerusform>%n revisits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/command.py" line="114"/>
        <source>Calendar sync is off; %n event(s) taken off the calendar.</source>
        <translation>
            <numerusform>Calendar sync is off; %n event taken off the calendar.</numerusform>
            <numerusform>Calendar sync is off; %n events taken off the calendar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="42"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="43"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="44"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="47"/>
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="48"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="49"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="50"/>
        <source>%n changed on both sides</source>
        <translation>
            <numerusform>%n changed on both sides</numerusform>
            <numerusform>%n changed on both sides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="64"/>
        <source>The calendar lacks %n event(s) Leadbook put there, too many to be deletions on your phone: no follow-up was cancelled, and they are sent again. To empty the calendar, turn sync off.</source>
        <translation>
            <numerusform>The calendar lacks %n event Leadbook put there, too many to be deletions on your phone: no follow-up was cancelled, and they are sent again. To empty the calendar, turn sync off.</numerusform>
            <numerusform>The calendar lacks %n events Leadbook put there, too many to be deletions on your phone: no follow-up was cancelled, and they are sent again. To empty the calendar, turn sync off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="81"/>
        <location filename="../../desktop/leadbook/sync/words.py" line="82"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="139"/>
        <source>%n reminder(s) is/are due or still to come today. This desktop has no tray, so Leadbook cannot remind you once it is closed.</source>
        <translation>
            <numerusform>%n reminder is due or still to come today. This desktop has no tray, so Leadbook cannot remind you once it is closed.</numerusform>
            <numerusform>%n reminders are due or still to come today. This desktop has no tray, so Leadbook cannot remind you once it is closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="395"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="330"/>
        <source>Leadbook — %n thing(s) to do today</source>
        <translation>
            <numerusform>Leadbook — %n thing to do today</numerusform>
            <numerusform>Leadbook — %n things to do today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/texts.py" line="253"/>
        <source>Delete %n lead(s)</source>
        <translation>
            <numerusform>Delete %n lead</numerusform>
            <numerusform>Delete %n leads</numerusform>
        </translation>
    </message>
</context>
</TS>
