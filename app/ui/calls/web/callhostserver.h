#pragma once

#include "ui/calls/callbackend.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QWidget>

#include <memory>

class QSocketNotifier;
class QWindow;

namespace Dorfplatz {

class WebCallEngine;

// The call program's side of the pipe (ui/calls/callprotocol.h): reads the kiosk's commands from
// a file descriptor (standard input), drives a WebCallEngine and writes what happens to another
// (standard output). The call view lives inside the kiosk's window: its X11 window is made a
// child of the window the kiosk names (parent {window}), so it never appears on its own. The
// end of the input (the kiosk quit or died) ends the program, as does quit {}.
class CallHostServer final : public QObject
{
    Q_OBJECT

public:
    CallHostServer(int input, int output, WebCallEngine *engine, QObject *parent = nullptr);
    ~CallHostServer() override;

    // Puts the view into the kiosk's window `window` (an X11 window id) and shows it there.
    void embedInto(quintptr window);
    // Tells the kiosk the program is listening (ready {}).
    void announceReady();

Q_SIGNALS:
    // quit {} or the end of the input: the program should end.
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void readInput();
    void handle(const QJsonObject &message);
    void send(const QString &event, QJsonObject data = {});
    void resizeView(int width, int height);

    int m_input;
    int m_output;
    WebCallEngine *m_engine;
    QSocketNotifier *m_notifier;
    QByteArray m_buffer;
    // The call the engine's events belong to: the one in the last start {}; a start that ends
    // a call still active reports that call's end under its own number first.
    int m_call = 0;
    int m_nextCall = 0; // during a start {}
    std::unique_ptr<QWindow> m_parent;
    std::unique_ptr<QWidget> m_host; // holds the engine's view
    bool m_done = false;
};

} // namespace Dorfplatz
