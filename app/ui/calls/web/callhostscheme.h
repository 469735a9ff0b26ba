#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

namespace Dorfplatz {

// The host page's own origin, dorfplatz-call://kiosk: the page that holds the kiosk's bridge
// (QWebChannel) is never the call server's origin, so the room's iframe (https://server/room) is
// cross-origin to it and cannot reach into it (window.parent.qt, the page's variables). The scheme
// is registered with WebEngine before WebEngine starts (registerScheme()), and a handler of this
// class, installed on the call profile (CallProfile), serves each host page once, to the kiosk
// itself only.
class CallHostScheme final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    // "dorfplatz-call"
    static QByteArray name();
    // "dorfplatz-call://kiosk": what the host page runs as.
    static QUrl origin();
    static bool isHostScheme(const QUrl &url);
    // Registers the scheme with WebEngine: host syntax (a real origin, not an opaque one) and
    // SecureScheme (a secure context: the room embedded in it may then use camera and
    // microphone, which need every frame above it secure, and https external_api.js is no mixed
    // content). Not CorsEnabled (no other origin ever fetches from it), not
    // ContentSecurityPolicyIgnored (nothing needs to bypass a page's CSP), not LocalAccessAllowed
    // (no file: access). Must come before WebEngine starts (the first profile); later it can only
    // warn. Safe to call more than once.
    static void registerScheme();

    explicit CallHostScheme(QObject *parent = nullptr);
    ~CallHostScheme() override;

    // Offers html under a fresh URL and returns it. It is served once, then forgotten (it holds
    // the call's token or password); an offer replaces the one before.
    QUrl offer(const QString &html);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    QUrl m_url;
    QByteArray m_html;
    int m_offers = 0;
};

} // namespace Dorfplatz
