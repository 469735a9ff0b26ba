#pragma once

#include <QWidget>

class QLabel;

namespace Dorfplatz {

class BigButton;
class Clock;
class ClockLabel;
class Theme;

// The bar at the top of every screen: the "Startseite" button on the left (always in the same
// place, hidden on the home screen itself), the date and time in the middle, and on the right the
// home's name or a discreet notice for staff.
class Header : public QWidget
{
    Q_OBJECT

public:
    Header(const Theme &theme, const Clock &clock, const QString &homeName,
           QWidget *parent = nullptr);

    void setHomeButtonVisible(bool visible);
    // Shows a small button that staff can tap for details; an empty text hides it.
    void setNotice(const QString &text);

    BigButton *homeButton() const { return m_homeButton; }
    BigButton *noticeButton() const { return m_noticeButton; }
    ClockLabel *clockLabel() const { return m_clock; }

Q_SIGNALS:
    void homeRequested();
    void noticeRequested();

private:
    void balanceSides();

    BigButton *m_homeButton;
    ClockLabel *m_clock;
    QLabel *m_homeName;
    BigButton *m_noticeButton;
    QWidget *m_left;
    QWidget *m_right;
};

} // namespace Dorfplatz
