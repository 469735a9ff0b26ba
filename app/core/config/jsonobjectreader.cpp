#include "jsonobjectreader.h"

#include <cmath>
#include <utility>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

JsonObjectReader::JsonObjectReader(QJsonObject object, QString file, QString path,
                                   ConfigIssues *issues)
    : m_object(std::move(object))
    , m_file(std::move(file))
    , m_path(std::move(path))
    , m_issues(issues)
{}

QString JsonObjectReader::pathOf(const QString &key) const
{
    if (m_path.isEmpty())
        return key;
    if (key.isEmpty())
        return m_path;
    return m_path + u'.' + key;
}

void JsonObjectReader::report(const QString &key, ConfigIssue::Kind kind, const QStringList &args)
{
    m_issues->append(ConfigIssue{m_file, pathOf(key), kind, args});
}

QString JsonObjectReader::typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"bool"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"undefined"_s;
}

std::optional<QJsonValue> JsonObjectReader::take(const QString &key, Presence presence)
{
    m_known.insert(key);
    const QJsonValue value = m_object.value(key);
    // null counts as "not given", so a guide can blank an optional field without deleting it.
    if (value.isUndefined() || value.isNull()) {
        if (presence == Presence::Required)
            report(key, ConfigIssue::Kind::MissingField);
        return std::nullopt;
    }
    return value;
}

bool JsonObjectReader::expectType(const QString &key, const QJsonValue &value,
                                  QJsonValue::Type type)
{
    if (value.type() == type)
        return true;
    report(key, ConfigIssue::Kind::WrongType, {typeOf(QJsonValue(type)), typeOf(value)});
    return false;
}

std::optional<QString> JsonObjectReader::text(const QString &key, Presence presence, int maxLength)
{
    const auto value = take(key, presence);
    if (!value || !expectType(key, *value, QJsonValue::String))
        return std::nullopt;
    const QString result = value->toString().trimmed();
    if (result.isEmpty()) {
        report(key, ConfigIssue::Kind::EmptyText);
        return std::nullopt;
    }
    if (result.size() > maxLength) {
        report(key, ConfigIssue::Kind::TextTooLong,
               {QString::number(result.size()), QString::number(maxLength)});
        return std::nullopt;
    }
    return result;
}

std::optional<bool> JsonObjectReader::boolean(const QString &key, Presence presence)
{
    const auto value = take(key, presence);
    if (!value || !expectType(key, *value, QJsonValue::Bool))
        return std::nullopt;
    return value->toBool();
}

std::optional<double> JsonObjectReader::number(const QString &key, Presence presence,
                                               double minimum, double maximum)
{
    const auto value = take(key, presence);
    if (!value || !expectType(key, *value, QJsonValue::Double))
        return std::nullopt;
    const double result = value->toDouble();
    if (!(result >= minimum && result <= maximum)) {
        report(key, ConfigIssue::Kind::OutOfRange,
               {QString::number(result), QString::number(minimum), QString::number(maximum)});
        return std::nullopt;
    }
    return result;
}

std::optional<int> JsonObjectReader::integer(const QString &key, Presence presence, int minimum,
                                             int maximum)
{
    const auto value = take(key, presence);
    if (!value || !expectType(key, *value, QJsonValue::Double))
        return std::nullopt;
    const double raw = value->toDouble();
    if (raw != std::floor(raw)) {
        report(key, ConfigIssue::Kind::WrongType, {u"integer"_s, u"number"_s});
        return std::nullopt;
    }
    if (raw < minimum || raw > maximum) {
        report(key, ConfigIssue::Kind::OutOfRange,
               {QString::number(raw), QString::number(minimum), QString::number(maximum)});
        return std::nullopt;
    }
    return int(raw);
}

std::optional<QTime> JsonObjectReader::time(const QString &key, Presence presence)
{
    const auto value = text(key, presence);
    if (!value)
        return std::nullopt;
    const QTime result = QTime::fromString(*value, u"H:mm"_s);
    if (!result.isValid()) {
        report(key, ConfigIssue::Kind::InvalidTime, {*value});
        return std::nullopt;
    }
    return result;
}

std::optional<QJsonObject> JsonObjectReader::object(const QString &key, Presence presence)
{
    const auto value = take(key, presence);
    if (!value || !expectType(key, *value, QJsonValue::Object))
        return std::nullopt;
    return value->toObject();
}

std::optional<QJsonArray> JsonObjectReader::array(const QString &key, Presence presence)
{
    const auto value = take(key, presence);
    if (!value || !expectType(key, *value, QJsonValue::Array))
        return std::nullopt;
    return value->toArray();
}

void JsonObjectReader::reportUnknownFields()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_known.contains(it.key()))
            report(it.key(), ConfigIssue::Kind::UnknownField);
    }
}

} // namespace Dorfplatz
