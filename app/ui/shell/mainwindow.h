#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace Dorfplatz {

class Clock;
class Header;
class Theme;

// The one top-level window: the header above a stack of screens. Fullscreen and frameless on the
// kiosk; a plain window with --windowed for development.
class MainWindow : public QWidget
{
    Q_OBJECT

public:
    MainWindow(const Theme &theme, const Clock &clock, const QString &homeName,
               QWidget *parent = nullptr);

    Header *header() const { return m_header; }
    QStackedWidget *stack() const { return m_stack; }

    void showKiosk(bool windowed);

    // A newly published look (theme, text size, the home's name): the window's style again and a
    // new header in place of the old one, which goes. Returns the new header.
    Header *restyle(const Theme &theme, const Clock &clock, const QString &homeName);

    // A line for the whole room between the header and the screen ("In 2 Minuten endet: …"); an
    // empty text takes it away. Part of the layout, not over the screen: a video's native window
    // would cover anything drawn over it.
    void setRoomNotice(const QString &text);
    QLabel *roomNotice() const { return m_roomNotice; }

Q_SIGNALS:
    // After the window changed its size (what covers all of it follows).
    void resized();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyStyle(const Theme &theme);

    Header *m_header;
    QLabel *m_roomNotice;
    QStackedWidget *m_stack;
};

} // namespace Dorfplatz
