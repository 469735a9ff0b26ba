// Programme benchmark (not a test; CTest does not run it):
//   cmake --build build/release --target benchmark_programme   or run bench_programme
//
// A care home's busy week: 60 sessions, 50 of them repeating (weekly on one to five days, some
// every two weeks, some until a date, with cancelled and moved dates), the rest once. Measured:
// the expansion of one week (what the week view and "Programm heute" need), the clash check of
// one more session against all of them over a year (what saving a session costs), median and
// worst of 50 runs each. Goal: a week in under 5 ms.
#include "core/schedule/programme.h"

#include "busyweek.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;

namespace {

template <typename F>
std::pair<double, double> measure(F &&work)
{
    std::vector<double> ms;
    for (int run = 0; run < 50; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.back()};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QTimeZone zone("Europe/Berlin");
    const Programme programme(zone);
    const QList<Session> sessions = Bench::busyWeek(zone);
    const QDateTime weekStart(QDate(2027, 3, 22), QTime(0, 0), zone); // the week of the change
    const QDateTime weekEnd = weekStart.addDays(7);

    qsizetype occurrences = 0;
    const auto week =
        measure([&] { occurrences = programme.occurrences(sessions, weekStart, weekEnd).size(); });
    Session planned;
    planned.id = 1000;
    planned.title = u"Videobesuch"_s;
    planned.start = QDateTime(QDate(2026, 12, 3), QTime(16, 30), zone);
    planned.duration = std::chrono::minutes(30);
    planned.rule = u"FREQ=WEEKLY;BYDAY=TH"_s;
    qsizetype clashes = 0;
    const auto year = measure([&] {
        clashes = programme
                      .clashes(planned, sessions, QDateTime(QDate(2026, 12, 1), QTime(), zone),
                               QDateTime(QDate(2027, 12, 1), QTime(), zone))
                      .size();
    });
    std::printf("Programme: 60 sessions (50 repeating) in Europe/Berlin\n");
    std::printf("  one week (%lld occurrences): median %.2f ms, worst %.2f ms (goal < 5)\n",
                static_cast<long long>(occurrences), week.first, week.second);
    std::printf("  clash check of one weekly session over a year (%lld clashes): median %.2f ms, "
                "worst %.2f ms\n",
                static_cast<long long>(clashes), year.first, year.second);
    std::printf("summary: programme-ms week=%.2f year-clash=%.2f\n", week.first, year.first);
    return week.first < 5.0 ? 0 : 1;
}
