#include "clocklabel.h"

#include "core/time/clock.h"
#include "ui/shell/theme.h"

#include <QFontMetrics>
#include <QLocale>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

ClockLabel::ClockLabel(const Theme &theme, const Clock &clock, QWidget *parent)
    : QLabel(parent)
    , m_clock(clock)
    , m_ticker(clock)
{
    setFont(theme.font(Theme::TextRole::Clock));
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(&m_ticker, &MinuteTicker::minuteChanged, this, &ClockLabel::refresh);
    refresh();
}

QString ClockLabel::format(const QDateTime &dateTime, const QLocale &locale, bool twoLines)
{
    //: Date format of the header clock (QDate format codes): "Freitag, 27. November"
    const QString date = locale.toString(dateTime.date(), tr("dddd, d MMMM"));
    const QString time = locale.toString(dateTime.time(), QLocale::ShortFormat);
    return date + (twoLines ? u"\n"_s : u" · "_s) + time;
}

QSize ClockLabel::minimumSizeHint() const
{
    // Wide enough for the longer of the two lines of the two-line form.
    const QFontMetrics metrics(font());
    const QStringList lines = format(m_clock.now(), locale(), true).split(u'\n');
    int width = 0;
    for (const QString &line : lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    return QSize(width, metrics.height() * 2);
}

void ClockLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    refresh();
}

void ClockLabel::refresh()
{
    const QDateTime now = m_clock.now();
    const QString oneLine = format(now, locale(), false);
    const bool fits = QFontMetrics(font()).horizontalAdvance(oneLine) <= width();
    const QString text = fits ? oneLine : format(now, locale(), true);
    if (text != QLabel::text())
        setText(text);
}

} // namespace Dorfplatz
