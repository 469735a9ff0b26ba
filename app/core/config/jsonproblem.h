#pragma once

#include <QCoreApplication>
#include <QJsonParseError>
#include <QString>
#include <QStringList>

namespace Dorfplatz {

// Where a JSON text broke and what was expected there, in a guide's words. Qt's parser says
// "illegal value (at character 15)" in English; a guide editing kiosk.json in a text editor needs
// "line 3, column 7: a colon is missing here". The one place that turns a QJsonParseError into
// words: the configuration loader (ConfigIssue::Kind::InvalidJson), the guides' draft and
// anything else that shows a broken JSON file to a person.
class JsonProblem
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::JsonProblem)

public:
    QJsonParseError::ParseError error = QJsonParseError::NoError;
    int line = 1;   // 1-based
    int column = 1; // 1-based, in characters (UTF-8 sequences count once, a CR not at all)

    // Finds the line and column of `error` in `bytes`, the text that was parsed.
    static JsonProblem locate(const QByteArray &bytes, const QJsonParseError &error);
    // "kiosk.json: line 3, column 7: a colon is missing here" (as ConfigIssue::toString())
    static QString describe(const QString &file, const QByteArray &bytes,
                            const QJsonParseError &error);

    // "line 3, column 7: a colon is missing here"
    QString message() const;
    // "a colon is missing here": what is wrong at that place and what was expected.
    QString expected() const;

    // As ConfigIssue keeps it (its args): the error's number, the line, the column.
    QStringList toArgs() const;
    static JsonProblem fromArgs(const QStringList &args);

    bool operator==(const JsonProblem &) const = default;
};

} // namespace Dorfplatz
