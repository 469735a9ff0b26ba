#pragma once

#include "configissue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTime>

#include <functional>
#include <optional>

namespace Dorfplatz {

// Reads the fields of one JSON object and records every problem as a ConfigIssue with the field's
// path, instead of stopping at the first. Every configuration file (kiosk, tiles, and later
// streams, contacts, feeds) is read through it so all of them report problems the same way.
class JsonObjectReader
{
public:
    enum class Presence
    {
        Required,
        Optional
    };

    JsonObjectReader(QJsonObject object, QString file, QString path, ConfigIssues *issues);

    std::optional<QString> text(const QString &key, Presence presence, int maxLength = 200);
    std::optional<int> integer(const QString &key, Presence presence, int minimum, int maximum);
    std::optional<double> number(const QString &key, Presence presence, double minimum,
                                 double maximum);
    std::optional<bool> boolean(const QString &key, Presence presence);
    std::optional<QTime> time(const QString &key, Presence presence);
    std::optional<QJsonObject> object(const QString &key, Presence presence);
    std::optional<QJsonArray> array(const QString &key, Presence presence);

    // A text that must be one of `allowed`; `convert` maps the accepted text to its value.
    template <typename T>
    std::optional<T> choice(const QString &key, Presence presence, const QStringList &allowed,
                            const std::function<std::optional<T>(const QString &)> &convert)
    {
        const auto value = text(key, presence);
        if (!value)
            return std::nullopt;
        if (auto converted = convert(*value))
            return converted;
        report(key, ConfigIssue::Kind::InvalidChoice, {*value, allowed.join(u", ")});
        return std::nullopt;
    }

    // Marks a field as read elsewhere (e.g. "version", which the migrator reads).
    void markKnown(const QString &key) { m_known.insert(key); }

    // Reports every field that no accessor asked for: usually a misspelt name.
    void reportUnknownFields();

    QString pathOf(const QString &key) const;
    void report(const QString &key, ConfigIssue::Kind kind, const QStringList &args = {});

    const QString &file() const { return m_file; }

    static QString typeOf(const QJsonValue &value);

private:
    std::optional<QJsonValue> take(const QString &key, Presence presence);
    bool expectType(const QString &key, const QJsonValue &value, QJsonValue::Type type);

    QJsonObject m_object;
    QString m_file;
    QString m_path;
    ConfigIssues *m_issues;
    QSet<QString> m_known;
};

} // namespace Dorfplatz
