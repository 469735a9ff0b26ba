// Staff screens benchmark (not a test; CTest does not run it):
//   cmake --build build/release --target benchmark_staff   or   ./dorfplatz.sh benchmark staff
//
// From the tap to the screen on the glass: each staff screen made, pushed on the navigator, laid
// out and painted (QWidget::grab), at 1920×1000, with a busy programme in a real app.db (60
// sessions, 50 repeating) and an audit log of 1,000 entries. Median and worst of 20 runs each.
// Goal: under 100 ms each.
#include "busyweek.h"
#include "core/accounts/accountstore.h"
#include "core/accounts/auditlog.h"
#include "core/config/configsource.h"
#include "core/config/lastgoodconfig.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/events/eventsource.h"
#include "core/i18n/translations.h"
#include "core/schedule/schedule.h"
#include "core/time/clock.h"
#include "ui/kit/navigator.h"
#include "ui/kit/theme.h"
#include "ui/staff/auditlogscreen.h"
#include "ui/staff/occurrencescreen.h"
#include "ui/staff/sessioneditorscreen.h"
#include "ui/staff/signinscreen.h"
#include "ui/staff/staffhomescreen.h"
#include "ui/staff/startnowscreen.h"
#include "ui/staff/syncstatusscreen.h"
#include "ui/staff/todayscreen.h"
#include "ui/staff/weekscreen.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStackedWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;

namespace {

class Home final : public Screen
{
public:
    QString screenName() const override { return u"home"_s; }
};

// A fixed Tuesday in the busy week, in the morning.
class BenchClock final : public Clock
{
public:
    QDateTime now() const override
    {
        return QDateTime(QDate(2026, 12, 8), QTime(9, 30), QTimeZone("Europe/Berlin"));
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Translations translations;
    translations.install(u"de"_s);
    QTemporaryDir dir;
    QString error;
    auto db = Database::open(dir.filePath(u"app.db"_s), &error);
    if (!db || !Migrator().migrate(*db, &error)) {
        std::fprintf(stderr, "cannot make app.db: %s\n", qPrintable(error));
        return 2;
    }
    const QTimeZone zone("Europe/Berlin");
    const BenchClock clock;
    Schedule schedule(*db, zone);
    const Actor by{1, u"Frau Becker"_s};
    for (const Session &s : Bench::busyWeek(zone, false))
        schedule.save(s, by, clock.now());
    AuditLog log(*db);
    for (int i = 0; i < 940; ++i) // with the 60 saves: 1,000 entries
        log.record({0, clock.now().addSecs(-i * 600), by, u"edit"_s, u"session 1"_s,
                    u"{\"title\":\"A\"}"_s, u"{\"title\":\"B\"}"_s});
    const ActiveConfig active =
        loadActiveConfig(QStringLiteral(DORFPLATZ_DEMO_CONFIG), LastGoodConfig(dir.path()));
    if (!active.config) {
        std::fprintf(stderr, "the demo configuration does not load\n");
        return 2;
    }
    EventSource events(dir.filePath(u"events.db"_s));

    const Theme theme(ThemeKind::Standard, ScreenMetrics(4.0, 100));
    QStackedWidget stack;
    stack.resize(1920, 1000);
    Navigator navigator(&stack, new Home, std::chrono::minutes(3));
    stack.show();
    app.processEvents();

    const Account lead{1, u"Frau Becker"_s, Role::Lead};
    const QList<Account> accounts = {lead, {2, u"Herr Klein"_s, Role::Care}};
    const Session first = schedule.sessions().value(0);
    const std::vector<std::pair<const char *, std::function<Screen *()>>> screens = {
        {"sign-in", [&] { return new SignInScreen(theme, accounts, {}, clock); }},
        {"staff home", [&] { return new StaffHomeScreen(theme, lead); }},
        {"today", [&] { return new TodayScreen(theme, schedule, nullptr, clock, by); }},
        {"week", [&] { return new WeekScreen(theme, schedule, clock); }},
        {"session editor",
         [&] {
             return new SessionEditorScreen(theme, schedule, *active.config, clock, by, first);
         }},
        {"one date",
         [&] {
             const QList<ScheduledItem> items =
                 schedule.between(clock.now(), clock.now().addDays(7));
             return new OccurrenceScreen(theme, schedule, clock, by, items.value(0));
         }},
        {"start now", [&] { return new StartNowScreen(theme, *active.config); }},
        {"calendars",
         [&] { return new SyncStatusScreen(theme, *active.config, events, nullptr, clock); }},
        {"log (1,000 entries)", [&] { return new AuditLogScreen(theme, log, clock); }},
    };
    std::printf("Staff screens, tap to painted, 1920x1000, 60 sessions, 1,000 log entries\n");
    double worstMedian = 0;
    QStringList summary;
    for (const auto &[name, make] : screens) {
        std::vector<double> ms;
        for (int run = 0; run < 20; ++run) {
            QElapsedTimer timer;
            timer.start();
            Screen *screen = make();
            navigator.push(screen);
            screen->resize(stack.size());
            const QPixmap painted = stack.grab();
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            navigator.goHome();
            app.processEvents(); // the screen goes (deleteLater)
            Q_UNUSED(painted);
        }
        std::sort(ms.begin(), ms.end());
        const double median = ms.at(ms.size() / 2);
        worstMedian = std::max(worstMedian, median);
        std::printf("  %-22s median %6.1f ms, worst %6.1f ms\n", name, median, ms.back());
        summary.append(
            u"%1=%2"_s.arg(QString::fromUtf8(name).section(u' ', 0, 0)).arg(median, 0, 'f', 1));
    }
    std::printf("summary: staff-ms %s (goal < 100 each)\n", qPrintable(summary.join(u' ')));
    return worstMedian < 100.0 ? 0 : 1;
}
