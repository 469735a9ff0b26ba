#pragma once

#include <QObject>
#include <QString>
#include <QVariantMap>

namespace Dorfplatz {

// The one object the host page sees through QWebChannel. It only carries events from the page to
// C++ (report()) and the hang-up command from C++ to the page (hangUpRequested). Any frame that
// gets hold of the channel can at most claim an event; it cannot make the kiosk open, grant or
// load anything.
class CallBridge final : public QObject
{
    Q_OBJECT

public:
    // The events the host page passes on, by their IFrame API names, plus two of its own:
    // "apiLoaded" (external_api.js is there) and "apiFailed" (it could not be loaded).
    static const QStringList &knownEvents();

    explicit CallBridge(QObject *parent = nullptr);

    // Only reports carrying this number count: events of an earlier call that arrive late are
    // ignored.
    void setCall(int call) { m_call = call; }
    int call() const { return m_call; }

    // From the page: `event` is one of knownEvents(); `data` is the event's object as the IFrame
    // API gave it.
    Q_INVOKABLE void report(int call, const QString &event, const QVariantMap &data);

Q_SIGNALS:
    // To C++: a known event of the current call.
    void eventReported(const QString &event, const QVariantMap &data);
    // To the page: leave the room (executeCommand('hangup', false): without a feedback dialog).
    void hangUpRequested();
    // To the page: camera on or off (executeCommand('toggleVideo') when it is not so already).
    void cameraRequested(bool on);

private:
    int m_call = 0;
};

} // namespace Dorfplatz
