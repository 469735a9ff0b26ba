#include "kiosklock.h"

#include "core/logging.h"

#include <QApplication>
#include <QKeyEvent>
#include <QKeySequence>
#include <QWidget>
#include <QWindow>

namespace Dorfplatz {

KioskLock::KioskLock(QWidget &window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_quitOnLastWindowClosed(QGuiApplication::quitOnLastWindowClosed())
{
    QGuiApplication::setQuitOnLastWindowClosed(false);
    QCoreApplication::instance()->installEventFilter(this);
}

KioskLock::~KioskLock()
{
    QCoreApplication::instance()->removeEventFilter(this);
    QGuiApplication::setQuitOnLastWindowClosed(m_quitOnLastWindowClosed);
}

bool KioskLock::isLeavingKey(const QKeyEvent &event)
{
    for (const auto standard : {QKeySequence::Quit, QKeySequence::Close, QKeySequence::Cancel,
                                QKeySequence::FullScreen}) {
        if (event.matches(standard))
            return true;
    }
    const QKeyCombination combination = event.keyCombination();
    const Qt::KeyboardModifiers modifiers = combination.keyboardModifiers() & ~Qt::KeypadModifier;
    switch (combination.key()) {
    case Qt::Key_F4: // Alt+F4, Ctrl+F4 and F4 alone: nothing in the kiosk needs it
    case Qt::Key_F11:
    case Qt::Key_Escape:
    case Qt::Key_Close:
    case Qt::Key_Exit:
    case Qt::Key_PowerOff:
    case Qt::Key_Suspend:
    case Qt::Key_Sleep:
        return true;
    case Qt::Key_Q:
    case Qt::Key_W:
        // With Ctrl, Ctrl+Shift, Ctrl+Alt: quit and close in most toolkits.
        return modifiers.testFlag(Qt::ControlModifier) || modifiers.testFlag(Qt::MetaModifier);
    default:
        return false;
    }
}

bool KioskLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Close:
        if (watched == &m_window || watched == m_window.windowHandle()) {
            qCInfo(lcUi) << "a request to close the kiosk window was refused";
            event->ignore();
            return true;
        }
        break;
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
        if (isLeavingKey(*static_cast<QKeyEvent *>(event))) {
            if (event->type() == QEvent::KeyPress)
                qCInfo(lcUi) << "key ignored:" << static_cast<QKeyEvent *>(event)->keyCombination();
            // An accepted override keeps the key from every shortcut, the swallowed press and
            // release from every widget.
            event->accept();
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Dorfplatz
