// Where a broken JSON file broke, in a guide's words: the line and the column (in characters, as
// an editor counts them: an umlaut is one, the CR of a CRLF none) and what was expected there,
// for every error Qt's parser reports.
#include "core/config/jsonproblem.h"

#include <QJsonDocument>
#include <QMetaEnum>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QJsonParseError::ParseError)

namespace Dorfplatz {

class TestJsonProblem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locate_data();
    void locate();
    void describeNamesFileLineAndColumn();
    void everyErrorHasItsOwnSentence();
    void argsRoundTrip();
};

void TestJsonProblem::locate_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QJsonParseError::ParseError>("error");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    const QString brace = u"a } or a comma is missing here"_s;
    // The column is that of the character that did not fit (or the end of the text).
    QTest::addRow("UnterminatedObject: comma missing")
        << R"({"a": 1 "b": 2})"_ba << QJsonParseError::UnterminatedObject << 1 << 9 << brace;
    QTest::addRow("UnterminatedObject: comma missing at the end of a line")
        << "{\n  \"a\": 1\n  \"b\": 2\n}\n"_ba << QJsonParseError::UnterminatedObject << 3 << 3
        << brace;
    QTest::addRow("UnterminatedObject: CRLF")
        << "{\r\n  \"a\": 1\r\n  \"b\": 2\r\n}\r\n"_ba << QJsonParseError::UnterminatedObject << 3
        << 3 << brace;
    QTest::addRow("UnterminatedObject: umlauts before it on the line")
        << R"({"Straße": "Köln" "b": 1})"_ba << QJsonParseError::UnterminatedObject << 1 << 19
        << brace;
    QTest::addRow("UnterminatedObject: umlauts on the lines before")
        << "{\n  \"Grüße\": \"äöü\",\n  \"ß\": 1\n  \"b\": 2\n}\n"_ba
        << QJsonParseError::UnterminatedObject << 4 << 3 << brace;
    QTest::addRow("UnterminatedObject: the file ends")
        << "{\"a\": \"x\"\n"_ba << QJsonParseError::UnterminatedObject << 2 << 1 << brace;
    QTest::addRow("MissingNameSeparator")
        << R"({"a" 1})"_ba << QJsonParseError::MissingNameSeparator << 1 << 6
        << u"a colon is missing here"_s;
    QTest::addRow("UnterminatedArray") << "[1}\n"_ba << QJsonParseError::UnterminatedArray << 1 << 3
                                       << u"a ] or a comma is missing here"_s;
    QTest::addRow("UnterminatedArray: } as the last character")
        << "[\"a\"}"_ba << QJsonParseError::UnterminatedArray << 1 << 5
        << u"a ] or a comma is missing here"_s;
    QTest::addRow("MissingValueSeparator")
        << R"({"a": [1 2]})"_ba << QJsonParseError::MissingValueSeparator << 1 << 10
        << u"a comma is missing here"_s;
    QTest::addRow("IllegalValue")
        << R"({"a": tru})"_ba << QJsonParseError::IllegalValue << 1 << 7
        << u"there is something here that is not a valid value (text in \"quotes\", a number, "
           "true, false, null, [ ] or { })"_s;
    QTest::addRow("IllegalValue: empty file") << ""_ba << QJsonParseError::IllegalValue << 1 << 1
                                              << u"there is something here that is not a valid "
                                                 "value (text in \"quotes\", a number, true, "
                                                 "false, null, [ ] or { })"_s;
    QTest::addRow("TerminationByNumber")
        << "[1, 2"_ba << QJsonParseError::TerminationByNumber << 1 << 6
        << u"the text ends after a number: a } or a ] is missing"_s;
    QTest::addRow("IllegalNumber")
        << "{\"a\": 1e}"_ba << QJsonParseError::IllegalNumber << 1 << 9
        << u"this is not a valid number (write numbers like 12 or 0.5: with a point, without a "
           "leading zero)"_s;
    QTest::addRow("IllegalEscapeSequence")
        << R"(["\u12"])"_ba << QJsonParseError::IllegalEscapeSequence << 1 << 7
        << u"a \\ here starts nothing valid; write \\\\ for a backslash"_s;
    QTest::addRow("IllegalUTF8String: Latin-1 ä")
        << "{\"a\": \"\xe4\"}"_ba << QJsonParseError::IllegalUTF8String << 1 << 8
        << u"this text is not stored as UTF-8: save the file as UTF-8"_s;
    QTest::addRow("UnterminatedString")
        << "{\"a\": \"abc"_ba << QJsonParseError::UnterminatedString << 1 << 11
        << u"a text in quotes is not closed: a \" is missing"_s;
    QTest::addRow("MissingObject")
        << "{\"a\": 1,}\n"_ba << QJsonParseError::MissingObject << 1 << 9
        << u"one comma too many here: after a comma another entry must follow"_s;
    QTest::addRow("DeepNesting") << QByteArray(2000, '[') << QJsonParseError::DeepNesting << 1
                                 << 1026 << u"too many [ and { inside each other here"_s;
    QTest::addRow("GarbageAtEnd")
        << "{\"a\": 1}\n x\n"_ba << QJsonParseError::GarbageAtEnd << 2 << 2
        << u"there is more after the end here: remove it, or a { or [ is missing at the start"_s;
}

void TestJsonProblem::locate()
{
    QFETCH(QByteArray, json);
    QFETCH(QJsonParseError::ParseError, error);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, expected);

    QJsonParseError parseError;
    QJsonDocument::fromJson(json, &parseError);
    QCOMPARE(parseError.error, error); // the row tests what it says it tests
    const JsonProblem problem = JsonProblem::locate(json, parseError);
    QCOMPARE(problem.error, error);
    QCOMPARE(problem.line, line);
    QCOMPARE(problem.column, column);
    QCOMPARE(problem.expected(), expected);
    QCOMPARE(problem.message(), u"line %1, column %2: %3"_s.arg(line).arg(column).arg(expected));
}

void TestJsonProblem::describeNamesFileLineAndColumn()
{
    const QByteArray json = "{\n  \"version\": 1,\n  \"language\" \"de\"\n}\n";
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(JsonProblem::describe(u"kiosk.json"_s, json, error),
             u"kiosk.json: line 3, column 14: a colon is missing here"_s);
    // Never Qt's English text.
    QVERIFY(!JsonProblem::describe(u"kiosk.json"_s, json, error).contains(error.errorString()));
}

void TestJsonProblem::everyErrorHasItsOwnSentence()
{
    // DocumentTooLarge and the rest that no small text above produces still have their words.
    QSet<QString> sentences;
    for (int value = QJsonParseError::UnterminatedObject; value <= QJsonParseError::GarbageAtEnd;
         ++value) {
        JsonProblem problem;
        problem.error = static_cast<QJsonParseError::ParseError>(value);
        const QString sentence = problem.expected();
        QVERIFY2(!sentence.isEmpty(), qPrintable(QString::number(value)));
        QVERIFY2(!sentences.contains(sentence), qPrintable(sentence));
        sentences.insert(sentence);
    }
    JsonProblem tooLarge;
    tooLarge.error = QJsonParseError::DocumentTooLarge;
    QCOMPARE(tooLarge.expected(), u"the text is too large to be read"_s);
}

void TestJsonProblem::argsRoundTrip()
{
    const JsonProblem problem{QJsonParseError::MissingValueSeparator, 12, 40};
    QCOMPARE(JsonProblem::fromArgs(problem.toArgs()), problem);
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestJsonProblem)
#include "tst_jsonproblem.moc"
