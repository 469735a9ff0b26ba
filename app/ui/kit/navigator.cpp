#include "navigator.h"

#include "core/logging.h"
#include "screen.h"

#include <QCoreApplication>
#include <QEvent>
#include <QStackedWidget>

namespace Dorfplatz {

Navigator::Navigator(QStackedWidget *stack, Screen *home,
                     std::chrono::milliseconds inactivityTimeout, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
    , m_home(home)
{
    m_stack->addWidget(m_home);
    m_home->activate();
    connect(m_home, &Screen::inactivityStateChanged, this, &Navigator::updateInactivityTimer);
    m_inactivity.setParent(this);
    m_inactivity.setSingleShot(true);
    m_inactivity.setInterval(inactivityTimeout);
    connect(&m_inactivity, &QTimer::timeout, this, [this] {
        qCInfo(lcUi) << "no touch for" << m_inactivity.interval() / 1000 << "s: back home";
        goHome();
        m_home->rest();
        Q_EMIT returnedHomeForInactivity();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

Navigator::~Navigator()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

Screen *Navigator::current() const
{
    return qobject_cast<Screen *>(m_stack->currentWidget());
}

int Navigator::depth() const
{
    return m_stack->count();
}

void Navigator::push(Screen *screen)
{
    if (Screen *below = current())
        below->deactivate();
    add(screen);
}

void Navigator::interruptWith(Screen *screen)
{
    if (Screen *below = current()) {
        qCDebug(lcUi) << "interrupt" << below->screenName() << "with" << screen->screenName();
        below->interrupt();
    }
    add(screen);
}

void Navigator::add(Screen *screen)
{
    m_stack->addWidget(screen);
    m_stack->setCurrentWidget(screen);
    connect(screen, &Screen::inactivityStateChanged, this, &Navigator::updateInactivityTimer);
    connect(screen, &Screen::homeRequested, this, &Navigator::goHome);
    connect(screen, &Screen::chromeChanged, this, &Navigator::chromeChanged);
    qCDebug(lcUi) << "open" << screen->screenName();
    // After it is in the stack and shown: a video screen's window has its final parent.
    screen->activate();
    updateInactivityTimer();
    Q_EMIT currentChanged(screen);
}

void Navigator::replaceHome(Screen *home)
{
    Screen *old = m_home;
    const bool wasCurrent = current() == old;
    m_stack->insertWidget(0, home);
    m_home = home;
    connect(home, &Screen::inactivityStateChanged, this, &Navigator::updateInactivityTimer);
    if (wasCurrent) {
        old->deactivate();
        m_stack->setCurrentWidget(home);
        home->activate();
    }
    m_stack->removeWidget(old);
    old->disconnect(this);
    old->deleteLater();
    updateInactivityTimer();
    if (wasCurrent)
        Q_EMIT currentChanged(home);
}

void Navigator::setInactivityTimeout(std::chrono::milliseconds timeout)
{
    m_inactivity.setInterval(timeout);
}

void Navigator::goHome()
{
    m_stack->setCurrentWidget(m_home);
    while (m_stack->count() > 1) {
        auto *top = qobject_cast<Screen *>(m_stack->widget(m_stack->count() - 1));
        // Top first: the reverse of the order they came in.
        top->deactivate();
        m_stack->removeWidget(top);
        top->disconnect(this);
        top->deleteLater();
    }
    m_home->activate();
    updateInactivityTimer();
    Q_EMIT currentChanged(m_home);
}

void Navigator::remove(Screen *screen)
{
    const int index = m_stack->indexOf(screen);
    if (screen == m_home || index < 0)
        return;
    const bool wasCurrent = m_stack->currentWidget() == screen;
    screen->deactivate();
    if (wasCurrent)
        m_stack->setCurrentIndex(index - 1);
    m_stack->removeWidget(screen);
    screen->disconnect(this);
    screen->deleteLater();
    qCDebug(lcUi) << "close" << screen->screenName();
    if (wasCurrent)
        current()->activate(); // resumes it when `screen` had interrupted it
    updateInactivityTimer();
    if (wasCurrent)
        Q_EMIT currentChanged(current());
}

void Navigator::updateInactivityTimer()
{
    const Screen *screen = current();
    const bool away = screen && screen != m_home && !screen->holdsInactivity();
    if (away || (screen == m_home && !m_home->isAtRest()))
        m_inactivity.start();
    else
        m_inactivity.stop();
}

bool Navigator::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        if (m_inactivity.isActive())
            m_inactivity.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Dorfplatz
