#include "presshold.h"

#include "theme.h"

#include <QChildEvent>
#include <QMouseEvent>
#include <QWidget>

namespace Dorfplatz {

PressHold::PressHold(const Theme &theme, QWidget *widget, std::chrono::milliseconds duration)
    : QObject(widget)
    , m_widget(widget)
    , m_tolerance(theme.px(Theme::tapToleranceMm))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(duration);
    connect(&m_timer, &QTimer::timeout, this, &PressHold::held);
    watch(widget);
}

std::chrono::milliseconds PressHold::duration() const
{
    return m_timer.intervalAsDuration();
}

void PressHold::watch(QObject *object)
{
    object->installEventFilter(this);
    for (QObject *child : object->children()) {
        if (child->isWidgetType())
            watch(child);
    }
}

bool PressHold::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        // Touches arrive as the mouse events Qt makes of them.
        const auto *mouse = static_cast<QMouseEvent *>(event);
        m_origin = mouse->globalPosition().toPoint();
        m_timer.start();
        break;
    }
    case QEvent::MouseMove: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (m_timer.isActive() &&
            (mouse->globalPosition().toPoint() - m_origin).manhattanLength() > m_tolerance)
            m_timer.stop();
        break;
    }
    case QEvent::MouseButtonRelease:
    case QEvent::Hide:
    case QEvent::TouchCancel:
        m_timer.stop();
        break;
    case QEvent::ChildAdded:
        if (auto *child = static_cast<QChildEvent *>(event)->child(); child->isWidgetType())
            watch(child);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Dorfplatz
