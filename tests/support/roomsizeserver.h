#pragma once

#include "core/config/kioskconfig.h"
#include "support/testhttpserver.h"

#include <QTest>

namespace Dorfplatz::Test {

// A stand-in for Prosody's mod_muc_size on 127.0.0.1: GET /rooms/<room> answers
// {"participants": N}, or 404 when the room does not exist. The path carries the room because
// HttpServer matches paths without their query.
class RoomSizeServer
{
public:
    bool listen() { return m_http.listen(); }
    HttpServer &http() { return m_http; }

    // The template for CallSettings::roomSizeUrl.
    QString roomSizeUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1/rooms/{room}?domain={domain}")
            .arg(m_http.port());
    }
    QUrl server() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_http.port())); }

    void setParticipants(const QString &room, int participants)
    {
        m_http.addContent(path(room), "application/json",
                          "{\"participants\": " + QByteArray::number(participants) + '}');
    }
    void setMissing(const QString &room) { m_http.addStatus(path(room), 404); }
    void setAnswer(const QString &room, const QByteArray &body)
    {
        m_http.addContent(path(room), "application/json", body);
    }
    void setStatus(const QString &room, int status) { m_http.addStatus(path(room), status); }
    void setHang(const QString &room) { m_http.addHang(path(room)); }
    int requestCount(const QString &room) const { return m_http.requestCount(path(room)); }

    // Waits until the room has been asked `more` more times: time passes by the watcher's own
    // clock, without sleeping.
    bool waitForRequests(const QString &room, int more, int timeoutMs = 5000)
    {
        const int target = requestCount(room) + more;
        return QTest::qWaitFor([&] { return requestCount(room) >= target; }, timeoutMs);
    }

    // A contact in a room on this server that rings during `hours`.
    ContactConfig contact(const QString &id,
                          QList<DailyHours> hours = {{QTime(8, 0), QTime(20, 0)}}) const
    {
        ContactConfig contact;
        contact.id = id;
        contact.name = id;
        contact.picture = QStringLiteral("icon:call");
        contact.server = server();
        contact.room = id;
        contact.displayName = QStringLiteral("Oma");
        contact.ring = true;
        contact.jwt = QStringLiteral("token-") + id; // without a secret nothing rings
        contact.ringHours = hours;
        contact.autoAnswerHours = hours;
        return contact;
    }

    KioskConfig config(const QList<ContactConfig> &contacts) const
    {
        KioskConfig config;
        config.contacts = contacts;
        config.calls.server = server();
        config.calls.roomSizeUrl = roomSizeUrl();
        config.calls.ringSeconds = 10;
        return config;
    }

private:
    static QString path(const QString &room) { return QStringLiteral("/rooms/") + room; }

    HttpServer m_http;
};

} // namespace Dorfplatz::Test
