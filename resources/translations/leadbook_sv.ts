<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="56"/>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="57"/>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="58"/>
        <source>First responses due</source>
        <translation>Första svar som väntar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="59"/>
        <source>Revisits due: they said no, ask again</source>
        <translation>Dags för återkontakt: de sa nej, fråga igen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="121"/>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="60"/>
        <source>Decide: the stop rule is reached</source>
        <translation>Beslut: stoppregeln är nådd</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="61"/>
        <source>Tomorrow</source>
        <translation>Imorgon</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="67"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="68"/>
        <source>Lead</source>
        <translation>Prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="69"/>
        <source>Company</source>
        <translation>Företag</translation>
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
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="73"/>
        <source>Attempt</source>
        <translation>Försök</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="74"/>
        <source>Last touch</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="111"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="115"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="117"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="123"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="125"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="138"/>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="144"/>
        <source>due now</source>
        <translation>nu</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="140"/>
        <source>in %1</source>
        <translation>om %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="141"/>
        <source>%1 left</source>
        <translation>%1 kvar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="145"/>
        <source>overdue by %1</source>
        <translation>%1 för sent</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="149"/>
        <source>#%1</source>
        <translation>nr %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="186"/>
        <source>Nothing due.</source>
        <translation>Inget att göra.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="189"/>
        <source>%1 to do: %2</source>
        <translation>%1 att göra: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="289"/>
        <source>Answer by %1</source>
        <translation>Svara senast %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="453"/>
        <source>… and %1 more (leadbook today without --limit lists them all)</source>
        <translation>… och %1 till (leadbook today utan --limit visar alla)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="259"/>
        <source>Yesterday</source>
        <translation>Igår</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="262"/>
        <source>all day</source>
        <translation>hela dagen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="421"/>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="350"/>
        <source>Said no: %1</source>
        <translation>Sa nej: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="430"/>
        <source>Today, %1</source>
        <translation>Idag, %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="432"/>
        <source>Agenda for %1</source>
        <translation>Schema för %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="305"/>
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="439"/>
        <source>last touch %1</source>
        <translation>senaste kontakt %1</translation>
    </message>
</context>
<context>
    <name>AgendaText</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="159"/>
        <source>%n try/tries without an answer</source>
        <translation>
            <numerusform>%n försök utan svar</numerusform>
            <numerusform>%n försök utan svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="163"/>
        <source>%n active lead(s) has/have no next step</source>
        <translation>
            <numerusform>%n aktivt prospekt saknar nästa steg</numerusform>
            <numerusform>%n aktiva prospekt saknar nästa steg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="169"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="171"/>
        <source>%n today</source>
        <translation>
            <numerusform>%n idag</numerusform>
            <numerusform>%n idag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="173"/>
        <source>%n first response(s)</source>
        <translation>
            <numerusform>%n första svar</numerusform>
            <numerusform>%n första svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="175"/>
        <source>%n revisit(s)</source>
        <translation>
            <numerusform>%n återkontakt</numerusform>
            <numerusform>%n återkontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/agenda_text.py" line="176"/>
        <source>%n to decide</source>
        <translation>
            <numerusform>%n att avgöra</numerusform>
            <numerusform>%n att avgöra</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="114"/>
        <source>Something went wrong</source>
        <extracomment>How often the open window asks whether the start-up check has its verdict. What the start leaves until Today&apos;s first paint (``_settle_start``) runs after this long at the latest.</extracomment>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="115"/>
        <source>Leadbook hit an unexpected problem. Your saved work is safe.
Details were written to %1</source>
        <translation>Leadbook stötte på ett oväntat problem. Det du har sparat är i säkerhet.
Detaljerna finns i %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="261"/>
        <location filename="../../desktop/leadbook/app.py" line="580"/>
        <source>Cannot open the lead book</source>
        <extracomment>The check the open window waits for: the start-up check, or the full check after damage. Damage a read met before that check&apos;s verdict (``report_unexpected``), for the verdict to settle. The book a full check found sound: damage SQLite reports on it again is a bug&apos;s to report (a full-text index only its own check could see on a read-only book, say), not a new check.</extracomment>
        <translation>Det går inte att öppna prospektregistret</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="169"/>
        <source>Checking the lead book</source>
        <translation>Prospektregistret kontrolleras</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="171"/>
        <source>SQLite reported damage while reading the lead book. Leadbook is checking all of it; nothing is written until the check is done.</source>
        <translation>SQLite rapporterade skada när prospektregistret lästes. Leadbook kontrollerar nu hela registret; inget sparas förrän kontrollen är klar.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="444"/>
        <source>The lead book is damaged</source>
        <translation>Prospektregistret är skadat</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="448"/>
        <source>SQLite found damage in %1. No verified copy of it could be made (%2), so it was left where it is — nothing was moved or deleted. Make room beside it (or make its folder writable) and start Leadbook again, or open another file.</source>
        <translation>SQLite hittade skador i %1. Ingen verifierad kopia av filen kunde göras (%2), så den ligger kvar där den är — inget har flyttats eller raderats. Frigör utrymme bredvid den (eller gör dess mapp skrivbar) och starta Leadbook igen, eller öppna en annan fil.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="459"/>
        <source>SQLite found damage in %1. It has been moved aside to %2 — nothing was deleted.</source>
        <translation>SQLite hittade skador i %1. Filen har flyttats undan till %2 – inget har raderats.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="471"/>
        <source>The newest good backup is from %1 (%2 leads).</source>
        <translation>Den senaste felfria säkerhetskopian är från %1 (%2 prospekt).</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="475"/>
        <source>Restore that backup</source>
        <translation>Återställ den säkerhetskopian</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="478"/>
        <source>Open another file…</source>
        <translation>Öppna en annan fil…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="490"/>
        <source>Open a lead book</source>
        <translation>Öppna ett prospektregister</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="511"/>
        <location filename="../../desktop/leadbook/app.py" line="524"/>
        <source>Not restored</source>
        <translation>Inte återställt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="595"/>
        <source>Leadbook is already open</source>
        <translation>Leadbook är redan öppet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/app.py" line="596"/>
        <source>Another Leadbook has %1 open but does not answer. Close it (or end it in the task manager), then start Leadbook again.</source>
        <translation>En annan Leadbook har %1 öppen men svarar inte. Stäng den (eller avsluta den i aktivitetshanteraren) och starta sedan Leadbook igen.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="40"/>
        <source>usage: </source>
        <translation>användning: </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="41"/>
        <source>positional arguments</source>
        <translation>argument</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="42"/>
        <source>options</source>
        <translation>flaggor</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="43"/>
        <source>show this help message and exit</source>
        <translation>visa den här hjälpen och avsluta</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="44"/>
        <location filename="../../desktop/leadbook/cli.py" line="99"/>
        <source>show program&apos;s version number and exit</source>
        <translation>visa versionsnumret och avsluta</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="45"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fel: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="46"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="47"/>
        <source>unrecognized arguments: %s</source>
        <translation>okända argument: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="48"/>
        <source>the following arguments are required: %s</source>
        <translation>de här argumenten saknas: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="49"/>
        <source>expected one argument</source>
        <translation>väntade ett värde</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="50"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydig flagga: %(option)s kan vara %(matches)s</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="51"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ogiltigt val: %(value)r (välj bland %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="52"/>
        <source>ignored explicit argument %r</source>
        <translation>ignorerade värdet %r som inte hör hit</translation>
    </message>
</context>
<context>
    <name>CadenceDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="62"/>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="73"/>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="91"/>
        <source>Cadences</source>
        <translation>Sekvenser</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="76"/>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="77"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplicera</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="78"/>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="79"/>
        <source>De&amp;lete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="84"/>
        <source>Make an editable copy of this cadence</source>
        <translation>Gör en redigerbar kopia av sekvensen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="85"/>
        <source>Type the new name, then Save</source>
        <translation>Skriv det nya namnet och klicka sedan på Spara</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="97"/>
        <source>e.g. After a trade fair</source>
        <translation>t.ex. Efter en mässa</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="101"/>
        <source>Built-in cadences come with Leadbook and cannot be changed. Duplicate one to make your own.</source>
        <translation>Inbyggda sekvenser följer med Leadbook och kan inte ändras. Duplicera en om du vill göra en egen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="111"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="111"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="111"/>
        <source>Objective</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="111"/>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="123"/>
        <source>&amp;Add step</source>
        <translation>&amp;Lägg till steg</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="125"/>
        <source>Move u&amp;p</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="126"/>
        <source>Move do&amp;wn</source>
        <translation>Flytta ne&amp;r</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="142"/>
        <source>the day it starts</source>
        <translation>startdagen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="124"/>
        <source>Rem&amp;ove step</source>
        <translation>Ta b&amp;ort steg</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="109"/>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="145"/>
        <source>Day %1</source>
        <comment>a cadence step&apos;s day (spin box)</comment>
        <extracomment>The spin box shows the number where %1 stands; the words around it stay put while the number changes (Chinese: &quot;第 %1 天&quot;).</extracomment>
        <translation>Dag %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="150"/>
        <source>Channel of the step</source>
        <translation>Stegets kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="153"/>
        <source>Objective of the step</source>
        <translation>Stegets mål</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="160"/>
        <source>What to say or write at this step. Bring something of value: an idea, a figure, an answer.</source>
        <translation>Vad du ska säga eller skriva i det här steget. Ge något av värde: en idé, en siffra, ett svar.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="177"/>
        <source>S&amp;tep</source>
        <translation>St&amp;eg</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="178"/>
        <source>M&amp;essage</source>
        <translation>&amp;Meddelande</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="181"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="184"/>
        <source>Save this cadence (Ctrl+S)</source>
        <translation>Spara sekvensen (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="187"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="196"/>
        <source>Na&amp;me</source>
        <translation>N&amp;amn</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="267"/>
        <source>%1 (built-in)</source>
        <translation>%1 (inbyggd)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="269"/>
        <source>%1 (not saved)</source>
        <translation>%1 (inte sparad)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="269"/>
        <source>New cadence</source>
        <translation>Ny sekvens</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="274"/>
        <source>Comes with Leadbook; read-only</source>
        <translation>Följer med Leadbook; skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="358"/>
        <source>This message has phrases to avoid</source>
        <translation>Meddelandet innehåller fraser som du bör undvika</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="421"/>
        <source>no steps yet</source>
        <translation>inga steg än</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="423"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n steg</numerusform>
            <numerusform>%n steg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="425"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="426"/>
        <source>%1 over %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="473"/>
        <source>A cadence needs a name.</source>
        <translation>Sekvensen måste ha ett namn.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="477"/>
        <source>There is already a cadence called “%1”.</source>
        <translation>Det finns redan en sekvens som heter ”%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="479"/>
        <source>A cadence needs at least one step: use Add step.</source>
        <translation>En sekvens behöver minst ett steg: använd Lägg till steg.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="481"/>
        <source>Days count from the day the cadence starts: use 0 or more.</source>
        <translation>Dagarna räknas från dagen då sekvensen startar: ange 0 eller mer.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="500"/>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="560"/>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="517"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="518"/>
        <source>Save the changes to this cadence?</source>
        <translation>Vill du spara ändringarna i sekvensen?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="550"/>
        <source>Copy of %1</source>
        <translation>Kopia av %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="582"/>
        <source>Delete cadence</source>
        <translation>Ta bort sekvens</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="583"/>
        <source>Delete the cadence “%1”? Follow-ups it already planned stay in place.</source>
        <translation>Vill du ta bort sekvensen ”%1”? Uppföljningar som den redan har planerat ligger kvar.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/cadence_dialog.py" line="595"/>
        <source>Not deleted</source>
        <translation>Inte borttagen</translation>
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
        <translation>Hej {first_name}!

Tack för att du tog dig tid idag.

Det här tar jag med mig: [det viktigaste du hörde, med deras egna ord].

Mitt nästa steg: [vad du ska göra, och när].

Ditt nästa steg: [vad de sa att de skulle göra, och varför det för affären framåt].

Ha en fin vecka!</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="81"/>
        <source>After first meeting</source>
        <translation>Efter första mötet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="84"/>
        <source>Call: answer what is still open from the meeting.</source>
        <translation>Ring: svara på det som fortfarande är öppet sedan mötet.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="86"/>
        <source>Send something of value: a short article, a figure or an idea for their situation.</source>
        <translation>Skicka något av värde: en kort artikel, en siffra eller en idé som passar deras situation.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="87"/>
        <source>Call: propose the next meeting or a site visit.</source>
        <translation>Ring: föreslå nästa möte eller ett besök på plats.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="88"/>
        <source>Check in: what has changed since we spoke?</source>
        <translation>Stäm av: vad har hänt sedan vi hördes senast?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="94"/>
        <source>Post-sale</source>
        <translation>Efter köpet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="96"/>
        <source>Handwritten thank-you card for the order.</source>
        <translation>Handskrivet tackkort för beställningen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="97"/>
        <source>Call after delivery: is everything as they expected?</source>
        <translation>Ring efter leveransen: blev allt som de hade tänkt sig?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="98"/>
        <source>Handwritten thank-you card after delivery.</source>
        <translation>Handskrivet tackkort efter leveransen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="99"/>
        <source>Check in: how is it working out? Anyone else who could use it?</source>
        <translation>Stäm av: hur fungerar det? Känner de någon mer som skulle ha nytta av det?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="105"/>
        <source>New web inquiry</source>
        <translation>Ny webbförfrågan</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="107"/>
        <source>Answer the question they asked; say when you will call.</source>
        <translation>Svara på frågan de ställde och säg när du ringer.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="108"/>
        <source>Call: understand the need, offer a meeting.</source>
        <translation>Ring: förstå behovet och erbjud ett möte.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="109"/>
        <source>Send an example or a reference that fits their need.</source>
        <translation>Skicka ett exempel eller en referens som passar deras behov.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="110"/>
        <source>Call: book the meeting.</source>
        <translation>Ring: boka mötet.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/core/cadences.py" line="111"/>
        <source>Check in with something new to offer.</source>
        <translation>Stäm av och ha med dig något nytt att erbjuda.</translation>
    </message>
</context>
<context>
    <name>CalendarSync</name>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar_sync.py" line="223"/>
        <source>Syncing the calendar…</source>
        <extracomment>A fault only the user can mend (a wrong password, a read-only or gone calendar, an untrusted certificate): no sync by itself until they act (Settings, Sync now), so that a server counting failed logins is not asked again and again with the wrong password.</extracomment>
        <translation>Synkar kalendern…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar_sync.py" line="260"/>
        <source>Calendar sync waits for your password.</source>
        <translation>Kalendersynken väntar på ditt lösenord.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar_sync.py" line="256"/>
        <location filename="../../desktop/leadbook/gui/calendar_sync.py" line="266"/>
        <source>Calendar sync stopped; details are in the log.</source>
        <translation>Kalendersynken stoppades; detaljerna finns i loggen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar_sync.py" line="315"/>
        <source>Done on your phone</source>
        <translation>Klar i telefonen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar_sync.py" line="318"/>
        <source>&amp;Log it…</source>
        <translation>&amp;Logga…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar_sync.py" line="319"/>
        <source>&amp;Not now</source>
        <translation>&amp;Inte nu</translation>
    </message>
</context>
<context>
    <name>CalendarSyncPage</name>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="53"/>
        <source>Keep your planned follow-ups in a calendar on your own server (Nextcloud, iCloud, Fastmail, Radicale, …), so your phone reminds you, and bring back what you move, delete or mark done there. Leadbook talks only to this server, and only while sync is on.</source>
        <translation>Håll dina planerade uppföljningar i en kalender på din egen server (Nextcloud, iCloud, Fastmail, Radicale, …) så att telefonen påminner dig, och få tillbaka det du flyttar, tar bort eller markerar som klart där. Leadbook pratar bara med den här servern, och bara medan synken är på.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="63"/>
        <source>https://cloud.example.com, or you@example.com</source>
        <translation>https://cloud.example.com eller du@example.com</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="69"/>
        <source>an app password, where your provider has them</source>
        <translation>ett applösenord, om din leverantör har sådana</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="75"/>
        <source>Ser&amp;ver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="76"/>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="77"/>
        <source>Pass&amp;word:</source>
        <translation>Lösen&amp;ord:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="78"/>
        <source>Ca&amp;lendar:</source>
        <translation>Ka&amp;lender:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="79"/>
        <source>Put the follow-ups in as t&amp;asks (to-dos) instead of events</source>
        <translation>Lägg in uppföljningarna som upp&amp;gifter (att göra) i stället för händelser</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="84"/>
        <source>The password is kept in your system&apos;s keyring, never in the book.</source>
        <translation>Lösenordet sparas i systemets nyckelring, aldrig i registret.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="86"/>
        <source>This computer has no keyring: Leadbook asks for the password once per session and keeps it only in memory.</source>
        <translation>Den här datorn har ingen nyckelring: Leadbook frågar efter lösenordet en gång per session och håller det bara i minnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="90"/>
        <source>Co&amp;nnect</source>
        <translation>A&amp;nslut</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="93"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synka nu</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="96"/>
        <source>Turn &amp;off…</source>
        <translation>Stäng a&amp;v…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="119"/>
        <source>Calendar sync is off.</source>
        <translation>Kalendersynken är avstängd.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="122"/>
        <source>Syncing with the calendar “%1” at %2 as %3.</source>
        <translation>Synkar med kalendern ”%1” på %2 som %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="152"/>
        <source>Your follow-ups go to “%1” as tasks now.</source>
        <translation>Dina uppföljningar går nu till ”%1” som uppgifter.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="153"/>
        <source>Your follow-ups go to “%1” as events now.</source>
        <translation>Dina uppföljningar går nu till ”%1” som händelser.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="173"/>
        <source>Give the server, your user name and the password.</source>
        <translation>Ange servern, ditt användarnamn och lösenordet.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="186"/>
        <source>Looking for your calendars…</source>
        <translation>Letar efter dina kalendrar…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="145"/>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="204"/>
        <source>Leadbook could not keep the account on this computer: %1</source>
        <translation>Leadbook kunde inte spara kontot på den här datorn: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="216"/>
        <source>Connected to “%1”. Your follow-ups are on their way.</source>
        <translation>Ansluten till ”%1”. Dina uppföljningar är på väg.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="218"/>
        <source>This computer has no keyring, so the password is kept only until Leadbook closes.</source>
        <translation>Den här datorn har ingen nyckelring, så lösenordet sparas bara tills Leadbook stängs.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="232"/>
        <source>Leadbook could not connect; details are in the log.</source>
        <translation>Leadbook kunde inte ansluta; detaljerna finns i loggen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="249"/>
        <source>Trust this server?</source>
        <translation>Lita på den här servern?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="250"/>
        <source>The server&apos;s certificate is signed by no authority this computer knows. Trust it only if its SHA-256 fingerprint is the one your server shows:

%1</source>
        <translation>Serverns certifikat är inte signerat av någon utfärdare som den här datorn känner till. Lita bara på det om dess SHA-256-fingeravtryck är det som din server visar:

%1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="255"/>
        <source>&amp;Trust it</source>
        <translation>&amp;Lita på det</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="260"/>
        <source>Not connected: the certificate was not trusted.</source>
        <translation>Inte ansluten: certifikatet godkändes inte.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="273"/>
        <source>Turn calendar sync off</source>
        <translation>Stäng av kalendersynken</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="274"/>
        <source>Leadbook stops syncing with “%1”. Leave its events in the calendar, or take them off?</source>
        <translation>Leadbook slutar synka med ”%1”. Ska Leadbooks händelser ligga kvar i kalendern, eller tas bort?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="281"/>
        <source>&amp;Leave them</source>
        <translation>&amp;Låt dem ligga</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="282"/>
        <source>&amp;Take them off</source>
        <translation>&amp;Ta bort dem</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="309"/>
        <source>Turning calendar sync off…</source>
        <translation>Stänger av kalendersynken…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="322"/>
        <source>Calendar sync is off; %n event(s) taken off the calendar.</source>
        <translation>
            <numerusform>Kalendersynken är avstängd; %n händelse togs bort från kalendern.</numerusform>
            <numerusform>Kalendersynken är avstängd; %n händelser togs bort från kalendern.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="323"/>
        <source>Calendar sync is off; the calendar&apos;s events stay.</source>
        <translation>Kalendersynken är avstängd; händelserna i kalendern ligger kvar.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="330"/>
        <location filename="../../desktop/leadbook/gui/settings/calendar_sync_page.py" line="335"/>
        <source>Calendar sync stays on; details are in the log.</source>
        <translation>Kalendersynken förblir på; detaljerna finns i loggen.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="340"/>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="306"/>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="601"/>
        <source>+%1 more</source>
        <translation>+%1 till</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="99"/>
        <source>%1 planned · capacity %2</source>
        <translation>%1 planerade · kapacitet %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="371"/>
        <source>Revisits  %1</source>
        <translation>Återkontakt  %1</translation>
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
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="860"/>
        <source>Previous (Page Up)</source>
        <translation>Föregående (Page Up)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="861"/>
        <source>Next (Page Down)</source>
        <translation>Nästa (Page Down)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="862"/>
        <source>&amp;Today</source>
        <translation>&amp;Idag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="863"/>
        <source>Go to today (T)</source>
        <translation>Gå till idag (T)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="868"/>
        <source>&amp;Month</source>
        <translation>&amp;Månad</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="868"/>
        <source>Month view</source>
        <translation>Månadsvy</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="869"/>
        <source>&amp;Week</source>
        <translation>&amp;Vecka</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="869"/>
        <source>Week view</source>
        <translation>Veckovy</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="873"/>
        <source>E&amp;ven out…</source>
        <translation>&amp;Jämna ut…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="874"/>
        <source>Move the least urgent follow-ups of an overloaded day to the next working days with room</source>
        <translation>Flytta de minst brådskande uppföljningarna från en överfull dag till de närmaste arbetsdagarna med plats</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="933"/>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="934"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="935"/>
        <source>Days of the month</source>
        <translation>Månadens dagar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="936"/>
        <source>Days of the week</source>
        <translation>Veckans dagar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="937"/>
        <source>Follow-ups of the chosen day</source>
        <translation>Uppföljningar den valda dagen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="974"/>
        <source>Week %1 · %2 – %3</source>
        <translation>Vecka %1 · %2 – %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="987"/>
        <source>%n follow-up(s) planned</source>
        <translation>
            <numerusform>%n uppföljning planerad</numerusform>
            <numerusform>%n uppföljningar planerade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="989"/>
        <source>over the day&apos;s capacity of %1</source>
        <translation>över dagens kapacitet på %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="991"/>
        <source>overdue</source>
        <translation>försenade</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="662"/>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="996"/>
        <source>Any time</source>
        <translation>När som helst</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1112"/>
        <source>Move to a past day?</source>
        <translation>Flytta till en dag som har passerat?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1112"/>
        <source>Move to a past day? It will be overdue at once.</source>
        <translation>Flytta till en dag som har passerat? Uppföljningen blir försenad direkt.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1114"/>
        <source>Move to a time that has passed?</source>
        <translation>Flytta till en tid som redan har passerat?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1115"/>
        <source>Move to a time that has passed? It will be overdue at once.</source>
        <translation>Flytta till en tid som redan har passerat? Uppföljningen blir försenad direkt.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1120"/>
        <source>&amp;Move</source>
        <translation>&amp;Flytta</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1134"/>
        <source>Moved the follow-up to %1.</source>
        <translation>Uppföljningen flyttades till %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="1142"/>
        <source>Moved %n follow-up(s).</source>
        <translation>
            <numerusform>%n uppföljning flyttades.</numerusform>
            <numerusform>%n uppföljningar flyttades.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="105"/>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="107"/>
        <source>Today&apos;s calls and meetings</source>
        <translation>Dagens samtal och möten</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="111"/>
        <source>First responses due</source>
        <translation>Första svar som väntar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="116"/>
        <source>Revisits due</source>
        <translation>Dags för återkontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="222"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="228"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="383"/>
        <source>Any time</source>
        <translation>När som helst</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="225"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="226"/>
        <source>by %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="245"/>
        <source>Decides</source>
        <translation>Beslutsfattare</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="246"/>
        <source>%1 · decides</source>
        <translation>%1 · beslutsfattare</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="248"/>
        <source>%1 · does not decide</source>
        <translation>%1 · inte beslutsfattare</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="250"/>
        <source>Does not decide</source>
        <translation>Inte beslutsfattare</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="255"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="256"/>
        <source>%1; decision-maker: %2</source>
        <translation>%1; beslutsfattare: %2</translation>
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
        <translation>även %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="291"/>
        <source>No touch yet</source>
        <translation>Ingen kontakt än</translation>
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
        <translation>%1 · försök %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="335"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="434"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="336"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="337"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="396"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="436"/>
        <source>Last touch</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="338"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="397"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="437"/>
        <source>Rapport</source>
        <translation>Personligt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="339"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="398"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="438"/>
        <source>Best time</source>
        <translation>Bästa tid</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="390"/>
        <source>Ask</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="392"/>
        <source>Said no</source>
        <translation>Sa nej</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="393"/>
        <source>Said by</source>
        <translation>Sagt av</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="395"/>
        <source>Last note</source>
        <translation>Noterat</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="399"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="412"/>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="420"/>
        <source>Revisit · %1</source>
        <translation>Återkontakt · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="413"/>
        <source>Find out whether now is the time</source>
        <translation>Ta reda på om det är läge nu</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="432"/>
        <source>Nurture, no, or keep going?</source>
        <translation>Håll varm, nej eller fortsätt?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="435"/>
        <source>Tries</source>
        <translation>Försök</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="511"/>
        <source>Ask: %1</source>
        <extracomment>Before the questions a revisit asks, on one line under its section&apos;s title.</extracomment>
        <translation>Fråga: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="525"/>
        <source>No calls, meetings, e-mails or first responses are due on this day. A good day to plan the next step of a lead that has none.</source>
        <translation>Inga samtal, möten, mejl eller första svar är planerade den här dagen. En bra dag att planera nästa steg för ett prospekt som saknar ett.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="531"/>
        <source>No calls, meetings or first responses are due on this day.</source>
        <translation>Inga samtal, möten eller första svar är planerade den här dagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="536"/>
        <source>Call sheet</source>
        <translation>Ringlista</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="542"/>
        <source>Nothing due — a clear day</source>
        <translation>Inget att göra – en fri dag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="544"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="545"/>
        <source>No phone number</source>
        <translation>Inget telefonnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="546"/>
        <source>Call sheet · %1</source>
        <translation>Ringlista · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="547"/>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="548"/>
        <source>%1 (continued)</source>
        <translation>%1 (forts.)</translation>
    </message>
</context>
<context>
    <name>CallSheetDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="64"/>
        <source>Export call sheet as PDF</source>
        <translation>Exportera ringlistan som PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="66"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="73"/>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="97"/>
        <source>Print call sheet</source>
        <translation>Skriv ut ringlistan</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="100"/>
        <source>Call sheet</source>
        <translation>Ringlista</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="119"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="121"/>
        <source>&amp;Today</source>
        <translation>&amp;Idag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="124"/>
        <source>Include &amp;e-mails and letters</source>
        <translation>Ta med &amp;mejl och brev</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="130"/>
        <source>Compact: one row each</source>
        <translation>Kompakt: en rad per post</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="131"/>
        <source>Detailed: room for notes</source>
        <translation>Detaljerad: plats för anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="133"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="150"/>
        <source>Preview of the call sheet</source>
        <translation>Förhandsvisning av ringlistan</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="164"/>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xportera PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="165"/>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="238"/>
        <source>Some characters will print as boxes</source>
        <translation>Vissa tecken skrivs ut som rutor</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="256"/>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="310"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="263"/>
        <source>Print anyway</source>
        <translation>Skriv ut ändå</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="277"/>
        <source>Not printed</source>
        <translation>Inte utskriven</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="278"/>
        <source>The printer could not be used. Check that it is on and try again.</source>
        <translation>Skrivaren gick inte att använda. Kontrollera att den är på och försök igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="284"/>
        <source>Call sheet %1.pdf</source>
        <translation>Ringlista %1.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="289"/>
        <source>Save anyway</source>
        <translation>Spara ändå</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="302"/>
        <source>The PDF was not saved</source>
        <translation>PDF-filen sparades inte</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="303"/>
        <source>Leadbook could not write %1: %2
Choose another folder or file name.</source>
        <translation>Leadbook kunde inte skriva %1: %2
Välj en annan mapp eller ett annat filnamn.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/callsheet/dialog.py" line="309"/>
        <source>Saved %1 (%2).</source>
        <translation>Sparade %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CallSheetText</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/interop/callsheet.py" line="523"/>
        <source>%n e-mail(s) or letter(s) left out</source>
        <translation>
            <numerusform>%n mejl eller brev är inte med</numerusform>
            <numerusform>%n mejl eller brev är inte med</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="84"/>
        <source>FILE</source>
        <extracomment>Options that open the app; a command line of only these needs no parser for the terminal verbs. The name of a file the user gives, in capitals as command-line help writes placeholders.</extracomment>
        <translation>FIL</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="85"/>
        <source>another day than today (in your time zone)</source>
        <translation>en annan dag än i dag (i din tidszon)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="89"/>
        <source>use this lead book instead of your own</source>
        <translation>använd det här registret i stället för ditt eget</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="93"/>
        <source>Leadbook: an offline lead book that makes you follow up. Without a command it opens the app on your own lead book.</source>
        <translation>Leadbook: ett offlineregister som får dig att följa upp. Utan kommando öppnas appen med ditt eget register.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="100"/>
        <source>open a freshly made demo book (never your own)</source>
        <translation>öppna ett nyskapat demoregister (aldrig ditt eget)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="102"/>
        <source>start quietly in the tray (how Leadbook starts at login)</source>
        <translation>starta tyst i systemfältet (så startar Leadbook vid inloggning)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="104"/>
        <source>check this Leadbook can run here: write a demo book&apos;s call sheet to a PDF, say where</source>
        <translation>kontrollera att Leadbook kan köras här: skriv ett demoregisters ringlista till en PDF och säg var</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="109"/>
        <source>Linux: add Leadbook to your applications menu (for you only, no root needed)</source>
        <translation>Linux: lägg till Leadbook i programmenyn (bara för dig, inget root behövs)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="114"/>
        <source>Linux: remove Leadbook from your applications menu</source>
        <translation>Linux: ta bort Leadbook från programmenyn</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="120"/>
        <source>COMMAND</source>
        <extracomment>The placeholder for the command word in &quot;leadbook [options] COMMAND&quot;, in capitals.</extracomment>
        <translation>KOMMANDO</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="121"/>
        <source>write a demo lead book to %1</source>
        <translation>skriv ett demoregister till %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="126"/>
        <source>print the agenda: overdue, today, first responses, decide, tomorrow</source>
        <translation>skriv ut schemat: försenade, i dag, första svar, beslut, i morgon</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="133"/>
        <source>list at most N rows per section and count the rest (default: every row)</source>
        <translation>visa högst N rader per avsnitt och räkna resten (standard: alla rader)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="136"/>
        <source>write the printable call sheet of a day to a PDF file</source>
        <translation>skriv en dags utskrivbara ringlista till en PDF-fil</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="139"/>
        <source>leave out e-mails and letters</source>
        <translation>utelämna mejl och brev</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="144"/>
        <source>the PDF file to write</source>
        <translation>PDF-filen som ska skrivas</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="146"/>
        <source>print due and upcoming revisits of the no&apos;s</source>
        <translation>skriv ut aktuella och kommande återkontakter med dem som sagt nej</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="148"/>
        <source>print your follow-up figures beside the research (the Progress page)</source>
        <translation>skriv ut dina uppföljningssiffror bredvid forskningen (sidan Framsteg)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="150"/>
        <source>count from this day (default: the last 365 days)</source>
        <translation>räkna från den här dagen (standard: de senaste 365 dagarna)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="151"/>
        <source>make a verified backup of the book now</source>
        <translation>gör en verifierad säkerhetskopia av registret nu</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="152"/>
        <source>run SQLite&apos;s full integrity check on the book</source>
        <translation>kör SQLites fullständiga integritetskontroll på registret</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="160"/>
        <source>sync the follow-ups with your calendar server once and say what went each way</source>
        <translation>synka uppföljningarna med din kalenderserver en gång och berätta vad som gick åt vilket håll</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="163"/>
        <source>turn sync on with this server (a URL, a host name or an e-mail address); the password is read from the input or LEADBOOK_SYNC_PASSWORD into the keyring</source>
        <translation>slå på synk med den här servern (en URL, ett värdnamn eller en e-postadress); lösenordet läses från indata eller LEADBOOK_SYNC_PASSWORD och sparas i nyckelringen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="165"/>
        <location filename="../../desktop/leadbook/cli.py" line="166"/>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="165"/>
        <source>your user name on the server</source>
        <translation>ditt användarnamn på servern</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="167"/>
        <source>the calendar to use, made when there is none (default: Leadbook)</source>
        <translation>kalendern som ska användas, skapas om den inte finns (standard: Leadbook)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="169"/>
        <source>with --setup: put the follow-ups in as tasks (to-dos) instead of events</source>
        <translation>med --setup: lägg in uppföljningarna som uppgifter (att göra) i stället för händelser</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="170"/>
        <source>FINGERPRINT</source>
        <translation>FINGERAVTRYCK</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="171"/>
        <source>trust the server&apos;s self-signed certificate with this SHA-256 fingerprint</source>
        <translation>lita på serverns självsignerade certifikat med det här SHA-256-fingeravtrycket</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="172"/>
        <source>turn sync off (the calendar&apos;s events stay)</source>
        <translation>stäng av synken (händelserna i kalendern ligger kvar)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="174"/>
        <source>with --off: take Leadbook&apos;s events off the calendar first</source>
        <translation>med --off: ta först bort Leadbooks händelser från kalendern</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="184"/>
        <source>%1 is not a date; write it as YYYY-MM-DD, like 2026-11-23</source>
        <translation>%1 är inget datum; skriv det som YYYY-MM-DD (år-månad-dag), till exempel 2026-11-23</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="189"/>
        <source>%1 is outside the dates Leadbook works with, %2 to %3</source>
        <translation>%1 ligger utanför de datum som Leadbook hanterar, %2 till %3</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="201"/>
        <source>%1 is not a whole number of 1 or more</source>
        <translation>%1 är inget heltal från 1 och uppåt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="267"/>
        <source>leadbook: %1 already exists; choose a new file name</source>
        <translation>leadbook: %1 finns redan; välj ett nytt filnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="270"/>
        <source>leadbook: the demo book could not be written to %1 (%2); nothing was left behind</source>
        <translation>leadbook: demoregistret kunde inte skrivas till %1 (%2); inget lämnades kvar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="275"/>
        <source>Wrote a demo lead book with %n lead(s) to %1</source>
        <translation>
            <numerusform>Skrev ett demoregister med %n prospekt till %1</numerusform>
            <numerusform>Skrev ett demoregister med %n prospekt till %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="319"/>
        <source>leadbook: cannot write %1: %2</source>
        <translation>leadbook: kan inte skriva %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="326"/>
        <source>Wrote the call sheet for %1 (%2, %3) to %4</source>
        <translation>Skrev ringlistan för %1 (%2, %3) till %4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="327"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="327"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="343"/>
        <source>leadbook: the backup failed and does not count: %1</source>
        <translation>leadbook: säkerhetskopieringen misslyckades och räknas inte: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="350"/>
        <source>leadbook: SQLite found damage in %1 (%2), so no backup was made. Open it in Leadbook, which sets it aside and offers the newest good backup.</source>
        <translation>leadbook: SQLite hittade skador i %1 (%2), så ingen säkerhetskopia gjordes. Öppna den i Leadbook, som lägger undan den och erbjuder den senaste felfria säkerhetskopian.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="358"/>
        <source>Backed up %n lead(s) to %1 (verified)</source>
        <translation>
            <numerusform>Säkerhetskopierade %n prospekt till %1 (verifierad)</numerusform>
            <numerusform>Säkerhetskopierade %n prospekt till %1 (verifierad)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="368"/>
        <source>leadbook: %1 does not exist</source>
        <translation>leadbook: %1 finns inte</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="373"/>
        <location filename="../../desktop/leadbook/cli.py" line="390"/>
        <source>leadbook: cannot check %1: %2</source>
        <translation>leadbook: kan inte kontrollera %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="377"/>
        <source>%1: DAMAGED</source>
        <translation>%1: SKADAD</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="380"/>
        <source>Leadbook will set it aside and offer your newest good backup when it opens it.</source>
        <translation>Leadbook lägger den åt sidan och erbjuder din senaste felfria säkerhetskopia när filen öppnas.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="383"/>
        <source>%1: ok (full integrity check passed); read-only: Leadbook opens it without changing it</source>
        <translation>%1: ok (fullständig integritetskontroll godkänd); skrivskyddad: Leadbook öppnar den utan att ändra den</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="386"/>
        <source>%1: ok (full integrity check passed)</source>
        <translation>%1: ok (fullständig integritetskontroll godkänd)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="394"/>
        <source>The number of leads or of first responses that Leadbook keeps for speed was off; it is set right now.</source>
        <translation>Antalet leads eller första svar som Leadbook håller räkning på för snabbhetens skull stämde inte; det är rättat nu.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="408"/>
        <source>leadbook: the desktop entry is for Linux menus; on Windows and macOS the packaged app is added by dragging it to Applications or pinning it to Start</source>
        <translation>leadbook: skrivbordsposten är för Linux-menyer; i Windows och macOS lägger du till den paketerade appen genom att dra den till Program eller fästa den på Start</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="413"/>
        <source>Removed Leadbook from the applications menu (%n file(s))</source>
        <translation>
            <numerusform>Tog bort Leadbook från programmenyn (%n fil)</numerusform>
            <numerusform>Tog bort Leadbook från programmenyn (%n filer)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="414"/>
        <source>Leadbook was not in the applications menu</source>
        <translation>Leadbook fanns inte i programmenyn</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="426"/>
        <source>leadbook: cannot add the menu entry: %1</source>
        <translation>leadbook: kan inte lägga till menyposten: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="428"/>
        <source>Added Leadbook to the applications menu: %1 (icons in %2)</source>
        <translation>Lade till Leadbook i programmenyn: %1 (ikoner i %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="480"/>
        <source>import leads from a CSV file (Google, Outlook, LinkedIn, any) or vCards</source>
        <translation>importera prospekt från en CSV-fil (Google, Outlook, LinkedIn, vilken som helst) eller vCards</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="486"/>
        <source>what %1 is (default: recognised from its content)</source>
        <translation>vad %1 är (standard: känns igen på innehållet)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="488"/>
        <source>show what would happen; change nothing</source>
        <translation>visa vad som skulle hända; ändra ingenting</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="493"/>
        <source>what to do with contacts the book already has (default: merge)</source>
        <translation>vad som ska hända med kontakter som redan finns i registret (standard: merge = slå ihop)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="495"/>
        <source>import nothing if any row has an error</source>
        <translation>importera ingenting om någon rad har ett fel</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="500"/>
        <source>export leads (csv, vcf) or follow-ups (ics)</source>
        <translation>exportera prospekt (csv, vcf) eller uppföljningar (ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="506"/>
        <source>csv or vcf: leads; ics: planned follow-ups with reminders</source>
        <translation>csv eller vcf: prospekt; ics: planerade uppföljningar med påminnelser</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="509"/>
        <source>the file to write</source>
        <translation>filen som ska skrivas</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="514"/>
        <source>only leads matching this search (csv, vcf)</source>
        <translation>bara prospekt som matchar den här sökningen (csv, vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="515"/>
        <source>only leads with this tag (csv, vcf)</source>
        <translation>bara prospekt med den här taggen (csv, vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="516"/>
        <source>only leads in this stage, like qualified (csv, vcf)</source>
        <translation>bara prospekt i den här fasen, till exempel qualified (csv, vcf)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="538"/>
        <source>leadbook: %1 is not a two-letter country code, like SE or US</source>
        <translation>leadbook: %1 är ingen landskod på två bokstäver, som SE eller US</translation>
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
        <translation>Kolumner: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="546"/>
        <source>(none recognised)</source>
        <translation>(inga kända)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="555"/>
        <source>Columns not used: %1</source>
        <translation>Kolumner som inte används: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="564"/>
        <source>... and %n more row(s) with errors</source>
        <translation>
            <numerusform>... och %n rad till med fel</numerusform>
            <numerusform>... och %n rader till med fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="570"/>
        <source>... and %n more row(s) with replaced characters</source>
        <translation>
            <numerusform>... och %n rad till med ersatta tecken</numerusform>
            <numerusform>... och %n rader till med ersatta tecken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="576"/>
        <source>... and %1 more rows with values kept in the notes</source>
        <translation>... och %1 rader till med värden som sparats i anteckningarna</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="584"/>
        <source>Dry run, nothing imported</source>
        <translation>Provkörning, inget importerat</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="586"/>
        <source>Nothing imported (--strict, rows with errors)</source>
        <translation>Inget importerat (--strict, rader med fel)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="589"/>
        <source>%1: %2: %3 new, %4 (%5 with new details), %7, %6</source>
        <translation>%1: %2: %3 nya, %4 (%5 med nya uppgifter), %7, %6</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="591"/>
        <source>%1: %2: %3 new, %4 (%5 with new details), %6</source>
        <translation>%1: %2: %3 nya, %4 (%5 med nya uppgifter), %6</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="594"/>
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n dubblett</numerusform>
            <numerusform>%n dubbletter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="595"/>
        <location filename="../../desktop/leadbook/cli.py" line="616"/>
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n rad med fel</numerusform>
            <numerusform>%n rader med fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="596"/>
        <source>%n the same as a row above</source>
        <translation>
            <numerusform>%n samma som en rad ovanför</numerusform>
            <numerusform>%n samma som en rad ovanför</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="609"/>
        <source>Imported %1: %2 added, %3 updated, %4 already there, %7, %5 skipped, %6</source>
        <translation>Importerade %1: %2 tillagda, %3 uppdaterade, %4 fanns redan, %7, %5 överhoppade, %6</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="611"/>
        <source>Imported %1: %2 added, %3 updated, %4 already there, %5 skipped, %6</source>
        <translation>Importerade %1: %2 tillagda, %3 uppdaterade, %4 fanns redan, %5 överhoppade, %6</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="613"/>
        <source>%n merged with a row above</source>
        <translation>
            <numerusform>%n sammanslagen med en rad ovanför</numerusform>
            <numerusform>%n sammanslagna med en rad ovanför</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="617"/>
        <source>, possible duplicates to review: %1</source>
        <translation>, möjliga dubbletter att granska: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="634"/>
        <source>leadbook: %1 is not a stage; use one of %2</source>
        <translation>leadbook: %1 är ingen fas; använd någon av %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="646"/>
        <source>Exported %n follow-up(s) to %1</source>
        <translation>
            <numerusform>Exporterade %n uppföljning till %1</numerusform>
            <numerusform>Exporterade %n uppföljningar till %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/cli.py" line="658"/>
        <source>leadbook: cannot write %1: %2; nothing was written</source>
        <translation>leadbook: kan inte skriva %1: %2; ingenting skrevs</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/cli.py" line="661"/>
        <source>Exported %n lead(s) to %1</source>
        <translation>
            <numerusform>Exporterade %n prospekt till %1</numerusform>
            <numerusform>Exporterade %n prospekt till %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayStrip</name>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="73"/>
        <source>Days of the period: slipped or not</source>
        <extracomment>Each kind of day in the strip: its share of the strip&apos;s height.</extracomment>
        <translation>Periodens dagar: något blev liggande eller inte</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="81"/>
        <source>Slipped on: %1</source>
        <translation>Blev liggande: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="128"/>
        <source>nothing slipped</source>
        <translation>inget blev liggande</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="128"/>
        <source>something slipped</source>
        <translation>något blev liggande</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="129"/>
        <source>nothing due</source>
        <translation>inget att göra</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="147"/>
        <source>%1: something slipped (click to list the leads)</source>
        <translation>%1: något blev liggande (klicka för att visa prospekten)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="148"/>
        <source>%1: nothing slipped</source>
        <translation>%1: inget blev liggande</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="148"/>
        <source>%1: nothing was due</source>
        <translation>%1: inget var aktuellt</translation>
    </message>
</context>
<context>
    <name>DueEdit</name>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="104"/>
        <source>at a set &amp;time</source>
        <translation>vid en bestämd &amp;tid</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="106"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="48"/>
        <source>Review possible duplicates</source>
        <translation>Granska möjliga dubbletter</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="55"/>
        <source>The two leads, field by field</source>
        <translation>De två prospekten, fält för fält</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="59"/>
        <source>&amp;Merge</source>
        <translation>&amp;Slå ihop</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="60"/>
        <source>&amp;Keep both</source>
        <translation>&amp;Behåll båda</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="61"/>
        <source>&amp;Not the same person</source>
        <translation>&amp;Inte samma person</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="62"/>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="79"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="79"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="79"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="80"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="80"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="81"/>
        <source>Address</source>
        <translation>Adress</translation>
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
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="83"/>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="83"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="83"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="84"/>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="84"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="102"/>
        <source>They share an e-mail address but have different names.</source>
        <translation>De har samma e-postadress men olika namn.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="103"/>
        <source>They share a phone number but have different names.</source>
        <translation>De har samma telefonnummer men olika namn.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="104"/>
        <source>They have the same name and company but other e-mails or phones.</source>
        <translation>De har samma namn och företag men andra e-postadresser eller telefonnummer.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="118"/>
        <source>No possible duplicates left to review.</source>
        <translation>Inga fler möjliga dubbletter att granska.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="123"/>
        <source>%1 of %2: %3 Choose which value to keep where they differ; e-mails, phones, tags and notes of both are kept.</source>
        <translation>%1 av %2: %3 Välj vilket värde som ska behållas där de skiljer sig åt; e-postadresser, telefonnummer, taggar och anteckningar från båda behålls.</translation>
    </message>
</context>
<context>
    <name>EvenOutDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="767"/>
        <source>Even out %1</source>
        <translation>Jämna ut %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="773"/>
        <source>%1 planned, %2 fit a day. Move the least urgent (untimed, earliest stage, latest planned) to the next working days with room:</source>
        <translation>%1 planerade, %2 får plats på en dag. Flytta de minst brådskande (utan tid, tidigast fas, senast planerade) till de närmaste arbetsdagarna med plats:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="777"/>
        <source>There is no room on the following working days, or nothing to move.</source>
        <translation>Det finns ingen plats de närmaste arbetsdagarna, eller inget att flytta.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="781"/>
        <source>Lead</source>
        <translation>Prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="781"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="781"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="781"/>
        <source>Moves to</source>
        <translation>Flyttas till</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="794"/>
        <source>&amp;Move %1</source>
        <translation>&amp;Flytta %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="87"/>
        <source>Export leads</source>
        <translation>Exportera prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="88"/>
        <source>The lead list is filtered. Export only the leads it shows, or all of them?</source>
        <translation>Prospektlistan är filtrerad. Vill du exportera bara de prospekt som visas, eller alla?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="89"/>
        <source>Only the %n lead(s) shown</source>
        <translation>
            <numerusform>Bara det %n prospekt som visas</numerusform>
            <numerusform>Bara de %n prospekt som visas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="91"/>
        <source>All %n lead(s)</source>
        <translation>
            <numerusform>Alla %n prospekt</numerusform>
            <numerusform>Alla %n prospekt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="118"/>
        <source>%1 could not be written: %2. Nothing was written; choose another folder or file name.</source>
        <translation>%1 kunde inte skrivas: %2. Inget skrevs; välj en annan mapp eller ett annat filnamn.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="120"/>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="159"/>
        <source>Export leads as CSV</source>
        <translation>Exportera prospekt som CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="159"/>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="162"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="161"/>
        <source>Export leads as CSV for another address book</source>
        <translation>Exportera prospekt som CSV för en annan adressbok</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="164"/>
        <source>Export leads as vCard</source>
        <translation>Exportera prospekt som vCard</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="165"/>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-filer (*.vcf)</translation>
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
            <numerusform>%n prospekt med kontaktspärr utelämnat</numerusform>
            <numerusform>%n prospekt med kontaktspärr utelämnade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="202"/>
        <source>Leadbook follow-ups</source>
        <translation>Leadbook-uppföljningar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="210"/>
        <source>Export follow-ups as iCalendar</source>
        <translation>Exportera uppföljningar som iCalendar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="211"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-filer (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="229"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n uppföljning</numerusform>
            <numerusform>%n uppföljningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="229"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n prospekt</numerusform>
            <numerusform>%n prospekt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="230"/>
        <source>Exported %1 to %2.</source>
        <translation>Exporterade %1 till %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="232"/>
        <source>%1 (never in a marketing export).</source>
        <translation>%1 (kommer aldrig med i en marknadsföringsexport).</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="239"/>
        <source>Leads as CSV for a spreadsheet</source>
        <translation>Prospekt som CSV för kalkylark</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="241"/>
        <source>Leads as CSV for another address book</source>
        <translation>Prospekt som CSV för en annan adressbok</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="243"/>
        <source>Leads as vCard</source>
        <translation>Prospekt som vCard</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="244"/>
        <source>Follow-ups as iCalendar</source>
        <translation>Uppföljningar som iCalendar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="249"/>
        <source>Column names that Google Contacts, Outlook and Thunderbird know; phone numbers as typed.</source>
        <translation>Kolumnnamn som Google Kontakter, Outlook och Thunderbird känner igen; telefonnummer som de skrevs in.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="251"/>
        <source>One lead a row, for Excel or LibreOffice; Leadbook imports it back without duplicates.</source>
        <translation>Ett prospekt per rad, för Excel eller LibreOffice; Leadbook importerar filen igen utan dubbletter.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="253"/>
        <source>Contact cards for a phone or an address book.</source>
        <translation>Kontaktkort för en telefon eller en adressbok.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="254"/>
        <source>Every planned follow-up with its reminder, for the calendar of a phone or of Outlook.</source>
        <translation>Varje planerad uppföljning med sin påminnelse, för kalendern i en telefon eller i Outlook.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="278"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="299"/>
        <source>The current &amp;filter&apos;s leads</source>
        <translation>Prospekten i det aktuella &amp;filtret</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="300"/>
        <source>&amp;All leads</source>
        <translation>&amp;Alla prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="313"/>
        <source>E&amp;xport:</source>
        <translation>E&amp;xportera:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="318"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="351"/>
        <source>Exports every planned follow-up; leads are not exported.</source>
        <translation>Exporterar alla planerade uppföljningar; prospekt exporteras inte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="353"/>
        <source>Exports the %n lead(s) of the current filter.</source>
        <translation>
            <numerusform>Exporterar det aktuella filtrets %n prospekt.</numerusform>
            <numerusform>Exporterar det aktuella filtrets %n prospekt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="355"/>
        <source>Exports all %n lead(s), not only the current filter&apos;s.</source>
        <translation>
            <numerusform>Exporterar %n prospekt (alla), inte bara det aktuella filtrets.</numerusform>
            <numerusform>Exporterar alla %n prospekt, inte bara det aktuella filtrets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="357"/>
        <source>Exports all %n lead(s).</source>
        <translation>
            <numerusform>Exporterar %n prospekt (alla).</numerusform>
            <numerusform>Exporterar alla %n prospekt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/export_dialog.py" line="360"/>
        <source>%1, as in every marketing export.</source>
        <translation>%1, som i alla marknadsföringsexporter.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="316"/>
        <source>Edit follow-up — %1</source>
        <translation>Redigera uppföljning – %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="316"/>
        <source>Plan follow-up — %1</source>
        <translation>Planera uppföljning – %1</translation>
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
        <translation>Må&amp;l</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="355"/>
        <source>What you will say or write. Bring something of value each time: an idea, a figure, an answer.</source>
        <translation>Vad du ska säga eller skriva. Ge något av värde varje gång: en idé, en siffra, ett svar.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="363"/>
        <source>Cop&amp;y</source>
        <translation>K&amp;opiera</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="364"/>
        <source>Open in &amp;e-mail</source>
        <translation>Öppna i &amp;e-postprogram</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="365"/>
        <source>C&amp;all</source>
        <translation>&amp;Ring</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="368"/>
        <source>Copy the message to the clipboard</source>
        <translation>Kopiera meddelandet till urklipp</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="371"/>
        <source>Write to %1 with this message</source>
        <translation>Skriv till %1 med det här meddelandet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="373"/>
        <source>This lead has no e-mail address</source>
        <translation>Prospektet saknar e-postadress</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="377"/>
        <source>Call %1</source>
        <translation>Ring %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="377"/>
        <source>This lead has no phone number</source>
        <translation>Prospektet saknar telefonnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="395"/>
        <source>&amp;Message</source>
        <translation>&amp;Meddelande</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="397"/>
        <source>&amp;Remind me</source>
        <translation>&amp;Påminn mig</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="401"/>
        <source>Minutes before</source>
        <translation>Minuter före</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="402"/>
        <source> min before</source>
        <translation> min före</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="405"/>
        <source>at the start of the working day (%1)</source>
        <translation>när arbetsdagen börjar (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="417"/>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="270"/>
        <source>Too soon after an unanswered attempt: give them room. The gap ends on %1.</source>
        <translation>För tätt inpå ett obesvarat försök: ge dem andrum. Uppehållet tar slut %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="276"/>
        <source>%1 is not a working day: most people will not answer then.</source>
        <translation>%1 är ingen arbetsdag: de flesta svarar inte då.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="282"/>
        <source>Mo&amp;ve to %1</source>
        <translation>&amp;Flytta till %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="490"/>
        <source>Nothing opened</source>
        <translation>Inget öppnades</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="491"/>
        <source>No program on this computer opens %1 links. Copy the message instead.</source>
        <translation>Inget program på den här datorn öppnar %1-länkar. Kopiera meddelandet i stället.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="520"/>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
</context>
<context>
    <name>FontNotice</name>
    <message>
        <location filename="../../desktop/leadbook/gui/font_notice.py" line="120"/>
        <source>Some letters cannot be shown</source>
        <translation>Vissa tecken kan inte visas</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="119"/>
        <source>Add the language&apos;s fonts in Windows: Settings ▸ Time &amp; language ▸ Language &amp; region, add the language (or Optional features ▸ its Supplemental Fonts).</source>
        <translation>Lägg till språkets teckensnitt i Windows: Inställningar ▸ Tid och språk ▸ Språk och region, lägg till språket (eller Valfria funktioner ▸ dess kompletterande teckensnitt).</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="125"/>
        <source>Add the language&apos;s fonts in macOS: open Font Book and download the fonts of that language.</source>
        <translation>Lägg till språkets teckensnitt i macOS: öppna Typsnittsbok och hämta typsnitten för språket.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="128"/>
        <source>Install a font that has them, for example: sudo apt-get install %1</source>
        <translation>Installera ett teckensnitt som har dem, till exempel: sudo apt-get install %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="140"/>
        <source>Chinese, Japanese or Korean letters</source>
        <translation>kinesiska, japanska eller koreanska tecknen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="142"/>
        <source>emoji</source>
        <translation>emojierna</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="144"/>
        <source>other letters</source>
        <translation>övriga tecknen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="151"/>
        <source>This computer has no font for the %1 in your lead book (%2): they show and print as empty boxes.</source>
        <translation>Datorn saknar teckensnitt för de %1 i ditt prospektregister (%2): de visas och skrivs ut som tomma rutor.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/platform/font_coverage.py" line="163"/>
        <source>This computer has no font for the %1 on this call sheet (%2): they will print as empty boxes.</source>
        <translation>Datorn saknar teckensnitt för de %1 på den här ringlistan (%2): de skrivs ut som tomma rutor.</translation>
    </message>
</context>
<context>
    <name>Guarded</name>
    <message>
        <location filename="../../desktop/leadbook/gui/duplicates_dialog.py" line="176"/>
        <location filename="../../desktop/leadbook/gui/guarded.py" line="39"/>
        <location filename="../../desktop/leadbook/gui/guarded.py" line="45"/>
        <source>Nothing was changed</source>
        <translation>Ingenting ändrades</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/dialog_habits.py" line="36"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/dialog_habits.py" line="37"/>
        <source>Discard your changes?</source>
        <translation>Släng dina ändringar?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/dialog_habits.py" line="38"/>
        <source>What you typed here has not been saved.</source>
        <translation>Det du skrev här har inte sparats.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/dialog_habits.py" line="39"/>
        <source>&amp;Discard</source>
        <translation>&amp;Släng</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/dialog_habits.py" line="40"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Fortsätt redigera</translation>
    </message>
</context>
<context>
    <name>IcsMirror</name>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="86"/>
        <source>Leadbook could not remember this choice on this computer: %1</source>
        <translation>Leadbook kunde inte spara valet på den här datorn: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="142"/>
        <source>The calendar file in %1 could not be updated: %2</source>
        <translation>Kalenderfilen i %1 kunde inte uppdateras: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="170"/>
        <source>Keep a calendar file in this folder?</source>
        <translation>Spara en kalenderfil i den här mappen?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="171"/>
        <source>This lead book asks to keep a calendar file of its follow-ups in %1.

Leadbook writes there only if you agree. Agree only if you chose this folder yourself; a book someone sent you may name any folder.</source>
        <translation>Det här prospektregistret vill spara en kalenderfil med sina uppföljningar i %1.

Leadbook skriver bara dit om du godkänner det. Godkänn bara om du själv har valt den här mappen; ett register som någon har skickat till dig kan ange vilken mapp som helst.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="176"/>
        <source>Keep the calendar file there</source>
        <translation>Spara kalenderfilen där</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="178"/>
        <source>Not on this computer</source>
        <translation>Inte på den här datorn</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/ics_mirror.py" line="190"/>
        <source>Keep follow-ups in a calendar file in this folder</source>
        <translation>Spara uppföljningarna i en kalenderfil i den här mappen</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="33"/>
        <source>a spreadsheet or another zip archive</source>
        <translation>ett kalkylark eller ett annat zip-arkiv</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="34"/>
        <source>an old Excel or Word file</source>
        <translation>en gammal Excel- eller Word-fil</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="35"/>
        <source>a PDF</source>
        <translation>en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="36"/>
        <source>a database</source>
        <translation>en databas</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="37"/>
        <source>a picture</source>
        <translation>en bild</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="38"/>
        <source>a compressed archive</source>
        <translation>ett komprimerat arkiv</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="39"/>
        <source>a calendar (.ics)</source>
        <translation>en kalender (.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="40"/>
        <source>a web page</source>
        <translation>en webbsida</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="41"/>
        <source>a JSON file</source>
        <translation>en JSON-fil</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="42"/>
        <source>a CSV file</source>
        <translation>en CSV-fil</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="43"/>
        <source>a vCard file</source>
        <translation>en vCard-fil</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="51"/>
        <source>%1 does not exist or is a folder. Choose a contacts file.</source>
        <translation>%1 finns inte eller är en mapp. Välj en kontaktfil.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="53"/>
        <source>%1 could not be read (%2). Check that the file is readable.</source>
        <translation>%1 kunde inte läsas (%2). Kontrollera att filen är läsbar.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="55"/>
        <source>%1 is empty.</source>
        <translation>%1 är tom.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="57"/>
        <source>%1 is too big to be a contacts file. Split it into smaller files, or export fewer contacts.</source>
        <translation>%1 är för stor för att vara en kontaktfil. Dela upp den i mindre filer eller exportera färre kontakter.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="59"/>
        <source>%1 is not a text file. Leadbook imports CSV files and vCards (.vcf).</source>
        <translation>%1 är inte en textfil. Leadbook importerar CSV-filer och vCard-filer (.vcf).</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="61"/>
        <source>%1 ends in the middle of a contact (from line %2): it was probably cut short while copying or downloading. Export it again.</source>
        <translation>%1 tar slut mitt i en kontakt (från rad %2): filen blev troligen avkortad vid kopiering eller nedladdning. Exportera den igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="64"/>
        <source>%1 is %2, not the format that was asked for.</source>
        <translation>%1 är %2, inte det format som efterfrågades.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="66"/>
        <source>%1 is %2, not a contacts file. Leadbook imports CSV files and vCards (.vcf); a spreadsheet can be saved as CSV.</source>
        <translation>%1 är %2, inte en kontaktfil. Leadbook importerar CSV-filer och vCard-filer (.vcf); ett kalkylark kan sparas som CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="69"/>
        <source>%1 has no contacts in it.</source>
        <translation>%1 innehåller inga kontakter.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="71"/>
        <source>No column of %1 gives a name, a company or an e-mail address, so no row could become a lead. Choose which column is what.</source>
        <translation>Ingen kolumn i %1 innehåller namn, företag eller e-postadress, så ingen rad kunde bli ett prospekt. Välj vad varje kolumn innehåller.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="73"/>
        <source>Nothing was imported.</source>
        <translation>Inget importerades.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="79"/>
        <source>no name, company or e-mail address</source>
        <translation>inget namn, företag eller e-postadress</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="80"/>
        <source>“%1” is not an e-mail address</source>
        <translation>”%1” är inte en e-postadress</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="81"/>
        <source>“%1” is not a phone number</source>
        <translation>”%1” är inte ett telefonnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="82"/>
        <source>“%1” is not a web address</source>
        <translation>”%1” är inte en webbadress</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="83"/>
        <source>the value “%1” is not a number</source>
        <translation>värdet ”%1” är inte ett tal</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="84"/>
        <source>the value is negative</source>
        <translation>värdet är negativt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="85"/>
        <source>“%1” is not a three-letter currency code</source>
        <translation>”%1” är inte en valutakod på tre bokstäver</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="86"/>
        <source>“%1” is not a stage Leadbook knows</source>
        <translation>”%1” är inte en fas som Leadbook känner till</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="87"/>
        <source>the row has more cells (%1) than the header</source>
        <translation>raden har fler celler (%1) än rubrikraden</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="88"/>
        <source>the card could not be read (%1)</source>
        <translation>kortet kunde inte läsas (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="90"/>
        <source>a value is larger than %1; no field of a lead holds that much, so the row is left out</source>
        <translation>ett värde är större än %1; inget fält i ett prospekt rymmer så mycket, så raden utelämnas</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="97"/>
        <source>an unreadable character was replaced with �; check the row after the import</source>
        <translation>ett oläsbart tecken ersattes med �; kontrollera raden efter importen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="106"/>
        <source>Not imported as an e-mail: %1</source>
        <translation>Inte importerat som e-postadress: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="107"/>
        <source>Not imported as a phone: %1</source>
        <translation>Inte importerat som telefonnummer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="108"/>
        <source>Not imported as a web address: %1</source>
        <translation>Inte importerat som webbadress: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="109"/>
        <location filename="../../desktop/leadbook/interop/messages.py" line="110"/>
        <source>Not imported as a value: %1</source>
        <translation>Inte importerat som värde: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="111"/>
        <source>Not imported as a currency: %1</source>
        <translation>Inte importerat som valuta: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="112"/>
        <source>Not imported as a stage: %1</source>
        <translation>Inte importerat som fas: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="118"/>
        <source>kept in the notes: %1</source>
        <translation>sparat i anteckningarna: %1</translation>
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
        <translation>samma e-postadress</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="130"/>
        <source>same phone and name</source>
        <translation>samma telefonnummer och namn</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="131"/>
        <source>same name and company</source>
        <translation>samma namn och företag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="139"/>
        <source>same e-mail, another name</source>
        <translation>samma e-postadress, annat namn</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="140"/>
        <source>same phone, another name</source>
        <translation>samma telefonnummer, annat namn</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="141"/>
        <source>same name and company, other e-mail or phone</source>
        <translation>samma namn och företag, annan e-postadress eller annat telefonnummer</translation>
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
        <translation>Sammanslagna med prospekt som redan fanns: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="161"/>
        <source>Possible duplicates, added as their own leads for review: %1</source>
        <translation>Möjliga dubbletter, tillagda som egna prospekt att granska: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="177"/>
        <source>Revisit: %1</source>
        <translation>Återkontakt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="186"/>
        <source>They said no: %1</source>
        <translation>De sa nej: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="188"/>
        <source>Said by %1</source>
        <translation>Sagt av %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="206"/>
        <source>Goal: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="211"/>
        <source>Rapport: %1</source>
        <translation>Personligt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="198"/>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/interop/messages.py" line="200"/>
        <source>E-mail: %1</source>
        <translation>E-post: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="89"/>
        <source>— leave out —</source>
        <translation>– utelämna –</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="90"/>
        <source>Name (full)</source>
        <translation>Namn (fullständigt)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="91"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="92"/>
        <source>Middle name</source>
        <translation>Mellannamn</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="93"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="94"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="377"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="95"/>
        <source>Role / job title</source>
        <translation>Roll/titel</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="96"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="377"/>
        <source>E-mail</source>
        <translation>E-post</translation>
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
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="99"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="100"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="101"/>
        <source>State / region</source>
        <translation>Län/region</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="102"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="103"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="104"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="105"/>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="106"/>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="107"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="108"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="109"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="110"/>
        <source>Rapport notes</source>
        <translation>Personliga anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="111"/>
        <source>Best time to reach</source>
        <translation>Bästa tid att nå</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="112"/>
        <source>Decision-maker</source>
        <translation>Beslutsfattare</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="113"/>
        <source>Do not contact</source>
        <translation>Kontakta inte</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="120"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="123"/>
        <source>Google Contacts CSV</source>
        <translation>CSV från Google Kontakter</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="124"/>
        <source>Outlook CSV</source>
        <translation>CSV från Outlook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="125"/>
        <source>LinkedIn connections CSV</source>
        <translation>CSV med LinkedIn-kontakter</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="126"/>
        <source>Leadbook CSV</source>
        <translation>CSV från Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="127"/>
        <source>Thunderbird CSV</source>
        <translation>CSV från Thunderbird</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="128"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="135"/>
        <source>comma-separated</source>
        <translation>kommaseparerad</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="136"/>
        <source>semicolon-separated</source>
        <translation>semikolonseparerad</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="137"/>
        <source>tab-separated</source>
        <translation>tabbseparerad</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="153"/>
        <source>%n lead(s) added</source>
        <translation>
            <numerusform>%n prospekt tillagt</numerusform>
            <numerusform>%n prospekt tillagda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="155"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n uppdaterat</numerusform>
            <numerusform>%n uppdaterade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="157"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n fanns redan</numerusform>
            <numerusform>%n fanns redan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="159"/>
        <source>%n merged with a row above</source>
        <translation>
            <numerusform>%n sammanslagen med en rad ovanför</numerusform>
            <numerusform>%n sammanslagna med en rad ovanför</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="161"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n överhoppat</numerusform>
            <numerusform>%n överhoppade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="163"/>
        <source>possible duplicates to review: %1</source>
        <translation>möjliga dubbletter att granska: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="165"/>
        <source>%n row(s) with errors left out</source>
        <translation>
            <numerusform>%n rad med fel utelämnad</numerusform>
            <numerusform>%n rader med fel utelämnade</numerusform>
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
        <translation>Importera kontakter – %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="322"/>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="323"/>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="324"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="325"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="460"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="679"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="345"/>
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="362"/>
        <source>Columns of the file and their Leadbook fields</source>
        <translation>Filens kolumner och deras fält i Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="364"/>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="364"/>
        <source>First values</source>
        <translation>Första värden</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="364"/>
        <source>Leadbook field</source>
        <translation>Fält i Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="369"/>
        <source>Choose a column for the name, the company or the e-mail address.</source>
        <translation>Välj en kolumn för namn, företag eller e-postadress.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="373"/>
        <source>The first leads as they would be imported</source>
        <translation>De första prospekten så som de skulle importeras</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="377"/>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="377"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="378"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="384"/>
        <source>The first rows as they would be imported:</source>
        <translation>De första raderna så som de skulle importeras:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="419"/>
        <source>Selected rows:</source>
        <translation>Markerade rader:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="420"/>
        <source>&amp;Merge</source>
        <translation>&amp;Slå ihop</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="421"/>
        <source>&amp;Skip</source>
        <translation>&amp;Hoppa över</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="422"/>
        <source>&amp;Add as new</source>
        <translation>&amp;Lägg till som ny</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="428"/>
        <source>All duplicates:</source>
        <translation>Alla dubbletter:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="431"/>
        <source>Merge all</source>
        <translation>Slå ihop alla</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="431"/>
        <source>Skip all</source>
        <translation>Hoppa över alla</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="431"/>
        <source>Add all as new</source>
        <translation>Lägg till alla som nya</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="436"/>
        <source>Merging fills in what the lead lacks and adds new e-mails, phones, tags and notes; it never overwrites what you wrote.</source>
        <translation>Sammanslagning fyller i det som prospektet saknar och lägger till nya e-postadresser, telefonnummer, taggar och anteckningar; det du själv har skrivit skrivs aldrig över.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="460"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="515"/>
        <source>Leadbook hit an unexpected problem reading %1. Nothing was imported.</source>
        <translation>Leadbook stötte på ett oväntat problem när %1 lästes. Inget importerades.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="526"/>
        <source>Leadbook does not know the program that wrote %1 (%2). Choose what each column holds; Leadbook remembers your choice for files with the same columns.</source>
        <translation>Leadbook känner inte igen programmet som skapade %1 (%2). Välj vad varje kolumn innehåller; Leadbook kommer ihåg ditt val för filer med samma kolumner.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="583"/>
        <source>Looking for duplicates…</source>
        <translation>Letar efter dubbletter…</translation>
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
            <numerusform>%n samma som en rad ovanför</numerusform>
            <numerusform>%n samma som en rad ovanför</numerusform>
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
            <numerusform>%n nytt prospekt</numerusform>
            <numerusform>%n nya prospekt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="604"/>
        <source>%n already in the book</source>
        <translation>
            <numerusform>%n finns redan i registret</numerusform>
            <numerusform>%n finns redan i registret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="599"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="601"/>
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n rad med fel</numerusform>
            <numerusform>%n rader med fel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="608"/>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="610"/>
        <source>… and %n more row(s) like these</source>
        <translation>
            <numerusform>… och %n rad till av samma slag</numerusform>
            <numerusform>… och %n rader till av samma slag</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="615"/>
        <source>A possible duplicate is imported as its own lead and listed under Edit ▸ Review possible duplicates.</source>
        <translation>En möjlig dubblett importeras som ett eget prospekt och listas under Redigera ▸ Granska möjliga dubbletter.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="619"/>
        <source>Read as %1.</source>
        <translation>Läst som %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="621"/>
        <source>Columns not used: %1.</source>
        <translation>Kolumner som inte används: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="626"/>
        <source>You imported this same file on %1. Importing it again adds only what changed.</source>
        <translation>Du importerade samma fil %1. Importerar du den igen läggs bara det till som har ändrats.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="632"/>
        <source>New leads</source>
        <translation>Nya prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="634"/>
        <source>Possible duplicates</source>
        <translation>Möjliga dubbletter</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="636"/>
        <source>Rows with problems</source>
        <translation>Rader med problem</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="642"/>
        <source>New (%1)</source>
        <translation>Nya (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="643"/>
        <source>Duplicates (%1)</source>
        <translation>Dubbletter (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="644"/>
        <source>Errors (%1)</source>
        <translation>Fel (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="646"/>
        <source>Kept in notes</source>
        <translation>Sparat i anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="649"/>
        <source>Kept in notes (%1)</source>
        <translation>Sparat i anteckningar (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="679"/>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="681"/>
        <source>Importing</source>
        <translation>Importerar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="720"/>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Importen avbröts. Inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="722"/>
        <source>Nothing was imported.</source>
        <translation>Inget importerades.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="725"/>
        <source>Leadbook hit an unexpected problem while importing. Nothing was imported.</source>
        <translation>Leadbook stötte på ett oväntat problem under importen. Inget importerades.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="760"/>
        <source>Import contacts</source>
        <translation>Importera kontakter</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="762"/>
        <source>Contacts (*.csv *.vcf *.vcard *.txt *.tsv);;All files (*)</source>
        <translation>Kontakter (*.csv *.vcf *.vcard *.txt *.tsv);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="797"/>
        <source>Undo last import</source>
        <translation>Ångra senaste import</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="801"/>
        <source>There is no import to undo.</source>
        <translation>Det finns ingen import att ångra.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="806"/>
        <source>Undo the import of %1 on %2? This removes the %3 and puts %4 back as they were before.</source>
        <translation>Vill du ångra importen av %1 från %2? Då tas %3 bort och %4 återställs som före importen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="808"/>
        <source>%n lead(s) it added</source>
        <translation>
            <numerusform>%n tillagt prospekt</numerusform>
            <numerusform>%n tillagda prospekt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="809"/>
        <source>%n lead(s) it merged into</source>
        <translation>
            <numerusform>%n sammanslaget prospekt</numerusform>
            <numerusform>%n sammanslagna prospekt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="813"/>
        <source>%n of them was/were changed since the import; that/those change(s) will be lost.</source>
        <translation>
            <numerusform>%n av dem har ändrats sedan importen; den ändringen går förlorad.</numerusform>
            <numerusform>%n av dem har ändrats sedan importen; de ändringarna går förlorade.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="821"/>
        <source>Nothing was changed</source>
        <translation>Ingenting ändrades</translation>
    </message>
</context>
<context>
    <name>KeptModel</name>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="254"/>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="254"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="254"/>
        <source>Kept in the lead&apos;s notes</source>
        <translation>Sparat i prospektets anteckningar</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../desktop/leadbook/present/i18n.py" line="65"/>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="90"/>
        <source>Edit lead</source>
        <translation>Redigera prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="90"/>
        <source>New lead</source>
        <translation>Nytt prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="124"/>
        <source>Contact</source>
        <translation>Kontaktuppgifter</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="126"/>
        <source>&amp;Name *</source>
        <translation>&amp;Namn *</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="127"/>
        <source>&amp;Company</source>
        <translation>&amp;Företag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="128"/>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="129"/>
        <source>This person makes the &amp;decision</source>
        <translation>Den här personen &amp;tar beslutet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="130"/>
        <source>Decision-maker</source>
        <translation>Beslutsfattare</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="131"/>
        <source>Their contact</source>
        <translation>Beslutsfattarens kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="132"/>
        <source>&amp;E-mails</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="133"/>
        <source>&amp;Phones</source>
        <translation>Telef&amp;on</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="134"/>
        <source>Address</source>
        <translation>Adress</translation>
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
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="154"/>
        <source>several: separate with commas</source>
        <translation>flera: separera med kommatecken</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="155"/>
        <source>+46 70 123 45 67, …</source>
        <translation>+46 70 123 45 67, …</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="156"/>
        <source>who decides, if not this person</source>
        <translation>om någon annan beslutar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="158"/>
        <source>Sales</source>
        <translation>Försäljning</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="160"/>
        <source>&amp;Source</source>
        <translation>&amp;Källa</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="161"/>
        <source>S&amp;tage</source>
        <translation>Fa&amp;s</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="167"/>
        <source>estimated</source>
        <translation>uppskattat</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="169"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="177"/>
        <source>&amp;Value</source>
        <translation>&amp;Värde</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="179"/>
        <source>Preferred c&amp;hannel</source>
        <translation>Önskad k&amp;anal</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="179"/>
        <source>No preference</source>
        <translation>Inget önskemål</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="186"/>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="188"/>
        <source>Unit of the interval</source>
        <translation>Intervallets enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="192"/>
        <source>Pre&amp;ferred interval</source>
        <translation>Önskat interva&amp;ll</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="193"/>
        <source>&amp;Best time to reach</source>
        <translation>&amp;Bästa tid att nå</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="194"/>
        <source>e.g. Wed/Thu 13:00–16:00</source>
        <translation>t.ex. ons/tors 13.00–16.00</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="195"/>
        <source>T&amp;ags</source>
        <translation>Ta&amp;ggar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="196"/>
        <source>comma-separated</source>
        <translation>kommaseparerade</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="200"/>
        <source>D&amp;o not contact</source>
        <translation>Kontakta &amp;inte</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="204"/>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="214"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="207"/>
        <source>Personal things to remember: family, hobbies, their team…</source>
        <translation>Personligt att komma ihåg: familj, intressen, favoritlag…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="209"/>
        <source>What was said, what they need</source>
        <translation>Vad som sades, vad de behöver</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="214"/>
        <source>Rapport notes</source>
        <translation>Personliga anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="301"/>
        <source>Created %1 · changed %2</source>
        <translation>Skapat %1 · ändrat %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/dialog.py" line="389"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
</context>
<context>
    <name>LeadPanel</name>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="133"/>
        <source>Select a lead to see its history</source>
        <translation>Välj ett prospekt för att se dess historik</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="172"/>
        <source>Do not contact</source>
        <translation>Kontakta inte</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="183"/>
        <source>Rapport notes: personal things to remember on the call</source>
        <translation>Personliga anteckningar: sådant att komma ihåg under samtalet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="184"/>
        <source>Remember</source>
        <translation>Kom ihåg</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="202"/>
        <source>&amp;Keep going</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="203"/>
        <source>Start counting the attempts again</source>
        <translation>Börja räkna försöken från början igen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="205"/>
        <source>N&amp;urture</source>
        <translation>Håll &amp;varm</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="206"/>
        <source>Move the lead to Nurture: stay in touch, less often</source>
        <translation>Flytta prospektet till Håll varm: håll kontakten, men mer sällan</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="229"/>
        <source>&amp;Plan follow-up…</source>
        <translation>&amp;Planera…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="231"/>
        <source>&amp;Log…</source>
        <translation>&amp;Logga…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="233"/>
        <source>Add &amp;note…</source>
        <translation>A&amp;nteckning…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="235"/>
        <source>Apply ca&amp;dence</source>
        <translation>&amp;Sekvens</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="239"/>
        <source>Edi&amp;t lead…</source>
        <translation>Redi&amp;gera…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="255"/>
        <source>History (newest first)</source>
        <translation>Historik (senaste först)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="259"/>
        <source>History of this lead</source>
        <translation>Prospektets historik</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="278"/>
        <source>The history is read a page at a time; this reads the next page</source>
        <translation>Historiken läses in en sida i taget; här läses nästa sida in</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="289"/>
        <source>What was said, what they need…  (Ctrl+Enter adds)</source>
        <translation>Vad som sades, vad de behöver…  (Ctrl+Enter lägger till)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="291"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="294"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="383"/>
        <source>Decides</source>
        <translation>Beslutsfattare</translation>
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
        <translation>Beslutsfattare: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="390"/>
        <source>Does not decide; who does is not known yet</source>
        <translation>Inte beslutsfattare; vem som beslutar vet du inte än</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="391"/>
        <source>Source: %1</source>
        <translation>Källa: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="393"/>
        <source>%1 · Value: %2</source>
        <translation>%1 · Värde: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="399"/>
        <source>Best time to reach: %1</source>
        <translation>Bästa tid att nå: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="417"/>
        <source>Next: %1 · %2 · %3</source>
        <translation>Nästa: %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="420"/>
        <source>Overdue — %1</source>
        <translation>Försenad – %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="426"/>
        <source>No next step planned. An active lead always needs one: plan a follow-up or apply a cadence.</source>
        <translation>Inget nästa steg planerat. Ett aktivt prospekt behöver alltid ett: planera en uppföljning eller använd en sekvens.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="431"/>
        <source>Log the follow-up planned for %1</source>
        <translation>Logga uppföljningen som är planerad till %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="433"/>
        <source>Nothing is planned to log</source>
        <translation>Det finns inget planerat att logga</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="438"/>
        <source>%n attempt(s) in a row without an answer</source>
        <translation>
            <numerusform>%n försök i rad utan svar</numerusform>
            <numerusform>%n försök i rad utan svar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="443"/>
        <source>Time to decide: %1 without an answer. Nurture the lead, mark it as a no to revisit later, or keep going.</source>
        <translation>Dags att bestämma dig: %1 utan svar. Håll prospektet varmt, markera det som nej för återkontakt senare, eller fortsätt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="445"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n försök</numerusform>
            <numerusform>%n försök</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="451"/>
        <source>Last touch: none yet</source>
        <translation>Senaste kontakt: ingen än</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="456"/>
        <source>today</source>
        <translation>idag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="456"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>för %n dag sedan</numerusform>
            <numerusform>för %n dagar sedan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="459"/>
        <source>Last touch: %1 (%2) · %3 · %4</source>
        <translation>Senaste kontakt: %1 (%2) · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="476"/>
        <source>Show older entries (%1 more)</source>
        <translation>Visa äldre poster (%1 till)</translation>
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
        <translation>Inställd: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="117"/>
        <source>Overdue: %1</source>
        <translation>Försenad: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="119"/>
        <source>Planned: %1</source>
        <translation>Planerad: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="121"/>
        <source>%1 (first response)</source>
        <translation>%1 (första svar)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="125"/>
        <source>%1 — %2, step %3</source>
        <translation>%1 – %2, steg %3</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="80"/>
        <source>Note: %1</source>
        <translation>Anteckning: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="83"/>
        <source>Stage: %1 → %2</source>
        <translation>Fas: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="88"/>
        <source>Decided to keep going</source>
        <translation>Beslöt att fortsätta</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="95"/>
        <source>Revisited: reopened</source>
        <translation>Återkontakt: återöppnat</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="96"/>
        <source>Revisited: still not now; ask again on %1</source>
        <translation>Återkontakt: fortfarande inte aktuellt; fråga igen %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="98"/>
        <source>New contact person: %1</source>
        <translation>Ny kontaktperson: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="100"/>
        <source>Do not contact (permanent)</source>
        <translation>Kontakta inte (permanent)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="102"/>
        <source>Lead created</source>
        <translation>Prospekt skapat</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="141"/>
        <source>Said no: %1</source>
        <translation>Sa nej: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="143"/>
        <source>Said by %1</source>
        <translation>Sagt av %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="145"/>
        <source>Ask again on %1</source>
        <translation>Fråga igen %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="147"/>
        <source>Never: do not contact</source>
        <translation>Aldrig: kontakta inte</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="166"/>
        <source>Moved on your phone from %1 to %2</source>
        <translation>Flyttad i telefonen från %1 till %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="171"/>
        <source>Deleted on your phone: the follow-up of %1 was cancelled</source>
        <translation>Borttagen i telefonen: uppföljningen den %1 ställdes in</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="176"/>
        <source>Changed here and on your phone: your phone&apos;s %1 was newer; Leadbook&apos;s %2 was set aside</source>
        <translation>Ändrad här och i telefonen: telefonens %1 var nyare; Leadbooks %2 lades åt sidan</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="182"/>
        <source>Changed here and on your phone: Leadbook&apos;s change was newer; your phone&apos;s %1 was set aside</source>
        <translation>Ändrad här och i telefonen: Leadbooks ändring var nyare; telefonens %1 lades åt sidan</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/timeline_text.py" line="184"/>
        <source>Calendar sync: %1</source>
        <translation>Kalendersynk: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/panel.py" line="582"/>
        <source>Plan its %n step(s) from today</source>
        <translation>
            <numerusform>Planera sekvensens %n steg från och med idag</numerusform>
            <numerusform>Planera sekvensens %n steg från och med idag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="91"/>
        <source>Name</source>
        <extracomment>Rows a search shows at once before all its matches are read (more than a maximised window holds). The rest of a search&apos;s matches is read this long after its key, so that typing on (the usual gap between keys is longer) is never kept waiting behind it; a view that scrolls on asks at once.</extracomment>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="91"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="91"/>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="92"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="92"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="92"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="93"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="93"/>
        <source>Last touch</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="93"/>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="96"/>
        <source>⚠ none</source>
        <comment>an active lead with no next step planned, in the lead list</comment>
        <translation>⚠ inget</translation>
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
        <translation>Kontakta inte</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="289"/>
        <source>No next step planned</source>
        <extracomment>A search showing its first screen only: how many match in all; the rest is read a moment later (``complete``, ``REST_AFTER_MS``), or at once when something needs every row.</extracomment>
        <translation>Inget nästa steg planerat</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/table_model.py" line="291"/>
        <source>Overdue: the next step was due %1</source>
        <translation>Försenat: nästa steg skulle ha gjorts %1</translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="79"/>
        <source>Search leads</source>
        <extracomment>The book setting that keeps the lead list&apos;s column order and the widths the user dragged. In the book, not in QSettings: Leadbook keeps everything of a book in its one file (as the import mappings and the calendar-file folder), a demo or a test book never changes the user&apos;s own list, and a book moved to another computer keeps its columns.</extracomment>
        <translation>Sök prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="81"/>
        <source>Search name, company, e-mail, phone, notes…  (Ctrl+F)</source>
        <translation>Sök namn, företag, e-post, telefon, anteckningar…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="85"/>
        <source>All stages</source>
        <translation>Alla faser</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="87"/>
        <source>Show the stage</source>
        <translation>Visa fasen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="88"/>
        <source>Show the tag</source>
        <translation>Visa taggen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="100"/>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="405"/>
        <source>Showing: no next step</source>
        <translation>Visar: utan nästa steg</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="104"/>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="105"/>
        <source>Show all leads again</source>
        <translation>Visa alla prospekt igen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="110"/>
        <source>New lead</source>
        <translation>Nytt prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="112"/>
        <source>Add a lead (Ctrl+N)</source>
        <translation>Lägg till ett prospekt (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="116"/>
        <source>Leads</source>
        <translation>Prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="158"/>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="467"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="391"/>
        <source>Reset columns</source>
        <translation>Återställ kolumner</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="403"/>
        <source>Showing: %1</source>
        <translation>Visar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="450"/>
        <source>All tags</source>
        <translation>Alla taggar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="461"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n prospekt</numerusform>
            <numerusform>%n prospekt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="463"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/leads/view.py" line="533"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="106"/>
        <source>Log follow-up — %1</source>
        <translation>Logga uppföljning – %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="139"/>
        <source>%1 — due %2</source>
        <translation>%1 – planerad till %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="142"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="155"/>
        <source>what was said, what you agreed</source>
        <translation>vad som sades, vad ni kom överens om</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="157"/>
        <source>Result &amp;note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="161"/>
        <source>Start the &amp;post-sale cadence (thank-you cards, call after delivery)</source>
        <translation>Starta sekvensen &amp;Efter köpet (tackkort, samtal efter leverans)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="167"/>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="169"/>
        <source>P&amp;lan this next step</source>
        <translation>P&amp;lanera nästa steg</translation>
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
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="197"/>
        <source>Log</source>
        <translation>Logga</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="229"/>
        <source>&amp;Keep the %n remaining step(s) of the cadence “%1”</source>
        <translation>
            <numerusform>&amp;Behåll det %n återstående steget i sekvensen ”%1”</numerusform>
            <numerusform>&amp;Behåll de %n återstående stegen i sekvensen ”%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="230"/>
        <source>&amp;Keep the %n remaining step(s) of the cadence</source>
        <translation>
            <numerusform>&amp;Behåll sekvensens %n återstående steg</numerusform>
            <numerusform>&amp;Behåll sekvensens %n återstående steg</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="255"/>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="261"/>
        <source>The lead will be marked “%1” and its planned follow-ups cancelled.</source>
        <translation>Prospektet markeras som ”%1” och dess planerade uppföljningar ställs in.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="269"/>
        <source>%n unanswered attempt(s) in a row. Keep going: most deals take five or more follow-ups.</source>
        <translation>
            <numerusform>%n obesvarat försök i rad. Fortsätt: de flesta affärer kräver fem uppföljningar eller fler.</numerusform>
            <numerusform>%n obesvarade försök i rad. Fortsätt: de flesta affärer kräver fem uppföljningar eller fler.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="306"/>
        <source>Proposed from the prospect&apos;s own preference (interval and channel).</source>
        <translation>Föreslaget utifrån prospektets egna önskemål (intervall och kanal).</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="307"/>
        <source>Proposed from the cadence: its next step.</source>
        <translation>Föreslaget av sekvensen: dess nästa steg.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="309"/>
        <source>Proposed from the default rhythm: %n day(s) later, on a working day.</source>
        <translation>
            <numerusform>Föreslaget enligt standardrytmen: %n dag senare, på en arbetsdag.</numerusform>
            <numerusform>Föreslaget enligt standardrytmen: %n dagar senare, på en arbetsdag.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="316"/>
        <source>The spacing guard moved it from %1 to %2, to leave room after an unanswered attempt.</source>
        <translation>Avståndsspärren flyttade det från %1 till %2 för att ge andrum efter ett obesvarat försök.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="324"/>
        <source>Already planned: %1 %2</source>
        <translation>Redan planerat: %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/log_dialog.py" line="392"/>
        <source>Nothing was saved</source>
        <translation>Inget sparades</translation>
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
        <translation>Sidor</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="231"/>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="232"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="233"/>
        <source>Leads</source>
        <translation>Prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="234"/>
        <source>Revisit</source>
        <translation>Återkontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="235"/>
        <source>Nurture</source>
        <translation>Håll varm</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="236"/>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="438"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="439"/>
        <source>&amp;New lead…</source>
        <translation>&amp;Nytt prospekt…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="442"/>
        <source>&amp;Print call sheet…</source>
        <translation>Skriv &amp;ut ringlista…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="445"/>
        <source>Show re&amp;minders</source>
        <translation>Visa &amp;påminnelser</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="450"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="452"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="455"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="459"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="460"/>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="1004"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="463"/>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="473"/>
        <source>&amp;Log…</source>
        <translation>&amp;Logga…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="475"/>
        <source>Log what happened with the follow-up chosen in Today or the lead&apos;s next step</source>
        <translation>Logga vad som hände med uppföljningen som valts i Idag eller prospektets nästa steg</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="478"/>
        <source>&amp;Plan follow-up…</source>
        <translation>&amp;Planera uppföljning…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="479"/>
        <source>Plan a follow-up for the lead chosen, or find the lead first</source>
        <translation>Planera en uppföljning för det valda prospektet, eller sök först fram prospektet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="482"/>
        <source>&amp;Cadences…</source>
        <translation>Se&amp;kvenser…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="484"/>
        <source>Re&amp;view possible duplicates…</source>
        <translation>Granska möjliga &amp;dubbletter…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="486"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="492"/>
        <source>G&amp;o</source>
        <translation>Gå &amp;till</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="500"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="501"/>
        <source>Open a &amp;demo book</source>
        <translation>Öppna ett &amp;demoregister</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="503"/>
        <source>&amp;About Leadbook</source>
        <translation>&amp;Om Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="514"/>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="522"/>
        <source>New lead</source>
        <translation>Nytt prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="523"/>
        <source>Log</source>
        <translation>Logga</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="524"/>
        <source>Plan</source>
        <translation>Planera</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="525"/>
        <source>Call sheet</source>
        <translation>Ringlista</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="526"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="527"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="537"/>
        <source>Tool&amp;bar</source>
        <translation>Verkt&amp;ygsfält</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="538"/>
        <source>&amp;Icons only</source>
        <translation>Endast &amp;ikoner</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="559"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="561"/>
        <source>Undo the &amp;last import…</source>
        <translation>Ångra s&amp;enaste import…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="563"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportera</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="567"/>
        <source>Leads as CSV for a &amp;spreadsheet…</source>
        <translation>Prospekt som CSV för &amp;kalkylark…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="568"/>
        <source>Leads as CSV for another &amp;address book…</source>
        <translation>Prospekt som CSV för en annan &amp;adressbok…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="569"/>
        <source>Leads as &amp;vCard…</source>
        <translation>Prospekt som &amp;vCard…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="570"/>
        <source>Follow-ups as &amp;iCalendar…</source>
        <translation>Uppföljningar som &amp;iCalendar…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="576"/>
        <source>&amp;Keep a calendar file up to date…</source>
        <translation>Håll en &amp;kalenderfil uppdaterad…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="589"/>
        <source>Writes your follow-ups to %1 after every change.</source>
        <translation>Skriver dina uppföljningar till %1 efter varje ändring.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="591"/>
        <source>Writes your follow-ups to a calendar file in a folder you choose, after every change.</source>
        <translation>Skriver dina uppföljningar till en kalenderfil i en mapp som du väljer, efter varje ändring.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="638"/>
        <source>Choose a follow-up in Today, or a lead with a next step, then Log.</source>
        <translation>Välj en uppföljning i Idag, eller ett prospekt med ett nästa steg, och sedan Logga.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="658"/>
        <source>%1 — read-only — Leadbook</source>
        <translation>%1 — skrivskyddat — Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="668"/>
        <source>Read-only</source>
        <translation>Skrivskyddat</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="675"/>
        <source>The lead book is read-only</source>
        <translation>Prospektregistret är skrivskyddat</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="696"/>
        <source>Waiting for another Leadbook to finish…</source>
        <translation>Väntar på att en annan Leadbook ska bli klar…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="739"/>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="748"/>
        <source>Plan follow-up</source>
        <translation>Planera uppföljning</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="739"/>
        <source>Find the lead (name, company, e-mail):</source>
        <translation>Sök prospektet (namn, företag, e-post):</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="745"/>
        <source>No lead matches “%1”.</source>
        <translation>Inget prospekt matchar ”%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="748"/>
        <source>Lead:</source>
        <translation>Prospekt:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="825"/>
        <source>Calendar sync</source>
        <translation>Kalendersynk</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="826"/>
        <source>This computer has no keyring. The password for %1 at %2, for this session:</source>
        <translation>Den här datorn har ingen nyckelring. Lösenordet för %1 på %2, för den här sessionen:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/main_window.py" line="855"/>
        <source>Deleted %n lead(s).</source>
        <translation>
            <numerusform>Tog bort %n prospekt.</numerusform>
            <numerusform>Tog bort %n prospekt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="880"/>
        <source>The last import was undone.</source>
        <translation>Den senaste importen ångrades.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="902"/>
        <source>Your follow-ups are kept in %1.</source>
        <translation>Dina uppföljningar sparas i %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="905"/>
        <source>The calendar file is no longer updated; it stays as it was.</source>
        <translation>Kalenderfilen uppdateras inte längre; den ligger kvar som den var.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="928"/>
        <source>The backup failed</source>
        <translation>Säkerhetskopieringen misslyckades</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="930"/>
        <source>Backed up and verified: %1</source>
        <translation>Säkerhetskopierat och verifierat: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="937"/>
        <source>Checking today&apos;s backup…</source>
        <translation>Kontrollerar dagens säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="944"/>
        <source>Daily backup made and verified: %1</source>
        <translation>Dagens säkerhetskopia är gjord och verifierad: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="952"/>
        <source>The daily backup failed: %1</source>
        <translation>Dagens säkerhetskopiering misslyckades: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="956"/>
        <source>The daily backup failed; details are in the log.</source>
        <translation>Dagens säkerhetskopiering misslyckades; detaljerna finns i loggen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="975"/>
        <source>Open a demo book</source>
        <translation>Öppna ett demoregister</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="975"/>
        <source>The demo book could not be started.</source>
        <translation>Demoregistret kunde inte startas.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="979"/>
        <source>A demo book opens in a second window; this book is not touched.</source>
        <translation>Ett demoregister öppnas i ett andra fönster; det här registret rörs inte.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="985"/>
        <source>About Leadbook</source>
        <translation>Om Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="986"/>
        <source>Leadbook %1
An offline lead book that makes you follow up.

Book: %2</source>
        <translation>Leadbook %1
Ett prospektregister på din egen dator som ser till att du följer upp.

Register: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="1004"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ångra: %1</translation>
    </message>
</context>
<context>
    <name>NextCard</name>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="72"/>
        <source>Phone and e-mail</source>
        <translation>Telefon och e-post</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="73"/>
        <source>Links: a phone number starts a call, an address a new e-mail</source>
        <translation>Länkar: ett telefonnummer startar ett samtal, en adress ett nytt mejl</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="90"/>
        <source>Log what happened with this follow-up</source>
        <translation>Logga vad som hände med den här uppföljningen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="95"/>
        <source>Move this follow-up to another day, same time</source>
        <translation>Flytta uppföljningen till en annan dag, samma tid</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="102"/>
        <source>Open this lead</source>
        <translation>Öppna prospektet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="106"/>
        <source>Show in the list</source>
        <translation>Visa i listan</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="106"/>
        <source>Select it in the list below, where its keys work</source>
        <translation>Markera den i listan nedan, där dess tangenter fungerar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="135"/>
        <source>Do this next</source>
        <translation>Gör detta härnäst</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="156"/>
        <source>Nothing opened</source>
        <translation>Inget öppnades</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="157"/>
        <source>No program on this computer opens %1 links.</source>
        <translation>Inget program på den här datorn öppnar %1-länkar.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="186"/>
        <source>Write to %1</source>
        <translation>Skriv till %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="190"/>
        <source>Call %1</source>
        <translation>Ring %1</translation>
    </message>
</context>
<context>
    <name>NextUp</name>
    <message>
        <location filename="../../desktop/leadbook/present/next_up_text.py" line="35"/>
        <source>Nothing due and nothing planned. Take a breath, then plan the next step for a lead.</source>
        <translation>Inget att göra och inget planerat. Andas ut, och planera sedan nästa steg för ett prospekt.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/next_up_text.py" line="39"/>
        <source>Nothing due right now: well done. Next up:</source>
        <translation>Inget att göra just nu: bra jobbat. Härnäst:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/next_up_text.py" line="40"/>
        <source>Do this next</source>
        <translation>Gör detta härnäst</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/next_up_text.py" line="103"/>
        <source>Goal: %1</source>
        <translation>Mål: %1</translation>
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
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="166"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="166"/>
        <source>The articles</source>
        <translation>Artiklarna</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="185"/>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="186"/>
        <source>Click to list these leads</source>
        <translation>Klicka för att visa de här prospekten</translation>
    </message>
</context>
<context>
    <name>NurtureView</name>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="51"/>
        <source>&amp;Plan missing touches</source>
        <translation>&amp;Planera saknade kontakter</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="52"/>
        <source>Give each nurtured lead without a next touch its slow one</source>
        <translation>Ge varje prospekt i Håll varm som saknar nästa kontakt en lugn kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="54"/>
        <source>E&amp;xport CSV for a mail merge…</source>
        <translation>E&amp;xportera CSV för massutskick…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="62"/>
        <source>Leads in nurture</source>
        <translation>Prospekt i Håll varm</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="66"/>
        <source>Lead</source>
        <translation>Prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="66"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="66"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="66"/>
        <source>Last touch</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="67"/>
        <source>Next touch</source>
        <translation>Nästa kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="82"/>
        <source>%1 (not planned)</source>
        <translation>%1 (inte planerad)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="90"/>
        <source>%1 in nurture; a slow touch every %2 days.</source>
        <translation>Håll varm: %1. En lugn kontakt per %2 dagar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="91"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n prospekt</numerusform>
            <numerusform>%n prospekt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="98"/>
        <source>Nurture touches planned</source>
        <translation>Lugna kontakter planerade</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="105"/>
        <source>Export nurture list</source>
        <translation>Exportera listan Håll varm</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/nurture.py" line="106"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>ObjectiveEdit</name>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="157"/>
        <source>what should this touch achieve?</source>
        <translation>vad ska den här kontakten leda till?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="159"/>
        <source>The objective in your words</source>
        <translation>Målet med dina ord</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/followup_dialog.py" line="197"/>
        <source>Say in a few words what this follow-up should achieve.</source>
        <translation>Beskriv med några ord vad uppföljningen ska leda till.</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/phrases.py" line="38"/>
        <source>“%1”</source>
        <comment>a phrase to avoid, quoted</comment>
        <extracomment>Quotation marks around one phrase: German „%1“, Swedish ”%1”, Chinese “%1”.</extracomment>
        <translation>”%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/followups/phrases.py" line="41"/>
        <source>Avoid %1: it gives them nothing. Add something of value instead, and don&apos;t apologise for following up.</source>
        <translation>Undvik %1: det ger dem ingenting. Ge dem något av värde i stället, och be inte om ursäkt för att du följer upp.</translation>
    </message>
</context>
<context>
    <name>PickDateDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="102"/>
        <source>Reschedule follow-up</source>
        <extracomment>Rows each section lists when Today is read: more than a maximised window shows. The rest, up to MAX_ROWS_PER_SECTION, is read on the turn after the list has painted (or when the rows are asked for), so a backlog of thousands costs its first screen before Today appears (``book.agenda(limit=...)``).</extracomment>
        <translation>Boka om uppföljning</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="105"/>
        <source>Day to move it to</source>
        <translation>Dag att flytta till</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="113"/>
        <source>Move</source>
        <translation>Flytta</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="181"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="184"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="187"/>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="181"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="184"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="181"/>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="184"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="181"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="181"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="182"/>
        <source>Possible duplicate</source>
        <translation>Möjlig dubblett</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="184"/>
        <source>Matches lead</source>
        <translation>Matchar prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="185"/>
        <source>Because</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="185"/>
        <source>What happens</source>
        <translation>Vad som händer</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="187"/>
        <source>Why it cannot be imported</source>
        <translation>Varför den inte kan importeras</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="189"/>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="190"/>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="191"/>
        <source>Add as new</source>
        <translation>Lägg till som ny</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="193"/>
        <source>Merge (nothing new)</source>
        <translation>Slå ihop (inget nytt)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/files/import_dialog.py" line="231"/>
        <source>line %1 of this file</source>
        <translation>rad %1 i den här filen</translation>
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
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="71"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n timme</numerusform>
            <numerusform>%n timmar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="72"/>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="225"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="77"/>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="78"/>
        <source>Last 90 days</source>
        <translation>Senaste 90 dagarna</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="79"/>
        <source>Last 365 days</source>
        <translation>Senaste 365 dagarna</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="80"/>
        <source>All time</source>
        <translation>Hela tiden</translation>
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
        <translation>Ur säljråds-artikeln som Leadbook bygger på (seed 000): 80&#xa0;% av affärerna kräver fem eller fler uppföljningar, och 44&#xa0;% av säljarna ger upp efter den första.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="100"/>
        <source>From the article Leadbook is built on (seed 001), citing a Harvard Business Review study: 71% of leads are never followed up; the others get 1.3 follow-ups on average.</source>
        <translation>Ur artikeln som Leadbook bygger på (seed 001), som hänvisar till en studie i Harvard Business Review: 71&#xa0;% av prospekten följs aldrig upp; de övriga får i snitt 1,3 uppföljningar.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="104"/>
        <source>From the article Leadbook is built on (seed 003): calling back the people who said no brings 5–10% more sales.</source>
        <translation>Ur artikeln som Leadbook bygger på (seed 003): att ringa tillbaka dem som sa nej ger 5–10&#xa0;% mer försäljning.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="106"/>
        <source>Oldroyd, McElheran and Elkington, “The Short Life of Online Sales Leads”, Harvard Business Review, March 2011: firms that tried to reach a web lead within an hour were nearly seven times as likely to qualify it as those that waited even an hour longer.</source>
        <translation>Oldroyd, McElheran och Elkington, ”The Short Life of Online Sales Leads”, Harvard Business Review, mars 2011: företag som försökte nå ett webbprospekt inom en timme kvalificerade det nästan sju gånger så ofta som de som väntade bara en timme längre.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="114"/>
        <source>Articles: %1 stop after one</source>
        <translation>Artiklarna: %1 slutar efter ett</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="116"/>
        <source>Articles: %1 of sales need 5+</source>
        <translation>Artiklarna: %1 av affärerna kräver 5+</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="118"/>
        <source>Articles: %1 on average</source>
        <translation>Artiklarna: %1 i snitt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="120"/>
        <source>Articles: %1 never followed up</source>
        <translation>Artiklarna: %1 aldrig uppföljda</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="122"/>
        <source>Articles: %1–%2 more sales</source>
        <translation>Artiklarna: %1–%2 mer försäljning</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="124"/>
        <source>HBR: %1×</source>
        <translation>HBR: %1×</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="134"/>
        <source>You let no lead go in this period: every decision was a win.</source>
        <translation>Du släppte inget prospekt under perioden: varje beslut var en vinst.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="135"/>
        <source>No lead reached a decision in this period.</source>
        <translation>Inget prospekt nådde ett beslut under perioden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="136"/>
        <source>You stopped after one touch on %1 of %n lead(s) (%2); the articles&apos; sellers: %3.</source>
        <translation>
            <numerusform>Du slutade efter en kontakt med %1 av %n prospekt (%2); säljarna i artiklarna: %3.</numerusform>
            <numerusform>Du slutade efter en kontakt med %1 av %n prospekt (%2); säljarna i artiklarna: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="147"/>
        <source>%n lead(s) decided after %1 touches on average (the articles: %2); %3 had five or more (the articles: %4 of sales need that many).</source>
        <translation>
            <numerusform>%n prospekt avgjordes efter i snitt %1 kontakter (artiklarna: %2); %3 hade fem eller fler (artiklarna: %4 av affärerna kräver så många).</numerusform>
            <numerusform>%n prospekt avgjordes efter i snitt %1 kontakter (artiklarna: %2); %3 hade fem eller fler (artiklarna: %4 av affärerna kräver så många).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="157"/>
        <source>No lead was added in this period.</source>
        <translation>Inget prospekt lades till under perioden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="158"/>
        <source>%1 of the %n lead(s) added in this period never had a touch (%2); the articles: %3.</source>
        <translation>
            <numerusform>Aldrig kontaktade: %1 av %n prospekt som lades till under perioden (%2); artiklarna: %3.</numerusform>
            <numerusform>Aldrig kontaktade: %1 av %n prospekt som lades till under perioden (%2); artiklarna: %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="170"/>
        <source>%1: first touch after %2 (median); no target set.</source>
        <translation>%1: första kontakt efter %2 (median); inget mål satt.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="172"/>
        <source>%1: first touch after %2 (median); %3 within the target of %4.</source>
        <translation>%1: första kontakt efter %2 (median); %3 inom målet på %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="181"/>
        <source>No web inquiry to answer in this period.</source>
        <translation>Ingen webbförfrågan att besvara under perioden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="182"/>
        <source>Web inquiries answered within an hour: %1 of %n (%2).</source>
        <translation>
            <numerusform>Webbförfrågningar besvarade inom en timme: %1 av %n (%2).</numerusform>
            <numerusform>Webbförfrågningar besvarade inom en timme: %1 av %n (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="190"/>
        <source>No lead was won in this period.</source>
        <translation>Inget prospekt vanns under perioden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="192"/>
        <source>%n lead(s) won; %1 of them on the fifth touch or later (%2).</source>
        <translation>
            <numerusform>%n prospekt vunnet; %1 av dem vid femte kontakten eller senare (%2).</numerusform>
            <numerusform>%n prospekt vunna; %1 av dem vid femte kontakten eller senare (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="198"/>
        <source>No “no” was called back in this period.</source>
        <translation>Ingen som sa nej kontaktades igen under perioden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="199"/>
        <source>%n “no”(s) called back: %1 reopened, %2 won since.</source>
        <translation>
            <numerusform>%n ”nej” kontaktat igen: %1 återöppnades, %2 har vunnits sedan dess.</numerusform>
            <numerusform>%n ”nej” kontaktade igen: %1 återöppnades, %2 har vunnits sedan dess.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="204"/>
        <source>Wins from revisits: %1 more sales than your other wins alone (the articles: %2).</source>
        <translation>Vinster från återkontakter: %1 mer försäljning än dina övriga vinster ensamma (artiklarna: %2).</translation>
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
        <translation>Ingen uppföljning var aktuell under perioden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="223"/>
        <source>Nothing slipped on %1 of %n day(s) with follow-ups due; streak: %2.</source>
        <translation>
            <numerusform>Inget blev liggande %1 av %n dag med uppföljningar att göra; svit: %2.</numerusform>
            <numerusform>Inget blev liggande %1 av %n dagar med uppföljningar att göra; svit: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="231"/>
        <source>Every active lead has a next step.</source>
        <translation>Varje aktivt prospekt har ett nästa steg.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/progress_text.py" line="232"/>
        <source>%n active lead(s) without a next step now.</source>
        <translation>
            <numerusform>%n aktivt prospekt saknar nästa steg just nu.</numerusform>
            <numerusform>%n aktiva prospekt saknar nästa steg just nu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="238"/>
        <source>Everything until %1</source>
        <translation>Allt till och med %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="240"/>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="252"/>
        <source>Your follow-up: %1</source>
        <translation>Din uppföljning: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="261"/>
        <source>Persistence (touches before a decision)</source>
        <translation>Uthållighet (kontakter före ett beslut)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="264"/>
        <source>Never followed up</source>
        <translation>Aldrig uppföljda</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="266"/>
        <source>First response by source</source>
        <translation>Första svar per källa</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="271"/>
        <source>Won after how many touches</source>
        <translation>Vunna efter hur många kontakter</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="272"/>
        <source>Revisits</source>
        <translation>Återkontakter</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="274"/>
        <source>Nothing slipped</source>
        <translation>Inget blev liggande</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/progress_text.py" line="276"/>
        <source>Sources of the research figures:</source>
        <translation>Källor till forskningssiffrorna:</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="235"/>
        <source>Your follow-up, beside the research</source>
        <translation>Din uppföljning bredvid forskningen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="243"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="261"/>
        <source>Persistence: touches before a decision</source>
        <translation>Uthållighet: kontakter före ett beslut</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="262"/>
        <source>Never followed up</source>
        <translation>Aldrig uppföljda</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="263"/>
        <source>First response by source</source>
        <translation>Första svar per källa</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="264"/>
        <source>Won after how many touches</source>
        <translation>Vunna efter hur många kontakter</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="265"/>
        <source>Revisits of the no&apos;s</source>
        <translation>Återkontakter med dem som sa nej</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="266"/>
        <source>Nothing slipped</source>
        <translation>Inget blev liggande</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="268"/>
        <source>Leads decided, by touches before the decision</source>
        <translation>Avgjorda prospekt efter antal kontakter före beslutet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="269"/>
        <source>Leads won, by the touch they were won on</source>
        <translation>Vunna prospekt efter kontakten då de vanns</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="278"/>
        <source>slipped on %1</source>
        <translation>blev liggande %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="301"/>
        <source>Figures of the period</source>
        <translation>Siffror för perioden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="336"/>
        <source>Touches before the decision: %1 — %n lead(s)</source>
        <translation>
            <numerusform>Kontakter före beslutet: %1 – %n prospekt</numerusform>
            <numerusform>Kontakter före beslutet: %1 – %n prospekt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="343"/>
        <source>Won</source>
        <translation>Vunna</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="343"/>
        <source>Said no</source>
        <translation>Sa nej</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="343"/>
        <source>Nurture</source>
        <translation>Håll varm</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="344"/>
        <source>Stopped: nothing planned, no touch for 30 days</source>
        <translation>Stannat av: inget planerat, ingen kontakt på 30 dagar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="345"/>
        <source>Leads decided</source>
        <translation>Avgjorda prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="349"/>
        <source>Stopped after one touch</source>
        <translation>Slutade efter en kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="351"/>
        <source>Five touches or more</source>
        <translation>Fem kontakter eller fler</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="353"/>
        <source>Touches per decided lead, on average</source>
        <translation>Kontakter per avgjort prospekt, i snitt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="361"/>
        <source>Leads added</source>
        <translation>Tillagda prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="362"/>
        <source>Never touched</source>
        <translation>Aldrig kontaktade</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="369"/>
        <source>The median time from a lead&apos;s arrival to its first touch, per source, and the share touched within the target set in Settings.</source>
        <translation>Mediantiden från att ett prospekt kom in till första kontakten, per källa, och andelen som kontaktades inom målet i Inställningar.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="376"/>
        <source>%1 · %2 within %3</source>
        <translation>%1 · %2 inom %3</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="379"/>
        <source>Web inquiries answered within an hour</source>
        <translation>Webbförfrågan: svar inom 1 timme</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="384"/>
        <source>Web inquiries answered later, or not yet</source>
        <translation>Webbförfrågan: sent eller inget svar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="392"/>
        <source>Won on touch %1 — %n lead(s)</source>
        <translation>
            <numerusform>Vunna vid kontakt %1 – %n prospekt</numerusform>
            <numerusform>Vunna vid kontakt %1 – %n prospekt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="397"/>
        <source>Won on touch %1</source>
        <translation>Vunna vid kontakt %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="405"/>
        <source>No&apos;s called back</source>
        <translation>Nej som kontaktats igen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="406"/>
        <source>Reopened</source>
        <translation>Återöppnade</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="407"/>
        <source>Won after a revisit</source>
        <translation>Vunna efter återkontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="408"/>
        <source>More sales from revisits</source>
        <translation>Mer försäljning från återkontakter</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="417"/>
        <source>Days with follow-ups due</source>
        <translation>Dagar med uppföljningar att göra</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="418"/>
        <source>Days nothing slipped</source>
        <translation>Dagar då inget blev liggande</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="419"/>
        <source>Days something slipped</source>
        <translation>Dagar då något blev liggande</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="420"/>
        <source>Streak (days with work, nothing slipped)</source>
        <translation>Svit (dagar med arbete, inget blev liggande)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="421"/>
        <source>Active leads without a next step now</source>
        <translation>Aktiva prospekt utan nästa steg just nu</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="434"/>
        <source>decided after one touch</source>
        <translation>avgjorda efter en kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="435"/>
        <source>decided after %1 touches</source>
        <translation>avgjorda efter %1 kontakter</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/progress/view.py" line="439"/>
        <source>won on touch %1</source>
        <translation>vunna vid kontakt %1</translation>
    </message>
</context>
<context>
    <name>QtTray</name>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="85"/>
        <source>&amp;Open Leadbook</source>
        <translation>&amp;Öppna Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="86"/>
        <source>&amp;Today</source>
        <translation>&amp;Idag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="87"/>
        <source>&amp;Reminders</source>
        <translation>&amp;Påminnelser</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="89"/>
        <source>&amp;Pause reminders for 1 hour</source>
        <translation>Pa&amp;usa påminnelser i 1 timme</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="90"/>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="123"/>
        <source>Re&amp;sume reminders</source>
        <translation>&amp;Återuppta påminnelser</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="93"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="78"/>
        <source>Due today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="80"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="84"/>
        <source>Overdue by %n minute(s)</source>
        <translation>
            <numerusform>%n minut för sent</numerusform>
            <numerusform>%n minuter för sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="85"/>
        <source>Overdue by %n hour(s)</source>
        <translation>
            <numerusform>%n timme för sent</numerusform>
            <numerusform>%n timmar för sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="86"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n dag för sent</numerusform>
            <numerusform>%n dagar för sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="89"/>
        <source>In %n minute(s)</source>
        <translation>
            <numerusform>Om %n minut</numerusform>
            <numerusform>Om %n minuter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="90"/>
        <source>In %n hour(s)</source>
        <translation>
            <numerusform>Om %n timme</numerusform>
            <numerusform>Om %n timmar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="91"/>
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Om %n dag</numerusform>
            <numerusform>Om %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="103"/>
        <source>Revisit · %1</source>
        <translation>Återkontakt · %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="115"/>
        <source>5 minutes</source>
        <translation>5 minuter</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="116"/>
        <source>10 minutes</source>
        <translation>10 minuter</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="117"/>
        <source>15 minutes</source>
        <translation>15 minuter</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="118"/>
        <source>1 hour</source>
        <translation>1 timme</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="119"/>
        <source>4 hours</source>
        <translation>4 timmar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="120"/>
        <source>Tomorrow at %1</source>
        <translation>Imorgon kl. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="121"/>
        <source>Next week (Monday at %1)</source>
        <translation>Nästa vecka (måndag kl. %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="152"/>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="153"/>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="154"/>
        <source>Revisits</source>
        <translation>Återkontakter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="162"/>
        <source>%n overdue from earlier days</source>
        <translation>
            <numerusform>%n försenad från tidigare dagar</numerusform>
            <numerusform>%n försenade från tidigare dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="164"/>
        <source>%n shown earlier today</source>
        <translation>
            <numerusform>%n visad tidigare idag</numerusform>
            <numerusform>%n visade tidigare idag</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="165"/>
        <source>%1 — Review…</source>
        <translation>%1 — Granska…</translation>
    </message>
</context>
<context>
    <name>RemindersWindow</name>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="208"/>
        <source>Reminders — Leadbook</source>
        <translation>Påminnelser – Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="226"/>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="228"/>
        <source>Lead</source>
        <translation>Prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="228"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="228"/>
        <source>Due</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="228"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="256"/>
        <source>&amp;Open item</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="256"/>
        <source>Show the lead in the main window (Enter)</source>
        <translation>Visa prospektet i huvudfönstret (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="259"/>
        <source>Do&amp;ne…</source>
        <translation>&amp;Klar…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="259"/>
        <source>Log the outcome and plan the next step</source>
        <translation>Logga resultatet och planera nästa steg</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="262"/>
        <source>No &amp;answer</source>
        <translation>Inget s&amp;var</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="265"/>
        <source>Count an unanswered attempt and plan a retry, spaced as the spacing guard asks</source>
        <translation>Räkna ett obesvarat försök och planera ett nytt, med det avstånd som avståndsspärren kräver</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="268"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Avfärda</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="271"/>
        <source>No more reminders for the selected follow-ups (Delete); they stay planned</source>
        <translation>Inga fler påminnelser för de markerade uppföljningarna (Delete); de ligger kvar som planerade</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="274"/>
        <source>Dismiss a&amp;ll</source>
        <translation>Avfärda a&amp;lla</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="277"/>
        <source>No more reminders for every follow-up listed</source>
        <translation>Inga fler påminnelser för någon av uppföljningarna i listan</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="283"/>
        <source>Click Snooze to be reminded again in:</source>
        <translation>Klicka på Snooza för att bli påmind igen om:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="289"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Snooza</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="289"/>
        <source>Remind again about the selected follow-ups</source>
        <translation>Påminn igen om de markerade uppföljningarna</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="292"/>
        <source>Snooze all</source>
        <translation>Snooza alla</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="292"/>
        <source>Remind again about every follow-up listed</source>
        <translation>Påminn igen om alla uppföljningar i listan</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="299"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="505"/>
        <source>Reminders due before today or shown already: click or press Enter to list them all</source>
        <translation>Påminnelser som var aktuella före idag eller redan har visats: klicka eller tryck på Enter för att visa alla</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="513"/>
        <source>… and %1 more (Dismiss all and Snooze all include them)</source>
        <translation>… och %1 till (Avfärda alla och Snooza alla gäller även dem)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="531"/>
        <source>%n new reminder(s)</source>
        <translation>
            <numerusform>%n ny påminnelse</numerusform>
            <numerusform>%n nya påminnelser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="531"/>
        <source>No new reminders</source>
        <translation>Inga nya påminnelser</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="535"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n påminnelse</numerusform>
            <numerusform>%n påminnelser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="535"/>
        <source>No reminders due</source>
        <translation>Inga aktuella påminnelser</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="537"/>
        <source>%1 — Leadbook</source>
        <translation>%1 – Leadbook</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="568"/>
        <source>Snoozed until %1</source>
        <translation>Snoozad till %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="604"/>
        <source>until %1</source>
        <translation>till %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="618"/>
        <source>Rapport: %1</source>
        <translation>Personligt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="630"/>
        <source>Revisit: said no on %1 (%2), by %3</source>
        <translation>Återkontakt: %3 sa nej %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="636"/>
        <source>Ask: %1</source>
        <translation>Fråga: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="756"/>
        <source>Logged: %1.</source>
        <translation>Loggat: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="782"/>
        <source>No answer from %1 (%n attempt(s) in a row).</source>
        <translation>
            <numerusform>Inget svar från %1 (%n försök i rad).</numerusform>
            <numerusform>Inget svar från %1 (%n försök i rad).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="784"/>
        <source>Next try: %1, %2.</source>
        <translation>Nästa försök: %1, %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/window.py" line="789"/>
        <source>Already planned: %1, %2.</source>
        <translation>Redan planerat: %1, %2.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="27"/>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="32"/>
        <source>Choose a backup to put in place of the lead book. Your current book is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Välj en säkerhetskopia som ska ersätta prospektregistret. Ditt nuvarande register säkerhetskopieras först, så du kan ångra genom att återställa den kopian.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="38"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="40"/>
        <source>Made</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="40"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="40"/>
        <source>Leads</source>
        <translation>Prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="45"/>
        <source>unreadable</source>
        <translation>oläsbar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="56"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/restore_dialog.py" line="59"/>
        <source>There are no backups of this book yet. Use File → Back up now.</source>
        <translation>Det finns inga säkerhetskopior av registret än. Använd Arkiv → Säkerhetskopiera nu.</translation>
    </message>
</context>
<context>
    <name>RevisitPage</name>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="369"/>
        <source>Revisiting the no&apos;s</source>
        <translation>Återkontakt med dem som sa nej</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="374"/>
        <source>A “no” mostly means “not now”. Leadbook brings each one back after a wait that depends on the reason the prospect gave.</source>
        <translation>Ett ”nej” betyder oftast ”inte nu”. Leadbook tar fram varje nej igen efter en väntetid som beror på skälet prospektet angav.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="388"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="389"/>
        <source>next quarter</source>
        <translation>nästa kvartal</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="392"/>
        <source>Days to wait; the lowest value, “next quarter”, waits until the first day of the next quarter (when budgets are set)</source>
        <translation>Dagar att vänta; det lägsta värdet, ”nästa kvartal”, väntar till första dagen i nästa kvartal (då budgetarna sätts)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="412"/>
        <source>&amp;Questions to ask on a revisit, one a line:</source>
        <translation>&amp;Frågor att ställa vid återkontakt, en per rad:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="423"/>
        <source>Shown in the revisit queue, the reminders and on the call sheet. Leave it empty for the three questions Leadbook starts with.</source>
        <translation>Visas i återkontaktslistan, i påminnelserna och på ringlistan. Lämna tomt för att använda de tre frågor som Leadbook börjar med.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="427"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="432"/>
        <source> follow-ups</source>
        <translation> uppföljningar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="433"/>
        <source>no limit</source>
        <translation>ingen gräns</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="434"/>
        <source>days with more are marked full; Even out fills days up to it</source>
        <translation>dagar med fler markeras som fulla; Jämna ut fyller dagarna upp till gränsen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="436"/>
        <source>Day ca&amp;pacity</source>
        <translation>Da&amp;gskapacitet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="478"/>
        <source>Question %1 is %2 characters long; keep each to %3 at most, so it fits on the call sheet.</source>
        <translation>Fråga %1 är %2 tecken lång; håll varje fråga till högst %3 tecken så att den får plats på ringlistan.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="483"/>
        <source>%1 questions are too many for one call; keep at most %2.</source>
        <translation>%1 frågor är för många för ett samtal; behåll högst %2.</translation>
    </message>
</context>
<context>
    <name>Revisits</name>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="34"/>
        <source>Not now / timing</source>
        <translation>Inte nu / fel tidpunkt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="35"/>
        <source>Has a supplier</source>
        <translation>Har redan en leverantör</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="36"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="37"/>
        <source>Did not reach the decision-maker</source>
        <translation>Nådde inte beslutsfattaren</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="38"/>
        <source>Not interested</source>
        <translation>Inte intresserad</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="39"/>
        <source>Unresponsive</source>
        <translation>Svarar inte</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="40"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="48"/>
        <source>Is this still the person responsible for buying?</source>
        <translation>Är du fortfarande den som ansvarar för inköpen?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="50"/>
        <source>How are things going with what you chose instead?</source>
        <translation>Hur fungerar det ni valde i stället?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="52"/>
        <source>What made you decide against it last time?</source>
        <translation>Vad fick er att tacka nej förra gången?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="59"/>
        <source>Said no on %1: %2 (%3)</source>
        <translation>Sa nej %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="79"/>
        <source>Revisits due</source>
        <translation>Dags för återkontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="80"/>
        <source>Upcoming revisits</source>
        <translation>Kommande återkontakter</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="84"/>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="97"/>
        <source>Own results: %1 reopened, %2 of them won.</source>
        <translation>Egna resultat: %1 ledde till återöppning, %2 av dem blev affär.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="101"/>
        <source>Ask:</source>
        <translation>Fråga:</translation>
    </message>
</context>
<context>
    <name>RevisitsText</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/revisits_text.py" line="98"/>
        <source>%n revisit(s)</source>
        <translation>
            <numerusform>%n återkontakt</numerusform>
            <numerusform>%n återkontakter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevisitsView</name>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="62"/>
        <source>No&apos;s to ask again</source>
        <translation>Nej att fråga igen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="64"/>
        <source>Call back</source>
        <translation>Ring tillbaka</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="64"/>
        <source>Lead</source>
        <translation>Prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="64"/>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="64"/>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="65"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="77"/>
        <source>About the chosen lead</source>
        <translation>Om det valda prospektet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="82"/>
        <source>Stage to reopen in</source>
        <translation>Fas att återöppna i</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="83"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Återöppna</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="84"/>
        <source>Back to an active stage, with a first follow-up planned</source>
        <translation>Tillbaka till en aktiv fas, med en första uppföljning planerad</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="85"/>
        <source>&amp;Still not now</source>
        <translation>&amp;Fortfarande inte nu</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="86"/>
        <source>Queue again after the reason&apos;s delay</source>
        <translation>Lägg i kön igen efter orsakens väntetid</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="87"/>
        <source>&amp;New contact person…</source>
        <translation>Ny &amp;kontaktperson…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="88"/>
        <source>Keep the company and the history; start afresh with someone else</source>
        <translation>Behåll företaget och historiken; börja om med någon annan</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="89"/>
        <source>&amp;Do not contact</source>
        <translation>Kontakta &amp;inte</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="90"/>
        <source>For good: never queued again, left out of every marketing export</source>
        <translation>För gott: hamnar aldrig i kön igen och utelämnas ur alla marknadsföringsexporter</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="121"/>
        <source>Due</source>
        <translation>Aktuella</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="121"/>
        <source>Upcoming</source>
        <translation>Kommande</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="142"/>
        <source>Own results: %1 brought a lead back; %2 of those won.</source>
        <translation>Egna resultat: %1 ledde till ett återöppnat prospekt; %2 av dem blev affär.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="143"/>
        <source>%n revisit(s)</source>
        <translation>
            <numerusform>%n återkontakt</numerusform>
            <numerusform>%n återkontakter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="168"/>
        <source>No revisit selected.</source>
        <translation>Ingen återkontakt vald.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="170"/>
        <source>Nobody to call back: no&apos;s come here when their revisit day is near.</source>
        <translation>Ingen att ringa tillbaka: de som sa nej dyker upp här när dagen för återkontakt närmar sig.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="175"/>
        <source>Call back on %1</source>
        <translation>Ring tillbaka %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="178"/>
        <source>Value: %1</source>
        <translation>Värde: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="183"/>
        <source>What they said:</source>
        <translation>Vad de sa:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="185"/>
        <source>Last notes:</source>
        <translation>Senaste anteckningar:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="186"/>
        <source>Ask:</source>
        <translation>Fråga:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="206"/>
        <source>Lead reopened</source>
        <translation>Prospektet återöppnat</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="210"/>
        <source>Queued again</source>
        <translation>Lagt i kön igen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="218"/>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="222"/>
        <source>New contact person</source>
        <translation>Ny kontaktperson</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="219"/>
        <source>Who is responsible now?</source>
        <translation>Vem är ansvarig nu?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="229"/>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="234"/>
        <source>Do not contact</source>
        <translation>Kontakta inte</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/view.py" line="230"/>
        <source>Never contact this lead again? It leaves every queue and every marketing export.</source>
        <translation>Vill du aldrig mer kontakta det här prospektet? Det tas bort ur alla köer och alla marknadsföringsexporter.</translation>
    </message>
</context>
<context>
    <name>SayNoDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="42"/>
        <source>Said no</source>
        <translation>Sa nej</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="45"/>
        <source>Why did %1 say no, and when should you call back?</source>
        <translation>Varför sa %1 nej, och när ska du ringa tillbaka?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="53"/>
        <source>What they said, in a few words</source>
        <translation>Vad de sa, med några ord</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="63"/>
        <source>&amp;Never: do not contact</source>
        <translation>&amp;Aldrig: kontakta inte</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="64"/>
        <source>Never shown in the revisit queue again and left out of every marketing export</source>
        <translation>Visas aldrig mer i återkontaktslistan och utelämnas ur alla marknadsföringsexporter</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="65"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="66"/>
        <source>N&amp;ote:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="67"/>
        <source>Call &amp;back on:</source>
        <translation>Ring &amp;tillbaka den:</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/revisits/say_no_dialog.py" line="75"/>
        <source>Mark as no</source>
        <translation>Markera som nej</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="89"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="107"/>
        <source>First response</source>
        <translation>Första svar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="112"/>
        <source>How soon a new lead must hear from you, by where it came from. Web inquiries want an answer at once; e-mails within a day.</source>
        <translation>Hur snabbt du ska höra av dig till ett nytt prospekt, beroende på var det kom ifrån. Webbförfrågningar vill ha svar direkt; mejl inom ett dygn.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="123"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="123"/>
        <source>no target</source>
        <translation>inget mål</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="124"/>
        <source>Hours; “no target” plans the first follow-up for the next working day</source>
        <translation>Timmar; ”inget mål” planerar den första uppföljningen till nästa arbetsdag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="135"/>
        <source>When to stop and decide</source>
        <translation>När du ska sluta och bestämma dig</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="142"/>
        <source>Leadbook asks you to nurture the lead, mark it as a no, or keep going when either of these is reached.</source>
        <translation>Leadbook ber dig hålla prospektet varmt, markera det som nej eller fortsätta när något av dessa nås.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="147"/>
        <source>After &amp;unanswered attempts in a row</source>
        <translation>Efter &amp;obesvarade försök i rad</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="148"/>
        <source>Or after &amp;days without a reply</source>
        <translation>Eller efter &amp;dagar utan svar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="150"/>
        <source>Spacing</source>
        <translation>Avstånd</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="152"/>
        <source>no minimum</source>
        <translation>inget minimum</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="156"/>
        <source>Persistent, not a pest: after an unanswered attempt, wait this many working days before the next one.</source>
        <translation>Ihärdig, inte påträngande: efter ett obesvarat försök, vänta så här många arbetsdagar innan nästa.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="161"/>
        <source>&amp;Minimum gap (working days)</source>
        <translation>&amp;Minsta avstånd (arbetsdagar)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="163"/>
        <source>Reminders and defaults</source>
        <translation>Påminnelser och standardvärden</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="166"/>
        <source> min before</source>
        <translation> min före</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="166"/>
        <source>at the time itself</source>
        <translation>på utsatt tid</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="169"/>
        <source>&amp;Reminder for timed follow-ups</source>
        <translation>&amp;Påminnelse för uppföljningar med tid</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="173"/>
        <source>reminders for follow-ups without a time</source>
        <translation>påminnelser för uppföljningar utan tid</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="175"/>
        <source>&amp;Working day starts at</source>
        <translation>&amp;Arbetsdagen börjar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="176"/>
        <source> days later</source>
        <translation> dagar senare</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="179"/>
        <source>Channel of the next step</source>
        <translation>Nästa stegs kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="180"/>
        <source>by</source>
        <translation>via</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="181"/>
        <source>Default &amp;next step</source>
        <translation>Standard för &amp;nästa steg</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="182"/>
        <source>Play a &amp;sound when a reminder comes due</source>
        <translation>Spela upp ett &amp;ljud när en påminnelse infaller</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="191"/>
        <source>A demo book does not start at login</source>
        <translation>Ett demoregister startar inte vid inloggning</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="198"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="196"/>
        <source>applies from the next start</source>
        <translation>gäller från nästa start</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="185"/>
        <source>Start Leadbook when I log &amp;in (quietly, in the tray)</source>
        <translation>Starta Leadbook vid &amp;inloggning (tyst, i systemfältet)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="200"/>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="200"/>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="200"/>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="204"/>
        <source>on this computer</source>
        <translation>på den här datorn</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="206"/>
        <source>Lig&amp;ht or dark</source>
        <translation>L&amp;just eller mörkt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="233"/>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Uppföljningar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="234"/>
        <source>Revisits and &amp;calendar</source>
        <translation>Återkontakter och &amp;kalender</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="240"/>
        <source>Calendar s&amp;ync</source>
        <translation>Kalenders&amp;ynk</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="324"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="335"/>
        <source>Start at login not changed</source>
        <translation>Start vid inloggning ändrades inte</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/settings/dialog.py" line="336"/>
        <source>Leadbook could not change %1: %2</source>
        <translation>Leadbook kunde inte ändra %1: %2</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="46"/>
        <source>--setup needs --user NAME</source>
        <translation>--setup kräver --user NAMN</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="50"/>
        <source>no password given: write it to the input or set LEADBOOK_SYNC_PASSWORD</source>
        <translation>inget lösenord angivet: skriv det till indata eller ställ in LEADBOOK_SYNC_PASSWORD</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="62"/>
        <source>the server&apos;s certificate is signed by no authority this computer knows. Its fingerprint is %1. If it is the one your server shows, run this again with --trust-certificate %1</source>
        <translation>serverns certifikat är inte signerat av någon utfärdare som den här datorn känner till. Dess fingeravtryck är %1. Om det är det som din server visar, kör det här igen med --trust-certificate %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="81"/>
        <source>cannot keep the account: %1</source>
        <translation>kan inte spara kontot: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="85"/>
        <source>Calendar sync is on: %1 (%2)</source>
        <translation>Kalendersynken är på: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="100"/>
        <location filename="../../desktop/leadbook/sync/command.py" line="131"/>
        <source>no password: write it to the input or set LEADBOOK_SYNC_PASSWORD</source>
        <translation>inget lösenord: skriv det till indata eller ställ in LEADBOOK_SYNC_PASSWORD</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/command.py" line="114"/>
        <source>Calendar sync is off; %n event(s) taken off the calendar.</source>
        <translation>
            <numerusform>Kalendersynken är avstängd; %n händelse togs bort från kalendern.</numerusform>
            <numerusform>Kalendersynken är avstängd; %n händelser togs bort från kalendern.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="116"/>
        <source>Calendar sync is off; the calendar&apos;s events stay where they are.</source>
        <translation>Kalendersynken är avstängd; händelserna i kalendern ligger kvar där de är.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="127"/>
        <source>calendar sync is off for this book; turn it on with: leadbook sync --setup URL --user NAME</source>
        <translation>kalendersynken är avstängd för det här registret; slå på den med: leadbook sync --setup URL --user NAMN</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/command.py" line="145"/>
        <source>from the command line: %1</source>
        <translation>från kommandoraden: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="23"/>
        <source>Calendar sync: the server cannot be reached. Leadbook tries again by itself.</source>
        <translation>Kalendersynk: servern går inte att nå. Leadbook försöker igen av sig själv.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="24"/>
        <source>Calendar sync: the server did not answer in time. Leadbook tries again by itself.</source>
        <translation>Kalendersynk: servern svarade inte i tid. Leadbook försöker igen av sig själv.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="25"/>
        <source>Calendar sync: the server refused the user name or password. Enter them again in Settings ▸ Calendar sync.</source>
        <translation>Kalendersynk: servern godtog inte användarnamnet eller lösenordet. Ange dem igen i Inställningar ▸ Kalendersynk.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="27"/>
        <source>Calendar sync: the calendar may not be written. Choose another calendar in Settings ▸ Calendar sync.</source>
        <translation>Kalendersynk: kalendern får inte skrivas till. Välj en annan kalender i Inställningar ▸ Kalendersynk.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="29"/>
        <source>Calendar sync: the server has no room left. Make room there; Leadbook tries again.</source>
        <translation>Kalendersynk: servern har inget utrymme kvar. Frigör utrymme där; Leadbook försöker igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="30"/>
        <source>Calendar sync: the server had a problem. Leadbook tries again by itself.</source>
        <translation>Kalendersynk: servern hade ett problem. Leadbook försöker igen av sig själv.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="31"/>
        <source>Calendar sync: the server&apos;s certificate is not trusted. Check it in Settings ▸ Calendar sync.</source>
        <translation>Kalendersynk: serverns certifikat är inte betrott. Kontrollera det i Inställningar ▸ Kalendersynk.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="33"/>
        <source>Calendar sync: the calendar is no longer on the server. Choose one in Settings ▸ Calendar sync.</source>
        <translation>Kalendersynk: kalendern finns inte längre på servern. Välj en i Inställningar ▸ Kalendersynk.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="35"/>
        <source>Calendar sync: another Leadbook was writing to the book. Leadbook tries again by itself.</source>
        <translation>Kalendersynk: en annan Leadbook skrev i prospektregistret. Leadbook försöker igen av sig själv.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="42"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="43"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n ändrad</numerusform>
            <numerusform>%n ändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="44"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n borttagen</numerusform>
            <numerusform>%n borttagna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="47"/>
        <source>%n moved</source>
        <translation>
            <numerusform>%n flyttad</numerusform>
            <numerusform>%n flyttade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="48"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n inställd</numerusform>
            <numerusform>%n inställda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="49"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n klar</numerusform>
            <numerusform>%n klara</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="50"/>
        <source>%n changed on both sides</source>
        <translation>
            <numerusform>%n ändrad på båda håll</numerusform>
            <numerusform>%n ändrade på båda håll</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="53"/>
        <source>To the calendar: %1</source>
        <translation>Till kalendern: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="54"/>
        <source>From the calendar: %1</source>
        <translation>Från kalendern: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="64"/>
        <source>The calendar lacks %n event(s) Leadbook put there, too many to be deletions on your phone: no follow-up was cancelled, and they are sent again. To empty the calendar, turn sync off.</source>
        <translation>
            <numerusform>Kalendern saknar %n händelse som Leadbook lade dit, för många för att ha raderats i telefonen: ingen uppföljning ställdes in, och de skickas igen. Stäng av synken för att tömma kalendern.</numerusform>
            <numerusform>Kalendern saknar %n händelser som Leadbook lade dit, för många för att ha raderats i telefonen: ingen uppföljning ställdes in, och de skickas igen. Stäng av synken för att tömma kalendern.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="78"/>
        <source>Calendar in step</source>
        <translation>Kalendern är synkad</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="80"/>
        <source>Calendar synced: %1 sent, %2 back</source>
        <translation>Kalendern synkad: skickade %1, tillbaka %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/sync/words.py" line="81"/>
        <location filename="../../desktop/leadbook/sync/words.py" line="82"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="89"/>
        <source>Done on your phone: %1 · %2 — how did it go?</source>
        <translation>Klart i telefonen: %1 · %2 – hur gick det?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/sync/words.py" line="97"/>
        <source>This computer has no keyring, so the password was not stored. Leadbook asks for it once per session; leadbook sync reads it from LEADBOOK_SYNC_PASSWORD or its input.</source>
        <translation>Den här datorn har ingen nyckelring, så lösenordet sparades inte. Leadbook frågar efter det en gång per session; leadbook sync läser det från LEADBOOK_SYNC_PASSWORD eller sin indata.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="43"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="44"/>
        <source>Contacted</source>
        <translation>Kontaktad</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="45"/>
        <source>Qualified</source>
        <translation>Kvalificerad</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="46"/>
        <source>Proposal</source>
        <translation>Offert</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="47"/>
        <source>Negotiation</source>
        <translation>Förhandling</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="48"/>
        <location filename="../../desktop/leadbook/present/texts.py" line="100"/>
        <source>Won</source>
        <translation>Vunnen</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="49"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="50"/>
        <source>Nurture</source>
        <translation>Håll varm</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="56"/>
        <source>Web inquiry</source>
        <translation>Webbförfrågan</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="57"/>
        <location filename="../../desktop/leadbook/present/texts.py" line="70"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="58"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="59"/>
        <source>Referral</source>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="60"/>
        <source>Ad</source>
        <translation>Annons</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="61"/>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="62"/>
        <source>Cold</source>
        <translation>Kallkontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="63"/>
        <location filename="../../desktop/leadbook/present/texts.py" line="75"/>
        <location filename="../../desktop/leadbook/present/texts.py" line="87"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="69"/>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="71"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="72"/>
        <source>SMS</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="73"/>
        <source>Letter or card</source>
        <translation>Brev eller kort</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="74"/>
        <source>Social</source>
        <translation>Sociala medier</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="81"/>
        <source>Get a reply</source>
        <translation>Få svar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="82"/>
        <source>Book a meeting</source>
        <translation>Boka möte</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="83"/>
        <source>Answer their question</source>
        <translation>Svara på deras fråga</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="84"/>
        <source>Send a proposal</source>
        <translation>Skicka offert</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="85"/>
        <source>Get a signature</source>
        <translation>Få underskrift</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="86"/>
        <source>Get paid</source>
        <translation>Få betalt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="93"/>
        <source>Reached</source>
        <translation>Fick kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="94"/>
        <source>Left voicemail</source>
        <translation>Lämnade röstmeddelande</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="95"/>
        <source>No answer</source>
        <translation>Inget svar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="96"/>
        <source>Replied</source>
        <translation>Svarade</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="97"/>
        <source>Meeting booked</source>
        <translation>Möte bokat</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="98"/>
        <source>Goal reached</source>
        <translation>Målet nått</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="99"/>
        <source>Said no</source>
        <translation>Sa nej</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="106"/>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="107"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="108"/>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="119"/>
        <source>days</source>
        <translation>dagar</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="120"/>
        <source>weeks</source>
        <translation>veckor</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="121"/>
        <source>months</source>
        <translation>månader</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="128"/>
        <source>A lead needs a name.</source>
        <translation>Ett prospekt måste ha ett namn.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="129"/>
        <source>“%1” is not an e-mail address (name@example.com).</source>
        <translation>”%1” är inte en e-postadress (namn@exempel.se).</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="132"/>
        <source>“%1” is not a phone number: use digits, spaces, + - ( ).</source>
        <translation>”%1” är inte ett telefonnummer: använd siffror, mellanslag och + - ( ).</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="135"/>
        <source>The value must be a number, like 12500 or 12 500,50.</source>
        <translation>Värdet måste vara ett tal, t.ex. 12500 eller 12 500,50.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="138"/>
        <source>The value cannot be negative.</source>
        <translation>Värdet kan inte vara negativt.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="139"/>
        <source>Use a three-letter currency code, like EUR, SEK or USD.</source>
        <translation>Använd en valutakod på tre bokstäver, t.ex. SEK, EUR eller USD.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="142"/>
        <source>Give the interval as a number from 1 to 999 and a unit.</source>
        <translation>Ange intervallet som ett tal från 1 till 999 och en enhet.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="145"/>
        <source>“%1” is not a web address (example.com).</source>
        <translation>”%1” är inte en webbadress (exempel.se).</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="155"/>
        <source>The lead book %1 was saved by a newer version of Leadbook. Install the newer version to open it; this one will not touch it.</source>
        <translation>Prospektregistret %1 har sparats av en nyare version av Leadbook. Installera den nyare versionen för att öppna det; den här versionen rör det inte.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="160"/>
        <source>%1 is empty (0 bytes), so it is not a lead book. Leadbook leaves it as it is; choose a lead book file instead.</source>
        <translation>%1 är tom (0 byte), så det är inget prospektregister. Leadbook låter filen vara som den är; välj en registerfil i stället.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="165"/>
        <source>%1 is a database, but not a Leadbook lead book. Choose a lead book file instead.</source>
        <translation>%1 är en databas, men inte ett prospektregister från Leadbook. Välj en registerfil i stället.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="169"/>
        <source>%1 is not a lead book (it is not an SQLite database). Choose another file.</source>
        <translation>%1 är inte ett prospektregister (det är inte en SQLite-databas). Välj en annan fil.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="173"/>
        <source>SQLite found damage in the lead book %1, so nothing was saved. Leadbook sets it aside and offers the newest good backup.</source>
        <translation>SQLite hittade skador i prospektregistret %1, så inget sparades. Leadbook lägger det åt sidan och erbjuder den senaste felfria säkerhetskopian.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="178"/>
        <source>The lead book %1 is busy: another Leadbook or another program is writing to it and did not finish in time. Wait until it is done (or close it) and try again.</source>
        <translation>Prospektregistret %1 är upptaget: en annan Leadbook eller ett annat program skriver till det och hann inte bli klart. Vänta tills det är klart (eller stäng programmet) och försök igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="183"/>
        <source>Leadbook cannot write to %1: the file or its folder is read-only for you, so nothing was changed. Check that the file and its folder are writable.</source>
        <translation>Leadbook kan inte skriva till %1: filen eller dess mapp är skrivskyddad för dig, så ingenting ändrades. Kontrollera att filen och mappen är skrivbara.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="188"/>
        <source>Could not make the backup before importing: %1. Nothing was imported.</source>
        <translation>Säkerhetskopian före importen kunde inte göras: %1. Inget importerades.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="193"/>
        <source>Could not back up %1: %2</source>
        <translation>Kunde inte säkerhetskopiera %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="200"/>
        <source>This follow-up was just logged, cancelled or moved elsewhere (another Leadbook has %1 open), so nothing was changed here. Look at it again, then try once more.</source>
        <translation>Den här uppföljningen loggades, ställdes in eller flyttades nyss någon annanstans (ett annat Leadbook har %1 öppet), så inget ändrades här. Titta på den igen och försök sedan en gång till.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="215"/>
        <location filename="../../desktop/leadbook/present/texts.py" line="216"/>
        <source>you are not allowed to write there</source>
        <translation>du har inte behörighet att skriva där</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="217"/>
        <source>it is a file, not a folder</source>
        <translation>det är en fil, inte en mapp</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="218"/>
        <source>the disk is read-only</source>
        <translation>disken är skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="219"/>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="222"/>
        <source>Leadbook cannot use the folder %1 for its data, backups and log: %2. Make it a folder you can write to, or set LEADBOOK_HOME to one.</source>
        <translation>Leadbook kan inte använda mappen %1 för sina data, säkerhetskopior och logg: %2. Gör mappen skrivbar för dig, eller ställ in LEADBOOK_HOME på en mapp som du kan skriva till.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="237"/>
        <source>%1 is outside the dates Leadbook works with, %2 to %3.</source>
        <translation>%1 ligger utanför de datum som Leadbook hanterar, %2 till %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="196"/>
        <source>The disk holding %1 is full. Nothing was saved; free some space and try again.</source>
        <translation>Disken där %1 ligger är full. Inget sparades; frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="206"/>
        <source>The lead book %1 could not be opened: %2</source>
        <translation>Prospektregistret %1 kunde inte öppnas: %2</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="89"/>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="507"/>
        <source>Log…</source>
        <translation>Logga…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="507"/>
        <source>Log what happened (D)</source>
        <translation>Logga vad som hände (D)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="94"/>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="509"/>
        <source>Reschedule…</source>
        <translation>Boka om…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="509"/>
        <source>Move to another day, same time (R)</source>
        <translation>Flytta till en annan dag, samma tid (R)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="512"/>
        <source>Cancel follow-up</source>
        <translation>Ställ in uppföljning</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="515"/>
        <source>Cancel this follow-up; Undo brings it back (C)</source>
        <translation>Ställ in uppföljningen; Ångra tar tillbaka den (C)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="518"/>
        <source>Move to nurture</source>
        <translation>Håll varm</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="521"/>
        <source>Not ready: keep in touch slowly (N)</source>
        <translation>Inte redo: håll kontakten i lugn takt (N)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="524"/>
        <source>Mark no</source>
        <translation>Markera som nej</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="527"/>
        <source>A no for now: it comes back to revisit later (O)</source>
        <translation>Ett nej för nu: det kommer tillbaka för återkontakt senare (O)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="530"/>
        <source>Keep going</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="530"/>
        <source>Keep following up; the count starts again (K)</source>
        <translation>Fortsätt följa upp; räkningen börjar om (K)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/next_card.py" line="101"/>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="533"/>
        <source>Open lead</source>
        <translation>Öppna prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="533"/>
        <source>Open the lead (Enter)</source>
        <translation>Öppna prospektet (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="810"/>
        <source>%1  ·  %2 tomorrow</source>
        <translation>%1  ·  %2 imorgon</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="216"/>
        <source>Nothing else planned for today.</source>
        <translation>Inget mer planerat för idag.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="217"/>
        <source>Nothing planned for today.</source>
        <translation>Inget planerat för idag.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="220"/>
        <source>… and %1 more; the calendar and the lead list show them all</source>
        <translation>… och %1 till; kalendern och prospektlistan visar alla</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="347"/>
        <source>Role: %1</source>
        <translation>Roll: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="349"/>
        <source>Not the decision-maker</source>
        <translation>Inte beslutsfattare</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="351"/>
        <source>Best time: %1</source>
        <translation>Bästa tid: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="353"/>
        <location filename="../../desktop/leadbook/present/next_up_text.py" line="114"/>
        <source>Rapport: %1</source>
        <translation>Personligt: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="468"/>
        <source>Show these leads</source>
        <extracomment>The row chosen (and the scroll) when a first-screen read did not reach it: chosen again once the rest is read, so a refresh does not move the selection off a row further down.</extracomment>
        <translation>Visa dessa prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="477"/>
        <source>Today&apos;s agenda</source>
        <translation>Dagens schema</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="479"/>
        <source>Arrows move between follow-ups. D logs, R reschedules, C cancels, Enter opens the lead.</source>
        <translation>Piltangenterna flyttar mellan uppföljningar. D loggar, R bokar om, C ställer in, Enter öppnar prospektet.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="931"/>
        <source>N nurture  ·  O no  ·  K keep going  ·  Enter open</source>
        <translation>N håll varm  ·  O nej  ·  K fortsätt  ·  Enter öppna</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="933"/>
        <source>D log  ·  R reschedule  ·  C cancel  ·  Enter open</source>
        <translation>D logga  ·  R boka om  ·  C ställ in  ·  Enter öppna</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="971"/>
        <source>Reschedule</source>
        <translation>Boka om</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="972"/>
        <source>+1 day</source>
        <translation>+1 dag</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="972"/>
        <source>+1 week</source>
        <translation>+1 vecka</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="977"/>
        <source>Pick a date…</source>
        <translation>Välj datum…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="1018"/>
        <source>Cancelled the follow-up with %1.</source>
        <translation>Uppföljningen med %1 är inställd.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="1028"/>
        <source>Marked %1 as no.</source>
        <translation>%1 markerad som nej.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="1031"/>
        <source>Moved %1 to nurture.</source>
        <translation>%1 flyttad till Håll varm.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/view.py" line="1039"/>
        <source>Keeping on with %1; the count starts again.</source>
        <translation>Fortsätter med %1; räkningen börjar om.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="139"/>
        <source>%n reminder(s) is/are due or still to come today. This desktop has no tray, so Leadbook cannot remind you once it is closed.</source>
        <translation>
            <numerusform>%n påminnelse är aktuell eller kommer senare idag. Skrivbordet har inget systemfält, så Leadbook kan inte påminna dig när programmet är stängt.</numerusform>
            <numerusform>%n påminnelser är aktuella eller kommer senare idag. Skrivbordet har inget systemfält, så Leadbook kan inte påminna dig när programmet är stängt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="146"/>
        <source>Quit Leadbook?</source>
        <translation>Avsluta Leadbook?</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="151"/>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Avsluta ändå</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="152"/>
        <source>&amp;Keep Leadbook open</source>
        <translation>&amp;Behåll Leadbook öppet</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="387"/>
        <source>Reminder: %1</source>
        <translation>Påminnelse: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="388"/>
        <source>%1 — due %2</source>
        <translation>%1 – planerad till %2</translation>
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
            <numerusform>%n påminnelse</numerusform>
            <numerusform>%n påminnelser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="319"/>
        <source>Re&amp;sume reminders (paused until %1)</source>
        <translation>&amp;Återuppta påminnelser (pausade till %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="330"/>
        <source>Leadbook — %n thing(s) to do today</source>
        <translation>
            <numerusform>Leadbook – %n sak att göra idag</numerusform>
            <numerusform>Leadbook – %n saker att göra idag</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="332"/>
        <source>Reminders paused until %1</source>
        <translation>Påminnelser pausade till %1</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="373"/>
        <source>Leadbook keeps running</source>
        <translation>Leadbook fortsätter att köra</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/reminders/tray.py" line="375"/>
        <source>Leadbook is still running in the system tray, so your reminders keep coming.

To open it again, click its icon in the tray. To quit, choose Quit in the tray icon&apos;s menu or File ▸ Quit.</source>
        <translation>Leadbook körs fortfarande i systemfältet, så dina påminnelser fortsätter att komma.

Öppna programmet igen genom att klicka på ikonen i systemfältet. Avsluta genom att välja Avsluta i ikonens meny eller Arkiv ▸ Avsluta.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <location filename="../../desktop/leadbook/present/texts.py" line="253"/>
        <source>Delete %n lead(s)</source>
        <translation>
            <numerusform>Ta bort %n prospekt</numerusform>
            <numerusform>Ta bort %n prospekt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="255"/>
        <source>Add lead</source>
        <translation>Lägg till prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="256"/>
        <source>Add leads</source>
        <translation>Lägg till prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="257"/>
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="258"/>
        <source>Apply cadence</source>
        <translation>Använd sekvens</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="259"/>
        <source>Cancel follow-up</source>
        <translation>Ställ in uppföljning</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="260"/>
        <source>Change stage</source>
        <translation>Byt fas</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="253"/>
        <source>Delete lead</source>
        <translation>Ta bort prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="261"/>
        <source>Do not contact</source>
        <translation>Kontakta inte</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="262"/>
        <source>Edit follow-up</source>
        <translation>Redigera uppföljning</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="263"/>
        <source>Edit lead</source>
        <translation>Redigera prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="264"/>
        <source>Even out</source>
        <translation>Jämna ut</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="265"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="266"/>
        <source>Keep going</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="267"/>
        <source>Log follow-up</source>
        <translation>Logga uppföljning</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="268"/>
        <source>Merge leads</source>
        <translation>Slå ihop prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="269"/>
        <source>Move follow-up</source>
        <translation>Flytta uppföljning</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="270"/>
        <source>New contact person</source>
        <translation>Ny kontaktperson</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="271"/>
        <source>Plan follow-up</source>
        <translation>Planera uppföljning</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="272"/>
        <source>Plan nurture touches</source>
        <translation>Planera lugna kontakter</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="273"/>
        <source>Reopen lead</source>
        <translation>Återöppna prospekt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="274"/>
        <source>Said no</source>
        <translation>Sa nej</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/present/texts.py" line="275"/>
        <source>Still not now</source>
        <translation>Fortfarande inte nu</translation>
    </message>
</context>
<context>
    <name>UndoMessage</name>
    <message>
        <location filename="../../desktop/leadbook/gui/main_window.py" line="124"/>
        <source>Undo</source>
        <extracomment>The icon of each action of the menus and the toolbar (Lucide names), by the window&apos;s attribute.</extracomment>
        <translation>Ångra</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../desktop/leadbook/gui/calendar/view.py" line="424"/>
        <source>d MMM</source>
        <comment>the date under each day of the week view</comment>
        <extracomment>A QDate format: d = day, M = month number, MMM = short month name; put other Latin letters in single quotes. Chinese: &quot;M月d日&quot;.</extracomment>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../desktop/leadbook/gui/today/welcome.py" line="21"/>
        <source>Your lead book is empty</source>
        <translation>Ditt register är tomt</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/welcome.py" line="28"/>
        <source>Leadbook keeps your prospects on this computer and makes sure none is forgotten: every lead gets a dated next step, Today lists what is due, and a “no” comes back later to be asked again. Begin with one lead, or bring in the contacts you already have.</source>
        <translation>Leadbook håller dina prospekt på den här datorn och ser till att inget glöms bort: varje prospekt får ett daterat nästa steg, Idag visar vad som ska göras, och ett ”nej” kommer tillbaka senare för återkontakt. Börja med ett prospekt, eller ta in de kontakter du redan har.</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/welcome.py" line="34"/>
        <source>&amp;Add your first lead…</source>
        <translation>&amp;Lägg till ditt första prospekt…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/welcome.py" line="38"/>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importera kontakter…</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/welcome.py" line="40"/>
        <source>A CSV file (Google, Outlook, LinkedIn or any other) or vCards</source>
        <translation>En CSV-fil (Google, Outlook, LinkedIn eller någon annan) eller vCards</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/welcome.py" line="42"/>
        <source>&amp;Look around a demo book first</source>
        <translation>Se ett &amp;demoregister först</translation>
    </message>
    <message>
        <location filename="../../desktop/leadbook/gui/today/welcome.py" line="52"/>
        <source>Opens a made-up lead book in a second window; yours is not touched</source>
        <translation>Öppnar ett påhittat register i ett andra fönster; ditt rörs inte</translation>
    </message>
</context>
</TS>
