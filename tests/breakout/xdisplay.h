#pragma once

#include <QImage>
#include <QList>
#include <QProcess>
#include <QRect>
#include <QString>

struct xcb_connection_t;

namespace Dorfplatz::Test {

// A private Xvfb server for the breakout suite, so that no other test's window can be on the
// same display while the suite counts the visible windows and types keys. The server picks a
// free display number itself (-displayfd). Ends with the object.
class XDisplay final
{
public:
    struct Window
    {
        quint32 id = 0;
        qint64 pid = 0; // _NET_WM_PID, 0 when the window has none
        QRect geometry;
        bool overrideRedirect = false;
        QString name; // WM_NAME
    };

    XDisplay() = default;
    ~XDisplay();
    XDisplay(const XDisplay &) = delete;
    XDisplay &operator=(const XDisplay &) = delete;

    // Starts Xvfb with one screen of the given size (24 bit) and connects to it.
    bool start(QSize size, QString *error);
    void stop();
    // ":N"
    QString name() const { return m_name; }
    QSize size() const { return m_size; }

    // The children of the root window that are mapped and viewable, i.e. on the glass. With no
    // window manager these are the top-level windows (popups and menus included).
    QList<Window> visibleTopLevels() const;
    // The whole screen, as the X server has it.
    QImage screenshot() const;

private:
    QProcess m_xvfb;
    QString m_name;
    QSize m_size;
    xcb_connection_t *m_connection = nullptr;
    quint32 m_root = 0;
};

} // namespace Dorfplatz::Test
