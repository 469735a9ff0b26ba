#include "weeklyrule.h"

#include <QDateTime>
#include <QPair>
#include <QStringList>

#include <algorithm>

namespace Dorfplatz::WeeklyRule {

using namespace Qt::StringLiterals;

namespace {

const QStringList dayCodes = {u"MO"_s, u"TU"_s, u"WE"_s, u"TH"_s, u"FR"_s, u"SA"_s, u"SU"_s};

// The parts of an RRULE as name → value, in their order.
QList<QPair<QString, QString>> parts(const QString &rule)
{
    QList<QPair<QString, QString>> list;
    for (const QString &part : rule.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq > 0)
            list.append({part.left(eq).toUpper(), part.mid(eq + 1)});
    }
    return list;
}

QString joined(const QList<QPair<QString, QString>> &list)
{
    QStringList texts;
    for (const auto &[name, value] : list)
        texts.append(name + u'=' + value);
    return texts.join(u';');
}

} // namespace

QString make(const QList<int> &days, int interval, const QString &previous)
{
    if (days.isEmpty())
        return {};
    QList<int> sorted = days;
    std::sort(sorted.begin(), sorted.end());
    QStringList codes;
    for (int day : sorted)
        codes.append(dayCodes.value(day - 1));
    QString rule = u"FREQ=WEEKLY"_s;
    if (interval > 1)
        rule += u";INTERVAL=%1"_s.arg(interval);
    rule += u";BYDAY="_s + codes.join(u',');
    for (const auto &[name, value] : parts(previous)) {
        if (name == u"UNTIL"_s || name == u"COUNT"_s)
            rule += u";%1=%2"_s.arg(name, value);
    }
    return rule;
}

QList<int> days(const QString &rule)
{
    QList<int> list;
    for (const auto &[name, value] : parts(rule)) {
        if (name != u"BYDAY"_s)
            continue;
        for (const QString &code : value.split(u',')) {
            const qsizetype index = dayCodes.indexOf(code.right(2).toUpper());
            if (index >= 0 && !list.contains(int(index) + 1))
                list.append(int(index) + 1);
        }
    }
    std::sort(list.begin(), list.end());
    return list;
}

int interval(const QString &rule)
{
    for (const auto &[name, value] : parts(rule)) {
        if (name == u"INTERVAL"_s)
            return std::clamp(value.toInt(), 1, maxInterval);
    }
    return 1;
}

std::optional<QDate> until(const QString &rule, const QTimeZone &zone)
{
    for (const auto &[name, value] : parts(rule)) {
        if (name != u"UNTIL"_s)
            continue;
        // A date alone, a UTC time ("…Z"), or a floating local time.
        if (value.size() == 8) {
            const QDate date = QDate::fromString(value, u"yyyyMMdd"_s);
            return date.isValid() ? std::optional(date) : std::nullopt;
        }
        const bool utc = value.endsWith(u'Z') || value.endsWith(u'z');
        const QDateTime at =
            QDateTime::fromString(utc ? value.chopped(1) : value, u"yyyyMMdd'T'HHmmss"_s);
        if (!at.isValid())
            return std::nullopt;
        if (!utc)
            return at.date();
        return QDateTime(at.date(), at.time(), Qt::UTC).toTimeZone(zone).date();
    }
    return std::nullopt;
}

QString withUntil(const QString &rule, QDate last, const QTimeZone &zone)
{
    auto list = parts(rule);
    list.removeIf([](const auto &part) { return part.first == u"UNTIL"_s; });
    if (last.isValid() && !list.isEmpty()) {
        // The last second of that day where the home is (23:59:59 is never skipped by DST).
        const QDateTime end = QDateTime(last, QTime(23, 59, 59), zone).toUTC();
        list.append({u"UNTIL"_s, end.toString(u"yyyyMMdd'T'HHmmss'Z'"_s)});
    }
    return joined(list);
}

} // namespace Dorfplatz::WeeklyRule
