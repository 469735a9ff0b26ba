#pragma once

#include "core/time/dailyhours.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace Dorfplatz {

class Clock;
class MainWindow;
class Navigator;
class NightOverlay;
class Screen;
class Theme;

// The kiosk at night (kiosk.json's nightHours, 21:00–07:00 by default): when nobody has touched
// it for the idle period, it goes home and dims the whole screen to near-black with a small
// clock. The first tap only wakes it (it never reaches the tile below, nor does a second tap
// within 0.6 s); after the idle period without a touch it dims again. A screen that holds the
// kiosk (a stream playing, a call) is never dimmed, and a screen that comes up by itself (a
// ring) wakes it. At the end of the night the overlay goes.
//
// "Now" comes from the Clock, checked each minute with the header clock's ticker (no timer of
// its own while the kiosk rests), so tests move the time and call update().
class NightMode : public QObject
{
    Q_OBJECT

public:
    NightMode(MainWindow &window, Navigator &navigator, const Theme &theme, const Clock &clock,
              DailyHours hours, std::chrono::milliseconds idlePeriod, QObject *parent = nullptr);
    ~NightMode() override;

    // Begins to follow the night hours (after the home screen's first paint).
    void start();
    // Dims or wakes as the clock says; called every minute.
    void update();

    bool isNight() const;
    bool isDimmed() const { return m_dimmed; }
    NightOverlay *overlay() const { return m_overlay; }
    const QTimer &idleTimer() const { return m_idle; }
    std::chrono::milliseconds idlePeriod() const { return m_idlePeriod; }
    // A newly published configuration's hours; the next minute's update() follows them.
    void setHours(DailyHours hours) { m_hours = hours; }
    // Tests shorten it (kiosk.json allows 15 s at least).
    void setIdlePeriod(std::chrono::milliseconds period) { m_idlePeriod = period; }
    // True in the first moments after a wake, while taps are still dropped.
    bool isDroppingTaps() const;

    // Taps this soon after waking are dropped too: a trembling finger taps twice.
    static constexpr std::chrono::milliseconds wakeGuard{600};

Q_SIGNALS:
    void dimmedChanged(bool dimmed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void dimWhenIdle();
    void dim();
    void wake();
    void showTime();
    void onScreenChanged(Screen *screen);

    MainWindow &m_window;
    Navigator &m_navigator;
    const Clock &m_clock;
    DailyHours m_hours;
    std::chrono::milliseconds m_idlePeriod;
    NightOverlay *m_overlay;
    QTimer m_idle;
    QElapsedTimer m_sinceInput;
    QElapsedTimer m_sinceWake;
    bool m_started = false;
    bool m_dimmed = false;
};

} // namespace Dorfplatz
