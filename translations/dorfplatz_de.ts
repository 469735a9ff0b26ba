<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>No printer is set up on this kiosk. Save the document on a USB stick and print it elsewhere.</source>
        <translation>An diesem Kiosk ist kein Drucker eingerichtet. Speichern Sie das Dokument auf einem USB-Stick und drucken Sie es woanders.</translation>
    </message>
    <message>
        <source>The document “%1” cannot be read any more. Make it again.</source>
        <translation>Das Dokument „%1“ lässt sich nicht mehr lesen. Bitte neu erstellen.</translation>
    </message>
    <message>
        <source>The printer “%1” does not answer. Is it switched on?</source>
        <translation>Der Drucker „%1“ antwortet nicht. Ist er eingeschaltet?</translation>
    </message>
    <message>
        <source>Page %1 of “%2” cannot be printed.</source>
        <translation>Seite %1 von „%2“ lässt sich nicht drucken.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::AccountEditorScreen</name>
    <message>
        <source>Care and social service</source>
        <translation>Pflege und Sozialer Dienst</translation>
    </message>
    <message>
        <source>Digital guide</source>
        <translation>Digitallotse</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>First start: the management&apos;s account</source>
        <translation>Erster Start: das Konto der Leitung</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Your name, as your colleagues know it:</source>
        <translation>Ihr Name, wie die Kolleginnen und Kollegen Sie kennen:</translation>
    </message>
    <message>
        <source>What does %1 do here?</source>
        <translation>Was macht %1 hier?</translation>
    </message>
    <message>
        <source>Choose a PIN of at least %1 digits for %2.</source>
        <translation>Wählen Sie eine PIN mit mindestens %1 Ziffern für %2.</translation>
    </message>
    <message>
        <source>Please enter the same PIN once more.</source>
        <translation>Bitte geben Sie dieselbe PIN noch einmal ein.</translation>
    </message>
    <message>
        <source>Please enter a name first.</source>
        <translation>Bitte geben Sie zuerst einen Namen ein.</translation>
    </message>
    <message>
        <source>The two PINs were not the same. Please choose the PIN again.</source>
        <translation>Die beiden PINs waren nicht gleich. Bitte wählen Sie die PIN noch einmal.</translation>
    </message>
    <message>
        <source>There is already an account named %1. Please add something, for example the first letter of the surname.</source>
        <translation>Es gibt schon ein Konto mit dem Namen %1. Bitte ergänzen Sie etwas, zum Beispiel den ersten Buchstaben des Nachnamens.</translation>
    </message>
    <message>
        <source>The account could not be saved (%1). Nothing was changed.</source>
        <translation>Das Konto konnte nicht gespeichert werden (%1). Es wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::AddAccountCommand</name>
    <message>
        <source>Unknown role &quot;%1&quot;: lead (Leitung), care (Pflege, Sozialer Dienst) or guide (Digitallotse).</source>
        <translation>Unbekannte Rolle „%1“: lead (Leitung), care (Pflege, Sozialer Dienst) oder guide (Digitallotse).</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>Das Konto braucht einen Namen.</translation>
    </message>
    <message>
        <source>PIN for %1 (at least %2 digits): </source>
        <translation>PIN für %1 (mindestens %2 Ziffern): </translation>
    </message>
    <message>
        <source>The PIN must have at least %1 digits and nothing else. Nothing was saved.</source>
        <translation>Die PIN muss mindestens %1 Ziffern haben, und nur Ziffern. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>Noch einmal dieselbe PIN: </translation>
    </message>
    <message>
        <source>The two PINs differ. Nothing was saved.</source>
        <translation>Die beiden PINs sind verschieden. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The database in %1 cannot be used (%2). Nothing was saved.</source>
        <translation>Die Datenbank in %1 kann nicht benutzt werden (%2). Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;. Nothing was saved.</source>
        <translation>Es gibt schon ein Konto „%1“. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The account could not be saved (%1). Is the disk full?</source>
        <translation>Das Konto konnte nicht gespeichert werden (%1). Ist die Festplatte voll?</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; (%2) saved in %3.</source>
        <translation>Konto „%1“ (%2) gespeichert: %3</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::AnnouncementScreen</name>
    <message>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::AppearanceScreen</name>
    <message>
        <source>Appearance</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>Name of the home</source>
        <translation>Name des Hauses</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Back to the start after</source>
        <translation>Zurück zur Startseite nach</translation>
    </message>
    <message>
        <source>Night from</source>
        <translation>Nachtruhe ab</translation>
    </message>
    <message>
        <source>Night until</source>
        <translation>Nachtruhe bis</translation>
    </message>
    <message>
        <source>Quietest</source>
        <translation>Am leisesten</translation>
    </message>
    <message>
        <source>Loudest</source>
        <translation>Am lautesten</translation>
    </message>
    <message>
        <source>Tap sound</source>
        <translation>Tippgeräusch</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>The name shown at the top right, for example “Haus Sonnenhang”. Empty: no name.</source>
        <translation>Der Name oben rechts, zum Beispiel „Haus Sonnenhang“. Leer: kein Name.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>high contrast</source>
        <translation>hoher Kontrast</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) without a touch</source>
        <translation>
            <numerusform>%n Minute ohne Berührung</numerusform>
            <numerusform>%n Minuten ohne Berührung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) without a touch</source>
        <translation>
            <numerusform>%n Sekunde ohne Berührung</numerusform>
            <numerusform>%n Sekunden ohne Berührung</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Ansagen</translation>
    </message>
    <message>
        <source>Speaking speed</source>
        <translation>Sprechtempo</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::AuditLogScreen</name>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>The log cannot be read just now (%1). Please try again later.</source>
        <extracomment>The audit log cannot be read: &quot;Das Protokoll kann gerade nicht gelesen werden (database is locked). Bitte versuchen Sie es später noch einmal.&quot;</extracomment>
        <translation>Das Protokoll kann gerade nicht gelesen werden (%1). Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>Nothing has been changed in staff mode yet.</source>
        <translation>Im Mitarbeiterbereich wurde noch nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), newest first.</source>
        <extracomment>Above the audit log: &quot;25 Einträge, die neuesten zuerst.&quot;</extracomment>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge, die neuesten zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dorfplatz::AuditLogText</name>
    <message>
        <source>&quot;%1&quot;</source>
        <extracomment>Quotation marks around a name or text: „%1“</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>A text that is empty, e.g. no note: &quot;(keine)&quot;</extracomment>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>care</source>
        <extracomment>A role, in brackets after a name: &quot;Pflege&quot;</extracomment>
        <translation>Pflege</translation>
    </message>
    <message>
        <source>digital guide</source>
        <extracomment>A role, in brackets after a name: &quot;Digitallotse&quot;</extracomment>
        <translation>Digitallotse</translation>
    </message>
    <message>
        <source>management</source>
        <extracomment>A role, in brackets after a name: &quot;Leitung&quot;</extracomment>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>once</source>
        <extracomment>A session that does not repeat: &quot;einmalig&quot;</extracomment>
        <translation>einmalig</translation>
    </message>
    <message>
        <source>%1, every %2 weeks</source>
        <extracomment>Days of a session every few weeks: &quot;Mo., Do., alle 2 Wochen&quot;</extracomment>
        <translation>%1, alle %2 Wochen</translation>
    </message>
    <message>
        <source>announcement only</source>
        <translation>nur Ankündigung</translation>
    </message>
    <message>
        <source>&quot;What&apos;s on?&quot;</source>
        <translation>„Was ist los?“</translation>
    </message>
    <message>
        <source>stream or video %1</source>
        <extracomment>What a session shows: &quot;Sender oder Video „tagesschau“&quot; (its id in the configuration)</extracomment>
        <translation>Sender oder Video %1</translation>
    </message>
    <message>
        <source>video call with %1</source>
        <extracomment>What a session shows: &quot;Videoanruf mit „familie-weber“&quot; (the contact&apos;s id)</extracomment>
        <translation>Videoanruf mit %1</translation>
    </message>
    <message>
        <source>Title: %1 → %2</source>
        <translation>Titel: %1 → %2</translation>
    </message>
    <message>
        <source>Start: %1 → %2</source>
        <extracomment>A change in the log: &quot;Beginn: 10:00 → 10:30 Uhr&quot;</extracomment>
        <translation>Beginn: %1 → %2 Uhr</translation>
    </message>
    <message>
        <source>Duration: %1 → %2 minutes</source>
        <extracomment>A change in the log: &quot;Dauer: 45 → 60 Minuten&quot;</extracomment>
        <translation>Dauer: %1 → %2 Minuten</translation>
    </message>
    <message>
        <source>Repeats: %1 → %2</source>
        <extracomment>A change in the log: &quot;Wiederholung: Di. → Di., Do.&quot;</extracomment>
        <translation>Wiederholung: %1 → %2</translation>
    </message>
    <message>
        <source>Shows: %1 → %2</source>
        <extracomment>A change in the log: &quot;Inhalt: nur Ankündigung → „Was ist los?“&quot;</extracomment>
        <translation>Inhalt: %1 → %2</translation>
    </message>
    <message>
        <source>Room volume: %1 % → %2 %</source>
        <extracomment>A change in the log: &quot;Lautstärke im Raum: 60 % → 80 %&quot;</extracomment>
        <translation>Lautstärke im Raum: %1 % → %2 %</translation>
    </message>
    <message>
        <source>by itself</source>
        <extracomment>How a session starts: &quot;von selbst&quot; or &quot;nur mit Erinnerung&quot;</extracomment>
        <translation>von selbst</translation>
    </message>
    <message>
        <source>only a reminder</source>
        <translation>nur mit Erinnerung</translation>
    </message>
    <message>
        <source>How it starts: %1 → %2</source>
        <extracomment>A change in the log: &quot;Start: von selbst → nur mit Erinnerung&quot;</extracomment>
        <translation>Start: %1 → %2</translation>
    </message>
    <message>
        <source>Note: %1 → %2</source>
        <translation>Notiz: %1 → %2</translation>
    </message>
    <message>
        <source>Cancelled on: %1 → %2</source>
        <extracomment>A change in the log: &quot;Fällt aus am: (keine) → 8.12.&quot;</extracomment>
        <translation>Fällt aus am: %1 → %2</translation>
    </message>
    <message>
        <source>Moved dates changed</source>
        <extracomment>A change in the log, without the details: &quot;Verlegte Termine geändert&quot;</extracomment>
        <translation>Verlegte Termine geändert</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>A change of a field the kiosk has no words for: &quot;volume2: 1 → 2&quot;</extracomment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Name: %1 → %2</source>
        <translation>Name: %1 → %2</translation>
    </message>
    <message>
        <source>Role: %1 → %2</source>
        <extracomment>A change in the log: &quot;Aufgabe: Pflege → Leitung&quot;</extracomment>
        <translation>Aufgabe: %1 → %2</translation>
    </message>
    <message>
        <source>today, %1</source>
        <extracomment>When something happened: &quot;heute, 10:03 Uhr&quot;</extracomment>
        <translation>heute, %1 Uhr</translation>
    </message>
    <message>
        <source>yesterday, %1</source>
        <extracomment>When something happened: &quot;gestern, 10:03 Uhr&quot;</extracomment>
        <translation>gestern, %1 Uhr</translation>
    </message>
    <message>
        <source>Someone</source>
        <extracomment>Who did something, when the log has no name for it: &quot;Jemand&quot;</extracomment>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1 created %2.</source>
        <extracomment>In the log: &quot;Anna Weber hat „Sitzgymnastik“ angelegt.&quot;</extracomment>
        <translation>%1 hat %2 angelegt.</translation>
    </message>
    <message>
        <source>%1 changed %2:</source>
        <extracomment>In the log, followed by the changes: &quot;Anna Weber hat „Sitzgymnastik“ geändert:&quot;</extracomment>
        <translation>%1 hat %2 geändert:</translation>
    </message>
    <message>
        <source>%1 saved %2 without changes.</source>
        <extracomment>In the log: &quot;Anna Weber hat „Sitzgymnastik“ ohne Änderung gespeichert.&quot;</extracomment>
        <translation>%1 hat %2 ohne Änderung gespeichert.</translation>
    </message>
    <message>
        <source>%1 cancelled %2 on %3</source>
        <extracomment>In the log (the date ends in a full stop already in English): &quot;Anna Weber hat „Sitzgymnastik“ am 8.12. ausfallen lassen.&quot;</extracomment>
        <translation>%1 hat %2 am %3 ausfallen lassen.</translation>
    </message>
    <message>
        <source>%1 deleted %2.</source>
        <extracomment>In the log: &quot;Anna Weber hat „Sitzgymnastik“ gelöscht.&quot;</extracomment>
        <translation>%1 hat %2 gelöscht.</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <extracomment>In the log, an action the kiosk has no words for: &quot;Anna Weber: „archive“ – „Sitzgymnastik“&quot;</extracomment>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>%1 created the account %2 (%3).</source>
        <extracomment>In the log: &quot;Frau Berg hat das Konto „Anna Weber“ (Pflege) angelegt.&quot;</extracomment>
        <translation>%1 hat das Konto %2 (%3) angelegt.</translation>
    </message>
    <message>
        <source>%1 changed the account %2:</source>
        <extracomment>In the log, followed by the changes: &quot;Frau Berg hat das Konto „Anna Weber“ geändert:&quot;</extracomment>
        <translation>%1 hat das Konto %2 geändert:</translation>
    </message>
    <message>
        <source>%1 saved the account %2 without changes.</source>
        <extracomment>In the log: &quot;Frau Berg hat das Konto „Anna Weber“ ohne Änderung gespeichert.&quot;</extracomment>
        <translation>%1 hat das Konto %2 ohne Änderung gespeichert.</translation>
    </message>
    <message>
        <source>%1 deleted the account %2 (%3).</source>
        <extracomment>In the log: &quot;Frau Berg hat das Konto „Anna Weber“ (Pflege) gelöscht.&quot;</extracomment>
        <translation>%1 hat das Konto %2 (%3) gelöscht.</translation>
    </message>
    <message>
        <source>%1: %2 – account %3</source>
        <extracomment>In the log, an action the kiosk has no words for: &quot;Frau Berg: „lock“ – Konto „Anna Weber“&quot;</extracomment>
        <translation>%1: %2 – Konto %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date, time</comment>
        <extracomment>When something happened, a date and a time: &quot;Sonntag, 6.12., 10:03 Uhr&quot;</extracomment>
        <translation>%1, %2 Uhr</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <extracomment>The end of a repeating session: &quot;Di., bis 22.12.2026&quot;</extracomment>
        <translation>%1, bis %2</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::BackupScreen</name>
    <message>
        <source>Save and load</source>
        <translation>Sichern und Laden</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Save the settings in use on a USB stick, to carry them to another home:</source>
        <translation>Die Einstellungen in Gebrauch auf einem USB-Stick sichern, um sie in ein anderes Haus mitzunehmen:</translation>
    </message>
    <message>
        <source>Load settings from a USB stick:</source>
        <translation>Einstellungen von einem USB-Stick laden:</translation>
    </message>
    <message>
        <source>Save on “%1”</source>
        <translation>Auf „%1“ sichern</translation>
    </message>
    <message>
        <source>Load from “%1”</source>
        <translation>Von „%1“ laden</translation>
    </message>
    <message>
        <source>The stick “%1” was taken out.</source>
        <translation>Der Stick „%1“ wurde herausgezogen.</translation>
    </message>
    <message>
        <source>Plug in a USB stick: the settings in use can be saved on it, or settings saved in another home loaded from it.</source>
        <translation>Stecken Sie einen USB-Stick ein: Die Einstellungen in Gebrauch lassen sich darauf sichern, oder Einstellungen aus einem anderen Haus davon laden.</translation>
    </message>
    <message>
        <source>There are no settings in use that could be saved.</source>
        <translation>Es gibt keine Einstellungen in Gebrauch, die sich sichern ließen.</translation>
    </message>
    <message>
        <source>The settings are saved on the stick “%1” as “%2”.</source>
        <translation>Die Einstellungen sind auf dem Stick „%1“ gesichert, als „%2“.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>There are no saved settings (files ending in .tar.gz) on the stick “%1”.</source>
        <translation>Auf dem Stick „%1“ sind keine gesicherten Einstellungen (Dateien mit der Endung .tar.gz).</translation>
    </message>
    <message>
        <source>Saved settings on the stick “%1”, the newest first. Nothing changes before “Apply”.</source>
        <translation>Gesicherte Einstellungen auf dem Stick „%1“, die neuesten zuerst. Vor „Übernehmen“ ändert sich nichts.</translation>
    </message>
    <message>
        <source>“%1” cannot be loaded.</source>
        <translation>„%1“ lässt sich nicht laden.</translation>
    </message>
    <message numerus="yes">
        <source>The settings in “%1” have %n problem(s) and cannot be loaded.</source>
        <translation>
            <numerusform>Die Einstellungen in „%1“ haben %n Fehler und lassen sich nicht laden.</numerusform>
            <numerusform>Die Einstellungen in „%1“ haben %n Fehler und lassen sich nicht laden.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” holds the same settings as the ones in use.</source>
        <translation>„%1“ enthält dieselben Einstellungen wie die in Gebrauch.</translation>
    </message>
    <message>
        <source>“%1” is in order. “Apply” would change this:</source>
        <translation>„%1“ ist in Ordnung. „Übernehmen“ würde dies ändern:</translation>
    </message>
    <message>
        <source>Really apply?</source>
        <translation>Wirklich übernehmen?</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <extracomment>The summary of a version loaded from a stick: &quot;Aus dorfplatz-haus-b-2026-12-08.tar.gz: Kachel „SWR4“ hinzugefügt&quot;</extracomment>
        <translation>Aus %1: %2</translation>
    </message>
    <message>
        <source>“%1” could not be loaded (%2). Nothing was changed.</source>
        <translation>„%1“ ließ sich nicht laden (%2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The settings in “%1” cannot be loaded. Nothing was changed.</source>
        <translation>Die Einstellungen in „%1“ lassen sich nicht laden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The settings from “%1” are version %2 now.</source>
        <translation>Die Einstellungen aus „%1“ sind jetzt Fassung %2.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::BigButton</name>
    <message>
        <source>Home</source>
        <extracomment>The way back to the tiles, on the header and on screens that have their own: &quot;Startseite&quot;</extracomment>
        <translation>Startseite</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::CalendarEditorScreen</name>
    <message>
        <source>New calendar</source>
        <translation>Neuer Kalender</translation>
    </message>
    <message>
        <source>Change calendar</source>
        <translation>Kalender ändern</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove the last</source>
        <translation>Letzten entfernen</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Cancelled events</source>
        <translation>Abgesagte Veranstaltungen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Test now</source>
        <translation>Jetzt testen</translation>
    </message>
    <message>
        <source>The calendar&apos;s name, for the guides and the staff:</source>
        <translation>Der Name des Kalenders, für die Lotsen und das Personal:</translation>
    </message>
    <message>
        <source>The address of the calendar, as its publisher gives it (https://… or webcal://…, often ending in .ics):</source>
        <translation>Die Adresse des Kalenders, wie der Herausgeber sie angibt (https://… oder webcal://…, oft mit .ics am Ende):</translation>
    </message>
    <message>
        <source>Where the events come from, shown under them (e.g. &quot;Daten: Kreisverwaltung Kusel&quot;; empty: nothing):</source>
        <translation>Woher die Veranstaltungen kommen, steht unter ihnen (etwa „Daten: Kreisverwaltung Kusel“; leer: nichts):</translation>
    </message>
    <message>
        <source>Keep only events whose place contains this word (e.g. a village&apos;s name):</source>
        <translation>Nur Veranstaltungen behalten, deren Ort dieses Wort enthält (etwa den Namen eines Dorfes):</translation>
    </message>
    <message>
        <source>Keep only events of this category (as the calendar names it):</source>
        <translation>Nur Veranstaltungen dieser Kategorie behalten (wie der Kalender sie nennt):</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>shown, marked</source>
        <translation>gezeigt, gekennzeichnet</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>weggelassen</translation>
    </message>
    <message>
        <source>Enter the address first.</source>
        <translation>Bitte zuerst die Adresse eingeben.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Testing …</source>
        <translation>Wird getestet …</translation>
    </message>
    <message>
        <source>The calendar can be read, but it has no events in the coming weeks.</source>
        <translation>Der Kalender lässt sich lesen, hat aber keine Veranstaltungen in den nächsten Wochen.</translation>
    </message>
    <message>
        <source>Perhaps the places or categories leave them all out.</source>
        <translation>Vielleicht lassen die Orte oder Kategorien alle weg.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n event(s), none of them still to come.</source>
        <translation>
            <numerusform>%n Veranstaltung gefunden, keine steht noch bevor.</numerusform>
            <numerusform>%n Veranstaltungen gefunden, keine steht noch bevor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n event(s). The next:</source>
        <translation>
            <numerusform>%n Veranstaltung gefunden. Die nächste:</numerusform>
            <numerusform>%n Veranstaltungen gefunden. Die nächsten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken entry(s) in the calendar left out.</source>
        <translation>
            <numerusform>%n fehlerhafter Eintrag im Kalender weggelassen.</numerusform>
            <numerusform>%n fehlerhafte Einträge im Kalender weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>It does not work: %1</source>
        <translation>Es geht nicht: %1</translation>
    </message>
    <message>
        <source>The test could not be done: %1</source>
        <translation>Der Test ließ sich nicht machen: %1</translation>
    </message>
    <message>
        <source>It does not work: the calendar stopped the test program. It is probably broken.</source>
        <translation>Es geht nicht: Der Kalender hat das Testprogramm angehalten. Er ist wohl fehlerhaft.</translation>
    </message>
    <message numerus="yes">
        <source>It does not work: no answer within %n second(s).</source>
        <translation>
            <numerusform>Es geht nicht: keine Antwort innerhalb von %n Sekunde.</numerusform>
            <numerusform>Es geht nicht: keine Antwort innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The test could not be started. Please tell whoever set up the kiosk.</source>
        <translation>Der Test ließ sich nicht starten. Bitte sagen Sie es der Person, die den Kiosk eingerichtet hat.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The calendar is larger than the kiosk allows.</source>
        <translation>Der Kalender ist größer, als der Kiosk erlaubt.</translation>
    </message>
    <message>
        <source>The address forwards too often.</source>
        <translation>Die Adresse leitet zu oft weiter.</translation>
    </message>
    <message>
        <source>There is no calendar at this address (error 404).</source>
        <translation>Unter dieser Adresse ist kein Kalender (Fehler 404).</translation>
    </message>
    <message>
        <source>The server answered with error %1.</source>
        <translation>Der Server hat mit Fehler %1 geantwortet.</translation>
    </message>
    <message>
        <source>No connection to the server (%1).</source>
        <translation>Keine Verbindung zum Server (%1).</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Die Datei lässt sich nicht lesen (%1).</translation>
    </message>
    <message>
        <source>This is not a calendar the kiosk can read (%1).</source>
        <translation>Das ist kein Kalender, den der Kiosk lesen kann (%1).</translation>
    </message>
    <message>
        <source>The events cannot be stored (%1).</source>
        <translation>Die Veranstaltungen lassen sich nicht speichern (%1).</translation>
    </message>
    <message>
        <source>The calendar could not be loaded (%1).</source>
        <translation>Der Kalender konnte nicht geladen werden (%1).</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>• %1, %2 – %3</source>
        <extracomment>One of the next events a test found: &quot;• Sa. 14.03.26, 19:30 – Kirchweih&quot;</extracomment>
        <translation>• %1, %2 – %3</translation>
    </message>
    <message>
        <source>The calendar needs a name.</source>
        <translation>Der Kalender braucht einen Namen.</translation>
    </message>
    <message>
        <source>The calendar needs an address.</source>
        <translation>Der Kalender braucht eine Adresse.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::CallPolicy</name>
    <message>
        <source>contacts.json: contacts[%1]: &quot;ring&quot; needs &quot;jwt&quot; or &quot;roomPassword&quot;, a secret only the family has; until then this contact does not ring and is never answered by itself</source>
        <translation>contacts.json: contacts[%1]: „ring“ braucht „jwt“ oder „roomPassword“, ein Geheimnis, das nur die Familie kennt; bis dahin klingelt dieser Kontakt nicht und wird nie von selbst angenommen</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::CallScreen</name>
    <message>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>The connection to %1 is not working right now. Please try again later.</source>
        <translation>Die Verbindung zu %1 klappt gerade nicht. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>%1 is not there right now. Please try again later.</source>
        <translation>%1 ist gerade nicht da. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>In a moment you will be back on the home screen.</source>
        <translation>Gleich kommen Sie zurück zur Startseite.</translation>
    </message>
    <message>
        <source>The camera and the microphone are not working right now. %1 can neither see nor hear you.</source>
        <translation>Kamera und Mikrofon funktionieren gerade nicht. %1 kann Sie nicht sehen und nicht hören.</translation>
    </message>
    <message>
        <source>The camera is not working right now. %1 can hear you, but cannot see you.</source>
        <translation>Die Kamera funktioniert gerade nicht. %1 kann Sie hören, aber nicht sehen.</translation>
    </message>
    <message>
        <source>The microphone is not working right now. %1 can see you, but cannot hear you.</source>
        <translation>Das Mikrofon funktioniert gerade nicht. %1 kann Sie sehen, aber nicht hören.</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>%1 is not here yet. Please wait a moment.</source>
        <translation>%1 ist noch nicht da. Bitte warten Sie einen Moment.</translation>
    </message>
    <message>
        <source>Turn camera on</source>
        <translation>Kamera einschalten</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>Kamera an</translation>
    </message>
    <message numerus="yes">
        <source>The call has lasted %n minutes and has now ended. You can call %1 again at any time.</source>
        <translation>
            <numerusform>Das Gespräch hat %n Minute gedauert und ist jetzt zu Ende. Sie können %1 jederzeit wieder anrufen.</numerusform>
            <numerusform>Das Gespräch hat %n Minuten gedauert und ist jetzt zu Ende. Sie können %1 jederzeit wieder anrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The call will end in one minute.</source>
        <translation>Das Gespräch endet in einer Minute.</translation>
    </message>
    <message>
        <source>You are talking to %1.</source>
        <extracomment>Read aloud during a call with the other person there: &quot;Sie sprechen mit %1.&quot;</extracomment>
        <translation>Sie sprechen mit %1.</translation>
    </message>
    <message>
        <source>%1 will let you in in a moment …</source>
        <extracomment>The room has a lobby: &quot;Anna lässt Sie gleich herein …&quot;</extracomment>
        <translation>%1 lässt Sie gleich herein …</translation>
    </message>
    <message>
        <source>%1&apos;s camera is off.</source>
        <extracomment>The other side switched their camera off: &quot;Die Kamera von Anna ist aus.&quot;</extracomment>
        <translation>Die Kamera von %1 ist aus.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::ClockLabel</name>
    <message>
        <source>dddd, d MMMM</source>
        <extracomment>Date format of the header clock (QDate format codes): &quot;Freitag, 27. November&quot;</extracomment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>ddd, d MMM</source>
        <extracomment>Short date format of the header clock, for small screens: &quot;Fr., 27. Nov.&quot;</extracomment>
        <translation>ddd, d. MMM</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::CommandLine</name>
    <message>
        <source>Dorfplatz: a touch kiosk for the multimedia room of a care home.</source>
        <translation>Dorfplatz: ein Touch-Kiosk für den Multimediaraum eines Pflegeheims.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe zeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version zeigen und beenden.</translation>
    </message>
    <message>
        <source>Read the configuration from DIR (default: %1).</source>
        <translation>Die Einstellungen aus ORDNER lesen (sonst: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Keep the database and the last good configuration in DIR (default: %1).</source>
        <translation>Datenbank und letzte fehlerfreie Einstellungen in ORDNER ablegen (sonst: %1).</translation>
    </message>
    <message>
        <source>Check the configuration in DIR, print every problem, and exit (1 if there are problems).</source>
        <translation>Die Einstellungen in ORDNER prüfen, jedes Problem ausgeben und beenden (Rückgabewert 1 bei Problemen).</translation>
    </message>
    <message>
        <source>Load the configuration, open the database, build every screen offscreen, and exit.</source>
        <translation>Einstellungen laden, Datenbank öffnen, jede Ansicht unsichtbar aufbauen und beenden.</translation>
    </message>
    <message>
        <source>Show every screen once, save a PNG of each to DIR, and exit.</source>
        <translation>Jede Ansicht einmal zeigen, jeweils als PNG in ORDNER speichern und beenden.</translation>
    </message>
    <message>
        <source>Run in a 1280×800 window instead of fullscreen.</source>
        <translation>In einem Fenster mit 1280×800 statt im Vollbild laufen.</translation>
    </message>
    <message>
        <source>Try every stream of the configuration (see --config) until sound or picture is there, print one line per stream, and exit (1 if one does not work).</source>
        <translation>Jeden Stream der Konfiguration (siehe --config) abspielen, bis Ton oder Bild da ist, je Stream eine Zeile ausgeben und beenden (1, wenn einer nicht funktioniert).</translation>
    </message>
    <message>
        <source>Write debug messages to the log too (also with DORFPLATZ_DEBUG=1).</source>
        <translation>Auch Debug-Meldungen ins Protokoll schreiben (ebenso mit DORFPLATZ_DEBUG=1).</translation>
    </message>
    <message>
        <source>Add a staff account named NAME to the database in the data folder (see --data), asking for its PIN twice, and exit.</source>
        <translation>Ein Konto für Mitarbeitende namens NAME in der Datenbank im Datenordner anlegen (siehe --data), zweimal nach seiner PIN fragen und beenden.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The role of the account made by --add-account: lead (Leitung, the default), care (Pflege, Sozialer Dienst) or guide (Digitallotse).</source>
        <translation>Die Rolle des Kontos von --add-account: lead (Leitung, Standard), care (Pflege, Sozialer Dienst) oder guide (Digitallotse).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>Go back to the installed configuration (see --config): the versions the digital guides published in the data folder stay, but none is used, until a guide publishes or restores one. Exit.</source>
        <translation>Zur installierten Konfiguration zurückkehren (siehe --config): Die Fassungen, die Digitallotsen im Datenordner veröffentlicht haben, bleiben erhalten, aber keine wird verwendet, bis ein Lotse eine veröffentlicht oder wiederherstellt. Danach beenden.</translation>
    </message>
    <message>
        <source>Write the configuration the kiosk uses into the archive FILE (to carry it to another home), and exit.</source>
        <translation>Die Konfiguration, die der Kiosk verwendet, in das Archiv DATEI schreiben (um sie in ein anderes Haus mitzunehmen), und beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Check the configuration in the archive FILE, show what would change, publish it as the digital guides&apos; newest version, and exit (1 if it was refused).</source>
        <translation>Die Konfiguration im Archiv DATEI prüfen, zeigen, was sich ändern würde, sie als neueste Fassung der Digitallotsen veröffentlichen und beenden (1, wenn sie abgelehnt wurde).</translation>
    </message>
    <message>
        <source>With --check-streams: also print what the players and libraries report (libVLC, GStreamer, Qt), for each address.</source>
        <translation>Mit --check-streams: auch ausgeben, was die Player und Bibliotheken melden (libVLC, GStreamer, Qt), für jede Adresse.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::ConfigArchive</name>
    <message>
        <source>The archive %1 could not be written (%2).</source>
        <translation>Das Archiv %1 konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>The folder %1 exists already.</source>
        <translation>Der Ordner %1 ist schon da.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts eingelesen.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an archive (%2).</source>
        <translation>%1 lässt sich nicht als Archiv lesen (%2).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>The archive holds more than %1 files.</source>
        <translation>Das Archiv enthält mehr als %1 Dateien.</translation>
    </message>
    <message>
        <source>The archive holds &quot;%1&quot;, which would lie outside the configuration folder.</source>
        <translation>Das Archiv enthält „%1“, das außerhalb des Konfigurationsordners läge.</translation>
    </message>
    <message>
        <source>The archive holds a link (&quot;%1&quot;).</source>
        <translation>Das Archiv enthält eine Verknüpfung („%1“).</translation>
    </message>
    <message>
        <source>The archive holds &quot;%1&quot;, which is not an ordinary file.</source>
        <translation>Das Archiv enthält „%1“, das keine gewöhnliche Datei ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the archive is larger than %2 MB.</source>
        <translation>„%1“ im Archiv ist größer als %2 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>%1 lässt sich nicht schreiben (%2).</translation>
    </message>
    <message>
        <source>The archive is larger than %1 MB unpacked.</source>
        <translation>Das Archiv ist ausgepackt größer als %1 MB.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::ConfigArchiveCommand</name>
    <message>
        <source>There is no configuration that loads; nothing was written.</source>
        <translation>Es gibt keine Konfiguration, die sich laden lässt; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>The configuration (%n file(s)) is in %1.</source>
        <translation>
            <numerusform>Die Konfiguration (%n Datei) ist in %1.</numerusform>
            <numerusform>Die Konfiguration (%n Dateien) ist in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used (%2). Nothing was imported.</source>
        <translation>Der Datenordner %1 lässt sich nicht verwenden (%2). Es wurde nichts eingelesen.</translation>
    </message>
    <message numerus="yes">
        <source>The configuration in %1 has %n problem(s). Nothing was imported.</source>
        <translation>
            <numerusform>Die Konfiguration in %1 hat %n Problem. Es wurde nichts eingelesen.</numerusform>
            <numerusform>Die Konfiguration in %1 hat %n Probleme. Es wurde nichts eingelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database in %1 cannot be used (%2). Nothing was imported.</source>
        <translation>Die Datenbank in %1 lässt sich nicht verwenden (%2). Es wurde nichts eingelesen.</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <extracomment>The summary of an imported configuration: &quot;Aus haus-b.tar.gz: Kachel „SWR4“ hinzugefügt&quot;</extracomment>
        <translation>Aus %1: %2</translation>
    </message>
    <message>
        <source>The configuration could not be published (%1). Nothing was imported.</source>
        <translation>Die Konfiguration ließ sich nicht veröffentlichen (%1). Es wurde nichts eingelesen.</translation>
    </message>
    <message>
        <source>The audit log could not be written (%1).</source>
        <translation>Das Protokoll ließ sich nicht schreiben (%1).</translation>
    </message>
    <message>
        <source>Imported as version %1; the kiosk uses it from its next start.</source>
        <translation>Als Fassung %1 eingelesen; der Kiosk verwendet sie ab seinem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::ConfigChanges</name>
    <message>
        <source>Tile %1 added</source>
        <translation>Kachel %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Tile %1 removed</source>
        <translation>Kachel %1 entfernt</translation>
    </message>
    <message>
        <source>Tile %1 changed</source>
        <translation>Kachel %1 geändert</translation>
    </message>
    <message>
        <source>Order of the tiles changed</source>
        <translation>Reihenfolge der Kacheln geändert</translation>
    </message>
    <message>
        <source>Station %1 added</source>
        <translation>Sender %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Station %1 removed</source>
        <translation>Sender %1 entfernt</translation>
    </message>
    <message>
        <source>Station %1 changed</source>
        <translation>Sender %1 geändert</translation>
    </message>
    <message>
        <source>Contact %1 added</source>
        <translation>Kontakt %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Contact %1 removed</source>
        <translation>Kontakt %1 entfernt</translation>
    </message>
    <message>
        <source>Contact %1 changed</source>
        <translation>Kontakt %1 geändert</translation>
    </message>
    <message>
        <source>Calendar %1 added</source>
        <translation>Kalender %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Calendar %1 removed</source>
        <translation>Kalender %1 entfernt</translation>
    </message>
    <message>
        <source>Calendar %1 changed</source>
        <translation>Kalender %1 geändert</translation>
    </message>
    <message>
        <source>Name of the home changed</source>
        <translation>Name des Hauses geändert</translation>
    </message>
    <message>
        <source>Text size changed</source>
        <translation>Schriftgröße geändert</translation>
    </message>
    <message>
        <source>Colours changed</source>
        <translation>Farben geändert</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>Sprache geändert</translation>
    </message>
    <message>
        <source>Volume limits changed</source>
        <translation>Grenzen der Lautstärke geändert</translation>
    </message>
    <message>
        <source>Other settings changed</source>
        <translation>Weitere Einstellungen geändert</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more change(s)</source>
        <extracomment>The first change of a new configuration, and how many more there are</extracomment>
        <translation>
            <numerusform>%1 und %n weitere Änderung</numerusform>
            <numerusform>%1 und %n weitere Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dorfplatz::ConfigDraft</name>
    <message>
        <source>The draft cannot be started: %1</source>
        <translation>Der Entwurf lässt sich nicht anlegen: %1</translation>
    </message>
    <message>
        <source>The draft cannot be removed: %1</source>
        <translation>Der Entwurf lässt sich nicht löschen: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file of the draft.</source>
        <translation>„%1“ ist keine Datei des Entwurfs.</translation>
    </message>
    <message>
        <source>%1 in the draft cannot be read: %2</source>
        <translation>%1 im Entwurf lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>The draft cannot be written: %1</source>
        <translation>Der Entwurf lässt sich nicht speichern: %1</translation>
    </message>
    <message>
        <source>The entry has no id.</source>
        <translation>Der Eintrag hat keine Kennung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the draft.</source>
        <translation>„%1“ ist nicht im Entwurf.</translation>
    </message>
    <message>
        <source>There is no draft.</source>
        <translation>Es gibt keinen Entwurf.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::ConfigIssue</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste [ … ]</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt { … }</translation>
    </message>
    <message>
        <source>empty (null)</source>
        <translation>leer (null)</translation>
    </message>
    <message>
        <source>file is missing</source>
        <translation>Datei fehlt</translation>
    </message>
    <message>
        <source>file cannot be read (%1)</source>
        <translation>Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>file is too large (%1 KiB; at most %2 KiB)</source>
        <translation>Datei ist zu groß (%1 KiB; höchstens %2 KiB)</translation>
    </message>
    <message>
        <source>must be a JSON object { … }</source>
        <translation>muss ein JSON-Objekt { … } sein</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>fehlt, wird aber gebraucht</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>unknown field (check the spelling)</source>
        <translation>unbekanntes Feld (bitte Schreibweise prüfen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; use one of: %2</source>
        <translation>„%1“ ist nicht erlaubt; möglich sind: %2</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 liegt außerhalb des erlaubten Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time like &quot;21:00&quot;</source>
        <translation>„%1“ ist keine Uhrzeit wie „21:00“</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 fit</source>
        <translation>ist %1 Zeichen lang; höchstens %2 passen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (use a-z, 0-9 and -)</source>
        <translation>„%1“ ist keine gültige Kennung (erlaubt sind a–z, 0–9 und -)</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is used twice (first at %2)</source>
        <translation>Kennung „%1“ kommt doppelt vor (zuerst bei %2)</translation>
    </message>
    <message>
        <source>file &quot;%1&quot; not found</source>
        <translation>Datei „%1“ nicht gefunden</translation>
    </message>
    <message>
        <source>file &quot;%1&quot; must be inside the configuration folder</source>
        <translation>Datei „%1“ muss im Einstellungsordner liegen</translation>
    </message>
    <message>
        <source>file &quot;%1&quot; is not a PNG, JPEG or SVG picture</source>
        <translation>Datei „%1“ ist kein Bild im Format PNG, JPEG oder SVG</translation>
    </message>
    <message>
        <source>there is no built-in icon &quot;%1&quot;; use one of: %2</source>
        <translation>es gibt kein eingebautes Symbol „%1“; möglich sind: %2</translation>
    </message>
    <message>
        <source>version %1 is newer than this Dorfplatz understands (%2); update Dorfplatz</source>
        <translation>Version %1 ist neuer, als dieser Dorfplatz versteht (%2); bitte Dorfplatz aktualisieren</translation>
    </message>
    <message>
        <source>there must be at least one tile</source>
        <translation>es muss mindestens eine Kachel geben</translation>
    </message>
    <message>
        <source>there is no &quot;%1&quot; in %2</source>
        <translation>in %2 gibt es kein „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a web address (http, https) nor a file</source>
        <translation>„%1“ ist weder eine Internetadresse (http, https) noch eine Datei</translation>
    </message>
    <message>
        <source>media file &quot;%1&quot; not found</source>
        <translation>Mediendatei „%1“ nicht gefunden</translation>
    </message>
    <message>
        <source>the volume must be minimum ≤ default ≤ maximum, not %1 ≤ %2 ≤ %3</source>
        <translation>für die Lautstärke muss gelten: minimum ≤ default ≤ maximum, nicht %1 ≤ %2 ≤ %3</translation>
    </message>
    <message>
        <source>calendar file &quot;%1&quot; not found</source>
        <translation>Kalenderdatei „%1“ nicht gefunden</translation>
    </message>
    <message>
        <source>there must be at least one contact</source>
        <translation>es muss mindestens einen Kontakt geben</translation>
    </message>
    <message>
        <source>needs &quot;%1&quot; or &quot;%2&quot;</source>
        <translation>braucht „%1“ oder „%2“</translation>
    </message>
    <message>
        <source>give &quot;%1&quot; or &quot;%2&quot;, not both</source>
        <translation>bitte nur „%1“ oder „%2“ angeben, nicht beides</translation>
    </message>
    <message>
        <source>a room needs a &quot;server&quot;: give it here or at the top of the file</source>
        <translation>ein Raum braucht einen „server“: hier oder oben in der Datei angeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the address of a server, like https://meet.example.org/</source>
        <translation>„%1“ ist keine Server-Adresse wie https://meet.example.org/</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid room name (use letters, digits, -, _ and .)</source>
        <translation>„%1“ ist kein gültiger Raumname (erlaubt sind Buchstaben, Ziffern, -, _ und .)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the address of a room, like https://meet.example.org/room-name</source>
        <translation>„%1“ ist keine Raum-Adresse wie https://meet.example.org/raum-name</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with https:// (calls need a secure connection)</source>
        <translation>„%1“ muss mit https:// beginnen (Anrufe brauchen eine sichere Verbindung)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address with {room} in it, like https://meet.example.org/room-size?room={room}&amp;domain={domain}</source>
        <translation>„%1“ ist keine Internetadresse mit {room} darin, wie https://meet.example.org/room-size?room={room}&amp;domain={domain}</translation>
    </message>
    <message>
        <source>from %1 to %2 is no time at all; the end must differ from the start</source>
        <translation>von %1 bis %2 ist keine Zeitspanne: Ende und Anfang müssen verschieden sein</translation>
    </message>
    <message>
        <source>is not an ordinary file (but a folder, a pipe or a device); it is not read</source>
        <translation>ist keine gewöhnliche Datei (sondern ein Ordner, eine Pipe oder ein Gerät); sie wird nicht gelesen</translation>
    </message>
    <message>
        <source>the picture &quot;%1&quot; is too large (%2 MB; at most %3 MB)</source>
        <translation>das Bild „%1“ ist zu groß (%2 MB; höchstens %3 MB)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; leads out of the configuration folder; give a file elsewhere with its full path</source>
        <translation>„%1“ führt aus dem Einstellungsordner hinaus; geben Sie eine Datei anderswo mit ihrem vollständigen Pfad an</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: check the path</source>
        <translation>Den Ordner %1 gibt es nicht: Pfad prüfen</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::ConfigNoticeScreen</name>
    <message>
        <source>Please ask a member of staff.</source>
        <translation>Bitte wenden Sie sich an das Personal.</translation>
    </message>
    <message>
        <source>Note for staff</source>
        <translation>Hinweis für das Personal</translation>
    </message>
    <message>
        <source>Dorfplatz has no usable settings. The settings in %1 have problems:</source>
        <translation>Dorfplatz hat keine verwendbaren Einstellungen. Die Einstellungen in %1 haben Fehler:</translation>
    </message>
    <message>
        <source>The settings in %1 have problems, so Dorfplatz keeps using the last good settings of %2. Residents can use it as before. The problems:</source>
        <translation>Die Einstellungen in %1 haben Fehler. Dorfplatz verwendet deshalb weiter die letzten fehlerfreien Einstellungen vom %2; für die Bewohnerinnen und Bewohner ändert sich nichts. Die Fehler:</translation>
    </message>
    <message>
        <source>A guide can check the settings with: dorfplatz --check-config %1</source>
        <translation>Digitallotsen können die Einstellungen so prüfen: dorfplatz --check-config %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dorfplatz::ContactEditorScreen</name>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Change contact</source>
        <translation>Kontakt ändern</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>The family sees</source>
        <translation>Die Familie sieht</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Room password</source>
        <translation>Passwort des Raums</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Calls ring</source>
        <translation>Anrufe klingeln</translation>
    </message>
    <message>
        <source>Ringing from</source>
        <translation>Klingeln ab</translation>
    </message>
    <message>
        <source>Ringing until</source>
        <translation>Klingeln bis</translation>
    </message>
    <message>
        <source>Answers by itself</source>
        <translation>Nimmt selbst ab</translation>
    </message>
    <message>
        <source>Answers by itself from</source>
        <translation>Selbst abnehmen ab</translation>
    </message>
    <message>
        <source>Answers by itself until</source>
        <translation>Selbst abnehmen bis</translation>
    </message>
    <message>
        <source>During a group session</source>
        <translation>Während einer Gruppenrunde</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>The name on the tile and when it rings, as the resident calls them (“Anna”):</source>
        <translation>Der Name auf der Kachel und beim Klingeln, so wie die Bewohnerin ihn nennt („Anna“):</translation>
    </message>
    <message>
        <source>Choose a photo of the contact.</source>
        <translation>Wählen Sie ein Foto des Kontakts.</translation>
    </message>
    <message>
        <source>How the family sees the resident in the room (“Oma Erna”):</source>
        <translation>Wie die Familie die Bewohnerin im Raum sieht („Oma Erna“):</translation>
    </message>
    <message>
        <source>The whole address of the family&apos;s room (https://…/name-of-the-room):</source>
        <translation>Die ganze Adresse des Raums der Familie (https://…/name-des-raums):</translation>
    </message>
    <message>
        <source>The name of the family&apos;s room on %1: what comes after the last “/” of its address.</source>
        <translation>Der Name des Raums der Familie auf %1: was in seiner Adresse nach dem letzten „/“ kommt.</translation>
    </message>
    <message>
        <source>The password of the family&apos;s room, exactly as they set it. Only a room with this password makes the kiosk ring.</source>
        <translation>Das Passwort des Raums der Familie, genau so, wie sie es gesetzt hat. Nur ein Raum mit diesem Passwort lässt den Kiosk klingeln.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>%1 (as for every contact)</source>
        <translation>%1 (wie für jeden Kontakt)</translation>
    </message>
    <message>
        <source>●●●●●● set</source>
        <translation>●●●●●● gesetzt</translation>
    </message>
    <message>
        <source>not needed: the room has a token</source>
        <translation>nicht nötig: der Raum hat einen Schlüssel</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>This contact never rings yet: enter the room&apos;s password, so that only the family can make the kiosk ring.</source>
        <translation>Dieser Kontakt klingelt noch nie: Geben Sie das Passwort des Raums ein, damit nur die Familie den Kiosk klingeln lassen kann.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weitere)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>(as the ringing)</source>
        <translation>(wie das Klingeln)</translation>
    </message>
    <message numerus="yes">
        <source>after %n second(s)</source>
        <translation>
            <numerusform>nach %n Sekunde</numerusform>
            <numerusform>nach %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>no, only with a tap</source>
        <translation>nein, nur mit einem Tippen</translation>
    </message>
    <message>
        <source>may ring</source>
        <translation>darf klingeln</translation>
    </message>
    <message>
        <source>waits until it ends</source>
        <translation>wartet bis zum Ende</translation>
    </message>
    <message>
        <source>With a tile: yes</source>
        <translation>Mit Kachel: ja</translation>
    </message>
    <message>
        <source>With a tile: no</source>
        <translation>Mit Kachel: nein</translation>
    </message>
    <message>
        <source>The contact needs a name.</source>
        <translation>Der Kontakt braucht einen Namen.</translation>
    </message>
    <message>
        <source>The contact needs the family&apos;s room.</source>
        <translation>Der Kontakt braucht den Raum der Familie.</translation>
    </message>
    <message>
        <source>Enter how the family sees the resident in the room.</source>
        <translation>Geben Sie ein, wie die Familie die Bewohnerin im Raum sieht.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>Saved, but it cannot be published like this:</source>
        <translation>Gespeichert, aber so lässt es sich nicht veröffentlichen:</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::ContactsScreen</name>
    <message>
        <source>Whom would you like to call?</source>
        <translation>Wen möchten Sie anrufen?</translation>
    </message>
    <message>
        <source>You can call: %1.</source>
        <extracomment>Read aloud on the contacts page, with the names shown: &quot;Sie können anrufen: %1.&quot; (&quot;Sie können anrufen: Anna, Peter und Maria.&quot;)</extracomment>
        <translation>Sie können anrufen: %1.</translation>
    </message>
    <message>
        <source>Tap a picture to start the call.</source>
        <extracomment>Read aloud at the end of the contacts page: &quot;Tippen Sie auf ein Bild. Dann beginnt der Anruf.&quot;</extracomment>
        <translation>Tippen Sie auf ein Bild. Dann beginnt der Anruf.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::DocumentScreen</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>No documents yet. Week plans are made under “Week”, day plans under “Today”.</source>
        <translation>Noch keine Dokumente. Wochenpläne entstehen unter „Woche“, Tagespläne unter „Heute“.</translation>
    </message>
    <message>
        <source>Plug in a USB stick to take a document with you.</source>
        <translation>Stecken Sie einen USB-Stick ein, um ein Dokument mitzunehmen.</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>erstellt %1</translation>
    </message>
    <message>
        <source>Save on USB stick</source>
        <translation>Auf USB-Stick speichern</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Saved on the stick “%1” as “%2”.</source>
        <translation>Auf dem Stick „%1“ als „%2“ gespeichert.</translation>
    </message>
    <message>
        <source>“%1” is being printed.</source>
        <translation>„%1“ wird gedruckt.</translation>
    </message>
    <message>
        <source>“%1” is being printed on “%2”.</source>
        <translation>„%1“ wird auf „%2“ gedruckt.</translation>
    </message>
    <message>
        <source>Saved on the stick “%1” as “%2”, with its calendar file.</source>
        <translation>Auf dem Stick „%1“ als „%2“ gespeichert, mit der Kalenderdatei.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::DraftProblems</name>
    <message>
        <source>Tile %1</source>
        <translation>Kachel %1</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Sender %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>Calendar %1</source>
        <translation>Kalender %1</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Öffnet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Name of the home</source>
        <translation>Name des Hauses</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nachtruhe</translation>
    </message>
    <message>
        <source>Tap sound</source>
        <translation>Tippgeräusch</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Name in the room</source>
        <translation>Name im Raum</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Klingeln</translation>
    </message>
    <message>
        <source>Answering by itself</source>
        <translation>Selbst abnehmen</translation>
    </message>
    <message>
        <source>During a group session</source>
        <translation>Während einer Gruppenrunde</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::EntryListScreen</name>
    <message>
        <source>Tiles</source>
        <translation>Kacheln</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>New tile</source>
        <translation>Neue Kachel</translation>
    </message>
    <message>
        <source>New station</source>
        <translation>Neuer Sender</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>New calendar</source>
        <translation>Neuer Kalender</translation>
    </message>
    <message>
        <source>rings</source>
        <translation>klingelt</translation>
    </message>
    <message>
        <source>does not ring</source>
        <translation>klingelt nicht</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more address(es))</source>
        <translation>
            <numerusform>(+%n weitere Adresse)</numerusform>
            <numerusform>(+%n weitere Adressen)</numerusform>
        </translation>
    </message>
    <message>
        <source>station “%1”</source>
        <translation>Sender „%1“</translation>
    </message>
    <message>
        <source>all contacts</source>
        <translation>alle Kontakte</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>“What&apos;s on?”</source>
        <translation>„Was ist los?“</translation>
    </message>
    <message>
        <source>today&apos;s programme</source>
        <translation>das Programm von heute</translation>
    </message>
    <message numerus="yes">
        <source>%n tile(s), in their order on the home screen.</source>
        <translation>
            <numerusform>%n Kachel, in ihrer Reihenfolge auf der Startseite.</numerusform>
            <numerusform>%n Kacheln, in ihrer Reihenfolge auf der Startseite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s). Removing a station removes its tiles too.</source>
        <translation>
            <numerusform>%n Sender. Wer einen Sender entfernt, entfernt auch seine Kacheln.</numerusform>
            <numerusform>%n Sender. Wer einen Sender entfernt, entfernt auch seine Kacheln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Nach vorn</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>Nach hinten</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Really remove?</source>
        <translation>Wirklich entfernen?</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::EventDetail</name>
    <message>
        <source>Back to the list</source>
        <extracomment>Closes the whole text of one event: &quot;Zurück zur Liste&quot;</extracomment>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <source>Add to programme</source>
        <extracomment>Staff only (asks for the PIN): the event becomes a session of the programme, &quot;Ins Programm&quot;</extracomment>
        <translation>Ins Programm</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::EventSessions</name>
    <message>
        <source>Calendar sync</source>
        <extracomment>In the audit log: who changed a session made from an event (&quot;Kalender-Abgleich&quot;)</extracomment>
        <translation>Kalender-Abgleich</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>A session made from an event: &quot;Kerwe in Rammelsbach&quot;</extracomment>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::EventSpokenText</name>
    <message>
        <source>All day</source>
        <extracomment>Read aloud for an event without a time: &quot;Den ganzen Tag&quot;</extracomment>
        <translation>Den ganzen Tag</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>read aloud</comment>
        <extracomment>Read aloud for a cancelled event: &quot;Fällt aus&quot;</extracomment>
        <translation>Fällt aus</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <extracomment>Where an event is, read aloud: &quot;Ort: %1&quot;</extracomment>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <source>Tap an event to see all of it.</source>
        <extracomment>Read aloud after the events of a page: &quot;Tippen Sie auf eine Veranstaltung, dann sehen Sie alles.&quot;</extracomment>
        <translation>Tippen Sie auf eine Veranstaltung, dann sehen Sie alles.</translation>
    </message>
    <message>
        <source>Tap &quot;Back to the list&quot; to see all events again.</source>
        <extracomment>Read aloud at the end of an event&apos;s whole text (the button is &quot;Zurück zur Liste&quot;): &quot;Tippen Sie auf Zurück zur Liste. Dann sehen Sie wieder alle Veranstaltungen.&quot;</extracomment>
        <translation>Tippen Sie auf Zurück zur Liste. Dann sehen Sie wieder alle Veranstaltungen.</translation>
    </message>
    <message>
        <source>Nothing more is on today.</source>
        <extracomment>Read aloud when every event of today is over: &quot;Heute ist nichts mehr los.&quot;</extracomment>
        <translation>Heute ist nichts mehr los.</translation>
    </message>
    <message>
        <source>Tomorrow all day: %1</source>
        <extracomment>Read aloud after &quot;Nothing more is on today.&quot;, for an all-day event: &quot;Morgen den ganzen Tag: %1&quot; (%1 the event&apos;s title)</extracomment>
        <translation>Morgen den ganzen Tag: %1</translation>
    </message>
    <message>
        <source>Tomorrow at %1: %2</source>
        <extracomment>Read aloud after &quot;Nothing more is on today.&quot;: &quot;Morgen um %1: %2&quot; (%1 a spoken time such as &quot;19 Uhr 30&quot;, %2 the event&apos;s title)</extracomment>
        <translation>Morgen um %1: %2</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::EventTab</name>
    <message>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::EventTimeText</name>
    <message>
        <source>H:mm</source>
        <extracomment>Time format of event times and of &quot;As of&quot; (QTime format codes): &quot;H:mm&quot; gives &quot;3:05&quot;.</extracomment>
        <translation>H:mm</translation>
    </message>
    <message>
        <source>ddd, d MMM</source>
        <extracomment>Short date of event lists (QDate format codes): &quot;So., 7. Dez.&quot;</extracomment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <extracomment>Full date with the year (QDate format codes): &quot;Sonntag, 7. Dezember 2027&quot;</extracomment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <extracomment>Full date (QDate format codes): &quot;Sonntag, 7. Dezember&quot;</extracomment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>all day</source>
        <extracomment>An event without a time: &quot;ganztägig&quot;</extracomment>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>The mark on a cancelled event: &quot;Abgesagt&quot;</extracomment>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>The title of an event whose feed gave none: &quot;Veranstaltung&quot;</extracomment>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>date</comment>
        <extracomment>The last day of an event over several days: &quot;bis So., 7. Dez.&quot;</extracomment>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1&#xa0;– %2</source>
        <extracomment>From one time to another: &quot;19:00 – 21:00 Uhr&quot;</extracomment>
        <translation>%1&#xa0;– %2&#xa0;Uhr</translation>
    </message>
    <message>
        <source>from %1, until %2</source>
        <extracomment>An event over several days, on its first day: &quot;ab 18:00 Uhr, bis So., 7. Dez.&quot;</extracomment>
        <translation>ab %1 Uhr, bis %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>time</comment>
        <extracomment>An event that began on an earlier day, on its last day: &quot;bis 14:00 Uhr&quot;</extracomment>
        <translation>bis %1 Uhr</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>The day an event of &quot;This week&quot; is on: &quot;Heute&quot;</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <extracomment>The day an event of &quot;This week&quot; is on: &quot;Morgen&quot;</extracomment>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>The day and time of an event in its detail view: &quot;Samstag, 29. November, 19:00 – 21:00 Uhr&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>short</comment>
        <extracomment>The day and time of an event in its detail view on a small screen with large text: &quot;Heute, 19:00 – 21:00 Uhr&quot;, &quot;Sa., 29. Nov., 19:00 – 21:00 Uhr&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::EventsFooter</name>
    <message>
        <source>Updating the events …</source>
        <extracomment>While dorfplatz-sync runs: &quot;Wir holen gerade die neuen Veranstaltungen …&quot;</extracomment>
        <translation>Wir holen gerade die neuen Veranstaltungen …</translation>
    </message>
    <message>
        <source>The events could not be loaded yet. We will try again later.</source>
        <extracomment>No feed could ever be read: &quot;Wir konnten die Veranstaltungen noch nicht laden. Wir versuchen es später noch einmal.&quot;</extracomment>
        <translation>Wir konnten die Veranstaltungen noch nicht laden. Wir versuchen es später noch einmal.</translation>
    </message>
    <message>
        <source>The events have not been loaded yet. This happens by itself, usually at night.</source>
        <extracomment>Nothing was ever loaded: &quot;Die Veranstaltungen sind noch nicht da. Sie kommen von selbst, meist in der Nacht.&quot;</extracomment>
        <translation>Die Veranstaltungen sind noch nicht da. Sie kommen von selbst, meist in der Nacht.</translation>
    </message>
    <message>
        <source>As of: today, %1</source>
        <extracomment>&quot;Stand: heute, %1 Uhr&quot;</extracomment>
        <translation>Stand: heute, %1 Uhr</translation>
    </message>
    <message>
        <source>As of: yesterday, %1</source>
        <extracomment>&quot;Stand: gestern, %1 Uhr&quot;</extracomment>
        <translation>Stand: gestern, %1 Uhr</translation>
    </message>
    <message>
        <source>As of: the day before yesterday</source>
        <extracomment>&quot;Stand: vorgestern&quot;</extracomment>
        <translation>Stand: vorgestern</translation>
    </message>
    <message>
        <source>As of: %1</source>
        <extracomment>&quot;Stand: Montag, 1. Dezember&quot;</extracomment>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>%1 — no connection</source>
        <extracomment>The newest attempt to load failed: &quot;Stand: vorgestern — keine Verbindung&quot;</extracomment>
        <translation>%1 — keine Verbindung</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <extracomment>Licence or attribution of the feeds: &quot;Quelle: %1&quot;</extracomment>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::EventsScreen</name>
    <message>
        <source>Today</source>
        <extracomment>Tab of the events screen: &quot;Heute&quot;</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <extracomment>Tab of the events screen: &quot;Morgen&quot;</extracomment>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>This week</source>
        <extracomment>Tab of the events screen, today and the next six days: &quot;Diese Woche&quot;</extracomment>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>There are no events in the calendar today.</source>
        <extracomment>&quot;Heute stehen keine Veranstaltungen im Kalender.&quot;</extracomment>
        <translation>Heute stehen keine Veranstaltungen im Kalender.</translation>
    </message>
    <message>
        <source>There are no events in the calendar tomorrow.</source>
        <extracomment>&quot;Morgen stehen keine Veranstaltungen im Kalender.&quot;</extracomment>
        <translation>Morgen stehen keine Veranstaltungen im Kalender.</translation>
    </message>
    <message>
        <source>There are no events in the calendar this week.</source>
        <extracomment>&quot;Diese Woche stehen keine Veranstaltungen im Kalender.&quot;</extracomment>
        <translation>Diese Woche stehen keine Veranstaltungen im Kalender.</translation>
    </message>
    <message>
        <source>No events have been loaded yet.</source>
        <extracomment>Nothing was ever loaded (the footer says why): &quot;Es sind noch keine Veranstaltungen da.&quot;</extracomment>
        <translation>Es sind noch keine Veranstaltungen da.</translation>
    </message>
    <message>
        <source>In the programme: %1</source>
        <extracomment>On an event&apos;s detail, once staff put it into the programme: &quot;Steht im Programm: Sa 15:00&quot;</extracomment>
        <translation>Steht im Programm: %1</translation>
    </message>
    <message>
        <source>Not saved. Please try again.</source>
        <extracomment>On an event&apos;s detail when saving the session failed</extracomment>
        <translation>Nicht gespeichert. Bitte noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Nothing more is on today. Tomorrow: %1 %2</source>
        <extracomment>&quot;Today&quot; when every event of today is over: &quot;Heute ist nichts mehr los. Morgen: %1 %2&quot; (%1 the time of tomorrow&apos;s first event, &quot;19:30&quot;, or &quot;ganztägig&quot;; %2 its title)</extracomment>
        <translation>Heute ist nichts mehr los. Morgen: %1 %2</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::GuideHomeScreen</name>
    <message>
        <source>Edit the content</source>
        <translation>Inhalte bearbeiten</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Really discard?</source>
        <translation>Wirklich verwerfen?</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Kacheln</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <source>No changes yet. Choose what you want to change.</source>
        <translation>Noch keine Änderungen. Wählen Sie, was Sie ändern möchten.</translation>
    </message>
    <message>
        <source>Not yet published:</source>
        <translation>Noch nicht veröffentlicht:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was published. Please correct this first:</source>
        <translation>Es wurde nichts veröffentlicht. Bitte zuerst berichtigen:</translation>
    </message>
    <message>
        <source>In use: version %1 of %2, by %3.</source>
        <translation>In Gebrauch: Fassung %1 vom %2, von %3.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Save and load</source>
        <translation>Sichern und Laden</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::GuideMode</name>
    <message>
        <source>Nothing can be changed now: %1</source>
        <translation>Gerade lässt sich nichts ändern: %1</translation>
    </message>
    <message>
        <source>In use: the installed settings.</source>
        <translation>In Gebrauch: die installierten Einstellungen.</translation>
    </message>
    <message>
        <source>In use: version %1 of %2, by %3.</source>
        <translation>In Gebrauch: Fassung %1 vom %2, von %3.</translation>
    </message>
    <message>
        <source>The draft has problems (see “Publish”).</source>
        <translation>Der Entwurf hat Fehler (siehe „Veröffentlichen“).</translation>
    </message>
    <message>
        <source>It could not be saved (%1). Is the disk full?</source>
        <translation>Es ließ sich nicht speichern (%1). Ist der Speicher voll?</translation>
    </message>
    <message>
        <source>Published as version %1. The home screen shows it already.</source>
        <translation>Als Fassung %1 veröffentlicht. Die Startseite zeigt sie schon.</translation>
    </message>
    <message>
        <source>Published as version %1. It applies after the next start.</source>
        <translation>Als Fassung %1 veröffentlicht. Sie gilt nach dem nächsten Start.</translation>
    </message>
    <message>
        <source>The changes were discarded.</source>
        <translation>Die Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <source>Version %1 restored</source>
        <translation>Fassung %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>It could not be restored (%1).</source>
        <translation>Sie ließ sich nicht wiederherstellen (%1).</translation>
    </message>
    <message>
        <source>This version does not load any more: %1</source>
        <translation>Diese Fassung lässt sich nicht mehr laden: %1</translation>
    </message>
    <message>
        <source>Version %1 is back on the screen as version %2.</source>
        <translation>Fassung %1 ist wieder auf dem Bildschirm, als Fassung %2.</translation>
    </message>
    <message>
        <source>Restored; it applies after the next start.</source>
        <translation>Wiederhergestellt; sie gilt nach dem nächsten Start.</translation>
    </message>
    <message>
        <source>Find stations</source>
        <translation>Sender finden</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::HomeScreen</name>
    <message>
        <source>You can choose: %1.</source>
        <extracomment>Read aloud on the home screen, with the labels of the tiles shown: &quot;Sie können wählen: %1.&quot; (&quot;Sie können wählen: Radio, Fernsehen und Anna.&quot;)</extracomment>
        <translation>Sie können wählen: %1.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::InvitationDocument</name>
    <message>
        <source>%1, %2</source>
        <comment>the visit&apos;s date, its time</comment>
        <translation>%1, %2 Uhr</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Video visit</source>
        <translation>Videobesuch</translation>
    </message>
    <message>
        <source>An invitation for %1</source>
        <translation>Eine Einladung für %1</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Scan with the phone&apos;s camera</source>
        <translation>Mit der Kamera des Handys einlesen</translation>
    </message>
    <message>
        <source>Or open this link:</source>
        <translation>Oder diesen Link öffnen:</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>So sind Sie dabei</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::JsonProblem</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>a } or a comma is missing here</source>
        <translation>hier fehlt ein } oder ein Komma</translation>
    </message>
    <message>
        <source>a colon is missing here</source>
        <translation>hier fehlt ein Doppelpunkt</translation>
    </message>
    <message>
        <source>a ] or a comma is missing here</source>
        <translation>hier fehlt ein ] oder ein Komma</translation>
    </message>
    <message>
        <source>a comma is missing here</source>
        <translation>hier fehlt ein Komma</translation>
    </message>
    <message>
        <source>there is something here that is not a valid value (text in &quot;quotes&quot;, a number, true, false, null, [ ] or { })</source>
        <translation>hier steht etwas, das kein gültiger Wert ist (Text in „Anführungszeichen“, Zahl, true, false, null, [ ] oder { })</translation>
    </message>
    <message>
        <source>the text ends after a number: a } or a ] is missing</source>
        <translation>der Text endet nach einer Zahl: es fehlt ein } oder ]</translation>
    </message>
    <message>
        <source>this is not a valid number (write numbers like 12 or 0.5: with a point, without a leading zero)</source>
        <translation>das ist keine gültige Zahl (Zahlen so schreiben: 12 oder 0.5, mit Punkt, ohne führende Null)</translation>
    </message>
    <message>
        <source>a \ here starts nothing valid; write \\ for a backslash</source>
        <translation>hier steht ein \ ohne gültige Bedeutung: für einen Backslash \\ schreiben</translation>
    </message>
    <message>
        <source>this text is not stored as UTF-8: save the file as UTF-8</source>
        <translation>dieser Text ist nicht als UTF-8 gespeichert: die Datei als UTF-8 speichern</translation>
    </message>
    <message>
        <source>a text in quotes is not closed: a &quot; is missing</source>
        <translation>ein Text in Anführungszeichen ist nicht geschlossen: es fehlt ein &quot;</translation>
    </message>
    <message>
        <source>one comma too many here: after a comma another entry must follow</source>
        <translation>hier steht ein Komma zu viel: nach einem Komma muss noch ein Eintrag folgen</translation>
    </message>
    <message>
        <source>too many [ and { inside each other here</source>
        <translation>hier sind zu viele [ und { ineinander verschachtelt</translation>
    </message>
    <message>
        <source>the text is too large to be read</source>
        <translation>der Text ist zu groß zum Lesen</translation>
    </message>
    <message>
        <source>there is more after the end here: remove it, or a { or [ is missing at the start</source>
        <translation>hier steht nach dem Ende noch etwas: das entfernen, oder am Anfang fehlt ein { oder [</translation>
    </message>
    <message>
        <source>the text cannot be read here</source>
        <translation>hier lässt sich der Text nicht lesen</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::KioskApp</name>
    <message>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used (%2). Dorfplatz works, but cannot save anything. Is the disk full?</source>
        <translation>Der Datenordner %1 kann nicht genutzt werden (%2). Dorfplatz läuft, kann aber nichts speichern. Ist die Festplatte voll?</translation>
    </message>
    <message>
        <source>A copy of the good settings cannot be kept in %1 (%2). Is the disk full?</source>
        <translation>Eine Sicherung der fehlerfreien Einstellungen kann in %1 nicht abgelegt werden (%2). Ist die Festplatte voll?</translation>
    </message>
    <message>
        <source>The VLC player cannot start (%1). Radio and TV play through Qt Multimedia instead. Is the package vlc-plugin-base installed?</source>
        <translation>Der VLC-Player startet nicht (%1). Radio und Fernsehen laufen stattdessen über Qt Multimedia. Ist das Paket vlc-plugin-base installiert?</translation>
    </message>
    <message>
        <source>The database was damaged. It was restored from the copy of %1; what was changed after that is lost. The damaged file is kept as %2.</source>
        <translation>Die Datenbank war beschädigt. Sie wurde aus der Sicherung vom %1 wiederhergestellt; was danach geändert wurde, ist verloren. Die beschädigte Datei liegt unter %2.</translation>
    </message>
    <message>
        <source>The nightly copy of the database could not be made (%1). Is the disk full?</source>
        <translation>Die nächtliche Sicherung der Datenbank konnte nicht angelegt werden (%1). Ist die Festplatte voll?</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::KioskRun</name>
    <message>
        <source>Starting …</source>
        <translation>Startet …</translation>
    </message>
    <message>
        <source>Home screen ready</source>
        <translation>Startbildschirm bereit</translation>
    </message>
    <message>
        <source>Night: the screen is dimmed</source>
        <translation>Nacht: Bildschirm abgedunkelt</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird beendet</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::Messages</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The configuration in %1 is fine: %n tile(s).</source>
        <translation>
            <numerusform>Die Einstellungen in %1 sind in Ordnung: %n Kachel.</numerusform>
            <numerusform>Die Einstellungen in %1 sind in Ordnung: %n Kacheln.</numerusform>
        </translation>
    </message>
    <message>
        <source>The configuration has problems; fix them first (see --check-config).</source>
        <translation>Die Konfiguration hat Fehler; bitte zuerst beheben (siehe --check-config).</translation>
    </message>
    <message>
        <source>No streams are configured in %1.</source>
        <translation>In %1 sind keine Streams eingerichtet.</translation>
    </message>
    <message>
        <source>Streams that work: %1 of %2.</source>
        <translation>Streams, die funktionieren: %1 von %2.</translation>
    </message>
    <message>
        <source>%1: works, sound or picture after %2 s from %3</source>
        <translation>%1: funktioniert, Ton oder Bild nach %2 s von %3</translation>
    </message>
    <message>
        <source>The configuration could not be reset: %1</source>
        <translation>Die Konfiguration konnte nicht zurückgesetzt werden: %1</translation>
    </message>
    <message>
        <source>Version %1 of the digital guides is no longer used. At its next start the kiosk uses the installed configuration in %2.</source>
        <translation>Fassung %1 der Digitallotsen wird nicht mehr verwendet. Beim nächsten Start verwendet der Kiosk die installierte Konfiguration in %2.</translation>
    </message>
    <message>
        <source>The kiosk already uses the installed configuration in %1.</source>
        <translation>Der Kiosk verwendet bereits die installierte Konfiguration in %1.</translation>
    </message>
    <message>
        <source>No speaker found: the stations are checked all the same, but nothing can be heard on this computer.</source>
        <translation>Kein Lautsprecher gefunden: die Sender werden trotzdem geprüft, aber auf diesem Gerät ist nichts zu hören.</translation>
    </message>
    <message>
        <source>VLC cannot start: the streams are checked with Qt Multimedia instead.</source>
        <translation>VLC startet nicht: die Streams werden stattdessen mit Qt Multimedia geprüft.</translation>
    </message>
    <message>
        <source>%1: does NOT work.</source>
        <translation>%1: funktioniert NICHT.</translation>
    </message>
    <message>
        <source>(Details: dorfplatz --check-streams --verbose)</source>
        <translation>(Einzelheiten: dorfplatz --check-streams --verbose)</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::MissedCallsBanner</name>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>at %1</source>
        <comment>today, at a time</comment>
        <translation>um %1 Uhr</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>gestern um %1 Uhr</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>am %1 um %2 Uhr</translation>
    </message>
    <message numerus="yes">
        <source>%1 called %n times, last %2.</source>
        <translation>
            <numerusform>%1 hat %n-mal angerufen, zuletzt %2.</numerusform>
            <numerusform>%1 hat %n-mal angerufen, zuletzt %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 called %2.</source>
        <translation>%1 hat %2 angerufen.</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>Und %n weiterer Anruf.</numerusform>
            <numerusform>Und %n weitere Anrufe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>at %1</source>
        <comment>read aloud, today at a time</comment>
        <extracomment>Read aloud: when a missed call came today, &quot;um %1&quot; (&quot;um 14 Uhr 5&quot;)</extracomment>
        <translation>um %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <comment>read aloud</comment>
        <extracomment>Read aloud: a missed call of yesterday, &quot;gestern um %1&quot; (&quot;gestern um 14 Uhr 5&quot;)</extracomment>
        <translation>gestern um %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <comment>read aloud</comment>
        <extracomment>Read aloud: a missed call of an earlier day, &quot;am %1 um %2&quot; (&quot;am Donnerstag, 3. Dezember um 14 Uhr 5&quot;)</extracomment>
        <translation>am %1 um %2</translation>
    </message>
    <message>
        <source>You can call %1 back now.</source>
        <extracomment>Read aloud after the missed calls (the banner&apos;s button is &quot;%1 anrufen&quot;): &quot;Sie können %1 jetzt zurückrufen.&quot;</extracomment>
        <translation>Sie können %1 jetzt zurückrufen.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::NightOverlay</name>
    <message>
        <source>Touch the screen to wake it.</source>
        <translation>Zum Aufwecken den Bildschirm berühren.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::OccurrenceScreen</name>
    <message>
        <source>%1 on %2</source>
        <extracomment>Title of the screen that moves one date: &quot;Sitzgymnastik am Dienstag, 8. Dezember&quot;</extracomment>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Change every date</source>
        <translation>Alle Termine ändern</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>Wie geplant</translation>
    </message>
    <message>
        <source>Move this date</source>
        <translation>Diesen Termin verschieben</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Am %1</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Um %1 Uhr</translation>
    </message>
    <message>
        <source>Move anyway</source>
        <translation>Trotzdem verschieben</translation>
    </message>
    <message>
        <source>This overlaps with &quot;%1&quot; at %2.</source>
        <translation>Das überschneidet sich mit „%1“ um %2.</translation>
    </message>
    <message>
        <source>Could not be saved (%1). Nothing was changed.</source>
        <translation>Konnte nicht gespeichert werden (%1). Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Großbuchstabe</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::OptionError</name>
    <message>
        <source>There is no option %1; &quot;%2&quot; lists them all.</source>
        <translation>Die Option %1 gibt es nicht; „%2“ zeigt alle.</translation>
    </message>
    <message>
        <source>There are no options %1; &quot;%2&quot; lists them all.</source>
        <translation>Die Optionen %1 gibt es nicht; „%2“ zeigt alle.</translation>
    </message>
    <message>
        <source>After %1 something is missing (a folder, a file or a name); &quot;%2&quot; says what.</source>
        <translation>Nach %1 fehlt eine Angabe (ein Ordner, eine Datei oder ein Name); „%2“ sagt, welche.</translation>
    </message>
    <message>
        <source>%1 is given without a value: write it without &quot;=…&quot;; &quot;%2&quot; says more.</source>
        <translation>%1 steht ohne Wert: ohne „=…“ schreiben; mehr zeigt „%2“.</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot; lists every option.)</source>
        <translation>%1 („%2“ zeigt alle Optionen.)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option. A value comes after its option, like --config DIR; &quot;%2 --help&quot; lists every option.</source>
        <translation>„%1“ ist keine Option. Ein Wert steht hinter seiner Option, wie bei --config ORDNER; „%2 --help“ zeigt alle Optionen.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::PageSwitcher</name>
    <message>
        <source>back</source>
        <translation>zurück</translation>
    </message>
    <message>
        <source>more</source>
        <translation>weiter</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::PictureChooser</name>
    <message>
        <source>Built-in pictures</source>
        <translation>Eingebaute Bilder</translation>
    </message>
    <message>
        <source>USB stick “%1”</source>
        <translation>USB-Stick „%1“</translation>
    </message>
    <message>
        <source>Your own pictures: plug in a USB stick with JPEG, PNG or SVG files.</source>
        <translation>Eigene Bilder: Stecken Sie einen USB-Stick mit JPEG-, PNG- oder SVG-Dateien ein.</translation>
    </message>
    <message>
        <source>There are no pictures (JPEG, PNG or SVG) on this stick.</source>
        <translation>Auf diesem Stick sind keine Bilder (JPEG, PNG oder SVG).</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n picture(s) of the stick.</source>
        <translation>
            <numerusform>Das neueste Bild des Sticks.</numerusform>
            <numerusform>Die %n neuesten Bilder des Sticks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dorfplatz::PictureImport</name>
    <message>
        <source>This file is not a picture (JPEG, PNG or SVG).</source>
        <translation>Diese Datei ist kein Bild (JPEG, PNG oder SVG).</translation>
    </message>
    <message>
        <source>This file is no longer there. Is the USB stick still plugged in?</source>
        <translation>Diese Datei ist nicht mehr da. Steckt der USB-Stick noch?</translation>
    </message>
    <message>
        <source>This picture is too large (%1 MB). At most %2 MB are possible.</source>
        <translation>Dieses Bild ist zu groß (%1 MB). Höchstens %2 MB gehen.</translation>
    </message>
    <message>
        <source>This file cannot be read (%1).</source>
        <translation>Diese Datei lässt sich nicht lesen (%1).</translation>
    </message>
    <message>
        <source>This picture is damaged or too large and cannot be used.</source>
        <translation>Dieses Bild ist beschädigt oder zu groß und lässt sich nicht verwenden.</translation>
    </message>
    <message>
        <source>The picture could not be stored (%1).</source>
        <translation>Das Bild ließ sich nicht speichern (%1).</translation>
    </message>
    <message>
        <source>This SVG picture is too large (%1 MB). At most %2 MB are possible.</source>
        <translation>Dieses SVG-Bild ist zu groß (%1 MB). Höchstens %2 MB gehen.</translation>
    </message>
    <message>
        <source>This picture is damaged and cannot be used.</source>
        <translation>Dieses Bild ist beschädigt und lässt sich nicht verwenden.</translation>
    </message>
    <message>
        <source>The picture could not be stored (cannot create %1).</source>
        <translation>Das Bild ließ sich nicht speichern (%1 lässt sich nicht anlegen).</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::PinPad</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>Please wait: %n more second(s).</source>
        <translation>
            <numerusform>Bitte warten: noch %n Sekunde.</numerusform>
            <numerusform>Bitte warten: noch %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your PIN, at least %1 digits.</source>
        <translation>Ihre PIN, mindestens %1 Ziffern.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::PlaceholderScreen</name>
    <message>
        <source>Tap &quot;Home&quot; to go back.</source>
        <translation>Tippen Sie auf „Startseite“, um zurückzugehen.</translation>
    </message>
    <message>
        <source>Radio and television are coming to Dorfplatz soon.</source>
        <translation>Radio und Fernsehen kommen bald auf den Dorfplatz.</translation>
    </message>
    <message>
        <source>Video calls with your family are coming soon.</source>
        <translation>Videoanrufe mit Ihrer Familie kommen bald.</translation>
    </message>
    <message>
        <source>Soon you will see here what is on in the villages.</source>
        <translation>Bald sehen Sie hier, was in den Dörfern los ist.</translation>
    </message>
    <message>
        <source>Soon you will see here today&apos;s programme in the house.</source>
        <translation>Bald sehen Sie hier das Programm des Tages im Haus.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::PlanDocument</name>
    <message>
        <source>Programme today, %1</source>
        <translation>Programm heute, %1</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Woche vom %1 bis %2</translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation>Programm %1</translation>
    </message>
    <message>
        <source>Week plan %1–%2</source>
        <translation>Wochenplan %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>fällt aus</translation>
    </message>
    <message>
        <source>Nothing is planned.</source>
        <translation>Nichts geplant.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::PlayerControls</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Leiser</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Lauter</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::PlayerScreen</name>
    <message>
        <source>Station: %1.</source>
        <extracomment>Read aloud on the player while the station cannot be heard or seen (paused, about to start, a fault): &quot;Sender: %1.&quot;</extracomment>
        <translation>Sender: %1.</translation>
    </message>
    <message>
        <source>You are watching %1.</source>
        <extracomment>Read aloud on the player of a TV station: &quot;Sie sehen %1.&quot;</extracomment>
        <translation>Sie sehen %1.</translation>
    </message>
    <message>
        <source>You are listening to %1.</source>
        <extracomment>Read aloud on the player of a radio station: &quot;Sie hören %1.&quot;</extracomment>
        <translation>Sie hören %1.</translation>
    </message>
    <message>
        <source>Now playing: %1.</source>
        <extracomment>Read aloud on the player: the title the radio is playing, &quot;Gerade läuft: %1.&quot;</extracomment>
        <translation>Gerade läuft: %1.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::PlayerStatus</name>
    <message>
        <source>One moment, it is about to start …</source>
        <translation>Einen Moment, gleich geht es los …</translation>
    </message>
    <message>
        <source>Trying again …</source>
        <translation>Wir versuchen es noch einmal …</translation>
    </message>
    <message>
        <source>Paused. Tap &quot;Continue&quot; to watch again.</source>
        <translation>Angehalten. Tippen Sie auf „Weiter“, um weiterzuschauen.</translation>
    </message>
    <message>
        <source>Paused. Tap &quot;Continue&quot; to listen again.</source>
        <translation>Angehalten. Tippen Sie auf „Weiter“, um weiterzuhören.</translation>
    </message>
    <message>
        <source>The station cannot be reached right now. We will try again in a moment.</source>
        <translation>Der Sender ist gerade nicht zu erreichen. Wir versuchen es gleich noch einmal.</translation>
    </message>
    <message>
        <source>This station is not available at the moment. We will try again in a moment.</source>
        <translation>Dieser Sender ist im Moment nicht verfügbar. Wir versuchen es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The station has a fault right now. We will try again in a moment.</source>
        <translation>Beim Sender gibt es gerade eine Störung. Wir versuchen es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The connection was interrupted. We will try again in a moment.</source>
        <translation>Die Verbindung ist unterbrochen. Wir versuchen es gleich noch einmal.</translation>
    </message>
    <message>
        <source>This station cannot be played right now. We will try again in a moment.</source>
        <translation>Dieser Sender lässt sich gerade nicht abspielen. Wir versuchen es gleich noch einmal.</translation>
    </message>
    <message>
        <source>This station points to an address that is not allowed here. We will try again in a moment.</source>
        <translation>Dieser Sender verweist auf eine Adresse, die hier nicht erlaubt ist. Wir versuchen es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::PreviewScreen</name>
    <message>
        <source>the station “%1”</source>
        <translation>den Sender „%1“</translation>
    </message>
    <message>
        <source>a call with %1</source>
        <translation>einen Anruf bei %1</translation>
    </message>
    <message>
        <source>all contacts</source>
        <translation>alle Kontakte</translation>
    </message>
    <message>
        <source>“What&apos;s on?”</source>
        <translation>„Was ist los?“</translation>
    </message>
    <message>
        <source>today&apos;s programme</source>
        <translation>das Programm von heute</translation>
    </message>
    <message>
        <source>Preview: not yet published</source>
        <translation>Vorschau: noch nicht veröffentlicht</translation>
    </message>
    <message>
        <source>“%1” opens %2.</source>
        <translation>„%1“ öffnet %2.</translation>
    </message>
    <message>
        <source>This is how the home screen will look. Tap a tile to try it.</source>
        <translation>So wird die Startseite aussehen. Tippen Sie auf eine Kachel, um sie auszuprobieren.</translation>
    </message>
    <message>
        <source>“Back” returns to the preview.</source>
        <translation>„Zurück“ führt zur Vorschau zurück.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::ProgrammeText</name>
    <message>
        <source>H:mm</source>
        <extracomment>Time format of the programme (QTime format codes): &quot;H:mm&quot; gives &quot;9:05&quot;.</extracomment>
        <translation>H:mm</translation>
    </message>
    <message>
        <source>%1&#xa0;– %2</source>
        <extracomment>From one time to another: &quot;10:00 – 10:45 Uhr&quot;</extracomment>
        <translation>%1&#xa0;– %2 Uhr</translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <extracomment>The date under &quot;Programm heute&quot; (QDate format codes): &quot;Sonntag, 6. Dezember&quot;</extracomment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>Today&apos;s programme</source>
        <extracomment>Title of the residents&apos; screen with today&apos;s sessions in the room: &quot;Programm heute&quot;</extracomment>
        <translation>Programm heute</translation>
    </message>
    <message>
        <source>on now</source>
        <extracomment>Mark of the session that is on now: &quot;läuft gerade&quot;</extracomment>
        <translation>läuft gerade</translation>
    </message>
    <message>
        <source>starting soon</source>
        <extracomment>Mark of a session that starts within ten minutes: &quot;gleich&quot;</extracomment>
        <translation>gleich</translation>
    </message>
    <message>
        <source>cancelled today</source>
        <extracomment>Mark of a session that does not take place today: &quot;fällt heute aus&quot;</extracomment>
        <translation>fällt heute aus</translation>
    </message>
    <message>
        <source>There is nothing on the programme today.</source>
        <extracomment>No session planned for today: &quot;Heute steht nichts auf dem Programm.&quot;</extracomment>
        <translation>Heute steht nichts auf dem Programm.</translation>
    </message>
    <message>
        <source>There is nothing more on the programme today.</source>
        <extracomment>Every session of today is over: &quot;Heute gibt es kein Programm mehr.&quot;</extracomment>
        <translation>Heute gibt es kein Programm mehr.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::ReadAloudButton</name>
    <message>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::RingScreen</name>
    <message>
        <source>Answer</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>%1 is calling</source>
        <translation>%1 ruft an</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Ton an</translation>
    </message>
    <message numerus="yes">
        <source>Answering by itself in %n seconds</source>
        <translation>
            <numerusform>Das Gespräch beginnt in %n Sekunde von selbst</numerusform>
            <numerusform>Das Gespräch beginnt in %n Sekunden von selbst</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap &quot;Answer&quot; to talk. Or tap &quot;Decline&quot;.</source>
        <extracomment>Read aloud on the ring screen, after &quot;Anna ruft an&quot; (the buttons are &quot;Annehmen&quot; and &quot;Ablehnen&quot;): &quot;Tippen Sie auf Annehmen, dann können Sie sprechen. Oder tippen Sie auf Ablehnen.&quot;</extracomment>
        <translation>Tippen Sie auf Annehmen, dann können Sie sprechen. Oder tippen Sie auf Ablehnen.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SelfTestText</name>
    <message>
        <source>WARNING: the Chromium sandbox is off (%1). Video calls run without its protection; on the kiosk PC run Dorfplatz as an unprivileged user, without QTWEBENGINE_DISABLE_SANDBOX and without --no-sandbox.</source>
        <translation>WARNUNG: Chromium-Sandbox ist aus (%1). Videoanrufe laufen ohne ihren Schutz; auf dem Kiosk-PC Dorfplatz als normaler Benutzer starten, ohne QTWEBENGINE_DISABLE_SANDBOX und ohne --no-sandbox.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SessionBanner</name>
    <message>
        <source>At %1: %2</source>
        <comment>a session soon: time, title</comment>
        <translation>Um %1 Uhr: %2</translation>
    </message>
    <message>
        <source>At %1: %2.</source>
        <comment>read aloud: a session soon, time, title</comment>
        <extracomment>Read aloud on the home screen shortly before a session: &quot;Um %1: %2.&quot; (&quot;Um 10 Uhr: Sitzgymnastik.&quot;)</extracomment>
        <translation>Um %1: %2.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SessionContentText</name>
    <message>
        <source>Announcement only</source>
        <translation>Nur Ankündigung</translation>
    </message>
    <message>
        <source>&quot;What&apos;s on?&quot;</source>
        <translation>„Was ist los?“</translation>
    </message>
    <message>
        <source>Stream no longer configured</source>
        <translation>Sender nicht mehr eingerichtet</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Anruf mit %1</translation>
    </message>
    <message>
        <source>Contact no longer configured</source>
        <translation>Kontakt nicht mehr eingerichtet</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SessionCountdownScreen</name>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Now begins:</source>
        <translation>Jetzt beginnt:</translation>
    </message>
    <message>
        <source>Now it is time for:</source>
        <translation>Jetzt ist Zeit für:</translation>
    </message>
    <message numerus="yes">
        <source>It starts by itself in %n second(s).</source>
        <translation>
            <numerusform>Es beginnt von selbst in %n Sekunde.</numerusform>
            <numerusform>Es beginnt von selbst in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>It starts now.</source>
        <translation>Es beginnt jetzt.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SessionEditorScreen</name>
    <message>
        <source>New session</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>Change session</source>
        <translation>Veranstaltung ändern</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Zeit ändern</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Umschalten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Title, e.g. Chair gymnastics</source>
        <translation>Titel, z. B. Sitzgymnastik</translation>
    </message>
    <message>
        <source>Note for colleagues</source>
        <translation>Notiz für die Kolleginnen und Kollegen</translation>
    </message>
    <message>
        <source>Title: (none yet)</source>
        <translation>Titel: (noch keiner)</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <source>Shows: %1</source>
        <translation>Inhalt: %1</translation>
    </message>
    <message>
        <source>Note: (none)</source>
        <translation>Notiz: (keine)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Starts by itself</source>
        <translation>Startet von selbst</translation>
    </message>
    <message>
        <source>Only reminds</source>
        <translation>Erinnert nur</translation>
    </message>
    <message>
        <source>Room volume: %1 %</source>
        <translation>Lautstärke im Raum: %1 %</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every %1 weeks</source>
        <translation>Alle %1 Wochen</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Am %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Ab %1</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Um %1 Uhr</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Really delete?</source>
        <translation>Wirklich löschen?</translation>
    </message>
    <message>
        <source>Please give the session a title first.</source>
        <translation>Bitte geben Sie der Veranstaltung zuerst einen Titel.</translation>
    </message>
    <message>
        <source>This overlaps with &quot;%1&quot; on %2 at %3.</source>
        <translation>Das überschneidet sich mit „%1“ am %2 um %3 Uhr.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more overlap(s).)</source>
        <translation>
            <numerusform>(Und %n weitere Überschneidung.)</numerusform>
            <numerusform>(Und %n weitere Überschneidungen.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be saved (%1). Nothing was changed.</source>
        <translation>Konnte nicht gespeichert werden (%1). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Could not be deleted (%1). Nothing was changed.</source>
        <translation>Konnte nicht gelöscht werden (%1). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Ohne Enddatum</translation>
    </message>
    <message>
        <source>Video visit with %1</source>
        <translation>Videobesuch mit %1</translation>
    </message>
    <message>
        <source>For whom? As the relative knows her, e.g. Mrs Müller</source>
        <translation>Für wen? So, wie die Angehörigen sie kennen, z. B. Frau Müller</translation>
    </message>
    <message>
        <source>Video visit with %1 for %2</source>
        <translation>Videobesuch mit %1 für %2</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SessionOutcomes</name>
    <message>
        <source>How the session went could not be recorded (%1).</source>
        <translation>Wie der Programmpunkt verlief, konnte nicht gespeichert werden (%1).</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SessionRunner</name>
    <message>
        <source>In 2 minutes this ends: %1</source>
        <translation>In 2 Minuten endet: %1</translation>
    </message>
    <message>
        <source>%1 is not working right now. It will be tried again at %2.</source>
        <translation>%1 klappt gerade nicht. Um %2 Uhr versuchen wir es noch einmal.</translation>
    </message>
    <message>
        <source>Video visit with %1 for %2</source>
        <translation>Videobesuch mit %1 für %2</translation>
    </message>
    <message>
        <source>Video visit for %1</source>
        <translation>Videobesuch für %1</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SignInScreen</name>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>PIN für %1</translation>
    </message>
    <message>
        <source>Checking the PIN …</source>
        <translation>Die PIN wird geprüft …</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Diese PIN stimmt nicht.</translation>
    </message>
    <message>
        <source>Too many wrong PINs.</source>
        <translation>Zu viele falsche PINs.</translation>
    </message>
    <message>
        <source>The PIN cannot be checked: the database is not available. Please tell the administrator.</source>
        <translation>Die PIN kann nicht geprüft werden: Die Datenbank ist nicht erreichbar. Bitte sagen Sie der Technik Bescheid.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SpokenText</name>
    <message>
        <source>H:mm</source>
        <comment>spoken time, full hour</comment>
        <extracomment>A time at a full hour, read aloud (QTime format codes, text in single quotes): &quot;H &apos;Uhr&apos;&quot; gives &quot;19 Uhr&quot;.</extracomment>
        <translation>H &apos;Uhr&apos;</translation>
    </message>
    <message>
        <source>H:mm</source>
        <comment>spoken time with minutes</comment>
        <extracomment>A time with minutes, read aloud (QTime format codes, text in single quotes): &quot;H &apos;Uhr&apos; m&quot; gives &quot;19 Uhr 30&quot; and &quot;19 Uhr 5&quot;.</extracomment>
        <translation>H &apos;Uhr&apos; m</translation>
    </message>
    <message>
        <source>from %1 to midnight</source>
        <extracomment>A span of time that ends at midnight, read aloud: &quot;von %1 bis Mitternacht&quot;</extracomment>
        <translation>von %1 bis Mitternacht</translation>
    </message>
    <message>
        <source>H:mm</source>
        <comment>spoken hour of a span of full hours</comment>
        <extracomment>The hours of a span from one full hour to another, read aloud (QTime format codes): &quot;H&quot; gives &quot;19&quot;, for &quot;von 19 bis 21 Uhr&quot;.</extracomment>
        <translation>H</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <comment>spoken, full hours</comment>
        <extracomment>From one full hour to another, read aloud: &quot;von %1 bis %2 Uhr&quot; (&quot;von 19 bis 21 Uhr&quot;)</extracomment>
        <translation>von %1 bis %2 Uhr</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <comment>spoken, times</comment>
        <extracomment>From one time to another, read aloud: &quot;von %1 bis %2&quot; (&quot;von 10 Uhr 15 bis 11 Uhr 15&quot;)</extracomment>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>spoken, a start time</comment>
        <extracomment>Something that starts at a time and goes on for days, read aloud: &quot;ab %1&quot; (&quot;ab 18 Uhr&quot;)</extracomment>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until midnight</source>
        <extracomment>Something that ends at midnight, read aloud: &quot;bis Mitternacht&quot;</extracomment>
        <translation>bis Mitternacht</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>spoken, a time</comment>
        <extracomment>Something that ends at a time, read aloud: &quot;bis %1&quot; (&quot;bis 14 Uhr&quot;)</extracomment>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <comment>spoken date</comment>
        <extracomment>A date with its year, read aloud (QDate format codes, text in single quotes): &quot;dddd, &apos;der&apos; d. MMMM yyyy&quot; gives &quot;Samstag, der 5. Dezember 2027&quot;.</extracomment>
        <translation>dddd, &apos;der&apos; d. MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <comment>spoken date</comment>
        <extracomment>A date, read aloud (QDate format codes, text in single quotes): &quot;dddd, &apos;der&apos; d. MMMM&quot; gives &quot;Samstag, der 5. Dezember&quot;.</extracomment>
        <translation>dddd, &apos;der&apos; d. MMMM</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>The day of something, read aloud: &quot;Heute&quot;</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <extracomment>The day of something, read aloud: &quot;Morgen&quot;</extracomment>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <extracomment>Today&apos;s date, read aloud: &quot;Heute, %1&quot; (&quot;Heute, Samstag, der 5. Dezember&quot;)</extracomment>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <extracomment>Tomorrow&apos;s date, read aloud: &quot;Morgen, %1&quot; (&quot;Morgen, Sonntag, der 6. Dezember&quot;)</extracomment>
        <translation>Morgen, %1</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <comment>spoken date inside a sentence</comment>
        <extracomment>A date with its year inside a sentence, read aloud (QDate format codes): &quot;dddd, d. MMMM yyyy&quot; gives &quot;Sonntag, 7. Dezember 2027&quot;, as in &quot;bis Sonntag, …&quot;.</extracomment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <comment>spoken date inside a sentence</comment>
        <extracomment>A date inside a sentence, read aloud (QDate format codes): &quot;dddd, d. MMMM&quot; gives &quot;Sonntag, 7. Dezember&quot;, as in &quot;bis Sonntag, 7. Dezember&quot;.</extracomment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>until today</source>
        <extracomment>Something that ends today, read aloud: &quot;bis heute&quot;</extracomment>
        <translation>bis heute</translation>
    </message>
    <message>
        <source>until tomorrow</source>
        <extracomment>Something that ends tomorrow, read aloud: &quot;bis morgen&quot;</extracomment>
        <translation>bis morgen</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>spoken, a day</comment>
        <extracomment>Something that ends on a day, read aloud: &quot;bis %1&quot; (&quot;bis Sonntag, 7. Dezember&quot;)</extracomment>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the end of a list</comment>
        <extracomment>The last two things of a list, read aloud: &quot;%1 und %2&quot; (&quot;Radio, Fernsehen und Anna&quot;)</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Page %1 of %2.</source>
        <extracomment>Which page of several a screen shows, read aloud: &quot;Seite %1 von %2.&quot;</extracomment>
        <translation>Seite %1 von %2.</translation>
    </message>
    <message>
        <source>Tap &quot;more&quot; to see more.</source>
        <extracomment>Read aloud on a page that is not the last (the button&apos;s German label is &quot;weiter&quot;): &quot;Tippen Sie auf weiter, dann sehen Sie mehr.&quot;</extracomment>
        <translation>Tippen Sie auf weiter, dann sehen Sie mehr.</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between two numbers</comment>
        <extracomment>Read aloud for a dash between two numbers (&quot;10–12&quot;): &quot;bis&quot;</extracomment>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::StaffHomeScreen</name>
    <message>
        <source>care and social service</source>
        <translation>Pflege und Sozialer Dienst</translation>
    </message>
    <message>
        <source>digital guide</source>
        <translation>Digitallotse</translation>
    </message>
    <message>
        <source>management</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Hallo, %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Signed in as %1. Staff mode ends with &quot;Done&quot;, or by itself after two minutes without a touch.</source>
        <translation>Angemeldet als %1. Der Personalbereich endet mit „Fertig“ oder von selbst nach zwei Minuten ohne Berührung.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Nutzung</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::StaffMode</name>
    <message>
        <source>first start</source>
        <translation>Erster Start</translation>
    </message>
    <message>
        <source>“%1” is ready: save it on a USB stick or print it.</source>
        <translation>„%1“ ist fertig: auf einem USB-Stick speichern oder drucken.</translation>
    </message>
    <message>
        <source>The plan could not be made: %1</source>
        <translation>Der Plan konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The invitation could not be made: %1</source>
        <translation>Die Einladung konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::StaffScreen</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::StartNowScreen</name>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>What should the room see and hear?</source>
        <translation>Was soll der Raum sehen und hören?</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message numerus="yes">
        <source>For %n minute(s)</source>
        <translation>
            <numerusform>Für %n Minute</numerusform>
            <numerusform>Für %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Room volume: %1 % (louder than residents may set it)</source>
        <translation>Lautstärke im Raum: %1 % (lauter, als Bewohner sie stellen können)</translation>
    </message>
    <message>
        <source>Room volume: %1 %</source>
        <translation>Lautstärke im Raum: %1 %</translation>
    </message>
    <message>
        <source>Start &quot;%1&quot;</source>
        <translation>„%1“ starten</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::StationEditorScreen</name>
    <message>
        <source>New station</source>
        <translation>Neuer Sender</translation>
    </message>
    <message>
        <source>Change station</source>
        <translation>Sender ändern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Add a fallback address</source>
        <translation>Ersatzadresse hinzufügen</translation>
    </message>
    <message>
        <source>Remove the last fallback</source>
        <translation>Letzte Ersatzadresse entfernen</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Radio or TV</source>
        <translation>Radio oder Fernsehen</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Leiser</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Lauter</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Probehören</translation>
    </message>
    <message>
        <source>With a tile: yes</source>
        <translation>Mit Kachel: ja</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>The station&apos;s name, as the residents know it:</source>
        <translation>Der Name des Senders, wie die Bewohner ihn kennen:</translation>
    </message>
    <message>
        <source>The address of the stream, as the station gives it (https://…, also .m3u or .pls):</source>
        <translation>Die Adresse des Streams, wie der Sender sie angibt (https://…, auch .m3u oder .pls):</translation>
    </message>
    <message>
        <source>An address to try when the first one fails (empty: remove it):</source>
        <translation>Eine Adresse für den Fall, dass die erste nicht geht (leer: entfernen):</translation>
    </message>
    <message>
        <source>Choose the station&apos;s logo.</source>
        <translation>Wählen Sie das Logo des Senders.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>Ersatz %1: %2</translation>
    </message>
    <message>
        <source>TV (with picture)</source>
        <translation>Fernsehen (mit Bild)</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <source>Starts at volume %1 %</source>
        <translation>Beginnt mit Lautstärke %1 %</translation>
    </message>
    <message>
        <source>Starts at the kiosk&apos;s usual volume</source>
        <translation>Beginnt mit der üblichen Lautstärke</translation>
    </message>
    <message>
        <source>With a tile: no</source>
        <translation>Mit Kachel: nein</translation>
    </message>
    <message>
        <source>Enter the address first.</source>
        <translation>Bitte zuerst die Adresse eingeben.</translation>
    </message>
    <message>
        <source>Listening …</source>
        <translation>Probehören …</translation>
    </message>
    <message>
        <source>It works: sound after %1 s (%2).</source>
        <translation>Es geht: Ton nach %1 s (%2).</translation>
    </message>
    <message>
        <source>It does not work: %1</source>
        <translation>Es geht nicht: %1</translation>
    </message>
    <message>
        <source>The station needs a name.</source>
        <translation>Der Sender braucht einen Namen.</translation>
    </message>
    <message>
        <source>The station needs an address.</source>
        <translation>Der Sender braucht eine Adresse.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::StationFinderScreen</name>
    <message>
        <source>Find stations</source>
        <translation>Sender finden</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Rheinland-Pfalz</source>
        <translation>Rheinland-Pfalz</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>With a tile</source>
        <translation>Mit Kachel</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Schlager</source>
        <translation>Schlager</translation>
    </message>
    <message>
        <source>Folk music</source>
        <translation>Volksmusik</translation>
    </message>
    <message>
        <source>Oldies</source>
        <translation>Oldies</translation>
    </message>
    <message>
        <source>Classical</source>
        <translation>Klassik</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>The station&apos;s name, or a part of it (empty: all stations):</source>
        <translation>Der Name des Senders oder ein Teil davon (leer: alle Sender):</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Nach Namen suchen</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Genre: %1</source>
        <translation>Richtung: %1</translation>
    </message>
    <message>
        <source>Searching …</source>
        <translation>Wird gesucht …</translation>
    </message>
    <message>
        <source>No station found. Try another name or fewer filters.</source>
        <translation>Kein Sender gefunden. Versuchen Sie einen anderen Namen oder weniger Filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s) found, the most listened-to first.</source>
        <translation>
            <numerusform>%n Sender gefunden.</numerusform>
            <numerusform>%n Sender gefunden, die meistgehörten zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to the internet: the station directory cannot be reached.</source>
        <translation>Keine Verbindung zum Internet: Das Senderverzeichnis ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The station directory does not answer just now. Please try again later.</source>
        <translation>Das Senderverzeichnis antwortet gerade nicht. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The answer did not come from the station directory. Perhaps the internet here needs a sign-in first.</source>
        <translation>Die Antwort kam nicht vom Senderverzeichnis. Vielleicht braucht das Internet hier zuerst eine Anmeldung.</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Probehören</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Listening to “%1” …</source>
        <translation>„%1“ wird probegehört …</translation>
    </message>
    <message>
        <source>“%1” works: sound after %2 s.</source>
        <translation>„%1“ geht: Ton nach %2 s.</translation>
    </message>
    <message>
        <source>“%1” does not work: %2</source>
        <translation>„%1“ geht nicht: %2</translation>
    </message>
    <message>
        <source>“%1” is already among the stations, as “%2”.</source>
        <translation>„%1“ ist schon bei den Sendern, als „%2“.</translation>
    </message>
    <message>
        <source>“%1” is now among the stations, with its tile.</source>
        <translation>„%1“ ist jetzt bei den Sendern, mit seiner Kachel.</translation>
    </message>
    <message>
        <source>“%1” is now among the stations.</source>
        <translation>„%1“ ist jetzt bei den Sendern.</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Übernommen</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::StreamDiagnosis</name>
    <message>
        <source>No connection to the internet (the name %1 cannot be resolved): check the network, then the address.</source>
        <translation>Keine Verbindung zum Internet (der Name %1 lässt sich nicht auflösen): Netzwerk prüfen, dann die Adresse.</translation>
    </message>
    <message>
        <source>The connection to %1 is refused: no server runs there. Check the address and the port.</source>
        <translation>Die Verbindung zu %1 wird abgelehnt: dort läuft kein Server. Adresse und Port prüfen.</translation>
    </message>
    <message>
        <source>The server does not answer (timeout): try again later, or check the address.</source>
        <translation>Der Server antwortet nicht (Zeitüberschreitung): später noch einmal versuchen oder Adresse prüfen.</translation>
    </message>
    <message>
        <source>The server answers with %1 (access denied): the station does not allow this address. Look for its current address on the station&apos;s website.</source>
        <translation>Der Server antwortet mit %1 (Zugriff verweigert): der Sender erlaubt diese Adresse nicht. Die aktuelle Adresse auf der Webseite des Senders suchen.</translation>
    </message>
    <message>
        <source>The server answers with %1: check the address.</source>
        <translation>Der Server antwortet mit %1: Adresse prüfen.</translation>
    </message>
    <message>
        <source>The server answers with %1 (a fault at the station): try again later.</source>
        <translation>Der Server antwortet mit %1 (Störung beim Sender): später noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The server reports a fault: try again later.</source>
        <translation>Der Server meldet eine Störung: später noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 fails (certificate): check the date and time of this computer.</source>
        <translation>Die sichere Verbindung zu %1 scheitert (Zertifikat): Datum und Uhrzeit dieses Computers prüfen.</translation>
    </message>
    <message>
        <source>The server cannot be reached: check the network, then the address.</source>
        <translation>Der Server ist nicht erreichbar: Netzwerk prüfen, dann die Adresse.</translation>
    </message>
    <message>
        <source>The file %1 is missing: check its name and folder.</source>
        <translation>Die Datei %1 fehlt: Name und Ordner prüfen.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: check its access rights.</source>
        <translation>Die Datei %1 lässt sich nicht lesen: Zugriffsrechte prüfen.</translation>
    </message>
    <message>
        <source>No sound and no picture: this is not a stream the kiosk can play. The address must lead to the stream itself, not to a web page.</source>
        <translation>Kein Ton und kein Bild: das ist kein Stream, den der Kiosk abspielen kann. Die Adresse muss zum Stream selbst führen, nicht zu einer Webseite.</translation>
    </message>
    <message>
        <source>The server answers, but nothing can be heard or seen in time: the line may be too slow. Try again later.</source>
        <translation>Der Server antwortet, aber rechtzeitig ist nichts zu hören oder zu sehen: vielleicht ist die Leitung zu langsam. Später noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The stream broke off: try again later.</source>
        <translation>Der Stream ist abgebrochen: später noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The playlist leads only to addresses the kiosk must not open: use another address of the station.</source>
        <translation>Die Wiedergabeliste führt nur zu Adressen, die der Kiosk nicht öffnen darf: eine andere Adresse des Senders nehmen.</translation>
    </message>
    <message>
        <source>The playlist is empty or cannot be loaded: check the address.</source>
        <translation>Die Wiedergabeliste ist leer oder lässt sich nicht laden: Adresse prüfen.</translation>
    </message>
    <message>
        <source>The stream does not play, for a reason the kiosk cannot name: check the address.</source>
        <translation>Der Stream spielt nicht, der Grund ist unbekannt: Adresse prüfen.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SyncCommand</name>
    <message>
        <source>Exit codes:
  0  every feed updated or unchanged
  1  some feeds failed; their last good events stay in use
  2  wrong command line
  3  feeds.json cannot be used
  4  the events cache cannot be opened or written (disk full?)
  5  no feed could be updated
  6  another sync is running</source>
        <translation>Exit-Codes:
  0  alle Kalender aktualisiert oder unverändert
  1  einige Kalender fehlgeschlagen; ihre letzten guten Termine bleiben in Gebrauch
  2  falscher Aufruf
  3  feeds.json ist nicht verwendbar
  4  der Veranstaltungsspeicher lässt sich nicht öffnen oder schreiben (Festplatte voll?)
  5  kein Kalender konnte aktualisiert werden
  6  ein anderer Abgleich läuft schon</translation>
    </message>
    <message numerus="yes">
        <source>Updating %n calendar(s) …</source>
        <translation>
            <numerusform>Aktualisiere %n Kalender …</numerusform>
            <numerusform>Aktualisiere %n Kalender …</numerusform>
        </translation>
    </message>
    <message>
        <source>loading %1 …</source>
        <translation>lade %1 …</translation>
    </message>
    <message numerus="yes">
        <source>%n event date(s) stored</source>
        <translation>
            <numerusform>%n Termin gespeichert</numerusform>
            <numerusform>%n Termine gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n broken entry(s) skipped</source>
        <translation>
            <numerusform>, %n fehlerhafter Eintrag übersprungen</numerusform>
            <numerusform>, %n fehlerhafte Einträge übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unchanged (%n event date(s)).</source>
        <translation>
            <numerusform>unverändert (%n Termin).</numerusform>
            <numerusform>unverändert (%n Termine).</numerusform>
        </translation>
    </message>
    <message>
        <source>The events from %1 stay in use.</source>
        <translation>Die Termine vom %1 bleiben in Gebrauch.</translation>
    </message>
    <message>
        <source>There are no events from this calendar yet.</source>
        <translation>Von diesem Kalender gibt es noch keine Termine.</translation>
    </message>
    <message>
        <source>Done in %1 s: %2 updated, %3 unchanged, %4 failed.</source>
        <translation>Fertig in %1 s: %2 aktualisiert, %3 unverändert, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Fetches the calendar feeds of feeds.json into the events cache of the kiosk.</source>
        <translation>Holt die Kalender aus feeds.json in den Veranstaltungsspeicher des Kiosks.</translation>
    </message>
    <message>
        <source>Read feeds.json from DIR (default: %1).</source>
        <translation>feeds.json aus VERZEICHNIS lesen (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>Keep the events cache in DIR (default: %1).</source>
        <translation>Den Veranstaltungsspeicher in VERZEICHNIS ablegen (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>Print one JSON object per line instead of text.</source>
        <translation>Statt Text ein JSON-Objekt pro Zeile ausgeben.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>Another sync is running already.</source>
        <translation>Ein anderer Abgleich läuft schon.</translation>
    </message>
    <message>
        <source>The events cache cannot be opened: %1</source>
        <translation>Der Veranstaltungsspeicher lässt sich nicht öffnen: %1</translation>
    </message>
    <message numerus="yes">
        <source> %n later event date(s) left out: the calendar has more text than the kiosk keeps.</source>
        <translation>
            <numerusform> %n späterer Termin weggelassen: Der Kalender hat mehr Text, als der Kiosk aufbewahrt.</numerusform>
            <numerusform> %n spätere Termine weggelassen: Der Kalender hat mehr Text, als der Kiosk aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>  7  the configuration folder does not exist
  8  the configuration folder has no feeds.json</source>
        <translation>  7  den Einstellungsordner gibt es nicht
  8  im Einstellungsordner fehlt feeds.json</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The calendar is larger than the kiosk allows</source>
        <translation>Der Kalender ist größer, als der Kiosk erlaubt</translation>
    </message>
    <message>
        <source>The address forwards too often: check the address</source>
        <translation>Die Adresse leitet zu oft weiter: Adresse prüfen</translation>
    </message>
    <message>
        <source>The server answers with %1: check the address</source>
        <translation>Der Server antwortet mit %1: Adresse prüfen</translation>
    </message>
    <message>
        <source>The server answers with %1: the calendar is not public</source>
        <translation>Der Server antwortet mit %1: der Kalender ist nicht öffentlich</translation>
    </message>
    <message>
        <source>The server answers with %1: a fault of the server, which usually passes</source>
        <translation>Der Server antwortet mit %1: eine Störung beim Server, die meist vorübergeht</translation>
    </message>
    <message>
        <source>The server answers with %1</source>
        <translation>Der Server antwortet mit %1</translation>
    </message>
    <message>
        <source>The server answers with an error</source>
        <translation>Der Server antwortet mit einem Fehler</translation>
    </message>
    <message>
        <source>No connection to the internet (the name %1 cannot be resolved)</source>
        <translation>Keine Verbindung zum Internet (der Name %1 lässt sich nicht auflösen)</translation>
    </message>
    <message>
        <source>The server %1 accepts no connection</source>
        <translation>Der Server %1 nimmt keine Verbindung an</translation>
    </message>
    <message>
        <source>The connection to %1 failed</source>
        <translation>Die Verbindung zu %1 ist gescheitert</translation>
    </message>
    <message>
        <source>The file cannot be read: check the path in feeds.json</source>
        <translation>Die Datei lässt sich nicht lesen: Pfad in feeds.json prüfen</translation>
    </message>
    <message>
        <source>This is not a calendar the kiosk can read: check the address</source>
        <translation>Das ist kein Kalender, den der Kiosk lesen kann: Adresse prüfen</translation>
    </message>
    <message>
        <source>The events cache cannot be written (disk full?)</source>
        <translation>Der Terminspeicher lässt sich nicht schreiben (Festplatte voll?)</translation>
    </message>
    <message>
        <source>The calendar could not be loaded</source>
        <translation>Der Kalender ließ sich nicht laden</translation>
    </message>
    <message>
        <source>FAILED. %1. %2</source>
        <translation>FEHLGESCHLAGEN. %1. %2</translation>
    </message>
    <message>
        <source>Add the technical details (network, calendar library) to each failure, and print the log.</source>
        <translation>Bei jedem Fehler auch die technischen Einzelheiten (Netzwerk, Kalenderbibliothek) zeigen, und das Protokoll ausgeben.</translation>
    </message>
    <message>
        <source>Note: the folder %1 does not exist. The calendars of the digital guides&apos; version %2 are updated; check the path given with --config.</source>
        <translation>Hinweis: Den Ordner %1 gibt es nicht. Aktualisiert werden die Kalender der Version %2 der Digitallotsen; den Pfad bei --config prüfen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: check the path given with --config.</source>
        <translation>Den Ordner %1 gibt es nicht: den Pfad bei --config prüfen.</translation>
    </message>
    <message>
        <source>%1 is not a folder: check the path given with --config.</source>
        <translation>%1 ist kein Ordner: den Pfad bei --config prüfen.</translation>
    </message>
    <message>
        <source>The digital guides&apos; version %1 has no feeds.json: add the calendars in the guides&apos; mode, or go back to the installed configuration with &quot;dorfplatz --reset-config&quot;.</source>
        <translation>In Version %1 der Digitallotsen fehlt feeds.json: die Kalender im Lotsenbereich eintragen oder mit „dorfplatz --reset-config“ zur installierten Einstellung zurückkehren.</translation>
    </message>
    <message>
        <source>There is no feeds.json in the folder %1: put the calendars there in a feeds.json, or give the right folder with --config.</source>
        <translation>Im Ordner %1 gibt es keine feeds.json: die Kalender dort in eine feeds.json eintragen oder mit --config den richtigen Ordner angeben.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SyncStatusBar</name>
    <message>
        <source>%1 of %2 calendars</source>
        <translation>%1 von %2 Kalendern</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SyncStatusScreen</name>
    <message>
        <source>Calendars</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>No calendars are set up for this kiosk.</source>
        <translation>Für diesen Kiosk sind keine Kalender eingerichtet.</translation>
    </message>
    <message>
        <source>The calendars are updated every night by themselves. To do it now, tap &quot;Update now&quot;.</source>
        <translation>Die Kalender werden jede Nacht von selbst aktualisiert. Wenn es jetzt sein soll, tippen Sie auf „Jetzt aktualisieren“.</translation>
    </message>
    <message>
        <source>Updating the calendars …</source>
        <extracomment>While dorfplatz-sync runs: &quot;Die Kalender werden gerade aktualisiert …&quot;</extracomment>
        <translation>Die Kalender werden gerade aktualisiert …</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SyncStatusText</name>
    <message>
        <source>Last updated: never</source>
        <extracomment>A calendar that was never loaded: &quot;Zuletzt aktualisiert: noch nie&quot;</extracomment>
        <translation>Zuletzt aktualisiert: noch nie</translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <extracomment>&quot;Zuletzt aktualisiert: heute, 03:12 Uhr&quot; (the time as the log says it)</extracomment>
        <translation>Zuletzt aktualisiert: %1</translation>
    </message>
    <message>
        <source>Last attempt %1: %2</source>
        <extracomment>&quot;Letzter Versuch heute, 03:20 Uhr: Der Server hat mit Fehler 404 geantwortet.&quot;</extracomment>
        <translation>Letzter Versuch %1: %2</translation>
    </message>
    <message>
        <source>The server answered with error %1.</source>
        <extracomment>&quot;Der Server hat mit Fehler 404 geantwortet.&quot;</extracomment>
        <translation>Der Server hat mit Fehler %1 geantwortet.</translation>
    </message>
    <message>
        <source>The calendar could not be loaded (%1).</source>
        <extracomment>Any other failure, with the technical detail for whoever set up the kiosk: &quot;Der Kalender konnte nicht geladen werden (Connection refused).&quot;</extracomment>
        <translation>Der Kalender konnte nicht geladen werden (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Done: %1 of %n calendar(s) updated.</source>
        <extracomment>&quot;Fertig: 3 von 3 Kalendern aktualisiert.&quot;</extracomment>
        <translation>
            <numerusform>Fertig: %1 von %n Kalender aktualisiert.</numerusform>
            <numerusform>Fertig: %1 von %n Kalendern aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not updated: %1.</source>
        <extracomment>The calendars a sync could not update, by name: &quot;Nicht geklappt: Kusel.&quot;</extracomment>
        <translation>Nicht aktualisiert: %1.</translation>
    </message>
    <message>
        <source>An update is running already. Please try again in a few minutes.</source>
        <translation>Es läuft schon eine Aktualisierung. Bitte versuchen Sie es in ein paar Minuten noch einmal.</translation>
    </message>
    <message>
        <source>The calendar settings cannot be used. Please tell whoever set up the kiosk.</source>
        <translation>Die Kalender-Einstellungen sind fehlerhaft. Bitte sagen Sie der Person Bescheid, die den Kiosk eingerichtet hat.</translation>
    </message>
    <message>
        <source>The events cannot be saved (is the disk full?). Please tell whoever set up the kiosk.</source>
        <translation>Die Veranstaltungen können nicht gespeichert werden (ist der Speicher voll?). Bitte sagen Sie der Person Bescheid, die den Kiosk eingerichtet hat.</translation>
    </message>
    <message>
        <source>The update could not be started or stopped unexpectedly. Please try again later.</source>
        <translation>Die Aktualisierung konnte nicht starten oder wurde unerwartet beendet. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The update ended with error %1.</source>
        <extracomment>An end the kiosk has no words for: &quot;Die Aktualisierung ist mit Fehler 2 beendet worden.&quot;</extracomment>
        <translation>Die Aktualisierung wurde mit Fehler %1 beendet.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::TextEntry</name>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::TileEditorScreen</name>
    <message>
        <source>New tile</source>
        <translation>Neue Kachel</translation>
    </message>
    <message>
        <source>Change tile</source>
        <translation>Kachel ändern</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Öffnet</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>Sender: %1</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>What&apos;s on?</source>
        <translation>Was ist los?</translation>
    </message>
    <message>
        <source>Today&apos;s programme</source>
        <translation>Programm heute</translation>
    </message>
    <message>
        <source>Programme today</source>
        <translation>Programm heute</translation>
    </message>
    <message>
        <source>The label stands under the picture, in large letters. Short is best: “SWR4”, “Call Anna”.</source>
        <translation>Die Beschriftung steht groß unter dem Bild. Kurz ist am besten: „SWR4“, „Anna anrufen“.</translation>
    </message>
    <message>
        <source>What should the tile open?</source>
        <translation>Was soll die Kachel öffnen?</translation>
    </message>
    <message>
        <source>Choose a picture.</source>
        <translation>Wählen Sie ein Bild.</translation>
    </message>
    <message>
        <source>The tile needs a label.</source>
        <translation>Die Kachel braucht eine Beschriftung.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::TodayScreen</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Cancel today</source>
        <translation>Heute absagen</translation>
    </message>
    <message>
        <source>The programme cannot be read (%1). What was read before is shown.</source>
        <translation>Das Programm kann gerade nicht gelesen werden (%1). Sie sehen den letzten bekannten Stand.</translation>
    </message>
    <message>
        <source>Nothing is planned for this day.</source>
        <translation>Für diesen Tag ist nichts geplant.</translation>
    </message>
    <message>
        <source>cancelled today</source>
        <translation>fällt heute aus</translation>
    </message>
    <message>
        <source>over</source>
        <translation>vorbei</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>starts by itself</source>
        <translation>startet von selbst</translation>
    </message>
    <message>
        <source>reminder only</source>
        <translation>nur Erinnerung</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Really cancel?</source>
        <translation>Wirklich absagen?</translation>
    </message>
    <message>
        <source>Could not be saved (%1). Nothing was changed.</source>
        <translation>Konnte nicht gespeichert werden (%1). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Fault in %1: %2</source>
        <extracomment>A session&apos;s content does not work: &quot;Konzert: Der Sender antwortet nicht. …&quot;</extracomment>
        <translation>Störung bei %1: %2</translation>
    </message>
    <message>
        <source>missed (a video call was running)</source>
        <translation>verpasst (ein Videoanruf lief)</translation>
    </message>
    <message>
        <source>did not work</source>
        <extracomment>A session whose stream or call does not work: &quot;läuft · gestört&quot;</extracomment>
        <translation>hat nicht geklappt</translation>
    </message>
    <message>
        <source>running · fault</source>
        <translation>läuft · gestört</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>did not happen</source>
        <extracomment>A video visit the relative never joined: &quot;nicht zustande gekommen&quot;</extracomment>
        <translation>nicht zustande gekommen</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::UsageCounts</name>
    <message>
        <source>The use could not be counted: the date is missing.</source>
        <translation>Die Nutzung konnte nicht gezählt werden: Das Datum fehlt.</translation>
    </message>
    <message>
        <source>The use could not be counted (%1).</source>
        <translation>Die Nutzung konnte nicht gezählt werden (%1).</translation>
    </message>
    <message>
        <source>The usage counts could not be read (%1).</source>
        <translation>Die Nutzungszahlen konnten nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The report %1 could not be written (%2).</source>
        <translation>Der Bericht %1 konnte nicht geschrieben werden (%2).</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::UsageScreen</name>
    <message>
        <source>Use of the room</source>
        <translation>Nutzung des Raums</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>As a table on USB stick</source>
        <translation>Als Tabelle auf USB-Stick</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Video visits</source>
        <translation>Videobesuche</translation>
    </message>
    <message>
        <source>What&apos;s on?</source>
        <translation>Was ist los?</translation>
    </message>
    <message>
        <source>Programme sessions held per month. Missed in these 12 months: %1.</source>
        <translation>Gehaltene Programmpunkte pro Monat. Ausgefallen in diesen 12 Monaten: %1.</translation>
    </message>
    <message>
        <source>Minutes of radio and TV per month.</source>
        <translation>Minuten Radio und Fernsehen pro Monat.</translation>
    </message>
    <message>
        <source>Stations played per month.</source>
        <translation>Gespielte Sender pro Monat.</translation>
    </message>
    <message>
        <source>Minutes of calls per month.</source>
        <translation>Minuten Anrufe pro Monat.</translation>
    </message>
    <message>
        <source>Calls made per month.</source>
        <translation>Geführte Anrufe pro Monat.</translation>
    </message>
    <message>
        <source>Minutes of video visits per month.</source>
        <translation>Minuten Videobesuche pro Monat.</translation>
    </message>
    <message>
        <source>Video visits held per month. Did not come about in these 12 months: %1.</source>
        <translation>Videobesuche pro Monat. Nicht zustande gekommen in diesen 12 Monaten: %1.</translation>
    </message>
    <message>
        <source>“What&apos;s on?” opened per month.</source>
        <translation>„Was ist los?“ geöffnet pro Monat.</translation>
    </message>
    <message>
        <source>Plug in a USB stick to take the table with you.</source>
        <translation>Stecken Sie einen USB-Stick ein, um die Tabelle mitzunehmen.</translation>
    </message>
    <message>
        <source>Saved on the stick “%1” as “%2”.</source>
        <translation>Auf dem Stick „%1“ als „%2“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::VersionsScreen</name>
    <message>
        <source>Versions</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <source>Nothing has been published on the kiosk yet: the installed settings apply.</source>
        <translation>Am Kiosk wurde noch nichts veröffentlicht: Es gelten die installierten Einstellungen.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n published version(s). An older one can be brought back.</source>
        <translation>
            <numerusform>Die letzte veröffentlichte Fassung.</numerusform>
            <numerusform>Die letzten %n veröffentlichten Fassungen. Eine ältere lässt sich zurückholen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3
%4</source>
        <translation>Fassung %1 · %2 · %3
%4</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Gebrauch</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Diese Fassung wiederherstellen</translation>
    </message>
    <message>
        <source>Really restore?</source>
        <translation>Wirklich wiederherstellen?</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::VisitInvitation</name>
    <message>
        <source>Video visit with %1</source>
        <translation>Videobesuch bei %1</translation>
    </message>
    <message>
        <source>%1 is looking forward to your call.</source>
        <translation>%1 freut sich auf Ihren Anruf.</translation>
    </message>
    <message>
        <source>From a phone: open the link in the Jitsi Meet app or in the browser.</source>
        <translation>Vom Handy: Öffnen Sie den Link in der App „Jitsi Meet“ oder im Browser.</translation>
    </message>
    <message>
        <source>From a computer: open the link in Chrome, Firefox or Edge and allow the camera and the microphone.</source>
        <translation>Vom Computer: Öffnen Sie den Link in Chrome, Firefox oder Edge und erlauben Sie Kamera und Mikrofon.</translation>
    </message>
    <message>
        <source>The resident&apos;s name is missing.</source>
        <translation>Der Name der Bewohnerin oder des Bewohners fehlt.</translation>
    </message>
    <message>
        <source>The date and time of the visit are missing.</source>
        <translation>Datum und Uhrzeit des Besuchs fehlen.</translation>
    </message>
    <message>
        <source>The length of the visit is missing.</source>
        <translation>Die Dauer des Besuchs fehlt.</translation>
    </message>
    <message>
        <source>The room link is not a web address.</source>
        <translation>Der Link zum Raum ist keine Internetadresse.</translation>
    </message>
    <message>
        <source>The invitation has no id.</source>
        <translation>Die Einladung hat keine Kennung.</translation>
    </message>
    <message>
        <source>The calendar file could not be made.</source>
        <translation>Die Kalenderdatei konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::VolumeBar</name>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>%1 percent</source>
        <translation>%1 Prozent</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::WeekScreen</name>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>The programme cannot be read (%1). What was read before is shown.</source>
        <translation>Das Programm kann gerade nicht gelesen werden (%1). Sie sehen den letzten bekannten Stand.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format of the last day of the week shown (QDate format codes): &quot;13. Dezember 2026&quot;</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <extracomment>The week&apos;s first day in another month than its last: &quot;30. März&quot; (– 5. April 2027)</extracomment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>d</source>
        <extracomment>The week&apos;s first day in the month of its last: &quot;7.&quot; (– 13. Dezember 2026)</extracomment>
        <translation>d.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>The mark of a session&apos;s date that does not take place: &quot;fällt aus&quot;</extracomment>
        <translation>fällt aus</translation>
    </message>
    <message>
        <source>moved</source>
        <extracomment>The mark of a session&apos;s date at another time than usual: &quot;verschoben&quot;</extracomment>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>The date under a day&apos;s name in the week: &quot;8. Dez.&quot;</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>today</source>
        <extracomment>Under today&apos;s date in the week: &quot;heute&quot;</extracomment>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <extracomment>A day with more sessions than fit its column: &quot;+ 2 weitere&quot;</extracomment>
        <translation>
            <numerusform>+ %n weiterer</numerusform>
            <numerusform>+ %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>StickFile</name>
    <message>
        <source>The stick “%1” is write-protected, nothing was saved. Use another stick, or slide its lock switch and plug it in again.</source>
        <translation>Der Stick „%1“ ist schreibgeschützt, es wurde nichts gesichert. Nehmen Sie einen anderen Stick, oder schieben Sie seinen Sperrschalter um und stecken Sie ihn neu ein.</translation>
    </message>
    <message>
        <source>The stick “%1” is full, nothing was saved. Delete something on it or use another stick.</source>
        <translation>Der Stick „%1“ ist voll, es wurde nichts gesichert. Löschen Sie etwas darauf oder nehmen Sie einen anderen Stick.</translation>
    </message>
    <message>
        <source>There are too many files named “%1” on the stick “%2”, nothing was saved.</source>
        <translation>Auf dem Stick „%2“ gibt es zu viele Dateien namens „%1“, nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>UsbMounter</name>
    <message>
        <source>without name</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>The USB stick “%1” may not be opened on this kiosk. The administrator can allow it.</source>
        <translation>Der USB-Stick „%1“ darf an diesem Kiosk nicht geöffnet werden. Die Verwaltung kann es erlauben.</translation>
    </message>
    <message>
        <source>The USB stick “%1” cannot be read here. Copy the pictures onto a stick formatted on a Windows computer (FAT32).</source>
        <translation>Der USB-Stick „%1“ lässt sich hier nicht lesen. Kopieren Sie die Bilder auf einen Stick, der an einem Windows-Rechner formatiert wurde (FAT32).</translation>
    </message>
</context>
</TS>
