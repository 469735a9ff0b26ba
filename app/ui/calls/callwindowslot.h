#pragma once

#include <QSize>
#include <QWidget>

namespace Dorfplatz {

// The place in the kiosk's window where another process draws: a native child window (X11) that
// dorfplatz-call makes the parent of its call view. It tells when that window exists or changed
// (shown, recreated) and when its size changed, so the other process can follow.
class CallWindowSlot final : public QWidget
{
    Q_OBJECT

public:
    explicit CallWindowSlot(QWidget *parent = nullptr);

    // The native window, 0 before it was created.
    WId nativeWindow() const;

Q_SIGNALS:
    void windowChanged(WId window);
    void sizeChanged(QSize size);

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
};

} // namespace Dorfplatz
