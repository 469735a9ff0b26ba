#pragma once

#include <QPoint>
#include <QString>
#include <QStringList>

namespace Dorfplatz::Test {

// Keys, taps and holds on an X display through xdotool (XTEST), the way a keyboard left on the
// table or a resident's finger (the touchscreen is a pointer to X) reaches the kiosk. Each call
// returns once xdotool has sent the events; false when xdotool failed.
class XdoTool final
{
public:
    explicit XdoTool(const QString &display);

    // A key or combination in xdotool's spelling: "alt+F4", "ctrl+shift+i", "super".
    bool key(const QString &combination);
    // Moves the pointer there and presses and releases a button (1 left, 3 right, 8 back).
    bool click(QPoint at, int button = 1);
    bool doubleClick(QPoint at);
    // Presses the left button there and keeps it down for ms milliseconds (a long touch; the
    // waiting happens inside xdotool, as the finger's).
    bool hold(QPoint at, int ms);
    bool move(QPoint at);

    QString lastError() const { return m_error; }

private:
    bool run(const QStringList &arguments);

    QString m_display;
    QString m_error;
};

} // namespace Dorfplatz::Test
