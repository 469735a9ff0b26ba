<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>No printer is set up on this kiosk. Save the document on a USB stick and print it elsewhere.</source>
        <translation>No printer is set up on this kiosk. Save the document on a USB stick and print it elsewhere.</translation>
    </message>
    <message>
        <source>The document “%1” cannot be read any more. Make it again.</source>
        <translation>The document “%1” cannot be read any more. Make it again.</translation>
    </message>
    <message>
        <source>The printer “%1” does not answer. Is it switched on?</source>
        <translation>The printer “%1” does not answer. Is it switched on?</translation>
    </message>
    <message>
        <source>Page %1 of “%2” cannot be printed.</source>
        <translation>Page %1 of “%2” cannot be printed.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::AccountEditorScreen</name>
    <message>
        <source>Care and social service</source>
        <translation>Care and social service</translation>
    </message>
    <message>
        <source>Digital guide</source>
        <translation>Digital guide</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>First start: the management&apos;s account</source>
        <translation>First start: the management&apos;s account</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Your name, as your colleagues know it:</source>
        <translation>Your name, as your colleagues know it:</translation>
    </message>
    <message>
        <source>What does %1 do here?</source>
        <translation>What does %1 do here?</translation>
    </message>
    <message>
        <source>Choose a PIN of at least %1 digits for %2.</source>
        <translation>Choose a PIN of at least %1 digits for %2.</translation>
    </message>
    <message>
        <source>Please enter the same PIN once more.</source>
        <translation>Please enter the same PIN once more.</translation>
    </message>
    <message>
        <source>Please enter a name first.</source>
        <translation>Please enter a name first.</translation>
    </message>
    <message>
        <source>The two PINs were not the same. Please choose the PIN again.</source>
        <translation>The two PINs were not the same. Please choose the PIN again.</translation>
    </message>
    <message>
        <source>There is already an account named %1. Please add something, for example the first letter of the surname.</source>
        <translation>There is already an account named %1. Please add something, for example the first letter of the surname.</translation>
    </message>
    <message>
        <source>The account could not be saved (%1). Nothing was changed.</source>
        <translation>The account could not be saved (%1). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::AddAccountCommand</name>
    <message>
        <source>Unknown role &quot;%1&quot;: lead (Leitung), care (Pflege, Sozialer Dienst) or guide (Digitallotse).</source>
        <translation>Unknown role &quot;%1&quot;: lead (Leitung), care (Pflege, Sozialer Dienst) or guide (Digitallotse).</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>The account needs a name.</translation>
    </message>
    <message>
        <source>PIN for %1 (at least %2 digits): </source>
        <translation>PIN for %1 (at least %2 digits): </translation>
    </message>
    <message>
        <source>The PIN must have at least %1 digits and nothing else. Nothing was saved.</source>
        <translation>The PIN must have at least %1 digits and nothing else. Nothing was saved.</translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>The same PIN again: </translation>
    </message>
    <message>
        <source>The two PINs differ. Nothing was saved.</source>
        <translation>The two PINs differ. Nothing was saved.</translation>
    </message>
    <message>
        <source>The database in %1 cannot be used (%2). Nothing was saved.</source>
        <translation>The database in %1 cannot be used (%2). Nothing was saved.</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;. Nothing was saved.</source>
        <translation>There is already an account named &quot;%1&quot;. Nothing was saved.</translation>
    </message>
    <message>
        <source>The account could not be saved (%1). Is the disk full?</source>
        <translation>The account could not be saved (%1). Is the disk full?</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; (%2) saved in %3.</source>
        <translation>Account &quot;%1&quot; (%2) saved in %3.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::AnnouncementScreen</name>
    <message>
        <source>Now:</source>
        <translation>Now:</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::AppearanceScreen</name>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Name of the home</source>
        <translation>Name of the home</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Back to the start after</source>
        <translation>Back to the start after</translation>
    </message>
    <message>
        <source>Night from</source>
        <translation>Night from</translation>
    </message>
    <message>
        <source>Night until</source>
        <translation>Night until</translation>
    </message>
    <message>
        <source>Quietest</source>
        <translation>Quietest</translation>
    </message>
    <message>
        <source>Loudest</source>
        <translation>Loudest</translation>
    </message>
    <message>
        <source>Tap sound</source>
        <translation>Tap sound</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Less</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>The name shown at the top right, for example “Haus Sonnenhang”. Empty: no name.</source>
        <translation>The name shown at the top right, for example “Haus Sonnenhang”. Empty: no name.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>high contrast</source>
        <translation>high contrast</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) without a touch</source>
        <translation>
            <numerusform>%n minute without a touch</numerusform>
            <numerusform>%n minutes without a touch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) without a touch</source>
        <translation>
            <numerusform>%n second without a touch</numerusform>
            <numerusform>%n seconds without a touch</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Announcements</translation>
    </message>
    <message>
        <source>Speaking speed</source>
        <translation>Speaking speed</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::AuditLogScreen</name>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>The log cannot be read just now (%1). Please try again later.</source>
        <extracomment>The audit log cannot be read: &quot;Das Protokoll kann gerade nicht gelesen werden (database is locked). Bitte versuchen Sie es später noch einmal.&quot;</extracomment>
        <translation>The log cannot be read just now (%1). Please try again later.</translation>
    </message>
    <message>
        <source>Nothing has been changed in staff mode yet.</source>
        <translation>Nothing has been changed in staff mode yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), newest first.</source>
        <extracomment>Above the audit log: &quot;25 Einträge, die neuesten zuerst.&quot;</extracomment>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dorfplatz::AuditLogText</name>
    <message>
        <source>&quot;%1&quot;</source>
        <extracomment>Quotation marks around a name or text: „%1“</extracomment>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>A text that is empty, e.g. no note: &quot;(keine)&quot;</extracomment>
        <translation>(none)</translation>
    </message>
    <message>
        <source>care</source>
        <extracomment>A role, in brackets after a name: &quot;Pflege&quot;</extracomment>
        <translation>care</translation>
    </message>
    <message>
        <source>digital guide</source>
        <extracomment>A role, in brackets after a name: &quot;Digitallotse&quot;</extracomment>
        <translation>digital guide</translation>
    </message>
    <message>
        <source>management</source>
        <extracomment>A role, in brackets after a name: &quot;Leitung&quot;</extracomment>
        <translation>management</translation>
    </message>
    <message>
        <source>once</source>
        <extracomment>A session that does not repeat: &quot;einmalig&quot;</extracomment>
        <translation>once</translation>
    </message>
    <message>
        <source>%1, every %2 weeks</source>
        <extracomment>Days of a session every few weeks: &quot;Mo., Do., alle 2 Wochen&quot;</extracomment>
        <translation>%1, every %2 weeks</translation>
    </message>
    <message>
        <source>announcement only</source>
        <translation>announcement only</translation>
    </message>
    <message>
        <source>&quot;What&apos;s on?&quot;</source>
        <translation>&quot;What&apos;s on?&quot;</translation>
    </message>
    <message>
        <source>stream or video %1</source>
        <extracomment>What a session shows: &quot;Sender oder Video „tagesschau“&quot; (its id in the configuration)</extracomment>
        <translation>stream or video %1</translation>
    </message>
    <message>
        <source>video call with %1</source>
        <extracomment>What a session shows: &quot;Videoanruf mit „familie-weber“&quot; (the contact&apos;s id)</extracomment>
        <translation>video call with %1</translation>
    </message>
    <message>
        <source>Title: %1 → %2</source>
        <translation>Title: %1 → %2</translation>
    </message>
    <message>
        <source>Start: %1 → %2</source>
        <extracomment>A change in the log: &quot;Beginn: 10:00 → 10:30 Uhr&quot;</extracomment>
        <translation>Start: %1 → %2</translation>
    </message>
    <message>
        <source>Duration: %1 → %2 minutes</source>
        <extracomment>A change in the log: &quot;Dauer: 45 → 60 Minuten&quot;</extracomment>
        <translation>Duration: %1 → %2 minutes</translation>
    </message>
    <message>
        <source>Repeats: %1 → %2</source>
        <extracomment>A change in the log: &quot;Wiederholung: Di. → Di., Do.&quot;</extracomment>
        <translation>Repeats: %1 → %2</translation>
    </message>
    <message>
        <source>Shows: %1 → %2</source>
        <extracomment>A change in the log: &quot;Inhalt: nur Ankündigung → „Was ist los?“&quot;</extracomment>
        <translation>Shows: %1 → %2</translation>
    </message>
    <message>
        <source>Room volume: %1 % → %2 %</source>
        <extracomment>A change in the log: &quot;Lautstärke im Raum: 60 % → 80 %&quot;</extracomment>
        <translation>Room volume: %1 % → %2 %</translation>
    </message>
    <message>
        <source>by itself</source>
        <extracomment>How a session starts: &quot;von selbst&quot; or &quot;nur mit Erinnerung&quot;</extracomment>
        <translation>by itself</translation>
    </message>
    <message>
        <source>only a reminder</source>
        <translation>only a reminder</translation>
    </message>
    <message>
        <source>How it starts: %1 → %2</source>
        <extracomment>A change in the log: &quot;Start: von selbst → nur mit Erinnerung&quot;</extracomment>
        <translation>How it starts: %1 → %2</translation>
    </message>
    <message>
        <source>Note: %1 → %2</source>
        <translation>Note: %1 → %2</translation>
    </message>
    <message>
        <source>Cancelled on: %1 → %2</source>
        <extracomment>A change in the log: &quot;Fällt aus am: (keine) → 8.12.&quot;</extracomment>
        <translation>Cancelled on: %1 → %2</translation>
    </message>
    <message>
        <source>Moved dates changed</source>
        <extracomment>A change in the log, without the details: &quot;Verlegte Termine geändert&quot;</extracomment>
        <translation>Moved dates changed</translation>
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
        <translation>Role: %1 → %2</translation>
    </message>
    <message>
        <source>today, %1</source>
        <extracomment>When something happened: &quot;heute, 10:03 Uhr&quot;</extracomment>
        <translation>today, %1</translation>
    </message>
    <message>
        <source>yesterday, %1</source>
        <extracomment>When something happened: &quot;gestern, 10:03 Uhr&quot;</extracomment>
        <translation>yesterday, %1</translation>
    </message>
    <message>
        <source>Someone</source>
        <extracomment>Who did something, when the log has no name for it: &quot;Jemand&quot;</extracomment>
        <translation>Someone</translation>
    </message>
    <message>
        <source>%1 created %2.</source>
        <extracomment>In the log: &quot;Anna Weber hat „Sitzgymnastik“ angelegt.&quot;</extracomment>
        <translation>%1 created %2.</translation>
    </message>
    <message>
        <source>%1 changed %2:</source>
        <extracomment>In the log, followed by the changes: &quot;Anna Weber hat „Sitzgymnastik“ geändert:&quot;</extracomment>
        <translation>%1 changed %2:</translation>
    </message>
    <message>
        <source>%1 saved %2 without changes.</source>
        <extracomment>In the log: &quot;Anna Weber hat „Sitzgymnastik“ ohne Änderung gespeichert.&quot;</extracomment>
        <translation>%1 saved %2 without changes.</translation>
    </message>
    <message>
        <source>%1 cancelled %2 on %3</source>
        <extracomment>In the log (the date ends in a full stop already in English): &quot;Anna Weber hat „Sitzgymnastik“ am 8.12. ausfallen lassen.&quot;</extracomment>
        <translation>%1 cancelled %2 on %3</translation>
    </message>
    <message>
        <source>%1 deleted %2.</source>
        <extracomment>In the log: &quot;Anna Weber hat „Sitzgymnastik“ gelöscht.&quot;</extracomment>
        <translation>%1 deleted %2.</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <extracomment>In the log, an action the kiosk has no words for: &quot;Anna Weber: „archive“ – „Sitzgymnastik“&quot;</extracomment>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>%1 created the account %2 (%3).</source>
        <extracomment>In the log: &quot;Frau Berg hat das Konto „Anna Weber“ (Pflege) angelegt.&quot;</extracomment>
        <translation>%1 created the account %2 (%3).</translation>
    </message>
    <message>
        <source>%1 changed the account %2:</source>
        <extracomment>In the log, followed by the changes: &quot;Frau Berg hat das Konto „Anna Weber“ geändert:&quot;</extracomment>
        <translation>%1 changed the account %2:</translation>
    </message>
    <message>
        <source>%1 saved the account %2 without changes.</source>
        <extracomment>In the log: &quot;Frau Berg hat das Konto „Anna Weber“ ohne Änderung gespeichert.&quot;</extracomment>
        <translation>%1 saved the account %2 without changes.</translation>
    </message>
    <message>
        <source>%1 deleted the account %2 (%3).</source>
        <extracomment>In the log: &quot;Frau Berg hat das Konto „Anna Weber“ (Pflege) gelöscht.&quot;</extracomment>
        <translation>%1 deleted the account %2 (%3).</translation>
    </message>
    <message>
        <source>%1: %2 – account %3</source>
        <extracomment>In the log, an action the kiosk has no words for: &quot;Frau Berg: „lock“ – Konto „Anna Weber“&quot;</extracomment>
        <translation>%1: %2 – account %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date, time</comment>
        <extracomment>When something happened, a date and a time: &quot;Sonntag, 6.12., 10:03 Uhr&quot;</extracomment>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <extracomment>The end of a repeating session: &quot;Di., bis 22.12.2026&quot;</extracomment>
        <translation>%1, until %2</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::BackupScreen</name>
    <message>
        <source>Save and load</source>
        <translation>Save and load</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Save the settings in use on a USB stick, to carry them to another home:</source>
        <translation>Save the settings in use on a USB stick, to carry them to another home:</translation>
    </message>
    <message>
        <source>Load settings from a USB stick:</source>
        <translation>Load settings from a USB stick:</translation>
    </message>
    <message>
        <source>Save on “%1”</source>
        <translation>Save on “%1”</translation>
    </message>
    <message>
        <source>Load from “%1”</source>
        <translation>Load from “%1”</translation>
    </message>
    <message>
        <source>The stick “%1” was taken out.</source>
        <translation>The stick “%1” was taken out.</translation>
    </message>
    <message>
        <source>Plug in a USB stick: the settings in use can be saved on it, or settings saved in another home loaded from it.</source>
        <translation>Plug in a USB stick: the settings in use can be saved on it, or settings saved in another home loaded from it.</translation>
    </message>
    <message>
        <source>There are no settings in use that could be saved.</source>
        <translation>There are no settings in use that could be saved.</translation>
    </message>
    <message>
        <source>The settings are saved on the stick “%1” as “%2”.</source>
        <translation>The settings are saved on the stick “%1” as “%2”.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>There are no saved settings (files ending in .tar.gz) on the stick “%1”.</source>
        <translation>There are no saved settings (files ending in .tar.gz) on the stick “%1”.</translation>
    </message>
    <message>
        <source>Saved settings on the stick “%1”, the newest first. Nothing changes before “Apply”.</source>
        <translation>Saved settings on the stick “%1”, the newest first. Nothing changes before “Apply”.</translation>
    </message>
    <message>
        <source>“%1” cannot be loaded.</source>
        <translation>“%1” cannot be loaded.</translation>
    </message>
    <message numerus="yes">
        <source>The settings in “%1” have %n problem(s) and cannot be loaded.</source>
        <translation>
            <numerusform>The settings in “%1” have a problem and cannot be loaded.</numerusform>
            <numerusform>The settings in “%1” have %n problems and cannot be loaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” holds the same settings as the ones in use.</source>
        <translation>“%1” holds the same settings as the ones in use.</translation>
    </message>
    <message>
        <source>“%1” is in order. “Apply” would change this:</source>
        <translation>“%1” is in order. “Apply” would change this:</translation>
    </message>
    <message>
        <source>Really apply?</source>
        <translation>Really apply?</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <extracomment>The summary of a version loaded from a stick: &quot;Aus dorfplatz-haus-b-2026-12-08.tar.gz: Kachel „SWR4“ hinzugefügt&quot;</extracomment>
        <translation>From %1: %2</translation>
    </message>
    <message>
        <source>“%1” could not be loaded (%2). Nothing was changed.</source>
        <translation>“%1” could not be loaded (%2). Nothing was changed.</translation>
    </message>
    <message>
        <source>The settings in “%1” cannot be loaded. Nothing was changed.</source>
        <translation>The settings in “%1” cannot be loaded. Nothing was changed.</translation>
    </message>
    <message>
        <source>The settings from “%1” are version %2 now.</source>
        <translation>The settings from “%1” are version %2 now.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::BigButton</name>
    <message>
        <source>Home</source>
        <extracomment>The way back to the tiles, on the header and on screens that have their own: &quot;Startseite&quot;</extracomment>
        <translation>Home</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::CalendarEditorScreen</name>
    <message>
        <source>New calendar</source>
        <translation>New calendar</translation>
    </message>
    <message>
        <source>Change calendar</source>
        <translation>Change calendar</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove the last</source>
        <translation>Remove the last</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Cancelled events</source>
        <translation>Cancelled events</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Test now</source>
        <translation>Test now</translation>
    </message>
    <message>
        <source>The calendar&apos;s name, for the guides and the staff:</source>
        <translation>The calendar&apos;s name, for the guides and the staff:</translation>
    </message>
    <message>
        <source>The address of the calendar, as its publisher gives it (https://… or webcal://…, often ending in .ics):</source>
        <translation>The address of the calendar, as its publisher gives it (https://… or webcal://…, often ending in .ics):</translation>
    </message>
    <message>
        <source>Where the events come from, shown under them (e.g. &quot;Daten: Kreisverwaltung Kusel&quot;; empty: nothing):</source>
        <translation>Where the events come from, shown under them (e.g. &quot;Daten: Kreisverwaltung Kusel&quot;; empty: nothing):</translation>
    </message>
    <message>
        <source>Keep only events whose place contains this word (e.g. a village&apos;s name):</source>
        <translation>Keep only events whose place contains this word (e.g. a village&apos;s name):</translation>
    </message>
    <message>
        <source>Keep only events of this category (as the calendar names it):</source>
        <translation>Keep only events of this category (as the calendar names it):</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>shown, marked</source>
        <translation>shown, marked</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>left out</translation>
    </message>
    <message>
        <source>Enter the address first.</source>
        <translation>Enter the address first.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Testing …</source>
        <translation>Testing …</translation>
    </message>
    <message>
        <source>The calendar can be read, but it has no events in the coming weeks.</source>
        <translation>The calendar can be read, but it has no events in the coming weeks.</translation>
    </message>
    <message>
        <source>Perhaps the places or categories leave them all out.</source>
        <translation>Perhaps the places or categories leave them all out.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n event(s), none of them still to come.</source>
        <translation>
            <numerusform>Found %n event, not still to come.</numerusform>
            <numerusform>Found %n events, none of them still to come.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n event(s). The next:</source>
        <translation>
            <numerusform>Found %n event:</numerusform>
            <numerusform>Found %n events. The next:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken entry(s) in the calendar left out.</source>
        <translation>
            <numerusform>%n broken entry in the calendar left out.</numerusform>
            <numerusform>%n broken entries in the calendar left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>It does not work: %1</source>
        <translation>It does not work: %1</translation>
    </message>
    <message>
        <source>The test could not be done: %1</source>
        <translation>The test could not be done: %1</translation>
    </message>
    <message>
        <source>It does not work: the calendar stopped the test program. It is probably broken.</source>
        <translation>It does not work: the calendar stopped the test program. It is probably broken.</translation>
    </message>
    <message numerus="yes">
        <source>It does not work: no answer within %n second(s).</source>
        <translation>
            <numerusform>It does not work: no answer within %n second.</numerusform>
            <numerusform>It does not work: no answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The test could not be started. Please tell whoever set up the kiosk.</source>
        <translation>The test could not be started. Please tell whoever set up the kiosk.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>The calendar is larger than the kiosk allows.</source>
        <translation>The calendar is larger than the kiosk allows.</translation>
    </message>
    <message>
        <source>The address forwards too often.</source>
        <translation>The address forwards too often.</translation>
    </message>
    <message>
        <source>There is no calendar at this address (error 404).</source>
        <translation>There is no calendar at this address (error 404).</translation>
    </message>
    <message>
        <source>The server answered with error %1.</source>
        <translation>The server answered with error %1.</translation>
    </message>
    <message>
        <source>No connection to the server (%1).</source>
        <translation>No connection to the server (%1).</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>The file cannot be read (%1).</translation>
    </message>
    <message>
        <source>This is not a calendar the kiosk can read (%1).</source>
        <translation>This is not a calendar the kiosk can read (%1).</translation>
    </message>
    <message>
        <source>The events cannot be stored (%1).</source>
        <translation>The events cannot be stored (%1).</translation>
    </message>
    <message>
        <source>The calendar could not be loaded (%1).</source>
        <translation>The calendar could not be loaded (%1).</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>all day</translation>
    </message>
    <message>
        <source>• %1, %2 – %3</source>
        <extracomment>One of the next events a test found: &quot;• Sa. 14.03.26, 19:30 – Kirchweih&quot;</extracomment>
        <translation>• %1, %2 – %3</translation>
    </message>
    <message>
        <source>The calendar needs a name.</source>
        <translation>The calendar needs a name.</translation>
    </message>
    <message>
        <source>The calendar needs an address.</source>
        <translation>The calendar needs an address.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::CallPolicy</name>
    <message>
        <source>contacts.json: contacts[%1]: &quot;ring&quot; needs &quot;jwt&quot; or &quot;roomPassword&quot;, a secret only the family has; until then this contact does not ring and is never answered by itself</source>
        <translation>contacts.json: contacts[%1]: &quot;ring&quot; needs &quot;jwt&quot; or &quot;roomPassword&quot;, a secret only the family has; until then this contact does not ring and is never answered by itself</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::CallScreen</name>
    <message>
        <source>Hang up</source>
        <translation>Hang up</translation>
    </message>
    <message>
        <source>The connection to %1 is not working right now. Please try again later.</source>
        <translation>The connection to %1 is not working right now. Please try again later.</translation>
    </message>
    <message>
        <source>%1 is not there right now. Please try again later.</source>
        <translation>%1 is not there right now. Please try again later.</translation>
    </message>
    <message>
        <source>In a moment you will be back on the home screen.</source>
        <translation>In a moment you will be back on the home screen.</translation>
    </message>
    <message>
        <source>The camera and the microphone are not working right now. %1 can neither see nor hear you.</source>
        <translation>The camera and the microphone are not working right now. %1 can neither see nor hear you.</translation>
    </message>
    <message>
        <source>The camera is not working right now. %1 can hear you, but cannot see you.</source>
        <translation>The camera is not working right now. %1 can hear you, but cannot see you.</translation>
    </message>
    <message>
        <source>The microphone is not working right now. %1 can see you, but cannot hear you.</source>
        <translation>The microphone is not working right now. %1 can see you, but cannot hear you.</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>Connecting to %1 …</translation>
    </message>
    <message>
        <source>%1 is not here yet. Please wait a moment.</source>
        <translation>%1 is not here yet. Please wait a moment.</translation>
    </message>
    <message>
        <source>Turn camera on</source>
        <translation>Turn camera on</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>Camera on</translation>
    </message>
    <message numerus="yes">
        <source>The call has lasted %n minutes and has now ended. You can call %1 again at any time.</source>
        <translation>
            <numerusform>The call has lasted %n minute and has now ended. You can call %1 again at any time.</numerusform>
            <numerusform>The call has lasted %n minutes and has now ended. You can call %1 again at any time.</numerusform>
        </translation>
    </message>
    <message>
        <source>The call will end in one minute.</source>
        <translation>The call will end in one minute.</translation>
    </message>
    <message>
        <source>You are talking to %1.</source>
        <extracomment>Read aloud during a call with the other person there: &quot;Sie sprechen mit %1.&quot;</extracomment>
        <translation>You are talking to %1.</translation>
    </message>
    <message>
        <source>%1 will let you in in a moment …</source>
        <extracomment>The room has a lobby: &quot;Anna lässt Sie gleich herein …&quot;</extracomment>
        <translation>%1 will let you in in a moment …</translation>
    </message>
    <message>
        <source>%1&apos;s camera is off.</source>
        <extracomment>The other side switched their camera off: &quot;Die Kamera von Anna ist aus.&quot;</extracomment>
        <translation>%1&apos;s camera is off.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::ClockLabel</name>
    <message>
        <source>dddd, d MMMM</source>
        <extracomment>Date format of the header clock (QDate format codes): &quot;Freitag, 27. November&quot;</extracomment>
        <translation>dddd, d MMMM</translation>
    </message>
    <message>
        <source>ddd, d MMM</source>
        <extracomment>Short date format of the header clock, for small screens: &quot;Fr., 27. Nov.&quot;</extracomment>
        <translation>ddd, d MMM</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::CommandLine</name>
    <message>
        <source>Dorfplatz: a touch kiosk for the multimedia room of a care home.</source>
        <translation>Dorfplatz: a touch kiosk for the multimedia room of a care home.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <source>Read the configuration from DIR (default: %1).</source>
        <translation>Read the configuration from DIR (default: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Keep the database and the last good configuration in DIR (default: %1).</source>
        <translation>Keep the database and the last good configuration in DIR (default: %1).</translation>
    </message>
    <message>
        <source>Check the configuration in DIR, print every problem, and exit (1 if there are problems).</source>
        <translation>Check the configuration in DIR, print every problem, and exit (1 if there are problems).</translation>
    </message>
    <message>
        <source>Load the configuration, open the database, build every screen offscreen, and exit.</source>
        <translation>Load the configuration, open the database, build every screen offscreen, and exit.</translation>
    </message>
    <message>
        <source>Show every screen once, save a PNG of each to DIR, and exit.</source>
        <translation>Show every screen once, save a PNG of each to DIR, and exit.</translation>
    </message>
    <message>
        <source>Run in a 1280×800 window instead of fullscreen.</source>
        <translation>Run in a 1280×800 window instead of fullscreen.</translation>
    </message>
    <message>
        <source>Try every stream of the configuration (see --config) until sound or picture is there, print one line per stream, and exit (1 if one does not work).</source>
        <translation>Try every stream of the configuration (see --config) until sound or picture is there, print one line per stream, and exit (1 if one does not work).</translation>
    </message>
    <message>
        <source>Write debug messages to the log too (also with DORFPLATZ_DEBUG=1).</source>
        <translation>Write debug messages to the log too (also with DORFPLATZ_DEBUG=1).</translation>
    </message>
    <message>
        <source>Add a staff account named NAME to the database in the data folder (see --data), asking for its PIN twice, and exit.</source>
        <translation>Add a staff account named NAME to the database in the data folder (see --data), asking for its PIN twice, and exit.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The role of the account made by --add-account: lead (Leitung, the default), care (Pflege, Sozialer Dienst) or guide (Digitallotse).</source>
        <translation>The role of the account made by --add-account: lead (Leitung, the default), care (Pflege, Sozialer Dienst) or guide (Digitallotse).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Go back to the installed configuration (see --config): the versions the digital guides published in the data folder stay, but none is used, until a guide publishes or restores one. Exit.</source>
        <translation>Go back to the installed configuration (see --config): the versions the digital guides published in the data folder stay, but none is used, until a guide publishes or restores one. Exit.</translation>
    </message>
    <message>
        <source>Write the configuration the kiosk uses into the archive FILE (to carry it to another home), and exit.</source>
        <translation>Write the configuration the kiosk uses into the archive FILE (to carry it to another home), and exit.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Check the configuration in the archive FILE, show what would change, publish it as the digital guides&apos; newest version, and exit (1 if it was refused).</source>
        <translation>Check the configuration in the archive FILE, show what would change, publish it as the digital guides&apos; newest version, and exit (1 if it was refused).</translation>
    </message>
    <message>
        <source>With --check-streams: also print what the players and libraries report (libVLC, GStreamer, Qt), for each address.</source>
        <translation>With --check-streams: also print what the players and libraries report (libVLC, GStreamer, Qt), for each address.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::ConfigArchive</name>
    <message>
        <source>The archive %1 could not be written (%2).</source>
        <translation>The archive %1 could not be written (%2).</translation>
    </message>
    <message>
        <source>The folder %1 exists already.</source>
        <translation>The folder %1 exists already.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an archive (%2).</source>
        <translation>%1 cannot be read as an archive (%2).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>The folder %1 cannot be made.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 is damaged (%2).</translation>
    </message>
    <message>
        <source>The archive holds more than %1 files.</source>
        <translation>The archive holds more than %1 files.</translation>
    </message>
    <message>
        <source>The archive holds &quot;%1&quot;, which would lie outside the configuration folder.</source>
        <translation>The archive holds &quot;%1&quot;, which would lie outside the configuration folder.</translation>
    </message>
    <message>
        <source>The archive holds a link (&quot;%1&quot;).</source>
        <translation>The archive holds a link (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The archive holds &quot;%1&quot;, which is not an ordinary file.</source>
        <translation>The archive holds &quot;%1&quot;, which is not an ordinary file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the archive is larger than %2 MB.</source>
        <translation>&quot;%1&quot; in the archive is larger than %2 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>%1 cannot be written (%2).</translation>
    </message>
    <message>
        <source>The archive is larger than %1 MB unpacked.</source>
        <translation>The archive is larger than %1 MB unpacked.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::ConfigArchiveCommand</name>
    <message>
        <source>There is no configuration that loads; nothing was written.</source>
        <translation>There is no configuration that loads; nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>The configuration (%n file(s)) is in %1.</source>
        <translation>
            <numerusform>The configuration (%n file) is in %1.</numerusform>
            <numerusform>The configuration (%n files) is in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used (%2). Nothing was imported.</source>
        <translation>The data folder %1 cannot be used (%2). Nothing was imported.</translation>
    </message>
    <message numerus="yes">
        <source>The configuration in %1 has %n problem(s). Nothing was imported.</source>
        <translation>
            <numerusform>The configuration in %1 has %n problem. Nothing was imported.</numerusform>
            <numerusform>The configuration in %1 has %n problems. Nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database in %1 cannot be used (%2). Nothing was imported.</source>
        <translation>The database in %1 cannot be used (%2). Nothing was imported.</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <extracomment>The summary of an imported configuration: &quot;Aus haus-b.tar.gz: Kachel „SWR4“ hinzugefügt&quot;</extracomment>
        <translation>From %1: %2</translation>
    </message>
    <message>
        <source>The configuration could not be published (%1). Nothing was imported.</source>
        <translation>The configuration could not be published (%1). Nothing was imported.</translation>
    </message>
    <message>
        <source>The audit log could not be written (%1).</source>
        <translation>The audit log could not be written (%1).</translation>
    </message>
    <message>
        <source>Imported as version %1; the kiosk uses it from its next start.</source>
        <translation>Imported as version %1; the kiosk uses it from its next start.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::ConfigChanges</name>
    <message>
        <source>Tile %1 added</source>
        <translation>Tile %1 added</translation>
    </message>
    <message>
        <source>Tile %1 removed</source>
        <translation>Tile %1 removed</translation>
    </message>
    <message>
        <source>Tile %1 changed</source>
        <translation>Tile %1 changed</translation>
    </message>
    <message>
        <source>Order of the tiles changed</source>
        <translation>Order of the tiles changed</translation>
    </message>
    <message>
        <source>Station %1 added</source>
        <translation>Station %1 added</translation>
    </message>
    <message>
        <source>Station %1 removed</source>
        <translation>Station %1 removed</translation>
    </message>
    <message>
        <source>Station %1 changed</source>
        <translation>Station %1 changed</translation>
    </message>
    <message>
        <source>Contact %1 added</source>
        <translation>Contact %1 added</translation>
    </message>
    <message>
        <source>Contact %1 removed</source>
        <translation>Contact %1 removed</translation>
    </message>
    <message>
        <source>Contact %1 changed</source>
        <translation>Contact %1 changed</translation>
    </message>
    <message>
        <source>Calendar %1 added</source>
        <translation>Calendar %1 added</translation>
    </message>
    <message>
        <source>Calendar %1 removed</source>
        <translation>Calendar %1 removed</translation>
    </message>
    <message>
        <source>Calendar %1 changed</source>
        <translation>Calendar %1 changed</translation>
    </message>
    <message>
        <source>Name of the home changed</source>
        <translation>Name of the home changed</translation>
    </message>
    <message>
        <source>Text size changed</source>
        <translation>Text size changed</translation>
    </message>
    <message>
        <source>Colours changed</source>
        <translation>Colours changed</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>Language changed</translation>
    </message>
    <message>
        <source>Volume limits changed</source>
        <translation>Volume limits changed</translation>
    </message>
    <message>
        <source>Other settings changed</source>
        <translation>Other settings changed</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>No change</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more change(s)</source>
        <extracomment>The first change of a new configuration, and how many more there are</extracomment>
        <translation>
            <numerusform>%1 and %n more change</numerusform>
            <numerusform>%1 and %n more changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dorfplatz::ConfigDraft</name>
    <message>
        <source>The draft cannot be started: %1</source>
        <translation>The draft cannot be started: %1</translation>
    </message>
    <message>
        <source>The draft cannot be removed: %1</source>
        <translation>The draft cannot be removed: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file of the draft.</source>
        <translation>&quot;%1&quot; is not a file of the draft.</translation>
    </message>
    <message>
        <source>%1 in the draft cannot be read: %2</source>
        <translation>%1 in the draft cannot be read: %2</translation>
    </message>
    <message>
        <source>The draft cannot be written: %1</source>
        <translation>The draft cannot be written: %1</translation>
    </message>
    <message>
        <source>The entry has no id.</source>
        <translation>The entry has no id.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the draft.</source>
        <translation>&quot;%1&quot; is not in the draft.</translation>
    </message>
    <message>
        <source>There is no draft.</source>
        <translation>There is no draft.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::ConfigIssue</name>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>empty (null)</source>
        <translation>empty (null)</translation>
    </message>
    <message>
        <source>file is missing</source>
        <translation>file is missing</translation>
    </message>
    <message>
        <source>file cannot be read (%1)</source>
        <translation>file cannot be read (%1)</translation>
    </message>
    <message>
        <source>file is too large (%1 KiB; at most %2 KiB)</source>
        <translation>file is too large (%1 KiB; at most %2 KiB)</translation>
    </message>
    <message>
        <source>must be a JSON object { … }</source>
        <translation>must be a JSON object { … }</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>is required but missing</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>must be %1, not %2</translation>
    </message>
    <message>
        <source>unknown field (check the spelling)</source>
        <translation>unknown field (check the spelling)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; use one of: %2</source>
        <translation>&quot;%1&quot; is not allowed; use one of: %2</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 is out of range (%2 to %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time like &quot;21:00&quot;</source>
        <translation>&quot;%1&quot; is not a time like &quot;21:00&quot;</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 fit</source>
        <translation>is %1 characters long; at most %2 fit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (use a-z, 0-9 and -)</source>
        <translation>&quot;%1&quot; is not a valid id (use a-z, 0-9 and -)</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is used twice (first at %2)</source>
        <translation>id &quot;%1&quot; is used twice (first at %2)</translation>
    </message>
    <message>
        <source>file &quot;%1&quot; not found</source>
        <translation>file &quot;%1&quot; not found</translation>
    </message>
    <message>
        <source>file &quot;%1&quot; must be inside the configuration folder</source>
        <translation>file &quot;%1&quot; must be inside the configuration folder</translation>
    </message>
    <message>
        <source>file &quot;%1&quot; is not a PNG, JPEG or SVG picture</source>
        <translation>file &quot;%1&quot; is not a PNG, JPEG or SVG picture</translation>
    </message>
    <message>
        <source>there is no built-in icon &quot;%1&quot;; use one of: %2</source>
        <translation>there is no built-in icon &quot;%1&quot;; use one of: %2</translation>
    </message>
    <message>
        <source>version %1 is newer than this Dorfplatz understands (%2); update Dorfplatz</source>
        <translation>version %1 is newer than this Dorfplatz understands (%2); update Dorfplatz</translation>
    </message>
    <message>
        <source>there must be at least one tile</source>
        <translation>there must be at least one tile</translation>
    </message>
    <message>
        <source>there is no &quot;%1&quot; in %2</source>
        <translation>there is no &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a web address (http, https) nor a file</source>
        <translation>&quot;%1&quot; is neither a web address (http, https) nor a file</translation>
    </message>
    <message>
        <source>media file &quot;%1&quot; not found</source>
        <translation>media file &quot;%1&quot; not found</translation>
    </message>
    <message>
        <source>the volume must be minimum ≤ default ≤ maximum, not %1 ≤ %2 ≤ %3</source>
        <translation>the volume must be minimum ≤ default ≤ maximum, not %1 ≤ %2 ≤ %3</translation>
    </message>
    <message>
        <source>calendar file &quot;%1&quot; not found</source>
        <translation>calendar file &quot;%1&quot; not found</translation>
    </message>
    <message>
        <source>there must be at least one contact</source>
        <translation>there must be at least one contact</translation>
    </message>
    <message>
        <source>needs &quot;%1&quot; or &quot;%2&quot;</source>
        <translation>needs &quot;%1&quot; or &quot;%2&quot;</translation>
    </message>
    <message>
        <source>give &quot;%1&quot; or &quot;%2&quot;, not both</source>
        <translation>give &quot;%1&quot; or &quot;%2&quot;, not both</translation>
    </message>
    <message>
        <source>a room needs a &quot;server&quot;: give it here or at the top of the file</source>
        <translation>a room needs a &quot;server&quot;: give it here or at the top of the file</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the address of a server, like https://meet.example.org/</source>
        <translation>&quot;%1&quot; is not the address of a server, like https://meet.example.org/</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid room name (use letters, digits, -, _ and .)</source>
        <translation>&quot;%1&quot; is not a valid room name (use letters, digits, -, _ and .)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the address of a room, like https://meet.example.org/room-name</source>
        <translation>&quot;%1&quot; is not the address of a room, like https://meet.example.org/room-name</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with https:// (calls need a secure connection)</source>
        <translation>&quot;%1&quot; must start with https:// (calls need a secure connection)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address with {room} in it, like https://meet.example.org/room-size?room={room}&amp;domain={domain}</source>
        <translation>&quot;%1&quot; is not a web address with {room} in it, like https://meet.example.org/room-size?room={room}&amp;domain={domain}</translation>
    </message>
    <message>
        <source>from %1 to %2 is no time at all; the end must differ from the start</source>
        <translation>from %1 to %2 is no time at all; the end must differ from the start</translation>
    </message>
    <message>
        <source>is not an ordinary file (but a folder, a pipe or a device); it is not read</source>
        <translation>is not an ordinary file (but a folder, a pipe or a device); it is not read</translation>
    </message>
    <message>
        <source>the picture &quot;%1&quot; is too large (%2 MB; at most %3 MB)</source>
        <translation>the picture &quot;%1&quot; is too large (%2 MB; at most %3 MB)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; leads out of the configuration folder; give a file elsewhere with its full path</source>
        <translation>&quot;%1&quot; leads out of the configuration folder; give a file elsewhere with its full path</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: check the path</source>
        <translation>The folder %1 does not exist: check the path</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::ConfigNoticeScreen</name>
    <message>
        <source>Please ask a member of staff.</source>
        <translation>Please ask a member of staff.</translation>
    </message>
    <message>
        <source>Note for staff</source>
        <translation>Note for staff</translation>
    </message>
    <message>
        <source>Dorfplatz has no usable settings. The settings in %1 have problems:</source>
        <translation>Dorfplatz has no usable settings. The settings in %1 have problems:</translation>
    </message>
    <message>
        <source>The settings in %1 have problems, so Dorfplatz keeps using the last good settings of %2. Residents can use it as before. The problems:</source>
        <translation>The settings in %1 have problems, so Dorfplatz keeps using the last good settings of %2. Residents can use it as before. The problems:</translation>
    </message>
    <message>
        <source>A guide can check the settings with: dorfplatz --check-config %1</source>
        <translation>A guide can check the settings with: dorfplatz --check-config %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dorfplatz::ContactEditorScreen</name>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Change contact</source>
        <translation>Change contact</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Less</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>The family sees</source>
        <translation>The family sees</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Room password</source>
        <translation>Room password</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Calls ring</source>
        <translation>Calls ring</translation>
    </message>
    <message>
        <source>Ringing from</source>
        <translation>Ringing from</translation>
    </message>
    <message>
        <source>Ringing until</source>
        <translation>Ringing until</translation>
    </message>
    <message>
        <source>Answers by itself</source>
        <translation>Answers by itself</translation>
    </message>
    <message>
        <source>Answers by itself from</source>
        <translation>Answers by itself from</translation>
    </message>
    <message>
        <source>Answers by itself until</source>
        <translation>Answers by itself until</translation>
    </message>
    <message>
        <source>During a group session</source>
        <translation>During a group session</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>The name on the tile and when it rings, as the resident calls them (“Anna”):</source>
        <translation>The name on the tile and when it rings, as the resident calls them (“Anna”):</translation>
    </message>
    <message>
        <source>Choose a photo of the contact.</source>
        <translation>Choose a photo of the contact.</translation>
    </message>
    <message>
        <source>How the family sees the resident in the room (“Oma Erna”):</source>
        <translation>How the family sees the resident in the room (“Oma Erna”):</translation>
    </message>
    <message>
        <source>The whole address of the family&apos;s room (https://…/name-of-the-room):</source>
        <translation>The whole address of the family&apos;s room (https://…/name-of-the-room):</translation>
    </message>
    <message>
        <source>The name of the family&apos;s room on %1: what comes after the last “/” of its address.</source>
        <translation>The name of the family&apos;s room on %1: what comes after the last “/” of its address.</translation>
    </message>
    <message>
        <source>The password of the family&apos;s room, exactly as they set it. Only a room with this password makes the kiosk ring.</source>
        <translation>The password of the family&apos;s room, exactly as they set it. Only a room with this password makes the kiosk ring.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>%1 (as for every contact)</source>
        <translation>%1 (as for every contact)</translation>
    </message>
    <message>
        <source>●●●●●● set</source>
        <translation>●●●●●● set</translation>
    </message>
    <message>
        <source>not needed: the room has a token</source>
        <translation>not needed: the room has a token</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>This contact never rings yet: enter the room&apos;s password, so that only the family can make the kiosk ring.</source>
        <translation>This contact never rings yet: enter the room&apos;s password, so that only the family can make the kiosk ring.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>(as the ringing)</source>
        <translation>(as the ringing)</translation>
    </message>
    <message numerus="yes">
        <source>after %n second(s)</source>
        <translation>
            <numerusform>after %n second</numerusform>
            <numerusform>after %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>no, only with a tap</source>
        <translation>no, only with a tap</translation>
    </message>
    <message>
        <source>may ring</source>
        <translation>may ring</translation>
    </message>
    <message>
        <source>waits until it ends</source>
        <translation>waits until it ends</translation>
    </message>
    <message>
        <source>With a tile: yes</source>
        <translation>With a tile: yes</translation>
    </message>
    <message>
        <source>With a tile: no</source>
        <translation>With a tile: no</translation>
    </message>
    <message>
        <source>The contact needs a name.</source>
        <translation>The contact needs a name.</translation>
    </message>
    <message>
        <source>The contact needs the family&apos;s room.</source>
        <translation>The contact needs the family&apos;s room.</translation>
    </message>
    <message>
        <source>Enter how the family sees the resident in the room.</source>
        <translation>Enter how the family sees the resident in the room.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>Saved, but it cannot be published like this:</source>
        <translation>Saved, but it cannot be published like this:</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::ContactsScreen</name>
    <message>
        <source>Whom would you like to call?</source>
        <translation>Whom would you like to call?</translation>
    </message>
    <message>
        <source>You can call: %1.</source>
        <extracomment>Read aloud on the contacts page, with the names shown: &quot;Sie können anrufen: %1.&quot; (&quot;Sie können anrufen: Anna, Peter und Maria.&quot;)</extracomment>
        <translation>You can call: %1.</translation>
    </message>
    <message>
        <source>Tap a picture to start the call.</source>
        <extracomment>Read aloud at the end of the contacts page: &quot;Tippen Sie auf ein Bild. Dann beginnt der Anruf.&quot;</extracomment>
        <translation>Tap a picture to start the call.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::DocumentScreen</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>No documents yet. Week plans are made under “Week”, day plans under “Today”.</source>
        <translation>No documents yet. Week plans are made under “Week”, day plans under “Today”.</translation>
    </message>
    <message>
        <source>Plug in a USB stick to take a document with you.</source>
        <translation>Plug in a USB stick to take a document with you.</translation>
    </message>
    <message>
        <source>made %1</source>
        <translation>made %1</translation>
    </message>
    <message>
        <source>Save on USB stick</source>
        <translation>Save on USB stick</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Saved on the stick “%1” as “%2”.</source>
        <translation>Saved on the stick “%1” as “%2”.</translation>
    </message>
    <message>
        <source>“%1” is being printed.</source>
        <translation>“%1” is being printed.</translation>
    </message>
    <message>
        <source>“%1” is being printed on “%2”.</source>
        <translation>“%1” is being printed on “%2”.</translation>
    </message>
    <message>
        <source>Saved on the stick “%1” as “%2”, with its calendar file.</source>
        <translation>Saved on the stick “%1” as “%2”, with its calendar file.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::DraftProblems</name>
    <message>
        <source>Tile %1</source>
        <translation>Tile %1</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Station %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <source>Calendar %1</source>
        <translation>Calendar %1</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Name of the home</source>
        <translation>Name of the home</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Night</translation>
    </message>
    <message>
        <source>Tap sound</source>
        <translation>Tap sound</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Name in the room</source>
        <translation>Name in the room</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Ringing</translation>
    </message>
    <message>
        <source>Answering by itself</source>
        <translation>Answering by itself</translation>
    </message>
    <message>
        <source>During a group session</source>
        <translation>During a group session</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::EntryListScreen</name>
    <message>
        <source>Tiles</source>
        <translation>Tiles</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Calendars</translation>
    </message>
    <message>
        <source>New tile</source>
        <translation>New tile</translation>
    </message>
    <message>
        <source>New station</source>
        <translation>New station</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>New calendar</source>
        <translation>New calendar</translation>
    </message>
    <message>
        <source>rings</source>
        <translation>rings</translation>
    </message>
    <message>
        <source>does not ring</source>
        <translation>does not ring</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more address(es))</source>
        <translation>
            <numerusform>(+%n more address)</numerusform>
            <numerusform>(+%n more addresses)</numerusform>
        </translation>
    </message>
    <message>
        <source>station “%1”</source>
        <translation>station “%1”</translation>
    </message>
    <message>
        <source>all contacts</source>
        <translation>all contacts</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>call %1</translation>
    </message>
    <message>
        <source>“What&apos;s on?”</source>
        <translation>“What&apos;s on?”</translation>
    </message>
    <message>
        <source>today&apos;s programme</source>
        <translation>today&apos;s programme</translation>
    </message>
    <message numerus="yes">
        <source>%n tile(s), in their order on the home screen.</source>
        <translation>
            <numerusform>%n tile, in its place on the home screen.</numerusform>
            <numerusform>%n tiles, in their order on the home screen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s). Removing a station removes its tiles too.</source>
        <translation>
            <numerusform>%n station. Removing a station removes its tiles too.</numerusform>
            <numerusform>%n stations. Removing a station removes its tiles too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>Backward</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Really remove?</source>
        <translation>Really remove?</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::EventDetail</name>
    <message>
        <source>Back to the list</source>
        <extracomment>Closes the whole text of one event: &quot;Zurück zur Liste&quot;</extracomment>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>Add to programme</source>
        <extracomment>Staff only (asks for the PIN): the event becomes a session of the programme, &quot;Ins Programm&quot;</extracomment>
        <translation>Add to programme</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::EventSessions</name>
    <message>
        <source>Calendar sync</source>
        <extracomment>In the audit log: who changed a session made from an event (&quot;Kalender-Abgleich&quot;)</extracomment>
        <translation>Calendar sync</translation>
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
        <translation>All day</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>read aloud</comment>
        <extracomment>Read aloud for a cancelled event: &quot;Fällt aus&quot;</extracomment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <extracomment>Where an event is, read aloud: &quot;Ort: %1&quot;</extracomment>
        <translation>Place: %1</translation>
    </message>
    <message>
        <source>Tap an event to see all of it.</source>
        <extracomment>Read aloud after the events of a page: &quot;Tippen Sie auf eine Veranstaltung, dann sehen Sie alles.&quot;</extracomment>
        <translation>Tap an event to see all of it.</translation>
    </message>
    <message>
        <source>Tap &quot;Back to the list&quot; to see all events again.</source>
        <extracomment>Read aloud at the end of an event&apos;s whole text (the button is &quot;Zurück zur Liste&quot;): &quot;Tippen Sie auf Zurück zur Liste. Dann sehen Sie wieder alle Veranstaltungen.&quot;</extracomment>
        <translation>Tap &quot;Back to the list&quot; to see all events again.</translation>
    </message>
    <message>
        <source>Nothing more is on today.</source>
        <extracomment>Read aloud when every event of today is over: &quot;Heute ist nichts mehr los.&quot;</extracomment>
        <translation>Nothing more is on today.</translation>
    </message>
    <message>
        <source>Tomorrow all day: %1</source>
        <extracomment>Read aloud after &quot;Nothing more is on today.&quot;, for an all-day event: &quot;Morgen den ganzen Tag: %1&quot; (%1 the event&apos;s title)</extracomment>
        <translation>Tomorrow all day: %1</translation>
    </message>
    <message>
        <source>Tomorrow at %1: %2</source>
        <extracomment>Read aloud after &quot;Nothing more is on today.&quot;: &quot;Morgen um %1: %2&quot; (%1 a spoken time such as &quot;19 Uhr 30&quot;, %2 the event&apos;s title)</extracomment>
        <translation>Tomorrow at %1: %2</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::EventTab</name>
    <message>
        <source>selected</source>
        <translation>selected</translation>
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
        <translation>ddd, d MMM</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <extracomment>Full date with the year (QDate format codes): &quot;Sonntag, 7. Dezember 2027&quot;</extracomment>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <extracomment>Full date (QDate format codes): &quot;Sonntag, 7. Dezember&quot;</extracomment>
        <translation>dddd, d MMMM</translation>
    </message>
    <message>
        <source>all day</source>
        <extracomment>An event without a time: &quot;ganztägig&quot;</extracomment>
        <translation>all day</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>The mark on a cancelled event: &quot;Abgesagt&quot;</extracomment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>The title of an event whose feed gave none: &quot;Veranstaltung&quot;</extracomment>
        <translation>Event</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>date</comment>
        <extracomment>The last day of an event over several days: &quot;bis So., 7. Dez.&quot;</extracomment>
        <translation>until %1</translation>
    </message>
    <message>
        <source>%1&#xa0;– %2</source>
        <extracomment>From one time to another: &quot;19:00 – 21:00 Uhr&quot;</extracomment>
        <translation>%1&#xa0;– %2</translation>
    </message>
    <message>
        <source>from %1, until %2</source>
        <extracomment>An event over several days, on its first day: &quot;ab 18:00 Uhr, bis So., 7. Dez.&quot;</extracomment>
        <translation>from %1, until %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>time</comment>
        <extracomment>An event that began on an earlier day, on its last day: &quot;bis 14:00 Uhr&quot;</extracomment>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>The day an event of &quot;This week&quot; is on: &quot;Heute&quot;</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <extracomment>The day an event of &quot;This week&quot; is on: &quot;Morgen&quot;</extracomment>
        <translation>Tomorrow</translation>
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
        <translation>Updating the events …</translation>
    </message>
    <message>
        <source>The events could not be loaded yet. We will try again later.</source>
        <extracomment>No feed could ever be read: &quot;Wir konnten die Veranstaltungen noch nicht laden. Wir versuchen es später noch einmal.&quot;</extracomment>
        <translation>The events could not be loaded yet. We will try again later.</translation>
    </message>
    <message>
        <source>The events have not been loaded yet. This happens by itself, usually at night.</source>
        <extracomment>Nothing was ever loaded: &quot;Die Veranstaltungen sind noch nicht da. Sie kommen von selbst, meist in der Nacht.&quot;</extracomment>
        <translation>The events have not been loaded yet. This happens by itself, usually at night.</translation>
    </message>
    <message>
        <source>As of: today, %1</source>
        <extracomment>&quot;Stand: heute, %1 Uhr&quot;</extracomment>
        <translation>As of: today, %1</translation>
    </message>
    <message>
        <source>As of: yesterday, %1</source>
        <extracomment>&quot;Stand: gestern, %1 Uhr&quot;</extracomment>
        <translation>As of: yesterday, %1</translation>
    </message>
    <message>
        <source>As of: the day before yesterday</source>
        <extracomment>&quot;Stand: vorgestern&quot;</extracomment>
        <translation>As of: the day before yesterday</translation>
    </message>
    <message>
        <source>As of: %1</source>
        <extracomment>&quot;Stand: Montag, 1. Dezember&quot;</extracomment>
        <translation>As of: %1</translation>
    </message>
    <message>
        <source>%1 — no connection</source>
        <extracomment>The newest attempt to load failed: &quot;Stand: vorgestern — keine Verbindung&quot;</extracomment>
        <translation>%1 — no connection</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <extracomment>Licence or attribution of the feeds: &quot;Quelle: %1&quot;</extracomment>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::EventsScreen</name>
    <message>
        <source>Today</source>
        <extracomment>Tab of the events screen: &quot;Heute&quot;</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <extracomment>Tab of the events screen: &quot;Morgen&quot;</extracomment>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>This week</source>
        <extracomment>Tab of the events screen, today and the next six days: &quot;Diese Woche&quot;</extracomment>
        <translation>This week</translation>
    </message>
    <message>
        <source>There are no events in the calendar today.</source>
        <extracomment>&quot;Heute stehen keine Veranstaltungen im Kalender.&quot;</extracomment>
        <translation>There are no events in the calendar today.</translation>
    </message>
    <message>
        <source>There are no events in the calendar tomorrow.</source>
        <extracomment>&quot;Morgen stehen keine Veranstaltungen im Kalender.&quot;</extracomment>
        <translation>There are no events in the calendar tomorrow.</translation>
    </message>
    <message>
        <source>There are no events in the calendar this week.</source>
        <extracomment>&quot;Diese Woche stehen keine Veranstaltungen im Kalender.&quot;</extracomment>
        <translation>There are no events in the calendar this week.</translation>
    </message>
    <message>
        <source>No events have been loaded yet.</source>
        <extracomment>Nothing was ever loaded (the footer says why): &quot;Es sind noch keine Veranstaltungen da.&quot;</extracomment>
        <translation>No events have been loaded yet.</translation>
    </message>
    <message>
        <source>In the programme: %1</source>
        <extracomment>On an event&apos;s detail, once staff put it into the programme: &quot;Steht im Programm: Sa 15:00&quot;</extracomment>
        <translation>In the programme: %1</translation>
    </message>
    <message>
        <source>Not saved. Please try again.</source>
        <extracomment>On an event&apos;s detail when saving the session failed</extracomment>
        <translation>Not saved. Please try again.</translation>
    </message>
    <message>
        <source>Nothing more is on today. Tomorrow: %1 %2</source>
        <extracomment>&quot;Today&quot; when every event of today is over: &quot;Heute ist nichts mehr los. Morgen: %1 %2&quot; (%1 the time of tomorrow&apos;s first event, &quot;19:30&quot;, or &quot;ganztägig&quot;; %2 its title)</extracomment>
        <translation>Nothing more is on today. Tomorrow: %1 %2</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::GuideHomeScreen</name>
    <message>
        <source>Edit the content</source>
        <translation>Edit the content</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Really discard?</source>
        <translation>Really discard?</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Tiles</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>No changes yet. Choose what you want to change.</source>
        <translation>No changes yet. Choose what you want to change.</translation>
    </message>
    <message>
        <source>Not yet published:</source>
        <translation>Not yet published:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was published. Please correct this first:</source>
        <translation>Nothing was published. Please correct this first:</translation>
    </message>
    <message>
        <source>In use: version %1 of %2, by %3.</source>
        <translation>In use: version %1 of %2, by %3.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Calendars</translation>
    </message>
    <message>
        <source>Save and load</source>
        <translation>Save and load</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::GuideMode</name>
    <message>
        <source>Nothing can be changed now: %1</source>
        <translation>Nothing can be changed now: %1</translation>
    </message>
    <message>
        <source>In use: the installed settings.</source>
        <translation>In use: the installed settings.</translation>
    </message>
    <message>
        <source>In use: version %1 of %2, by %3.</source>
        <translation>In use: version %1 of %2, by %3.</translation>
    </message>
    <message>
        <source>The draft has problems (see “Publish”).</source>
        <translation>The draft has problems (see “Publish”).</translation>
    </message>
    <message>
        <source>It could not be saved (%1). Is the disk full?</source>
        <translation>It could not be saved (%1). Is the disk full?</translation>
    </message>
    <message>
        <source>Published as version %1. The home screen shows it already.</source>
        <translation>Published as version %1. The home screen shows it already.</translation>
    </message>
    <message>
        <source>Published as version %1. It applies after the next start.</source>
        <translation>Published as version %1. It applies after the next start.</translation>
    </message>
    <message>
        <source>The changes were discarded.</source>
        <translation>The changes were discarded.</translation>
    </message>
    <message>
        <source>Version %1 restored</source>
        <translation>Version %1 restored</translation>
    </message>
    <message>
        <source>It could not be restored (%1).</source>
        <translation>It could not be restored (%1).</translation>
    </message>
    <message>
        <source>This version does not load any more: %1</source>
        <translation>This version does not load any more: %1</translation>
    </message>
    <message>
        <source>Version %1 is back on the screen as version %2.</source>
        <translation>Version %1 is back on the screen as version %2.</translation>
    </message>
    <message>
        <source>Restored; it applies after the next start.</source>
        <translation>Restored; it applies after the next start.</translation>
    </message>
    <message>
        <source>Find stations</source>
        <translation>Find stations</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::HomeScreen</name>
    <message>
        <source>You can choose: %1.</source>
        <extracomment>Read aloud on the home screen, with the labels of the tiles shown: &quot;Sie können wählen: %1.&quot; (&quot;Sie können wählen: Radio, Fernsehen und Anna.&quot;)</extracomment>
        <translation>You can choose: %1.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::InvitationDocument</name>
    <message>
        <source>%1, %2</source>
        <comment>the visit&apos;s date, its time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Video visit</source>
        <translation>Video visit</translation>
    </message>
    <message>
        <source>An invitation for %1</source>
        <translation>An invitation for %1</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>Length: %1</translation>
    </message>
    <message>
        <source>Scan with the phone&apos;s camera</source>
        <translation>Scan with the phone&apos;s camera</translation>
    </message>
    <message>
        <source>Or open this link:</source>
        <translation>Or open this link:</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>How to join</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::JsonProblem</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message>
        <source>a } or a comma is missing here</source>
        <translation>a } or a comma is missing here</translation>
    </message>
    <message>
        <source>a colon is missing here</source>
        <translation>a colon is missing here</translation>
    </message>
    <message>
        <source>a ] or a comma is missing here</source>
        <translation>a ] or a comma is missing here</translation>
    </message>
    <message>
        <source>a comma is missing here</source>
        <translation>a comma is missing here</translation>
    </message>
    <message>
        <source>there is something here that is not a valid value (text in &quot;quotes&quot;, a number, true, false, null, [ ] or { })</source>
        <translation>there is something here that is not a valid value (text in &quot;quotes&quot;, a number, true, false, null, [ ] or { })</translation>
    </message>
    <message>
        <source>the text ends after a number: a } or a ] is missing</source>
        <translation>the text ends after a number: a } or a ] is missing</translation>
    </message>
    <message>
        <source>this is not a valid number (write numbers like 12 or 0.5: with a point, without a leading zero)</source>
        <translation>this is not a valid number (write numbers like 12 or 0.5: with a point, without a leading zero)</translation>
    </message>
    <message>
        <source>a \ here starts nothing valid; write \\ for a backslash</source>
        <translation>a \ here starts nothing valid; write \\ for a backslash</translation>
    </message>
    <message>
        <source>this text is not stored as UTF-8: save the file as UTF-8</source>
        <translation>this text is not stored as UTF-8: save the file as UTF-8</translation>
    </message>
    <message>
        <source>a text in quotes is not closed: a &quot; is missing</source>
        <translation>a text in quotes is not closed: a &quot; is missing</translation>
    </message>
    <message>
        <source>one comma too many here: after a comma another entry must follow</source>
        <translation>one comma too many here: after a comma another entry must follow</translation>
    </message>
    <message>
        <source>too many [ and { inside each other here</source>
        <translation>too many [ and { inside each other here</translation>
    </message>
    <message>
        <source>the text is too large to be read</source>
        <translation>the text is too large to be read</translation>
    </message>
    <message>
        <source>there is more after the end here: remove it, or a { or [ is missing at the start</source>
        <translation>there is more after the end here: remove it, or a { or [ is missing at the start</translation>
    </message>
    <message>
        <source>the text cannot be read here</source>
        <translation>the text cannot be read here</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::KioskApp</name>
    <message>
        <source>the folder cannot be created</source>
        <translation>the folder cannot be created</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used (%2). Dorfplatz works, but cannot save anything. Is the disk full?</source>
        <translation>The data folder %1 cannot be used (%2). Dorfplatz works, but cannot save anything. Is the disk full?</translation>
    </message>
    <message>
        <source>A copy of the good settings cannot be kept in %1 (%2). Is the disk full?</source>
        <translation>A copy of the good settings cannot be kept in %1 (%2). Is the disk full?</translation>
    </message>
    <message>
        <source>The VLC player cannot start (%1). Radio and TV play through Qt Multimedia instead. Is the package vlc-plugin-base installed?</source>
        <translation>The VLC player cannot start (%1). Radio and TV play through Qt Multimedia instead. Is the package vlc-plugin-base installed?</translation>
    </message>
    <message>
        <source>The database was damaged. It was restored from the copy of %1; what was changed after that is lost. The damaged file is kept as %2.</source>
        <translation>The database was damaged. It was restored from the copy of %1; what was changed after that is lost. The damaged file is kept as %2.</translation>
    </message>
    <message>
        <source>The nightly copy of the database could not be made (%1). Is the disk full?</source>
        <translation>The nightly copy of the database could not be made (%1). Is the disk full?</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::KioskRun</name>
    <message>
        <source>Starting …</source>
        <translation>Starting …</translation>
    </message>
    <message>
        <source>Home screen ready</source>
        <translation>Home screen ready</translation>
    </message>
    <message>
        <source>Night: the screen is dimmed</source>
        <translation>Night: the screen is dimmed</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Stopping</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::Messages</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The configuration in %1 is fine: %n tile(s).</source>
        <translation>
            <numerusform>The configuration in %1 is fine: %n tile.</numerusform>
            <numerusform>The configuration in %1 is fine: %n tiles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The configuration has problems; fix them first (see --check-config).</source>
        <translation>The configuration has problems; fix them first (see --check-config).</translation>
    </message>
    <message>
        <source>No streams are configured in %1.</source>
        <translation>No streams are configured in %1.</translation>
    </message>
    <message>
        <source>Streams that work: %1 of %2.</source>
        <translation>Streams that work: %1 of %2.</translation>
    </message>
    <message>
        <source>%1: works, sound or picture after %2 s from %3</source>
        <translation>%1: works, sound or picture after %2 s from %3</translation>
    </message>
    <message>
        <source>The configuration could not be reset: %1</source>
        <translation>The configuration could not be reset: %1</translation>
    </message>
    <message>
        <source>Version %1 of the digital guides is no longer used. At its next start the kiosk uses the installed configuration in %2.</source>
        <translation>Version %1 of the digital guides is no longer used. At its next start the kiosk uses the installed configuration in %2.</translation>
    </message>
    <message>
        <source>The kiosk already uses the installed configuration in %1.</source>
        <translation>The kiosk already uses the installed configuration in %1.</translation>
    </message>
    <message>
        <source>No speaker found: the stations are checked all the same, but nothing can be heard on this computer.</source>
        <translation>No speaker found: the stations are checked all the same, but nothing can be heard on this computer.</translation>
    </message>
    <message>
        <source>VLC cannot start: the streams are checked with Qt Multimedia instead.</source>
        <translation>VLC cannot start: the streams are checked with Qt Multimedia instead.</translation>
    </message>
    <message>
        <source>%1: does NOT work.</source>
        <translation>%1: does NOT work.</translation>
    </message>
    <message>
        <source>(Details: dorfplatz --check-streams --verbose)</source>
        <translation>(Details: dorfplatz --check-streams --verbose)</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::MissedCallsBanner</name>
    <message>
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <source>at %1</source>
        <comment>today, at a time</comment>
        <translation>at %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>yesterday at %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>on %1 at %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 called %n times, last %2.</source>
        <translation>
            <numerusform>%1 called %n times, last %2.</numerusform>
            <numerusform>%1 called %n times, last %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 called %2.</source>
        <translation>%1 called %2.</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>And %n more.</numerusform>
            <numerusform>And %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <comment>read aloud, today at a time</comment>
        <extracomment>Read aloud: when a missed call came today, &quot;um %1&quot; (&quot;um 14 Uhr 5&quot;)</extracomment>
        <translation>at %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <comment>read aloud</comment>
        <extracomment>Read aloud: a missed call of yesterday, &quot;gestern um %1&quot; (&quot;gestern um 14 Uhr 5&quot;)</extracomment>
        <translation>yesterday at %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <comment>read aloud</comment>
        <extracomment>Read aloud: a missed call of an earlier day, &quot;am %1 um %2&quot; (&quot;am Donnerstag, 3. Dezember um 14 Uhr 5&quot;)</extracomment>
        <translation>on %1 at %2</translation>
    </message>
    <message>
        <source>You can call %1 back now.</source>
        <extracomment>Read aloud after the missed calls (the banner&apos;s button is &quot;%1 anrufen&quot;): &quot;Sie können %1 jetzt zurückrufen.&quot;</extracomment>
        <translation>You can call %1 back now.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::NightOverlay</name>
    <message>
        <source>Touch the screen to wake it.</source>
        <translation>Touch the screen to wake it.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::OccurrenceScreen</name>
    <message>
        <source>%1 on %2</source>
        <extracomment>Title of the screen that moves one date: &quot;Sitzgymnastik am Dienstag, 8. Dezember&quot;</extracomment>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Change every date</source>
        <translation>Change every date</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>As planned</translation>
    </message>
    <message>
        <source>Move this date</source>
        <translation>Move this date</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>On %1</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>At %1</translation>
    </message>
    <message>
        <source>Move anyway</source>
        <translation>Move anyway</translation>
    </message>
    <message>
        <source>This overlaps with &quot;%1&quot; at %2.</source>
        <translation>This overlaps with &quot;%1&quot; at %2.</translation>
    </message>
    <message>
        <source>Could not be saved (%1). Nothing was changed.</source>
        <translation>Could not be saved (%1). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::OnScreenKeyboard</name>
    <message>
        <source>Capital letter</source>
        <translation>Capital letter</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::OptionError</name>
    <message>
        <source>There is no option %1; &quot;%2&quot; lists them all.</source>
        <translation>There is no option %1; &quot;%2&quot; lists them all.</translation>
    </message>
    <message>
        <source>There are no options %1; &quot;%2&quot; lists them all.</source>
        <translation>There are no options %1; &quot;%2&quot; lists them all.</translation>
    </message>
    <message>
        <source>After %1 something is missing (a folder, a file or a name); &quot;%2&quot; says what.</source>
        <translation>After %1 something is missing (a folder, a file or a name); &quot;%2&quot; says what.</translation>
    </message>
    <message>
        <source>%1 is given without a value: write it without &quot;=…&quot;; &quot;%2&quot; says more.</source>
        <translation>%1 is given without a value: write it without &quot;=…&quot;; &quot;%2&quot; says more.</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot; lists every option.)</source>
        <translation>%1 (&quot;%2&quot; lists every option.)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option. A value comes after its option, like --config DIR; &quot;%2 --help&quot; lists every option.</source>
        <translation>&quot;%1&quot; is not an option. A value comes after its option, like --config DIR; &quot;%2 --help&quot; lists every option.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::PageSwitcher</name>
    <message>
        <source>back</source>
        <translation>back</translation>
    </message>
    <message>
        <source>more</source>
        <translation>more</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::PictureChooser</name>
    <message>
        <source>Built-in pictures</source>
        <translation>Built-in pictures</translation>
    </message>
    <message>
        <source>USB stick “%1”</source>
        <translation>USB stick “%1”</translation>
    </message>
    <message>
        <source>Your own pictures: plug in a USB stick with JPEG, PNG or SVG files.</source>
        <translation>Your own pictures: plug in a USB stick with JPEG, PNG or SVG files.</translation>
    </message>
    <message>
        <source>There are no pictures (JPEG, PNG or SVG) on this stick.</source>
        <translation>There are no pictures (JPEG, PNG or SVG) on this stick.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n picture(s) of the stick.</source>
        <translation>
            <numerusform>The newest picture of the stick.</numerusform>
            <numerusform>The newest %n pictures of the stick.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dorfplatz::PictureImport</name>
    <message>
        <source>This file is not a picture (JPEG, PNG or SVG).</source>
        <translation>This file is not a picture (JPEG, PNG or SVG).</translation>
    </message>
    <message>
        <source>This file is no longer there. Is the USB stick still plugged in?</source>
        <translation>This file is no longer there. Is the USB stick still plugged in?</translation>
    </message>
    <message>
        <source>This picture is too large (%1 MB). At most %2 MB are possible.</source>
        <translation>This picture is too large (%1 MB). At most %2 MB are possible.</translation>
    </message>
    <message>
        <source>This file cannot be read (%1).</source>
        <translation>This file cannot be read (%1).</translation>
    </message>
    <message>
        <source>This picture is damaged or too large and cannot be used.</source>
        <translation>This picture is damaged or too large and cannot be used.</translation>
    </message>
    <message>
        <source>The picture could not be stored (%1).</source>
        <translation>The picture could not be stored (%1).</translation>
    </message>
    <message>
        <source>This SVG picture is too large (%1 MB). At most %2 MB are possible.</source>
        <translation>This SVG picture is too large (%1 MB). At most %2 MB are possible.</translation>
    </message>
    <message>
        <source>This picture is damaged and cannot be used.</source>
        <translation>This picture is damaged and cannot be used.</translation>
    </message>
    <message>
        <source>The picture could not be stored (cannot create %1).</source>
        <translation>The picture could not be stored (cannot create %1).</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::PinPad</name>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>Please wait: %n more second(s).</source>
        <translation>
            <numerusform>Please wait: %n more second.</numerusform>
            <numerusform>Please wait: %n more seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your PIN, at least %1 digits.</source>
        <translation>Your PIN, at least %1 digits.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::PlaceholderScreen</name>
    <message>
        <source>Tap &quot;Home&quot; to go back.</source>
        <translation>Tap &quot;Home&quot; to go back.</translation>
    </message>
    <message>
        <source>Radio and television are coming to Dorfplatz soon.</source>
        <translation>Radio and television are coming to Dorfplatz soon.</translation>
    </message>
    <message>
        <source>Video calls with your family are coming soon.</source>
        <translation>Video calls with your family are coming soon.</translation>
    </message>
    <message>
        <source>Soon you will see here what is on in the villages.</source>
        <translation>Soon you will see here what is on in the villages.</translation>
    </message>
    <message>
        <source>Soon you will see here today&apos;s programme in the house.</source>
        <translation>Soon you will see here today&apos;s programme in the house.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::PlanDocument</name>
    <message>
        <source>Programme today, %1</source>
        <translation>Programme today, %1</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Week of %1 to %2</translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation>Programme %1</translation>
    </message>
    <message>
        <source>Week plan %1–%2</source>
        <translation>Week plan %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Nothing is planned.</source>
        <translation>Nothing is planned.</translation>
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
        <translation>Quieter</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Louder</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::PlayerScreen</name>
    <message>
        <source>Station: %1.</source>
        <extracomment>Read aloud on the player while the station cannot be heard or seen (paused, about to start, a fault): &quot;Sender: %1.&quot;</extracomment>
        <translation>Station: %1.</translation>
    </message>
    <message>
        <source>You are watching %1.</source>
        <extracomment>Read aloud on the player of a TV station: &quot;Sie sehen %1.&quot;</extracomment>
        <translation>You are watching %1.</translation>
    </message>
    <message>
        <source>You are listening to %1.</source>
        <extracomment>Read aloud on the player of a radio station: &quot;Sie hören %1.&quot;</extracomment>
        <translation>You are listening to %1.</translation>
    </message>
    <message>
        <source>Now playing: %1.</source>
        <extracomment>Read aloud on the player: the title the radio is playing, &quot;Gerade läuft: %1.&quot;</extracomment>
        <translation>Now playing: %1.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::PlayerStatus</name>
    <message>
        <source>One moment, it is about to start …</source>
        <translation>One moment, it is about to start …</translation>
    </message>
    <message>
        <source>Trying again …</source>
        <translation>Trying again …</translation>
    </message>
    <message>
        <source>Paused. Tap &quot;Continue&quot; to watch again.</source>
        <translation>Paused. Tap &quot;Continue&quot; to watch again.</translation>
    </message>
    <message>
        <source>Paused. Tap &quot;Continue&quot; to listen again.</source>
        <translation>Paused. Tap &quot;Continue&quot; to listen again.</translation>
    </message>
    <message>
        <source>The station cannot be reached right now. We will try again in a moment.</source>
        <translation>The station cannot be reached right now. We will try again in a moment.</translation>
    </message>
    <message>
        <source>This station is not available at the moment. We will try again in a moment.</source>
        <translation>This station is not available at the moment. We will try again in a moment.</translation>
    </message>
    <message>
        <source>The station has a fault right now. We will try again in a moment.</source>
        <translation>The station has a fault right now. We will try again in a moment.</translation>
    </message>
    <message>
        <source>The connection was interrupted. We will try again in a moment.</source>
        <translation>The connection was interrupted. We will try again in a moment.</translation>
    </message>
    <message>
        <source>This station cannot be played right now. We will try again in a moment.</source>
        <translation>This station cannot be played right now. We will try again in a moment.</translation>
    </message>
    <message>
        <source>This station points to an address that is not allowed here. We will try again in a moment.</source>
        <translation>This station points to an address that is not allowed here. We will try again in a moment.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::PreviewScreen</name>
    <message>
        <source>the station “%1”</source>
        <translation>the station “%1”</translation>
    </message>
    <message>
        <source>a call with %1</source>
        <translation>a call with %1</translation>
    </message>
    <message>
        <source>all contacts</source>
        <translation>all contacts</translation>
    </message>
    <message>
        <source>“What&apos;s on?”</source>
        <translation>“What&apos;s on?”</translation>
    </message>
    <message>
        <source>today&apos;s programme</source>
        <translation>today&apos;s programme</translation>
    </message>
    <message>
        <source>Preview: not yet published</source>
        <translation>Preview: not yet published</translation>
    </message>
    <message>
        <source>“%1” opens %2.</source>
        <translation>“%1” opens %2.</translation>
    </message>
    <message>
        <source>This is how the home screen will look. Tap a tile to try it.</source>
        <translation>This is how the home screen will look. Tap a tile to try it.</translation>
    </message>
    <message>
        <source>“Back” returns to the preview.</source>
        <translation>“Back” returns to the preview.</translation>
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
        <translation>%1&#xa0;– %2</translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <extracomment>The date under &quot;Programm heute&quot; (QDate format codes): &quot;Sonntag, 6. Dezember&quot;</extracomment>
        <translation>dddd, d MMMM</translation>
    </message>
    <message>
        <source>Today&apos;s programme</source>
        <extracomment>Title of the residents&apos; screen with today&apos;s sessions in the room: &quot;Programm heute&quot;</extracomment>
        <translation>Today&apos;s programme</translation>
    </message>
    <message>
        <source>on now</source>
        <extracomment>Mark of the session that is on now: &quot;läuft gerade&quot;</extracomment>
        <translation>on now</translation>
    </message>
    <message>
        <source>starting soon</source>
        <extracomment>Mark of a session that starts within ten minutes: &quot;gleich&quot;</extracomment>
        <translation>starting soon</translation>
    </message>
    <message>
        <source>cancelled today</source>
        <extracomment>Mark of a session that does not take place today: &quot;fällt heute aus&quot;</extracomment>
        <translation>cancelled today</translation>
    </message>
    <message>
        <source>There is nothing on the programme today.</source>
        <extracomment>No session planned for today: &quot;Heute steht nichts auf dem Programm.&quot;</extracomment>
        <translation>There is nothing on the programme today.</translation>
    </message>
    <message>
        <source>There is nothing more on the programme today.</source>
        <extracomment>Every session of today is over: &quot;Heute gibt es kein Programm mehr.&quot;</extracomment>
        <translation>There is nothing more on the programme today.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::ReadAloudButton</name>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::RingScreen</name>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Sound off</translation>
    </message>
    <message>
        <source>%1 is calling</source>
        <translation>%1 is calling</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Sound on</translation>
    </message>
    <message numerus="yes">
        <source>Answering by itself in %n seconds</source>
        <translation>
            <numerusform>Answering by itself in %n seconds</numerusform>
            <numerusform>Answering by itself in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap &quot;Answer&quot; to talk. Or tap &quot;Decline&quot;.</source>
        <extracomment>Read aloud on the ring screen, after &quot;Anna ruft an&quot; (the buttons are &quot;Annehmen&quot; and &quot;Ablehnen&quot;): &quot;Tippen Sie auf Annehmen, dann können Sie sprechen. Oder tippen Sie auf Ablehnen.&quot;</extracomment>
        <translation>Tap &quot;Answer&quot; to talk. Or tap &quot;Decline&quot;.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SelfTestText</name>
    <message>
        <source>WARNING: the Chromium sandbox is off (%1). Video calls run without its protection; on the kiosk PC run Dorfplatz as an unprivileged user, without QTWEBENGINE_DISABLE_SANDBOX and without --no-sandbox.</source>
        <translation>WARNING: the Chromium sandbox is off (%1). Video calls run without its protection; on the kiosk PC run Dorfplatz as an unprivileged user, without QTWEBENGINE_DISABLE_SANDBOX and without --no-sandbox.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SessionBanner</name>
    <message>
        <source>At %1: %2</source>
        <comment>a session soon: time, title</comment>
        <translation>At %1: %2</translation>
    </message>
    <message>
        <source>At %1: %2.</source>
        <comment>read aloud: a session soon, time, title</comment>
        <extracomment>Read aloud on the home screen shortly before a session: &quot;Um %1: %2.&quot; (&quot;Um 10 Uhr: Sitzgymnastik.&quot;)</extracomment>
        <translation>At %1: %2.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SessionContentText</name>
    <message>
        <source>Announcement only</source>
        <translation>Announcement only</translation>
    </message>
    <message>
        <source>&quot;What&apos;s on?&quot;</source>
        <translation>&quot;What&apos;s on?&quot;</translation>
    </message>
    <message>
        <source>Stream no longer configured</source>
        <translation>Stream no longer configured</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Call with %1</translation>
    </message>
    <message>
        <source>Contact no longer configured</source>
        <translation>Contact no longer configured</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SessionCountdownScreen</name>
    <message>
        <source>Start now</source>
        <translation>Start now</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Not today</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Now begins:</source>
        <translation>Now begins:</translation>
    </message>
    <message>
        <source>Now it is time for:</source>
        <translation>Now it is time for:</translation>
    </message>
    <message numerus="yes">
        <source>It starts by itself in %n second(s).</source>
        <translation>
            <numerusform>It starts by itself in %n second.</numerusform>
            <numerusform>It starts by itself in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>It starts now.</source>
        <translation>It starts now.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SessionEditorScreen</name>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Change session</source>
        <translation>Change session</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Change the time</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Title, e.g. Chair gymnastics</source>
        <translation>Title, e.g. Chair gymnastics</translation>
    </message>
    <message>
        <source>Note for colleagues</source>
        <translation>Note for colleagues</translation>
    </message>
    <message>
        <source>Title: (none yet)</source>
        <translation>Title: (none yet)</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Title: %1</translation>
    </message>
    <message>
        <source>Shows: %1</source>
        <translation>Shows: %1</translation>
    </message>
    <message>
        <source>Note: (none)</source>
        <translation>Note: (none)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Starts by itself</source>
        <translation>Starts by itself</translation>
    </message>
    <message>
        <source>Only reminds</source>
        <translation>Only reminds</translation>
    </message>
    <message>
        <source>Room volume: %1 %</source>
        <translation>Room volume: %1 %</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Once</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>Every %1 weeks</source>
        <translation>Every %1 weeks</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>On %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>At %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Really delete?</source>
        <translation>Really delete?</translation>
    </message>
    <message>
        <source>Please give the session a title first.</source>
        <translation>Please give the session a title first.</translation>
    </message>
    <message>
        <source>This overlaps with &quot;%1&quot; on %2 at %3.</source>
        <translation>This overlaps with &quot;%1&quot; on %2 at %3.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more overlap(s).)</source>
        <translation>
            <numerusform>(%n more overlap.)</numerusform>
            <numerusform>(%n more overlaps.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be saved (%1). Nothing was changed.</source>
        <translation>Could not be saved (%1). Nothing was changed.</translation>
    </message>
    <message>
        <source>Could not be deleted (%1). Nothing was changed.</source>
        <translation>Could not be deleted (%1). Nothing was changed.</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Until %1</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>No end date</translation>
    </message>
    <message>
        <source>Video visit with %1</source>
        <translation>Video visit with %1</translation>
    </message>
    <message>
        <source>For whom? As the relative knows her, e.g. Mrs Müller</source>
        <translation>For whom? As the relative knows her, e.g. Mrs Müller</translation>
    </message>
    <message>
        <source>Video visit with %1 for %2</source>
        <translation>Video visit with %1 for %2</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SessionOutcomes</name>
    <message>
        <source>How the session went could not be recorded (%1).</source>
        <translation>How the session went could not be recorded (%1).</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SessionRunner</name>
    <message>
        <source>In 2 minutes this ends: %1</source>
        <translation>In 2 minutes this ends: %1</translation>
    </message>
    <message>
        <source>%1 is not working right now. It will be tried again at %2.</source>
        <translation>%1 is not working right now. It will be tried again at %2.</translation>
    </message>
    <message>
        <source>Video visit with %1 for %2</source>
        <translation>Video visit with %1 for %2</translation>
    </message>
    <message>
        <source>Video visit for %1</source>
        <translation>Video visit for %1</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SignInScreen</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>PIN for %1</translation>
    </message>
    <message>
        <source>Checking the PIN …</source>
        <translation>Checking the PIN …</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>That PIN is not right.</translation>
    </message>
    <message>
        <source>Too many wrong PINs.</source>
        <translation>Too many wrong PINs.</translation>
    </message>
    <message>
        <source>The PIN cannot be checked: the database is not available. Please tell the administrator.</source>
        <translation>The PIN cannot be checked: the database is not available. Please tell the administrator.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SpokenText</name>
    <message>
        <source>H:mm</source>
        <comment>spoken time, full hour</comment>
        <extracomment>A time at a full hour, read aloud (QTime format codes, text in single quotes): &quot;H &apos;Uhr&apos;&quot; gives &quot;19 Uhr&quot;.</extracomment>
        <translation>H:mm</translation>
    </message>
    <message>
        <source>H:mm</source>
        <comment>spoken time with minutes</comment>
        <extracomment>A time with minutes, read aloud (QTime format codes, text in single quotes): &quot;H &apos;Uhr&apos; m&quot; gives &quot;19 Uhr 30&quot; and &quot;19 Uhr 5&quot;.</extracomment>
        <translation>H:mm</translation>
    </message>
    <message>
        <source>from %1 to midnight</source>
        <extracomment>A span of time that ends at midnight, read aloud: &quot;von %1 bis Mitternacht&quot;</extracomment>
        <translation>from %1 to midnight</translation>
    </message>
    <message>
        <source>H:mm</source>
        <comment>spoken hour of a span of full hours</comment>
        <extracomment>The hours of a span from one full hour to another, read aloud (QTime format codes): &quot;H&quot; gives &quot;19&quot;, for &quot;von 19 bis 21 Uhr&quot;.</extracomment>
        <translation>H:mm</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <comment>spoken, full hours</comment>
        <extracomment>From one full hour to another, read aloud: &quot;von %1 bis %2 Uhr&quot; (&quot;von 19 bis 21 Uhr&quot;)</extracomment>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <comment>spoken, times</comment>
        <extracomment>From one time to another, read aloud: &quot;von %1 bis %2&quot; (&quot;von 10 Uhr 15 bis 11 Uhr 15&quot;)</extracomment>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>spoken, a start time</comment>
        <extracomment>Something that starts at a time and goes on for days, read aloud: &quot;ab %1&quot; (&quot;ab 18 Uhr&quot;)</extracomment>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until midnight</source>
        <extracomment>Something that ends at midnight, read aloud: &quot;bis Mitternacht&quot;</extracomment>
        <translation>until midnight</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>spoken, a time</comment>
        <extracomment>Something that ends at a time, read aloud: &quot;bis %1&quot; (&quot;bis 14 Uhr&quot;)</extracomment>
        <translation>until %1</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <comment>spoken date</comment>
        <extracomment>A date with its year, read aloud (QDate format codes, text in single quotes): &quot;dddd, &apos;der&apos; d. MMMM yyyy&quot; gives &quot;Samstag, der 5. Dezember 2027&quot;.</extracomment>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <comment>spoken date</comment>
        <extracomment>A date, read aloud (QDate format codes, text in single quotes): &quot;dddd, &apos;der&apos; d. MMMM&quot; gives &quot;Samstag, der 5. Dezember&quot;.</extracomment>
        <translation>dddd, d MMMM</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>The day of something, read aloud: &quot;Heute&quot;</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <extracomment>The day of something, read aloud: &quot;Morgen&quot;</extracomment>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <extracomment>Today&apos;s date, read aloud: &quot;Heute, %1&quot; (&quot;Heute, Samstag, der 5. Dezember&quot;)</extracomment>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <extracomment>Tomorrow&apos;s date, read aloud: &quot;Morgen, %1&quot; (&quot;Morgen, Sonntag, der 6. Dezember&quot;)</extracomment>
        <translation>Tomorrow, %1</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <comment>spoken date inside a sentence</comment>
        <extracomment>A date with its year inside a sentence, read aloud (QDate format codes): &quot;dddd, d. MMMM yyyy&quot; gives &quot;Sonntag, 7. Dezember 2027&quot;, as in &quot;bis Sonntag, …&quot;.</extracomment>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <comment>spoken date inside a sentence</comment>
        <extracomment>A date inside a sentence, read aloud (QDate format codes): &quot;dddd, d. MMMM&quot; gives &quot;Sonntag, 7. Dezember&quot;, as in &quot;bis Sonntag, 7. Dezember&quot;.</extracomment>
        <translation>dddd, d MMMM</translation>
    </message>
    <message>
        <source>until today</source>
        <extracomment>Something that ends today, read aloud: &quot;bis heute&quot;</extracomment>
        <translation>until today</translation>
    </message>
    <message>
        <source>until tomorrow</source>
        <extracomment>Something that ends tomorrow, read aloud: &quot;bis morgen&quot;</extracomment>
        <translation>until tomorrow</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>spoken, a day</comment>
        <extracomment>Something that ends on a day, read aloud: &quot;bis %1&quot; (&quot;bis Sonntag, 7. Dezember&quot;)</extracomment>
        <translation>until %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the end of a list</comment>
        <extracomment>The last two things of a list, read aloud: &quot;%1 und %2&quot; (&quot;Radio, Fernsehen und Anna&quot;)</extracomment>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Page %1 of %2.</source>
        <extracomment>Which page of several a screen shows, read aloud: &quot;Seite %1 von %2.&quot;</extracomment>
        <translation>Page %1 of %2.</translation>
    </message>
    <message>
        <source>Tap &quot;more&quot; to see more.</source>
        <extracomment>Read aloud on a page that is not the last (the button&apos;s German label is &quot;weiter&quot;): &quot;Tippen Sie auf weiter, dann sehen Sie mehr.&quot;</extracomment>
        <translation>Tap &quot;more&quot; to see more.</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between two numbers</comment>
        <extracomment>Read aloud for a dash between two numbers (&quot;10–12&quot;): &quot;bis&quot;</extracomment>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::StaffHomeScreen</name>
    <message>
        <source>care and social service</source>
        <translation>care and social service</translation>
    </message>
    <message>
        <source>digital guide</source>
        <translation>digital guide</translation>
    </message>
    <message>
        <source>management</source>
        <translation>management</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Hello, %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Signed in as %1. Staff mode ends with &quot;Done&quot;, or by itself after two minutes without a touch.</source>
        <translation>Signed in as %1. Staff mode ends with &quot;Done&quot;, or by itself after two minutes without a touch.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Start now</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Calendars</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::StaffMode</name>
    <message>
        <source>first start</source>
        <translation>first start</translation>
    </message>
    <message>
        <source>“%1” is ready: save it on a USB stick or print it.</source>
        <translation>“%1” is ready: save it on a USB stick or print it.</translation>
    </message>
    <message>
        <source>The plan could not be made: %1</source>
        <translation>The plan could not be made: %1</translation>
    </message>
    <message>
        <source>The invitation could not be made: %1</source>
        <translation>The invitation could not be made: %1</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::StaffScreen</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::StartNowScreen</name>
    <message>
        <source>Start now</source>
        <translation>Start now</translation>
    </message>
    <message>
        <source>What should the room see and hear?</source>
        <translation>What should the room see and hear?</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message numerus="yes">
        <source>For %n minute(s)</source>
        <translation>
            <numerusform>For %n minute</numerusform>
            <numerusform>For %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Room volume: %1 % (louder than residents may set it)</source>
        <translation>Room volume: %1 % (louder than residents may set it)</translation>
    </message>
    <message>
        <source>Room volume: %1 %</source>
        <translation>Room volume: %1 %</translation>
    </message>
    <message>
        <source>Start &quot;%1&quot;</source>
        <translation>Start &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::StationEditorScreen</name>
    <message>
        <source>New station</source>
        <translation>New station</translation>
    </message>
    <message>
        <source>Change station</source>
        <translation>Change station</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Add a fallback address</source>
        <translation>Add a fallback address</translation>
    </message>
    <message>
        <source>Remove the last fallback</source>
        <translation>Remove the last fallback</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Radio or TV</source>
        <translation>Radio or TV</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Quieter</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Louder</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>With a tile: yes</source>
        <translation>With a tile: yes</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>The station&apos;s name, as the residents know it:</source>
        <translation>The station&apos;s name, as the residents know it:</translation>
    </message>
    <message>
        <source>The address of the stream, as the station gives it (https://…, also .m3u or .pls):</source>
        <translation>The address of the stream, as the station gives it (https://…, also .m3u or .pls):</translation>
    </message>
    <message>
        <source>An address to try when the first one fails (empty: remove it):</source>
        <translation>An address to try when the first one fails (empty: remove it):</translation>
    </message>
    <message>
        <source>Choose the station&apos;s logo.</source>
        <translation>Choose the station&apos;s logo.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>Fallback %1: %2</translation>
    </message>
    <message>
        <source>TV (with picture)</source>
        <translation>TV (with picture)</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <source>Starts at volume %1 %</source>
        <translation>Starts at volume %1 %</translation>
    </message>
    <message>
        <source>Starts at the kiosk&apos;s usual volume</source>
        <translation>Starts at the kiosk&apos;s usual volume</translation>
    </message>
    <message>
        <source>With a tile: no</source>
        <translation>With a tile: no</translation>
    </message>
    <message>
        <source>Enter the address first.</source>
        <translation>Enter the address first.</translation>
    </message>
    <message>
        <source>Listening …</source>
        <translation>Listening …</translation>
    </message>
    <message>
        <source>It works: sound after %1 s (%2).</source>
        <translation>It works: sound after %1 s (%2).</translation>
    </message>
    <message>
        <source>It does not work: %1</source>
        <translation>It does not work: %1</translation>
    </message>
    <message>
        <source>The station needs a name.</source>
        <translation>The station needs a name.</translation>
    </message>
    <message>
        <source>The station needs an address.</source>
        <translation>The station needs an address.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::StationFinderScreen</name>
    <message>
        <source>Find stations</source>
        <translation>Find stations</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Germany</translation>
    </message>
    <message>
        <source>Rheinland-Pfalz</source>
        <translation>Rheinland-Pfalz</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>With a tile</source>
        <translation>With a tile</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Schlager</source>
        <translation>Schlager</translation>
    </message>
    <message>
        <source>Folk music</source>
        <translation>Folk music</translation>
    </message>
    <message>
        <source>Oldies</source>
        <translation>Oldies</translation>
    </message>
    <message>
        <source>Classical</source>
        <translation>Classical</translation>
    </message>
    <message>
        <source>News</source>
        <translation>News</translation>
    </message>
    <message>
        <source>The station&apos;s name, or a part of it (empty: all stations):</source>
        <translation>The station&apos;s name, or a part of it (empty: all stations):</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Genre: %1</source>
        <translation>Genre: %1</translation>
    </message>
    <message>
        <source>Searching …</source>
        <translation>Searching …</translation>
    </message>
    <message>
        <source>No station found. Try another name or fewer filters.</source>
        <translation>No station found. Try another name or fewer filters.</translation>
    </message>
    <message numerus="yes">
        <source>%n station(s) found, the most listened-to first.</source>
        <translation>
            <numerusform>%n station found.</numerusform>
            <numerusform>%n stations found, the most listened-to first.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to the internet: the station directory cannot be reached.</source>
        <translation>No connection to the internet: the station directory cannot be reached.</translation>
    </message>
    <message>
        <source>The station directory does not answer just now. Please try again later.</source>
        <translation>The station directory does not answer just now. Please try again later.</translation>
    </message>
    <message>
        <source>The answer did not come from the station directory. Perhaps the internet here needs a sign-in first.</source>
        <translation>The answer did not come from the station directory. Perhaps the internet here needs a sign-in first.</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Listening to “%1” …</source>
        <translation>Listening to “%1” …</translation>
    </message>
    <message>
        <source>“%1” works: sound after %2 s.</source>
        <translation>“%1” works: sound after %2 s.</translation>
    </message>
    <message>
        <source>“%1” does not work: %2</source>
        <translation>“%1” does not work: %2</translation>
    </message>
    <message>
        <source>“%1” is already among the stations, as “%2”.</source>
        <translation>“%1” is already among the stations, as “%2”.</translation>
    </message>
    <message>
        <source>“%1” is now among the stations, with its tile.</source>
        <translation>“%1” is now among the stations, with its tile.</translation>
    </message>
    <message>
        <source>“%1” is now among the stations.</source>
        <translation>“%1” is now among the stations.</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::StreamDiagnosis</name>
    <message>
        <source>No connection to the internet (the name %1 cannot be resolved): check the network, then the address.</source>
        <translation>No connection to the internet (the name %1 cannot be resolved): check the network, then the address.</translation>
    </message>
    <message>
        <source>The connection to %1 is refused: no server runs there. Check the address and the port.</source>
        <translation>The connection to %1 is refused: no server runs there. Check the address and the port.</translation>
    </message>
    <message>
        <source>The server does not answer (timeout): try again later, or check the address.</source>
        <translation>The server does not answer (timeout): try again later, or check the address.</translation>
    </message>
    <message>
        <source>The server answers with %1 (access denied): the station does not allow this address. Look for its current address on the station&apos;s website.</source>
        <translation>The server answers with %1 (access denied): the station does not allow this address. Look for its current address on the station&apos;s website.</translation>
    </message>
    <message>
        <source>The server answers with %1: check the address.</source>
        <translation>The server answers with %1: check the address.</translation>
    </message>
    <message>
        <source>The server answers with %1 (a fault at the station): try again later.</source>
        <translation>The server answers with %1 (a fault at the station): try again later.</translation>
    </message>
    <message>
        <source>The server reports a fault: try again later.</source>
        <translation>The server reports a fault: try again later.</translation>
    </message>
    <message>
        <source>The secure connection to %1 fails (certificate): check the date and time of this computer.</source>
        <translation>The secure connection to %1 fails (certificate): check the date and time of this computer.</translation>
    </message>
    <message>
        <source>The server cannot be reached: check the network, then the address.</source>
        <translation>The server cannot be reached: check the network, then the address.</translation>
    </message>
    <message>
        <source>The file %1 is missing: check its name and folder.</source>
        <translation>The file %1 is missing: check its name and folder.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: check its access rights.</source>
        <translation>The file %1 cannot be read: check its access rights.</translation>
    </message>
    <message>
        <source>No sound and no picture: this is not a stream the kiosk can play. The address must lead to the stream itself, not to a web page.</source>
        <translation>No sound and no picture: this is not a stream the kiosk can play. The address must lead to the stream itself, not to a web page.</translation>
    </message>
    <message>
        <source>The server answers, but nothing can be heard or seen in time: the line may be too slow. Try again later.</source>
        <translation>The server answers, but nothing can be heard or seen in time: the line may be too slow. Try again later.</translation>
    </message>
    <message>
        <source>The stream broke off: try again later.</source>
        <translation>The stream broke off: try again later.</translation>
    </message>
    <message>
        <source>The playlist leads only to addresses the kiosk must not open: use another address of the station.</source>
        <translation>The playlist leads only to addresses the kiosk must not open: use another address of the station.</translation>
    </message>
    <message>
        <source>The playlist is empty or cannot be loaded: check the address.</source>
        <translation>The playlist is empty or cannot be loaded: check the address.</translation>
    </message>
    <message>
        <source>The stream does not play, for a reason the kiosk cannot name: check the address.</source>
        <translation>The stream does not play, for a reason the kiosk cannot name: check the address.</translation>
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
        <translation>Exit codes:
  0  every feed updated or unchanged
  1  some feeds failed; their last good events stay in use
  2  wrong command line
  3  feeds.json cannot be used
  4  the events cache cannot be opened or written (disk full?)
  5  no feed could be updated
  6  another sync is running</translation>
    </message>
    <message numerus="yes">
        <source>Updating %n calendar(s) …</source>
        <translation>
            <numerusform>Updating %n calendar(s) …</numerusform>
            <numerusform>Updating %n calendar(s) …</numerusform>
        </translation>
    </message>
    <message>
        <source>loading %1 …</source>
        <translation>loading %1 …</translation>
    </message>
    <message numerus="yes">
        <source>%n event date(s) stored</source>
        <translation>
            <numerusform>%n event date(s) stored</numerusform>
            <numerusform>%n event date(s) stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n broken entry(s) skipped</source>
        <translation>
            <numerusform>, %n broken entry(s) skipped</numerusform>
            <numerusform>, %n broken entry(s) skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unchanged (%n event date(s)).</source>
        <translation>
            <numerusform>unchanged (%n event date(s)).</numerusform>
            <numerusform>unchanged (%n event date(s)).</numerusform>
        </translation>
    </message>
    <message>
        <source>The events from %1 stay in use.</source>
        <translation>The events from %1 stay in use.</translation>
    </message>
    <message>
        <source>There are no events from this calendar yet.</source>
        <translation>There are no events from this calendar yet.</translation>
    </message>
    <message>
        <source>Done in %1 s: %2 updated, %3 unchanged, %4 failed.</source>
        <translation>Done in %1 s: %2 updated, %3 unchanged, %4 failed.</translation>
    </message>
    <message>
        <source>Fetches the calendar feeds of feeds.json into the events cache of the kiosk.</source>
        <translation>Fetches the calendar feeds of feeds.json into the events cache of the kiosk.</translation>
    </message>
    <message>
        <source>Read feeds.json from DIR (default: %1).</source>
        <translation>Read feeds.json from DIR (default: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Keep the events cache in DIR (default: %1).</source>
        <translation>Keep the events cache in DIR (default: %1).</translation>
    </message>
    <message>
        <source>Print one JSON object per line instead of text.</source>
        <translation>Print one JSON object per line instead of text.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Another sync is running already.</source>
        <translation>Another sync is running already.</translation>
    </message>
    <message>
        <source>The events cache cannot be opened: %1</source>
        <translation>The events cache cannot be opened: %1</translation>
    </message>
    <message numerus="yes">
        <source> %n later event date(s) left out: the calendar has more text than the kiosk keeps.</source>
        <translation>
            <numerusform> %n later event date left out: the calendar has more text than the kiosk keeps.</numerusform>
            <numerusform> %n later event dates left out: the calendar has more text than the kiosk keeps.</numerusform>
        </translation>
    </message>
    <message>
        <source>  7  the configuration folder does not exist
  8  the configuration folder has no feeds.json</source>
        <translation>  7  the configuration folder does not exist
  8  the configuration folder has no feeds.json</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>The server did not answer in time</translation>
    </message>
    <message>
        <source>The calendar is larger than the kiosk allows</source>
        <translation>The calendar is larger than the kiosk allows</translation>
    </message>
    <message>
        <source>The address forwards too often: check the address</source>
        <translation>The address forwards too often: check the address</translation>
    </message>
    <message>
        <source>The server answers with %1: check the address</source>
        <translation>The server answers with %1: check the address</translation>
    </message>
    <message>
        <source>The server answers with %1: the calendar is not public</source>
        <translation>The server answers with %1: the calendar is not public</translation>
    </message>
    <message>
        <source>The server answers with %1: a fault of the server, which usually passes</source>
        <translation>The server answers with %1: a fault of the server, which usually passes</translation>
    </message>
    <message>
        <source>The server answers with %1</source>
        <translation>The server answers with %1</translation>
    </message>
    <message>
        <source>The server answers with an error</source>
        <translation>The server answers with an error</translation>
    </message>
    <message>
        <source>No connection to the internet (the name %1 cannot be resolved)</source>
        <translation>No connection to the internet (the name %1 cannot be resolved)</translation>
    </message>
    <message>
        <source>The server %1 accepts no connection</source>
        <translation>The server %1 accepts no connection</translation>
    </message>
    <message>
        <source>The connection to %1 failed</source>
        <translation>The connection to %1 failed</translation>
    </message>
    <message>
        <source>The file cannot be read: check the path in feeds.json</source>
        <translation>The file cannot be read: check the path in feeds.json</translation>
    </message>
    <message>
        <source>This is not a calendar the kiosk can read: check the address</source>
        <translation>This is not a calendar the kiosk can read: check the address</translation>
    </message>
    <message>
        <source>The events cache cannot be written (disk full?)</source>
        <translation>The events cache cannot be written (disk full?)</translation>
    </message>
    <message>
        <source>The calendar could not be loaded</source>
        <translation>The calendar could not be loaded</translation>
    </message>
    <message>
        <source>FAILED. %1. %2</source>
        <translation>FAILED. %1. %2</translation>
    </message>
    <message>
        <source>Add the technical details (network, calendar library) to each failure, and print the log.</source>
        <translation>Add the technical details (network, calendar library) to each failure, and print the log.</translation>
    </message>
    <message>
        <source>Note: the folder %1 does not exist. The calendars of the digital guides&apos; version %2 are updated; check the path given with --config.</source>
        <translation>Note: the folder %1 does not exist. The calendars of the digital guides&apos; version %2 are updated; check the path given with --config.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: check the path given with --config.</source>
        <translation>The folder %1 does not exist: check the path given with --config.</translation>
    </message>
    <message>
        <source>%1 is not a folder: check the path given with --config.</source>
        <translation>%1 is not a folder: check the path given with --config.</translation>
    </message>
    <message>
        <source>The digital guides&apos; version %1 has no feeds.json: add the calendars in the guides&apos; mode, or go back to the installed configuration with &quot;dorfplatz --reset-config&quot;.</source>
        <translation>The digital guides&apos; version %1 has no feeds.json: add the calendars in the guides&apos; mode, or go back to the installed configuration with &quot;dorfplatz --reset-config&quot;.</translation>
    </message>
    <message>
        <source>There is no feeds.json in the folder %1: put the calendars there in a feeds.json, or give the right folder with --config.</source>
        <translation>There is no feeds.json in the folder %1: put the calendars there in a feeds.json, or give the right folder with --config.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SyncStatusBar</name>
    <message>
        <source>%1 of %2 calendars</source>
        <translation>%1 of %2 calendars</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SyncStatusScreen</name>
    <message>
        <source>Calendars</source>
        <translation>Calendars</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Update now</translation>
    </message>
    <message>
        <source>No calendars are set up for this kiosk.</source>
        <translation>No calendars are set up for this kiosk.</translation>
    </message>
    <message>
        <source>The calendars are updated every night by themselves. To do it now, tap &quot;Update now&quot;.</source>
        <translation>The calendars are updated every night by themselves. To do it now, tap &quot;Update now&quot;.</translation>
    </message>
    <message>
        <source>Updating the calendars …</source>
        <extracomment>While dorfplatz-sync runs: &quot;Die Kalender werden gerade aktualisiert …&quot;</extracomment>
        <translation>Updating the calendars …</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::SyncStatusText</name>
    <message>
        <source>Last updated: never</source>
        <extracomment>A calendar that was never loaded: &quot;Zuletzt aktualisiert: noch nie&quot;</extracomment>
        <translation>Last updated: never</translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <extracomment>&quot;Zuletzt aktualisiert: heute, 03:12 Uhr&quot; (the time as the log says it)</extracomment>
        <translation>Last updated: %1</translation>
    </message>
    <message>
        <source>Last attempt %1: %2</source>
        <extracomment>&quot;Letzter Versuch heute, 03:20 Uhr: Der Server hat mit Fehler 404 geantwortet.&quot;</extracomment>
        <translation>Last attempt %1: %2</translation>
    </message>
    <message>
        <source>The server answered with error %1.</source>
        <extracomment>&quot;Der Server hat mit Fehler 404 geantwortet.&quot;</extracomment>
        <translation>The server answered with error %1.</translation>
    </message>
    <message>
        <source>The calendar could not be loaded (%1).</source>
        <extracomment>Any other failure, with the technical detail for whoever set up the kiosk: &quot;Der Kalender konnte nicht geladen werden (Connection refused).&quot;</extracomment>
        <translation>The calendar could not be loaded (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Done: %1 of %n calendar(s) updated.</source>
        <extracomment>&quot;Fertig: 3 von 3 Kalendern aktualisiert.&quot;</extracomment>
        <translation>
            <numerusform>Done: %1 of %n calendar updated.</numerusform>
            <numerusform>Done: %1 of %n calendars updated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not updated: %1.</source>
        <extracomment>The calendars a sync could not update, by name: &quot;Nicht geklappt: Kusel.&quot;</extracomment>
        <translation>Not updated: %1.</translation>
    </message>
    <message>
        <source>An update is running already. Please try again in a few minutes.</source>
        <translation>An update is running already. Please try again in a few minutes.</translation>
    </message>
    <message>
        <source>The calendar settings cannot be used. Please tell whoever set up the kiosk.</source>
        <translation>The calendar settings cannot be used. Please tell whoever set up the kiosk.</translation>
    </message>
    <message>
        <source>The events cannot be saved (is the disk full?). Please tell whoever set up the kiosk.</source>
        <translation>The events cannot be saved (is the disk full?). Please tell whoever set up the kiosk.</translation>
    </message>
    <message>
        <source>The update could not be started or stopped unexpectedly. Please try again later.</source>
        <translation>The update could not be started or stopped unexpectedly. Please try again later.</translation>
    </message>
    <message>
        <source>The update ended with error %1.</source>
        <extracomment>An end the kiosk has no words for: &quot;Die Aktualisierung ist mit Fehler 2 beendet worden.&quot;</extracomment>
        <translation>The update ended with error %1.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::TextEntry</name>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::TileEditorScreen</name>
    <message>
        <source>New tile</source>
        <translation>New tile</translation>
    </message>
    <message>
        <source>Change tile</source>
        <translation>Change tile</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation>Station: %1</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>All contacts</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>What&apos;s on?</source>
        <translation>What&apos;s on?</translation>
    </message>
    <message>
        <source>Today&apos;s programme</source>
        <translation>Today&apos;s programme</translation>
    </message>
    <message>
        <source>Programme today</source>
        <translation>Programme today</translation>
    </message>
    <message>
        <source>The label stands under the picture, in large letters. Short is best: “SWR4”, “Call Anna”.</source>
        <translation>The label stands under the picture, in large letters. Short is best: “SWR4”, “Call Anna”.</translation>
    </message>
    <message>
        <source>What should the tile open?</source>
        <translation>What should the tile open?</translation>
    </message>
    <message>
        <source>Choose a picture.</source>
        <translation>Choose a picture.</translation>
    </message>
    <message>
        <source>The tile needs a label.</source>
        <translation>The tile needs a label.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::TodayScreen</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Cancel today</source>
        <translation>Cancel today</translation>
    </message>
    <message>
        <source>The programme cannot be read (%1). What was read before is shown.</source>
        <translation>The programme cannot be read (%1). What was read before is shown.</translation>
    </message>
    <message>
        <source>Nothing is planned for this day.</source>
        <translation>Nothing is planned for this day.</translation>
    </message>
    <message>
        <source>cancelled today</source>
        <translation>cancelled today</translation>
    </message>
    <message>
        <source>over</source>
        <translation>over</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>soon</translation>
    </message>
    <message>
        <source>starts by itself</source>
        <translation>starts by itself</translation>
    </message>
    <message>
        <source>reminder only</source>
        <translation>reminder only</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Really cancel?</source>
        <translation>Really cancel?</translation>
    </message>
    <message>
        <source>Could not be saved (%1). Nothing was changed.</source>
        <translation>Could not be saved (%1). Nothing was changed.</translation>
    </message>
    <message>
        <source>Fault in %1: %2</source>
        <extracomment>A session&apos;s content does not work: &quot;Konzert: Der Sender antwortet nicht. …&quot;</extracomment>
        <translation>Fault in %1: %2</translation>
    </message>
    <message>
        <source>missed (a video call was running)</source>
        <translation>missed (a video call was running)</translation>
    </message>
    <message>
        <source>did not work</source>
        <extracomment>A session whose stream or call does not work: &quot;läuft · gestört&quot;</extracomment>
        <translation>did not work</translation>
    </message>
    <message>
        <source>running · fault</source>
        <translation>running · fault</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>did not happen</source>
        <extracomment>A video visit the relative never joined: &quot;nicht zustande gekommen&quot;</extracomment>
        <translation>did not happen</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::UsageCounts</name>
    <message>
        <source>The use could not be counted: the date is missing.</source>
        <translation>The use could not be counted: the date is missing.</translation>
    </message>
    <message>
        <source>The use could not be counted (%1).</source>
        <translation>The use could not be counted (%1).</translation>
    </message>
    <message>
        <source>The usage counts could not be read (%1).</source>
        <translation>The usage counts could not be read (%1).</translation>
    </message>
    <message>
        <source>The report %1 could not be written (%2).</source>
        <translation>The report %1 could not be written (%2).</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::UsageScreen</name>
    <message>
        <source>Use of the room</source>
        <translation>Use of the room</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>As a table on USB stick</source>
        <translation>As a table on USB stick</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Stations</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Video visits</source>
        <translation>Video visits</translation>
    </message>
    <message>
        <source>What&apos;s on?</source>
        <translation>What&apos;s on?</translation>
    </message>
    <message>
        <source>Programme sessions held per month. Missed in these 12 months: %1.</source>
        <translation>Programme sessions held per month. Missed in these 12 months: %1.</translation>
    </message>
    <message>
        <source>Minutes of radio and TV per month.</source>
        <translation>Minutes of radio and TV per month.</translation>
    </message>
    <message>
        <source>Stations played per month.</source>
        <translation>Stations played per month.</translation>
    </message>
    <message>
        <source>Minutes of calls per month.</source>
        <translation>Minutes of calls per month.</translation>
    </message>
    <message>
        <source>Calls made per month.</source>
        <translation>Calls made per month.</translation>
    </message>
    <message>
        <source>Minutes of video visits per month.</source>
        <translation>Minutes of video visits per month.</translation>
    </message>
    <message>
        <source>Video visits held per month. Did not come about in these 12 months: %1.</source>
        <translation>Video visits held per month. Did not come about in these 12 months: %1.</translation>
    </message>
    <message>
        <source>“What&apos;s on?” opened per month.</source>
        <translation>“What&apos;s on?” opened per month.</translation>
    </message>
    <message>
        <source>Plug in a USB stick to take the table with you.</source>
        <translation>Plug in a USB stick to take the table with you.</translation>
    </message>
    <message>
        <source>Saved on the stick “%1” as “%2”.</source>
        <translation>Saved on the stick “%1” as “%2”.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::VersionsScreen</name>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Nothing has been published on the kiosk yet: the installed settings apply.</source>
        <translation>Nothing has been published on the kiosk yet: the installed settings apply.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n published version(s). An older one can be brought back.</source>
        <translation>
            <numerusform>The last published version.</numerusform>
            <numerusform>The last %n published versions. An older one can be brought back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3
%4</source>
        <translation>Version %1 · %2 · %3
%4</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in use</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <source>Really restore?</source>
        <translation>Really restore?</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::VisitInvitation</name>
    <message>
        <source>Video visit with %1</source>
        <translation>Video visit with %1</translation>
    </message>
    <message>
        <source>%1 is looking forward to your call.</source>
        <translation>%1 is looking forward to your call.</translation>
    </message>
    <message>
        <source>From a phone: open the link in the Jitsi Meet app or in the browser.</source>
        <translation>From a phone: open the link in the Jitsi Meet app or in the browser.</translation>
    </message>
    <message>
        <source>From a computer: open the link in Chrome, Firefox or Edge and allow the camera and the microphone.</source>
        <translation>From a computer: open the link in Chrome, Firefox or Edge and allow the camera and the microphone.</translation>
    </message>
    <message>
        <source>The resident&apos;s name is missing.</source>
        <translation>The resident&apos;s name is missing.</translation>
    </message>
    <message>
        <source>The date and time of the visit are missing.</source>
        <translation>The date and time of the visit are missing.</translation>
    </message>
    <message>
        <source>The length of the visit is missing.</source>
        <translation>The length of the visit is missing.</translation>
    </message>
    <message>
        <source>The room link is not a web address.</source>
        <translation>The room link is not a web address.</translation>
    </message>
    <message>
        <source>The invitation has no id.</source>
        <translation>The invitation has no id.</translation>
    </message>
    <message>
        <source>The calendar file could not be made.</source>
        <translation>The calendar file could not be made.</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::VolumeBar</name>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>%1 percent</source>
        <translation>%1 percent</translation>
    </message>
</context>
<context>
    <name>Dorfplatz::WeekScreen</name>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>The programme cannot be read (%1). What was read before is shown.</source>
        <translation>The programme cannot be read (%1). What was read before is shown.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format of the last day of the week shown (QDate format codes): &quot;13. Dezember 2026&quot;</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <extracomment>The week&apos;s first day in another month than its last: &quot;30. März&quot; (– 5. April 2027)</extracomment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>d</source>
        <extracomment>The week&apos;s first day in the month of its last: &quot;7.&quot; (– 13. Dezember 2026)</extracomment>
        <translation>d</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>The mark of a session&apos;s date that does not take place: &quot;fällt aus&quot;</extracomment>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>moved</source>
        <extracomment>The mark of a session&apos;s date at another time than usual: &quot;verschoben&quot;</extracomment>
        <translation>moved</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>The date under a day&apos;s name in the week: &quot;8. Dez.&quot;</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>today</source>
        <extracomment>Under today&apos;s date in the week: &quot;heute&quot;</extracomment>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <extracomment>A day with more sessions than fit its column: &quot;+ 2 weitere&quot;</extracomment>
        <translation>
            <numerusform>+ %n more</numerusform>
            <numerusform>+ %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>“%1” cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>StickFile</name>
    <message>
        <source>The stick “%1” is write-protected, nothing was saved. Use another stick, or slide its lock switch and plug it in again.</source>
        <translation>The stick “%1” is write-protected, nothing was saved. Use another stick, or slide its lock switch and plug it in again.</translation>
    </message>
    <message>
        <source>The stick “%1” is full, nothing was saved. Delete something on it or use another stick.</source>
        <translation>The stick “%1” is full, nothing was saved. Delete something on it or use another stick.</translation>
    </message>
    <message>
        <source>There are too many files named “%1” on the stick “%2”, nothing was saved.</source>
        <translation>There are too many files named “%1” on the stick “%2”, nothing was saved.</translation>
    </message>
</context>
<context>
    <name>UsbMounter</name>
    <message>
        <source>without name</source>
        <translation>without name</translation>
    </message>
    <message>
        <source>The USB stick “%1” may not be opened on this kiosk. The administrator can allow it.</source>
        <translation>The USB stick “%1” may not be opened on this kiosk. The administrator can allow it.</translation>
    </message>
    <message>
        <source>The USB stick “%1” cannot be read here. Copy the pictures onto a stick formatted on a Windows computer (FAT32).</source>
        <translation>The USB stick “%1” cannot be read here. Copy the pictures onto a stick formatted on a Windows computer (FAT32).</translation>
    </message>
</context>
</TS>
