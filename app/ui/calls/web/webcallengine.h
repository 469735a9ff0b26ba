#pragma once

#include "ui/calls/callbackend.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QVariantMap>

#include <memory>

class QWebEngineLoadingInfo;
class QWebEnginePage;
class QWebEngineProfile;
class QWidget;

namespace Dorfplatz {

// Qt WebEngine for calls, wrapped once: the persistent profile in the data folder, the locked-down
// page, the host page that embeds the room through Jitsi's IFrame API, and the view a call screen
// shows. Nothing of WebEngine starts before the first call (it costs about 0.5 GB); after that it
// stays and is reused. It lives in the module libdorfplatz_webcalls.so; the kiosk reaches it
// through CallEngine (ui/calls/callengine.h), which loads the module at the first call.
class WebCallEngine : public QObject
{
    Q_OBJECT

public:
    // The seam's own enums (callbackend.h), so the module passes them on as they are.
    using EndReason = CallEnd;
    using MediaProblem = CallMediaProblem;

    // Every member does what CallEngine's of the same name says (ui/calls/callengine.h); this is
    // the implementation behind it.
    WebCallEngine(QString profileDirectory, QList<QUrl> allowedServers, QObject *parent = nullptr);
    ~WebCallEngine() override;
    bool isCreated() const;
    QWidget *view();
    void releaseView();
    void start(const CallRequest &request);
    void hangUp();
    bool isActive() const;
    int otherParticipants() const;
    QWebEnginePage *page() const;
    QWebEngineProfile *profile() const;
    void setTimeouts(int joinTimeoutMs, int hangUpGraceMs);

Q_SIGNALS:
    void joined();
    void participantsChanged(int others);
    void mediaProblem(Dorfplatz::WebCallEngine::MediaProblem problem);
    void ended(Dorfplatz::WebCallEngine::EndReason reason);

private:
    void ensureCreated();
    void onEvent(const QString &event, const QVariantMap &data);
    void onLoading(const QWebEngineLoadingInfo &info);
    void finish(EndReason reason);
    void completeEnd();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Dorfplatz
