#pragma once

#include "core/schedule/schedule.h"
#include "ui/kit/screen.h"

#include <QTimer>

class QLabel;

namespace Dorfplatz {

class BigButton;
class Clock;
class Theme;

// The moment a session begins: a full screen says what begins and when, and counts down the 30 s
// after which a session that starts by itself does (the room starts it, not this screen).
// "Jetzt starten" starts it at once; "Heute nicht" is for staff (the shell asks for a PIN). A
// session that only reminds shows no countdown but "Schließen".
class SessionCountdownScreen final : public Screen
{
    Q_OBJECT

public:
    SessionCountdownScreen(const Theme &theme, ScheduledItem item, QTimeZone zone,
                           const Clock &clock, QWidget *parent = nullptr);

    QString screenName() const override;
    // What begins, when, and the countdown as it stands: "Jetzt beginnt: Sitzgymnastik. Von 10
    // bis 10 Uhr 45. Es beginnt von selbst in 20 Sekunden."
    QString spokenText() const override;
    // "Jetzt beginnt: Sitzgymnastik."
    QString announcement() const override;
    bool hasHomeButton() const override { return true; }
    // A countdown runs to its end; a reminder may go home with the rest.
    bool holdsInactivity() const override { return m_item.session.startsByItself; }

    const ScheduledItem &item() const { return m_item; }
    int secondsLeft() const;
    QString countdownText() const;

    BigButton *startButton() const { return m_start; }
    BigButton *notTodayButton() const { return m_notToday; }
    BigButton *closeButton() const { return m_close; }

Q_SIGNALS:
    void startRequested();
    void notTodayRequested();
    void closeRequested();

protected:
    void activated() override;
    void deactivated() override;

private:
    void tick();

    ScheduledItem m_item;
    QTimeZone m_zone;
    const Clock &m_clock;
    QLabel *m_countdown;
    BigButton *m_start;
    BigButton *m_notToday;
    BigButton *m_close;
    QTimer m_tick;
};

} // namespace Dorfplatz
