// The guides' calendar editor through real taps, on a draft begun from the demo configuration in
// a temporary folder, with the real dorfplatz-sync: a new calendar served on 127.0.0.1 typed in,
// "Test now" saying how many events it found and the next ones (and fewer with a place or a
// category to keep), then applied and read back by the kiosk's loader with its filters; a calendar
// answering 404, one that never answers and a missing sync program each said in plain words; the
// demo's own calendar (a file of the draft) tested where it lies; an address leading out of the
// draft refused before anything runs; the kiosk's own events cache untouched by every test; the
// screen fitting at 1920×1080 and 1280×800.
#include "core/config/configdraft.h"
#include "core/config/configloader.h"
#include "core/events/eventcache.h"
#include "core/events/feedtrial.h"
#include "support/fixedclock.h"
#include "support/icsgenerator.h"
#include "support/testconfig.h"
#include "support/testhttpserver.h"
#include "ui/guide/calendareditorscreen.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/header.h"
#include "ui/kit/onscreenkeyboard.h"
#include "ui/kit/pagedrows.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/textentry.h"
#include "ui/kit/theme.h"
#include "ui/support/layoutcheck.h"
#include "ui/support/screenframe.h"
#include "ui/support/tapper.h"

#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

// The real sync fetches, parses and writes a cache: seconds on a busy machine.
constexpr int trialWaitMs = 60000;

const QDate firstDay = QDate::currentDate().addDays(1);

// Sixteen events from tomorrow on, one a day, none repeating; event 1 lasts the whole day, events
// 0 and 8 are in Kusel.
QByteArray villageCalendar()
{
    Test::IcsGenerator generator;
    generator.events = 16;
    generator.firstDay = firstDay;
    generator.days = 16;
    generator.recurringPercent = 0;
    generator.descriptionBytes = 80;
    return generator.generate();
}

QString timedLine(int event, int hour)
{
    const QDate day = firstDay.addDays(event);
    const QLocale locale;
    return u"• %1 %2, %3 – Veranstaltung %4: Seniorennachmittag"_s.arg(
        locale.toString(day, u"ddd"_s), locale.toString(day, QLocale::ShortFormat),
        locale.toString(QTime(hour, 0), QLocale::ShortFormat), QString::number(event));
}

QString allDayLine(int event)
{
    const QDate day = firstDay.addDays(event);
    const QLocale locale;
    return u"• %1 %2, all day – Veranstaltung %3: Seniorennachmittag"_s.arg(
        locale.toString(day, u"ddd"_s), locale.toString(day, QLocale::ShortFormat),
        QString::number(event));
}

} // namespace

class TestCalendarEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void aNewCalendarIsTestedAndApplied();
    void aMissingCalendarIsSaidPlainly();
    void aCalendarThatNeverAnswersIsStopped();
    void aMissingSyncProgramIsSaid();
    void applyWantsANameAndAnAddress();
    void theDraftsOwnCalendarIsTestedWhereItLies();
    void anAddressOutsideTheDraftIsRefusedBeforeAnythingRuns();
    void everyStepFits_data();
    void everyStepFits();

private:
    CalendarEditorScreen *open(const QString &id, QSize size = {1920, 1080},
                               const QString &program = QStringLiteral(DORFPLATZ_SYNC_BINARY));
    void tap(QAbstractButton *button);
    // A button of the overview, paging the rows to it first.
    void press(const QString &name);
    void type(OnScreenKeyboard *keyboard, const QString &text);
    // `text` typed as a USB keyboard types it, and accepted.
    void enter(const QString &text);
    // "Test now", then the result once the sync has finished.
    QString runTest();
    // A new calendar named "Dorfkalender" with `url`, through taps.
    void newCalendar(const QString &url);
    QString kioskCacheState() const;

    const Theme m_theme{ThemeKind::Standard, ScreenMetrics(96.0 / 25.4, 100)};
    FixedClock m_clock{QDateTime::currentDateTime()};
    QTemporaryDir m_data;
    std::unique_ptr<ConfigDraft> m_draft;
    std::unique_ptr<Test::HttpServer> m_server;
    std::unique_ptr<Test::ScreenFrame> m_window;
    CalendarEditorScreen *m_editor = nullptr;
    QString m_cacheBefore;
    Test::Tapper m_tapper;
};

void TestCalendarEditor::initTestCase()
{
    // The calendar's times are Berlin's; the sync (a child) takes the zone along.
    qputenv("TZ", "Europe/Berlin");
    ::tzset();
    // Dates and times as a German kiosk writes them; the texts stay the English source (plurals
    // as "event(s)").
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

void TestCalendarEditor::cleanupTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestCalendarEditor::init()
{
    QVERIFY(m_data.isValid());
    const ConfigLoadResult demo = ConfigLoader::load(Test::sourcePath(u"kiosk-config/demo"_s));
    QVERIFY2(demo.config, qPrintable(Test::issueTexts(demo.issues).join(u'\n')));
    m_draft = std::make_unique<ConfigDraft>(m_data.filePath(u"data"_s));
    QString error;
    QVERIFY2(m_draft->begin(*demo.config, 0, &error), qPrintable(error));
    m_server = std::make_unique<Test::HttpServer>();
    QVERIFY(m_server->listen());
    m_server->addContent(u"/dorf.ics"_s, "text/calendar", villageCalendar());
    m_server->addStatus(u"/weg.ics"_s, 404);

    // The kiosk's own events cache, with one calendar the last night's sync brought.
    auto cache =
        EventCache::open(QDir(m_data.filePath(u"data"_s)).filePath(EventCache::fileName), &error);
    QVERIFY2(cache, qPrintable(error));
    FeedStatus kusel;
    kusel.feedId = u"kusel"_s;
    kusel.name = u"Veranstaltungen im Landkreis Kusel"_s;
    kusel.lastAttempt = kusel.lastSuccess = QDateTime::currentDateTimeUtc().addSecs(-3600);
    EventOccurrence concert;
    concert.uid = u"konzert@kusel"_s;
    concert.start = QDateTime::currentDateTimeUtc().addDays(2);
    concert.end = concert.start.addSecs(7200);
    concert.title = u"Adventskonzert"_s;
    QVERIFY2(cache->replaceFeed(kusel, {concert}, &error), qPrintable(error));
    cache.reset();
    m_cacheBefore = kioskCacheState();
}

void TestCalendarEditor::cleanup()
{
    m_window.reset();
    m_editor = nullptr;
    // Whatever a test did, the kiosk's cache is as the night left it, and no second one appeared.
    QCOMPARE(kioskCacheState(), m_cacheBefore);
    m_server.reset();
    m_draft.reset();
    QDir(m_data.filePath(u"data"_s)).removeRecursively();
}

QString TestCalendarEditor::kioskCacheState() const
{
    const QDir data(m_data.filePath(u"data"_s));
    QStringList state = data.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    state.removeAll(u"draft"_s);
    // SQLite's companions of the open cache come and go with its readers.
    state.removeIf(
        [](const QString &name) { return name.endsWith(u"-wal"_s) || name.endsWith(u"-shm"_s); });
    QString error;
    const auto cache = EventCache::open(data.filePath(EventCache::fileName), &error, true);
    if (!cache)
        return error;
    for (const FeedStatus &status : cache->feedStatuses())
        state.append(u"%1 %2 %3"_s.arg(status.feedId, status.lastSuccess.toString(Qt::ISODate))
                         .arg(status.occurrences));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const EventOccurrence &occurrence : cache->occurrences(now.addDays(-1), now.addDays(400)))
        state.append(occurrence.title);
    return state.join(u'\n');
}

CalendarEditorScreen *TestCalendarEditor::open(const QString &id, QSize size,
                                               const QString &program)
{
    m_window.reset();
    m_editor = new CalendarEditorScreen(m_theme, *m_draft, program, id);
    m_window = std::make_unique<Test::ScreenFrame>(m_theme, m_clock, m_editor, false, size);
    m_window->header()->hide();
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    m_editor->activate();
    QCoreApplication::processEvents();
    return m_editor;
}

void TestCalendarEditor::tap(QAbstractButton *button)
{
    m_tapper.tap(qobject_cast<TapButton *>(button));
}

void TestCalendarEditor::press(const QString &name)
{
    BigButton *button = m_editor->button(name);
    QVERIFY2(button, qPrintable(name));
    PageSwitcher *pages = m_editor->rows()->switcher();
    while (!button->isVisible() && pages->page() > 0)
        tap(pages->previousButton());
    while (!button->isVisible() && pages->page() + 1 < pages->pageCount())
        tap(pages->nextButton());
    tap(button);
}

void TestCalendarEditor::type(OnScreenKeyboard *keyboard, const QString &text)
{
    for (const QChar character : text) {
        BigButton *key = keyboard->key(character == u' ' ? u"space"_s : QString(character));
        QVERIFY2(key, qPrintable(QString(character)));
        tap(key);
    }
}

void TestCalendarEditor::enter(const QString &text)
{
    QLineEdit *field = m_editor->textEntry()->field();
    QVERIFY(field->isVisible());
    QTest::keyClicks(field, text);
    tap(m_editor->textEntry()->acceptButton());
    QCOMPARE(m_editor->step(), CalendarEditorScreen::Step::Overview);
}

QString TestCalendarEditor::runTest()
{
    BigButton *test = m_editor->button(u"test"_s);
    QSignalSpy finished(m_editor->trial(), &FeedTrial::finished);
    tap(test);
    if (m_editor->testResult()->text() == u"Enter the address first.")
        return m_editor->testResult()->text();
    // While the sync runs: it says so, and the button waits.
    if (m_editor->testResult()->text() != u"Testing …" || test->isEnabled())
        return u"not running: "_s + m_editor->testResult()->text();
    if (!finished.wait(trialWaitMs))
        return u"no result"_s;
    if (!test->isEnabled())
        return u"the button stays off"_s;
    return m_editor->testResult()->text();
}

void TestCalendarEditor::newCalendar(const QString &url)
{
    QVERIFY(open({}));
    QCOMPARE(m_editor->screenName(), u"guide-calendar-name"_s);
    // The name on the on-screen keyboard (its first letter a capital by itself).
    type(m_editor->textEntry()->keyboard(), u"dorfkalender"_s);
    tap(m_editor->textEntry()->keyboard()->key(u"done"_s));
    QCOMPARE(m_editor->step(), CalendarEditorScreen::Step::Overview);
    QCOMPARE(m_editor->screenName(), u"guide-calendar"_s);
    press(u"address"_s);
    QCOMPARE(m_editor->screenName(), u"guide-calendar-address"_s);
    enter(url);
}

void TestCalendarEditor::aNewCalendarIsTestedAndApplied()
{
    newCalendar(m_server->url(u"/dorf.ics"_s).toString());
    QVERIFY(!QTest::currentTestFailed());
    QSignalSpy saved(m_editor, &CalendarEditorScreen::saved);
    QCOMPARE(m_editor->calendar().value(u"name"_s).toString(), u"Dorfkalender"_s);
    QCOMPARE(m_editor->valueLabel(u"places"_s)->text(), u"all"_s);

    QCOMPARE(runTest(),
             QStringList({u"Found 16 event(s). The next:"_s, timedLine(0, 8), allDayLine(1),
                          timedLine(2, 10), timedLine(3, 11), timedLine(4, 12)})
                 .join(u'\n'));
    QCOMPARE(m_server->requestCount(u"/dorf.ics"_s), 1);

    // Only what happens in Kusel: events 0 and 8.
    press(u"addPlace"_s);
    QCOMPARE(m_editor->screenName(), u"guide-calendar-place"_s);
    enter(u"Kusel"_s);
    // The last result said nothing about the calendar as it is now.
    QVERIFY(m_editor->testResult()->text().isEmpty());
    QCOMPARE(m_editor->valueLabel(u"places"_s)->text(), u"Kusel"_s);
    QCOMPARE(runTest(),
             QStringList({u"Found 2 event(s). The next:"_s, timedLine(0, 8), timedLine(8, 16)})
                 .join(u'\n'));

    // A category the calendar does not have leaves nothing; removed again, the two are back.
    press(u"addCategory"_s);
    QCOMPARE(m_editor->screenName(), u"guide-calendar-category"_s);
    enter(u"Sport"_s);
    QCOMPARE(runTest(), u"The calendar can be read, but it has no events in the coming weeks. "
                        "Perhaps the places or categories leave them all out."_s);
    press(u"removeCategory"_s);
    QVERIFY(!m_editor->button(u"removeCategory"_s)->isEnabled());
    press(u"addCategory"_s);
    enter(u"senioren"_s); // any case, as the calendar may write it
    QVERIFY(runTest().startsWith(u"Found 2 event(s)."_s));
    QCOMPARE(m_server->requestCount(u"/dorf.ics"_s), 4);

    press(u"attribution"_s);
    QCOMPARE(m_editor->screenName(), u"guide-calendar-attribution"_s);
    enter(u"Daten: Verbandsgemeinde Kusel-Altenglan"_s);
    press(u"cancelled"_s);
    QCOMPARE(m_editor->valueLabel(u"cancelled"_s)->text(), u"left out"_s);

    press(u"save"_s);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toString(), u"dorfkalender"_s);
    const ConfigLoadResult loaded = m_draft->check();
    QVERIFY2(loaded.config, qPrintable(Test::issueTexts(loaded.issues).join(u'\n')));
    const auto feed = std::find_if(loaded.config->feeds.cbegin(), loaded.config->feeds.cend(),
                                   [](const FeedConfig &f) { return f.id == u"dorfkalender"; });
    QVERIFY(feed != loaded.config->feeds.cend());
    QCOMPARE(feed->name, u"Dorfkalender"_s);
    QCOMPARE(feed->url, m_server->url(u"/dorf.ics"_s));
    QCOMPARE(feed->places, QStringList{u"Kusel"_s});
    QCOMPARE(feed->categories, QStringList{u"senioren"_s});
    QCOMPARE(feed->attribution, u"Daten: Verbandsgemeinde Kusel-Altenglan"_s);
    QVERIFY(!feed->showCancelled);
    // The demo's calendar is still there, as it was.
    QCOMPARE(loaded.config->feeds.size(), 2);
    QCOMPARE(loaded.config->feeds.first().id, u"kusel"_s);
}

void TestCalendarEditor::aMissingCalendarIsSaidPlainly()
{
    newCalendar(m_server->url(u"/weg.ics"_s).toString());
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(runTest(), u"It does not work: There is no calendar at this address (error 404)."_s);
    QCOMPARE(m_server->requestCount(u"/weg.ics"_s), 1);
    // Nothing in the draft until "Apply".
    QCOMPARE(m_draft->indexOf(ConfigDraft::List::Feeds, u"dorfkalender"_s), -1);
}

void TestCalendarEditor::aCalendarThatNeverAnswersIsStopped()
{
    m_server->addHang(u"/haengt.ics"_s);
    newCalendar(m_server->url(u"/haengt.ics"_s).toString());
    QVERIFY(!QTest::currentTestFailed());
    // The screen waits 60 s; here a second is enough to see the sync stopped.
    m_editor->trial()->setTimeout(std::chrono::seconds(1));
    QCOMPARE(runTest(), u"It does not work: no answer within 1 second(s)."_s);
    QVERIFY(!m_editor->trial()->isRunning());
    // Tried again, it is stopped again: nothing of the first run stands in the way.
    QCOMPARE(runTest(), u"It does not work: no answer within 1 second(s)."_s);

    // A new address while a test runs: that test no longer says anything and is stopped.
    tap(m_editor->button(u"test"_s));
    QVERIFY(m_editor->trial()->isRunning());
    press(u"address"_s);
    m_editor->textEntry()->field()->clear();
    enter(m_server->url(u"/dorf.ics"_s).toString());
    QVERIFY(!m_editor->trial()->isRunning());
    QVERIFY(m_editor->testResult()->text().isEmpty());
    QVERIFY(m_editor->button(u"test"_s)->isEnabled());
    QVERIFY(runTest().startsWith(u"Found 16 event(s)."_s));
}

void TestCalendarEditor::applyWantsANameAndAnAddress()
{
    const QJsonArray before = m_draft->entries(ConfigDraft::List::Feeds);
    QVERIFY(open({}));
    QSignalSpy saved(m_editor, &CalendarEditorScreen::saved);
    type(m_editor->textEntry()->keyboard(), u"kirche"_s);
    tap(m_editor->textEntry()->keyboard()->key(u"done"_s));
    QVERIFY(!m_editor->message()->isVisible());
    QCOMPARE(runTest(), u"Enter the address first."_s);
    press(u"save"_s);
    QVERIFY(m_editor->message()->isVisible());
    QCOMPARE(m_editor->message()->text(), u"The calendar needs an address."_s);
    QVERIFY(saved.isEmpty());
    QCOMPARE(m_draft->entries(ConfigDraft::List::Feeds), before);
    // webcal:// is how calendars are often published; the kiosk fetches it as https://.
    press(u"address"_s);
    QVERIFY(!m_editor->message()->isVisible());
    enter(u"webcal://www.kusel.example/termine.ics"_s);
    QCOMPARE(m_editor->calendar().value(u"url"_s).toString(),
             u"https://www.kusel.example/termine.ics"_s);
    // A long address keeps its beginning and its end in the row.
    QCOMPARE(m_editor->valueLabel(u"address"_s)->text(), u"https://www.kusel…mple/termine.ics"_s);
    press(u"save"_s);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(m_draft->entry(ConfigDraft::List::Feeds, u"kirche"_s)->value(u"url"_s).toString(),
             u"https://www.kusel.example/termine.ics"_s);
}

void TestCalendarEditor::aMissingSyncProgramIsSaid()
{
    QVERIFY(open(u"kusel"_s, {1920, 1080}, m_data.filePath(u"no-such-sync"_s)));
    QCOMPARE(m_editor->screenName(), u"guide-calendar"_s);
    QCOMPARE(runTest(), u"The test could not be started. Please tell whoever set up the kiosk."_s);
}

void TestCalendarEditor::theDraftsOwnCalendarIsTestedWhereItLies()
{
    // The demo's calendar is a file of the draft ("feeds/kusel.ics"), with weekly events.
    QVERIFY(open(u"kusel"_s));
    QCOMPARE(m_editor->step(), CalendarEditorScreen::Step::Overview);
    QCOMPARE(m_editor->valueLabel(u"address"_s)->text(), u"feeds/kusel.ics"_s);
    const QStringList lines = runTest().split(u'\n');
    QVERIFY2(lines.first().startsWith(u"Found "_s) && lines.first().endsWith(u"The next:"_s),
             qPrintable(lines.join(u'\n')));
    QCOMPARE(lines.size(), 1 + FeedTrial::nextCount);

    // Applied unchanged: the address stays relative to the folder.
    QSignalSpy saved(m_editor, &CalendarEditorScreen::saved);
    press(u"save"_s);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(m_draft->entry(ConfigDraft::List::Feeds, u"kusel"_s)->value(u"url"_s).toString(),
             u"feeds/kusel.ics"_s);
}

void TestCalendarEditor::anAddressOutsideTheDraftIsRefusedBeforeAnythingRuns()
{
    newCalendar(u"../../../kiosk-config/demo/feeds/kusel.ics"_s);
    QVERIFY(!QTest::currentTestFailed());
    QSignalSpy finished(m_editor->trial(), &FeedTrial::finished);
    press(u"test"_s);
    QVERIFY(finished.wait(5000));
    const auto result = finished.first().first().value<FeedTrial::Result>();
    QCOMPARE(result.outcome, FeedTrial::Outcome::Invalid);
    const QString text = m_editor->testResult()->text();
    QVERIFY2(text.startsWith(u"It does not work: Address: "_s), qPrintable(text));
    QVERIFY(m_editor->button(u"test"_s)->isEnabled());
}

void TestCalendarEditor::everyStepFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addRow("1920x1080") << QSize(1920, 1080);
    QTest::addRow("1280x800") << QSize(1280, 800);
}

void TestCalendarEditor::everyStepFits()
{
    QFETCH(QSize, size);
    QVERIFY(open({}, size));
    const auto check = [this] {
        QCoreApplication::processEvents();
        const Test::NamedRects controls = Test::checkControls(*m_editor, m_theme);
        // The rows' labels are single lines: each must have the width of its whole line.
        Test::checkTexts(*m_editor, controls, {.singleLinesBySizeHint = true});
    };
    check();
    QVERIFY2(!QTest::currentTestFailed(), qPrintable(m_editor->screenName()));
    enter(u"Veranstaltungen der Verbandsgemeinde Kusel-Altenglan"_s);
    // Every field filled, long texts, and the longest result: five events.
    press(u"address"_s);
    enter(m_server->url(u"/dorf.ics"_s).toString() + u"?gemeinde="_s + QString(200, u'x'));
    press(u"attribution"_s);
    enter(u"Daten: Kreisverwaltung Kusel, Stabsstelle Tourismus und Kultur, Lizenz CC BY 4.0 "
          "(https://creativecommons.org/licenses/by/4.0/)"_s);
    for (const QString &place : {u"Kusel"_s, u"Altenglan"_s, u"Rammelsbach"_s, u"Wolfstein"_s,
                                 u"Lauterecken"_s, u"Waldmohr"_s, u"Ulmet"_s, u"Konken"_s}) {
        press(u"addPlace"_s);
        enter(place);
    }
    QVERIFY(!m_editor->button(u"addPlace"_s)->isEnabled()); // eight are enough
    press(u"addCategory"_s);
    enter(u"Senioren"_s);
    const QString result = runTest();
    QVERIFY2(result.startsWith(u"Found 16 event(s). The next:"_s), qPrintable(result));
    QCOMPARE(m_editor->screenName(), u"guide-calendar"_s);
    check();
    QVERIFY2(!QTest::currentTestFailed(), qPrintable(m_editor->screenName()));
    // All of the result is there: the sum and five events.
    QCOMPARE(m_editor->testResult()->heightForWidth(m_editor->testResult()->width()),
             m_editor->testResult()->height());
    if (qEnvironmentVariableIsSet("DORFPLATZ_GUIDE_SCREENSHOTS")) {
        m_window->grab().save(
            u"/tmp/guide-calendar-%1x%2.png"_s.arg(size.width()).arg(size.height()));
    }
    for (const char *name : {"address", "attribution", "addPlace"}) {
        if (!m_editor->button(QString::fromLatin1(name))->isEnabled())
            continue;
        press(QString::fromLatin1(name));
        check();
        QVERIFY2(!QTest::currentTestFailed(), qPrintable(m_editor->screenName()));
        tap(m_editor->backButton());
        QCOMPARE(m_editor->step(), CalendarEditorScreen::Step::Overview);
    }
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestCalendarEditor)
#include "tst_calendareditor.moc"
