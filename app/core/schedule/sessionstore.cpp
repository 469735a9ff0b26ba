#include "sessionstore.h"

#include "core/db/database.h"
#include "core/db/scopedtransaction.h"
#include "sessionjson.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

const QString columns = u"id, title, content_kind, content_target, start_local, "
                        "duration_minutes, rule, cancelled, moved, starts_by_itself, volume, "
                        "note, visit_for, event_uid, event_start"_s;

QString arrayText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray arrayFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

} // namespace

SessionStore::SessionStore(Database &database, QTimeZone zone)
    : m_database(database)
    , m_zone(std::move(zone))
{}

QList<Session> SessionStore::select(const QString &condition, std::optional<qint64> id,
                                    QString *error) const
{
    QList<Session> list;
    QSqlQuery query(m_database.connection());
    bool ok = query.prepare(u"SELECT "_s + columns + u" FROM sessions "_s + condition +
                            u" ORDER BY id"_s);
    if (ok) {
        if (id)
            query.addBindValue(*id);
        ok = query.exec();
    }
    if (!ok) {
        if (error)
            *error = Database::errorText(query.lastError());
        return list;
    }
    while (query.next()) {
        Session s;
        s.id = query.value(0).toLongLong();
        s.title = query.value(1).toString();
        s.content.kind = SessionJson::kindFromName(query.value(2).toString())
                             .value_or(SessionContent::Kind::Announcement);
        s.content.target = query.value(3).toString();
        s.start = SessionJson::wallFrom(query.value(4).toString(), m_zone);
        s.duration = std::chrono::minutes(query.value(5).toLongLong());
        s.rule = query.value(6).toString();
        s.cancelled = SessionJson::cancelledFromJson(arrayFrom(query.value(7).toString()));
        s.moved = SessionJson::movedFromJson(arrayFrom(query.value(8).toString()), m_zone);
        s.startsByItself = query.value(9).toBool();
        s.volume = query.value(10).toInt();
        s.note = query.value(11).toString();
        s.visitFor = query.value(12).toString();
        s.eventUid = query.value(13).toString();
        s.eventStart = QDateTime::fromString(query.value(14).toString(), Qt::ISODateWithMs);
        list.append(s);
    }
    return list;
}

QList<Session> SessionStore::sessions(QString *error) const
{
    return select({}, std::nullopt, error);
}

std::optional<Session> SessionStore::session(qint64 id) const
{
    const QList<Session> found = select(u"WHERE id = ?"_s, id, nullptr);
    return found.isEmpty() ? std::nullopt : std::optional<Session>(found.first());
}

std::optional<Session> SessionStore::save(const Session &session, const Actor &by,
                                          const QDateTime &now, QString *error)
{
    std::optional<Session> before;
    if (session.id != 0) {
        before = this->session(session.id);
        if (!before) {
            if (error)
                *error = u"no session %1"_s.arg(session.id);
            return std::nullopt;
        }
    }
    qint64 id = session.id;
    if (!write(before, session, before ? u"edit"_s : u"create"_s, by, now, &id, error))
        return std::nullopt;
    Session saved = session;
    saved.id = id;
    return saved;
}

bool SessionStore::cancelDate(qint64 id, QDate date, const Actor &by, const QDateTime &now,
                              QString *error)
{
    const auto before = session(id);
    if (!before) {
        if (error)
            *error = u"no session %1"_s.arg(id);
        return false;
    }
    const auto movedFrom = [date](const Session::Move &move) { return move.from == date; };
    if (before->cancelled.contains(date) &&
        std::none_of(before->moved.begin(), before->moved.end(), movedFrom))
        return true;
    Session after = *before;
    // A moved date that is called off does not take place at its new time either.
    after.moved.removeIf(movedFrom);
    if (!after.cancelled.contains(date))
        after.cancelled.append(date);
    return write(before, after, u"cancel"_s, by, now, &id, error);
}

bool SessionStore::remove(qint64 id, const Actor &by, const QDateTime &now, QString *error)
{
    const auto before = session(id);
    if (!before)
        return true;
    return write(before, std::nullopt, u"delete"_s, by, now, &id, error);
}

bool SessionStore::write(const std::optional<Session> &before, const std::optional<Session> &after,
                         const QString &action, const Actor &by, const QDateTime &now, qint64 *id,
                         QString *error)
{
    ScopedTransaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.beginError();
        return false;
    }
    QSqlQuery query(m_database.connection());
    bool ok = false;
    if (!after) {
        ok = query.prepare(u"DELETE FROM sessions WHERE id = ?"_s);
        if (ok) {
            query.addBindValue(*id);
            ok = query.exec();
        }
    } else {
        const Session &s = *after;
        ok = query.prepare(
            before ? u"UPDATE sessions SET title = ?, content_kind = ?, content_target = ?, "
                     "start_local = ?, duration_minutes = ?, rule = ?, cancelled = ?, moved = ?, "
                     "starts_by_itself = ?, volume = ?, note = ?, visit_for = ?, event_uid = ?, "
                     "event_start = ?, updated_at = ? WHERE id = ?"_s
                   : u"INSERT INTO sessions (title, content_kind, content_target, start_local, "
                     "duration_minutes, rule, cancelled, moved, starts_by_itself, volume, note, "
                     "visit_for, event_uid, event_start, updated_at, created_by, created_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (ok) {
            // A null QString would be NULL in SQL; the columns hold empty texts instead.
            const auto text = [](const QString &value) { return value.isNull() ? u""_s : value; };
            query.addBindValue(text(s.title));
            query.addBindValue(SessionJson::kindName(s.content.kind));
            query.addBindValue(text(s.content.target));
            query.addBindValue(SessionJson::wallText(s.start));
            query.addBindValue(qint64(s.duration.count()));
            query.addBindValue(text(s.rule));
            query.addBindValue(arrayText(SessionJson::cancelledToJson(s.cancelled)));
            query.addBindValue(arrayText(SessionJson::movedToJson(s.moved)));
            query.addBindValue(s.startsByItself ? 1 : 0);
            query.addBindValue(s.volume);
            query.addBindValue(text(s.note));
            query.addBindValue(text(s.visitFor));
            query.addBindValue(text(s.eventUid));
            query.addBindValue(
                s.eventStart.isValid() ? s.eventStart.toUTC().toString(Qt::ISODateWithMs) : u""_s);
            query.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
            if (before) {
                query.addBindValue(*id);
            } else {
                query.addBindValue(by.accountId ? QVariant(*by.accountId)
                                                : QVariant(QMetaType::fromType<qint64>()));
                query.addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
            }
            ok = query.exec();
        }
        if (ok && !before)
            *id = query.lastInsertId().toLongLong();
    }
    if (!ok) {
        if (error)
            *error = Database::errorText(query.lastError());
        return false;
    }
    const auto textOf = [id](const std::optional<Session> &s) {
        if (!s)
            return QString();
        Session copy = *s;
        copy.id = *id;
        return SessionJson::toText(copy);
    };
    return AuditLog(m_database)
               .record(
                   {0, now, by, action, u"session %1"_s.arg(*id), textOf(before), textOf(after)},
                   error) &&
           transaction.commit(error);
}

} // namespace Dorfplatz
