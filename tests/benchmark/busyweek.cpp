#include "busyweek.h"

namespace Dorfplatz::Bench {

using namespace Qt::StringLiterals;

QList<Session> busyWeek(const QTimeZone &zone, bool withIds)
{
    static const QStringList days{u"MO"_s, u"TU"_s, u"WE"_s, u"TH"_s, u"FR"_s, u"SA"_s, u"SU"_s};
    QList<Session> sessions;
    const QDate monday(2026, 11, 30);
    for (int i = 0; i < 60; ++i) {
        Session s;
        s.id = withIds ? i + 1 : 0;
        s.title = u"Sitzung %1"_s.arg(i + 1);
        const QDate day = monday.addDays(i % 7);
        s.start = QDateTime(day, QTime(9 + i % 9, (i % 4) * 15), zone);
        s.duration = std::chrono::minutes(30 + (i % 4) * 15);
        if (i < 50) {
            QStringList byDay;
            for (int d = 0; d <= i % 5; ++d)
                byDay.append(days.at((i + d) % 7));
            s.rule = u"FREQ=WEEKLY;BYDAY="_s + byDay.join(u',');
            if (i % 5 == 1)
                s.rule += u";INTERVAL=2"_s;
            if (i % 7 == 2)
                s.rule += u";UNTIL=20270630T215959Z"_s;
            if (i % 3 == 0)
                s.cancelled = {day.addDays(7), day.addDays(21)};
            if (i % 6 == 0)
                s.moved = {{day.addDays(14), QDateTime(day.addDays(15), QTime(16, 0), zone)}};
        }
        sessions.append(s);
    }
    return sessions;
}

} // namespace Dorfplatz::Bench
