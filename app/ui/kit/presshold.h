#pragma once

#include <QObject>
#include <QPoint>
#include <QTimer>

#include <chrono>

class QWidget;

namespace Dorfplatz {

class Theme;

// A press held on a widget for a while without moving (the way into staff mode: the home's name
// held for 3 s). A tap, a stroke or a finger that slides off does nothing, so a resident does not
// make it by accident; nothing on the widget shows that it can be held.
class PressHold : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultDuration{3000};

    // Watches `widget` (and the widgets inside it); the finger may wander Theme::tapToleranceMm.
    PressHold(const Theme &theme, QWidget *widget,
              std::chrono::milliseconds duration = defaultDuration);

    std::chrono::milliseconds duration() const;
    bool isPressed() const { return m_timer.isActive(); }

Q_SIGNALS:
    void held();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watch(QObject *object);

    QWidget *m_widget;
    int m_tolerance;
    QTimer m_timer;
    QPoint m_origin; // global position of the press
};

} // namespace Dorfplatz
