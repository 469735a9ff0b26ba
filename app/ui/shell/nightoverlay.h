#pragma once

#include <QWidget>

class QLabel;

namespace Dorfplatz {

class Theme;

// What the kiosk shows at night: a near-black screen over everything, with the time small in
// grey and how to wake it. It takes every tap for itself, so the tile below never fires; a tap
// (on release) asks to wake.
class NightOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit NightOverlay(const Theme &theme, QWidget *parent = nullptr);

    void setTime(const QString &time);
    QLabel *timeLabel() const { return m_time; }
    QLabel *hintLabel() const { return m_hint; }

    // Dark enough to light nothing up, with the time still readable (7:1 on black).
    static QColor backgroundColor() { return QColor(0, 0, 0); }
    static QColor textColor() { return QColor(0x99, 0x99, 0x99); }

Q_SIGNALS:
    void tapped();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    QLabel *m_time;
    QLabel *m_hint;
};

} // namespace Dorfplatz
