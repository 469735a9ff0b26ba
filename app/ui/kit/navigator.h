#pragma once

// Complete, not declared: moc then registers the Screen * of currentChanged() as a QObject pointer.
#include "ui/kit/screen.h"

#include <QObject>
#include <QTimer>

#include <chrono>

class QStackedWidget;

namespace Dorfplatz {

// The stack of screens: home at the bottom, at most a few screens above it. It returns home, to
// the home screen's first page, after a time without touches, except while the screen on top
// holds it (a stream, a call). The inactivity timer runs only away from that resting state: on
// the first page of the home screen nothing ticks.
class Navigator : public QObject
{
    Q_OBJECT

public:
    Navigator(QStackedWidget *stack, Screen *home, std::chrono::milliseconds inactivityTimeout,
              QObject *parent = nullptr);
    ~Navigator() override;

    // Shows `screen` on top; the navigator owns it from now on. The screen below is deactivated,
    // `screen` activated (Screen's life cycle). The screen's own "Startseite"
    // (Screen::homeRequested) leads home.
    void push(Screen *screen);
    // Shows `screen` on top for a while, over what the resident was doing: the screen below is
    // interrupted (a stream pauses) instead of deactivated, and resumes when `screen` is removed.
    void interruptWith(Screen *screen);
    // Deactivates every screen above home and deletes them (later); home becomes current.
    void goHome();
    // Takes `screen` out of the stack (deactivated, deleted later); when it was on top, the screen
    // below it is current again: a ring screen that goes leaves the resident where they were.
    void remove(Screen *screen);

    // A new home screen (a newly published configuration): what is open above the home stays;
    // the old home goes.
    void replaceHome(Screen *home);
    void setInactivityTimeout(std::chrono::milliseconds timeout);

    Screen *current() const;
    Screen *home() const { return m_home; }
    bool isHome() const { return current() == m_home; }
    int depth() const;

    const QTimer &inactivityTimer() const { return m_inactivity; }

Q_SIGNALS:
    void currentChanged(Dorfplatz::Screen *screen);
    void returnedHomeForInactivity();
    // A screen in the stack changed hasHomeButton() or showsHeader().
    void chromeChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void add(Screen *screen);
    void updateInactivityTimer();

    QStackedWidget *m_stack;
    Screen *m_home;
    QTimer m_inactivity;
};

} // namespace Dorfplatz
