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
    // The first form (in order of preference, from `fullest` on) whose lines all fit in `width`
    // pixels; TimeOnly when none does.
    Form formFor(int width, Form fullest) const;
    Form formFor(int width) const { return formFor(width, m_fullest); }
    QString textFor(int width) const;
    int heightForWidth(int width, Form fullest) const;
    // The fullest form the label may use: a header over its height budget asks for less (the
    // time alone on one line rather than the date on two).
    void setFullestForm(Form fullest);
    Form fullestForm() const { return m_fullest; }

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
    Form m_fullest = Form::Full;
};

} // namespace Dorfplatz
