#include "tapbutton.h"

#include "ui/kit/theme.h"

#include <QKeyEvent>
#include <QMouseEvent>

namespace Dorfplatz {

namespace {

std::function<void()> &tapFeedback()
{
    static std::function<void()> feedback;
    return feedback;
}

} // namespace

TapButton::TapButton(const Theme &theme, QWidget *parent)
    : QAbstractButton(parent)
    , m_theme(theme)
{
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_AcceptTouchEvents, false); // Qt turns touches into mouse events for us
    connect(this, &QAbstractButton::clicked, this, [] {
        if (tapFeedback())
            tapFeedback()();
    });
}

void TapButton::setTapFeedback(std::function<void()> feedback)
{
    tapFeedback() = std::move(feedback);
}

bool TapButton::hitButton(const QPoint &pos) const
{
    const int tolerance = m_theme.px(Theme::tapToleranceMm);
    return rect().adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(pos);
}

void TapButton::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && isDown() && hitButton(event->position().toPoint()) &&
        !m_guard.accept()) {
        // A repeat: release the button without clicking.
        setDown(false);
        event->accept();
        return;
    }
    QAbstractButton::mouseReleaseEvent(event);
}

void TapButton::keyReleaseEvent(QKeyEvent *event)
{
    if (!event->isAutoRepeat() && isDown() && !m_guard.accept()) {
        setDown(false);
        event->accept();
        return;
    }
    QAbstractButton::keyReleaseEvent(event);
}

} // namespace Dorfplatz
