#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace Dorfplatz {

struct CallRequest;

// The page that hosts a call: callhost.html with qwebchannel.js and the call's settings filled
// in. The engine shows it on an origin of its own, dorfplatz-call://kiosk (CallHostScheme,
// LockedPage::showHostPage): the room's iframe, from the call server, is cross-origin to it and
// cannot reach the page's bridge (QWebChannel's transport exists in the main frame only). The
// room asks for camera and microphone as its own origin, the call server's, which LockedPage
// grants.
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
