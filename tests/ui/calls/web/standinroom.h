#pragma once

#include "support/testhttpserver.h"

#include <QObject>
#include <QString>
#include <QUrl>

namespace Dorfplatz::Test {

// A STAND-IN for a Jitsi Meet server (no Jitsi can run on the test machine): the files of
// tests/data/calls (external_api.js, the room page and whitelist.json, see the header comments
// of the first two) on an
// HttpServer on 127.0.0.1. Used by the call tests and the call benchmark. It needs no WebEngine
// itself (sendToRoom() in pagescript.h talks to a room in a page), so a test that must not load
// WebEngine before its first call can use it.
class StandInRoom final : public QObject
{
    Q_OBJECT

public:
    // The room page and external_api.js come from dataDirectory (default:
    // $DORFPLATZ_TEST_DATA/calls, else the source tree's tests/data/calls).
    explicit StandInRoom(QObject *parent = nullptr);
    explicit StandInRoom(const QString &dataDirectory, QObject *parent = nullptr);
    ~StandInRoom() override;

    // Listens on a free port and serves /external_api.js; false if the files are missing.
    bool listen();
    // http://127.0.0.1:PORT/: the "Jitsi server" of CallRequest/ContactConfig.
    QUrl server() const;
    // Serves the room page at /name (query parameters of the room page's hooks may follow the
    // name in a CallRequest; they are not part of the path).
    void addRoom(const QString &name);
    // Stops answering (a server that went away); listen() again comes back on the same port.
    void close();

    // How often the room recorded `what` ("media-ok", "media-failed", "joined", "hangup"; the
    // list is in room.html's header comment).
    int recorded(const QString &what, const QString &room) const;
    // The query of the room's last record of `what` (percent-encoded): "options" carries
    // sent=...&dropped=... (room.html).
    QString lastRecord(const QString &what, const QString &room) const;
    // whitelist.json: the configuration keys a real Jitsi Meet room applies, with the jitsi-meet
    // commit they were read from. The room page applies only these.
    QString whitelistPath() const;

    HttpServer &http() { return m_http; }

    static QString defaultDataDirectory();

private:
    QString m_directory;
    HttpServer m_http;
    QByteArray m_roomPage;
};

} // namespace Dorfplatz::Test
