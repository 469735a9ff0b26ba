#include "clocklabel.h"

#include "core/time/clock.h"
#include "ui/kit/theme.h"

#include <QFontMetrics>
#include <QLocale>

#include <climits>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

ClockLabel::ClockLabel(const Theme &theme, const Clock &clock, QWidget *parent)
    : QLabel(parent)
    , m_clock(clock)
    , m_ticker(clock, this)
{
    setObjectName(u"clock"_s);
    setFont(theme.font(Theme::TextRole::Clock));
    setAlignment(Qt::AlignCenter);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    connect(&m_ticker, &MinuteTicker::minuteChanged, this, &ClockLabel::refresh);
    refresh();
}

QString ClockLabel::format(const QDateTime &dateTime, const QLocale &locale, Form form)
{
    const QString time = locale.toString(dateTime.time(), QLocale::ShortFormat);
    //: Date format of the header clock (QDate format codes): "Freitag, 27. November"
    const QString full = locale.toString(dateTime.date(), tr("dddd, d MMMM"));
    //: Short date format of the header clock, for small screens: "Fr., 27. Nov."
    const QString brief = locale.toString(dateTime.date(), tr("ddd, d MMM"));
    switch (form) {
    case Form::Full:
        return full + u" · "_s + time;
    case Form::FullTwoLines:
        return full + u'\n' + time;
    case Form::Short:
        return brief + u" · "_s + time;
    case Form::ShortTwoLines:
        return brief + u'\n' + time;
    case Form::TimeOnly:
        return time;
    }
    return {};
}

int ClockLabel::widestLine(const QString &text) const
{
    const QFontMetrics metrics(font());
    int width = 0;
    for (const QString &line : text.split(u'\n'))
        width = std::max(width, metrics.horizontalAdvance(line));
    return width;
}

ClockLabel::Form ClockLabel::formFor(int width, Form fullest) const
{
    const QDateTime now = m_clock.now();
    for (const Form form : {Form::Full, Form::FullTwoLines, Form::Short, Form::ShortTwoLines}) {
        if (form >= fullest && widestLine(format(now, locale(), form)) <= width)
            return form;
    }
    return Form::TimeOnly;
}

void ClockLabel::setFullestForm(Form fullest)
{
    if (fullest == m_fullest)
        return;
    m_fullest = fullest;
    updateGeometry();
    refresh();
}

QString ClockLabel::textFor(int width) const
{
    return format(m_clock.now(), locale(), formFor(width));
}

QSize ClockLabel::minimumSizeHint() const
{
    const QString narrowest = format(m_clock.now(), locale(), Form::TimeOnly);
    return QSize(widestLine(narrowest), heightForWidth(widestLine(narrowest)));
}

int ClockLabel::heightForWidth(int width) const
{
    return heightForWidth(width, m_fullest);
}

int ClockLabel::heightForWidth(int width, Form fullest) const
{
    // What QLabel itself needs to draw the text, not just lines × line spacing.
    const QString text = format(m_clock.now(), locale(), formFor(width, fullest));
    return QFontMetrics(font())
        .boundingRect(QRect(0, 0, std::max(width, 1), INT_MAX / 2), Qt::AlignCenter, text)
        .height();
}

void ClockLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    refresh();
}

void ClockLabel::refresh()
{
    const QString text = textFor(contentsRect().width());
    if (text != QLabel::text()) {
        setText(text);
        updateGeometry();
    }
}

} // namespace Dorfplatz
