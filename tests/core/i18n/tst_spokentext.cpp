// SpokenText, the words "Vorlesen" says: times, spans of time (with minutes, at midnight),
// dates (today, tomorrow, another year), lists, pages, and clean() of every symbol that must not
// be read out. Each row asserts the whole text, in the English source forms and in the German
// forms the translation gives (a translator in the test stands for the German .ts entries, so the
// format strings proposed for it are checked too).
#include "core/i18n/spokentext.h"

#include <QHash>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;

namespace {

// The German entries of SpokenText as the .ts should have them: "source|comment" → translation.
class GermanForms final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int) const override
    {
        if (QLatin1StringView(context) != "Dorfplatz::SpokenText"_L1)
            return {};
        const QString key = QString::fromUtf8(source) + u'|' +
                            (disambiguation ? QString::fromUtf8(disambiguation) : QString());
        return forms().value(key);
    }
    bool isEmpty() const override { return false; }

    static const QHash<QString, QString> &forms()
    {
        static const QHash<QString, QString> german{
            {u"H:mm|spoken time, full hour"_s, u"H 'Uhr'"_s},
            {u"H:mm|spoken time with minutes"_s, u"H 'Uhr' m"_s},
            {u"H:mm|spoken hour of a span of full hours"_s, u"H"_s},
            {u"from %1 to %2|spoken, full hours"_s, u"von %1 bis %2 Uhr"_s},
            {u"from %1 to %2|spoken, times"_s, u"von %1 bis %2"_s},
            {u"from %1 to midnight|"_s, u"von %1 bis Mitternacht"_s},
            {u"from %1|spoken, a start time"_s, u"ab %1"_s},
            {u"until midnight|"_s, u"bis Mitternacht"_s},
            {u"until %1|spoken, a time"_s, u"bis %1"_s},
            {u"dddd, d MMMM yyyy|spoken date"_s, u"dddd, 'der' d. MMMM yyyy"_s},
            {u"dddd, d MMMM|spoken date"_s, u"dddd, 'der' d. MMMM"_s},
            {u"Today|"_s, u"Heute"_s},
            {u"Tomorrow|"_s, u"Morgen"_s},
            {u"Today, %1|"_s, u"Heute, %1"_s},
            {u"Tomorrow, %1|"_s, u"Morgen, %1"_s},
            {u"dddd, d MMMM yyyy|spoken date inside a sentence"_s, u"dddd, d. MMMM yyyy"_s},
            {u"dddd, d MMMM|spoken date inside a sentence"_s, u"dddd, d. MMMM"_s},
            {u"until today|"_s, u"bis heute"_s},
            {u"until tomorrow|"_s, u"bis morgen"_s},
            {u"until %1|spoken, a day"_s, u"bis %1"_s},
            {u"%1 and %2|the end of a list"_s, u"%1 und %2"_s},
            {u"Page %1 of %2.|"_s, u"Seite %1 von %2."_s},
            {u"Tap \"more\" to see more.|"_s, u"Tippen Sie auf weiter, dann sehen Sie mehr."_s},
            {u"to|between two numbers"_s, u"bis"_s},
        };
        return german;
    }
};

enum class Language
{
    English,
    German
};

// Saturday, 5 December 2026.
const QDate saturday(2026, 12, 5);

} // namespace

class TestSpokenText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void times_data();
    void times();
    void dates_data();
    void dates();
    void listsAndPages_data();
    void listsAndPages();
    void clean_data();
    void clean();
    void sentences_data();
    void sentences();
    void everyGermanFormIsUsed();

private:
    // Installs the German forms for a German row (and the German locale); English otherwise.
    void speak(Language language);

    GermanForms m_german;
    QLocale m_locale = QLocale::c();
};

void TestSpokenText::speak(Language language)
{
    QCoreApplication::removeTranslator(&m_german);
    if (language == Language::German) {
        QCoreApplication::installTranslator(&m_german);
        m_locale = QLocale(QLocale::German, QLocale::Germany);
    } else {
        m_locale = QLocale::c();
    }
}

void TestSpokenText::times_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QTime>("start");
    QTest::addColumn<QTime>("end");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, Language language, const QString &kind, QTime start,
                        QTime end, const QString &expected) {
        QTest::newRow(name) << language << kind << start << end << expected;
    };
    constexpr Language en = Language::English;
    constexpr Language de = Language::German;
    row("full hour", en, u"time"_s, QTime(19, 0), {}, u"19:00"_s);
    row("full hour de", de, u"time"_s, QTime(19, 0), {}, u"19 Uhr"_s);
    row("minutes", en, u"time"_s, QTime(19, 30), {}, u"19:30"_s);
    row("minutes de", de, u"time"_s, QTime(19, 30), {}, u"19 Uhr 30"_s);
    row("five past de", de, u"time"_s, QTime(14, 5), {}, u"14 Uhr 5"_s);
    row("midnight de", de, u"time"_s, QTime(0, 0), {}, u"0 Uhr"_s);
    row("after midnight de", de, u"time"_s, QTime(0, 30), {}, u"0 Uhr 30"_s);

    row("full hours", en, u"range"_s, QTime(19, 0), QTime(21, 0), u"from 19:00 to 21:00"_s);
    row("full hours de", de, u"range"_s, QTime(19, 0), QTime(21, 0), u"von 19 bis 21 Uhr"_s);
    row("with minutes", en, u"range"_s, QTime(10, 15), QTime(11, 15), u"from 10:15 to 11:15"_s);
    row("with minutes de", de, u"range"_s, QTime(10, 15), QTime(11, 15),
        u"von 10 Uhr 15 bis 11 Uhr 15"_s);
    row("hour to minutes de", de, u"range"_s, QTime(10, 0), QTime(10, 45),
        u"von 10 Uhr bis 10 Uhr 45"_s);
    row("minutes to hour de", de, u"range"_s, QTime(9, 30), QTime(11, 0),
        u"von 9 Uhr 30 bis 11 Uhr"_s);
    row("to midnight", en, u"range"_s, QTime(22, 0), QTime(0, 0), u"from 22:00 to midnight"_s);
    row("to midnight de", de, u"range"_s, QTime(22, 0), QTime(0, 0),
        u"von 22 Uhr bis Mitternacht"_s);
    row("over midnight de", de, u"range"_s, QTime(23, 30), QTime(0, 30),
        u"von 23 Uhr 30 bis 0 Uhr 30"_s);
    row("from midnight de", de, u"range"_s, QTime(0, 0), QTime(2, 0), u"von 0 bis 2 Uhr"_s);
    row("empty span de", de, u"range"_s, QTime(19, 0), QTime(19, 0), u"19 Uhr"_s);

    row("from", en, u"from"_s, QTime(18, 0), {}, u"from 18:00"_s);
    row("from de", de, u"from"_s, QTime(18, 0), {}, u"ab 18 Uhr"_s);
    row("until", en, u"until"_s, {}, QTime(14, 0), u"until 14:00"_s);
    row("until de", de, u"until"_s, {}, QTime(14, 30), u"bis 14 Uhr 30"_s);
    row("until midnight de", de, u"until"_s, {}, QTime(0, 0), u"bis Mitternacht"_s);
}

void TestSpokenText::times()
{
    QFETCH(Language, language);
    QFETCH(QString, kind);
    QFETCH(QTime, start);
    QFETCH(QTime, end);
    QFETCH(QString, expected);
    speak(language);
    QString spoken;
    if (kind == u"time")
        spoken = SpokenText::time(start, m_locale);
    else if (kind == u"range")
        spoken = SpokenText::range(start, end, m_locale);
    else if (kind == u"from")
        spoken = SpokenText::from(start, m_locale);
    else
        spoken = SpokenText::until(end, m_locale);
    QCOMPARE(spoken, expected);
}

void TestSpokenText::dates_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, Language language, const QString &kind, QDate date,
                        const QString &expected) {
        QTest::newRow(name) << language << kind << date << expected;
    };
    constexpr Language en = Language::English;
    constexpr Language de = Language::German;
    const QDate sunday = saturday.addDays(1);
    const QDate nextYear(2027, 1, 2);
    row("date", en, u"date"_s, saturday, u"Saturday, 5 December"_s);
    row("date de", de, u"date"_s, saturday, u"Samstag, der 5. Dezember"_s);
    row("date next year de", de, u"date"_s, nextYear, u"Samstag, der 2. Januar 2027"_s);
    row("day today", en, u"day"_s, saturday, u"Today"_s);
    row("day today de", de, u"day"_s, saturday, u"Heute"_s);
    row("day tomorrow de", de, u"day"_s, sunday, u"Morgen"_s);
    row("day later de", de, u"day"_s, saturday.addDays(3), u"Dienstag, der 8. Dezember"_s);
    row("day yesterday de", de, u"day"_s, saturday.addDays(-1), u"Freitag, der 4. Dezember"_s);
    row("day and date today", en, u"dayAndDate"_s, saturday, u"Today, Saturday, 5 December"_s);
    row("day and date today de", de, u"dayAndDate"_s, saturday,
        u"Heute, Samstag, der 5. Dezember"_s);
    row("day and date tomorrow de", de, u"dayAndDate"_s, sunday,
        u"Morgen, Sonntag, der 6. Dezember"_s);
    row("day and date later de", de, u"dayAndDate"_s, saturday.addDays(2),
        u"Montag, der 7. Dezember"_s);
    row("in a sentence de", de, u"weekdayDate"_s, saturday, u"Samstag, 5. Dezember"_s);
    row("in a sentence next year de", de, u"weekdayDate"_s, nextYear, u"Samstag, 2. Januar 2027"_s);
    row("until today de", de, u"untilDate"_s, saturday, u"bis heute"_s);
    row("until tomorrow de", de, u"untilDate"_s, sunday, u"bis morgen"_s);
    row("until a day", en, u"untilDate"_s, saturday.addDays(2), u"until Monday, 7 December"_s);
    row("until a day de", de, u"untilDate"_s, saturday.addDays(2), u"bis Montag, 7. Dezember"_s);
}

void TestSpokenText::dates()
{
    QFETCH(Language, language);
    QFETCH(QString, kind);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    speak(language);
    QString spoken;
    if (kind == u"date")
        spoken = SpokenText::date(date, saturday, m_locale);
    else if (kind == u"day")
        spoken = SpokenText::day(date, saturday, m_locale);
    else if (kind == u"dayAndDate")
        spoken = SpokenText::dayAndDate(date, saturday, m_locale);
    else if (kind == u"weekdayDate")
        spoken = SpokenText::weekdayDate(date, saturday, m_locale);
    else
        spoken = SpokenText::untilDate(date, saturday, m_locale);
    QCOMPARE(spoken, expected);
}

void TestSpokenText::listsAndPages_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");

    constexpr Language en = Language::English;
    constexpr Language de = Language::German;
    QTest::newRow("nothing") << en << QStringList{} << -1 << 0 << QString();
    QTest::newRow("one") << en << QStringList{u"Radio"_s} << -1 << 0 << u"Radio"_s;
    QTest::newRow("two") << en << QStringList{u"Radio"_s, u"Anna"_s} << -1 << 0
                         << u"Radio and Anna"_s;
    QTest::newRow("three de") << de << QStringList{u"Radio"_s, u"Fernsehen"_s, u"Anna"_s} << -1 << 0
                              << u"Radio, Fernsehen und Anna"_s;
    QTest::newRow("one page") << en << QStringList{} << 0 << 1 << QString();
    QTest::newRow("first of two") << en << QStringList{} << 0 << 2
                                  << u"Page 1 of 2. Tap \"more\" to see more."_s;
    QTest::newRow("first of two de") << de << QStringList{} << 0 << 2
                                     << u"Seite 1 von 2. Tippen Sie auf weiter, dann sehen Sie "
                                        "mehr."_s;
    QTest::newRow("last of two de") << de << QStringList{} << 1 << 2 << u"Seite 2 von 2."_s;
}

void TestSpokenText::listsAndPages()
{
    QFETCH(Language, language);
    QFETCH(QStringList, items);
    QFETCH(int, page);
    QFETCH(int, count);
    QFETCH(QString, expected);
    speak(language);
    QCOMPARE(page < 0 ? SpokenText::list(items) : SpokenText::pages(page, count), expected);
}

void TestSpokenText::clean_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const QString &text, const QString &expected,
                        Language language = Language::English) {
        QTest::newRow(name) << language << text << expected;
    };
    row("empty", {}, {});
    row("only symbols", u" • … | → "_s, {});
    row("full stop added", u"Kerwe-Tanz"_s, u"Kerwe-Tanz."_s);
    row("own end mark kept", u"Wer singt mit?"_s, u"Wer singt mit?"_s);
    row("en dash between words", u"Kusel – Marktplatz"_s, u"Kusel, Marktplatz."_s);
    row("em dash between words", u"Kusel—Marktplatz"_s, u"Kusel, Marktplatz."_s);
    row("spaced hyphen", u"Kusel - Marktplatz"_s, u"Kusel, Marktplatz."_s);
    row("hyphen in a word", u"Glühwein-Stand am Rathaus-Platz"_s,
        u"Glühwein-Stand am Rathaus-Platz."_s);
    row("dash between numbers", u"Sprechstunde 10–12 Uhr"_s, u"Sprechstunde 10 to 12 Uhr."_s);
    row("dash between numbers de", u"Sprechstunde 10 – 12 Uhr"_s, u"Sprechstunde 10 bis 12 Uhr."_s,
        Language::German);
    row("bullet list", u"Programm:\n• Kaffee\n• Kuchen"_s, u"Programm. Kaffee. Kuchen."_s);
    row("middle dot", u"Kusel · Stadtpark"_s, u"Kusel, Stadtpark."_s);
    row("ellipsis at the end", u"Einen Moment, gleich geht es los …"_s,
        u"Einen Moment, gleich geht es los."_s);
    row("ellipsis inside", u"Es war … schön"_s, u"Es war, schön."_s);
    row("three dots", u"Bis bald..."_s, u"Bis bald."_s);
    row("bar", u"Chor | Probe"_s, u"Chor, Probe."_s);
    row("arrow", u"Eingang → Seiteneingang"_s, u"Eingang, Seiteneingang."_s);
    row("double arrow", u"Anmeldung ⇒ Büro"_s, u"Anmeldung, Büro."_s);
    row("german quotes", u"Tippen Sie auf „Weiter“."_s, u"Tippen Sie auf Weiter."_s);
    row("english quotes", u"Tap \"Continue\" to listen again."_s,
        u"Tap Continue to listen again."_s);
    row("guillemets", u"»Stille Nacht«"_s, u"Stille Nacht."_s);
    row("single quotes", u"‚Oh Tannenbaum‘ und 'Kling Glöckchen'"_s,
        u"Oh Tannenbaum und Kling Glöckchen."_s);
    row("apostrophe kept", u"Wie geht's?"_s, u"Wie geht's?"_s);
    row("emoji", u"Adventskaffee ☕🎄 mit Musik 🎶"_s, u"Adventskaffee mit Musik."_s);
    row("emoji with joiner and tone", u"Familie 👨‍👩‍👧 grüßt 👋🏽"_s,
        u"Familie grüßt."_s);
    row("emoji with selector", u"Wir ❤️ Kusel"_s, u"Wir Kusel."_s);
    row("flag", u"Deutschland 🇩🇪"_s, u"Deutschland."_s);
    row("stars and ticks", u"★★★ Top ✓"_s, u"Top."_s);
    row("markup characters", u"**Eintritt frei** #Kusel"_s, u"Eintritt frei Kusel."_s);
    row("degree kept", u"Heute 20 °C"_s, u"Heute 20 °C."_s);
    row("euro kept", u"Eintritt 5 €"_s, u"Eintritt 5 €."_s);
    row("repeated marks", u"Herzlich willkommen!!! Kommen Sie?? Ja.."_s,
        u"Herzlich willkommen! Kommen Sie? Ja."_s);
    row("mixed marks", u"Wirklich?! Ja,."_s, u"Wirklich? Ja."_s);
    row("lines become sentences", u"Eintritt frei\n\nBitte anmelden"_s,
        u"Eintritt frei. Bitte anmelden."_s);
    row("line broken inside a sentence", u"Wir treffen uns am\nMarktplatz und gehen\nzusammen"_s,
        u"Wir treffen uns am. Marktplatz und gehen zusammen."_s);
    row("colon at the end", u"Jetzt:"_s, u"Jetzt."_s);
    row("comma at the end", u"Kaffee, Kuchen,"_s, u"Kaffee, Kuchen."_s);
    row("no-break spaces", u"19\u00A0Uhr\tim  Saal"_s, u"19 Uhr im Saal."_s);
    row("windows line ends", u"Eins\r\nZwei\rDrei"_s, u"Eins. Zwei. Drei."_s);
    row("empty brackets", u"Treffpunkt ( ★ ) Kirche"_s, u"Treffpunkt Kirche."_s);
}

void TestSpokenText::clean()
{
    QFETCH(Language, language);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    speak(language);
    QCOMPARE(SpokenText::clean(text), expected);
}

void TestSpokenText::sentences_data()
{
    QTest::addColumn<QStringList>("parts");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing") << QStringList{} << QString();
    QTest::newRow("empty parts left out")
        << QStringList{{}, u"Heute"_s, u" "_s, u"…"_s} << u"Heute."_s;
    QTest::newRow("capitalised") << QStringList{u"von 19 bis 21 Uhr"_s, u"Chorprobe"_s,
                                                u"fällt heute aus"_s}
                                 << u"Von 19 bis 21 Uhr. Chorprobe. Fällt heute aus."_s;
    QTest::newRow("a word with capitals inside stays")
        << QStringList{u"iPhone-Kurs für Senioren"_s} << u"iPhone-Kurs für Senioren."_s;
    QTest::newRow("parts with several sentences")
        << QStringList{u"Anna ruft an"_s, u"Tippen Sie auf „Annehmen“. Oder auf „Ablehnen“"_s}
        << u"Anna ruft an. Tippen Sie auf Annehmen. Oder auf Ablehnen."_s;
}

void TestSpokenText::sentences()
{
    QFETCH(QStringList, parts);
    QFETCH(QString, expected);
    QCOMPARE(SpokenText::sentences(parts), expected);
}

void TestSpokenText::everyGermanFormIsUsed()
{
    // Each form above is one SpokenText asks for: a renamed source would leave its German
    // untested here (and untranslated in the .ts).
    class Recorder final : public QTranslator
    {
    public:
        QString translate(const char *context, const char *source, const char *disambiguation,
                          int) const override
        {
            if (QLatin1StringView(context) == "Dorfplatz::SpokenText"_L1) {
                asked.insert(QString::fromUtf8(source) + u'|' +
                             (disambiguation ? QString::fromUtf8(disambiguation) : QString()));
            }
            return {};
        }
        bool isEmpty() const override { return false; }
        mutable QSet<QString> asked;
    } recorder;
    QCoreApplication::installTranslator(&recorder);
    const QLocale c = QLocale::c();
    for (const QTime time : {QTime(19, 0), QTime(19, 30), QTime(0, 0)}) {
        SpokenText::time(time, c);
        SpokenText::from(time, c);
        SpokenText::until(time, c);
    }
    SpokenText::range(QTime(19, 0), QTime(21, 0), c);
    SpokenText::range(QTime(19, 15), QTime(21, 0), c);
    SpokenText::range(QTime(22, 0), QTime(0, 0), c);
    for (const QDate date :
         {saturday, saturday.addDays(1), saturday.addDays(2), QDate(2027, 1, 2)}) {
        SpokenText::date(date, saturday, c);
        SpokenText::day(date, saturday, c);
        SpokenText::dayAndDate(date, saturday, c);
        SpokenText::weekdayDate(date, saturday, c);
        SpokenText::untilDate(date, saturday, c);
    }
    SpokenText::list({u"a"_s, u"b"_s});
    SpokenText::pages(0, 2);
    SpokenText::clean(u"10–12"_s);
    QCoreApplication::removeTranslator(&recorder);
    const QList<QString> forms = GermanForms::forms().keys();
    for (const QString &form : forms)
        QVERIFY2(recorder.asked.contains(form), qPrintable(form));
    QCOMPARE(recorder.asked.size(), forms.size());
}

QTEST_GUILESS_MAIN(TestSpokenText)
#include "tst_spokentext.moc"
