#pragma once

#include "core/time/minuteticker.h"

#include <QLabel>

namespace Dorfplatz {

class Clock;
class Theme;

// The date and time in words ("Freitag, 27. November · 14:05"), redrawn once a minute and at no
// other time. Where that does not fit, it uses two lines, then the short date ("Fr., 27. Nov."),
// and as a last resort on a small screen with very large text the time alone: text is never cut.
class ClockLabel : public QLabel
{
    Q_OBJECT

public:
    // In order of preference.
    enum class Form
    {
        Full,
        FullTwoLines,
        Short,
        ShortTwoLines,
        TimeOnly
    };

    ClockLabel(const Theme &theme, const Clock &clock, QWidget *parent = nullptr);

    static QString format(const QDateTime &dateTime, const QLocale &locale, Form form);
    // The first form (in order of preference) whose lines all fit in `width` pixels.
    Form formFor(int width) const;
    QString textFor(int width) const;

    const MinuteTicker &ticker() const { return m_ticker; }

    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    int widestLine(const QString &text) const;

    const Clock &m_clock;
    MinuteTicker m_ticker;
};

} // namespace Dorfplatz
