#include "programmetour.h"

#include "core/accounts/accountstore.h"
#include "core/accounts/auditlog.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/files/documentshelf.h"
#include "core/files/usbsticks.h"
#include "core/logging.h"
#include "core/schedule/schedule.h"
#include "core/time/clock.h"
#include "core/usage/usagecounts.h"
#include "kioskshell.h"
#include "mainwindow.h"
#include "media/documents/plandocument.h"
#include "sessionrunner.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/navigator.h"
#include "ui/programme/announcementscreen.h"
#include "ui/programme/sessionbanner.h"
#include "ui/programme/sessioncountdownscreen.h"
#include "ui/staff/accounteditorscreen.h"
#include "ui/staff/auditlogscreen.h"
#include "ui/staff/documentprinter.h"
#include "ui/staff/documentscreen.h"
#include "ui/staff/occurrencescreen.h"
#include "ui/staff/sessioneditorscreen.h"
#include "ui/staff/signinscreen.h"
#include "ui/staff/staffhomescreen.h"
#include "ui/staff/startnowscreen.h"
#include "ui/staff/syncstatusscreen.h"
#include "ui/staff/todayscreen.h"
#include "ui/staff/usagescreen.h"
#include "ui/staff/weekscreen.h"

#include <QDir>
#include <QLineEdit>
#include <QTemporaryDir>

namespace Dorfplatz {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const Actor tourActor{1, u"Frau Becker"_s};

// A week as a care home plans it, around today, written once into the tour's data folder.
void seedProgramme(KioskShell &shell)
{
    Schedule *schedule = shell.schedule();
    if (!schedule || !schedule->sessions().isEmpty())
        return;
    const QTimeZone zone = schedule->zone();
    const QDateTime now = SystemClock().now().toTimeZone(zone);
    const QDate today = now.date();
    const auto add = [&](const QString &title, SessionContent content, QDate day, QTime time,
                         std::chrono::minutes duration, const QString &rule) {
        Session s;
        s.title = title;
        s.content = std::move(content);
        s.start = QDateTime(day, time, zone);
        s.duration = duration;
        s.rule = rule;
        return schedule->save(s, tourActor, now.toUTC());
    };
    const QStringList days = {u"MO"_s, u"TU"_s, u"WE"_s, u"TH"_s, u"FR"_s, u"SA"_s, u"SU"_s};
    const QString todayCode = days.at(today.dayOfWeek() - 1);
    // Running now, so the lists show "läuft gerade" (from the last quarter hour but one).
    const int quarter = now.time().msecsSinceStartOfDay() / (15 * 60 * 1000);
    const QTime running =
        QTime::fromMSecsSinceStartOfDay(std::max(0, quarter - 1) * 15 * 60 * 1000);
    add(u"Sitzgymnastik mit Video"_s, {SessionContent::Kind::Stream, u"konzert"_s},
        today.addDays(-7), running, 90min, u"FREQ=WEEKLY;BYDAY="_s + todayCode);
    add(u"Konzert aus der Stadtkirche"_s, {SessionContent::Kind::Stream, u"gottesdienst"_s}, today,
        QTime(now.time().hour(), 0).addSecs(2 * 3600), 60min, {});
    const auto coffee =
        add(u"Kaffeerunde mit Vorlesen"_s, {SessionContent::Kind::Announcement, {}},
            today.addDays(-7), QTime(15, 30), 45min, u"FREQ=WEEKLY;BYDAY=MO,WE,FR,"_s + todayCode);
    if (coffee)
        schedule->cancelDate(coffee->id, today, tourActor, now.toUTC());
    add(u"Was ist los in den Dörfern?"_s, {SessionContent::Kind::Events, {}}, today.addDays(-7),
        QTime(11, 0), 30min, u"FREQ=WEEKLY;BYDAY=TU,TH"_s);
}

ScheduledItem sampleItem(KioskShell &shell)
{
    const QList<ScheduledItem> items =
        shell.schedule() ? shell.schedule()->between(SystemClock().now().addDays(-1),
                                                     SystemClock().now().addDays(7))
                         : QList<ScheduledItem>{};
    if (!items.isEmpty())
        return items.first();
    ScheduledItem item;
    item.session.title = u"Sitzgymnastik mit Video"_s;
    item.occurrence.start = SystemClock().now();
    item.occurrence.end = item.occurrence.start.addSecs(45 * 60);
    return item;
}

} // namespace

void addProgrammeSteps(std::vector<TourStep> &steps, KioskShell &shell)
{
    const auto &config = shell.activeConfig().config;
    if (!config)
        return;
    static const SystemClock clock;
    const Account lead{1, u"Frau Becker"_s, Role::Lead};
    const QTimeZone zone = QTimeZone::systemTimeZone();

    steps.push_back({u"home"_s,
                     [&shell] {
                         seedProgramme(shell);
                         shell.navigator()->goHome();
                         if (SessionBanner *banner = shell.window()->findChild<SessionBanner *>()) {
                             ScheduledItem item = sampleItem(shell);
                             item.occurrence.start = SystemClock().now().addSecs(8 * 60);
                             item.occurrence.end =
                                 item.occurrence.start.addDuration(item.session.duration);
                             banner->setItem(item);
                         }
                     },
                     u"home-session-banner"_s, 500});
    steps.push_back({u"schedule"_s,
                     [&shell, config] {
                         if (SessionBanner *banner = shell.window()->findChild<SessionBanner *>())
                             banner->setItem(std::nullopt);
                         for (const TileConfig &tile : config->tiles) {
                             if (tile.kind == TileKind::Schedule) {
                                 shell.openTile(tile);
                                 return;
                             }
                         }
                     },
                     u"schedule-with-sessions"_s, 500});
    steps.push_back(
        {u"session-countdown"_s,
         [&shell, zone] {
             ScheduledItem item = sampleItem(shell);
             item.occurrence.start = SystemClock().now().addSecs(-5);
             item.occurrence.end = item.occurrence.start.addDuration(item.session.duration);
             item.session.startsByItself = true;
             showOverHome(shell, new SessionCountdownScreen(shell.theme(), item, zone, clock));
         },
         {},
         500});
    steps.push_back({u"session-announcement"_s,
                     [&shell, zone] {
                         showOverHome(
                             shell, new AnnouncementScreen(shell.theme(), sampleItem(shell), zone));
                     },
                     {},
                     500});

    const QList<Account> accounts = {lead,
                                     {2, u"Herr Klein"_s, Role::Care},
                                     {3, u"Anna Weber"_s, Role::Care},
                                     {4, u"Lena Schmitt"_s, Role::Guide}};
    steps.push_back({u"staff-accounts"_s,
                     [&shell, accounts] {
                         showOverHome(shell, new SignInScreen(shell.theme(), accounts, {}, clock));
                     },
                     {},
                     500});
    steps.push_back({u"staff-pin"_s,
                     [&shell, accounts] {
                         auto *screen = new SignInScreen(shell.theme(), accounts, {}, clock);
                         screen->choose(1);
                         showOverHome(shell, screen);
                     },
                     {},
                     500});
    steps.push_back({u"staff-first-start"_s,
                     [&shell] {
                         static std::unique_ptr<AccountStore> store;
                         if (shell.database())
                             store = std::make_unique<AccountStore>(*shell.database());
                         if (!store)
                             return;
                         showOverHome(shell, new AccountEditorScreen(shell.theme(), *store,
                                                                     tourActor, clock, Role::Lead));
                     },
                     {},
                     500});
    steps.push_back(
        {u"staff-home"_s,
         [&shell, lead] { showOverHome(shell, new StaffHomeScreen(shell.theme(), lead)); },
         {},
         500});
    steps.push_back({u"staff-today"_s,
                     [&shell] {
                         if (!shell.schedule())
                             return;
                         showOverHome(shell, new TodayScreen(shell.theme(), *shell.schedule(),
                                                             &shell.sessions()->scheduler(), clock,
                                                             tourActor));
                     },
                     {},
                     500});
    steps.push_back({u"staff-week"_s,
                     [&shell] {
                         if (shell.schedule())
                             showOverHome(shell,
                                          new WeekScreen(shell.theme(), *shell.schedule(), clock));
                     },
                     {},
                     500});
    // The editor on its pages: the form, the title on the keyboard, the content, a clash.
    const QList<QString> editorPages = {u"staff-session"_s, u"staff-session-text"_s,
                                        u"staff-session-content"_s, u"staff-session-clash"_s};
    for (const QString &page : editorPages) {
        steps.push_back({page,
                         [&shell, config, page] {
                             if (!shell.schedule())
                                 return;
                             Session session = sampleItem(shell).session;
                             if (page == u"staff-session-clash"_s)
                                 session.id = 0; // a second one at the same time
                             auto *editor =
                                 new SessionEditorScreen(shell.theme(), *shell.schedule(), *config,
                                                         clock, tourActor, session);
                             showOverHome(shell, editor);
                             if (page == u"staff-session-text"_s)
                                 editor->button(u"editTitle"_s)->click();
                             else if (page == u"staff-session-content"_s)
                                 editor->button(u"chooseContent"_s)->click();
                             else if (page == u"staff-session-clash"_s)
                                 editor->button(u"save"_s)->click();
                         },
                         {},
                         500});
    }
    // One date of a repeating session, moved a day and half an hour on (not saved).
    steps.push_back({u"staff-occurrence"_s,
                     [&shell] {
                         if (!shell.schedule())
                             return;
                         ScheduledItem item = sampleItem(shell);
                         for (const ScheduledItem &other : shell.schedule()->between(
                                  SystemClock().now(), SystemClock().now().addDays(7))) {
                             if (!other.session.rule.isEmpty()) {
                                 item = other;
                                 break;
                             }
                         }
                         auto *screen = new OccurrenceScreen(shell.theme(), *shell.schedule(),
                                                             clock, tourActor, item);
                         screen->button(u"date+"_s)->click();
                         screen->button(u"time+"_s)->click();
                         screen->button(u"time+"_s)->click();
                         showOverHome(shell, screen);
                     },
                     {},
                     500});
    steps.push_back({u"staff-start-now"_s,
                     [&shell, config] {
                         auto *screen = new StartNowScreen(shell.theme(), *config);
                         if (screen->choiceButton(2))
                             screen->choiceButton(2)->click();
                         showOverHome(shell, screen);
                     },
                     {},
                     500});
    steps.push_back({u"staff-sync"_s,
                     [&shell, config] {
                         showOverHome(shell,
                                      new SyncStatusScreen(shell.theme(), *config, shell.events(),
                                                           shell.syncLauncher(), clock));
                     },
                     {},
                     1000});
    steps.push_back({u"staff-audit"_s,
                     [&shell] {
                         static std::unique_ptr<AuditLog> log;
                         if (shell.database())
                             log = std::make_unique<AuditLog>(*shell.database());
                         if (log)
                             showOverHome(shell, new AuditLogScreen(shell.theme(), *log, clock));
                     },
                     {},
                     500});
    steps.push_back(
        {u"staff-documents"_s,
         [&shell, config, zone] {
             // This week's plan on a shelf of its own, and a stick plugged in: both buttons show.
             static QTemporaryDir folder;
             static DocumentShelf shelf(folder.filePath(u"documents"_s));
             QDir().mkpath(folder.filePath(u"media/FAMILIE"_s));
             static UsbSticks sticks(QStringList{folder.filePath(u"media"_s)});
             if (!shell.schedule())
                 return;
             const QDate today = SystemClock().now().toTimeZone(zone).date();
             const PlanDocument plan(
                 PlanDocument::Layout::Week,
                 PlanDocument::fromSchedule(*shell.schedule(), today.addDays(1 - today.dayOfWeek()),
                                            7, config->settings.homeName, QLocale()));
             QString error;
             if (shelf.documents().isEmpty() && !plan.writePdf(shelf.newPath(plan.title()), &error))
                 qCWarning(lcUi).noquote() << "tour: no plan:" << error;
             auto *screen = new DocumentScreen(shell.theme(), shelf, &sticks,
                                               std::make_shared<const DocumentPrinter>());
             showOverHome(shell, screen);
             screen->showMade(QCoreApplication::translate("Dorfplatz::StaffMode",
                                                          "“%1” is ready: save it on a USB stick "
                                                          "or print it.")
                                  .arg(plan.title()));
         },
         {},
         500});
    steps.push_back({u"staff-usage"_s,
                     [&shell] {
                         // A year of made-up use in a database of its own: the kiosk's own
                         // counts are the funding report's and never get sample numbers.
                         static QTemporaryDir folder;
                         static std::unique_ptr<Database> database;
                         if (!database) {
                             QString error;
                             database = Database::open(folder.filePath(u"app.db"_s), &error);
                             if (!database || !Migrator().migrate(*database, &error)) {
                                 qCWarning(lcUi).noquote() << "tour: no usage database:" << error;
                                 database.reset();
                                 return;
                             }
                             UsageCounts counts(*database);
                             const QDate today = SystemClock().now().date();
                             for (int month = 0; month < 12; ++month) {
                                 const QDate day = today.addMonths(-month);
                                 for (int i = 0; i < 20 + (month * 7) % 13; ++i)
                                     counts.add(UsageCounts::Kind::SessionHeld, day);
                                 counts.add(UsageCounts::Kind::SessionMissed, day);
                             }
                         }
                         showOverHome(shell,
                                      new UsageScreen(shell.theme(), *database, nullptr, clock));
                     },
                     {},
                     500});
}

} // namespace Dorfplatz
