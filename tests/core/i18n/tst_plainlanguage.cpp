// The plain-language check over the German translation (issue 15).
//
// Residents are 70 to 100 years old; many read slowly, some have had a stroke, some see badly.
// Every German text they see on the kiosk (or hear, read aloud) follows a few rules, taken in
// spirit from the Netzwerk Leichte Sprache's guidance. The check is mechanical and deliberately
// small: it catches what a pattern can catch reliably and leaves the rest to the person who writes
// the translation.
//
// The rules (Rule below), each with why:
//  - Length: a sentence has at most 15 words. Long sentences are the first thing readers lose;
//    15 is the Netzwerk's rule of thumb ("one statement per sentence"). Sentences end at
//    . ! ? : ; and at a line break; a placeholder such as %1 counts as one word.
//  - Abbreviation: no "z. B.", "bzw.", "ggf.", "usw." … (the list `abbreviations`), and no Qt
//    date formats with short day or month names ("ddd", "MMM" give "So., 7. Dez."). A reader has
//    to know an abbreviation to understand it, and it cannot be read aloud as written.
//  - Passive: none of a short list of passive constructions (`passivePatterns`): "wurde",
//    "wurden", "worden", "wird … werden", a participle right before "werden", and "wird"/"werden"
//    with a participle from a short list. The active voice says who does something. Recognising
//    every passive needs a grammar; the list is what the kiosk's texts actually use.
//  - Negation: none of a short list of negation-heavy phrasings (`negationPatterns`): "nicht
//    un…", "kein … nicht", "nicht … kein", "nie … nicht", "nicht ohne", "weder … noch". Two
//    negations in a sentence make the reader work out what is left.
//  - Number: numbers as digits, not as words ("zwei" … "zwölf", "zwanzig", "hundert"; see
//    `numberWords`). Digits are found and read faster. "ein", "eine", "einer" … are not checked:
//    they are mostly articles.
//
// Which texts are for residents is decided by the Qt context (the class name): `contexts`
// classifies every context of the .ts file, and contextsAreClassified() fails for one it does not
// know, so a new screen cannot slip through unchecked. `allowed` lists the few texts that must
// stay as they are, each with the reason.

#include "support/testconfig.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <optional>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

enum class Audience
{
    Resident,    // on a resident's screen (or read aloud, or on the notice board): checked
    Staff,       // staff screens (after the PIN)
    Guide,       // the digital guides' screens
    CommandLine, // output of dorfplatz --… and dorfplatz-sync
    Log,         // the journal, systemd status, the audit log, problems listed for staff
    Document,    // printed documents for staff or for a visitor's family
};

struct ContextAudience
{
    QLatin1StringView context;
    Audience audience;
};

// Every context of translations/dorfplatz_de.ts. A context with any text a resident sees is
// Resident, even when most of its texts are for staff: checking a staff text too costs nothing.
constexpr ContextAudience contexts[] = {
    // --- Resident ---
    {"Dorfplatz::AnnouncementScreen"_L1, Audience::Resident},     // programme: "Jetzt:"
    {"Dorfplatz::BigButton"_L1, Audience::Resident},              // kit: "Startseite"
    {"Dorfplatz::CallScreen"_L1, Audience::Resident},             // a video call
    {"Dorfplatz::ClockLabel"_L1, Audience::Resident},             // the header's clock
    {"Dorfplatz::ConfigNoticeScreen"_L1, Audience::Resident},     // notice in place of home
    {"Dorfplatz::ContactsScreen"_L1, Audience::Resident},         // "Wen möchten Sie anrufen?"
    {"Dorfplatz::EventDetail"_L1, Audience::Resident},            // "Was ist los?": one event
    {"Dorfplatz::EventSessions"_L1, Audience::Resident},          // "%1 in %2": programme titles
    {"Dorfplatz::EventSpokenText"_L1, Audience::Resident},        // "Was ist los?" read aloud
    {"Dorfplatz::EventTab"_L1, Audience::Resident},               // "Was ist los?": day tabs
    {"Dorfplatz::EventTimeText"_L1, Audience::Resident},          // "Was ist los?": times
    {"Dorfplatz::EventsFooter"_L1, Audience::Resident},           // "Was ist los?": "Stand"
    {"Dorfplatz::EventsScreen"_L1, Audience::Resident},           // "Was ist los?"
    {"Dorfplatz::HomeScreen"_L1, Audience::Resident},             // home read aloud
    {"Dorfplatz::MissedCallsBanner"_L1, Audience::Resident},      // home: missed calls
    {"Dorfplatz::NightOverlay"_L1, Audience::Resident},           // the dimmed night screen
    {"Dorfplatz::PageSwitcher"_L1, Audience::Resident},           // kit: "zurück", "weiter"
    {"Dorfplatz::PlaceholderScreen"_L1, Audience::Resident},      // "kommt bald"
    {"Dorfplatz::PlanDocument"_L1, Audience::Resident},           // printed plan, notice board
    {"Dorfplatz::PlayerControls"_L1, Audience::Resident},         // radio and TV buttons
    {"Dorfplatz::PlayerScreen"_L1, Audience::Resident},           // radio and TV read aloud
    {"Dorfplatz::PlayerStatus"_L1, Audience::Resident},           // radio and TV messages
    {"Dorfplatz::ProgrammeText"_L1, Audience::Resident},          // today's programme
    {"Dorfplatz::ReadAloudButton"_L1, Audience::Resident},        // "Vorlesen" (issue 15)
    {"Dorfplatz::RingScreen"_L1, Audience::Resident},             // a call comes in
    {"Dorfplatz::SessionBanner"_L1, Audience::Resident},          // home: "Um 15 Uhr: …"
    {"Dorfplatz::SessionCountdownScreen"_L1, Audience::Resident}, // "Jetzt beginnt: …"
    {"Dorfplatz::SessionRunner"_L1, Audience::Resident},          // notices over a session
    {"Dorfplatz::SpokenText"_L1, Audience::Resident},             // read aloud (issue 15)
    {"Dorfplatz::VolumeBar"_L1, Audience::Resident},              // "Lautstärke"
    // --- Staff ---
    {"DocumentPrinter"_L1, Audience::Staff},
    {"Dorfplatz::AccountEditorScreen"_L1, Audience::Staff},
    {"Dorfplatz::AuditLogScreen"_L1, Audience::Staff},
    {"Dorfplatz::AuditLogText"_L1, Audience::Staff},
    {"Dorfplatz::DocumentScreen"_L1, Audience::Staff},
    {"Dorfplatz::KioskApp"_L1, Audience::Staff}, // problems listed on the staff home screen
    {"Dorfplatz::OccurrenceScreen"_L1, Audience::Staff},
    {"Dorfplatz::OnScreenKeyboard"_L1, Audience::Staff}, // only in staff and guide editors
    {"Dorfplatz::PinPad"_L1, Audience::Staff},
    {"Dorfplatz::SessionContentText"_L1, Audience::Staff},
    {"Dorfplatz::SessionEditorScreen"_L1, Audience::Staff},
    {"Dorfplatz::SessionOutcomes"_L1, Audience::Staff},
    {"Dorfplatz::SignInScreen"_L1, Audience::Staff},
    {"Dorfplatz::StaffHomeScreen"_L1, Audience::Staff},
    {"Dorfplatz::StaffMode"_L1, Audience::Staff},
    {"Dorfplatz::StaffScreen"_L1, Audience::Staff},
    {"Dorfplatz::StartNowScreen"_L1, Audience::Staff},
    {"Dorfplatz::SyncStatusBar"_L1, Audience::Staff},
    {"Dorfplatz::SyncStatusScreen"_L1, Audience::Staff},
    {"Dorfplatz::SyncStatusText"_L1, Audience::Staff},
    {"Dorfplatz::TodayScreen"_L1, Audience::Staff}, // staff's "Heute" (ui/staff), not the programme
    {"Dorfplatz::UsageScreen"_L1, Audience::Staff},
    {"Dorfplatz::WeekScreen"_L1, Audience::Staff},
    {"StickFile"_L1, Audience::Staff},  // saving onto a stick: staff and guide screens
    {"UsbMounter"_L1, Audience::Staff}, // a stick that cannot be opened: staff and guide screens
    // --- Guide ---
    {"Dorfplatz::AppearanceScreen"_L1, Audience::Guide},
    {"Dorfplatz::BackupScreen"_L1, Audience::Guide},
    {"Dorfplatz::CalendarEditorScreen"_L1, Audience::Guide},
    {"Dorfplatz::ConfigChanges"_L1, Audience::Guide},
    {"Dorfplatz::ConfigDraft"_L1, Audience::Guide},
    {"Dorfplatz::ContactEditorScreen"_L1, Audience::Guide},
    {"Dorfplatz::DraftProblems"_L1, Audience::Guide},
    {"Dorfplatz::EntryListScreen"_L1, Audience::Guide},
    {"Dorfplatz::GuideHomeScreen"_L1, Audience::Guide},
    {"Dorfplatz::GuideMode"_L1, Audience::Guide},
    {"Dorfplatz::PictureChooser"_L1, Audience::Guide},
    {"Dorfplatz::PictureImport"_L1, Audience::Guide},
    {"Dorfplatz::PreviewScreen"_L1, Audience::Guide},
    {"Dorfplatz::StationEditorScreen"_L1, Audience::Guide},
    {"Dorfplatz::StationFinderScreen"_L1, Audience::Guide},
    {"Dorfplatz::StreamChecker"_L1, Audience::Guide},
    {"Dorfplatz::StreamDiagnosis"_L1, Audience::Guide}, // --check-streams, one line per address
    {"Dorfplatz::TextEntry"_L1, Audience::Guide},
    {"Dorfplatz::TileEditorScreen"_L1, Audience::Guide},
    {"Dorfplatz::VersionsScreen"_L1, Audience::Guide},
    // --- Command line ---
    {"Dorfplatz::AddAccountCommand"_L1, Audience::CommandLine},
    {"Dorfplatz::CommandLine"_L1, Audience::CommandLine},
    {"Dorfplatz::ConfigArchiveCommand"_L1, Audience::CommandLine},
    {"Dorfplatz::Messages"_L1, Audience::CommandLine},    // --check-config, --check-streams
    {"Dorfplatz::OptionError"_L1, Audience::CommandLine}, // a wrong option, both programs
    {"Dorfplatz::SyncCommand"_L1, Audience::CommandLine},
    // --- Log ---
    {"Dorfplatz::CallPolicy"_L1, Audience::Log}, // a config issue, for guides
    {"Dorfplatz::ConfigArchive"_L1, Audience::Log},
    {"Dorfplatz::ConfigIssue"_L1, Audience::Log}, // listed under "Hinweis für das Personal"
    {"Dorfplatz::JsonProblem"_L1, Audience::Log}, // inside a ConfigIssue's sentence
    {"Dorfplatz::KioskRun"_L1, Audience::Log},    // systemd status
    {"Dorfplatz::SelfTestText"_L1, Audience::Log},
    {"Dorfplatz::UsageCounts"_L1, Audience::Log},
    // --- Document ---
    {"Dorfplatz::InvitationDocument"_L1, Audience::Document}, // for the visitor's family
    {"Dorfplatz::VisitInvitation"_L1, Audience::Document},    // for the visitor's family
    {"PrintDocument"_L1, Audience::Document},
};

std::optional<Audience> audienceOf(const QString &context)
{
    for (const ContextAudience &entry : contexts) {
        if (entry.context == context)
            return entry.audience;
    }
    return std::nullopt;
}

enum class Rule
{
    Length,
    Abbreviation,
    Passive,
    Negation,
    Number,
};

QString ruleName(Rule rule)
{
    switch (rule) {
    case Rule::Length:
        return u"length"_s;
    case Rule::Abbreviation:
        return u"abbreviation"_s;
    case Rule::Passive:
        return u"passive"_s;
    case Rule::Negation:
        return u"negation"_s;
    case Rule::Number:
        return u"number"_s;
    }
    return {};
}

struct Finding
{
    Rule rule;
    QString detail; // what was found, for the report
};

struct Allowed
{
    QLatin1StringView context;
    QLatin1StringView source;
    Rule rule;
    // Why it stays: the comment beside each entry.
};

// The texts that keep a finding, each with why.
constexpr Allowed allowed[] = {
    // The header clock's short date ("Fr., 27. Nov."): only when the full date does not fit on a
    // small screen; the full form "Freitag, 27. November" comes first.
    {"Dorfplatz::ClockLabel"_L1, "ddd, d MMM"_L1, Rule::Abbreviation},
    // The date on an event card of "Was ist los?" ("So., 7. Dez."): the card has room for one
    // short line; the event's detail says the full date ("Sonntag, 7. Dezember"). A longer date
    // needs the cards' layout changed and checked first.
    {"Dorfplatz::EventTimeText"_L1, "ddd, d MMM"_L1, Rule::Abbreviation},
};

bool isAllowed(const QString &context, const QString &source, Rule rule)
{
    for (const Allowed &entry : allowed) {
        if (entry.context == context && entry.source == source && entry.rule == rule)
            return true;
    }
    return false;
}

constexpr int maxWords = 15;

QRegularExpression pattern(const QString &expression)
{
    // Unicode properties: \b and \w know "ä", "ö", "ü" and "ß".
    return QRegularExpression(expression, QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::UseUnicodePropertiesOption);
}

// "z. B." also written "z.B.": a space after an inner dot is optional.
const QStringList abbreviations = {
    u"z. B."_s, u"bzw."_s,  u"ggf."_s,     u"u. a."_s, u"usw."_s,     u"d. h."_s, u"evtl."_s,
    u"ca."_s,   u"inkl."_s, u"Nr."_s,      u"etc."_s,  u"vgl."_s,     u"bzgl."_s, u"zzgl."_s,
    u"u. U."_s, u"z. T."_s, u"o. Ä."_s,    u"v. a."_s, u"i. d. R."_s, u"s. o."_s, u"s. u."_s,
    u"sog."_s,  u"max."_s,  u"min."_s,     u"mind."_s, u"Std."_s,     u"Tel."_s,  u"Hr."_s,
    u"Fr."_s,   u"Str."_s,  u"u. v. m."_s,
};

const QList<QRegularExpression> &abbreviationPatterns()
{
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> list;
        for (const QString &abbreviation : abbreviations) {
            QString expression = QRegularExpression::escape(abbreviation.simplified());
            expression.replace(u"\\.\\ "_s, u"\\.\\s*"_s);
            // Not the end of a longer word: "Africa." is no "ca.".
            list.append(pattern(u"(?<!\\w)"_s + expression));
        }
        // Qt date formats: "ddd" and "MMM" (not "dddd", "MMMM") give "So." and "Dez.".
        list.append(QRegularExpression(u"(?<!d)ddd(?!d)|(?<!M)MMM(?!M)"_s));
        return list;
    }();
    return patterns;
}

// Only past participles this check knows, so "werden" as "become" ("Sie werden sehen") passes.
const QStringList participles = {
    u"abgelehnt"_s,     u"abgesagt"_s,    u"abgespielt"_s,    u"aktualisiert"_s, u"angenommen"_s,
    u"angezeigt"_s,     u"aufgenommen"_s, u"ausgeschaltet"_s, u"beendet"_s,      u"eingerichtet"_s,
    u"eingeschaltet"_s, u"erstellt"_s,    u"geändert"_s,      u"gedruckt"_s,     u"geladen"_s,
    u"gelöscht"_s,      u"geöffnet"_s,    u"geprüft"_s,       u"gesichert"_s,    u"gespeichert"_s,
    u"gestartet"_s,     u"gezeigt"_s,     u"übernommen"_s,    u"verbunden"_s,    u"versucht"_s,
    u"verwendet"_s,     u"vorgelesen"_s,
};

// Applied to one sentence each.
const QList<QRegularExpression> &passivePatterns()
{
    static const QList<QRegularExpression> patterns = {
        pattern(u"\\b(wurde|wurden|worden)\\b"_s),
        pattern(u"\\bwird\\b.*\\bwerden\\b"_s),
        // "gelöscht werden", "geladen werden" (also after "kann", "konnte", "muss" …).
        pattern(u"\\bge\\w{2,}(t|en)\\s+werden\\b"_s),
        pattern(u"\\b(wird|werden)\\b.*\\b(%1)\\b|\\b(%1)\\b.*\\b(wird|werden)\\b"_s.arg(
            participles.join(u'|'))),
    };
    return patterns;
}

const QList<QRegularExpression> &negationPatterns()
{
    static const QList<QRegularExpression> patterns = {
        // "nicht unwichtig"; not "nicht unterbrochen", "nicht und" or "nicht um".
        pattern(u"\\bnicht\\s+un(?!ter|d\\b|s\\b)\\w+"_s),
        pattern(u"\\bkein\\w*\\b.*\\bnicht\\b"_s),
        pattern(u"\\bnicht\\b.*\\bkein\\w*\\b"_s),
        pattern(u"\\bnie\\b.*\\bnicht\\b|\\bnicht\\b.*\\bnie\\b"_s),
        pattern(u"\\bnicht\\s+ohne\\b"_s),
        pattern(u"\\bweder\\b.*\\bnoch\\b"_s),
    };
    return patterns;
}

// Cardinal number words from 2 up, and "-mal" words. Not "ein", "eine" … (articles).
const QRegularExpression &numberWords()
{
    static const QRegularExpression words = pattern(
        u"\\b((ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?"
        "(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|"
        "sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|"
        "achtzig|neunzig|hundert|tausend|zweimal|dreimal|viermal|fünfmal|zehnmal|hundertmal)\\b"_s);
    return words;
}

QStringList sentences(const QString &text)
{
    static const QRegularExpression end(u"[.!?:;\\n]"_s);
    QStringList result;
    for (const QString &sentence : text.split(end, Qt::SkipEmptyParts)) {
        if (!sentence.trimmed().isEmpty())
            result.append(sentence.trimmed());
    }
    return result;
}

// Words of one sentence: what has a letter, a digit or a placeholder ("%1", "%n-mal"); a dash
// or "·" alone is no word.
int wordCount(const QString &sentence)
{
    static const QRegularExpression space(u"\\s+"_s);
    static const QRegularExpression word(u"[\\w%]"_s,
                                         QRegularExpression::UseUnicodePropertiesOption);
    int count = 0;
    for (const QString &token : sentence.split(space, Qt::SkipEmptyParts)) {
        if (token.contains(word))
            ++count;
    }
    return count;
}

// Everything one German text breaks.
QList<Finding> check(const QString &text)
{
    QList<Finding> findings;
    for (const QRegularExpression &abbreviation : abbreviationPatterns()) {
        const auto match = abbreviation.match(text);
        if (match.hasMatch())
            findings.append({Rule::Abbreviation, match.captured().simplified()});
    }
    const auto number = numberWords().match(text);
    if (number.hasMatch())
        findings.append({Rule::Number, number.captured()});
    for (const QString &sentence : sentences(text)) {
        if (const int words = wordCount(sentence); words > maxWords)
            findings.append({Rule::Length, u"%1 words in “%2”"_s.arg(words).arg(sentence)});
        for (const QRegularExpression &passive : passivePatterns()) {
            const auto match = passive.match(sentence);
            if (match.hasMatch()) {
                findings.append({Rule::Passive, match.captured()});
                break;
            }
        }
        for (const QRegularExpression &negation : negationPatterns()) {
            const auto match = negation.match(sentence);
            if (match.hasMatch()) {
                findings.append({Rule::Negation, match.captured()});
                break;
            }
        }
    }
    return findings;
}

QStringList ruleNames(const QList<Finding> &findings)
{
    QStringList names;
    for (const Finding &finding : findings)
        names.append(ruleName(finding.rule));
    return names;
}

struct TsMessage
{
    QString context;
    QString source;
    QString comment;          // the disambiguation, if any
    QStringList translations; // one, or one per plural form
};

struct TsFile
{
    QList<TsMessage> messages; // in use (not vanished or obsolete), with a translation
    QString error;
};

// The text of a <translation>: its plural forms, or itself.
QStringList readTranslation(QXmlStreamReader &xml)
{
    QStringList forms;
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"numerusform")
            forms.append(xml.readElementText());
        else if (xml.isCharacters())
            text += xml.text();
        else if (xml.isEndElement() && xml.name() == u"translation")
            break;
    }
    return forms.isEmpty() ? QStringList{text} : forms;
}

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"%1: %2"_s.arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool inMessage = false;
    bool inUse = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message") {
                inMessage = true;
                inUse = true;
                message = TsMessage{context, {}, {}, {}};
            } else if (inMessage && name == u"source") {
                message.source = xml.readElementText();
            } else if (inMessage && name == u"comment") {
                message.comment = xml.readElementText();
            } else if (inMessage && name == u"translation") {
                const QString type = xml.attributes().value(u"type"_s).toString();
                inUse = type != u"vanished" && type != u"obsolete";
                message.translations = readTranslation(xml);
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            inMessage = false;
            if (inUse)
                ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = u"line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QString label(const TsMessage &message)
{
    QString result = message.context + u" | "_s + message.source;
    if (!message.comment.isEmpty())
        result += u" ("_s + message.comment + u')';
    return result;
}

} // namespace

class TestPlainLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void rules_data();
    void rules();
    void contextsAreClassified();
    void allowListIsNeeded();
    void residentTexts_data();
    void residentTexts();

private:
    TsFile m_ts;
};

void TestPlainLanguage::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DORFPLATZ_SOURCE_DIR"),
             "DORFPLATZ_SOURCE_DIR is not set; run the test through ctest");
    m_ts = readTs(Test::sourcePath(u"translations/dorfplatz_de.ts"_s));
    QVERIFY2(m_ts.error.isEmpty(), qPrintable(m_ts.error));
    QVERIFY2(m_ts.messages.size() > 100, "too few messages: run the update_translations target");
}

// The check itself: what each rule catches, and what it lets through.
void TestPlainLanguage::rules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("rules");

    const QStringList none;
    QTest::addRow("plain") << u"Heute um 15 Uhr singen wir im Saal."_s << none;
    QTest::addRow("placeholders") << u"%1 ruft an. Um %2 Uhr: %3"_s << none;
    QTest::addRow("15 words") << u"a b c d e f g h i j k l m n o."_s << none;
    QTest::addRow("16 words") << u"a b c d e f g h i j k l m n o p."_s << QStringList{u"length"_s};
    QTest::addRow("sentences split")
        << u"a b c d e f g h. i j k l m n o p; q r s t u v w"_s << none;
    QTest::addRow("colon splits") << u"a b c d e f g h i j: k l m n o p q r s t"_s << none;
    QTest::addRow("dash is no word") << u"a b c d e f g h i j k l m n – o"_s << none;
    QTest::addRow("z. B.") << u"Zum Beispiel Tee, z. B. Pfefferminz."_s
                           << QStringList{u"abbreviation"_s};
    QTest::addRow("z.B.") << u"Tee, z.B. Pfefferminz."_s << QStringList{u"abbreviation"_s};
    QTest::addRow("bzw.") << u"Radio bzw. Fernsehen"_s << QStringList{u"abbreviation"_s};
    QTest::addRow("Ggf.") << u"Ggf. später."_s << QStringList{u"abbreviation"_s};
    QTest::addRow("Nr.") << u"Zimmer Nr. 5"_s << QStringList{u"abbreviation"_s};
    QTest::addRow("no ca. in a word") << u"Es spielt Africa."_s << none;
    QTest::addRow("date format ddd") << u"ddd, d. MMMM"_s << QStringList{u"abbreviation"_s};
    QTest::addRow("date format MMM") << u"dddd, d. MMM"_s << QStringList{u"abbreviation"_s};
    QTest::addRow("long date format") << u"dddd, d. MMMM yyyy"_s << none;
    QTest::addRow("wurde") << u"Der Anruf wurde beendet."_s << QStringList{u"passive"_s};
    QTest::addRow("worden") << u"Es ist gelöscht worden."_s << QStringList{u"passive"_s};
    QTest::addRow("wird … werden")
        << u"Es wird gleich gelöscht werden."_s << QStringList{u"passive"_s};
    QTest::addRow("participle werden")
        << u"Das konnte nicht geladen werden."_s << QStringList{u"passive"_s};
    QTest::addRow("werden … gelöscht")
        << u"Die Bilder werden morgen gelöscht."_s << QStringList{u"passive"_s};
    QTest::addRow("wird … angenommen")
        << u"Wird in 5 Sekunden angenommen"_s << QStringList{u"passive"_s};
    QTest::addRow("werden as become") << u"Sie werden sehen: es wird schön."_s << none;
    QTest::addRow("active") << u"Wir versuchen es gleich noch einmal."_s << none;
    QTest::addRow("nicht un…") << u"Das ist nicht unwichtig."_s << QStringList{u"negation"_s};
    QTest::addRow("nicht unterbrochen") << u"Die Verbindung ist nicht unterbrochen."_s << none;
    QTest::addRow("kein … nicht") << u"Keiner kann das nicht."_s << QStringList{u"negation"_s};
    QTest::addRow("nicht ohne") << u"Nicht ohne Ihre PIN."_s << QStringList{u"negation"_s};
    QTest::addRow("weder … noch") << u"%1 kann Sie weder sehen noch hören."_s
                                  << QStringList{u"negation"_s};
    QTest::addRow("one negation") << u"%1 kann Sie nicht sehen."_s << none;
    QTest::addRow("negations in two sentences") << u"Kein Ton. Das Bild geht nicht."_s << none;
    QTest::addRow("zwei") << u"In zwei Minuten"_s << QStringList{u"number"_s};
    QTest::addRow("Zwölf") << u"Zwölf Sender"_s << QStringList{u"number"_s};
    QTest::addRow("einundzwanzig") << u"einundzwanzig"_s << QStringList{u"number"_s};
    QTest::addRow("hundert") << u"hundert Jahre"_s << QStringList{u"number"_s};
    QTest::addRow("articles") << u"Einen Moment, in einer Minute."_s << none;
    QTest::addRow("no number in a word") << u"Nacht, Achtung, Elfen, Zweig"_s << none;
    QTest::addRow("digits") << u"In 2 Minuten"_s << none;
    QTest::addRow("everything") << u"Es wurde z. B. nicht ohne zwei gemacht."_s
                                << QStringList{u"abbreviation"_s, u"number"_s, u"passive"_s,
                                               u"negation"_s};
}

void TestPlainLanguage::rules()
{
    QFETCH(QString, text);
    QFETCH(QStringList, rules);
    QCOMPARE(ruleNames(check(text)), rules);
}

void TestPlainLanguage::contextsAreClassified()
{
    QSet<QString> seen;
    for (const ContextAudience &entry : contexts) {
        const QString context = entry.context;
        QVERIFY2(!seen.contains(context), qPrintable(context + u" twice"_s));
        seen.insert(context);
    }
    QStringList unknown;
    for (const TsMessage &message : std::as_const(m_ts.messages)) {
        if (!audienceOf(message.context) && !unknown.contains(message.context))
            unknown.append(message.context);
    }
    QVERIFY2(unknown.isEmpty(),
             qPrintable(u"contexts not in the table of tst_plainlanguage.cpp (Resident, or "
                        "Staff/Guide/CommandLine/Log/Document?):\n  "_s +
                        unknown.join(u"\n  "_s)));
}

// An entry of `allowed` whose text is gone or passes now is taken out.
void TestPlainLanguage::allowListIsNeeded()
{
    for (const Allowed &entry : allowed) {
        bool needed = false;
        for (const TsMessage &message : std::as_const(m_ts.messages)) {
            if (message.context != entry.context || message.source != entry.source)
                continue;
            for (const QString &translation : message.translations) {
                if (ruleNames(check(translation)).contains(ruleName(entry.rule)))
                    needed = true;
            }
        }
        QVERIFY2(needed, qPrintable(u"%1 | %2: %3 is allowed but not needed; take it out"_s.arg(
                             entry.context, entry.source, ruleName(entry.rule))));
        QVERIFY(audienceOf(entry.context) == Audience::Resident);
    }
}

void TestPlainLanguage::residentTexts_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("translations");

    int rows = 0;
    for (const TsMessage &message : std::as_const(m_ts.messages)) {
        if (audienceOf(message.context) != Audience::Resident)
            continue;
        QTest::newRow(qPrintable(label(message)))
            << message.context << message.source << message.translations;
        ++rows;
    }
    QVERIFY2(rows > 50, "too few resident texts: is the table of contexts right?");
}

void TestPlainLanguage::residentTexts()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QStringList, translations);

    QStringList problems;
    for (const QString &translation : std::as_const(translations)) {
        for (const Finding &finding : check(translation)) {
            if (isAllowed(context, source, finding.rule))
                continue;
            problems.append(u"%1 | %2 | %3: %4 (%5)"_s.arg(context, source, translation,
                                                           ruleName(finding.rule), finding.detail));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestPlainLanguage)
#include "tst_plainlanguage.moc"
