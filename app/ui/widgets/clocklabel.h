#pragma once

#include "core/time/minuteticker.h"

#include <QLabel>

namespace Dorfplatz {

class Clock;
class Theme;

// The date and time in words ("Freitag, 27. November · 14:05"), redrawn once a minute and at no
// other time. Where one line does not fit, the time moves to a second line.
class ClockLabel : public QLabel
{
    Q_OBJECT

public:
    ClockLabel(const Theme &theme, const Clock &clock, QWidget *parent = nullptr);

    static QString format(const QDateTime &dateTime, const QLocale &locale, bool twoLines);

    const MinuteTicker &ticker() const { return m_ticker; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();

    const Clock &m_clock;
    MinuteTicker m_ticker;
};

} // namespace Dorfplatz
