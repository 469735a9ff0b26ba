#include "sessionjson.h"

#include <QJsonDocument>
#include <QTimeZone>

namespace Dorfplatz::SessionJson {

using namespace Qt::StringLiterals;

QString kindName(SessionContent::Kind kind)
{
    switch (kind) {
    case SessionContent::Kind::Stream:
        return u"stream"_s;
    case SessionContent::Kind::Events:
        return u"events"_s;
    case SessionContent::Kind::Call:
        return u"call"_s;
    case SessionContent::Kind::Announcement:
        break;
    }
    return u"announcement"_s;
}

std::optional<SessionContent::Kind> kindFromName(const QString &name)
{
    for (const auto kind : {SessionContent::Kind::Stream, SessionContent::Kind::Events,
                            SessionContent::Kind::Call, SessionContent::Kind::Announcement}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString wallText(const QDateTime &wall)
{
    return wall.date().toString(Qt::ISODate) + u"T"_s + wall.time().toString(u"HH:mm:ss"_s);
}

QDateTime wallFrom(const QString &text, const QTimeZone &zone)
{
    const QDateTime parsed = QDateTime::fromString(text, u"yyyy-MM-dd'T'HH:mm:ss"_s);
    return parsed.isValid() ? QDateTime(parsed.date(), parsed.time(), zone) : QDateTime();
}

QJsonArray cancelledToJson(const QList<QDate> &dates)
{
    QJsonArray array;
    for (const QDate &date : dates)
        array.append(date.toString(Qt::ISODate));
    return array;
}

QList<QDate> cancelledFromJson(const QJsonArray &array)
{
    QList<QDate> dates;
    for (const QJsonValue &value : array) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (date.isValid())
            dates.append(date);
    }
    return dates;
}

QJsonArray movedToJson(const QList<Session::Move> &moves)
{
    QJsonArray array;
    for (const Session::Move &move : moves)
        array.append(QJsonObject{{u"from"_s, move.from.toString(Qt::ISODate)},
                                 {u"to"_s, wallText(move.to)}});
    return array;
}

QList<Session::Move> movedFromJson(const QJsonArray &array, const QTimeZone &zone)
{
    QList<Session::Move> moves;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const Session::Move move{QDate::fromString(object.value(u"from"_s).toString(), Qt::ISODate),
                                 wallFrom(object.value(u"to"_s).toString(), zone)};
        if (move.from.isValid() && move.to.isValid())
            moves.append(move);
    }
    return moves;
}

QJsonObject toJson(const Session &session)
{
    QJsonObject object{{u"id"_s, session.id},
                       {u"title"_s, session.title},
                       {u"content"_s, kindName(session.content.kind)},
                       {u"target"_s, session.content.target},
                       {u"start"_s, wallText(session.start)},
                       {u"minutes"_s, qint64(session.duration.count())},
                       {u"rule"_s, session.rule},
                       {u"cancelled"_s, cancelledToJson(session.cancelled)},
                       {u"moved"_s, movedToJson(session.moved)},
                       {u"startsByItself"_s, session.startsByItself},
                       {u"volume"_s, session.volume},
                       {u"note"_s, session.note}};
    // Only where set: the audit log's texts of ordinary sessions stay as they were.
    if (!session.visitFor.isEmpty())
        object.insert(u"visitFor"_s, session.visitFor);
    if (!session.eventUid.isEmpty()) {
        object.insert(u"eventUid"_s, session.eventUid);
        object.insert(u"eventStart"_s, session.eventStart.toUTC().toString(Qt::ISODate));
    }
    return object;
}

QString toText(const Session &session)
{
    return QString::fromUtf8(QJsonDocument(toJson(session)).toJson(QJsonDocument::Compact));
}

} // namespace Dorfplatz::SessionJson
