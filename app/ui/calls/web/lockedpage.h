#pragma once

#include "core/calls/origins.h"

#include <QWebEnginePage>

namespace Dorfplatz {

class CallProfile;

// The call browser's page: a browser that cannot be escaped. Camera and microphone only for the
// call origins, every other permission and every other origin refused (the host page's own too:
// only the room asks); navigation only to the call origins, to the host page (the main frame,
// once per showHostPage(); never in a frame) and to about:blank; no new windows, no file chooser,
// no JavaScript dialogs, no client certificates, no certificate exceptions, no fullscreen, no
// protocol handlers. Every refusal is silent for the resident and logged for staff (the address
// as its origin only: a room's path is the family's secret), and reported through refused() for
// tests.
class LockedPage final : public QWebEnginePage
{
    Q_OBJECT

public:
    LockedPage(CallProfile *profile, Origins allowed, QObject *parent = nullptr);
    ~LockedPage() override;

    // Shows html as the host page, on its own origin (CallHostScheme, dorfplatz-call://kiosk):
    // the room it embeds from a call origin is cross-origin to it, so nothing in the room reaches
    // the page, its bridge or its variables. The origin is a secure one, so the room may use camera
    // and microphone (asked for, and granted, as the room's origin).
    void showHostPage(const QString &html);
    // about:blank: the room's document goes, and with it camera and microphone. A "Do you want
    // to leave?" (beforeunload) is answered yes from now until the next showHostPage(): the
    // kiosk leaves a call whatever the room thinks of it.
    void empty();
    bool isLeaving() const { return m_leaving; }

    // "https://host:port" of url, for the log: never the path or query (room name, token).
    static QString redacted(const QUrl &url);

    const Origins &allowed() const { return m_allowed; }

Q_SIGNALS:
    // Something the page asked for was refused; `what` names it ("window", "navigation",
    // "permission", "file chooser", "alert", ...), `detail` says which URL or feature.
    void refused(const QString &what, const QString &detail);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    QStringList chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                            const QStringList &acceptedMimeTypes) override;
    void javaScriptAlert(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptConfirm(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptPrompt(const QUrl &securityOrigin, const QString &msg,
                          const QString &defaultValue, QString *result) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceID) override;

private:
    void answerPermission(const QUrl &securityOrigin, Feature feature);
    void refuse(const QString &what, const QString &detail);

    CallProfile *m_profile;
    Origins m_allowed;
    bool m_hostPagePending = false;
    bool m_leaving = false;
    QUrl m_hostUrl; // where showHostPage() shows the host page
};

} // namespace Dorfplatz
