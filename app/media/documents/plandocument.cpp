#include "plandocument.h"

#include "core/schedule/schedule.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>

#include <algorithm>
#include <functional>
#include <utility>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// The kiosk's own typeface (Theme): plain, wide, with clear figures.
const QString fontFamily = u"DejaVu Sans"_s;

// Sizes in points. The body starts at 14 pt or more, readable from 1.5 m in front of the notice
// board; only a crowded day goes down to PlanDocument::minimumPointSize.
constexpr qreal homeNameSize = 18;
constexpr qreal headingSize = 26;
constexpr qreal dayNameSize = 18;
constexpr qreal weekBodySize = 14;
constexpr qreal dayBodySize = 18;

QFont font(qreal pointSize, bool bold = false)
{
    QFont result(fontFamily);
    result.setStyleHint(QFont::SansSerif);
    result.setPointSizeF(pointSize);
    result.setBold(bold);
    // No ligatures: "Kaffee" stays six letters a PDF viewer's search finds.
    result.setStyleStrategy(QFont::PreferNoShaping);
    return result;
}

QString clock(const QLocale &locale, const QDateTime &at)
{
    return locale.toString(at.time(), u"HH:mm"_s);
}

// The locale's long date format without the weekday and, when not wanted, without the month or
// the year: German "d. MMMM yyyy", "d. MMMM", "d."; American "MMMM d, yyyy", "MMMM d", "d".
QString dateFormat(const QLocale &locale, bool withMonth, bool withYear)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(QRegularExpression(u"d{3,4}"_s));
    if (!withMonth)
        format.remove(QRegularExpression(u"M+"_s));
    if (!withYear)
        format.remove(QRegularExpression(u"y+"_s));
    // What separated the removed parts (", ") is left at the ends or doubled.
    format = format.simplified().replace(u" ,"_s, u","_s);
    while (!format.isEmpty() && (format.front() == u',' || format.front() == u' '))
        format.remove(0, 1);
    while (!format.isEmpty() && (format.back() == u',' || format.back() == u' '))
        format.chop(1);
    return format;
}

// The first and last date of a week, the first without what they share: "7." and "13. Dezember
// 2026", "28. Dezember" and "3. Januar 2027" (German).
std::pair<QString, QString> span(const QLocale &locale, QDate first, QDate last)
{
    const bool sameYear = first.year() == last.year();
    const bool sameMonth = sameYear && first.month() == last.month();
    return {locale.toString(first, dateFormat(locale, !sameMonth, !sameYear)),
            locale.toString(last, dateFormat(locale, true, true))};
}

// One page being laid out: text is measured with the device's metrics, so what is measured is
// what gets drawn; without a painter it only measures.
class Sheet
{
public:
    Sheet(QPainter *painter, QPaintDevice *device)
        : m_painter(painter)
        , m_device(device)
    {}

    QRectF area() const { return QRectF(0, 0, m_device->width(), m_device->height()); }
    qreal mm(qreal millimetres) const { return millimetres * m_device->logicalDpiY() / 25.4; }

    // A paragraph wrapped to `width`, at word boundaries and, for a word longer than the width,
    // inside it, so nothing runs into the next column. Returns its height.
    qreal text(const QString &value, const QFont &textFont, QPointF topLeft, qreal width) const
    {
        QString lines = value;
        lines.replace(u'\n', QChar::LineSeparator);
        QTextLayout layout(lines, textFont, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        qreal y = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout.endLayout();
        if (m_painter)
            layout.draw(m_painter, topLeft);
        return y;
    }

    qreal lineHeight(const QFont &textFont) const
    {
        return QFontMetricsF(textFont, m_device).lineSpacing();
    }
    qreal advance(const QString &value, const QFont &textFont) const
    {
        return QFontMetricsF(textFont, m_device).horizontalAdvance(value);
    }

    void rule(QPointF from, QPointF to, qreal widthMm) const
    {
        if (!m_painter)
            return;
        m_painter->save();
        m_painter->setPen(QPen(Qt::black, mm(widthMm)));
        m_painter->drawLine(from, to);
        m_painter->restore();
    }

    // The same sheet, measuring only.
    Sheet measuring() const { return Sheet(nullptr, m_device); }

private:
    QPainter *m_painter;
    QPaintDevice *m_device;
};

// Draws one entry at `y` in the given size (or only measures it); returns its height.
using EntryPainter = std::function<qreal(const Sheet &, const PlanEntry &, qreal size, qreal y)>;

// A list of entries and where it goes (a day's column of the week, or the page of a day plan):
// how each is drawn, and whether a size is small enough for every word of it to fit across.
struct EntryList
{
    QList<PlanEntry> entries;
    qreal left = 0;
    qreal width = 0;
    qreal top = 0;
    qreal bottom = 0;
    EntryPainter entry;
    std::function<bool(qreal size)> wordsFit;

    static qreal gap(const Sheet &sheet, qreal size) { return sheet.lineHeight(font(size)) * 0.6; }

    qreal height(const Sheet &sheet, qreal size) const
    {
        const Sheet measure = sheet.measuring();
        qreal total = 0;
        for (const PlanEntry &e : entries)
            total += entry(measure, e, size, 0) + gap(sheet, size);
        return total - gap(sheet, size);
    }

    // The largest size from `start` down to the minimum at which all entries fit, each word on
    // its line.
    qreal fittingSize(const Sheet &sheet, qreal start) const
    {
        qreal size = start;
        while (size > PlanDocument::minimumPointSize &&
               (!wordsFit(size) || height(sheet, size) > bottom - top))
            size = std::max(size - 1, PlanDocument::minimumPointSize);
        return size;
    }

    // The entries in `size`; when they do not all fit, those that fit and "… and N more". A
    // thin rule between entries.
    void draw(const Sheet &sheet, qreal size, const std::function<QString(int)> &more) const
    {
        const Sheet measure = sheet.measuring();
        const qreal available = bottom - top;
        qsizetype shown = entries.size();
        if (height(sheet, size) > available) {
            // As many as fit with room for the line that counts the rest (measured with the
            // largest count, which has the most digits).
            const qreal moreHeight = gap(sheet, size) + measure.text(more(int(entries.size())),
                                                                     font(size, true), {}, width);
            qreal used = 0;
            shown = 0;
            for (const PlanEntry &e : entries) {
                const qreal next = used + entry(measure, e, size, 0);
                if (next + moreHeight > available)
                    break;
                used = next + gap(sheet, size);
                ++shown;
            }
        }
        qreal y = top;
        for (qsizetype i = 0; i < shown; ++i) {
            if (i > 0) {
                const qreal middle = y - gap(sheet, size) / 2;
                sheet.rule({left, middle}, {left + width, middle}, 0.2);
            }
            y += entry(sheet, entries.at(i), size, y) + gap(sheet, size);
        }
        if (shown < entries.size())
            sheet.text(more(int(entries.size() - shown)), font(size, true), {left, y}, width);
    }
};

// The largest size from `start` down to `minimum` at which each of `texts` fits on one line of
// `width`.
qreal sizeToFit(const Sheet &sheet, const QStringList &texts, bool bold, qreal width, qreal start,
                qreal minimum = PlanDocument::minimumPointSize)
{
    qreal size = start;
    const auto fits = [&] {
        return std::all_of(texts.cbegin(), texts.cend(), [&](const QString &text) {
            return sheet.advance(text, font(size, bold)) <= width;
        });
    };
    while (size > minimum && !fits())
        size = std::max(size - 1, minimum);
    return size;
}

// The time column of a day plan: "10:00 – 10:45" and a space.
qreal timeWidth(const Sheet &sheet, qreal size)
{
    return sheet.advance(u"00:00 – 00:00"_s, font(size)) + sheet.mm(6);
}

QStringList words(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.split(space, Qt::SkipEmptyParts);
}

// The home's name and the heading over the full width; returns where the plan begins. The
// heading on one line if a somewhat smaller size allows it, else `inLines` (split where it reads
// well).
qreal drawHeading(const Sheet &sheet, const QString &homeName, const QString &heading,
                  const QString &inLines)
{
    const QRectF area = sheet.area();
    qreal y = area.top();
    if (!homeName.isEmpty())
        y += sheet.text(homeName, font(homeNameSize), {area.left(), y}, area.width());
    const qreal smallest = headingSize - 6;
    qreal size = sizeToFit(sheet, {heading}, true, area.width(), headingSize, smallest);
    QString text = heading;
    if (sheet.advance(heading, font(size, true)) > area.width()) {
        text = inLines;
        size = sizeToFit(sheet, inLines.split(QChar::LineSeparator), true, area.width(),
                         headingSize, smallest);
    }
    y += sheet.text(text, font(size, true), {area.left(), y}, area.width());
    y += sheet.mm(2);
    sheet.rule({area.left(), y}, {area.right(), y}, 0.8);
    return y + sheet.mm(4);
}

} // namespace

PlanDocument::PlanDocument(Layout layout, PlanData data)
    : m_layout(layout)
    , m_data(std::move(data))
{}

PlanData PlanDocument::fromSchedule(const Schedule &schedule, QDate first, int dayCount,
                                    const QString &homeName, const QLocale &locale)
{
    PlanData data{homeName, locale, {}};
    for (int i = 0; i < dayCount; ++i) {
        PlanDay day{first.addDays(i), {}};
        for (const ScheduledItem &item : schedule.day(day.date)) {
            const QDateTime start = item.occurrence.start.toTimeZone(schedule.zone());
            // One that began the evening before is on that day's list.
            if (start.date() != day.date)
                continue;
            // Not the session's note: it is for colleagues ("Frau K. abholen"), and the plan
            // hangs in the corridor where residents and visitors read it.
            day.entries.append(PlanEntry{start, item.occurrence.end.toTimeZone(schedule.zone()),
                                         item.session.title, QString(), item.occurrence.cancelled});
        }
        data.days.append(day);
    }
    return data;
}

QString PlanDocument::heading() const
{
    return heading(false);
}

QString PlanDocument::heading(bool dateOnItsOwnLine) const
{
    if (m_data.days.isEmpty())
        return {};
    const QLocale &locale = m_data.locale;
    const QDate first = m_data.days.first().date;
    if (m_layout == Layout::Day)
        return tr("Programme today, %1")
            .arg((dateOnItsOwnLine ? QString(QChar::LineSeparator) : QString()) +
                 locale.toString(first, QLocale::LongFormat));
    const auto [from, to] = span(locale, first, m_data.days.last().date);
    return tr("Week of %1 to %2").arg(from, to);
}

QString PlanDocument::title() const
{
    if (m_data.days.isEmpty())
        return {};
    const QLocale &locale = m_data.locale;
    const QDate first = m_data.days.first().date;
    if (m_layout == Layout::Day)
        return tr("Programme %1").arg(locale.toString(first, dateFormat(locale, true, true)));
    const auto [from, to] = span(locale, first, m_data.days.last().date);
    return tr("Week plan %1–%2").arg(from, to);
}

void PlanDocument::render(QPagedPaintDevice *device) const
{
    const auto orientation =
        m_layout == Layout::Week ? QPageLayout::Landscape : QPageLayout::Portrait;
    const QPageLayout page(QPageSize(QPageSize::A4), orientation,
                           QMarginsF(marginMm, marginMm, marginMm, marginMm),
                           QPageLayout::Millimeter);
    if (!device->setPageLayout(page)) {
        // A printer that cannot print that close to the edge keeps its own margins.
        device->setPageSize(page.pageSize());
        device->setPageOrientation(orientation);
    }
    QPainter painter;
    if (!painter.begin(device))
        return; // writePdf() finds the file empty
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(Qt::black);
    const Sheet sheet(&painter, device);
    const QRectF area = sheet.area();
    const QLocale &locale = m_data.locale;
    const qreal top = drawHeading(sheet, m_data.homeName, heading(), heading(true));
    const auto more = [](int n) { return tr("… and %n more", nullptr, n); };

    if (m_layout == Layout::Week) {
        const auto columns = std::max<qsizetype>(m_data.days.size(), 1);
        const qreal gap = sheet.mm(3);
        const qreal width = (area.width() - gap * qreal(columns - 1)) / qreal(columns);
        // Every column's head in the same sizes, on one line if at all possible: "Donnerstag",
        // "10. Dezember".
        QStringList names;
        QStringList dates;
        for (const PlanDay &day : m_data.days) {
            names.append(locale.dayName(day.date.dayOfWeek()));
            dates.append(locale.toString(day.date, dateFormat(locale, true, false)));
        }
        const QFont nameFont = font(sizeToFit(sheet, names, true, width, dayNameSize), true);
        const QFont dateFont = font(sizeToFit(sheet, dates, false, width, weekBodySize));
        qreal headHeight = 0;
        for (qsizetype i = 0; i < m_data.days.size(); ++i) {
            const Sheet measure = sheet.measuring();
            headHeight = std::max(headHeight, measure.text(names.at(i), nameFont, {}, width) +
                                                  measure.text(dates.at(i), dateFont, {}, width));
        }
        const qreal entriesTop = top + headHeight + sheet.mm(4.5);
        QList<EntryList> lists;
        for (qsizetype i = 0; i < m_data.days.size(); ++i) {
            const qreal left = area.left() + qreal(i) * (width + gap);
            if (i > 0)
                sheet.rule({left - gap / 2, top}, {left - gap / 2, area.bottom()}, 0.3);
            const qreal nameHeight = sheet.text(names.at(i), nameFont, {left, top}, width);
            sheet.text(dates.at(i), dateFont, {left, top + nameHeight}, width);
            const qreal ruleY = top + headHeight + sheet.mm(1.5);
            sheet.rule({left, ruleY}, {left + width, ruleY}, 0.5);

            EntryList list;
            list.entries = m_data.days.at(i).entries;
            list.left = left;
            list.width = width;
            list.top = entriesTop;
            list.bottom = area.bottom();
            // Start time, the title, and whether it is cancelled.
            list.entry = [=](const Sheet &s, const PlanEntry &e, qreal size, qreal at) {
                qreal h = s.text(clock(locale, e.start), font(size, true), {left, at}, width);
                h += s.text(e.title, font(size), {left, at + h}, width);
                if (e.cancelled)
                    h += s.text(tr("cancelled"), font(size, true), {left, at + h}, width);
                return h;
            };
            list.wordsFit = [=, entries = list.entries](qreal size) {
                return std::all_of(entries.cbegin(), entries.cend(), [&](const PlanEntry &e) {
                    return sizeToFit(sheet, words(e.title), false, width, size) == size;
                });
            };
            lists.append(list);
        }
        // One size for the whole week, as large as the fullest day allows, up to the day names'
        // (but never below the body's 14 pt for the others' sake); a crowded day or a long word
        // makes only its own column smaller.
        QList<qreal> sizes;
        for (const EntryList &list : lists)
            sizes.append(list.fittingSize(sheet, std::max(weekBodySize, nameFont.pointSizeF())));
        const qreal weekSize =
            sizes.isEmpty()
                ? weekBodySize
                : std::max(weekBodySize, *std::min_element(sizes.cbegin(), sizes.cend()));
        for (qsizetype i = 0; i < lists.size(); ++i)
            lists.at(i).draw(sheet, std::min(weekSize, sizes.at(i)), more);
    } else if (!m_data.days.isEmpty()) {
        const PlanDay &day = m_data.days.first();
        if (day.entries.isEmpty())
            sheet.text(tr("Nothing is planned."), font(dayBodySize), {area.left(), top},
                       area.width());
        // One row: the time (start – end) on the left, the title, whether it is cancelled and
        // the note on the right.
        const auto entry = [&](const Sheet &s, const PlanEntry &e, qreal size, qreal at) {
            const QString time =
                e.end.isValid() && e.end > e.start
                    ? u"%1 – %2"_s.arg(clock(locale, e.start), clock(locale, e.end))
                    : clock(locale, e.start);
            const qreal textLeft = area.left() + timeWidth(s, size);
            const qreal textWidth = area.width() - timeWidth(s, size);
            const qreal timeHeight =
                s.text(time, font(size), {area.left(), at}, timeWidth(s, size));
            qreal h = s.text(e.title, font(size, true), {textLeft, at}, textWidth);
            if (e.cancelled)
                h += s.text(tr("cancelled"), font(size, true), {textLeft, at + h}, textWidth);
            if (!e.note.isEmpty())
                h += s.text(e.note, font(size), {textLeft, at + h}, textWidth);
            return std::max(h, timeHeight);
        };
        EntryList list;
        list.entries = day.entries;
        list.left = area.left();
        list.width = area.width();
        list.top = top;
        list.bottom = area.bottom();
        list.entry = entry;
        list.wordsFit = [&](qreal size) {
            const qreal textWidth = area.width() - timeWidth(sheet, size);
            return std::all_of(day.entries.cbegin(), day.entries.cend(), [&](const PlanEntry &e) {
                return sizeToFit(sheet, words(e.title), true, textWidth, size) == size &&
                       sizeToFit(sheet, words(e.note), false, textWidth, size) == size;
            });
        };
        list.draw(sheet, list.fittingSize(sheet, dayBodySize), more);
    }
}

} // namespace Dorfplatz
