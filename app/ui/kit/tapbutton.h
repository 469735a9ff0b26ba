#pragma once

#include "tapguard.h"

#include <QAbstractButton>

#include <functional>

namespace Dorfplatz {

class Theme;

// The base of every control a resident touches. It fires on release, still fires when the finger
// slid a little (up to Theme::tapToleranceMm) off the control, ignores a repeat within 0.6 s, and
// shows its pressed state the moment it is touched.
class TapButton : public QAbstractButton
{
    Q_OBJECT

public:
    TapButton(const Theme &theme, QWidget *parent = nullptr);

    TapGuard &guard() { return m_guard; }

    // Called for every tap that counts, on any TapButton: the kiosk plays its click here.
    static void setTapFeedback(std::function<void()> feedback);

    // Staff controls may be smaller than resident controls (12 mm instead of 20 mm).
    bool isStaffControl() const { return m_staffControl; }
    void setStaffControl(bool staff) { m_staffControl = staff; }

protected:
    const Theme &theme() const { return m_theme; }

    bool hitButton(const QPoint &pos) const override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;

private:
    const Theme &m_theme;
    TapGuard m_guard;
    bool m_staffControl = false;
};

} // namespace Dorfplatz
