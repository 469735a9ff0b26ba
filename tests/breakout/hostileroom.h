#pragma once

#include "standinroom.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

namespace Dorfplatz::Test {

// A call server that was taken over: the stand-in Jitsi room (tests/data/calls) with
// tests/breakout/attack.js in it, which runs the attack the test names on the next tap into the
// page and reports its outcome to this server (see attack.js for the protocol).
class HostileRoom final : public QObject
{
    Q_OBJECT

public:
    explicit HostileRoom(QObject *parent = nullptr);

    bool listen();
    QUrl server() const { return m_room.server(); }
    void addRoom(const QString &name);

    // The attack the page runs on its next tap; returns its id.
    int arm(const QString &attack);
    bool isArmed(int id) const { return m_armed.contains(id); }
    // The page's report, once it came.
    std::optional<QString> outcome(int id) const;

    // How often the room page was loaded (a reload counts), joined, hung up, went away.
    int pageLoads(const QString &room) const { return m_http->requestCount(u'/' + room); }
    int joined(const QString &room) const
    {
        return m_room.recorded(QStringLiteral("joined"), room);
    }
    int hangUps(const QString &room) const
    {
        return m_room.recorded(QStringLiteral("hangup"), room);
    }
    int pageHides(const QString &room) const;
    // Requests for a path of the room's server.
    int requests(const QString &path) const { return m_http->requestCount(path); }
    // Requests for the next attack: every page that runs attack.js asks ten times a second.
    int polls() const { return m_http->requestCount(QStringLiteral("/breakout/next")); }

private:
    void onRequest(const QString &path);

    StandInRoom m_room;
    HttpServer *m_http; // the room's server
    QByteArray m_page;
    int m_nextId = 0;
    QList<int> m_armed;
    QHash<int, QString> m_outcomes;
};

} // namespace Dorfplatz::Test
