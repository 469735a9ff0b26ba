#pragma once

#include <QWebEngineView>

namespace Dorfplatz {

// The call browser's view: what QWebEngineView would do on its own for a page, refused. No
// context menu, no drag and drop (a file dropped on the room would be read by it), no printing,
// and no dialog of its own: QWebEngineView opens a QColorDialog for <input type=color> (and
// message boxes for some requests) as its own children, which no page API can refuse, so such a
// child is kept off the screen and rejected as soon as it is polished. Every refusal is logged
// and reported through refused().
class LockedView final : public QWebEngineView
{
    Q_OBJECT

public:
    explicit LockedView(QWidget *parent = nullptr);
    ~LockedView() override;

Q_SIGNALS:
    // `what`: "dialog", "drop", "print"; `detail`: which.
    void refused(const QString &what, const QString &detail);

protected:
    void childEvent(QChildEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refuse(const QString &what, const QString &detail);
};

} // namespace Dorfplatz
