#include "nightmode.h"

#include "core/logging.h"
#include "core/time/clock.h"
#include "mainwindow.h"
#include "nightoverlay.h"
#include "ui/kit/clocklabel.h"
#include "ui/kit/header.h"
#include "ui/kit/navigator.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>

namespace Dorfplatz {

namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        return true;
    default:
        return false;
    }
}

} // namespace

NightMode::NightMode(MainWindow &window, Navigator &navigator, const Theme &theme,
                     const Clock &clock, DailyHours hours, std::chrono::milliseconds idlePeriod,
                     QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_navigator(navigator)
    , m_clock(clock)
    , m_hours(hours)
    , m_idlePeriod(idlePeriod)
    , m_overlay(new NightOverlay(theme, &window))
{
    m_overlay->hide();
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &NightMode::dimWhenIdle);
    connect(m_overlay, &NightOverlay::tapped, this, &NightMode::wake);
    connect(&m_window, &MainWindow::resized, m_overlay,
            [this] { m_overlay->setGeometry(m_window.rect()); });
    connect(&m_navigator, &Navigator::currentChanged, this, &NightMode::onScreenChanged);
    // The clock in the header ticks once a minute anyway; the night follows it.
    connect(&m_window.header()->clockLabel()->ticker(), &MinuteTicker::minuteChanged, this,
            &NightMode::update);
}

NightMode::~NightMode()
{
    if (m_started)
        QCoreApplication::instance()->removeEventFilter(this);
}

void NightMode::start()
{
    if (m_started)
        return;
    m_started = true;
    QCoreApplication::instance()->installEventFilter(this);
    update();
}

bool NightMode::isNight() const
{
    return m_hours.contains(m_clock.now().time());
}

void NightMode::update()
{
    if (!m_started)
        return;
    if (!isNight()) {
        m_idle.stop();
        if (m_dimmed) {
            qCInfo(lcUi) << "the night is over: the screen is on again";
            m_dimmed = false;
            m_overlay->hide();
            Q_EMIT dimmedChanged(false);
        }
        return;
    }
    if (m_dimmed) {
        showTime();
        return;
    }
    if (m_idle.isActive())
        return; // awake: it dims when nobody touched it for the idle period
    // The night begins (or the kiosk started at night): dim, unless someone is using it.
    const auto sinceInput = std::chrono::milliseconds(
        m_sinceInput.isValid() ? m_sinceInput.elapsed() : m_idlePeriod.count());
    if (sinceInput < m_idlePeriod)
        m_idle.start(m_idlePeriod - sinceInput);
    else
        dimWhenIdle();
}

void NightMode::dimWhenIdle()
{
    if (!isNight() || m_dimmed)
        return;
    if (const Screen *screen = m_navigator.current(); screen && screen->holdsInactivity()) {
        // A stream or a call goes on; look again after another idle period.
        m_idle.start(m_idlePeriod);
        return;
    }
    dim();
}

void NightMode::dim()
{
    qCInfo(lcUi) << "night: the screen dims";
    // What a resident finds on waking is the home screen's first page, as after inactivity.
    m_navigator.goHome();
    if (m_navigator.home())
        m_navigator.home()->rest();
    m_idle.stop();
    showTime();
    m_overlay->setGeometry(m_window.rect());
    m_overlay->raise();
    m_overlay->show();
    m_dimmed = true;
    Q_EMIT dimmedChanged(true);
}

void NightMode::wake()
{
    if (!m_dimmed)
        return;
    qCInfo(lcUi) << "night: woken by a touch";
    m_dimmed = false;
    m_overlay->hide();
    m_sinceWake.start();
    m_sinceInput.start();
    m_idle.start(m_idlePeriod);
    Q_EMIT dimmedChanged(false);
}

void NightMode::showTime()
{
    m_overlay->setTime(
        ClockLabel::format(m_clock.now(), m_overlay->locale(), ClockLabel::Form::TimeOnly));
}

void NightMode::onScreenChanged(Screen *screen)
{
    // Only what comes up by itself changes the screen while it is dark: a ring.
    if (m_dimmed && screen != m_navigator.home()) {
        qCInfo(lcUi) << "night:" << screen->screenName() << "came up; the screen is on again";
        m_dimmed = false;
        m_overlay->hide();
        m_sinceInput.start();
        m_idle.start(m_idlePeriod);
        Q_EMIT dimmedChanged(false);
    }
}

bool NightMode::isDroppingTaps() const
{
    return m_sinceWake.isValid() && !m_sinceWake.hasExpired(wakeGuard.count());
}

bool NightMode::eventFilter(QObject *watched, QEvent *event)
{
    if (isInput(event->type())) {
        // The taps right after the waking one belong to it.
        if (isDroppingTaps() && event->type() != QEvent::KeyPress &&
            event->type() != QEvent::Wheel) {
            event->accept();
            return true;
        }
        m_sinceInput.start();
        if (m_idle.isActive())
            m_idle.start(m_idlePeriod);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Dorfplatz
