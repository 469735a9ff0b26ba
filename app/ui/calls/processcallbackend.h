#pragma once

#include "callbackend.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>
#include <QtGui/qwindowdefs.h>

#include <memory>

class QProcess;
class QTimer;
class QWidget;

namespace Dorfplatz {

class CallWindowSlot;

// Calls in a process of their own: the program dorfplatz-call runs WebCallEngine, and this
// backend talks to it through a pipe (callprotocol.h) and gives it a place in the kiosk's window
// (CallWindowSlot), where it draws the call.
//
// Why: Qt 6.4 cannot shut WebEngine down inside a running process. Freeing its page, view and
// profile after a quiet period gave back about 90 of 280 MiB; Chromium's browser side and its
// helper processes stayed until the process ended. Ending the call program gives all of it back,
// and a crash of the call browser ends the call, not the kiosk. The price: a call after the
// quiet period starts the program again (about as long as WebEngine's own cold start).
//
// X11 only (the kiosk runs on XWayland under cage, and under Xvfb in the tests): another
// process's window can be a child of the kiosk's only there. Elsewhere CallEngine keeps the
// module in the kiosk's process (CallEngine::Isolation).
class ProcessCallBackend final : public QObject, public CallBackend
{
    Q_OBJECT

public:
    // `program`: the path of dorfplatz-call; `debug`: it logs debug messages too.
    ProcessCallBackend(QString program, QString profileDirectory, QList<QUrl> allowedServers,
                       CallBackendListener *listener, bool debug);
    ~ProcessCallBackend() override;

    bool isCreated() const override;
    QWidget *view() override;
    void releaseView() override;
    void start(const CallRequest &request) override;
    void hangUp() override;
    bool isActive() const override;
    int otherParticipants() const override;
    // The page lives in the other process.
    QWebEnginePage *page() const override { return nullptr; }
    QWebEngineProfile *profile() const override { return nullptr; }
    void setTimeouts(int joinTimeoutMs, int hangUpGraceMs) override;
    bool isCameraOn() const override;
    void setCameraOn(bool on) override;
    // Ends the program (quit {}, killed after quitTimeoutMs) when no call is active and the view
    // is in no screen.
    bool release() override;

    // Starts the program now if it is not running (CallEngine::prepare()).
    void prepare() { ensureProcess(); }

    // The running program's process id, 0 when none runs: for tests and the benchmark.
    qint64 processId() const;

    static constexpr int quitTimeoutMs = 5000;
    // After hangUp(), the program has the room's grace time and the time to empty the page; a
    // program that still has not ended the call by this much later hangs, and is killed.
    static constexpr int hangUpMarginMs = 3000;

private:
    void ensureProcess();
    void send(const QJsonObject &message);
    void sendWindow();
    void sendSize(QSize size);
    void sendTimeouts();
    // The camera as the call reports it; the listener hears each change once.
    void setCamera(bool on);
    void readOutput();
    void handle(const QJsonObject &message);
    void processFinished(QProcess *process);
    // The current call is over: the listener hears it once.
    void endCall(CallEnd reason);

    QString m_program;
    QString m_profileDirectory;
    QList<QUrl> m_allowedServers;
    CallBackendListener *m_listener;
    bool m_debug;
    std::pair<int, int> m_timeouts{20000, 2000};

    QProcess *m_process = nullptr; // the running program, owned
    QPointer<QWidget> m_view;      // owned; holds m_slot
    CallWindowSlot *m_slot = nullptr;
    WId m_sentWindow = 0;
    QTimer *m_hangUpTimer;
    bool m_killedAtHangUp = false;

    int m_call = 0;
    bool m_active = false;
    bool m_joined = false;
    int m_others = 0;
    bool m_cameraOn = false;
};

} // namespace Dorfplatz
