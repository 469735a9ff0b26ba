#include "optionerror.h"

#include <QCommandLineParser>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

QString dashed(const QString &name)
{
    return (name.size() == 1 ? u"-"_s : u"--"_s) + name;
}

// The option of `arguments` that Qt's own message names, found by building Qt's message for
// each candidate (through Qt's translation, should one be installed), or nothing.
QString optionNamedBy(const QString &errorText, const char *qtMessage, const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(1)) {
        const QString option = argument.section(u'=', 0, 0);
        if (option.startsWith(u'-') &&
            QCoreApplication::translate("QCommandLineParser", qtMessage).arg(option) == errorText)
            return option;
    }
    return {};
}

} // namespace

QString OptionError::describe(const QCommandLineParser &parser, const QStringList &arguments,
                              const QString &program)
{
    const QString help = program + u" --help"_s;
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.size() == 1)
        return tr("There is no option %1; \"%2\" lists them all.")
            .arg(dashed(unknown.first()), help);
    if (unknown.size() > 1) {
        QStringList names;
        for (const QString &name : unknown)
            names.append(dashed(name));
        return tr("There are no options %1; \"%2\" lists them all.").arg(names.join(u", "_s), help);
    }
    const QString error = parser.errorText();
    if (const QString option = optionNamedBy(error, "Missing value after '%1'.", arguments);
        !option.isEmpty())
        return tr("After %1 something is missing (a folder, a file or a name); \"%2\" says what.")
            .arg(option, help);
    if (const QString option = optionNamedBy(error, "Unexpected value after '%1'.", arguments);
        !option.isEmpty())
        return tr("%1 is given without a value: write it without \"=…\"; \"%2\" says more.")
            .arg(option, help);
    // A message of a newer Qt: its words, and where to look.
    return tr("%1 (\"%2\" lists every option.)").arg(error, help);
}

QString OptionError::unexpectedArgument(const QString &argument, const QString &program)
{
    return tr("\"%1\" is not an option. A value comes after its option, like --config DIR; "
              "\"%2 --help\" lists every option.")
        .arg(argument, program);
}

} // namespace Dorfplatz
