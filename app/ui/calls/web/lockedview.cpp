#include "lockedview.h"

#include "callweblogging.h"

#include <QChildEvent>
#include <QDialog>
#include <QDropEvent>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

bool isDragOrDrop(QEvent::Type type)
{
    return type == QEvent::DragEnter || type == QEvent::DragMove || type == QEvent::DragLeave ||
           type == QEvent::Drop;
}

} // namespace

LockedView::LockedView(QWidget *parent)
    : QWebEngineView(parent)
{
    setContextMenuPolicy(Qt::NoContextMenu);
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAcceptDrops(false);
    connect(this, &QWebEngineView::printRequested, this, [this] {
        // Nothing is printed: there is no printer, and no print dialog may come up.
        refuse(u"print"_s, {});
    });
}

LockedView::~LockedView() = default;

void LockedView::childEvent(QChildEvent *event)
{
    QWebEngineView::childEvent(event);
    QObject *child = event->child();
    if (event->type() == QEvent::ChildAdded && child->isWidgetType()) {
        // The widget that draws the page forwards drops to the page by itself: it gets the same
        // refusal. (Not yet fully made here: only the event filter is installed.)
        child->installEventFilter(this);
        return;
    }
    if (event->type() != QEvent::ChildPolished)
        return;
    // Polished comes just before a dialog is shown: keep it off the screen and send it away.
    auto *dialog = qobject_cast<QDialog *>(child);
    if (!dialog)
        return;
    dialog->setAttribute(Qt::WA_DontShowOnScreen);
    // Not modal either: a modal window nobody sees blocks every window of the kiosk, and Qt drops
    // taps on a blocked window before anyone can see them. (QWebEngineView open()s it, window
    // modal; its window is created, not yet registered as modal, when it is polished.)
    dialog->setWindowModality(Qt::NonModal);
    refuse(u"dialog"_s, QString::fromLatin1(dialog->metaObject()->className()));
    QMetaObject::invokeMethod(dialog, &QDialog::reject, Qt::QueuedConnection);
}

bool LockedView::eventFilter(QObject *watched, QEvent *event)
{
    if (isDragOrDrop(event->type())) {
        if (event->type() == QEvent::Drop) {
            const QMimeData *mime = static_cast<QDropEvent *>(event)->mimeData();
            refuse(u"drop"_s,
                   mime && mime->hasUrls() ? mime->urls().constFirst().scheme() : QString());
        }
        event->ignore();
        return true;
    }
    return QWebEngineView::eventFilter(watched, event);
}

void LockedView::dragEnterEvent(QDragEnterEvent *event)
{
    event->ignore();
}

void LockedView::dragMoveEvent(QDragMoveEvent *event)
{
    event->ignore();
}

void LockedView::dragLeaveEvent(QDragLeaveEvent *event)
{
    event->ignore();
}

void LockedView::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    refuse(u"drop"_s, mime && mime->hasUrls() ? mime->urls().constFirst().scheme() : QString());
    event->ignore();
}

void LockedView::refuse(const QString &what, const QString &detail)
{
    qCInfo(lcCallWeb).noquote() << "refused" << what << detail;
    Q_EMIT refused(what, detail);
}

} // namespace Dorfplatz
