#pragma once

#include <QObject>

class QKeyEvent;
class QWidget;

namespace Dorfplatz {

// Nobody leaves the kiosk by accident or on purpose: close requests to its window (the window
// manager's close, Alt+F4, QWidget::close()) are refused, the keys that close or quit elsewhere
// (Alt+F4, Ctrl+Q, Ctrl+W, Escape, F11, …) never reach a widget or a shortcut, and closing the
// last window does not end the program. Not used with --windowed, where closing works.
class KioskLock : public QObject
{
    Q_OBJECT

public:
    explicit KioskLock(QWidget &window, QObject *parent = nullptr);
    ~KioskLock() override;

    // Whether `event` is one of the keys that close a window, leave fullscreen or quit.
    static bool isLeavingKey(const QKeyEvent &event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget &m_window;
    bool m_quitOnLastWindowClosed;
};

} // namespace Dorfplatz
