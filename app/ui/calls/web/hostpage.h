#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace Dorfplatz {

struct CallRequest;

// The page that hosts a call: callhost.html with qwebchannel.js and the call's settings filled
// in. The engine shows it with the server's origin (LockedPage::showHostPage), so the host page,
// the server's external_api.js and the room's iframe are one origin. That is why it is not a
// qrc: or custom-scheme page: the permission request would then come for a second origin and
// the room would be a third-party frame.
class HostPage
{
public:
    // What the page gets: call (the number events must carry), domain (host[:port][/path], as
    // the IFrame API wants it), roomName, displayName, lang, noSSL, scriptUrl, jwt, password
    // (only without jwt), answering, cameraOff.
    static QJsonObject settings(const CallRequest &request, int call, const QString &language);
    // The whole page; empty if callhost.html or qwebchannel.js cannot be read (a broken build).
    static QString html(const CallRequest &request, int call, const QString &language);

    // <server>/external_api.js
    static QUrl scriptUrl(const QUrl &server);
};

} // namespace Dorfplatz
