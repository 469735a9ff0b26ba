#include "core/i18n/translations.h"
#include "support/testconfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

// A string every build shows: the header's home button.
QString home()
{
    return QCoreApplication::translate("Dorfplatz::BigButton", "Home");
}

const QString homeInGerman = u"Startseite"_s;

struct TsSummary
{
    QString language;       // <TS language="...">
    int messages = 0;       // messages in use (not vanished/obsolete)
    QStringList unfinished; // "context: source" of messages without a finished translation
    QHash<QString, QString> translations; // "context|source" → translation
    QString error;
};

// Reads a Qt Linguist .ts file.
TsSummary readTs(const QString &path)
{
    TsSummary summary;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        summary.error = file.errorString();
        return summary;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QString translationType;
    QString translation;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                summary.language = xml.attributes().value(u"language"_s).toString();
            } else if (name == u"context") {
                context.clear();
            } else if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message") {
                inMessage = true;
                source.clear();
                translation.clear();
                translationType.clear();
            } else if (name == u"source" && inMessage) {
                source = xml.readElementText();
            } else if (name == u"translation" && inMessage) {
                translationType = xml.attributes().value(u"type"_s).toString();
                // Plural forms sit in <numerusform> children; their text counts as well.
                translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            inMessage = false;
            if (translationType == u"vanished" || translationType == u"obsolete")
                continue;
            ++summary.messages;
            summary.translations.insert(context + u'|' + source, translation);
            if (translationType == u"unfinished" || translation.trimmed().isEmpty())
                summary.unfinished.append(context + u": "_s + source);
        }
    }
    if (xml.hasError())
        summary.error = u"line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return summary;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void translationsAreCompiledIn();
    void localeNames_data();
    void localeNames();
    void installGerman();
    void installEnglish();
    void switchingReplacesTheTranslator();
    void destroyingRemovesTheTranslator();
    void unknownLanguageIsReported();
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();

private:
    QLocale m_initialLocale;
};

void TestTranslations::initTestCase()
{
    m_initialLocale = QLocale();
    QVERIFY2(!qEnvironmentVariableIsEmpty("DORFPLATZ_SOURCE_DIR"),
             "DORFPLATZ_SOURCE_DIR is not set; run the test through ctest");
    QCOMPARE(home(), u"Home"_s); // nothing installed yet
}

void TestTranslations::cleanup()
{
    QLocale::setDefault(m_initialLocale);
    QCOMPARE(home(), u"Home"_s); // every Translations of the test function is gone
}

void TestTranslations::translationsAreCompiledIn()
{
    for (const QString &language : {u"de"_s, u"en"_s}) {
        const QString path = u":/i18n/dorfplatz_%1.qm"_s.arg(language);
        QVERIFY2(QFile::exists(path), qPrintable(path));
    }
}

void TestTranslations::localeNames_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("locale");

    QTest::addRow("de") << u"de"_s << u"de_DE"_s;
    QTest::addRow("en") << u"en"_s << u"en_GB"_s;
}

void TestTranslations::localeNames()
{
    QFETCH(QString, language);
    QFETCH(QString, locale);
    QCOMPARE(Translations::localeName(language), locale);
}

void TestTranslations::installGerman()
{
    Translations translations;
    QVERIFY(translations.install(u"de"_s));
    QCOMPARE(translations.language(), u"de"_s);
    QCOMPARE(QLocale().name(), u"de_DE"_s);
    QCOMPARE(QLocale().toString(QDate(2024, 5, 17), u"dddd"_s), u"Freitag"_s);
    QCOMPARE(home(), homeInGerman);
}

void TestTranslations::installEnglish()
{
    Translations translations;
    QVERIFY(translations.install(u"en"_s));
    QCOMPARE(translations.language(), u"en"_s);
    QCOMPARE(QLocale().name(), u"en_GB"_s);
    QCOMPARE(QLocale().toString(QDate(2024, 5, 17), u"dddd"_s), u"Friday"_s);
    QCOMPARE(home(), u"Home"_s);
}

void TestTranslations::switchingReplacesTheTranslator()
{
    Translations translations;
    QVERIFY(translations.install(u"de"_s));
    QCOMPARE(home(), homeInGerman);

    QVERIFY(translations.install(u"en"_s));
    QCOMPARE(translations.language(), u"en"_s);
    QCOMPARE(QLocale().name(), u"en_GB"_s);
    QCOMPARE(home(), u"Home"_s); // the German translator is gone

    QVERIFY(translations.install(u"de"_s));
    QCOMPARE(QLocale().name(), u"de_DE"_s);
    QCOMPARE(home(), homeInGerman);
}

void TestTranslations::destroyingRemovesTheTranslator()
{
    {
        Translations translations;
        QVERIFY(translations.install(u"de"_s));
        QCOMPARE(home(), homeInGerman);
    }
    QCOMPARE(home(), u"Home"_s);
}

void TestTranslations::unknownLanguageIsReported()
{
    Translations translations;
    QTest::ignoreMessage(QtWarningMsg, "no translation for language \"fr\"");
    QVERIFY(!translations.install(u"fr"_s));
    QCOMPARE(home(), u"Home"_s);
}

void TestTranslations::tsFilesAreComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("home"); // the expected translation of "Home"

    QTest::addRow("de") << u"translations/dorfplatz_de.ts"_s << u"de"_s << homeInGerman;
    QTest::addRow("en") << u"translations/dorfplatz_en.ts"_s << u"en"_s << u"Home"_s;
}

void TestTranslations::tsFilesAreComplete()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QFETCH(QString, home);

    const TsSummary ts = readTs(Test::sourcePath(file));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, language);
    // lupdate has run: the strings of the app are in the file.
    QVERIFY2(ts.messages > 0, "no messages: run the update_translations target");
    QCOMPARE(ts.translations.value(u"Dorfplatz::BigButton|Home"_s), home);
    QVERIFY2(ts.unfinished.isEmpty(),
             qPrintable(u"%1 of %2 messages are unfinished, e.g.:\n  "_s.arg(ts.unfinished.size())
                            .arg(ts.messages) +
                        ts.unfinished.mid(0, 10).join(u"\n  "_s)));
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestTranslations)
#include "tst_translations.moc"
