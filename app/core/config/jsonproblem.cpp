#include "jsonproblem.h"

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// Qt's offset lies just behind the token it read last (and the blanks after it). For these
// errors that token is the one that did not fit (the "2" of `[1 2]`, the "}" of `[1}`), so the
// place to show is that token's.
bool offsetIsBehindTheCulprit(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingValueSeparator:
    case QJsonParseError::MissingObject:
    case QJsonParseError::IllegalValue:
        return true;
    default:
        return false;
    }
}

bool isBlank(char byte)
{
    return byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r';
}

// Where the parser stopped, as a byte index into `bytes`.
qsizetype culpritOf(const QByteArray &bytes, const QJsonParseError &error)
{
    const qsizetype place = std::clamp<qsizetype>(error.offset, 0, bytes.size());
    if (!offsetIsBehindTheCulprit(error.error))
        return place;
    qsizetype before = place;
    while (before > 0 && isBlank(bytes.at(before - 1)))
        --before;
    if (before == 0)
        return place;
    // At the end of the text the parser may also have run out of it instead: then the last
    // token is a value that is fine, and the end is the place to show. A token that did not fit
    // there is a bracket, a comma or a colon.
    const char last = bytes.at(before - 1);
    const bool ranOut =
        place == bytes.size() && (error.error == QJsonParseError::IllegalValue ||
                                  (last != '}' && last != ']' && last != ',' && last != ':'));
    return ranOut ? place : before - 1;
}

bool isContinuationByte(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

} // namespace

JsonProblem JsonProblem::locate(const QByteArray &bytes, const QJsonParseError &error)
{
    JsonProblem problem;
    problem.error = error.error;
    qsizetype place = culpritOf(bytes, error);
    // Back to the first byte of a character, should the offset ever land inside one.
    while (place > 0 && place < bytes.size() && isContinuationByte(bytes.at(place)))
        --place;
    for (qsizetype i = 0; i < place; ++i) {
        const char byte = bytes.at(i);
        if (byte == '\n') {
            ++problem.line;
            problem.column = 1;
        } else if (byte != '\r' && !isContinuationByte(byte)) {
            ++problem.column; // a CR of a CRLF is no column an editor shows
        }
    }
    return problem;
}

QString JsonProblem::describe(const QString &file, const QByteArray &bytes,
                              const QJsonParseError &error)
{
    return u"%1: %2"_s.arg(file, locate(bytes, error).message());
}

QString JsonProblem::message() const
{
    return tr("line %1, column %2: %3").arg(line).arg(column).arg(expected());
}

QString JsonProblem::expected() const
{
    switch (error) {
    case QJsonParseError::NoError:
        break;
    case QJsonParseError::UnterminatedObject:
        return tr("a } or a comma is missing here");
    case QJsonParseError::MissingNameSeparator:
        return tr("a colon is missing here");
    case QJsonParseError::UnterminatedArray:
        return tr("a ] or a comma is missing here");
    case QJsonParseError::MissingValueSeparator:
        return tr("a comma is missing here");
    case QJsonParseError::IllegalValue:
        return tr("there is something here that is not a valid value (text in \"quotes\", a "
                  "number, true, false, null, [ ] or { })");
    case QJsonParseError::TerminationByNumber:
        return tr("the text ends after a number: a } or a ] is missing");
    case QJsonParseError::IllegalNumber:
        return tr("this is not a valid number (write numbers like 12 or 0.5: with a point, "
                  "without a leading zero)");
    case QJsonParseError::IllegalEscapeSequence:
        return tr("a \\ here starts nothing valid; write \\\\ for a backslash");
    case QJsonParseError::IllegalUTF8String:
        return tr("this text is not stored as UTF-8: save the file as UTF-8");
    case QJsonParseError::UnterminatedString:
        return tr("a text in quotes is not closed: a \" is missing");
    case QJsonParseError::MissingObject:
        return tr("one comma too many here: after a comma another entry must follow");
    case QJsonParseError::DeepNesting:
        return tr("too many [ and { inside each other here");
    case QJsonParseError::DocumentTooLarge:
        return tr("the text is too large to be read");
    case QJsonParseError::GarbageAtEnd:
        return tr("there is more after the end here: remove it, or a { or [ is missing at "
                  "the start");
    }
    return tr("the text cannot be read here");
}

QStringList JsonProblem::toArgs() const
{
    return {QString::number(int(error)), QString::number(line), QString::number(column)};
}

JsonProblem JsonProblem::fromArgs(const QStringList &args)
{
    JsonProblem problem;
    problem.error = static_cast<QJsonParseError::ParseError>(args.value(0).toInt());
    problem.line = args.value(1).toInt();
    problem.column = args.value(2).toInt();
    return problem;
}

} // namespace Dorfplatz
