#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;
class QWindow;

namespace Dorfplatz {

// Closes every top-level window that is not the kiosk's own, the moment it shows: a dialog a
// library opens (QMessageBox, QFileDialog, QColorDialog, a print dialog, a QML window) would sit
// over the kiosk where no resident can deal with it. Each one is logged as a warning with its
// class, and the kiosk's window is made active again.
//
// Allowed: the main window, tool tips and popups (Qt::ToolTip, Qt::Popup: they close on the
// next tap elsewhere; Qt WebEngine shows a <select>'s list as one), and what allow() names. The
// kiosk opens no other window of its own; the video windows of both players and the call view
// are children of the main window, and Qt Quick's render windows (the call view) never show.
class StrayWindowGuard : public QObject
{
    Q_OBJECT

public:
    explicit StrayWindowGuard(QWidget &mainWindow, QObject *parent = nullptr);
    ~StrayWindowGuard() override;

    // A window of the kiosk's own (an on-screen keyboard, later) that may show.
    void allow(QObject *window);

    bool isAllowed(const QWidget &window) const;
    bool isAllowed(const QWindow &window) const;

Q_SIGNALS:
    // After `className`'s window was closed.
    void closedStrayWindow(const QString &className);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void closeLater(QWidget *widget);
    void closeLater(QWindow *window);
    void reactivateKiosk();

    QWidget &m_mainWindow;
    QList<QPointer<QObject>> m_allowed;
};

} // namespace Dorfplatz
