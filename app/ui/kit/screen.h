#pragma once

#include <QWidget>

namespace Dorfplatz {

class ReadAloud;

// A full screen below the header. Screens are created by the ScreenFactory when opened and
// deleted when the resident leaves them, so nothing idle stays in memory.
//
// Life cycle: the Navigator tells a screen when it becomes the current one (activated), when it
// stops being current (deactivated: left, or covered by another screen), and when something more
// urgent comes up over it for a while (interrupted: a ring, a scheduled session) and goes again
// (resumed). A screen does its work (a stream playing) in these calls, never on show or hide
// events, which also come from a window being minimised or a screenshot being taken.
class Screen : public QWidget
{
    Q_OBJECT

public:
    enum class Activity
    {
        Inactive,    // made but not shown yet, or left
        Active,      // the current screen
        Interrupted, // below an interruption; resumes when it goes
    };

    explicit Screen(QWidget *parent = nullptr);

    Activity activity() const { return m_activity; }

    // Called by the Navigator (and by tests that show a screen on its own). Each calls the
    // protected hook below only on a real change: activating an active screen does nothing.
    void activate();
    void deactivate();
    void interrupt();
    void resume();

    // A short stable name ("home", "stream", …) for logs and screenshots.
    virtual QString screenName() const = 0;

    // True while the screen must not be left for inactivity (a stream playing, a call).
    virtual bool holdsInactivity() const { return false; }

    // For the home screen: whether it shows what a resident sees first (its first page). When
    // not, inactivity brings it back with rest(), as it brings other screens back home.
    virtual bool isAtRest() const { return true; }
    virtual void rest() {}

    // A screen with its own "Startseite" control: the header then shows none, so there is
    // never a second one to puzzle over.
    virtual bool hasHomeButton() const { return false; }
    // False for a screen that needs the whole glass (video); the header hides while it shows.
    virtual bool showsHeader() const { return true; }

    // What keeps the screen's content from working right now (a stream that does not answer, a
    // family's room out of reach), in the words the screen shows; empty while it works. A
    // session marks its date with it for the staff.
    virtual QString trouble() const { return {}; }

    // What "Vorlesen" says for the screen as it is now: its text in reading order, written for
    // the ear (SpokenText). Empty for a screen that offers no reading aloud (staff screens).
    virtual QString spokenText() const { return {}; }
    // What the kiosk says by itself when this screen comes up unasked (a ring, a session about
    // to begin), if the home switched spoken announcements on. Empty: nothing.
    virtual QString announcement() const { return {}; }
    // The shell offers reading aloud to each screen that becomes current; the first time,
    // placeReadAloud() runs and it returns true (the screen came up now, not back).
    bool offerReadAloud(ReadAloud &readAloud);

Q_SIGNALS:
    // holdsInactivity() or isAtRest() changed.
    void inactivityStateChanged();
    // The screen's own "Startseite" control was pressed (the header's is handled by the shell).
    void homeRequested();
    // hasHomeButton() or showsHeader() changed.
    void chromeChanged();
    // trouble() changed.
    void troubleChanged();

protected:
    // The hooks of the life cycle; the default does nothing.
    virtual void activated() {}
    virtual void deactivated() {}
    // Only from Active; resumed() returns to it. A screen deactivated while interrupted gets
    // deactivated(), not resumed().
    virtual void interrupted() {}
    virtual void resumed() {}
    // A screen that hides the header (which holds "Vorlesen") puts a ReadAloudButton of its own
    // on itself here.
    virtual void placeReadAloud(ReadAloud &readAloud) { Q_UNUSED(readAloud); }

    // Draws the style sheet background (QWidget subclasses do not by themselves).
    void paintEvent(QPaintEvent *event) override;

private:
    Activity m_activity = Activity::Inactive;
    bool m_readAloudPlaced = false;
};

} // namespace Dorfplatz
