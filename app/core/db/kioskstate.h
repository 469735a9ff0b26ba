#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Dorfplatz {

class Database;

// The small key/value state the kiosk keeps across restarts (table kiosk_state in app.db), such
// as the missed calls a resident has not seen yet.
class KioskState
{
public:
    explicit KioskState(Database &database);

    // The value stored under `key`; nullopt when there is none or it cannot be read (logged).
    std::optional<QString> value(const QString &key) const;
    // Stores `value` under `key` with `now` as its time; false and *error on failure (disk full).
    bool setValue(const QString &key, const QString &value, const QDateTime &now,
                  QString *error = nullptr);

private:
    Database &m_database;
};

} // namespace Dorfplatz
