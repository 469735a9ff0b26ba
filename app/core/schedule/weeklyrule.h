#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Dorfplatz {

// The iCalendar RRULEs the staff screens make from their buttons: weekly on chosen days, every N
// weeks, until a date. Parts a rule may hold that the buttons do not show (COUNT, a rule made
// elsewhere) are kept as they are, so changing the days never loses them.
namespace WeeklyRule {

inline constexpr int maxInterval = 4;

// The RRULE for `days` (Qt::DayOfWeek, 1 = Monday) every `interval` weeks, keeping the parts of
// `previous` the buttons do not show (UNTIL, COUNT); empty when no day is chosen (once).
QString make(const QList<int> &days, int interval, const QString &previous = {});
// The days and the interval of a weekly rule.
QList<int> days(const QString &rule);
int interval(const QString &rule);

// The last day (in the home's `zone`) on which `rule` may still take place; none without UNTIL.
std::optional<QDate> until(const QString &rule, const QTimeZone &zone);
// `rule` ending with the day `last` (inclusive, in `zone`), or without an end for an invalid date.
// RFC 5545 wants UNTIL in UTC when the start has a zone: the end of that local day, in UTC.
QString withUntil(const QString &rule, QDate last, const QTimeZone &zone);

} // namespace WeeklyRule

} // namespace Dorfplatz
