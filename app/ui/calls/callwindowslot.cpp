#include "callwindowslot.h"

#include <QEvent>
#include <QPalette>
#include <QResizeEvent>

namespace Dorfplatz {

CallWindowSlot::CallWindowSlot(QWidget *parent)
    : QWidget(parent)
{
    // Its own X11 window, but not its ancestors': the screens stay as they are.
    setAttribute(Qt::WA_DontCreateNativeAncestors);
    setAttribute(Qt::WA_NativeWindow);
    // Black until the call view covers it, as the call view is black before a room shows.
    QPalette black = palette();
    black.setColor(QPalette::Window, Qt::black);
    setPalette(black);
    setAutoFillBackground(true);
}

WId CallWindowSlot::nativeWindow() const
{
    return testAttribute(Qt::WA_WState_Created) ? internalWinId() : 0;
}

bool CallWindowSlot::event(QEvent *event)
{
    if (event->type() == QEvent::WinIdChange)
        Q_EMIT windowChanged(nativeWindow());
    return QWidget::event(event);
}

void CallWindowSlot::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    Q_EMIT sizeChanged(event->size());
}

void CallWindowSlot::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    Q_EMIT windowChanged(winId());
}

} // namespace Dorfplatz
