#pragma once

#include <QWidget>

namespace Dorfplatz {

// A full screen below the header. Screens are created by the ScreenFactory when opened and
// deleted when the resident leaves them, so nothing idle stays in memory.
class Screen : public QWidget
{
    Q_OBJECT

public:
    explicit Screen(QWidget *parent = nullptr);

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

Q_SIGNALS:
    // holdsInactivity() or isAtRest() changed.
    void inactivityStateChanged();
    // The screen's own "Startseite" control was pressed (the header's is handled by the shell).
    void homeRequested();
    // hasHomeButton() or showsHeader() changed.
    void chromeChanged();

protected:
    // Draws the style sheet background (QWidget subclasses do not by themselves).
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Dorfplatz
