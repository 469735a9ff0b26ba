#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace Dorfplatz {

// A command line that QCommandLineParser refused, answered in German with a pointer to --help,
// for dorfplatz and dorfplatz-sync alike. QCommandLineParser::errorText() is English (Qt's own
// translations are often not installed on a kiosk), so the sentence is built here from what the
// parser tells about the error.
class OptionError
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::OptionError)

public:
    // After parser.parse(arguments) returned false. `program` is the name to show in
    // "dorfplatz --help".
    static QString describe(const QCommandLineParser &parser, const QStringList &arguments,
                            const QString &program);
    // A positional argument where the program takes none.
    static QString unexpectedArgument(const QString &argument, const QString &program);
};

} // namespace Dorfplatz
