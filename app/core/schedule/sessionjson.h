#pragma once

#include "session.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Dorfplatz::SessionJson {

// Sessions as JSON: the audit log's before and after, and the columns of a session that hold
// lists. Wall-clock times as "2026-12-08T10:00:00" (no zone: the home's), dates as "2026-12-15".
QJsonObject toJson(const Session &session);
QString toText(const Session &session);

QString kindName(SessionContent::Kind kind);
std::optional<SessionContent::Kind> kindFromName(const QString &name);

QString wallText(const QDateTime &wall);
// In `zone`; invalid for anything else.
QDateTime wallFrom(const QString &text, const QTimeZone &zone);

QJsonArray cancelledToJson(const QList<QDate> &dates);
QList<QDate> cancelledFromJson(const QJsonArray &array);
QJsonArray movedToJson(const QList<Session::Move> &moves);
QList<Session::Move> movedFromJson(const QJsonArray &array, const QTimeZone &zone);

} // namespace Dorfplatz::SessionJson
