#include "core/config/kioskconfig.h"
#include "core/events/eventcache.h"
#include "core/events/eventsource.h"
#include "core/events/synclauncher.h"
#include "support/fixedclock.h"
#include "support/icsgenerator.h"
#include "support/testhttpserver.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/header.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/theme.h"
#include "ui/staff/auditloglist.h"
#include "ui/staff/syncstatusbar.h"
#include "ui/staff/syncstatusscreen.h"
#include "ui/support/layoutcheck.h"
#include "ui/support/screenframe.h"
#include "ui/support/tapper.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <ctime>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

// The kiosk's frame; staff screens have their own way back, so the header shows no "Startseite".
class Window : public Test::ScreenFrame
{
public:
    Window(const Theme &theme, const Clock &clock, Screen *screen, QSize size)
        : ScreenFrame(theme, clock, screen, false, size)
    {}
};

QString hhmm(const QDateTime &time)
{
    return time.toLocalTime().toString(u"HH:mm"_s);
}

} // namespace

// The calendars' sync status as care staff use it: each calendar's last update and its last
// error in words; "Update now" runs the real dorfplatz-sync on calendars served on 127.0.0.1
// (one good, one answering 404) through the kiosk's SyncLauncher: the button is off and the bar
// follows while it runs, then the good calendar shows its new time, the other its error, and a
// sentence says how it went. Statuses written straight into a real events cache for the
// sentences and the layout (12 mm staff controls, nothing cut, 1920×1080 and 1280×800 in both
// themes); many calendars page.
class TestSyncStatusScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void updateNowRunsTheRealSync();
    void statusesInPlainWords();
    void manyCalendarsPage();
    void withoutCalendarsNothingToStart();
    void layoutFits_data();
    void layoutFits();

private:
    void writeFeeds(const QList<FeedConfig> &feeds);
    void writeCache();
    void tap(BigButton *button);
    void checkLayout(const SyncStatusScreen &screen, const Theme &theme);
    QString itemText(const SyncStatusScreen &screen, const QString &name) const;

    Theme m_theme{ThemeKind::Standard, ScreenMetrics(96.0 / 25.4, 100)};
    std::unique_ptr<QTemporaryDir> m_dirs;
    QString m_configDir;
    QString m_dataDir;
    std::unique_ptr<Test::HttpServer> m_server;
    KioskConfig m_config;
    // Today at 11:00: the sync writes the real time, so "heute" is today's.
    FixedClock m_clock{QDateTime(QDate::currentDate(), QTime(11, 0))};
    Test::Tapper m_tapper;
};

void TestSyncStatusScreen::initTestCase()
{
    qputenv("TZ", "Europe/Berlin");
    ::tzset();
}

void TestSyncStatusScreen::init()
{
    m_dirs = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dirs->isValid());
    QDir root(m_dirs->path());
    QVERIFY(root.mkpath(u"config"_s) && root.mkpath(u"data"_s));
    m_configDir = root.filePath(u"config"_s);
    m_dataDir = root.filePath(u"data"_s);
    m_server = std::make_unique<Test::HttpServer>();
    QVERIFY(m_server->listen());
    m_clock.set(QDateTime(QDate::currentDate(), QTime(11, 0)));

    FeedConfig good;
    good.id = u"kusel"_s;
    good.name = u"Veranstaltungen Kusel"_s;
    good.url = m_server->url(u"/kusel.ics"_s);
    FeedConfig gone;
    gone.id = u"altenglan"_s;
    gone.name = u"Gemeinde Altenglan"_s;
    gone.url = m_server->url(u"/altenglan.ics"_s);
    m_config = KioskConfig();
    m_config.directory = m_configDir;
    m_config.feeds = {good, gone};
    writeFeeds(m_config.feeds);
}

void TestSyncStatusScreen::writeFeeds(const QList<FeedConfig> &feeds)
{
    QJsonArray array;
    for (const FeedConfig &feed : feeds) {
        array.append(QJsonObject{
            {u"id"_s, feed.id}, {u"name"_s, feed.name}, {u"url"_s, feed.url.toString()}});
    }
    QFile file(QDir(m_configDir).filePath(u"feeds.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{u"version"_s, 1},
                                         {u"retries"_s, 0},
                                         {u"timeoutSeconds"_s, 10},
                                         {u"feeds"_s, array}})
                   .toJson());
}

// Kusel updated yesterday at 03:12 and fine since; Altenglan never loaded, last tried today at
// 03:20 without a connection.
void TestSyncStatusScreen::writeCache()
{
    QString error;
    auto cache = EventCache::open(QDir(m_dataDir).filePath(EventCache::fileName), &error);
    QVERIFY2(cache, qPrintable(error));
    const QDate today = m_clock.now().date();
    FeedStatus kusel;
    kusel.feedId = u"kusel"_s;
    kusel.name = u"Veranstaltungen Kusel"_s;
    kusel.lastAttempt = kusel.lastSuccess = QDateTime(today.addDays(-1), QTime(3, 12));
    QVERIFY2(cache->replaceFeed(kusel, {}, &error), qPrintable(error));
    QVERIFY2(cache->recordFailure(u"altenglan"_s, u"Gemeinde Altenglan"_s,
                                  QDateTime(today, QTime(3, 20)), u"Connection refused"_s, &error),
             qPrintable(error));
}

void TestSyncStatusScreen::tap(BigButton *button)
{
    m_tapper.tap(button);
}

QString TestSyncStatusScreen::itemText(const SyncStatusScreen &screen, const QString &name) const
{
    for (const AuditLogList::Item &item : screen.list()->items()) {
        if (item.heading == name)
            return item.text;
    }
    return {};
}

void TestSyncStatusScreen::checkLayout(const SyncStatusScreen &screen, const Theme &theme)
{
    // Staff controls: 12 mm and more, inside the screen, at least 4 mm apart; the bar too.
    Test::NamedRects extra;
    if (screen.progressBar()->isVisible())
        extra.append({u"progress"_s, Test::rectIn(screen.progressBar(), &screen)});
    const Test::NamedRects controls = Test::checkControls(screen, theme, extra);
    Test::checkTexts(screen, controls);
}

void TestSyncStatusScreen::updateNowRunsTheRealSync()
{
    m_server->addContent(u"/kusel.ics"_s, "text/calendar", Test::IcsGenerator{}.generate());
    m_server->addStatus(u"/altenglan.ics"_s, 404);
    EventSource events(QDir(m_dataDir).filePath(EventCache::fileName));
    SyncLauncher sync(m_configDir, m_dataDir);
    sync.setProgram(QStringLiteral(DORFPLATZ_SYNC_BINARY));
    // As the kiosk wires it (KioskApp::syncLauncher).
    connect(&sync, &SyncLauncher::started, &events, [&events] { events.setSyncRunning(true); });
    connect(&sync, &SyncLauncher::finished, &events, [&events] { events.setSyncRunning(false); });
    m_clock.set(QDateTime::currentDateTime());

    auto *screen = new SyncStatusScreen(m_theme, m_config, events, &sync, m_clock);
    Window window(m_theme, m_clock, screen, {1280, 800});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    screen->activate();
    QCOMPARE(screen->screenName(), u"staff-sync"_s);
    QCOMPARE(screen->titleLabel()->text(), u"Calendars"_s);
    QCOMPARE(itemText(*screen, u"Veranstaltungen Kusel"_s), u"Last updated: never"_s);
    QCOMPARE(itemText(*screen, u"Gemeinde Altenglan"_s), u"Last updated: never"_s);
    QVERIFY(!screen->progressBar()->isVisible());

    SyncStatusBar *bar = screen->progressBar();
    QList<int> barValues;
    connect(&sync, &SyncLauncher::progress, this, [&] { barValues.append(bar->value()); });
    QSignalSpy finished(&sync, &SyncLauncher::finished);
    tap(screen->updateButton());
    // Running: the button is off, the bar shows, the screen says what happens.
    QVERIFY(sync.isRunning() || !finished.isEmpty());
    QVERIFY(!screen->updateButton()->isEnabled());
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->maximum(), 2);
    QCOMPARE(screen->resultLabel()->text(), u"Updating the calendars …"_s);
    checkLayout(*screen, m_theme);

    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toInt(), 1); // some calendars failed
    QCOMPARE(m_server->requestCount(u"/kusel.ics"_s), 1);
    QCOMPARE(m_server->requestCount(u"/altenglan.ics"_s), 1);

    // The bar went up calendar by calendar and reached its end.
    QVERIFY2(barValues.size() >= 2, qPrintable(QString::number(barValues.size())));
    QVERIFY(std::is_sorted(barValues.cbegin(), barValues.cend()));
    QCOMPARE(barValues.last(), 2);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(bar->isVisible());
    QVERIFY(screen->updateButton()->isEnabled());

    // The statuses are read again: the good calendar's new time, the other's error in words.
    const QList<FeedStatus> statuses = events.feedStatuses();
    QCOMPARE(statuses.size(), 2);
    const auto status = [&statuses](const QString &id) {
        for (const FeedStatus &s : statuses) {
            if (s.feedId == id)
                return s;
        }
        return FeedStatus();
    };
    const FeedStatus kusel = status(u"kusel"_s);
    QVERIFY(kusel.lastSuccess.isValid());
    QVERIFY(kusel.lastSuccess.secsTo(QDateTime::currentDateTimeUtc()) < 120);
    QCOMPARE(itemText(*screen, u"Veranstaltungen Kusel"_s),
             u"Last updated: today, %1"_s.arg(hhmm(kusel.lastSuccess)));
    const FeedStatus altenglan = status(u"altenglan"_s);
    QCOMPARE(
        itemText(*screen, u"Gemeinde Altenglan"_s),
        u"Last updated: never\nLast attempt today, %1: The server answered with error 404."_s.arg(
            hhmm(altenglan.lastAttempt)));
    const QString result = screen->resultLabel()->text();
    QVERIFY2(result.startsWith(u"Done: 1 of 2 calendar"_s), qPrintable(result));
    QVERIFY2(result.endsWith(u"Not updated: Gemeinde Altenglan."_s), qPrintable(result));
    checkLayout(*screen, m_theme);
    if (qEnvironmentVariableIsSet("DORFPLATZ_STAFF_SCREENSHOTS"))
        window.grab().save(u"/tmp/staffc-sync-after-run.png"_s);

    // Usable again: a second tap runs the sync once more.
    QSignalSpy again(&sync, &SyncLauncher::finished);
    tap(screen->updateButton());
    QVERIFY(again.wait(60000));
    QCOMPARE(m_server->requestCount(u"/kusel.ics"_s), 2);
    QVERIFY(screen->updateButton()->isEnabled());
}

void TestSyncStatusScreen::statusesInPlainWords()
{
    writeCache();
    EventSource events(QDir(m_dataDir).filePath(EventCache::fileName));
    SyncLauncher sync(m_configDir, m_dataDir);
    FeedConfig later;
    later.id = u"landkreis"_s;
    later.name = u"Landkreis"_s;
    m_config.feeds.append(later); // configured, but not synced yet
    auto *screen = new SyncStatusScreen(m_theme, m_config, events, &sync, m_clock);
    Window window(m_theme, m_clock, screen, {1920, 1080});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    screen->activate();
    const QStringList headings = [&] {
        QStringList names;
        for (const AuditLogList::Item &item : screen->list()->items())
            names.append(item.heading);
        return names;
    }();
    // In the order of feeds.json.
    QCOMPARE(headings,
             QStringList({u"Veranstaltungen Kusel"_s, u"Gemeinde Altenglan"_s, u"Landkreis"_s}));
    QCOMPARE(itemText(*screen, u"Veranstaltungen Kusel"_s), u"Last updated: yesterday, 03:12"_s);
    QCOMPARE(itemText(*screen, u"Gemeinde Altenglan"_s),
             u"Last updated: never\nLast attempt today, 03:20: The calendar could not be loaded "
             "(Connection refused)."_s);
    QCOMPARE(itemText(*screen, u"Landkreis"_s), u"Last updated: never"_s);
    QVERIFY(screen->updateButton()->isEnabled());
    QVERIFY(screen->resultLabel()->text().contains(u"every night"_s));
}

void TestSyncStatusScreen::manyCalendarsPage()
{
    EventSource events(QDir(m_dataDir).filePath(EventCache::fileName));
    SyncLauncher sync(m_configDir, m_dataDir);
    m_config.feeds.clear();
    for (int i = 1; i <= 12; ++i) {
        FeedConfig feed;
        feed.id = u"feed-%1"_s.arg(i);
        feed.name = u"Kalender %1"_s.arg(i);
        m_config.feeds.append(feed);
    }
    auto *screen = new SyncStatusScreen(m_theme, m_config, events, &sync, m_clock);
    Window window(m_theme, m_clock, screen, {1280, 800});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    screen->activate();
    AuditLogList *list = screen->list();
    QVERIFY(list->pageCount() > 1);
    QVERIFY(screen->pageSwitcher()->isVisible());
    QList<int> seen;
    for (int page = 0; page < list->pageCount(); ++page) {
        if (page > 0)
            tap(screen->pageSwitcher()->nextButton());
        QCOMPARE(list->page(), page);
        seen += list->shownItems();
        checkLayout(*screen, m_theme);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(seen.size(), 12);
    for (int i = 0; i < 12; ++i)
        QCOMPARE(seen.at(i), i);
}

void TestSyncStatusScreen::withoutCalendarsNothingToStart()
{
    EventSource events(QDir(m_dataDir).filePath(EventCache::fileName));
    m_config.feeds.clear();
    SyncStatusScreen screen(m_theme, m_config, events, nullptr, m_clock);
    screen.resize(1280, 700);
    screen.activate();
    QVERIFY(!screen.updateButton()->isEnabled());
    QCOMPARE(screen.resultLabel()->text(), u"No calendars are set up for this kiosk."_s);
    QVERIFY(screen.list()->items().isEmpty());
}

void TestSyncStatusScreen::layoutFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("theme");
    for (const QString &theme : {u"standard"_s, u"high-contrast"_s}) {
        for (const QSize &size : {QSize(1920, 1080), QSize(1280, 800)}) {
            QTest::addRow("%s %dx%d", qPrintable(theme), size.width(), size.height())
                << size << theme;
        }
    }
}

void TestSyncStatusScreen::layoutFits()
{
    QFETCH(QSize, size);
    QFETCH(QString, theme);
    const Theme sized(theme == u"high-contrast" ? ThemeKind::HighContrast : ThemeKind::Standard,
                      ScreenMetrics(96.0 / 25.4, 100));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    writeCache();
    EventSource events(QDir(m_dataDir).filePath(EventCache::fileName));
    SyncLauncher sync(m_configDir, m_dataDir);
    auto *screen = new SyncStatusScreen(sized, m_config, events, &sync, m_clock);
    Window window(sized, m_clock, screen, size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    screen->activate();
    QCOMPARE(screen->list()->pageCount(), 1);
    QCOMPARE(screen->list()->shownItems().size(), 2);
    checkLayout(*screen, sized);
    if (qEnvironmentVariableIsSet("DORFPLATZ_STAFF_SCREENSHOTS")) {
        window.grab().save(
            u"/tmp/staffc-sync-%1-%2x%3.png"_s.arg(theme).arg(size.width()).arg(size.height()));
    }
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestSyncStatusScreen)
#include "tst_syncstatusscreen.moc"
