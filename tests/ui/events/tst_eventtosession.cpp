// From an event of "Was ist los?" to a session of the programme (issue 14): staff's "Add to
// programme" on the detail asks for the PIN, and only then puts an announcement with the event's
// time, title, place and link into the programme (a real app.db, a real events cache); the
// detail then says when it is on instead of offering it again; twice is never made. The PIN is
// the screen's StaffCheck stubbed here: it keeps the callback, as StaffMode::confirm does until
// a PIN is given, and the test answers it with an Actor (or never, for a PIN not given).
#include "core/accounts/auditlog.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/events/eventcache.h"
#include "core/events/eventsource.h"
#include "core/schedule/schedule.h"
#include "support/fixedclock.h"
#include "ui/events/eventcard.h"
#include "ui/events/eventdetail.h"
#include "ui/events/eventsscreen.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/theme.h"
#include "ui/support/layoutcheck.h"

#include <QLabel>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

namespace {

QTimeZone berlin()
{
    return QTimeZone("Europe/Berlin");
}

// Saturday, 12 December 2026.
QDateTime local(int h, int m)
{
    return QDateTime(QDate(2026, 12, 12), QTime(h, m), berlin());
}

EventOccurrence makeEvent(const QString &uid, const QString &title, int hour,
                          bool cancelled = false)
{
    EventOccurrence o;
    o.feedId = u"vg"_s;
    o.uid = uid;
    o.start = local(hour, 0).toUTC();
    o.end = local(hour + 3, 0).toUTC();
    o.timeZone = u"Europe/Berlin"_s;
    o.title = title;
    o.location = u"Rammelsbach"_s;
    o.cancelled = cancelled;
    return o;
}

// With DORFPLATZ_EVENTS_SCREENSHOTS set, saves a picture of `widget` to /tmp/events-NAME.png.
void screenshot(QWidget &widget, const QString &name)
{
    if (qEnvironmentVariableIsSet("DORFPLATZ_EVENTS_SCREENSHOTS"))
        widget.grab().save(u"/tmp/events-%1.png"_s.arg(name));
}

void tapFreely(QWidget &root)
{
    static std::chrono::milliseconds time{0};
    for (TapButton *button : root.findChildren<TapButton *>())
        button->guard().setTimeSource([] { return time += 1000ms; });
}

void tap(QWidget &screen, TapButton *button)
{
    tapFreely(screen);
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class TestEventToSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void noButtonWithoutStaff();
    void addedAfterThePin();
    void neverTwice();
    void noPinNoSession();
    void notForACancelledEvent();
    void aPinAfterTheScreenWent();
    void layoutFits_data();
    void layoutFits();

private:
    std::unique_ptr<EventsScreen> makeScreen(bool staff);
    // Opens the detail of the card titled `title`.
    EventDetail *open(EventsScreen &screen, const QString &title);
    QList<Session> linked() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Schedule> m_schedule;
    std::unique_ptr<EventCache> m_writer;
    std::unique_ptr<EventSource> m_source;
    FixedClock m_clock{local(9, 0)};
    Theme m_theme{ThemeKind::Standard, ScreenMetrics(96.0 / 25.4, 100)};
    // The PIN checks asked for and not answered yet.
    QList<std::function<void(const Actor &)>> m_pending;
};

void TestEventToSession::initTestCase()
{
    QLocale::setDefault(QLocale::c()); // "Sat", whatever the machine says
}

void TestEventToSession::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_db = Database::open(m_dir.filePath(u"app.db"_s), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*m_db, &error), qPrintable(error));
    m_schedule = std::make_unique<Schedule>(*m_db, berlin());
    const QString cachePath = m_dir.filePath(EventCache::fileName);
    m_writer = EventCache::open(cachePath, &error);
    QVERIFY2(m_writer, qPrintable(error));
    FeedStatus status;
    status.feedId = u"vg"_s;
    status.name = u"Verbandsgemeinde"_s;
    status.lastSuccess = local(3, 0).toUTC();
    QVERIFY2(m_writer->replaceFeed(status,
                                   {makeEvent(u"kerwe@vg"_s, u"Kerwe"_s, 15),
                                    makeEvent(u"basar@vg"_s, u"Basar"_s, 11, true)},
                                   &error),
             qPrintable(error));
    m_source = std::make_unique<EventSource>(cachePath);
    m_pending.clear();
}

void TestEventToSession::cleanup()
{
    m_source.reset();
    m_writer.reset();
    m_schedule.reset();
    m_db.reset();
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
        QFile::remove(m_dir.filePath(name));
}

std::unique_ptr<EventsScreen> TestEventToSession::makeScreen(bool staff)
{
    auto screen = std::make_unique<EventsScreen>(m_theme, *m_source, m_clock);
    if (staff) {
        screen->setProgramme(m_schedule.get(), [this](std::function<void(const Actor &)> done) {
            m_pending.append(std::move(done));
        });
    }
    screen->setStyleSheet(m_theme.styleSheet());
    screen->resize(1280, 800);
    screen->show();
    tapFreely(*screen);
    return screen;
}

EventDetail *TestEventToSession::open(EventsScreen &screen, const QString &title)
{
    for (EventCard *card : screen.visibleCards()) {
        if (card->entry().occurrence.title == title) {
            tap(screen, card);
            return screen.detailShown() ? screen.detail() : nullptr;
        }
    }
    return nullptr;
}

QList<Session> TestEventToSession::linked() const
{
    QList<Session> result;
    for (const Session &session : m_schedule->sessions()) {
        if (!session.eventUid.isEmpty())
            result.append(session);
    }
    return result;
}

void TestEventToSession::noButtonWithoutStaff()
{
    auto screen = makeScreen(false);
    EventDetail *detail = open(*screen, u"Kerwe"_s);
    QVERIFY(detail);
    QVERIFY(!detail->programmeButton()->isVisible());
    QVERIFY(!detail->programmeNote()->isVisible());
}

void TestEventToSession::addedAfterThePin()
{
    auto screen = makeScreen(true);
    EventDetail *detail = open(*screen, u"Kerwe"_s);
    QVERIFY(detail);
    QVERIFY(detail->programmeButton()->isVisible());
    QCOMPARE(detail->programmeButton()->text(), u"Add to programme"_s);
    QVERIFY(!detail->programmeNote()->isVisible());
    // Big enough, inside the screen, apart from "Back to the list"; no text cut or covered.
    const Test::NamedRects controls = Test::checkControls(*screen, m_theme);
    QVERIFY(!QTest::currentTestFailed());
    Test::checkTexts(*screen, controls, {.singleLinesBySizeHint = true});
    QVERIFY(!QTest::currentTestFailed());

    screenshot(*screen, u"to-programme"_s);
    const int audits = AuditLog(*m_db).count();
    tap(*screen, detail->programmeButton());
    QCOMPARE(m_pending.size(), 1); // the PIN first
    QVERIFY(linked().isEmpty());
    m_pending.takeFirst()(Actor{7, u"Schwester Anna"_s});

    const QList<Session> sessions = linked();
    QCOMPARE(sessions.size(), 1);
    const Session &session = sessions.first();
    QCOMPARE(session.title, u"Kerwe in Rammelsbach"_s);
    QCOMPARE(session.content.kind, SessionContent::Kind::Announcement);
    QCOMPARE(session.start, local(15, 0));
    QCOMPARE(session.duration, 180min);
    QCOMPARE(session.eventUid, u"kerwe@vg"_s);
    QCOMPARE(session.eventStart, local(15, 0).toUTC());
    QCOMPARE(m_schedule->day(QDate(2026, 12, 12)).size(), 1);
    QCOMPARE(AuditLog(*m_db).count(), audits + 1);
    QCOMPARE(AuditLog(*m_db).newest(0, 1).first().actor.name, u"Schwester Anna"_s);

    // The detail says so instead of offering it again.
    QVERIFY(!detail->programmeButton()->isVisible());
    QVERIFY(detail->programmeNote()->isVisible());
    QCOMPARE(detail->programmeNoteText(), u"In the programme: Sat 15:00"_s);
    screenshot(*screen, u"in-programme"_s);
    Test::checkTexts(*screen, Test::checkControls(*screen, m_theme),
                     {.singleLinesBySizeHint = true});
    QVERIFY(!QTest::currentTestFailed());
    // And after closing and opening again.
    tap(*screen, detail->backButton());
    detail = open(*screen, u"Kerwe"_s);
    QVERIFY(detail);
    QVERIFY(!detail->programmeButton()->isVisible());
    QCOMPARE(detail->programmeNoteText(), u"In the programme: Sat 15:00"_s);

    // Staff remove the session: the button is back.
    QVERIFY(m_schedule->remove(session.id, Actor{7, u"Schwester Anna"_s}, m_clock.now()));
    QVERIFY(detail->programmeButton()->isVisible());
    QVERIFY(!detail->programmeNote()->isVisible());
}

void TestEventToSession::neverTwice()
{
    auto screen = makeScreen(true);
    EventDetail *detail = open(*screen, u"Kerwe"_s);
    QVERIFY(detail);
    // Two taps before the PIN came (two sign-ins answered): one session.
    tap(*screen, detail->programmeButton());
    tap(*screen, detail->programmeButton());
    QCOMPARE(m_pending.size(), 2);
    m_pending.takeFirst()(Actor{7, u"Schwester Anna"_s});
    m_pending.takeFirst()(Actor{8, u"Pfleger Ben"_s});
    QCOMPARE(linked().size(), 1);

    // Another screen on the same programme: already in it, nothing to tap.
    auto other = makeScreen(true);
    EventDetail *otherDetail = open(*other, u"Kerwe"_s);
    QVERIFY(otherDetail);
    QVERIFY(!otherDetail->programmeButton()->isVisible());
    QCOMPARE(otherDetail->programmeNoteText(), u"In the programme: Sat 15:00"_s);
    QCOMPARE(linked().size(), 1);
}

void TestEventToSession::noPinNoSession()
{
    auto screen = makeScreen(true);
    EventDetail *detail = open(*screen, u"Kerwe"_s);
    QVERIFY(detail);
    tap(*screen, detail->programmeButton());
    QCOMPARE(m_pending.size(), 1);
    m_pending.clear(); // no PIN given: StaffMode never calls back
    QVERIFY(linked().isEmpty());
    QVERIFY(m_schedule->sessions().isEmpty());
    QVERIFY(detail->programmeButton()->isVisible());
}

void TestEventToSession::notForACancelledEvent()
{
    auto screen = makeScreen(true);
    EventDetail *detail = open(*screen, u"Basar"_s);
    QVERIFY(detail);
    QVERIFY(detail->entry().occurrence.cancelled);
    QVERIFY(!detail->programmeButton()->isVisible());
}

void TestEventToSession::aPinAfterTheScreenWent()
{
    auto screen = makeScreen(true);
    EventDetail *detail = open(*screen, u"Kerwe"_s);
    QVERIFY(detail);
    tap(*screen, detail->programmeButton());
    QCOMPARE(m_pending.size(), 1);
    screen.reset(); // the inactivity timeout took it home
    m_pending.takeFirst()(Actor{7, u"Schwester Anna"_s});
    QVERIFY(linked().isEmpty());
}

void TestEventToSession::layoutFits_data()
{
    Test::addScreenVariants({100}); // as tst_eventsscreen: larger leaves no room for a card
}

// The button and the line beside "Back to the list" in every variant: big enough, apart, not
// cut, over no text. The screen gets the window less a header's height.
void TestEventToSession::layoutFits()
{
    QFETCH(QSize, size);
    QFETCH(int, scale);
    QFETCH(QString, theme);
    const Theme sized(theme == u"high-contrast" ? ThemeKind::HighContrast : ThemeKind::Standard,
                      ScreenMetrics(96.0 / 25.4, scale));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    EventsScreen screen(sized, *m_source, m_clock);
    screen.setProgramme(m_schedule.get(), [this](std::function<void(const Actor &)> done) {
        m_pending.append(std::move(done));
    });
    screen.setStyleSheet(sized.styleSheet());
    screen.resize(size.width(), size.height() * 85 / 100);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    EventDetail *detail = open(screen, u"Kerwe"_s);
    QVERIFY(detail);
    QVERIFY(detail->programmeButton()->isVisible());
    const QString name =
        u"%1x%2-%3-%4"_s.arg(size.width()).arg(size.height()).arg(scale).arg(theme);
    screenshot(screen, u"to-programme-"_s + name);
    Test::checkTexts(screen, Test::checkControls(screen, sized), {.singleLinesBySizeHint = true});
    QVERIFY(!QTest::currentTestFailed());

    tap(screen, detail->programmeButton());
    QCOMPARE(m_pending.size(), 1);
    m_pending.takeFirst()(Actor{7, u"Schwester Anna"_s});
    QVERIFY(detail->programmeNote()->isVisible());
    screenshot(screen, u"in-programme-"_s + name);
    Test::checkTexts(screen, Test::checkControls(screen, sized), {.singleLinesBySizeHint = true});
    QVERIFY(!QTest::currentTestFailed());
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestEventToSession)
#include "tst_eventtosession.moc"
