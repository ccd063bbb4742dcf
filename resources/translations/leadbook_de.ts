<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="56"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="57"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="58"/>
        <source>First responses due</source>
        <translation>Fällige Erstkontakte</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="59"/>
        <source>Revisits due: they said no, ask again</source>
        <translation>Fällige Wiedervorlagen: abgesagt, erneut fragen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="121"/>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="60"/>
        <source>Decide: the stop rule is reached</source>
        <translation>Entscheiden: Stoppregel erreicht</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="61"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="67"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="68"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="69"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="70"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="71"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="72"/>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="73"/>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="74"/>
        <source>Last touch</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="111"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="115"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="117"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="123"/>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="125"/>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="138"/>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="144"/>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="140"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="141"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="145"/>
        <source>overdue by %1</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="149"/>
        <source>#%1</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="186"/>
        <source>Nothing due.</source>
        <translation>Nichts fällig.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="189"/>
        <source>%1 to do: %2</source>
        <translation>%1 zu erledigen: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="289"/>
        <source>Answer by %1</source>
        <translation>Antworten bis %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="453"/>
        <source>… and %1 more (leadbook today without --limit lists them all)</source>
        <translation>… und %1 weitere (leadbook today ohne --limit zeigt alle)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="259"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="262"/>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="421"/>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="350"/>
        <source>Said no: %1</source>
        <translation>Absage: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="430"/>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="432"/>
        <source>Agenda for %1</source>
        <translation>Agenda für %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="305"/>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="439"/>
        <source>last touch %1</source>
        <translation>letzter Kontakt %1</translation>
    </message>
</context>
<context>
    <name>AgendaText</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="159"/>
        <source>%n try/tries without an answer</source>
        <translation>
            <numerusform>%n Versuch ohne Antwort</numerusform>
            <numerusform>%n Versuche ohne Antwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="163"/>
        <source>%n active lead(s) has/have no next step</source>
        <translation>
            <numerusform>%n aktiver Lead hat keinen nächsten Schritt</numerusform>
            <numerusform>%n aktive Leads haben keinen nächsten Schritt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="169"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="171"/>
        <source>%n today</source>
        <translation>
            <numerusform>%n heute</numerusform>
            <numerusform>%n heute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="173"/>
        <source>%n first response(s)</source>
        <translation>
            <numerusform>%n Erstkontakt</numerusform>
            <numerusform>%n Erstkontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="175"/>
        <source>%n revisit(s)</source>
        <translation>
            <numerusform>%n Wiedervorlage</numerusform>
            <numerusform>%n Wiedervorlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="176"/>
        <source>%n to decide</source>
        <translation>
            <numerusform>%n zu entscheiden</numerusform>
            <numerusform>%n zu entscheiden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="114"/>
        <source>Something went wrong</source>
        <extracomment>How often the open window asks whether the start-up check has its verdict. What the start leaves until Today&apos;s first paint (``_settle_start``) runs after this long at the latest.</extracomment>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="115"/>
        <source>Leadbook hit an unexpected problem. Your saved work is safe.
Details were written to %1</source>
        <translation>Leadbook ist auf ein unerwartetes Problem gestoßen. Ihre gespeicherten Daten sind sicher.
Details stehen in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="261"/>
        <location filename="../../desktop/leadbook/app.py" line="580"/>
        <source>Cannot open the lead book</source>
        <extracomment>The check the open window waits for: the start-up check, or the full check after damage. Damage a read met before that check&apos;s verdict (``report_unexpected``), for the verdict to settle. The book a full check found sound: damage SQLite reports on it again is a bug&apos;s to report (a full-text index only its own check could see on a read-only book, say), not a new check.</extracomment>
        <translation>Die Lead-Kartei lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="169"/>
        <source>Checking the lead book</source>
        <translation>Die Lead-Kartei wird geprüft</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="171"/>
        <source>SQLite reported damage while reading the lead book. Leadbook is checking all of it; nothing is written until the check is done.</source>
        <translation>SQLite hat beim Lesen der Lead-Kartei einen Schaden gemeldet. Leadbook prüft sie jetzt vollständig; bis die Prüfung abgeschlossen ist, wird nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="444"/>
        <source>The lead book is damaged</source>
        <translation>Die Lead-Kartei ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="448"/>
        <source>SQLite found damage in %1. No verified copy of it could be made (%2), so it was left where it is — nothing was moved or deleted. Make room beside it (or make its folder writable) and start Leadbook again, or open another file.</source>
        <translation>SQLite hat in %1 Schäden gefunden. Es ließ sich keine geprüfte Kopie davon anlegen (%2), daher bleibt die Datei, wo sie ist — nichts wurde verschoben oder gelöscht. Schaffen Sie daneben Platz (oder machen Sie ihren Ordner beschreibbar) und starten Sie Leadbook neu, oder öffnen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="459"/>
        <source>SQLite found damage in %1. It has been moved aside to %2 — nothing was deleted.</source>
        <translation>SQLite hat in %1 Schäden gefunden. Die Datei wurde nach %2 verschoben – gelöscht wurde nichts.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="471"/>
        <source>The newest good backup is from %1 (%2 leads).</source>
        <translation>Die neueste intakte Sicherung stammt vom %1 (%2 Leads).</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="475"/>
        <source>Restore that backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="478"/>
        <source>Open another file…</source>
        <translation>Andere Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="490"/>
        <source>Open a lead book</source>
        <translation>Lead-Kartei öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="511"/>
        <location filename="../../desktop/leadbook/app.py" line="524"/>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="595"/>
        <source>Leadbook is already open</source>
        <translation>Leadbook ist bereits geöffnet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="596"/>
        <source>Another Leadbook has %1 open but does not answer. Close it (or end it in the task manager), then start Leadbook again.</source>
        <translation>Ein anderes Leadbook hat %1 geöffnet, reagiert aber nicht. Schließen Sie es (oder beenden Sie es im Task-Manager) und starten Sie Leadbook dann neu.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="40"/>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="41"/>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="42"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="43"/>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="44"/>
        <location filename="../../desktop/leadbook/cli.py" line="99"/>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="45"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="46"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="47"/>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="48"/>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="49"/>
        <source>expected one argument</source>
        <translation>erwartet einen Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="50"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="51"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="52"/>
        <source>ignored explicit argument %r</source>
        <translation>überzähliger Wert %r wird nicht angenommen</translation>
    </message>
</context>
<context>
    <name>CadenceDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="62"/>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="73"/>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="91"/>
        <source>Cadences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="76"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="77"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="78"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="79"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="84"/>
        <source>Make an editable copy of this cadence</source>
        <translation>Bearbeitbare Kopie dieser Sequenz anlegen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="85"/>
        <source>Type the new name, then Save</source>
        <translation>Neuen Namen eingeben, dann speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="97"/>
        <source>e.g. After a trade fair</source>
        <translation>z. B. Nach der Messe</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="101"/>
        <source>Built-in cadences come with Leadbook and cannot be changed. Duplicate one to make your own.</source>
        <translation>Mitgelieferte Sequenzen gehören zu Leadbook und lassen sich nicht ändern. Duplizieren Sie eine, um daraus Ihre eigene zu machen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="111"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="111"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="111"/>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="111"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="123"/>
        <source>&amp;Add step</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="125"/>
        <source>Move u&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="126"/>
        <source>Move do&amp;wn</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="142"/>
        <source>the day it starts</source>
        <translation>am Starttag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="124"/>
        <source>Rem&amp;ove step</source>
        <translation>Schritt &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="109"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="145"/>
        <source>Day %1</source>
        <comment>a cadence step&apos;s day (spin box)</comment>
        <extracomment>The spin box shows the number where %1 stands; the words around it stay put while the number changes (Chinese: &quot;第 %1 天&quot;).</extracomment>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="150"/>
        <source>Channel of the step</source>
        <translation>Kanal des Schritts</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="153"/>
        <source>Objective of the step</source>
        <translation>Ziel des Schritts</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="160"/>
        <source>What to say or write at this step. Bring something of value: an idea, a figure, an answer.</source>
        <translation>Was Sie in diesem Schritt sagen oder schreiben. Bieten Sie etwas Wertvolles: eine Idee, eine Zahl, eine Antwort.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="177"/>
        <source>S&amp;tep</source>
        <translation>Sch&amp;ritt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="178"/>
        <source>M&amp;essage</source>
        <translation>Nachr&amp;icht</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="181"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="184"/>
        <source>Save this cadence (Ctrl+S)</source>
        <translation>Diese Sequenz speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="187"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="196"/>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="267"/>
        <source>%1 (built-in)</source>
        <translation>%1 (mitgeliefert)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="269"/>
        <source>%1 (not saved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="269"/>
        <source>New cadence</source>
        <translation>Neue Sequenz</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="274"/>
        <source>Comes with Leadbook; read-only</source>
        <translation>Gehört zu Leadbook; schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="358"/>
        <source>This message has phrases to avoid</source>
        <translation>Diese Nachricht enthält Floskeln, die Sie vermeiden sollten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="421"/>
        <source>no steps yet</source>
        <translation>noch keine Schritte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="423"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="425"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="426"/>
        <source>%1 over %2</source>
        <translation>%1, verteilt auf %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="473"/>
        <source>A cadence needs a name.</source>
        <translation>Eine Sequenz braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="477"/>
        <source>There is already a cadence called “%1”.</source>
        <translation>Es gibt bereits eine Sequenz namens „%1“.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="479"/>
        <source>A cadence needs at least one step: use Add step.</source>
        <translation>Eine Sequenz braucht mindestens einen Schritt: Klicken Sie auf „Schritt hinzufügen“.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="481"/>
        <source>Days count from the day the cadence starts: use 0 or more.</source>
        <translation>Die Tage zählen ab dem Starttag der Sequenz: Verwenden Sie 0 oder mehr.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="500"/>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="560"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="517"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="518"/>
        <source>Save the changes to this cadence?</source>
        <translation>Änderungen an dieser Sequenz speichern?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="550"/>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="582"/>
        <source>Delete cadence</source>
        <translation>Sequenz löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="583"/>
        <source>Delete the cadence “%1”? Follow-ups it already planned stay in place.</source>
        <translation>Sequenz „%1“ löschen? Bereits damit geplante Follow-ups bleiben bestehen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="595"/>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>Cadences</name>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="60"/>
        <source>Hi {first_name},

Thank you for your time today.

What I took away: [the key point you heard, in their words].

My next step: [what you will do, and by when].

Your next step: [what they said they would do, and why it moves things forward].

Have a good week!</source>
        <translation>Hallo {first_name},

vielen Dank für Ihre Zeit heute.

Was ich mitnehme: [der wichtigste Punkt aus dem Gespräch, in den Worten des Kunden].

Mein nächster Schritt: [was ich tue und bis wann].

Ihr nächster Schritt: [was der Kunde zugesagt hat und warum das die Sache voranbringt].

Ich wünsche Ihnen eine gute Woche!</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="81"/>
        <source>After first meeting</source>
        <translation>Nach dem Erstgespräch</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="84"/>
        <source>Call: answer what is still open from the meeting.</source>
        <translation>Anruf: offene Punkte aus dem Gespräch klären.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="86"/>
        <source>Send something of value: a short article, a figure or an idea for their situation.</source>
        <translation>Etwas Wertvolles schicken: einen kurzen Artikel, eine Zahl oder eine Idee für die Situation des Kunden.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="87"/>
        <source>Call: propose the next meeting or a site visit.</source>
        <translation>Anruf: nächsten Termin oder einen Termin vor Ort vorschlagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="88"/>
        <source>Check in: what has changed since we spoke?</source>
        <translation>Nachfassen: Was hat sich seit unserem Gespräch getan?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="94"/>
        <source>Post-sale</source>
        <translation>Nach dem Kauf</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="96"/>
        <source>Handwritten thank-you card for the order.</source>
        <translation>Handgeschriebene Dankeskarte für den Auftrag.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="97"/>
        <source>Call after delivery: is everything as they expected?</source>
        <translation>Anruf nach der Lieferung: Ist alles so, wie der Kunde es erwartet hat?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="98"/>
        <source>Handwritten thank-you card after delivery.</source>
        <translation>Handgeschriebene Dankeskarte nach der Lieferung.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="99"/>
        <source>Check in: how is it working out? Anyone else who could use it?</source>
        <translation>Nachfassen: Wie läuft es? Kennt der Kunde noch jemanden, der es brauchen könnte?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="105"/>
        <source>New web inquiry</source>
        <translation>Neue Web-Anfrage</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="107"/>
        <source>Answer the question they asked; say when you will call.</source>
        <translation>Die gestellte Frage beantworten und sagen, wann Sie anrufen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="108"/>
        <source>Call: understand the need, offer a meeting.</source>
        <translation>Anruf: Bedarf verstehen, Termin anbieten.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="109"/>
        <source>Send an example or a reference that fits their need.</source>
        <translation>Ein Beispiel oder eine Referenz schicken, die zum Bedarf passt.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="110"/>
        <source>Call: book the meeting.</source>
        <translation>Anruf: Termin vereinbaren.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="111"/>
        <source>Check in with something new to offer.</source>
        <translation>Nachfassen – mit einem neuen Angebot oder einer neuen Idee.</translation>
    </message>
</context>
<context>
    <name>CalendarSync</name>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar_sync.py" line="223"/>
        <source>Syncing the calendar…</source>
        <extracomment>A fault only the user can mend (a wrong password, a read-only or gone calendar, an untrusted certificate): no sync by itself until they act (Settings, Sync now), so that a server counting failed logins is not asked again and again with the wrong password.</extracomment>
        <translation>Kalender wird abgeglichen…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar_sync.py" line="260"/>
        <source>Calendar sync waits for your password.</source>
        <translation>Der Kalenderabgleich wartet auf Ihr Passwort.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar_sync.py" line="256"/>
        <location filename="../../desktop/leadbook/gui/calendar_sync.py" line="266"/>
        <source>Calendar sync stopped; details are in the log.</source>
        <translation>Der Kalenderabgleich wurde angehalten; Details stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar_sync.py" line="315"/>
        <source>Done on your phone</source>
        <translation>Auf dem Handy erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar_sync.py" line="318"/>
        <source>&amp;Log it…</source>
        <translation>&amp;Erfassen…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar_sync.py" line="319"/>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>CalendarSyncPage</name>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="53"/>
        <source>Keep your planned follow-ups in a calendar on your own server (Nextcloud, iCloud, Fastmail, Radicale, …), so your phone reminds you, and bring back what you move, delete or mark done there. Leadbook talks only to this server, and only while sync is on.</source>
        <translation>Führen Sie Ihre geplanten Follow-ups in einem Kalender auf Ihrem eigenen Server (Nextcloud, iCloud, Fastmail, Radicale, …), damit Ihr Handy Sie erinnert, und übernehmen Sie, was Sie dort verschieben, löschen oder als erledigt markieren. Leadbook spricht nur mit diesem Server und nur, solange der Abgleich eingeschaltet ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="63"/>
        <source>https://cloud.example.com, or you@example.com</source>
        <translation>https://cloud.example.com oder sie@example.com</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="69"/>
        <source>an app password, where your provider has them</source>
        <translation>ein App-Passwort, falls Ihr Anbieter das anbietet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="75"/>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="76"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="77"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="78"/>
        <source>Ca&amp;lendar:</source>
        <translation>Ka&amp;lender:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="79"/>
        <source>Put the follow-ups in as t&amp;asks (to-dos) instead of events</source>
        <translation>Follow-ups als Aufgaben (&amp;To-dos) statt als Termine eintragen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="84"/>
        <source>The password is kept in your system&apos;s keyring, never in the book.</source>
        <translation>Das Passwort wird im Schlüsselbund Ihres Systems aufbewahrt, nie in der Kartei.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="86"/>
        <source>This computer has no keyring: Leadbook asks for the password once per session and keeps it only in memory.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund: Leadbook fragt einmal pro Sitzung nach dem Passwort und behält es nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="90"/>
        <source>Co&amp;nnect</source>
        <translation>Verbi&amp;nden</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="93"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt abgleichen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="96"/>
        <source>Turn &amp;off…</source>
        <translation>&amp;Ausschalten…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="119"/>
        <source>Calendar sync is off.</source>
        <translation>Der Kalenderabgleich ist ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="122"/>
        <source>Syncing with the calendar “%1” at %2 as %3.</source>
        <translation>Abgleich mit dem Kalender „%1“ auf %2 als %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="152"/>
        <source>Your follow-ups go to “%1” as tasks now.</source>
        <translation>Ihre Follow-ups gehen jetzt als Aufgaben nach „%1“.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="153"/>
        <source>Your follow-ups go to “%1” as events now.</source>
        <translation>Ihre Follow-ups gehen jetzt als Termine nach „%1“.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="173"/>
        <source>Give the server, your user name and the password.</source>
        <translation>Geben Sie den Server, Ihren Benutzernamen und das Passwort an.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="186"/>
        <source>Looking for your calendars…</source>
        <translation>Ihre Kalender werden gesucht…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="145"/>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="204"/>
        <source>Leadbook could not keep the account on this computer: %1</source>
        <translation>Leadbook konnte das Konto auf diesem Computer nicht speichern: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="216"/>
        <source>Connected to “%1”. Your follow-ups are on their way.</source>
        <translation>Mit „%1“ verbunden. Ihre Follow-ups sind unterwegs.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="218"/>
        <source>This computer has no keyring, so the password is kept only until Leadbook closes.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund; das Passwort bleibt daher nur erhalten, bis Leadbook geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="232"/>
        <source>Leadbook could not connect; details are in the log.</source>
        <translation>Leadbook konnte keine Verbindung herstellen; Details stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="249"/>
        <source>Trust this server?</source>
        <translation>Diesem Server vertrauen?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="250"/>
        <source>The server&apos;s certificate is signed by no authority this computer knows. Trust it only if its SHA-256 fingerprint is the one your server shows:

%1</source>
        <translation>Das Zertifikat des Servers ist von keiner Stelle signiert, die dieser Computer kennt. Vertrauen Sie ihm nur, wenn sein SHA-256-Fingerabdruck derselbe ist, den Ihr Server anzeigt:

%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="255"/>
        <source>&amp;Trust it</source>
        <translation>&amp;Vertrauen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="260"/>
        <source>Not connected: the certificate was not trusted.</source>
        <translation>Nicht verbunden: Dem Zertifikat wurde nicht vertraut.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="273"/>
        <source>Turn calendar sync off</source>
        <translation>Kalenderabgleich ausschalten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="274"/>
        <source>Leadbook stops syncing with “%1”. Leave its events in the calendar, or take them off?</source>
        <translation>Leadbook beendet den Abgleich mit „%1“. Sollen die Termine von Leadbook im Kalender bleiben oder daraus entfernt werden?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="281"/>
        <source>&amp;Leave them</source>
        <translation>&amp;Belassen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="282"/>
        <source>&amp;Take them off</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="309"/>
        <source>Turning calendar sync off…</source>
        <translation>Kalenderabgleich wird ausgeschaltet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="322"/>
        <source>Calendar sync is off; %n event(s) taken off the calendar.</source>
        <translation>
            <numerusform>Der Kalenderabgleich ist aus; %n Termin wurde aus dem Kalender entfernt.</numerusform>
            <numerusform>Der Kalenderabgleich ist aus; %n Termine wurden aus dem Kalender entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="323"/>
        <source>Calendar sync is off; the calendar&apos;s events stay.</source>
        <translation>Der Kalenderabgleich ist aus; die Termine im Kalender bleiben.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="330"/>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="335"/>
        <source>Calendar sync stays on; details are in the log.</source>
        <translation>Der Kalenderabgleich bleibt eingeschaltet; Details stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="340"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="306"/>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="601"/>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="99"/>
        <source>%1 planned · capacity %2</source>
        <translation>%1 geplant · Kapazität %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="371"/>
        <source>Revisits  %1</source>
        <translation>Rückrufe  %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="617"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="848"/>
        <source>MMMM yyyy</source>
        <comment>the month view&apos;s title</comment>
        <extracomment>A QDate format: MMMM = month name, M = month number, yyyy = year; put other Latin letters in single quotes. Chinese: &quot;yyyy年M月&quot;.</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="852"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="860"/>
        <source>Previous (Page Up)</source>
        <translation>Zurück (Bild auf)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="861"/>
        <source>Next (Page Down)</source>
        <translation>Weiter (Bild ab)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="862"/>
        <source>&amp;Today</source>
        <translation>Heu&amp;te</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="863"/>
        <source>Go to today (T)</source>
        <translation>Zu heute springen (T)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="868"/>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="868"/>
        <source>Month view</source>
        <translation>Monatsansicht</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="869"/>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="869"/>
        <source>Week view</source>
        <translation>Wochenansicht</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="873"/>
        <source>E&amp;ven out…</source>
        <translation>&amp;Ausgleichen…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="874"/>
        <source>Move the least urgent follow-ups of an overloaded day to the next working days with room</source>
        <translation>Die am wenigsten dringenden Follow-ups eines überlasteten Tages auf die nächsten Arbeitstage mit freier Kapazität verschieben</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="933"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="934"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="935"/>
        <source>Days of the month</source>
        <translation>Tage des Monats</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="936"/>
        <source>Days of the week</source>
        <translation>Tage der Woche</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="937"/>
        <source>Follow-ups of the chosen day</source>
        <translation>Follow-ups des gewählten Tages</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="974"/>
        <source>Week %1 · %2 – %3</source>
        <translation>KW %1 · %2 – %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="987"/>
        <source>%n follow-up(s) planned</source>
        <translation>
            <numerusform>%n Follow-up geplant</numerusform>
            <numerusform>%n Follow-ups geplant</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="989"/>
        <source>over the day&apos;s capacity of %1</source>
        <translation>über der Tageskapazität von %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="991"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="662"/>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="996"/>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1112"/>
        <source>Move to a past day?</source>
        <translation>Auf einen vergangenen Tag verschieben?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1112"/>
        <source>Move to a past day? It will be overdue at once.</source>
        <translation>Auf einen vergangenen Tag verschieben? Das Follow-up ist dann sofort überfällig.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1114"/>
        <source>Move to a time that has passed?</source>
        <translation>Auf eine Uhrzeit verschieben, die schon vorbei ist?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1115"/>
        <source>Move to a time that has passed? It will be overdue at once.</source>
        <translation>Auf eine Uhrzeit verschieben, die schon vorbei ist? Das Follow-up ist dann sofort überfällig.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1120"/>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1134"/>
        <source>Moved the follow-up to %1.</source>
        <translation>Follow-up auf %1 verschoben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1142"/>
        <source>Moved %n follow-up(s).</source>
        <translation>
            <numerusform>%n Follow-up verschoben.</numerusform>
            <numerusform>%n Follow-ups verschoben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="105"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="107"/>
        <source>Today&apos;s calls and meetings</source>
        <translation>Heutige Anrufe und Termine</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="111"/>
        <source>First responses due</source>
        <translation>Fällige Erstkontakte</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="116"/>
        <source>Revisits due</source>
        <translation>Fällige Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="222"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="228"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="383"/>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="225"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="226"/>
        <source>by %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="245"/>
        <source>Decides</source>
        <translation>Entscheidet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="246"/>
        <source>%1 · decides</source>
        <translation>%1 · entscheidet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="248"/>
        <source>%1 · does not decide</source>
        <translation>%1 · entscheidet nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="250"/>
        <source>Does not decide</source>
        <translation>Entscheidet nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="255"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="256"/>
        <source>%1; decision-maker: %2</source>
        <translation>%1; Entscheider: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="263"/>
        <source>, </source>
        <comment>between the parts of an address</comment>
        <extracomment>Between the parts of an address on one line (street, city, country): Chinese &quot;，&quot;.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="278"/>
        <source>also %1</source>
        <translation>auch %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="291"/>
        <source>No touch yet</source>
        <translation>Noch kein Kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="311"/>
        <source>%1 · %2</source>
        <comment>channel · goal</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="324"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="326"/>
        <source>%1 · attempt %2</source>
        <translation>%1 · %2. Versuch</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="335"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="434"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="336"/>
        <source>Role</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="337"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="396"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="436"/>
        <source>Last touch</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="338"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="397"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="437"/>
        <source>Rapport</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="339"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="398"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="438"/>
        <source>Best time</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="390"/>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="392"/>
        <source>Said no</source>
        <translation>Absage</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="393"/>
        <source>Said by</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="395"/>
        <source>Last note</source>
        <translation>Letzte Notiz</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="399"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="412"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="420"/>
        <source>Revisit · %1</source>
        <translation>Wiedervorlage · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="413"/>
        <source>Find out whether now is the time</source>
        <translation>Herausfinden, ob jetzt der richtige Zeitpunkt ist</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="432"/>
        <source>Nurture, no, or keep going?</source>
        <translation>Warmhalten, Absage oder weitermachen?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="435"/>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="511"/>
        <source>Ask: %1</source>
        <extracomment>Before the questions a revisit asks, on one line under its section&apos;s title.</extracomment>
        <translation>Fragen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="525"/>
        <source>No calls, meetings, e-mails or first responses are due on this day. A good day to plan the next step of a lead that has none.</source>
        <translation>An diesem Tag sind keine Anrufe, Termine, E-Mails oder Erstkontakte fällig. Ein guter Tag, um für Leads ohne nächsten Schritt einen zu planen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="531"/>
        <source>No calls, meetings or first responses are due on this day.</source>
        <translation>An diesem Tag sind keine Anrufe, Termine oder Erstkontakte fällig.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="536"/>
        <source>Call sheet</source>
        <translation>Anrufliste</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="542"/>
        <source>Nothing due — a clear day</source>
        <translation>Nichts fällig – ein freier Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="544"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="545"/>
        <source>No phone number</source>
        <translation>Keine Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="546"/>
        <source>Call sheet · %1</source>
        <translation>Anrufliste · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="547"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="548"/>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
</context>
<context>
    <name>CallSheetDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="64"/>
        <source>Export call sheet as PDF</source>
        <translation>Anrufliste als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="66"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="73"/>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="97"/>
        <source>Print call sheet</source>
        <translation>Anrufliste drucken</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="100"/>
        <source>Call sheet</source>
        <translation>Anrufliste</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="119"/>
        <source>&amp;Date:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="121"/>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="124"/>
        <source>Include &amp;e-mails and letters</source>
        <translation>&amp;E-Mails und Briefe einbeziehen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="130"/>
        <source>Compact: one row each</source>
        <translation>Kompakt: eine Zeile pro Eintrag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="131"/>
        <source>Detailed: room for notes</source>
        <translation>Ausführlich: Platz für Notizen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="133"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="150"/>
        <source>Preview of the call sheet</source>
        <translation>Vorschau der Anrufliste</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="164"/>
        <source>E&amp;xport PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="165"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="238"/>
        <source>Some characters will print as boxes</source>
        <translation>Einige Zeichen werden als Kästchen gedruckt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="256"/>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="310"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="263"/>
        <source>Print anyway</source>
        <translation>Trotzdem drucken</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="277"/>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="278"/>
        <source>The printer could not be used. Check that it is on and try again.</source>
        <translation>Der Drucker ließ sich nicht verwenden. Prüfen Sie, ob er eingeschaltet ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="284"/>
        <source>Call sheet %1.pdf</source>
        <translation>Anrufliste %1.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="289"/>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="302"/>
        <source>The PDF was not saved</source>
        <translation>Das PDF wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="303"/>
        <source>Leadbook could not write %1: %2
Choose another folder or file name.</source>
        <translation>Leadbook konnte %1 nicht schreiben: %2
Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="309"/>
        <source>Saved %1 (%2).</source>
        <translation>%1 gespeichert (%2).</translation>
    </message>
</context>
<context>
    <name>CallSheetText</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="523"/>
        <source>%n e-mail(s) or letter(s) left out</source>
        <translation>
            <numerusform>%n E-Mail oder Brief ausgelassen</numerusform>
            <numerusform>%n E-Mails oder Briefe ausgelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="84"/>
        <source>FILE</source>
        <extracomment>Options that open the app; a command line of only these needs no parser for the terminal verbs. The name of a file the user gives, in capitals as command-line help writes placeholders.</extracomment>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="85"/>
        <source>another day than today (in your time zone)</source>
        <translation>ein anderer Tag als heute (in Ihrer Zeitzone)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="89"/>
        <source>use this lead book instead of your own</source>
        <translation>diese Kartei statt Ihrer eigenen verwenden</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="93"/>
        <source>Leadbook: an offline lead book that makes you follow up. Without a command it opens the app on your own lead book.</source>
        <translation>Leadbook: eine Offline-Kartei, die Sie nachfassen lässt. Ohne Befehl öffnet es die App mit Ihrer eigenen Kartei.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="100"/>
        <source>open a freshly made demo book (never your own)</source>
        <translation>eine frisch angelegte Demo-Kartei öffnen (nie Ihre eigene)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="102"/>
        <source>start quietly in the tray (how Leadbook starts at login)</source>
        <translation>still im Infobereich starten (so startet Leadbook bei der Anmeldung)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="104"/>
        <source>check this Leadbook can run here: write a demo book&apos;s call sheet to a PDF, say where</source>
        <translation>prüfen, ob Leadbook hier läuft: die Anrufliste einer Demo-Kartei als PDF schreiben und sagen, wohin</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="109"/>
        <source>Linux: add Leadbook to your applications menu (for you only, no root needed)</source>
        <translation>Linux: Leadbook in Ihr Anwendungsmenü aufnehmen (nur für Sie, ohne Root-Rechte)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="114"/>
        <source>Linux: remove Leadbook from your applications menu</source>
        <translation>Linux: Leadbook aus Ihrem Anwendungsmenü entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="120"/>
        <source>COMMAND</source>
        <extracomment>The placeholder for the command word in &quot;leadbook [options] COMMAND&quot;, in capitals.</extracomment>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="121"/>
        <source>write a demo lead book to %1</source>
        <translation>eine Demo-Kartei nach %1 schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="126"/>
        <source>print the agenda: overdue, today, first responses, decide, tomorrow</source>
        <translation>die Agenda ausgeben: überfällig, heute, Erstkontakte, entscheiden, morgen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="133"/>
        <source>list at most N rows per section and count the rest (default: every row)</source>
        <translation>höchstens N Zeilen je Abschnitt zeigen und den Rest zählen (Standard: alle Zeilen)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="136"/>
        <source>write the printable call sheet of a day to a PDF file</source>
        <translation>die druckbare Anrufliste eines Tages als PDF-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="139"/>
        <source>leave out e-mails and letters</source>
        <translation>E-Mails und Briefe auslassen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="144"/>
        <source>the PDF file to write</source>
        <translation>die PDF-Datei, die geschrieben wird</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="146"/>
        <source>print due and upcoming revisits of the no&apos;s</source>
        <translation>fällige und kommende Wiedervorlagen der Absagen ausgeben</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="148"/>
        <source>print your follow-up figures beside the research (the Progress page)</source>
        <translation>Ihre Nachfass-Zahlen neben der Forschung ausgeben (die Seite „Fortschritt“)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="150"/>
        <source>count from this day (default: the last 365 days)</source>
        <translation>ab diesem Tag zählen (Standard: die letzten 365 Tage)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="151"/>
        <source>make a verified backup of the book now</source>
        <translation>jetzt eine geprüfte Sicherung der Kartei anlegen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="152"/>
        <source>run SQLite&apos;s full integrity check on the book</source>
        <translation>die vollständige Integritätsprüfung von SQLite für die Kartei ausführen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="160"/>
        <source>sync the follow-ups with your calendar server once and say what went each way</source>
        <translation>die Follow-ups einmal mit Ihrem Kalenderserver abgleichen und sagen, was in welche Richtung ging</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="163"/>
        <source>turn sync on with this server (a URL, a host name or an e-mail address); the password is read from the input or LEADBOOK_SYNC_PASSWORD into the keyring</source>
        <translation>den Abgleich mit diesem Server einschalten (eine URL, ein Hostname oder eine E-Mail-Adresse); das Passwort wird aus der Eingabe oder LEADBOOK_SYNC_PASSWORD gelesen und im Schlüsselbund abgelegt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="165"/>
        <location filename="../../desktop/leadbook/cli.py" line="166"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="165"/>
        <source>your user name on the server</source>
        <translation>Ihr Benutzername auf dem Server</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="167"/>
        <source>the calendar to use, made when there is none (default: Leadbook)</source>
        <translation>der zu verwendende Kalender; wird angelegt, wenn es ihn nicht gibt (Standard: Leadbook)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="169"/>
        <source>with --setup: put the follow-ups in as tasks (to-dos) instead of events</source>
        <translation>mit --setup: die Follow-ups als Aufgaben (To-dos) statt als Termine eintragen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="170"/>
        <source>FINGERPRINT</source>
        <translation>FINGERABDRUCK</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="171"/>
        <source>trust the server&apos;s self-signed certificate with this SHA-256 fingerprint</source>
        <translation>dem selbst signierten Zertifikat des Servers mit diesem SHA-256-Fingerabdruck vertrauen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="172"/>
        <source>turn sync off (the calendar&apos;s events stay)</source>
        <translation>den Abgleich ausschalten (die Termine im Kalender bleiben)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="174"/>
        <source>with --off: take Leadbook&apos;s events off the calendar first</source>
        <translation>mit --off: zuerst die Termine von Leadbook aus dem Kalender entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="184"/>
        <source>%1 is not a date; write it as YYYY-MM-DD, like 2026-11-23</source>
        <translation>%1 ist kein Datum; schreiben Sie es als YYYY-MM-DD (Jahr-Monat-Tag), etwa 2026-11-23</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="189"/>
        <source>%1 is outside the dates Leadbook works with, %2 to %3</source>
        <translation>%1 liegt außerhalb des Datumsbereichs von Leadbook (%2 bis %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="201"/>
        <source>%1 is not a whole number of 1 or more</source>
        <translation>%1 ist keine ganze Zahl ab 1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="267"/>
        <source>leadbook: %1 already exists; choose a new file name</source>
        <translation>leadbook: %1 existiert bereits; wählen Sie einen neuen Dateinamen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="270"/>
        <source>leadbook: the demo book could not be written to %1 (%2); nothing was left behind</source>
        <translation>leadbook: die Demo-Kartei konnte nicht nach %1 geschrieben werden (%2); es blieb nichts davon zurück</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="275"/>
        <source>Wrote a demo lead book with %n lead(s) to %1</source>
        <translation>
            <numerusform>Demo-Kartei mit %n Lead nach %1 geschrieben</numerusform>
            <numerusform>Demo-Kartei mit %n Leads nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="319"/>
        <source>leadbook: cannot write %1: %2</source>
        <translation>leadbook: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="326"/>
        <source>Wrote the call sheet for %1 (%2, %3) to %4</source>
        <translation>Anrufliste für %1 (%2, %3) nach %4 geschrieben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="327"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="327"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="343"/>
        <source>leadbook: the backup failed and does not count: %1</source>
        <translation>leadbook: Die Sicherung ist fehlgeschlagen und zählt nicht: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="350"/>
        <source>leadbook: SQLite found damage in %1 (%2), so no backup was made. Open it in Leadbook, which sets it aside and offers the newest good backup.</source>
        <translation>leadbook: SQLite hat in %1 Schäden gefunden (%2), daher wurde keine Sicherung erstellt. Öffnen Sie die Datei in Leadbook: Es legt sie beiseite und bietet die neueste gute Sicherung an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="358"/>
        <source>Backed up %n lead(s) to %1 (verified)</source>
        <translation>
            <numerusform>%n Lead nach %1 gesichert (geprüft)</numerusform>
            <numerusform>%n Leads nach %1 gesichert (geprüft)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="368"/>
        <source>leadbook: %1 does not exist</source>
        <translation>leadbook: %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="373"/>
        <location filename="../../desktop/leadbook/cli.py" line="390"/>
        <source>leadbook: cannot check %1: %2</source>
        <translation>leadbook: %1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="377"/>
        <source>%1: DAMAGED</source>
        <translation>%1: BESCHÄDIGT</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="380"/>
        <source>Leadbook will set it aside and offer your newest good backup when it opens it.</source>
        <translation>Leadbook legt die Datei beim Öffnen beiseite und bietet Ihre neueste intakte Sicherung an.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="383"/>
        <source>%1: ok (full integrity check passed); read-only: Leadbook opens it without changing it</source>
        <translation>%1: OK (vollständige Integritätsprüfung bestanden); schreibgeschützt: Leadbook öffnet die Datei, ohne sie zu ändern</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="386"/>
        <source>%1: ok (full integrity check passed)</source>
        <translation>%1: OK (vollständige Integritätsprüfung bestanden)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="394"/>
        <source>The number of leads or of first responses that Leadbook keeps for speed was off; it is set right now.</source>
        <translation>Die Zahl der Leads oder der Erstkontakte, die Leadbook für mehr Tempo mitführt, stimmte nicht; sie ist jetzt richtiggestellt.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="408"/>
        <source>leadbook: the desktop entry is for Linux menus; on Windows and macOS the packaged app is added by dragging it to Applications or pinning it to Start</source>
        <translation>leadbook: der Desktop-Eintrag ist für Linux-Menüs; unter Windows und macOS ziehen Sie die gepackte App in „Programme“ oder heften sie an „Start“ an</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="413"/>
        <source>Removed Leadbook from the applications menu (%n file(s))</source>
        <translation>
            <numerusform>Leadbook aus dem Anwendungsmenü entfernt (%n Datei)</numerusform>
            <numerusform>Leadbook aus dem Anwendungsmenü entfernt (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="414"/>
        <source>Leadbook was not in the applications menu</source>
        <translation>Leadbook war nicht im Anwendungsmenü</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="426"/>
        <source>leadbook: cannot add the menu entry: %1</source>
        <translation>leadbook: der Menüeintrag kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="428"/>
        <source>Added Leadbook to the applications menu: %1 (icons in %2)</source>
        <translation>Leadbook ins Anwendungsmenü aufgenommen: %1 (Symbole in %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="480"/>
        <source>import leads from a CSV file (Google, Outlook, LinkedIn, any) or vCards</source>
        <translation>Leads aus einer CSV-Datei (Google, Outlook, LinkedIn, beliebig) oder aus vCards importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="486"/>
        <source>what %1 is (default: recognised from its content)</source>
        <translation>was %1 ist (Standard: am Inhalt erkannt)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="488"/>
        <source>show what would happen; change nothing</source>
        <translation>zeigen, was geschähe; nichts ändern</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="493"/>
        <source>what to do with contacts the book already has (default: merge)</source>
        <translation>was mit Kontakten geschieht, die die Kartei schon hat (Standard: merge = zusammenführen)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="495"/>
        <source>import nothing if any row has an error</source>
        <translation>nichts importieren, wenn eine Zeile einen Fehler hat</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="500"/>
        <source>export leads (csv, vcf) or follow-ups (ics)</source>
        <translation>Leads (csv, vcf) oder Follow-ups (ics) exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="506"/>
        <source>csv or vcf: leads; ics: planned follow-ups with reminders</source>
        <translation>csv oder vcf: Leads; ics: geplante Follow-ups mit Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="509"/>
        <source>the file to write</source>
        <translation>die Datei, die geschrieben wird</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="514"/>
        <source>only leads matching this search (csv, vcf)</source>
        <translation>nur Leads, die zu dieser Suche passen (csv, vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="515"/>
        <source>only leads with this tag (csv, vcf)</source>
        <translation>nur Leads mit diesem Schlagwort (csv, vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="516"/>
        <source>only leads in this stage, like qualified (csv, vcf)</source>
        <translation>nur Leads in dieser Phase, etwa qualified (csv, vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="538"/>
        <source>leadbook: %1 is not a two-letter country code, like SE or US</source>
        <translation>leadbook: %1 ist kein Ländercode aus zwei Buchstaben wie DE oder US</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="544"/>
        <location filename="../../desktop/leadbook/cli.py" line="556"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="546"/>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="546"/>
        <source>(none recognised)</source>
        <translation>(keine erkannt)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="555"/>
        <source>Columns not used: %1</source>
        <translation>Nicht verwendete Spalten: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="564"/>
        <source>... and %n more row(s) with errors</source>
        <translation>
            <numerusform>... und %n weitere fehlerhafte Zeile</numerusform>
            <numerusform>... und %n weitere fehlerhafte Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="570"/>
        <source>... and %n more row(s) with replaced characters</source>
        <translation>
            <numerusform>... und %n weitere Zeile mit ersetzten Zeichen</numerusform>
            <numerusform>... und %n weitere Zeilen mit ersetzten Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="576"/>
        <source>... and %1 more rows with values kept in the notes</source>
        <translation>... und %1 weitere Zeilen mit Werten, die in die Notizen übernommen wurden</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="584"/>
        <source>Dry run, nothing imported</source>
        <translation>Probelauf, nichts importiert</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="586"/>
        <source>Nothing imported (--strict, rows with errors)</source>
        <translation>Nichts importiert (--strict, fehlerhafte Zeilen)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="589"/>
        <source>%1: %2: %3 new, %4 (%5 with new details), %7, %6</source>
        <translation>%1: %2: %3 neu, %4 (%5 mit neuen Angaben), %7, %6</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="591"/>
        <source>%1: %2: %3 new, %4 (%5 with new details), %6</source>
        <translation>%1: %2: %3 neu, %4 (%5 mit neuen Angaben), %6</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="594"/>
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n Duplikat</numerusform>
            <numerusform>%n Duplikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="595"/>
        <location filename="../../desktop/leadbook/cli.py" line="616"/>
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile</numerusform>
            <numerusform>%n fehlerhafte Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="596"/>
        <source>%n the same as a row above</source>
        <translation>
            <numerusform>%n gleich einer Zeile weiter oben</numerusform>
            <numerusform>%n gleich einer Zeile weiter oben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="609"/>
        <source>Imported %1: %2 added, %3 updated, %4 already there, %7, %5 skipped, %6</source>
        <translation>%1 importiert: %2 hinzugefügt, %3 aktualisiert, %4 schon vorhanden, %7, %5 übersprungen, %6</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="611"/>
        <source>Imported %1: %2 added, %3 updated, %4 already there, %5 skipped, %6</source>
        <translation>%1 importiert: %2 hinzugefügt, %3 aktualisiert, %4 schon vorhanden, %5 übersprungen, %6</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="613"/>
        <source>%n merged with a row above</source>
        <translation>
            <numerusform>%n mit einer Zeile weiter oben zusammengeführt</numerusform>
            <numerusform>%n mit einer Zeile weiter oben zusammengeführt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="617"/>
        <source>, possible duplicates to review: %1</source>
        <translation>, mögliche Duplikate zum Prüfen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="634"/>
        <source>leadbook: %1 is not a stage; use one of %2</source>
        <translation>leadbook: %1 ist keine Phase; möglich sind %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="646"/>
        <source>Exported %n follow-up(s) to %1</source>
        <translation>
            <numerusform>%n Follow-up nach %1 exportiert</numerusform>
            <numerusform>%n Follow-ups nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="658"/>
        <source>leadbook: cannot write %1: %2; nothing was written</source>
        <translation>leadbook: %1 kann nicht geschrieben werden: %2; nichts wurde geschrieben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="661"/>
        <source>Exported %n lead(s) to %1</source>
        <translation>
            <numerusform>%n Lead nach %1 exportiert</numerusform>
            <numerusform>%n Leads nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayStrip</name>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="73"/>
        <source>Days of the period: slipped or not</source>
        <extracomment>Each kind of day in the strip: its share of the strip&apos;s height.</extracomment>
        <translation>Tage des Zeitraums: etwas liegen geblieben oder nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="81"/>
        <source>Slipped on: %1</source>
        <translation>Liegen geblieben am: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="128"/>
        <source>nothing slipped</source>
        <translation>nichts liegen geblieben</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="128"/>
        <source>something slipped</source>
        <translation>etwas liegen geblieben</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="129"/>
        <source>nothing due</source>
        <translation>nichts fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="147"/>
        <source>%1: something slipped (click to list the leads)</source>
        <translation>%1: etwas ist liegen geblieben (klicken, um die Leads aufzulisten)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="148"/>
        <source>%1: nothing slipped</source>
        <translation>%1: nichts liegen geblieben</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="148"/>
        <source>%1: nothing was due</source>
        <translation>%1: nichts war fällig</translation>
    </message>
</context>
<context>
    <name>DueEdit</name>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="104"/>
        <source>at a set &amp;time</source>
        <translation>zu fester &amp;Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="106"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="48"/>
        <source>Review possible duplicates</source>
        <translation>Mögliche Duplikate prüfen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="55"/>
        <source>The two leads, field by field</source>
        <translation>Die beiden Leads, Feld für Feld</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="59"/>
        <source>&amp;Merge</source>
        <translation>Zusa&amp;mmenführen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="60"/>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="61"/>
        <source>&amp;Not the same person</source>
        <translation>&amp;Nicht dieselbe Person</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="62"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="79"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="79"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="79"/>
        <source>Role</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="80"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="80"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="81"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="81"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="82"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="82"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="83"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="83"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="83"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="84"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="84"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="102"/>
        <source>They share an e-mail address but have different names.</source>
        <translation>Beide haben dieselbe E-Mail-Adresse, aber verschiedene Namen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="103"/>
        <source>They share a phone number but have different names.</source>
        <translation>Beide haben dieselbe Telefonnummer, aber verschiedene Namen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="104"/>
        <source>They have the same name and company but other e-mails or phones.</source>
        <translation>Beide haben denselben Namen und dieselbe Firma, aber andere E-Mail-Adressen oder Telefonnummern.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="118"/>
        <source>No possible duplicates left to review.</source>
        <translation>Keine möglichen Duplikate mehr zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="123"/>
        <source>%1 of %2: %3 Choose which value to keep where they differ; e-mails, phones, tags and notes of both are kept.</source>
        <translation>%1 von %2: %3 Wählen Sie, welcher Wert bleibt, wo sich die beiden unterscheiden; E-Mails, Telefonnummern, Tags und Notizen beider bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>EvenOutDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="767"/>
        <source>Even out %1</source>
        <translation>%1 ausgleichen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="773"/>
        <source>%1 planned, %2 fit a day. Move the least urgent (untimed, earliest stage, latest planned) to the next working days with room:</source>
        <translation>%1 geplant, %2 passen an einen Tag. Die am wenigsten dringenden (ohne Uhrzeit, früheste Phase, zuletzt geplant) auf die nächsten Arbeitstage mit freier Kapazität verschieben:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="777"/>
        <source>There is no room on the following working days, or nothing to move.</source>
        <translation>An den folgenden Arbeitstagen ist kein Platz, oder es gibt nichts zu verschieben.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="781"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="781"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="781"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="781"/>
        <source>Moves to</source>
        <translation>Verschoben auf</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="794"/>
        <source>&amp;Move %1</source>
        <translation>%1 &amp;verschieben</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="87"/>
        <source>Export leads</source>
        <translation>Leads exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="88"/>
        <source>The lead list is filtered. Export only the leads it shows, or all of them?</source>
        <translation>Die Lead-Liste ist gefiltert. Nur die angezeigten Leads exportieren oder alle?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="89"/>
        <source>Only the %n lead(s) shown</source>
        <translation>
            <numerusform>Nur der %n angezeigte Lead</numerusform>
            <numerusform>Nur die %n angezeigten Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="91"/>
        <source>All %n lead(s)</source>
        <translation>
            <numerusform>%n Lead (alle)</numerusform>
            <numerusform>Alle %n Leads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="118"/>
        <source>%1 could not be written: %2. Nothing was written; choose another folder or file name.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Es wurde nichts geschrieben; wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="120"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="159"/>
        <source>Export leads as CSV</source>
        <translation>Leads als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="159"/>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="162"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="161"/>
        <source>Export leads as CSV for another address book</source>
        <translation>Leads als CSV für ein anderes Adressbuch exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="164"/>
        <source>Export leads as vCard</source>
        <translation>Leads als vCard exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="165"/>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="167"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="190"/>
        <source>%n do-not-contact lead(s) left out</source>
        <translation>
            <numerusform>%n Lead mit Kontaktsperre ausgelassen</numerusform>
            <numerusform>%n Leads mit Kontaktsperre ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="202"/>
        <source>Leadbook follow-ups</source>
        <translation>Leadbook-Follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="210"/>
        <source>Export follow-ups as iCalendar</source>
        <translation>Follow-ups als iCalendar exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="211"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="229"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n Follow-up</numerusform>
            <numerusform>%n Follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="229"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n Lead</numerusform>
            <numerusform>%n Leads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="230"/>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="232"/>
        <source>%1 (never in a marketing export).</source>
        <translation>%1 (nie in einem Marketing-Export).</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="239"/>
        <source>Leads as CSV for a spreadsheet</source>
        <translation>Leads als CSV für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="241"/>
        <source>Leads as CSV for another address book</source>
        <translation>Leads als CSV für ein anderes Adressbuch</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="243"/>
        <source>Leads as vCard</source>
        <translation>Leads als vCard</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="244"/>
        <source>Follow-ups as iCalendar</source>
        <translation>Follow-ups als iCalendar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="249"/>
        <source>Column names that Google Contacts, Outlook and Thunderbird know; phone numbers as typed.</source>
        <translation>Spaltennamen, die Google Kontakte, Outlook und Thunderbird kennen; Telefonnummern so, wie sie eingegeben wurden.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="251"/>
        <source>One lead a row, for Excel or LibreOffice; Leadbook imports it back without duplicates.</source>
        <translation>Ein Lead pro Zeile, für Excel oder LibreOffice; Leadbook importiert die Datei ohne Duplikate wieder.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="253"/>
        <source>Contact cards for a phone or an address book.</source>
        <translation>Kontaktkarten für ein Handy oder ein Adressbuch.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="254"/>
        <source>Every planned follow-up with its reminder, for the calendar of a phone or of Outlook.</source>
        <translation>Jedes geplante Follow-up mit seiner Erinnerung, für den Kalender eines Handys oder von Outlook.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="278"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="299"/>
        <source>The current &amp;filter&apos;s leads</source>
        <translation>Leads des aktuellen &amp;Filters</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="300"/>
        <source>&amp;All leads</source>
        <translation>&amp;Alle Leads</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="313"/>
        <source>E&amp;xport:</source>
        <translation>E&amp;xport:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="318"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="351"/>
        <source>Exports every planned follow-up; leads are not exported.</source>
        <translation>Exportiert alle geplanten Follow-ups; Leads werden nicht exportiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="353"/>
        <source>Exports the %n lead(s) of the current filter.</source>
        <translation>
            <numerusform>Exportiert den %n Lead des aktuellen Filters.</numerusform>
            <numerusform>Exportiert die %n Leads des aktuellen Filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="355"/>
        <source>Exports all %n lead(s), not only the current filter&apos;s.</source>
        <translation>
            <numerusform>Exportiert %n Lead (alle), nicht nur die des aktuellen Filters.</numerusform>
            <numerusform>Exportiert alle %n Leads, nicht nur die des aktuellen Filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="357"/>
        <source>Exports all %n lead(s).</source>
        <translation>
            <numerusform>Exportiert %n Lead (alle).</numerusform>
            <numerusform>Exportiert alle %n Leads.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="360"/>
        <source>%1, as in every marketing export.</source>
        <translation>%1, wie bei jedem Marketing-Export.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="316"/>
        <source>Edit follow-up — %1</source>
        <translation>Follow-up bearbeiten – %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="316"/>
        <source>Plan follow-up — %1</source>
        <translation>Follow-up planen – %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="338"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="346"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="348"/>
        <source>&amp;Objective</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="355"/>
        <source>What you will say or write. Bring something of value each time: an idea, a figure, an answer.</source>
        <translation>Was Sie sagen oder schreiben werden. Bieten Sie jedes Mal etwas Wertvolles: eine Idee, eine Zahl, eine Antwort.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="363"/>
        <source>Cop&amp;y</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="364"/>
        <source>Open in &amp;e-mail</source>
        <translation>In &amp;E-Mail öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="365"/>
        <source>C&amp;all</source>
        <translation>&amp;Anrufen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="368"/>
        <source>Copy the message to the clipboard</source>
        <translation>Nachricht in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="371"/>
        <source>Write to %1 with this message</source>
        <translation>Mit dieser Nachricht an %1 schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="373"/>
        <source>This lead has no e-mail address</source>
        <translation>Dieser Lead hat keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="377"/>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="377"/>
        <source>This lead has no phone number</source>
        <translation>Dieser Lead hat keine Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="395"/>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="397"/>
        <source>&amp;Remind me</source>
        <translation>E&amp;rinnern</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="401"/>
        <source>Minutes before</source>
        <translation>Minuten vorher</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="402"/>
        <source> min before</source>
        <translation> Min. vorher</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="405"/>
        <source>at the start of the working day (%1)</source>
        <translation>zu Beginn des Arbeitstags (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="417"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="270"/>
        <source>Too soon after an unanswered attempt: give them room. The gap ends on %1.</source>
        <translation>Zu früh nach einem unbeantworteten Versuch: Lassen Sie dem Kunden Luft. Der Abstand endet am %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="276"/>
        <source>%1 is not a working day: most people will not answer then.</source>
        <translation>%1 ist kein Werktag: Die meisten Menschen antworten dann nicht.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="282"/>
        <source>Mo&amp;ve to %1</source>
        <translation>Auf %1 &amp;verschieben</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="490"/>
        <source>Nothing opened</source>
        <translation>Nichts geöffnet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="491"/>
        <source>No program on this computer opens %1 links. Copy the message instead.</source>
        <translation>Kein Programm auf diesem Computer öffnet %1-Links. Kopieren Sie stattdessen die Nachricht.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="520"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>FontNotice</name>
    <message>
        <location filename="../../desktop/leadbook/gui/font_notice.py" line="120"/>
        <source>Some letters cannot be shown</source>
        <translation>Einige Zeichen können nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="119"/>
        <source>Add the language&apos;s fonts in Windows: Settings ▸ Time &amp; language ▸ Language &amp; region, add the language (or Optional features ▸ its Supplemental Fonts).</source>
        <translation>Fügen Sie unter Windows die Schriftarten der Sprache hinzu: Einstellungen ▸ Zeit und Sprache ▸ Sprache und Region, die Sprache hinzufügen (oder Optionale Features ▸ ihre ergänzenden Schriftarten).</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="125"/>
        <source>Add the language&apos;s fonts in macOS: open Font Book and download the fonts of that language.</source>
        <translation>Fügen Sie unter macOS die Schriftarten der Sprache hinzu: Öffnen Sie „Schriftsammlung“ und laden Sie die Schriften dieser Sprache.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="128"/>
        <source>Install a font that has them, for example: sudo apt-get install %1</source>
        <translation>Installieren Sie eine Schrift, die sie enthält, zum Beispiel: sudo apt-get install %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="140"/>
        <source>Chinese, Japanese or Korean letters</source>
        <translation>chinesischen, japanischen oder koreanischen Schriftzeichen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="142"/>
        <source>emoji</source>
        <translation>Emojis</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="144"/>
        <source>other letters</source>
        <translation>weiteren Zeichen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="151"/>
        <source>This computer has no font for the %1 in your lead book (%2): they show and print as empty boxes.</source>
        <translation>Dieser Computer hat keine Schrift für die %1 in Ihrer Lead-Kartei (%2): Sie erscheinen auf dem Bildschirm und im Druck als leere Kästchen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="163"/>
        <source>This computer has no font for the %1 on this call sheet (%2): they will print as empty boxes.</source>
        <translation>Dieser Computer hat keine Schrift für die %1 auf dieser Anrufliste (%2): Sie werden als leere Kästchen gedruckt.</translation>
    </message>
</context>
<context>
    <name>Guarded</name>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="176"/>
        <location filename="../../desktop/leadbook/gui/guarded.py" line="39"/>
        <location filename="../../desktop/leadbook/gui/guarded.py" line="45"/>
        <source>Nothing was changed</source>
        <translation>Es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/dialog_habits.py" line="36"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/dialog_habits.py" line="37"/>
        <source>Discard your changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/dialog_habits.py" line="38"/>
        <source>What you typed here has not been saved.</source>
        <translation>Was Sie hier eingegeben haben, ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/dialog_habits.py" line="39"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/dialog_habits.py" line="40"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>IcsMirror</name>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="86"/>
        <source>Leadbook could not remember this choice on this computer: %1</source>
        <translation>Leadbook konnte diese Wahl auf diesem Computer nicht speichern: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="142"/>
        <source>The calendar file in %1 could not be updated: %2</source>
        <translation>Die Kalenderdatei in %1 konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="170"/>
        <source>Keep a calendar file in this folder?</source>
        <translation>Eine Kalenderdatei in diesem Ordner führen?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="171"/>
        <source>This lead book asks to keep a calendar file of its follow-ups in %1.

Leadbook writes there only if you agree. Agree only if you chose this folder yourself; a book someone sent you may name any folder.</source>
        <translation>Diese Lead-Kartei möchte eine Kalenderdatei mit ihren Follow-ups in %1 führen.

Leadbook schreibt dort nur, wenn Sie zustimmen. Stimmen Sie nur zu, wenn Sie diesen Ordner selbst gewählt haben; eine Kartei, die Ihnen jemand geschickt hat, kann jeden beliebigen Ordner angeben.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="176"/>
        <source>Keep the calendar file there</source>
        <translation>Kalenderdatei dort führen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="178"/>
        <source>Not on this computer</source>
        <translation>Nicht auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="190"/>
        <source>Keep follow-ups in a calendar file in this folder</source>
        <translation>Follow-ups als Kalenderdatei in diesem Ordner führen</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="33"/>
        <source>a spreadsheet or another zip archive</source>
        <translation>eine Tabelle oder ein anderes ZIP-Archiv</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="34"/>
        <source>an old Excel or Word file</source>
        <translation>eine alte Excel- oder Word-Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="35"/>
        <source>a PDF</source>
        <translation>eine PDF-Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="36"/>
        <source>a database</source>
        <translation>eine Datenbank</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="37"/>
        <source>a picture</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="38"/>
        <source>a compressed archive</source>
        <translation>ein komprimiertes Archiv</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="39"/>
        <source>a calendar (.ics)</source>
        <translation>ein Kalender (.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="40"/>
        <source>a web page</source>
        <translation>eine Webseite</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="41"/>
        <source>a JSON file</source>
        <translation>eine JSON-Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="42"/>
        <source>a CSV file</source>
        <translation>eine CSV-Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="43"/>
        <source>a vCard file</source>
        <translation>eine vCard-Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="51"/>
        <source>%1 does not exist or is a folder. Choose a contacts file.</source>
        <translation>%1 existiert nicht oder ist ein Ordner. Wählen Sie eine Kontaktdatei.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="53"/>
        <source>%1 could not be read (%2). Check that the file is readable.</source>
        <translation>%1 konnte nicht gelesen werden (%2). Prüfen Sie, ob die Datei lesbar ist.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="55"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="57"/>
        <source>%1 is too big to be a contacts file. Split it into smaller files, or export fewer contacts.</source>
        <translation>%1 ist zu groß für eine Kontaktdatei. Teilen Sie sie in kleinere Dateien auf oder exportieren Sie weniger Kontakte.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="59"/>
        <source>%1 is not a text file. Leadbook imports CSV files and vCards (.vcf).</source>
        <translation>%1 ist keine Textdatei. Leadbook importiert CSV-Dateien und vCards (.vcf).</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="61"/>
        <source>%1 ends in the middle of a contact (from line %2): it was probably cut short while copying or downloading. Export it again.</source>
        <translation>%1 endet mitten in einem Kontakt (ab Zeile %2): Die Datei wurde wohl beim Kopieren oder Herunterladen abgeschnitten. Exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="64"/>
        <source>%1 is %2, not the format that was asked for.</source>
        <translation>%1 ist %2, nicht das angeforderte Format.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="66"/>
        <source>%1 is %2, not a contacts file. Leadbook imports CSV files and vCards (.vcf); a spreadsheet can be saved as CSV.</source>
        <translation>%1 ist %2, keine Kontaktdatei. Leadbook importiert CSV-Dateien und vCards (.vcf); eine Tabelle lässt sich als CSV speichern.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="69"/>
        <source>%1 has no contacts in it.</source>
        <translation>%1 enthält keine Kontakte.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="71"/>
        <source>No column of %1 gives a name, a company or an e-mail address, so no row could become a lead. Choose which column is what.</source>
        <translation>Keine Spalte von %1 enthält einen Namen, eine Firma oder eine E-Mail-Adresse, daher konnte keine Zeile zum Lead werden. Legen Sie fest, welche Spalte was enthält.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="73"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="79"/>
        <source>no name, company or e-mail address</source>
        <translation>kein Name, keine Firma und keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="80"/>
        <source>“%1” is not an e-mail address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="81"/>
        <source>“%1” is not a phone number</source>
        <translation>„%1“ ist keine Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="82"/>
        <source>“%1” is not a web address</source>
        <translation>„%1“ ist keine Webadresse</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="83"/>
        <source>the value “%1” is not a number</source>
        <translation>der Wert „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="84"/>
        <source>the value is negative</source>
        <translation>der Wert ist negativ</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="85"/>
        <source>“%1” is not a three-letter currency code</source>
        <translation>„%1“ ist kein dreistelliger Währungscode</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="86"/>
        <source>“%1” is not a stage Leadbook knows</source>
        <translation>„%1“ ist keine Phase, die Leadbook kennt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="87"/>
        <source>the row has more cells (%1) than the header</source>
        <translation>die Zeile hat mehr Zellen (%1) als die Kopfzeile</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="88"/>
        <source>the card could not be read (%1)</source>
        <translation>die Karte konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="90"/>
        <source>a value is larger than %1; no field of a lead holds that much, so the row is left out</source>
        <translation>ein Wert ist größer als %1; so viel fasst kein Feld eines Leads, daher wird die Zeile ausgelassen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="97"/>
        <source>an unreadable character was replaced with �; check the row after the import</source>
        <translation>ein unlesbares Zeichen wurde durch � ersetzt; prüfen Sie die Zeile nach dem Import</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="106"/>
        <source>Not imported as an e-mail: %1</source>
        <translation>Nicht als E-Mail importiert: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="107"/>
        <source>Not imported as a phone: %1</source>
        <translation>Nicht als Telefonnummer importiert: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="108"/>
        <source>Not imported as a web address: %1</source>
        <translation>Nicht als Webadresse importiert: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="109"/>
        <location filename="../../desktop/leadbook/interop/messages.py" line="110"/>
        <source>Not imported as a value: %1</source>
        <translation>Nicht als Wert importiert: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="111"/>
        <source>Not imported as a currency: %1</source>
        <translation>Nicht als Währung importiert: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="112"/>
        <source>Not imported as a stage: %1</source>
        <translation>Nicht als Phase importiert: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="118"/>
        <source>kept in the notes: %1</source>
        <translation>in die Notizen übernommen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="123"/>
        <source>; </source>
        <comment>between the problems of one row</comment>
        <extracomment>Between the problems of one row: Chinese &quot;；&quot;.</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="129"/>
        <source>same e-mail</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="130"/>
        <source>same phone and name</source>
        <translation>gleiche Telefonnummer und gleicher Name</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="131"/>
        <source>same name and company</source>
        <translation>gleicher Name und gleiche Firma</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="139"/>
        <source>same e-mail, another name</source>
        <translation>gleiche E-Mail, anderer Name</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="140"/>
        <source>same phone, another name</source>
        <translation>gleiche Telefonnummer, anderer Name</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="141"/>
        <source>same name and company, other e-mail or phone</source>
        <translation>gleicher Name und gleiche Firma, andere E-Mail oder Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="150"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="154"/>
        <source>Merged with leads already known: %1</source>
        <translation>Mit bereits bekannten Leads zusammengeführt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="161"/>
        <source>Possible duplicates, added as their own leads for review: %1</source>
        <translation>Mögliche Duplikate, als eigene Leads zum Prüfen angelegt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="177"/>
        <source>Revisit: %1</source>
        <translation>Wiedervorlage: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="186"/>
        <source>They said no: %1</source>
        <translation>Absage: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="188"/>
        <source>Said by %1</source>
        <translation>Abgesagt von %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="206"/>
        <source>Goal: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="211"/>
        <source>Rapport: %1</source>
        <translation>Persönliches: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="198"/>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="200"/>
        <source>E-mail: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="89"/>
        <source>— leave out —</source>
        <translation>– auslassen –</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="90"/>
        <source>Name (full)</source>
        <translation>Name (vollständig)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="91"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="92"/>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="93"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="94"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="377"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="95"/>
        <source>Role / job title</source>
        <translation>Position / Funktion</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="96"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="377"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="97"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="378"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="98"/>
        <source>Street address</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="99"/>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="100"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="101"/>
        <source>State / region</source>
        <translation>Bundesland / Region</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="102"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="103"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="104"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="105"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="106"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="107"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="108"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="109"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="110"/>
        <source>Rapport notes</source>
        <translation>Persönliche Notizen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="111"/>
        <source>Best time to reach</source>
        <translation>Am besten erreichbar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="112"/>
        <source>Decision-maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="113"/>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="120"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="123"/>
        <source>Google Contacts CSV</source>
        <translation>Google Kontakte (CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="124"/>
        <source>Outlook CSV</source>
        <translation>Outlook (CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="125"/>
        <source>LinkedIn connections CSV</source>
        <translation>LinkedIn-Kontakte (CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="126"/>
        <source>Leadbook CSV</source>
        <translation>Leadbook (CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="127"/>
        <source>Thunderbird CSV</source>
        <translation>Thunderbird (CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="128"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="135"/>
        <source>comma-separated</source>
        <translation>kommagetrennt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="136"/>
        <source>semicolon-separated</source>
        <translation>semikolongetrennt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="137"/>
        <source>tab-separated</source>
        <translation>tabulatorgetrennt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="153"/>
        <source>%n lead(s) added</source>
        <translation>
            <numerusform>%n Lead hinzugefügt</numerusform>
            <numerusform>%n Leads hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="155"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="157"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n schon vorhanden</numerusform>
            <numerusform>%n schon vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="159"/>
        <source>%n merged with a row above</source>
        <translation>
            <numerusform>%n mit einer Zeile weiter oben zusammengeführt</numerusform>
            <numerusform>%n mit einer Zeile weiter oben zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="161"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="163"/>
        <source>possible duplicates to review: %1</source>
        <translation>mögliche Duplikate zum Prüfen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="165"/>
        <source>%n row(s) with errors left out</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile ausgelassen</numerusform>
            <numerusform>%n fehlerhafte Zeilen ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="166"/>
        <source>Import: %1.</source>
        <translation>Import: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="309"/>
        <source>Import contacts — %1</source>
        <translation>Kontakte importieren – %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="322"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="323"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="324"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="325"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="460"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="679"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="345"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="362"/>
        <source>Columns of the file and their Leadbook fields</source>
        <translation>Spalten der Datei und ihre Leadbook-Felder</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="364"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="364"/>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="364"/>
        <source>Leadbook field</source>
        <translation>Leadbook-Feld</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="369"/>
        <source>Choose a column for the name, the company or the e-mail address.</source>
        <translation>Wählen Sie eine Spalte für den Namen, die Firma oder die E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="373"/>
        <source>The first leads as they would be imported</source>
        <translation>Die ersten Leads, wie sie importiert würden</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="377"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="377"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="378"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="384"/>
        <source>The first rows as they would be imported:</source>
        <translation>Die ersten Zeilen, wie sie importiert würden:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="419"/>
        <source>Selected rows:</source>
        <translation>Ausgewählte Zeilen:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="420"/>
        <source>&amp;Merge</source>
        <translation>Zusa&amp;mmenführen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="421"/>
        <source>&amp;Skip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="422"/>
        <source>&amp;Add as new</source>
        <translation>Als neu &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="428"/>
        <source>All duplicates:</source>
        <translation>Alle Duplikate:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="431"/>
        <source>Merge all</source>
        <translation>Alle zusammenführen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="431"/>
        <source>Skip all</source>
        <translation>Alle überspringen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="431"/>
        <source>Add all as new</source>
        <translation>Alle neu anlegen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="436"/>
        <source>Merging fills in what the lead lacks and adds new e-mails, phones, tags and notes; it never overwrites what you wrote.</source>
        <translation>Beim Zusammenführen wird ergänzt, was dem Lead fehlt, und neue E-Mails, Telefonnummern, Tags und Notizen kommen hinzu; was Sie selbst geschrieben haben, wird nie überschrieben.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="460"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="515"/>
        <source>Leadbook hit an unexpected problem reading %1. Nothing was imported.</source>
        <translation>Beim Lesen von %1 ist Leadbook auf ein unerwartetes Problem gestoßen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="526"/>
        <source>Leadbook does not know the program that wrote %1 (%2). Choose what each column holds; Leadbook remembers your choice for files with the same columns.</source>
        <translation>Leadbook kennt das Programm nicht, das %1 erstellt hat (%2). Legen Sie fest, was jede Spalte enthält; Leadbook merkt sich Ihre Auswahl für Dateien mit denselben Spalten.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="583"/>
        <source>Looking for duplicates…</source>
        <translation>Suche nach Duplikaten…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="598"/>
        <source>%1: %2, %3, %4, %5.</source>
        <translation>%1: %2, %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="598"/>
        <source>%n the same as a row above</source>
        <translation>
            <numerusform>%n gleich einer Zeile weiter oben</numerusform>
            <numerusform>%n gleich einer Zeile weiter oben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="601"/>
        <source>%1: %2, %3, %4.</source>
        <translation>%1: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="603"/>
        <source>%n new lead(s)</source>
        <translation>
            <numerusform>%n neuer Lead</numerusform>
            <numerusform>%n neue Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="604"/>
        <source>%n already in the book</source>
        <translation>
            <numerusform>%n schon in der Kartei</numerusform>
            <numerusform>%n schon in der Kartei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="599"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="601"/>
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile</numerusform>
            <numerusform>%n fehlerhafte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="608"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="610"/>
        <source>… and %n more row(s) like these</source>
        <translation>
            <numerusform>… und %n weitere solche Zeile</numerusform>
            <numerusform>… und %n weitere solche Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="615"/>
        <source>A possible duplicate is imported as its own lead and listed under Edit ▸ Review possible duplicates.</source>
        <translation>Ein mögliches Duplikat wird als eigener Lead importiert und unter Bearbeiten ▸ Mögliche Duplikate prüfen aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="619"/>
        <source>Read as %1.</source>
        <translation>Gelesen als %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="621"/>
        <source>Columns not used: %1.</source>
        <translation>Nicht verwendete Spalten: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="626"/>
        <source>You imported this same file on %1. Importing it again adds only what changed.</source>
        <translation>Sie haben diese Datei bereits am %1 importiert. Ein erneuter Import übernimmt nur die Änderungen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="632"/>
        <source>New leads</source>
        <translation>Neue Leads</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="634"/>
        <source>Possible duplicates</source>
        <translation>Mögliche Duplikate</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="636"/>
        <source>Rows with problems</source>
        <translation>Zeilen mit Problemen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="642"/>
        <source>New (%1)</source>
        <translation>Neu (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="643"/>
        <source>Duplicates (%1)</source>
        <translation>Duplikate (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="644"/>
        <source>Errors (%1)</source>
        <translation>Fehler (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="646"/>
        <source>Kept in notes</source>
        <translation>In Notizen übernommen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="649"/>
        <source>Kept in notes (%1)</source>
        <translation>In Notizen übernommen (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="679"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="681"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="720"/>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="722"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="725"/>
        <source>Leadbook hit an unexpected problem while importing. Nothing was imported.</source>
        <translation>Leadbook ist beim Import auf ein unerwartetes Problem gestoßen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="760"/>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="762"/>
        <source>Contacts (*.csv *.vcf *.vcard *.txt *.tsv);;All files (*)</source>
        <translation>Kontakte (*.csv *.vcf *.vcard *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="797"/>
        <source>Undo last import</source>
        <translation>Letzten Import rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="801"/>
        <source>There is no import to undo.</source>
        <translation>Es gibt keinen Import, der sich rückgängig machen ließe.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="806"/>
        <source>Undo the import of %1 on %2? This removes the %3 and puts %4 back as they were before.</source>
        <translation>Import von %1 vom %2 rückgängig machen? Das entfernt %3 und setzt %4 auf den Stand vor dem Import zurück.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="808"/>
        <source>%n lead(s) it added</source>
        <translation>
            <numerusform>den %n damit angelegten Lead</numerusform>
            <numerusform>die %n damit angelegten Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="809"/>
        <source>%n lead(s) it merged into</source>
        <translation>
            <numerusform>den %n damit ergänzten Lead</numerusform>
            <numerusform>die %n damit ergänzten Leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="813"/>
        <source>%n of them was/were changed since the import; that/those change(s) will be lost.</source>
        <translation>
            <numerusform>%n davon wurde seit dem Import geändert; diese Änderung geht verloren.</numerusform>
            <numerusform>%n davon wurden seit dem Import geändert; diese Änderungen gehen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="821"/>
        <source>Nothing was changed</source>
        <translation>Es wurde nichts geändert</translation>
    </message>
</context>
<context>
    <name>KeptModel</name>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="254"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="254"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="254"/>
        <source>Kept in the lead&apos;s notes</source>
        <translation>In die Notizen des Leads übernommen</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../desktop/leadbook/present/i18n.py" line="65"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="90"/>
        <source>Edit lead</source>
        <translation>Lead bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="90"/>
        <source>New lead</source>
        <translation>Neuer Lead</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="124"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="126"/>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="127"/>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="128"/>
        <source>&amp;Role</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="129"/>
        <source>This person makes the &amp;decision</source>
        <translation>Diese Person &amp;entscheidet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="130"/>
        <source>Decision-maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="131"/>
        <source>Their contact</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="132"/>
        <source>&amp;E-mails</source>
        <translation>E-&amp;Mails</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="133"/>
        <source>&amp;Phones</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="134"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="146"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="140"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="147"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="154"/>
        <source>several: separate with commas</source>
        <translation>mehrere: durch Kommas trennen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="155"/>
        <source>+46 70 123 45 67, …</source>
        <translation>+49 170 1234567, …</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="156"/>
        <source>who decides, if not this person</source>
        <translation>wer entscheidet, falls nicht diese Person</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="158"/>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="160"/>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="161"/>
        <source>S&amp;tage</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="167"/>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="169"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="177"/>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="179"/>
        <source>Preferred c&amp;hannel</source>
        <translation>Bevorzugter &amp;Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="179"/>
        <source>No preference</source>
        <translation>Keine Präferenz</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="186"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="188"/>
        <source>Unit of the interval</source>
        <translation>Einheit des Intervalls</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="192"/>
        <source>Pre&amp;ferred interval</source>
        <translation>Bevorzugtes &amp;Intervall</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="193"/>
        <source>&amp;Best time to reach</source>
        <translation>Am &amp;besten erreichbar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="194"/>
        <source>e.g. Wed/Thu 13:00–16:00</source>
        <translation>z. B. Mi/Do 13:00–16:00</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="195"/>
        <source>T&amp;ags</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="196"/>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="200"/>
        <source>D&amp;o not contact</source>
        <translation>Ni&amp;cht kontaktieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="204"/>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="214"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="207"/>
        <source>Personal things to remember: family, hobbies, their team…</source>
        <translation>Persönliches zum Merken: Familie, Hobbys, Lieblingsverein…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="209"/>
        <source>What was said, what they need</source>
        <translation>Was gesagt wurde, was der Kunde braucht</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="214"/>
        <source>Rapport notes</source>
        <translation>Persönliche Notizen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="301"/>
        <source>Created %1 · changed %2</source>
        <translation>Angelegt %1 · geändert %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="389"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>LeadPanel</name>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="133"/>
        <source>Select a lead to see its history</source>
        <translation>Wählen Sie einen Lead, um seinen Verlauf zu sehen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="172"/>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="183"/>
        <source>Rapport notes: personal things to remember on the call</source>
        <translation>Persönliche Notizen: woran Sie beim Anruf denken sollten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="184"/>
        <source>Remember</source>
        <translation>Nicht vergessen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="202"/>
        <source>&amp;Keep going</source>
        <translation>&amp;Weitermachen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="203"/>
        <source>Start counting the attempts again</source>
        <translation>Die Versuche von vorn zählen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="205"/>
        <source>N&amp;urture</source>
        <translation>Wa&amp;rmhalten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="206"/>
        <source>Move the lead to Nurture: stay in touch, less often</source>
        <translation>Lead ins Warmhalten verschieben: in Kontakt bleiben, aber seltener</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="229"/>
        <source>&amp;Plan follow-up…</source>
        <translation>&amp;Planen…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="231"/>
        <source>&amp;Log…</source>
        <translation>&amp;Erfassen…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="233"/>
        <source>Add &amp;note…</source>
        <translation>&amp;Notiz…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="235"/>
        <source>Apply ca&amp;dence</source>
        <translation>&amp;Sequenz</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="239"/>
        <source>Edi&amp;t lead…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="255"/>
        <source>History (newest first)</source>
        <translation>Verlauf (neueste zuerst)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="259"/>
        <source>History of this lead</source>
        <translation>Verlauf dieses Leads</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="278"/>
        <source>The history is read a page at a time; this reads the next page</source>
        <translation>Der Verlauf wird seitenweise geladen; dies lädt die nächste Seite</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="289"/>
        <source>What was said, what they need…  (Ctrl+Enter adds)</source>
        <translation>Was gesagt wurde, was der Kunde braucht…  (Strg+Eingabe fügt hinzu)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="291"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="294"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="383"/>
        <source>Decides</source>
        <translation>Entscheidet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="386"/>
        <source>%1, %2</source>
        <comment>the decision-maker&apos;s name, then how to reach them</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="388"/>
        <source>Decision-maker: %1</source>
        <translation>Entscheider: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="390"/>
        <source>Does not decide; who does is not known yet</source>
        <translation>Entscheidet nicht; wer entscheidet, ist noch unbekannt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="391"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="393"/>
        <source>%1 · Value: %2</source>
        <translation>%1 · Wert: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="399"/>
        <source>Best time to reach: %1</source>
        <translation>Am besten erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="417"/>
        <source>Next: %1 · %2 · %3</source>
        <translation>Nächster Schritt: %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="420"/>
        <source>Overdue — %1</source>
        <translation>Überfällig – %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="426"/>
        <source>No next step planned. An active lead always needs one: plan a follow-up or apply a cadence.</source>
        <translation>Kein nächster Schritt geplant. Ein aktiver Lead braucht immer einen: Planen Sie ein Follow-up oder wenden Sie eine Sequenz an.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="431"/>
        <source>Log the follow-up planned for %1</source>
        <translation>Das für %1 geplante Follow-up erfassen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="433"/>
        <source>Nothing is planned to log</source>
        <translation>Nichts geplant, das sich erfassen ließe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="438"/>
        <source>%n attempt(s) in a row without an answer</source>
        <translation>
            <numerusform>%n Versuch ohne Antwort</numerusform>
            <numerusform>%n Versuche in Folge ohne Antwort</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="443"/>
        <source>Time to decide: %1 without an answer. Nurture the lead, mark it as a no to revisit later, or keep going.</source>
        <translation>Zeit für eine Entscheidung: %1 ohne Antwort. Lead warmhalten, als Absage zur späteren Wiedervorlage markieren oder weitermachen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="445"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="451"/>
        <source>Last touch: none yet</source>
        <translation>Letzter Kontakt: noch keiner</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="456"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="456"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="459"/>
        <source>Last touch: %1 (%2) · %3 · %4</source>
        <translation>Letzter Kontakt: %1 (%2) · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="476"/>
        <source>Show older entries (%1 more)</source>
        <translation>Ältere Einträge anzeigen (%1 weitere)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="107"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="113"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="115"/>
        <source>Cancelled: %1</source>
        <translation>Gestrichen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="117"/>
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="119"/>
        <source>Planned: %1</source>
        <translation>Geplant: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="121"/>
        <source>%1 (first response)</source>
        <translation>%1 (Erstkontakt)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="125"/>
        <source>%1 — %2, step %3</source>
        <translation>%1 – %2, Schritt %3</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="80"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="83"/>
        <source>Stage: %1 → %2</source>
        <translation>Phase: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="88"/>
        <source>Decided to keep going</source>
        <translation>Entschieden: weitermachen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="95"/>
        <source>Revisited: reopened</source>
        <translation>Wiedervorlage: reaktiviert</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="96"/>
        <source>Revisited: still not now; ask again on %1</source>
        <translation>Wiedervorlage: noch nicht; erneut fragen am %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="98"/>
        <source>New contact person: %1</source>
        <translation>Neuer Ansprechpartner: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="100"/>
        <source>Do not contact (permanent)</source>
        <translation>Kontaktsperre (dauerhaft)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="102"/>
        <source>Lead created</source>
        <translation>Lead angelegt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="141"/>
        <source>Said no: %1</source>
        <translation>Absage: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="143"/>
        <source>Said by %1</source>
        <translation>Abgesagt von %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="145"/>
        <source>Ask again on %1</source>
        <translation>Erneut fragen am %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="147"/>
        <source>Never: do not contact</source>
        <translation>Nie: nicht kontaktieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="166"/>
        <source>Moved on your phone from %1 to %2</source>
        <translation>Auf dem Handy von %1 auf %2 verschoben</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="171"/>
        <source>Deleted on your phone: the follow-up of %1 was cancelled</source>
        <translation>Auf dem Handy gelöscht: Das Follow-up vom %1 wurde gestrichen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="176"/>
        <source>Changed here and on your phone: your phone&apos;s %1 was newer; Leadbook&apos;s %2 was set aside</source>
        <translation>Hier und auf dem Handy geändert: %1 vom Handy war neuer; %2 aus Leadbook wurde beiseitegelegt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="182"/>
        <source>Changed here and on your phone: Leadbook&apos;s change was newer; your phone&apos;s %1 was set aside</source>
        <translation>Hier und auf dem Handy geändert: Die Änderung in Leadbook war neuer; %1 vom Handy wurde beiseitegelegt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="184"/>
        <source>Calendar sync: %1</source>
        <translation>Kalenderabgleich: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="582"/>
        <source>Plan its %n step(s) from today</source>
        <translation>
            <numerusform>Den %n Schritt ab heute planen</numerusform>
            <numerusform>Die %n Schritte ab heute planen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="91"/>
        <source>Name</source>
        <extracomment>Rows a search shows at once before all its matches are read (more than a maximised window holds). The rest of a search&apos;s matches is read this long after its key, so that typing on (the usual gap between keys is longer) is never kept waiting behind it; a view that scrolls on asks at once.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="91"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="91"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="92"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="92"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="92"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="93"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="93"/>
        <source>Last touch</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="93"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="96"/>
        <source>⚠ none</source>
        <comment>an active lead with no next step planned, in the lead list</comment>
        <translation>⚠ keiner</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="98"/>
        <source>⚠ %1</source>
        <comment>an overdue next step in the lead list; %1 is its date</comment>
        <extracomment>An overdue next step: a warning sign before its date, so it never rests on colour alone.</extracomment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="99"/>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="289"/>
        <source>No next step planned</source>
        <extracomment>A search showing its first screen only: how many match in all; the rest is read a moment later (``complete``, ``REST_AFTER_MS``), or at once when something needs every row.</extracomment>
        <translation>Kein nächster Schritt geplant</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="291"/>
        <source>Overdue: the next step was due %1</source>
        <translation>Überfällig: Der nächste Schritt war am %1 fällig</translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="79"/>
        <source>Search leads</source>
        <extracomment>The book setting that keeps the lead list&apos;s column order and the widths the user dragged. In the book, not in QSettings: Leadbook keeps everything of a book in its one file (as the import mappings and the calendar-file folder), a demo or a test book never changes the user&apos;s own list, and a book moved to another computer keeps its columns.</extracomment>
        <translation>Leads durchsuchen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="81"/>
        <source>Search name, company, e-mail, phone, notes…  (Ctrl+F)</source>
        <translation>Name, Firma, E-Mail, Telefon, Notizen suchen…  (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="85"/>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="87"/>
        <source>Show the stage</source>
        <translation>Phase anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="88"/>
        <source>Show the tag</source>
        <translation>Schlagwort anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="100"/>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="405"/>
        <source>Showing: no next step</source>
        <translation>Angezeigt: ohne nächsten Schritt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="104"/>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="105"/>
        <source>Show all leads again</source>
        <translation>Wieder alle Leads zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="110"/>
        <source>New lead</source>
        <translation>Neuer Lead</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="112"/>
        <source>Add a lead (Ctrl+N)</source>
        <translation>Lead hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="116"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="158"/>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="467"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="391"/>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="403"/>
        <source>Showing: %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="450"/>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="461"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n Lead</numerusform>
            <numerusform>%n Leads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="463"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="533"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="106"/>
        <source>Log follow-up — %1</source>
        <translation>Follow-up erfassen – %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="139"/>
        <source>%1 — due %2</source>
        <translation>%1 – fällig %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="142"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="155"/>
        <source>what was said, what you agreed</source>
        <translation>was gesagt wurde, was Sie vereinbart haben</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="157"/>
        <source>Result &amp;note</source>
        <translation>Ergebnis&amp;notiz</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="161"/>
        <source>Start the &amp;post-sale cadence (thank-you cards, call after delivery)</source>
        <translation>Sequenz „Nach dem Kauf“ &amp;starten (Dankeskarten, Anruf nach der Lieferung)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="167"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="169"/>
        <source>P&amp;lan this next step</source>
        <translation>Diesen nächsten Schritt &amp;planen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="176"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="177"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="178"/>
        <source>&amp;Objective</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="197"/>
        <source>Log</source>
        <translation>Erfassen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="229"/>
        <source>&amp;Keep the %n remaining step(s) of the cadence “%1”</source>
        <translation>
            <numerusform>Den %n verbleibenden Schritt der Sequenz „%1“ &amp;behalten</numerusform>
            <numerusform>Die %n verbleibenden Schritte der Sequenz „%1“ &amp;behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="230"/>
        <source>&amp;Keep the %n remaining step(s) of the cadence</source>
        <translation>
            <numerusform>Den %n verbleibenden Schritt der Sequenz &amp;behalten</numerusform>
            <numerusform>Die %n verbleibenden Schritte der Sequenz &amp;behalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="255"/>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="261"/>
        <source>The lead will be marked “%1” and its planned follow-ups cancelled.</source>
        <translation>Der Lead wird als „%1“ markiert und seine geplanten Follow-ups werden gestrichen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="269"/>
        <source>%n unanswered attempt(s) in a row. Keep going: most deals take five or more follow-ups.</source>
        <translation>
            <numerusform>%n unbeantworteter Versuch. Bleiben Sie dran: Die meisten Abschlüsse brauchen fünf oder mehr Follow-ups.</numerusform>
            <numerusform>%n unbeantwortete Versuche in Folge. Bleiben Sie dran: Die meisten Abschlüsse brauchen fünf oder mehr Follow-ups.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="306"/>
        <source>Proposed from the prospect&apos;s own preference (interval and channel).</source>
        <translation>Vorgeschlagen nach dem Wunsch des Interessenten (Intervall und Kanal).</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="307"/>
        <source>Proposed from the cadence: its next step.</source>
        <translation>Vorgeschlagen aus der Sequenz: ihr nächster Schritt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="309"/>
        <source>Proposed from the default rhythm: %n day(s) later, on a working day.</source>
        <translation>
            <numerusform>Vorgeschlagen nach dem Standardrhythmus: %n Tag später, an einem Arbeitstag.</numerusform>
            <numerusform>Vorgeschlagen nach dem Standardrhythmus: %n Tage später, an einem Arbeitstag.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="316"/>
        <source>The spacing guard moved it from %1 to %2, to leave room after an unanswered attempt.</source>
        <translation>Die Abstandsregel hat den Termin vom %1 auf den %2 verschoben, um nach einem unbeantworteten Versuch Luft zu lassen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="324"/>
        <source>Already planned: %1 %2</source>
        <translation>Bereits geplant: %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="392"/>
        <source>Nothing was saved</source>
        <translation>Es wurde nichts gespeichert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="215"/>
        <source>%1 — Leadbook</source>
        <translation>%1 – Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="222"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="231"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="232"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="233"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="234"/>
        <source>Revisit</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="235"/>
        <source>Nurture</source>
        <translation>Warmhalten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="236"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="438"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="439"/>
        <source>&amp;New lead…</source>
        <translation>&amp;Neuer Lead…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="442"/>
        <source>&amp;Print call sheet…</source>
        <translation>&amp;Anrufliste drucken…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="445"/>
        <source>Show re&amp;minders</source>
        <translation>&amp;Erinnerungen anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="450"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="452"/>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="455"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="459"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="460"/>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="1004"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="463"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="473"/>
        <source>&amp;Log…</source>
        <translation>Er&amp;fassen…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="475"/>
        <source>Log what happened with the follow-up chosen in Today or the lead&apos;s next step</source>
        <translation>Erfassen, was beim in „Heute“ gewählten Follow-up oder beim nächsten Schritt des Leads passiert ist</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="478"/>
        <source>&amp;Plan follow-up…</source>
        <translation>Follow-up &amp;planen…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="479"/>
        <source>Plan a follow-up for the lead chosen, or find the lead first</source>
        <translation>Ein Follow-up für den gewählten Lead planen oder zuerst den Lead suchen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="482"/>
        <source>&amp;Cadences…</source>
        <translation>Se&amp;quenzen…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="484"/>
        <source>Re&amp;view possible duplicates…</source>
        <translation>Mögliche &amp;Duplikate prüfen…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="486"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="492"/>
        <source>G&amp;o</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="500"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="501"/>
        <source>Open a &amp;demo book</source>
        <translation>&amp;Demo-Kartei öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="503"/>
        <source>&amp;About Leadbook</source>
        <translation>&amp;Über Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="514"/>
        <source>Toolbar</source>
        <translation>Symbolleiste</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="522"/>
        <source>New lead</source>
        <translation>Neuer Lead</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="523"/>
        <source>Log</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="524"/>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="525"/>
        <source>Call sheet</source>
        <translation>Anrufliste</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="526"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="527"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="537"/>
        <source>Tool&amp;bar</source>
        <translation>S&amp;ymbolleiste</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="538"/>
        <source>&amp;Icons only</source>
        <translation>Nur &amp;Symbole</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="559"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="561"/>
        <source>Undo the &amp;last import…</source>
        <translation>&amp;Letzten Import rückgängig machen…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="563"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="567"/>
        <source>Leads as CSV for a &amp;spreadsheet…</source>
        <translation>Leads als CSV für eine &amp;Tabellenkalkulation…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="568"/>
        <source>Leads as CSV for another &amp;address book…</source>
        <translation>Leads als CSV für ein anderes &amp;Adressbuch…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="569"/>
        <source>Leads as &amp;vCard…</source>
        <translation>Leads als &amp;vCard…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="570"/>
        <source>Follow-ups as &amp;iCalendar…</source>
        <translation>Follow-ups als &amp;iCalendar…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="576"/>
        <source>&amp;Keep a calendar file up to date…</source>
        <translation>&amp;Kalenderdatei aktuell halten…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="589"/>
        <source>Writes your follow-ups to %1 after every change.</source>
        <translation>Schreibt Ihre Follow-ups nach jeder Änderung in %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="591"/>
        <source>Writes your follow-ups to a calendar file in a folder you choose, after every change.</source>
        <translation>Schreibt Ihre Follow-ups nach jeder Änderung in eine Kalenderdatei in einem Ordner Ihrer Wahl.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="638"/>
        <source>Choose a follow-up in Today, or a lead with a next step, then Log.</source>
        <translation>Wählen Sie ein Follow-up in „Heute“ oder einen Lead mit nächstem Schritt und dann „Erfassen“.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="658"/>
        <source>%1 — read-only — Leadbook</source>
        <translation>%1 — schreibgeschützt — Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="668"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="675"/>
        <source>The lead book is read-only</source>
        <translation>Die Lead-Kartei ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="696"/>
        <source>Waiting for another Leadbook to finish…</source>
        <translation>Warten, bis ein anderes Leadbook fertig ist…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="739"/>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="748"/>
        <source>Plan follow-up</source>
        <translation>Follow-up planen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="739"/>
        <source>Find the lead (name, company, e-mail):</source>
        <translation>Lead suchen (Name, Firma, E-Mail):</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="745"/>
        <source>No lead matches “%1”.</source>
        <translation>Kein Lead passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="748"/>
        <source>Lead:</source>
        <translation>Lead:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="825"/>
        <source>Calendar sync</source>
        <translation>Kalenderabgleich</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="826"/>
        <source>This computer has no keyring. The password for %1 at %2, for this session:</source>
        <translation>Dieser Computer hat keinen Schlüsselbund. Das Passwort für %1 auf %2, für diese Sitzung:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/main_window.py" line="855"/>
        <source>Deleted %n lead(s).</source>
        <translation>
            <numerusform>%n Lead gelöscht.</numerusform>
            <numerusform>%n Leads gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="880"/>
        <source>The last import was undone.</source>
        <translation>Der letzte Import wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="902"/>
        <source>Your follow-ups are kept in %1.</source>
        <translation>Ihre Follow-ups werden in %1 geführt.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="905"/>
        <source>The calendar file is no longer updated; it stays as it was.</source>
        <translation>Die Kalenderdatei wird nicht mehr aktualisiert; sie bleibt, wie sie war.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="928"/>
        <source>The backup failed</source>
        <translation>Die Sicherung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="930"/>
        <source>Backed up and verified: %1</source>
        <translation>Gesichert und geprüft: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="937"/>
        <source>Checking today&apos;s backup…</source>
        <translation>Heutige Sicherung wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="944"/>
        <source>Daily backup made and verified: %1</source>
        <translation>Tägliche Sicherung erstellt und geprüft: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="952"/>
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="956"/>
        <source>The daily backup failed; details are in the log.</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen; Details stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="975"/>
        <source>Open a demo book</source>
        <translation>Demo-Kartei öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="975"/>
        <source>The demo book could not be started.</source>
        <translation>Die Demo-Kartei konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="979"/>
        <source>A demo book opens in a second window; this book is not touched.</source>
        <translation>Eine Demo-Kartei öffnet sich in einem zweiten Fenster; diese Kartei bleibt unberührt.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="985"/>
        <source>About Leadbook</source>
        <translation>Über Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="986"/>
        <source>Leadbook %1
An offline lead book that makes you follow up.

Book: %2</source>
        <translation>Leadbook %1
Ihre Offline-Lead-Kartei, die dafür sorgt, dass Sie nachfassen.

Kartei: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="1004"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>NextCard</name>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="72"/>
        <source>Phone and e-mail</source>
        <translation>Telefon und E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="73"/>
        <source>Links: a phone number starts a call, an address a new e-mail</source>
        <translation>Links: eine Telefonnummer startet einen Anruf, eine Adresse eine neue E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="90"/>
        <source>Log what happened with this follow-up</source>
        <translation>Erfassen, was bei diesem Follow-up passiert ist</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="95"/>
        <source>Move this follow-up to another day, same time</source>
        <translation>Dieses Follow-up auf einen anderen Tag verschieben, gleiche Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="102"/>
        <source>Open this lead</source>
        <translation>Diesen Lead öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="106"/>
        <source>Show in the list</source>
        <translation>In der Liste zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="106"/>
        <source>Select it in the list below, where its keys work</source>
        <translation>In der Liste unten auswählen, wo seine Tasten funktionieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="135"/>
        <source>Do this next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="156"/>
        <source>Nothing opened</source>
        <translation>Nichts geöffnet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="157"/>
        <source>No program on this computer opens %1 links.</source>
        <translation>Kein Programm auf diesem Computer öffnet %1-Links.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="186"/>
        <source>Write to %1</source>
        <translation>An %1 schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="190"/>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
</context>
<context>
    <name>NextUp</name>
    <message>
        <location filename="../../desktop/leadbook/present/next_up_text.py" line="35"/>
        <source>Nothing due and nothing planned. Take a breath, then plan the next step for a lead.</source>
        <translation>Nichts fällig und nichts geplant. Atmen Sie kurz durch und planen Sie dann den nächsten Schritt für einen Lead.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/next_up_text.py" line="39"/>
        <source>Nothing due right now: well done. Next up:</source>
        <translation>Gerade ist nichts fällig: gut gemacht. Als Nächstes:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/next_up_text.py" line="40"/>
        <source>Do this next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/next_up_text.py" line="103"/>
        <source>Goal: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/next_up_text.py" line="121"/>
        <source>%1, %2</source>
        <extracomment>a lead&apos;s name, then its company</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="166"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="166"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="166"/>
        <source>The articles</source>
        <translation>Die Artikel</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="185"/>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="186"/>
        <source>Click to list these leads</source>
        <translation>Klicken, um diese Leads aufzulisten</translation>
    </message>
</context>
<context>
    <name>NurtureView</name>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="51"/>
        <source>&amp;Plan missing touches</source>
        <translation>Fehlende Kontakte &amp;planen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="52"/>
        <source>Give each nurtured lead without a next touch its slow one</source>
        <translation>Für jeden warmgehaltenen Lead ohne nächsten Kontakt den nächsten, ruhigen Kontakt planen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="54"/>
        <source>E&amp;xport CSV for a mail merge…</source>
        <translation>CSV für &amp;Serienbrief exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="62"/>
        <source>Leads in nurture</source>
        <translation>Warmgehaltene Leads</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="66"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="66"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="66"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="66"/>
        <source>Last touch</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="67"/>
        <source>Next touch</source>
        <translation>Nächster Kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="82"/>
        <source>%1 (not planned)</source>
        <translation>%1 (nicht geplant)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="90"/>
        <source>%1 in nurture; a slow touch every %2 days.</source>
        <translation>%1 zum Warmhalten; alle %2 Tage ein ruhiger Kontakt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="91"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n Lead</numerusform>
            <numerusform>%n Leads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="98"/>
        <source>Nurture touches planned</source>
        <translation>Warmhalte-Kontakte geplant</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="105"/>
        <source>Export nurture list</source>
        <translation>Warmhalte-Liste exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="106"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>ObjectiveEdit</name>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="157"/>
        <source>what should this touch achieve?</source>
        <translation>was soll dieser Kontakt erreichen?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="159"/>
        <source>The objective in your words</source>
        <translation>Das Ziel in Ihren Worten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="197"/>
        <source>Say in a few words what this follow-up should achieve.</source>
        <translation>Beschreiben Sie in wenigen Worten, was dieses Follow-up erreichen soll.</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/phrases.py" line="38"/>
        <source>“%1”</source>
        <comment>a phrase to avoid, quoted</comment>
        <extracomment>Quotation marks around one phrase: German „%1“, Swedish ”%1”, Chinese “%1”.</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/phrases.py" line="41"/>
        <source>Avoid %1: it gives them nothing. Add something of value instead, and don&apos;t apologise for following up.</source>
        <translation>Vermeiden Sie %1: Das bringt dem Kunden nichts. Bieten Sie stattdessen etwas Wertvolles, und entschuldigen Sie sich nicht fürs Nachfassen.</translation>
    </message>
</context>
<context>
    <name>PickDateDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="102"/>
        <source>Reschedule follow-up</source>
        <extracomment>Rows each section lists when Today is read: more than a maximised window shows. The rest, up to MAX_ROWS_PER_SECTION, is read on the turn after the list has painted (or when the rows are asked for), so a backlog of thousands costs its first screen before Today appears (``book.agenda(limit=...)``).</extracomment>
        <translation>Follow-up verschieben</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="105"/>
        <source>Day to move it to</source>
        <translation>Neuer Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="113"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="181"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="184"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="187"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="181"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="184"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="181"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="184"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="181"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="181"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="182"/>
        <source>Possible duplicate</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="184"/>
        <source>Matches lead</source>
        <translation>Passender Lead</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="185"/>
        <source>Because</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="185"/>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="187"/>
        <source>Why it cannot be imported</source>
        <translation>Warum kein Import möglich ist</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="189"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="190"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="191"/>
        <source>Add as new</source>
        <translation>Neu anlegen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="193"/>
        <source>Merge (nothing new)</source>
        <translation>Zusammenführen (nichts Neues)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="231"/>
        <source>line %1 of this file</source>
        <translation>Zeile %1 dieser Datei</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="57"/>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="69"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="71"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="72"/>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="225"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="77"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="78"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="79"/>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="80"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="87"/>
        <source>%1+</source>
        <comment>five or more touches</comment>
        <translation>%1+</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="97"/>
        <source>From the sales-advice article Leadbook is built on (seed 000): 80% of sales need five or more follow-ups, and 44% of sellers give up after the first.</source>
        <translation>Aus dem Verkaufsratgeber-Artikel, auf dem Leadbook aufbaut (Seed 000): 80&#xa0;% der Abschlüsse brauchen fünf oder mehr Follow-ups, und 44&#xa0;% der Verkäufer geben nach dem ersten auf.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="100"/>
        <source>From the article Leadbook is built on (seed 001), citing a Harvard Business Review study: 71% of leads are never followed up; the others get 1.3 follow-ups on average.</source>
        <translation>Aus dem Artikel, auf dem Leadbook aufbaut (Seed 001), mit Verweis auf eine Studie der Harvard Business Review: 71&#xa0;% der Leads wird nie nachgefasst; die übrigen erhalten im Schnitt 1,3 Follow-ups.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="104"/>
        <source>From the article Leadbook is built on (seed 003): calling back the people who said no brings 5–10% more sales.</source>
        <translation>Aus dem Artikel, auf dem Leadbook aufbaut (Seed 003): Wer die Leute erneut anruft, die Nein gesagt haben, macht 5–10&#xa0;% mehr Abschlüsse.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="106"/>
        <source>Oldroyd, McElheran and Elkington, “The Short Life of Online Sales Leads”, Harvard Business Review, March 2011: firms that tried to reach a web lead within an hour were nearly seven times as likely to qualify it as those that waited even an hour longer.</source>
        <translation>Oldroyd, McElheran und Elkington, „The Short Life of Online Sales Leads“, Harvard Business Review, März 2011: Firmen, die einen Web-Lead innerhalb einer Stunde zu erreichen versuchten, qualifizierten ihn fast siebenmal so oft wie Firmen, die auch nur eine Stunde länger warteten.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="114"/>
        <source>Articles: %1 stop after one</source>
        <translation>Artikel: %1 hören nach einem auf</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="116"/>
        <source>Articles: %1 of sales need 5+</source>
        <translation>Artikel: %1 der Abschlüsse brauchen 5+</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="118"/>
        <source>Articles: %1 on average</source>
        <translation>Artikel: %1 im Schnitt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="120"/>
        <source>Articles: %1 never followed up</source>
        <translation>Artikel: %1 nie nachgefasst</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="122"/>
        <source>Articles: %1–%2 more sales</source>
        <translation>Artikel: %1–%2 mehr Abschlüsse</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="124"/>
        <source>HBR: %1×</source>
        <translation>HBR: %1×</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="134"/>
        <source>You let no lead go in this period: every decision was a win.</source>
        <translation>In diesem Zeitraum haben Sie keinen Lead aufgegeben: Jede Entscheidung war ein Abschluss.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="135"/>
        <source>No lead reached a decision in this period.</source>
        <translation>In diesem Zeitraum wurde über keinen Lead entschieden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="136"/>
        <source>You stopped after one touch on %1 of %n lead(s) (%2); the articles&apos; sellers: %3.</source>
        <translation>
            <numerusform>Sie haben bei %1 von %n Lead nach einem Kontakt aufgehört (%2); die Verkäufer in den Artikeln: %3.</numerusform>
            <numerusform>Sie haben bei %1 von %n Leads nach einem Kontakt aufgehört (%2); die Verkäufer in den Artikeln: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="147"/>
        <source>%n lead(s) decided after %1 touches on average (the articles: %2); %3 had five or more (the articles: %4 of sales need that many).</source>
        <translation>
            <numerusform>%n Lead wurde nach durchschnittlich %1 Kontakten entschieden (die Artikel: %2); %3 hatten fünf oder mehr (die Artikel: %4 der Abschlüsse brauchen so viele).</numerusform>
            <numerusform>%n Leads wurden nach durchschnittlich %1 Kontakten entschieden (die Artikel: %2); %3 hatten fünf oder mehr (die Artikel: %4 der Abschlüsse brauchen so viele).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="157"/>
        <source>No lead was added in this period.</source>
        <translation>In diesem Zeitraum wurde kein Lead hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="158"/>
        <source>%1 of the %n lead(s) added in this period never had a touch (%2); the articles: %3.</source>
        <translation>
            <numerusform>Nie kontaktiert: %1 von %n in diesem Zeitraum hinzugefügten Lead (%2); die Artikel: %3.</numerusform>
            <numerusform>Nie kontaktiert: %1 der %n in diesem Zeitraum hinzugefügten Leads (%2); die Artikel: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="170"/>
        <source>%1: first touch after %2 (median); no target set.</source>
        <translation>%1: Zeit bis zum ersten Kontakt (Median): %2; keine Vorgabe gesetzt.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="172"/>
        <source>%1: first touch after %2 (median); %3 within the target of %4.</source>
        <translation>%1: Zeit bis zum ersten Kontakt (Median): %2; %3 innerhalb der Vorgabe (%4).</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="181"/>
        <source>No web inquiry to answer in this period.</source>
        <translation>In diesem Zeitraum gab es keine Web-Anfrage zu beantworten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="182"/>
        <source>Web inquiries answered within an hour: %1 of %n (%2).</source>
        <translation>
            <numerusform>Web-Anfragen innerhalb einer Stunde beantwortet: %1 von %n (%2).</numerusform>
            <numerusform>Web-Anfragen innerhalb einer Stunde beantwortet: %1 von %n (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="190"/>
        <source>No lead was won in this period.</source>
        <translation>In diesem Zeitraum wurde kein Lead gewonnen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="192"/>
        <source>%n lead(s) won; %1 of them on the fifth touch or later (%2).</source>
        <translation>
            <numerusform>%n Lead gewonnen; davon %1 beim fünften Kontakt oder später (%2).</numerusform>
            <numerusform>%n Leads gewonnen; davon %1 beim fünften Kontakt oder später (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="198"/>
        <source>No “no” was called back in this period.</source>
        <translation>In diesem Zeitraum wurde keine Absage wieder aufgegriffen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="199"/>
        <source>%n “no”(s) called back: %1 reopened, %2 won since.</source>
        <translation>
            <numerusform>%n Absage wieder aufgegriffen: %1 reaktiviert, %2 seitdem gewonnen.</numerusform>
            <numerusform>%n Absagen wieder aufgegriffen: %1 reaktiviert, %2 seitdem gewonnen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="204"/>
        <source>Wins from revisits: %1 more sales than your other wins alone (the articles: %2).</source>
        <translation>Abschlüsse aus Wiedervorlagen: %1 mehr als Ihre übrigen Abschlüsse allein (die Artikel: %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="207"/>
        <source>%1 %2</source>
        <comment>two sentences, one after the other</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="213"/>
        <source>%1–%2</source>
        <comment>a range of percentages</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="222"/>
        <source>No follow-up was due in this period.</source>
        <translation>In diesem Zeitraum war kein Follow-up fällig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="223"/>
        <source>Nothing slipped on %1 of %n day(s) with follow-ups due; streak: %2.</source>
        <translation>
            <numerusform>An %1 von %n Tag mit fälligen Follow-ups ist nichts liegen geblieben; Serie: %2.</numerusform>
            <numerusform>An %1 von %n Tagen mit fälligen Follow-ups ist nichts liegen geblieben; Serie: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="231"/>
        <source>Every active lead has a next step.</source>
        <translation>Jeder aktive Lead hat einen nächsten Schritt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="232"/>
        <source>%n active lead(s) without a next step now.</source>
        <translation>
            <numerusform>%n aktiver Lead hat gerade keinen nächsten Schritt.</numerusform>
            <numerusform>%n aktive Leads haben gerade keinen nächsten Schritt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="238"/>
        <source>Everything until %1</source>
        <translation>Alles bis %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="240"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="252"/>
        <source>Your follow-up: %1</source>
        <translation>Ihr Nachfassen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="261"/>
        <source>Persistence (touches before a decision)</source>
        <translation>Hartnäckigkeit (Kontakte bis zur Entscheidung)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="264"/>
        <source>Never followed up</source>
        <translation>Nie nachgefasst</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="266"/>
        <source>First response by source</source>
        <translation>Erstkontakt nach Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="271"/>
        <source>Won after how many touches</source>
        <translation>Gewonnen nach wie vielen Kontakten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="272"/>
        <source>Revisits</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="274"/>
        <source>Nothing slipped</source>
        <translation>Nichts liegen geblieben</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="276"/>
        <source>Sources of the research figures:</source>
        <translation>Quellen der Forschungszahlen:</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="235"/>
        <source>Your follow-up, beside the research</source>
        <translation>Ihr Nachfassen im Vergleich zur Forschung</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="243"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="261"/>
        <source>Persistence: touches before a decision</source>
        <translation>Hartnäckigkeit: Kontakte bis zur Entscheidung</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="262"/>
        <source>Never followed up</source>
        <translation>Nie nachgefasst</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="263"/>
        <source>First response by source</source>
        <translation>Erstkontakt nach Quelle</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="264"/>
        <source>Won after how many touches</source>
        <translation>Gewonnen nach wie vielen Kontakten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="265"/>
        <source>Revisits of the no&apos;s</source>
        <translation>Wiedervorlagen der Absagen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="266"/>
        <source>Nothing slipped</source>
        <translation>Nichts liegen geblieben</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="268"/>
        <source>Leads decided, by touches before the decision</source>
        <translation>Entschiedene Leads nach Kontakten bis zur Entscheidung</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="269"/>
        <source>Leads won, by the touch they were won on</source>
        <translation>Gewonnene Leads nach dem Kontakt, bei dem sie gewonnen wurden</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="278"/>
        <source>slipped on %1</source>
        <translation>am %1 liegen geblieben</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="301"/>
        <source>Figures of the period</source>
        <translation>Zahlen des Zeitraums</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="336"/>
        <source>Touches before the decision: %1 — %n lead(s)</source>
        <translation>
            <numerusform>Kontakte bis zur Entscheidung: %1 – %n Lead</numerusform>
            <numerusform>Kontakte bis zur Entscheidung: %1 – %n Leads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="343"/>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="343"/>
        <source>Said no</source>
        <translation>Absage</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="343"/>
        <source>Nurture</source>
        <translation>Warmhalten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="344"/>
        <source>Stopped: nothing planned, no touch for 30 days</source>
        <translation>Gestoppt: nichts geplant, 30 Tage kein Kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="345"/>
        <source>Leads decided</source>
        <translation>Entschiedene Leads</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="349"/>
        <source>Stopped after one touch</source>
        <translation>Nach einem Kontakt aufgehört</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="351"/>
        <source>Five touches or more</source>
        <translation>Fünf Kontakte oder mehr</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="353"/>
        <source>Touches per decided lead, on average</source>
        <translation>Kontakte pro entschiedenem Lead, im Schnitt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="361"/>
        <source>Leads added</source>
        <translation>Hinzugefügte Leads</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="362"/>
        <source>Never touched</source>
        <translation>Nie kontaktiert</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="369"/>
        <source>The median time from a lead&apos;s arrival to its first touch, per source, and the share touched within the target set in Settings.</source>
        <translation>Die mittlere Zeit (Median) vom Eingang eines Leads bis zum ersten Kontakt, je Quelle, und der Anteil, der innerhalb der Vorgabe aus den Einstellungen kontaktiert wurde.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="376"/>
        <source>%1 · %2 within %3</source>
        <translation>%1 · %2 (Vorgabe %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="379"/>
        <source>Web inquiries answered within an hour</source>
        <translation>Web-Anfragen: binnen 1 Std. beantwortet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="384"/>
        <source>Web inquiries answered later, or not yet</source>
        <translation>Web-Anfragen: später oder noch offen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="392"/>
        <source>Won on touch %1 — %n lead(s)</source>
        <translation>
            <numerusform>Gewonnen bei Kontakt %1 – %n Lead</numerusform>
            <numerusform>Gewonnen bei Kontakt %1 – %n Leads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="397"/>
        <source>Won on touch %1</source>
        <translation>Gewonnen bei Kontakt %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="405"/>
        <source>No&apos;s called back</source>
        <translation>Wieder aufgegriffene Absagen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="406"/>
        <source>Reopened</source>
        <translation>Reaktiviert</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="407"/>
        <source>Won after a revisit</source>
        <translation>Gewonnen nach Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="408"/>
        <source>More sales from revisits</source>
        <translation>Mehr Abschlüsse durch Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="417"/>
        <source>Days with follow-ups due</source>
        <translation>Tage mit fälligen Follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="418"/>
        <source>Days nothing slipped</source>
        <translation>Tage, an denen nichts liegen blieb</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="419"/>
        <source>Days something slipped</source>
        <translation>Tage, an denen etwas liegen blieb</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="420"/>
        <source>Streak (days with work, nothing slipped)</source>
        <translation>Serie (Tage mit Arbeit, nichts liegen geblieben)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="421"/>
        <source>Active leads without a next step now</source>
        <translation>Aktive Leads derzeit ohne nächsten Schritt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="434"/>
        <source>decided after one touch</source>
        <translation>nach einem Kontakt entschieden</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="435"/>
        <source>decided after %1 touches</source>
        <translation>nach %1 Kontakten entschieden</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="439"/>
        <source>won on touch %1</source>
        <translation>gewonnen bei Kontakt %1</translation>
    </message>
</context>
<context>
    <name>QtTray</name>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="85"/>
        <source>&amp;Open Leadbook</source>
        <translation>&amp;Leadbook öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="86"/>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="87"/>
        <source>&amp;Reminders</source>
        <translation>&amp;Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="89"/>
        <source>&amp;Pause reminders for 1 hour</source>
        <translation>Erinnerungen 1 Stunde &amp;pausieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="90"/>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="123"/>
        <source>Re&amp;sume reminders</source>
        <translation>Erinnerungen &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="93"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="78"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="80"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="84"/>
        <source>Overdue by %n minute(s)</source>
        <translation>
            <numerusform>Seit %n Minute überfällig</numerusform>
            <numerusform>Seit %n Minuten überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="85"/>
        <source>Overdue by %n hour(s)</source>
        <translation>
            <numerusform>Seit %n Stunde überfällig</numerusform>
            <numerusform>Seit %n Stunden überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="86"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag überfällig</numerusform>
            <numerusform>Seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="89"/>
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>In %n Minute</numerusform>
            <numerusform>In %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="90"/>
        <source>In %n hour(s)</source>
        <translation>
            <numerusform>In %n Stunde</numerusform>
            <numerusform>In %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="91"/>
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n Tag</numerusform>
            <numerusform>In %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="103"/>
        <source>Revisit · %1</source>
        <translation>Wiedervorlage · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="115"/>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="116"/>
        <source>10 minutes</source>
        <translation>10 Minuten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="117"/>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="118"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="119"/>
        <source>4 hours</source>
        <translation>4 Stunden</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="120"/>
        <source>Tomorrow at %1</source>
        <translation>Morgen um %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="121"/>
        <source>Next week (Monday at %1)</source>
        <translation>Nächste Woche (Montag um %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="152"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="153"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="154"/>
        <source>Revisits</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="162"/>
        <source>%n overdue from earlier days</source>
        <translation>
            <numerusform>%n überfällig aus früheren Tagen</numerusform>
            <numerusform>%n überfällig aus früheren Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="164"/>
        <source>%n shown earlier today</source>
        <translation>
            <numerusform>%n heute schon angezeigt</numerusform>
            <numerusform>%n heute schon angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="165"/>
        <source>%1 — Review…</source>
        <translation>%1 — Ansehen…</translation>
    </message>
</context>
<context>
    <name>RemindersWindow</name>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="208"/>
        <source>Reminders — Leadbook</source>
        <translation>Erinnerungen – Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="226"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="228"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="228"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="228"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="228"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="256"/>
        <source>&amp;Open item</source>
        <translation>Element ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="256"/>
        <source>Show the lead in the main window (Enter)</source>
        <translation>Lead im Hauptfenster zeigen (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="259"/>
        <source>Do&amp;ne…</source>
        <translation>Erle&amp;digt…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="259"/>
        <source>Log the outcome and plan the next step</source>
        <translation>Ergebnis erfassen und nächsten Schritt planen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="262"/>
        <source>No &amp;answer</source>
        <translation>Keine &amp;Antwort</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="265"/>
        <source>Count an unanswered attempt and plan a retry, spaced as the spacing guard asks</source>
        <translation>Einen unbeantworteten Versuch zählen und einen neuen Versuch planen – mit dem Abstand, den die Abstandsregel verlangt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="268"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="271"/>
        <source>No more reminders for the selected follow-ups (Delete); they stay planned</source>
        <translation>Keine weiteren Erinnerungen für die ausgewählten Follow-ups (Entf); sie bleiben geplant</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="274"/>
        <source>Dismiss a&amp;ll</source>
        <translation>A&amp;lle schließen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="277"/>
        <source>No more reminders for every follow-up listed</source>
        <translation>Keine weiteren Erinnerungen für alle aufgeführten Follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="283"/>
        <source>Click Snooze to be reminded again in:</source>
        <translation>Klicken Sie auf „Erneut erinnern“, um in folgendem Zeitraum erneut erinnert zu werden:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="289"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Erneut erinnern</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="289"/>
        <source>Remind again about the selected follow-ups</source>
        <translation>Erneut an die ausgewählten Follow-ups erinnern</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="292"/>
        <source>Snooze all</source>
        <translation>Alle erneut erinnern</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="292"/>
        <source>Remind again about every follow-up listed</source>
        <translation>Erneut an alle aufgeführten Follow-ups erinnern</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="299"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="505"/>
        <source>Reminders due before today or shown already: click or press Enter to list them all</source>
        <translation>Erinnerungen, die vor heute fällig waren oder schon angezeigt wurden: Klicken oder Eingabe drücken, um alle aufzulisten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="513"/>
        <source>… and %1 more (Dismiss all and Snooze all include them)</source>
        <translation>… und %1 weitere („Alle schließen“ und „Alle erneut erinnern“ erfassen auch diese)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="531"/>
        <source>%n new reminder(s)</source>
        <translation>
            <numerusform>%n neue Erinnerung</numerusform>
            <numerusform>%n neue Erinnerungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="531"/>
        <source>No new reminders</source>
        <translation>Keine neuen Erinnerungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="535"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n Erinnerung</numerusform>
            <numerusform>%n Erinnerungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="535"/>
        <source>No reminders due</source>
        <translation>Keine Erinnerungen fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="537"/>
        <source>%1 — Leadbook</source>
        <translation>%1 – Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="568"/>
        <source>Snoozed until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="604"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="618"/>
        <source>Rapport: %1</source>
        <translation>Persönliches: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="630"/>
        <source>Revisit: said no on %1 (%2), by %3</source>
        <translation>Wiedervorlage: Absage am %1 (%2) von %3</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="636"/>
        <source>Ask: %1</source>
        <translation>Fragen: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="756"/>
        <source>Logged: %1.</source>
        <translation>Erfasst: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="782"/>
        <source>No answer from %1 (%n attempt(s) in a row).</source>
        <translation>
            <numerusform>Keine Antwort von %1 (%n Versuch).</numerusform>
            <numerusform>Keine Antwort von %1 (%n Versuche in Folge).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="784"/>
        <source>Next try: %1, %2.</source>
        <translation>Nächster Versuch: %1, %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="789"/>
        <source>Already planned: %1, %2.</source>
        <translation>Bereits geplant: %1, %2.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="27"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="32"/>
        <source>Choose a backup to put in place of the lead book. Your current book is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Wählen Sie eine Sicherung, die an die Stelle der Lead-Kartei treten soll. Ihre aktuelle Kartei wird vorher gesichert; Sie können den Schritt also rückgängig machen, indem Sie diese Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="38"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="40"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="40"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="40"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="45"/>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="56"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="59"/>
        <source>There are no backups of this book yet. Use File → Back up now.</source>
        <translation>Von dieser Kartei gibt es noch keine Sicherungen. Verwenden Sie Datei → Jetzt sichern.</translation>
    </message>
</context>
<context>
    <name>RevisitPage</name>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="369"/>
        <source>Revisiting the no&apos;s</source>
        <translation>Absagen auf Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="374"/>
        <source>A “no” mostly means “not now”. Leadbook brings each one back after a wait that depends on the reason the prospect gave.</source>
        <translation>Ein „Nein“ heißt meist „nicht jetzt“. Leadbook legt jede Absage nach einer Wartezeit wieder vor, die vom genannten Grund abhängt.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="388"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="389"/>
        <source>next quarter</source>
        <translation>nächstes Quartal</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="392"/>
        <source>Days to wait; the lowest value, “next quarter”, waits until the first day of the next quarter (when budgets are set)</source>
        <translation>Wartezeit in Tagen; der niedrigste Wert, „nächstes Quartal“, wartet bis zum ersten Tag des nächsten Quartals (wenn Budgets festgelegt werden)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="412"/>
        <source>&amp;Questions to ask on a revisit, one a line:</source>
        <translation>Fra&amp;gen bei einer Wiedervorlage, eine pro Zeile:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="423"/>
        <source>Shown in the revisit queue, the reminders and on the call sheet. Leave it empty for the three questions Leadbook starts with.</source>
        <translation>Erscheinen in der Wiedervorlage, in den Erinnerungen und auf der Anrufliste. Leer lassen für die drei Standardfragen von Leadbook.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="427"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="432"/>
        <source> follow-ups</source>
        <translation> Follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="433"/>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="434"/>
        <source>days with more are marked full; Even out fills days up to it</source>
        <translation>Tage mit mehr gelten als voll; „Ausgleichen“ füllt Tage bis zu diesem Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="436"/>
        <source>Day ca&amp;pacity</source>
        <translation>Tageskapa&amp;zität</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="478"/>
        <source>Question %1 is %2 characters long; keep each to %3 at most, so it fits on the call sheet.</source>
        <translation>Frage %1 ist %2 Zeichen lang; jede Frage darf höchstens %3 Zeichen haben, damit sie auf die Anrufliste passt.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="483"/>
        <source>%1 questions are too many for one call; keep at most %2.</source>
        <translation>%1 Fragen sind zu viele für ein Gespräch; höchstens %2.</translation>
    </message>
</context>
<context>
    <name>Revisits</name>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="34"/>
        <source>Not now / timing</source>
        <translation>Falscher Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="35"/>
        <source>Has a supplier</source>
        <translation>Hat einen Lieferanten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="36"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="37"/>
        <source>Did not reach the decision-maker</source>
        <translation>Entscheider nicht erreicht</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="38"/>
        <source>Not interested</source>
        <translation>Kein Interesse</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="39"/>
        <source>Unresponsive</source>
        <translation>Keine Reaktion</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="40"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="48"/>
        <source>Is this still the person responsible for buying?</source>
        <translation>Ist diese Person noch für den Einkauf zuständig?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="50"/>
        <source>How are things going with what you chose instead?</source>
        <translation>Wie läuft es mit der gewählten Alternative?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="52"/>
        <source>What made you decide against it last time?</source>
        <translation>Warum haben Sie sich beim letzten Mal dagegen entschieden?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="59"/>
        <source>Said no on %1: %2 (%3)</source>
        <translation>Absage am %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="79"/>
        <source>Revisits due</source>
        <translation>Fällige Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="80"/>
        <source>Upcoming revisits</source>
        <translation>Anstehende Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="84"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="97"/>
        <source>Own results: %1 reopened, %2 of them won.</source>
        <translation>Eigene Bilanz: %1 reaktiviert, davon %2 gewonnen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="101"/>
        <source>Ask:</source>
        <translation>Fragen:</translation>
    </message>
</context>
<context>
    <name>RevisitsText</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="98"/>
        <source>%n revisit(s)</source>
        <translation>
            <numerusform>%n Wiedervorlage</numerusform>
            <numerusform>%n Wiedervorlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevisitsView</name>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="62"/>
        <source>No&apos;s to ask again</source>
        <translation>Absagen zum erneuten Nachfragen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="64"/>
        <source>Call back</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="64"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="64"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="64"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="65"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="77"/>
        <source>About the chosen lead</source>
        <translation>Zum gewählten Lead</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="82"/>
        <source>Stage to reopen in</source>
        <translation>Phase beim Reaktivieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="83"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="84"/>
        <source>Back to an active stage, with a first follow-up planned</source>
        <translation>Zurück in eine aktive Phase, mit einem ersten geplanten Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="85"/>
        <source>&amp;Still not now</source>
        <translation>&amp;Noch nicht</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="86"/>
        <source>Queue again after the reason&apos;s delay</source>
        <translation>Nach der Wartezeit für diesen Grund erneut vorlegen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="87"/>
        <source>&amp;New contact person…</source>
        <translation>Neuer &amp;Ansprechpartner…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="88"/>
        <source>Keep the company and the history; start afresh with someone else</source>
        <translation>Firma und Verlauf behalten; mit einer anderen Person neu beginnen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="89"/>
        <source>&amp;Do not contact</source>
        <translation>Nicht &amp;kontaktieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="90"/>
        <source>For good: never queued again, left out of every marketing export</source>
        <translation>Endgültig: nie wieder vorgelegt, aus jedem Marketing-Export ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="121"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="121"/>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="142"/>
        <source>Own results: %1 brought a lead back; %2 of those won.</source>
        <translation>Eigene Bilanz: %1 erfolgreich, davon %2 gewonnen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="143"/>
        <source>%n revisit(s)</source>
        <translation>
            <numerusform>%n Wiedervorlage</numerusform>
            <numerusform>%n Wiedervorlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="168"/>
        <source>No revisit selected.</source>
        <translation>Keine Wiedervorlage ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="170"/>
        <source>Nobody to call back: no&apos;s come here when their revisit day is near.</source>
        <translation>Niemand zurückzurufen: Absagen erscheinen hier, wenn ihr Wiedervorlagetag näher rückt.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="175"/>
        <source>Call back on %1</source>
        <translation>Rückruf am %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="178"/>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="183"/>
        <source>What they said:</source>
        <translation>Was gesagt wurde:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="185"/>
        <source>Last notes:</source>
        <translation>Letzte Notizen:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="186"/>
        <source>Ask:</source>
        <translation>Fragen:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="206"/>
        <source>Lead reopened</source>
        <translation>Lead reaktiviert</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="210"/>
        <source>Queued again</source>
        <translation>Erneut vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="218"/>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="222"/>
        <source>New contact person</source>
        <translation>Neuer Ansprechpartner</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="219"/>
        <source>Who is responsible now?</source>
        <translation>Wer ist jetzt zuständig?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="229"/>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="234"/>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="230"/>
        <source>Never contact this lead again? It leaves every queue and every marketing export.</source>
        <translation>Diesen Lead nie wieder kontaktieren? Er verschwindet aus allen Listen und aus jedem Marketing-Export.</translation>
    </message>
</context>
<context>
    <name>SayNoDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="42"/>
        <source>Said no</source>
        <translation>Absage</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="45"/>
        <source>Why did %1 say no, and when should you call back?</source>
        <translation>Warum hat %1 abgesagt, und wann sollten Sie zurückrufen?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="53"/>
        <source>What they said, in a few words</source>
        <translation>Was gesagt wurde, in wenigen Worten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="63"/>
        <source>&amp;Never: do not contact</source>
        <translation>&amp;Nie: nicht kontaktieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="64"/>
        <source>Never shown in the revisit queue again and left out of every marketing export</source>
        <translation>Erscheint nie wieder in der Wiedervorlage und wird aus jedem Marketing-Export ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="65"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="66"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="67"/>
        <source>Call &amp;back on:</source>
        <translation>&amp;Rückruf am:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="75"/>
        <source>Mark as no</source>
        <translation>Als Absage markieren</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="89"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="107"/>
        <source>First response</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="112"/>
        <source>How soon a new lead must hear from you, by where it came from. Web inquiries want an answer at once; e-mails within a day.</source>
        <translation>Wie schnell ein neuer Lead von Ihnen hören muss, je nach Herkunft. Web-Anfragen erwarten sofort eine Antwort, E-Mails innerhalb eines Tages.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="123"/>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="123"/>
        <source>no target</source>
        <translation>keine Vorgabe</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="124"/>
        <source>Hours; “no target” plans the first follow-up for the next working day</source>
        <translation>Stunden; „keine Vorgabe“ plant das erste Follow-up für den nächsten Arbeitstag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="135"/>
        <source>When to stop and decide</source>
        <translation>Stoppregel: wann entscheiden</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="142"/>
        <source>Leadbook asks you to nurture the lead, mark it as a no, or keep going when either of these is reached.</source>
        <translation>Sobald einer dieser Werte erreicht ist, fragt Leadbook, ob Sie den Lead warmhalten, als Absage markieren oder weitermachen wollen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="147"/>
        <source>After &amp;unanswered attempts in a row</source>
        <translation>Nach &amp;unbeantworteten Versuchen in Folge</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="148"/>
        <source>Or after &amp;days without a reply</source>
        <translation>Oder nach &amp;Tagen ohne Antwort</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="150"/>
        <source>Spacing</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="152"/>
        <source>no minimum</source>
        <translation>kein Minimum</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="156"/>
        <source>Persistent, not a pest: after an unanswered attempt, wait this many working days before the next one.</source>
        <translation>Hartnäckig, aber nicht lästig: Warten Sie nach einem unbeantworteten Versuch so viele Arbeitstage bis zum nächsten.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="161"/>
        <source>&amp;Minimum gap (working days)</source>
        <translation>&amp;Mindestabstand (Arbeitstage)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="163"/>
        <source>Reminders and defaults</source>
        <translation>Erinnerungen und Standardwerte</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="166"/>
        <source> min before</source>
        <translation> Min. vorher</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="166"/>
        <source>at the time itself</source>
        <translation>zum Zeitpunkt selbst</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="169"/>
        <source>&amp;Reminder for timed follow-ups</source>
        <translation>&amp;Erinnerung bei Follow-ups mit Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="173"/>
        <source>reminders for follow-ups without a time</source>
        <translation>Erinnerungen für Follow-ups ohne Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="175"/>
        <source>&amp;Working day starts at</source>
        <translation>Arbeitstag &amp;beginnt um</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="176"/>
        <source> days later</source>
        <translation> Tage später</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="179"/>
        <source>Channel of the next step</source>
        <translation>Kanal des nächsten Schritts</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="180"/>
        <source>by</source>
        <translation>per</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="181"/>
        <source>Default &amp;next step</source>
        <translation>Standard für &amp;nächsten Schritt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="182"/>
        <source>Play a &amp;sound when a reminder comes due</source>
        <translation>&amp;Signalton abspielen, wenn eine Erinnerung fällig wird</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="191"/>
        <source>A demo book does not start at login</source>
        <translation>Eine Demo-Kartei startet nicht bei der Anmeldung</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="198"/>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="196"/>
        <source>applies from the next start</source>
        <translation>gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="185"/>
        <source>Start Leadbook when I log &amp;in (quietly, in the tray)</source>
        <translation>Leadbook beim &amp;Anmelden starten (still im Infobereich)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="200"/>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="200"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="200"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="204"/>
        <source>on this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="206"/>
        <source>Lig&amp;ht or dark</source>
        <translation>&amp;Hell oder dunkel</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="233"/>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="234"/>
        <source>Revisits and &amp;calendar</source>
        <translation>Wiedervorlagen und &amp;Kalender</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="240"/>
        <source>Calendar s&amp;ync</source>
        <translation>Kalenderab&amp;gleich</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="324"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="335"/>
        <source>Start at login not changed</source>
        <translation>Autostart nicht geändert</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="336"/>
        <source>Leadbook could not change %1: %2</source>
        <translation>Leadbook konnte %1 nicht ändern: %2</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="46"/>
        <source>--setup needs --user NAME</source>
        <translation>--setup braucht --user NAME</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="50"/>
        <source>no password given: write it to the input or set LEADBOOK_SYNC_PASSWORD</source>
        <translation>kein Passwort angegeben: schreiben Sie es in die Eingabe oder setzen Sie LEADBOOK_SYNC_PASSWORD</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="62"/>
        <source>the server&apos;s certificate is signed by no authority this computer knows. Its fingerprint is %1. If it is the one your server shows, run this again with --trust-certificate %1</source>
        <translation>das Zertifikat des Servers ist von keiner Stelle signiert, die dieser Computer kennt. Sein Fingerabdruck ist %1. Wenn es der ist, den Ihr Server anzeigt, führen Sie den Befehl erneut aus mit --trust-certificate %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="81"/>
        <source>cannot keep the account: %1</source>
        <translation>das Konto kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="85"/>
        <source>Calendar sync is on: %1 (%2)</source>
        <translation>Der Kalenderabgleich ist eingeschaltet: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="100"/>
        <location filename="../../desktop/leadbook/sync/command.py" line="131"/>
        <source>no password: write it to the input or set LEADBOOK_SYNC_PASSWORD</source>
        <translation>kein Passwort: schreiben Sie es in die Eingabe oder setzen Sie LEADBOOK_SYNC_PASSWORD</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/command.py" line="114"/>
        <source>Calendar sync is off; %n event(s) taken off the calendar.</source>
        <translation>
            <numerusform>Der Kalenderabgleich ist aus; %n Termin wurde aus dem Kalender entfernt.</numerusform>
            <numerusform>Der Kalenderabgleich ist aus; %n Termine wurden aus dem Kalender entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="116"/>
        <source>Calendar sync is off; the calendar&apos;s events stay where they are.</source>
        <translation>Der Kalenderabgleich ist aus; die Termine im Kalender bleiben, wo sie sind.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="127"/>
        <source>calendar sync is off for this book; turn it on with: leadbook sync --setup URL --user NAME</source>
        <translation>der Kalenderabgleich ist für diese Kartei ausgeschaltet; schalten Sie ihn ein mit: leadbook sync --setup URL --user NAME</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="145"/>
        <source>from the command line: %1</source>
        <translation>in der Befehlszeile: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="23"/>
        <source>Calendar sync: the server cannot be reached. Leadbook tries again by itself.</source>
        <translation>Kalenderabgleich: Der Server ist nicht erreichbar. Leadbook versucht es von selbst erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="24"/>
        <source>Calendar sync: the server did not answer in time. Leadbook tries again by itself.</source>
        <translation>Kalenderabgleich: Der Server hat nicht rechtzeitig geantwortet. Leadbook versucht es von selbst erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="25"/>
        <source>Calendar sync: the server refused the user name or password. Enter them again in Settings ▸ Calendar sync.</source>
        <translation>Kalenderabgleich: Der Server hat Benutzername oder Passwort abgelehnt. Geben Sie beides unter Einstellungen ▸ Kalenderabgleich erneut ein.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="27"/>
        <source>Calendar sync: the calendar may not be written. Choose another calendar in Settings ▸ Calendar sync.</source>
        <translation>Kalenderabgleich: In den Kalender darf nicht geschrieben werden. Wählen Sie unter Einstellungen ▸ Kalenderabgleich einen anderen Kalender.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="29"/>
        <source>Calendar sync: the server has no room left. Make room there; Leadbook tries again.</source>
        <translation>Kalenderabgleich: Auf dem Server ist kein Platz mehr. Schaffen Sie dort Platz; Leadbook versucht es erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="30"/>
        <source>Calendar sync: the server had a problem. Leadbook tries again by itself.</source>
        <translation>Kalenderabgleich: Der Server hatte ein Problem. Leadbook versucht es von selbst erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="31"/>
        <source>Calendar sync: the server&apos;s certificate is not trusted. Check it in Settings ▸ Calendar sync.</source>
        <translation>Kalenderabgleich: Dem Zertifikat des Servers wird nicht vertraut. Prüfen Sie es unter Einstellungen ▸ Kalenderabgleich.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="33"/>
        <source>Calendar sync: the calendar is no longer on the server. Choose one in Settings ▸ Calendar sync.</source>
        <translation>Kalenderabgleich: Der Kalender ist nicht mehr auf dem Server. Wählen Sie einen unter Einstellungen ▸ Kalenderabgleich.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="35"/>
        <source>Calendar sync: another Leadbook was writing to the book. Leadbook tries again by itself.</source>
        <translation>Kalenderabgleich: Ein anderes Leadbook hat gerade in die Lead-Kartei geschrieben. Leadbook versucht es von selbst erneut.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="42"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="43"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="44"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="47"/>
        <source>%n moved</source>
        <translation>
            <numerusform>%n verschoben</numerusform>
            <numerusform>%n verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="48"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n gestrichen</numerusform>
            <numerusform>%n gestrichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="49"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="50"/>
        <source>%n changed on both sides</source>
        <translation>
            <numerusform>%n auf beiden Seiten geändert</numerusform>
            <numerusform>%n auf beiden Seiten geändert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="53"/>
        <source>To the calendar: %1</source>
        <translation>Zum Kalender: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="54"/>
        <source>From the calendar: %1</source>
        <translation>Vom Kalender: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="64"/>
        <source>The calendar lacks %n event(s) Leadbook put there, too many to be deletions on your phone: no follow-up was cancelled, and they are sent again. To empty the calendar, turn sync off.</source>
        <translation>
            <numerusform>Im Kalender fehlt %n Termin, den Leadbook dort eingetragen hat – zu viele, um auf dem Handy gelöscht worden zu sein: Kein Follow-up wurde abgesagt, sie werden erneut gesendet. Um den Kalender zu leeren, schalten Sie den Abgleich aus.</numerusform>
            <numerusform>Im Kalender fehlen %n Termine, die Leadbook dort eingetragen hat – zu viele, um auf dem Handy gelöscht worden zu sein: Kein Follow-up wurde abgesagt, sie werden erneut gesendet. Um den Kalender zu leeren, schalten Sie den Abgleich aus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="78"/>
        <source>Calendar in step</source>
        <translation>Kalender ist abgeglichen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="80"/>
        <source>Calendar synced: %1 sent, %2 back</source>
        <translation>Kalender abgeglichen: %1 gesendet, %2 zurück</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="81"/>
        <location filename="../../desktop/leadbook/sync/words.py" line="82"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="89"/>
        <source>Done on your phone: %1 · %2 — how did it go?</source>
        <translation>Auf dem Handy erledigt: %1 · %2 – wie ist es gelaufen?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="97"/>
        <source>This computer has no keyring, so the password was not stored. Leadbook asks for it once per session; leadbook sync reads it from LEADBOOK_SYNC_PASSWORD or its input.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, daher wurde das Passwort nicht gespeichert. Leadbook fragt einmal pro Sitzung danach; leadbook sync liest es aus LEADBOOK_SYNC_PASSWORD oder seiner Eingabe.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="43"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="44"/>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="45"/>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="46"/>
        <source>Proposal</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="47"/>
        <source>Negotiation</source>
        <translation>Verhandlung</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="48"/>
        <location filename="../../desktop/leadbook/present/texts.py" line="100"/>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="49"/>
        <source>No</source>
        <translation>Absage</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="50"/>
        <source>Nurture</source>
        <translation>Warmhalten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="56"/>
        <source>Web inquiry</source>
        <translation>Web-Anfrage</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="57"/>
        <location filename="../../desktop/leadbook/present/texts.py" line="70"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="58"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="59"/>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="60"/>
        <source>Ad</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="61"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="62"/>
        <source>Cold</source>
        <translation>Kaltakquise</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="63"/>
        <location filename="../../desktop/leadbook/present/texts.py" line="75"/>
        <location filename="../../desktop/leadbook/present/texts.py" line="87"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="69"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="71"/>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="72"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="73"/>
        <source>Letter or card</source>
        <translation>Brief/Karte</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="74"/>
        <source>Social</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="81"/>
        <source>Get a reply</source>
        <translation>Antwort erhalten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="82"/>
        <source>Book a meeting</source>
        <translation>Termin vereinbaren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="83"/>
        <source>Answer their question</source>
        <translation>Frage beantworten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="84"/>
        <source>Send a proposal</source>
        <translation>Angebot senden</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="85"/>
        <source>Get a signature</source>
        <translation>Unterschrift einholen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="86"/>
        <source>Get paid</source>
        <translation>Zahlung erhalten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="93"/>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="94"/>
        <source>Left voicemail</source>
        <translation>Auf Mailbox gesprochen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="95"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="96"/>
        <source>Replied</source>
        <translation>Hat geantwortet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="97"/>
        <source>Meeting booked</source>
        <translation>Termin vereinbart</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="98"/>
        <source>Goal reached</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="99"/>
        <source>Said no</source>
        <translation>Absage</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="106"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="107"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="108"/>
        <source>Cancelled</source>
        <translation>Gestrichen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="119"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="120"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="121"/>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="128"/>
        <source>A lead needs a name.</source>
        <translation>Ein Lead braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="129"/>
        <source>“%1” is not an e-mail address (name@example.com).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (name@example.com).</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="132"/>
        <source>“%1” is not a phone number: use digits, spaces, + - ( ).</source>
        <translation>„%1“ ist keine Telefonnummer: Verwenden Sie Ziffern, Leerzeichen, + - ( ).</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="135"/>
        <source>The value must be a number, like 12500 or 12 500,50.</source>
        <translation>Der Wert muss eine Zahl sein, z. B. 12500 oder 12.500,50.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="138"/>
        <source>The value cannot be negative.</source>
        <translation>Der Wert darf nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="139"/>
        <source>Use a three-letter currency code, like EUR, SEK or USD.</source>
        <translation>Verwenden Sie einen dreistelligen Währungscode wie EUR, CHF oder USD.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="142"/>
        <source>Give the interval as a number from 1 to 999 and a unit.</source>
        <translation>Geben Sie das Intervall als Zahl von 1 bis 999 mit einer Einheit an.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="145"/>
        <source>“%1” is not a web address (example.com).</source>
        <translation>„%1“ ist keine Webadresse (example.com).</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="155"/>
        <source>The lead book %1 was saved by a newer version of Leadbook. Install the newer version to open it; this one will not touch it.</source>
        <translation>Die Lead-Kartei %1 wurde mit einer neueren Leadbook-Version gespeichert. Installieren Sie die neuere Version, um sie zu öffnen; diese Version lässt die Datei unverändert.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="160"/>
        <source>%1 is empty (0 bytes), so it is not a lead book. Leadbook leaves it as it is; choose a lead book file instead.</source>
        <translation>%1 ist leer (0 Byte) und damit keine Lead-Kartei. Leadbook lässt die Datei unverändert; wählen Sie stattdessen eine Kartei-Datei.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="165"/>
        <source>%1 is a database, but not a Leadbook lead book. Choose a lead book file instead.</source>
        <translation>%1 ist eine Datenbank, aber keine Lead-Kartei von Leadbook. Wählen Sie stattdessen eine Kartei-Datei.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="169"/>
        <source>%1 is not a lead book (it is not an SQLite database). Choose another file.</source>
        <translation>%1 ist keine Lead-Kartei (keine SQLite-Datenbank). Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="173"/>
        <source>SQLite found damage in the lead book %1, so nothing was saved. Leadbook sets it aside and offers the newest good backup.</source>
        <translation>SQLite hat in der Lead-Kartei %1 Schäden gefunden, daher wurde nichts gespeichert. Leadbook legt sie beiseite und bietet die neueste intakte Sicherung an.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="178"/>
        <source>The lead book %1 is busy: another Leadbook or another program is writing to it and did not finish in time. Wait until it is done (or close it) and try again.</source>
        <translation>Die Lead-Kartei %1 ist belegt: Ein anderes Leadbook oder ein anderes Programm schreibt gerade hinein und ist nicht rechtzeitig fertig geworden. Warten Sie, bis es fertig ist (oder schließen Sie es), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="183"/>
        <source>Leadbook cannot write to %1: the file or its folder is read-only for you, so nothing was changed. Check that the file and its folder are writable.</source>
        <translation>Leadbook kann nicht in %1 schreiben: Die Datei oder ihr Ordner ist für Sie schreibgeschützt, daher wurde nichts geändert. Prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="188"/>
        <source>Could not make the backup before importing: %1. Nothing was imported.</source>
        <translation>Die Sicherung vor dem Import ließ sich nicht anlegen: %1. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="193"/>
        <source>Could not back up %1: %2</source>
        <translation>%1 konnte nicht gesichert werden: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="200"/>
        <source>This follow-up was just logged, cancelled or moved elsewhere (another Leadbook has %1 open), so nothing was changed here. Look at it again, then try once more.</source>
        <translation>Dieses Follow-up wurde gerade anderswo erfasst, abgesagt oder verschoben (ein anderes Leadbook hat %1 geöffnet), daher wurde hier nichts geändert. Sehen Sie es sich noch einmal an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="215"/>
        <location filename="../../desktop/leadbook/present/texts.py" line="216"/>
        <source>you are not allowed to write there</source>
        <translation>Sie dürfen dort nicht schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="217"/>
        <source>it is a file, not a folder</source>
        <translation>es ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="218"/>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="219"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="222"/>
        <source>Leadbook cannot use the folder %1 for its data, backups and log: %2. Make it a folder you can write to, or set LEADBOOK_HOME to one.</source>
        <translation>Leadbook kann den Ordner %1 nicht für seine Daten, Sicherungen und das Protokoll verwenden: %2. Machen Sie ihn für sich beschreibbar oder setzen Sie LEADBOOK_HOME auf einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="237"/>
        <source>%1 is outside the dates Leadbook works with, %2 to %3.</source>
        <translation>%1 liegt außerhalb des Datumsbereichs von Leadbook (%2 bis %3).</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="196"/>
        <source>The disk holding %1 is full. Nothing was saved; free some space and try again.</source>
        <translation>Der Datenträger mit %1 ist voll. Es wurde nichts gespeichert; schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="206"/>
        <source>The lead book %1 could not be opened: %2</source>
        <translation>Die Lead-Kartei %1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="89"/>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="507"/>
        <source>Log…</source>
        <translation>Erfassen…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="507"/>
        <source>Log what happened (D)</source>
        <translation>Erfassen, was passiert ist (D)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="94"/>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="509"/>
        <source>Reschedule…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="509"/>
        <source>Move to another day, same time (R)</source>
        <translation>Auf einen anderen Tag verschieben, gleiche Uhrzeit (R)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="512"/>
        <source>Cancel follow-up</source>
        <translation>Follow-up streichen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="515"/>
        <source>Cancel this follow-up; Undo brings it back (C)</source>
        <translation>Dieses Follow-up streichen; „Rückgängig“ holt es zurück (C)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="518"/>
        <source>Move to nurture</source>
        <translation>Warmhalten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="521"/>
        <source>Not ready: keep in touch slowly (N)</source>
        <translation>Noch nicht so weit: in ruhigem Takt in Kontakt bleiben (N)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="524"/>
        <source>Mark no</source>
        <translation>Als Absage markieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="527"/>
        <source>A no for now: it comes back to revisit later (O)</source>
        <translation>Vorerst ein Nein: kommt später zur Wiedervorlage (O)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="530"/>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="530"/>
        <source>Keep following up; the count starts again (K)</source>
        <translation>Weiter nachfassen; die Zählung beginnt von vorn (K)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="101"/>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="533"/>
        <source>Open lead</source>
        <translation>Lead öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="533"/>
        <source>Open the lead (Enter)</source>
        <translation>Lead öffnen (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="810"/>
        <source>%1  ·  %2 tomorrow</source>
        <translation>%1  ·  %2 morgen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="216"/>
        <source>Nothing else planned for today.</source>
        <translation>Für heute ist nichts weiter geplant.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="217"/>
        <source>Nothing planned for today.</source>
        <translation>Für heute ist nichts geplant.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="220"/>
        <source>… and %1 more; the calendar and the lead list show them all</source>
        <translation>… und %1 weitere; Kalender und Lead-Liste zeigen alle</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="347"/>
        <source>Role: %1</source>
        <translation>Position: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="349"/>
        <source>Not the decision-maker</source>
        <translation>Nicht der Entscheider</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="351"/>
        <source>Best time: %1</source>
        <translation>Erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="353"/>
        <location filename="../../desktop/leadbook/present/next_up_text.py" line="114"/>
        <source>Rapport: %1</source>
        <translation>Persönliches: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="468"/>
        <source>Show these leads</source>
        <extracomment>The row chosen (and the scroll) when a first-screen read did not reach it: chosen again once the rest is read, so a refresh does not move the selection off a row further down.</extracomment>
        <translation>Diese Leads zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="477"/>
        <source>Today&apos;s agenda</source>
        <translation>Heutige Agenda</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="479"/>
        <source>Arrows move between follow-ups. D logs, R reschedules, C cancels, Enter opens the lead.</source>
        <translation>Pfeiltasten wechseln zwischen Follow-ups. D erfasst, R verschiebt, C streicht, Eingabe öffnet den Lead.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="931"/>
        <source>N nurture  ·  O no  ·  K keep going  ·  Enter open</source>
        <translation>N warmhalten  ·  O Absage  ·  K weitermachen  ·  Eingabe öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="933"/>
        <source>D log  ·  R reschedule  ·  C cancel  ·  Enter open</source>
        <translation>D erfassen  ·  R verschieben  ·  C streichen  ·  Eingabe öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="971"/>
        <source>Reschedule</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="972"/>
        <source>+1 day</source>
        <translation>+1 Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="972"/>
        <source>+1 week</source>
        <translation>+1 Woche</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="977"/>
        <source>Pick a date…</source>
        <translation>Datum wählen…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="1018"/>
        <source>Cancelled the follow-up with %1.</source>
        <translation>Follow-up mit %1 gestrichen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="1028"/>
        <source>Marked %1 as no.</source>
        <translation>%1 als Absage markiert.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="1031"/>
        <source>Moved %1 to nurture.</source>
        <translation>%1 wird jetzt warmgehalten.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="1039"/>
        <source>Keeping on with %1; the count starts again.</source>
        <translation>Weiter mit %1; die Zählung beginnt von vorn.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="139"/>
        <source>%n reminder(s) is/are due or still to come today. This desktop has no tray, so Leadbook cannot remind you once it is closed.</source>
        <translation>
            <numerusform>Heute ist noch %n Erinnerung fällig oder steht noch an. Diese Arbeitsumgebung hat keinen Infobereich, daher kann Leadbook Sie nach dem Schließen nicht mehr erinnern.</numerusform>
            <numerusform>Heute sind noch %n Erinnerungen fällig oder stehen noch an. Diese Arbeitsumgebung hat keinen Infobereich, daher kann Leadbook Sie nach dem Schließen nicht mehr erinnern.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="146"/>
        <source>Quit Leadbook?</source>
        <translation>Leadbook beenden?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="151"/>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Trotzdem beenden</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="152"/>
        <source>&amp;Keep Leadbook open</source>
        <translation>Leadbook &amp;offen lassen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="387"/>
        <source>Reminder: %1</source>
        <translation>Erinnerung: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="388"/>
        <source>%1 — due %2</source>
        <translation>%1 – fällig %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="391"/>
        <source>, </source>
        <comment>between lead names</comment>
        <extracomment>Between lead names in a notification (&quot;Anna, Jürgen, 王芳, …&quot;): Chinese &quot;、&quot;.</extracomment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="395"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n Erinnerung</numerusform>
            <numerusform>%n Erinnerungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="319"/>
        <source>Re&amp;sume reminders (paused until %1)</source>
        <translation>Erinnerungen &amp;fortsetzen (pausiert bis %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="330"/>
        <source>Leadbook — %n thing(s) to do today</source>
        <translation>
            <numerusform>Leadbook – heute %n Aufgabe</numerusform>
            <numerusform>Leadbook – heute %n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="332"/>
        <source>Reminders paused until %1</source>
        <translation>Erinnerungen pausiert bis %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="373"/>
        <source>Leadbook keeps running</source>
        <translation>Leadbook läuft weiter</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="375"/>
        <source>Leadbook is still running in the system tray, so your reminders keep coming.

To open it again, click its icon in the tray. To quit, choose Quit in the tray icon&apos;s menu or File ▸ Quit.</source>
        <translation>Leadbook läuft im Infobereich weiter, damit Ihre Erinnerungen weiterhin erscheinen.

Zum erneuten Öffnen klicken Sie auf das Symbol im Infobereich. Zum Beenden wählen Sie „Beenden“ im Menü des Symbols oder Datei ▸ Beenden.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/texts.py" line="253"/>
        <source>Delete %n lead(s)</source>
        <translation>
            <numerusform>%n Lead löschen</numerusform>
            <numerusform>%n Leads löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="255"/>
        <source>Add lead</source>
        <translation>Lead hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="256"/>
        <source>Add leads</source>
        <translation>Leads hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="257"/>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="258"/>
        <source>Apply cadence</source>
        <translation>Sequenz anwenden</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="259"/>
        <source>Cancel follow-up</source>
        <translation>Follow-up streichen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="260"/>
        <source>Change stage</source>
        <translation>Phase ändern</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="253"/>
        <source>Delete lead</source>
        <translation>Lead löschen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="261"/>
        <source>Do not contact</source>
        <translation>Kontaktsperre</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="262"/>
        <source>Edit follow-up</source>
        <translation>Follow-up bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="263"/>
        <source>Edit lead</source>
        <translation>Lead bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="264"/>
        <source>Even out</source>
        <translation>Ausgleichen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="265"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="266"/>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="267"/>
        <source>Log follow-up</source>
        <translation>Follow-up erfassen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="268"/>
        <source>Merge leads</source>
        <translation>Leads zusammenführen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="269"/>
        <source>Move follow-up</source>
        <translation>Follow-up verschieben</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="270"/>
        <source>New contact person</source>
        <translation>Neuer Ansprechpartner</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="271"/>
        <source>Plan follow-up</source>
        <translation>Follow-up planen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="272"/>
        <source>Plan nurture touches</source>
        <translation>Warmhalte-Kontakte planen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="273"/>
        <source>Reopen lead</source>
        <translation>Lead reaktivieren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="274"/>
        <source>Said no</source>
        <translation>Absage</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="275"/>
        <source>Still not now</source>
        <translation>Noch nicht</translation>
    </message>
</context>
<context>
    <name>UndoMessage</name>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="124"/>
        <source>Undo</source>
        <extracomment>The icon of each action of the menus and the toolbar (Lucide names), by the window&apos;s attribute.</extracomment>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="424"/>
        <source>d MMM</source>
        <comment>the date under each day of the week view</comment>
        <extracomment>A QDate format: d = day, M = month number, MMM = short month name; put other Latin letters in single quotes. Chinese: &quot;M月d日&quot;.</extracomment>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../desktop/leadbook/gui/today/welcome.py" line="21"/>
        <source>Your lead book is empty</source>
        <translation>Ihre Kartei ist leer</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/welcome.py" line="28"/>
        <source>Leadbook keeps your prospects on this computer and makes sure none is forgotten: every lead gets a dated next step, Today lists what is due, and a “no” comes back later to be asked again. Begin with one lead, or bring in the contacts you already have.</source>
        <translation>Leadbook hält Ihre Interessenten auf diesem Computer fest und sorgt dafür, dass keiner vergessen wird: Jeder Lead bekommt einen datierten nächsten Schritt, „Heute“ zeigt, was fällig ist, und ein „Nein“ kommt später zur Wiedervorlage zurück. Fangen Sie mit einem Lead an oder holen Sie die Kontakte herein, die Sie schon haben.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/welcome.py" line="34"/>
        <source>&amp;Add your first lead…</source>
        <translation>Ersten Lead &amp;anlegen…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/welcome.py" line="38"/>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/welcome.py" line="40"/>
        <source>A CSV file (Google, Outlook, LinkedIn or any other) or vCards</source>
        <translation>Eine CSV-Datei (Google, Outlook, LinkedIn oder eine andere) oder vCards</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/welcome.py" line="42"/>
        <source>&amp;Look around a demo book first</source>
        <translation>Erst eine Demo-Kartei an&amp;sehen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/welcome.py" line="52"/>
        <source>Opens a made-up lead book in a second window; yours is not touched</source>
        <translation>Öffnet eine erfundene Kartei in einem zweiten Fenster; Ihre bleibt unberührt</translation>
    </message>
</context>
</TS>
