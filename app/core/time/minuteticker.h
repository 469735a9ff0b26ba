#pragma once

#include <QObject>
#include <QTimer>

namespace Dorfplatz {

class Clock;

// Emits minuteChanged() just after each full minute of the given clock, and at no other time: one
// single-shot timer re-armed for the next minute boundary, so an idle kiosk wakes once a minute.
class MinuteTicker : public QObject
{
    Q_OBJECT

public:
    explicit MinuteTicker(const Clock &clock, QObject *parent = nullptr);

    // Milliseconds from `now` to just after the next full minute.
    static int msecsToNextMinute(const QDateTime &now);

    const QTimer &timer() const { return m_timer; }

Q_SIGNALS:
    void minuteChanged();

private:
    void arm();

    const Clock &m_clock;
    QTimer m_timer;
};

} // namespace Dorfplatz
