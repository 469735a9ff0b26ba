#include "straywindowguard.h"

#include "core/logging.h"

#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace Dorfplatz {

namespace {

bool isPassing(Qt::WindowType type)
{
    return type == Qt::ToolTip || type == Qt::Popup;
}

// The widget whose window `window` is, when it is a widget's (QWidgetWindow is private).
QWidget *widgetOf(const QWindow &window)
{
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        if (widget->windowHandle() == &window)
            return widget;
    }
    return nullptr;
}

} // namespace

StrayWindowGuard::StrayWindowGuard(QWidget &mainWindow, QObject *parent)
    : QObject(parent)
    , m_mainWindow(mainWindow)
{
    // Native dialogs (GTK, portals) would show outside Qt's widgets, where no Show event tells.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QCoreApplication::instance()->installEventFilter(this);
}

StrayWindowGuard::~StrayWindowGuard()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void StrayWindowGuard::allow(QObject *window)
{
    m_allowed.append(window);
}

bool StrayWindowGuard::isAllowed(const QWidget &window) const
{
    return &window == &m_mainWindow || isPassing(window.windowType()) ||
           m_allowed.contains(&window);
}

bool StrayWindowGuard::isAllowed(const QWindow &window) const
{
    if (const QWidget *widget = widgetOf(window))
        return isAllowed(*widget);
    return isPassing(window.type()) || m_allowed.contains(&window);
}

bool StrayWindowGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Show)
        return QObject::eventFilter(watched, event);
    if (watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget->isWindow() && !isAllowed(*widget))
            closeLater(widget);
    } else if (auto *window = qobject_cast<QWindow *>(watched)) {
        // A widget's own window is decided with the widget above.
        if (window->isTopLevel() && !widgetOf(*window) && !isAllowed(*window))
            closeLater(window);
    }
    return QObject::eventFilter(watched, event);
}

void StrayWindowGuard::closeLater(QWidget *widget)
{
    const QString className = QString::fromLatin1(widget->metaObject()->className());
    qCWarning(lcUi).noquote() << "closing an unexpected window:" << className
                              << widget->windowTitle();
    // Not inside its show(): the library is still setting it up. A dialog is rejected, which
    // also ends its exec(); anything that refuses to close is hidden.
    QTimer::singleShot(0, this, [this, widget = QPointer<QWidget>(widget), className] {
        if (QWidget *stray = widget.data()) {
            if (auto *dialog = qobject_cast<QDialog *>(stray))
                dialog->reject();
            else
                stray->close();
        }
        // close() may have deleted it (Qt::WA_DeleteOnClose).
        if (QWidget *stray = widget.data(); stray && !stray->isHidden())
            stray->hide();
        reactivateKiosk();
        Q_EMIT closedStrayWindow(className);
    });
}

void StrayWindowGuard::closeLater(QWindow *window)
{
    const QString className = QString::fromLatin1(window->metaObject()->className());
    qCWarning(lcUi).noquote() << "closing an unexpected window:" << className << window->title();
    QTimer::singleShot(0, this, [this, window = QPointer<QWindow>(window), className] {
        if (window && !window->close())
            window->hide();
        reactivateKiosk();
        Q_EMIT closedStrayWindow(className);
    });
}

void StrayWindowGuard::reactivateKiosk()
{
    if (!m_mainWindow.isVisible())
        return;
    m_mainWindow.raise();
    m_mainWindow.activateWindow();
}

} // namespace Dorfplatz
