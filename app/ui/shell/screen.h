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

Q_SIGNALS:
    void holdsInactivityChanged();

protected:
    // Draws the style sheet background (QWidget subclasses do not by themselves).
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Dorfplatz
